"""One game in progress at one table, for every front end (board, text mode, classroom server).

A ``Table`` holds the engine game, the team names, which roles bots play (and at what
level), the autosave after every action (atomic), the record of a finished game in the
games database, the teams' answers to "wat doe je maandag anders?" and the debrief data.
It has no idea of a screen: who sits at the board now, hand-over screens and the like stay
in the front end (game/ui/session.py for the hot seat).

It is synchronous and does no waiting: a network server drives many tables from one
asyncio loop by calling ``apply`` for the seat that sent a move, ``play_bots`` (or
``bot_action`` in an executor, then ``apply``) and by subscribing to the moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from game.engine import Action, Game, IllegalAction, Message
from game.engine.defs import PROFESSIONALS, Scenario
from game.engine.messages import msg
from game.lang import Said
from game.lang import t as lang_t
from game.store import saves

ScenarioLoader = Callable[[str], Scenario]
BOT_LEVELS = saves.BOT_LEVELS
UI_KEY = saves.UI_KEY  # the table's own part of a save: team names, bots, their level
# the roles in the order the board lists the teams (and in which the bots are seeded)
ROLES = ("inwoner", *PROFESSIONALS)


class Bot(Protocol):
    def choose(self, game: Game, role: str) -> Action: ...


def new_bot(level: str, seed: int) -> Bot:
    """The bot that plays a role at this level (tests may replace this with a faster one)."""
    from game.bots.levels import make_bot

    return make_bot(level, seed, play=True)  # type: ignore[no-any-return]


def new_coach() -> Any:
    """The coach of solo practice (made on the first request for a tip)."""
    from game.bots.coach import Coach

    return Coach()


def load_any_scenario(scenario_id: str) -> Scenario:
    """The shipped scenario with this id; ``mini`` is the small development scenario of
    game/content/mini.py (the engine tests use it too)."""
    if scenario_id == "mini":
        from game.content.mini import scenario as mini

        return mini()
    from game.content import load_scenario

    return load_scenario(scenario_id)


@dataclass(frozen=True)
class Move:
    """One action played at a table, as told to its observers.

    ``index`` is the action's place in the game's history (0 = the first action);
    ``events`` are the engine's messages (each with its own ``visible_to``: a server sends
    a seat only what its role may see)."""

    index: int
    role: str
    action: Action
    events: tuple[Message, ...]
    bot: bool


Observer = Callable[[Move], None]


class Table:
    """A game in progress at one table. See the module docstring and docs/architecture.md."""

    def __init__(self, game: Game, *, teams: Mapping[str, str] | None = None,
                 bots: Iterable[str] | Mapping[str, Bot | None] = (),
                 bot_level: str = "normaal", save_path: Path | None = None,
                 application: Mapping[str, str] | None = None, coach: Any = None,
                 comparisons: Iterable[dict[str, Any]] = ()) -> None:
        self.game = game
        # the "wat als?" comparisons the class kept (game/table/whatif.py), saved with the game
        self.comparisons: list[dict[str, Any]] = list(comparisons)
        self.teams: dict[str, str] = {r: str(n) for r, n in (teams or {}).items()
                                      if r in ROLES}
        given = dict(bots) if isinstance(bots, Mapping) else dict.fromkeys(bots)
        bot_roles = tuple(r for r in ROLES if r in given)
        self.bot_roles: tuple[str, ...] = bot_roles
        self.humans: tuple[str, ...] = tuple(r for r in ROLES if r not in bot_roles)
        self.bots: dict[str, Bot] = {r: b for r, b in given.items()
                                     if r in bot_roles and b is not None}
        self.bot_level = bot_level if bot_level in BOT_LEVELS else "normaal"
        self.save_path = Path(save_path) if save_path is not None else None
        self.application: dict[str, str] = {r: t for r, t in (application or {}).items()
                                            if r in ROLES and t.strip()}
        self.coach = coach
        # why the last autosave failed, if it did (a Said: it names the file; say() it)
        self.save_error: str | None = None
        self.record_note: str | None = None  # why the finished game is not (fully) recorded
        self._recorded = False
        self._debrief: dict[str, Any] = {}  # lang -> debrief data; "replay" -> the replay
        self._observers: list[Observer] = []

    @classmethod
    def new(cls, scenario: Scenario, seed: int, model: str = "netwerkmodel",
            difficulty: str = "normaal", **kw: Any) -> Table:
        """A new game at a new table (raises ValueError for an unknown model/difficulty)."""
        return cls(Game(scenario, seed, model, difficulty), **kw)

    # -- what the table is ----------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        return self.game.scenario

    def team_name(self, role: str) -> str | None:
        """The name the team chose, or None (the front end then names the role)."""
        return self.teams.get(role, "").strip() or None

    def is_bot(self, role: str) -> bool:
        return role in self.bot_roles

    def set_bot(self, role: str, on: bool, level: str | None = None) -> None:
        """Let a bot take this role's seat (``on``) or give the seat back to people. With
        ``level`` the table's bots play at that level from now on (a bot already made is
        made anew at its next move). Saved at once: the save's table part (who are bots,
        who are people, the level) says what the table is now. Raises ValueError for an
        unknown role or level."""
        if role not in ROLES:
            raise ValueError(f"unknown role '{role}'; choose from {', '.join(ROLES)}")
        if level is not None and level not in BOT_LEVELS:
            raise ValueError(f"unknown bot level '{level}'; choose from "
                             f"{', '.join(BOT_LEVELS)}")
        if level is not None and level != self.bot_level:
            self.bot_level = level
            self.bots.clear()  # the next move makes each bot anew at this level
        roles = set(self.bot_roles) | {role} if on else set(self.bot_roles) - {role}
        self.bot_roles = tuple(r for r in ROLES if r in roles)
        self.humans = tuple(r for r in ROLES if r not in roles)
        self.save()

    # -- whose move -----------------------------------------------------------------

    def is_over(self) -> bool:
        return self.game.is_over()

    def to_move(self) -> tuple[str, ...]:
        """The roles of people that may act now (bots play by themselves)."""
        return tuple(r for r in self.game.to_move() if r in self.humans)

    def bot_to_move(self) -> str | None:
        """The bot role that should move now, or None. In the professionals' phase the people
        play first and the bots when the people are done; otherwise a bot that may act plays
        at once. Cheap (a front end may ask every frame)."""
        if not self.bot_roles or self.game.is_over():
            return None
        movers = self.game.to_move()
        bots = [r for r in movers if r not in self.humans]
        if not bots:
            return None
        if self.game.phase == "professionals" and any(r in self.humans for r in movers):
            return None
        return bots[0]

    def waiting_for_people(self) -> bool:
        """True when nothing happens until a person moves (the game is over, or no bot is to
        move)."""
        return self.bot_to_move() is None

    # -- playing --------------------------------------------------------------------

    def apply(self, action: Action | str, role: str | None = None) -> list[Message]:
        """Play an action and autosave; returns the engine's events. With ``role`` (the seat
        that sent it) an action of another role is refused. Raises the engine's
        IllegalAction (its ``reason`` says why) and leaves the game as it was."""
        if role is not None:
            act = action if isinstance(action, Action) else None
            if act is None:
                try:
                    act = Action.parse(str(action))
                except ValueError:
                    act = None
            if act is not None and act.role != role:
                raise IllegalAction(str(action), msg("not_your_turn", role=act.role))
        index = len(self.game.history)
        events = self.game.apply(action)
        self.save()
        played = action if isinstance(action, Action) else Action.parse(self.game.history[index])
        self._tell(Move(index, played.role, played, tuple(events), played.role in self.bot_roles))
        return events

    def undo_problem(self, role: str) -> Message | None:
        """Why this team cannot take back its last move now; None when it can. A move can
        be taken back while the team's turn goes on (same round and phase, the team still to
        move, nobody moved since) and only when it made nobody learn anything (a fact, a
        signal, the wish): what a player has seen cannot be unseen. Chance cannot be played
        again either: the game is replayed from its seed, so the same move does the same."""
        return self._undo(role)[0]

    def undo(self, role: str) -> Action:
        """Take back this team's last move (see ``undo_problem``) and autosave; returns the
        move taken back. Raises IllegalAction with the reason when it cannot."""
        problem, before = self._undo(role)
        last = self.game.history[-1] if self.game.history else ""
        if problem is not None or before is None:
            raise IllegalAction(f"undo {last}", problem or msg("undo_nothing"))
        self.game = before
        self.save()
        return Action.parse(last)

    def _undo(self, role: str) -> tuple[Message | None, Game | None]:
        """The reason the last move cannot be taken back (or None), and the game without it
        (replayed once, for the check and for the undo alike)."""
        g = self.game
        if not g.history or Action.parse(g.history[-1]).role != role:
            return msg("undo_nothing"), None
        before = self._before_last()
        if (before.round, before.phase) != (g.round, g.phase) or role not in g.to_move():
            return msg("undo_turn_over"), None
        if any(_knowledge(before.view(r, log=False)) != _knowledge(g.view(r, log=False))
               for r in ROLES):
            return msg("undo_learned"), None
        return None, before

    def _before_last(self) -> Game:
        data = self.game.to_save()
        data["actions"] = data["actions"][:-1]
        return Game.from_save(data, self.game.scenario)

    def bot_for(self, role: str) -> Bot:
        """The bot of a role (made on first use, seeded by the game's seed and the role)."""
        if role not in self.bots:
            seed = int(self.game.to_save().get("seed", 0)) * 10 + ROLES.index(role)
            self.bots[role] = new_bot(self.bot_level, seed)
        return self.bots[role]

    def bot_action(self, role: str) -> Action:
        """What the bot of this role would play now, without playing it (a server may compute
        this in an executor and then ``apply`` it; the engine refuses it if the game moved)."""
        return self.bot_for(role).choose(self.game, role)

    def play_bot(self) -> Move | None:
        """Let the bot that is to move play one action (saved like a human move)."""
        role = self.bot_to_move()
        if role is None:
            return None
        action = self.bot_action(role)
        index = len(self.game.history)
        events = self.apply(action)
        return Move(index, role, action, tuple(events), True)

    def play_bots(self, limit: int = 10_000) -> list[Move]:
        """Let the bots play until people are to move or the game is over."""
        moves: list[Move] = []
        while len(moves) < limit:
            move = self.play_bot()
            if move is None:
                break
            moves.append(move)
        return moves

    def tip(self, role: str) -> Any:
        """The coach's tip for this role now (computed on request), or None."""
        if self.coach is None:
            self.coach = new_coach()
        return self.coach.tip(self.game, role)

    # -- observers ------------------------------------------------------------------

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(move)`` after every action played at this table (after the
        autosave). Returns a function that ends the subscription. An observer that raises
        does not stop the game or the other observers."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def _tell(self, move: Move) -> None:
        for observer in list(self._observers):
            try:
                observer(move)
            except Exception:
                import logging

                logging.getLogger(__name__).exception("a table observer failed")

    # -- the end and the debrief ----------------------------------------------------

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

    def board_after(self, n: int) -> dict[str, Any]:
        """The debrief's board snapshot after the n-th action of the finished game."""
        from game.report.analysis import game_after, snapshot

        return snapshot(game_after(self.replay(), n))  # type: ignore[no-any-return]

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
        self.record_note = Said.joined(" ", problems) if problems else None  # (say() it)
        return self.record_note

    def set_answers(self, answers: Mapping[str, str]) -> None:
        """Keep the teams' answers to "wat doe je maandag anders?" (an empty text removes
        one); ``save()`` writes them, ``record(force=True)`` puts them in the games list."""
        for lang in ("nl", "en"):  # the debrief data holds the answers: made anew
            self._debrief.pop(lang, None)
        for role, text in answers.items():
            if role not in ROLES:
                continue
            if text.strip():
                self.application[role] = text.strip()
            else:
                self.application.pop(role, None)

    def report_path(self, lang: str) -> Path:
        """Where the debrief's HTML report of this table goes (beside the save)."""
        folder = (self.save_path.parent if self.save_path is not None
                  else saves.data_dir() / "saves")
        stem = self.save_path.stem if self.save_path is not None else self.scenario.casus.id
        return folder / lang_t("file.report", lang, stem=stem)

    def write_report(self, lang: str) -> Path:
        """Write the HTML report of the debrief beside the save; returns its path (raises
        OSError when it cannot be written)."""
        from game.report.command import build_report, write_outputs

        out = self.report_path(lang)
        html, _log = build_report(self.to_save(), self.scenario, lang=lang)
        write_outputs(out, html, None)
        return out

    # -- saving ---------------------------------------------------------------------

    def to_save(self) -> dict[str, Any]:
        data = saves.save_data(self.game)  # with the content played and a check (issue 14)
        saves.with_table(data, self.teams, list(self.humans), list(self.bot_roles),
                         self.bot_level, self.application)
        if self.comparisons:
            from game.whatif import SAVE_KEY

            data[SAVE_KEY] = list(self.comparisons)
        return data

    def save(self) -> None:
        """Write the save (atomically) when the table has a save file. A failure is kept in
        ``save_error`` (the game goes on; the front end tells it)."""
        if self.save_path is None:
            return
        self.write(self.to_save())

    def encode(self, data: dict[str, Any]) -> bytes:
        """The file content of a save made by ``to_save`` (for ``write``)."""
        return saves.save_bytes(data)

    def write(self, data: dict[str, Any] | bytes, sync: bool = True) -> None:
        """Write a save made by ``to_save``, or its content made by ``encode`` (atomically;
        may run in a thread; ``sync=False``: see saves.write_save). A failure is kept in
        ``save_error``."""
        if self.save_path is None:
            return
        try:
            saves.write_save(self.save_path, data, sync=sync)
            self.save_error = None
        except OSError as e:
            self.save_error = save_failure(self.save_path, e)

    @classmethod
    def from_save(cls, path: Path, loader: ScenarioLoader = load_any_scenario,
                  **kw: Any) -> Table:
        """Replay a save with the content it recorded (raises SaveFileError, also for a save
        that does not replay the game it recorded). Keyword arguments (``bots=``,
        ``coach=``) win over what the save says."""
        return cls.from_loaded(saves.load_game(Path(path), loader=loader), **kw)

    @classmethod
    def from_loaded(cls, loaded: saves.LoadedSave, **kw: Any) -> Table:
        """The table of a save already read and replayed (``saves.load_game``)."""
        data, game, path = loaded.data, loaded.game, loaded.path
        kw.setdefault("teams", saves.read_teams(data))
        bots = saves.read_table_bots(data, ROLES)
        kw.setdefault("bots", bots if len(bots) < len(ROLES) else [])  # someone plays
        kw.setdefault("bot_level", saves.read_bot_level(data))
        kw.setdefault("application", saves.read_application(data))
        from game.whatif import read_comparisons

        kw.setdefault("comparisons", read_comparisons(data))
        return cls(game, save_path=Path(path), **kw)


def _knowledge(v: Any) -> tuple[object, ...]:
    """What a role knows about the inwoner: its dossier's problems, the signals it found
    and whether it knows the wish."""
    return (frozenset(p.id for p in v.problems), frozenset(v.signals), v.wish_known)


def save_failure(path: Path, e: OSError) -> Said:
    """Why a save could not be written, naming the save (not the temporary file the atomic
    write made beside it): a full disk, a folder that may not be written, or the system's
    reason."""
    import errno

    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Said("save.write_full", path=path)
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Said("save.write_read_only", path=path, folder=path.parent)
    return Said("save.write_failed", path=path, why=e.strerror or type(e).__name__)


def next_professional(current: str | None, movers: tuple[str, ...]) -> str | None:
    """The professional after ``current`` in turn order among ``movers`` (hot-seat order)."""
    if current not in PROFESSIONALS:
        return None
    order = list(PROFESSIONALS)
    start = order.index(current) + 1
    return next((r for r in order[start:] + order[:start] if r in movers), None)


def last_save() -> Path | None:
    """The most recently written save in the user's save folder that can be read, if any:
    never a temporary file of an interrupted write (those are cleaned up), and a torn or
    broken newest file does not hide the one before it."""
    for path in saves.save_files()[:20]:
        try:
            saves.read_save(path)
        except saves.SaveFileError:
            continue
        return path
    return None


def save_summary(path: Path) -> tuple[str, int]:
    """The scenario id and the number of actions of a save (raises SaveFileError)."""
    data = saves.read_save(path)
    actions = data.get("actions")
    return str(data.get("scenario", "?")), len(actions) if isinstance(actions, list) else 0
