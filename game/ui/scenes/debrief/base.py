"""The frame every debrief page shares: the tabs, the step of the DATA model, back and
next, and the panels the pages draw in."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.engine.roles import PROFESSIONALS
from game.ui.scene import Scene
from game.ui.style import C, draw_lines, draw_text, draw_wrapped, fit_text, line_step, panel

PAGES = ("timeline", "money", "info", "whatif", "transfer", "monday")
TAB_KEYS = {"timeline": "db_tab_timeline", "money": "db_tab_money", "info": "db_tab_info",
            "whatif": "db_tab_whatif", "transfer": "db_tab_transfer", "monday": "db_tab_monday"}
STEP_KEYS = {"timeline": "db_step_timeline", "money": "db_step_money", "info": "db_step_info",
             "whatif": "db_step_whatif", "transfer": "db_step_transfer",
             "monday": "db_step_monday", "reactions": "db_step_reactions",
             "derole": "db_step_derole"}
ROLES = ("inwoner", *PROFESSIONALS)  # the debrief's order: the inwoner first
TOP = 150  # design y where a page's content starts
BOTTOM = 972  # design y where it ends (the buttons below)


def open_debrief(app: Any, page: str = "reactions") -> None:
    from game.ui.scenes.debrief import PAGE_SCENES

    app.replace(PAGE_SCENES[page](app))


def ellipsize(text: str, font: pygame.font.Font, width: int) -> str:
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


class DebriefScene(Scene):
    """The frame every page shares: the tabs, the step of the DATA model, back and next."""

    name = "debrief"
    page = "timeline"

    @property
    def data(self) -> dict[str, Any]:
        return self.session.debrief(self.lang)

    def team(self, role: str) -> str:
        return self.session.team_name(role, self.lang)

    def build(self) -> None:
        st = self.st
        x, w, gap = 316, 262, 6  # room for the longest label (1918 wide in all)
        for i, page in enumerate(PAGES):
            self.button(f"tab_{page}", st.R(x + i * (w + gap), 10, w, 60),
                        f"{i + 1} {self.t(TAB_KEYS[page])}", partial(self.go, page),
                        cls="@tab_chosen" if page == self.page else "@small")
        self.build_page()
        self.button("back_end", st.R(40, 986, 460, 80), self.t("db_back_end"), self.back_to_end)
        i = PAGES.index(self.page)
        if i + 1 < len(PAGES):
            nxt = PAGES[i + 1]
            self.button("next", st.R(1380, 986, 500, 80),
                        f"{self.t('db_next')}: {self.t(TAB_KEYS[nxt])}",
                        lambda: self.go(nxt), cls="@primary")
        else:  # after the last page: step out of the roles (debrief/bookends.py)
            self.button("next", st.R(1380, 986, 500, 80),
                        f"{self.t('db_next')}: {self.t('db_derole_title')}",
                        lambda: self.go("derole"), cls="@primary")

    def build_page(self) -> None:
        """The page's own controls."""

    def default_focus(self) -> str | None:
        return f"tab_{self.page}"

    def leave(self) -> None:
        """Called before another page (or screen) replaces this one."""

    def go(self, page: str) -> None:
        self.leave()
        open_debrief(self.app, page)

    def back_to_end(self) -> None:
        from game.ui.scenes.end import EndScene

        self.leave()
        self.app.replace(EndScene(self.app))

    def to_title(self) -> None:
        from game.ui.scenes.title import TitleScene

        self.leave()
        self.app.session = None
        self.app.reveal_all = False
        self.app.replace(TitleScene(self.app))

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        surface.fill(C("table"))
        pygame.draw.rect(surface, C("table_dark"), st.R(-400, 0, 2720, 80))
        draw_text(surface, self.t("db_title"), st.font("h2", bold=True), pygame.Color("#FFFFFF"),
                  st.R(40, 40, 0, 0).topleft, "midleft")
        step = self.t(STEP_KEYS[self.page], n=self.session.scenario.casus.name_in(self.lang))
        draw_text(surface, step, st.font("h3", bold=True), C("ink"), st.R(40, 96, 0, 0).topleft)
        self.draw_page(surface)

    def draw_page(self, surface: pygame.Surface) -> None:
        """The page's own drawing."""

    def heading(self, surface: pygame.Surface, rect: pygame.Rect, text: str) -> int:
        """A panel with a bold title; returns the y below the title."""
        st = self.st
        panel(surface, rect, st)
        font = st.font("h3", bold=True)
        draw_text(surface, ellipsize(text, font, rect.w - st.px(32)), font, C("ink"),
                  (rect.x + st.px(16), rect.y + st.px(10)))
        return rect.y + st.px(16) + font.get_linesize()

    def lines_in(self, surface: pygame.Surface, texts: list[str], rect: pygame.Rect,
                 roles: tuple[str, ...] = ("small", "tiny")) -> None:
        """Paragraphs in a box, in the largest font that fits them all."""
        st = self.st
        text = "\n".join(texts)
        font, lines, _ok = fit_text(st, text, roles, rect.w, rect.h)
        room = max(1, rect.h // line_step(font))
        if len(lines) > room:  # the last one that fits, marked as cut
            draw_wrapped(surface, text, font, C("ink"), rect)
            return
        draw_lines(surface, text, lines, font, C("ink"), rect.topleft)
