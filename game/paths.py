"""Where the shipped scenarios and assets are, for an installed and a source checkout alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


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
