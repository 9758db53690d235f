"""The three ports under the job core: `Backend` (who renders), `Ledger` (where jobs, tracks, spend and
confirmation codes are recorded) and `Blobs` (where track files live).

The job core (`jobs/`) talks to these protocols and to the neutral values in `ports.values`, never to
a vendor's client, a database driver or the emulator. Each adapter lives under `backends/` or
`stores/` and is picked by one `match` on a setting in `wiring.py`. Nothing here is registered or
loaded dynamically.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ace_step_mcp.ports.values import JobChange, JobRow, JobState, NewJob, Track
from ace_step_mcp.settings import SpendCaps

# -- the backend ------------------------------------------------------------------------------

# Neutral phases of a render. An adapter maps its vendor's words onto these; nothing above the
# adapters compares a vendor's status words.
QUEUED = "in_queue"
RENDERING = "in_progress"
COMPLETED = "completed"
CANCELLED = "cancelled"
FAILED = "failed"


@dataclass(frozen=True)
class Offer:
    """What a backend offers: the kinds of job (tool names), its limits, and its price."""

    name: str  # runcomfy | offline | acestep15 | a test backend's name
    kinds: frozenset[str]  # the tools it serves: text_to_audio, audio_inpaint, ...
    max_render_s: float  # the longest render (and the longest clip an edit may send)
    max_source_s: float  # the longest source an edit may start from (edits splice inside it)
    free: bool  # a render costs nothing (offline previews, a self-hosted server)
    label: str  # how results name it: "RunComfy", "the offline emulator", ...
    setup_problem: str | None = None  # why it cannot take jobs yet (no token), as one sentence
    min_render_s: float = 5.0  # the shortest new track it renders
    can_cancel: bool = True  # it has a cancel (a self-hosted ACE-Step 1.5 server has none)
    preview: bool = False  # its renders are the bundled emulator's stand-ins, not ACE Step's

    def price_factor(self) -> float:
        """1 where the endpoint table's prices apply, 0 where renders are free."""
        return 0.0 if self.free else 1.0


@dataclass(frozen=True)
class Progress:
    """Where a render stands, as a backend last said (phase in the neutral words above)."""

    request_id: str
    status: str
    queue_position: int | None
    elapsed_s: float
    polls: int


@dataclass(frozen=True)
class Rendered:
    """A render that ended upstream: its file's URL (when it made one), what it cost, how long it took."""

    request_id: str
    status: str
    finished: bool  # True: the backend says it completed (a result that lags says otherwise)
    audio_url: str | None
    output: dict[str, Any] | None
    cost_usd: float | None = None
    wall_s: float | None = None


@dataclass(frozen=True)
class Downloaded:
    path: Path
    size: int
    sha256: str
    format: str
    content_type: str | None


ProgressFn = Callable[[Progress], Awaitable[None]]


class Backend(Protocol):
    """Who renders. Submit is sent once and never retried; everything after it may be retried."""

    offer: Offer

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> str:
        """Send the body once; the request id. Raises `SubmitOutcomeUnknown` when the bytes may have
        left and no answer came, an `AceStepError` when it was refused."""
        ...

    async def wait(
        self, request_id: str, *, on_progress: ProgressFn | None, timeout_s: float, expected_s: float | None
    ) -> Rendered:
        """Follow a submitted render to its end (`JobFailed` when it failed or was cancelled upstream)."""
        ...

    async def cancel(self, request_id: str) -> bool:
        """True when the render was stopped before it rendered (nothing billed)."""
        ...

    async def fetch(self, url: str, folder: Path, stem: str) -> Downloaded:
        """Download a render's file into `folder` as `stem.<ext>`, streamed and hashed."""
        ...

    def clip_target(self, suffix: str) -> tuple[Path, str] | None:
        """How a source clip reaches the backend: a local path it reads by the returned URL (the
        offline emulator), or None when the clip goes inline in the body."""
        ...

    def reads_url(self, url: str) -> bool:
        """Whether the backend can fetch this URL itself (so a whole source need not be sent)."""
        ...

    async def aclose(self) -> None: ...


# -- the ledger -------------------------------------------------------------------------------


