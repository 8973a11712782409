"""The debrief as data: Description, Analysis, Transfer and Application of real games."""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from game.engine import Game
from game.engine.defs import DIMENSIONS, PROFESSIONALS
from game.lang import has
from game.report.analysis import debrief, replay
from game.store.saves import (
    read_application,
    read_bots,
    read_save,
    with_application,
    write_application,
    write_save,
)
from tests.report.games import (
    heuristic_game,
    passive_game,
    random_game,
    save_with_extras,
    scenario,
)


@pytest.fixture(scope="module")
def ron() -> Game:
    return heuristic_game("ron", seed=7)


@pytest.fixture(scope="module")
def ron_random() -> Game:
    return random_game("ron", seed=11)


@pytest.mark.parametrize("which", ["ron", "ron_random"])
def test_description_follows_the_game_action_by_action(which: str,
                                                       request: pytest.FixtureRequest) -> None:
    game: Game = request.getfixturevalue(which)
    r = game.result()
    d = debrief(game)
    json.dumps(d)  # plain data all the way down
    rounds = d["description"]["rounds"]
    assert [x["round"] for x in rounds] == list(range(1, r.rounds_played + 1))
    # every action once, in order, with its team
    played = [a for rd in rounds for a in rd["actions"]]
    assert [a["action"] for a in played] == game.history
    assert [a["n"] for a in played] == list(range(1, len(game.history) + 1))
    assert all(a["team"] and a["label"] for a in played)
    # the forces in the order they were drawn
    assert [f["id"] for rd in rounds for f in rd["forces"]] == list(game.state.forces_seen)
    # health and money: a chain from the start to the result
    assert rounds[0]["health"]["start"] == r.health_start
    assert rounds[-1]["health"]["end"] == r.health_end
    assert rounds[-1]["pots"]["end"] == r.pots_end
    for before, after in pairwise(rounds):
        assert after["health"]["start"] == before["health"]["end"]
        assert after["pots"]["start"] == before["pots"]["end"]
    assert sum(e["amount"] for rd in rounds for e in rd["ledger"]) == sum(r.paid.values())
    # what was revealed is what the roles learned, in the round they learned it
    learned = {(x["role"], x["fact"]): rd["round"] for rd in rounds for x in rd["revealed"]}
    for role, facts in game.state.learned_at.items():
        for fact, rnd in facts.items():
            if rnd > 0:
                assert learned[(role, fact)] == rnd


def test_the_board_after_each_round_is_the_state_at_that_moment(ron: Game) -> None:
    """Snapshot r is taken just before round r+1 starts: the health events logged in round r
    take snapshot r-1 exactly to snapshot r."""
    rep = replay(ron)
    assert rep.game.state_hash() == ron.state_hash()  # recording changes nothing
    assert rep.board(0)["health"] == ron.state.start_health
    assert rep.board(0)["relations"] == {
        p: v for p, v in rep.board(0)["relations"].items()}  # plain dict
    for r in range(1, rep.rounds + 1):
        health = dict(rep.board(r - 1)["health"])
        for lr, _p, m in ron.state.log:
            if lr == r and m.code == "health":
                assert health[str(m.param("dim"))] == m.param("old")
                health[str(m.param("dim"))] = int(m.param("new") or 0)
        assert health == rep.board(r)["health"], f"round {r}"


def test_step_through_the_game_with_real_boards(ron_random: Game) -> None:
    from game.report.analysis import game_after

    rep = replay(ron_random)
    assert game_after(rep, 0).history == []
    last_of_round_2 = max(s.index for s in rep.steps if s.round == 2)
    g = game_after(rep, last_of_round_2 + 1)
    assert g.history == ron_random.history[:last_of_round_2 + 1]
    assert g.round == 3 and g.view("facilitator").round == 3
    assert game_after(rep, len(rep.steps)).state_hash() == ron_random.state_hash()


def test_a_save_with_teams_bots_and_answers(ron: Game, tmp_path: Path) -> None:
    data = save_with_extras(ron, teams={"huisarts": "De Dokters"},
                            humans=["huisarts", "inwoner"],
                            application={"huisarts": "Ik vraag eerst wat iemand wil."})
    path = tmp_path / "spel.json"
    write_save(path, data)
    d = debrief(read_save(path))
    assert d["meta"]["teams"]["huisarts"] == "De Dokters (Huisarts)"
    assert d["meta"]["bots"] == ["wijkverpleegkundige", "sociaal_werker"]
    assert d["application"]["huisarts"] == "Ik vraag eerst wat iemand wil."
    assert d["application"]["inwoner"] == ""


