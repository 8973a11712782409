"""The public board of ``krachtenveld host`` as a pygame window on the teacher's screen (the
projector).

Its only input is the public frame of each table that the classroom server already builds for
the web board (``game.net.present.board_state``, plus the table's join link): plain dicts, so
the window never holds a Game and cannot show a dossier or a hand. It shows what the web page
/board shows, readable from the back of the room (body text 32 px and titles 38 px or more
at 1920x1080, everything scaled to the window): one table at a time, large, or an overview of
every table with its room code and join QR code.

Keys: Tab / arrows / PageUp-PageDown the next or previous table, 1-9 a table, 0 (or Home) the
overview, L the other language, F11 full screen or a window, Esc closes the window (only the
window: the server runs on until Ctrl-C in its terminal).

The teacher's keys, on the table shown (the facilitator console in the host's own window;
they go through the same Host.control as the web console's buttons): P pause or go on, R show
everything on the board or hide it again, I choose a force card (I again: the next one) and
Enter injects it, E twice ends the game; T chooses a team (T again: the next one, its row is
outlined on the board), then K twice disconnects its device, M twice lets it go on on another
device, B lets the computer play for it (B again: the team plays again); H shows these keys.
The window never shows a seat link (the whole class sees the projector): its M frees the seat
(Host.control "release"), the team's new device joins with the room code on the board and
picks its role again; the web console's "another device" keeps the seat and gives a new link
on the teacher's own phone.

The window runs inside the host's asyncio loop (``ProjectorWindow.run``): it looks for input
and draws (only when something changed) about 15 times a second, and sleeps in between, so
the server keeps serving.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import pygame

from game.lang import has, t
from game.ui.style import C, clean, font_px, mix, text_surface, wrap
from game.ui.widgets.roles import draw_role_icon

DESIGN = (1920, 1080)
# pixel sizes at 1920x1080 (scaled by min(w / 1920, h / 1080))
BODY = 32
TITLE = 38
HEAD = 44
CODE = 88
FPS = 15.0
TEACHER_KEYS = (pygame.K_p, pygame.K_r, pygame.K_i, pygame.K_e, pygame.K_h, pygame.K_RETURN,
                pygame.K_KP_ENTER, pygame.K_t, pygame.K_k, pygame.K_m, pygame.K_b)
# the help overlay (H): a key and what it does
HELP = (("P", "projector.help_pause"), ("R", "projector.help_reveal"),
        ("I", "projector.help_inject"), ("E", "projector.help_end"),
        ("T", "projector.help_team"), ("K", "projector.help_kick"),
        ("M", "projector.help_move"), ("B", "projector.help_bot"),
        ("H", "projector.help_help"), ("", "projector.help_links"))
REFRESH_S = 5.0  # ask for fresh frames at least this often, even without a new version


class Feed(Protocol):
    """Where the window gets its frames: a version that grows with every change, and every
    table's public frame in a language (``board_state`` plus ``join``, its join link)."""

    def version(self) -> int: ...

    def tables(self, lang: str) -> list[dict[str, Any]]: ...

    def forces(self, code: str, lang: str) -> list[dict[str, str]]:
        """The force cards the teacher may inject into a table (id and name)."""
        ...

    def control(self, code: str, do: str, force: str | None = None, role: str | None = None,
                done: Callable[[str | None], None] | None = None) -> None:
        """One of the teacher's controls on a table (as the web console sends it); ``done``
        hears None when it was done, else why not."""
        ...


@dataclass(frozen=True)
class Drawn:
    """One line of text as drawn: its words, where, its pixel size and whether it is a title
    (tests read them back: sizes, nothing outside the window, nothing overlapping)."""

    text: str
    rect: pygame.Rect
    px: int
    kind: str  # "body" or "title"


def w(key: str, lang: str, **kw: object) -> str:
    """A word of the board: the web board's (``web_board.*``) or the window's own."""
    return t(key, lang, **kw)


@lru_cache(maxsize=32)
def _qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    import segno

    # the same code as the web board's /qr/<code>.svg (game/net/qr.py): error level M
    return tuple(tuple(bool(v) for v in row) for row in segno.make(url, error="m").matrix)


