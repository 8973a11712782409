"""The look of the board: one theme (game/ui/theme.json), scaled to the window.

pygame_gui reads the widget part of the theme; the custom-drawn parts (cards, the spider web,
the pots) read the palette from the same file (its ``#krachtenveld_palette`` block), so every
colour and font comes from one place. Sizes are designed for 1920x1080 and scaled by
``min(width / 1920, height / 1080)``: body text is 23 px at 1080p.

The classroom preset (issue 12: read from the back of a room on a projector) zooms a scene
that is made for it by CLASSROOM_ZOOM: every font and length is that much larger, so body
text is 32 px at 1080p, and the scene lays itself out on a smaller canvas of design units
(``Style.W`` x ``Style.H``, 1380 x 776 instead of 1920 x 1080): it shows less at once.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import pygame

THEME_PATH = Path(__file__).resolve().parent / "theme.json"
DESIGN = (1920, 1080)
MIN_SIZE = (1280, 720)
CLASSROOM_ZOOM = 32 / 23  # body text 32 px at 1080p (card titles, h3: 36 px)

# font roles -> size in px at 1080p
SIZES = {"tiny": 20, "small": 21, "body": 23, "h3": 26, "h2": 32, "h1": 44, "title": 88}
# glyphs the bundled Noto Sans lacks, and what we show instead
_SUBST = str.maketrans({"→": "»", "⟶": "»", "≥": ">=", "≤": "<=", "✓": "v", "✗": "x"})


def _font_dir() -> Path:
    import pygame_gui

    return Path(pygame_gui.__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def theme_data() -> dict[str, Any]:
    with open(THEME_PATH, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _hex(value: str) -> pygame.Color:
    return pygame.Color(value)


@lru_cache(maxsize=1)
def palette() -> dict[str, pygame.Color]:
    colours = theme_data()["#krachtenveld_palette"]["colours"]
    return {k: _hex(v) for k, v in colours.items()}


def C(name: str) -> pygame.Color:
    """A palette colour by name."""
    return palette()[name]


def scale_for(size: tuple[int, int]) -> float:
    return min(size[0] / DESIGN[0], size[1] / DESIGN[1])


def scaled_theme(scale: float) -> dict[str, Any]:
    """The pygame_gui theme with every font size and padding scaled to the window."""
    data = copy.deepcopy(theme_data())
    data.pop("#krachtenveld_palette", None)
    for block in data.values():
        font = block.get("font")
        if font and "size" in font:
            font["size"] = str(max(11, round(int(font["size"]) * scale)))
        misc = block.get("misc")
        if misc:
            for key in ("border_width", "shape_corner_radius", "text_horiz_alignment_padding"):
                if key in misc:
                    misc[key] = str(max(1, round(int(misc[key]) * scale)))
            if "padding" in misc:
                a, b = (int(x) for x in misc["padding"].split(","))
                misc["padding"] = f"{max(2, round(a * scale))},{max(2, round(b * scale))}"
    return data


class Style:
    """Fonts and lengths for one window size (and zoom: the classroom preset's is
    CLASSROOM_ZOOM). The canvas of design units is ``W`` x ``H``, centred in the window."""

    def __init__(self, size: tuple[int, int], zoom: float = 1.0) -> None:
        self.size = size
        self.zoom = zoom
        base = scale_for(size)
        self.s = base * zoom
        self.W = round(DESIGN[0] / zoom)
        self.H = round(DESIGN[1] / zoom)
        self.ox = round((size[0] - DESIGN[0] * base) / 2)
        self.oy = round((size[1] - DESIGN[1] * base) / 2)

    @property
    def key(self) -> tuple[tuple[int, int], float]:
        """What makes this style (for caches): Style(*key) is the same style again."""
        return self.size, self.zoom

    @property
    def classroom(self) -> bool:
        return self.zoom != 1.0

    def R(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A rectangle given in 1920x1080 design units, placed in this window."""
        return pygame.Rect(self.ox + round(x * self.s), self.oy + round(y * self.s),
                           round(w * self.s), round(h * self.s))

    def px(self, v: float) -> int:
        """A length designed at 1080p, in pixels of this window."""
        return max(1, round(v * self.s))

    def font(self, role: str = "body", bold: bool = False,
             italic: bool = False) -> pygame.font.Font:
        return _font(max(11, round(SIZES[role] * self.s)), bold, italic)


