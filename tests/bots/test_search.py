"""The search bot: it sees only its own role's side of the table, plays only legal moves,
finishes games in every role, plays better than random, and the difficulty levels."""

from __future__ import annotations

import random

import pytest

from game.bots import search
from game.bots.heuristic import HeuristicBot
from game.bots.levels import LEVELS, EasyBot, get_level, make_bot
from game.bots.random_bot import RandomBot
from game.bots.search import Belief, SearchBot, SearchBudget, clone, determinize, observe
from game.content import load_scenario
from game.engine import Game
from game.engine import determinize as determinize_module
from game.engine.defs import DIMENSIONS, PROFESSIONALS
from game.engine.state import GameState
from game.engine.view import SEES

SMALL = SearchBudget(rollouts=12, depth_rounds=2, max_candidates=4)
TINY = SearchBudget(rollouts=4, depth_rounds=1, max_candidates=2)
# (scenario, role, round, seed): decision points with a real choice and a history behind them
CASES = [
    ("ron", "huisarts", 3, 11),
    ("ron", "sociaal_werker", 2, 12),
    ("ron", "wijkverpleegkundige", 4, 13),
    ("greet", "inwoner", 3, 14),
    ("greet", "sociaal_werker", 3, 15),
]


def decision_point(scenario: str, role: str, rnd: int, seed: int) -> Game:
    """Heuristic play until ``role`` has a choice of at least three moves in round ``rnd``."""
    sc = load_scenario(scenario)
    game = Game(sc, seed, sorted(sc.models)[seed % len(sc.models)])
    bot = HeuristicBot(seed)
    rng = random.Random(seed)
    while not game.is_over():
        movers = game.to_move()
        if game.round >= rnd and role in movers and len(game.legal_actions(role)) >= 3:
            return game
        who = rng.choice(movers)
        game.apply(bot.choose(game, who))
    raise AssertionError("the game ended before the decision point")


def hide_differently(game: Game, role: str, seed: int) -> Game:
    """The same game, with every hidden part that ``role`` cannot see changed: the other
    roles' dossiers (facts ``role`` does not know), the inwoner's trust in the others (only
    the inwoner sees all trust), the severities of problems ``role`` does not know, the
    health it cannot see, the rest of the deck and the dice."""
    other = Game.from_save(game.to_save(), game.scenario)
    s = other._s  # (a test may change the hidden parts behind the screen)
    rng = random.Random(seed)
    sc = game.scenario
    mine = set(s.knows[role])
    for r in (*PROFESSIONALS, "inwoner"):
        if r == role:
            continue
        for fact in [p.id for p in sc.casus.problems] + ["wens"]:
            if fact not in mine and r != "inwoner" and rng.random() < 0.6:
                s.knows[r] ^= {fact}
        s.learned_at[r] = {f: 0 for f in s.knows[r]}
        s.signals[r] = []
        if r in PROFESSIONALS and role != "inwoner":
            s.trust[r] = rng.randint(0, 3)
    for pid, p in s.problems.items():
        if pid not in mine:
            p.severity = rng.randint(0, 4)
            p.addressed = not p.addressed
        p.since_growth = rng.randrange(3)
    if not s.shared_frame:
        for d in DIMENSIONS:
            if d not in SEES[role]:
                s.health[d] = rng.randint(0, 10)
                s.start_health[d] = rng.randint(0, 10)
    if role != "inwoner":
        s.energy = rng.randint(0, 3)
    unseen = [f for f in sc.forces if f not in s.forces_seen]
    s.deck = rng.sample(unseen, min(len(s.deck), len(unseen)))
    s.rng = random.Random(rng.random())
    return other


# --- the bot never reads another role's dossier -----------------------------------------


