"""Speed figures, one line each: NAME VALUE UNIT. Never fails for being slow.

Goals on a 2-core machine: engine_apply_us <= 50, legal_actions_us <= 200,
random_game_ms <= 10 (a whole random game of Ron); the board: ui_startup_s <= 2,
board_frame_p95_ms <= 33 at 1920x1080, idle_cpu_percent <= 2, scene_open_p95_ms <= 100 (every
scene and overlay), first_frame_s <= 1 (`krachtenveld play` to its first frame); debrief_ms
well under 200;
wat_als_s <= 5 (200 continuations of a Ron game with one change).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.bots.random_bot import RandomBot, play_random_game
from game.content import load_scenario
from game.engine import Game


def main() -> None:
    scenario = load_scenario("ron")
    apply_ns: list[int] = []
    legal_ns: list[int] = []
    game_ms: list[float] = []
    for seed in range(200):
        bot = RandomBot(seed)
        t0 = time.perf_counter()
        play_random_game(Game(scenario, seed, "netwerkmodel"), bot)
        game_ms.append((time.perf_counter() - t0) * 1000)
    for seed in range(100):
        game = Game(scenario, seed, "teammodel")
        bot = RandomBot(seed)
        while not game.is_over():
            role = bot.rng.choice(game.to_move())
            t0 = time.perf_counter_ns()
            actions = game.legal_actions(role)
            legal_ns.append(time.perf_counter_ns() - t0)
            action = bot.rng.choice(actions)
            t0 = time.perf_counter_ns()
            game.apply(action)
            apply_ns.append(time.perf_counter_ns() - t0)
    print(f"engine_apply_us {statistics.median(apply_ns) / 1000:.1f} us")
    print(f"legal_actions_us {statistics.median(legal_ns) / 1000:.1f} us")
    print(f"random_game_ms {statistics.median(game_ms):.2f} ms")
    heuristic_figures()
    search_figures()
    debrief_figures()
    save_figures()
    wat_als_figures()
    author_figures()
    ui_figures()


def wat_als_figures() -> None:
    """200 continuations of a Ron game with one change (benchmarks/wat_als.py)."""
    from benchmarks.wat_als import main as wat_als

    wat_als()


def ui_figures() -> None:
    """The board's figures, each measured in a fresh headless process (benchmarks/ui_bench.py)."""
    import subprocess

    script = Path(__file__).resolve().parent / "ui_bench.py"

    # A teacher's Python writes its bytecode cache (__pycache__) on the first start and
    # reads it after; an environment with PYTHONDONTWRITEBYTECODE (some CI images, this
    # box) compiles every module again at every start (~0.35 s). The figures are for the
    # teacher's laptop: the cache allowed, and one start first to fill it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def measure(what: str) -> str:
        done = subprocess.run([sys.executable, str(script), what], capture_output=True,
                              text=True, timeout=300, check=False, env=env)
        lines = done.stdout.strip().splitlines()
        return lines[-1] if done.returncode == 0 and lines else "nan"

    starts = sorted(float(measure("startup")) for _ in range(3))
    print(f"ui_startup_s {starts[1]:.2f} s")
    print(f"board_frame_p95_ms {measure('frames')} ms")
    print(f"idle_cpu_percent {measure('idle')} %")
    p95, worst, where = (measure("scenes").split() + ["nan", "nan", "?"])[:3]
    print(f"scene_open_p95_ms {p95} ms")
    print(f"scene_open_max_ms {worst} ms ({where})")
    firsts = []
    measure("first_frame")  # (fills the bytecode cache, as the first start after installing)
    for _ in range(3):  # from starting the program to its first frame, Python's start included
        t0 = time.time()
        stamp = measure("first_frame")
        firsts.append(float(stamp) - t0 if stamp != "nan" else float("nan"))
    print(f"first_frame_s {sorted(firsts)[1]:.2f} s")


def heuristic_figures() -> None:
    """heuristic_games_per_s: games of Ron by heuristic bots per second, on every core
    (the balance simulator's own path). Goal: 10,000 games in 60 s, so >= 167 per s."""
    from game.bots.simulate import simulate

    scenario = load_scenario("ron")
    out = simulate(scenario, 2000, 1, bots="heuristic")
    print(f"heuristic_games_per_s {2000 / out['seconds']:.0f} games/s")


