"""What one role may see: the only door through which UIs, bots and clients see a game.

A view holds plain data (ids, numbers, texts in both languages are looked up by the UI from
the scenario). It never holds another role's dossier: a professional sees the facts in its
own dossier, the health dimensions its domain looks at (all six once a shared frame exists),
its own trust, and the public table (pots, relations, forces, arrangements, counters).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.engine.defs import DIMENSIONS, PROFESSIONALS
from game.engine.messages import Message, msg
from game.engine.roles import SEES
from game.engine.state import LedgerEntry

if TYPE_CHECKING:
    from game.engine.game import Game



@dataclass(frozen=True, slots=True)
class KnownProblem:
    id: str
    severity: int
    domain: str
    learned_round: int


@dataclass(frozen=True, slots=True)
class ArrangementView:
    id: str
    status: str
    offered_by: str
    wait_left: int
    rounds_run: int
    secured: bool
    project: bool
    # waiting: in how many rounds it starts, as players count (it starts in the leven phase
    # of a later round; wait_left is the engine's counter, one short after this round's leven)
    starts_in: int = 0


@dataclass(frozen=True, slots=True)
class ActiveForceView:
    id: str
    kind: str
    rounds_left: int | None


@dataclass(frozen=True, slots=True)
class RoleView:
    role: str
    scenario: str
    round: int
    rounds: int
    phase: str
    to_move: tuple[str, ...]
    over: bool
    ending: str | None
    time: int | None  # this professional's time left (None for the inwoner)
    energy: int | None  # the inwoner's energy (None for professionals)
    times: dict[str, int]  # everyone's time left (public: you see who is busy)
    done: tuple[str, ...]
    health: dict[str, int]  # only the dimensions this role may see
    start_health: dict[str, int]
    problems: tuple[KnownProblem, ...]  # this role's dossier: the problems it knows
    wish_known: bool
    signals: tuple[str, ...]  # signal ids this role found
    trust: dict[str, int]  # the inwoner sees all; a professional only its own
    relations: dict[str, int]
    pots: dict[str, int]
    start_pots: dict[str, int]
    paid: dict[str, int]
    ledger: tuple[tuple[int, str, int, str, str], ...]  # (round, pot, amount, what, by): public
    consent: tuple[str, ...]
    general_consent: bool
    requests: tuple[str, ...]  # consent requests ("role->other"), for the inwoner
    offers: tuple[tuple[str, str, str], ...]  # (id, kind, by)
    arrangements: tuple[ArrangementView, ...]
    network: dict[str, bool]
    current_force: str | None
    pending_choice: str | None
    active_forces: tuple[ActiveForceView, ...]
    flags: tuple[str, ...]
    counters: dict[str, int]
    log: tuple[tuple[int, str, Message], ...]  # events this role may see


def make_view(game: Game, role: str, with_log: bool = True) -> RoleView:
    s = game._s
    everything = role == "facilitator"
    if role not in SEES:
        raise ValueError(f"unknown role '{role}'")
    dims = DIMENSIONS if s.shared_frame or "gedeeld_kader" in s.flags else SEES[role]
    knows = set(game._problems) | {"wens"} if everything else s.knows[role]
    learned = s.learned_at.get(role, {})
    sp = s.problems
    problems = tuple([_known(pid, sp[pid].severity, pd.domain, learned.get(pid, 0))
                      for pid, pd in game._problems.items() if pid in knows])
    if role in PROFESSIONALS:
        trust = {role: s.trust[role]}
    else:
        trust = dict(s.trust)
    ledger, paid = _ledger(s.ledger)
    arr_defs = game.scenario.arrangements
    arrangements = tuple([
        _arrangement(a.id, a.status, a.offered_by, a.wait_left, a.rounds_run, a.secured,
                     arr_defs[a.id].project,
                     a.wait_left + (0 if s.phase in ("kracht", "leven") else 1))
        for a in s.arrangements.values()])
    log = _visible_log(s.log, role, dims, knows) if with_log else ()
    signals: list[str] = []
    if everything:
        for lst in s.signals.values():
            signals.extend(x for x in lst if x not in signals)
    else:
        signals = list(s.signals[role])
    return RoleView(
        role=role, scenario=s.scenario_id, round=s.round, rounds=game.scenario.casus.rounds,
        phase=s.phase, to_move=game.to_move(), over=s.over, ending=s.ending,
        time=s.time.get(role) if role in PROFESSIONALS else None,
        energy=s.energy if role == "inwoner" else None,
        times=dict(s.time), done=tuple(sorted(s.done)),
        health={d: s.health[d] for d in dims},
        start_health={d: s.start_health[d] for d in dims},
        problems=problems, wish_known="wens" in knows, signals=tuple(signals),
        trust=trust, relations=dict(s.relations), pots=dict(s.pots),
        start_pots=dict(s.start_pots), paid=dict(paid), ledger=ledger,
        consent=tuple(sorted(s.consent)), general_consent=s.general_consent,
        requests=tuple(s.requests),
        offers=tuple([(o.id, o.kind, o.by) for o in s.offers]),
        arrangements=arrangements, network=dict(s.network),
        current_force=s.current_force, pending_choice=s.pending_choice,
        active_forces=tuple([_force(f.id, f.kind, f.rounds_left) for f in s.active]),
        flags=tuple(sorted(s.flags)), counters=dict(s.counters), log=log,
    )


# Views are built for every decision a bot takes, so their immutable parts are shared: equal
# values are built once (KnownProblem, ArrangementView, ActiveForceView are frozen), and the
# public ledger, which only grows, is extended rather than rebuilt.
_MEMO: dict[tuple[object, ...], object] = {}


def _shared(key: tuple[object, ...], make: type) -> object:
    v = _MEMO.get(key)
    if v is None:
        if len(_MEMO) > 50_000:
            _MEMO.clear()
        v = _MEMO[key] = make(*key[1:])
    return v


def _known(pid: str, severity: int, domain: str, learned: int) -> KnownProblem:
    key = (KnownProblem, pid, severity, domain, learned)
    return _MEMO.get(key) or _shared(key, KnownProblem)  # type: ignore[return-value]


def _arrangement(aid: str, status: str, offered_by: str, wait_left: int, rounds_run: int,
                 secured: bool, project: bool, starts_in: int) -> ArrangementView:
    return _shared((ArrangementView, aid, status, offered_by, wait_left, rounds_run,  # type: ignore[return-value]
                    secured, project, starts_in), ArrangementView)


def _force(fid: str, kind: str, rounds_left: int | None) -> ActiveForceView:
    return _shared((ActiveForceView, fid, kind, rounds_left), ActiveForceView)  # type: ignore[return-value]


# The caches below are kept per game (by its list, which only grows), a few dozen games at
# once: a classroom host makes views of ten tables in turn, and one cache for the last game
# only was rebuilt from the start at every other table's view.
_GAMES_KEPT = 64

# id(the ledger list) -> (the list, how many entries were read, the last entry read, the
# tuple, paid per pot)
_LEDGER: dict[int, tuple[Any, ...]] = {}


def _ledger(entries: list[LedgerEntry]) -> tuple[tuple[tuple[int, str, int, str, str], ...],
                                                 dict[str, int]]:
    """The public ledger as a tuple, and what each pot paid (a dict the caller must copy)."""
    n, paid = 0, {"zvw": 0, "wmo": 0, "wlz": 0}
    tup: tuple[tuple[int, str, int, str, str], ...] = ()
    cached = _LEDGER.get(id(entries))
    if cached is not None:
        lst, m, last, seen, seen_paid = cached
        if lst is entries and len(entries) >= m and (m == 0 or entries[m - 1] is last):
            n, tup, paid = m, seen, seen_paid
    if len(entries) > n:
        new = entries[n:]
        tup = tup + tuple((e.round, e.pot, e.amount, e.what, e.by) for e in new)
        paid = dict(paid)
        for e in new:
            paid[e.pot] += e.amount
        if len(_LEDGER) >= _GAMES_KEPT and id(entries) not in _LEDGER:
            _LEDGER.clear()
        _LEDGER[id(entries)] = (entries, len(entries), entries[-1], tup, paid)
    return tup, paid


# (id(the log list), role) -> (the list, how many entries were read, the last entry read,
# the dimensions the role saw then, the visible entries, which of them may name a secret
# cause). The log only grows, so a view extends the last one.
_LOGS: dict[tuple[int, str], tuple[Any, ...]] = {}


def _visible_log(entries: list[tuple[int, str, Message]], role: str,
                 dims: tuple[str, ...], knows: set[str] | frozenset[str] | None = None,
                 ) -> tuple[tuple[int, str, Message], ...]:
    """The events of the game's log this role may see (the facilitator sees all). A health
    change caused by a problem the role does not know (yet) is told without its name."""
    key = (id(entries), role)
    cached = _LOGS.get(key)
    start = 0
    tup: tuple[tuple[int, str, Message], ...] = ()
    secret: tuple[int, ...] = ()
    if cached is not None:
        lst, n, last, seen_dims, seen, seen_secret = cached
        if lst is entries and seen_dims == dims and len(entries) >= n and (
                n == 0 or entries[n - 1] is last):
            start, tup, secret = n, seen, seen_secret
    if len(entries) > start:
        new = entries[start:]
        if role == "facilitator":
            tup = tup + tuple(new)
        else:
            at = len(tup)
            tup = tup + tuple(
                e for e in new
                if (e[2].visible_to is None or role in e[2].visible_to)
                and (e[2].code != "health" or e[2].param("dim") in dims))
            secret = secret + tuple(i for i in range(at, len(tup)) if _secret(tup[i][2]))
        if len(_LOGS) >= _GAMES_KEPT * 6 and key not in _LOGS:
            _LOGS.clear()
        _LOGS[key] = (entries, len(entries), entries[-1], dims, tup, secret)
    if secret and knows is not None:
        hide = [i for i in secret if tup[i][2].param("what") not in knows]
        if hide:
            out = list(tup)
            for i in hide:
                r, p, m = out[i]
                out[i] = (r, p, hidden_cause(m))
            tup = tuple(out)
    return tup


# causes of a health change that name a problem (format 3): a role that does not know the
# problem is told that something it does not know yet caused it
SECRET_CAUSES = frozenset(("problem", "recovery", "crisis"))


def _secret(m: Message) -> bool:
    return m.code == "health" and m.param("cause") in SECRET_CAUSES


def hidden_cause(m: Message) -> Message:
    """The health change ``m`` without the name of the problem that caused it (the same
    object for the same ``m``: a front end that renders each message once by its identity
    renders it once)."""
    got = _HIDDEN.get(id(m))
    if got is not None and got[0] is m:
        return got[1]  # type: ignore[no-any-return]
    hidden = msg("health", m.visible_to, **{k: ("" if k == "what" else v) for k, v in m.params})
    if len(_HIDDEN) > 20_000:
        _HIDDEN.clear()
    _HIDDEN[id(m)] = (m, hidden)  # (m kept alive beside it, so its id stays its own)
    return hidden


_HIDDEN: dict[int, tuple[Message, Message]] = {}


# --- what the whole class may see ---------------------------------------------------------

# The health dimensions every professional sees (none: each domain looks at its own) — the
# projector shows all six once a shared frame exists, and none before.
PUBLIC_SEES: tuple[str, ...] = tuple(
    d for d in DIMENSIONS if all(d in SEES[r] for r in PROFESSIONALS))


@dataclass(frozen=True, slots=True)
class PublicView:
    """The public table: what a projector may show to the whole class. Never a dossier, a
    signal, the inwoner's wish or trust, and only the health dimensions everybody sees."""

    scenario: str
    round: int
    rounds: int
    phase: str
    to_move: tuple[str, ...]
    over: bool
    ending: str | None
    times: dict[str, int]
    done: tuple[str, ...]
    health: dict[str, int]
    start_health: dict[str, int]
    relations: dict[str, int]
    pots: dict[str, int]
    start_pots: dict[str, int]
    paid: dict[str, int]
    ledger: tuple[tuple[int, str, int, str, str], ...]
    consent: tuple[str, ...]
    general_consent: bool
    requests: tuple[str, ...]
    offers: tuple[tuple[str, str, str], ...]
    arrangements: tuple[ArrangementView, ...]
    network: dict[str, bool]
    current_force: str | None
    pending_choice: str | None
    active_forces: tuple[ActiveForceView, ...]
    flags: tuple[str, ...]
    counters: dict[str, int]
    log: tuple[tuple[int, str, Message], ...]  # only events visible to everyone


