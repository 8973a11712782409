"""The record of finished games: one SQLite database in the user's data folder.

Every finished game becomes one row: the scenario, the organisation model, the difficulty,
the seed and the actions (enough to replay it), the team names, which roles a bot played,
the ending and the scores, the teams' answers to "wat doe je maandag anders?" and the date.
No personal data: teams are named, not students (docs/privacy.md).

- The JSON saves stay the source of truth; this database is an index over them that
  ``rebuild_from_saves`` can fill again at any time.
- The schema has a version (table ``schema_version``) and migration functions, one per step.
- Every write is one transaction (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error).
- A damaged database is never emptied: it is renamed with a timestamp suffix
  (``games.sqlite3.damaged-20261124T101500``), reported, and a new one is started. Only real
  damage is set aside (SQLite says "corrupt" or "not a database", or our checks fail).
- A busy database (another Krachtenveld recording, a backup tool holding a lock) is waited
  for ``BUSY_TIMEOUT`` seconds; then the record is queued as a small JSON file in
  ``pending-records/`` beside the database and written at the next open. The user is told.
- A full disk, a read-only folder or another I/O error is reported as what it is; the
  database is left as it was.

For the board and the text mode::

    from game.store.db import record_finished_game
    outcome = record_finished_game(game, teams={...}, bots=[...], application={...},
                                   save_path=path)
    outcome.ok, outcome.game_id, outcome.notices, outcome.error
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from game.lang import Said, file_error
from game.store.saves import (
    ROLES,
    SaveFileError,
    data_dir,
    read_application,
    read_bots,
    read_save,
    read_teams,
    write_save,
)

log = logging.getLogger(__name__)

DB_NAME = "games.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
RECORD_ENV = "KRACHTENVELD_RECORD"  # "0": record nothing (docs/privacy.md)
PENDING_DIR = "pending-records"  # records waiting for a busy database, beside it
BUSY_TIMEOUT = 10.0  # seconds a locked database is waited for


class StoreError(Exception):
    """The games database cannot be used; the message says why and what to do."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer Krachtenveld: it is left alone."""


class DatabaseBusy(StoreError):
    """Another program held the database locked for longer than BUSY_TIMEOUT. Nothing is
    wrong with it and nothing was changed."""


class DiskFull(StoreError):
    """The disk (or the user's quota) is full. The database stayed as it was."""


# SQLite's primary result codes (the low byte of an extended code).
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _code(e: BaseException) -> int | None:
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(e: BaseException) -> bool:
    """A lock held by another connection (not damage)."""
    return isinstance(e, sqlite3.Error) and (
        _code(e) in _BUSY or "database is locked" in str(e) or "database is busy" in str(e))


def is_disk_full(e: BaseException) -> bool:
    if isinstance(e, OSError):
        return e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return isinstance(e, sqlite3.Error) and (
        _code(e) == sqlite3.SQLITE_FULL or "database or disk is full" in str(e))


def is_read_only(e: BaseException) -> bool:
    if isinstance(e, OSError):
        return e.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    return isinstance(e, sqlite3.Error) and (
        _code(e) == sqlite3.SQLITE_READONLY or "readonly database" in str(e))


def is_damage(e: BaseException) -> bool:
    """SQLite says the file itself is bad: the only case a database is set aside."""
    return isinstance(e, sqlite3.DatabaseError) and (
        _code(e) in _DAMAGED or "malformed" in str(e) or "not a database" in str(e))


# The notices and errors are Said texts (game/lang/said.py): English as a str, said in the
# reader's language by whoever shows them (``say(notice, lang)``, ``error_text(e, lang)``).
def busy_message(path: Path) -> Said:
    return Said("store.busy", path=path)


def disk_full_message(path: Path) -> Said:
    return Said("store.disk_full", path=path)


def read_only_message(path: Path) -> Said:
    return Said("store.read_only", path=path)


class ReadOnly(StoreError):
    """The data folder or the database file cannot be written."""


