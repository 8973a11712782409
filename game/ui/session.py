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
from game.store.saves import data_dir, read_save, write_save
from game.ui.i18n import ROLES, TEAM

ScenarioLoader = Callable[[str], Scenario]


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

    @property
    def scenario(self) -> Scenario:
        return self.game.scenario

    def team_name(self, role: str, lang: str) -> str:
        name = self.teams.get(role, "").strip()
        return name or TEAM[role][1 if lang == "en" else 0]

    # -- playing ---------------------------------------------------------------------

    def to_move(self) -> tuple[str, ...]:
        return self.game.to_move()

    def apply(self, action: Action | str) -> list[Message]:
        events = self.game.apply(action)
        self.last_events = events
        self.save()
        return events

    def needs_handover(self) -> bool:
        """True when the team at the board may not act now (another team's turn)."""
        if self.game.is_over():
            return False
        return self.current not in self.game.to_move()

    def next_role(self) -> str | None:
        """The team that should come to the board next (the first in turn order)."""
        movers = self.game.to_move()
        if not movers:
            return None
        if self.current in movers:
            return self.current
        if len(movers) > 1 and self.current in PROFESSIONALS:
            order = list(PROFESSIONALS)
            start = order.index(self.current) + 1
            for r in order[start:] + order[:start]:
                if r in movers:
                    return r
        return movers[0]

    # -- saving ----------------------------------------------------------------------

    def to_save(self) -> dict[str, Any]:
        data = self.game.to_save()
        data["ui"] = {"teams": dict(self.teams), "humans": list(self.humans)}
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
        s = cls(game, teams=teams, save_path=Path(path))
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
