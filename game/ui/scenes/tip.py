"""The coach's tip over the board (solo practice): the move the strong bot prefers for the
team at the board now, the lesson it touches and why, in the language of the board."""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.scene import Scene
from game.ui.style import C, draw_lines, draw_text, fit_text, panel

BOX = (360, 220, 1200, 560)


class TipScene(Scene):
    opaque = False
    name = "tip"

    def __init__(self, app: Any, board: Any, tip: Any) -> None:
        super().__init__(app)
        self.board = board
        self.tip = tip

    def move_text(self) -> str:
        """The suggested move, named as on the action cards ('Huisbezoek: schulden')."""
        from game.ui.scenes.board import describe_target

        a = self.tip.action
        game = self.session.game
        d = game.scenario.actions.get(f"{a.role}:{a.name}")
        if a.name == "kies":
            title = self.t("yes") + " / " + self.t("no")
        else:
            title = str(d.name.get(self.lang)) if d else a.name
        target = describe_target(game, a, self.lang)
        return f"{title}: {target}" if target else title

    def build(self) -> None:
        st = self.st
        x, y, w, h = BOX
        self.button("tip_play", st.R(x + w - 560, y + h - 100, 300, 70), self.t("tip_play"),
                    self.play_it, cls="@primary")
        self.button("close", st.R(x + w - 250, y + h - 100, 220, 70), self.t("close"),
                    self.app.pop)

    def default_focus(self) -> str | None:
        return "close"

    def play_it(self) -> None:
        action = self.tip.action
        self.app.pop()
        if action in self.session.game.legal_actions(self.board.role):
            self.board.apply(action)

    def on_key(self, event: pygame.event.Event) -> None:
        if event.key == pygame.K_t:
            self.app.pop()
            return
        super().on_key(event)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        box = st.R(*BOX)
        panel(surface, box, st, width=3)
        inner = box.inflate(-st.px(60), -st.px(40))
        team = self.session.team_name(self.board.role, lang)
        h2 = st.font("h2", bold=True)
        draw_text(surface, self.t("tip_title", team=team), h2, C("ink"), inner.topleft)
        y = inner.y + h2.get_linesize() + st.px(16)
        draw_text(surface, self.t("tip_move"), st.font("body"), C("ink_soft"), (inner.x, y))
        y += st.font("body").get_linesize()
        move = self.move_text()
        font, lines, _ok = fit_text(st, move, ("h3", "body"), inner.w, st.px(90), bold=True)
        y += draw_lines(surface, move, lines, font, C("ink"), (inner.x, y)) + st.px(18)
        lesson = self.t("tip_lesson", name=f"{self.tip.lesson} – {self.tip.lesson_name(lang)}")
        font, lines, _ok = fit_text(st, lesson, ("body", "small"), inner.w, st.px(70),
                                    bold=True)
        y += draw_lines(surface, lesson, lines, font, C("ink"), (inner.x, y)) + st.px(12)
        text = self.tip.text(lang)
        room = box.bottom - st.px(120) - y
        font, lines, _ok = fit_text(st, text, ("h3", "body", "small"), inner.w, room)
        draw_lines(surface, text, lines, font, C("ink"), (inner.x, y))
