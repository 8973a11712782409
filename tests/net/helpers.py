"""Loopback helpers for the classroom server's tests: a host on 127.0.0.1 (a free port),
scripted WebSocket clients that record every frame they get, all bounded in time."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

from game.content import load_scenario
from game.engine import Game
from game.net.host import Host, serve

STEP = 5.0  # seconds any single wait may take before the test fails


@asynccontextmanager
async def running(host: Host) -> AsyncIterator[str]:
    """Serve ``host`` on a free loopback port; yields the base URL."""
    runner = await serve(host, "127.0.0.1", 0)
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"
    host.set_base_url(base)
    try:
        yield base
    finally:
        await runner.cleanup()


def new_host(folder: Path, scenario: str = "ron", tables: int = 1, seed: int = 1,
             bot_level: str = "makkelijk") -> Host:
    host = Host(folder, bot_level=bot_level)
    sc = load_scenario(scenario)
    for i in range(tables):
        host.add_table(Game(sc, seed + i))
    return host


class Client:
    """One device: a WebSocket that records every frame the host sent it."""

    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        self.session = session
        self.base = base
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.frames: list[dict[str, Any]] = []
        self.token: str | None = None
        self.role: str | None = None

    async def open(self) -> Client:
        self.ws = await self.session.ws_connect(self.base + "/ws")
        return self

    async def send(self, **msg: Any) -> None:
        assert self.ws is not None
        await self.ws.send_str(json.dumps(msg))

    async def send_raw(self, raw: str) -> None:
        assert self.ws is not None
        await self.ws.send_str(raw)

    async def recv(self) -> dict[str, Any]:
        assert self.ws is not None
        m = await asyncio.wait_for(self.ws.receive(), STEP)
        if m.type != aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"socket closed ({m.type})")
        data: dict[str, Any] = json.loads(m.data)
        self.frames.append(data)
        if data["type"] == "welcome":
            self.token, self.role = data["token"], data["role"]
        return data

    async def until(self, kind: str, **match: Any) -> dict[str, Any]:
        for _ in range(200):
            data = await self.recv()
            if data["type"] == kind and all(data.get(k) == v for k, v in match.items()):
                return data
        raise AssertionError(f"no {kind} frame")

    async def drain(self, quiet: float = 0.05) -> list[dict[str, Any]]:
        """Every frame that arrives until the socket is quiet for ``quiet`` seconds."""
        got = []
        assert self.ws is not None
        while True:
            try:
                m = await asyncio.wait_for(self.ws.receive(), quiet)
            except TimeoutError:
                return got
            if m.type != aiohttp.WSMsgType.TEXT:
                return got
            data = json.loads(m.data)
            self.frames.append(data)
            if data["type"] == "welcome":
                self.token, self.role = data["token"], data["role"]
            got.append(data)

    async def newer(self, moves: int) -> dict[str, Any]:
        """The next state frame that shows more than ``moves`` moves."""
        for _ in range(400):
            data = await self.recv()
            if data["type"] == "error":
                raise AssertionError(f"the host refused: {data}")
            if data["type"] == "state" and data.get("moves", -1) > moves:
                return data
        raise AssertionError("no newer state")

    async def current(self, moves: int) -> dict[str, Any]:
        """The latest state frame once it shows ``moves`` moves."""
        for f in reversed(self.frames):
            if f["type"] == "state":
                if f.get("moves") == moves:
                    return f
                break
        return await self.until("state", moves=moves)

    async def join(self, room: str, role: str | None = None, token: str | None = None) -> None:
        msg: dict[str, Any] = {"type": "hello", "room": room}
        if token:
            msg["token"] = token
        await self.send(**msg)
        if token:
            await self.until("welcome")
            await self.until("state")
            return
        await self.until("state")
        if role:
            await self.send(type="claim", role=role, team=f"Team {role}")
            await self.until("welcome")
            await self.until("state", role=role)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


def last_state(c: Client) -> dict[str, Any]:
    return next(f for f in reversed(c.frames) if f["type"] == "state")


async def debriefed(c: Client) -> dict[str, Any]:
    """The debrief a team's device shows after the game: the host makes it in a thread and
    sends it in a state frame after the one that shows the end."""
    for _ in range(50):
        d = last_state(c).get("debrief")
        if d:
            return dict(d)
        await c.recv()
    raise AssertionError("no debrief")


async def play_whole_game(host: Host, clients: dict[str, Client], room: str,
                          pick: int = 0, limit: int = 600) -> int:
    """Every team plays the first (or ``pick``-th) legal action of its own hand, read from
    its own frames, until the game is over. Returns the moves played."""
    game = host.rooms[room].game
    moves = 0
    while not game.is_over() and moves < limit:
        movers = game.to_move()
        role = movers[0]
        c = clients[role]
        s = await c.current(len(game.state.history))
        legal = [a["action"] for card in s["hand"]["cards"] for a in card["legal"]]
        if s["hand"]["klaar"]:
            legal.append(s["hand"]["klaar"]["action"])
        assert legal, f"{role} has no legal action in its frame"
        # prefer 'klaar' rarely so the game moves on but also plays real cards
        choice = legal[(pick + moves) % len(legal)] if moves % 3 else legal[-1]
        before = len(game.state.history)
        await c.send(type="act", action=choice)
        moves += 1
        await c.newer(before)
    for c in clients.values():
        await c.drain(0.05)
    return moves


class HostThread:
    """The host in a thread of its own (for a real browser, which the test drives from the
    main thread); ``stop()`` ends it."""

    def __init__(self, host: Host, port: int = 0) -> None:
        import threading

        self.host = host
        self.port = port
        self.base = ""
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._runner = await serve(self.host, "127.0.0.1", self.port)
            port = self._runner.addresses[0][1]
            self.base = f"http://127.0.0.1:{port}"
            self.host.set_base_url(self.base)
            self._ready.set()

        self._loop.run_until_complete(start())
        self._loop.run_forever()

    def start(self) -> HostThread:
        self._thread.start()
        if not self._ready.wait(STEP):
            raise RuntimeError("the host did not start")
        return self

    def call(self, fn: Any) -> Any:
        """Run ``fn()`` on the host's loop (its state is only touched there)."""
        import concurrent.futures

        fut: concurrent.futures.Future[Any] = concurrent.futures.Future()

        def go() -> None:
            try:
                fut.set_result(fn())
            except BaseException as e:  # noqa: BLE001
                fut.set_exception(e)

        self._loop.call_soon_threadsafe(go)
        return fut.result(STEP)

    def stop(self) -> None:
        async def end() -> None:
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(end(), self._loop).result(STEP)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(STEP)
