"""Where the shipped scenarios, assets and docs are, for an installed and a source checkout
alike, and the user's own folder (saves, the games list, casussen of their own)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

_PACKAGE = Path(__file__).resolve().parent
HOME_ENV = "KRACHTENVELD_HOME"


def _find(name: str) -> Path:
    installed = _PACKAGE / "data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def scenarios_dir() -> Path:
    """The folder with the shipped casus files and catalogue/."""
    return _find("scenarios")


def assets_dir() -> Path:
    """The folder with images and fonts, with their licences."""
    return _find("assets")


def docs_dir() -> Path:
    """The folder with the guides (handleiding, scenario format) and docs/schema/."""
    return _find("docs")


def data_dir() -> Path:
    """The user's Krachtenveld folder (KRACHTENVELD_HOME overrides it)."""
    override = os.environ.get(HOME_ENV)
    return Path(override) if override else Path(user_data_dir("krachtenveld", appauthor=False))


def user_scenarios_dir() -> Path:
    """The folder for a teacher's own casussen: ``scenarios/`` in the user's folder. The
    game reads it beside the shipped casussen; it need not exist."""
    return data_dir() / "scenarios"
