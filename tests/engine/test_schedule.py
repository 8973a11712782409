"""A casus can schedule a force card for a round (issue 14): it comes in that round every
game, and a casus without a schedule deals exactly as before."""

from __future__ import annotations

import re
from pathlib import Path

from game.content import load_scenario, validate_paths
from game.engine import Game
from game.paths import scenarios_dir


def _greet_without_schedule() -> str:
    """Greet's file without its own schedule (the turnover card of lesson L9)."""
    text = (scenarios_dir() / "greet.yaml").read_text(encoding="utf-8")
    return re.sub(r"^schedule: .*\n", "", text, flags=re.MULTILINE)


def _plain(tmp_path: Path) -> Path:
    path = tmp_path / "plain" / "greet.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(_greet_without_schedule(), encoding="utf-8")
    return path


def _with_schedule(tmp_path: Path, lines: str) -> Path:
    path = tmp_path / "greet.yaml"
    path.write_text(_greet_without_schedule() + "\nschedule:\n" + lines, encoding="utf-8")
    return path


def test_a_scheduled_card_comes_in_its_round_every_game(tmp_path: Path) -> None:
    plain = load_scenario(_plain(tmp_path))
    path = _with_schedule(tmp_path, "  wachtlijst_wmo: 1\n  medicalisering_van_taal: 3\n")
    sc = load_scenario(path)
    for seed in range(12):
        deck = list(Game(sc, seed).state.forces_seen) + list(Game(sc, seed).state.deck)
        assert deck[0] == "wachtlijst_wmo" and deck[2] == "medicalisering_van_taal"
        before = list(Game(plain, seed).state.forces_seen) + list(Game(plain, seed).state.deck)
        assert len(deck) == len(before)
        # the other rounds deal what they dealt before (but for a card moved or replaced)
        same = sum(a == b for a, b in zip(deck, before, strict=True))
        assert same >= len(deck) - 4


def test_without_a_schedule_the_deal_is_unchanged(tmp_path: Path) -> None:
    sc = load_scenario(_plain(tmp_path))
    assert sc.casus.schedule == {}
    g = Game(sc, 5)
    assert g.state_hash() == Game.from_save(g.to_save(), sc).state_hash()


def test_a_wrong_schedule_is_reported(tmp_path: Path) -> None:
    path = _with_schedule(tmp_path, "  wachtlijst_wm: 1\n  werkdruk: 1\n"
                                    "  medicalisering_van_taal: 12\n")
    msgs = [e.message for e in validate_paths([path])]
    assert any(m.startswith("unknown force 'wachtlijst_wm'; did you mean 'wachtlijst_wmo'")
               for m in msgs), msgs
    assert any("round 1 already draws 'wachtlijst_wm'; one force card per round" in m
               for m in msgs), msgs
    assert any("round 12 is after the last round" in m for m in msgs), msgs
    path = _with_schedule(tmp_path, "  werkdruk: 30\n")
    assert [e.message for e in validate_paths([path])] == [
        "found 30, expected a number of at most 20"]