class Pen:
    """Draws text into a surface (or only measures it, with ``surface`` None) and records
    every line it draws."""

    def __init__(self, surface: pygame.Surface | None, scale: float,
                 drawn: list[Drawn]) -> None:
        self.surface = surface
        self.s = scale
        self.drawn = drawn

    def px(self, v: float) -> int:
        return max(1, round(v * self.s))

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        return font_px(self.px(size), bold)

    def step(self, size: int, bold: bool = False) -> int:
        return self.font(size, bold).get_linesize()

    def width(self, text: str, size: int, bold: bool = False) -> int:
        return int(self.font(size, bold).size(clean(text))[0])

    def fit(self, text: str, size: int, width: int, bold: bool = False) -> str:
        """The text, shortened with '…' to fit ``width``."""
        font = self.font(size, bold)
        text = clean(text)
        if font.size(text)[0] <= width:
            return text
        while text and font.size(text + "…")[0] > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def text(self, text: str, size: int, pos: tuple[int, int], colour: pygame.Color,
             bold: bool = False, anchor: str = "topleft", width: int | None = None,
             kind: str = "body") -> pygame.Rect:
        if width is not None:
            text = self.fit(text, size, width, bold)
        font = self.font(size, bold)
        tw, th = font.size(clean(text))
        r = pygame.Rect(0, 0, tw, th)
        setattr(r, anchor, pos)
        if self.surface is not None and text:
            self.surface.blit(text_surface(text, font, colour), r)
            self.drawn.append(Drawn(text, r, max(11, self.px(size)), kind))
        return r

    def lines(self, text: str, size: int, x: int, y: int, width: int, colour: pygame.Color,
              max_lines: int, bold: bool = False, kind: str = "body") -> int:
        """Wrapped text, at most ``max_lines`` lines (the last ends in '…' when cut);
        returns the height used."""
        if max_lines <= 0:
            return 0
        font = self.font(size, bold)
        rows = wrap(text, font, width)
        if len(rows) > max_lines:
            rows = rows[:max_lines]
            rows[-1] = self.fit(rows[-1] + " …", size, width, bold)
            if not rows[-1].endswith("…"):
                rows[-1] = self.fit(rows[-1] + "…", size, width, bold)
        step = font.get_linesize()
        for i, row in enumerate(rows):
            self.text(row, size, (x, y + i * step), colour, bold, kind=kind)
        return len(rows) * step


@dataclass
class Box:
    """A panel's inside: where the next line goes, and how far it may go."""

    x: int
    y: int
    w: int
    bottom: int

    def room(self) -> int:
        return self.bottom - self.y


