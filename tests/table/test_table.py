"""The table layer: one game in progress, driven the way a front end or a server drives it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.bots.heuristic import HeuristicBot
from game.content.mini import scenario as mini
from game.engine import Game, IllegalAction
from game.table import Move, Table, load_any_scenario


def test_apply_for_a_seat_refuses_another_roles_action_and_changes_nothing(
        tmp_path: Path) -> None:
    t = Table(Game(mini(), 3), save_path=tmp_path / "t.json")
    role = t.to_move()[0]
    other = next(r for r in ("huisarts", "inwoner") if r != role)
    action = t.game.legal_actions(role)[0]
    with pytest.raises(IllegalAction) as e:
        t.apply(action, role=other)
    assert e.value.reason.code == "not_your_turn"
    assert t.game.history == [] and not (tmp_path / "t.json").exists()
    events = t.apply(action, role=role)
    assert isinstance(events, list)
    assert json.loads((tmp_path / "t.json").read_text())["actions"] == [str(action)]


def test_observers_hear_every_move_people_and_bots_and_can_leave(tmp_path: Path) -> None:
    t = Table(Game(mini(), 5), bots={"huisarts": HeuristicBot(1), "wijkverpleegkundige":
                                     HeuristicBot(2), "sociaal_werker": HeuristicBot(3)},
              save_path=tmp_path / "t.json")
    heard: list[Move] = []
    stop = t.subscribe(heard.append)

    def broken(_m: Move) -> None:
        raise RuntimeError("a broken observer")

    t.subscribe(broken)
    assert t.humans == ("inwoner",)
    while t.to_move() != ("inwoner",) and not t.is_over():
        assert t.play_bots(), "the bots play when no person is to move"
    first = len(heard)
    action = t.game.legal_actions("inwoner")[0]
    t.apply(action, role="inwoner")
    assert [m.index for m in heard] == list(range(len(heard)))
    assert heard[first].role == "inwoner" and not heard[first].bot
    assert all(m.bot for m in heard[:first]) and str(heard[first].action) == str(action)
    stop()
    t.play_bots()
    assert len(heard) == first + 1


def test_bots_wait_for_the_people_in_the_professionals_phase() -> None:
    t = Table(Game(mini(), 2), bots=["wijkverpleegkundige", "sociaal_werker"])
    for _ in range(200):
        if t.game.phase == "professionals" and "huisarts" in t.game.to_move():
            break
        if t.play_bot() is None:
            t.apply(t.game.legal_actions(t.to_move()[0])[-1])
    assert t.game.phase == "professionals"
    assert t.bot_to_move() is None and t.waiting_for_people()
    assert t.to_move() == ("huisarts",)


def test_a_save_continues_with_names_bots_answers_and_the_same_state(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    t = Table(Game(mini(), 7), teams={"huisarts": "De Dokters"}, bots=["inwoner"],
              bot_level="makkelijk", save_path=path)
    t.bots["inwoner"] = HeuristicBot(4)
    for _ in range(6):
        if t.play_bot() is None:
            t.apply(t.game.legal_actions(t.to_move()[0])[0])
    t.set_answers({"huisarts": " Eerst vragen. ", "sociaal_werker": "  "})
    t.save()
    back = Table.from_save(path, load_any_scenario)
    assert back.game.state_hash() == t.game.state_hash()
    assert back.teams == {"huisarts": "De Dokters"} and back.team_name("inwoner") is None
    assert back.bot_roles == ("inwoner",) and back.bot_level == "makkelijk"
    assert back.application == {"huisarts": "Eerst vragen."}
    assert Table.from_save(path, load_any_scenario, bots=[]).bot_roles == ()


def test_a_failing_autosave_is_kept_and_the_game_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    t = Table(Game(mini(), 3), save_path=blocker / "t.json")  # a folder that cannot exist
    t.apply(t.game.legal_actions(t.to_move()[0])[0])
    assert t.save_error and len(t.game.history) == 1


def test_the_finished_game_is_recorded_once_with_its_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.store.db import open_db

    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))

    t = Table(Game(mini(), 3), bots={r: HeuristicBot(i) for i, r in enumerate(
        ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"))},
              save_path=tmp_path / "t.json")
    assert t.record() is None  # not finished: nothing recorded
    t.play_bots()
    assert t.is_over()
    assert t.record() is None
    t.set_answers({"inwoner": "Meedoen."})
    assert t.record(force=True) is None
    with open_db() as d:
        [g] = d.games()
    assert g["application"] == {"inwoner": "Meedoen."}
    assert t.debrief("nl") and t.write_report("nl").is_file()


def test_the_tests_never_write_into_the_users_own_folder() -> None:
    import os
    import tempfile

    from game.store.saves import data_dir

    home = os.environ["KRACHTENVELD_HOME"]
    assert Path(home).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert data_dir().resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())


def test_set_bot_moves_a_seat_between_people_and_a_bot_and_the_save_says_so(
        tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    t = Table(Game(mini(), 4), bots=["inwoner"], save_path=path)
    t.set_bot("huisarts", True, level="moeilijk")
    assert t.bot_roles == ("inwoner", "huisarts") and t.is_bot("huisarts")
    assert "huisarts" not in t.humans and t.bot_level == "moeilijk"
    ui = json.loads(path.read_text())["ui"]
    assert ui["bots"] == ["inwoner", "huisarts"] and ui["bot_level"] == "moeilijk"
    assert "huisarts" not in ui["humans"] and "sociaal_werker" in ui["humans"]
    back = Table.from_save(path, load_any_scenario)
    assert back.bot_roles == ("inwoner", "huisarts") and back.bot_level == "moeilijk"
    # with every seat a bot the table plays by itself; with none, it waits for people
    for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker"):
        t.set_bot(role, True)
    assert t.to_move() == () and len(t.play_bots(limit=5)) == 5
    for role in ("inwoner", "huisarts", "wijkverpleegkundige", "sociaal_werker"):
        t.set_bot(role, False)
    assert t.bot_roles == () and t.play_bot() is None and t.to_move() == t.game.to_move()
    assert json.loads(path.read_text())["ui"]["bots"] == []
    assert len(json.loads(path.read_text())["actions"]) == 5
    assert Table.from_save(path, load_any_scenario).bot_roles == ()
    with pytest.raises(ValueError, match="unknown role 'arts'"):
        t.set_bot("arts", True)
    with pytest.raises(ValueError, match="unknown bot level"):
        t.set_bot("huisarts", True, level="super")
    assert t.bot_roles == ()
