"""Help that does not fit the person is not a legal move (issue 12, format 3): an offer or a
plain treatment card is on offer only while its role knows a problem of a kind it helps. So
Greet (no addiction) is never referred to addiction care, and nothing that does not fit
shows up as running or secured in the report. The validator finds a casus's own card that
fits none of its problems, and an ending that asks for help no card can offer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.random_bot import RandomBot
from game.content import load_scenario
from game.engine import Action, Game
from game.engine.defs import Scenario
from game.engine.legality import fit_kinds
from game.engine.roles import ROLES

CASUSSEN = ("ron", "greet", "harrie", "hatice", "lina", "ria", "sanne")


def with_format(sc: Scenario, fmt: int) -> Scenario:
    return replace(sc, casus=replace(sc.casus, format=fmt))


def to_professionals(game: Game) -> None:
    while "inwoner" in game.to_move():
        game.apply("inwoner:klaar")


def test_greet_is_never_offered_addiction_care_and_the_reason_says_why() -> None:
    game = Game(load_scenario("greet"), 1)
    to_professionals(game)
    card = Action("huisarts", "verwijs_verslavingszorg")
    assert card not in game.legal_actions("huisarts")
    why = game.reason(card)
    assert why is not None and why.code == "does_not_fit"
    # the old rules offered it (and it 'helped')
    old = Game(with_format(load_scenario("greet"), 1), 1)
    to_professionals(old)
    assert card in old.legal_actions("huisarts")


def test_help_is_on_offer_once_the_role_knows_a_problem_it_fits() -> None:
    game = Game(load_scenario("ron"), 1)
    to_professionals(game)
    debt = Action("sociaal_werker", "schuldhulp")
    assert game.reason(debt) is not None and game.reason(debt).code == "does_not_fit"
    game._s.knows["sociaal_werker"].add("schulden")  # (as if Ron told it)
    assert game.reason(debt) is None or game.reason(debt).code != "does_not_fit"
    assert debt in game.legal_actions("sociaal_werker")


@pytest.mark.parametrize("casus", CASUSSEN)
def test_no_bot_game_plays_or_secures_help_that_fits_no_problem(casus: str) -> None:
    sc = load_scenario(casus)
    kinds = {p.kind for p in sc.casus.problems}
    unfit = {k for k, v in fit_kinds(sc).items() if not v & kinds}
    unfit_arr = {sc.actions[k].arrangement for k in unfit if sc.actions[k].op == "bied_aan"}
    for seed in range(3):
        game = Game(sc, seed)
        bots = {r: RandomBot(seed) if seed % 2 else HeuristicBot(seed) for r in ROLES}
        while not game.is_over():
            role = game.to_move()[0]
            for a in game.legal_actions(role):
                assert f"{a.role}:{a.name}" not in unfit, (casus, str(a))
            game.apply(bots[role].choose(game, role))
        r = game.result()
        assert not set(r.secured) & unfit_arr, (casus, r.secured)
        assert not {a for a in game.state.arrangements} & unfit_arr


def test_the_validator_finds_an_ending_that_asks_for_help_that_cannot_be_offered(
        tmp_path: Path) -> None:
    from game.content import validate_paths
    from game.paths import scenarios_dir

    text = (scenarios_dir() / "greet.yaml").read_text(encoding="utf-8")
    assert "format: 6" in text
    ending = ("endings:\n  - id: nooit\n    rank: good\n    name: {nl: Nooit, en: Never}\n"
              "    text: {nl: Nooit., en: Never.}\n    condition:\n"
              "      arrangement: {id: verslavingszorg, status: started}\n")
    bad = text.replace("endings:\n", ending, 1)

    def errors(body: str) -> list[str]:
        path = tmp_path / "greet.yaml"
        path.write_text(body, encoding="utf-8")
        return [str(e) for e in validate_paths([path])]

    assert not errors(text)
    found = errors(bad)
    assert any("verslavingszorg" in e and "no card can offer it" in e for e in found), found
    # the same ending is fine under the old rules
    assert not any("no card can offer it" in e
                   for e in errors(bad.replace("format: 6", "format: 1", 1)))
