"""history --json, export --csv (one row per game) and --xapi (xAPI statements)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from game.store.db import record_finished_game
from game.store.export import COMPLETED, csv_columns
from tests.report.games import passive_game, random_game

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


@pytest.fixture
def two_games(home: Path) -> Path:
    a = record_finished_game(random_game("ron", seed=11), teams={
        "huisarts": "=HYPERLINK(\"x\")", "inwoner": "Team Ron"}, bots=["wijkverpleegkundige"],
        application={"inwoner": "Eerder zeggen wat ik wil.\nEn mijn zus bellen."})
    b = record_finished_game(passive_game("greet"))
    assert a.ok and b.ok
    return home


def test_history_json_lists_the_games(two_games: Path) -> None:
    r = run("history", "--json", home=two_games)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["scenario"] for x in rows] == ["greet", "ron"]  # newest first
    ron = rows[1]
    for key in ("id", "finished_at", "scenario", "model", "difficulty", "seed", "teams",
                "bots", "ending", "rank", "wish_met", "health_gain", "counters", "actions",
                "application", "game_key"):
        assert key in ron
    assert ron["teams"]["inwoner"] == "Team Ron" and ron["bots"] == ["wijkverpleegkundige"]
    text = run("history", home=two_games)
    assert text.returncode == 0 and "ron" in text.stdout and "greet" in text.stdout


def test_history_delete_removes_a_game(two_games: Path) -> None:
    rows = json.loads(run("history", "--json", home=two_games).stdout)
    r = run("history", "--json", "--delete", str(rows[0]["id"]), home=two_games)
    assert r.returncode == 0 and "1 spel(len) uit de spellen-database gehaald" in r.stderr
    assert [x["id"] for x in json.loads(r.stdout)] == [rows[1]["id"]]


def test_history_of_nothing(home: Path) -> None:
    r = run("history", "--json", home=home)
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_history_reports_a_damaged_database(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "games.sqlite3").write_text("garbage", encoding="utf-8")
    r = run("history", "--json", home=home)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    assert "opzij gezet" in r.stderr and "--rebuild" in r.stderr  # Dutch by default
    assert len(list(home.glob("games.sqlite3.damaged-*"))) == 1


def test_csv_one_row_per_game(two_games: Path, tmp_path: Path) -> None:
    out = tmp_path / "klas.csv"
    r = run("export", "--csv", str(out), home=two_games)
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets read the accents
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))  # Dutch by default (issue 15)
    assert len(rows) == 2
    assert list(rows[0]) == csv_columns()
    ron = next(x for x in rows if x["scenario"] == "ron")
    assert ron["team_inwoner"] == "Team Ron"
    assert ron["team_huisarts"] == "'=HYPERLINK(\"x\")"  # no formula in a spreadsheet
    assert ron["application_inwoner"] == "Eerder zeggen wat ik wil.\nEn mijn zus bellen."
    assert ron["bots"] == "wijkverpleegkundige" and ron["rank"] and ron["ending"]
    assert int(ron["actions"]) > 0 and ron["health_end_meedoen"].isdigit()
    comma = tmp_path / "klas-en.csv"
    assert run("export", "--csv", str(comma), "--lang", "en", home=two_games).returncode == 0
    assert comma.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,finished_at,")
    semi = tmp_path / "klas-nl.csv"
    assert run("export", "--csv", str(semi), "--lang", "en", "--delimiter", ";",
               home=two_games).returncode == 0
    assert semi.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id;finished_at;")


def test_xapi_statements(two_games: Path, tmp_path: Path) -> None:
    out = tmp_path / "xapi.json"
    r = run("export", "--xapi", str(out), home=two_games)
    assert r.returncode == 0, r.stderr
    statements = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(statements, list) and len(statements) == 2
    text = json.dumps(statements)
    assert "mbox" not in text and "@" not in text  # no e-mail addresses: teams, not students
    for s in statements:
        uuid.UUID(s["id"])
        actor = s["actor"]
        assert actor["objectType"] == "Group"
        assert actor["account"]["homePage"].startswith("https://")
        assert actor["account"]["name"]
        assert len(actor["member"]) == 4 and all(
            m["objectType"] == "Agent" and m["account"]["name"] for m in actor["member"])
        assert s["verb"]["id"] == COMPLETED == "http://adlnet.gov/expapi/verbs/completed"
        obj = s["object"]
        assert obj["objectType"] == "Activity"
        assert obj["id"] in ("https://krachtenveld.nl/casus/ron",
                             "https://krachtenveld.nl/casus/greet")
        assert obj["definition"]["name"]["nl-NL"]
        res = s["result"]
        assert res["completion"] is True
        assert 0 <= res["score"]["scaled"] <= 1
        assert res["score"]["min"] <= res["score"]["raw"] <= res["score"]["max"]
        ext = res["extensions"]
        assert ext["https://krachtenveld.nl/xapi/extensions/ending"]
        assert all(k.startswith("https://krachtenveld.nl/xapi/extensions/") for k in ext)
        assert "https://krachtenveld.nl/xapi/extensions/health_end" in ext
        dt.datetime.fromisoformat(s["timestamp"])
    # the same games give the same statement ids (an LRS does not store them twice)
    again = tmp_path / "again.json"
    run("export", "--xapi", str(again), home=two_games)
    assert [s["id"] for s in json.loads(again.read_text())] == [s["id"] for s in statements]


def test_export_needs_a_target(home: Path) -> None:
    r = run("export", home=home)
    assert r.returncode == 2 and "--csv" in r.stderr
