"""Wat als?: each kind of change, the class's later moves kept or explained, the same figures
whatever the number of processes, a broken save's own error, and the command line."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.levels import make_bot
from game.bots.play import play
from game.cli import main
from game.content import load_scenario
from game.engine import Action, Game
from game.engine.defs import Scenario
from game.store.saves import SaveFileError, save_data, write_save
from game.whatif import Change, WhatIfError, error_text, load, plan, play_on, run, text, timeline


@lru_cache(maxsize=1)
def _game() -> tuple[Scenario, dict[str, Any]]:
    sc = load_scenario("ron")
    g = play(Game(sc, 7, "netwerkmodel"), HeuristicBot(7))
    return sc, save_data(g)


@pytest.fixture
def ron() -> tuple[Scenario, dict[str, Any]]:
    sc, save = _game()
    return sc, json.loads(json.dumps(save))


@pytest.fixture
def save_file(tmp_path: Path, ron: tuple[Scenario, dict[str, Any]]) -> Path:
    path = tmp_path / "ron.json"
    write_save(path, ron[1])
    return path


def _base(sc: Scenario, save: dict[str, Any], change: Change) -> Game:
    p = plan(sc, save, change)
    return p.base(sc, save["seed"], save["model"], save["difficulty"])


def _figures(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "seconds"}


# --- the changes ------------------------------------------------------------------------------


def test_a_force_switched_on_is_active_from_that_round(ron: Any) -> None:
    sc, save = ron
    g = _base(sc, save, Change("force_on", round=3, what="grijs_budget"))
    assert g.round == 3 and any(f.id == "grijs_budget" for f in g.state.active)
    assert g.history[-1] == "facilitator:injecteer(grijs_budget)"
    # the moves before the moment are the class's own, as played
    assert g.history[:-1] == save["actions"][:len(g.history) - 1]


def test_a_force_switched_off_is_gone_and_not_drawn_later(ron: Any) -> None:
    sc, save = ron
    real = Game.from_save(save, sc)
    later = real.state.forces_seen[3]  # drawn in round 4
    g = _base(sc, save, Change("force_off", round=2, what=later))
    result = play_on(g, [], make_bot("makkelijk", 1), keep=False).game
    assert later not in result.state.forces_seen
    assert not any(f.id == later for f in result.state.active)


def test_another_model_rules_from_that_round(ron: Any) -> None:
    sc, save = ron
    g = _base(sc, save, Change("model", round=2, what="teammodel"))
    assert g.model == "teammodel" and g.state.model == "netwerkmodel"
    with pytest.raises(WhatIfError) as e:
        plan(sc, save, Change("model", round=2, what="netwerkmodel"))
    assert e.value.code == "same_model" and "teammodel" in e.value.allowed


def test_the_inwoners_answer_the_other_way(ron: Any) -> None:
    sc, save = ron
    moments = timeline(sc, save)
    offer = next(m for m in moments if m.action.startswith("inwoner:accepteer("))
    g = _base(sc, save, Change("answer", move=offer.move))
    assert g.history[-1] == offer.action.replace("accepteer", "weiger")
    consent = next(m for m in moments if m.action.startswith("inwoner:toestemming("))
    g = _base(sc, save, Change("answer", move=consent.move))
    assert g.history == save["actions"][:consent.move - 1]  # no consent given
    other = next(m for m in moments if m.action.startswith("huisarts:"))
    with pytest.raises(WhatIfError) as e:
        plan(sc, save, Change("answer", move=other.move))
    assert e.value.code == "not_an_answer" and any(str(consent.move) in a
                                                   for a in e.value.allowed)


def test_one_move_replaced_by_another_legal_one(ron: Any) -> None:
    sc, save = ron
    moments = timeline(sc, save)
    m = next(x for x in moments if x.action.startswith("huisarts:") and x.round == 2)
    before = Game(sc, save["seed"], save["model"], save["difficulty"])
    for a in save["actions"][:m.move - 1]:
        before.apply(a)
    other = next(str(a) for a in before.legal_actions("huisarts") if str(a) != m.action)
    g = _base(sc, save, Change("move", move=m.move, what=other))
    assert g.history[-1] == other and len(g.history) == m.move
    with pytest.raises(WhatIfError) as e:
        plan(sc, save, Change("move", move=m.move, what="huisarts:vliegen"))
    assert e.value.code == "illegal_move" and other in e.value.allowed


# --- playing on -------------------------------------------------------------------------------


def test_the_same_figures_whatever_the_number_of_processes(ron: Any) -> None:
    sc, save = ron
    change = Change("force_on", round=3, what="grijs_budget")
    one = run(sc, save, change, games=10, seed=5, keep=False, processes=1)
    two = run(sc, save, change, games=10, seed=5, keep=False, processes=2)
    assert _figures(one) == _figures(two)
    assert sum(one["whatif"]["endings"].values()) == 10
    other = run(sc, save, change, games=10, seed=6, keep=False, processes=1)
    assert _figures(other) != _figures(one)  # the seed matters


def test_kept_moves_are_counted_and_unchanged_play_is_the_real_game(ron: Any) -> None:
    sc, save = ron
    moments = timeline(sc, save)
    # a change that keeps every later move legal leaves the class's game as it was: all kept
    m = next(x for x in moments if x.action == "inwoner:klaar" and x.round == 3)
    p = plan(sc, save, Change("force_on", round=8, what="leernetwerk"))
    res = run(sc, save, Change("force_on", round=8, what="leernetwerk"), games=3, processes=1)
    kept = res["whatif"]["kept"]
    assert kept["per_game"] == [kept["max"]] * 3 and 0 < kept["max"] <= len(p.later)
    assert m.move < p.index + 1  # round 3 is before the moment


def test_later_moves_made_illegal_are_explained_not_a_crash(ron: Any) -> None:
    sc, save = ron
    moments = timeline(sc, save)
    # no consent for a pair the class shared facts through: those shares can no longer be
    for consent in (m for m in moments if m.action.startswith("inwoner:toestemming(")):
        pair = Action.parse(consent.action)
        shares = [m for m in moments[consent.move:] if ":deel(" in m.action
                  and {Action.parse(m.action).role, Action.parse(m.action).arg2}
                  == {pair.arg, pair.arg2}]
        if shares:
            break
    else:  # pragma: no cover - the fixture game shares through a consent
        pytest.fail("no share through a consent in the fixture game")
    res = run(sc, save, Change("answer", move=consent.move), games=2, processes=1)
    w = res["whatif"]
    assert w["kept"]["max"] < res["class_moves_after"]
    assert w["first_dropped"] and w["first_dropped"][0]["reason"]["code"]
    out = text(res, sc, "nl")
    assert "niet meer konden" in out and f"Zet {w['first_dropped'][0]['move']}" in out
    assert "could no longer" in text(res, sc, "en")


def test_a_broken_save_gives_the_saves_own_error(tmp_path: Path, ron: Any) -> None:
    _sc, save = ron
    bad = dict(save, actions=[*save["actions"][:5], "huisarts:vliegen", *save["actions"][5:]])
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(SaveFileError) as e:
        load(path)
    assert str(path) in str(e.value)


# --- the command line -------------------------------------------------------------------------


def test_cli_prints_the_comparison_in_dutch_and_english(save_file: Path, capsys: Any) -> None:
    assert main(["wat-als", str(save_file), "--round", "3", "--force", "grijs_budget",
                 "--games", "3", "--processes", "1"]) == 0
    out = capsys.readouterr().out
    assert "Wat als? Grijs budget speelt mee vanaf ronde 3" in out
    assert "Echt gebeurd" in out and "spinnenweb" in out and "verkeerde zak" in out
    assert main(["wat-als", str(save_file), "--round", "3", "--force", "grijs_budget",
                 "--games", "3", "--processes", "1", "--lang", "en", "--bots"]) == 0
    out = capsys.readouterr().out
    assert "What if?" in out and "bots played every role" in out


def test_cli_json_has_the_figures(save_file: Path, capsys: Any) -> None:
    assert main(["wat-als", str(save_file), "--round", "2", "--model", "teammodel",
                 "--games", "2", "--json", "--processes", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["change"] == {"kind": "model", "round": 2, "move": None, "what": "teammodel"}
    assert set(data["whatif"]["health"]) == set(data["real"]["health"])
    assert len(data["whatif"]["kept"]["per_game"]) == 2


@pytest.mark.parametrize(("args", "words"), [
    (["--round", "3", "--force", "geen_kracht"], ["geen kracht", "grijs_budget"]),
    (["--round", "40", "--force", "grijs_budget"], ["Ronde 40", "1 tot en met"]),
    (["--move", "5", "huisarts:vliegen"], ["kon bij zet 5 niet", "kiezen uit"]),
    (["--answer", "1"], ["geen antwoord van de inwoner"]),
    (["--round", "3"], ["Kies één verandering"]),
    (["--round", "drie", "--force", "grijs_budget"], ["geen geheel getal"]),
    (["--round", "3", "--force", "grijs_budget", "--level", "super"], ["Onbekend niveau",
                                                                        "makkelijk"]),
])
def test_cli_bad_arguments_say_what_is_allowed(save_file: Path, capsys: Any,
                                               args: list[str], words: list[str]) -> None:
    assert main(["wat-als", str(save_file), *args, "--games", "2"]) == 2
    err = capsys.readouterr().err
    for w in words:
        assert w in err
    assert "Traceback" not in err


def test_cli_broken_save(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "kapot.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["wat-als", str(path), "--answer", "3"]) == 1
    assert "kapot.json" in capsys.readouterr().err


def test_error_texts_exist_in_both_languages(ron: Any) -> None:
    sc, save = ron
    for change in (Change("force_on", round=99, what="grijs_budget"),
                   Change("force_on", round=2, what="x"), Change("model", round=2, what="x"),
                   Change("move", move=9999, what="huisarts:consult"),
                   Change("move", move=3, what="???")):
        with pytest.raises(WhatIfError) as e:
            plan(sc, save, change)
        nl, en = error_text(e.value, sc, "nl"), error_text(e.value, sc, "en")
        assert nl and en and nl != en


def test_from_a_thread_the_workers_start_clean_and_give_the_same_figures(ron: Any) -> None:
    """The board and the classroom server run a comparison in a background thread: forking
    there could leave a worker waiting on another thread's lock, so a forkserver starts them
    (and the figures are the same as in one process)."""
    import threading

    from game.whatif.core import start_method

    sc, save = ron
    change = Change("model", round=2, what="teammodel")
    out: dict[str, Any] = {}

    def work() -> None:
        out["method"] = start_method()
        out["result"] = run(sc, save, change, games=8, seed=3, keep=False, processes=2)

    t = threading.Thread(target=work)
    t.start()
    t.join(120)
    assert not t.is_alive(), "the comparison hung in a thread"
    assert out["method"] in ("forkserver", "spawn")
    one = run(sc, save, change, games=8, seed=3, keep=False, processes=1)
    assert _figures(out["result"]) == _figures(one)


def test_the_facilitators_end_of_the_game_holds_also_when_bots_play_everything(
        ron: Any) -> None:
    sc, save = ron
    moments = timeline(sc, save)
    # the teacher ended the game in round 4, during the professionals' turns
    cut = next(m for m in moments if m.round == 4 and m.phase == "professionals")
    short = dict(save, actions=[*save["actions"][:cut.move], "facilitator:einde"])
    short.pop("check", None)
    p = plan(sc, short, Change("force_on", round=2, what="grijs_budget"))
    base = p.base(sc, short["seed"], short["model"], short["difficulty"])
    ends = []
    for seed in (1, 2, 3):
        g = play_on(base, p.later, make_bot("makkelijk", seed), keep=False).game
        assert g.is_over() and g.round <= 4  # never longer than the real lesson
        ends.append(g.history[-1])
    assert "facilitator:einde" in ends


def test_an_answer_is_known_by_its_cards_op_whatever_the_card_is_called() -> None:
    from types import SimpleNamespace

    from game.whatif.core import flip_answer

    cards = {f"{role}:{card_id}": SimpleNamespace(id=card_id, op=op)
             for role, card_id, op in (("inwoner", "ja_graag", "accepteer"),
                                       ("inwoner", "liever_niet", "weiger"),
                                       ("inwoner", "akkoord", "toestemming"),
                                       ("inwoner", "toestemming", "generic"),
                                       ("huisarts", "weiger", "generic"))}
    sc: Any = SimpleNamespace(actions=cards)
    assert flip_answer("inwoner:ja_graag(aanbod_1)", sc) == "inwoner:liever_niet(aanbod_1)"
    assert flip_answer("inwoner:liever_niet(aanbod_1)", sc) == "inwoner:ja_graag(aanbod_1)"
    assert flip_answer("inwoner:akkoord(huisarts+schulden)", sc) == ""
    assert flip_answer("inwoner:toestemming(huisarts+schulden)", sc) is None  # an id, no op
    assert flip_answer("huisarts:weiger(x)", sc) is None
    assert flip_answer("huisarts:kies(ja)", sc) == "huisarts:kies(nee)"
