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

# the hand: one grid of equal cards, all on one page (two rows, three for a big hand)
HAND_X, HAND_Y, HAND_W, HAND_H = 20, 672, 1380, 398

CARD_GAP = 10
ROWS_MAX_COLS = 7  # a hand of more cards than two rows of this many takes three rows

# the column right of the hand: the buttons, then the focused card in full (inspect panel)
SIDE_X, SIDE_W = 1420, 480
KLAAR = (1420, 672, 300, 64)
SWITCH = (1730, 672, 170, 64)
INSPECT = (1420, 746, 480, 324)

# the keys of the cards: 1-9, then letters (t is the coach's tip)
CARD_KEYS = "123456789abcdefghijklmnopqrsuvwxyz"


def hand_grid(n: int) -> tuple[int, int, int, int]:
    """The grid for n cards: (rows, columns, card width, card height) in design units."""
    rows = 2 if n <= 2 * ROWS_MAX_COLS else 3
    cols = max(4, -(-n // rows))
    w = (HAND_W - CARD_GAP * (cols - 1)) // cols
    h = (HAND_H - CARD_GAP * (rows - 1)) // rows
    return rows, cols, w, h


def card_cell(i: int, n: int) -> tuple[int, int, int, int]:
    """Where card i of n sits (design units); row by row, left to right."""
    _rows, cols, w, h = hand_grid(n)
    r, c = divmod(i, cols)
    return HAND_X + c * (w + CARD_GAP), HAND_Y + r * (h + CARD_GAP), w, h

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
