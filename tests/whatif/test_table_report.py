"""Wat als? at a table: the background job, the comparisons kept in the save, and the
report's part that shows them."""

from __future__ import annotations

import json
from pathlib import Path

from game.bots.heuristic import HeuristicBot
from game.bots.play import play
from game.content import load_scenario
from game.engine import Game
from game.report.command import build_report
from game.table import Table
from game.table.whatif import WhatIfJob, choices, game_before, keep
from game.whatif import Change, read_comparisons


def _table(tmp_path: Path) -> Table:
    sc = load_scenario("ron")
    g = play(Game(sc, 7, "netwerkmodel"), HeuristicBot(7))
    t = Table(g, save_path=tmp_path / "ron.json", teams={"huisarts": "De Dokters"})
    t.save()
    return t


def test_a_job_runs_in_the_background_and_reports_progress(tmp_path: Path) -> None:
    t = _table(tmp_path)
    job = WhatIfJob(t, Change("force_on", round=3, what="grijs_budget"), games=3,
                    processes=1, keep=False)
    assert not job.done and job.progress == (0, 3)
    job.start()
    job.wait(60)
    assert job.done and job.error is None and job.progress == (3, 3)
    assert job.result is not None and sum(job.result["whatif"]["endings"].values()) == 3


def test_a_change_that_cannot_be_made_is_a_text_not_a_crash(tmp_path: Path) -> None:
    t = _table(tmp_path)
    job = WhatIfJob(t, Change("force_on", round=99, what="grijs_budget"), games=2,
                    processes=1, lang="en")
    job.work()
    assert job.result is None and job.error is not None and "Round 99" in job.error


def test_choices_list_what_may_be_changed(tmp_path: Path) -> None:
    t = _table(tmp_path)
    c = choices(t)
    assert c.rounds == t.game.round and "grijs_budget" in c.forces and "teammodel" in c.models
    assert c.answers and all(c.moments[n - 1].action.startswith("inwoner:") for n in c.answers)
    assert game_before(t, 1).history == []


def test_kept_comparisons_go_into_the_save_and_the_report(tmp_path: Path) -> None:
    t = _table(tmp_path)
    job = WhatIfJob(t, Change("model", round=2, what="teammodel"), games=2, processes=1)
    job.work()
    assert job.result is not None
    keep(t, job.result)
    data = json.loads((tmp_path / "ron.json").read_text(encoding="utf-8"))
    kept = read_comparisons(data)
    assert len(kept) == 1 and kept[0]["title"]["nl"] == "het Teammodel vanaf ronde 2"
    again = Table.from_save(tmp_path / "ron.json")
    assert again.comparisons == kept
    html, _log = build_report(data, t.scenario, lang="nl")
    assert 'id="wat-als"' in html and "het Teammodel vanaf ronde 2" in html
    html_en, _log = build_report(data, t.scenario, lang="en")
    assert "What if?" in html_en and "the Team model from round 2" in html_en
    # a report without comparisons has no such part; a mangled one does not break it
    plain, _log = build_report({k: v for k, v in data.items() if k != "wat_als"}, t.scenario)
    assert 'id="wat-als"' not in plain
    broken, _log = build_report(dict(data, wat_als=[{"title": 3}, "x"]), t.scenario)
    assert 'id="wat-als"' not in broken


def _fixed_words(section: str, lang: str) -> set[str]:
    """The fixed parts (six characters or more) of a section's texts in one language that
    the other language says differently."""
    import string

    from game.lang import CATALOGUES

    other = CATALOGUES["en" if lang == "nl" else "nl"]
    out: set[str] = set()
    for key, text in CATALOGUES[lang].items():
        if key.startswith(f"{section}.") and text != other[key]:
            for literal, _name, _spec, _conv in string.Formatter().parse(text):
                part = literal.strip(" .:,()«»%")
                if len(part) >= 6 and part not in other[key]:
                    out.add(part)
    return out


def test_the_whatif_texts_in_one_language_hold_no_words_of_the_other(tmp_path: Path) -> None:
    from game.report.whatif_html import section_html
    from game.whatif import text

    t = _table(tmp_path)
    job = WhatIfJob(t, Change("force_on", round=3, what="grijs_budget"), games=2,
                    processes=1)
    job.work()
    assert job.result is not None
    keep(t, job.result)
    kept = read_comparisons(json.loads((tmp_path / "ron.json").read_text(encoding="utf-8")))
    for lang, other in (("en", "nl"), ("nl", "en")):
        page = section_html(kept, lang)
        dutch = _fixed_words("whatif_report", other)
        assert len(dutch) > 10 and page.count("<tr>") > 5
        assert [w for w in dutch if w in page] == [], lang
        assert [w for w in _fixed_words("whatif_report", lang) if w in page]
        said = text(job.result, t.scenario, lang)
        assert [w for w in _fixed_words("whatif", other) if w in said] == [], lang
        assert [w for w in _fixed_words("whatif", lang) if w in said]
