"""The read-only rich-text box (game/ui/widgets/richtext.py) of the glossary, the reader, the
end screen and the debrief: the whole text is there, it scrolls with the keys and the wheel,
bold and italic are drawn in their fonts, line breaks are kept, and no tag is ever shown."""

from __future__ import annotations

import pygame
import pytest

from game.ui.style import C, Style
from game.ui.widgets.richtext import RichText, parse, plain_text
from tests.ui.helpers import drawn, key


def open_glossary(make_app, size=(1280, 720), lang="nl"):  # type: ignore[no-untyped-def]
    from game.ui.scenes.title import TitleScene

    app = make_app(size, lang)
    app.push(TitleScene(app))
    app.pump(1)
    key(app, pygame.K_F1)
    assert app.top.name == "glossary"
    return app


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_glossary_term_is_in_the_drawn_text(make_app, lang) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.glossary import load_glossary

    app = open_glossary(make_app, lang=lang)
    text = drawn(app)
    terms = load_glossary()
    assert len(terms) > 10
    for term in terms:
        assert str(term["term"][lang]) in text, term["term"][lang]
        # the first words of its explanation too (the box counts its whole text as drawn)
        assert " ".join(str(term["text"][lang]).split()[:4]) in text


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_page_down_scrolls_without_skipping_a_line_and_end_shows_the_last(make_app, size) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.glossary import load_glossary

    app = open_glossary(make_app, size)
    scene = app.top
    box, bar = scene.box, scene.scroll_bar
    assert bar is not None, "the glossary does not fit: it scrolls"
    assert bar.start_percentage == 0 and 0 < bar.visible_percentage < 1
    before = box.visible_lines()
    key(app, pygame.K_PAGEDOWN)
    assert bar.start_percentage > 0
    after = box.visible_lines()
    assert after != before
    # a page keeps the last line in sight: nothing is skipped
    assert box.visible_range().start <= box.offset // box.step
    assert box.visible_range().start < box.visible_range().stop
    assert before[-1] in after or before[-2] in after
    key(app, pygame.K_PAGEUP)
    assert bar.start_percentage == 0 and box.visible_lines() == before

    last_term = max(load_glossary(), key=lambda x: str(x["term"]["nl"]).lower())
    last_word = str(last_term["text"]["nl"]).split()[-1]
    assert last_word not in "\n".join(box.visible_lines()[-1:])
    key(app, pygame.K_END)
    assert bar.start_percentage == pytest.approx(1 - bar.visible_percentage, abs=1e-3)
    assert box.visible_lines()[-1] == box.lines[-1].text
    assert box.visible_lines()[-1].endswith(last_word)
    key(app, pygame.K_HOME)
    assert bar.start_percentage == 0


def test_the_mouse_wheel_scrolls_the_text(make_app) -> None:  # type: ignore[no-untyped-def]
    app = open_glossary(make_app)
    bar = app.top.scroll_bar
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-2, flipped=False,
                                         precise_x=0.0, precise_y=-2.0, touch=False))
    app.pump(1)
    down = bar.start_percentage
    assert down > 0
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False,
                                         precise_x=0.0, precise_y=1.0, touch=False))
    app.pump(1)
    assert 0 <= bar.start_percentage < down


def test_no_line_is_wider_than_the_box(make_app) -> None:  # type: ignore[no-untyped-def]
    for size in ((1280, 720), (1920, 1080)):
        app = open_glossary(make_app, size)
        box = app.top.box
        assert all(line.width <= box.view.width for line in box.lines)
        assert box.view.right < box.track().x  # the text stays clear of the scroll bar
        assert box.rect.contains(box.track())


def box_for(markup: str, size: tuple[int, int] = (1280, 720),
            rect: tuple[int, int, int, int] = (10, 10, 600, 300)) -> RichText:
    return RichText(markup, pygame.Rect(rect), Style(size))


def ink(surface: pygame.Surface, rect: pygame.Rect) -> int:
    """How many pixels in rect are drawn in the text's colour (or near it)."""
    paper = C("panel")
    n = 0
    for x in range(rect.left, rect.right):
        for y in range(rect.top, rect.bottom):
            c = surface.get_at((x, y))
            if sum(abs(c[k] - paper[k]) for k in range(3)) > 200:
                n += 1
    return n


