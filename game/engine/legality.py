"""Legality by op: what each kind of move checks about its target (docs/scenario-format.md,
section 4.4). ``TARGET_CHECKS`` holds one function per op; ``Game._check`` asks it after the
checks every move shares (whose turn, once a round, blocked, requires, payment, time).
A function returns the reason a move is not legal, or None.

Adding an op: its name in defs.py's ``Op``, its function here with ``@_target``, what playing
it does (ops.py, ``@_op``) and its targets (``Game._targets``/``_static_targets``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.engine.actions import Action
from game.engine.defs import ActionDef
from game.engine.messages import Message, msg
from game.engine.roles import DOMAIN, PROFESSIONALS, pair_key

if TYPE_CHECKING:
    from game.engine.game import Game

TargetCheck = Callable[["Game", Action, ActionDef], "Message | None"]
TARGET_CHECKS: dict[str, TargetCheck] = {}


def _target(op: str) -> Callable[[TargetCheck], TargetCheck]:
    def register(fn: TargetCheck) -> TargetCheck:
        TARGET_CHECKS[op] = fn
        return fn
    return register


def _bad(a: Action) -> Message:
    return msg("bad_target", text=str(a))


@_target("generic")
@_target("klaar")
@_target("algemene_toestemming")
@_target("bied_aan")
def _generic(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    op = d.op
    role = a.role
    if a.arg is not None:
        return _bad(a)
    if op == "algemene_toestemming":
        if s.general_consent:
            return msg("consent_exists")
        if g._flag("avg_onzeker"):
            return msg("avg_onzeker", force=g._src("avg_onzeker"),
                       force_id=g._src("avg_onzeker"))
        if not g._flag("wams"):
            return msg("no_wams")
    if op == "bied_aan":
        return g._check_offer(role, d)
    return None


@_target("deel")
@_target("vertel")
def _deel(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    op = d.op
    role = a.role
    fact, other = a.arg, a.arg2
    if a.sep != "->" or other not in PROFESSIONALS or other == role or (
            fact != "wens" and fact not in g._problems):
        return _bad(a)
    if fact not in s.knows[role]:
        return msg("not_known", role=role)
    # (whether the other knows it already is not checked: that is hidden; a share of
    # something the other knew costs the time and says so, see _share)
    if op == "deel":
        return g._check_consent(role, other, fact)
    need = (g.scenario.casus.wish.min_trust if fact == "wens"
            else g._problems[fact].sensitivity)
    if s.trust[other] < need:
        return msg("trust_low", role=other, need=need, have=s.trust[other])
    return None


@_target("vraag_toestemming")
@_target("verwijs")
@_target("kennismaken")
def _vraag_toestemming(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    op = d.op
    role = a.role
    other = a.arg
    if other not in PROFESSIONALS or other == role or a.arg2 is not None:
        return _bad(a)
    key = pair_key(role, other)
    if op == "vraag_toestemming":
        if key in s.consent:
            return msg("consent_exists")
        if f"{role}->{other}" in s.requests:
            return msg("requested")
    elif op == "kennismaken":
        if s.relations[key] >= 3:
            return msg("relation_max")
        if s.time[other] < 1:
            return msg("other_busy", other=other)
    elif (op == "verwijs" and g._flag("sociale_kaart_nodig") and role == "huisarts"
          and DOMAIN[other] == "sociaal" and not s.sociale_kaart
          and not g._flag("brugfunctionaris")):
        src = g._src("sociale_kaart_nodig")
        return msg("needs_sociale_kaart", force=src, force_id=src)
    return None


@_target("plan_overleg")
def _plan_overleg(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    role = a.role
    if a.arg2 is not None:
        return _bad(a)
    if a.arg is not None and (a.arg not in g._problems or a.arg not in s.knows[role]):
        return _bad(a) if a.arg not in g._problems else msg("not_known", role=role)
    if s.overleg_planned:
        return msg("used")
    if not g._flag("gratis_overleg"):
        for r in PROFESSIONALS:
            if r != role and s.time[r] < 1 + g._flag_int("overleg_extra_tijd"):
                return msg("others_busy")
    return None


@_target("borg")
def _borg(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    if a.arg2 is not None:
        return _bad(a)
    arr = s.arrangements.get(a.arg or "")
    if arr is None or not g.scenario.arrangements[arr.id].project or arr.status not in (
            "running", "waiting") or arr.secured:
        return msg("not_secured")
    return None


@_target("activeer_netwerk")
def _activeer_netwerk(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    role = a.role
    n = g._network.get(a.arg or "")
    if n is None or a.arg2 is not None:
        return _bad(a)
    if s.network[n.id]:
        return msg("already_offered")
    if role == "inwoner":
        if not n.self_activate:
            return msg("not_alone")
    else:
        if any(o.id == n.id for o in s.offers):
            return msg("already_offered")
        if s.trust[role] < n.min_trust:
            return msg("trust_low", role=role, need=n.min_trust, have=s.trust[role])
    return None


@_target("toestemming")
@_target("trek_in")
def _toestemming(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    op = d.op
    if a.sep != "+" or a.arg not in PROFESSIONALS or a.arg2 not in PROFESSIONALS or (
            a.arg == a.arg2):
        return _bad(a)
    key = pair_key(a.arg, a.arg2)
    if op == "toestemming" and key in s.consent:
        return msg("consent_exists")
    if op == "trek_in" and key not in s.consent:
        return msg("no_consent_to_withdraw")
    return None


@_target("accepteer")
@_target("weiger")
def _accepteer(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    op = d.op
    offer = next((o for o in s.offers if o.id == a.arg), None)
    if offer is None or a.arg2 is not None:
        return _bad(a)
    if op == "accepteer":
        need = (g.scenario.arrangements[offer.id].min_trust
                if offer.kind == "arrangement" else g._network[offer.id].min_trust)
        if s.trust[offer.by] < need:
            return msg("trust_low", role=offer.by, need=need, have=s.trust[offer.by])
    return None

