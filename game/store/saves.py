"""Saved games on disk: JSON in the engine's save format, written atomically.

A save is the scenario id, the seed, the organisation model, the difficulty and the list of
action notations; loading replays it. Writing goes to a temporary file in the same folder and
is then renamed over the old save, so a killed program leaves the last complete save intact.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game import paths
from game.content.saved import CHECK_KEY, CONTENT_KEY
from game.engine.roles import ROLES
from game.lang import ErrorSaid, Said


class SaveFileError(ValueError):
    """A save file that cannot be read; the message names the file and what is wrong (in
    English). A save that does not replay also carries the engine's SaveError (``save_error``)
    so that the language layer can say it in the user's language (game.lang.error_text)."""

    code: str | None = None
    params: dict[str, str] | None = None
    save_error: Exception | None = None
    scenario: Any = None

    @classmethod
    def coded(cls, message: str, code: str, **params: object) -> SaveFileError:
        """An error with a code and parameters (``error.savefile.<code>`` in game/lang)."""
        err = cls(message)
        err.code, err.params = code, {k: str(v) for k, v in params.items()}
        return err


def data_dir() -> Path:
    """The user's Krachtenveld folder (KRACHTENVELD_HOME overrides it, for tests)."""
    return paths.data_dir()


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
        # errors="replace": a lone surrogate (from a crafted name) becomes '?', never a crash
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline=newline) as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_bytes(data: dict[str, Any]) -> bytes:
    """A save's file content (indented JSON, UTF-8; a lone surrogate from a crafted name
    becomes '?'). The embedded content (the casus and catalogue texts, nearly all of a
    save) is the same object for every save of a scenario the loader made: its JSON is
    made once and put in its place (the same text; the classroom host saves every move)."""
    from game.content.loader import is_loaded_content

    content = data.get(CONTENT_KEY)
    if not isinstance(content, dict) or not is_loaded_content(content):
        text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        key = id(content)
        made = _CONTENT_JSON.get(key)
        if made is None or made[0] is not content:
            if len(_CONTENT_JSON) >= 16:
                _CONTENT_JSON.clear()
            # at depth 1 of the save: every line of it one space further in
            inner = json.dumps(content, ensure_ascii=False, indent=1).replace("\n", "\n ")
            made = _CONTENT_JSON[key] = (content, inner)
        text = json.dumps({**data, CONTENT_KEY: _CONTENT_PLACE}, ensure_ascii=False, indent=1)
        text = text.replace(_CONTENT_PLACE_JSON, made[1], 1)
    return (text + "\n").encode("utf-8", "replace")


# id(content) -> (the content, kept alive; its JSON as save_bytes puts it in a save); a few
_CONTENT_JSON: dict[int, tuple[dict[str, Any], str]] = {}
_CONTENT_PLACE = "\x00content\x00"  # (where it first occurs: nothing before it holds a NUL)
_CONTENT_PLACE_JSON = json.dumps(_CONTENT_PLACE)


def write_save(path: Path, data: dict[str, Any] | bytes, sync: bool = True) -> None:
    """Write atomically: a reader sees the old save or the new one, never half of one.
    ``data`` is the save, or its file content made by ``save_bytes`` (a thread that writes
    it then hardly needs the interpreter: one write, the fsync and the rename).

    ``sync=False`` leaves out the fsync: the new save is complete in the system's cache
    when this returns (a killed program loses nothing), and on disk once a ``GroupSync``
    (or the system, within seconds) has synced it; only a power loss or a crash of the
    system before then can lose it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    blob = data if isinstance(data, bytes) else save_bytes(data)
    fd, tmp = tempfile.mkstemp(prefix=".save-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
            f.flush()
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Whether a file renamed into place can be synced afterwards by its name. On Windows a file
# that is open cannot be replaced, so a sync by name would make the next save fail: there
# every save is synced before it is renamed, as before.
SYNC_AFTER_RENAME = os.name == "posix"


def sync_path(path: Path) -> None:
    """Sync a file that is in place (its content and its size) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Sync a folder (the names in it: a rename into it) to disk, where the system can."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file's own sync came first
    finally:
        os.close(fd)


