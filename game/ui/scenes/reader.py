"""A reader over the board: a long text in full, in the scrolling overlay (the whole dossier,
every active force, the casus story, a force card whose text is too long for the table).
"""

from __future__ import annotations

from typing import Any

from game.ui.scenes.overlay import ScrollOverlay, esc

__all__ = ["ReaderScene", "esc"]


class ReaderScene(ScrollOverlay):
    name = "reader"

    def __init__(self, app: Any, title: str, html: str, key: str = "reader") -> None:
        super().__init__(app, title, html, key=key)
