"""Custom-drawn table parts: the round and phase track, the pots, the relations triangle,
time pips and severity bars. Each value is written as a number or word next to its shape."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pygame

from game.engine.defs import PROFESSIONALS, Scenario
from game.lang import t as lang_t
from game.lang.moves import pot_short
from game.ui.i18n import phase_name, t, team_label
from game.ui.style import (
    C,
    Style,
    blit_text,
    draw_lines,
    draw_text,
    fit_text,
    line_step,
    mix,
    panel,
    text_surface,
)

PHASES = ("kracht", "leven", "inwoner", "professionals", "overleg", "afronding")


def draw_round_track(surface: pygame.Surface, st: Style, x: int, y: int, current: int,
                     total: int, lang: str) -> int:
    font = st.font("h3", bold=True)
    r = draw_text(surface, t("round", lang, r=current, n=total), font, C("ink"), (x, y))
    cx = r.right + st.px(22)
    rad = st.px(13)
    for i in range(1, total + 1):
        c = (cx + (i - 1) * st.px(34), r.centery)
        if i < current:
            pygame.draw.circle(surface, C("ink_soft"), c, rad)
        elif i == current:
            pygame.draw.circle(surface, C("warn"), c, rad + st.px(3))
            pygame.draw.circle(surface, C("ink"), c, rad + st.px(3), max(2, st.px(3)))
        else:
            pygame.draw.circle(surface, C("ink_soft"), c, rad, max(1, st.px(2)))
    return cx + total * st.px(34)


def draw_phase_track(surface: pygame.Surface, st: Style, x: int, y: int, phase: str,
                     lang: str) -> int:
    """Phase chips; the current one is filled, bold and underlined (not colour alone)."""
    for ph in PHASES:
        cur = ph == phase
        font = st.font("small", bold=cur)
        img = text_surface(phase_name(ph, lang), font, C("ink") if cur else C("ink_soft"))
        chip = pygame.Rect(x, y, img.get_width() + st.px(22), st.px(40))
        if cur:
            pygame.draw.rect(surface, C("warn"), chip, border_radius=st.px(20))
            pygame.draw.rect(surface, C("ink"), chip, max(2, st.px(3)), border_radius=st.px(20))
        blit_text(surface, img, img.get_rect(center=chip.center).topleft, phase_name(ph, lang),
                  font)
        if cur:
            pygame.draw.line(surface, C("ink"), (chip.x + st.px(12), chip.bottom + st.px(5)),
                             (chip.right - st.px(12), chip.bottom + st.px(5)), max(2, st.px(3)))
        x = chip.right + st.px(6)
    return x


def draw_pips(surface: pygame.Surface, st: Style, x: int, y: int, have: int, total: int,
              colour: pygame.Color, label: str) -> int:
    """Time or energy as pips plus 'Tijd 2/3' in words."""
    r = draw_text(surface, f"{label} {have}/{total}", st.font("body", bold=True), C("ink"), (x, y))
    cx = r.right + st.px(16)
    for i in range(max(total, have)):
        c = (cx + i * st.px(30), r.centery)
        if i < have:
            pygame.draw.circle(surface, colour, c, st.px(11))
            pygame.draw.circle(surface, C("ink"), c, st.px(11), max(1, st.px(2)))
        else:
            pygame.draw.circle(surface, C("ink_soft"), c, st.px(11), max(1, st.px(2)))
    return cx + max(total, have) * st.px(30)


def draw_severity(surface: pygame.Surface, st: Style, x: int, y: int, sev: int) -> int:
    """Five segments, filled up to the severity."""
    w, h, gap = st.px(20), st.px(16), st.px(3)
    for i in range(5):
        rect = pygame.Rect(x + i * (w + gap), y, w, h)
        if i < sev:
            col = C("bad") if sev >= 4 else C("warn")
            pygame.draw.rect(surface, col, rect)
        pygame.draw.rect(surface, C("ink"), rect, 1)
    return x + 5 * (w + gap)


def pot_jars(st: Style, rect: pygame.Rect) -> dict[str, pygame.Rect]:
    """Where each pot's jar stands inside the pots area (coins fly to these)."""
    w = rect.w // 3
    return {pot: pygame.Rect(rect.x + k * w + st.px(16), rect.y + st.px(54), w - st.px(32),
                             rect.h - st.px(84))
            for k, pot in enumerate(("zvw", "wmo", "wlz"))}


