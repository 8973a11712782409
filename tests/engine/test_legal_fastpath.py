"""legal_actions prunes whole cards before it looks at targets and checks the simple targets
without building reasons; it must agree exactly with checking every candidate one by one (the
slow, obviously right way). The same holds for the count of moves a force blocks."""

from __future__ import annotations

import random

import pytest

from game.content import list_scenarios, load_scenario
from game.engine import Game

SCENARIOS = [c.id for c in list_scenarios()]


def _slow_force_blocks(game: Game, role: str) -> dict[str, str]:
    """Per card, the force named by the reason of its first blocked target."""
    out: dict[str, str] = {}
    for a, why in game.blocked_actions(role):
        fid = why.param("force_id")
        if fid and a.name not in out:
            out[a.name] = str(fid)
    return out


def _walk(game: Game, rng: random.Random) -> None:
    while not game.is_over():
        for role in game.to_move():
            slow = [a for a in game.candidates(role) if game.reason(a) is None]
            assert game.legal_actions(role) == slow
            assert game._force_blocks(role) == _slow_force_blocks(game, role)
        role = rng.choice(game.to_move())
        game.apply(rng.choice(game.legal_actions(role)))


@pytest.mark.parametrize("scenario_id", ["ron", "greet"])
@pytest.mark.parametrize("model", ["netwerkmodel", "teammodel", "brugfunctiemodel",
                                   "gemeenschapsmodel"])
def test_fast_legal_actions_equal_the_slow_definition(scenario_id: str, model: str) -> None:
    sc = load_scenario(scenario_id)
    for seed in range(4):
        _walk(Game(sc, seed, model), random.Random(seed))


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_casus_and_difficulty_agrees_with_the_slow_definition(scenario_id: str) -> None:
    sc = load_scenario(scenario_id)
    models = sorted(sc.models)
    for seed, difficulty in enumerate(("licht", "normaal", "zwaar", "zwaar")):
        _walk(Game(sc, 100 + seed, models[seed % len(models)], difficulty),
              random.Random(seed))


def test_fast_legal_actions_respect_empty_pots() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1, "netwerkmodel")
    for pot in game.state.pots:
        game._s.pots[pot] = 0  # a test may empty the pots to reach the edge
    while game.phase != "professionals":
        game.apply(f"{game.to_move()[0]}:klaar")
    for role in game.to_move():
        slow = [a for a in game.candidates(role) if game.reason(a) is None]
        assert game.legal_actions(role) == slow
        assert all(game.scenario.actions[f"{a.role}:{a.name}"].cost.money == 0
                   or game.scenario.actions[f"{a.role}:{a.name}"].cost.pot is None
                   for a in slow)
