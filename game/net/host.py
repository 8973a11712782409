"""The classroom server: several tables on one laptop, each team on its own device.

One asyncio process (aiohttp: static files and WebSockets in one well-kept library) holds
every table's game and is the only one that applies actions. A device joins a table by its
short room code, takes a free seat and gets a secret token for it; from then on it may act
for that seat only. Every inbound frame is checked by protocol.parse; every outbound frame
is built by present.frame from the audience's own view (Conn.push is the only sender).
After every action the table is saved (the save format every other command reads) and the
seats' tokens go to a manifest beside it, so ``host --resume`` brings every table back and
the devices rejoin by themselves. A save is in place (written and renamed: a killed host
loses nothing) before anyone is shown what it holds; its sync to disk (against a power loss)
follows in one background thread for every table at once (store.saves.GroupSync).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from aiohttp import WSMsgType, web

from game.engine import Action, Game, IllegalAction, NotationError
from game.lang import Said, file_error
from game.lang import t as lang_t
from game.net.present import ROLES, bare_frame, console_frame, frame, index_state
from game.net.protocol import MAX_BYTES, BadMessage, Inbound, parse
from game.table import Table, default_save_path
from game.table.sync import SYNC_AFTER_RENAME, GroupSync
from game.table.table import save_failure

STATIC = Path(__file__).with_name("static")
CODE_LETTERS = "ACDEFHJKLMNPRTUVWXY3479"  # no look-alikes (0/O, 1/I/L, 5/S, 8/B, 2/Z)
MANIFEST_FORMAT = "krachtenveld-host"
PROPOSALS_KEY = "proposals"  # in a save: whose private proposals the table followed
RATE = 20  # frames per second a device may send (a burst of twice that is fine)


def _encode(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def new_code(taken: set[str], rng: secrets.SystemRandom | None = None) -> str:
    rng = rng or secrets.SystemRandom()
    while True:
        code = "".join(rng.choice(CODE_LETTERS) for _ in range(4))
        if code not in taken:
            return code


def new_token() -> str:
    return secrets.token_urlsafe(18)


@dataclass
class Seat:
    token: str
    conn: Conn | None = None


class NetTable(Table):
    """A table of the classroom: its save also says whose private proposals the table
    followed (for the debrief)."""

    def __init__(self, game: Game, **kw: Any) -> None:
        followed = kw.pop("followed", None)
        super().__init__(game, **kw)
        self.followed: list[dict[str, Any]] = list(followed or [])
        # While the host serves, a change only marks the table as not saved yet; the save
        # is made (on the loop, where the game lives) when Host.write_later starts writing
        # it in a thread, before anyone is shown what it holds: one table's write does not
        # hold up every other table's updates, and the bots' moves of one turn make one save
        # (with its state hash), not one each. The write's sync to disk is not waited for
        # (Host.syncer).
        self.deferred = False
        self.dirty = False  # a change not yet in a save on disk

    def save(self) -> None:
        if self.deferred and self.save_path is not None:
            self.dirty = True
            return
        super().save()

    def take_save(self) -> bytes | None:
        """The file content of the table's save as it is now, if it changed since the last
        one taken (then it is no longer dirty)."""
        if not self.dirty:
            return None
        self.dirty = False
        return self.encode(self.to_save())

    def to_save(self) -> dict[str, Any]:
        data = super().to_save()
        if self.followed:
            data[PROPOSALS_KEY] = list(self.followed)
        return data


class Conn:
    """One WebSocket: a team device, the projector or the teacher's console. Its socket is
    private; ``push`` is the only way to send to it, and builds the frame from the view."""

    def __init__(self, host: Host, ws: web.WebSocketResponse) -> None:
        self.host = host
        self._ws = ws
        self.room: Room | None = None
        self.audience = "lobby"  # a role, "lobby", "board", "index" or "console"
        self.lang = host.lang
        self.allowance = float(RATE * 2)
        self.stamp = time.monotonic()
        self.shown = 0  # the generation of its table's newest state frame it was sent

    async def push(self, kind: str, **extra: Any) -> None:
        if self._ws.closed:
            return
        if kind == "state" and self.room is not None and self.audience not in (
                "console", "index"):
            await self.host.flush(self.room)  # (what it is shown is on disk first)
            if self.room is None:
                return  # it left the table meanwhile
            self.shown = self.room.generation  # newer than any broadcast under way
            if self.audience in ROLES:
                self.host.want_debrief(self.room, self.lang)
        if self.audience == "console" and kind == "state":
            await self._send(*console_frame(list(self.host.rooms.values()), self.lang))
            return
        if self.audience == "index" and kind == "state":
            data = index_state(list(self.host.rooms.values()), self.lang)
        elif self.room is None or self.audience in ("console", "index"):
            data = bare_frame(kind, self.lang, **extra)  # no game to say anything about
        else:
            data = frame(self.room, self.audience, kind, self.lang, **extra)
        await self._send(data, _encode(data))

    def state_key(self) -> tuple[str, str]:
        """Who this connection's state frame is for: devices with the same key get the
        same frame (within one broadcast, of one table)."""
        return self.audience, self.lang

    def state_frame(self) -> tuple[dict[str, Any], str]:
        """This connection's state frame as it is now, and its text (see push)."""
        if self.audience == "console":
            return console_frame(list(self.host.rooms.values()), self.lang)
        if self.audience == "index":
            data = index_state(list(self.host.rooms.values()), self.lang)
        else:
            assert self.room is not None
            data = frame(self.room, self.audience, "state", self.lang)
        return data, _encode(data)

    async def send_made(self, data: dict[str, Any], text: str, generation: int) -> None:
        """Send a state frame Host.broadcast made for this connection's audience
        (state_frame of a connection with the same state_key)."""
        if self._ws.closed:
            return
        self.shown = max(self.shown, generation)
        await self._send(data, text)

    async def _send(self, data: dict[str, Any], text: str) -> None:
        if self.host.tap is not None:
            self.host.tap(self, data)
        try:
            await self._ws.send_str(text)
        except (ConnectionError, RuntimeError):
            pass  # the device went away; its seat stays and it may rejoin

    async def close(self) -> None:
        await self._ws.close()

    def allow(self) -> bool:
        """A small token bucket: a device that floods the host is told to slow down."""
        now = time.monotonic()
        self.allowance = min(RATE * 2.0, self.allowance + (now - self.stamp) * RATE)
        self.stamp = now
        if self.allowance < 1:
            return False
        self.allowance -= 1
        return True