class GroupSync:
    """Syncs saves already renamed into place (``write_save(..., sync=False)``) to disk in
    one background thread, in batches: every file added while a batch is being synced goes
    in the next one, each file once however often it was written meanwhile, then each
    folder once. Nobody waits for it but who asks to (``wait``): the classroom host shows a
    move once its save is in place (safe from a killed program) and the sync follows.

    ``on_error(path, error)`` is called in the thread when a file cannot be synced (a full
    disk or an I/O error the system only reports now)."""

    def __init__(self, sync: Any = sync_path, folder_sync: Any = sync_folder) -> None:
        import threading

        self._sync = sync
        self._folder_sync = folder_sync
        self._lock = threading.Condition()
        self._pending: dict[Path, Any] = {}  # path -> its on_error (insertion order)
        self._added = 0  # files added so far
        self._done = 0  # of those, how many are synced (or failed)
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="krachtenveld-sync",
                                        daemon=True)
        self._thread.start()

    def add(self, path: Path, on_error: Any = None) -> int:
        """Sync ``path`` in the next batch; returns its ticket for ``wait``. Once closed
        (a write that was under way when the host stopped), it is synced here at once."""
        with self._lock:
            if not self._closed:
                self._pending.pop(path, None)  # (once per batch, at its latest place)
                self._pending[path] = on_error
                self._added += 1
                self._lock.notify_all()
                return self._added
        try:
            self._sync(path)
            self._folder_sync(path.parent)
        except OSError as e:
            if on_error is not None:
                on_error(path, e)
        return 0

    def synced(self, ticket: int | None = None) -> bool:
        """Whether everything added up to ``ticket`` (default: so far) is synced."""
        with self._lock:
            return self._done >= (self._added if ticket is None else ticket)

    def wait(self, ticket: int | None = None) -> None:
        """Until everything added up to ``ticket`` (default: so far) is synced."""
        with self._lock:
            goal = self._added if ticket is None else ticket
            while self._done < goal:
                self._lock.wait()

    def close(self) -> None:
        """Sync what is pending, then stop the thread."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._pending and not self._closed:
                    self._lock.wait()
                if not self._pending:
                    return  # closed, nothing left
                batch, self._pending = self._pending, {}
                upto = self._added
            folders: dict[Path, None] = {}
            for path, on_error in batch.items():
                try:
                    self._sync(path)
                    folders[path.parent] = None
                except OSError as e:
                    if on_error is not None:
                        try:
                            on_error(path, e)
                        except Exception:  # the thread must go on syncing the others
                            import logging

                            logging.getLogger(__name__).exception("on_error of %s", path)
            for folder in folders:
                self._folder_sync(folder)
            with self._lock:
                self._done = upto
                self._lock.notify_all()


# A save is plain data a few levels deep; anything deeper was made by hand (or by an attack).
MAX_DEPTH = 64
# A game has a few hundred actions; a facilitator who injects a card every few seconds for a
# whole lesson stays far below this. More is a crafted file, refused before it is replayed.
MAX_ACTIONS = 20_000
# A seed is a game number; the board draws six digits, the command line takes any whole number.
MAX_SEED_DIGITS = 40
_DIGITS_LIMIT = 4300  # Python refuses to convert longer integers (sys.get_int_max_str_digits)


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep_at(text: str, limit: int) -> int | None:
    """Where the nesting of lists and objects first goes deeper than ``limit`` (strings
    skipped), or None."""
    depth = 0
    for m in _TOKEN.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > limit:
                return m.start()
        elif ch in "]}":
            depth -= 1
    return None


def _parse_json(path: Path, text: str) -> Any:
    def located(pos: int, message: Said) -> SaveFileError:
        line, col = _line_col(text, pos)
        return SaveFileError(Said("error.savefile.not_json", path=path, line=line, col=col,
                                  why=message))

    at = _too_deep_at(text, MAX_DEPTH) if text.count("[") + text.count("{") > MAX_DEPTH else None
    if at is not None:
        raise located(at, Said("save.too_deep", depth=MAX_DEPTH))
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise SaveFileError.coded(f"{path}:{e.lineno}:{e.colno}: not valid JSON ({e.msg})",
                                  "not_json", path=path, line=e.lineno, col=e.colno,
                                  why=e.msg) from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise located(0, Said("save.too_deep", depth=MAX_DEPTH)) from None
    except ValueError:  # an integer too long to convert
        m = re.search(r"\d{" + str(_DIGITS_LIMIT + 1) + ",}", text)
        digits = len(m.group()) if m else _DIGITS_LIMIT
        raise located(m.start() if m else 0, Said("save.long_number", digits=digits)) from None


def _lone_surrogate(data: Any) -> tuple[str, str] | None:
    """The first text (its place in the save and a safe rendering) with a lone surrogate:
    a character JSON can write as \\ud800 but no file, report or database can store."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where or "(top)", value.encode("utf-8", "backslashreplace").decode()[:60]
        elif isinstance(value, dict):
            for k, v in value.items():
                stack.append((f"{where}.{k}" if where else str(k), k))
                stack.append((f"{where}.{k}" if where else str(k), v))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
    return None


