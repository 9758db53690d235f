"""The call pipeline, as values: what a generating call does once its jobs have started.

A call's takes are followed together within the call's wait; each finished render is measured, made
into the deliverable the call asked for (the render kept as its master), and the takes are ranked by
how well each measures against the tempo and key asked for. A piece longer than one render is a chain
of steps, each on the track the one before made. The MCP tools and the CLI render what comes back;
nothing here knows MCP.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.errors import AceStepError

if TYPE_CHECKING:
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobView, Track

ViewFn = Callable[["JobView"], Awaitable[None]]


@dataclass(frozen=True)
class Take:
    """One job of a call, as the call's wait left it."""

    view: JobView
    track: Track | None = None  # what the call delivers: the render, or the deliverable made from it
    master: Track | None = None  # the render as it came, when `track` is a deliverable of it
    error: str | None = None  # why this take has no track
    note: str | None = None  # why the render is delivered as it came (its deliverable failed)
    new: bool = False  # a render made by this call (not an earlier identical one reused)

    @property
    def running(self) -> bool:
        return self.error is None and not self.view.finished

    @property
    def made(self) -> bool:
        return self.track is not None


def requested_and_matches(track: Track) -> tuple[dict[str, Any], dict[str, bool]]:
    """What the tags asked for (tempo, key) and whether the track measures so."""
    from ace_step_mcp.audio.analysis import Analysis, compare

    if not track.analysis:
        return {}, {}
    tags = (track.params or {}).get("tags")
    return compare(str(tags) if tags else None, Analysis(**track.analysis))


def take_rank(take: Take) -> tuple[int, float]:
    """Most matches first; then the tempo nearest the one asked (a take with no ask keeps its order)."""
    assert take.track is not None
    requested, matches = requested_and_matches(take.track)
    bpm_off = 0.0
    analysis = take.track.analysis or {}
    if "bpm" in requested and analysis.get("bpm"):
        bpm_off = abs(float(analysis["bpm"]) - float(requested["bpm"]))
    return (-sum(bool(v) for v in matches.values()), bpm_off)


@dataclass(frozen=True)
class Delivery:
    """A call's takes, in the order they were started."""

    takes: tuple[Take, ...]

    @property
    def running(self) -> list[Take]:
        return [t for t in self.takes if t.running]

    @property
    def ranked(self) -> list[Take]:
        """The takes that made a track, best match first."""
        return sorted((t for t in self.takes if t.made), key=take_rank)

    @property
    def failed(self) -> list[Take]:
        return [t for t in self.takes if t.error is not None]

    @property
    def job_ids(self) -> list[str]:
        return [t.view.job_id for t in self.takes]


async def follow_take(
    service: JobService,
    view: JobView,
    *,
    wait_s: float | None,
    on_progress: ViewFn | None = None,
    heartbeat_s: float = 3.0,
    cancel_on_exit: bool = False,
) -> Take:
    """Wait for a job at most `wait_s` (None: to its end); a job still running is a take that runs, not an error."""
    try:
        if not view.finished:
            view = await service.wait(
                view.job_id,
                timeout_s=wait_s,
                on_progress=on_progress,
                heartbeat_s=heartbeat_s,
                cancel_on_exit=cancel_on_exit,
            )
        if not view.finished:
            return Take(view)
        if view.track is None:
            return Take(view, error=view.ended_sentence())
        view = await service.measured(view)
        return Take(view, track=view.track, new=not view.deduplicated)
    except AceStepError as exc:  # this take failed; the others are still the user's renders
        return Take(view, error=str(exc))


async def deliver(
    service: JobService,
    views: Sequence[JobView],
    *,
    wait_s: float,
    options: Mapping[str, Any] | None = None,
    on_progress: ViewFn | None = None,
    heartbeat_s: float = 3.0,
    cancel_on_exit: bool = False,
) -> Delivery:
    """Follow a call's jobs together within `wait_s` (a call cancelled while it waits cancels every one
    of them), then make each finished render into the deliverable `options` ask for. While any take
    still runs, nothing is processed: the call answers with the running job instead."""
    takes: list[Take] = [Take(v) for v in views]

    async def one(i: int, view: JobView) -> None:
        takes[i] = await follow_take(
            service,
            view,
            wait_s=wait_s,
            on_progress=on_progress,
            heartbeat_s=heartbeat_s,
            cancel_on_exit=cancel_on_exit,
        )

    async with anyio.create_task_group() as tg:
        for i, view in enumerate(views):
            tg.start_soon(one, i, view)
    if options and not any(t.running for t in takes):
        takes = [await _processed(service, t, options) if t.made else t for t in takes]
    return Delivery(tuple(takes))