@dataclass(eq=False)
class Room:
    """One table of the class: its Table (game, teams, bots, autosave, record), its seats
    and who watches it."""

    code: str
    table: NetTable
    seats: dict[str, Seat] = field(default_factory=dict)
    paused: bool = False
    revealed: bool = False
    proposals_on: bool = False
    proposals: dict[str, str] = field(default_factory=dict)  # role -> action notation
    conns: set[Conn] = field(default_factory=set)
    base_url: str = ""
    writing: asyncio.Future[None] | None = None  # the save being written (Host.write_later)
    sync_ticket: int = 0  # its latest write's ticket at Host.syncer (flush(durable=True))
    recording: asyncio.Lock = field(default_factory=asyncio.Lock)  # Host.record, in order
    # after the game: the debrief data by language (Table.debrief), made in a thread
    debriefs: dict[str, dict[str, Any]] = field(default_factory=dict)
    debriefing: set[str] = field(default_factory=set)  # languages being made now
    generation: int = 0  # one more at every broadcast (a device is never sent an older one)
    # the table's part of the console by language: (summary_key, its data, its text)
    console_cache: dict[str, tuple[tuple[Any, ...], dict[str, Any], str]] = field(
        default_factory=dict)

    @property
    def game(self) -> Game:
        return self.table.game

    def summary_key(self) -> tuple[Any, ...]:
        """What the table's part of the console is made of, in short: its game (the moves
        and every broadcast), its seats and links, the teacher's switches. The part is made
        again when this changes (present.console_frame)."""
        return (self.generation, len(self.game.state.history), self.base_url, self.paused,
                self.revealed, self.proposals_on,
                tuple((r, s.token, s.conn is not None) for r, s in self.seats.items()),
                tuple(self.table.teams.items()), tuple(sorted(self.table.bot_roles)))

    @property
    def application(self) -> dict[str, str]:
        return self.table.application

    # what present.py asks about the seats
    def teams(self) -> dict[str, str]:
        return self.table.teams

    def taken(self, role: str) -> bool:
        return role in self.seats

    def connected(self, role: str) -> bool:
        s = self.seats.get(role)
        return s is not None and s.conn is not None

    def is_bot(self, role: str) -> bool:
        return self.table.is_bot(role)

    def debrief(self, lang: str) -> dict[str, Any] | None:
        """The debrief data in this language once made (Host.want_debrief), else None."""
        return self.debriefs.get(lang)

    def join_path(self) -> str:
        return f"/?room={self.code}"

    def join_url(self) -> str:
        return f"{self.base_url}{self.join_path()}"

    def seat_link(self, role: str) -> str | None:
        """The link that gives its device this seat (for the teacher's console only)."""
        seat = self.seats.get(role)
        return f"{self.join_url()}&seat={seat.token}" if seat is not None else None

    def seat_of(self, token: str) -> str | None:
        for role, s in self.seats.items():
            if secrets.compare_digest(s.token, token):
                return role
        return None


