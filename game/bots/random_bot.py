"""The first bot: plays a uniformly random legal action. It sees only the public API."""

from __future__ import annotations

import random

from game.bots.play import play
from game.engine import Action, Game


class RandomBot:
    name = "random"

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    def choose(self, game: Game, role: str) -> Action:
        actions = game.legal_actions(role)
        if not actions:
            raise ValueError(f"{role} has no legal action now")
        return self.rng.choice(actions)


def play_random_game(game: Game, bot: RandomBot, max_actions: int = 5000) -> Game:
    """Play until the game ends, choosing which of the roles to move at random too."""
    return play(game, bot, max_actions)
