"""The content vocabulary: typed definitions of actions, forces, models and casussen.

These frozen dataclasses are the closed vocabulary a scenario author writes in YAML. They
are plain Python: the engine only ever reads them and needs no validation library. The
constraints of a field (``spec(ge=0, le=5)``, a ``pattern``, a ``description``) are plain
metadata here; game/content validates YAML against these classes with pydantic (which reads
that metadata and ``__pydantic_config__``), adds the checks between fields (one key per
effect or condition, the defaults of content written before a key existed), and turns every
error into a message with file, line and column. No class here does I/O.

Effects and conditions are small mappings with exactly one key, for example
``{health: {dim: meedoen, by: 1}}`` or ``{trust_at_least: 2}``. There is no eval and no code in
YAML: every key below is documented in docs/scenario-format.md.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal

from game.engine.roles import DIMENSIONS, POTS, PROFESSIONALS, ROLES

__all__ = ["DIMENSIONS", "POTS", "PROFESSIONALS", "ROLES"]  # (re-exported: the role vocabulary)

# --- fixed names -------------------------------------------------------------------------

AREAS = ("3.1", "3.2", "3.3", "3.4", "3.5", "3.6")
LESSONS = ("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9")

Role = Literal["huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner"]
Professional = Literal["huisarts", "wijkverpleegkundige", "sociaal_werker"]
# "any_professional" in a role field of a condition means: at least one professional.
RoleRef = Literal["huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner", "actor",
                  "any_professional"]
Dimension = Literal[
    "lichaamsfuncties",
    "mentaal_welbevinden",
    "zingeving",
    "kwaliteit_van_leven",
    "meedoen",
    "dagelijks_functioneren",
]
Pot = Literal["zvw", "wmo", "wlz"]
# the laws the gemeente's pot (id ``wmo``) pays for: an action, arrangement or escalation
# paid by the gemeente may name its law ("Gemeente (Jeugdwet) betaalt 1"); none: the Wmo
Law = Literal["wmo", "jeugdwet", "wpg", "wgs", "participatiewet"]
Domain = Literal["medisch", "sociaal"]
Area = Literal["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
Lesson = Literal["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9"]
Counter = Literal["gp_visits", "crises", "medicalisation", "emergency_visits"]
ModelId = Literal["netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel"]

# Rule switches that forces and organisation models turn on while they are active.
# The engine reads exactly these; docs/scenario-format.md explains each one.
Flag = Literal[
    "grijs_budget",  # one shared pot: any professional may charge Zvw or Wmo (payment title)
    # a lumpsum contract: (format 5) the Zvw pays the gemeente's prevention and sociale basis
    # and the sociaal werker may charge the Zvw; (older formats) medical roles charged the Wmo
    "lumpsum",
    "grensbudget",  # a budget for cross-border work: one cross-domain payment per round
    "schotten",  # walls are enforced hard: no cross-domain payment at all, whatever else holds
    "avg_onzeker",  # every share needs consent for that exact pair, and costs 1 extra time
    "wams",  # the inwoner may give one general consent for all professionals
    "gezamenlijke_taal",  # a common glossary: no language penalty when sharing across domains
    "taalverschillen",  # sharing costs 1 extra time on top of the language penalty
    "gedeeld_kader",  # shared frame: every professional sees all six health dimensions
    "ict_niet_gekoppeld",  # a referral costs 1 extra time (you must phone to get feedback)
    "sociale_kaart_nodig",  # the huisarts cannot refer to the social domain before sociale_kaart
    "medische_taal",  # help only comes when framed medically: each round an extra GP visit
    "signalen_genegeerd",  # medical roles ignore shares from the social domain below relation 2
    "overleg_extra_tijd",  # an MDO costs every participant 1 extra time
    # (NZa) the MDO has a payment title for the medical roles: the Zvw pays 1 for each
    # huisarts or wijkverpleegkundige taking part, and it costs them no time (no surcharge)
    "overleg_betaald",
    "gratis_overleg",  # a free weekly overleg each round (no time cost, held automatically)
    "wmo_mandaat_wijkverpleging",  # the wijkverpleegkundige may prepare a Wmo indication
    # Welzijn op Recept is a basic service: its referral has a payment title (up to format 4;
    # from format 5 the referral needs none: the gemeente pays its own welzijnscoach)
    "welzijn_op_recept",
    "sociale_basis_garantie",  # sociale basis activities stay free, whatever the cuts
    "ravijnjaar",  # sociale basis activities cost the Wmo 1 per round; when Wmo is empty they stop
    "wrong_pocket",  # the gemeente refuses prevention (Wmo arrangements) unless grijs_budget
    "consultatie_ggz",  # the GGZ consultation function exists (actions may require it)
    "brugfunctionaris",  # huisarts -> sociaal_werker referrals are free and always succeed
    "gemeenschap",  # community actions are stronger (+1 health) and the network starts active
    # the model leans on the sociale basis: while ravijnjaar cuts it (and no
    # sociale_basis_garantie holds), community network resources stop at each round's end
    "leunt_op_sociale_basis",
]
FLAGS: tuple[str, ...] = Flag.__args__  # type: ignore[attr-defined]


def spec(default: Any = dataclasses.MISSING, *, ge: int | None = None, le: int | None = None,
         min_length: int | None = None, pattern: str | None = None,
         description: str | None = None, alias: str | None = None) -> Any:
    """A field with its default and the constraints the content layer checks (the engine
    trusts them): ``ge``/``le`` bounds of a number, ``min_length`` of a list or text, the
    ``pattern`` of a text, the ``alias`` an author writes, a ``description`` for the schema.
    A list or dict default is a fresh empty one per instance (and still the default a
    schema shows)."""
    given = {"ge": ge, "le": le, "min_length": min_length, "pattern": pattern,
             "description": description, "alias": alias}
    meta: dict[str, object] = {k: v for k, v in given.items() if v is not None}
    if isinstance(default, list | dict):
        assert not default, "only an empty list or dict as a default"
        meta["json_schema_extra"] = {"default": default}
        return dataclasses.field(default_factory=type(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@dataclass(frozen=True)
class Range:
    """Bounds of a number inside a type, such as the values of a mapping:
    ``dict[str, Annotated[int, Range(ge=1, le=20)]]`` (the content layer checks them)."""

    ge: int | None = None
    le: int | None = None


class Strict:
    """Base for every definition: the subclasses are frozen dataclasses, and unknown keys
    are errors when the content layer reads them (``extra: forbid``)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}


