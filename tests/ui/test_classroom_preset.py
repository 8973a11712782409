"""The classroom preset (issue 12, "A class can read it"): with it the board's body text is
at least 32 px and the cards' names at least 36 px at 1920x1080 (proportionally less at
1280x720); no text leaves its panel, its card or the screen, and no text runs into a control,
on any scene, in Dutch and English, at both sizes; it is switched on with real key and mouse
events on the title screen or with ``play --classroom``, and kept for next time."""

from __future__ import annotations

import pygame
import pygame_gui
import pytest

from game import cli
from game.engine import Action
from game.ui import app as app_module
from game.ui import style
from game.ui.scenes.board import BoardScene
from game.ui.scenes.board.layout import LIST_ROWS
from game.ui.scenes.title import TitleScene
from game.ui.screenshot import SCENES, build_scene
from game.ui.settings import load_settings, save_setting
from game.ui.style import CLASSROOM_ZOOM
from tests.ui.helpers import click_item, focus_on, key, needs_ron

SIZES = [(1920, 1080), (1280, 720)]
LANGS = ["nl", "en"]

def classroom_app(make_app, size, lang, casus="ron", scene="board", on=True):  # type: ignore[no-untyped-def]
    app = make_app(size, lang, casus)
    app.classroom = on
    if casus == "ron":
        app._scenario_ids = None
    build_scene(app, scene, casus, 3)
    app.keyboard_used = False
    app.pump(1)
    return app


def draw_logged(app, scene) -> list[style.DrawnRect]:  # type: ignore[no-untyped-def]
    """Where one scene draws its texts and its panels, in the order drawn."""
    style.RECT_LOG = []
    try:
        scene.draw(app.screen, active=scene is app.top)
        return list(style.RECT_LOG)
    finally:
        style.RECT_LOG = None


def texts_of(logged):  # type: ignore[no-untyped-def]
    return [(text, r, px, size) for kind, text, r, px, size in logged if kind == "text"]


