"""Loads scenarios/ into the engine's definitions, and checks scenario files for authors.

``load_scenario`` reads one casus and the catalogue (actions, forces, organisation models)
and merges them into a ``Scenario``; ``validate_paths``/``validate_main`` check any files or
folders and report every mistake as ``FILE:LINE:COLUMN: ...``. Files are parsed once per
change: a small cache keyed by path, modification time and size keeps a second load cheap.
"""

from __future__ import annotations

import hashlib
import os
import sys
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from game import paths
from game.content.coach import CoachDef
from game.content.crossref import Parts, check_glossary, cross_check
from game.content.errors import ContentError, ContentErrors, ScenarioNotFound, Words, unique
from game.content.glossary import GlossaryDef
from game.content.roles import left_out, with_casus_words
from game.content.validate import validate_doc
from game.content.yamlsafe import YamlDoc, YamlError, parse_yaml, read_yaml
from game.engine.defs import (
    ActionCatalogue,
    CasusDef,
    ForceCatalogue,
    ModelCatalogue,
    Scenario,
)

Kind = Literal["casus", "actions", "forces", "models", "glossary", "coach"]
MODELS: dict[Kind, type] = {
    "casus": CasusDef,
    "actions": ActionCatalogue,
    "forces": ForceCatalogue,
    "models": ModelCatalogue,
    "glossary": GlossaryDef,
    "coach": CoachDef,
}
CATALOGUE_FILES: dict[Kind, str] = {
    "actions": "actions.yaml",
    "forces": "forces.yaml",
    "models": "models.yaml",
}
# Keys only a casus has: a casus may also hold `actions` or `forces` of its own.
_CASUS_KEYS = {"id", "title", "problems", "start", "inwoner", "endings", "wish"}
_SUFFIXES = (".yaml", ".yml")


def file_kind(data: Any) -> Kind | None:
    """What a parsed file is, from its top-level keys; None when nothing says what it is."""
    if not isinstance(data, dict) or _CASUS_KEYS & set(data):
        return "casus"
    if "actions" in data or "arrangements" in data:
        return "actions"
    if "forces" in data:
        return "forces"
    if "models" in data:
        return "models"
    if "terms" in data:
        return "glossary"
    if "tips" in data:
        return "coach"
    return None


_UNKNOWN_KIND = Words("cannot tell what this file is: a casus has 'id', 'problems', "
                      "'start'...; a catalogue file has 'actions', 'forces', 'models', 'terms' "
                      "or 'tips'", "unknown_kind")
_NEED_CATALOGUE = Words("the catalogue needs actions.yaml, forces.yaml and models.yaml",
                        "need_catalogue")


# --- reading files, with a cache --------------------------------------------------------------


@dataclass
class _File:
    """One file read and validated: its document, kind, model and errors."""

    doc: YamlDoc | None
    kind: Kind
    model: Any = None
    errors: list[ContentError] = field(default_factory=list)


_CACHE_SIZE = 256
_files: dict[tuple[Any, ...], _File] = {}
_scenarios: dict[tuple[Any, ...], Scenario] = {}


def clear_cache() -> None:
    """Forget every parsed file and merged scenario."""
    _files.clear()
    _scenarios.clear()


def _display(path: Path) -> str:
    """The file name for messages: relative to the working folder when it is inside it."""
    if path.is_absolute():
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
    return str(path)


def _stamp(path: Path) -> tuple[Any, ...]:
    try:
        st = path.stat()
    except OSError:
        return (str(path.resolve()), None, None)
    return (str(path.resolve()), st.st_mtime_ns, st.st_size)


def _missing(path: Path, what: str) -> ContentError:
    return ContentError(_display(path), 1, 1, "", Words(f"file not found ({what})",
                                                        "file_not_found", what=what))


def _read(path: Path, kind: Kind | None = None) -> _File:
    """Parse and validate one file (as ``kind``, or the kind its keys say)."""
    display = _display(path)
    key = (_stamp(path), display, kind)
    hit = _files.get(key)
    if hit is not None:
        return hit
    try:
        doc = read_yaml(path, display)
    except YamlError as e:
        result = _File(None, kind or "casus", None, [e.error])
    else:
        k = kind or file_kind(doc.data)
        if k is None:
            result = _File(doc, "casus", None, [doc.error((), _UNKNOWN_KIND)])
        else:
            model, errors = validate_doc(MODELS[k], doc)
            result = _File(doc, k, model, errors)
    if len(_files) >= _CACHE_SIZE:
        _files.clear()
    _files[key] = result
    return result


