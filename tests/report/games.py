"""Real games for the debrief tests: played by the bots, or by teams that do nothing."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from game.content import load_scenario
from game.engine import Game
from game.engine.defs import Scenario


@lru_cache(maxsize=8)
def scenario(scenario_id: str) -> Scenario:
    return load_scenario(scenario_id)


def heuristic_game(scenario_id: str = "ron", seed: int = 7,
                   model: str = "netwerkmodel") -> Game:
    """A whole game played by the rule-of-thumb bot for every team."""
    from game.bots.heuristic import HeuristicBot

    game = Game(scenario(scenario_id), seed, model)
    bot = HeuristicBot(seed)
    for _ in range(5000):
        if game.is_over():
            return game
        role = bot.rng.choice(game.to_move())
        game.apply(bot.choose(game, role))
    raise AssertionError("the game did not end")


def random_game(scenario_id: str = "ron", seed: int = 11,
                model: str = "teammodel") -> Game:
    from game.bots.random_bot import RandomBot, play_random_game

    return play_random_game(Game(scenario(scenario_id), seed, model), RandomBot(seed))


def passive_game(scenario_id: str = "ron", seed: int = 3, model: str = "netwerkmodel",
                 actions: int | None = None) -> Game:
    """Every team says "klaar" (and "nee" to a choice): nobody asks, nobody shares."""
    game = Game(scenario(scenario_id), seed, model)
    n = 0
    while not game.is_over() and (actions is None or n < actions):
        role = game.to_move()[0]
        legal = game.legal_actions(role)
        pick = (next((a for a in legal if a.name == "klaar"), None)
                or next((a for a in legal if a.name == "kies" and a.arg == "nee"), None)
                or legal[0])
        game.apply(pick)
        n += 1
    return game


def save_with_extras(game: Game, teams: dict[str, str] | None = None,
                     humans: list[str] | None = None,
                     application: dict[str, str] | None = None) -> dict[str, Any]:
    """A save as the board writes it: the engine's save plus team names and answers."""
    data = game.to_save()
    data["ui"] = {"teams": teams or {}, "humans": humans or ["huisarts", "wijkverpleegkundige",
                                                               "sociaal_werker", "inwoner"]}
    if application is not None:
        data["application"] = application
    return data
