"""Phases, rounds and endings: the automatic parts of a round (the force card, the leven
phase where problems grow and help works, the overleg, the afronding that pays and ends
forces) and how a game ends. Functions of a Game (``Game`` binds each one as a method of the
same name with a leading underscore).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.defs import CasusDef, DimBy, Effect, ForceDef, Modifiers
from game.engine.effects import Ctx
from game.engine.payments import payer
from game.engine.roles import DIFFICULTIES, PAIRS, PROFESSIONALS, TEAM
from game.engine.state import ActiveForce

if TYPE_CHECKING:
    from game.engine.game import Game


def active(fid: str, kind: str, rounds: int | None, m: Modifiers) -> ActiveForce:
    """A force (or the model) in play with these modifiers."""
    return ActiveForce(fid, kind, rounds, tuple(m.flags), tuple(m.wait.items()),
                       tuple(m.extra_time.items()), tuple(m.block))


def treat_kinds(effects: list[Effect]) -> tuple[str, ...]:
    """The problem kinds these effects treat or hold (for the ledger)."""
    return tuple(e.treat.kind for e in effects if e.treat) + tuple(
        e.hold for e in effects if e.hold)


def advance(g: Game) -> None:
    s = g._s
    while not s.over:
        if s.phase == "kracht":
            if s.pending_choice:
                return
            s.phase = "leven"
            g._leven()
            if s.over:
                return
            s.phase = "inwoner"
            s.done.clear()
            g._count_blocks(("inwoner",))
        elif s.phase == "inwoner":
            if "inwoner" not in s.done:
                return
            s.phase = "professionals"
            g._count_blocks(PROFESSIONALS)
        elif s.phase == "professionals":
            if any(r not in s.done for r in PROFESSIONALS):
                return
            if s.overleg_planned or g._flag("gratis_overleg"):
                s.phase = "overleg"
                g._overleg()
            s.phase = "afronding"
            g._afronding()
            if s.over:
                return
            s.round += 1
            g._start_round()
        else:  # pragma: no cover - automatic phases never rest
            return


def start_round(g: Game, first: bool = False) -> None:
    g.before_round()
    s = g._s
    c = g.scenario.casus
    s.phase = "kracht"
    s.time = {r: c.start.time for r in PROFESSIONALS}
    s.done = set()
    s.used = set()
    s.grensbudget_used = False
    s.overleg_planned = False
    s.overleg_goal = None
    g._emit("round_start", round=s.round)
    if s.deck and s.deck[0] in s.struck:
        fid = s.deck.pop(0)
        s.current_force = None
        g._emit("force_struck", force=fid)
    elif s.deck:
        fid = s.deck.pop(0)
        s.current_force = fid
        g._emit("force_drawn", force=fid)
        g._resolve_force(g.scenario.forces[fid])
    else:
        s.current_force = None
    g._check_immediate()


def resolve_force(g: Game, f: ForceDef, injected: bool = False) -> None:
    s = g._s
    s.forces_seen.append(f.id)
    cause = ("force", f.id) if g.scenario.casus.format >= 3 else None
    for e in f.effects:
        g._effect(e, Ctx("inwoner", None, None, None, force=f.id, cause=cause))
    if f.modifiers != Modifiers():
        # an immediate card's modifiers hold for the rest of this round
        rounds = None if f.duration == "lasting" else (
            1 if f.duration == "immediate" else int(f.duration))
        g._add_active(active(f.id, f.kind, rounds, f.modifiers))
    if f.choice is not None:
        if injected and (s.phase != "kracht" or s.pending_choice):
            # an injected choice mid-round is decided at once with the default "no"
            pending, s.pending_choice = s.pending_choice, f.id
            g._choose(False)
            s.pending_choice = pending
        else:
            s.pending_choice = f.id


def choose(g: Game, yes: bool) -> None:
    s = g._s
    f = g.scenario.forces[s.pending_choice or ""]
    s.pending_choice = None
    assert f.choice is not None
    option = f.choice.yes if yes else f.choice.no
    g._emit("force_choice", force=f.id, choice="ja" if yes else "nee")
    for e in option.effects:
        g._effect(e, Ctx("inwoner", None, None, None))
    if option.modifiers != Modifiers():
        dur = option.duration
        g._add_active(active(f.id, f.kind, dur, option.modifiers))


def _help_effect(g: Game, e: Effect, ctx: Ctx, weaker: bool) -> None:
    """An effect of running help; help that ignores the wish (format 6, lesson L3) gains
    1 less health with each of its health effects (a gain of 1 is lost)."""
    if weaker and e.key == "health" and e.health is not None and e.health.by > 0:
        if e.health.by > 1:
            g._effect(Effect(health=DimBy(dim=e.health.dim, by=e.health.by - 1)), ctx)
        return
    g._effect(e, ctx)


def leven(g: Game) -> None:
    s = g._s
    c = g.scenario.casus
    # format 3: every health change of the leven phase is told with its cause, and the web
    # moves step by step: help gives each dimension at most 1 a round (all help together)
    f3 = c.format >= 3
    if f3:
        g._gain_room = {}
    # arrangements and network resources do their work
    for arr in list(s.arrangements.values()):
        d = g.scenario.arrangements[arr.id]
        if arr.status == "waiting":
            if arr.wait_left <= 0:
                arr.status = "running"
                g._emit("arr_started", what=arr.id)
            else:
                arr.wait_left -= 1
                continue
        if arr.status != "running":
            continue
        pot = d.pot if not d.project or arr.secured else None
        ctx = Ctx(arr.offered_by, None, pot or "project",
                   "medisch" if pot in ("zvw", "wlz") else "sociaal", arrangement=True,
                   cause=("arrangement", arr.id) if f3 else None)
        weaker = arr.id in s.ignored_wish
        for e in d.per_round:
            _help_effect(g, e, ctx, weaker)
        arr.rounds_run += 1
        if d.duration and arr.rounds_run >= d.duration:
            arr.status = "done"
            g._emit("arr_done", what=arr.id)
            for e in d.on_done:
                _help_effect(g, e, ctx, weaker)
    for n in c.network:
        if s.network[n.id] and g._strained(n.id):
            # a worn-out carer (casus ``strained_by``): the resource gives nothing now
            g._emit("strained", visible_to=g._knowers(n.strained_by.problem)
                    if n.strained_by else None, what=n.id)
        elif s.network[n.id]:
            ctx = Ctx("inwoner", None, None, "sociaal", arrangement=True,
                      cause=("network", n.id) if f3 else None)
            for e in n.per_round:
                g._effect(e, ctx)
            if n.community and g._flag("gemeenschap"):
                g._health("meedoen", 1, ("community", n.id) if f3 else None)
    # problems grow, feed each other, drain health
    fed_now = {fed for pid, p in s.problems.items() if p.severity >= 4
               for fed in g._problems[pid].feeds}
    for pid, p in s.problems.items():
        pd = g._problems[pid]
        if p.treated or p.held:
            p.since_growth = 0
            continue
        # a problem fed by another one at 4+ grows twice as fast
        p.since_growth += 2 if pid in fed_now else 1
        if pd.grow_every and p.since_growth >= pd.grow_every and p.severity < 5:
            p.since_growth = 0
            g._severity(pid, 1)
    start: dict[str, int] = {str(k): v for k, v in g.scenario.casus.start.health.items()}
    recovering: dict[str, str] = {}  # dimension -> the (first) problem that gives it back
    drained: set[str] = set()
    heaviest: dict[str, tuple[int, str]] = {}  # (format 3) dimension -> (drain, problem)
    for pid, p in s.problems.items():
        pd = g._problems[pid]
        if p.severity >= pd.drain_from:
            drained.update(pd.drains)
            if f3 and (p.treated or p.held):
                continue  # format 3: someone works on it: it does not drain this round
            for dim in pd.drains:
                by = -2 if p.severity >= 5 else -1
                if not f3:
                    g._health(dim, by)
                elif by < heaviest.get(dim, (0, ""))[0]:
                    heaviest[dim] = (by, pid)
        elif p.addressed:
            for dim in pd.drains:
                recovering.setdefault(dim, pid)
    # format 3: a dimension loses what its heaviest problem drains (problems do not add up)
    for drained_dim, (by, pid) in heaviest.items():
        g._health(drained_dim, by, ("problem", pid))
    # recovery: a problem its own domain tackled, now below where it drains, gives back
    # what it took: each dimension it drains comes back 1 a round, up to where it started
    # (unless another problem still drains it)
    for back in sorted(set(recovering) - drained - set(c.decline)):
        if s.health[back] < start.get(back, 0):
            g._health(back, 1, ("recovery", recovering[back]) if f3 else None)
    g._gain_room = None
    # time runs out (casus ``decline``): the illness takes its course, whatever anyone does
    if c.decline and s.round % c.decline_every == 0:
        for dim in c.decline:
            g._health(dim, -1, ("decline", "inwoner") if f3 else None)
    # a development window closes: help no longer lowers the problem (casus ``window``)
    for pid, pd in g._problems.items():
        if pd.window is not None and s.round == pd.window + 1:
            g._emit("window_closed", visible_to=g._knowers(pid), problem=pid)
    # a deadline from outside passes (a problem's ``deadline``): nobody addressed it in time
    for pid, pd in g._problems.items():
        if pd.deadline is not None and s.round == pd.deadline.round + 1 and not s.problems[
                pid].addressed:
            g._emit("deadline", visible_to=g._knowers(pid), deadline=pid, problem=pid,
                    round=pd.deadline.round)
            for e in pd.deadline.effects:
                g._effect(e, Ctx("inwoner", pid, None, None,
                                 cause=("deadline", pid) if f3 else None))
    # mood episodes (casus ``energy_cycle``): the start of a good period (more energy than
    # start.energy) or a low one (less) is told; a return to the usual level is not
    if c.energy_cycle and s.round > 1:
        base = c.start.energy
        now, before = cycle_energy(c, s.round), cycle_energy(c, s.round - 1)
        level, was = (now > base) - (now < base), (before > base) - (before < base)
        if level != was and level > 0:
            g._emit("mood_up")
        elif level != was and level < 0:
            g._emit("mood_down")
    # loneliness-type problems bring the inwoner to the GP
    lonely = [pid for pid, p in s.problems.items()
              if g._problems[pid].gp_visits and not p.addressed and p.severity >= 1]
    visits = (1 if lonely else 0) + (1 if g._flag("medische_taal") else 0)
    visit = c.gp_visit
    for _ in range(visits):
        g._emit("gp_visit")
        g._counter("gp_visits", 1)
        g._charge(visit.pot, visit.cost, visit.ledger, "leven", ())
        # format 3: a visit for a problem nobody addressed is medicalisation, whoever
        # knows it (the old rule asked the sociaal werker's dossier, which the public
        # counter then gave away)
        if f3 or not any(pid in s.knows["sociaal_werker"] for pid in lonely) or not lonely:
            g._counter("medicalisation", 1)
    # escalations
    for pid, p in s.problems.items():
        if p.severity >= 5 and not s.over:
            g._escalate(pid)
    # format 3: a problem at 4 that can escalate warns those who know it: a crisis is near
    if f3 and not s.over:
        for pid, p in s.problems.items():
            if p.severity == 4 and g._problems[pid].escalation is not None:
                g._emit("crisis_near", visible_to=g._knowers(pid), problem=pid)
    for p in s.problems.values():
        p.treated = False
        p.held = False
    s.energy = max(0, g._energy() + s.energy_bonus)
    s.energy_bonus = 0


def cycle_energy(c: CasusDef, rnd: int) -> int:
    """The inwoner's energy in this round before health and network change it: the
    casus's ``energy_cycle`` (round 1 its first value, over and over) or start.energy."""
    cycle = c.energy_cycle
    return cycle[(rnd - 1) % len(cycle)] if cycle else c.start.energy


