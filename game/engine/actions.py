"""Actions as small frozen values with a readable text notation that parses back.

Notation, in the spirit of python-chess's UCI moves::

    huisarts:consult
    sociaal_werker:deel(schulden->huisarts)      a fact shared with a role
    inwoner:toestemming(huisarts+sociaal_werker) a pair of professionals
    huisarts:borg(herstelacademie_cursus)        one argument
    facilitator:injecteer(grijs_budget)          the facilitator is not a role, but acts
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.engine.roles import ACTORS, pair_key

__all__ = ["ACTORS", "Action", "NotationError", "pair_key"]

_NOTATION = re.compile(
    r"^(?P<role>[a-z_]+):(?P<name>[a-z][a-z0-9_]*)"
    r"(?:\((?P<a>[a-z0-9_]+)(?:(?P<sep>->|\+)(?P<b>[a-z0-9_]+))?\))?$"
)


class NotationError(ValueError):
    """A text that is not a valid action notation. The message is English (for logs);
    ``code`` and ``params`` say the same for the player's language (``error.notation.<code>``
    in the language layer, game.lang.error_text)."""

    def __init__(self, message: str, code: str = "notation", **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params

    def __reduce__(self) -> tuple[object, ...]:
        return (_notation_error, (str(self), self.code, self.params))


def _notation_error(message: str, code: str, params: dict[str, str]) -> NotationError:
    return NotationError(message, code, **params)


@dataclass(frozen=True, slots=True)
class Action:
    """One move. It checks itself when it is made: an action whose notation would not parse
    back to the very same action (a role that is not one, a name or argument with other
    characters, a second argument without its separator...) is refused with NotationError."""

    role: str
    name: str
    arg: str | None = None
    arg2: str | None = None
    sep: str = ""  # "->" (fact to role) or "+" (pair), only with arg2

    def __post_init__(self) -> None:
        parts = (self.role, self.name, self.arg, self.arg2, self.sep)
        if not all(x is None or type(x) is str for x in parts):
            raise NotationError(f"an action is made of texts, not {parts!r}", "parts",
                                parts=repr(parts))
        m = _NOTATION.match(str(self))
        if m is None or (m["role"], m["name"], m["a"], m["b"], m["sep"] or "") != parts:
            raise NotationError(f"{parts!r} is not an action: its notation '{self}' does not "
                                f"read back as the same action", "read_back", text=str(self))
        if self.role not in ACTORS:
            raise NotationError(f"'{self.role}' is not a role; choose from {', '.join(ACTORS)}",
                                "role", role=self.role, roles=", ".join(ACTORS))

    def __str__(self) -> str:
        if self.arg is None:
            return f"{self.role}:{self.name}"
        if self.arg2 is None:
            return f"{self.role}:{self.name}({self.arg})"
        return f"{self.role}:{self.name}({self.arg}{self.sep}{self.arg2})"

    @property
    def notation(self) -> str:
        return str(self)

    @classmethod
    def parse(cls, text: str) -> Action:
        if not isinstance(text, str):
            raise NotationError(f"{text!r} is not a move: a move is text, such as "
                                f"'huisarts:consult'", "not_text", text=repr(text))
        m = _NOTATION.match(text.strip())
        if not m:
            raise NotationError(
                f"'{text}' is not a valid move; expected for example 'huisarts:consult' or "
                f"'sociaal_werker:deel(schulden->huisarts)'", "notation", text=text)
        role = m["role"]
        if role not in ACTORS:
            raise NotationError(f"'{role}' is not a role; choose from {', '.join(ACTORS)}",
                                "role", role=role, roles=", ".join(ACTORS))
        return cls(role, m["name"], m["a"], m["b"], m["sep"] or "")

