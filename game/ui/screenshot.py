"""Render any scene headless to a PNG: ``krachtenveld screenshot --scene board ...``.

Uses SDL's dummy video driver, so it works without a display (CI, documentation). The board
is shown for the first professional team of round 1, after the inwoner team has played.
``classroom`` and ``classroom_table`` are the board's two pages in the classroom
preset. ``busy`` is the board later in a game (several forces active, a dossier of four or more
problems, money spent), found by playing with a fixed policy; ``target`` and ``dossier`` show
the target chooser and the whole dossier over that board. ``actions`` plays a list of
actions (in the engine's notation) first, for any scene that shows a game.

    python -m game.ui.screenshot --docs docs/screenshots    # every screenshot of the docs
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import Any

DEBRIEF = ("debrief_reactions", "debrief", "debrief_money", "debrief_info", "debrief_whatif",
           "debrief_transfer", "debrief_monday", "debrief_derole")
# the board in the classroom preset (issue 12): its cards' page and its table's page
CLASSROOM = ("classroom", "classroom_table")
SCENES = ("title", "setup", "board", "busy", "banner", "target", "dossier", "handover", "force",
          "summary", "moment", "end", "glossary", "facilitator", "inwoner", *DEBRIEF,
          *CLASSROOM)

# the screenshots in docs/screenshots: (scene, size, language)
DOCS = (
    [(s, (1920, 1080), "nl") for s in SCENES]
    + [(s, (1280, 720), "en") for s in SCENES if s not in CLASSROOM]
    + [(s, (1920, 1080), "en") for s in CLASSROOM]
    + [(s, (1280, 720), "nl") for s in CLASSROOM]
)


def _headless() -> None:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def busy_actions(game_factory: Any, role: str = "huisarts", tries: int = 60,
                 limit: int = 400) -> list[str]:
    """Actions that bring a game to a busy board for ``role``: round 3 or later, its turn in
    the professionals phase, at least four problems in its dossier and two forces active.
    Plays with a fixed policy (sharing and asking first) and a seeded choice, so the result
    is the same every time; the best game found is used when none meets every wish."""
    best: tuple[int, list[str]] = (-1, [])
    for k in range(tries):
        game = game_factory()
        rng = random.Random(k)
        for _ in range(limit):
            if game.is_over():
                break
            v = game.view(role)
            score = (min(len(v.problems), 4) * 10 + min(len(v.active_forces), 2) * 5
                     + min(game.round, 3) * 3 + (1 if sum(v.paid.values()) else 0))
            ready = (v.phase == "professionals" and role in game.to_move()
                     and role not in v.done)
            if ready and score > best[0]:
                best = (score, list(game.history))
                if score >= 40 + 10 + 9 + 1:
                    return best[1]
            mover = game.to_move()[0]
            legal = game.legal_actions(mover)
            cards = game.scenario.actions
            ops = [_op(cards, a) for a in legal]
            useful = [a for a, op in zip(legal, ops, strict=True) if op != "klaar"]
            # sharing, telling, consent and the cards that ask the inwoner come first
            pref = [a for a in useful if a.arg2 == role or _op(cards, a) in (
                "vertel", "deel", "toestemming") or _asks(cards, a)]
            if pref and rng.random() < 0.8:
                pick = rng.choice(pref)
            elif useful and rng.random() < 0.5:
                pick = rng.choice(useful)
            else:
                pick = next((a for a, op in zip(legal, ops, strict=True)
                             if op in ("klaar", "kies")), legal[0])
            game.apply(pick)
    return best[1]


def _op(cards: Any, a: Any) -> str:
    """The op of an action's card ("kies" for a force's choice)."""
    d = cards.get(f"{a.role}:{a.name}")
    return "kies" if d is None else str(d.op)


def _asks(cards: Any, a: Any) -> bool:
    """Whether the action's card asks the inwoner (an ask or ask_wish effect)."""
    d = cards.get(f"{a.role}:{a.name}")
    return d is not None and any(e.ask or e.ask_wish for e in d.effects)


def build_scene(app: object, scene: str, scenario: str, seed: int, model: str = "netwerkmodel",
                difficulty: str = "normaal", actions: list[str] | None = None) -> None:
    """Put ``app`` in the state that shows ``scene`` (a fresh game where one is needed).
    The board's banners (whose turn, the last move) are shown only on ``banner``: the busy
    board with the banner of the move just played."""
    from game.ui.scenes.board import BoardScene

    if scene in CLASSROOM:
        app.classroom = True  # type: ignore[attr-defined]
    _build_scene(app, "busy" if scene == "banner" else "board" if scene in CLASSROOM
                 else scene, scenario, seed, model, difficulty, actions)
    if scene == "classroom_table" and isinstance(getattr(app, "top", None), BoardScene):
        app.top.flip_page()  # type: ignore[attr-defined]
    for s in getattr(app, "scenes", []):
        if isinstance(s, BoardScene) and scene != "banner":
            s.banner = None


