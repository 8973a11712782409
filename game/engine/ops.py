"""What playing each kind of move does (docs/scenario-format.md, section 4.4): one function
per op, found in ``OPS`` by the op's name. ``Game._play`` spends the time, charges the pot and
tells that the move was played, then asks ``OPS[d.op]``, then plays the card's effects.
A function changes the game it is played in and tells every change as an event.

Adding an op: its name in defs.py's ``Op``, its legality in legality.py, and one function
here with ``@_op`` (tests/engine/test_registries.py fails when an op has no function).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.engine import roles
from game.engine.actions import Action
from game.engine.defs import ActionDef, ArrangementDef
from game.engine.payments import OVERLEG_FEE
from game.engine.roles import PROFESSIONALS, pair_key
from game.engine.state import ArrangementState, Offer

if TYPE_CHECKING:
    from game.engine.game import Game

DOMAIN = dict(roles.DOMAIN)  # (a plain dict copy, as in game.py)

OpFn = Callable[["Game", Action, ActionDef], None]
OPS: dict[str, OpFn] = {}


def _op(name: str) -> Callable[[OpFn], OpFn]:
    def register(fn: OpFn) -> OpFn:
        OPS[name] = fn
        return fn
    return register


@_op("generic")
def _generic(g: Game, a: Action, d: ActionDef) -> None:
    pass  # a plain card: its effects are all it does


@_op("klaar")
def _klaar(g: Game, a: Action, d: ActionDef) -> None:
    g._s.done.add(a.role)
    g._emit("turn_done", role=a.role)


@_op("deel")
def _deel(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    fact, other = a.arg or "", a.arg2 or ""
    if (g._flag("signalen_genegeerd") and DOMAIN[a.role] == "sociaal"
            and DOMAIN[other] == "medisch" and s.relations[pair_key(a.role, other)] < 2):
        g._emit("ignored", visible_to=frozenset((a.role, other)), role=a.role,
                other=other)
        src = g._src("signalen_genegeerd")
        if src:
            s.blocked_counts[src] = s.blocked_counts.get(src, 0) + 1
        return
    _share(g, a.role, fact, other)


@_op("vertel")
def _vertel(g: Game, a: Action, d: ActionDef) -> None:
    _share(g, "inwoner", a.arg or "", a.arg2 or "")


def _share(g: Game, role: str, fact: str, other: str) -> None:
    """``role`` tells ``other`` a fact. Only the two of them see what happened: the other
    learns it, or says it knew it already (then the time was spent for nothing)."""
    seen_by = frozenset((role, other))
    if fact in g._s.knows[other]:
        g._emit("already_knew", visible_to=seen_by, role=role, fact=fact, other=other)
        return
    g._emit("shared", visible_to=seen_by, role=role, fact=fact, other=other)
    g._learn(other, fact)


@_op("vraag_toestemming")
def _vraag_toestemming(g: Game, a: Action, d: ActionDef) -> None:
    g._s.requests.append(f"{a.role}->{a.arg}")
    g._emit("consent_asked", role=a.role, other=a.arg or "")


@_op("verwijs")
def _verwijs(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    other = a.arg or ""
    # a warm hand-over: the inwoner trusts the new professional a little (at least 1, up
    # to the referrer's own trust, at most 2), and is told so like any trust change
    before = s.trust[other]
    s.trust[other] = min(3, max(before, 1, min(s.trust[a.role], 2)))
    g._emit("referred", role=a.role, other=other)
    if s.trust[other] != before:
        g._emit("trust", visible_to=frozenset((other, "inwoner")), role=other,
                old=before, new=s.trust[other])


@_op("kennismaken")
def _kennismaken(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    other = a.arg or ""
    s.time[other] -= 1
    g._relation(a.role, other, 1)
    g._emit("met", role=a.role, other=other)


@_op("plan_overleg")
def _plan_overleg(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    s.overleg_planned = True
    s.overleg_goal = a.arg
    if not g._flag("gratis_overleg"):
        for r in PROFESSIONALS:
            if g._overleg_paid(r):  # (NZa) the Zvw pays this role's time in the MDO
                g._charge("zvw", OVERLEG_FEE, d.id, r, ())
            elif r != a.role:
                s.time[r] -= g._overleg_time(r, 1)
    g._emit("overleg_planned", role=a.role)


@_op("bied_aan")
def _bied_aan(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    arr = d.arrangement or ""
    s.offers = [o for o in s.offers if o.id != arr]
    s.offers.append(Offer(arr, "arrangement", a.role))
    arr_def = g.scenario.arrangements[arr]
    if arr_def.pot and not arr_def.project and g._title_needed(a.role, arr_def.pot):
        g._use_title(a.role, d.id, arr_def.pot)
    s.arrangements[arr] = ArrangementState(arr, a.role)
    g._emit("offered", role=a.role, what=arr)
    # (format 6, lesson L3) help chosen without knowing what the inwoner wants, that does
    # nothing for what the wish is about, works less: the offerer and the inwoner hear it
    s.ignored_wish.discard(arr)
    if g.scenario.casus.format >= 6 and ignores_wish(g, a.role, arr_def):
        s.ignored_wish.add(arr)
        g._emit("offer_ignores_wish", visible_to=frozenset((a.role, "inwoner")),
                role=a.role, what=arr)


def ignores_wish(g: Game, role: str, arr_def: ArrangementDef) -> bool:
    """Whether help offered by ``role`` ignores the inwoner's wish: the role does not know
    the wish, and the arrangement raises none of the wish's dimensions."""
    if "wens" in g._s.knows.get(role, ()):
        return False
    dims = set(g.scenario.casus.wish.dims)
    return not any(e.key == "health" and e.health is not None and e.health.dim in dims
                   and e.health.by > 0 for e in (*arr_def.per_round, *arr_def.on_done))


