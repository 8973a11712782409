"""Issue 13, "Facts → Care": a casus can say that another professional carries a role (the
JGZ nurse for Lina and Sanne, the POH-somatiek for Hatice). The role keeps its id; the
names, the scope and the cards follow the casus, and a casus without the field is as it
was."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game
from game.lang import name_of, role_name, role_scope, role_short, team_label
from tests.content import minimal
from tests.content.test_crossref import errors_for, lines

NURSE = "wijkverpleegkundige"
# the wijkverpleegkundige's Zvw cards a JGZ nurse or a POH would not play
NOT_JGZ = {"persoonlijke_verzorging", "medicatiebegeleiding", "valpreventie",
           "casemanager_dementie", "wmo_indicatie"}


def with_roles(block: str) -> str:
    return minimal.CASUS.replace("rounds: 4\n", "rounds: 4\n" + block)


JGZ = ("roles:\n  wijkverpleegkundige:\n    label: {nl: JGZ-verpleegkundige, en: youth health "
       "nurse}\n    scope: {nl: Je werkt bij de JGZ., en: You work for the JGZ.}\n"
       "    leave_out: [huisbezoek]\n")


@pytest.mark.parametrize("casus", ["lina", "sanne"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lina_and_sanne_name_the_jgz_nurse(casus: str, lang: str) -> None:
    sc = load_scenario(casus)
    if lang == "nl":
        assert team_label(NURSE, lang, sc) == "JGZ-verpleegkundige"
    word = team_label(NURSE, lang, sc).lower()
    assert "nurse" in word or "jgz" in word
    assert "wijkverpleeg" not in word and "district" not in word
    assert role_name(NURSE, lang, sc) == ("de JGZ-verpleegkundige" if lang == "nl"
                                          else f"the {sc.casus.roles[NURSE].label.en}")
    assert name_of(sc, NURSE, lang, "role") == role_name(NURSE, lang, sc)
    assert name_of(sc, NURSE, lang, "team") == team_label(NURSE, lang, sc)
    assert "JGZ" in (role_scope(sc, NURSE, lang) or "")
    assert len(role_short(NURSE, lang, sc)) <= 12


def test_hatice_names_the_poh_somatiek() -> None:
    sc = load_scenario("hatice")
    assert team_label(NURSE, "nl", sc) == "POH-somatiek"
    assert role_name(NURSE, "en", sc) == "the practice nurse"
    assert "Zvw" in (role_scope(sc, NURSE, "nl") or "")


@pytest.mark.parametrize("casus", ["ron", "greet", "harrie", "ria"])
def test_a_casus_without_the_field_still_says_wijkverpleegkundige(casus: str) -> None:
    sc = load_scenario(casus)
    assert not sc.casus.roles
    assert team_label(NURSE, "nl", sc) == "Wijkverpleegkundige" == team_label(NURSE, "nl")
    assert role_name(NURSE, "nl", sc) == "de wijkverpleegkundige"
    assert role_name(NURSE, "en", sc) == "the district nurse"
    assert role_short(NURSE, "nl", sc) == "Wijkverpl."
    assert role_scope(sc, NURSE, "nl") is None
    assert "wijkverpleegkundige" in sc.actions["huisarts:deel"].text.nl
    assert NOT_JGZ <= {a.id for a in sc.actions.values() if a.role == NURSE}


@pytest.mark.parametrize("casus", ["lina", "sanne"])
def test_a_jgz_nurse_never_charges_the_zvw(casus: str) -> None:
    """The gemeente pays the JGZ (Wpg): every card of her hand that costs money charges the
    gemeente's pot under the Wpg, and the wijkverpleging cards are not in her hand."""
    sc = load_scenario(casus)
    cards = [a for a in sc.actions.values() if a.role == NURSE]
    assert not NOT_JGZ & {a.id for a in cards}
    for a in cards:
        if a.cost.money:
            assert a.cost.pot == "wmo" and a.law == "wpg", a.id
    # and in play: no Zvw payment is ever booked for her
    from game.bots.heuristic import HeuristicBot
    for seed in range(3):
        g = Game(sc, seed, "teammodel")
        bot = HeuristicBot(seed)
        while not g.is_over():
            g.apply(bot.choose(g, g.to_move()[0]))
        # (help she refers to is paid by its own law: the hearing test by the Zvw)
        paid = [(pot, what) for _r, pot, amount, what, by in g.view("facilitator").ledger
                if by == NURSE and amount > 0 and what not in sc.arrangements]
        assert paid, "the JGZ nurse played no paid card"
        assert all(pot == "wmo" for pot, _ in paid), paid