def _build_scene(app: object, scene: str, scenario: str, seed: int, model: str,
                 difficulty: str, actions: list[str] | None) -> None:
    from game.engine import Action, Game
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
    if scene in ("busy", "target", "dossier") and actions is None:
        sc = game.scenario
        actions = busy_actions(lambda: Game(sc, seed, model, difficulty))
    for text in actions or []:
        session.apply(text)
    session.moments.clear()  # (the moments of the moves played to get here were seen)
    session.revealed_round = game.round
    session.summarised_round = game.round - 1
    if actions:
        movers = game.to_move()
        session.current = "huisarts" if "huisarts" in movers else (movers[0] if movers
                                                                   else None)
    if scene in ("busy", "target", "dossier") or (actions and scene == "board"):
        if session.current is None or game.is_over():
            app.flow()
            return
        board = BoardScene(app)
        app.replace(board)
        # one action at the board, so the log and the dossier show what is new
        groups = [g for g in board.groups if g.playable and g.definition is not None
                  and g.definition.op not in ("klaar",)]
        left = game.view(session.current).time or 0
        paying = next((g for g in groups if g.definition and g.definition.cost.pot
                       and (game.time_cost(g.legal[0]) or 0) < left), None)
        if scene == "busy" and paying is not None:
            board.apply(paying.legal[0], paying)
            board.anim.skip()
        if scene == "target":
            share = next((g for g in board.groups if g.definition is not None
                          and g.definition.op == "deel"), None)
            chosen = share or next((g for g in groups if len(g.legal) > 1), None)
            if chosen is not None:
                from game.ui.scenes.board import TargetScene

                app.push(TargetScene(app, board, chosen))
        if scene == "dossier":
            board.open_dossier()
        return
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
        cards = game.scenario.actions
        pick = next((a for a in legal if _op(cards, a) == "generic"), None)
        if pick is not None and role == "inwoner":
            session.apply(pick)
        session.apply(next(a for a in game.legal_actions(role)
                           if _op(cards, a) in ("klaar", "kies")))
    if scene == "moment":  # the huisarts asks Ron's consent: the room sees the request
        from game.ui.scenes.handover import MomentScene

        session.current = "huisarts"
        ask = next(a for a in game.legal_actions("huisarts")
                   if _op(game.scenario.actions, a) == "vraag_toestemming")
        session.apply(ask)
        app.replace(MomentScene(app, *session.moments[-1]))
        return
    if scene == "handover":
        session.current = None
        app.replace(HandoverScene(app, "huisarts"))
        return
    if scene == "facilitator":
        session.current = "huisarts"
        app.replace(BoardScene(app))
        app.push(FacilitatorScene(app))
        return
    if scene == "summary" or scene == "end" or scene in DEBRIEF:
        # play the round (or the game) out with each team's first generic action, then klaar
        target = game.round + 1 if scene == "summary" else 10_000
        guard = 0
        while not game.is_over() and game.round < target and guard < 2000:
            guard += 1
            role = game.to_move()[0]
            legal = game.legal_actions(role)
            cards = game.scenario.actions
            useful = [a for a in legal if _op(cards, a) != "klaar" and a.arg is None]
            session.apply(useful[0] if useful and guard % 3 else next(
                (a for a in legal if _op(cards, a) in ("klaar", "kies")), legal[0]))
        if scene == "summary" and not game.is_over():
            app.replace(RoundSummaryScene(app, game.round - 1))
        else:
            if not game.is_over():
                session.apply(Action("facilitator", "einde"))
            app.replace(EndScene(app))
        if scene in DEBRIEF:
            from game.ui.scenes.debrief import open_debrief

            page = {"debrief": "timeline"}.get(scene, scene.removeprefix("debrief_"))
            if page == "timeline":  # a round with moves, and one move chosen
                session.debrief_pos["timeline"] = (2, 3)
            open_debrief(app, page)
            if page == "whatif":  # one comparison, computed at once
                from game.ui.scenes.debrief import WhatIfScene

                if isinstance(app.top, WhatIfScene):
                    app.top.run_now("grijs_budget")
        return
    session.current = "huisarts"
    app.replace(BoardScene(app))


def render_to_png(scene: str, scenario: str, seed: int, size: tuple[int, int], out: Path,
                  lang: str = "nl", model: str = "netwerkmodel",
                  difficulty: str = "normaal", actions: list[str] | None = None) -> Path:
    _headless()
    import pygame

    from game.ui.app import App, init_display

    screen = init_display(size)
    app = App(size, lang, screen=screen)
    build_scene(app, scene, scenario, seed, model, difficulty, actions)
    app.keyboard_used = False
    for s in app.scenes:
        s.update(0.016)
    app.draw()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.screen, str(out))
    pygame.quit()
    return out


def render_docs(folder: Path, scenario: str = "ron", seed: int = 3) -> list[Path]:
    """Every screenshot of the documentation, into folder. The user's own saves stay out of
    them (a fresh, empty home folder), so the pictures are the same on every machine."""
    import tempfile

    paths = []
    old = os.environ.get("KRACHTENVELD_HOME")
    with tempfile.TemporaryDirectory() as home:
        os.environ["KRACHTENVELD_HOME"] = home
        try:
            for scene, size, lang in DOCS:
                out = Path(folder) / f"{scene}-{size[0]}x{size[1]}-{lang}.png"
                paths.append(render_to_png(scene, scenario, seed, size, out, lang=lang))
        finally:
            if old is None:
                os.environ.pop("KRACHTENVELD_HOME", None)
            else:
                os.environ["KRACHTENVELD_HOME"] = old
    return paths


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m game.ui.screenshot")
    p.add_argument("--docs", metavar="FOLDER", required=True,
                   help="render every screenshot of the documentation into FOLDER")
    p.add_argument("--scenario", default="ron")
    p.add_argument("--seed", type=int, default=3)
    args = p.parse_args(argv)
    for path in render_docs(Path(args.docs), args.scenario, args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
