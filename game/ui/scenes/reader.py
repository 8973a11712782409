"""A reader over the board: a long text in full, in a scrollable box (the whole dossier, every
active force, the casus story, a force card whose text is too long for the table).

Scroll with the mouse wheel, the arrow keys or Page Up/Down; Escape or Enter closes it.
"""

from __future__ import annotations

from typing import Any

import pygame
import pygame_gui

from game.ui.scene import Scene
from game.ui.style import C, draw_text, panel


def esc(text: object) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


class ReaderScene(Scene):
    opaque = False
    name = "reader"

    def __init__(self, app: Any, title: str, html: str, key: str = "reader") -> None:
        super().__init__(app)
        self.title = title
        self.html = html
        self.key = key  # which reader this is (tests and the board ask)
        self.box: pygame_gui.elements.UITextBox | None = None

    def build(self) -> None:
        st = self.st
        self.box = pygame_gui.elements.UITextBox(self.html, st.R(300, 170, 1320, 740),
                                                 self.manager)
        self.button("close", st.R(1380, 930, 240, 70), self.t("close"), self.app.pop)

    def default_focus(self) -> str | None:
        return "close"

    def on_key(self, event: pygame.event.Event) -> None:
        step = {pygame.K_DOWN: 0.05, pygame.K_UP: -0.05, pygame.K_PAGEDOWN: 0.25,
                pygame.K_PAGEUP: -0.25}.get(event.key)
        bar = getattr(self.box, "scroll_bar", None)
        if step is not None:
            if bar is not None:
                pos = bar.start_percentage + step
                bar.set_scroll_from_start_percentage(
                    max(0.0, min(1.0 - bar.visible_percentage, pos)))
            return
        super().on_key(event)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(270, 60, 1380, 960)
        panel(surface, box, st, width=3)
        draw_text(surface, self.title, st.font("h2", bold=True), C("ink"),
                  (box.x + st.px(30), box.y + st.px(30)))
