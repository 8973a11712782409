"""How the board names a move's target, a thing of the casus and a cost."""

from __future__ import annotations

from typing import Any

from game.engine import Action
from game.lang import name_of
from game.ui.i18n import TEAM, role_name, t, team_label


def describe_target(game: Any, a: Action, lang: str) -> str:
    """The target of an action in words ('schulden naar de huisarts', 'huisarts en
    sociaal werker'). '»' means only 'from ... to' (a value that changes), never a target."""
    sc = game.scenario
    if a.arg is None:
        return ""
    if a.arg2 is None:
        return thing_name(sc, a.arg, lang)
    # inside a phrase a role is named as in a sentence ("naar de huisarts"), so no capital
    # lands mid-phrase; a pair is two roles ("De huisarts en de sociaal werker")
    second = role_name(a.arg2, lang) if a.arg2 in TEAM else thing_name(sc, a.arg2, lang)
    if a.sep == "+":
        first = role_name(a.arg, lang) if a.arg in TEAM else thing_name(sc, a.arg, lang)
        text = t("target_pair", lang, a=first, b=second)
        return text[:1].upper() + text[1:]
    return t("target_to", lang, a=thing_name(sc, a.arg, lang), b=second)


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
