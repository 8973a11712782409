"""The layer rule of docs/architecture.md, checked on the source: each package under game/
imports only the layers to its left, and no production code imports tests/.

    engine <- content <- lang <- bots <- store <- report <- whatif <- table <- ui / net <- cli

(store and report are one layer; report may read saves through store, never the reverse.)
Imports inside functions count as much as those at the top: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

GAME = Path(__file__).resolve().parent.parent / "game"

BASE = {"paths"}  # game/paths.py: where the shipped files are; imports nothing of game
LOWER: dict[str, set[str]] = {
    "engine": set(),
    "content": {"engine"} | BASE,
    "lang": {"engine", "content"} | BASE,
    "bots": {"engine", "content", "lang"} | BASE,
    "store": {"engine", "content", "lang", "bots"} | BASE,
    "report": {"engine", "content", "lang", "bots", "store"} | BASE,
    "whatif": {"engine", "content", "lang", "bots", "store", "report"} | BASE,
    "table": {"engine", "content", "lang", "bots", "store", "report", "whatif"} | BASE,
    "ui": {"engine", "content", "lang", "bots", "table"} | BASE,
    "net": {"engine", "content", "lang", "bots", "table"} | BASE,
    "paths": set(),
}
# the entry points may use everything
TOP = {"cli", "__main__", "__init__"}


def package_of(path: Path) -> str:
    rel = path.relative_to(GAME)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            out.append((node.lineno, "<relative>"))
    return out


def violations() -> list[str]:
    found = []
    for path in sorted(GAME.rglob("*.py")):
        pkg = package_of(path)
        where = path.relative_to(GAME.parent)
        if pkg not in LOWER and pkg not in TOP:
            found.append(f"{where}: package 'game.{pkg}' has no place in the layer rule "
                         "(add it to tests/test_layers.py and docs/architecture.md)")
            continue
        for line, module in imports(path):
            parts = module.split(".")
            if module == "<relative>":
                found.append(f"{where}:{line}: relative import (write game.… in full)")
            elif parts[0] == "tests":
                found.append(f"{where}:{line}: production code imports {module}")
            elif parts[0] == "game" and len(parts) > 1 and pkg not in TOP:
                other = parts[1]
                if other != pkg and other not in LOWER[pkg]:
                    found.append(f"{where}:{line}: game.{pkg} may not import {module} "
                                 f"(allowed: {', '.join(sorted(LOWER[pkg])) or 'nothing'})")
    return found


def test_every_package_imports_only_the_layers_to_its_left() -> None:
    assert violations() == []


def test_the_engine_imports_no_pygame_and_does_no_io() -> None:
    banned = {"pygame", "pygame_gui", "os", "socket", "sqlite3", "time", "datetime",
              "pathlib", "tempfile", "shutil", "subprocess", "asyncio", "yaml"}
    found = [f"{p.relative_to(GAME.parent)}:{line}: {m}"
             for p in sorted((GAME / "engine").rglob("*.py"))
             for line, m in imports(p) if m.split(".")[0] in banned]
    assert found == []


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself: a ui module that reads the database is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from game.store.db import open_db\n    import tests.x\n")
    assert imports(bad) == [(2, "game.store.db"), (3, "tests.x")]



PYDANTIC = {"pydantic", "pydantic_core", "annotated_types"}


def pydantic_imports(files: list[Path]) -> list[str]:
    return [f"{p.name}:{line}: {m}" for p in files for line, m in imports(p)
            if m.split(".")[0] in PYDANTIC]


def test_the_engine_imports_no_pydantic(tmp_path: Path) -> None:
    """The engine's definitions are plain dataclasses: pydantic (and its core) belong to the
    content layer, which validates YAML against them."""
    assert pydantic_imports(sorted((GAME / "engine").rglob("*.py"))) == []
    bad = tmp_path / "defs.py"
    bad.write_text("def f():\n    from pydantic_core import core_schema\n")
    assert pydantic_imports([bad]) == ["defs.py:2: pydantic_core"]
