"""Set-up: choose a casus, the organisation model, the team names and the difficulty."""

from __future__ import annotations

import random
from functools import partial
from typing import Any

import pygame

from game.engine import DIFFICULTIES
from game.engine.defs import Scenario
from game.lang import error_text, name_of
from game.table import BOT_LEVELS
from game.ui.i18n import ROLES, role_name, team_label
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.style import (
    C,
    draw_lines,
    draw_text,
    draw_wrapped,
    fit_text,
    line_step,
    panel,
    wrap,
)
from game.ui.widgets.portrait import draw_portrait

MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")
LEVELS = ("licht", "normaal", "zwaar")


def first_sentence(text: str) -> str:
    """The first sentence: the set-up shows one sentence per strength and weak spot."""
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            return text[: i + 1]
    return text


def first_time_minutes(minutes: int) -> int:
    """How long a table that plays for the first time needs (docs/docent-handleiding.md,
    section 5: the first rounds go slowly, and on one laptop every hand-over takes time):
    about 1.4 times the casus's playing time, to 5 minutes."""
    return int(5 * round(minutes * 1.4 / 5))


class SetupScene(Scene):
    name = "setup"

    def __init__(self, app: Any, scenario: str | None = None, seed: int | None = None,
                 model: str | None = None, difficulty: str | None = None) -> None:
        super().__init__(app)
        self.casus_ids = app.casus_ids()
        self.casus = scenario if scenario in self.casus_ids else (
            self.casus_ids[0] if self.casus_ids else None)
        self.model = model or "netwerkmodel"
        self.level = difficulty or "normaal"
        self.seed = seed if seed is not None else random.randrange(1, 1_000_000)
        self.story_cut = False  # whether the chosen casus's story did not fit (drawn cut)
        self.teams: dict[str, str] = {}
        self.bots: set[str] = set()  # the roles a bot plays (solo practice)
        self.bot_level = "normaal"
        self.entries: dict[str, Any] = {}
        self.error: str | None = None

    @property
    def scenario(self) -> Scenario | None:
        if self.casus is None:
            return None
        try:
            return self.app.scenario(self.casus)
        except Exception as e:  # noqa: BLE001 - shown on screen
            self.error = error_text(e, self.lang)
            return None

    def _keep_names(self) -> None:
        for role, e in self.entries.items():
            self.teams[role] = e.get_text()

    def rebuild(self) -> None:
        if self.entries:
            self._keep_names()
        super().rebuild()

    def build(self) -> None:
        st = self.st
        self.entries = {}
        # 1. casus cards: three a row, lower when there are many (the story goes below)
        for i, cid in enumerate(self.casus_ids):
            self.hotspot(f"casus:{cid}", st.R(*self.casus_rect(i)), partial(self.pick_casus, cid))
        # 2. models
        sc = self.scenario
        models = [m for m in MODELS if sc is not None and m in sc.models]
        for i, m in enumerate(models):
            md = sc.models[m]  # type: ignore[union-attr]
            tip = (f"{md.text.get(self.lang)}\n{self.t('strength', x=md.strength.get(self.lang))}"
                   f"\n{self.t('weakness', x=md.weakness.get(self.lang))}")
            self.hotspot(f"model:{m}", st.R(800, 130 + i * 228, 540, 216),
                         partial(self.pick_model, m), tip=tip)
        # 3. team names
        for i, role in enumerate(ROLES):
            e = self.entry(f"team:{role}", st.R(1640, 136 + i * 78, 240, 58),
                           self.teams.get(role, ""), tip=self.t("team_name",
                                                                 role=team_label(role, self.lang, sc)))
            e.set_forbidden_characters(["\n"])
            self.entries[role] = e
            self.hotspot(f"player:{role}", st.R(1380, 132 + i * 78, 250, 66),
                         partial(self.toggle_bot, role),
                         tip=self.t("player_toggle", role=role_name(role, self.lang, sc)))
        # 3b. the bots' level, when a bot plays
        if self.bots and len(self.bots) < len(ROLES):
            for i, lv in enumerate(BOT_LEVELS):
                self.hotspot(f"botlevel:{lv}", st.R(1380 + i * 170, 476, 160, 60),
                             partial(self.pick_bot_level, lv), tip=self.bot_level_text(lv))
        # 4. difficulty
        for i, lv in enumerate(LEVELS):
            self.hotspot(f"level:{lv}", st.R(1380, 600 + i * 108, 500, 96),
                         partial(self.pick_level, lv))
        self.button("back", st.R(1380, 964, 200, 80), self.t("back"), self.app.pop)
        self.button("play", st.R(1600, 964, 280, 80), self.t("play"), self.play,
                    cls="@primary", enabled=sc is not None)

    def casus_rect(self, i: int) -> tuple[int, int, int, int]:
        """Casus card i in design units."""
        n = len(self.casus_ids)
        h = 135 if n <= 3 else 104
        return (40 + (i % 3) * 240, 130 + (i // 3) * (h + 10), 225, h)

    def story_top(self) -> int:
        n = max(1, len(self.casus_ids))
        _x, y, _w, h = self.casus_rect(n - 1)
        return max(450, y + h + 16)

    def default_focus(self) -> str | None:
        return "play" if self.item("play") else super().default_focus()

    def pick_casus(self, cid: str) -> None:
        self.casus = cid
        self.rebuild()

    def pick_model(self, m: str) -> None:
        self.model = m

    def pick_level(self, lv: str) -> None:
        self.level = lv

    def toggle_bot(self, role: str) -> None:
        self.bots ^= {role}
        key = self.focus_key
        self.rebuild()
        if key and self.item(key):
            self.focus_key = key

    def bot_level_text(self, lv: str) -> str | None:
        """What the level means: how the other roles play (a stronger team makes the
        practice easier, so the level says how they play, not how hard it is)."""
        try:
            from game.bots.levels import get_level

            return get_level(lv).text(self.lang)
        except (ImportError, ValueError):
            return None

    def pick_bot_level(self, lv: str) -> None:
        self.bot_level = lv

    def play(self) -> None:
        self._keep_names()
        if self.casus is None:
            return
        if len(self.bots) >= len(ROLES):
            return  # the set-up says in red that people must play at least one role
        teams = {r: n.strip() for r, n in self.teams.items() if n.strip()}
        if not self.bots:
            self.app.start_game(self.casus, self.seed, self.model, self.level, teams)
            return
        self.start_solo(teams)

    def start_solo(self, teams: dict[str, str]) -> None:
        """As ``App.start_game``, with bots for the roles not played by people."""
        from game.engine import Game
        from game.table import default_save_path

        app = self.app
        assert self.casus is not None
        scenario = app.scenario(self.casus)
        game = Game(scenario, self.seed, self.model, self.level)
        humans = tuple(r for r in ROLES if r not in self.bots)
        app.session = Session(game, teams=teams, humans=humans, bot_level=self.bot_level,
                              save_path=default_save_path(scenario.id))
        app.session.save()
        app.reveal_all = False
        app.flow()

    # -- drawing ----------------------------------------------------------------------

    def draw_back(self, surface: pygame.Surface) -> None:
        st, lang = self.st, self.lang
        draw_text(surface, self.t("setup"), st.font("h1", bold=True), C("ink"),
                  st.R(40, 22, 0, 0).topleft)
        h3 = st.font("h3", bold=True)
        draw_text(surface, self.t("step_casus"), h3, C("ink"), st.R(40, 88, 0, 0).topleft)
        draw_text(surface, self.t("step_model"), h3, C("ink"), st.R(800, 88, 0, 0).topleft)
        draw_text(surface, self.t("step_teams"), h3, C("ink"), st.R(1380, 88, 0, 0).topleft)
        # what the white fields are for: a team's own name, which may stay empty
        draw_text(surface, self.t("team_name_hint"), st.font("small"), C("ink_soft"),
                  st.R(1640, 128, 0, 0).bottomleft, "bottomleft")
        draw_text(surface, self.t("step_level"), h3, C("ink"), st.R(1380, 555, 0, 0).topleft)
        if not self.casus_ids:
            draw_text(surface, self.t("no_scenarios"), st.font("body"), C("bad"),
                      st.R(40, 140, 0, 0).topleft)
        sc = self.scenario
        for cid in self.casus_ids:
            f = self.item(f"casus:{cid}")
            if f is None:
                continue
            chosen = cid == self.casus
            self._option(surface, f.rect, chosen)
            try:
                c = self.app.scenario(cid).casus
            except Exception as e:  # noqa: BLE001 - a broken casus is named, not drawn
                self.error = error_text(e, self.lang)
                continue
            side = min(st.px(92), f.rect.h - st.px(20))
            pr = pygame.Rect(f.rect.x + st.px(10), f.rect.y + (f.rect.h - side) // 2, side, side)
            draw_portrait(surface, pr, c.id, c.age, c.portrait)
            nx = pr.right + st.px(10)
            nw = f.rect.right - nx - st.px(8) - (st.px(40) if chosen else 0)
            age_font = st.font("small")
            room = f.rect.bottom - st.px(6) - pr.y - age_font.get_linesize()
            nfont, nlines, ok = fit_text(st, c.name_in(lang), ("h3", "body", "small"), nw, room,
                                         bold=True, line_gap=1.0, max_lines=1)
            if not ok:  # two names ("Sanne en Joost"): two lines
                nfont, nlines, ok = fit_text(st, c.name_in(lang), ("body", "small", "tiny"), nw,
                                             room, bold=True, line_gap=1.0, max_lines=2)
            h = draw_lines(surface, c.name_in(lang), nlines, nfont, C("ink"), (nx, pr.y), 1.0)
            draw_text(surface, self.t("age", age=c.age), age_font, C("ink_soft"), (nx, pr.y + h))
        if sc is not None:
            c = sc.casus
            top = self.story_top()
            card = st.R(40, top, 720, 1050 - top)
            panel(surface, card, st)
            side = st.px(150 if top <= 450 else 120)
            pr = pygame.Rect(card.x + st.px(20), card.y + st.px(20), side, side)
            draw_portrait(surface, pr, c.id, c.age, c.portrait)
            x = pr.right + st.px(20)
            w = card.right - x - st.px(20)
            y = pr.y
            for line in wrap(c.title.get(lang), st.font("h2", bold=True), w)[:2]:
                draw_text(surface, line, st.font("h2", bold=True), C("ink"), (x, y))
                y += st.font("h2", bold=True).get_linesize()
            # who, and how long it plays, on one line (the story needs the room below)
            who = f"{c.name_in(lang)}, {self.t('age', age=c.age)}"
            how_long = self.t("minutes", n=c.playing_time, r=c.rounds,
                              first=first_time_minutes(c.playing_time))
            body_f = st.font("body")
            r = draw_text(surface, who, body_f, C("ink"), (x, y))
            if body_f.size(f"{who} · {how_long}")[0] <= w:
                draw_text(surface, f" · {how_long}", body_f, C("ink_soft"), (r.right, y))
            else:  # no room beside it: a line of its own
                y += body_f.get_linesize()
                draw_text(surface, how_long, body_f, C("ink_soft"), (x, y))
            y += body_f.get_linesize()
            top = max(pr.bottom, y) + st.px(14)
            bottom = card.bottom - st.px(14)
            if c.content_warning is not None:  # what the teacher announces first
                warn = self.t("content_warning", x=c.content_warning.get(lang))
                wfont, wlines, _ok = fit_text(st, warn, ("small", "tiny"), card.w - st.px(40),
                                              st.px(90), bold=True)
                top += draw_lines(surface, warn, wlines, wfont, C("bad"),
                                  (card.x + st.px(20), top)) + st.px(10)
            text = str(c.story.get(lang))
            sw = card.w - st.px(40)
            if c.learning_goals:  # the lessons in words at the foot of the card, not "L1, L3"
                goals = self.t("goals", x=" · ".join(name_of(None, g, lang, "lesson")
                                                      for g in c.learning_goals))
                gfont, glines, _ok = fit_text(st, goals, ("tiny",), sw, st.px(90))
                gh = len(glines) * line_step(gfont) + st.px(8)
                # the story comes first: the lessons only when the whole story still fits
                # (the teacher's guide lists them per casus too)
                if fit_text(st, text, ("body", "small", "tiny"), sw, bottom - gh - top)[2]:
                    bottom -= gh
                    draw_lines(surface, goals, glines, gfont, C("ink_soft"),
                               (card.x + st.px(20), bottom + st.px(8)))
            story = pygame.Rect(card.x + st.px(20), top, sw, bottom - top)
            sfont, slines, ok = fit_text(st, text, ("body", "small", "tiny"), story.w, story.h)
            self.story_cut = not ok  # (tests: a casus's story is shown whole)
            if ok:
                draw_lines(surface, text, slines, sfont, C("ink"), story.topleft)
            else:  # too long even in the smallest letters: cut (a casus should be shorter)
                draw_wrapped(surface, text, sfont, C("ink"), story)
            for m in MODELS:
                f = self.item(f"model:{m}")
                if f is None:
                    continue
                md = sc.models[m]
                self._option(surface, f.rect, m == self.model)
                inner = f.rect.inflate(-st.px(28), -st.px(20))
                draw_text(surface, md.name.get(lang), st.font("h3", bold=True), C("ink"),
                          inner.topleft)
                y = inner.y + st.font("h3", bold=True).get_linesize() + st.px(2)
                strong = self.t("strength", x=first_sentence(md.strength.get(lang)))
                weak = self.t("weakness", x=first_sentence(md.weakness.get(lang)))
                room = inner.bottom - y
                tw = inner.w - st.px(40)
                for role in ("small", "tiny"):
                    font = st.font(role)
                    a, b = wrap(strong, font, tw), wrap(weak, font, tw)
                    step = line_step(font, 1.05)
                    if (len(a) + len(b)) * step + st.px(4) <= room:
                        break
                y += draw_lines(surface, strong, a, font, C("ink"), (inner.x, y), 1.05)
                draw_lines(surface, weak, b, font, C("ink"), (inner.x, y + st.px(4)), 1.05)
        self.draw_players(surface)
        rounds = sc.casus.rounds if sc is not None else 8
        for lv in LEVELS:
            f = self.item(f"level:{lv}")
            if f is None:
                continue
            self._option(surface, f.rect, lv == self.level)
            draw_text(surface, self.t(f"level_{lv}"), st.font("h3", bold=True), C("ink"),
                      (f.rect.x + st.px(20), f.rect.y + st.px(10)))
            n = round(DIFFICULTIES[lv] * rounds / 8)
            draw_text(surface, self.t("level_text", n=n), st.font("body"), C("ink"),
                      (f.rect.x + st.px(20), f.rect.y + st.px(50)))
        if self.error:
            draw_wrapped(surface, self.error, st.font("small"), C("bad"),
                         st.R(1380, 760, 500, 180))

    def draw_players(self, surface: pygame.Surface) -> None:
        """Per role: people or a bot (a toggle), and the bots' level when a bot plays."""
        st, lang = self.st, self.lang
        for role in ROLES:
            f = self.item(f"player:{role}")
            if f is None:
                continue
            bot = role in self.bots
            hovered = self.hover_key == f.key
            pygame.draw.rect(surface, C("card") if hovered else C("panel"), f.rect,
                             border_radius=st.px(10))
            pygame.draw.rect(surface, C("warn") if bot else C("panel_edge"), f.rect,
                             max(1, st.px(4 if bot else 2)), border_radius=st.px(10))
            inner = f.rect.inflate(-st.px(20), -st.px(8))
            name = team_label(role, lang, self.scenario)
            nfont, nlines, _ok = fit_text(st, name, ("body", "small", "tiny"), inner.w,
                                          st.px(30), bold=True, max_lines=1)
            draw_lines(surface, name, nlines, nfont, C("ink"), inner.topleft)
            word = self.t("player_bot" if bot else "player_people")
            other = self.t("player_people" if bot else "player_bot")
            sfont = st.font("tiny", bold=True)
            y = inner.bottom - sfont.get_linesize()
            colour = C("bad") if bot else C("ink")
            dot = max(3, sfont.get_linesize() // 4)
            pygame.draw.circle(surface, colour, (inner.x + dot, y + sfont.get_linesize() // 2),
                               dot)
            r = draw_text(surface, word, sfont, colour, (inner.x + 3 * dot, y))
            draw_text(surface, "  " + self.t("player_switch", other=other), st.font("tiny"),
                      C("ink_soft"), (r.right, y))
        area = st.R(1380, 440, 500, 100)
        if len(self.bots) >= len(ROLES):
            draw_wrapped(surface, self.t("need_human"), st.font("small", bold=True), C("bad"),
                         area)
        elif not self.bots:
            draw_wrapped(surface, self.t("bots_hint"), st.font("small"), C("ink_soft"), area)
        else:
            from game.bots.levels import get_level

            draw_text(surface, self.t("bot_level"), st.font("small", bold=True), C("ink"),
                      area.topleft)
            for lv in BOT_LEVELS:
                f = self.item(f"botlevel:{lv}")
                if f is None:
                    continue
                self._option(surface, f.rect, lv == self.bot_level, small=True)
                try:
                    label = get_level(lv).label(lang)
                except (ImportError, ValueError):
                    label = lv
                draw_text(surface, label, st.font("small", bold=True), C("ink"),
                          (f.rect.x + st.px(12), f.rect.centery), "midleft")

    def _option(self, surface: pygame.Surface, rect: pygame.Rect, chosen: bool,
                 small: bool = False) -> None:
        """A selectable option card; the chosen one has a thick edge and a check mark."""
        st = self.st
        k = 0.7 if small else 1.0
        hovered = self.hover_key is not None and self.item(self.hover_key) is not None and \
            self.item(self.hover_key).rect == rect  # type: ignore[union-attr]
        pygame.draw.rect(surface, C("panel") if not hovered else C("card"), rect,
                         border_radius=st.px(12))
        if chosen:
            pygame.draw.rect(surface, C("warn"), rect, st.px(6), border_radius=st.px(12))
            tick = pygame.Rect(0, 0, st.px(36 * k), st.px(36 * k))
            tick.topright = (rect.right - st.px(8), rect.y + st.px(8))
            if small:
                tick.centery = rect.centery
            pygame.draw.circle(surface, C("ink"), tick.center, st.px(17 * k))
            pygame.draw.lines(surface, C("panel"), False, [
                (tick.x + st.px(9 * k), tick.centery),
                (tick.centerx - st.px(2 * k), tick.bottom - st.px(10 * k)),
                (tick.right - st.px(8 * k), tick.y + st.px(10 * k))], max(2, st.px(4 * k)))
        else:
            pygame.draw.rect(surface, C("panel_edge"), rect, max(1, st.px(2)),
                             border_radius=st.px(12))
