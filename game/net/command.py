"""``krachtenveld host``: the classroom server on the teacher's laptop.

Prints where it listens, every table's room code and join link, the public board's address
and the teacher's console link (with its secret key), then serves until Ctrl-C. When this
laptop has a screen (and not in CI, nor with --no-board) the public board opens on it as a
pygame window, full screen (game/ui/projector.py, handed in by game/cli.py: the net layer
does not import the ui layer); it runs as a task in the server's own asyncio loop. Closing
that window (Esc) closes only the window: the server runs on until Ctrl-C. When no window
can be opened, the web page /board opens in the browser instead.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from game.lang import error_text
from game.lang import t as lang_t

MODELS = ["netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel"]


def t(key: str, lang: str, **kw: object) -> str:
    """What ``krachtenveld host`` prints: ``host.<key>`` in the catalogues (game/lang)."""
    return lang_t(f"host.{key}", lang, **kw)


def add_parser(sub: Any, lang: str = "nl") -> None:
    """The ``host`` command; its help in ``lang``."""
    from game.engine import DIFFICULTIES

    p = sub.add_parser("host", help=lang_t("help.host", lang))
    p.add_argument("--scenario", default="ron", help=lang_t("help.host.scenario", lang))
    p.add_argument("--model", default="netwerkmodel", choices=MODELS,
                   help=lang_t("help.host.model", lang))
    p.add_argument("--difficulty", default="normaal", choices=list(DIFFICULTIES),
                   help=lang_t("help.host.difficulty", lang))
    p.add_argument("--seed", type=int, default=1, help=lang_t("help.host.seed", lang))
    p.add_argument("--tables", type=int, default=5, help=lang_t("help.host.tables", lang))
    p.add_argument("--port", type=int, default=8765, help=lang_t("help.host.port", lang))
    p.add_argument("--bind", metavar="ADDR", help=lang_t("help.host.bind", lang))
    p.add_argument("--lang", default="nl", choices=["nl", "en"], help=lang_t("help.lang", lang))
    p.add_argument("--bots", default="normaal", choices=["makkelijk", "normaal", "moeilijk"],
                   help=lang_t("help.host.bots", lang))
    p.add_argument("--resume", action="store_true", help=lang_t("help.host.resume", lang))
    p.add_argument("--no-board", action="store_true", help=lang_t("help.host.no_board", lang))
    p.add_argument("--proposals", action="store_true", help=lang_t("help.host.proposals", lang))
    p.set_defaults(func=cmd_host)


SWITCH_INTERVAL = 0.0005  # seconds the loop holds the interpreter before a thread may run


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
            print(error_text(e, lang), file=sys.stderr)
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
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # started from a background job (a shell without job control ignores SIGINT for
        # it): Ctrl-C must still stop the host, as the teacher is told
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # Each update waits for its table's save, written in a thread (Host.flush). Between its
    # few system calls that thread waits for the interpreter, which the loop, making other
    # tables' frames, gives up only every switch interval (5 ms by default): a shorter one
    # lets the write through sooner (issue 11; net_load.py, four runs each in turn, load
    # average 4-7: p99 121-303 ms instead of 414-588, p50 26-42 instead of 54-129).
    interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        return asyncio.run(_run(host, bind, args.port, base, lang, not args.no_board,
                                getattr(args, "projector", None)))
    except KeyboardInterrupt:
        print(t("stopped", lang))
        return 0
    finally:
        sys.setswitchinterval(interval)


# opens the board window for a feed in a language and gives the coroutine that runs it;
# raises (with the reason) when no window can be opened
Projector = Callable[["BoardFeed", str], Awaitable[None]]


class BoardFeed:
    """What the board window reads from the host: a version that grows at every broadcast
    (so it only asks for frames when something changed) and every table's public frame,
    built by the outbound filter (present.projector_tables): never the games themselves."""

    def __init__(self, host: Any) -> None:
        self._host = host
        self._tasks: set[asyncio.Task[str | None]] = set()

    def version(self) -> int:
        return int(self._host.version)

    def tables(self, lang: str) -> list[dict[str, Any]]:
        from game.net.present import projector_tables

        return projector_tables(list(self._host.rooms.values()), lang)

    def forces(self, code: str, lang: str) -> list[dict[str, str]]:
        from game.net.present import force_choices

        room = self._host.rooms.get(code)
        return force_choices(room, lang) if room is not None else []

    def control(self, code: str, do: str, force: str | None = None, role: str | None = None,
                done: Callable[[str | None], None] | None = None) -> None:
        """The teacher's key in the board window: the web console's own Host.control, run
        as a task of the host's loop (the window runs in that loop). ``done`` hears how it
        went: None when done, else why not."""
        task = asyncio.ensure_future(self._host.control(code, do, role=role, force=force))
        self._tasks.add(task)

        def finished(job: asyncio.Task[str | None]) -> None:
            self._tasks.discard(job)
            if job.cancelled():
                return
            why = job.exception() or job.result()
            if why is not None:
                self._host.log(t("control_failed", self._host.lang, do=do, code=code, why=why))
            if done is not None:
                done(None if why is None else str(why))

        task.add_done_callback(finished)


def has_screen() -> bool:
    """Whether this laptop has a screen to show the board on (never in CI)."""
    if os.environ.get("CI") == "true":
        return False
    return not (sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                          or os.environ.get("WAYLAND_DISPLAY")))


def _open_browser(url: str) -> None:
    """The web page of the public board in this laptop's browser."""
    import contextlib
    import webbrowser

    with contextlib.suppress(Exception):  # no browser: the teacher opens the address
        webbrowser.open(url)


