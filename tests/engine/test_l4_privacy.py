"""Lesson L4, "more is possible than you think" (issue 13): the belief "Onzeker over de AVG"
can be checked and overturned in play (the privacy officer's card ends it), and an anonymous
case consultation needs no consent: the acting role hears which colleague's help fits what
it knows, and nothing about the inwoner reaches anyone else."""

from __future__ import annotations

from game.content import load_scenario
from game.engine import Game
from game.engine.view import public_view
from game.lang import render

PROS = ("huisarts", "wijkverpleegkundige", "sociaal_werker")


def _professionals(casus: str = "hatice", *forces: str) -> Game:
    g = Game(load_scenario(casus), seed=1)
    for f in forces:
        g.apply(f"facilitator:injecteer({f})")
    g.apply("inwoner:klaar")
    assert "huisarts" in g.to_move()
    return g


def test_the_privacy_officer_is_asked_only_while_the_doubt_holds() -> None:
    g = _professionals()
    for role in PROS:
        why = g.reason(f"{role}:privacyfunctionaris")
        assert why is not None and why.code != "unknown_action", (role, why)
    g = _professionals("hatice", "avg_onzekerheid")
    for role in PROS:
        assert g.reason(f"{role}:privacyfunctionaris") is None, role


def test_the_privacy_officer_overturns_the_doubt_and_presumed_consent_returns() -> None:
    g = _professionals("hatice", "avg_onzekerheid")
    share = "huisarts:deel(diabetes->wijkverpleegkundige)"
    why = g.reason(share)
    assert why is not None and why.code == "avg_onzeker_presumed"
    cost_in_doubt = g.time_cost(share)
    time_before = g.view("huisarts").time
    events = g.apply("huisarts:privacyfunctionaris")
    assert "avg_onzeker" not in g.flags()
    assert "avg_onzekerheid" not in {f.id for f in g.view("huisarts").active_forces}
    assert any(m.code == "force_cancelled" and m.param("force") == "avg_onzekerheid"
               for m in events)
    assert g.view("huisarts").time == time_before - 1
    # the law as it is: huisarts and wijkverpleegkundige share a medical problem without
    # asking (WGBO), and without the doubt's extra time
    assert g.reason(share) is None
    cost_after = g.time_cost(share)
    assert cost_in_doubt is not None and cost_after is not None
    assert cost_after == cost_in_doubt - 1
    # what the law does not allow stays closed: medical secrecy towards the sociaal werker
    why = g.reason("huisarts:deel(diabetes->sociaal_werker)")
    assert why is not None and why.code == "no_consent_medical_secrecy"
    # and the card is gone with the doubt
    assert g.reason("wijkverpleegkundige:privacyfunctionaris") is not None


def test_getting_to_know_a_colleague_brings_advice_without_a_name() -> None:
    g = _professionals("ron")
    assert "bipolaire_stoornis" in g.state.knows["huisarts"]
    events = g.apply("huisarts:kennismaken(sociaal_werker)")
    advice = [m for m in events if m.code.startswith("advice")]
    assert advice
    assert {m.param("problem") for m in advice} <= set(g.state.knows["huisarts"])
    helpers = _helpers(advice)
    assert {"sociaal_werker:herstelacademie", "sociaal_werker:ggz_consulteren"} <= helpers
    assert all(h.startswith("sociaal_werker:") for h in helpers)  # that colleague's help
    assert all(m.visible_to == frozenset({"huisarts"}) for m in advice)
    # one line for the problem, naming both cards
    assert len(advice) == 1 and advice[0].code == "advice_two"
    line = render(advice[0], g.scenario, "nl")
    assert "Bipolaire stoornis" in line and "{" not in line
    assert "Herstelacademie" in line and "GGZ om advies vragen" in line
    assert "Bipolar disorder" in render(advice[0], g.scenario, "en")
    # the nurse's help for the same problem is the nurse's to tell
    g = _professionals("ron")
    events = g.apply("huisarts:kennismaken(wijkverpleegkundige)")
    helpers = _helpers([m for m in events if m.code.startswith("advice")])
    assert helpers and all(h.startswith("wijkverpleegkundige:") for h in helpers)


