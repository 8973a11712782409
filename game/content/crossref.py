"""Checks between definitions, after each file passed its own model validation.

A signal names a problem, an action names an arrangement, a deck names forces, an escalation
names an ending... Each such reference must exist; a mistake is reported at the position of the
offending value, with the nearest existing name as a suggestion. Lists must not hold the same
id twice, every problem must be treatable by something, and the last ending is the fallback.

A casus is checked merged with its catalogue. Entries that come from the catalogue are shared by
every casus, so casus-specific names in them (a problem, a network resource) are only errors
where the engine would fail on them: problem ids in conditions and ending ids in effects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, get_args

from game.content.errors import (
    ContentError,
    DocPath,
    Words,
    found_expected,
    one_of,
    suggest,
    then,
    unknown,
)
from game.content.roles import left_out
from game.content.yamlsafe import YamlDoc
from game.engine.defs import (
    DIMENSIONS,
    PROFESSIONALS,
    ROLES,
    ActionCatalogue,
    ActionDef,
    ArrangementDef,
    CasusDef,
    Condition,
    Effect,
    ForceCatalogue,
    ForceDef,
    ModelCatalogue,
    ModelId,
    Modifiers,
    Op,
    OrgModelDef,
)
from game.engine.legality import REPEATABLE, card_helps

T = TypeVar("T")

OPS: tuple[str, ...] = get_args(Op)
MODEL_IDS: tuple[str, ...] = get_args(ModelId)
# (format 5) a Wmo maatwerkvoorziening waits at least this many rounds (of two weeks): the
# onderzoek takes up to 6 weeks and the decision up to 2 more (docs/scenario-format.md)
MAATWERK_WAIT = 3
_LAW_POT = ("'law: {law}' names a law the gemeente pays under, so it needs 'pot: wmo' (the "
            "gemeente's pot); the Zvw and the Wlz are laws of their own")
PAIRS = tuple(f"{a}+{b}" for i, a in enumerate(PROFESSIONALS) for b in PROFESSIONALS[i + 1:])
TARGET = "$target"
# the ops whose moves run out within a round or end the turn: the engine's repeatable ops
# (each target once: a fact shared, a pair consented, a relation at its top) and klaar, an
# offer (not again while it is offered or running) and an overleg (one planned at a time)
_RUN_OUT = REPEATABLE | {"bied_aan", "plan_overleg"}
# what a list must not hold twice -> its code (error.content.<code>)
DUPLICATES = {
    "id": "dup_id", "action": "dup_action", "arrangement id": "dup_arrangement",
    "force id": "dup_force", "model id": "dup_model", "problem id": "dup_problem",
    "signal id": "dup_signal", "network id": "dup_network", "ending id": "dup_ending",
    "force": "dup_deck_force", "term id": "dup_term",
}


def _from_to(lo: int, hi: int) -> Words:
    return Words(f"a whole number from {lo} to {hi}", "x_from_to", lo=lo, hi=hi)


@dataclass
class At(Generic[T]):
    """A definition and where it is written; ``own`` is true for a casus's own entries."""

    obj: T
    doc: YamlDoc
    path: DocPath
    own: bool = True


@dataclass
class Parts:
    """The validated files to check together; any of them may be missing."""

    actions: tuple[ActionCatalogue, YamlDoc] | None = None
    forces: tuple[ForceCatalogue, YamlDoc] | None = None
    models: tuple[ModelCatalogue, YamlDoc] | None = None
    casus: tuple[CasusDef, YamlDoc] | None = None


@dataclass
class _Names:
    problems: set[str] | None = None
    kinds: set[str] = field(default_factory=set)
    network: set[str] = field(default_factory=set)
    network_kinds: set[str] = field(default_factory=set)
    endings: set[str] | None = None
    action_ids: set[str] | None = None
    arrangements: set[str] | None = None
    forces: set[str] | None = None


def merged_actions(parts: Parts) -> dict[str, At[ActionDef]]:
    """Catalogue actions keyed ``role:id``, overridden or extended by the casus's own."""
    out: dict[str, At[ActionDef]] = {}
    if parts.actions:
        cat, doc = parts.actions
        gone = left_out(parts.casus[0]) if parts.casus else set()
        for i, a in enumerate(cat.actions):
            if f"{a.role}:{a.id}" not in gone:
                out.setdefault(f"{a.role}:{a.id}", At(a, doc, ("actions", i), own=False))
    if parts.casus:
        casus, doc = parts.casus
        for i, a in enumerate(casus.actions):
            out[f"{a.role}:{a.id}"] = At(a, doc, ("actions", i))
    return out


