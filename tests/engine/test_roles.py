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
                       r'\bPROFESSIONALS\s*=\s*\(|\bROLES\s*=\s*\(\s*"')
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


def test_no_layer_keeps_its_own_list_of_the_four_roles() -> None:
    """The seats (net), the debrief (report) and the board (ui) read the roles from the
    engine's vocabulary; an order of their own is built from it, never spelled out."""
    spelled = re.compile(r'(?:=|enumerate\()\s*\(\s*"(huisarts|inwoner)",\s*"(wijkverpleegkundige|huisarts)",'
                         r'\s*"(sociaal_werker|wijkverpleegkundige)",\s*"(inwoner|sociaal_werker)"')
    offenders = []
    for path in sorted(GAME.rglob("*.py")):
        if path == GAME / "engine" / "roles.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(GAME)}:{text[:m.start()].count(chr(10)) + 1}"
                      for m in spelled.finditer(text)]
    assert offenders == []
