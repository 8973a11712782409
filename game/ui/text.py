"""The text mode: a whole game at one keyboard, readable by a screen reader.

Every turn shows the round and phase, the force card, the current team's own view, its legal
actions numbered, and the actions that are blocked with the reason. Plain lines, no tables
or box drawing, so a screen reader reads it in order. The game is saved after every action;
end of input or Ctrl-C saves and stops cleanly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.engine import Action, Game, IllegalAction, Message
from game.engine.roles import ROLES
from game.engine.scoring import unpaid_by_role
from game.engine.view import RoleView
from game.lang import (
    dim_name,
    name_of,
    phase_name,
    pot_law_name,
    pot_name,
    render,
    role_name,
    role_scope,
    say,
    t,
    team_label,
    unpaid_lines,
)
from game.lang.intentions import from_one_line
from game.lang.moves import pot_short
from game.table import Table, default_save_path
from game.table.hand import hand

TEAM = ROLES  # the teams, in the engine's order


def read_line(prompt: str) -> str:
    """``input()``, with standard input set to keep bytes that are not text (not UTF-8, or
    not the terminal's encoding) as lone surrogates. Strict decoding raises
    UnicodeDecodeError in the middle of a read and drops the rest of the bytes already read
    (the moves typed after the bad line); kept, the bad line is one line the game can
    refuse (``TextGame.ask``) and the next lines are read as they were typed."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdin, "errors", None) != "surrogateescape":
        try:
            reconfigure(errors="surrogateescape")
        except (ValueError, OSError, AttributeError):  # a closed or unusual stream
            pass
    return input(prompt)


def unreadable(text: str) -> bool:
    """True for a line with bytes that are not text (surrogates: see ``read_line``)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


class TextGame:
    """Runs a game in the terminal. Input and output are injectable for tests.

    ``game`` is a Table (game/table), or a Game for which a table is made with these bots
    (role -> bot), this save file and this coach (None: no tips)."""

    def __init__(self, game: Game | Table, save_path: Path | None = None, lang: str = "nl",
                 read: Callable[[str], str] = read_line, write: Callable[[str], None] = print,
                 handover: bool = True, bots: dict[str, Any] | None = None,
                 coach: Any | None = None, clear: Callable[[], None] | None = None) -> None:
        if isinstance(game, Table):
            self.table = game
        else:
            self.table = Table(game, bots=bots or {}, save_path=save_path, coach=coach)
        self.sc = self.game.scenario
        self.lang = lang
        self.read = read
        self.write = write
        self.handover = handover and len(self.humans) > 1
        self.current: str | None = None  # the team at the keyboard (hot seat)
        self.moved = False  # the save went to the user's save folder (see keep)
        # a hand-over wipes the screen (the next team must not read this team's dossier):
        # on a terminal by default; tests give their own
        self.clear = clear if clear is not None else _terminal_clear(write)
        # the numbers of this turn's moves: fixed when the turn begins, so "3" stays the
        # same move while the team plays; (round, phase, role) of that turn
        self.numbers: dict[str, int] = {}
        self.turn_key: tuple[int, str, str] | None = None
        self.full_view = True  # show the whole view (not only what changed) next time
        self.had_turn: set[str] = set()  # the teams that came to the keyboard before
        # a new game shows round 1's leven phase too (it happened before the first move)
        self.seen_log: dict[str, int] = {
            r: len(self.game.view(r).log) if self.game.history else 0 for r in TEAM}

    @property
    def game(self) -> Game:
        return self.table.game  # a property: taking back a move replaces the table's game

    @property
    def save_path(self) -> Path | None:
        return self.table.save_path

    @property
    def coach(self) -> Any:
        return self.table.coach

    @property
    def application(self) -> dict[str, str]:
        return self.table.application

    def t(self, key: str, **kw: object) -> str:
        return t(f"text.{key}", self.lang, **kw)

    def ask(self, prompt: str) -> str:
        """One line the player typed, as text. A line that is not text (bytes that are not
        UTF-8) is refused with a message and asked again; the lines after it are kept."""
        while True:
            try:
                answer = self.read(prompt)
            except UnicodeDecodeError:  # a read that decodes strictly (read_line does not)
                answer = "\udcff"
            if not unreadable(answer):
                return answer
            self.write(self.t("unreadable"))

    def team(self, role: str) -> str:
        return team_label(role, self.lang, self.sc)

    def resume_command(self) -> str:
        if self.table.bot_roles and len(self.humans) == 1:
            return f"krachtenveld solo --role {self.humans[0]} --load {self.save_path}"
        return f"krachtenveld play --text --load {self.save_path}"

    @property
    def humans(self) -> list[str]:
        return [r for r in TEAM if r in self.table.humans]

    def run(self) -> int:
        self.intro()
        if self.table.bot_roles:
            self.write(self.t("solo", t=", ".join(self.team(r) for r in self.humans)))
        try:
            while not self.game.is_over():
                if not self.bot_moves():
                    self.turn()
        except (EOFError, KeyboardInterrupt):
            self.write("")
            kept = self.keep()
            if kept and not self.moved:
                self.write(self.t("saved", p=self.save_path, cmd=self.resume_command()))
            return 0 if kept else 1
        self.keep()
        self.record()
        self.show_end()
        self.monday()
        return 0

    def intro(self) -> None:
        """A new game opens with the casus: its story, the goal, how the game ends, and what
        time, energy, trust and the pots mean; a game played on says where it was."""
        c, lang = self.sc.casus, self.lang
        name = c.name_in(lang)
        if self.game.history:
            self.write(self.t("resume", title=self.name(c.title), r=self.game.round, n=c.rounds))
            return
        self.write("")
        self.write(f"=== {self.name(c.title)} ===")
        self.write(self.name(c.story))
        if c.content_warning is not None:
            self.write(self.t("intro_warning", x=self.name(c.content_warning)))
        for role in c.roles:  # a role another professional carries in this casus
            scope = role_scope(self.sc, role, lang)
            if scope is not None:
                self.write(self.t("intro_role", t=self.team(role), x=scope))
        self.write("")
        self.write(self.t("intro_goal", n=name))
        self.write(self.t("intro_rounds", r=c.rounds, n=name))
        end = self.t("intro_end", n=name, x=", ".join(dim_name(d, lang) for d in c.start.health))
        if c.format >= 4:  # format 4: no good ending while the web ended lower than it began
            end += " " + self.t("intro_worse")
        if any(e.when == "immediate" for e in c.endings):
            end += " " + self.t("intro_early")
        self.write(end)
        self.write(self.t("intro_time", t=c.start.time))
        if c.energy_cycle:  # (Ron's mood swings) the energy follows the casus's cycle
            self.write(self.t("intro_energy_cycle", n=name, lo=min(c.energy_cycle),
                              hi=max(c.energy_cycle)))
        else:
            self.write(self.t("intro_energy", n=name, e=c.start.energy))
        self.write(self.t("intro_trust", n=name))
        self.write(self.t("intro_pots", k=len(c.start.pots), x=", ".join(
            pot_name(p, lang) for p in c.start.pots)))
        self.write(self.t("intro_keys"))

    def save(self) -> None:
        self.table.save()
        self.tell_save_error()

    def keep(self) -> bool:
        """Save before the program ends. When the save file cannot be written (a full disk,
        a read-only folder) the game is saved in the user's own save folder instead, so
        nothing played is lost; False when it could be saved nowhere (it is told)."""
        self.moved = False
        self.table.save()
        failed, path = self.table.save_error, self.save_path
        if not failed or path is None:
            return True
        other = default_save_path(self.sc.id)
        if other.parent != path.parent:
            self.table.save_path = other
            self.table.save()
            if not self.table.save_error:
                self.moved = True
                self.write(self.t("saved_elsewhere", why=failed, p=other,
                                  cmd=self.resume_command()))
                return True
            self.table.save_path = path
            self.table.save_error = failed
        self.write(self.t("not_saved", why=failed))
        return False

    def tell_save_error(self) -> None:
        if self.table.save_error:
            self.write(self.t("save_failed", why=self.table.save_error))

    def monday(self) -> None:
        """The debrief's last question, per team of people; the answers are saved with the
        game and recorded. The rest of the debrief is the report (its command is shown)."""
        self.write("")
        self.write(self.t("monday_intro"))
        answers: dict[str, str] = {}
        try:
            for role in self.humans:
                before = self.application.get(role)
                if before:  # a game opened again: what the team wrote stays unless retyped
                    self.write(self.t("monday_was", team=self.team(role), x=before))
                text = self.ask(self.t("monday_ask", team=self.team(role))).strip()
                # one line here, one student per intention: "Sam: ... / Mo: ..."
                text = from_one_line(text)
                if text:
                    answers[role] = text
        except (EOFError, KeyboardInterrupt):
            self.write("")
        if answers:
            self.table.set_answers(answers)
            self.save()
            self.record(force=True)
            self.write(self.t("monday_saved"))
        self.write(self.t("report_hint", p=self.save_path))

    def record(self, force: bool = False) -> None:
        """Put the finished game in the games database (docs/privacy.md). A problem there
        is told, never fatal: the save stays the source of truth."""
        note = self.table.record(force=force)
        if note:
            self.write(say(note, self.lang))

    # -- one turn ---------------------------------------------------------------------

    def bot_moves(self) -> bool:
        """Let the bots play while one of them is to move; True if any did."""
        played = False
        while not self.game.is_over():
            move = self.table.play_bot()
            if move is None:
                return played
            self.tell_save_error()
            self.write(self.t("bot_played", team=self.team(move.role),
                              action=self.describe(move.action)))
            if self.humans:
                self.show_events(self.humans[0])
            played = True
        return played

    def pick_role(self) -> str:
        roles = self.table.to_move()
        if len(roles) == 1:
            return roles[0]
        if self.current in roles:
            return self.current
        return self.ask_role(roles)

    def ask_role(self, roles: tuple[str, ...]) -> str:
        options = ", ".join(f"{i + 1} = {self.team(r)}" for i, r in enumerate(roles))
        while True:
            answer = self.ask(self.t("which", x=options) + " ").strip()
            n = _number(answer)
            if n is not None and 1 <= n <= len(roles):
                return roles[n - 1]
            self.write(self.t("bad"))

    def turn(self) -> None:
        role = self.pick_role()
        if role != self.current:
            self.hand_over(role)
        self.show_events(role)  # what happened since this team last looked (the leven phase)
        key = (self.game.round, self.game.phase, role)
        if key != self.turn_key:  # a new turn: new numbers, the whole view
            self.turn_key, self.numbers, self.full_view = key, {}, True
        view = self.game.view(role)
        if self.full_view:
            self.show_view(view)
            self.full_view = False
        else:  # the same turn goes on: only what a move changes, the rest is one key away
            self.show_short(view)
        legal = self.game.legal_actions(role)
        blocked = [(a, r) for a, r in self.game.blocked_actions(role) if r.code not in (
            "bad_target", "not_known")]
        self.write(self.t("legal"))
        for n, a in self.numbered(legal):
            self.write(f"  {n}. {self.describe(a)}")
        groups = self.group_blocked(blocked)
        if blocked:  # one line: a screen reader does not read every reason every turn
            self.write(self.t("blocked_line", x=", ".join(self.blocked_names(blocked))))
        while True:
            answer = self.ask(self.t("prompt_coach" if self.coach else "prompt")).strip().lower()
            if answer == "t" and self.coach is not None:
                tip = self.table.tip(role)
                if tip is not None:
                    self.write(self.t("tip", lesson=tip.lesson_name(self.lang),
                                      action=self.describe(tip.action)))
                    if tip.text(self.lang):
                        self.write(f"  {tip.text(self.lang)}")
                continue
            if answer in ("s", "q", "stop"):
                raise EOFError
            if answer == "b":
                self.show_blocked(groups)
                continue
            if answer == "v":
                self.full_view = True
                return
            if answer == "u":
                if self.take_back(role):
                    return
                continue
            if answer in ("h", "?", "help", "hulp"):
                self.write(self.t("help"))
                continue
            explain = _explain_number(answer)
            if explain is not None:
                self.explain(explain, legal)
                continue
            movers = self.table.to_move()
            if answer == "w" and len(movers) > 1:
                self.current = self.ask_role(movers)
                if self.handover:
                    self.hand_over(self.current)
                return
            action = self.parse(answer, legal)
            if action is None:
                typed = _number(answer)
                self.write(self.t("gone", n=typed) if typed in self.numbers.values()
                           else self.t("bad"))
                continue
            try:
                self.table.apply(action, role)
            except IllegalAction as e:
                self.write(render(e.reason, self.sc, self.lang))
                continue
            self.tell_save_error()
            self.show_events(role)
            return

    def hand_over(self, role: str) -> None:
        """The next team comes to the keyboard: the screen is wiped first (the team before
        may have read its own dossier there), except before the very first turn (the
        introduction stays). Its recap is ``show_events``, under a heading of its own."""
        first = self.current is None
        self.current = role
        self.full_view = True
        if not self.handover:
            return
        if not first:
            self.clear()
        self.write("")
        self.ask(self.t("handover", t=self.team(role)) + " ")
        self.clear()
        if self.seen_log.get(role, 0) < len(self.game.view(role).log):
            self.write(self.t("since" if role in self.had_turn else "so_far", t=self.team(role)))
        self.had_turn.add(role)

    def numbered(self, legal: list[Action]) -> list[tuple[int, Action]]:
        """This turn's moves with their numbers: a move keeps its number for the whole
        turn; a move that becomes possible later gets the next free number."""
        for a in legal:
            if str(a) not in self.numbers:
                self.numbers[str(a)] = len(self.numbers) + 1
        return sorted(((self.numbers[str(a)], a) for a in legal), key=lambda x: x[0])

    def take_back(self, role: str) -> bool:
        """``u``: take back this team's last move, where the rules allow it."""
        try:
            undone = self.table.undo(role)
        except IllegalAction as e:
            self.write(render(e.reason, self.sc, self.lang))
            return False
        self.tell_save_error()
        # the log of a game replayed one move shorter: the team has seen all of it
        self.seen_log = {r: min(n, len(self.game.view(r).log)) for r, n in self.seen_log.items()}
        self.write(self.t("undone", action=self.describe(undone)))
        return True

    def explain(self, n: int, legal: list[Action]) -> None:
        """``h N``: what move N does, what it costs now and what the team has left."""
        action = next((a for a in legal if self.numbers.get(str(a)) == n), None)
        if action is None:
            self.write(self.t("gone", n=n) if n in self.numbers.values() else self.t("bad"))
            return
        d = self.sc.actions.get(f"{action.role}:{action.name}")
        self.write(self.t("explain_head", n=n, x=self.describe(action)))
        if d is None:
            return
        self.write("  " + self.t("explain_does", x=self.name(d.text)))
        v = self.game.view(action.role, log=False)
        energy = action.role == "inwoner"
        left = v.energy if energy else v.time
        cost = self.game.time_cost(action)
        if cost is None:
            cost = d.cost.time
        unit = t("ui.word_energy" if energy else "ui.word_time", self.lang)
        line = self.t("explain_cost", n=cost, unit=unit, left=left)
        if cost != d.cost.time:
            line += " " + self.t("explain_extra" if cost > d.cost.time else "explain_less",
                                 n=abs(cost - d.cost.time))
        self.write("  " + line)
        if d.cost.pot:
            self.write("  " + self.t("explain_pays", pot=pot_law_name(d.cost.pot, d.law,
                                                                      self.lang),
                                     n=d.cost.money, left=v.pots.get(d.cost.pot, 0)))
        if d.lesson:
            self.write("  " + self.t("explain_lesson",
                                     x=name_of(self.sc, d.lesson, self.lang, "lesson")))

    def blocked_names(self, blocked: list[tuple[Action, Message]]) -> list[str]:
        """The names of the blocked cards, each once, in the engine's order."""
        names: list[str] = []
        for a, _r in blocked:
            d = self.sc.actions.get(f"{a.role}:{a.name}")
            label = self.name(d.name) if d else a.name
            if label not in names:
                names.append(label)
        return names

    def show_blocked(self, groups: list[tuple[str, str]]) -> None:
        """What ``b`` shows: every blocked move with the reason why it cannot now."""
        if not groups:
            self.write(self.t("blocked_none"))
            return
        self.write(self.t("blocked"))
        for label, reason in groups:
            self.write(f"  - {label}: {reason}")

    def group_blocked(self, blocked: list[tuple[Action, Message]]) -> list[tuple[str, str]]:
        """One line per action and reason: targets that share a reason are listed together,
        so a screen reader does not read the same sentence ten times. A card whose reason
        holds for all its targets (game/table/hand.py) gets one line with that reason."""
        groups: dict[tuple[str, str], list[str]] = {}
        common: dict[str, Message | None] = {}
        cards = {c.name: c for c in hand(self.game, blocked[0][0].role).cards} if blocked else {}
        for a, r in blocked:
            d = self.sc.actions.get(f"{a.role}:{a.name}")
            label = self.name(d.name) if d else a.name
            if a.name not in common:
                card = cards.get(a.name)
                common[a.name] = card.common_reason() if card is not None else None
            shared = common[a.name]
            if shared is not None:
                groups.setdefault((label, render(shared, self.sc, self.lang)), [])
                continue
            reason = render(r, self.sc, self.lang)  # type: ignore[arg-type]
            targets = groups.setdefault((label, reason), [])
            described = self.describe(a)
            if described.startswith(label + " ("):
                targets.append(described[len(label) + 2:].split(")")[0])
        return [(f"{label} ({'; '.join(ts)})" if ts else label, reason)
                for (label, reason), ts in groups.items()]

    def parse(self, answer: str, legal: list[Action]) -> Action | None:
        n = _number(answer)
        if n is not None:
            if not self.numbers:
                self.numbered(legal)
            return next((a for a in legal if self.numbers.get(str(a)) == n), None)
        try:
            a = Action.parse(answer)
        except ValueError:
            return None
        return a if a in legal else None

    # -- showing ----------------------------------------------------------------------

    def name(self, obj: object) -> str:
        return obj.get(self.lang)  # type: ignore[attr-defined, no-any-return]

    def describe(self, a: Action) -> str:
        lang = self.lang
        d = self.sc.actions.get(f"{a.role}:{a.name}")
        if a.name == "kies":
            return t("ui.yes" if a.arg == "ja" else "ui.no", lang)
        label = self.name(d.name) if d else a.name
        args = []
        for key, v in (("fact", a.arg), ("other", a.arg2)):
            if v is None:
                continue
            if v in TEAM:
                args.append(role_name(v, lang, self.sc))
            else:
                args.append(self.thing(v))
        extra = f" ({' → '.join(args)})" if args and a.sep != "+" else (
            f" ({' + '.join(args)})" if args else "")
        cost = ""
        if d is not None and a.role != "facilitator":
            parts = []
            time = self.game.time_cost(a)  # the real cost now, surcharges included
            if time is None:
                time = d.cost.time
            if time:
                unit = t("ui.word_energy" if a.role == "inwoner" else "ui.word_time", lang)
                parts.append(f"{time} {unit}")
            if d.cost.pot:  # the gemeente's pot with the law it pays under, as the board
                pot = (pot_law_name(d.cost.pot, d.law, lang) if d.cost.pot == "wmo"
                       else pot_short(d.cost.pot, lang))
                parts.append(f"{d.cost.money} {pot}")
            cost = f" [{', '.join(parts)}]" if parts else ""
        return f"{label}{extra}{cost}"

    def thing(self, ident: str) -> str:
        return name_of(self.sc, ident, self.lang)

    def show_view(self, v: RoleView) -> None:
        lang = self.lang
        self.write("")
        self.write(self.t("round", r=v.round, n=v.rounds, p=phase_name(v.phase, lang)))
        self.write(self.t("turn", t=self.team(v.role)))
        if v.current_force:
            f = self.sc.forces[v.current_force]
            kind = t(f"kind.{f.kind}", lang)
            self.write(self.t("force", name=self.name(f.name), kind=kind))
            self.write(f"  {self.name(f.text)}")
        if v.pending_choice:
            ch = self.sc.forces[v.pending_choice].choice
            if ch:
                self.write(self.t("choice", q=self.name(ch.question)))
        if v.active_forces:
            self.write(self.t("active", x=", ".join(
                self.name(self.sc.forces[f.id].name)
                + (f" ({f.rounds_left})" if f.rounds_left else "") for f in v.active_forces)))
        if v.time is not None:
            self.write(self.t("time", x=v.time))
        if v.energy is not None:
            self.write(self.t("energy", x=v.energy))
        self.write(self.t("health", x=", ".join(
            f"{dim_name(d, lang)} {val}" for d, val in v.health.items())))
        dossier = ", ".join(f"{self.thing(p.id)} ({self.t('severity', n=p.severity)})"
                            for p in v.problems)
        self.write(self.t("dossier", x=dossier or self.t("empty")))
        for sig in v.signals:
            s = next(s for s in self.sc.casus.signals if s.id == sig)
            self.write(f"  - {self.name(s.text)}")
        if v.wish_known:
            self.write(self.t("wish", n=self.sc.casus.name_in(self.lang), x=self.name(self.sc.casus.wish.text)))
        self.write(self.t("trust", n=self.sc.casus.name_in(self.lang), x=", ".join(
            f"{self.team(r)} {val}" for r, val in v.trust.items())))
        self.write(self.t("relations", x=", ".join(
            f"{' – '.join(self.team(r) for r in k.split('+'))} {val}"
            for k, val in v.relations.items())))
        self.write(self.t("pots", x=", ".join(
            f"{pot_name(p, lang)} {val}" for p, val in v.pots.items())))
        self.show_offers(v)

    def show_short(self, v: RoleView) -> None:
        """Between two moves of one turn: what is left, and what waits for the inwoner
        (the whole view again with ``v``)."""
        self.write("")
        if v.time is not None:
            self.write(self.t("time", x=v.time))
        if v.energy is not None:
            self.write(self.t("energy", x=v.energy))
        self.show_offers(v)

    def show_offers(self, v: RoleView) -> None:
        if v.role == "inwoner" and (v.offers or v.requests):
            items = [self.thing(o[0]) for o in v.offers] + [
                f"{self.team(r.split('->')[0])} → {self.team(r.split('->')[1])}"
                for r in v.requests]
            self.write(self.t("offers", n=self.sc.casus.name_in(self.lang), x=", ".join(items)))

    def show_events(self, role: str) -> None:
        """Print what happened since this role last looked, as this role may see it."""
        log = self.game.view(role).log
        heading: tuple[int, str] | None = None
        for r, p, m in log[self.seen_log.get(role, 0):]:
            # the leven phase under a heading of its own: what happened by itself is not
            # the result of the last move
            part = "leven" if p in ("kracht", "leven") and m.code not in (
                "round_start", "force_drawn", "force_struck") else "moves"
            if (r, part) != heading and (part == "leven" or (heading or (0, ""))[1] == "leven"):
                self.write(self.t("leven_heading" if part == "leven" else "moves_heading",
                                  r=r, n=self.sc.casus.name_in(self.lang)))
            heading = (r, part)
            self.write(f"  * {render(m, self.sc, self.lang)}")
        self.seen_log[role] = len(log)

    def show_end(self) -> None:
        r = self.game.result()
        ending = next((e for e in self.sc.casus.endings if e.id == r.ending), None)
        self.write("")
        self.write(self.t("end"))
        if ending:
            self.write(self.t("ending", name=self.name(ending.name)))
            self.write(self.name(ending.text))
        self.write(", ".join(f"{dim_name(d, self.lang)} {r.health_start[d]} → {r.health_end[d]}"
                             for d in r.health_end))
        # lesson L6: the time for working together that no pot paid, per professional
        self.write(t("unpaid.title", self.lang) + ":")
        for line in unpaid_lines(self.sc, unpaid_by_role(self.game.unpaid_time()), self.lang,
                                 self.table.teams):
            self.write(f"  {line}")
        self.write(self.name(self.sc.casus.epilogue))


def _explain_number(answer: str) -> int | None:
    """The N of "h N", "h3", "? 3" or "hulp 3"; None when the answer is not that."""
    for word in ("hulp", "help", "h", "?"):
        if answer.startswith(word):
            return _number(answer[len(word):].strip())
    return None


def _terminal_clear(write: Callable[[str], None]) -> Callable[[], None]:
    """Wipe a real terminal (ANSI: clear screen, cursor home); a pipe or a test is left
    as it is (their lines are read in order, nothing is on a screen)."""
    def clear() -> None:
        if write is print and sys.stdout.isatty():
            sys.stdout.write("\033[2J\033[H")
            sys.stdout.flush()

    return clear


def _number(answer: str) -> int | None:
    """The number a player typed, in ASCII digits only: str.isdigit() also accepts '²'
    (which int() refuses) and '٣' or '３' (which int() reads as 3, a move nobody meant)."""
    return int(answer) if answer.isascii() and answer.isdigit() else None