def _one_key(d: object) -> str:
    """The one field of an effect or condition that is set (the content layer checks that
    there is exactly one)."""
    for f in dataclasses.fields(d):  # type: ignore[arg-type]
        if getattr(d, f.name) is not None:
            return f.name
    raise AssertionError(f"{type(d).__name__} without a key")


@dataclass(frozen=True, kw_only=True)
class Text(Strict):
    """A player-facing text: Dutch first (taalniveau B1), English second."""

    nl: str = spec(min_length=1)
    en: str = spec(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


# --- conditions ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ProblemValue(Strict):
    problem: str
    value: int = spec(ge=0, le=5)


@dataclass(frozen=True, kw_only=True)
class DimValue(Strict):
    dim: Dimension
    value: int = spec(ge=0, le=10)


@dataclass(frozen=True, kw_only=True)
class CounterValue(Strict):
    counter: Counter
    value: int = spec(ge=0)


@dataclass(frozen=True, kw_only=True)
class KnownRef(Strict):
    problem: str  # a problem id, or "wens" for the inwoner's own wish
    role: RoleRef = "actor"


@dataclass(frozen=True, kw_only=True)
class TrustValue(Strict):
    role: RoleRef = "actor"
    value: int = spec(ge=0, le=3)


@dataclass(frozen=True, kw_only=True)
class RelationValue(Strict):
    a: RoleRef = "actor"
    b: Professional
    value: int = spec(ge=0, le=3)


@dataclass(frozen=True, kw_only=True)
class ArrangementState(Strict):
    id: str
    status: Literal["offered", "waiting", "running", "done", "stopped", "started", "secured"]


@dataclass(frozen=True, kw_only=True)
class Condition(Strict):
    """Exactly one key. ``all``/``any``/``not`` combine other conditions."""

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = spec(default=None, alias="not")
    severity_at_most: ProblemValue | None = None
    severity_at_least: ProblemValue | None = None
    health_at_least: DimValue | None = None
    health_at_most: DimValue | None = None
    counter_at_most: CounterValue | None = None
    counter_at_least: CounterValue | None = None
    known: KnownRef | None = None  # the role knows this problem (or "wens")
    wish_met: bool | None = None  # true: the inwoner's wish is known and its dims are high
    trust_at_least: int | TrustValue | None = spec(default=None)
    relation_at_least: RelationValue | None = None
    arrangement: ArrangementState | None = None
    network_active: str | None = None
    flag: Flag | None = None
    escalated: str | None = None  # this problem's escalation happened
    round_at_least: int | None = spec(default=None, ge=1)
    addressed: str | None = None  # this problem was treated by the right domain at least once

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "populate_by_name": True}

    @cached_property
    def key(self) -> str:
        """The one key, as an author writes it ("not" for ``not_``)."""
        k = _one_key(self)
        return "not" if k == "not_" else k


