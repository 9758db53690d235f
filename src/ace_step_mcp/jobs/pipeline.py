"""The call pipeline, as values: what a generating call does once its jobs have started.

A call's takes are followed together within the call's wait; each finished render is measured, made
into the deliverable the call asked for (the render kept as its master), and the takes are ranked by
how well each measures against the tempo and key asked for. A piece longer than one render is a chain
of steps, each on the track the one before made. The MCP tools and the CLI render what comes back;
nothing here knows MCP.
"""

from __future__ import annotations

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
    wait_s: float,
    on_progress: ViewFn | None = None,
    heartbeat_s: float = 3.0,
    cancel_on_exit: bool = False,
) -> Take:
    """Wait for a job at most `wait_s`; a job still running is a take that runs, not an error."""
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
        made = await service.process_track(take.track.track_id, dict(options))
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


@dataclass(frozen=True)
class Chain:
    """How far a chain got within its call."""

    last: Delivery | None  # the latest step's delivery
    steps: tuple[Step, ...]
    steps_done: int  # steps whose track is made
    made: tuple[str, ...] = ()  # the track ids of the finished steps, in order
    stopped: Any = None  # what starting a step answered instead of a job (a refusal or a question)
    running_job: str | None = None  # the job of the step still rendering, if one is
    failures: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.steps_done == len(self.steps)

    @property
    def seconds_left(self) -> float:
        """The new audio the steps not done would add."""
        return sum(s.new_seconds for s in self.steps[self.steps_done :])


StartStep = Callable[[Step, str], Awaitable["JobView | Any"]]


async def run_chain(
    service: JobService,
    first: JobView,
    steps: Sequence[Step],
    *,
    wait_s: float,
    start_step: StartStep,
    options: Mapping[str, Any] | None = None,
    on_progress: ViewFn | None = None,
    heartbeat_s: float = 3.0,
) -> Chain:
    """Follow step 1, then start and follow each next step on the track the one before made, all
    within `wait_s`; the deliverable is made once the whole piece is. `start_step` starts one step
    (with the caller's confirmations and caps) and returns its job, or what to answer instead."""
    from ace_step_mcp.ports.values import JobView

    deadline = anyio.current_time() + wait_s

    async def follow(view: JobView, within: float) -> Delivery:
        return await deliver(
            service, [view], wait_s=within, on_progress=on_progress, heartbeat_s=heartbeat_s, cancel_on_exit=True
        )

    delivery = await follow(first, wait_s)
    made: list[str] = []
    done = 0
    for step in steps[1:]:
        take = delivery.takes[0]
        if take.track is None:
            break
        done += 1
        made.append(take.track.track_id)
        started = await start_step(step, take.track.track_id)
        if not isinstance(started, JobView):
            return Chain(delivery, tuple(steps), done, tuple(made), stopped=started)
        left = max(0.0, deadline - anyio.current_time())
        delivery = await follow(started, left)
    take = delivery.takes[0]
    if take.track is not None:
        done += 1
        made.append(take.track.track_id)
        if done == len(steps) and options:
            delivery = Delivery((await _processed(service, take, options),))
    running = take.view.job_id if take.running else None
    return Chain(delivery, tuple(steps), done, tuple(made), running_job=running)
