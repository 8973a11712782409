"""Screens between turns, shown to the whole class: the hand-over ("geef door aan team
Huisarts") that hides every private detail until the next team confirms, the summary of a
round that ended, and the force card's own moment at the start of a round."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.lang import render, role_scope
from game.ui.i18n import role_name, team_label
from game.ui.scene import Scene
from game.ui.style import C, draw_lines, draw_text, draw_wrapped, fit_text, line_step, panel
from game.ui.widgets.cards import draw_force_card
from game.ui.widgets.roles import draw_role_icon, role_colour
from game.ui.widgets.table import draw_phase_track, draw_pots, draw_round_track

# events that are public and worth a line in a round summary
SUMMARY_CODES = ("force_drawn", "force_choice", "force_ended", "force_cancelled", "escalation",
                 "gp_visit", "arr_started", "arr_done", "arr_stopped", "arr_secured",
                 "network_on", "network_off", "relation", "relations_reset", "bridge_lost",
                 "overleg_held", "shared_frame", "consent_given", "consent_withdrawn",
                 "referred", "met", "accepted", "refused", "offered", "time_lost",
                 "facilitator_end")


class HandoverScene(Scene):
    name = "handover"

    def __init__(self, app: Any, role: str) -> None:
        super().__init__(app)
        self.role = role

    def build(self) -> None:
        st = self.st
        self.button("go", st.R(660, 790, 600, 90), self.t("handover_go"), self.confirm,
                    cls="@primary")
        others = [r for r in self.session.to_move() if r != self.role]
        for i, r in enumerate(others):
            self.button(f"other:{r}", st.R(760 + i * 340, 936, 320, 64),
                        self.session.team_name(r, self.lang), partial(self.choose, r))
        self.button("glossary", st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), cls="@small")
        self.button("facilitator", st.R(1730, 12, 170, 56), self.t("facilitator"),
                    lambda: self.app.open_overlay("facilitator"), cls="@small")

    def default_focus(self) -> str | None:
        return "go"

    def choose(self, role: str) -> None:
        self.role = role
        self.rebuild()

    def confirm(self) -> None:
        self.session.current = self.role
        self.session.last_events = []
        self.session.came_to_board(self.role)
        self.app.flow()

    def recap(self) -> list[str]:
        """What the room saw since this team's last turn (public events only)."""
        from game.lang.moves import public_lines

        return public_lines(self.session.game, self.session.news_for(self.role), self.lang,
                            teams=self.session.teams)

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        game = self.session.game
        # only public facts: round and phase, never a view with a dossier
        x = draw_round_track(surface, st, st.R(24, 20, 0, 0).x, st.R(0, 20, 0, 0).y, game.round,
                             game.scenario.casus.rounds, lang)
        draw_phase_track(surface, st, x + st.px(24), st.R(0, 20, 0, 0).y, game.phase, lang)
        card = st.R(260, 100, 1400, 800)
        panel(surface, card, st, width=4)
        strip = pygame.Rect(card.x, card.y, card.w, st.px(30))
        pygame.draw.rect(surface, role_colour(self.role), strip,
                         border_top_left_radius=st.px(14), border_top_right_radius=st.px(14))
        name = self.session.team_name(self.role, lang)
        # big, for the back of the room: whose turn it is, with the role's symbol
        title = self.t("banner_turn", team=name)
        tfont, tlines, _ok = fit_text(st, title, ("title", "h1"), card.w - st.px(260),
                                      st.px(200), bold=True, line_gap=1.0)
        th = len(tlines) * line_step(tfont, 1.0)
        ty = card.y + st.px(50)
        draw_role_icon(surface, self.role, (card.x + st.px(110), ty + th // 2), st.px(56))
        draw_lines(surface, title, tlines, tfont, C("ink"), (card.x + st.px(200), ty),
                   line_gap=1.0)
        y = ty + th + st.px(10)
        sub = self.t("handover", team=name)
        sc = game.scenario
        if name != team_label(self.role, lang, sc):
            sub += " · " + self.t("handover_role", role=role_name(self.role, lang, sc))
        draw_text(surface, sub, st.font("h3", bold=True), C("ink"), (card.x + st.px(200), y))
        y += st.font("h3").get_linesize() + st.px(4)
        scope = role_scope(sc, self.role, lang)  # what this professional does in this casus
        if scope is not None:
            y += draw_wrapped(surface, scope, st.font("body"), C("ink"),
                              pygame.Rect(card.x + st.px(200), y, card.w - st.px(260),
                                          st.px(100))) + st.px(4)
        y += draw_wrapped(surface, self.t("handover_hint"), st.font("body"), C("ink_soft"),
                          pygame.Rect(card.x + st.px(200), y, card.w - st.px(260), st.px(70)))
        # what happened since this team's last turn
        lines = self.recap()
        box = pygame.Rect(card.x + st.px(60), y + st.px(16), card.w - st.px(120),
                          st.R(0, 770, 0, 0).y - y - st.px(16))
        if lines:
            panel(surface, box, st, fill="table", edge="panel_edge")
            draw_text(surface, self.t("recap_title"), st.font("h3", bold=True), C("ink"),
                      (box.x + st.px(18), box.y + st.px(10)))
            inner = pygame.Rect(box.x + st.px(18), box.y + st.px(52), box.w - st.px(36),
                                box.h - st.px(60))
            text = "\n".join("• " + ln for ln in lines)
            font, flines, ok = fit_text(st, text, ("h3", "body", "small", "tiny"), inner.w,
                                        inner.h)
            if not ok:  # the newest that fit
                while lines and not ok:
                    lines = lines[1:]
                    text = "\n".join("• " + ln for ln in lines)
                    font, flines, ok = fit_text(st, text, ("tiny",), inner.w, inner.h)
            draw_lines(surface, text, flines, font, C("ink"), inner.topleft)
        if len(self.session.to_move()) > 1:
            # right of it the buttons of the other teams: it ends where they begin
            draw_text(surface, self.t("who_next"), st.font("body", bold=True), C("ink"),
                      st.R(740, 968, 0, 0).topleft, "midright")


class RoundSummaryScene(Scene):
    """What everyone saw in the round that just ended (public events only)."""

    name = "summary"

    def __init__(self, app: Any, round_no: int) -> None:
        super().__init__(app)
        self.round_no = round_no

    def build(self) -> None:
        self.button("next", self.st.R(1500, 960, 380, 90), self.t("next"), self.next,
                    cls="@primary")
        self.button("glossary", self.st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), cls="@small")

    def next(self) -> None:
        self.session.summarised_round = self.round_no
        self.app.flow()

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        game = self.session.game
        sc = game.scenario
        # the public part of the log: events everyone may see (no dossier facts)
        v = game.view("huisarts")
        lines = [render(m, sc, lang) for r, _p, m in v.log
                 if r == self.round_no and m.visible_to is None and m.code in SUMMARY_CODES]
        draw_text(surface, self.t("round_over", r=self.round_no), st.font("h1", bold=True),
                  C("ink"), st.R(60, 40, 0, 0).topleft)
        box = st.R(60, 130, 1100, 800)
        panel(surface, box, st)
        draw_text(surface, self.t("round_public"), st.font("h3", bold=True), C("ink"),
                  (box.x + st.px(24), box.y + st.px(16)))
        y = box.y + st.px(64)
        font = st.font("body")
        for line in lines:
            h = draw_wrapped(surface, "• " + line, font, C("ink"),
                             pygame.Rect(box.x + st.px(24), y, box.w - st.px(48),
                                         box.bottom - y - st.px(10)))
            y += h + st.px(4)
            if y > box.bottom - font.get_linesize():
                break
        pots = st.R(1200, 130, 660, 380)
        panel(surface, pots, st)
        draw_text(surface, self.t("pots"), st.font("h3", bold=True), C("ink"),
                  (pots.x + st.px(24), pots.y + st.px(16)))
        draw_pots(surface, st, pots.inflate(-st.px(40), -st.px(80)).move(0, st.px(24)), v.pots,
                  v.start_pots, v.paid, lang)


class ForceScene(Scene):
    """The force card's own moment: it grows onto the table before anyone plays."""

    name = "force"

    def __init__(self, app: Any, force_id: str, round_no: int, injected: bool = False,
                 back: Any = None) -> None:
        super().__init__(app)
        self.force_id = force_id
        self.round_no = round_no
        self.injected = injected
        self.t_anim = 0.0
        self.back = back

    def build(self) -> None:
        self.button("next", self.st.R(1500, 960, 380, 90), self.t("next"), self.next,
                    cls="@primary")

    def next(self) -> None:
        if self.back is not None:
            self.app.replace(self.back)
            return
        self.app.flow()

    def update(self, dt: float) -> bool:
        super().update(dt)
        if self.t_anim < 1.0:
            self.t_anim = min(1.0, self.t_anim + dt / 0.45)
            return True
        return False

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        sc = self.session.scenario
        f = sc.forces.get(self.force_id)
        title = self.t("force_injected") if self.injected else self.t("force_moment",
                                                                        r=self.round_no)
        draw_text(surface, title, st.font("h1", bold=True), C("ink"),
                  st.R(960, 70, 0, 0).topleft, "center")
        if f is None:
            return
        ease = 1 - (1 - self.t_anim) ** 3
        full = st.R(560, 140, 800, 780)
        w = max(10, round(full.w * (0.35 + 0.65 * ease)))
        h = max(10, round(full.h * (0.35 + 0.65 * ease)))
        rect = pygame.Rect(0, 0, w, h)
        rect.center = (full.centerx, full.centery + round((1 - ease) * st.px(300)))
        kind_word = self.t("blocking" if f.kind == "belemmerend" else "enabling")
        dur = f.duration
        extra = None if dur == "immediate" else (
            self.t("lasting") if dur == "lasting" else self.t("rounds_left", n=dur))
        if ease > 0.6:
            draw_force_card(surface, st, rect, f.kind, f.name.get(lang), f.text.get(lang),
                            kind_word, extra, big=True)
        else:
            from game.ui.widgets.cards import force_shape

            pygame.draw.polygon(surface, C("card_back"), force_shape(rect, st.px(36)))
            pygame.draw.polygon(surface, C("ink"), force_shape(rect, st.px(36)), st.px(4))


# public events that get the whole screen for a moment, so the room sees what happened
MOMENT_CODES = ("escalation", "overleg_held", "consent_asked", "relations_reset", "bridge_lost")


class MomentScene(Scene):
    """A moment the whole room should see, full screen: a crisis, a team meeting (MDO), a
    request for consent, a colleague who leaves. It waits for Verder (no time pressure)."""

    name = "moment"

    def __init__(self, app: Any, round_no: int, message: Any) -> None:
        super().__init__(app)
        self.round_no = round_no
        self.message = message

    def build(self) -> None:
        self.button("next", self.st.R(1500, 960, 380, 90), self.t("next"), self.next,
                    cls="@primary")

    def next(self) -> None:
        self.session.moment_seen()
        self.app.flow()

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        code = self.message.code
        colour = C("bad") if code == "escalation" else C("ink")
        box = st.R(260, 200, 1400, 600)
        panel(surface, box, st)
        band = pygame.Rect(box.x, box.y, box.w, st.px(24))
        pygame.draw.rect(surface, colour, band, border_top_left_radius=st.px(10),
                         border_top_right_radius=st.px(10))
        draw_text(surface, self.t("moment_round", r=self.round_no), st.font("h3"),
                  C("ink_soft"), (box.centerx, box.y + st.px(60)), "midtop")
        title = self.t(f"moment.{code}")
        tfont, tlines, _ok = fit_text(st, title, ("title", "h1"), box.w - st.px(120),
                                      st.px(220), bold=True, max_lines=2)
        y = box.y + st.px(120)
        for line in tlines:
            draw_text(surface, line, tfont, colour, (box.centerx, y), "midtop")
            y += line_step(tfont)
        y += st.px(20)
        text = render(self.message, self.session.scenario, lang)
        hint = self.t(f"moment_hint.{code}")
        inner = pygame.Rect(box.x + st.px(80), y, box.w - st.px(160), box.bottom - y - st.px(40))
        bfont, blines, _ok = fit_text(st, text, ("h2", "h3", "body"), inner.w, inner.h // 2)
        for line in blines:
            draw_text(surface, line, bfont, C("ink"), (box.centerx, y), "midtop")
            y += line_step(bfont)
        y += st.px(24)
        hfont, hlines, _ok = fit_text(st, hint, ("h3", "body", "small"), inner.w,
                                      inner.bottom - y)
        for line in hlines:
            draw_text(surface, line, hfont, C("ink_soft"), (box.centerx, y), "midtop")
            y += line_step(hfont)
