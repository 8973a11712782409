"""The public board as a pygame window on the teacher's screen (game/ui/projector.py), fed
by the host's public frames: readable from the back of the room at 1920x1080 (body text 32
px, titles 36 px or more), everything inside the window and nothing on top of anything at
1920x1080 and 1280x720, never a secret; and the window runs as a task of the host's loop,
starts and stops cleanly, and Esc closes only the window."""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import aiohttp
import pygame
import pytest

from game.engine.view import public_view
from game.lang import render as render_msg
from game.net import command
from game.net.host import Host
from game.net.present import board_state
from game.ui.projector import Drawn, ProjectorWindow, render
from tests.net.helpers import STEP, Client, new_host, running
from tests.net.projector_scene import SIZES, TEAMS, frames, mid_game_host

os.environ["SDL_VIDEODRIVER"] = "dummy"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Host:
    return mid_game_host(tmp_path_factory.mktemp("host"))


def overlaps(drawn: list[Drawn]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(drawn):
        for b in drawn[i + 1:]:
            if a.rect.colliderect(b.rect):
                found.append((a.text, b.text))
    return found


def test_the_overlap_check_sees_an_overlap() -> None:
    a = Drawn("a", pygame.Rect(0, 0, 50, 20), 32, "body")
    b = Drawn("b", pygame.Rect(40, 10, 50, 20), 32, "body")
    c = Drawn("c", pygame.Rect(0, 20, 50, 20), 32, "body")  # just below a: no overlap
    assert overlaps([a, b, c]) == [("a", "b"), ("b", "c")]


def secrets_of(host: Host) -> list[str]:
    """What no one may read on the projector: every dossier (problem names, signals, the
    wish) and every card's text of every hand, unless the public log says it anyway."""
    room = next(iter(host.rooms.values()))
    game = room.game
    sc = game.scenario
    public = " ".join(render_msg(m, sc, lang) for _r, _p, m in public_view(game).log
                      for lang in ("nl", "en")).lower()
    out = []
    for p in sc.casus.problems:
        out += [p.name.nl, p.name.en]
    for s in sc.casus.signals:
        out += [s.text.nl, s.text.en]
    out += [sc.casus.wish.text.nl, sc.casus.wish.text.en]
    for a in sc.actions.values():
        out += [a.text.nl, a.text.en]
    return [s.lower() for s in out if s.strip() and s.lower() not in public]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("view", [1, 2, 0])
def test_the_board_fits_and_is_readable_from_the_back(host: Host, size: tuple[int, int],
                                                     lang: str, view: int) -> None:
    tables = frames(host, lang)
    # plain data only: the frame as the web board gets it over the wire draws the same
    tables = json.loads(json.dumps(tables, ensure_ascii=False))
    _surface, board = render(tables, size, view, lang)
    drawn = board.drawn
    assert len(drawn) > (25 if view else 12)
    window = pygame.Rect((0, 0), size)
    outside = [d.text for d in drawn if not window.contains(d.rect)]
    assert not outside, outside
    assert not overlaps(drawn), overlaps(drawn)[:5]
    if size == (1920, 1080):
        body = [d.px for d in drawn if d.kind == "body"]
        titles = [d.px for d in drawn if d.kind == "title"]
        assert body and titles
        assert min(body) >= 32 and min(titles) >= 36, (min(body), min(titles))
    texts = [d.text for d in drawn]
    s = tables[max(0, view - 1)]
    assert any(s["room"] in x for x in texts)  # the room code, to join
    if view == 1:
        # what the class reads: the teams, the pots, whose turn, the latest log entry
        assert TEAMS["huisarts"] in texts
        assert any(x.startswith(s["pots"][0]["label"][:10]) for x in texts)
        assert str(s["pots"][0]["value"]) in texts
        last = s["log"][-1]["text"]
        assert any(last.startswith(x.rstrip("…").rstrip()) for x in texts if len(x) > 8)
        turn = s["to_move"][0]["label"]
        assert any(turn in x for x in texts)


@pytest.mark.parametrize("size", SIZES)
def test_the_overview_of_twelve_tables_shows_every_code_whole(tmp_path: Path,
                                                             size: tuple[int, int]) -> None:
    host = mid_game_host(tmp_path, tables=12)
    tables = frames(host, "nl")
    _s, board = render(tables, size, 0, "nl")
    texts = [d.text for d in board.drawn]
    assert all(t["room"] in texts for t in tables)  # each code in full, never cut
    assert all(f"Tafel {n}" in texts for n in range(1, 13))
    assert not overlaps(board.drawn)
    assert all(pygame.Rect((0, 0), size).contains(d.rect) for d in board.drawn)
    # one size for every code, so no table looks more important
    assert len({d.px for d in board.drawn if d.text in {t["room"] for t in tables}}) == 1
    assert len(board.cards) == 12


def test_no_secret_reaches_the_board(host: Host) -> None:
    secrets = secrets_of(host)
    assert len(secrets) > 20
    for lang in ("nl", "en"):
        tables = frames(host, lang)
        for view in range(len(tables) + 1):
            _s, board = render(tables, (1920, 1080), view, lang)
            shown = "\n".join(d.text for d in board.drawn).lower()
            for s in secrets:
                assert s not in shown, s
                # nor its start, cut short with '…' at the end of a line
                assert not any(len(x) > 12 and x.endswith("…") and s.startswith(x[:-1].strip())
                               for x in shown.split("\n")), s


def test_the_board_would_show_a_secret_that_was_in_its_frame(host: Host) -> None:
    """The check above can fail: a dossier's problem put into the frame is drawn."""
    tables = frames(host, "nl")
    problem = next(iter(host.rooms.values())).game.scenario.casus.problems[0].name.nl
    tables[0]["revealed"] = [{"id": "x", "name": problem, "severity": 3}]
    _s, board = render(tables, (1920, 1080), 1, "nl")
    assert problem in [d.text for d in board.drawn]


def test_the_frames_are_the_web_boards(host: Host) -> None:
    room = next(iter(host.rooms.values()))
    f = frames(host, "nl")[0]
    assert {k: v for k, v in f.items() if k != "join"} == board_state(room, "nl")
    assert f["join"] == room.join_url()


def test_keys_switch_tables_and_the_overview(host: Host) -> None:
    class Feed:
        def version(self) -> int:
            return 1

        def tables(self, lang: str) -> list[dict[str, Any]]:
            return frames(host, lang)

    win = ProjectorWindow(Feed(), "nl", fullscreen=False)
    win.tables = frames(host, "nl")
    n = len(win.tables)

    def key(k: int, mod: int = 0) -> bool:
        return win.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod))

    assert win.board.view == 0
    assert key(pygame.K_TAB) and win.board.view == 1
    assert key(pygame.K_TAB, pygame.KMOD_SHIFT) and win.board.view == 0
    assert key(pygame.K_LEFT) and win.board.view == n
    assert key(pygame.K_2) and win.board.view == 2
    assert key(pygame.K_9) and win.board.view == 2  # no table 9
    assert key(pygame.K_0) and win.board.view == 0
    assert key(pygame.K_l) and win.board.lang == "en"
    assert not key(pygame.K_ESCAPE)
    assert not win.handle(pygame.event.Event(pygame.QUIT))