def energy(g: Game) -> int:
    s = g._s
    e = cycle_energy(g.scenario.casus, s.round)
    if s.health["mentaal_welbevinden"] <= 3:
        e -= 1
    e += max((n.energy for n in g.scenario.casus.network if s.network[n.id]
              and not g._strained(n.id)), default=0)
    return max(1, e)


def strained(g: Game, nid: str) -> bool:
    """Whether this network resource's carer is worn out now (its ``strained_by``
    problem is at its ``at`` or more): then it gives nothing."""
    st = g._network[nid].strained_by
    return st is not None and g._s.problems[st.problem].severity >= st.at


def escalate(g: Game, pid: str) -> None:
    s = g._s
    pd = g._problems[pid]
    esc = pd.escalation
    if esc is None:
        return
    p = s.problems[pid]
    p.escalations += 1
    g._emit("escalation", problem=pid)
    if esc.pot and esc.cost:
        g._charge(esc.pot, esc.cost, f"escalatie:{pid}", "leven", (pd.kind,))
    f3 = g.scenario.casus.format >= 3
    if f3 and esc.counter != "crises":
        g._counter("crises", 1)  # format 3: every escalation is a crisis on the end screen
    if esc.counter:
        g._counter(esc.counter, 1)
    for e in esc.effects:
        g._effect(e, Ctx("inwoner", pid, None, None, cause=("crisis", pid) if f3 else None))
    before = p.severity
    p.severity = esc.reset_to
    if p.severity != before:  # after the crisis the problem is back to this severity
        g._emit("severity", visible_to=g._knowers(pid), problem=pid, old=before,
                   new=p.severity)
    if esc.ending:
        g._end(esc.ending)


