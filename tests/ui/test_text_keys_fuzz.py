"""Any key at any moment of the text mode (issue 12): numbers, gone numbers, h N, u, v, b,
w, odd digits, words, nothing — the game never stops with a traceback, plays only legal
moves, and its save always replays to the very game on the screen."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content import load_scenario
from game.engine import Game
from game.table import Table
from game.ui.text import TextGame
from tests.ui.helpers import scripted

KEYS = ["1", "2", "3", "4", "7", "14", "0", "-1", "99", "h", "h 2", "h 99", "h²", "u", "v",
        "b", "w", "t", "?", "", " 3 ", "klaar", "²", "٣", "inwoner:klaar"]
SC = load_scenario("ron")


@settings(max_examples=40, deadline=None)
@given(keys=st.lists(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), max_size=60),
       seed=st.integers(0, 3), handover=st.booleans())
def test_any_keys_never_crash_and_the_save_is_the_game(keys: list[str], seed: int,
                                                       handover: bool) -> None:
    out: list[str] = []
    read = scripted(keys, out)

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "spel.json"
        tg = TextGame(Table(Game(SC, seed), save_path=path), read=read, write=out.append,
                      handover=handover, clear=lambda: None)
        assert tg.run() == 0
        assert all(isinstance(line, str) for line in out)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["actions"] == tg.game.history
        assert Game.from_save(data, SC).state_hash() == tg.game.state_hash()
