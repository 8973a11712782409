"""Lesson L6 (issue 13): the time collaboration cost that no pot paid shows per professional,
with the moves it came from, in the engine (from the history), the debrief data (the board's
money page and the web client read it), the HTML report and the text mode's end. A scripted
game: the huisarts gets to know the sociaal werker, who then plans an MDO."""

from __future__ import annotations

from game.content import load_scenario
from game.engine import Game
from game.engine.scoring import unpaid_by_role
from game.report.analysis import debrief
from game.report.html import render_html
from game.table import Table
from game.ui.text import TextGame

SCRIPT = ["inwoner:klaar", "huisarts:kennismaken(sociaal_werker)",
          "sociaal_werker:plan_overleg", "facilitator:einde"]


def _game(*inject: str) -> Game:
    g = Game(load_scenario("ron"), 1)
    for fid in inject:
        g.apply(f"facilitator:injecteer({fid})")
    for a in SCRIPT:
        g.apply(a)
    return g


def test_the_engine_counts_each_professionals_unpaid_time_from_the_moves() -> None:
    g = _game()
    assert unpaid_by_role(g.unpaid_time()) == {
        "huisarts": {"kennismaken": 1, "plan_overleg": 1},
        "wijkverpleegkundige": {"plan_overleg": 1},
        "sociaal_werker": {"kennismaken": 1, "plan_overleg": 1}}
    # the played time agrees with what the game spent (3 each at the start)
    assert g.state.time == {"huisarts": 1, "wijkverpleegkundige": 2, "sociaal_werker": 1}


def test_with_the_nza_payment_code_the_medical_mdo_time_is_paid_not_unpaid() -> None:
    by_role = unpaid_by_role(_game("betaalcode_voor_overleg").unpaid_time())
    assert by_role == {"huisarts": {"kennismaken": 1},
                       "sociaal_werker": {"kennismaken": 1, "plan_overleg": 1}}


def test_the_surcharge_of_no_payment_for_meetings_counts_as_unpaid_time() -> None:
    by_role = unpaid_by_role(_game("geen_betaaltitel_voor_overleg").unpaid_time())
    assert by_role["wijkverpleegkundige"] == {"plan_overleg": 2}
    assert by_role["sociaal_werker"]["plan_overleg"] == 2


def test_the_debrief_and_the_report_show_a_line_per_role() -> None:
    d = debrief(_game(), lang="nl")
    unpaid = d["analysis"]["ledger"]["unpaid"]
    assert unpaid["total"] == 5
    assert unpaid["lines"] == [
        "Huisarts: onbetaalde tijd voor samenwerken: 2 (Kennismaken 1, MDO plannen 1)",
        "Wijkverpleegkundige: onbetaalde tijd voor samenwerken: 1 (MDO plannen 1)",
        "Sociaal werker: onbetaalde tijd voor samenwerken: 2 (Kennismaken 1, MDO plannen 1)"]
    en = debrief(_game(), lang="en")["analysis"]["ledger"]["unpaid"]["lines"]
    assert en[0] == "GP: unpaid time for working together: 2 (Get to know each other 1, " \
        "Plan a team meeting 1)"
    html = render_html(d)
    assert "onbetaalde tijd voor samenwerken: 2 (Kennismaken 1, MDO plannen 1)" in html


def test_team_names_name_the_line() -> None:
    d = debrief(_game(), lang="nl", teams={"huisarts": "De Dokters"})
    assert d["analysis"]["ledger"]["unpaid"]["lines"][0].startswith(
        "De Dokters: onbetaalde tijd voor samenwerken: 2")


def test_the_text_mode_ends_with_the_unpaid_time() -> None:
    out: list[str] = []
    tg = TextGame(Table(_game()), write=out.append)
    tg.show_end()
    text = "\n".join(out)
    assert "Onbetaalde tijd voor samenwerken:" in text
    assert "  Sociaal werker: onbetaalde tijd voor samenwerken: 2 (Kennismaken 1, MDO plannen 1)" \
        in out
