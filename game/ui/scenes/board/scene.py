"""The board scene: the hand of the team at the board (game/table/hand.py), its widgets,
the keyboard and mouse, playing a card, the bots' moves and the animations; the panels
are drawn by panels.py."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

import pygame

from game.engine import Action
from game.engine.view import RoleView
from game.lang import law_name, pot_law_name, render
from game.lang import t as lang_t
from game.lang.moves import describe_target, move_line
from game.table.hand import Card, hand
from game.ui import style as _style
from game.ui.anim import Animator, ease_in_out
from game.ui.i18n import team_label
from game.ui.scenes.board.banner import BANNER_S, TURN_S, draw_banner
from game.ui.scenes.board.classroom import (
    cost_width,
    draw_card_row,
    draw_top_bar,
)
from game.ui.scenes.board.layout import (
    BAR_H_CLASS,
    CARD_KEYS,
    HAND_Y,
    LIST,
    LIST_HEAD,
    LIST_ROWS,
    card_cell,
    list_row,
    wrap_around,
)
from game.ui.scenes.board.overlays import LedgerScene, TargetScene
from game.ui.scenes.board.panels import BoardPanels
from game.ui.scenes.board.words import time_word
from game.ui.scenes.reader import ReaderScene, esc
from game.ui.style import C, draw_lines, draw_text, fit_text, line_step, panel, splits_words, wrap
from game.ui.widgets.cards import (
    DOMAIN_OF_ROLE,
    CardFace,
    draw_action_card,
    layout_force_card,
    time_badge_text,
)
from game.ui.widgets.roles import role_colour
from game.ui.widgets.table import (
    draw_coin_flight,
    draw_phase_track,
    draw_pips,
    draw_round_track,
    pot_jars,
)

BOT_DELAY = BANNER_S  # seconds between two bot moves: the class reads each move's banner


Group = Card  # one card of the hand (game/table/hand.py, shared with the text mode)


@dataclass
class Snapshot:
    """What the board showed before the team's action (to see what changed)."""

    pots: dict[str, int]
    ledger: int
    relations: dict[str, int]
    trust: dict[str, int]
    keys: set[str]


