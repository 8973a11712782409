"""One function that names a thing: ``name_of(scenario, id, lang)``.

Problems, signals, network resources, arrangements, actions, forces, endings, roles, pots,
dimensions, phases, counters and the wish ("wens"): every screen, the text mode, the engine's
messages and the report name them here, so a thing reads the same everywhere. Names that the
scenario holds come from the scenario; the rest from the catalogue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.lang.catalogue import has, t

if TYPE_CHECKING:
    from game.engine.defs import RoleLabel, Scenario

# what kind of thing a message parameter names (the parameter's key -> kind)
KINDS = ("role", "team", "pot", "dim", "phase", "counter", "problem", "fact", "signal",
         "network", "arrangement", "action", "force", "model", "ending", "escalation", "why",
         "what", "pair", "inwoner", "level", "difficulty", "area", "kind", "rank", "lesson",
         "deadline")


def _casus_role(scenario: Scenario | None, role: str) -> RoleLabel | None:
    return scenario.casus.roles.get(role) if scenario is not None else None  # type: ignore[call-overload]


def team_label(role: str, lang: str, scenario: Scenario | None = None) -> str:
    """A role as a team's name: "Huisarts", "GP"; in a casus whose role is another
    professional, the casus's name for her ("JGZ-verpleegkundige")."""
    own = _casus_role(scenario, role)
    if own is not None:
        if own.team is not None:
            return own.team.get(lang)
        word = own.label.get(lang)
        return word[:1].upper() + word[1:]
    return t(f"team.{role}", lang) if has(f"team.{role}") else role


def role_name(role: str, lang: str, scenario: Scenario | None = None) -> str:
    """A role in a sentence: "de huisarts", "the GP"; "de JGZ-verpleegkundige" in a casus
    whose role is another professional."""
    own = _casus_role(scenario, role)
    if own is not None:
        return t("name.role_casus", lang, label=own.label.get(lang))
    return t(f"role.{role}", lang) if has(f"role.{role}") else role


def role_short(role: str, lang: str, scenario: Scenario | None = None) -> str:
    """A team's name where there is little room: "Wijkverpl.", "JGZ-verpl."."""
    own = _casus_role(scenario, role)
    if own is not None:
        return own.short.get(lang) if own.short is not None else team_label(role, lang, scenario)
    key = f"net.short.{role}"
    return t(key, lang) if has(key) else team_label(role, lang)


def role_scope(scenario: Scenario | None, role: str, lang: str) -> str | None:
    """What this role's professional does in this casus (the casus's ``roles``), or None."""
    own = _casus_role(scenario, role)
    return own.scope.get(lang) if own is not None and own.scope is not None else None


def pot_name(pot: str, lang: str) -> str:
    return t(f"pot.{pot}", lang) if has(f"pot.{pot}") else pot


def law_of(scenario: Scenario | None, what: str, by: str | None = None) -> str | None:
    """The law the gemeente pays ``what`` under, as the content names it: an arrangement, a
    card (of role ``by``, or any role) or an escalation ("escalatie:<problem>"); None when
    the content names none (the gemeente's pot then pays under the Wmo)."""
    if scenario is None:
        return None
    arr = scenario.arrangements.get(what)
    if arr is not None:
        return arr.law
    if what.startswith("escalatie:"):
        pid = what.split(":", 1)[1]
        for p in scenario.casus.problems:
            if p.id == pid and p.escalation is not None:
                return p.escalation.law
        return None
    if by is not None and f"{by}:{what}" in scenario.actions:
        return scenario.actions[f"{by}:{what}"].law
    for d in scenario.actions.values():
        if d.id == what and d.law is not None:
            return d.law
    return None


def pot_law_name(pot: str, law: str | None, lang: str) -> str:
    """A pot with the law it pays under: the gemeente's pot pays for several laws, so its
    name says which one ("Gemeente (Jeugdwet)"; no law named: the Wmo); other pots are
    named by their law already ("Zvw (zorgverzekeraar)")."""
    if pot != "wmo":
        return pot_name(pot, lang)
    return t("pot_law.under", lang, pot=pot_name(pot, lang), law=law_name(law or "wmo", lang))


def law_name(law: str, lang: str) -> str:
    return t(f"law.{law}", lang) if has(f"law.{law}") else law


