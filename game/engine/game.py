"""The rules of Krachtenveld: a game is created from a scenario, a seed and an organisation
model, and changes only through apply(action). Everyone sees it through view(role).

The public API follows python-chess and OpenSpiel: ``to_move()``, ``legal_actions(role)``,
``blocked_actions(role)`` (with the reason each one is not legal), ``apply(action)`` (returns
the events it caused), ``view(role)``, ``is_over()``, ``result()``, ``history`` and the save
format (scenario id, seed, model, difficulty and action notations) that replays exactly.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from game.engine import (
    conditions,
    consent,
    forces,
    legality,
    moves,
    mutate,
    payments,
    phases,
    roles,
    scoring,
)
from game.engine.actions import Action, NotationError
from game.engine.defs import PROFESSIONALS, ActionDef, Condition, Effect, Scenario
from game.engine.effects import EFFECTS
from game.engine.effects import Ctx as _Ctx
from game.engine.messages import Message, msg
from game.engine.ops import OPS
from game.engine.phases import active as _active
from game.engine.readonly import ReadOnlyState
from game.engine.roles import DIFFICULTIES, PAIRS, ROLES, TEAM
from game.engine.scoring import Result, make_result
from game.engine.state import GameState, ProblemState
from game.engine.view import RoleView, make_view

SAVE_FORMAT = "krachtenveld-save"
SAVE_VERSION = 1
# (plain dict copies of the role vocabulary for the hot paths)
DOMAIN = dict(roles.DOMAIN)
PAIR_OF = dict(roles.PAIR_OF)
ALL = frozenset(ROLES)


class IllegalAction(Exception):
    """An action that is not legal now; ``reason`` says why (render it for players)."""

    def __init__(self, action: str, reason: Message) -> None:
        super().__init__(f"{action}: {reason.code} {dict(reason.params)}")
        self.action = action
        self.reason = reason

    def __reduce__(self) -> tuple[type[IllegalAction], tuple[str, Message]]:
        return (IllegalAction, (self.action, self.reason))  # picklable across processes


class SaveError(ValueError):
    """A save file that cannot be replayed; the message says what and where (in English, for
    logs). ``code`` and ``params`` say the same for the player's language: the language layer
    renders ``error.save.<code>`` (``game.lang.error_text``); ``reason`` is the engine's reason
    when an action of the save is not legal."""

    def __init__(self, message: str, code: str = "invalid", reason: Message | None = None,
                 **params: str | int) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.params = params
        self.scenario: Scenario | None = None  # the scenario the reason's names come from

    def __reduce__(self) -> tuple[object, ...]:
        return (_save_error, (str(self), self.code, self.reason, self.params))


def _save_error(message: str, code: str, reason: Message | None,
                params: dict[str, str | int]) -> SaveError:
    return SaveError(message, code, reason, **params)


class Game:
    """One game of Krachtenveld."""

    def __init__(self, scenario: Scenario, seed: int = 0, model: str = "netwerkmodel",
                 difficulty: str = "normaal") -> None:
        if model not in scenario.models:
            raise ValueError(f"unknown organisation model '{model}'; choose from "
                             f"{', '.join(sorted(scenario.models))}")
        if difficulty not in DIFFICULTIES:
            raise ValueError(f"unknown difficulty '{difficulty}'; choose from "
                             f"{', '.join(DIFFICULTIES)}")
        self.scenario = scenario
        c = scenario.casus
        self._problems = {p.id: p for p in c.problems}
        self._network = {n.id: n for n in c.network}
        # the problems that others look like (a problem's ``looks_like``): help may be misread
        self._looks_alike = frozenset(p.looks_like for p in c.problems if p.looks_like)
        self._signals_by_action: dict[str, list[Any]] = {}
        for sig in c.signals:
            for action_id in sig.found_by:
                self._signals_by_action.setdefault(action_id, []).append(sig)
        self._by_role: dict[str, list[ActionDef]] = {r: [] for r in ALL}
        # (role, card) -> the flag that gives the card a payment title for its pot
        self._card_titles: dict[tuple[str, str], str] = {}
        for a in scenario.actions.values():
            self._by_role[a.role].append(a)
            if a.payment_title is not None:
                self._card_titles[(a.role, a.id)] = a.payment_title
        # Actions are immutable values, so the ones whose targets depend on the content only
        # are built once (shared with cheap copies of this game, like the search bot's)
        self._static_targets: dict[tuple[str, str], tuple[Action, ...]] = {}
        self._action_memo: dict[tuple[str, str, str | None, str | None, str], Action] = {}
        # per role and card, for legal_actions: (card, op, least time it costs, key in `used`
        # when it may be played once per round, fixed targets or None, pot, requires)
        # (format 3) card id -> the problem kinds it is help for: the card is a legal move
        # only while its role knows a problem of such a kind (help must fit the person)
        self._fit: dict[str, frozenset[str]] = (
            legality.fit_kinds(scenario) if c.format >= 3 else {})
        self._kind = {p.id: p.kind for p in c.problems}
        self._plans: dict[str, list[tuple[Any, ...]]] = {}
        for role, defs in self._by_role.items():
            plan = self._plans[role] = []
            for d in defs:
                fixed = moves.static_targets(role, d)
                if fixed is not None:
                    self._static_targets[(role, d.id)] = fixed
                once = legality.once_per_round(d)
                plan.append((d, d.op, 0 if d.op == "plan_overleg" else d.cost.time,
                             f"{role}:{d.id}" if once else None, fixed, d.cost.pot,
                             tuple(d.requires), self._fit.get(f"{role}:{d.id}")))
        m = scenario.models[model]
        self._model = _active(m.id, "model", None, m.modifiers)
        self._events: list[Message] = []
        self._ro: ReadOnlyState | None = None  # the read-only door to the state
        self._blocked: dict[str, str] = {}  # action id -> the force that blocks it
        self._extra_time: dict[str, int] = {}  # action id or op -> extra time
        # (format 3, during the leven phase) what help already gave each dimension this round
        self._gain_room: dict[str, int] | None = None

        s = self._s = GameState(scenario.id, seed, model, difficulty, random.Random(seed))
        s.health = {d: int(v) for d, v in c.start.health.items()}
        s.start_health = dict(s.health)
        s.problems = {p.id: ProblemState(p.severity, p.severity) for p in c.problems}
        s.knows = {r: set() for r in ALL}
        s.signals = {r: [] for r in ALL}
        s.learned_at = {r: {} for r in ALL}
        for p in c.problems:
            for r in p.known_to:
                s.knows[r].add(p.id)
                s.learned_at[r][p.id] = 0
        s.knows["inwoner"].add("wens")
        s.learned_at["inwoner"]["wens"] = 0
        s.trust = {r: c.start.trust.get(r, 0) for r in PROFESSIONALS}  # type: ignore[call-overload]
        s.relations = {p: m.relations_override.get(p, m.relations) for p in PAIRS}
        s.pots = {p: int(v) for p, v in c.start.pots.items()}
        for pot in ("zvw", "wmo", "wlz"):
            s.pots.setdefault(pot, 0)
        s.start_pots = dict(s.pots)
        s.counters = {"gp_visits": 0, "crises": 0, "medicalisation": 0, "emergency_visits": 0}
        s.network = {n.id: n.active for n in c.network}
        self._recompute_flags()
        if self._flag("gemeenschap"):
            for n in c.network:
                if n.community:
                    s.network[n.id] = True
        s.deck = self._build_deck()
        self._start_round(first=True)
        self._advance()
        self._events.clear()

    # ----------------------------------------------------------------- public API --

    @property
    def state(self) -> ReadOnlyState:
        """The full state, read-only (for the facilitator's reveal-all and the debrief).

        game/engine/readonly.py: nothing outside the engine can change the state but by
        apply(). Players see a view(role) instead."""
        ro = self._ro
        if ro is None:
            ro = self._ro = ReadOnlyState(self._s)
        return ro

    def clone(self) -> Game:
        """An independent copy of this game (python-chess's ``Board.copy``, OpenSpiel's
        ``Clone``): playing on the copy leaves this game as it is. Cheap: the scenario and
        the tables derived from it are shared. A watcher's hooks are not copied (the copy is
        a plain Game)."""
        from game.engine.determinize import dup_state

        g = Game.__new__(Game)
        g.__dict__.update(self.__dict__)
        g._s = dup_state(self._s)
        g._events = []
        g._ro = None
        return g

    def holds(self, condition: Condition, actor: str = TEAM) -> bool:
        """Whether a condition of the content vocabulary holds now, for ``actor`` (by
        default the team: "actor" then means any professional, as in an ending)."""
        return self._cond(condition, actor)

    def unpaid_time(self) -> list[scoring.UnpaidTime]:
        """The time professionals spent on working together that no pot paid (lesson L6):
        kennismaken, MDO, sharing, asking consent; computed from the history."""
        return scoring.unpaid_time(self)

    @property
    def history(self) -> list[str]:
        return list(self._s.history)

    @property
    def round(self) -> int:
        return self._s.round

    @property
    def phase(self) -> str:
        return self._s.phase

    def is_over(self) -> bool:
        return self._s.over

    @property
    def model(self) -> str:
        """The organisation model in force now: the set-up's (``state.model``, what a save
        records), unless the facilitator changed it mid-game (``facilitator:model(id)``)."""
        return self._s.model_now or self._s.model

    def to_move(self) -> tuple[str, ...]:
        """The roles that may act now (in the professionals phase: in any order)."""
        s = self._s
        if s.over:
            return ()
        if s.phase == "kracht" and s.pending_choice:
            choice = self.scenario.forces[s.pending_choice].choice
            return (choice.chooser,) if choice else ()
        if s.phase == "inwoner":
            return ("inwoner",)
        if s.phase == "professionals":
            return tuple(r for r in PROFESSIONALS if r not in s.done)
        return ()

    def candidates(self, role: str) -> Iterator[Action]:
        """Every action this role could play in some situation now, legal or not."""
        return moves.candidates(self, role)

    def legal_actions(self, role: str) -> list[Action]:
        """The actions this role may play now.

        The same as ``[a for a in candidates(role) if reason(a) is None]`` (the slow, obviously
        right definition; tests/engine/test_legal_fastpath.py holds them together), but checks
        that do not depend on the target prune a whole card at once (game/engine/moves.py)."""
        return moves.legal_actions(self, role)

    # which moves are on offer (game/engine/moves.py)
    _targets = moves.targets
    _action = moves.action
    _legal_shares = moves.legal_shares

    def blocked_actions(self, role: str) -> list[tuple[Action, Message]]:
        """This role's actions that are not legal now, each with the reason why."""
        out = []
        for a in self.candidates(role):
            r = self._check(a)
            if r is not None:
                out.append((a, r))
        return out

    def reason(self, action: Action | str) -> Message | None:
        """Why this action is not legal now, or None when it is."""
        a = self._coerce(action)
        if isinstance(a, Message):
            return a
        return self._check(a)

    def time_cost(self, action: Action | str) -> int | None:
        """What this action costs in time (energy for the inwoner) now, surcharges included.

        None for a text that is no action of the scenario."""
        a = self._coerce(action)
        if isinstance(a, Message) or a.role == "facilitator" or a.name == "kies":
            return None
        d = self._def(a)
        return None if d is None else self._time_cost(a, d)

    def apply(self, action: Action | str) -> list[Message]:
        """Play an action. Returns the events it caused; raises IllegalAction when illegal."""
        a = self._coerce(action)
        if isinstance(a, Message):
            raise IllegalAction(str(action), a)
        why = self._check(a)
        if why is not None:
            raise IllegalAction(str(a), why)
        self._events = []
        self._s.history.append(str(a))
        self._play(a)
        self._check_immediate()
        self._advance()
        return list(self._events)

    def view(self, role: str, log: bool = True) -> RoleView:
        """What this role may see. The only way a UI, bot or client sees the game.

        ``log=False`` leaves out the event log (bots that decide often do not need it)."""
        return make_view(self, role, log)

    def result(self) -> Result:
        """The score summary (the ending, the wish, the web, care use, money, relations...)."""
        return make_result(self)

    def to_save(self) -> dict[str, Any]:
        s = self._s
        return {"format": SAVE_FORMAT, "version": SAVE_VERSION, "scenario": s.scenario_id,
                "seed": s.seed, "model": s.model, "difficulty": s.difficulty,
                "actions": list(s.history)}

    @classmethod
    def from_save(cls, data: Any, scenario: Scenario) -> Game:
        """Replay a save. Raises SaveError naming the field or the action that is wrong."""
        if not isinstance(data, dict):
            raise SaveError("a save is a JSON object with format, scenario, seed and actions",
                            "not_object")
        if data.get("format") != SAVE_FORMAT:
            raise SaveError(f"not a Krachtenveld save (format is {data.get('format')!r})",
                            "format", found=repr(data.get("format")))
        if data.get("version") != SAVE_VERSION:
            raise SaveError(f"save version {data.get('version')!r} is not supported "
                            f"(this game reads version {SAVE_VERSION})", "version",
                            found=repr(data.get("version")), version=SAVE_VERSION)
        if data.get("scenario") != scenario.id:
            raise SaveError(f"the save is for scenario {data.get('scenario')!r}, "
                            f"not {scenario.id!r}", "scenario",
                            found=repr(data.get("scenario")), scenario=scenario.id)
        seed, actions = data.get("seed"), data.get("actions")
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise SaveError(f"seed must be a whole number, found {seed!r}", "seed",
                            found=repr(seed))
        if not isinstance(actions, list) or not all(isinstance(x, str) for x in actions):
            raise SaveError("actions must be a list of action notations (text)", "actions")
        model = str(data.get("model", "netwerkmodel"))
        difficulty = str(data.get("difficulty", "normaal"))
        if model not in scenario.models:
            raise SaveError(f"unknown organisation model '{model}'; choose from "
                            f"{', '.join(sorted(scenario.models))}", "model", model=model,
                            choices=", ".join(sorted(scenario.models)))
        if difficulty not in DIFFICULTIES:
            raise SaveError(f"unknown difficulty '{difficulty}'; choose from "
                            f"{', '.join(DIFFICULTIES)}", "difficulty", difficulty=difficulty,
                            choices=", ".join(DIFFICULTIES))
        try:
            game = cls(scenario, seed, model, difficulty)
        except ValueError as e:
            raise SaveError(str(e), "invalid", text=str(e)) from e
        for i, text in enumerate(actions):
            try:
                game.apply(text)
            except IllegalAction as e:
                err = SaveError(f"action {i + 1} ('{text}') cannot be replayed: "
                                f"{e.reason.code} {dict(e.reason.params)}", "action",
                                reason=e.reason, n=i + 1, action=text)
                err.scenario = scenario
                raise err from e
        return game

    def state_hash(self) -> str:
        """A hash of the whole state: two games with the same hash are the same game.

        The sha256 of ``to_dict()`` as compact JSON with sorted keys. The log only grows and
        its entries are immutable, so each entry's JSON is made once (``_log_json``) and put
        in its place in the text: the same text, not the whole log again at every autosave
        (issue 11: the classroom host saves after every move)."""
        d = self._to_dict_without_log()
        d["log"] = _LOG_PLACE
        blob = json.dumps(d, sort_keys=True, separators=(",", ":"), default=str)
        blob = blob.replace(_LOG_PLACE_JSON, self._log_json(), 1)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _log_json(self) -> str:
        """The log as state_hash writes it (compact, sorted keys), each entry's text kept
        while the entry stays in its place (checked by identity: a clone or a replaced log
        makes new texts)."""
        log = self._s.log
        refs, parts = getattr(self, "_log_memo", ((), ()))
        n, same = min(len(refs), len(log)), 0
        while same < n and refs[same] is log[same]:
            same += 1
        if same != len(log) or same != len(refs):
            parts = (*parts[:same], *(json.dumps([r, p, m.to_dict()], sort_keys=True,
                                                 separators=(",", ":"), default=str)
                                      for r, p, m in log[same:]))
            # new tuples, never changed in place: a clone that shares them keeps its own
            self._log_memo = (tuple(log), parts)
        return "[" + ",".join(parts) + "]"

    def to_dict(self) -> dict[str, Any]:
        d = self._to_dict_without_log()
        d["log"] = [[r, p, m.to_dict()] for r, p, m in self._s.log]
        return d

    def _to_dict_without_log(self) -> dict[str, Any]:
        s = self._s
        d = {k: getattr(s, k) for k in s.__slots__ if k not in ("rng", "log", "flags")}
        for k in ("struck", "model_now", "ignored_wish"):  # unused by old saves: same hashes
            if not d[k]:
                del d[k]
        d = json.loads(json.dumps(d, default=_jsonable, sort_keys=True))
        d["rng"] = hashlib.sha256(repr(s.rng.getstate()).encode()).hexdigest()
        return d

    def before_round(self) -> None:
        """Called just before a round starts (and before round 1), while the state is still
        the board at the end of the previous round. Does nothing; a subclass that watches a
        game (the debrief's replay takes a snapshot of every round here) overrides it. It
        must not change the state."""

    def wish_met(self) -> bool:
        """The inwoner's own wish is known to a professional and its dimensions are high."""
        s = self._s
        w = self.scenario.casus.wish
        return any("wens" in s.knows[r] for r in PROFESSIONALS) and all(
            s.health[d] >= w.threshold for d in w.dims)

    def flags(self) -> dict[str, list[str]]:
        """The rule switches in force now, each with the forces (or the model) behind it."""
        return {k: list(v) for k, v in self._s.flags.items()}

    # ---------------------------------------------------------------- internals --

    def _coerce(self, action: object) -> Action | Message:
        """The action a caller means, or why it is none (anything but an Action or a text
        with a valid notation: None, bytes, a number...)."""
        if isinstance(action, Action):
            return action
        if not isinstance(action, str):
            return msg("unknown_action", text=repr(action))
        try:
            return Action.parse(action)
        except NotationError:
            return msg("unknown_action", text=action)

    def _def(self, a: Action) -> ActionDef | None:
        return self.scenario.actions.get(f"{a.role}:{a.name}")

    # the checks every move shares (game/engine/legality.py)
    _check = legality.check
    _fits = legality.fits
    _check_target = legality.check_target
    _check_offer = legality.check_offer

    # who may share what with whom (game/engine/consent.py)
    _check_consent = consent.check_consent
    _medical_fact = consent.medical_fact
    _check_consent_v3 = consent.check_consent_v3

    # payments and time costs (game/engine/payments.py)
    _check_payment = payments.check_payment
    _check_payment_of = payments.check_payment_of
    _title = payments.title
    _title_source = payments.title_source
    _title_needed = payments.title_needed
    _use_title = payments.use_title
    _charge = payments.charge
    _base_time = payments.base_time
    _time_cost = payments.time_cost
    _overleg_paid = payments.overleg_paid
    _overleg_time = payments.overleg_time
    _extra_wait = payments.extra_wait
    _kinds_treated = payments.kinds_treated

    def _play(self, a: Action) -> None:
        s = self._s
        if a.role == "facilitator":
            if a.name == "einde":
                self._emit("facilitator_end")
                self._finish(final=True)
            elif a.name == "schrap":
                self._strike(a.arg or "")
            elif a.name == "model":
                self._switch_model(a.arg or "")
            else:
                self._emit("force_drawn", force=a.arg or "")
                self._resolve_force(self.scenario.forces[a.arg or ""], injected=True)
            return
        if a.name == "kies":
            self._choose(a.arg == "ja")
            return
        d = self._def(a)
        assert d is not None
        cost = self._time_cost(a, d)
        if a.role == "inwoner":
            s.energy -= cost
        else:
            s.time[a.role] -= cost
        s.used.add(f"{a.role}:{a.name}")
        if d.op != "klaar":
            self._emit("played", role=a.role, action=f"{a.role}:{a.name}")
        if d.cost.pot and d.cost.money:
            self._charge(d.cost.pot, d.cost.money, d.id, a.role, self._kinds_treated(d),
                         cross=self._title_needed(a.role, d.cost.pot))
        OPS[d.op](self, a, d)
        ctx = _Ctx(a.role, a.arg if a.arg in self._problems else None, d.cost.pot,
                   DOMAIN.get(a.role), other=a.arg if a.arg in PROFESSIONALS else None)
        for e in d.effects:
            self._effect(e, ctx)
        if d.community and self._flag("gemeenschap"):
            self._health("meedoen", 1)
        if d.op == "generic":
            self._find_signals(a.role, d.id)

    # phases, rounds and endings (game/engine/phases.py)
    _advance = phases.advance
    _start_round = phases.start_round
    _resolve_force = phases.resolve_force
    _choose = phases.choose
    _leven = phases.leven
    _energy = phases.energy
    _escalate = phases.escalate
    _overleg = phases.overleg
    _afronding = phases.afronding
    _finish = phases.finish
    _end = phases.end
    _check_immediate = phases.check_immediate
    _build_deck = phases.build_deck
    _window_closed = phases.window_closed
    _strained = phases.strained
    _misread = phases.misread

    def _effect(self, e: Effect, ctx: _Ctx) -> None:
        k = e.key
        EFFECTS[k](self, getattr(e, k), ctx)

    # the changes of the state, each told as an event (game/engine/mutate.py)
    _ask = mutate.ask
    _find_signals = mutate.find_signals
    _mark_treated = mutate.mark_treated
    _learn = mutate.learn
    _health = mutate.health
    _severity = mutate.severity
    _knowers = mutate.knowers
    _trust = mutate.trust
    _relation = mutate.relation
    _counter = mutate.counter
    _starts_in = mutate.starts_in
    _set_network = mutate.set_network
    _lose_bridge = mutate.lose_bridge

    # conditions: whether one holds, and why not (game/engine/conditions.py)
    _cond = conditions.holds
    _addressed = conditions.addressed
    _roles = conditions.roles_of
    _cond_reason = conditions.cond_reason

    # the forces in play and their flags (game/engine/forces.py)
    _forces = forces.active_forces
    _recompute_flags = forces.recompute_flags
    _add_active = forces.add_active
    _flag = forces.flag
    _flag_int = forces.flag_int
    _src = forces.src
    _count_blocks = forces.count_blocks
    _force_blocks = forces.force_blocks
    _force_may_block = forces.force_may_block
    _strike = forces.strike
    _switch_model = forces.switch_model

    def _emit(self, code: str, visible_to: frozenset[str] | None = None,
              **params: str | int) -> None:
        m = msg(code, visible_to, **params)
        self._events.append(m)
        self._s.log.append((self._s.round, self._s.phase, m))


# where state_hash puts the log's text: a string no state holds (it has NUL characters)
_LOG_PLACE = "\x00log\x00"
_LOG_PLACE_JSON = json.dumps(_LOG_PLACE)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _jsonable(o: Any) -> Any:
    if isinstance(o, set | frozenset):
        return sorted(o)
    if hasattr(o, "__dataclass_fields__"):
        # one level: json.dumps comes back here for the dataclasses inside. The same JSON
        # as asdict(o), without its deep copies (state_hash runs at every autosave)
        names = _FIELD_NAMES.get(type(o))
        if names is None:
            names = _FIELD_NAMES[type(o)] = tuple(f.name for f in fields(o))
        return {n: getattr(o, n) for n in names}
    if isinstance(o, Message):
        return o.to_dict()
    return str(o)
