"""The full state as it leaves the engine: read-only.

Only the facilitator's "reveal all", the debrief and the engine's own tests read the whole
state; a player sees a view (game/engine/view.py). ``Game.state`` is a ``ReadOnlyState``: the
same fields as ``GameState`` (less the random generator), read through read-only doors —
mappings that refuse item assignment, tuples, frozensets, and frozen
copies of the records (a problem, an arrangement, an active force). So
``game.state.pots["zvw"] = -5`` raises TypeError and ``game.state.round = 3`` AttributeError.

The mappings are live (they show the state as it is when read, at almost no cost; copy what
you want to keep as it was: ``dict(game.state.pots)``); tuples, frozensets and records are
copies of the moment they were read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Generic, TypeVar

from game.engine.messages import Message
from game.engine.state import (
    ActiveForce,
    ArrangementState,
    GameState,
    LedgerEntry,
    Offer,
    ProblemState,
)

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ProblemSnapshot:
    severity: int
    start: int
    since_growth: int
    treated: bool
    held: bool
    addressed: bool
    escalations: int
    treated_by: frozenset[str]


@dataclass(frozen=True, slots=True)
class ArrangementSnapshot:
    id: str
    offered_by: str
    status: str
    wait_left: int
    rounds_run: int
    paid_rounds: int
    secured: bool


@dataclass(frozen=True, slots=True)
class ForceSnapshot:
    id: str
    kind: str
    rounds_left: int | None
    flags: tuple[str, ...]
    wait: tuple[tuple[str, int], ...]
    extra_time: tuple[tuple[str, int], ...]
    block: tuple[str, ...]


def _problem(p: ProblemState) -> ProblemSnapshot:
    return ProblemSnapshot(p.severity, p.start, p.since_growth, p.treated, p.held, p.addressed,
                           p.escalations, frozenset(p.treated_by))


def _arrangement(a: ArrangementState) -> ArrangementSnapshot:
    return ArrangementSnapshot(a.id, a.offered_by, a.status, a.wait_left, a.rounds_run,
                               a.paid_rounds, a.secured)


def _force(f: ActiveForce) -> ForceSnapshot:
    return ForceSnapshot(f.id, f.kind, f.rounds_left, f.flags, f.wait, f.extra_time, f.block)


class _MapOf(Mapping[K, T], Generic[K, V, T]):
    """A read-only mapping over a dict whose values are handed out converted (frozen)."""

    __slots__ = ("_convert", "_d")

    def __init__(self, d: dict[K, V], convert: Callable[[V], T]) -> None:
        self._d = d
        self._convert = convert

    def __getitem__(self, key: K) -> T:
        return self._convert(self._d[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __contains__(self, key: object) -> bool:
        return key in self._d

    def __repr__(self) -> str:
        return repr(dict(self.items()))


class ReadOnlyState:
    """Every field of GameState (but the random generator), read-only."""

    __slots__ = ("_s",)
    _s: GameState

    def __init__(self, s: GameState) -> None:
        object.__setattr__(self, "_s", s)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the state is read-only outside the engine (tried to set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"the state is read-only outside the engine (tried to delete {name})")

    @property
    def scenario_id(self) -> str:
        return self._s.scenario_id

    @property
    def seed(self) -> int:
        return self._s.seed

    @property
    def model(self) -> str:
        return self._s.model

    @property
    def difficulty(self) -> str:
        return self._s.difficulty

    @property
    def struck(self) -> tuple[str, ...]:
        return tuple(self._s.struck)

    @property
    def model_now(self) -> str | None:
        return self._s.model_now

    @property
    def ignored_wish(self) -> frozenset[str]:
        return frozenset(self._s.ignored_wish)

    @property
    def round(self) -> int:
        return self._s.round

    @property
    def phase(self) -> str:
        return self._s.phase

    @property
    def health(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.health)

    @property
    def start_health(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.start_health)

    @property
    def problems(self) -> Mapping[str, ProblemSnapshot]:
        return _MapOf(self._s.problems, _problem)

    @property
    def knows(self) -> Mapping[str, frozenset[str]]:
        return _MapOf(self._s.knows, frozenset)

    @property
    def signals(self) -> Mapping[str, tuple[str, ...]]:
        return _MapOf(self._s.signals, tuple)

    @property
    def learned_at(self) -> Mapping[str, Mapping[str, int]]:
        return _MapOf(self._s.learned_at, MappingProxyType)

    @property
    def trust(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.trust)

    @property
    def relations(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.relations)

    @property
    def time(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.time)

    @property
    def energy(self) -> int:
        return self._s.energy

    @property
    def energy_bonus(self) -> int:
        return self._s.energy_bonus

    @property
    def done(self) -> frozenset[str]:
        return frozenset(self._s.done)

    @property
    def used(self) -> frozenset[str]:
        return frozenset(self._s.used)

    @property
    def pots(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.pots)

    @property
    def start_pots(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.start_pots)

    @property
    def ledger(self) -> tuple[LedgerEntry, ...]:
        return tuple(self._s.ledger)

    @property
    def consent(self) -> frozenset[str]:
        return frozenset(self._s.consent)

    @property
    def general_consent(self) -> bool:
        return self._s.general_consent

    @property
    def requests(self) -> tuple[str, ...]:
        return tuple(self._s.requests)

    @property
    def offers(self) -> tuple[Offer, ...]:
        return tuple(self._s.offers)

    @property
    def arrangements(self) -> Mapping[str, ArrangementSnapshot]:
        return _MapOf(self._s.arrangements, _arrangement)

    @property
    def network(self) -> Mapping[str, bool]:
        return MappingProxyType(self._s.network)

    @property
    def deck(self) -> tuple[str, ...]:
        return tuple(self._s.deck)

    @property
    def current_force(self) -> str | None:
        return self._s.current_force

    @property
    def pending_choice(self) -> str | None:
        return self._s.pending_choice

    @property
    def active(self) -> tuple[ForceSnapshot, ...]:
        return tuple([_force(f) for f in self._s.active])

    @property
    def forces_seen(self) -> tuple[str, ...]:
        return tuple(self._s.forces_seen)

    @property
    def counters(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.counters)

    @property
    def unblock_tokens(self) -> int:
        return self._s.unblock_tokens

    @property
    def grensbudget_used(self) -> bool:
        return self._s.grensbudget_used

    @property
    def overleg_goal(self) -> str | None:
        return self._s.overleg_goal

    @property
    def overleg_planned(self) -> bool:
        return self._s.overleg_planned

    @property
    def shared_frame(self) -> bool:
        return self._s.shared_frame

    @property
    def bridge_lost(self) -> bool:
        return self._s.bridge_lost

    @property
    def sociale_kaart(self) -> bool:
        return self._s.sociale_kaart

    @property
    def blocked_counts(self) -> Mapping[str, int]:
        return MappingProxyType(self._s.blocked_counts)

    @property
    def blocked_seen(self) -> frozenset[str]:
        return frozenset(self._s.blocked_seen)

    @property
    def log(self) -> tuple[tuple[int, str, Message], ...]:
        return tuple(self._s.log)

    @property
    def history(self) -> tuple[str, ...]:
        return tuple(self._s.history)

    @property
    def ending(self) -> str | None:
        return self._s.ending

    @property
    def over(self) -> bool:
        return self._s.over

    @property
    def flags(self) -> Mapping[str, tuple[str, ...]]:
        return _MapOf(self._s.flags, tuple)


# the fields of GameState a ReadOnlyState leaves out on purpose (a test holds them together)
LEFT_OUT = frozenset(("rng",))
