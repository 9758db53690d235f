"""The `Ledger` port on SQLite (the zero-setup default): every job and every track, written before money moves.

The only module that imports `sqlite3`.

One file in the data dir, WAL mode, so several server processes on one machine can share it:
readers never block, and each write is a short transaction. `synchronous=NORMAL` keeps a commit
durable across a killed process (what MCP clients do to servers all day), though not across a
power cut. The spend-cap check and the insert of the job row share one `BEGIN IMMEDIATE`
transaction, so two processes cannot both pass a cap that only one of them fits under.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import anyio

from ace_step_mcp.errors import StoreError
from ace_step_mcp.ports.values import PERSON, SPENDING_STATES, Edit, JobChange, JobRow, JobState, NewJob, Track
from ace_step_mcp.settings import SpendCaps
from ace_step_mcp.stores import caps_refusal, day_start, fit_wall, job_row, owner_alive, plan_record

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    job_id TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    tool TEXT NOT NULL,
    model_id TEXT NOT NULL,
    body_json TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    estimate_usd REAL NOT NULL,
    state TEXT NOT NULL,
    request_id TEXT,
    status TEXT,
    cost_usd REAL,
    output_url TEXT,
    track_id TEXT,
    error TEXT,
    parent_track_id TEXT,
    edit_json TEXT,
    submitted_at REAL,
    finished_at REAL,
    owner TEXT,
    lease_until REAL,
    offline INTEGER NOT NULL DEFAULT 0,
    gen_s REAL,
    wall_s REAL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state);
CREATE INDEX IF NOT EXISTS jobs_hash ON jobs(body_hash, created_at);
CREATE TABLE IF NOT EXISTS tracks (
    track_id TEXT PRIMARY KEY,
    job_id TEXT,
    created_at REAL NOT NULL,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    sample_rate INTEGER,
    channels INTEGER,
    duration_s REAL,
    size INTEGER,
    sha256 TEXT,
    source_url TEXT,
    source_url_at REAL,
    tool TEXT,
    model_id TEXT,
    request_id TEXT,
    seed INTEGER,
    cost_usd REAL,
    parent_track_id TEXT,
    edit_json TEXT,
    params_json TEXT,
    offline INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tracks_created ON tracks(created_at);
CREATE INDEX IF NOT EXISTS tracks_parent ON tracks(parent_track_id);
CREATE TABLE IF NOT EXISTS confirmations (
    code_hash TEXT PRIMARY KEY,
    binding TEXT NOT NULL,
    expires_at REAL NOT NULL,
    redeemed_at REAL
);
CREATE TABLE IF NOT EXISTS plans (
    plan_id TEXT PRIMARY KEY,
    plan_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    record_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_key ON plans(plan_key, created_at);
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    person TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    last_used_at REAL,
    revoked_at REAL
);
"""

log = logging.getLogger("ace_step_mcp")
T = TypeVar("T")
_SPENDING = tuple(s.value for s in sorted(SPENDING_STATES))


def _job_row(row: sqlite3.Row) -> JobRow:
    edit = row["edit_json"]
    return job_row(row, body=json.loads(row["body_json"]), edit=json.loads(edit) if edit else None)


def _track(row: sqlite3.Row) -> Track:
    data = dict(row)
    data.pop("quarantined", None)
    edit, params = data.pop("edit_json"), data.pop("params_json")
    analysis = data.pop("analysis_json", None)
    data["analysis"] = json.loads(analysis) if analysis else None
    data["edit"] = Edit.of(json.loads(edit)) if edit else None
    data["params"] = json.loads(params) if params else None
    data["offline"] = bool(data["offline"])
    return Track(**data)


