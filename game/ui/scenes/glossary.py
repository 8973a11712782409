"""The shared glossary (gezamenlijke woordenlijst), reachable from every screen with F1.

The terms live in scenarios/catalogue/glossary.yaml (plain words, Dutch and English); the
list shows the terms in the chosen language with the other language's term beside it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pygame
import pygame_gui
import yaml

from game.paths import scenarios_dir
from game.ui.scene import Scene
from game.ui.style import C, draw_text, panel


def glossary_path() -> Path:
    return scenarios_dir() / "catalogue" / "glossary.yaml"


@lru_cache(maxsize=2)
def load_glossary(path: Path | None = None) -> list[dict[str, Any]]:
    """The glossary's terms (an empty list when the file is missing or broken)."""
    p = path or glossary_path()
    try:
        with open(p, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except (OSError, yaml.YAMLError):
        return []
    terms = data.get("terms") if isinstance(data, dict) else None
    return [t for t in terms or [] if isinstance(t, dict) and "term" in t and "text" in t]


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GlossaryScene(Scene):
    opaque = False
    name = "glossary"

    def build(self) -> None:
        st = self.st
        lang = self.lang
        other = "en" if lang == "nl" else "nl"
        rows = []
        for term in sorted(load_glossary(), key=lambda x: str(x["term"][lang]).lower()):
            dom = self.t(f"domain_{term.get('domain', 'beide')}")
            rows.append(f"<b>{_esc(term['term'][lang])}</b> <i>({_esc(dom)} · "
                        f"{_esc(term['term'][other])})</i><br>{_esc(term['text'][lang])}")
        self.terms = len(rows)
        self.box = pygame_gui.elements.UITextBox("<br><br>".join(rows), st.R(200, 170, 1520, 770),
                                                 self.manager)
        self.button("close", st.R(1480, 956, 240, 70), self.t("close"), self.app.pop)

    def on_key(self, event: pygame.event.Event) -> None:
        k = event.key
        step = {pygame.K_DOWN: 0.04, pygame.K_UP: -0.04, pygame.K_PAGEDOWN: 0.2,
                pygame.K_PAGEUP: -0.2}.get(k)
        bar = getattr(self.box, "scroll_bar", None)
        if step is not None and bar is not None:
            pos = bar.start_percentage + step
            bar.set_scroll_from_start_percentage(max(0.0, min(1.0 - bar.visible_percentage, pos)))
            return
        super().on_key(event)

    def on_escape(self) -> None:
        self.app.pop()

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        box = st.R(170, 40, 1580, 1010)
        panel(surface, box, st, width=3)
        draw_text(surface, self.t("glossary_title"), st.font("h1", bold=True), C("ink"),
                  (box.x + st.px(30), box.y + st.px(20)))
        draw_text(surface, self.t("glossary_hint"), st.font("body"), C("ink_soft"),
                  (box.x + st.px(30), box.y + st.px(84)))
