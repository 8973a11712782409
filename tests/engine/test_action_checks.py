"""An action checks itself when it is made, and the engine refuses what is not an action
with its own error (issue 10)."""

from __future__ import annotations

import pytest

from game.content import load_scenario
from game.engine import Action, Game, IllegalAction, NotationError
from tests.engine.mini import to_professionals


@pytest.fixture(scope="module")
def ron() -> Game:
    g = Game(load_scenario("ron"), 2, "netwerkmodel")
    to_professionals(g)
    return g


@pytest.mark.parametrize("parts", [
    ("huisarts", "plan_overleg", None, "nonsense"),  # a second argument without the first
    ("huisarts", "deel", "schulden", "sociaal_werker"),  # no separator
    ("huisarts", "deel", "schulden", None, "->"),  # a separator without a second argument
    ("huisarts", "deel", "schulden", "sociaal_werker", "=>"),  # a separator that is none
    ("huisarts", "Consult"),  # capitals: the notation would not read back
    ("huisarts", "consult", "a b"),  # a space in an argument
    ("huisarts", "consult", ""),  # an empty argument
    ("huisarts", "consult\n"),
    ("dokter", "consult"),  # no role
    ("huisarts", "consult(x)"),  # the notation in the name
    ("huisarts", 3),  # not a text
])
def test_a_hand_built_action_that_does_not_read_back_is_refused(parts: tuple) -> None:
    with pytest.raises(NotationError):
        Action(*parts)


def test_every_action_on_offer_reads_back_as_itself(ron: Game) -> None:
    for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker", "facilitator"):
        for a in ron.candidates(role):
            assert Action.parse(str(a)) == a


@pytest.mark.parametrize("junk", [
    "huisarts:plan_overleg(bipolaire_stoornis->nonsense)",
    "huisarts:plan_overleg(bipolaire_stoornis+sociaal_werker)",
    "huisarts:kennismaken(sociaal_werker->huisarts)",
    "huisarts:consult(extra)",
    "facilitator:einde(nu)",
])
def test_a_junk_extra_argument_is_illegal_not_ignored(ron: Game, junk: str) -> None:
    assert ron.reason(junk) is not None
    before = ron.state_hash()
    with pytest.raises(IllegalAction) as e:
        ron.apply(junk)
    assert e.value.reason.code in ("bad_target", "unknown_action")
    assert ron.state_hash() == before


def test_the_plain_overleg_card_stays_legal(ron: Game) -> None:
    legal = {str(a) for a in ron.legal_actions("huisarts")}
    assert "huisarts:plan_overleg(bipolaire_stoornis)" in legal or "huisarts:plan_overleg" in legal


@pytest.mark.parametrize("thing", [None, b"huisarts:consult", 42, ["huisarts:consult"]])
def test_what_is_no_action_raises_the_engines_own_error(ron: Game, thing: object) -> None:
    before = ron.state_hash()
    with pytest.raises(IllegalAction) as e:
        ron.apply(thing)  # type: ignore[arg-type]
    assert e.value.reason.code == "unknown_action"
    assert ron.reason(thing) is not None  # type: ignore[arg-type]
    assert ron.time_cost(thing) is None  # type: ignore[arg-type]
    assert ron.state_hash() == before
