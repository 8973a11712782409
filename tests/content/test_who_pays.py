"""Issue 13, Facts: money. Who pays follows the laws (design/zorgstelsel.md): the gemeente's
pot (id ``wmo``) pays for the Wmo, the Jeugdwet, the Wpg and the Wgs, and a card names its
law; geestelijke verzorging at home is a national subsidy; a Wmo maatwerkvoorziening waits
for the gemeente's onderzoek and decision. Read through the loader, as the game reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import load_scenario
from game.content.crossref import MAATWERK_WAIT
from game.engine.messages import msg
from game.lang import pot_law_name, render

CASUSSEN = ("greet", "harrie", "hatice", "lina", "ria", "ron", "sanne")


@pytest.mark.parametrize("casus", CASUSSEN)
def test_every_shipped_casus_plays_the_money_rules_of_format_5(casus: str) -> None:
    sc = load_scenario(casus)
    assert sc.casus.format >= 5
    # debt support is the gemeente's legal duty (Wgs), in every casus
    assert sc.arrangements["schuldhulpverlening"].pot == "wmo"
    assert sc.arrangements["schuldhulpverlening"].law == "wgs"
    for arr in sc.arrangements.values():
        assert arr.law is None or arr.pot == "wmo", arr.id
        if arr.maatwerk:  # a Wmo decision: up to 8 weeks, about 4 rounds
            assert arr.pot == "wmo" and arr.wait >= MAATWERK_WAIT, arr.id
    for name in ("dagbesteding", "huishoudelijke_hulp"):
        assert sc.arrangements[name].maatwerk and sc.arrangements[name].wait == 4


def test_lina_s_youth_ggz_and_crisis_are_jeugdwet_paid_by_the_gemeente() -> None:
    sc = load_scenario("lina")
    ggz = sc.arrangements["ggz_behandeling"]
    assert (ggz.pot, ggz.law) == ("wmo", "jeugdwet")
    crisis = next(p.escalation for p in sc.casus.problems if p.id == "somberheid")
    assert crisis is not None and (crisis.pot, crisis.law) == ("wmo", "jeugdwet")
    line = render(msg("paid", pot="wmo", amount=2, what="ggz_behandeling"), sc, "nl")
    assert line.startswith("Gemeente (Jeugdwet) betaalt 2"), line
    line = render(msg("paid", pot="wmo", amount=15, what="escalatie:somberheid"), sc, "en")
    assert line.startswith("Municipality (Jeugdwet) pays 15"), line
    # the POH-GGZ in the practice stays huisartsenzorg (Zvw)
    assert sc.arrangements["poh_ggz_gesprekken"].pot == "zvw"


def test_sanne_s_consultatiebureau_is_youth_health_care_under_the_wpg() -> None:
    sc = load_scenario("sanne")
    for card in ("consultatiebureau", "steunend_huisbezoek"):
        d = sc.actions[f"wijkverpleegkundige:{card}"]
        assert (d.cost.pot, d.law) == ("wmo", "wpg"), card
    line = render(msg("paid", pot="wmo", amount=1, what="consultatiebureau"), sc, "nl")
    assert line.startswith("Gemeente (Wpg) betaalt 1"), line


def test_the_gemeente_pot_without_a_named_law_pays_under_the_wmo() -> None:
    sc = load_scenario("ron")
    assert pot_law_name("wmo", None, "nl") == "Gemeente (Wmo)"
    assert render(msg("paid", pot="wmo", amount=1, what="erop_af"), sc, "nl").startswith(
        "Gemeente (Wmo) betaalt 1")
    assert render(msg("paid", pot="wmo", amount=1, what="schuldhulpverlening"), sc,
                  "nl").startswith("Gemeente (Wgs) betaalt 1")
    assert render(msg("paid", pot="zvw", amount=1, what="consult"), sc, "nl").startswith(
        "Zvw (zorgverzekeraar) betaalt 1")


def test_geestelijke_verzorging_at_home_costs_none_of_the_game_s_pots() -> None:
    sc = load_scenario("ria")
    arr = sc.arrangements["levensvragen_gesprekken"]
    assert arr.pot is None and not arr.project, "a national subsidy, not the Wmo"
    assert "subsidie" in arr.text.get("nl") and "subsidy" in arr.text.get("en")
    card = sc.actions["sociaal_werker:geestelijk_verzorger"]
    assert "subsidie" in card.text.get("nl") and card.cost.pot is None


def test_the_lumpsum_card_and_the_glossary_say_the_insurer_pays_the_social_domain() -> None:
    import yaml

    from tests.content.test_glossary_coverage import ROOT
    forces = yaml.safe_load((ROOT / "catalogue" / "forces.yaml").read_text(encoding="utf-8"))
    card = next(f for f in forces["forces"] if f["id"] == "lumpsumcontract")
    assert "Wmo-pot" not in card["text"]["nl"]  # the old, wrong way round
    assert "sociaal domein" in card["text"]["nl"] and "social domain" in card["text"]["en"]
    terms = yaml.safe_load((ROOT / "catalogue" / "glossary.yaml").read_text(encoding="utf-8"))
    lump = next(t for t in terms["terms"] if t["id"] == "lumpsum")
    assert "niet uitgeven" in lump["text"]["nl"]


def test_the_validator_holds_a_maatwerk_wait_and_a_law_to_the_gemeente(tmp_path: Path) -> None:
    from game.content import validate_paths
    from game.paths import scenarios_dir

    text = (scenarios_dir() / "harrie.yaml").read_text(encoding="utf-8")
    day_off = "    wait: 1\n    min_trust: 1\n    per_round:\n      - treat: {kind: mantelzorg"
    assert day_off in text

    def errors(body: str) -> list[str]:
        path = tmp_path / "harrie.yaml"
        path.write_text(body, encoding="utf-8")
        return [str(e) for e in validate_paths([path])]

    assert not errors(text)
    # respite as a Wmo maatwerk decision cannot start after one round
    found = errors(text.replace(day_off, "    maatwerk: true\n" + day_off, 1))
    assert any("maatwerkvoorziening" in e and "at least 3" in e for e in found), found
    assert not errors(text.replace(day_off, "    maatwerk: true\n" + day_off.replace(
        "wait: 1", "wait: 4"), 1))
    # a law names what the gemeente pays for: not the Zvw
    found = errors(text.replace("    pot: wmo\n    cost_per_round: 1\n", "    pot: zvw\n    law: "
                                "jeugdwet\n    cost_per_round: 1\n", 1))
    assert any("law: jeugdwet" in e and "pot: wmo" in e for e in found), found
