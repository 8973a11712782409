"""Issue 13: in Lina's casus the nurse is the JGZ nurse. Every screen a player reads names
her so (the board, the hand-over with what she does, the set-up, text mode, the phone and
the projector), never "wijkverpleegkundige"; a casus without a label still says it."""

from __future__ import annotations

import re

import pytest

from game.bots.heuristic import HeuristicBot
from game.content import load_scenario
from game.engine import Game
from game.table import Table
from game.ui.screenshot import build_scene
from game.ui.text import TextGame
from tests.ui.helpers import drawn, scripted

NURSE = "wijkverpleegkundige"
CATALOGUE_WORD = re.compile(r"wijkverpl|district nurse", re.IGNORECASE)
# what a frame holds for the program, not for a player: ids and move notation
ID_KEYS = {"role", "id", "pair", "action"}


def read_texts(v: object, key: str | None = None) -> list[str]:
    """Every text in a frame a player can read (not the ids the protocol keeps)."""
    if isinstance(v, dict):
        return [t for k, x in v.items() for t in read_texts(x, k)]
    if isinstance(v, list):
        return [t for x in v for t in read_texts(x, key)]
    return [v] if isinstance(v, str) and key not in ID_KEYS else []


def at_nurses_turn(casus: str, seed: int = 3) -> Game:
    g = Game(load_scenario(casus), seed)
    bot = HeuristicBot(1)
    while NURSE not in g.to_move():
        g.apply(bot.choose(g, g.to_move()[0]))
    return g


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scene", ["board", "handover", "setup"])
def test_lina_board_names_the_jgz_nurse(make_app, lang, scene) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.board import BoardScene
    from game.ui.scenes.handover import HandoverScene

    app = make_app((1280, 720), lang, "lina")
    app._scenario_ids = None
    build_scene(app, "board" if scene != "setup" else "setup", "lina", 3)
    if scene == "board":  # the nurse's own board: her team panel, her hand
        app.session.current = NURSE
        board = BoardScene(app)
        app.replace(board)
        board.banner = None
    elif scene == "handover":
        app.session.current = None
        app.replace(HandoverScene(app, NURSE))
    app.pump(1)
    text = drawn(app)
    label = "JGZ-verpleegkundige" if lang == "nl" else "Youth health nurse"
    assert label in text, f"the {scene} does not name the JGZ nurse"
    assert not CATALOGUE_WORD.search(text), CATALOGUE_WORD.findall(text)
    if scene == "handover":  # what she does in this casus
        assert ("jeugdgezondheidszorg" if lang == "nl" else "youth health care") in text


def test_ron_board_still_says_wijkverpleegkundige(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1280, 720), "nl", "ron")
    app._scenario_ids = None
    build_scene(app, "board", "ron", 3)
    app.pump(1)
    text = drawn(app)
    assert "Wijkverpleegkundige" in text and "JGZ" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lina_text_mode_names_the_jgz_nurse(lang: str) -> None:
    out: list[str] = []
    read = scripted(["2", "", "h 1"], out)

    # the intro (with what she does), then her turn
    fresh = Game(load_scenario("lina"), 3)
    TextGame(Table(fresh), read=read, write=out.append, lang=lang).run()
    intro = "\n".join(out)
    assert ("jeugdgezondheidszorg" if lang == "nl" else "youth health care") in intro
    out.clear()
    read = scripted(["2", "", "h 1"], out)
    TextGame(Table(at_nurses_turn("lina")), read=read, write=out.append, lang=lang).run()
    text = "\n".join(out)
    assert ("team JGZ-verpleegkundige" if lang == "nl" else "team Youth health nurse") in text
    # her paid cards name the law the gemeente pays them under, as the board's badge does
    assert ("1 Gemeente (Wpg)]" if lang == "nl" else "1 Municipality (Wpg)]") in text
    assert ("de JGZ-verpleegkundige" if lang == "nl" else "the youth health nurse") in intro + text
    assert not CATALOGUE_WORD.search(intro + text), CATALOGUE_WORD.findall(intro + text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lina_phone_and_projector_name_the_jgz_nurse(tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    """The web client gets every name from the host: the seat's state, the table's board
    and the projector say the casus's word; a table of another casus keeps its own (one
    host, two casussen)."""
    from game.net import present
    from game.net.host import Host

    host = Host(tmp_path)
    host.add_table(at_nurses_turn("lina"))
    host.add_table(at_nurses_turn("ron"))
    lina, ron = host.rooms.values()
    seat = present.seat_state(lina, NURSE, lang)
    assert seat["team"] == ("JGZ-verpleegkundige" if lang == "nl" else "Youth health nurse")
    assert seat["scope"] and "JGZ" in seat["scope"]
    frames = [seat, present.board_state(lina, lang), *present.projector_tables([lina], lang)]
    for r in ("huisarts", "sociaal_werker", "inwoner"):
        frames.append(present.seat_state(lina, r, lang))
    text = "\n".join(read_texts(frames))
    assert "JGZ" in text
    assert not CATALOGUE_WORD.search(text), CATALOGUE_WORD.findall(text)[:5]
    other = "\n".join(read_texts([present.seat_state(ron, NURSE, lang),
                                   present.board_state(ron, lang)]))
    assert "JGZ" not in other and CATALOGUE_WORD.search(other)
    assert present.seat_state(ron, NURSE, lang)["scope"] is None
