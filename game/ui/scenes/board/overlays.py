"""The board's overlays: the chooser of a card's target and the ledger."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import pygame

from game.engine import Action, Message
from game.engine.scoring import unpaid_by_role
from game.lang import render, t, unpaid_lines
from game.lang.moves import describe_target
from game.table.hand import NOISE
from game.ui.i18n import TEAM, team_label
from game.ui.scene import Scene
from game.ui.scenes.board.words import cost_text
from game.ui.scenes.overlay import ScrollOverlay
from game.ui.scenes.reader import esc
from game.ui.style import C, draw_lines, draw_text, fit_text, panel, wrap

if TYPE_CHECKING:
    from game.ui.scenes.board.scene import BoardScene, Group


class TargetScene(Scene):
    """A chooser for an action with targets: each target with its time cost now; blocked
    targets greyed, with their whole reason under the name."""

    opaque = False
    name = "target"

    def __init__(self, app: Any, board: BoardScene, group: Group) -> None:
        super().__init__(app)
        self.board = board
        self.group = group
        self.rows: list[tuple[str, Action, Message | None, str, list[str], str | None]] = []

    def options(self) -> list[tuple[Action, Message | None]]:
        opts: list[tuple[Action, Message | None]] = [(a, None) for a in self.group.legal]
        blocked = [(a, m) for a, m in self.group.blocked if m.code not in NOISE]
        return opts + blocked[:max(0, 16 - len(opts))]

    def build(self) -> None:
        st = self.st
        game = self.session.game
        lang = self.lang
        opts = self.options()
        font = st.font("tiny")
        base = self.group.definition.cost.time if self.group.definition else 0
        max_h = 800  # design units for the rows of one column

        def rows_for(col_w: int) -> list[tuple[str, Action, Message | None, str, list[str],
                                               str | None, int]]:
            out = []
            for i, (a, m) in enumerate(opts):
                label = describe_target(game, a, lang) or self.board.card_title(self.group)
                cost = game.time_cost(a)
                ctext = cost_text(cost, base, self.board.role, lang) if cost is not None else None
                why = render(m, game.scenario, lang) if m is not None else ""
                lines = wrap(why, font, st.px(col_w - 70)) if why else []
                h = 64 + (round(len(lines) * font.get_linesize() / st.s) + 8 if lines else 0)
                out.append((f"t{i}", a, m, label, lines, ctext, h))
            return out

        rows = rows_for(1040)
        cols = 1
        if sum(r[6] + 10 for r in rows) > max_h:
            cols = 2
            rows = rows_for(700)
        col_w = 1040 if cols == 1 else 700
        # fill the columns in turn; what does not fit is left out (blocked targets last)
        columns: list[list[int]] = [[] for _ in range(cols)]
        c, used = 0, 0
        for j, r in enumerate(rows):
            if used + r[6] + 10 > max_h and columns[c]:
                c += 1
                used = 0
                if c >= cols:
                    break
            columns[c].append(j)
            used += r[6] + 10
        total = max(sum(rows[j][6] + 10 for j in col) for col in columns) if rows else 0
        box_w = col_w * cols + 20 * (cols - 1) + 80
        top = max(30, 540 - (total + 200) // 2)
        self.box = st.R(960 - box_w // 2, top, box_w, total + 200)
        self.rows = []
        for ci, col in enumerate(columns):
            y = top + 90
            for j in col:
                key, a, m, label, lines, ctext, h = rows[j]
                where = st.R(960 - box_w // 2 + 40 + ci * (col_w + 20), y, col_w, h)
                tip = None if m is None else self.t("blocked_by", why=render(
                    m, game.scenario, lang))
                self.hotspot(key, where, partial(self.pick, a), tip=tip, enabled=m is None)
                self.rows.append((key, a, m, label, lines, ctext))
                y += h + 10
        self.button("cancel", st.R(960 + box_w // 2 - 280, top + total + 110, 240, 60),
                    self.t("cancel"), self.app.pop)

    def pick(self, a: Action) -> None:
        self.app.pop()
        self.board.apply(a, self.group)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        panel(surface, self.box, st, width=3)
        draw_text(surface, self.t("choose_target", action=self.board.card_title(self.group)),
                  st.font("h2", bold=True), C("ink"),
                  (self.box.x + st.px(40), self.box.y + st.px(24)))
        from game.ui.widgets.cards import badge

        for key, _a, m, label, lines, ctext in self.rows:
            f = self.item(key)
            if f is None:
                continue
            r = f.rect
            hovered = self.hover_key == key
            ok = m is None
            fill = C("muted") if not ok else (C("card") if not hovered else C("focus_glow"))
            pygame.draw.rect(surface, fill, r, border_radius=st.px(10))
            pygame.draw.rect(surface, C("ink") if ok else C("muted_ink"), r,
                             max(2, st.px(3)) if ok else max(1, st.px(2)),
                             border_radius=st.px(10))
            head_y = r.y + st.px(32)
            x = r.x + st.px(18)
            if not ok:
                pygame.draw.circle(surface, C("bad"), (x + st.px(10), head_y), st.px(10),
                                   max(2, st.px(3)))
                pygame.draw.line(surface, C("bad"), (x + st.px(4), head_y),
                                 (x + st.px(16), head_y), max(2, st.px(3)))
                x += st.px(30)
            bw = 0
            if ctext:
                bw = st.font("tiny", bold=True).size(ctext)[0] + st.px(40)
                extra = "(+" in ctext
                badge(surface, st, r.right - bw - st.px(14), head_y - st.px(15), st.px(30),
                      ctext, C("warn") if extra and ok else (C("panel") if ok else C("muted")),
                      "clock")
            lfont, llines, _fit = fit_text(st, label, ("body", "small", "tiny"),
                                           r.right - bw - st.px(30) - x, st.px(40), bold=True,
                                           line_gap=1.0, max_lines=1)
            draw_lines(surface, label, llines[:1], lfont, C("ink") if ok else C("ink_soft"),
                       (x, head_y - lfont.get_linesize() // 2), line_gap=1.0)
            if lines:
                why = render(m, self.session.scenario, self.lang) if m is not None else ""
                draw_lines(surface, why, lines, st.font("tiny"), C("ink"),
                           (r.x + st.px(48), r.y + st.px(58)), line_gap=1.0)


class LedgerScene(ScrollOverlay):
    """The ledger on demand: every payment so far (the engine's public ledger)."""

    name = "ledger"
    BOX = (330, 80, 1260, 890)
    TEXT = (360, 160, 1200, 700)
    CLOSE = (1320, 880, 240, 70)
    TITLE_Y = 20

    def __init__(self, app: Any, role: str) -> None:
        super().__init__(app)
        self.role = role

    def content(self) -> str:
        from game.engine.messages import msg

        self.title = self.t("ledger_title")
        game = self.session.game
        v = game.view("facilitator" if self.app.reveal_all else self.role)
        rows = []
        for r, pot, amount, what, by in v.ledger:
            if amount <= 0:
                continue
            line = render(msg("paid", pot=pot, amount=amount, what=what), game.scenario,
                          self.lang)
            who = team_label(by, self.lang, game.scenario) if by in TEAM else ""
            rows.append(f"<b>{esc(self.t('round', r=r, n=v.rounds))}</b> · {esc(line)}"
                        + (f" <i>({esc(who)})</i>" if who else ""))
        body = "<br>".join(rows) if rows else esc(self.t("ledger_empty"))
        # lesson L6: the time for working together that no pot paid so far
        unpaid = unpaid_lines(game.scenario, unpaid_by_role(game.unpaid_time()), self.lang,
                              self.session.teams)
        return (body + f"<br><br><b>{esc(t('unpaid.title', self.lang))}</b><br>"
                + "<br>".join(esc(u) for u in unpaid))