def read_save(path: Path) -> dict[str, Any]:
    """Read a save file; a missing, empty, broken or crafted file raises SaveFileError saying
    what and where (``FILE:LINE:COLUMN: ...`` for the JSON itself), never another error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SaveFileError.coded(f"{path}: file not found", "not_found", path=path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise SaveFileError.coded(f"{path}: cannot read the file ({e})", "unreadable", path=path,
                                  why=e) from None
    if not text.strip():
        raise SaveFileError.coded(f"{path}: the file is empty", "empty", path=path)
    data = _parse_json(path, text)
    if not isinstance(data, dict):
        raise SaveFileError.coded(f"{path}: a save is a JSON object, found "
                                  f"{type(data).__name__}", "not_object", path=path,
                                  found=type(data).__name__)
    if re.search(r"\\u[dD][89abcdefABCDEF]", text):
        bad = _lone_surrogate(data)
        if bad is not None:
            m = re.search(r"\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}", text)
            line, col = _line_col(text, m.start() if m else 0)
            raise SaveFileError(Said("save.lone_surrogate", path=path, line=line, col=col,
                                     where=bad[0], text=bad[1]))
    actions = data.get("actions")
    if isinstance(actions, list) and len(actions) > MAX_ACTIONS:
        m = re.search(r'"actions"\s*:', text)
        line, col = _line_col(text, m.start() if m else 0)
        raise SaveFileError(Said("save.too_many_actions", path=path, line=line, col=col,
                                 n=len(actions), most=MAX_ACTIONS))
    seed = data.get("seed")
    if isinstance(seed, int) and len(str(abs(seed))) > MAX_SEED_DIGITS:
        m = re.search(r'"seed"\s*:\s*-?\d', text)
        line, col = _line_col(text, m.end() - 1 if m else 0)
        raise SaveFileError(Said("save.long_seed", path=path, line=line, col=col,
                                 n=len(str(abs(seed))), most=MAX_SEED_DIGITS))
    return data


# -- what the board adds to a save: team names, human/bot roles, the teams' answers ------
# The engine ignores keys it does not know, so these live beside the actions:
#   "ui": {"teams": {role: name}, "humans": [role, ...], "bots": [role, ...],
#          "bot_level": "normaal"}                          (written by game/table)
#   "application": {role: text}                              (the debrief's last question)

APPLICATION_KEY = "application"
UI_KEY = "ui"
BOT_LEVELS = ("makkelijk", "normaal", "moeilijk")


def with_table(data: dict[str, Any], teams: dict[str, str], humans: list[str],
               bots: list[str], bot_level: str, application: dict[str, str]) -> dict[str, Any]:
    """The save of a game with what its table adds (team names, bots and their level, the
    teams' answers)."""
    data[UI_KEY] = {"teams": dict(teams), "humans": list(humans), "bots": list(bots),
                    "bot_level": bot_level}
    if application:
        data[APPLICATION_KEY] = dict(application)
    return data


def read_table_bots(data: dict[str, Any], order: tuple[str, ...] = ROLES) -> list[str]:
    """The roles the table's bots played (ui.bots; in ``order``), empty when none did."""
    ui = data.get(UI_KEY)
    bots = ui.get("bots") if isinstance(ui, dict) else None
    return [r for r in order if r in bots] if isinstance(bots, list) else []


def read_bot_level(data: dict[str, Any]) -> str:
    """How clever the table's bots played ("normaal" when the save does not say)."""
    ui = data.get(UI_KEY)
    level = ui.get("bot_level") if isinstance(ui, dict) else None
    return level if level in BOT_LEVELS else "normaal"


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


# -- a save is the game it recorded: the content it was played with and its final state -----
# Written by save_data(); see docs/save-format.md. Both keys are ignored by the engine.
def save_data(game: Any) -> dict[str, Any]:
    """The save of a game: the engine's save, the content it is played with (the casus and
    catalogue texts with their hashes) and a check of the state it has reached."""
    from game.content.saved import save_with_content

    return save_with_content(game)


@dataclass
class LoadedSave:
    """A save read and replayed: the scenario and game, notices for the reader (an older
    save, a casus file changed since) and differences from the game it recorded."""

    path: Path
    data: dict[str, Any]
    scenario: Any
    game: Any
    notices: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)


