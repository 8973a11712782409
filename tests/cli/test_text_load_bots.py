"""``play --text --load SAVE`` of a solo game (one team of people, bots for the others): the
bots and their level come back from the save, as the board's load keeps them; before, every
role came back as a team of people."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.cli import _text_table
from game.content import load_scenario
from game.engine import Game
from game.table import Table

BOTS = ("wijkverpleegkundige", "sociaal_werker", "inwoner")


def _args(save: Path) -> argparse.Namespace:
    return argparse.Namespace(load=str(save), save=None, lang="nl")


def test_the_bots_of_a_solo_save_play_again_at_their_level(tmp_path: Path) -> None:
    path = tmp_path / "solo.json"
    table = Table(Game(load_scenario("ron"), 3), bots=BOTS, bot_level="moeilijk",
                  save_path=path, teams={"huisarts": "De Dokters"})
    table.save()
    again = _text_table(_args(path), "", {})
    assert set(again.bot_roles) == set(BOTS)
    assert again.humans == ("huisarts",)
    assert again.bot_level == "moeilijk"
    assert again.teams == {"huisarts": "De Dokters"}


def test_a_save_of_four_teams_of_people_stays_four_teams(tmp_path: Path) -> None:
    path = tmp_path / "klas.json"
    Table(Game(load_scenario("ron"), 3), save_path=path).save()
    again = _text_table(_args(path), "", {})
    assert again.bot_roles == () and len(again.humans) == 4


def test_solo_load_plays_with_the_bots_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "solo.json"
    Table(Game(load_scenario("ron"), 3), bots=BOTS, save_path=path).save()
    mine = {"huisarts": None, "inwoner": None}  # (solo --role wijkverpleegkundige ...)
    again = _text_table(_args(path), "-solo", mine)
    assert set(again.bot_roles) == {"huisarts", "inwoner"}
