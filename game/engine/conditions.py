"""The conditions of the content vocabulary (docs/scenario-format.md, section 4.2): one
function per condition key, found in ``CONDITIONS`` by the key. A condition reads the game and
says whether it holds for ``actor`` (a role, or the team: "actor" then means any
professional, as in an ending).

Adding a condition: a field of ``Condition`` in defs.py, and one function here with
``@_condition`` (tests/engine/test_registries.py fails when one has no function).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.engine.roles import PROFESSIONALS, pair_key

if TYPE_CHECKING:
    from game.engine.game import Game

ConditionFn = Callable[["Game", Any, str], bool]
CONDITIONS: dict[str, ConditionFn] = {}


def _condition(key: str) -> Callable[[ConditionFn], ConditionFn]:
    def register(fn: ConditionFn) -> ConditionFn:
        CONDITIONS[key] = fn
        return fn
    return register


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

