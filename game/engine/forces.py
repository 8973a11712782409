"""The forces in play and the rule switches (flags) they set: the flags with the forces behind
them, the derived lookups of the hot path (which card a force blocks, the extra time it asks),
the count of the moves a force blocked (for the debrief), and the facilitator's moves that
change the forces (strike a force, switch the model). Functions of a Game (``Game``
binds each one as a method of the same name with a leading underscore).

Adding a flag: its name in defs.py's ``Flag``; read it with ``g._flag(name)`` where its rule
applies. When its reason names the force behind it (``force_id``), one entry in
``BLOCKING_FLAGS`` says which cards it can block, so the debrief counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from game.engine.defs import ActionDef
from game.engine.phases import active as _active
from game.engine.state import ActiveForce

if TYPE_CHECKING:
    from game.engine.game import Game


def active_forces(g: Game) -> Iterable[ActiveForce]:
    yield g._model
    yield from g._s.active


def recompute_flags(g: Game) -> None:
    s = g._s
    flags: dict[str, list[str]] = {}
    # (a tuple, not the generator _forces: a card that ends forces recomputes this, and a
    # save that injects it many times should not cost a Python call per active force)
    forces = (g._model, *s.active)
    for f in forces:
        for fl in f.flags:
            if fl == "brugfunctionaris" and s.bridge_lost:
                continue
            flags.setdefault(fl, []).append(f.id)
    if s.shared_frame:
        flags.setdefault("gedeeld_kader", []).append("overleg")
    s.flags = flags
    # derived lookups for the hot path of legal_actions
    g._blocked = {}
    g._extra_time = {}
    for f in forces:
        for action_id in f.block:
            g._blocked.setdefault(action_id, f.id)
        for key, extra in f.extra_time:
            g._extra_time[key] = g._extra_time.get(key, 0) + extra


def add_active(g: Game, f: ActiveForce) -> None:
    """Add one active force: the same flags and lookups as _recompute_flags, in the same
    order, without going over every active force again (a save that injects a force card
    many times replays in linear time)."""
    s = g._s
    s.active.append(f)
    flags = s.flags
    for fl in f.flags:
        if fl == "brugfunctionaris" and s.bridge_lost:
            continue
        srcs = flags.setdefault(fl, [])
        if fl == "gedeeld_kader" and s.shared_frame and srcs and srcs[-1] == "overleg":
            srcs.insert(len(srcs) - 1, f.id)  # the shared frame's entry stays last
        else:
            srcs.append(f.id)
    for action_id in f.block:
        g._blocked.setdefault(action_id, f.id)
    for key, extra in f.extra_time:
        g._extra_time[key] = g._extra_time.get(key, 0) + extra


def flag(g: Game, name: str) -> bool:
    return name in g._s.flags


def flag_int(g: Game, name: str) -> int:
    return 1 if name in g._s.flags else 0


def src(g: Game, name: str) -> str:
    srcs = g._s.flags.get(name)
    return srcs[-1] if srcs else ""


def count_blocks(g: Game, roles: Iterable[str]) -> None:
    """Count, once per round and action, the moves a force blocks (for the debrief)."""
    s = g._s
    if not any(f.kind == "belemmerend" for f in s.active):
        return  # only blocking forces are counted, and none is active
    for role in roles:
        for card, fid in g._force_blocks(role).items():
            key = f"{s.round}:{role}:{card}"
            if key not in s.blocked_seen:
                s.blocked_seen.add(key)
                s.blocked_counts[fid] = s.blocked_counts.get(fid, 0) + 1


def force_blocks(g: Game, role: str) -> dict[str, str]:
    """The cards of this role that a force blocks now: card id -> the force named by the
    reason of its first blocked target. The same as walking ``blocked_actions(role)``, but
    only through the cards a force could block (tests/engine/test_legal_fastpath.py)."""
    out: dict[str, str] = {}
    for d in g._by_role.get(role, ()):
        if not g._force_may_block(d):
            continue
        for a in g._targets(role, d):
            why = g._check(a)
            fid = why.param("force_id") if why is not None else None
            if fid:
                out[d.id] = str(fid)
                break
    return out


# the flags whose reasons name the force behind them (a force_id: avg_onzeker,
# needs_sociale_kaart, wrong_pocket, schotten), each with the cards it can make illegal
BLOCKING_FLAGS: dict[str, Callable[[ActionDef], bool]] = {
    "avg_onzeker": lambda d: d.op in ("deel", "algemene_toestemming"),
    "sociale_kaart_nodig": lambda d: d.op == "verwijs",
    "wrong_pocket": lambda d: d.op == "bied_aan",
    "schotten": lambda d: d.cost.pot is not None or d.op == "bied_aan",
}


def force_may_block(g: Game, d: ActionDef) -> bool:
    """Whether some reason _check gives for this card could name a force now: a force's
    block list (blocked_by) or a flag of ``BLOCKING_FLAGS``."""
    if d.id in g._blocked:
        return True
    flags = g._s.flags
    for name, may in BLOCKING_FLAGS.items():  # (a plain loop: this runs for every card)
        if name in flags and may(d):
            return True
    return False


def strike(g: Game, fid: str) -> None:
    """facilitator:schrap(force): the force stops now and does nothing when it is drawn
    later (the deck keeps its order, so the other cards come in the same rounds)."""
    s = g._s
    if fid not in s.struck:
        s.struck.append(fid)
    if s.pending_choice == fid:
        s.pending_choice = None
    s.active = [f for f in s.active if f.id != fid]
    g._recompute_flags()
    g._emit("force_struck", force=fid)


def switch_model(g: Game, mid: str) -> None:
    """facilitator:model(id): the rules of another organisation model from now on (the
    relations built so far stay as they are)."""
    m = g.scenario.models[mid]
    g._s.model_now = None if mid == g._s.model else mid
    g._model = _active(m.id, "model", None, m.modifiers)
    g._recompute_flags()
    g._emit("model_changed", model=mid)
