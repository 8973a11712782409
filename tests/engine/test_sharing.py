"""Sharing (deel, vertel) must not reveal another role's hidden dossier.

Which share moves are on offer may depend only on what the actor can know (its own dossier,
consent, trust, time), never on whether the other role knows the fact already. A share of
something the other knew costs the time and tells both of them so, and does nothing else.
"""

from __future__ import annotations

import random

import pytest

from game.content import load_scenario
from game.engine import Game
from game.engine.defs import PROFESSIONALS
from game.lang import render
from tests.engine import mini
from tests.engine.mini import to_professionals

ROLES = (*PROFESSIONALS, "inwoner")


def _twins(known_to_nurse: bool) -> Game:
    """The calm mini game; only the nurse's start dossier differs (depressie, or not)."""
    knowers = ["huisarts", "inwoner"] + (["wijkverpleegkundige"] if known_to_nurse else [])
    sc = mini.scenario(mini.calm(problems={"depressie": {"known_to": knowers}}), deck=[])
    g = Game(sc, seed=1)
    g.apply("inwoner:toestemming(huisarts+wijkverpleegkundige)")
    return g


def _offer(g: Game, role: str) -> tuple[object, ...]:
    """Everything this role is offered: the legal moves, and the blocked ones with reasons."""
    return (tuple(g.legal_actions(role)),
            tuple((a, why.code, why.params) for a, why in g.blocked_actions(role)))


def test_legal_actions_do_not_depend_on_another_roles_hidden_dossier() -> None:
    knows, not_knows = _twins(True), _twins(False)
    assert not_knows.state.knows["wijkverpleegkundige"] != knows.state.knows["wijkverpleegkundige"]
    for phase in ("inwoner", "professionals"):
        if phase == "professionals":
            to_professionals(knows)
            to_professionals(not_knows)
        for role in ROLES:
            if role == "wijkverpleegkundige":
                continue  # the one whose dossier differs
            assert knows.view(role) == not_knows.view(role)  # the same game for this role...
            assert _offer(knows, role) == _offer(not_knows, role)  # ...the same moves
    share = "huisarts:deel(depressie->wijkverpleegkundige)"
    assert share in {str(a) for a in knows.legal_actions("huisarts")}
    assert share in {str(a) for a in not_knows.legal_actions("huisarts")}


@pytest.mark.parametrize("scenario_id", ["ron", "greet"])
def test_in_real_games_no_role_sees_the_difference_when_another_learns_a_fact(
        scenario_id: str) -> None:
    sc = load_scenario(scenario_id)
    for seed in range(3):
        g = Game(sc, seed, sorted(sc.models)[seed])
        rng = random.Random(seed)
        while not g.is_over():
            movers = g.to_move()
            for other in PROFESSIONALS:
                unknown = sorted(({p.id for p in sc.casus.problems} | {"wens"})
                                 - g.state.knows[other])
                if not unknown:
                    continue
                fact = rng.choice(unknown)
                before = {r: g.legal_actions(r) for r in movers if r != other}
                g._s.knows[other].add(fact)  # the hidden change, undone below
                after = {r: g.legal_actions(r) for r in movers if r != other}
                g._s.knows[other].discard(fact)
                assert before == after, (other, fact)
            role = rng.choice(movers)
            g.apply(rng.choice(g.legal_actions(role)))


def test_sharing_what_the_other_knew_costs_time_and_says_so_to_both() -> None:
    g = _twins(True)
    to_professionals(g)
    sc = g.scenario
    share = "huisarts:deel(depressie->wijkverpleegkundige)"
    assert g.reason(share) is None
    cost = g.time_cost(share)
    assert cost is not None and cost >= 1
    time_before = g.state.time["huisarts"]
    knows_before = {r: set(k) for r, k in g.state.knows.items()}
    events = g.apply(share)
    codes = [m.code for m in events]
    assert "already_knew" in codes and "shared" not in codes and "learned" not in codes
    assert g.state.time["huisarts"] == time_before - cost  # the time is spent...
    assert g.state.knows == knows_before  # ...and nobody learned anything
    m = next(m for m in events if m.code == "already_knew")
    assert m.visible_to == frozenset(("huisarts", "wijkverpleegkundige"))
    assert (m.param("role"), m.param("fact"), m.param("other")) == (
        "huisarts", "depressie", "wijkverpleegkundige")
    for role in ROLES:
        seen = any(x is m for _, _, x in g.view(role).log)
        assert seen is (role in ("huisarts", "wijkverpleegkundige"))
    nl, en = render(m, sc, "nl"), render(m, sc, "en")
    assert nl == "De wijkverpleegkundige wist dit al: depressie."
    assert en == "The district nurse already knew this: depressie."
    # the share may be played again: the move list still does not depend on it
    assert share in {str(a) for a in g.legal_actions("huisarts")}


def test_the_inwoner_telling_what_a_professional_knew_spends_energy_only() -> None:
    g = _twins(False)
    tell = "inwoner:vertel(depressie->huisarts)"  # the GP knows depressie from the start
    assert g.reason(tell) is None
    energy = g.state.energy
    events = g.apply(tell)
    assert [m.code for m in events if m.code in ("already_knew", "shared", "learned")] == [
        "already_knew"]
    assert g.state.energy == energy - 1
    m = next(m for m in events if m.code == "already_knew")
    assert m.visible_to == frozenset(("inwoner", "huisarts"))
    # telling something new still works as before
    events = g.apply("inwoner:vertel(eenzaam->huisarts)")
    assert {"shared", "learned"} <= {m.code for m in events}
    assert "eenzaam" in g.state.knows["huisarts"]


def test_a_share_replays_to_the_same_state() -> None:
    g = _twins(True)
    to_professionals(g)
    g.apply("huisarts:deel(depressie->wijkverpleegkundige)")
    again = Game.from_save(g.to_save(), g.scenario)
    assert again.state_hash() == g.state_hash()
