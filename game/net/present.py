"""The outbound filter: every frame the classroom server sends is built here, and only here.

A frame for a team is made from that role's ``view(role)`` and that role's own hand
(``legal_actions(role)`` / ``blocked_actions(role)``); a frame for the projector from
``public_view``; a frame for the facilitator's console from the facilitator's view. Texts are
rendered in the audience's language on the host, so a device never gets the scenario, the
state or another role's ids to look things up in. The server's connections can only send
what ``frame`` returns (see host.Conn.push), so nothing bypasses it: not the first state,
not an update, not the log, not an error, not the resync after a reconnect (the lesson of
boardgame.io's filter-player-view).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.engine import Action, Game, Message
from game.engine.defs import PROFESSIONALS
from game.engine.roles import ROLES
from game.engine.view import RoleView, public_view
from game.lang import (
    dim_name,
    has,
    name_of,
    phase_name,
    pot_name,
    render,
    role_scope,
    role_short,
    t,
    team_label,
)
from game.table.hand import hand as table_hand

if TYPE_CHECKING:
    from game.net.host import Room

# id(scenario) -> (the scenario, its rendered messages by (message, language), and by
# (id(message), language) -> (message, text))
_RENDERED: dict[int, tuple[Any, dict[tuple[Message, str], str],
                           dict[tuple[int, str], tuple[Message, str]]]] = {}
# id(scenario) -> (the scenario, the names of its things by (id, language))
_NAMED: dict[int, tuple[Any, dict[tuple[str, str], str]]] = {}
# id(scenario) -> (the scenario, by (card id, language) its fixed fields in a hand (name,
# text, pot, money), and by (action, language) the label of its target)
_CARDS: dict[int, tuple[Any, dict[tuple[str, str], dict[str, Any]],
                        dict[tuple[Action, str], str]]] = {}
LOG_TAIL = 60  # log entries in a frame (the device keeps what it announced)



def note(code: str, lang: str) -> str:
    """A short text the host sends (an error or a notice), ``net.<code>`` in the catalogue;
    the page has its own words for the rest."""
    return t(f"net.{code}", lang) if has(f"net.{code}") else code


@dataclass(frozen=True, slots=True)
class Names:
    """Player-facing names of the things a view holds, in one language."""

    game: Game
    lang: str

    def get(self, text: Any) -> str:
        return str(text.get(self.lang))

    def label(self, role: str) -> str:
        """A role as a team's name ("Huisarts")."""
        return team_label(role, self.lang, self.game.scenario)

    def short(self, role: str) -> str:
        """A role's team name where there is little room ("Wijkverpl.")."""
        return role_short(role, self.lang, self.game.scenario)

    def team(self, role: str, teams: dict[str, str] | None = None) -> str:
        name = (teams or {}).get(role, "").strip()
        return name or team_label(role, self.lang, self.game.scenario)

    def thing(self, ident: str) -> str:
        if ident in ROLES:
            return team_label(ident, self.lang, self.game.scenario)
        sc = self.game.scenario
        cache = _NAMED.setdefault(id(sc), (sc, {}))[1]  # (the scenario stays alive)
        key = (ident, self.lang)
        text = cache.get(key)
        if text is None:  # names are fixed: each one looked up once (every frame has many)
            text = cache[key] = name_of(sc, ident, self.lang)
        return text

    def pair(self, key: str) -> str:
        return " + ".join(team_label(r, self.lang, self.game.scenario)
                          for r in key.split("+") if r in ROLES)

    def force(self, fid: str) -> dict[str, Any]:
        f = self.game.scenario.forces[fid]
        return {"id": fid, "name": self.get(f.name), "text": self.get(f.text), "kind": f.kind}

    def msg(self, m: Message) -> str:
        # messages are immutable values and a table's log only grows: each is rendered once
        sc = self.game.scenario
        cache = _RENDERED.setdefault(id(sc), (sc, {}, {}))
        # first by the message itself (a log entry is the same object frame after frame:
        # cheaper than hashing its fields), kept alive beside its text so its id stays its own
        same = cache[2].get((id(m), self.lang))
        if same is not None and same[0] is m:
            return same[1]
        key = (m, self.lang)
        text = cache[1].get(key)
        if text is None:
            if len(cache[1]) > 20_000:
                cache[1].clear()
            text = cache[1][key] = render(m, sc, self.lang)
        if len(cache[2]) > 20_000:
            cache[2].clear()
        cache[2][(id(m), self.lang)] = (m, text)
        return text


