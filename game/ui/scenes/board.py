"""The board: everything the team at the table may see, and its action cards.

What is drawn comes only from ``game.view(role)``, ``legal_actions(role)`` and
``blocked_actions(role)`` of the team at the board (the facilitator's "reveal all" draws
``view("facilitator")`` instead). Cards are grouped per action; an action with targets opens
a small chooser. Blocked cards stay focusable and show their reason on hover and focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pygame

from game.engine import Action, Message, render
from game.engine.defs import ActionDef
from game.engine.view import RoleView
from game.ui.i18n import TEAM, idx, team_label
from game.ui.scene import Scene
from game.ui.style import C, draw_text, draw_wrapped, panel, wrap
from game.ui.widgets.cards import DOMAIN_OF_ROLE, CardFace, draw_action_card, draw_force_card
from game.ui.widgets.portrait import draw_portrait
from game.ui.widgets.table import (
    draw_phase_track,
    draw_pips,
    draw_pots,
    draw_relations,
    draw_round_track,
    draw_severity,
)
from game.ui.widgets.web import draw_web

# reasons that only say "this target makes no sense now": never the headline of a card
NOISE = ("already_known", "bad_target", "not_known", "requested", "consent_exists")
CARD_W, CARD_H, CARD_GAP = 220, 184, 10
PER_ROW, ROWS = 7, 2


@dataclass
class Group:
    """One card: an action (by name) with its legal and blocked targets."""

    name: str
    definition: ActionDef | None
    legal: list[Action] = field(default_factory=list)
    blocked: list[tuple[Action, Message]] = field(default_factory=list)

    @property
    def playable(self) -> bool:
        return bool(self.legal)

    def reason(self) -> Message | None:
        if not self.blocked:
            return None
        for a, m in self.blocked:
            if m.force:
                return m
        for a, m in self.blocked:
            if m.code not in NOISE:
                return m
        return self.blocked[0][1]


def describe_target(game: Any, a: Action, lang: str) -> str:
    """The target of an action in words ('schulden » de huisarts')."""
    sc = game.scenario
    parts = []
    for v in (a.arg, a.arg2):
        if v is None:
            continue
        parts.append(thing_name(sc, v, lang))
    sep = " + " if a.sep == "+" else " » "
    return sep.join(parts)


def thing_name(sc: Any, ident: str, lang: str) -> str:
    if ident in TEAM:
        return TEAM[ident][idx(lang)]
    if ident == "wens":
        return "de wens" if lang == "nl" else "the wish"
    if ident in ("ja", "nee"):
        return {"ja": ("Ja", "Yes"), "nee": ("Nee", "No")}[ident][idx(lang)]
    c = sc.casus
    for p in c.problems:
        if p.id == ident:
            return str(p.name.get(lang))
    for n in c.network:
        if n.id == ident:
            return str(n.name.get(lang))
    if ident in sc.arrangements:
        return str(sc.arrangements[ident].name.get(lang))
    if ident in sc.forces:
        return str(sc.forces[ident].name.get(lang))
    return ident


class BoardScene(Scene):
    name = "board"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.page = 0
        self.groups: list[Group] = []
        self.view: RoleView | None = None
        self.klaar: Action | None = None
        self.message: str | None = None

    @property
    def role(self) -> str:
        return str(self.session.current)

    # -- model ------------------------------------------------------------------------

    def collect(self) -> None:
        game = self.session.game
        role = self.role
        self.view = game.view("facilitator" if self.app.reveal_all else role)
        legal = game.legal_actions(role)
        blocked = game.blocked_actions(role)
        order = [d.id for d in game.scenario.actions.values() if d.role == role]
        groups: dict[str, Group] = {}
        self.klaar = None
        for a in legal:
            d = game.scenario.actions.get(f"{a.role}:{a.name}")
            if d is not None and d.op == "klaar":
                self.klaar = a
                continue
            groups.setdefault(a.name, Group(a.name, d)).legal.append(a)
        for a, m in blocked:
            d = game.scenario.actions.get(f"{a.role}:{a.name}")
            if d is not None and d.op == "klaar":
                continue
            groups.setdefault(a.name, Group(a.name, d)).blocked.append((a, m))
        if not game.view(role).pending_choice:
            for d in game.scenario.actions.values():
                if d.role == role and d.op != "klaar" and d.id not in groups:
                    groups[d.id] = Group(d.id, d)
        key = {n: (order.index(n) if n in order else -1) for n in groups}
        self.groups = sorted(groups.values(), key=lambda g: (not g.playable, key[g.name]))

    # -- widgets ----------------------------------------------------------------------

    def build(self) -> None:
        st = self.st
        self.collect()
        per_page = PER_ROW * ROWS
        pages = max(1, -(-len(self.groups) // per_page))
        self.page = min(self.page, pages - 1)
        shown = self.groups[self.page * per_page:(self.page + 1) * per_page]
        for i, g in enumerate(shown):
            r = st.R(20 + (i % PER_ROW) * (CARD_W + CARD_GAP),
                     676 + (i // PER_ROW) * (CARD_H + 10), CARD_W, CARD_H)
            self.hotspot(f"card:{g.name}", r, partial(self.play, g), tip=self.card_tip(g),
                         enabled=True)
        x = 1640
        movers = self.session.to_move()
        self.button("klaar", st.R(x, 676, 260, 90), self.t("done"), self.done,
                    enabled=self.klaar is not None, cls="@primary")
        self.button("switch", st.R(x, 776, 260, 64), self.t("switch"), self.switch,
                    tip=self.t("switch_tip"), enabled=len(movers) > 1)
        if pages > 1:
            self.button("prev", st.R(x, 850, 125, 56), "‹", self.prev_page,
                        enabled=self.page > 0)
            self.button("more", st.R(x + 135, 850, 125, 56), "›", self.next_page,
                        enabled=self.page < pages - 1)
        self.button("ledger", st.R(1236, 98, 140, 44), self.t("ledger"),
                    self.open_ledger, cls="@small")
        self.button("glossary", st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), tip="F1", cls="@small")
        self.button("facilitator", st.R(1730, 12, 170, 56), self.t("facilitator"),
                    lambda: self.app.open_overlay("facilitator"), tip="F2", cls="@small")

    def default_focus(self) -> str | None:
        for g in self.groups:
            if g.playable:
                return f"card:{g.name}"
        return "klaar" if self.klaar else super().default_focus()

    def on_key(self, event: pygame.event.Event) -> None:
        if pygame.K_1 <= event.key <= pygame.K_9:
            n = event.key - pygame.K_1
            per_page = PER_ROW * ROWS
            shown = self.groups[self.page * per_page:(self.page + 1) * per_page]
            if n < len(shown):
                self.focus_key = f"card:{shown[n].name}"
                self.play(shown[n])
            return
        super().on_key(event)

    def open_ledger(self) -> None:
        self.app.push(LedgerScene(self.app, self.role))

    def prev_page(self) -> None:
        self.page -= 1
        self.rebuild()

    def next_page(self) -> None:
        self.page += 1
        self.rebuild()

    # -- playing ----------------------------------------------------------------------

    def card_title(self, g: Group) -> str:
        if g.name == "kies":
            return self.t("yes") + " / " + self.t("no")
        return str(g.definition.name.get(self.lang)) if g.definition else g.name

    def card_tip(self, g: Group) -> str:
        sc = self.session.scenario
        text = str(g.definition.text.get(self.lang)) if g.definition else ""
        if g.name == "kies" and self.view and self.view.pending_choice:
            ch = sc.forces[self.view.pending_choice].choice
            text = str(ch.question.get(self.lang)) if ch else ""
        if g.playable:
            return text
        why = g.reason()
        reason = render(why, sc, self.lang) if why else self.t("no_target")
        return f"{self.t('blocked_by', why=reason)}\n{text}".strip()

    def play(self, g: Group) -> None:
        if not g.playable:
            self.message = self.card_tip(g).split("\n")[0]
            return
        if len(g.legal) == 1 and g.legal[0].arg is None and not g.blocked:
            self.apply(g.legal[0])
            return
        self.app.push(TargetScene(self.app, self, g))

    def apply(self, action: Action) -> None:
        self.message = None
        self.session.apply(action)
        if self.session.save_error:
            self.message = self.t("save_failed", why=self.session.save_error)
        self.app.flow()

    def done(self) -> None:
        if self.klaar is not None:
            self.apply(self.klaar)

    def switch(self) -> None:
        from game.ui.scenes.handover import HandoverScene

        others = [r for r in self.session.to_move() if r != self.role]
        if others:
            self.session.current = None
            self.app.replace(HandoverScene(self.app, others[0]))

    # -- drawing ----------------------------------------------------------------------

    def draw_back(self, surface: pygame.Surface) -> None:
        v = self.view
        if v is None:
            return
        st, lang = self.st, self.lang
        sc = self.session.scenario
        # top bar
        bar = st.R(0, 0, 1920, 80)
        pygame.draw.rect(surface, C("table_dark"), bar)
        x = draw_round_track(surface, st, st.R(24, 20, 0, 0).x, st.R(0, 20, 0, 0).y, v.round,
                             v.rounds, lang)
        draw_phase_track(surface, st, x + st.px(24), st.R(0, 20, 0, 0).y, v.phase, lang)
        if self.app.reveal_all:
            banner = st.R(460, 80, 1000, 40)
            pygame.draw.rect(surface, C("bad"), banner, border_radius=st.px(8))
            draw_text(surface, self.t("reveal_banner"), st.font("small", bold=True),
                      pygame.Color("#FFFFFF"), banner.center, "center")
        self.draw_casus(surface, st.R(20, 92, 480, 160))
        self.draw_web(surface, st.R(20, 262, 480, 368))
        self.draw_force(surface, st.R(512, 92, 430, 300))
        self.draw_active(surface, st.R(512, 402, 430, 228))
        self.draw_pots(surface, st.R(954, 92, 430, 240))
        self.draw_relations(surface, st.R(954, 342, 430, 288))
        self.draw_team(surface, st.R(1396, 92, 504, 330))
        self.draw_log(surface, st.R(1396, 432, 504, 198))
        self.draw_hand(surface)
        hint = self.message or self.t("keys_board")
        draw_wrapped(surface, hint, st.font("small", bold=bool(self.message)),
                     C("bad") if self.message else C("ink_soft"), st.R(1640, 916, 260, 140))
        del sc

    def draw_casus(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        c = self.session.scenario.casus
        panel(surface, rect, st)
        pr = pygame.Rect(rect.x + st.px(14), rect.y + st.px(14), st.px(132), st.px(132))
        draw_portrait(surface, pr, c.id, c.age)
        x = pr.right + st.px(14)
        draw_text(surface, f"{c.inwoner}, {self.t('age', age=c.age)}", st.font("h3", bold=True),
                  C("ink"), (x, pr.y))
        draw_wrapped(surface, c.summary.get(lang), st.font("small"), C("ink"),
                     pygame.Rect(x, pr.y + st.px(38), rect.right - x - st.px(12),
                                 rect.bottom - pr.y - st.px(46)))

    def draw_web(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        v = self.view
        assert v is not None
        panel(surface, rect, st)
        title = self.t("web")
        draw_text(surface, title, st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        inner = pygame.Rect(rect.x + st.px(6), rect.y + st.px(38), rect.w - st.px(12),
                            rect.h - st.px(44))
        draw_web(surface, st, inner, v.health, v.start_health, self.lang,
                 self.t("web_hidden"), self.t("web_legend_start"), self.t("web_legend_now"))

    def draw_force(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        if not v.current_force:
            panel(surface, rect, st, fill="table_dark")
            draw_text(surface, self.t("no_force"), st.font("body"), C("ink_soft"), rect.center,
                      "center")
            return
        f = sc.forces[v.current_force]
        kind_word = self.t("blocking" if f.kind == "belemmerend" else "enabling")
        dur = f.duration
        extra = None if dur == "immediate" else (
            self.t("lasting") if dur == "lasting" else self.t("rounds_left", n=dur))
        extra = self.t("force_now") + (f" · {extra}" if extra else "")
        draw_force_card(surface, st, rect, f.kind, f.name.get(lang), f.text.get(lang),
                        kind_word, self.t("area", a=f.area), extra)

    def draw_active(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        panel(surface, rect, st)
        draw_text(surface, self.t("active_forces"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        y = rect.y + st.px(44)
        font = st.font("small")
        from game.ui.widgets.cards import draw_force_mark

        lines: list[tuple[str | None, str]] = []
        for af in v.active_forces:
            name = sc.forces[af.id].name.get(lang) if af.id in sc.forces else af.id
            left = self.t("lasting") if af.rounds_left is None else self.t(
                "rounds_left", n=af.rounds_left)
            lines.append((af.kind, f"{name} ({left})"))
        arrs = [a for a in v.arrangements if a.status in ("offered", "waiting", "running")]
        if arrs:
            lines.append((None, self.t("arrangements") + ":"))
            for a in arrs:
                status = {"offered": self.t("arr_offered"),
                          "waiting": self.t("arr_waiting", n=a.wait_left),
                          "running": self.t("arr_running")}[a.status]
                tag = f", {self.t('project')}" if a.project and not a.secured else (
                    f", {self.t('secured')}" if a.secured else "")
                lines.append(("arr", f"{thing_name(sc, a.id, lang)}: {status}{tag}"))
        if not lines:
            draw_text(surface, "–", font, C("ink_soft"), (rect.x + st.px(14), y))
        for kind, text in lines:
            if y + font.get_linesize() > rect.bottom - st.px(6):
                draw_text(surface, "…", font, C("ink"), (rect.x + st.px(14), y - st.px(8)))
                break
            tx = rect.x + st.px(14)
            if kind in ("belemmerend", "bevorderend"):
                draw_force_mark(surface, kind, (tx + st.px(11), y + font.get_linesize() // 2),
                                st.px(11))
                tx += st.px(30)
            elif kind == "arr":
                tx += st.px(16)
            bold = kind is None
            line = wrap(text, st.font("small", bold=bold), rect.right - tx - st.px(10))[0]
            if line != text.strip():
                line = line.rstrip() + "…"
            draw_text(surface, line, st.font("small", bold=bold), C("ink"), (tx, y))
            y += font.get_linesize() + st.px(2)

    def draw_pots(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        v = self.view
        assert v is not None
        panel(surface, rect, st)
        draw_text(surface, self.t("pots"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        draw_pots(surface, st, pygame.Rect(rect.x + st.px(4), rect.y + st.px(52),
                                           rect.w - st.px(8), rect.h - st.px(58)),
                  v.pots, v.start_pots, v.paid, self.lang)

    def draw_relations(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        panel(surface, rect, st)
        draw_text(surface, self.t("relations"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        tri = pygame.Rect(rect.x + st.px(30), rect.y + st.px(66), rect.w - st.px(60),
                          rect.h - st.px(196))
        draw_relations(surface, st, tri, v.relations, lang,
                       self.role if self.role != "inwoner" else None)
        legend = " · ".join(f"{n} {self.t(f'rel_{n}')}" for n in range(4))
        draw_wrapped(surface, legend, st.font("tiny"), C("ink_soft"),
                     pygame.Rect(rect.x + st.px(14), rect.bottom - st.px(112), rect.w - st.px(28),
                                 st.px(56)), max_lines=2, line_gap=1.0)
        name = self.session.scenario.casus.inwoner
        trust = ", ".join(f"{team_label(r, lang)} {n}/3" for r, n in v.trust.items())
        draw_wrapped(surface, f"{self.t('trust', n=name)}: {trust}", st.font("small", bold=True),
                     C("ink"), pygame.Rect(rect.x + st.px(14), rect.bottom - st.px(64),
                                           rect.w - st.px(28), st.px(62)), max_lines=2,
                     line_gap=1.0)

    def draw_team(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        role = self.role
        dom = DOMAIN_OF_ROLE[role]
        panel(surface, rect, st)
        head = pygame.Rect(rect.x, rect.y, rect.w, st.px(48))
        pygame.draw.rect(surface, C(dom if dom != "beide" else "beide"), head,
                         border_top_left_radius=st.px(14), border_top_right_radius=st.px(14))
        ink = C("ink") if dom == "inwoner" else pygame.Color("#FFFFFF")
        team = self.session.team_name(role, lang)
        label = self.t("team", team=team)
        if team != team_label(role, lang):
            label += f" ({team_label(role, lang)})"
        draw_text(surface, label, st.font("h3", bold=True), ink,
                  (head.x + st.px(14), head.centery), "midleft")
        y = head.bottom + st.px(8)
        x = rect.x + st.px(14)
        real = self.session.game.view(role)
        if role == "inwoner":
            e = real.energy or 0
            draw_pips(surface, st, x, y, e, max(e, sc.casus.start.energy), C("inwoner"),
                      self.t("energy_left"))
        else:
            tl = real.time or 0
            draw_pips(surface, st, x, y, tl, max(tl, sc.casus.start.time), C(dom),
                      self.t("time_left"))
        y += st.px(40)
        lines = self.dossier_lines(v)
        font = st.font("small")
        bottom = rect.bottom - st.px(8)
        for kind, text, sev in lines:
            lh = font.get_linesize()
            if y + lh > bottom:
                draw_text(surface, "…", font, C("ink"), (x, y - st.px(10)))
                break
            if kind == "head":
                draw_text(surface, text, st.font("small", bold=True), C("ink"), (x, y))
            elif kind == "problem":
                sx = draw_severity(surface, st, x, y + st.px(6), sev or 0)
                avail = rect.right - sx - st.px(24)
                line = wrap(text, font, avail)[0]
                draw_text(surface, line if line == text else line + "…", font, C("ink"),
                          (sx + st.px(10), y))
            else:
                for i, ln in enumerate(wrap(text, font, rect.w - st.px(46))):
                    if y + lh > bottom:
                        break
                    if i == 0:
                        pygame.draw.circle(surface, C("ink"), (x + st.px(6), y + lh // 2),
                                           st.px(4))
                    draw_text(surface, ln, font, C("ink"), (x + st.px(18), y))
                    y += lh
                continue
            y += lh + st.px(2)

    def dossier_lines(self, v: RoleView) -> list[tuple[str, str, int | None]]:
        lang = self.lang
        sc = self.session.scenario
        c = sc.casus
        out: list[tuple[str, str, int | None]] = []
        if v.role == "inwoner" or (self.app.reveal_all and v.role == "facilitator"):
            inbox: list[tuple[str, str, int | None]] = []
            for oid, _kind, by in v.offers:
                inbox.append(("item", self.t("offer_by", what=thing_name(sc, oid, lang),
                                             role=team_label(by, lang)), None))
            for req in v.requests:
                a, b = req.split("->")
                inbox.append(("item", self.t("request", role=team_label(a, lang),
                                             other=team_label(b, lang)), None))
            if self.role == "inwoner" and inbox:
                out.append(("head", self.t("inbox", n=c.inwoner), None))
                out += inbox
        out.append(("head", self.t("dossier", team=self.session.team_name(self.role, lang))
                    if not self.app.reveal_all else self.t("fac_reveal").split(" (")[0], None))
        if not v.problems and not v.wish_known and not v.signals:
            out.append(("item", self.t("dossier_empty"), None))
        for p in v.problems:
            out.append(("problem", f"{thing_name(sc, p.id, lang)} ({self.t('severity', n=p.severity)})",
                        p.severity))
        if v.wish_known:
            out.append(("item", self.t("wish", x=c.wish.text.get(lang)), None))
        if v.signals:
            for sid in v.signals:
                for s in c.signals:
                    if s.id == sid:
                        out.append(("item", str(s.text.get(lang)), None))
        active = [n for n in c.network if v.network.get(n.id)]
        if active:
            out.append(("item", f"{self.t('network')}: " + ", ".join(
                str(n.name.get(lang)) for n in active), None))
        return out

    def draw_log(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        panel(surface, rect, st)
        draw_text(surface, self.t("log"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        fresh = {id(m) for m in self.session.last_events}
        items = [(render(m, sc, lang), id(m) in fresh) for r, _p, m in v.log
                 if r == v.round and m.code not in ("round_start",)]
        font = st.font("small")
        lh = font.get_linesize()
        width = rect.w - st.px(46)
        top = rect.y + st.px(44)
        avail = (rect.bottom - st.px(8) - top) // lh
        wrapped: list[tuple[str, bool, bool]] = []
        for text, new in items:
            for i, ln in enumerate(wrap(text, font, width)):
                wrapped.append((ln, new, i == 0))
        if not wrapped:
            draw_text(surface, self.t("log_empty"), font, C("ink_soft"),
                      (rect.x + st.px(14), top))
            return
        wrapped = wrapped[-avail:]
        y = top
        for ln, new, first in wrapped:
            if new:
                hl = pygame.Rect(rect.x + st.px(6), y, rect.w - st.px(12), lh)
                pygame.draw.rect(surface, C("focus_glow"), hl, border_radius=st.px(4))
            if first:
                pygame.draw.circle(surface, C("ink"), (rect.x + st.px(20), y + lh // 2), st.px(4))
            draw_text(surface, ln, st.font("small", bold=new), C("ink"), (rect.x + st.px(32), y))
            y += lh

    def draw_hand(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        team = self.session.team_name(self.role, lang)
        title = self.t("actions", team=team)
        if v.pending_choice:
            ch = sc.forces[v.pending_choice].choice
            if ch:
                title = self.t("choice_for", team=team, q=ch.question.get(lang))
        draw_text(surface, title, st.font("body", bold=True), C("ink"),
                  st.R(20, 638, 0, 0).topleft)
        per_page = PER_ROW * ROWS
        shown = self.groups[self.page * per_page:(self.page + 1) * per_page]
        for n, g in enumerate(shown):
            f = self.item(f"card:{g.name}")
            if f is None:
                continue
            d = g.definition
            inwoner = self.role == "inwoner"
            time_cost = d.cost.time if d else None
            pot = d.cost.pot if d else None
            note = None
            if not g.playable:
                why = g.reason()
                note = render(why, sc, lang) if why else self.t("no_target")
            elif d is not None:
                note = str(d.text.get(lang))
            if g.name == "kies" and v.pending_choice:
                ch = sc.forces[v.pending_choice].choice
                note = str(ch.question.get(lang)) if ch else None
            face = CardFace(
                title=self.card_title(g), domain=DOMAIN_OF_ROLE[self.role],
                icon=d.op if d else g.name, time=time_cost,
                time_word="energie" if inwoner and lang == "nl" else "energy" if inwoner else (
                    "tijd" if lang == "nl" else "time"),
                pot=pot, pot_label=f"{pot.capitalize()} {d.cost.money}" if pot and d else None,
                free_label=(self.t("unfunded") if not inwoner and d and d.cost.time else None),
                playable=g.playable, note=note, number=n + 1 if n < 9 else None, lang=lang)
            draw_action_card(surface, st, f.rect, face, hovered=self.hover_key == f.key)


class TargetScene(Scene):
    """A small chooser for an action with targets: legal ones as buttons, blocked ones greyed
    with their reason."""

    opaque = False
    name = "target"

    def __init__(self, app: Any, board: BoardScene, group: Group) -> None:
        super().__init__(app)
        self.board = board
        self.group = group

    def build(self) -> None:
        st = self.st
        game = self.session.game
        opts: list[tuple[Action, Message | None]] = [(a, None) for a in self.group.legal]
        opts += [(a, m) for a, m in self.group.blocked if m.code not in ("bad_target",)]
        opts = opts[:12]
        h = 64
        top = 540 - (len(opts) * (h + 10) + 200) // 2
        self.box = st.R(460, top, 1000, len(opts) * (h + 10) + 200)
        for i, (a, m) in enumerate(opts):
            label = describe_target(game, a, self.lang) or self.board.card_title(self.group)
            tip = None if m is None else self.t("blocked_by", why=render(
                m, game.scenario, self.lang))
            if m is not None:
                label = f"{label}  ({render(m, game.scenario, self.lang)})"
            self.button(f"t{i}", st.R(500, top + 90 + i * (h + 10), 920, h), label,
                        partial(self.pick, a), tip=tip, enabled=m is None)
        self.button("cancel", st.R(1180, top + 100 + len(opts) * (h + 10), 240, 60),
                    self.t("cancel"), self.app.pop)

    def pick(self, a: Action) -> None:
        self.app.pop()
        self.board.apply(a)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        panel(surface, self.box, st, width=3)
        draw_text(surface, self.t("choose_target", action=self.board.card_title(self.group)),
                  st.font("h2", bold=True), C("ink"),
                  (self.box.x + st.px(40), self.box.y + st.px(24)))


class LedgerScene(Scene):
    """The ledger on demand: every payment so far (from the public 'paid' events)."""

    opaque = False
    name = "ledger"

    def __init__(self, app: Any, role: str) -> None:
        super().__init__(app)
        self.role = role

    def build(self) -> None:
        import pygame_gui

        st = self.st
        game = self.session.game
        v = game.view("facilitator" if self.app.reveal_all else self.role)
        rows = []
        for r, _p, m in v.log:
            if m.code == "paid" and int(m.param("amount") or 0) > 0:
                rows.append(f"<b>{self.t('round', r=r, n=v.rounds)}</b> · "
                            f"{render(m, game.scenario, self.lang)}")
        html = "<br>".join(rows) if rows else self.t("ledger_empty")
        pygame_gui.elements.UITextBox(html, st.R(360, 160, 1200, 700), self.manager)
        self.button("close", st.R(1320, 880, 240, 70), self.t("close"), self.app.pop)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(330, 80, 1260, 890)
        panel(surface, box, st, width=3)
        draw_text(surface, self.t("ledger_title"), st.font("h2", bold=True), C("ink"),
                  (box.x + st.px(30), box.y + st.px(20)))
