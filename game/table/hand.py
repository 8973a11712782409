"""The hand of one role, as every front end shows it: the actions grouped into cards (one
card per action, with its legal and blocked targets), the real cost of each move now
(surcharges of forces and relations included, from the engine's ``time_cost``) and the
reason a blocked card is blocked — one that holds for all its targets when there is one.

Only numbers and engine messages here; the words are the front end's (and the language
layer's). The board and the text mode both build their hand with ``hand(game, role)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine import Action, Game, Message
from game.engine.defs import ActionDef
from game.engine.messages import msg

# reasons that only say "this target makes no sense now": never the headline of a card
NOISE = ("bad_target", "not_known", "requested", "consent_exists")
# reasons that the cost of a move decides (the last check of the engine)
SHORT = ("no_time", "no_energy")


@dataclass
class Card:
    """One card: an action (by name) with its legal and blocked targets, and what each of
    them costs now."""

    name: str
    definition: ActionDef | None
    legal: list[Action] = field(default_factory=list)
    blocked: list[tuple[Action, Message]] = field(default_factory=list)
    costs: dict[str, int] = field(default_factory=dict)  # str(action) -> time/energy now
    left: int | None = None  # the role's time (energy for the inwoner) left

    @property
    def playable(self) -> bool:
        return bool(self.legal)

    def cost(self, action: Action) -> int | None:
        """What this move costs now (None: no time cost, e.g. a choice)."""
        return self.costs.get(str(action))

    def cost_range(self) -> tuple[int, int] | None:
        """The lowest and highest cost now over the card's targets (legal ones if any)."""
        acts = list(self.legal) or [a for a, _ in self.blocked]
        found = sorted({c for a in acts if (c := self.cost(a)) is not None})
        if not found:
            return None
        return found[0], found[-1]

    def common_reason(self) -> Message | None:
        """A reason that holds for every target of a card nobody can play now: the same
        reason for all of them, or too little time (energy) for even the cheapest one."""
        if self.legal or not self.blocked:
            return None
        real = [m for _a, m in self.blocked if m.code not in NOISE]
        if real and len({(m.code, m.params) for m in real}) == 1:
            return real[0]
        if self.left is not None:
            costs = [c for a, _m in self.blocked if (c := self.cost(a)) is not None]
            if costs and min(costs) > self.left:
                short = next((m for _a, m in self.blocked if m.code in SHORT), None)
                code = short.code if short is not None else (
                    "no_energy" if self.blocked[0][0].role == "inwoner" else "no_time")
                return msg(code, need=min(costs), left=self.left)
        return None

    def reason(self) -> Message | None:
        """The headline reason of a blocked card: one that holds for all its targets, else
        a force that blocks it, else the first reason that is not mere noise."""
        if not self.blocked:
            return None
        common = self.common_reason()
        if common is not None:
            return common
        for _a, m in self.blocked:
            if m.force:
                return m
        for _a, m in self.blocked:
            if m.code not in NOISE:
                return m
        return self.blocked[0][1]


@dataclass
class Hand:
    """A role's cards now, playable ones first (in the catalogue's order), and the move
    that ends the turn (shown as a button, not a card)."""

    role: str
    cards: list[Card]
    klaar: Action | None = None


def remedy_flag(d: ActionDef) -> str | None:
    """The flag a card is the remedy for: one it requires and ends (``cancel_flag``)."""
    needs = {c.flag for c in d.requires if c.key == "flag"}
    return next((e.cancel_flag for e in d.effects
                 if e.key == "cancel_flag" and e.cancel_flag in needs), None)


def move_cost(game: Game, action: Action) -> int | None:
    """What a move costs now in time (energy for the inwoner), surcharges included."""
    return game.time_cost(action)


def hand(game: Game, role: str, all_cards: bool = True) -> Hand:
    """The hand of ``role`` now. With ``all_cards`` an action that has neither a legal nor
    a blocked target now still gets a (blocked) card, so the hand does not jump about."""
    view = game.view(role, log=False)
    left = view.energy if role == "inwoner" else view.time
    order = [d.id for d in game.scenario.actions.values() if d.role == role]
    cards: dict[str, Card] = {}
    klaar: Action | None = None

    def card(a: Action) -> Card | None:
        d = game.scenario.actions.get(f"{a.role}:{a.name}")
        if d is not None and d.op == "klaar":
            return None
        c = cards.get(a.name)
        if c is None:
            c = cards[a.name] = Card(a.name, d, left=left)
        cost = game.time_cost(a)
        if cost is not None:
            c.costs[str(a)] = cost
        return c

    for a in game.legal_actions(role):
        c = card(a)
        if c is None:
            klaar = a
            continue
        c.legal.append(a)
    for a, m in game.blocked_actions(role):
        c = card(a)
        if c is not None:
            c.blocked.append((a, m))
    if all_cards and not view.pending_choice:
        for d in game.scenario.actions.values():
            if d.role == role and d.op != "klaar" and d.id not in cards:
                cards[d.id] = Card(d.id, d, left=left)
    # a remedy for a force (a card that requires a flag and ends it: asking what the AVG
    # really allows) is on the table only while the force is, or once it has been played
    for name, c in list(cards.items()):
        if (not c.playable and c.definition is not None and remedy_flag(c.definition)
                and all(m.code == "needs_force" for _a, m in c.blocked)):
            del cards[name]
    key = {n: (order.index(n) if n in order else -1) for n in cards}
    ordered = sorted(cards.values(), key=lambda c: (not c.playable, key[c.name]))
    return Hand(role, ordered, klaar)
