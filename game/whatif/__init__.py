"""Wat als?: a finished game replayed to one moment, changed in one thing (a force on or off,
another organisation model, the inwoner's answer the other way, one move replaced), and played
on many times by bots, beside what really happened (game/whatif/core.py).

    from game.whatif import Change, load, run, text
    scenario, save = load(path)                     # the save's own clear error if broken
    result = run(scenario, save, Change("force_on", round=3, what="grijs_budget"), games=200)
    print(text(result, scenario, "nl"))

Layer: like the report (engine, content, lang, bots, store, report); the table re-exports it
for the board and the network mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.engine.defs import Scenario
from game.whatif.core import (
    DEFAULT_GAMES,
    DEFAULT_LEVEL,
    KINDS,
    SAVE_KEY,
    Change,
    Moment,
    Plan,
    WhatIfError,
    for_save,
    plan,
    play_on,
    read_comparisons,
    run,
    summary,
    timeline,
)
from game.whatif.texts import change_text, error_text, text


def load(path: Path, loader: Any = None) -> tuple[Scenario, dict[str, Any]]:
    """A save's scenario and data, replayed and checked by game/store/saves.py (which raises
    SaveFileError with the save's own clear message)."""
    from game.store.saves import load_game

    loaded = load_game(Path(path), loader)
    return loaded.scenario, loaded.game.to_save()


__all__ = [
    "DEFAULT_GAMES",
    "DEFAULT_LEVEL",
    "KINDS",
    "SAVE_KEY",
    "Change",
    "Moment",
    "Plan",
    "WhatIfError",
    "change_text",
    "error_text",
    "for_save",
    "load",
    "plan",
    "play_on",
    "read_comparisons",
    "run",
    "summary",
    "text",
    "timeline",
]
