"""Errors a user reads are said in the user's language: a save that cannot be read or
replayed, and a move that is not a move, in Dutch first and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.engine import Action, NotationError
from game.lang import error_text
from game.store.saves import SaveFileError, load_game, read_save
from tests.engine import mini


def test_a_save_that_cannot_be_read_is_explained_in_both_languages(tmp_path: Path) -> None:
    missing = tmp_path / "weg.json"
    with pytest.raises(SaveFileError) as e:
        read_save(missing)
    assert error_text(e.value, "nl") == f"{missing}: bestand niet gevonden"
    assert error_text(e.value, "en") == str(e.value) == f"{missing}: file not found"
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": 1,\n "seed": }', encoding="utf-8")
    with pytest.raises(SaveFileError) as e:
        read_save(broken)
    assert error_text(e.value, "nl").startswith(f"{broken}:2:10: dit is geen geldige JSON (")
    assert error_text(e.value, "en") == str(e.value)
    empty = tmp_path / "leeg.json"
    empty.write_text("  ", encoding="utf-8")
    with pytest.raises(SaveFileError) as e:
        read_save(empty)
    assert error_text(e.value, "nl") == f"{empty}: het bestand is leeg"


def test_a_save_that_does_not_replay_names_the_engine_reason_in_the_language(
        tmp_path: Path) -> None:
    from game.engine import Game
    from game.store.saves import write_save

    sc = mini.scenario(mini.CALM, deck=[])
    data = Game(sc, 1).to_save()
    data["actions"] = ["inwoner:klaar", "huisarts:welzijn_op_recept"]
    path = tmp_path / "spel.json"
    write_save(path, data)
    with pytest.raises(SaveFileError) as e:
        load_game(path, loader=lambda _id: sc)
    nl, en = error_text(e.value, "nl"), error_text(e.value, "en")
    assert nl.startswith(f"{path}: zet 2 ('huisarts:welzijn_op_recept') kan niet opnieuw "
                         "gespeeld worden: Geen betaaltitel")
    assert en == str(e.value) and "cannot be replayed: No payment title" in en


def test_a_move_that_is_not_a_move_is_explained_in_both_languages() -> None:
    with pytest.raises(NotationError) as e:
        Action.parse("huisarts consult")
    assert error_text(e.value, "nl").startswith("'huisarts consult' is geen geldige zet")
    assert error_text(e.value, "en") == str(e.value)
    with pytest.raises(NotationError) as e:
        Action("dokter", "consult")
    assert error_text(e.value, "nl").startswith("'dokter' is geen rol; kies uit huisarts")
    assert error_text(e.value, "en").startswith("'dokter' is not a role")


def test_every_code_in_the_content_layers_tables_has_a_text() -> None:
    """Issue 10: the content layer's tables of words (pyyaml's, pydantic's, the things it
    names) all have Dutch and English in the catalogue; a code without one would fall back to
    English silently."""
    from game.content import crossref, errors, validate, yamlsafe
    from game.lang import has

    codes = {code for _pattern, code in yamlsafe._YAML_WORDS}
    codes |= {code for _words, code in validate._WANTED.values()}
    codes |= set(errors.THINGS.values()) | set(crossref.DUPLICATES.values())
    codes |= {w.code for w in yamlsafe._OS_WORDS.values()}
    assert len(codes) > 40
    assert not [c for c in sorted(codes) if not has(f"error.content.{c}")]


@pytest.mark.parametrize(("text", "nl"), [
    ("a: {b: c\n", "in een blok tussen { }, hier hoort ',' of '}' te staan"),
    ("a: [b, c\n", "in een lijst tussen [ ], hier hoort ',' of ']' te staan"),
    ("a:\n\tb: 1\n", "bij het lezen van het volgende stuk, het teken '\\t' mag hier niet staan"),
])
def test_pyyaml_s_common_words_are_said_in_dutch(text: str, nl: str) -> None:
    from game.content import parse_yaml
    from game.content.yamlsafe import YamlError

    with pytest.raises(YamlError) as e:
        parse_yaml(text, "x.yaml")
    assert nl in error_text(e.value, "nl")
    assert error_text(e.value, "en") == str(e.value.error)
