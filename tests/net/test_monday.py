"""The Monday answer written on a team's device reaches the save and the games list
(Table.set_answers + Table.record, the store's games database), over loopback."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest

from tests.net.helpers import Client, new_host, running


def test_monday_answers_from_devices_reach_the_save_and_the_games_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    from game.store.db import open_db
    from game.store.saves import read_save

    async def main() -> None:
        host = new_host(tmp_path / "class", tables=2)
        code, other = list(host.rooms)
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            teams = {r: await Client(http, base).open() for r in ("huisarts", "inwoner")}
            for r, c in teams.items():
                await c.join(code, r)
            # before the end an answer is refused and nothing is written
            await teams["huisarts"].send(type="monday", text="Te vroeg.")
            assert (await teams["huisarts"].until("error"))["code"] == "not_over"
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            await teacher.until("console")
            await teacher.send(type="control", room=code, do="end")
            await teacher.until("console")
            assert room.game.is_over()
            for role, text in (("huisarts", "Eerder de wijkverpleging bellen."),
                               ("inwoner", "Zelf zeggen wat ik wil."),
                               ("huisarts", "  Eerst vragen wat Ron wil.  ")):
                await teams[role].send(type="monday", text=text)
                await teams[role].until("notice", code="saved_answer")
            for c in [*teams.values(), teacher]:
                await c.close()
        want = {"huisarts": "Eerst vragen wat Ron wil.", "inwoner": "Zelf zeggen wat ik wil."}
        assert read_save(room.table.save_path)["application"] == want
        with open_db() as db:
            games = db.games()
        # one row for the finished table (updated, not repeated); the other table plays on
        assert len(games) == 1, games
        assert games[0]["application"] == want
        assert Path(games[0]["save_path"]).resolve() == room.table.save_path.resolve()
        assert not host.rooms[other].game.is_over()

    asyncio.run(asyncio.wait_for(main(), 60))
    # the teacher's games list shows them
    from game.cli import main as cli

    capsys.readouterr()
    assert cli(["history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["application"] for r in rows] == [
        {"huisarts": "Eerst vragen wat Ron wil.", "inwoner": "Zelf zeggen wat ik wil."}]
