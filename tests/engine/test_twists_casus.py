"""Issue 13, variety: the five rules that give Ron, Hatice, Greet, Harrie and Lina a twist
of their own (Ria's ``decline`` and Sanne's ``window`` are in test_twists.py). Each rule is
played on the mini scenario with and without its field, then found in the shipped casus.

- ``energy_cycle`` (Ron, bipolar disorder): the inwoner's energy follows good and low periods.
- ``trust_through`` (Hatice): without the key person, trust stops at ``trust_without``.
- a problem's ``looks_like`` (Greet): a depression looks like dementia; help for the
  look-alike from someone who does not know the low mood does not take.
- a network resource's ``strained_by`` (Harrie): a worn-out carer gives nothing.
- a problem's ``deadline`` (Lina): the school must report absence; not addressed in time,
  the formal route starts.
"""

from __future__ import annotations

from typing import Any

from game.content import load_scenario, mini
from game.engine import Game
from game.lang import render
from game.report.casuscard import card_html

T = mini.T


def _said(g: Game, code: str, lang: str = "nl") -> list[str]:
    return [render(m, g.scenario, lang) for _, _, m in g.state.log if m.code == code]


# --- Ron: energy_cycle ----------------------------------------------------------------------


def _energies(rounds: int, **casus: Any) -> list[int]:
    g = Game(mini.scenario(mini.calm(format=3, **casus), deck=[]), 1)
    out = []
    for _ in range(rounds):
        mini.to_professionals(g)  # (the inwoner phase has passed; energy is this round's)
        out.append(g.state.energy)
        mini.next_round(g)
    return out


def test_the_inwoners_energy_follows_the_cycle_of_good_and_low_periods() -> None:
    assert _energies(4) == [2, 2, 2, 2]
    assert _energies(4, energy_cycle=[3, 3, 1]) == [3, 3, 1, 3]


def test_a_turn_to_a_good_or_a_low_period_is_told() -> None:
    g = Game(mini.scenario(mini.calm(format=3, energy_cycle=[1, 3, 3]), deck=[]), 1)
    while not g.is_over():
        mini.finish_phase(g)
    told = [(r, m.code) for r, _, m in g.state.log if m.code in ("mood_up", "mood_down")]
    assert told == [(2, "mood_up"), (4, "mood_down")]  # (the mini casus has 4 rounds)
    assert _said(g, "mood_up")[0].startswith("Mo heeft een goede periode")
    assert _said(g, "mood_down")[0].startswith("Mo zit in een sombere periode")
    # a return to the usual energy (start.energy, 2) is not a turn of the mood
    back = Game(mini.scenario(mini.calm(format=3, energy_cycle=[3, 2]), deck=[]), 1)
    while not back.is_over():
        mini.finish_phase(back)
    assert [m.code for _, _, m in back.state.log if m.code.startswith("mood_")] == [
        "mood_up"]  # round 3 (3 after 2)


# --- Hatice: trust_through ------------------------------------------------------------------


def _trust_after_two_visits(**casus: Any) -> int:
    """The sociaal werker goes to the inwoner (erop_af: trust +1) in rounds 1 and 2."""
    g = Game(mini.scenario(mini.calm(**casus), deck=[]), 1)
    for _ in range(2):
        mini.to_professionals(g)
        g.apply("sociaal_werker:erop_af")
        mini.next_round(g)
    return g.state.trust["sociaal_werker"]


def test_without_the_key_person_trust_stops_at_trust_without() -> None:
    assert _trust_after_two_visits() == 2
    assert _trust_after_two_visits(trust_through="zus", trust_without=1) == 1
    # with the key person involved, trust grows as before
    assert _trust_after_two_visits(trust_through="zus", trust_without=1,
                                   network={"zus": {"active": True}}) == 2


def test_trust_already_there_stays_and_the_cap_is_told() -> None:
    g = Game(mini.scenario(mini.calm(trust_through="zus", trust_without=0), deck=[]), 1)
    mini.to_professionals(g)
    g.apply("sociaal_werker:erop_af")
    assert g.state.trust == {"huisarts": 1, "wijkverpleegkundige": 0, "sociaal_werker": 0}
    assert _said(g, "trust_capped") == [
        ("Mo houdt nog afstand tot de sociaal werker. Iemand uit hun eigen kring kan een "
        "brug slaan: zus.")]


# --- Greet: looks_like ----------------------------------------------------------------------


def _prescribe(somber: dict[str, Any] | None) -> Game:
    """The huisarts prescribes for the depression (severity 3) once; ``somber`` is a
    problem that looks like it (or None)."""
    extra = [] if somber is None else [mini.problem(
        "somber", "sociaal", **{"kind": "zingeving", "severity": 3, "grow_every": 0,
                                "known_to": ["inwoner"], "looks_like": "depressie", **somber})]
    sc = mini.scenario(mini.calm(problems={"depressie": {"severity": 3}},
                                 add_problems=extra), deck=[])
    g = Game(sc, 1)
    mini.to_professionals(g)
    g.apply("huisarts:voorschrijven")
    return g