class SqliteDb:
    """The database itself, blocking: `SqliteLedger` runs each verb in a worker thread."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        # A checkpoint copies the WAL into the database and fsyncs: tens of milliseconds. Left
        # automatic it runs inside whichever commit crosses 1000 pages, often one made on the event
        # loop; `checkpoint()` does it instead, from a worker thread on a connection of its own.
        self._db.execute("PRAGMA wal_autocheckpoint=0")
        with self._tx():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            for table, column, kind in (
                ("jobs", "gen_s", "REAL"),
                ("jobs", "wall_s", "REAL"),
                ("jobs", "quarantined", "INTEGER NOT NULL DEFAULT 0"),
                ("tracks", "quarantined", "INTEGER NOT NULL DEFAULT 0"),
                ("tracks", "analysis_json", "TEXT"),
                ("jobs", "person", "TEXT"),
                ("tracks", "person", "TEXT"),
                ("confirmations", "person", "TEXT"),
                ("plans", "person", "TEXT"),
            ):
                columns = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
                if column not in columns:  # a ledger written by an earlier version
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def close(self) -> None:
        self._db.close()

    @staticmethod
    def track_path_read_only(path: Path, track_id: str) -> str | None:
        """A track's file path, read without writing anything (not even WAL files): for a full disk."""
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = db.execute("SELECT path FROM tracks WHERE track_id = ?", (track_id,)).fetchone()
        finally:
            db.close()
        return str(row[0]) if row else None

    def checkpoint(self) -> None:
        """Fold the WAL into the database (blocking: call it from a worker thread)."""
        db = sqlite3.connect(self.path, timeout=10.0)
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- jobs -----------------------------------------------------------------------------------

    def open_jobs(
        self,
        jobs: Sequence[NewJob],
        caps: SpendCaps,
        *,
        offline: bool = False,
        owner: str | None = None,
        lease_s: float = 120.0,
        person: str | None = None,
    ) -> None:
        """Job rows (one, or a call's takes) in one transaction, the caps checked on their total:
        all of them are written, or none (raises `SpendRefused`)."""
        now = time.time()
        with self._tx() as db:
            if not offline:
                _check_caps(db, caps, sum(j.estimate_usd for j in jobs), now, person)
            for j in jobs:
                db.execute(
                    "INSERT INTO jobs (job_id, created_at, updated_at, tool, model_id, body_json, body_hash, "
                    "estimate_usd, state, parent_track_id, edit_json, offline, owner, lease_until, person) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        j.job_id, now, now, j.tool, j.model_id, json.dumps(j.body, sort_keys=True), j.body_hash,
                        j.estimate_usd, JobState.PENDING.value, j.parent_track_id,
                        json.dumps(j.edit.record()) if j.edit else None, int(offline),
                        owner, now + lease_s if owner else None, person,
                    ),
                )  # fmt: skip

    def check_caps(self, caps: SpendCaps, estimate_usd: float, person: str | None = None) -> None:
        """The caps check alone (raises `SpendRefused`), to refuse before asking anyone to approve;
        `open_job` checks again, atomically with the insert."""
        _check_caps(self._db, caps, estimate_usd, time.time(), person)

    def update_job(self, job_id: str, change: JobChange) -> None:
        columns = change.columns()
        if not columns:
            return
        sets = ", ".join(f"{k} = ?" for k in columns)  # names are the dataclass's own fields
        with self._tx() as db:
            db.execute(
                f"UPDATE jobs SET {sets}, updated_at = ? WHERE job_id = ?",
                (*columns.values(), time.time(), job_id),
            )

    def claim(self, job_id: str, owner: str, lease_s: float = 120.0) -> bool:
        """Take the right to drive a job; another live process holding the lease wins.

        Owners are `host:pid:nonce`. A lease held by a process of this host that no longer exists
        (killed with SIGKILL, say) is void at once, so a restarted server resumes without waiting
        for the lease to run out.
        """
        now = time.time()
        with self._tx() as db:
            row = db.execute("SELECT owner, lease_until FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            if row is None:
                return False
            held = row["owner"] and row["owner"] != owner and (row["lease_until"] or 0) >= now
            if held and owner_alive(row["owner"]):
                return False
            db.execute("UPDATE jobs SET owner = ?, lease_until = ? WHERE job_id = ?", (owner, now + lease_s, job_id))
            return True

    def _parsed(self, table: str, key: str, rows: list[sqlite3.Row], parse: Callable[[sqlite3.Row], T]) -> list[T]:
        """Rows as values; a row that cannot be read (damaged by hand or by disk) is quarantined:
        flagged, logged once, and left out of listings, so one bad row degrades one job, not the
        server. Its spend still counts: the spend sums read the raw columns."""
        parsed: list[T] = []
        for row in rows:
            try:
                parsed.append(parse(row))
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("ledger: quarantining %s row %s, which cannot be read (%s)", table, row[key], exc)
                with contextlib.suppress(sqlite3.Error), self._tx() as db:
                    db.execute(f"UPDATE {table} SET quarantined = 1 WHERE {key} = ?", (row[key],))
        return parsed

    def job(self, job_id: str, person: str | None = None) -> JobRow | None:
        scope, args = _scope(person)
        rows = self._db.execute(
            f"SELECT * FROM jobs WHERE job_id = ? AND quarantined = 0{scope}",
            (job_id, *args),
        ).fetchall()
        parsed = self._parsed("jobs", "job_id", rows, _job_row)
        return parsed[0] if parsed else None

    def jobs(
        self, *, states: frozenset[JobState] | None = None, limit: int = 50, person: str | None = None
    ) -> list[JobRow]:
        scope, args = _scope(person)
        if states:
            marks = ",".join("?" for _ in states)
            rows = self._db.execute(
                f"SELECT * FROM jobs WHERE quarantined = 0 AND state IN ({marks}){scope} "
                "ORDER BY created_at DESC LIMIT ?",
                (*(s.value for s in states), *args, limit),
            ).fetchall()
        else:
            rows = self._db.execute(
                f"SELECT * FROM jobs WHERE quarantined = 0{scope} ORDER BY created_at DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return self._parsed("jobs", "job_id", rows, _job_row)

    def recent_duplicate(self, body_hash: str, since: float, person: str | None = None) -> Track | None:
        scope, args = _scope(person, "j.")
        row = self._db.execute(
            "SELECT t.* FROM jobs j JOIN tracks t ON t.track_id = j.track_id "
            f"WHERE j.body_hash = ? AND j.state = ? AND j.created_at >= ?{scope} "
            "ORDER BY j.created_at DESC LIMIT 1",
            (body_hash, JobState.DONE.value, since, *args),
        ).fetchone()
        return _track(row) if row else None

    def expected_wall_s(self, model_id: str, generated_s: float, *, offline: bool = False) -> float | None:
        """Seconds a job of this model and length usually takes, fitted on the last 30 finished here
        on the same side (emulator renders teach nothing about RunComfy's speed, and back).

        A least-squares line `wall = a + b * seconds` when lengths vary, else the median rate.
        Walls come from the API's own timestamps when it gives them, else from ours.
        """
        rows = self._db.execute(
            "SELECT gen_s, wall_s FROM jobs WHERE model_id = ? AND state = ? AND offline = ? AND gen_s > 0 "
            "AND wall_s >= 0 ORDER BY created_at DESC LIMIT 30",
            (model_id, JobState.DONE.value, int(offline)),
        ).fetchall()
        return fit_wall([(float(r["gen_s"]), float(r["wall_s"])) for r in rows], generated_s)

    # -- tracks ---------------------------------------------------------------------------------

    def add_track(self, track: Track, person: str | None = None) -> None:
        with self._tx() as db:
            if track.person is None and track.job_id:  # a job's track is the job's person's
                owned = db.execute("SELECT person FROM jobs WHERE job_id = ?", (track.job_id,)).fetchone()
                person = owned["person"] if owned is not None and owned["person"] else person
            db.execute(
                "INSERT INTO tracks (track_id, job_id, created_at, path, format, sample_rate, channels, "
                "duration_s, size, sha256, source_url, source_url_at, tool, model_id, request_id, seed, "
                "cost_usd, parent_track_id, edit_json, params_json, offline, analysis_json, person) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    track.track_id,
                    track.job_id,
                    track.created_at,
                    track.path,
                    track.format,
                    track.sample_rate,
                    track.channels,
                    track.duration_s,
                    track.size,
                    track.sha256,
                    track.source_url,
                    track.source_url_at,
                    track.tool,
                    track.model_id,
                    track.request_id,
                    track.seed,
                    track.cost_usd,
                    track.parent_track_id,
                    json.dumps(track.edit.record()) if track.edit else None,
                    json.dumps(track.params) if track.params else None,
                    int(track.offline),
                    json.dumps(track.analysis) if track.analysis else None,
                    track.person or person,
                ),
            )
            if track.job_id:
                db.execute(
                    "UPDATE jobs SET state = ?, track_id = ?, updated_at = ? WHERE job_id = ?",
                    (JobState.DONE.value, track.track_id, time.time(), track.job_id),
                )

    def set_analysis(self, track_id: str, analysis: Mapping[str, Any]) -> None:
        with self._tx() as db:
            db.execute("UPDATE tracks SET analysis_json = ? WHERE track_id = ?", (json.dumps(analysis), track_id))

    def track(self, track_id: str, person: str | None = None) -> Track | None:
        scope, args = _scope(person)
        rows = self._db.execute(
            f"SELECT * FROM tracks WHERE track_id = ? AND quarantined = 0{scope}",
            (track_id, *args),
        ).fetchall()
        parsed = self._parsed("tracks", "track_id", rows, _track)
        return parsed[0] if parsed else None

    def tracks(self, limit: int = 50, person: str | None = None) -> list[Track]:
        scope, args = _scope(person)
        rows = self._db.execute(
            f"SELECT * FROM tracks WHERE quarantined = 0{scope} ORDER BY created_at DESC LIMIT ?",
            (*args, limit),
        ).fetchall()
        return self._parsed("tracks", "track_id", rows, _track)

    def children(self, track_ids: Sequence[str], limit: int = 100, person: str | None = None) -> list[Track]:
        """The tracks made from any of these (edits and deliverables), oldest first."""
        if not track_ids:
            return []
        marks = ",".join("?" for _ in track_ids)
        scope, args = _scope(person)
        rows = self._db.execute(
            f"SELECT * FROM tracks WHERE parent_track_id IN ({marks}) AND quarantined = 0{scope} "
            "ORDER BY created_at LIMIT ?",
            (*track_ids, *args, limit),
        ).fetchall()
        return self._parsed("tracks", "track_id", rows, _track)

    def delete_track(self, track_id: str, person: str | None = None) -> Track | None:
        scope, args = _scope(person)
        with self._tx() as db:
            row = db.execute(f"SELECT * FROM tracks WHERE track_id = ?{scope}", (track_id, *args)).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM tracks WHERE track_id = ?", (track_id,))
            return _track(row)

    # -- confirmation codes -----------------------------------------------------------------------

    def issue_code(self, code_hash: str, binding: str, expires_at: float, person: str | None = None) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO confirmations (code_hash, binding, expires_at, person) VALUES (?, ?, ?, ?)",
                (code_hash, binding, expires_at, person),
            )

    def redeem_code(self, code_hash: str, binding: str, now: float, person: str | None = None) -> bool:
        """Single use: a live code is spent by any attempt, and approves only the call it was bound to
        (and only for the person it was issued to)."""
        with self._tx() as db:
            row = db.execute(
                "SELECT binding, person FROM confirmations "
                "WHERE code_hash = ? AND redeemed_at IS NULL AND expires_at >= ?",
                (code_hash, now),
            ).fetchone()
            if row is None:
                return False
            db.execute("UPDATE confirmations SET redeemed_at = ? WHERE code_hash = ?", (now, code_hash))
            return bool(row["binding"] == binding and row["person"] == person)

    # -- plans (a piece longer than one render) ----------------------------------------------------

    def save_plan(
        self, plan_id: str, key: str, record: Mapping[str, Any], version: int, person: str | None = None
    ) -> bool:
        now = time.time()
        text = json.dumps(dict(record), sort_keys=True)
        with self._tx() as db:
            if version == 0:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO plans (plan_id, plan_key, version, created_at, updated_at, record_json, "
                    "person) VALUES (?, ?, 1, ?, ?, ?, ?)",
                    (plan_id, key, now, now, text, person),
                )
            else:
                cursor = db.execute(
                    "UPDATE plans SET version = version + 1, updated_at = ?, record_json = ? "
                    "WHERE plan_id = ? AND version = ? AND (person IS ? OR ? IS NULL)",
                    (now, text, plan_id, version, person, person),
                )
            return cursor.rowcount == 1

    def plan(self, plan_id: str, person: str | None = None) -> dict[str, Any] | None:
        scope, args = _scope(person)
        row = self._db.execute(f"SELECT * FROM plans WHERE plan_id = ?{scope}", (plan_id, *args)).fetchone()
        return _plan(row) if row else None

    def plan_for_key(self, key: str, since: float, person: str | None = None) -> dict[str, Any] | None:
        scope, args = _scope(person)
        row = self._db.execute(
            f"SELECT * FROM plans WHERE plan_key = ? AND created_at >= ?{scope} ORDER BY created_at DESC LIMIT 1",
            (key, since, *args),
        ).fetchone()
        return _plan(row) if row else None

    def purge_codes(self, now: float) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM confirmations WHERE expires_at < ?", (now - 3600,))

    # -- money ----------------------------------------------------------------------------------

    def spend_by_day(self, person: str | None = None, *, by_person: bool = False) -> list[dict[str, Any]]:
        marks = ",".join("?" for _ in _SPENDING)
        scope, args = _scope(person)
        who = "COALESCE(person, '') AS person, " if by_person else ""
        rows = self._db.execute(
            f"SELECT date(created_at, 'unixepoch') AS day, {who}tool, COUNT(*) AS jobs, "
            "SUM(COALESCE(cost_usd, estimate_usd)) AS usd FROM jobs "
            f"WHERE offline = 0 AND state IN ({marks}){scope} "
            f"GROUP BY day, {'person, ' if by_person else ''}tool ORDER BY day DESC, {'person, ' if by_person else ''}tool",
            (*_SPENDING, *args),
        ).fetchall()
        return [dict(r) for r in rows]

    def spent(self, since: float | None = None, person: str | None = None) -> float:
        return _spent(self._db, since, person)

    # -- API keys ---------------------------------------------------------------------------------

    def add_key(self, key_id: str, person: str, key_hash: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO api_keys (key_id, person, key_hash, created_at) VALUES (?, ?, ?, ?)",
                (key_id, person, key_hash, time.time()),
            )

    def keys(self) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT key_id, person, created_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at"
        ).fetchall()
        return [dict(r) for r in rows]

    def revoke_key(self, key_id: str) -> bool:
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL", (time.time(), key_id)
            )
            return cursor.rowcount == 1

    def person_of_key(self, key_hash: str) -> str | None:
        """The person a live key belongs to (its last use recorded), or None."""
        with self._tx() as db:
            row = db.execute(
                "SELECT key_id, person FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", (key_hash,)
            ).fetchone()
            if row is None:
                return None
            db.execute("UPDATE api_keys SET last_used_at = ? WHERE key_id = ?", (time.time(), row["key_id"]))
            return str(row["person"])


