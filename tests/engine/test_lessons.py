"""One or a few tests per learning goal (L1-L9 of the game design): each shows the mechanic
doing what it teaches, on the hand-made mini scenario (tests/engine/mini.py).

Most tests use an empty deck (``deck=[]``) and the facilitator's ``injecteer`` to put a force
in play at a known moment, and the calm casus (nothing grows or escalates) so that only the
rule under test moves the numbers.
"""

from __future__ import annotations

from typing import Any

import pytest

from game.engine import Game, IllegalAction
from game.engine.view import SEES
from game.lang import render
from tests.engine import mini
from tests.engine.mini import act, force, next_round, to_professionals

PROS = ("huisarts", "wijkverpleegkundige", "sociaal_werker")
ALL_DIMS = {"lichaamsfuncties", "mentaal_welbevinden", "zingeving", "kwaliteit_van_leven",
            "meedoen", "dagelijks_functioneren"}


def game(casus: dict[str, Any] | None = None, model: str = "netwerkmodel", seed: int = 1,
         **kw: Any) -> Game:
    kw.setdefault("deck", [])
    return Game(mini.scenario(casus or mini.CALM, **kw), seed=seed, model=model)


def legal(g: Game, role: str) -> set[str]:
    return {str(a) for a in g.legal_actions(role)}


def time_cost(g: Game, action: str) -> int:
    """Play a professional's action and return the time it took."""
    role = action.split(":")[0]
    before = g.state.time[role]
    g.apply(action)
    return before - g.state.time[role]


def code(g: Game, action: str) -> str | None:
    """The code of the reason this action is not legal now (None: it is legal)."""
    why = g.reason(action)
    return None if why is None else why.code


def knows(g: Game, role: str) -> set[str]:
    return {p.id for p in g.view(role).problems}


# --- L1: gemedicaliseerde sociale problemen ---------------------------------------------------


def test_l1_unaddressed_loneliness_brings_the_inwoner_to_the_gp_every_round() -> None:
    g = game()
    for r in range(1, 5):
        assert g.round == r
        assert g.state.counters["gp_visits"] == r
        assert g.state.counters["medicalisation"] == r
        next_round(g)
    assert g.is_over()
    visits = [e for e in g.state.ledger if e.what == "spreekuur"]
    assert [(e.pot, e.amount) for e in visits] == [("zvw", 1)] * 4  # the Zvw pays every visit
    assert g.result().counters["gp_visits"] == 4


def test_l1_medical_treatment_alone_does_not_stop_the_visits() -> None:
    pill = act("huisarts", "geruststellen", cost={"time": 1, "pot": "zvw", "money": 1},
               effects=[{"treat": {"kind": "eenzaamheid", "by": 0}}])
    g = game(extra_actions=[pill])
    g.apply("inwoner:vertel(eenzaam->huisarts)")  # the GP hears about it...
    for r in range(1, 4):
        to_professionals(g)
        g.apply("huisarts:geruststellen")  # ...and treats it medically every round
        next_round(g)
        assert g.state.counters["gp_visits"] == r + 1
        assert g.state.counters["medicalisation"] == r + 1
    assert not g.state.problems["eenzaam"].addressed


def test_l1_welzijnscoach_run_by_the_social_domain_stops_the_visits() -> None:
    coach = act("sociaal_werker", "welzijnscoach", "bied_aan", arrangement="welzijnscoach")
    g = game(mini.calm(trust={"sociaal_werker": 1}), extra_actions=[coach])
    to_professionals(g)
    g.apply("sociaal_werker:welzijnscoach")
    next_round(g)
    g.apply("inwoner:accepteer(welzijnscoach)")
    assert g.state.counters["gp_visits"] == 2
    next_round(g)  # round 3: the coach runs and addresses the loneliness
    assert g.state.problems["eenzaam"].addressed
    assert g.state.counters["gp_visits"] == 2
    next_round(g)
    assert g.state.counters["gp_visits"] == 2
    assert g.state.counters["medicalisation"] == 2
    assert g.state.problems["eenzaam"].severity == 0
    assert any(e.what == "welzijnscoach" and e.pot == "wmo" for e in g.state.ledger)


def test_l1_medicalisation_stops_once_the_social_domain_knows_the_problem() -> None:
    g = game()
    g.apply("inwoner:vertel(eenzaam->sociaal_werker)")
    next_round(g)
    # the visit still happens (nobody addressed it), but it is no longer medicalised
    assert g.state.counters["gp_visits"] == 2
    assert g.state.counters["medicalisation"] == 1