# --------------------------------------------------------------------------- the one door --

def frame(room: Room, audience: str, kind: str, lang: str, **extra: Any) -> dict[str, Any]:
    """The frame one connection gets. ``audience`` is a role, "lobby" (a device without a
    seat), "board" (the projector) or "console" (the teacher). ``extra`` may only carry the
    few plain fields each kind allows; an error's reason is a Message of the audience's own
    action, rendered here."""
    out: dict[str, Any] = {"type": kind}
    if kind == "state":
        if audience in ROLES:
            out.update(seat_state(room, audience, lang))
        elif audience == "board":
            out.update(board_state(room, lang))
        elif audience == "lobby":
            out.update(lobby_state(room, lang))
        else:
            raise ValueError(f"no state for audience {audience!r}")
    elif kind in ("error", "notice"):
        code = str(extra.pop("code"))
        reason = extra.pop("reason", None)
        out["code"] = code
        out["text"] = (render(reason, room.game.scenario, lang) if isinstance(reason, Message)
                       else note(code, lang))
    elif kind == "welcome":
        out["role"] = str(extra.pop("role"))
        out["token"] = str(extra.pop("token"))
        out["room"] = room.code
    elif kind in ("replaced", "kicked"):
        out["text"] = note(kind, lang)
    else:
        raise ValueError(f"unknown frame kind {kind!r}")
    if extra:
        raise ValueError(f"fields {sorted(extra)} are not allowed in a {kind} frame")
    return out


# ----------------------------------------------------------------------------- the team --

def bare_frame(kind: str, lang: str, **extra: Any) -> dict[str, Any]:
    """A frame for a connection outside any table (or the console): an error or a notice
    with its code and fixed text, nothing of any game."""
    if kind == "wat_als":  # the console's answer to "wat als?": its text, already made
        room, text, ok = extra.pop("room"), extra.pop("text"), extra.pop("ok")
        if extra:
            raise ValueError(f"fields {sorted(extra)} are not allowed in a {kind} frame")
        return {"type": kind, "room": str(room), "text": str(text), "ok": bool(ok)}
    if kind not in ("error", "notice"):
        raise ValueError(f"a {kind} frame needs a table")
    code = str(extra.pop("code"))
    extra.pop("reason", None)
    if extra:
        raise ValueError(f"fields {sorted(extra)} are not allowed in a {kind} frame")
    return {"type": kind, "code": code, "text": note(code, lang)}


def seat_state(room: Room, role: str, lang: str) -> dict[str, Any]:
    """Everything a team's device shows: its role's view and its own hand."""
    game = room.game
    names = Names(game, lang)
    v: RoleView = game.view(role)
    sc = game.scenario
    out = _common(room, names, v.round, v.rounds, v.phase, v.to_move, v.over, v.ending)
    out.update({
        "role": role, "team": names.team(role, room.teams()), "time": v.time, "energy": v.energy,
        "scope": role_scope(sc, role, lang),  # what this professional does in this casus
        "health": _health(names, v.health, v.start_health),
        "problems": [{"id": p.id, "name": names.thing(p.id), "severity": p.severity,
                      "domain": p.domain} for p in v.problems],
        "signals": [names.get(s.text) for s in sc.casus.signals if s.id in v.signals],
        "wish": names.get(sc.casus.wish.text) if v.wish_known else None,
        "trust": [{"role": r, "label": names.team(r), "value": val}
                  for r, val in v.trust.items()],
        "log": _log(names, v.log),
        "hand": hand(game, role, names) if not room.paused else {"cards": [], "klaar": None},
        "my_turn": role in v.to_move and not room.paused,
        "proposals": ({r: names.team(r) for r in room.proposals}
                      if room.proposals_on else None),
        "my_proposal": (_action_label(game, names, room.proposals[role])
                        if room.proposals_on and role in room.proposals else None),
        "monday": room.application.get(role) if v.over else None,
        "debrief": _debrief(room, role, lang) if v.over else None,
    })
    out.update(_table(names, v))
    return out


