"""Each student's own intention (issue 13, Application): a team's Monday answer holds a line
per student ("Sam: ..."); the report lists them per student and ``krachtenveld export
--intentions`` writes one row per student for the next lesson."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from game.lang.intentions import split_intentions
from game.report.analysis import debrief
from game.report.html import render_html
from game.store.db import record_finished_game
from game.store.saves import with_table
from tests.report.games import passive_game
from tests.store.test_export import home, run  # noqa: F401 (the fixture)


@pytest.mark.parametrize(("answer", "expected"), [
    ("Sam: ik vraag eerst wat iemand wil.\nMo de Vries: ik bel de wijkverpleegkundige",
     [("Sam", "ik vraag eerst wat iemand wil."),
      ("Mo de Vries", "ik bel de wijkverpleegkundige")]),
    # a line without a name goes on with the intention above it
    ("- Anne-Fleur: dinsdag bel ik de POH\n  en ik stel me voor.",
     [("Anne-Fleur", "dinsdag bel ik de POH en ik stel me voor.")]),
    # no names at all: the team's one intention
    ("We vragen eerst wat iemand wil.\nDan pas advies.",
     [("", "We vragen eerst wat iemand wil. Dan pas advies.")]),
    # a sentence with a colon is not a name
    ("Ik ga dit doen: de sociale kaart lezen.", [("", "Ik ga dit doen: de sociale kaart lezen.")]),
    ("2. Joost van den Berg: vragen naar de mantelzorg",
     [("Joost van den Berg", "vragen naar de mantelzorg")]),
    ("", []),
    ("   \n  ", []),
])
def test_an_answer_splits_into_each_students_intention(
        answer: str, expected: list[tuple[str, str]]) -> None:
    assert split_intentions(answer) == expected


ANSWERS = {"huisarts": "Sam: dinsdag vraag ik wat iemand zelf wil.\nLotte: ik bel de POH.",
           "sociaal_werker": "We lezen de sociale kaart.",
           "inwoner": "=cmd|' /C calc'!A0: niets"}


def test_the_report_lists_each_students_intention() -> None:
    game = passive_game("ron")
    data = with_table(game.to_save(), teams={}, humans=["huisarts", "sociaal_werker"],
                      bots=[], bot_level="gemiddeld", application=ANSWERS)
    html = render_html(debrief(data))
    assert "<strong>Sam</strong>: dinsdag vraag ik wat iemand zelf wil." in html
    assert "<strong>Lotte</strong>: ik bel de POH." in html
    assert "We lezen de sociale kaart." in html


def test_export_writes_one_row_per_student(home: Path, tmp_path: Path) -> None:  # noqa: F811
    assert record_finished_game(passive_game("ron"), application=ANSWERS).ok
    out = tmp_path / "voornemens.csv"
    r = run("export", "--intentions", str(out), home=home)
    assert r.returncode == 0, r.stderr
    assert "3 voornemen(s)" in r.stdout or "4 voornemen(s)" in r.stdout
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=";"))
    got = [(x["role"], x["student"], x["intention"]) for x in rows]
    assert ("huisarts", "Sam", "dinsdag vraag ik wat iemand zelf wil.") in got
    assert ("huisarts", "Lotte", "ik bel de POH.") in got
    assert ("sociaal_werker", "", "We lezen de sociale kaart.") in got
    assert all(x["scenario"] == "ron" and x["game_key"] for x in rows)
    # a formula typed as an answer never runs in a spreadsheet
    assert not any(v.startswith(("=", "+", "@")) for x in rows for v in x.values())
    en = tmp_path / "intentions.csv"
    r = run("export", "--intentions", str(en), "--lang", "en", home=home)
    assert r.returncode == 0 and "intention(s), one row per student" in r.stdout
    assert en.read_text(encoding="utf-8-sig").splitlines()[0].count(",") == 7


def test_the_text_mode_line_holds_several_students() -> None:
    from game.lang.intentions import from_one_line

    line = "Sam: ik vraag wat iemand wil / Mo: ik bel de POH en/of de praktijk"
    assert from_one_line(line) == "Sam: ik vraag wat iemand wil\nMo: ik bel de POH en/of de praktijk"
    assert split_intentions(from_one_line(line)) == [
        ("Sam", "ik vraag wat iemand wil"), ("Mo", "ik bel de POH en/of de praktijk")]
    assert from_one_line("  gewoon een zin  ") == "gewoon een zin"
