"""The parts only the classroom preset draws (issue 12): the top bar with the round and the
phase in words, a row of the hand's list, and the box with the team's time and the pots
beside the force card. Everything else is the usual board's panels, zoomed (layout.py)."""

from __future__ import annotations

import pygame

from game.ui.i18n import phase_name, t
from game.ui.style import C, Style, draw_lines, draw_text, fit_text, line_step, log_panel, mix
from game.ui.widgets.cards import CardFace, _badge_w, badge, time_badge_text
from game.ui.widgets.roles import role_colour

ROW_TITLE_ROLES = ("h3",)  # a card's name in the list: always h3 (36 px at 1080p)


def draw_top_bar(surface: pygame.Surface, st: Style, height: int, rnd: int, rounds: int,
                 phase: str, lang: str) -> int:
    """The round as 'Ronde 2/8' and the phase as one chip; returns the x after the chip."""
    bar = pygame.Rect(0, 0, surface.get_width(), st.R(0, 0, 0, height).y + st.px(height))
    pygame.draw.rect(surface, C("table_dark"), bar)
    y = st.R(0, height / 2, 0, 0).y
    r = draw_text(surface, t("round", lang, r=rnd, n=rounds), st.font("h3", bold=True),
                  C("ink"), (st.R(14, 0, 0, 0).x, y), "midleft")
    font = st.font("small", bold=True)
    name = phase_name(phase, lang)
    chip = pygame.Rect(r.right + st.px(18), 0, font.size(name)[0] + st.px(24), st.px(38))
    chip.centery = y
    pygame.draw.rect(surface, C("warn"), chip, border_radius=st.px(19))
    pygame.draw.rect(surface, C("ink"), chip, max(2, st.px(3)), border_radius=st.px(19))
    draw_text(surface, name, font, C("ink"), chip.center, "center")
    return chip.right


def row_title(st: Style, title: str, width: int, height: int
              ) -> tuple[pygame.font.Font, list[str], bool]:
    """A card's name in a row of the list: h3 bold, two lines at most."""
    return fit_text(st, title, ROW_TITLE_ROLES, width, height, bold=True, line_gap=1.0,
                    max_lines=2)


def cost_width(st: Style, face: CardFace) -> int:
    """How wide the column of a row's cost badges must be (pixels)."""
    widths = [0]
    tt = time_badge_text(face)
    if tt is not None:
        widths.append(_badge_w(st, tt))
    if face.pot and face.pot_label:
        widths.append(_badge_w(st, face.pot_label))
    elif face.free_label:
        widths.append(st.font("tiny").size(face.free_label)[0] + st.px(8))
    return max(widths)


def row_parts(st: Style, rect: pygame.Rect, cost_w: int, blocked: bool
              ) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """A row's key box, the room for the name, and the column of badges (``cost_w`` pixels
    wide: the widest of the hand, so the names start and end in one line)."""
    key = pygame.Rect(rect.x + st.px(16), 0, st.px(42), st.px(42))
    key.centery = rect.centery
    cost = pygame.Rect(rect.right - st.px(10) - cost_w, rect.y + st.px(6), cost_w,
                       rect.h - st.px(12))
    del blocked  # (the no-entry mark sits on the key box: every name has the same room)
    name = pygame.Rect(key.right + st.px(12), rect.y + st.px(3),
                       cost.x - st.px(10) - key.right - st.px(12), rect.h - st.px(6))
    return key, name, cost


def draw_card_row(surface: pygame.Surface, st: Style, rect: pygame.Rect, face: CardFace,
                  cost_w: int, hovered: bool = False) -> None:
    """One card of the hand as a row: its key, its name in large type, what it costs."""
    playable = face.playable
    fill = C("card") if playable else C("muted")
    if hovered and playable:
        fill = mix(C("card"), C("focus_glow"), 0.35)
    r = st.px(10)
    log_panel(rect, surface)
    pygame.draw.rect(surface, fill, rect, border_radius=r)
    strip_c = role_colour(face.role) if playable else mix(role_colour(face.role), C("muted"),
                                                          0.6)
    strip = pygame.Rect(rect.x, rect.y, st.px(8), rect.h)
    pygame.draw.rect(surface, strip_c, strip, border_top_left_radius=r,
                     border_bottom_left_radius=r)
    key_r, name_r, cost_r = row_parts(st, rect, cost_w, not playable)
    if face.key is not None:
        pygame.draw.rect(surface, C("panel"), key_r, border_radius=st.px(6))
        pygame.draw.rect(surface, C("ink"), key_r, max(1, st.px(2)), border_radius=st.px(6))
        draw_text(surface, face.key.upper(), st.font("body", bold=True), C("ink"), key_r.center,
                  "center")
    font, lines, _ok = row_title(st, face.title, name_r.w, name_r.h)
    h = len(lines) * line_step(font, 1.0)
    draw_lines(surface, face.title, lines, font, C("ink") if playable else C("ink_soft"),
               (name_r.x, name_r.centery - h // 2), line_gap=1.0)
    if not playable:  # the no-entry mark on the key box's corner: not colour alone
        cx, cy = key_r.right, key_r.y
        pygame.draw.circle(surface, C("panel"), (cx, cy), st.px(12))
        pygame.draw.circle(surface, C("bad"), (cx, cy), st.px(12), max(2, st.px(3)))
        pygame.draw.line(surface, C("bad"), (cx - st.px(7), cy), (cx + st.px(7), cy),
                         max(2, st.px(3)))
    bh = st.px(30)
    y = cost_r.y
    tt = time_badge_text(face)
    if tt is not None:
        extra = face.time_extra > 0 and playable
        cheap = face.time_extra < 0 and playable
        col = C("warn") if extra else C("good") if cheap else (
            C("panel") if playable else C("muted"))
        badge(surface, st, cost_r.x, y, bh, tt, col, "clock")
        y += bh + st.px(6)
    if face.pot and face.pot_label:
        pot_c = C(face.pot) if playable else mix(C(face.pot), C("muted"), 0.55)
        badge(surface, st, cost_r.x, y, bh, face.pot_label, pot_c, "coin")
    elif face.free_label:
        draw_text(surface, face.free_label, st.font("tiny"), C("ink_soft") if playable
                  else C("muted_ink"), (cost_r.x + st.px(4), y + bh // 2), "midleft")
    edge = C("ink") if playable else C("muted_ink")
    pygame.draw.rect(surface, edge, rect, max(2, st.px(3)) if playable else max(1, st.px(2)),
                     border_radius=r)
