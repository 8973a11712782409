"""What a device may send to the classroom server: a small, closed set of JSON messages.

Every inbound frame is checked here before anything else looks at it: its size, that it is a
JSON object, that its type is known, and that every field has the type and length the schema
gives (no unknown fields). A frame that fails gets a clear error back and changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from game.engine.roles import ROLES  # the seats a device may take

MAX_BYTES = 2048  # the largest frame a device may send (a Monday answer is the longest)
_CODE = re.compile(r"^[A-Z0-9]{4,8}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_NOTATION = re.compile(r"^[a-z_]+:[a-z][a-z0-9_]*(\([a-z0-9_]+((->|\+)[a-z0-9_]+)?\))?$")

# what the facilitator may do to a table
CONTROLS = ("pause", "resume", "reveal", "hide", "inject", "end", "kick", "bot", "human",
            "proposals", "assign", "move")
WAT_ALS_KINDS = ("force_on", "force_off", "model", "answer", "move")
# field -> (python type, required, max length or None, extra check or None)
_Field = tuple[type, bool, int | None, Any]
SCHEMA: dict[str, dict[str, _Field]] = {
    # a team device joins a room (with its token when it had a seat before)
    "hello": {"room": (str, True, 8, _CODE.match), "token": (str, False, 64, _TOKEN.match),
              "lang": (str, False, 2, lambda v: v in ("nl", "en"))},
    # the team takes a free seat
    "claim": {"role": (str, True, 20, lambda v: v in ROLES), "team": (str, False, 40, None)},
    # play an action of the seat's own role (in the engine's notation)
    "act": {"action": (str, True, 120, _NOTATION.match)},
    # a team's private proposal before the table decides (optional per game)
    "propose": {"action": (str, True, 120, _NOTATION.match)},
    # the team's answer to "wat doe je maandag anders?"
    "monday": {"text": (str, True, 600, None)},
    "lang": {"lang": (str, True, 2, lambda v: v in ("nl", "en"))},
    "ping": {},
    # the public board and the facilitator's console
    "watch": {"room": (str, False, 8, _CODE.match), "lang": (str, False, 2,
                                                             lambda v: v in ("nl", "en"))},
    "console": {"key": (str, True, 64, _TOKEN.match),
                "lang": (str, False, 2, lambda v: v in ("nl", "en"))},
    "control": {"room": (str, True, 8, _CODE.match),
                "do": (str, True, 20, lambda v: v in CONTROLS),
                "role": (str, False, 20, lambda v: v in ROLES),
                "force": (str, False, 60, re.compile(r"^[a-z][a-z0-9_]*$").match)},
    # the console asks "wat als?" of a finished table: one change (game/whatif); ``at`` is the
    # round (force_on/force_off/model) or the move number (answer/move), ``what`` a force or
    # model id or a move's notation, ``bots`` "ja" to let the bots play every role
    "wat_als": {"room": (str, True, 8, _CODE.match),
                "kind": (str, True, 10, lambda v: v in WAT_ALS_KINDS),
                "at": (str, True, 4, re.compile(r"^[0-9]{1,4}$").match),
                "what": (str, False, 120, re.compile(r"^[a-z0-9_:()+>-]+$").match),
                "bots": (str, False, 3, lambda v: v in ("ja", "nee"))},
}


class BadMessage(ValueError):
    """An inbound frame that breaks the protocol; ``code`` names the problem for the device."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Inbound:
    type: str
    fields: dict[str, Any]

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


def parse(raw: str | bytes) -> Inbound:
    """Check one frame against the size limit and the schema; raises BadMessage."""
    if len(raw) > MAX_BYTES:
        raise BadMessage("too_big", f"{len(raw)} bytes; at most {MAX_BYTES}")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadMessage("not_json") from None
    if not isinstance(data, dict):
        raise BadMessage("not_object")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in SCHEMA:
        raise BadMessage("unknown_type", str(kind)[:20])
    schema = SCHEMA[kind]
    fields: dict[str, Any] = {}
    for name, value in data.items():
        if name == "type":
            continue
        if name not in schema:
            raise BadMessage("unknown_field", name[:20])
        typ, _required, limit, check = schema[name]
        if not isinstance(value, typ) or isinstance(value, bool):
            raise BadMessage("bad_field", name)
        if limit is not None and len(str(value)) > limit:
            raise BadMessage("bad_field", name)
        if check is not None and not check(value):
            raise BadMessage("bad_field", name)
        fields[name] = value
    for name, (_t, required, _l, _c) in schema.items():
        if required and name not in fields:
            raise BadMessage("missing_field", name)
    return Inbound(kind, fields)