# --- L2: each domain its own logic, language and view ------------------------------------------


def test_l2_a_consult_asks_medically_a_keukentafelgesprek_asks_about_everything() -> None:
    c = mini.calm(add_problems=[mini.problem("slapeloos", "medisch", known_to=["inwoner"])])
    g = game(c)
    to_professionals(g)
    g.apply("huisarts:consult")
    # same sensitivity (0), but the consult only hears the medical problem
    assert knows(g, "huisarts") == {"depressie", "slapeloos"}
    g.apply("sociaal_werker:erop_af")  # trust 0 -> 1
    g.apply("sociaal_werker:keukentafelgesprek")
    assert knows(g, "sociaal_werker") == {"depressie", "eenzaam", "slapeloos"}
    assert "schulden" not in knows(g, "sociaal_werker")  # shame: needs trust 2
    next_round(g)
    to_professionals(g)
    g.apply("sociaal_werker:erop_af")  # trust 2
    g.apply("sociaal_werker:keukentafelgesprek")
    assert "schulden" in knows(g, "sociaal_werker")
    assert "schulden" not in knows(g, "huisarts")


def test_l2_a_home_visit_finds_the_signal_of_the_debts() -> None:
    g = game()
    to_professionals(g)
    assert "schulden" not in knows(g, "wijkverpleegkundige")
    g.apply("wijkverpleegkundige:huisbezoek")
    v = g.view("wijkverpleegkundige")
    assert v.signals == ("post",)
    assert "schulden" in {p.id for p in v.problems}
    assert g.view("huisarts").signals == ()
    assert "schulden" not in knows(g, "huisarts")


def test_l2_each_professional_sees_only_its_own_dimensions_until_an_overleg() -> None:
    g = game()
    for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"):
        assert set(g.view(role).health) == set(SEES[role])
        assert set(g.view(role).start_health) == set(SEES[role])
    assert set(g.view("huisarts").health) == {"lichaamsfuncties", "mentaal_welbevinden"}
    assert set(g.view("inwoner").health) == ALL_DIMS
    to_professionals(g)
    g.apply("huisarts:plan_overleg")
    next_round(g)
    assert g.state.shared_frame
    for role in PROS:
        assert set(g.view(role).health) == ALL_DIMS
        assert "gedeeld_kader" in g.view(role).flags


def test_l2_the_overleg_exchanges_facts_only_where_consent_allows() -> None:
    g = game()
    g.apply("inwoner:toestemming(huisarts+wijkverpleegkundige)")
    to_professionals(g)
    g.apply("huisarts:plan_overleg")
    next_round(g)
    assert "depressie" in knows(g, "wijkverpleegkundige")  # consent for this pair
    assert "depressie" not in knows(g, "sociaal_werker")  # no consent: nothing moves


def test_l2_sharing_across_domains_costs_one_more_time_than_within_a_domain() -> None:
    g = game()
    g.apply("inwoner:toestemming(huisarts+wijkverpleegkundige)")
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    to_professionals(g)
    assert time_cost(g, "huisarts:deel(depressie->wijkverpleegkundige)") == 1
    assert time_cost(g, "huisarts:deel(depressie->sociaal_werker)") == 2
    assert "depressie" in knows(g, "sociaal_werker")


@pytest.mark.parametrize(("flag", "cost"), [("gezamenlijke_taal", 1), ("taalverschillen", 3)])
def test_l2_the_language_penalty_goes_with_a_glossary_and_grows_with_language_gaps(
        flag: str, cost: int) -> None:
    f = force("f", "bevorderend", duration="lasting", modifiers={"flags": [flag]})
    g = game(extra_forces=[f])
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    to_professionals(g)
    g.apply("facilitator:injecteer(f)")
    assert time_cost(g, "huisarts:deel(depressie->sociaal_werker)") == cost