@pytest.mark.parametrize(("scenario", "role", "rnd", "seed"), CASES)
def test_choice_does_not_depend_on_what_the_role_cannot_see(
        scenario: str, role: str, rnd: int, seed: int) -> None:
    game = decision_point(scenario, role, rnd, seed)
    twin = hide_differently(game, role, seed)
    # the twin really is a different game behind the screen...
    assert twin.state_hash() != game.state_hash()
    assert twin.state.knows != game.state.knows or twin.state.deck != game.state.deck
    # ...that looks the same from this role's chair
    assert twin.view(role) == game.view(role)
    assert twin.legal_actions(role) == game.legal_actions(role)
    a = SearchBot(7, level="normaal").analyse(game, role)
    b = SearchBot(7, level="normaal").analyse(twin, role)
    assert a.rollouts > 0
    assert a.choice == b.choice
    assert a.scores == b.scores  # every candidate's value, not only the winner
    # the sampled worlds themselves are the same
    oa, ob = observe(game, role), observe(twin, role)
    wa = determinize(oa.view, game.scenario, random.Random(3), model=oa.model,
                     difficulty=oa.difficulty)
    wb = determinize(ob.view, twin.scenario, random.Random(3), model=ob.model,
                     difficulty=ob.difficulty)
    assert wa.state_hash() == wb.state_hash()


