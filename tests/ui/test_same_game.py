"""The same game at every table: the board's set-up starts from the command line's casus and
game number, and the facilitator menu shows the number (and the command) to start it again."""

from __future__ import annotations

import argparse

import pytest

from game import cli
from game.ui.scenes.facilitator import FacilitatorScene
from game.ui.scenes.title import TitleScene
from tests.ui.helpers import click_item, drawn


def test_the_setup_starts_from_the_given_seed_and_casus(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.setup_defaults = {"scenario": "mini", "seed": 4242, "model": "teammodel"}
    app.push(TitleScene(app))
    app.pump(2)
    click_item(app, "start")
    setup = app.top
    assert setup.name == "setup"
    assert (setup.casus, setup.seed, setup.model) == ("mini", 4242, "teammodel")
    click_item(app, "play")
    game = app.session.game
    assert game.to_save()["seed"] == 4242 and game.state.model == "teammodel"


def test_the_facilitator_menu_names_the_game_number_and_the_command(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.start_game("mini", 777, "netwerkmodel", "normaal", {})
    app.push(FacilitatorScene(app))
    app.pump(2)
    text = drawn(app)
    assert "spelnummer 777" in text
    assert "krachtenveld play --scenario mini --seed 777 --model netwerkmodel" in text


@pytest.mark.parametrize("argv,given", [
    (["play"], {}),
    (["play", "--seed", "9", "--scenario", "greet"], {"seed": 9, "scenario": "greet"}),
])
def test_play_passes_only_the_options_given_to_the_board(monkeypatch, argv, given) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def fake_board(args: argparse.Namespace, setup: dict[str, object]) -> int:
        seen.update(setup)
        seen["_text_seed"] = args.seed
        return 0

    monkeypatch.setattr(cli, "_play_board", fake_board)
    assert cli.main(argv) == 0
    assert {k: v for k, v in seen.items() if not k.startswith("_")} == given
    assert seen["_text_seed"] == given.get("seed", 1)  # the text mode keeps its default