def test_l2_signals_from_the_social_domain_are_ignored_below_relation_2() -> None:
    f = force("niet_serieus", "belemmerend", duration="lasting",
              modifiers={"flags": ["signalen_genegeerd"]})
    g = game(mini.calm(trust={"sociaal_werker": 1}), extra_forces=[f])
    g.apply("inwoner:vertel(eenzaam->sociaal_werker)")
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    to_professionals(g)
    g.apply("facilitator:injecteer(niet_serieus)")
    g.apply("sociaal_werker:deel(eenzaam->huisarts)")  # relation 1: the time is spent...
    assert "eenzaam" not in knows(g, "huisarts")  # ...and nothing moves
    assert any(m.code == "ignored" for _, _, m in g.state.log)
    g.apply("facilitator:injecteer(leernetwerk)")  # relation 2
    next_round(g)
    to_professionals(g)
    g.apply("sociaal_werker:deel(eenzaam->huisarts)")
    assert "eenzaam" in knows(g, "huisarts")


def test_l2_the_log_does_not_leak_dimensions_the_role_does_not_see() -> None:
    g = Game(mini.scenario(deck=[]), seed=1)  # depressie and schulden drain in round 1-2
    next_round(g)
    for role in PROS:
        v = g.view(role)
        leaked = {m.param("dim") for _, _, m in v.log if m.code == "health"} - set(v.health)
        assert not leaked, f"{role} sees changes of {leaked} in its log"


# --- L3: start from what the inwoner wants -----------------------------------------------------


def test_l3_the_wish_is_hidden_until_someone_asks_with_enough_trust() -> None:
    g = game()
    assert g.view("inwoner").wish_known
    assert not any(g.view(r).wish_known for r in PROS)
    to_professionals(g)
    g.apply("huisarts:consult")  # a consult does not ask what matters to him
    assert not g.view("huisarts").wish_known
    why = g.reason("sociaal_werker:keukentafelgesprek")
    assert why is not None and why.code == "trust_low"
    g.apply("sociaal_werker:erop_af")
    g.apply("sociaal_werker:keukentafelgesprek")
    assert g.view("sociaal_werker").wish_known
    assert not g.view("huisarts").wish_known
    assert not g.view("wijkverpleegkundige").wish_known
    assert any(m.code == "wish" for _, _, m in g.view("sociaal_werker").log)
    assert not any(m.code == "wish" for _, _, m in g.view("huisarts").log)


@pytest.mark.parametrize(("ask", "ending"), [(False, "matig"), (True, "goed")])
def test_l3_the_best_ending_needs_the_wish_known_and_met(ask: bool, ending: str) -> None:
    g = game(mini.calm(health={"meedoen": 7}))  # meedoen is high either way
    to_professionals(g)
    if ask:
        g.apply("sociaal_werker:erop_af")
        g.apply("sociaal_werker:keukentafelgesprek")
    while not g.is_over():
        next_round(g)
    r = g.result()
    assert r.health_end["meedoen"] >= 6
    assert r.ending == ending
    assert r.wish_known is ask and r.wish_met is ask
    assert r.rank == ("best" if ask else "neutral")


# --- L4: consent (AVG), and more is possible than people think ---------------------------------


def test_l4_sharing_needs_the_inwoners_consent_for_that_pair() -> None:
    sc = mini.scenario(mini.CALM, deck=[])
    g = Game(sc, seed=1)
    to_professionals(g)
    share = "huisarts:deel(depressie->sociaal_werker)"
    assert share not in legal(g, "huisarts")
    why = g.reason(share)
    assert why is not None and why.code == "no_consent"
    assert "Mo" in render(why, sc, "nl") and "sociaal werker" in render(why, sc, "nl")
    with pytest.raises(IllegalAction) as e:
        g.apply(share)
    assert e.value.reason.code == "no_consent"
    next_round(g)
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    to_professionals(g)
    assert share in legal(g, "huisarts")
    # consent is per pair: the nurse still may not be told
    assert "huisarts:deel(depressie->wijkverpleegkundige)" not in legal(g, "huisarts")
    next_round(g)
    g.apply("inwoner:trek_in(huisarts+sociaal_werker)")
    to_professionals(g)
    assert share not in legal(g, "huisarts")


def test_l4_a_consent_request_waits_on_the_inwoners_list() -> None:
    g = game()
    to_professionals(g)
    g.apply("huisarts:vraag_toestemming(sociaal_werker)")
    assert code(g, "huisarts:vraag_toestemming(sociaal_werker)") == "requested"
    next_round(g)
    assert g.view("inwoner").requests == ("huisarts->sociaal_werker",)
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    assert g.view("inwoner").requests == ()
    assert g.view("huisarts").consent == ("huisarts+sociaal_werker",)