def test_a_consultation_about_many_problems_stays_short() -> None:
    g = _professionals("ron")
    g._s.knows["huisarts"] |= {"schulden", "alcohol", "daginvulling"}
    events = g.apply("huisarts:kennismaken(sociaal_werker)")
    advice = [m for m in events if m.code.startswith("advice")]
    problems = [m.param("problem") for m in advice]
    assert len(problems) == len(set(problems))  # a line per problem, not per card
    assert {"bipolaire_stoornis", "schulden", "daginvulling"} <= set(problems)


def _helpers(advice: list) -> set[str]:  # type: ignore[type-arg]
    return {str(v) for m in advice for k in ("action", "action2", "action3")
            if (v := m.param(k)) is not None}


def test_an_anonymous_consultation_tells_nobody_else_anything() -> None:
    g = _professionals("ron")
    before = {r: set(g.state.knows[r]) for r in PROS}
    g.apply("huisarts:kennismaken(sociaal_werker)")
    for r in PROS:
        assert set(g.state.knows[r]) == before[r], r
    for r in ("wijkverpleegkundige", "sociaal_werker", "inwoner"):
        log = [render(m, g.scenario, "nl") for _rnd, _ph, m in g.view(r).log]
        assert not any("Advies zonder naam" in line for line in log), r
    public = [m for _r, _p, m in public_view(g).log]
    assert public and not any(m.code.startswith("advice") for m in public)


def test_an_anonymous_consultation_needs_no_consent_even_in_doubt() -> None:
    g = _professionals("ron", "avg_onzekerheid")
    assert "avg_onzeker" in g.flags()
    assert g.reason("huisarts:kennismaken(sociaal_werker)") is None
    events = g.apply("huisarts:kennismaken(sociaal_werker)")
    assert any(m.code.startswith("advice") for m in events)


def test_with_nothing_known_a_plain_advice_card_says_so() -> None:
    from dataclasses import replace

    from game.engine.defs import Effect
    sc = load_scenario("ron")
    key = "sociaal_werker:keukentafelgesprek"
    card = replace(sc.actions[key], effects=[Effect(advice=True)], requires=[])
    sc = replace(sc, actions={**sc.actions, key: card})
    g = Game(sc, seed=1)
    g.apply("inwoner:klaar")
    assert not g.state.knows["sociaal_werker"]
    events = g.apply(key)
    assert [m.code for m in events if m.code.startswith("advice")] == ["advice_none"]
    assert "nobody knows help" in render(
        next(m for m in events if m.code == "advice_none"), sc, "en")


def test_the_privacy_card_is_in_the_hand_only_while_the_doubt_holds() -> None:
    from game.table.hand import hand

    g = _professionals("hatice")
    assert "privacyfunctionaris" not in [c.name for c in hand(g, "huisarts").cards]
    g = _professionals("hatice", "avg_onzekerheid")
    for role in PROS:
        names = [c.name for c in hand(g, role).cards]
        assert "privacyfunctionaris" in names, role
    g.apply("huisarts:privacyfunctionaris")
    # played: it stays in the hand for the rest of the turn (the cards do not move) ...
    assert "privacyfunctionaris" in [c.name for c in hand(g, "huisarts").cards]
    # ... and the colleagues, whose doubt is gone as well, no longer see it
    assert "privacyfunctionaris" not in [c.name for c in hand(g, "sociaal_werker").cards]


def test_looking_at_the_social_map_says_what_it_did() -> None:
    g = _professionals("ron")
    events = g.apply("huisarts:sociale_kaart")
    told = [m for m in events if m.code == "sociale_kaart"]
    assert len(told) == 1 and told[0].visible_to == frozenset({"huisarts"})
    assert "wijk" in render(told[0], g.scenario, "nl")
    assert g.state.sociale_kaart
