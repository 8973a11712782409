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


def test_the_four_scrolling_texts_are_one_overlay() -> None:
    """Glossary, reader, the F9 error report and the ledger are the one ScrollOverlay: none
    of them scrolls, builds or draws in its own way (only its content and title differ)."""
    from game.ui.scenes.board.overlays import LedgerScene
    from game.ui.scenes.errors import ReloadReportScene
    from game.ui.scenes.glossary import GlossaryScene
    from game.ui.scenes.overlay import ScrollOverlay
    from game.ui.scenes.reader import ReaderScene

    own = {"on_key", "scroll_to", "scroll_bar", "build", "draw_back", "draw", "handle",
           "on_escape", "update"}
    for cls in (GlossaryScene, ReaderScene, ReloadReportScene, LedgerScene):
        assert issubclass(cls, ScrollOverlay), cls
        assert not own & set(vars(cls)), (cls.__name__, sorted(own & set(vars(cls))))
