"""A class can read the board (issue 12): it fills the screen, every card keeps its place and
its key for the whole turn, a big hand fits on one page, every role has its own colour, and
`krachtenveld` alone starts the game. Driven by real key and mouse events (headless)."""

from __future__ import annotations

import argparse

import pygame
import pytest

from game import cli
from game.engine import Action
from game.ui import app as app_module
from game.ui.scenes.board import CARD_KEYS, BoardScene
from game.ui.screenshot import build_scene
from game.ui.widgets.roles import ROLES, role_colour
from tests.ui.conftest import load
from tests.ui.helpers import drawn, key, needs_ron


def board_of(make_app, role: str = "huisarts", casus: str = "ron", size=(1920, 1080)):  # type: ignore[no-untyped-def]
    app = make_app(size, "nl", casus)
    app._scenario_ids = None
    build_scene(app, "board", casus, 3)
    s = app.session
    if role != s.current:
        assert role in s.to_move(), (role, s.to_move())
        s.current = role
        app.replace(BoardScene(app))
    app.pump(1)
    assert isinstance(app.top, BoardScene) and app.top.role == role
    return app


def keys_of(board: BoardScene) -> dict[str, str]:
    return {f.key: g.name for g, _r, f in board.shown if f.key is not None}


def names(history: list[str]) -> list[str]:
    return [Action.parse(a).name for a in history]


def code(k: str) -> int:
    return pygame.key.key_code(k)


