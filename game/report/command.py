"""``krachtenveld report SAVE --out report.html [--lang nl|en] [--json]``: the debrief of a
saved game as one HTML file (and, with --json, the full structured log beside it)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from game.lang import error_text, say, t


def build_report(save: Mapping[str, Any], scenario: Any = None, lang: str = "nl",
                 generated: str | None = None) -> tuple[str, dict[str, Any]]:
    """The HTML text and the JSON log of a save (a dict)."""
    from game import __version__
    from game.report.analysis import debrief, events_log, replay
    from game.report.html import render_html
    from game.store.saves import content_status

    rep = replay(save, scenario)
    data = debrief(rep, lang=lang)
    status = content_status(dict(save), rep.scenario.id)
    data["content_notices"] = [status] if status is not None else []
    kept = save.get("wat_als")  # the "wat als?" comparisons the class kept (game/whatif)
    data["what_if"] = [c for c in kept if isinstance(c, dict)] if isinstance(kept, list) else []
    when = generated or dt.date.today().isoformat()
    html = render_html(data, generated=when, version=__version__)
    log = {"format": "krachtenveld-report-log", "version": 1, "generated": when,
           "krachtenveld": __version__, "save": dict(save), "debrief": data,
           "events": events_log(rep, lang)}
    return html, log


def json_path_for(out: Path, save_path: Path | None = None) -> Path:
    """report.html -> report.json, never the save itself."""
    path = out.with_suffix(".json")
    if save_path is not None and path.resolve() == Path(save_path).resolve():
        path = out.with_name(out.stem + "-report.json")
    return path


def write_report(save_path: Path, out: Path, lang: str = "nl",
                 with_json: bool = False) -> list[Path]:
    """Read a save, write the report (atomically); returns the files written."""
    from game.store.saves import load_game

    loaded = load_game(save_path)
    for notice in loaded.notices:
        _say(lang, "error", why=say(notice, lang))
    html, log = build_report(loaded.data, loaded.scenario, lang=lang)
    return write_outputs(out, html, log if with_json else None, save_path)


def write_outputs(out: Path, html: str, log: Mapping[str, Any] | None,
                  save_path: Path | None = None) -> list[Path]:
    """The HTML (and, given a log, the JSON beside it), each written atomically."""
    _write_text(out, html)
    written = [out]
    if log is not None:
        jpath = json_path_for(out, save_path)
        _write_text(jpath, json.dumps(log, ensure_ascii=False, indent=1) + "\n")
        written.append(jpath)
    return written


def _write_text(path: Path, text: str) -> None:
    """Atomically, and readable like any file the user makes (a report is for sharing)."""
    from game.store.saves import write_shared_text

    write_shared_text(path, text, prefix=".report-")


def build_comparison(saves: list[Path], lang: str = "nl", generated: str | None = None
                     ) -> tuple[str, dict[str, Any]]:
    """The comparison of several saves (one per table): HTML and its data. Raises with the
    first file that cannot be read or replayed (``ReportInputError`` names it)."""
    from game import __version__
    from game.report.analysis import debrief, replay
    from game.report.compare import compare_data, render_compare_html
    from game.store.saves import load_game

    games = []
    names = _table_names(saves)
    for path, name in zip(saves, names, strict=True):
        try:
            loaded = load_game(path)
            games.append((name, debrief(replay(loaded.data, loaded.scenario), lang=lang)))
        except Exception as e:
            raise ReportInputError(path, e) from e
    when = generated or dt.date.today().isoformat()
    data = compare_data(games, lang)
    return render_compare_html(data, generated=when, version=__version__), data


def _table_names(saves: list[Path]) -> list[str]:
    """A short name per table: the save's file name, or its folder when the names repeat
    (every table's laptop writes ron-laatste.json)."""
    stems = [p.stem for p in saves]
    if len(set(stems)) == len(stems):
        return stems
    return [f"{p.parent.name}/{p.stem}" if stems.count(p.stem) > 1 else p.stem for p in saves]


def _say(lang: str, key: str, **kw: object) -> None:
    """An error for the user, on stderr, in the user's language (``cli.<key>``)."""
    print(t(f"cli.{key}", lang, **kw), file=sys.stderr)


class ReportInputError(Exception):
    def __init__(self, path: Path, error: BaseException) -> None:
        self.path, self.error = path, error
        super().__init__(f"{path}: {error}")


def cmd_report(args: argparse.Namespace) -> int:
    saves = [Path(s) for s in args.save]
    if len(saves) > 1:
        return _cmd_compare(args, saves)
    args.save = saves[0]
    return _cmd_single(args)


def _cmd_compare(args: argparse.Namespace, saves: list[Path]) -> int:
    default = t("file.comparison", args.lang)
    out = Path(args.out) if args.out else saves[0].parent / default
    if out.resolve() in {s.resolve() for s in saves}:
        _say(args.lang, "would_overwrite_a_save", path=out)
        return 2
    try:
        html, data = build_comparison(saves, args.lang)
    except ReportInputError as e:
        _say(args.lang, "path_error", path=e.path, why=error_text(e.error, args.lang))
        _say(args.lang, "no_comparison")
        return 1
    try:
        written = write_outputs(out, html, data if args.json else None)
    except OSError as e:
        _say(args.lang, "cannot_write", path=out, why=e)
        return 1
    for p in written:
        print(p)
    return 0


def _cmd_single(args: argparse.Namespace) -> int:
    from game.content import ContentErrors
    from game.engine import SaveError
    from game.store.saves import SaveFileError

    save = Path(args.save)
    out = Path(args.out) if args.out else save.with_suffix(".html")
    if out.resolve() == save.resolve():
        _say(args.lang, "would_overwrite_save", path=out)
        return 2
    try:
        written = write_report(save, out, args.lang, args.json)
    except SaveFileError as e:
        _say(args.lang, "error", why=error_text(e, args.lang))
        return 1
    except SaveError as e:
        _say(args.lang, "path_error", path=save, why=error_text(e, args.lang))
        return 1
    except ContentErrors as e:
        print(error_text(e, args.lang), file=sys.stderr)
        return 1
    except FileNotFoundError as e:
        _say(args.lang, "save_scenario_not_found", path=save, why=error_text(e, args.lang))
        return 1
    except OSError as e:
        _say(args.lang, "cannot_write", path=out, why=e)
        return 1
    for p in written:
        print(p)
    return 0


def add_parser(sub: Any, lang: str = "nl") -> None:
    """The ``report`` command; its help in ``lang``."""
    rep = sub.add_parser("report", help=(
        t("help.report", lang)))
    rep.add_argument("save", metavar="SAVE", nargs="+")
    rep.add_argument("--out", metavar="FILE.html", help=t("help.report.out", lang))
    rep.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    rep.add_argument("--json", action="store_true",
                     help=t("help.report.json", lang))
    rep.set_defaults(func=cmd_report)


if __name__ == "__main__":  # pragma: no cover
    p = argparse.ArgumentParser(prog="krachtenveld")
    add_parser(p.add_subparsers(dest="command", required=True))
    a = p.parse_args()
    raise SystemExit(a.func(a))
