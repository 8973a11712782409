"""``krachtenveld host``: the classroom server on the teacher's laptop.

Prints where it listens, every table's room code and join link, the public board's address
and the teacher's console link (with its secret key), then serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from game.lang import error_text
from game.lang import t as lang_t

MODELS = ["netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel"]


def t(key: str, lang: str, **kw: object) -> str:
    """What ``krachtenveld host`` prints: ``host.<key>`` in the catalogues (game/lang)."""
    return lang_t(f"host.{key}", lang, **kw)


def add_parser(sub: Any) -> None:
    from game.engine import DIFFICULTIES

    p = sub.add_parser("host", help="the classroom server: every team on its own phone or "
                                    "laptop, the public board in a browser")
    p.add_argument("--scenario", default="ron")
    p.add_argument("--model", default="netwerkmodel", choices=MODELS)
    p.add_argument("--difficulty", default="normaal", choices=list(DIFFICULTIES))
    p.add_argument("--seed", type=int, default=1, help="the first table's game number "
                   "(table n plays seed+n-1)")
    p.add_argument("--tables", type=int, default=5, help="how many tables (1-12)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--bind", metavar="ADDR", help="the address to listen on (default: this "
                   "laptop's address on the local network; 127.0.0.1 for this laptop only)")
    p.add_argument("--lang", default="nl", choices=["nl", "en"])
    p.add_argument("--bots", default="normaal", choices=["makkelijk", "normaal", "moeilijk"],
                   help="how strong a bot plays when the teacher lets one take a seat")
    p.add_argument("--resume", action="store_true", help="restart every table of the last "
                   "class from its autosave; devices rejoin by themselves")
    p.add_argument("--no-board", action="store_true", help="do not open the public board on "
                   "this laptop's screen (it is always the web page /board; a pygame window "
                   "for it is not built yet)")
    p.add_argument("--proposals", action="store_true", help="each team may first put a "
                   "private proposal on its device before the table decides")
    p.set_defaults(func=cmd_host)


def cmd_host(args: argparse.Namespace) -> int:
    from game.content import ContentErrors, load_scenario
    from game.engine import Game
    from game.net.host import Host, lan_address
    from game.table import default_save_path

    lang = args.lang
    # the class's manifest (tables and seat tokens) lives beside the saves it points at
    folder = default_save_path("host").parent / "classroom"
    if args.resume:
        try:
            host = Host.resume(folder, load_scenario)
        except (ValueError, ContentErrors) as e:
            print(t("error", lang, why=error_text(e, lang)), file=sys.stderr)
            return 1
        host.lang = lang
        print(t("resumed", lang, n=len(host.rooms)))
    else:
        if not 1 <= args.tables <= 12:
            print(t("tables_range", lang, most=12), file=sys.stderr)
            return 2
        try:
            scenario = load_scenario(args.scenario)
        except ContentErrors as e:
            print(str(e), file=sys.stderr)
            return 1
        except FileNotFoundError:
            print(t("scenario_not_found", lang, scenario=args.scenario), file=sys.stderr)
            return 1
        host = Host(folder, lang=lang, bot_level=args.bots)
        for i in range(args.tables):
            room = host.add_table(Game(scenario, args.seed + i, args.model, args.difficulty))
            room.proposals_on = args.proposals
        host.write_manifest()
    bind = args.bind or lan_address()
    shown = bind if bind not in ("0.0.0.0", "::") else lan_address()
    base = f"http://{shown}:{args.port}"
    host.set_base_url(base)
    host.log = lambda line: print(line, file=sys.stderr)
    try:
        return asyncio.run(_run(host, bind, args.port, base, lang, not args.no_board))
    except KeyboardInterrupt:
        print(t("stopped", lang))
        return 0


def _open_board(url: str) -> None:
    """Open the public board in this laptop's browser, when it has a screen (never on a
    headless machine or in CI)."""
    import contextlib
    import os
    import webbrowser

    if os.environ.get("CI") == "true":
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        return
    with contextlib.suppress(Exception):  # no browser: the teacher opens the address
        webbrowser.open(url)


async def _run(host: Any, bind: str, port: int, base: str, lang: str,
               open_board: bool = False) -> int:
    from game.net.host import serve

    try:
        runner = await serve(host, bind, port)
    except OSError as e:
        print(t("port", lang, port=port, bind=bind, e=e.strerror or e), file=sys.stderr)
        return 1
    print(t("listen", lang, url=base))
    for n, room in enumerate(host.rooms.values(), 1):
        print(t("table", lang, n=n, code=room.code, url=room.join_url()))
    print(t("board", lang, url=f"{base}/board"))
    print(t("console", lang, url=f"{base}/console#{host.console_key}"))
    print(t("stop", lang), flush=True)
    if open_board:
        _open_board(f"{base}/board")
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
    return 0
