"""Issue 13: the debrief and the teacher's card of Lina name the JGZ nurse, and the card
says what she does in this casus; Ron's still name the wijkverpleegkundige."""

from __future__ import annotations

import re

import pytest

from game.bots.heuristic import HeuristicBot
from game.content import load_scenario
from game.engine import Game
from game.report.analysis import debrief
from game.report.casuscard import card_html
from game.report.html import render_html

CATALOGUE_WORD = re.compile(r"wijkverpl|district nurse", re.IGNORECASE)


def visible(html: str) -> str:
    """The text of a page a reader sees (no tags, no attributes)."""
    return re.sub(r"<[^>]*>", " ", html)


def played(casus: str) -> Game:
    g = Game(load_scenario(casus), 2, "teammodel")
    bot = HeuristicBot(2)
    while not g.is_over():
        g.apply(bot.choose(g, g.to_move()[0]))
    return g


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lina_debrief_names_the_jgz_nurse(lang: str) -> None:
    d = debrief(played("lina"), lang=lang)
    assert d["meta"]["roles"]["wijkverpleegkundige"] == (
        "JGZ-verpleegkundige" if lang == "nl" else "Youth health nurse")
    text = visible(render_html(d))
    assert "JGZ" in text or "youth health nurse" in text.lower()
    assert not CATALOGUE_WORD.search(text), CATALOGUE_WORD.findall(text)[:5]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lina_teacher_card_says_who_the_nurse_is(lang: str) -> None:
    text = visible(card_html(load_scenario("lina"), lang))
    assert "JGZ" in text
    assert ("jeugdgezondheidszorg" if lang == "nl" else "youth health care") in text
    assert not CATALOGUE_WORD.search(text), CATALOGUE_WORD.findall(text)[:5]


def test_ron_teacher_card_and_debrief_keep_the_wijkverpleegkundige() -> None:
    d = debrief(played("ron"), lang="nl")
    assert d["meta"]["roles"]["wijkverpleegkundige"] == "Wijkverpleegkundige"
    assert "Wijkverpleegkundige" in visible(render_html(d))
    assert "JGZ" not in visible(card_html(load_scenario("ron"), "nl"))
