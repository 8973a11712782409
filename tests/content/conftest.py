"""Fixtures for the content tests: a fresh scenarios folder per test, and no stale cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from game.content import clear_cache
from tests.content import minimal


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def scen(tmp_path: Path) -> Path:
    """A valid scenarios folder (mini.yaml and catalogue/); returns the folder."""
    minimal.write(tmp_path)
    return tmp_path
