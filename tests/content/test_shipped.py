"""Every shipped scenario, the catalogue and the guide's worked example validate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from game import paths
from game.content import load_scenario, validate_paths

SCENARIOS = paths.scenarios_dir()
CASUS_FILES = sorted(SCENARIOS.glob("*.yaml")) if SCENARIOS.is_dir() else []
CATALOGUE = SCENARIOS / "catalogue"
HAS_CATALOGUE = all((CATALOGUE / f"{n}.yaml").is_file() for n in ("actions", "forces", "models"))
GUIDE_EXAMPLE = Path(__file__).parent / "fixtures" / "guide_example" / "fatima.yaml"


def _report(errors: Sequence[object]) -> str:
    return "\n".join(map(str, errors))


@pytest.mark.skipif(not HAS_CATALOGUE, reason="scenarios/catalogue/ is not written yet")
def test_the_catalogue_validates() -> None:
    errors = validate_paths([CATALOGUE])
    assert errors == [], _report(errors)


@pytest.mark.skipif(not CASUS_FILES, reason="no casus in scenarios/ yet (being written)")
@pytest.mark.parametrize("path", CASUS_FILES, ids=lambda p: p.stem)
def test_every_shipped_casus_validates_and_loads(path: Path) -> None:
    errors = validate_paths([path])
    assert errors == [], _report(errors)
    assert load_scenario(path).casus.id


@pytest.mark.skipif(not HAS_CATALOGUE, reason="scenarios/catalogue/ is not written yet")
@pytest.mark.skipif(not GUIDE_EXAMPLE.is_file(), reason="the guide's example is not written yet")
def test_the_guide_example_validates_against_the_catalogue() -> None:
    errors = validate_paths([GUIDE_EXAMPLE])
    assert errors == [], _report(errors)
