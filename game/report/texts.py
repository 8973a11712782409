"""The debrief's data that is not words: the roles in order, the source and area of each
reflection question that comes from the choices a class made, and which roles a force
card's question is for. The words themselves are in the language layer (game/lang).
"""

from __future__ import annotations

from game.engine.roles import ROLES  # (the debrief's order is the engine's)

# Reflection questions from the choices made: their text is ``question.<id>`` in the
# catalogues (game/lang); {inwoner}, {role}, {fact} ... are filled in. Each names the
# source document it comes from (and the area of the force-field analysis).
CHOICE_QUESTIONS: dict[str, tuple[str, str | None]] = {
    # id: (source file, area)
    "no_consent": ("004_7d6c601b4000df11.txt", None),
    "consent_never_asked": ("004_7d6c601b4000df11.txt", None),
    "medicalisation": ("004_7d6c601b4000df11.txt", None),
    "wish_never_known": ("004_7d6c601b4000df11.txt", None),
    "wish_late": ("004_7d6c601b4000df11.txt", None),
    "missed_fact": ("004_7d6c601b4000df11.txt", None),
    "hidden_fact": ("004_7d6c601b4000df11.txt", None),
    "wrong_pocket": ("000_810897c70a538cc2.txt", "3.2"),
    "falls_over": ("002_76acbc7ebcc13e20.txt", None),
    "escalation": ("004_7d6c601b4000df11.txt", None),
    "weak_relation": ("000_810897c70a538cc2.txt", "3.4"),
    "no_overleg": ("000_810897c70a538cc2.txt", "3.2"),
    "no_network": ("004_7d6c601b4000df11.txt", None),
    "told_wish": ("004_7d6c601b4000df11.txt", None),
    "accepted": ("004_7d6c601b4000df11.txt", None),
    "trust_low": ("004_7d6c601b4000df11.txt", None),
    "refused": ("004_7d6c601b4000df11.txt", None),
    "turnover": ("002_76acbc7ebcc13e20.txt", None),
    # the real transfer questions, for every game: practice against the game, and the game's
    # own picture of reality criticised (issue 13)
    "practice_gap": ("004_7d6c601b4000df11.txt", None),
    "game_critique": ("000_810897c70a538cc2.txt", None),
    "inwoner_real": ("004_7d6c601b4000df11.txt", None),
}

# Which roles a force card's question is for, by its lesson (docs: game-design.md, L1-L9).
LESSON_ROLES = {
    "L1": ("huisarts", "sociaal_werker"),
    "L2": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L3": ("inwoner", "sociaal_werker", "huisarts"),
    "L4": ("inwoner", "huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L5": ("sociaal_werker", "huisarts", "wijkverpleegkundige"),
    "L6": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L7": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L8": ("sociaal_werker", "inwoner", "wijkverpleegkundige"),
    "L9": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
}

__all__ = ["CHOICE_QUESTIONS", "LESSON_ROLES", "ROLES"]
