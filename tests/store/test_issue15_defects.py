"""Issue 15's defects, each with the input that found it: a busy database, a full disk,
escape sequences and bidi overrides in team names, formulas after white space, the "set
aside" notice, rebuild among report logs and exports, and the Dutch export."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.engine import Game
from game.lang import say
from game.store import db as store
from game.store.db import open_db, rebuild_from_saves, record_finished_game
from game.store.export import write_csv, xapi_statement
from game.store.saves import write_save
from tests.report.games import passive_game, random_game, save_with_extras

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(home)}
    env.pop("KRACHTENVELD_RECORD", None)
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("KRACHTENVELD_HOME", str(h))
    monkeypatch.delenv("KRACHTENVELD_RECORD", raising=False)
    return h


@pytest.fixture(scope="module")
def ron() -> Game:
    return random_game("ron", seed=11)


@pytest.fixture(scope="module")
def greet() -> Game:
    return passive_game("greet")


@pytest.fixture
def locked(home: Path, ron: Game, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """A healthy database with one game, held by another program (a second recording, a
    backup tool) with an exclusive lock for longer than the busy timeout."""
    assert record_finished_game(ron, teams={"huisarts": "A"}).ok
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(home / "games.sqlite3", isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()


# ----------------------------------------------------------------------- busy --

def test_a_locked_database_is_not_set_aside_the_record_is_queued(
        locked: sqlite3.Connection, home: Path, greet: Game) -> None:
    out = record_finished_game(greet, teams={"inwoner": "Team Greet"})
    assert not out.ok and out.queued and out.error is None
    told, told_nl = " ".join(out.notices), " ".join(say(n, "nl") for n in out.notices)
    assert "busy" in told and "bezet" in told_nl and "damaged" not in told
    assert "busy" not in told_nl and "bezet" not in told
    assert list(home.glob("*.damaged-*")) == []  # a healthy database stays where it is
    [pending] = list((home / store.PENDING_DIR).glob("*.json"))
    # the same game queued again is the same file: it can never be recorded twice
    assert record_finished_game(greet, teams={"inwoner": "Team Greet"}).queued
    assert list((home / store.PENDING_DIR).glob("*.json")) == [pending]
    locked.execute("ROLLBACK")  # the other program is done
    with open_db() as d:
        games = d.games()
        assert "1 queued game recorded" in " ".join(d.notices)
        assert "1 spel uit de wachtrij" in " ".join(say(n, "nl") for n in d.notices)
    assert sorted(g["scenario"] for g in games) == ["greet", "ron"]  # nothing lost
    assert next(g for g in games if g["scenario"] == "greet")["teams"] == {
        "inwoner": "Team Greet"}
    assert not pending.exists()
    with open_db() as d:  # flushed once: not doubled at the next open
        assert len(d.games()) == 2 and d.notices == []


def test_history_on_a_locked_database_says_busy_and_keeps_it(
        locked: sqlite3.Connection, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    assert main(["history"]) == 1
    err = capsys.readouterr().err
    assert "bezet" in err and "busy" not in err and "opzij" not in err  # Dutch by default
    assert main(["history", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "busy" in err and "bezet" not in err and "set aside" not in err
    assert list(home.glob("*.damaged-*")) == []
    locked.execute("ROLLBACK")
    with open_db() as d:
        assert len(d.games()) == 1


def test_a_record_that_meets_a_lock_after_opening_is_queued_too(
        home: Path, ron: Game, greet: Game, monkeypatch: pytest.MonkeyPatch) -> None:
    assert record_finished_game(ron).ok
    real_record = store.Database.record

    def busy_record(self: store.Database, rec: store.GameRecord) -> int:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store.Database, "record", busy_record)
    assert record_finished_game(greet).queued
    monkeypatch.setattr(store.Database, "record", real_record)
    with open_db() as d:
        assert len(d.games()) == 2


def test_only_real_damage_is_set_aside(home: Path, ron: Game) -> None:
    assert record_finished_game(ron).ok
    path = home / "games.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree: corrupt
    path.write_bytes(bytes(raw))
    with open_db() as d:
        assert len(d.notices) == 1 and "set aside" in d.notices[0]
    assert len(list(home.glob("games.sqlite3.damaged-*"))) == 1


# ------------------------------------------------------------------ disk full --

def test_a_full_disk_while_recording_says_disk_full(
        home: Path, ron: Game, greet: Game, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLITE_FULL, as a full disk gives it (the database may not grow by one page)."""
    assert record_finished_game(ron).ok
    real_connect = store._connect

    def full(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store, "_connect", full)
    # many answers: the row needs pages the database may not add
    out = record_finished_game(greet, application={"inwoner": "x" * 20000})
    assert not out.ok and out.error is not None
    assert "disk full" in out.error.lower() and "schijf is vol" in say(out.error, "nl")
    assert "rollback" not in out.error
    monkeypatch.setattr(store, "_connect", real_connect)
    with open_db() as d:  # the data stayed intact
        assert [g["scenario"] for g in d.games()] == ["ron"] and d.notices == []


