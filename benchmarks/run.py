"""Speed figures, one line each: NAME VALUE UNIT. Never fails for being slow.

Goals on a 2-core machine: engine_apply_us <= 50, legal_actions_us <= 200,
random_game_ms <= 10 (a whole random game of Ron); the board: ui_startup_s <= 2,
board_frame_p95_ms <= 33 at 1920x1080, idle_cpu_percent <= 2.
"""

from __future__ import annotations

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
    ui_figures()


def ui_figures() -> None:
    """The board's figures, each measured in a fresh headless process (benchmarks/ui_bench.py)."""
    import subprocess

    script = Path(__file__).resolve().parent / "ui_bench.py"

    def measure(what: str) -> str:
        done = subprocess.run([sys.executable, str(script), what], capture_output=True,
                              text=True, timeout=300, check=False)
        lines = done.stdout.strip().splitlines()
        return lines[-1] if done.returncode == 0 and lines else "nan"

    starts = sorted(float(measure("startup")) for _ in range(3))
    print(f"ui_startup_s {starts[1]:.2f} s")
    print(f"board_frame_p95_ms {measure('frames')} ms")
    print(f"idle_cpu_percent {measure('idle')} %")


if __name__ == "__main__":
    main()
