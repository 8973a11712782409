"""What a class must read is never cut: the force card, the casus card, the trust line, and
on every action card its name and (for a blocked card) its whole reason. The time badge
shows what an action costs now, surcharges included."""

from __future__ import annotations

import pygame
import pytest

from game.lang import render
from game.ui import style
from game.ui.scenes.board import INSPECT
from game.ui.screenshot import build_scene
from game.ui.style import Style, clean
from game.ui.widgets.cards import layout_card, layout_force_card
from tests.ui.helpers import focus_on, needs_ron

SIZES = [((1920, 1080), "nl"), ((1280, 720), "en")]




def frame(app) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The texts drawn in one frame, and the texts that had to be cut with '…'."""
    style.TEXT_LOG, style.CUT_LOG = [], []
    try:
        app.draw()
        return list(style.TEXT_LOG), list(style.CUT_LOG)
    finally:
        style.TEXT_LOG, style.CUT_LOG = None, None


def norm(text: str) -> str:
    return " ".join(clean(text).split())


def drawn_in_full(text: str, log: list[str]) -> bool:
    """True when the lines drawn, read one after the other, hold the whole text (the log
    also holds each wrapped text as a whole: that entry is left out, only lines count)."""
    rest = list(log)
    if text in rest:
        rest.remove(text)  # the whole text, logged before its lines
    return norm(text) in norm(" ".join(rest))


def board_app(make_app, size, lang, scene="board"):  # type: ignore[no-untyped-def]
    app = make_app(size, lang, "ron")
    app._scenario_ids = None
    build_scene(app, scene, "ron", 3)
    app.pump(1)
    return app


@needs_ron
@pytest.mark.parametrize(("size", "lang"), SIZES)
def test_the_force_card_of_this_round_is_drawn_in_full(make_app, size, lang) -> None:  # type: ignore[no-untyped-def]
    app = board_app(make_app, size, lang)
    board = app.top
    fid = board.view.current_force
    assert fid, "seed 3 of Ron starts with a force"
    force = app.session.scenario.forces[fid]
    texts, cuts = frame(app)
    for text in (force.name.get(lang), force.text.get(lang)):
        assert drawn_in_full(text, texts), f"not all of {text!r} is on the board"
    assert not [c for c in cuts if c in (force.text.get(lang), force.name.get(lang))]
    assert board.item("force_more") is None  # it fits: no reader needed


@needs_ron
@pytest.mark.parametrize(("size", "lang"), SIZES)
def test_every_force_of_every_casus_fits_the_card_on_the_board(make_app, size, lang) -> None:  # type: ignore[no-untyped-def]
    from game.content import list_scenarios, load_scenario
    from game.ui.scenes.board import FORCE

    make_app(size, lang)  # a display, for the fonts
    st = Style(size)
    rect = st.R(*FORCE)
    too_long = []
    for entry in list_scenarios(strict=False):
        sc = load_scenario(entry.id)
        for f in sc.forces.values():
            lay = layout_force_card(st, rect, f.name.get(lang), f.text.get(lang),
                                    "Kracht van deze ronde · nog 3 r.")
            if not lay.fits:
                too_long.append(f"{entry.id}:{f.id}")
            assert lay.body_font.get_height() >= round(20 * st.s) - 1  # never below 20 px
    assert not too_long, f"force texts too long for the board's card: {too_long}"


@needs_ron
@pytest.mark.parametrize(("size", "lang"), SIZES)
@pytest.mark.parametrize("scene", ["board", "inwoner", "busy"])
def test_nothing_a_class_must_read_is_cut(make_app, size, lang, scene) -> None:  # type: ignore[no-untyped-def]
    app = board_app(make_app, size, lang, scene)
    board = app.top
    assert board.name == "board"
    texts, cuts = frame(app)
    assert cuts == [], f"cut with '…' on the {scene} board: {cuts}"
    c = app.session.scenario.casus
    assert drawn_in_full(c.summary.get(lang), texts)
    trust = board._trust[0]
    assert drawn_in_full(trust, texts), trust
    assert board.item("casus_more") is None
    for g, rect, face in board.shown:
        lay = layout_card(board.st, face, rect.w, rect.h)
        assert lay.title_fits, f"card {g.name} does not show its name in full"
        assert drawn_in_full(face.title, texts), face.title
    # the inspect panel shows every card in full when it has the focus (Tab, as a user would)
    for g, _rect, _face in board.shown:
        focus_on(app, f"card:{g.name}")
        texts, cuts = frame(app)
        assert cuts == [], f"the inspect panel cuts card {g.name}: {cuts}"
        parts = app.top.inspect_parts(g, app.top.inspected()[1])
        for kind, text, _colour in parts:
            if kind in ("targets", "head"):  # when there is room (the chooser has the targets)
                continue
            assert drawn_in_full(text, texts), f"{g.name}: {text!r} is not all there"


@needs_ron
@pytest.mark.parametrize(("size", "lang"), SIZES)
def test_a_blocked_cards_reason_is_shown_in_full_when_it_has_the_focus(make_app, size, lang) -> None:  # type: ignore[no-untyped-def]
    app = board_app(make_app, size, lang, "busy")
    board = app.top
    game = app.session.game
    blocked = [(g, rect, face) for g, rect, face in board.shown if not g.playable]
    assert len(blocked) >= 2
    inspect = board.st.R(*INSPECT)
    for g, _rect, face in blocked:
        why = g.reason()
        reason = render(why, game.scenario, lang)
        assert face.reason == reason
        focus_on(app, f"card:{g.name}")
        texts, cuts = frame(app)
        assert cuts == []
        assert drawn_in_full(reason, texts), f"the reason of {g.name} is not all there"
        # in the inspect panel, right of the hand: no tooltip over the cards or the buttons
        assert inspect.left >= max(r.right for _g, r, _f in board.shown)
    # the longest reason of all (a force behind it: 'Geblokkeerd door …') is there in full
    longest = max(blocked, key=lambda b: len(render(b[0].reason(), game.scenario, lang)))
    focus_on(app, f"card:{longest[0].name}")
    texts, _cuts = frame(app)
    assert drawn_in_full(render(longest[0].reason(), game.scenario, lang), texts)


@needs_ron
def test_the_time_badge_shows_the_cost_now_with_its_surcharge(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_app(make_app, (1920, 1080), "nl", "busy")
    board = app.top
    game = app.session.game
    marked = []
    texts, _cuts = frame(app)
    for g, _rect, face in board.shown:
        acts = list(g.legal) or [a for a, _m in g.blocked]
        costs = {game.time_cost(a) for a in acts} - {None}
        if not costs or g.definition is None:
            continue
        assert face.time == min(costs)
        base = g.definition.cost.time
        if max(costs) > base:
            assert face.time_extra == max(costs) - base
            marked.append(g.name)
            assert f"{face.time_text} (+{face.time_extra})" in texts
    assert marked, "the busy board of Ron has an action with a surcharge (sharing)"


@needs_ron
def test_the_target_chooser_names_each_targets_cost(make_app) -> None:  # type: ignore[no-untyped-def]
    app = board_app(make_app, (1920, 1080), "nl", "target")
    chooser = app.top
    assert chooser.name == "target"
    game = app.session.game
    texts, cuts = frame(app)
    assert cuts == []
    for _key, a, _m, _label, _lines, ctext in chooser.rows:
        cost = game.time_cost(a)
        assert ctext is not None and ctext.startswith(f"{cost} tijd")
        assert ctext in texts


@needs_ron
def test_a_long_dossier_opens_whole_in_a_reader(make_app) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import click_item, key

    # the busy board in the size and language where its dossier does not fit the panel
    for size, lang in [((1280, 720), "en"), ((1280, 720), "nl"), ((1920, 1080), "en"),
                       ((1920, 1080), "nl")]:
        app = board_app(make_app, size, lang, "busy")
        board = app.top
        if not board._dossier[1]:
            break
    else:
        pytest.fail("the busy board's dossier fits everywhere: the reader is not tested")
    items = board.dossier_items(board.view)
    click_item(app, "dossier")
    reader = app.top
    assert reader.name == "reader" and reader.key == "dossier"
    for kind, _k, text, _s in items:
        if kind != "head":
            assert text.replace("&", "&amp;") in reader.html
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_ESCAPE)
    assert app.top is board
