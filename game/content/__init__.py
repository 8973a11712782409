"""The content layer: reads scenarios/ (safe YAML only) into the engine's typed definitions.

Every mistake in a file becomes a ContentError printed as ``FILE:LINE:COLUMN: path: message``.

Public API::

    load_catalogue(dir=None) -> Catalogue
    load_glossary(dir=None) -> GlossaryDef
    load_scenario(id_or_path, scenarios_dir=None) -> Scenario      # raises ContentErrors
    list_scenarios(scenarios_dir=None, strict=True) -> list[CasusDef]
    validate_paths(paths) -> list[ContentError]
    validate_main(argv) -> int                                      # krachtenveld validate
    write_json_schemas(out_dir) -> list[Path]                       # python -m game.content.schema
"""

from __future__ import annotations

from pathlib import Path

from game.content.errors import ContentError, ContentErrors
from game.content.glossary import GlossaryDef, load_glossary
from game.content.loader import (
    Catalogue,
    clear_cache,
    file_kind,
    find_scenario,
    list_scenarios,
    load_catalogue,
    load_scenario,
    merge,
    validate_main,
    validate_paths,
)
from game.content.yamlsafe import YamlDoc, YamlError, parse_yaml, read_yaml

__all__ = [
    "Catalogue",
    "ContentError",
    "ContentErrors",
    "GlossaryDef",
    "YamlDoc",
    "YamlError",
    "clear_cache",
    "file_kind",
    "find_scenario",
    "list_scenarios",
    "load_catalogue",
    "load_glossary",
    "load_scenario",
    "merge",
    "parse_yaml",
    "read_yaml",
    "validate_main",
    "validate_paths",
    "write_json_schemas",
]


def write_json_schemas(out_dir: Path) -> list[Path]:
    """Write the JSON Schemas of the four file types into ``out_dir`` (see content.schema)."""
    # Imported here so that ``python -m game.content.schema`` does not import it twice.
    from game.content.schema import write_json_schemas as write

    return write(out_dir)