def overleg(g: Game) -> None:
    s = g._s
    g._emit("overleg_held")
    for key in PAIRS:
        a, b = key.split("+")
        if g.scenario.casus.format >= 3:  # consent can depend on the fact (WGBO, Wams)
            a_to_b = [f for f in sorted(s.knows[a] - s.knows[b])
                      if g._check_consent(a, b, f) is None]
            b_to_a = [f for f in sorted(s.knows[b] - s.knows[a])
                      if g._check_consent(b, a, f) is None]
            for fact in a_to_b:
                g._learn(b, fact)
            for fact in b_to_a:
                g._learn(a, fact)
        elif g._check_consent(a, b) is None:
            for fact in sorted(s.knows[a] - s.knows[b]):
                g._learn(b, fact)
            for fact in sorted(s.knows[b] - s.knows[a]):
                g._learn(a, fact)
        g._relation(a, b, 1)
    if not s.shared_frame:
        s.shared_frame = True
        g._recompute_flags()
        g._emit("shared_frame")
    goal = s.overleg_goal
    if goal and all(goal in s.knows[r] for r in PROFESSIONALS):
        if not g._window_closed(goal):
            g._severity(goal, -1)
        s.problems[goal].treated = True
        s.problems[goal].addressed = True
    s.overleg_planned = False
    s.overleg_goal = None


