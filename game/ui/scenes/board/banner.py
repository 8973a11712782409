"""What just happened, told to the whole room: a banner for a moment after every move
(people's and bots'), in the role's colour. Its words ("Team Huisarts: Consult · Zvw −1 ·
...") and the hand-over's recap come from game/lang/moves.py, which the text mode shares.
"""

from __future__ import annotations

import pygame

from game.ui.style import C, Capture, Style, draw_lines, fit_text, line_step, log_panel
from game.ui.widgets.roles import draw_role_icon, role_colour

BANNER_S = 1.8  # how long a move's banner stays (the class reads it from the back)
TURN_S = 1.5  # the "aan zet" banner when a team comes to the board

def draw_banner(surface: pygame.Surface, st: Style, text: str, role: str,
                rect: pygame.Rect, alpha: float = 1.0, big: bool = False) -> None:
    """A band in the role's colour and symbol with the text in large type."""
    a = max(0, min(255, round(255 * alpha)))
    band = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(band, (*C("ink")[:3], round(a * 0.94)), band.get_rect(),
                     border_radius=st.px(18))
    pygame.draw.rect(band, (*role_colour(role)[:3], a), band.get_rect(), st.px(8),
                     border_radius=st.px(18))
    r = st.px(40 if big else 30)
    draw_role_icon(band, role, (st.px(24) + r, rect.h // 2), r)
    x = st.px(24) + 2 * r + st.px(20)
    inner_w = rect.w - x - st.px(24)
    roles = ("title", "h1") if big else ("h1", "h2", "h3")
    font, lines, _ok = fit_text(st, text, roles, inner_w, rect.h - st.px(24), bold=True,
                                line_gap=1.0)
    h = len(lines) * line_step(font, 1.0)
    with Capture() as cap:
        draw_lines(band, text, lines, font, C("panel"), (x, (rect.h - h) // 2), line_gap=1.0)
    if a < 255:
        band.set_alpha(a)
    surface.blit(band, rect.topleft)
    log_panel(rect, surface)
    cap.replay(rect.topleft, surface.get_size())
