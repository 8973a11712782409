"""A card's name never runs into its cost badge: on the short cards of a hand of three rows
(the sociaal werker's 18 or 19 cards at 1920x1080) a two-line name sits a little closer
together instead."""

from __future__ import annotations

import pygame
import pytest

from game.ui import style
from game.ui.scenes.board.layout import hand_grid
from game.ui.style import Style
from game.ui.widgets import cards


@pytest.fixture(autouse=True)
def _fonts() -> object:
    # fonts and layouts cached by an earlier test are invalid after its pygame.quit
    style.reset_caches()
    pygame.init()
    yield
    style.reset_caches()


@pytest.mark.parametrize("n", [14, 15, 18, 19])
@pytest.mark.parametrize("title", ["Netwerk inschakelen", "Toestemming vragen",
                                   "Medicijnen voorschrijven", "Samen de post openen"])
def test_a_two_line_name_stays_above_the_badges(n: int, title: str) -> None:
    st = Style((1920, 1080), 1.0)
    _rows, _cols, w, h = hand_grid(n)
    face = cards.CardFace(title=title, domain="sociaal", icon="generic", time=1,
                          time_word="tijd", pot="wmo", pot_label="Gemeente 1", free_label=None,
                          playable=True, note=None, key="1", lang="nl")
    lay = cards.layout_card(st, face, st.px(w), st.px(h))
    top = st.px(cards.STRIP_H) + st.px(3)
    assert lay.title_fits, (n, title, lay.title_lines)
    assert top + lay.title_h <= lay.badge_top, (n, title, lay.title_h, lay.badge_top)
    assert " ".join(lay.title_lines) == title  # whole words, nothing cut
    assert lay.title_gap >= cards.TITLE_TIGHT