class BoardScene(BoardPanels):
    name = "board"
    classroom_ready = True

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.page = "cards"  # the classroom preset's page: "cards" or "table"
        self.list_page = 0  # the classroom preset's page of the hand's list
        self.cost_w = 0  # the width of the list's column of costs (pixels)
        self.groups: list[Group] = []
        self.shown: list[tuple[Group, pygame.Rect, CardFace]] = []
        self.view: RoleView | None = None
        self.klaar: Action | None = None
        self.message: str | None = None
        self.anim = Animator()
        self.fresh_keys: set[str] = set()  # dossier lines the team's last action added
        self.coin_from: dict[str, tuple[int, int]] = {}
        self._casus: tuple[pygame.font.Font, list[str], int, bool] | None = None
        self._dossier: tuple[list[tuple[str, str, list[str], int | None]], bool] = ([], True)
        self._active: tuple[list[tuple[str | None, list[str], bool]], bool] = ([], True)
        self._trust: tuple[str, pygame.font.Font, list[str]] | None = None
        self._layer: tuple[pygame.Surface, _style.Capture] | None = None
        self.bot_wait = 0.0
        self.bot_frames = 0
        self.bot_note: str | None = None  # the bot's last move, under the buttons
        # what just happened, told to the room: (text, role, seconds left, of, big)
        self.banner: tuple[str, str, float, float, bool] | None = None
        if app.session is not None and app.session.current is not None:
            role = app.session.current
            self.show_banner(self.t("banner_turn", team=app.session.team_name(role, app.lang)),
                             role, TURN_S, big=True)

    def show_banner(self, text: str, role: str, seconds: float = BANNER_S,
                    big: bool = False) -> None:
        self.banner = (text, role, seconds, seconds, big)
        self.app.dirty = True

    def banner_of_last_move(self) -> None:
        s = self.session
        if s.moves:
            m = s.moves[-1]
            self.show_banner(move_line(s.game, m, self.lang, self.role, s.teams), m.role)

    def collect(self) -> None:
        game = self.session.game
        role = self.role
        self.view = game.view("facilitator" if self.app.reveal_all else role)
        h = hand(game, role)
        self.klaar = h.klaar
        self.groups = self.session.card_order(game, role, h.cards)

    def time_of(self, g: Group) -> tuple[int | None, int, str | None]:
        """The card's time (energy) cost now: (lowest, surcharge or discount, badge text)."""
        costs = g.cost_range()
        if costs is None:
            if g.definition is None or g.name == "kies":
                return None, 0, None
            costs = (g.definition.cost.time, g.definition.cost.time)
        lo, hi = costs
        base = g.definition.cost.time if g.definition else lo
        word = time_word(self.role, self.lang)
        extra = hi - base if hi > base else (lo - base if lo < base else 0)
        text = f"{lo} {word}" if lo == hi else f"{lo}–{hi} {word}"
        return lo, extra, text

    def face(self, g: Group, key: str | None = None) -> CardFace:
        sc = self.session.scenario
        lang = self.lang
        v = self.view
        d = g.definition
        inwoner = self.role == "inwoner"
        pot = d.cost.pot if d else None
        # the card's money badge: the law that pays ("Zvw 1", "Jeugdwet 1"; the gemeente's
        # pot pays for several laws, the Wmo when the card names none)
        badge = (law_name(d.law or "wmo", lang) if pot == "wmo" else pot.capitalize()
                 ) if pot and d else None
        cost, extra, ttext = self.time_of(g)
        note = None
        reason = None
        if not g.playable:
            why = g.reason()
            reason = render(why, sc, lang) if why else self.t("no_target")
        elif d is not None:
            note = str(d.text.get(lang))
        if g.name == "kies" and v is not None and v.pending_choice:
            ch = sc.forces[v.pending_choice].choice
            note = str(ch.question.get(lang)) if ch else None
        return CardFace(
            title=self.card_title(g), domain=DOMAIN_OF_ROLE[self.role],
            icon=d.op if d else g.name, time=cost, time_word=time_word(self.role, lang),
            pot=pot, pot_label=f"{badge} {d.cost.money}" if badge and d else None,
            free_label=(self.t("unfunded") if not inwoner and d and d.cost.time else None),
            playable=g.playable, note=note, key=key, lang=lang, reason=reason,
            time_extra=extra, time_text=ttext, role=self.role)

    def build(self) -> None:
        st, L = self.st, self.L
        self._layer = None
        self.collect()
        self.layout_hand()
        # no tooltip on a card: the inspect panel beside the hand shows it in full
        for g, r, _face in self.shown:
            self.hotspot(f"card:{g.name}", r, partial(self.play, g), enabled=True)
        movers = self.session.to_move()
        if self.on("klaar"):
            self.button("klaar", st.R(*L.klaar), self.t("done"), self.done,
                        enabled=self.klaar is not None, cls="@primary")
            self.button("switch", st.R(*L.switch), self.t("switch"),
                        self.switch, tip=self.t("switch_tip"), enabled=len(movers) > 1)
        # the whole text of what does not fit on the table, one button each
        self.layout_panels()
        if self.on("pots"):
            x, y, w, h = L.pots
            self.button("ledger", st.R(x + w - 150, y + 6, 140, 44), self.t("ledger"),
                        self.open_ledger, cls="@small")
        if self.on("casus") and self._casus is not None and not self._casus[3]:
            x, y, w, h = L.casus
            self.button("casus_more", st.R(x + w - 150, y + h - 50, 140, 42), self.t("more"),
                        self.open_casus, cls="@small", tip=self.t("more_casus"))
        v = self.view
        if self.on("force") and v is not None and v.current_force and not self.force_fits():
            x, y, w, h = L.force
            self.button("force_more", st.R(x + w - 190, y + h - 58, 170, 44),
                        self.t("whole_card"), self.open_force, cls="@small")
        if self.on("active") and not self._active[1]:
            x, y, w, h = L.active
            # (above the first line of the list: it starts 44 below the panel's top)
            self.button("active_more", st.R(x + w - 150, y + 4, 140, 38), self.t("all"),
                        self.open_active, cls="@small", tip=self.t("all_forces"))
        if self.on("team") and not self._dossier[1]:
            x, y, w, h = L.team
            self.button("dossier", st.R(x + w - 188, y + 4, 180, 40), self.t("whole_dossier"),
                        self.open_dossier, cls="@small")
        if L.classroom:
            self.build_classroom_bar()
            return
        self.button("tip", st.R(1386, 12, 130, 56), self.t("tip"), self.open_tip,
                    tip=self.t("tip_key"), cls="@small")
        self.button("glossary", st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), tip="F1", cls="@small")
        self.button("facilitator", st.R(1730, 12, 170, 56), self.t("facilitator"),
                    lambda: self.app.open_overlay("facilitator"), tip="F2", cls="@small")

    def build_classroom_bar(self) -> None:
        """The classroom preset's top bar: the other page (F3), the tip, the glossary, the
        teacher; and the list's page buttons when the hand is longer than one page."""
        st = self.st
        right = st.W - 10
        y, h = 6, BAR_H_CLASS - 12
        other = "table" if self.page == "cards" else "cards"
        for key, w, text, action, tip in (
                ("facilitator", 170, self.t("facilitator"),
                 lambda: self.app.open_overlay("facilitator"), "F2"),
                ("glossary", 190, self.t("glossary"),
                 lambda: self.app.open_overlay("glossary"), "F1"),
                ("tip", 100, self.t("tip"), self.open_tip, self.t("tip_key")),
                ("view", 230, self.t(f"class_page_{other}"), self.flip_page,
                 self.t("class_page_tip"))):
            right -= w
            self.button(key, st.R(right, y, w, h), text, action, tip=tip,
                        cls="@primary" if key == "view" else "@small")
            right -= 10
        pages = self.list_pages()
        if self.on("hand") and pages > 1:
            x, top, w, _h = LIST
            self.button("cards_prev", st.R(x + w - 250, top, 120, LIST_HEAD - 4),
                        self.t("class_prev"), lambda: self.turn_list(-1), cls="@small",
                        enabled=self.list_page > 0, tip=self.t("class_list_keys"))
            self.button("cards_next", st.R(x + w - 120, top, 120, LIST_HEAD - 4),
                        self.t("class_next"), lambda: self.turn_list(1), cls="@small",
                        enabled=self.list_page < pages - 1, tip=self.t("class_list_keys"))

    def list_pages(self) -> int:
        return max(1, -(-len(self.groups) // LIST_ROWS))

    def flip_page(self) -> None:
        """The classroom preset's other page (the cards, or the table)."""
        self.page = "table" if self.page == "cards" else "cards"
        self.rebuild()
        if self.page == "table":
            self.focus_key = "view"

    def turn_list(self, step: int, focus_last: bool = False) -> None:
        """The next or previous page of the hand's list."""
        n = min(max(0, self.list_page + step), self.list_pages() - 1)
        if n == self.list_page:
            return
        key = self.focus_key
        self.list_page = n
        self.rebuild()
        pager = self.item(key) if key in ("cards_prev", "cards_next") else None
        if pager is not None and pager.enabled:
            self.focus_key = pager.key
        elif self.shown:
            g = self.shown[-1 if focus_last else 0][0]
            self.focus_key = f"card:{g.name}"

    def show_card(self, index: int) -> bool:
        """Bring card ``index`` of the hand into view (the classroom preset's list);
        True when it was already in view."""
        if not self.L.classroom:
            return True
        page = index // LIST_ROWS
        if self.page == "cards" and page == self.list_page:
            return True
        was_cards = self.page == "cards"
        self.page, self.list_page = "cards", page
        self.rebuild()
        return was_cards

    def layout_hand(self) -> None:
        """Deal the cards into one grid of equal cards, all on one page: each card keeps its
        place and its key for the whole turn (the order is fixed when the turn begins) and
        greys out in place when it can no longer be played. The classroom preset shows them
        as a list of LIST_ROWS rows a page (each keeps its key)."""
        st = self.st
        n = len(self.groups)
        self.shown = []
        if self.L.classroom:
            self.list_page = min(self.list_page, self.list_pages() - 1)
            if not self.on("hand"):
                return
            first = self.list_page * LIST_ROWS
            # one column for the costs on every page: the widest of the whole hand
            self.cost_w = max([cost_width(st, self.face(g)) for g in self.groups] or [0])
            for i in range(first, min(n, first + LIST_ROWS)):
                g = self.groups[i]
                key = CARD_KEYS[i] if i < len(CARD_KEYS) else None
                self.shown.append((g, st.R(*list_row(i - first)), self.face(g, key)))
            return
        for i, g in enumerate(self.groups):
            key = CARD_KEYS[i] if i < len(CARD_KEYS) else None
            self.shown.append((g, st.R(*card_cell(i, n)), self.face(g, key)))

    def layout_panels(self) -> None:
        """Measure the texts of the panels: what fits, in which font, and what does not."""
        st = self.st
        v = self.view
        assert v is not None
        sc = self.session.scenario
        c = sc.casus
        # the casus card: the summary flows around the portrait
        rect = st.R(*self.L.casus)
        pad = st.px(12)
        pr = st.px(104)
        name_h = st.font("h3", bold=True).get_linesize()
        narrow = rect.w - 3 * pad - pr - st.px(4)
        wide = rect.w - 2 * pad
        avail = rect.h - 2 * pad - name_h
        summary = str(c.summary.get(self.lang))
        best = None
        for role in ("small", "tiny"):
            font = st.font(role)
            step = line_step(font, 1.06)
            n_narrow = max(0, -(-(pr - name_h) // step))
            lines = wrap_around(summary, font, narrow, wide, n_narrow)
            fits = len(lines) * step <= avail and not splits_words(summary, font, narrow)
            best = (font, lines, n_narrow, fits)
            if fits:
                break
        self._casus = best
        # the inwoner's trust (in the team's panel, under its time or energy)
        name = c.name_in(self.lang)
        trust = " · ".join(f"{team_label(r, self.lang, sc)} {n}/3" for r, n in v.trust.items())
        text = f"{self.t('trust', n=name)}: {trust}"
        rect = st.R(*self.L.team)
        width = rect.w - st.px(28)
        room = 2 * st.font("small", bold=True).get_linesize()
        font, lines, ok = fit_text(st, text, ("small", "tiny"), width, room, bold=True,
                                   line_gap=1.0)
        if not ok:  # three values (the inwoner's view): plain letters fit two lines
            font, lines, _ok = fit_text(st, text, ("small", "tiny"), width, room, line_gap=1.0)
        self._trust = (text, font, lines)
        self._dossier = self.layout_dossier(st.R(*self.L.team))
        self._active = self.layout_active(st.R(*self.L.active))

    def force_fits(self) -> bool:
        v = self.view
        if v is None or not v.current_force:
            return True
        f = self.session.scenario.forces[v.current_force]
        return layout_force_card(self.st, self.st.R(*self.L.force), f.name.get(self.lang),
                                 f.text.get(self.lang), self.force_extra(f)).fits

    def default_focus(self) -> str | None:
        for g in self.groups:
            if g.playable and self.item(f"card:{g.name}"):
                return f"card:{g.name}"
        return "klaar" if self.klaar else super().default_focus()

    def handle(self, event: pygame.event.Event) -> None:
        # any key or click finishes what is moving (and still does what it does)
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN) and self.anim.skip():
            self._layer = None
            self.app.dirty = True
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN) and self.banner is not None:
            self.banner = None  # read: the next bot move comes at once
            self.bot_wait = BOT_DELAY
        super().handle(event)

    def on_key(self, event: pygame.event.Event) -> None:
        if event.key == pygame.K_t:
            self.open_tip()
            return
        if self.L.classroom and self.classroom_key(event):
            return
        name = pygame.key.name(event.key) if event.key < 0x110000 else ""
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]  # the number pad's digits
        if len(name) == 1 and name in CARD_KEYS and not event.mod & (
                pygame.KMOD_CTRL | pygame.KMOD_ALT):
            n = CARD_KEYS.index(name)
            if n < len(self.groups):
                g = self.groups[n]
                # the classroom's list: a card on another page comes into view; from the
                # table's page the key only shows it (what is played is what the class sees)
                in_view = self.show_card(n)
                self.focus_key = f"card:{g.name}"
                if in_view:
                    self.play(g)
            return
        super().on_key(event)

    def classroom_key(self, event: pygame.event.Event) -> bool:
        """The classroom preset's keys: F3 the other page, Page Up/Down (and the arrows at
        the list's ends) the list's pages. True when the key was used."""
        k = event.key
        if k == pygame.K_F3:
            self.flip_page()
            return True
        if self.page != "cards":
            return False
        if k in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.turn_list(1 if k == pygame.K_PAGEDOWN else -1)
            return True
        if k in (pygame.K_DOWN, pygame.K_UP) and self.shown:
            edge = self.shown[-1 if k == pygame.K_DOWN else 0][0]
            step = 1 if k == pygame.K_DOWN else -1
            if self.focus_key == f"card:{edge.name}" and 0 <= self.list_page + step < \
                    self.list_pages():
                self.turn_list(step, focus_last=step < 0)
                return True
        return False

    def open_tip(self) -> None:
        """The coach's tip for the team at the board (computed now, on request)."""
        from game.ui.scenes.tip import TipScene

        tip = self.session.tip(self.role)
        if tip is None:
            self.message = self.t("tip_none")
            self.app.dirty = True
            return
        self.app.push(TipScene(self.app, self, tip))

    def open_ledger(self) -> None:
        self.app.push(LedgerScene(self.app, self.role))

    def open_casus(self) -> None:
        c = self.session.scenario.casus
        lang = self.lang
        html = (f"<b>{esc(c.name_in(self.lang))}, {esc(self.t('age', age=c.age))}</b><br>"
                f"{esc(c.summary.get(lang))}<br><br>{esc(c.story.get(lang))}")
        self.app.push(ReaderScene(self.app, str(c.title.get(lang)), html, key="casus"))

    def open_force(self) -> None:
        v = self.view
        if v is None or not v.current_force:
            return
        f = self.session.scenario.forces[v.current_force]
        html = self.force_html(v.current_force, self.force_extra(f))
        self.app.push(ReaderScene(self.app, self.t("force_now"), html, key="force"))

    def open_active(self) -> None:
        v = self.view
        assert v is not None
        sc = self.session.scenario
        parts = []
        for af in v.active_forces:
            left = self.t("lasting") if af.rounds_left is None else self.t(
                "rounds_left", n=af.rounds_left)
            parts.append(self.force_html(af.id, left))
        arrs = self.arrangement_lines(v)
        if arrs:
            parts.append(f"<b>{esc(self.t('arrangements'))}</b><br>" + "<br>".join(
                "• " + esc(a) for a in arrs))
        html = "<br><br>".join(parts) or esc("–")
        del sc
        self.app.push(ReaderScene(self.app, self.t("active_forces"), html, key="active"))

    def open_dossier(self) -> None:
        v = self.view
        assert v is not None
        rows: list[str] = []
        title = self.t("dossier", team=self.session.team_name(self.role, self.lang))
        for kind, key, text, _sev in self.dossier_items(v):
            if kind == "head":
                if text != title:
                    rows.append(f"<br><b>{esc(text)}</b>" if rows else f"<b>{esc(text)}</b>")
            elif kind == "problem":
                rows.append(f"<b>{esc(text)}</b>")
            else:
                rows.append("• " + esc(text))
        self.app.push(ReaderScene(self.app, title, "<br>".join(rows), key="dossier"))

    def force_html(self, fid: str, extra: str | None) -> str:
        sc = self.session.scenario
        f = sc.forces.get(fid)
        if f is None:
            return esc(fid)
        kind = self.t("blocking" if f.kind == "belemmerend" else "enabling")
        head = f"<b>{esc(f.name.get(self.lang))}</b> <i>({esc(kind)}"
        head += f", {esc(extra)})</i>" if extra else ")</i>"
        return f"{head}<br>{esc(f.text.get(self.lang))}"

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
            self.apply(g.legal[0], g)
            return
        self.app.push(TargetScene(self.app, self, g))

    def snapshot(self) -> Snapshot:
        v = self.view
        assert v is not None
        return Snapshot(dict(v.pots), len(v.ledger), dict(v.relations), dict(v.trust),
                        {k for _kind, k, _t, _s in self.dossier_items(v)})

    def apply(self, action: Action, group: Group | None = None) -> None:
        self.message = None
        before = self.snapshot() if self.view is not None else None
        origin = None
        if group is not None:
            for g, r, _f in self.shown:
                if g.name == group.name:
                    origin = r.center
        role = self.role
        self.session.apply(action)
        if self.session.save_error:
            self.message = self.t("save_failed", why=self.session.save_error)
        self.app.flow()
        if before is not None and self.app.top is self and self.role == role:
            self.show_changes(before, origin)
            self.banner_of_last_move()

    def show_changes(self, before: Snapshot, origin: tuple[int, int] | None) -> None:
        """Start the animations for what the team's action changed."""
        v = self.view
        assert v is not None
        st = self.st
        jars = pot_jars(st, self.pots_area())
        start = origin or st.R(*self.L.log).center
        coins = set()
        for i, (_r, pot, amount, _what, _by) in enumerate(v.ledger[before.ledger:]):
            if amount <= 0 or pot not in jars:
                continue
            self.anim.start(f"coin:{i}", 0.34, delay=min(0.08 * i, 0.16), pot=pot,
                            amount=amount, a=start, b=jars[pot].center)
            coins.add(pot)
        for pot, new in v.pots.items():
            old = before.pots.get(pot, new)
            if old != new:
                self.anim.start(f"pot:{pot}", 0.3 if pot in coins else 0.5,
                                delay=0.28 if pot in coins else 0.0, old=old, new=new)
        for pair, new in v.relations.items():
            if before.relations.get(pair, new) != new:
                self.anim.start(f"rel:{pair}", 0.6)
        if v.trust != before.trust:
            self.anim.start("trust", 0.6)
        keys = {k for _kind, k, _t, _s in self.dossier_items(v)}
        self.fresh_keys = {k for k in keys - before.keys if not k.startswith("head")}
        for i, k in enumerate(sorted(self.fresh_keys)):
            self.anim.start(f"line:{k}", 0.45, delay=min(0.05 * i, 0.15))
        if self.anim.active:
            self.app.dirty = True

    def update(self, dt: float) -> bool:
        super().update(dt)
        banner = self.banner is not None
        if self.banner is not None:
            text, role, left, total, big = self.banner
            self.banner = (text, role, left - dt, total, big) if left > dt else None
            self.app.dirty = True
        if self.anim.step(dt):
            self._layer = None
            self.app.dirty = True  # one more frame: the end state
        if self.app.top is self and self.session.bot_to_move() is not None:
            self.bot_wait += dt
            if self.bot_wait >= BOT_DELAY and not self.anim.active:
                self.bot_wait = 0.0
                self.play_bot()
            self.bot_frames = 2
            return True  # keep the loop awake while the bots play
        self.bot_wait = 0.0
        if self.bot_frames > 0:  # the frames after a bot's move: the rebuilt widgets drawn
            self.bot_frames -= 1
            self.app.dirty = True
            return True
        return self.anim.active or banner

    def play_bot(self) -> None:
        """One move of the bot that is to move; saved like a move of people."""
        played = self.session.play_bot()
        if played is None:
            return
        role, action = played.role, played.action
        d = self.session.scenario.actions.get(f"{action.role}:{action.name}")
        what = str(d.name.get(self.lang)) if d else action.name
        target = describe_target(self.session.game, action, self.lang)
        self.bot_note = self.t("bot_played", team=self.session.team_name(role, self.lang),
                               action=f"{what} ({target})" if target else what)
        self.message = (self.t("save_failed", why=self.session.save_error)
                        if self.session.save_error else None)
        self.app.dirty = True
        self.app.flow()
        top = self.app.top
        if isinstance(top, BoardScene):
            top.banner_of_last_move()

    def done(self) -> None:
        if self.klaar is not None:
            self.apply(self.klaar)

    def switch(self) -> None:
        from game.ui.scenes.handover import HandoverScene

        others = [r for r in self.session.to_move() if r != self.role]
        if others:
            self.session.current = None
            self.app.replace(HandoverScene(self.app, others[0]))

    def draw_back(self, surface: pygame.Surface) -> None:
        """The table above the hand is drawn once into a layer and blitted while nothing
        changes (hovering, tooltips); it is drawn anew after a rebuild and while animating."""
        if self.view is None:
            return
        st = self.st
        size = (surface.get_width(), surface.get_height() if self.L.classroom else min(
            surface.get_height(), st.R(0, HAND_Y - 6, 0, 0).y))
        if self.anim.active or self._layer is None or self._layer[0].get_size() != size:
            layer = pygame.Surface(size).convert() if pygame.display.get_surface() else (
                pygame.Surface(size))
            layer.fill(C("table"))
            with _style.Capture() as cap:
                self.draw_table(layer)
            self._layer = (layer, cap)
        surface.blit(self._layer[0], (0, 0))
        self._layer[1].replay(onto=surface.get_size())
        self.draw_reveal_banner(surface)
        self.draw_hand(surface)
        self.draw_inspect(surface)

    def draw_table(self, surface: pygame.Surface) -> None:
        v = self.view
        assert v is not None
        st, lang = self.st, self.lang
        if self.L.classroom:
            self.draw_classroom_table(surface)
            return
        bar = st.R(0, 0, 1920, 80)
        pygame.draw.rect(surface, C("table_dark"), bar)
        x = draw_round_track(surface, st, st.R(24, 20, 0, 0).x, st.R(0, 20, 0, 0).y, v.round,
                             v.rounds, lang)
        draw_phase_track(surface, st, x + st.px(24), st.R(0, 20, 0, 0).y, v.phase, lang)
        L = self.L
        self.draw_casus(surface, st.R(*L.casus))
        self.draw_web(surface, st.R(*L.web))
        self.draw_force(surface, st.R(*L.force))
        self.draw_active(surface, st.R(*L.active))
        self.draw_pots(surface, st.R(*L.pots))
        self.draw_relations(surface, st.R(*L.relations))
        self.draw_team(surface, st.R(*L.team))
        self.draw_log(surface, st.R(*L.log))

    def draw_reveal_banner(self, surface: pygame.Surface) -> None:
        """The facilitator's "everything is shown" warning (F6), drawn after the table and its
        texts (they are replayed over the cached layer), so no panel covers it."""
        st = self.st
        if self.app.reveal_all:
            banner = self.reveal_banner_rect()
            pygame.draw.rect(surface, C("bad"), banner, border_radius=st.px(8))
            pygame.draw.rect(surface, pygame.Color("#FFFFFF"), banner, max(1, st.px(2)),
                             border_radius=st.px(8))
            draw_text(surface, self.t("reveal_banner"), st.font("body", bold=True),
                      pygame.Color("#FFFFFF"), banner.center, "center")

    def reveal_banner_rect(self) -> pygame.Rect:
        """Where the facilitator's "everything is shown" warning (F6) sits: in the top bar over
        the phase track, between the round track and the buttons, so it covers no panel."""
        if self.L.classroom:
            # over the phase and the time (the teacher sees everything anyway)
            return self.st.R(200, 6, 520, BAR_H_CLASS - 12)
        return self.st.R(470, 12, 890, 56)

    def draw_front(self, surface: pygame.Surface) -> None:
        """Coins on their way to the pot that pays fly over everything; the banner of what
        just happened over that."""
        st = self.st
        self._draw_coins(surface)
        if self.banner is not None:
            text, role, left, _total, big = self.banner
            if self.L.classroom:
                rect = st.R(30, 190, st.W - 60, 320) if big else st.R(30, 240, st.W - 60, 240)
            else:
                rect = st.R(260, 300, 1400, 300) if big else st.R(120, 360, 1680, 220)
            draw_banner(surface, st, text, role, rect, min(1.0, left / 0.3), big)

    def _draw_coins(self, surface: pygame.Surface) -> None:
        st = self.st
        for tw in self.anim.with_prefix("coin:"):
            if tw.elapsed < tw.delay:
                continue
            draw_coin_flight(surface, st, tw.data["a"], tw.data["b"], ease_in_out(tw.progress),
                             tw.data["amount"], C(tw.data["pot"]))

    def side_text(self) -> tuple[str, bool]:
        """The text under the buttons: why a card cannot be played, the question of a
        choice, or the keys."""
        if self.message:
            return self.message, True
        if self.session.bot_to_move() is not None:
            return (self.bot_note + " · " if self.bot_note else "") + self.t("bots_playing"), True
        v = self.view
        if v is not None and v.pending_choice:
            ch = self.session.scenario.forces[v.pending_choice].choice
            if ch:
                return self.t("choice_for", team=self.session.team_name(self.role, self.lang),
                              q=ch.question.get(self.lang)), True
        return self.t("keys_board"), False

    def inspected(self) -> tuple[Group, CardFace] | None:
        """The card the inspect panel shows: the one under the mouse, else the focused one."""
        for key in (self.hover_key, self.focus_key):
            if key and key.startswith("card:"):
                for g, _r, face in self.shown:
                    if f"card:{g.name}" == key:
                        return g, face
        return None

    def inspect_parts(self, g: Group, face: CardFace) -> list[tuple[str, str, str]]:
        """The focused card in full, as (kind, text, colour) parts: its name, whether it
        can be played now (and if not, why: the reason that holds for all its targets), what
        it really costs now, on what it can be played, and what it does."""
        lang = self.lang
        head = lang_t(f"domain_word.{face.domain}", lang)
        if face.key:
            head += " · " + self.t("inspect_key", k=face.key.upper())
        parts: list[tuple[str, str, str]] = [("head", head, "ink_soft"), ("title", face.title, "ink")]
        if face.playable:
            parts.append(("status", self.t("inspect_can"), "good_ink"))
        else:
            parts.append(("status", self.t("blocked_by", why=face.reason or ""), "bad_ink"))
        cost = []
        tt = time_badge_text(face)
        if tt:
            cost.append(tt)
        d = g.definition
        arr = (self.session.scenario.arrangements.get(d.arrangement or "")
               if d is not None and d.op == "bied_aan" else None)
        if face.pot and d is not None:
            cost.append(self.t("inspect_pays", pot=pot_law_name(face.pot, d.law, lang),
                               n=d.cost.money))
        elif arr is not None and arr.pot and arr.cost_per_round and not arr.project:
            # an offer: who pays the help each round it runs (the gemeente names its law)
            cost.append(self.t("inspect_pays_round", pot=pot_law_name(arr.pot, arr.law, lang),
                               n=arr.cost_per_round))
        elif face.free_label:
            cost.append(face.free_label)
        if cost:
            parts.append(("line", self.t("inspect_cost", cost=" · ".join(cost)), "ink"))
        targets = [describe_target(self.session.game, a, lang) for a in g.legal]
        targets = [x for x in dict.fromkeys(targets) if x]
        if targets and g.name != "kies":
            parts.append(("targets", self.t("inspect_targets", what=", ".join(targets)), "ink"))
        text = face.note if face.playable else (
            str(g.definition.text.get(lang)) if g.definition is not None else None)
        if text:
            parts.append(("text", text, "ink"))
        return parts

    def _lay_inspect(self, parts: list[tuple[str, str, str]], inner: pygame.Rect,
                     last: bool = False
                     ) -> list[tuple[str, list[str], pygame.font.Font, str, int]] | None:
        """The parts wrapped in the largest fonts that fit inner; None when none do (with
        ``last``: the smallest fonts all the same)."""
        st = self.st
        laid: list[tuple[str, list[str], pygame.font.Font, str, int]] = []
        for troles, broles in (("h2", "body"), ("h3", "body"), ("h3", "small"),
                               ("body", "small"), ("body", "tiny"), ("small", "tiny")):
            laid = []
            used = 0
            for kind, text, ink in parts:
                role = "tiny" if kind == "head" else troles if kind == "title" else broles
                font = st.font(role, kind in ("title", "status", "foot", "head"))
                lines = wrap(text, font, inner.w)
                h = len(lines) * line_step(font, 0.95) + st.px(6)
                laid.append((text, lines, font, ink, h))
                used += h
            if used - st.px(6) <= inner.h:
                return laid
        return laid if last else None

    def draw_inspect(self, surface: pygame.Surface) -> None:
        """The panel right of the hand: the focused card in full, in large type (no tooltip
        covers the hand or the buttons); messages and the keys under it."""
        st = self.st
        if not self.on("inspect"):
            return
        rect = st.R(*self.L.inspect)
        panel(surface, rect, st, fill="card", edge="ink")
        pad = st.px(14)
        inner = pygame.Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad, rect.h - 2 * pad)
        side, strong = self.side_text()
        found = self.inspected()
        if found is None or (strong and not self.message):
            # no card in view, or the bots play or a choice waits: that text, large
            font, lines, _ok = fit_text(st, side, ("h3", "body", "small", "tiny"), inner.w,
                                        inner.h, bold=strong)
            colour = C("bad") if self.message else C("ink") if strong else C("ink_soft")
            draw_lines(surface, side, lines, font, colour, inner.topleft)
            return
        g, face = found
        parts = self.inspect_parts(g, face)
        foot = self.message if self.message not in {p[1] for p in parts} else None
        # the whole card in the largest fonts that hold it; the list of targets (the chooser
        # has them too) only when there is room for it
        laid = self._lay_inspect([*parts, *([("foot", foot, "bad_ink")] if foot else [])],
                                 inner)
        if laid is None:
            laid = self._lay_inspect([p for p in parts if p[0] != "targets"] + (
                [("foot", foot, "bad_ink")] if foot else []), inner)
        if laid is None:
            laid = self._lay_inspect([p for p in parts if p[0] not in ("targets", "head")] + (
                [("foot", foot, "bad_ink")] if foot else []), inner, last=True)
        assert laid is not None
        y = inner.y
        for text, lines, font, ink, h in laid:
            if y + h - st.px(6) > inner.bottom + 1:
                if _style.CUT_LOG is not None:
                    _style.CUT_LOG.append(text)
                break
            draw_lines(surface, text, lines, font, C(ink), (inner.x, y), line_gap=0.95)
            y += h

    def draw_hand(self, surface: pygame.Surface) -> None:
        st = self.st
        if self.L.classroom:
            self.draw_list(surface)
            return
        for g, rect, face in self.shown:
            key = f"card:{g.name}"
            draw_action_card(surface, st, rect, face, hovered=self.hover_key == key)

    def draw_list(self, surface: pygame.Surface) -> None:
        """The classroom preset's hand: a page of rows, and which cards of how many."""
        if not self.on("hand"):
            return
        st = self.st
        x, y, _w, _h = LIST
        n = len(self.groups)
        first = self.list_page * LIST_ROWS
        head = self.t("class_list_head", a=first + 1 if n else 0, b=min(n, first + LIST_ROWS),
                      n=n)
        draw_text(surface, head, st.font("body", bold=True), C("ink"),
                  st.R(x + 4, y + (LIST_HEAD - 6) / 2, 0, 0).topleft, "midleft")
        for g, rect, face in self.shown:
            draw_card_row(surface, st, rect, face, self.cost_w,
                          hovered=self.hover_key == f"card:{g.name}")

    def draw_classroom_table(self, surface: pygame.Surface) -> None:
        """The classroom preset's top bar and the panels of the page shown."""
        v = self.view
        assert v is not None
        st, L = self.st, self.L
        x = draw_top_bar(surface, st, BAR_H_CLASS, v.round, v.rounds, v.phase, self.lang)
        # the team's time (the inwoner's energy) beside the phase: it is what a team counts
        role = self.role
        real = self.session.game.view(role)
        start = self.session.scenario.casus.start
        have = (real.energy if role == "inwoner" else real.time) or 0
        total = max(have, start.energy if role == "inwoner" else start.time)
        label = self.t("energy_left" if role == "inwoner" else "time_left")
        y = st.R(0, BAR_H_CLASS / 2, 0, 0).y - st.font("body", bold=True).get_linesize() // 2
        draw_pips(surface, st, x + st.px(24), y, have, total,
                  C("inwoner") if role == "inwoner" else role_colour(role), label)
        for part, draw in (("casus", self.draw_casus), ("web", self.draw_web),
                           ("force", self.draw_force), ("active", self.draw_active),
                           ("pots", self.draw_pots), ("relations", self.draw_relations),
                           ("team", self.draw_team), ("log", self.draw_log)):
            if self.on(part):
                draw(surface, st.R(*getattr(L, part)))
