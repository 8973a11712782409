"""A tiny, hand-made scenario for engine tests, independent of the shipped content.

Tests build variations of it (an extra force in the deck, a different start) so each lesson
test controls exactly the rule it checks.
"""

from __future__ import annotations

import copy
from typing import Any

from game.engine.defs import (
    ActionCatalogue,
    CasusDef,
    ForceCatalogue,
    ModelCatalogue,
    Scenario,
)


def T(nl: str, en: str | None = None) -> dict[str, str]:
    return {"nl": nl, "en": en or nl}


def act(role: str, id: str, op: str = "generic", **kw: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"id": id, "role": role, "op": op, "name": T(id), "text": T(id)}
    d.update(kw)
    return d


PROS = ("huisarts", "wijkverpleegkundige", "sociaal_werker")

ACTIONS: dict[str, Any] = {
    "format": 1,
    "actions": [
        act("huisarts", "consult", cost={"time": 1, "pot": "zvw", "money": 1},
            effects=[{"ask": "medisch"}]),
        act("huisarts", "voorschrijven", cost={"time": 1, "pot": "zvw", "money": 1},
            effects=[{"treat": {"kind": "psychisch", "by": -1}},
                     {"counter": {"counter": "medicalisation", "by": 1}}]),
        act("huisarts", "welzijn_op_recept", "bied_aan", arrangement="welzijnscoach"),
        act("huisarts", "sociale_kaart", cost={"time": 1}),
        act("wijkverpleegkundige", "huisbezoek", cost={"time": 1, "pot": "zvw", "money": 1},
            effects=[{"ask": "medisch"}]),
        act("sociaal_werker", "erop_af", cost={"time": 2, "pot": "wmo", "money": 1},
            effects=[{"trust": {"by": 1}}]),
        act("sociaal_werker", "keukentafelgesprek", cost={"time": 1, "pot": "wmo", "money": 1},
            requires=[{"trust_at_least": 1}], effects=[{"ask": "alles"}, {"ask_wish": True}]),
        act("sociaal_werker", "schuldhulp", "bied_aan", arrangement="schuldhulpverlening"),
        act("sociaal_werker", "herstelacademie", "bied_aan", arrangement="cursus"),
        act("sociaal_werker", "borgen", "borg"),
        act("sociaal_werker", "netwerk_activeren", "activeer_netwerk"),
        act("inwoner", "vertel", "vertel"),
        act("inwoner", "toestemming", "toestemming", cost={"time": 0}),
        act("inwoner", "trek_in", "trek_in", cost={"time": 0}),
        act("inwoner", "algemene_toestemming", "algemene_toestemming", cost={"time": 0}),
        act("inwoner", "accepteer", "accepteer", cost={"time": 0}),
        act("inwoner", "weiger", "weiger", cost={"time": 0}),
        act("inwoner", "rusten", effects=[{"health": {"dim": "mentaal_welbevinden", "by": 1}}]),
        act("inwoner", "klaar", "klaar", cost={"time": 0}),
    ] + [a for r in PROS for a in (
        act(r, "deel", "deel"),
        act(r, "vraag_toestemming", "vraag_toestemming", cost={"time": 0}),
        act(r, "verwijs", "verwijs"),
        act(r, "kennismaken", "kennismaken"),
        act(r, "plan_overleg", "plan_overleg"),
        act(r, "klaar", "klaar", cost={"time": 0}),
    )],
    "arrangements": [
        {"id": "welzijnscoach", "name": T("welzijnscoach"), "text": T("w"), "pot": "wmo",
         "cost_per_round": 1, "per_round": [{"treat": {"kind": "eenzaamheid", "by": -1}}],
         "prevention": True},
        {"id": "schuldhulpverlening", "name": T("schuldhulp"), "text": T("s"), "pot": "wmo",
         "cost_per_round": 1, "wait": 1, "prevention": True,
         "per_round": [{"treat": {"kind": "schulden", "by": -1}}]},
        {"id": "cursus", "name": T("cursus"), "text": T("c"), "project": True, "pot": "wmo",
         "cost_per_round": 1, "duration": 6,
         "per_round": [{"health": {"dim": "meedoen", "by": 1}}]},
    ],
}


def force(id: str, kind: str, **kw: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"id": id, "kind": kind, "area": "3.2", "name": T(id), "text": T(id),
                         "reflection": T("Wat zie je?", "What do you see?")}
    d.update(kw)
    return d