def test_l4_general_consent_only_works_where_the_wams_holds() -> None:
    g = game()
    assert code(g, "inwoner:algemene_toestemming") == "no_wams"
    g.apply("facilitator:injecteer(wams)")
    assert "inwoner:algemene_toestemming" in legal(g, "inwoner")
    g.apply("inwoner:algemene_toestemming")
    to_professionals(g)
    for role in PROS:
        for other in PROS:
            if other != role and role == "huisarts":
                assert f"huisarts:deel(depressie->{other})" in legal(g, "huisarts")
    # AVG-onzekerheid: people believe one general consent is not enough
    g.apply("facilitator:injecteer(avg)")
    why = g.reason("huisarts:deel(depressie->sociaal_werker)")
    assert why is not None and why.code == "avg_onzeker" and why.force == "avg"


def test_l4_under_avg_uncertainty_general_consent_is_refused_and_pairs_cost_more() -> None:
    g = game()
    g.apply("facilitator:injecteer(wams)")
    g.apply("facilitator:injecteer(avg)")
    why = g.reason("inwoner:algemene_toestemming")
    assert why is not None and why.code == "avg_onzeker"
    g.apply("inwoner:toestemming(huisarts+wijkverpleegkundige)")
    to_professionals(g)
    # the pair consent still works, at one extra time (within a domain: 1 + 1)
    assert time_cost(g, "huisarts:deel(depressie->wijkverpleegkundige)") == 2


# --- L5: schotten, wrong pocket, project money -------------------------------------------------


def test_l5_a_wmo_paid_offer_by_the_huisarts_needs_a_payment_title() -> None:
    sc = mini.scenario(mini.CALM, deck=[])
    g = Game(sc, seed=1)
    to_professionals(g)
    wor = "huisarts:welzijn_op_recept"
    why = g.reason(wor)
    assert why is not None and why.code == "no_payment_title"
    assert wor not in legal(g, "huisarts")
    g.apply("facilitator:injecteer(grijs_budget)")
    assert wor in legal(g, "huisarts")
    g.apply("facilitator:injecteer(schotten)")  # schotten beat every title
    why = g.reason(wor)
    assert why is not None and why.code == "schotten" and why.force == "schotten"
    assert render(why, sc, "nl").startswith("Geblokkeerd door schotten")
    with pytest.raises(IllegalAction):
        g.apply(wor)


def test_l5_welzijn_op_recept_as_basic_service_titles_only_that_referral() -> None:
    wor = force("wor_basis", "bevorderend", duration="lasting",
                modifiers={"flags": ["welzijn_op_recept"]})
    other = act("huisarts", "wmo_ding", cost={"time": 1, "pot": "wmo", "money": 1})
    g = game(extra_forces=[wor], extra_actions=[other])
    to_professionals(g)
    g.apply("facilitator:injecteer(wor_basis)")
    assert "huisarts:welzijn_op_recept" in legal(g, "huisarts")
    assert code(g, "huisarts:wmo_ding") == "no_payment_title"


def test_l5_the_social_worker_may_offer_from_its_own_pot() -> None:
    g = game(mini.calm(trust={"sociaal_werker": 1}))
    g.apply("facilitator:injecteer(schotten)")
    to_professionals(g)
    assert "sociaal_werker:schuldhulp" in legal(g, "sociaal_werker")


# depressie grows every 2 rounds, and twice as fast while the debts are at 4+: without help
# it reaches 5 (a Zvw crisis) in round 5; debt support (wait 1, runs from round 4) slows it down
# enough to get through the six rounds
PREVENTION = mini.variant(problems={"depressie": {"severity": 1, "grow_every": 2},
                                    "schulden": {"severity": 3, "grow_every": 2}},
                          trust={"sociaal_werker": 1}, rounds=6)


def play_prevention(help: bool) -> Game:
    g = game(PREVENTION)
    to_professionals(g)
    if help:
        g.apply("sociaal_werker:schuldhulp")
    next_round(g)
    if help:
        g.apply("inwoner:accepteer(schuldhulpverlening)")
    while not g.is_over():
        next_round(g)
    return g


