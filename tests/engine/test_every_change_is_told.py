"""Every change of trust, relations, severity and health is told by an event, so the log (and
the debrief, which reads it) can say what happened: folding the events over the start state
gives the end state, in many random games of every casus and organisation model."""

from __future__ import annotations

import pytest

from game.bots.play import play
from game.bots.random_bot import RandomBot
from game.content import list_scenarios, load_scenario
from game.engine import Game

CASUSSEN = [c.id for c in list_scenarios()]
MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")


def fold(game: Game, start: Game) -> dict[str, dict[str, int]]:
    s0 = start.state
    out = {"trust": dict(s0.trust), "relations": dict(s0.relations),
           "severity": {pid: p.severity for pid, p in s0.problems.items()},
           "health": dict(s0.health)}
    # the events from the state the first move met (a new game has already begun round 1)
    for _r, _p, m in game.state.log[len(s0.log):]:
        if m.code == "trust":
            assert out["trust"][str(m.param("role"))] == m.param("old"), m
            out["trust"][str(m.param("role"))] = int(m.param("new"))
        elif m.code == "relation":
            key = f"{m.param('role')}+{m.param('other')}"
            assert out["relations"][key] == m.param("old"), m
            out["relations"][key] = int(m.param("new"))
        elif m.code == "severity":
            pid = str(m.param("problem"))
            assert out["severity"][pid] == m.param("old"), m
            out["severity"][pid] = int(m.param("new"))
        elif m.code == "health":
            dim = str(m.param("dim"))
            assert out["health"][dim] == m.param("old"), m
            out["health"][dim] = int(m.param("new"))
    return out


@pytest.mark.parametrize("casus", CASUSSEN)
def test_the_log_tells_every_change(casus: str) -> None:
    sc = load_scenario(casus)
    for seed in range(12):
        model = MODELS[seed % len(MODELS)]
        difficulty = ("licht", "normaal", "zwaar")[seed % 3]
        start = Game(sc, seed, model, difficulty)
        game = play(Game(sc, seed, model, difficulty), RandomBot(seed))
        told = fold(game, start)
        s = game.state
        assert told["trust"] == s.trust, (casus, seed)
        assert told["relations"] == s.relations, (casus, seed)
        assert told["severity"] == {pid: p.severity for pid, p in s.problems.items()}, (
            casus, seed)
        assert told["health"] == s.health, (casus, seed)


def test_the_inwoner_hears_what_got_across_when_asked_but_not_what_was_shared() -> None:
    sc = load_scenario("ron")
    asked = shared = 0
    for seed in range(20):
        game = Game(sc, seed, "netwerkmodel")
        bot = RandomBot(seed)
        while not game.is_over():
            role = bot.rng.choice(game.to_move())
            action = bot.choose(game, role)
            d = sc.actions.get(f"{action.role}:{action.name}")
            events = game.apply(action)
            learned = [m for m in events if m.code == "learned"]
            if not learned or d is None:
                continue
            seen = [m for _r, _p, m in game.view("inwoner").log]
            if d.op == "deel":  # between professionals: the inwoner is not told
                shared += 1
                assert not any(m in seen for m in learned)
            elif any(e.ask for e in d.effects):
                # what the professional noticed (a signal) was not told by the inwoner
                noticed = {sig.problem for m in events if m.code == "signal"
                           for sig in sc.casus.signals if sig.id == m.param("signal")}
                told = [m for m in learned if m.param("fact") not in noticed]
                asked += bool(told)
                assert all(m in seen for m in told), action
    assert asked and shared  # both kinds happened
