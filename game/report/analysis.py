"""The debrief as data: pure functions from a save (or a Game) to plain dicts and lists.

The DATA model of simulation gaming, in four parts:

- **Description**: a timeline per round (the force drawn, every action with its team, what was
  revealed to whom, the health, money, trust and relation changes) and the board as it was
  at the end of every round.
- **Analysis**: the spider web at the start and the end, the information map (what each role
  knew and when, and which facts never reached the role that needed them), the ledger per
  pot with the wrong-pocket flows, the forces that blocked most, and what the organisation
  model did.
- **Transfer**: reflection questions per role, chosen from the forces met and the choices
  made, each citing its source document; the real story of the casus as epilogue.
- **Application**: the teams' answers to "wat doe je maandag anders?" (stored in the save).

Everything comes from replaying the save action by action, so the debrief of a game is the
same on every machine. The output is JSON-ready (str, int, bool, None, lists and dicts), in
Dutch or English, so the HTML report, the JSON log and a pygame debrief scene can all use it::

    from game.report.analysis import debrief, replay
    data = debrief(game, lang="nl", teams={...}, application={...})   # or a save dict
    rep = replay(save, scenario)          # step through rep.steps, rep.board(round)

No clock, no file or network I/O (except loading the scenario when only a save is given).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.engine import Action, Game, NotationError, SaveError
from game.engine.defs import Scenario
from game.engine.messages import Message
from game.engine.roles import (
    DIMENSIONS,
    DOMAIN,
    POT_ROLES,
    POTS,
    PROFESSIONALS,
    pair_key,
    pair_roles,
)
from game.engine.scoring import UnpaidTime, unpaid_by_role, unpaid_time_of
from game.lang import (
    dim_name,
    has,
    law_of,
    name_of,
    number,
    pot_law_name,
    pot_name,
    pronouns,
    render,
    t,
    unpaid_line,
    unpaid_lines,
)
from game.lang import role_name as _role_name
from game.lang import team_label as _team_label
from game.report.texts import CHOICE_QUESTIONS, LESSON_ROLES, ROLES
from game.store.saves import read_application, read_bots, read_teams

# Who needs to know a fact to act on it: a problem's own domain (both for "beide").
NEEDED_BY = {"medisch": ("huisarts",), "sociaal": ("sociaal_werker",),
             "beide": ("huisarts", "sociaal_werker")}
QUESTIONS_PER_ROLE = 4
MAX_ROLES_PER_QUESTION = 2  # a question the whole table shares is asked of two roles at most
# the questions every game gets (practice beside the game; the game criticised)
TRANSFER_QUESTIONS = ("practice_gap", "game_critique", "inwoner_real")
# Events that say again what the action label already says.
_ECHO = {"played", "turn_done", "phase"}


# ------------------------------------------------------------------------- replaying --

@dataclass(frozen=True)
class Step:
    """One action of the history, with the log entries it caused directly."""

    index: int  # 0-based position in the history
    action: str  # the notation, e.g. "sociaal_werker:deel(schulden->huisarts)"
    role: str
    round: int
    phase: str
    log_from: int
    log_to: int


class _Recorder(Game):
    """A Game that also records each action's place in the log and the board at the end of
    every round (taken just before the next round starts)."""

    def __init__(self, scenario: Scenario, seed: int = 0, model: str = "netwerkmodel",
                 difficulty: str = "normaal") -> None:
        self.snapshots: list[dict[str, Any]] = []
        self.steps: list[Step] = []
        self.unpaid: list[UnpaidTime] = []  # the unpaid collaboration time of each move
        super().__init__(scenario, seed, model, difficulty)

    def before_round(self) -> None:
        # the board at the end of the previous round (or at the start, before round 1)
        self.snapshots.append(snapshot(self))

    def apply(self, action: Action | str) -> list[Message]:
        s = self.state  # (a snapshot: read again after the move)
        before, rnd, phase = len(s.log), s.round, s.phase
        unpaid = unpaid_time_of(self, action)
        events = super().apply(action)
        self.unpaid.extend(unpaid)
        after = self.state
        notation = after.history[-1]
        self.steps.append(Step(len(self.steps), notation, notation.split(":", 1)[0], rnd, phase,
                               before, len(after.log)))
        return events


def snapshot(game: Game) -> dict[str, Any]:
    """The whole board now, as plain data (for the debrief everything is revealed)."""
    s = game.state
    paid = dict.fromkeys(POTS, 0)
    for e in s.ledger:
        paid[e.pot] = paid.get(e.pot, 0) + e.amount
    return {
        "round": s.round,
        "phase": s.phase,
        "health": dict(s.health),
        "pots": dict(s.pots),
        "paid": paid,
        "relations": dict(s.relations),
        "trust": dict(s.trust),
        "severity": {pid: p.severity for pid, p in s.problems.items()},
        "knows": {r: sorted(k) for r, k in s.knows.items()},
        "network": dict(s.network),
        "arrangements": {a.id: a.status for a in s.arrangements.values()},
        "counters": dict(s.counters),
        "consent": sorted(s.consent),
        "general_consent": s.general_consent,
        "active_forces": [f.id for f in s.active],
        "log_index": len(s.log),
    }


@dataclass
class Replay:
    """A game replayed from its save: the finished game, every step and every round's board."""

    game: Game
    save: dict[str, Any]
    steps: list[Step]
    snapshots: list[dict[str, Any]]  # [0] the start, [r] the end of round r (last: now)
    step_of_log: dict[int, int] = field(default_factory=dict)  # log index -> step index
    unpaid: list[UnpaidTime] = field(default_factory=list)  # unpaid collaboration time (L6)

    @property
    def scenario(self) -> Scenario:
        return self.game.scenario

    @property
    def rounds(self) -> int:
        """The rounds played (the last one possibly unfinished)."""
        return len(self.snapshots) - 1

    def board(self, round_: int) -> dict[str, Any]:
        """The board at the end of a round (0: the start)."""
        return self.snapshots[max(0, min(round_, self.rounds))]


