"""Cross-reference checks: every name used must exist, with the nearest one suggested."""

from __future__ import annotations

from pathlib import Path

from game.content import ContentError, load_scenario, validate_paths
from tests.content import minimal
from tests.content.minimal import ACTIONS, CASUS, FORCES, MODELS, line_of

EXTRA_ACTION = (
    "rounds: 4\nactions:\n  - id: extra\n    role: huisarts\n    name: {nl: E, en: E}\n"
    "    text: {nl: E, en: E}\n    effects:\n"
)


def errors_for(tmp_path: Path, casus: str = CASUS, **files: str) -> list[ContentError]:
    path = minimal.write(tmp_path, casus, **files)
    return validate_paths([path])


def lines(errors: list[ContentError]) -> list[str]:
    """Each error without its file name: ``LINE:COLUMN: path: message``."""
    return [str(e).split(":", 1)[1] for e in errors]


def with_effects(*effects: str) -> str:
    return CASUS.replace("rounds: 4\n", EXTRA_ACTION + "".join(f"      - {e}\n" for e in effects))


def test_signal_names_an_unknown_problem(tmp_path: Path) -> None:
    text = CASUS.replace("    problem: schulden\n    text", "    problem: schuldn\n    text")
    assert lines(errors_for(tmp_path, text)) == [
        "47:14: signals[0].problem: unknown problem 'schuldn'; did you mean 'schulden'?"]


def test_unknown_names_without_a_close_match_list_the_choices(tmp_path: Path) -> None:
    text = CASUS.replace("    problem: schulden\n    text", "    problem: xyz\n    text")
    assert lines(errors_for(tmp_path, text)) == [
        "47:14: signals[0].problem: unknown problem 'xyz'; expected 'depressie' or 'schulden'"]


def test_found_by_feeds_ending_and_deck(tmp_path: Path) -> None:
    text = (CASUS.replace("found_by: [huisbezoek]", "found_by: [huisbezoek, keukentafel]")
            .replace("feeds: [depressie]", "feeds: [depresie, schulden]")
            .replace("      ending: crisis", "      ending: crises")
            .replace("deck: [schotten, subsidie]", "deck: [schotten, subsidy, schotten]"))
    assert lines(errors_for(tmp_path, text)) == [
        "34:15: problems[0].escalation.ending: unknown ending 'crises'; did you mean 'crisis'?",
        "44:13: problems[1].feeds[0]: unknown problem 'depresie'; did you mean 'depressie'?",
        "44:23: problems[1].feeds[1]: problem 'schulden' cannot feed itself",
        ("49:28: signals[0].found_by[1]: unknown action 'keukentafel'; did you mean "
        "'keukentafelgesprek'?"),
        "78:18: deck[1]: unknown force 'subsidy'; did you mean 'subsidie'?",
        "78:27: deck[2]: duplicate force 'schotten' (also at line 78)",
    ]


def test_conditions_in_endings(tmp_path: Path) -> None:
    text = CASUS.replace("        - wish_met: true\n", (
        "        - known: {problem: wens}\n"
        "        - known: {problem: depresie, role: any_professional}\n"
        "        - network_active: zuss\n"
        "        - network_active: familie\n"
        "        - any: [{escalated: schuldn}, {addressed: depressie}]\n"
        "        - not: {arrangement: {id: schuldhulp, status: running}}\n"
        "        - severity_at_least: {problem: $target, value: 2}\n"))
    assert lines(errors_for(tmp_path, text)) == [
        ("73:28: endings[1].condition.all[1].known.problem: unknown problem 'depresie'; "
        "did you mean 'depressie'?"),
        ("74:27: endings[1].condition.all[2].network_active: unknown network resource (id or "
        "kind) 'zuss'; did you mean 'zus'?"),
        ("76:29: endings[1].condition.all[4].any[0].escalated: unknown problem 'schuldn'; "
        "did you mean 'schulden'?"),
        ("77:35: endings[1].condition.all[5].not.arrangement.id: unknown arrangement "
        "'schuldhulp'; did you mean 'schuldhulpverlening'?"),
        ("78:40: endings[1].condition.all[6].severity_at_least.problem: '$target' only works in "
        "effects, not in conditions; name the problem"),
    ]


