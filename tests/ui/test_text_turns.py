"""The text mode as a real way to play (issue 12): it opens with the casus and the rules,
``h N`` explains a move with its real cost, a move keeps its number for the whole turn, the
last move can be taken back where the rules allow it, and a hand-over wipes the screen and
gives the next team its recap first."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game, IllegalAction
from game.lang import dim_name, t
from game.table import Table
from game.ui.text import TextGame

CLEAR = "<scherm leeg>"


def run(game: Game, answers: list[str | Callable[[], str]], *, lang: str = "nl",
        handover: bool = False, path: Path | None = None) -> tuple[TextGame, list[str]]:
    """Play the answers (a function is called for its answer), then end the input. Every
    prompt and every wipe of the screen is in the output, in order."""
    out: list[str] = []
    todo: Iterator[str | Callable[[], str]] = iter(answers)

    def read(prompt: str) -> str:
        out.append(prompt)
        a = next(todo, None)
        if a is None:
            raise EOFError
        return a() if callable(a) else a

    tg = TextGame(Table(game, save_path=path), read=read, write=out.append, lang=lang,
                  handover=handover, clear=lambda: out.append(CLEAR))
    tg.run()
    return tg, out


def number_of(out: list[str], action_text: str) -> int:
    """The number the last list gave the move described as ``action_text``."""
    found = [line for line in out if line.startswith("  ") and f". {action_text}" in line
             and line.strip().split(".")[0].isdigit()]
    assert found, action_text
    return int(found[-1].strip().split(".")[0])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_new_game_opens_with_the_story_the_goal_and_what_time_energy_and_trust_mean(
        lang: str) -> None:
    sc = load_scenario("ron")
    _tg, out = run(Game(sc, 1), [], lang=lang)
    text = "\n".join(out)
    c = sc.casus
    assert c.story.get(lang) in text
    assert c.content_warning is not None and c.content_warning.get(lang) in text
    for key, kw in (("intro_goal", {"n": "Ron"}), ("intro_time", {"t": c.start.time}),
                    # (Ron's mood swings: his energy follows a cycle, not start.energy)
                    ("intro_energy_cycle", {"n": "Ron", "lo": min(c.energy_cycle),
                                            "hi": max(c.energy_cycle)}),
                    ("intro_trust", {"n": "Ron"}), ("intro_keys", {}),
                    ("intro_rounds", {"r": c.rounds, "n": "Ron"})):
        assert t(f"text.{key}", lang, **kw) in text, key
    assert t("text.intro_energy", lang, n="Ron", e=c.start.energy) not in text
    # how the game ends: the six dimensions, and (format 4) no good ending when worse
    assert all(dim_name(d, lang) in text for d in c.start.health)
    assert t("text.intro_worse", lang) in text
    # the story comes before the first list of moves
    assert text.index(c.story.get(lang)) < text.index(t("text.legal", lang))


def test_a_game_played_on_says_where_it_was_instead_of_the_story() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    game.apply(game.legal_actions("inwoner")[0])
    _tg, out = run(game, [])
    text = "\n".join(out)
    assert sc.casus.story.get("nl") not in text
    assert t("text.resume", "nl", title=sc.casus.title.get("nl"), r=1, n=sc.casus.rounds) in text


def test_h_n_explains_a_move_with_what_it_does_and_its_real_cost_now() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    legal = game.legal_actions("inwoner")
    tell = next(a for a in legal if a.name == "vertel")
    n = legal.index(tell) + 1  # the numbers of a turn follow the first list
    tg, out = run(game, [f"h {n}"])
    assert tg.numbers[str(tell)] == n
    d = sc.actions[f"inwoner:{tell.name}"]
    head = out.index(t("text.explain_head", "nl", n=n, x=tg.describe(tell)))
    lines = out[head + 1:head + 4]
    assert any(d.text.get("nl") in line for line in lines)
    cost = game.time_cost(tell)
    energy = game.view("inwoner").energy
    assert "  " + t("text.explain_cost", "nl", n=cost, unit="energie", left=energy) in lines


def test_a_move_keeps_its_number_for_the_whole_turn_and_a_gone_number_is_told() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    first = game.legal_actions("inwoner")
    tells = [a for a in first if a.name == "vertel"]
    rest = [a for a in first if a.name != "vertel"]
    # the numbers of a turn follow its first list; two tellings use up the energy: every
    # vertel is gone, the free moves stay; then "1" (the first vertel) again
    n = {str(a): i + 1 for i, a in enumerate(first)}
    tg, out = run(game, [str(n[str(tells[0])]), str(n[str(tells[1])]), "1"])
    assert game.history[:2] == [str(tells[0]), str(tells[1])]
    for a in rest:  # the same number before and after the moves
        listed = [line for line in out if line.endswith(tg.describe(a)) and ". " in line]
        assert len({line.split(".")[0] for line in listed}) == 1, a
    # "1" was the first vertel: gone now, and the game says so (no other move is played)
    assert tg.numbers[str(tells[0])] == 1
    assert t("text.gone", "nl", n=1) in out
    assert len(game.history) == 2


def test_u_takes_back_a_move_that_taught_nobody_anything_and_the_save_follows(
        tmp_path: Path) -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    # the inwoner tells the huisarts what the huisarts knew already: nobody learns a thing
    known = {p.id for p in game.view("huisarts").problems}
    tell = next(a for a in game.legal_actions("inwoner")
                if a.name == "vertel" and a.arg in known and a.arg2 == "huisarts")
    path = tmp_path / "spel.json"
    tg, out = run(game, [str(tell), "u"], path=path)
    assert tg.game.history == []
    assert tg.game.state_hash() == Game(sc, 1).state_hash()  # as if it was never played
    assert t("text.undone", "nl", action=tg.describe(tell)) in out
    import json

    assert json.loads(path.read_text(encoding="utf-8"))["actions"] == []


def test_u_refuses_a_move_that_told_someone_something_and_nothing_changes() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    wish = next(a for a in game.legal_actions("inwoner") if a.name == "vertel" and a.arg == "wens")
    tg, out = run(game, [str(wish), "u"])
    assert tg.game.history == [str(wish)]
    assert "Deze zet kan niet terug: iemand heeft er iets door gehoord of gezien." in out


def test_the_table_refuses_to_take_back_another_teams_move_or_one_of_an_earlier_turn() -> None:
    sc = load_scenario("ron")
    table = Table(Game(sc, 1))
    with pytest.raises(IllegalAction) as e:
        table.undo("inwoner")
    assert e.value.reason.code == "undo_nothing"
    table.apply(next(a for a in table.game.legal_actions("inwoner") if a.name == "klaar"))
    assert table.undo_problem("huisarts") is not None
    with pytest.raises(IllegalAction) as e:
        table.undo("inwoner")  # the inwoner's turn is over
    assert e.value.reason.code == "undo_turn_over"
    assert len(table.game.history) == 1


def test_a_hand_over_wipes_the_screen_then_gives_the_recap_before_the_view() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 1)
    klaar = next(a for a in game.legal_actions("inwoner") if a.name == "klaar")
    # Enter for the inwoner, its turn ends, team 1 (huisarts), Enter
    _tg, out = run(game, ["", str(klaar), "1", ""], handover=True)
    prompt = t("text.handover", "nl", t="Huisarts") + " "
    at = out.index(prompt)
    assert out[at - 1] == "" and out[at - 2] == CLEAR  # wiped before the next team sits down
    assert out[at + 1] == CLEAR
    since = out.index(t("text.so_far", "nl", t="Huisarts"), at)
    view = out.index(t("text.turn", "nl", t="Huisarts"), at)
    assert since < view
    # the inwoner's dossier is not on the huisarts' screen after the wipe
    dossier = [line for line in out[at:] if line.startswith(t("text.dossier", "nl", x=""))]
    inwoner_problems = {p.id for p in game.view("inwoner").problems}
    assert dossier and len(dossier[0].split(",")) < len(inwoner_problems)
    # the very first hand-over keeps the introduction on the screen
    first = out.index(t("text.handover", "nl", t="Inwoner") + " ")
    assert CLEAR not in out[:first]
