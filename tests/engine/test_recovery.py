"""Recovery: a problem its own domain tackled, now below the severity where it drains, gives
back what it took: each dimension it drains comes back 1 a round, up to where it started;
not while another problem still drains that dimension, and not for a problem nobody tackled."""

from __future__ import annotations

from game.engine import Game
from tests.engine import mini
from tests.engine.mini import next_round


def game(problems=None) -> Game:  # type: ignore[no-untyped-def]
    sc = mini.scenario(mini.calm(problems), deck=[])
    return Game(sc, seed=1)


def kvl(g: Game) -> int:
    return g.state.health["kwaliteit_van_leven"]


def test_a_tackled_problem_gives_back_what_it_drained_up_to_the_start() -> None:
    g = game()
    start = kvl(g)
    g._s.health["kwaliteit_van_leven"] = start - 2  # what the debts took earlier
    g._s.problems["schulden"].addressed = True  # tackled by the social domain
    next_round(g)
    assert kvl(g) == start - 1
    assert any(m.code == "health" and m.param("dim") == "kwaliteit_van_leven"
               and m.param("new") == start - 1 for _r, _p, m in g.state.log)
    next_round(g)
    next_round(g)
    assert kvl(g) == start  # and no further


def test_no_recovery_for_a_problem_nobody_tackled() -> None:
    g = game()
    start = kvl(g)
    g._s.health["kwaliteit_van_leven"] = start - 2
    next_round(g)
    assert kvl(g) == start - 2


def test_no_recovery_while_another_problem_still_drains_the_dimension() -> None:
    # eenzaam drains kwaliteit van leven too here, and stays at its severity (3 >= 3)
    g = game({"eenzaam": {"drains": ["kwaliteit_van_leven"], "severity": 3}})
    g._s.problems["schulden"].addressed = True
    before = kvl(g)
    next_round(g)
    assert kvl(g) < before  # drained, not given back
