"""One game at the board: the engine game, the team names, who plays now, and saving.

The board sees the game only through the engine's public API (view, legal_actions,
blocked_actions, apply and the events it returns). Every action is saved at once
(atomically), so killing the program loses at most the action being played.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.engine import Action, Game, Message
from game.engine.defs import PROFESSIONALS, Scenario
from game.store.saves import APPLICATION_KEY, data_dir, read_application, read_save, write_save
from game.ui.i18n import ROLES, TEAM

ScenarioLoader = Callable[[str], Scenario]
BOT_LEVELS = ("makkelijk", "normaal", "moeilijk")


def new_bot(level: str, seed: int) -> Any:
    """The bot that plays a role at this level (tests may replace this with a faster one)."""
    try:
        from game.bots.levels import make_bot
    except ImportError:  # pragma: no cover - before the levels exist
        from game.bots.simulate import make_bot as make_kind

        return make_kind("heuristic", seed)
    return make_bot(level, seed, play=True)


def new_coach() -> Any:
    """The coach of solo practice (made on the first request for a tip)."""
    from game.bots.coach import Coach

    return Coach()


def load_any_scenario(scenario_id: str) -> Scenario:
    """The shipped scenario with this id; ``mini`` is the engine tests' small scenario
    (a development aid that works before the shipped content exists)."""
    if scenario_id == "mini":
        try:
            from tests.engine.mini import scenario as mini
        except ImportError:  # pragma: no cover - installed without the tests
            pass
        else:
            return mini()
    from game.content import load_scenario

    return load_scenario(scenario_id)


@dataclass
class Session:
    game: Game
    teams: dict[str, str] = field(default_factory=dict)  # role -> team name shown
    humans: tuple[str, ...] = ROLES
    save_path: Path | None = None
    current: str | None = None  # the team at the board now (after its hand-over)
    revealed_round: int = 0  # the round whose force card had its moment on screen
    summarised_round: int = 0  # the last round whose summary was shown
    last_events: list[Message] = field(default_factory=list)
    save_error: str | None = None
    bot_level: str = "normaal"
    bots: dict[str, Any] = field(default_factory=dict)  # role -> bot, made on first use
    coach: Any = None
    application: dict[str, str] = field(default_factory=dict)  # role -> "maandag" answer
    record_note: str | None = None  # why the finished game is not in the games list, if so
    _recorded: bool = False
    _debrief: dict[str, Any] = field(default_factory=dict)  # lang -> debrief data; "replay"
    # where the class is in the debrief (kept while it switches pages): "timeline" ->
    # (round, move or None), "transfer" -> the team whose questions are shown
    debrief_pos: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.humans = tuple(r for r in ROLES if r in self.humans) or ROLES
        if self.current is None and len(self.humans) == 1:
            self.current = self.humans[0]  # alone at the board: no hand-over to oneself

    @property
    def scenario(self) -> Scenario:
        return self.game.scenario

    def team_name(self, role: str, lang: str) -> str:
        name = self.teams.get(role, "").strip()
        return name or TEAM[role][1 if lang == "en" else 0]

    # -- playing ---------------------------------------------------------------------

    def to_move(self) -> tuple[str, ...]:
        """The teams of people that may act now (bots play by themselves)."""
        return tuple(r for r in self.game.to_move() if r in self.humans)

    @property
    def bot_roles(self) -> tuple[str, ...]:
        return tuple(r for r in ROLES if r not in self.humans)

    def bot_to_move(self) -> str | None:
        """The bot role that should move now: when only bots may act, or a bot is to move
        outside the professionals' phase; None otherwise (cheap: called every frame)."""
        if not self.bot_roles or self.game.is_over():
            return None
        movers = self.game.to_move()
        bots = [r for r in movers if r not in self.humans]
        if not bots:
            return None
        if self.game.phase == "professionals" and any(r in self.humans for r in movers):
            return None  # the people first; the bots play when they are done
        return bots[0]

    def bot_for(self, role: str) -> Any:
        if role not in self.bots:
            self.bots[role] = new_bot(self.bot_level, int(self.game.to_save().get("seed", 0)) * 10
                                     + ROLES.index(role))
        return self.bots[role]

    def play_bot(self) -> tuple[str, Action] | None:
        """Let the bot that is to move play one action (saved like a human move)."""
        role = self.bot_to_move()
        if role is None:
            return None
        action = self.bot_for(role).choose(self.game, role)
        self.apply(action)
        return role, action

    def tip(self, role: str) -> Any:
        """The coach's tip for this team now (computed on request), or None."""
        if self.coach is None:
            self.coach = new_coach()
        return self.coach.tip(self.game, role)

    def apply(self, action: Action | str) -> list[Message]:
        events = self.game.apply(action)
        self.last_events = events
        self.save()
        return events

    def needs_handover(self) -> bool:
        """True when the team at the board may not act now (another team's turn)."""
        if self.game.is_over():
            return False
        movers = self.to_move()
        if not movers:  # only bots act: a team of people watches (after its hand-over)
            return self.current not in self.humans
        return self.current not in movers

    def next_role(self) -> str | None:
        """The team that should come to the board next (the first in turn order)."""
        movers = self.to_move()
        if not movers:
            if self.game.is_over() or self.current in self.humans:
                return self.current
            return self.humans[0]
        if self.current in movers:
            return self.current
        if len(movers) > 1 and self.current in PROFESSIONALS:
            order = list(PROFESSIONALS)
            start = order.index(self.current) + 1
            for r in order[start:] + order[:start]:
                if r in movers:
                    return r
        return movers[0]

    # -- the debrief -----------------------------------------------------------------

    def replay(self) -> Any:
        """The finished game replayed step by step (made once; the game no longer changes)."""
        if "replay" not in self._debrief:
            from game.report.analysis import replay

            self._debrief["replay"] = replay(self.game)
        return self._debrief["replay"]

    def debrief(self, lang: str) -> dict[str, Any]:
        """The debrief data (game/report/analysis.py) in this language, with the team names
        and the answers as they are now."""
        from game.report.analysis import debrief

        if lang not in self._debrief:
            self._debrief[lang] = debrief(self.replay(), lang=lang, teams=self.teams,
                                          bots=list(self.bot_roles),
                                          application=self.application)
        return self._debrief[lang]

    def record(self, force: bool = False) -> str | None:
        """Put the finished game in the games database (once, or again with ``force`` after
        the answers changed: the same game updates its row). Returns a problem to show, or
        None. The save file stays the source of truth (docs/privacy.md)."""
        if not self.game.is_over() or (self._recorded and not force):
            return self.record_note
        from game.store.db import record_finished_game

        out = record_finished_game(self.game, teams=self.teams, bots=list(self.bot_roles),
                                   application=self.application, save_path=self.save_path)
        self._recorded = True
        problems = [*out.notices, *([out.error] if out.error else [])]
        self.record_note = " ".join(problems) or None
        return self.record_note

    def set_answers(self, answers: dict[str, str]) -> None:
        """Keep the teams' answers (saved with the game by save())."""
        for lang in ("nl", "en"):  # the debrief data holds the answers: made anew
            self._debrief.pop(lang, None)
        for role, text in answers.items():
            if text.strip():
                self.application[role] = text.strip()
            else:
                self.application.pop(role, None)

    # -- saving ----------------------------------------------------------------------

    def to_save(self) -> dict[str, Any]:
        data = self.game.to_save()
        data["ui"] = {"teams": dict(self.teams), "humans": list(self.humans),
                      "bots": list(self.bot_roles), "bot_level": self.bot_level}
        if self.application:
            data[APPLICATION_KEY] = dict(self.application)
        return data

    def save(self) -> None:
        if self.save_path is None:
            return
        try:
            write_save(self.save_path, self.to_save())
            self.save_error = None
        except OSError as e:
            self.save_error = str(e)

    @classmethod
    def from_save(cls, path: Path, loader: ScenarioLoader = load_any_scenario) -> Session:
        """Replay a save (raises SaveFileError, SaveError or the loader's error)."""
        data = read_save(path)
        scenario = loader(str(data.get("scenario")))
        game = Game.from_save(data, scenario)
        raw = data.get("ui")
        ui: dict[str, Any] = raw if isinstance(raw, dict) else {}
        names = ui.get("teams")
        teams = {k: str(v) for k, v in (names if isinstance(names, dict) else {}).items()
                 if k in TEAM}
        bots = ui.get("bots")
        bots = [r for r in bots if r in ROLES] if isinstance(bots, list) else []
        humans = tuple(r for r in ROLES if r not in bots) or ROLES
        level = ui.get("bot_level")
        s = cls(game, teams=teams, humans=humans, save_path=Path(path),
                bot_level=level if level in BOT_LEVELS else "normaal",
                application=read_application(data))
        # the current round's force already had its moment before the save
        s.revealed_round = game.round
        s.summarised_round = game.round - 1
        return s


def last_save() -> Path | None:
    """The most recently written save in the user's save folder, if any."""
    folder = data_dir() / "saves"
    if not folder.is_dir():
        return None
    saves = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    return saves[0] if saves else None
