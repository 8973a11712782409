"""How the board names a cost (a move's target and a thing: game/lang/moves.py)."""

from __future__ import annotations

from game.ui.i18n import t


def time_word(role: str, lang: str) -> str:
    return t("word_energy" if role == "inwoner" else "word_time", lang)


def cost_text(cost: int, base: int, role: str, lang: str) -> str:
    """'2 tijd (+1)': the cost now, and the surcharge (or discount) on the card's own cost."""
    text = f"{cost} {time_word(role, lang)}"
    return text + (f" ({cost - base:+d})" if cost != base else "")
