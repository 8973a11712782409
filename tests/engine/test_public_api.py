"""The engine's public API is the only door: the state leaves it read-only, a copy and a
determinised world are the engine's own, and nothing outside game/engine reaches inside."""

from __future__ import annotations

import ast
import dataclasses
import random
from pathlib import Path

import pytest

from game.content import load_scenario
from game.engine import Game
from game.engine.determinize import determinize
from game.engine.readonly import LEFT_OUT, ReadOnlyState
from game.engine.scoring import Result
from game.engine.state import GameState
from game.engine.view import RoleView

GAME = Path(__file__).resolve().parents[2] / "game"


@pytest.fixture(scope="module")
def game() -> Game:
    g = Game(load_scenario("ron"), 4, "teammodel")
    for _ in range(12):
        g.apply(g.legal_actions(g.to_move()[0])[0])
    return g


def test_the_full_state_cannot_be_changed_from_outside(game: Game) -> None:
    s = game.state
    before = game.state_hash()
    with pytest.raises(TypeError):
        s.pots["zvw"] = -5  # type: ignore[index]
    with pytest.raises(TypeError):
        s.relations["huisarts+sociaal_werker"] = 3  # type: ignore[index]
    with pytest.raises(AttributeError):
        s.round = 8  # type: ignore[misc]
    with pytest.raises(AttributeError):
        s.knows["huisarts"].add("schulden")  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        s.ledger.append(s.ledger[0])  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.problems["schulden"].severity = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        s.learned_at["inwoner"]["wens"] = 9  # type: ignore[index]
    with pytest.raises(AttributeError):
        s.done.add("huisarts")  # type: ignore[attr-defined]
    assert game.state_hash() == before


def test_the_read_only_state_has_every_field_of_the_state(game: Game) -> None:
    fields = {n for n in dir(ReadOnlyState) if not n.startswith("_")}
    assert fields == set(GameState.__slots__) - LEFT_OUT
    s, live = game.state, game._s
    assert dict(s.pots) == live.pots and s.round == live.round
    assert {r: set(k) for r, k in s.knows.items()} == live.knows
    assert s.problems["schulden"].severity == live.problems["schulden"].severity
    assert list(s.log) == live.log and list(s.history) == live.history


def test_view_and_result_are_typed(game: Game) -> None:
    assert isinstance(game.view("huisarts"), RoleView)
    assert isinstance(game.result(), Result)
    hints = Game.view.__annotations__["return"], Game.result.__annotations__["return"]
    assert hints == ("RoleView", "Result")


def test_clone_is_independent(game: Game) -> None:
    copy = game.clone()
    assert copy.state_hash() == game.state_hash()
    before = game.state_hash()
    while not copy.is_over():
        copy.apply(copy.legal_actions(copy.to_move()[0])[-1])
    assert game.state_hash() == before
    assert copy.state.over and not game.state.over


def test_determinize_builds_a_game_from_one_role_view(game: Game) -> None:
    view = game.view("sociaal_werker")
    world = determinize(view, game.scenario, random.Random(1), model="teammodel")
    seen = world.view("sociaal_werker")
    assert (seen.round, seen.phase, seen.problems, seen.pots) == (
        view.round, view.phase, view.problems, view.pots)
    again = determinize(view, game.scenario, random.Random(1), model="teammodel")
    assert again.state_hash() == world.state_hash()


def _engine_privates() -> set[str]:
    """The private names of the engine's objects: its methods and the attributes it sets."""
    names: set[str] = set()
    for path in (GAME / "engine").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.ClassDef):  # methods bound by assignment
                names.update(t.id for x in node.body if isinstance(x, ast.Assign)
                             for t in x.targets if isinstance(t, ast.Name))
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def _offences(path: Path, privates: set[str]) -> list[str]:
    """Reads or writes of ``_s``, ``__dict__`` or a private name of the engine's objects on
    anything but ``self``/``cls`` (a subclass may use its own names)."""
    tree = ast.parse(path.read_text(), str(path))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if name in ("__dict__", "_s") or name in privates and not (
                isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
            out.append(f"{path.relative_to(GAME)}:{node.lineno} .{name}")
    return out


def test_nothing_outside_the_engine_reaches_inside_a_game() -> None:
    privates = _engine_privates()
    assert {"_cond", "_recompute_flags", "_events", "_check", "_charge", "_leven"} <= privates
    offences = []
    for path in sorted(GAME.rglob("*.py")):
        if path.is_relative_to(GAME / "engine"):
            continue
        offences += _offences(path, privates)
    assert offences == []
