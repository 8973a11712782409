"""The console's "wat als?" over loopback: only for the teacher's console, only after the game,
answered with the comparison's text (and a change that cannot be made, explained)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from game.bots.heuristic import HeuristicBot
from tests.net.helpers import Client, new_host, running


def test_the_console_asks_wat_als_of_a_finished_table(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        host.wat_als_games, host.wat_als_processes = 3, 1
        code = next(iter(host.rooms))
        table = host.rooms[code].table
        async with running(host) as base, aiohttp.ClientSession() as http:
            console = await Client(http, base).open()
            await console.send(type="console", key=host.console_key)
            await console.until("console")
            # a team device may not ask
            device = await Client(http, base).open()
            await device.send(type="wat_als", room=code, kind="force_on", at="2",
                              what="grijs_budget")
            assert (await device.until("error"))["code"] == "no_console"
            # not before the game is over
            await console.send(type="wat_als", room=code, kind="force_on", at="2",
                               what="grijs_budget")
            assert (await console.until("error"))["code"] == "not_over"
            bot = HeuristicBot(1)
            while table.game.round < 4:
                role = table.game.to_move()[0]
                table.apply(bot.choose(table.game, role))
            table.apply("facilitator:einde")
            await console.send(type="wat_als", room=code, kind="force_on", at="2",
                               what="grijs_budget", bots="ja")
            got = await console.until("wat_als")
            assert got["ok"] and got["room"] == code
            assert "Wat als? Grijs budget speelt mee vanaf ronde 2" in got["text"]
            assert "Echt gebeurd" in got["text"]
            # a change that cannot be made: the reason and what is allowed
            await console.send(type="wat_als", room=code, kind="force_on", at="9",
                               what="grijs_budget")
            got = await console.until("wat_als")
            assert not got["ok"] and "Ronde 9" in got["text"]
            # a malformed request changes nothing
            await console.send(type="wat_als", room=code, kind="alles", at="2")
            assert (await console.until("error"))["code"] == "bad_field"
            for c in (console, device):
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 90))
