"""Wat als? speed: 200 continuations of a Ron game on 2 processes, one line each:
NAME VALUE UNIT. Goal: wat_als_s <= 5 on a 2-core machine (issue 16). Never fails for
being slow.

The game is a whole Ron game played by the rule-of-thumb bots (as a class would leave it);
the change is "grijs budget from round 3". ``wat_als_s`` is the teacher's case (bots play
every role from the moment: the most work); ``wat_als_keep_s`` keeps the class's moves.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.bots.heuristic import HeuristicBot
from game.bots.play import play
from game.content import load_scenario
from game.engine import Game
from game.whatif import Change, run


def main() -> None:
    sc = load_scenario("ron")
    save = play(Game(sc, 7, "netwerkmodel"), HeuristicBot(7)).to_save()
    change = Change("force_on", round=3, what="grijs_budget")
    for name, keep in (("wat_als_s", False), ("wat_als_keep_s", True)):
        cpu0 = _cpu()
        t0 = time.perf_counter()
        run(sc, save, change, games=200, seed=1, keep=keep, processes=2)
        print(f"{name} {time.perf_counter() - t0:.2f} s")
        # the work itself, whatever else the machine is doing: on two idle cores the wall
        # time is about half of it
        print(f"{name.removesuffix('_s')}_cpu_s {_cpu() - cpu0:.2f} s")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the pool's workers)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()
