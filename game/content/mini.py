"""A tiny, hand-made scenario for engine tests and development (`--scenario mini`),
independent of the shipped content.

Tests build variations of it (an extra force in the deck, a different start) so each lesson
test controls exactly the rule it checks.
"""

from __future__ import annotations

import copy
from typing import Any

from game.content.validate import validate
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
        act("huisarts", "welzijn_op_recept", "bied_aan", arrangement="welzijnscoach",
            payment_title="welzijn_op_recept"),
        act("huisarts", "sociale_kaart", cost={"time": 1}, effects=[{"sociale_kaart": True}]),
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
             extra_actions: list[dict[str, Any]] | None = None,
             extra_forces: list[dict[str, Any]] | None = None,
             extra_arrangements: list[dict[str, Any]] | None = None,
             model_changes: dict[str, dict[str, Any]] | None = None,
             **changes: Any) -> Scenario:
    """The mini scenario, or a variation of it.

    ``casus`` replaces the casus dict (see :func:`variant`), ``changes`` replace top-level casus
    keys, ``deck`` sets the force deck (``[]``: no forces drawn, inject them instead).
    ``extra_actions``/``extra_forces``/``extra_arrangements`` are added to (or replace, by id)
    the catalogues; ``model_changes`` maps a model id to fields to change in it.
    """
    c = copy.deepcopy(casus or CASUS)
    c.update(changes)
    if deck is not None:
        c["deck"] = deck
    actions = copy.deepcopy(ACTIONS)
    actions["actions"] = _merge(actions["actions"], extra_actions, key=("role", "id"))
    actions["arrangements"] = _merge(actions["arrangements"], extra_arrangements)
    forces = copy.deepcopy(FORCES)
    forces["forces"] = _merge(forces["forces"], extra_forces)
    models = copy.deepcopy(MODELS)
    for m in models["models"]:
        m.update((model_changes or {}).get(m["id"], {}))
    cd = validate(CasusDef, c)
    ac = validate(ActionCatalogue, actions)
    fc = validate(ForceCatalogue, forces)
    mc = validate(ModelCatalogue, models)
    return Scenario(
        casus=cd,
        actions={f"{a.role}:{a.id}": a for a in ac.actions},
        arrangements={a.id: a for a in ac.arrangements},
        forces={f.id: f for f in fc.forces},
        models={m.id: m for m in mc.models},
    )


def _merge(base: list[dict[str, Any]], extra: list[dict[str, Any]] | None,
           key: tuple[str, ...] = ("id",)) -> list[dict[str, Any]]:
    out = {tuple(d[k] for k in key): d for d in base}
    for d in extra or ():
        out[tuple(d[k] for k in key)] = copy.deepcopy(d)
    return list(out.values())


def variant(problems: dict[str, dict[str, Any]] | None = None,
            add_problems: list[dict[str, Any]] | None = None,
            network: dict[str, dict[str, Any]] | None = None,
            health: dict[str, int] | None = None, trust: dict[str, int] | None = None,
            **changes: Any) -> dict[str, Any]:
    """A copy of CASUS with some fields changed: ``problems={"depressie": {"severity": 1}}``,
    extra problems, network resources changed by id, start health/trust merged in."""
    c = copy.deepcopy(CASUS)
    for p in c["problems"]:
        p.update((problems or {}).get(p["id"], {}))
    c["problems"].extend(copy.deepcopy(add_problems or []))
    for n in c["network"]:
        n.update((network or {}).get(n["id"], {}))
    c["start"]["health"].update(health or {})
    c["start"]["trust"].update(trust or {})
    c.update(changes)
    return c


def calm(problems: dict[str, dict[str, Any]] | None = None, **kw: Any) -> dict[str, Any]:
    """A calm casus: nothing escalates, grows or drains within a few rounds (eenzaam still
    brings the inwoner to the GP), so a test can play several rounds and see only its rule."""
    quiet: dict[str, dict[str, Any]] = {"depressie": {"severity": 1, "grow_every": 0},
                                        "schulden": {"severity": 1, "grow_every": 0}}
    for pid, ch in (problems or {}).items():
        quiet.setdefault(pid, {}).update(ch)
    return variant(problems=quiet, **kw)


CALM = calm()


