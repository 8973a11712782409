"""Issue 12, "Jargon goes": '»' means one thing on the board, a value that changes
("6 » 5"). A move's target is said in words: "Schulden naar de sociaal werker",
"De huisarts en de wijkverpleegkundige" — no '»', no role with a capital mid-phrase."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game
from game.lang.moves import describe_target
from game.ui.i18n import role_name

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
CASUS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "scenarios").glob("*.yaml"))


def two_part_moves(casus: str) -> list:  # type: ignore[type-arg]
    """Every move with two arguments that comes up in a few random games of the casus."""
    sc = load_scenario(casus)
    seen = {}
    for seed in range(3):
        g = Game(sc, seed, "netwerkmodel", "normaal")
        rng = random.Random(seed)
        for _ in range(400):
            roles = g.to_move()
            if not roles:
                break
            legal = g.legal_actions(rng.choice(roles))
            if not legal:
                break
            for a in legal:
                if a.arg2 is not None:
                    seen.setdefault(str(a), a)
            g.apply(rng.choice(legal))
    return list(seen.values())


@pytest.mark.parametrize("casus", CASUS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_target_is_said_in_words(casus: str, lang: str) -> None:
    game = Game(load_scenario(casus), 1, "netwerkmodel", "normaal")
    moves = two_part_moves(casus)
    assert moves, f"no move with two arguments came up in {casus}"
    for a in moves:
        text = describe_target(game, a, lang)
        assert "»" not in text and "+" not in text and "->" not in text, (a, text)
        second = role_name(a.arg2, lang, game.scenario) if a.arg2 in ROLES else None
        if second:
            assert text.endswith(second), (a, text)  # "... naar de huisarts"
        if a.sep == "+":
            joiner = " en " if lang == "nl" else " and "
            assert joiner in text and text[0].isupper(), (a, text)
        else:
            assert (" naar " if lang == "nl" else " to ") in text, (a, text)
