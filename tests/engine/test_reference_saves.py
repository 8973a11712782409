"""Saves made before the engine's refactors (issue 10) replay to the very same state hash.

tests/engine/fixtures/reference_saves.json holds games of every casus (random, heuristic and
search bots, some with forces the facilitator injected), each with the state hash the engine
gave when it was recorded, and the content (casus and catalogue texts) they were played
with. Each replays with that content, as the game replays a save with its embedded copy, so
the casus files on disk may change (issues 12 and 13 change facts and rules; a casus with
a newer ``format`` gets the newer rules) while an old game keeps its meaning. A change to
the engine that alters what an old save means fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.content.loader import scenario_from_content
from game.engine import Game

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "reference_saves.json").read_text())
CONTENTS = FIXTURE["contents"]
SAVES = FIXTURE["saves"]


@pytest.mark.parametrize("entry", SAVES,
                         ids=[f"{e['save']['scenario']}-{e['bot']}-{e['save']['seed']}"
                              for e in SAVES])
def test_an_old_save_replays_to_its_recorded_hash(entry: dict) -> None:
    save = entry["save"]
    scenario = scenario_from_content(CONTENTS[save["scenario"]], "reference")
    game = Game.from_save(save, scenario)
    assert len(game.history) == len(save["actions"])
    assert game.state_hash() == entry["hash"]


def test_the_reference_set_covers_every_casus_and_bot() -> None:
    assert {e["save"]["scenario"] for e in SAVES} >= {"ron", "greet", "harrie", "hatice",
                                                        "lina", "ria", "sanne"}
    assert {e["bot"] for e in SAVES} >= {"random", "heuristic", "search", "heuristic+inject"}