def test_information_map_catches_facts_that_never_reached_the_role_that_needed_them() -> None:
    game = passive_game("ron")  # nobody asks, nobody shares
    info = debrief(game)["analysis"]["information"]
    missed = {m["fact"]: m for m in info["missed"]}
    # a social problem the sociaal werker never knew
    assert "sociaal_werker" in missed["schulden"]["missing"]
    assert missed["schulden"]["inwoner_knew"] is True
    assert "Schulden" in missed["schulden"]["text"]
    # a problem of both domains: neither the huisarts nor the sociaal werker knew
    assert set(missed["alcohol"]["missing"]) == {"huisarts", "sociaal_werker"}
    # the wish reached no professional at all
    assert missed["wens"]["needed"] == "any"
    # the huisarts knew the bipolar disorder from the start: not missed
    assert "bipolaire_stoornis" not in missed
    row = next(f for f in info["facts"] if f["fact"] == "bipolaire_stoornis")
    assert row["known"]["huisarts"] == 0


def test_a_medical_problem_the_huisarts_never_knew() -> None:
    game = passive_game("greet")
    missed = debrief(game, lang="en")["analysis"]["information"]["missed"]
    domains = {p.id: p.domain for p in game.scenario.casus.problems}
    medical = [m for m in missed if domains.get(m["fact"]) == "medisch"]
    assert medical and all(m["missing"] == ["huisarts"] for m in medical)
    assert all("GP never knew" in m["text"] for m in medical)


def test_information_map_agrees_with_the_dossiers(ron_random: Game) -> None:
    info = debrief(ron_random)["analysis"]["information"]
    s = ron_random.state
    for row in info["facts"]:
        for role, rnd in row["known"].items():
            assert (rnd is not None) == (row["fact"] in s.knows[role])
        for role in row["missing"]:
            assert row["fact"] not in s.knows[role]
        for role in row["needed_by"]:
            if row["fact"] in s.knows[role]:
                assert role not in row["missing"]


def test_ledger_blocked_and_model(ron_random: Game) -> None:
    r = ron_random.result()
    a = debrief(ron_random)["analysis"]
    pots = {p["pot"]: p for p in a["ledger"]["pots"]}
    for pot in ("zvw", "wmo", "wlz"):
        assert pots[pot]["paid"] == r.paid[pot] == sum(i["amount"] for i in pots[pot]["items"])
        assert pots[pot]["saved"] == r.saved[pot]
        assert pots[pot]["end"] == r.pots_end[pot]
    assert [(f["payer"], f["saver"], f["amount"]) for f in a["ledger"]["wrong_pocket"]] == [
        (f["payer"], f["saver"], f["amount"]) for f in r.wrong_pocket]
    counts = [f["count"] for f in a["blocked"]]
    assert counts == sorted(counts, reverse=True)
    assert {f["id"]: f["count"] for f in a["blocked"]} == {
        k: v for k, v in r.blocked_by.items() if v}
    m = a["model"]
    assert m["id"] == "teammodel" and m["strength"] and m["weakness"]
    assert m["relations_end"] == r.relations
    assert m["lines"]
    assert a["spider"]["start"] == r.health_start and a["spider"]["end"] == r.health_end
    assert list(a["spider"]["dims"]) == list(DIMENSIONS)


