"""Reopening a finished game with ``play --text --load`` keeps the teams' answers to "wat
doe je maandag anders?": in the save, in the games database and so in the report (issue 12;
the text mode once started with no answers and wrote that over the save)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game
from game.store.db import open_db
from game.table import Table
from game.ui.text import TextGame

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = {"huisarts": "Vragen wat Ron zelf wil.", "wijkverpleegkundige": "De POH bellen.",
           "sociaal_werker": "Eerder langsgaan.", "inwoner": "Zeggen wat ik wil."}


def run(*args: str, stdin: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "game", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env=env, timeout=120, check=False)


def finished_with_answers(path: Path) -> Game:
    """A game of four teams of people who end every turn, then answer the Monday question."""
    game = Game(load_scenario("ron"), 5, "netwerkmodel")
    answers = iter(ANSWERS.values())  # asked in the text mode's team order

    def read(prompt: str) -> str:
        if game.is_over():
            return next(answers)
        if "Welk team" in prompt:
            return "1"
        legal = game.legal_actions(tg.current or game.to_move()[0])
        return str(next(i for i, a in enumerate(legal, 1) if a.name in ("klaar", "kies")))

    tg = TextGame(Table(game, save_path=path), read=read, write=lambda _s: None,
                  handover=False)
    assert tg.run() == 0 and game.is_over()
    return game


def stored_answers(home: Path) -> dict[str, str]:
    with open_db(home / "games.sqlite3") as d:
        [g] = d.games()
    return dict(g["application"])


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KRACHTENVELD_RECORD", raising=False)
    return tmp_path / "home"


def test_reopening_a_finished_game_keeps_its_monday_answers(tmp_path: Path, home: Path) -> None:
    save = tmp_path / "spel.json"
    game = finished_with_answers(save)
    assert json.loads(save.read_text(encoding="utf-8"))["application"] == ANSWERS
    assert stored_answers(home) == ANSWERS
    # reopen it; every team skips the question (Enter), as the intro says they may
    out = run("play", "--text", "--load", str(save), stdin="\n\n\n\n", home=home)
    assert out.returncode == 0, out.stderr
    assert "Het spel is afgelopen." in out.stdout
    # each team reads what it wrote before it is asked again
    for text in ANSWERS.values():
        assert f"schreef eerder: \u201c{text}\u201d" in out.stdout
    data = json.loads(save.read_text(encoding="utf-8"))
    assert data["application"] == ANSWERS
    assert data["actions"] == game.history
    assert stored_answers(home) == ANSWERS
    # the report reads them from the save: no team's answer is "not filled in"
    report = tmp_path / "verslag.html"
    rep = run("report", str(save), "--out", str(report), stdin="", home=home)
    assert rep.returncode == 0, rep.stderr
    html = report.read_text(encoding="utf-8")
    assert "Nog niet ingevuld" not in html
    assert all(text in html for text in ANSWERS.values())


def test_reopening_and_answering_one_team_again_keeps_the_others(
        tmp_path: Path, home: Path) -> None:
    save = tmp_path / "spel.json"
    finished_with_answers(save)
    # the end of input after the first team: the others are not asked, and not wiped
    out = run("play", "--text", "--load", str(save), stdin="Samen met de POH.\n", home=home)
    assert out.returncode == 0, out.stderr
    want = {**ANSWERS, "huisarts": "Samen met de POH."}
    assert json.loads(save.read_text(encoding="utf-8"))["application"] == want
    assert stored_answers(home) == want
