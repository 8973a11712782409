"""The HTML report: self-contained, escaped, well-formed, four DATA parts, print CSS."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

import pytest

from game.engine import Game
from game.report.command import build_report
from tests.report.games import passive_game, random_game, save_with_extras

VOID = {"meta", "br", "img", "hr", "input", "link", "source", "wbr", "col", "area", "base",
        "embed", "track", "param"}
SVG_SELF_CLOSING = {"polygon", "polyline", "line", "circle", "rect", "path", "ellipse"}


class Checker(HTMLParser):
    """Counts tags and checks that every element that is opened is closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: dict[str, int] = {}
        self.errors: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs.extend((tag, k, v) for k, v in attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs.extend((tag, k, v) for k, v in attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()


@pytest.fixture(scope="module")
def game() -> Game:
    return random_game("ron", seed=11)


EVIL_TEAM = '<script>alert("team")</script>'
EVIL_ANSWER = 'Eerst vragen</p><img src=x onerror="alert(1)"> & "meer" \'nog\''


@pytest.fixture(scope="module")
def html(game: Game) -> str:
    data = save_with_extras(game, teams={"huisarts": EVIL_TEAM, "inwoner": "Team & <Ron>"},
                            application={"huisarts": EVIL_ANSWER})
    return build_report(data, lang="nl", generated="2026-11-24")[0]


def test_well_formed_with_four_parts_and_charts(html: str) -> None:
    c = Checker()
    c.feed(html)
    c.close()
    assert not c.errors, c.errors[:5]
    assert c.stack == [], c.stack
    ids = {v for _t, k, v in c.attrs if k == "id"}
    assert {"p1", "p2", "p3", "p4"} <= ids
    assert c.tags.get("svg", 0) >= 3  # timeline, spider web, ledger (and blocking forces)
    classes = " ".join(v or "" for t, k, v in c.attrs if t == "svg" and k == "class")
    for kind in ("chart-timeline", "chart-spider", "chart-bars"):
        assert kind in classes
    # the teacher's summary first, the four DATA parts, every move last (issue 13)
    assert c.tags.get("section", 0) == 6
    order = [v for _t, k, v in c.attrs if k == "id" and v in
             ("summary", "p1", "p2", "p3", "p4", "moves")]
    assert order == ["summary", "p1", "p2", "p3", "p4", "moves"], order


def test_no_internal_file_names_in_the_report(html: str) -> None:
    """Sources are named by their titles, never as '004_7d6c601b4000df11.txt'."""
    import re

    assert not re.search(r"\b\d{3}_[0-9a-f]{16}\.txt\b", html)


def test_the_summary_holds_the_figures_and_each_teams_monday_answer(html: str) -> None:
    head = html[html.index('id="summary"'):html.index('id="p1"')]
    assert "Samenvatting voor de docent" in head
    assert "Crises" in head and "Geld in de verkeerde zak" in head
    assert "Wat doe je maandag anders?" in head
    assert EVIL_ANSWER not in head  # escaped, as everywhere


def test_self_contained_no_scripts_no_fetches(html: str) -> None:
    c = Checker()
    c.feed(html)
    assert "script" not in c.tags
    assert "img" not in c.tags and "link" not in c.tags and "iframe" not in c.tags
    assert not [a for a in c.attrs if a[1] in ("src", "srcset", "xlink:href")]
    assert not [a for a in c.attrs if a[1] == "href" and not (a[2] or "").startswith("#")]
    low = html.lower()
    assert "http://" not in low and "https://" not in low
    assert "@import" not in low and "url(" not in low and "@font-face" not in low


def test_every_text_is_escaped(html: str) -> None:
    assert EVIL_TEAM not in html and "<script" not in html.lower()
    assert "&lt;script&gt;alert(&quot;team&quot;)&lt;/script&gt;" in html
    assert "<img" not in html
    assert "Eerst vragen&lt;/p&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "Team &amp; &lt;Ron&gt;" in html


def test_print_css_for_a4_with_a_page_per_part(html: str) -> None:
    assert "@page" in html and "A4" in html
    assert "section.part { break-before: page" in html


def test_dutch_and_english() -> None:
    game = passive_game("greet")
    nl = build_report(game.to_save(), lang="nl")[0]
    en = build_report(game.to_save(), lang="en")[0]
    assert '<html lang="nl">' in nl and "Nabespreking" in nl and "Toepassing" in nl
    assert '<html lang="en">' in en and "Debrief" in en and "Application" in en
    assert escape(game.scenario.casus.epilogue.en.split(".")[0]) in en


def test_the_json_log_has_the_save_the_debrief_and_every_event(game: Game) -> None:
    _html, log = build_report(game.to_save(), lang="en")
    assert log["save"]["actions"] == game.history
    assert len(log["events"]) == len(game.state.log)
    assert log["debrief"]["meta"]["scenario"] == "ron"
    steps = [e["step"] for e in log["events"] if e["step"] is not None]
    assert steps == sorted(steps) and max(steps) == len(game.history) - 1
    private = [e for e in log["events"] if e["code"] == "learned"]
    # what a role learns is seen by that role only (and by the inwoner, who told it)
    assert private and all(e["params"]["role"] in e["visible_to"]
                           and set(e["visible_to"]) <= {e["params"]["role"], "inwoner"}
                           for e in private)
