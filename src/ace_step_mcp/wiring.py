"""Where the ports are wired: settings → (Backend, Ledger, Blobs) → the job service.

The only module that names RunComfy's client, the emulator, SQLite and local files together. Each
port is picked by one `match` on a setting; a new backend or store is one adapter and one case here.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import anyio

from ace_step_mcp.errors import UsageError
from ace_step_mcp.ports import Backend, Blobs, Ledger, Ports
from ace_step_mcp.settings import DEFAULT_API_BASE, Secret, Settings

if TYPE_CHECKING:
    from ace_step_mcp.jobs.service import JobService, Records

log = logging.getLogger("ace_step_mcp")
MISSING_CREDENTIAL_SENTENCE = (
    "No RunComfy token is set; set RUNCOMFY_TOKEN (or run `runcomfy login`), or try it for free with the bundled "
    "emulator: `ace-step-mcp run --offline ...`, or `serve --offline` (ACE_STEP_MCP_OFFLINE=1) for the MCP tools."
)


def backend_name(settings: Settings) -> str:
    """`offline`, `runcomfy` or `acestep15`, as the settings say (ACE_STEP_MCP_BACKEND, else the offline flag)."""
    if settings.backend.name is not None:
        return settings.backend.name
    return "offline" if settings.backend.offline else "runcomfy"


@contextlib.asynccontextmanager
async def open_ports(settings: Settings, *, ledger: Ledger | None = None) -> AsyncIterator[tuple[Settings, Ports]]:
    """The three adapters the settings name (or `ledger` instead of theirs), open until the block exits;
    also the settings as the backend made them (offline: the emulator's URL and the offline flag)."""
    async with contextlib.AsyncExitStack() as stack:
        settings, backend = await _backend(settings, stack)
        ledger = ledger if ledger is not None else await _ledger(settings)
        stack.push_async_callback(ledger.aclose)
        blobs = _blobs(settings)
        yield settings, Ports(backend=backend, ledger=ledger, blobs=blobs, http=getattr(backend, "http", None))


@contextlib.asynccontextmanager
async def open_service(
    settings: Settings, *, offline: bool | None = None, ports: Ports | None = None, ledger: Ledger | None = None
) -> AsyncIterator[JobService]:
    """A running job service on the ports the settings name (or on `ports`, or with `ledger`, for tests)."""
    from ace_step_mcp.jobs.service import JobService

    if offline is not None and settings.backend.offline is None:
        settings = settings.changed(backend={"offline": offline})
    if ports is not None:
        async with JobService(settings, ports) as service:
            yield service
        return
    async with open_ports(settings, ledger=ledger) as (settings, made), JobService(settings, made) as service:
        yield service


@contextlib.asynccontextmanager
async def open_records(settings: Settings) -> AsyncIterator[Records]:
    """What is stored (tracks, spend), without a backend: the CLI's `tracks` and `spend`."""
    from ace_step_mcp.jobs.service import Records

    ledger = await _ledger(settings)
    try:
        yield Records(settings, ledger, _blobs(settings))
    finally:
        await ledger.aclose()


async def _backend(settings: Settings, stack: contextlib.AsyncExitStack) -> tuple[Settings, Backend]:
    from ace_step_mcp.backends.offline import OFFLINE_TOKEN, is_emulator

    name = backend_name(settings)
    free = (
        name != "acestep15"
        and settings.backend.api_base != DEFAULT_API_BASE
        and await is_emulator(settings.backend.api_base)
    )
    if free:
        # RUNCOMFY_MODEL_API_BASE names an emulator: its jobs are free previews, whatever the token.
        log.warning("RUNCOMFY_MODEL_API_BASE is the ace-step-mcp emulator: every job is an offline preview")
        settings = settings.changed(backend={"offline": True}).with_api_base(
            settings.backend.api_base, Secret(OFFLINE_TOKEN)
        )
        name = "runcomfy"
    match name:
        case "offline":
            from ace_step_mcp.backends.offline import start_offline

            settings = settings.changed(backend={"offline": True})
            backend = await stack.enter_async_context(start_offline(settings))
            return settings.with_api_base(backend.client.base_url, Secret(OFFLINE_TOKEN)), backend
        case "runcomfy":
            from ace_step_mcp.backends.runcomfy import ModelApiClient, PollPolicy, RunComfyBackend, runcomfy_offer

            settings = settings.changed(backend={"offline": free})
            token = settings.backend.token.reveal() if settings.backend.token else None
            # Building the TLS context takes tens of milliseconds: a worker thread does it, so a server
            # already answering calls does not stall.
            client = await anyio.to_thread.run_sync(
                lambda: ModelApiClient(
                    settings.backend.api_base, token, poll=PollPolicy(timeout_s=settings.backend.wait_timeout_s)
                )
            )
            stack.push_async_callback(client.aclose)
            offer = runcomfy_offer(free=free, setup_problem=None if token else MISSING_CREDENTIAL_SENTENCE)
            return settings, RunComfyBackend(client, offer)
        case "acestep15":
            from ace_step_mcp.backends.acestep15 import Acestep15Backend

            key = settings.backend.acestep_key.reveal() if settings.backend.acestep_key else None
            v15 = Acestep15Backend(
                settings.backend.acestep_url,
                key,
                settings.store.sources_dir / "uploads",
                timeout_s=settings.backend.wait_timeout_s,
            )
            stack.push_async_callback(v15.aclose)
            await v15.open()
            return settings, v15
        case other:
            raise UsageError(f"ACE_STEP_MCP_BACKEND must be runcomfy, acestep15 or offline, not {other[:20]!r}.")


async def _ledger(settings: Settings) -> Ledger:
    match settings.store.database_url:
        case None:
            from ace_step_mcp.stores.sqlite import SqliteLedger

            return await SqliteLedger.open(settings.store.ledger_path)
        case url if url.startswith(("postgresql://", "postgres://")):
            from ace_step_mcp.stores.postgres import PostgresLedger

            return await PostgresLedger.open(url)
        case url:
            raise UsageError(
                f"ACE_STEP_MCP_DATABASE_URL must be a postgresql://… URL, not {url.split(':', 1)[0][:20]}://…; "
                f"unset it to use SQLite under ACE_STEP_MCP_HOME."
            )


def _blobs(settings: Settings) -> Blobs:
    match settings.store.url:
        case None:
            from ace_step_mcp.stores.files import LocalFiles

            return LocalFiles(settings.store.tracks_dir)
        case url if url.startswith("s3://"):
            from ace_step_mcp.stores.s3 import S3Blobs

            return S3Blobs.open(
                url,
                endpoint=settings.store.s3_endpoint,
                cache=settings.store.tracks_dir,
                cache_max_bytes=settings.store.cache_max_bytes,
            )
        case url:
            raise UsageError(
                f"ACE_STEP_MCP_STORE_URL must be an s3://BUCKET[/PREFIX] URL, not {url.split(':', 1)[0][:20]}://…; "
                f"unset it to keep tracks under ACE_STEP_MCP_HOME."
            )


async def migrate_ledger(settings: Settings) -> str:
    """`ace-step-mcp db migrate`: the ledger's schema created or upgraded; one sentence saying what."""
    match settings.store.database_url:
        case None:
            from ace_step_mcp.stores.sqlite import SqliteLedger

            ledger = await SqliteLedger.open(settings.store.ledger_path)  # it upgrades itself on open
            await ledger.aclose()
            return f"The SQLite ledger at {settings.store.ledger_path} is up to date."
        case url if url.startswith(("postgresql://", "postgres://")):
            from ace_step_mcp.stores.postgres import MIGRATIONS, migrate, redacted

            applied = await migrate(url)
            done = f"applied migration(s) {', '.join(map(str, applied))}" if applied else "nothing to apply"
            return f"The PostgreSQL ledger at {redacted(url)} is at schema version {len(MIGRATIONS)} ({done})."
        case _:
            await _ledger(settings)  # refuses the scheme in one sentence
            raise AssertionError  # unreachable


async def remove_track(settings: Settings, track_id: str) -> object:
    """`tracks rm`, which must work on a full disk: there even opening the ledger fails (SQLite's WAL
    needs room), so the track's files are found through a read-only open and deleted first; then the
    ledger, which now has room, forgets the track."""
    from ace_step_mcp.errors import StoreError

    try:
        async with open_records(settings) as records:
            return await records.remove_track(track_id)
    except StoreError:
        if settings.store.database_url is not None:
            raise
        from ace_step_mcp.stores.sqlite import track_path_read_only

        path = track_path_read_only(settings.store.ledger_path, track_id)
        if path is None:
            raise
        await anyio.Path(path).unlink(missing_ok=True)
        await anyio.Path(path).with_suffix(".json").unlink(missing_ok=True)
        async with open_records(settings) as records:
            return await records.remove_track(track_id)
