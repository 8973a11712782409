"""A whole game at the board, driven by real mouse and keyboard events (headless)."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.lang import render
from game.ui.scenes.board import BoardScene
from game.ui.scenes.title import TitleScene
from tests.ui.helpers import click_item, drawn, focus_on, hover, key, ron_available


def start(make_app, size=(1280, 720), lang="nl", casus="mini"):  # type: ignore[no-untyped-def]
    app = make_app(size, lang, casus)
    app.push(TitleScene(app))
    app.pump(2)
    click_item(app, "start")
    assert app.top.name == "setup"
    app.top.seed = 3  # round 1 draws 'avg' (no choice to make), so the turns are known
    click_item(app, "play")
    return app


def to_board(app) -> None:  # type: ignore[no-untyped-def]
    """Confirm force moments, summaries and hand-overs with Enter until a team is at the board."""
    for _ in range(10):
        if app.top.name in ("board", "end"):
            return
        key(app, pygame.K_RETURN)
    raise AssertionError(f"stuck on {app.top.name}")


def test_title_setup_force_handover_board_with_the_mouse(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    assert app.session is not None
    assert app.top.name == "force"  # round 1's force card has its own moment
    click_item(app, "next")
    assert app.top.name == "handover"
    text = drawn(app)
    assert "Geef door aan team Inwoner" in text
    click_item(app, "go")
    assert isinstance(app.top, BoardScene) and app.top.role == "inwoner"


@pytest.mark.parametrize("casus", ["mini", pytest.param("ron", marks=pytest.mark.skipif(
    not ron_available(), reason="scenarios/ron.yaml is not there yet"))])
def test_a_whole_game_with_the_keyboard_ends_on_the_engines_ending(make_app, casus) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app, casus=casus)
    game = app.session.game
    turns = 0
    while app.top.name != "end":
        turns += 1
        assert turns < 400, "the game did not end"
        to_board(app)
        if app.top.name == "end":
            break
        board = app.top
        playable = [g for g in board.groups if g.playable]
        if playable and turns % 2 == 0:
            n = board.groups.index(playable[0])
            if n < 9:
                key(app, pygame.K_1 + n)
                if app.top.name == "target":
                    key(app, pygame.K_RETURN)  # the first (legal) target has the focus
                continue
        if board.klaar is not None:
            focus_on(app, "klaar")
            key(app, pygame.K_RETURN)
        else:  # a choice (ja/nee) or nothing but cards: play the first card
            key(app, pygame.K_1)
            if app.top.name == "target":
                key(app, pygame.K_RETURN)
    assert game.is_over()
    result = game.result()
    end = app.top
    assert end.result.ending == result.ending
    ending = next(e for e in game.scenario.casus.endings if e.id == result.ending)
    assert ending.name.get("nl") in drawn(app)


def test_after_a_handover_only_the_new_teams_dossier_is_shown(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    to_board(app)
    assert app.top.role == "inwoner"
    inwoner_text = drawn(app)
    # the inwoner knows all three problems of the mini casus
    for name in ("depressie", "schulden", "eenzaam"):
        assert name in inwoner_text
    focus_on(app, "klaar")
    key(app, pygame.K_RETURN)
    assert app.top.name == "handover"
    handover_text = drawn(app)
    for name in ("depressie", "schulden", "eenzaam", "Dossier"):
        assert name not in handover_text, f"'{name}' visible during the hand-over"
    key(app, pygame.K_RETURN)
    assert app.top.role == "huisarts"
    huisarts_text = drawn(app)
    assert "depressie" in huisarts_text  # the huisarts knows this one
    assert "schulden" not in huisarts_text and "eenzaam" not in huisarts_text
    assert "Team Huisarts" in huisarts_text
    # the huisarts passes to another team: the social worker sees its own (empty) dossier
    click_item(app, "switch")
    assert app.top.name == "handover"
    click_item(app, "go")
    assert app.top.role == "wijkverpleegkundige"
    text = drawn(app)
    assert "depressie" not in text and "schulden" not in text


def test_blocked_cards_show_their_reason_on_hover_and_on_focus(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    to_board(app)
    focus_on(app, "klaar")
    key(app, pygame.K_RETURN)
    to_board(app)
    board = app.top
    assert board.role == "huisarts"
    game = app.session.game
    blocked = {a.name: m for a, m in game.blocked_actions("huisarts")
               if a.name == "welzijn_op_recept"}
    reason = render(blocked["welzijn_op_recept"], game.scenario, "nl")
    card = board.item("card:welzijn_op_recept")
    assert card is not None
    group = next(g for g in board.groups if g.name == "welzijn_op_recept")
    assert not group.playable
    # the reason is written on the card itself...
    assert reason in drawn(app)
    # ...and in full in the tooltip, on hover
    hover(app, card.rect.center)
    assert board.hover_key == "card:welzijn_op_recept"
    assert f"Kan nu niet: {reason}" in drawn(app)
    # ...and on keyboard focus
    hover(app, (1, 1))
    focus_on(app, "card:welzijn_op_recept")
    assert f"Kan nu niet: {reason}" in drawn(app)
    # pressing Enter on a blocked card plays nothing
    before = len(game.history)
    key(app, pygame.K_RETURN)
    assert len(game.history) == before


def test_every_action_is_saved_and_continue_restores_the_game(make_app, home: Path) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    to_board(app)
    key(app, pygame.K_1)  # the inwoner's first card
    if app.top.name == "target":
        key(app, pygame.K_RETURN)
    game = app.session.game
    assert game.history
    save = app.session.save_path
    data = json.loads(Path(save).read_text())
    assert data["actions"] == game.history
    assert data["scenario"] == "mini"
    history = list(game.history)
    # a new program: "Verder spelen" on the title screen
    app2 = make_app()
    app2.push(TitleScene(app2))
    app2.pump(1)
    assert app2.top.item("continue").enabled
    click_item(app2, "continue")
    assert app2.session is not None
    assert app2.session.game.history == history
    to_board(app2)
    assert app2.top.name == "board"


def test_glossary_opens_from_every_screen_and_closes_with_escape(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    for _ in range(3):
        name = app.top.name
        key(app, pygame.K_F1)
        assert app.top.name == "glossary"
        text = drawn(app)
        assert "Zvw" in text and "Keukentafelgesprek" in text
        key(app, pygame.K_ESCAPE)
        assert app.top.name == name
        key(app, pygame.K_RETURN)


def test_facilitator_reveal_inject_and_end(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app)
    to_board(app)
    focus_on(app, "klaar")
    key(app, pygame.K_RETURN)
    to_board(app)
    assert app.top.role == "huisarts"
    assert "schulden" not in drawn(app)
    key(app, pygame.K_F6)  # reveal all
    text = drawn(app)
    assert "schulden" in text and "DOCENT" in text
    key(app, pygame.K_F6)
    assert "schulden" not in drawn(app)
    # inject a force through the menu
    key(app, pygame.K_F2)
    assert app.top.name == "facilitator"
    click_item(app, "inject")
    click_item(app, "force:grijs_budget")
    assert app.top.name == "force"
    game = app.session.game
    assert game.history[-1] == "facilitator:injecteer(grijs_budget)"
    key(app, pygame.K_RETURN)
    assert app.top.name == "board" and app.top.role == "huisarts"
    # pause hides the board
    key(app, pygame.K_F5)
    assert app.top.name == "pause"
    assert "depressie" not in drawn(app).split("Pauze")[-1]
    key(app, pygame.K_RETURN)
    # end the game (F8 and confirm)
    key(app, pygame.K_F8)
    click_item(app, "end_yes")
    assert game.is_over()
    assert app.top.name == "end"


def test_english_and_resizing_rebuild_the_board(make_app) -> None:  # type: ignore[no-untyped-def]
    app = start(make_app, lang="en")
    to_board(app)
    assert "Team Resident" in drawn(app) and "Done (end turn)" in drawn(app)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=1920, h=1080, size=(1920, 1080)))
    app.pump(2)
    assert app.size == (1920, 1080)
    assert app.top.name == "board"
    assert "Team Resident" in drawn(app) and "Done (end turn)" in drawn(app)
