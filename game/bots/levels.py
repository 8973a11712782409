"""Difficulty levels for people practising alone: how well the bots at the table play.

Three levels, Dutch first (the UI shows ``label("nl")``), with English names as aliases:

- ``makkelijk`` (easy): the rule-of-thumb bot, with now and then a random move;
- ``normaal`` (normal): the search bot with a small budget (a decision well within 300 ms);
- ``moeilijk`` (hard): the search bot with a bigger budget (more rollouts, more candidates).

``make_bot(level, seed)`` gives a bot with ``choose(game, role) -> Action``. Bots made with the
same level and seed choose the same moves in the same situations. ``play=True`` adds the
level's time cap: a safety net for the board on a slow machine, which makes the choice depend
on the clock, so tests and the balance simulator leave it off.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Protocol

from game.bots.heuristic import HeuristicBot
from game.bots.search import SearchBot
from game.engine import Action, Game
from game.lang import t


class Bot(Protocol):
    name: str

    def choose(self, game: Game, role: str) -> Action: ...


@dataclass(frozen=True)
class Level:
    id: str  # Dutch, as the UI and the command line name it
    en: str  # English alias
    play_cap_ms: float | None  # time cap when ``play=True`` (a safety net only)

    def label(self, lang: str = "nl") -> str:
        """The level's name ("Makkelijk"), from the language layer (``level.<id>``)."""
        return t(f"level.{self.id}", lang)

    def text(self, lang: str = "nl") -> str:
        """What the level means for the other roles (``level.<id>.text``)."""
        return t(f"level.{self.id}.text", lang)


LEVELS: tuple[Level, ...] = (
    Level("makkelijk", "easy", None),
    Level("normaal", "normal", 1000.0),
    Level("moeilijk", "hard", 4000.0),
)
DEFAULT_LEVEL = "normaal"
EASY_RANDOM_SHARE = 0.25  # the share of random moves at the easy level


def get_level(level: str) -> Level:
    """A level by its Dutch id or English name (any case)."""
    key = level.strip().lower()
    for lv in LEVELS:
        if key in (lv.id, lv.en):
            return lv
    raise ValueError(f"unknown level '{level}'; choose from "
                     f"{', '.join(f'{lv.id} ({lv.en})' for lv in LEVELS)}")


class EasyBot:
    """The easy level: the heuristic bot, but one move in four is a random legal one."""

    name = "makkelijk"

    def __init__(self, seed: int = 0, random_share: float = EASY_RANDOM_SHARE) -> None:
        self.rng = random.Random(seed)
        self.random_share = random_share
        self._heuristic = HeuristicBot(seed)

    def choose(self, game: Game, role: str) -> Action:
        actions = game.legal_actions(role)
        if not actions:
            raise ValueError(f"{role} has no legal action now")
        if self.rng.random() < self.random_share:
            return self.rng.choice(actions)
        return self._heuristic.choose(game, role)


def make_bot(level: str, seed: int = 0, *, play: bool = False,
             time_budget_ms: float | None = None) -> Bot:
    """The bot for a level. ``play`` turns on the level's time cap (see the module docs);
    ``time_budget_ms`` sets a cap of your own."""
    lv = get_level(level)
    cap = time_budget_ms if time_budget_ms is not None else (lv.play_cap_ms if play else None)
    if lv.id == "makkelijk":
        return EasyBot(seed)
    return SearchBot(seed, level=lv.id, time_budget_ms=cap)