def _debrief(room: Room, role: str, lang: str) -> dict[str, Any] | None:
    """After the game (only then: the debrief opens every dossier): this role's reflection
    questions with their sources, the health at the start and the end, and the real story.
    None until the host has made the debrief data (Room.debrief: in a thread, then sent)."""
    d = room.debrief(lang)
    if d is None:
        return None
    names = Names(room.game, lang)
    spider = d["analysis"]["spider"]
    r = room.game.result()
    return {
        "questions": [{"text": q["text"], "why": q.get("why", ""),
                       "source": q.get("source_title", "")}
                      for q in d["transfer"]["questions"].get(role, [])],
        "health": [{"label": spider["names"].get(dim, dim), "start": r.health_start[dim],
                    "end": r.health_end[dim]} for dim in spider["dims"]],
        "wrong_pocket": sum(int(f.get("amount", 0)) for f in r.wrong_pocket),
        # lesson L6: the time for working together that no pot paid, per professional
        "unpaid": list(d["analysis"]["ledger"].get("unpaid", {}).get("lines", [])),
        "epilogue": d["transfer"].get("epilogue", ""),
        # whose private proposals the table followed (hierarchy between professions)
        "followed": [{"round": f.get("round"),
                      "action": _action_label(room.game, names, str(f.get("action"))),
                      "by": names.team(str(f.get("by")), room.teams()),
                      "proposed_by": [names.team(r, room.teams())
                                      for r in f.get("proposed_by", []) if r in ROLES]}
                     for f in room.table.followed if f.get("by") in ROLES],
    }


def hand(game: Game, role: str, names: Names) -> dict[str, Any]:
    """This role's hand now (game.table.hand, the one every front end shows): the cards with
    their legal targets and real cost, the blocked ones grouped by the reason why, and the
    move that ends the turn. Empty when it is not this role's turn."""
    if role not in game.to_move():
        return {"cards": [], "klaar": None}
    h = table_hand(game, role)
    sc = game.scenario
    fixed, labels = _card_caches(sc)
    lang = names.lang
    choosing = bool(game.state.pending_choice)

    def label_of(a: Action) -> str:
        key = (a, lang)
        text = labels.get(key)
        if text is None:
            text = _target_label(game, names, a)
            if _fixed_label(sc, a):
                labels[key] = text
        return text

    cards = []
    for c in h.cards:
        d = c.definition
        head: dict[str, Any] | None
        if c.name == "kies" and choosing:
            ch = sc.forces[str(game.state.pending_choice)].choice
            head = {"id": f"{role}:{c.name}", "name": names.get(ch.question) if ch else "?",
                    "text": "", "pot": pot_name(d.cost.pot, lang) if d and d.cost.pot else None,
                    "money": d.cost.money if d else 0}
        else:
            head = fixed.get((f"{role}:{c.name}", lang))
            if head is None:  # a card's name, text and price: fixed for a scenario
                head = fixed[f"{role}:{c.name}", lang] = {
                    "id": f"{role}:{c.name}", "name": names.get(d.name) if d else c.name,
                    "text": names.get(d.text) if d else "",
                    "pot": pot_name(d.cost.pot, lang) if d and d.cost.pot else None,
                    "money": d.cost.money if d else 0}
        blocked: list[dict[str, Any]] = []
        by_reason: dict[str, dict[str, Any]] = {}
        for a, why in c.blocked:
            reason = names.msg(why)
            label = label_of(a)
            b = by_reason.get(reason)
            if b is None:
                b = by_reason[reason] = {"reason": reason, "targets": []}
                blocked.append(b)
            if label:
                b["targets"].append(label)
        headline = c.reason() if not c.legal else None
        costs = c.costs
        cards.append({
            **head,
            "legal": [{"action": (n := str(a)), "label": label_of(a), "cost": costs.get(n)}
                      for a in c.legal],
            "reason": names.msg(headline) if headline is not None else None,
            "blocked": blocked,
        })
    klaar = ({"action": str(h.klaar), "label": _action_label(game, names, str(h.klaar))}
             if h.klaar is not None else None)
    return {"cards": cards, "klaar": klaar}


