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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from game.bots.play import play
from game.content.saved import save_with_content
from game.engine import Game
from game.engine.defs import DIMENSIONS, Scenario
from game.lang import Said

BOTS = ("random", "heuristic", "search", "makkelijk")
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
    if kind == "makkelijk":  # a first-time table: the rule of thumb, one move in four random
        from game.bots.levels import EasyBot

        return EasyBot(seed)
    raise ValueError(f"unknown bot '{kind}'; choose from {', '.join(BOTS)}")


@dataclass(frozen=True)
class Job:
    index: int
    seed: int
    model: str


def _crisis_rounds(game: Game) -> list[int]:
    """The rounds in which a crisis happened (the crisis counter went up)."""
    out = []
    for rnd, _phase, m in game.state.log:
        p: dict[str, Any] = dict(m.params)
        if m.code == "counter" and p.get("counter") == "crises" and p["new"] > p["old"]:
            out.append(int(rnd))
    return out


def _summary(game: Game) -> dict[str, Any]:
    r = game.result()
    return {
        "difficulty": game.state.difficulty, "crisis_rounds": _crisis_rounds(game),
        "ending": r.ending or "none", "rank": r.rank, "model": game.state.model,
        "gain": r.health_gain,
        "dims": {d: r.health_end[d] - r.health_start[d] for d in DIMENSIONS},
        "counters": dict(r.counters), "paid": dict(r.paid), "pots_end": dict(r.pots_end),
        "forces": sorted(set(game.state.forces_seen)), "rounds": r.rounds_played,
        "actions": r.actions, "wish_met": r.wish_met,
    }


# --- worker side --------------------------------------------------------------------------

_W: dict[str, Any] = {}


