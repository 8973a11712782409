"""The facilitator's controls (F2, and F5-F8 directly): pause, reveal everything, inject a
force card, end the game. Injecting and ending are real engine actions
(``facilitator:injecteer(id)`` and ``facilitator:einde``), so they are saved and replayed."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.engine import Action
from game.ui.scene import Scene
from game.ui.style import C, draw_lines, draw_text, draw_wrapped, fit_text, line_step, panel
from game.ui.widgets.cards import draw_force_mark


class FacilitatorScene(Scene):
    opaque = False
    name = "facilitator"

    def __init__(self, app: Any, page: str = "menu") -> None:
        super().__init__(app)
        self.page = page

    @property
    def game(self) -> Any:
        return self.session.game if self.app.session else None

    def build(self) -> None:
        st = self.st
        playing = self.game is not None and not self.game.is_over()
        if self.page == "inject" and playing:
            forces = list(self.game.scenario.forces.values())
            # every force of the casus, in as many columns as needed (13 a column)
            per_col = 13
            cols = max(2, -(-len(forces) // per_col))
            col_w = (1320 - (cols - 1) * 16) // cols
            per_col = -(-len(forces) // cols)
            for i, f in enumerate(forces):
                r = st.R(300 + (i // per_col) * (col_w + 16), 170 + (i % per_col) * 58,
                         col_w, 50)
                self.hotspot(f"force:{f.id}", r, partial(self.inject, f.id),
                             tip=f.text.get(self.lang))
            self.button("back", st.R(1380, 950, 240, 64), self.t("back"), self.to_menu)
            return
        if self.page == "end" and playing:
            self.button("end_yes", st.R(560, 560, 380, 84), self.t("fac_end_yes"), self.end,
                        cls="@primary")
            self.button("back", st.R(980, 560, 380, 84), self.t("back"), self.to_menu)
            return
        x, w, h = 660, 600, 80
        y = 300
        self.button("pause", st.R(x, y, w, h), self.t("fac_pause"), self.pause,
                    enabled=playing)
        self.button("reveal", st.R(x, y + 100, w, h),
                    self.t("fac_hide" if self.app.reveal_all else "fac_reveal"), self.reveal,
                    enabled=playing)
        self.button("inject", st.R(x, y + 200, w, h), self.t("fac_inject"),
                    lambda: self.go("inject"), enabled=playing)
        self.button("end", st.R(x, y + 300, w, h), self.t("fac_end"), lambda: self.go("end"),
                    enabled=playing)
        self.button("close", st.R(x, y + 430, w, h), self.t("fac_close"), self.app.pop)

    def go(self, page: str) -> None:
        self.page = page
        self.focus_key = None
        self.rebuild()

    def to_menu(self) -> None:
        self.go("menu")

    def on_escape(self) -> None:
        if self.page != "menu":
            self.to_menu()
        else:
            self.app.pop()

    def pause(self) -> None:
        self.app.pop()
        self.app.open_overlay("pause")

    def reveal(self) -> None:
        self.app.pop()
        self.app.toggle_reveal()

    def inject(self, force_id: str) -> None:
        from game.ui.scenes.handover import ForceScene

        session = self.session
        session.apply(Action("facilitator", "injecteer", force_id))
        self.app.pop()
        back = self.app.top
        if session.game.is_over():
            self.app.flow()
            return
        self.app.replace(ForceScene(self.app, force_id, session.game.round, injected=True,
                                    back=back if back is not None and back.name == "board"
                                    else None))

    def end(self) -> None:
        self.session.apply(Action("facilitator", "einde"))
        self.app.flow()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(260, 60, 1400, 980) if self.page == "inject" else st.R(560, 140, 800, 760)
        panel(surface, box, st, width=3)
        title = {"inject": self.t("fac_pick_force"), "end": self.t("fac_end").split(" (")[0]
                 }.get(self.page, self.t("fac_title"))
        draw_text(surface, title, st.font("h2", bold=True), C("ink"),
                  (box.x + st.px(40), box.y + st.px(30)))
        if self.game is None or self.game.is_over():
            draw_text(surface, self.t("fac_no_game"), st.font("body"), C("ink_soft"),
                      (box.x + st.px(40), box.y + st.px(90)))
        elif self.page == "menu":
            # the game's identity, so the teacher can start the same game at another table
            g = self.game
            sc = g.scenario
            seed = g.to_save().get("seed")
            model = sc.models[g.state.model].name.get(self.lang)
            draw_text(surface, self.t("fac_game_id", casus=sc.casus.name_in(self.lang), seed=seed,
                                      model=model), st.font("body"), C("ink"),
                      (box.x + st.px(40), box.y + st.px(90)))
            draw_wrapped(surface, self.t("fac_same_game", sid=sc.id, seed=seed,
                                         mid=g.state.model), st.font("tiny"), C("ink_soft"),
                         pygame.Rect(box.x + st.px(40), box.bottom - st.px(76),
                                     box.w - st.px(80), st.px(70)))
        if self.page == "end":
            draw_wrapped(surface, self.t("fac_confirm_end"), st.font("h3"), C("ink"),
                         pygame.Rect(box.x + st.px(40), box.y + st.px(110), box.w - st.px(80),
                                     st.px(200)))

    def draw_front(self, surface: pygame.Surface) -> None:
        if self.page != "inject" or self.game is None:
            return
        st = self.st
        for f in self.items:
            if f.key.startswith("force:"):
                fd = self.game.scenario.forces[f.key[6:]]
                r = f.rect
                hovered = self.hover_key == f.key
                pygame.draw.rect(surface, C("focus_glow") if hovered else C("panel"), r,
                                 border_radius=st.px(10))
                pygame.draw.rect(surface, C("panel_edge"), r, max(1, st.px(2)),
                                 border_radius=st.px(10))
                draw_force_mark(surface, fd.kind, (r.x + st.px(28), r.centery), st.px(16))
                name = fd.name.get(self.lang)
                x = r.x + st.px(54)
                w = r.right - x - st.px(10)
                font, lines, ok = fit_text(st, name, ("small", "tiny"), w, r.h, bold=True,
                                           line_gap=1.0, max_lines=1)
                if not ok:
                    font, lines, ok = fit_text(st, name, ("tiny",), w, r.h, bold=True,
                                               line_gap=0.9, max_lines=2)
                step = line_step(font, 1.0 if len(lines) == 1 else 0.9)
                y = r.centery - len(lines) * step // 2
                draw_lines(surface, name, lines, font, C("ink"), (x, y),
                           line_gap=1.0 if len(lines) == 1 else 0.9)


class PauseScene(Scene):
    """A full-screen pause that hides the board (a break in the class)."""

    name = "pause"

    def build(self) -> None:
        self.button("resume", self.st.R(710, 640, 500, 90), self.t("next"), self.app.pop,
                    cls="@primary")

    def on_key(self, event: pygame.event.Event) -> None:
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE, pygame.K_SPACE):
            self.app.pop()
            return
        super().on_key(event)

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        surface.fill(C("table_dark"))
        for i in (-1, 1):
            bar = pygame.Rect(0, 0, st.px(50), st.px(170))
            bar.center = (st.R(960, 0, 0, 0).x + i * st.px(45), st.R(0, 330, 0, 0).y)
            pygame.draw.rect(surface, C("ink"), bar, border_radius=st.px(10))
        draw_text(surface, self.t("paused"), st.font("title", bold=True), C("ink"),
                  st.R(960, 500, 0, 0).topleft, "center")
        draw_text(surface, self.t("paused_hint"), st.font("h3"), C("ink_soft"),
                  st.R(960, 580, 0, 0).topleft, "center")
