"""Issue 12, "Done when": a whole game of every shipped casus, in the text mode and on the
board, shows none of the defects the issue lists. Each game is played as players would: the
text mode by typed numbers (chosen by a heuristic or a random player, so good and bad endings
both occur), the board by real key presses. Everything shown is collected and searched:
jargon, an ending that contradicts the health web, a count on the end screen that is not the
game's, a text cut off, a control outside the window."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pygame
import pytest

from game.bots.heuristic import HeuristicBot
from game.content import list_scenarios, load_scenario
from game.engine import Game
from game.engine.roles import ROLES
from game.lang import t
from game.store.saves import read_application, read_save
from game.ui import style
from game.ui.scenes.title import TitleScene
from game.ui.text import TextGame
from tests.ui.helpers import click_item, drawn, focus_on, key

SHIPPED = sorted(c.id for c in list_scenarios())

# what the issue calls jargon, in either language
JARGON = {
    "a short round count": re.compile(r"nog \d+ r\.|\d+ rnd left"),
    "an area number of the design": re.compile(r"\b(gebied|area) \d"),
    "a lesson code": re.compile(r"\bL[1-9]\b"),
    "a guessed bot": re.compile(r"\(bot\?\)"),
    "parentheses in parentheses": re.compile(r"\([^()]*\([^()]*\)[^()]*\)"),
}
# Dutch glue words that have no place in an English sentence
DUTCH_IN_ENGLISH = re.compile(r"(?<!--lang )\b(en|het|niet|een|wordt|naar|voor de|van de|met de)\b")


def jargon_in(text: str) -> list[str]:
    return [f"{what}: {m.group(0)!r}" for what, rx in JARGON.items() for m in rx.finditer(text)]


def check_ending(game: Game) -> None:
    """The ending agrees with the web: a best or good ending never comes with a web that
    ends below its start, and a web at the floor is never told as a good or neutral end."""
    r = game.result()
    ending = next(e for e in game.scenario.casus.endings if e.id == r.ending)
    start, end = sum(r.health_start.values()), sum(r.health_end.values())
    if ending.rank in ("best", "good"):
        assert end >= start, (ending.id, r.health_start, r.health_end)
    if max(r.health_end.values()) <= 1:
        assert ending.rank not in ("best", "good", "neutral"), (ending.id, r.health_end)


def play_text(casus: str, lang: str, seed: int, player: str,
              tmp_path: Path) -> tuple[Game, TextGame, str]:
    """A whole game in the text mode with hand-overs: every team types the number of the
    move its player picks; after the end every team types a Monday answer."""
    game = Game(load_scenario(casus), seed)
    out: list[str] = []
    bots = {r: HeuristicBot(i) for i, r in enumerate(ROLES)}
    rng = random.Random(seed)
    answers = {"n": 0}
    holder: dict[str, TextGame] = {}
    prompts = {t(f"text.{k}", lang) for k in ("prompt", "prompt_coach")}

    def read(prompt: str) -> str:
        out.append(prompt)
        tg = holder["tg"]
        if game.is_over():  # the Monday question, per team
            answers["n"] += 1
            return f"Antwoord {answers['n']}: ik vraag eerst naar de wens."
        if prompt not in prompts:  # a hand-over or the choice of team: go on
            return "1" if prompt.startswith(t("text.which", lang, x="")[:8]) else ""
        role = tg.current
        assert role is not None and role in game.to_move(), (role, game.to_move())
        action = (bots[role].choose(game, role) if player == "heuristic"
                  else rng.choice(game.legal_actions(role)))
        return str(tg.numbers[str(action)])

    tg = TextGame(game, tmp_path / f"{casus}.json", read=read, write=out.append, lang=lang,
                  handover=True, clear=lambda: out.append("<clear>"))
    holder["tg"] = tg
    assert tg.run() == 0
    return game, tg, "\n".join(out)


@pytest.mark.parametrize("player", ["heuristic", "random"])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("casus", SHIPPED)
def test_a_whole_game_in_the_text_mode(casus: str, lang: str, player: str,
                                       tmp_path: Path) -> None:
    game, tg, text = play_text(casus, lang, 1, player, tmp_path)
    assert game.is_over()
    check_ending(game)
    r = game.result()
    ending = next(e for e in game.scenario.casus.endings if e.id == r.ending)
    end_part = text[text.rindex(t("text.end", lang)):]
    assert ending.name.get(lang) in end_part
    assert not jargon_in(text), jargon_in(text)[:5]
    if lang == "en":
        leaks = sorted({m.group(0) for m in DUTCH_IN_ENGLISH.finditer(text)})
        assert not leaks, leaks
    # every team's Monday answer reached the save
    saved = read_application(read_save(tmp_path / f"{casus}.json"))
    assert sorted(saved) == sorted(tg.humans), saved


def play_board(make_app, casus: str, lang: str, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """A whole game on the board with real keys: every team plays its first playable card
    every other turn, else presses Klaar. Returns the app, the game, every text drawn, every
    text cut, and every control that left the window."""
    app = make_app(size, lang, casus)
    app._scenario_ids = None
    app.push(TitleScene(app))
    app.pump(2)
    click_item(app, "start")
    assert app.top.name == "setup"
    app.top.seed = 2
    click_item(app, "play")
    game = app.session.game
    texts: list[str] = []
    cuts: list[str] = []
    outside: list[str] = []
    window = pygame.Rect(0, 0, *size)

    def look() -> None:
        style.CUT_LOG = []
        try:
            texts.append(drawn(app))
            cuts.extend(f"{app.top.name}: {c}" for c in style.CUT_LOG)
        finally:
            style.CUT_LOG = None
        outside.extend(f"{app.top.name}: {f.key}" for f in app.top.items
                       if f.rect.width and not window.contains(f.rect))

    turns = 0
    while app.top.name != "end":
        turns += 1
        assert turns < 600, f"the game did not end (stuck on {app.top.name})"
        look()
        if app.top.name != "board":
            key(app, pygame.K_RETURN)  # a force moment, a summary, a hand-over
            continue
        board = app.top
        playable = [g for g in board.groups if g.playable]
        if playable and turns % 2 == 0 and board.groups.index(playable[0]) < 9:
            key(app, pygame.K_1 + board.groups.index(playable[0]))
            if app.top.name == "target":
                look()
                key(app, pygame.K_RETURN)  # the first (legal) target has the focus
            continue
        if board.klaar is not None:
            focus_on(app, "klaar")
            key(app, pygame.K_RETURN)
        else:  # a choice (ja/nee) or nothing but cards: play the first card
            key(app, pygame.K_1)
            if app.top.name == "target":
                key(app, pygame.K_RETURN)
    look()
    return app, game, "\n".join(texts), cuts, outside


@pytest.mark.parametrize(("lang", "size"), [("nl", (1280, 720)), ("en", (1920, 1080))])
@pytest.mark.parametrize("casus", SHIPPED)
def test_a_whole_game_on_the_board(make_app, casus: str, lang: str, size) -> None:  # type: ignore[no-untyped-def]
    app, game, text, cuts, outside = play_board(make_app, casus, lang, size)
    assert game.history, "nobody played a move"
    assert game.is_over()
    check_ending(game)
    r = game.result()
    ending = next(e for e in game.scenario.casus.endings if e.id == r.ending)
    end_text = drawn(app)
    assert ending.name.get(lang) in end_text
    # the end screen's counts are the game's own
    care = t("ui.care_use", lang, gp=r.counters.get("gp_visits", 0),
             cr=r.counters.get("crises", 0), med=r.counters.get("medicalisation", 0))
    assert care in end_text, (care, [line for line in end_text.splitlines() if "crises" in line])
    assert not cuts, cuts[:5]
    assert not outside, outside[:5]
    assert not jargon_in(text), jargon_in(text)[:5]
    if lang == "en":
        leaks = sorted({m.group(0) for m in DUTCH_IN_ENGLISH.finditer(text)})
        assert not leaks, leaks
