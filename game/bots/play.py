"""Play a game to its end with one bot for every role (it sees each role through the API)."""

from __future__ import annotations

from typing import Any

from game.engine import Game


def play(game: Game, bot: Any, max_actions: int = 5000) -> Game:
    """Until the game ends; the bot's own generator picks which of the movers goes next."""
    for _ in range(max_actions):
        if game.is_over():
            return game
        role = bot.rng.choice(game.to_move())
        game.apply(bot.choose(game, role))
    raise RuntimeError(f"the game did not end within {max_actions} actions")