FORCES: dict[str, Any] = {
    "format": 1,
    "forces": [
        force("schotten", "belemmerend", duration=3, modifiers={"flags": ["schotten"]}),
        force("kartrekker", "belemmerend", effects=[{"reset_relations": "random"}]),
        force("aanbesteding", "belemmerend", effects=[{"reset_relations": "sociaal_werker"}]),
        force("carrousel", "belemmerend", effects=[{"stop_projects": True}]),
        force("avg", "belemmerend", duration=3, modifiers={"flags": ["avg_onzeker"]}),
        force("werkdruk", "belemmerend", effects=[{"time_random": -1}]),
        force("grijs_budget", "bevorderend", duration="lasting",
              modifiers={"flags": ["grijs_budget"]}),
        force("wams", "bevorderend", duration="lasting", modifiers={"flags": ["wams"]}),
        force("leernetwerk", "bevorderend", effects=[{"all_relations": 1}]),
        force("rugdekking", "bevorderend", effects=[{"cancel_blocking": 1}]),
        force("subsidie", "bevorderend", choice={
            "question": T("Subsidie?"), "chooser": "sociaal_werker",
            "yes": {"label": T("ja"), "effects": [{"pot": {"pot": "wmo", "by": 10}}]},
            "no": {"label": T("nee")}}),
    ],
}

MODELS: dict[str, Any] = {
    "format": 1,
    "models": [
        {"id": "netwerkmodel", "name": T("netwerk"), "text": T("n"), "strength": T("s"),
         "weakness": T("w"), "relations": 1, "turnover_floor": 0},
        {"id": "brugfunctiemodel", "name": T("brug"), "text": T("b"), "strength": T("s"),
         "weakness": T("w"), "relations": 1, "modifiers": {"flags": ["brugfunctionaris"]}},
        {"id": "teammodel", "name": T("team"), "text": T("t"), "strength": T("s"),
         "weakness": T("w"), "relations": 2, "turnover_floor": 1,
         "modifiers": {"flags": ["gratis_overleg"]}},
        {"id": "gemeenschapsmodel", "name": T("gemeenschap"), "text": T("g"),
         "strength": T("s"), "weakness": T("w"), "relations": 0,
         "modifiers": {"flags": ["gemeenschap"]}},
    ],
}

CASUS: dict[str, Any] = {
    "format": 1, "id": "mini", "title": T("Mini"), "inwoner": "Mo", "age": 50,
    "summary": T("s"), "story": T("s"), "epilogue": T("e"), "rounds": 4,
    "start": {"health": {"lichaamsfuncties": 5, "mentaal_welbevinden": 5, "zingeving": 5,
                         "kwaliteit_van_leven": 5, "meedoen": 4, "dagelijks_functioneren": 5},
              "trust": {"huisarts": 1}, "pots": {"zvw": 30, "wmo": 20, "wlz": 20}},
    "problems": [
        {"id": "depressie", "name": T("depressie"), "text": T("d"), "kind": "psychisch",
         "domain": "medisch", "severity": 3, "known_to": ["huisarts", "inwoner"],
         "drains": ["mentaal_welbevinden"], "feeds": [],
         "escalation": {"name": T("opname"), "text": T("o"), "pot": "zvw", "cost": 20,
                        "ending": "crisis"}},
        {"id": "schulden", "name": T("schulden"), "text": T("s"), "kind": "schulden",
         "domain": "sociaal", "severity": 3, "known_to": ["inwoner"], "sensitivity": 2,
         "drains": ["kwaliteit_van_leven"], "feeds": ["depressie"]},
        {"id": "eenzaam", "name": T("eenzaam"), "text": T("e"), "kind": "eenzaamheid",
         "domain": "sociaal", "severity": 2, "known_to": ["inwoner"], "gp_visits": True,
         "drains": ["meedoen"], "grow_every": 0},
    ],
    "signals": [{"id": "post", "problem": "schulden", "text": T("post"),
                 "found_by": ["huisbezoek"]}],
    "wish": {"text": T("meedoen"), "min_trust": 1, "dims": ["meedoen"], "threshold": 6},
    "network": [{"id": "zus", "name": T("zus"), "text": T("z"), "kind": "familie",
                 "per_round": [{"health": {"dim": "zingeving", "by": 1}}]},
                {"id": "buurthuis", "name": T("buurthuis"), "text": T("b"), "kind": "buurthuis",
                 "community": True, "self_activate": True, "min_trust": 0}],
    "endings": [
        {"id": "crisis", "rank": "bad", "name": T("crisis"), "text": T("c"), "when": "immediate"},
        {"id": "goed", "rank": "best", "name": T("goed"), "text": T("g"),
         "condition": {"wish_met": True}},
        {"id": "matig", "rank": "neutral", "name": T("matig"), "text": T("m")},
    ],
}


def scenario(casus: dict[str, Any] | None = None, deck: list[str] | None = None,
             **changes: Any) -> Scenario:
    c = copy.deepcopy(casus or CASUS)
    c.update(changes)
    if deck is not None:
        c["deck"] = deck
    cd = CasusDef.model_validate(c)
    ac = ActionCatalogue.model_validate(ACTIONS)
    fc = ForceCatalogue.model_validate(FORCES)
    mc = ModelCatalogue.model_validate(MODELS)
    return Scenario(
        casus=cd,
        actions={f"{a.role}:{a.id}": a for a in ac.actions},
        arrangements={a.id: a for a in ac.arrangements},
        forces={f.id: f for f in fc.forces},
        models={m.id: m for m in mc.models},
    )
