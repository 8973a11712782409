"""The text mode reads a number only in ASCII digits: other digits are a wrong answer."""

from __future__ import annotations

import pytest

from game.content import load_scenario
from game.engine import Game
from game.table import Table
from game.ui.text import TextGame


@pytest.mark.parametrize("typed", ["²", "٣", "３", "1²", "⑴"])
def test_a_non_ascii_digit_is_not_a_move(typed: str) -> None:
    g = Game(load_scenario("ron"), 3, "netwerkmodel")
    tg = TextGame(Table(g), write=lambda _s: None)
    legal = g.legal_actions(g.to_move()[0])
    assert len(legal) >= 3
    assert tg.parse(typed, legal) is None
    assert tg.parse("3", legal) == legal[2]


def test_a_non_ascii_digit_asks_again_for_the_role() -> None:
    g = Game(load_scenario("ron"), 3, "netwerkmodel")
    answers = iter(["²", "３", "2"])
    out: list[str] = []
    tg = TextGame(Table(g), write=out.append, read=lambda _p: next(answers))
    roles = ("huisarts", "sociaal_werker", "inwoner")
    assert tg.ask_role(roles) == "sociaal_werker"
    assert sum(tg.t("bad") in line for line in out) == 2