@needs_ron
def test_pressing_1_twice_never_plays_two_different_cards(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_of(make_app)
    board = app.top
    game = app.session.game
    before = keys_of(board)
    first = before["1"]
    places = {g.name: r.topleft for g, r, _f in board.shown}
    n = len(game.history)
    key(app, pygame.K_1)
    if app.top is not board:  # a card with targets: its chooser; take the first target
        key(app, pygame.K_RETURN)
    played = names(game.history[n:])
    assert played == [first], played
    # every card keeps its key and its place; the card played greys out in place
    assert keys_of(board) == before
    assert {g.name: r.topleft for g, r, _f in board.shown} == places
    n = len(game.history)
    key(app, pygame.K_1)
    if app.top is not board:
        key(app, pygame.K_RETURN)
    assert set(names(game.history[n:])) <= {first}, "the second 1 played another card"


@needs_ron
def test_cards_10_and_up_have_a_key_and_the_whole_hand_is_on_one_page(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_of(make_app, "sociaal_werker")
    board = app.top
    hand = board.groups
    assert len(hand) >= 15  # Ron's sociaal werker has the biggest hand
    assert [g.name for g, _r, _f in board.shown] == [g.name for g in hand]
    assert board.item("more") is None and board.item("prev") is None
    screen = app.screen.get_rect()
    rects = [r for _g, r, _f in board.shown]
    for i, r in enumerate(rects):
        assert screen.contains(r)
        assert not any(r.colliderect(o) for o in rects[i + 1:]), "two cards overlap"
    keys = [f.key for _g, _r, f in board.shown]
    assert keys == list(CARD_KEYS[:len(hand)])
    assert "t" not in keys  # t is the coach's tip
    # the tenth card's key is 'a': pressing it takes that card (it gets the focus)
    tenth = board.shown[9][0]
    n = len(app.session.game.history)
    key(app, code("a"))
    if app.top is board:
        assert board.focus_key == f"card:{tenth.name}"
    else:  # its target chooser opened
        assert app.top.name == "target"
        key(app, pygame.K_ESCAPE)
    assert all(x == tenth.name for x in names(app.session.game.history[n:]))
    assert "A" in drawn(app)


@needs_ron
def test_the_biggest_hand_of_every_casus_fits_one_page(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.content import list_scenarios

    biggest = max((c.id for c in list_scenarios(strict=False)), key=lambda cid: sum(
        1 for d in load(cid).actions.values() if d.role == "sociaal_werker"))
    app = board_of(make_app, "sociaal_werker", biggest, (1280, 720))
    board = app.top
    assert len(board.shown) == len(board.groups) >= 18
    screen = app.screen.get_rect()
    klaar = board.item("klaar").rect
    for g, r, _f in board.shown:
        assert screen.contains(r), g.name
        assert not r.colliderect(klaar)


@needs_ron
def test_the_right_arrow_from_the_last_card_of_a_row_reaches_klaar(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_of(make_app)
    board = app.top
    top_row = [g for g, r, _f in board.shown if r.y == board.shown[0][1].y]
    board.focus_key = f"card:{top_row[-1].name}"
    app.keyboard_used = True
    key(app, pygame.K_RIGHT)
    assert board.focus_key == "klaar"
    key(app, pygame.K_LEFT)
    assert board.focus_key == f"card:{top_row[-1].name}"


@needs_ron
def test_the_focused_card_is_shown_in_full_beside_the_hand_not_in_a_tooltip(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_of(make_app)
    board = app.top
    g = next(g for g in board.groups if g.definition is not None and g.playable)
    board.focus_key = f"card:{g.name}"
    app.keyboard_used = True
    text = drawn(app)
    assert str(g.definition.text.get("nl")) in text
    assert "Kost nu:" in text
    assert board.item(f"card:{g.name}").tip is None  # no tooltip over the buttons


def test_every_role_has_its_own_colour() -> None:
    colours = [tuple(role_colour(r)) for r in ROLES]
    assert len(set(colours)) == len(ROLES)
    # and clearly apart, not two shades of one blue
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert sum(abs(x - y) for x, y in zip(a[:3], b[:3], strict=True)) > 100, (a, b)


@needs_ron
def test_the_team_header_is_in_the_roles_own_colour(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.board import TEAM_P

    seen = {}
    for role in ("huisarts", "wijkverpleegkundige"):
        app = board_of(make_app, role)
        board = app.top
        app.draw()
        head = board.st.R(*TEAM_P)
        seen[role] = tuple(app.screen.get_at((head.right - board.st.px(20),
                                              head.y + board.st.px(24))))[:3]
        assert seen[role] == tuple(role_colour(role))[:3]
    assert seen["huisarts"] != seen["wijkverpleegkundige"]


def test_krachtenveld_without_a_command_starts_the_game(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    started: list[argparse.Namespace] = []

    def fake_board(args: argparse.Namespace, setup: dict[str, object]) -> int:
        started.append(args)
        return 0

    monkeypatch.setattr(cli, "_play_board", fake_board)
    assert cli.main([]) == 0
    assert len(started) == 1 and not started[0].text
    assert cli.main(["--lang", "en"]) == 0  # play's own options without the word play
    assert started[1].lang == "en"
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    assert "play" in capsys.readouterr().out


def test_the_board_opens_at_the_size_of_the_screen(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def fake_run(self: app_module.App) -> int:
        seen["size"] = self.size
        seen["fullscreen"] = self.fullscreen
        return 0

    monkeypatch.setattr(app_module.App, "run", fake_run)
    assert app_module.run_board() == 0
    pygame.display.init()
    try:
        assert seen["size"] == app_module.screen_size()
        assert seen["fullscreen"] is True
    finally:
        pygame.quit()
    # a size given on the command line is a window of that size
    assert app_module.run_board(size=(1280, 720)) == 0
    assert seen["size"] == (1280, 720) and seen["fullscreen"] is False


def test_after_a_move_the_banner_tells_the_room_what_happened(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.board import banner as banner_mod
    from tests.ui.test_flow import start, to_board

    app = start(make_app)
    to_board(app)
    board = app.top
    assert board.role == "inwoner"
    # coming to the board: a big 'aan zet' banner
    assert "Team Inwoner is aan zet" in drawn(app)
    playable = [(g, f) for g, _r, f in board.shown if g.playable
                and len(g.legal) == 1 and g.legal[0].arg is None]
    assert playable, "the mini inwoner has a card without targets"
    g, face = playable[0]
    key(app, code(face.key))
    assert app.top is board
    text = drawn(app)
    name = str(g.definition.name.get("nl"))
    assert f"Inwoner: {name}" in text
    assert 1.5 <= banner_mod.BANNER_S <= 2.0
    # it stays for the room to read, then goes by itself
    for _ in range(int(banner_mod.BANNER_S * 30) - 15):
        app.pump(1)
    assert f"Inwoner: {name}" in drawn(app)
    for _ in range(30):
        app.pump(1)
    assert board.banner is None
    assert f"Inwoner: {name}" not in drawn(app).replace(f"De inwoner: {name}", "")


def test_the_hand_over_names_whose_turn_it_is_and_recaps_the_previous_team(make_app) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import focus_on
    from tests.ui.test_flow import start, to_board

    app = start(make_app)
    to_board(app)
    board = app.top
    g, face = next((g, f) for g, _r, f in board.shown if g.playable
                   and len(g.legal) == 1 and g.legal[0].arg is None)
    key(app, code(face.key))
    focus_on(app, "klaar")
    key(app, pygame.K_RETURN)
    while app.top.name != "handover":
        key(app, pygame.K_RETURN)
    text = drawn(app)
    assert "Team Huisarts is aan zet" in text
    assert "Sinds jullie vorige beurt" in text
    assert f"Inwoner: {g.definition.name.get('nl')}" in text  # what the inwoner did
    assert "inwoner: klaar" in text.lower()
    key(app, pygame.K_RETURN)
    assert app.top.name == "board" and app.top.role == "huisarts"
    assert "Team Huisarts is aan zet" in drawn(app)


def test_the_glossary_is_built_once_and_opens_again_at_once(make_app) -> None:  # type: ignore[no-untyped-def]
    import time

    from tests.ui.test_flow import start, to_board

    app = start(make_app)
    to_board(app)
    key(app, pygame.K_F1)
    first = app.top
    assert first.name == "glossary"
    box = first.box
    key(app, pygame.K_ESCAPE)
    assert app.top.name == "board"
    t0 = time.perf_counter()
    key(app, pygame.K_F1)
    took = time.perf_counter() - t0
    assert app.top is first and app.top.box is box, "the glossary was laid out again"
    print(f"glossary opened again in {took * 1000:.0f} ms")
    key(app, pygame.K_ESCAPE)
    # another language: its own glossary
    app.set_lang("en")
    key(app, pygame.K_F1)
    assert app.top.name == "glossary" and app.top is not first