def track_path_read_only(path: Path, track_id: str) -> str | None:
    return SqliteDb.track_path_read_only(path, track_id)


def _store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    full = "full" in str(exc).lower()
    what = "is full" if full else f"could not be used ({type(exc).__name__}: {str(exc)[:80]})"
    return StoreError(f"The ledger at {path} {what}.", full=full)


class SqliteLedger:
    """The `Ledger` port on SQLite: each verb one transaction, run in a worker thread so the event loop
    never waits on the database. Several processes on one machine may share the file (WAL)."""

    def __init__(self, db: SqliteDb) -> None:
        self.db = db
        self.path = db.path
        # One connection, one writer at a time: one thread is enough and keeps the GIL quiet.
        self._limiter = anyio.CapacityLimiter(1)

    @classmethod
    async def open(cls, path: Path) -> SqliteLedger:
        try:
            return cls(await anyio.to_thread.run_sync(SqliteDb, path))
        except sqlite3.Error as exc:
            raise _store_error(exc, path) from None

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        try:
            return await anyio.to_thread.run_sync(functools.partial(fn, *args), limiter=self._limiter)
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from None

    async def open_jobs(
        self,
        jobs: Sequence[NewJob],
        caps: SpendCaps,
        *,
        offline: bool,
        owner: str | None = None,
        lease_s: float = 120.0,
    ) -> None:
        opener = functools.partial(
            self.db.open_jobs, offline=offline, owner=owner, lease_s=lease_s, person=PERSON.get()
        )
        await self._run(opener, jobs, caps)

    async def check_caps(self, caps: SpendCaps, estimate_usd: float) -> None:
        await self._run(self.db.check_caps, caps, estimate_usd, PERSON.get())

    async def claim(self, job_id: str, owner: str, lease_s: float = 120.0) -> bool:
        return await self._run(self.db.claim, job_id, owner, lease_s)

    async def update_job(self, job_id: str, change: JobChange) -> None:
        await self._run(self.db.update_job, job_id, change)

    async def job(self, job_id: str) -> JobRow | None:
        return await self._run(self.db.job, job_id, PERSON.get())

    async def jobs(self, *, states: frozenset[JobState] | None = None, limit: int = 50) -> list[JobRow]:
        return await self._run(functools.partial(self.db.jobs, states=states, limit=limit, person=PERSON.get()))

    async def changes(self, job_id: str, *, since: float | None = None, poll_s: float = 0.5) -> AsyncIterator[JobRow]:
        """A short poll: SQLite has no notifications, and a row read is tens of microseconds."""
        seen = since
        first = since is None
        while True:
            row = await self.job(job_id)
            if row is not None and row.updated_at != seen:
                if not first:
                    yield row
                seen = row.updated_at
            first = False
            await anyio.sleep(poll_s)

    async def recent_duplicate(self, body_hash: str, since: float) -> Track | None:
        return await self._run(self.db.recent_duplicate, body_hash, since, PERSON.get())

    async def expected_wall_s(self, model_id: str, generated_s: float, *, offline: bool) -> float | None:
        return await self._run(functools.partial(self.db.expected_wall_s, offline=offline), model_id, generated_s)

    async def add_track(self, track: Track) -> None:
        await self._run(self.db.add_track, track, PERSON.get())

    async def set_analysis(self, track_id: str, analysis: Mapping[str, Any]) -> None:
        await self._run(self.db.set_analysis, track_id, analysis)

    async def track(self, track_id: str) -> Track | None:
        return await self._run(self.db.track, track_id, PERSON.get())

    async def tracks(self, limit: int = 50) -> list[Track]:
        return await self._run(self.db.tracks, limit, PERSON.get())

    async def children(self, track_ids: Sequence[str], limit: int = 100) -> list[Track]:
        return await self._run(self.db.children, track_ids, limit, PERSON.get())

    async def delete_track(self, track_id: str) -> Track | None:
        return await self._run(self.db.delete_track, track_id, PERSON.get())

    async def spend_by_day(self, *, by_person: bool = False) -> list[dict[str, Any]]:
        return await self._run(functools.partial(self.db.spend_by_day, PERSON.get(), by_person=by_person))

    async def spent(self, since: float | None = None) -> float:
        return await self._run(self.db.spent, since, PERSON.get())

    async def issue_code(self, code_hash: str, binding: str, expires_at: float) -> None:
        await self._run(self.db.issue_code, code_hash, binding, expires_at, PERSON.get())

    async def redeem_code(self, code_hash: str, binding: str, now: float) -> bool:
        return await self._run(self.db.redeem_code, code_hash, binding, now, PERSON.get())

    async def save_plan(self, plan_id: str, key: str, record: Mapping[str, Any], *, version: int) -> bool:
        return await self._run(self.db.save_plan, plan_id, key, record, version, PERSON.get())

    async def plan(self, plan_id: str) -> dict[str, Any] | None:
        return await self._run(self.db.plan, plan_id, PERSON.get())

    async def plan_for_key(self, key: str, since: float) -> dict[str, Any] | None:
        return await self._run(self.db.plan_for_key, key, since, PERSON.get())

    async def add_key(self, key_id: str, person: str, key_hash: str) -> None:
        await self._run(self.db.add_key, key_id, person, key_hash)

    async def keys(self) -> list[dict[str, Any]]:
        return await self._run(self.db.keys)

    async def revoke_key(self, key_id: str) -> bool:
        return await self._run(self.db.revoke_key, key_id)

    async def person_of_key(self, key_hash: str) -> str | None:
        return await self._run(self.db.person_of_key, key_hash)

    async def maintain(self) -> None:
        with contextlib.suppress(StoreError):  # a busy database is checkpointed next time
            await self._run(self.db.checkpoint)
            await self._run(self.db.purge_codes, time.time())

    async def aclose(self) -> None:
        await self._run(self.db.close)


