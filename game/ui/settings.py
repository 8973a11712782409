"""The board's own settings, kept between games in the user's folder (settings.json beside
the saves): for now whether the classroom preset is on (issue 12). A missing or broken file
gives the defaults; a file that cannot be written leaves the setting for this run only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game import paths

FILE = "settings.json"
DEFAULTS: dict[str, Any] = {"classroom": False}


def settings_path() -> Path:
    return paths.data_dir() / FILE


def load_settings() -> dict[str, Any]:
    out = dict(DEFAULTS)
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return out
    if isinstance(data, dict):
        for key, default in DEFAULTS.items():
            if isinstance(data.get(key), type(default)):
                out[key] = data[key]
    return out


def save_setting(key: str, value: Any) -> bool:
    """Keep one setting; False when the file cannot be written (the setting still holds for
    this run)."""
    data = load_settings()
    data[key] = value
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError:
        return False
    return True