async def wait_for(cond: Any, what: str) -> None:
    for _ in range(int(STEP / 0.02)):
        if cond():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def window_opener(windows: list[ProjectorWindow]) -> Any:
    """The host's board opener, in a small window, keeping each window it opens."""
    def opener(feed: command.BoardFeed, lang: str) -> Any:
        win = ProjectorWindow(feed, lang, fullscreen=False, fps=50)
        win.open()
        windows.append(win)
        return win.run()

    return opener


def test_the_window_runs_in_the_hosts_loop_and_esc_closes_only_the_window(
        tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code = next(iter(host.rooms))
        windows: list[ProjectorWindow] = []
        opener = window_opener(windows)

        async with running(host) as base, aiohttp.ClientSession() as http:
            out = io.StringIO()
            with redirect_stdout(out):
                task = command.start_window(opener, host, "nl", f"{base}/board")
            assert task is not None and "Esc" in out.getvalue()
            win = windows[0]
            await wait_for(lambda: win.frames >= 1, "the first frame")
            assert pygame.display.get_init() and win.screen is not None
            # a team joins: the host's version grows and the window draws it
            drawn = win.frames
            c = await Client(http, base).open()
            await c.join(code, "huisarts")
            win.board.view = 1
            win._dirty = True
            await wait_for(lambda: win.frames > drawn and any(
                "Team huisarts" in d.text for d in win.board.drawn), "the team on the board")
            # Esc: the window closes, the server serves on
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0))
            with redirect_stdout(out):
                await asyncio.wait_for(task, STEP)
            assert "Ctrl-C" in out.getvalue()
            assert not pygame.display.get_init() and not win.open_now
            other = await Client(http, base).open()
            await other.send(type="hello", room=code)
            assert (await other.until("state"))["room"] == code
            await c.close()
            await other.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_the_host_opens_the_window_and_closes_it_when_it_stops(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """command._run as ``krachtenveld host`` runs it: with a screen the window opens as a task
    of the server's loop; when the host stops (Ctrl-C cancels it) the window closes too.
    A window that cannot open falls back to the web page in the browser."""
    monkeypatch.setattr(command, "has_screen", lambda: True)
    browser: list[str] = []
    monkeypatch.setattr(command, "_open_browser", browser.append)

    async def main() -> None:
        host = new_host(tmp_path, tables=1)
        windows: list[ProjectorWindow] = []
        opener = window_opener(windows)

        with redirect_stdout(io.StringIO()):
            run = asyncio.create_task(command._run(host, "127.0.0.1", 0, "http://x", "en",
                                                   True, opener))
            await wait_for(lambda: windows and windows[0].frames >= 1, "the window")
            assert pygame.display.get_init()
            run.cancel()
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(run, STEP)
        assert not pygame.display.get_init() and not windows[0].open_now
        assert browser == []

        def broken(feed: command.BoardFeed, lang: str) -> Any:
            raise RuntimeError("no display")

        err = io.StringIO()
        from contextlib import redirect_stderr

        with redirect_stdout(io.StringIO()), redirect_stderr(err):
            run = asyncio.create_task(command._run(host, "127.0.0.1", 0, "http://x", "en",
                                                   True, broken))
            await wait_for(lambda: browser, "the browser")
            run.cancel()
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(run, STEP)
        assert browser == ["http://x/board"] and "no display" in err.getvalue()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_no_window_without_a_screen_or_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("CI", "true")
    assert not command.has_screen()
    monkeypatch.delenv("CI")
    assert command.has_screen()
    if sys.platform.startswith("linux"):
        monkeypatch.delenv("DISPLAY")
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        assert not command.has_screen()


def test_the_host_command_gets_the_window_from_the_cli() -> None:
    from game.cli import _board_window, build_parser

    args = build_parser().parse_args(["host", "--no-board"])
    assert args.no_board and args.projector is _board_window
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit):
        build_parser().parse_args(["host", "--help"])
    assert "over het hele scherm" in " ".join(out.getvalue().split())
    assert "not built yet" not in out.getvalue()