def _init_worker(scenario: Scenario | str, bots: str, difficulty: str,
                 save_dir: str | None) -> None:
    if isinstance(scenario, str):
        from game.content import load_scenario

        scenario = load_scenario(scenario)
    _W.update(scenario=scenario, bots=bots, difficulty=difficulty,
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


def run_jobs(scenario_ref: Scenario | str, jobs: list[Job], bots: str, difficulty: str,
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
    summaries = run_jobs(scenario_ref or scenario, jobs, bots, difficulty, save_dir, procs,
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


def _count_rounds(rounds: Iterable[int]) -> dict[str, int]:
    """How many times each round occurs, in round order (keys are text, as in JSON)."""
    counts = Counter(rounds)
    return {str(r): counts[r] for r in sorted(counts)}


def _ending_rounds(summaries: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per ending, in which round the games that reached it ended."""
    out: dict[str, dict[str, int]] = {}
    for ending in sorted({s["ending"] for s in summaries}):
        out[ending] = _count_rounds(s["rounds"] for s in summaries if s["ending"] == ending)
    return out


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
    # lesson L9: of the games that reached round 5 (the casus schedules it there), those that
    # met a force of "the person who carried it leaves"
    l9 = {fid for fid, f in scenario.forces.items() if f.lesson == "L9"}
    long_games = [s for s in summaries if s["rounds"] >= 5]
    return {
        "endings": dict(sorted(endings.items())),
        "best_ending_rate": _rate(summaries, best),
        "crisis_rate": _rate(summaries, crisis),
        "wish_met_rate": _rate(summaries, lambda s: bool(s["wish_met"])),
        "turnover_rate": _rate(long_games, lambda s: bool(l9 & set(s["forces"]))),
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
        "ending_rounds": _ending_rounds(summaries),
        "crisis_rounds": _count_rounds(r for s in summaries for r in sorted(set(
            s.get("crisis_rounds", ())))),
        "first_crisis_rounds": _count_rounds(
            min(s["crisis_rounds"]) for s in summaries if s.get("crisis_rounds")),
        "mean_rounds": _mean([s["rounds"] for s in summaries]),
        "mean_actions": _mean([s["actions"] for s in summaries]),
    }


# --- a sensitivity sweep over one casus parameter -------------------------------------------


class VaryError(ValueError):
    """A --vary that does not name a number in the casus, or a range that is not one."""


def parse_vary(text: str) -> tuple[str, list[int]]:
    """``pots.wmo=24..32`` (step 1), ``pots.wmo=24..32:2`` or ``rounds=6,8,10``."""
    key, sep, values = text.partition("=")
    if not sep or not key.strip() or not values.strip():
        raise VaryError(Said("vary.form", text=repr(text)))
    try:
        if ".." in values:
            span, _c, step = values.partition(":")
            lo, _d, hi = span.partition("..")
            a, b, st = int(lo), int(hi), int(step or 1)
            if st < 1 or b < a:
                raise ValueError
            out = list(range(a, b + 1, st))
        else:
            out = [int(v) for v in values.split(",")]
    except ValueError:
        raise VaryError(Said("vary.not_numbers", text=repr(text), values=repr(values))) from None
    if len(out) > 50:
        raise VaryError(Said("vary.too_many", text=repr(text), n=len(out), most=50))
    return key.strip(), out


def _walk(data: Any, parts: list[str]) -> tuple[Any, Any] | None:
    """The container and key at a dotted path (list items by their id or index)."""
    node = data
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if isinstance(node, dict):
            if part not in node:
                return None
            if last:
                return node, part
            node = node[part]
        elif isinstance(node, list):
            idx = next((j for j, x in enumerate(node) if isinstance(x, dict)
                        and x.get("id") == part), None)
            if idx is None and part.isdigit() and int(part) < len(node):
                idx = int(part)
            if idx is None:
                return None
            if last:
                return node, idx
            node = node[idx]
        else:
            return None
    return None


def varied(scenario: Scenario, key: str, value: int) -> Scenario:
    """The scenario with one number of its casus changed: ``pots.wmo`` (under ``start``),
    ``start.health.meedoen``, ``rounds``, ``problems.schulden.severity``..."""
    from pydantic import ValidationError

    from game.content.validate import convert_errors, dump, validate
    from game.content.yamlsafe import YamlDoc
    from game.engine.defs import CasusDef

    data = dump(scenario.casus)
    parts = key.split(".")
    found = _walk(data, parts) or _walk(data, ["start", *parts])
    if found is None:
        raise VaryError(Said("vary.no_such_key", scenario=repr(scenario.id), key=repr(key)))
    container, k = found
    old = container[k]
    if not isinstance(old, int) or isinstance(old, bool):
        raise VaryError(Said("vary.not_whole", key=repr(key), old=repr(old)))
    container[k] = value
    try:
        casus = validate(CasusDef, data)
    except ValidationError as e:  # said as a casus file's mistake (in the reader's language)
        mistakes = convert_errors(CasusDef, YamlDoc(scenario.id, data),
                                  [dict(x) for x in e.errors(include_url=False)])
        why = mistakes[-1].message if mistakes else str(e).splitlines()[-1].strip()
        raise VaryError(Said("vary.not_allowed", key=key, value=value, why=why)) from None
    return replace(scenario, casus=casus)


def sweep(scenario: Scenario, key: str, values: list[int], games: int, seed: int,
          **kw: Any) -> dict[str, Any]:
    """simulate() once per value of one casus number (the same game seeds each time)."""
    kw.pop("scenario_ref", None)  # every value is its own scenario, not the file
    rows = []
    for v in values:
        out = simulate(varied(scenario, key, v), games, seed, **kw)
        rows.append({"value": v, "best_ending_rate": out["best_ending_rate"],
                     "crisis_rate": out["crisis_rate"],
                     "mean_health_gain": out["mean_health_gain"], "endings": out["endings"],
                     "per_model": {m: f["best_ending_rate"]
                                   for m, f in out["per_model"].items()}})
    return {"scenario": scenario.id, "vary": key, "games": games, "seed": seed, "rows": rows}