# --- effects ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DimBy(Strict):
    dim: Dimension
    by: int = spec(ge=-10, le=10)


@dataclass(frozen=True, kw_only=True)
class ProblemBy(Strict):
    problem: str  # a problem id, or "$target" for the problem the action targets
    by: int = spec(ge=-5, le=5)


@dataclass(frozen=True, kw_only=True)
class KindBy(Strict):
    """Change every problem of this kind that the acting role knows."""

    kind: str
    by: int = spec(ge=-5, le=5)


@dataclass(frozen=True, kw_only=True)
class RoleBy(Strict):
    role: RoleRef = "actor"
    by: int = spec(ge=-3, le=3)


@dataclass(frozen=True, kw_only=True)
class PotBy(Strict):
    pot: Pot
    by: int


@dataclass(frozen=True, kw_only=True)
class CounterBy(Strict):
    counter: Counter
    by: int = 1


@dataclass(frozen=True, kw_only=True)
class Effect(Strict):
    """Exactly one key. Effects of actions, forces, arrangements, network and escalations."""

    health: DimBy | None = None
    severity: ProblemBy | None = None
    treat: KindBy | None = None  # lower every known problem of a kind (it counts as treated)
    hold: str | None = None  # problems of this kind do not grow this round (kind name)
    trust: RoleBy | None = None  # the inwoner's trust in a professional
    all_trust: int | None = None  # the inwoner's trust in every professional
    relation: RoleBy | None = None  # relation between the actor and role
    all_relations: int | None = None  # every pair of professionals
    reset_relations: Professional | Literal["random"] | None = None  # staff turnover
    lose_bridge: bool | None = None  # the brugfunctionaris leaves
    time: RoleBy | None = None  # a professional's time this round ("random" not allowed)
    time_random: int | None = None  # a random professional's time this round (werkdruk)
    energy: int | None = None
    pot: PotBy | None = None  # change a budget (ravijnjaar, subsidies)
    pay: PotBy | None = None  # a charge to a pot (counts in the ledger as paid)
    ask: Literal["medisch", "sociaal", "alles"] | None = None  # the inwoner tells what trust allows
    ask_wish: bool | None = None  # the inwoner tells what matters most, if trust allows
    counter: CounterBy | None = None
    # unsecured project-funded arrangements stop: true (the project money has run out) or
    # kartrekker_weg (the one person who carried them left; issue 13, lesson L9)
    stop_projects: bool | Literal["kartrekker_weg"] | None = None
    secure_all: bool | None = None  # every running project arrangement gets structural money
    cancel_blocking: int | None = None  # end this many active blocking forces (oldest first)
    # end this many active enabling forces, newest first (a new wethouder changes course)
    cancel_enabling: int | None = None
    # the gemeente cuts prevention first: every running or waiting arrangement marked
    # prevention that the gemeente pays stops, unless it is secured, the law obliges it (Wgs)
    # or a shared budget (grijs_budget, lumpsum) lets the payer see the saving
    stop_prevention: bool | None = None
    unblock_tokens: int | None = None  # cross-domain payments allowed once each (doorzettingsmacht)
    activate_network: str | None = None  # a network resource id, or a network kind
    deactivate_network: str | None = None
    start_arrangement: str | None = None  # start without an offer (forces, network)
    end_game: str | None = None  # an ending id: the game ends at once
    sociale_kaart: bool | None = None  # the social map is known: referrals under sociale_kaart_nodig
    # end every active force card that sets this flag: a belief checked and overturned (the
    # privacy officer says what the AVG allows: avg_onzeker ends; issue 13, lesson L4)
    cancel_flag: Flag | None = None
    # an anonymous case consultation (no name, no data, so no consent): the acting role hears,
    # for each problem it knows, which other role's help fits it (told to the actor only)
    advice: bool | None = None

    @cached_property
    def key(self) -> str:
        """The one key."""
        return _one_key(self)


