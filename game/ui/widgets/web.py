"""The inwoner's spider web (Positieve Gezondheid): six axes 0-10, now (filled) against the
start (dashed outline). Dimensions this role may not see are drawn as a grey, dotted axis with
a question mark, and every value is written as a number (never shape or colour alone)."""

from __future__ import annotations

import itertools
import math

import pygame

from game.engine.defs import DIMENSIONS
from game.ui.i18n import dim_name
from game.ui.style import C, Style, draw_text, wrap


def _point(center: tuple[int, int], radius: float, i: int, value: float) -> tuple[float, float]:
    a = -math.pi / 2 + i * math.pi / 3
    return (center[0] + math.cos(a) * radius * value / 10,
            center[1] + math.sin(a) * radius * value / 10)


def _dashed(surface: pygame.Surface, colour: pygame.Color, a: tuple[float, float],
            b: tuple[float, float], width: int, dash: int) -> None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return
    n = max(1, int(length // dash))
    for k in range(0, n, 2):
        t0, t1 = k / n, min(1.0, (k + 1) / n)
        pygame.draw.line(surface, colour, (a[0] + dx * t0, a[1] + dy * t0),
                         (a[0] + dx * t1, a[1] + dy * t1), width)


def draw_web(surface: pygame.Surface, st: Style, rect: pygame.Rect, now: dict[str, int],
             start: dict[str, int], lang: str, hidden_word: str,
             start_word: str | None = None, now_word: str | None = None,
             compare: dict[str, int] | None = None) -> None:
    """Draw the web in rect. ``now`` holds only the dimensions the viewer may see."""
    label_font = st.font("tiny")
    value_font = st.font("small", bold=True)
    # side labels wrap at word boundaries: wide enough for their longest word
    words = [w for i, d in enumerate(DIMENSIONS) if i not in (0, 3)
             for w in dim_name(d, lang).split()]
    label_w = max([st.px(100)] + [label_font.size(w)[0] + st.px(4) for w in words])
    legend = bool(start_word and now_word)
    line = label_font.get_linesize()
    # room above and below the web for the top and bottom labels (and the legend)
    v_margin = st.px(14) + value_font.get_linesize() + (line if legend else 0)
    # the side labels stand beside the corners at +-60 degrees (0.87 of the radius out)
    radius = min((rect.w / 2 - label_w - st.px(14)) / 0.87, rect.h / 2 - v_margin)
    radius = max(st.px(40), radius)
    center = (rect.centerx, rect.centery - (line // 2 if legend else 0))
    ring = C("panel_edge")
    for level in (2, 4, 6, 8, 10):
        pts = [_point(center, radius, i, level) for i in range(6)]
        pygame.draw.polygon(surface, C("muted") if level < 10 else C("panel"), pts,
                            0 if level == 10 else 1)
        pygame.draw.polygon(surface, ring, pts, 1 if level < 10 else max(1, st.px(2)))
    for i, d in enumerate(DIMENSIONS):
        end = _point(center, radius, i, 10)
        if d in now:
            pygame.draw.line(surface, ring, center, end, 1)
        else:
            _dashed(surface, C("muted_ink"), center, end, max(1, st.px(2)), st.px(6))
    visible = [d for d in DIMENSIONS if d in now]
    ref = compare if compare is not None else start
    if len(visible) >= 1:
        # start: dashed outline; now: filled shape (two cues, not only colour)
        for vals, dashed in ((ref, True), (now, False)):
            pts = [_point(center, radius, DIMENSIONS.index(d), vals.get(d, 0)) for d in visible]
            if len(pts) >= 3 and not dashed:
                shape = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
                pygame.draw.polygon(shape, (*C("web_now")[:3], 110), pts)
                surface.blit(shape, (0, 0))
            closed = pts + [pts[0]] if len(visible) == 6 else pts
            colour = C("web_start") if dashed else C("bad")
            width = max(2, st.px(3))
            if len(closed) >= 2:
                for a, b in itertools.pairwise(closed):
                    if dashed:
                        _dashed(surface, colour, a, b, width, st.px(8))
                    else:
                        pygame.draw.line(surface, colour, a, b, width)
            for p in pts:
                if dashed:
                    pygame.draw.circle(surface, colour, p, st.px(4), max(1, st.px(2)))
                else:
                    pygame.draw.circle(surface, colour, p, st.px(6))
    for i, d in enumerate(DIMENSIONS):
        lx, ly = _point(center, radius + st.px(14), i, 10)
        anchor = "midbottom" if i == 0 else "midtop" if i == 3 else (
            "midleft" if i in (1, 2) else "midright")
        name = dim_name(d, lang)
        if d in now:
            value = f"{now[d]}" if compare is None and start.get(d) == now[d] or d not in ref \
                else f"{ref.get(d, now[d])} » {now[d]}"
            colour, vfont = C("ink"), value_font
        else:
            value, colour, vfont = "?", C("muted_ink"), value_font
        if i in (0, 3):  # top and bottom: name and value on one line
            texts = [(f"{name}: {value}", vfont if d in now else label_font, colour)]
        else:
            lines = wrap(name, label_font, label_w)
            texts = [(ln, label_font, colour) for ln in lines] + [(value, vfont, colour)]
        h = sum(f.get_linesize() for _, f, _ in texts)
        if anchor == "midbottom":
            y = ly - h
        elif anchor == "midtop":
            y = ly
        else:
            y = ly - h / 2
        for text, f, col in texts:
            if anchor in ("midbottom", "midtop"):
                draw_text(surface, text, f, col, (int(lx), int(y)), "midtop")
            elif anchor == "midleft":
                draw_text(surface, text, f, col, (int(lx), int(y)), "topleft")
            else:
                draw_text(surface, text, f, col, (int(lx), int(y)), "topright")
            y += f.get_linesize()
    if start_word and now_word:
        y = rect.bottom - st.font("tiny").get_linesize()
        x = rect.x
        if len(visible) < 6 and hidden_word:
            draw_text(surface, f"? = {hidden_word}", st.font("tiny"), C("ink_soft"),
                      (rect.right - st.px(8), y), "topright")
        pygame.draw.circle(surface, C("bad"), (x + st.px(8), y + st.px(11)), st.px(6))
        r = draw_text(surface, now_word, st.font("tiny"), C("ink"), (x + st.px(20), y))
        x = r.right + st.px(20)
        _dashed(surface, C("web_start"), (x, y + st.px(11)), (x + st.px(30), y + st.px(11)),
                max(2, st.px(3)), st.px(6))
        draw_text(surface, start_word, st.font("tiny"), C("ink"), (x + st.px(38), y))


def draw_web_legend(surface: pygame.Surface, st: Style, right: int, y: int, now_word: str,
                    start_word: str) -> int:
    """The legend in one line, ending at x = right: a dot for now, a dashed line for the
    start. Returns its left edge."""
    font = st.font("tiny")
    w_start = font.size(start_word)[0]
    w_now = font.size(now_word)[0]
    x = right - (st.px(20) + w_now + st.px(20) + st.px(38) + w_start)
    cy = y + font.get_linesize() // 2
    pygame.draw.circle(surface, C("bad"), (x + st.px(8), cy), st.px(6))
    r = draw_text(surface, now_word, font, C("ink"), (x + st.px(20), y))
    x2 = r.right + st.px(20)
    _dashed(surface, C("web_start"), (x2, cy), (x2 + st.px(30), cy), max(2, st.px(3)), st.px(6))
    draw_text(surface, start_word, font, C("ink"), (x2 + st.px(38), y))
    return x
