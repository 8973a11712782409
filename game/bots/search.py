"""A search bot: determinized Monte Carlo search that looks a few rounds ahead.

The bot never looks inside the real game's state. All it reads is what a human player of the
same role has on the table (an ``Observation``):

- ``game.view(role)``: the role's own dossier, the health it may see, the public table and
  the log lines it may see;
- ``game.legal_actions(role)``: the moves on offer (what the UI shows that player);
- the public set-up: the scenario content (the casus file everyone can read), the
  organisation model and the difficulty (``game.to_save()``; the seed and the moves in it are
  not read).

From that observation it samples *determinizations*: complete private games whose hidden
parts (the severities of problems the role does not know, the other roles' dossiers and
trust, the health dimensions it cannot see, the order of the rest of the force deck, the
random generator) are drawn from a belief built from the scenario and the public log, and
whose visible parts are copied from the view. Every candidate move is tried in the same
sampled worlds (common random numbers), each world is played on by heuristic bots for all
roles to about two rounds ahead (or the end), and the resulting state is scored by a value
function (the ending it would get now, health, problem severities, what the team knows).
Sequential halving spends the rollouts on the candidates that look best.

Because a world is a function of the observation and the bot's own random numbers only, two
games that look the same to this role get the same choice from the same bot seed
(tests/bots/test_search.py proves that on real games with different hidden parts).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass

from game.bots.heuristic import HeuristicBot
from game.engine import Action, Game, IllegalAction
from game.engine.defs import PROFESSIONALS, Condition, Scenario
from game.engine.determinize import Belief, determinize
from game.engine.view import RoleView

__all__ = ["Analysis", "Belief", "Observation", "SearchBot", "SearchBudget", "clone",
           "determinize", "observe", "value"]

RANK_VALUE = {"best": 1.0, "good": 0.6, "neutral": 0.25, "bad": 0.0}
MAX_ROLLOUT_ACTIONS = 400
@dataclass(frozen=True, slots=True)
class SearchBudget:
    """How hard the bot thinks: rollouts per decision, how far ahead, how many candidates."""

    rollouts: int
    depth_rounds: int
    max_candidates: int


BUDGETS: dict[str, SearchBudget] = {
    "normaal": SearchBudget(rollouts=24, depth_rounds=2, max_candidates=5),
    "moeilijk": SearchBudget(rollouts=96, depth_rounds=2, max_candidates=8),
}
ALIASES = {"normal": "normaal", "hard": "moeilijk"}


# ------------------------------------------------------------------------ observation --


@dataclass(frozen=True)
class Observation:
    """Everything the search bot may know when it chooses: one role's side of the table."""

    role: str
    view: RoleView
    legal: tuple[Action, ...]
    scenario: Scenario
    model: str
    difficulty: str


def observe(game: Game, role: str) -> Observation:
    """The observation of ``role``: its view, its legal moves and the public set-up."""
    save = game.to_save()  # public set-up only: the seed and the moves in it are not read
    return Observation(role, game.view(role), tuple(game.legal_actions(role)), game.scenario,
                       str(save["model"]), str(save["difficulty"]))


# ----------------------------------------------------------------------- copy & value --


def clone(world: Game) -> Game:
    """A cheap copy of a private world (the engine's own ``Game.clone``)."""
    return world.clone()


