"""The values the job core hands out: a job's state, a job as seen from outside, a stored track.

They are frozen: an adapter (MCP tools, tasks, the CLI) renders them and cannot change the job
through them. Every decision about a state (is it over, does it count against the caps, what the
user is told to do next) is a property here, so no adapter compares state strings.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ace_step_mcp.endpoints import Endpoint
    from ace_step_mcp.errors import AceStepError


# Who the current request acts for: "iss|sub" of an OAuth token or "key:NAME" of an API key; None on a
# one-person server (stdio, the shared bearer token) and for the server's own work. Set by the surface
# for each request; every ledger scopes its reads and stamps its writes with it, so no path of the job
# core can reach another person's jobs, tracks, spend, codes or plans by forgetting to check.
PERSON: ContextVar[str | None] = ContextVar("ace_step_mcp_person", default=None)
# The render scope (ACE_STEP_MCP_OAUTH_RENDER_SCOPE) the current request's OAuth token lacks, or None when it
# may start renders; checked before a spend is confirmed and where every job's row is written.
SCOPE_MISSING: ContextVar[str | None] = ContextVar("ace_step_mcp_scope_missing", default=None)


class JobState(enum.StrEnum):
    """A job's state in the ledger (stored as its value)."""

    PENDING = "pending"  # the row is written and the submit is on its way; no answer yet
    SUBMITTED = "submitted"  # RunComfy answered with a request id: queued or rendering there
    UNKNOWN = "unknown"  # the submit may or may not have reached RunComfy; never resubmitted by us
    DONE = "done"  # the track is stored
    FAILED = "failed"  # over: refused or failed, upstream or here
    CANCELLED = "cancelled"  # over: cancelled before it rendered
    LOST = "lost"  # over: RunComfy rendered and billed it, but its file can never be kept here

    @property
    def is_open(self) -> bool:
        """Still moving: this or another process drives it to an end."""
        return self in (JobState.PENDING, JobState.SUBMITTED)


OPEN_STATES = frozenset({JobState.PENDING, JobState.SUBMITTED})
# Count against the caps: paid, or may have been.
SPENDING_STATES = frozenset({JobState.PENDING, JobState.SUBMITTED, JobState.UNKNOWN, JobState.DONE, JobState.LOST})


class CancelOutcome(enum.StrEnum):
    """What a cancel achieved."""

    CANCELLED = "cancelled"  # stopped before it rendered: nothing is billed
    NOT_CANCELLABLE = "not_cancellable"  # already rendering: it runs to the end, is billed, and is stored
    REQUESTED = "cancel_requested"  # asked during the submit: cancelled upstream if still queued, else collected

    def sentence(self, job_id: str, state: JobState, *, label: str = "RunComfy", can_cancel: bool = True) -> str:
        """What the cancel did, truthfully about money (and about a backend that has no cancel)."""
        if not can_cancel and self in (CancelOutcome.NOT_CANCELLABLE, CancelOutcome.REQUESTED):
            return (
                f"{job_id} cannot be stopped: {label} has no cancel, so it renders to the end (at no cost) and its "
                f"track will still be stored (music_job 'result' fetches it)."
            )
        return {
            CancelOutcome.CANCELLED: f"Cancelled {job_id} while it was queued; nothing is billed.",
            CancelOutcome.NOT_CANCELLABLE: f"{job_id} is already rendering and cannot be stopped; RunComfy bills "
            f"it, and its track will still be stored (music_job 'result' fetches it).",
            CancelOutcome.ALREADY_OVER: f"{job_id} is already {state.value}; nothing to cancel.",
            CancelOutcome.REQUESTED: f"{job_id} was still being submitted; it will be cancelled at RunComfy if it "
            f"is still queued there (nothing billed), else it renders, is billed, and its track is stored "
            f"(music_job 'result' fetches it).",
        }[self]

    def status(self, state: JobState) -> str:
        """The word a result reports: the outcome, or the state a job that was over had."""
        return state.value if self is CancelOutcome.ALREADY_OVER else self.value

    ALREADY_OVER = "already_over"  # it had ended (done, failed, cancelled or unknown) before the cancel


