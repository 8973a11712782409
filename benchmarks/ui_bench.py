"""The board's speed figures (run by benchmarks/run.py; each in its own process, headless).

    python benchmarks/ui_bench.py startup   -> seconds from import to the title screen drawn
    python benchmarks/ui_bench.py frames    -> p95 ms of drawing the board at 1920x1080
    python benchmarks/ui_bench.py idle      -> CPU percent of the real main loop, idle 5 s
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


if __name__ == "__main__":
    {"startup": startup, "frames": frames, "idle": idle}[sys.argv[1]]()
