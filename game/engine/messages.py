"""What the engine tells players: reasons an action is blocked, and events that happened.

Reasons and events are structured (a code and parameters) so that a bot can read them and a
UI can render them in Dutch (first) or English. Names of problems, actions, forces and so on
come from the scenario, so the texts stay in the content files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.engine.defs import Scenario

ROLE_NAMES = {
    "huisarts": ("de huisarts", "the GP"),
    "wijkverpleegkundige": ("de wijkverpleegkundige", "the district nurse"),
    "sociaal_werker": ("de sociaal werker", "the social worker"),
    "inwoner": ("de inwoner", "the resident"),
    "facilitator": ("de docent", "the facilitator"),
}
POT_NAMES = {
    "zvw": ("Zvw (zorgverzekeraar)", "Zvw (health insurer)"),
    "wmo": ("Wmo (gemeente)", "Wmo (municipality)"),
    "wlz": ("Wlz (zorgkantoor)", "Wlz (long-term care office)"),
}
DIM_NAMES = {
    "lichaamsfuncties": ("lichaamsfuncties", "bodily functions"),
    "mentaal_welbevinden": ("mentaal welbevinden", "mental wellbeing"),
    "zingeving": ("zingeving", "meaningfulness"),
    "kwaliteit_van_leven": ("kwaliteit van leven", "quality of life"),
    "meedoen": ("meedoen", "participation"),
    "dagelijks_functioneren": ("dagelijks functioneren", "daily functioning"),
}
PHASE_NAMES = {
    "kracht": ("Kracht", "Force"),
    "leven": ("Leven", "Life"),
    "inwoner": ("Inwoner", "Resident"),
    "professionals": ("Professionals", "Professionals"),
    "overleg": ("Overleg", "Meeting"),
    "afronding": ("Afronding", "Wrap-up"),
    "einde": ("Einde", "End"),
}

# code -> (Dutch, English). Placeholders are filled with names (see render()).
TEMPLATES: dict[str, tuple[str, str]] = {
    # reasons an action is not legal
    "not_your_turn": ("Het is nu niet de beurt van {role}.", "It is not {role}'s turn now."),
    "wrong_phase": ("Dit kan niet in de fase {phase}.", "This is not possible in the {phase} phase."),
    "game_over": ("Het spel is afgelopen.", "The game is over."),
    "unknown_action": ("Deze zet bestaat niet: {text}.", "No such move: {text}."),
    "bad_target": ("Dit doel kan niet: {text}.", "Not a valid target: {text}."),
    "no_time": ("Te weinig tijd: nodig {need}, over {left}.", "Not enough time: need {need}, left {left}."),
    "no_energy": ("Te weinig energie: nodig {need}, over {left}.",
                  "Not enough energy: need {need}, left {left}."),
    "used": ("Al gedaan deze ronde.", "Already done this round."),
    "blocked_by": ("Geblokkeerd door {force}.", "Blocked by {force}."),
    "no_payment_title": ("Geen betaaltitel: {role} mag niet betalen uit {pot}.",
                         "No payment title: {role} may not charge {pot}."),
    "schotten": ("Geblokkeerd door {force}: geen geld over de schotten heen ({pot}).",
                 "Blocked by {force}: no money across the walls ({pot})."),
    "pot_empty": ("Het potje {pot} is leeg.", "The {pot} budget is empty."),
    "no_consent": ("Geen toestemming van {inwoner} om te delen met {other}.",
                   "No consent from {inwoner} to share with {other}."),
    "condition": ("Nog niet mogelijk: {what}.", "Not possible yet: {what}."),
    "trust_low": ("{inwoner} vertrouwt {role} nog niet genoeg (nodig {need}, nu {have}).",
                  "{inwoner} does not trust {role} enough yet (need {need}, now {have})."),
    "not_known": ("{role} weet dit nog niet.", "{role} does not know this yet."),
    "already_offered": ("Dit is al aangeboden of loopt al.", "Already offered or running."),
    "other_busy": ("{other} heeft geen tijd meer deze ronde.", "{other} has no time left this round."),
    "others_busy": ("Niet iedereen heeft nog tijd voor een overleg.",
                    "Not everyone has time left for a meeting."),
    "relation_max": ("Jullie zijn al één team.", "You are already one team."),
    "needs_sociale_kaart": ("Geblokkeerd door {force}: kijk eerst op de sociale kaart.",
                            "Blocked by {force}: look at the social map first."),
    "needs_force": ("Kan alleen als de kracht '{force}' speelt.",
                    "Only possible while the force '{force}' is in play."),
    "no_mandate": ("Geen mandaat: alleen waar een kracht dat geeft.",
                   "No mandate: only where a force grants it."),
    "wrong_pocket": ("Geblokkeerd door {force}: de gemeente betaalt geen preventie zonder de zorgverzekeraar.",
                     "Blocked by {force}: the municipality won't pay prevention without the insurer."),
    "consent_exists": ("Er is al toestemming.", "Consent already given."),
    "no_consent_to_withdraw": ("Er is geen toestemming om in te trekken.",
                               "There is no consent to withdraw."),
    "not_alone": ("{inwoner} kan dit niet alleen. Een professional kan helpen.",
                  "{inwoner} cannot do this alone. A professional can help."),
    "no_wams": ("Eén algemene toestemming kan alleen met een wet als de Wams.",
                "One general consent needs a law such as the Wams."),
    "avg_onzeker": ("Geblokkeerd door {force}: per paar toestemming nodig.",
                    "Blocked by {force}: consent is needed per pair."),
    "requested": ("Al gevraagd.", "Already asked."),
    "not_secured": ("Alleen een lopend project kan je borgen.", "Only a running project can be secured."),
    "no_choice": ("Er is nu geen keuze te maken.", "There is no choice to make now."),
    # events
    "force_drawn": ("Kracht: {force}.", "Force: {force}."),
    "force_choice": ("{force}: {choice}.", "{force}: {choice}."),
    "force_ended": ("{force} is voorbij.", "{force} has ended."),
    "force_cancelled": ("{force} is opgeheven.", "{force} was cancelled."),
    "round_start": ("Ronde {round} begint.", "Round {round} begins."),
    "played": ("{role}: {action}.", "{role}: {action}."),
    "learned": ("{role} weet nu: {fact}.", "{role} now knows: {fact}."),
    "signal": ("{role} ziet iets: {signal}", "{role} notices something: {signal}"),
    "shared": ("{role} deelt {fact} met {other}.", "{role} shares {fact} with {other}."),
    "already_knew": ("{other} wist dit al: {fact}.", "{other} already knew this: {fact}."),
    "ignored": ("{other} neemt het signaal van {role} niet serieus.",
                "{other} does not take {role}'s signal seriously."),
    "told_nothing": ("{inwoner} vertelt niets nieuws.", "{inwoner} tells nothing new."),
    "wish": ("{inwoner} vertelt wat hij/zij zelf belangrijk vindt.",
             "{inwoner} tells what matters most to them."),
    "severity": ("{problem}: ernst {old} → {new}.", "{problem}: severity {old} → {new}."),
    "health": ("{dim}: {old} → {new}.", "{dim}: {old} → {new}."),
    "trust": ("Vertrouwen in {role}: {old} → {new}.", "Trust in {role}: {old} → {new}."),
    "relation": ("Relatie {role} – {other}: {old} → {new}.",
                 "Relation {role} – {other}: {old} → {new}."),
    "relations_reset": ("{role} heeft een nieuwe collega: relaties terug naar {value}.",
                        "{role} has a new colleague: relations back to {value}."),
    "bridge_lost": ("De brugfunctionaris is weg.", "The bridge person has left."),
    "paid": ("{pot} betaalt {amount} voor {what}.", "{pot} pays {amount} for {what}."),
    "pot_changed": ("Budget {pot}: {old} → {new}.", "Budget {pot}: {old} → {new}."),
    "offered": ("{role} biedt aan: {what}.", "{role} offers: {what}."),
    "accepted": ("{inwoner} zegt ja tegen {what}.", "{inwoner} accepts {what}."),
    "refused": ("{inwoner} zegt nee tegen {what}.", "{inwoner} refuses {what}."),
    "arr_waiting": ("{what} start over {rounds} ronde(n).", "{what} starts in {rounds} round(s)."),
    "arr_started": ("{what} is gestart.", "{what} has started."),
    "arr_done": ("{what} is afgerond.", "{what} is finished."),
    "arr_stopped": ("{what} stopt: {why}.", "{what} stops: {why}."),
    "arr_secured": ("{what} is geborgd: structureel geld.", "{what} is secured: structural money."),
    "network_on": ("{what} doet nu mee.", "{what} is now involved."),
    "network_off": ("{what} doet niet meer mee.", "{what} is no longer involved."),
    "consent_given": ("{inwoner} geeft toestemming: {pair}.", "{inwoner} gives consent: {pair}."),
    "consent_withdrawn": ("{inwoner} trekt toestemming in: {pair}.",
                          "{inwoner} withdraws consent: {pair}."),
    "consent_general": ("{inwoner} geeft één algemene toestemming.",
                        "{inwoner} gives one general consent."),
    "consent_asked": ("{role} vraagt toestemming om te delen met {other}.",
                      "{role} asks consent to share with {other}."),
    "referred": ("{role} verwijst {inwoner} naar {other}.", "{role} refers {inwoner} to {other}."),
    "met": ("{role} en {other} maken kennis.", "{role} and {other} get to know each other."),
    "overleg_planned": ("{role} plant een overleg (MDO).", "{role} plans a meeting (MDO)."),
    "overleg_held": ("Overleg: de professionals praten samen.", "Meeting: the professionals talk together."),
    "shared_frame": ("Iedereen kijkt nu met hetzelfde web naar {inwoner}.",
                     "Everyone now sees {inwoner} with the same web."),
    "gp_visit": ("{inwoner} komt op het spreekuur met klachten.",
                 "{inwoner} visits the GP with complaints."),
    "escalation": ("Crisis: {escalation}", "Crisis: {escalation}"),
    "time_lost": ("Werkdruk: {role} verliest {amount} tijd.", "Workload: {role} loses {amount} time."),
    "turn_done": ("{role} is klaar.", "{role} is done."),
    "phase": ("Fase: {phase}.", "Phase: {phase}."),
    "counter": ("{counter}: {old} → {new}.", "{counter}: {old} → {new}."),
    "ending": ("Einde: {ending}.", "Ending: {ending}."),
    "facilitator_end": ("De docent beëindigt het spel.", "The facilitator ends the game."),
}

COUNTER_NAMES = {
    "gp_visits": ("bezoeken huisarts", "GP visits"),
    "crises": ("crises", "crises"),
    "medicalisation": ("medicalisering", "medicalisation"),
    "emergency_visits": ("spoedbezoeken", "emergency visits"),
}


@dataclass(frozen=True, slots=True)
class Message:
    """A reason or an event: a code, its parameters, and who may see it (None: everyone)."""

    code: str
    params: tuple[tuple[str, str | int], ...] = ()
    visible_to: frozenset[str] | None = None
    force: str | None = field(default=None)  # the force behind a block, for statistics

    def param(self, name: str) -> str | int | None:
        for k, v in self.params:
            if k == name:
                return v
        return None

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"code": self.code, **dict(self.params)}
        if self.visible_to is not None:
            d["visible_to"] = sorted(self.visible_to)
        if self.force:
            d["force"] = self.force
        return d


@lru_cache(maxsize=4096)
def msg(code: str, visible_to: frozenset[str] | None = None, **params: str | int) -> Message:
    """A message; a ``force_id`` parameter names the force behind a block.

    Messages are immutable values, so equal ones are shared (legal_actions asks for many
    reasons, and the same reasons come back every turn)."""
    force = params.get("force_id")
    return Message(code, tuple(params.items()), visible_to, str(force) if force else None)


def _name(scenario: Scenario | None, key: str, value: str | int, lang: str) -> str:
    i = 1 if lang == "en" else 0
    v = str(value)
    if key in ("role", "other") and v in ROLE_NAMES:
        return ROLE_NAMES[v][i]
    if key == "pot" and v in POT_NAMES:
        return POT_NAMES[v][i]
    if key == "dim" and v in DIM_NAMES:
        return DIM_NAMES[v][i]
    if key == "phase" and v in PHASE_NAMES:
        return PHASE_NAMES[v][i]
    if key == "counter" and v in COUNTER_NAMES:
        return COUNTER_NAMES[v][i]
    if key == "pair":
        return " + ".join(ROLE_NAMES[r][i] for r in v.split("+") if r in ROLE_NAMES)
    if scenario is None:
        return v
    casus = scenario.casus
    if key == "inwoner":
        return casus.inwoner
    if key in ("problem", "fact"):
        if v == "wens":
            return "wat hij/zij zelf wil" if i == 0 else "what they want themselves"
        for p in casus.problems:
            if p.id == v:
                return p.name.get(lang)
    if key == "force" and v in scenario.forces:
        return scenario.forces[v].name.get(lang)
    if key == "signal":
        for s in casus.signals:
            if s.id == v:
                return s.text.get(lang)
    if key in ("what", "arrangement"):
        if v in scenario.arrangements:
            return scenario.arrangements[v].name.get(lang)
        for n in casus.network:
            if n.id == v:
                return n.name.get(lang)
        if key == "what":
            if v.startswith("escalatie:"):
                return _name(scenario, "escalation", v.split(":", 1)[1], lang).split(".")[0]
            if v == "spreekuur":
                return "een bezoek aan de huisarts" if i == 0 else "a visit to the GP"
            for a in scenario.actions.values():
                if a.id == v:
                    return a.name.get(lang)
    if key == "why":
        return {"pot_leeg": ("het potje is leeg", "the budget is empty"),
                "projectgeld_op": ("het projectgeld is op", "the project money has run out"),
                }.get(v, (v, v))[i]
    if key == "escalation":
        for p in casus.problems:
            if p.id == v and p.escalation:
                return f"{p.escalation.name.get(lang)}. {p.escalation.text.get(lang)}"
    if key == "ending":
        for e in casus.endings:
            if e.id == v:
                return e.name.get(lang)
    if key == "action":
        card = scenario.actions.get(v)
        if card is not None:
            return card.name.get(lang)
    return v


def render(message: Message, scenario: Scenario | None = None, lang: str = "nl") -> str:
    """The message as a sentence in Dutch ('nl') or English ('en')."""
    nl, en = TEMPLATES.get(message.code, (message.code, message.code))
    template = en if lang == "en" else nl
    params = list(message.params)
    if message.code == "escalation":
        params.append(("escalation", message.param("problem") or ""))
    if message.code == "force_choice" and scenario is not None:
        f = scenario.forces.get(str(message.param("force")))
        if f is not None and f.choice is not None:
            option = f.choice.yes if message.param("choice") == "ja" else f.choice.no
            params = [(k, option.label.get(lang) if k == "choice" else v) for k, v in params]
    values = {k: _name(scenario, k, v, lang) for k, v in params}
    if "{inwoner}" in template and "inwoner" not in values:
        values["inwoner"] = scenario.casus.inwoner if scenario else "de inwoner"
    try:
        text = template.format(**values)
    except KeyError:
        text = template
    return text[:1].upper() + text[1:]
