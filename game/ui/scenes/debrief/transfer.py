"""The debrief's fourth page, In het echt (Transfer): reflection questions per team,
each with its source, and the real story of the casus."""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

from game.ui.scenes.debrief.base import (
    BOTTOM,
    ROLES,
    TOP,
    DebriefScene,
)


class TransferScene(DebriefScene):
    page = "transfer"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        humans = [r for r in ROLES if r in self.session.humans]
        self.role = self.session.debrief_pos.get("transfer") or (humans or list(ROLES))[0]

    def build_page(self) -> None:
        st = self.st
        for i, role in enumerate(ROLES):
            self.button(f"role_{role}", st.R(40, TOP + i * 100, 380, 84), self.team(role),
                        partial(self.set_role, role),
                        cls="@chosen" if role == self.role else None)
        t = self.data["transfer"]
        qs = t["questions"].get(self.role, [])
        parts = [f"<b>{escape(self.t('db_questions', team=self.team(self.role)))}</b><br><br>"]
        for i, q in enumerate(qs, 1):
            parts.append(f"<b>{i}.</b> {escape(q['text'])}<br>"
                         f"<i>{escape(self.t('db_source'))}: {escape(q['source_title'])}</i>"
                         "<br><br>")
        if not qs:
            parts.append(escape(self.t("db_no_questions")))
        self.questions = self.rich_text("".join(parts), st.R(440, TOP, 820, BOTTOM - TOP))
        story = (f"<b>{escape(self.t('epilogue'))}</b><br><br>"
                 + escape(t["epilogue"]).replace("\n", "<br>"))
        self.story = self.rich_text(story, st.R(1280, TOP, 600, BOTTOM - TOP))

    def default_focus(self) -> str | None:
        return f"role_{self.role}"

    def set_role(self, role: str) -> None:
        self.role = role
        self.session.debrief_pos["transfer"] = role
        self.rebuild()
        self.focus_key = f"role_{role}"
