"""The heuristic bot: every fact may be offered to everyone (the others' dossiers are hidden),
so the bot must not spend its moves telling people what its own view shows they know."""

from __future__ import annotations

import pytest

from game.bots.heuristic import HeuristicBot
from game.content import load_scenario
from game.engine import Game


def _shown_known(game: Game, role: str) -> set[tuple[str, str]]:
    """(fact, other) pairs this role's view shows the other knows: the public start dossiers
    and the shares in its own log (told, or answered "I knew that already")."""
    out = {(p.id, r) for p in game.scenario.casus.problems for r in p.known_to}
    for _, _, m in game.view(role).log:
        if m.code in ("shared", "already_knew"):
            out.add((str(m.param("fact")), str(m.param("other"))))
    return out


@pytest.mark.parametrize("scenario_id", ["ron", "greet", "lina"])
def test_the_bot_never_shares_what_its_view_shows_the_other_knows(scenario_id: str) -> None:
    sc = load_scenario(scenario_id)
    wasted = shares = 0
    for seed in range(8):
        game = Game(sc, seed, sorted(sc.models)[seed % len(sc.models)])
        bot = HeuristicBot(seed)
        while not game.is_over():
            role = bot.rng.choice(game.to_move())
            action = bot.choose(game, role)
            card = sc.actions.get(f"{action.role}:{action.name}")
            if card is not None and card.op in ("deel", "vertel"):
                shares += 1
                assert (action.arg, action.arg2) not in _shown_known(game, role), action
            events = game.apply(action)
            wasted += sum(1 for m in events if m.code == "already_knew")
    assert shares > 0
    # what the others learned out of sight (asking the inwoner themselves) is sometimes
    # shared again; that stays rare
    assert wasted <= shares / 2


def test_the_bot_plays_the_same_game_for_the_same_seed() -> None:
    sc = load_scenario("ron")
    hashes = []
    for _ in range(2):
        game = Game(sc, 7, "netwerkmodel")
        bot = HeuristicBot(7)
        while not game.is_over():
            game.apply(bot.choose(game, bot.rng.choice(game.to_move())))
        hashes.append(game.state_hash())
    assert hashes[0] == hashes[1]


def test_a_bot_that_comes_in_halfway_reads_the_whole_log() -> None:
    """The bot reads each view's new events only; a fresh bot, or one shown another game,
    reads the log from the start and comes to the same choice."""
    sc = load_scenario("ron")
    game = Game(sc, 3, "teammodel")
    bot = HeuristicBot(3)
    for _ in range(60):
        game.apply(bot.choose(game, bot.rng.choice(game.to_move())))
    role = game.to_move()[0]
    state = bot.rng.getstate()
    fresh = HeuristicBot(0)
    fresh.rng.setstate(state)
    other = Game(sc, 4, "teammodel")
    fresh.choose(other, other.to_move()[0])  # shown another game first
    fresh.rng.setstate(state)
    assert fresh.choose(game, role) == bot.choose(game, role)


@pytest.mark.parametrize("model", ["teammodel", "netwerkmodel"])
def test_the_bot_reads_every_relation_under_its_canonical_key(model: str) -> None:
    """kennismaken is worth less once the relation is 2 or more; the bot must read the
    relation of every pair, wijkverpleegkundige–sociaal werker included (its key was once
    built with sorted(), which no pair key in the game matches, so it always read 0)."""
    from game.engine import Action
    from game.engine.roles import PROFESSIONALS, pair_key

    sc = load_scenario("ron")
    game = Game(sc, 3, model)
    while "professionals" != game.phase:
        game.apply(HeuristicBot(0).choose(game, game.to_move()[0]))
    bot = HeuristicBot(1)
    for role in PROFESSIONALS:
        v = game.view(role)
        for other in PROFESSIONALS:
            if other == role:
                continue
            rel = v.relations[pair_key(role, other)]
            a = Action(role, "kennismaken", other)
            assert bot.score(game, v, a) == (3 if rel < 2 else 0.5), (a, rel)
