"""The author's reload report (F9): the scenario files' mistakes, or that all reloaded fine.

Each mistake is shown as ``file:line:column`` with its message wrapped below it, in the
scrolling overlay (arrow keys, Page Up/Down, Home/End, the mouse wheel) so nothing is ever
cut off. The game behind it stays exactly as it was; Esc or the button closes the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pygame

from game.lang import say
from game.ui.scenes.overlay import ScrollOverlay, esc
from game.ui.style import C


@dataclass(frozen=True)
class ReportLine:
    """One entry of the report: where (``file:line:column``, may be empty) and what."""

    where: str
    message: str


def content_lines(errors: list[Any], lang: str = "nl") -> list[ReportLine]:
    """ContentErrors as report lines: ``file:line:column`` and ``path: message``, the message
    in the reader's language."""
    out = []
    for e in errors:
        message = say(e.message, lang)
        what = f"{e.path}: {message}" if getattr(e, "path", "") else message
        out.append(ReportLine(f"{e.file}:{e.line}:{e.column}", what))
    return out


class ReloadReportScene(ScrollOverlay):
    """An overlay listing what the reload found (``ok`` True: a short all-is-well note)."""

    name = "reload_report"
    BOX = (120, 40, 1680, 1000)
    TEXT = (160, 250, 1600, 680)
    CLOSE = (1500, 950, 260, 70)
    TITLE_FONT = "h1"
    TITLE_Y = 20
    SUB_Y = 96

    def __init__(self, app: Any, lines: list[ReportLine], title: str, summary: str,
                 ok: bool = False) -> None:
        super().__init__(app, title, subtitle=summary)
        self.lines = lines
        self.ok = ok

    def content(self) -> str:
        """Each mistake: where in bold, the message below it."""
        return "<br><br>".join(
            (f"<b>{esc(ln.where)}</b><br>" if ln.where else "") + esc(ln.message)
            for ln in self.lines)

    def title_colour(self) -> pygame.Color:
        return C("good") if self.ok else C("bad")

    def scroll_hint(self) -> str | None:
        return self.t("reload_scroll_hint")
