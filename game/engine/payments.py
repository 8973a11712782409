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
    if money > g._s.pots[payer(g, pot, d.id, role, money)]:
        return msg("pot_empty", pot=pot)
    return None


def zvw_pays(g: Game, what: str, by: str) -> bool:
    """(format 5) Whether the zorgverzekeraar pays this charge of the gemeente. A lumpsum
    contract lets the Zvw's money flow to prevention and the sociale basis (an arrangement
    marked ``prevention`` or ``sociale_basis``, a community card); it never lets medical
    roles spend the gemeente's money. Under Welzijn op Recept as a fixed regional service
    (the flag welzijn_op_recept) the insurer pays the welzijnscoach."""
    if g.scenario.casus.format < 5:
        return False
    arr = g.scenario.arrangements.get(what)
    if g._flag("lumpsum"):
        if arr is not None and (arr.prevention or arr.sociale_basis):
            return True
        card = g.scenario.actions.get(f"{by}:{what}")
        if arr is None and card is not None and card.community:
            return True
    return arr is not None and g._flag("welzijn_op_recept") and any(
        a.payment_title == "welzijn_op_recept" and a.arrangement == what
        for a in g.scenario.actions.values())


def payer(g: Game, pot: str, what: str, by: str, amount: int) -> str:
    """The pot that really pays a charge to ``pot``: the Zvw for a gemeente charge the
    insurer covers (format 5, ``zvw_pays``) while the Zvw can pay it, else ``pot`` itself."""
    if pot == "wmo" and zvw_pays(g, what, by) and g._s.pots["zvw"] >= amount:
        return "zvw"
    return pot


def title(g: Game, role: str, action_id: str, pot: str) -> Message | None:
    """Whether this role has a payment title for this pot (the schotten rule)."""
    if role == "inwoner" or HOME_POT.get(role) == pot:
        return None
    if g.scenario.casus.format >= 5 and no_title_needed(g, role, action_id):
        return None
    if g._flag("schotten"):
        src = g._src("schotten")
        return msg("schotten", force=src, force_id=src, pot=pot)
    if g._title_source(role, action_id, pot) is None:
        return msg("no_payment_title", role=role, pot=pot)
    return None


def no_title_needed(g: Game, role: str, action_id: str) -> bool:
    """(format 5) Whether this card charges the gemeente without a payment title. An offer of
    help the gemeente gives without its own decision (an arrangement it pays that is no Wmo
    maatwerk: Welzijn op Recept's welzijnscoach, youth help the huisarts refers to under the
    Jeugdwet): whoever refers spends time only and the gemeente pays its own help. And a
    card of youth health care (``law: wpg``): the JGZ nurse works for the gemeente's JGZ."""
    card = g.scenario.actions.get(f"{role}:{action_id}")
    if card is None:
        return False
    if card.law == "wpg" and card.cost.pot == "wmo":
        return True
    if card.op != "bied_aan" or card.arrangement is None:
        return False
    arr = g.scenario.arrangements.get(card.arrangement)
    return arr is not None and arr.pot == "wmo" and not arr.project and not arr.maatwerk


def title_source(g: Game, role: str, action_id: str, pot: str) -> str | None:
    if g._flag("grijs_budget"):
        return "grijs_budget"
    if g._flag("lumpsum"):
        if g.scenario.casus.format >= 5:
            # the insurer's money may flow to the social domain, not the other way round
            if role == "sociaal_werker" and pot == "zvw":
                return "lumpsum"
        elif DOMAIN[role] == "medisch" and pot == "wmo":
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
    if g.scenario.casus.format >= 5 and no_title_needed(g, role, action_id):
        return
    src = g._title_source(role, action_id, pot)
    if src == "grensbudget":
        g._s.grensbudget_used = True
    elif src == "token":
        g._s.unblock_tokens -= 1


def charge(g: Game, pot: str, amount: int, what: str, by: str, kinds: tuple[str, ...],
            cross: bool = False) -> None:
    s = g._s
    if cross and by in PROFESSIONALS:
        g._use_title(by, what, pot)
    pot = payer(g, pot, what, by, amount)
    paid = min(amount, s.pots[pot])
    s.pots[pot] -= paid
    s.ledger.append(LedgerEntry(s.round, pot, paid, what, by, kinds))
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


def overleg_paid(g: Game, role: str) -> bool:
    """(NZa payment code, the flag overleg_betaald) Whether this role's time in an MDO is
    paid: the huisarts and the wijkverpleegkundige may bill it to the Zvw, so it costs
    them no time; the sociaal werker has no such code."""
    return g._flag("overleg_betaald") and DOMAIN.get(role) == "medisch"


# what the Zvw pays for one medical professional's time in an MDO under overleg_betaald
OVERLEG_FEE = 1


def overleg_time(g: Game, role: str, cost: int) -> int:
    """The time an MDO costs one professional (the planner's card cost, or 1 for each
    other participant), with the surcharge of overleg_extra_tijd; 0 when it is free for
    everyone (gratis_overleg) or paid for this role (overleg_paid)."""
    if g._flag("gratis_overleg") or overleg_paid(g, role):
        return 0
    return cost + g._flag_int("overleg_extra_tijd")


def _plan_overleg_cost(g: Game, a: Action, cost: int) -> int:
    return overleg_time(g, a.role, cost)


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