def test_help_for_a_look_alike_does_not_take_while_the_helper_misses_the_real_problem() -> None:
    assert _prescribe(None).state.problems["depressie"].severity == 2
    missed = _prescribe({})
    assert missed.state.problems["depressie"].severity == 3
    assert not missed.state.problems["depressie"].treated
    assert _said(missed, "misread")[0].startswith("De hulp voor depressie slaat niet aan.")
    # the helper who knows the low mood, or a mood that is lighter: the help takes
    assert _prescribe({"known_to": ["inwoner", "huisarts"]}).state.problems[
        "depressie"].severity == 2
    assert _prescribe({"severity": 2}).state.problems["depressie"].severity == 2


# --- Harrie: strained_by --------------------------------------------------------------------


def _zingeving_after_a_round(debts: int, strained: bool) -> Game:
    zus: dict[str, Any] = {"active": True}
    if strained:
        zus["strained_by"] = {"problem": "schulden", "at": 3}
    sc = mini.scenario(mini.calm(format=3, problems={"schulden": {"severity": debts}},
                                 network={"zus": zus}), deck=[])
    g = Game(sc, 1)
    mini.next_round(g)
    return g


def test_a_worn_out_carer_gives_nothing() -> None:
    # the sister gives zingeving 1 a round (from 5, two leven phases: rounds 1 and 2); the
    # debts drain another dimension
    assert _zingeving_after_a_round(3, strained=False).state.health["zingeving"] == 7
    worn = _zingeving_after_a_round(3, strained=True)
    assert worn.state.health["zingeving"] == 5
    assert _said(worn, "strained") == [("Zus is op en kan even niets meer doen. Wie helpt "
                                       "de helper?")] * 2
    # below the strain she helps as before
    assert _zingeving_after_a_round(2, strained=True).state.health["zingeving"] == 7


# --- Lina: deadline -------------------------------------------------------------------------

DEADLINE = {"round": 1, "name": T("Melding bij leerplicht", "Report to attendance"),
            "effects": [{"severity": {"problem": "schulden", "by": 1}}]}


def _debts_after_deadline(deadline: dict[str, Any] | None, treat: bool) -> Game:
    """A deadline on the depression (round 1); the huisarts treats it in round 1 or not."""
    ch: dict[str, Any] = {"severity": 2}
    if deadline is not None:
        ch["deadline"] = deadline
    g = Game(mini.scenario(mini.calm(format=3, problems={"depressie": ch}), deck=[]), 1)
    mini.to_professionals(g)
    if treat:
        g.apply("huisarts:voorschrijven")
    mini.next_round(g)
    return g


def test_a_deadline_passes_once_when_the_problem_was_not_addressed_in_time() -> None:
    assert _debts_after_deadline(None, treat=False).state.problems["schulden"].severity == 1
    late = _debts_after_deadline(DEADLINE, treat=False)
    assert late.state.problems["schulden"].severity == 2
    assert _said(late, "deadline") == [
        "Melding bij leerplicht: niemand pakte depressie op voor het einde van ronde 1."]
    mini.next_round(late)  # it happens once
    assert late.state.problems["schulden"].severity == 2
    in_time = _debts_after_deadline(DEADLINE, treat=True)
    assert in_time.state.problems["schulden"].severity == 1
    assert _said(in_time, "deadline") == []


# --- the shipped casussen ------------------------------------------------------------------


def test_each_of_the_five_casussen_has_its_own_twist_on_the_teachers_card() -> None:
    ron = load_scenario("ron")
    assert ron.casus.energy_cycle == [2, 1, 1, 3, 3, 2]
    assert "De energie van Ron volgt per ronde: 2, 1, 1, 3, 3, 2" in card_html(ron, "nl")
    hatice = load_scenario("hatice")
    assert hatice.casus.trust_through == "sleutelpersoon"
    assert "Vertrouwen via een sleutelpersoon" in card_html(hatice, "nl")
    greet = load_scenario("greet")
    assert [p.looks_like for p in greet.casus.problems if p.looks_like] == ["dementie"]
    assert "lijkt op Beginnende dementie" in card_html(greet, "nl")
    harrie = load_scenario("harrie")
    mien = next(n for n in harrie.casus.network if n.id == "mien")
    assert mien.strained_by is not None and mien.strained_by.problem == "mien_overbelast"
    assert "kan op raken: Mien, zijn vrouw" in card_html(harrie, "nl")
    lina = load_scenario("lina")
    verzuim = next(p for p in lina.casus.problems if p.id == "schoolverzuim")
    assert verzuim.deadline is not None and verzuim.deadline.round == 3
    assert "Melding bij de leerplichtambtenaar" in card_html(lina, "nl")
    # no twist shows on a casus without it
    assert "kan op raken" not in card_html(ron, "nl")
    assert "sleutelpersoon" not in card_html(greet, "nl")


def test_mien_worn_out_stops_keeping_an_eye_on_harrie() -> None:
    """Harrie's shipped content: while Mien carries it, getting lost is held; at load 4 it
    grows again (the same seed and moves, only Mien's load differs)."""
    sc = load_scenario("harrie")
    grown = []
    for load in (3, 4):
        g = Game(sc, 3)
        g._s.problems["mien_overbelast"].severity = load  # the test sets the load directly
        g._s.problems["verdwalen"].since_growth = 2  # one round before it grows
        mini.next_round(g)
        grown.append(g.state.problems["verdwalen"].severity)
    assert grown == [2, 3]