def _card_caches(sc: Any) -> tuple[dict[tuple[str, str], dict[str, Any]],
                                     dict[tuple[Action, str], str]]:
    got = _CARDS.get(id(sc))
    if got is None or got[0] is not sc:
        if len(_CARDS) >= 16:
            _CARDS.clear()
        got = _CARDS[id(sc)] = (sc, {}, {})  # (the scenario kept alive: its id stays its own)
    return got[1], got[2]


def _fixed_label(sc: Any, a: Action) -> bool:
    """Whether _target_label of ``a`` depends on the scenario and the action only: not the
    answers of a choice (the force's), not an answer to an offer (found among the offers)."""
    if a.name == "kies":
        return False
    d = sc.actions.get(f"{a.role}:{a.name}")
    return d is None or d.op not in ("accepteer", "weiger")


def _target_label(game: Game, names: Names, a: Action) -> str:
    """The label of a move's target: the names of its arguments (an offer's by its id),
    fixed for a scenario but for the answers of a choice (a force's)."""
    if a.name == "kies":
        ch = game.scenario.forces[game.state.pending_choice].choice if (
            game.state.pending_choice) else None
        if ch is not None:
            return names.get(ch.yes.label if a.arg == "ja" else ch.no.label)
        return a.arg or ""
    d = game.scenario.actions.get(f"{a.role}:{a.name}")
    if d is not None and d.op in ("accepteer", "weiger") and a.arg:
        for o in game.state.offers:  # offers are public: every view holds them
            if o.id == a.arg:
                return names.thing(o.id)
    parts = [names.thing(x) for x in (a.arg, a.arg2) if x is not None]
    return (" + " if a.sep == "+" else " → ").join(parts)


def _action_label(game: Game, names: Names, notation: str) -> str:
    a = Action.parse(notation)
    d = game.scenario.actions.get(f"{a.role}:{a.name}")
    label = names.get(d.name) if d else a.name
    target = _target_label(game, names, a)
    return f"{label} ({target})" if target else label


# ---------------------------------------------------------------------- the public board --

def board_state(room: Room, lang: str) -> dict[str, Any]:
    """The projector: the public table of one room, or everything after the teacher's
    reveal (the facilitator's view, on the teacher's command only)."""
    game = room.game
    names = Names(game, lang)
    if room.revealed:
        v = game.view("facilitator")
        out = _common(room, names, v.round, v.rounds, v.phase, v.to_move, v.over, v.ending)
        out.update(_table(names, v))
        out["health"] = _health(names, v.health, v.start_health)
        out["log"] = _log(names, v.log)
        out["revealed"] = [{"id": p.id, "name": names.thing(p.id), "severity": p.severity}
                           for p in v.problems]
        return out
    p = public_view(game)
    out = _common(room, names, p.round, p.rounds, p.phase, p.to_move, p.over, p.ending)
    out.update(_table(names, p))
    out["health"] = _health(names, p.health, p.start_health)
    out["log"] = _log(names, p.log)
    out["revealed"] = None
    return out