def search_figures() -> None:
    """search_decision_p95_ms: the normal-level search bot (no time cap) playing every role in
    games of Ron; every second decision with a real choice (two moves or more) is timed."""
    import random

    from game.bots.search import SearchBot

    scenario = load_scenario("ron")
    ms: list[float] = []
    seed = 0
    while len(ms) < 50:
        game = Game(scenario, seed, sorted(scenario.models)[seed % len(scenario.models)])
        bot = SearchBot(seed, level="normaal")
        rng = random.Random(seed)
        n = 0
        while not game.is_over():
            role = rng.choice(game.to_move())
            real_choice = len(game.legal_actions(role)) > 1
            t0 = time.perf_counter()
            action = bot.choose(game, role)
            if real_choice:
                n += 1
                if n % 2 == 0:
                    ms.append((time.perf_counter() - t0) * 1000)
            game.apply(action)
        seed += 1
    ms.sort()
    print(f"search_decision_p50_ms {statistics.median(ms):.0f} ms")
    print(f"search_decision_p95_ms {ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]:.0f} ms")


def debrief_figures() -> None:
    """debrief_ms: from a finished game of Ron to the debrief's data (replay of the save and
    every analysis), as the end screen's button does; and the timeline's board after one
    move (a replay up to it). Goal: both well under 200 ms, so the class never waits."""
    from game.bots.heuristic import HeuristicBot
    from game.bots.play import play
    from game.report.analysis import debrief, game_after, replay, snapshot

    scenario = load_scenario("ron")
    whole: list[float] = []
    step: list[float] = []
    for seed in range(20):
        game = play(Game(scenario, seed, "netwerkmodel"), HeuristicBot(seed))
        t0 = time.perf_counter()
        rep = replay(game.to_save(), scenario)
        debrief(rep, lang="nl")
        whole.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        snapshot(game_after(rep, len(rep.steps) // 2))
        step.append((time.perf_counter() - t0) * 1000)
    print(f"debrief_ms {statistics.median(whole):.1f} ms")
    print(f"debrief_board_after_move_ms {statistics.median(step):.1f} ms")


def save_figures() -> None:
    """injections_8000_replay_s: a save of 8,000 facilitator injections replayed (was 5 s:
    quadratic; goal: linear, well under 1 s); million_injections_refused_s: a crafted save of
    a million injections read and refused (goal: a few seconds at most, bounded memory)."""
    import json
    import tempfile

    from game.store.saves import SaveFileError, load_game

    scenario = load_scenario("ron")
    forces = list(scenario.forces)
    data = Game(scenario, 1).to_save()
    data["actions"] = [f"facilitator:injecteer({forces[i % len(forces)]})" for i in range(8000)]
    t0 = time.perf_counter()
    Game.from_save(data, scenario)
    print(f"injections_8000_replay_s {time.perf_counter() - t0:.2f} s")
    data["actions"] = ["facilitator:injecteer(wachtlijst_ggz)"] * 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "veel.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        t0 = time.perf_counter()
        try:
            load_game(path)
        except SaveFileError:
            pass
        print(f"million_injections_refused_s {time.perf_counter() - t0:.2f} s")


def author_figures() -> None:
    """validate_refuse_*_s: a file no casus comes near refused by the validator (goal: within
    1 s each, bounded memory): a 50 MB list, a 50 MB string, a 900 kB list of 150,000 values
    and a billion-laughs alias file."""
    import tempfile

    from game.content import clear_cache, validate_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "big_list": "id: x\nitems:\n" + "  - 1\n" * 8_400_000,
            "big_string": "id: x\nstory: " + "a" * 50_000_000 + "\n",
            "many_values": "id: x\nitems:\n" + "  - 1\n" * 150_000,
        }
        lol, prev = "a: &a [" + ",".join(["x"] * 10) + "]\n", "a"
        for i in range(1, 12):
            lol += f"l{i}: &l{i} [" + ",".join([f"*{prev}"] * 10) + "]\n"
            prev = f"l{i}"
        files["aliases"] = lol
        for name, text in files.items():
            path = folder / f"{name}.yaml"
            path.write_text(text, encoding="utf-8")
            del text
            clear_cache()
            t0 = time.perf_counter()
            validate_paths([path])
            print(f"validate_refuse_{name}_s {time.perf_counter() - t0:.2f} s")
        files.clear()


if __name__ == "__main__":
    main()
