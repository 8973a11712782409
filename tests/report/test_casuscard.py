"""The teacher's card of a casus (issue 13): one page with the hidden problems (who knows
what at the start, the trust it takes), the signals and the moves that find them, the wish,
the endings, the lessons, and what the game simplifies compared to practice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.content import list_scenarios, load_scenario
from game.lang import role_name, t
from game.report.casuscard import GENERAL, action_name, card_html

ROOT = Path(__file__).resolve().parents[2]
CASUSSEN = [c.id for c in list_scenarios()]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("cid", CASUSSEN)
def test_the_card_names_every_secret_and_what_the_game_simplifies(cid: str, lang: str) -> None:
    from html import escape

    sc = load_scenario(cid)
    c = sc.casus
    html = card_html(sc, lang)
    assert f'<html lang="{lang}">' in html
    for p in c.problems:
        assert escape(str(p.name.get(lang))) in html
        for r in p.known_to:
            if r != "inwoner":
                assert role_name(r, lang) in html
    for s in c.signals:
        assert escape(str(s.text.get(lang))) in html
        for a in s.found_by:
            assert escape(action_name(sc, a, lang)) in html
    assert escape(str(c.wish.text.get(lang))) in html
    assert all(escape(str(e.name.get(lang))) in html for e in c.endings)
    # every shipped casus says what it simplifies, and the card says what holds for all
    assert c.simplified, f"{cid}: no 'simplified' list"
    assert all(escape(str(x.get(lang))) in html for x in c.simplified)
    assert all(escape(t(f"card.general_{k}", lang)) in html for k in GENERAL)
    if c.content_warning is not None:
        assert escape(str(c.content_warning.get(lang))) in html
    # one self-contained page: nothing fetched
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_who_knows_a_problem_at_the_start_is_told_right() -> None:
    sc = load_scenario("greet")
    html = card_html(sc, "nl")
    # dementia: known to nobody, not even Greet; loneliness: only Greet
    assert "<td>Beginnende dementie</td><td>niemand, ook Greet zelf niet</td>" in html
    assert "<td>Eenzaamheid</td><td>alleen Greet</td>" in html
    assert "<td>Vage klachten</td><td>Greet en de huisarts</td>" in html


def test_the_command_writes_one_card_per_casus_and_warns_that_it_holds_secrets(
        tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "game", "teacher-card", "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    written = sorted(p.name for p in tmp_path.glob("*.html"))
    assert written == sorted(f"casuskaart-{cid}.html" for cid in CASUSSEN)
    assert t("cli.card_secret", "nl") in out.stderr
    one = subprocess.run([sys.executable, "-m", "game", "teacher-card", "ron", "greet",
                          "--out", str(tmp_path / "x.html"), "--lang", "en"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         check=False)
    assert one.returncode == 2 and t("cli.card_out_folder", "en") in one.stderr
    bad = subprocess.run([sys.executable, "-m", "game", "teacher-card", "niemand"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         check=False)
    assert bad.returncode == 1 and "niemand" in bad.stderr and "Traceback" not in bad.stderr
