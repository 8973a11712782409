"""The game says what is true (issue 12), in casussen of format 3: every health change of the
leven phase comes with its cause, a problem at 4 warns, every crisis is counted, "starts in
N rounds" is right, the log names no problem a role does not know, and the medicalisation
counter gives nothing of a dossier away. A casus of an older format keeps its old rules."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.random_bot import RandomBot
from game.content import load_scenario
from game.engine import Game
from game.engine.defs import Scenario
from game.engine.roles import PROFESSIONALS, ROLES
from game.lang import render

CASUSSEN = ("ron", "greet", "harrie", "hatice", "lina", "ria", "sanne")


def with_format(sc: Scenario, fmt: int) -> Scenario:
    return replace(sc, casus=replace(sc.casus, format=fmt))


def play(sc: Scenario, seed: int, bot: str = "heuristic",
         after: Any = None) -> Game:
    game = Game(sc, seed)
    bots = {r: (HeuristicBot(seed + i) if bot == "heuristic" else RandomBot(seed + i))
            for i, r in enumerate(ROLES)}
    if after is not None:
        after(game)
    while not game.is_over():
        role = game.to_move()[0]
        game.apply(bots[role].choose(game, role))
        if after is not None:
            after(game)
    return game


def test_round_1_leven_tells_each_health_change_with_its_cause() -> None:
    sc = load_scenario("ron")
    assert sc.casus.format >= 3
    game = Game(sc, 1)
    leven = [m for r, p, m in game.state.log if p == "leven" and m.code == "health"]
    assert leven, "the debts and the drink drain health in round 1"
    assert all(m.param("cause") for m in leven)
    inwoner = [render(m, sc, "nl") for _r, _p, m in game.view("inwoner").log]
    assert "Schulden: kwaliteit van leven 5 → 4." in inwoner
    # the huisarts does not know the debts: the change is told, not its cause
    huisarts = [render(m, sc, "nl") for _r, _p, m in game.view("huisarts").log]
    assert not any("Schulden" in line for line in huisarts)
    assert "Bipolaire stoornis: mentaal welbevinden 5 → 4." in huisarts
    assert any(line.startswith("Door iets wat nog niet bekend is") for line in huisarts)


def test_an_old_format_tells_health_changes_as_it_did() -> None:
    game = Game(with_format(load_scenario("ron"), 1), 1)
    leven = [m for r, p, m in game.state.log if p == "leven" and m.code == "health"]
    assert leven and not any(m.param("cause") for m in leven)
    assert not any(m.code == "crisis_near" for _r, _p, m in game.state.log)


def test_a_problem_at_4_warns_those_who_know_it_that_a_crisis_is_near() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)  # the debts start at 4
    warn = [m for _r, _p, m in game.state.log if m.code == "crisis_near"]
    assert [m.param("problem") for m in warn] == ["schulden"]
    assert warn[0].visible_to == frozenset({"inwoner"})
    assert any("Er dreigt een crisis" in render(m, sc, "nl")
               for _r, _p, m in game.view("inwoner").log)
    assert not any(m.code == "crisis_near" for _r, _p, m in game.view("huisarts").log)


@pytest.mark.parametrize("fmt,crises", [(3, 1), (1, 0)])
def test_every_escalation_is_a_crisis_on_the_end_screen(fmt: int, crises: int) -> None:
    # Ron's drinking escalates to the emergency department: its own counter, and a crisis
    game = Game(with_format(load_scenario("ron"), fmt), 1)
    game._s.problems["alcohol"].severity = 5
    game._escalate("alcohol")
    assert game.result().counters["emergency_visits"] == 1
    assert game.result().counters["crises"] == crises


@pytest.mark.parametrize("casus", CASUSSEN)
def test_starts_in_n_rounds_is_the_round_it_starts(casus: str) -> None:
    """Every "starts in N rounds" event comes true: the arrangement starts N rounds later,
    over whole bot games."""
    sc = load_scenario(casus)
    checked = 0
    for seed in range(4):
        log = play(sc, seed).state.log
        for i, (r, _p, m) in enumerate(log):
            if m.code != "arr_waiting":
                continue
            what, n = m.param("what"), int(m.param("rounds") or 0)
            nxt = next(((r2, m2.code) for r2, _p2, m2 in log[i + 1:]
                        if m2.param("what") == what
                        and m2.code in ("arr_started", "arr_stopped", "arr_waiting")), None)
            if nxt is not None and nxt[1] == "arr_started":
                assert nxt[0] == r + n, (casus, seed, what, r, n, nxt[0])
                checked += 1
    assert checked, f"no arrangement started in {casus}'s bot games"


def test_the_view_counts_the_rounds_until_it_starts() -> None:
    sc = load_scenario("ron")
    seen: list[tuple[int, int, str]] = []

    def look(game: Game) -> None:
        if game.phase not in ("inwoner", "professionals"):
            return
        for a in game.view("inwoner", log=False).arrangements:
            if a.status == "waiting" and (game.round, a.starts_in, a.id) not in seen:
                seen.append((game.round, a.starts_in, a.id))

    game = play(sc, 2, after=look)
    assert seen
    for r, n, aid in seen:
        start = next((r2 for r2, _p, m in game.state.log
                      if m.code == "arr_started" and m.param("what") == aid and r2 > r), None)
        if start is not None and n >= 1:
            assert start == r + n, (aid, r, n, start)


def _names(sc: Scenario, lang: str) -> dict[str, str]:
    return {p.id: p.name.get(lang) for p in sc.casus.problems}


@pytest.mark.parametrize("casus", CASUSSEN)
def test_no_log_names_a_problem_its_role_does_not_know(casus: str) -> None:
    """In every line a role (or the public board) reads, the name of a problem appears only
    once that role knows it; a crisis is public but its hidden cause is not named."""
    sc = load_scenario(casus)
    names = _names(sc, "nl")
    failures: list[str] = []

    def look(game: Game) -> None:
        s = game.state
        for role in ROLES:
            knows = s.knows[role]
            for _r, _p, m in game.view(role).log:
                line = render(m, sc, "nl")
                for pid, name in names.items():
                    if pid not in knows and name in line:
                        failures.append(f"{role} round {s.round}: {line}")

    for seed in range(3):
        play(sc, seed, "random", after=look)
        if failures:
            break
    assert not failures, failures[:5]


@pytest.mark.parametrize("casus", CASUSSEN)
def test_the_public_log_names_no_hidden_problem(casus: str) -> None:
    from game.engine.view import public_view

    sc = load_scenario(casus)
    names = _names(sc, "nl")
    failures: list[str] = []

    def look(game: Game) -> None:
        s = game.state
        known = set().union(*(s.knows[r] for r in PROFESSIONALS))
        for _r, _p, m in public_view(game).log:
            line = render(m, sc, "nl")
            failures.extend(f"round {s.round}: {line}" for pid, name in names.items()
                            if pid not in known and name in line)

    play(sc, 1, "random", after=look)
    assert not failures, failures[:5]


def test_the_medicalisation_counter_does_not_tell_the_sociaal_werkers_dossier() -> None:
    """A GP visit for an unaddressed problem counts the same whether the sociaal werker
    knows the loneliness or not (format 3); the old rule counted only when it did not."""
    sc = load_scenario("greet")
    lonely = [p.id for p in sc.casus.problems if p.gp_visits]
    assert lonely
    for fmt, same in ((3, True), (1, False)):
        counts = []
        for knows in (False, True):
            game = Game(with_format(sc, fmt), 4)
            if knows:
                game._s.knows["sociaal_werker"].update(lonely)
            for p in lonely:
                game._s.problems[p].severity = max(1, game._s.problems[p].severity)
            before = game.state.counters["medicalisation"]
            game._leven()
            counts.append(game.state.counters["medicalisation"] - before)
        assert (counts[0] == counts[1]) is same, (fmt, counts)
