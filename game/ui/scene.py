"""The base of every screen: its own pygame_gui manager, a keyboard focus ring and tooltips.

Every control on a scene, a pygame_gui button or a custom-drawn card, is registered as a
Focusable: Tab and Shift+Tab walk through them in order, the arrow keys move to the nearest
one in that direction, Enter or Space activates. A control that cannot be used now stays
focusable, so its reason is shown on focus just as on hover.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import pygame
import pygame_gui
from pygame_gui.core import ObjectID

from game.ui.i18n import t
from game.ui.style import CLASSROOM_ZOOM, C, Style, draw_wrapped, log_panel, wrap
from game.ui.widgets.richtext import RichText

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.session import Session


@dataclass
class Focusable:
    key: str
    rect: pygame.Rect
    action: Callable[[], None] | None
    tip: str | None = None
    enabled: bool = True
    element: Any = None  # the pygame_gui element, if it is one
    text_entry: bool = False


class Scene:
    """A screen. Subclasses fill build() and draw_back(); overlays set opaque = False."""

    opaque = True
    name = "scene"
    # whether the scene has a layout for the classroom preset (a canvas of Style.W x Style.H
    # design units, in larger type); the others keep their usual size when it is on
    classroom_ready: ClassVar[bool] = False

    def __init__(self, app: App) -> None:
        self.app = app
        self.st = self.make_style()
        self.manager: pygame_gui.UIManager | None = None
        self.items: list[Focusable] = []
        self.focus_key: str | None = None
        self.hover_key: str | None = None
        self.last_tip: pygame.Rect | None = None  # where the last tooltip was drawn (tests)
        self._by_element: dict[Any, Focusable] = {}
        self.texts: list[RichText] = []  # the read-only text boxes, drawn under the widgets
        self.mouse: tuple[int, int] | None = None  # where the mouse was last seen

    # -- life cycle -------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The game being played (scenes that show a game are only made while there is one)."""
        s = self.app.session
        assert s is not None
        return s

    @property
    def lang(self) -> str:
        return self.app.lang

    def t(self, key: str, **kw: object) -> str:
        return t(key, self.lang, **kw)

    def rebuild(self) -> None:
        """(Re)create the widgets for the current window size and language."""
        self.st = self.make_style()
        self.manager = self.app.new_manager(self.st.zoom)
        self.items = []
        self._by_element = {}
        self.texts = []
        self.build()
        if self.focus_key not in {f.key for f in self.items}:
            self.focus_key = self.default_focus()
        self._sync_gui_focus()

    def make_style(self) -> Style:
        """The window's style; zoomed when the classroom preset is on and the scene has a
        layout for it."""
        big = self.classroom_ready and getattr(self.app, "classroom", False)
        return Style(self.app.size, CLASSROOM_ZOOM if big else 1.0)

    def build(self) -> None:
        """Create widgets and register focusables."""

    def default_focus(self) -> str | None:
        for f in self.items:
            if f.enabled:
                return f.key
        return self.items[0].key if self.items else None

    def on_top(self) -> None:
        """Called when this scene becomes the top scene again."""

    # -- registering controls ---------------------------------------------------------

    def button(self, key: str, rect: pygame.Rect, text: str, action: Callable[[], None],
               tip: str | None = None, enabled: bool = True, cls: str | None = None
               ) -> pygame_gui.elements.UIButton:
        b = pygame_gui.elements.UIButton(
            rect, text, self.manager, object_id=ObjectID(class_id=cls, object_id=f"#{key}"))
        if not enabled:
            b.disable()
        f = Focusable(key, b.rect, action, tip, enabled, element=b)
        self.items.append(f)
        self._by_element[b] = f
        return b

    def rich_text(self, markup: str, rect: pygame.Rect) -> RichText:
        """A read-only text box (a little HTML: bold, italic, line breaks) that scrolls."""
        box = RichText(markup, rect, self.st)
        self.texts.append(box)
        return box

    def entry(self, key: str, rect: pygame.Rect, text: str, tip: str | None = None,
              limit: int = 24) -> pygame_gui.elements.UITextEntryLine:
        e = pygame_gui.elements.UITextEntryLine(rect, self.manager,
                                                object_id=ObjectID(object_id=f"#{key}"))
        e.set_text_length_limit(limit)
        e.set_text(text)
        f = Focusable(key, e.rect, None, tip, True, element=e, text_entry=True)
        self.items.append(f)
        self._by_element[e] = f
        return e

    def hotspot(self, key: str, rect: pygame.Rect, action: Callable[[], None] | None,
                tip: str | None = None, enabled: bool = True) -> Focusable:
        f = Focusable(key, rect, action, tip, enabled)
        self.items.append(f)
        return f

    def item(self, key: str | None) -> Focusable | None:
        for f in self.items:
            if f.key == key:
                return f
        return None

    # -- input ------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        assert self.manager is not None
        focused = self.item(self.focus_key)
        typing = focused is not None and focused.text_entry
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_TAB,):
            self.move_focus(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            return
        if typing and event.type == pygame.KEYDOWN and event.key in (
                pygame.K_RETURN, pygame.K_KP_ENTER):
            self.move_focus(1)
            return
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            self.mouse = event.pos
        for box in self.texts:
            if box.handle(event, self.mouse or pygame.mouse.get_pos()):
                self.app.dirty = True
                if event.type != pygame.MOUSEMOTION:
                    return
        consumed = self.manager.process_events(event)
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            f = self._by_element.get(event.ui_element)
            if f is not None:
                self.focus_key = f.key
                self.activate(f)
            return
        if event.type == pygame.MOUSEMOTION:
            self.hover_key = self._hit(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and not consumed:
            key = self._hit(event.pos)
            f = self.item(key)
            if f is not None:
                self.focus_key = f.key
                if f.text_entry:
                    self._sync_gui_focus()
                elif f.element is None:
                    self.activate(f)
            elif self.manager.get_focus_set():
                pass
        elif event.type == pygame.KEYDOWN and not typing:
            self.on_key(event)

    def on_key(self, event: pygame.event.Event) -> None:
        k = event.key
        if k in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            f = self.item(self.focus_key)
            if f is not None:
                self.activate(f)
        elif k in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN):
            self.move_spatial(k)
        elif k == pygame.K_ESCAPE:
            self.on_escape()

    def on_escape(self) -> None:
        """Escape: overlays close; full scenes do nothing by default."""

    def activate(self, f: Focusable) -> None:
        if f.text_entry:
            self._sync_gui_focus()
            return
        if f.enabled and f.action is not None:
            f.action()
            self.app.dirty = True

    def _hit(self, pos: tuple[int, int]) -> str | None:
        for f in reversed(self.items):
            if f.rect.collidepoint(pos):
                return f.key
        return None

    def move_focus(self, step: int) -> None:
        if not self.items:
            return
        keys = [f.key for f in self.items]
        i = keys.index(self.focus_key) if self.focus_key in keys else -step
        self.focus_key = keys[(i + step) % len(keys)]
        self._sync_gui_focus()

    def move_spatial(self, k: int) -> None:
        cur = self.item(self.focus_key)
        if cur is None:
            self.move_focus(1)
            return
        cx, cy = cur.rect.center
        best, best_d = None, None
        for f in self.items:
            if f is cur:
                continue
            dx, dy = f.rect.centerx - cx, f.rect.centery - cy
            if k == pygame.K_LEFT and dx >= 0 or k == pygame.K_RIGHT and dx <= 0:
                continue
            if k == pygame.K_UP and dy >= 0 or k == pygame.K_DOWN and dy <= 0:
                continue
            along, across = (abs(dx), abs(dy)) if k in (pygame.K_LEFT, pygame.K_RIGHT) else (
                abs(dy), abs(dx))
            d = along + 2.5 * across
            if best_d is None or d < best_d:
                best, best_d = f, d
        if best is not None:
            self.focus_key = best.key
            self._sync_gui_focus()

    def _sync_gui_focus(self) -> None:
        if self.manager is None:
            return
        f = self.item(self.focus_key)
        if f is not None and f.text_entry:
            self.manager.set_focus_set(f.element)
        else:
            self.manager.set_focus_set(None)

    # -- drawing ----------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        """Advance animations; return True while something moves (the loop keeps drawing)."""
        assert self.manager is not None
        self.manager.update(dt)
        focus = self.manager.get_focus_set()
        if focus:
            for el in focus:
                f = self._by_element.get(el)
                if f is not None and f.text_entry:
                    self.focus_key = f.key
        return False

    def draw(self, surface: pygame.Surface, active: bool = True) -> None:
        self.draw_back(surface)
        for box in self.texts:
            box.draw(surface)
        assert self.manager is not None
        self.manager.draw_ui(surface)
        self.draw_front(surface)
        if active:
            self.draw_focus(surface)

    def draw_back(self, surface: pygame.Surface) -> None:
        """Custom drawing under the widgets."""

    def draw_front(self, surface: pygame.Surface) -> None:
        """Custom drawing over the widgets (before the focus ring and tooltip)."""

    def draw_focus(self, surface: pygame.Surface) -> None:
        st = self.st
        f = self.item(self.focus_key)
        if f is not None and self.app.keyboard_used:
            r = f.rect.inflate(st.px(12), st.px(12))
            pygame.draw.rect(surface, C("focus_glow"), r, st.px(8), border_radius=st.px(16))
            pygame.draw.rect(surface, C("focus"), r, st.px(4), border_radius=st.px(16))
        tip_item = self.item(self.hover_key) if self.hover_key else None
        if tip_item is None and self.app.keyboard_used:
            tip_item = f
        if tip_item is not None and tip_item.tip:
            self.draw_tip(surface, tip_item.tip, tip_item.rect)

    def tip_box(self, screen: tuple[int, int], size: tuple[int, int],
                anchor: pygame.Rect) -> pygame.Rect:
        """Where a tooltip goes: above its control, else below, left or right of it — the
        first place that covers no other control (the Klaar button above all), else the
        place that covers the least."""
        st = self.st
        gap, edge = st.px(10), st.px(10)
        w, h = size
        sw, sh = screen

        def inside(x: int, y: int) -> pygame.Rect:
            return pygame.Rect(min(max(edge, x), sw - w - edge), min(max(edge, y), sh - h - edge),
                               w, h)

        places = [inside(anchor.centerx - w // 2, anchor.top - h - gap),
                  inside(anchor.centerx - w // 2, anchor.bottom + gap),
                  inside(anchor.left - w - gap, anchor.centery - h // 2),
                  inside(anchor.right + gap, anchor.centery - h // 2)]
        others = [f.rect for f in self.items if f.rect != anchor]

        def covered(box: pygame.Rect) -> int:
            area = 0
            for r in others:
                c = box.clip(r)
                area += c.w * c.h
            c = box.clip(anchor)  # a tip over its own control hides what it explains
            return area + 4 * c.w * c.h

        return min(places, key=covered)  # min keeps the first of equals: above wins

    def draw_tip(self, surface: pygame.Surface, text: str, anchor: pygame.Rect) -> None:
        st = self.st
        font = st.font("small")
        width = min(st.px(560), surface.get_width() - st.px(40))
        lines = wrap(text, font, width - st.px(28))
        w = max(font.size(line)[0] for line in lines) + st.px(28)
        h = len(lines) * round(font.get_linesize() * 1.12) + st.px(20)
        box = self.tip_box(surface.get_size(), (w, h), anchor)
        self.last_tip = box
        log_panel(box, surface)
        pygame.draw.rect(surface, C("ink"), box, border_radius=st.px(8))
        pygame.draw.rect(surface, C("focus_glow"), box, st.px(3), border_radius=st.px(8))
        draw_wrapped(surface, text, font, C("panel"),
                     box.inflate(-st.px(28), -st.px(20)))
