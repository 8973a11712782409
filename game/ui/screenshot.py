"""Render any scene headless to a PNG: ``krachtenveld screenshot --scene board ...``.

Uses SDL's dummy video driver, so it works without a display (CI, documentation). The board
is shown for the first professional team of round 1, after the inwoner team has played.
"""

from __future__ import annotations

import os
from pathlib import Path

SCENES = ("title", "setup", "board", "handover", "force", "summary", "end", "glossary",
          "facilitator", "inwoner")


def _headless() -> None:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def build_scene(app: object, scene: str, scenario: str, seed: int, model: str = "netwerkmodel",
                difficulty: str = "normaal") -> None:
    """Put ``app`` in the state that shows ``scene`` (a fresh game where one is needed)."""
    from game.engine import Action
    from game.ui.app import App
    from game.ui.scenes.board import BoardScene
    from game.ui.scenes.end import EndScene
    from game.ui.scenes.facilitator import FacilitatorScene
    from game.ui.scenes.glossary import GlossaryScene
    from game.ui.scenes.handover import ForceScene, HandoverScene, RoundSummaryScene
    from game.ui.scenes.setup import SetupScene
    from game.ui.scenes.title import TitleScene

    assert isinstance(app, App)
    if scene == "title":
        app.push(TitleScene(app))
        return
    if scene == "setup":
        app.push(SetupScene(app, scenario=scenario, seed=seed))
        return
    if scene == "glossary":
        app.push(TitleScene(app))
        app.push(GlossaryScene(app))
        return
    app.start_game(scenario, seed, model, difficulty, {}, save_path=None)
    session = app.session
    assert session is not None
    game = session.game
    session.revealed_round = game.round
    if scene == "force":
        force = game.view("huisarts").current_force
        app.replace(ForceScene(app, force or next(iter(game.scenario.forces)), game.round))
        app.top.t_anim = 1.0  # type: ignore[union-attr]
        return
    if scene == "inwoner":
        session.current = game.to_move()[0] if game.to_move() else "inwoner"
        app.replace(BoardScene(app))
        return
    # the inwoner plays one action and is done; the huisarts comes to the board
    while game.to_move() and game.to_move()[0] != "huisarts" and "huisarts" not in game.to_move():
        role = game.to_move()[0]
        legal = game.legal_actions(role)
        pick = next((a for a in legal if a.name not in ("klaar",)
                     and game.scenario.actions.get(f"{a.role}:{a.name}") is not None
                     and game.scenario.actions[f"{a.role}:{a.name}"].op == "generic"), None)
        if pick is not None and role == "inwoner":
            session.apply(pick)
        session.apply(next(a for a in game.legal_actions(role) if a.name == "klaar"
                           or a.name == "kies"))
    if scene == "handover":
        session.current = None
        app.replace(HandoverScene(app, "huisarts"))
        return
    if scene == "facilitator":
        session.current = "huisarts"
        app.replace(BoardScene(app))
        app.push(FacilitatorScene(app))
        return
    if scene == "summary" or scene == "end":
        # play the round (or the game) out with each team's first generic action, then klaar
        target = game.round + 1 if scene == "summary" else 10_000
        guard = 0
        while not game.is_over() and game.round < target and guard < 2000:
            guard += 1
            role = game.to_move()[0]
            legal = game.legal_actions(role)
            useful = [a for a in legal if a.name != "klaar" and a.arg is None]
            session.apply(useful[0] if useful and guard % 3 else next(
                (a for a in legal if a.name in ("klaar", "kies")), legal[0]))
        if scene == "summary" and not game.is_over():
            app.replace(RoundSummaryScene(app, game.round - 1))
        else:
            if not game.is_over():
                session.apply(Action("facilitator", "einde"))
            app.replace(EndScene(app))
        return
    session.current = "huisarts"
    app.replace(BoardScene(app))


def render_to_png(scene: str, scenario: str, seed: int, size: tuple[int, int], out: Path,
                  lang: str = "nl", model: str = "netwerkmodel",
                  difficulty: str = "normaal") -> Path:
    _headless()
    import pygame

    from game.ui.app import App, init_display

    screen = init_display(size)
    app = App(size, lang, screen=screen)
    build_scene(app, scene, scenario, seed, model, difficulty)
    app.keyboard_used = False
    for s in app.scenes:
        s.update(0.016)
    app.draw()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.screen, str(out))
    pygame.quit()
    return out
