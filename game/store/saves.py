"""Saved games on disk: JSON in the engine's save format, written atomically.

A save is the scenario id, the seed, the organisation model, the difficulty and the list of
action notations; loading replays it. Writing goes to a temporary file in the same folder and
is then renamed over the old save, so a killed program leaves the last complete save intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir


class SaveFileError(ValueError):
    """A save file that cannot be read; the message names the file and what is wrong."""


def data_dir() -> Path:
    """The user's Krachtenveld folder (KRACHTENVELD_HOME overrides it, for tests)."""
    override = os.environ.get("KRACHTENVELD_HOME")
    return Path(override) if override else Path(user_data_dir("krachtenveld", appauthor=False))


def default_save_path(scenario_id: str) -> Path:
    return data_dir() / "saves" / f"{scenario_id}-laatste.json"


def write_save(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a reader sees the old save or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".save-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_save(path: Path) -> dict[str, Any]:
    """Read a save file; a missing, empty or broken file raises SaveFileError saying so."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SaveFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise SaveFileError(f"{path}: cannot read the file ({e})") from None
    if not text.strip():
        raise SaveFileError(f"{path}: the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SaveFileError(f"{path}:{e.lineno}:{e.colno}: not valid JSON ({e.msg})") from None
    if not isinstance(data, dict):
        raise SaveFileError(f"{path}: a save is a JSON object, found {type(data).__name__}")
    return data
