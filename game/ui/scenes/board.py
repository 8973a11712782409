"""The board: everything the team at the table may see, and its action cards.

What is drawn comes only from ``game.view(role)``, ``legal_actions(role)``,
``blocked_actions(role)`` and ``time_cost(action)`` of the team at the board (the
facilitator's "reveal all" draws ``view("facilitator")`` instead). Cards are grouped per
action; an action with targets opens a small chooser. A blocked card stays focusable and
carries its whole reason on its face; its size follows what it has to say.

Nothing a class must read is cut: the force card, the casus card and the trust line use the
largest font that fits (never below 20 px at 1080p) and otherwise offer their whole text in a
reader; a long dossier or list of forces has a button that shows all of it.

When the team's own action changes something, it is animated briefly (money flies to the pot
that pays and its number counts, a new dossier line slides in, a relation beats); any key or
click finishes the animation, and the board is drawn again only while something moves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any

import pygame

from game.engine import Action, Message
from game.engine.view import RoleView
from game.lang import name_of, render
from game.table.hand import NOISE, Card, hand
from game.ui import style as _style
from game.ui.anim import Animator, ease_in_out, ease_out, lerp, pulse
from game.ui.i18n import TEAM, t, team_label
from game.ui.scene import Scene
from game.ui.scenes.overlay import ScrollOverlay
from game.ui.scenes.reader import ReaderScene, esc
from game.ui.style import (
    C,
    clean,
    draw_lines,
    draw_text,
    fit_text,
    line_step,
    mix,
    panel,
    splits_words,
    wrap,
)
from game.ui.widgets.cards import (
    DOMAIN_OF_ROLE,
    CardFace,
    card_width,
    draw_action_card,
    draw_force_card,
    draw_force_mark,
    layout_force_card,
)
from game.ui.widgets.portrait import draw_portrait
from game.ui.widgets.table import (
    draw_coin_flight,
    draw_phase_track,
    draw_pips,
    draw_pots,
    draw_relations_panel,
    draw_round_track,
    draw_severity,
    pot_jars,
)
from game.ui.widgets.web import draw_web, draw_web_legend

# the board in 1920x1080 design units: four columns of panels, the hand of cards below
CASUS = (20, 92, 460, 240)
WEB = (20, 342, 460, 318)
FORCE = (490, 92, 460, 378)
ACTIVE = (490, 480, 460, 180)
POTS = (960, 92, 450, 220)
RELATIONS = (960, 322, 450, 338)
TEAM_P = (1420, 92, 480, 378)
LOG = (1420, 480, 480, 180)
HAND_X, HAND_Y, HAND_W = 20, 672, 1600
CARD_H, CARD_GAP, ROWS = 184, 10, 2
# the widths a card may take (design units): a blocked card takes the narrowest at which its
# whole reason can be read
CARD_WIDTHS = (200, 215, 230, 250, 275, 300, 330, 370, 420, 480, 560)
SIDE_X, SIDE_W = 1640, 260
BOT_DELAY = 0.7  # seconds between two bot moves, so the class can follow them in the log


Group = Card  # one card of the hand (game/table/hand.py, shared with the text mode)


@dataclass
class Snapshot:
    """What the board showed before the team's action (to see what changed)."""

    pots: dict[str, int]
    ledger: int
    relations: dict[str, int]
    trust: dict[str, int]
    keys: set[str]


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
        return team_label(ident, lang)
    if ident in ("ja", "nee"):
        return t("yes" if ident == "ja" else "no", lang)
    return name_of(sc, ident, lang)


def time_word(role: str, lang: str) -> str:
    return t("word_energy" if role == "inwoner" else "word_time", lang)


def cost_text(cost: int, base: int, role: str, lang: str) -> str:
    """'2 tijd (+1)': the cost now, and the surcharge (or discount) on the card's own cost."""
    text = f"{cost} {time_word(role, lang)}"
    return text + (f" ({cost - base:+d})" if cost != base else "")


def wrap_around(text: str, font: pygame.font.Font, narrow: int, wide: int,
                n_narrow: int) -> list[str]:
    """Wrap text around a picture: the first n_narrow lines are narrow, the rest wide."""
    return list(_wrap_around(text, font, narrow, wide, n_narrow))


