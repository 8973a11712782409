"""The role vocabulary lives in one module, and there is one way to name a pair."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from game.engine.roles import PAIR_OF, PAIRS, PROFESSIONALS, pair_key, pair_roles

GAME = Path(__file__).resolve().parents[2] / "game"


def test_a_pair_key_is_the_same_whichever_way_round() -> None:
    for a, b in itertools.permutations(PROFESSIONALS, 2):
        assert pair_key(a, b) == pair_key(b, a) == PAIR_OF[a, b]
        assert pair_key(a, b) in PAIRS
        assert set(pair_roles(pair_key(a, b))) == {a, b}
    assert "wijkverpleegkundige+sociaal_werker" in PAIRS
    assert len(set(PAIRS)) == 3


def test_no_module_builds_a_pair_key_or_a_role_table_of_its_own() -> None:
    built = re.compile(r'"\+"\.join|\bDOMAIN\s*=\s*\{|\bHOME_POT\s*=\s*\{|\bPAIRS\s*=\s*\(|'
                       r'\bPROFESSIONALS\s*=\s*\(')
    offenders = []
    for path in (GAME / "bots").glob("*.py"):
        offenders += [f"{path.name}:{i}" for i, line in enumerate(path.read_text().splitlines(), 1)
                      if built.search(line)]
    for path in [*(GAME / "report").glob("*.py"), *(GAME / "engine").glob("*.py")]:
        if path.name == "roles.py":
            continue
        offenders += [f"{path.name}:{i}" for i, line in enumerate(path.read_text().splitlines(), 1)
                      if built.search(line)]
    assert offenders == []
