"""The shared glossary (scenarios/catalogue/glossary.yaml): words from both domains, in plain
language, Dutch first and English second. The board shows it (F1); ``gezamenlijke_taal`` is
the game's name for having one.

The engine does not use the glossary, so its definition lives here and not in
game/engine/defs.py. ``load_glossary`` reads it safely and validates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.engine.defs import Strict, Text, spec


@dataclass(frozen=True, kw_only=True)
class TermDef(Strict):
    """One word and its explanation."""

    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    domain: Literal["medisch", "sociaal", "beide"]
    term: Text
    text: Text


@dataclass(frozen=True, kw_only=True)
class GlossaryDef(Strict):
    """The file: ``format: 1`` and a list of ``terms``."""

    format: Literal[1] = 1
    terms: list[TermDef]


def load_glossary(dir: Path | None = None) -> GlossaryDef:
    """Read ``<scenarios>/catalogue/glossary.yaml`` (default: the shipped one).

    Raises ContentErrors with every mistake, or FileNotFoundError.
    """
    from game.content.loader import load_catalogue_file

    model = load_catalogue_file("glossary.yaml", "glossary", dir)
    assert isinstance(model, GlossaryDef)
    return model
