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
from dataclasses import dataclass, field
from typing import Any

from game.bots.heuristic import HeuristicBot
from game.engine import Action, Game, IllegalAction
from game.engine.defs import (
    DIMENSIONS,
    PROFESSIONALS,
    ActionDef,
    Condition,
    Effect,
    Scenario,
)
from game.engine.game import TEAM
from game.engine.roles import DIFFICULTIES, DOMAIN, HOME_POT, PAIRS, pair_key
from game.engine.state import ActiveForce, ArrangementState, Offer, ProblemState
from game.engine.view import RoleView

RANK_VALUE = {"best": 1.0, "good": 0.6, "neutral": 0.25, "bad": 0.0}
# How likely another professional learned a fact from a move the log shows they played,
# when (by our estimate) their trust was enough, and when it was not.
P_LEARN = 0.85
P_LEARN_LOW_TRUST = 0.15
MAX_ROLLOUT_ACTIONS = 400
# Every field of the engine's GameState, each one set by Belief.sample (from the view, the
# casus or a draw). A test fails when the engine grows a field this list does not know.
WORLD_FIELDS = frozenset((
    "scenario_id", "seed", "model", "difficulty", "rng", "round", "phase", "health",
    "start_health", "problems", "knows", "signals", "learned_at", "trust", "relations", "time",
    "energy", "energy_bonus", "done", "used", "pots", "start_pots", "ledger", "consent",
    "general_consent", "requests", "offers", "arrangements", "network", "deck",
    "current_force", "pending_choice", "active", "forces_seen", "counters", "unblock_tokens",
    "grensbudget_used", "overleg_goal", "overleg_planned", "shared_frame", "bridge_lost",
    "sociale_kaart", "blocked_counts", "blocked_seen", "log", "history", "ending", "over",
    "flags"))


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


# ---------------------------------------------------------------------------- belief --