def test_bold_text_is_drawn_with_the_bold_font(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()  # pygame and a display
    bold, plain = box_for("<b>Woordenlijst</b>"), box_for("Woordenlijst")
    assert [p.bold for p in bold.lines[0].pieces] == [True]
    assert bold.lines[0].width == bold.font(bold=True).size("Woordenlijst")[0]
    assert bold.lines[0].width > plain.lines[0].width
    shots = []
    for box in (bold, plain):
        surface = pygame.Surface((640, 340))
        box.draw(surface)
        shots.append(ink(surface, box.view))
    assert shots[0] > shots[1] * 1.2, "the bold word has thicker strokes"


def test_italic_and_mixed_words_and_entities() -> None:
    runs = parse("<b>Ron</b> <i>(beide · GP)</i><br>A &amp; B &lt;b&gt;&#x27;x&#x27;")
    assert runs[0] == [("Ron", True, False), (" ", False, False), ("(beide · GP)", False, True)]
    assert runs[1] == [("A & B <b>'x'", False, False)]  # an escaped tag is text, not bold


def test_line_breaks_are_kept(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()
    box = box_for("een<br>twee<br><br>drie\nvier<br/>vijf")
    assert [line.text for line in box.lines] == ["een", "twee", "", "drie", "vier", "vijf"]


def test_an_unknown_tag_is_never_shown(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()
    markup = ("<font color='#FF0000'>rood</font> <u>onder</u> <p>alinea</p> "
              "<a href='x'>link</a> <B>VET</B>")
    box = box_for(markup)
    text = "\n".join(line.text for line in box.lines)
    assert text == plain_text(markup) == "rood onder alinea link VET"
    assert "<" not in text and "font" not in text and "href" not in text
    assert box.lines[0].pieces[-1].bold  # tags are read in any case


def test_a_word_longer_than_the_line_is_split_not_cut(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()
    word = "Wlz" * 60
    box = box_for(f"kort {word} eind", rect=(0, 0, 300, 800))
    assert len(box.lines) > 2
    assert all(line.width <= box.view.width for line in box.lines)
    assert "".join(line.text.rstrip("-") for line in box.lines).replace(" ", "") == (
        f"kort{word}eind")


def test_a_text_that_fits_has_no_scroll_bar_and_keys_do_nothing(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()
    box = box_for("<b>kort</b><br>nog een regel")
    assert box.scroll_bar is None and box.bar_width == 0
    box.scroll_pages(1)
    assert box.offset == 0 and box.visible_lines() == ["kort", "nog een regel"]


def test_the_thumb_can_be_dragged_and_the_track_clicked(make_app) -> None:  # type: ignore[no-untyped-def]
    make_app()
    box = box_for("<br>".join(f"regel {n}" for n in range(80)))
    bar = box.scroll_bar
    assert bar is not None
    thumb = box.thumb()
    ev = pygame.event.Event
    assert box.handle(ev(pygame.MOUSEBUTTONDOWN, pos=thumb.center, button=1), thumb.center)
    to = (thumb.centerx, box.track().bottom + 50)
    assert box.handle(ev(pygame.MOUSEMOTION, pos=to, rel=(0, 0), buttons=(1, 0, 0)), to)
    assert box.handle(ev(pygame.MOUSEBUTTONUP, pos=to, button=1), to)
    assert box.offset == box.max_offset and box.visible_lines()[-1] == "regel 79"
    top = (thumb.centerx, box.track().top + 2)
    assert box.handle(ev(pygame.MOUSEBUTTONDOWN, pos=top, button=1), top)  # the track: a page
    assert 0 < box.offset < box.max_offset


def test_the_end_screen_and_the_transfer_page_draw_their_whole_text(make_app) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import click_item, to_debrief
    from tests.ui.test_debrief import finished

    app = finished(make_app, lang="en")
    assert app.top.name == "end"
    epilogue = str(app.session.scenario.casus.epilogue.get("en"))
    text = drawn(app)
    assert " ".join(epilogue.split()[-5:]) in text and "<b>" not in text
    assert all(line.width <= app.top.epilogue.view.width for line in app.top.epilogue.lines)
    to_debrief(app)
    click_item(app, "tab_transfer")
    text = drawn(app)
    assert " ".join(epilogue.split()[-5:]) in text
    assert "<i>" not in text and "&#x27;" not in text
