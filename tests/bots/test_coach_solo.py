"""Solo practice: bots play the other teams, and the coach explains a good move."""

from __future__ import annotations

import json
from pathlib import Path

from game.bots.coach import Coach
from game.bots.heuristic import HeuristicBot
from game.content import load_scenario
from game.content.coach import load_coach
from game.engine import Game
from game.ui.text import TextGame


def test_coach_explains_with_the_lesson_and_only_suggests_legal_moves() -> None:
    sc = load_scenario("ron")
    game = Game(sc, 5, "netwerkmodel")
    coach = Coach(HeuristicBot(5))
    seen_lessons = set()
    while not game.is_over() and game.round <= 2:
        role = game.to_move()[0]
        tip = coach.tip(game, role)
        assert tip is not None
        assert tip.action in game.legal_actions(role)
        assert tip.text("nl") and tip.text("en") and tip.text("nl") != tip.text("en")
        assert "{" not in tip.text("nl")  # placeholders filled
        seen_lessons.add(tip.lesson)
        game.apply(tip.action)
    assert len(seen_lessons) >= 2


def test_coach_asks_for_the_wish_while_it_is_unknown() -> None:
    tips = load_coach()
    first = next(t for t in tips.tips if t.action == "keukentafelgesprek")
    assert first.wish_unknown and first.lesson == "L3"


def test_solo_text_game_bots_play_the_other_teams(tmp_path: Path) -> None:
    sc = load_scenario("greet")
    game = Game(sc, 2, "teammodel")
    out: list[str] = []
    prompts: list[str] = []

    def read(prompt: str) -> str:
        prompts.append(prompt)
        if len(prompts) == 1:
            return "t"
        if len(prompts) > 40:
            raise EOFError
        return "1"

    bots = {r: HeuristicBot(i) for i, r in enumerate(("huisarts", "wijkverpleegkundige",
                                                      "inwoner"))}
    tg = TextGame(game, tmp_path / "solo.json", read=read, write=out.append, bots=bots,
                  coach=Coach(HeuristicBot(9)))
    assert tg.run() == 0
    text = "\n".join(out)
    assert "Tip van de coach" in text
    assert "(bot):" in text
    # the human only ever played the sociaal werker
    saved = json.loads((tmp_path / "solo.json").read_text())
    assert saved["actions"]
    assert "Beurt: team Huisarts" not in text
    assert tg.resume_command().startswith("krachtenveld solo --role sociaal_werker --load")
