"""An ending never contradicts the web (issue 12, format 3): when the six dimensions average
below 2 at the end, the game ends on the casus's bad end ending, never on one that says the
inwoner is doing well or holding on ("Ron houdt zich staande" with all six at 0). A
property over many bot games of every casus; the validator asks every format 3 casus for
such an ending."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.random_bot import RandomBot
from game.content import load_scenario, validate_paths
from game.engine import Game
from game.engine.phases import COLLAPSE
from game.engine.roles import ROLES
from game.paths import scenarios_dir

CASUSSEN = ("ron", "greet", "harrie", "hatice", "lina", "ria", "sanne")


@pytest.mark.parametrize("casus", CASUSSEN)
def test_no_bot_game_ends_on_an_ending_the_web_contradicts(casus: str) -> None:
    sc = load_scenario(casus)
    rank = {e.id: e.rank for e in sc.casus.endings}
    collapsed = 0
    for seed in range(16):
        game = Game(sc, seed)
        make = RandomBot if seed % 4 else HeuristicBot
        bots = {r: make(seed * 5 + i) for i, r in enumerate(ROLES)}
        while not game.is_over():
            role = game.to_move()[0]
            game.apply(bots[role].choose(game, role))
        h = game.state.health
        mean = sum(h.values()) / 6
        r = rank[game.state.ending or ""]
        if mean < COLLAPSE:
            collapsed += 1
            assert r == "bad", (casus, seed, game.state.ending, dict(h))
        if r in ("best", "good"):
            assert mean >= COLLAPSE, (casus, seed, game.state.ending, dict(h))


def test_a_collapsed_web_ends_on_the_bad_ending_and_the_old_rules_did_not() -> None:
    sc = load_scenario("ron")
    for fmt, want in ((3, "bad"), (1, "neutral")):
        s = replace(sc, casus=replace(sc.casus, format=fmt))
        game = Game(s, 1)
        for d in game._s.health:
            game._s.health[d] = 0  # a mean of 1.5: five at 0, one at 9, nothing tackled
        game._s.health["lichaamsfuncties"] = 9
        game.apply("facilitator:einde")
        rank = {e.id: e.rank for e in s.casus.endings}[game.state.ending or ""]
        assert rank == want, (fmt, game.state.ending)


def test_the_validator_asks_a_format_3_casus_for_a_bad_end_ending(tmp_path: Path) -> None:
    text = (scenarios_dir() / "ron.yaml").read_text(encoding="utf-8")
    start = text.index("  # (format 3) when the web has collapsed")
    end = text.index("  - id: nog_zoekende")
    without = text[:start] + text[end:]
    path = tmp_path / "ron.yaml"
    path.write_text(without, encoding="utf-8")
    assert any("rank 'bad' with 'when: end'" in str(e) for e in validate_paths([path]))
    path.write_text(text, encoding="utf-8")
    assert not validate_paths([path])
