"""The debrief's third page, Informatie en krachten (Analysis): who knew what since when
(and what never reached the role that needed it), the forces that held back most moves,
what the organisation model did."""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.scenes.debrief.base import (
    BOTTOM,
    ROLES,
    TOP,
    DebriefScene,
    ellipsize,
)
from game.ui.style import C, draw_text, draw_wrapped, line_step, wrap


class InfoScene(DebriefScene):
    page = "info"

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        a = self.data["analysis"]
        self.draw_map(surface, st.R(40, TOP, 1140, BOTTOM - TOP), a["information"])
        right = st.R(1200, TOP, 680, 400)
        y = self.heading(surface, right, self.t("db_blocked_title"))
        blocked = a["blocked"][:3]
        lines = [f"{b['name']}: {self.t('db_blocked_n', n=b['count'])}" for b in blocked]
        lines = lines or [self.t("db_no_blocked")]
        # what the law would have allowed for what never arrived (lesson L4)
        could = [f"{m['name'][:1].upper()}{m['name'][1:].rstrip('.')}. {m['could']}"
                 for m in a["information"]["missed"] if m.get("could")]
        if could:
            lines += ["", self.t("db_could_title"), *could]
        box = pygame.Rect(right.x + st.px(16), y, right.w - st.px(32),
                          right.bottom - st.px(10) - y)
        self.lines_in(surface, lines, box, ("body", "small", "tiny"))
        model = a["model"]
        low = st.R(1200, TOP + 416, 680, BOTTOM - TOP - 416)
        y = self.heading(surface, low, self.t("db_model_title", m=model["name"]))
        box = pygame.Rect(low.x + st.px(16), y, low.w - st.px(32), low.bottom - st.px(10) - y)
        self.lines_in(surface, list(model["lines"]), box, ("small", "tiny"))

    def draw_map(self, surface: pygame.Surface, rect: pygame.Rect, info: dict[str, Any]) -> None:
        st = self.st
        y = self.heading(surface, rect, self.t("db_info_title"))
        facts = info["facts"]
        roles = ROLES
        name_w = st.px(270)
        x0 = rect.x + st.px(16)
        col_w = (rect.w - st.px(32) - name_w) // len(roles)
        head = st.font("small", bold=True)
        cell_font = st.font("small")
        missed = info["missed"]
        legend_h = line_step(st.font("tiny")) * 2 + st.px(8)
        missed_h = st.px(150)
        row_h = min(st.px(64), (rect.bottom - y - legend_h - missed_h - st.px(60))
                    // max(len(facts), 1))
        draw_text(surface, self.t("db_fact"), head, C("ink"), (x0, y + st.px(8)))
        # a long role name (Wijkverpleegkundige) takes two lines rather than being cut
        heads = [wrap(self.team(r), head, col_w - st.px(8)) for r in roles]
        rows = 1 if all(len(h) == 1 for h in heads) else 2
        for j, lines in enumerate(heads):
            cx = x0 + name_w + j * col_w + col_w // 2
            if len(lines) > rows:
                lines = [ellipsize(self.team(roles[j]), head, col_w - st.px(8))]
            for k, line in enumerate(lines):
                draw_text(surface, line, head, C("ink"),
                          (cx, y + st.px(8) + k * line_step(head)), "midtop")
        y += st.px(8) + rows * line_step(head) + st.px(6)
        row_h = min(row_h, (rect.bottom - y - legend_h - missed_h - st.px(30))
                    // max(len(facts), 1))
        for fact in facts:
            label = fact["name"][:1].upper() + fact["name"][1:]  # a row starts with a capital
            draw_text(surface, ellipsize(label, cell_font, name_w - st.px(10)),
                      cell_font, C("ink"), (x0, y + row_h // 2), "midleft")
            for j, role in enumerate(roles):
                cell = pygame.Rect(x0 + name_w + j * col_w + st.px(4), y + st.px(3),
                                   col_w - st.px(8), row_h - st.px(6))
                rnd = fact["known"].get(role)
                needed = role in fact["needed_by"]
                missing = role in fact["missing"]
                fill = "bad" if missing else "card" if rnd is not None else "panel"
                pygame.draw.rect(surface, C(fill), cell, border_radius=st.px(8))
                pygame.draw.rect(surface, C("ink"), cell,
                                 max(1, st.px(5 if needed else 1)), border_radius=st.px(8))
                word = (self.t("db_never") if missing else "—" if rnd is None else
                        self.t("db_start") if rnd == 0 else self.t("db_round", r=rnd))
                colour = pygame.Color("#FFFFFF") if missing else C("ink")
                draw_text(surface, word, st.font("small", bold=missing), colour, cell.center,
                          "center")
            y += row_h
        y += st.px(8)
        draw_wrapped(surface, self.t("db_info_legend"), st.font("tiny"), C("ink_soft"),
                     pygame.Rect(x0, y, rect.w - st.px(32), legend_h))
        y += legend_h + st.px(6)
        texts = [m["text"] for m in missed] or [self.t("db_all_reached")]
        self.lines_in(surface, texts, pygame.Rect(x0, y, rect.w - st.px(32),
                                                  rect.bottom - st.px(10) - y))
