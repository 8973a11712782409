"""A fast read-only rich-text box: the long texts of the overlays, the end screen and the debrief.

pygame_gui's UITextBox lays out long HTML slowly (the glossary took over a second to open), so
the texts a class reads are laid out here with the game's own fonts. It takes the small HTML
the screens write: ``<b>``, ``<i>``, ``<br>`` and entities such as ``&amp;``; any other tag is
left out (never shown as text). The lines are laid out once (again only when the text or the
size changes); each line is rendered the first time it is shown and kept, and a frame only
blits the visible lines, clipped to the box.

When the text does not fit, the box scrolls: the mouse wheel over it, dragging the thumb or
clicking the track, and ``scroll_by``/``scroll_to`` for the keys of the scene that owns it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pygame

from game.ui import style
from game.ui.style import C, Style, clean, font_px, line_step, panel, theme_data

# <b>, </b>, <br/>, <font color=x> ...: a tag's name and whether it closes
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_SPACE = re.compile(r"(\s+)")
LINE_GAP = 1.15  # as the theme's text box (line_spacing)
WHEEL_LINES = 3  # lines per notch of the mouse wheel

Run = tuple[str, bool, bool]  # text, bold, italic
Word = tuple[list[tuple[Run, int]], int, int]  # (piece, width)s, the width, the space before


def parse(markup: str) -> list[list[Run]]:
    """The HTML as paragraphs (split at ``<br>`` and at line breaks) of styled runs."""
    paras: list[list[Run]] = [[]]
    bold = italic = 0
    pos = 0

    def text(chunk: str) -> None:
        parts = html.unescape(chunk).split("\n")
        for i, part in enumerate(parts):
            if i:
                paras.append([])
            if part:
                paras[-1].append((part, bold > 0, italic > 0))

    for m in _TAG.finditer(markup):
        text(markup[pos:m.start()])
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2).lower()
        step = -1 if closing else 1
        if name in ("b", "strong"):
            bold = max(0, bold + step)
        elif name in ("i", "em"):
            italic = max(0, italic + step)
        elif name == "br":
            paras.append([])
        # any other tag is dropped: never drawn as text
    text(markup[pos:])
    return paras


def plain_text(markup: str) -> str:
    """The text of the HTML without its tags (line breaks as ``\\n``)."""
    return "\n".join("".join(r[0] for r in para) for para in parse(markup))


@dataclass
class Piece:
    x: int
    text: str
    bold: bool
    italic: bool
    sep: str = ""  # a space before it (the text of the line has it; it is not drawn)


@dataclass
class Line:
    pieces: list[Piece]
    width: int

    @property
    def text(self) -> str:
        return "".join(p.sep + p.text for p in self.pieces)


class ScrollBar:
    """The box's scroll position as pygame_gui's scroll bar gives it (fractions of the text)."""

    def __init__(self, box: RichText) -> None:
        self.box = box

    @property
    def start_percentage(self) -> float:
        return self.box.offset / self.box.content_height if self.box.content_height else 0.0

    @property
    def visible_percentage(self) -> float:
        box = self.box
        return min(1.0, box.view.height / box.content_height) if box.content_height else 1.0

    def set_scroll_from_start_percentage(self, fraction: float) -> None:
        self.box.scroll_to(fraction)


class RichText:
    """A read-only text box at ``rect`` (pixels), drawn by its scene under the widgets."""

    def __init__(self, markup: str, rect: pygame.Rect, st: Style) -> None:
        self.rect = pygame.Rect(rect)
        self.st = st
        self.html_text = markup
        self.offset = 0  # pixels scrolled from the top
        self._bar = ScrollBar(self)
        self._drag: tuple[int, int] | None = None  # (mouse y, offset) when the thumb was taken
        self._layout()

    # -- layout -----------------------------------------------------------------------

    def font(self, bold: bool = False, italic: bool = False) -> pygame.font.Font:
        return self._fonts[bold, italic]

    def set_html(self, markup: str) -> None:
        if markup != self.html_text:
            self.html_text = markup
            self._layout()

    def _layout(self) -> None:
        st = self.st
        size = round(int(theme_data()["text_box"]["font"]["size"]) * st.s)
        self._fonts = {(b, i): font_px(size, b, i) for b in (False, True) for i in (False, True)}
        self.plain = plain_text(self.html_text)
        self.border = st.px(2)
        pad_x, pad_y = st.px(20), st.px(12)  # as the theme's text box (its padding and edge)
        inner = self.rect.inflate(-2 * (self.border + pad_x), -2 * (self.border + pad_y))
        self.step = line_step(self.font(), LINE_GAP)
        words = self._words(parse(self.html_text))
        # laid out with room for a scroll bar first: a long text is then laid out only once
        self.bar_width = st.px(16)
        narrow = inner.width - self.bar_width - pad_x // 2
        self.lines = self._wrap(words, narrow)
        if len(self.lines) * self.step <= inner.height:  # it fits: no bar, the whole width
            self.bar_width = 0
            self.lines = self._wrap(words, inner.width)
        else:
            inner.width = narrow
        self.view = inner
        self.content_height = len(self.lines) * self.step
        self._images: dict[int, pygame.Surface] = {}
        self.scroll_to(self._bar.start_percentage if self.content_height else 0.0)

    def _words(self, paras: list[list[Run]]) -> list[list[Word]]:
        """Each paragraph as words: (the word's pieces and their widths, the word's width,
        the space before it). A word may change style inside, as in "(<i>x</i>)"."""
        widths: dict[Run, int] = {}

        def width(run: Run) -> int:
            w = widths.get(run)
            if w is None:
                w = widths[run] = self._fonts[run[1], run[2]].size(run[0])[0]
            return w

        out = []
        for para in paras:
            words: list[Word] = []
            pieces: list[tuple[Run, int]] = []
            gap = 0  # the width of the space before the word being gathered
            pending = 0
            for text, b, i in para:
                for chunk in _SPACE.split(clean(text)):
                    if not chunk:
                        continue
                    if chunk.isspace():
                        if pieces:
                            words.append((pieces, sum(w for _r, w in pieces), gap))
                            pieces = []
                        pending = width((" ", b, i))
                    else:
                        if not pieces:
                            gap, pending = (pending if words else 0), 0
                        run = (chunk, b, i)
                        pieces.append((run, width(run)))
            if pieces:
                words.append((pieces, sum(w for _r, w in pieces), gap))
            out.append(words)
        return out

    def _wrap(self, paras: list[list[Word]], width: int) -> list[Line]:
        lines: list[Line] = []
        for words in paras:
            line: list[Piece] = []
            x = 0
            for pieces, wide, gap in words:
                if line and x + gap + wide > width:
                    lines.append(Line(line, x))
                    line, x = [], 0
                if wide > width:  # longer than a line: split it, as style.wrap does
                    for (part, b, i), _w in pieces:
                        font = self.font(b, i)
                        while font.size(part)[0] > width - x and len(part) > 1:
                            cut = len(part)
                            while cut > 1 and font.size(part[:cut] + "-")[0] > width - x:
                                cut -= 1
                            line.append(Piece(x, part[:cut] + "-", b, i))
                            lines.append(Line(line, width))
                            line, x = [], 0
                            part = part[cut:]
                        line.append(Piece(x, part, b, i))
                        x += font.size(part)[0]
                    continue
                sep = ""
                if line:
                    x += gap
                    sep = " " if gap else ""
                for (part, b, i), w in pieces:
                    line.append(Piece(x, part, b, i, sep))
                    x += w
                    sep = ""
            lines.append(Line(line, x))
        return lines

    # -- scrolling --------------------------------------------------------------------

    @property
    def scroll_bar(self) -> ScrollBar | None:
        """The scroll position, or None when everything fits."""
        return self._bar if self.content_height > self.view.height else None

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self.view.height)

    def scroll_to(self, fraction: float) -> None:
        """Scroll so the view starts at this fraction of the text (clamped)."""
        self.offset = max(0, min(self.max_offset, round(fraction * self.content_height)))

    def scroll_by(self, pixels: int) -> None:
        self.offset = max(0, min(self.max_offset, self.offset + pixels))

    def scroll_lines(self, n: int) -> None:
        self.scroll_by(n * self.step)

    def scroll_pages(self, n: int) -> None:
        """A page: the view's height less one line, so the last line stays in sight."""
        self.scroll_by(n * max(self.step, self.view.height - self.step))

    # -- the scroll bar ---------------------------------------------------------------

    def track(self) -> pygame.Rect:
        r = self.rect
        return pygame.Rect(r.right - self.border - self.st.px(4) - self.bar_width,
                           self.view.y, self.bar_width, self.view.height)

    def thumb(self) -> pygame.Rect:
        track = self.track()
        h = max(self.st.px(30), round(track.height * self._bar.visible_percentage))
        room = track.height - h
        y = track.y + (round(room * self.offset / self.max_offset) if self.max_offset else 0)
        return pygame.Rect(track.x, y, track.width, h)

    def handle(self, event: pygame.event.Event, mouse: tuple[int, int]) -> bool:
        """The mouse on the box (wheel, thumb, track); True when it used the event."""
        if event.type == pygame.MOUSEWHEEL:
            if self.rect.collidepoint(mouse) and self.scroll_bar is not None:
                self.scroll_lines(-int(event.y) * WHEEL_LINES)
                return True
            return False
        if self.scroll_bar is None:
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if self.thumb().collidepoint(event.pos):
                self._drag = (event.pos[1], self.offset)
                return True
            if self.track().collidepoint(event.pos):
                self.scroll_pages(1 if event.pos[1] > self.thumb().centery else -1)
                return True
        elif event.type == pygame.MOUSEMOTION and self._drag is not None:
            y0, off0 = self._drag
            room = self.track().height - self.thumb().height
            if room > 0:
                self.offset = max(0, min(self.max_offset, off0 + round(
                    (event.pos[1] - y0) * self.max_offset / room)))
            return True
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self._drag:
            self._drag = None
            return True
        return False

    # -- drawing ----------------------------------------------------------------------

    def visible_range(self) -> range:
        """The indexes of the lines in sight (wholly or in part)."""
        first = self.offset // self.step
        last = -(-(self.offset + self.view.height) // self.step)
        return range(first, min(len(self.lines), last))

    def visible_lines(self) -> list[str]:
        """The text of each line in sight (tests ask what the reader can see)."""
        return [self.lines[n].text for n in self.visible_range()]

    def _image(self, n: int) -> pygame.Surface:
        img = self._images.get(n)
        if img is None:
            line = self.lines[n]
            img = pygame.Surface((max(1, line.width), self.step), pygame.SRCALPHA)
            base = self.font().get_ascent()
            ink = C("ink")
            for p in line.pieces:
                font = self.font(p.bold, p.italic)
                img.blit(font.render(p.text, True, ink), (p.x, base - font.get_ascent()))
            self._images[n] = img
        return img

    def draw(self, surface: pygame.Surface) -> None:
        st = self.st
        if style.TEXT_LOG is not None:
            style.TEXT_LOG.append(self.plain)  # the whole text, as the HTML box counted it
        panel(surface, self.rect, st, radius=10, width=2)
        old = surface.get_clip()
        surface.set_clip(self.view.clip(old))
        for n in self.visible_range():
            surface.blit(self._image(n), (self.view.x, self.view.y + n * self.step - self.offset))
        surface.set_clip(old)
        if self.scroll_bar is not None:
            track = self.track()
            pygame.draw.rect(surface, C("muted"), track, border_radius=st.px(8))
            pygame.draw.rect(surface, C("ink_soft"), self.thumb(), border_radius=st.px(8))
