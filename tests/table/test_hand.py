"""The hand as every front end shows it: real costs, and the reason of a blocked card that
holds for all its targets (two bugs of issue 10: the text mode showed the base cost, and a
card blocked by energy named the trust of one of its targets)."""

from __future__ import annotations

from pathlib import Path

from game.content import load_scenario
from game.engine import Action, Game
from game.lang import render
from game.table import Table
from game.table.hand import hand
from game.ui.text import TextGame


def _played(steps: int, stop: object = None) -> Game:
    """A Ron game played by a fixed, varied policy (the same moves every run)."""
    g = Game(load_scenario("ron"), 3, "netwerkmodel")
    for step in range(steps):
        if g.is_over() or (callable(stop) and stop(g)):
            break
        legal = g.legal_actions(g.to_move()[0])
        moves = [a for a in legal if a.name != "klaar"]
        g.apply(moves[step % len(moves)] if moves and step % 3 else legal[-1])
    return g


def _tired_inwoner(g: Game) -> bool:
    if g.to_move() != ("inwoner",) or g.view("inwoner").energy != 0:
        return False
    codes = {m.code for a, m in g.blocked_actions("inwoner") if a.name == "vertel"}
    return {"trust_low", "no_energy"} <= codes


def test_a_card_blocked_by_energy_says_energy_not_the_trust_of_one_target() -> None:
    g = _played(400, _tired_inwoner)
    assert _tired_inwoner(g), "the fixed game reaches an inwoner without energy"
    card = next(c for c in hand(g, "inwoner").cards if c.name == "vertel")
    assert not card.playable
    assert card.reason() is not None and card.reason().code == "no_energy"  # type: ignore[union-attr]
    # the board's card says so
    text = render(card.reason(), g.scenario, "nl")  # type: ignore[arg-type]
    assert "vertrouwt" not in text and "energie" in text.lower()


def test_the_text_mode_says_it_once_for_a_card_that_no_target_can_afford() -> None:
    g = _played(400, _tired_inwoner)
    tg = TextGame(Table(g), write=lambda _s: None)
    blocked = [(a, m) for a, m in g.blocked_actions("inwoner")
               if m.code not in ("bad_target", "not_known")]
    lines = [f"{label}: {why}" for label, why in tg.group_blocked(blocked)]
    vertel = [line for line in lines if line.startswith(tg.name(
        g.scenario.actions["inwoner:vertel"].name))]
    assert len(vertel) == 1 and "vertrouwt" not in vertel[0], vertel


def test_the_text_mode_lists_each_move_at_its_real_cost(tmp_path: Path) -> None:
    g = _played(0)
    differs = 0
    for step in range(120):
        if g.is_over():
            break
        role = g.to_move()[0]
        tg = TextGame(Table(g), write=lambda _s: None)
        for a in g.legal_actions(role):
            d = g.scenario.actions.get(f"{a.role}:{a.name}")
            cost = g.time_cost(a)
            if d is None or cost is None:
                continue
            unit = "energie" if role == "inwoner" else "tijd"
            line = tg.describe(a)
            if cost:
                assert f"[{cost} {unit}" in line, (line, cost)
            else:
                assert f" {unit}" not in line, (line, cost)
            differs += cost != d.cost.time
        legal = g.legal_actions(role)
        moves = [a for a in legal if a.name != "klaar"]
        g.apply(moves[step % len(moves)] if moves and step % 3 else legal[-1])
    assert differs, "the game has moves whose cost differs from the base cost"


def test_the_hand_groups_targets_and_knows_each_real_cost() -> None:
    g = _played(0)
    h = hand(g, g.to_move()[0])
    names = [c.name for c in h.cards]
    assert len(names) == len(set(names))
    assert h.klaar is None or h.klaar.name == "klaar"
    playable = [c.playable for c in h.cards]
    assert playable == sorted(playable, reverse=True)  # playable cards first
    for c in h.cards:
        for a in c.legal:
            assert c.cost(a) == g.time_cost(a)
            assert isinstance(a, Action) and a.name == c.name