def test_effects_of_a_casus_action(tmp_path: Path) -> None:
    text = with_effects("treat: {kind: psychish, by: -1}", "severity: {problem: $target, by: -1}",
                        "severity: {problem: schuldn, by: -1}", "start_arrangement: schuldhulp",
                        "activate_network: familie", "deactivate_network: buurthuis",
                        "end_game: goedd", "hold: schuld")
    assert line_of(text, "psychish") == 16
    assert lines(errors_for(tmp_path, text)) == [
        ("16:23: actions[0].effects[0].treat.kind: unknown problem kind 'psychish'; did you mean "
        "'psychisch'?"),
        ("18:29: actions[0].effects[2].severity.problem: unknown problem 'schuldn'; did you mean "
        "'schulden'?"),
        ("19:28: actions[0].effects[3].start_arrangement: unknown arrangement 'schuldhulp'; did "
        "you mean 'schuldhulpverlening'?"),
        ("21:29: actions[0].effects[5].deactivate_network: unknown network resource (id or kind) "
        "'buurthuis'; expected 'familie' or 'zus'"),
        "22:19: actions[0].effects[6].end_game: unknown ending 'goedd'; did you mean 'goed'?",
        ("23:15: actions[0].effects[7].hold: unknown problem kind 'schuld'; did you mean "
        "'schulden'?"),
    ]


def test_catalogue_condition_on_a_problem_this_casus_lacks(tmp_path: Path) -> None:
    actions = ACTIONS.replace("      - trust_at_least: 1\n", (
        "      - trust_at_least: 1\n"
        "      - severity_at_least: {problem: alcohol, value: 2}\n"
        "      - known: {problem: alcohol}\n"))
    errors = errors_for(tmp_path, actions=actions)
    assert len(errors) == 1  # 'known' is harmless in a shared catalogue: only the crash counts
    assert errors[0].file.endswith("actions.yaml")
    assert lines(errors) == [
        ("28:38: actions[3].requires[1].severity_at_least.problem: unknown problem 'alcohol'; "
        f"expected 'depressie' or 'schulden' (in casus 'mini', {tmp_path / 'mini.yaml'})")]


def test_action_arrangement_and_missing_klaar(tmp_path: Path) -> None:
    klaar = ("  - {id: klaar, role: inwoner, op: klaar, name: {nl: Klaar, en: Done}, "
             "text: {nl: k, en: d}}\n")
    assert klaar in ACTIONS
    actions = ACTIONS.replace(klaar, "").replace("    arrangement: schuldhulpverlening\n", "")
    assert lines(errors_for(tmp_path, actions=actions)) == [
        ("3:3: actions: no action with op 'klaar' for role 'inwoner': that team could never end "
        "its turn"),
        ("33:9: actions[4].op: an action with op 'bied_aan' needs an 'arrangement' (the id of the "
        "arrangement it offers)"),
    ]
    actions = ACTIONS.replace("arrangement: schuldhulpverlening", "arrangement: schuldhulp")
    assert lines(errors_for(tmp_path, actions=actions)) == [
        ("34:18: actions[4].arrangement: unknown arrangement 'schuldhulp'; did you mean "
        "'schuldhulpverlening'?")]


def test_duplicate_action_per_role_and_same_id_for_two_roles(tmp_path: Path) -> None:
    dup = ACTIONS.replace("  - id: rusten\n    role: inwoner\n",
                          "  - id: consult\n    role: huisarts\n")
    assert line_of(dup, "id: consult", 2) == 37
    assert lines(errors_for(tmp_path, actions=dup)) == [
        "37:9: actions[5].id: duplicate action 'huisarts:consult' (also at line 3)"]
    # klaar exists for all four roles in the valid catalogue: not a duplicate
    assert ACTIONS.count("id: klaar") == 4


