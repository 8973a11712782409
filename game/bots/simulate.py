"""The balance simulator: many games with bots, on every core, with the same figures for
the same seed whatever the number of processes.

Each game gets its own seed drawn from the run's seed and its index, is played by one kind
of bot in every role, and reports a small summary; the summaries are combined in index
order, so the figures depend only on the arguments (apart from ``seconds``).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.bots.play import play
from game.content.saved import save_with_content
from game.engine import Game
from game.engine.defs import DIMENSIONS, Scenario

BOTS = ("random", "heuristic", "search")
__all__ = ["BOTS", "make_bot", "play", "simulate"]


def game_seeds(seed: int, games: int) -> list[int]:
    """One seed per game, drawn from the run's seed, so a run is the same every time."""
    rng = random.Random(seed)
    return [rng.randrange(2**31) for _ in range(games)]


def make_bot(kind: str, seed: int) -> Any:
    if kind == "random":
        from game.bots.random_bot import RandomBot

        return RandomBot(seed)
    if kind == "heuristic":
        from game.bots.heuristic import HeuristicBot

        return HeuristicBot(seed)
    if kind == "search":
        from game.bots.search import SearchBot

        return SearchBot(seed)
    raise ValueError(f"unknown bot '{kind}'; choose from {', '.join(BOTS)}")


@dataclass(frozen=True)
class Job:
    index: int
    seed: int
    model: str


def _summary(game: Game) -> dict[str, Any]:
    r = game.result()
    return {
        "ending": r.ending or "none", "rank": r.rank, "model": game.state.model,
        "gain": r.health_gain,
        "dims": {d: r.health_end[d] - r.health_start[d] for d in DIMENSIONS},
        "counters": dict(r.counters), "paid": dict(r.paid), "pots_end": dict(r.pots_end),
        "forces": sorted(set(game.state.forces_seen)), "rounds": r.rounds_played,
        "actions": r.actions, "wish_met": r.wish_met,
    }


# --- worker side --------------------------------------------------------------------------

_W: dict[str, Any] = {}


def _init_worker(scenario_ref: str, bots: str, difficulty: str, save_dir: str | None) -> None:
    from game.content import load_scenario

    _W.update(scenario=load_scenario(scenario_ref), bots=bots, difficulty=difficulty,
              save_dir=Path(save_dir) if save_dir else None)


class SimulationError(RuntimeError):
    """A simulated game failed; the message names the game so it can be replayed."""


def _run_job(job: Job) -> tuple[int, dict[str, Any]]:
    sc: Scenario = _W["scenario"]
    try:
        game = play(Game(sc, job.seed, job.model, _W["difficulty"]),
                    make_bot(_W["bots"], job.seed))
    except Exception as e:  # noqa: BLE001 - report which game, never hang the pool
        raise SimulationError(f"game {job.index} (seed {job.seed}, model {job.model}, "
                              f"bots {_W['bots']}) failed: {e!r}") from None
    if _W["save_dir"] is not None:
        path = _W["save_dir"] / f"{sc.id}-{job.index:05d}.json"
        path.write_text(json.dumps(save_with_content(game), indent=1) + "\n", encoding="utf-8")
    return job.index, _summary(game)


# --- driver -------------------------------------------------------------------------------


