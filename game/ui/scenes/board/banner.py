"""What just happened, told to the whole room: one line per move ("Team Huisarts: Consult ·
Zvw −1 · de huisarts weet nu …"), shown as a banner for a moment after every move (people's
and bots'), and the recap of what happened since a team's last turn on its hand-over.

Only what the room may see: events for everyone, and (for the team at the board) its own.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.engine import Message
from game.lang import render
from game.table import Move
from game.ui.scenes.board.words import describe_target
from game.ui.style import C, Style, draw_lines, fit_text, line_step
from game.ui.widgets.roles import draw_role_icon, role_colour
from game.ui.widgets.table import POT_SHORT

BANNER_S = 1.8  # how long a move's banner stays (the class reads it from the back)
TURN_S = 1.5  # the "aan zet" banner when a team comes to the board

# events that the move's first part already says, or that only the engine needs
QUIET = ("played", "turn_done", "round_start")


def visible(m: Message, viewer: str | None) -> bool:
    """Whether the room may read this event (None: only what is public)."""
    return m.visible_to is None or (viewer is not None and viewer in m.visible_to)


def move_line(session: Any, move: Move, lang: str, viewer: str | None) -> str:
    """One move in one line: the team and what it played, then what it cost and did."""
    from game.ui.i18n import t

    sc = session.scenario
    a = move.action
    d = sc.actions.get(f"{a.role}:{a.name}")
    team = session.team_name(move.role, lang)
    if d is not None:
        what = str(d.name.get(lang))
        target = describe_target(session.game, a, lang)
        head = t("banner_move", lang, team=team, action=f"{what} ({target})" if target else what)
    else:  # a force's choice: the event says it
        head = t("banner_move", lang, team=team, action=t(
            "yes" if a.arg == "ja" else "no", lang) if a.arg in ("ja", "nee") else a.name)
    parts = [head]
    for m in move.events:
        if m.code in QUIET or not visible(m, viewer):
            continue
        if m.code == "paid":
            pot = str(m.param("pot"))
            parts.append(f"{POT_SHORT.get(pot, pot)} −{m.param('amount')}")
            continue
        parts.append(render(m, sc, lang).rstrip("."))
    return " · ".join(parts)


def public_lines(session: Any, moves: list[Move], lang: str, limit: int = 8) -> list[str]:
    """The recap of these moves for a hand-over: public events only, the newest last."""
    lines = [move_line(session, m, lang, None) for m in moves]
    return lines[-limit:]


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
    draw_lines(band, text, lines, font, C("panel"), (x, (rect.h - h) // 2), line_gap=1.0)
    if a < 255:
        band.set_alpha(a)
    surface.blit(band, rect.topleft)
