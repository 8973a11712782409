"""One game at the board in hot seat: the table (game/table) plus what only a shared screen
needs — which team sits at the board now, which force card and round summary were shown,
the last events to highlight, and where the class is in the debrief.

The board sees the game only through the engine's public API (view, legal_actions,
blocked_actions, apply and the events it returns), and saving, recording and the debrief
data through the table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.engine import Action, Game, Message
from game.table import (
    ROLES,
    Move,
    ScenarioLoader,
    Table,
    load_any_scenario,
    next_professional,
)
from game.table.hand import Card
from game.ui.i18n import team_label

__all__ = ["ScenarioLoader", "Session", "load_any_scenario"]


class Session(Table):
    def __init__(self, game: Game, teams: dict[str, str] | None = None,
                 humans: tuple[str, ...] = ROLES, save_path: Path | None = None,
                 current: str | None = None, bot_level: str = "normaal",
                 application: dict[str, str] | None = None, **kw: Any) -> None:
        humans = tuple(r for r in ROLES if r in humans) or ROLES
        kw.setdefault("bots", [r for r in ROLES if r not in humans])
        super().__init__(game, teams=teams, bot_level=bot_level, save_path=save_path,
                         application=application, **kw)
        self.current = current  # the team at the board now (after its hand-over)
        if self.current is None and len(self.humans) == 1:
            self.current = self.humans[0]  # alone at the board: no hand-over to oneself
        self.revealed_round = 0  # the round whose force card had its moment on screen
        self.summarised_round = 0  # the last round whose summary was shown
        self.last_events: list[Message] = []
        # where the class is in the debrief (kept while it switches pages): "timeline" ->
        # (round, move or None), "transfer" -> the team whose questions are shown
        self.debrief_pos: dict[str, Any] = {}
        # every move played since the board opened this game (the banner, the recaps), and
        # for each team how many of them there were when it last came to the board
        self.moves: list[Move] = []
        self.seen_moves: dict[str, int] = {}
        self.subscribe(self.moves.append)
        # public moments still to show full screen (a crisis, an MDO, a consent request, a
        # colleague who leaves): (the round it happened in, the event), oldest first
        self.moments: list[tuple[int, Message]] = []
        self.subscribe(self._collect_moments)
        # the order of the cards in this turn: (round, phase, role) -> card names
        self._card_order: tuple[tuple[int, str, str], list[str]] | None = None

    def team_name(self, role: str, lang: str = "nl") -> str:  # type: ignore[override]
        return super().team_name(role) or team_label(role, lang, self.game.scenario)

    def apply(self, action: Action | str, role: str | None = None) -> list[Message]:
        events = super().apply(action, role)
        self.last_events = events
        return events

    def _collect_moments(self, move: Move) -> None:
        from game.engine.view import public_view
        from game.ui.scenes.handover import MOMENT_CODES

        found = [e for e in move.events if e.code in MOMENT_CODES and e.visible_to is None]
        if not found:
            return
        log = public_view(self.game).log
        for e in found:  # the round it is logged in (an MDO ends a round, a crisis opens one)
            rnd = next((r for r, _p, m in reversed(log) if m == e), self.game.round)
            self.moments.append((rnd, e))

    def next_moment(self) -> tuple[int, Message] | None:
        """The moment to show now, if any: one of a round whose summary is not shown yet,
        and (while the game goes on) not before that round's force card had its moment."""
        # a moment of a round whose summary was shown, or of a round the board did not
        # follow (a game played on without it), is not shown any more
        self.moments = [(r, m) for r, m in self.moments
                        if r > self.summarised_round and r >= self.game.round - 1]
        if not self.moments:
            return None
        rnd, m = self.moments[0]
        if rnd > self.summarised_round + 1:
            return None
        if not self.game.is_over() and rnd > self.revealed_round and rnd == self.game.round:
            return None
        return rnd, m

    def moment_seen(self) -> None:
        if self.moments:
            self.moments.pop(0)

    def news_for(self, role: str) -> list[Move]:
        """What the other teams (and the bots) played since this team last came to the
        board: the recap on its hand-over."""
        return [m for m in self.moves[self.seen_moves.get(role, 0):] if m.role != role]

    def came_to_board(self, role: str) -> None:
        self.seen_moves[role] = len(self.moves)

    def card_order(self, game: Game, role: str, cards: list[Card]) -> list[Card]:
        """The cards in the order of this turn: fixed when the turn begins (the playable
        ones first), so a card keeps its place and its key while the team plays; a card
        that appears later (a force's choice) comes last."""
        turn = (game.round, game.phase, role)
        if self._card_order is None or self._card_order[0] != turn:
            self._card_order = (turn, [c.name for c in cards])
        order = self._card_order[1]
        for c in cards:
            if c.name not in order:
                order.append(c.name)
        pos = {n: i for i, n in enumerate(order)}
        return sorted(cards, key=lambda c: pos[c.name])

    def needs_handover(self) -> bool:
        """True when the team at the board may not act now (another team's turn)."""
        if self.game.is_over():
            return False
        movers = self.to_move()
        if not movers:  # only bots act: a team of people watches (after its hand-over)
            return self.current not in self.humans
        return self.current not in movers

    def next_role(self) -> str | None:
        """The team that should come to the board next (the first in turn order)."""
        movers = self.to_move()
        if not movers:
            if self.game.is_over() or self.current in self.humans:
                return self.current
            return self.humans[0]
        if self.current in movers:
            return self.current
        if len(movers) > 1:
            after = next_professional(self.current, movers)
            if after is not None:
                return after
        return movers[0]

    @classmethod
    def from_save(cls, path: Path, loader: ScenarioLoader = load_any_scenario,
                  **kw: Any) -> Session:
        """Replay a save (raises SaveFileError, SaveError or the loader's error)."""
        s = super().from_save(path, loader, **kw)
        assert isinstance(s, Session)
        # the current round's force already had its moment before the save
        s.revealed_round = s.game.round
        # (a finished game reopens at its end screen: its summaries were seen)
        s.summarised_round = s.game.round - (0 if s.game.is_over() else 1)
        s.moments.clear()  # the replay's moments were seen when the game was played
        return s