def merged_arrangements(parts: Parts) -> dict[str, At[ArrangementDef]]:
    out: dict[str, At[ArrangementDef]] = {}
    if parts.actions:
        cat, doc = parts.actions
        for i, r in enumerate(cat.arrangements):
            out.setdefault(r.id, At(r, doc, ("arrangements", i), own=False))
    if parts.casus:
        casus, doc = parts.casus
        for i, r in enumerate(casus.arrangements):
            out[r.id] = At(r, doc, ("arrangements", i))
    return out


def merged_forces(parts: Parts) -> dict[str, At[ForceDef]]:
    out: dict[str, At[ForceDef]] = {}
    if parts.forces:
        cat, doc = parts.forces
        for i, f in enumerate(cat.forces):
            out.setdefault(f.id, At(f, doc, ("forces", i), own=False))
    if parts.casus:
        casus, doc = parts.casus
        for i, f in enumerate(casus.forces):
            out[f.id] = At(f, doc, ("forces", i))
    return out


def merged_models(parts: Parts) -> dict[str, At[OrgModelDef]]:
    out: dict[str, At[OrgModelDef]] = {}
    if parts.models:
        cat, doc = parts.models
        for i, m in enumerate(cat.models):
            out.setdefault(m.id, At(m, doc, ("models", i), own=False))
    return out


def _conditions(c: Condition, path: DocPath) -> Iterator[tuple[str, Any, DocPath]]:
    """Every leaf of a condition as (key, value, path of the value)."""
    k = c.key
    if k in ("all", "any"):
        for i, sub in enumerate(getattr(c, k) or ()):
            yield from _conditions(sub, (*path, k, i))
    elif k == "not":
        assert c.not_ is not None
        yield from _conditions(c.not_, (*path, "not"))
    else:
        yield k, getattr(c, k), (*path, k)


def _effects(effects: Iterable[Effect], path: DocPath) -> Iterator[tuple[str, Any, DocPath]]:
    for i, e in enumerate(effects):
        yield e.key, getattr(e, e.key), (*path, i, e.key)