def _store_error(e: BaseException, path: Path) -> StoreError:
    """A storage problem as the StoreError that says what it is (never "damaged")."""
    if isinstance(e, StoreError):
        return e
    if is_busy(e):
        return DatabaseBusy(busy_message(path))
    if is_disk_full(e):
        return DiskFull(disk_full_message(path))
    if is_read_only(e):
        return ReadOnly(read_only_message(path))
    return StoreError(Said("store.unusable", path=path, why=str(e)))


def _said(e: BaseException) -> str:
    """An error's text as a Said when it was made with one (so it can be said again)."""
    first = e.args[0] if e.args else None
    return first if isinstance(first, Said) else str(e)


def db_path() -> Path:
    return data_dir() / DB_NAME


def recording_enabled() -> bool:
    return os.environ.get(RECORD_ENV, "1").strip().lower() not in ("0", "no", "false", "off")


# ------------------------------------------------------------------------ migrations --

def _m1_first_schema(conn: sqlite3.Connection) -> None:
    """Version 1: one row per game with what it takes to replay it."""
    conn.execute("""
        CREATE TABLE games (
            id INTEGER PRIMARY KEY,
            scenario TEXT NOT NULL,
            model TEXT NOT NULL,
            difficulty TEXT NOT NULL,
            seed INTEGER NOT NULL,
            actions TEXT NOT NULL,          -- JSON list of action notations
            ending TEXT,
            finished_at TEXT NOT NULL       -- ISO 8601, UTC
        )""")


def _m2_teams_scores_answers(conn: sqlite3.Connection) -> None:
    """Version 2: teams, bots, scores and the application answers; one row per game (a key
    made from scenario, seed, model, difficulty and actions)."""
    for column in ("game_key TEXT", "teams TEXT NOT NULL DEFAULT '{}'",
                   "bots TEXT NOT NULL DEFAULT '[]'", "rank TEXT",
                   "scores TEXT NOT NULL DEFAULT '{}'", "application TEXT NOT NULL DEFAULT '{}'",
                   "save_path TEXT", "recorded_at TEXT", "app_version TEXT"):
        conn.execute(f"ALTER TABLE games ADD COLUMN {column}")
    seen: set[str] = set()
    rows = conn.execute(
        "SELECT id, scenario, seed, model, difficulty, actions FROM games ORDER BY id").fetchall()
    for gid, scenario, seed, model, difficulty, actions in rows:
        try:
            acts = json.loads(actions)
        except (TypeError, ValueError):
            acts = [str(actions)]
        key = game_key(scenario, seed, model, difficulty, acts)
        if key in seen:  # the same game twice in an old database: keep both rows
            key = f"{key}:{gid}"
        seen.add(key)
        conn.execute("UPDATE games SET game_key = ?, recorded_at = finished_at WHERE id = ?",
                     (key, gid))
    conn.execute("CREATE UNIQUE INDEX games_key ON games (game_key)")
    conn.execute("CREATE INDEX games_finished ON games (finished_at)")


# MIGRATIONS[i] takes the schema from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m1_first_schema,
    _m2_teams_scores_answers,
]
SCHEMA_VERSION = len(MIGRATIONS)