def _plan(row: sqlite3.Row) -> dict[str, Any]:
    return plan_record(row, json.loads(row["record_json"]))


def _scope(person: str | None, prefix: str = "") -> tuple[str, tuple[Any, ...]]:
    """The clause that keeps a read to one person's rows (none for the operator or a one-person server)."""
    return ("", ()) if person is None else (f" AND {prefix}person = ?", (person,))


def _spent(db: sqlite3.Connection, since: float | None, person: str | None = None) -> float:
    marks = ",".join("?" for _ in _SPENDING)
    sql = (
        f"SELECT COALESCE(SUM(COALESCE(cost_usd, estimate_usd)), 0) FROM jobs WHERE offline = 0 AND state IN ({marks})"
    )
    args: list[Any] = list(_SPENDING)
    if since is not None:
        sql += " AND created_at >= ?"
        args.append(since)
    if person is not None:
        sql += " AND person = ?"
        args.append(person)
    return float(db.execute(sql, args).fetchone()[0])


def _check_caps(db: sqlite3.Connection, caps: SpendCaps, estimate: float, now: float, person: str | None) -> None:
    refusal = caps_refusal(
        caps,
        estimate,
        lambda: _spent(db, day_start(now)),
        lambda: _spent(db, None),
        person,
        lambda since: _spent(db, since, person),
    )
    if refusal is not None:
        raise refusal