def test_forces_and_models(tmp_path: Path) -> None:
    forces = FORCES.replace("block: [schuldhulp]",
                            "block: [schuldhulpp]\n      extra_time: {consultt: 1, deel: 1}")
    models = (MODELS.replace("huisarts+sociaal_werker: 2", "sociaal_werker+huisarts: 2")
              .replace("  - id: gemeenschapsmodel", "  - id: teammodel"))
    assert lines(errors_for(tmp_path, forces=forces, models=models)) == [
        ("11:15: forces[0].modifiers.block[0]: unknown action 'schuldhulpp'; did you mean "
        "'schuldhulp'?"),
        ("12:20: forces[0].modifiers.extra_time.consultt: unknown action id or op 'consultt'; "
        "did you mean 'consult'?"),
        ("3:3: models: missing organisation model 'gemeenschapsmodel' (players can choose every "
        "model)"),
        ("15:26: models[1].relations_override['sociaal_werker+huisarts']: unknown pair of "
        "professionals 'sociaal_werker+huisarts'; did you mean 'huisarts+sociaal_werker'?"),
        "23:9: models[3].id: duplicate model id 'teammodel' (also at line 17)",
    ]


def test_duplicate_ids_in_the_casus(tmp_path: Path) -> None:
    text = CASUS.replace("  - id: schulden\n", "  - id: depressie\n")
    errors = lines(errors_for(tmp_path, text))
    assert errors[0] == "35:9: problems[1].id: duplicate problem id 'depressie' (also at line 21)"


def test_every_problem_kind_must_be_treatable(tmp_path: Path) -> None:
    text = CASUS.replace("kind: schulden", "kind: schulde")
    assert lines(errors_for(tmp_path, text)) == [
        ("38:11: problems[1].kind: no action, arrangement or network resource treats or holds "
        "problems of kind 'schulde' (did you mean 'schulden'?)")]
    # a network resource, or lowering that problem's severity, also counts
    text = CASUS.replace("kind: schulden", "kind: geld").replace(
        "      - health: {dim: zingeving, by: 1}", "      - hold: geld")
    assert errors_for(tmp_path, text) == []
    text = with_effects("severity: {problem: schulden, by: -1}").replace(
        "kind: schulden", "kind: geld")
    assert errors_for(tmp_path, text) == []


def test_the_last_ending_is_the_fallback(tmp_path: Path) -> None:
    text = CASUS.replace("    text: {nl: Het gaat matig., en: It goes so-so.}",
                         "    text: {nl: Het gaat matig., en: It goes so-so.}\n"
                         "    condition: {round_at_least: 2}")
    assert lines(errors_for(tmp_path, text)) == [
        ("78:16: endings[2].condition: the last ending is the fallback and must have no "
        "condition (it is the result when no other ending holds)")]


def test_an_unconditional_ending_hides_the_later_ones(tmp_path: Path) -> None:
    text = CASUS.replace("    when: immediate\n", "")
    assert lines(errors_for(tmp_path, text)) == [
        ("61:9: endings[0].id: ending 'crisis' has no condition, so the endings after it can "
        "never happen: goed, matig")]


def test_start_needs_all_six_dimensions(tmp_path: Path) -> None:
    text = CASUS.replace("    meedoen: 4\n", "").replace("trust: {huisarts: 1}",
                                                         "trust: {huisarts: 4}")
    assert lines(errors_for(tmp_path, text)) == [
        ("12:5: start.health: missing dimension 'meedoen' (the start needs all six health "
        "dimensions)"),
        "17:21: start.trust.huisarts: found 4, expected a whole number from 0 to 3",
    ]


