"""The board shows the shared hand model: a card that no target can afford says so
(issue 10: a card blocked by energy said "Ron vertrouwt de huisarts nog niet genoeg")."""

from __future__ import annotations

from game.ui.scenes.board import BoardScene
from game.ui.session import Session
from tests.table.test_hand import _played, _tired_inwoner


def test_the_boards_blocked_card_names_the_reason_of_all_its_targets(make_app) -> None:  # type: ignore[no-untyped-def]
    g = _played(400, _tired_inwoner)
    assert _tired_inwoner(g)
    app = make_app((1920, 1080), "nl", "ron")
    app.session = Session(g, current="inwoner")
    app.session.revealed_round = g.round
    app.session.summarised_round = g.round
    board = app.push(BoardScene(app))
    app.pump(1)
    card = next(c for c in board.groups if c.name == "vertel")
    why = board.card_tip(card).split("\n")[0]  # the reason; the card's own text follows
    assert "energie" in why.lower() and "vertrouwt" not in why, why
