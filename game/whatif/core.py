"""Wat als?: a finished game replayed to one moment, changed in one thing, and played on many
times by bots, beside what really happened.

Everything goes through the engine's public API: a game is replayed from its set-up and its
moves, a change is one or two moves (the facilitator's ``injecteer``/``schrap``/``model``, or
one move of the class replaced or left out), and each continuation is a clone of the changed
game played on. The class's own later moves are kept while they are still legal (aligned by
round and phase); a move that can no longer be played is left out and explained; once the
class has no move left for a role, a bot plays it.

The figures depend only on the save, the change, the level, the number of games and the seed:
continuation ``k`` has its own seed drawn from the run's seed (as in the balance simulator),
and the summaries are combined in index order, whatever the number of processes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.bots.levels import get_level, make_bot
from game.bots.simulate import game_seeds
from game.engine import Action, Game, IllegalAction, NotationError
from game.engine.defs import Scenario
from game.engine.messages import Message
from game.engine.roles import DIMENSIONS, POTS

KINDS = ("force_on", "force_off", "model", "answer", "move")
PHASE_ORDER = {"kracht": 0, "leven": 1, "inwoner": 2, "professionals": 3, "overleg": 4,
               "afronding": 5, "einde": 6}
ANSWER_FLIPS = {"accepteer": "weiger", "weiger": "accepteer"}  # by the card's op
DEFAULT_GAMES = 200
DEFAULT_LEVEL = "makkelijk"  # fast enough for a live debrief (see benchmarks/wat_als.py)
MAX_GAMES = 5000


class WhatIfError(ValueError):
    """A change that cannot be made to this game; ``code`` and ``params`` let a front end
    say it in the player's language (game/whatif/texts.py), ``allowed`` lists what may be
    chosen instead."""

    def __init__(self, code: str, allowed: Sequence[str] = (), **params: Any) -> None:
        self.code = code
        self.params = params
        self.allowed = list(allowed)
        super().__init__(f"{code}: {params} (allowed: {', '.join(self.allowed)})")


@dataclass(frozen=True)
class Change:
    """One change. ``kind``: force_on/force_off (``what`` a force id, from ``round``), model
    (``what`` a model id, from ``round``), answer (the inwoner's answer at move ``move``, 1 =
    the first move of the game, the other way), move (move ``move`` replaced by ``what``,
    an action notation)."""

    kind: str
    round: int | None = None
    move: int | None = None
    what: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "round": self.round, "move": self.move, "what": self.what}


@dataclass(frozen=True)
class Moment:
    """Where a move of the class was made: its number (1-based), round, phase, role."""

    move: int
    round: int
    phase: str
    action: str


@dataclass
class Plan:
    """A change worked out on one game: the moves up to the moment (as played), the change's
    own moves, and the class's later moves with the round and phase they were made in."""

    change: Change
    index: int  # how many of the class's moves come before the change
    round: int  # the round of the moment
    prefix: list[str]
    inserted: list[str]
    later: list[Moment]
    left_out: str | None = None  # the class's move the change replaced or left out

    def base(self, scenario: Scenario, seed: int, model: str, difficulty: str) -> Game:
        """The changed game at the moment (every process builds the same one)."""
        g = Game(scenario, seed, model, difficulty)
        for a in self.prefix:
            g.apply(a)
        for a in self.inserted:
            g.apply(a)
        return g


def timeline(scenario: Scenario, save: dict[str, Any]) -> list[Moment]:
    """Every move of the save with the round and phase it was made in."""
    g = Game(scenario, int(save["seed"]), str(save.get("model", "netwerkmodel")),
             str(save.get("difficulty", "normaal")))
    out = []
    for i, a in enumerate(save["actions"]):
        out.append(Moment(i + 1, g.round, g.phase, str(a)))
        g.apply(a)
    return out


def _round_index(moments: list[Moment], rnd: int, rounds: int) -> int:
    """The number of moves before round ``rnd`` began (round 1: 0)."""
    played = max((m.round for m in moments), default=1)
    if rnd < 1 or rnd > played:
        raise WhatIfError("round_range", [str(r) for r in range(1, played + 1)], round=rnd,
                          last=played)
    for m in moments:
        if m.round >= rnd:
            return m.move - 1
    return len(moments)  # pragma: no cover - the round was played, so a move is in it