@lru_cache(maxsize=256)
def _wrap_around(text: str, font: pygame.font.Font, narrow: int, wide: int,
                 n_narrow: int) -> tuple[str, ...]:
    lines: list[str] = []
    line = ""
    for w in clean(text).split():
        width = narrow if len(lines) < n_narrow else wide
        trial = f"{line} {w}" if line else w
        if font.size(trial)[0] <= width or not line:
            line = trial
            continue
        lines.append(line)
        line = w
    if line:
        lines.append(line)
    return tuple(lines)


_style.register_cache(_wrap_around)


class BoardScene(Scene):
    name = "board"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.page = 0
        self.pages = 1
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

    @property
    def role(self) -> str:
        return str(self.session.current)

    # -- model ------------------------------------------------------------------------

    def collect(self) -> None:
        game = self.session.game
        role = self.role
        self.view = game.view("facilitator" if self.app.reveal_all else role)
        h = hand(game, role)
        self.klaar = h.klaar
        self.groups = h.cards

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

    def face(self, g: Group, number: int | None = None) -> CardFace:
        sc = self.session.scenario
        lang = self.lang
        v = self.view
        d = g.definition
        inwoner = self.role == "inwoner"
        pot = d.cost.pot if d else None
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
            pot=pot, pot_label=f"{pot.capitalize()} {d.cost.money}" if pot and d else None,
            free_label=(self.t("unfunded") if not inwoner and d and d.cost.time else None),
            playable=g.playable, note=note, number=number, lang=lang, reason=reason,
            time_extra=extra, time_text=ttext)

    # -- widgets ----------------------------------------------------------------------

    def build(self) -> None:
        st = self.st
        self._layer = None
        self.collect()
        self.layout_hand()
        for g, r, _face in self.shown:
            self.hotspot(f"card:{g.name}", r, partial(self.play, g), tip=self.card_tip(g),
                         enabled=True)
        movers = self.session.to_move()
        self.button("klaar", st.R(SIDE_X, HAND_Y, SIDE_W, 90), self.t("done"), self.done,
                    enabled=self.klaar is not None, cls="@primary")
        self.button("switch", st.R(SIDE_X, HAND_Y + 100, SIDE_W, 64), self.t("switch"),
                    self.switch, tip=self.t("switch_tip"), enabled=len(movers) > 1)
        if self.pages > 1:
            self.button("prev", st.R(SIDE_X, HAND_Y + 216, 125, 56), "‹", self.prev_page,
                        enabled=self.page > 0, tip=self.t("page", p=self.page + 1, n=self.pages))
            self.button("more", st.R(SIDE_X + 135, HAND_Y + 216, 125, 56), "›", self.next_page,
                        enabled=self.page < self.pages - 1,
                        tip=self.t("page", p=self.page + 1, n=self.pages))
        # the whole text of what does not fit on the table, one button each
        self.layout_panels()
        x, y, w, h = POTS
        self.button("ledger", st.R(x + w - 150, y + 6, 140, 44), self.t("ledger"),
                    self.open_ledger, cls="@small")
        if self._casus is not None and not self._casus[3]:
            x, y, w, h = CASUS
            self.button("casus_more", st.R(x + w - 150, y + h - 50, 140, 42), self.t("more"),
                        self.open_casus, cls="@small", tip=self.t("more_casus"))
        v = self.view
        if v is not None and v.current_force and not self.force_fits():
            x, y, w, h = FORCE
            self.button("force_more", st.R(x + w - 190, y + h - 58, 170, 44),
                        self.t("whole_card"), self.open_force, cls="@small")
        if not self._active[1]:
            x, y, w, h = ACTIVE
            self.button("active_more", st.R(x + w - 150, y + 6, 140, 40), self.t("all"),
                        self.open_active, cls="@small", tip=self.t("all_forces"))
        if not self._dossier[1]:
            x, y, w, h = TEAM_P
            self.button("dossier", st.R(x + w - 200, y + 4, 192, 40), self.t("whole_dossier"),
                        self.open_dossier, cls="@small")
        self.button("tip", st.R(1386, 12, 130, 56), self.t("tip"), self.open_tip,
                    tip=self.t("tip_key"), cls="@small")
        self.button("glossary", st.R(1528, 12, 190, 56), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"), tip="F1", cls="@small")
        self.button("facilitator", st.R(1730, 12, 170, 56), self.t("facilitator"),
                    lambda: self.app.open_overlay("facilitator"), tip="F2", cls="@small")

    def layout_hand(self) -> None:
        """Deal the cards into rows (each card as wide as it needs), two rows a page.

        Playable cards first take a little extra width for their badges on one line; when
        that would need a second page, every card takes its narrowest width instead. A full
        row's spare width is shared out among its playable cards (more description)."""
        st = self.st
        width = st.px(HAND_W)
        gap = st.px(CARD_GAP)
        h = st.px(CARD_H)
        widths = tuple(st.px(w) for w in CARD_WIDTHS)
        faces = {g.name: self.face(g) for g in self.groups}
        pages = self._deal([(g, card_width(st, faces[g.name], h, widths)) for g in self.groups],
                           width, gap)
        if len(pages) > 1:
            narrow = self._deal([(g, card_width(st, faces[g.name], h, widths, roomy=False))
                                 for g in self.groups], width, gap)
            if len(narrow) < len(pages) or sum(map(len, narrow[0])) > sum(map(len, pages[0])):
                pages = narrow
        self.pages = len(pages)
        self.page = max(0, min(self.page, self.pages - 1))
        self.shown = []
        n = 0
        x0, y0 = st.R(HAND_X, HAND_Y, 0, 0).topleft
        rows = pages[self.page]
        for r, row in enumerate(rows):
            used = sum(w for _, w in row) + gap * (len(row) - 1)
            spare = width - used
            stretchy = [i for i, (g, _w) in enumerate(row) if g.playable]
            last = r == len(rows) - 1 and self.page == self.pages - 1
            add = 0 if last or not stretchy else min(spare // len(stretchy), st.px(60))
            x = x0
            y = y0 + r * (h + st.px(CARD_GAP))
            for i, (g, w) in enumerate(row):
                n += 1
                w += add if i in stretchy else 0
                face = replace(faces[g.name], number=n if n <= 9 else None)
                self.shown.append((g, pygame.Rect(x, y, w, h), face))
                x += w + gap

    @staticmethod
    def _deal(cards: list[tuple[Group, int]], width: int, gap: int
              ) -> list[list[list[tuple[Group, int]]]]:
        """First fit: each card goes into the first row of the page with room for it."""
        pages: list[list[list[tuple[Group, int]]]] = [[]]
        for g, w in cards:
            rows = pages[-1]
            for row in rows:
                used = sum(x for _, x in row) + gap * len(row)
                if used + w <= width:
                    row.append((g, w))
                    break
            else:
                if len(rows) == ROWS:
                    pages.append([])
                    rows = pages[-1]
                rows.append([(g, w)])
        return pages

    def layout_panels(self) -> None:
        """Measure the texts of the panels: what fits, in which font, and what does not."""
        st = self.st
        v = self.view
        assert v is not None
        sc = self.session.scenario
        c = sc.casus
        # the casus card: the summary flows around the portrait
        rect = st.R(*CASUS)
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
        name = c.inwoner
        trust = " · ".join(f"{team_label(r, self.lang)} {n}/3" for r, n in v.trust.items())
        text = f"{self.t('trust', n=name)}: {trust}"
        rect = st.R(*TEAM_P)
        width = rect.w - st.px(28)
        room = 2 * st.font("small", bold=True).get_linesize()
        font, lines, ok = fit_text(st, text, ("small", "tiny"), width, room, bold=True,
                                   line_gap=1.0)
        if not ok:  # three values (the inwoner's view): plain letters fit two lines
            font, lines, _ok = fit_text(st, text, ("small", "tiny"), width, room, line_gap=1.0)
        self._trust = (text, font, lines)
        self._dossier = self.layout_dossier(st.R(*TEAM_P))
        self._active = self.layout_active(st.R(*ACTIVE))

    def force_fits(self) -> bool:
        v = self.view
        if v is None or not v.current_force:
            return True
        f = self.session.scenario.forces[v.current_force]
        return layout_force_card(self.st, self.st.R(*FORCE), f.name.get(self.lang),
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
        super().handle(event)

    def on_key(self, event: pygame.event.Event) -> None:
        if pygame.K_1 <= event.key <= pygame.K_9:
            n = event.key - pygame.K_1
            if n < len(self.shown):
                g = self.shown[n][0]
                self.focus_key = f"card:{g.name}"
                self.play(g)
            return
        if event.key == pygame.K_t:
            self.open_tip()
            return
        super().on_key(event)

    def open_tip(self) -> None:
        """The coach's tip for the team at the board (computed now, on request)."""
        from game.ui.scenes.tip import TipScene

        tip = self.session.tip(self.role)
        if tip is None:
            self.message = self.t("tip_none")
            self.app.dirty = True
            return
        self.app.push(TipScene(self.app, self, tip))

    def prev_page(self) -> None:
        self.page -= 1
        self.rebuild()

    def next_page(self) -> None:
        self.page += 1
        self.rebuild()

    # -- readers ----------------------------------------------------------------------

    def open_ledger(self) -> None:
        self.app.push(LedgerScene(self.app, self.role))

    def open_casus(self) -> None:
        c = self.session.scenario.casus
        lang = self.lang
        html = (f"<b>{esc(c.inwoner)}, {esc(self.t('age', age=c.age))}</b><br>"
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
        head = f"<b>{esc(f.name.get(self.lang))}</b> <i>({esc(kind)}, {esc(self.t('area', a=f.area))}"
        head += f", {esc(extra)})</i>" if extra else ")</i>"
        return f"{head}<br>{esc(f.text.get(self.lang))}"

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

    def show_changes(self, before: Snapshot, origin: tuple[int, int] | None) -> None:
        """Start the animations for what the team's action changed."""
        v = self.view
        assert v is not None
        st = self.st
        jars = pot_jars(st, self.pots_area())
        start = origin or st.R(*LOG).center
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
        return self.anim.active

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
        """The table above the hand is drawn once into a layer and blitted while nothing
        changes (hovering, tooltips); it is drawn anew after a rebuild and while animating."""
        if self.view is None:
            return
        st = self.st
        size = (surface.get_width(), min(surface.get_height(), st.R(0, HAND_Y - 6, 0, 0).y))
        if self.anim.active or self._layer is None or self._layer[0].get_size() != size:
            layer = pygame.Surface(size).convert() if pygame.display.get_surface() else (
                pygame.Surface(size))
            layer.fill(C("table"))
            with _style.Capture() as cap:
                self.draw_table(layer)
            self._layer = (layer, cap)
        surface.blit(self._layer[0], (0, 0))
        self._layer[1].replay()
        self.draw_hand(surface)
        self.draw_side(surface)

    def draw_table(self, surface: pygame.Surface) -> None:
        v = self.view
        assert v is not None
        st, lang = self.st, self.lang
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
        self.draw_casus(surface, st.R(*CASUS))
        self.draw_web(surface, st.R(*WEB))
        self.draw_force(surface, st.R(*FORCE))
        self.draw_active(surface, st.R(*ACTIVE))
        self.draw_pots(surface, st.R(*POTS))
        self.draw_relations(surface, st.R(*RELATIONS))
        self.draw_team(surface, st.R(*TEAM_P))
        self.draw_log(surface, st.R(*LOG))

    def draw_front(self, surface: pygame.Surface) -> None:
        """Coins on their way to the pot that pays fly over everything."""
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

    def draw_side(self, surface: pygame.Surface) -> None:
        st = self.st
        top = st.R(0, HAND_Y + (290 if self.pages > 1 else 184), 0, 0).y
        if self.pages > 1:
            draw_text(surface, self.t("page", p=self.page + 1, n=self.pages),
                      st.font("small", bold=True), C("ink"),
                      st.R(SIDE_X + SIDE_W // 2, HAND_Y + 178, 0, 0).topleft, "midtop")
        rect = pygame.Rect(st.R(SIDE_X, 0, 0, 0).x, top, st.px(SIDE_W),
                           st.R(0, 1070, 0, 0).y - top)
        text, strong = self.side_text()
        font, lines, _ok = fit_text(st, text, ("small", "tiny"), rect.w, rect.h, bold=strong)
        colour = C("bad") if self.message else C("ink") if strong else C("ink_soft")
        draw_lines(surface, text, lines, font, colour, rect.topleft)

    def draw_casus(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st, lang = self.st, self.lang
        c = self.session.scenario.casus
        panel(surface, rect, st)
        pad = st.px(12)
        pr = pygame.Rect(rect.x + pad, rect.y + pad, st.px(104), st.px(104))
        draw_portrait(surface, pr, c.id, c.age)
        x = pr.right + pad + st.px(4)
        h3 = st.font("h3", bold=True)
        draw_text(surface, f"{c.inwoner}, {self.t('age', age=c.age)}", h3, C("ink"), (x, pr.y))
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
                        kind_word, self.t("area", a=f.area), self.force_extra(f),
                        more=self.t("whole_card") if self.item("force_more") else None)

    def arrangement_lines(self, v: RoleView) -> list[str]:
        sc = self.session.scenario
        out = []
        for a in v.arrangements:
            if a.status not in ("offered", "waiting", "running"):
                continue
            status = {"offered": self.t("arr_offered"),
                      "waiting": self.t("arr_waiting", n=a.wait_left),
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
        rect = self.st.R(*POTS)
        st = self.st
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
                             self.role if self.role != "inwoner" else None, pulses)

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
                    "offer_by", what=thing_name(sc, oid, lang), role=team_label(by, lang)), None))
            for req in v.requests:
                a, b = req.split("->")
                inbox.append(("item", f"request:{req}", self.t(
                    "request", role=team_label(a, lang), other=team_label(b, lang)), None))
            if self.role == "inwoner" and inbox:
                out.append(("head", "head:inbox", self.t("inbox", n=c.inwoner), None))
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
        items = [(render(m, sc, lang), id(m) in fresh) for r, _p, m in v.log
                 if r == v.round and m.code not in ("round_start",)]
        font = st.font("small")
        lh = font.get_linesize()
        width = rect.w - st.px(46)
        top = rect.y + st.px(44)
        avail = (rect.bottom - st.px(8) - top) // lh
        wrapped: list[tuple[str, bool, bool]] = []
        for text, new in items:
            for i, ln in enumerate(wrap(text, st.font("small", bold=new), width)):
                wrapped.append((ln, new, i == 0))
        if not wrapped:
            draw_text(surface, self.t("log_empty"), font, C("ink_soft"),
                      (rect.x + st.px(14), top))
            return
        # the newest lines; an entry whose start scrolled away keeps no stray half
        start = max(0, len(wrapped) - avail)
        while start < len(wrapped) and not wrapped[start][2]:
            start += 1
        y = top
        for ln, new, first in wrapped[start:]:
            if new:
                hl = pygame.Rect(rect.x + st.px(6), y, rect.w - st.px(12), lh)
                pygame.draw.rect(surface, C("focus_glow"), hl, border_radius=st.px(4))
            if first:
                pygame.draw.circle(surface, C("ink"), (rect.x + st.px(20), y + lh // 2), st.px(4))
            draw_text(surface, ln, st.font("small", bold=new), C("ink"), (rect.x + st.px(32), y))
            y += lh

    def draw_hand(self, surface: pygame.Surface) -> None:
        st = self.st
        for g, rect, face in self.shown:
            key = f"card:{g.name}"
            draw_action_card(surface, st, rect, face, hovered=self.hover_key == key)


class TargetScene(Scene):
    """A chooser for an action with targets: each target with its time cost now; blocked
    targets greyed, with their whole reason under the name."""

    opaque = False
    name = "target"

    def __init__(self, app: Any, board: BoardScene, group: Group) -> None:
        super().__init__(app)
        self.board = board
        self.group = group
        self.rows: list[tuple[str, Action, Message | None, str, list[str], str | None]] = []

    def options(self) -> list[tuple[Action, Message | None]]:
        opts: list[tuple[Action, Message | None]] = [(a, None) for a in self.group.legal]
        blocked = [(a, m) for a, m in self.group.blocked if m.code not in NOISE]
        return opts + blocked[:max(0, 16 - len(opts))]

    def build(self) -> None:
        st = self.st
        game = self.session.game
        lang = self.lang
        opts = self.options()
        font = st.font("tiny")
        base = self.group.definition.cost.time if self.group.definition else 0
        max_h = 800  # design units for the rows of one column

        def rows_for(col_w: int) -> list[tuple[str, Action, Message | None, str, list[str],
                                               str | None, int]]:
            out = []
            for i, (a, m) in enumerate(opts):
                label = describe_target(game, a, lang) or self.board.card_title(self.group)
                cost = game.time_cost(a)
                ctext = cost_text(cost, base, self.board.role, lang) if cost is not None else None
                why = render(m, game.scenario, lang) if m is not None else ""
                lines = wrap(why, font, st.px(col_w - 70)) if why else []
                h = 64 + (round(len(lines) * font.get_linesize() / st.s) + 8 if lines else 0)
                out.append((f"t{i}", a, m, label, lines, ctext, h))
            return out

        rows = rows_for(1040)
        cols = 1
        if sum(r[6] + 10 for r in rows) > max_h:
            cols = 2
            rows = rows_for(700)
        col_w = 1040 if cols == 1 else 700
        # fill the columns in turn; what does not fit is left out (blocked targets last)
        columns: list[list[int]] = [[] for _ in range(cols)]
        c, used = 0, 0
        for j, r in enumerate(rows):
            if used + r[6] + 10 > max_h and columns[c]:
                c += 1
                used = 0
                if c >= cols:
                    break
            columns[c].append(j)
            used += r[6] + 10
        total = max(sum(rows[j][6] + 10 for j in col) for col in columns) if rows else 0
        box_w = col_w * cols + 20 * (cols - 1) + 80
        top = max(30, 540 - (total + 200) // 2)
        self.box = st.R(960 - box_w // 2, top, box_w, total + 200)
        self.rows = []
        for ci, col in enumerate(columns):
            y = top + 90
            for j in col:
                key, a, m, label, lines, ctext, h = rows[j]
                where = st.R(960 - box_w // 2 + 40 + ci * (col_w + 20), y, col_w, h)
                tip = None if m is None else self.t("blocked_by", why=render(
                    m, game.scenario, lang))
                self.hotspot(key, where, partial(self.pick, a), tip=tip, enabled=m is None)
                self.rows.append((key, a, m, label, lines, ctext))
                y += h + 10
        self.button("cancel", st.R(960 + box_w // 2 - 280, top + total + 110, 240, 60),
                    self.t("cancel"), self.app.pop)

    def pick(self, a: Action) -> None:
        self.app.pop()
        self.board.apply(a, self.group)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        panel(surface, self.box, st, width=3)
        draw_text(surface, self.t("choose_target", action=self.board.card_title(self.group)),
                  st.font("h2", bold=True), C("ink"),
                  (self.box.x + st.px(40), self.box.y + st.px(24)))
        from game.ui.widgets.cards import badge

        for key, _a, m, label, lines, ctext in self.rows:
            f = self.item(key)
            if f is None:
                continue
            r = f.rect
            hovered = self.hover_key == key
            ok = m is None
            fill = C("muted") if not ok else (C("card") if not hovered else C("focus_glow"))
            pygame.draw.rect(surface, fill, r, border_radius=st.px(10))
            pygame.draw.rect(surface, C("ink") if ok else C("muted_ink"), r,
                             max(2, st.px(3)) if ok else max(1, st.px(2)),
                             border_radius=st.px(10))
            head_y = r.y + st.px(32)
            x = r.x + st.px(18)
            if not ok:
                pygame.draw.circle(surface, C("bad"), (x + st.px(10), head_y), st.px(10),
                                   max(2, st.px(3)))
                pygame.draw.line(surface, C("bad"), (x + st.px(4), head_y),
                                 (x + st.px(16), head_y), max(2, st.px(3)))
                x += st.px(30)
            bw = 0
            if ctext:
                bw = st.font("tiny", bold=True).size(ctext)[0] + st.px(40)
                extra = "(+" in ctext
                badge(surface, st, r.right - bw - st.px(14), head_y - st.px(15), st.px(30),
                      ctext, C("warn") if extra and ok else (C("panel") if ok else C("muted")),
                      "clock")
            lfont, llines, _fit = fit_text(st, label, ("body", "small", "tiny"),
                                           r.right - bw - st.px(30) - x, st.px(40), bold=True,
                                           line_gap=1.0, max_lines=1)
            draw_lines(surface, label, llines[:1], lfont, C("ink") if ok else C("ink_soft"),
                       (x, head_y - lfont.get_linesize() // 2), line_gap=1.0)
            if lines:
                why = render(m, self.session.scenario, self.lang) if m is not None else ""
                draw_lines(surface, why, lines, st.font("tiny"), C("ink"),
                           (r.x + st.px(48), r.y + st.px(58)), line_gap=1.0)


class LedgerScene(ScrollOverlay):
    """The ledger on demand: every payment so far (the engine's public ledger)."""

    name = "ledger"
    BOX = (330, 80, 1260, 890)
    TEXT = (360, 160, 1200, 700)
    CLOSE = (1320, 880, 240, 70)
    TITLE_Y = 20

    def __init__(self, app: Any, role: str) -> None:
        super().__init__(app)
        self.role = role

    def content(self) -> str:
        from game.engine.messages import msg

        self.title = self.t("ledger_title")
        game = self.session.game
        v = game.view("facilitator" if self.app.reveal_all else self.role)
        rows = []
        for r, pot, amount, what, by in v.ledger:
            if amount <= 0:
                continue
            line = render(msg("paid", pot=pot, amount=amount, what=what), game.scenario,
                          self.lang)
            who = team_label(by, self.lang) if by in TEAM else ""
            rows.append(f"<b>{esc(self.t('round', r=r, n=v.rounds))}</b> · {esc(line)}"
                        + (f" <i>({esc(who)})</i>" if who else ""))
        return "<br>".join(rows) if rows else esc(self.t("ledger_empty"))

