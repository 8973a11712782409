"""The conditions of the content vocabulary (docs/scenario-format.md, section 4.2): one
function per condition key, found in ``CONDITIONS`` by the key. A condition reads the game and
says whether it holds for ``actor`` (a role, or the team: "actor" then means any
professional, as in an ending).

``holds``, ``addressed``, ``roles_of`` and ``cond_reason`` (why a condition a card requires
does not hold) are functions of a Game (``Game`` binds each one as a method with a leading
underscore: ``_cond``, ``_addressed``, ``_roles``, ``_cond_reason``).

Adding a condition: a field of ``Condition`` in defs.py, and one function here with
``@_condition`` (tests/engine/test_registries.py fails when one has no function); a reason
of its own for players in ``cond_reason`` when the plain one does not say enough.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import TYPE_CHECKING, Any

from game.engine.defs import Condition
from game.engine.messages import Message, msg
from game.engine.roles import PROFESSIONALS, TEAM, pair_key
from game.engine.state import ProblemState

if TYPE_CHECKING:
    from game.engine.game import Game

ConditionFn = Callable[["Game", Any, str], bool]
CONDITIONS: dict[str, ConditionFn] = {}


def _condition(key: str) -> Callable[[ConditionFn], ConditionFn]:
    def register(fn: ConditionFn) -> ConditionFn:
        CONDITIONS[key] = fn
        return fn
    return register


def holds(g: Game, c: Condition, actor: str) -> bool:
    """Whether a condition holds for ``actor``: its function in ``CONDITIONS``."""
    k = c.key
    fn = CONDITIONS.get(k)
    if fn is None:
        raise AssertionError(f"unknown condition {k}")
    return fn(g, c.not_ if k == "not" else getattr(c, k), actor)


def addressed(g: Game, p: ProblemState) -> bool:
    """The condition ``addressed``. Format 1: its own domain treated it once (one move
    is enough). Format 2: real treatment — its own domain treated it and it is at least
    two steps below where it started (or at 0). The rule is versioned with the casus
    format, so every casus and save of format 1 keeps its meaning and its hashes."""
    if not p.addressed:
        return False
    if g.scenario.casus.format < 2:
        return True
    return p.severity <= max(0, p.start - 2)


def roles_of(g: Game, ref: str, actor: str) -> tuple[str, ...]:
    """The roles a condition's role reference means for ``actor``."""
    if ref == "actor":
        return PROFESSIONALS if actor == TEAM else (actor,)
    if ref == "any_professional":
        return PROFESSIONALS
    return (ref,)


def cond_reason(g: Game, c: Condition, actor: str) -> Message:
    """Why a condition a card requires does not hold, as a player reads it."""
    k = c.key
    v: Any = getattr(c, "not_" if k == "not" else k)
    if k == "trust_at_least" and isinstance(v, int):
        return msg("trust_low", role=actor, need=v, have=g._s.trust.get(actor, 0))
    if k == "known":
        return msg("not_known", role=actor)
    if k == "flag" and v == "wmo_mandaat_wijkverpleging":
        return msg("no_mandate")
    if k == "flag":
        for f in g.scenario.forces.values():
            options = [f.modifiers] + ([f.choice.yes.modifiers, f.choice.no.modifiers]
                                       if f.choice else [])
            if any(v in m.flags for m in options):
                return msg("needs_force", force=f.id)
    return msg("condition", what=_describe(c))


def _describe(c: Condition) -> str:
    k = c.key
    v = getattr(c, "not_" if k == "not" else k)
    if is_dataclass(v) and not isinstance(v, type):
        return f"{k} {asdict(v)}"
    return f"{k} {v}"


# ------------------------------------------------------------- the registry --


@_condition("all")
def _all(g: Game, v: Any, actor: str) -> bool:
    return all(g._cond(x, actor) for x in v or ())


@_condition("any")
def _any(g: Game, v: Any, actor: str) -> bool:
    return any(g._cond(x, actor) for x in v or ())


@_condition("not")
def _not(g: Game, v: Any, actor: str) -> bool:
    assert v is not None
    return not g._cond(v, actor)


@_condition("severity_at_most")
def _severity_at_most(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    p = s.problems.get(v.problem)
    return p is not None and p.severity <= v.value


@_condition("severity_at_least")
def _severity_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    p = s.problems.get(v.problem)
    return p is not None and p.severity >= v.value


@_condition("health_at_least")
def _health_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return s.health[v.dim] >= v.value


@_condition("health_at_most")
def _health_at_most(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return s.health[v.dim] <= v.value


@_condition("counter_at_most")
def _counter_at_most(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return s.counters[v.counter] <= v.value


@_condition("counter_at_least")
def _counter_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return s.counters[v.counter] >= v.value


@_condition("known")
def _known(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return any(v.problem in s.knows[r] for r in g._roles(v.role, actor))


@_condition("wish_met")
def _wish_met(g: Game, v: Any, actor: str) -> bool:
    return g.wish_met() == v


@_condition("trust_at_least")
def _trust_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    if isinstance(v, int):
        return any(s.trust[r] >= v for r in g._roles("actor", actor)
                   if r in PROFESSIONALS)
    return any(s.trust[r] >= v.value for r in g._roles(v.role, actor)
               if r in PROFESSIONALS)


@_condition("relation_at_least")
def _relation_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return any(s.relations[pair_key(a, v.b)] >= v.value
               for a in g._roles(v.a, actor) if a in PROFESSIONALS and a != v.b)


@_condition("arrangement")
def _arrangement(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    arr = s.arrangements.get(v.id)
    if arr is None:
        return False
    if v.status == "started":
        return arr.status in ("running", "done")
    if v.status == "secured":
        return arr.secured and arr.status in ("running", "done", "waiting")
    return bool(arr.status == v.status)


@_condition("network_active")
def _network_active(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return any(s.network[n.id] for n in g.scenario.casus.network if v in (n.id, n.kind))


@_condition("flag")
def _flag(g: Game, v: Any, actor: str) -> bool:
    return g._flag(v)


@_condition("escalated")
def _escalated(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    p = s.problems.get(v)
    return p is not None and p.escalations > 0


@_condition("round_at_least")
def _round_at_least(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    return bool(s.round >= v)


@_condition("addressed")
def _addressed(g: Game, v: Any, actor: str) -> bool:
    s = g._s
    p = s.problems.get(v)
    return p is not None and g._addressed(p)

