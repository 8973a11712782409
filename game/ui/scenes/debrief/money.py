"""The debrief's second page, Gezondheid en geld (Analysis): the spider web at the start
and the end, the three pots with what each paid and saved, the money that went to the
wrong pocket, and the time for working together that no pot paid (lesson L6)."""

from __future__ import annotations

from typing import Any

import pygame

from game.engine.defs import DIMENSIONS
from game.ui.i18n import dim_name
from game.ui.scenes.debrief.base import (
    BOTTOM,
    TOP,
    DebriefScene,
)
from game.ui.style import C, draw_text, line_step, wrap
from game.ui.widgets.table import draw_pots, pot_jars
from game.ui.widgets.web import draw_web


class MoneyScene(DebriefScene):
    page = "money"

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        a = self.data["analysis"]
        spider = a["spider"]
        left = st.R(40, TOP, 760, BOTTOM - TOP)
        y = self.heading(surface, left, self.t("db_web_title"))
        web = pygame.Rect(left.x + st.px(10), y, left.w - st.px(20), st.px(520))
        draw_web(surface, st, web, spider["end"], spider["start"], self.lang, "",
                 self.t("web_legend_start"), self.t("db_web_end"), compare=spider["start"])
        lines = [f"{dim_name(d, self.lang)}: {spider['start'][d]} » {spider['end'][d]}"
                 for d in DIMENSIONS]
        half = (len(lines) + 1) // 2
        font = st.font("small")
        ty = web.bottom + st.px(10)
        for col, chunk in enumerate((lines[:half], lines[half:])):
            for j, line in enumerate(chunk):
                draw_text(surface, line, font, C("ink"),
                          (left.x + st.px(24) + col * left.w // 2, ty + j * line_step(font)))
        self.draw_ledger(surface, st.R(820, TOP, 1060, BOTTOM - TOP), a["ledger"])

    def draw_ledger(self, surface: pygame.Surface, rect: pygame.Rect,
                    led: dict[str, Any]) -> None:
        st = self.st
        y = self.heading(surface, rect, self.t("db_money_title"))
        jars_rect = pygame.Rect(rect.x + st.px(20), y, rect.w - st.px(40), st.px(250))
        pots = {p["pot"]: p for p in led["pots"]}
        draw_pots(surface, st, jars_rect, {k: p["end"] for k, p in pots.items()},
                  {k: p["start"] for k, p in pots.items()},
                  {k: p["paid"] for k, p in pots.items()}, self.lang)
        jars = pot_jars(st, jars_rect)
        small = st.font("tiny")
        bold = st.font("tiny", bold=True)
        y = jars_rect.bottom + st.px(12)
        for pot, jar in jars.items():
            p = pots[pot]
            draw_text(surface, self.t("db_saved", n=p["saved"]), bold, C("good"),
                      (jar.centerx, y), "midtop")
            iy = y + line_step(bold)
            room = jar.w + st.px(24)
            left = 4  # lines under each pot: a long name takes two, rather than being cut
            for item in p["items"][:4]:
                lines = list(wrap(item["name"], small, room))
                tail = f"{lines[-1]} {item['amount']}"  # the amount stays on the name's last line
                if small.size(tail)[0] <= room:
                    lines[-1] = tail
                else:
                    lines.append(str(item["amount"]))
                if len(lines) > left:
                    break
                for line in lines:
                    draw_text(surface, line, small, C("ink"), (jar.centerx, iy), "midtop")
                    iy += line_step(small)
                left -= len(lines)
        # the flows to the wrong pocket: an arrow from the pot that paid to the one that saved
        flows = led["wrong_pocket"]
        gap = st.px(40)
        arrows_y = y + line_step(bold) + 4 * line_step(small) + st.px(34)
        for i, f in enumerate(flows[:3]):
            a, b = jars[f["payer"]], jars[f["saver"]]
            ay = arrows_y + i * gap
            self.arrow(surface, (a.centerx, ay), (b.centerx, ay), C("bad"))
            draw_text(surface, f"{f['amount']} ({f['problem_name']})", st.font("tiny", bold=True),
                      C("bad"), ((a.centerx + b.centerx) // 2, ay - st.px(4)), "midbottom")
        text_top = arrows_y + max(1, len(flows[:3])) * gap - st.px(10)
        box = pygame.Rect(rect.x + st.px(20), text_top, rect.w - st.px(40),
                          rect.bottom - st.px(12) - text_top)
        head = self.t("db_wrong_pocket") + f" ({led['wrong_pocket_total']})"
        lines = [self.t("db_wrong_line", payer=f["payer_name"], saver=f["saver_name"],
                        amount=f["amount"], problem=f["problem_name"]) for f in flows]
        # lesson L6: the time for working together that no pot paid, per professional
        unpaid = led.get("unpaid") or {}
        extra = ["", unpaid["title"], *unpaid["lines"]] if unpaid else []
        self.lines_in(surface, [head, *(lines or [self.t("db_no_wrong")]), *extra], box)

    def arrow(self, surface: pygame.Surface, a: tuple[int, int], b: tuple[int, int],
              colour: pygame.Color) -> None:
        st = self.st
        w = max(3, st.px(5))
        pygame.draw.line(surface, colour, a, b, w)
        d = 1 if b[0] > a[0] else -1
        tip = st.px(16)
        pygame.draw.polygon(surface, colour, [b, (b[0] - d * tip, b[1] - tip // 2),
                                              (b[0] - d * tip, b[1] + tip // 2)])