def _edited_content(content: dict[str, Any]) -> list[str]:
    """The embedded files whose text no longer matches its recorded hash."""
    from game.content.loader import CATALOGUE_FILES, content_sha256, text_sha256

    out: list[str] = []
    entries = [(str(content["casus"].get("file", "casus")), content["casus"])]
    entries += [(n, content["catalogue"].get(n)) for n in CATALOGUE_FILES.values()]
    for name, entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) \
                and text_sha256(entry["text"]) != entry.get("sha256"):
            out.append(Said("save.diff_copy_edited", name=name))
    if not out and content.get("sha256") != content_sha256(content):
        out.append(Said("save.diff_hashes_edited"))
    return out


def content_status(data: dict[str, Any], scenario_id: str) -> dict[str, str] | None:
    """How the casus file on disk stands to the copy in the save: None when it is the same
    (or the save has no copy), else ``{"code": "changed"|"missing"|"old", "file": ...}``."""
    from game.content.loader import file_sha256, find_scenario

    content = data.get(CONTENT_KEY)
    if not isinstance(content, dict) or not isinstance(content.get("casus"), dict):
        return {"code": "old", "file": scenario_id}
    casus = content["casus"]
    recorded = casus.get("path")
    candidates: list[Path] = []
    if isinstance(recorded, str) and recorded:
        candidates.append(Path(recorded))
    try:
        candidates.append(find_scenario(scenario_id))
    except (FileNotFoundError, OSError):
        pass
    for p in candidates:
        if p.is_file():
            if file_sha256(p) == casus.get("sha256"):
                return None
            return {"code": "changed", "file": str(p)}
    if isinstance(recorded, str) and recorded:
        return {"code": "missing", "file": recorded}
    return None


_STATUS_TEXT = {"changed": "save.casus_changed", "missing": "save.casus_missing"}  # (lang)


