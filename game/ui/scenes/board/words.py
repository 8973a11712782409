"""How the board names a move's target, a thing of the casus and a cost."""

from __future__ import annotations

from typing import Any

from game.engine import Action
from game.lang import name_of
from game.ui.i18n import TEAM, t, team_label


def describe_target(game: Any, a: Action, lang: str) -> str:
    """The target of an action in words ('schulden » de huisarts')."""
    sc = game.scenario
    parts = []
    for v in (a.arg, a.arg2):
        if v is None:
            continue
        parts.append(thing_name(sc, v, lang))
    sep = " + " if a.sep == "+" else " » "
    return sep.join(parts)


def thing_name(sc: Any, ident: str, lang: str) -> str:
    if ident in TEAM:
        return team_label(ident, lang)
    if ident in ("ja", "nee"):
        return t("yes" if ident == "ja" else "no", lang)
    return name_of(sc, ident, lang)


def time_word(role: str, lang: str) -> str:
    return t("word_energy" if role == "inwoner" else "word_time", lang)


def cost_text(cost: int, base: int, role: str, lang: str) -> str:
    """'2 tijd (+1)': the cost now, and the surcharge (or discount) on the card's own cost."""
    text = f"{cost} {time_word(role, lang)}"
    return text + (f" ({cost - base:+d})" if cost != base else "")
