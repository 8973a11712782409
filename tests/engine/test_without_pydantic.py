"""The engine runs its rules without pydantic: a scenario read (and validated) by the content
layer is pickled, and a fresh Python in which pydantic cannot be imported unpickles it and
plays a whole game with the engine alone. The state hash at the end is the one this process
gets for the same moves, so the definitions behave the same after the trip."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from game.content import load_scenario
from game.engine import Game
from tests.engine.random_play import play

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import pickle, sys
for blocked in ("pydantic", "pydantic_core"):
    sys.modules[blocked] = None  # import pydantic now raises ImportError
scenario, game = pickle.loads(sys.stdin.buffer.read())
from tests.engine.random_play import play
moves = play(game, 7)
again = play(game.clone(), 7)  # a clone of an ended game is ended too
assert again == 0, again
from game.engine import Game
fresh = play(Game(scenario, 11, "brugfunctiemodel"), 11)
assert not [m for m in sys.modules if m.startswith(("game.content", "game.bots", "yaml"))], \\
    sorted(m for m in sys.modules if m.startswith("game."))
print(moves, fresh, game.state_hash(), game.result().ending)
"""


def test_a_whole_game_without_pydantic() -> None:
    scenario = load_scenario("ron")
    game = Game(scenario, 3, "netwerkmodel")
    blob = pickle.dumps((scenario, game))
    done = subprocess.run([sys.executable, "-c", CHILD], input=blob, capture_output=True,
                          cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()
    moves, fresh, state_hash, ending = done.stdout.decode().split()
    mine = Game(scenario, 3, "netwerkmodel")
    assert int(moves) == play(mine, 7) > 10
    assert mine.is_over()
    assert (state_hash, ending) == (mine.state_hash(), str(mine.result().ending))
    assert int(fresh) == play(Game(scenario, 11, "brugfunctiemodel"), 11)


def test_the_block_is_real() -> None:
    """The child's way of blocking pydantic does block it (else the test above proves
    nothing)."""
    code = "import sys; sys.modules['pydantic'] = None\nimport game.content"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT,
                          timeout=120, check=False)
    assert done.returncode != 0
    assert b"ImportError" in done.stderr or b"ModuleNotFoundError" in done.stderr


def test_a_scenario_pickles_to_an_equal_one() -> None:
    """The engine's definitions pickle on their own: equal, not the same objects, and a
    condition's cached key survives."""
    scenario = load_scenario("ron")
    back = pickle.loads(pickle.dumps(scenario))
    assert back == scenario and back is not scenario
    endings = [e.condition for e in back.casus.endings if e.condition is not None]
    assert endings and [c.key for c in endings] == [
        c.key for c in (e.condition for e in scenario.casus.endings) if c is not None]