def replay(save: Mapping[str, Any] | Game, scenario: Scenario | None = None) -> Replay:
    """Replay a save (or a game's own save) step by step. Raises the engine's SaveError."""
    if isinstance(save, Game):
        scenario = scenario or save.scenario
        data = save.to_save()
    else:
        data = dict(save)
        if scenario is None:  # the content the save recorded (or, for an older save, by id)
            from game.store.saves import SaveFileError, resolve_scenario

            try:
                scenario = resolve_scenario(data, Path(str(data.get("scenario"))))[0]
            except SaveFileError as e:
                raise SaveError(str(e)) from None
    game = _Recorder.from_save(data, scenario)
    assert isinstance(game, _Recorder)
    snaps = list(game.snapshots)
    snaps.append(snapshot(game))  # the end of the last round played (or the board now)
    for i, snap in enumerate(snaps):
        snap["round"] = i  # snapshot i is the board at the end of round i (0: the start)
    rep = Replay(game, data, list(game.steps), snaps, unpaid=list(game.unpaid))
    for st in rep.steps:
        log = game.state.log
        for i in range(st.log_from, st.log_to):
            r, p, _m = log[i]
            if r == st.round and p == st.phase:
                rep.step_of_log[i] = st.index
    return rep


def game_after(rep: Replay, n: int) -> Game:
    """A fresh Game after the first n actions (0: the start), for a scene that draws the
    board with the usual widgets (``game_after(rep, k).view("facilitator")``) while the
    class steps through the timeline. The steps of a round are ``[s for s in rep.steps if
    s.round == r]``; after the last one the engine has already started the next round."""
    data = dict(rep.save)
    data["actions"] = [st.action for st in rep.steps[:max(0, n)]]
    return Game.from_save(data, rep.scenario)


# ---------------------------------------------------------------------------- naming --

def team_label(role: str, lang: str, teams: Mapping[str, str] | None = None,
               scenario: Scenario | None = None) -> str:
    """The team's own name if it has one, else the role ("Huisarts"; the casus's own name
    for a role another professional carries in it)."""
    name = (teams or {}).get(role, "").strip()
    base = _team_label(role, lang, scenario)
    return f"{name} ({base})" if name else base


def role_name(role: str, lang: str, scenario: Scenario | None = None) -> str:
    return _role_name(role, lang, scenario)


def fact_name(sc: Scenario, fact: str, lang: str) -> str:
    """The name of a problem or the wish."""
    return name_of(sc, fact, lang, "fact")


def thing_name(sc: Scenario, ident: str, lang: str) -> str:
    """The name of a problem, network resource, arrangement, force, role or the wish."""
    return name_of(sc, ident, lang)


def what_name(sc: Scenario, what: str, lang: str) -> str:
    """The name of a ledger entry: an action, arrangement, network resource or crisis."""
    if what.startswith("escalatie:"):
        pid = what.split(":", 1)[1]
        for p in sc.casus.problems:
            if p.id == pid and p.escalation:
                return t("analysis.crisis", lang, x=p.escalation.name.get(lang))
    if what == sc.casus.gp_visit.ledger:
        return t("analysis.visit_gp", lang)
    if what in sc.arrangements or any(n.id == what for n in sc.casus.network):
        return thing_name(sc, what, lang)
    for a in sc.actions.values():
        if a.id == what:
            return a.name.get(lang)
    return what


def action_label(sc: Scenario, notation: str, lang: str) -> str:
    """An action in words: "Informatie delen (Schulden → de huisarts)"."""
    try:
        a = Action.parse(notation)
    except NotationError:
        return notation
    if a.role == "facilitator":
        if a.name == "einde":
            return t("analysis.end_game", lang)
        return t("analysis.extra_card", lang, x=thing_name(sc, a.arg or "", lang))
    if a.name == "kies":
        return t("analysis.choice_yes" if a.arg == "ja" else "analysis.choice_no", lang)
    d = sc.actions.get(f"{a.role}:{a.name}")
    label = d.name.get(lang) if d else a.name
    args = [thing_name(sc, v, lang) for v in (a.arg, a.arg2) if v is not None]
    if not args:
        return label
    return f"{label} ({(' + ' if a.sep == '+' else ' → ').join(args)})"


def force_info(sc: Scenario, fid: str, lang: str) -> dict[str, Any]:
    f = sc.forces.get(fid)
    if f is None:
        return {"id": fid, "name": fid, "kind": "", "kind_name": "", "area": "", "area_name": "",
                "text": "", "source": "", "source_title": ""}
    return {"id": fid, "name": f.name.get(lang), "kind": f.kind,
            "kind_name": t(f"kind.{f.kind}", lang), "area": f.area,
            "area_name": name_of(sc, f.area, lang, "area"),
            "text": f.text.get(lang), "source": f.source,
            "source_title": source_title(f.source, lang)}


