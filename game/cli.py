"""The one entry point: ``krachtenveld play | screenshot | simulate | replay | validate |
scenarios | report | history | export | host``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from game import __version__
from game.lang import error_text, say, t

DEFAULT_LANG = "nl"  # the language of a command without --lang


def argv_lang(argv: list[str]) -> str:
    """The language a command line asks for (``--lang en`` or ``--lang=en``, before or after
    the command; the last one counts), else DEFAULT_LANG: known before parsing, so the
    parser's own errors use it too."""
    found = DEFAULT_LANG
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in ("nl", "en"):
            found = value
    return found


# argparse's own messages (Python 3.11's English, which it has no Dutch for) -> cli.arg_*
_ARG_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.*)\)", "arg_invalid_choice"),
    (r"invalid (?P<type>int|float) value: (?P<value>.+)", "arg_invalid_number"),
    (r"invalid (?P<type>\S+) value: (?P<value>.+)", "arg_invalid_value"),
    (r"expected one argument", "arg_expected_one"),
    (r"expected at most one argument", "arg_expected_at_most_one"),
    (r"expected at least one argument", "arg_expected_at_least_one"),
    (r"expected (?P<n>\d+) arguments?", "arg_expected_n"),
    (r"not allowed with argument (?P<other>.+)", "arg_not_allowed_with"),
    (r"ignored explicit argument (?P<value>.+)", "arg_ignored_value"),
    (r"the following arguments are required: (?P<args>.+)", "arg_required"),
    (r"unrecognized arguments: (?P<args>.+)", "arg_unrecognized"),
    (r"one of the arguments (?P<args>.+) is required", "arg_one_of_required"),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", "arg_ambiguous"),
    (r"unexpected option string: (?P<option>.+)", "arg_unexpected_option"),
)


def argparse_text(message: str, lang: str) -> str:
    """One of argparse's error messages in the user's language (a message it does not know
    is shown as it is: our own ``type=`` functions already word theirs)."""
    import re

    m = re.fullmatch(r"argument (?P<arg>[^:]+): (?P<rest>.*)", message, re.DOTALL)
    arg, rest = (m["arg"], m["rest"]) if m else (None, message)
    if arg == "command":  # the sub-command: "krachtenveld speel"
        found = re.fullmatch(_ARG_MESSAGES[0][0], rest, re.DOTALL)
        if found:
            return t("cli.arg_unknown_command", lang, **found.groupdict())
    for pattern, key in _ARG_MESSAGES:
        found = re.fullmatch(pattern, rest, re.DOTALL)
        if found:
            rest = t(f"cli.{key}", lang, **found.groupdict())
            break
    return t("cli.arg_of", lang, arg=arg, problem=rest) if arg else rest


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its "usage:" in the user's language."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          t("cli.usage", Parser.lang) if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse with its usage line, help and errors in the user's language (``lang``, from
    the command line before it is parsed); sub-commands get the same class. The help texts
    themselves are the catalogue's ``help.*`` (a teacher reads ``krachtenveld host --help``
    in Dutch; ``--lang en`` for English)."""

    lang = DEFAULT_LANG

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.get("add_help", True)
        kwargs.update(add_help=False)  # (its own -h, with the help in the language)
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.help_positionals", self.lang)
        self._optionals.title = t("cli.help_options", self.lang)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=t("cli.help_help", self.lang))

    def format_usage(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            prefix=t("cli.usage", self.lang))
        return formatter.format_help()

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.arg_error", self.lang, prog=self.prog,
                       message=argparse_text(message, self.lang)) + "\n")


def _say(lang: str, key: str, **kw: object) -> None:
    """An error or warning for the user, on stderr, in the user's language (``cli.<key>``)."""
    print(t(f"cli.{key}", lang, **kw), file=sys.stderr)


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or DEFAULT_LANG)