@dataclass
class Belief:
    """What one role can work out about the hidden state, from its view and the casus.

    Exact parts are copied into every world; uncertain parts carry what is needed to sample
    them (``sample`` draws one world)."""

    view: RoleView
    scenario: Scenario
    model: str
    difficulty: str
    knows: dict[str, set[str]] = field(default_factory=dict)  # certain knowledge per role
    maybe: dict[str, dict[str, float]] = field(default_factory=dict)  # role -> fact -> p
    trust: dict[str, int] = field(default_factory=dict)
    treated: set[str] = field(default_factory=set)  # problems treated since the last leven
    held: set[str] = field(default_factory=set)
    addressed_kinds: dict[str, set[str]] = field(default_factory=dict)  # kind -> domains
    escalated: dict[str, tuple[int, int]] = field(default_factory=dict)  # pid -> (n, round)
    used: set[str] = field(default_factory=set)
    drawn: list[str] = field(default_factory=list)  # forces drawn from the deck
    seen: list[str] = field(default_factory=list)  # every force resolved (drawn, injected)
    choices: dict[str, list[bool]] = field(default_factory=dict)  # force -> options taken
    shared_frame: bool = False
    bridge_lost: bool = False
    sociale_kaart: bool = False
    overleg_planned: bool = False
    cross_paid_now: bool = False
    tokens: int = 0

    @classmethod
    def from_view(cls, view: RoleView, scenario: Scenario, model: str,
                  difficulty: str) -> Belief:
        b = cls(view, scenario, model, difficulty)
        b._read()
        return b

    # ---- reading the view

    def _read(self) -> None:
        v, sc = self.view, self.scenario
        c = sc.casus
        me = v.role
        problems = {p.id: p for p in c.problems}
        self.knows = {r: set() for r in (*PROFESSIONALS, "inwoner")}
        for p in c.problems:
            for knower in p.known_to:
                self.knows[knower].add(p.id)
        self.knows["inwoner"].add("wens")
        self.maybe = {r: {} for r in PROFESSIONALS}
        self.trust = {r: int(c.start.trust.get(r, 0)) for r in PROFESSIONALS}  # type: ignore[call-overload]
        consent_general = v.general_consent and "wams" in v.flags and "avg_onzeker" not in v.flags
        # the window since the last leven phase: the moves whose treat/hold still count
        window_round = v.round if v.phase not in ("kracht",) else v.round - 1
        last_round = 0
        first_draw_done: set[int] = set()
        for rnd, phase, m in v.log:
            code = m.code
            if code == "round_start":
                last_round = rnd
            elif code == "force_drawn":
                fid = str(m.param("force"))
                self.seen.append(fid)
                if phase == "kracht" and rnd not in first_draw_done and rnd == last_round:
                    first_draw_done.add(rnd)
                    self.drawn.append(fid)
                force = sc.forces.get(fid)
                if force is not None:
                    self._force_effects(force.effects)
            elif code == "force_choice":
                fid = str(m.param("force"))
                yes = m.param("choice") == "ja"
                self.choices.setdefault(fid, []).append(yes)
                choice = sc.forces[fid].choice if fid in sc.forces else None
                if choice is not None:
                    self._force_effects((choice.yes if yes else choice.no).effects)
            elif code == "played":
                actor = str(m.param("role"))
                d = sc.actions.get(str(m.param("action")))
                if rnd == v.round and phase in ("inwoner", "professionals"):
                    self.used.add(str(m.param("action")))
                if d is None:
                    continue
                if d.id == "sociale_kaart":
                    self.sociale_kaart = True
                if actor in PROFESSIONALS:
                    self._played(actor, d, problems)
                if d.op in ("deel", "vertel") and actor != me:
                    self._told_someone(actor, me, consent_general)
                in_window = (rnd == window_round and phase in ("inwoner", "professionals"))
                for e in d.effects:
                    if e.treat:
                        self.addressed_kinds.setdefault(e.treat.kind, set()).add(
                            DOMAIN.get(actor, ""))
                        if in_window:
                            self.treated |= {p.id for p in c.problems
                                             if p.kind == e.treat.kind}
                    if e.hold and in_window:
                        self.held |= {p.id for p in c.problems if p.kind == e.hold}
            elif code in ("shared", "already_knew"):
                fact, other = str(m.param("fact")), str(m.param("other"))
                who = str(m.param("role"))
                self.knows.setdefault(other, set()).add(fact)
                self.knows.setdefault(who, set()).add(fact)
            elif code == "wish" and m.visible_to:
                for who in m.visible_to - {"inwoner"}:  # the professional who asked
                    self.knows.setdefault(who, set()).add("wens")
            elif code == "learned":
                self.knows.setdefault(str(m.param("role")), set()).add(str(m.param("fact")))
            elif code == "referred":
                by, to = str(m.param("role")), str(m.param("other"))
                if to in self.trust:
                    self.trust[to] = min(3, max(self.trust[to], 1,
                                                min(self.trust.get(by, 0), 2)))
            elif code == "trust":
                whose = str(m.param("role"))
                if whose in self.trust:
                    self.trust[whose] = int(m.param("new") or 0)
            elif code == "overleg_held":
                self._overleg(v.consent, consent_general)
            elif code == "overleg_planned":
                if rnd == v.round:
                    self.overleg_planned = True
            elif code == "shared_frame":
                self.shared_frame = True
            elif code == "bridge_lost":
                self.bridge_lost = True
            elif code == "escalation":
                pid = str(m.param("problem"))
                n, _ = self.escalated.get(pid, (0, 0))
                self.escalated[pid] = (n + 1, rnd)
        # what this role sees for itself is exact
        if me in self.knows:
            self.knows[me] = {p.id for p in v.problems} | ({"wens"} if v.wish_known else set())
        if me in PROFESSIONALS:
            self.maybe[me] = {}
        for pro in PROFESSIONALS:
            self.maybe[pro] = {fact: prob for fact, prob in self.maybe[pro].items()
                               if fact not in self.knows[pro]}
        for pro, t in v.trust.items():
            if pro in self.trust:
                self.trust[pro] = t
        # payments across the walls this round (grensbudget) and in all (unblock tokens)
        for rnd, pot, _amount, what, by in v.ledger:
            if by in HOME_POT and HOME_POT[by] != pot and f"{by}:{what}" in sc.actions:
                self.cross_paid_now |= rnd == v.round
                self.tokens = max(0, self.tokens - 1)
        # help that runs addresses the kinds it treats, for the domain of its pot
        for av in v.arrangements:
            ad = sc.arrangements.get(av.id)
            if ad is None or av.status not in ("running", "done"):
                continue
            dom = "medisch" if ad.pot in ("zvw", "wlz") and (not ad.project or av.secured) \
                else "sociaal"
            for e in ad.per_round:
                if e.treat:
                    self.addressed_kinds.setdefault(e.treat.kind, set()).add(dom)

    def _overleg(self, consent: tuple[str, ...], general: bool) -> None:
        """An overleg was held: pairs with consent (as far as we know) told each other all."""
        for key in PAIRS:
            a, b = key.split("+")
            if key in consent or general:
                union = self.knows[a] | self.knows[b]
                self.knows[a] |= union
                self.knows[b] |= union
                for fact in set(self.maybe[a]) | set(self.maybe[b]):
                    prob = max(self.maybe[a].get(fact, 0.0), self.maybe[b].get(fact, 0.0))
                    self.maybe[a][fact] = self.maybe[b][fact] = prob

    def _force_effects(self, effects: Iterable[Effect]) -> None:
        """The public effects of a force (or a force choice) on what we estimate."""
        for e in effects:
            if e.all_trust:
                for r in PROFESSIONALS:
                    self.trust[r] = _clip(self.trust[r] + e.all_trust, 0, 3)
            if e.unblock_tokens:
                self.tokens += e.unblock_tokens

    def _told_someone(self, actor: str, me: str, general: bool) -> None:
        """``actor`` shared or told a fact; not to us (we would have seen it): spread the
        chance over every fact it may know and every other professional who may hear it."""
        facts = set(self.knows[actor]) | {
            f for f, p in self.maybe.get(actor, {}).items() if p >= 0.5}
        options = [(f, r) for r in PROFESSIONALS if r not in (actor, me)
                   if actor == "inwoner" or general
                   or pair_key(actor, r) in self.view.consent
                   for f in sorted(facts) if f not in self.knows[r]]
        for f, r in options:
            old = self.maybe[r].get(f, 0.0)
            self.maybe[r][f] = 1 - (1 - old) * (1 - 1 / len(options))

    def _played(self, actor: str, d: ActionDef, problems: dict[str, Any]) -> None:
        """Another professional played ``d``: what it may have learned, and its trust."""
        c = self.scenario.casus
        if actor == self.view.role:
            return
        # effects in their order (a trust effect helps an ask after it), then signals
        trust = self.trust[actor]
        finds: list[tuple[str, int, int]] = []  # fact, trust needed, trust then
        for e in d.effects:
            if e.trust and e.trust.role in ("actor", actor):
                trust = _clip(trust + e.trust.by, 0, 3)
            if e.ask:
                for pid in self.knows["inwoner"]:
                    pd = problems.get(pid)
                    if pd is not None and (e.ask == "alles" or pd.domain in (e.ask, "beide")):
                        finds.append((pid, pd.sensitivity, trust))
            if e.ask_wish:
                finds.append(("wens", c.wish.min_trust, trust))
        if d.op == "generic":
            for sig in c.signals:
                if d.id in sig.found_by:
                    finds.append((sig.problem, sig.min_trust, trust))
        self.trust[actor] = trust
        for fact, need, then in finds:
            if fact in self.knows[actor]:
                continue
            if self.view.role == "inwoner":  # the inwoner knows what it told, and to whom
                p = 1.0 if then >= need else 0.0
            else:
                p = P_LEARN if then >= need else P_LEARN_LOW_TRUST
            self.maybe[actor][fact] = 1 - (1 - self.maybe[actor].get(fact, 0.0)) * (1 - p)

    # ---- sampling a world

    def sample(self, rng: random.Random) -> Game:
        """One determinized game: the view's visible parts, sampled hidden parts."""
        v, sc = self.view, self.scenario
        c = sc.casus
        world = Game(sc, rng.randrange(2**31), self.model, self.difficulty)
        s = world.state
        s.rng = random.Random(rng.randrange(2**31))
        s.round, s.phase = v.round, v.phase
        known_here = {p.id: p for p in v.problems}
        # health: what the role sees is exact; the rest starts from the casus, with noise
        s.start_health = {str(d): int(x) for d, x in c.start.health.items()}
        s.start_health.update(v.start_health)
        for d in DIMENSIONS:
            if d in v.health:
                s.health[d] = v.health[d]
            else:
                s.health[d] = _clip(self._guess_health(d) + rng.choice((-1, 0, 0, 1)), 0, 10)
        # problems: known ones exact; unknown ones from the casus start, grown, with noise
        levens = v.round - (1 if v.phase == "kracht" else 0)
        for p in c.problems:
            n_esc, esc_round = self.escalated.get(p.id, (0, 0))
            ge = p.grow_every or 0
            if p.id in known_here:
                sev = known_here[p.id].severity
            else:
                base = p.severity if not n_esc or p.escalation is None else p.escalation.reset_to
                since = levens - (esc_round if n_esc else 0)
                sev = base + (since // ge if ge else 0) + rng.choice((-1, 0, 0, 1))
                if p.id in self.treated:
                    sev -= 1
                sev = _clip(sev, 0, 4 if p.escalation is not None else 5)
            ps = ProblemState(sev, p.severity)
            ps.since_growth = rng.randrange(ge) if ge else 0
            ps.treated = p.id in self.treated
            ps.held = p.id in self.held
            ps.addressed = bool(self.addressed_kinds.get(p.kind, set()) & (
                {"medisch", "sociaal"} if p.domain == "beide" else {p.domain}))
            ps.escalations = n_esc
            s.problems[p.id] = ps
        # dossiers
        for r in (*PROFESSIONALS, "inwoner"):
            facts = set(self.knows.get(r, set()))
            for fact, prob in sorted(self.maybe.get(r, {}).items()):
                if rng.random() < prob:
                    facts.add(fact)
            s.knows[r] = facts
            s.learned_at[r] = {f: 0 for f in facts}
            s.signals[r] = []
        if v.role in s.signals:
            s.signals[v.role] = list(v.signals)
            s.learned_at[v.role] = {p.id: p.learned_round for p in v.problems}
        # the table
        s.trust = dict(self.trust)
        s.relations = dict(v.relations)
        s.time = dict(v.times)
        s.done = set(v.done)
        s.used = set(self.used)
        s.pots = dict(v.pots)
        s.start_pots = dict(v.start_pots)
        s.ledger = []
        s.consent = set(v.consent)
        s.general_consent = v.general_consent
        s.requests = list(v.requests)
        s.offers = [Offer(i, k, by) for i, k, by in v.offers]
        s.arrangements = {
            a.id: ArrangementState(a.id, a.offered_by, a.status, a.wait_left, a.rounds_run,
                                   a.rounds_run, a.secured)
            for a in v.arrangements}
        s.network = dict(v.network)
        s.deck = self._sample_deck(rng)
        s.current_force = v.current_force
        s.pending_choice = v.pending_choice
        s.active = self._active_forces()
        s.forces_seen = list(self.seen)
        s.counters = dict(v.counters)
        s.unblock_tokens = self.tokens
        s.grensbudget_used = self.cross_paid_now
        s.overleg_planned = self.overleg_planned
        s.overleg_goal = None
        s.shared_frame = self.shared_frame
        s.bridge_lost = self.bridge_lost
        s.sociale_kaart = self.sociale_kaart
        s.blocked_counts = {}
        s.blocked_seen = set()
        s.log = []
        s.history = []
        s.ending, s.over = v.ending, v.over
        s.energy = v.energy if v.energy is not None else self._guess_energy(s.health)
        s.energy_bonus = 0
        # the derived rule tables of our own private world (engine proposal: a public
        # Game.refresh() or Game.from_state())
        world._recompute_flags()
        world._events = []
        return world

    def _guess_health(self, dim: str) -> int:
        """A dimension this role cannot see: the start, minus what known drains took."""
        c = self.scenario.casus
        start = next(int(x) for d, x in c.start.health.items() if d == dim)
        levens = max(0, self.view.round - (1 if self.view.phase == "kracht" else 0))
        drains = sum(1 for p in c.problems if dim in p.drains and p.severity >= p.drain_from)
        return start - min(levens * drains // 2, start)

    def _guess_energy(self, health: dict[str, int]) -> int:
        c = self.scenario.casus
        e = c.start.energy - (1 if health["mentaal_welbevinden"] <= 3 else 0)
        if any(self.view.network.get(n.id) and n.kind == "ervaringsdeskundige"
               for n in c.network):
            e += 1
        return max(1, e)

    def _sample_deck(self, rng: random.Random) -> list[str]:
        """The rest of the force deck: the casus's deck recipe minus the cards drawn."""
        sc = self.scenario
        c = sc.casus
        ids = c.deck if c.deck is not None else list(sc.forces)
        blocking = sorted(i for i in ids if sc.forces[i].kind == "belemmerend")
        enabling = sorted(i for i in ids if sc.forces[i].kind == "bevorderend")
        n_block = min(len(blocking), round(DIFFICULTIES[self.difficulty] * c.rounds / 8))
        n_enable = min(len(enabling), c.rounds - n_block)
        drawn = set(self.drawn)
        drawn_block = sum(1 for f in self.drawn if f in blocking)
        drawn_enable = sum(1 for f in self.drawn if f in enabling)
        left_block = [f for f in blocking if f not in drawn]
        left_enable = [f for f in enabling if f not in drawn]
        nb = _clip(n_block - drawn_block, 0, len(left_block))
        ne = _clip(n_enable - drawn_enable, 0, len(left_enable))
        deck = rng.sample(left_block, nb) + rng.sample(left_enable, ne)
        rng.shuffle(deck)
        return deck

    def _active_forces(self) -> list[ActiveForce]:
        sc = self.scenario
        taken: dict[str, int] = {}
        out: list[ActiveForce] = []
        for af in self.view.active_forces:
            f = sc.forces.get(af.id)
            if f is None:
                continue
            options = []
            if f.modifiers.flags or f.modifiers.wait or f.modifiers.extra_time or \
                    f.modifiers.block:
                options.append(f.modifiers)
            if f.choice is not None:
                for yes in self.choices.get(f.id, []):
                    options.append((f.choice.yes if yes else f.choice.no).modifiers)
            i = taken.get(af.id, 0)
            taken[af.id] = i + 1
            m = options[i] if i < len(options) else f.modifiers
            out.append(ActiveForce(af.id, af.kind, af.rounds_left, tuple(m.flags),
                                   tuple(m.wait.items()), tuple(m.extra_time.items()),
                                   tuple(m.block)))
        return out


def determinize(view: RoleView, scenario: Scenario, rng: random.Random, *,
                model: str = "netwerkmodel", difficulty: str = "normaal") -> Game:
    """A private game consistent with ``view``: visible parts copied, hidden parts sampled.

    Built from the view, the public scenario content and the public set-up only; the real
    game is never touched."""
    return Belief.from_view(view, scenario, model, difficulty).sample(rng)


# ----------------------------------------------------------------------- copy & value --


def clone(world: Game) -> Game:
    """A cheap copy of a private world (the scenario and derived tables are shared)."""
    g = Game.__new__(Game)
    g.__dict__.update(world.__dict__)
    g._s = _dup(world.state)
    g._events = []
    return g


def _dup(x: Any) -> Any:
    t = type(x)
    if t in (int, str, bool, float, tuple, frozenset) or x is None:
        return x
    if t is list:
        return [_dup(i) for i in x]
    if t is dict:
        return {k: _dup(i) for k, i in x.items()}
    if t is set:
        return set(x)
    if t is random.Random:
        r = random.Random()
        r.setstate(x.getstate())
        return r
    slots = getattr(t, "__slots__", None)
    if slots is not None and hasattr(t, "__dataclass_fields__"):
        new = object.__new__(t)
        for name in slots:
            object.__setattr__(new, name, _dup(getattr(x, name)))
        return new
    return x  # frozen values (messages)


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
    if world._cond(c, TEAM):
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