def _setup(save: dict[str, Any]) -> tuple[int, str, str]:
    return (int(save["seed"]), str(save.get("model", "netwerkmodel")),
            str(save.get("difficulty", "normaal")))


def plan(scenario: Scenario, save: dict[str, Any], change: Change) -> Plan:
    """Work out a change on a game; WhatIfError says what is wrong and what may be chosen."""
    if change.kind not in KINDS:
        raise WhatIfError("unknown_kind", KINDS, kind=change.kind)
    moments = timeline(scenario, save)
    seed, model, difficulty = _setup(save)
    actions = [m.action for m in moments]
    if change.kind in ("force_on", "force_off", "model"):
        if change.round is None:
            raise WhatIfError("needs_round", kind=change.kind)
        index = _round_index(moments, change.round, scenario.casus.rounds)
        at = Game(scenario, seed, model, difficulty)
        for a in actions[:index]:
            at.apply(a)
        what = change.what or ""
        if change.kind == "model":
            if what not in scenario.models:
                raise WhatIfError("unknown_model", sorted(scenario.models), what=what)
            if what == at.model:
                raise WhatIfError("same_model", sorted(m for m in scenario.models
                                                       if m != at.model), what=what)
            inserted = [f"facilitator:model({what})"]
        else:
            if what not in scenario.forces:
                raise WhatIfError("unknown_force", sorted(scenario.forces), what=what)
            active = {f.id for f in at.state.active}
            if change.kind == "force_on":
                if what in active:
                    raise WhatIfError("force_already_on",
                                      sorted(f for f in scenario.forces if f not in active),
                                      what=what, round=change.round)
                inserted = [f"facilitator:injecteer({what})"]
            else:
                later_cards = set(at.state.deck) - set(at.state.struck)
                on = sorted(active | later_cards)
                if what not in active and what not in later_cards:
                    raise WhatIfError("force_not_in_game", on, what=what, round=change.round)
                inserted = [f"facilitator:schrap({what})"]
        return Plan(change, index, change.round, actions[:index], inserted,
                    moments[index:])
    # a change at one move of the class
    if change.move is None:
        raise WhatIfError("needs_move", kind=change.kind)
    n = change.move
    if n < 1 or n > len(moments):
        raise WhatIfError("move_range", (), move=n, last=len(moments))
    index = n - 1
    original = moments[index]
    before = Game(scenario, seed, model, difficulty)
    for a in actions[:index]:
        before.apply(a)
    if change.kind == "answer":
        answers = [m for m in moments if flip_answer(m.action, scenario) is not None]
        flipped = flip_answer(original.action, scenario)
        if flipped is None:
            raise WhatIfError("not_an_answer", [f"{m.move}: {m.action}" for m in answers],
                              move=n, action=original.action)
        inserted = [flipped] if flipped else []
    else:
        what = (change.what or "").strip()
        try:
            new = Action.parse(what)
        except NotationError:
            raise WhatIfError("bad_notation", _legal_here(before, original), move=n,
                              what=what) from None
        if str(new) == original.action:
            raise WhatIfError("same_move", _legal_here(before, original), move=n, what=what)
        why = before.reason(new)
        if why is not None:
            raise WhatIfError("illegal_move", _legal_here(before, original), move=n,
                              what=str(new), reason=why)
        inserted = [str(new)]
    return Plan(change, index, original.round, actions[:index], inserted,
                moments[index + 1:], left_out=original.action)


