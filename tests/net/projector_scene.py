"""A classroom mid-game for the projector window's tests and screenshots:

    python -m tests.net.projector_scene /tmp/projector   # nl and en, 1920x1080 and 1280x720
    python -m tests.net.projector_scene --docs docs/screenshots   # the docs' picture

(game/ui/screenshot.py renders the board's own scenes; this one needs a classroom host, which
the ui layer may not import, so it lives beside the other classroom screenshots.)

Three tables of a real host; table 1 has played into round 3 (forces active, money spent,
consent given), its teams have names and three of them are connected, the inwoner is away.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import Any, cast

from game.content import load_scenario
from game.engine import Game
from game.net.host import Host, Seat, new_token
from game.net.present import board_state, projector_tables

SIZES = ((1920, 1080), (1280, 720))
CODES = ("K7PW", "M3RT", "AH4C")
TEAMS = {"huisarts": "De Linde", "wijkverpleegkundige": "Team Oost-Kruiskerk",
         "sociaal_werker": "Buurtteam Zuid", "inwoner": "De inwoners van tafel 1"}


def mid_game_host(folder: Path, tables: int = 3, seed: int = 3) -> Host:
    host = Host(folder, bot_level="makkelijk")
    sc = load_scenario("ron")
    for i in range(tables):  # fixed codes: the same pictures every time
        host.add_table(Game(sc, seed + i), code=CODES[i] if i < len(CODES) else None)
    host.set_base_url("http://192.168.178.23:8765")
    room = next(iter(host.rooms.values()))
    here = object()  # a device: the board only asks whether a seat has one
    for role, team in TEAMS.items():
        room.seats[role] = Seat(new_token(), conn=None if role == "inwoner"
                                else cast(Any, here))
        room.table.teams[role] = team
    _play_into_round_3(room.table)
    for second in list(host.rooms.values())[1:2]:
        second.seats["huisarts"] = Seat(new_token(), conn=cast(Any, here))
    return host


def _play_into_round_3(table: Any, seed: int = 3) -> None:
    """Moves with a fixed random policy until round 3's professionals have played a few (the
    policy is tried on a copy of the game first, so the table's game never ends early)."""
    sc, start = table.game.scenario, table.game.state.seed
    for k in range(40):
        game, rng, moves = Game(sc, start), random.Random(seed + k), []
        while not game.is_over() and not (game.round >= 3 and game.state.phase == "professionals"
                                           and rng.random() < 0.2):
            role = game.to_move()[0]
            legal = game.legal_actions(role)
            useful = [a for a in legal if a.name != "klaar"]
            a = (rng.choice(useful) if useful and rng.random() < 0.7 else
                 next((a for a in legal if a.name in ("klaar", "kies")), legal[0]))
            game.apply(a)
            moves.append(a)
        if not game.is_over():
            for a in moves:
                table.apply(a)
            return
    raise AssertionError("no game reached round 3")


def frames(host: Host, lang: str) -> list[dict[str, Any]]:
    return projector_tables(list(host.rooms.values()), lang)


def main(out: Path) -> list[Path]:
    import tempfile

    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ.setdefault("KRACHTENVELD_HOME", tempfile.mkdtemp())
    import pygame

    from game.ui.projector import render

    host = mid_game_host(Path(tempfile.mkdtemp()))
    assert board_state  # (the same frame the web board gets)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for lang in ("nl", "en"):
        tables = frames(host, lang)
        for size in SIZES:
            for view, name in ((1, "table"), (0, "overview"), (1, "help"), (1, "team")):
                surface, _board = render(tables, size, view, lang, **teacher_scene(name, lang))
                path = out / f"projector-{name}-{size[0]}x{size[1]}-{lang}.png"
                pygame.image.save(surface, str(path))
                paths.append(path)
    return paths


def teacher_scene(name: str, lang: str) -> dict[str, Any]:
    """The teacher's keys in the window: the help (H), and a team chosen with T."""
    from game.lang import t, team_label

    if name == "help":
        return {"help": True, "teacher": t("projector.teacher_keys", lang)}
    if name == "team":
        label = t("web_console.bot", lang).lower()
        who = f"{TEAMS['sociaal_werker']} ({team_label('sociaal_werker', lang)})"
        return {"picked": "sociaal_werker",
                "teacher": t("projector.teacher_team", lang, name=who, bot=label)}
    return {}


def docs(folder: Path) -> Path:
    """The board window of one table at 1920x1080 in Dutch, and the teacher's help over it,
    for the docs."""
    import tempfile

    out = Path(tempfile.mkdtemp())
    shots = main(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, target in (("table", "projector-1920x1080-nl.png"),
                         ("help", "projector-help-1920x1080-nl.png")):
        shot = next(p for p in shots if p.name == f"projector-{name}-1920x1080-nl.png")
        (folder / target).write_bytes(shot.read_bytes())
    return folder / "projector-1920x1080-nl.png"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--docs"]:
        print(docs(Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")))
    else:
        for p in main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/projector")):
            print(p)