def _load(scenario: str, lang: str = DEFAULT_LANG) -> Any:
    from game.content import ContentErrors, load_scenario

    try:
        return load_scenario(scenario)
    except ContentErrors as e:
        print(error_text(e, lang), file=sys.stderr)
        raise SystemExit(1) from None
    except FileNotFoundError as e:
        _say(lang, "scenario_not_found", scenario=scenario, why=error_text(e, lang))
        raise SystemExit(1) from None


def _load_save(path: str, strict: bool = True, lang: str = DEFAULT_LANG) -> Any:
    """Read a save and replay it with the content it recorded (a LoadedSave); a broken save,
    or one that does not replay the game it recorded, is reported, never half-loaded."""
    from game.store.saves import SaveFileError, load_game
    from game.ui.session import load_any_scenario

    try:
        loaded = load_game(Path(path), loader=load_any_scenario, strict=strict)
    except SaveFileError as e:
        _say(lang, "error", why=error_text(e, lang))
        raise SystemExit(1) from None
    for notice in loaded.notices:
        _say(lang, "error", why=say(notice, lang))
    return loaded


# play's defaults; the board's set-up starts from the ones given on the command line only
PLAY_DEFAULTS = {"scenario": "ron", "seed": 1, "model": "netwerkmodel", "difficulty": "normaal"}


def cmd_play(args: argparse.Namespace) -> int:
    given = {k: getattr(args, k) for k in PLAY_DEFAULTS if getattr(args, k) is not None}
    for k, default in PLAY_DEFAULTS.items():
        if getattr(args, k) is None:
            setattr(args, k, default)
    if not args.text:
        return _play_board(args, given)
    from game.ui.text import TextGame

    table = _text_table(args, "", {})
    return TextGame(table, lang=args.lang, handover=not args.no_handover).run()


def _text_table(args: argparse.Namespace, save_suffix: str, bots: dict[str, Any],
                coach: Any = None) -> Any:
    """The table to play at in the text mode: a save to continue (its team names and
    answers kept), or a new game (exit 2 when the model or difficulty does not exist).
    These bots play, whatever the save says; without any (``play --text``), a save's bots
    and their level come back as the board's load keeps them (a solo game stays solo)."""
    from game.engine import Game
    from game.table import Table, default_save_path

    if args.load:
        loaded = _load_save(args.load, lang=_lang(args))
        table = Table.from_loaded(loaded, coach=coach, **({"bots": bots} if bots else {}))
        table.save_path = Path(args.save or args.load)
        return table
    scenario = _load(args.scenario, _lang(args))
    if args.model not in scenario.models:
        _say(_lang(args), "unknown_model", model=args.model,
             choices=", ".join(sorted(scenario.models)))
        raise SystemExit(2)
    try:
        game = Game(scenario, args.seed, args.model, args.difficulty)
    except ValueError as e:
        _say(_lang(args), "error", why=e)
        raise SystemExit(2) from None
    path = Path(args.save) if args.save else default_save_path(scenario.id + save_suffix)
    return Table(game, bots=bots, save_path=path, coach=coach)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.size_form", Parser.lang, text=text)) from None
    if w < 320 or h < 240 or w > 7680 or h > 4320:
        raise argparse.ArgumentTypeError(t("cli.size_range", Parser.lang, text=text))
    return w, h


def _play_board(args: argparse.Namespace, given: dict[str, Any]) -> int:
    """The pygame board; without a display it says so and points to --text."""
    import os

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.ui.app import NoDisplay, run_board
    try:
        return run_board(lang=args.lang, size=args.size, fullscreen=args.fullscreen,
                         load=Path(args.load) if args.load else None, setup=given,
                         classroom=args.classroom)
    except NoDisplay as e:
        print(t("ui.no_display", args.lang, why=e), file=sys.stderr)
        return 3