# --- actions ------------------------------------------------------------------------------

# What an action does beyond its effects, and what it targets. The engine implements each op.
Op = Literal[
    "generic",  # pay, then apply effects (and find signals)
    "deel",  # share a fact (problem or wens) with another professional: fact->role
    "vraag_toestemming",  # ask the inwoner for consent to share with a professional: role
    "verwijs",  # refer the inwoner to another professional: role
    "kennismaken",  # unfunded meeting with another professional: relation +1: role
    "plan_overleg",  # an MDO for all professionals (held in the overleg phase): problem goal
    "bied_aan",  # offer an arrangement to the inwoner (field arrangement)
    "borg",  # secure a running project arrangement with structural money: arrangement
    "activeer_netwerk",  # offer to activate a network resource (the inwoner accepts): network
    "vertel",  # inwoner: tell a problem or the wish to a professional: fact->role
    "toestemming",  # inwoner: consent for a pair of professionals: role+role
    "trek_in",  # inwoner: withdraw consent for a pair: role+role
    "algemene_toestemming",  # inwoner: one general consent (only where wams holds)
    "accepteer",  # inwoner: accept a pending offer: offer
    "weiger",  # inwoner: refuse a pending offer: offer
    "klaar",  # end this role's turn in the phase
]


@dataclass(frozen=True, kw_only=True)
class Cost(Strict):
    time: int = spec(default=1, ge=0, le=3)  # time (professionals) or energy (inwoner)
    pot: Pot | None = None  # which pot pays; None means unfunded
    money: int = spec(default=0, ge=0)


@dataclass(frozen=True, kw_only=True)
class ActionDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    role: Role
    op: Op = "generic"
    name: Text
    text: Text
    lesson: Lesson | None = None
    cost: Cost = Cost()
    requires: list[Condition] = spec([])
    effects: list[Effect] = spec([])
    arrangement: str | None = None  # for op bied_aan: which arrangement is offered
    # while this flag is on, the card has a payment title for the pot it charges (or, for
    # bied_aan, the pot of its arrangement): Welzijn op Recept, the Wmo mandate
    payment_title: Flag | None = None
    law: Law | None = None  # the law the gemeente pays this card under (pot wmo); None: Wmo
    # None: the op decides (moves with a target, such as deel, repeat; others once a round)
    once_per_round: bool | None = None
    community: bool = False  # a community action: stronger in the gemeenschapsmodel
    # (cards written before some of these keys existed: see game/content/validate.py)


# --- arrangements -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ArrangementDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    text: Text
    pot: Pot | None = None  # who pays each round; None: free (sociale basis); a secured
    # project without a pot is paid by the Wmo
    project: bool = False  # paid from temporary project money: stops with the subsidy
    cost_per_round: int = spec(default=0, ge=0)
    wait: int = spec(default=0, ge=0)  # rounds before it starts (a Wmo decision takes time)
    duration: int | None = spec(default=None, ge=1)  # rounds it runs; None: until stopped
    min_trust: int = spec(default=1, ge=0, le=3)  # trust the inwoner needs to accept
    per_round: list[Effect] = spec([])
    on_done: list[Effect] = spec([])
    sociale_basis: bool = False  # a sociale basis activity (hit by ravijnjaar)
    prevention: bool = False  # counts as prevention in the ledger (wrong pocket)
    law: Law | None = None  # the law the gemeente pays it under (pot wmo); None: the Wmo
    # a Wmo maatwerkvoorziening: the gemeente decides after an onderzoek (about 8 weeks, so a
    # wait of about 4 rounds); not maatwerk: an algemene voorziening or help without a Wmo
    # decision, which (format 5) a professional of either domain may offer without a title
    maatwerk: bool = False


