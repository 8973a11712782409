"""The long form of the reliability suite (tests/reliability/ is the short one in CI).

    python benchmarks/soak.py                       # about 20 minutes on one core
    python benchmarks/soak.py --games 54330 --views 170000 --saves 620 --kills 400
                                                    # the audit of issue 15 (hours)
    python benchmarks/soak.py --games 300 --views 2000 --saves 60 --kills 20   # a minute

It prints the counts: games fuzzed, crashes, invariant violations, views checked and leaks,
corrupted saves handled (and how), torn files, records lost or doubled, and the database
under locks. Every figure is seeded (``--seed``): a second run finds the same. Exit code 1
when anything was found.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def fuzz(n_games: int, seed: int) -> dict[str, Any]:
    from tests.reliability.harness import combos, fuzz_game

    cases = combos()
    moves = rejected = ended = 0
    crashes: list[str] = []
    violations: list[str] = []
    for i in range(n_games):
        sid, model, difficulty = cases[i % len(cases)]
        r = fuzz_game(sid, model, difficulty, seed=seed * 1_000_003 + i,
                      hostile=(0.2, 0.5, 0.8)[i % 3], hash_rate=0.2)
        moves += r.moves
        rejected += r.rejected
        ended += r.ended
        crashes += r.crashes
        violations += r.violations
    return {"games": n_games, "combinations": len(cases), "moves": moves,
            "bad_moves_refused": rejected, "ended": ended, "crashes": len(crashes),
            "invariant_violations": len(violations), "examples": (crashes + violations)[:5]}


def leaks(n_views: int, board_views: int, seed: int) -> dict[str, Any]:
    from tests.reliability.harness import (
        BoardProbe,
        board_leaks_at,
        combos,
        leak_positions,
        leaks_at,
    )

    cases = combos()
    checked = 0
    found: list[str] = []
    rng = random.Random(seed)
    i = 0
    while checked < n_views:
        sid, model, difficulty = cases[i % len(cases)]
        for game in leak_positions(sid, model, difficulty, seed=seed * 7919 + i, every=5,
                                   limit=12):
            n, f = leaks_at(game, rng, text=(i % 4 == 0))
            checked += n
            found += f
            if checked >= n_views:
                break
        i += 1
    board = 0
    if board_views:
        probe = BoardProbe()
        j = 0
        while board < board_views:
            sid, model, difficulty = cases[(j * 5) % len(cases)]
            for game in leak_positions(sid, model, difficulty, seed=seed * 31 + j, every=13,
                                       limit=4):
                n, f = board_leaks_at(game, probe, rng)
                board += n
                found += f
            j += 1
        probe.close()
    return {"role_views_checked": checked, "board_views_checked": board,
            "leaks": len(found), "examples": found[:5]}


def saves(n: int, seed: int, work: Path) -> dict[str, Any]:
    from game.store.saves import save_data
    from tests.reliability.harness import casus_ids, corruptions, judge_corrupt_save
    from tests.report.games import passive_game, random_game

    os.environ["KRACHTENVELD_HOME"] = str(work / "home")
    os.environ["KRACHTENVELD_RECORD"] = "0"
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    bad: list[str] = []
    files = 0
    sources = []
    for sid in casus_ids():
        sources.append(random_game(sid, seed=seed))
        sources.append(passive_game(sid, actions=20))
    per = max(1, n // len(sources))
    for k, game in enumerate(sources):
        text = json.dumps(save_data(game), ensure_ascii=False, indent=1)
        for i, (name, blob) in enumerate(corruptions(text, rng, per)):
            path = work / f"s{k}-{i}.json"
            path.write_bytes(blob)
            files += 1
            commands = ("replay", "report", "play") if i % 5 == 0 else ("replay",)
            for v in judge_corrupt_save(path, game.state_hash(), name, work, commands):
                outcomes[v.outcome] += 1
                if v.outcome in ("crash", "silent"):
                    bad.append(f"{game.scenario.id} {v.name}: {v.outcome} {v.detail[-200:]}")
            path.unlink()
    return {"corrupted_saves": files, "runs": dict(outcomes),
            "crashes": outcomes["crash"], "silently_another_game": outcomes["silent"],
            "examples": bad[:5]}


def kills(rounds: int, seed: int, work: Path) -> dict[str, Any]:
    r = subprocess.run([sys.executable, "-m", "tests.reliability.killer", "all",
                        str(work / "kill"), str(rounds), str(seed)], capture_output=True,
                       text=True, cwd=ROOT, check=False,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    if r.returncode != 0:
        return {"error": r.stderr[-1000:]}
    loops = json.loads(r.stdout)
    c = subprocess.run([sys.executable, "-m", "tests.reliability.killer", "concurrent",
                        str(work / "concurrent"), "6", "40"], capture_output=True, text=True,
                       cwd=ROOT, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    conc = json.loads(c.stdout) if c.returncode == 0 else {"error": c.stderr[-1000:]}
    return {"kills": sum(x["kills"] for x in loops),
            "files_checked": sum(x["files_checked"] for x in loops),
            "torn_files": sum(x["torn"] for x in loops),
            "records_written": next(x["records"] for x in loops if x["kind"] == "record"),
            "records_lost": sum(x["lost"] for x in loops),
            "records_doubled": sum(x["doubled"] for x in loops),
            "per_kind": {x["kind"]: x["kills"] for x in loops},
            "concurrent_writers": conc}


def locks(n: int, work: Path) -> dict[str, Any]:
    """The database held by another program while games are recorded: every game is
    queued, nothing is set aside, and all arrive once the lock is gone."""
    from game.store import db as store
    from tests.report.games import random_game

    os.environ["KRACHTENVELD_HOME"] = str(work / "locks")
    os.environ.pop("KRACHTENVELD_RECORD", None)
    store.BUSY_TIMEOUT = 0.05
    first = random_game("ron", seed=1)
    assert store.record_finished_game(first).ok
    path = store.db_path()
    queued = set_aside = 0
    games = [random_game("greet", seed=s) for s in range(2, 2 + n)]
    for g in games:
        holder = sqlite3.connect(path, isolation_level=None, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")
        out = store.record_finished_game(g)
        queued += out.queued
        holder.execute("ROLLBACK")
        holder.close()
        set_aside += len(list(path.parent.glob("*.damaged-*")))
    with store.open_db() as d:
        keys = [x["game_key"] for x in d.games()]
    want = {store.game_record(g).key for g in [first, *games]}
    return {"recorded_under_a_lock": n, "queued": queued, "set_aside": set_aside,
            "lost": len(want - set(keys)), "doubled": len(keys) - len(set(keys))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--games", type=int, default=6000)
    ap.add_argument("--views", type=int, default=20000)
    ap.add_argument("--board-views", type=int, default=120)
    ap.add_argument("--saves", type=int, default=620)
    ap.add_argument("--kills", type=int, default=120, help="kill -9 rounds per kind of write")
    ap.add_argument("--locks", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", choices=["fuzz", "leaks", "saves", "kills", "locks"],
                    action="append", help="run only these parts (may be repeated)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report: dict[str, Any] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="krachtenveld-soak-") as tmp:
        work = Path(tmp)
        for name, run in (("fuzz", lambda: fuzz(args.games, args.seed)),
                          ("leaks", lambda: leaks(args.views, args.board_views, args.seed)),
                          ("saves", lambda: saves(args.saves, args.seed, work)),
                          ("kills", lambda: kills(args.kills, args.seed, work)),
                          ("locks", lambda: locks(args.locks, work))):
            if args.only and name not in args.only:
                continue
            t = time.perf_counter()
            report[name] = run()
            report[name]["seconds"] = round(time.perf_counter() - t, 1)
            if not args.json:
                print(f"{name}: {json.dumps(report[name], ensure_ascii=False)}", flush=True)
    if args.only:
        bad = sum(v.get(key, 0) for v in report.values() for key in (
            "crashes", "invariant_violations", "leaks", "silently_another_game", "torn_files",
            "records_lost", "records_doubled", "set_aside", "lost", "doubled"))
        return 1 if bad else 0
    f, lk, sv, k, lo = (report[x] for x in ("fuzz", "leaks", "saves", "kills", "locks"))
    summary = {
        "games fuzzed": f["games"], "crashes": f["crashes"] + sv["crashes"],
        "invariant violations": f["invariant_violations"],
        "role views checked": lk["role_views_checked"] + lk["board_views_checked"],
        "leaks": lk["leaks"], "corrupted saves handled": sv["corrupted_saves"],
        "silently another game": sv["silently_another_game"],
        "kill -9": k.get("kills", 0), "torn files": k.get("torn_files", -1),
        "records lost": k.get("records_lost", -1) + lo["lost"],
        "records doubled": k.get("records_doubled", -1) + lo["doubled"],
        "busy database set aside": lo["set_aside"],
        "minutes": round((time.perf_counter() - t0) / 60, 1),
    }
    report["summary"] = summary
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print()
        for key, value in summary.items():
            print(f"  {key:26} {value}")
    found = (summary["crashes"] + summary["invariant violations"] + summary["leaks"]
             + summary["silently another game"] + summary["torn files"]
             + summary["records lost"] + summary["records doubled"]
             + summary["busy database set aside"])
    return 1 if found or "error" in k else 0


if __name__ == "__main__":
    raise SystemExit(main())
