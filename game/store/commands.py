"""``krachtenveld history [--json] [--rebuild]`` and ``krachtenveld export --csv FILE
--xapi FILE``: the record of finished games for a teacher."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from game.lang import say, t
from game.store.db import Database, StoreError, open_db, rebuild_from_saves
from game.store.safetext import terminal_safe


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "nl")


def _open(lang: str) -> Database | None:
    """The games database, or None after saying why not (busy, full, damaged beyond a new
    start): each notice is printed once, in the user's language."""
    try:
        db = open_db()
    except (StoreError, OSError) as e:
        print(t("cli.error", lang, why=e), file=sys.stderr)
        return None
    _tell(db.notices, lang)
    db.notices.clear()  # told; later steps add (and print) only new ones
    return db


def _tell(notices: list[str], lang: str) -> None:
    for notice in notices:
        print(t("cli.error", lang, why=say(notice, lang)), file=sys.stderr)


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
    lang = _lang(args)
    db = _open(lang)
    if db is None:
        return 1
    with db:
        try:
            if args.delete:
                n = db.delete(args.delete)
                print(t("history.removed", lang, n=n), file=sys.stderr)
            if args.rebuild is not None:
                folder = Path(args.rebuild) if args.rebuild else None
                out = rebuild_from_saves(folder, db)
                _tell(out["notices"], lang)
                for err in out["errors"]:
                    print(t("cli.error", lang, why=terminal_safe(say(err, lang))), file=sys.stderr)
                other = (t("history.rebuilt_other", lang, n=len(out["other"]))
                         if out["other"] else "")
                print(t("history.rebuilt", lang, n=len(out["recorded"]),
                        unfinished=len(out["unfinished"]), other=other), file=sys.stderr)
            rows = history_rows(db.games())
        except (sqlite3.Error, OSError) as e:
            from game.store.db import _store_error

            print(t("cli.error", lang, why=_store_error(e, db.path)), file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    if not rows:
        print(t("history.none", lang))
        return 0
    for r in rows:
        print(history_line(r, lang))
    return 0


def history_line(r: dict[str, Any], lang: str = "nl") -> str:
    """One game for the terminal. Everything in it can come from a hand-edited save or
    database, so all of it goes through terminal_safe (an escape sequence in a team name
    is shown, not run)."""
    safe = terminal_safe
    teams = ", ".join(safe(v) for v in r["teams"].values()) or "-"
    bots = t("history.bots", lang, bots=" ".join(safe(b) for b in r["bots"])) if r["bots"] else ""
    when = safe(str(r["finished_at"] or "")[:16].replace("T", " "))
    return t("history.line", lang, id=r["id"], when=when, scenario=safe(r["scenario"]),
             model=safe(r["model"]), difficulty=safe(r["difficulty"]), ending=safe(r["ending"]),
             rank=safe(r["rank"]), actions=safe(r["actions"]), teams=teams, bots=bots)


def cmd_export(args: argparse.Namespace) -> int:
    from game.store.export import write_csv, write_intentions, write_xapi

    lang = _lang(args)
    if not args.csv and not args.xapi and not args.intentions:
        print(t("history.export_needs", lang), file=sys.stderr)
        return 2
    db = _open(lang)
    if db is None:
        return 1
    with db:
        try:
            games = db.games()
        except sqlite3.Error as e:
            from game.store.db import _store_error

            print(t("cli.error", lang, why=_store_error(e, db.path)), file=sys.stderr)
            return 1
    sep, decimal = csv_style(args)
    try:
        if args.csv:
            n = write_csv(games, Path(args.csv), delimiter=sep, decimal=decimal)
            print(t("history.csv_written", lang, path=args.csv, n=n,
                    sep=_SEP_NAMES.get(sep, sep), decimal=repr(decimal)))
        if args.xapi:
            n = write_xapi(games, Path(args.xapi))
            print(t("history.xapi_written", lang, path=args.xapi, n=n))
        if args.intentions:
            n = write_intentions(games, Path(args.intentions), delimiter=sep)
            print(t("history.intentions_written", lang, path=args.intentions, n=n))
    except OSError as e:
        print(t("history.cannot_write", lang, why=e), file=sys.stderr)
        return 1
    return 0


_SEP_NAMES = {";": "';'", ",": "','", "\t": "tab"}
SEPARATORS = {";": ";", ",": ",", "tab": "\t", "\t": "\t"}


def csv_style(args: argparse.Namespace) -> tuple[str, str]:
    """Separator and decimal sign: by language (nl: ';' and ',', as Dutch Excel wants),
    --excel for Dutch Excel whatever the language, --sep to choose the separator (the
    decimal sign then follows: ',' unless the separator is ',')."""
    from game.store.export import CSV_STYLES

    sep, decimal = CSV_STYLES.get(getattr(args, "lang", "nl") or "nl", CSV_STYLES["nl"])
    if getattr(args, "excel", False):
        sep, decimal = CSV_STYLES["nl"]
    chosen = getattr(args, "sep", None)
    if chosen:
        sep = SEPARATORS[chosen]
        decimal = "." if sep == "," else ","
    return sep, decimal


def add_parsers(sub: Any, lang: str = "nl") -> None:
    """The ``history`` and ``export`` commands; their help in ``lang``."""
    hist = sub.add_parser("history", help=t("help.history", lang))
    hist.add_argument("--json", action="store_true")
    hist.add_argument("--lang", default="nl", choices=["nl", "en"],
                      help=t("help.history.lang", lang))
    hist.add_argument("--rebuild", nargs="?", const="", default=None, metavar="DIR",
                      help=t("help.history.rebuild", lang))
    hist.add_argument("--delete", type=int, action="append", metavar="ID",
                      help=t("help.history.delete", lang))
    hist.set_defaults(func=cmd_history)

    exp = sub.add_parser("export", help=t("help.export", lang))
    exp.add_argument("--csv", metavar="FILE")
    exp.add_argument("--xapi", metavar="FILE", help=t("help.export.xapi", lang))
    exp.add_argument("--intentions", metavar="FILE", help=t("help.export.intentions", lang))
    exp.add_argument("--lang", default="nl", choices=["nl", "en"],
                     help=t("help.export.lang", lang))
    exp.add_argument("--excel", action="store_true",
                     help=t("help.export.excel", lang))
    exp.add_argument("--sep", "--delimiter", dest="sep", choices=sorted(SEPARATORS),
                     help=t("help.export.sep", lang))
    exp.set_defaults(func=cmd_export)