def draw_pots(surface: pygame.Surface, st: Style, rect: pygame.Rect, pots: Mapping[str, float],
              start: Mapping[str, int], paid: Mapping[str, int], lang: str,
              glow: dict[str, float] | None = None) -> None:
    """Three jars with their amount as a number. ``pots`` may hold in-between values while a
    pot's number counts; ``glow`` (0..1 per pot) rings a jar that just paid."""
    jars = pot_jars(st, rect)
    small = st.font("tiny")
    for pot, jar in jars.items():
        col = C(pot)
        value = pots.get(pot, 0)
        g = (glow or {}).get(pot, 0.0)
        if g > 0:
            halo = jar.inflate(st.px(8) + round(st.px(14) * g), st.px(8) + round(st.px(14) * g))
            pygame.draw.rect(surface, C("focus_glow"), halo, border_radius=st.px(16))
            pygame.draw.rect(surface, C("ink"), halo, max(1, st.px(2)), border_radius=st.px(16))
        pygame.draw.rect(surface, C("card"), jar, border_radius=st.px(12))
        full = max(start.get(pot, 0), pots.get(pot, 0), 1)
        level = max(0.0, min(1.0, value / full))
        fill = jar.copy()
        fill.height = round(jar.height * level)
        fill.bottom = jar.bottom
        pygame.draw.rect(surface, mix(col, C("card"), 0.35), fill, border_radius=st.px(12))
        pygame.draw.rect(surface, C("ink"), jar, max(2, st.px(3)), border_radius=st.px(12))
        draw_text(surface, pot_short(pot, lang), st.font("h3", bold=True), C("ink"),
                  (jar.centerx, rect.y), "midtop")
        who = lang_t(f"pot_who.{pot}", lang)
        half = small.size(who)[0] // 2
        cx = max(rect.x + half, min(jar.centerx, rect.right - half))
        draw_text(surface, who, small, C("ink_soft"), (cx, rect.y + st.px(28)), "midtop")
        big = st.font("h1", bold=True)
        draw_text(surface, str(round(value)), big, C("ink"), jar.center, "center")
        draw_text(surface, t("paid_total", lang, n=paid.get(pot, 0)), small,
                  C("ink"), (jar.centerx, jar.bottom + st.px(4)), "midtop")


def draw_coin_flight(surface: pygame.Surface, st: Style, a: tuple[int, int],
                     b: tuple[int, int], p: float, amount: int, colour: pygame.Color) -> None:
    """A coin on its way from a to b (p from 0 to 1), along a low arc, with its amount."""
    x = a[0] + (b[0] - a[0]) * p
    y = a[1] + (b[1] - a[1]) * p - math.sin(math.pi * p) * st.px(90)
    r = st.px(26)
    pygame.draw.circle(surface, C("table_dark"), (round(x) + st.px(3), round(y) + st.px(4)), r)
    pygame.draw.circle(surface, C("focus_glow"), (round(x), round(y)), r)
    pygame.draw.circle(surface, colour, (round(x), round(y)), r, max(2, st.px(4)))
    draw_text(surface, str(amount), st.font("h3", bold=True), C("ink"), (round(x), round(y)),
              "center")


REL_POS = {"huisarts": (0.5, 0.16), "wijkverpleegkundige": (0.1, 0.74),
           "sociaal_werker": (0.9, 0.74)}


