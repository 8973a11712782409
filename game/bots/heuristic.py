"""A rule-of-thumb bot: ask what matters, visit, share what consent allows, refer to the right
domain, offer help that fits what it knows, secure arrangements.

It sees only its role's view, its legal actions and the public content (action and
arrangement definitions), like a student reading the cards on the table. Every fact it knows
may be offered to every other role (whether they know it already is hidden), so it keeps
track, from the events in its own log, of what the others know or may have heard
(``_Dossiers``) and does not spend time telling them again.

Speed matters (the balance simulator plays thousands of games with it, and the search bot
plays it in every rollout): what follows from the public content alone is worked out once
per scenario (``_Public``), what follows from one view once per view (``_Seen``), and the
log, which only grows, is read once (``_Dossiers`` reads the new events of each view).
"""

from __future__ import annotations

import random

from game.engine import Action, Game
from game.engine.defs import ActionDef, Scenario
from game.engine.roles import DOMAIN, PAIRS, PROFESSIONALS, pair_key, pair_roles
from game.engine.view import RoleView

# A share of something the other knows already (as far as this role can tell) wastes time:
# below klaar, so it is never played.
KNOWN_SHARE = -3
# A share of something the other may have heard (it played a card that asks about it): later.
MAYBE_SHARE = 2


class HeuristicBot:
    name = "heuristic"

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self._seen_view: RoleView | None = None
        self._seen: _Seen | None = None
        self._dossiers: dict[str, _Dossiers] = {}  # per role: what it can tell others know

    def choose(self, game: Game, role: str) -> Action:
        actions = game.legal_actions(role)
        if not actions:
            raise ValueError(f"{role} has no legal action now")
        view = game.view(role)
        pub = _public(game.scenario)
        seen = self._look(pub, view)
        rnd, cards = self.rng.random, pub.cards
        # the best score wins; a random number (one per action, in order) breaks ties
        # (the same as _score, unrolled: this is the simulator's innermost loop)
        keys = []
        for a in actions:
            card = cards.get((a.role, a.name))
            if a.name == "kies":
                x = 1.0 if a.arg == "ja" else 0.0
            elif card is None:
                x = -1.0
            elif a.role == "inwoner":
                x = self._inwoner(pub, seen, view, a, card)
            else:
                x = self._professional(pub, seen, view, a, card)
            keys.append((x, rnd()))
        best = 0
        for i in range(1, len(keys)):
            if keys[i] > keys[best]:
                best = i
        return actions[best]

    def score(self, game: Game, v: RoleView, a: Action) -> float:
        """How much this bot likes action ``a`` for the role whose view ``v`` is."""
        pub = _public(game.scenario)
        return self._score(pub, self._look(pub, v), v, a)

    def _score(self, pub: _Public, seen: _Seen, v: RoleView, a: Action) -> float:
        if a.name == "kies":
            return 1.0 if a.arg == "ja" else 0.0
        card = pub.cards.get((a.role, a.name))
        if card is None:
            return -1.0
        if a.role == "inwoner":
            return self._inwoner(pub, seen, v, a, card)
        return self._professional(pub, seen, v, a, card)

    def _look(self, pub: _Public, v: RoleView) -> _Seen:
        """What this view says, worked out once per view."""
        if self._seen_view is not v or self._seen is None or self._seen.pub is not pub:
            d = self._dossiers.get(v.role)
            if d is None or not d.continues(pub, v):
                d = self._dossiers[v.role] = _Dossiers(pub, v.role)
            d.read(v)
            self._seen = _Seen(pub, v, d.known_by, d.maybe_by)
            self._seen_view = v
        return self._seen

    def _inwoner(self, pub: _Public, seen: _Seen, v: RoleView, a: Action, card: _Card) -> float:
        op = card.op
        if op == "accepteer":
            return 10
        if op == "toestemming":
            asked = any(r in (f"{a.arg}->{a.arg2}", f"{a.arg2}->{a.arg}") for r in v.requests)
            return 9 if asked else 3
        if op == "algemene_toestemming":
            return 8
        if op == "vertel":
            if a.arg in seen.known_by.get(a.arg2 or "", ()):
                return KNOWN_SHARE
            if a.arg == "wens":
                return 7
            problem = seen.known.get(a.arg or "")
            if problem and DOMAIN.get(a.arg2 or "") in (problem.domain, None) or (
                    problem and problem.domain == "beide"):
                return 6
            return 2
        if op == "activeer_netwerk":
            return 5
        if op in ("weiger", "trek_in"):
            return -5
        if op == "klaar":
            return 0
        if card.gp_visits:
            # a sensible resident sees the GP for a body that hurts, not for every worry
            return 1.5 if v.health.get("lichaamsfuncties", 10) <= 3 else -1
        if card.mental:
            return 4 if v.health.get("mentaal_welbevinden", 10) <= 4 else 1
        return 1.5

    def _professional(self, pub: _Public, seen: _Seen, v: RoleView, a: Action,
                      card: _Card) -> float:
        op = card.op
        known, kinds = seen.known, seen.kinds
        if op == "klaar":
            return 0
        if op == "deel":
            if a.arg in seen.known_by.get(a.arg2 or "", ()):
                return KNOWN_SHARE
            return MAYBE_SHARE if a.arg in seen.maybe_by.get(a.arg2 or "", ()) else 6
        if op == "vraag_toestemming":
            return 4
        if op == "borg":
            return 8
        if op == "activeer_netwerk":
            return 5
        if op == "kennismaken":
            rel = v.relations.get(pair_key(a.role, a.arg or ""), 0)
            return 3 if rel < 2 else 0.5
        if op == "verwijs":
            return 5 if (a.arg == "sociaal_werker" and seen.social) else 1
        if op == "plan_overleg":
            if a.arg and a.arg in known and v.round >= 2:
                return 3 + known[a.arg].severity / 2
            return 0.5
        if op == "bied_aan":
            if card.no_arrangement:
                return -1
            fit = [kinds[k] for k in card.arr_treats if k in kinds]
            fit += [kinds[k] for k in card.arr_holds if k in kinds]
            if fit:
                return 7 + max(fit)
            return 2 if card.arr_health else -1
        score = 1.0
        for ask, ask_wish, trust, treat, medicalises in card.effects:
            if ask:
                score += 5
            if ask_wish and not v.wish_known:
                score += 3
            if trust:
                # offers need trust (often 2) before the inwoner can say yes
                have = v.trust.get(a.role, 0)
                score += {0: 5, 1: 4}.get(have, 0.5)
                if have < seen.waiting_for_trust(a.role):
                    score += 6
            if treat is not None and treat in kinds:
                score += 3 + kinds[treat]
            if medicalises:
                score -= 3
        if a.name in pub.finders:
            score += 2
        return score


