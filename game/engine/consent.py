"""Who may share what with whom: the inwoner's consent per pair, the general consent (with the
Wams), and from casus format 3 the facts of the law (presumed consent between those who treat
the same person for a medical problem, medical secrecy). A check returns the reason a share is
not allowed, or None. Functions of a Game (``Game`` binds each one as a method of the same
name with a leading underscore).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine import roles
from game.engine.messages import Message, msg

if TYPE_CHECKING:
    from game.engine.game import Game

# (plain dict copies of the role vocabulary: the consent checks are on the hot path of
# legal_actions)
DOMAIN = dict(roles.DOMAIN)
PAIR_OF = dict(roles.PAIR_OF)


def check_consent(g: Game, role: str, other: str, fact: str | None = None) -> Message | None:
    """Why ``role`` may not share with ``other`` (None: it may). ``fact`` is what is
    shared; None asks about sharing everything (format 3 then looks per fact)."""
    s = g._s
    key = PAIR_OF[role, other]
    if key in s.consent:
        return None
    if g.scenario.casus.format >= 3:
        return g._check_consent_v3(role, other, fact)
    if s.general_consent and g._flag("wams") and not g._flag("avg_onzeker"):
        return None
    if s.general_consent and g._flag("avg_onzeker"):
        src = g._src("avg_onzeker")
        return msg("avg_onzeker", force=src, force_id=src)
    return msg("no_consent", other=other)


def medical_fact(g: Game, fact: str | None) -> bool:
    """A fact about a medical problem (domain medisch or beide); the wish is not."""
    p = g._problems.get(fact or "")
    return p is not None and p.domain != "sociaal"


def check_consent_v3(g: Game, role: str, other: str, fact: str | None) -> Message | None:
    """Format 3, the facts of docs/scenario-format.md "Format 3": huisarts (with the
    POH) and wijkverpleegkundige treat the same person, so they share what care needs
    for a medical problem with presumed consent (WGBO). Anyone else needs the
    inwoner's explicit consent for the pair. The Wams (a bill for the social domain)
    lets a general consent count only for what the sociaal werker shares about a
    non-medical matter: it never lifts medical secrecy. "Onzeker over de AVG" makes
    everyone ask per pair, even where the law would allow more."""
    s = g._s
    doubt = g._flag("avg_onzeker")
    medical_pair = DOMAIN[role] == "medisch" and DOMAIN[other] == "medisch"
    if medical_pair and fact is not None and g._medical_fact(fact):
        if not doubt:
            return None
        src = g._src("avg_onzeker")
        return msg("avg_onzeker_presumed", force=src, force_id=src)
    if (s.general_consent and g._flag("wams") and role == "sociaal_werker"
            and fact is not None and not g._medical_fact(fact)):
        if not doubt:
            return None
        src = g._src("avg_onzeker")
        return msg("avg_onzeker", force=src, force_id=src)
    if medical_pair:
        return msg("no_consent_not_medical", other=other)
    if DOMAIN[role] == "medisch":
        return msg("no_consent_medical_secrecy", other=other)
    return msg("no_consent", other=other)

