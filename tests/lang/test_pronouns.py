"""A casus names its inwoner's pronouns, so no screen says "hij/zij" about Ron: every text of
a played game of every shipped casus (events, reasons, the debrief, the text mode) is read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.bots.heuristic import HeuristicBot
from game.bots.play import play
from game.content import validate_paths
from game.content.loader import list_scenarios, load_scenario
from game.engine import Game
from game.engine.messages import msg
from game.lang import CATALOGUES, pronouns, render
from game.report.analysis import debrief
from game.ui.text import TextGame
from tests.content import minimal
from tests.content.minimal import CASUS

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
SHIPPED = sorted(c.id for c in list_scenarios())
BOTH = re.compile(r"\b(hij|zij|zijn|haar|hem|he|she|his|her|him|hers)\s*(/|of|or)\s*"
                  r"(hij|zij|zijn|haar|hem|he|she|his|her|him|hers)\b", re.IGNORECASE)


def strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from strings(v)
    elif isinstance(data, (list, tuple)):
        for v in data:
            yield from strings(v)


def test_the_pattern_finds_what_it_looks_for() -> None:
    for bad in ("wat hij/zij zelf wil", "Zijn of haar relaties", "his/her wish", "him / her"):
        assert BOTH.search(bad), bad
    assert not BOTH.search("Ron vertelt wat voor hem het belangrijkst is.")


def test_every_shipped_casus_names_its_pronouns() -> None:
    assert len(SHIPPED) >= 7
    for cid in SHIPPED:
        text = (SCENARIOS / f"{cid}.yaml").read_text(encoding="utf-8")
        assert re.search(r"^pronouns: (hij|zij|die|meervoud)$", text, re.MULTILINE), cid


@pytest.mark.parametrize("cid", SHIPPED)
def test_no_text_of_a_played_game_says_hij_zij(cid: str) -> None:
    sc = load_scenario(cid)
    game = play(Game(sc, seed=3), HeuristicBot(3))
    texts: list[str] = []
    for lang in ("nl", "en"):
        texts += [render(m, sc, lang) for _r, _p, m in game.state.log]
        texts += [render(msg("wish"), sc, lang)]
        texts += [render(r, sc, lang) for role in ("huisarts", "inwoner")
                  for _a, r in game.blocked_actions(role)]
        texts += list(strings(debrief(game, lang=lang)))
        # every catalogue text with this casus's names and pronouns filled in
        fill = {"inwoner": sc.casus.inwoner, **pronouns(sc, lang)}
        texts += [text.format_map(_Keep(fill)) for text in CATALOGUES[lang].values()]
    bad = [x for x in texts if BOTH.search(x)]
    assert not bad, bad[:5]


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def test_the_text_mode_speaks_of_the_inwoner_with_the_casus_pronoun(tmp_path: Path) -> None:
    for cid, nl, en in (("ron", "voor hem", "to him"), ("greet", "voor haar", "to her"),
                        ("sanne", "voor hen", "to them")):
        sc = load_scenario(cid)
        assert nl in render(msg("wish"), sc, "nl") and en in render(msg("wish"), sc, "en")
    out: list[str] = []
    sc = load_scenario("ron")
    game = Game(sc, seed=1)
    answers = iter(["1"] * 150)

    def read(_prompt: str) -> str:
        answer = next(answers, None)
        if answer is None:
            raise EOFError
        return answer

    TextGame(game, tmp_path / "save.json", "nl", read=read, write=out.append,
             handover=False).run()
    assert out and not [line for line in out if BOTH.search(line)]


def test_a_casus_with_unknown_pronouns_is_refused_where_it_says_so(tmp_path: Path) -> None:
    text = CASUS.replace("inwoner: ", "pronouns: hem\ninwoner: ", 1)
    errors = validate_paths([minimal.write(tmp_path, text)])
    assert len(errors) == 1
    e = errors[0]
    assert e.path == "pronouns" and "'hem'" in e.message and "meervoud" in e.message
    assert e.line == text.splitlines().index("pronouns: hem") + 1


@pytest.mark.parametrize("cid, nl, en", [("ron", "voor hem", "to him"),
                                         ("greet", "voor haar", "to her"),
                                         ("sanne", "voor hen", "to them")])
def test_the_coachs_tips_use_the_casus_pronouns(cid: str, nl: str, en: str) -> None:
    from game.bots.coach import Coach
    from game.content.coach import load_coach
    from game.engine import Action

    game = Game(load_scenario(cid), seed=1)
    coach, action = Coach(None), Action("huisarts", "keukentafelgesprek")
    filled = {lang: [coach._fill(getattr(tip.text, lang), game, action, lang)
                     for tip in load_coach().tips] for lang in ("nl", "en")}
    for lang, texts in filled.items():
        bad = [x for x in texts if BOTH.search(x) or re.search(r"\{[a-z]+\}", x)]
        assert not bad, (lang, bad)
    assert any(nl in x for x in filled["nl"]) and any(en in x for x in filled["en"])
