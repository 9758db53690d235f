"""The `Ledger` port on PostgreSQL: one ledger for every replica of a team deployment.

The only module that imports `psycopg`. What holds across replicas, and how:
- the caps: the check and the job rows share one transaction under a transaction-scoped advisory
  lock (`CAPS_LOCK`), so two replicas cannot both pass a cap that only one call fits under;
- who follows a job: a lease (`owner`, `lease_until`) taken with `SELECT … FOR UPDATE`, renewed by
  its holder every quarter lease (the heartbeat) and reclaimed by any live replica once it runs out;
- job changes: a trigger sends `NOTIFY ace_step_jobs, '<job id>'` on every write, and one LISTEN
  connection per process wakes `changes()` waiters (a slow poll stays as the safety net);
- confirmation codes: a row each, spent by one `UPDATE … WHERE redeemed_at IS NULL RETURNING`;
- the schema: numbered migrations applied under a session advisory lock (`MIGRATE_LOCK`), so every
  replica may run them at start-up at once; `ace-step-mcp db migrate` runs them by hand.

Times are UNIX seconds from each replica's clock (as on SQLite); replicas keep NTP time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ace_step_mcp.errors import StoreError
from ace_step_mcp.ports.values import PERSON, SPENDING_STATES, Edit, JobChange, JobRow, JobState, NewJob, Track
from ace_step_mcp.settings import SpendCaps
from ace_step_mcp.stores import caps_refusal, day_start, fit_wall, job_row, owner_alive, plan_record

if TYPE_CHECKING:
    from psycopg import AsyncConnection
    from psycopg_pool import AsyncConnectionPool

log = logging.getLogger("ace_step_mcp")

CHANNEL = "ace_step_jobs"
CAPS_LOCK = 0x41CE_57E9_0001  # pg_advisory_xact_lock key: the caps check and the insert
MIGRATE_LOCK = 0x41CE_57E9_0002  # pg_advisory_lock key: one migrator at a time
_SPENDING = [s.value for s in sorted(SPENDING_STATES)]

# Each entry is one version; never edit a released one, append the next.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE jobs (
        job_id TEXT PRIMARY KEY,
        created_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        tool TEXT NOT NULL,
        model_id TEXT NOT NULL,
        body JSONB NOT NULL,
        body_hash TEXT NOT NULL,
        estimate_usd DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL,
        request_id TEXT,
        status TEXT,
        cost_usd DOUBLE PRECISION,
        output_url TEXT,
        track_id TEXT,
        error TEXT,
        parent_track_id TEXT,
        edit JSONB,
        submitted_at DOUBLE PRECISION,
        finished_at DOUBLE PRECISION,
        owner TEXT,
        lease_until DOUBLE PRECISION,
        offline BOOLEAN NOT NULL DEFAULT FALSE,
        gen_s DOUBLE PRECISION,
        wall_s DOUBLE PRECISION
    );
    CREATE INDEX jobs_state ON jobs(state);
    CREATE INDEX jobs_hash ON jobs(body_hash, created_at);
    CREATE INDEX jobs_created ON jobs(created_at);
    CREATE TABLE tracks (
        track_id TEXT PRIMARY KEY,
        job_id TEXT,
        created_at DOUBLE PRECISION NOT NULL,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        sample_rate INTEGER,
        channels INTEGER,
        duration_s DOUBLE PRECISION,
        size BIGINT,
        sha256 TEXT,
        source_url TEXT,
        source_url_at DOUBLE PRECISION,
        tool TEXT,
        model_id TEXT,
        request_id TEXT,
        seed BIGINT,
        cost_usd DOUBLE PRECISION,
        parent_track_id TEXT,
        edit JSONB,
        params JSONB,
        offline BOOLEAN NOT NULL DEFAULT FALSE,
        analysis JSONB
    );
    CREATE INDEX tracks_created ON tracks(created_at);
    CREATE INDEX tracks_parent ON tracks(parent_track_id);
    CREATE TABLE confirmations (
        code_hash TEXT PRIMARY KEY,
        binding TEXT NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL,
        redeemed_at DOUBLE PRECISION
    );
    CREATE FUNCTION ace_step_job_changed() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_notify('ace_step_jobs', NEW.job_id);
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql;
    CREATE TRIGGER jobs_changed AFTER INSERT OR UPDATE ON jobs
        FOR EACH ROW EXECUTE FUNCTION ace_step_job_changed();
    """,
    """
    CREATE TABLE plans (
        plan_id TEXT PRIMARY KEY,
        plan_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        record JSONB NOT NULL
    );
    CREATE INDEX plans_key ON plans(plan_key, created_at);
    """,
    """
    ALTER TABLE jobs ADD COLUMN person TEXT;
    ALTER TABLE tracks ADD COLUMN person TEXT;
    ALTER TABLE confirmations ADD COLUMN person TEXT;
    ALTER TABLE plans ADD COLUMN person TEXT;
    CREATE INDEX jobs_person ON jobs(person, created_at);
    CREATE INDEX tracks_person ON tracks(person, created_at);
    CREATE TABLE api_keys (
        key_id TEXT PRIMARY KEY,
        person TEXT NOT NULL,
        key_hash TEXT NOT NULL UNIQUE,
        created_at DOUBLE PRECISION NOT NULL,
        last_used_at DOUBLE PRECISION,
        revoked_at DOUBLE PRECISION
    );
    """,
)