@dataclass(frozen=True)
class JobRequest:
    """A validated job, ready to start: the wire body, its price and where its input came from."""

    endpoint: Endpoint
    body: dict[str, Any]  # validated wire body, defaults included
    estimate_usd: float
    parent_track_id: str | None = None
    edit: Edit | None = None
    fresh: bool = False  # True: never reuse an identical earlier track

    @property
    def generated_s(self) -> float:
        """Seconds of audio the backend renders for it (an inpaint: its resolved window)."""
        return self.endpoint.generated_seconds_of(self.body, self.edit.window_s if self.edit else None)


@dataclass(frozen=True)
class Track:
    """A stored track: its file, what it is, and where it came from."""

    track_id: str
    job_id: str | None
    created_at: float
    path: str
    format: str
    sample_rate: int | None
    channels: int | None
    duration_s: float | None
    size: int | None
    sha256: str | None
    source_url: str | None
    source_url_at: float | None
    tool: str | None
    model_id: str | None
    request_id: str | None
    seed: int | None
    cost_usd: float | None
    parent_track_id: str | None
    edit: Edit | None
    params: dict[str, Any] | None
    offline: bool
    analysis: dict[str, Any] | None = None  # measured tempo, key, loudness, peaks (audio/analysis.py)
    person: str | None = None  # whose track it is (None: the single person of a one-person server)


@dataclass(frozen=True)
class JobView:
    """A job as its caller may see it, at one moment."""

    job_id: str
    endpoint: Endpoint
    state: JobState
    phase: str  # what RunComfy last said (in_queue, in_progress, ...), or `submitting`
    request_id: str | None
    queue_position: int | None
    elapsed_s: float
    expected_s: float
    estimate_usd: float
    cost_usd: float | None
    created_at: float
    updated_at: float
    offline: bool
    driven_here: bool  # this process follows it (else another process does, or nobody)
    track: Track | None = None
    deduplicated: bool = False
    error: str | None = None  # one sentence, when it ended without a track
    failure: AceStepError | None = None  # the typed error behind `error`, for exit codes
    output: dict[str, Any] | None = None  # RunComfy's `output` object, as returned
    note: str | None = None  # why following is paused just now (a fault being retried), for the user
    parent_track_id: str | None = None  # an edit: the track it edits
    edit: Edit | None = None  # an edit: its window or extension, as asked
    preview: bool = False  # a stand-in render (the bundled emulator); a free self-hosted server's is not

    @property
    def finished(self) -> bool:
        return not self.state.is_open

    @property
    def succeeded(self) -> bool:
        return self.state is JobState.DONE and self.track is not None

    @property
    def usd(self) -> float:
        """What it cost, else what it is estimated to cost."""
        return self.cost_usd if self.cost_usd is not None else self.estimate_usd

    def progress_sentence(self) -> str:
        """The one progress sentence: where the job is and how long it has left (nothing is left of a
        job that completed: "completed, about 9 s left" stopped a client's bar at 14 %)."""
        if self.finished or self.phase == "completed":
            return f"{self.phase.replace('_', ' ')} after {self.elapsed_s:.0f} s"
        where = f" (queue position {self.queue_position})" if self.queue_position else ""
        left = max(0.0, self.expected_s - self.elapsed_s)
        said = f"{self.phase.replace('_', ' ')}{where}, {self.elapsed_s:.0f} s elapsed, about {left:.0f} s left"
        return f"{said}; retrying: {self.note}" if self.note else said

    def ended_sentence(self) -> str:
        """Why a job that ended has no track to show."""
        if self.state is JobState.DONE:
            return f"Job {self.job_id} finished but its track is missing; it may have been removed."
        return self.error or f"Job {self.job_id} ended {self.state.value}."


