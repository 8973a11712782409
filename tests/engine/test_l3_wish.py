"""Lesson L3, begin with what the inwoner wants (issue 13, casus format 6): every
professional can ask the wish in a way of its own, and help chosen without knowing the wish
that does nothing for it works less (its health gains are 1 smaller); the offerer and the
inwoner hear it. Help that raises a dimension of the wish works in full."""

from __future__ import annotations

from dataclasses import replace

from game.content import load_scenario
from game.engine import Game
from game.engine.view import public_view
from game.lang import render


def _ron(*, knows_wish: bool, fmt: int | None = None) -> Game:
    sc = load_scenario("ron")
    if fmt is not None:
        sc = replace(sc, casus=replace(sc.casus, format=fmt))
    g = Game(sc, seed=2)
    g.apply("inwoner:klaar")
    s = g._s
    s.knows["sociaal_werker"] |= {"schulden"} | ({"wens"} if knows_wish else set())
    s.trust["sociaal_werker"] = 3
    return g


def _gains_from(g: Game, arr: str) -> int:
    return sum(int(m.param("new")) - int(m.param("old")) for _r, _p, m in g._s.log
               if m.code == "health" and m.param("cause") == "arrangement"
               and m.param("what") == arr)


def test_help_offered_without_the_wish_is_told_to_the_offerer_and_the_inwoner() -> None:
    g = _ron(knows_wish=False)
    events = g.apply("sociaal_werker:schuldhulp")
    told = [m for m in events if m.code == "offer_ignores_wish"]
    assert len(told) == 1 and told[0].visible_to == frozenset({"sociaal_werker", "inwoner"})
    assert "schuldhulpverlening" in g._s.ignored_wish
    assert "Ron" in render(told[0], g.scenario, "nl") and "{" not in render(
        told[0], g.scenario, "en")
    for role in ("huisarts", "wijkverpleegkundige"):
        assert not any(m.code == "offer_ignores_wish" for _r, _p, m in g.view(role).log)
    assert not any(m.code == "offer_ignores_wish" for _r, _p, m in public_view(g).log)


def test_help_that_ignores_the_wish_works_less() -> None:
    from game.engine import phases
    from game.engine.state import ArrangementState

    gains = {}
    for knows in (False, True):
        g = _ron(knows_wish=knows)
        g.apply("sociaal_werker:schuldhulp")
        assert ("schuldhulpverlening" in g._s.ignored_wish) is not knows
        duration = g.scenario.arrangements["schuldhulpverlening"].duration or 1
        g._s.arrangements["schuldhulpverlening"] = ArrangementState(  # its last round
            "schuldhulpverlening", "sociaal_werker", "running", rounds_run=duration - 1)
        before = g._s.problems["schulden"].severity
        phases.leven(g)
        gains[knows] = _gains_from(g, "schuldhulpverlening")
        # the debts are treated all the same: the help is not refused, it helps less
        assert g._s.problems["schulden"].severity < before
    assert gains == {False: 0, True: 1}


def test_help_that_raises_the_wish_works_in_full() -> None:
    g = _ron(knows_wish=False)
    g._s.knows["sociaal_werker"].add("daginvulling")
    events = g.apply("sociaal_werker:dagbesteding")  # raises meedoen: Ron's wish
    assert not any(m.code == "offer_ignores_wish" for m in events)
    assert not g._s.ignored_wish


def test_an_older_casus_keeps_its_rules() -> None:
    g = _ron(knows_wish=False, fmt=5)
    events = g.apply("sociaal_werker:schuldhulp")
    assert not any(m.code == "offer_ignores_wish" for m in events)
    assert not g._s.ignored_wish
    assert "ignored_wish" not in g.to_dict()  # and old saves keep their hashes


def test_every_professional_can_ask_the_wish() -> None:
    sc = load_scenario("ron")
    askers = {key.split(":")[0] for key, a in sc.actions.items()
              if any(e.key == "ask_wish" for e in a.effects)}
    assert askers >= {"huisarts", "wijkverpleegkundige", "sociaal_werker"}
    g = Game(sc, seed=2)
    g.apply("inwoner:klaar")
    g._s.trust["wijkverpleegkundige"] = 1
    g.apply("wijkverpleegkundige:wat_telt")
    assert "wens" in g.state.knows["wijkverpleegkundige"]
    g._s.trust["huisarts"] = 2
    g.apply("huisarts:doorvragen")
    assert "wens" in g.state.knows["huisarts"]
