"""The public API: loading, listing, the cache, validate_main and the JSON Schemas."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from game.content import (
    Catalogue,
    ContentErrors,
    file_kind,
    list_scenarios,
    load_catalogue,
    load_glossary,
    load_scenario,
    validate_main,
    validate_paths,
    write_json_schemas,
)
from game.content.schema import DEFAULT_DIR, SCHEMAS, json_schema
from game.engine import Game
from game.engine.defs import Scenario
from tests.content import minimal

LINE = re.compile(r"^.+:\d+:\d+: ")


def test_load_by_id_and_by_path(scen: Path) -> None:
    by_id = load_scenario("mini", scen)
    assert isinstance(by_id, Scenario)
    assert by_id.id == "mini"
    assert by_id.casus.problems[0].id == "depressie"
    assert "sociaal_werker:schuldhulp" in by_id.actions
    by_path = load_scenario(scen / "mini.yaml")
    assert by_path == by_id
    assert load_scenario(str(scen / "mini.yaml")).id == "mini"


def test_id_that_differs_from_the_file_name(scen: Path) -> None:
    (scen / "mini.yaml").rename(scen / "andere_naam.yaml")
    assert load_scenario("mini", scen).id == "mini"


def test_a_loaded_scenario_plays(scen: Path) -> None:
    game = Game(load_scenario("mini", scen), seed=3, model="teammodel")
    assert not game.is_over()


def test_not_found(scen: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_scenario("bestaat_niet", scen)
    with pytest.raises(FileNotFoundError):
        load_scenario(scen / "bestaat_niet.yaml")


def test_missing_catalogue_file(scen: Path) -> None:
    (scen / "catalogue" / "models.yaml").unlink()
    with pytest.raises(ContentErrors) as info:
        load_scenario("mini", scen)
    [e] = info.value.errors
    assert e.file.endswith("models.yaml") and (e.line, e.column) == (1, 1)
    assert "file not found" in e.message


def test_second_load_is_cached_until_the_file_changes(scen: Path) -> None:
    first = load_scenario("mini", scen)
    assert load_scenario("mini", scen) is first
    path = scen / "mini.yaml"
    path.write_text(minimal.CASUS.replace("inwoner: Mo", "inwoner: Mohammed"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_scenario("mini", scen)
    assert second is not first
    assert second.casus.inwoner == "Mohammed"


def test_load_catalogue(scen: Path) -> None:
    cat = load_catalogue(scen)
    assert isinstance(cat, Catalogue)
    assert next(m.id for m in cat.models.models) == "netwerkmodel"
    assert {f.id for f in cat.forces.forces} == {"schotten", "subsidie"}
    assert load_catalogue(scen / "catalogue").actions == cat.actions


def test_load_catalogue_reports_errors(scen: Path) -> None:
    (scen / "catalogue" / "forces.yaml").write_text("format: 1\nforces: {}\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as info:
        load_catalogue(scen)
    assert str(info.value).endswith("forces.yaml:2:9: forces: found an empty mapping, "
                                    "expected a list")


def test_list_scenarios(scen: Path) -> None:
    (scen / "aaa.yaml").write_text(minimal.CASUS.replace("id: mini", "id: zzz"), encoding="utf-8")
    assert [c.id for c in list_scenarios(scen)] == ["mini", "zzz"]
    (scen / "kapot.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as info:
        list_scenarios(scen)
    assert "kapot.yaml:2:1: YAML syntax error" in str(info.value)
    assert [c.id for c in list_scenarios(scen, strict=False)] == ["mini", "zzz"]


def test_file_kind() -> None:
    assert file_kind({"format": 1, "actions": []}) == "actions"
    assert file_kind({"arrangements": []}) == "actions"
    assert file_kind({"forces": []}) == "forces"
    assert file_kind({"terms": []}) == "glossary"
    assert file_kind({"format": 1}) is None
    assert file_kind({"models": []}) == "models"
    assert file_kind({"id": "x", "actions": [], "forces": []}) == "casus"
    assert file_kind(["a list"]) == "casus"


def test_validate_paths_checks_folders_and_every_kind(scen: Path) -> None:
    assert validate_paths([scen]) == []
    assert validate_paths([scen / "catalogue" / "forces.yaml"]) == []
    (scen / "catalogue" / "forces.yaml").write_text(
        minimal.FORCES.replace("block: [schuldhulp]", "block: [schuldhulpp]"), encoding="utf-8")
    [e] = validate_paths([scen / "catalogue" / "forces.yaml"])
    assert (e.line, e.column) == (11, 15) and "did you mean 'schuldhulp'?" in e.message
    # the same mistake is found once, however many files lead to it
    assert len(validate_paths([scen])) == 1


def test_validate_main_ok(scen: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_main([str(scen)]) == 0
    assert capsys.readouterr().out == "OK: 4 files valid\n"


def test_validate_main_errors(scen: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    broken = (minimal.CASUS.replace("age: 50", "age: oud")
              .replace("drains: [mentaal_welbevinden]", "drains: [mentaal_welbevindn]"))
    (scen / "mini.yaml").write_text(broken, encoding="utf-8")
    (scen / "leeg.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(scen)
    assert validate_main(["."]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out == [
        ("leeg.yaml:1:1: the file is empty; expected a mapping with the keys of a casus or a "
        "catalogue"),
        "mini.yaml:5:6: age: found 'oud', expected a whole number",
        ("mini.yaml:28:14: problems[0].drains[0]: found 'mentaal_welbevindn', expected "
        "'lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', "
        "'meedoen' or 'dagelijks_functioneren'; did you mean 'mentaal_welbevinden'?"),
    ]
    assert all(LINE.match(line) for line in out)
    assert captured.err == "3 problems in 2 files\n"


def test_validate_main_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_main([str(tmp_path / "nergens.yaml")]) == 1
    out = capsys.readouterr().out
    assert LINE.match(out) and "no such file or folder" in out
    assert validate_main([str(tmp_path)]) == 1
    assert "no .yaml files in this folder" in capsys.readouterr().out


def test_json_schemas(tmp_path: Path) -> None:
    written = write_json_schemas(tmp_path)
    assert sorted(p.name for p in written) == sorted(SCHEMAS)
    casus = json.loads((tmp_path / "casus.schema.json").read_text(encoding="utf-8"))
    assert casus["$schema"].endswith("2020-12/schema")
    assert "problems" in casus["properties"]
    assert "not" in casus["$defs"]["Condition"]["properties"]


def test_shipped_json_schemas_are_up_to_date() -> None:
    for name, model in SCHEMAS.items():
        path = DEFAULT_DIR / name
        assert path.is_file(), f"run: python -m game.content.schema ({path} is missing)"
        shipped = json.loads(path.read_text(encoding="utf-8"))
        assert shipped == json_schema(model, shipped["title"]), (
            f"{path} is out of date with game/engine/defs.py; run: python -m game.content.schema")


GLOSSARY = """\
format: 1
terms:
  - id: zvw
    domain: medisch
    term: {nl: Zvw, en: Zvw}
    text: {nl: De zorgverzekering., en: Health insurance.}
  - id: zvw
    domain: medsch
    term: {nl: Wmo, en: Wmo}
    text: {nl: De gemeente., en: The municipality.}