def test_a_full_disk_message_for_oserror_enospc(home: Path) -> None:
    err = store._store_error(OSError(28, "No space left on device"), home / "games.sqlite3")
    assert isinstance(err, store.DiskFull) and "Disk full" in str(err)


# ---------------------------------------------------------- hostile team names --

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRood\x9b0m\rOver"


def test_history_neutralises_terminal_escape_sequences(home: Path, ron: Game) -> None:
    assert record_finished_game(ron, teams={"huisarts": ESCAPES,
                                            "inwoner": "Team \u202eexe.txt"}).ok
    r = run("history", home=home)
    assert r.returncode == 0, r.stderr
    for bad in ("\x1b", "\x07", "\x9b", "\r", "\u202e"):
        assert bad not in r.stdout
    assert "\\x1b]0;pwned\\x07" in r.stdout and "Rood" in r.stdout  # shown, not run
    assert "Team exe.txt" in r.stdout


def test_the_report_drops_bidi_overrides(ron: Game) -> None:
    from game.report.command import build_report

    save = save_with_extras(ron, teams={"huisarts": "Team \u202eexe.txt",
                                        "inwoner": "\u2067Ron\u2069 \u200fZ"},
                            application={"inwoner": "Bellen \u202dnu"})
    html, _log = build_report(save, generated="2026-12-02")
    for ch in store_bidi():
        assert ch not in html
    assert "Team exe.txt" in html and "Bellen nu" in html


def test_the_comparison_drops_bidi_overrides(ron: Game, greet: Game, tmp_path: Path) -> None:
    from game.report.command import build_comparison

    paths = []
    for i, g in enumerate((ron, greet)):
        p = tmp_path / f"t{i}.json"
        write_save(p, save_with_extras(g, teams={"huisarts": "Tafel \u202e1"},
                                       application={"huisarts": "Eerst \u202ebellen"}))
        paths.append(p)
    html, _data = build_comparison(paths, generated="2026-12-02")
    assert "\u202e" not in html and "Eerst bellen" in html


def store_bidi() -> frozenset[str]:
    from game.store.safetext import BIDI_CONTROLS

    return BIDI_CONTROLS


@pytest.mark.parametrize("name", ["  =1+1", "\n=HYPERLINK(\"x\")", " \n =cmd|' /C calc'!A0",
                                  "\t=1", "\r=1", "+1", "-1", "@SUM(A1)", "\u00a0=1",
                                  "\t", "\rx"])
def test_csv_neutralises_formulas_after_white_space(name: str, tmp_path: Path) -> None:
    g = {"id": 1, "finished_at": "2026-12-02T10:00:00+00:00", "scenario": "ron",
         "model": "teammodel", "difficulty": "normaal", "seed": 1, "actions": [],
         "n_actions": 0, "ending": "e", "rank": "good", "scores": {"health_gain": -0.5},
         "teams": {"huisarts": name}, "bots": [], "application": {"inwoner": name},
         "game_key": "k"}
    out = tmp_path / "x.csv"
    write_csv([g], out, delimiter=";", decimal=",")
    with out.open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f, delimiter=";"))
    assert row["team_huisarts"] == "'" + name and row["application_inwoner"] == "'" + name
    assert row["health_gain"] == "-0,5"  # a number stays a number


def test_a_harmless_name_is_left_as_it_is(tmp_path: Path) -> None:
    from game.store.safetext import spreadsheet_safe

    assert spreadsheet_safe("De Dokters") == "De Dokters"
    assert spreadsheet_safe(" team 1 = best") == " team 1 = best"


# ------------------------------------------------------------ notices, rebuild --

def test_the_set_aside_notice_is_printed_once(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "games.sqlite3").write_text("garbage", encoding="utf-8")
    r = run("history", "--rebuild", home=home)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("opzij gezet") == 1 and "set aside" not in r.stderr


