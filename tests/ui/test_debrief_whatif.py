"""The debrief's page "Wat als?", driven by real mouse and keyboard events: pick the moment
and the change, run it (a background job with a progress bar), see the comparison beside
what really happened, keep it for the report; a change that cannot be made is explained."""

from __future__ import annotations

import json
import time

import pygame
import pytest

from game.store.saves import read_save
from game.ui.scenes.debrief import WhatIfScene
from tests.ui.helpers import click_item, drawn, key, to_debrief
from tests.ui.test_debrief import finished


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WhatIfScene, "PROCESSES", 1)


def _open(make_app, size=(1280, 720), lang="nl"):  # type: ignore[no-untyped-def]
    app = finished(make_app, size=size, lang=lang)
    to_debrief(app)
    click_item(app, "tab_whatif")
    assert isinstance(app.top, WhatIfScene) and app.top.page == "whatif"
    return app


def _wait(app, scene: WhatIfScene) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while scene.state.job is not None and not scene.state.job.done:
        assert time.monotonic() < deadline, "the comparison did not finish"
        app.pump(1)
        time.sleep(0.01)
    app.pump(2)


def test_pick_a_moment_and_a_change_run_it_and_keep_it(make_app) -> None:  # type: ignore[no-untyped-def]
    app = _open(make_app)
    scene = app.top
    assert "Kies links een moment" in drawn(app)
    # the moment: a round on with Page Down, a move on with the mouse
    key(app, pygame.K_PAGEDOWN)
    first_of_round_2 = scene.state.move
    assert scene.moment().round == 2
    click_item(app, "move_on")
    assert scene.state.move == first_of_round_2 + 1
    key(app, pygame.K_MINUS)
    assert scene.state.move == first_of_round_2
    # the change: another model; its name is on the button
    click_item(app, "kind")
    click_item(app, "kind")
    assert scene.state.kind == "model"
    change = scene.change()
    assert change is not None and change.kind == "model" and change.round == 2
    if change.what == app.session.game.state.model:  # the same model cannot be "another"
        click_item(app, "what_on")
    # few games, the bots play everything (a spread of outcomes)
    while scene.state.games != 20:
        click_item(app, "games")
    click_item(app, "keep_moves")
    assert scene.state.keep is False
    key(app, pygame.K_r)
    job = scene.state.job
    assert job is not None
    if job.running:
        assert "Bezig" in drawn(app)
    _wait(app, scene)
    assert scene.state.error is None, scene.state.error
    result = scene.state.result
    assert result is not None and sum(result["whatif"]["endings"].values()) == 20
    text = drawn(app)
    assert "Echt gebeurd" in text and "Wat als" in text and "Afloop" in text
    assert "De bots speelden alle rollen" in text
    # keep it: into the save, so into the report
    click_item(app, "keep")
    assert "Bewaard" in drawn(app)
    data = read_save(app.session.save_path)
    assert len(data["wat_als"]) == 1 and data["wat_als"][0]["change"]["kind"] == "model"


def test_a_change_that_cannot_be_made_is_explained_on_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    app = _open(make_app, lang="en")
    scene = app.top
    click_item(app, "kind")  # a force off
    assert scene.state.kind == "force_off"
    game = app.session.game
    # a force that was never in play from round 1 on cannot be switched off
    never = next((f for f in scene.choices.forces if f not in game.state.forces_seen
                  and f not in game.state.deck), None)
    if never is None:
        pytest.skip("every force of the mini scenario came into play")
    while scene.options()[scene.state.what % len(scene.options())] != never:
        click_item(app, "what_on")
    key(app, pygame.K_PAGEUP)
    click_item(app, "run")
    _wait(app, scene)
    assert scene.state.result is None and scene.state.error
    assert "nothing to switch off" in drawn(app)


def test_the_page_reads_at_1080p_and_keeps_its_state_across_pages(make_app) -> None:  # type: ignore[no-untyped-def]
    app = _open(make_app, size=(1920, 1080))
    scene = app.top
    key(app, pygame.K_PAGEDOWN)
    move = scene.state.move
    click_item(app, "tab_money")
    click_item(app, "tab_whatif")
    assert app.top is not scene and app.top.state.move == move
    assert json.dumps(app.top.state.kind)
