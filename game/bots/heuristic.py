"""A rule-of-thumb bot: ask what matters, visit, share what consent allows, refer to the right
domain, offer help that fits what it knows, secure arrangements.

It sees only its role's view, its legal actions and the public content (action and
arrangement definitions), like a student reading the cards on the table.
"""

from __future__ import annotations

import random

from game.engine import Action, Game
from game.engine.defs import ActionDef
from game.engine.view import RoleView

DOMAIN = {"huisarts": "medisch", "wijkverpleegkundige": "medisch", "sociaal_werker": "sociaal"}


class HeuristicBot:
    name = "heuristic"

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    def choose(self, game: Game, role: str) -> Action:
        actions = game.legal_actions(role)
        if not actions:
            raise ValueError(f"{role} has no legal action now")
        view = game.view(role, log=False)
        best = max(actions, key=lambda a: (self.score(game, view, a), self.rng.random()))
        return best

    def score(self, game: Game, v: RoleView, a: Action) -> float:
        if a.name == "kies":
            return 1.0 if a.arg == "ja" else 0.0
        d = game.scenario.actions.get(f"{a.role}:{a.name}")
        if d is None:
            return -1.0
        if a.role == "inwoner":
            return self._inwoner(game, v, a, d)
        return self._professional(game, v, a, d)

    def _inwoner(self, game: Game, v: RoleView, a: Action, d: ActionDef) -> float:
        op = d.op
        if op == "accepteer":
            return 10
        if op == "toestemming":
            asked = any(r in (f"{a.arg}->{a.arg2}", f"{a.arg2}->{a.arg}") for r in v.requests)
            return 9 if asked else 3
        if op == "algemene_toestemming":
            return 8
        if op == "vertel":
            if a.arg == "wens":
                return 7
            problem = next((p for p in v.problems if p.id == a.arg), None)
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
        if any(e.counter and e.counter.counter == "gp_visits" for e in d.effects):
            # a sensible resident sees the GP for a body that hurts, not for every worry
            return 1.5 if v.health.get("lichaamsfuncties", 10) <= 3 else -1
        if any(e.health and e.health.dim == "mentaal_welbevinden" for e in d.effects):
            return 4 if v.health.get("mentaal_welbevinden", 10) <= 4 else 1
        return 1.5

    def _professional(self, game: Game, v: RoleView, a: Action, d: ActionDef) -> float:
        op = d.op
        known = {p.id: p for p in v.problems}
        kind_of = {p.id: p.kind for p in game.scenario.casus.problems}  # public content
        kinds = {kind_of[p]: known[p].severity for p in known}
        if op == "klaar":
            return 0
        if op == "deel":
            return 6
        if op == "vraag_toestemming":
            return 4
        if op == "borg":
            return 8
        if op == "activeer_netwerk":
            return 5
        if op == "kennismaken":
            rel = v.relations.get("+".join(sorted((a.role, a.arg or ""))), 0)
            return 3 if rel < 2 else 0.5
        if op == "verwijs":
            social = any(p.domain in ("sociaal", "beide") for p in v.problems)
            return 5 if (a.arg == "sociaal_werker" and social) else 1
        if op == "plan_overleg":
            if a.arg and a.arg in known and v.round >= 2:
                return 3 + known[a.arg].severity / 2
            return 0.5
        if op == "bied_aan":
            arr = game.scenario.arrangements.get(d.arrangement or "")
            if arr is None:
                return -1
            fit = [kinds[e.treat.kind] for e in arr.per_round if e.treat and e.treat.kind in kinds]
            fit += [kinds[e.hold] for e in arr.per_round if e.hold and e.hold in kinds]
            if fit:
                return 7 + max(fit)
            return 2 if any(e.health for e in arr.per_round) else -1
        score = 1.0
        for e in d.effects:
            if e.ask:
                score += 5
            if e.ask_wish and not v.wish_known:
                score += 3
            if e.trust:
                # offers need trust (often 2) before the inwoner can say yes
                score += {0: 5, 1: 4}.get(v.trust.get(a.role, 0), 0.5)
                if v.trust.get(a.role, 0) < self._waiting_for_trust(game, v, a.role):
                    score += 6
            if e.treat and e.treat.kind in kinds:
                score += 3 + kinds[e.treat.kind]
            if e.counter and e.counter.counter == "medicalisation":
                score -= 3
        if a.name in _finders(game):
            score += 2
        return score


    def _waiting_for_trust(self, game: Game, v: RoleView, role: str) -> int:
        """The trust my own pending offers need before the inwoner can accept them."""
        need = 0
        for oid, kind, by in v.offers:
            if by != role:
                continue
            if kind == "arrangement" and oid in game.scenario.arrangements:
                need = max(need, game.scenario.arrangements[oid].min_trust)
            else:
                need = max(need, next((n.min_trust for n in game.scenario.casus.network
                                       if n.id == oid), 0))
        return need


def _finders(game: Game) -> set[str]:
    return {a for s in game.scenario.casus.signals for a in s.found_by}
