"""Where everything sits on the board (design units of a 1920x1080 screen) and how text
flows around the portrait; no drawing, no game."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.ui import style as _style
from game.ui.style import clean

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
