"""Random legal moves (the role to move chosen at random too) until the game ends, with the
engine alone: tests/engine/test_without_pydantic.py runs it also in a Python without pydantic,
so this module imports nothing but the standard library."""

from __future__ import annotations

import random
from typing import Any


def play(game: Any, seed: int) -> int:
    """Play ``game`` to its end; the number of moves."""
    rng = random.Random(seed)
    moves = 0
    while not game.is_over():
        role = rng.choice(sorted(game.to_move()))
        game.apply(rng.choice(game.legal_actions(role)))
        moves += 1
        assert moves < 5000, "the game does not end"
    return moves
