"""The board's panels, each drawn from the view of the team at the board: the casus, the
health web, the force card, the active forces, the pots, the relations, the team's own
dossier and the log."""

from __future__ import annotations

from typing import Any

import pygame

from game.engine.view import RoleView
from game.lang import render
from game.lang.moves import thing_name
from game.ui import style as _style
from game.ui.anim import Animator, ease_out, lerp, pulse
from game.ui.i18n import role_name, team_label
from game.ui.scene import Scene
from game.ui.scenes.board.layout import CLASSROOM, NORMAL, BoardLayout
from game.ui.style import C, draw_lines, draw_text, line_step, mix, panel, wrap
from game.ui.widgets.cards import draw_force_card, draw_force_mark
from game.ui.widgets.portrait import draw_portrait
from game.ui.widgets.roles import draw_role_icon, role_colour, role_ink
from game.ui.widgets.table import draw_pips, draw_pots, draw_relations_panel, draw_severity
from game.ui.widgets.web import draw_web, draw_web_legend


class BoardPanels(Scene):
    """The drawing of the panels (the scene in scene.py holds the state they read)."""

    # set by the scene (scene.py); the panels only read them
    view: RoleView | None
    anim: Animator
    fresh_keys: set[str]
    coin_from: dict[str, tuple[int, int]]
    _casus: tuple[pygame.font.Font, list[str], int, bool] | None
    _dossier: tuple[list[tuple[str, str, list[str], int | None]], bool]
    _active: tuple[list[tuple[str | None, list[str], bool]], bool]
    _trust: tuple[str, pygame.font.Font, list[str]] | None

    page: str  # the classroom preset's page shown ("cards" or "table")

    @property
    def role(self) -> str:
        return str(self.session.current)

    @property
    def L(self) -> BoardLayout:
        """Where the panels sit: the usual board, or the classroom preset's."""
        return CLASSROOM if self.st.classroom else NORMAL

    def on(self, part: str) -> bool:
        """Whether a part of the layout is on the page shown now."""
        return self.L.shows(part, self.page)

    def draw_casus(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        c = self.session.scenario.casus
        panel(surface, rect, st)
        pad = st.px(12)
        pr = pygame.Rect(rect.x + pad, rect.y + pad, st.px(104), st.px(104))
        draw_portrait(surface, pr, c.id, c.age, c.portrait)
        x = pr.right + pad + st.px(4)
        h3 = st.font("h3", bold=True)
        draw_text(surface, f"{c.name_in(self.lang)}, {self.t('age', age=c.age)}", h3, C("ink"), (x, pr.y))
        if self._casus is None:
            return
        font, lines, n_narrow, fits = self._casus
        step = line_step(font, 1.06)
        y = pr.y + h3.get_linesize()
        bottom = rect.bottom - pad
        summary = str(c.summary.get(lang))
        if fits and _style.TEXT_LOG is not None:
            _style.TEXT_LOG.append(summary)
        for i, line in enumerate(lines):
            if not fits and y + 2 * step > bottom:
                line = line.rstrip() + " …"
                if _style.CUT_LOG is not None and self.item("casus_more") is None:
                    _style.CUT_LOG.append(summary)
            lx = x if i < n_narrow else rect.x + pad
            draw_text(surface, line, font, C("ink"), (lx, y))
            y += step
            if not fits and y + step > bottom:
                break

    def draw_web(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        v = self.view
        assert v is not None
        panel(surface, rect, st)
        draw_text(surface, self.t("web"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        draw_web_legend(surface, st, rect.right - st.px(14), rect.y + st.px(12),
                        self.t("web_legend_now"), self.t("web_legend_start"))
        hidden = len(v.health) < 6
        foot = st.font("tiny").get_linesize() if hidden else 0
        inner = pygame.Rect(rect.x + st.px(6), rect.y + st.px(40), rect.w - st.px(12),
                            rect.h - st.px(46) - foot)
        draw_web(surface, st, inner, v.health, v.start_health, self.lang, self.t("web_hidden"))
        if hidden:
            draw_text(surface, f"? = {self.t('web_hidden')}", st.font("tiny"), C("ink_soft"),
                      (rect.right - st.px(14), rect.bottom - st.px(6)), "bottomright")

    def force_extra(self, f: Any) -> str:
        dur = f.duration
        extra = None if dur == "immediate" else (
            self.t("lasting") if dur == "lasting" else self.t("rounds_left", n=dur))
        v = self.view
        if v is not None:
            for af in v.active_forces:
                if af.id == f.id:
                    extra = self.t("lasting") if af.rounds_left is None else self.t(
                        "rounds_left", n=af.rounds_left)
        return self.t("force_now") + (f" · {extra}" if extra else "")

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
        draw_force_card(surface, st, rect, f.kind, f.name.get(lang), f.text.get(lang),
                        kind_word, self.force_extra(f),
                        more=self.t("whole_card") if self.item("force_more") else None)

    def arrangement_lines(self, v: RoleView) -> list[str]:
        sc = self.session.scenario
        out = []
        for a in v.arrangements:
            if a.status not in ("offered", "waiting", "running"):
                continue
            status = {"offered": self.t("arr_offered"),
                      "waiting": self.t("arr_waiting", n=a.starts_in),
                      "running": self.t("arr_running")}[a.status]
            tag = f", {self.t('project')}" if a.project and not a.secured else (
                f", {self.t('secured')}" if a.secured else "")
            out.append(f"{thing_name(sc, a.id, self.lang)}: {status}{tag}")
        return out

    def layout_active(self, rect: pygame.Rect
                      ) -> tuple[list[tuple[str | None, list[str], bool]], bool]:
        """The lines of the active-forces panel that fit, and whether all of them do."""
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        items: list[tuple[str | None, str]] = []
        for af in v.active_forces:
            name = sc.forces[af.id].name.get(lang) if af.id in sc.forces else af.id
            left = self.t("lasting") if af.rounds_left is None else self.t(
                "rounds_left", n=af.rounds_left)
            items.append((af.kind, f"{name} ({left})"))
        arrs = self.arrangement_lines(v)
        if arrs:
            items.append((None, self.t("arrangements") + ":"))
            items += [("arr", a) for a in arrs]
        font = st.font("small")
        step = font.get_linesize()
        y = rect.y + st.px(44)
        bottom = rect.bottom - st.px(6)
        out: list[tuple[str | None, list[str], bool]] = []
        for kind, text in items:
            indent = st.px(30) if kind in ("belemmerend", "bevorderend") else (
                st.px(16) if kind == "arr" else 0)
            lines = wrap(text, st.font("small", bold=kind is None),
                         rect.w - st.px(24) - indent)
            if y + len(lines) * step > bottom:
                if out and out[-1][0] is None:
                    out.pop()  # no heading without a line under it
                return out, False
            out.append((kind, lines, True))
            y += len(lines) * step + st.px(2)
        return out, True

    def draw_active(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        panel(surface, rect, st)
        draw_text(surface, self.t("active_forces"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        y = rect.y + st.px(44)
        font = st.font("small")
        step = font.get_linesize()
        lines, _all = self._active
        if not lines:
            draw_text(surface, "–", font, C("ink_soft"), (rect.x + st.px(14), y))
        for kind, text_lines, _ok in lines:
            tx = rect.x + st.px(14)
            if kind in ("belemmerend", "bevorderend"):
                draw_force_mark(surface, kind, (tx + st.px(11), y + step // 2), st.px(11))
                tx += st.px(30)
            elif kind == "arr":
                tx += st.px(16)
            f = st.font("small", bold=kind is None)
            for ln in text_lines:
                draw_text(surface, ln, f, C("ink"), (tx, y))
                y += step
            y += st.px(2)

    def pots_area(self) -> pygame.Rect:
        st = self.st
        if self.L.classroom and not self.on("pots"):
            # the pots are on the table's page: the coins fly to its button
            view = self.item("view")
            if view is not None:
                return view.rect.inflate(0, st.px(60)).move(0, -st.px(30))
        rect = st.R(*self.L.pots)
        return pygame.Rect(rect.x + st.px(4), rect.y + st.px(52), rect.w - st.px(8),
                           rect.h - st.px(58))

    def draw_pots(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        v = self.view
        assert v is not None
        panel(surface, rect, st)
        draw_text(surface, self.t("pots"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        shown: dict[str, float] = dict(v.pots)
        glow: dict[str, float] = {}
        for pot in shown:
            tw = self.anim.get(f"pot:{pot}")
            if tw is not None:
                shown[pot] = lerp(tw.data["old"], tw.data["new"], ease_out(tw.progress))
                glow[pot] = pulse(tw.progress) if tw.elapsed >= tw.delay else 0.0
            for c in self.anim.with_prefix("coin:"):
                if c.data["pot"] == pot and tw is not None and tw.elapsed < tw.delay:
                    glow[pot] = max(glow.get(pot, 0.0), 0.4 * c.progress)
        draw_pots(surface, st, self.pots_area(), shown, v.start_pots, v.paid, self.lang, glow)

    def draw_relations(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        v = self.view
        assert v is not None
        pulses = {t.key[4:]: pulse(t.progress) for t in self.anim.with_prefix("rel:")}
        draw_relations_panel(surface, self.st, rect, v.relations, self.lang,
                             self.role if self.role != "inwoner" else None, pulses,
                             self.session.scenario)

    def dossier_items(self, v: RoleView) -> list[tuple[str, str, str, int | None]]:
        """The team's dossier as (kind, key, text, severity) lines."""
        lang = self.lang
        sc = self.session.scenario
        c = sc.casus
        out: list[tuple[str, str, str, int | None]] = []
        if v.role == "inwoner" or (self.app.reveal_all and v.role == "facilitator"):
            inbox: list[tuple[str, str, str, int | None]] = []
            for oid, _kind, by in v.offers:
                inbox.append(("item", f"offer:{oid}", self.t(
                    "offer_by", what=thing_name(sc, oid, lang), role=role_name(by, lang, sc)), None))
            for req in v.requests:
                a, b = req.split("->")
                ask = self.t("request", role=role_name(a, lang, sc),
                             other=role_name(b, lang, sc))
                inbox.append(("item", f"request:{req}", ask[:1].upper() + ask[1:], None))
            if self.role == "inwoner" and inbox:
                out.append(("head", "head:inbox", self.t("inbox", n=c.name_in(self.lang)), None))
                out += inbox
        out.append(("head", "head:dossier",
                    self.t("dossier", team=self.session.team_name(self.role, lang))
                    if not self.app.reveal_all else self.t("fac_reveal").split(" (")[0], None))
        if not v.problems and not v.wish_known and not v.signals:
            out.append(("item", "empty", self.t("dossier_empty"), None))
        for p in v.problems:
            out.append(("problem", f"problem:{p.id}",
                        f"{thing_name(sc, p.id, lang)} ({self.t('severity', n=p.severity)})",
                        p.severity))
        if v.wish_known:
            out.append(("item", "wish", self.t("wish", x=c.wish.text.get(lang)), None))
        for sid in v.signals:
            for s in c.signals:
                if s.id == sid:
                    out.append(("item", f"signal:{sid}", str(s.text.get(lang)), None))
        active = [n for n in c.network if v.network.get(n.id)]
        if active:
            out.append(("item", "network:" + ",".join(n.id for n in active),
                        f"{self.t('network')}: " + ", ".join(
                            str(n.name.get(lang)) for n in active), None))
        return out

    def layout_dossier(self, rect: pygame.Rect
                       ) -> tuple[list[tuple[str, str, list[str], int | None]], bool]:
        """The dossier lines that fit under the team's time, and whether all of them do."""
        st = self.st
        v = self.view
        assert v is not None
        font = st.font("small")
        step = font.get_linesize()
        y = rect.y + st.px(48) + st.px(8) + st.px(36)
        if self._trust is not None:
            _t, tfont, tlines = self._trust
            y += len(tlines) * line_step(tfont, 1.0) + st.px(6)
        bottom = rect.bottom - st.px(8)
        sev_w = 5 * st.px(23) + st.px(10)
        out: list[tuple[str, str, list[str], int | None]] = []
        ends: list[int] = []
        for kind, key, text, sev in self.dossier_items(v):
            if kind == "head":
                lines = wrap(text, st.font("small", bold=True), rect.w - st.px(28))
            elif kind == "problem":
                lines = wrap(text, font, rect.w - st.px(28) - sev_w)
            else:
                lines = wrap(text, font, rect.w - st.px(46))
            if y + len(lines) * step > bottom:
                # keep a line free at the bottom for "+n more"
                while out and ends[-1] + step > bottom:
                    out.pop()
                    ends.pop()
                return out, False
            out.append((kind, key, lines, sev))
            y += len(lines) * step + st.px(2)
            ends.append(y)
        return out, True

    def draw_team(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        role = self.role
        panel(surface, rect, st)
        head = pygame.Rect(rect.x, rect.y, rect.w, st.px(48))
        pygame.draw.rect(surface, role_colour(role), head,
                         border_top_left_radius=st.px(14), border_top_right_radius=st.px(14))
        ink = role_ink(role)
        team = self.session.team_name(role, lang)
        label = self.t("team", team=team)
        if team != team_label(role, lang, sc):
            label += f" ({team_label(role, lang, sc)})"
        draw_role_icon(surface, role, (head.x + st.px(30), head.centery), st.px(18))
        draw_text(surface, label, st.font("h3", bold=True), ink,
                  (head.x + st.px(56), head.centery), "midleft")
        y = head.bottom + st.px(8)
        x = rect.x + st.px(14)
        real = self.session.game.view(role)
        if role == "inwoner":
            e = real.energy or 0
            draw_pips(surface, st, x, y, e, max(e, sc.casus.start.energy), C("inwoner"),
                      self.t("energy_left"))
        else:
            tl = real.time or 0
            draw_pips(surface, st, x, y, tl, max(tl, sc.casus.start.time), role_colour(role),
                      self.t("time_left"))
        y += st.px(36)
        if self._trust is not None:
            text, tfont, tlines = self._trust
            th = len(tlines) * line_step(tfont, 1.0)
            beat = self.anim.progress("trust")
            if beat is not None:
                hl = pygame.Rect(x - st.px(6), y - st.px(2), rect.w - st.px(16), th + st.px(4))
                pygame.draw.rect(surface, mix(C("panel"), C("focus_glow"), pulse(beat)), hl,
                                 border_radius=st.px(6))
            draw_lines(surface, text, tlines, tfont, C("ink"), (x, y), line_gap=1.0)
            y += th + st.px(6)
        lines, fits = self._dossier
        font = st.font("small")
        step = font.get_linesize()
        clip = surface.get_clip()
        surface.set_clip(rect.inflate(-st.px(4), -st.px(4)))  # a line sliding in stays inside
        for kind, key, text_lines, sev in lines:
            tw = self.anim.get(f"line:{key}")
            h = len(text_lines) * step
            dx = 0
            if key in self.fresh_keys:
                p = tw.progress if tw is not None else 1.0
                dx = round((1 - ease_out(p)) * st.px(60))
                hl = pygame.Rect(rect.x + st.px(6) + dx, y - st.px(1), rect.w - st.px(12),
                                 h + st.px(2))
                colour = C("focus_glow") if tw is None else mix(C("panel"), C("focus_glow"),
                                                                min(1.0, p * 2))
                pygame.draw.rect(surface, colour, hl, border_radius=st.px(4))
            bold = kind == "head" or key in self.fresh_keys
            f = st.font("small", bold=bold)
            full = " ".join(text_lines)
            if kind == "problem":
                sx = draw_severity(surface, st, x + dx, y + st.px(6), sev or 0)
                draw_lines(surface, full, text_lines, f, C("ink"), (sx + st.px(10), y),
                           line_gap=1.0)
            elif kind == "head":
                draw_lines(surface, full, text_lines, f, C("ink"), (x + dx, y), line_gap=1.0)
            else:
                pygame.draw.circle(surface, C("ink"), (x + dx + st.px(6), y + step // 2),
                                   st.px(4))
                draw_lines(surface, full, text_lines, f, C("ink"), (x + dx + st.px(18), y),
                           line_gap=1.0)
            y += h + st.px(2)
        surface.set_clip(clip)
        if not fits:
            n = len(self.dossier_items(v)) - len(lines)
            draw_text(surface, self.t("more_lines", n=n), st.font("small", bold=True),
                      C("ink_soft"), (rect.right - st.px(14), rect.bottom - st.px(8)),
                      "bottomright")

    def draw_log(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        v = self.view
        assert v is not None
        sc = self.session.scenario
        panel(surface, rect, st)
        draw_text(surface, self.t("log"), st.font("body", bold=True), C("ink"),
                  (rect.x + st.px(14), rect.y + st.px(8)))
        fresh = {id(m) for m in self.session.last_events}
        items: list[tuple[str, bool, bool]] = []  # (text, new, a heading)
        part = ""
        for r, p, m in v.log:
            if r != v.round or m.code == "round_start":
                continue
            # what the leven phase did comes under a heading of its own, the moves after it
            now = "leven" if p in ("kracht", "leven") and m.code not in (
                "force_drawn", "force_struck") else "moves"
            if now != part and (now == "leven" or part == "leven"):
                items.append((self.t("log_leven" if now == "leven" else "log_moves",
                                     n=sc.casus.name_in(self.lang)), False, True))
            part = now
            items.append((render(m, sc, lang), id(m) in fresh, False))
        font = st.font("small")
        lh = font.get_linesize()
        width = rect.w - st.px(46)
        top = rect.y + st.px(44)
        avail = (rect.bottom - st.px(8) - top) // lh
        wrapped: list[tuple[str, bool, bool, bool]] = []  # (line, new, first, heading)
        for text, new, head in items:
            for i, ln in enumerate(wrap(text, st.font("small", bold=new or head),
                                        width + (st.px(18) if head else 0))):
                wrapped.append((ln, new, i == 0, head))
        if not wrapped:
            draw_text(surface, self.t("log_empty"), font, C("ink_soft"),
                      (rect.x + st.px(14), top))
            return
        shown = visible_log_lines(wrapped, avail)
        y = top
        for ln, new, first, head in shown:
            if head:
                draw_text(surface, ln, st.font("small", bold=True), C("ink_soft"),
                          (rect.x + st.px(14), y))
                y += lh
                continue
            if new:
                hl = pygame.Rect(rect.x + st.px(6), y, rect.w - st.px(12), lh)
                pygame.draw.rect(surface, C("focus_glow"), hl, border_radius=st.px(4))
            if first:
                pygame.draw.circle(surface, C("ink"), (rect.x + st.px(20), y + lh // 2), st.px(4))
            draw_text(surface, ln, st.font("small", bold=new), C("ink"), (rect.x + st.px(32), y))
            y += lh


LogLine = tuple[str, bool, bool, bool]  # (line, new, first line of its entry, a heading)


def visible_log_lines(wrapped: list[LogLine], avail: int) -> list[LogLine]:
    """The log lines that fit ``avail`` lines: the newest whole entries, under the heading
    of the part the first of them belongs to. To make room for that heading, whole entries
    are left out from the oldest on, never the newest (a crisis warning must stay in
    sight); when only the newest fits, it is shown without the heading."""
    start = max(0, len(wrapped) - avail)
    while start < len(wrapped) and not wrapped[start][2]:
        start += 1  # an entry whose start scrolled away keeps no stray half
    heads = [i for i in range(start) if wrapped[i][3] and wrapped[i][2]]
    shown = wrapped[start:]
    if heads and not (shown and shown[0][3]):
        head_lines = [w for w in wrapped[heads[-1]:start] if w[3]]
        need = len(head_lines) - (avail - len(shown))  # lines to leave out for it
        starts = [i for i, w in enumerate(shown) if w[2]]
        cut = next((i for i in starts if i >= need), None) if need > 0 else 0
        if cut is not None and cut < len(shown):
            shown = head_lines + shown[cut:]
    return shown