def game_key(scenario: str, seed: int, model: str, difficulty: str, actions: list[str]) -> str:
    """The same game (the same replay) always gets the same key."""
    blob = json.dumps([scenario, seed, model, difficulty, list(actions)], separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


# -------------------------------------------------------------------------- database --

@dataclass
class GameRecord:
    """One finished game, as it goes into the database."""

    scenario: str
    model: str
    difficulty: str
    seed: int
    actions: list[str]
    ending: str | None
    rank: str | None
    scores: dict[str, Any]
    teams: dict[str, str] = field(default_factory=dict)
    bots: list[str] = field(default_factory=list)
    application: dict[str, str] = field(default_factory=dict)
    finished_at: str = ""
    save_path: str | None = None
    app_version: str = ""

    @property
    def key(self) -> str:
        return game_key(self.scenario, self.seed, self.model, self.difficulty, self.actions)


class Database:
    """An open games database. Use ``open_db()``; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, notices: list[str]) -> None:
        self.conn = conn
        self.path = path
        self.notices = notices  # things the user should be told (a database set aside)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            _rollback(self.conn)
            raise

    @property
    def version(self) -> int:
        return _version(self.conn)

    def record(self, rec: GameRecord) -> int:
        """Insert a game, or update its row when the same game is recorded again (team
        names, bots and answers given now are merged with those already stored)."""
        now = _now()
        key = rec.key
        with self.transaction() as c:
            row = c.execute("SELECT id, teams, bots, application, save_path "
                            "FROM games WHERE game_key = ?", (key,)).fetchone()
            if row is None:
                cur = c.execute(
                    "INSERT INTO games (game_key, scenario, model, difficulty, seed, actions, "
                    "ending, rank, scores, teams, bots, application, finished_at, save_path, "
                    "recorded_at, app_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?)",
                    (key, rec.scenario, rec.model, rec.difficulty, rec.seed,
                     json.dumps(rec.actions), rec.ending, rec.rank,
                     json.dumps(rec.scores, ensure_ascii=False),
                     json.dumps(rec.teams, ensure_ascii=False), json.dumps(rec.bots),
                     json.dumps(rec.application, ensure_ascii=False), rec.finished_at or now,
                     rec.save_path, now, rec.app_version))
                return int(cur.lastrowid or 0)
            gid, teams, bots, answers, save_path = row
            teams_d = {**_loads(teams, {}), **rec.teams}
            bots_l = rec.bots or _loads(bots, [])
            answers_d = {**_loads(answers, {}), **rec.application}
            c.execute(
                "UPDATE games SET ending = ?, rank = ?, scores = ?, teams = ?, bots = ?, "
                "application = ?, save_path = ?, recorded_at = ?, app_version = ? "
                "WHERE id = ?",
                (rec.ending, rec.rank, json.dumps(rec.scores, ensure_ascii=False),
                 json.dumps(teams_d, ensure_ascii=False), json.dumps(bots_l),
                 json.dumps(answers_d, ensure_ascii=False), rec.save_path or save_path, now,
                 rec.app_version, gid))
            return int(gid)

    def set_application(self, game_id: int, answers: Mapping[str, str]) -> None:
        with self.transaction() as c:
            row = c.execute("SELECT application FROM games WHERE id = ?", (game_id,)).fetchone()
            if row is None:
                raise StoreError(f"no game with id {game_id}")
            merged = {**_loads(row[0], {}), **{r: t for r, t in answers.items() if r in ROLES}}
            c.execute("UPDATE games SET application = ? WHERE id = ?",
                      (json.dumps(merged, ensure_ascii=False), game_id))

    def delete(self, game_ids: list[int]) -> int:
        """Remove games from the record (the saves are not touched); returns how many."""
        with self.transaction() as c:
            n = 0
            for gid in game_ids:
                n += c.execute("DELETE FROM games WHERE id = ?", (gid,)).rowcount
            return n

    def games(self) -> list[dict[str, Any]]:
        """Every recorded game, oldest first, as plain data."""
        rows = self.conn.execute(
            "SELECT id, game_key, scenario, model, difficulty, seed, actions, ending, rank, "
            "scores, teams, bots, application, finished_at, save_path, recorded_at, "
            "app_version FROM games ORDER BY finished_at, id").fetchall()
        out = []
        for (gid, key, scenario, model, difficulty, seed, actions, ending, rank, scores, teams,
             bots, answers, finished, save_path, recorded, version) in rows:
            acts = _loads(actions, [])
            sc = _loads(scores, {})
            out.append({
                "id": gid, "game_key": key, "scenario": scenario, "model": model,
                "difficulty": difficulty, "seed": seed, "actions": acts,
                "n_actions": len(acts), "ending": ending, "rank": rank, "scores": sc,
                "teams": _loads(teams, {}), "bots": _loads(bots, []),
                "application": _loads(answers, {}), "finished_at": finished,
                "save_path": save_path, "recorded_at": recorded, "app_version": version,
            })
        return out


def open_db(path: Path | None = None, *, flush: bool = True) -> Database:
    """Open (and create or migrate) the games database. A damaged file is set aside and
    reported in ``Database.notices``; a database from a newer version raises DatabaseTooNew;
    a database locked by another program for longer than BUSY_TIMEOUT raises DatabaseBusy,
    a full disk DiskFull, any other I/O problem StoreError (nothing is set aside for those).
    Records queued while the database was busy are written now (``flush``)."""
    path = Path(path) if path is not None else db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _store_error(e, path) from e
    notices: list[str] = []
    why = _damage(path)
    if why is None:
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path)
            why = _check(conn)
            if why is None:
                _migrate(conn, path)
                database = Database(conn, path, notices)
                if flush:
                    flush_pending(database)
                return database
            conn.close()
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            if not is_damage(e):
                raise _store_error(e, path) from e
            why = str(e)
        except BaseException:
            if conn is not None:
                conn.close()
            raise
    try:
        moved = set_aside(path)
        conn = _connect(path)
        _migrate(conn, path)
    except (OSError, sqlite3.Error) as e:
        raise _store_error(e, path) from e
    notice = Said("store.damaged", path=path, why=why, moved=moved.name)
    # Told once, by whoever shows the notices (logging it as a warning too would print it
    # twice on a terminal: Python's last-resort log handler writes warnings to stderr).
    log.info(notice)
    notices.append(notice)
    database = Database(conn, path, notices)
    if flush:
        flush_pending(database)
    return database


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        conn.close()
        raise
    return conn


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo an open transaction. SQLite may already have rolled it back itself (a full
    disk, an I/O error): then there is nothing to undo, and the first error is the one the
    user must hear, not "cannot rollback - no transaction is active"."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.debug("rollback failed", exc_info=True)


def _damage(path: Path) -> str | None:
    """Why a file cannot be our database before opening it (None: it can be tried)."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise StoreError(Said("store.cannot_read", path=path, why=str(e))) from e
    if head and head != SQLITE_HEADER:
        return "not an SQLite database"
    return None


def _check(conn: sqlite3.Connection) -> str | None:
    """Why an open SQLite file is not a usable games database (None: it is)."""
    result = conn.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        return f"integrity check failed: {result[0] if result else 'no answer'}"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        if tables:
            return "tables without a schema_version: not a Krachtenveld database"
        return None
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    if row is None or not isinstance(row[0], int):
        return "schema_version has no version"
    if "games" not in tables and row[0] >= 1:
        return "the games table is missing"
    return None


def _version(conn: sqlite3.Connection) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def _migrate(conn: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema up to ``target``, one transaction per step. The version is read
    inside each transaction, so two programs opening the database at once do not both
    migrate it."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version(conn)
            if version > SCHEMA_VERSION:
                raise DatabaseTooNew(Said("store.too_new", path=path, version=version,
                                          known=SCHEMA_VERSION))
            if version >= target:
                conn.execute("COMMIT")
                return
            if version == 0:
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                             "(version INTEGER NOT NULL)")
                conn.execute("DELETE FROM schema_version")
                conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            MIGRATIONS[version](conn)
            conn.execute("UPDATE schema_version SET version = ?", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
        log.info("games database %s migrated to schema %d", path, version + 1)


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal files) with a timestamp suffix."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-journal", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        value = json.loads(text)
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# ----------------------------------------------------------------------- recording --

@dataclass
class RecordOutcome:
    """What happened when a game was recorded. It never raises for storage problems: the
    caller shows ``notices`` and ``error`` to the players and the game goes on."""

    game_id: int | None = None
    notices: list[str] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False  # recording is switched off (KRACHTENVELD_RECORD=0)
    queued: bool = False  # the database was busy: the record waits in pending-records/

    @property
    def ok(self) -> bool:
        return self.game_id is not None


def _storable(value: object) -> str:
    """Text SQLite can store: a lone surrogate (a crafted name) becomes '?' (issue 14)."""
    return str(value).encode("utf-8", "replace").decode("utf-8")


def game_record(game: Any, teams: Mapping[str, str] | None = None,
                bots: list[str] | None = None, application: Mapping[str, str] | None = None,
                save_path: Path | str | None = None, when: str | None = None) -> GameRecord:
    """The database row of a game (any Game with to_save() and result())."""
    from game import __version__

    save = game.to_save()
    r = game.result()
    return GameRecord(
        scenario=save["scenario"], model=save["model"], difficulty=save["difficulty"],
        seed=save["seed"], actions=list(save["actions"]), ending=r.ending, rank=r.rank,
        scores=r.to_dict(), teams={k: _storable(v) for k, v in (teams or {}).items()
                                   if k in ROLES and str(v).strip()},
        bots=[x for x in ROLES if x in (bots or [])],
        application={k: _storable(v) for k, v in (application or {}).items()
                     if k in ROLES and str(v).strip()},
        finished_at=when or "", save_path=str(save_path) if save_path else None,
        app_version=__version__)


def record_finished_game(game: Any, teams: Mapping[str, str] | None = None,
                         bots: list[str] | None = None,
                         application: Mapping[str, str] | None = None, *,
                         save_path: Path | str | None = None, db: Path | None = None,
                         when: str | None = None) -> RecordOutcome:
    """Put a finished game in the database (again: the same game updates its row, so call
    it at the end screen and once more when the teams have written their answers). A busy
    database is waited for, then the record is queued and written at the next open."""
    if not game.is_over():
        raise ValueError("only a finished game is recorded")
    if not recording_enabled():
        return RecordOutcome(skipped=True)
    outcome = RecordOutcome()
    path = Path(db) if db is not None else db_path()
    rec = game_record(game, teams, bots, application, save_path, when)
    try:
        with open_db(path) as database:
            outcome.notices.extend(database.notices)
            try:
                outcome.game_id = database.record(rec)
            except (OSError, sqlite3.Error) as e:
                raise _store_error(e, path) from e
    except DatabaseBusy as e:
        try:
            queue_record(rec, path)
        except OSError as qe:
            outcome.error = Said("store.not_queued", error=_said(e), why=str(qe))
        else:
            outcome.queued = True
            outcome.notices.append(Said("store.queued", error=_said(e),
                                        folder=path.parent / PENDING_DIR))
    except (OSError, sqlite3.Error, StoreError) as e:
        err = _store_error(e, path)
        outcome.error = _said(err) if isinstance(err, DiskFull | ReadOnly) else Said(
            "store.not_recorded", why=_said(err))
    if outcome.error:
        log.info(outcome.error)  # the caller shows it (a warning would print it twice)
    return outcome


# -------------------------------------------------------------- the queue (busy) --

def pending_dir(path: Path | None = None) -> Path:
    return (Path(path) if path is not None else db_path()).parent / PENDING_DIR


def queue_record(rec: GameRecord, path: Path | None = None) -> Path:
    """Keep a record for later (one file per game, written atomically; the same game queued
    twice is one file, so it is never recorded twice)."""
    folder = pending_dir(path)
    target = folder / f"{rec.key}.json"
    write_save(target, {"format": "krachtenveld-pending-record", "version": 1,
                        "queued_at": _now(), "record": dataclasses.asdict(rec)})
    return target


def flush_pending(database: Database) -> int:
    """Write the queued records into an open database; returns how many. A record stays
    queued while the database is busy; a queued file that cannot be read is renamed
    ``.bad`` (and told), never a reason to stop."""
    folder = database.path.parent / PENDING_DIR
    if not folder.is_dir():
        return 0
    n = 0
    names = {f.name for f in dataclasses.fields(GameRecord)}
    for file in sorted(folder.glob("*.json")):
        try:
            data = read_save(file)
            raw = data.get("record")
            if (not isinstance(raw, dict) or not {"scenario", "seed", "actions"} <= set(raw)
                    or not isinstance(raw["actions"], list) or type(raw["seed"]) is not int):
                raise SaveFileError(f"{file}: not a queued record")
            rec = GameRecord(**{k: v for k, v in raw.items() if k in names})
        except (SaveFileError, TypeError, ValueError) as e:
            bad = file.with_name(file.name + ".bad")
            try:
                os.replace(file, bad)
            except OSError:
                continue
            database.notices.append(Said("store.queue_unreadable", name=bad.name,
                                         why=_said(e)))
            continue
        try:
            database.record(rec)
        except sqlite3.Error as e:
            log.info("queued record %s stays queued: %s", file.name, e)
            break
        try:
            file.unlink()  # after the commit: killed in between, it is recorded again
        except OSError:  # (the same game updates its row, it is never doubled)
            break
        n += 1
    if n:
        database.notices.append(Said("store.queue_recorded_one" if n == 1
                                     else "store.queue_recorded_many", n=n))
    return n


def record_save(data: Mapping[str, Any], scenario: Any = None, *,
                save_path: Path | str | None = None, database: Database | None = None,
                when: str | None = None) -> int | None:
    """Record a save (a dict) if its game is finished; returns the row id (None: not
    finished). Raises the engine's SaveError for a save that does not replay."""
    from game.engine import Game

    if scenario is None:  # the casus the save carries (issue 14), else by id
        from game.store.saves import resolve_scenario

        scenario = resolve_scenario(dict(data), Path(save_path or "save"))[0]
    game = Game.from_save(dict(data), scenario)
    if not game.is_over():
        return None
    rec = game_record(game, read_teams(dict(data)), read_bots(dict(data)),
                      read_application(dict(data)), save_path, when)
    if database is not None:
        return database.record(rec)
    with open_db() as db:
        return db.record(rec)


def looks_like_save(data: Any) -> bool:
    """JSON that means to be a save. Beside the saves a user may keep other files of ours:
    a report's log ("krachtenveld-report-log"), a comparison ("krachtenveld-compare"), a
    queued record, an xAPI export (a JSON array). Those carry another ``format`` (or are no
    object) and are skipped; a damaged save still looks like one, and is reported."""
    from game.engine.game import SAVE_FORMAT

    if not isinstance(data, dict):
        return False
    fmt = data.get("format")
    if isinstance(fmt, str) and fmt.startswith("krachtenveld") and fmt != SAVE_FORMAT:
        return False
    return fmt == SAVE_FORMAT or "actions" in data or "scenario" in data


def _other_json(path: Path) -> bool:
    """A readable JSON file that is not a save (a broken file is left to read_save)."""
    try:
        return not looks_like_save(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return False


def rebuild_from_saves(folder: Path | None = None, database: Database | None = None,
                       ) -> dict[str, Any]:
    """Record every finished game among the saves in a folder (default: the user's saves).
    Games already in the database are updated, not doubled."""
    folder = Path(folder) if folder is not None else data_dir() / "saves"
    done: list[str] = []
    unfinished: list[str] = []
    errors: list[str] = []
    other: list[str] = []
    own = database is None
    db = database or open_db()
    try:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            if path.name.startswith("."):  # a temporary file of an atomic write
                continue
            if _other_json(path):
                other.append(str(path))
                continue
            try:
                data = read_save(path)
                when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(
                    microsecond=0).isoformat()
                gid = record_save(data, save_path=path, database=db, when=when)
            except (SaveFileError, ValueError, LookupError, OSError) as e:
                errors.append(file_error(path, e))  # (a Said: say() it)
                continue
            except Exception as e:  # noqa: BLE001 - e.g. a casus that no longer loads: go on
                errors.append(f"{path}: {type(e).__name__}: {e}")
                continue
            (done if gid is not None else unfinished).append(str(path))
        return {"recorded": done, "unfinished": unfinished, "errors": errors,
                "other": other, "notices": list(db.notices)}
    finally:
        if own:
            db.close()
