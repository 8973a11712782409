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


@pytest.fixture(autouse=True)
def _english_words_match_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Issue 10: every mistake a content test makes is said by the language layer too; its
    English there must be the content layer's own English words, exactly (the Dutch is
    then the same message, not another one)."""
    from game.content.errors import ContentError, Words
    from game.lang import content_error_text

    made: list[ContentError] = []
    init = ContentError.__init__

    def record(self: ContentError, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(ContentError, "__init__", record)
    yield
    for e in made:
        assert content_error_text(e, "en") == str(e), e
        if isinstance(e.message, Words):
            assert content_error_text(e, "nl") != str(e), f"no Dutch for: {e}"
