"""JSON Schemas for the scenario files, generated (by pydantic) from the engine's definitions.

Editors with a YAML language server can check and complete a casus as it is typed, with a
first line such as ``# yaml-language-server: $schema=../docs/schema/casus.schema.json``.
``python -m game.content.schema [OUT_DIR]`` regenerates docs/schema/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from game.content.glossary import GlossaryDef
from game.content.validate import adapter
from game.engine.defs import ActionCatalogue, CasusDef, ForceCatalogue, ModelCatalogue

SCHEMAS: dict[str, type] = {
    "casus.schema.json": CasusDef,
    "actions.schema.json": ActionCatalogue,
    "forces.schema.json": ForceCatalogue,
    "models.schema.json": ModelCatalogue,
    "glossary.schema.json": GlossaryDef,
}
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "docs" / "schema"
_TITLES = {
    "casus.schema.json": "Krachtenveld casus",
    "actions.schema.json": "Krachtenveld action and arrangement catalogue",
    "forces.schema.json": "Krachtenveld force catalogue",
    "models.schema.json": "Krachtenveld organisation models",
    "glossary.schema.json": "Krachtenveld shared glossary",
}


def json_schema(model: type, title: str) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of one file type."""
    schema = adapter(model).json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": title}


def write_json_schemas(out_dir: Path) -> list[Path]:
    """Write casus/actions/forces/models/glossary.schema.json into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = out_dir / name
        text = json.dumps(json_schema(model, _TITLES[name]), indent=2, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_DIR
    for path in write_json_schemas(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