def test_l5_debt_support_paid_by_the_wmo_prevents_the_zvw_crisis_wrong_pocket() -> None:
    without = play_prevention(help=False).result()
    assert without.ending == "crisis"
    assert without.counters["crises"] == 1
    assert without.paid["wmo"] == 0 and without.paid["zvw"] >= 20
    assert without.saved == {"zvw": 0, "wmo": 0, "wlz": 0}
    assert without.wrong_pocket == []

    with_help = play_prevention(help=True).result()
    assert with_help.ending != "crisis" and with_help.counters["crises"] == 0
    assert with_help.rounds_played == 6
    assert with_help.paid["wmo"] == 3  # three rounds of debt support
    assert with_help.saved["zvw"] == 20  # the crisis admission that did not happen
    assert with_help.wrong_pocket == [
        {"payer": "wmo", "saver": "zvw", "amount": 20, "problem": "depressie"}]


def start_course(borg: bool) -> Game:
    g = game(mini.calm(trust={"sociaal_werker": 1}))
    to_professionals(g)
    g.apply("sociaal_werker:herstelacademie")
    next_round(g)
    g.apply("inwoner:accepteer(cursus)")
    next_round(g)  # round 3: the course runs
    assert g.state.arrangements["cursus"].status == "running"
    to_professionals(g)
    if borg:
        g.apply("sociaal_werker:borgen(cursus)")
    return g


def test_l5_a_project_stops_with_the_projectencarrousel() -> None:
    g = start_course(borg=False)
    meedoen = g.state.health["meedoen"]
    g.apply("facilitator:injecteer(carrousel)")
    assert g.state.arrangements["cursus"].status == "stopped"
    next_round(g)
    assert g.state.health["meedoen"] == meedoen  # no more effect
    assert "cursus" not in g.result().falls_over + g.result().secured


def test_l5_a_secured_project_survives_the_carrousel_on_structural_money() -> None:
    g = start_course(borg=True)
    g.apply("facilitator:injecteer(carrousel)")
    assert g.state.arrangements["cursus"].status == "running"
    wmo = g.state.pots["wmo"]
    meedoen = g.state.health["meedoen"]
    next_round(g)
    assert g.state.health["meedoen"] == meedoen + 1
    assert g.state.pots["wmo"] == wmo - 1  # structural money: the Wmo pays now
    assert g.result().secured == ["cursus"]


def test_l5_an_unsecured_project_falls_over_after_the_game() -> None:
    g = start_course(borg=False)
    while not g.is_over():
        next_round(g)
    r = g.result()
    assert r.falls_over == ["cursus"] and r.secured == []
    assert r.paid["wmo"] == 0  # project money: the pot paid nothing


@pytest.mark.parametrize("title", [
    force("doorzettingsmacht", "bevorderend", effects=[{"unblock_tokens": 1}]),
    force("grensbudget", "bevorderend", duration="lasting", modifiers={"flags": ["grensbudget"]}),
], ids=["token", "grensbudget"])
def test_l5_a_one_off_title_is_used_up_by_a_cross_domain_offer(title: dict[str, Any]) -> None:
    other = act("huisarts", "wmo_ding", cost={"time": 1, "pot": "wmo", "money": 1})
    g = game(extra_forces=[title], extra_actions=[other])
    to_professionals(g)
    g.apply(f"facilitator:injecteer({title['id']})")
    assert g.reason("huisarts:wmo_ding") is None  # the title is there...
    g.apply("huisarts:welzijn_op_recept")  # ...and this Wmo-paid offer uses it
    assert g.reason("huisarts:wmo_ding") is not None


def test_l5_a_one_off_title_is_used_up_by_a_cross_domain_action() -> None:
    token = force("doorzettingsmacht", "bevorderend", effects=[{"unblock_tokens": 1}])
    other = act("huisarts", "wmo_ding", cost={"time": 1, "pot": "wmo", "money": 1},
                once_per_round=False)
    g = game(extra_forces=[token], extra_actions=[other])
    to_professionals(g)
    g.apply("facilitator:injecteer(doorzettingsmacht)")
    g.apply("huisarts:wmo_ding")
    assert g.state.unblock_tokens == 0
    assert code(g, "huisarts:wmo_ding") == "no_payment_title"


SHORT = {"id": "kort", "name": mini.T("kort"), "text": mini.T("k"), "pot": "wmo",
         "cost_per_round": 2, "duration": 2, "min_trust": 0,
         "per_round": [{"health": {"dim": "meedoen", "by": 1}}]}


