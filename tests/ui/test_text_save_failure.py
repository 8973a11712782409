"""The text mode when its save cannot be written (a full disk, a read-only folder): it says
so, naming the save, the game goes on, and the next save that works holds every action; at
the end of input the game is saved in the user's own save folder instead (issue 12)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game
from game.store import saves
from game.table import Table
from game.ui.text import TextGame

ROOT = Path(__file__).resolve().parents[2]


def scripted(game: Game, moves: int, between: list[Callable[[], None] | None] | None = None
             ) -> Callable[[str], str]:
    """A reader that plays the first legal move ``moves`` times (typed in the game's
    notation: a move keeps its number for a whole turn, so "1" may be gone), then ends the
    input; before each move it calls the next function of ``between`` (if any)."""
    todo: Iterator[Callable[[], None] | None] = iter(between or [])
    left = [moves]

    def read(prompt: str) -> str:
        if "Welk team" in prompt:
            return "1"
        if left[0] == 0:
            raise EOFError
        left[0] -= 1
        step = next(todo, None)
        if step is not None:
            step()
        return str(game.legal_actions(game.to_move()[0])[0])

    return read


@pytest.mark.parametrize(("code", "said"), [
    (errno.ENOSPC, "De schijf is vol"),
    (errno.EACCES, "mag niet worden geschreven (alleen-lezen)"),  # (what root is not told)
    (errno.EROFS, "mag niet worden geschreven (alleen-lezen)"),
    (errno.EIO, "kan niet worden geschreven (Input/output error)"),
])
def test_a_failing_save_is_told_with_the_save_and_the_next_save_holds_every_move(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, said: str) -> None:
    real = saves.write_save
    full = [True]

    def write_save(path: Path, data: dict[str, object], sync: bool = True) -> None:
        if full[0]:
            raise OSError(code, os.strerror(code), str(path.parent / ".save-x.json"))
        real(path, data, sync=sync)

    monkeypatch.setattr(saves, "write_save", write_save)
    path = tmp_path / "spel.json"
    game = Game(load_scenario("ron"), 3, "netwerkmodel")
    lines: list[str] = []

    def room() -> None:
        full[0] = False

    tg = TextGame(Table(game, save_path=path), read=scripted(game, 3, [None, None, room]),
                  write=lines.append, handover=False)
    assert tg.run() == 0
    told = [line for line in lines if said in line]
    assert len(told) == 2 and all(str(path) in line for line in told)
    assert not any(".save-x" in line for line in lines)  # the save, not the temporary file
    assert all("Het spel gaat door" in line for line in told)
    assert len(game.history) == 3  # the game went on after each failed save
    assert json.loads(path.read_text(encoding="utf-8"))["actions"] == game.history
    assert any(f"Spel bewaard in {path}" in line for line in lines)


def test_a_read_only_save_folder(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user may write in a read-only folder (root)")
        path = folder / "spel.json"
        game = Game(load_scenario("ron"), 3, "netwerkmodel")
        lines: list[str] = []

        def writable() -> None:
            folder.chmod(0o700)

        tg = TextGame(Table(game, save_path=path),
                      read=scripted(game, 3, [None, None, writable]),
                      write=lines.append, handover=False, lang="en")
        assert tg.run() == 0
        told = [line for line in lines if "read-only" in line]
        assert len(told) == 2 and all(str(folder) in line for line in told)
        assert json.loads(path.read_text(encoding="utf-8"))["actions"] == game.history
        assert len(game.history) == 3
    finally:
        folder.chmod(0o700)


def test_a_save_that_cannot_be_written_is_kept_in_the_save_folder_at_the_end(
        tmp_path: Path) -> None:
    """Through the command: the save's folder cannot exist (a file has its name)."""
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    save = blocker / "spel.json"
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "game", "play", "--text", "--scenario", "ron",
                          "--seed", "3", "--save", str(save), "--no-handover"],
                         input="1\n1\n", capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert out.stdout.count(f"Let op: het spel is niet bewaard. {save} kan niet") == 2
    [kept] = (home / "saves").glob("ron-*.json")
    assert f"Daarom is het spel bewaard in {kept}" in out.stdout
    assert f"krachtenveld play --text --load {kept}" in out.stdout
    assert "Spel bewaard in" not in out.stdout  # never the save that failed
    assert len(json.loads(kept.read_text(encoding="utf-8"))["actions"]) == 2