def run_jobs(scenario_ref: str, jobs: list[Job], bots: str, difficulty: str,
             save_dir: Path | None, processes: int,
             progress: Callable[[int, int], None] | None = None) -> list[dict[str, Any]]:
    """Run jobs on `processes` workers (1: in this process) and return summaries in order."""
    args = (scenario_ref, bots, difficulty, str(save_dir) if save_dir else None)
    out: list[dict[str, Any] | None] = [None] * len(jobs)
    done = 0

    def collect(results: Iterator[tuple[int, dict[str, Any]]]) -> None:
        nonlocal done
        for index, summary in results:
            out[index] = summary
            done += 1
            if progress:
                progress(done, len(jobs))

    if processes <= 1 or len(jobs) < 8:
        _init_worker(*args)
        collect(_run_job(j) for j in jobs)
    else:
        ctx = mp.get_context("spawn" if sys.platform == "win32" else "fork")
        chunk = max(1, min(64, len(jobs) // (processes * 8)))
        with ctx.Pool(processes, initializer=_init_worker, initargs=args) as pool:
            collect(pool.imap_unordered(_run_job, jobs, chunksize=chunk))
    return [s for s in out if s is not None]


def progress_bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def simulate(scenario: Scenario, games: int, seed: int, model: str | None = None,
             difficulty: str = "normaal", save_dir: Path | None = None, bots: str = "random",
             processes: int | None = None, scenario_ref: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Play `games` games and return the balance figures (see docs/balance.md)."""
    if bots not in BOTS:
        raise ValueError(f"unknown bot '{bots}'; choose from {', '.join(BOTS)}")
    start = time.perf_counter()
    models = [model] if model else sorted(scenario.models)
    jobs = [Job(i, s, models[i % len(models)]) for i, s in enumerate(game_seeds(seed, games))]
    if save_dir is not None:
        save_dir.mkdir(parents=True, exist_ok=True)
    procs = processes if processes is not None else (os.cpu_count() or 1)
    summaries = run_jobs(scenario_ref or scenario.id, jobs, bots, difficulty, save_dir, procs,
                         progress)
    out = aggregate(scenario, summaries)
    out.update({"scenario": scenario.id, "bots": bots, "games": games, "seed": seed,
                "difficulty": difficulty, "models": models,
                "seconds": round(time.perf_counter() - start, 3)})
    order = ["scenario", "bots", "games", "seed", "difficulty", "models"]
    return {k: out[k] for k in order} | {k: v for k, v in out.items() if k not in order}


def _rate(items: list[dict[str, Any]], pred: Callable[[dict[str, Any]], bool]) -> float:
    return round(sum(1 for s in items if pred(s)) / len(items), 4) if items else 0.0


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def aggregate(scenario: Scenario, summaries: list[dict[str, Any]]) -> dict[str, Any]:
    def best(s: dict[str, Any]) -> bool:
        return bool(s["rank"] == "best")

    def crisis(s: dict[str, Any]) -> bool:
        return bool(s["counters"]["crises"] > 0)

    endings = Counter(s["ending"] for s in summaries)
    per_model: dict[str, Any] = {}
    for m in sorted({s["model"] for s in summaries}):
        ms = [s for s in summaries if s["model"] == m]
        per_model[m] = {
            "games": len(ms), "endings": dict(sorted(Counter(s["ending"] for s in ms).items())),
            "best_ending_rate": _rate(ms, best), "crisis_rate": _rate(ms, crisis),
            "mean_health_gain": _mean([s["gain"] for s in ms]),
        }
    forces = []
    for fid in sorted(scenario.forces):
        with_f = [s for s in summaries if fid in s["forces"]]
        without = [s for s in summaries if fid not in s["forces"]]
        if not with_f or not without:
            continue
        w, wo = _rate(with_f, best), _rate(without, best)
        forces.append({"force": fid, "kind": scenario.forces[fid].kind, "games": len(with_f),
                       "best_with": w, "best_without": wo, "effect": round(w - wo, 4)})
    forces.sort(key=lambda f: (f["effect"], f["force"]))
    return {
        "endings": dict(sorted(endings.items())),
        "best_ending_rate": _rate(summaries, best),
        "crisis_rate": _rate(summaries, crisis),
        "wish_met_rate": _rate(summaries, lambda s: bool(s["wish_met"])),
        "mean_health_gain": _mean([s["gain"] for s in summaries]),
        "mean_health_gain_per_dimension": {
            d: _mean([s["dims"][d] for s in summaries]) for d in DIMENSIONS},
        "mean_care_use": {c: _mean([s["counters"][c] for s in summaries])
                          for c in ("gp_visits", "crises", "medicalisation", "emergency_visits")},
        "mean_paid_per_pot": {p: _mean([s["paid"][p] for s in summaries])
                              for p in ("zvw", "wmo", "wlz")},
        "mean_pot_end": {p: _mean([s["pots_end"][p] for s in summaries])
                         for p in ("zvw", "wmo", "wlz")},
        "per_model": per_model,
        "forces_by_effect": forces,
        "mean_rounds": _mean([s["rounds"] for s in summaries]),
        "mean_actions": _mean([s["actions"] for s in summaries]),
    }