def test_l5_an_arrangement_pays_for_every_round_it_runs() -> None:
    offer = act("sociaal_werker", "kort", "bied_aan", arrangement="kort")
    g = game(mini.calm(rounds=8), extra_arrangements=[SHORT], extra_actions=[offer])
    to_professionals(g)
    g.apply("sociaal_werker:kort")
    next_round(g)
    g.apply("inwoner:accepteer(kort)")
    meedoen = g.state.health["meedoen"]
    while not g.is_over():
        next_round(g)
    assert g.state.arrangements["kort"].status == "done"
    assert g.state.health["meedoen"] == meedoen + 2  # it ran two rounds...
    assert sum(e.amount for e in g.state.ledger if e.what == "kort") == 4  # ...at 2 a round


def test_l5_wrong_pocket_refuses_wmo_prevention_unless_the_insurer_co_funds() -> None:
    wp = force("wrong_pocket", "belemmerend", duration="lasting",
               modifiers={"flags": ["wrong_pocket"]})
    g = game(mini.calm(trust={"sociaal_werker": 1}), extra_forces=[wp])
    g.apply("facilitator:injecteer(wrong_pocket)")
    to_professionals(g)
    why = g.reason("sociaal_werker:schuldhulp")
    assert why is not None and why.code == "wrong_pocket" and why.force == "wrong_pocket"
    assert "sociaal_werker:herstelacademie" in legal(g, "sociaal_werker")  # not prevention
    g.apply("facilitator:injecteer(grijs_budget)")
    assert "sociaal_werker:schuldhulp" in legal(g, "sociaal_werker")


# --- L6: collaboration needs (unfunded) time to get to know each other -------------------------


def test_l6_kennismaken_builds_the_relation_costs_both_time_and_no_pot_pays() -> None:
    g = game()
    to_professionals(g)
    pots, ledger = dict(g.state.pots), len(g.state.ledger)
    g.apply("huisarts:kennismaken(sociaal_werker)")
    assert g.state.relations["huisarts+sociaal_werker"] == 2
    assert g.state.relations["huisarts+wijkverpleegkundige"] == 1
    assert g.state.time == {"huisarts": 2, "wijkverpleegkundige": 3, "sociaal_werker": 2}
    assert g.state.pots == pots and len(g.state.ledger) == ledger
    g.apply("sociaal_werker:kennismaken(huisarts)")
    assert g.state.relations["huisarts+sociaal_werker"] == 3  # one team
    assert code(g, "huisarts:kennismaken(sociaal_werker)") == "relation_max"
    g.apply("huisarts:kennismaken(wijkverpleegkundige)")
    assert g.state.time == {"huisarts": 0, "wijkverpleegkundige": 2, "sociaal_werker": 1}
    assert code(g, "wijkverpleegkundige:kennismaken(huisarts)") == "other_busy"
    assert g.state.pots == pots and len(g.state.ledger) == ledger


@pytest.mark.parametrize(("meet", "cost"), [(False, 2), (True, 1)])
def test_l6_a_referral_to_a_stranger_costs_more(meet: bool, cost: int) -> None:
    g = game(model="gemeenschapsmodel")  # professional relations 0
    to_professionals(g)
    if meet:
        g.apply("wijkverpleegkundige:kennismaken(huisarts)")
    assert time_cost(g, "huisarts:verwijs(wijkverpleegkundige)") == cost


def test_l6_a_referral_is_a_warm_hand_over() -> None:
    g = game()
    to_professionals(g)
    assert g.state.trust["sociaal_werker"] == 0
    assert "sociaal_werker:keukentafelgesprek" not in legal(g, "sociaal_werker")
    g.apply("huisarts:verwijs(sociaal_werker)")
    assert g.view("sociaal_werker").trust == {"sociaal_werker": 1}
    assert "sociaal_werker:keukentafelgesprek" in legal(g, "sociaal_werker")


# --- L7: organisation models ------------------------------------------------------------------


@pytest.mark.parametrize(("model", "rel"), [("netwerkmodel", 1), ("brugfunctiemodel", 1),
                                            ("teammodel", 2), ("gemeenschapsmodel", 0)])
def test_l7_the_model_sets_the_starting_relations(model: str, rel: int) -> None:
    g = game(model=model)
    assert set(g.view("huisarts").relations.values()) == {rel}


ICT = force("ict", "belemmerend", duration="lasting", modifiers={"flags": ["ict_niet_gekoppeld"]})