def flip_answer(notation: str, scenario: Scenario) -> str | None:
    """The inwoner's (or a chooser's) answer the other way; "" = the answer left out (no
    consent given); None when the move is no answer. An answer is known by its card's op
    (accepteer, weiger, toestemming), whatever the casus calls the card."""
    try:
        a = Action.parse(notation)
    except NotationError:
        return None
    if a.name == "kies" and a.arg in ("ja", "nee"):  # the engine's own choice of a force
        return f"{a.role}:kies({'nee' if a.arg == 'ja' else 'ja'})"
    d = scenario.actions.get(f"{a.role}:{a.name}")
    if a.role != "inwoner" or d is None:
        return None
    if d.op in ANSWER_FLIPS and a.arg:
        other = next((o.id for key, o in scenario.actions.items()
                      if key.startswith("inwoner:") and o.op == ANSWER_FLIPS[d.op]), None)
        return f"inwoner:{other}({a.arg})" if other is not None else None
    if d.op == "toestemming":
        return ""
    return None


def _legal_here(game: Game, original: Moment) -> list[str]:
    """The moves that could have been played instead (the same role's first)."""
    role = Action.parse(original.action).role
    roles = [role] + [r for r in game.to_move() if r != role]
    out: list[str] = []
    for r in roles:
        out.extend(str(a) for a in game.legal_actions(r) if str(a) != original.action)
    return out


# ---------------------------------------------------------------- one continuation --


@dataclass
class Played:
    """One continuation: the game at its end and what became of the class's later moves."""

    game: Game
    kept: int = 0
    dropped: list[tuple[int, str, Message]] = field(default_factory=list)  # move, action, why
    bot_moves: int = 0


def play_on(base: Game, later: Sequence[Moment], bot: Any, keep: bool = True,
            max_actions: int = 5000) -> Played:
    """Play a clone of ``base`` to its end: the class's later moves while they are legal (in
    their own round and phase), bots for the rest. The facilitator's moves (a force brought
    in, the end of the game when the lesson's time was up) are kept also when the bots play
    everything (``keep=False``), so the continuations stop when the real game stopped."""
    g = base.clone()
    out = Played(g)
    queue = list(later) if keep else [m for m in later if m.action.startswith("facilitator:")]
    qi = 0
    for _ in range(max_actions):
        if g.is_over():
            return out
        movers = g.to_move()
        rnd, phase = g.round, PHASE_ORDER.get(g.phase, 0)
        # the class's moves of rounds and phases that are over can no longer be played
        while qi < len(queue) and (queue[qi].round < rnd or (
                queue[qi].round == rnd and PHASE_ORDER.get(queue[qi].phase, 0) < phase
                and not queue[qi].action.startswith("facilitator:"))):
            m = queue[qi]
            out.dropped.append((m.move, m.action, _too_late(g, m)))
            qi += 1
        if qi < len(queue) and queue[qi].round == rnd:
            m = queue[qi]
            role = m.action.split(":", 1)[0]
            facilitator = role == "facilitator"
            if (facilitator and PHASE_ORDER.get(m.phase, 0) <= phase) or (
                    not facilitator and role in movers):
                qi += 1
                why = g.reason(m.action)
                if why is None:
                    g.apply(m.action)
                    out.kept += 1
                else:
                    out.dropped.append((m.move, m.action, why))
                continue
            if not facilitator and PHASE_ORDER.get(m.phase, 0) == phase:
                # this role's turn in this phase is over already: its move comes too late
                qi += 1
                out.dropped.append((m.move, m.action, _too_late(g, m)))
                continue
        # no move of the class for whoever moves now: a bot plays
        role = bot.rng.choice(movers)
        g.apply(bot.choose(g, role))
        out.bot_moves += 1
    raise RuntimeError(f"the continuation did not end within {max_actions} actions")


def _too_late(g: Game, m: Moment) -> Message:
    why = g.reason(m.action)
    if why is not None:
        return why
    return Message("too_late", (("round", m.round), ("phase", m.phase)))


def summary(game: Game) -> dict[str, Any]:
    """What a game came to: the ending, the web, money, the wrong pocket, crises, blocks."""
    r = game.result()
    return {
        "ending": r.ending or "none", "rank": r.rank, "wish_met": r.wish_met,
        "health": {d: r.health_end[d] for d in DIMENSIONS},
        "health_start": {d: r.health_start[d] for d in DIMENSIONS},
        "paid": {p: r.paid[p] for p in POTS}, "pots_end": {p: r.pots_end[p] for p in POTS},
        "wrong_pocket": sum(int(f["amount"]) for f in r.wrong_pocket),
        "wrong_pocket_flows": len(r.wrong_pocket),
        "crises": int(r.counters.get("crises", 0)), "blocked_by": dict(r.blocked_by),
        "rounds": r.rounds_played, "actions": r.actions,
    }