def font_px(px: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
    """The theme's font at an exact pixel size (for screens sized in pixels, not roles)."""
    return _font(max(11, px), bold, italic)


@lru_cache(maxsize=64)
def _font(px: int, bold: bool, italic: bool = False) -> pygame.font.Font:
    name = "NotoSans-" + {(False, False): "Regular", (True, False): "Bold",
                          (False, True): "Italic", (True, True): "BoldItalic"}[bold, italic]
    return pygame.font.Font(str(_font_dir() / f"{name}.ttf"), px)


_CACHES: list[Any] = []


def register_cache(fn: Any) -> None:
    """An lru_cache elsewhere that holds fonts or surfaces: reset_caches clears it too."""
    _CACHES.append(fn)


def reset_caches() -> None:
    """Forget fonts and rendered texts (after pygame.quit they are invalid)."""
    for fn in _CACHES:
        fn.cache_clear()
    _font.cache_clear()
    _render.cache_clear()
    _wrap.cache_clear()
    splits_words.cache_clear()


def clean(text: str) -> str:
    """Text safe for the bundled font (a few symbols become plain characters)."""
    return text.translate(_SUBST)


@lru_cache(maxsize=4096)
def _render(text: str, font: pygame.font.Font, colour: tuple[int, int, int, int]) -> pygame.Surface:
    return font.render(text, True, colour)


# Tests set this to a list to read back every text drawn (assert on what is shown): each
# line as drawn, and a wrapped text as a whole only when it was drawn in full.
TEXT_LOG: list[str] | None = None
# Tests set this to a list to collect every text that had to be cut with '…'.
CUT_LOG: list[str] | None = None
# Tests set this to a list to read back, in the order drawn, where each text line went and
# each panel or card that texts are drawn in: (kind "text" or "panel", the text, its rect,
# the font size in px, the size of the surface drawn on). A text belongs to the last panel
# drawn before it that holds its top-left corner, and must stay inside it.
DrawnRect = tuple[str, str, pygame.Rect, int, tuple[int, int]]
RECT_LOG: list[DrawnRect] | None = None


def log_rect(surface: pygame.Surface, text: str, rect: pygame.Rect,
             font: pygame.font.Font) -> None:
    """Note where a text was drawn (only while a test collects them)."""
    if RECT_LOG is not None:
        RECT_LOG.append(("text", text, pygame.Rect(rect), font.point_size, surface.get_size()))


def log_panel(rect: pygame.Rect, surface: pygame.Surface | None = None) -> None:
    """Note a panel or card that texts are drawn in (only while a test collects them)."""
    if RECT_LOG is not None:
        size = surface.get_size() if surface is not None else (0, 0)
        RECT_LOG.append(("panel", "", pygame.Rect(rect), 0, size))


def blit_text(surface: pygame.Surface, img: pygame.Surface, pos: tuple[int, int],
              text: str, font: pygame.font.Font) -> pygame.Rect:
    """Blit a text surface (from text_surface) and note where it went."""
    r = surface.blit(img, pos)
    log_rect(surface, text, img.get_rect(topleft=pos), font)
    return r


class Capture:
    """Record what is drawn into a cached surface, to replay it into the logs each time the
    surface is shown (tests then see the same texts whether a cache was used or not)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.cuts: list[str] = []
        self.rects: list[DrawnRect] = []
        self._outer: tuple[Any, ...] = ()

    def __enter__(self) -> Self:
        global TEXT_LOG, CUT_LOG, RECT_LOG
        self._outer = (TEXT_LOG, CUT_LOG, RECT_LOG)
        TEXT_LOG, CUT_LOG, RECT_LOG = self.texts, self.cuts, self.rects
        return self

    def __exit__(self, *exc: object) -> None:
        global TEXT_LOG, CUT_LOG, RECT_LOG
        TEXT_LOG, CUT_LOG, RECT_LOG = self._outer

    def replay(self, offset: tuple[int, int] = (0, 0), onto: tuple[int, int] | None = None
               ) -> None:
        """Put what was recorded into the logs again; the rects moved by ``offset`` (where
        the cached surface is blitted) onto a surface of size ``onto``."""
        if TEXT_LOG is not None:
            TEXT_LOG.extend(self.texts)
        if CUT_LOG is not None:
            CUT_LOG.extend(self.cuts)
        if RECT_LOG is not None:
            for kind, text, r, px, size in self.rects:
                RECT_LOG.append((kind, text, r.move(offset), px, onto or size))


def text_surface(text: str, font: pygame.font.Font, colour: pygame.Color) -> pygame.Surface:
    if TEXT_LOG is not None:
        TEXT_LOG.append(text)
    return _render(clean(text), font, tuple(colour))  # type: ignore[arg-type]


def draw_text(surface: pygame.Surface, text: str, font: pygame.font.Font, colour: pygame.Color,
              pos: tuple[int, int], anchor: str = "topleft") -> pygame.Rect:
    img = text_surface(text, font, colour)
    r = img.get_rect(**{anchor: pos})
    surface.blit(img, r)
    log_rect(surface, text, r, font)
    return r


def wrap(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """Break text into lines that fit ``width`` (long words are split)."""
    return list(_wrap(text, font, width))


@lru_cache(maxsize=4096)
def _wrap(text: str, font: pygame.font.Font, width: int) -> tuple[str, ...]:
    lines: list[str] = []
    for para in clean(text).split("\n"):
        words = para.split()
        line = ""
        for w in words:
            trial = f"{line} {w}" if line else w
            if font.size(trial)[0] <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while font.size(w)[0] > width and len(w) > 1:
                cut = len(w)
                while cut > 1 and font.size(w[:cut] + "-")[0] > width:
                    cut -= 1
                cut = _syllable_cut(w, cut)
                lines.append(w[:cut] + "-")
                w = w[cut:]
            line = w
        lines.append(line)
    return tuple(lines)


_VOWELS = frozenset("aeiouyAEIOUYáéíóúëïöüèà")


def _syllable_cut(word: str, cut: int) -> int:
    """Where to break a word that does not fit, at most ``cut`` letters in: a little earlier
    if that starts the next line with a syllable (a consonant before a vowel, as Dutch splits
    words: "Keukentafel-gesprek", "Herstelaca-demie") and leaves at least three letters on
    each side; otherwise at ``cut``."""
    for c in range(cut, max(2, cut - 4), -1):
        if (len(word) - c >= 3 and c >= 3 and word[c].isalpha() and word[c] not in _VOWELS
                and c + 1 < len(word) and word[c + 1] in _VOWELS):
            return c
    return cut


@lru_cache(maxsize=2048)
def splits_words(text: str, font: pygame.font.Font, width: int) -> bool:
    """True when some word of text is wider than width (it would be broken with a '-')."""
    return any(font.size(w)[0] > width for w in clean(text).split())


def line_step(font: pygame.font.Font, line_gap: float = 1.12) -> int:
    return round(font.get_linesize() * line_gap)


def draw_wrapped(surface: pygame.Surface, text: str, font: pygame.font.Font,
                 colour: pygame.Color, rect: pygame.Rect, max_lines: int | None = None,
                 line_gap: float = 1.12, cut_ok: bool = False) -> int:
    """Draw wrapped text inside rect; returns the height used. Overflow ends in '…'.

    Only texts that may be shortened (a card's description, whose full text is in its
    tooltip) pass ``cut_ok``; any other cut is written to CUT_LOG, so tests can ask that
    nothing a class must read is ever cut."""
    lines = wrap(text, font, rect.width)
    step = line_step(font, line_gap)
    fit = max(1, rect.height // step) if rect.height > 0 else len(lines)
    limit = min(fit, max_lines) if max_lines else fit
    cut = len(lines) > limit
    if cut:
        lines = lines[:limit]
        last = lines[-1]
        while last and font.size(last + "…")[0] > rect.width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
        if CUT_LOG is not None and not cut_ok:
            CUT_LOG.append(text)
    elif TEXT_LOG is not None:
        TEXT_LOG.append(text)  # drawn in full: tests may look for the whole text
    y = rect.y
    for line in lines:
        blit_text(surface, text_surface(line, font, colour), (rect.x, y), line, font)
        y += step
    return y - rect.y


def draw_lines(surface: pygame.Surface, text: str, lines: list[str], font: pygame.font.Font,
               colour: pygame.Color, pos: tuple[int, int], line_gap: float = 1.12) -> int:
    """Draw lines already wrapped (and known to fit); returns the height used."""
    if TEXT_LOG is not None:
        TEXT_LOG.append(text)
    x, y = pos
    step = line_step(font, line_gap)
    for line in lines:
        blit_text(surface, text_surface(line, font, colour), (x, y), line, font)
        y += step
    return y - pos[1]


def fit_text(st: Style, text: str, roles: tuple[str, ...], width: int, height: int,
             bold: bool = False, line_gap: float = 1.12,
             max_lines: int | None = None) -> tuple[pygame.font.Font, list[str], bool]:
    """The largest of the font roles (never below the smallest given) whose wrapped lines
    fit the box without splitting a word: (font, lines, fits). When even the smallest does
    not fit, its lines are returned with fits False (the caller offers the full text)."""
    font = st.font(roles[-1], bold)
    lines = wrap(text, font, width)
    for role in roles:
        font = st.font(role, bold)
        lines = wrap(text, font, width)
        n = len(lines)
        if (n * line_step(font, line_gap) <= height and (max_lines is None or n <= max_lines)
                and not splits_words(text, font, width)):
            return font, lines, True
    return font, lines, False


def wrapped_height(text: str, font: pygame.font.Font, width: int, line_gap: float = 1.12) -> int:
    return len(wrap(text, font, width)) * line_step(font, line_gap)


def panel(surface: pygame.Surface, rect: pygame.Rect, st: Style, fill: str = "panel",
          edge: str = "panel_edge", radius: float = 14, width: float = 2) -> None:
    log_panel(rect, surface)
    pygame.draw.rect(surface, C(fill), rect, border_radius=st.px(radius))
    if width:
        pygame.draw.rect(surface, C(edge), rect, max(1, st.px(width)),
                         border_radius=st.px(radius))


def mix(a: pygame.Color, b: pygame.Color, t: float) -> pygame.Color:
    return pygame.Color(a).lerp(b, t)
