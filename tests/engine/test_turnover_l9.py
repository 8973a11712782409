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