def problem(id: str, domain: str = "medisch", kind: str | None = None, severity: int = 1,
            **kw: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"id": id, "name": T(id), "text": T(id), "kind": kind or id,
                         "domain": domain, "severity": severity}
    d.update(kw)
    return d


# --- driving a game in tests ----------------------------------------------------------------


def finish_phase(game: Any) -> None:
    """Every role that may move says klaar (a pending force choice is answered 'nee')."""
    start = (game.round, game.phase)
    while not game.is_over() and (game.round, game.phase) == start:
        role = game.to_move()[0]
        if game.phase == "kracht":
            game.apply(f"{role}:kies(nee)")
        else:
            game.apply(f"{role}:klaar")


def to_professionals(game: Any) -> None:
    """Play on (everyone klaar) until the professionals phase of a round."""
    while not game.is_over() and game.phase != "professionals":
        finish_phase(game)


def next_round(game: Any) -> None:
    """Play on (everyone klaar) until the next round's inwoner phase (or the end)."""
    r = game.round
    while not game.is_over() and (game.round == r or game.phase != "inwoner"):
        finish_phase(game)


# --- a richer variation, for random games (property tests) ----------------------------------
# It adds an action, force or arrangement for most rules the engine knows, so random play
# reaches many different situations.

RICH_ACTIONS: list[dict[str, Any]] = [
    act("inwoner", "activeer", "activeer_netwerk"),
    act("inwoner", "familie_bellen", effects=[{"trust": {"role": "sociaal_werker", "by": 1}}]),
    act("sociaal_werker", "welzijnscoach", "bied_aan", arrangement="welzijnscoach"),
    act("sociaal_werker", "dagbesteding", "bied_aan", arrangement="dagbesteding"),
    act("sociaal_werker", "buurtactie", community=True,
        effects=[{"health": {"dim": "meedoen", "by": 1}}]),
    act("huisarts", "wmo_ding", cost={"time": 1, "pot": "wmo", "money": 1},
        effects=[{"treat": {"kind": "eenzaamheid", "by": -1}}]),
    act("huisarts", "ggz", cost={"time": 2, "pot": "zvw", "money": 2},
        effects=[{"severity": {"problem": "depressie", "by": -1}}]),
    act("wijkverpleegkundige", "wmo_indicatie", cost={"time": 1, "pot": "wmo", "money": 1},
        requires=[{"flag": "wmo_mandaat_wijkverpleging"}], effects=[{"hold": "schulden"}],
        payment_title="wmo_mandaat_wijkverpleging"),
    act("wijkverpleegkundige", "valpreventie", cost={"time": 1, "pot": "zvw", "money": 1},
        effects=[{"treat": {"kind": "val", "by": -1}}, {"relation": {"role": "huisarts",
                                                                       "by": 1}}]),
]

RICH_ARRANGEMENTS: list[dict[str, Any]] = [
    {"id": "dagbesteding", "name": T("dagbesteding"), "text": T("d"), "pot": "wmo",
     "cost_per_round": 1, "wait": 1, "duration": 3, "sociale_basis": True, "min_trust": 0,
     "per_round": [{"health": {"dim": "meedoen", "by": 1}}],
     "on_done": [{"health": {"dim": "zingeving", "by": 1}}]},
]

