"""The debrief's last page, Maandag (Application): a field per team for "wat doe je
maandag anders?", saved with the game and in the games list; and the HTML report."""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.scenes.debrief.base import (
    ROLES,
    TOP,
    DebriefScene,
)
from game.ui.style import C, draw_text, draw_wrapped

SLOTS = ((40, 290), (970, 290), (40, 610), (970, 610))  # the answer boxes, 910 x 250


class MondayScene(DebriefScene):
    page = "monday"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.boxes: dict[str, Any] = {}
        self.note: tuple[str, bool] | None = None  # (text, is_problem)

    def build_page(self) -> None:
        import pygame_gui
        from pygame_gui.core import ObjectID

        from game.ui.scene import Focusable

        st = self.st
        self.boxes = {}
        for (x, y), role in zip(SLOTS, ROLES, strict=True):
            box = pygame_gui.elements.UITextEntryBox(
                st.R(x, y, 910, 250), self.session.application.get(role, ""), self.manager,
                object_id=ObjectID(object_id=f"#answer_{role}"))
            if role not in self.session.humans and not self.session.application.get(role):
                box.disable()
            self.boxes[role] = box
            f = Focusable(f"answer_{role}", box.rect, None, None, True, element=box,
                          text_entry=True)
            self.items.append(f)
            self._by_element[box] = f
        self.button("save", st.R(520, 986, 420, 80), self.t("db_save"), self.save_answers)
        self.button("report", st.R(960, 986, 400, 80), self.t("db_report"), self.make_report,
                    tip=self.t("db_report_tip"))

    def default_focus(self) -> str | None:
        first = next((r for r in ROLES if r in self.session.humans), ROLES[0])
        return f"answer_{first}"

    def answers(self) -> dict[str, str]:
        return {role: box.get_text() for role, box in self.boxes.items()}

    def leave(self) -> None:
        """Nothing typed is lost: leaving the page keeps and saves the answers."""
        self.session.set_answers(self.answers())
        self.session.save()

    def rebuild(self) -> None:
        if self.boxes:  # a new size or language: keep what was typed
            self.session.set_answers(self.answers())
        super().rebuild()

    def save_answers(self) -> None:
        s = self.session
        s.set_answers(self.answers())
        if s.save_path is None:
            self.note = (self.t("db_not_saved", why=self.t("db_no_save_file")), True)
            return
        s.save()
        if s.save_error:
            self.note = (self.t("db_not_saved", why=s.save_error), True)
            return
        problem = s.record(force=True)
        self.note = ((self.t("db_saved_game_only", why=problem), True) if problem else
                     (self.t("db_saved_ok"), False))

    def make_report(self) -> None:
        s = self.session
        s.set_answers(self.answers())
        s.save()
        try:
            out = s.write_report(self.lang)
        except OSError as e:
            self.note = (self.t("db_report_failed", why=e), True)
            return
        self.note = (self.t("db_report_ok", path=out), False)

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        draw_wrapped(surface, self.t("db_monday_intro"), st.font("h3"), C("ink"),
                     st.R(40, TOP, 1840, 120))
        label = st.font("body", bold=True)
        for (x, y), role in zip(SLOTS, ROLES, strict=True):
            name = self.team(role)
            if role not in self.session.humans:
                name = self.t("db_monday_bot", team=name)
            draw_text(surface, name, label, C("ink"), st.R(x, y - 44, 0, 0).topleft)
        if self.note:
            text, bad = self.note
            draw_wrapped(surface, text, st.font("small", bold=True),
                         C("bad") if bad else C("ink"), st.R(40, 900, 1840, 76))