def cmd_screenshot(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.content import ContentErrors
    from game.table import load_any_scenario
    from game.ui.screenshot import render_to_png

    try:
        load_any_scenario(args.scenario)
    except FileNotFoundError as e:
        _say(args.lang, "scenario_not_found", scenario=args.scenario,
             why=error_text(e, args.lang))
        return 1
    except ContentErrors as e:
        print(error_text(e, args.lang), file=sys.stderr)
        return 1
    try:
        out = render_to_png(args.scene, args.scenario, args.seed, args.size, Path(args.out),
                            lang=args.lang, model=args.model, difficulty=args.difficulty)
    except FileNotFoundError as e:
        _say(args.lang, "file_missing", why=error_text(e, args.lang))
        return 1
    except ContentErrors as e:
        print(error_text(e, args.lang), file=sys.stderr)
        return 1
    except OSError as e:
        _say(args.lang, "cannot_write", path=args.out, why=e)
        return 1
    print(out)
    return 0


def cmd_solo(args: argparse.Namespace) -> int:
    """One student plays one role in the text mode; bots play the others; a coach helps."""
    from game.bots.coach import Coach
    from game.bots.simulate import make_bot
    from game.engine.roles import ROLES
    from game.ui.text import TextGame

    bots = {r: _level_bot(args.level, args.seed + i)
            for i, r in enumerate(ROLES) if r != args.role}
    coach = None if args.no_coach else Coach(make_bot("heuristic", args.seed)
                                            if args.coach_bot == "heuristic" else None)
    table = _text_table(args, "-solo", bots, coach)
    table.bot_level = args.level
    return TextGame(table, lang=args.lang).run()


def _level_bot(level: str, seed: int) -> Any:
    """A bot for the other teams at a practice level (easy, normal, hard)."""
    try:
        from game.bots.levels import make_bot as make_level_bot
    except ImportError:
        from game.bots.simulate import make_bot

        return make_bot("random" if level == "makkelijk" else "heuristic", seed)
    return make_level_bot(level, seed)


def cmd_simulate(args: argparse.Namespace) -> int:
    from game.bots.simulate import progress_bar, simulate

    scenario = _load(args.scenario, args.lang)
    if args.model and args.model not in scenario.models:
        _say(args.lang, "unknown_model", model=args.model,
             choices=", ".join(sorted(scenario.models)))
        return 2
    if args.games < 1:
        _say(args.lang, "games_min")
        return 2
    show = args.progress or (args.progress is None and sys.stderr.isatty())
    if args.vary or args.html:
        return _simulate_author(args, scenario, show)
    out = simulate(scenario, args.games, args.seed, args.model, args.difficulty,
                   Path(args.save_dir) if args.save_dir else None, bots=args.bots,
                   processes=args.processes, scenario_ref=args.scenario,
                   progress=progress_bar if show else None)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    n, lang = out["games"], args.lang
    print(t("cli.sim_head", lang, scenario=scenario.id, n=n, bots=out["bots"],
            seconds=out["seconds"]))
    for ending, count in out["endings"].items():
        print(f"  {ending}: {count} ({count / n:.1%})")
    print(t("cli.sim_rates", lang, best=f"{out['best_ending_rate']:.1%}",
            crisis=f"{out['crisis_rate']:.1%}", gain=out["mean_health_gain"]))
    for m, fig in out["per_model"].items():
        print(t("cli.sim_model", lang, model=m,
                best=f"{fig['best_ending_rate']:.1%}", crisis=f"{fig['crisis_rate']:.1%}",
                gain=fig["mean_health_gain"]))
    _print_rounds(out, lang)
    return 0


def _print_rounds(out: dict[str, Any], lang: str = DEFAULT_LANG) -> None:
    """In which round the endings and the crises happen (an author checks "no crisis in
    rounds 1-2" with it)."""
    def row(counts: dict[str, int]) -> str:
        return ", ".join(t("cli.sim_round", lang, r=r, n=c) for r, c in counts.items()) or "-"

    print(t("cli.sim_ending_rounds", lang))
    for ending, counts in out.get("ending_rounds", {}).items():
        print(f"    {ending}: {row(counts)}")
    print(t("cli.sim_crisis_rounds", lang, rows=row(out.get("crisis_rounds", {}))))
    print(t("cli.sim_first_crisis", lang, rows=row(out.get("first_crisis_rounds", {}))))


def _simulate_author(args: argparse.Namespace, scenario: Any, show: bool) -> int:
    """simulate --vary KEY=FROM..TO (a sensitivity sweep) and/or --html FILE (a balance
    page with charts per model, difficulty, round and force card)."""
    from game.bots.simulate import VaryError, parse_vary, progress_bar, sweep

    result = None
    if args.vary:
        try:
            key, values = parse_vary(args.vary)
            result = sweep(scenario, key, values, args.games, args.seed, model=args.model,
                           difficulty=args.difficulty, bots=args.bots,
                           processes=args.processes)
        except VaryError as e:
            _say(args.lang, "error", why=e)
            return 2
        if args.json and not args.html:
            print(json.dumps(result, indent=1))
        else:
            print(t("cli.vary_head", args.lang, scenario=scenario.id, vary=result["vary"],
                    games=args.games))
            for r in result["rows"]:
                print(t("cli.vary_row", args.lang, vary=result["vary"], value=r["value"],
                        best=f"{r['best_ending_rate']:.1%}", crisis=f"{r['crisis_rate']:.1%}",
                        gain=r["mean_health_gain"]))
    if args.html:
        from game.report.balance import balance_data, render_balance
        from game.store.saves import write_shared_text

        data = balance_data(scenario, args.games, args.seed, args.bots, args.processes,
                            scenario_ref=args.scenario, sweep=result,
                            progress=progress_bar if show else None)
        try:
            write_shared_text(Path(args.html), render_balance(data, lang=args.lang),
                              prefix=".balance-")
        except OSError as e:
            _say(args.lang, "cannot_write", path=args.html, why=e)
            return 1
        print(args.html)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """Replay a save; exit 1 when it does not replay the game it recorded (every difference
    is named), 0 when it does (or when an older save has nothing to check against)."""
    from game.store.saves import differences_message

    loaded = _load_save(args.save, strict=False, lang=args.lang)
    scenario, game = loaded.scenario, loaded.game
    r = game.result()
    check = loaded.data.get("check")
    verdict = "differs" if loaded.differences else ("same" if isinstance(check, dict)
                                                     else "unchecked")
    out = {"scenario": scenario.id, "over": game.is_over(), "round": game.round,
           "phase": game.phase, "actions": len(game.history), "ending": r.ending,
           "rank": r.rank, "state_hash": game.state_hash(), "check": verdict,
           "differences": loaded.differences, "notices": loaded.notices,
           "result": r.to_dict()}
    if args.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        print(t("cli.replay_line", args.lang, scenario=scenario.id, n=len(game.history),
                ending=r.ending, hash=out["state_hash"],
                verdict=t(f"cli.replay_{verdict}", args.lang)))
    if loaded.differences:
        _say(args.lang, "error", why=differences_message(Path(args.save), loaded.differences))
        return 1
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """One line per problem (FILE:LINE:COLUMN: message), then a count in the user's language;
    0 when all is well, else 1."""
    from game import paths
    from game.content.loader import validate_count
    from game.lang import content_error_text

    count, errors = validate_count([Path(a) for a in args.paths] or [paths.scenarios_dir()])
    for e in errors:
        print(content_error_text(e, args.lang))
    if errors:
        n, files = len(errors), len({e.file for e in errors})
        problems = t(f"cli.problems_{'one' if n == 1 else 'many'}", args.lang, n=n)
        where = t(f"cli.files_{'one' if files == 1 else 'many'}", args.lang, n=files)
        _say(args.lang, "validate_problems", problems=problems, files=where)
        return 1
    print(t(f"cli.validate_ok_{'one' if count == 1 else 'many'}", args.lang, n=count))
    return 0


def cmd_scenarios(args: argparse.Namespace) -> int:
    from game import paths
    from game.content import ContentErrors
    from game.content.loader import list_scenario_files

    own_dir = paths.user_scenarios_dir()
    if args.folder:
        print(own_dir)
        return 0
    try:
        casussen = list_scenario_files()
    except ContentErrors as e:
        print(error_text(e, args.lang), file=sys.stderr)
        _say(args.lang, "fix_files")
        return 1
    items: list[dict[str, Any]] = [
        {"id": c.id, "title": c.title.get(args.lang), "inwoner": c.name_in(args.lang), "age": c.age,
         "playing_time": c.playing_time, "learning_goals": list(c.learning_goals),
         "content_warning": c.content_warning.get(args.lang) if c.content_warning else None,
         "file": str(path), "own": _inside(path, own_dir)}
        for c, path in casussen]
    if args.json:
        print(json.dumps(items, indent=1, ensure_ascii=False))
        return 0
    lang = args.lang
    for it in items:
        own = t("cli.scenarios_own_mark", lang) if it["own"] else ""
        print(f"{it['id']}: {it['title']} ({it['age']}), {it['playing_time']} min, "
              f"{' '.join(it['learning_goals'])}{own}")
        if it["content_warning"]:
            print("    " + t("ui.content_warning", lang, x=it["content_warning"]))
    exists = "" if own_dir.is_dir() else t("cli.scenarios_not_yet", lang)
    print(t("cli.scenarios_own", lang, folder=own_dir, exists=exists))
    print(t("cli.scenarios_new", lang))
    return 0


GUIDES = {  # topic -> file in the docs folder (installed with the game)
    "handleiding": "docent-handleiding.md",
    "format": "scenario-format.md",
    "schema": "schema",
    "regels": "rules.md",
    "balans": "balance.md",
    "saves": "save-format.md",
    "privacy": "privacy.md",
}


def cmd_guide(args: argparse.Namespace) -> int:
    """``krachtenveld guide [TOPIC] [--open]``: where the installed guides are; --open shows
    one in the browser (or the file manager, for the schema folder)."""
    from game import paths

    docs, lang = paths.docs_dir(), _lang(args)
    if args.topic is None:
        print(t("cli.guides", lang, folder=docs))
        for topic, name in GUIDES.items():
            path = docs / name
            if path.exists():
                print(f"  {topic:<12} {path}")
        print(t("cli.guide_open", lang))
        return 0
    path = docs / GUIDES[args.topic]
    if not path.exists():
        _say(lang, "guide_missing", path=path)
        return 1
    if args.topic == "schema":
        for f in sorted(path.glob("*.schema.json")):
            print(f)
    else:
        print(path)
    if args.open:
        import webbrowser

        if not webbrowser.open(path.resolve().as_uri()):
            _say(lang, "no_browser")
            return 1
    return 0


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def cmd_new_scenario(args: argparse.Namespace) -> int:
    """``krachtenveld new-scenario NAME [--out PATH]``: a commented starting file for a new
    casus (game/content/newscenario.py), never over an existing file."""
    import shlex

    from game.content.newscenario import ID_PATTERN, slug, target_path, write_new_scenario

    name, lang = args.name, _lang(args)
    if not ID_PATTERN.match(name):
        _say(lang, "new_not_an_id", name=name, slug=slug(name))
        return 2
    try:
        path = write_new_scenario(name, args.out)
    except FileExistsError:
        _say(lang, "new_exists", path=_shown(target_path(name, args.out)))
        return 1
    except OSError as e:
        _say(lang, "new_cannot_write", why=e)
        return 1
    shown = _shown(path)
    print(t("cli.new_written", lang, path=shown))
    if args.out is None:
        print(t("cli.new_listed", lang, name=name))
    print(t("cli.new_next", lang))
    ref = name if args.out is None else shlex.quote(shown)  # the own folder: by id
    print(f"  krachtenveld validate {shlex.quote(shown)}")
    print(f"  krachtenveld play --text --scenario {ref} --no-handover")
    print(f"  krachtenveld simulate --scenario {ref} --games 500 --seed 1")
    return 0


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def build_parser() -> argparse.ArgumentParser:
    from game.engine.game import DIFFICULTIES

    models = ["netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel"]
    lang = Parser.lang  # the help is in the language the command line asks for
    p = Parser(prog="krachtenveld", description=t("help.about", lang))
    p.add_argument("--version", action="version", version=f"krachtenveld {__version__}",
                   help=t("cli.help_version", lang))
    p.add_argument("--lang", dest="top_lang", choices=["nl", "en"],
                   help=t("help.top.lang", lang))
    sub = p.add_subparsers(dest="command", required=True)

    play = sub.add_parser("play", help=t("help.play", lang))
    play.add_argument("--text", action="store_true", help=t("help.play.text", lang))
    play.add_argument("--scenario", help=t("help.play.scenario", lang))
    play.add_argument("--seed", type=int, help=(
        t("help.play.seed", lang)))
    play.add_argument("--model", choices=models, help=t("help.play.model", lang))
    play.add_argument("--difficulty", choices=list(DIFFICULTIES), help=t("help.play.difficulty", lang))
    play.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    play.add_argument("--load", metavar="SAVE", help=t("help.play.load", lang))
    play.add_argument("--save", metavar="FILE", help=t("help.play.save", lang))
    play.add_argument("--no-handover", action="store_true",
                      help=t("help.play.no_handover", lang))
    play.add_argument("--size", type=_size, default=None, metavar="WxH",
                      help=t("help.play.size", lang))
    play.add_argument("--fullscreen", action="store_true",
                      help=t("help.play.fullscreen", lang))
    play.add_argument("--classroom", "--klas", action=argparse.BooleanOptionalAction,
                      default=None, help=t("help.play.classroom", lang))
    play.set_defaults(func=cmd_play)

    from game.ui.screenshot import SCENES

    shot = sub.add_parser("screenshot", help=t("help.screenshot", lang))
    shot.add_argument("--scene", required=True, choices=SCENES)
    shot.add_argument("--scenario", default="ron")
    shot.add_argument("--seed", type=int, default=1)
    shot.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    shot.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    shot.add_argument("--model", default="netwerkmodel", choices=models)
    shot.add_argument("--difficulty", default="normaal", choices=list(DIFFICULTIES))
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.set_defaults(func=cmd_screenshot)

    solo = sub.add_parser("solo", help=t("help.solo", lang))
    solo.add_argument("--role", required=True,
                      choices=["huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"])
    solo.add_argument("--scenario", default="ron")
    solo.add_argument("--seed", type=int, default=1)
    solo.add_argument("--model", default="netwerkmodel", choices=models)
    solo.add_argument("--difficulty", default="normaal", choices=list(DIFFICULTIES))
    solo.add_argument("--level", default="normaal", choices=["makkelijk", "normaal", "moeilijk"],
                      help=t("help.solo.level", lang))
    solo.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    solo.add_argument("--load", metavar="SAVE", help=t("help.solo.load", lang))
    solo.add_argument("--save", metavar="FILE")
    solo.add_argument("--no-coach", action="store_true", help=t("help.solo.no_coach", lang))
    solo.add_argument("--coach-bot", default="search", choices=["search", "heuristic"],
                      help=argparse.SUPPRESS)
    solo.set_defaults(func=cmd_solo)

    sim = sub.add_parser("simulate", help=t("help.simulate", lang))
    sim.add_argument("--scenario", default="ron")
    sim.add_argument("--games", type=int, default=100)
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--model", choices=models, help=t("help.simulate.model", lang))
    sim.add_argument("--difficulty", default="normaal", choices=list(DIFFICULTIES))
    sim.add_argument("--bots", default="random",
                     choices=["random", "heuristic", "search", "makkelijk"])
    sim.add_argument("--processes", type=int, default=None,
                     help=t("help.simulate.processes", lang))
    sim.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help=t("help.simulate.progress", lang))
    sim.add_argument("--json", action="store_true")
    sim.add_argument("--save-dir", metavar="DIR", help=t("help.simulate.save_dir", lang))
    sim.add_argument("--lang", default=DEFAULT_LANG, choices=["nl", "en"],
                     help=t("help.simulate.lang", lang))
    sim.add_argument("--vary", metavar="KEY=FROM..TO",
                     help=t("help.simulate.vary", lang))
    sim.add_argument("--html", metavar="FILE.html",
                     help=t("help.simulate.html", lang))
    sim.set_defaults(func=cmd_simulate)

    rep = sub.add_parser("replay", help=t("help.replay", lang))
    rep.add_argument("save")
    rep.add_argument("--json", action="store_true")
    rep.add_argument("--lang", default=DEFAULT_LANG, choices=["nl", "en"],
                     help=t("help.replay.lang", lang))
    rep.set_defaults(func=cmd_replay)

    val = sub.add_parser("validate", help=t("help.validate", lang))
    val.add_argument("paths", nargs="*")
    val.add_argument("--lang", default=DEFAULT_LANG, choices=["nl", "en"],
                     help=t("help.validate.lang", lang))
    val.set_defaults(func=cmd_validate)

    sc = sub.add_parser("scenarios", help=t("help.scenarios", lang))
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--folder", action="store_true",
                    help=t("help.scenarios.folder", lang))
    sc.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    sc.set_defaults(func=cmd_scenarios)

    guide = sub.add_parser("guide", help=t("help.guide", lang))
    guide.add_argument("topic", nargs="?", choices=list(GUIDES))
    guide.add_argument("--open", action="store_true", help=t("help.guide.open", lang))
    guide.add_argument("--lang", default=DEFAULT_LANG, choices=["nl", "en"], help=t("help.lang", lang))
    guide.set_defaults(func=cmd_guide)

    new = sub.add_parser("new-scenario", help=t("help.new_scenario", lang),
                         description=t("help.new_scenario_about", lang))
    new.add_argument("name", metavar="NAME",
                     help=t("help.new_scenario.name", lang))
    new.add_argument("--out", metavar="PATH",
                     help=t("help.new_scenario.out", lang))
    new.add_argument("--lang", default=DEFAULT_LANG, choices=["nl", "en"], help=t("help.lang", lang))
    new.set_defaults(func=cmd_new_scenario)

    # the debrief report and the record of finished games (game/report, game/store)
    from game.report.casuscard import add_parser as add_card_parser
    from game.report.command import add_parser as add_report_parser
    from game.store.commands import add_parsers as add_store_parsers

    add_report_parser(sub, lang)
    add_card_parser(sub, lang)
    add_store_parsers(sub, lang)

    # wat als? one game replayed with one change (game/whatif)
    from game.whatif.command import add_parser as add_wat_als_parser

    add_wat_als_parser(sub, lang)

    # the classroom server (game/net)
    from game.net.command import add_parser as add_host_parser

    add_host_parser(sub, lang)
    # the host's board window is the ui layer's: handed in here, where both layers meet
    sub.choices["host"].set_defaults(projector=_board_window)
    return p


def _board_window(feed: Any, lang: str) -> Any:
    """Open the public board of ``krachtenveld host`` as a full-screen pygame window
    (game/ui/projector.py) and return the coroutine that runs it in the host's loop; raises
    when no window can be opened."""
    import os

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.ui.projector import ProjectorWindow

    window = ProjectorWindow(feed, lang)
    window.open()
    return window.run()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    Parser.lang = argv_lang(argv)
    # `krachtenveld` alone (or with only options) starts the game, as a player expects;
    # a leading --lang belongs to krachtenveld itself (`krachtenveld --lang en replay X`)
    head = 2 if argv[:1] == ["--lang"] else 1 if argv[:1] and argv[0].startswith("--lang=") \
        else 0
    rest = argv[head:]
    if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help", "--version")):
        argv.insert(head, "play")
    try:
        args = build_parser().parse_args(argv)
        args.lang = Parser.lang  # (--lang before the command counts as much as after it)
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    finally:  # the next command line (a test's, a second main()) starts from the default
        Parser.lang = DEFAULT_LANG


if __name__ == "__main__":
    raise SystemExit(main())
