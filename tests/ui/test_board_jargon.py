"""Issue 12, "Jargon goes": the board says how many rounds a force lasts in words a class
reads ("rondes over: 3"), not the short "nog 3 r." or "3 rnd left". Every board scene is
drawn in both languages and its texts are searched."""

from __future__ import annotations

import re

import pytest

from game.ui.screenshot import build_scene
from tests.ui.helpers import drawn, needs_ron

SHORT_ROUNDS = re.compile(r"nog \d+ r\.|\d+ rnd left")


@needs_ron
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scene", ["board", "busy", "force", "inwoner", "target"])
def test_no_short_round_count_on_the_board(make_app, lang, scene) -> None:  # type: ignore[no-untyped-def]
    app = make_app((1920, 1080), lang, "ron")
    app._scenario_ids = None
    build_scene(app, scene, "ron", 3)
    app.pump(1)
    text = drawn(app)
    assert text.strip(), "nothing was drawn"
    bad = SHORT_ROUNDS.findall(text)
    assert not bad, f"short round count on the {scene} board ({lang}): {bad}"
    word = "rondes over" if lang == "nl" else "rounds left"
    assert word in text, f"the force's rounds are not on the {scene} board"
