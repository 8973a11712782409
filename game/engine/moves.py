"""Which moves are on offer: every candidate move of a role (legal or not), the targets of each
card, and the fast path of ``legal_actions``. A card's targets depend on the content only
(``static_targets``, worked out once per game) or on the state: then they come from one
function per op in ``TARGETS``. Functions of a Game (``Game`` binds each one as a method of the
same name, with a leading underscore for the private ones).

Adding an op: its targets here (in ``static_targets``, or a function with ``@_targets``), and
in ``legal_actions`` when its targets can be checked faster than through ``TARGET_CHECKS``
(tests/engine/test_legal_fastpath.py holds the fast path to the plain definition).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from game.engine import roles
from game.engine.actions import Action
from game.engine.defs import ActionDef
from game.engine.payments import TARGET_COST_OPS
from game.engine.roles import PAIRS, PROFESSIONALS, ROLES

if TYPE_CHECKING:
    from game.engine.game import Game

PAIR_OF = dict(roles.PAIR_OF)  # (a plain dict copy for the hot path)
# who a fact can be told to: deel shares with another professional, vertel (the inwoner)
# with any professional
SHARE_TARGETS: dict[str, dict[str, tuple[str, ...]]] = {
    "deel": {r: tuple(x for x in PROFESSIONALS if x != r) for r in ROLES},
    "vertel": {r: PROFESSIONALS for r in ROLES},
}

TargetsFn = Callable[["Game", str, ActionDef], Sequence[Action]]
TARGETS: dict[str, TargetsFn] = {}


def _targets(op: str) -> Callable[[TargetsFn], TargetsFn]:
    def register(fn: TargetsFn) -> TargetsFn:
        TARGETS[op] = fn
        return fn
    return register


def candidates(g: Game, role: str) -> Iterator[Action]:
    """Every action this role could play in some situation now, legal or not."""
    s = g._s
    if role == "facilitator":
        for f in g.scenario.forces:
            yield Action("facilitator", "injecteer", f)
        for f in g.scenario.forces:
            yield Action("facilitator", "schrap", f)
        for m in g.scenario.models:
            yield Action("facilitator", "model", m)
        yield Action("facilitator", "einde")
        return
    if s.phase == "kracht" and s.pending_choice:
        choice = g.scenario.forces[s.pending_choice].choice
        if choice and choice.chooser == role:
            yield Action(role, "kies", "ja")
            yield Action(role, "kies", "nee")
        return
    for d in g._by_role.get(role, ()):
        yield from g._targets(role, d)


def targets(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    """The targets of a card now (legal or not)."""
    fixed = g._static_targets.get((role, d.id))
    if fixed is not None:
        return fixed
    fn = TARGETS.get(d.op)
    return () if fn is None else fn(g, role, d)


def static_targets(role: str, d: ActionDef) -> tuple[Action, ...] | None:
    """The targets of a card when they depend on the content only (else None: its function
    in ``TARGETS`` finds them in the state)."""
    op = d.op
    others = [r for r in PROFESSIONALS if r != role]
    if op in ("generic", "bied_aan", "klaar", "algemene_toestemming"):
        return (Action(role, d.id),)
    if op in ("vraag_toestemming", "verwijs", "kennismaken"):
        return tuple(Action(role, d.id, r) for r in others)
    if op in ("toestemming", "trek_in"):
        return tuple(Action(role, d.id, p.split("+")[0], p.split("+")[1], "+") for p in PAIRS)
    if op in TARGETS:
        return None
    return ()


def action(g: Game, role: str, name: str, arg: str | None, arg2: str | None,
            sep: str) -> Action:
    """The (shared, immutable) action value with these parts."""
    key = (role, name, arg, arg2, sep)
    a = g._action_memo.get(key)
    if a is None:
        a = g._action_memo[key] = Action(role, name, arg, arg2, sep)
    return a


def legal_actions(g: Game, role: str) -> list[Action]:
    """The actions this role may play now (``Game.legal_actions``): the checks that do not
    depend on the target prune a whole card at once, and the simple targets are checked
    without building reasons."""
    movers = g.to_move()
    if role not in movers and role != "facilitator":
        return []
    s = g._s
    if role == "facilitator" or (s.phase == "kracht" and s.pending_choice):
        return [a for a in g.candidates(role) if g._check(a, movers) is None]
    out: list[Action] = []
    left = s.energy if role == "inwoner" else s.time[role]
    blocked, used, extra = g._blocked, s.used, g._extra_time
    check = g._check_target
    for d, op, floor, used_key, fixed, pot, requires, fit in g._plans[role]:
        # checks that do not depend on the target prune a whole card at once
        if floor > left or (used_key is not None and used_key in used) or d.id in blocked:
            continue
        if fit is not None and not g._fits(role, fit):
            continue
        if pot and g._check_payment_of(role, d) is not None:
            continue
        if requires and not all(g._cond(c, role) for c in requires):
            continue
        # the rest of _check: what depends on the target, and the time it costs
        if op == "deel" or op == "vertel":
            out.extend(g._legal_shares(role, d, left))
            continue
        if op in TARGET_COST_OPS:
            if op == "plan_overleg":
                # every target shares the checks and the cost of the plain card
                plain = g._action(role, d.id, None, None, "")
                if check(plain, d) is None and g._time_cost(plain, d) <= left:
                    out.extend(g._targets(role, d))
                continue
            cost = g._time_cost
            out.extend(a for a in (fixed or g._targets(role, d))
                       if check(a, d) is None and cost(a, d) <= left)
            continue
        if extra and g._base_time(d) > left:  # (floor is the time without extras)
            continue
        if op == "generic" or op == "klaar":
            out.append(fixed[0])
        elif op == "bied_aan":
            if g._check_offer(role, d) is None:
                out.append(fixed[0])
        elif op == "vraag_toestemming":
            out.extend(a for a in fixed if PAIR_OF[role, a.arg] not in s.consent
                       and f"{role}->{a.arg}" not in s.requests)
        elif op == "kennismaken":
            out.extend(a for a in fixed if s.relations[PAIR_OF[role, a.arg]] < 3
                       and s.time[a.arg] >= 1)
        elif op == "toestemming":
            out.extend(a for a in fixed if PAIR_OF[a.arg, a.arg2] not in s.consent)
        elif op == "trek_in":
            out.extend(a for a in fixed if PAIR_OF[a.arg, a.arg2] in s.consent)
        else:
            out.extend(a for a in (fixed or g._targets(role, d)) if check(a, d) is None)
    return out


def legal_shares(g: Game, role: str, d: ActionDef, left: int) -> list[Action]:
    """The legal targets of a deel or vertel card: whether a fact may go to a role
    depends on the pair (consent and time for deel) or on the fact's sensitivity and the
    trust in that role (vertel), so each is worked out once."""
    s = g._s
    facts = [f for f in sorted(s.knows[role]) if f == "wens" or f in g._problems]
    if not facts:
        return []
    act = g._action
    if d.op == "deel":
        if g.scenario.casus.format >= 3:  # consent can depend on the fact
            return [a for f in facts for r in SHARE_TARGETS["deel"][role]
                    if g._check_consent(role, r, f) is None
                    and g._time_cost(a := act(role, d.id, f, r, "->"), d) <= left]
        to = [r for r in SHARE_TARGETS["deel"][role]
              if g._check_consent(role, r) is None
              and g._time_cost(act(role, d.id, facts[0], r, "->"), d) <= left]
        return [act(role, d.id, f, r, "->") for f in facts for r in to]
    if g._base_time(d) > left:
        return []
    wish = g.scenario.casus.wish.min_trust
    trust = s.trust
    out: list[Action] = []
    for f in facts:
        need = wish if f == "wens" else g._problems[f].sensitivity
        out.extend(act(role, d.id, f, r, "->") for r in PROFESSIONALS
                   if r != role and trust[r] >= need)
    return out


# ------------------------------------------------------- targets by op --

@_targets("deel")
@_targets("vertel")
def _shares(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    # every fact the actor knows, to everyone: whether the other knows it already is
    # hidden, so it must not decide which moves are on offer
    act = g._action
    targets = SHARE_TARGETS[d.op][role]
    return [act(role, d.id, fact, r, "->") for fact in sorted(g._s.knows[role])
            for r in targets]


@_targets("plan_overleg")
def _plan_overleg(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    act = g._action
    out = [act(role, d.id, None, None, "")]
    out.extend(act(role, d.id, fact, None, "") for fact in sorted(g._s.knows[role])
               if fact in g._problems)
    return out


@_targets("borg")
def _borg(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    act = g._action
    return [act(role, d.id, arr.id, None, "") for arr in g._s.arrangements.values()
            if g.scenario.arrangements[arr.id].project
            and arr.status in ("running", "waiting")]


@_targets("activeer_netwerk")
def _activeer_netwerk(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    act = g._action
    s = g._s
    return [act(role, d.id, n.id, None, "") for n in g.scenario.casus.network
            if not s.network[n.id]]


@_targets("accepteer")
@_targets("weiger")
def _offers(g: Game, role: str, d: ActionDef) -> Sequence[Action]:
    act = g._action
    return [act(role, d.id, o.id, None, "") for o in g._s.offers]
