"""Model validation errors: each at its line and column, with what was found and expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import ContentError, ContentErrors, load_scenario, validate_paths
from tests.content import minimal
from tests.content.minimal import CASUS, line_of


def errors_for(tmp_path: Path, casus: str = CASUS, **files: str) -> list[ContentError]:
    path = minimal.write(tmp_path, casus, **files)
    return validate_paths([path])


def only(errors: list[ContentError]) -> ContentError:
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def test_minimal_casus_is_valid(tmp_path: Path) -> None:
    assert errors_for(tmp_path) == []


def test_misspelt_key_says_did_you_mean(tmp_path: Path) -> None:
    text = CASUS.replace("    severity: 3\n    known_to: [huisarts",
                         "    severty: 3\n    known_to: [huisarts")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column) == (line_of(text, "severty:"), 5) == (26, 5)
    assert e.path == "problems[0].severty"
    assert e.message == "unknown key 'severty'; did you mean 'severity'?"
    assert str(e) == (f"{e.file}:26:5: problems[0].severty: unknown key 'severty'; "
                      "did you mean 'severity'?")


def test_unknown_key_without_a_close_match_lists_the_keys(tmp_path: Path) -> None:
    text = CASUS.replace("  trust: {huisarts: 1}", "  trust: {huisarts: 1}\n  xyz: 3")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column) == (19, 3)
    assert e.message == "unknown key 'xyz'; allowed keys: health, trust, pots, energy, time"


def test_wrong_dimension_literal(tmp_path: Path) -> None:
    text = CASUS.replace("drains: [mentaal_welbevinden]", "drains: [mentaal_welbevindn]")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column) == (28, 14)
    assert e.path == "problems[0].drains[0]"
    assert e.message.startswith("found 'mentaal_welbevindn', expected 'lichaamsfuncties', ")
    assert e.message.endswith("; did you mean 'mentaal_welbevinden'?")


def test_wrong_dict_key_literal(tmp_path: Path) -> None:
    text = CASUS.replace("    meedoen: 4\n", "    meedoen: 4\n    zingevin: 4\n")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path) == (17, 5, "start.health.zingevin")
    assert e.message.endswith("did you mean 'zingeving'?")


def test_string_where_int(tmp_path: Path) -> None:
    text = CASUS.replace("age: 50", "age: vijftig")
    e = only(errors_for(tmp_path, text))
    assert str(e).endswith(":5:6: age: found 'vijftig', expected a whole number")


def test_number_out_of_range(tmp_path: Path) -> None:
    text = CASUS.replace("severity: 3\n    known_to: [inwoner]",
                         "severity: 7\n    known_to: [inwoner]")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path) == (40, 15, "problems[1].severity")
    assert e.message == "found 7, expected a whole number from 0 to 5"


def test_missing_key_points_at_the_mapping(tmp_path: Path) -> None:
    text = CASUS.replace("    kind: psychisch\n", "")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path, e.message) == (21, 5, "problems[0]", "missing key 'kind'")


def test_text_instead_of_mapping(tmp_path: Path) -> None:
    e = only(errors_for(tmp_path, CASUS.replace("title: {nl: Mini, en: Mini}", "title: Mini")))
    assert (e.line, e.column) == (3, 8)
    assert e.message == "found 'Mini', expected a mapping with the keys nl, en"


def test_bad_id(tmp_path: Path) -> None:
    e = only(errors_for(tmp_path, CASUS.replace("id: mini", "id: Mini Casus")))
    assert (e.line, e.column) == (2, 5)
    assert "expected an id: lowercase letters, digits and '_'" in e.message


def test_top_level_list(tmp_path: Path) -> None:
    e = only(errors_for(tmp_path, "- a\n- b\n"))
    assert (e.line, e.column, e.path, e.message) == (1, 1, "", "found a list, expected a mapping")
    assert str(e).endswith("mini.yaml:1:1: found a list, expected a mapping")


def test_union_errors_collapse_to_one(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n", "        - trust_at_least: hoog\n")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column) == (72, 27)
    assert e.path == "endings[1].condition.all[0].trust_at_least"
    assert e.message == ("found 'hoog', expected a whole number or a mapping with the keys "
                         "role, value")


def test_union_member_that_fits_gives_its_own_error(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n",
                         "        - trust_at_least: {role: huisarts, valeu: 2}\n")
    e = only(errors_for(tmp_path, text))
    assert e.path == "endings[1].condition.all[0].trust_at_least.valeu"
    assert (e.line, e.column) == (72, 44)
    assert e.message == "unknown key 'valeu'; did you mean 'value'?"


def test_condition_with_two_keys(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n",
                         "        - wish_met: true\n          round_at_least: 2\n")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path) == (72, 11, "endings[1].condition.all[0]")
    assert e.message == "a condition has exactly one key, found 2: wish_met, round_at_least"


def test_not_alias_in_path(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n",
                         "        - not: {severity_at_least: {problem: schulden, value: 9}}\n")
    e = only(errors_for(tmp_path, text))
    assert e.path == "endings[1].condition.all[0].not.severity_at_least.value"
    assert (e.line, e.column) == (72, 63)


def test_effect_that_is_not_a_mapping(tmp_path: Path) -> None:
    text = CASUS.replace("      - health: {dim: zingeving, by: 1}", "      - health")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path) == (59, 9, "network[0].per_round[0]")
    assert e.message.startswith("found 'health', expected an effect (a mapping with one key")


def test_unquoted_area_gets_a_hint(tmp_path: Path) -> None:
    forces = minimal.FORCES.replace('area: "3.2"', "area: 3.2")
    e = only(errors_for(tmp_path, forces=forces))
    assert e.file.endswith("forces.yaml")
    assert (e.line, e.column, e.path) == (5, 11, "forces[0].area")
    assert e.message.endswith("; write it as text in quotes: '3.2'")


def test_literal_or_int(tmp_path: Path) -> None:
    forces = minimal.FORCES.replace("duration: 3", "duration: lastig")
    e = only(errors_for(tmp_path, forces=forces))
    assert e.message == ("found 'lastig', expected 'immediate', 'lasting' or a whole number; "
                         "did you mean 'lasting'?")


def test_every_error_at_once(tmp_path: Path) -> None:
    text = (CASUS.replace("age: 50", "age: vijftig")
            .replace("drains: [mentaal_welbevinden]", "drains: [mentaal]")
            .replace("rank: best", "rank: beste"))
    errors = errors_for(tmp_path, text)
    assert [(e.line, e.path) for e in errors] == [
        (5, "age"), (28, "problems[0].drains[0]"), (67, "endings[1].rank")]


def test_load_scenario_raises_all_errors(tmp_path: Path) -> None:
    text = CASUS.replace("age: 50", "age: -1").replace("rounds: 4", "rounds: 0")
    path = minimal.write(tmp_path, text)
    with pytest.raises(ContentErrors) as info:
        load_scenario(path)
    assert [e.line for e in info.value.errors] == [5, 9]
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("mini.yaml:5:6: age: found -1, expected a whole number from 0 to 120")
    assert lines[1].endswith("mini.yaml:9:9: rounds: found 0, expected a whole number from 1 to 20")


def test_yes_no_keys_work_but_yes_as_text_needs_quotes(tmp_path: Path) -> None:
    forces = minimal.FORCES.replace('label: {nl: Ja, en: "Yes"}', "label: {nl: Ja, en: Yes}")
    e = only(errors_for(tmp_path, forces=forces))
    assert (e.line, e.column, e.path) == (21, 29, "forces[1].choice.yes.label.en")
    assert e.message.startswith("found true, expected text; put it in quotes")


def test_missing_key_inside_a_union_member(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n",
                         "        - trust_at_least: {role: huisarts}\n")
    e = only(errors_for(tmp_path, text))
    assert (e.line, e.column, e.path) == (72, 27, "endings[1].condition.all[0].trust_at_least")
    assert e.message == "missing key 'value'"
