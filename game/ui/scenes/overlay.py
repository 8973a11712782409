"""The one scrolling overlay: a panel over the current screen with a title, a line or two
under it, a long text in a scrollable box and a close button.

The glossary, the reader (the whole dossier, every active force, the casus story), the
ledger and the author's reload report are all this overlay with their own content and size.
Scroll with the mouse wheel, the arrow keys, Page Up/Down or Home/End; Escape or the button
closes it.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.scene import Scene
from game.ui.style import C, draw_text, line_step, panel, wrap
from game.ui.widgets.richtext import RichText, ScrollBar

Rect = tuple[int, int, int, int]


def esc(text: object) -> str:
    """Text made safe for the text box's HTML (line breaks kept)."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


class ScrollOverlay(Scene):
    """Subclasses set the geometry (design units) and give ``content()``; the rest is shared."""

    opaque = False
    name = "overlay"
    BOX: Rect = (270, 60, 1380, 960)  # the panel
    TEXT: Rect = (300, 170, 1320, 740)  # the scrolling text
    CLOSE: Rect = (1380, 930, 240, 70)  # the close button
    TITLE_FONT = "h2"
    TITLE_Y = 30  # the title's distance from the top of the panel
    SUB_Y = 84  # the lines under the title
    SUB_FONT = "body"
    SUB_LINES = 3

    def __init__(self, app: Any, title: str = "", html: str = "", key: str | None = None,
                 subtitle: str = "") -> None:
        super().__init__(app)
        self.title = title
        self.html = html
        self.subtitle = subtitle
        self.key = key or self.name  # which overlay this is (tests and the board ask)
        self.box: RichText | None = None

    # -- what it shows (subclasses) ---------------------------------------------------

    def content(self) -> str:
        """The HTML of the scrolling text."""
        return self.html

    def title_colour(self) -> pygame.Color:
        return C("ink")

    def scroll_hint(self) -> str | None:
        """A line at the bottom while the text does not fit (None: no line)."""
        return None

    # -- shared -----------------------------------------------------------------------

    def build(self) -> None:
        st = self.st
        self.html = self.content()
        self.box = self.rich_text(self.html, st.R(*self.TEXT))
        self.button("close", st.R(*self.CLOSE), self.t("close"), self.app.pop)

    def default_focus(self) -> str | None:
        return "close"

    @property
    def scroll_bar(self) -> ScrollBar | None:
        """The text's scroll position (start_percentage, visible_percentage), or None when
        everything fits."""
        return self.box.scroll_bar if self.box is not None else None

    def scroll_to(self, fraction: float) -> None:
        if self.box is not None:
            self.box.scroll_to(fraction)
            self.app.dirty = True

    def on_key(self, event: pygame.event.Event) -> None:
        box = self.box
        k = event.key
        if k in (pygame.K_HOME, pygame.K_END):
            self.scroll_to(0.0 if k == pygame.K_HOME else 1.0)
            return
        lines = {pygame.K_DOWN: 2, pygame.K_UP: -2}.get(k)
        pages = {pygame.K_PAGEDOWN: 1, pygame.K_PAGEUP: -1}.get(k)
        if lines is not None or pages is not None:
            if box is not None:
                if lines is not None:
                    box.scroll_lines(lines)
                else:
                    box.scroll_pages(pages or 0)
                self.app.dirty = True
            return
        super().on_key(event)

    def handle(self, event: pygame.event.Event) -> None:
        # the overlay is the one thing in use: the wheel scrolls its text wherever the mouse is
        if event.type == pygame.MOUSEWHEEL and self.box is not None:
            if self.box.scroll_bar is not None:
                self.box.scroll_lines(-int(event.y) * 3)
                self.app.dirty = True
            return
        super().handle(event)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(*self.BOX)
        panel(surface, box, st, width=3)
        x = box.x + st.px(30)
        draw_text(surface, self.title, st.font(self.TITLE_FONT, bold=True), self.title_colour(),
                  (x, box.y + st.px(self.TITLE_Y)))
        if self.subtitle:
            font = st.font(self.SUB_FONT)
            y = box.y + st.px(self.SUB_Y)
            for text in wrap(self.subtitle, font, box.width - st.px(60))[:self.SUB_LINES]:
                draw_text(surface, text, font, C("ink_soft"), (x, y))
                y += line_step(font)
        hint = self.scroll_hint() if self.scroll_bar is not None else None
        if hint:
            draw_text(surface, hint, st.font("small"), C("ink_soft"),
                      (x, box.bottom - st.px(68)))
