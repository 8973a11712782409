"""``krachtenveld wat-als SAVE --round 3 --force grijs_budget [--off] [--games 200]
[--level makkelijk] [--seed N] [--bots] [--json] [--lang nl|en]``, or ``--model ID`` (from
--round), ``--answer N`` (the inwoner's answer at move N the other way), ``--move N ACTION``
(move N replaced): one game replayed with one change and played on by bots."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _h(key: str, lang: str, **kw: Any) -> str:
    """What the command says about its own options: the catalogue's ``whatif.cli_<key>``."""
    from game.whatif.texts import t

    return t(f"cli_{key}", lang, **kw)


def add_parser(sub: Any, lang: str = "nl") -> None:
    """The ``wat-als`` command; its help in ``lang``."""
    from game.lang import t as lang_t

    p = sub.add_parser("wat-als", help=lang_t("help.wat_als", lang))
    p.add_argument("save", help=lang_t("help.wat_als.save", lang))
    p.add_argument("--round", help=lang_t("help.wat_als.round", lang))
    p.add_argument("--force", help=lang_t("help.wat_als.force", lang))
    p.add_argument("--off", action="store_true", help=lang_t("help.wat_als.off", lang))
    p.add_argument("--model", help=lang_t("help.wat_als.model", lang))
    p.add_argument("--answer", help=lang_t("help.wat_als.answer", lang))
    p.add_argument("--move", nargs=2, metavar=("N", "ACTION"),
                   help=lang_t("help.wat_als.move", lang))
    p.add_argument("--games", default="200", help=lang_t("help.wat_als.games", lang))
    p.add_argument("--level", default=None, help=lang_t("help.wat_als.level", lang))
    p.add_argument("--seed", default="1")
    p.add_argument("--bots", action="store_true",
                   help=lang_t("help.wat_als.bots", lang))
    p.add_argument("--processes", default=None, help=lang_t("help.wat_als.processes", lang))
    p.add_argument("--json", action="store_true", help=lang_t("help.wat_als.json", lang))
    p.add_argument("--lang", default="nl", choices=["nl", "en"], help=lang_t("help.lang", lang))
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=cmd_wat_als)


def _fail(text: str) -> int:
    print(f"krachtenveld wat-als: {text}", file=sys.stderr)
    return 2


def _int(value: str | None, lang: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(_h("bad_number", lang, value=value)) from None


def cmd_wat_als(args: argparse.Namespace) -> int:
    from game.bots.levels import LEVELS, get_level
    from game.bots.simulate import progress_bar
    from game.store.saves import SaveFileError
    from game.whatif import DEFAULT_LEVEL, Change, WhatIfError, error_text, load, run, text

    lang = args.lang
    chosen = [x for x in (args.force, args.model, args.answer, args.move) if x is not None]
    if len(chosen) != 1:
        return _fail(_h("one_change", lang))
    if args.off and args.force is None:
        return _fail(_h("off_needs_force", lang))
    if args.round is not None and args.force is None and args.model is None:
        return _fail(_h("round_needs", lang))
    level = args.level or DEFAULT_LEVEL
    try:
        level = get_level(level).id
    except ValueError:
        return _fail(_h("bad_level", lang, level=level,
                        levels=", ".join(f"{lv.id} ({lv.en})" for lv in LEVELS)))
    try:
        games, seed = _int(args.games, lang) or 0, _int(args.seed, lang) or 0
        rnd = _int(args.round, lang)
        procs = _int(args.processes, lang)
        if args.force is not None or args.model is not None:
            if rnd is None:
                return _fail(_h("needs_round", lang))
            change = Change("model", round=rnd, what=args.model) if args.model else Change(
                "force_off" if args.off else "force_on", round=rnd, what=args.force)
        elif args.answer is not None:
            change = Change("answer", move=_int(args.answer, lang))
        else:
            change = Change("move", move=_int(args.move[0], lang), what=args.move[1])
    except ValueError as e:
        return _fail(str(e))
    try:
        scenario, save = load(Path(args.save))
    except SaveFileError as e:
        from game.lang import error_text as said_in

        print(f"krachtenveld wat-als: {said_in(e, lang)}", file=sys.stderr)
        return 1
    show = not (args.json or args.no_progress) and sys.stderr.isatty()
    try:
        result = run(scenario, save, change, games=games, level=level, seed=seed,
                     keep=not args.bots, processes=procs,
                     progress=progress_bar if show else None)
    except WhatIfError as e:
        return _fail(error_text(e, scenario, lang))
    if args.json:
        result = dict(result, save=str(args.save))
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        print(text(result, scenario, lang))
    return 0