class Host:
    """Every table of one class, the console's key, and where it all is saved."""

    def __init__(self, folder: Path, lang: str = "nl", bot_level: str = "normaal",
                 console_key: str | None = None) -> None:
        self.folder = folder
        self.lang = lang
        self.bot_level = bot_level
        self.console_key = console_key or new_token()
        self.rooms: dict[str, Room] = {}
        self.consoles: set[Conn] = set()
        # "wat als?" from the console (game/table/whatif.py): tables computing one now
        self.wat_als_busy: set[str] = set()
        self.wat_als_games = 200
        self.wat_als_processes: int | None = None
        self.indexes: set[Conn] = set()  # projectors showing every table's code
        self.all_conns: set[Conn] = set()
        self.tap: Callable[[Conn, dict[str, Any]], None] | None = None  # tests record frames
        self.base_url = ""
        self.version = 0  # one more at every broadcast: the board window redraws then
        self.log: Callable[[str], None] = lambda line: None
        self.background: set[asyncio.Task[None]] = set()  # recording, debriefs
        self.deferring = False  # saves written by Host.flush (while serving)
        # While serving (where a file in place can be synced by name, see SYNC_AFTER_RENAME):
        # a save is renamed into place before the move is shown, and synced to disk here
        # afterwards, every table's in one batch. Otherwise each write syncs before its rename.
        self.syncer: GroupSync | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- tables ------------------------------------------------------------------------

    def add_table(self, game: Game, code: str | None = None) -> Room:
        code = code or new_code(set(self.rooms))
        table = NetTable(game, bot_level=self.bot_level,
                         save_path=default_save_path(f"{game.scenario.id}-{code}"))
        room = Room(code, table, base_url=self.base_url)
        self.rooms[code] = room
        self.save(room)  # at once: the manifest below points at it
        table.deferred = self.deferring
        self.write_manifest()
        return room

    @property
    def manifest_path(self) -> Path:
        return self.folder / "host.json"

    def save(self, room: Room) -> None:
        """The table's save (what `report`, `replay` and `play --load` read). The table
        saves itself after every action; this is for changes beside the game (answers)."""
        room.table.save()
        self._save_problem(room)

    def write_later(self, room: Room) -> None:
        """Start writing the table's save as it is now in a thread (one write at a time per
        table, in order), unless a write is under way or nothing changed. The save and its
        JSON are made here, on the loop (where the game lives; quick, and at most once per
        update, not once per bot move); the thread only writes, syncs and renames (the
        slow part), which hardly needs the interpreter: the loop's work does not hold up
        the sync, nor the sync the loop."""
        job = room.writing
        if job is not None and not job.done():
            return
        blob = room.table.take_save()
        if blob is None:
            return
        job = asyncio.get_running_loop().run_in_executor(None, self._write, room, blob)
        job.add_done_callback(lambda _job: self._save_problem(room, written=True))
        room.writing = job

    def _write(self, room: Room, blob: bytes) -> None:
        """(In a thread.) Write the save and rename it into place; with a syncer, its sync
        to disk is left to the syncer's next batch."""
        syncer, table = self.syncer, room.table
        table.write(blob, sync=syncer is None)
        if syncer is not None and table.save_error is None and table.save_path is not None:
            room.sync_ticket = syncer.add(table.save_path, self._sync_failed(room))

    def _sync_failed(self, room: Room) -> Callable[[Path, OSError], None]:
        def failed(path: Path, e: OSError) -> None:  # (in the syncer's thread)
            room.table.save_error = save_failure(path, e)
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._save_problem, room, True)

        return failed

    async def flush(self, room: Room, durable: bool = False) -> None:
        """Until the table's newest save is in place (a killed host would resume it): wait
        for the write under way, then write what changed meanwhile. ``durable``: and until
        it is synced to disk too (a power loss would not lose it)."""
        while True:
            job = room.writing
            if job is not None and not job.done():
                await asyncio.shield(job)  # (a waiter that goes away leaves the write be)
                continue
            if not room.table.dirty or room.table.save_path is None:
                break
            self.write_later(room)
        syncer = self.syncer
        if durable and syncer is not None and not syncer.synced(room.sync_ticket):
            await asyncio.to_thread(syncer.wait, room.sync_ticket)

    def _save_problem(self, room: Room, written: bool = False) -> None:
        if room.table.deferred and not written:
            return  # the save is not written yet: Host.flush tells
        if room.table.save_error:
            self.log(lang_t("host.save_failed", self.lang, code=room.code,
                            why=room.table.save_error))

    def write_manifest(self) -> None:
        data = {"format": MANIFEST_FORMAT, "version": 1, "console_key": self.console_key,
                "lang": self.lang, "bot_level": self.bot_level,
                "tables": [{"code": r.code, "save": str(r.table.save_path),
                            "seats": {role: {"token": s.token} for role, s in r.seats.items()},
                            "proposals_on": r.proposals_on,
                            "proposals": dict(r.proposals)}
                           for r in self.rooms.values()]}
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.manifest_path.with_suffix(".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1)
            os.replace(tmp, self.manifest_path)
        except OSError as e:
            self.log(lang_t("host.manifest_failed", self.lang, path=self.manifest_path, why=e))

    @classmethod
    def resume(cls, folder: Path, loader: Callable[[str], Any]) -> Host:
        """Every table of the last host from its autosave, with its seats' tokens. Raises
        ValueError saying what is wrong (no manifest, a broken save), made with a Said text
        (``error_text(e, lang)`` says it in the teacher's language)."""
        from game.table import SaveFileError

        path = folder / "host.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ValueError(Said("host.no_class", path=path)) from None
        except (OSError, ValueError) as e:
            raise ValueError(Said("host.manifest_unreadable", path=path, why=str(e))) from None
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError(Said("host.not_a_manifest", path=path))
        host = cls(folder, lang=str(data.get("lang", "nl")),
                   bot_level=str(data.get("bot_level", "normaal")),
                   console_key=str(data.get("console_key") or new_token()))
        for t in data.get("tables", []):
            save_path = Path(str(t.get("save")))
            try:
                table = cast(NetTable, NetTable.from_save(save_path, loader))
                # the save read well just now; its list of followed proposals too
                followed = json.loads(save_path.read_text(encoding="utf-8")).get(PROPOSALS_KEY)
                table.followed = [p for p in (followed if isinstance(followed, list) else [])
                                  if isinstance(p, dict)]
            except (SaveFileError, OSError, ValueError, KeyError) as e:
                raise ValueError(Said("host.table_unreadable", code=t.get("code"),
                                      why=file_error(save_path, e))) from None
            room = Room(str(t["code"]), table)
            for role, s in dict(t.get("seats", {})).items():
                if role in ROLES and isinstance(s, dict) and isinstance(s.get("token"), str):
                    room.seats[role] = Seat(s["token"])
            room.proposals_on = bool(t.get("proposals_on"))
            room.proposals = {k: str(v) for k, v in dict(t.get("proposals", {})).items()
                              if k in ROLES}
            host.rooms[room.code] = room
        return host

    def set_base_url(self, url: str) -> None:
        self.base_url = url
        for r in self.rooms.values():
            r.base_url = url

    # -- playing -----------------------------------------------------------------------

    async def broadcast(self, room: Room) -> None:
        """Every device of the table, the consoles and the projectors' lists get the state as
        it is now, once it is on disk. Each audience's frame (a role, the board, the lobby,
        in one language) is made and encoded once, and only for audiences someone is
        connected as. (Making them while the save is synced was tried: the sync's thread
        then waits for the interpreter, and the updates came later, not sooner.)"""
        await self.flush(room)  # what the devices are shown is on disk first
        room.generation += 1
        generation = room.generation
        self.version += 1
        made: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for c in list(room.conns):
            if c.room is not room or c.shown >= generation:
                continue  # it left the table, or was sent a newer state meanwhile
            key = c.state_key()
            if key not in made:
                if c.audience in ROLES:
                    self.want_debrief(room, c.lang)
                made[key] = c.state_frame()
            await c.send_made(*made[key], generation)
        # every table's summary (the consoles, the projectors' lists): once per language
        overview: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for c in [*self.consoles, *self.indexes]:
            if c.audience not in ("console", "index"):
                continue  # (it went elsewhere meanwhile)
            key = c.state_key()
            if key not in overview:
                overview[key] = c.state_frame()
            await c.send_made(*overview[key], 0)

    def after_move(self, room: Room) -> None:
        """Let the bots play (people first) and record a finished game (every action is
        already saved by the table)."""
        if not room.paused:
            room.table.play_bots(limit=500)
        self._save_problem(room)
        if room.game.is_over():
            self._in_background(self.record(room))

    async def record(self, room: Room, force: bool = False) -> None:
        """Put a finished game in the games list (again after new Monday answers), in a
        thread (the database's write and sync hold up no other table), one at a time per
        table and in order."""
        async with room.recording:
            note = await asyncio.to_thread(room.table.record, force)
        if note:
            self.log(lang_t("host.record_note", self.lang, code=room.code, note=note))

    def want_debrief(self, room: Room, lang: str) -> None:
        """After the game each team's device shows its debrief, made from a replay of the
        whole game (tens of milliseconds): made in a thread, once per language, then sent
        (until then the devices show the end without it); the other tables go on."""
        if (not room.game.is_over() or lang in room.debriefs or lang in room.debriefing):
            return
        room.debriefing.add(lang)

        async def make() -> None:
            try:
                room.debriefs[lang] = await asyncio.to_thread(room.table.debrief, lang)
            except Exception:  # the end stays on screen; the next update tries again
                import logging

                logging.getLogger(__name__).exception("the debrief of %s failed", room.code)
                return
            finally:
                room.debriefing.discard(lang)
            await self.broadcast(room)

        self._in_background(make())

    def _in_background(self, job: Any) -> None:
        task = asyncio.ensure_future(job)
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    # -- one inbound frame ---------------------------------------------------------------

    async def handle(self, conn: Conn, raw: str) -> None:
        if not conn.allow():
            await self._error(conn, "slow_down")
            return
        try:
            m = parse(raw)
        except BadMessage as e:
            await self._error(conn, e.code)
            return
        handler = getattr(self, f"_on_{m.type}")
        try:
            await handler(conn, m)
        except Exception as e:  # one bad frame must not end the class
            import logging

            logging.getLogger(__name__).exception("frame %s failed", m.type)
            self.log(lang_t("host.frame_failed", self.lang, type=m.type, why=e))
            await self._error(conn, "host_error")
            if conn.room is not None:
                await conn.push("state")  # the device shows what really is

    async def _error(self, conn: Conn, code: str, reason: Any = None) -> None:
        if reason is None:
            await conn.push("error", code=code)
        else:
            await conn.push("error", code=code, reason=reason)

    async def _on_ping(self, conn: Conn, m: Inbound) -> None:
        pass

    async def _on_lang(self, conn: Conn, m: Inbound) -> None:
        conn.lang = m.get("lang")
        if conn.room is not None or conn.audience in ("console", "index"):
            await conn.push("state")

    async def _on_hello(self, conn: Conn, m: Inbound) -> None:
        room = self.rooms.get(m.get("room"))
        if m.get("lang"):
            conn.lang = m.get("lang")
        if room is None:
            await self._error(conn, "no_room")
            return
        self._leave(conn)
        conn.room = room
        conn.audience = "lobby"
        room.conns.add(conn)
        token = m.get("token")
        if token:
            role = room.seat_of(token)
            if role is None:
                await self._error(conn, "bad_token")
            else:
                await self._bind(conn, room, role)
                return
        await conn.push("state")

    async def _bind(self, conn: Conn, room: Room, role: str) -> None:
        seat = room.seats[role]
        old = seat.conn
        seat.conn = conn
        conn.audience = role
        if old is not None and old is not conn:
            # a second device for the same seat replaces the first
            await self._drop(room, old, "replaced")
        await conn.push("welcome", role=role, token=seat.token)
        await self.broadcast(room)

    async def _on_claim(self, conn: Conn, m: Inbound) -> None:
        room = conn.room
        if room is None:
            await self._error(conn, "no_room")
            return
        role = m.get("role")
        if conn.audience in ROLES:
            await self._error(conn, "seat_taken" if conn.audience != role else "bad_control")
            return
        if room.taken(role) or room.is_bot(role):
            await self._error(conn, "seat_taken")
            return
        room.seats[role] = Seat(new_token())
        team = str(m.get("team", "")).strip()[:40]
        if team:
            room.table.teams[role] = team
        self.save(room)
        self.write_manifest()
        await self._bind(conn, room, role)

    async def _seat(self, conn: Conn) -> tuple[Room, str] | None:
        """The room and role of a seated device; a device without a seat is told so."""
        if conn.room is None or conn.audience not in ROLES:
            await self._error(conn, "no_seat")
            return None
        return conn.room, conn.audience

    async def _on_act(self, conn: Conn, m: Inbound) -> None:
        seated = await self._seat(conn)
        if seated is None:
            return
        room, role = seated
        try:
            action = Action.parse(m.get("action"))
        except (NotationError, IllegalAction, ValueError):
            await self._error(conn, "bad_field")
            return
        if action.role != role:
            await self._error(conn, "not_yours")
            return
        if room.paused:
            await self._error(conn, "paused")
            return
        if room.is_bot(role):
            await self._error(conn, "bot_seat")
            return
        proposals = dict(room.proposals)
        rnd = room.game.round
        try:
            room.table.apply(action, role=role)
        except IllegalAction as e:
            await self._error(conn, "illegal", e.reason)
            return
        if room.proposals_on and proposals:
            # whose proposals the table followed: the debrief shows the hierarchy
            room.table.followed.append({"round": rnd, "action": str(action), "by": role,
                                        "proposed_by": sorted(r for r, a in proposals.items()
                                                              if a == str(action))})
            room.proposals = {r: a for r, a in proposals.items() if a != str(action)}
            self.save(room)
            self.write_manifest()
        self.after_move(room)
        await self.broadcast(room)

    async def _on_propose(self, conn: Conn, m: Inbound) -> None:
        seated = await self._seat(conn)
        if seated is None:
            return
        room, role = seated
        if not room.proposals_on:
            await self._error(conn, "no_proposals")
            return
        try:
            action = Action.parse(m.get("action"))
        except (NotationError, IllegalAction, ValueError):
            await self._error(conn, "bad_field")
            return
        if action.role not in ROLES or room.game.reason(action) is not None:
            await self._error(conn, "bad_control")
            return
        room.proposals[role] = str(action)
        self.write_manifest()
        await conn.push("notice", code="proposed")
        await self.broadcast(room)

    async def _on_monday(self, conn: Conn, m: Inbound) -> None:
        seated = await self._seat(conn)
        if seated is None:
            return
        room, role = seated
        if not room.game.is_over():
            await self._error(conn, "not_over")
            return
        room.table.set_answers({role: str(m.get("text", ""))})
        self.save(room)
        await self.flush(room, durable=True)  # "saved" means on disk
        await self.record(room, force=True)
        await conn.push("notice", code="saved_answer")
        await self.broadcast(room)

    async def _on_watch(self, conn: Conn, m: Inbound) -> None:
        if m.get("lang"):
            conn.lang = m.get("lang")
        self._leave(conn)
        code = m.get("room")
        if not code:
            conn.audience = "index"
            self.indexes.add(conn)
            await conn.push("state")
            return
        room = self.rooms.get(code)
        if room is None:
            await self._error(conn, "no_room")
            return
        conn.room = room
        conn.audience = "board"
        room.conns.add(conn)
        await conn.push("state")

    async def _on_console(self, conn: Conn, m: Inbound) -> None:
        if not secrets.compare_digest(m.get("key"), self.console_key):
            await self._error(conn, "no_console")
            return
        if m.get("lang"):
            conn.lang = m.get("lang")
        self._leave(conn)
        conn.audience = "console"
        self.consoles.add(conn)
        await conn.push("state")

    async def _on_control(self, conn: Conn, m: Inbound) -> None:
        if conn.audience != "console":
            await self._error(conn, "no_console")
            return
        problem = await self.control(m.get("room"), m.get("do"), role=m.get("role"),
                                     force=m.get("force"))
        if problem is not None:
            await self._error(conn, problem)

    async def control(self, code: str | None, do: str | None, role: str | None = None,
                      force: str | None = None) -> str | None:
        """One of the teacher's controls on a table: from the web console and from the keys
        of the board window alike (one code path; "release" comes from the window only).
        Returns None when done, else the error's code ("no_room", "bad_control")."""
        room = self.rooms.get(code or "")
        if room is None:
            return "no_room"
        game = room.game
        try:
            if do in ("pause", "resume"):
                room.paused = do == "pause"
            elif do in ("reveal", "hide"):
                room.revealed = do == "reveal"
            elif do == "proposals":
                room.proposals_on = not room.proposals_on
                room.proposals.clear()
            elif do == "inject" and force in game.scenario.forces:
                room.table.apply(f"facilitator:injecteer({force})")
            elif do == "end":
                room.table.apply("facilitator:einde")
            elif do == "kick" and role in room.seats:
                seat = room.seats.pop(role)
                if seat.conn is not None:
                    await self._drop(room, seat.conn, "kicked")
            elif do == "move" and role in room.seats:
                # the team goes on on another device: its seat gets a new token (the old
                # device's is void, the seat stays the team's), the link is in the console
                old = room.seats[role].conn
                room.seats[role] = Seat(new_token())
                if old is not None:
                    await self._drop(room, old, "replaced")
            elif do == "release" and role in room.seats:
                # the board window's "another device": no new link (a link must never be on
                # the projector), the seat is free again for the team's new device, which
                # joins with the room code and picks its role; the old token is void
                seat = room.seats.pop(role)
                if seat.conn is not None:
                    await self._drop(room, seat.conn, "replaced")
            elif do == "assign" and role and not room.taken(role) and not room.is_bot(role):
                # the teacher assigns a role: a seat with a link to hand to that team
                room.seats[role] = Seat(new_token())
            elif do in ("bot", "human") and role:
                room.table.set_bot(role, do == "bot")
            else:
                return "bad_control"
        except IllegalAction:
            return "bad_control"
        self.after_move(room)
        self.write_manifest()  # seats, bots and proposals live there
        await self.broadcast(room)
        return None

    async def _drop(self, room: Room, old: Conn, kind: str) -> None:
        """A device leaves its seat by the teacher's hand; it is told why."""
        room.conns.discard(old)
        await old.push(kind)
        old.room = None
        old.audience = "lobby"
        await old.close()

    async def _on_wat_als(self, conn: Conn, m: Inbound) -> None:
        """The console's "wat als?" for a finished table: computed off the event loop (in a
        thread that runs the worker processes), answered to that console only."""
        import asyncio

        from game.table.whatif import Change, WhatIfJob, text

        if conn.audience != "console":
            await self._error(conn, "no_console")
            return
        room = self.rooms.get(m.get("room"))
        if room is None:
            await self._error(conn, "no_room")
            return
        if not room.game.is_over():
            await self._error(conn, "not_over")
            return
        if room.code in self.wat_als_busy:
            await self._error(conn, "wat_als_busy")
            return
        kind, at = m.get("kind"), int(m.get("at"))
        change = (Change(kind, round=at, what=m.get("what"))
                  if kind in ("force_on", "force_off", "model")
                  else Change(kind, move=at, what=m.get("what")))
        job = WhatIfJob(room.table, change, games=self.wat_als_games,
                        keep=m.get("bots") != "ja", lang=conn.lang,
                        processes=self.wat_als_processes)
        self.wat_als_busy.add(room.code)
        try:
            await asyncio.to_thread(job.work)
        finally:
            self.wat_als_busy.discard(room.code)
        if job.result is not None:
            await conn.push("wat_als", room=room.code, ok=True,
                            text=text(job.result, room.table.scenario, conn.lang))
        else:
            await conn.push("wat_als", room=room.code, ok=False, text=job.error or "")

    def _leave(self, conn: Conn) -> None:
        room = conn.room
        self.consoles.discard(conn)
        self.indexes.discard(conn)
        if room is None:
            return
        room.conns.discard(conn)
        if conn.audience in room.seats and room.seats[conn.audience].conn is conn:
            room.seats[conn.audience].conn = None
        conn.room = None
        conn.audience = "lobby"

    async def gone(self, conn: Conn) -> None:
        room = conn.room
        self._leave(conn)
        if room is not None:
            await self.broadcast(room)

    # -- the web application -----------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BYTES)
        app.router.add_get("/", _page("index.html"))
        app.router.add_get("/board", _page("board.html"))
        app.router.add_get("/console", _page("console.html"))
        app.router.add_get("/words.js", _words)
        app.router.add_get("/qr/{code}.svg", self._qr)
        app.router.add_get("/ws", self._ws)
        app.router.add_static("/static/", STATIC, show_index=False)
        app.on_response_prepare.append(_headers)
        app.on_startup.append(self._startup)
        app.on_shutdown.append(self._shutdown)
        return app

    async def _startup(self, app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()
        if SYNC_AFTER_RENAME and self.syncer is None:
            self.syncer = GroupSync()
        self.defer_saves(True)

    def defer_saves(self, on: bool) -> None:
        """While serving, saves are written by Host.flush (off the loop); else at once."""
        self.deferring = on
        for r in self.rooms.values():
            r.table.deferred = on
            if not on and r.table.dirty:  # a change after the last write: saved now
                r.table.dirty = False
                r.table.save()

    async def _shutdown(self, app: web.Application) -> None:
        while self.background:  # the games list and the debriefs made
            await asyncio.gather(*self.background, return_exceptions=True)
        for room in list(self.rooms.values()):
            await self.flush(room)  # every save in place before the host goes
        syncer, self.syncer = self.syncer, None
        if syncer is not None:
            await asyncio.to_thread(syncer.close)  # and synced to disk
        self.defer_saves(False)
        # devices see the socket close and rejoin by themselves once the host is back
        for c in list(self.all_conns):
            await c.close()

    async def _qr(self, request: web.Request) -> web.Response:
        from game.net.qr import qr_svg

        room = self.rooms.get(request.match_info["code"])
        if room is None:
            raise web.HTTPNotFound()
        return web.Response(text=qr_svg(room.join_url()), content_type="image/svg+xml")

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=64 * 1024, heartbeat=20)
        await ws.prepare(request)
        conn = Conn(self, ws)
        self.all_conns.add(conn)
        try:
            async for frame_ in ws:
                if frame_.type == WSMsgType.TEXT:
                    await self.handle(conn, frame_.data)
                elif frame_.type == WSMsgType.BINARY:
                    await self._error(conn, "not_json")
                elif frame_.type == WSMsgType.ERROR:
                    break
        finally:
            self.all_conns.discard(conn)
            await self.gone(conn)
        return ws


WEB_SECTIONS = ("web", "web_board", "web_console")


def words_js() -> str:
    """The web pages' own words, from the language layer's catalogues (game/lang): /words.js,
    part of the web client's payload."""
    from game.lang import sections

    return "window.KV_WORDS = " + json.dumps(sections(*WEB_SECTIONS), ensure_ascii=False) + ";\n"


async def _words(request: web.Request) -> web.Response:
    return web.Response(text=words_js(), content_type="application/javascript", charset="utf-8")


def _page(name: str) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / name)

    return handler


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    # nothing from elsewhere: the pages load only what this host serves
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
        "style-src 'self'; script-src 'self'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"


def lan_address() -> str:
    """The address of this laptop on the local network (no packet is sent), or loopback."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("10.255.255.255", 1))
        return str(s.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        s.close()


async def serve(host: Host, bind: str, port: int) -> web.AppRunner:
    """Start listening (returns the runner; ``await runner.cleanup()`` stops it)."""
    runner = web.AppRunner(host.app(), access_log=None, handle_signals=False,
                           shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, bind, port)
    await site.start()
    return runner
