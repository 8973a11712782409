"""The engine's public API: action notation, reasons and their texts, saves, determinism,
and what the facilitator sees and may do."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from game.engine import Action, Game, IllegalAction, NotationError, SaveError
from game.engine.defs import DIMENSIONS, PROFESSIONALS, Scenario
from game.engine.messages import Message
from game.lang import error_text, has, render, t
from tests.engine import mini
from tests.engine.mini import T, force, next_round, to_professionals

ACTORS = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner", "facilitator")
ENGINE = Path(__file__).resolve().parents[2] / "game" / "engine"


def random_states(sc: Scenario, seeds: range = range(4),
                  model: str = "netwerkmodel") -> Iterator[Game]:
    """Games at every step of a few random plays."""
    for seed in seeds:
        g = Game(sc, seed, model)
        rng = random.Random(seed)
        while not g.is_over():
            yield g
            role = rng.choice(g.to_move())
            g.apply(rng.choice(g.legal_actions(role)))
        yield g


# --- notation --------------------------------------------------------------------------------


def test_every_candidate_action_round_trips_through_its_notation() -> None:
    seen: set[str] = set()
    for g in random_states(mini.rich()):
        for role in ACTORS:
            for a in [*g.legal_actions(role), *(b for b, _ in g.blocked_actions(role))]:
                text = str(a)
                assert Action.parse(text) == a, text
                assert a.notation == text
                shape = "" if a.arg is None else "(..)" if a.arg2 is None else f"(..{a.sep}..)"
                seen.add(a.name + shape)
    # the round trip was tried on every shape of notation
    assert {"consult", "deel(..->..)", "toestemming(..+..)", "kennismaken(..)",
            "injecteer(..)", "einde", "klaar"} <= seen


@pytest.mark.parametrize("text", [
    "huisarts:consult", "sociaal_werker:deel(schulden->huisarts)",
    "inwoner:toestemming(huisarts+sociaal_werker)", "huisarts:plan_overleg(depressie)",
    "facilitator:injecteer(grijs_budget)", "sociaal_werker:kies(ja)"])
def test_notation_examples_parse_and_print_back(text: str) -> None:
    assert str(Action.parse(text)) == text
    assert str(Action.parse(f"  {text}\n")) == text


@pytest.mark.parametrize("text", [
    "", "consult", "huisarts", "huisarts:", ":consult", "dokter:consult", "Huisarts:consult",
    "huisarts:Consult", "huisarts:consult()", "huisarts:deel(schulden->)",
    "huisarts:deel(schulden-huisarts)", "huisarts:deel(a->b->c)", "inwoner:toestemming(a+b+c)",
    "huisarts:consult(x", "huisarts consult", "huisarts:1consult", "huisarts:deel(a+>b)"])
def test_bad_notation_raises_a_notation_error(text: str) -> None:
    with pytest.raises(NotationError) as e:
        Action.parse(text)
    assert str(e.value)  # says what is wrong
    assert isinstance(e.value, ValueError)


def test_a_notation_error_names_the_roles_or_gives_an_example() -> None:
    with pytest.raises(NotationError, match="huisarts:consult"):
        Action.parse("huisarts consult")
    with pytest.raises(NotationError, match="not a role") as e:
        Action.parse("dokter:consult")
    assert error_text(e.value, "nl").startswith("'dokter' is geen rol; kies uit huisarts, ")
    with pytest.raises(NotationError) as e:
        Action.parse("huisarts consult")
    assert "geen geldige zet" in error_text(e.value, "nl")
    assert "not a valid move" in error_text(e.value, "en")


def test_apply_with_bad_notation_raises_illegal_action_not_a_crash() -> None:
    sc = mini.scenario(deck=[])
    g = Game(sc, seed=1)
    for text in ("rubbish", "huisarts:vliegen", "inwoner:toestemming(huisarts+huisarts)",
                 "inwoner:vertel(onbekend->huisarts)", "facilitator:injecteer(onbekend)",
                 "facilitator:dans"):
        with pytest.raises(IllegalAction) as e:
            g.apply(text)
        assert e.value.reason.code in ("unknown_action", "bad_target")
        assert render(e.value.reason, sc, "en") != render(e.value.reason, sc, "nl")
    assert g.history == []


# --- reasons ---------------------------------------------------------------------------------


def engine_codes() -> set[str]:
    src = "\n".join(p.read_text(encoding="utf-8") for p in ENGINE.glob("*.py"))
    codes = set(re.findall(r'(?:msg|_emit)\(\s*"([a-z_]+)"', src))
    codes |= set(re.findall(r'"(network_(?:on|off))"', src))
    return codes


def test_every_message_the_engine_makes_has_a_dutch_and_an_english_text() -> None:
    codes = engine_codes()
    assert len(codes) > 40
    missing = sorted(c for c in codes if not has(f"msg.{c}"))
    assert not missing
    for code in codes:
        assert t(f"msg.{code}", "nl") and t(f"msg.{code}", "en")


ILLEGAL = [
    # (setup, action, reason code)
    ("start", "huisarts:consult", "not_your_turn"),
    ("start", "sociaal_werker:keukentafelgesprek", "not_your_turn"),
    ("start", "inwoner:algemene_toestemming", "no_wams"),
    ("start", "inwoner:vertel(schulden->huisarts)", "trust_low"),
    ("start", "inwoner:accepteer(cursus)", "bad_target"),
    ("pro", "huisarts:deel(depressie->sociaal_werker)", "no_consent"),
    ("pro", "huisarts:deel(schulden->sociaal_werker)", "not_known"),
    ("pro", "huisarts:welzijn_op_recept", "no_payment_title"),
    ("pro", "sociaal_werker:keukentafelgesprek", "trust_low"),
    ("pro", "sociaal_werker:borgen(cursus)", "not_secured"),
    ("pro", "inwoner:rusten", "not_your_turn"),
    ("pro", "huisarts:kies(ja)", "no_choice"),
    ("pro2", "huisarts:consult", "used"),
    ("pro2", "huisarts:voorschrijven", "no_time"),
    ("pro2", "huisarts:kennismaken(sociaal_werker)", "no_time"),
    ("done", "huisarts:consult", "turn_done"),
    ("tired", "inwoner:vertel(depressie->sociaal_werker)", "no_energy"),
    ("tired", "inwoner:toestemming(huisarts+sociaal_werker)", "consent_exists"),
    ("tired", "inwoner:trek_in(huisarts+wijkverpleegkundige)", "no_consent_to_withdraw"),
    ("offered", "sociaal_werker:herstelacademie", "already_offered"),
    ("offered", "sociaal_werker:vraag_toestemming(huisarts)", "requested"),
    ("offered", "wijkverpleegkundige:plan_overleg", "used"),
    ("offered", "huisarts:plan_overleg(schulden)", "not_known"),
    ("over", "inwoner:klaar", "game_over"),
]


def situation(name: str) -> tuple[Game, Scenario]:
    sc = mini.scenario(mini.CALM, deck=[])
    g = Game(sc, seed=1)
    if name == "tired":
        g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
        g.apply("inwoner:vertel(eenzaam->sociaal_werker)")
        g.apply("inwoner:vertel(eenzaam->huisarts)")
    if name not in ("start", "tired"):
        to_professionals(g)
    if name == "offered":
        g.apply("sociaal_werker:herstelacademie")
        g.apply("sociaal_werker:vraag_toestemming(huisarts)")
        g.apply("huisarts:plan_overleg")
    if name == "pro2":
        g.apply("huisarts:consult")
        g.apply("huisarts:plan_overleg")  # 2 of 3 time gone
        g.apply("huisarts:sociale_kaart")
    if name == "done":
        g.apply("huisarts:klaar")
    if name == "over":
        g.apply("facilitator:einde")
    return g, sc


@pytest.mark.parametrize(("setup", "action", "code"), ILLEGAL)
def test_an_illegal_action_raises_with_a_reason_that_renders_in_both_languages(
        setup: str, action: str, code: str) -> None:
    g, sc = situation(setup)
    before = g.state_hash()
    with pytest.raises(IllegalAction) as e:
        g.apply(action)
    why = e.value.reason
    assert isinstance(why, Message) and why.code == code
    assert g.reason(action) == why
    assert g.state_hash() == before  # nothing changed
    nl, en = render(why, sc, "nl"), render(why, sc, "en")
    assert nl and en and nl != en
    for text in (nl, en):
        assert "{" not in text and "}" not in text
        assert text[0].isupper()
        assert code not in text


def test_blocked_actions_are_exactly_the_candidates_that_are_not_legal() -> None:
    g, _ = situation("pro")
    for role in PROFESSIONALS:
        legal = set(g.legal_actions(role))
        blocked = dict(g.blocked_actions(role))
        assert legal
        assert not legal & set(blocked)
        assert legal | set(blocked) == set(g.candidates(role))
    assert g.blocked_actions("huisarts") and g.blocked_actions("sociaal_werker")


BLOCKERS = [
    # a force that blocks a move, the move, and how the reason starts
    (force("geen_consult", "belemmerend", name=T("Geen consulttijd", "No consult time"),
           duration=2, modifiers={"block": ["consult"]}), "huisarts:consult", "blocked_by"),
    (force("schotten", "belemmerend", name=T("Schotten in de financiering", "Funding walls"),
           duration=3, modifiers={"flags": ["schotten", "grijs_budget"]}),
     "huisarts:welzijn_op_recept", "schotten"),
    (force("onbekend", "belemmerend", name=T("Onbekend sociaal domein", "Unknown social map"),
           duration=2, modifiers={"flags": ["sociale_kaart_nodig"]}),
     "huisarts:verwijs(sociaal_werker)", "needs_sociale_kaart"),
    (force("wrong_pocket", "belemmerend", name=T("Wrong pocket", "Wrong pocket"), duration=2,
           modifiers={"flags": ["wrong_pocket"]}), "sociaal_werker:schuldhulp", "wrong_pocket"),
]


@pytest.mark.parametrize(("blocker", "action", "code"), BLOCKERS,
                         ids=[b[0]["id"] for b in BLOCKERS])
def test_a_blocked_action_names_the_force_that_blocks_it(blocker: dict, action: str,
                                                         code: str) -> None:
    sc = mini.scenario(mini.calm(trust={"sociaal_werker": 1}), deck=[blocker["id"]],
                       extra_forces=[blocker])
    g = Game(sc, seed=1)
    assert g.state.current_force == blocker["id"]
    to_professionals(g)
    role = action.split(":")[0]
    reasons = {str(a): why for a, why in g.blocked_actions(role)}
    why = reasons[action]
    assert why.code == code and why.force == blocker["id"]
    assert render(why, sc, "nl").startswith("Geblokkeerd door " + blocker["name"]["nl"])
    assert render(why, sc, "en").startswith("Blocked by " + blocker["name"]["en"])
    # and the debrief counts the block
    assert g.result().blocked_by.get(blocker["id"], 0) >= 1


def test_a_blocked_consent_under_avg_names_the_force() -> None:
    avg = force("avg", "belemmerend", name=T("AVG-onzekerheid", "GDPR uncertainty"),
                duration=3, modifiers={"flags": ["avg_onzeker"]})
    sc = mini.scenario(mini.CALM, deck=[], extra_forces=[avg])
    g = Game(sc, seed=1)
    g.apply("facilitator:injecteer(wams)")
    g.apply("facilitator:injecteer(avg)")
    why = g.reason("inwoner:algemene_toestemming")
    assert why is not None and why.force == "avg"
    assert render(why, sc, "nl").startswith("Geblokkeerd door AVG-onzekerheid")


def test_a_reason_without_a_force_does_not_claim_one() -> None:
    g, sc = situation("pro")
    why = g.reason("huisarts:welzijn_op_recept")
    assert why is not None and why.force is None
    assert not render(why, sc, "nl").startswith("Geblokkeerd")


# --- saves -----------------------------------------------------------------------------------


def played(sc: Scenario | None = None, seed: int = 3, model: str = "teammodel") -> Game:
    sc = sc or mini.rich()
    g = Game(sc, seed, model, "zwaar")
    rng = random.Random(seed)
    for _ in range(60):
        if g.is_over():
            break
        role = rng.choice(g.to_move())
        g.apply(rng.choice(g.legal_actions(role)))
    return g


def test_a_save_is_plain_json_and_replays_to_the_same_state() -> None:
    g = played()
    save = g.to_save()
    assert save["format"] == "krachtenveld-save" and save["version"] == 1
    assert save["scenario"] == "mini" and save["seed"] == 3
    assert save["model"] == "teammodel" and save["difficulty"] == "zwaar"
    assert save["actions"] == g.history
    text = json.dumps(save)
    h = Game.from_save(json.loads(text), g.scenario)
    assert h.state_hash() == g.state_hash()
    assert h.history == g.history
    assert h.view("huisarts") == g.view("huisarts")
    assert h.result() == g.result()


def good_save() -> dict:
    return played(mini.scenario(mini.CALM), seed=2, model="netwerkmodel").to_save()


SAVE_ERRORS = [
    (lambda d: [1, 2, 3], "JSON object"),
    (lambda d: "krachtenveld", "JSON object"),
    (lambda d: {**d, "format": "chess-pgn"}, "not a Krachtenveld save"),
    (lambda d: {k: v for k, v in d.items() if k != "format"}, "not a Krachtenveld save"),
    (lambda d: {**d, "version": 2}, "version 2"),
    (lambda d: {**d, "version": "1"}, "version '1'"),
    (lambda d: {**d, "scenario": "ron"}, "'ron'"),
    (lambda d: {**d, "seed": "3"}, "seed"),
    (lambda d: {**d, "seed": True}, "seed"),
    (lambda d: {**d, "seed": 1.5}, "seed"),
    (lambda d: {**d, "actions": "huisarts:consult"}, "actions"),
    (lambda d: {**d, "actions": [1, 2]}, "actions"),
    (lambda d: {**d, "model": "piramidemodel"}, "piramidemodel"),
    (lambda d: {**d, "difficulty": "extreem"}, "extreem"),
    (lambda d: {**d, "actions": d["actions"][:2] + ["huisarts consult"]}, "action 3"),
    (lambda d: {**d, "actions": ["huisarts:consult"]}, "action 1 ('huisarts:consult')"),
    (lambda d: {**d, "actions": d["actions"] + ["inwoner:klaar"] * 3}, "cannot be replayed"),
]


@pytest.mark.parametrize(("break_it", "says"), SAVE_ERRORS)
def test_a_broken_save_raises_a_save_error_that_says_what_is_wrong(
        break_it: Callable[[dict], object], says: str) -> None:
    sc = mini.scenario(mini.CALM)
    with pytest.raises(SaveError) as e:
        Game.from_save(break_it(good_save()), sc)
    assert says in str(e.value)
    assert isinstance(e.value, ValueError)


def test_an_illegal_action_in_a_save_is_explained_in_words() -> None:
    sc = mini.scenario(mini.CALM, deck=[])
    save = Game(sc, 1).to_save()
    save["actions"] = ["inwoner:klaar", "huisarts:welzijn_op_recept"]
    with pytest.raises(SaveError, match=r"action 2 .*no_payment_title") as e:
        Game.from_save(save, sc)
    assert e.value.code == "action" and e.value.reason is not None
    assert error_text(e.value, "en", sc).startswith(
        "action 2 ('huisarts:welzijn_op_recept') cannot be replayed: No payment title")
    assert error_text(e.value, "nl", sc).startswith(
        "zet 2 ('huisarts:welzijn_op_recept') kan niet opnieuw gespeeld worden: Geen betaaltitel")


def test_the_constructor_refuses_unknown_models_and_difficulties() -> None:
    sc = mini.scenario()
    with pytest.raises(ValueError, match="teammodel"):
        Game(sc, 1, "piramidemodel")
    with pytest.raises(ValueError, match="normaal"):
        Game(sc, 1, "netwerkmodel", "extreem")


# --- determinism -----------------------------------------------------------------------------


def test_same_seed_and_actions_give_the_same_game() -> None:
    a, b = played(seed=11), played(seed=11)
    assert a.history == b.history
    assert a.state_hash() == b.state_hash()
    c = Game(a.scenario, 11, "teammodel", "zwaar")
    for act in a.history:
        c.apply(act)
    assert c.state_hash() == a.state_hash()


def test_the_state_hash_changes_with_every_action() -> None:
    g = Game(mini.scenario(mini.CALM, deck=[]), 1)
    hashes = {g.state_hash()}
    for act in ("inwoner:rusten", "inwoner:klaar", "huisarts:consult", "huisarts:klaar"):
        g.apply(act)
        hashes.add(g.state_hash())
    assert len(hashes) == 5


def test_different_seeds_usually_deal_a_different_deck() -> None:
    sc = mini.rich()
    decks = {tuple(Game(sc, seed).state.forces_seen + Game(sc, seed).state.deck)
             for seed in range(20)}
    assert len(decks) >= 15
    hashes = {Game(sc, seed).state_hash() for seed in range(20)}
    assert len(hashes) >= 15


def test_the_deck_follows_the_difficulty() -> None:
    sc = mini.rich()  # six rounds
    for difficulty, blocking in (("licht", 2), ("normaal", 3), ("zwaar", 4)):
        for seed in range(5):
            s = Game(sc, seed, "netwerkmodel", difficulty).state
            deck = s.forces_seen + s.deck
            assert len(deck) == sc.casus.rounds
            assert sum(sc.forces[f].kind == "belemmerend" for f in deck) == blocking
            assert all(f in sc.forces for f in deck) and len(set(deck)) == len(deck)


# --- views and the facilitator ---------------------------------------------------------------


def test_the_facilitator_sees_everything_players_know() -> None:
    g = played()
    s = g.state
    v = g.view("facilitator")
    known = set().union(*s.knows.values()) - {"wens"}
    assert {p.id for p in v.problems} >= known
    assert v.wish_known
    assert v.trust == s.trust
    assert set(v.health) == set(DIMENSIONS) and v.health == s.health
    assert len(v.log) == len(s.log)
    assert set(v.signals) == {x for lst in s.signals.values() for x in lst}
    for role in ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"):
        assert len(g.view(role).log) <= len(v.log)


def test_the_facilitator_sees_problems_nobody_has_found_yet() -> None:
    c = mini.calm(add_problems=[mini.problem("dementie", "medisch", known_to=[])])
    g = Game(mini.scenario(c, deck=[]), 1)
    assert "dementie" in {p.id for p in g.view("facilitator").problems}


def test_a_view_of_an_unknown_role_is_refused() -> None:
    g = Game(mini.scenario(), 1)
    with pytest.raises(ValueError):
        g.view("burgemeester")


def test_a_professional_sees_its_own_dossier_and_not_another() -> None:
    g = Game(mini.scenario(mini.CALM, deck=[]), 1)
    to_professionals(g)
    g.apply("wijkverpleegkundige:huisbezoek")  # finds the post: schulden
    assert "schulden" in {p.id for p in g.view("wijkverpleegkundige").problems}
    for role in ("huisarts", "sociaal_werker"):
        v = g.view(role)
        assert "schulden" not in {p.id for p in v.problems}
        assert v.signals == ()
        assert not any(m.code in ("signal", "learned") and m.param("role") != role
                       for _, _, m in v.log)


def test_the_facilitator_may_act_at_any_time_and_end_the_game() -> None:
    sc = mini.scenario(mini.CALM, deck=["subsidie"])
    g = Game(sc, 1)
    assert g.phase == "kracht" and g.to_move() == ("sociaal_werker",)
    legal = {str(a) for a in g.legal_actions("facilitator")}
    assert legal == ({f"facilitator:{verb}({f})" for f in sc.forces
                      for verb in ("injecteer", "schrap")}
                     | {f"facilitator:model({m})" for m in sc.models} | {"facilitator:einde"})
    g.apply("sociaal_werker:kies(ja)")
    assert g.state.pots["wmo"] == 30
    g.apply("facilitator:einde")
    assert g.is_over() and g.to_move() == ()
    assert g.result().ending == "matig"  # the end endings are checked, best first
    assert g.legal_actions("facilitator") == []
    assert any(m.code == "facilitator_end" for _, _, m in g.state.log)


def test_apply_returns_the_events_it_caused() -> None:
    sc = mini.scenario(mini.CALM, deck=[])
    g = Game(sc, 1)
    n = len(g.state.log)
    events = g.apply("inwoner:vertel(eenzaam->sociaal_werker)")
    assert events == [m for _, _, m in g.state.log[n:]]
    assert {"played", "shared", "learned"} <= {m.code for m in events}
    events = g.apply("inwoner:klaar")
    assert {m.code for m in events} >= {"turn_done"}
    for m in events:
        assert render(m, sc, "nl") and render(m, sc, "en")


def test_an_injected_choice_applies_its_default_answer() -> None:
    keuze = force("keuze", "belemmerend", choice={
        "question": T("Bezuinigen?"), "chooser": "huisarts",
        "yes": {"label": T("ja")},
        "no": {"label": T("nee"), "effects": [{"pot": {"pot": "wmo", "by": -5}}]}})
    g = Game(mini.scenario(mini.CALM, deck=[], extra_forces=[keuze]), 1)
    g.apply("facilitator:injecteer(keuze)")
    assert g.state.pots["wmo"] == 15


def test_injecting_a_choice_while_one_is_pending_keeps_the_first() -> None:
    keuze = force("keuze", "belemmerend", choice={
        "question": T("Bezuinigen?"), "chooser": "huisarts",
        "yes": {"label": T("ja")},
        "no": {"label": T("nee"), "effects": [{"pot": {"pot": "wmo", "by": -5}}]}})
    g = Game(mini.scenario(mini.CALM, deck=["subsidie"], extra_forces=[keuze]), 1)
    assert g.state.pending_choice == "subsidie"
    g.apply("facilitator:injecteer(keuze)")
    assert g.to_move() == ("sociaal_werker",)  # the drawn card's chooser still decides


def test_an_escalation_renders_in_english() -> None:
    c = mini.variant(problems={"depressie": {"escalation": {
        "name": T("opname", "admission"), "text": T("Mo gaat naar de kliniek.",
                                                     "Mo goes to the clinic."),
        "pot": "zvw", "cost": 20, "ending": "crisis"}}})
    sc = mini.scenario(c, deck=[])
    g = Game(sc, 1)
    while not g.is_over():
        next_round(g)
    esc = [m for _, _, m in g.state.log if m.code == "escalation"]
    assert esc and render(esc[0], sc, "en") == "Crisis: admission. Mo goes to the clinic."


def test_a_force_choice_renders_in_english() -> None:
    subsidie = force("subsidie", "bevorderend", choice={
        "question": T("Subsidie?", "Grant?"), "chooser": "sociaal_werker",
        "yes": {"label": T("ja, graag", "yes please")}, "no": {"label": T("nee", "no")}})
    sc = mini.scenario(mini.CALM, deck=["subsidie"], extra_forces=[subsidie])
    g = Game(sc, 1)
    g.apply("sociaal_werker:kies(ja)")
    texts = [render(m, sc, "en") for _, _, m in g.state.log if m.code == "force_choice"]
    assert texts == ["Subsidie: yes please."]


def test_a_stopped_arrangement_renders_in_english() -> None:
    sc = mini.scenario(mini.calm(trust={"sociaal_werker": 1}), deck=[])
    g = Game(sc, 1)
    to_professionals(g)
    g.apply("sociaal_werker:herstelacademie")
    next_round(g)
    g.apply("inwoner:accepteer(cursus)")
    g.apply("facilitator:injecteer(carrousel)")
    texts = [render(m, sc, "en") for _, _, m in g.state.log if m.code == "arr_stopped"]
    assert len(texts) == 1 and texts[0].startswith("Cursus stops")
    assert "projectgeld" not in texts[0]