@pytest.mark.parametrize("casus", ["lina", "sanne", "hatice"])
def test_no_shared_text_names_the_wijkverpleegkundige(casus: str) -> None:
    """The catalogue's cards, forces and models read the casus's word in these casussen
    (only texts nobody can meet here, of left-out cards and forces not in the deck, may
    keep the catalogue's word)."""
    sc = load_scenario(casus)
    deck = set(sc.casus.deck or sc.forces)
    texts = [(k, t) for k, a in sc.actions.items() for t in (a.name, a.text)]
    texts += [(k, t) for k, f in sc.forces.items() if k in deck for t in (f.name, f.text)]
    texts += [(k, t) for k, m in sc.models.items() for t in (m.name, m.text)]
    for key, text in texts:
        assert "wijkverpleegkundige" not in text.nl.lower(), (key, text.nl)
        assert "district nurse" not in text.en.lower(), (key, text.en)


def test_the_shared_texts_are_unchanged_without_the_field() -> None:
    """Merging a casus without ``roles`` keeps the catalogue's own objects."""
    from game.content.loader import load_catalogue, merge

    cat = load_catalogue()
    sc = merge(load_scenario("ron").casus, cat.actions, cat.forces, cat.models)
    for a in cat.actions.actions:
        assert sc.actions[f"{a.role}:{a.id}"] is a or f"{a.role}:{a.id}" in {
            f"{x.role}:{x.id}" for x in sc.casus.actions}


def test_a_label_for_an_unknown_role_is_refused(tmp_path: Path) -> None:
    text = with_roles(JGZ.replace("  wijkverpleegkundige:", "  verpleegkundige:"))
    found = lines(errors_for(tmp_path, text))
    assert len(found) == 1, found
    assert "roles" in found[0] and "'verpleegkundige'" in found[0]
    assert "'wijkverpleegkundige'" in found[0]  # the one meant, among the choices
    text = with_roles(JGZ.replace("  wijkverpleegkundige:", "  inwoner:"))
    found = lines(errors_for(tmp_path, text))
    assert len(found) == 1 and "'inwoner'" in found[0], found


def test_leave_out_names_a_card_of_that_role(tmp_path: Path) -> None:
    # (a signal found by the card left out is found by nothing now)
    assert lines(errors_for(tmp_path, with_roles(JGZ))) == [(
        "54:16: signals[0].found_by[0]: unknown action 'huisbezoek'; expected 'consult', "
        "'keukentafelgesprek', 'klaar', 'rusten', 'schuldhulp' or 'voorschrijven'")]
    text = with_roles(JGZ.replace("[huisbezoek]", "[huisbezoak, klaar]"))
    found = lines(errors_for(tmp_path, text))
    assert any("leave_out[0]" in f and "unknown action 'huisbezoak'" in f
               and "did you mean 'huisbezoek'" in f for f in found), found
    assert any("leave_out[1]" in f and "klaar" in f for f in found), found


def test_a_left_out_card_is_not_in_the_hand(tmp_path: Path) -> None:
    path = minimal.write(tmp_path, with_roles(JGZ).replace("found_by: [huisbezoek]",
                                                            "found_by: [consult]"))
    sc = load_scenario(path)
    assert f"{NURSE}:huisbezoek" not in sc.actions
    assert team_label(NURSE, "nl", sc) == "JGZ-verpleegkundige"
    assert team_label(NURSE, "en", sc) == "Youth health nurse"
    g = Game(sc, 1)
    assert not any(a.role == NURSE and a.name == "huisbezoek" for a in g.legal_actions(NURSE))
