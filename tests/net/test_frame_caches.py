"""What the host keeps between frames (issue 11) changes nothing a device is sent: the
console's part of each table is made again when that table changes, and the hand's fixed
texts and labels are the ones a hand made from nothing has."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp

from game.content import load_scenario
from game.engine import Game
from game.net import present
from game.net.host import Seat, _encode
from game.net.present import ROLES, Names, console_frame, console_table
from tests.net.helpers import Client, new_host, running


def test_the_console_remakes_a_tables_part_when_that_table_changes_only(
        tmp_path: Path) -> None:
    host = new_host(tmp_path, tables=3)
    host.set_base_url("http://127.0.0.1:1")
    a, b, c = host.rooms.values()
    rooms = [a, b, c]
    data, text = console_frame(rooms, "nl")
    assert text == _encode(data)
    before = [t for t in data["tables"]]
    # a move at table a: its part is made again, b's and c's are the ones kept
    a.table.apply("inwoner:klaar", role="inwoner")
    data, text = console_frame(rooms, "nl")
    assert text == _encode(data) and json.loads(text) == data
    assert data["tables"][0] is not before[0] and data["tables"][0] == console_table(a, "nl")
    assert data["tables"][0]["phase_label"] != before[0]["phase_label"]
    assert data["tables"][1] is before[1] and data["tables"][2] is before[2]
    # a seat taken (no move) and the teacher's switches change the part as well
    b.seats["huisarts"] = Seat("token-b")
    c.paused = True
    data, _text = console_frame(rooms, "nl")
    assert data["tables"][1]["seats"][0]["taken"] and data["tables"][1]["seats"][0]["link"]
    assert data["tables"][2]["paused"]
    for room, part in zip(rooms, data["tables"], strict=True):
        assert part == console_table(room, "nl")  # what a part made from nothing says
    # every language has its own
    en, _ = console_frame(rooms, "en")
    assert en["tables"][0] == console_table(a, "en") != data["tables"][0]


def test_the_console_follows_moves_and_devices_over_the_network(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code, other = list(host.rooms)
        async with running(host) as base, aiohttp.ClientSession() as http:
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            first = await teacher.until("console")
            inwoner = await Client(http, base).open()
            await inwoner.join(code, "inwoner")
            seated = await teacher.until("console")
            seat = next(s for s in seated["tables"][0]["seats"] if s["role"] == "inwoner")
            assert seat["taken"] and seat["connected"]
            await inwoner.send(type="act", action="inwoner:klaar")
            await inwoner.newer(0)
            for _ in range(10):
                moved = await teacher.until("console")
                if moved["tables"][0]["to_move"] != seated["tables"][0]["to_move"]:
                    break
            assert moved["tables"][0]["to_move"] != seated["tables"][0]["to_move"]
            assert moved["tables"][1] == first["tables"][1]  # the other table as it was
            await inwoner.close()
            for _ in range(10):
                gone = await teacher.until("console")
                seat = next(s for s in gone["tables"][0]["seats"] if s["role"] == "inwoner")
                if not seat["connected"]:
                    break
            assert seat["taken"] and not seat["connected"]
            await teacher.close()
        assert not host.rooms[other].game.history

    asyncio.run(asyncio.wait_for(main(), 30))


def test_a_hand_is_the_same_with_the_fixed_texts_kept_as_made_from_nothing() -> None:
    """Every scenario, a game played through: each role's hand at each move (choices of
    forces and offers among them) equals the hand made with nothing kept."""
    choices = offers = 0
    for name in ("ron", "greet", "hatice", "sanne"):
        sc = load_scenario(name)
        game = Game(sc, 3)
        for k in range(400):
            movers = [r for r in game.to_move() if r in ROLES]
            if not movers:
                break
            for lang in ("nl", "en"):
                names = Names(game, lang)
                for role in movers:
                    kept = present.hand(game, role, names)
                    present._CARDS.clear()
                    fresh = present.hand(game, role, names)
                    assert kept == fresh, (name, k, role)
            choices += bool(game.state.pending_choice)
            offers += bool(game.state.offers)
            role = movers[k % len(movers)]
            legal = game.legal_actions(role)
            game.apply(legal[(k * 5) % len(legal)] if k % 4 else legal[-1])
    assert choices and offers  # (the labels that depend on the state were there)
