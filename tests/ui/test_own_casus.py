"""A teacher's own casus on the board (issue 14): the set-up lists the casussen in the
user's folder beside the shipped ones, and F9 reads that folder again."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content import clear_cache
from game.content.newscenario import template
from game.ui.app import App, init_display
from game.ui.scenes.setup import SetupScene
from game.ui.scenes.title import TitleScene
from tests.ui.helpers import drawn, key


def test_the_set_up_lists_own_casussen_and_f9_reads_them_again(home: Path) -> None:
    own = home / "scenarios"
    own.mkdir(parents=True)
    (own / "mehmet.yaml").write_text(template("mehmet"), encoding="utf-8")
    clear_cache()
    app = App((1280, 720), "nl", screen=init_display((1280, 720)))
    try:
        ids = app.casus_ids()
        assert "ron" in ids and ids[-1] == "mehmet"  # beside the shipped ones, after them
        app.push(SetupScene(app))
        app.pump(2)
        assert app.top.item("casus:mehmet") is not None
        app.pop()
        app.push(TitleScene(app))
        (own / "aylin.yaml").write_text(template("aylin"), encoding="utf-8")
        key(app, pygame.K_F9)
        assert app.reload_status == "ok"
        assert "aylin" in app.casus_ids()
        # a mistake in an own casus is shown, like one in a shipped casus
        (own / "aylin.yaml").write_text(template("aylin").replace("title:", "titel:", 1),
                                        encoding="utf-8")
        key(app, pygame.K_F9)
        assert app.reload_status == "errors"
        assert "aylin.yaml" in drawn(app)
    finally:
        pygame.quit()
        clear_cache()
