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


def build_report(save: Mapping[str, Any], scenario: Any = None, lang: str = "nl",
                 generated: str | None = None) -> tuple[str, dict[str, Any]]:
    """The HTML text and the JSON log of a save (a dict)."""
    from game import __version__
    from game.report.analysis import debrief, events_log, replay
    from game.report.html import render_html

    rep = replay(save, scenario)
    data = debrief(rep, lang=lang)
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
    from game.store.saves import read_save

    data = read_save(save_path)
    html, log = build_report(data, lang=lang)
    _write_text(out, html)
    written = [out]
    if with_json:
        jpath = json_path_for(out, save_path)
        _write_text(jpath, json.dumps(log, ensure_ascii=False, indent=1) + "\n")
        written.append(jpath)
    return written


def _write_text(path: Path, text: str) -> None:
    """Atomically, and readable like any file the user makes (a report is for sharing)."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_report(args: argparse.Namespace) -> int:
    from game.content import ContentErrors
    from game.engine import SaveError
    from game.store.saves import SaveFileError

    save = Path(args.save)
    out = Path(args.out) if args.out else save.with_suffix(".html")
    if out.resolve() == save.resolve():
        print(f"krachtenveld: --out {out} would overwrite the save", file=sys.stderr)
        return 2
    try:
        written = write_report(save, out, args.lang, args.json)
    except SaveFileError as e:
        print(f"krachtenveld: {e}", file=sys.stderr)
        return 1
    except SaveError as e:
        print(f"krachtenveld: {save}: {e}", file=sys.stderr)
        return 1
    except ContentErrors as e:
        print(str(e), file=sys.stderr)
        return 1
    except FileNotFoundError as e:
        print(f"krachtenveld: {save}: scenario not found ({e})", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"krachtenveld: cannot write {out}: {e}", file=sys.stderr)
        return 1
    for p in written:
        print(p)
    return 0


def add_parser(sub: Any) -> None:
    rep = sub.add_parser("report", help="the debrief of a saved game as one HTML file")
    rep.add_argument("save", metavar="SAVE")
    rep.add_argument("--out", metavar="FILE.html", help="default: the save's name with .html")
    rep.add_argument("--lang", default="nl", choices=["nl", "en"])
    rep.add_argument("--json", action="store_true",
                     help="also write the full structured log beside it (FILE.json)")
    rep.set_defaults(func=cmd_report)


if __name__ == "__main__":  # pragma: no cover
    p = argparse.ArgumentParser(prog="krachtenveld")
    add_parser(p.add_subparsers(dest="command", required=True))
    a = p.parse_args()
    raise SystemExit(a.func(a))