def test_casus_overrides_and_adds_catalogue_entries(tmp_path: Path) -> None:
    text = CASUS.replace("rounds: 4\n", (
        "rounds: 4\nactions:\n"
        "  - {id: consult, role: huisarts, name: {nl: Eigen, en: Own}, text: {nl: k, en: d}}\n"
        "  - {id: consult, role: wijkverpleegkundige, name: {nl: K, en: D}, text: {nl: k, en: d}}\n"
        "arrangements:\n"
        "  - {id: schuldhulpverlening, name: {nl: S, en: S}, text: {nl: s, en: s},\n"
        "     per_round: [{treat: {kind: schulden, by: -2}}]}\n"
        "forces:\n"
        "  - {id: wijkteam, kind: bevorderend, area: '3.4', name: {nl: W, en: W},\n"
        "     text: {nl: w, en: w}, reflection: {nl: r, en: r}}\n"))
    text = text.replace("deck: [schotten, subsidie]", "deck: [schotten, wijkteam]")
    path = minimal.write(tmp_path, text)
    assert validate_paths([path]) == []
    s = load_scenario(path)
    assert s.actions["huisarts:consult"].name.nl == "Eigen"
    assert s.actions["wijkverpleegkundige:consult"].role == "wijkverpleegkundige"
    assert len(s.actions) == 11
    per_round = s.arrangements["schuldhulpverlening"].per_round
    assert per_round[0].treat is not None and per_round[0].treat.by == -2
    assert set(s.forces) == {"schotten", "subsidie", "wijkteam"}
    assert list(s.models) == ["netwerkmodel", "brugfunctiemodel", "teammodel",
                              "gemeenschapsmodel"]


def test_extra_time_that_gives_time_back_is_refused(tmp_path: Path) -> None:
    """Task: a negative extra_time makes a card give time back; played again and again, the
    round would never end (a bot's game would loop forever)."""
    from game.lang import content_error_text

    forces = FORCES.replace("block: [schuldhulp]",
                            "block: [schuldhulp]\n      extra_time: {consult: -1, deel: 0}")
    models = MODELS.replace("modifiers: {flags: [brugfunctionaris]}",
                            "modifiers: {flags: [brugfunctionaris], extra_time: {deel: -2}}")
    errors = errors_for(tmp_path, forces=forces, models=models)
    why = ("expected a number of at least 0: extra time that gives time back lets a team play "
           "cards without end, and the round would never end")
    assert lines(errors) == [
        f"12:29: forces[0].modifiers.extra_time.consult: found -1, {why}",
        f"16:63: models[1].modifiers.extra_time.deel: found -2, {why}"]
    assert content_error_text(errors[0], "nl").endswith(
        "forces[0].modifiers.extra_time.consult: hier staat -1, maar er hoort een getal van "
        "minstens 0 te staan: extra tijd die tijd teruggeeft laat een team zonder einde kaarten "
        "spelen, en dan stopt de ronde nooit")


def test_a_card_played_again_and_again_for_free_is_refused(tmp_path: Path) -> None:
    """A card with once_per_round: false must cost time in the end, else a team can play it
    without end: free, or giving its cost back through a time effect."""
    from game.lang import content_error_text

    free = with_effects("health: {dim: meedoen, by: 1}").replace(
        "    effects:\n", "    once_per_round: false\n    cost: {time: 0}\n    effects:\n", 1)
    errors = errors_for(tmp_path, free)
    said = ("card 'extra' may be played again and again in a round (once_per_round: false) and "
            "in the end costs no time: a team could play it without end and the round would "
            "never end; give it a cost in time or leave out once_per_round: false")
    assert lines(errors) == [f"15:21: actions[0].once_per_round: {said}"]
    assert content_error_text(errors[0], "nl").endswith(
        "actions[0].once_per_round: kaart 'extra' mag steeds opnieuw gespeeld worden in een "
        "ronde (once_per_round: false) en kost uiteindelijk geen tijd: een team kan hem zonder "
        "einde spelen, en dan stopt de ronde nooit; geef hem een prijs in tijd of haal "
        "once_per_round: false weg")
    back = with_effects("time: {by: 1}").replace(
        "    effects:\n", "    once_per_round: false\n    effects:\n", 1)
    assert any("actions[0].once_per_round: card 'extra'" in e
               for e in lines(errors_for(tmp_path, back)))
    costs = with_effects("time: {by: 1}").replace(
        "    effects:\n", "    once_per_round: false\n    cost: {time: 2}\n    effects:\n", 1)
    assert not any("once_per_round" in e for e in lines(errors_for(tmp_path, costs)))