# --- the catalogue ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """The shared definitions every casus uses: actions and arrangements, forces, models."""

    actions: ActionCatalogue
    forces: ForceCatalogue
    models: ModelCatalogue
    dir: Path
    docs: dict[str, YamlDoc] = field(default_factory=dict, repr=False, compare=False)


def catalogue_dir(dir: Path | None = None) -> Path:
    """The catalogue folder of a scenarios folder (or the folder itself if it is one)."""
    base = paths.scenarios_dir() if dir is None else Path(dir)
    if (base / "catalogue").is_dir() or not (base / CATALOGUE_FILES["actions"]).is_file():
        return base / "catalogue"
    return base


def _catalogue_files(cat_dir: Path) -> tuple[dict[Kind, _File], list[ContentError]]:
    files: dict[Kind, _File] = {}
    errors: list[ContentError] = []
    for kind, name in CATALOGUE_FILES.items():
        path = cat_dir / name
        if not path.is_file():
            errors.append(_missing(path, _NEED_CATALOGUE))
            continue
        f = _read(path, kind)
        files[kind] = f
        errors += f.errors
    return files, errors


def _parts(files: dict[Kind, _File]) -> Parts:
    def part(kind: Kind) -> Any:
        f = files.get(kind)
        return (f.model, f.doc) if f is not None and f.model is not None else None

    return Parts(part("actions"), part("forces"), part("models"), part("casus"))


def load_catalogue(dir: Path | None = None) -> Catalogue:
    """Read ``<dir>/catalogue/{actions,forces,models}.yaml`` (default: the shipped scenarios).

    ``dir`` may also be the catalogue folder itself. Raises ContentErrors.
    """
    cat_dir = catalogue_dir(dir)
    files, errors = _catalogue_files(cat_dir)
    errors += cross_check(_parts(files))
    if errors:
        raise ContentErrors(errors)
    docs: dict[str, YamlDoc] = {k: f.doc for k, f in files.items() if f.doc is not None}
    return Catalogue(files["actions"].model, files["forces"].model, files["models"].model,
                     cat_dir, docs)


# --- scenarios --------------------------------------------------------------------------------


def _yaml_files(folder: Path, recursive: bool = False) -> list[Path]:
    found = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(p for p in found if p.suffix in _SUFFIXES and p.is_file())


def scenario_folders() -> list[Path]:
    """Where casussen are looked up by id: the shipped folder, then the user's own folder
    (``krachtenveld scenarios`` prints it)."""
    return [paths.scenarios_dir(), paths.user_scenarios_dir()]


def find_scenario(id_or_path: str | Path, scenarios_dir: Path | None = None) -> Path:
    """The casus file for an id (``ron``) or a path; FileNotFoundError if there is none.

    An id is looked up in ``scenarios_dir``, by default in the shipped casussen and then in
    the user's own folder (a shipped casus wins when both have the id)."""
    text = str(id_or_path)
    if isinstance(id_or_path, Path) or text.endswith(_SUFFIXES) or "/" in text or os.sep in text:
        path = Path(id_or_path)
        if not path.is_file():
            raise ScenarioNotFound(f"no such file: {path}", "no_file", path=path)
        return path
    bases = scenario_folders() if scenarios_dir is None else [Path(scenarios_dir)]
    for base in bases:
        for suffix in _SUFFIXES:
            if (base / f"{text}{suffix}").is_file():
                return base / f"{text}{suffix}"
    for base in bases:
        for path in _yaml_files(base) if base.is_dir() else []:
            f = _read(path, "casus")
            if f.doc is not None and isinstance(f.doc.data, dict) \
                    and f.doc.data.get("id") == text:
                return path
    where = ", ".join(str(b) for b in bases)
    raise ScenarioNotFound(f"no scenario with id {text!r} in {where}", "no_scenario", id=text,
                           where=where)


def _casus_catalogue(casus_path: Path, scenarios_dir: Path | None) -> Path:
    if scenarios_dir is not None:
        return catalogue_dir(scenarios_dir)
    here = casus_path.parent / "catalogue"
    return here if here.is_dir() else catalogue_dir(None)