def start_window(projector: Projector | None, host: Any, lang: str,
                 url: str) -> asyncio.Task[None] | None:
    """Open the board window and run it as a task of this loop; None when there is no
    window (the caller opens the web page then)."""
    if projector is None:
        return None
    try:
        run = projector(BoardFeed(host), lang)
    except Exception as e:  # noqa: BLE001  (no display, no pygame, a driver that refuses)
        print(t("window_failed", lang, why=e), file=sys.stderr)
        return None
    task: asyncio.Task[None] = asyncio.ensure_future(run)
    print(t("window", lang), flush=True)

    def closed(task: asyncio.Task[None]) -> None:
        if task.cancelled():
            return  # the host stops
        if task.exception() is not None:
            host.log(t("window_error", lang, why=task.exception()))
        print(t("window_closed", lang, url=url), flush=True)

    task.add_done_callback(closed)
    return task


async def _run(host: Any, bind: str, port: int, base: str, lang: str,
               open_board: bool = False, projector: Projector | None = None) -> int:
    from game.net.host import serve

    try:
        runner = await serve(host, bind, port)
    except OSError as e:
        print(t("port", lang, port=port, bind=bind, e=e.strerror or e), file=sys.stderr)
        return 1
    # Every table is loaded: what lives now (the content, the modules) lives as long as the
    # host. Frozen, the collector no longer walks it in each full collection: those took
    # ~100 ms every few seconds of a 10-table class, and the whole loop waits (issue 11).
    gc.collect()
    gc.freeze()
    print(t("listen", lang, url=base))
    for n, room in enumerate(host.rooms.values(), 1):
        print(t("table", lang, n=n, code=room.code, url=room.join_url()))
    print(t("board", lang, url=f"{base}/board"))
    print(t("console", lang, url=f"{base}/console#{host.console_key}"))
    print(t("stop", lang), flush=True)
    window = None
    if open_board and has_screen():
        window = start_window(projector, host, lang, f"{base}/board")
        if window is None:
            _open_browser(f"{base}/board")
    try:
        await asyncio.Event().wait()
    finally:
        if window is not None and not window.done():
            window.cancel()  # the window closes with the host
            try:
                await window
            except asyncio.CancelledError:
                pass
        await runner.cleanup()
    return 0