def projector_tables(rooms: list[Room], lang: str) -> list[dict[str, Any]]:
    """The board window on the teacher's screen (game/ui/projector.py): every table's public
    frame, the same as the web board's, with the table's join link for its QR code."""
    return [dict(board_state(room, lang), join=room.join_url()) for room in rooms]


def lobby_state(room: Room, lang: str) -> dict[str, Any]:
    """A device that has no seat yet: which roles are free (nothing of the game's state)."""
    names = Names(room.game, lang)
    return {"room": room.code, "scenario": names.get(room.game.scenario.casus.title),
            "seats": _seats(room, names), "over": room.game.is_over()}


# ------------------------------------------------------------------------------- helpers --

def _common(room: Room, names: Names, rnd: int, rounds: int, phase: str,
            to_move: tuple[str, ...], over: bool, ending: str | None) -> dict[str, Any]:
    sc = room.game.scenario
    end = next((e for e in sc.casus.endings if e.id == ending), None)
    return {
        "room": room.code, "scenario": names.get(sc.casus.title), "inwoner": sc.casus.name_in(names.lang),
        "moves": len(room.game.state.history),  # a version number: one more per move
        "round": rnd, "rounds": rounds, "phase": phase,
        "phase_label": phase_name(phase, names.lang),
        "to_move": [{"role": r, "label": names.team(r, room.teams())} for r in to_move
                    if r in ROLES],
        "over": over, "ending": ({"name": names.get(end.name), "text": names.get(end.text)}
                                 if end else None),
        "paused": room.paused, "seats": _seats(room, names),
    }


def _seats(room: Room, names: Names) -> list[dict[str, Any]]:
    return [{"role": r, "label": names.label(r), "short": names.short(r),
             "team": room.teams().get(r) or None,
             "taken": room.taken(r), "connected": room.connected(r), "bot": room.is_bot(r)}
            for r in ROLES]


def _health(names: Names, health: dict[str, int], start: dict[str, int]) -> list[dict[str, Any]]:
    return [{"dim": d, "label": dim_name(d, names.lang), "value": val, "start": start.get(d, val)}
            for d, val in health.items()]


def _log(names: Names, log: tuple[tuple[int, str, Message], ...]) -> list[dict[str, Any]]:
    start = max(0, len(log) - LOG_TAIL)
    return [{"n": start + i, "round": r, "text": names.msg(m)}
            for i, (r, _phase, m) in enumerate(log[start:])]


def _table(names: Names, v: Any) -> dict[str, Any]:
    """The public part every view shares (a RoleView or the PublicView)."""
    return {
        "times": [{"role": r, "label": names.label(r), "value": t} for r, t in v.times.items()
                  if r in PROFESSIONALS],
        "done": [names.label(r) for r in v.done if r in ROLES],
        "relations": [{"pair": k, "label": names.pair(k), "value": val,
                       "short": " – ".join(names.short(r) for r in k.split("+") if r in ROLES)}
                      for k, val in v.relations.items()],
        "pots": [{"pot": p, "label": pot_name(p, names.lang), "value": val,
                  "start": v.start_pots.get(p, val), "paid": v.paid.get(p, 0)}
                 for p, val in v.pots.items()],
        "consent": [names.pair(k) for k in v.consent],
        "general_consent": v.general_consent,
        "requests": [f"{names.label(a)} → {names.label(b)}" for a, _, b in
                     (r.partition("->") for r in v.requests) if a in ROLES and b in ROLES],
        "offers": [{"id": oid, "label": names.thing(oid), "by": names.label(by)}
                   for oid, _kind, by in v.offers],
        "arrangements": [{"id": a.id, "name": names.thing(a.id), "status": a.status,
                          "status_label": (t(f"net.status.{a.status}", names.lang)
                                           if has(f"net.status.{a.status}") else a.status),
                          "wait": a.starts_in, "secured": a.secured} for a in v.arrangements],
        "network": [{"id": n, "name": names.thing(n), "active": on}
                    for n, on in v.network.items()],
        "force": names.force(v.current_force) if v.current_force else None,
        "active_forces": [dict(names.force(f.id), rounds_left=f.rounds_left)
                          for f in v.active_forces],
        "choice": _choice(names, v.pending_choice),
        "counters": dict(v.counters),
    }


