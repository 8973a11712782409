"""legal_actions prunes whole cards before it looks at targets; it must agree exactly with
checking every candidate one by one (the slow, obviously right way)."""

from __future__ import annotations

import random

import pytest

from game.content import load_scenario
from game.engine import Game


@pytest.mark.parametrize("scenario_id", ["ron", "greet"])
@pytest.mark.parametrize("model", ["netwerkmodel", "teammodel", "brugfunctiemodel",
                                   "gemeenschapsmodel"])
def test_fast_legal_actions_equal_the_slow_definition(scenario_id: str, model: str) -> None:
    sc = load_scenario(scenario_id)
    for seed in range(4):
        game = Game(sc, seed, model)
        rng = random.Random(seed)
        while not game.is_over():
            for role in game.to_move():
                slow = [a for a in game.candidates(role) if game.reason(a) is None]
                assert game.legal_actions(role) == slow
            role = rng.choice(game.to_move())
            game.apply(rng.choice(game.legal_actions(role)))


def test_fast_legal_actions_respect_empty_pots() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1, "netwerkmodel")
    for pot in game.state.pots:
        game.state.pots[pot] = 0  # a test may empty the pots to reach the edge
    while game.phase != "professionals":
        game.apply(f"{game.to_move()[0]}:klaar")
    for role in game.to_move():
        slow = [a for a in game.candidates(role) if game.reason(a) is None]
        assert game.legal_actions(role) == slow
        assert all(game.scenario.actions[f"{a.role}:{a.name}"].cost.money == 0
                   or game.scenario.actions[f"{a.role}:{a.name}"].cost.pot is None
                   for a in slow)
