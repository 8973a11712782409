"""Determinisation: a full, consistent game from what one role knows (OpenSpiel's
``ResampleFromInfostate``).

A bot that plans (the search bot, the coach through it) must not look inside the real game.
From one role's view, the public scenario content and the public set-up (organisation model,
difficulty), ``Belief`` works out what that role can know about the hidden state, and
``Belief.sample(rng)`` (or ``determinize``) builds a private game whose visible parts are
copied from the view and whose hidden parts (the severities of problems the role does not
know, the other roles' dossiers and trust, the health it cannot see, the rest of the force
deck, the random generator) are drawn from that belief. The real game is never touched, so
two games that look the same to a role give the same worlds for the same random numbers.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from game.engine.defs import ActionDef, Effect, Scenario
from game.engine.game import Game
from game.engine.phases import cycle_energy
from game.engine.roles import (
    DIFFICULTIES,
    DIMENSIONS,
    DOMAIN,
    HOME_POT,
    PAIRS,
    PROFESSIONALS,
    pair_key,
    pair_roles,
)
from game.engine.state import ActiveForce, ArrangementState, GameState, Offer, ProblemState
from game.engine.view import RoleView

# How likely another professional learned a fact from a move the log shows they played,
# when (by our estimate) their trust was enough, and when it was not.
P_LEARN = 0.85
P_LEARN_LOW_TRUST = 0.15
# Every field of GameState, each one set by Belief.sample (from the view, the casus or a
# draw). A test fails when the state grows a field this list does not know.
WORLD_FIELDS = frozenset((
    "scenario_id", "seed", "model", "difficulty", "rng", "round", "phase", "health",
    "start_health", "problems", "knows", "signals", "learned_at", "trust", "relations", "time",
    "energy", "energy_bonus", "done", "used", "pots", "start_pots", "ledger", "consent",
    "general_consent", "requests", "offers", "arrangements", "network", "deck",
    "current_force", "pending_choice", "active", "forces_seen", "counters", "unblock_tokens",
    "grensbudget_used", "overleg_goal", "overleg_planned", "shared_frame", "bridge_lost",
    "sociale_kaart", "blocked_counts", "blocked_seen", "log", "history", "ending", "over",
    "flags", "struck", "model_now", "ignored_wish"))


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
    struck: list[str] = field(default_factory=list)  # forces the facilitator took out
    ignored_wish: set[str] = field(default_factory=set)  # (format 6) offers told so
    model_now: str | None = None  # the model the facilitator switched to

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
            elif code == "offer_ignores_wish":
                self.ignored_wish.add(str(m.param("what")))
            elif code == "force_struck":
                if str(m.param("force")) not in self.struck:
                    self.struck.append(str(m.param("force")))
            elif code == "model_changed":
                mid = str(m.param("model"))
                self.model_now = None if mid == self.model else mid
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
                if any(e.sociale_kaart for e in d.effects):
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
            a, b = pair_roles(key)
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
        s: GameState = world._s
        s.rng = random.Random(rng.randrange(2**31))
        s.struck = list(self.struck)
        s.ignored_wish = set(self.ignored_wish)
        if self.model_now is not None and self.model_now in sc.models:
            world._switch_model(self.model_now)
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
        # the derived rule tables of the new world
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
        e = cycle_energy(c, self.view.round) - (1 if health["mentaal_welbevinden"] <= 3 else 0)
        e += max((n.energy for n in c.network if self.view.network.get(n.id)), default=0)
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



def dup_state(x: Any) -> Any:
    """A deep copy of a state (or a part of it) that shares the immutable values."""
    t = type(x)
    if t in (int, str, bool, float, tuple, frozenset) or x is None:
        return x
    if t is list:
        return [dup_state(i) for i in x]
    if t is dict:
        return {k: dup_state(i) for k, i in x.items()}
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
            object.__setattr__(new, name, dup_state(getattr(x, name)))
        return new
    return x  # frozen values (messages)



def _clip(x: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, x))
