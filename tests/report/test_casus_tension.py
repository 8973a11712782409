"""Issue 13, variety: every casus states its own central tension, and the teacher's card
shows it with the casus's own rules (Ria's decline, Sanne's closing window)."""

from __future__ import annotations

import pytest

from game.content import load_scenario
from game.report.casuscard import card_html

CASUSSEN = ("ron", "greet", "harrie", "ria", "hatice", "lina", "sanne")


@pytest.mark.parametrize("casus", CASUSSEN)
def test_each_casus_has_its_own_tension_on_the_teachers_card(casus: str) -> None:
    sc = load_scenario(casus)
    assert sc.casus.tension is not None
    for lang in ("nl", "en"):
        html = card_html(sc, lang)
        assert sc.casus.tension.get(lang).split(".")[0] in html.replace("&#x27;", "'")
    tensions = {load_scenario(c).casus.tension.nl for c in CASUSSEN}  # type: ignore[union-attr]
    assert len(tensions) == len(CASUSSEN)


def test_the_card_names_ria_s_decline_and_sanne_s_window() -> None:
    ria = card_html(load_scenario("ria"), "nl")
    assert "Elke 4 rondes gaat bij Ria vanzelf 1 af van: lichaamsfuncties" in ria
    sanne = card_html(load_scenario("sanne"), "nl")
    assert "na ronde 5 maakt hulp" in sanne and "Noor praat nog weinig" in sanne
    assert "venster" not in card_html(load_scenario("ron"), "nl")
