"""The user's own casus folder and the installed guides (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game import paths
from game.cli import main
from game.content import clear_cache


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    clear_cache()
    yield tmp_path / "home"
    clear_cache()


def test_scenarios_says_where_own_casussen_go_and_lists_them(home, capsys) -> None:
    assert main(["scenarios", "--folder"]) == 0
    assert capsys.readouterr().out.strip() == str(home / "scenarios")
    assert main(["scenarios"]) == 0
    out = capsys.readouterr().out
    assert f"{home / 'scenarios'} (bestaat nog niet" in out
    assert main(["new-scenario", "mehmet"]) == 0
    capsys.readouterr()
    assert main(["scenarios", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    own = [it for it in items if it["own"]]
    assert [it["id"] for it in own] == ["mehmet"] and items[-1]["id"] == "mehmet"
    assert Path(own[0]["file"]) == home / "scenarios" / "mehmet.yaml"
    assert any(it["id"] == "ron" and not it["own"] for it in items)


def test_a_shipped_id_wins_over_an_own_file_with_the_same_id(home, capsys) -> None:
    (home / "scenarios").mkdir(parents=True)
    ron = (paths.scenarios_dir() / "ron.yaml").read_text(encoding="utf-8")
    (home / "scenarios" / "ron.yaml").write_text(ron.replace("age: 45", "age: 46"),
                                                 encoding="utf-8")
    assert main(["scenarios", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [it["age"] for it in items if it["id"] == "ron"] == [45]


@pytest.mark.parametrize("topic", ["handleiding", "format", "saves"])
def test_guide_prints_installed_guides(topic, capsys) -> None:
    assert main(["guide", topic]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.is_file() and path.suffix == ".md"


def test_guide_lists_the_schemas(capsys) -> None:
    assert main(["guide", "schema"]) == 0
    files = [Path(p) for p in capsys.readouterr().out.split()]
    assert {p.name for p in files} >= {"casus.schema.json", "actions.schema.json"}
    assert all(p.is_file() for p in files)
    assert main(["guide"]) == 0
    assert "docent-handleiding.md" in capsys.readouterr().out