# --- forces -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Modifiers(Strict):
    flags: list[Flag] = spec([])
    wait: dict[Pot, int] = spec({})  # extra waiting rounds for arrangements paid by a pot
    extra_time: dict[str, int] = spec({})  # extra time for action ids (or op names)
    block: list[str] = spec([])  # action ids that are not legal while this is active


@dataclass(frozen=True, kw_only=True)
class ForceChoiceOption(Strict):
    label: Text
    effects: list[Effect] = spec([])
    modifiers: Modifiers = Modifiers()
    duration: int | None = spec(default=None, ge=1)


@dataclass(frozen=True, kw_only=True)
class ForceChoice(Strict):
    question: Text
    chooser: Professional = "sociaal_werker"
    yes: ForceChoiceOption
    no: ForceChoiceOption


@dataclass(frozen=True, kw_only=True)
class ForceDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    kind: Literal["belemmerend", "bevorderend"]
    area: Area
    name: Text
    text: Text
    # immediate: effects once; a number: modifiers hold that many rounds; lasting: until the end
    duration: Literal["immediate", "lasting"] | int = "immediate"
    effects: list[Effect] = spec([])
    modifiers: Modifiers = Modifiers()
    choice: ForceChoice | None = None
    reflection: Text
    source: str = "000_810897c70a538cc2.txt"
    lesson: Lesson | None = None


# --- organisation models ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OrgModelDef(Strict):
    id: ModelId
    name: Text
    text: Text
    strength: Text
    weakness: Text
    relations: int = spec(ge=0, le=3)  # start relation for every pair
    relations_override: dict[str, int] = spec({})  # "huisarts+sociaal_werker": 0
    turnover_floor: int = spec(default=0, ge=0, le=3)  # relations fall to this on turnover
    modifiers: Modifiers = Modifiers()
    source: str = "002_76acbc7ebcc13e20.txt"


# --- the casus ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Escalation(Strict):
    name: Text
    text: Text
    pot: Pot | None = None
    cost: int = spec(default=0, ge=0)
    law: Law | None = None  # the law the gemeente pays it under (pot wmo); None: the Wmo
    effects: list[Effect] = spec([])
    reset_to: int = spec(default=3, ge=0, le=4)  # severity after the escalation
    counter: Counter | None = "crises"
    ending: str | None = None  # an ending id: the escalation ends the game at once


@dataclass(frozen=True, kw_only=True)
class Deadline(Strict):
    round: int = spec(ge=1, le=20)  # the last round in which addressing it is in time
    name: Text  # who steps in (told to those who know it): "Melding bij de leerplichtambtenaar"
    effects: list[Effect] = spec([])


@dataclass(frozen=True, kw_only=True)
class Strain(Strict):
    problem: str  # a problem id
    at: int = spec(default=4, ge=1, le=5)  # from this severity the resource gives nothing


@dataclass(frozen=True, kw_only=True)
class ProblemDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    text: Text
    kind: str = spec(pattern=r"^[a-z][a-z0-9_]*$")  # what treats it: actions treat kinds
    domain: Domain | Literal["beide"]
    severity: int = spec(ge=0, le=5)
    known_to: list[Role] = spec([])
    sensitivity: int = spec(default=0, ge=0, le=3)  # trust needed before the inwoner tells
    drains: list[Dimension] = spec([])
    drain_from: int = spec(default=3, ge=1, le=5)  # drains once severity is at least this
    grow_every: int = spec(default=2, ge=0)  # untreated: +1 severity every N rounds (0: never)
    feeds: list[str] = spec([])  # other problems that grow faster while this one is 4 or more
    gp_visits: bool = False  # drives a GP visit every round until addressed (loneliness-type)
    # a window that closes (a child's development): the last round in which help still
    # lowers this problem; after it, treatment only keeps it where it is. None: no window
    window: int | None = spec(default=None, ge=1, le=20)
    # a problem that looks like another one (a depression in an older person looks like
    # dementia): while this problem is at ``drain_from`` or more, help for the look-alike
    # from someone who does not know this problem neither lowers nor holds it. None: none
    looks_like: str | None = None
    # a deadline from outside (the school must report absence to leerplicht): when this
    # problem is still not addressed at the end of round ``round``, ``effects`` happen once,
    # told with ``name``. None: no deadline
    deadline: Deadline | None = None
    escalation: Escalation | None = None


