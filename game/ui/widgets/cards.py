"""Custom-drawn cards: action cards (name, cost badges, a strip in the domain's colour) and
force cards (a different, taller shape with a cut corner, a blocking or enabling mark drawn
as a symbol and a word, and the area of the force field). Never colour alone: every colour
comes with a word or a symbol."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.ui import style as _style
from game.ui.style import (
    C,
    Style,
    draw_lines,
    draw_text,
    draw_wrapped,
    fit_text,
    line_step,
    mix,
    splits_words,
    text_surface,
    wrap,
)

DOMAIN_OF_ROLE = {"huisarts": "medisch", "wijkverpleegkundige": "medisch",
                  "sociaal_werker": "sociaal", "inwoner": "inwoner", "facilitator": "beide"}


@dataclass(frozen=True)
class CardFace:
    title: str
    domain: str  # medisch, sociaal, inwoner, beide
    icon: str  # an op name, for the little symbol
    time: int | None  # time or energy cost now (surcharges included); None: no badge
    time_word: str  # "tijd" / "energie"
    pot: str | None  # the pot that pays (zvw, wmo, wlz)
    pot_label: str | None  # "Zvw 1"
    free_label: str | None  # "onbetaald" / "gratis"
    playable: bool
    note: str | None  # a short description (may be cut: the inspect panel has it in full)
    key: str | None  # the key that plays it: 1-9, then letters
    lang: str
    reason: str | None = None  # why it is blocked (in full in the inspect panel)
    time_extra: int = 0  # the surcharge (+) or discount (-) included in time
    time_text: str | None = None  # the time badge's text, when not "{time} {time_word}"
    role: str = "facilitator"  # whose card: the strip is in the role's colour


@dataclass
class CardLayout:
    """Where everything on an action card goes, for one card size (see layout_card)."""

    title_font: pygame.font.Font
    title_lines: list[str]
    title_fits: bool  # the whole name, no word split
    title_h: int
    badge_rows: list[list[tuple[str, str, int]]]  # rows of (kind, text, width)
    badge_top: int  # y of the first badge row, from the card's top
    text_top: int  # the room for the description or the reason: from ...
    text_bottom: int  # ... to
    title_gap: float = 1.0  # the name's line spacing (closer when two lines need it)


STRIP_H, PAD, BADGE_H, BADGE_GAP, MARK_W = 34, 10, 30, 6, 26
TITLE_ROLES = ("body", "small", "tiny")
TITLE_TIGHT = 0.88  # the closest a card's name's lines may sit


def time_badge_text(face: CardFace) -> str | None:
    if face.time is None:
        return None
    text = face.time_text or f"{face.time} {face.time_word}"
    if face.time_extra:
        text += f" ({face.time_extra:+d})"
    return text


def _badge_w(st: Style, text: str) -> int:
    font = st.font("tiny", bold=True)
    return font.size(text)[0] + st.px(BADGE_H) + st.px(10)


def _badge_items(st: Style, face: CardFace) -> list[tuple[str, str, int]]:
    items: list[tuple[str, str, int]] = []
    tt = time_badge_text(face)
    if tt is not None:
        items.append(("time", tt, _badge_w(st, tt)))
    if face.pot and face.pot_label:
        items.append(("pot", face.pot_label, _badge_w(st, face.pot_label)))
    elif face.free_label:
        items.append(("free", face.free_label,
                      st.font("tiny").size(face.free_label)[0] + st.px(8)))
    return items


def _rows(items: list[tuple[str, str, int]], width: int, gap: int
          ) -> list[list[tuple[str, str, int]]]:
    rows: list[list[tuple[str, str, int]]] = []
    used = 0
    for it in items:
        if rows and used + gap + it[2] <= width:
            rows[-1].append(it)
            used += gap + it[2]
        else:
            rows.append([it])
            used = it[2]
    return rows


def layout_card(st: Style, face: CardFace, w: int, h: int) -> CardLayout:
    """Lay the card out at w x h pixels: its name in the largest font that holds it (three
    lines at most), the cost badges at the bottom (as many rows as there is room for) and
    the room between them for the description or the reason (cut there if need be: the
    inspect panel beside the hand shows the focused card in full)."""
    return _layout_card(st.key, face, w, h)


@lru_cache(maxsize=512)
def _layout_card(key: tuple[tuple[int, int], float], face: CardFace, w: int, h: int
                 ) -> CardLayout:
    st = Style(*key)
    pad = st.px(PAD)
    inner = w - 2 * pad
    gap = st.px(BADGE_GAP)
    bottom = h - st.px(6)
    rows = _rows(_badge_items(st, face), inner, gap)
    top = st.px(STRIP_H) + st.px(3)
    room = bottom - top
    # every badge row (what the card really costs, and who pays) when the name still fits
    # in a smaller font beside them; else at least the first row, and the name gets the rest
    keep = rows
    all_block = len(rows) * (st.px(BADGE_H) + gap) - gap if rows else 0
    tfont, tlines, tfits = fit_text(st, face.title, TITLE_ROLES, inner,
                                    room - all_block - st.px(2), bold=True, line_gap=1.0,
                                    max_lines=3)
    gap_now = 1.0
    if not tfits:
        keep = rows[:1] if rows else []
        badge_block = len(keep) * st.px(BADGE_H)
        # a name of two or three lines on a short card (a hand of three rows) may sit a
        # little closer together rather than run into the cost badge below it
        for gap_now in (1.0, TITLE_TIGHT):
            tfont, tlines, tfits = fit_text(st, face.title, TITLE_ROLES, inner,
                                            room - badge_block - st.px(2), bold=True,
                                            line_gap=gap_now, max_lines=3)
            if tfits:
                break
    title_h = min(len(tlines), 3) * line_step(tfont, gap_now)
    tlines = tlines[:3]
    # more badge rows when there is room for them under the name
    while len(keep) < len(rows) and top + title_h + (len(keep) + 1) * (
            st.px(BADGE_H) + gap) <= bottom:
        keep = rows[:len(keep) + 1]
    badge_block = len(keep) * (st.px(BADGE_H) + gap) - gap if keep else 0
    badge_top = bottom - badge_block
    text_top = top + title_h + st.px(2)
    return CardLayout(tfont, tlines, tfits, title_h, keep, badge_top, text_top,
                      badge_top - st.px(2), gap_now)


def _ink_on(colour: pygame.Color) -> pygame.Color:
    lum = 0.2126 * colour.r + 0.7152 * colour.g + 0.0722 * colour.b
    return C("ink") if lum > 140 else pygame.Color("#FFFFFF")


def draw_icon(surface: pygame.Surface, kind: str, center: tuple[int, int], r: int,
              colour: pygame.Color) -> None:
    """A small symbol per kind of action, drawn with shapes (no image files)."""
    x, y = center
    w = max(2, r // 4)
    if kind in ("deel", "vertel"):
        pygame.draw.circle(surface, colour, (x - r // 2, y), r // 3)
        pygame.draw.circle(surface, colour, (x + r // 2, y), r // 3)
        pygame.draw.line(surface, colour, (x - r // 2, y), (x + r // 2, y), w)
    elif kind in ("toestemming", "algemene_toestemming", "accepteer"):
        pygame.draw.lines(surface, colour, False,
                          [(x - r * 0.6, y), (x - r * 0.15, y + r * 0.5), (x + r * 0.65, y - r * 0.55)], w + 1)
    elif kind in ("weiger", "trek_in"):
        pygame.draw.line(surface, colour, (x - r // 2, y - r // 2), (x + r // 2, y + r // 2), w + 1)
        pygame.draw.line(surface, colour, (x - r // 2, y + r // 2), (x + r // 2, y - r // 2), w + 1)
    elif kind in ("bied_aan", "borg"):
        box = pygame.Rect(0, 0, r * 1.3, r)
        box.center = (x, y + r // 6)
        pygame.draw.rect(surface, colour, box, w)
        pygame.draw.line(surface, colour, (x, box.top), (x, box.bottom), w)
        pygame.draw.line(surface, colour, (box.left, y), (box.right, y), w)
    elif kind in ("verwijs", "activeer_netwerk"):
        pygame.draw.line(surface, colour, (x - r * 0.7, y), (x + r * 0.6, y), w)
        pygame.draw.polygon(surface, colour, [(x + r * 0.7, y), (x + r * 0.2, y - r * 0.45),
                                              (x + r * 0.2, y + r * 0.45)])
    elif kind in ("kennismaken", "plan_overleg", "vraag_toestemming"):
        for dx in (-r // 2, 0, r // 2):
            pygame.draw.circle(surface, colour, (x + dx, y - r // 4), max(2, r // 5))
        pygame.draw.line(surface, colour, (x - r * 0.75, y + r // 3), (x + r * 0.75, y + r // 3), w)
    else:
        pygame.draw.circle(surface, colour, (x, y), r * 0.65, w)
        pygame.draw.circle(surface, colour, (x, y), max(2, r // 5))


def draw_clock(surface: pygame.Surface, center: tuple[int, int], r: int, colour: pygame.Color) -> None:
    pygame.draw.circle(surface, colour, center, r, max(2, r // 5))
    x, y = center
    pygame.draw.line(surface, colour, (x, y), (x, y - r * 0.6), max(2, r // 5))
    pygame.draw.line(surface, colour, (x, y), (x + r * 0.45, y), max(2, r // 5))


def draw_coin(surface: pygame.Surface, center: tuple[int, int], r: int, colour: pygame.Color) -> None:
    pygame.draw.circle(surface, colour, center, r)
    pygame.draw.circle(surface, C("ink"), center, r, max(1, r // 6))


def badge(surface: pygame.Surface, st: Style, x: int, y: int, h: int, text: str,
          fill: pygame.Color, icon: str) -> int:
    """A rounded cost badge with a symbol and a word; returns its width."""
    font = st.font("tiny", bold=True)
    ink = _ink_on(fill)
    img = text_surface(text, font, ink)
    w = img.get_width() + h + st.px(10)
    rect = pygame.Rect(x, y, w, h)
    pygame.draw.rect(surface, fill, rect, border_radius=h // 2)
    pygame.draw.rect(surface, C("ink"), rect, max(1, st.px(2)), border_radius=h // 2)
    c = (x + h // 2 + st.px(2), y + h // 2)
    if icon == "clock":
        draw_clock(surface, c, h // 3, ink)
    else:
        draw_coin(surface, c, h // 3, C("focus_glow"))
    _style.blit_text(surface, img, (x + h + st.px(4), y + (h - img.get_height()) // 2), text,
                     font)
    return w


def draw_action_card(surface: pygame.Surface, st: Style, rect: pygame.Rect, face: CardFace,
                     hovered: bool = False) -> None:
    """One action card of the hand. A blocked card is greyed in its place, with a no-entry
    mark and (as far as there is room) its reason. Each card is drawn once into a small
    surface and blitted from then on."""
    img, cap = _card_image(st.key, face, rect.w, rect.h)
    lift = st.px(6) if hovered and face.playable else 0
    surface.blit(img, (rect.x, rect.y - lift))
    _style.log_panel(rect.move(0, -lift), surface)
    cap.replay((rect.x, rect.y - lift), surface.get_size())


@lru_cache(maxsize=256)
def _card_image(key: tuple[tuple[int, int], float], face: CardFace, w: int, h: int
                ) -> tuple[pygame.Surface, _style.Capture]:
    st = Style(*key)
    img = pygame.Surface((w + st.px(6), h + st.px(8)), pygame.SRCALPHA)
    with _style.Capture() as cap:
        _draw_card(img, st, pygame.Rect(0, 0, w, h), face)
    return img.convert_alpha() if pygame.display.get_surface() else img, cap


def _draw_card(surface: pygame.Surface, st: Style, rect: pygame.Rect, face: CardFace) -> None:
    from game.ui.widgets.roles import role_colour

    r = st.px(12)
    lay = layout_card(st, face, rect.w, rect.h)
    shadow = rect.move(st.px(4), st.px(6))
    pygame.draw.rect(surface, C("table_dark"), shadow, border_radius=r)
    strip_c = role_colour(face.role)
    fill = C("card") if face.playable else C("muted")
    if not face.playable:
        strip_c = mix(strip_c, C("muted"), 0.6)
    pygame.draw.rect(surface, fill, rect, border_radius=r)
    strip = pygame.Rect(rect.x, rect.y, rect.w, st.px(STRIP_H))
    pygame.draw.rect(surface, strip_c, strip, border_top_left_radius=r, border_top_right_radius=r)
    ink_strip = _ink_on(strip_c)
    draw_icon(surface, face.icon, (strip.x + st.px(20), strip.centery), st.px(12), ink_strip)
    if not face.playable:
        # the no-entry mark on the strip: not colour alone
        cx, cy = strip.x + st.px(46), strip.centery
        pygame.draw.circle(surface, C("panel"), (cx, cy), st.px(11))
        pygame.draw.circle(surface, C("bad"), (cx, cy), st.px(11), max(2, st.px(3)))
        pygame.draw.line(surface, C("bad"), (cx - st.px(6), cy), (cx + st.px(6), cy),
                         max(2, st.px(3)))
    if face.key is not None:
        num = pygame.Rect(0, 0, st.px(30), st.px(28))
        num.midright = (strip.right - st.px(6), strip.centery)
        pygame.draw.rect(surface, C("panel"), num, border_radius=st.px(6))
        pygame.draw.rect(surface, C("ink"), num, max(1, st.px(2)), border_radius=st.px(6))
        draw_text(surface, face.key.upper(), st.font("small", bold=True), C("ink"), num.center,
                  "center")
    ink = C("ink") if face.playable else C("muted_ink")
    pad = st.px(PAD)
    x0 = rect.x + pad
    inner = rect.w - 2 * pad
    draw_lines(surface, face.title, lay.title_lines, lay.title_font, C("ink") if face.playable
               else C("ink_soft"), (x0, strip.bottom + st.px(3)), line_gap=lay.title_gap)
    room = pygame.Rect(x0, rect.y + lay.text_top, inner, lay.text_bottom - lay.text_top)
    text = face.note if face.playable else face.reason
    if text and room.h >= line_step(st.font("tiny"), 1.0):
        draw_wrapped(surface, text, st.font("tiny"), ink if face.playable else C("ink"), room,
                     line_gap=1.0, cut_ok=True)
    y = rect.y + lay.badge_top
    bh = st.px(BADGE_H)
    for row in lay.badge_rows:
        x = x0
        for kind, text_, w in row:
            if kind == "time":
                extra = face.time_extra > 0 and face.playable
                cheap = face.time_extra < 0 and face.playable
                col = C("warn") if extra else C("good") if cheap else (
                    C("panel") if face.playable else C("muted"))
                badge(surface, st, x, y, bh, text_, col, "clock")
            elif kind == "pot" and face.pot:
                pot_c = C(face.pot) if face.playable else mix(C(face.pot), C("muted"), 0.55)
                badge(surface, st, x, y, bh, text_, pot_c, "coin")
            else:
                draw_text(surface, text_, st.font("tiny"), C("ink_soft") if face.playable
                          else C("muted_ink"), (x + st.px(4), y + bh // 2), "midleft")
            x += w + st.px(BADGE_GAP)
        y += bh + st.px(BADGE_GAP)
    edge = C("ink") if face.playable else C("muted_ink")
    pygame.draw.rect(surface, edge, rect, max(2, st.px(3)) if face.playable else max(1, st.px(2)),
                     border_radius=r)


def force_shape(rect: pygame.Rect, cut: int) -> list[tuple[int, int]]:
    """An octagon-cornered card: clearly not an action card."""
    x, y, w, h = rect
    return [(x + cut, y), (x + w - cut, y), (x + w, y + cut), (x + w, y + h - cut),
            (x + w - cut, y + h), (x + cut, y + h), (x, y + h - cut), (x, y + cut)]


def draw_force_mark(surface: pygame.Surface, kind: str, center: tuple[int, int], r: int) -> None:
    """Blocking: an octagonal stop sign with a bar. Enabling: a circle with a plus."""
    x, y = center
    if kind == "belemmerend":
        pts = [(x + r * math.cos(math.pi / 8 + i * math.pi / 4),
                y + r * math.sin(math.pi / 8 + i * math.pi / 4)) for i in range(8)]
        pygame.draw.polygon(surface, C("belemmerend"), pts)
        pygame.draw.polygon(surface, C("ink"), pts, max(2, r // 10))
        bar = pygame.Rect(0, 0, r * 1.2, r * 0.36)
        bar.center = center
        pygame.draw.rect(surface, pygame.Color("#FFFFFF"), bar)
    else:
        pygame.draw.circle(surface, C("bevorderend"), center, r)
        pygame.draw.circle(surface, C("ink"), center, r, max(2, r // 10))
        t = max(3, r // 4)
        pygame.draw.rect(surface, C("ink"), (x - r * 0.6, y - t // 2, r * 1.2, t))
        pygame.draw.rect(surface, C("ink"), (x - t // 2, y - r * 0.6, t, r * 1.2))


@dataclass
class ForceLayout:
    fits: bool
    title_font: pygame.font.Font
    title_lines: list[str]
    body_font: pygame.font.Font
    body_lines: list[str]
    body_top: int  # from the card's top
    body_bottom: int


def layout_force_card(st: Style, rect: pygame.Rect, name: str, text: str,
                      extra: str | None = None, big: bool = False) -> ForceLayout:
    """Fonts and lines for a force card: the name and the whole text, in the largest fonts
    that fit (never below 20 px at 1080p). ``fits`` is False only when even the smallest
    font cannot hold the text; the board then offers the whole card in a reader."""
    return _layout_force(st.key, rect.size, name, text, extra, big)


@lru_cache(maxsize=64)
def _layout_force(key: tuple[tuple[int, int], float], rect_size: tuple[int, int], name: str,
                  text: str, extra: str | None, big: bool) -> ForceLayout:
    st = Style(*key)
    w, h = rect_size
    pad = st.px(28 if big else 18)
    mark_r = st.px(40 if big else 22)
    inner = w - 2 * pad
    title_roles = ("h1", "h2", "h3", "body") if big else ("h3", "body", "small")
    body_roles = ("h2", "h3", "body", "small") if big else ("body", "small", "tiny")
    top = pad + 2 * mark_r + st.px(12)
    bottom = h - pad - (st.font("h3" if big else "small").get_linesize() + st.px(4)
                        if extra else 0)
    best: ForceLayout | None = None
    for ti, trole in enumerate(title_roles):
        tfont = st.font(trole, bold=True)
        tlines = wrap(name, tfont, inner)
        if splits_words(name, tfont, inner) and ti < len(title_roles) - 1:
            continue
        if len(tlines) > 2 and ti < len(title_roles) - 1:
            continue
        title_h = len(tlines) * tfont.get_linesize()
        body_top = top + title_h + st.px(6)
        bfont, blines, bfits = fit_text(st, text, body_roles, inner, bottom - body_top)
        lay = ForceLayout(bfits, tfont, tlines, bfont, blines, body_top, bottom)
        if bfits:
            # a smaller title only when the text does not fit under the larger one
            return lay
        if best is None:
            best = lay
    assert best is not None
    return best


def draw_force_card(surface: pygame.Surface, st: Style, rect: pygame.Rect, kind: str,
                    name: str, text: str, kind_word: str, extra: str | None = None,
                    big: bool = False, more: str | None = None) -> bool:
    """Draw a force card; returns whether the whole text fit. When it does not, the text
    ends in '…' followed by ``more`` (the key or button that shows the whole card)."""
    cut = st.px(36 if big else 24)
    _style.log_panel(rect, surface)
    pygame.draw.polygon(surface, C("table_dark"), force_shape(rect.move(st.px(5), st.px(7)), cut))
    tint = mix(C(kind), C("card"), 0.82)
    pygame.draw.polygon(surface, tint, force_shape(rect, cut))
    pygame.draw.polygon(surface, C(kind), force_shape(rect, cut), max(3, st.px(6 if big else 5)))
    pad = st.px(28 if big else 18)
    mark_r = st.px(40 if big else 22)
    draw_force_mark(surface, kind, (rect.x + pad + mark_r, rect.y + pad + mark_r), mark_r)
    head_x = rect.x + pad + 2 * mark_r + st.px(14)
    f_kind = st.font("small" if not big else "h2", bold=True)
    # the kind beside its mark; the force-field area (3.1-3.6) is for the debrief, not the table
    draw_text(surface, kind_word, f_kind, C("ink"), (head_x, rect.y + pad + mark_r), "midleft")
    lay = layout_force_card(st, rect, name, text, extra, big)
    y = rect.y + pad + 2 * mark_r + st.px(12)
    draw_lines(surface, name, lay.title_lines, lay.title_font, C("ink"), (rect.x + pad, y),
               line_gap=1.0)
    body = pygame.Rect(rect.x + pad, rect.y + lay.body_top, rect.w - 2 * pad,
                       lay.body_bottom - lay.body_top)
    if lay.fits:
        draw_lines(surface, text, lay.body_lines, lay.body_font, C("ink"), body.topleft)
    else:
        step = line_step(lay.body_font)
        n = max(1, body.h // step)
        lines = lay.body_lines[:n]
        tail = "… " + (more or "")
        last = lines[-1]
        while last and lay.body_font.size(last + tail)[0] > body.w:
            last = last[:-1]
        lines[-1] = last.rstrip() + tail.rstrip()
        for i, line in enumerate(lines):
            _style.blit_text(surface, text_surface(line, lay.body_font, C("ink")),
                             (body.x, body.y + i * step), line, lay.body_font)
        if _style.CUT_LOG is not None and not more:
            _style.CUT_LOG.append(text)
    if extra:
        draw_text(surface, extra, st.font("h3" if big else "small", bold=True), C("ink_soft"),
                  (rect.x + pad, rect.bottom - pad), "bottomleft")
    return lay.fits


_style.register_cache(_layout_card)
_style.register_cache(_card_image)
_style.register_cache(_layout_force)