def test_recording_on_a_damaged_database_tells_once(home: Path, ron: Game) -> None:
    home.mkdir(parents=True)
    (home / "games.sqlite3").write_text("garbage", encoding="utf-8")
    code = ("from tests.report.games import random_game\n"
            "from game.store.db import record_finished_game\n"
            "out = record_finished_game(random_game('ron', seed=11))\n"
            "print(len(out.notices), out.ok)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(home)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env=env, timeout=120, check=False)
    assert r.stdout.split() == ["1", "True"]
    assert "set aside" not in r.stderr  # the caller shows the notice; nothing else prints it


def test_rebuild_leaves_report_logs_and_xapi_exports_alone(
        home: Path, ron: Game, tmp_path: Path) -> None:
    saves = home / "saves"
    save = saves / "ron-1.json"
    write_save(save, save_with_extras(ron, teams={"huisarts": "A"}))
    assert run("report", str(save), "--out", str(saves / "ron-1.html"), "--json",
               home=home).returncode == 0
    assert (saves / "ron-1.json").exists() and (saves / "ron-1-report.json").exists()
    assert record_finished_game(ron).ok
    assert run("export", "--xapi", str(saves / "xapi.json"), home=home).returncode == 0
    assert run("report", str(save), str(save), "--out", str(saves / "klas.html"), "--json",
               home=home).returncode == 0
    others = sorted(p.name for p in saves.glob("*.json") if p != save)
    assert len(others) >= 2, others
    with open_db() as d:
        out = rebuild_from_saves(saves, d)
    assert out["errors"] == [] and out["recorded"] == [str(save)]
    assert sorted(Path(p).name for p in out["other"]) == others
    r = run("history", "--rebuild", str(saves), "--lang", "en", home=home)
    assert r.returncode == 0 and "krachtenveld:" not in r.stderr, r.stderr
    assert "left alone" in r.stderr


def test_rebuild_still_reports_a_damaged_save(home: Path, ron: Game) -> None:
    saves = home / "saves"
    data = save_with_extras(ron)
    data["seed"] = "zeven"
    write_save(saves / "kapot.json", data)
    (saves / "half.json").write_text('{"format": "krachtenveld-save", "actions": [',
                                     encoding="utf-8")
    with open_db() as d:
        out = rebuild_from_saves(saves, d)
    assert len(out["errors"]) == 2 and out["other"] == [] and out["recorded"] == []


# -------------------------------------------------------------- Dutch export --

@pytest.fixture
def recorded(home: Path, ron: Game, greet: Game) -> Path:
    assert record_finished_game(ron).ok and record_finished_game(greet).ok
    return home


def _first_data_row(path: Path, sep: str) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=sep))
    assert len(rows) == 2
    return next(r for r in rows if r["scenario"] == "ron")


def test_export_for_a_dutch_teacher_opens_in_dutch_excel(
        recorded: Path, ron: Game, tmp_path: Path) -> None:
    gain = ron.result().health_gain
    assert isinstance(gain, float) and gain != int(gain)  # the input has a fraction
    nl = tmp_path / "klas.csv"
    assert run("export", "--csv", str(nl), home=recorded).returncode == 0
    head = nl.read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.startswith("id;finished_at;scenario;") and "," not in head
    row = _first_data_row(nl, ";")
    assert row["health_gain"] == repr(gain).replace(".", ",")
    for flag in (["--excel", "--lang", "en"], ["--sep", ";", "--lang", "en"]):
        out = tmp_path / "x.csv"
        assert run("export", "--csv", str(out), *flag, home=recorded).returncode == 0
        assert _first_data_row(out, ";")["health_gain"] == repr(gain).replace(".", ",")
    en = tmp_path / "en.csv"
    assert run("export", "--csv", str(en), "--lang", "en", home=recorded).returncode == 0
    assert _first_data_row(en, ",")["health_gain"] == repr(gain)
    tab = tmp_path / "tab.csv"
    assert run("export", "--csv", str(tab), "--sep", "tab", home=recorded).returncode == 0
    assert _first_data_row(tab, "\t")["health_gain"] == repr(gain).replace(".", ",")


def test_xapi_verb_reads_voltooid(recorded: Path) -> None:
    with open_db() as d:
        [g, *_] = d.games()
    verb = xapi_statement(g)["verb"]
    assert verb["display"] == {"en-US": "completed", "nl-NL": "voltooid"}
    assert json.dumps(verb).count("voltooide") == 0