def public_view(game: Game) -> PublicView:
    """What the whole class may see (the public board, the lobby of the classroom server).

    Built from the view of a professional, minus everything a role keeps to itself, so it can
    never show more than any single role may see of the public table."""
    s = game.state
    v = make_view(game, "huisarts", with_log=False)
    dims = DIMENSIONS if s.shared_frame or "gedeeld_kader" in s.flags else PUBLIC_SEES
    log = _public_log(game._s.log, dims)  # (the list itself: state.log copies it)
    return PublicView(
        scenario=v.scenario, round=v.round, rounds=v.rounds, phase=v.phase,
        to_move=v.to_move, over=v.over, ending=v.ending, times=dict(v.times),
        done=v.done,
        health={d: s.health[d] for d in dims},
        start_health={d: s.start_health[d] for d in dims},
        relations=dict(v.relations), pots=dict(v.pots), start_pots=dict(v.start_pots),
        paid=dict(v.paid), ledger=v.ledger, consent=v.consent,
        general_consent=v.general_consent, requests=v.requests, offers=v.offers,
        arrangements=v.arrangements, network=dict(v.network), current_force=v.current_force,
        pending_choice=v.pending_choice, active_forces=v.active_forces, flags=v.flags,
        counters=dict(v.counters), log=log)


