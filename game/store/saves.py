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
    """A new file for every new game (the casus and the moment it started), so a new game
    never overwrites an earlier one: a class that plays the same casus twice keeps both."""
    import datetime as dt

    folder = data_dir() / "saves"
    stem = f"{scenario_id}-{dt.datetime.now():%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.json"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.json"
        n += 1
    return path


def write_shared_text(path: Path, text: str, prefix: str = ".krachtenveld-",
                      newline: str | None = None) -> None:
    """Write a file for people to share (a report, an export) atomically, readable like any
    file the user makes (the umask's permissions, not the temporary file's 0600).
    ``newline=""`` writes the line ends as they are in ``text`` (a CSV's \r\n)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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


# -- what the board adds to a save: team names, human/bot roles, the teams' answers ------
# The engine ignores keys it does not know, so these live beside the actions:
#   "ui": {"teams": {role: name}, "humans": [role, ...]}   (written by the board)
#   "application": {role: text}                              (the debrief's last question)

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
APPLICATION_KEY = "application"


def read_teams(data: dict[str, Any]) -> dict[str, str]:
    """The team names in a save ({role: name}); empty when the save has none."""
    ui = data.get("ui")
    names = ui.get("teams") if isinstance(ui, dict) else None
    if not isinstance(names, dict):
        return {}
    return {r: str(n) for r, n in names.items() if r in ROLES and str(n).strip()}


def read_bots(data: dict[str, Any]) -> list[str]:
    """The roles a bot played: a "bots" list, or the roles missing from ui.humans."""
    bots = data.get("bots")
    if isinstance(bots, list):
        return [r for r in ROLES if r in bots]
    ui = data.get("ui")
    humans = ui.get("humans") if isinstance(ui, dict) else None
    if isinstance(humans, list):
        return [r for r in ROLES if r not in humans]
    return []


def read_application(data: dict[str, Any]) -> dict[str, str]:
    """The teams' answers to "wat doe je maandag anders?" ({role: text})."""
    answers = data.get(APPLICATION_KEY)
    if not isinstance(answers, dict):
        return {}
    return {r: str(t) for r, t in answers.items() if r in ROLES and isinstance(t, str)}


def with_application(data: dict[str, Any], answers: dict[str, str]) -> dict[str, Any]:
    """A copy of the save with these answers merged in (an empty text removes one)."""
    merged = read_application(data)
    for role, text in answers.items():
        if role not in ROLES:
            raise ValueError(f"unknown role '{role}'; choose from {', '.join(ROLES)}")
        if text.strip():
            merged[role] = text.strip()
        else:
            merged.pop(role, None)
    out = dict(data)
    out[APPLICATION_KEY] = merged
    return out


def write_application(path: Path, answers: dict[str, str]) -> dict[str, Any]:
    """Store the teams' answers in the save file (atomically); returns the new save."""
    data = with_application(read_save(path), answers)
    write_save(path, data)
    return data