@_op("borg")
def _borg(g: Game, a: Action, d: ActionDef) -> None:
    arr = g._s.arrangements[a.arg or ""]
    arr.secured = True
    g._emit("arr_secured", what=arr.id)


@_op("activeer_netwerk")
def _activeer_netwerk(g: Game, a: Action, d: ActionDef) -> None:
    n = a.arg or ""
    if a.role == "inwoner":
        g._set_network(n, True)
    else:
        g._s.offers.append(Offer(n, "network", a.role))
        g._emit("offered", role=a.role, what=n)


@_op("toestemming")
def _toestemming(g: Game, a: Action, d: ActionDef) -> None:
    key = pair_key(a.arg or "", a.arg2 or "")
    s = g._s
    s.consent.add(key)
    x, y = key.split("+")
    s.requests = [r for r in s.requests if r not in (f"{x}->{y}", f"{y}->{x}")]
    g._emit("consent_given", pair=key)


@_op("trek_in")
def _trek_in(g: Game, a: Action, d: ActionDef) -> None:
    key = pair_key(a.arg or "", a.arg2 or "")
    g._s.consent.discard(key)
    g._emit("consent_withdrawn", pair=key)


@_op("algemene_toestemming")
def _algemene_toestemming(g: Game, a: Action, d: ActionDef) -> None:
    g._s.general_consent = True
    g._s.requests = []
    g._emit("consent_general")


@_op("accepteer")
def _accepteer(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    offer = next(o for o in s.offers if o.id == a.arg)
    s.offers.remove(offer)
    g._emit("accepted", what=offer.id)
    if offer.kind == "network":
        g._set_network(offer.id, True)
        return
    arr = s.arrangements[offer.id]
    arr_def = g.scenario.arrangements[offer.id]
    arr.status = "waiting"
    arr.wait_left = arr_def.wait + g._extra_wait(arr_def.pot)
    g._emit("arr_waiting", what=arr.id, rounds=g._starts_in(arr.wait_left))


@_op("weiger")
def _weiger(g: Game, a: Action, d: ActionDef) -> None:
    s = g._s
    offer = next(o for o in s.offers if o.id == a.arg)
    s.offers.remove(offer)
    if offer.kind == "arrangement":
        s.arrangements[offer.id].status = "refused"
    g._emit("refused", what=offer.id)
