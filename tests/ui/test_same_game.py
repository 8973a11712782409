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


def test_same_game_other_model_from_the_end_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.engine import Action
    from game.ui.scenes.end import EndScene

    app = make_app()
    app.start_game("mini", 321, "netwerkmodel", "normaal", {"huisarts": "De Dokters"})
    first = app.session.game
    first_path = app.session.save_path
    app.session.apply(Action("facilitator", "einde"))
    app.flow()
    app.pump(2)
    assert isinstance(app.top, EndScene)
    click_item(app, "again")
    setup = app.top
    assert setup.name == "setup"
    assert (setup.casus, setup.seed) == ("mini", 321)
    assert setup.teams.get("huisarts") == "De Dokters"
    click_item(app, "model:teammodel")
    click_item(app, "play")
    game = app.session.game
    assert game is not first and game.to_save()["seed"] == 321
    assert game.state.model == "teammodel"
    # the same game number: the same force card opens round 1
    assert first_force(first) is not None and first_force(game) == first_force(first)
    # the second game has its own file: the first one is kept, finished
    assert app.session.save_path != first_path
    from game.store.saves import read_save

    assert read_save(first_path)["actions"] == first.history


def first_force(game):  # type: ignore[no-untyped-def]
    return next((str(m.param("force")) for r, _p, m in game.state.log
                 if m.code == "force_drawn" and r == 1), None)
