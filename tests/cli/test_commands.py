"""The command line as a user meets it: play --text, simulate, replay, validate, scenarios."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "", cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "game", *args], input=stdin, text=True,
                          capture_output=True, cwd=cwd or ROOT, env=full_env, timeout=120,
                          check=False)


def test_play_text_saves_on_end_of_input_and_load_continues(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    # Enter at the hand-over, then play action 1 three times, then the input ends.
    first = run("play", "--text", "--scenario", "ron", "--seed", "3", "--save", str(save),
                stdin="\n1\n1\n1\n")
    assert first.returncode == 0, first.stderr
    assert "Ronde 1 van" in first.stdout
    assert "Krachtkaart:" in first.stdout
    assert "Spel bewaard in" in first.stdout
    data = json.loads(save.read_text())
    assert data["scenario"] == "ron" and data["seed"] == 3
    assert len(data["actions"]) >= 1
    second = run("play", "--text", "--load", str(save), "--no-handover", stdin="1\n")
    assert second.returncode == 0, second.stderr
    again = json.loads(save.read_text())
    assert again["actions"][: len(data["actions"])] == data["actions"]
    assert len(again["actions"]) == len(data["actions"]) + 1


def test_play_text_shows_blocked_actions_with_reasons(tmp_path: Path) -> None:
    out = run("play", "--text", "--scenario", "ron", "--seed", "1", "--save",
              str(tmp_path / "s.json"), "--no-handover", stdin="b\n")
    assert out.returncode == 0
    assert "Typ b om te zien waarom." in out.stdout
    assert "Wat kan je doen?" in out.stdout
    # b lists them with the reason (here: the inwoner's trust is too low to tell)
    assert "  - Iets vertellen (" in out.stdout and "vertrouwt" in out.stdout


def test_play_text_in_english(tmp_path: Path) -> None:
    out = run("play", "--text", "--scenario", "greet", "--lang", "en", "--save",
              str(tmp_path / "s.json"), "--no-handover", stdin="")
    assert out.returncode == 0
    assert "Round 1 of" in out.stdout and "What can you do?" in out.stdout


def test_load_of_a_corrupt_save_says_what_and_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "krachtenveld-save", "version": 1,\n "scenario": "ron", ')
    out = run("play", "--text", "--load", str(bad))
    assert out.returncode == 1
    assert str(bad) in out.stderr and "geen geldige JSON" in out.stderr  # Dutch first
    out = run("play", "--text", "--load", str(bad), "--lang", "en")
    assert out.returncode == 1 and "not valid JSON" in out.stderr
    assert bad.read_text().startswith('{"format"')  # nothing overwritten
    illegal = tmp_path / "illegal.json"
    illegal.write_text(json.dumps({"format": "krachtenveld-save", "version": 1,
                                   "scenario": "ron", "seed": 1, "model": "netwerkmodel",
                                   "difficulty": "normaal",
                                   "actions": ["huisarts:vliegen"]}))
    out = run("replay", str(illegal), "--json")  # in the default language, Dutch
    assert out.returncode == 1
    assert "zet 1 ('huisarts:vliegen') kan niet opnieuw gespeeld worden" in out.stderr
    assert "Deze zet bestaat niet" in out.stderr
    out = run("replay", str(illegal), "--json", "--lang", "en")
    assert out.returncode == 1
    assert "action 1 ('huisarts:vliegen') cannot be replayed: No such move" in out.stderr


def test_simulate_is_deterministic_and_replays_match(tmp_path: Path) -> None:
    a = run("simulate", "--scenario", "ron", "--games", "20", "--seed", "7", "--json",
            "--save-dir", str(tmp_path))
    b = run("simulate", "--scenario", "ron", "--games", "20", "--seed", "7", "--json")
    assert a.returncode == 0, a.stderr
    ja, jb = json.loads(a.stdout), json.loads(b.stdout)
    for key in ("games", "endings", "mean_health_gain", "seconds"):
        assert key in ja
    ja.pop("seconds")
    jb.pop("seconds")
    assert ja == jb
    assert ja["games"] == 20 and sum(ja["endings"].values()) == 20
    saves = sorted(tmp_path.glob("*.json"))
    assert len(saves) == 20
    rep = json.loads(run("replay", str(saves[0]), "--json").stdout)
    assert rep["over"] is True and rep["ending"] in ja["endings"]
    rep2 = json.loads(run("replay", str(saves[0]), "--json").stdout)
    assert rep["state_hash"] == rep2["state_hash"]


def test_validate_shipped_scenarios_and_a_broken_file(tmp_path: Path) -> None:
    ok = run("validate", str(ROOT / "scenarios"))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("OK: ") and "bestanden zijn goed" in ok.stdout  # Dutch first
    ok = run("validate", str(ROOT / "scenarios"), "--lang", "en")
    assert ok.returncode == 0 and "files valid" in ok.stdout
    # without a path it checks the shipped scenarios (as its help says), not an argparse error
    default = run("validate")
    assert default.returncode == 0, default.stdout + default.stderr
    assert default.stdout == run("validate", str(ROOT / "scenarios")).stdout
    broken = tmp_path / "kapot.yaml"
    text = (ROOT / "scenarios" / "ron.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("drains:", "drainz:", 1), encoding="utf-8")
    out = run("validate", str(broken))
    assert out.returncode == 1
    lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
    assert lines and all(ln.startswith(f"{broken}:") for ln in lines[:1])
    assert "drainz" in out.stdout
    assert "1 fout in 1 bestand" in out.stderr


def test_scenarios_lists_ron_and_greet() -> None:
    out = run("scenarios", "--json")
    ids = {s["id"] for s in json.loads(out.stdout)}
    assert {"ron", "greet"} <= ids


@pytest.mark.skipif(shutil.which("krachtenveld") is None, reason="console script not installed")
def test_installed_command_finds_scenarios_from_any_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    exe = shutil.which("krachtenveld")
    assert exe is not None
    out = subprocess.run([exe, "scenarios", "--json"], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert "ron" in {s["id"] for s in json.loads(out.stdout)}


@pytest.mark.skipif(shutil.which("krachtenveld") is None, reason="console script not installed")
def test_installed_command_draws_the_board_from_any_directory(tmp_path: Path) -> None:
    """The installed package carries everything the board needs (its theme, the scenarios,
    the portraits): a screenshot from a folder outside the repository works."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               KRACHTENVELD_HOME=str(tmp_path / "home"))
    exe = shutil.which("krachtenveld")
    assert exe is not None
    out = subprocess.run([exe, "screenshot", "--scene", "debrief", "--scenario", "greet",
                          "--seed", "2", "--size", "1280x720", "--out", "b.png"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "b.png").stat().st_size > 10_000
