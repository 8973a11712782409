"""The text mode: a whole game at one keyboard, readable by a screen reader.

Every turn shows the round and phase, the force card, the current team's own view, its legal
actions numbered, and the actions that are blocked with the reason. Plain lines, no tables
or box drawing, so a screen reader reads it in order. The game is saved after every action;
end of input or Ctrl-C saves and stops cleanly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.engine import Action, Game, IllegalAction, Message, render
from game.engine.messages import DIM_NAMES, POT_NAMES, ROLE_NAMES
from game.engine.view import RoleView
from game.table import Table
from game.table.hand import hand

TEAM = {
    "huisarts": ("Huisarts", "GP"),
    "wijkverpleegkundige": ("Wijkverpleegkundige", "District nurse"),
    "sociaal_werker": ("Sociaal werker", "Social worker"),
    "inwoner": ("Inwoner", "Resident"),
}
UI = {
    "round": ("Ronde {r} van {n} — fase: {p}", "Round {r} of {n} — phase: {p}"),
    "turn": ("Beurt: team {t}", "Turn: team {t}"),
    "force": ("Krachtkaart: {name} ({kind}, gebied {area})", "Force card: {name} ({kind}, area {area})"),
    "active": ("Actieve krachten: {x}", "Active forces: {x}"),
    "time": ("Tijd over: {x}", "Time left: {x}"),
    "energy": ("Energie over: {x}", "Energy left: {x}"),
    "health": ("Gezondheid (wat jij ziet): {x}", "Health (what you see): {x}"),
    "dossier": ("Jouw dossier: {x}", "Your dossier: {x}"),
    "empty": ("leeg", "empty"),
    "wish": ("Wens van {n}: {x}", "{n}'s wish: {x}"),
    "pots": ("Potjes: {x}", "Budgets: {x}"),
    "relations": ("Relaties: {x}", "Relations: {x}"),
    "trust": ("Vertrouwen van {n}: {x}", "{n}'s trust: {x}"),
    "offers": ("Aanbod en vragen voor {n}: {x}", "Offers and requests for {n}: {x}"),
    "legal": ("Wat kan je doen? Typ een nummer.", "What can you do? Type a number."),
    "blocked": ("Kan nu niet:", "Not possible now:"),
    "prompt": ("Keuze (nummer, w = wissel team, h = hulp, s = stoppen): ",
               "Choice (number, w = switch team, h = help, s = stop): "),
    "which": ("Welk team is aan de beurt? {x}", "Which team goes now? {x}"),
    "handover": ("Geef door aan team {t}. Druk op Enter als team {t} klaar zit.",
                 "Hand over to team {t}. Press Enter when team {t} is ready."),
    "bad": ("Dat begrijp ik niet. Typ een nummer uit de lijst.",
            "I don't understand. Type a number from the list."),
    "save_failed": ("Bewaren lukt niet: {why}", "Could not save: {why}"),
    "saved": ("Spel bewaard in {p}. Verder spelen: {cmd}",
              "Game saved in {p}. Continue: {cmd}"),
    "end": ("Het spel is afgelopen.", "The game is over."),
    "ending": ("Einde: {name}", "Ending: {name}"),
    "choice": ("Keuze: {q}", "Choice: {q}"),
    "prompt_coach": ("Keuze (nummer, t = tip van de coach, h = hulp, s = stoppen): ",
                     "Choice (number, t = coach's tip, h = help, s = stop): "),
    "tip": ("Tip van de coach ({lesson}): {action}", "Coach's tip ({lesson}): {action}"),
    "bot_played": ("{team} (bot): {action}", "{team} (bot): {action}"),
    "solo": ("Oefenen: jij speelt team {t}. De andere teams zijn bots.",
             "Practice: you play team {t}. The other teams are bots."),
    "monday_intro": (("Nabespreking, laatste vraag: wat doe je maandag anders, in je eigen "
                      "werk of buurt? Eén zin per team. Enter zonder tekst: overslaan."),
                     ("Debrief, last question: what will you do differently on Monday, in your "
                      "own work or neighbourhood? One sentence per team. Enter alone: skip.")),
    "monday_ask": ("Team {team}: ", "Team {team}: "),
    "monday_saved": ("De antwoorden zijn bewaard bij het spel.",
                     "The answers are saved with the game."),
    "report_hint": (("De hele nabespreking als verslag: krachtenveld report {p} --out "
                     "verslag.html"),
                    ("The whole debrief as a report: krachtenveld report {p} --out "
                     "report.html --lang en")),
    "help": (("Typ het nummer van een actie. In de fase Professionals kies je met w welk team "
              "speelt. Met s bewaar je het spel en stop je."),
             ("Type the number of an action. In the Professionals phase, w chooses which team "
              "plays. s saves the game and stops.")),
}


class TextGame:
    """Runs a game in the terminal. Input and output are injectable for tests.

    ``game`` is a Table (game/table), or a Game for which a table is made with these bots
    (role -> bot), this save file and this coach (None: no tips)."""

    def __init__(self, game: Game | Table, save_path: Path | None = None, lang: str = "nl",
                 read: Callable[[str], str] = input, write: Callable[[str], None] = print,
                 handover: bool = True, bots: dict[str, Any] | None = None,
                 coach: Any | None = None) -> None:
        if isinstance(game, Table):
            self.table = game
        else:
            self.table = Table(game, bots=bots or {}, save_path=save_path, coach=coach)
        self.game = self.table.game
        self.sc = self.game.scenario
        self.lang = lang
        self.read = read
        self.write = write
        self.handover = handover and len(self.humans) > 1
        self.current: str | None = None  # the team at the keyboard (hot seat)
        self.seen_log: dict[str, int] = {r: len(self.game.view(r).log) for r in TEAM}

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
        nl, en = UI[key]
        return (en if self.lang == "en" else nl).format(**kw)

    def team(self, role: str) -> str:
        return TEAM[role][1 if self.lang == "en" else 0]

    def resume_command(self) -> str:
        if self.table.bot_roles and len(self.humans) == 1:
            return f"krachtenveld solo --role {self.humans[0]} --load {self.save_path}"
        return f"krachtenveld play --text --load {self.save_path}"

    @property
    def humans(self) -> list[str]:
        return [r for r in TEAM if r in self.table.humans]

    def run(self) -> int:
        if self.table.bot_roles:
            self.write(self.t("solo", t=", ".join(self.team(r) for r in self.humans)))
        try:
            while not self.game.is_over():
                if not self.bot_moves():
                    self.turn()
        except (EOFError, KeyboardInterrupt):
            self.save()
            self.write("")
            self.write(self.t("saved", p=self.save_path, cmd=self.resume_command()))
            return 0
        self.save()
        self.record()
        self.show_end()
        self.monday()
        return 0

    def save(self) -> None:
        self.table.save()
        self.tell_save_error()

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
                text = self.read(self.t("monday_ask", team=self.team(role))).strip()
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
            self.write(note)

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
            answer = self.read(self.t("which", x=options) + " ").strip()
            if answer.isdigit() and 1 <= int(answer) <= len(roles):
                return roles[int(answer) - 1]
            self.write(self.t("bad"))

    def turn(self) -> None:
        role = self.pick_role()
        if role != self.current:
            self.current = role
            if self.handover:
                self.write("")
                self.read(self.t("handover", t=self.team(role)) + " ")
        view = self.game.view(role)
        self.show_view(view)
        legal = self.game.legal_actions(role)
        blocked = [(a, r) for a, r in self.game.blocked_actions(role) if r.code not in (
            "bad_target", "not_known")]
        self.write(self.t("legal"))
        for i, a in enumerate(legal):
            self.write(f"  {i + 1}. {self.describe(a)}")
        if blocked:
            self.write(self.t("blocked"))
            for label, reason in self.group_blocked(blocked):
                self.write(f"  - {label}: {reason}")
        while True:
            answer = self.read(self.t("prompt_coach" if self.coach else "prompt")).strip().lower()
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
            if answer in ("h", "?", "help", "hulp"):
                self.write(self.t("help"))
                continue
            movers = self.table.to_move()
            if answer == "w" and len(movers) > 1:
                self.current = self.ask_role(movers)
                if self.handover:
                    self.read(self.t("handover", t=self.team(self.current)) + " ")
                return
            action = self.parse(answer, legal)
            if action is None:
                self.write(self.t("bad"))
                continue
            try:
                self.table.apply(action, role)
            except IllegalAction as e:
                self.write(render(e.reason, self.sc, self.lang))
                continue
            self.tell_save_error()
            self.show_events(role)
            return

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
        if answer.isdigit() and 1 <= int(answer) <= len(legal):
            return legal[int(answer) - 1]
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
            return ("Ja" if a.arg == "ja" else "Nee") if lang == "nl" else (
                "Yes" if a.arg == "ja" else "No")
        label = self.name(d.name) if d else a.name
        args = []
        for key, v in (("fact", a.arg), ("other", a.arg2)):
            if v is None:
                continue
            if v in ROLE_NAMES:
                args.append(ROLE_NAMES[v][1 if lang == "en" else 0])
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
                unit = ("energie" if lang == "nl" else "energy") if a.role == "inwoner" else (
                    "tijd" if lang == "nl" else "time")
                parts.append(f"{time} {unit}")
            if d.cost.pot:
                parts.append(f"{d.cost.money} {d.cost.pot.upper()}")
            cost = f" [{', '.join(parts)}]" if parts else ""
        return f"{label}{extra}{cost}"

    def thing(self, ident: str) -> str:
        c = self.sc.casus
        if ident == "wens":
            return "wens" if self.lang == "nl" else "wish"
        for p in c.problems:
            if p.id == ident:
                return self.name(p.name)
        for n in c.network:
            if n.id == ident:
                return self.name(n.name)
        if ident in self.sc.arrangements:
            return self.name(self.sc.arrangements[ident].name)
        return ident

    def show_view(self, v: RoleView) -> None:
        lang, i = self.lang, (1 if self.lang == "en" else 0)
        from game.engine.messages import PHASE_NAMES

        self.write("")
        self.write(self.t("round", r=v.round, n=v.rounds, p=PHASE_NAMES[v.phase][i]))
        self.write(self.t("turn", t=self.team(v.role)))
        if v.current_force:
            f = self.sc.forces[v.current_force]
            kind = {"belemmerend": ("belemmerend", "blocking"),
                    "bevorderend": ("bevorderend", "enabling")}[f.kind][i]
            self.write(self.t("force", name=self.name(f.name), kind=kind, area=f.area))
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
            f"{DIM_NAMES[d][i]} {val}" for d, val in v.health.items())))
        dossier = ", ".join(f"{self.thing(p.id)} ({'ernst' if lang == 'nl' else 'severity'} "
                            f"{p.severity})" for p in v.problems)
        self.write(self.t("dossier", x=dossier or self.t("empty")))
        for sig in v.signals:
            s = next(s for s in self.sc.casus.signals if s.id == sig)
            self.write(f"  - {self.name(s.text)}")
        if v.wish_known:
            self.write(self.t("wish", n=self.sc.casus.inwoner, x=self.name(self.sc.casus.wish.text)))
        self.write(self.t("trust", n=self.sc.casus.inwoner, x=", ".join(
            f"{self.team(r)} {val}" for r, val in v.trust.items())))
        self.write(self.t("relations", x=", ".join(
            f"{' – '.join(self.team(r) for r in k.split('+'))} {val}"
            for k, val in v.relations.items())))
        self.write(self.t("pots", x=", ".join(
            f"{POT_NAMES[p][i]} {val}" for p, val in v.pots.items())))
        if v.role == "inwoner" and (v.offers or v.requests):
            items = [self.thing(o[0]) for o in v.offers] + [
                f"{self.team(r.split('->')[0])} → {self.team(r.split('->')[1])}"
                for r in v.requests]
            self.write(self.t("offers", n=self.sc.casus.inwoner, x=", ".join(items)))

    def show_events(self, role: str) -> None:
        """Print what happened since this role last looked, as this role may see it."""
        log = self.game.view(role).log
        for _r, _p, m in log[self.seen_log.get(role, 0):]:
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
        i = 1 if self.lang == "en" else 0
        self.write(", ".join(f"{DIM_NAMES[d][i]} {r.health_start[d]} → {r.health_end[d]}"
                             for d in r.health_end))
        self.write(self.name(self.sc.casus.epilogue))
