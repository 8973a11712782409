"""Headless board tests: SDL's dummy drivers are set before pygame is imported."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.engine.defs import Scenario
from game.ui import style
from game.ui.app import App, init_display
from tests.engine.mini import scenario as mini_scenario


def load(scenario_id: str) -> Scenario:
    if scenario_id == "mini":
        return mini_scenario()
    from game.content import load_scenario

    return load_scenario(scenario_id)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saves go to a fresh folder for every test."""
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def make_app() -> Iterator[object]:
    apps: list[App] = []

    def make(size: tuple[int, int] = (1280, 720), lang: str = "nl",
             casus: str = "mini") -> App:
        screen = init_display(size)
        app = App(size, lang, screen=screen, loader=load, scenario_ids=[casus])
        apps.append(app)
        return app

    yield make
    pygame.quit()


class Drawn:
    """Collects the texts drawn in one frame."""

    def __init__(self, app: App) -> None:
        self.app = app

    def frame(self) -> list[str]:
        style.TEXT_LOG = []
        try:
            self.app.draw()
            return list(style.TEXT_LOG)
        finally:
            style.TEXT_LOG = None
