"""The small hand-made scenario of the engine tests (it lives in game/content/mini.py, so
the board's ``--scenario mini`` works without the tests; production code never imports
tests/)."""

from game.content.mini import *
from game.content.mini import (  # noqa: F401 - named for the tests that import them
    CALM,
    RICH_ACTIONS,
    RICH_ARRANGEMENTS,
    RICH_FORCES,
    T,
    act,
    calm,
    finish_phase,
    force,
    next_round,
    problem,
    rich,
    rich_casus,
    scenario,
    to_professionals,
    variant,
)
