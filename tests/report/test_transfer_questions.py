"""Issue 13, the debrief's Transfer: real transfer questions for every role (practice beside
the game), one that criticises the game's own picture of reality, and no question asked of
three roles or twice of one."""

from __future__ import annotations

from collections import Counter

import pytest

from game.bots.random_bot import RandomBot
from game.content import list_scenarios, load_scenario
from game.engine import Game
from game.engine.roles import PROFESSIONALS
from game.table import Table

CASUS = [c.id for c in list_scenarios()]


@pytest.mark.parametrize("casus", CASUS)
def test_transfer_questions_are_varied_and_look_at_practice(casus: str) -> None:
    sc = load_scenario(casus)
    for seed in (1, 2, 3):
        g = Game(sc, seed)
        bot = RandomBot(seed)
        while not g.is_over():
            g.apply(bot.choose(g, bot.rng.choice(g.to_move())))
        qs = Table(g).debrief("nl")["transfer"]["questions"]
        per_text = Counter(q["text"] for role in qs for q in qs[role])
        assert max(per_text.values()) <= 2, [t for t, n in per_text.items() if n > 2]
        for role, items in qs.items():
            texts = [q["text"] for q in items]
            assert len(texts) == len(set(texts)), (role, texts)
            assert len(items) <= 4
        for role in PROFESSIONALS:
            assert any(q["id"] == f"practice_gap:{role}" for q in qs[role]), (casus, role)
        assert any(q["id"] == "inwoner_real" for q in qs["inwoner"])
        critics = [r for r in PROFESSIONALS if any(q["id"] == "game_critique" for q in qs[r])]
        assert len(critics) == 1, critics
