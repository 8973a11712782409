"""The debrief's first and last moments, around the six pages of the DATA model: it opens
with reactions (how did it feel — for the inwoner's team above all, after a crisis, an
eviction or a death) and it closes with de-roling (everyone steps out of the role they
played). Neither has a tab: they are where the talk starts and ends, not pages to look up.
"""

from __future__ import annotations

import pygame

from game.ui import style as _style
from game.ui.scenes.debrief.base import BOTTOM, TOP, DebriefScene
from game.ui.style import C, draw_text, line_step, wrap


class BookendScene(DebriefScene):
    """A debrief screen without tabs: a title, a few prompts for the room, one way on."""

    next_page = "timeline"
    next_key = "db_next"
    title_key = "db_reactions_title"

    def build(self) -> None:
        st = self.st
        self.button("back_end", st.R(40, 986, 460, 80), self.t("db_back_end"), self.back_to_end)
        self.button("next", st.R(1380, 986, 500, 80), self.t(self.next_key), self.on_next,
                    cls="@primary")

    def default_focus(self) -> str | None:
        return "next"

    def on_next(self) -> None:
        self.go(self.next_page)

    def prompts(self) -> list[str]:
        return []

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(160, TOP, 1600, BOTTOM - TOP)
        y = self.heading(surface, box, self.t(self.title_key)) + st.px(10)
        inner = pygame.Rect(box.x + st.px(40), y, box.w - st.px(80), box.bottom - y - st.px(20))
        items = self.prompts()
        width = inner.w - st.px(40)
        font = st.font("small")
        wrapped = [wrap(item, font, width) for item in items]
        for role in ("h3", "body", "small"):  # the largest letters in which all prompts fit
            font = st.font(role)
            wrapped = [wrap(item, font, width) for item in items]
            if sum(len(w) for w in wrapped) * line_step(font) + st.px(16) * len(items) <= inner.h:
                break
        for item, lines in zip(items, wrapped, strict=True):
            if _style.TEXT_LOG is not None:
                _style.TEXT_LOG.append(item)
            draw_text(surface, "•", font, C("ink"), (inner.x, y))
            for line in lines:
                draw_text(surface, line, font, C("ink"), (inner.x + st.px(40), y))
                y += line_step(font)
            y += st.px(16)


class ReactionsScene(BookendScene):
    """Hoe was het? The first thing after the end screen."""

    page = "reactions"
    next_page = "timeline"
    next_key = "db_to_timeline"

    def prompts(self) -> list[str]:
        s = self.session
        r = s.game.result()
        c = s.scenario.casus
        n = c.name_in(self.lang)
        out = [self.t("db_react_word")]
        out.append(self.t("db_react_inwoner", team=self.team("inwoner"), n=n))
        if r is not None and r.counters.get("crises", 0) > 0:
            out.append(self.t("db_react_crisis", n=n))
        if r is not None and r.rank == "bad":
            out.append(self.t("db_react_bad", n=n))
        if c.content_warning is not None:
            out.append(self.t("db_react_heavy"))
        out.append(self.t("db_react_pros"))
        return out


class DeroleScene(BookendScene):
    """Uit je rol: the last thing before the class goes home."""

    page = "derole"
    next_key = "to_title"
    title_key = "db_derole_title"

    def on_next(self) -> None:
        self.to_title()

    def prompts(self) -> list[str]:
        n = self.session.scenario.casus.name_in(self.lang)
        return [self.t("db_derole_card"), self.t("db_derole_name"),
                self.t("db_derole_leave", n=n), self.t("db_derole_keep")]

