"""A move in words, for every front end: its target ("schulden naar de huisarts"), and one
line that tells the room what a team played and what it did ("Team Huisarts: Consult · Zvw −1
· ..."). The board's banner and hand-over recap and the text mode's recap say it alike.

Only what the reader may see: events for everyone, and (for a viewer) that viewer's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.engine import Action, Message
from game.engine.roles import PROFESSIONALS
from game.lang.catalogue import has, t
from game.lang.messages import render
from game.lang.names import name_of, role_name, team_label

TEAM = ("inwoner", *PROFESSIONALS, "facilitator")
# events that the move's first part already says, or that only the engine needs
QUIET = ("played", "turn_done", "round_start")


def pot_short(pot: str, lang: str) -> str:
    """A pot in one word, for a jar, a banner and a cost: "Zvw", "Gemeente", "Wlz" (the
    gemeente's pot pays under several laws, so it is named by who pays, not by one law)."""
    key = f"pot_short.{pot}"
    return t(key, lang) if has(key) else pot


def thing_name(sc: Any, ident: str, lang: str) -> str:
    if ident in TEAM:
        return team_label(ident, lang, sc)
    if ident in ("ja", "nee"):
        return t("ui.yes" if ident == "ja" else "ui.no", lang)
    return name_of(sc, ident, lang)


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
    second = role_name(a.arg2, lang, sc) if a.arg2 in TEAM else thing_name(sc, a.arg2, lang)
    if a.sep == "+":
        first = role_name(a.arg, lang, sc) if a.arg in TEAM else thing_name(sc, a.arg, lang)
        text = t("ui.target_pair", lang, a=first, b=second)
        return text[:1].upper() + text[1:]
    return t("ui.target_to", lang, a=thing_name(sc, a.arg, lang), b=second)


def visible(m: Message, viewer: str | None) -> bool:
    """Whether the reader may read this event (None: only what is public)."""
    return m.visible_to is None or (viewer is not None and viewer in m.visible_to)


def move_line(game: Any, move: Any, lang: str, viewer: str | None,
              teams: Mapping[str, str] | None = None) -> str:
    """One move in one line: the team and what it played, then what it cost and did.
    ``move`` is a game.table.Move; ``teams`` the teams' own names (role -> name), if any."""
    sc = game.scenario
    a = move.action
    d = sc.actions.get(f"{a.role}:{a.name}")
    team = (teams or {}).get(move.role, "").strip() or team_label(move.role, lang, sc)
    if d is not None:
        what = str(d.name.get(lang))
        target = describe_target(game, a, lang)
        head = t("ui.banner_move", lang, team=team,
                 action=f"{what} ({target})" if target else what)
    else:  # a force's choice: the event says it
        head = t("ui.banner_move", lang, team=team, action=t(
            "ui.yes" if a.arg == "ja" else "ui.no", lang) if a.arg in ("ja", "nee") else a.name)
    parts = [head]
    for m in move.events:
        if m.code in QUIET or not visible(m, viewer):
            continue
        if m.code == "paid":
            pot = str(m.param("pot"))
            parts.append(f"{pot_short(pot, lang)} −{m.param('amount')}")
            continue
        parts.append(render(m, sc, lang).rstrip("."))
    return " · ".join(parts)


def public_lines(game: Any, moves: list[Any], lang: str, limit: int = 8,
                 teams: Mapping[str, str] | None = None) -> list[str]:
    """The recap of these moves for a hand-over: public events only, the newest last."""
    lines = [move_line(game, m, lang, None, teams) for m in moves[-limit:]]
    return lines