def resolve_scenario(data: dict[str, Any], path: Path,
                     loader: Any = None) -> tuple[Any, list[str]]:
    """The scenario a save was played with, and notices: the embedded content when the save
    has it (else the casus by id via ``loader``, default the content layer's). Raises
    SaveFileError."""
    from game.content import ContentErrors, load_scenario
    from game.content.loader import scenario_from_content

    scenario_id = data.get("scenario")
    if not isinstance(scenario_id, str) or not scenario_id:
        raise SaveFileError.coded(f"{path}: the save names no scenario", "no_scenario", path=path)
    notices: list[str] = []  # Said texts: say(notice, lang) (game/lang)
    content = data.get(CONTENT_KEY)
    if content is not None:
        try:
            scenario = scenario_from_content(content, str(path))
        except ContentErrors as e:
            first = ErrorSaid(ContentErrors(e.errors[:1]))  # (said in the reader's language)
            notices.append(Said("save.copy_unreadable", path=path, why=first))
        else:
            if scenario.id != scenario_id:
                raise SaveFileError(Said("save.copy_other_casus", path=path,
                                         scenario=repr(scenario_id), copy=repr(scenario.id)))
            status = content_status(data, scenario_id)
            if status is not None and status["code"] in _STATUS_TEXT:
                notices.append(Said(_STATUS_TEXT[status["code"]], path=path,
                                    file=status["file"]))
            return scenario, notices
    else:
        notices.append(Said("save.older", path=path))
    try:
        scenario = (loader or load_scenario)(scenario_id)
    except FileNotFoundError as e:
        err = SaveFileError.coded(f"{path}: scenario {scenario_id!r} not found ({e})",
                                  "scenario_not_found", path=path, scenario=scenario_id,
                                  why=e)
        err.save_error = e  # (the why in the reader's language: game.lang.error_text)
        raise err from None
    except ContentErrors as e:
        raise SaveFileError(Said("save.casus_errors", path=path, scenario=repr(scenario_id),
                                 errors=ErrorSaid(e))) from None
    return scenario, notices


def _short(h: Any) -> str:
    return f"{str(h)[:12]}…" if isinstance(h, str) else repr(h)


_DEFAULTS = {"model": "netwerkmodel", "difficulty": "normaal"}


def check_differences(data: dict[str, Any], game: Any = None) -> list[str]:
    """How the replayed game differs from the game the save recorded (empty: the same
    game); without ``game`` (a save that does not replay), what was changed in the save.
    A save without a check (older versions) has none to compare."""
    check = data.get(CHECK_KEY)
    if not isinstance(check, dict):
        return []
    out: list[str] = []  # Said texts: say(difference, lang) (game/lang)
    for key in ("seed", "model", "difficulty"):
        what = Said(f"save.field_{key}")
        if key not in data:
            used = game.to_save().get(key) if game is not None else _DEFAULTS.get(key)
            if used != check.get(key):
                out.append(Said("save.diff_default_used", what=what, used=repr(used),
                                played=repr(check.get(key))))
        elif data[key] != check.get(key):
            out.append(Said("save.diff_changed", what=what, played=repr(check.get(key)),
                            now=repr(data[key])))
    raw = data.get("actions")
    actions: list[Any] = raw if isinstance(raw, list) else []
    n = check.get("actions")
    if isinstance(n, int) and n != len(actions):
        if len(actions) < n:
            out.append(Said("save.diff_actions_missing", n=n - len(actions), had=n,
                            has=len(actions), last=repr(check.get("last_action"))))
        else:
            out.append(Said("save.diff_actions_added", n=len(actions) - n, had=n,
                            has=len(actions)))
    elif actions and check.get("last_action") not in (None, actions[-1]):
        out.append(Said("save.diff_last_action", was=repr(check.get("last_action")),
                        now=repr(actions[-1])))
    content = data.get(CONTENT_KEY)
    if isinstance(content, dict) and isinstance(content.get("casus"), dict) \
            and isinstance(content.get("catalogue"), dict):
        out += _edited_content(content)
        if check.get("content_sha256") not in (None, content.get("sha256")):
            out.append(Said("save.diff_other_content"))
    elif check.get("content_sha256") is not None:
        out.append(Said("save.diff_copy_removed"))
    if game is None:
        return out
    recorded = check.get("state_hash")
    got = game.state_hash()
    if recorded != got:
        out.append(Said("save.diff_state" if out else "save.diff_state_unexplained",
                        got=_short(got), recorded=_short(recorded)))
    return out


