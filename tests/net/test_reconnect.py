"""Failure: a device that comes back with its token gets its full view, a second device for
the same seat replaces the first, and a killed host resumes every table from its autosave."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from game.content import load_scenario
from game.net.host import Host
from game.net.present import ROLES
from tests.net.helpers import Client, last_state, new_host, play_whole_game, running


def test_a_device_rejoins_with_its_token_and_a_second_device_replaces_the_first(
        tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            inwoner = await Client(http, base).open()
            await inwoner.join(code, "inwoner")
            await inwoner.send(type="act", action="inwoner:klaar")
            before = await inwoner.newer(0)
            token = inwoner.token
            await inwoner.close()  # the phone sleeps
            await asyncio.sleep(0.05)
            assert not room.connected("inwoner") and room.taken("inwoner")
            back = await Client(http, base).open()
            await back.join(code, token=token)
            again = last_state(back)
            assert again["role"] == "inwoner" and again["moves"] == 1
            assert again["health"] == before["health"] and again["log"] == before["log"]
            assert room.connected("inwoner")
            # the same team opens the game on a laptop too: the laptop takes over
            laptop = await Client(http, base).open()
            await laptop.join(code, token=token)
            kinds = [f["type"] for f in await back.drain(0.2)]
            assert "replaced" in kinds
            assert room.seats["inwoner"].conn is not None
            await laptop.send(type="ping")
            assert last_state(laptop)["role"] == "inwoner"
            await laptop.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_a_killed_host_resumes_every_table_and_the_devices_rejoin(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        codes = list(host.rooms)
        code = codes[0]
        tokens: dict[str, str] = {}
        async with running(host) as base, aiohttp.ClientSession() as http:
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, r)
                assert c.token
                tokens[r] = c.token
            # a few moves, then the host is killed (no goodbye, no extra save)
            game = host.rooms[code].game
            for _ in range(5):
                role = game.to_move()[0]
                s = await clients[role].current(len(game.history))
                legal = [a["action"] for card in s["hand"]["cards"] for a in card["legal"]]
                legal.append(s["hand"]["klaar"]["action"])
                before = len(game.history)
                await clients[role].send(type="act", action=legal[0])
                await clients[role].newer(before)
            history = list(game.history)
            state_hash = game.state_hash()
        resumed = Host.resume(tmp_path, load_scenario)
        assert sorted(resumed.rooms) == sorted(codes)
        assert resumed.rooms[code].game.history == history
        assert resumed.rooms[code].game.state_hash() == state_hash
        async with running(resumed) as base, aiohttp.ClientSession() as http:
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, token=tokens[r])  # what the page does by itself
                assert last_state(c)["role"] == r
            moves = await play_whole_game(resumed, clients, code)
            assert resumed.rooms[code].game.is_over() and moves > 0
            for c in clients.values():
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 45))


def test_resume_without_an_earlier_class_says_so(tmp_path: Path) -> None:
    try:
        Host.resume(tmp_path / "nothing", load_scenario)
    except ValueError as e:
        assert "krachtenveld host" in str(e)
    else:
        raise AssertionError("resume without a manifest must fail clearly")
    (tmp_path / "host.json").write_text("{broken", encoding="utf-8")
    try:
        Host.resume(tmp_path, load_scenario)
    except ValueError as e:
        assert "host.json" in str(e)
    else:
        raise AssertionError("a broken manifest must fail clearly")


def test_a_device_is_shown_a_move_only_once_it_is_saved(tmp_path: Path) -> None:
    """The host writes its saves off the event loop (one table's fsync does not hold up the
    others), but never shows a device a move that is not on disk yet: a host killed at any
    moment loses at most a move nobody has seen."""
    from game.net.host import Conn
    from game.store.saves import read_save

    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        late: list[tuple[int, int]] = []
        seen = {"n": 0}

        def tap(conn: Conn, data: dict) -> None:
            if data.get("type") == "state" and "moves" in data:
                on_disk = len(read_save(room.table.save_path)["actions"])
                seen["n"] += 1
                if on_disk < data["moves"]:
                    late.append((data["moves"], on_disk))

        async with running(host) as base, aiohttp.ClientSession() as http:
            assert room.table.deferred  # while serving, saves go through Host.flush
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, r)
            host.tap = tap
            game = room.game
            for _ in range(12):
                role = game.to_move()[0]
                s = await clients[role].current(len(game.history))
                legal = [a["action"] for card in s["hand"]["cards"] for a in card["legal"]]
                if s["hand"]["klaar"]:
                    legal.append(s["hand"]["klaar"]["action"])
                before = len(game.history)
                await clients[role].send(type="act", action=legal[-1])
                await clients[role].newer(before)
            for c in clients.values():
                await c.close()
        assert seen["n"] >= 12 * len(ROLES) and not late, late[:3]
        assert not room.table.deferred and not room.table.dirty
        assert len(read_save(room.table.save_path)["actions"]) == len(room.game.history)

    asyncio.run(asyncio.wait_for(main(), 30))


def test_the_host_syncs_each_save_after_it_is_in_place_and_all_before_it_stops(
        tmp_path: Path) -> None:
    """A move is shown once its save is in place (renamed: a killed host resumes it); the
    sync to disk (against a power loss) follows in the host's GroupSync, which has synced
    the newest save of every table when the host has stopped. A Monday answer is only
    called saved once it is synced too."""
    from game.net.host import Conn
    from game.store.saves import GroupSync, read_save, sync_path

    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        synced: list[tuple[Path, int]] = []  # (the save, its moves when it was synced)

        def sync(path: Path) -> None:
            synced.append((path, len(read_save(path)["actions"])))
            sync_path(path)

        syncer = host.syncer = GroupSync(sync=sync)
        answered: list[bool] = []

        def tap(conn: Conn, data: dict) -> None:
            if data.get("type") == "notice" and data.get("code") == "saved_answer":
                answered.append(syncer.synced(room.sync_ticket))

        host.tap = tap
        async with running(host) as base, aiohttp.ClientSession() as http:
            assert host.syncer is syncer
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, r)
            moves = await play_whole_game(host, clients, code, limit=8)
            assert moves == 8
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            await teacher.until("console")
            await teacher.send(type="control", room=code, do="end")
            await teacher.until("console")
            await clients["huisarts"].send(type="monday", text="Eerder bellen.")
            await clients["huisarts"].until("notice", code="saved_answer")
            for c in [*clients.values(), teacher]:
                await c.close()
        assert answered == [True]
        assert host.syncer is None and syncer.synced()  # closed when the host stopped
        ours = [n for p, n in synced if p == room.table.save_path]
        assert ours and ours == sorted(ours)  # in order, never an older save after a newer
        assert ours[-1] == len(room.game.history) == len(
            read_save(room.table.save_path)["actions"])
        assert read_save(room.table.save_path)["application"] == {"huisarts": "Eerder bellen."}

    asyncio.run(asyncio.wait_for(main(), 45))
