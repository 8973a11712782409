"""Where everything sits on the board (design units of a 1920x1080 screen) and how text
flows around the portrait; no drawing, no game."""

from __future__ import annotations

from dataclasses import dataclass
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


# -- the classroom preset (issue 12) ----------------------------------------------------
# The board zoomed by CLASSROOM_ZOOM lays out on a canvas of 1380 x 776 design units. It
# shows less at once, on two pages (F3 or the button in the top bar switches): the cards
# (the hand as a list of a fixed number of rows, the force card of this round, the focused
# card in full in a large inspect panel, Klaar; the team's time in the top bar), and the
# table (the casus, the health web, the pots, the relations, the dossier, the forces, the
# log). Every panel of the table keeps about the width it has on the usual board, so the
# texts that fit there fit here too (tests/ui/test_classroom_preset.py measures them all).
Box = tuple[int, int, int, int]
BAR_H_CLASS = 56
LIST = (10, 64, 660, 702)  # the hand as a list
LIST_HEAD = 38  # its title line: "Kaarten 1-8 van 15" and the page buttons
LIST_ROWS = 8  # cards a page of the list shows
LIST_ROW_H, LIST_GAP = 78, 4

@dataclass(frozen=True)
class BoardLayout:
    """Where the board's panels sit (design units), and on which page (the usual board has
    one page; the classroom preset two)."""

    classroom: bool
    casus: Box
    web: Box
    force: Box
    active: Box
    pots: Box
    relations: Box
    team: Box
    log: Box
    inspect: Box
    klaar: Box
    switch: Box
    hand: Box
    pages: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def shows(self, part: str, page: str) -> bool:
        """Whether the part (a field name) is on the page."""
        if not self.pages:
            return True
        return part in dict(self.pages).get(page, ())

    @property
    def page_names(self) -> tuple[str, ...]:
        return tuple(p for p, _parts in self.pages) or ("all",)


NORMAL = BoardLayout(False, CASUS, WEB, FORCE, ACTIVE, POTS, RELATIONS, TEAM_P, LOG, INSPECT,
                     KLAAR, SWITCH, (HAND_X, HAND_Y, HAND_W, HAND_H))

CLASSROOM = BoardLayout(
    True,
    casus=(10, 64, 446, 260), web=(10, 334, 446, 432),
    pots=(466, 64, 446, 220), relations=(466, 294, 446, 472),
    team=(922, 64, 448, 330), active=(922, 404, 448, 180), log=(922, 594, 448, 172),
    force=(680, 64, 690, 300), inspect=(680, 374, 690, 318),
    klaar=(680, 702, 420, 64), switch=(1110, 702, 260, 64), hand=LIST,
    pages=(("cards", ("force", "klaar", "switch", "inspect", "hand")),
           ("table", ("casus", "web", "pots", "relations", "team", "active", "log"))),
)


def list_row(i: int) -> Box:
    """Row i (0 .. LIST_ROWS-1) of the classroom's hand list (design units)."""
    x, y, w, _h = LIST
    return x, y + LIST_HEAD + i * (LIST_ROW_H + LIST_GAP), w, LIST_ROW_H
