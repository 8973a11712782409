"""The coach is consistent and right (issue 12): solo games of every casus in which every
role follows every tip. The same state gives the same tip; it never advises a move its own
lesson calls medicalisation; no "keep your time" at 0 time; the lesson of a tip for a kind
of move is the card's own; no network before the role knows anything; and every card of
the catalogue has a tip of its own instead of a generic text."""

from __future__ import annotations

import pytest

from game.bots.coach import Coach, medicalises
from game.bots.heuristic import HeuristicBot
from game.bots.search import SearchBot, SearchBudget
from game.content import load_scenario
from game.content.coach import load_coach
from game.content.loader import load_catalogue
from game.engine import Game

CASUSSEN = ("ron", "greet", "harrie", "hatice", "lina", "ria", "sanne")
KEEP_TIME = ("Bewaar je tijd", "Keep your time")


@pytest.mark.parametrize("casus", CASUSSEN)
def test_following_every_tip_the_coach_stays_consistent_and_right(casus: str) -> None:
    sc = load_scenario(casus)
    tips = load_coach()
    own_tip = {t.action for t in tips.tips if t.action}
    game = Game(sc, 3)
    coach = Coach(HeuristicBot(3), tips)
    played = 0
    while not game.is_over():
        role = game.to_move()[0]
        tip = coach.tip(game, role)
        assert tip is not None
        again = coach.tip(game, role)
        assert again is not None and (again.action, again.text("nl"), again.lesson) == (
            tip.action, tip.text("nl"), tip.lesson), "the same state gave two tips"
        assert tip.action in game.legal_actions(role)
        v = game.view(role, log=False)
        d = sc.actions.get(f"{tip.action.role}:{tip.action.name}")
        if d is not None:
            assert not medicalises(d), f"advised medicalisation: {tip.action}"
            left = v.energy if v.time is None else v.time
            if not left:
                assert not any(k in tip.text(lang) for k in KEEP_TIME
                               for lang in ("nl", "en")), (str(tip.action), tip.text("nl"))
            if d.op == "activeer_netwerk":
                assert v.problems or v.wish_known, "network advised before knowing anything"
            if d.lesson and d.id not in own_tip:
                assert tip.lesson == d.lesson, (str(tip.action), tip.lesson, d.lesson)
        game.apply(tip.action)
        played += 1
    assert played > 20


def test_pressing_t_twice_gives_one_move_with_the_search_bot() -> None:
    game = Game(load_scenario("ron"), 5)
    coach = Coach(SearchBot(1, budget=SearchBudget(rollouts=6, depth_rounds=1,
                                                   max_candidates=3)))
    while game.phase != "professionals":  # (a force card may ask its chooser first)
        role = game.to_move()[0]
        game.apply(f"{role}:kies(nee)" if game.phase == "kracht" else f"{role}:klaar")
    for role in ("huisarts", "sociaal_werker"):
        first = coach.tip(game, role)
        second = coach.tip(game, role)
        assert first is not None and second is not None
        assert first.action == second.action


def test_the_coach_does_not_advise_prescribing_even_when_its_bot_would() -> None:
    class Prescriber(HeuristicBot):
        def choose(self, game, role):  # type: ignore[no-untyped-def]
            for a in game.legal_actions(role):
                if a.name == "voorschrijven":
                    return a
            return super().choose(game, role)

    game = Game(load_scenario("ron"), 1)
    while "inwoner" in game.to_move():
        game.apply("inwoner:klaar")
    assert any(a.name == "voorschrijven" for a in game.legal_actions("huisarts"))
    tip = Coach(Prescriber(1)).tip(game, "huisarts")
    assert tip is not None and tip.action.name != "voorschrijven"


def test_every_plain_card_of_the_catalogue_has_a_tip_of_its_own() -> None:
    cards = load_catalogue().actions.actions
    own = {t.action for t in load_coach().tips if t.action}
    missing = sorted(a.id for a in cards if a.op == "generic" and a.id not in own
                     and not medicalises(a))
    assert not missing, f"cards explained by a generic text only: {missing}"
    assert not any(t.op == "generic" for t in load_coach().tips)
