"""Under an overlay (glossary, facilitator menu, tip, F9 errors) the board shows no focus ring
and no tooltip of its own: only the scene on top can be used, so only it marks a control."""

from __future__ import annotations

import pygame

from tests.ui.helpers import hover, key


def test_only_the_top_scene_draws_its_focus_ring_and_tooltip(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.start_game("mini", 3, "netwerkmodel", "normaal", {})
    for _ in range(6):
        if app.top.name == "board":
            break
        key(app, pygame.K_RETURN)
    board = app.top
    assert board.name == "board"
    key(app, pygame.K_TAB)  # the keyboard is in use: the board has a focus ring
    hover(app, board.items[0].rect.center)  # and a tooltip under the mouse
    calls: list[str] = []
    original = type(board).draw_focus

    def spy(self, surface):  # type: ignore[no-untyped-def]
        calls.append(self.name)
        return original(self, surface)

    type(board).draw_focus = spy  # type: ignore[method-assign]
    try:
        app.draw()
        assert calls == ["board"]
        calls.clear()
        key(app, pygame.K_F1)  # the glossary over the board
        assert app.top.name == "glossary"
        app.draw()
        assert "board" not in calls
    finally:
        type(board).draw_focus = original  # type: ignore[method-assign]
