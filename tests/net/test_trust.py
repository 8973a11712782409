"""Trust: every inbound frame is checked, a device acts only for its own seat, a stranger
who guesses a room code gets no taken seat, and bad frames change nothing."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from game.net.protocol import MAX_BYTES, BadMessage, parse
from tests.net.helpers import Client, new_host, running


def run(coro: Any) -> None:
    asyncio.run(asyncio.wait_for(coro, 30))


@pytest.mark.parametrize("raw, code", [
    ("not json", "not_json"),
    ("[1, 2]", "not_object"),
    ('{"type": "shout"}', "unknown_type"),
    ('{"type": "act"}', "missing_field"),
    ('{"type": "act", "action": 3}', "bad_field"),
    ('{"type": "act", "action": "huisarts:consult", "as": "inwoner"}', "unknown_field"),
    ('{"type": "act", "action": "<script>"}', "bad_field"),
    ('{"type": "claim", "role": "facilitator"}', "bad_field"),
    ('{"type": "hello", "room": "abc"}', "bad_field"),
    ('{"type": "hello", "room": "ABCD", "token": true}', "bad_field"),
    (json.dumps({"type": "monday", "text": "x" * 700}), "bad_field"),
    ("{" + " " * MAX_BYTES + "}", "too_big"),
])
def test_the_schema_refuses_bad_frames(raw: str, code: str) -> None:
    with pytest.raises(BadMessage) as e:
        parse(raw)
    assert e.value.code == code


def test_malformed_and_oversized_frames_get_an_error_and_change_nothing(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            inwoner = await Client(http, base).open()
            await inwoner.join(code, "inwoner")
            for raw, expect in [("{{{", "not_json"), ("x" * (MAX_BYTES + 1), "too_big"),
                                ('{"type":"act","action":"inwoner:klaar","x":1}',
                                 "unknown_field")]:
                await inwoner.send_raw(raw)
                err = await inwoner.until("error")
                assert err["code"] == expect and err["text"]
            assert room.game.history == []
            assert inwoner.ws is not None
            await inwoner.ws.send_bytes(b"\x00\x01")
            assert (await inwoner.until("error"))["code"] == "not_json"
            # a frame far over the limit closes that socket only; the host goes on
            await inwoner.send_raw("y" * (70 * 1024))
            with pytest.raises(ConnectionError):
                await inwoner.until("state")
            again = await Client(http, base).open()
            await again.join(code, token=inwoner.token)
            await again.send(type="act", action="inwoner:klaar")
            await again.newer(0)
            assert room.game.history == ["inwoner:klaar"]
            await again.close()

    run(main())


def test_a_device_acts_only_for_its_own_seat(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        code = next(iter(host.rooms))
        room = host.rooms[code]
        async with running(host) as base, aiohttp.ClientSession() as http:
            huisarts = await Client(http, base).open()
            await huisarts.join(code, "huisarts")
            inwoner = await Client(http, base).open()
            await inwoner.join(code, "inwoner")
            # the huisarts's device tries to play the inwoner's move
            await huisarts.send(type="act", action="inwoner:klaar")
            assert (await huisarts.until("error"))["code"] == "not_yours"
            assert room.game.history == []
            # a device without a seat may not act at all
            lurker = await Client(http, base).open()
            await lurker.send(type="hello", room=code)
            await lurker.until("state")
            await lurker.send(type="act", action="inwoner:klaar")
            assert (await lurker.until("error"))["code"] == "no_seat"
            # an illegal move of one's own role: the reason, nothing applied
            await huisarts.send(type="act", action="huisarts:consult")
            err = await huisarts.until("error")
            assert err["text"]
            assert room.game.history == []
            for c in (huisarts, inwoner, lurker):
                await c.close()

    run(main())


def test_a_stranger_gets_no_taken_seat_and_a_token_works_for_its_own_seat_only(
        tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path, tables=2)
        first, second = list(host.rooms)
        async with running(host) as base, aiohttp.ClientSession() as http:
            owner = await Client(http, base).open()
            await owner.join(first, "sociaal_werker")
            stranger = await Client(http, base).open()
            await stranger.send(type="hello", room=first)
            lobby = await stranger.until("state")
            seat = next(s for s in lobby["seats"] if s["role"] == "sociaal_werker")
            assert seat["taken"] and "problems" not in lobby and "token" not in json.dumps(lobby)
            await stranger.send(type="claim", role="sociaal_werker")
            assert (await stranger.until("error"))["code"] == "seat_taken"
            # a made-up token, and the owner's token at the other table, get no seat
            await stranger.send(type="hello", room=first, token="A" * 24)
            assert (await stranger.until("error"))["code"] == "bad_token"
            await stranger.send(type="hello", room=second, token=owner.token)
            assert (await stranger.until("error"))["code"] == "bad_token"
            assert not host.rooms[second].taken("sociaal_werker")
            # an unknown room code
            await stranger.send(type="hello", room="ZZZZ")
            assert (await stranger.until("error"))["code"] == "no_room"
            # the teacher's console needs its key
            await stranger.send(type="console", key="B" * 24)
            assert (await stranger.until("error"))["code"] == "no_console"
            await stranger.send(type="control", room=first, do="end")
            assert (await stranger.until("error"))["code"] == "no_console"
            assert not host.rooms[first].game.is_over()
            for c in (owner, stranger):
                await c.close()

    run(main())


def test_a_flood_is_slowed_down(tmp_path: Path) -> None:
    async def main() -> None:
        host = new_host(tmp_path)
        async with running(host) as base, aiohttp.ClientSession() as http:
            c = await Client(http, base).open()
            for _ in range(80):
                await c.send(type="ping")
            await c.send(type="hello", room="ZZZZ")
            codes = {f["code"] for f in await c.drain(0.3) if f["type"] == "error"}
            assert "slow_down" in codes
            await c.close()

    run(main())