# --------------------------------------------------------------------- many of them --

_W: dict[str, Any] = {}


def _init_worker(scenario: Scenario, setup: tuple[int, str, str], plan_: Plan, level: str,
                 keep: bool) -> None:
    _W.update(base=plan_.base(scenario, *setup), later=plan_.later, level=level, keep=keep,
              n_later=len(plan_.later))


def _run(job: tuple[int, int]) -> tuple[int, dict[str, Any]]:
    index, seed = job
    try:
        played = play_on(_W["base"], _W["later"], make_bot(_W["level"], seed), _W["keep"])
    except (IllegalAction, ValueError, RuntimeError) as e:
        raise RuntimeError(f"continuation {index} (seed {seed}) failed: {e!r}") from None
    s = summary(played.game)
    s.update(kept=played.kept, bot_moves=played.bot_moves,
             dropped=[(n, a, why) for n, a, why in played.dropped[:1]],
             n_dropped=len(played.dropped))
    return index, s


def run(scenario: Scenario, save: dict[str, Any], change: Change, games: int = DEFAULT_GAMES,
        level: str = DEFAULT_LEVEL, seed: int = 1, keep: bool = True,
        processes: int | None = None,
        progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """The comparison, JSON-ready: what really happened beside the distribution of the
    continuations. Raises WhatIfError for a change that cannot be made."""
    start = time.perf_counter()
    lv = get_level(level)
    if not 1 <= games <= MAX_GAMES:
        raise WhatIfError("games_range", (), games=games, most=MAX_GAMES)
    p = plan(scenario, save, change)
    setup = _setup(save)
    real = Game(scenario, *setup)
    for a in save["actions"]:
        real.apply(a)
    jobs = list(enumerate(game_seeds(seed, games)))
    out: list[dict[str, Any] | None] = [None] * games
    done = 0

    def collect(results: Iterator[tuple[int, dict[str, Any]]]) -> None:
        nonlocal done
        for index, s in results:
            out[index] = s
            done += 1
            if progress:
                progress(done, games)

    procs = processes if processes is not None else (os.cpu_count() or 1)
    args = (scenario, setup, p, lv.id, keep)
    if procs <= 1 or games < 8:
        _init_worker(*args)
        collect(_run(j) for j in jobs)
    else:
        ctx = mp.get_context(start_method())
        chunk = max(1, min(16, games // (procs * 4)))
        with ctx.Pool(min(procs, games), initializer=_init_worker, initargs=args) as pool:
            collect(pool.imap_unordered(_run, jobs, chunksize=chunk))
    summaries = [s for s in out if s is not None]
    result = {
        "scenario": scenario.id, "change": change.to_dict(), "moment": {
            "move": p.index + 1, "round": p.round},
        "inserted": p.inserted, "left_out": p.left_out,
        "games": games, "level": lv.id, "seed": seed, "keep": keep,
        "class_moves_after": len(p.later),
        "real": summary(real), "whatif": aggregate(summaries, len(p.later)),
        "seconds": round(time.perf_counter() - start, 3),
    }
    return result


def start_method() -> str:
    """How the worker processes start. ``fork`` is the fastest, but forking a process with
    other threads (the board's window and its background job, the classroom server's
    executor) can leave a child waiting forever on a lock another thread held: then a clean
    ``forkserver`` (``spawn`` on Windows)."""
    import threading

    if sys.platform == "win32":
        return "spawn"
    if threading.current_thread() is threading.main_thread() and threading.active_count() == 1:
        return "fork"
    return "forkserver"


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 2) if values else 0.0


def aggregate(summaries: list[dict[str, Any]], n_later: int) -> dict[str, Any]:
    n = len(summaries)
    endings = Counter(s["ending"] for s in summaries)
    blocked: Counter[str] = Counter()
    for s in summaries:
        blocked.update(s["blocked_by"])
    first_dropped: Counter[tuple[int, str]] = Counter()
    reasons: dict[tuple[int, str], Message] = {}
    for s in summaries:
        for move, action, why in s["dropped"]:
            first_dropped[(move, action)] += 1
            reasons.setdefault((move, action), why)
    kept = [int(s["kept"]) for s in summaries]
    return {
        "endings": {e: c for e, c in sorted(endings.items(), key=lambda x: (-x[1], x[0]))},
        "ranks": dict(sorted(Counter(str(s["rank"]) for s in summaries).items())),
        "wish_met_rate": round(sum(1 for s in summaries if s["wish_met"]) / n, 4) if n else 0,
        "health": {d: _mean([s["health"][d] for s in summaries]) for d in DIMENSIONS},
        "paid": {p: _mean([s["paid"][p] for s in summaries]) for p in POTS},
        "pots_end": {p: _mean([s["pots_end"][p] for s in summaries]) for p in POTS},
        "wrong_pocket": _mean([s["wrong_pocket"] for s in summaries]),
        "crises": _mean([s["crises"] for s in summaries]),
        "crisis_rate": round(sum(1 for s in summaries if s["crises"]) / n, 4) if n else 0,
        "blocked_by": {f: round(c / n, 2) for f, c in sorted(
            blocked.items(), key=lambda x: (-x[1], x[0]))[:5]} if n else {},
        "kept": {"per_game": kept, "mean": _mean([float(k) for k in kept]),
                 "min": min(kept, default=0), "max": max(kept, default=0),
                 "all": sum(1 for k in kept if k == n_later),
                 "none": sum(1 for k in kept if k == 0)},
        "bot_moves": _mean([s["bot_moves"] for s in summaries]),
        "first_dropped": [
            {"move": move, "action": action, "games": c,
             "reason": reasons[(move, action)].to_dict()}
            for (move, action), c in sorted(first_dropped.items(),
                                            key=lambda x: (-x[1], x[0]))[:3]],
        "distinct_endings": len(endings),
    }


# ------------------------------------------------------------------ kept with the game --

SAVE_KEY = "wat_als"  # a save's list of the comparisons the class made (for the report)
MAX_KEPT = 20


def for_save(result: dict[str, Any], scenario: Scenario) -> dict[str, Any]:
    """A comparison as the save keeps it: the figures without the per-game lists, and its
    title and explanations in both languages (the report shows them as they are)."""
    from game.whatif.texts import change_text, reason_text

    w = dict(result["whatif"])
    w["kept"] = {k: v for k, v in w["kept"].items() if k != "per_game"}
    w["first_dropped"] = [
        dict(d, text={lang: reason_text(scenario, d["reason"], lang) for lang in ("nl", "en")})
        for d in w["first_dropped"]]
    keys = ("scenario", "change", "moment", "inserted", "left_out", "games", "level", "seed",
            "keep", "class_moves_after", "real")
    out = {k: result[k] for k in keys}
    out["whatif"] = w
    out["title"] = {lang: change_text(scenario, result["change"], lang, result["inserted"])
                    for lang in ("nl", "en")}
    endings = {e.id: {"nl": e.name.nl, "en": e.name.en} for e in scenario.casus.endings}
    out["names"] = {
        "endings": {e: endings.get(e, {"nl": e, "en": e})
                    for e in {result["real"]["ending"], *w["endings"]}},
        "forces": {f: {"nl": scenario.forces[f].name.nl, "en": scenario.forces[f].name.en}
                   for f in {*w["blocked_by"], *result["real"]["blocked_by"]}
                   if f in scenario.forces}}
    return out


def read_comparisons(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The comparisons kept in a save (those that look like one; at most MAX_KEPT)."""
    raw = data.get(SAVE_KEY)
    if not isinstance(raw, list):
        return []
    out = []
    for c in raw[-MAX_KEPT:]:
        if (isinstance(c, dict) and isinstance(c.get("title"), dict)
                and isinstance(c.get("real"), dict) and isinstance(c.get("whatif"), dict)):
            out.append(c)
    return out