def source_title(file: str, lang: str) -> str:
    return t(f"source.{file}", lang) if has(f"source.{file}") else file


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------------- description --

def event_dict(sc: Scenario, index: int, entry: tuple[int, str, Message], lang: str,
               step: int | None = None) -> dict[str, Any]:
    r, phase, m = entry
    return {"i": index, "round": r, "phase": phase, "code": m.code, "params": dict(m.params),
            "visible_to": sorted(m.visible_to) if m.visible_to is not None else None,
            "text": render(m, sc, lang), "step": step}


def events_log(rep: Replay, lang: str = "nl") -> list[dict[str, Any]]:
    """Every event of the game, with who could see it and the action that caused it."""
    sc = rep.scenario
    return [event_dict(sc, i, e, lang, rep.step_of_log.get(i))
            for i, e in enumerate(rep.game.state.log)]


def _changes(before: Mapping[str, int], after: Mapping[str, int]) -> list[dict[str, Any]]:
    return [{"id": k, "from": before.get(k, 0), "to": v, "by": v - before.get(k, 0)}
            for k, v in after.items() if v != before.get(k, 0)]


def _via(rep: Replay, log_index: int, role: str, lang: str,
         teams: Mapping[str, str] | None) -> str:
    """How a fact reached a role, in words."""
    sc = rep.scenario
    step_i = rep.step_of_log.get(log_index)
    if step_i is not None:
        st = rep.steps[step_i]
        label = action_label(sc, st.action, lang)
        if st.role == role:
            return label
        return f"{team_label(st.role, lang, teams, rep.scenario)}: {label}"
    _r, phase, _m = rep.game.state.log[log_index]
    if phase == "overleg":
        return t("analysis.via_overleg", lang)
    if phase == "kracht":
        return t("analysis.via_force", lang)
    return phase


