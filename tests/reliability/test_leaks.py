"""Leaks: another role's hidden state must not change what a role sees, may play or is told
is blocked — through the engine, the text mode and the board."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from game.engine import Game
from tests.reliability.harness import (
    BoardProbe,
    board_leaks_at,
    combos,
    leak_positions,
    leaks_at,
    perturb_hidden,
    role_surface,
    scenario,
)


def _sample() -> list[tuple[str, str, str]]:
    """Every casus once, models and difficulties taken in turn (fixed)."""
    seen: dict[str, tuple[str, str, str]] = {}
    for i, c in enumerate(combos()):
        if c[0] not in seen and i % 5 == len(seen) % 5:
            seen[c[0]] = c
    for c in combos():
        seen.setdefault(c[0], c)
    return sorted(seen.values())


def test_no_role_learns_another_roles_hidden_state() -> None:
    checked = 0
    leaks: list[str] = []
    for i, (sid, model, difficulty) in enumerate(_sample()):
        rng = random.Random(i)
        for game in leak_positions(sid, model, difficulty, seed=200 + i, every=8, limit=5):
            n, found = leaks_at(game, rng, text=True)
            checked += n
            leaks += found
    assert leaks == []
    assert checked >= 7 * 4 * 3


def test_the_perturbation_changes_what_other_roles_see() -> None:
    """Not a check that cannot fail: the others' views do change."""
    game = next(iter(leak_positions("ron", "teammodel", "normaal", seed=3, every=20, limit=2)))
    for _ in range(30):
        role = game.to_move()[0]
        game.apply(game.legal_actions(role)[0])
    other = perturb_hidden(game, "huisarts", random.Random(1))
    changed = [r for r in ("wijkverpleegkundige", "sociaal_werker")
               if role_surface(game, r)[0] != role_surface(other, r)[0]]
    assert changed
    assert role_surface(game, "huisarts") == role_surface(other, "huisarts")


def test_a_leaky_view_would_be_found(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.engine import view

    monkeypatch.setattr(view, "PROFESSIONALS", ())  # every professional sees all trust
    game = Game(scenario("ron"), 1, "netwerkmodel")
    _n, found = leaks_at(game, random.Random(0))
    assert any("huisarts" in f and "view" in f for f in found)


@pytest.fixture(scope="module")
def probe() -> Iterator[BoardProbe]:
    p = BoardProbe()
    yield p
    p.close()


def test_the_board_draws_the_same_for_a_team_whatever_the_others_hide(
        probe: BoardProbe) -> None:
    checked = 0
    leaks: list[str] = []
    for i, (sid, model, difficulty) in enumerate(_sample()[:4]):
        rng = random.Random(i)
        for game in leak_positions(sid, model, difficulty, seed=300 + i, every=23, limit=2):
            n, found = board_leaks_at(game, probe, rng)
            checked += n
            leaks += found
    assert leaks == [] and checked >= 6


def test_the_board_probe_sees_a_difference(probe: BoardProbe) -> None:
    """The board's texts and pixels do change with what the team itself sees."""
    game = Game(scenario("ron"), 1, "netwerkmodel")
    role = game.to_move()[0]
    before = probe.draw(game, role)
    game.apply(next(a for a in game.legal_actions(role) if a.name != "klaar"))
    role2 = game.to_move()[0]
    assert probe.draw(game, role2) != before