def test_the_teachers_keys_in_the_window_steer_the_table_like_the_console(
        tmp_path: Path) -> None:
    """The facilitator console in the host's own window: P pause, R reveal, I and Enter a
    force, E twice the end, on the table shown, through the host's one Host.control (a web
    console and the web board see the same change)."""

    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code = list(host.rooms)[1]
        room = host.rooms[code]
        other = host.rooms[next(iter(host.rooms))]
        async with running(host) as base, aiohttp.ClientSession() as http:
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            await teacher.until("console")
            board = await Client(http, base).open()
            await board.send(type="watch", room=code)
            await board.until("state")
            feed = command.BoardFeed(host)
            win = ProjectorWindow(feed, "nl", fullscreen=False)
            win.tables = feed.tables("nl")

            async def key(k: int) -> None:
                win.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0))
                await asyncio.sleep(0.05)
                win.tables = feed.tables("nl")

            # on the overview the keys do nothing but say to choose a table
            await key(pygame.K_p)
            assert not room.paused and not other.paused and win.board.teacher
            await key(pygame.K_2)
            assert win.board.view == 2 and win.board.teacher is None
            await key(pygame.K_h)
            # H: the help over the board, the keys in short at the bottom
            assert win.board.help and "P pauze" in str(win.board.teacher)
            assert "T team" in str(win.board.teacher)
            await key(pygame.K_p)
            await wait_for(lambda: room.paused, "the pause")
            assert not other.paused
            await board.drain(0.1)
            assert board.frames[-1]["paused"]
            console = next(f for f in reversed(teacher.frames + await teacher.drain(0.1))
                           if f["type"] == "console")
            assert next(t for t in console["tables"] if t["room"] == code)["paused"]
            await key(pygame.K_p)
            await wait_for(lambda: not room.paused, "going on")
            await key(pygame.K_r)
            await wait_for(lambda: room.revealed, "the reveal")
            await key(pygame.K_r)
            await wait_for(lambda: not room.revealed, "hidden again")
            # I shows the first force, I again the next; Enter injects the one shown
            forces = feed.forces(code, "nl")
            await key(pygame.K_i)
            assert forces[0]["name"] in str(win.board.teacher)
            await key(pygame.K_i)
            assert forces[1]["name"] in str(win.board.teacher)
            await key(pygame.K_RETURN)
            await wait_for(lambda: f"facilitator:injecteer({forces[1]['id']})"
                           in room.game.history, "the force")
            assert not any("injecteer" in a for a in other.game.history)
            # Enter alone does nothing; E asks, another key says no, E twice ends the game
            before = len(room.game.history)
            await key(pygame.K_RETURN)
            await key(pygame.K_e)
            assert code in str(win.board.teacher)
            await key(pygame.K_LEFT)
            assert win.board.teacher is None
            await key(pygame.K_RIGHT)
            await key(pygame.K_e)  # asks again: one E never ends a game
            assert code in str(win.board.teacher) and not room.game.is_over()
            assert len(room.game.history) == before
            await key(pygame.K_e)
            await wait_for(lambda: room.game.is_over(), "the end")
            assert not other.game.is_over()
            for c in (teacher, board):
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))


