"""The leven phase is not silent (its health changes come with their cause under a heading
of their own, on the board and in the text mode), and the last round's summary comes before
the end screen (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.bots.heuristic import HeuristicBot
from game.engine import Game
from game.engine.roles import ROLES
from game.store.saves import save_data, write_save
from game.ui.scenes.title import TitleScene
from game.ui.text import TextGame
from tests.ui.conftest import load
from tests.ui.helpers import click_item, drawn, key


def test_the_board_shows_round_1s_leven_phase_under_its_own_heading(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1920, 1080), "nl", "ron")
    app.push(TitleScene(app))
    app.pump(2)
    click_item(app, "start")
    app.top.seed = 1  # round 1's force card has no choice: the inwoner moves first
    click_item(app, "play")
    for _ in range(6):
        if app.top.name == "board":
            break
        key(app, pygame.K_RETURN)
    assert app.top.name == "board" and app.top.role == "inwoner"
    text = drawn(app)
    # the log shows its newest lines; the heading of their part stays in sight above them
    head = text.index("Leven van Ron: wat er vanzelf gebeurde")
    assert text.index("Schulden is ernstig", head) > head


def test_the_text_mode_shows_round_1s_leven_phase_under_its_own_heading(tmp_path: Path) -> None:
    game = Game(load("ron"), 1)
    out: list[str] = []
    answers = iter(["klaar"])

    def read(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    bots = {r: HeuristicBot(i) for i, r in enumerate(ROLES) if r != "inwoner"}
    TextGame(game, tmp_path / "t.json", read=read, write=out.append, bots=bots).run()
    text = "\n".join(out)
    head = text.index("Ronde 1 · Leven: wat er vanzelf gebeurde bij Ron")
    assert text.index("Schulden: kwaliteit van leven 5 → 4.") > head


def board_at_the_last_move(make_app, tmp_path: Path, game: Game):  # type: ignore[no-untyped-def]
    """The board of a saved game one move before its end; that last move is then played on
    the board's session and the flow runs, as after a click."""
    actions = game.history
    before = Game(game.scenario, game.state.seed)
    for a in actions[:-1]:
        before.apply(a)
    path = tmp_path / "game.json"
    write_save(path, save_data(before))
    app = make_app((1280, 720), "nl", "ron")
    assert app.continue_game(path) is None
    app.session.apply(actions[-1], actions[-1].split(":")[0])
    app.flow()
    return app


def test_the_last_rounds_summary_comes_before_the_end_screen(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sc = load("ron")
    game = Game(sc, 2)
    bots = {r: HeuristicBot(i) for i, r in enumerate(ROLES)}
    while not game.is_over():
        role = game.to_move()[0]
        game.apply(bots[role].choose(game, role))
    app = board_at_the_last_move(make_app, tmp_path, game)
    seen = []
    for _ in range(6):
        seen.append((app.top.name, getattr(app.top, "round_no", None)))
        if app.top.name == "end":
            break
        key(app, pygame.K_RETURN)
    assert seen[-1][0] == "end"
    assert ("summary", game.round) in seen, seen


def test_a_game_that_ends_in_the_leven_phase_still_summarises_the_round_before(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Nobody helps Ron: a crisis at the start of a round ends the game. The round whose
    moves led to it gets its summary first, then the crisis has its full-screen moment, then
    the summary of the round of the crisis, then the end."""
    sc = load("ron")
    game = Game(sc, 1)
    while not game.is_over():
        role = game.to_move()[0]
        legal = game.legal_actions(role)
        klaar = [a for a in legal if a.name in ("klaar", "kies")]
        game.apply(klaar[0] if klaar else legal[0])
    last = game.round
    assert game.phase != "afronding" and 1 < last < sc.casus.rounds, (
        "the test needs a game that ends in a leven phase before the last round")
    app = board_at_the_last_move(make_app, tmp_path, game)
    # the board followed the game: round last-2's summary was shown
    app.session.summarised_round = last - 2
    app.flow()
    seen = []
    for _ in range(8):
        seen.append((app.top.name, getattr(app.top, "round_no", None)))
        if app.top.name == "moment":
            assert app.top.message.code == "escalation"
            assert "Crisis" in drawn(app)
        if app.top.name == "end":
            break
        key(app, pygame.K_RETURN)
    assert seen == [("summary", last - 1), ("moment", last), ("summary", last),
                    ("end", None)], seen
