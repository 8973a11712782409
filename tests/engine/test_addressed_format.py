"""`addressed` asks for real treatment in a casus of format 2 (and 3: the shipped casussen),
and keeps its old meaning in format 1 (every save of an old casus), so old saves replay
unchanged."""

from __future__ import annotations

from dataclasses import replace

from game.content import load_scenario
from game.content.newscenario import template
from game.engine import Game


def _game(fmt: int) -> Game:
    sc = load_scenario("ron")
    return Game(replace(sc, casus=replace(sc.casus, format=fmt)), 1)


def test_one_move_is_enough_in_format_1_but_not_in_format_2() -> None:
    for fmt, after_one, after_two in ((1, True, True), (2, False, True)):
        game = _game(fmt)
        p = game._s.problems[next(iter(game._s.problems))]
        p.severity = p.start = 3
        assert not game._addressed(p)
        p.addressed, p.severity = True, 2  # its own domain treated it once
        assert game._addressed(p) is after_one
        p.severity = 1  # two steps below the start
        assert game._addressed(p) is after_two


def test_the_shipped_casussen_and_the_starter_are_format_5() -> None:
    for cid in ("ron", "greet", "harrie", "hatice", "lina", "ria", "sanne"):
        assert load_scenario(cid).casus.format >= 5, cid
    text = template("sam")
    assert "\nformat: 6 " in text
    good = text.split("id: rekeningen_geregeld", 1)[1].split("- id:", 1)[0]
    assert "severity_at_most: {problem: rekeningen, value: 1}" in good
