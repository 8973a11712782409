"""Scenes of one window share one pygame_gui theme (issue 12: a scene opens fast): the fonts
are loaded once and the shapes drawn for one scene are reused by the next; a new window
(after pygame.quit) gets a fresh theme, as the old one's fonts are dead."""

from __future__ import annotations

from game.ui.app import SharedThemeManager


def test_scenes_of_one_window_share_the_theme_and_a_new_window_gets_a_new_one(
        make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1280, 720), "nl")
    first = app.new_manager()
    second = app.new_manager()
    assert first is not second  # each scene keeps its own widgets
    assert first.get_theme() is second.get_theme()
    # another language is another theme (pygame_gui keeps the locale in it)
    assert app.new_manager().get_theme() is first.get_theme()
    app.lang = "en"
    assert app.new_manager().get_theme() is not first.get_theme()
    # a new window: init_display forgets the themes of the old one
    again = make_app((1280, 720), "nl")
    assert again.new_manager().get_theme() is not first.get_theme()
    assert len(SharedThemeManager.themes) == 1