def redacted(url: str) -> str:
    """A database URL as it may be shown: scheme, host, port and database, never the password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


async def migrate(url: str) -> list[int]:
    """Apply the migrations not yet applied (safe when several processes run it at once); the
    versions applied now."""
    import psycopg

    try:
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            return await _migrate(conn)
    except psycopg.Error as exc:
        raise _store_error(exc, url) from None


async def _migrate(conn: AsyncConnection[Any]) -> list[int]:
    await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATE_LOCK,))
    try:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS ace_step_migrations (version INTEGER PRIMARY KEY, applied_at DOUBLE PRECISION)"
        )
        cur = await conn.execute("SELECT version FROM ace_step_migrations")
        done = {int(r[0]) for r in await cur.fetchall()}
        applied: list[int] = []
        for version, sql in enumerate(MIGRATIONS, start=1):
            if version in done:
                continue
            async with conn.transaction():
                await conn.execute(sql)
                await conn.execute(
                    "INSERT INTO ace_step_migrations (version, applied_at) VALUES (%s, %s)", (version, time.time())
                )
            applied.append(version)
        return applied
    finally:
        await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATE_LOCK,))


def _store_error(exc: Exception, url: str) -> StoreError:
    # psycopg's messages name the host and database, never the password; ours name neither twice.
    first = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    full = "could not extend" in first or "No space left" in first
    return StoreError(f"The PostgreSQL ledger at {redacted(url)} could not be used ({first}).", full=full)


def _track(r: Mapping[str, Any]) -> Track:
    data = dict(r)
    data["edit"] = Edit.of(data["edit"]) if data["edit"] else None
    data["offline"] = bool(data["offline"])
    return Track(**data)


_TRACK_COLUMNS = (
    "track_id, job_id, created_at, path, format, sample_rate, channels, duration_s, size, sha256, source_url, "
    "source_url_at, tool, model_id, request_id, seed, cost_usd, parent_track_id, edit, params, offline, analysis, "
    "person"
)


def _scope(prefix: str = "") -> tuple[str, tuple[Any, ...]]:
    """The clause that keeps a read to the current person's rows (none without a person)."""
    person = PERSON.get()
    return ("", ()) if person is None else (f" AND {prefix}person = %s", (person,))