@dataclass(frozen=True, kw_only=True)
class SignalDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    problem: str
    text: Text
    found_by: list[str]  # action ids whose use finds this signal
    min_trust: int = spec(default=0, ge=0, le=3)


@dataclass(frozen=True, kw_only=True)
class WishDef(Strict):
    text: Text
    min_trust: int = spec(default=1, ge=0, le=3)
    dims: list[Dimension] = spec(min_length=1)
    threshold: int = spec(default=6, ge=0, le=10)  # wish met: all dims at least this


@dataclass(frozen=True, kw_only=True)
class NetworkDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    text: Text
    kind: str
    active: bool = False
    community: bool = False  # part of the sociale basis (hit by ravijnjaar, helped by gemeenschap)
    self_activate: bool = False  # the inwoner can activate it on their own (activeer)
    min_trust: int = spec(default=1, ge=0, le=3)  # for a professional's activation offer
    per_round: list[Effect] = spec([])
    # extra energy the inwoner has each round while it is active (the largest counts)
    energy: int = spec(default=0, ge=0, le=2)
    # (a casus written before ``energy`` existed: see game/content/validate.py)
    # a carer who can wear out: while this problem is at ``at`` or more, the resource does
    # nothing (its per_round and energy); None: it always works while active
    strained_by: Strain | None = None


@dataclass(frozen=True, kw_only=True)
class EndingDef(Strict):
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    rank: Literal["best", "good", "neutral", "bad"]
    name: Text
    text: Text
    when: Literal["end", "immediate"] = "end"
    condition: Condition | None = None  # None: always true (the fallback)


@dataclass(frozen=True, kw_only=True)
class Portrait(Strict):
    """How the board draws the inwoner (shapes, no image file): indexes into the board's
    palettes of skin, hair and clothes colours, and two traits. Age greys the hair."""

    skin: int = spec(ge=0, le=4)
    hair: int = spec(ge=0, le=4)
    clothes: int = spec(ge=0, le=5)
    long_hair: bool = False
    beard: bool = False


@dataclass(frozen=True, kw_only=True)
class GpVisit(Strict):
    """What a visit to the GP costs when a problem with ``gp_visits`` brings the inwoner to
    the surgery (or the force medische_taal does): the pot, the amount, the ledger's id."""

    pot: Pot = "zvw"
    cost: int = spec(default=1, ge=0)
    ledger: str = spec(default="spreekuur", pattern=r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, kw_only=True)
class RoleLabel(Strict):
    """Who plays a role in this casus, when that is not the catalogue's professional: the
    JGZ nurse for a teenager, the POH-somatiek for diabetes care. Only names and cards
    change; the role's id (saves, notation, the network) stays the same."""

    # the word in a sentence, without article: "JGZ-verpleegkundige", "youth health nurse"
    label: Text
    # the team's name on the board and the role card; None: the label with a capital
    team: Text | None = None
    # the team's name where there is little room (a phone's chip, the projector); None: team
    short: Text | None = None
    # what this professional does in this casus, in one or two short sentences
    scope: Text | None = None
    # catalogue cards of this role that this professional would not play in this casus
    leave_out: list[str] = spec([])


@dataclass(frozen=True, kw_only=True)
class Start(Strict):
    health: dict[Dimension, int]
    trust: dict[Professional, int] = spec({})
    pots: dict[Pot, int]
    energy: int = spec(default=2, ge=1, le=4)
    time: int = spec(default=3, ge=1, le=6)


