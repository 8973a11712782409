"""The games database: records, migrations, transactions, and damaged files set aside."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.engine import Game
from game.store import db as store
from game.store.db import (
    SCHEMA_VERSION,
    DatabaseTooNew,
    game_key,
    open_db,
    rebuild_from_saves,
    record_finished_game,
    record_save,
)
from game.store.saves import write_save
from tests.report.games import passive_game, random_game, save_with_extras

# The schema as version 1 shipped it. Frozen here on purpose: a migration must bring exactly
# this to the current version.
V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE games (
    id INTEGER PRIMARY KEY,
    scenario TEXT NOT NULL,
    model TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    seed INTEGER NOT NULL,
    actions TEXT NOT NULL,
    ending TEXT,
    finished_at TEXT NOT NULL
);
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KRACHTENVELD_RECORD", raising=False)
    return tmp_path / "home"


@pytest.fixture(scope="module")
def finished() -> Game:
    return random_game("ron", seed=11)


@pytest.fixture
def database(home: Path) -> Iterator[store.Database]:
    with open_db() as d:
        yield d


def test_a_new_database_has_the_current_schema(database: store.Database, home: Path) -> None:
    assert database.path == home / "games.sqlite3"
    assert database.version == SCHEMA_VERSION == len(store.MIGRATIONS)
    rows = database.conn.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(SCHEMA_VERSION,)]
    assert database.notices == []
    assert database.games() == []


def test_record_a_finished_game_with_everything(finished: Game, home: Path) -> None:
    out = record_finished_game(finished, teams={"huisarts": "De Dokters", "docent": "x"},
                               bots=["inwoner"], application={"huisarts": "Eerst vragen."},
                               save_path=home / "saves" / "a.json")
    assert out.ok and out.error is None and out.notices == []
    with open_db() as d:
        [g] = d.games()
    r = finished.result()
    save = finished.to_save()
    assert (g["scenario"], g["model"], g["difficulty"], g["seed"]) == (
        "ron", save["model"], save["difficulty"], save["seed"])
    assert g["actions"] == finished.history
    assert g["teams"] == {"huisarts": "De Dokters"}
    assert g["bots"] == ["inwoner"]
    assert g["ending"] == r.ending and g["rank"] == r.rank
    assert g["scores"] == json.loads(json.dumps(r.to_dict()))
    assert g["application"] == {"huisarts": "Eerst vragen."}
    assert g["finished_at"].endswith("+00:00") and g["save_path"].endswith("a.json")
    # the database replays: the actions give the same game
    again = Game.from_save({**save, "actions": g["actions"]}, finished.scenario)
    assert again.state_hash() == finished.state_hash()


def test_recording_the_same_game_again_updates_its_row(finished: Game) -> None:
    first = record_finished_game(finished, teams={"huisarts": "A"})
    second = record_finished_game(finished, teams={"inwoner": "B"},
                                  application={"inwoner": "Eerder zeggen wat ik wil."})
    assert first.game_id == second.game_id
    with open_db() as d:
        [g] = d.games()
        assert g["teams"] == {"huisarts": "A", "inwoner": "B"}
        assert g["application"] == {"inwoner": "Eerder zeggen wat ik wil."}
        d.set_application(g["id"], {"huisarts": "Bellen."})
        assert d.games()[0]["application"] == {"inwoner": "Eerder zeggen wat ik wil.",
                                               "huisarts": "Bellen."}


def test_only_finished_games_and_only_when_recording_is_on(
        finished: Game, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        record_finished_game(passive_game("ron", actions=3))
    monkeypatch.setenv("KRACHTENVELD_RECORD", "0")
    out = record_finished_game(finished)
    assert out.skipped and not out.ok
    assert not (home / "games.sqlite3").exists()


def test_a_write_is_all_or_nothing(database: store.Database, finished: Game) -> None:
    rec = store.game_record(finished)
    with pytest.raises(RuntimeError), database.transaction() as c:
        c.execute("INSERT INTO games (game_key, scenario, model, difficulty, seed, actions,"
                  " finished_at) VALUES ('k', 'ron', 'x', 'normaal', 1, '[]', 'now')")
        raise RuntimeError("power cut")
    assert database.games() == []
    assert database.record(rec) >= 1 and len(database.games()) == 1


def test_migrating_from_version_1_keeps_every_game(home: Path) -> None:
    home.mkdir(parents=True)
    path = home / "games.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    actions = ["inwoner:klaar", "huisarts:klaar"]
    for finished_at in ("2025-01-01T10:00:00+00:00", "2025-01-02T10:00:00+00:00"):
        # the same game twice (version 1 did not stop that): both rows survive
        conn.execute("INSERT INTO games (scenario, model, difficulty, seed, actions, ending, "
                     "finished_at) VALUES ('ron', 'teammodel', 'normaal', 4, ?, "
                     "'crisisopname', ?)", (json.dumps(actions), finished_at))
    conn.execute("INSERT INTO games (scenario, model, difficulty, seed, actions, ending, "
                 "finished_at) VALUES ('greet', 'netwerkmodel', 'licht', 9, '[]', NULL, "
                 "'2025-01-03T10:00:00+00:00')")
    conn.commit()
    conn.close()
    with open_db(path) as d:
        assert d.version == SCHEMA_VERSION
        assert d.notices == []
        games = d.games()
    assert [g["scenario"] for g in games] == ["ron", "ron", "greet"]
    assert games[0]["game_key"] == game_key("ron", 4, "teammodel", "normaal", actions)
    assert games[1]["game_key"].startswith(games[0]["game_key"] + ":")
    assert games[0]["actions"] == actions and games[0]["ending"] == "crisisopname"
    assert games[0]["teams"] == {} and games[0]["bots"] == [] and games[0]["scores"] == {}
    assert games[0]["recorded_at"] == games[0]["finished_at"]
    # opening again changes nothing
    with open_db(path) as d:
        assert len(d.games()) == 3 and d.version == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_old_schema(home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home.mkdir(parents=True)
    path = home / "games.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute("INSERT INTO games (scenario, model, difficulty, seed, actions, finished_at) "
                 "VALUES ('ron', 'teammodel', 'normaal', 4, '[]', 'x')")
    conn.commit()
    conn.close()

    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE games ADD COLUMN teams TEXT")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(store, "MIGRATIONS", [store.MIGRATIONS[0], broken])
    with pytest.raises(sqlite3.OperationalError):
        store._migrate(sqlite3.connect(path, isolation_level=None), path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(games)")]
    assert "teams" not in columns
    assert conn.execute("SELECT count(*) FROM games").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize("content", [
    b"this is not a database at all\n" * 40,
    b"SQLite format 3\x00" + b"\xff" * 4000,
])
def test_a_damaged_database_is_set_aside_and_reported(home: Path, finished: Game,
                                                      content: bytes) -> None:
    home.mkdir(parents=True)
    path = home / "games.sqlite3"
    path.write_bytes(content)
    out = record_finished_game(finished)
    assert out.ok, out.error
    assert len(out.notices) == 1 and "set aside" in out.notices[0]
    [aside] = list(home.glob("games.sqlite3.damaged-*"))
    assert aside.read_bytes() == content  # never emptied
    assert aside.name in out.notices[0]
    with open_db() as d:
        assert len(d.games()) == 1 and d.notices == []


def test_a_database_from_a_newer_version_is_left_alone(home: Path, finished: Game) -> None:
    with open_db() as d:
        d.conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(DatabaseTooNew):
        open_db()
    out = record_finished_game(finished)
    assert not out.ok and out.error and "newer" in out.error
    assert not list(home.glob("*.damaged-*"))


def test_rebuild_from_the_saves(home: Path, finished: Game) -> None:
    saves = home / "saves"
    write_save(saves / "a.json", save_with_extras(finished, teams={"inwoner": "Ron's team"},
                                                  humans=["inwoner"],
                                                  application={"inwoner": "Praten."}))
    write_save(saves / "b.json", passive_game("ron", actions=4).to_save())  # not finished
    (saves / "c.json").write_text("{kapot", encoding="utf-8")
    out = rebuild_from_saves()
    assert [Path(p).name for p in out["recorded"]] == ["a.json"]
    assert [Path(p).name for p in out["unfinished"]] == ["b.json"]
    assert len(out["errors"]) == 1 and "c.json" in out["errors"][0]
    again = rebuild_from_saves()  # the same games: updated, not doubled
    assert len(again["recorded"]) == 1
    with open_db() as d:
        [g] = d.games()
    assert g["teams"] == {"inwoner": "Ron's team"}
    assert g["bots"] == ["huisarts", "wijkverpleegkundige", "sociaal_werker"]
    assert g["application"] == {"inwoner": "Praten."}
    assert record_save(passive_game("greet", actions=2).to_save()) is None


def test_the_text_mode_records_its_finished_game(home: Path, tmp_path: Path) -> None:
    from game.bots.random_bot import RandomBot
    from game.ui.text import TextGame

    game = Game(passive_game("ron", actions=0).scenario, 5, "netwerkmodel")
    bots = {r: RandomBot(5) for r in ("huisarts", "wijkverpleegkundige", "sociaal_werker",
                                      "inwoner")}
    lines: list[str] = []
    tg = TextGame(game, tmp_path / "s.json", read=lambda _p: "", write=lines.append,
                  handover=False, bots=bots)
    assert tg.run() == 0 and game.is_over()
    with open_db() as d:
        [g] = d.games()
    assert g["actions"] == game.history
    assert g["bots"] == ["huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"]
    assert g["save_path"] == str(tmp_path / "s.json")


def test_the_text_mode_asks_each_team_what_it_does_on_monday(home: Path, tmp_path: Path) -> None:
    from game.bots.random_bot import RandomBot
    from game.store.saves import read_save
    from game.ui.text import TextGame

    game = Game(passive_game("ron", actions=0).scenario, 5, "netwerkmodel")
    # a solo game played out by bots for everyone but the huisarts, who only ends turns
    bots = {r: RandomBot(5) for r in ("wijkverpleegkundige", "sociaal_werker", "inwoner")}
    answers = iter(["Vragen wat Ron zelf wil."])
    lines: list[str] = []

    def read(prompt: str) -> str:
        if game.is_over():
            return next(answers)  # then EOF-like end: no more teams to ask
        legal = game.legal_actions("huisarts")
        done = next(i for i, a in enumerate(legal, 1) if a.name in ("klaar", "kies"))
        return str(done)

    tg = TextGame(game, tmp_path / "m.json", read=read, write=lines.append, handover=False,
                  bots=bots)
    assert tg.run() == 0 and game.is_over()
    assert read_save(tmp_path / "m.json")["application"] == {
        "huisarts": "Vragen wat Ron zelf wil."}
    with open_db() as d:
        [g] = d.games()
    assert g["application"] == {"huisarts": "Vragen wat Ron zelf wil."}
    assert any("krachtenveld report" in line for line in lines)