def description(rep: Replay, lang: str = "nl",
                teams: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The timeline: per round the force, the actions, what was revealed and what changed."""
    sc = rep.scenario
    log = rep.game.state.log
    facilitator_logs = {i for st in rep.steps if st.role == "facilitator"
                        for i in range(st.log_from, st.log_to)}
    rounds = []
    for r in range(1, rep.rounds + 1):
        start, end = rep.board(r - 1), rep.board(r)
        idx = [i for i, (lr, _p, _m) in enumerate(log) if lr == r]
        forces = [dict(force_info(sc, str(log[i][2].param("force")), lang),
                       injected=i in facilitator_logs)
                  for i in idx if log[i][2].code == "force_drawn"]
        actions = []
        for st in rep.steps:
            if st.round != r:
                continue
            evs = [event_dict(sc, i, log[i], lang, st.index)
                   for i in range(st.log_from, st.log_to)
                   if rep.step_of_log.get(i) == st.index and log[i][2].code not in _ECHO]
            actions.append({"n": st.index + 1, "action": st.action, "role": st.role,
                            "team": team_label(st.role, lang, teams, rep.scenario), "phase": st.phase,
                            "label": action_label(sc, st.action, lang), "events": evs})
        automatic: dict[str, list[dict[str, Any]]] = {}
        for i in idx:
            if i in rep.step_of_log or i in facilitator_logs:
                continue
            m = log[i][2]
            if m.code in ("round_start", "force_drawn"):
                continue
            automatic.setdefault(log[i][1], []).append(event_dict(sc, i, log[i], lang))
        revealed = []
        for i in idx:
            m = log[i][2]
            if m.code != "learned":
                continue
            role, fact = str(m.param("role")), str(m.param("fact"))
            revealed.append({"role": role, "team": team_label(role, lang, teams, rep.scenario), "fact": fact,
                             "name": fact_name(sc, fact, lang),
                             "via": _via(rep, i, role, lang, teams)})
        ledger = [{"pot": e.pot, "amount": e.amount,
                   "pot_name": pot_law_name(e.pot, law_of(sc, e.what, e.by), lang),
                   "what": e.what, "name": what_name(sc, e.what, lang), "by": e.by}
                  for e in rep.game.state.ledger if e.round == r]
        escalations = [{"problem": str(log[i][2].param("problem")),
                        "text": render(log[i][2], sc, lang)}
                       for i in idx if log[i][2].code == "escalation"]
        rounds.append({
            "round": r,
            "complete": r < rep.rounds or rep.game.is_over(),
            "forces": forces,
            "choices": [render(log[i][2], sc, lang) for i in idx
                        if log[i][2].code == "force_choice"],
            "actions": actions,
            "automatic": automatic,
            "revealed": revealed,
            "health": {"start": start["health"], "end": end["health"],
                       "changes": _changes(start["health"], end["health"])},
            "pots": {"start": start["pots"], "end": end["pots"],
                     "changes": _changes(start["pots"], end["pots"])},
            "trust": _changes(start["trust"], end["trust"]),
            "relations": _changes(start["relations"], end["relations"]),
            "severity": _changes(start["severity"], end["severity"]),
            "ledger": ledger,
            "escalations": escalations,
            "board": end,
        })
    return {"rounds": rounds, "start": rep.board(0)}


# -------------------------------------------------------------------------- analysis --

def information_map(rep: Replay, lang: str = "nl",
                    teams: Mapping[str, str] | None = None) -> dict[str, Any]:
    """For each role what it knew and when; and which facts never reached a role that needed
    them (a social problem the sociaal werker never knew, a medical one the huisarts never
    knew, the wish no professional ever heard)."""
    sc = rep.scenario
    s = rep.game.state
    learned_log: dict[tuple[str, str], int] = {}
    for i, (_r, _p, m) in enumerate(s.log):
        if m.code == "learned":
            learned_log.setdefault((str(m.param("role")), str(m.param("fact"))), i)
    facts = [p.id for p in sc.casus.problems] + ["wens"]
    domains = {p.id: p.domain for p in sc.casus.problems}
    rows = []
    missed = []
    for fact in facts:
        known: dict[str, int | None] = {}
        via: dict[str, str] = {}
        for role in ROLES:
            rnd = s.learned_at.get(role, {}).get(fact)
            known[role] = rnd if fact in s.knows.get(role, ()) else None
            if known[role] is None:
                continue
            if rnd == 0:
                via[role] = t("analysis.from_start", lang)
            elif (role, fact) in learned_log:
                via[role] = _via(rep, learned_log[(role, fact)], role, lang, teams)
        if fact == "wens":
            needed, mode = list(PROFESSIONALS), "any"
        else:
            needed, mode = list(NEEDED_BY[domains[fact]]), "all"
        missing = [r for r in needed if known[r] is None]
        if mode == "any" and len(missing) < len(needed):
            missing = []
        row: dict[str, Any] = {"fact": fact, "name": fact_name(sc, fact, lang),
               "domain": domains.get(fact, ""), "needed_by": needed, "needed": mode,
               "known": known, "via": via, "missing": missing}
        rows.append(row)
        if missing:
            known_by = {r: v for r in PROFESSIONALS if (v := known[r]) is not None}
            missed.append({"fact": fact, "name": row["name"], "missing": missing,
                           "needed": mode, "known_by": known_by,
                           "inwoner_knew": known["inwoner"] is not None,
                           "text": _missed_text(sc, fact, missing, mode, known_by,
                                                known["inwoner"] is not None, s.over, lang),
                           "could": _could_text(rep, fact, domains.get(fact, ""), missing,
                                                known_by, lang)})
    per_role = {role: sorted(({"fact": f["fact"], "name": f["name"], "round": f["known"][role],
                               "via": f["via"].get(role, "")}
                              for f in rows if f["known"][role] is not None),
                             key=lambda x: (x["round"], x["fact"]))
                for role in ROLES}
    return {"roles": list(ROLES), "facts": rows, "missed": missed, "per_role": per_role,
            "final": s.over}


def _could_text(rep: Replay, fact: str, domain: str, missing: list[str],
                known_by: Mapping[str, int], lang: str) -> str:
    """What the law would have allowed for a fact that never reached a role that needed it
    (lesson L4, "more is possible than you think"): per missing role, the first professional
    who knew it could have shared it without asking (huisarts and wijkverpleegkundige, a
    medical problem: presumed consent, WGBO, from casus format 3), or with the inwoner's
    consent, which was given or could have been asked. Empty when no professional knew."""
    if not known_by or fact == "wens":
        return ""
    sc = rep.scenario
    s = rep.game.state
    medical = sc.casus.format >= 3 and domain != "sociaal"
    first = min(known_by, key=lambda r: (known_by[r], PROFESSIONALS.index(r)))
    out = []
    for to in missing:
        args = {"who": role_name(first, lang, rep.scenario), "to": role_name(to, lang, rep.scenario),
                "inwoner": sc.casus.name_in(lang)}
        if medical and DOMAIN[first] == "medisch" and DOMAIN[to] == "medisch":
            key = "analysis.could_presumed"
        elif pair_key(first, to) in s.consent:
            key = "analysis.could_consent_given"
        else:
            key = "analysis.could_consent"
        out.append(_cap(t(key, lang, **args)))
    return " ".join(out)


def _missed_text(sc: Scenario, fact: str, missing: list[str], mode: str,
                 known_by: Mapping[str, int], inwoner_knew: bool, over: bool,
                 lang: str) -> str:
    name = fact_name(sc, fact, lang)
    if mode == "any":
        return t("analysis.missed_any" if over else "analysis.missed_any_so_far", lang,
                 name=name)
    who = role_name(missing[0], lang, sc)
    for r in missing[1:]:
        who = t("analysis.and", lang, a=who, b=role_name(r, lang, sc))
    many = "many" if len(missing) > 1 else "one"
    text = t(f"analysis.missed_{many}_{'never' if over else 'yet'}", lang, who=who, name=name)
    if known_by:
        others = ", ".join(t("analysis.role_round", lang, role=role_name(r, lang, sc), n=n)
                           for r, n in known_by.items())
        text = t("analysis.missed_but", lang, text=text, others=others)
    elif inwoner_knew:
        text = t("analysis.missed_only_inwoner", lang, text=text, inwoner=sc.casus.name_in(lang))
    else:
        text = t("analysis.missed_nobody", lang, text=text, inwoner=sc.casus.name_in(lang))
    return _cap(text)


def ledger(rep: Replay, lang: str = "nl",
           teams: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Per pot: the start, what it paid (and for what), what it saved, and the end; and the
    wrong-pocket flows (a pot that paid help whose saving went to another pot)."""
    sc = rep.scenario
    s = rep.game.state
    r = rep.game.result()
    pots = []
    for pot in POTS:
        items: Counter[str] = Counter()
        for e in s.ledger:
            if e.pot == pot and e.amount:
                items[e.what] += e.amount
        pots.append({"pot": pot, "name": pot_name(pot, lang), "start": r.pots_start[pot],
                     "paid": r.paid[pot], "saved": r.saved[pot], "end": r.pots_end[pot],
                     "items": [{"what": w, "name": what_name(sc, w, lang), "amount": a}
                               for w, a in items.most_common()]})
    flows = [dict(f, payer_name=pot_name(f["payer"], lang),
                  saver_name=pot_name(f["saver"], lang),
                  problem_name=fact_name(sc, f["problem"], lang))
             for f in r.wrong_pocket]
    return {"pots": pots, "wrong_pocket": flows,
            "wrong_pocket_total": sum(f["amount"] for f in flows),
            "unpaid": unpaid(rep, lang, teams)}


def unpaid(rep: Replay, lang: str = "nl",
           teams: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Lesson L6: the time each professional spent on working together that no pot paid
    (kennismaken, MDO, sharing, asking consent), with the moves it came from, and the lines
    the debrief shows ("Huisarts: onbetaalde tijd voor samenwerken: 4 (...)")."""
    sc = rep.scenario
    by_role = unpaid_by_role(rep.unpaid)
    roles = [{"role": r, "name": team_label(r, lang, teams, rep.scenario), "total": sum(cards.values()),
              "line": unpaid_line(sc, r, cards, lang, teams),
              "moves": [{"card": c, "name": name_of(sc, c, lang, "what"), "time": n}
                        for c, n in cards.items()]}
             for r, cards in by_role.items()]
    return {"title": t("unpaid.title", lang), "explain": t("unpaid.explain", lang),
            "total": sum(r["total"] for r in roles), "roles": roles,
            "lines": unpaid_lines(sc, by_role, lang, teams)}


def forces_met(rep: Replay, lang: str = "nl") -> list[dict[str, Any]]:
    sc = rep.scenario
    out = []
    facilitator_logs = {i for st in rep.steps if st.role == "facilitator"
                        for i in range(st.log_from, st.log_to)}
    for i, (r, _p, m) in enumerate(rep.game.state.log):
        if m.code == "force_drawn":
            out.append(dict(force_info(sc, str(m.param("force")), lang), round=r,
                            injected=i in facilitator_logs))
    return out


def blocking(rep: Replay, lang: str = "nl") -> list[dict[str, Any]]:
    """The forces that blocked moves, most first (a move counts once per round)."""
    sc = rep.scenario
    counts = rep.game.result().blocked_by
    return [dict(force_info(sc, fid, lang), count=n)
            for fid, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if n > 0]


def model_effect(rep: Replay, lang: str = "nl") -> dict[str, Any]:
    """The organisation model: what it is, and what it did in this game."""
    sc = rep.scenario
    s = rep.game.state
    m = sc.models[s.model]
    start, end = rep.board(0)["relations"], rep.board(rep.rounds)["relations"]
    log = s.log
    turnovers: list[dict[str, Any]] = [{"round": r, "role": str(msg.param("role")), "value": msg.param("value")}
                 for r, _p, msg in log if msg.code == "relations_reset"]
    bridge_lost = [r for r, _p, msg in log if msg.code == "bridge_lost"]
    overlegs = sorted({r for r, _p, msg in log if msg.code == "overleg_held"})
    names = Counter(st.action.split("(")[0] for st in rep.steps)
    referrals = sum(n for a, n in names.items() if a.endswith(":verwijs"))
    bridge_refs = sum(1 for st in rep.steps if st.action == "huisarts:verwijs(sociaal_werker)")
    shares = sum(n for a, n in names.items() if a.endswith(":deel"))
    meetings = sum(n for a, n in names.items() if a.endswith(":kennismaken"))
    flags = list(m.modifiers.flags)

    def avg(d: Mapping[str, int]) -> str:
        return number(sum(d.values()) / max(len(d), 1), lang)

    lines = [t("analysis.model_relations", lang, start=avg(start), end=avg(end))]
    for turn in turnovers:
        lines.append(t("analysis.model_turnover", lang, round=turn["round"],
                       who=role_name(turn["role"], lang, rep.scenario), value=turn["value"]))
    for r in bridge_lost:
        lines.append(t("analysis.model_bridge_lost", lang, round=r))
    if overlegs:
        lines.append(t("analysis.model_overleg", lang,
                       rounds=", ".join(str(r) for r in overlegs)))
    else:
        lines.append(t("analysis.model_no_overleg", lang))
    if "gratis_overleg" in flags:
        lines.append(t("analysis.model_free_overleg", lang))
    if "brugfunctionaris" in flags:
        lines.append(t("analysis.model_bridge_refs", lang, n=bridge_refs))
    if m.modifiers.extra_time.get("deel"):
        lines.append(t("analysis.model_share_cost", lang, extra=m.modifiers.extra_time["deel"],
                       n=shares))
    if "gemeenschap" in flags:
        community = [n.name.get(lang) for n in sc.casus.network if n.community]
        if community:
            lines.append(t("analysis.model_community", lang, x=", ".join(community)))
    return {"id": m.id, "name": m.name.get(lang), "text": m.text.get(lang),
            "strength": m.strength.get(lang), "weakness": m.weakness.get(lang),
            "source": m.source, "source_title": source_title(m.source, lang),
            "relations_start": start, "relations_end": end, "turnovers": turnovers,
            "bridge_lost": bridge_lost, "overlegs": overlegs, "referrals": referrals,
            "shares": shares, "meetings": meetings, "lines": lines}


def spider(rep: Replay, lang: str = "nl") -> dict[str, Any]:
    r = rep.game.result()
    return {"dims": list(DIMENSIONS), "names": {d: dim_name(d, lang) for d in DIMENSIONS},
            "start": r.health_start, "end": r.health_end,
            "per_round": [{"round": i, "health": rep.board(i)["health"]}
                          for i in range(rep.rounds + 1)]}


def analysis(rep: Replay, lang: str = "nl",
             teams: Mapping[str, str] | None = None) -> dict[str, Any]:
    return {"spider": spider(rep, lang), "information": information_map(rep, lang, teams),
            "ledger": ledger(rep, lang, teams), "blocked": blocking(rep, lang),
            "forces_met": forces_met(rep, lang), "model": model_effect(rep, lang)}


# -------------------------------------------------------------------------- transfer --

def _question(qid: str, roles: list[str], text: str, file: str, area: str | None,
              weight: float, lang: str, why: str, origin: str) -> dict[str, Any]:
    return {"id": qid, "roles": roles, "text": _cap(text), "source": file,
            "source_title": source_title(file, lang), "area": area or "",
            "area_name": t(f"area.{area}", lang) if has(f"area.{area}") else "",
            "from": origin, "why": why, "weight": weight}


def _choice(qid: str, roles: list[str], weight: float, lang: str, sc: Scenario, why: str,
            key: str | None = None, **kw: Any) -> dict[str, Any]:
    file, area = CHOICE_QUESTIONS[qid]
    text = t(f"question.{qid}", lang, inwoner=sc.casus.name_in(lang),
             **{**pronouns(sc, lang), **kw})
    return _question(f"{qid}:{key}" if key else qid, roles, text, file, area, weight, lang, why,
                     "choice")


def question_candidates(rep: Replay, lang: str = "nl",
                        info: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every reflection question this game gives reason for, with the roles it is for."""
    sc = rep.scenario
    g = rep.game
    s = g.state
    r = g.result()
    info = info or information_map(rep, lang)
    out: list[dict[str, Any]] = []
    blocked = r.blocked_by
    seen: set[str] = set()
    for f in forces_met(rep, lang):
        fid = f["id"]
        if fid in seen or fid not in sc.forces:
            continue
        seen.add(fid)
        fd = sc.forces[fid]
        roles = list(LESSON_ROLES.get(fd.lesson or "", PROFESSIONALS))
        if fd.choice and fd.choice.chooser not in roles:
            roles.append(fd.choice.chooser)
        n = blocked.get(fid, 0)
        weight = 2.0 + (1.0 if fd.kind == "belemmerend" else 0.0) + min(n, 6) * 0.5
        why = t("analysis.why_card", lang, round=f["round"], name=f["name"])
        if n:
            why = t(f"analysis.why_blocked_{'one' if n == 1 else 'many'}", lang, why=why, n=n)
        out.append(_question(f"force:{fid}", roles, fd.reflection.get(lang), fd.source,
                             fd.area, weight, lang, why, "force"))
    codes = Counter(m.code for _r, _p, m in s.log)
    # consent
    if not codes["consent_given"] and not codes["consent_general"]:
        out.append(_choice("no_consent", ["inwoner"], 6, lang, sc,
                           t("analysis.why_no_consent", lang)))
        asked = {st.role for st in rep.steps if ":vraag_toestemming" in st.action}
        for role in PROFESSIONALS:
            if role not in asked:
                out.append(_choice("consent_never_asked", [role], 3.5, lang, sc,
                                   t("analysis.why_never_asked", lang), key=role))
    # medicalisation
    med = r.counters.get("medicalisation", 0)
    if med >= 2:
        out.append(_choice("medicalisation", ["huisarts", "sociaal_werker"], 5 + med / 2, lang,
                           sc, t("analysis.why_counter", lang,
                                 name=name_of(sc, "medicalisation", lang, "counter"), n=med),
                           n=med))
    # the wish
    wish_rounds = [s.learned_at[p]["wens"] for p in PROFESSIONALS if "wens" in s.knows[p]]
    if not wish_rounds:
        out.append(_choice("wish_never_known", [*PROFESSIONALS, "inwoner"], 7, lang, sc,
                           t("analysis.why_wish_unknown", lang)))
    elif min(wish_rounds) > max(2, sc.casus.rounds // 2):
        out.append(_choice("wish_late", list(PROFESSIONALS), 4, lang, sc,
                           t("analysis.why_wish_late", lang),
                           round=min(wish_rounds)))
    # facts that never reached the role that needed them
    # (one question per role: "never knew about A, B and C")
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for miss in info["missed"]:
        if miss["fact"] == "wens":
            continue
        qid = "missed_fact" if miss["known_by"] or miss["inwoner_knew"] else "hidden_fact"
        for role in miss["missing"]:
            grouped.setdefault((qid, role), []).append(miss)
    for (qid, role), misses in grouped.items():
        names = [m["name"] for m in misses]
        joined = names[0] if len(names) == 1 else t(
            "analysis.and", lang, a=", ".join(names[:-1]), b=names[-1])
        out.append(_choice(qid, [role], 6 + 0.5 * (len(names) - 1), lang, sc,
                           t("analysis.why_never_knew", lang, x=", ".join(names)),
                           key=f"{role}:{','.join(m['fact'] for m in misses)}",
                           role=role_name(role, lang, rep.scenario), fact=joined))
    # wrong pocket
    flows: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for flow in r.wrong_pocket:
        amount, probs = flows.get((flow["payer"], flow["saver"]), (0, []))
        flows[(flow["payer"], flow["saver"])] = (amount + flow["amount"],
                                                 probs + [fact_name(sc, flow["problem"], lang)])
    for (payer, saver), (amount, probs) in flows.items():
        roles = list(dict.fromkeys([*POT_ROLES.get(payer, ()), *POT_ROLES.get(saver, ())]))
        out.append(_choice("wrong_pocket", roles, 5, lang, sc,
                           t("analysis.why_wrong_pocket", lang),
                           key=f"{payer}>{saver}", payer=pot_name(payer, lang),
                           saver=pot_name(saver, lang), amount=amount,
                           problem=", ".join(probs)))
    # projects that fall over after the game
    for arr_id in r.falls_over:
        arr = s.arrangements.get(arr_id)
        roles = list(dict.fromkeys(["sociaal_werker", arr.offered_by if arr else "huisarts"]))
        roles = [x for x in roles if x in ROLES]
        out.append(_choice("falls_over", roles, 5, lang, sc,
                           t("analysis.why_not_secured", lang), key=arr_id,
                           what=thing_name(sc, arr_id, lang)))
    # crises
    for rr, _p, m in s.log:
        if m.code == "escalation":
            pid = str(m.param("problem"))
            pd = next((p for p in sc.casus.problems if p.id == pid), None)
            name = pd.escalation.name.get(lang) if pd and pd.escalation else pid
            out.append(_choice("escalation", list(PROFESSIONALS), 6, lang, sc,
                               t("analysis.why_round", lang, round=rr, name=name),
                               key=f"{pid}:{rr}", what=name))
    # weak relations, no meeting, no network, refused help
    for pair, value in r.relations.items():
        if value <= 1:
            a, b = pair_roles(pair)
            out.append(_choice("weak_relation", [a, b], 3, lang, sc,
                               t("analysis.why_relation", lang, n=value), key=pair,
                               role=role_name(a, lang, rep.scenario), other=role_name(b, lang, rep.scenario)))
    if not codes["overleg_held"]:
        out.append(_choice("no_overleg", list(PROFESSIONALS), 3, lang, sc,
                           t("analysis.why_no_overleg", lang)))
    if not codes["network_on"] and not any(s.network.values()):
        out.append(_choice("no_network", ["sociaal_werker", "inwoner"], 3, lang, sc,
                           t("analysis.why_no_network", lang)))
    for st in rep.steps:
        if st.action.startswith("inwoner:vertel(wens->"):
            to = st.action.split("->", 1)[1].rstrip(")")
            out.append(_choice("told_wish", ["inwoner", to], 3, lang, sc,
                               t("analysis.why_told_wish", lang),
                               role=role_name(to, lang, rep.scenario)))
            break
    # every game: what in practice is different, and what the game itself leaves out
    for role in PROFESSIONALS:
        out.append(_choice("practice_gap", [role], 2.5, lang, sc,
                           t("analysis.why_transfer", lang), key=role,
                           role=role_name(role, lang, rep.scenario)))
    out.append(_choice("game_critique", list(PROFESSIONALS), 2.0, lang, sc,
                       t("analysis.why_transfer", lang)))
    out.append(_choice("inwoner_real", ["inwoner"], 2.5, lang, sc,
                       t("analysis.why_transfer", lang)))
    accepted = [str(m.param("what")) for _r, _p, m in s.log if m.code == "accepted"]
    if accepted:
        out.append(_choice("accepted", ["inwoner"], 2, lang, sc,
                           t("analysis.why_accepted", lang),
                           what=thing_name(sc, accepted[0], lang)))
    for role in PROFESSIONALS:
        if s.trust[role] == 0:
            out.append(_choice("trust_low", [role, "inwoner"], 4, lang, sc,
                               t("analysis.why_trust", lang, n=0), key=role,
                               role=role_name(role, lang, rep.scenario)))
    for _r, _p, m in s.log:
        if m.code == "refused":
            what = str(m.param("what"))
            arr = s.arrangements.get(what)
            roles = ["inwoner"] + ([arr.offered_by] if arr and arr.offered_by in ROLES else [])
            out.append(_choice("refused", roles, 3, lang, sc,
                               t("analysis.why_refused", lang), key=what,
                               what=thing_name(sc, what, lang)))
    return out


def transfer(rep: Replay, lang: str = "nl", info: Mapping[str, Any] | None = None,
             per_role: int = QUESTIONS_PER_ROLE) -> dict[str, Any]:
    """Reflection questions per role: first what this game gave reason for (the most telling
    first; a question one role already has counts less for the next, so the roles get
    different questions; no question goes to more than two roles, and none twice to one),
    then a real transfer question for each role (practice beside the game), and one role
    — the one with the fewest — also gets the question that criticises the game's own
    picture of reality. And the epilogue."""
    sc = rep.scenario
    cands = question_candidates(rep, lang, info)
    transfer_q = {q["id"]: q for q in cands if q["id"].split(":")[0] in TRANSFER_QUESTIONS}
    cands = [q for q in cands if q["id"] not in transfer_q]
    used: Counter[str] = Counter()
    said: Counter[str] = Counter()  # the same words under two ids count as one question

    def plain(q: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in q.items() if k != "weight"}

    questions: dict[str, list[dict[str, Any]]] = {}
    for role in ROLES:
        own = (transfer_q.get("inwoner_real") if role == "inwoner"
               else transfer_q.get(f"practice_gap:{role}"))
        room = per_role - (1 if own else 0)
        mine = [(i, q) for i, q in enumerate(cands) if role in q["roles"]]
        chosen: list[dict[str, Any]] = []
        while len(chosen) < room:
            mine = [(i, q) for i, q in mine if used[q["id"]] < MAX_ROLES_PER_QUESTION
                    and said[q["text"]] < MAX_ROLES_PER_QUESTION
                    and all(c["text"] != q["text"] for c in chosen)]
            if not mine:
                break
            i, q = max(mine, key=lambda x: (x[1]["weight"] - 1.5 * used[x[1]["id"]], -x[0]))
            mine.remove((i, q))
            chosen.append(plain(q))
            used[q["id"]] += 1
            said[q["text"]] += 1
        if own:
            chosen.append(plain(own))
        questions[role] = chosen
    critique = transfer_q.get("game_critique")
    if critique is not None:
        who = min(PROFESSIONALS, key=lambda r: len(questions[r]))
        if len(questions[who]) >= per_role:  # it takes the place of the least telling one
            questions[who].pop(-2)
        questions[who].append(plain(critique))
    ending = next((e for e in sc.casus.endings if e.id == rep.game.state.ending), None)
    return {"questions": questions,
            "epilogue": sc.casus.epilogue.get(lang),
            "sources": [{"file": f, "title": source_title(f, lang)} for f in sc.casus.sources],
            "ending": ending.text.get(lang) if ending else ""}


# ----------------------------------------------------------------------------- whole --

def result_summary(rep: Replay, lang: str = "nl") -> dict[str, Any]:
    sc = rep.scenario
    r = rep.game.result()
    ending = next((e for e in sc.casus.endings if e.id == r.ending), None)
    return {
        "over": r.over, "ending": r.ending,
        "ending_name": ending.name.get(lang) if ending else "",
        "ending_text": ending.text.get(lang) if ending else "",
        "rank": r.rank, "rank_name": t(f"rank.{r.rank}", lang) if has(f"rank.{r.rank}") else "",
        "wish_known": r.wish_known, "wish_met": r.wish_met,
        "health_gain": r.health_gain,
        "counters": {k: {"value": v, "name": name_of(sc, k, lang, "counter")}
                     for k, v in r.counters.items()},
        "secured": [{"id": a, "name": thing_name(sc, a, lang)} for a in r.secured],
        "falls_over": [{"id": a, "name": thing_name(sc, a, lang)} for a in r.falls_over],
        "rounds_played": r.rounds_played, "rounds": sc.casus.rounds, "actions": r.actions,
        "scores": r.to_dict(),
    }


def debrief(source: Mapping[str, Any] | Game | Replay, scenario: Scenario | None = None,
            lang: str = "nl", *, teams: Mapping[str, str] | None = None,
            bots: list[str] | None = None,
            application: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The whole debrief (meta, result, description, analysis, transfer, application).

    ``source`` is a save (a dict as written by the game, with the optional "ui" and
    "application" keys), a Game, or a Replay. Teams, bots and answers given here win over
    those in the save."""
    rep = source if isinstance(source, Replay) else replay(source, scenario)
    sc = rep.scenario
    save = rep.save
    teams = dict(teams) if teams is not None else read_teams(save)
    bots = list(bots) if bots is not None else read_bots(save)
    answers = dict(application) if application is not None else read_application(save)
    s = rep.game.state
    info = information_map(rep, lang, teams)
    ana = analysis(rep, lang, teams)
    ana["information"] = info
    return {
        "format": "krachtenveld-debrief",
        "version": 1,
        "lang": lang,
        "meta": {
            "scenario": sc.id, "title": sc.casus.title.get(lang), "inwoner": sc.casus.name_in(lang),
            "age": sc.casus.age, "summary": sc.casus.summary.get(lang),
            "model": s.model, "model_name": sc.models[s.model].name.get(lang),
            "difficulty": s.difficulty, "seed": s.seed,
            "teams": {r: team_label(r, lang, teams, sc) for r in ROLES},
            # the roles' names in this casus (another professional may carry one)
            "roles": {r: team_label(r, lang, None, sc) for r in ROLES},
            "team_names": {r: n for r, n in teams.items() if r in ROLES},
            "bots": bots, "actions": len(rep.steps),
            "learning_goals": list(sc.casus.learning_goals),
        },
        "result": result_summary(rep, lang),
        "description": description(rep, lang, teams),
        "analysis": ana,
        "transfer": transfer(rep, lang, info),
        "application": {r: answers.get(r, "") for r in ROLES},
    }
