"""Issue 13, variety: the validator rejects a casus twist that cannot work, with a message
that names the place and the reason (``energy_cycle``, ``trust_through``, a problem's
``looks_like`` and ``deadline``, a network resource's ``strained_by``)."""

from __future__ import annotations

from pathlib import Path

from tests.content.minimal import CASUS
from tests.content.test_crossref import errors_for, lines

SCHULDEN = "    feeds: [depressie]\n"
ZUS = "    kind: familie\n"


def test_a_problem_cannot_look_like_itself_or_an_unknown_problem(tmp_path: Path) -> None:
    itself = CASUS.replace(SCHULDEN, SCHULDEN + "    looks_like: schulden\n")
    assert [x.split(": ", 2)[2] for x in lines(errors_for(tmp_path, itself))] == [
        ("problem 'schulden' cannot look like itself; name the other problem it is "
        "mistaken for")]
    typo = CASUS.replace(SCHULDEN, SCHULDEN + "    looks_like: depresie\n")
    assert [x.split(": ", 1)[1] for x in lines(errors_for(tmp_path, typo))] == [
        "problems[1].looks_like: unknown problem 'depresie'; did you mean 'depressie'?"]


def test_a_deadline_must_pass_before_the_last_round(tmp_path: Path) -> None:
    late = CASUS.replace(SCHULDEN, SCHULDEN + (
        "    deadline:\n      round: 4\n      name: {nl: Melding, en: Report}\n"))
    assert [x.split(": ", 1)[1] for x in lines(errors_for(tmp_path, late))] == [
        ("problems[1].deadline.round: a deadline after round 4 never passes: the casus has "
        "4 rounds (use a round before the last)")]
    ok = late.replace("      round: 4\n", "      round: 3\n")
    assert errors_for(tmp_path, ok) == []


def test_trust_through_and_strained_by_name_what_exists(tmp_path: Path) -> None:
    text = (CASUS.replace("rounds: 4\n", "rounds: 4\ntrust_through: zuss\n")
            .replace(ZUS, ZUS + "    strained_by: {problem: schuld}\n"))
    assert [x.split(": ", 1)[1] for x in lines(errors_for(tmp_path, text))] == [
        "trust_through: unknown network resource 'zuss'; did you mean 'zus'?",
        "network[0].strained_by.problem: unknown problem 'schuld'; did you mean 'schulden'?"]


def test_an_energy_cycle_holds_energies_of_one_to_four(tmp_path: Path) -> None:
    text = CASUS.replace("rounds: 4\n", "rounds: 4\nenergy_cycle: [3, 0]\n")
    found = lines(errors_for(tmp_path, text))
    assert len(found) == 1 and "energy_cycle[1]" in found[0] and "1" in found[0]