@pytest.mark.parametrize(("model", "to", "cost"), [
    ("brugfunctiemodel", "sociaal_werker", 1),  # the bridge: nothing extra
    ("brugfunctiemodel", "wijkverpleegkundige", 2),
    ("netwerkmodel", "sociaal_werker", 2),
    ("gemeenschapsmodel", "sociaal_werker", 3),  # relation 0 and no feedback
])
def test_l7_the_bridge_makes_the_gp_to_social_worker_referral_cheap(
        model: str, to: str, cost: int) -> None:
    g = game(model=model, extra_forces=[ICT])
    g.apply("facilitator:injecteer(ict)")
    to_professionals(g)
    assert time_cost(g, f"huisarts:verwijs({to})") == cost


def test_l7_the_teammodel_holds_a_free_overleg_every_round() -> None:
    team, net = game(model="teammodel"), game(model="netwerkmodel")
    for g in (team, net):
        to_professionals(g)
    assert time_cost(team, "huisarts:plan_overleg") == 0
    assert time_cost(net, "huisarts:plan_overleg") == 1
    assert net.state.time["sociaal_werker"] == 2  # everyone pays the MDO in time
    team2 = game(model="teammodel")
    next_round(team2)
    held = [r for r, _, m in team2.state.log if m.code == "overleg_held"]
    assert held == [1]
    assert team2.state.shared_frame
    assert set(team2.state.relations.values()) == {3}
    next_round(team2)
    assert [r for r, _, m in team2.state.log if m.code == "overleg_held"] == [1, 2]
    net2 = game(model="netwerkmodel")
    next_round(net2)
    assert not any(m.code == "overleg_held" for _, _, m in net2.state.log)
    assert not net2.state.shared_frame


def test_l7_the_gemeenschapsmodel_starts_with_the_community_active() -> None:
    gem, net = game(model="gemeenschapsmodel"), game(model="netwerkmodel")
    assert gem.view("inwoner").network == {"zus": False, "buurthuis": True}
    assert net.view("inwoner").network == {"zus": False, "buurthuis": False}
    m0 = gem.state.health["meedoen"]
    assert m0 == net.state.health["meedoen"] + 1  # round 1's leven already ran
    next_round(gem)
    next_round(net)
    assert gem.state.health["meedoen"] == m0 + 1
    assert net.state.health["meedoen"] == m0 - 1


def test_l7_the_bridge_referral_always_works() -> None:
    kaart = force("onbekend", "belemmerend", duration="lasting",
                  modifiers={"flags": ["sociale_kaart_nodig"]})
    g = game(model="brugfunctiemodel", extra_forces=[kaart])
    g.apply("facilitator:injecteer(onbekend)")
    to_professionals(g)
    assert "huisarts:verwijs(sociaal_werker)" in legal(g, "huisarts")


def test_l7_without_a_bridge_the_gp_must_look_at_the_social_map_first() -> None:
    kaart = force("onbekend", "belemmerend", duration="lasting",
                  modifiers={"flags": ["sociale_kaart_nodig"]})
    g = game(extra_forces=[kaart])
    g.apply("facilitator:injecteer(onbekend)")
    to_professionals(g)
    why = g.reason("huisarts:verwijs(sociaal_werker)")
    assert why is not None and why.code == "needs_sociale_kaart" and why.force == "onbekend"
    assert "huisarts:verwijs(wijkverpleegkundige)" in legal(g, "huisarts")
    g.apply("huisarts:sociale_kaart")
    assert "huisarts:verwijs(sociaal_werker)" in legal(g, "huisarts")


# --- L8: the informal network and the sociale basis --------------------------------------------


def test_l8_activating_the_family_improves_health_every_round() -> None:
    g = game(mini.calm(trust={"sociaal_werker": 1}))
    to_professionals(g)
    g.apply("sociaal_werker:netwerk_activeren(zus)")
    assert not g.state.network["zus"]  # an offer: the inwoner decides
    next_round(g)
    assert g.view("inwoner").offers == (("zus", "network", "sociaal_werker"),)
    z = g.state.health["zingeving"]
    g.apply("inwoner:accepteer(zus)")
    assert g.state.network["zus"]
    next_round(g)
    assert g.state.health["zingeving"] == z + 1
    next_round(g)
    assert g.state.health["zingeving"] == z + 2


def test_l8_a_refused_network_offer_changes_nothing() -> None:
    g = game(mini.calm(trust={"sociaal_werker": 1}))
    to_professionals(g)
    g.apply("sociaal_werker:netwerk_activeren(zus)")
    next_round(g)
    z = g.state.health["zingeving"]
    g.apply("inwoner:weiger(zus)")
    next_round(g)
    assert not g.state.network["zus"] and g.state.health["zingeving"] == z


