"""The mutable state of one game. Only game/engine changes it; everyone else sees a view, or
(the facilitator's reveal-all, the debrief) the read-only state (game/engine/readonly.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.engine.messages import Message


@dataclass(slots=True)
class ProblemState:
    severity: int
    start: int
    since_growth: int = 0
    treated: bool = False  # treated (severity lowered) since the last leven phase
    held: bool = False  # held (kept from growing) since the last leven phase
    addressed: bool = False  # treated at least once by its own domain
    escalations: int = 0
    treated_by: set[str] = field(default_factory=set)  # pots that paid treatment


@dataclass(slots=True)
class ArrangementState:
    id: str
    offered_by: str
    status: str = "offered"  # offered, waiting, running, done, stopped, refused
    wait_left: int = 0
    rounds_run: int = 0
    paid_rounds: int = 0
    secured: bool = False


@dataclass(slots=True)
class ActiveForce:
    id: str
    kind: str
    rounds_left: int | None  # None: lasting
    flags: tuple[str, ...]
    wait: tuple[tuple[str, int], ...]
    extra_time: tuple[tuple[str, int], ...]
    block: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Offer:
    id: str  # an arrangement id, or a network resource id
    kind: str  # "arrangement" or "network"
    by: str  # the offering professional


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    round: int
    pot: str
    amount: int
    what: str  # action, arrangement or escalation id
    by: str  # role, or "leven"
    kinds: tuple[str, ...] = ()  # problem kinds it treated


@dataclass(slots=True)
class GameState:
    scenario_id: str
    seed: int
    model: str
    difficulty: str
    rng: random.Random
    round: int = 1
    phase: str = "kracht"
    health: dict[str, int] = field(default_factory=dict)
    start_health: dict[str, int] = field(default_factory=dict)
    problems: dict[str, ProblemState] = field(default_factory=dict)
    knows: dict[str, set[str]] = field(default_factory=dict)  # role -> facts
    signals: dict[str, list[str]] = field(default_factory=dict)  # role -> signal ids found
    learned_at: dict[str, dict[str, int]] = field(default_factory=dict)  # role -> fact -> round
    trust: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)  # pair key -> 0..3
    time: dict[str, int] = field(default_factory=dict)
    energy: int = 0
    energy_bonus: int = 0  # energy a force gave this round, kept through the leven phase
    done: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)  # "role:action" this round
    pots: dict[str, int] = field(default_factory=dict)
    start_pots: dict[str, int] = field(default_factory=dict)
    ledger: list[LedgerEntry] = field(default_factory=list)
    consent: set[str] = field(default_factory=set)  # pair keys
    general_consent: bool = False
    requests: list[str] = field(default_factory=list)  # "role->other" consent requests
    offers: list[Offer] = field(default_factory=list)
    arrangements: dict[str, ArrangementState] = field(default_factory=dict)
    network: dict[str, bool] = field(default_factory=dict)
    deck: list[str] = field(default_factory=list)
    current_force: str | None = None
    pending_choice: str | None = None
    active: list[ActiveForce] = field(default_factory=list)
    forces_seen: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    unblock_tokens: int = 0
    grensbudget_used: bool = False
    overleg_goal: str | None = None
    overleg_planned: bool = False
    shared_frame: bool = False
    bridge_lost: bool = False
    sociale_kaart: bool = False
    blocked_counts: dict[str, int] = field(default_factory=dict)  # force id -> blocked moves
    blocked_seen: set[str] = field(default_factory=set)
    log: list[tuple[int, str, Message]] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    ending: str | None = None
    over: bool = False
    # the facilitator's changes of the rules mid-game (facilitator:schrap / facilitator:model;
    # the "wat als?" analysis uses them): forces struck from the game, the model now (None:
    # the set-up's). Left out of the state hash while unused, so old saves keep their hashes.
    struck: list[str] = field(default_factory=list)
    model_now: str | None = None
    # (format 6, lesson L3) arrangements offered by a role that did not know the inwoner's
    # wish and that do nothing for the wish's dimensions: their health gains are 1 smaller.
    # Left out of the state hash while empty, so old saves keep their hashes.
    ignored_wish: set[str] = field(default_factory=set)
    # derived from the model and active forces; recomputed when they change
    flags: dict[str, list[str]] = field(default_factory=dict)  # flag -> sources
