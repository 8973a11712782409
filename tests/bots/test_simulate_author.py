"""simulate as an author's tool (issue 14): in which round endings and crises happen, a
sensitivity sweep over one casus number, and a balance page with charts."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.bots.simulate import VaryError, parse_vary, simulate, sweep, varied
from game.cli import main
from game.content import load_scenario


def test_rounds_of_endings_and_crises_add_up() -> None:
    sc = load_scenario("ron")
    out = simulate(sc, 24, 3, bots="random", processes=1)
    per_ending = out["ending_rounds"]
    assert set(per_ending) == set(out["endings"])
    for ending, counts in per_ending.items():
        assert sum(counts.values()) == out["endings"][ending]
        assert all(1 <= int(r) <= sc.casus.rounds for r in counts)
    with_crisis = round(out["crisis_rate"] * out["games"])
    assert sum(out["first_crisis_rounds"].values()) == with_crisis
    assert sum(out["crisis_rounds"].values()) >= with_crisis


def test_parse_vary() -> None:
    assert parse_vary("pots.wmo=24..32") == ("pots.wmo", list(range(24, 33)))
    assert parse_vary("pots.wmo=24..32:4") == ("pots.wmo", [24, 28, 32])
    assert parse_vary("rounds=6,8") == ("rounds", [6, 8])
    for bad in ("pots.wmo", "pots.wmo=a..b", "pots.wmo=32..24", "x=1..1000"):
        with pytest.raises(VaryError):
            parse_vary(bad)


def test_varied_changes_one_number_of_the_casus() -> None:
    sc = load_scenario("ron")
    v = varied(sc, "pots.wmo", 24)
    assert v.casus.start.pots["wmo"] == 24 and sc.casus.start.pots["wmo"] != 24
    assert v.casus.start.pots["zvw"] == sc.casus.start.pots["zvw"]
    assert varied(sc, "start.health.meedoen", 1).casus.start.health["meedoen"] == 1
    pid = sc.casus.problems[0].id
    assert varied(sc, f"problems.{pid}.severity", 1).casus.problems[0].severity == 1
    with pytest.raises(VaryError, match="has no 'pots.geld'"):
        varied(sc, "pots.geld", 3)
    with pytest.raises(VaryError, match="not allowed"):
        varied(sc, "rounds", 99)


def test_a_value_the_casus_does_not_allow_is_said_in_the_language() -> None:
    """Issue 10: --vary's refusal names the allowed range in the user's words, not
    pydantic's English."""
    from game.lang import error_text

    with pytest.raises(VaryError) as e:
        varied(load_scenario("ron"), "rounds", 99)
    assert error_text(e.value, "nl") == ("--vary: rounds=99 mag niet in een casus: hier staat "
                                         "99, maar er hoort een heel getal van 1 tot en met 20 "
                                         "te staan")
    assert error_text(e.value, "en") == ("--vary: rounds=99 is not allowed in a casus: found "
                                         "99, expected a whole number from 1 to 20")


def test_a_sweep_over_the_wmo_budget_moves_the_figures() -> None:
    sc = load_scenario("ron")
    out = sweep(sc, "pots.wmo", [2, 40], 16, 1, bots="heuristic", processes=1)
    low, high = out["rows"]
    assert (low["value"], high["value"]) == (2, 40)
    assert high["best_ending_rate"] > low["best_ending_rate"]


def test_simulate_html_writes_a_balance_page(tmp_path: Path, capsys) -> None:
    page = tmp_path / "balans.html"
    assert main(["simulate", "--scenario", "ron", "--games", "8", "--processes", "1",
                 "--html", str(page), "--vary", "pots.wmo=20..30:10"]) == 0
    html = page.read_text(encoding="utf-8")
    for part in ("Per moeilijkheid", "Per organisatiemodel", "Per ronde", "Per krachtenkaart",
                 "Gevoeligheid", "pots.wmo = 20", "teammodel", "zwaar"):
        assert part in html
    assert html.count("<svg") >= 5
    assert "<script" not in html and "http" not in html  # nothing fetched


def test_simulate_prints_the_rounds(capsys) -> None:
    assert main(["simulate", "--scenario", "ron", "--games", "8", "--processes", "1",
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "round of the ending" in out and "first crisis" in out
    assert main(["simulate", "--scenario", "ron", "--games", "8", "--processes", "1"]) == 0
    out = capsys.readouterr().out
    assert "ronde van het einde" in out and "eerste crisis" in out and "first" not in out


def test_a_bad_vary_is_a_clear_error(capsys) -> None:
    assert main(["simulate", "--scenario", "ron", "--games", "4", "--vary", "pots.x=1..2",
                 "--lang", "en"]) == 2
    assert "has no 'pots.x'" in capsys.readouterr().err
    assert main(["simulate", "--scenario", "ron", "--games", "4", "--vary", "pots.x=1..2"]) == 2
    assert "de casus 'ron' heeft geen 'pots.x'" in capsys.readouterr().err


def test_a_first_time_table_plays_between_random_and_the_rule_of_thumb() -> None:
    """The ``makkelijk`` bots (docs/balance.md: a table playing for the first time) make a
    random move now and then: over the same games they reach Greet's best ending less often
    than the rule of thumb, and more often than random moves."""
    from game.bots.simulate import simulate
    from game.content import load_scenario

    sc = load_scenario("greet")
    rate = {b: simulate(sc, 24, 1, bots=b, processes=1)["best_ending_rate"]
            for b in ("random", "makkelijk", "heuristic")}
    assert rate["random"] < rate["makkelijk"] < rate["heuristic"], rate