def _waiting_for_trust(pub: _Public, v: RoleView, role: str) -> int:
    """The trust this role's own pending offers need before the inwoner can accept them."""
    need = 0
    for oid, kind, by in v.offers:
        if by != role:
            continue
        if kind == "arrangement" and oid in pub.arr_trust:
            need = max(need, pub.arr_trust[oid])
        else:
            need = max(need, pub.network_trust.get(oid, 0))
    return need


class _Card:
    """What the heuristic reads from one action card (public content)."""

    __slots__ = ("arr_health", "arr_holds", "arr_treats", "effects", "gp_visits", "mental",
                 "no_arrangement", "op")

    def __init__(self, d: ActionDef, sc: Scenario) -> None:
        self.op = d.op
        self.gp_visits = any(e.counter and e.counter.counter == "gp_visits" for e in d.effects)
        self.mental = any(e.health and e.health.dim == "mentaal_welbevinden" for e in d.effects)
        # per effect: (ask, ask_wish, trust, treated kind or None, adds medicalisation)
        self.effects = tuple(
            (bool(e.ask), bool(e.ask_wish), bool(e.trust),
             e.treat.kind if e.treat else None,
             bool(e.counter and e.counter.counter == "medicalisation"))
            for e in d.effects)
        arr = sc.arrangements.get(d.arrangement or "")
        self.no_arrangement = arr is None
        per_round = arr.per_round if arr is not None else []
        self.arr_treats = tuple(e.treat.kind for e in per_round if e.treat)
        self.arr_holds = tuple(e.hold for e in per_round if e.hold)
        self.arr_health = any(e.health for e in per_round)


