"""A game's save with the content it is played with, for every layer that writes saves.

``save_with_content(game)`` is the engine's save plus two keys the engine ignores:
``content`` (the casus and catalogue texts the scenario was loaded from, with their hashes)
and ``check`` (the set-up, the number and last of the actions, and the state hash reached).
game.store.saves reads them back (``load_game``); docs/save-format.md describes them.
"""

from __future__ import annotations

from typing import Any

from game.content.loader import scenario_content

CONTENT_KEY = "content"
CHECK_KEY = "check"


def save_with_content(game: Any) -> dict[str, Any]:
    data: dict[str, Any] = game.to_save()
    content = scenario_content(game.scenario)
    if content is not None:
        data[CONTENT_KEY] = content
    actions = data.get("actions") or []
    data[CHECK_KEY] = {"seed": data.get("seed"), "model": data.get("model"),
                       "difficulty": data.get("difficulty"), "actions": len(actions),
                       "last_action": actions[-1] if actions else None,
                       "content_sha256": content.get("sha256") if content else None,
                       "state_hash": game.state_hash()}
    return data
