"""``krachtenveld report SAVE --out report.html [--lang] [--json]`` as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from game.store.saves import write_save
from tests.report.games import passive_game, save_with_extras

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def test_report_writes_html_and_the_json_log_beside_it(tmp_path: Path) -> None:
    game = passive_game("ron")
    save = tmp_path / "spel.json"
    write_save(save, save_with_extras(game, teams={"inwoner": "Team Ron"},
                                      application={"inwoner": "Eerder praten."}))
    out = tmp_path / "verslag" / "report.html"
    r = run("report", str(save), "--out", str(out), "--lang", "en", "--json", home=tmp_path)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Team Ron" in html and "Eerder praten." in html
    log = json.loads((tmp_path / "verslag" / "report.json").read_text(encoding="utf-8"))
    assert log["format"] == "krachtenveld-report-log"
    assert log["save"]["actions"] == game.history
    assert log["debrief"]["application"]["inwoner"] == "Eerder praten."
    assert {"description", "analysis", "transfer", "application"} <= set(log["debrief"])
    assert str(out) in r.stdout


def test_the_json_log_never_overwrites_the_save(tmp_path: Path) -> None:
    save = tmp_path / "ron.json"
    data = passive_game("ron").to_save()
    write_save(save, data)
    r = run("report", str(save), "--json", home=tmp_path)  # --out defaults to ron.html
    assert r.returncode == 0, r.stderr
    assert json.loads(save.read_text(encoding="utf-8")) == data
    assert (tmp_path / "ron.html").exists() and (tmp_path / "ron-report.json").exists()
    r2 = run("report", str(save), "--out", str(save), home=tmp_path)
    assert r2.returncode == 2 and "zou het bewaarde spel overschrijven" in r2.stderr
    r2 = run("report", str(save), "--out", str(save), "--lang", "en", home=tmp_path)
    assert r2.returncode == 2 and "would overwrite the save" in r2.stderr


def test_a_broken_save_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{ not json", encoding="utf-8")
    r = run("report", str(bad), "--out", str(tmp_path / "x.html"), home=tmp_path)
    assert r.returncode == 1 and "kapot.json" in r.stderr and "Traceback" not in r.stderr
    data = passive_game("ron").to_save()
    data["actions"].insert(0, "huisarts:vliegen")
    write_save(bad, data)
    r = run("report", str(bad), "--out", str(tmp_path / "x.html"), home=tmp_path)
    assert r.returncode == 1 and "kan niet opnieuw gespeeld worden" in r.stderr
    r = run("report", str(bad), "--out", str(tmp_path / "x.html"), "--lang", "en",
            home=tmp_path)
    assert r.returncode == 1 and "cannot be replayed: No such move" in r.stderr
    assert not (tmp_path / "x.html").exists()
