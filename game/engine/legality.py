"""Legality: whether a move may be played now, and if not, why (docs/scenario-format.md,
section 4.4). ``check`` holds the checks every move shares (whose turn, the target, once a
round, blocked, fit, requires, payment, time); what each kind of move checks about its target
is one function per op in ``TARGET_CHECKS``. A check returns the reason a move is not legal,
or None. ``check``, ``fits``, ``check_target`` and ``check_offer`` are functions of a Game
(``Game`` binds each one as a method of the same name with a leading underscore).

Adding an op: its name in defs.py's ``Op``, its function here with ``@_target``, what playing
it does (ops.py, ``@_op``), its targets (moves.py) and whether it repeats in a round
(``REPEATABLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from game.engine import phases
from game.engine.actions import Action
from game.engine.defs import ActionDef, ArrangementDef, Effect, Scenario
from game.engine.messages import Message, msg
from game.engine.payments import zvw_pays
from game.engine.roles import DOMAIN, PROFESSIONALS, pair_key

if TYPE_CHECKING:
    from game.engine.game import Game

TargetCheck = Callable[["Game", Action, ActionDef], "Message | None"]
TARGET_CHECKS: dict[str, TargetCheck] = {}


def _target(op: str) -> Callable[[TargetCheck], TargetCheck]:
    def register(fn: TargetCheck) -> TargetCheck:
        TARGET_CHECKS[op] = fn
        return fn
    return register


def _bad(a: Action) -> Message:
    return msg("bad_target", text=str(a))


def check(g: Game, a: Action, movers: tuple[str, ...] | None = None) -> Message | None:
    s = g._s
    if s.over:
        return msg("game_over")
    if a.role == "facilitator":
        if a.name == "einde" and a.arg is None:
            return None
        if a.name in ("injecteer", "schrap") and a.arg in g.scenario.forces \
                and a.arg2 is None:
            return None
        if a.name == "model" and a.arg in g.scenario.models and a.arg2 is None:
            return None
        return msg("unknown_action", text=str(a))
    if a.name == "kies":
        if not (s.phase == "kracht" and s.pending_choice):
            return msg("no_choice")
        choice = g.scenario.forces[s.pending_choice].choice
        if choice is None or a.role != choice.chooser:
            return msg("not_your_turn", role=a.role)
        return None if a.arg in ("ja", "nee") and a.arg2 is None else msg(
            "bad_target", text=str(a))
    d = g._def(a)
    if d is None:
        return msg("unknown_action", text=str(a))
    if s.phase == "kracht" and s.pending_choice:
        # the force card's choice comes first: legal_actions offers only kies(ja|nee),
        # so apply must not play a card either (found by the issue 15 soak)
        return msg("not_your_turn", role=a.role)
    if a.role not in (g.to_move() if movers is None else movers):
        if s.phase in ("inwoner", "professionals") and (
                (a.role == "inwoner") == (s.phase == "inwoner")) and a.role in s.done:
            return msg("turn_done", role=a.role)
        return msg("not_your_turn", role=a.role)
    why = g._check_target(a, d)
    if why is not None:
        return why
    if once_per_round(d) and f"{a.role}:{a.name}" in s.used:
        return msg("used")
    blocker = g._blocked.get(d.id)
    if blocker is not None:
        return msg("blocked_by", force=blocker, force_id=blocker)
    fit = g._fit.get(f"{a.role}:{a.name}")
    if fit is not None and not g._fits(a.role, fit):
        return msg("does_not_fit", role=a.role)
    for c in d.requires:
        if not g._cond(c, a.role):
            return g._cond_reason(c, a.role)
    why = g._check_payment(a, d)
    if why is not None:
        return why
    need = g._time_cost(a, d)
    if a.role == "inwoner":
        if need > s.energy:
            return msg("no_energy", need=need, left=s.energy)
    elif need > s.time[a.role]:
        return msg("no_time", need=need, left=s.time[a.role])
    return None


def fits(g: Game, role: str, kinds: frozenset[str]) -> bool:
    """Whether this role knows a problem of one of these kinds (format 3)."""
    kind = g._kind
    return any(kind.get(p) in kinds for p in g._s.knows[role])


def check_target(g: Game, a: Action, d: ActionDef) -> Message | None:
    check = TARGET_CHECKS.get(d.op)
    return _bad(a) if check is None else check(g, a, d)


def check_offer(g: Game, role: str, d: ActionDef) -> Message | None:
    s = g._s
    arr_id = d.arrangement or ""
    arr_def = g.scenario.arrangements.get(arr_id)
    if arr_def is None:
        return msg("bad_target", text=d.id)
    cur = s.arrangements.get(arr_id)
    if cur is not None and cur.status in ("offered", "waiting", "running", "done"):
        return msg("already_offered")
    if arr_def.project or arr_def.pot is None:
        return None
    # wrong pocket: the gemeente refuses new prevention, unless the insurer co-funds it (a
    # shared budget; from format 5 also what the Zvw pays: lumpsum, Welzijn op Recept)
    if (g._flag("wrong_pocket") and arr_def.prevention and arr_def.pot == "wmo"
            and not g._flag("grijs_budget") and not (
                g.scenario.casus.format >= 5 and zvw_pays(g, arr_id, role))):
        src = g._src("wrong_pocket")
        return msg("wrong_pocket", force=src, force_id=src)
    return g._title(role, d.id, arr_def.pot)


# the ops whose cards may be played more than once a round (unless the card says)
REPEATABLE = frozenset({"deel", "vertel", "toestemming", "trek_in", "accepteer", "weiger",
                         "vraag_toestemming", "kennismaken", "verwijs", "activeer_netwerk",
                         "borg", "klaar"})


def once_per_round(d: ActionDef) -> bool:
    """Whether a card may be played once a round only: as its YAML says, else as its op."""
    if d.once_per_round is not None:
        return d.once_per_round
    return d.op not in REPEATABLE


def fit_kinds(scenario: Scenario) -> dict[str, frozenset[str]]:
    """The cards that are help for particular problems (format 3), each with the problem
    kinds it helps (``card_helps``). Such a card is a legal move only while its role knows
    a problem of one of those kinds: help that does not fit the person is not offered (an
    addiction care referral for someone without an addiction), and a role first has to
    know what is going on."""
    out: dict[str, frozenset[str]] = {}
    for key, a in scenario.actions.items():
        kinds = card_helps(a, scenario.arrangements)
        if kinds:
            out[key] = kinds
    return out


def card_helps(a: ActionDef, arrangements: Mapping[str, ArrangementDef]) -> frozenset[str]:
    """The problem kinds a card is help for: for an offer, the kinds its arrangement treats
    or holds; for a plain card that does nothing but treat or hold, those kinds; none for
    every other card (a card that also does something else, such as a consultation that
    asks, is always on offer)."""
    effects: list[Effect] = []
    if a.op == "bied_aan":
        arr = arrangements.get(a.arrangement or "")
        if arr is not None:
            effects = [*arr.per_round, *arr.on_done]
    elif a.op == "generic" and a.effects and all(e.key in ("treat", "hold") for e in a.effects):
        effects = list(a.effects)
    return frozenset(phases.treat_kinds(effects))


# ----------------------------------------------------------- checks by op --


@_target("generic")
@_target("klaar")
def _plain(g: Game, a: Action, d: ActionDef) -> Message | None:
    return _bad(a) if a.arg is not None else None


@_target("algemene_toestemming")
def _algemene_toestemming(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg is not None:
        return _bad(a)
    if g._s.general_consent:
        return msg("consent_exists")
    if g._flag("avg_onzeker"):
        return msg("avg_onzeker", force=g._src("avg_onzeker"),
                   force_id=g._src("avg_onzeker"))
    if not g._flag("wams"):
        return msg("no_wams")
    return None


@_target("bied_aan")
def _bied_aan(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg is not None:
        return _bad(a)
    return g._check_offer(a.role, d)


def _fact(g: Game, a: Action) -> Message | None:
    """A share of a fact (deel, vertel): the fact and the role it goes to, and that the
    actor knows it. (Whether the other knows it already is not checked: that is hidden; a
    share of something the other knew costs the time and says so, see ops.py.)"""
    fact, other = a.arg, a.arg2
    if a.sep != "->" or other not in PROFESSIONALS or other == a.role or (
            fact != "wens" and fact not in g._problems):
        return _bad(a)
    if fact not in g._s.knows[a.role]:
        return msg("not_known", role=a.role)
    return None


@_target("deel")
def _deel(g: Game, a: Action, d: ActionDef) -> Message | None:
    why = _fact(g, a)
    if why is not None:
        return why
    return g._check_consent(a.role, a.arg2 or "", a.arg)


@_target("vertel")
def _vertel(g: Game, a: Action, d: ActionDef) -> Message | None:
    why = _fact(g, a)
    if why is not None:
        return why
    s = g._s
    fact, other = a.arg or "", a.arg2 or ""
    need = (g.scenario.casus.wish.min_trust if fact == "wens"
            else g._problems[fact].sensitivity)
    if s.trust[other] < need:
        return msg("trust_low", role=other, need=need, have=s.trust[other])
    return None


@_target("vraag_toestemming")
def _vraag_toestemming(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg not in PROFESSIONALS or a.arg == a.role or a.arg2 is not None:
        return _bad(a)  # (no other professional named)
    s = g._s
    if pair_key(a.role, a.arg or "") in s.consent:
        return msg("consent_exists")
    if f"{a.role}->{a.arg}" in s.requests:
        return msg("requested")
    return None


@_target("kennismaken")
def _kennismaken(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg not in PROFESSIONALS or a.arg == a.role or a.arg2 is not None:
        return _bad(a)  # (no other professional named)
    s = g._s
    other = a.arg or ""
    if s.relations[pair_key(a.role, other)] >= 3:
        return msg("relation_max")
    if s.time[other] < 1:
        return msg("other_busy", other=other)
    return None


@_target("verwijs")
def _verwijs(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg not in PROFESSIONALS or a.arg == a.role or a.arg2 is not None:
        return _bad(a)  # (no other professional named)
    if (g._flag("sociale_kaart_nodig") and a.role == "huisarts"
            and DOMAIN[a.arg or ""] == "sociaal" and not g._s.sociale_kaart
            and not g._flag("brugfunctionaris")):
        src = g._src("sociale_kaart_nodig")
        return msg("needs_sociale_kaart", force=src, force_id=src)
    return None


@_target("plan_overleg")
def _plan_overleg(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    role = a.role
    if a.arg2 is not None:
        return _bad(a)
    if a.arg is not None and (a.arg not in g._problems or a.arg not in s.knows[role]):
        return _bad(a) if a.arg not in g._problems else msg("not_known", role=role)
    if s.overleg_planned:
        return msg("used")
    if not g._flag("gratis_overleg"):
        for r in PROFESSIONALS:
            if r != role and s.time[r] < g._overleg_time(r, 1):
                return msg("others_busy")
    return None


@_target("borg")
def _borg(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    if a.arg2 is not None:
        return _bad(a)
    arr = s.arrangements.get(a.arg or "")
    if arr is None or not g.scenario.arrangements[arr.id].project or arr.status not in (
            "running", "waiting") or arr.secured:
        return msg("not_secured")
    return None


@_target("activeer_netwerk")
def _activeer_netwerk(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    role = a.role
    n = g._network.get(a.arg or "")
    if n is None or a.arg2 is not None:
        return _bad(a)
    if s.network[n.id]:
        return msg("already_offered")
    if role == "inwoner":
        if not n.self_activate:
            return msg("not_alone")
    else:
        if any(o.id == n.id for o in s.offers):
            return msg("already_offered")
        if s.trust[role] < n.min_trust:
            return msg("trust_low", role=role, need=n.min_trust, have=s.trust[role])
    return None


def _pair(a: Action) -> str | None:
    """The pair of professionals a consent move names (toestemming, trek_in), or None."""
    if a.sep != "+" or a.arg not in PROFESSIONALS or a.arg2 not in PROFESSIONALS or (
            a.arg == a.arg2):
        return None
    return pair_key(a.arg, a.arg2)


@_target("toestemming")
def _toestemming(g: Game, a: Action, d: ActionDef) -> Message | None:
    key = _pair(a)
    if key is None:
        return _bad(a)
    return msg("consent_exists") if key in g._s.consent else None


@_target("trek_in")
def _trek_in(g: Game, a: Action, d: ActionDef) -> Message | None:
    key = _pair(a)
    if key is None:
        return _bad(a)
    return None if key in g._s.consent else msg("no_consent_to_withdraw")


@_target("accepteer")
def _accepteer(g: Game, a: Action, d: ActionDef) -> Message | None:
    s = g._s
    offer = next((o for o in s.offers if o.id == a.arg), None)
    if offer is None or a.arg2 is not None:
        return _bad(a)
    need = (g.scenario.arrangements[offer.id].min_trust
            if offer.kind == "arrangement" else g._network[offer.id].min_trust)
    if s.trust[offer.by] < need:
        return msg("trust_low", role=offer.by, need=need, have=s.trust[offer.by])
    return None


@_target("weiger")
def _weiger(g: Game, a: Action, d: ActionDef) -> Message | None:
    if a.arg2 is not None or not any(o.id == a.arg for o in g._s.offers):
        return _bad(a)
    return None