class _Checker:
    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.errors: list[ContentError] = []
        self.actions = merged_actions(parts)
        self.arrangements = merged_arrangements(parts)
        self.forces = merged_forces(parts)
        self.models = merged_models(parts)
        n = self.names = _Names()
        # Without the catalogue, a reference may point at a catalogue entry we cannot see.
        if parts.actions is not None:
            n.action_ids = {a.obj.id for a in self.actions.values()}
            n.arrangements = set(self.arrangements)
        if parts.forces is not None:
            n.forces = set(self.forces)
        if parts.casus is not None:
            casus = parts.casus[0]
            n.problems = {p.id for p in casus.problems}
            n.kinds = {p.kind for p in casus.problems}
            n.network = {r.id for r in casus.network}
            n.network_kinds = {r.kind for r in casus.network}
            n.endings = {e.id for e in casus.endings}

    def err(self, doc: YamlDoc, path: DocPath, message: str, at_key: bool = False) -> None:
        self.errors.append(doc.error(path, message, at_key))

    # --- generic --------------------------------------------------------------------------

    def duplicates(self, doc: YamlDoc, path: DocPath, items: Iterable[Any],
                   key: str = "id", what: str = "id") -> None:
        first: dict[Any, DocPath] = {}
        for i, item in enumerate(items):
            ident = (item.role, item.id) if key == "role:id" else (
                item if key == "" else getattr(item, key))
            sub: DocPath = (*path, i) if key == "" else (*path, i, "id")
            if ident in first:
                line = doc.mark(first[ident])[0]
                shown = repr(f"{ident[0]}:{ident[1]}" if isinstance(ident, tuple) else ident)
                thing = Words(what, DUPLICATES[what])
                self.err(doc, sub, Words(f"duplicate {what} {shown} (also at line {line})",
                                         "duplicate", what=thing, id=shown, line=line))
            else:
                first[ident] = sub

    def context(self, at: At[Any]) -> str:
        """For a catalogue entry checked against a casus: which casus it failed for."""
        if at.own or self.parts.casus is None:
            return ""
        casus, doc = self.parts.casus
        return Words(f" (in casus {casus.id!r}, {doc.file})", "in_casus", casus=repr(casus.id),
                     file=doc.file)

    def problem_ref(self, at: At[Any], path: DocPath, value: str, in_condition: bool,
                    extra: Iterable[str] = ()) -> None:
        names = self.names.problems
        if names is None:
            return
        if value == TARGET:
            if in_condition:
                self.err(at.doc, path, Words(f"{TARGET!r} only works in effects, not in "
                                             "conditions; name the problem",
                                             "target_in_condition", target=repr(TARGET)))
            return
        allowed = names | set(extra)
        if value not in allowed:
            self.err(at.doc, path, then(unknown("problem", value, allowed), self.context(at)))

    def condition(self, at: At[Any], c: Condition, path: DocPath) -> None:
        n = self.names
        for k, v, p in _conditions(c, path):
            if k in ("severity_at_most", "severity_at_least"):
                self.problem_ref(at, (*p, "problem"), v.problem, in_condition=True)
            elif k in ("escalated", "addressed"):
                self.problem_ref(at, p, v, in_condition=True)
            elif k == "known" and at.own:
                self.problem_ref(at, (*p, "problem"), v.problem, True, extra=("wens",))
            elif k == "arrangement" and n.arrangements is not None:
                if v.id not in n.arrangements:
                    self.err(at.doc, (*p, "id"), unknown("arrangement", v.id, n.arrangements))
            elif k == "network_active" and at.own and n.problems is not None:
                self.network_ref(at, p, v)

    def network_ref(self, at: At[Any], path: DocPath, value: str) -> None:
        n = self.names
        if value not in n.network | n.network_kinds:
            self.err(at.doc, path, unknown("network resource (id or kind)", value,
                                           n.network | n.network_kinds))

    def effects(self, at: At[Any], effects: Iterable[Effect], path: DocPath) -> None:
        n = self.names
        for k, v, p in _effects(effects, path):
            if k == "severity" and at.own:
                self.problem_ref(at, (*p, "problem"), v.problem, in_condition=False)
            elif k in ("treat", "hold") and at.own and n.problems is not None:
                kind = v.kind if k == "treat" else v
                kp = (*p, "kind") if k == "treat" else p
                if kind not in n.kinds:
                    self.err(at.doc, kp, unknown("problem kind", kind, n.kinds))
            elif k in ("activate_network", "deactivate_network") and at.own:
                if n.problems is not None:
                    self.network_ref(at, p, v)
            elif k == "start_arrangement" and n.arrangements is not None:
                if v not in n.arrangements:
                    self.err(at.doc, p, unknown("arrangement", v, n.arrangements))
            elif k == "end_game" and n.endings is not None and v not in n.endings:
                self.err(at.doc, p, then(unknown("ending", v, n.endings), self.context(at)))

    def modifiers(self, at: At[Any], m: Modifiers, path: DocPath) -> None:
        for key, extra in m.extra_time.items():
            if extra < 0:  # a card would give time back: played again and again, no end
                self.err(at.doc, (*path, "extra_time", key), Words(
                    f"found {extra}, expected a number of at least 0: extra time that gives "
                    "time back lets a team play cards without end, and the round would never "
                    "end", "negative_extra_time", value=extra))
        ids = self.names.action_ids
        if ids is None:
            return
        for i, a in enumerate(m.block):
            if a not in ids:
                self.err(at.doc, (*path, "block", i), unknown("action", a, ids))
        for key in m.extra_time:
            if key not in ids and key not in OPS:
                self.err(at.doc, (*path, "extra_time", key),
                         unknown("action id or op", key, ids | set(OPS)), at_key=True)

    # --- per kind of definition -------------------------------------------------------------

    def endless(self, at: At[ActionDef]) -> None:
        """A card a team may play again and again in a round (``once_per_round: false``, an
        op without targets that run out) must cost time or energy in the end: else the team
        could play it without end and the round would never end."""
        a = at.obj
        if a.once_per_round is not False or a.op in _RUN_OUT:
            return
        back = sum(e.time.by for e in a.effects
                   if e.time is not None and e.time.role in ("actor", a.role))
        if a.role == "inwoner":
            back += sum(e.energy or 0 for e in a.effects)
        if a.cost.time - back <= 0:
            what = "energy" if a.role == "inwoner" else "time"
            self.err(at.doc, (*at.path, "once_per_round"), Words(
                f"card {a.id!r} may be played again and again in a round (once_per_round: "
                f"false) and in the end costs no {what}: a team could play it without end and "
                f"the round would never end; give it a cost in {what} or leave out "
                "once_per_round: false", "endless_card", card=repr(a.id),
                what=Words(what, "cost_energy" if what == "energy" else "cost_time")))

    def action(self, at: At[ActionDef]) -> None:
        self.endless(at)
        a, n = at.obj, self.names
        if a.op == "bied_aan" and a.arrangement is None:
            self.err(at.doc, (*at.path, "op"), Words(
                "an action with op 'bied_aan' needs an 'arrangement' (the id of the "
                "arrangement it offers)", "offer_needs_arrangement"))
        arr = a.arrangement
        if arr is not None and n.arrangements is not None and arr not in n.arrangements:
            self.err(at.doc, (*at.path, "arrangement"), unknown("arrangement", arr, n.arrangements))
        for i, c in enumerate(a.requires):
            self.condition(at, c, (*at.path, "requires", i))
        self.effects(at, a.effects, (*at.path, "effects"))
        if a.law is not None and a.cost.pot != "wmo":
            self.err(at.doc, (*at.path, "law"), _LAW_POT.format(law=a.law))

    def arrangement(self, at: At[ArrangementDef]) -> None:
        r = at.obj
        self.effects(at, r.per_round, (*at.path, "per_round"))
        self.effects(at, r.on_done, (*at.path, "on_done"))
        if r.law is not None and r.pot != "wmo":
            self.err(at.doc, (*at.path, "law"), _LAW_POT.format(law=r.law))
        if r.maatwerk and (r.pot != "wmo" or r.law not in (None, "wmo")):
            self.err(at.doc, (*at.path, "maatwerk"), "'maatwerk' is a Wmo maatwerkvoorziening: "
                     "it needs 'pot: wmo' (and no other law)")
        elif r.maatwerk and r.wait < MAATWERK_WAIT:
            self.err(at.doc, (*at.path, "wait"), f"a Wmo maatwerkvoorziening waits for the "
                     f"gemeente's onderzoek (up to 6 weeks) and decision (up to 2 weeks): about "
                     f"4 rounds, so 'wait' is at least {MAATWERK_WAIT} (found {r.wait}). Help "
                     "that starts sooner without a decision is an algemene voorziening: leave "
                     "out 'maatwerk'")

    def force(self, at: At[ForceDef]) -> None:
        f = at.obj
        self.effects(at, f.effects, (*at.path, "effects"))
        self.modifiers(at, f.modifiers, (*at.path, "modifiers"))
        if f.choice is not None:
            for side in ("yes", "no"):
                opt = getattr(f.choice, side)
                base = (*at.path, "choice", side)
                self.effects(at, opt.effects, (*base, "effects"))
                self.modifiers(at, opt.modifiers, (*base, "modifiers"))

    def model(self, at: At[OrgModelDef]) -> None:
        m = at.obj
        self.modifiers(at, m.modifiers, (*at.path, "modifiers"))
        for key, value in m.relations_override.items():
            p = (*at.path, "relations_override", key)
            if key not in PAIRS:
                self.err(at.doc, p, unknown("pair of professionals", key, PAIRS), at_key=True)
            if not 0 <= value <= 3:
                self.err(at.doc, p, found_expected(str(value), _from_to(0, 3)))

    def klaar(self) -> None:
        """Every team needs a way to end its turn."""
        if self.parts.actions is None:
            return
        _, doc = self.parts.actions
        roles = {a.obj.role for a in self.actions.values() if a.obj.op == "klaar"}
        for role in ROLES:
            if role not in roles:
                self.err(doc, ("actions",), Words(
                    f"no action with op 'klaar' for role {role!r}: that team could never end "
                    "its turn", "no_klaar", role=repr(role)))

    def catalogue_lists(self) -> None:
        if self.parts.actions is not None:
            cat, doc = self.parts.actions
            self.duplicates(doc, ("actions",), cat.actions, "role:id", "action")
            self.duplicates(doc, ("arrangements",), cat.arrangements, what="arrangement id")
        if self.parts.forces is not None:
            fcat, fdoc = self.parts.forces
            self.duplicates(fdoc, ("forces",), fcat.forces, what="force id")
        if self.parts.models is not None:
            mcat, mdoc = self.parts.models
            self.duplicates(mdoc, ("models",), mcat.models, what="model id")
            have = {m.id for m in mcat.models}
            for mid in MODEL_IDS:
                if mid not in have:
                    self.err(mdoc, ("models",), Words(
                        f"missing organisation model {mid!r} (players can choose every model)",
                        "missing_model", model=repr(mid)))

    # --- the casus ------------------------------------------------------------------------

    def casus(self, casus: CasusDef, doc: YamlDoc) -> None:
        n = self.names
        assert n.problems is not None and n.endings is not None
        at: At[CasusDef] = At(casus, doc, ())
        for name, what in (("problems", "problem id"), ("signals", "signal id"),
                           ("network", "network id"), ("endings", "ending id"),
                           ("arrangements", "arrangement id"), ("forces", "force id")):
            self.duplicates(doc, (name,), getattr(casus, name), what=what)
        self.duplicates(doc, ("actions",), casus.actions, "role:id", "action")
        if casus.deck is not None:
            self.duplicates(doc, ("deck",), casus.deck, key="", what="force")
        self.roles(casus, doc)
        self.start(casus, doc)
        for i, p in enumerate(casus.problems):
            base = ("problems", i)
            if p.escalation and p.escalation.law is not None and p.escalation.pot != "wmo":
                self.err(doc, (*base, "escalation", "law"), _LAW_POT.format(
                    law=p.escalation.law))
            for j, fed in enumerate(p.feeds):
                if fed == p.id:
                    self.err(doc, (*base, "feeds", j), Words(
                        f"problem {p.id!r} cannot feed itself", "feeds_itself",
                        problem=repr(p.id)))
                elif fed not in n.problems:
                    self.err(doc, (*base, "feeds", j), unknown("problem", fed, n.problems))
            if p.looks_like is not None:
                if p.looks_like == p.id:
                    self.err(doc, (*base, "looks_like"), Words(
                        f"problem {p.id!r} cannot look like itself; name the other problem "
                        "it is mistaken for", "looks_like_itself", problem=repr(p.id)))
                elif p.looks_like not in n.problems:
                    self.err(doc, (*base, "looks_like"),
                             unknown("problem", p.looks_like, n.problems))
            if p.deadline is not None:
                if p.deadline.round >= casus.rounds:
                    self.err(doc, (*base, "deadline", "round"), Words(
                        f"a deadline after round {p.deadline.round} never passes: the casus "
                        f"has {casus.rounds} rounds (use a round before the last)",
                        "deadline_late", round=p.deadline.round, rounds=casus.rounds))
                self.effects(at, p.deadline.effects, (*base, "deadline", "effects"))
            if p.escalation is not None:
                esc = p.escalation
                if esc.ending is not None and esc.ending not in n.endings:
                    self.err(doc, (*base, "escalation", "ending"),
                             unknown("ending", esc.ending, n.endings))
                self.effects(at, esc.effects, (*base, "escalation", "effects"))
        for i, s in enumerate(casus.signals):
            if s.problem not in n.problems:
                of_kind = [p.id for p in casus.problems if p.kind == s.problem]
                if of_kind:
                    ids = one_of(of_kind)
                    self.err(doc, ("signals", i, "problem"), Words(
                        f"{s.problem!r} is a problem kind, not a problem id: a signal names "
                        f"the problem it points to by its id ({ids} has this kind)",
                        "signal_kind", kind=repr(s.problem), ids=ids))
                else:
                    self.err(doc, ("signals", i, "problem"),
                             unknown("problem", s.problem, n.problems))
            if n.action_ids is not None:
                for j, a in enumerate(s.found_by):
                    if a not in n.action_ids:
                        self.err(doc, ("signals", i, "found_by", j),
                                 unknown("action", a, n.action_ids))
        for i, r in enumerate(casus.network):
            self.effects(at, r.per_round, ("network", i, "per_round"))
            if r.strained_by is not None and r.strained_by.problem not in n.problems:
                self.err(doc, ("network", i, "strained_by", "problem"),
                         unknown("problem", r.strained_by.problem, n.problems))
        if casus.trust_through is not None and n.network is not None and (
                casus.trust_through not in n.network):
            self.err(doc, ("trust_through",), unknown(
                "network resource", casus.trust_through, n.network))
        for i, e in enumerate(casus.endings):
            if e.condition is not None:
                self.condition(at, e.condition, ("endings", i, "condition"))
        self.endings(casus, doc)
        if casus.schedule and n.forces is not None:
            rounds: dict[int, str] = {}
            for fid, rnd in casus.schedule.items():
                if fid not in n.forces:
                    self.err(doc, ("schedule", fid), unknown("force", fid, n.forces),
                             at_key=True)
                if rnd > casus.rounds:
                    self.err(doc, ("schedule", fid), Words(
                        f"round {rnd} is after the last round (the casus has {casus.rounds} "
                        "rounds)", "schedule_late", round=rnd, rounds=casus.rounds))
                if rnd in rounds:
                    self.err(doc, ("schedule", fid), Words(
                        f"round {rnd} already draws {rounds[rnd]!r}; one force card per round",
                        "schedule_twice", round=rnd, force=repr(rounds[rnd])))
                rounds.setdefault(rnd, fid)
                if casus.deck is not None and fid not in casus.deck:
                    self.err(doc, ("schedule", fid), Words(
                        f"{fid!r} is not in the deck; add it to 'deck' or leave it out of "
                        "'schedule'", "schedule_not_in_deck", force=repr(fid)))
        if casus.deck is not None and n.forces is not None:
            for i, fid in enumerate(casus.deck):
                if fid not in n.forces:
                    self.err(doc, ("deck", i), unknown("force", fid, n.forces))
        self.treated(casus, doc)
        if casus.format >= 3:
            self.fitting(casus, doc)

    def roles(self, casus: CasusDef, doc: YamlDoc) -> None:
        """A card a role leaves out is a catalogue card of that role, and not its last."""
        if not self.parts.actions:
            return
        cat = self.parts.actions[0]
        for role, r in casus.roles.items():
            cards = {a.id for a in cat.actions if a.role == role}
            for i, aid in enumerate(r.leave_out):
                if aid not in cards:
                    self.err(doc, ("roles", role, "leave_out", i), unknown(
                        "action", aid, cards))
                elif aid == "klaar":
                    self.err(doc, ("roles", role, "leave_out", i), Words(
                        "a role cannot leave out 'klaar': it ends the turn",
                        "leave_out_klaar"))

    def fitting(self, casus: CasusDef, doc: YamlDoc) -> None:
        """(format 3) Help must fit the person: an offer or a plain treatment card is a legal
        move only while its role knows a problem of a kind it helps. So a casus's own card
        that helps none of its problems can never be played, and an ending that asks for an
        arrangement no card can offer (and no effect starts) can never happen."""
        kinds = {p.kind for p in casus.problems}
        started: set[str] = set()
        effect_lists: list[list[Effect]] = [a.obj.effects for a in self.actions.values()]
        effect_lists += [r.obj.per_round for r in self.arrangements.values()]
        effect_lists += [r.obj.on_done for r in self.arrangements.values()]
        effect_lists += [f.obj.effects for f in self.forces.values()]
        effect_lists += [r.per_round for r in casus.network]
        effect_lists += [p.escalation.effects for p in casus.problems if p.escalation]
        for effects in effect_lists:
            started.update(e.start_arrangement for e in effects if e.start_arrangement)
        offered: set[str] = set()
        arrs = {k: r.obj for k, r in self.arrangements.items()}
        for at in self.actions.values():
            a = at.obj
            helps = card_helps(a, arrs)
            if helps and not helps & kinds:
                if at.own:
                    kinds_shown = one_of(sorted(helps))
                    self.err(at.doc, (*at.path, "id"), Words(
                        f"card {a.id!r} is help for problems of kind {kinds_shown}, and this "
                        "casus has none: it can never be played (format 3: help must fit the "
                        "person)", "card_never_fits", card=repr(a.id), kinds=kinds_shown))
                continue
            if a.op == "bied_aan" and a.arrangement:
                offered.add(a.arrangement)
        for i, e in enumerate(casus.endings):
            if e.condition is None:
                continue
            for k, v, path in _conditions(e.condition, ("endings", i, "condition")):
                if k != "arrangement" or v.id in offered or v.id in started or (
                        v.id not in self.arrangements):
                    continue
                self.err(doc, (*path, "id"), Words(
                    f"ending {e.id!r} asks for arrangement {v.id!r}, but no card can offer it "
                    "in this casus (it is help for problems this casus does not have) and no "
                    "effect starts it", "ending_needs_offer", ending=repr(e.id),
                    arrangement=repr(v.id)))

    def start(self, casus: CasusDef, doc: YamlDoc) -> None:
        st = casus.start
        for dim in DIMENSIONS:
            if dim not in st.health:
                self.err(doc, ("start", "health"), Words(
                    f"missing dimension {dim!r} (the start needs all six health dimensions)",
                    "missing_dimension", dim=repr(dim)))
        for dim, v in st.health.items():
            if not 0 <= v <= 10:
                self.err(doc, ("start", "health", dim), found_expected(str(v), _from_to(0, 10)))
        for role, v in st.trust.items():
            if not 0 <= v <= 3:
                self.err(doc, ("start", "trust", role), found_expected(str(v), _from_to(0, 3)))
        for pot, v in st.pots.items():
            if v < 0:
                self.err(doc, ("start", "pots", pot), found_expected(str(v), Words(
                    "a number of at least 0", "x_at_least", n=0)))

    def endings(self, casus: CasusDef, doc: YamlDoc) -> None:
        ends = casus.endings
        last = len(ends) - 1
        if casus.format >= 3 and not any(e.rank == "bad" and e.when == "end" for e in ends):
            self.err(doc, ("endings",), Words(
                "format 3 needs an ending of rank 'bad' with 'when: end': the game ends there "
                "when the web has collapsed (the six dimensions average below 2), so no ending "
                "says the inwoner is doing well or holding on while the web says otherwise",
                "need_bad_end"), at_key=True)
        if casus.format >= 4 and ends[last].rank in ("best", "good"):
            self.err(doc, ("endings", last, "rank"), Words(
                "format 4: the fallback ending must not be 'best' or 'good': it is also the "
                "ending when the web ended lower than it started, and then no ending may say "
                "the inwoner is doing better", "fallback_too_good"))
        if ends[last].condition is not None:
            self.err(doc, ("endings", last, "condition"), Words(
                "the last ending is the fallback and must have no condition (it is the result "
                "when no other ending holds)", "fallback_condition"))
        for i, e in enumerate(ends[:last]):
            if e.when == "end" and e.condition is None:
                later = [x.id for x in ends[i + 1:] if x.when == "end"]
                if later:
                    shown = ", ".join(later)
                    self.err(doc, ("endings", i, "id"), Words(
                        f"ending {e.id!r} has no condition, so the endings after it can never "
                        f"happen: {shown}", "ending_hides", ending=repr(e.id), later=shown))

    def treated(self, casus: CasusDef, doc: YamlDoc) -> None:
        """Every problem kind can be treated or held by an action, arrangement or network."""
        if self.parts.actions is None:
            return
        kinds: set[str] = set()
        ids: set[str] = set()
        lists: list[list[Effect]] = [a.obj.effects for a in self.actions.values()]
        lists += [r.obj.per_round for r in self.arrangements.values()]
        lists += [r.obj.on_done for r in self.arrangements.values()]
        lists += [r.per_round for r in casus.network]
        for effects in lists:
            for e in effects:
                if e.treat is not None:
                    kinds.add(e.treat.kind)
                elif e.hold is not None:
                    kinds.add(e.hold)
                elif e.severity is not None and e.severity.by < 0:
                    ids.add(e.severity.problem)
        for i, p in enumerate(casus.problems):
            if p.kind not in kinds and p.id not in ids:
                close = suggest(p.kind, sorted(kinds))
                hint = Words(f" (did you mean {close!r}?)", "hint_close_brackets",
                             close=repr(close)) if close else ""
                self.err(doc, ("problems", i, "kind"), then(Words(
                    f"no action, arrangement or network resource treats or holds problems of "
                    f"kind {p.kind!r}", "not_treated", kind=repr(p.kind)), hint))

    # --- all -----------------------------------------------------------------------------

    def run(self) -> list[ContentError]:
        self.catalogue_lists()
        for act in self.actions.values():
            self.action(act)
        for arr in self.arrangements.values():
            self.arrangement(arr)
        for force in self.forces.values():
            self.force(force)
        for model in self.models.values():
            self.model(model)
        self.klaar()
        if self.parts.casus is not None:
            self.casus(*self.parts.casus)
        return self.errors


def cross_check(parts: Parts) -> list[ContentError]:
    """Every broken reference, duplicate id and unreachable definition in ``parts``."""
    return _Checker(parts).run()


def check_glossary(glossary: Any, doc: YamlDoc) -> list[ContentError]:
    """The glossary's own rule: no term id twice."""
    checker = _Checker(Parts())
    checker.duplicates(doc, ("terms",), glossary.terms, what="term id")
    return checker.errors
