"""A whole game of Ron over loopback: four scripted team devices, the board and the console."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from game.net.present import ROLES
from tests.net.helpers import Client, last_state, new_host, play_whole_game, running


def test_four_devices_play_a_whole_game_of_ron(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        async with running(host) as base, aiohttp.ClientSession() as http:
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, r)
            board = await Client(http, base).open()
            await board.send(type="watch", room=code)
            await board.until("state")
            moves = await play_whole_game(host, clients, code)
            game = host.rooms[code].game
            assert game.is_over() and moves == len(game.history) > 20
            await board.drain(0.1)
            end = last_state(board)
            assert end["over"] and end["ending"] is not None
            assert end["moves"] == moves
            # the save on disk replays to the same game
            from game.engine import Game
            from game.store.saves import read_save
            save = read_save(host.rooms[code].table.save_path)
            assert Game.from_save(save, game.scenario).state_hash() == game.state_hash()
            assert save["ui"]["teams"]["huisarts"] == "Team huisarts"
            # each device shows its role's debrief after the game
            d = last_state(clients["sociaal_werker"])["debrief"]
            assert d["questions"] and len(d["health"]) == 6 and d["epilogue"]
            # the Monday answer reaches the save
            await clients["huisarts"].send(type="monday", text="Eerder de sociaal werker bellen.")
            await clients["huisarts"].until("notice", code="saved_answer")
            assert read_save(host.rooms[code].table.save_path)["application"] == {
                "huisarts": "Eerder de sociaal werker bellen."}
            for c in [*clients.values(), board]:
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 60))