def test_l8_the_network_offer_needs_trust() -> None:
    g = game()
    to_professionals(g)
    why = g.reason("sociaal_werker:netwerk_activeren(zus)")
    assert why is not None and why.code == "trust_low"


def test_l8_the_inwoner_walks_into_the_buurthuis_on_their_own() -> None:
    activeer = act("inwoner", "activeer", "activeer_netwerk", cost={"time": 1})
    c = mini.calm(network={"buurthuis": {"per_round": [
        {"health": {"dim": "meedoen", "by": 1}}]}})
    g = game(c, extra_actions=[activeer])
    assert "inwoner:activeer(buurthuis)" in legal(g, "inwoner")
    assert "inwoner:activeer(zus)" not in legal(g, "inwoner")  # family needs a professional
    m = g.state.health["meedoen"]
    g.apply("inwoner:activeer(buurthuis)")
    assert g.state.network["buurthuis"] and g.state.energy == 1
    next_round(g)
    assert g.state.health["meedoen"] == m + 1
    next_round(g)
    assert g.state.health["meedoen"] == m + 2


def test_l8_an_expert_by_experience_gives_the_inwoner_energy() -> None:
    c = mini.calm(network={"zus": {"kind": "ervaringsdeskundige", "active": True}})
    g = game(c)
    assert g.state.energy == 3
    assert g.view("inwoner").energy == 3


def test_l8_a_force_that_gives_energy_gives_it_for_this_round() -> None:
    steun = force("steun", "bevorderend", effects=[{"energy": 1}])
    g = game(extra_forces=[steun], deck=["steun"])
    assert g.state.current_force == "steun"
    assert g.view("inwoner").energy == 3


# --- L9: personal dependence (staff turnover) --------------------------------------------------


@pytest.mark.parametrize(("model", "before", "floor"), [
    ("netwerkmodel", 1, 0), ("teammodel", 2, 1), ("brugfunctiemodel", 1, 0)])
def test_l9_a_new_provider_resets_the_social_workers_relations_to_the_floor(
        model: str, before: int, floor: int) -> None:
    g = game(model=model)
    g.apply("facilitator:injecteer(aanbesteding)")
    assert g.state.relations == {"huisarts+wijkverpleegkundige": before,
                                 "huisarts+sociaal_werker": floor,
                                 "wijkverpleegkundige+sociaal_werker": floor}


@pytest.mark.parametrize("seed", range(6))
def test_l9_the_kartrekker_leaves_and_their_relations_fall(seed: int) -> None:
    g = game(model="teammodel", seed=seed)
    events = g.apply("facilitator:injecteer(kartrekker)")
    gone = [e.param("role") for e in events if e.code == "relations_reset"]
    assert len(gone) == 1 and gone[0] in PROS
    for pair, rel in g.state.relations.items():
        assert rel == (1 if gone[0] in pair.split("+") else 2)


def test_l9_in_the_brugfunctiemodel_the_bridge_leaves_with_the_social_worker() -> None:
    g = game(model="brugfunctiemodel", extra_forces=[ICT])
    g.apply("facilitator:injecteer(ict)")
    assert "brugfunctionaris" in g.view("huisarts").flags
    g.apply("facilitator:injecteer(aanbesteding)")
    assert "brugfunctionaris" not in g.view("huisarts").flags
    assert g.state.bridge_lost
    to_professionals(g)
    # relation 0 (+1) and no feedback (+1): the fast route is gone
    assert time_cost(g, "huisarts:verwijs(sociaal_werker)") == 3


def test_l9_the_network_recovers_only_through_new_meetings() -> None:
    g = game(model="netwerkmodel")
    g.apply("facilitator:injecteer(aanbesteding)")
    to_professionals(g)
    assert time_cost(g, "huisarts:verwijs(sociaal_werker)") == 2
    g.apply("sociaal_werker:kennismaken(huisarts)")
    assert g.state.relations["huisarts+sociaal_werker"] == 1
    g.apply("facilitator:injecteer(leernetwerk)")
    assert g.state.relations == {"huisarts+wijkverpleegkundige": 2,
                                 "huisarts+sociaal_werker": 2,
                                 "wijkverpleegkundige+sociaal_werker": 1}