def value(world: Game) -> float:
    """How good this (private, fully known) state is for the team, about 0..1.

    A finished game is worth its ending. Otherwise: the ending the game would get if it
    stopped now, how far the state is towards the good endings (the share of their
    conditions that hold), health, problem severities, and a little for what the team
    knows, trust, and the help that runs. Consumes the world (it ends it to read the
    ending)."""
    s = world.state
    sc = world.scenario
    ranks = {e.id: e.rank for e in sc.casus.endings}
    health = sum(s.health.values()) / (10 * len(s.health))
    sev = sum(p.severity for p in s.problems.values()) / (5 * max(1, len(s.problems)))
    if s.over:
        return RANK_VALUE.get(ranks.get(s.ending or "", "neutral"), 0.25) + 0.1 * health \
            - 0.05 * sev
    progress = _progress(world)
    facts = [p.id for p in sc.casus.problems] + ["wens"]
    known = sum(1 for f in facts if any(f in s.knows[r] for r in PROFESSIONALS)) / len(facts)
    trust = sum(s.trust.values()) / (3 * len(s.trust))
    running = sum(1 for a in s.arrangements.values()
                  if a.status in ("waiting", "running", "done"))
    network = sum(1 for on in s.network.values() if on) / max(1, len(s.network))
    world.apply(Action("facilitator", "einde"))  # the ending if the game stopped now
    now = RANK_VALUE.get(ranks.get(s.ending or "", "neutral"), 0.25)
    return (W_NOW * now + W_PROGRESS * progress + W_HEALTH * health + W_SEVERITY * (1 - sev)
            + W_KNOWN * known + W_TRUST * trust + W_RUNNING * min(running, 4) / 4
            + W_NETWORK * network)


W_NOW, W_PROGRESS, W_HEALTH, W_SEVERITY = 0.25, 0.3, 0.15, 0.15
W_KNOWN, W_TRUST, W_RUNNING, W_NETWORK = 0.06, 0.03, 0.03, 0.03


def _progress(world: Game) -> float:
    """The share of the good endings' conditions that hold now, weighted by their rank."""
    total = got = 0.0
    for e in world.scenario.casus.endings:
        weight = RANK_VALUE.get(e.rank, 0.0) - RANK_VALUE["neutral"]
        if e.condition is None or e.when == "immediate" or weight <= 0:
            continue
        c = e.condition
        clauses = (c.all or []) if c.key == "all" else [c]
        if not clauses:
            continue
        held = sum(_credit(world, x) for x in clauses)
        total += weight
        got += weight * held / len(clauses)
    return got / total if total else 0.0


def _credit(world: Game, c: Condition) -> float:
    """1 when the clause holds; part of it when the state is on the way (help that was
    offered or runs, a severity just above the bar, the wish known but not met yet)."""
    if world.holds(c):
        return 1.0
    s = world.state
    if c.arrangement is not None:
        arr = s.arrangements.get(c.arrangement.id)
        if arr is None:
            return 0.0
        want = c.arrangement.status
        if want == "done" and arr.status == "running":
            d = world.scenario.arrangements[arr.id]
            return 0.5 + 0.4 * arr.rounds_run / max(1, d.duration or 1)
        return {"waiting": 0.4, "offered": 0.2, "running": 0.5}.get(arr.status, 0.0)
    if c.severity_at_most is not None:
        p = s.problems.get(c.severity_at_most.problem)
        if p is None:
            return 0.0
        over = p.severity - c.severity_at_most.value
        return max(0.0, 0.5 - 0.2 * over)
    if c.wish_met is True:
        return 0.5 if any("wens" in s.knows[r] for r in PROFESSIONALS) else 0.0
    if c.network_active is not None:
        return 0.4 if any(o.id == c.network_active for o in s.offers) else 0.0
    return 0.0


# ---------------------------------------------------------------------------- the bot --


@dataclass(frozen=True)
class Analysis:
    """The search's verdict: every candidate with its mean value and number of rollouts."""

    choice: Action
    scores: tuple[tuple[Action, float, int], ...]  # best first
    rollouts: int
    ms: float