class _Public:
    """What the heuristic reads from a scenario's public content, worked out once."""

    def __init__(self, sc: Scenario) -> None:
        self.scenario = sc
        self.cards: dict[tuple[str, str], _Card] = {
            (d.role, d.id): _Card(d, sc) for d in sc.actions.values()}
        self.kind_of = {p.id: p.kind for p in sc.casus.problems}
        self.finders = {a for s in sc.casus.signals for a in s.found_by}
        self.arr_trust = {k: arr.min_trust for k, arr in sc.arrangements.items()}
        self.network_trust: dict[str, int] = {}
        for n in sc.casus.network:
            self.network_trust.setdefault(n.id, n.min_trust)
        # what a played card may tell its player: per card id ("role:id"), the effects that
        # matter in their order (trust changes, asks) and the problems its signals point at
        self.domain = {p.id: p.domain for p in sc.casus.problems}
        self.sensitivity = {p.id: p.sensitivity for p in sc.casus.problems}
        self.start_trust = {r: int(sc.casus.start.trust.get(r, 0))  # type: ignore[call-overload]
                            for r in PROFESSIONALS}
        self.reveals: dict[str, tuple[tuple[tuple[str, str, int], ...],
                                      tuple[tuple[str, int], ...]]] = {}
        for key, d in sc.actions.items():
            steps = tuple(("trust", e.trust.role, e.trust.by) if e.trust else ("ask", e.ask or "", 0)
                          for e in d.effects if e.trust or e.ask)
            found = tuple((x.problem, x.min_trust) for x in sc.casus.signals
                          if d.id in x.found_by) if d.op == "generic" else ()
            if steps or found:
                self.reveals[key] = (steps, found)
        # who knows what at the start (the casus file is public)
        self.start_knows: dict[str, set[str]] = {r: set() for r in (*PROFESSIONALS, "inwoner")}
        for p in sc.casus.problems:
            for r in p.known_to:
                self.start_knows.setdefault(r, set()).add(p.id)
        self.start_knows["inwoner"].add("wens")


# the events _Dossiers reads
_READS = frozenset(("shared", "already_knew", "learned", "wish", "played", "trust", "referred",
                    "consent_given", "consent_withdrawn", "consent_general", "overleg_held"))


