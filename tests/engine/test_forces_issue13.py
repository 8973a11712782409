"""Issue 13, the forces the seeds missed: the NZa payment code for MDO time
(betaalcode_voor_overleg, flag overleg_betaald), the unclear mandate (onduidelijk_mandaat),
the new wethouder who changes course (nieuwe_wethouder, effect cancel_enabling) and the
prevention paradox (preventieparadox, effect stop_prevention). Played on Ron's shipped
content with forces the facilitator injects, so each test sees exactly one rule."""

from __future__ import annotations

from game.content import load_scenario
from game.engine import Action, Game


def _until(g: Game, phase: str, rnd: int = 1) -> None:
    """Every role that may move passes (a force card's choice is answered no) until the
    game is in this phase of this round."""
    while (g.state.phase, g.round) != (phase, rnd):
        role = g.to_move()[0]
        g.apply(Action(role, "kies", "nee") if g.state.phase == "kracht" else
                Action(role, "klaar"))


def _to_professionals(g: Game) -> None:
    _until(g, "professionals")


def _ron(seed: int = 1, *inject: str) -> Game:
    g = Game(load_scenario("ron"), seed)
    for fid in inject:
        g.apply(Action("facilitator", "injecteer", fid))
    _to_professionals(g)
    return g


def test_without_a_payment_code_an_mdo_costs_everyone_time_and_no_pot_pays() -> None:
    g = _ron()
    zvw = g.state.pots["zvw"]
    g.apply(Action("huisarts", "plan_overleg"))
    assert g.state.time == {"huisarts": 2, "wijkverpleegkundige": 2, "sociaal_werker": 2}
    assert g.state.pots["zvw"] == zvw


def test_the_payment_code_lets_the_zvw_pay_the_medical_roles_mdo_time() -> None:
    g = _ron(1, "betaalcode_voor_overleg")
    zvw = g.state.pots["zvw"]
    g.apply(Action("huisarts", "plan_overleg"))
    # the huisarts and the wijkverpleegkundige keep their time; the sociaal werker has no code
    assert g.state.time == {"huisarts": 3, "wijkverpleegkundige": 3, "sociaal_werker": 2}
    assert g.state.pots["zvw"] == zvw - 2
    paid = [(e.by, e.amount) for e in g.state.ledger if e.what == "plan_overleg"]
    assert paid == [("huisarts", 1), ("wijkverpleegkundige", 1)]


def test_the_payment_code_also_lifts_the_surcharge_of_no_payment_for_meetings() -> None:
    g = _ron(1, "geen_betaaltitel_voor_overleg", "betaalcode_voor_overleg")
    g.apply(Action("sociaal_werker", "plan_overleg"))
    # the planner without a code pays the card and the surcharge; the medical roles nothing
    assert g.state.time == {"huisarts": 3, "wijkverpleegkundige": 3, "sociaal_werker": 1}


def _offer_cost(g: Game) -> int:
    """The time the huisarts's offer of GGZ treatment costs now."""
    before = g.state.time["huisarts"]
    g.apply(Action("huisarts", "verwijs_ggz"))
    return before - g.state.time["huisarts"]


def test_an_unclear_mandate_makes_an_offer_cost_one_extra_time() -> None:
    assert _offer_cost(_ron()) == 1
    assert _offer_cost(_ron(1, "onduidelijk_mandaat")) == 2


def test_a_new_wethouder_ends_the_newest_enabling_force_and_keeps_the_older() -> None:
    g = Game(load_scenario("ron"), 1)
    g.apply(Action("facilitator", "injecteer", "grijs_budget"))
    g.apply(Action("facilitator", "injecteer", "sociale_basis_garantie"))
    g.apply(Action("facilitator", "injecteer", "nieuwe_wethouder"))
    active = [f.id for f in g.state.active]
    assert "grijs_budget" in active and "sociale_basis_garantie" not in active
    assert any(m.code == "force_cancelled" and m.param("force") == "sociale_basis_garantie"
               for _, _, m in g.state.log)
    # it is a move in the history: the game replays to the same state
    assert Game.from_save(g.to_save(), g.scenario).state_hash() == g.state_hash()


def _welzijnscoach_waiting(*inject: str) -> Game:
    """Greet tells the huisarts she is lonely; he refers her to the welzijnscoach (Welzijn
    op Recept: prevention the gemeente pays) and she accepts."""
    g = Game(load_scenario("greet"), 1)
    for fid in inject:
        g.apply(Action("facilitator", "injecteer", fid))
    _until(g, "inwoner")
    g.apply("inwoner:vertel(eenzaamheid->huisarts)")
    _to_professionals(g)
    g.apply(Action("huisarts", "welzijn_op_recept"))
    _until(g, "inwoner", 2)
    g.apply(Action("inwoner", "accepteer", "welzijnscoach"))
    assert g.state.arrangements["welzijnscoach"].status == "waiting"
    return g


def test_the_prevention_paradox_stops_the_gemeentes_prevention() -> None:
    g = _welzijnscoach_waiting()
    g.apply(Action("facilitator", "injecteer", "preventieparadox"))
    assert g.state.arrangements["welzijnscoach"].status == "stopped"


def test_a_shared_budget_keeps_prevention_through_the_paradox() -> None:
    g = _welzijnscoach_waiting("grijs_budget")
    g.apply(Action("facilitator", "injecteer", "preventieparadox"))
    assert g.state.arrangements["welzijnscoach"].status == "waiting"
