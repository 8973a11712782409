"""Payments and time costs: who may charge which pot (the payment titles, the schotten rule),
what a move costs in time or energy with the surcharges of the forces in play, and the
ledger. Functions of a Game (``Game`` binds each one as a method of the same name with a
leading underscore).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.engine.actions import Action
from game.engine.defs import ActionDef
from game.engine.messages import Message, msg
from game.engine.roles import DOMAIN, HOME_POT, PROFESSIONALS, pair_key
from game.engine.state import LedgerEntry

if TYPE_CHECKING:
    from game.engine.game import Game


def check_payment(g: Game, a: Action, d: ActionDef) -> Message | None:
    return g._check_payment_of(a.role, d)


def check_payment_of(g: Game, role: str, d: ActionDef) -> Message | None:
    pot, money = d.cost.pot, d.cost.money
    if pot is None:
        return None
    why = g._title(role, d.id, pot)
    if why is not None:
        return why
    if money > g._s.pots[pot]:
        return msg("pot_empty", pot=pot)
    return None


def title(g: Game, role: str, action_id: str, pot: str) -> Message | None:
    """Whether this role has a payment title for this pot (the schotten rule)."""
    if role == "inwoner" or HOME_POT.get(role) == pot:
        return None
    if g._flag("schotten"):
        src = g._src("schotten")
        return msg("schotten", force=src, force_id=src, pot=pot)
    if g._title_source(role, action_id, pot) is None:
        return msg("no_payment_title", role=role, pot=pot)
    return None


def title_source(g: Game, role: str, action_id: str, pot: str) -> str | None:
    if g._flag("grijs_budget"):
        return "grijs_budget"
    if g._flag("lumpsum") and DOMAIN[role] == "medisch" and pot == "wmo":
        return "lumpsum"
    title = g._card_titles.get((role, action_id))
    if title is not None and g._flag(title):
        return title
    if g._flag("grensbudget") and not g._s.grensbudget_used:
        return "grensbudget"
    if g._s.unblock_tokens > 0:
        return "token"
    return None


def title_needed(g: Game, role: str, pot: str) -> bool:
    return role != "inwoner" and HOME_POT.get(role) != pot


def use_title(g: Game, role: str, action_id: str, pot: str) -> None:
    """Use up a one-off payment title (grensbudget, doorzettingsmacht) if that is the one."""
    src = g._title_source(role, action_id, pot)
    if src == "grensbudget":
        g._s.grensbudget_used = True
    elif src == "token":
        g._s.unblock_tokens -= 1


def charge(g: Game, pot: str, amount: int, what: str, by: str, kinds: tuple[str, ...],
            cross: bool = False) -> None:
    s = g._s
    paid = min(amount, s.pots[pot])
    s.pots[pot] -= paid
    s.ledger.append(LedgerEntry(s.round, pot, paid, what, by, kinds))
    if cross and by in PROFESSIONALS:
        g._use_title(by, what, pot)
    g._emit("paid", pot=pot, amount=paid, what=what)


def base_time(g: Game, d: ActionDef) -> int:
    """The time a card costs before the surcharges that depend on its target."""
    extra = g._extra_time
    if not extra:
        return d.cost.time
    return d.cost.time + extra.get(d.id, 0) + (extra.get(d.op, 0) if d.op != d.id else 0)


def time_cost(g: Game, a: Action, d: ActionDef) -> int:
    """What a move costs in time (energy for the inwoner) now: the card's time with the
    surcharges of the forces in play, and for the ops in ``TARGET_COSTS`` what depends on
    the target."""
    cost = g._base_time(d)
    fn = TARGET_COSTS.get(d.op)
    return cost if fn is None else fn(g, a, cost)


def _deel_cost(g: Game, a: Action, cost: int) -> int:
    if a.arg2:
        if DOMAIN[a.role] != DOMAIN[a.arg2]:
            cost += 0 if g._flag("gezamenlijke_taal") else 1
            cost += 1 if g._flag("taalverschillen") and not g._flag(
                "gezamenlijke_taal") else 0
        cost += 1 if g._flag("avg_onzeker") else 0
    return cost


def _verwijs_cost(g: Game, a: Action, cost: int) -> int:
    if a.arg:
        bridge = (g._flag("brugfunctionaris") and a.role == "huisarts"
                  and a.arg == "sociaal_werker")
        if not bridge:
            cost += 1 if g._s.relations[pair_key(a.role, a.arg)] == 0 else 0
            cost += 1 if g._flag("ict_niet_gekoppeld") else 0
    return cost


def _plan_overleg_cost(g: Game, a: Action, cost: int) -> int:
    return 0 if g._flag("gratis_overleg") else cost + g._flag_int("overleg_extra_tijd")


# the ops whose time cost depends on the target: op -> (game, move, base cost) -> cost
TARGET_COSTS: dict[str, Callable[[Game, Action, int], int]] = {
    "deel": _deel_cost,
    "verwijs": _verwijs_cost,
    "plan_overleg": _plan_overleg_cost,
}
TARGET_COST_OPS = frozenset(TARGET_COSTS)


def extra_wait(g: Game, pot: str | None) -> int:
    if pot is None:
        return 0
    return sum(n for f in g._forces() for p, n in f.wait if p == pot)


def kinds_treated(g: Game, d: ActionDef) -> tuple[str, ...]:
    return tuple(e.treat.kind for e in d.effects if e.treat)
