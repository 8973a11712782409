"""The debrief's first page, Verloop (Description): the rounds to step through, with
the force drawn, every move with its team and what it did, and the board as it was after
that move (replayed from the save)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.ui.i18n import dim_name
from game.ui.scenes.debrief.base import (
    BOTTOM,
    TOP,
    DebriefScene,
    ellipsize,
)
from game.ui.style import C, draw_text, panel
from game.ui.widgets.cards import draw_force_mark
from game.ui.widgets.table import draw_pots, draw_relations_panel
from game.ui.widgets.web import draw_web


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
            draw_relations_panel(surface, st, rel, b["relations"], self.lang,
                                 scenario=self.session.scenario)
