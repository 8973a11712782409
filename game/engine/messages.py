"""What the engine tells players: reasons an action is blocked, and events that happened.

Reasons and events are structured (a code and parameters) so that a bot can read them and a
UI can render them in Dutch (first) or English. The engine holds no prose: the sentence for
code ``x`` is ``msg.x`` in the language layer's catalogues (game/lang), and
``game.lang.render(message, scenario, lang)`` fills in the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


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