def test_turnover_shows_in_the_model_analysis() -> None:
    game = Game(passive_game("ron").scenario, 1, "netwerkmodel")
    game.apply("facilitator:injecteer(de_kartrekker_vertrekt)")
    game.apply("facilitator:einde")
    m = debrief(game)["analysis"]["model"]
    assert len(m["turnovers"]) == 1 and m["turnovers"][0]["round"] == 1
    assert any("vertrok een collega" in line for line in m["lines"])
    forces = debrief(game)["description"]["rounds"][0]["forces"]
    assert forces[-1]["id"] == "de_kartrekker_vertrekt" and forces[-1]["injected"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_transfer_questions_per_role_cite_their_source(ron: Game, lang: str) -> None:
    t = debrief(ron, lang=lang)["transfer"]
    assert set(t["questions"]) == {*PROFESSIONALS, "inwoner"}
    for role, qs in t["questions"].items():
        assert 1 <= len(qs) <= 4, role
        assert len({q["id"] for q in qs}) == len(qs)
        for q in qs:
            assert role in q["roles"]
            assert q["text"].strip() and q["why"].strip()
            assert has(f"source.{q['source']}") and q["source_title"]
    assert t["epilogue"] == ron.scenario.casus.epilogue.get(lang)


def test_questions_follow_the_choices_made() -> None:
    game = passive_game("ron")
    qs = debrief(game)["transfer"]["questions"]
    ids = {role: [q["id"] for q in lst] for role, lst in qs.items()}
    assert "no_consent" in ids["inwoner"]  # never gave consent
    assert "wish_never_known" in ids["huisarts"]  # nobody asked what Ron wants
    assert any(i.startswith("missed_fact:sociaal_werker:") and "schulden" in i
               for i in ids["sociaal_werker"])
    texts = " ".join(q["text"] for q in qs["inwoner"])
    assert "toestemming" in texts
    # a force card met in this game gives its own reflection question to some role
    all_ids = Counter(i for lst in ids.values() for i in lst)
    assert any(i.startswith("force:") for i in all_ids) or any(
        i.startswith("escalation") for i in all_ids)


def test_an_unfinished_game_has_a_debrief_so_far() -> None:
    game = passive_game("greet", actions=6)
    assert not game.is_over()
    d = debrief(game, lang="en")
    assert d["result"]["over"] is False
    assert d["description"]["rounds"][-1]["complete"] is False
    info = d["analysis"]["information"]
    assert info["final"] is False
    assert all("never" not in m["text"] for m in info["missed"] if m["needed"] == "all")


def test_application_helpers(tmp_path: Path) -> None:
    game = passive_game("ron", actions=3)
    path = tmp_path / "s.json"
    write_save(path, game.to_save())
    write_application(path, {"huisarts": "  Eerst vragen wat Ron wil.  ", "inwoner": ""})
    data = read_save(path)
    assert read_application(data) == {"huisarts": "Eerst vragen wat Ron wil."}
    assert Game.from_save(data, game.scenario).state_hash() == game.state_hash()
    data2 = with_application(data, {"sociaal_werker": "Bellen.", "huisarts": ""})
    assert read_application(data2) == {"sociaal_werker": "Bellen."}
    with pytest.raises(ValueError):
        with_application(data, {"docent": "x"})
    assert read_bots({"ui": {"humans": ["inwoner"]}}) == [
        "huisarts", "wijkverpleegkundige", "sociaal_werker"]
    assert read_bots({"bots": ["inwoner", "nobody"]}) == ["inwoner"]
    assert read_bots({}) == []


def _nurse_visits(scenario_id: str, consent: tuple[str, ...] = ()) -> Game:
    """The wijkverpleegkundige visits at home every round and never shares; the inwoner
    gives the consents named; everyone else only says "klaar"."""
    game = Game(scenario(scenario_id), 5, "netwerkmodel")
    while not game.is_over():
        role = game.to_move()[0]
        legal = game.legal_actions(role)
        wanted = [f"inwoner:toestemming({c})" for c in consent] + [
            "wijkverpleegkundige:huisbezoek"]
        pick = (next((a for a in legal if str(a) in wanted), None)
                or next((a for a in legal if a.name == "klaar"), None)
                or next((a for a in legal if a.name == "kies" and a.arg == "nee"), None)
                or legal[0])
        game.apply(pick)
    return game


def test_the_debrief_says_what_the_law_would_have_allowed_to_share() -> None:
    # lesson L4: a fact that never reached the role that needed it, though a colleague
    # knew it, says how it could have been shared: presumed consent between huisarts and
    # wijkverpleegkundige for a medical problem, else the inwoner's consent
    game = _nurse_visits("greet")
    sc = game.scenario
    domains = {p.id: p.domain for p in sc.casus.problems}
    missed = debrief(game)["analysis"]["information"]["missed"]
    by_nurse = [m for m in missed if "wijkverpleegkundige" in m["known_by"]]
    assert by_nurse, missed
    for m in missed:
        if not m["known_by"]:
            assert m["could"] == ""
            continue
        assert m["could"]
        if domains.get(m["fact"]) != "sociaal" and m["missing"] == ["huisarts"] \
                and set(m["known_by"]) == {"wijkverpleegkundige"}:
            assert "zonder te vragen (WGBO)" in m["could"], m
        if m["missing"] == ["sociaal_werker"]:
            assert "toestemming van Greet" in m["could"], m
    assert any("WGBO" in m["could"] for m in by_nurse) or any(
        "toestemming" in m["could"] for m in by_nurse)


def test_a_consent_that_was_given_but_not_used_shows_in_the_debrief() -> None:
    game = _nurse_visits("greet", consent=("wijkverpleegkundige+sociaal_werker",))
    assert "wijkverpleegkundige+sociaal_werker" in game.state.consent
    missed = debrief(game, lang="en")["analysis"]["information"]["missed"]
    social = [m for m in missed if m["missing"] == ["sociaal_werker"]
              and list(m["known_by"]) == ["wijkverpleegkundige"]]
    assert social, missed
    assert all("Greet consented" in m["could"] and "nobody did" in m["could"]
               for m in social)