# (id(the log list), dimensions) -> (the list, how many entries were read, the last entry
# read, the public entries): the log only grows, so the public log extends the last one
_PUBLIC_LOGS: dict[tuple[int, tuple[str, ...]], tuple[Any, ...]] = {}


def _public_log(entries: list[tuple[int, str, Message]], dims: tuple[str, ...],
                ) -> tuple[tuple[int, str, Message], ...]:
    """The events everyone may see: no event for some roles only, a health change only of
    the dimensions ``dims``, and a health change never with the problem that caused it."""
    key = (id(entries), dims)
    start = 0
    tup: tuple[tuple[int, str, Message], ...] = ()
    cached = _PUBLIC_LOGS.get(key)
    if cached is not None:
        lst, n, last, seen = cached
        if lst is entries and len(entries) >= n and (n == 0 or entries[n - 1] is last):
            start, tup = n, seen
    if len(entries) > start:
        tup = tup + tuple((r, p, hidden_cause(m) if _secret(m) else m)
                          for r, p, m in entries[start:]
                          if m.visible_to is None
                          and (m.code != "health" or m.param("dim") in dims))
        if len(_PUBLIC_LOGS) >= _GAMES_KEPT and key not in _PUBLIC_LOGS:
            _PUBLIC_LOGS.clear()
        _PUBLIC_LOGS[key] = (entries, len(entries), entries[-1], tup)
    return tup
