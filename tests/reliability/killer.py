"""kill -9 in the middle of writes, in a loop: ``python -m tests.reliability.killer KIND DIR
ROUNDS SEED`` prints one JSON line of counts.

The process imports everything once, then per round forks a child that keeps writing
(a save, a report, a CSV and an xAPI export, or records into the games database) and
kills it with SIGKILL after a few milliseconds. After every kill the files are checked:
each is absent or one complete version (never torn), and every record the child said it
had written is in the database exactly once (none lost, none doubled).

KIND: save, report, export, record, all. Linux/macOS only (fork).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

END = "<!-- end -->"
CHECKED = 0  # files found complete (or not) after a kill


def _save_payload(i: int, rng: random.Random) -> dict[str, Any]:
    return {"format": "krachtenveld-save", "version": 1, "n": i,
            "pad": "x" * rng.randrange(10, 200_000), "end": True}


def _games(k: int) -> list[dict[str, Any]]:
    return [{"id": j, "finished_at": "2026-12-02T10:00:00+00:00", "scenario": "ron",
             "model": "teammodel", "difficulty": "normaal", "seed": j, "actions": [],
             "n_actions": 3, "ending": "e", "rank": "good",
             "scores": {"health_gain": 0.25, "wish_met": True}, "teams": {"huisarts": "A"},
             "bots": [], "application": {}, "game_key": f"key{j}"} for j in range(k)]


def child_write(kind: str, folder: Path, start: int, out_fd: int) -> None:
    """Write forever (until killed). Tells the parent each record it finished."""
    rng = random.Random(start)
    i = start
    if kind == "save":
        from game.store.saves import write_save

        while True:
            write_save(folder / "game.json", _save_payload(i, rng))
            i += 1
    elif kind == "report":
        from game.report.command import write_outputs

        while True:
            html = f"<html><body>{i}" + "y" * rng.randrange(10, 300_000) + f"</body></html>{END}"
            write_outputs(folder / "verslag.html", html, {"n": i, "end": True})
            i += 1
    elif kind == "export":
        from game.store.export import write_csv, write_xapi

        while True:
            k = i % 40 + 1
            games = _games(k)
            write_csv(games, folder / "klas.csv", delimiter=";", decimal=",")
            write_xapi(games, folder / "xapi.json")
            i += 1
    elif kind == "record":
        from game.store.db import GameRecord, open_db

        with open_db(folder / "games.sqlite3") as db:
            while True:
                rec = GameRecord(scenario="ron", model="teammodel", difficulty="normaal",
                                 seed=i, actions=["huisarts:consult"] * (i % 7), ending="e",
                                 rank="good", scores={"n": i}, teams={"huisarts": f"T{i}"})
                db.record(rec)
                if i > 0 and i % 3 == 0:  # the same game again: its row is updated
                    db.record(GameRecord(scenario="ron", model="teammodel",
                                         difficulty="normaal", seed=i - 1,
                                         actions=["huisarts:consult"] * ((i - 1) % 7),
                                         ending="e", rank="good", scores={"n": i - 1},
                                         application={"inwoner": "later"}))
                os.write(out_fd, f"{i}\n".encode())
                i += 1
    else:
        raise SystemExit(f"unknown kind {kind}")


def check(kind: str, folder: Path, done: set[int]) -> tuple[list[str], int]:
    """Problems after a kill (torn files, lost or doubled records), and the next start."""
    bad: list[str] = []
    global CHECKED
    CHECKED += sum(1 for n in ("game.json", "verslag.html", "verslag.json", "klas.csv",
                               "xapi.json", "games.sqlite3") if (folder / n).exists())
    if kind == "save":
        p = folder / "game.json"
        if p.exists():
            try:
                d = json.loads(p.read_text(encoding="utf-8"))
                if d.get("end") is not True:
                    bad.append("torn save")
            except ValueError:
                bad.append("torn save (not JSON)")
    elif kind == "report":
        h = folder / "verslag.html"
        if h.exists() and not h.read_text(encoding="utf-8").endswith(END):
            bad.append("torn report")
        j = folder / "verslag.json"
        if j.exists():
            try:
                if json.loads(j.read_text(encoding="utf-8")).get("end") is not True:
                    bad.append("torn report log")
            except ValueError:
                bad.append("torn report log (not JSON)")
    elif kind == "export":
        c = folder / "klas.csv"
        if c.exists():
            text = c.read_text(encoding="utf-8-sig")
            rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
            if not rows or [r["id"] for r in rows] != [str(j) for j in range(len(rows))] or (
                    rows[-1].get("game_key") != f"key{len(rows) - 1}"):
                bad.append("torn CSV")
        x = folder / "xapi.json"
        if x.exists():
            try:
                if not isinstance(json.loads(x.read_text(encoding="utf-8")), list):
                    bad.append("torn xAPI")
            except ValueError:
                bad.append("torn xAPI (not JSON)")
    elif kind == "record":
        from game.store.db import open_db

        with open_db(folder / "games.sqlite3") as db:
            if db.notices:
                bad.append(f"database notices: {db.notices}")
            rows = db.conn.execute("SELECT seed, COUNT(*) FROM games GROUP BY seed").fetchall()
            total = db.conn.execute("SELECT COUNT(*) FROM games").fetchone()[0]
        seeds = {s for s, _n in rows}
        if any(n != 1 for _s, n in rows) or total != len(seeds):
            bad.append("a record doubled")
        lost = done - seeds
        if lost:
            bad.append(f"records lost: {sorted(lost)[:5]}")
        return bad, (max(seeds) + 1 if seeds else 0)
    return bad, 0


def _preload() -> None:
    """Import what the children use once, before the forks (a child then writes at once)."""
    import game.report.command
    import game.store.db
    import game.store.export
    import game.store.saves  # noqa: F401
    from game.content import load_scenario

    load_scenario("ron")  # the xAPI export names the casus


def loop(kind: str, folder: Path, rounds: int, seed: int) -> dict[str, Any]:
    _preload()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    done: set[int] = set()
    start = 0
    kills = 0
    checked0 = CHECKED
    for _ in range(rounds):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            os.close(r)
            try:
                child_write(kind, folder, start, w)
            finally:
                os._exit(0)
        os.close(w)
        time.sleep(rng.uniform(0.002, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
        with os.fdopen(r, "rb") as f:
            done |= {int(x) for x in f.read().split()}
        bad, start = check(kind, folder, done)
        problems.extend(bad)
        if kind != "record":
            start += 1000
    torn = sum(1 for p in problems if p.startswith("torn"))
    lost = sum(1 for p in problems if p.startswith("records lost"))
    doubled = sum(1 for p in problems if p.startswith("a record doubled"))
    return {"kind": kind, "kills": kills, "files_checked": CHECKED - checked0, "torn": torn, "lost": lost, "doubled": doubled,
            "records": len(done), "problems": problems[:10]}


def concurrent_records(folder: Path, writers: int, each: int) -> dict[str, Any]:
    """``writers`` processes record ``each`` games at once into one database: every game
    arrives once, nothing is set aside."""
    from game.store.db import GameRecord, open_db, record_finished_game  # noqa: F401

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "games.sqlite3"
    pids = []
    for w in range(writers):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                for k in range(each):
                    from game.store import db as store

                    try:
                        with open_db(path) as d:
                            d.record(GameRecord(scenario="ron", model="teammodel",
                                                difficulty="normaal", seed=w * 10_000 + k,
                                                actions=[], ending="e", rank="good",
                                                scores={}))
                    except store.DatabaseBusy:
                        store.queue_record(GameRecord(
                            scenario="ron", model="teammodel", difficulty="normaal",
                            seed=w * 10_000 + k, actions=[], ending="e", rank="good",
                            scores={}), path)
            except BaseException:  # noqa: BLE001
                import traceback

                traceback.print_exc()
                code = 1
            os._exit(code)
        pids.append(pid)
    failed = 0
    for pid in pids:
        _pid, status = os.waitpid(pid, 0)
        failed += int(os.waitstatus_to_exitcode(status) != 0)
    with open_db(path) as d:
        notices = list(d.notices)
        seeds = [r[0] for r in d.conn.execute("SELECT seed FROM games")]
    want = {w * 10_000 + k for w in range(writers) for k in range(each)}
    damaged = len(list(folder.glob("*.damaged-*")))
    return {"writers": writers, "each": each, "failed": failed, "lost": len(want - set(seeds)),
            "doubled": len(seeds) - len(set(seeds)), "damaged": damaged,
            "notices": [n[:80] for n in notices if "queued game" not in n]}


def main(argv: list[str]) -> int:
    kind, folder, rounds, seed = argv[0], Path(argv[1]), int(argv[2]), int(argv[3])
    if kind == "concurrent":
        print(json.dumps(concurrent_records(folder, rounds, seed)))
        return 0
    kinds = ["save", "report", "export", "record"] if kind == "all" else [kind]
    out = [loop(k, folder / k, rounds, seed) for k in kinds]
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sqlite3.threadsafety  # noqa: B018 - imported before the forks
    raise SystemExit(main(sys.argv[1:]))