def afronding(g: Game) -> None:
    s = g._s
    for arr in s.arrangements.values():
        if arr.status not in ("running", "done") or arr.paid_rounds >= arr.rounds_run:
            continue
        arr.paid_rounds = arr.rounds_run
        d = g.scenario.arrangements[arr.id]
        if d.project and not arr.secured:
            continue
        if d.pot is None and not d.project:
            continue  # a free arrangement (sociale basis)
        pot = d.pot or "wmo"
        cost = d.cost_per_round
        if d.sociale_basis and g._flag("ravijnjaar") and not g._flag(
                "sociale_basis_garantie"):
            cost += 1
        if cost:
            if s.pots[payer(g, pot, arr.id, arr.offered_by, cost)] < cost:
                arr.status = "stopped"
                g._emit("arr_stopped", what=arr.id, why="pot_leeg")
                continue
            g._charge(pot, cost, arr.id, arr.offered_by, treat_kinds(d.per_round))
    if g._flag("ravijnjaar") and not g._flag("sociale_basis_garantie"):
        for n in g.scenario.casus.network:
            if n.community and s.network[n.id]:
                if g._flag("leunt_op_sociale_basis"):  # (a flag only newer content has)
                    g._set_network(n.id, False)  # the model breaks: the places close
                elif s.pots["wmo"] >= 1:
                    g._charge("wmo", 1, n.id, "leven", ())
                else:
                    g._set_network(n.id, False)
    still = []
    changed = False
    for f in s.active:
        if f.rounds_left is not None:
            f.rounds_left -= 1
            if f.rounds_left <= 0:
                g._emit("force_ended", force=f.id)
                changed = True
                continue
        still.append(f)
    s.active = still
    if changed:
        g._recompute_flags()
    g._check_immediate()
    if not s.over and s.round >= g.scenario.casus.rounds:
        g._finish(final=True)


