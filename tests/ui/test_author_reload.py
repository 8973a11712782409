"""The author's reload key (F9): scenario files are read again and the game restarts on them,
or their mistakes are shown on screen while the game stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game import paths
from game.content import clear_cache
from tests.ui.helpers import drawn, key

TEAMS = {"huisarts": "De Dokters"}


@pytest.fixture
def scenarios(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped scenarios, which the content loader now reads."""
    folder = tmp_path / "scenarios"
    shutil.copytree(paths.scenarios_dir(), folder)
    monkeypatch.setattr(paths, "scenarios_dir", lambda: folder)
    clear_cache()
    yield folder
    clear_cache()


def playing(make_app: object, moves: int = 3) -> object:
    app = make_app(casus="ron")  # type: ignore[operator]
    app.start_game("ron", 7, "teammodel", "zwaar", dict(TEAMS))
    game = app.session.game
    for _ in range(moves):
        role = game.to_move()[0]
        app.session.apply(game.legal_actions(role)[0])
    assert len(game.history) == moves
    app.flow()
    app.pump(2)
    return app


def test_f9_with_valid_files_restarts_the_game(make_app: object, scenarios: Path) -> None:
    app = playing(make_app)
    old = app.session
    key(app, pygame.K_F9)
    assert app.reload_status == "ok"
    s = app.session
    assert s is not old
    assert s.game.history == []
    st = s.game.state
    assert (st.seed, st.model, st.difficulty) == (7, "teammodel", "zwaar")
    assert s.teams == TEAMS
    assert s.save_path == old.save_path
    assert app.top is not None and app.top.name != "reload_report"


def break_ron(folder: Path) -> int:
    """Misspell the casus's `title` key; returns the line it is on."""
    path = folder / "ron.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    i = lines.index("title:")
    lines[i] = "titel:"
    path.write_text("\n".join(lines), encoding="utf-8")
    return i + 1


def test_f9_shows_mistakes_and_keeps_the_game(make_app: object, scenarios: Path) -> None:
    app = playing(make_app)
    old = app.session
    history = list(old.game.history)
    below = app.top.name
    line = break_ron(scenarios)
    key(app, pygame.K_F9)
    assert app.reload_status == "errors"
    assert app.top.name == "reload_report"
    text = drawn(app)
    assert f"ron.yaml:{line}:1" in text
    assert "titel" in text
    assert app.session is old and app.session.game.history == history
    key(app, pygame.K_ESCAPE)
    assert app.top.name == below
    assert app.session is old and app.session.game.history == history


def test_f9_again_after_fixing_restarts(make_app: object, scenarios: Path) -> None:
    app = playing(make_app)
    path = scenarios / "ron.yaml"
    good = path.read_text(encoding="utf-8")
    break_ron(scenarios)
    key(app, pygame.K_F9)
    assert app.top.name == "reload_report"
    path.write_text(good, encoding="utf-8")
    key(app, pygame.K_F9)  # pressed on the report itself
    assert app.reload_status == "ok"
    assert app.session.game.history == []
    assert all(s.name != "reload_report" for s in app.scenes)


def test_f9_without_a_game_reports_ok(make_app: object, scenarios: Path) -> None:
    from game.ui.scenes.title import TitleScene

    app = make_app(casus="ron")  # type: ignore[operator]
    app.push(TitleScene(app))
    key(app, pygame.K_F9)
    assert app.reload_status == "ok"
    assert app.top.name == "reload_report"
    assert "OK" in drawn(app)
    key(app, pygame.K_ESCAPE)
    assert app.top.name == TitleScene.name


def test_an_unexpected_failure_is_shown_not_raised(make_app: object, scenarios: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import game.content

    app = playing(make_app)
    old = app.session

    def boom(_paths: object) -> list[object]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(game.content, "validate_paths", boom)
    key(app, pygame.K_F9)
    assert app.reload_status == "crash"
    assert "disk on fire" in drawn(app)
    assert app.session is old


def test_many_mistakes_scroll_and_are_readable(make_app: object, scenarios: Path) -> None:
    from game.content.errors import ContentError
    from game.ui.scenes.errors import ReloadReportScene, content_lines

    app = make_app(size=(1920, 1080))  # type: ignore[operator]
    errs = [ContentError(f"scenarios/f{i}.yaml", i + 1, 3, "problems[0]", "word " * 60)
            for i in range(30)]
    scene = app.push(ReloadReportScene(app, content_lines(errs), "t", "s"))
    app.pump(1)
    bar = scene.scroll_bar
    assert bar is not None, "30 long mistakes do not fit: the list scrolls"
    assert bar.start_percentage == 0
    assert all(f"scenarios/f{i}.yaml:{i + 1}:3" in scene.html for i in range(30))
    assert "Pijltjes" in drawn(app)  # the hint that it scrolls
    key(app, pygame.K_END)
    assert bar.start_percentage == pytest.approx(1.0 - bar.visible_percentage, abs=1e-3)
    key(app, pygame.K_HOME)
    assert bar.start_percentage == 0


@pytest.mark.parametrize(("lang", "said"), [
    ("nl", "titel: de sleutel 'titel' bestaat hier niet; bedoel je 'title'?"),
    ("en", "titel: unknown key 'titel'; did you mean 'title'?")])
def test_the_reload_report_says_the_mistakes_in_the_board_language(
        make_app: object, scenarios: Path, lang: str, said: str) -> None:
    """Issue 10: the teacher reads what is wrong in the board's language, with file and place."""
    from game.ui.scenes.title import TitleScene

    app = make_app(casus="ron", lang=lang)  # type: ignore[operator]
    app.push(TitleScene(app))
    line = break_ron(scenarios)
    key(app, pygame.K_F9)
    assert app.reload_status == "errors"
    html = app.top.html
    assert f"ron.yaml:{line}:1</b><br>{said}" in html
