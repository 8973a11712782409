"""The author's reload report (F9): the scenario files' mistakes, or that all reloaded fine.

Each mistake is shown as ``file:line:column`` with its message wrapped below it, in a list
that scrolls (arrow keys, Page Up/Down, Home/End, the mouse wheel) so nothing is ever cut
off. The game behind it stays exactly as it was; Esc or the button closes the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pygame

from game.ui.scene import Scene
from game.ui.style import C, draw_text, line_step, panel, wrap


@dataclass(frozen=True)
class ReportLine:
    """One entry of the report: where (``file:line:column``, may be empty) and what."""

    where: str
    message: str


def content_lines(errors: list[Any]) -> list[ReportLine]:
    """ContentErrors as report lines: ``file:line:column`` and ``path: message``."""
    out = []
    for e in errors:
        what = f"{e.path}: {e.message}" if getattr(e, "path", "") else str(e.message)
        out.append(ReportLine(f"{e.file}:{e.line}:{e.column}", what))
    return out


class ReloadReportScene(Scene):
    """An overlay listing what the reload found (``ok`` True: a short all-is-well note)."""

    opaque = False
    name = "reload_report"

    def __init__(self, app: Any, lines: list[ReportLine], title: str, summary: str,
                 ok: bool = False) -> None:
        super().__init__(app)
        self.lines = lines
        self.title = title
        self.summary = summary
        self.ok = ok
        self.scroll = 0  # pixels scrolled down the list

    # -- layout -----------------------------------------------------------------------

    def build(self) -> None:
        st = self.st
        self.box = st.R(120, 40, 1680, 1000)
        self.view = st.R(160, 250, 1580, 680)  # the list, minus room for the scroll bar
        self.button("close", st.R(1500, 950, 260, 70), self.t("close"), self.app.pop)
        self._layout()

    def _layout(self) -> None:
        """Wrap every entry for the current width; remember each block's height."""
        st = self.st
        self.f_where = st.font("body", bold=True)
        self.f_msg = st.font("body")
        width = self.view.width - st.px(40)
        self.blocks: list[tuple[list[str], list[str]]] = []
        self.content_h = 0
        for ln in self.lines:
            where = wrap(ln.where, self.f_where, width) if ln.where else []
            msg = wrap(ln.message, self.f_msg, width - st.px(30))
            self.blocks.append((where, msg))
            self.content_h += self._block_h(where, msg)
        self.scroll = max(0, min(self.scroll, self.max_scroll))

    def _block_h(self, where: list[str], msg: list[str]) -> int:
        return (len(where) * line_step(self.f_where) + len(msg) * line_step(self.f_msg)
                + self.st.px(18))

    @property
    def max_scroll(self) -> int:
        return max(0, self.content_h - self.view.height)

    # -- input ------------------------------------------------------------------------

    def scroll_by(self, dy: int) -> None:
        self.scroll = max(0, min(self.max_scroll, self.scroll + dy))
        self.app.dirty = True

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * line_step(self.f_msg) * 3)
            return
        super().handle(event)

    def on_key(self, event: pygame.event.Event) -> None:
        k = event.key
        line = line_step(self.f_msg)
        page = max(line, self.view.height - line * 2)
        steps = {pygame.K_DOWN: line, pygame.K_UP: -line, pygame.K_PAGEDOWN: page,
                 pygame.K_PAGEUP: -page, pygame.K_HOME: -self.content_h,
                 pygame.K_END: self.content_h}
        if k in steps:
            self.scroll_by(steps[k])
            return
        super().on_key(event)

    def on_escape(self) -> None:
        self.app.pop()

    # -- drawing ----------------------------------------------------------------------

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        panel(surface, self.box, st, width=3)
        colour = C("good") if self.ok else C("bad")
        draw_text(surface, self.title, st.font("h1", bold=True), colour,
                  (self.box.x + st.px(40), self.box.y + st.px(20)))
        y = self.box.y + st.px(96)
        font = st.font("body")
        for text in wrap(self.summary, font, self.box.width - st.px(80))[:3]:
            draw_text(surface, text, font, C("ink_soft"), (self.box.x + st.px(40), y))
            y += line_step(font)
        hint = self.t("reload_scroll_hint") if self.max_scroll else ""
        if hint:
            draw_text(surface, hint, st.font("small"), C("ink_soft"),
                      (self.box.x + st.px(40), self.box.bottom - st.px(68)))
        self.draw_list(surface)

    def draw_list(self, surface: pygame.Surface) -> None:
        st = self.st
        view = self.view
        pygame.draw.rect(surface, C("panel_edge"), view.inflate(st.px(8), st.px(8)), st.px(2),
                         border_radius=st.px(8))
        old_clip = surface.get_clip()
        surface.set_clip(view)
        y = view.y - self.scroll
        x = view.x + st.px(16)
        for where, msg in self.blocks:
            h = self._block_h(where, msg)
            if y + h >= view.y and y <= view.bottom:
                yy = y + st.px(6)
                for text in where:
                    draw_text(surface, text, self.f_where, C("ink"), (x, yy))
                    yy += line_step(self.f_where)
                for text in msg:
                    draw_text(surface, text, self.f_msg, C("ink"), (x + st.px(30), yy))
                    yy += line_step(self.f_msg)
            y += h
        surface.set_clip(old_clip)
        if self.max_scroll:  # a scroll bar: where in the list we are
            track = pygame.Rect(view.right + st.px(14), view.y, st.px(12), view.height)
            pygame.draw.rect(surface, C("muted"), track, border_radius=st.px(6))
            th = max(st.px(40), round(view.height * view.height / self.content_h))
            ty = view.y + round((view.height - th) * self.scroll / self.max_scroll)
            pygame.draw.rect(surface, C("ink_soft"), (track.x, ty, track.w, th),
                             border_radius=st.px(6))

