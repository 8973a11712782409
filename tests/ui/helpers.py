"""Real input for headless board tests: key presses and mouse clicks posted to pygame's queue."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pygame
import pytest

from game.ui import style
from game.ui.app import App
from tests.ui.conftest import load


def key(app: App, k: int, mod: int = 0, unicode: str = "") -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode=unicode,
                                         scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode=unicode,
                                         scancode=0))
    app.pump(2)


def click(app: App, pos: tuple[int, int]) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0),
                                         touch=False))
    app.pump(1)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False))
    app.pump(1)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False))
    app.pump(2)


def hover(app: App, pos: tuple[int, int]) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0),
                                         touch=False))
    app.pump(1)


def click_item(app: App, key_: str) -> None:
    top = app.top
    assert top is not None
    item = top.item(key_)
    assert item is not None, f"no control '{key_}' on {top.name}: {[f.key for f in top.items]}"
    click(app, item.rect.center)


def to_debrief(app: App) -> None:
    """From the end screen into the debrief's first page (past its opening, the reactions)."""
    click_item(app, "debrief")
    assert app.top is not None and app.top.name == "debrief" and app.top.page == "reactions"
    click_item(app, "next")


def drawn(app: App) -> str:
    """Every text drawn in one frame, joined (custom drawing and widget labels)."""
    style.TEXT_LOG = []
    try:
        app.draw()
        texts = list(style.TEXT_LOG)
    finally:
        style.TEXT_LOG = None
    for scene in app.scenes:
        if scene.manager is None:
            continue
        for el in scene.manager.get_sprite_group().sprites():
            if hasattr(el, "html_text"):
                texts.append(str(el.html_text))
            elif hasattr(el, "text"):
                texts.append(str(el.text))
    return "\n".join(texts)


def focus_on(app: App, key_: str, limit: int = 60) -> None:
    """Press Tab until the control has the focus (as a keyboard user would)."""
    top = app.top
    assert top is not None
    for _ in range(limit):
        if top.focus_key == key_:
            return
        key(app, pygame.K_TAB)
        top = app.top
        assert top is not None
    raise AssertionError(f"Tab never reached '{key_}' on {top.name}")


def ron_available() -> bool:
    try:
        load("ron")
    except Exception:  # noqa: BLE001 - the shipped content may not be there yet
        return False
    return True


needs_ron = pytest.mark.skipif(not ron_available(), reason="scenarios/ron.yaml is not there")


def scripted(answers: Iterable[str], out: list[str]) -> Callable[[str], str]:
    """A text-mode ``read`` that answers from ``answers`` (each prompt is kept in ``out``)
    and ends the game (EOFError) when they run out, as a closed terminal does."""
    todo = iter(answers)

    def read(prompt: str) -> str:
        out.append(prompt)
        answer = next(todo, None)
        if answer is None:
            raise EOFError
        return answer

    return read
