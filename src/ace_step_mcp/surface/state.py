"""What the MCP surface holds for the life of the process: the settings and the job service.

The job service (ledger, HTTP client, runner, offline emulator) is built in the background a moment
after start, or at the first call that needs it, so `initialize` and `tools/list` answer as fast as
a bare SDK server. Jobs a previous process left running are resumed then.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

import anyio

from ace_step_mcp.errors import AceStepError, redact
from ace_step_mcp.settings import Settings

if TYPE_CHECKING:  # the job service (ledger, HTTP client) loads after start, not before
    from ace_step_mcp.jobs.service import JobService

log = logging.getLogger("ace_step_mcp")

WARMUP_DELAY_S = 1.5


class ServerState:
    """Process-wide state shared by every MCP session (stdio has one; HTTP has many)."""

    def __init__(self, settings: Settings, *, offline: bool) -> None:
        self.settings = settings
        self.offline = offline
        self._needed = anyio.Event()
        self._ready = anyio.Event()
        self._service: JobService | None = None
        self.last_poll: dict[str, float] = {}  # music_job: when each job was last asked about
        self.http_base: str | None = None  # set when serving HTTP: tracks are also at {http_base}/tracks/{id}

    @property
    def started(self) -> JobService | None:
        """The job service if it is up, without waiting for it (listings must not wait)."""
        return self._service

    async def run(self) -> None:
        """Build the service (soon after start, or when first needed) and keep it until cancelled."""
        with anyio.move_on_after(WARMUP_DELAY_S):
            await self._needed.wait()
        from ace_step_mcp.jobs.service import JobService

        try:
            async with JobService(self.settings, offline=self.offline) as service:
                self._service = service
                # What is alive now (the SDK's ~550 pydantic models, our modules, the service) lives
                # as long as the process: take it out of the collector's view so that a full collection
                # under load walks only per-request objects. Without this, gen-2 pauses reached 84-138 ms
                # with 200 jobs over streamable HTTP (bench/run.py --only concurrency).
                gc.freeze()
                self._ready.set()
                resumed = service.resume_open_jobs()
                if resumed:
                    log.info("resumed %d unfinished job(s) from the ledger", len(resumed))
                await anyio.sleep_forever()
        except Exception as exc:
            self._ready.set()
            log.error("ace-step-mcp could not start its job service: %s", redact(str(exc), None))

    async def service(self) -> JobService:
        self._needed.set()
        await self._ready.wait()
        if self._service is None:
            raise AceStepError(
                "The server's job service failed to start (see its log); check ACE_STEP_MCP_HOME is writable."
            )
        return self._service
