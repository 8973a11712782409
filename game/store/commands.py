"""``krachtenveld history [--json] [--rebuild]`` and ``krachtenveld export --csv FILE
--xapi FILE``: the record of finished games for a teacher."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from game.store.db import Database, StoreError, open_db, rebuild_from_saves


def _open() -> Database | None:
    try:
        db = open_db()
    except (StoreError, OSError) as e:
        print(f"krachtenveld: {e}", file=sys.stderr)
        return None
    for notice in db.notices:
        print(f"krachtenveld: {notice}", file=sys.stderr)
    return db


def history_rows(games: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The games as history --json prints them (newest first)."""
    out = []
    for g in reversed(games):
        sc = g["scores"] or {}
        out.append({"id": g["id"], "finished_at": g["finished_at"], "scenario": g["scenario"],
                    "model": g["model"], "difficulty": g["difficulty"], "seed": g["seed"],
                    "teams": g["teams"], "bots": g["bots"], "ending": g["ending"],
                    "rank": g["rank"], "wish_met": sc.get("wish_met"),
                    "health_gain": sc.get("health_gain"), "counters": sc.get("counters", {}),
                    "actions": g["n_actions"], "application": g["application"],
                    "save_path": g["save_path"], "game_key": g["game_key"]})
    return out


def cmd_history(args: argparse.Namespace) -> int:
    db = _open()
    if db is None:
        return 1
    with db:
        if args.delete:
            n = db.delete(args.delete)
            print(f"{n} game(s) removed from the games database", file=sys.stderr)
        if args.rebuild is not None:
            folder = Path(args.rebuild) if args.rebuild else None
            out = rebuild_from_saves(folder, db)
            for err in out["errors"]:
                print(f"krachtenveld: {err}", file=sys.stderr)
            print(f"{len(out['recorded'])} finished game(s) recorded from the saves, "
                  f"{len(out['unfinished'])} unfinished skipped", file=sys.stderr)
        rows = history_rows(db.games())
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    if not rows:
        print("Nog geen afgeronde spellen. / No finished games yet.")
        return 0
    for r in rows:
        teams = ", ".join(f"{v}" for v in r["teams"].values()) or "-"
        bots = f" bots: {' '.join(r['bots'])}" if r["bots"] else ""
        print(f"#{r['id']} {r['finished_at'][:16].replace('T', ' ')} {r['scenario']} "
              f"{r['model']} {r['difficulty']}: {r['ending']} ({r['rank']}), "
              f"{r['actions']} zetten; teams: {teams}{bots}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from game.store.export import write_csv, write_xapi

    if not args.csv and not args.xapi:
        print("krachtenveld: export needs --csv FILE and/or --xapi FILE", file=sys.stderr)
        return 2
    db = _open()
    if db is None:
        return 1
    with db:
        games = db.games()
    try:
        if args.csv:
            n = write_csv(games, Path(args.csv), delimiter=args.delimiter)
            print(f"{args.csv}: {n} game(s)")
        if args.xapi:
            n = write_xapi(games, Path(args.xapi))
            print(f"{args.xapi}: {n} statement(s)")
    except OSError as e:
        print(f"krachtenveld: cannot write: {e}", file=sys.stderr)
        return 1
    return 0


def add_parsers(sub: Any) -> None:
    hist = sub.add_parser("history", help="list the finished games in the games database")
    hist.add_argument("--json", action="store_true")
    hist.add_argument("--rebuild", nargs="?", const="", default=None, metavar="DIR",
                      help="first record every finished game among the saves "
                           "(default: the user's save folder)")
    hist.add_argument("--delete", type=int, action="append", metavar="ID",
                      help="remove a game from the games database (its save stays)")
    hist.set_defaults(func=cmd_history)

    exp = sub.add_parser("export", help="finished games as CSV (one row per game) or xAPI")
    exp.add_argument("--csv", metavar="FILE")
    exp.add_argument("--xapi", metavar="FILE", help="a JSON array of xAPI statements")
    exp.add_argument("--delimiter", default=",", choices=[",", ";", "\t"],
                     help="CSV separator (';' for a Dutch spreadsheet)")
    exp.set_defaults(func=cmd_export)
