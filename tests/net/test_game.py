"""A whole game of Ron over loopback: four scripted team devices, the board and the console."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from game.net.present import ROLES
from tests.net.helpers import (
    Client,
    debriefed,
    last_state,
    new_host,
    play_whole_game,
    running,
)


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
            d = await debriefed(clients["sociaal_werker"])
            assert d["questions"] and len(d["health"]) == 6 and d["epilogue"]
            # the Monday answer reaches the save
            await clients["huisarts"].send(type="monday", text="Eerder de sociaal werker bellen.")
            await clients["huisarts"].until("notice", code="saved_answer")
            assert read_save(host.rooms[code].table.save_path)["application"] == {
                "huisarts": "Eerder de sociaal werker bellen."}
            for c in [*clients.values(), board]:
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 60))


def test_a_teams_device_shows_real_costs_blocked_reasons_and_requests_at_once(
        tmp_path: Path) -> None:
    """The team client's own view: each card's cost is what the move really costs (the
    time shown drops by it), a blocked card says why (the engine's reason, in words), and a
    request for consent reaches the inwoner's device in the very next frame."""
    from game.lang import render

    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        game = host.rooms[code].game
        async with running(host) as base, aiohttp.ClientSession() as http:
            clients = {r: await Client(http, base).open() for r in ROLES}
            for r, c in clients.items():
                await c.join(code, r)
            await clients["inwoner"].send(type="act", action="inwoner:klaar")
            s = await clients["huisarts"].newer(0)
            cards = {c["id"]: c for c in s["hand"]["cards"]}
            # blocked: the reasons in the frame are the engine's, rendered (none empty)
            shown = {b["reason"] for c in cards.values() for b in c["blocked"]}
            engine = {render(m, game.scenario, "nl") for _a, m in
                      game.blocked_actions("huisarts")}
            assert shown and shown <= engine and all(shown)
            # the real cost: the time left drops by the cost shown
            move = next(a for c in cards.values() for a in c["legal"]
                        if (a["cost"] or 0) > 0 and "vraag_toestemming" not in a["action"])
            await clients["huisarts"].send(type="act", action=move["action"])
            after = await clients["huisarts"].newer(1)
            assert after["time"] == s["time"] - move["cost"], (move, s["time"], after["time"])
            # a request for consent: on the inwoner's device at once, said in words
            ask = next(a["action"] for a in cards["huisarts:vraag_toestemming"]["legal"])
            moves = len(game.history)
            await clients["huisarts"].send(type="act", action=ask)
            seen = await clients["inwoner"].newer(moves)
            assert seen["moves"] == moves + 1
            assert any(r.startswith("Huisarts →") for r in seen["requests"]), seen["requests"]
            for c in clients.values():
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))
