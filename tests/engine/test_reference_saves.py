"""Saves made before the engine's refactors (issue 10) replay to the very same state hash.

tests/engine/fixtures/reference_saves.json holds games of every casus (random, heuristic and
search bots, some with forces the facilitator injected), each with the state hash the engine
gave when it was recorded. A change that alters what an old save means fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game

SAVES = json.loads((Path(__file__).parent / "fixtures" / "reference_saves.json").read_text())


@pytest.mark.parametrize("entry", SAVES,
                         ids=[f"{e['save']['scenario']}-{e['bot']}-{e['save']['seed']}"
                              for e in SAVES])
def test_an_old_save_replays_to_its_recorded_hash(entry: dict) -> None:
    save = entry["save"]
    game = Game.from_save(save, load_scenario(save["scenario"]))
    assert len(game.history) == len(save["actions"])
    assert game.state_hash() == entry["hash"]


def test_the_reference_set_covers_every_casus_and_bot() -> None:
    assert {e["save"]["scenario"] for e in SAVES} >= {"ron", "greet", "harrie", "hatice",
                                                        "lina", "ria", "sanne"}
    assert {e["bot"] for e in SAVES} >= {"random", "heuristic", "search", "heuristic+inject"}
