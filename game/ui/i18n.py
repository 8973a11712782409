"""The board's words: a short way into the language layer (game/lang), which holds them.

``t("start", "en")`` is ``game.lang.t("ui.start", "en")``: the board's keys are the
catalogue's ``ui.*`` section. Placeholders are filled from keyword arguments. This module
holds no text of its own.
"""

from __future__ import annotations

from game.engine.roles import PROFESSIONALS
from game.lang import dim_name, phase_name, pot_name, role_name, team_label
from game.lang import t as lang_t

ROLES = ("inwoner", *PROFESSIONALS)  # the board's order: the inwoner first
TEAM = (*ROLES, "facilitator")  # everyone with a team label


def t(key: str, lang: str = "nl", **kw: object) -> str:
    return lang_t(f"ui.{key}", lang, **kw)


__all__ = ["ROLES", "TEAM", "dim_name", "phase_name", "pot_name", "role_name", "t", "team_label"]