"""


def test_glossary(scen: Path) -> None:
    path = scen / "catalogue" / "glossary.yaml"
    fixed = GLOSSARY.replace("  - id: zvw\n    domain: medsch", "  - id: wmo\n    domain: sociaal")
    path.write_text(fixed, encoding="utf-8")
    assert validate_paths([scen]) == []
    assert [t.id for t in load_glossary(scen).terms] == ["zvw", "wmo"]
    path.write_text(GLOSSARY, encoding="utf-8")
    assert [str(e).split(":", 1)[1] for e in validate_paths([path])] == [
        ("8:13: terms[1].domain: found 'medsch', expected 'medisch', 'sociaal' or 'beide'; "
        "did you mean 'medisch'?")]
    path.write_text(GLOSSARY.replace("domain: medsch", "domain: sociaal"), encoding="utf-8")
    assert [str(e).split(":", 1)[1] for e in validate_paths([path])] == [
        "7:9: terms[1].id: duplicate term id 'zvw' (also at line 3)"]


def test_a_file_of_no_known_kind(tmp_path: Path) -> None:
    path = tmp_path / "iets.yaml"
    path.write_text("format: 1\nwoorden: []\n", encoding="utf-8")
    [e] = validate_paths([path])
    assert (e.line, e.column) == (1, 1)
    assert e.message.startswith("cannot tell what this file is")


def test_content_errors_survive_a_trip_to_another_process() -> None:
    import pickle

    from game.content.errors import ContentError, ContentErrors

    errs = ContentErrors([ContentError("a.yaml", 3, 5, ("problems", 0), "bad kind"),
                          ContentError("b.yaml", 1, 1, (), "no id")])
    back = pickle.loads(pickle.dumps(errs))
    assert back.errors == errs.errors and str(back) == str(errs)
