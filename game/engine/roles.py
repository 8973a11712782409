"""The vocabulary of roles: who plays, which domain and pot is each professional's own, the
pairs of professionals (with the one canonical pair key), the difficulties, and which health
dimensions each role looks at.

Every layer reads these from here (the engine, the bots, the report); nothing keeps a copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# the players at the table, and who else may act (the facilitator is not a role)
PROFESSIONALS = ("huisarts", "wijkverpleegkundige", "sociaal_werker")
ROLES = (*PROFESSIONALS, "inwoner")
ACTORS = (*ROLES, "facilitator")
DIMENSIONS = (
    "lichaamsfuncties",
    "mentaal_welbevinden",
    "zingeving",
    "kwaliteit_van_leven",
    "meedoen",
    "dagelijks_functioneren",
)
POTS = ("zvw", "wmo", "wlz")
DOMAINS = ("medisch", "sociaal")

# endings are judged for the team: "actor" in an ending's condition means any professional
TEAM = "team"

# the domain of each professional, and the pot it may charge without a payment title
DOMAIN: Mapping[str, str] = MappingProxyType(
    {"huisarts": "medisch", "wijkverpleegkundige": "medisch", "sociaal_werker": "sociaal"})
HOME_POT: Mapping[str, str] = MappingProxyType(
    {"huisarts": "zvw", "wijkverpleegkundige": "zvw", "sociaal_werker": "wmo"})
# the professionals who answer for a pot: those whose own pot it is, and for the Wlz the
# wijkverpleegkundige (who indicates its care)
POT_ROLES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zvw": tuple(r for r in PROFESSIONALS if HOME_POT[r] == "zvw"),
    "wmo": tuple(r for r in PROFESSIONALS if HOME_POT[r] == "wmo"),
    "wlz": ("wijkverpleegkundige",),
})

# the health dimensions a role looks at (all six for everyone once a shared frame exists)
SEES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "huisarts": ("lichaamsfuncties", "mentaal_welbevinden"),
    "wijkverpleegkundige": ("lichaamsfuncties", "dagelijks_functioneren"),
    "sociaal_werker": ("meedoen", "zingeving", "kwaliteit_van_leven"),
    "inwoner": DIMENSIONS,
    "facilitator": DIMENSIONS,
})

# how many blocking force cards a game draws per 8 rounds, per difficulty
DIFFICULTIES: Mapping[str, int] = MappingProxyType({"licht": 3, "normaal": 4, "zwaar": 6})


def pair_key(a: str, b: str) -> str:
    """The canonical name of a pair of professionals, in the order of PROFESSIONALS:
    'huisarts+sociaal_werker', 'wijkverpleegkundige+sociaal_werker'. The one place that
    builds a pair key: relations, consent and their events all use it."""
    x, y = sorted((a, b), key=PROFESSIONALS.index)
    return f"{x}+{y}"


def pair_roles(key: str) -> tuple[str, str]:
    """The two professionals of a pair key."""
    x, _, y = key.partition("+")
    return x, y


PAIRS = tuple(pair_key(a, b) for i, a in enumerate(PROFESSIONALS) for b in PROFESSIONALS[i + 1:])
# (role, other) -> pair key, for the hot paths that cannot afford the sort
PAIR_OF: Mapping[tuple[str, str], str] = MappingProxyType(
    {(a, b): pair_key(a, b) for a in PROFESSIONALS for b in PROFESSIONALS if a != b})
