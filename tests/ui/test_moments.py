"""Issue 12, "What just happened is shown to the room": a crisis, a team meeting (MDO), a
request for consent and a colleague who leaves each get a full-screen moment, in order with
the round summaries and force cards, driven by real clicks and keys (headless)."""

from __future__ import annotations

import pygame

from game.ui.screenshot import build_scene
from tests.ui.helpers import click_item, drawn, key, needs_ron


@needs_ron
def test_a_request_for_consent_has_its_moment_and_the_turn_goes_on(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1280, 720), "nl", "ron")
    app._scenario_ids = None
    build_scene(app, "board", "ron", 3)
    app.pump(1)
    board = app.top
    assert board.name == "board" and board.role == "huisarts"
    click_item(app, "card:vraag_toestemming")
    if app.top.name == "target":  # more than one pair to ask about: take the first
        key(app, pygame.K_RETURN)
    assert app.top.name == "moment", app.top.name
    assert app.top.message.code == "consent_asked"
    text = drawn(app)
    assert "Een vraag om toestemming" in text and "vraagt toestemming" in text
    key(app, pygame.K_RETURN)
    assert app.top.name == "board" and app.top.role == "huisarts"
    assert not app.session.moments


@needs_ron
def test_moments_of_a_game_played_on_without_the_board_are_not_shown(make_app) -> None:  # type: ignore[no-untyped-def]
    """A game the bots finished off screen opens at its last summary, not at a pile of old
    moments."""
    from game.bots.random_bot import RandomBot

    app = make_app((1280, 720), "nl", "ron")
    app.start_game("ron", 4, "netwerkmodel", "normaal", {})
    s = app.session
    bot = RandomBot(4)
    while not s.game.is_over():
        s.apply(bot.choose(s.game, bot.rng.choice(s.game.to_move())))
    app.flow()
    names = []
    for _ in range(6):
        names.append(app.top.name)
        if app.top.name == "end":
            break
        key(app, pygame.K_RETURN)
    assert names[-1] == "end"
    assert names.count("summary") == 1, names
    assert all(n in ("summary", "moment", "end") for n in names), names
