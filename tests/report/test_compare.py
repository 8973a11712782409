"""Comparing the tables: several saves (one per table) in one report, with the results per
table and per model; a broken save is named and nothing half is written."""

from __future__ import annotations

import json
from pathlib import Path

from game import cli
from game.bots.heuristic import HeuristicBot
from game.bots.play import play
from game.content import load_scenario
from game.engine import Game
from game.report.analysis import debrief
from game.store.saves import with_application, write_save
from tests.report.test_html import Checker

MODELS = ("netwerkmodel", "teammodel", "brugfunctiemodel")


def table_saves(tmp_path: Path) -> tuple[list[Path], list[Game]]:
    """Three tables played Ron with the same game number, each its own model; every laptop
    wrote ron-laatste.json, so the files have the same name in different folders."""
    sc = load_scenario("ron")
    paths, games = [], []
    for i, model in enumerate(MODELS, 1):
        game = play(Game(sc, 5, model), HeuristicBot(i))
        data = game.to_save()
        if i == 2:
            data = with_application(data, {"huisarts": "Ik bel de sociaal werker."})
        path = tmp_path / f"tafel{i}" / "ron-laatste.json"
        path.parent.mkdir()
        write_save(path, data)
        paths.append(path)
        games.append(game)
    return paths, games


def test_the_comparison_has_every_table_and_every_model(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    saves, games = table_saves(tmp_path)
    out = tmp_path / "klas.html"
    code = cli.main(["report", *map(str, saves), "--out", str(out), "--json"])
    assert code == 0, capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert not checker.errors and not checker.stack
    assert "http" not in html.replace("http-equiv", "")  # nothing to fetch
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert [r["table"] for r in data["tables"]] == ["tafel1/ron-laatste", "tafel2/ron-laatste",
                                                   "tafel3/ron-laatste"]
    assert data["same_game"] is True
    assert {m["model"] for m in data["per_model"]} == set(MODELS)
    for game, row in zip(games, data["tables"], strict=True):
        d = debrief(game, lang="nl")
        assert row["ending_name"] == d["result"]["ending_name"]
        assert row["health_gain"] == d["result"]["health_gain"]
        assert row["wrong_pocket"] == d["analysis"]["ledger"]["wrong_pocket_total"]
        assert row["model_name"] in html and row["ending_name"] in html
    assert "spelnummer 5" in html
    assert html.count('class="chart chart-spider"') == 3
    assert "Ik bel de sociaal werker." in html


def test_a_broken_save_among_them_is_named_and_nothing_is_written(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    saves, _games = table_saves(tmp_path)
    broken = tmp_path / "tafel4.json"
    broken.write_text('{"scenario": "ron", "seed": 5, "actions": ["huisarts:vlieg"]}',
                      encoding="utf-8")
    out = tmp_path / "klas.html"
    code = cli.main(["report", *map(str, saves), str(broken), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert str(broken) in err and "geen vergelijking geschreven" in err  # Dutch first
    assert not out.exists()
    code = cli.main(["report", *map(str, saves), str(broken), "--out", str(out), "--lang", "en"])
    assert code == 1 and "no comparison written" in capsys.readouterr().err


def test_one_save_still_gives_the_single_report(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    saves, _games = table_saves(tmp_path)
    out = tmp_path / "one.html"
    assert cli.main(["report", str(saves[0]), "--out", str(out)]) == 0
    assert "Vergelijking" not in out.read_text(encoding="utf-8")
    assert "Nabespreking" in out.read_text(encoding="utf-8")