async def _processed(service: JobService, take: Take, options: Mapping[str, Any]) -> Take:
    assert take.track is not None
    try:
        made = await service.process_track(take.track.track_id, dict(options), paid=True)
    except AceStepError as exc:  # the paid render is the result; say why it is not processed
        return replace(take, note=f"The track is the render as it came: {exc}")
    return replace(take, track=made, master=take.track)


# -- chained steps: a piece longer than one render ---------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One call of a chain: the endpoint and its arguments (the track comes from the step before)."""

    endpoint: str
    arguments: dict[str, Any]

    @property
    def new_seconds(self) -> float:
        if "duration" in self.arguments:
            return float(self.arguments["duration"])
        a = self.arguments
        return float(a.get("extend_before_duration", 0)) + float(a.get("extend_after_duration", 0))


@dataclass
class Piece:
    """A piece longer than one render: one plan with one id, recorded in the ledger before its first
    submit. Its steps and their total are fixed when it is confirmed; each step's job id is recorded
    before that job's row is written, and its track once made, so any later call, `music_job` or task
    resumes it where it stands and never plans or pays a step again."""

    plan_id: str
    key: str  # the call that planned it: the same call again resumes it
    steps: tuple[Step, ...]
    total_usd: float
    jobs: list[str | None]
    tracks: list[str | None]
    state: str = "running"  # running | done | cancelled
    options: dict[str, Any] | None = None  # the deliverable the finished piece is made into
    fresh: bool = False
    version: int = 0

    def record(self) -> dict[str, Any]:
        return {
            "steps": [{"endpoint": s.endpoint, "arguments": s.arguments} for s in self.steps],
            "total_usd": self.total_usd, "jobs": self.jobs, "tracks": self.tracks, "state": self.state,
            "options": self.options, "fresh": self.fresh,
        }  # fmt: skip

    @classmethod
    def of(cls, stored: Mapping[str, Any]) -> Piece:
        r = stored["record"]
        return cls(
            plan_id=stored["plan_id"], key=stored["key"],
            steps=tuple(Step(s["endpoint"], dict(s["arguments"])) for s in r["steps"]),
            total_usd=float(r["total_usd"]), jobs=list(r["jobs"]), tracks=list(r["tracks"]), state=r["state"],
            options=r.get("options"), fresh=bool(r.get("fresh")), version=int(stored["version"]),
        )  # fmt: skip

    @property
    def made(self) -> tuple[str, ...]:
        return tuple(t for t in self.tracks if t)

    @property
    def steps_done(self) -> int:
        return next((i for i, t in enumerate(self.tracks) if not t), len(self.steps))

    def paid_sentence(self) -> str:
        """Every track already made (and paid for), in order, or that none is yet."""
        if not self.made:
            return f"No step of plan {self.plan_id} has made a track yet."
        return (
            f"Already made and paid for ({self.steps_done} of {len(self.steps)} steps of plan {self.plan_id}): "
            + ", ".join(f"step {i + 1} {t}" for i, t in enumerate(self.tracks) if t)
            + "."
        )


PLAN_PREFIX = "pln_"
RESUME_WITHIN_S = 24 * 3600.0  # the same call within a day resumes an unfinished piece


def piece_key(steps: Sequence[Step], options: Mapping[str, Any] | None, fresh: bool) -> str:
    """What identifies the call that planned a piece: its steps, exactly, and what it delivers."""
    import hashlib
    import json

    said = [[s.endpoint, s.arguments] for s in steps], dict(options or {}), fresh
    return hashlib.sha256(json.dumps(said, sort_keys=True, default=str).encode()).hexdigest()


