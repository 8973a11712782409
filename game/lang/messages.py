"""The engine's messages as sentences: ``render(message, scenario, lang)``.

The engine makes reasons and events as codes with parameters (``game.engine.messages.msg``)
and holds no prose; the sentence for code ``x`` is the catalogue's ``msg.x``, and every
parameter that names a thing is named by ``name_of``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.lang.catalogue import has, t
from game.lang.names import law_of, name_of, pot_law_name, pronouns

if TYPE_CHECKING:
    from game.engine.defs import Scenario
    from game.engine.messages import Message

# a message parameter's key -> the kind of thing it names (other parameters are shown as
# they are: numbers, notations)
PARAM_KINDS = {
    "role": "role", "other": "role", "pot": "pot", "dim": "dim", "phase": "phase",
    "counter": "counter", "pair": "pair", "inwoner": "inwoner", "problem": "problem",
    "fact": "fact", "force": "force", "model": "model", "signal": "signal", "what": "what",
    "arrangement": "arrangement", "why": "why", "escalation": "escalation",
    "ending": "ending", "action": "action", "action2": "action", "action3": "action",
    "deadline": "deadline",
}


# (format 3) a health change of the leven phase, with its cause: the cause's kind -> the
# sentence, and the kind of thing its ``what`` names
HEALTH_CAUSES: dict[str, tuple[str, str]] = {
    "problem": ("health_cause.problem", "problem"),
    "recovery": ("health_cause.recovery", "problem"),
    "crisis": ("health_cause.crisis", "escalation"),
    "arrangement": ("health_cause.arrangement", "arrangement"),
    "network": ("health_cause.network", "network"),
    "community": ("health_cause.community", "network"),
    "force": ("health_cause.force", "force"),
    "decline": ("health_cause.decline", "inwoner"),
    "deadline": ("health_cause.deadline", "deadline"),
}
HEALTH_HIDDEN = "health_cause.hidden"  # caused by a problem this role does not know yet


def message_key(code: str) -> str:
    return f"msg.{code}"


def render(message: Message, scenario: Scenario | None = None, lang: str = "nl") -> str:
    """The message as a sentence in Dutch ('nl') or English ('en')."""
    key = message_key(message.code)
    cause = message.param("cause") if message.code == "health" else None
    if isinstance(cause, str) and cause in HEALTH_CAUSES:
        key, what_kind = HEALTH_CAUSES[cause]
        what = str(message.param("what") or "")
        if not what:
            key = HEALTH_HIDDEN
        return t(key, lang, dim=name_of(scenario, str(message.param("dim")), lang, "dim"),
                 old=str(message.param("old")), new=str(message.param("new")),
                 what=name_of(scenario, what, lang, what_kind) if what else "")
    template = t(key, lang) if has(key) else message.code
    params = list(message.params)
    if message.code == "escalation":
        params.append(("escalation", message.param("problem") or ""))
    if message.code == "force_choice" and scenario is not None:
        f = scenario.forces.get(str(message.param("force")))
        if f is not None and f.choice is not None:
            option = f.choice.yes if message.param("choice") == "ja" else f.choice.no
            params = [(k, option.label.get(lang) if k == "choice" else v) for k, v in params]
    values: dict[str, str] = {}
    for k, v in params:
        kind = PARAM_KINDS.get(k)
        if k == "choice" and message.code == "force_choice":
            kind = None
        values[k] = name_of(scenario, v, lang, kind) if kind else str(v)
    if message.code == "paid":  # the gemeente's pot says which law it pays under
        law = law_of(scenario, str(message.param("what") or ""))
        values["pot"] = pot_law_name(str(message.param("pot")), law, lang)
    if "{inwoner}" in template and "inwoner" not in values:
        values["inwoner"] = name_of(scenario, "inwoner", lang, "inwoner")
    values.update({k: v for k, v in pronouns(scenario, lang).items() if k not in values})
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError):
        text = template
    return text[:1].upper() + text[1:]