def load_scenario(id_or_path: str | Path, scenarios_dir: Path | None = None) -> Scenario:
    """One casus merged with its catalogue: everything the engine needs for a game.

    ``id_or_path`` is a casus id (looked up in ``scenarios_dir``, default the shipped one) or
    a file. The casus's own actions, arrangements and forces add to or replace catalogue
    entries with the same id (actions by role and id). Raises ContentErrors with every
    mistake, or FileNotFoundError.
    """
    casus_path = find_scenario(id_or_path, scenarios_dir)
    cat_dir = _casus_catalogue(casus_path, scenarios_dir)
    key = tuple(_stamp(p) for p in [casus_path, *(cat_dir / n for n in CATALOGUE_FILES.values())])
    hit = _scenarios.get(key)
    if hit is not None:
        return hit
    files, errors = _catalogue_files(cat_dir)
    casus = files["casus"] = _read(casus_path, "casus")
    errors = casus.errors + errors
    errors += cross_check(_parts(files))
    if errors:
        raise ContentErrors(errors)
    scenario = merge(casus.model, files["actions"].model, files["forces"].model,
                     files["models"].model)
    _remember_content(scenario, _content(casus_path, files))
    if len(_scenarios) >= 32:
        _scenarios.clear()
    _scenarios[key] = scenario
    return scenario


# --- the content a scenario was made from (a save embeds it) -----------------------------------

_CONTENT: dict[int, dict[str, Any]] = {}