@dataclass
class Board:
    """Draws the projector's board from the tables' public frames. ``view`` 0 is the
    overview of every table, n the n-th table."""

    lang: str = "nl"
    view: int = 0
    drawn: list[Drawn] = field(default_factory=list)
    cards: list[tuple[pygame.Rect, int]] = field(default_factory=list)  # overview: click
    teacher: str | None = None  # a line for the teacher at the bottom (keys, a question)
    picked: str | None = None  # the team (role) the teacher chose with T: outlined
    help: bool = False  # the teacher's keys over the board (H)

    # -- the whole frame ---------------------------------------------------------------

    def draw(self, surface: pygame.Surface, tables: list[dict[str, Any]]) -> None:
        self.drawn = []
        self.cards = []
        W, H = surface.get_size()
        s = min(W / DESIGN[0], H / DESIGN[1])
        pen = Pen(surface, s, self.drawn)
        surface.fill(C("table"))
        m = pen.px(20)
        if self.view > len(tables):
            self.view = 0
        head = self._header(pen, tables, m, W)
        area = pygame.Rect(m, head + pen.px(10), W - 2 * m, H - head - pen.px(10) - m)
        if not tables:
            pen.text(w("projector.none", self.lang), BODY, area.topleft, C("ink"))
        elif self.view == 0:
            self._overview(pen, tables, area)
        else:
            self._table(pen, tables[self.view - 1], area)
        bottom = H
        if self.teacher:
            bottom = self._teacher_bar(pen, self.teacher, m, W, H)
        if self.help:
            hw = min(area.width, pen.px(1500))
            self._help(pen, area.centerx - hw // 2, area.y, hw, bottom - m)

    def _cover(self, rect: pygame.Rect, start: int) -> None:
        """What is drawn over ``rect`` hides the lines drawn before ``start`` under it."""
        self.drawn[:start] = [d for d in self.drawn[:start] if not d.rect.colliderect(rect)]

    def _teacher_bar(self, pen: Pen, text: str, m: int, W: int, H: int) -> int:
        """The teacher's line over the bottom of the board, on a bar of its own; returns
        its top."""
        step = pen.step(BODY, True)
        bar = pygame.Rect(0, H - step - 2 * m, W, step + 2 * m)
        if pen.surface is not None:
            pen.surface.fill(C("ink"), bar)
        self._cover(bar, len(self.drawn))
        pen.text(text, BODY, (m, bar.y + m), C("panel"), bold=True, width=W - 2 * m)
        return bar.y

    def _help(self, pen: Pen, x: int, y: int, width: int, bottom: int) -> None:
        """The teacher's keys (H), in a panel over the board: a key, and what it does."""
        lang = self.lang
        start = len(self.drawn)
        key_w = pen.px(70)

        def body(p: Pen, box: Box) -> None:
            for key, text in HELP:
                step = p.step(BODY, True)
                if box.room() < step:
                    break
                p.text(key, BODY, (box.x, box.y), C("ink"), bold=True)
                h = p.lines(w(text, lang), BODY, box.x + key_w, box.y, box.w - key_w,
                            C("ink"), max(1, min(2, box.room() // step)))
                box.y += max(step, h) + p.px(4)

        end = self._panel(pen, x, y, width, bottom, w("projector.help_title", lang), body,
                          fill="panel")
        self._cover(pygame.Rect(x, y, width, end - y), start)

    def _header(self, pen: Pen, tables: list[dict[str, Any]], m: int, W: int) -> int:
        """The top line: which table (or the overview) and the keys; returns its bottom."""
        lang = self.lang
        if self.view == 0:
            title = w("web_board.tables", lang)
        else:
            code = tables[self.view - 1]["room"]
            title = w("projector.table", lang, n=self.view, m=len(tables)) + f" · {code}"
        keys = w("projector.keys", lang, other=w("web_board.lang", lang))
        y = m
        r = pen.text(title, HEAD, (m, y), C("ink"), bold=True, kind="title",
                     width=W - 2 * m)
        room = W - 2 * m - r.width - pen.px(40)
        step = pen.step(HEAD, True)
        if room > pen.px(200):
            pen.text(keys, BODY, (W - m, y + step - pen.step(BODY)), C("ink_soft"),
                     anchor="topright", width=room)
        return y + step

    # -- panels ------------------------------------------------------------------------

    def _panel(self, pen: Pen, x: int, y: int, width: int, bottom: int, title: str | None,
               body: Any, fill: str = "panel") -> int:
        """A panel with a title and the lines ``body(pen, box)`` draws; measured first, then
        drawn at its own height (never below ``bottom``). Returns its bottom (y when there
        is no room for it at all)."""
        pad = pen.px(18)
        title_h = pen.step(TITLE, True) if title else 0
        if bottom - y < 2 * pad + title_h + pen.step(BODY):
            return y
        probe = Pen(None, pen.s, [])
        box = Box(x + pad, y + pad + title_h, width - 2 * pad, bottom - pad)
        body(probe, box)
        h = box.y - y + pad
        rect = pygame.Rect(x, y, width, min(h, bottom - y))
        if pen.surface is not None:
            pygame.draw.rect(pen.surface, C(fill), rect, border_radius=pen.px(14))
            pygame.draw.rect(pen.surface, C("panel_edge"), rect, max(1, pen.px(2)),
                             border_radius=pen.px(14))
        if title:
            pen.text(title, TITLE, (x + pad, y + pad), C("ink"), bold=True, kind="title",
                     width=width - 2 * pad)
        body(pen, Box(x + pad, y + pad + title_h, width - 2 * pad, bottom - pad))
        return rect.bottom

    @staticmethod
    def _row(pen: Pen, box: Box, label: str, value: str, colour: pygame.Color | None = None,
             value_colour: pygame.Color | None = None, bold: bool = False) -> bool:
        """A line with a label on the left and a bold value on the right."""
        step = pen.step(BODY, bold)
        if box.room() < step:
            return False
        vw = pen.width(value, BODY, True) if value else 0
        pen.text(label, BODY, (box.x, box.y), colour or C("ink"), bold=bold,
                 width=box.w - vw - (pen.px(16) if value else 0))
        if value:
            pen.text(value, BODY, (box.x + box.w, box.y), value_colour or C("ink"), bold=True,
                     anchor="topright")
        box.y += step
        return True

    @staticmethod
    def _line(pen: Pen, box: Box, text: str, colour: pygame.Color | None = None,
              bold: bool = False, size: int = BODY, max_lines: int = 2,
              kind: str = "body") -> bool:
        step = pen.step(size, bold)
        n = min(max_lines, box.room() // step)
        if n <= 0:
            return False
        box.y += pen.lines(text, size, box.x, box.y, box.w, colour or C("ink"), n, bold,
                           kind=kind)
        return True

    def _qr(self, pen: Pen, url: str, x: int, y: int, size: int) -> None:
        if pen.surface is None or not url or size < 21:
            return
        rows = _qr_modules(url)
        n = len(rows) + 4  # a quiet zone of two modules around it
        mod = max(1, size // n)
        side = mod * n
        pygame.draw.rect(pen.surface, pygame.Color("#FFFFFF"), (x, y, side, side))
        ink = pygame.Color("#000000")
        for j, row in enumerate(rows):
            for i, dark in enumerate(row):
                if dark:
                    pen.surface.fill(ink, (x + (i + 2) * mod, y + (j + 2) * mod, mod, mod))

    # -- one table, large --------------------------------------------------------------

    def _table(self, pen: Pen, s: dict[str, Any], area: pygame.Rect) -> None:
        lang = self.lang
        gap = pen.px(18)
        cw = (area.width - 2 * gap) // 3
        xs = [area.x, area.x + cw + gap, area.x + 2 * (cw + gap)]
        bottom = area.bottom
        time_of = {x["role"]: x["value"] for x in s.get("times", [])}

        # column 1: join, the game's state, consent
        y = self._panel(pen, xs[0], area.y, cw, bottom, None, lambda p, b: self._join(p, b, s))
        y = self._panel(pen, xs[0], y + gap, cw, bottom, None, lambda p, b: self._state(p, b, s))
        consent = list(s.get("consent", []))
        if s.get("general_consent"):
            consent.insert(0, w("projector.general_consent", lang))
        y1 = self._panel(pen, xs[0], y + gap, cw, bottom, w("web_board.consent", lang),
                         lambda p, b: self._list(p, b, consent))

        # column 2: the teams, the pots, the relations
        y = self._panel(pen, xs[1], area.y, cw, bottom, w("web_board.who", lang),
                        lambda p, b: self._teams(p, b, s, time_of))
        y = self._panel(pen, xs[1], y + gap, cw, bottom, w("web_board.pots", lang),
                        lambda p, b: [self._row(p, b, x["label"], str(x["value"]))
                                      for x in s.get("pots", [])])
        self._panel(pen, xs[1], y + gap, cw, bottom, w("web_board.relations", lang),
                    lambda p, b: [self._row(p, b, x["short"], str(x["value"]))
                                  for x in s.get("relations", [])])

        # column 3: the force card, the active forces, health
        y3 = area.y - gap
        f = s.get("force")
        active = list(s.get("active_forces", []))
        if f and all(x["id"] != f["id"] for x in active):  # a force of this moment only
            y3 = self._panel(pen, xs[2], y3 + gap, cw, bottom, w("web_board.force", lang),
                             lambda p, b: self._line(p, b, f["name"], _kind_ink(f["kind"]),
                                                     bold=True))
        if active:
            # the force card of this round is among them, in bold
            now = f["id"] if f else None
            y3 = self._panel(pen, xs[2], y3 + gap, cw, bottom, w("web_board.active", lang),
                             lambda p, b: [self._row(p, b, x["name"],
                                                     str(x.get("rounds_left") or ""),
                                                     _kind_ink(x.get("kind", "")),
                                                     bold=x["id"] == now)
                                           for x in active])
        health = s.get("health", [])
        y3 = self._panel(pen, xs[2], y3 + gap, cw, bottom, w("web_board.health", lang),
                         lambda p, b: ([self._row(p, b, h["label"], str(h["value"]))
                                        for h in health] if health else
                                       self._line(p, b, w("web_board.hidden", lang),
                                                  C("ink_soft"))))
        if s.get("revealed"):
            y3 = self._panel(pen, xs[2], y3 + gap, cw, bottom, w("web_board.revealed", lang),
                             lambda p, b: [self._row(p, b, x["name"], str(x["severity"]))
                                           for x in s["revealed"]])
        # the public log: below the first or the last column, where there is more room
        x, y = (xs[0], y1) if y1 < y3 else (xs[2], y3)
        self._panel(pen, x, y + gap, cw, bottom, w("web_board.log", lang),
                    lambda p, b: self._log(p, b, s))

    def _join(self, pen: Pen, box: Box, s: dict[str, Any]) -> None:
        """The QR code of the join link, "Doe mee" and the room code beside it, the
        address below."""
        url = str(s.get("join", ""))
        size = min(pen.px(250), box.w // 2)
        self._qr(pen, url, box.x, box.y, size)
        x = box.x + size + pen.px(24)
        pen.text(w("web_board.join", self.lang), TITLE, (x, box.y), C("ink"), bold=True,
                 kind="title", width=box.x + box.w - x)
        top = box.y + pen.step(TITLE, True)
        pen.text(s["room"], CODE, (x, (top + box.y + size) // 2), C("ink"), bold=True,
                 anchor="midleft", kind="title", width=box.x + box.w - x)
        box.y += size + pen.px(8)
        address = url.split("://", 1)[-1].split("/", 1)[0]
        if address:
            self._line(pen, box, address, C("ink_soft"), max_lines=1)

    def _state(self, pen: Pen, box: Box, s: dict[str, Any]) -> None:
        lang = self.lang
        self._line(pen, box, s.get("scenario", ""), bold=True, size=TITLE, kind="title")
        self._line(pen, box, w("web_board.round", lang, r=s["round"], n=s["rounds"]) + " · "
                   + s.get("phase_label", ""), bold=True)
        turn = ", ".join(x["label"] for x in s.get("to_move", [])) or w("web_board.nobody",
                                                                       lang)
        self._line(pen, box, f"{w('web_board.turn', lang)}: {turn}")
        if s.get("paused"):
            self._line(pen, box, w("web_board.paused", lang), C("bad_ink"), bold=True,
                       size=TITLE, kind="title")
        if s.get("over") and s.get("ending"):
            self._line(pen, box, f"{w('web_board.end', lang)}: {s['ending']['name']}",
                       bold=True, size=TITLE, kind="title")

    def _list(self, pen: Pen, box: Box, items: list[str]) -> None:
        if not items:
            self._line(pen, box, w("web_board.none", self.lang), C("ink_soft"))
        for x in items:
            if not self._line(pen, box, x, max_lines=1):
                break

    def _teams(self, pen: Pen, box: Box, s: dict[str, Any], time_of: dict[str, int]) -> None:
        lang = self.lang
        step = pen.step(BODY)
        bstep = pen.step(BODY, True)
        r = pen.px(17)
        turn = {x["role"] for x in s.get("to_move", [])}
        for x in s.get("seats", []):
            named = bool(x.get("team"))  # a team's own name, with its role below it
            rows = bstep + step if named else bstep
            if box.room() < rows:
                break
            status, colour = _seat_status(x, lang)
            band = pygame.Rect(box.x - pen.px(10), box.y, box.w + pen.px(20), rows)
            if pen.surface is not None and x["role"] in turn:  # this team's turn
                pygame.draw.rect(pen.surface, mix(C("panel"), C("web_now"), 0.3), band,
                                 border_radius=pen.px(8))
            if pen.surface is not None and x["role"] == self.picked:  # the teacher's choice
                pygame.draw.rect(pen.surface, C("ink"), band, max(2, pen.px(5)),
                                 border_radius=pen.px(8))
            if pen.surface is not None:
                draw_role_icon(pen.surface, x["role"], (box.x + r, box.y + bstep // 2), r)
            ix = box.x + 2 * r + pen.px(12)
            end = box.x + box.w
            # time and status on the right: of the role's line, or of the name's
            right = ([f"{w('web_board.time', lang).lower()} {time_of[x['role']]}"]
                     if x["role"] in time_of else [])
            sw = pen.width(status, BODY, True)
            tail = (" · ".join(right) + " · ") if right else ""
            tw = pen.width(tail, BODY)
            ry = box.y + bstep if named else box.y + (bstep - step) // 2
            pen.text(status, BODY, (end, ry), colour, bold=True, anchor="topright")
            if tail:
                pen.text(tail, BODY, (end - sw, ry), C("ink_soft"), anchor="topright")
            room = end - sw - tw - ix - pen.px(12)
            pen.text(x.get("team") or x["label"], BODY, (ix, box.y), C("ink"), bold=True,
                     width=box.x + box.w - ix if named else room)
            box.y += bstep
            if named:
                label = x["label"]
                if pen.width(label, BODY) > room and x.get("short"):
                    label = str(x["short"])  # "Wijkverpl."
                elif pen.width(label, BODY) > room and has(f"net.short.{x['role']}"):
                    label = w(f"net.short.{x['role']}", lang)
                pen.text(label, BODY, (ix, box.y), C("ink_soft"), width=room)
                box.y += step
            box.y += pen.px(6)

    def _log(self, pen: Pen, box: Box, s: dict[str, Any]) -> None:
        log = list(s.get("log", []))
        if not log:
            self._line(pen, box, w("web_board.none", self.lang), C("ink_soft"))
            return
        now = s.get("round")
        for e in reversed(log):
            colour = C("ink") if e.get("round") == now else C("ink_soft")
            if not self._line(pen, box, e["text"], colour, max_lines=2):
                break
            box.y += pen.px(6)

    # -- every table -------------------------------------------------------------------

    def _overview(self, pen: Pen, tables: list[dict[str, Any]], area: pygame.Rect) -> None:
        lang = self.lang
        url = str(tables[0].get("join", ""))
        base = url.split("/?", 1)[0]
        top = area.y
        if base:
            top += self._line_at(pen, w("projector.address", lang, url=base), area.x, area.y,
                                 area.width, C("ink_soft"))
            top += pen.px(10)
        grid = pygame.Rect(area.x, top, area.width, area.bottom - top)
        n = len(tables)
        gap = pen.px(18)
        cols = max(range(1, n + 1), key=lambda c: _cell_score(grid, n, c, gap))
        rows = -(-n // cols)
        cw = (grid.width - gap * (cols - 1)) // cols
        ch = (grid.height - gap * (rows - 1)) // rows
        # one size for every room code: the largest that leaves a card room for its QR code
        widest = max(pen.width(s["room"], CODE, True) for s in tables)
        code_size = next((z for z in (CODE, 72, 60, 52, HEAD)
                          if widest * z / CODE <= (cw - 2 * pen.px(18)) * 0.42), HEAD)
        for i, s in enumerate(tables):
            c, r = i % cols, i // cols
            rect = pygame.Rect(grid.x + c * (cw + gap), grid.y + r * (ch + gap), cw, ch)
            self.cards.append((rect, i + 1))
            self._card(pen, rect, s, i + 1, code_size)

    def _line_at(self, pen: Pen, text: str, x: int, y: int, width: int,
                 colour: pygame.Color) -> int:
        pen.text(text, BODY, (x, y), colour, width=width)
        return pen.step(BODY)

    def _card(self, pen: Pen, rect: pygame.Rect, s: dict[str, Any], n: int,
              code_size: int) -> None:
        """One table in the overview: its QR code, and beside it the room code, its number,
        round and phase, and which teams are here (their symbols and a count)."""
        lang = self.lang
        assert pen.surface is not None
        pygame.draw.rect(pen.surface, C("panel"), rect, border_radius=pen.px(14))
        pygame.draw.rect(pen.surface, C("panel_edge"), rect, max(1, pen.px(2)),
                         border_radius=pen.px(14))
        pad = pen.px(18)
        inner = rect.inflate(-2 * pad, -2 * pad)
        step = pen.step(BODY)
        if s.get("over") and s.get("ending"):
            state = [(f"{w('web_board.end', lang)}: {s['ending']['name']}", C("ink"))]
        else:
            state = [(w("web_board.round", lang, r=s["round"], n=s["rounds"]), C("ink")),
                     (s.get("phase_label", ""), C("ink"))]
        if s.get("paused"):
            state.insert(0, (w("web_board.paused", lang), C("bad_ink")))
        seats = s.get("seats", [])
        k = sum(1 for x in seats if x.get("connected") or x.get("bot"))
        r = max(4, min(pen.px(17), step // 2 - 2))
        icons = len(seats) * (2 * r + pen.px(8)) + pen.px(4)
        lines: list[tuple[str, int, bool, pygame.Color, str]] = [
            (s["room"], code_size, True, C("ink"), "title"),
            (w("projector.number", lang, n=n), TITLE, True, C("ink_soft"), "title"),
            *[(text, BODY, False, colour, "body") for text, colour in state]]
        # what does not fit in the card's height goes, from the end (the teams' row stays)
        while lines and sum(pen.step(z, b) for _t, z, b, _c, _k in lines) + step > inner.height:
            lines.pop()
        gap = pen.px(24)
        words = [pen.width(t_, z, b) for t_, z, b, _c, _k in lines]
        here = w("projector.here", lang, k=k, n=len(seats))
        short = f"{k}/{len(seats)}"
        room = inner.width - gap - max([*words, icons + pen.width(short, BODY)])
        q = max(0, min(inner.height, room))
        if q < pen.px(90):
            q = 0  # a tiny window: the words only (the address above still says it)
        self._qr(pen, str(s.get("join", "")), inner.x, inner.y, q)
        x = inner.x + (q + gap if q else 0)
        width = inner.right - x
        y = inner.y
        for text, size, bold, colour, kind in lines:
            pen.text(text, size, (x, y), colour, bold=bold, kind=kind, width=width)
            y += pen.step(size, bold)
        ix = x
        for seat in seats:
            c = (ix + r, y + step // 2)
            if seat.get("connected") or seat.get("bot"):
                draw_role_icon(pen.surface, seat["role"], c, r)
            else:
                pygame.draw.circle(pen.surface, C("muted"), c, r)
                pygame.draw.circle(pen.surface, C("muted_ink"), c, r, max(1, r // 8))
            ix += 2 * r + pen.px(8)
        count = here if pen.width(here, BODY) <= x + width - ix - pen.px(4) else short
        pen.text(count, BODY, (ix + pen.px(4), y), C("ink"), width=x + width - ix - pen.px(4))


def _cell_score(grid: pygame.Rect, n: int, cols: int, gap: int) -> float:
    rows = -(-n // cols)
    cw = (grid.width - gap * (cols - 1)) / cols
    ch = (grid.height - gap * (rows - 1)) / rows
    return min(cw / 620, ch / 420)


def _kind_ink(kind: str) -> pygame.Color:
    return C({"bevorderend": "good_ink", "belemmerend": "bad_ink"}.get(kind, "ink"))


def _seat_status(x: dict[str, Any], lang: str) -> tuple[str, pygame.Color]:
    if x.get("bot"):
        return w("web_board.bot", lang), C("ink_soft")
    if x.get("connected"):
        return w("web_board.here", lang), C("good_ink")
    if x.get("taken"):
        return w("web_board.away", lang), C("bad_ink")
    return w("web_board.free", lang), C("ink_soft")


# --------------------------------------------------------------------------- the window --

class ProjectorWindow:
    """The window on the teacher's screen, fed by the host. ``open`` raises
    game.ui.app.NoDisplay when no window can be opened (the host then opens the web page)."""

    def __init__(self, feed: Feed, lang: str = "nl", fullscreen: bool = True,
                 fps: float = FPS) -> None:
        self.feed = feed
        self.board = Board(lang=lang)
        self.fullscreen = fullscreen
        self.fps = fps
        self.screen: pygame.Surface | None = None
        self.tables: list[dict[str, Any]] = []
        self.frames = 0  # frames drawn (tests wait for them)
        self._version: int | None = None
        self._fetched = 0.0
        self._dirty = True
        self.open_now = False
        # a question waiting for its second key: ("end"|"inject"|"kick"|"release", code,
        # the force or the role)
        self._asked: tuple[str, str, str] | None = None

    def open(self) -> None:
        from game.ui.app import init_display, window_size

        # Ctrl-C in the host's terminal stays Python's (SDL would turn it into a window event)
        os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
        if self.fullscreen:
            self.screen = init_display((0, 0), fullscreen=True)
        else:
            pygame.display.init()
            self.screen = init_display(window_size())
        pygame.display.set_caption("Krachtenveld — " + w("host.board_title", self.board.lang))
        self.open_now = True

    def close(self) -> None:
        if not self.open_now:
            return
        from game.ui.style import reset_caches

        self.open_now = False
        self.screen = None
        pygame.display.quit()
        reset_caches()

    def _toggle_fullscreen(self) -> None:
        from game.ui.app import window_size

        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.screen = pygame.display.set_mode(window_size(), pygame.RESIZABLE)
        self._dirty = True

    def handle(self, e: pygame.event.Event) -> bool:
        """One event; False when the window should close."""
        n = len(self.tables)
        b = self.board
        if e.type == pygame.QUIT or (e.type == pygame.KEYDOWN and e.key == pygame.K_ESCAPE):
            return False
        if e.type == pygame.KEYDOWN:
            step = 0
            if e.key == pygame.K_TAB:
                step = -1 if e.mod & pygame.KMOD_SHIFT else 1
            elif e.key in (pygame.K_RIGHT, pygame.K_DOWN, pygame.K_PAGEDOWN, pygame.K_SPACE):
                step = 1
            elif e.key in (pygame.K_LEFT, pygame.K_UP, pygame.K_PAGEUP):
                step = -1
            elif e.key in (pygame.K_0, pygame.K_KP0, pygame.K_HOME, pygame.K_o):
                b.view = 0
            elif pygame.K_1 <= e.key <= pygame.K_9 and e.key - pygame.K_0 <= n:
                b.view = e.key - pygame.K_0
            elif pygame.K_KP1 <= e.key <= pygame.K_KP9 and e.key - pygame.K_KP1 + 1 <= n:
                b.view = e.key - pygame.K_KP1 + 1
            elif e.key == pygame.K_l:
                b.lang = "en" if b.lang == "nl" else "nl"
                self._version = None  # the frames again, in the other language
            elif e.key in (pygame.K_F11, pygame.K_f):
                self._toggle_fullscreen()
            else:
                self._teacher_key(e.key)
            if e.key not in TEACHER_KEYS:
                self._asked = None
                b.teacher = None
                b.picked = None
            if e.key != pygame.K_h:
                b.help = False
            if step:
                b.view = (b.view + step) % (n + 1)
            self._dirty = True
        elif e.type == pygame.MOUSEBUTTONDOWN and e.button == 1:
            for rect, i in b.cards if b.view == 0 else []:
                if rect.collidepoint(e.pos):
                    b.view = i
                    self._dirty = True
        elif e.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED,
                        pygame.WINDOWSHOWN, pygame.WINDOWRESTORED):
            self.screen = pygame.display.get_surface()
            self._dirty = True
        return True

    def _teacher_key(self, key: int) -> None:
        """P, R, I (Enter), E (twice), T then K (twice), M (twice) or B, and H, on the table
        shown: the facilitator's controls."""
        b = self.board
        if key not in TEACHER_KEYS:
            return
        if key == pygame.K_h:
            b.help = not b.help
            b.teacher = w("projector.teacher_keys", b.lang) if b.help else None
            self._asked = None
            return
        if not 1 <= b.view <= len(self.tables):
            b.teacher, self._asked = w("projector.teacher_pick", b.lang), None
            return
        s = self.tables[b.view - 1]
        code, lang, asked = str(s["room"]), b.lang, self._asked
        self._asked = None
        b.teacher = None
        if key in (pygame.K_t, pygame.K_k, pygame.K_m, pygame.K_b):
            self._team_key(key, s, asked)
            return
        b.picked = None  # the table's own keys: no team chosen any more
        if key == pygame.K_p:
            self.feed.control(code, "resume" if s.get("paused") else "pause")
        elif key == pygame.K_r:
            self.feed.control(code, "hide" if s.get("revealed") else "reveal")
        elif key == pygame.K_e:
            if asked == ("end", code, ""):
                self.feed.control(code, "end")
            elif not s.get("over"):
                self._asked = ("end", code, "")
                b.teacher = w("projector.teacher_end", lang, code=code)
        elif key == pygame.K_i:
            forces = self.feed.forces(code, lang)
            if not forces or s.get("over"):
                return
            at = 0
            if asked is not None and asked[:2] == ("inject", code):
                at = next((i + 1 for i, f in enumerate(forces) if f["id"] == asked[2]), 0)
            f = forces[at % len(forces)]
            self._asked = ("inject", code, f["id"])
            b.teacher = w("projector.teacher_inject", lang, name=f["name"])
        elif asked is not None and asked[:2] == ("inject", code):  # Enter
            self.feed.control(code, "inject", force=asked[2])

    def _team_key(self, key: int, s: dict[str, Any], asked: tuple[str, str, str] | None) -> None:
        """T chooses the next team of the table shown; K (twice) disconnects its device, M
        (twice) frees its seat for another device, B lets the computer play for it or gives
        the seat back to the team. The line at the bottom says what happened."""
        b = self.board
        code, lang = str(s["room"]), b.lang
        seats = list(s.get("seats", []))
        if key == pygame.K_t:
            roles = [x["role"] for x in seats]
            if not roles:
                return
            at = roles.index(b.picked) + 1 if b.picked in roles else 0
            b.picked = roles[at % len(roles)]
            b.teacher = self._team_line(s)
            return
        seat = next((x for x in seats if x["role"] == b.picked), None)
        if seat is None:
            b.picked, b.teacher = None, w("projector.teacher_team_pick", lang)
            return
        role, name = str(seat["role"]), str(seat["label"])
        if key == pygame.K_b:
            do = "human" if seat.get("bot") else "bot"
            self._control(code, do, role, w(f"projector.teacher_{do}", lang, name=name))
            return
        if not seat.get("taken"):
            b.teacher = w("projector.teacher_no_device", lang, name=name)
            return
        do = "kick" if key == pygame.K_k else "release"
        if do == "release" and seat.get("bot"):
            b.teacher = w("projector.teacher_bot_first", lang, name=name)
        elif asked == (do, code, role):
            done = (w("projector.teacher_kicked", lang, name=name) if do == "kick" else
                    w("projector.teacher_released", lang, name=name, code=code))
            self._control(code, do, role, done)
        else:
            self._asked = (do, code, role)
            b.teacher = w(f"projector.teacher_{do}_ask", lang, name=name)

    def _team_line(self, s: dict[str, Any]) -> str:
        """The chosen team and what the keys do to it."""
        lang = self.board.lang
        seat = next(x for x in s.get("seats", []) if x["role"] == self.board.picked)
        name = str(seat["label"])
        if seat.get("team"):
            name = f"{seat['team']} ({name})"
        bot = w("web_console.human" if seat.get("bot") else "web_console.bot", lang).lower()
        return w("projector.teacher_team", lang, name=name, bot=bot)

    def _control(self, code: str, do: str, role: str, said: str) -> None:
        """A control on a team; when it is done, the line at the bottom says ``said``."""
        def done(why: str | None) -> None:
            self.board.teacher = said if why is None else w("projector.teacher_failed",
                                                            self.board.lang)
            self._dirty = True

        self.feed.control(code, do, role=role, done=done)

    def tick(self, now: float) -> bool:
        """Input, fresh frames when the host changed, a drawing when anything changed.
        Returns False when the window was closed."""
        for e in pygame.event.get():
            if not self.handle(e):
                return False
        version = self.feed.version()
        if version != self._version or now - self._fetched > REFRESH_S:
            tables = self.feed.tables(self.board.lang)
            self._version, self._fetched = version, now
            if tables != self.tables:
                self.tables = tables
                self._dirty = True
        if self._dirty and self.screen is not None:
            self.board.draw(self.screen, self.tables)
            pygame.display.flip()
            self.frames += 1
            self._dirty = False
        return True

    async def run(self) -> None:
        """Until the window is closed (Esc, the window's close button) or the task is
        cancelled (the host stops); the window is closed either way."""
        import time

        if not self.open_now:
            self.open()
        try:
            while self.tick(time.monotonic()):
                await asyncio.sleep(1 / self.fps)
        finally:
            self.close()


def render(tables: list[dict[str, Any]], size: tuple[int, int], view: int,
           lang: str = "nl", teacher: str | None = None, picked: str | None = None,
           help: bool = False) -> tuple[pygame.Surface, Board]:
    """One frame of the board drawn off-screen (tests and screenshots); with the teacher's
    line, the team the teacher chose and the help as the window's keys set them."""
    if not pygame.font.get_init():  # after a pygame.quit the cached fonts are dead
        from game.ui.style import reset_caches

        reset_caches()
        pygame.font.init()
    surface = pygame.Surface(size)
    board = Board(lang=lang, view=view, teacher=teacher, picked=picked, help=help)
    board.draw(surface, tables)
    return surface, board
