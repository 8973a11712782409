"""The board's speed figures (run by benchmarks/run.py; each in its own process, headless).

    python benchmarks/ui_bench.py startup   -> seconds from import to the title screen drawn
    python benchmarks/ui_bench.py frames    -> p95 ms of drawing the board at 1920x1080
    python benchmarks/ui_bench.py idle      -> CPU percent of the real main loop, idle 5 s
    python benchmarks/ui_bench.py scenes    -> p95 and max ms of opening a scene or overlay
    python benchmarks/ui_bench.py first_frame -> the wall clock (time.time) when the real
                                               `krachtenveld play` drew its first frame
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _scenario() -> str:
    from game.content import load_scenario

    try:
        load_scenario("ron")
        return "ron"
    except Exception:  # noqa: BLE001 - before Ron exists, the engine tests' mini scenario
        return "mini"


def startup() -> None:
    from game.ui.app import App, init_display
    from game.ui.scenes.title import TitleScene

    screen = init_display((1920, 1080))
    app = App((1920, 1080), "nl", screen=screen)
    app.push(TitleScene(app))
    app.draw()
    print(f"{time.perf_counter() - T0:.3f}")


def frames() -> None:
    import statistics

    from game.ui.app import App, init_display
    from game.ui.screenshot import build_scene

    screen = init_display((1920, 1080))
    app = App((1920, 1080), "nl", screen=screen)
    build_scene(app, "board", _scenario(), 3)
    times = []
    for i in range(320):
        t = time.perf_counter()
        app.top.hover_key = None if i % 2 else app.top.items[0].key  # change something
        app.step(1 / 30)
        app.draw()
        times.append((time.perf_counter() - t) * 1000)
    times = times[20:]
    print(f"{statistics.quantiles(times, n=20)[18]:.2f}")


def idle() -> None:
    import resource

    import pygame

    from game.ui.app import App, init_display
    from game.ui.screenshot import build_scene

    screen = init_display((1920, 1080))
    app = App((1920, 1080), "nl", screen=screen)
    build_scene(app, "board", _scenario(), 3)
    pygame.time.set_timer(pygame.event.Event(pygame.QUIT), 5000, loops=1)
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    w0 = time.perf_counter()
    app.run()
    wall = time.perf_counter() - w0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(f"{100 * cpu / wall:.1f}")


def scenes() -> None:
    """Every screen of the documentation opened (built and drawn) five times, and the overlays
    a class opens from the board (glossary F1, facilitator F2, pause F5, the ledger), each
    five times with the first, slowest, open counted."""
    import statistics

    from game.ui.app import App, init_display
    from game.ui.screenshot import SCENES, build_scene

    screen = init_display((1920, 1080))
    times: list[float] = []
    worst: tuple[float, str] = (0.0, "")

    def timed(label: str, action: object) -> None:
        nonlocal worst
        t = time.perf_counter()
        action()  # type: ignore[operator]
        app.draw()
        ms = (time.perf_counter() - t) * 1000
        times.append(ms)
        worst = max(worst, (ms, label))

    for name in SCENES:
        if name == "glossary":  # the board keeps it once built: timed as the overlay below
            continue
        app = App((1920, 1080), "nl", screen=screen)
        build_scene(app, name, _scenario(), 3)
        for _ in range(5):
            timed(name, app.top.rebuild)
    app = App((1920, 1080), "nl", screen=screen)
    build_scene(app, "board", _scenario(), 3)
    board = app.top
    for overlay in ("glossary", "facilitator", "pause"):
        for _ in range(5):
            timed(overlay, lambda o=overlay: app.open_overlay(o))
            app.pop()
    for _ in range(5):
        timed("ledger", board.open_ledger)
        app.pop()
    print(f"{statistics.quantiles(times, n=20)[18]:.1f} {worst[0]:.1f} {worst[1]}")


def first_frame() -> None:
    """The real entry point (`krachtenveld play`, a window at the title screen); prints the
    wall clock of its first frame and stops."""
    from game import cli
    from game.ui.app import App

    original = App.draw

    def draw_once(self: App) -> None:
        original(self)
        print(f"{time.time():.4f}", flush=True)
        os._exit(0)

    App.draw = draw_once  # type: ignore[method-assign]
    cli.main(["play", "--size", "1920x1080"])


if __name__ == "__main__":
    {"startup": startup, "frames": frames, "idle": idle, "scenes": scenes,
     "first_frame": first_frame}[sys.argv[1]]()