def load_game(path: Path, loader: Any = None, game_cls: Any = None,
              data: dict[str, Any] | None = None, strict: bool = True) -> LoadedSave:
    """Read a save, replay it with the content it recorded and check it is the same game.

    Raises SaveFileError for a file that cannot be read or replayed, and, when ``strict``,
    for a replay that differs from the game recorded (the message lists every difference).
    """
    from game.engine import Game, SaveError

    path = Path(path)
    if data is None:
        data = read_save(path)
    scenario, notices = resolve_scenario(data, path, loader)
    try:
        game = (game_cls or Game).from_save(data, scenario)
    except SaveError as e:
        from game.lang import ErrorSaid

        why = ErrorSaid(e, scenario)
        changed = check_differences(data)
        if changed:
            raise SaveFileError(differences_message(path, [*changed, why])) from None
        err = SaveFileError(f"{path}: {why}")  # (error.savefile.replay: said with the reason)
        err.code, err.params, err.save_error, err.scenario = "replay", {"path": str(path)}, e, \
            scenario
        raise err from None
    except (ValueError, TypeError, OverflowError, RecursionError) as e:
        raise SaveFileError(Said("save.cannot_replay", path=path,
                                 kind=type(e).__name__)) from None
    differences = check_differences(data, game)
    if differences and strict:
        raise SaveFileError(differences_message(path, differences))
    return LoadedSave(path, data, scenario, game, notices, differences)


def differences_message(path: Path, differences: list[str]) -> Said:
    """Every difference, one a line (a Said: ``say(message, lang)``)."""
    return Said("save.differs", path=path, lines=Said.joined("\n  - ", differences))


# -- the save folder: the latest save, and temporary files an interrupted write left -------
# write_save, write_shared_text and the CSV export write a dot-file first and rename it.
ORPHAN_PATTERNS = (".save-*.json", ".krachtenveld-*", ".report-*", ".xapi-*", ".*.tmp")
ORPHAN_AGE = 3600.0  # seconds: a temporary file this old belongs to no write in progress


def clean_orphans(folder: Path, max_age: float = ORPHAN_AGE) -> list[Path]:
    """Remove temporary files of interrupted writes in ``folder`` (older than ``max_age``
    seconds, so a write in progress keeps its file); returns what was removed."""
    import time

    folder = Path(folder)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    seen: set[Path] = set()
    for pattern in ORPHAN_PATTERNS:
        for p in folder.glob(pattern):
            if p in seen or not p.name.startswith("."):
                continue
            seen.add(p)
            try:
                if p.is_file() and now - p.stat().st_mtime >= max_age:
                    p.unlink()
                    removed.append(p)
            except OSError:
                continue
    return removed


def save_files(folder: Path | None = None) -> list[Path]:
    """The saves in a folder (default: the user's save folder), newest first; temporary
    and hidden files are never taken for a save."""
    folder = data_dir() / "saves" if folder is None else Path(folder)
    if not folder.is_dir():
        return []
    clean_orphans(folder)
    found = []
    for p in folder.glob("*.json"):
        if p.name.startswith("."):
            continue
        try:
            if p.is_file():
                found.append((p.stat().st_mtime, p))
        except OSError:
            continue
    return [p for _t, p in sorted(found, key=lambda t: t[0], reverse=True)]


def last_save(folder: Path | None = None) -> Path | None:
    """The most recently written save in the user's save folder, if any."""
    saves = save_files(folder)
    return saves[0] if saves else None