def draw_relations(surface: pygame.Surface, st: Style, rect: pygame.Rect,
                   relations: dict[str, int], lang: str, highlight: str | None = None,
                   pulses: dict[str, float] | None = None,
                   scenario: Scenario | None = None) -> None:
    """Three professionals and the relation on each side: a line as thick as the relation
    (dotted at 0) with its number; the words for the numbers stand in a legend below.
    ``pulses`` (0..1..0 per pair) makes a relation that just changed beat once."""
    pos = {r: (rect.x + rect.w * px, rect.y + rect.h * py) for r, (px, py) in REL_POS.items()}
    for key, val in relations.items():
        a, b = key.split("+")
        pa, pb = pos[a], pos[b]
        beat = (pulses or {}).get(key, 0.0)
        if beat > 0:
            pygame.draw.line(surface, C("focus_glow"), pa, pb,
                             st.px(10) + round(st.px(16) * beat))
        width = max(2, st.px(2 + 3 * val))
        if val == 0:
            n = 12
            for i in range(0, n, 2):
                p0 = (pa[0] + (pb[0] - pa[0]) * i / n, pa[1] + (pb[1] - pa[1]) * i / n)
                p1 = (pa[0] + (pb[0] - pa[0]) * (i + 1) / n, pa[1] + (pb[1] - pa[1]) * (i + 1) / n)
                pygame.draw.line(surface, C("ink_soft"), p0, p1, max(2, st.px(2)))
        else:
            pygame.draw.line(surface, C("ink"), pa, pb, width)
        mid = (int((pa[0] + pb[0]) / 2), int((pa[1] + pb[1]) / 2))
        rad = st.px(15) + round(st.px(6) * beat)
        pygame.draw.circle(surface, C("focus_glow") if beat > 0 else C("panel"), mid, rad)
        pygame.draw.circle(surface, C("ink"), mid, rad, max(1, st.px(2)))
        draw_text(surface, str(val), st.font("small", bold=True), C("ink"), mid, "center")
    name_font = st.font("small", bold=True)
    for r in PROFESSIONALS:
        p = pos[r]
        from game.ui.widgets.roles import draw_role_icon

        rad = st.px(18)
        ip = (int(p[0]), int(p[1]))
        draw_role_icon(surface, r, ip, rad)
        pygame.draw.circle(surface, C("ink"), ip, rad, max(2, st.px(5) if r == highlight else 2))
        name = team_label(r, lang, scenario)
        if r == "huisarts":
            draw_text(surface, name, name_font, C("ink"), (int(p[0]), int(p[1] - rad - st.px(2))),
                      "midbottom")
        elif r == "wijkverpleegkundige":
            draw_text(surface, name, name_font, C("ink"), (rect.x - st.px(16),
                                                           int(p[1] + rad + st.px(2))))
        else:
            draw_text(surface, name, name_font, C("ink"), (rect.right + st.px(16),
                                                           int(p[1] + rad + st.px(2))), "topright")


def draw_bolt(surface: pygame.Surface, center: tuple[int, int], r: int, colour: pygame.Color) -> None:
    x, y = center
    pts = [(x + r * 0.2, y - r), (x - r * 0.5, y + r * 0.1), (x, y + r * 0.1),
           (x - r * 0.2, y + r), (x + r * 0.5, y - r * 0.1), (x, y - r * 0.1)]
    pygame.draw.polygon(surface, colour, pts)
    pygame.draw.polygon(surface, C("ink"), pts, 1)


def arc_progress(surface: pygame.Surface, center: tuple[int, int], r: int, frac: float,
                 colour: pygame.Color, width: int) -> None:
    rect = pygame.Rect(0, 0, 2 * r, 2 * r)
    rect.center = center
    if frac > 0:
        pygame.draw.arc(surface, colour, rect, math.pi / 2 - 2 * math.pi * frac, math.pi / 2,
                        width)


def draw_relations_panel(surface: pygame.Surface, st: Style, rect: pygame.Rect,
                         relations: dict[str, int], lang: str, highlight: str | None = None,
                         pulses: dict[str, float] | None = None,
                         scenario: Scenario | None = None) -> None:
    """A panel with its title, the relations triangle stretched to the room, and the legend
    of the numbers at the bottom (the board and the debrief draw the same panel)."""
    panel(surface, rect, st)
    draw_text(surface, t("relations", lang), st.font("body", bold=True), C("ink"),
              (rect.x + st.px(14), rect.y + st.px(8)))
    x = rect.x + st.px(14)
    w = rect.w - st.px(28)
    # from the bottom up: the legend, then the triangle in the rest
    y = rect.bottom - st.px(10)
    legend = " · ".join(f"{n} {t(f'rel_{n}', lang)}" for n in range(4))
    lfont, llines, _ok = fit_text(st, legend, ("tiny",), w, 10 ** 6, line_gap=1.0)
    y -= len(llines) * line_step(lfont, 1.0)
    draw_lines(surface, legend, llines, lfont, C("ink_soft"), (x, y), line_gap=1.0)
    names_h = st.font("small", bold=True).get_linesize()
    tri_top = rect.y + st.px(44) + names_h + st.px(20)
    tri_bottom = y - names_h - st.px(28)
    tri = pygame.Rect(rect.x + st.px(30), tri_top, rect.w - st.px(60),
                      max(st.px(20), tri_bottom - tri_top))
    # the triangle's corners sit at 16% and 74% of its box: stretch it to the room
    top_f, bot_f = REL_POS["huisarts"][1], REL_POS["sociaal_werker"][1]
    full_h = tri.h / max(0.1, bot_f - top_f)
    tri = pygame.Rect(tri.x, round(tri.y - top_f * full_h), tri.w, round(full_h))
    draw_relations(surface, st, tri, relations, lang, highlight, pulses, scenario)