@dataclass(frozen=True, kw_only=True)
class CasusDef(Strict):
    # 2: `addressed` asks for real treatment (see Game._addressed); 1 keeps the old meaning,
    # so a casus (and every save of it) plays as it always did. 3: the rules of issues 12
    # and 13 as well (docs/scenario-format.md, "Format 3"); 4: no good or best ending while
    # the web ended lower than it started ("Format 4"); 5: who pays follows the laws
    # (lumpsum, referrals the gemeente pays, "Format 5"). Engine code tests
    # `casus.format >= N`, so a game of an older casus replays as it was played.
    format: Literal[1, 2, 3, 4, 5, 6] = 1
    id: str = spec(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    # the inwoner's name, as players see it: one text ("Ron"), or per language when it has
    # words in it ({nl: "Sanne en Joost", en: "Sanne and Joost"}); read it with name_in()
    inwoner: str | Text
    # the inwoner's pronouns, for texts about the inwoner: hij (hij/hem/zijn, he/him/his),
    # zij (zij/haar/haar, she/her/her), die (one person, neutral: die/hen/hun,
    # they/them/their) or meervoud (more than one person: zij/hen/hun, they/them/their)
    pronouns: Literal["hij", "zij", "die", "meervoud"] = spec(
        default="die", description="How the game's sentences refer to the inwoner: hij "
        "(he/him/his), zij (she/her), die (one person, neutral: they/them) or meervoud "
        "(two or more people: they/them).")
    age: int = spec(ge=0, le=120)
    summary: Text
    story: Text
    # what a teacher announces before the game (a crisis, dying, debts): shown on the set-up
    # and in `krachtenveld scenarios`, so a student who needs to can choose another casus
    content_warning: Text | None = None
    # what the game simplifies compared to real practice (the teacher's card shows it, with
    # what holds for every casus): "in the game the wijkverpleegkundige runs the clinic; in
    # practice that is the JGZ nurse"
    simplified: list[Text] = spec([])
    epilogue: Text
    sources: list[str] = spec([])
    learning_goals: list[Lesson] = spec([])
    playing_time: int = spec(default=50, ge=10)  # minutes
    # the casus's own central tension, in one or two sentences: what makes it unlike the
    # others (the teacher's card shows it)
    tension: Text | None = None
    # time runs out (palliative care): these dimensions fall 1 every ``decline_every``
    # rounds whatever anyone does, help does not bring back what they lost, and the
    # format-4 rule (no good or best ending while the web ended lower) leaves them out:
    # the goal is a good last phase, not recovery
    decline: list[Dimension] = spec([])
    decline_every: int = spec(default=2, ge=1, le=20)
    # mood episodes (bipolar disorder): the inwoner's energy before other changes follows
    # this cycle, round 1 the first value and so on, over and over, instead of
    # start.energy. Empty: start.energy every round
    energy_cycle: list[Annotated[int, Range(ge=1, le=4)]] = spec([])
    # trust through a key person: while this network resource is not active, no
    # professional's trust rises above ``trust_without`` (trust they have stays). None: off
    trust_through: str | None = None
    trust_without: int = spec(default=1, ge=0, le=3)
    rounds: int = spec(default=8, ge=1, le=20)
    portrait: Portrait | None = None  # None: a look drawn from the casus id
    gp_visit: GpVisit = GpVisit()
    start: Start
    problems: list[ProblemDef] = spec(min_length=1)
    signals: list[SignalDef] = spec([])
    wish: WishDef
    network: list[NetworkDef] = spec([])
    endings: list[EndingDef] = spec(min_length=1)
    deck: list[str] | None = None  # force ids; None: the whole catalogue
    # force id -> the round it is drawn in (1: the first card); the rest stays shuffled
    schedule: dict[str, Annotated[int, Range(ge=1, le=20)]] = spec({})
    actions: list[ActionDef] = spec([])  # added to, or overriding, the catalogue
    arrangements: list[ArrangementDef] = spec([])
    forces: list[ForceDef] = spec([])
    # a role carried by another professional in this casus (a label, a scope, cards left out)
    roles: dict[Professional, RoleLabel] = spec({})

    def name_in(self, lang: str) -> str:
        """The inwoner's name in the players' language."""
        return self.inwoner if isinstance(self.inwoner, str) else self.inwoner.get(lang)


@dataclass(frozen=True, kw_only=True)
class ActionCatalogue(Strict):
    format: Literal[1] = 1
    actions: list[ActionDef]
    arrangements: list[ArrangementDef] = spec([])


@dataclass(frozen=True, kw_only=True)
class ForceCatalogue(Strict):
    format: Literal[1] = 1
    forces: list[ForceDef]


@dataclass(frozen=True, kw_only=True)
class ModelCatalogue(Strict):
    format: Literal[1] = 1
    models: list[OrgModelDef]


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """A casus merged with the catalogues: everything the engine needs for one game."""

    casus: CasusDef
    actions: dict[str, ActionDef]
    arrangements: dict[str, ArrangementDef]
    forces: dict[str, ForceDef]
    models: dict[str, OrgModelDef]

    @property
    def id(self) -> str:
        return self.casus.id
