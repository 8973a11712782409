"""Issue 13, variety: two rules a casus can switch on so that it plays unlike the others.
``decline`` (Ria: time runs out, the goal is a good last phase, not recovery) and a problem's
``window`` (Sanne: a child's development window that closes). Played on the mini scenario."""

from __future__ import annotations

from game.content import load_scenario, mini
from game.engine import Game
from game.lang import render

T = mini.T


def _health_after(g: Game, rounds: int, dim: str = "lichaamsfuncties") -> list[int]:
    out = []
    for _ in range(rounds):
        mini.next_round(g)
        out.append(g.state.health[dim])
    return out


def test_a_declining_dimension_falls_every_n_rounds_whatever_anyone_does() -> None:
    sc = mini.scenario(mini.calm(format=3, decline=["lichaamsfuncties"], decline_every=2),
                       deck=[])
    g = Game(sc, 1)
    # (start 5) the leven phase of rounds 2 and 4 takes 1 each; seen in rounds 2 to 5
    assert g.state.health["lichaamsfuncties"] == 5
    assert _health_after(g, 4) == [4, 4, 3, 3]
    said = [render(m, sc, "nl") for _, _, m in g.state.log
            if m.code == "health" and m.param("cause") == "decline"]
    told = "De ziekte gaat door, wat iemand ook doet. Mo wordt zwakker: lichaamsfuncties"
    assert said == [f"{told} 5 → 4.", f"{told} 4 → 3."]
    # without decline nothing changes it
    plain = Game(mini.scenario(mini.calm(format=3), deck=[]), 1)
    assert _health_after(plain, 4) == [5, 5, 5, 5]


ENDINGS = [{"id": "goed", "rank": "good", "name": T("goed"), "text": T("g")},
           {"id": "anders", "rank": "neutral", "name": T("anders"), "text": T("a")}]


def test_the_web_is_judged_without_the_declining_dimension() -> None:
    """Format 4 gives no good ending while the web ended lower than it started; the fall of
    a declining dimension does not count."""
    sc = mini.scenario(mini.calm(format=4, rounds=2, endings=ENDINGS,
                                 decline=["lichaamsfuncties"], decline_every=1), deck=[])
    g = Game(sc, 1)
    while not g.is_over():
        mini.finish_phase(g)
    assert g.state.health["lichaamsfuncties"] < 5 and g.state.ending == "goed"
    # the same fall from elsewhere (a force) does count: no good ending then
    hit = mini.force("klap", "belemmerend", effects=[{"health": {"dim": "lichaamsfuncties",
                                                                  "by": -2}}])
    sc2 = mini.scenario(mini.calm(format=4, rounds=2, endings=ENDINGS), deck=[],
                        extra_forces=[hit])
    g2 = Game(sc2, 1)
    g2.apply("facilitator:injecteer(klap)")
    while not g2.is_over():
        mini.finish_phase(g2)
    assert g2.state.ending == "anders"


def _prescribe(window: int | None) -> list[int]:
    """The huisarts prescribes for the depression in rounds 1 and 2 (severity 3, it does
    not grow by itself); the severity after each."""
    sc = mini.scenario(mini.calm(problems={"depressie": {"severity": 3, "window": window}}),
                       deck=[])
    g = Game(sc, 1)
    out = []
    for _ in range(2):
        mini.to_professionals(g)
        g.apply("huisarts:voorschrijven")
        out.append(g.state.problems["depressie"].severity)
        mini.next_round(g)
    return out


def test_after_its_window_closes_help_no_longer_lowers_a_problem() -> None:
    assert _prescribe(None) == [2, 1]
    assert _prescribe(1) == [2, 2]


def test_the_players_are_told_when_the_window_closes() -> None:
    sc = mini.scenario(mini.calm(problems={"depressie": {"window": 1}}), deck=[])
    g = Game(sc, 1)
    mini.next_round(g)
    closed = [m for _, _, m in g.state.log if m.code == "window_closed"]
    assert len(closed) == 1 and g.round == 2
    assert render(closed[0], sc, "nl").startswith("De tijd voor depressie is voorbij.")


def test_ria_declines_and_sanne_has_a_window() -> None:
    ria, sanne = load_scenario("ria").casus, load_scenario("sanne").casus
    assert ria.decline == ["lichaamsfuncties"] and ria.tension is not None
    assert any(p.window for p in sanne.problems)