def test_a_bot_that_peeked_would_be_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The independence test has teeth: a search that plays on copies of the real game (so
    reads the hidden parts) scores the same two games differently."""
    differ = 0
    for scenario, role, rnd, seed in CASES:
        game = decision_point(scenario, role, rnd, seed)
        twin = hide_differently(game, role, seed)
        scores = []
        for real in (game, twin):
            monkeypatch.setattr(Belief, "sample", lambda self, rng, g=real: clone(g))
            scores.append(SearchBot(7, budget=SMALL).analyse(real, role).scores)
        differ += scores[0] != scores[1]
    monkeypatch.undo()
    assert differ >= len(CASES) - 1


def test_a_world_matches_the_view_it_was_sampled_from() -> None:
    for scenario, role, rnd, seed in CASES:
        game = decision_point(scenario, role, rnd, seed)
        obs = observe(game, role)
        world = determinize(obs.view, game.scenario, random.Random(seed), model=obs.model,
                            difficulty=obs.difficulty)
        mine, theirs = world.view(role), obs.view
        for attr in ("round", "phase", "to_move", "time", "energy", "times", "done", "health",
                     "problems", "wish_known", "signals", "trust", "relations", "pots",
                     "consent", "general_consent", "requests", "offers", "arrangements",
                     "network", "current_force", "pending_choice", "active_forces", "flags",
                     "counters"):
            assert getattr(mine, attr) == getattr(theirs, attr), attr
        # the sampled world is a whole game that plays on
        while not world.is_over():
            who = world.to_move()[0]
            world.apply(world.legal_actions(who)[-1])


def test_the_determinization_knows_every_field_of_the_state() -> None:
    assert set(GameState.__slots__) == determinize_module.WORLD_FIELDS


def test_clone_is_an_independent_copy() -> None:
    game = decision_point("ron", "sociaal_werker", 2, 12)
    copy = clone(game)
    assert copy.state_hash() == game.state_hash()
    before = game.state_hash()
    while not copy.is_over():
        copy.apply(copy.legal_actions(copy.to_move()[0])[-1])  # the last move: klaar
    assert game.state_hash() == before


# --- legal moves, whole games -------------------------------------------------------------


def test_only_legal_actions_are_chosen() -> None:
    sc = load_scenario("greet")
    game = Game(sc, 21, "brugfunctiemodel")
    bot = SearchBot(21, budget=TINY)
    other = RandomBot(21)
    checked = 0
    while not game.is_over() and game.round <= 3:
        role = other.rng.choice(game.to_move())
        action = bot.choose(game, role)
        assert action in game.legal_actions(role)
        game.apply(action if checked % 2 else other.choose(game, role))
        checked += 1
    assert checked > 20


@pytest.mark.parametrize("role", ["huisarts", "wijkverpleegkundige", "sociaal_werker",
                                  "inwoner"])
def test_finishes_a_game_of_ron_in_every_role(role: str) -> None:
    sc = load_scenario("ron")
    game = Game(sc, 31, "netwerkmodel")
    bot = SearchBot(31, budget=SMALL)
    rest = HeuristicBot(31)
    rng = random.Random(31)
    chosen = 0
    while not game.is_over():
        who = rng.choice(game.to_move())
        if who == role:
            game.apply(bot.choose(game, who))
            chosen += 1
        else:
            game.apply(rest.choose(game, who))
    assert game.result().ending is not None
    assert chosen >= 8


def test_same_seed_same_choices() -> None:
    game = decision_point("ron", "sociaal_werker", 2, 12)
    a = [SearchBot(5, budget=SMALL).choose(game, "sociaal_werker") for _ in range(2)]
    assert a[0] == a[1]


def test_time_cap_cuts_the_search_short() -> None:
    game = decision_point("ron", "sociaal_werker", 2, 12)
    big = SearchBudget(rollouts=10_000, depth_rounds=2, max_candidates=6)
    result = SearchBot(5, budget=big, time_budget_ms=50).analyse(game, "sociaal_werker")
    assert result.choice in game.legal_actions("sociaal_werker")
    assert result.rollouts < 10_000


# --- strength ------------------------------------------------------------------------------


def play(scenario: str, seed: int, bot_role: str, bot: object) -> float:
    sc = load_scenario(scenario)
    game = Game(sc, seed, sorted(sc.models)[seed % len(sc.models)])
    rest = HeuristicBot(seed)
    rng = random.Random(seed)
    while not game.is_over():
        who = rng.choice(game.to_move())
        player = bot if who == bot_role else rest
        game.apply(player.choose(game, who))  # type: ignore[attr-defined]
    return game.result().health_gain


def test_normal_level_plays_better_than_random() -> None:
    """Ron's social worker, played by the normal search bot or at random (the other roles
    heuristic), over the same six games: the mean health gain is higher with the search bot.
    """
    seeds = range(101, 107)
    searched = [play("ron", s, "sociaal_werker", SearchBot(s, level="normaal")) for s in seeds]
    randomly = [play("ron", s, "sociaal_werker", RandomBot(s)) for s in seeds]
    assert sum(searched) / 6 > sum(randomly) / 6


# --- levels --------------------------------------------------------------------------------


def test_levels_have_dutch_ids_english_aliases_and_make_bots() -> None:
    assert [lv.id for lv in LEVELS] == ["makkelijk", "normaal", "moeilijk"]
    assert [lv.en for lv in LEVELS] == ["easy", "normal", "hard"]
    for lv in LEVELS:
        assert lv.label("nl") != lv.label("en") or lv.id == "normaal"
        assert lv.text("nl") and lv.text("en")
        assert get_level(lv.en) is lv and get_level(lv.id.upper()) is lv
    assert isinstance(make_bot("easy", 1), EasyBot)
    normal, hard = make_bot("normaal", 1), make_bot("hard", 1)
    assert isinstance(normal, SearchBot) and isinstance(hard, SearchBot)
    assert hard.budget.rollouts > normal.budget.rollouts
    assert normal.time_budget_ms is None
    assert make_bot("normal", 1, play=True).time_budget_ms is not None  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="makkelijk"):
        get_level("expert")


def test_easy_bot_mixes_heuristic_and_random_moves() -> None:
    game = decision_point("ron", "sociaal_werker", 2, 12)
    legal = game.legal_actions("sociaal_werker")
    same = 0
    for s in range(40):
        pick = EasyBot(s).choose(game, "sociaal_werker")
        assert pick in legal
        same += pick == HeuristicBot(s).choose(game, "sociaal_werker")
    assert 20 <= same < 40


def test_budgets_are_declared_for_the_search_levels() -> None:
    assert set(search.BUDGETS) == {"normaal", "moeilijk"}
    with pytest.raises(ValueError):
        SearchBot(1, level="makkelijk")
