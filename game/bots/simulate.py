"""Many games with bots, for balance figures: which endings, how much health gained."""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from game.bots.random_bot import RandomBot, play_random_game
from game.engine import Game
from game.engine.defs import Scenario


def game_seeds(seed: int, games: int) -> list[int]:
    """One seed per game, drawn from the run's seed, so a run is the same every time."""
    rng = random.Random(seed)
    return [rng.randrange(2**31) for _ in range(games)]


def simulate(scenario: Scenario, games: int, seed: int, model: str | None = None,
             difficulty: str = "normaal", save_dir: Path | None = None) -> dict[str, Any]:
    """Play `games` random games; the figures depend only on the arguments."""
    start = time.perf_counter()
    models = [model] if model else sorted(scenario.models)
    endings: Counter[str] = Counter()
    per_model: dict[str, Counter[str]] = {m: Counter() for m in models}
    gain = 0.0
    crises = gp = actions = rounds = 0
    if save_dir is not None:
        save_dir.mkdir(parents=True, exist_ok=True)
    for i, gseed in enumerate(game_seeds(seed, games)):
        m = models[i % len(models)]
        game = play_random_game(Game(scenario, gseed, m, difficulty), RandomBot(gseed))
        r = game.result()
        endings[r.ending or "none"] += 1
        per_model[m][r.ending or "none"] += 1
        gain += r.health_gain
        crises += r.counters["crises"]
        gp += r.counters["gp_visits"]
        actions += r.actions
        rounds += r.rounds_played
        if save_dir is not None:
            path = save_dir / f"{scenario.id}-{i:05d}.json"
            path.write_text(json.dumps(game.to_save(), indent=1) + "\n", encoding="utf-8")
    n = max(games, 1)
    ranks = {e.id: e.rank for e in scenario.casus.endings}
    best = sum(c for e, c in endings.items() if ranks.get(e) == "best")
    return {
        "scenario": scenario.id,
        "bots": "random",
        "games": games,
        "seed": seed,
        "difficulty": difficulty,
        "models": models,
        "endings": dict(sorted(endings.items())),
        "best_ending_rate": round(best / n, 4),
        "mean_health_gain": round(gain / n, 4),
        "mean_crises": round(crises / n, 4),
        "mean_gp_visits": round(gp / n, 4),
        "mean_actions": round(actions / n, 2),
        "mean_rounds": round(rounds / n, 2),
        "per_model": {m: dict(sorted(c.items())) for m, c in per_model.items()},
        "seconds": round(time.perf_counter() - start, 3),
    }
