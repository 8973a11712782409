"""The score summary of a game: the ending, the wish, the web, care use, money and the
wrong-pocket ledger, relations, what is secured, and which forces blocked most."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, TypedDict

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
