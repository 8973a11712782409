"""Lesson L9 (issue 13): every game meets a colleague who leaves, and an initiative that rests
on one person stops then unless the team secured it (borgen)."""

from __future__ import annotations

import pytest

from game.bots.heuristic import HeuristicBot
from game.content import list_scenarios, load_scenario
from game.engine import Game
from game.engine.roles import ROLES

CASUS = [c.id for c in list_scenarios()]
TURNOVER = "de_kartrekker_vertrekt"


@pytest.mark.parametrize("casus", CASUS)
@pytest.mark.parametrize("difficulty", ["licht", "normaal", "zwaar"])
def test_every_game_meets_the_colleague_who_leaves_in_round_5(casus: str,
                                                               difficulty: str) -> None:
    sc = load_scenario(casus)
    for seed in range(8):
        g = Game(sc, seed, sorted(sc.models)[seed % len(sc.models)], difficulty)
        dealt = list(g.state.forces_seen) + list(g.state.deck)
        assert dealt[4] == TURNOVER, (casus, seed, dealt)


def _until_round(game: Game, bots: dict[str, HeuristicBot], rnd: int) -> None:
    while not game.is_over() and game.round < rnd:
        role = game.to_move()[0]
        game.apply(bots[role].choose(game, role))


def test_an_unsecured_project_stops_when_its_driver_leaves_and_a_secured_one_goes_on() -> None:
    stopped, kept = 0, 0
    for casus in ("ron", "harrie", "ria", "lina"):
        sc = load_scenario(casus)
        for seed in range(12):
            game = Game(sc, seed, "netwerkmodel")
            bots = {r: HeuristicBot(seed + i) for i, r in enumerate(ROLES)}
            _until_round(game, bots, 5)
            if game.is_over():
                continue
            # the state at the start of round 5, before its force: replay to just before it
            before = Game(sc, seed, "netwerkmodel")
            for a in game.history[:-1]:
                before.apply(a)
            projects = {a.id: a.secured for a in before.state.arrangements.values()
                        if sc.arrangements[a.id].project and a.status in ("running", "waiting")}
            after = {a.id: a for a in game.state.arrangements.values()}
            for aid, secured in projects.items():
                if secured:
                    assert after[aid].status in ("running", "waiting", "done"), (casus, seed, aid)
                    kept += 1
                else:
                    assert after[aid].status == "stopped", (casus, seed, aid)
                    stopped += 1
            logged = [m for r, _p, m in game.view("facilitator").log
                      if r == 5 and m.code == "arr_stopped"]
            assert all(m.param("why") == "kartrekker_weg" for m in logged), logged
    assert stopped > 0, "no game had an unsecured project running when the driver left"


def _ria_with_the_trial(secure: bool) -> Game:
    """Ria, played by hand: the sociaal werker starts the casus's own project (a caring
    neighbourhood trial on project money) in round 1, and secures it in round 3 or not;
    the huisarts eases the pain every round so that the game reaches round 5."""
    from game.content.mini import next_round, to_professionals

    g = Game(load_scenario("ria"), 3, "netwerkmodel")
    to_professionals(g)
    g.apply("huisarts:verwijs(sociaal_werker)")  # a warm hand-over: Ria trusts the SW
    g.apply("sociaal_werker:keukentafelgesprek")  # she meets Ineke in the hall
    assert "ineke_overbelast" in g.state.knows["sociaal_werker"]
    g.apply("sociaal_werker:zorgzame_buurt_starten")
    next_round(g)
    g.apply("inwoner:accepteer(proeftuin_zorgzame_buurt)")
    while g.round < 5:
        to_professionals(g)
        if g.round == 3 and secure:
            g.apply("sociaal_werker:borgen(proeftuin_zorgzame_buurt)")
        g.apply("huisarts:pijnbestrijding")
        next_round(g)
    assert not g.is_over() and g.round == 5
    assert TURNOVER in g.state.forces_seen
    return g


def test_ria_s_caring_neighbourhood_trial_rests_on_one_coordinator() -> None:
    """Ria has a project of her own (L9): the trial ran in round 4; when the kartrekker
    leaves in round 5 it stops, unless the team secured it."""
    sc = load_scenario("ria")
    assert sc.arrangements["proeftuin_zorgzame_buurt"].project
    unsecured = _ria_with_the_trial(secure=False)
    assert unsecured.state.arrangements["proeftuin_zorgzame_buurt"].status == "stopped"
    stops = [m for r, _p, m in unsecured.view("facilitator").log
             if r == 5 and m.code == "arr_stopped"]
    assert [m.param("why") for m in stops] == ["kartrekker_weg"]
    secured = _ria_with_the_trial(secure=True)
    state = secured.state.arrangements["proeftuin_zorgzame_buurt"]
    assert state.status == "running" and state.secured
