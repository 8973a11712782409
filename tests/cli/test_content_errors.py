"""Issue 10: a scenario file's mistakes are told in the user's language, with the file and the
place: a broken YAML file, a value of the wrong kind, a rule between definitions, a file that
is not there. English stays the content layer's own words (logs, str(error))."""

from __future__ import annotations

from pathlib import Path

import pytest

from game import paths
from game.cli import main
from game.content import ContentErrors, clear_cache, load_scenario, read_yaml
from game.content.yamlsafe import YamlError
from game.lang import error_text


def _code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as e:
        return int(e.code or 0)


def _ron(tmp_path: Path, change: object) -> tuple[Path, int]:
    """A copy of the shipped ron.yaml (beside the shipped catalogue) changed by ``change``
    (lines, index of 'rounds:') -> the 1-based line it broke."""
    lines = (paths.scenarios_dir() / "ron.yaml").read_text(encoding="utf-8").split("\n")
    i = next(n for n, ln in enumerate(lines) if ln.startswith("rounds:"))
    line = change(lines, i)  # type: ignore[operator]
    path = tmp_path / "ron.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    clear_cache()
    return path, line


def _syntax(lines: list[str], i: int) -> int:
    lines.insert(i + 1, "bad: x: y")
    return i + 2


def _schema(lines: list[str], i: int) -> int:
    lines[i] = "rounds: acht"
    return i + 1


SYNTAX = {
    "nl": "fout in de YAML: hier mag geen ':' staan; zet tekst met ': ' erin tussen "
          "aanhalingstekens",
    "en": "YAML syntax error: mapping values are not allowed here; put text that contains ': ' "
          "in quotes"}
SCHEMA = {"nl": "rounds: hier staat 'acht', maar er hoort een heel getal te staan",
          "en": "rounds: found 'acht', expected a whole number"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_broken_yaml_file_is_told_in_the_language_with_line_and_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    path, line = _ron(tmp_path, _syntax)
    assert _code(["simulate", "--scenario", str(path), "--games", "1", "--lang", lang]) == 1
    assert capsys.readouterr().err == f"{path}:{line}:7: {SYNTAX[lang]}\n"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_value_of_the_wrong_kind_names_the_field_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    path, line = _ron(tmp_path, _schema)
    assert _code(["play", "--text", "--scenario", str(path), "--lang", lang]) == 1
    assert capsys.readouterr().err == f"{path}:{line}:9: {SCHEMA[lang]}\n"
    with pytest.raises(ContentErrors) as e:
        load_scenario(path)
    assert str(e.value) == f"{path}:{line}:9: {SCHEMA['en']}"  # (the logs' words)


@pytest.mark.parametrize(("lang", "said", "count"), [
    ("nl", ("schedule.de_kartrekker_vertrekt: ronde 9 komt na de laatste ronde (de casus "
            "heeft 8 rondes)"), "1 fout in 1 bestand"),
    ("en", ("schedule.de_kartrekker_vertrekt: round 9 is after the last round (the casus has "
            "8 rounds)"), "1 problem in 1 file")])
def test_validate_says_a_rule_between_definitions_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str,
        count: str) -> None:
    def late(lines: list[str], _i: int) -> int:
        n = lines.index("schedule: {de_kartrekker_vertrekt: 5}")
        lines[n] = "schedule: {de_kartrekker_vertrekt: 9}"
        return n + 1

    path, line = _ron(tmp_path, late)
    assert _code(["validate", str(path), "--lang", lang]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}:{line}:36: {said}\n"
    assert err.strip() == count


@pytest.mark.parametrize(("lang", "said", "count"), [
    ("nl", "bestand niet gevonden (dit bestand of deze map bestaat niet)", "1 fout in 1 bestand"),
    ("en", "file not found (no such file or folder)", "1 problem in 1 file")])
def test_validate_says_a_missing_file_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str,
        count: str) -> None:
    missing = tmp_path / "weg.yaml"
    assert _code(["validate", str(missing), "--lang", lang]) == 1
    out, err = capsys.readouterr()
    assert out == f"{missing}:1:1: {said}\n"
    assert err.strip() == count


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "kan het bestand niet lezen: het is een map"),
    ("en", "cannot read the file: it is a folder")])
def test_a_file_that_cannot_be_read_says_why_in_the_language(tmp_path: Path, lang: str,
                                                             said: str) -> None:
    with pytest.raises(YamlError) as e:
        read_yaml(tmp_path)  # a folder: the system says EISDIR
    assert error_text(e.value, lang) == f"{tmp_path}:1:1: {said}"
