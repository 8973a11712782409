"""A save is the game it recorded (issue 14): it carries its casus and catalogue, checks the
state it reached, says what differs, and crafted files never give a traceback."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from game.bots.random_bot import RandomBot, play_random_game
from game.cli import main as cli_main
from game.content import load_scenario
from game.content.newscenario import TEMPLATE
from game.engine import Game
from game.paths import scenarios_dir
from game.store.saves import (
    MAX_ACTIONS,
    SaveFileError,
    clean_orphans,
    last_save,
    load_game,
    read_save,
    save_data,
    save_files,
    write_save,
)


def main(argv: list[str]) -> int:
    """The command's exit code, whether it returns it or exits with it."""
    try:
        return cli_main(argv)
    except SystemExit as e:
        return int(e.code or 0)


def own_casus(folder: Path, casus_id: str = "mehmet") -> Path:
    """A teacher's casus outside the project: the starter file under another id."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{casus_id}.yaml"
    path.write_text(TEMPLATE.replace("__ID__", casus_id), encoding="utf-8")
    return path


def played(scenario: Any, seed: int = 5, model: str = "teammodel", moves: int = 40) -> Game:
    game = Game(scenario, seed, model, "zwaar")
    bot = RandomBot(seed)
    while not game.is_over() and len(game.history) < moves:
        game.apply(bot.rng.choice(game.legal_actions(bot.rng.choice(game.to_move()))))
    return game


@pytest.fixture
def own_save(tmp_path: Path) -> tuple[Path, Path, Game]:
    casus = own_casus(tmp_path / "elders")
    game = played(load_scenario(casus))
    save = tmp_path / "spel.json"
    write_save(save, save_data(game))
    return save, casus, game


def test_a_save_of_an_own_casus_replays_after_the_file_is_moved(own_save, tmp_path) -> None:
    save, casus, game = own_save
    shutil.move(casus, tmp_path / "weg.yaml")
    loaded = load_game(save)
    assert loaded.scenario.id == "mehmet"
    assert loaded.game.state_hash() == game.state_hash()
    assert loaded.differences == []
    assert any("no longer there" in n for n in loaded.notices)


def test_the_save_uses_its_copy_and_says_when_the_file_on_disk_changed(own_save) -> None:
    save, casus, game = own_save
    casus.write_text(casus.read_text(encoding="utf-8").replace("age: 58", "age: 61"),
                     encoding="utf-8")
    loaded = load_game(save)
    assert loaded.game.state_hash() == game.state_hash()
    assert loaded.scenario.casus.age == 58  # the casus as it was played
    assert any("has changed since" in n for n in loaded.notices)


def test_replay_play_load_and_report_of_a_moved_casus(own_save, tmp_path, capsys) -> None:
    save, casus, game = own_save
    casus.unlink()
    assert main(["replay", str(save), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["state_hash"] == game.state_hash() and out["check"] == "same"
    report = tmp_path / "verslag.html"
    assert main(["report", str(save), "--out", str(report)]) == 0
    assert "is er niet meer" in report.read_text(encoding="utf-8")


def _tamper(save: Path, tmp_path: Path, change: Any) -> Path:
    data = json.loads(save.read_text(encoding="utf-8"))
    change(data)
    out = tmp_path / "bewerkt.json"
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(seed=d["seed"] + 1), "the seed was changed: the game was played with 5"),
    (lambda d: d.update(model="netwerkmodel"), "organisation model was changed"),
    (lambda d: d.pop("model"), ("the save names no organisation model: the default "
                               "'netwerkmodel' was used, but the game was played with "
                               "'teammodel'")),
    (lambda d: d.pop("difficulty"), "the save names no difficulty"),
    (lambda d: d["actions"].pop(), "1 action(s) are missing at the end"),
    (lambda d: d["content"]["casus"].update(
        text=d["content"]["casus"]["text"].replace("age: 58", "age: 59")),
     "the copy of mehmet.yaml in the save was edited"),
])
def test_an_edited_save_says_what_differs(own_save, tmp_path, capsys, change, expected) -> None:
    save, _casus, _game = own_save
    edited = _tamper(save, tmp_path, change)
    with pytest.raises(SaveFileError, match="does not replay the game it recorded") as e:
        load_game(edited)
    assert expected in str(e.value)
    try:  # replay shows the result and the differences, when the actions still replay
        assert load_game(edited, strict=False).differences
    except SaveFileError as again:
        assert expected in str(again)
    assert main(["replay", str(edited), "--lang", "en"]) == 1
    assert expected in capsys.readouterr().err
    assert main(["replay", str(edited)]) == 1  # Dutch by default: no English difference
    err = capsys.readouterr().err
    assert "speelt niet meer het spel dat het vastlegde" in err and expected not in err
    assert main(["play", "--text", "--load", str(edited)]) == 1
    assert main(["report", str(edited), "--out", str(tmp_path / "r.html")]) == 1
    assert not (tmp_path / "r.html").exists()


def test_an_edited_casus_file_no_longer_changes_the_game_silently(tmp_path) -> None:
    """The issue's 202 of 600: a save whose casus file was edited replayed as another game.
    Now every save replays its own copy, to the state it recorded."""
    folder = tmp_path / "casus"
    shutil.copytree(scenarios_dir(), folder)
    sc = load_scenario(folder / "ron.yaml")
    saves = []
    for seed in range(6):
        game = played(sc, seed, moves=60)
        path = tmp_path / f"ron-{seed}.json"
        write_save(path, save_data(game))
        saves.append((path, game.state_hash()))
    ron = folder / "ron.yaml"
    ron.write_text(ron.read_text(encoding="utf-8").replace("wmo: 30", "wmo: 12", 1),
                   encoding="utf-8")
    for path, h in saves:
        loaded = load_game(path)
        assert loaded.game.state_hash() == h
        assert any("has changed since" in n for n in loaded.notices)


def test_an_older_save_loads_with_a_notice_and_the_same_hash(tmp_path) -> None:
    sc = load_scenario("ron")
    game = play_random_game(Game(sc, 11, "teammodel"), RandomBot(11))
    path = tmp_path / "oud.json"
    write_save(path, game.to_save())  # what earlier versions wrote
    before = Game.from_save(game.to_save(), sc).state_hash()
    loaded = load_game(path)
    assert loaded.game.state_hash() == before == game.state_hash()
    assert loaded.differences == []
    assert any("older save" in n for n in loaded.notices)


# -- crafted saves: the exact inputs of the issue ----------------------------------------------

def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _ron_save() -> dict[str, Any]:
    return save_data(played(load_scenario("ron"), moves=10))


def test_a_seed_of_5000_digits(tmp_path, capsys) -> None:
    text = json.dumps(_ron_save()).replace('"seed": 5', '"seed": ' + "7" * 5000, 1)
    path = _write(tmp_path, "seed.json", text)
    with pytest.raises(SaveFileError) as e:
        read_save(path)
    msg = str(e.value)
    assert msg.startswith(f"{path}:1:") and "5000 digits" in msg and "7" * 50 not in msg
    for argv in (["replay", str(path)], ["play", "--text", "--load", str(path)],
                 ["report", str(path), "--out", str(tmp_path / "r.html")]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "5000 cijfers" in err and "Traceback" not in err  # Dutch by default
        assert main([*argv, "--lang", "en"]) == 1
        err = capsys.readouterr().err
        assert "5000 digits" in err and "Traceback" not in err


def test_a_seed_that_converts_but_is_absurd(tmp_path) -> None:
    text = json.dumps(_ron_save()).replace('"seed": 5', '"seed": ' + "7" * 300, 1)
    with pytest.raises(SaveFileError, match="the seed has 300 digits"):
        read_save(_write(tmp_path, "seed.json", text))


def test_a_json_array_nested_2000_deep(tmp_path, capsys) -> None:
    data = _ron_save()
    text = json.dumps(data)[:-1] + ', "ui": ' + "[" * 2000 + "]" * 2000 + "}"
    path = _write(tmp_path, "diep.json", text)
    with pytest.raises(SaveFileError, match=r"^.*diep\.json:1:\d+: not valid JSON \(nested"):
        read_save(path)
    assert main(["replay", str(path), "--lang", "en"]) == 1
    assert "nested more than" in capsys.readouterr().err
    assert main(["replay", str(path)]) == 1
    assert "lagen diep genest" in capsys.readouterr().err


def test_a_team_name_with_a_lone_surrogate(tmp_path, capsys) -> None:
    data = _ron_save()
    data["ui"] = {"teams": {"huisarts": "PLACEHOLDER"}}
    text = json.dumps(data).replace("PLACEHOLDER", "Team \\ud800")
    path = _write(tmp_path, "naam.json", text)
    with pytest.raises(SaveFileError, match=r"naam\.json:1:\d+: not valid text: "
                                            r"ui\.teams\.huisarts holds a lone surrogate"):
        read_save(path)
    assert main(["report", str(path), "--out", str(tmp_path / "r.html"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "lone surrogate" in err and "Traceback" not in err
    # the games list is filled from saves through the same reader
    from game.store.db import rebuild_from_saves

    folder = tmp_path / "saves"
    folder.mkdir()
    shutil.copy(path, folder / "naam.json")
    out = rebuild_from_saves(folder)
    assert any("lone surrogate" in e for e in out["errors"])


def test_a_million_facilitator_injections_are_refused_at_once(tmp_path) -> None:
    data = Game(load_scenario("ron"), 1).to_save()
    data["actions"] = ["facilitator:injecteer(wachtlijst_ggz)"] * 1_000_000
    path = _write(tmp_path, "veel.json", json.dumps(data))
    replayed: list[int] = []
    real_apply = Game.apply

    def counting_apply(self, *a, **kw):  # type: ignore[no-untyped-def]
        replayed.append(1)
        return real_apply(self, *a, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Game, "apply", counting_apply)
        with pytest.raises(SaveFileError,
                           match=r"veel\.json:\d+:\d+: the save has 1000000 actions"):
            load_game(path)
    assert not replayed, "refused after reading, not replayed"


def test_injections_replay_in_linear_time() -> None:
    """8,000 injections took 5 s (every injected card went over all active ones again)."""
    sc = load_scenario("ron")
    forces = list(sc.forces)

    def replay_calls(n: int) -> int:
        """Python function calls of the replay: a count, not a time, so a busy machine
        cannot make the test fail."""
        data = Game(sc, 1).to_save()
        data["actions"] = [f"facilitator:injecteer({forces[i % len(forces)]})"
                           for i in range(n)]
        calls = [0]
        engine = str(Path(Game.__module__.replace(".", "/")).parent)  # game/engine

        def count(frame, event, arg):  # type: ignore[no-untyped-def]
            # only the engine's own calls: a gc callback or a plugin of the test run
            # must not count
            if event == "call" and engine in frame.f_code.co_filename:
                calls[0] += 1

        sys.setprofile(count)
        try:
            Game.from_save(data, sc)
        finally:
            sys.setprofile(None)
        return calls[0]

    assert MAX_ACTIONS >= 8_000
    small, large = replay_calls(500), replay_calls(4_000)
    assert large < 8 * small * 3  # near linear, with the room it always had (quadratic: 64x)


# -- temporary files of an interrupted write --------------------------------------------------

def test_orphaned_temp_files_are_never_the_latest_save_and_are_cleaned(tmp_path) -> None:
    folder = tmp_path / "saves"
    folder.mkdir()
    good = folder / "ron-20261201-100000.json"
    write_save(good, _ron_save())
    old = time.time() - 7200
    orphans = [folder / ".save-abc123.json", folder / ".krachtenveld-x1.html",
               folder / ".klas.csv.tmp"]
    for p in orphans:
        p.write_text('{"format": "krachtenveld-sa', encoding="utf-8")
        os.utime(p, (old, old))
    fresh = folder / ".save-busy.json"  # a write in progress right now
    fresh.write_text("{", encoding="utf-8")
    assert last_save(folder) == good
    assert save_files(folder) == [good]
    assert not any(p.exists() for p in orphans)
    assert fresh.exists()  # not old enough to be an orphan
    assert clean_orphans(folder, max_age=0) == [fresh]


def test_a_lone_surrogate_that_reaches_the_games_list_or_a_report_is_no_crash(
        tmp_path, monkeypatch) -> None:
    """A name that did not come from a save (a network client, a test) is stored and
    written with the surrogate replaced, never a UnicodeEncodeError."""
    from game.report.command import build_report, write_outputs
    from game.store.db import open_db, record_finished_game

    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    game = play_random_game(Game(load_scenario("ron"), 3, "teammodel"), RandomBot(3))
    out = record_finished_game(game, teams={"huisarts": "Team \ud800 A"})
    assert out.error is None and out.game_id is not None
    with open_db() as db:
        assert db.games()[-1]["teams"]["huisarts"] == "Team ? A"
    data = save_data(game)
    data["ui"] = {"teams": {"huisarts": "Team \ud800 A"}}
    html, log = build_report(data, game.scenario)
    written = write_outputs(tmp_path / "r.html", html, log)
    assert "Team ? A" in written[0].read_text(encoding="utf-8")
    write_save(tmp_path / "s.json", data)
    assert read_save(tmp_path / "s.json")["ui"]["teams"]["huisarts"] == "Team ? A"
