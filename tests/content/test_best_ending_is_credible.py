"""A best ending must look like one in the debrief: when heuristic bots reach it, the spider
web seldom has a dimension at 0 (Lina's best ending used to leave her quality of life at 0
in nearly every game, while its text said she was doing well)."""

from __future__ import annotations

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.play import play
from game.content import list_scenarios, load_scenario
from game.engine import Game

MODELS = ("netwerkmodel", "teammodel", "brugfunctiemodel", "gemeenschapsmodel")


@pytest.mark.parametrize("casus", [c.id for c in list_scenarios()])
def test_few_best_endings_leave_a_health_dimension_at_zero(casus: str) -> None:
    sc = load_scenario(casus)
    best = at_zero = 0
    for seed in range(80):
        game = play(Game(sc, seed, MODELS[seed % 4]), HeuristicBot(seed))
        r = game.result()
        if r.rank == "best":
            best += 1
            at_zero += any(v == 0 for v in r.health_end.values())
    assert best >= 4, f"{casus}: the best ending is hardly reached ({best} of 80)"
    assert at_zero <= 0.25 * best, f"{casus}: {at_zero} of {best} best endings have a 0"
