"""The effects of the content vocabulary (docs/scenario-format.md, section 4.3): one function
per effect key, found in ``EFFECTS`` by the key. An effect changes the game it is played in;
``Ctx`` says who does it, on which problem, paid by which pot, from which domain.

Adding an effect: a field of ``Effect`` in defs.py, and one function here with ``@_effect``
(tests/engine/test_registries.py fails when an effect of the vocabulary has no function).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.engine.roles import PAIRS, PROFESSIONALS
from game.engine.state import ArrangementState

if TYPE_CHECKING:
    from game.engine.game import Game


class Ctx:
    """Who does an effect, on which problem, paid by which pot, from which domain."""

    __slots__ = ("actor", "arrangement", "cause", "domain", "force", "other", "pot", "target")

    def __init__(self, actor: str, target: str | None, pot: str | None, domain: str | None,
                 arrangement: bool = False, force: str | None = None,
                 cause: tuple[str, str] | None = None, other: str | None = None) -> None:
        self.actor = actor
        # the professional a move is played with (kennismaken), if any
        self.other = other
        # (format 3) why a health change happens outside a move: (kind, id), told with it
        self.cause = cause
        self.target = target
        self.pot = pot
        self.domain = domain
        self.arrangement = arrangement
        self.force = force


EffectFn = Callable[["Game", Any, Ctx], None]
EFFECTS: dict[str, EffectFn] = {}


def _effect(key: str) -> Callable[[EffectFn], EffectFn]:
    def register(fn: EffectFn) -> EffectFn:
        EFFECTS[key] = fn
        return fn
    return register


@_effect("health")
def _health(g: Game, v: Any, ctx: Ctx) -> None:
    g._health(v.dim, v.by, ctx.cause)


@_effect("severity")
def _severity(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    pid = ctx.target if v.problem == "$target" else v.problem
    if pid in s.problems:
        g._severity(pid, v.by)
        if v.by < 0:
            g._mark_treated(pid, ctx)


@_effect("treat")
def _treat(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    actor = ctx.actor
    for pid, pd in g._problems.items():
        if pd.kind == v.kind and (ctx.arrangement or pid in s.knows.get(actor, ())):
            if pid in g._looks_alike and g._misread(pid, actor):
                continue  # (a problem's ``looks_like``) the help does not take
            if v.by and not (v.by < 0 and g._window_closed(pid)):
                g._severity(pid, v.by)
            g._mark_treated(pid, ctx)


@_effect("hold")
def _hold(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    for pid, pd in g._problems.items():
        if pd.kind == v and not (pid in g._looks_alike and g._misread(pid, ctx.actor)):
            s.problems[pid].held = True


@_effect("trust")
def _trust(g: Game, v: Any, ctx: Ctx) -> None:
    actor = ctx.actor
    role = actor if v.role == "actor" else v.role
    if role in PROFESSIONALS:
        g._trust(role, v.by)


@_effect("all_trust")
def _all_trust(g: Game, v: Any, ctx: Ctx) -> None:
    for r in PROFESSIONALS:
        g._trust(r, v)


@_effect("relation")
def _relation(g: Game, v: Any, ctx: Ctx) -> None:
    actor = ctx.actor
    role = actor if v.role == "actor" else v.role
    if actor in PROFESSIONALS and role in PROFESSIONALS and role != actor:
        g._relation(actor, role, v.by)


@_effect("all_relations")
def _all_relations(g: Game, v: Any, ctx: Ctx) -> None:
    for key in PAIRS:
        a, b = key.split("+")
        g._relation(a, b, v)


@_effect("reset_relations")
def _reset_relations(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    role = s.rng.choice(PROFESSIONALS) if v == "random" else v
    floor = g.scenario.models[s.model].turnover_floor
    g._emit("relations_reset", role=role, value=floor)
    for key in PAIRS:
        x, y = key.split("+")
        if role in (x, y) and s.relations[key] > floor:
            old = s.relations[key]
            s.relations[key] = floor
            g._emit("relation", role=x, other=y, old=old, new=floor)
    if role == "sociaal_werker" and g._flag("brugfunctionaris"):
        g._lose_bridge()


@_effect("lose_bridge")
def _lose_bridge(g: Game, v: Any, ctx: Ctx) -> None:
    if g._flag("brugfunctionaris"):
        g._lose_bridge()


@_effect("time")
def _time(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    actor = ctx.actor
    role = actor if v.role == "actor" else v.role
    if role in PROFESSIONALS:
        s.time[role] = max(0, s.time[role] + v.by)


@_effect("time_random")
def _time_random(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    role = s.rng.choice(PROFESSIONALS)
    s.time[role] = max(0, s.time[role] + v)
    g._emit("time_lost", role=role, amount=-v)


@_effect("energy")
def _energy(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    s.energy = max(0, s.energy + v)
    if s.phase == "kracht":
        s.energy_bonus += v


@_effect("pot")
def _pot(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    old = s.pots[v.pot]
    s.pots[v.pot] = max(0, old + v.by)
    g._emit("pot_changed", pot=v.pot, old=old, new=s.pots[v.pot])


@_effect("pay")
def _pay(g: Game, v: Any, ctx: Ctx) -> None:
    actor = ctx.actor
    g._charge(v.pot, v.by, ctx.force or "effect", actor, ())


@_effect("ask")
def _ask(g: Game, v: Any, ctx: Ctx) -> None:
    actor = ctx.actor
    g._ask(actor, v)


@_effect("ask_wish")
def _ask_wish(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    actor = ctx.actor
    if (actor in PROFESSIONALS and "wens" not in s.knows[actor]
            and s.trust[actor] >= g.scenario.casus.wish.min_trust):
        g._emit("wish", visible_to=frozenset((actor, "inwoner")))
        g._learn(actor, "wens", told_by="inwoner")


@_effect("counter")
def _counter(g: Game, v: Any, ctx: Ctx) -> None:
    g._counter(v.counter, v.by)


@_effect("stop_projects")
def _stop_projects(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    for arr in s.arrangements.values():
        d = g.scenario.arrangements[arr.id]
        if d.project and not arr.secured and arr.status in ("running", "waiting"):
            arr.status = "stopped"
            g._emit("arr_stopped", what=arr.id,
                    why=v if isinstance(v, str) else "projectgeld_op")


@_effect("secure_all")
def _secure_all(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    for arr in s.arrangements.values():
        if g.scenario.arrangements[arr.id].project and arr.status == "running":
            arr.secured = True


@_effect("cancel_blocking")
def _cancel_blocking(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    for _ in range(v):
        f = next((f for f in s.active if f.kind == "belemmerend"), None)
        if f is None:
            break
        s.active.remove(f)
        g._emit("force_cancelled", force=f.id)
    g._recompute_flags()


@_effect("cancel_enabling")
def _cancel_enabling(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    for _ in range(v):
        f = next((f for f in reversed(s.active) if f.kind == "bevorderend"), None)
        if f is None:
            break
        s.active.remove(f)
        g._emit("force_cancelled", force=f.id)
    g._recompute_flags()


@_effect("stop_prevention")
def _stop_prevention(g: Game, v: Any, ctx: Ctx) -> None:
    if not v or g._flag("grijs_budget") or g._flag("lumpsum"):
        return
    for arr in g._s.arrangements.values():
        d = g.scenario.arrangements[arr.id]
        if (d.prevention and d.pot == "wmo" and d.law != "wgs" and not arr.secured
                and arr.status in ("running", "waiting")):
            arr.status = "stopped"
            g._emit("arr_stopped", what=arr.id, why="preventie_eerst")


@_effect("unblock_tokens")
def _unblock_tokens(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    s.unblock_tokens += v


@_effect("activate_network")
def _activate_network(g: Game, v: Any, ctx: Ctx) -> None:
    for n in g.scenario.casus.network:
        if v in (n.id, n.kind):
            g._set_network(n.id, True)


@_effect("deactivate_network")
def _deactivate_network(g: Game, v: Any, ctx: Ctx) -> None:
    for n in g.scenario.casus.network:
        if v in (n.id, n.kind):
            g._set_network(n.id, False)


@_effect("start_arrangement")
def _start_arrangement(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    actor = ctx.actor
    if v in g.scenario.arrangements:
        cur = s.arrangements.get(v)
        if cur is None or cur.status in ("refused", "stopped", "offered"):
            s.offers = [o for o in s.offers if o.id != v]
            pot = g.scenario.arrangements[v].pot
            s.arrangements[v] = ArrangementState(
                v, actor, "waiting", g.scenario.arrangements[v].wait
                + g._extra_wait(pot))
            g._emit("arr_waiting", what=v, rounds=g._starts_in(s.arrangements[v].wait_left))


@_effect("end_game")
def _end_game(g: Game, v: Any, ctx: Ctx) -> None:
    g._end(v)


@_effect("sociale_kaart")
def _sociale_kaart(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    # (format 6) the move says what it did: the social map is known now
    if g.scenario.casus.format >= 6 and not s.sociale_kaart and ctx.actor in PROFESSIONALS:
        g._emit("sociale_kaart", visible_to=frozenset((ctx.actor,)), role=ctx.actor)
    s.sociale_kaart = True


@_effect("cancel_flag")
def _cancel_flag(g: Game, v: Any, ctx: Ctx) -> None:
    s = g._s
    ended = [f for f in s.active if v in f.flags]
    for f in ended:
        s.active.remove(f)
        g._emit("force_cancelled", force=f.id)
    if ended:
        g._recompute_flags()


@_effect("advice")
def _advice(g: Game, v: Any, ctx: Ctx) -> None:
    """An anonymous case consultation: for every problem the actor knows, the help of the
    colleague the move is played with (or of every other professional) that fits it, in
    the catalogue's order, told to the actor alone. The actor names nobody and shares no
    data, so no consent is asked and nobody else learns anything."""
    actor = ctx.actor
    if not v or actor not in PROFESSIONALS:
        return
    told = False
    known = g._s.knows[actor]
    for pid in (p.id for p in g.scenario.casus.problems if p.id in known):
        kind = g._kind.get(pid)
        by_role: dict[str, list[str]] = {}
        for key, kinds in g._fit.items():
            role = key.split(":", 1)[0]
            if (role != actor and role in PROFESSIONALS and kind in kinds
                    and (ctx.other is None or role == ctx.other)):
                by_role.setdefault(role, []).append(key)
        # one line per problem and colleague, with at most three of the colleague's cards
        for role, keys in by_role.items():
            seen = frozenset((actor,))
            if len(keys) == 1:
                g._emit("advice", visible_to=seen, role=role, problem=pid, action=keys[0])
            elif len(keys) == 2:
                g._emit("advice_two", visible_to=seen, role=role, problem=pid, action=keys[0],
                        action2=keys[1])
            else:
                g._emit("advice_three", visible_to=seen, role=role, problem=pid, action=keys[0],
                        action2=keys[1], action3=keys[2])
            told = True
    if not told and ctx.other is None:
        g._emit("advice_none", visible_to=frozenset((actor,)), role=actor)

