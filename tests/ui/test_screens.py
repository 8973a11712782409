"""Every scene at the smallest and largest window: controls inside the window and never on
top of each other; the headless screenshot command; the no-display message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.ui.screenshot import SCENES, build_scene
from tests.ui.conftest import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_controls_fit_the_window_and_do_not_overlap(make_app, size, lang) -> None:  # type: ignore[no-untyped-def]
    for scene in SCENES:
        app = make_app(size, lang)
        app._scenarios.clear()
        build_scene(app, scene, "mini", 3)
        app.pump(1)
        top = app.top
        window = pygame.Rect(0, 0, *size)
        rects = [(f.key, f.rect) for f in top.items]
        for key, r in rects:
            assert window.contains(r), f"{scene}: '{key}' {r} leaves the {size} window"
        for i, (k1, r1) in enumerate(rects):
            for k2, r2 in rects[i + 1:]:
                assert not r1.colliderect(r2), f"{scene}: '{k1}' overlaps '{k2}'"


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], text=True, capture_output=True,
                          cwd=ROOT, env=env, timeout=120, check=False)


def test_screenshot_renders_a_scene_headless(tmp_path: Path) -> None:
    out = tmp_path / "board.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(tmp_path)}
    done = _run("screenshot", "--scene", "board", "--scenario", "mini", "--seed", "3",
                "--size", "1280x720", "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    img = pygame.image.load(str(out))
    assert img.get_size() == (1280, 720)


@pytest.mark.skipif(sys.platform != "linux", reason="other systems always have a display")
def test_without_a_display_play_points_to_text_mode(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env.update({"PYTHONPATH": str(ROOT), "KRACHTENVELD_HOME": str(tmp_path)})
    done = _run("play", env=env)
    assert done.returncode != 0
    assert "--text" in done.stderr
    assert "Traceback" not in done.stderr


def test_mini_loader_is_the_test_scenario() -> None:
    assert load("mini").id == "mini"
