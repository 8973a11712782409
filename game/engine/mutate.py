"""The changes of the state that moves, effects and phases share: someone learns a fact, a
health dimension, a problem's severity, trust, a relation or a counter moves, a network member
comes or goes. Each one keeps its bounds and tells the change as an event (to those who may
see it). Functions of a Game (``Game`` binds each one as a method of the same name with a
leading underscore).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.effects import Ctx
from game.engine.roles import PROFESSIONALS, pair_key

if TYPE_CHECKING:
    from game.engine.game import Game


def ask(g: Game, actor: str, domain: str) -> None:
    s = g._s
    if actor not in PROFESSIONALS:
        return
    told = False
    for pid in sorted(s.knows["inwoner"]):
        pd = g._problems.get(pid)
        if pd is None or pid in s.knows[actor]:
            continue
        if domain != "alles" and pd.domain not in (domain, "beide"):
            continue
        if pd.sensitivity <= s.trust[actor]:
            g._learn(actor, pid, told_by="inwoner")
            told = True
    if not told:
        g._emit("told_nothing", visible_to=frozenset((actor, "inwoner")))


def find_signals(g: Game, actor: str, action_id: str) -> None:
    s = g._s
    for sig in g._signals_by_action.get(action_id, ()):
        if sig.id in s.signals[actor] or actor not in PROFESSIONALS:
            continue
        if s.trust[actor] >= sig.min_trust:
            s.signals[actor].append(sig.id)
            g._emit("signal", visible_to=frozenset((actor,)), role=actor, signal=sig.id)
            g._learn(actor, sig.problem)


def mark_treated(g: Game, pid: str, ctx: Ctx) -> None:
    p = g._s.problems[pid]
    p.treated = True
    if ctx.pot:
        p.treated_by.add(ctx.pot)
    dom = g._problems[pid].domain
    if ctx.domain and (dom == "beide" or dom == ctx.domain):
        p.addressed = True


def learn(g: Game, role: str, fact: str, told_by: str | None = None) -> None:
    """``role`` now knows ``fact``; the one who told it (the inwoner, when asked) hears
    that it got across."""
    s = g._s
    if fact in s.knows[role]:
        return
    s.knows[role].add(fact)
    s.learned_at[role][fact] = s.round
    seen = frozenset((role, told_by)) if told_by else frozenset((role,))
    g._emit("learned", visible_to=seen, role=role, fact=fact)


def health(g: Game, dim: str, by: int, cause: tuple[str, str] | None = None) -> None:
    """Change a health dimension. ``cause`` (format 3: what changed it outside a move,
    as (kind, id)) is told with the change: the leven phase says why health moves."""
    s = g._s
    old = s.health[dim]
    room = g._gain_room
    if room is not None and by > 0 and cause is not None and cause[0] != "force":
        # format 3: help gives a dimension at most 1 a round (the web rises gradually)
        by = min(by, 1 - room.get(dim, 0))
        if by <= 0:
            return
        room[dim] = room.get(dim, 0) + by
    new = max(0, min(10, old + by))
    if new != old:
        s.health[dim] = new
        if cause is None:
            g._emit("health", dim=dim, old=old, new=new)
        else:
            g._emit("health", dim=dim, old=old, new=new, cause=cause[0],
                       what=cause[1])


def severity(g: Game, pid: str, by: int) -> None:
    p = g._s.problems[pid]
    old = p.severity
    p.severity = max(0, min(5, old + by))
    if p.severity != old:
        g._emit("severity", visible_to=g._knowers(pid), problem=pid, old=old,
                   new=p.severity)


def knowers(g: Game, pid: str) -> frozenset[str]:
    return frozenset(r for r, k in g._s.knows.items() if pid in k)


def trust(g: Game, role: str, by: int) -> None:
    s = g._s
    old = s.trust[role]
    top = 3
    c = g.scenario.casus
    if c.trust_through is not None and by > 0 and not s.network[c.trust_through]:
        # trust through a key person (casus ``trust_through``): without them, trust stops here
        top = max(old, c.trust_without)
        if min(3, old + by) > top:
            g._emit("trust_capped", visible_to=frozenset((role, "inwoner")), role=role,
                    what=c.trust_through)
    s.trust[role] = max(0, min(top, old + by))
    if s.trust[role] != old:
        g._emit("trust", visible_to=frozenset((role, "inwoner")), role=role, old=old,
                   new=s.trust[role])


def relation(g: Game, a: str, b: str, by: int) -> None:
    s = g._s
    key = pair_key(a, b)
    old = s.relations[key]
    s.relations[key] = max(0, min(3, old + by))
    if s.relations[key] != old:
        x, y = key.split("+")
        g._emit("relation", role=x, other=y, old=old, new=s.relations[key])


def counter(g: Game, name: str, by: int) -> None:
    s = g._s
    old = s.counters[name]
    s.counters[name] = max(0, old + by)
    g._emit("counter", counter=name, old=old, new=s.counters[name])


def starts_in(g: Game, wait_left: int) -> int:
    """In how many rounds a waiting arrangement starts, as players count: it starts in
    the leven phase of a later round (format 3; older casussen told ``wait_left``, one
    short once this round's leven phase is over)."""
    if g.scenario.casus.format < 3:
        return wait_left
    return wait_left + (0 if g._s.phase == "kracht" else 1)


def set_network(g: Game, nid: str, on: bool) -> None:
    s = g._s
    if s.network.get(nid) == on:
        return
    s.network[nid] = on
    s.offers = [o for o in s.offers if o.id != nid]
    g._emit("network_on" if on else "network_off", what=nid)


def lose_bridge(g: Game) -> None:
    g._s.bridge_lost = True
    g._recompute_flags()
    g._emit("bridge_lost")

