"""The authoring guide is tested by using it: casussen written from docs/scenario-format.md
alone must load, play a full game and simulate, and the guide's worked example must be the
fixture file byte for byte.

- tests/content/fixtures/guide_example/fatima.yaml — the worked example of section 6.
- tests/content/fixtures/guide_casus/kees.yaml — a second casus, written by following the
  step-by-step chapter 8 ("From a real case to a playable casus"); every YAML fragment that
  chapter shows (except the ones marked as a first try) is quoted from this file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.bots.random_bot import RandomBot, play_random_game
from game.bots.simulate import make_bot, play, simulate
from game.content import load_scenario, validate_paths
from game.engine import Game

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "scenario-format.md"
FIXTURES = Path(__file__).parent / "fixtures"
FATIMA = FIXTURES / "guide_example" / "fatima.yaml"
KEES = FIXTURES / "guide_casus" / "kees.yaml"
CASES = [FATIMA, KEES]
MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")
FIRST_TRY = "# first try"


def _yaml_blocks(text: str) -> list[str]:
    """The contents of every ```yaml block, exactly as written (with the final newline)."""
    return re.findall(r"^```yaml\n(.*?)^```", text, re.DOTALL | re.MULTILINE)


def _chapter(text: str, number: int) -> str:
    start = re.search(rf"^## {number}\. ", text, re.MULTILINE)
    assert start, f"the guide has no chapter {number}"
    nxt = re.search(r"^## \d+\. ", text[start.end():], re.MULTILINE)
    return text[start.start(): start.end() + nxt.start()] if nxt else text[start.start():]


def test_the_worked_example_in_the_guide_is_the_fixture_byte_for_byte() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    examples = [b for b in _yaml_blocks(text) if b.startswith("# Fatima: the worked example")]
    assert len(examples) == 1, "the guide should show the Fatima example exactly once"
    assert examples[0].encode("utf-8") == FATIMA.read_bytes(), (
        "docs/scenario-format.md section 6 and tests/content/fixtures/guide_example/"
        "fatima.yaml differ: change both together")


def test_every_fragment_of_the_step_by_step_chapter_is_quoted_from_the_kees_fixture() -> None:
    chapter = _chapter(GUIDE.read_text(encoding="utf-8"), 8)
    assert "From a real case to a playable casus" in chapter.splitlines()[0]
    fixture = KEES.read_text(encoding="utf-8")
    quoted = [b for b in _yaml_blocks(chapter) if not b.startswith(FIRST_TRY)]
    assert len(quoted) >= 6, "chapter 8 should show the casus as it is built"
    for block in quoted:
        assert block in fixture, f"this fragment of chapter 8 is not in kees.yaml:\n{block}"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_a_casus_written_from_the_guide_validates_and_loads(path: Path) -> None:
    errors = validate_paths([path])
    assert errors == [], "\n".join(map(str, errors))
    scenario = load_scenario(path)
    assert scenario.id == path.stem


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("model", MODELS)
def test_a_casus_written_from_the_guide_plays_a_full_game(path: Path, model: str) -> None:
    scenario = load_scenario(path)
    game = play_random_game(Game(scenario, 11, model), RandomBot(11))
    assert game.is_over()
    result = game.result()
    assert result.ending in {e.id for e in scenario.casus.endings}
    assert result.rank in ("best", "good", "neutral", "bad")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_a_casus_written_from_the_guide_simulates(path: Path) -> None:
    scenario = load_scenario(path)
    out = simulate(scenario, games=24, seed=1, processes=1, scenario_ref=str(path))
    assert out["games"] == 24
    assert sum(out["endings"].values()) == 24
    assert set(out["endings"]) <= {e.id for e in scenario.casus.endings}
    again = simulate(scenario, games=24, seed=1, processes=1, scenario_ref=str(path))
    assert again["endings"] == out["endings"], "the same seed must give the same figures"


def test_the_kees_casus_rewards_good_play() -> None:
    """What chapter 8 promises after tuning: good players reach the best ending, random ones
    seldom do."""
    scenario = load_scenario(KEES)
    best = {e.id for e in scenario.casus.endings if e.rank == "best"}
    counts = {}
    for kind in ("random", "heuristic"):
        n = 0
        for seed in range(40):
            game = play(Game(scenario, seed, MODELS[seed % 4]), make_bot(kind, seed))
            n += game.result().ending in best
        counts[kind] = n
    assert counts["heuristic"] >= 4, counts
    assert counts["heuristic"] >= 2 * max(counts["random"], 1), counts
