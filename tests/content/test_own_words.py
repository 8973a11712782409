"""Own words only: no run of eight words that a shipped text shares with a source document.

The seeds (the five source documents) live beside the repository, in ../shared/seeds/ (a
git worktree further down finds them in a folder above: every parent is tried). A fresh
clone without them cannot run this check; it then skips and says where it looked.
Checked: the casussen and the catalogue (comments too), the language catalogues, the web
client, the docs, the README and the test fixtures that the docs show.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _find_seeds() -> Path:
    for parent in ROOT.parents:
        if any((parent / "shared" / "seeds").glob("*.txt")):
            return parent / "shared" / "seeds"
    return ROOT.parent / "shared" / "seeds"


SEEDS = _find_seeds()
RUN = 8  # words in a row
CHECKED = ("scenarios/**/*.yaml", "game/lang/*.py", "game/net/static/*", "docs/**/*.md",
           "README.md", "tests/content/fixtures/**/*.yaml", "game/report/*.py")
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@cache
def seed_runs() -> frozenset[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for f in sorted(SEEDS.glob("*.txt")):
        w = words(f.read_text(encoding="utf-8"))
        runs.update(tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
    return frozenset(runs)


def shared_runs(text: str) -> list[str]:
    """The longest stretches of ``text`` that share runs of RUN words with a seed."""
    grams = seed_runs()
    w = words(text)
    found: list[list[int]] = []
    for i in range(len(w) - RUN + 1):
        if tuple(w[i:i + RUN]) in grams:
            if found and i <= found[-1][1]:
                found[-1][1] = i + RUN
            else:
                found.append([i, i + RUN])
    return [" ".join(w[a:b]) for a, b in found]


def _checked_files() -> list[Path]:
    files = {p for pattern in CHECKED for p in ROOT.glob(pattern) if p.is_file()}
    return sorted(files)


needs_seeds = pytest.mark.skipif(
    not any(SEEDS.glob("*.txt")),
    reason="the source documents are not beside this clone (looked for shared/seeds/ in "
           f"every folder above {ROOT}); "
           "the own-words check needs them")


@needs_seeds
def test_the_check_finds_a_copied_sentence() -> None:
    seed = min(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    w = words(seed)
    middle = len(w) // 2
    copied = "Wij schreven: " + " ".join(w[middle:middle + RUN + 2]) + ". Einde."
    assert shared_runs(copied) == [" ".join(w[middle:middle + RUN + 2])]
    assert shared_runs("Dit is een zin in eigen woorden die niemand anders ooit schreef.") == []


@needs_seeds
def test_no_shipped_text_shares_eight_words_in_a_row_with_a_source() -> None:
    problems = []
    for path in _checked_files():
        for run in shared_runs(path.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{path.relative_to(ROOT)}: \"{run}\"")
    assert not problems, ("these texts copy the source documents word for word; write them "
                          "in your own words:\n" + "\n".join(problems))