@dataclass(frozen=True)
class NewJob:
    """A job row to open: everything known before the submit."""

    job_id: str
    tool: str
    model_id: str
    body: dict[str, Any]  # as recorded (inline audio replaced by its hash)
    body_hash: str  # of the exact body sent
    estimate_usd: float
    parent_track_id: str | None = None
    edit: Edit | None = None


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True)
class JobChange:
    """A typed change to a job's row; fields left UNSET are not touched (None writes a NULL)."""

    state: JobState = UNSET
    request_id: str | None = UNSET
    status: str | None = UNSET
    cost_usd: float | None = UNSET
    output_url: str | None = UNSET
    track_id: str | None = UNSET
    error: str | None = UNSET
    submitted_at: float | None = UNSET
    finished_at: float | None = UNSET
    gen_s: float | None = UNSET
    wall_s: float | None = UNSET

    def columns(self) -> dict[str, Any]:
        """The set fields as column values (a state as its stored word)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not UNSET:
                out[f.name] = value.value if isinstance(value, JobState) else value
        return out


@dataclass(frozen=True)
class JobRow:
    """A job as the ledger records it."""

    job_id: str
    created_at: float
    updated_at: float
    tool: str
    model_id: str
    body: dict[str, Any]
    body_hash: str
    estimate_usd: float
    state: JobState
    request_id: str | None
    status: str | None
    cost_usd: float | None
    output_url: str | None
    track_id: str | None
    error: str | None
    parent_track_id: str | None
    edit: Edit | None
    submitted_at: float | None
    finished_at: float | None
    offline: bool
    owner: str | None = None
    lease_until: float | None = None
    person: str | None = None  # whose job it is (None: the single person of a one-person server)


@dataclass(frozen=True)
class Edit:
    """What an edit or a deliverable did to its parent track, typed.

    Kept (in the ledger, a track's sidecar, results and the player) as `record()`, a JSON object whose
    keys are these fields' names with `kind` written as "type"; `Edit.of` reads it back."""

    kind: str  # inpaint | outpaint | process | stem | cover | add_part (the last three: a whole source, never spliced)
    start_s: float | None = None  # inpaint: the window regenerated, in the source's seconds
    end_s: float | None = None
    before_s: float = 0.0  # outpaint: seconds added before and after
    after_s: float = 0.0
    source_s: float | None = None  # the source's length
    preserve_original: bool = True  # splice the render back into the original
    crossfade_ms: float | None = None
    context_s: float | None = None
    sent: dict[str, Any] | None = None  # what was sent: seconds, ranges, how (url, inline, file)
    source: dict[str, Any] | None = None  # where the source's samples are and its identity
    plan: dict[str, Any] | None = None  # the splice plan (audio/splice.EditPlan.record())
    spliced: bool | None = None  # None until the render is in
    result: str | None = None  # what the track is, in words
    exact_s: float | None = None  # seconds of the original kept bit for bit
    options: dict[str, Any] = field(default_factory=dict)  # process: the deliverable's options and measures

    KINDS: ClassVar[tuple[str, ...]] = ("inpaint", "outpaint", "process", "stem", "cover", "add_part")

    @classmethod
    def of(cls, record: Mapping[str, Any] | Edit | None) -> Edit | None:
        if record is None or isinstance(record, Edit):
            return record
        data = dict(record)
        kind = str(data.pop("type", ""))
        if kind not in cls.KINDS:
            raise ValueError(f"not an edit record: type {kind!r}")
        known = {f.name for f in fields(cls)} - {"kind", "options"}
        typed = {k: data.pop(k) for k in list(data) if k in known}
        return cls(kind=kind, **typed, options=data)

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.kind}
        for f in fields(self):
            if f.name in ("kind", "options"):
                continue
            value = getattr(self, f.name)
            if f.name in ("before_s", "after_s") and self.kind != "outpaint":
                continue
            if f.name == "preserve_original" and self.kind == "process":
                continue
            if value is not None:
                out[f.name] = value
        return out | self.options

    @property
    def window_s(self) -> float | None:
        """Seconds the backend renders: an inpaint's window, a whole-source job's source; None for others."""
        if self.kind == "inpaint" and self.start_s is not None and self.end_s is not None:
            return float(self.end_s) - float(self.start_s)
        if self.kind in ("stem", "cover", "add_part") and self.source_s is not None:
            return float(self.source_s)
        return None

    @property
    def timeline_offset_s(self) -> float:
        """Where the parent's 0:00 falls in this track: +before for an outpaint, -trim for a trimmed deliverable."""
        if self.kind == "outpaint":
            return float(self.before_s or 0.0)
        if self.kind == "process":
            return -float(self.options.get("trim_start_s") or 0.0)
        return 0.0

    def window(self) -> dict[str, Any] | None:
        """What a job list shows of an edit: its window, or its extension."""
        if self.kind == "inpaint":
            return {"start_s": self.start_s, "end_s": self.end_s}
        if self.kind == "outpaint":
            return {"before_s": self.before_s, "after_s": self.after_s}
        return None