def piece_estimate(first_usd: float, steps: Sequence[Step], price_factor: float) -> float:
    """The whole piece: step 1 as prepared (its source priced), the later steps by the seconds they add."""
    from ace_step_mcp.endpoints import BY_TOOL

    later = sum(BY_TOOL[s.endpoint].price_per_s * s.new_seconds for s in steps[1:]) * price_factor
    return round(first_usd + later, 6)


async def unfinished_piece(service: JobService, key: str) -> Piece | None:
    """The piece the same call planned within a day and did not finish (nor was cancelled)."""
    import time

    stored = await service.plan_for_key(key, time.time() - RESUME_WITHIN_S)
    if stored is None:
        return None
    piece = Piece.of(stored)
    return piece if piece.state == "running" else None


async def load_piece(service: JobService, plan_id: str) -> Piece | None:
    stored = await service.plan(plan_id)
    return Piece.of(stored) if stored is not None else None


async def open_piece(
    service: JobService, key: str, steps: Sequence[Step], total_usd: float, *, options: Any, fresh: bool
) -> Piece:
    """Record a confirmed piece in the ledger: before its first submit."""
    import secrets

    piece = Piece(
        plan_id=f"{PLAN_PREFIX}{secrets.token_hex(6)}", key=key, steps=tuple(steps), total_usd=total_usd,
        jobs=[None] * len(steps), tracks=[None] * len(steps), options=dict(options) if options else None, fresh=fresh,
    )  # fmt: skip
    if not await service.save_plan(piece.plan_id, key, piece.record(), version=0):  # pragma: no cover - random id
        raise AceStepError("A plan id was already taken; try again.")
    piece.version = 1
    return piece


async def _saved(service: JobService, piece: Piece) -> bool:
    """Write the piece if nobody else wrote it since it was read (then its version moves on)."""
    if not await service.save_plan(piece.plan_id, piece.key, piece.record(), version=piece.version):
        return False
    piece.version += 1
    return True


async def cancel_piece(service: JobService, plan_id: str) -> Piece | None:
    """A person's cancel: no further step starts; the step that runs is cancelled if it can still be."""
    for _ in range(20):
        piece = await load_piece(service, plan_id)
        if piece is None or piece.state != "running":
            return piece
        piece.state = "cancelled"
        if await _saved(service, piece):
            running = piece.jobs[piece.steps_done] if piece.steps_done < len(piece.steps) else None
            if running:
                with contextlib.suppress(AceStepError):
                    await service.cancel(running)
            return piece
    raise AceStepError(f"Plan {plan_id} is being changed by another call; cancel it again.")


@dataclass(frozen=True)
class Chain:
    """How far a piece got within its call."""

    last: Delivery | None  # the latest step's delivery
    steps: tuple[Step, ...]
    steps_done: int  # steps whose track is made
    made: tuple[str, ...] = ()  # the track ids of the finished steps, in order
    stopped: Any = None  # why no further step started (a refusal, a cancel, a step's failure), one sentence
    running_job: str | None = None  # the job of the step still rendering, if one is
    failures: list[str] = field(default_factory=list)
    piece: Piece | None = None

    @property
    def complete(self) -> bool:
        return self.steps_done == len(self.steps)

    @property
    def seconds_left(self) -> float:
        """The new audio the steps not done would add."""
        return sum(s.new_seconds for s in self.steps[self.steps_done :])


PrepareStep = Callable[[Step, "str | None"], Awaitable[Any]]


