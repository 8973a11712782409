"""The score summary of a game: the ending, the wish, the web, care use, money and the
wrong-pocket ledger, relations, what is secured, and which forces blocked most."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, TypedDict

from game.engine.actions import Action
from game.engine.defs import PROFESSIONALS

if TYPE_CHECKING:
    from game.engine.game import Game


class WrongPocket(TypedDict):
    """One flow of money into the wrong pocket: ``payer`` paid the help that kept
    ``problem`` from its crisis, so ``saver`` did not pay ``amount`` for it."""

    payer: str
    saver: str
    amount: int
    problem: str


ScoreValue = (bool | str | int | float | None | dict[str, int] | list[str]
              | list[WrongPocket])


@dataclass(frozen=True)
class Result:
    over: bool
    ending: str | None
    rank: str | None
    wish_known: bool
    wish_met: bool
    health_start: dict[str, int]
    health_end: dict[str, int]
    health_gain: float  # mean change over the six dimensions
    counters: dict[str, int]
    pots_start: dict[str, int]
    pots_end: dict[str, int]
    paid: dict[str, int]
    saved: dict[str, int]
    wrong_pocket: list[WrongPocket]
    relations: dict[str, int]
    secured: list[str]  # arrangements with structural money (duurzaam)
    falls_over: list[str]  # project arrangements that stop after the game
    blocked_by: dict[str, int]  # force id -> blocked moves
    rounds_played: int
    actions: int

    def to_dict(self) -> dict[str, ScoreValue]:
        return asdict(self)


def make_result(game: Game) -> Result:
    s = game._s
    sc = game.scenario
    rank = None
    for e in sc.casus.endings:
        if e.id == s.ending:
            rank = e.rank
    paid = {"zvw": 0, "wmo": 0, "wlz": 0}
    for entry in s.ledger:
        paid[entry.pot] += entry.amount
    saved = {"zvw": 0, "wmo": 0, "wlz": 0}
    flows: list[WrongPocket] = []
    feeders: dict[str, list[str]] = {}
    for p in sc.casus.problems:
        for fed in p.feeds:
            feeders.setdefault(fed, []).append(p.id)
    for p in sc.casus.problems:
        esc = p.escalation
        ps = s.problems[p.id]
        if esc is None or not esc.pot or not esc.cost or ps.escalations:
            continue
        payers = set(ps.treated_by)
        for f in feeders.get(p.id, ()):
            payers |= s.problems[f].treated_by
        payers.discard("project")
        if not payers:
            continue
        saved[esc.pot] += esc.cost
        for payer in sorted(payers):
            if payer != esc.pot:
                flows.append(WrongPocket(payer=payer, saver=esc.pot, amount=esc.cost,
                                         problem=p.id))
    secured, falls = [], []
    for a in s.arrangements.values():
        d = sc.arrangements[a.id]
        if a.status not in ("running", "waiting", "done"):
            continue
        if d.project and not a.secured:
            if a.status != "done":
                falls.append(a.id)
        elif a.status != "done":
            secured.append(a.id)
    start = dict(s.start_health)
    end = dict(s.health)
    gain = sum(end[d] - start[d] for d in start) / len(start)
    return Result(
        over=s.over, ending=s.ending, rank=rank,
        wish_known=any("wens" in s.knows[r] for r in PROFESSIONALS),
        wish_met=game.wish_met(), health_start=start, health_end=end,
        health_gain=round(gain, 4), counters=dict(s.counters),
        pots_start=dict(s.start_pots), pots_end=dict(s.pots), paid=paid, saved=saved,
        wrong_pocket=flows, relations=dict(s.relations), secured=sorted(secured),
        falls_over=sorted(falls), blocked_by=dict(sorted(s.blocked_counts.items())),
        rounds_played=s.round, actions=len(s.history),
    )


# ------------------------------------------------------------ unpaid time (lesson L6) --

# the moves of working together: getting to know each other, an MDO, sharing a fact and
# asking consent to share. No pot pays their time (unless a card of them names a pot, or
# an NZa payment code pays the medical roles' MDO time: overleg_betaald)
COLLAB_OPS = frozenset({"kennismaken", "plan_overleg", "deel", "vraag_toestemming"})


@dataclass(frozen=True)
class UnpaidTime:
    """Time a professional spent on working together that no pot paid: ``time`` of
    ``role``'s time in ``round``, through ``card`` (an action id) that ``by`` played (the
    other side of a kennismaken, or the participants of an MDO, did not play it)."""

    round: int
    role: str
    card: str
    by: str
    time: int


def unpaid_time_of(game: Game, action: Action | str) -> list[UnpaidTime]:
    """The unpaid collaboration time a legal move will cost, per professional, asked before
    it is played (the engine's own time rules: surcharges, a free or a paid MDO)."""
    g = game
    a = g._coerce(action)
    if not isinstance(a, Action) or a.role not in PROFESSIONALS:
        return []
    d = g._def(a)
    if d is None or d.op not in COLLAB_OPS or (d.cost.pot is not None and d.cost.money):
        return []
    rnd = g._s.round
    out = []
    own = g._time_cost(a, d)
    if own:
        out.append(UnpaidTime(rnd, a.role, d.id, a.role, own))
    if d.op == "kennismaken" and a.arg:
        out.append(UnpaidTime(rnd, a.arg, d.id, a.role, 1))
    elif d.op == "plan_overleg":
        for r in PROFESSIONALS:
            t = g._overleg_time(r, 1) if r != a.role else 0
            if t:
                out.append(UnpaidTime(rnd, r, d.id, a.role, t))
    return out


def unpaid_time(game: Game) -> list[UnpaidTime]:
    """Every unpaid collaboration time of a game, in order: its history replayed from the
    start (the game itself is not changed)."""
    from game.engine.game import Game as _Game

    data = game.to_save()
    actions = list(data["actions"])
    fresh = _Game.from_save(dict(data, actions=[]), game.scenario)
    out: list[UnpaidTime] = []
    for a in actions:
        out.extend(unpaid_time_of(fresh, a))
        fresh.apply(a)
    return out


def unpaid_by_role(entries: list[UnpaidTime]) -> dict[str, dict[str, int]]:
    """Per professional (those who spent any): the cards the unpaid time came from, with
    their time, most first."""
    per: dict[str, dict[str, int]] = {}
    for e in entries:
        cards = per.setdefault(e.role, {})
        cards[e.card] = cards.get(e.card, 0) + e.time
    return {r: dict(sorted(per[r].items(), key=lambda kv: (-kv[1], kv[0])))
            for r in PROFESSIONALS if r in per}
