"""The debrief scenes after the end screen, driven by real mouse and keyboard events: the
timeline shows the board as it was (replayed), the analysis pages show the same data as the
report, the transfer questions name their source, and the teams' Monday answers are saved
with the game and in the games list."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.bots.random_bot import RandomBot
from game.report.analysis import debrief, game_after, replay, snapshot
from game.store.db import open_db
from game.store.saves import read_save
from game.ui.scenes.end import EndScene
from tests.ui.helpers import click, click_item, drawn, focus_on, key, to_debrief


def finished(make_app, size=(1280, 720), lang="nl", seed=5, humans=None, casus="mini",  # type: ignore[no-untyped-def]
             actions=None):
    """An app on the end screen of a whole game (played by a random bot, or these actions,
    through the session, so every move is saved as at the board)."""
    app = make_app(size, lang, casus)
    app.start_game(casus, seed, "netwerkmodel", "normaal", {"huisarts": "De Dokters"})
    s = app.session
    if humans is not None:
        s.humans = humans
    bot = RandomBot(seed)
    for a in actions or []:
        s.apply(a)
    while not s.game.is_over():
        role = bot.rng.choice(s.game.to_move())
        s.apply(bot.choose(s.game, role))
    app.flow()
    app.pump(2)
    if app.top.name == "summary":  # the last round's summary comes first
        click_item(app, "next")
    assert isinstance(app.top, EndScene)
    return app


def games_in_db() -> list[dict]:  # type: ignore[type-arg]
    with open_db() as db:
        return db.games()


def test_the_end_screen_records_the_game_once_and_opens_the_debrief(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    rows = games_in_db()
    assert len(rows) == 1
    game = app.session.game
    assert rows[0]["actions"] == list(game.history)
    assert rows[0]["teams"].get("huisarts") == "De Dokters"
    app.flow()  # the end screen again (e.g. after "continue"): the same row, not a new one
    assert len(games_in_db()) == 1
    to_debrief(app)
    assert app.top.name == "debrief" and app.top.page == "timeline"


def test_the_timeline_steps_through_rounds_and_moves_with_the_board_as_it_was(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    to_debrief(app)
    scene = app.top
    rep = replay(app.session.game)
    data = debrief(rep, lang="nl", teams=app.session.teams)
    rounds = data["description"]["rounds"]
    assert scene.round == 1 and scene.step is None
    text = drawn(app)
    first = rounds[0]
    assert first["forces"] and first["forces"][0]["name"] in text
    # the board at the end of round 1 is the replayed board
    assert scene.board() == rep.board(1)
    # the next round with the arrow key: its force is on screen
    key(app, pygame.K_RIGHT)
    assert scene.round == 2
    if rounds[1]["forces"]:
        assert rounds[1]["forces"][0]["name"] in drawn(app)
    # down: the first move of round 2, with its team and label, and what it did
    key(app, pygame.K_DOWN)
    assert scene.step == 0
    move = rounds[1]["actions"][0]
    text = drawn(app)
    assert f"{move['team']}: {move['label']}" in text
    for e in move["events"]:
        assert e["text"] in text
    if len(rounds[1]["actions"]) > 1:  # not the round's last move: the board right after it
        assert scene.board() == snapshot(game_after(rep, move["n"]))
    # a click on another move chooses it
    rows = scene.move_rows()
    k, rect = rows[-1]
    click(app, rect.center)
    assert app.top.step == k
    # up past the first move: the whole round again
    for _ in range(k + 1):
        key(app, pygame.K_UP)
    assert app.top.step is None
    # a click on a round tile
    last = len(rounds)
    click_item(app, f"round_{last}")
    assert app.top.round == last
    assert app.top.board() == rep.board(last)


def test_the_board_after_each_move_matches_a_fresh_replay_of_the_save(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app, seed=8)
    to_debrief(app)
    scene = app.top
    saved = read_save(app.session.save_path)
    rep = replay(saved, app.session.scenario)  # from the file, not from the live game
    for r, rnd in enumerate(scene.rounds, 1):
        scene.set_round(r)
        moves = rnd["actions"]
        for k, move in enumerate(moves[:-1]):
            scene.set_step(k)
            b = scene.board()
            want = snapshot(game_after(rep, move["n"]))
            assert b["pots"] == want["pots"] and b["health"] == want["health"]
            assert b["paid"] == want["paid"]


def ron_game_with(want) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """A seed and the moves of a heuristic game of Ron whose debrief meets ``want``."""
    from game.bots.heuristic import HeuristicBot
    from game.bots.play import play
    from game.content import load_scenario
    from game.engine import Game

    sc = load_scenario("ron")
    for seed in range(1, 60):
        game = play(Game(sc, seed, "netwerkmodel", "normaal"), HeuristicBot(seed))
        if want(debrief(game, lang="nl")["analysis"]):
            return seed, list(game.history)
    raise AssertionError("no game of Ron shows this")


@pytest.mark.parametrize("casus", ["mini", "ron"])
def test_analysis_pages_show_the_web_the_ledger_the_information_map_and_the_forces(make_app, casus) -> None:  # type: ignore[no-untyped-def]
    if casus == "ron":  # money in the wrong pocket, and forces that held moves back
        seed, actions = ron_game_with(lambda a: a["ledger"]["wrong_pocket"] and a["blocked"])
    else:  # facts that never reached the role that needed them
        seed, actions = 6, []
    app = finished(make_app, seed=seed, casus=casus, actions=actions)
    data = app.session.debrief("nl")["analysis"]
    assert data["ledger"]["wrong_pocket"] or data["information"]["missed"]
    to_debrief(app)
    click_item(app, "tab_money")
    assert app.top.page == "money"
    text = drawn(app)
    for d, v in data["spider"]["end"].items():
        start = data["spider"]["start"][d]
        assert f"{start} » {v}" in text
    for pot in data["ledger"]["pots"]:
        assert f"bespaard {pot['saved']}" in text
    for f in data["ledger"]["wrong_pocket"]:
        assert f"{f['payer_name']} betaalde, {f['saver_name']} bespaarde {f['amount']}" in text
    click_item(app, "next")
    assert app.top.page == "info"
    text = drawn(app)
    for fact in data["information"]["facts"]:  # each row starts with a capital
        assert fact["name"][:1].upper() + fact["name"][1:] in text
    for m in data["information"]["missed"]:
        assert m["text"] in text
    for b in data["blocked"][:3]:
        assert b["name"] in text
    assert data["model"]["name"] in text
    for line in data["model"]["lines"]:
        assert line in text


def test_transfer_shows_each_teams_questions_with_their_source_and_the_real_story(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app, lang="en")
    to_debrief(app)
    click_item(app, "tab_transfer")
    t = app.session.debrief("en")["transfer"]
    for role in ("huisarts", "sociaal_werker"):
        click_item(app, f"role_{role}")
        html = str(app.top.questions.html_text)
        for q in t["questions"][role]:
            assert q["text"].replace("'", "&#x27;") in html or q["text"] in html
            assert "Source" in html and q["source_title"].split(" (")[0] in html
    assert t["epilogue"].split(".")[0] in str(app.top.story.html_text)


def type_text(app, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
    app.pump(2)


def test_monday_answers_are_typed_saved_with_the_game_and_in_the_games_list(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    to_debrief(app)
    click_item(app, "tab_monday")
    scene = app.top
    click(app, scene.item("answer_huisarts").rect.center)
    type_text(app, "Ik vraag wat de inwoner zelf wil.")
    click(app, scene.item("answer_sociaal_werker").rect.center)
    type_text(app, "Bel de wijkverpleging.")
    click_item(app, "save")
    assert "Bewaard" in drawn(app)
    saved = read_save(app.session.save_path)
    assert saved["application"] == {"huisarts": "Ik vraag wat de inwoner zelf wil.",
                                    "sociaal_werker": "Bel de wijkverpleging."}
    rows = games_in_db()
    assert len(rows) == 1
    assert rows[0]["application"]["huisarts"] == "Ik vraag wat de inwoner zelf wil."
    # the save still replays, and the report of the save carries the answers
    from game.report.command import build_report

    html, _log = build_report(saved, app.session.scenario)
    assert "Ik vraag wat de inwoner zelf wil." in html


def test_typed_answers_survive_a_language_switch_a_resize_and_leaving_the_page(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    to_debrief(app)
    click_item(app, "tab_monday")
    click(app, app.top.item("answer_inwoner").rect.center)
    type_text(app, "Zelf de zus bellen.")
    app.set_lang("en")
    app.resize((1920, 1080))
    app.pump(2)
    assert app.top.boxes["inwoner"].get_text() == "Zelf de zus bellen."
    # leaving the page (without pressing save) keeps the answer in the save file
    click_item(app, "tab_timeline")
    assert read_save(app.session.save_path)["application"]["inwoner"] == "Zelf de zus bellen."
    click_item(app, "tab_monday")
    assert app.top.boxes["inwoner"].get_text() == "Zelf de zus bellen."


def test_a_report_is_made_from_the_monday_page(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    to_debrief(app)
    click_item(app, "tab_monday")
    click(app, app.top.item("answer_wijkverpleegkundige").rect.center)
    type_text(app, "Eerder overleggen.")
    focus_on(app, "report")
    key(app, pygame.K_RETURN)
    note = app.top.note
    assert note is not None and not note[1], note
    path = Path(app.session.save_path).parent / f"{Path(app.session.save_path).stem}-verslag.html"
    html = path.read_text(encoding="utf-8")
    assert "Eerder overleggen." in html and "<svg" in html


def test_a_finished_save_opened_again_keeps_its_answers(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app)
    app.session.set_answers({"inwoner": "Meedoen in de buurt."})
    app.session.save()
    path = app.session.save_path
    app.session = None
    assert app.continue_game(path) is None
    assert isinstance(app.top, EndScene)
    assert app.session.application == {"inwoner": "Meedoen in de buurt."}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["application"]["inwoner"] == "Meedoen in de buurt."


def test_a_bot_role_gets_no_answer_field_to_type_in(make_app) -> None:  # type: ignore[no-untyped-def]
    app = finished(make_app, humans=("sociaal_werker",))
    to_debrief(app)
    click_item(app, "tab_monday")
    boxes = app.top.boxes
    assert boxes["sociaal_werker"].is_enabled
    assert not boxes["huisarts"].is_enabled
    assert "gespeeld door de computer" in drawn(app)


def test_a_game_ended_at_once_by_the_facilitator_still_has_every_debrief_page(make_app) -> None:  # type: ignore[no-untyped-def]
    from game.engine import Action

    app = make_app((1280, 720), "nl", "mini")
    app.start_game("mini", 2, "netwerkmodel", "normaal", {})
    app.session.apply(Action("facilitator", "einde"))
    app.flow()
    app.pump(2)
    to_debrief(app)
    for page in ("timeline", "money", "info", "transfer", "monday"):
        click_item(app, f"tab_{page}")
        assert app.top.page == page
        key(app, pygame.K_RIGHT)
        key(app, pygame.K_DOWN)
        assert drawn(app)
    click_item(app, "next")  # after the last page: out of the roles, then the title screen
    assert app.top.page == "derole"
    assert "Zeg om de beurt je eigen naam" in drawn(app)
    click_item(app, "next")
    assert app.top.name == "title" and app.session is None


def test_the_debrief_opens_with_reactions_and_the_inwoner_team_is_asked_first(make_app) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: the debrief starts with how it felt (the inwoner's team by name, the crisis
    if there was one), not with analysis; the six pages follow."""
    app = finished(make_app, seed=5)
    r = app.session.game.result()
    click_item(app, "debrief")
    assert app.top.page == "reactions"
    text = " ".join(drawn(app).split())
    assert "Hoe was het?" in text and "in één woord" in text
    assert f"Team {app.session.team_name('inwoner', 'nl')}: hoe was het om" in text
    assert ("Er was een crisis" in text) == (r.counters.get("crises", 0) > 0)
    assert "tab_timeline" not in [f.key for f in app.top.items]  # no tabs yet: talk first
    key(app, pygame.K_RETURN)
    assert app.top.page == "timeline"
