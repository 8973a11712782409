"""Property tests: random legal games (seed, model, difficulty and every choice drawn by
hypothesis) keep the game's invariants after every action, replay exactly from their save,
and always end."""

from __future__ import annotations

import copy
import json
import random

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.engine import DIFFICULTIES, Game
from game.engine.defs import DIMENSIONS, PROFESSIONALS, Scenario
from game.engine.view import SEES
from tests.engine import mini

SCENARIOS: dict[str, Scenario] = {
    "mini": mini.scenario(),
    "calm": mini.scenario(mini.CALM),
    "rich": mini.rich(),
}
MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")
VIEWERS = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
MAX_ACTIONS = 3000

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

games = st.tuples(st.sampled_from(sorted(SCENARIOS)), st.integers(0, 2**31 - 1),
                  st.sampled_from(MODELS), st.sampled_from(sorted(DIFFICULTIES)))


def check_invariants(g: Game) -> None:
    s = g.state
    sc = g.scenario
    assert set(s.health) == set(DIMENSIONS)
    assert all(0 <= v <= 10 for v in s.health.values()), s.health
    assert all(v >= 0 for v in s.pots.values()), s.pots
    assert all(v >= 0 for v in s.time.values()), s.time
    assert s.energy >= 0
    assert all(0 <= p.severity <= 5 for p in s.problems.values())
    assert all(0 <= v <= 3 for v in s.trust.values()), s.trust
    assert all(0 <= v <= 3 for v in s.relations.values()), s.relations
    assert all(v >= 0 for v in s.counters.values())
    assert s.unblock_tokens >= 0
    assert all(e.amount >= 0 for e in s.ledger)
    for arr in s.arrangements.values():
        assert arr.wait_left >= 0 and arr.rounds_run >= 0

    # who may move
    moving = g.to_move()
    assert g.is_over() == (not moving)
    if g.is_over():
        assert s.ending in {e.id for e in sc.casus.endings}
    else:
        assert any(g.legal_actions(r) for r in moving)
        assert s.round <= sc.casus.rounds
    for role in (*VIEWERS, "facilitator"):
        legal = g.legal_actions(role)
        blocked = g.blocked_actions(role)
        assert not set(legal) & {a for a, _ in blocked}
        if role not in moving and role != "facilitator":
            assert legal == []
        for a in legal:
            assert g.reason(a) is None
        for a, why in blocked:
            assert g.reason(a) == why

    # every role's view holds only its own dossier
    for role in VIEWERS:
        v = g.view(role)
        assert {p.id for p in v.problems} <= s.knows[role]
        assert v.wish_known == ("wens" in s.knows[role])
        assert set(v.signals) <= set(s.signals[role])
        for _, _, m in v.log:
            assert m.visible_to is None or role in m.visible_to
        if role in PROFESSIONALS:
            assert set(v.trust) == {role} and v.trust[role] == s.trust[role]
            assert v.time == s.time[role] and v.energy is None
            if not s.shared_frame and "gedeeld_kader" not in s.flags:
                assert set(v.health) == set(SEES[role])
        else:
            assert v.trust == s.trust and v.energy == s.energy and v.time is None
            assert set(v.health) == set(DIMENSIONS)
        assert all(v.health[d] == s.health[d] for d in v.health)
        assert v.pots == s.pots and v.relations == s.relations
    f = g.view("facilitator")
    assert set(f.health) == set(DIMENSIONS) and f.trust == s.trust
    assert {p.id for p in f.problems} >= set().union(*(s.knows[r] for r in VIEWERS)) - {"wens"}
    assert len(f.log) == len(s.log)


def check_replay(g: Game) -> None:
    save = json.loads(json.dumps(g.to_save()))
    h = Game.from_save(save, g.scenario)
    assert h.state_hash() == g.state_hash()
    assert h.history == g.history
    assert h.is_over() == g.is_over() and h.to_move() == g.to_move()


RANDOM_MOVES = 400


