"""The end screen: the engine's ending with its text, the spider web at the start against the
end, care use and money, the real story of the casus, and the way into the debrief."""

from __future__ import annotations

import math
from typing import Any

import pygame

from game.ui.i18n import pot_name
from game.ui.scene import Scene
from game.ui.style import C, draw_text, draw_wrapped, panel
from game.ui.widgets.web import draw_web

RANK_COLOUR = {"best": "good", "good": "good", "neutral": "warn", "bad": "bad"}


def draw_rank_mark(surface: pygame.Surface, rank: str, center: tuple[int, int], r: int) -> None:
    """Best: a star; good: a tick; neutral: a bar; bad: a cross (shape and word, not colour)."""
    col = C(RANK_COLOUR.get(rank, "warn"))
    x, y = center
    pygame.draw.circle(surface, col, center, r)
    pygame.draw.circle(surface, C("ink"), center, r, max(2, r // 12))
    white = pygame.Color("#FFFFFF")
    w = max(3, r // 6)
    if rank == "best":
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * (0.62 if i % 2 == 0 else 0.27)
            pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
        pygame.draw.polygon(surface, white, pts)
    elif rank == "good":
        pygame.draw.lines(surface, white, False, [(x - r * 0.45, y), (x - r * 0.1, y + r * 0.35),
                                                  (x + r * 0.5, y - r * 0.35)], w)
    elif rank == "neutral":
        pygame.draw.line(surface, C("ink"), (x - r * 0.45, y), (x + r * 0.45, y), w)
    else:
        pygame.draw.line(surface, white, (x - r * 0.4, y - r * 0.4), (x + r * 0.4, y + r * 0.4), w)
        pygame.draw.line(surface, white, (x - r * 0.4, y + r * 0.4), (x + r * 0.4, y - r * 0.4), w)


class EndScene(Scene):
    name = "end"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.result = self.session.game.result()
        # the finished game goes into the games list once (docs/privacy.md)
        self.record_note = self.session.record()

    def build(self) -> None:
        st = self.st
        c = self.session.scenario.casus
        html = f"<b>{self.t('epilogue')}</b><br>{_esc(c.epilogue.get(self.lang))}"
        self.epilogue = self.rich_text(html, st.R(1240, 560, 640, 370))
        self.button("debrief", st.R(40, 960, 560, 84), self.t("debrief"), self.to_debrief,
                    tip=self.t("debrief_tip"), cls="@primary")
        self.button("again", st.R(640, 960, 600, 84), self.t("again"), self.again,
                    tip=self.t("again_tip"))
        self.button("title", st.R(1480, 960, 400, 84), self.t("to_title"), self.to_title)
        self.button("glossary", st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), cls="@small")

    def default_focus(self) -> str | None:
        return "debrief"

    def again(self) -> None:
        """The same casus and game number (the same force cards) at the set-up, with the same
        teams, to play it with another organisation model and compare (les L7)."""
        from game.ui.scenes.setup import SetupScene
        from game.ui.scenes.title import TitleScene

        s = self.session
        saved = s.game.to_save()
        setup = SetupScene(self.app, scenario=s.scenario.id, seed=int(saved.get("seed", 1)),
                           difficulty=str(saved.get("difficulty", "normaal")))
        setup.teams = dict(s.teams)
        setup.bots = set(s.bot_roles)
        setup.bot_level = s.bot_level
        self.app.session = None
        self.app.reveal_all = False
        self.app.replace(TitleScene(self.app))
        self.app.push(setup)

    def to_debrief(self) -> None:
        from game.ui.scenes.debrief import open_debrief

        open_debrief(self.app)

    def to_title(self) -> None:
        from game.ui.scenes.title import TitleScene

        self.app.session = None
        self.app.reveal_all = False
        self.app.replace(TitleScene(self.app))

    def ending(self) -> Any:
        for e in self.session.scenario.casus.endings:
            if e.id == self.result.ending:
                return e
        return None

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        r = self.result
        c = self.session.scenario.casus
        e = self.ending()
        draw_text(surface, self.t("end_title"), st.font("h2", bold=True), C("ink_soft"),
                  st.R(40, 24, 0, 0).topleft)
        card = st.R(40, 90, 1160, 420)
        panel(surface, card, st, width=4)
        rank = e.rank if e is not None else "neutral"
        draw_rank_mark(surface, rank, (card.x + st.px(80), card.y + st.px(80)), st.px(52))
        draw_text(surface, self.t(f"rank_{rank}"), st.font("h3", bold=True), C("ink"),
                  (card.x + st.px(150), card.y + st.px(30)))
        name = e.name.get(lang) if e is not None else str(r.ending)
        draw_wrapped(surface, name, st.font("h1", bold=True), C("ink"),
                     pygame.Rect(card.x + st.px(150), card.y + st.px(64), card.w - st.px(180),
                                 st.px(110)), max_lines=2)
        if e is not None:
            draw_wrapped(surface, e.text.get(lang), st.font("h3"), C("ink"),
                         pygame.Rect(card.x + st.px(30), card.y + st.px(180),
                                     card.w - st.px(60), card.h - st.px(200)))
        facts = st.R(40, 530, 1160, 400)
        panel(surface, facts, st)
        y = facts.y + st.px(20)
        x = facts.x + st.px(24)
        wish = (self.t("wish_met", n=c.name_in(self.lang)) if r.wish_met else
                self.t("wish_not_met", n=c.name_in(self.lang)) if r.wish_known else
                self.t("wish_unknown", n=c.name_in(self.lang)))
        draw_text(surface, wish, st.font("h3", bold=True), C("ink"), (x, y))
        y += st.px(50)
        ctr = r.counters
        draw_text(surface, self.t("care_use", gp=ctr.get("gp_visits", 0), cr=ctr.get("crises", 0),
                                  med=ctr.get("medicalisation", 0)),
                  st.font("body"), C("ink"), (x, y))
        y += st.px(48)
        draw_text(surface, self.t("money"), st.font("body", bold=True), C("ink"), (x, y))
        y += st.px(36)
        for pot in ("zvw", "wmo", "wlz"):
            draw_text(surface, f"{pot_name(pot, lang)}: {r.pots_start.get(pot, 0)} » "
                               f"{r.pots_end.get(pot, 0)}", st.font("body"), C("ink"),
                      (x + st.px(20), y))
            y += st.px(34)
        if r.wrong_pocket:
            y += st.px(8)
            flows = ", ".join(f"{f['payer'].upper()} » {f['saver'].upper()} ({f['amount']})"
                              for f in r.wrong_pocket[:3])
            draw_wrapped(surface, self.t("wrong_pocket_short", x=flows), st.font("body"), C("ink"),
                         pygame.Rect(x, y, facts.w - st.px(48), st.px(70)), max_lines=2)
        if self.record_note:
            draw_wrapped(surface, self.t("record_failed", why=self.record_note),
                         st.font("tiny"), C("bad"),
                         pygame.Rect(x, facts.bottom - st.px(64), facts.w - st.px(48),
                                     st.px(56)), max_lines=2)
        web = st.R(1240, 90, 640, 450)
        panel(surface, web, st)
        draw_text(surface, self.t("web"), st.font("h3", bold=True), C("ink"),
                  (web.x + st.px(20), web.y + st.px(12)))
        draw_web(surface, st, web.inflate(-st.px(20), -st.px(70)).move(0, st.px(20)),
                 r.health_end, r.health_start, lang, "", self.t("web_legend_start"),
                 self.t("web_legend_now"), compare=r.health_start)
        del c


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "\n", "<br>")