class _Dossiers:
    """What one role can tell about the others' dossiers, from the public casus and the
    events in its own log: who knew what at the start, the shares it made or received (and
    the answers "I knew that already"), who heard the wish, what an overleg exchanged, and
    what another professional may have heard in a card it played (the inwoner, who was
    there and sees every trust, knows what it told). The log only grows, so each view reads
    just the events that are new."""

    __slots__ = ("consent", "general", "known_by", "last", "maybe_by", "n", "pub", "role",
                 "trust")

    def __init__(self, pub: _Public, role: str) -> None:
        self.pub = pub
        self.role = role
        self.known_by = {r: set(facts) for r, facts in pub.start_knows.items()}
        # what another professional may have heard: it played a card that asks about it or
        # finds its signal (whether its trust was high enough, only the inwoner can tell)
        self.maybe_by: dict[str, set[str]] = {r: set() for r in PROFESSIONALS}
        self.trust = dict(pub.start_trust)  # the inwoner's trust, as the inwoner sees it
        self.consent: set[str] = set()
        self.general = False
        self.n = 0  # log entries read
        self.last: object = None  # the last entry read

    def continues(self, pub: _Public, v: RoleView) -> bool:
        """Whether the view's log goes on from what was read (same game, same eyes)."""
        n = self.n
        return pub is self.pub and len(v.log) >= n and (n == 0 or v.log[n - 1] is self.last)

    def read(self, v: RoleView) -> None:
        log = v.log
        if len(log) == self.n:
            return
        kb, me = self.known_by, self.role
        for _rnd, phase, m in log[self.n:]:
            code = m.code
            if code not in _READS:
                continue
            if code == "shared" or code == "already_knew":
                fact = str(m.param("fact"))
                kb.setdefault(str(m.param("other")), set()).add(fact)
                kb.setdefault(str(m.param("role")), set()).add(fact)
            elif code == "learned":
                if m.param("role") == me:
                    fact = str(m.param("fact"))
                    kb.setdefault(me, set()).add(fact)
                    if phase == "overleg":  # the others at the table heard it as well
                        for other in self._partners(me):
                            kb[other].add(fact)
            elif code == "wish" and m.visible_to:
                for who in m.visible_to - {"inwoner"}:  # the professional who asked
                    kb.setdefault(who, set()).add("wens")
            elif code == "played":
                actor = str(m.param("role"))
                if actor != me and actor in PROFESSIONALS:
                    self._played(actor, str(m.param("action")))
            elif code == "trust":
                self.trust[str(m.param("role"))] = int(m.param("new") or 0)
            elif code == "referred":
                by, to = str(m.param("role")), str(m.param("other"))
                if to in self.trust:  # (the engine's warm hand-over)
                    self.trust[to] = min(3, max(self.trust[to], 1, min(self.trust.get(by, 0), 2)))
            elif code == "consent_given":
                self.consent.add(str(m.param("pair")))
            elif code == "consent_withdrawn":
                self.consent.discard(str(m.param("pair")))
            elif code == "consent_general":
                self.general = True
            elif code == "overleg_held":
                # every pair with consent tells each other everything (in the engine's order)
                for key in PAIRS:
                    if self._consent(key):
                        x, y = pair_roles(key)
                        kb[x] |= kb[y]
                        kb[y] |= kb[x]
                        self.maybe_by[x] |= self.maybe_by[y]
                        self.maybe_by[y] |= self.maybe_by[x]
        self.n = len(log)
        self.last = log[-1]
        if me == "inwoner":
            self.trust.update(v.trust)  # the inwoner sees every trust: exact from here on

    def _played(self, actor: str, card: str) -> None:
        """Another professional played a card: what it may have heard from the inwoner. The
        inwoner knows (it was there, and it sees every trust); the others can only guess."""
        found = self.pub.reveals.get(card)
        if found is None:
            return
        steps, signals = found
        pub = self.pub
        if self.role != "inwoner":
            maybe = self.maybe_by[actor]
            maybe.update(problem for problem, _need in signals)
            for kind, domain, _by in steps:
                if kind == "ask":
                    maybe.update(f for f, dom in pub.domain.items()
                                 if domain == "alles" or dom in (domain, "beide"))
            return
        trust = self.trust.get(actor, 0)
        told = self.known_by[actor]
        mine = self.known_by["inwoner"]
        for kind, what, by in steps:
            if kind == "trust" and what in ("actor", actor):
                trust = max(0, min(3, trust + by))
            elif kind == "ask":
                told.update(f for f in mine if f in pub.domain
                            and (what == "alles" or pub.domain[f] in (what, "beide"))
                            and pub.sensitivity[f] <= trust)
        # what it noticed in the house (signals): it is the inwoner's house, after all
        told.update(problem for problem, need in signals if trust >= need)

    def _consent(self, key: str) -> bool:
        # (a general consent is given only where it holds; that it may stop holding when a
        # force ends is ignored, so what is read depends on the log alone)
        return self.general or key in self.consent

    def _partners(self, role: str) -> list[str]:
        return [r for r in PROFESSIONALS if r != role and role in PROFESSIONALS
                and self._consent(pair_key(role, r))]


class _Seen:
    """What the heuristic reads from one view, worked out once."""

    __slots__ = ("_trust_needed", "kinds", "known", "known_by", "maybe_by", "pub", "social",
                 "view")

    def __init__(self, pub: _Public, v: RoleView, known_by: dict[str, set[str]],
                 maybe_by: dict[str, set[str]]) -> None:
        self.pub = pub
        self.view = v
        self.known_by = known_by  # role -> the facts this role can tell it knows
        self.maybe_by = maybe_by  # role -> the facts it may have heard
        self.known = {p.id: p for p in v.problems}
        # the severity per problem kind (of the last known problem of that kind)
        self.kinds = {pub.kind_of[p]: self.known[p].severity for p in self.known}
        self.social = any(p.domain in ("sociaal", "beide") for p in v.problems)
        self._trust_needed: dict[str, int] = {}

    def waiting_for_trust(self, role: str) -> int:
        need = self._trust_needed.get(role)
        if need is None:
            need = self._trust_needed[role] = _waiting_for_trust(self.pub, self.view, role)
        return need


_PUBLIC: dict[int, _Public] = {}


def _public(sc: Scenario) -> _Public:
    """The public content of a scenario, worked out once (the entry keeps the scenario alive,
    so its id cannot be reused while it is cached)."""
    pub = _PUBLIC.get(id(sc))
    if pub is None or pub.scenario is not sc:
        if len(_PUBLIC) >= 32:
            _PUBLIC.clear()
        pub = _PUBLIC[id(sc)] = _Public(sc)
    return pub