class SearchBot:
    """Determinized Monte Carlo search with heuristic rollouts (see the module docstring).

    ``level`` is "normaal" or "moeilijk" (or "normal", "hard"); ``time_budget_ms`` is a
    safety cap for play only: without it, the same seed and the same observations give the
    same choices; with it, a slow machine may cut the search short."""

    name = "search"

    def __init__(self, seed: int = 0, level: str = "normaal",
                 time_budget_ms: float | None = None,
                 budget: SearchBudget | None = None) -> None:
        level = ALIASES.get(level, level)
        if budget is None:
            if level not in BUDGETS:
                raise ValueError(f"unknown search level '{level}'; choose from "
                                 f"{', '.join(BUDGETS)}")
            budget = BUDGETS[level]
        self.seed = seed
        self.level = level
        self.budget = budget
        self.time_budget_ms = time_budget_ms
        self.rng = random.Random(seed)
        self._policy = HeuristicBot(seed)

    def choose(self, game: Game, role: str) -> Action:
        return self.analyse(game, role).choice

    def analyse(self, game: Game, role: str) -> Analysis:
        """Search from ``role``'s observation of ``game`` (for the coach: every score)."""
        return self.decide(observe(game, role))

    def decide(self, obs: Observation) -> Analysis:
        """The search itself. It reads nothing but ``obs``: the candidates are the legal
        moves the heuristic rates highest; each is played in the same sampled worlds and
        rolled out; sequential halving keeps the better half until two remain."""
        t0 = time.perf_counter()
        legal = list(obs.legal)
        if not legal:
            raise ValueError(f"{obs.role} has no legal action now")
        if len(legal) == 1:
            return Analysis(legal[0], ((legal[0], 0.0, 0),), 0, 0.0)
        base = self.rng.getrandbits(63)
        belief = Belief.from_view(obs.view, obs.scenario, obs.model, obs.difficulty)
        worlds: list[tuple[Game, int]] = []

        def world(i: int) -> tuple[Game, int]:
            while len(worlds) <= i:
                r = random.Random(base + len(worlds))
                worlds.append((belief.sample(r), r.randrange(2**31)))
            return worlds[i]

        root, _ = world(0)
        prior = {a: self._policy.score(root, obs.view, a) for a in legal}
        order = {a: i for i, a in enumerate(legal)}
        ranked = sorted(legal, key=lambda a: (-prior[a], order[a]))
        cands = ranked[:self.budget.max_candidates]
        scores: dict[Action, list[float]] = {a: [] for a in cands}
        n_world = 0
        done = 0
        cap = self.time_budget_ms
        # sequential halving: each phase plays every surviving candidate in the same new
        # worlds, then keeps the better half; the last phase compares the final two
        while len(cands) > 1:
            phases = max(1, math.ceil(math.log2(len(cands))))
            per = max(1, (self.budget.rollouts - done) // (len(cands) * phases))
            out_of_time = False
            for _ in range(per):
                w, rseed = world(n_world)
                n_world += 1
                for a in cands:
                    v = self._rollout(w, a, obs, rseed)
                    if v is not None:
                        scores[a].append(v)
                    done += 1
                if cap is not None and (time.perf_counter() - t0) * 1000 > cap:
                    out_of_time = True
                    break
            cands.sort(key=lambda a: (-_mean(scores[a]), -prior[a], order[a]))
            if out_of_time or len(cands) == 2:
                break
            cands = cands[:math.ceil(len(cands) / 2)]
        table = sorted(((a, _mean(x), len(x)) for a, x in scores.items()),
                       key=lambda t: (-t[1], -prior[t[0]], order[t[0]]))
        best = cands[0]
        return Analysis(best, tuple(table), done, (time.perf_counter() - t0) * 1000)

    def _rollout(self, root: Game, action: Action, obs: Observation,
                 rseed: int) -> float | None:
        w = clone(root)
        if w.reason(action) is not None:
            # (the moves on offer depend only on what this role can know, so a world built
            # from its view should agree; a move the world refuses is not rolled out)
            return None
        w.apply(action)
        rng = random.Random(rseed)
        policy = HeuristicBot(rseed)
        horizon = obs.view.round + self.budget.depth_rounds
        for _ in range(MAX_ROLLOUT_ACTIONS):
            if w.is_over() or w.round >= horizon:
                break
            movers = w.to_move()
            if not movers:
                break
            role = movers[0] if len(movers) == 1 else rng.choice(movers)
            try:
                w.apply(policy.choose(w, role))
            except IllegalAction:  # an engine bug must not crash the player's bot
                break
        return value(w)


def _mean(xs: Iterable[float]) -> float:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else -1.0


def _clip(x: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, x))
