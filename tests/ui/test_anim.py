"""Short animations where something changes: money flies to the pot that pays and its number
counts, a new dossier line slides in, a relation beats. They end within 0.6 s, a key or click
finishes them, and then the main loop goes back to idle (no more drawing)."""

from __future__ import annotations

import time

import pygame

from game.ui.anim import MAX_S, Animator
from game.ui.app import FPS_ACTIVE
from game.ui.scenes.board.banner import BANNER_S
from game.ui.screenshot import build_scene
from tests.ui.helpers import key, needs_ron


def test_animator_never_runs_longer_than_its_limit() -> None:
    a = Animator()
    a.start("x", 5.0, delay=3.0)
    a.start("y", 0.2)
    assert a.active
    t = 0.0
    while a.active:
        a.step(1 / 60)
        t += 1 / 60
        assert t <= MAX_S + 1e-6
    assert a.progress("x") is None  # ended: draw the end state


def consult_on_the_board(make_app):  # type: ignore[no-untyped-def]
    app = make_app((1920, 1080), "nl", "ron")
    build_scene(app, "board", "ron", 3)
    app.pump(1)
    board = app.top
    g = next(g for g in board.groups if g.name == "consult")
    before = dict(board.view.pots)
    board.play(g)  # a consult: the Zvw pays, the huisarts learns what Ron tells
    assert app.top is board
    return app, board, before


@needs_ron
def test_a_payment_flies_to_the_pot_and_its_number_counts(make_app) -> None:  # type: ignore[no-untyped-def]
    app, board, before = consult_on_the_board(make_app)
    after = board.view.pots
    assert after["zvw"] < before["zvw"]
    coins = board.anim.with_prefix("coin:")
    assert coins and coins[0].data["pot"] == "zvw"
    pot = board.anim.get("pot:zvw")
    assert pot is not None and (pot.data["old"], pot.data["new"]) == (before["zvw"], after["zvw"])
    assert any(k.startswith("line:") for k in board.anim.tweens)  # the dossier grew
    seen = set()
    frames = 0
    while board.anim.active:
        app.step(1 / FPS_ACTIVE)
        app.draw()
        frames += 1
        tw = board.anim.get("pot:zvw")
        if tw is not None:
            from game.ui.anim import ease_out, lerp

            seen.add(round(lerp(tw.data["old"], tw.data["new"], ease_out(tw.progress))))
        assert frames <= MAX_S * FPS_ACTIVE + 2, "an animation ran past 0.6 s"
    assert before["zvw"] in seen  # the number counts from where it was
    # the banner of the move stays for the room to read, then goes by itself
    for _ in range(round(BANNER_S * FPS_ACTIVE) + 2):
        if board.banner is None:
            break
        app.step(1 / FPS_ACTIVE)
    assert board.banner is None
    # back to idle: nothing moves, the loop is told not to draw
    assert app.step(1 / FPS_ACTIVE) is False
    assert board.fresh_keys  # the new lines stay marked until the next action


@needs_ron
def test_a_key_finishes_the_animation_at_once(make_app) -> None:  # type: ignore[no-untyped-def]
    app, board, _before = consult_on_the_board(make_app)
    assert board.anim.active
    key(app, pygame.K_LEFT)  # any key (it still moves the focus)
    assert not board.anim.active


@needs_ron
def test_the_main_loop_draws_while_animating_and_then_idles(make_app) -> None:  # type: ignore[no-untyped-def]
    app, board, _before = consult_on_the_board(make_app)
    assert board.anim.active
    app.last_input = 0.0  # nobody touched anything
    stamps: list[float] = []
    draw = app.draw

    def counting_draw() -> None:
        stamps.append(time.monotonic())
        draw()

    app.draw = counting_draw  # type: ignore[method-assign]
    pygame.event.clear()
    pygame.time.set_timer(pygame.event.Event(pygame.QUIT), 3500, loops=1)
    start = time.monotonic()
    app.run()
    assert not board.anim.active and board.banner is None
    assert len(stamps) >= 5, "the animation was not drawn"
    last = stamps[-1] - start
    # the move's banner is drawn while it shows (and fades), then nothing
    assert last < BANNER_S + 0.6, f"still drawing {last:.2f} s after the action: not idle"
    moving_frames = [s for s in stamps if s - start < BANNER_S + 0.6]
    assert len(moving_frames) <= (BANNER_S + 0.6) * FPS_ACTIVE + 2