# (format 3) the web has collapsed below this mean of the six dimensions: no ending may say
# the inwoner is doing well or holding on
COLLAPSE = 2.0


def finish(g: Game, final: bool) -> None:
    endings = g.scenario.casus.endings
    if g.scenario.casus.format >= 3:
        h = g._s.health
        if sum(h.values()) / max(1, len(h)) < COLLAPSE:
            bad = next((e for e in endings if e.rank == "bad" and e.when == "end"), None)
            if bad is not None:
                g._end(bad.id)
                return
    # (format 4) a good or best ending says the inwoner is doing better: not while the web is
    # lower than it was at the start (issue 12: "Weer op de rit" with health 4.7 -> 4.5)
    # (a casus with ``decline``: those dimensions fall by themselves and do not count here)
    kept = [d for d in g._s.health if d not in g.scenario.casus.decline]
    worse = g.scenario.casus.format >= 4 and (
        _mean({d: g._s.health[d] for d in kept})
        < _mean({d: g._s.start_health[d] for d in kept}))
    for e in endings:
        if worse and e.rank in ("best", "good"):
            continue
        if e.when == "end" and (e.condition is None or g._cond(e.condition, TEAM)):
            g._end(e.id)
            return
    g._end(endings[-1].id)


def _mean(h: dict[str, int]) -> float:
    return sum(h.values()) / max(1, len(h))


def end(g: Game, ending: str) -> None:
    s = g._s
    if s.over:
        return
    s.ending = ending
    s.over = True
    s.phase = "einde"
    g._emit("ending", ending=ending)


def check_immediate(g: Game) -> None:
    if g._s.over:
        return
    for e in g.scenario.casus.endings:
        if e.when == "immediate" and e.condition is not None and g._cond(
                e.condition, TEAM):
            g._end(e.id)
            return


def build_deck(g: Game) -> list[str]:
    s = g._s
    c = g.scenario.casus
    ids = c.deck if c.deck is not None else list(g.scenario.forces)
    blocking = sorted(i for i in ids if g.scenario.forces[i].kind == "belemmerend")
    enabling = sorted(i for i in ids if g.scenario.forces[i].kind == "bevorderend")
    n_block = min(len(blocking), round(DIFFICULTIES[s.difficulty] * c.rounds / 8))
    n_enable = min(len(enabling), c.rounds - n_block)
    deck = s.rng.sample(blocking, n_block) + s.rng.sample(enabling, n_enable)
    s.rng.shuffle(deck)
    # scheduled cards go to their round; nothing else moves (no draw from the RNG, so a
    # casus without a schedule deals exactly as before)
    for fid, rnd in sorted(c.schedule.items(), key=lambda item: (item[1], item[0])):
        i = rnd - 1
        if fid in deck:
            j = deck.index(fid)
            if i < len(deck):
                deck[i], deck[j] = deck[j], deck[i]
        elif i < len(deck):
            deck[i] = fid  # the card that was dealt for that round is left out
        else:
            deck.append(fid)
    return deck


def window_closed(g: Game, pid: str) -> bool:
    """Whether the development window of this problem (its ``window``: the last round in
    which help lowers it) has closed."""
    w = g._problems[pid].window
    return w is not None and g._s.round > w


def misread(g: Game, pid: str, actor: str) -> bool:
    """Whether help for this problem from ``actor`` is misread: another problem that looks
    like it (its ``looks_like``) is at its ``drain_from`` or more and ``actor`` does not
    know it. The helper is told that the help does not take."""
    s = g._s
    for qid, qd in g._problems.items():
        if (qd.looks_like == pid and s.problems[qid].severity >= qd.drain_from
                and qid not in s.knows.get(actor, ())):
            if pid in s.knows.get(actor, ()):  # (told only to a helper who knows it)
                g._emit("misread", visible_to=frozenset((actor,)), problem=pid)
            return True
    return False