@pytest.mark.parametrize("size", SIZES)
def test_the_teachers_line_is_readable_and_inside_the_window(host: Host,
                                                            size: tuple[int, int]) -> None:
    tables = frames(host, "nl")
    pygame.font.init()
    surface = pygame.Surface(size)
    from game.ui.projector import Board

    board = Board(lang="nl", view=1, teacher="Spel van tafel ABCD beëindigen? Druk op E.")
    board.draw(surface, tables)
    line = next(d for d in board.drawn if d.text.startswith("Spel van tafel"))
    assert surface.get_rect().contains(line.rect)
    assert line.px >= round(32 * min(size[0] / 1920, size[1] / 1080))
    assert line.rect.bottom > size[1] * 0.85  # at the bottom, over the board


def test_the_teachers_team_keys_kick_move_and_bot_a_team_without_showing_a_link(
        tmp_path: Path) -> None:
    """T chooses a team of the table shown (outlined on the board), then K twice disconnects
    its device, M twice frees its seat for another device (no new link: the projector never
    shows one; the team joins with the room code and picks its role again), B lets the
    computer play for it and B again gives it back; the line at the bottom says what
    happened, and no seat token is ever drawn."""

    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            gp = await Client(http, base).open()
            await gp.join(code, "huisarts")
            resident = await Client(http, base).open()
            await resident.join(code, "inwoner")
            tokens = {gp.token, resident.token}
            feed = command.BoardFeed(host)
            calls: list[tuple[str, str, str | None]] = []
            real = feed.control

            def spy(code_: str, do: str, force: str | None = None, role: str | None = None,
                    done: Any = None) -> None:
                calls.append((code_, do, role))
                real(code_, do, force=force, role=role, done=done)

            feed.control = spy  # type: ignore[method-assign]
            win = ProjectorWindow(feed, "nl", fullscreen=False)
            win.tables = feed.tables("nl")
            render([], (64, 36), 0)  # the fonts, as the window has them
            surface = pygame.Surface((1920, 1080))
            shown: list[str] = []

            async def key(k: int) -> str:
                win.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0))
                await asyncio.sleep(0.05)
                win.tables = feed.tables("nl")
                win.board.draw(surface, win.tables)
                shown.extend(d.text for d in win.board.drawn)
                return str(win.board.teacher)

            async def pick(role: str) -> None:
                for _ in range(6):
                    if win.board.picked == role:
                        return
                    await key(pygame.K_t)
                raise AssertionError(f"T never chose {role}")

            # on the overview the team keys say to choose a table first
            assert "Kies eerst een tafel" in await key(pygame.K_t)
            assert win.board.picked is None and not calls
            await key(pygame.K_1)
            assert "Kies eerst een team" in await key(pygame.K_b)
            assert not calls
            # T: the first team, then the next; its name and the keys at the bottom
            assert "Huisarts" in await key(pygame.K_t) and win.board.picked == "huisarts"
            assert "K: loskoppelen" in str(win.board.teacher)
            await key(pygame.K_t)
            assert win.board.picked == "wijkverpleegkundige"
            # a seat without a device cannot be disconnected or moved
            assert "geen apparaat" in await key(pygame.K_k)
            assert "geen apparaat" in await key(pygame.K_m)
            assert not calls

            # B: the computer plays for the resident (whose turn it is), B again: the team
            await pick("inwoner")
            before = len(room.game.history)
            await key(pygame.K_b)
            await wait_for(lambda: room.is_bot("inwoner") and len(room.game.history) > before,
                           "the bot's move")
            assert calls[-1] == (code, "bot", "inwoner")
            await wait_for(lambda: "computer speelt nu voor Inwoner" in str(win.board.teacher),
                           "the line that says so")
            await key(pygame.K_b)
            await wait_for(lambda: not room.is_bot("inwoner"), "the team back")
            assert calls[-1] == (code, "human", "inwoner") and win.board.picked == "inwoner"
            await wait_for(lambda: "speelt weer zelf" in str(win.board.teacher), "the line")
            assert not host.rooms[list(host.rooms)[1]].is_bot("inwoner")

            # K asks, another key says no; K twice disconnects the GP's device
            await pick("huisarts")
            old = gp.token
            assert "nog een keer op K" in await key(pygame.K_k)
            await key(pygame.K_l)  # another key: not
            assert win.board.teacher is None and win.board.picked is None
            await key(pygame.K_l)
            await pick("huisarts")
            await key(pygame.K_k)
            assert room.taken("huisarts") and not any(d == "kick" for _c, d, _r in calls)
            await key(pygame.K_k)
            await wait_for(lambda: not room.taken("huisarts"), "the kick")
            assert calls[-1] == (code, "kick", "huisarts")
            assert "kicked" in [f["type"] for f in await gp.drain(0.2)]
            await wait_for(lambda: "losgekoppeld" in str(win.board.teacher), "the line")
            stale = await Client(http, base).open()
            await stale.send(type="hello", room=code, token=old)
            assert (await stale.until("error"))["code"] == "bad_token"

            # M twice: the resident's seat is free for the team's new device, no link drawn
            await pick("inwoner")
            old = resident.token
            assert "nog een keer op M" in await key(pygame.K_m)
            await key(pygame.K_m)
            await wait_for(lambda: not room.taken("inwoner"), "the seat free")
            assert calls[-1] == (code, "release", "inwoner")
            assert "replaced" in [f["type"] for f in await resident.drain(0.2)]
            await wait_for(lambda: f"code {code}" in str(win.board.teacher), "the line")
            await stale.send(type="hello", room=code, token=old)
            assert (await stale.until("error"))["code"] == "bad_token"
            laptop = await Client(http, base).open()
            await laptop.send(type="hello", room=code)
            await laptop.until("state")
            await laptop.send(type="claim", role="inwoner")  # no new name: the team's stays
            assert (await laptop.until("welcome"))["role"] == "inwoner"
            s = await laptop.until("state", role="inwoner")
            assert s["team"] == "Team inwoner" and s["moves"] == len(room.game.history)
            tokens |= {laptop.token, *(x.token for x in room.seats.values())}
            # a bot's seat is not moved: B first
            await key(pygame.K_b)
            await wait_for(lambda: room.is_bot("inwoner"), "the bot")
            assert "eerst op B" in await key(pygame.K_m)
            assert calls[-1][1] == "bot"

            # the help (H) lists every key; nothing drawn holds a seat's token or link
            await key(pygame.K_h)
            assert win.board.help and any(x.startswith("Twee keer: het team gaat verder")
                                          for x in shown)
            await key(pygame.K_h)
            assert not win.board.help
            assert len(shown) > 200
            for x in shown:
                assert "seat=" not in x and not any(tok and tok in x for tok in tokens), x
            for c in (gp, resident, stale, laptop):
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_help_and_the_chosen_team_are_readable_and_inside_the_window(
        host: Host, size: tuple[int, int], lang: str) -> None:
    """H: every key's line whole (never cut with '…') over the board, nothing of the board
    counted that the help covers; T: the chosen team outlined and named at the bottom."""
    from game.lang import t
    from game.ui.projector import HELP
    from tests.net.projector_scene import teacher_scene

    tables = frames(host, lang)
    window = pygame.Rect((0, 0), size)
    plain, _b = render(tables, size, 1, lang)
    for scene in ("help", "team"):
        surface, board = render(tables, size, 1, lang, **teacher_scene(scene, lang))
        drawn = board.drawn
        assert not [d.text for d in drawn if not window.contains(d.rect)]
        assert not overlaps(drawn), overlaps(drawn)[:5]
        if size == (1920, 1080):
            assert min(d.px for d in drawn) >= 32
        texts = [d.text for d in drawn]
        assert board.teacher in texts  # the line at the bottom, whole
        if scene == "help":
            lines = " ".join(texts)  # a line of the help that wraps reads on whole
            for key, what in HELP:
                assert t(what, lang) in lines, what
                assert not key or key in texts
        else:
            assert TEAMS["sociaal_werker"] in texts
            # the outline: the board differs from the plain one around the team's row
            row = next(d.rect for d in drawn if d.text == TEAMS["sociaal_werker"]
                       and size[0] // 3 < d.rect.x < size[0] * 2 // 3)  # in "Teams"
            band = pygame.Rect(0, row.y - 4, size[0], row.height + 8).clip(window)
            diff = [(x, y) for x in range(0, size[0], 4) for y in range(band.y, band.bottom, 2)
                    if surface.get_at((x, y)) != plain.get_at((x, y))]
            assert diff
