"""`krachtenveld host` from the command line: it prints where to go, stops cleanly on
Ctrl-C, resumes, and says clearly what is wrong (no earlier class, a port in use)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def host(home: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, KRACHTENVELD_HOME=str(home), PYTHONUNBUFFERED="1")
    env.pop("DISPLAY", None)
    return subprocess.Popen([sys.executable, "-m", "game.cli", "host", "--bind", "127.0.0.1",
                             *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def read_until(proc: subprocess.Popen[str], marker: str, limit: float = 20) -> str:
    assert proc.stdout is not None
    out = ""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if not line:
            break
        out += line
        if marker in line:
            return out
    raise AssertionError(f"no '{marker}' in: {out}")


def test_host_prints_the_addresses_stops_on_ctrl_c_and_resumes(tmp_path: Path) -> None:
    port = free_port()
    p = host(tmp_path, "--port", str(port), "--tables", "2")
    out = read_until(p, "/console#")
    assert f"http://127.0.0.1:{port}" in out and out.count("?room=") == 2
    assert "/board" in out
    p.send_signal(signal.SIGINT)
    rest, _err = p.communicate(timeout=60)  # a loaded machine is slow to stop
    assert p.returncode == 0 and "--resume" in rest
    codes = sorted(line.split("code ")[1].split()[0] for line in out.splitlines()
                   if "code " in line)
    p = host(tmp_path, "--port", str(port), "--resume")
    out = read_until(p, "/console#")
    assert sorted(line.split("code ")[1].split()[0] for line in out.splitlines()
                  if "code " in line) == codes
    p.send_signal(signal.SIGINT)
    p.communicate(timeout=60)


def test_host_says_what_is_wrong(tmp_path: Path) -> None:
    p = host(tmp_path / "empty", "--resume", "--port", str(free_port()))
    _out, err = p.communicate(timeout=30)
    assert p.returncode == 1 and "krachtenveld host" in err and "Traceback" not in err
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        p = host(tmp_path, "--port", str(busy.getsockname()[1]), "--tables", "1")
        _out, err = p.communicate(timeout=30)
    assert p.returncode == 1 and "--port" in err and "Traceback" not in err


def test_a_host_killed_with_sigkill_resumes_with_the_moves_its_devices_saw(
        tmp_path: Path) -> None:
    """No goodbye at all (SIGKILL: the host finishes nothing, its saves' sync to disk may
    still be under way): every move a device was shown is in the autosave, and the
    device's token gets its seat back."""
    import asyncio

    import aiohttp

    from tests.net.helpers import Client

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    p = host(tmp_path, "--port", str(port), "--tables", "1")
    out = read_until(p, "/console#")
    code = next(line.split("code ")[1].split()[0] for line in out.splitlines()
                if "code " in line)

    async def play() -> tuple[str, int]:
        async with aiohttp.ClientSession() as http:
            c = await Client(http, base).open()
            await c.join(code, "inwoner")
            await c.send(type="act", action="inwoner:klaar")
            seen = await c.newer(0)
            assert c.token
            return c.token, int(seen["moves"])

    async def back(token: str) -> dict:
        async with aiohttp.ClientSession() as http:
            c = await Client(http, base).open()
            await c.join(code, token=token)
            return next(f for f in reversed(c.frames) if f["type"] == "state")

    try:
        token, moves = asyncio.run(asyncio.wait_for(play(), 30))
    finally:
        p.kill()
        p.communicate(timeout=30)
    assert moves == 1
    p = host(tmp_path, "--port", str(port), "--resume")
    try:
        read_until(p, "/console#")
        state = asyncio.run(asyncio.wait_for(back(token), 30))
        assert state["role"] == "inwoner" and state["moves"] == moves
    finally:
        p.send_signal(signal.SIGINT)
        p.communicate(timeout=60)


def test_the_host_listens_only_where_it_says(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Without --bind the host listens on this laptop's LAN address (the one it prints),
    never on every interface; with --bind only there."""
    import pytest

    import game.net.host as net_host
    from game.cli import main

    binds: list[str] = []

    async def refuse(host, bind, port):  # type: ignore[no-untyped-def]
        binds.append(bind)
        raise OSError(98, "in use")  # stop here: the test only looks where it would listen

    monkeypatch.setattr(net_host, "serve", refuse)
    monkeypatch.setattr(net_host, "lan_address", lambda: "192.0.2.7")
    for argv, want in ((["host", "--tables", "1", "--no-board"], "192.0.2.7"),
                       (["host", "--tables", "1", "--no-board", "--bind", "127.0.0.1"],
                        "127.0.0.1")):
        with pytest.raises(SystemExit) as e:
            raise SystemExit(main(argv))
        assert e.value.code == 1 and binds[-1] == want
    assert "0.0.0.0" not in binds and "" not in binds
    assert "192.0.2.7" in capsys.readouterr().err  # what it says is where it tried


def test_ctrl_c_stops_a_host_started_with_ctrl_c_ignored(tmp_path: Path) -> None:
    """A host started from a background job (SIGINT ignored, as a shell without job control
    does) still stops on Ctrl-C, saving first."""
    port = free_port()
    env = dict(os.environ, KRACHTENVELD_HOME=str(tmp_path), PYTHONUNBUFFERED="1")
    env.pop("DISPLAY", None)
    argv = [sys.executable, "-m", "game.cli", "host", "--bind", "127.0.0.1", "--port",
            str(port), "--tables", "1"]
    start = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
             f"os.execv(sys.executable, {argv!r})")
    p = subprocess.Popen([sys.executable, "-c", start], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        read_until(p, "/console#")
        p.send_signal(signal.SIGINT)
        rest, _err = p.communicate(timeout=60)
        assert p.returncode == 0 and "--resume" in rest
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()


def test_the_host_serves_with_a_short_switch_interval_and_gives_it_back(
        monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """While it serves, the loop lets the save's thread through every SWITCH_INTERVAL, not
    every 5 ms; the process's own interval is back once the host has stopped."""
    import pytest

    import game.net.host as net_host
    from game.cli import main
    from game.net.command import SWITCH_INTERVAL

    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path))
    seen: list[float] = []

    async def refuse(host, bind, port):  # type: ignore[no-untyped-def]
        seen.append(sys.getswitchinterval())
        raise OSError(98, "in use")

    monkeypatch.setattr(net_host, "serve", refuse)
    before = sys.getswitchinterval()
    assert before != SWITCH_INTERVAL
    with pytest.raises(SystemExit):
        raise SystemExit(main(["host", "--tables", "1", "--no-board", "--bind", "127.0.0.1"]))
    assert seen == [SWITCH_INTERVAL]
    assert sys.getswitchinterval() == before