def _choice(names: Names, pending: str | None) -> dict[str, Any] | None:
    if not pending:
        return None
    ch = names.game.scenario.forces[pending].choice
    if ch is None:
        return None
    return {"question": names.get(ch.question), "chooser": names.label(ch.chooser)}


def force_choices(room: Room, lang: str) -> list[dict[str, str]]:
    """The force cards the teacher may inject into a table (the console's list and the board
    window's I key): every force of its scenario, by id and name."""
    names = Names(room.game, lang)
    return [{"id": fid, "name": names.get(f.name)}
            for fid, f in room.game.scenario.forces.items()]


def console_state(rooms: list[Room], lang: str) -> dict[str, Any]:
    """The teacher's console: every table with its round, phase, seats and the figures the
    comparison report shows afterwards (ending so far, health, wrong pocket)."""
    return console_frame(rooms, lang)[0]


def console_frame(rooms: list[Room], lang: str) -> tuple[dict[str, Any], str]:
    """The console's frame (console_state) and its text, as host._encode makes it. Each
    table's part is made once per language and kept until the table changes
    (Room.summary_key): a move at one table remakes that table's part only."""
    parts = [_console_table(room, lang) for room in rooms]
    data = {"type": "console", "tables": [d for d, _text in parts]}
    text = '{"type":"console","tables":[' + ",".join(t for _d, t in parts) + "]}"
    return data, text


def _console_table(room: Room, lang: str) -> tuple[dict[str, Any], str]:
    key = room.summary_key()
    got = room.console_cache.get(lang)
    if got is not None and got[0] == key:
        return got[1], got[2]
    data = console_table(room, lang)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    room.console_cache[lang] = (key, data, text)
    return data, text


def console_table(room: Room, lang: str) -> dict[str, Any]:
    """One table in the teacher's console."""
    game = room.game
    names = Names(game, lang)
    v = game.view("facilitator")
    r = game.result()
    end = next((e for e in game.scenario.casus.endings if e.id == v.ending), None)
    return {
        "room": room.code, "scenario": names.get(game.scenario.casus.title),
        "model": names.get(game.scenario.models[game.state.model].name),
        "round": v.round, "rounds": v.rounds,
        "phase_label": phase_name(v.phase, names.lang),
        "to_move": [names.label(x) for x in v.to_move if x in ROLES],
        "seats": [dict(x, link=room.seat_link(x["role"])) for x in _seats(room, names)],
        "paused": room.paused, "revealed": room.revealed,
        "proposals_on": room.proposals_on, "over": v.over,
        "ending": names.get(end.name) if end else None,
        "health": _health(names, v.health, v.start_health),
        "health_gain": round(r.health_gain, 2),
        "wrong_pocket": sum(int(f.get("amount", 0)) for f in r.wrong_pocket),
        "counters": dict(v.counters),
        "forces": force_choices(room, lang),
        "join": room.join_path(),
    }


def index_state(rooms: list[Room], lang: str) -> dict[str, Any]:
    """The projector before the game: every table's code and QR code, and who has joined."""
    out = []
    for room in rooms:
        names = Names(room.game, lang)
        out.append({"room": room.code, "scenario": names.get(room.game.scenario.casus.title),
                    "join": room.join_url(), "seats": _seats(room, names),
                    "round": room.game.round, "over": room.game.is_over()})
    return {"type": "index", "tables": out}
