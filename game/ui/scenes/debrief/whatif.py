"""The debrief's page "Wat als?" (between Analysis and Transfer): the class's own game
replayed to a moment it picks, with one change, played on many times by bots, beside what
really happened (game/whatif through game/table/whatif.py).

Left: the moment (a round and a move of the timeline), the change (a force on or off, another
organisation model, the inwoner's answer the other way, another move), the bots' level and
whether the class's own later moves are kept; "Speel verder" runs it in the background with a
progress bar. Right: the comparison (endings, the spider web, money and the wrong pocket,
crises, the forces that blocked most, which of the class's moves were kept). "Bewaar" keeps
it with the game for the report.

Keys besides Tab/arrows/Enter: Page Up/Down a round back/on, - and + a move back/on, R runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

import pygame

from game.engine import Action
from game.engine.defs import DIMENSIONS
from game.lang import number
from game.lang import t as lang_t
from game.lang.moves import pot_short
from game.table.whatif import (
    LEVELS,
    Change,
    Choices,
    WhatIfJob,
    action_label,
    change_text,
    choices,
    ending_name,
    force_name,
    game_before,
    keep,
    model_name,
    reason_text,
)
from game.ui.scenes.debrief.base import BOTTOM, TOP, DebriefScene, ellipsize
from game.ui.style import C, draw_text, draw_wrapped, line_step
from game.ui.widgets.web import draw_web

KINDS = ("force_on", "force_off", "model", "answer", "move")
GAMES = (20, 50, 100, 200)


@dataclass
class State:
    """What the page remembers while the debrief is open (per game)."""

    move: int = 1
    kind: str = "force_on"
    what: int = 0  # index into the options of the kind
    level: str = "makkelijk"
    keep: bool = True
    games: int = 200
    job: WhatIfJob | None = None
    result: dict[str, Any] | None = None
    error: str | None = None
    note: tuple[str, bool] | None = None
    options_cache: dict[tuple[str, int], list[str]] = field(default_factory=dict)


_STATES: WeakKeyDictionary[Any, State] = WeakKeyDictionary()


class WhatIfScene(DebriefScene):
    page = "whatif"
    PROCESSES: int | None = None  # worker processes of a run (None: every core; tests: 1)

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        s = self.session
        if s not in _STATES:
            _STATES[s] = State()
        self.state = _STATES[s]
        self._choices: Choices | None = None

    # -- words ------------------------------------------------------------------------

    def w(self, key: str, **kw: Any) -> str:
        """The catalogue's ``whatif_page.<key>``."""
        return lang_t(f"whatif_page.{key}", self.lang, **kw)

    # -- the choices ------------------------------------------------------------------

    @property
    def choices(self) -> Choices:
        if self._choices is None:
            self._choices = choices(self.session)
        return self._choices

    def moment(self) -> Any:
        ms = self.choices.moments
        self.state.move = max(1, min(self.state.move, len(ms)))
        return ms[self.state.move - 1]

    def options(self) -> list[str]:
        """What the current kind may be set to at the current moment (ids or notations)."""
        st, c = self.state, self.choices
        key = (st.kind, st.move if st.kind in ("move",) else 0)
        if key in st.options_cache:
            return st.options_cache[key]
        if st.kind in ("force_on", "force_off"):
            out = list(c.forces)
        elif st.kind == "model":
            out = list(c.models)
        elif st.kind == "answer":
            out = [str(n) for n in c.answers]
        else:
            m = self.moment()
            before = game_before(self.session, m.move)
            role = Action.parse(m.action).role
            out = [str(a) for a in before.legal_actions(role) if str(a) != m.action]
        st.options_cache[key] = out
        return out

    def change(self) -> Change | None:
        st = self.state
        opts = self.options()
        if not opts:
            return None
        what = opts[st.what % len(opts)]
        m = self.moment()
        if st.kind in ("force_on", "force_off", "model"):
            return Change(st.kind, round=m.round, what=what)
        if st.kind == "answer":
            return Change("answer", move=int(what))
        return Change("move", move=m.move, what=what)

    def what_label(self) -> str:
        st, sc = self.state, self.session.scenario
        opts = self.options()
        if not opts:
            return self.w("no_answer" if st.kind == "answer" else "no_move")
        what = opts[st.what % len(opts)]
        if st.kind in ("force_on", "force_off"):
            return force_name(sc, what, self.lang)
        if st.kind == "model":
            return model_name(sc, what, self.lang)
        if st.kind == "answer":
            m = self.choices.moments[int(what) - 1]
            return self.w("answer_at", move=m.move, action=self.action_label(m.action))
        return self.action_label(what)

    def action_label(self, notation: str) -> str:
        return str(action_label(self.session.scenario, notation, self.lang))

    # -- controls ---------------------------------------------------------------------

    def build_page(self) -> None:
        st, s = self.st, self.state
        y0 = TOP + 150
        self.button("round_back", st.R(60, y0, 150, 60), self.w("round_back"),
                    lambda: self.step_round(-1), cls="@small")
        self.button("move_back", st.R(220, y0, 150, 60), self.w("move_back"),
                    lambda: self.step_move(-1), cls="@small")
        self.button("move_on", st.R(380, y0, 150, 60), self.w("move_on"),
                    lambda: self.step_move(1), cls="@small")
        self.button("round_on", st.R(540, y0, 150, 60), self.w("round_on"),
                    lambda: self.step_round(1), cls="@small")
        y1 = TOP + 290
        self.button("kind", st.R(60, y1, 630, 60), self.w(f"kind_{s.kind}"), self.next_kind,
                    cls="@small")
        self.button("what_back", st.R(60, y1 + 70, 80, 60), self.w("what_back"),
                    lambda: self.step_what(-1), cls="@small")
        self.button("what", st.R(150, y1 + 70, 450, 60),
                    ellipsize(self.what_label(), self.st.font("small"), st.px(430)),
                    lambda: self.step_what(1), cls="@small")
        self.button("what_on", st.R(610, y1 + 70, 80, 60), self.w("what_on"),
                    lambda: self.step_what(1), cls="@small")
        y2 = TOP + 500
        level = next(lv for lv in self._levels() if lv.id == s.level)
        self.button("level", st.R(60, y2, 310, 60), self.w("level", level=level.label(self.lang)),
                    self.next_level, cls="@small")
        self.button("keep_moves", st.R(380, y2, 310, 60),
                    self.w("keep_on" if s.keep else "keep_off"), self.toggle_keep, cls="@small")
        self.button("games", st.R(60, y2 + 70, 630, 60), self.w("games", n=s.games),
                    self.next_games, cls="@small")
        running = s.job is not None and s.job.running
        self.button("run", st.R(60, TOP + 650, 630, 70), self.w("run", n=s.games), self.run,
                    cls="@primary", enabled=not running and self.change() is not None)
        self.button("keep", st.R(520, 986, 420, 80), self.w("keep"), self.keep_result,
                    enabled=s.result is not None and not running)

    @staticmethod
    def _levels() -> list[Any]:
        from game.bots.levels import LEVELS as BOT_LEVELS

        return list(BOT_LEVELS)

    def default_focus(self) -> str | None:
        return "run"

    def on_key(self, event: pygame.event.Event) -> None:
        k = event.key
        if k == pygame.K_PAGEUP:
            self.step_round(-1)
        elif k == pygame.K_PAGEDOWN:
            self.step_round(1)
        elif k in (pygame.K_MINUS, pygame.K_KP_MINUS):
            self.step_move(-1)
        elif k in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
            self.step_move(1)
        elif k == pygame.K_r:
            self.run()
        else:
            super().on_key(event)
            return
        self.app.dirty = True

    def _changed(self) -> None:
        self.state.note = None
        self.rebuild()

    def step_move(self, by: int) -> None:
        self.state.move = max(1, min(len(self.choices.moments), self.state.move + by))
        if self.state.kind == "move":
            self.state.what = 0
        self._changed()

    def step_round(self, by: int) -> None:
        ms = self.choices.moments
        r = self.moment().round + by
        r = max(1, min(self.choices.rounds, r))
        self.state.move = next((m.move for m in ms if m.round >= r), len(ms))
        self._changed()

    def next_kind(self) -> None:
        s = self.state
        s.kind = KINDS[(KINDS.index(s.kind) + 1) % len(KINDS)]
        s.what = 0
        if s.kind == "answer" and self.choices.answers:
            s.move = self.choices.answers[0]
        self._changed()

    def step_what(self, by: int) -> None:
        s = self.state
        s.what += by
        opts = self.options()
        if s.kind == "answer" and opts:
            s.move = int(opts[s.what % len(opts)])
        self._changed()

    def next_level(self) -> None:
        s = self.state
        s.level = LEVELS[(LEVELS.index(s.level) + 1) % len(LEVELS)]
        if s.level != "makkelijk" and s.games > 20:
            s.games = 20
        self._changed()

    def toggle_keep(self) -> None:
        self.state.keep = not self.state.keep
        self._changed()

    def next_games(self) -> None:
        s = self.state
        s.games = GAMES[(GAMES.index(s.games) + 1) % len(GAMES)] if s.games in GAMES else 200
        self._changed()

    def run(self) -> None:
        s = self.state
        change = self.change()
        if change is None or (s.job is not None and s.job.running):
            return
        s.result, s.error, s.note = None, None, None
        s.job = WhatIfJob(self.session, change, games=s.games, level=s.level, keep=s.keep,
                          processes=self.PROCESSES, lang=self.lang)
        s.job.start()
        self.rebuild()

    def run_now(self, force: str | None = None, rnd: int = 3, games: int = 20,
                keep_moves: bool = False) -> None:
        """Set a force change at a round and compute it at once, in this thread (for the
        screenshot command; the board uses run())."""
        s = self.state
        c = self.choices
        s.kind, s.keep, s.games = "force_on", keep_moves, games
        if force in c.forces:
            s.what = c.forces.index(force)
        s.move = next((m.move for m in c.moments if m.round >= rnd), 1)
        change = self.change()
        if change is None:
            return
        s.job = WhatIfJob(self.session, change, games=games, level=s.level, keep=s.keep,
                          processes=1, lang=self.lang)
        s.job.work()
        s.result, s.error = s.job.result, s.job.error
        self.rebuild()

    def keep_result(self) -> None:
        s = self.state
        if s.result is None:
            return
        if self.session.save_path is None:
            s.note = (self.w("not_kept", why=self.w("no_file")), True)
            return
        keep(self.session, s.result)
        err = self.session.save_error
        s.note = (self.w("not_kept", why=err), True) if err else (self.w("kept"), False)

    def update(self, dt: float) -> bool:
        moving = super().update(dt)
        job = self.state.job
        if job is None:
            return moving
        if job.running:
            self.app.dirty = True
            return True
        if job.done and self.state.result is None and self.state.error is None:
            self.state.result, self.state.error = job.result, job.error
            self.rebuild()
            self.app.dirty = True
        return moving

    # -- drawing ----------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        st, s = self.st, self.state
        left = st.R(40, TOP, 680, BOTTOM - TOP)
        y = self.heading(surface, left, self.w("moment"))
        m = self.moment()
        small, bold = st.font("small"), st.font("small", bold=True)
        draw_text(surface, self.w("moment_line", round=m.round, move=m.move,
                                  last=len(self.choices.moments)), bold, C("ink"),
                  (left.x + st.px(20), y))
        label = f"{self.team_word(m.action)}: {self.action_label(m.action)}"
        draw_text(surface, ellipsize(label, small, left.w - st.px(40)), small, C("ink"),
                  (left.x + st.px(20), y + line_step(bold)))
        draw_text(surface, self.w("change"), st.font("h3", bold=True), C("ink"),
                  st.R(60, TOP + 240, 0, 0).topleft)
        draw_text(surface, self.w("bots"), st.font("h3", bold=True), C("ink"),
                  st.R(60, TOP + 450, 0, 0).topleft)
        if s.level != "makkelijk":
            draw_wrapped(surface, self.w("slow"), st.font("tiny"), C("bad"),
                         st.R(60, TOP + 620, 630, 30))
        job = s.job
        if job is not None and job.running:
            done, total = job.progress
            bar = st.R(60, TOP + 735, 630, 34)
            pygame.draw.rect(surface, C("panel_edge"), bar, border_radius=st.px(8))
            fill = bar.copy()
            fill.w = max(st.px(8), bar.w * done // max(1, total))
            pygame.draw.rect(surface, C("good"), fill, border_radius=st.px(8))
            draw_text(surface, self.w("running", done=done, total=total), bold, C("ink"),
                      (bar.x, bar.bottom + st.px(6)))
        if s.note:
            text, bad = s.note
            draw_wrapped(surface, text, bold, C("bad") if bad else C("ink"),
                         st.R(60, TOP + 735, 630, 80))
        right = st.R(740, TOP, 1140, BOTTOM - TOP)
        if s.error:
            y = self.heading(surface, right, self.w("change"))
            draw_wrapped(surface, s.error, st.font("small"), C("bad"),
                         pygame.Rect(right.x + st.px(20), y, right.w - st.px(40),
                                     right.bottom - y - st.px(10)))
        elif s.result is None:
            y = self.heading(surface, right, self.t("db_tab_whatif"))
            draw_wrapped(surface, f"{self.w('intro')} {self.w('empty')}", st.font("body"),
                         C("ink"), pygame.Rect(right.x + st.px(20), y, right.w - st.px(40),
                                               st.px(200)))
        else:
            self.draw_result(surface, right, s.result)

    def team_word(self, notation: str) -> str:
        role = notation.split(":", 1)[0]
        return self.team(role) if role != "facilitator" else self.t("facilitator")

    def draw_result(self, surface: pygame.Surface, rect: pygame.Rect,
                    r: dict[str, Any]) -> None:
        st, sc, lang = self.st, self.session.scenario, self.lang
        title = change_text(sc, r["change"], lang, r["inserted"])
        y = self.heading(surface, rect, f"{self.t('db_tab_whatif')} {title}")
        real, w, n = r["real"], r["whatif"], r["games"]
        # the spider web: what really happened (dashed) and the what-if mean (dots)
        web = pygame.Rect(rect.x + st.px(10), y, st.px(560), st.px(430))
        mean = {d: round(w["health"][d]) for d in DIMENSIONS}
        draw_web(surface, st, web, mean, dict(real["health"]), lang, "", self.w("real"),
                 self.w("whatif"), compare=dict(real["health"]))
        # the endings, with a bar for each
        ex = rect.x + st.px(600)
        ew = rect.right - ex - st.px(20)
        small, bold = st.font("small"), st.font("small", bold=True)
        draw_text(surface, self.w("endings"), st.font("body", bold=True), C("ink"), (ex, y))
        ey = y + line_step(st.font("body", bold=True))
        draw_text(surface, ellipsize(self.w("real_ending", name=ending_name(
            sc, real["ending"], lang)), bold, ew), bold, C("ink"), (ex, ey))
        ey += line_step(bold) + st.px(6)
        for ending, count in list(w["endings"].items())[:4]:
            pct = round(100 * count / n) if n else 0
            draw_text(surface, ellipsize(f"{ending_name(sc, ending, lang)}: {pct}%", small, ew),
                      small, C("ink"), (ex, ey))
            ey += line_step(small)
            bar = pygame.Rect(ex, ey, max(st.px(4), ew * count // max(1, n)), st.px(14))
            pygame.draw.rect(surface, C("good" if ending == real["ending"] else "bad"), bar,
                             border_radius=st.px(4))
            ey += st.px(22)
        # money, the wrong pocket, crises, blocking forces
        my = max(ey + st.px(10), y + st.px(250))
        draw_text(surface, self.w("money"), st.font("body", bold=True), C("ink"), (ex, my))
        my += line_step(st.font("body", bold=True))
        lines = [self.w("paid", pot=pot_short(p, self.lang), a=real["paid"][p], b=f"{w['paid'][p]:.0f}")
                 for p in real["paid"]]
        lines.append(self.w("wrong", a=real["wrong_pocket"], b=f"{w['wrong_pocket']:.0f}"))
        lines.append(self.w("crises", a=real["crises"], b=number(w["crises"], self.lang)))
        for line in lines:
            draw_text(surface, ellipsize(line, small, ew), small, C("ink"), (ex, my))
            my += line_step(small)
        by = web.bottom + st.px(16)
        box = pygame.Rect(rect.x + st.px(20), by, rect.w - st.px(40), rect.bottom - by
                          - st.px(10))
        names = ", ".join(force_name(sc, f, lang) for f in list(w["blocked_by"])[:3])
        notes = [self.w("blocked", names=names) if names else self.w("blocked_none")]
        if r["keep"]:
            k = w["kept"]
            notes.append(self.w("kept_moves", after=r["class_moves_after"], mean=k["mean"],
                                all=k["all"], games=n))
            for d in w["first_dropped"][:2]:
                notes.append(self.w("dropped", move=d["move"],
                                    action=self.action_label(d["action"]),
                                    reason=reason_text(sc, d["reason"], lang)))
            if w["distinct_endings"] == 1 and k["all"] == n:
                notes.append(self.w("one_outcome"))
        else:
            notes.append(self.w("bots_all"))
        self.lines_in(surface, notes, box, ("small", "tiny"))
