"""Which log lines the board shows when its log panel is small: the newest whole entries,
under the heading of their part, and never without the newest entry (a crisis warning in a
small log panel was once pushed out by the heading that stays in sight)."""

from __future__ import annotations

from game.ui.scenes.board.panels import LogLine, visible_log_lines


def entry(text: str, lines: int = 1, head: bool = False) -> list[LogLine]:
    return [(f"{text} {i}", False, i == 0, head) for i in range(lines)]


def texts(lines: list[LogLine]) -> list[str]:
    return [ln for ln, _new, _first, _head in lines]


def test_the_heading_takes_the_place_of_the_oldest_entries_not_the_newest() -> None:
    log = entry("Leven", head=True) + entry("oud", 2) + entry("crisis", 2)
    shown = visible_log_lines(log, 4)
    assert texts(shown) == ["Leven 0", "crisis 0", "crisis 1"]


def test_when_only_the_newest_entry_fits_it_is_shown_without_its_heading() -> None:
    log = entry("Leven", head=True) + entry("oud", 1) + entry("crisis", 3)
    shown = visible_log_lines(log, 3)
    assert texts(shown) == ["crisis 0", "crisis 1", "crisis 2"]


def test_everything_that_fits_is_shown_as_it_was() -> None:
    log = entry("Leven", head=True) + entry("a", 2) + entry("b")
    assert visible_log_lines(log, 10) == log
    # a half entry at the top is left out, and the heading comes back above the rest
    shown = visible_log_lines(entry("Leven", head=True) + entry("a", 3) + entry("b") +
                              entry("c"), 3)
    assert texts(shown) == ["Leven 0", "b 0", "c 0"]
