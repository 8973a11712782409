"""Custom-drawn cards: action cards (name, cost badges, a strip in the domain's colour) and
force cards (a different, taller shape with a cut corner, a blocking or enabling mark drawn
as a symbol and a word, and the area of the force field). Never colour alone: every colour
comes with a word or a symbol."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.ui.style import C, Style, draw_text, draw_wrapped, mix, text_surface, wrap

DOMAIN_OF_ROLE = {"huisarts": "medisch", "wijkverpleegkundige": "medisch",
                  "sociaal_werker": "sociaal", "inwoner": "inwoner", "facilitator": "beide"}
DOMAIN_WORD = {"medisch": ("MEDISCH", "MEDICAL"), "sociaal": ("SOCIAAL", "SOCIAL"),
               "inwoner": ("INWONER", "RESIDENT"), "beide": ("BEIDE", "BOTH")}


@dataclass
class CardFace:
    title: str
    domain: str  # medisch, sociaal, inwoner, beide
    icon: str  # an op name, for the little symbol
    time: int | None  # time or energy cost
    time_word: str  # "tijd" / "energie"
    pot: str | None  # the pot that pays (zvw, wmo, wlz)
    pot_label: str | None  # "Zvw 1"
    free_label: str | None  # "onbetaald" / "gratis"
    playable: bool
    note: str | None  # the reason it is blocked, or a hint (shown on the card, short)
    number: int | None  # keyboard shortcut 1..9
    lang: str


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
    surface.blit(img, (x + h + st.px(4), y + (h - img.get_height()) // 2))
    return w


def draw_action_card(surface: pygame.Surface, st: Style, rect: pygame.Rect, face: CardFace,
                     hovered: bool = False) -> None:
    r = st.px(14)
    lift = st.px(6) if hovered and face.playable else 0
    rect = rect.move(0, -lift)
    shadow = rect.move(st.px(4), st.px(6))
    pygame.draw.rect(surface, C("table_dark"), shadow, border_radius=r)
    domain_c = C(face.domain if face.domain in ("medisch", "sociaal", "inwoner") else "beide")
    fill = C("card") if face.playable else C("muted")
    if not face.playable:
        domain_c = mix(domain_c, C("muted"), 0.55)
    pygame.draw.rect(surface, fill, rect, border_radius=r)
    strip = pygame.Rect(rect.x, rect.y, rect.w, st.px(36))
    pygame.draw.rect(surface, domain_c, strip, border_top_left_radius=r, border_top_right_radius=r)
    ink_strip = _ink_on(domain_c)
    draw_icon(surface, face.icon, (strip.x + st.px(22), strip.centery), st.px(13), ink_strip)
    word = DOMAIN_WORD[face.domain][1 if face.lang == "en" else 0]
    draw_text(surface, word, st.font("tiny", bold=True), ink_strip,
              (strip.x + st.px(42), strip.centery), "midleft")
    if face.number is not None:
        num = pygame.Rect(0, 0, st.px(30), st.px(30))
        num.midright = (strip.right - st.px(6), strip.centery)
        pygame.draw.rect(surface, C("panel"), num, border_radius=st.px(6))
        pygame.draw.rect(surface, C("ink"), num, max(1, st.px(2)), border_radius=st.px(6))
        draw_text(surface, str(face.number), st.font("small", bold=True), C("ink"), num.center,
                  "center")
    ink = C("ink") if face.playable else C("muted_ink")
    pad = st.px(12)
    body = pygame.Rect(rect.x + pad, strip.bottom + st.px(4), rect.w - 2 * pad, 0)
    title_font = st.font("body", bold=True)
    if any(title_font.size(w)[0] > body.w for w in face.title.split()):
        title_font = st.font("tiny", bold=True)  # a long compound word: a size smaller
    body.height = 2 * title_font.get_linesize()
    used = draw_wrapped(surface, face.title, title_font, ink, body, max_lines=2, line_gap=1.0)
    note_top = body.y + max(used, st.px(30)) + st.px(2)
    badge_h = st.px(30)
    badge_y = rect.bottom - badge_h - st.px(8)
    if face.note:
        note_rect = pygame.Rect(body.x, note_top, body.w, badge_y - note_top - st.px(2))
        if not face.playable:
            # a "no entry" mark: a circle with a bar, beside the reason (not colour alone)
            cx, cy = body.x + st.px(10), note_top + st.px(12)
            pygame.draw.circle(surface, C("bad"), (cx, cy), st.px(10), max(2, st.px(3)))
            pygame.draw.line(surface, C("bad"), (cx - st.px(6), cy), (cx + st.px(6), cy),
                             max(2, st.px(3)))
            note_rect.x += st.px(26)
            note_rect.w -= st.px(26)
        draw_wrapped(surface, face.note, st.font("tiny"), ink, note_rect, max_lines=2,
                     line_gap=1.0)
    x = body.x
    if face.time is not None:
        x += badge(surface, st, x, badge_y, badge_h, f"{face.time} {face.time_word}",
                   C("panel") if face.playable else C("muted"), "clock") + st.px(6)
    if face.pot and face.pot_label:
        pot_c = C(face.pot) if face.playable else mix(C(face.pot), C("muted"), 0.55)
        if x + st.px(90) < rect.right:
            badge(surface, st, x, badge_y, badge_h, face.pot_label, pot_c, "coin")
    elif face.free_label and x + st.px(90) < rect.right:
        draw_text(surface, face.free_label, st.font("tiny"), C("ink_soft") if face.playable
                  else C("muted_ink"), (x + st.px(4), badge_y + badge_h // 2), "midleft")
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


def draw_force_card(surface: pygame.Surface, st: Style, rect: pygame.Rect, kind: str,
                    name: str, text: str, kind_word: str, area_word: str, extra: str | None = None,
                    big: bool = False) -> None:
    cut = st.px(36 if big else 24)
    pygame.draw.polygon(surface, C("table_dark"), force_shape(rect.move(st.px(5), st.px(7)), cut))
    tint = mix(C(kind), C("card"), 0.82)
    pygame.draw.polygon(surface, tint, force_shape(rect, cut))
    pygame.draw.polygon(surface, C(kind), force_shape(rect, cut), max(3, st.px(6 if big else 5)))
    pad = st.px(28 if big else 18)
    mark_r = st.px(34 if big else 22)
    draw_force_mark(surface, kind, (rect.x + pad + mark_r, rect.y + pad + mark_r), mark_r)
    head_x = rect.x + pad + 2 * mark_r + st.px(14)
    f_kind = st.font("small" if not big else "h3", bold=True)
    draw_text(surface, kind_word, f_kind, C("ink"), (head_x, rect.y + pad), "topleft")
    draw_text(surface, area_word, st.font("small" if not big else "body"), C("ink_soft"),
              (head_x, rect.y + pad + f_kind.get_linesize()), "topleft")
    y = rect.y + pad + 2 * mark_r + st.px(12)
    title_font = st.font("h2" if big else "h3", bold=True)
    inner = rect.w - 2 * pad
    lines = wrap(name, title_font, inner)[:2]
    for line in lines:
        draw_text(surface, line, title_font, C("ink"), (rect.x + pad, y))
        y += title_font.get_linesize()
    y += st.px(6)
    body_font = st.font("h3" if big else "body")
    bottom = rect.bottom - pad - (st.font("small").get_linesize() if extra else 0)
    draw_wrapped(surface, text, body_font, C("ink"),
                 pygame.Rect(rect.x + pad, y, inner, bottom - y - st.px(4)))
    if extra:
        draw_text(surface, extra, st.font("small", bold=True), C("ink_soft"),
                  (rect.x + pad, rect.bottom - pad), "bottomleft")