def dim_name(dim: str, lang: str) -> str:
    return t(f"dim.{dim}", lang) if has(f"dim.{dim}") else dim


def phase_name(phase: str, lang: str) -> str:
    return t(f"phase.{phase}", lang) if has(f"phase.{phase}") else phase


def pronoun(scenario: Scenario | None, form: str, lang: str) -> str:
    """The inwoner's pronoun in one form ('subject', 'object', 'possessive'), from the casus'
    ``pronouns`` field (hij, zij or die; die when there is no casus)."""
    which = scenario.casus.pronouns if scenario is not None else "die"
    return t(f"pronoun.{which}.{form}", lang)


def pronouns(scenario: Scenario | None, lang: str) -> dict[str, str]:
    """The placeholders {subject}, {object} and {possessive} for a text about the inwoner."""
    return {form: pronoun(scenario, form, lang) for form in ("subject", "object", "possessive")}


def _catalogue(prefix: str, ident: str, lang: str) -> str | None:
    key = f"{prefix}.{ident}"
    return t(key, lang) if has(key) else None


def name_of(scenario: Scenario | None, ident: str | int, lang: str,
            kind: str | None = None) -> str:
    """The name of the thing ``ident`` in ``lang``. ``kind`` (one of KINDS) says where to look
    when an id could mean two things; without it the first match wins, in this order: the
    wish, roles, pots, dimensions, the casus (problems, network, signals, endings),
    arrangements, forces, actions. An unknown id is returned as it is."""
    v = str(ident)
    inwoner = scenario.casus.name_in(lang) if scenario is not None else role_name("inwoner", lang)
    if kind in (None, "fact", "problem") and v == "wens":
        return t("name.wens", lang, inwoner=inwoner)
    if kind == "inwoner":
        return inwoner
    if kind == "pair":
        return " + ".join(role_name(r, lang, scenario) for r in v.split("+")
                          if has(f"role.{r}"))
    if kind in ("team",):
        return team_label(v, lang, scenario)
    if kind in (None, "role") and _casus_role(scenario, v) is not None:
        return role_name(v, lang, scenario)
    for k, prefix in (("role", "role"), ("pot", "pot"), ("dim", "dim"), ("phase", "phase"),
                      ("counter", "counter"), ("why", "why"), ("level", "level"),
                      ("difficulty", "difficulty"), ("area", "area"), ("kind", "kind"),
                      ("rank", "rank"), ("lesson", "lesson")):
        if kind == k or (kind is None and k in ("role", "pot", "dim")):
            found = _catalogue(prefix, v, lang)
            if found is not None:
                return found
            if kind == k:
                return v
    if kind == "why" or scenario is None:
        return v
    casus = scenario.casus
    if kind in (None, "problem", "fact", "escalation", "deadline"):
        for p in casus.problems:
            if p.id == v:
                if kind == "deadline":  # who steps in when the problem's deadline passes
                    return p.deadline.name.get(lang) if p.deadline else v
                if kind == "escalation":
                    if p.escalation:
                        return f"{p.escalation.name.get(lang)}. {p.escalation.text.get(lang)}"
                    return v
                return p.name.get(lang)
        if kind is not None:
            return v
    if kind in (None, "signal"):
        for s in casus.signals:
            if s.id == v:
                return s.text.get(lang)
    if kind in (None, "what", "arrangement", "network"):
        if v in scenario.arrangements and kind != "network":
            return scenario.arrangements[v].name.get(lang)
        for n in casus.network:
            if n.id == v:
                return n.name.get(lang)
    if kind == "what":
        if v.startswith("escalatie:"):
            return name_of(scenario, v.split(":", 1)[1], lang, "escalation").split(".")[0]
        if v == casus.gp_visit.ledger:  # (the casus names the ledger id of a GP visit)
            return t("name.spreekuur", lang)
        for a in scenario.actions.values():
            if a.id == v:
                return a.name.get(lang)
        return v
    if kind in (None, "force") and v in scenario.forces:
        return scenario.forces[v].name.get(lang)
    if kind in (None, "model") and v in scenario.models:
        return scenario.models[v].name.get(lang)
    if kind in (None, "ending"):
        for e in casus.endings:
            if e.id == v:
                return e.name.get(lang)
    if kind in (None, "action"):
        card = scenario.actions.get(v)
        if card is not None:
            return card.name.get(lang)
    return v
