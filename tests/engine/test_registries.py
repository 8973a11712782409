"""Every effect and condition of the content vocabulary has its one function in the engine's
registries (game/engine/effects.py, game/engine/conditions.py), and every op its legality
and what playing it does (game/engine/legality.py, game/engine/ops.py)."""

from __future__ import annotations

from dataclasses import fields

from game.engine.conditions import CONDITIONS
from game.engine.defs import Condition, Effect
from game.engine.effects import EFFECTS


def test_every_effect_of_the_vocabulary_has_a_function() -> None:
    assert set(EFFECTS) == {f.name for f in fields(Effect)}


def test_every_condition_of_the_vocabulary_has_a_function() -> None:
    keys = {"not" if name == "not_" else name for name in (f.name for f in fields(Condition))}
    assert set(CONDITIONS) == keys


def test_every_op_has_its_legality_and_what_playing_it_does() -> None:
    from typing import get_args

    from game.engine.defs import Op
    from game.engine.legality import TARGET_CHECKS
    from game.engine.ops import OPS

    ops = set(get_args(Op))
    assert set(TARGET_CHECKS) == ops
    assert set(OPS) == ops


def test_every_op_offers_targets() -> None:
    """Each op's targets come from the content (``static_targets``) or from its function in
    ``TARGETS``; an op with neither would never be on offer."""
    from types import SimpleNamespace
    from typing import get_args

    from game.engine.defs import Op
    from game.engine.moves import TARGETS, static_targets

    for op in get_args(Op):
        card = SimpleNamespace(op=op, id="x")
        fixed = static_targets("huisarts", card)  # type: ignore[arg-type]
        assert (fixed is None) == (op in TARGETS), op
        assert fixed is None or len(fixed) > 0, op
