"""kill -9 during saves, reports, exports and records (in a loop), concurrent writers, and a
read-only and a full data folder (a tiny tmpfs where this machine allows it, otherwise the
same errors simulated)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.store import db as store
from game.store.db import open_db, record_finished_game
from game.store.saves import write_save
from tests.report.games import passive_game, random_game

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL: POSIX")


def _killer(*args: str) -> object:
    r = subprocess.run([sys.executable, "-m", "tests.reliability.killer", *args],
                       capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


def test_kill_9_during_every_kind_of_write_never_tears_or_loses(tmp_path: Path) -> None:
    results = _killer("all", str(tmp_path), "12", "15")
    assert isinstance(results, list) and len(results) == 4
    for r in results:
        assert r["kills"] == 12 and r["files_checked"] >= 6, r
        assert (r["torn"], r["lost"], r["doubled"], r["problems"]) == (0, 0, 0, []), r
    assert next(r for r in results if r["kind"] == "record")["records"] > 0


def test_concurrent_writers_record_every_game_once(tmp_path: Path) -> None:
    r = _killer("concurrent", str(tmp_path), "4", "12")
    assert r == {"writers": 4, "each": 12, "failed": 0, "lost": 0, "doubled": 0,
                 "damaged": 0, "notices": []}


# ------------------------------------------------------- read-only and full folders --

def _mount_tmpfs(path: Path, size: str) -> bool:
    if (os.geteuid() != 0 or shutil.which("mount") is None
            or os.environ.get("KRACHTENVELD_TEST_NO_MOUNT")):  # to try the simulated path
        return False
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs",
                        str(path)], capture_output=True, timeout=20, check=False)
    return r.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=20, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path | None]:
    """A 256 KiB tmpfs, or None where the machine does not allow mounting."""
    where = tmp_path / "tiny"
    if not _mount_tmpfs(where, "256k"):
        yield None
        return
    try:
        yield where
    finally:
        _umount(where)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as e:
        assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)
    fd = os.open(folder / "filler2", os.O_WRONLY | os.O_CREAT)  # the last bytes too
    try:
        while True:
            os.write(fd, b"\0")
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_full_data_folder(tmpfs: Path | None, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmpfs / "home" if tmpfs is not None else tmp_path / "home"
    monkeypatch.setenv("KRACHTENVELD_HOME", str(home))
    monkeypatch.delenv("KRACHTENVELD_RECORD", raising=False)
    ron, greet = random_game("ron", seed=11), passive_game("greet")
    assert record_finished_game(ron).ok
    save = home / "saves" / "ron.json"
    write_save(save, ron.to_save())
    before = save.read_bytes()
    if tmpfs is not None:
        _fill(tmpfs)
    else:  # simulated: SQLite may not grow, and a file write meets ENOSPC
        real_connect = store._connect

        def full(path: Path) -> sqlite3.Connection:
            conn = real_connect(path)
            conn.execute(f"PRAGMA max_page_count = "
                         f"{conn.execute('PRAGMA page_count').fetchone()[0]}")
            return conn

        monkeypatch.setattr(store, "_connect", full)
        real_fdopen = os.fdopen

        def no_space(fd: int, *a: object, **k: object) -> object:
            f = real_fdopen(fd, *a, **k)  # type: ignore[call-overload]

            def write(_s: object) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

            f.write = write
            return f

        monkeypatch.setattr(os, "fdopen", no_space)
    out = record_finished_game(greet, application={"inwoner": "x" * 300_000})
    assert not out.ok and out.error is not None and "disk full" in out.error.lower(), out
    with pytest.raises(OSError):
        write_save(save, {**greet.to_save(), "pad": "x" * 400_000})
    assert save.read_bytes() == before  # the old save is intact
    assert not [p for p in save.parent.iterdir() if p.name.startswith(".save-")]
    with open_db() as d:  # the data stayed intact
        assert [g["scenario"] for g in d.games()] == ["ron"] and d.notices == []
    assert list(home.glob("*.damaged-*")) == []


def test_a_read_only_data_folder(tmpfs: Path | None, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    home = tmpfs / "home" if tmpfs is not None else tmp_path / "home"
    monkeypatch.setenv("KRACHTENVELD_HOME", str(home))
    monkeypatch.delenv("KRACHTENVELD_RECORD", raising=False)
    assert record_finished_game(random_game("ron", seed=11)).ok
    if tmpfs is not None:
        r = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True,
                           timeout=20, check=False)
        assert r.returncode == 0, r.stderr
    else:
        real_connect = store._connect

        def read_only(path: Path) -> sqlite3.Connection:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   timeout=store.BUSY_TIMEOUT)
            return conn if path.exists() else real_connect(path)

        monkeypatch.setattr(store, "_connect", read_only)
    out = record_finished_game(passive_game("greet"))
    assert not out.ok and out.error is not None and "read-only" in out.error, out
    assert main(["history"]) == 0  # the class's games can still be read
    assert "ron" in capsys.readouterr().out
    target = (tmpfs if tmpfs is not None else tmp_path) / "klas.csv"
    if tmpfs is None:
        target.parent.chmod(0o555)
    code = main(["export", "--csv", str(target), "--lang", "en"])
    err = capsys.readouterr().err
    if tmpfs is not None or os.geteuid() != 0:  # root ignores a 0555 folder
        assert code == 1 and "cannot write" in err
    assert "Traceback" not in err
    assert list(home.glob("*.damaged-*")) == []
    if tmpfs is None:
        target.parent.chmod(0o755)
