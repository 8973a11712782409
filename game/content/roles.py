"""A role carried by another professional in one casus (the casus field ``roles``).

Lina's and Sanne's nurse is the JGZ nurse, Hatice's the POH-somatiek. The casus names her
(``label``, ``team``), says what she does (``scope``) and leaves out the catalogue cards she
would not play (``leave_out``). The shared catalogue texts name the catalogue's professional
("Huisarts en wijkverpleegkundige delen..."): for such a casus they are read with the casus's
word instead, once, when the casus is merged with its catalogue. A casus without the field
gets the catalogue as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

from game.engine.defs import CasusDef, Text

T = TypeVar("T")

# the word the catalogue texts use for each professional, per language (game/lang's team
# names, lower case; content may not import the language layer)
CATALOGUE_WORDS: dict[str, dict[str, str]] = {
    "huisarts": {"nl": "huisarts", "en": "GP"},
    "wijkverpleegkundige": {"nl": "wijkverpleegkundige", "en": "district nurse"},
    "sociaal_werker": {"nl": "sociaal werker", "en": "social worker"},
}


def left_out(casus: CasusDef) -> set[str]:
    """The catalogue cards (``role:id``) this casus leaves out of its roles' hands."""
    return {f"{role}:{a}" for role, r in casus.roles.items() for a in r.leave_out}


def _replacer(casus: CasusDef, lang: str) -> Callable[[str], str] | None:
    pairs = [(CATALOGUE_WORDS[role][lang], r.label.get(lang))
             for role, r in casus.roles.items() if role in CATALOGUE_WORDS]
    if not pairs:
        return None
    words = {old.lower(): new for old, new in pairs}
    pattern = re.compile(r"\b(" + "|".join(re.escape(old) for old, _ in pairs) + r")\b",
                         re.IGNORECASE)

    def one(m: re.Match[str]) -> str:
        new = words[m.group(1).lower()]
        at_start = m.start() == 0 or m.string[:m.start()].rstrip().endswith((".", "?", "!"))
        return new[:1].upper() + new[1:] if at_start and m.group(1)[:1].isupper() else new

    return lambda text: pattern.sub(one, text)


def with_casus_words(casus: CasusDef, obj: T) -> T:
    """``obj`` (a catalogue definition) with every text naming a professional by the
    casus's word for her; the same object when nothing changes."""
    fix = {lang: _replacer(casus, lang) for lang in ("nl", "en")}
    if fix["nl"] is None:
        return obj

    def walk(v: Any) -> Any:
        if isinstance(v, Text):
            nl, en = fix["nl"](v.nl), fix["en"](v.en)  # type: ignore[misc]
            return v if (nl, en) == (v.nl, v.en) else Text(nl=nl, en=en)
        if isinstance(v, list):
            new = [walk(x) for x in v]
            return v if all(a is b for a, b in zip(new, v, strict=True)) else new
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            changed = {}
            for f in dataclasses.fields(v):
                old = getattr(v, f.name)
                new = walk(old)
                if new is not old:
                    changed[f.name] = new
            return dataclasses.replace(v, **changed) if changed else v  # type: ignore[type-var]
        return v

    return walk(obj)  # type: ignore[no-any-return]
