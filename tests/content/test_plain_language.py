"""Issue 13, Language: plain Dutch (taalniveau B1) everywhere, epilogues too.

Every Dutch sentence a player or teacher reads is at most 15 words: the ``nl`` texts of the
shipped casussen and catalogue (scenarios/*.yaml, scenarios/catalogue/*.yaml) and every text
of the Dutch language catalogue (game/lang/nl.py) but the validator's messages to a casus
author (error.content.*: technical, they quote YAML rules and ids). A sentence ends at . ! ? or ; (in the
catalogue also at the dot · that separates the keys of a key list). A placeholder such as
{inwoner} counts as one word. A failure names the file, the item and the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.lang.nl import TEXTS

ROOT = Path(__file__).resolve().parents[2]
MAX_WORDS = 15
_END = re.compile(r"[.!?;·]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# Sentences that truly cannot be split (a list of names, say), as (file or "nl.py", item,
# the sentence's first words). Keep it to a handful; each needs a comment saying why.
ALLOWED: frozenset[tuple[str, str, str]] = frozenset()
# Catalogue sections no player reads: what ``krachtenveld validate`` tells whoever writes a
# casus file (they name YAML keys, formats and ids, and say why a rule exists).
AUTHOR_ONLY = ("error.content.",)


def words(sentence: str) -> list[str]:
    return _WORD.findall(_PLACEHOLDER.sub("X", sentence))


def long_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(number of words, sentence) for each sentence of ``text`` longer than MAX_WORDS."""
    for sentence in _END.split(text):
        n = len(words(sentence))
        if n > MAX_WORDS:
            yield n, " ".join(sentence.split())


def dutch_texts(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(item, text) for every ``nl`` text in a YAML tree; the item is a path such as
    ``actions[peuterplek].text``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "nl" and isinstance(value, str):
                yield where, value
            else:
                yield from dutch_texts(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            name = value.get("id", i) if isinstance(value, dict) else i
            yield from dutch_texts(value, f"{where}[{name}]")


def _shipped() -> list[Path]:
    return sorted([*ROOT.glob("scenarios/*.yaml"), *ROOT.glob("scenarios/catalogue/*.yaml")])


def _allowed(where: str, item: str, sentence: str) -> bool:
    return any(w == where and i == item and sentence.startswith(start)
               for w, i, start in ALLOWED)


def test_the_check_finds_a_long_sentence_and_counts_a_placeholder_as_one_word() -> None:
    long = ("Ria belt de huisarts elke week, omdat ze pijn heeft, moe is en niemand heeft "
            "die haar helpt.")
    assert [n for n, _ in long_sentences(long)] == [18]
    assert list(long_sentences("Ria belt de huisarts. Ze heeft pijn; ze is moe!")) == []
    assert len(words("{inwoner} vertelt wat voor {object} belangrijk is")) == 7
    found = dict(dutch_texts({"actions": [{"id": "a", "text": {"nl": "x", "en": "y"}}]}))
    assert found == {"actions[a].text": "x"}


def test_the_allow_list_stays_a_handful() -> None:
    assert len(ALLOWED) <= 5


@pytest.mark.parametrize("path", _shipped(), ids=lambda p: p.name)
def test_every_dutch_sentence_in_the_shipped_yaml_is_at_most_15_words(path: Path) -> None:
    where = str(path.relative_to(ROOT))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = [f"{where} {item} ({n} words): {sentence}"
                for item, text in dutch_texts(data)
                for n, sentence in long_sentences(text)
                if not _allowed(where, item, sentence)]
    assert not problems, ("plain Dutch (B1): split these sentences into sentences of at most "
                          f"{MAX_WORDS} words:\n" + "\n".join(problems))


def test_every_dutch_sentence_in_the_language_catalogue_is_at_most_15_words() -> None:
    problems = [f"game/lang/nl.py {key} ({n} words): {sentence}"
                for key, text in TEXTS.items() if not key.startswith(AUTHOR_ONLY)
                for n, sentence in long_sentences(text)
                if not _allowed("nl.py", key, sentence)]
    assert not problems, ("plain Dutch (B1): split these sentences into sentences of at most "
                          f"{MAX_WORDS} words:\n" + "\n".join(problems))


def test_only_the_validators_messages_are_left_out_of_the_catalogue_check() -> None:
    skipped = {key.split(".")[0] + "." + key.split(".")[1] for key in TEXTS
               if key.startswith(AUTHOR_ONLY)}
    assert skipped == {"error.content"}
    assert sum(not key.startswith(AUTHOR_ONLY) for key in TEXTS) > 0.8 * len(TEXTS)