RICH_FORCES: list[dict[str, Any]] = [
    force("ict", "belemmerend", duration="lasting", modifiers={"flags": ["ict_niet_gekoppeld"]}),
    force("kaart", "belemmerend", duration=2, modifiers={"flags": ["sociale_kaart_nodig"]}),
    force("taalverschil", "belemmerend", duration=2, modifiers={"flags": ["taalverschillen"]}),
    force("genegeerd", "belemmerend", duration=3, modifiers={"flags": ["signalen_genegeerd"]}),
    force("wrong_pocket", "belemmerend", duration=3, modifiers={"flags": ["wrong_pocket"]}),
    force("ravijnjaar", "belemmerend", duration="lasting", effects=[{"pot": {"pot": "wmo",
                                                                            "by": -5}}],
          modifiers={"flags": ["ravijnjaar"]}),
    force("wachtlijst", "belemmerend", duration=3, modifiers={"wait": {"wmo": 1}}),
    force("blokkade", "belemmerend", duration=1, modifiers={"block": ["consult"]}),
    force("mdo_duur", "belemmerend", duration=2, modifiers={"flags": ["overleg_extra_tijd"]}),
    force("medtaal", "belemmerend", duration=2, modifiers={"flags": ["medische_taal"]}),
    force("keuze", "belemmerend", choice={
        "question": T("Tijdelijk geld?"), "chooser": "huisarts",
        "yes": {"label": T("ja"), "modifiers": {"flags": ["grijs_budget"]}, "duration": 2},
        "no": {"label": T("nee"), "effects": [{"pot": {"pot": "wmo", "by": -3}}]}}),
    force("steun", "bevorderend", effects=[{"energy": 1}, {"all_trust": 1}]),
    force("token", "bevorderend", effects=[{"unblock_tokens": 1}]),
    force("taal", "bevorderend", duration="lasting", modifiers={"flags": ["gezamenlijke_taal"]}),
    force("lumpsum", "bevorderend", duration="lasting", modifiers={"flags": ["lumpsum"]}),
    force("grens", "bevorderend", duration="lasting", modifiers={"flags": ["grensbudget"]}),
    force("pg", "bevorderend", duration="lasting", modifiers={"flags": ["gedeeld_kader"]}),
    force("mandaat", "bevorderend", duration="lasting",
          modifiers={"flags": ["wmo_mandaat_wijkverpleging"]}),
    force("garantie", "bevorderend", duration="lasting",
          modifiers={"flags": ["sociale_basis_garantie"]}),
    force("academie", "bevorderend", effects=[{"start_arrangement": "cursus"},
                                              {"activate_network": "ervaringsdeskundige"}]),
    force("structureel", "bevorderend", effects=[{"secure_all": True}]),
    force("wijkverband", "bevorderend", duration=2, modifiers={"flags": ["gratis_overleg"]}),
]


def rich_casus(**changes: Any) -> dict[str, Any]:
    c = variant(
        problems={"depressie": {"severity": 2},
                  "schulden": {"escalation": {
                      "name": T("afsluiting"), "text": T("a"), "pot": "wmo", "cost": 4,
                      "counter": "emergency_visits", "reset_to": 2,
                      "effects": [{"health": {"dim": "kwaliteit_van_leven", "by": -2}}]}}},
        add_problems=[problem("val", "medisch", severity=1, known_to=[], grow_every=2,
                              drains=["lichaamsfuncties"],
                              escalation={"name": T("val"), "text": T("v"), "pot": "zvw",
                                          "cost": 3, "counter": "emergency_visits"})],
        network={"zus": {"min_trust": 1}},
        rounds=6,
    )
    c["signals"].append({"id": "fotos", "problem": "eenzaam", "text": T("foto's"),
                         "found_by": ["huisbezoek", "consult"], "min_trust": 1})
    c["signals"].append({"id": "drempel", "problem": "val", "text": T("losse mat"),
                         "found_by": ["huisbezoek"]})
    c["network"].append({"id": "ervaring", "name": T("ervaring"), "text": T("e"),
                         "kind": "ervaringsdeskundige", "community": True, "min_trust": 0,
                         "energy": 1})
    c["endings"] = [
        {"id": "crisis", "rank": "bad", "name": T("crisis"), "text": T("c"), "when": "immediate"},
        {"id": "uitgeput", "rank": "bad", "name": T("uitgeput"), "text": T("u"),
         "when": "immediate",
         "condition": {"health_at_most": {"dim": "lichaamsfuncties", "value": 0}}},
        {"id": "goed", "rank": "best", "name": T("goed"), "text": T("g"),
         "condition": {"all": [{"wish_met": True}, {"addressed": "eenzaam"}]}},
        {"id": "redelijk", "rank": "good", "name": T("redelijk"), "text": T("r"),
         "condition": {"any": [{"network_active": "familie"},
                               {"arrangement": {"id": "cursus", "status": "started"}}]}},
        {"id": "matig", "rank": "neutral", "name": T("matig"), "text": T("m")},
    ]
    c.update(changes)
    return c


def rich(**changes: Any) -> Scenario:
    """The mini scenario with every extra rule above (six rounds, whole deck)."""
    return scenario(rich_casus(**changes), extra_actions=RICH_ACTIONS,
                    extra_forces=RICH_FORCES, extra_arrangements=RICH_ARRANGEMENTS)
