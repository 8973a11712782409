"""Solo practice at the board: one role for people, bots for the rest, and the coach's tip
on request (headless, real events)."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.bots.coach import Coach
from game.bots.heuristic import HeuristicBot
from game.table import table as session_mod
from game.ui.scenes.board import scene as board_mod
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from tests.ui.conftest import load
from tests.ui.helpers import click_item, drawn, focus_on, key

HUMAN = "sociaal_werker"
BOTS = ("inwoner", "huisarts", "wijkverpleegkundige")


@pytest.fixture
def fast_bots(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Quick bots and coach, no delay between bot moves; records whose dossier is drawn."""
    monkeypatch.setattr(session_mod, "new_bot", lambda level, seed: HeuristicBot(seed))
    monkeypatch.setattr(session_mod, "new_coach", lambda: Coach(bot=HeuristicBot(0)))
    monkeypatch.setattr(board_mod, "BOT_DELAY", 0.0)
    seen: list[str] = []
    original = board_mod.BoardScene.dossier_items

    def spy(self, v):  # type: ignore[no-untyped-def]
        seen.append(self.role)
        return original(self, v)

    monkeypatch.setattr(board_mod.BoardScene, "dossier_items", spy)
    return seen


def solo_setup(make_app):  # type: ignore[no-untyped-def]
    app = make_app((1280, 720), "nl", "mini")
    app.push(TitleScene(app))
    app.pump(2)
    click_item(app, "start")
    assert app.top.name == "setup"
    app.top.seed = 3
    assert "Klik op een rol" in drawn(app)
    click_item(app, "player:inwoner")
    click_item(app, "player:huisarts")
    focus_on(app, "player:wijkverpleegkundige")  # keyboard reachable
    key(app, pygame.K_RETURN)
    assert app.top.bots == set(BOTS)
    assert "Hoe slim spelen de bots?" in drawn(app)
    click_item(app, "botlevel:makkelijk")
    assert app.top.bot_level == "makkelijk"
    return app


def until_human(app) -> None:  # type: ignore[no-untyped-def]
    """Let frames pass (bots play) and confirm moments until the human team may act."""
    for _ in range(300):
        s = app.session
        if app.top.name == "end" or (app.top.name == "board" and HUMAN in s.game.to_move()):
            return
        if app.top.name in ("force", "summary", "handover"):
            key(app, pygame.K_RETURN)
        else:
            app.pump(1)
    raise AssertionError(f"stuck on {app.top.name}")


def test_solo_bots_play_the_other_roles_and_the_coach_gives_a_tip(
        make_app, fast_bots, home: Path) -> None:  # type: ignore[no-untyped-def]
    app = solo_setup(make_app)
    click_item(app, "play")
    s = app.session
    assert s is not None and s.humans == (HUMAN,) and s.bot_roles == BOTS
    until_human(app)
    assert app.top.name == "board" and app.top.role == HUMAN
    actions = s.game.to_save()["actions"]
    assert any(a.startswith("inwoner:") for a in actions)
    # the save records who the bots are, after every action
    data = json.loads(Path(s.save_path).read_text(encoding="utf-8"))
    assert data["ui"]["bots"] == list(BOTS) and data["ui"]["bot_level"] == "makkelijk"
    assert len(data["actions"]) == len(actions)
    # T: the coach's tip, with its lesson and text
    key(app, pygame.K_t)
    assert app.top.name == "tip"
    tip = app.top.tip
    text = drawn(app)
    assert tip.lesson_name("nl") in text
    assert tip.text("nl").split()[0] in text
    assert "Tip van de coach" in text
    key(app, pygame.K_ESCAPE)
    assert app.top.name == "board"
    # the human finishes; the bots play on to the human's next turn
    n = len(actions)
    click_item(app, "klaar")
    until_human(app)
    assert len(s.game.to_save()["actions"]) > n + 1
    later = s.game.to_save()["actions"]
    assert any(a.startswith("huisarts:") for a in later)
    assert any(a.startswith("wijkverpleegkundige:") for a in later)
    # only the human team's dossier was ever drawn; no hand-over to a bot
    assert fast_bots and set(fast_bots) == {HUMAN}
    # Verder spelen restores the bots
    back = Session.from_save(Path(s.save_path), load)
    assert back.humans == (HUMAN,) and back.bot_level == "makkelijk"


def test_setup_refuses_a_game_of_bots_only(make_app, fast_bots) -> None:  # type: ignore[no-untyped-def]
    app = solo_setup(make_app)
    click_item(app, "player:sociaal_werker")
    assert "Minstens één rol" in drawn(app)
    click_item(app, "play")
    assert app.top.name == "setup" and app.session is None


def test_the_tip_button_in_english(make_app, fast_bots) -> None:  # type: ignore[no-untyped-def]
    app = solo_setup(make_app)
    app.lang = "en"
    click_item(app, "play")
    until_human(app)
    click_item(app, "tip")
    assert app.top.name == "tip"
    assert "Lesson:" in drawn(app)
    click_item(app, "tip_play")
    assert app.top.name != "tip"
