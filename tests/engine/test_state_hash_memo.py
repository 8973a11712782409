"""state_hash keeps each log entry's text between calls (issue 11: the classroom host saves,
with the hash, after every move) and makes its dataclasses' JSON without deep copies. The
hash must stay the one the engine gave before (by_definition below) after every move, in a clone that goes
another way, and in a game replayed from a save (old saves keep their hashes:
test_reference_saves.py)."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import asdict
from typing import Any

from game.content import load_scenario
from game.engine import Game, Message


def _jsonable(o: Any) -> Any:
    if isinstance(o, set | frozenset):
        return sorted(o)
    if hasattr(o, "__dataclass_fields__"):
        return asdict(o)
    if isinstance(o, Message):
        return o.to_dict()
    return str(o)


def by_definition(game: Game) -> str:
    """The hash as the engine computed it before issue 11 (deep copies, the whole log)."""
    s = game._s
    d = {k: getattr(s, k) for k in s.__slots__ if k not in ("rng", "log", "flags")}
    for k in ("struck", "model_now", "ignored_wish"):
        if not d[k]:
            del d[k]
    d = json.loads(json.dumps(d, default=_jsonable, sort_keys=True))
    d["rng"] = hashlib.sha256(repr(s.rng.getstate()).encode()).hexdigest()
    d["log"] = [[r, p, m.to_dict()] for r, p, m in s.log]
    blob = json.dumps(d, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def test_the_hash_is_its_definition_after_every_move_and_in_a_clone() -> None:
    game = Game(load_scenario("ron"), 3)
    rng = random.Random(3)
    seen = set()
    clone = None
    while not game.is_over():
        assert game.state_hash() == by_definition(game)
        seen.add(game.state_hash())
        if len(game.history) == 20:
            clone = game.clone()
        role = rng.choice(sorted(game.to_move()))
        game.apply(rng.choice(game.legal_actions(role)))
    assert game.state_hash() == by_definition(game)
    assert len(seen) > 20  # the hash follows the game (the memo is not stuck)
    assert clone is not None and len(clone.history) == 20
    # the clone shares the original's first log entries, then goes its own way
    other = random.Random(99)
    while not clone.is_over() and len(clone.history) < 60:
        role = other.choice(sorted(clone.to_move()))
        clone.apply(other.choice(clone.legal_actions(role)))
        assert clone.state_hash() == by_definition(clone)
    assert game.state_hash() == by_definition(game)
    replayed = Game.from_save(game.to_save(), game.scenario)
    assert replayed.state_hash() == game.state_hash()
