"""The facilitator's mid-game rule changes (facilitator:schrap, facilitator:model): the public
engine functions the "wat als?" analysis (game/whatif) builds on. They are moves in the
history, so a game with a change replays to the same state."""

from __future__ import annotations

from game.bots.heuristic import HeuristicBot
from game.content import load_scenario
from game.engine import Action, Game
from game.engine.roles import PROFESSIONALS


def _play_to_round(g: Game, rnd: int, bot: HeuristicBot) -> None:
    while not g.is_over() and g.round < rnd:
        role = g.to_move()[0]
        g.apply(bot.choose(g, role))


def test_striking_a_force_ends_it_now_and_skips_it_when_drawn_later() -> None:
    sc = load_scenario("ron")
    g = Game(sc, 3)
    deck = list(g.state.deck)  # the cards of round 2 on
    later = deck[2]
    g.apply(Action("facilitator", "schrap", later))
    assert later in g.state.struck
    _play_to_round(g, 5, HeuristicBot(3))
    assert g.round == 5
    # the round the card was due it is not drawn, and the other cards keep their rounds
    assert later not in g.state.forces_seen
    assert list(g.state.forces_seen[1:4]) == [deck[0], deck[1], deck[3]]
    assert any(m.code == "force_struck" and m.param("force") == later
               for _, _, m in g.state.log)


def test_striking_an_active_lasting_force_lifts_its_modifiers() -> None:
    sc = load_scenario("ron")
    g = Game(sc, 1)
    g.apply(Action("facilitator", "injecteer", "grijs_budget"))
    assert any(f.id == "grijs_budget" for f in g.state.active)
    flags_with = g.flags()
    g.apply(Action("facilitator", "schrap", "grijs_budget"))
    assert not any(f.id == "grijs_budget" for f in g.state.active)
    assert all("grijs_budget" not in srcs for srcs in g.flags().values())
    assert flags_with != g.flags()


def test_switching_the_model_changes_the_rules_and_replays() -> None:
    sc = load_scenario("ron")
    g = Game(sc, 2, "netwerkmodel")
    assert g.model == "netwerkmodel"
    before = g.flags()
    g.apply(Action("facilitator", "model", "teammodel"))
    assert g.model == "teammodel" and g.state.model == "netwerkmodel"
    assert g.flags() != before
    bot = HeuristicBot(2)
    _play_to_round(g, 3, bot)
    again = Game.from_save(g.to_save(), sc)
    assert again.state_hash() == g.state_hash() and again.model == "teammodel"
    # back to the set-up's model: the state records no change
    g.apply(Action("facilitator", "model", "netwerkmodel"))
    assert g.model == "netwerkmodel" and g.state.model_now is None


def test_the_new_facilitator_moves_are_legal_only_with_a_known_id() -> None:
    sc = load_scenario("ron")
    g = Game(sc, 1)
    legal = {str(a) for a in g.legal_actions("facilitator")}
    assert "facilitator:schrap(grijs_budget)" in legal
    assert "facilitator:model(teammodel)" in legal
    assert g.reason("facilitator:schrap(geen_kracht)") is not None
    assert g.reason("facilitator:model(geen_model)") is not None
    assert "facilitator" not in PROFESSIONALS


def test_a_game_without_changes_keeps_its_state_hash_fields() -> None:
    sc = load_scenario("ron")
    d = Game(sc, 1).to_dict()
    assert "struck" not in d and "model_now" not in d
