"""Each role its own colour and its own symbol (never colour alone: the symbol and the name
go with it). The colours are in the theme's palette (``role_<role>``); the symbols are drawn
with shapes, so they scale to any screen:

- huisarts: a cross (the doctor's practice)
- wijkverpleegkundige: a house (care at home, in the neighbourhood)
- sociaal werker: two people side by side
- inwoner: a heart
- facilitator: a star
"""

from __future__ import annotations

import math

import pygame

from game.engine.roles import ACTORS
from game.ui.style import C

ROLES = ACTORS  # every role with a colour and an icon, the facilitator too


def role_colour(role: str) -> pygame.Color:
    """The role's own colour (the facilitator's for anything else)."""
    return C(f"role_{role}" if role in ROLES else "role_facilitator")


def role_ink(role: str) -> pygame.Color:
    """Text on the role's colour: dark on light colours, white on dark ones."""
    c = role_colour(role)
    lum = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b
    return C("ink") if lum > 140 else pygame.Color("#FFFFFF")


def draw_role_icon(surface: pygame.Surface, role: str, center: tuple[int, int], r: int,
                   colour: pygame.Color | None = None, disc: bool = True) -> None:
    """The role's symbol in a disc of its colour (or, with ``disc`` False, the bare symbol
    in ``colour``)."""
    x, y = center
    fill = role_colour(role)
    ink = colour if colour is not None else (role_ink(role) if disc else fill)
    if disc:
        pygame.draw.circle(surface, fill, center, r)
        pygame.draw.circle(surface, C("ink"), center, r, max(1, r // 8))
    s = r * 0.62
    w = max(2, round(r * 0.22))
    if role == "huisarts":
        pygame.draw.rect(surface, ink, (x - w, y - s, 2 * w, 2 * s))
        pygame.draw.rect(surface, ink, (x - s, y - w, 2 * s, 2 * w))
    elif role == "wijkverpleegkundige":
        pygame.draw.polygon(surface, ink, [(x - s, y - s * 0.05), (x, y - s), (x + s, y - s * 0.05)])
        pygame.draw.rect(surface, ink, (x - s * 0.7, y - s * 0.1, s * 1.4, s * 0.95))
        door = fill if disc else C("panel")
        pygame.draw.rect(surface, door, (x - s * 0.18, y + s * 0.3, s * 0.36, s * 0.55))
    elif role == "sociaal_werker":
        for dx in (-s * 0.48, s * 0.48):
            pygame.draw.circle(surface, ink, (x + dx, y - s * 0.45), max(2, round(s * 0.3)))
            pygame.draw.ellipse(surface, ink, (x + dx - s * 0.42, y - s * 0.05, s * 0.84, s))
    elif role == "inwoner":
        k = s * 0.55
        pygame.draw.circle(surface, ink, (x - k * 0.75, y - k * 0.35), max(2, round(k * 0.8)))
        pygame.draw.circle(surface, ink, (x + k * 0.75, y - k * 0.35), max(2, round(k * 0.8)))
        pygame.draw.polygon(surface, ink, [(x - k * 1.5, y - k * 0.1), (x + k * 1.5, y - k * 0.1),
                                           (x, y + s)])
    else:
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rad = s if i % 2 == 0 else s * 0.45
            pts.append((x + rad * math.cos(a), y + rad * math.sin(a)))
        pygame.draw.polygon(surface, ink, pts)
