"""The text mode names the blocked moves in one line; ``b`` lists them with their reasons
(issue 12: a screen reader read every reason again every turn)."""

from __future__ import annotations

from game.content import load_scenario
from game.engine import Game
from game.table import Table
from game.ui.text import TextGame


def one_turn(typed: list[str], lang: str = "nl") -> tuple[Game, TextGame, list[str]]:
    game = Game(load_scenario("ron"), 1, "netwerkmodel")
    answers = iter(typed)
    out: list[str] = []

    def read(_prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    tg = TextGame(Table(game), read=read, write=out.append, handover=False, lang=lang)
    tg.run()
    return game, tg, out


def reasons(game: Game, tg: TextGame, role: str) -> list[str]:
    blocked = [(a, r) for a, r in game.blocked_actions(role)
               if r.code not in ("bad_target", "not_known")]
    return [reason for _label, reason in tg.group_blocked(blocked)]


def test_the_turn_names_the_blocked_moves_in_one_line_without_reasons() -> None:
    game, tg, out = one_turn([])
    role = game.to_move()[0]
    why = reasons(game, tg, role)
    assert why  # round 1: the inwoner cannot yet tell the professionals everything
    [line] = [x for x in out if x.startswith("Kan nu niet:")]
    assert line.endswith("Typ b om te zien waarom.")
    assert "Iets vertellen" in line and line.count("Iets vertellen") == 1
    assert not any(w in x for w in why for x in out)


def test_b_lists_every_blocked_move_with_its_reason_and_is_not_a_move() -> None:
    game, tg, out = one_turn(["b", "1"])
    assert len(game.history) == 1  # b played nothing; the 1 after it did
    start = out.index(tg.t("blocked"))
    shown = out[start + 1:]
    before = Game(load_scenario("ron"), 1, "netwerkmodel")  # the turn b was typed in
    why = reasons(before, tg, before.to_move()[0])
    assert len(why) >= 3
    for reason in why:
        assert any(x.startswith("  - ") and x.endswith(reason) for x in shown), reason
    assert not any("Dat begrijp ik niet" in x for x in out)


def test_b_in_english() -> None:
    _game, _tg, out = one_turn(["b"], lang="en")
    assert any(x.startswith("Not possible now:") and x.endswith("Type b to see why.")
               for x in out)
    assert "Not possible now:" in out
