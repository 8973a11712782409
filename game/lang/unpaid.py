"""The unpaid time of working together (lesson L6) as lines a player reads: one line per
professional, "Huisarts: onbetaalde tijd voor samenwerken: 4 (Informatie delen 3, MDO
plannen 1)". Shared by the report (and through it the board's debrief and the web client)
and the text mode, so they say it in the same words."""

from __future__ import annotations

from collections.abc import Mapping

from game.engine.defs import Scenario
from game.lang.catalogue import t
from game.lang.names import name_of, team_label


def unpaid_line(scenario: Scenario, role: str, cards: Mapping[str, int], lang: str,
                teams: Mapping[str, str] | None = None) -> str:
    """One professional's line: the total and the moves it came from (most first)."""
    label = (teams or {}).get(role, "").strip() or team_label(role, lang, scenario)
    moves = ", ".join(t("unpaid.move", lang, name=name_of(scenario, card, lang, "what"), n=n)
                      for card, n in cards.items())
    return t("unpaid.line", lang, role=label, n=sum(cards.values()), moves=moves)


def unpaid_lines(scenario: Scenario, by_role: Mapping[str, Mapping[str, int]], lang: str,
                 teams: Mapping[str, str] | None = None) -> list[str]:
    """The heading's explanation and a line per professional who spent unpaid time (or the
    line that nobody did)."""
    if not by_role:
        return [t("unpaid.none", lang)]
    return [unpaid_line(scenario, r, cards, lang, teams) for r, cards in by_role.items()]
