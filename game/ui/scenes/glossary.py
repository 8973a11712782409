"""The shared glossary (gezamenlijke woordenlijst), reachable from every screen with F1.

The terms live in scenarios/catalogue/glossary.yaml (plain words, Dutch and English); the
list shows the terms in the chosen language with the other language's term beside it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from game.paths import scenarios_dir
from game.ui.scenes.overlay import ScrollOverlay


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


class GlossaryScene(ScrollOverlay):
    name = "glossary"
    BOX = (170, 40, 1580, 1010)
    TEXT = (200, 170, 1520, 770)
    CLOSE = (1480, 956, 240, 70)
    TITLE_FONT = "h1"
    TITLE_Y = 20

    def content(self) -> str:
        lang = self.lang
        other = "en" if lang == "nl" else "nl"
        self.title = self.t("glossary_title")
        self.subtitle = self.t("glossary_hint")
        rows = []
        for term in sorted(load_glossary(), key=lambda x: str(x["term"][lang]).lower()):
            dom = self.t(f"domain_{term.get('domain', 'beide')}")
            rows.append(f"<b>{_esc(term['term'][lang])}</b> <i>({_esc(dom)} · "
                        f"{_esc(term['term'][other])})</i><br>{_esc(term['text'][lang])}")
        self.terms = len(rows)
        return "<br><br>".join(rows)