def overflows(app, where: str, controls: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text that leaves its surface or its panel or card (the last one drawn before it
    that holds its top-left corner), or that runs into a control of its scene without being
    inside it; and every button whose label is wider than the button. For every scene
    shown (an overlay and what is under it)."""
    screen = app.screen.get_rect()
    shown = app.scenes[max(i for i, s in enumerate(app.scenes) if s.opaque or i == 0):]
    problems = []
    for scene in shown:
        logged = draw_logged(app, scene)
        assert texts_of(logged), f"{where}: {scene.name} drew no text"
        panels: list[pygame.Rect] = []
        for kind, text, r, _px, size in logged:
            if kind == "panel":
                if size == screen.size:
                    panels.append(r)
                continue
            label = f"{where} {scene.name}: {text!r} {r}"
            if not pygame.Rect((0, 0), size).contains(r):
                problems.append(f"{label} leaves its surface {size}")
                continue
            if size != screen.size:
                continue
            owner = next((p for p in reversed(panels) if p.collidepoint(r.topleft)), None)
            if owner is not None and not owner.contains(r):
                problems.append(f"{label} leaves its panel {owner}")
            if controls:
                for f in scene.items:
                    if f.rect.colliderect(r) and not f.rect.contains(r):
                        problems.append(f"{label} runs into control '{f.key}' {f.rect}")
        assert scene.manager is not None
        for el in scene.manager.get_sprite_group().sprites():
            if isinstance(el, pygame_gui.elements.UIButton) and el.font is not None:
                need = el.font.size(el.text)[0] + 2 * el.text_horiz_alignment_padding
                if need > el.rect.w:
                    problems.append(f"{where} {scene.name}: the label {el.text!r} ({need} px) "
                                    f"is wider than its button {el.rect}")
    return problems


# -- the type is large -------------------------------------------------------------------


def in_rect(rects, area):  # type: ignore[no-untyped-def]
    return [(text, px) for text, r, px, _s in rects if area.contains(r)]


@needs_ron
@pytest.mark.parametrize("lang", LANGS)
def test_at_1080p_body_text_is_32_px_and_card_names_36_px(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    app = classroom_app(make_app, (1920, 1080), lang)
    board = app.top
    assert isinstance(board, BoardScene) and board.st.zoom == CLASSROOM_ZOOM
    assert board.st.font("body").point_size >= 32
    assert board.st.font("h3", bold=True).point_size >= 36
    rects = texts_of(draw_logged(app, board))
    # every card in the list shows its name in 36 px or more
    assert len(board.shown) == min(LIST_ROWS, len(board.groups)) >= 5
    for g, row, face in board.shown:
        names = [(t, px) for t, px in in_rect(rects, row)
                 if t != face.key.upper() and t in face.title]  # type: ignore[union-attr]
        assert " ".join(t for t, _px in names) == face.title, (g.name, names)
        assert min(px for _t, px in names) >= 36, (g.name, names)
    # the force card's text and the focused card's text in the inspect panel: 32 px or more
    v = board.view
    force = app.session.scenario.forces[v.current_force]
    body = [(t, px) for t, _r, px, _s in rects if t in force.text.get(lang)
            and len(t) > 12]
    assert body and min(px for _t, px in body) >= 32, body
    g, face = board.inspected()
    inspect = board.st.R(*board.L.inspect)
    text = [(t, px) for t, px in in_rect(rects, inspect) if t in str(face.note)]
    assert text and min(px for _t, px in text) >= 32, text
    # nothing on the board is smaller than 28 px (the usual board goes down to 20)
    assert min(px for _t, _r, px, _s in rects) >= 28
    app.set_classroom(False, keep=False)
    usual = texts_of(draw_logged(app, app.top))
    assert min(px for _t, _r, px, _s in usual) <= 21


@needs_ron
def test_at_720p_the_type_scales_down_proportionally(make_app) -> None:  # type: ignore[no-untyped-def]
    app = classroom_app(make_app, (1280, 720), "nl")
    st = app.top.st
    assert st.font("body").point_size == round(32 * 720 / 1080)
    assert st.font("h3", bold=True).point_size == round(36 * 720 / 1080)


# -- nothing overlaps or is cut off ------------------------------------------------------


@pytest.mark.parametrize(("size", "lang", "classroom"), [
    *((size, lang, True) for size in SIZES for lang in LANGS),
    ((1920, 1080), "nl", False), ((1280, 720), "en", False)])
def test_no_text_overflows_on_any_scene(make_app, size, lang, classroom) -> None:  # type: ignore[no-untyped-def]
    """Every scene, in the preset and without it (the scenes without a classroom layout
    look the same in both; the board does not)."""
    problems = []
    for scene in SCENES:
        app = classroom_app(make_app, size, lang, "mini", scene, classroom)
        problems += overflows(app, scene, controls=scene != "banner")
    assert not problems, "\n".join(problems)


@needs_ron
@pytest.mark.parametrize(("size", "lang", "scene"), [
    *((size, lang, scene) for size in SIZES for lang in LANGS for scene in ("board", "inwoner")),
    ((1920, 1080), "nl", "busy"), ((1280, 720), "en", "busy")])  # (busy: a search, slow)
def test_no_text_overflows_on_ron_s_boards_on_every_page(make_app, size, lang, scene) -> None:  # type: ignore[no-untyped-def]
    app = classroom_app(make_app, size, lang, "ron", scene)
    board = app.find("board")
    assert isinstance(board, BoardScene) and board.st.classroom
    problems = overflows(app, f"{scene} cards 1")
    if app.top is board:
        for page in range(1, board.list_pages()):
            board.turn_list(1)
            app.pump(1)
            problems += overflows(app, f"{scene} cards {page + 1}")
        key(app, pygame.K_F3)
        assert board.page == "table"
        problems += overflows(app, f"{scene} table")
        # the inspect panel holds every card in full when it has the focus
        key(app, pygame.K_F3)
        for i, g in enumerate(board.groups):
            board.show_card(i)
            board.focus_key = f"card:{g.name}"
            app.keyboard_used = True
            style.CUT_LOG = []
            try:
                app.draw()
                cuts = list(style.CUT_LOG)
            finally:
                style.CUT_LOG = None
            assert not cuts, f"{scene}: the inspect panel cuts {g.name}: {cuts}"
    assert not problems, "\n".join(problems)


@needs_ron
@pytest.mark.parametrize("lang", LANGS)
def test_every_card_name_of_every_casus_fits_its_row(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    """Two lines of 36 px in the list's row, for every card of every casus (a new card with
    a long name fails here, not in front of a class)."""
    from game.content import list_scenarios, load_scenario
    from game.lang import law_name
    from game.ui.scenes.board.classroom import row_parts, row_title
    from game.ui.scenes.board.layout import list_row
    from game.ui.scenes.board.words import time_word
    from game.ui.style import Style
    from game.ui.widgets.cards import _badge_w

    make_app((1920, 1080), lang)
    st = Style((1920, 1080), CLASSROOM_ZOOM)
    rect = st.R(*list_row(0))
    too_long = []
    for entry in list_scenarios(strict=False):
        sc = load_scenario(entry.id)
        # the column of costs is as wide as the widest cost of the hand; at worst a range
        # with a surcharge ("1–2 tijd (+1)") or the longest law
        cost_w: dict[str, int] = {}
        for d in sc.actions.values():
            w = _badge_w(st, f"{d.cost.time}–{d.cost.time + 1} {time_word(d.role, lang)} (+1)")
            if d.cost.pot:
                law = (law_name(d.law or "wmo", lang) if d.cost.pot == "wmo"
                       else d.cost.pot.capitalize())
                w = max(w, _badge_w(st, f"{law} {d.cost.money}"))
            cost_w[d.role] = max(cost_w.get(d.role, 0), w)
        for d in sc.actions.values():
            _k, room, _c = row_parts(st, rect, cost_w[d.role], blocked=True)
            _font, lines, ok = row_title(st, str(d.name.get(lang)), room.w, room.h)
            if not ok:
                too_long.append(f"{entry.id}:{d.role}:{d.name.get(lang)} {lines}")
    assert not too_long, too_long


# -- switching it on ---------------------------------------------------------------------


@needs_ron
def test_the_title_screen_switches_it_on_with_a_click_and_keeps_it(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1920, 1080), "nl", "ron")
    app._scenario_ids = None
    app.push(TitleScene(app))
    app.pump(1)
    assert not app.classroom and not load_settings()["classroom"]
    click_item(app, "classroom")
    assert app.classroom
    assert load_settings()["classroom"] is True  # kept for next time
    assert app.top.item("classroom").element.text == "Klasweergave: aan"
    # and with the keyboard: Tab to it, Enter switches it off again
    focus_on(app, "classroom")
    key(app, pygame.K_RETURN)
    assert not app.classroom and load_settings()["classroom"] is False
    key(app, pygame.K_SPACE)
    assert app.classroom
    # a game started now is shown in the preset: F3 and Page Down with real keys
    build_scene(app, "board", "ron", 3)
    app.pump(1)
    board = app.top
    assert isinstance(board, BoardScene) and board.st.zoom == CLASSROOM_ZOOM
    assert board.page == "cards"
    assert board.item("klaar") is not None and board.item("ledger") is None
    key(app, pygame.K_F3)
    assert board.page == "table"
    assert board.shown == [] and board.item("klaar") is None and board.item("ledger")
    click_item(app, "view")
    assert board.page == "cards"
    assert board.list_pages() >= 2 and board.list_page == 0
    key(app, pygame.K_PAGEDOWN)
    assert board.list_page == 1
    assert board.shown[0][2].key == "9"
    # a card on the other page comes into view with its key; its key still plays it
    first = board.groups[0]
    n = len(app.session.game.history)
    key(app, pygame.K_1)
    assert board.list_page == 0
    assert board.focus_key == f"card:{first.name}"
    chooser = app.top is not board
    if chooser:  # its target chooser
        key(app, pygame.K_ESCAPE)
    played = [Action.parse(a).name for a in app.session.game.history[n:]]
    assert played == ([] if chooser else [first.name]), played
    # from the table's page a card's key shows the card and does not play it yet
    key(app, pygame.K_F3)
    assert board.page == "table"
    n = len(app.session.game.history)
    key(app, pygame.K_2)
    assert board.page == "cards" and board.focus_key == f"card:{board.groups[1].name}"
    assert len(app.session.game.history) == n


@needs_ron
def test_the_arrow_down_from_the_last_row_turns_the_list(make_app) -> None:  # type: ignore[no-untyped-def]
    app = classroom_app(make_app, (1280, 720), "en")
    board = app.top
    last = board.shown[-1][0]
    board.focus_key = f"card:{last.name}"
    app.keyboard_used = True
    key(app, pygame.K_DOWN)
    assert board.list_page == 1
    assert board.focus_key == f"card:{board.groups[LIST_ROWS].name}"
    key(app, pygame.K_UP)
    assert board.list_page == 0
    assert board.focus_key == f"card:{last.name}"


def test_play_has_a_classroom_flag_and_the_setting_is_used(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    p = cli.build_parser()
    assert p.parse_args(["play", "--classroom"]).classroom is True
    assert p.parse_args(["play", "--klas"]).classroom is True
    assert p.parse_args(["play", "--no-classroom"]).classroom is False
    assert p.parse_args(["play"]).classroom is None
    seen: list[bool] = []

    def run(self) -> int:  # type: ignore[no-untyped-def]
        seen.append(self.classroom)
        return 0

    monkeypatch.setattr(app_module.App, "run", run)
    assert app_module.run_board(size=(1280, 720)) == 0  # nothing kept: off
    assert save_setting("classroom", True)
    assert app_module.run_board(size=(1280, 720)) == 0  # as last chosen: on
    assert app_module.run_board(size=(1280, 720), classroom=False) == 0  # the flag wins
    assert seen == [False, True, False]
    assert load_settings()["classroom"] is True  # the flag is for this run only
