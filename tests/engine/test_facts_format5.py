"""The money facts of format 5 (docs/scenario-format.md "Format 5", design/zorgstelsel.md,
issue 13): a lumpsum contract lets the Zvw pay the social domain, never the medical roles the
Wmo; a referral to help the gemeente gives without a Wmo decision (Welzijn op Recept, youth
help under the Jeugdwet) needs no payment title; a JGZ card (Wpg) charges the gemeente
without one. Older casussen keep the old rules."""

from __future__ import annotations

from dataclasses import replace

from game.content import load_scenario
from game.engine import Game
from game.engine.defs import Scenario


def _game(casus: str, fmt: int, *flags: str) -> Game:
    sc = load_scenario(casus)
    assert sc.casus.format >= 5, "the shipped casussen are format 5 or newer"
    sc = Scenario(casus=replace(sc.casus, format=fmt), actions=sc.actions,
                  arrangements=sc.arrangements, forces=sc.forces, models=sc.models)
    g = Game(sc, seed=1)
    for f in flags:
        g._s.flags[f] = [f]
    return g


def test_lumpsum_no_longer_lets_a_medical_role_charge_the_wmo() -> None:
    old, new = _game("ron", 4, "lumpsum"), _game("ron", 5, "lumpsum")
    assert old._title("wijkverpleegkundige", "wmo_indicatie", "wmo") is None
    why = new._title("wijkverpleegkundige", "wmo_indicatie", "wmo")
    assert why is not None and why.code == "no_payment_title"


def test_lumpsum_lets_the_social_worker_charge_the_zvw() -> None:
    assert _game("ron", 4, "lumpsum")._title("sociaal_werker", "erop_af", "zvw") is not None
    assert _game("ron", 5, "lumpsum")._title("sociaal_werker", "erop_af", "zvw") is None


def test_under_lumpsum_the_zvw_pays_prevention_and_the_sociale_basis() -> None:
    for fmt, payer in ((4, "wmo"), (5, "zvw")):
        g = _game("ron", fmt, "lumpsum")
        before = dict(g.state.pots)
        g._charge("wmo", 1, "buurthuiskamer", "sociaal_werker", ())
        assert g.state.ledger[-1].pot == payer
        assert g.state.pots[payer] == before[payer] - 1
    # help that is neither prevention nor sociale basis stays the gemeente's
    g = _game("ron", 5, "lumpsum")
    g._charge("wmo", 1, "dagbesteding", "sociaal_werker", ())
    assert g.state.ledger[-1].pot == "wmo"
    # without the contract the gemeente pays its own prevention
    g = _game("ron", 5)
    g._charge("wmo", 1, "buurthuiskamer", "sociaal_werker", ())
    assert g.state.ledger[-1].pot == "wmo"


def test_welzijn_op_recept_needs_no_payment_title_from_the_huisarts() -> None:
    card = "welzijn_op_recept"
    old = _game("ron", 4)
    why = old._title("huisarts", card, "wmo")
    assert why is not None and why.code == "no_payment_title"
    new = _game("ron", 5)
    assert new._title("huisarts", card, "wmo") is None
    # no money crosses a wall: the huisarts refers and the gemeente pays its own coach
    assert _game("ron", 5, "schotten")._title("huisarts", card, "wmo") is None
    g = _game("ron", 5, "grensbudget")
    g._use_title("huisarts", card, "wmo")
    assert not g.state.grensbudget_used, "a free referral uses up no one-off title"


def test_welzijn_op_recept_as_a_fixed_service_is_paid_by_the_insurer() -> None:
    for fmt, payer in ((4, "wmo"), (5, "zvw")):
        g = _game("ron", fmt, "welzijn_op_recept")
        g._charge("wmo", 1, "welzijnscoach", "huisarts", ())
        assert g.state.ledger[-1].pot == payer


def test_a_wmo_maatwerk_offer_by_a_medical_role_still_needs_a_title() -> None:
    from game.engine.payments import no_title_needed
    g = _game("ron", 5)
    assert g.scenario.arrangements["dagbesteding"].maatwerk
    assert no_title_needed(g, "huisarts", "welzijn_op_recept")
    assert not no_title_needed(g, "sociaal_werker", "dagbesteding")  # maatwerk: no


def test_lina_s_huisarts_refers_to_youth_ggz_without_a_title() -> None:
    new = _game("lina", 5)
    assert new.scenario.arrangements["ggz_behandeling"].pot == "wmo"
    assert new._check_offer("huisarts", new.scenario.actions["huisarts:verwijs_ggz"]) is None
    old = _game("lina", 4)
    why = old._check_offer("huisarts", old.scenario.actions["huisarts:verwijs_ggz"])
    assert why is not None and why.code == "no_payment_title"


def test_the_jgz_nurse_charges_the_gemeente_under_the_wpg_without_a_title() -> None:
    new, old = _game("sanne", 5), _game("sanne", 4)
    d = new.scenario.actions["wijkverpleegkundige:consultatiebureau"]
    assert (d.cost.pot, d.law) == ("wmo", "wpg")
    assert new._check_payment_of("wijkverpleegkundige", d) is None
    why = old._check_payment_of("wijkverpleegkundige", d)
    assert why is not None and why.code == "no_payment_title"


def test_wrong_pocket_does_not_stop_prevention_the_insurer_pays() -> None:
    card = "sociaal_werker:huiskamer_aanbieden"  # the buurthuiskamer: prevention, Wmo
    for fmt, blocked in ((4, True), (5, False)):
        g = _game("greet", fmt, "wrong_pocket", "lumpsum")
        why = g._check_offer("sociaal_werker", g.scenario.actions[card])
        assert (why is not None and why.code == "wrong_pocket") is blocked, fmt
    # without the contract the gemeente still refuses new prevention
    g = _game("greet", 5, "wrong_pocket")
    why = g._check_offer("sociaal_werker", g.scenario.actions[card])
    assert why is not None and why.code == "wrong_pocket"
