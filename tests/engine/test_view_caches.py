"""The views keep what they read of each game's log and ledger (which only grow) per game:
views of several games made in turn (the classroom host's ten tables, issue 11) are the same
as views made with nothing kept, and one game's never shows another's events."""

from __future__ import annotations

from game.content import load_scenario
from game.engine import Game
from game.engine import view as view_module
from game.engine.roles import ROLES
from game.engine.view import public_view

SEERS = (*ROLES, "facilitator")


def _forget() -> None:
    view_module._LOGS.clear()
    view_module._LEDGER.clear()
    view_module._PUBLIC_LOGS.clear()
    view_module._HIDDEN.clear()


def test_views_of_games_made_in_turn_are_the_views_made_from_nothing() -> None:
    games = [Game(load_scenario(name), seed) for name, seed in
             (("ron", 1), ("ron", 2), ("greet", 3), ("hatice", 4))]
    hidden = 0
    for k in range(300):
        moved = False
        for i, g in enumerate(games):
            movers = [r for r in g.to_move() if r in ROLES]
            if not movers:
                continue
            legal = g.legal_actions(movers[(k + i) % len(movers)])
            g.apply(legal[(k * 3 + i) % len(legal)] if k % 4 else legal[-1])
            moved = True
        if not moved:
            break
        for g in games:
            kept = {r: g.view(r) for r in SEERS}
            kept_public = public_view(g)
            _forget()
            for r in SEERS:
                fresh = g.view(r)
                assert kept[r].log == fresh.log and kept[r].ledger == fresh.ledger, (k, r)
                assert kept[r].paid == fresh.paid
                hidden += sum(1 for _r, _p, m in fresh.log
                              if m.code == "health" and m.param("what") == "")
            assert kept_public == public_view(g), k
        # what a game's views hold is that game's own log, and each game keeps its own
        for g in games:
            assert all(e in g.state.log for e in g.view("facilitator").log)
        assert len({key[0] for key in view_module._LOGS}) == len(games)
    assert hidden  # (a cause a role does not know was there to hide)


def test_a_hidden_cause_is_one_message_for_one_event() -> None:
    g = Game(load_scenario("ron"), 1)
    m = next((m for _r, _p, m in g.state.log if m.code == "health"), None)
    if m is None:
        from game.engine.messages import msg

        m = msg("health", None, dim="fysiek", cause="problem", what="x", delta=-1)
    first = view_module.hidden_cause(m)
    assert view_module.hidden_cause(m) is first
    assert first.param("what") == "" and first.code == "health"