async def run_piece(
    service: JobService,
    piece: Piece,
    *,
    wait_s: float | None,
    prepare_step: PrepareStep,
    on_progress: ViewFn | None = None,
    heartbeat_s: float = 3.0,
    start_only: bool = False,
) -> Chain:
    """Drive a recorded piece from where it stands, within `wait_s` (None: to its end): follow the
    step that runs, start the next on the track the one before made, and make the deliverable once
    the whole piece is. `prepare_step(step, track_id)` prepares a step's request (step 1 gets None).
    A step is never started twice: its job id is in the plan before its row is written, and a
    writer that lost the race follows the winner's job. A call cancelled while it waits (its client
    went away) starts no further step; the step that runs was confirmed and is kept for a resume.
    `start_only`: return once the step that runs is started (a task drives the rest)."""
    deadline = None if wait_s is None else anyio.current_time() + wait_s
    delivery: Delivery | None = None
    for _ in range(4 * len(piece.steps) + 8):  # each pass makes progress or lost a race to one that did
        piece = await load_piece(service, piece.plan_id) or piece
        done = piece.steps_done
        if piece.state == "cancelled":
            return _chain(piece, delivery, stopped=f"Plan {piece.plan_id} was cancelled, so no further step starts.")
        if done == len(piece.steps):
            return await _finished(service, piece, delivery)
        view, stop = await _step_job(service, piece, done, prepare_step)
        if stop is not None:
            return _chain(piece, delivery, stopped=stop)
        if view is None:
            continue  # another call moved the plan on: read it again
        if start_only and not view.finished:
            return _chain(piece, delivery, running=view.job_id)
        left = None if deadline is None else max(0.0, deadline - anyio.current_time())
        take = await follow_take(service, view, wait_s=left, on_progress=on_progress, heartbeat_s=heartbeat_s)
        if take.running:
            return _chain(piece, Delivery((take,)), running=view.job_id)
        if take.track is None:
            return _chain(piece, Delivery((take,)), stopped=f"Step {done + 1} made no track: {take.error}")
        piece.tracks[done] = take.track.track_id
        await _saved(service, piece)  # lost: the other writer recorded the same job's track
        delivery = Delivery((take,))
    raise AceStepError(f"Plan {piece.plan_id} is being moved by other calls; follow it with music_job.")


async def _step_job(
    service: JobService, piece: Piece, i: int, prepare_step: PrepareStep
) -> tuple[JobView | None, str | None]:
    """Step `i`'s job: the one recorded, else a new one started (its id recorded first). None when
    another writer moved the plan; a sentence when the step cannot go on."""
    from ace_step_mcp.jobs.runner import new_job_id
    from ace_step_mcp.ports.values import SPENDING_STATES, JobState

    job_id = piece.jobs[i]
    view = await service.view(job_id) if job_id else None
    if view is not None and view.finished and view.track is None:
        if view.state is JobState.CANCELLED:
            piece.state = "cancelled"
            await _saved(service, piece)
            return None, f"Step {i + 1} (job {view.job_id}) was cancelled, so no further step starts."
        if view.state in SPENDING_STATES:  # money may have moved: never sent again
            return None, f"Step {i + 1} (job {view.job_id}) ended {view.state.value}: {view.ended_sentence()}"
        job_id = None  # it failed and was not billed: the step is tried again
    if view is not None and job_id is not None:
        return view, None
    job_id = job_id or new_job_id()
    if piece.jobs[i] != job_id:
        piece.jobs[i] = job_id
        if not await _saved(service, piece):
            return None, None
    previous = piece.tracks[i - 1] if i else None
    try:
        request = await prepare_step(piece.steps[i], previous)
        view = await service.start(request, job_id=job_id)
    except AceStepError as exc:  # refused before anything was sent (a cap, the input): this step is not started
        return None, str(exc)
    if view.job_id != job_id:  # an identical render already running or made: the plan follows that one
        piece.jobs[i] = view.job_id
        await _saved(service, piece)
    return view, None


def _chain(piece: Piece, last: Delivery | None, *, stopped: str | None = None, running: str | None = None) -> Chain:
    return Chain(last, piece.steps, piece.steps_done, piece.made, stopped=stopped, running_job=running, piece=piece)


async def _finished(service: JobService, piece: Piece, delivery: Delivery | None) -> Chain:
    """The whole piece is made: recorded done, and its last track made into the deliverable."""
    if piece.state != "done":
        piece.state = "done"
        await _saved(service, piece)
    if delivery is None:  # made by earlier calls: the last step's track
        last_job = piece.jobs[-1]
        view = await service.view(last_job) if last_job else None
        if view is None or view.track is None:
            raise AceStepError(f"The last track of plan {piece.plan_id} is missing; it may have been removed.")
        delivery = Delivery((Take(await service.measured(view), track=view.track),))
    take = delivery.takes[0]
    if piece.options and take.track is not None and take.master is None:
        delivery = Delivery((await _processed(service, take, piece.options),))
    return _chain(piece, delivery)