def pick(g: Game, choices: list[int], i: int, facilitator: bool) -> str:
    """The i-th move of a random game: a role from to_move() and one of its legal actions,
    chosen by the drawn choices (used round and round). After RANDOM_MOVES moves every role
    says klaar, so that a game that happens to cycle still ends."""
    roles = g.to_move()
    if i < RANDOM_MOVES and choices:
        c = choices[i % len(choices)] + i // len(choices)
        if facilitator and c % 23 == 0:  # now and then the teacher injects a force
            forces = sorted(g.scenario.forces)
            return f"facilitator:injecteer({forces[(c // 23) % len(forces)]})"
        role = roles[c % len(roles)]
        actions = g.legal_actions(role)
        return str(actions[(c // len(roles)) % len(actions)])
    actions = g.legal_actions(roles[0])
    done = [a for a in actions if a.name in ("klaar", "kies")]
    return str(done[0] if done else actions[0])


@FAST
@given(game=games, choices=st.lists(st.integers(0, 10**6), min_size=1, max_size=100),
       facilitator=st.booleans())
def test_random_legal_games_keep_the_invariants(game: tuple[str, int, str, str],
                                               choices: list[int], facilitator: bool) -> None:
    name, seed, model, difficulty = game
    g = Game(SCENARIOS[name], seed, model, difficulty)
    check_invariants(g)
    for i in range(MAX_ACTIONS):
        if g.is_over():
            break
        action = pick(g, choices, i, facilitator)
        events = g.apply(action)  # a legal action never raises
        assert g.history[-1] == action
        assert isinstance(events, list)
        check_invariants(g)
        if i == 30:
            check_replay(g)
    assert g.is_over()
    check_replay(g)
    r = g.result()
    event(f"ending {r.ending} in round {r.rounds_played}")
    event(f"moves: {len(g.history) // 50 * 50}+")
    assert r.over and r.ending == g.state.ending and r.actions == len(g.history)
    assert all(v >= 0 for v in r.saved.values())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(game=games, choices=st.lists(st.integers(0, 10**6), min_size=1, max_size=120),
       stop=st.integers(0, 119))
def test_every_legal_action_applies_without_error(game: tuple[str, int, str, str],
                                                  choices: list[int], stop: int) -> None:
    name, seed, model, difficulty = game
    sc = SCENARIOS[name]
    g = Game(sc, seed, model, difficulty)
    for i in range(min(stop, len(choices))):
        if g.is_over():
            return
        g.apply(pick(g, choices, i, facilitator=False))
    if g.is_over():
        return
    for role in g.to_move():
        for a in g.legal_actions(role):
            h = copy.deepcopy(g, {id(sc): sc})
            h.apply(a)
            check_invariants(h)


@FAST
@given(game=games, rng_seed=st.integers(0, 2**31 - 1))
def test_random_players_always_finish_the_game(game: tuple[str, int, str, str],
                                               rng_seed: int) -> None:
    """Uniformly random roles and legal actions (no preference for klaar) end the game
    within the scenario's rounds and a bounded number of actions."""
    name, seed, model, difficulty = game
    sc = SCENARIOS[name]
    g = Game(sc, seed, model, difficulty)
    rng = random.Random(rng_seed)
    for _ in range(MAX_ACTIONS):
        if g.is_over():
            break
        role = rng.choice(g.to_move())
        g.apply(rng.choice(g.legal_actions(role)))
    assert g.is_over(), f"not over after {MAX_ACTIONS} actions (round {g.round}, {g.phase})"
    r = g.result()
    assert 1 <= r.rounds_played <= sc.casus.rounds
    assert r.ending in {e.id for e in sc.casus.endings}


def test_a_game_where_everyone_passes_ends_after_the_last_round() -> None:
    for model in MODELS:
        g = Game(SCENARIOS["calm"], 5, model)
        n = 0
        while not g.is_over():
            mini.finish_phase(g)
            n += 1
            assert n < 100
        assert g.result().rounds_played == SCENARIOS["calm"].casus.rounds