class Ledger(Protocol):
    """Jobs, tracks, spend and confirmation codes. Async; each verb is one transaction.

    Every verb acts for `PERSON` (ports.values), the person the current request is for: reads see
    only their rows, writes are stamped with them, their caps are checked beside the deployment's,
    and a code or plan is theirs alone. With PERSON unset (a one-person server, the operator, the
    server's own work such as the reclaim pass) nothing is filtered. A job's track belongs to the
    job's person, whoever records it."""

    async def open_jobs(
        self,
        jobs: Sequence[NewJob],
        caps: SpendCaps,
        *,
        offline: bool,
        owner: str | None = None,
        lease_s: float = 120.0,
    ) -> None:
        """Write the rows with the caps checked on their total in the same transaction: all or none
        (raises `SpendRefused`). With `owner`, the rows are born leased to it, so no other process
        can take a job between its row and its submit."""
        ...

    async def check_caps(self, caps: SpendCaps, estimate_usd: float) -> None: ...

    async def claim(self, job_id: str, owner: str, lease_s: float = 120.0) -> bool:
        """Take (or renew) the right to follow a job; False while another live owner holds it."""
        ...

    async def update_job(self, job_id: str, change: JobChange) -> None: ...

    async def job(self, job_id: str) -> JobRow | None: ...

    async def jobs(self, *, states: frozenset[JobState] | None = None, limit: int = 50) -> list[JobRow]: ...

    def changes(self, job_id: str, *, since: float | None = None, poll_s: float = 0.5) -> AsyncIterator[JobRow]:
        """A job's row each time it changes (any process's writes). `since`: the `updated_at` the
        caller last saw, so a change made before the stream's first read is not missed (None: from
        the first read on)."""
        ...

    async def recent_duplicate(self, body_hash: str, since: float) -> Track | None: ...

    async def expected_wall_s(self, model_id: str, generated_s: float, *, offline: bool) -> float | None: ...

    async def add_track(self, track: Track) -> None:
        """Store a track's record; a track with a job id also ends that job as done."""
        ...

    async def set_analysis(self, track_id: str, analysis: Mapping[str, Any]) -> None: ...

    async def track(self, track_id: str) -> Track | None: ...

    async def tracks(self, limit: int = 50) -> list[Track]: ...

    async def children(self, track_ids: Sequence[str], limit: int = 100) -> list[Track]: ...

    async def delete_track(self, track_id: str) -> Track | None: ...

    async def spend_by_day(self, *, by_person: bool = False) -> list[dict[str, Any]]:
        """Spend per UTC day and tool (and per person, for the operator)."""
        ...

    async def spent(self, since: float | None = None) -> float: ...

    async def issue_code(self, code_hash: str, binding: str, expires_at: float) -> None:
        """Record a confirmation code (its hash) bound to one call."""
        ...

    async def redeem_code(self, code_hash: str, binding: str, now: float) -> bool:
        """Use a code once: True only for a live, unused code issued for this binding."""
        ...

    async def save_plan(self, plan_id: str, key: str, record: Mapping[str, Any], *, version: int) -> bool:
        """Write a plan (a piece longer than one render): `version` 0 creates it (False if the id
        exists); else it replaces the record only while the stored version is still `version` (False
        when another writer came first). Each write adds 1 to the version; `record` is plain JSON."""
        ...

    async def plan(self, plan_id: str) -> dict[str, Any] | None:
        """A plan as `{"plan_id", "key", "version", "created_at", "updated_at", "record"}`, or None."""
        ...

    async def plan_for_key(self, key: str, since: float) -> dict[str, Any] | None:
        """The newest plan written under `key` since `since` (the same shape as `plan`), or None."""
        ...

    async def add_key(self, key_id: str, person: str, key_hash: str) -> None:
        """Record an API key (its hash only) for a person."""
        ...

    async def keys(self) -> list[dict[str, Any]]:
        """Every key: key_id, person, created_at, last_used_at, revoked_at (never a hash)."""
        ...

    async def revoke_key(self, key_id: str) -> bool: ...

    async def person_of_key(self, key_hash: str) -> str | None:
        """The person a live key is for (its last use recorded), or None."""
        ...

    async def maintain(self) -> None:
        """Periodic housekeeping (a checkpoint, expired codes); called every few seconds."""
        ...

    async def aclose(self) -> None: ...


# -- the track files ----------------------------------------------------------------------------


class Blobs(Protocol):
    """Where track files live. Files are made locally (a render's download, a splice, a deliverable)
    in `staging()`, then `put` under their key; `local` gives a readable local copy."""

    def staging(self) -> Path:
        """A local folder on the same file system as where new files are made."""
        ...

    async def put(self, key: str, path: Path) -> str:
        """Keep the file at `path` (in `staging()`) as `key`; returns the local path that now holds it."""
        ...

    async def local(self, key: str) -> Path | None:
        """A readable local copy of `key`, or None when it is gone."""
        ...

    def url(self, key: str) -> str | None:
        """A URL a client may download `key` from, where the store has one (else None)."""
        ...

    async def delete(self, key: str) -> None: ...


@dataclass
class Ports:
    """The three adapters a job service is built on (made by `wiring.py`)."""

    backend: Backend
    ledger: Ledger
    blobs: Blobs
    http: Any = None  # the HTTP stack that fetches input audio (audio/refs); None: URLs are refused
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


__all__ = [
    "CANCELLED",
    "COMPLETED",
    "FAILED",
    "QUEUED",
    "RENDERING",
    "Backend",
    "Blobs",
    "Downloaded",
    "Ledger",
    "Offer",
    "Ports",
    "Progress",
    "ProgressFn",
    "Rendered",
]