def text_sha256(text: str) -> str:
    """The content hash of a file's text (as parsed: UTF-8, without a byte-order mark)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The content hash of a file on disk, as text_sha256 of its text; None when it cannot
    be read."""
    try:
        return text_sha256(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return None


def content_sha256(content: dict[str, Any]) -> str:
    """One hash over the hashes of a content bundle's files (casus first, then catalogue)."""
    parts = [str(content.get("casus", {}).get("sha256"))]
    cat = content.get("catalogue", {})
    parts += [f"{n}={cat.get(n, {}).get('sha256')}" for n in CATALOGUE_FILES.values()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _entry(f: _File) -> dict[str, Any]:
    text = f.doc.text if f.doc is not None else ""
    return {"sha256": text_sha256(text), "text": text}


def _content(casus_path: Path, files: dict[Kind, _File]) -> dict[str, Any]:
    casus = {"file": casus_path.name, "path": str(casus_path.resolve()),
             **_entry(files["casus"])}
    out: dict[str, Any] = {"casus": casus, "catalogue": {
        name: _entry(files[kind]) for kind, name in CATALOGUE_FILES.items()}}
    out["sha256"] = content_sha256(out)
    return out


def _remember_content(scenario: Scenario, content: dict[str, Any]) -> None:
    key = id(scenario)
    if key not in _CONTENT:
        weakref.finalize(scenario, _CONTENT.pop, key, None)
    _CONTENT[key] = content


def is_loaded_content(content: object) -> bool:
    """Whether this is the content this loader keeps for a scenario it made (the same
    object in every save of that scenario, never changed)."""
    return any(c is content for c in _CONTENT.values())


def scenario_content(scenario: Scenario) -> dict[str, Any] | None:
    """The files (texts and hashes) this scenario was loaded from, for a save to embed;
    None for a scenario not made by this loader (a test's scenario built in code)."""
    return _CONTENT.get(id(scenario))


def scenario_from_content(content: Any, label: str) -> Scenario:
    """The scenario a save's embedded content describes. ``label`` names the save in
    messages (``SAVE[casus mehmet.yaml]:LINE:COLUMN: ...``). Raises ContentErrors."""
    def bad(message: str) -> ContentErrors:
        return ContentErrors([ContentError(label, 1, 1, "content", message)])

    if not isinstance(content, dict) or not isinstance(content.get("casus"), dict) \
            or not isinstance(content.get("catalogue"), dict):
        raise bad(Words("the embedded content needs 'casus' and 'catalogue'",
                        "save_no_content"))
    entries: dict[Kind, tuple[str, Any]] = {"casus": (
        str(content["casus"].get("file", "casus")), content["casus"])}
    for kind, name in CATALOGUE_FILES.items():
        entries[kind] = (name, content["catalogue"].get(name))
    files: dict[Kind, _File] = {}
    errors: list[ContentError] = []
    for kind, (name, entry) in entries.items():
        text = entry.get("text") if isinstance(entry, dict) else None
        display = f"{label}[{name}]"
        if not isinstance(text, str):
            errors.append(ContentError(display, 1, 1, "", Words(
                "the save has no text for this file", "save_no_text")))
            continue
        try:
            doc = parse_yaml(text, display)
        except YamlError as e:
            errors.append(e.error)
            continue
        model, errs = validate_doc(MODELS[kind], doc)
        files[kind] = _File(doc, kind, model, errs)
        errors += errs
    if not errors:
        errors += cross_check(_parts(files))
    if errors:
        raise ContentErrors(errors)
    scenario = merge(files["casus"].model, files["actions"].model, files["forces"].model,
                     files["models"].model)
    path = content["casus"].get("path")
    _remember_content(scenario, {**content, "casus": {**content["casus"],
                                                      "path": path if isinstance(path, str)
                                                      else None}})
    return scenario


def merge(casus: CasusDef, actions: ActionCatalogue, forces: ForceCatalogue,
          models: ModelCatalogue) -> Scenario:
    """A Scenario from validated parts; the casus's own definitions win over the catalogue."""
    # a casus whose role is another professional (``roles``): the catalogue's texts name her
    # by the casus's word, and the cards she would not play are left out (game/content/roles)
    out = left_out(casus)
    acts = {f"{a.role}:{a.id}": with_casus_words(casus, a) for a in actions.actions
            if f"{a.role}:{a.id}" not in out}
    acts.update({f"{a.role}:{a.id}": a for a in casus.actions})
    arrs = {r.id: with_casus_words(casus, r) for r in actions.arrangements}
    arrs.update({r.id: r for r in casus.arrangements})
    frcs = {f.id: with_casus_words(casus, f) for f in forces.forces}
    frcs.update({f.id: f for f in casus.forces})
    return Scenario(casus=casus, actions=acts, arrangements=arrs, forces=frcs,
                    models={m.id: with_casus_words(casus, m) for m in models.models})


def list_scenarios(scenarios_dir: Path | None = None, strict: bool = True) -> list[CasusDef]:
    """Every casus in the scenarios folder (not catalogue/), sorted by id; by default the
    shipped casussen and then the user's own (those sorted after the shipped ones).

    A file that does not validate raises ContentErrors, or is left out when ``strict`` is
    false (for a menu that should still show the others). A user's casus with the id of a
    shipped one is left out (the id finds the shipped one).
    """
    return [c for c, _path in list_scenario_files(scenarios_dir, strict)]


def list_scenario_files(scenarios_dir: Path | None = None, strict: bool = True
                        ) -> list[tuple[CasusDef, Path]]:
    """As list_scenarios, with the file of every casus."""
    bases = [paths.scenarios_dir()] if scenarios_dir is None else [Path(scenarios_dir)]
    user = paths.user_scenarios_dir() if scenarios_dir is None else None
    out: list[tuple[CasusDef, Path]] = []
    errors: list[ContentError] = []
    seen: set[str] = set()
    for base in [*bases, *([user] if user is not None else [])]:
        found: list[tuple[CasusDef, Path]] = []
        for path in _yaml_files(base) if base.is_dir() else []:
            f = _read(path, "casus")
            if f.model is not None and f.model.id not in seen:
                found.append((f.model, path))
            errors += f.errors
        found.sort(key=lambda cp: cp[0].id)
        seen.update(c.id for c, _p in found)
        out += found
    if errors and strict:
        raise ContentErrors(errors)
    return out


# --- validation for authors -------------------------------------------------------------------


def read_checked(path: Path, kind: Kind | None = None) -> tuple[Any, list[ContentError]]:
    """One file read and validated on its own: its model (or None) and its errors."""
    f = _read(path, kind)
    return f.model, list(f.errors)


def _check_file(path: Path) -> list[ContentError]:
    """One file's mistakes, checked together with the files it refers to."""
    f = _read(path)
    if f.doc is None or f.model is None:
        return list(f.errors)
    if f.kind == "glossary":
        return check_glossary(f.model, f.doc)
    files: dict[Kind, _File] = {f.kind: f}
    errors: list[ContentError] = []
    if f.kind == "casus":
        cat, errors = _catalogue_files(_casus_catalogue(path, None))
        files.update(cat)
    else:  # a catalogue file: check it against its neighbours, where they are fine
        for kind, name in CATALOGUE_FILES.items():
            other = path.parent / name
            if kind != f.kind and other.is_file():
                g = _read(other, kind)
                if g.model is not None:
                    files[kind] = g
    return errors + cross_check(_parts(files))


def _validate(targets: Iterable[Path]) -> tuple[int, list[ContentError]]:
    count = 0
    errors: list[ContentError] = []
    ids: dict[str, list[tuple[Path, tuple[int, int]]]] = {}
    for target in targets:
        if target.is_dir():
            found = _yaml_files(target, recursive=True)
            if not found:
                errors.append(ContentError(_display(target), 1, 1, "", Words(
                    "no .yaml files in this folder", "no_yaml_files")))
        elif target.is_file():
            found = [target]
        else:
            errors.append(_missing(target, Words("no such file or folder", "no_such_path")))
            continue
        for path in found:
            count += 1
            errors += sorted(_check_file(path), key=lambda e: (e.file, e.line, e.column))
            casus = _casus_id(path)
            if casus is not None:
                ids.setdefault(casus[0], []).append((path, casus[1]))
    errors += _id_problems(ids)
    return count, unique(errors)


def _casus_id(path: Path) -> tuple[str, tuple[int, int]] | None:
    """The id of a casus file and where it is written, if the file is a casus with one."""
    f = _read(path)
    if f.kind != "casus" or f.doc is None or f.model is None:
        return None  # a file that does not validate has its own messages first
    return f.model.id, f.doc.mark(("id",))


def _id_problems(ids: dict[str, list[tuple[Path, tuple[int, int]]]]) -> list[ContentError]:
    """Two files with the same casus id (the id finds only one of them), and a file whose
    name is not its id (``--scenario ID`` then has to read every file to find it)."""
    out: list[ContentError] = []
    for cid, places in ids.items():
        first = places[0]
        for path, (line, col) in places[1:]:
            other, at = _display(first[0]), first[1][0]
            out.append(ContentError(_display(path), line, col, "id", Words(
                f"the casus id {cid!r} is also the id of {other} (line {at}); every casus "
                "needs its own id", "id_twice", id=repr(cid), other=other, line=at)))
        for path, (line, col) in places:
            if path.stem != cid:
                out.append(ContentError(_display(path), line, col, "id", Words(
                    f"the file name {path.name!r} differs from its id {cid!r}: name the file "
                    f"{cid}{path.suffix} (the game finds a casus by its id)", "name_not_id",
                    name=repr(path.name), id=repr(cid), file=f"{cid}{path.suffix}")))
    return out


def validate_paths(paths: list[Path]) -> list[ContentError]:
    """Every mistake in these files and folders (folders: every .yaml inside, recursively).

    The kind of each file comes from its top-level keys; a casus is also checked against the
    catalogue next to it (``<its folder>/catalogue``, else the shipped one).
    """
    return _validate(Path(p) for p in paths)[1]


def validate_count(paths: list[Path]) -> tuple[int, list[ContentError]]:
    """How many files were checked, and every mistake in them (as ``validate_paths``)."""
    return _validate(Path(p) for p in paths)


def validate_main(argv: list[str]) -> int:
    """``krachtenveld validate PATH...``: one line per problem; 0 when all is well, else 1.

    Without paths, the shipped scenarios are checked.
    """
    targets = [Path(a) for a in argv] or [paths.scenarios_dir()]
    count, errors = _validate(targets)
    for e in errors:
        print(e)
    if errors:
        files = len({e.file for e in errors})
        print(f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in {files} "
              f"file{'s' if files != 1 else ''}", file=sys.stderr)
        return 1
    print(f"OK: {count} file{'s' if count != 1 else ''} valid")
    return 0


def load_catalogue_file(name: str, kind: Kind, dir: Path | None = None) -> Any:
    """Read and validate one catalogue file (``glossary.yaml``, ``coach.yaml``...).

    Raises ContentErrors with every mistake, or FileNotFoundError."""
    path = catalogue_dir(dir) / name
    if not path.is_file():
        raise ScenarioNotFound(f"no {name} at {path}", "no_catalogue_file", name=name, path=path)
    model, errors = read_checked(path, kind)
    if errors or model is None:
        raise ContentErrors(errors)
    return model
