"""What the MCP surface holds for the life of the process: the settings and the job service.

The job service (ledger, HTTP client, runner, offline emulator) is built in the background a moment
after start, or at the first call that needs it, so `initialize` and `tools/list` answer as fast as
a bare SDK server. Jobs a previous process left running are resumed then.
"""

from __future__ import annotations

import gc
import logging
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.errors import AceStepError, redact
from ace_step_mcp.settings import Settings

if TYPE_CHECKING:  # the job service (ledger, HTTP client) loads after start, not before
    from ace_step_mcp.jobs.service import JobService

log = logging.getLogger("ace_step_mcp")

WARMUP_DELAY_S = 1.5
CONFIRMATION_TTL_S = 15 * 60
OFFER_WAIT_S = 5.0  # tools/list on a self-hosted ACE-Step 1.5 server waits this long for its model list
OFFER_REFRESH_WAIT_S = 1.0  # ... and, later, this long to ask again a server that was not up at first


@dataclass
class PieceTask:
    """A task that runs a whole piece: its id is the job of the step that ran when it began."""

    plan_id: str
    ended: anyio.Event = field(default_factory=anyio.Event)
    chain: Any = None  # the `jobs.pipeline.Chain` it ended with


class ServerState:
    """Process-wide state shared by every MCP session (stdio has one; HTTP has many)."""

    def __init__(self, settings: Settings, *, offline: bool) -> None:
        self.settings = settings
        self.offline = offline
        self._needed = anyio.Event()
        self._ready = anyio.Event()
        self._service: JobService | None = None
        self._failure: str | None = None  # why the job service could not start, for every call
        self.last_poll: dict[str, float] = {}  # music_job: when each job was last asked about
        self.piece_tasks: dict[str, PieceTask] = {}  # a task's job id -> the whole piece that task drives
        self.http_base: str | None = None  # set when serving HTTP: tracks are also at {http_base}/tracks/{id}
        self.http_server: Any = None  # the uvicorn server, when serving HTTP: told to exit on a signal

    async def issue_confirmation(self, body_hash: str, estimate_usd: float) -> str:
        """A single-use code for one exact call (body and estimate), handed out in a refusal that a
        person must answer: the model cannot approve spend by itself, only relay the user's yes. Kept
        (as its hash) in the ledger, so any process on it may redeem it, once."""
        code = f"cf_{secrets.token_hex(8)}"
        await (await self.service()).issue_code(_code_hash(code), _binding(body_hash, estimate_usd), CONFIRMATION_TTL_S)
        return code

    async def redeem_confirmation(self, code: str, body_hash: str, estimate_usd: float) -> bool:
        """True once for a code issued for this exact call and not expired; the code is spent either way."""
        service = await self.service()
        return await service.redeem_code(_code_hash(code), _binding(body_hash, estimate_usd))

    @property
    def backend_name(self) -> str:
        from ace_step_mcp.wiring import backend_name

        return "offline" if self.offline and self.settings.backend.name is None else backend_name(self.settings)

    async def offered_tools(self) -> frozenset[str]:
        """The tools the active backend offers. RunComfy's are known from the settings; a self-hosted
        ACE-Step 1.5 server's depend on the models it loaded, so its listing waits (briefly) for the
        job service, which asks the server."""
        from ace_step_mcp.endpoints import RUNCOMFY_TOOLS

        if self._service is not None:
            with anyio.move_on_after(OFFER_REFRESH_WAIT_S):  # a listing never stalls on an unreachable host
                await self._service.refresh_offer()
            return self._service.offer.kinds
        if self.backend_name != "acestep15":
            return RUNCOMFY_TOOLS
        self._needed.set()
        with anyio.move_on_after(OFFER_WAIT_S):
            await self._ready.wait()
        if self._service is not None:
            return self._service.offer.kinds
        from ace_step_mcp.backends.acestep15 import BASE_KINDS

        return BASE_KINDS

    @property
    def started(self) -> JobService | None:
        """The job service if it is up, without waiting for it (listings must not wait)."""
        return self._service

    async def run(self) -> None:
        """Build the service (soon after start, or when first needed) and keep it until cancelled."""
        with anyio.move_on_after(WARMUP_DELAY_S):
            await self._needed.wait()
        from ace_step_mcp.wiring import open_service

        try:
            async with open_service(self.settings, offline=self.offline) as service:
                self._service = service
                # What is alive now (the SDK's ~550 pydantic models, our modules, the service) lives
                # as long as the process: take it out of the collector's view so that a full collection
                # under load walks only per-request objects. Without this, gen-2 pauses reached 84-138 ms
                # with 200 jobs over streamable HTTP (bench/run.py --only concurrency).
                gc.freeze()
                self._ready.set()
                try:
                    resumed = await service.resume_open_jobs()
                except Exception:  # the tools serve on: each job is resumed when it is asked about
                    log.exception("could not resume the jobs left open in the ledger")
                else:
                    if resumed:
                        log.info("resumed %d unfinished job(s) from the ledger", len(resumed))
                await anyio.sleep_forever()
        except Exception as exc:
            self._failure = " ".join(redact(f"{type(exc).__name__}: {exc}", None).split())[:300]
            self._ready.set()
            log.error("ace-step-mcp could not start its job service: %s", self._failure)

    async def service(self) -> JobService:
        self._needed.set()
        await self._ready.wait()
        if self._service is None:
            raise AceStepError(
                f"The server's job service could not start ({self._failure}); fix that (the data dir "
                f"{self.settings.store.home} must be writable, its ledger readable) and restart the server."
            )
        return self._service


def _code_hash(code: str) -> str:
    import hashlib

    return hashlib.sha256(code.strip().encode("utf-8", "replace")).hexdigest()


def _binding(body_hash: str, estimate_usd: float) -> str:
    return f"{body_hash}:{estimate_usd:.9f}"
