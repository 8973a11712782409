"""Issue 12, "Jargon goes": the board says how many rounds a force lasts in words a class
reads ("rondes over: 3"), not the short "nog 3 r." or "3 rnd left". Every board scene is
drawn in both languages and its texts are searched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.ui.screenshot import build_scene
from tests.ui.helpers import drawn, needs_ron

SHORT_ROUNDS = re.compile(r"nog \d+ r\.|\d+ rnd left")


@needs_ron
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scene", ["board", "busy", "force", "inwoner", "target"])
def test_no_short_round_count_on_the_board(make_app, lang, scene) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1920, 1080), lang, "ron")
    app._scenario_ids = None
    build_scene(app, scene, "ron", 3)
    app.pump(1)
    text = drawn(app)
    assert text.strip(), "nothing was drawn"
    bad = SHORT_ROUNDS.findall(text)
    assert not bad, f"short round count on the {scene} board ({lang}): {bad}"
    word = "rondes over" if lang == "nl" else "rounds left"
    assert word in text, f"the force's rounds are not on the {scene} board"


@needs_ron
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_set_up_says_lessons_and_bots_in_words(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    """The set-up names the casus's lessons ("Delen met toestemming"), not "L1, L3", and
    says what a click on a team does ("klik: bot"), not "(bot?)"."""
    from game.content import load_scenario
    from game.lang import name_of

    app = make_app((1920, 1080), lang, "ron")
    app._scenario_ids = None
    build_scene(app, "setup", "ron", 3)
    app.pump(1)
    text = drawn(app)
    assert not re.search(r"\bL\d\b", text), "a lesson code is on the set-up"
    assert "(bot?)" not in text and "(mensen?)" not in text and "(people?)" not in text
    assert ("klik: bot" if lang == "nl" else "click: bot") in text
    goals = load_scenario("ron").casus.learning_goals
    assert goals
    flat = " ".join(text.split())
    for g in goals:
        assert name_of(None, g, lang, "lesson") in flat, f"lesson {g} is not named on the set-up"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_couple_is_named_in_the_players_language(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    """'Sanne en Joost' is Dutch; the English board says 'Sanne and Joost'."""
    app = make_app((1920, 1080), lang, "sanne")
    app._scenario_ids = None
    build_scene(app, "board", "sanne", 3)
    app.pump(1)
    text = drawn(app)
    assert ("Sanne en Joost" if lang == "nl" else "Sanne and Joost") in text
    if lang == "en":
        assert "Sanne en Joost" not in text


@needs_ron
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_reveal_warning_is_drawn_over_the_panels(make_app, size) -> None:  # type: ignore[no-untyped-def]
    """F6 (the facilitator shows everything) puts up a red warning; no panel may cover it."""
    import pygame

    from game.ui.style import C
    from tests.ui.helpers import key

    app = make_app(size, "nl", "ron")
    app._scenario_ids = None
    build_scene(app, "board", "ron", 3)
    app.pump(1)
    key(app, pygame.K_F6)
    assert app.reveal_all
    board = app.top
    rect = board.reveal_banner_rect()
    text = drawn(app)
    assert "alles zichtbaar" in text
    screen = app.screen
    # the banner's red shows along its whole width (a row below its text, inside its
    # border), not only in the gap above the panels
    y = rect.bottom - max(5, rect.h // 6)
    xs = range(rect.x + rect.w // 20, rect.right - rect.w // 20, max(1, rect.w // 40))
    red = sum(screen.get_at((x, y))[:3] == C("bad")[:3] for x in xs)
    assert red >= 0.9 * len(xs), f"the warning is covered: {red} of {len(xs)} points red"


@needs_ron
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("scene", ["board", "inwoner"])
def test_a_tooltip_covers_no_other_control(make_app, size, scene) -> None:  # type: ignore[no-untyped-def]
    """A control reached by Tab shows its tip; the tip must not hide the Klaar button or any
    other control (issue 12: focus tooltips covered Klaar and headings)."""
    import pygame

    from tests.ui.helpers import key

    app = make_app(size, "nl", "ron")
    app._scenario_ids = None
    build_scene(app, scene, "ron", 3)
    app.pump(1)
    top = app.top
    with_tip = [f.key for f in top.items if f.tip]
    assert with_tip, "no control with a tip on the board"
    seen = set()
    for _ in range(len(top.items) + 1):
        key(app, pygame.K_TAB)
        f = top.item(top.focus_key)
        if f is None or not f.tip or f.key in seen:
            continue
        seen.add(f.key)
        top.last_tip = None
        app.draw()
        box = top.last_tip
        assert box is not None, f"{f.key} shows no tip under keyboard focus"
        assert app.screen.get_rect().contains(box), f"the tip of {f.key} runs off the screen"
        for other in top.items:
            if other is not f:
                assert not box.colliderect(other.rect), (
                    f"the tip of {f.key} covers {other.key}")
    assert seen == set(with_tip)


@needs_ron
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_roles_inside_a_sentence_have_no_capital(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    """Issue 12, "capitals mid-sentence": the inwoner's inbox says 'Huisbezoek (van de
    huisarts)' and 'De huisarts wil delen met de wijkverpleegkundige', not '(van Huisarts)'
    or 'Huisarts wil delen met Wijkverpleegkundige'."""
    from game.ui.i18n import ROLES, role_name, team_label
    from game.ui.scenes.board import BoardScene

    app = make_app((1920, 1080), lang, "ron")
    app._scenario_ids = None
    build_scene(app, "board", "ron", 3)
    s = app.session
    s.apply(next(a for a in s.game.legal_actions("huisarts") if a.name == "vraag_toestemming"))
    while "inwoner" not in s.game.to_move():  # everyone klaar: on to the inwoner's turn
        role = s.game.to_move()[0]
        s.apply(next(a for a in s.game.legal_actions(role) if a.name in ("klaar", "kies")))
    s.current = "inwoner"
    app.replace(BoardScene(app))
    app.pump(1)
    text = drawn(app)
    word = "van" if lang == "nl" else "from"
    share = "wil delen met" if lang == "nl" else "wants to share with"
    assert f"({word} " in text or share in text, "the scene shows no offer or request"
    for r in ROLES:
        if r == "inwoner":
            continue
        assert f"({word} {team_label(r, lang)})" not in text
        assert f"{share} {team_label(r, lang)}" not in text
    flat = " ".join(text.split())  # a line may wrap in the inbox
    asks = flat.split(share)[1:]
    assert asks, "no request for consent in the inwoner's inbox"
    for who in asks:
        assert any(who.strip().startswith(role_name(r, lang)) for r in ROLES), who[:40]


CASUS_IDS = ("greet", "harrie", "hatice", "lina", "ria", "ron", "sanne")


@pytest.mark.parametrize("casus", CASUS_IDS)
@pytest.mark.parametrize(("size", "lang"), [((1280, 720), "en"), ((1920, 1080), "nl")])
def test_set_up_shows_the_content_warning_and_the_whole_story(make_app, casus, size, lang) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: a casus with a heavy theme (a crisis, dying, debts) says so on the set-up, so
    the teacher can announce it and a student can choose another casus; the story itself is
    never cut to make room."""
    from game.content import load_scenario

    c = load_scenario(casus).casus
    app = make_app(size, lang, casus)
    app._scenario_ids = None
    build_scene(app, "setup", casus, 3)
    app.pump(1)
    text = " ".join(drawn(app).split())
    if c.content_warning is not None:
        assert " ".join(c.content_warning.get(lang).split()) in text
        assert ("Let op:" if lang == "nl" else "Please note:") in text
    assert not app.top.story_cut, f"the story of {casus} is cut at {size}"


def test_the_heavy_casussen_carry_a_warning() -> None:
    """Every shipped casus has something to announce (dying, a crisis, debts, dementia, a
    carer who breaks down, an emergency admission); the teacher's guide lists them all."""
    from game.content import load_scenario

    guide = (Path(__file__).resolve().parents[2] / "docs" / "docent-handleiding.md").read_text(
        encoding="utf-8")
    for casus in CASUS_IDS:
        warning = load_scenario(casus).casus.content_warning
        assert warning is not None, casus
        assert " ".join(warning.get("nl").split()) in " ".join(guide.split()), casus
