"""The coach's explanations (scenarios/catalogue/coach.yaml): why a move is good, in the
language of the lesson it teaches. Content, not code: teachers can change the tips.

The engine does not use them; the coach in game/bots does. Tips match on what the coach can
know from the role's own view only (the move, the wish being unknown, trust).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.engine.defs import Lesson, Op, Strict, Text


@dataclass(frozen=True, kw_only=True)
class TipDef(Strict):
    action: str | None = None  # an action id (any role)
    op: Op | None = None  # or a kind of move
    wish_unknown: bool = False  # only while this role does not know the wish
    trust_below: int | None = None  # only while the inwoner trusts this role less than this
    no_time: bool = False  # only while this role has no time (the inwoner: energy) left
    lesson: Lesson
    text: Text


@dataclass(frozen=True, kw_only=True)
class CoachDef(Strict):
    format: Literal[1] = 1
    tips: list[TipDef]


def load_coach(dir: Path | None = None) -> CoachDef:
    """Read ``<scenarios>/catalogue/coach.yaml``; raises ContentErrors or FileNotFoundError."""
    from game.content.loader import load_catalogue_file

    model = load_catalogue_file("coach.yaml", "coach", dir)
    assert isinstance(model, CoachDef)
    return model
