"""Wat als? at a table: what may be changed in the finished game (for a front end's choices),
a comparison run in the background with its progress, and the comparisons the class kept
(saved with the game, shown in the report). The analysis itself is game/whatif.

    from game.table.whatif import choices, WhatIfJob
    c = choices(table, lang)                  # moments, forces, models, answers, levels
    job = WhatIfJob(table, Change("force_on", round=3, what="grijs_budget"), games=200)
    job.start()                               # a thread; the window stays responsive
    job.progress -> (done, total); job.done; job.result; job.error (a text to show)
    keep(table, job.result)                   # into the save (and so the report)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from game.engine import Game
from game.report.analysis import action_label
from game.table.table import Table
from game.whatif import (
    DEFAULT_GAMES,
    DEFAULT_LEVEL,
    Change,
    Moment,
    WhatIfError,
    change_text,
    error_text,
    for_save,
    run,
    text,
    timeline,
)
from game.whatif.core import flip_answer
from game.whatif.texts import ending_name, force_name, model_name, reason_text

# for the front ends (ui and net may import the table, not the layers under it)
__all__ = ["LEVELS", "Change", "Choices", "WhatIfJob", "action_label", "change_text",
           "choices", "ending_name", "force_name", "game_before", "keep", "model_name",
           "reason_text", "text"]

LEVELS = ("makkelijk", "normaal", "moeilijk")


@dataclass(frozen=True)
class Choices:
    """What a front end may offer: the moves of the game (the moments), the rounds played,
    the forces and models, and the inwoner's answers (move numbers)."""

    moments: list[Moment]
    rounds: int
    forces: list[str]
    models: list[str]
    answers: list[int]


def choices(table: Table) -> Choices:
    g = table.game
    save = g.to_save()
    moments = timeline(table.scenario, save)
    rounds = max((m.round for m in moments), default=1)
    return Choices(moments, rounds, sorted(table.scenario.forces),
                   sorted(table.scenario.models),
                   [m.move for m in moments
                    if flip_answer(m.action, table.scenario) is not None])


def game_before(table: Table, move: int) -> Game:
    """The game as it was just before move ``move`` (1-based) of the class."""
    g = table.game
    s = g.to_save()
    out = Game(table.scenario, s["seed"], s["model"], s["difficulty"])
    for a in s["actions"][:move - 1]:
        out.apply(a)
    return out


class WhatIfJob:
    """One comparison computed in a background thread (its worker processes do the work)."""

    def __init__(self, table: Table, change: Change, games: int = DEFAULT_GAMES,
                 level: str = DEFAULT_LEVEL, seed: int = 1, keep: bool = True,
                 processes: int | None = None, lang: str = "nl") -> None:
        self.scenario = table.scenario
        self.save = table.game.to_save()
        self.change, self.games, self.level, self.seed = change, games, level, seed
        self.keep, self.processes, self.lang = keep, processes, lang
        self.progress: tuple[int, int] = (0, games)
        self.result: dict[str, Any] | None = None
        self.error: str | None = None
        self._thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        self._thread = threading.Thread(target=self.work, name="wat-als", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def work(self) -> None:
        """The computation (start() runs it in a thread; a test may call it directly)."""
        def tick(done: int, total: int) -> None:
            self.progress = (done, total)

        try:
            self.result = run(self.scenario, self.save, self.change, games=self.games,
                              level=self.level, seed=self.seed, keep=self.keep,
                              processes=self.processes, progress=tick)
        except WhatIfError as e:
            self.error = error_text(e, self.scenario, self.lang)
        except Exception as e:  # noqa: BLE001 - a front end shows it, never crashes
            self.error = f"{type(e).__name__}: {e}"


def keep(table: Table, result: dict[str, Any]) -> None:
    """Keep a comparison with the game: in the save (written now) and so in the report."""
    table.comparisons.append(for_save(result, table.scenario))
    table.save()
