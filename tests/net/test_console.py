"""The teacher's console: the class overview, pause, reveal, a force injected, a device
taken off its seat, a team replaced by a bot and back, proposals, and the end."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from tests.net.helpers import Client, debriefed, last_state, new_host, running


def test_the_console_steers_a_table(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            overview = await teacher.until("console")
            assert [t["room"] for t in overview["tables"]] == list(host.rooms)
            t0 = overview["tables"][0]
            assert t0["round"] == 1 and t0["ending"] is None and "wrong_pocket" in t0
            inwoner = await Client(http, base).open()
            await inwoner.join(code, "inwoner")
            board = await Client(http, base).open()
            await board.send(type="watch", room=code)
            await board.until("state")

            async def control(**kw: str) -> None:
                await teacher.send(type="control", room=code, **kw)
                await teacher.until("console")

            # pause: the team's move is refused and the hand is empty
            await control(do="pause")
            await inwoner.drain(0.1)
            assert last_state(inwoner)["paused"] and not last_state(inwoner)["hand"]["cards"]
            await inwoner.send(type="act", action="inwoner:klaar")
            assert (await inwoner.until("error"))["code"] == "paused"
            await control(do="resume")
            # reveal: the board shows everything (the teacher's choice), hide: public again
            await control(do="reveal")
            await board.drain(0.1)
            assert last_state(board)["revealed"]
            await control(do="hide")
            await board.drain(0.1)
            assert last_state(board)["revealed"] is None
            # a force card injected
            force = t0["forces"][0]["id"]
            await control(do="inject", force=force)
            assert any(a.startswith("facilitator:injecteer") for a in room.game.history)
            # the computer plays the professionals; the inwoner's team stays
            for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker"):
                await control(do="bot", role=role)
            before = len(room.game.history)
            await inwoner.send(type="act", action="inwoner:klaar")
            await inwoner.newer(before)
            assert len(room.game.history) > before + 1  # the bots played after the inwoner
            assert room.game.to_move() == ("inwoner",) or room.game.is_over()
            await control(do="human", role="huisarts")
            assert not room.is_bot("huisarts")
            # a device taken off its seat: the seat is free again, the old token is void
            token = inwoner.token
            await control(do="kick", role="inwoner")
            kinds = [f["type"] for f in await inwoner.drain(0.2)]
            assert "kicked" in kinds and not room.taken("inwoner"), (kinds, room.seats)
            again = await Client(http, base).open()
            await again.send(type="hello", room=code, token=token)
            assert (await again.until("error"))["code"] == "bad_token"
            # the teacher assigns the free inwoner seat: its link gives a device that seat
            await control(do="assign", role="inwoner")
            await teacher.drain(0.1)
            seat = next(x for x in last_state_console(teacher)["tables"][0]["seats"]
                        if x["role"] == "inwoner")
            assert seat["taken"] and seat["link"].startswith(f"{base}/?room={code}&seat=")
            assigned = await Client(http, base).open()
            await assigned.join(code, token=seat["link"].split("seat=")[1])
            assert last_state(assigned)["role"] == "inwoner"
            await assigned.close()
            # the end
            await control(do="end")
            assert room.game.is_over()
            await teacher.drain(0.1)
            overview = last_state_console(teacher)
            assert overview["tables"][0]["over"]
            for c in (teacher, board, again):
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def last_state_console(c: Client) -> dict:
    return next(f for f in reversed(c.frames) if f["type"] == "console")


def test_private_proposals_and_whose_the_table_followed(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        room.proposals_on = True
        async with running(host) as base, aiohttp.ClientSession() as http:
            clients = {r: await Client(http, base).open() for r in ("inwoner", "huisarts")}
            for r, c in clients.items():
                await c.join(code, r)
            await clients["inwoner"].send(type="act", action="inwoner:klaar")
            await clients["inwoner"].newer(0)
            # the inwoner's team proposes a move for the huisarts; nobody else sees what
            await clients["inwoner"].send(type="propose", action="huisarts:consult")
            assert (await clients["inwoner"].until("notice"))["code"] == "proposed"
            await clients["huisarts"].drain(0.1)
            s = last_state(clients["huisarts"])
            assert "inwoner" in s["proposals"] and "consult" not in str(s["proposals"])
            await clients["huisarts"].send(type="act", action="huisarts:consult")
            await clients["huisarts"].newer(1)
            assert room.table.followed == [{"round": 1, "action": "huisarts:consult",
                                            "by": "huisarts", "proposed_by": ["inwoner"]}]
            from game.store.saves import read_save
            assert read_save(room.table.save_path)["proposals"] == room.table.followed
            # after the game every device shows whose proposals the table followed
            room.table.apply("facilitator:einde")
            await host.broadcast(room)
            await clients["inwoner"].drain(0.1)
            followed = (await debriefed(clients["inwoner"]))["followed"]
            assert followed[0]["by"] == "Team huisarts"
            assert followed[0]["proposed_by"] == ["Team inwoner"]
            for c in clients.values():
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_the_teacher_moves_a_team_to_another_device(tmp_path: Path) -> None:
    """'Ander apparaat': the seat gets a new link, the old device is told and its token is
    void, nobody else can take the seat in between, and the new device gets the team's
    whole view back (its name, its dossier, the moves so far)."""

    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            await teacher.until("console")
            phone = await Client(http, base).open()
            await phone.join(code, "inwoner")
            await phone.send(type="act", action="inwoner:klaar")
            await phone.newer(0)
            old_token = phone.token
            await teacher.send(type="control", room=code, do="move", role="inwoner")
            kinds = [f["type"] for f in await phone.drain(0.2)]
            assert "replaced" in kinds, kinds
            await teacher.drain(0.1)
            seat = next(x for x in last_state_console(teacher)["tables"][0]["seats"]
                        if x["role"] == "inwoner")
            assert seat["taken"] and not seat["connected"] and seat["team"] == "Team inwoner"
            new_token = seat["link"].split("seat=")[1]
            assert new_token != old_token
            # the old device's token is void; a stranger cannot take the seat
            stale = await Client(http, base).open()
            await stale.send(type="hello", room=code, token=old_token)
            assert (await stale.until("error"))["code"] == "bad_token"
            await stale.send(type="claim", role="inwoner")
            assert (await stale.until("error"))["code"] == "seat_taken"
            # the new device, by the link: the team's own view, where the game is
            laptop = await Client(http, base).open()
            await laptop.join(code, token=new_token)
            s = last_state(laptop)
            assert s["role"] == "inwoner" and s["team"] == "Team inwoner"
            assert s["moves"] == len(room.game.history) >= 1 and s["problems"]
            assert room.connected("inwoner")
            # a seat nobody has cannot be moved
            await teacher.send(type="control", room=code, do="move", role="huisarts")
            assert (await teacher.until("error"))["code"] == "bad_control"
            # the seat's new token is what a resumed host knows
            from game.net.host import Host
            again = Host.resume(tmp_path, lambda sid: room.game.scenario)
            assert again.rooms[code].seats["inwoner"].token == new_token
            for c in (teacher, stale, laptop):
                await c.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_the_class_overview_shows_the_figures_of_the_comparison_report(tmp_path: Path) -> None:
    """The console's live class overview and `krachtenveld report T1 T2 ...` afterwards say
    the same of every table: ending, health gain, crises, GP visits, wrong pocket, model and
    the health per dimension (a finished table and one still playing)."""
    from game.report.command import build_comparison

    async def main() -> dict:
        host = new_host(tmp_path, tables=2, seed=4)
        done, playing = host.rooms.values()
        for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"):
            done.table.set_bot(role, True)
            playing.table.set_bot(role, True)
        done.table.play_bots()
        playing.table.play_bots(limit=40)
        assert done.game.is_over() and not playing.game.is_over()
        async with running(host) as base, aiohttp.ClientSession() as http:
            teacher = await Client(http, base).open()
            await teacher.send(type="console", key=host.console_key)
            overview = await teacher.until("console")
            await teacher.close()
        return overview

    overview = asyncio.run(asyncio.wait_for(main(), 60))
    rooms = list(_rooms_of(tmp_path))
    _html, report = build_comparison([p for _code, p in rooms], "nl")
    assert len(report["tables"]) == len(overview["tables"]) == 2
    for live, row in zip(overview["tables"], report["tables"], strict=True):
        assert (live["ending"] or "") == row["ending_name"]
        assert live["health_gain"] == round(row["health_gain"], 2)
        assert live["counters"].get("crises", 0) == row["crises"]
        assert live["counters"].get("gp_visits", 0) == row["gp_visits"]
        assert live["wrong_pocket"] == row["wrong_pocket"]
        assert live["model"] == row["model_name"]
        assert {h["dim"]: h["value"] for h in live["health"]} == row["spider"]["end"]
    # the finished table has an ending and figures that are not all zero (else the test
    # would compare nothing)
    first = overview["tables"][0]
    assert first["over"] and first["ending"] and (first["health_gain"] or first["wrong_pocket"]
                                                  or first["counters"].get("crises"))


def _rooms_of(folder: Path) -> list[tuple[str, Path]]:
    import json

    data = json.loads((folder / "host.json").read_text(encoding="utf-8"))
    return [(t["code"], Path(t["save"])) for t in data["tables"]]
