"""The debrief after the end screen, in the four steps of the DATA model, on five pages:

1. Verloop (Description): the rounds to step through, with the force drawn, every move with
   its team, what it did, and the board as it was after that move (replayed from the save).
2. Gezondheid en geld (Analysis): the spider web at the start and the end, and the three pots
   with what each paid and saved, and the money that went to the wrong pocket.
3. Informatie en krachten (Analysis): who knew what since when (and what never reached the
   role that needed it), the forces that held back most moves, what the organisation model did.
4. In het echt (Transfer): reflection questions per team, each with its source, and the real
   story of the casus.
5. Maandag (Application): a field per team for "wat doe je maandag anders?", saved with the
   game and in the games list; and the report as HTML for the teacher.

Every page reads the same data as the HTML report (game/report/analysis.py), so what the
class sees on the projector is what the teacher grades afterwards.
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

import pygame

from game.engine.defs import DIMENSIONS
from game.ui.i18n import dim_name
from game.ui.scene import Scene
from game.ui.style import C, draw_lines, draw_text, draw_wrapped, fit_text, line_step, panel
from game.ui.widgets.cards import draw_force_mark
from game.ui.widgets.table import draw_pots, draw_relations_panel, pot_jars
from game.ui.widgets.web import draw_web

PAGES = ("timeline", "money", "info", "transfer", "monday")
TAB_KEYS = {"timeline": "db_tab_timeline", "money": "db_tab_money", "info": "db_tab_info",
            "transfer": "db_tab_transfer", "monday": "db_tab_monday"}
STEP_KEYS = {"timeline": "db_step_timeline", "money": "db_step_money", "info": "db_step_info",
             "transfer": "db_step_transfer", "monday": "db_step_monday"}
ROLES = ("inwoner", "huisarts", "wijkverpleegkundige", "sociaal_werker")
TOP = 150  # design y where a page's content starts
BOTTOM = 972  # design y where it ends (the buttons below)


def open_debrief(app: Any, page: str = "timeline") -> None:
    app.replace(PAGE_SCENES[page](app))


def ellipsize(text: str, font: pygame.font.Font, width: int) -> str:
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


class DebriefScene(Scene):
    """The frame every page shares: the tabs, the step of the DATA model, back and next."""

    name = "debrief"
    page = "timeline"

    @property
    def data(self) -> dict[str, Any]:
        return self.session.debrief(self.lang)

    def team(self, role: str) -> str:
        return self.session.team_name(role, self.lang)

    def build(self) -> None:
        st = self.st
        x, w, gap = 400, 292, 12
        for i, page in enumerate(PAGES):
            self.button(f"tab_{page}", st.R(x + i * (w + gap), 10, w, 60),
                        self.t(TAB_KEYS[page]), partial(self.go, page),
                        cls="@chosen" if page == self.page else "@small")
        self.build_page()
        self.button("back_end", st.R(40, 986, 460, 80), self.t("db_back_end"), self.back_to_end)
        i = PAGES.index(self.page)
        if i + 1 < len(PAGES):
            nxt = PAGES[i + 1]
            self.button("next", st.R(1380, 986, 500, 80),
                        f"{self.t('db_next')}: {self.t(TAB_KEYS[nxt])[2:]}",
                        lambda: self.go(nxt), cls="@primary")
        else:
            self.button("title", st.R(1480, 986, 400, 80), self.t("to_title"), self.to_title,
                        cls="@primary")

    def build_page(self) -> None:
        """The page's own controls."""

    def default_focus(self) -> str | None:
        return f"tab_{self.page}"

    def leave(self) -> None:
        """Called before another page (or screen) replaces this one."""

    def go(self, page: str) -> None:
        self.leave()
        open_debrief(self.app, page)

    def back_to_end(self) -> None:
        from game.ui.scenes.end import EndScene

        self.leave()
        self.app.replace(EndScene(self.app))

    def to_title(self) -> None:
        from game.ui.scenes.title import TitleScene

        self.leave()
        self.app.session = None
        self.app.reveal_all = False
        self.app.replace(TitleScene(self.app))

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        surface.fill(C("table"))
        pygame.draw.rect(surface, C("table_dark"), st.R(-400, 0, 2720, 80))
        draw_text(surface, self.t("db_title"), st.font("h2", bold=True), pygame.Color("#FFFFFF"),
                  st.R(40, 40, 0, 0).topleft, "midleft")
        step = self.t(STEP_KEYS[self.page], n=self.session.scenario.casus.inwoner)
        draw_text(surface, step, st.font("h3", bold=True), C("ink"), st.R(40, 96, 0, 0).topleft)
        self.draw_page(surface)

    def draw_page(self, surface: pygame.Surface) -> None:
        """The page's own drawing."""

    def heading(self, surface: pygame.Surface, rect: pygame.Rect, text: str) -> int:
        """A panel with a bold title; returns the y below the title."""
        st = self.st
        panel(surface, rect, st)
        font = st.font("h3", bold=True)
        draw_text(surface, ellipsize(text, font, rect.w - st.px(32)), font, C("ink"),
                  (rect.x + st.px(16), rect.y + st.px(10)))
        return rect.y + st.px(16) + font.get_linesize()

    def lines_in(self, surface: pygame.Surface, texts: list[str], rect: pygame.Rect,
                 roles: tuple[str, ...] = ("small", "tiny")) -> None:
        """Paragraphs in a box, in the largest font that fits them all."""
        st = self.st
        text = "\n".join(texts)
        font, lines, _ok = fit_text(st, text, roles, rect.w, rect.h)
        room = max(1, rect.h // line_step(font))
        if len(lines) > room:  # the last one that fits, marked as cut
            draw_wrapped(surface, text, font, C("ink"), rect)
            return
        draw_lines(surface, text, lines, font, C("ink"), rect.topleft)


# ------------------------------------------------------------------ 1. the timeline --

class TimelineScene(DebriefScene):
    page = "timeline"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        pos = self.session.debrief_pos.get("timeline", (1, None))
        self.round, self.step = pos
        self.boards: dict[tuple[int, int | None], dict[str, Any]] = {}

    @property
    def rounds(self) -> list[dict[str, Any]]:
        return list(self.data["description"]["rounds"])

    def current(self) -> dict[str, Any]:
        rounds = self.rounds
        return rounds[max(0, min(self.round, len(rounds)) - 1)] if rounds else {}

    def build_page(self) -> None:
        st = self.st
        n = len(self.rounds)
        h = min(88, (BOTTOM - TOP - 10 * max(n - 1, 0)) // max(n, 1))
        for i in range(n):
            self.hotspot(f"round_{i + 1}", st.R(40, TOP + i * (h + 10), 170, h),
                         partial(self.set_round, i + 1),
                         tip=self.round_tip(i))
        for k, rect in self.move_rows():
            self.hotspot(f"move_{k}", rect, partial(self.set_step, k),
                         tip=self.current()["actions"][k]["label"])

    def round_tip(self, i: int) -> str:
        forces = self.rounds[i].get("forces") or []
        return ", ".join(f["name"] for f in forces) or self.t("db_no_force")

    def default_focus(self) -> str | None:
        return f"round_{self.round}"

    # the list of moves: which rows are on screen (the chosen one always is)
    MOVES = (230, 352, 940, 400)  # x, y, w, h of the moves panel
    ROW_H = 40

    def move_rows(self) -> list[tuple[int, pygame.Rect]]:
        st = self.st
        x, y, w, h = self.MOVES
        actions = self.current().get("actions", [])
        room = (h - 56) // self.ROW_H
        first = 0
        if self.step is not None and self.step >= room:
            first = min(self.step - room + 1, max(0, len(actions) - room))
        out = []
        for row, k in enumerate(range(first, min(len(actions), first + room))):
            out.append((k, st.R(x + 12, y + 50 + row * self.ROW_H, w - 24, self.ROW_H - 4)))
        return out

    def set_round(self, r: int) -> None:
        self.round = max(1, min(r, len(self.rounds)))
        self.step = None
        self.remember()
        self.rebuild()
        self.focus_key = f"round_{self.round}"

    def set_step(self, k: int | None) -> None:
        n = len(self.current().get("actions", []))
        self.step = None if k is None or n == 0 else max(0, min(k, n - 1))
        self.remember()
        self.rebuild()
        if self.step is not None:
            self.focus_key = f"move_{self.step}"

    def remember(self) -> None:
        self.session.debrief_pos["timeline"] = (self.round, self.step)

    def on_key(self, event: pygame.event.Event) -> None:
        k = event.key
        if k == pygame.K_LEFT:
            self.set_round(self.round - 1)
        elif k == pygame.K_RIGHT:
            self.set_round(self.round + 1)
        elif k == pygame.K_UP:
            self.set_step(None if self.step in (None, 0) else self.step - 1)
        elif k == pygame.K_DOWN:
            self.set_step(0 if self.step is None else self.step + 1)
        elif k == pygame.K_HOME:
            self.set_step(None)
        else:
            super().on_key(event)

    def board(self) -> dict[str, Any]:
        """The board after the chosen move, or at the end of the round: replayed."""
        key = (self.round, self.step)
        if key not in self.boards:
            rep = self.session.replay()
            actions = self.current().get("actions", [])
            if self.step is None or self.step == len(actions) - 1:
                self.boards[key] = rep.board(self.round)
            else:
                self.boards[key] = self.session.board_after(int(actions[self.step]["n"]))
        return self.boards[key]

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        self.draw_rounds(surface)
        rnd = self.current()
        self.draw_force(surface, st.R(230, TOP, 940, 190), rnd)
        self.draw_moves(surface, st.R(*self.MOVES), rnd)
        self.draw_detail(surface, st.R(230, 766, 940, BOTTOM - 766), rnd)
        self.draw_board(surface, st.R(1190, TOP, 690, BOTTOM - TOP))

    def draw_rounds(self, surface: pygame.Surface) -> None:
        st = self.st
        for i in range(len(self.rounds)):
            f = self.item(f"round_{i + 1}")
            if f is None:
                continue
            chosen = i + 1 == self.round
            panel(surface, f.rect, st, fill="focus_glow" if chosen else "panel",
                  edge="ink" if chosen else "panel_edge", width=4 if chosen else 2)
            draw_text(surface, self.t("db_round", r=i + 1), st.font("h3", bold=chosen),
                      C("ink"), f.rect.center, "center")

    def draw_force(self, surface: pygame.Surface, rect: pygame.Rect,
                   rnd: dict[str, Any]) -> None:
        st = self.st
        y = self.heading(surface, rect, self.t("db_round_of", r=self.round, n=len(self.rounds)))
        forces = rnd.get("forces") or []
        x = rect.x + st.px(16)
        if not forces:
            draw_text(surface, self.t("db_no_force"), st.font("body"), C("ink"), (x, y))
            return
        f = forces[0]
        r = st.px(26)
        draw_force_mark(surface, f["kind"], (x + r, y + r + st.px(4)), r)
        tx = x + 2 * r + st.px(16)
        body = pygame.Rect(tx, y, rect.right - st.px(16) - tx, rect.bottom - st.px(10) - y)
        head = f"{self.t('db_force')}: {f['name']} ({f['kind_name']})"
        text = head + "\n" + f["text"]
        for extra in rnd.get("choices") or []:
            text += "\n" + (str(extra.get("text") or "") if isinstance(extra, dict) else str(extra))
        self.lines_in(surface, [text], body, ("small", "tiny"))

    def draw_moves(self, surface: pygame.Surface, rect: pygame.Rect,
                   rnd: dict[str, Any]) -> None:
        st = self.st
        actions = rnd.get("actions", [])
        y = self.heading(surface, rect, self.t("db_moves", n=len(actions)))
        draw_text(surface, self.t("db_keys"), st.font("tiny"), C("ink_soft"),
                  (rect.right - st.px(16), rect.y + st.px(16)), "topright")
        if not actions:
            draw_text(surface, self.t("db_no_moves"), st.font("body"), C("ink_soft"),
                      (rect.x + st.px(16), y))
            return
        font = st.font("small")
        bold = st.font("small", bold=True)
        for k, row in self.move_rows():
            a = actions[k]
            chosen = k == self.step
            if chosen:
                pygame.draw.rect(surface, C("focus_glow"), row, border_radius=st.px(8))
                pygame.draw.rect(surface, C("ink"), row, max(1, st.px(2)),
                                 border_radius=st.px(8))
            who = f"{a['n']}. {a['team']}: "
            r = draw_text(surface, who, bold, C("ink"), (row.x + st.px(8), row.centery),
                          "midleft")
            label = ellipsize(a["label"], font, row.right - st.px(8) - r.right)
            draw_text(surface, label, font, C("ink"), (r.right, row.centery), "midleft")

    def draw_detail(self, surface: pygame.Surface, rect: pygame.Rect,
                    rnd: dict[str, Any]) -> None:
        st = self.st
        actions = rnd.get("actions", [])
        box_top = None
        if self.step is not None and actions:
            a = actions[self.step]
            box_top = self.heading(surface, rect, self.t("db_move_did", n=a["n"]))
            texts = [f"{a['team']}: {a['label']}"]
            texts += [e["text"] for e in a.get("events", []) if e.get("text")]
        else:
            box_top = self.heading(surface, rect, self.t("db_round_did", r=self.round))
            texts = self.round_changes(rnd)
        body = pygame.Rect(rect.x + st.px(16), box_top, rect.w - st.px(32),
                           rect.bottom - st.px(10) - box_top)
        self.lines_in(surface, texts, body, ("small", "tiny"))

    def round_changes(self, rnd: dict[str, Any]) -> list[str]:
        out = [self.t("db_learned", team=r["team"], fact=r["name"])
               for r in rnd.get("revealed", [])]
        health = rnd.get("health", {}).get("changes", [])
        if health:
            out.append(self.t("db_health") + ": " + ", ".join(
                f"{dim_name(c['id'], self.lang)} {c['from']} » {c['to']}" for c in health))
        pots = rnd.get("pots", {}).get("changes", [])
        if pots:
            from game.ui.i18n import pot_name

            out.append(self.t("db_money") + ": " + ", ".join(
                f"{pot_name(c['id'], self.lang)} {c['from']} » {c['to']}" for c in pots))
        trust = rnd.get("trust", [])
        if trust:
            out.append(self.t("db_trust") + ": " + ", ".join(
                f"{self.team(c['id'])} {c['from']} » {c['to']}" for c in trust))
        return out or [self.t("db_nothing_changed")]

    def draw_board(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        st = self.st
        actions = self.current().get("actions", [])
        title = (self.t("db_board_after", n=actions[self.step]["n"])
                 if self.step is not None and actions else
                 self.t("db_board_round", r=self.round))
        y = self.heading(surface, rect, title)
        b = self.board()
        start = self.session.replay().board(0)
        web = pygame.Rect(rect.x + st.px(10), y, rect.w - st.px(20), st.px(316))
        draw_web(surface, st, web, b["health"], start["health"], self.lang, "",
                 self.t("web_legend_start"), self.t("web_legend_now"), compare=start["health"])
        pots = pygame.Rect(rect.x + st.px(20), web.bottom + st.px(6), rect.w - st.px(40),
                           st.px(190))
        draw_pots(surface, st, pots, b["pots"], start["pots"], b.get("paid", {}), self.lang)
        rel = pygame.Rect(rect.x + st.px(10), pots.bottom + st.px(10), rect.w - st.px(20),
                          rect.bottom - st.px(10) - pots.bottom - st.px(10))
        if rel.h > st.px(160):
            draw_relations_panel(surface, st, rel, b["relations"], self.lang)


# --------------------------------------------------------- 2. health and money ------

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
            for item in p["items"][:4]:
                text = ellipsize(f"{item['name']} {item['amount']}", small, jar.w + st.px(24))
                draw_text(surface, text, small, C("ink"), (jar.centerx, iy), "midtop")
                iy += line_step(small)
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
        self.lines_in(surface, [head, *(lines or [self.t("db_no_wrong")])], box)

    def arrow(self, surface: pygame.Surface, a: tuple[int, int], b: tuple[int, int],
              colour: pygame.Color) -> None:
        st = self.st
        w = max(3, st.px(5))
        pygame.draw.line(surface, colour, a, b, w)
        d = 1 if b[0] > a[0] else -1
        tip = st.px(16)
        pygame.draw.polygon(surface, colour, [b, (b[0] - d * tip, b[1] - tip // 2),
                                              (b[0] - d * tip, b[1] + tip // 2)])


# --------------------------------------------------------- 3. information and forces --

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
        box = pygame.Rect(right.x + st.px(16), y, right.w - st.px(32),
                          right.bottom - st.px(10) - y)
        self.lines_in(surface, lines or [self.t("db_no_blocked")], box, ("body", "small",
                                                                          "tiny"))
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
        if max(head.size(self.team(r))[0] for r in roles) > (
                rect.w - st.px(32) - name_w) // len(roles) - st.px(8):
            head = st.font("tiny", bold=True)
        cell_font = st.font("small")
        missed = info["missed"]
        legend_h = line_step(st.font("tiny")) * 2 + st.px(8)
        missed_h = st.px(150)
        row_h = min(st.px(64), (rect.bottom - y - legend_h - missed_h - st.px(60))
                    // max(len(facts), 1))
        draw_text(surface, self.t("db_fact"), head, C("ink"), (x0, y + st.px(8)))
        for j, role in enumerate(roles):
            cx = x0 + name_w + j * col_w + col_w // 2
            name = ellipsize(self.team(role), head, col_w - st.px(8))
            draw_text(surface, name, head, C("ink"), (cx, y + st.px(8)), "midtop")
        y += st.px(8) + line_step(head) + st.px(6)
        for fact in facts:
            draw_text(surface, ellipsize(fact["name"], cell_font, name_w - st.px(10)),
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


# ---------------------------------------------------------------------- 4. transfer --

class TransferScene(DebriefScene):
    page = "transfer"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        humans = [r for r in ROLES if r in self.session.humans]
        self.role = self.session.debrief_pos.get("transfer") or (humans or list(ROLES))[0]

    def build_page(self) -> None:
        import pygame_gui

        st = self.st
        for i, role in enumerate(ROLES):
            self.button(f"role_{role}", st.R(40, TOP + i * 100, 380, 84), self.team(role),
                        partial(self.set_role, role),
                        cls="@chosen" if role == self.role else None)
        t = self.data["transfer"]
        qs = t["questions"].get(self.role, [])
        parts = [f"<b>{escape(self.t('db_questions', team=self.team(self.role)))}</b><br><br>"]
        for i, q in enumerate(qs, 1):
            parts.append(f"<b>{i}.</b> {escape(q['text'])}<br>"
                         f"<i>{escape(self.t('db_source'))}: {escape(q['source_title'])}</i>"
                         "<br><br>")
        if not qs:
            parts.append(escape(self.t("db_no_questions")))
        self.questions = pygame_gui.elements.UITextBox(
            "".join(parts), st.R(440, TOP, 820, BOTTOM - TOP), self.manager)
        story = (f"<b>{escape(self.t('epilogue'))}</b><br><br>"
                 + escape(t["epilogue"]).replace("\n", "<br>"))
        self.story = pygame_gui.elements.UITextBox(story, st.R(1280, TOP, 600, BOTTOM - TOP),
                                                   self.manager)

    def default_focus(self) -> str | None:
        return f"role_{self.role}"

    def set_role(self, role: str) -> None:
        self.role = role
        self.session.debrief_pos["transfer"] = role
        self.rebuild()
        self.focus_key = f"role_{role}"


# ------------------------------------------------------------------- 5. on Monday --

SLOTS = ((40, 290), (970, 290), (40, 610), (970, 610))  # the answer boxes, 910 x 250


class MondayScene(DebriefScene):
    page = "monday"

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.boxes: dict[str, Any] = {}
        self.note: tuple[str, bool] | None = None  # (text, is_problem)

    def build_page(self) -> None:
        import pygame_gui
        from pygame_gui.core import ObjectID

        from game.ui.scene import Focusable

        st = self.st
        self.boxes = {}
        for (x, y), role in zip(SLOTS, ROLES, strict=True):
            box = pygame_gui.elements.UITextEntryBox(
                st.R(x, y, 910, 250), self.session.application.get(role, ""), self.manager,
                object_id=ObjectID(object_id=f"#answer_{role}"))
            if role not in self.session.humans and not self.session.application.get(role):
                box.disable()
            self.boxes[role] = box
            f = Focusable(f"answer_{role}", box.rect, None, None, True, element=box,
                          text_entry=True)
            self.items.append(f)
            self._by_element[box] = f
        self.button("save", st.R(520, 986, 420, 80), self.t("db_save"), self.save_answers)
        self.button("report", st.R(960, 986, 400, 80), self.t("db_report"), self.make_report,
                    tip=self.t("db_report_tip"))

    def default_focus(self) -> str | None:
        first = next((r for r in ROLES if r in self.session.humans), ROLES[0])
        return f"answer_{first}"

    def answers(self) -> dict[str, str]:
        return {role: box.get_text() for role, box in self.boxes.items()}

    def leave(self) -> None:
        """Nothing typed is lost: leaving the page keeps and saves the answers."""
        self.session.set_answers(self.answers())
        self.session.save()

    def rebuild(self) -> None:
        if self.boxes:  # a new size or language: keep what was typed
            self.session.set_answers(self.answers())
        super().rebuild()

    def save_answers(self) -> None:
        s = self.session
        s.set_answers(self.answers())
        if s.save_path is None:
            self.note = (self.t("db_not_saved", why=self.t("db_no_save_file")), True)
            return
        s.save()
        if s.save_error:
            self.note = (self.t("db_not_saved", why=s.save_error), True)
            return
        problem = s.record(force=True)
        self.note = ((self.t("db_saved_game_only", why=problem), True) if problem else
                     (self.t("db_saved_ok"), False))

    def make_report(self) -> None:
        s = self.session
        s.set_answers(self.answers())
        s.save()
        try:
            out = s.write_report(self.lang)
        except OSError as e:
            self.note = (self.t("db_report_failed", why=e), True)
            return
        self.note = (self.t("db_report_ok", path=out), False)

    def draw_page(self, surface: pygame.Surface) -> None:
        st = self.st
        draw_wrapped(surface, self.t("db_monday_intro"), st.font("h3"), C("ink"),
                     st.R(40, TOP, 1840, 120))
        label = st.font("body", bold=True)
        for (x, y), role in zip(SLOTS, ROLES, strict=True):
            name = self.team(role)
            if role not in self.session.humans:
                name = self.t("db_monday_bot", team=name)
            draw_text(surface, name, label, C("ink"), st.R(x, y - 44, 0, 0).topleft)
        if self.note:
            text, bad = self.note
            draw_wrapped(surface, text, st.font("small", bold=True),
                         C("bad") if bad else C("ink"), st.R(40, 900, 1840, 76))


PAGE_SCENES: dict[str, type[DebriefScene]] = {
    "timeline": TimelineScene, "money": MoneyScene, "info": InfoScene,
    "transfer": TransferScene, "monday": MondayScene}

