"""The board's application: the window, the scene stack, the main loop and the game flow.

The main loop sleeps while nothing changes (it looks for input 25 times a second and draws
nothing: idle CPU near zero) and draws at most 30 frames a second while something moves or
the mouse is in use. The flow of a
hot-seat game lives in ``App.flow()``: round summary, the force card's moment, the hand-over
to the next team, the board, and the end screen.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pygame
import pygame_gui

from game.engine import Game
from game.engine.defs import Scenario
from game.lang import Said, error_text
from game.table import default_save_path
from game.ui.i18n import t
from game.ui.session import ScenarioLoader, Session, load_any_scenario
from game.ui.style import MIN_SIZE, C, register_cache, scale_for, scaled_theme

if TYPE_CHECKING:
    from game.ui.scene import Scene

FPS_ACTIVE = 30
ACTIVE_AFTER_INPUT_S = 1.0  # keep drawing briefly after input (hover, tooltips, cursor)
IDLE_POLL_S = 0.04  # when nothing changes: look for input 25 times a second, draw nothing


class NoDisplay(RuntimeError):
    """No window can be opened (no display); the CLI points to --text."""


def init_display(size: tuple[int, int], fullscreen: bool = False) -> pygame.Surface:
    """Open the window; raises NoDisplay with the reason when that is impossible."""
    from game.ui.style import reset_caches

    reset_caches()
    try:
        pygame.display.init()
        driver = pygame.display.get_driver()
        if driver in ("offscreen", "dummy") and os.environ.get("SDL_VIDEODRIVER") != driver:
            # SDL fell back to an invisible window: there is no screen to play on
            pygame.display.quit()
            raise NoDisplay(Said("ui.no_display_found"))
        pygame.font.init()
        flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
        screen = pygame.display.set_mode((0, 0) if fullscreen else size, flags)
    except pygame.error as e:
        raise NoDisplay(str(e) or "no display") from None
    pygame.display.set_caption("Krachtenveld")
    pygame.key.set_repeat(400, 60)
    return screen


def screen_size() -> tuple[int, int]:
    """The size of the (first) screen, once the display is initialised."""
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        sizes = []
    return tuple(sizes[0]) if sizes else (1280, 720)  # type: ignore[return-value]


def window_size() -> tuple[int, int]:
    """A window that leaves room for the desktop's bars: 80% of the screen, never below
    the smallest size the board is made for."""
    w, h = screen_size()
    return max(MIN_SIZE[0], round(w * 0.8)), max(MIN_SIZE[1], round(h * 0.8))


class SharedThemeManager(pygame_gui.UIManager):
    """A pygame_gui manager whose theme is shared by every scene of one window scale and
    language. Loading a theme's fonts and drawing its shapes (the rounded buttons and text
    fields) was most of the time a scene took to open; a shared theme loads the fonts once,
    and its shape cache keeps the shapes drawn for one scene for the next (issue 12: every
    scene and overlay opens within 100 ms)."""

    themes: ClassVar[dict[tuple[float, str], pygame_gui.core.UIAppearanceTheme]] = {}

    def __init__(self, size: tuple[int, int], theme: dict[str, object],
                 key: tuple[float, str], starting_language: str) -> None:
        self._theme_key = key  # read by create_new_theme, which the base __init__ calls
        super().__init__(size, theme, starting_language=starting_language)

    def create_new_theme(self, theme_path: object = None) -> pygame_gui.core.UIAppearanceTheme:
        theme = self.themes.get(self._theme_key)
        if theme is None:
            theme = super().create_new_theme(theme_path)  # type: ignore[arg-type]
            self.themes[self._theme_key] = theme
        return theme

    @classmethod
    def cache_clear(cls) -> None:
        """Forget the themes (their fonts and surfaces die with pygame.quit)."""
        cls.themes.clear()


register_cache(SharedThemeManager)


class App:
    def __init__(self, size: tuple[int, int] = (1280, 720), lang: str = "nl",
                 fullscreen: bool = False, loader: ScenarioLoader = load_any_scenario,
                 screen: pygame.Surface | None = None,
                 scenario_ids: list[str] | None = None, classroom: bool = False) -> None:
        self.screen = screen if screen is not None else init_display(size, fullscreen)
        self.size = self.screen.get_size()
        self.lang = lang
        self.loader = loader
        self.fullscreen = fullscreen
        self.scenes: list[Scene] = []
        self.session: Session | None = None
        self.reveal_all = False
        self.classroom = classroom  # the classroom preset (issue 12): larger type
        self.running = True
        self.dirty = True
        self.keyboard_used = False
        self.last_input = 0.0
        self.frames = 0
        self._themes: dict[float, dict[str, object]] = {}
        self._glossary: tuple[tuple[str, tuple[int, int]], Scene] | None = None
        self._scenario_ids = scenario_ids
        self._ids_given = scenario_ids is not None
        self._scenarios: dict[str, Scenario] = {}
        self.reload_status: str | None = None  # "ok", "errors" or "crash" after F9
        # what the set-up starts with (from the command line: --scenario, --seed, ...)
        self.setup_defaults: dict[str, object] = {}

    # -- content ----------------------------------------------------------------------

    def casus_ids(self) -> list[str]:
        """The casussen to choose from: the shipped ones (or those given, for tests)."""
        if self._scenario_ids is None:
            ids: list[str] = []
            try:
                from game.content import list_scenarios

                ids = [c.id for c in list_scenarios(strict=False)]
            except Exception:  # noqa: BLE001 - a broken content folder shows no casus
                ids = []
            self._scenario_ids = ids
        return list(self._scenario_ids)

    def scenario(self, scenario_id: str) -> Scenario:
        if scenario_id not in self._scenarios:
            self._scenarios[scenario_id] = self.loader(scenario_id)
        return self._scenarios[scenario_id]

    # -- widgets ----------------------------------------------------------------------

    def new_manager(self, zoom: float = 1.0) -> pygame_gui.UIManager:
        s = round(scale_for(self.size) * zoom, 3)
        if s not in self._themes:
            self._themes[s] = scaled_theme(s)
        # (no italic font to preload: the long texts with <i> are game/ui/widgets/richtext.py)
        return SharedThemeManager(self.size, self._themes[s], (s, self.lang),
                                  starting_language="nl" if self.lang == "nl" else "en")

    # -- the scene stack --------------------------------------------------------------

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene, rebuild: bool = True) -> Scene:
        if rebuild:
            scene.rebuild()
        self.scenes.append(scene)
        self.dirty = True
        return scene

    def pop(self) -> None:
        if self.scenes:
            self.scenes.pop()
        if self.top is not None:
            self.top.rebuild()
            self.top.on_top()
        self.dirty = True

    def replace(self, scene: Scene) -> Scene:
        """Put a full screen in place of everything (overlays close)."""
        self.scenes = []
        return self.push(scene)

    def find(self, name: str) -> Scene | None:
        for s in self.scenes:
            if s.name == name:
                return s
        return None

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._glossary = None
        for s in self.scenes:
            s.rebuild()
        self.dirty = True

    def set_classroom(self, on: bool, keep: bool = True) -> None:
        """Switch the classroom preset on or off; with ``keep`` it is kept for next time."""
        self.classroom = on
        self._glossary = None
        if keep:
            from game.ui.settings import save_setting

            save_setting("classroom", on)
        for s in self.scenes:
            s.rebuild()
        self.dirty = True

    def resize(self, size: tuple[int, int]) -> None:
        w, h = max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1])
        self._glossary = None
        current = pygame.display.get_surface() or self.screen
        if current.get_size() != (w, h) and not self.fullscreen:
            current = pygame.display.set_mode((w, h), pygame.RESIZABLE)
        self.screen = current
        self.size = self.screen.get_size()
        for s in self.scenes:
            s.rebuild()
        self.dirty = True

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.screen = pygame.display.set_mode(window_size(), pygame.RESIZABLE)
        self.resize(self.screen.get_size())

    # -- the game flow ----------------------------------------------------------------

    def start_game(self, scenario_id: str, seed: int, model: str, difficulty: str,
                   teams: dict[str, str], save_path: Path | None = None) -> None:
        scenario = self.scenario(scenario_id)
        game = Game(scenario, seed, model, difficulty)
        path = save_path if save_path is not None else default_save_path(scenario.id)
        self.session = Session(game, teams=teams, save_path=path)
        self.session.save()
        self.reveal_all = False
        self.flow()

    def continue_game(self, path: Path) -> str | None:
        """Load a save and go on; returns an error text instead when it cannot."""
        try:
            self.session = Session.from_save(path, self.loader)
        except Exception as e:  # noqa: BLE001 - any broken save is reported, never half-loaded
            return error_text(e, self.lang)
        self.reveal_all = False
        self.flow()
        return None

    def flow(self) -> None:
        """Show what comes next in a hot-seat game."""
        from game.ui.scenes.board import BoardScene
        from game.ui.scenes.end import EndScene
        from game.ui.scenes.handover import (
            ForceScene,
            HandoverScene,
            MomentScene,
            RoundSummaryScene,
        )

        s = self.session
        if s is None:
            return
        game = s.game
        moment = s.next_moment()
        if moment is not None:  # before its round's summary, after its round's force card
            self.replace(MomentScene(self, *moment))
            return
        if game.is_over():
            # the last round's summary comes before the end screen (it holds the crisis or
            # the last moves that led to the ending), unless the teacher ended the game
            by_teacher = bool(game.history) and game.history[-1].startswith("facilitator:einde")
            # a crisis at the start of round 4 ends the game: when the board followed round 3
            # (round 2's summary was shown), round 3's moves still get their summary first
            if s.summarised_round < game.round and not by_teacher:
                first = (s.summarised_round + 1 if s.summarised_round == game.round - 2
                         else game.round)
                self.replace(RoundSummaryScene(self, first))
                return
            self.replace(EndScene(self))
            return
        if s.summarised_round < game.round - 1:
            self.replace(RoundSummaryScene(self, game.round - 1))
            return
        if s.revealed_round < game.round:
            s.revealed_round = game.round
            force = game.view("huisarts").current_force  # public: on every view
            if force:
                self.replace(ForceScene(self, force, game.round))
                return
        if s.needs_handover():
            nxt = s.next_role()
            if nxt is not None:
                self.replace(HandoverScene(self, nxt))
                return
        top = self.top
        if top is not None and top.name == "board":
            top.rebuild()
        else:
            self.replace(BoardScene(self))

    # -- facilitator ------------------------------------------------------------------

    def toggle_reveal(self) -> None:
        if self.session is None:
            return
        self.reveal_all = not self.reveal_all
        for s in self.scenes:
            s.rebuild()

    def open_overlay(self, name: str, **kw: object) -> None:
        from game.ui.scenes.facilitator import FacilitatorScene, PauseScene
        from game.ui.scenes.glossary import GlossaryScene

        if self.top is not None and self.top.name == name:
            self.pop()
            return
        if name == "glossary":
            # built once per language and window size, kept and shown again at once (its
            # widgets and the layout of its long text are not made again)
            key = (self.lang, self.size)
            cached = self._glossary
            if cached is not None and cached[0] == key:
                cached[1].focus_key = cached[1].default_focus()
                self.push(cached[1], rebuild=False)
            else:
                scene = GlossaryScene(self)
                self.push(scene)
                self._glossary = (key, scene)
        elif name == "facilitator":
            self.push(FacilitatorScene(self, **kw))  # type: ignore[arg-type]
        elif name == "pause":
            self.push(PauseScene(self))

    # -- the author's reload (F9) -----------------------------------------------------

    def reload_content(self) -> None:
        """Read the scenario files again; restart the game on them, or show their mistakes.

        Everything is checked and built first and only then swapped in, so a mistake in a
        file (or any other failure) leaves the game exactly as it was and is shown on screen.
        """
        from game.ui.scenes.errors import ReloadReportScene

        if self.top is not None and self.top.name == ReloadReportScene.name:
            self.pop()
        try:
            self._reload()
        except Exception as e:  # noqa: BLE001 - an author's mistake never ends the program
            self._report_failure(e)

    def _reload(self) -> None:
        from game import paths
        from game.content import ContentErrors, clear_cache, validate_paths
        from game.ui.scenes.errors import ReloadReportScene, content_lines

        folder = paths.scenarios_dir()
        own = paths.user_scenarios_dir()  # the teacher's own casussen, read again as well
        clear_cache()
        errors = validate_paths([folder, *([own] if own.is_dir() and any(own.iterdir())
                                           else [])])
        if errors:
            self.reload_status = "errors"
            self.push(ReloadReportScene(
                self, content_lines(errors, self.lang), t("reload_errors_title", self.lang),
                t("reload_errors_summary", self.lang, n=len(errors), dir=folder)))
            return
        old = self.session
        new: Session | None = None
        scenario: Scenario | None = None
        if old is not None:
            g = old.game
            try:
                scenario = self.loader(g.scenario.id)
            except ContentErrors as e:
                self.reload_status = "errors"
                self.push(ReloadReportScene(
                    self, content_lines(e.errors, self.lang), t("reload_errors_title", self.lang),
                    t("reload_errors_summary", self.lang, n=len(e.errors), dir=folder)))
                return
            st = g.state
            game = Game(scenario, st.seed, st.model, st.difficulty)
            # the same teams and settings; what belongs to the old game starts afresh
            # (bots and the coach are made again on first use)
            new = Session(game, teams=dict(old.teams), humans=old.humans,
                          save_path=old.save_path, bot_level=old.bot_level,
                          application=dict(old.application))
            new.debrief_pos = old.debrief_pos
        # all is well: swap the new content in
        from game.ui.scenes.glossary import load_glossary

        load_glossary.cache_clear()
        self._glossary = None
        self._scenarios = {}
        if not self._ids_given:
            self._scenario_ids = None
        self.reload_status = "ok"
        if new is not None and scenario is not None:
            self._scenarios[scenario.id] = scenario
            before = (self.session, self.scenes, self.reveal_all)
            try:
                self.session, self.scenes, self.reveal_all = new, [], False
                self.flow()
            except Exception:
                self.session, self.scenes, self.reveal_all = before
                raise
            new.save()
        else:
            for s in self.scenes:
                s.rebuild()
            self.push(ReloadReportScene(self, [], t("reload_ok_title", self.lang),
                                        t("reload_ok_summary", self.lang, dir=folder), ok=True))

    def _report_failure(self, e: BaseException) -> None:
        """Show an unexpected failure on screen (the scenes behind it are left alone)."""
        import traceback

        from game.ui.scenes.errors import ReloadReportScene, ReportLine

        frames = traceback.extract_tb(e.__traceback__)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        lines = [ReportLine(where, f"{type(e).__name__}: {e}")]
        lines += [ReportLine(f"{f.filename}:{f.lineno}", f"in {f.name}") for f in frames[-6:-1]]
        self.reload_status = "crash"
        try:
            self.push(ReloadReportScene(self, lines, t("reload_crash_title", self.lang),
                                        t("reload_crash_summary", self.lang)))
        except Exception:  # noqa: BLE001 - not even the report can be drawn: keep playing
            self.dirty = True

    # -- the loop ---------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type in (pygame.VIDEORESIZE,):
            self.resize((event.w, event.h))
            return
        if event.type == pygame.KEYDOWN:
            self.keyboard_used = True
            self.last_input = time.monotonic()
            if self.global_key(event):
                self.dirty = True
                return
        elif event.type == pygame.MOUSEBUTTONDOWN:
            self.keyboard_used = False
            self.last_input = time.monotonic()
        elif event.type == pygame.MOUSEMOTION:
            self.last_input = time.monotonic()
        top = self.top
        if top is not None:
            top.handle(event)
            self.dirty = True

    def global_key(self, event: pygame.event.Event) -> bool:
        k = event.key
        if k == pygame.K_F1:
            self.open_overlay("glossary")
        elif k == pygame.K_F2:
            self.open_overlay("facilitator")
        elif k == pygame.K_F5:
            self.open_overlay("pause")
        elif k == pygame.K_F6:
            self.toggle_reveal()
        elif k == pygame.K_F7:
            if self.top is None or self.top.name != "facilitator":
                self.open_overlay("facilitator", page="inject")
        elif k == pygame.K_F8:
            if self.top is None or self.top.name != "facilitator":
                self.open_overlay("facilitator", page="end")
        elif k == pygame.K_F9:
            self.reload_content()
        elif k == pygame.K_F11:
            self.toggle_fullscreen()
        else:
            return False
        return True

    def draw(self) -> None:
        surface = self.screen
        start = 0
        for i in range(len(self.scenes) - 1, -1, -1):
            if self.scenes[i].opaque:
                start = i
                break
        surface.fill(C("table"))
        for i, scene in enumerate(self.scenes[start:], start):
            if i > start:
                veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
                veil.fill((*C("overlay")[:3], 150))
                surface.blit(veil, (0, 0))
            # only the top scene shows its focus ring and tooltip: a scene under an overlay
            # cannot be used, so its marks would point at the wrong thing
            scene.draw(surface, active=scene is self.top)
        self.frames += 1

    def step(self, dt: float) -> bool:
        """Update the scenes; True when the screen should be drawn."""
        moving = False
        if self.top is not None:
            moving = self.top.update(dt)
        return moving

    def pump(self, frames: int = 2) -> None:
        """Handle every queued event and draw (tests drive the board with this)."""
        for _ in range(frames):
            for e in pygame.event.get():
                self.handle(e)
            self._moving = self.step(1 / FPS_ACTIVE)
            self.draw()
            self.dirty = False

    def run(self) -> int:
        clock = pygame.time.Clock()
        while self.running:
            recently = time.monotonic() - self.last_input < ACTIVE_AFTER_INPUT_S
            if self.dirty or recently or self._moving:
                events = pygame.event.get()
                dt = clock.tick(FPS_ACTIVE) / 1000.0
            else:
                # Idle: sleep between short polls. (SDL's own event.wait busy-polls on some
                # video drivers; a plain sleep keeps the CPU near zero on all of them.)
                events = pygame.event.get()
                if not events:
                    time.sleep(IDLE_POLL_S)
                    continue
                dt = clock.tick() / 1000.0
            for e in events:
                self.handle(e)
                if not self.running:
                    break
            if not self.running or not self.scenes:
                break
            self._moving = self.step(dt)
            if self.dirty or events or self._moving or recently:
                self.draw()
                pygame.display.flip()
                self.dirty = False
        return 0

    _moving = False


def run_board(lang: str = "nl", size: tuple[int, int] | None = None, fullscreen: bool = False,
              load: Path | None = None, setup: dict[str, object] | None = None,
              classroom: bool | None = None) -> int:
    """Open the window and play (the CLI's ``play`` without --text). Without a size the
    board fills the screen (a projector in a classroom); F11 makes it a window. The
    classroom preset is as last chosen on the title screen, unless ``classroom`` says."""
    from game.ui.scenes.title import TitleScene
    from game.ui.settings import load_settings

    os.environ.setdefault("SDL_VIDEO_ALLOW_SCREENSAVER", "1")
    if size is None:
        fullscreen = True
    big = bool(load_settings()["classroom"]) if classroom is None else classroom
    app = App(size or (1280, 720), lang, fullscreen, classroom=big)
    app.setup_defaults = dict(setup or {})
    title = TitleScene(app)
    app.push(title)
    if load is not None:
        err = app.continue_game(load)
        if err:
            title.message = t("load_failed", lang, why=err)
    try:
        return app.run()
    finally:
        pygame.quit()