class PostgresLedger:
    """The `Ledger` port on PostgreSQL (psycopg 3, a small pool per process, one LISTEN connection)."""

    def __init__(self, pool: AsyncConnectionPool[Any], url: str) -> None:
        self.pool = pool
        self.url = url
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._listening = False
        self._listener: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, url: str, *, max_connections: int = 8) -> PostgresLedger:
        """Connect, apply any migration not yet applied, and start listening for job changes."""
        from psycopg.rows import dict_row
        from psycopg_pool import AsyncConnectionPool, PoolTimeout

        await migrate(url)
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            open=False,
            kwargs={"autocommit": True, "row_factory": dict_row},
            check=AsyncConnectionPool.check_connection,
            timeout=30.0,
        )
        try:
            await pool.open(wait=True, timeout=30.0)
        except PoolTimeout as exc:
            raise _store_error(exc, url) from None
        ledger = cls(pool, url)
        ledger._listener = asyncio.create_task(ledger._listen())
        return ledger

    @contextlib.asynccontextmanager
    async def _conn(self, *, tx: bool = False) -> AsyncIterator[AsyncConnection[Any]]:
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            async with self.pool.connection() as conn:
                if tx:
                    async with conn.transaction():
                        yield conn
                else:
                    yield conn
        except (psycopg.Error, PoolTimeout) as exc:
            raise _store_error(exc, self.url) from None

    async def _all(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        async with self._conn() as conn:
            cur = await conn.execute(sql, args)
            return list(await cur.fetchall())

    # -- jobs -----------------------------------------------------------------------------------

    async def open_jobs(
        self,
        jobs: Sequence[NewJob],
        caps: SpendCaps,
        *,
        offline: bool,
        owner: str | None = None,
        lease_s: float = 120.0,
    ) -> None:
        from psycopg.types.json import Jsonb

        now = time.time()
        person = PERSON.get()
        async with self._conn(tx=True) as conn:
            if not offline:
                await _check_caps(conn, caps, sum(j.estimate_usd for j in jobs), now)
            for j in jobs:
                await conn.execute(
                    "INSERT INTO jobs (job_id, created_at, updated_at, tool, model_id, body, body_hash, "
                    "estimate_usd, state, parent_track_id, edit, offline, owner, lease_until, person) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        j.job_id, now, now, j.tool, j.model_id, Jsonb(j.body), j.body_hash, j.estimate_usd,
                        JobState.PENDING.value, j.parent_track_id, Jsonb(j.edit.record()) if j.edit else None,
                        offline, owner, now + lease_s if owner else None, person,
                    ),
                )  # fmt: skip

    async def check_caps(self, caps: SpendCaps, estimate_usd: float) -> None:
        async with self._conn() as conn:
            await _check_caps(conn, caps, estimate_usd, time.time(), lock=False)

    async def claim(self, job_id: str, owner: str, lease_s: float = 120.0) -> bool:
        """Take (or renew) the lease; another holder wins while its lease runs and it may be alive."""
        now = time.time()
        async with self._conn(tx=True) as conn:
            cur = await conn.execute("SELECT owner, lease_until FROM jobs WHERE job_id = %s FOR UPDATE", (job_id,))
            row = await cur.fetchone()
            if row is None:
                return False
            held = row["owner"] and row["owner"] != owner and (row["lease_until"] or 0) >= now
            if held and owner_alive(row["owner"]):
                return False
            await conn.execute(
                "UPDATE jobs SET owner = %s, lease_until = %s WHERE job_id = %s", (owner, now + lease_s, job_id)
            )
            return True

    async def update_job(self, job_id: str, change: JobChange) -> None:
        from psycopg import sql

        columns = change.columns()
        if not columns:
            return
        sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in columns)
        query = sql.SQL("UPDATE jobs SET {}, updated_at = %s WHERE job_id = %s").format(sets)
        async with self._conn() as conn:
            await conn.execute(query, (*columns.values(), time.time(), job_id))

    async def job(self, job_id: str) -> JobRow | None:
        scope, args = _scope()
        rows = await self._all(f"SELECT * FROM jobs WHERE job_id = %s{scope}", (job_id, *args))
        return job_row(rows[0], body=rows[0]["body"], edit=rows[0]["edit"]) if rows else None

    async def jobs(self, *, states: frozenset[JobState] | None = None, limit: int = 50) -> list[JobRow]:
        scope, args = _scope()
        if states:
            rows = await self._all(
                f"SELECT * FROM jobs WHERE state = ANY(%s){scope} ORDER BY created_at DESC LIMIT %s",
                ([s.value for s in states], *args, limit),
            )
        else:
            rows = await self._all(
                f"SELECT * FROM jobs WHERE TRUE{scope} ORDER BY created_at DESC LIMIT %s", (*args, limit)
            )
        return [job_row(r, body=r["body"], edit=r["edit"]) for r in rows]

    async def changes(self, job_id: str, *, since: float | None = None, poll_s: float = 0.5) -> AsyncIterator[JobRow]:
        """Woken by NOTIFY from any replica's write; polled every few seconds as a safety net (and at
        `poll_s` while the LISTEN connection is down)."""
        seen = since
        first = since is None
        event = asyncio.Event()
        self._waiters.setdefault(job_id, set()).add(event)
        try:
            while True:
                event.clear()  # cleared before the read: a change after it wakes the next wait
                row = await self.job(job_id)
                if row is not None and row.updated_at != seen:
                    if not first:
                        yield row
                    seen = row.updated_at
                first = False
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), timeout=max(poll_s, 5.0) if self._listening else poll_s)
        finally:
            waiting = self._waiters.get(job_id)
            if waiting is not None:
                waiting.discard(event)
                if not waiting:
                    self._waiters.pop(job_id, None)

    async def _listen(self) -> None:
        """One connection per process LISTENs; each notification wakes that job's waiters."""
        import psycopg

        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    self._listening = True
                    self._wake_all()  # a change made while we were deaf is read now
                    async for note in conn.notifies():
                        for event in self._waiters.get(note.payload, ()):
                            event.set()
            except psycopg.Error as exc:
                log.warning("ledger: the LISTEN connection dropped (%s); reconnecting", type(exc).__name__)
            self._listening = False
            await asyncio.sleep(1.0)

    def _wake_all(self) -> None:
        for events in self._waiters.values():
            for event in events:
                event.set()

    async def recent_duplicate(self, body_hash: str, since: float) -> Track | None:
        scope, args = _scope("j.")
        rows = await self._all(
            "SELECT t.* FROM jobs j JOIN tracks t ON t.track_id = j.track_id "
            f"WHERE j.body_hash = %s AND j.state = %s AND j.created_at >= %s{scope} "
            "ORDER BY j.created_at DESC LIMIT 1",
            (body_hash, JobState.DONE.value, since, *args),
        )
        return _track(rows[0]) if rows else None

    async def expected_wall_s(self, model_id: str, generated_s: float, *, offline: bool) -> float | None:
        rows = await self._all(
            "SELECT gen_s, wall_s FROM jobs WHERE model_id = %s AND state = %s AND offline = %s AND gen_s > 0 "
            "AND wall_s >= 0 ORDER BY created_at DESC LIMIT 30",
            (model_id, JobState.DONE.value, offline),
        )
        return fit_wall([(float(r["gen_s"]), float(r["wall_s"])) for r in rows], generated_s)

    # -- tracks ---------------------------------------------------------------------------------

    async def add_track(self, track: Track) -> None:
        from psycopg.types.json import Jsonb

        def js(value: Any) -> Any:
            return Jsonb(value) if value else None

        person = track.person
        async with self._conn(tx=True) as conn:
            if person is None and track.job_id:  # a job's track is the job's person's, whoever records it
                cur = await conn.execute("SELECT person FROM jobs WHERE job_id = %s", (track.job_id,))
                owned = await cur.fetchone()
                person = owned["person"] if owned is not None else None
            await conn.execute(
                f"INSERT INTO tracks ({_TRACK_COLUMNS}) VALUES ({', '.join(['%s'] * 23)})",
                (
                    track.track_id, track.job_id, track.created_at, track.path, track.format, track.sample_rate,
                    track.channels, track.duration_s, track.size, track.sha256, track.source_url,
                    track.source_url_at, track.tool, track.model_id, track.request_id, track.seed, track.cost_usd,
                    track.parent_track_id, js(track.edit.record() if track.edit else None), js(track.params),
                    track.offline, js(track.analysis), person or PERSON.get(),
                ),
            )  # fmt: skip
            if track.job_id:
                await conn.execute(
                    "UPDATE jobs SET state = %s, track_id = %s, updated_at = %s WHERE job_id = %s",
                    (JobState.DONE.value, track.track_id, time.time(), track.job_id),
                )

    async def set_analysis(self, track_id: str, analysis: Mapping[str, Any]) -> None:
        from psycopg.types.json import Jsonb

        async with self._conn() as conn:
            await conn.execute("UPDATE tracks SET analysis = %s WHERE track_id = %s", (Jsonb(dict(analysis)), track_id))

    async def track(self, track_id: str) -> Track | None:
        scope, args = _scope()
        rows = await self._all(f"SELECT * FROM tracks WHERE track_id = %s{scope}", (track_id, *args))
        return _track(rows[0]) if rows else None

    async def tracks(self, limit: int = 50) -> list[Track]:
        scope, args = _scope()
        rows = await self._all(
            f"SELECT * FROM tracks WHERE TRUE{scope} ORDER BY created_at DESC LIMIT %s", (*args, limit)
        )
        return [_track(r) for r in rows]

    async def children(self, track_ids: Sequence[str], limit: int = 100) -> list[Track]:
        if not track_ids:
            return []
        scope, args = _scope()
        rows = await self._all(
            f"SELECT * FROM tracks WHERE parent_track_id = ANY(%s){scope} ORDER BY created_at LIMIT %s",
            (list(track_ids), *args, limit),
        )
        return [_track(r) for r in rows]

    async def delete_track(self, track_id: str) -> Track | None:
        scope, args = _scope()
        rows = await self._all(f"DELETE FROM tracks WHERE track_id = %s{scope} RETURNING *", (track_id, *args))
        return _track(rows[0]) if rows else None

    # -- money ----------------------------------------------------------------------------------

    async def spend_by_day(self, *, by_person: bool = False) -> list[dict[str, Any]]:
        scope, args = _scope()
        who = "COALESCE(person, '') AS person, " if by_person else ""
        group = "day, person, tool" if by_person else "day, tool"
        return await self._all(
            f"SELECT to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, {who}tool, "
            "COUNT(*) AS jobs, SUM(COALESCE(cost_usd, estimate_usd)) AS usd FROM jobs "
            f"WHERE NOT offline AND state = ANY(%s){scope} GROUP BY {group} ORDER BY day DESC, {group[5:]}",
            (_SPENDING, *args),
        )

    async def spent(self, since: float | None = None) -> float:
        async with self._conn() as conn:
            return await _spent(conn, since, PERSON.get())

    # -- confirmation codes -----------------------------------------------------------------------

    async def issue_code(self, code_hash: str, binding: str, expires_at: float) -> None:
        async with self._conn() as conn:
            await conn.execute(
                "INSERT INTO confirmations (code_hash, binding, expires_at, person) VALUES (%s, %s, %s, %s)",
                (code_hash, binding, expires_at, PERSON.get()),
            )

    async def redeem_code(self, code_hash: str, binding: str, now: float) -> bool:
        """Single use across every replica: the one UPDATE that spends a live code wins."""
        rows = await self._all(
            "UPDATE confirmations SET redeemed_at = %s "
            "WHERE code_hash = %s AND redeemed_at IS NULL AND expires_at >= %s RETURNING binding, person",
            (now, code_hash, now),
        )
        return bool(rows) and rows[0]["binding"] == binding and rows[0]["person"] == PERSON.get()

    # -- plans (a piece longer than one render) ----------------------------------------------------

    async def save_plan(self, plan_id: str, key: str, record: Mapping[str, Any], *, version: int) -> bool:
        """Create (version 0) or replace while the stored version is still `version`: one statement
        each, so two replicas resuming one plan cannot both write it."""
        from psycopg.types.json import Jsonb

        now = time.time()
        if version == 0:
            rows = await self._all(
                "INSERT INTO plans (plan_id, plan_key, version, created_at, updated_at, record, person) "
                "VALUES (%s, %s, 1, %s, %s, %s, %s) ON CONFLICT (plan_id) DO NOTHING RETURNING plan_id",
                (plan_id, key, now, now, Jsonb(dict(record)), PERSON.get()),
            )
        else:
            scope, args = _scope()
            rows = await self._all(
                "UPDATE plans SET version = version + 1, updated_at = %s, record = %s "
                f"WHERE plan_id = %s AND version = %s{scope} RETURNING plan_id",
                (now, Jsonb(dict(record)), plan_id, version, *args),
            )
        return len(rows) == 1

    async def plan(self, plan_id: str) -> dict[str, Any] | None:
        scope, args = _scope()
        rows = await self._all(f"SELECT * FROM plans WHERE plan_id = %s{scope}", (plan_id, *args))
        return plan_record(rows[0], rows[0]["record"]) if rows else None

    async def plan_for_key(self, key: str, since: float) -> dict[str, Any] | None:
        scope, args = _scope()
        rows = await self._all(
            f"SELECT * FROM plans WHERE plan_key = %s AND created_at >= %s{scope} ORDER BY created_at DESC LIMIT 1",
            (key, since, *args),
        )
        return plan_record(rows[0], rows[0]["record"]) if rows else None

    # -- API keys ---------------------------------------------------------------------------------

    async def add_key(self, key_id: str, person: str, key_hash: str) -> None:
        async with self._conn() as conn:
            await conn.execute(
                "INSERT INTO api_keys (key_id, person, key_hash, created_at) VALUES (%s, %s, %s, %s)",
                (key_id, person, key_hash, time.time()),
            )

    async def keys(self) -> list[dict[str, Any]]:
        return await self._all(
            "SELECT key_id, person, created_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at"
        )

    async def revoke_key(self, key_id: str) -> bool:
        rows = await self._all(
            "UPDATE api_keys SET revoked_at = %s WHERE key_id = %s AND revoked_at IS NULL RETURNING key_id",
            (time.time(), key_id),
        )
        return bool(rows)

    async def person_of_key(self, key_hash: str) -> str | None:
        rows = await self._all(
            "UPDATE api_keys SET last_used_at = %s WHERE key_hash = %s AND revoked_at IS NULL RETURNING person",
            (time.time(), key_hash),
        )
        return str(rows[0]["person"]) if rows else None

    async def maintain(self) -> None:
        async with self._conn() as conn:
            await conn.execute("DELETE FROM confirmations WHERE expires_at < %s", (time.time() - 3600,))

    async def aclose(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
        await self.pool.close()


async def _spent(conn: AsyncConnection[Any], since: float | None, person: str | None = None) -> float:
    sql = "SELECT COALESCE(SUM(COALESCE(cost_usd, estimate_usd)), 0) AS usd FROM jobs WHERE NOT offline AND state = ANY(%s)"
    args: list[Any] = [_SPENDING]
    if since is not None:
        sql += " AND created_at >= %s"
        args.append(since)
    if person is not None:
        sql += " AND person = %s"
        args.append(person)
    cur = await conn.execute(sql, args)
    row = await cur.fetchone()
    return float(row["usd"]) if row is not None else 0.0


async def _check_caps(
    conn: AsyncConnection[Any], caps: SpendCaps, estimate: float, now: float, *, lock: bool = True
) -> None:
    person = PERSON.get()
    mine = person is not None and (caps.person_per_day is not None or caps.person_total is not None)
    if caps.per_call is None and caps.per_day is None and caps.total is None and not mine:
        return
    if lock:  # held to the end of the caller's transaction: one cap check and insert at a time
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (CAPS_LOCK,))
    today = await _spent(conn, day_start(now)) if caps.per_day is not None else 0.0
    total = await _spent(conn, None) if caps.total is not None else 0.0
    my_today = await _spent(conn, day_start(now), person) if mine and caps.person_per_day is not None else 0.0
    my_total = await _spent(conn, None, person) if mine and caps.person_total is not None else 0.0

    def my_spend(since: float | None) -> float:
        return my_total if since is None else my_today

    refusal = caps_refusal(caps, estimate, lambda: today, lambda: total, person, my_spend)
    if refusal is not None:
        raise refusal
