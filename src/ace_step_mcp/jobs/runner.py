"""The one way a job runs: ledger row, submit, wait, download, store.

Every caller (the four MCP tools, the router, the CLI's `run`, resume after a restart) goes
through `JobRunner`. A job runs as a task in the runner's own task group, not in the caller's, so a
caller that stops waiting (a client timeout, a bounded wait) does not lose the job: it lands in the
store anyway. A caller that *cancels* asks RunComfy to cancel too and records the outcome.

Order of writes, which is what makes money safe:
  1. the job row (with the exact body and its hash) is committed before the submit is sent,
     inside the same transaction as the spend-cap check;
  2. the request_id is committed the moment the submit answers;
  3. a submit whose answer was lost is marked `unknown` and never sent again by us.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import random
import secrets
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.abc

from ace_step_mcp.endpoints import BY_MODEL_ID, SOURCE_KINDS, body_hash
from ace_step_mcp.errors import (
    AceStepError,
    DownloadRefused,
    JobFailed,
    PaidJobUnfinished,
    RetryableError,
    StillRunning,
    StoreError,
    SubmitOutcomeUnknown,
)
from ace_step_mcp.jobs.tracks import TrackStore, new_track_id
from ace_step_mcp.ports import Backend, Ledger, Progress
from ace_step_mcp.ports.values import (
    OPEN_STATES,
    PERSON,
    CancelOutcome,
    Edit,
    JobChange,
    JobRequest,
    JobState,
    NewJob,
    Track,
)
from ace_step_mcp.settings import Settings

ProgressFn = Callable[[Progress], Awaitable[None]]
log = logging.getLogger("ace_step_mcp")

FOLLOW_RETRY_CAP_S = 30.0  # the longest pause between two tries at following a paid job
COST_PLAUSIBLE_FACTOR = 10.0  # a reported cost above 10x the estimate is not believed


@dataclass
class JobOutcome:
    track: Track
    job_id: str
    deduplicated: bool = False
    output: dict[str, Any] | None = None  # the backend's `output` object, as returned


@dataclass
class JobHandle:
    job_id: str
    request: JobRequest
    started: float = field(default_factory=time.monotonic)
    request_id: str | None = None
    progress: Progress | None = None
    outcome: JobOutcome | None = None
    error: BaseException | None = None
    digest: str = ""  # the body hash, to attach identical fixed-seed calls to this job
    cancel_requested: bool = False  # a cancel came while the submit was in flight
    note: str | None = None  # why following is paused (a fault being retried), for the user
    followers: int = 0  # callers waiting on it now (identical fixed-seed calls attach to one job)
    expected_s: float | None = None  # how long it should take, fixed when first asked (`expected_for`)
    person: str | None = field(default_factory=PERSON.get)  # whose job (the request's, or the row's on resume)
    done: anyio.Event = field(default_factory=anyio.Event)
    _changed: anyio.Event = field(default_factory=anyio.Event)
    cancel_scope: anyio.CancelScope = field(default_factory=anyio.CancelScope)

    def notify(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    async def changed(self, timeout_s: float) -> None:
        with anyio.move_on_after(timeout_s):
            await self._changed.wait()

    def result(self) -> JobOutcome:
        if self.error is not None:
            raise self.error
        assert self.outcome is not None
        return self.outcome


class KeyedLocks:
    """One lock per key (a body hash, a track id), forgotten once nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, anyio.Lock] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, anyio.Lock())
        try:
            async with lock:
                yield
        finally:
            if not lock.locked() and lock.statistics().tasks_waiting == 0:
                self._locks.pop(key, None)


def new_job_id() -> str:
    return f"job_{secrets.token_hex(6)}"


class JobRunner:
    def __init__(self, settings: Settings, backend: Backend, ledger: Ledger, store: TrackStore) -> None:
        self.settings = settings
        self.ledger = ledger
        self.backend = backend
        self.store = store
        self.offline = backend.offer.free  # its renders cost nothing: not counted against the caps
        self.handles: dict[str, JobHandle] = {}
        self._digest_locks = KeyedLocks()
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.lease_s = settings.store.lease_s
        self._tg: anyio.abc.TaskGroup | None = None
        # Bookkeeping threads are few: forty of them (anyio's default) contend for the GIL in 5 ms
        # slices and the event loop waits behind them (measured: 240 ms stalls at 200 jobs).
        self._io_threads = anyio.CapacityLimiter(2)
        self.splice_threads = anyio.CapacityLimiter(1)
        self.analysis_threads = anyio.CapacityLimiter(2)

    async def __aenter__(self) -> JobRunner:
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._maintain_ledger)
        return self

    async def _maintain_ledger(self, every_s: float = 5.0) -> None:
        """Housekeeping every few seconds, and the reclaim pass every quarter lease: a job whose holder
        died (another replica, SIGKILLed) is taken over by whichever live process claims it first;
        one that died mid-submit becomes `unknown`, never resent."""
        reclaimed = time.monotonic()
        while True:
            await anyio.sleep(min(every_s, self.lease_s / 4))
            with contextlib.suppress(StoreError):  # a busy store is maintained next time
                await self.ledger.maintain()
                if time.monotonic() - reclaimed >= self.lease_s / 4:
                    reclaimed = time.monotonic()
                    await self.resume_open_jobs(include_unknown=False)

    async def __aexit__(self, *exc: Any) -> None:
        assert self._tg is not None
        self._tg.cancel_scope.cancel()
        await self._tg.__aexit__(None, None, None)
        self._tg = None

    # -- starting -------------------------------------------------------------------------------

    async def start(self, request: JobRequest, job_id: str | None = None) -> JobHandle:
        """Write the job row (caps checked) and start it; raises before anything is submitted.
        `job_id`: an id the caller recorded before (a plan's step), so a start that is retried after a
        kill finds its row instead of opening a second one."""
        body = request.body
        digest = body_hash(request.endpoint.model_id, body)
        job_id = job_id or new_job_id()
        handle = JobHandle(job_id, request, digest=digest)
        if request.fresh or body.get("seed", -1) == -1:
            return (await self._open([handle]))[0]
        # Identical fixed-seed calls that arrive together are decided one at a time: the check for a
        # running or finished twin and the opening of the row must not interleave at an await.
        async with self._digest_locks.hold(digest):
            return await self._start_fixed_seed(handle, request, digest)

    async def _start_fixed_seed(self, handle: JobHandle, request: JobRequest, digest: str) -> JobHandle:
        # The same fixed-seed body renders the same audio: attach to a running one, or reuse a
        # finished one whose file is still there, instead of paying again.
        # An edit's result also depends on what is done with the render here (spliced or not).
        keeps = _keeps_original(request.edit)
        running = next(
            (
                h
                for h in self.handles.values()
                # never another person's render, even an identical one
                if h.digest == digest
                and h.person == PERSON.get()
                and not h.done.is_set()
                and _keeps_original(h.request.edit) == keeps
            ),
            None,
        )
        if running is not None:
            return running
        if await self._reused(handle):
            return handle
        return (await self._open([handle]))[0]

    async def _reused(self, handle: JobHandle) -> bool:
        """Whether a finished render of the same fixed-seed body (whose file is still here) answers this
        job instead of a new one; if so the handle holds it, done."""
        keeps = _keeps_original(handle.request.edit)
        earlier = await self.ledger.recent_duplicate(handle.digest, time.time() - self.settings.store.dedupe_window_s)
        if earlier is not None:
            earlier = await self.store.located(earlier)
        if earlier is None or _keeps_original(earlier.edit) != keeps or not await anyio.Path(earlier.path).is_file():
            return False
        handle.outcome = JobOutcome(earlier, earlier.job_id or handle.job_id, deduplicated=True)
        handle.done.set()
        return True

    async def start_many(self, requests: list[JobRequest]) -> list[JobHandle]:
        """A call's takes: every row written in one transaction with the caps checked on their total,
        then each started. A take whose fixed-seed body was rendered before (its file still here) is
        that render again, as a single call's would be: the same call with takes never pays twice."""
        handles = [JobHandle(new_job_id(), r, digest=body_hash(r.endpoint.model_id, r.body)) for r in requests]
        new = [
            h for h in handles if h.request.fresh or h.request.body.get("seed", -1) == -1 or not await self._reused(h)
        ]
        if new:
            await self._open(new)
        return handles

    async def _open(self, handles: list[JobHandle]) -> list[JobHandle]:
        """The rows first (caps checked with them), then the submits: nothing is sent for a job the
        ledger does not hold. A row written is a job this process drives: a caller cancelled while
        the ledger answers (a database may commit before its answer arrives) must not leave it
        `pending` with nobody to submit it, so the write and the spawn are shielded together."""
        from ace_step_mcp.jobs.people import check_may_render

        check_may_render()  # here every new job passes, so no path renders without the scope
        with anyio.CancelScope(shield=True):
            await self._write_and_spawn(handles)
        return handles

    async def _write_and_spawn(self, handles: list[JobHandle]) -> None:
        await self.ledger.open_jobs(
            [
                NewJob(
                    job_id=h.job_id,
                    tool=h.request.endpoint.tool,
                    model_id=h.request.endpoint.model_id,
                    body=_params_for_record(h.request.body),  # the exact body's hash is recorded; inline audio is not
                    body_hash=h.digest,
                    estimate_usd=h.request.estimate_usd,
                    parent_track_id=h.request.parent_track_id,
                    edit=h.request.edit,
                )
                for h in handles
            ],
            self.settings.money.caps,
            offline=self.offline,
            owner=self.owner,  # born leased: no other process can call a row no one submits `unknown`
            lease_s=self.lease_s,
        )
        self.prune()
        for h in handles:
            self.handles[h.job_id] = h
            self._spawn(h, submit=True)

    def prune(self, keep_s: float = 900.0) -> None:
        """Forget finished jobs after a while: the ledger keeps them, memory need not."""
        now = time.monotonic()
        for job_id in [j for j, h in self.handles.items() if h.done.is_set() and now - h.started > keep_s]:
            del self.handles[job_id]

    def spawn(self, fn: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run `fn` on the runner's task group (it ends when the runner does)."""
        if self._tg is None:
            raise RuntimeError("JobRunner must be entered (async with) before work starts")
        self._tg.start_soon(fn)

    def _spawn(self, handle: JobHandle, *, submit: bool) -> None:
        if self._tg is None:
            raise RuntimeError("JobRunner must be entered (async with) before jobs start")
        self._tg.start_soon(self._drive, handle, submit)

    async def follow(
        self,
        handle: JobHandle,
        *,
        on_progress: ProgressFn | None = None,
        heartbeat_s: float = 5.0,
        timeout_s: float | None = None,
        cancel_on_exit: bool = False,
        until: Callable[[], bool] | None = None,
    ) -> JobOutcome | None:
        """The one wait on a job: until it ends, `timeout_s` passes (TimeoutError) or `until()` holds
        after a change (None). Progress is reported at least every `heartbeat_s`."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        handle.followers += 1
        try:
            while not handle.done.is_set():
                wait = heartbeat_s if deadline is None else min(heartbeat_s, deadline - time.monotonic())
                if wait <= 0:
                    raise TimeoutError
                await handle.changed(wait)
                if handle.done.is_set():
                    break
                if on_progress is not None:
                    await on_progress(self.snapshot(handle))
                if until is not None and until():
                    return None
        except anyio.get_cancelled_exc_class():
            # Identical fixed-seed calls share one job: only the last caller still waiting cancels it.
            if cancel_on_exit and not handle.done.is_set() and handle.followers == 1:
                with anyio.CancelScope(shield=True):
                    await self.cancel(handle.job_id)
            raise
        finally:
            handle.followers -= 1
        return handle.result()

    def snapshot(self, handle: JobHandle) -> Progress:
        elapsed = time.monotonic() - handle.started
        if handle.progress is None:
            return Progress(handle.request_id or "", "submitting", None, elapsed, 0)
        p = handle.progress
        return Progress(p.request_id, p.status, p.queue_position, elapsed, p.polls)

    async def cancel(self, job_id: str) -> CancelOutcome:
        """Cancel upstream if we can."""
        handle = self.handles.get(job_id)
        row = await self.ledger.job(job_id)
        if row is None:
            raise AceStepError(f"No job '{job_id}' in the ledger; list jobs to find its id.")
        if not row.state.is_open:
            return CancelOutcome.ALREADY_OVER
        request_id = row.request_id or (handle.request_id if handle else None)
        if request_id is None and handle is None:
            request_id = await self._cancel_elsewhere(job_id)
            if request_id is None:
                return CancelOutcome.REQUESTED if await self._still_submitting(job_id) else CancelOutcome.ALREADY_OVER
        if request_id is None:
            if handle is None or handle.done.is_set():
                return CancelOutcome.ALREADY_OVER  # nobody submits it: it is (or will be) `unknown`
            # The submit is in flight and may create the job: cutting it off would lose that job.
            # `_drive` cancels it upstream as soon as its request id is known, or collects it.
            handle.cancel_requested = True
            await self.ledger.update_job(job_id, JobChange(status=CancelOutcome.REQUESTED.value))
            handle.notify()
            return CancelOutcome.REQUESTED
        if await self.backend.cancel(request_id):
            await self.ledger.update_job(
                job_id,
                JobChange(state=JobState.CANCELLED, status=CancelOutcome.CANCELLED.value, finished_at=time.time()),
            )
            if handle is not None:
                handle.cancel_scope.cancel()
            return CancelOutcome.CANCELLED
        # The backend will finish and bill it: keep driving so the track lands in the store.
        await self.ledger.update_job(job_id, JobChange(status=CancelOutcome.NOT_CANCELLABLE.value))
        return CancelOutcome.NOT_CANCELLABLE

    async def _cancel_elsewhere(self, job_id: str) -> str | None:
        """A cancel of a job whose submit another process may have in flight: the request is left in
        the ledger (the submitter reads it once its submit answers); returns the request id if the
        submit answered meanwhile, so the caller cancels it upstream itself."""
        if await self.settle_unanswered(job_id):  # its submitter went away: `unknown`, never resent
            return None
        await self.ledger.update_job(job_id, JobChange(status=CancelOutcome.REQUESTED.value))
        row = await self.ledger.job(job_id)  # read after the write: a submit that answered before it
        return row.request_id if row is not None else None

    async def _still_submitting(self, job_id: str) -> bool:
        row = await self.ledger.job(job_id)
        return row is not None and row.state is JobState.PENDING

    async def _cancel_asked_elsewhere(self, job_id: str) -> bool:
        """Whether another process asked (through the ledger) to cancel this job during its submit."""
        row = await self._read(job_id)
        return row is not None and row.state.is_open and row.status == CancelOutcome.REQUESTED.value

    # -- driving --------------------------------------------------------------------------------

    async def _drive(self, handle: JobHandle, submit: bool) -> None:
        job_id = handle.job_id
        request = handle.request
        try:
            with handle.cancel_scope:
                if submit:
                    try:
                        # A submit can outlast the row's lease (a large upload on a slow link): the lease
                        # is renewed meanwhile, so no other process calls the job `unknown` while it is sent.
                        with self._renewing(job_id):
                            request_id = await self.backend.submit(request.endpoint.model_id, request.body)
                    except SubmitOutcomeUnknown as exc:
                        await self._record(job_id, JobChange(state=JobState.UNKNOWN, error=str(exc)))
                        raise
                    except AceStepError as exc:
                        change = JobChange(state=JobState.FAILED, error=str(exc), finished_at=time.time())
                        await self._record(job_id, change)
                        raise
                    except Exception as exc:  # a fault nobody foresaw, after the bytes may have left
                        log.exception("job %s: the submit ended in an unexpected error", job_id)
                        unknown = SubmitOutcomeUnknown(
                            f"The submit of job {job_id} ended in an unexpected error ({type(exc).__name__}), so it "
                            f"may or may not be running and billed; it counts against the caps and is not sent again.",
                            body_hash=handle.digest,
                        )
                        await self._record(job_id, JobChange(state=JobState.UNKNOWN, error=str(unknown)))
                        raise unknown from None
                    handle.request_id = request_id
                    try:
                        await self.ledger.update_job(
                            job_id,
                            JobChange(state=JobState.SUBMITTED, request_id=request_id, submitted_at=time.time()),
                        )
                    except StoreError:  # a full disk: follow it anyway; `_collect` records it when it can
                        log.exception("job %s: could not record request id %s", job_id, request_id)
                    handle.notify()
                    if not handle.cancel_requested:
                        handle.cancel_requested = await self._cancel_asked_elsewhere(job_id)
                    if handle.cancel_requested and await self._cancel_after_submit(handle):
                        return
                assert handle.request_id is not None
                await self._finish(handle)
            if handle.outcome is None and handle.error is None:
                handle.error = JobFailed(f"Job {job_id} was cancelled before it finished.", status="cancelled")
        except BaseException as exc:
            handle.error = exc if isinstance(exc, Exception) else JobFailed(f"Job {job_id} was stopped.")
            if not isinstance(exc, Exception):
                raise
        finally:
            handle.done.set()
            handle.notify()

    @contextlib.contextmanager
    def _renewing(self, job_id: str) -> Iterator[None]:
        """The job's lease renewed every quarter of it while the block runs."""
        scope = anyio.CancelScope()

        async def renew() -> None:
            with scope:
                while True:
                    await anyio.sleep(self.lease_s / 4)
                    with contextlib.suppress(StoreError):
                        await self.ledger.claim(job_id, self.owner, self.lease_s)

        assert self._tg is not None
        self._tg.start_soon(renew)
        try:
            yield
        finally:
            scope.cancel()

    async def _cancel_after_submit(self, handle: JobHandle) -> bool:
        """A cancel that came during the submit, now that the request id is known: True if it took."""
        assert handle.request_id is not None
        try:
            cancelled = await self.backend.cancel(handle.request_id)
        except AceStepError:
            cancelled = False  # cannot tell: follow it and collect the track
        # A store that cannot take these writes now must not end the driving of a submitted job.
        if not cancelled:
            await self._record(handle.job_id, JobChange(status=CancelOutcome.NOT_CANCELLABLE.value))
            return False
        await self._record(
            handle.job_id,
            JobChange(state=JobState.CANCELLED, status=CancelOutcome.CANCELLED.value, finished_at=time.time()),
        )
        handle.error = JobFailed(
            f"Job {handle.job_id} was cancelled while RunComfy still had it queued; nothing is billed.",
            request_id=handle.request_id,
            status=CancelOutcome.CANCELLED.value,
        )
        return True

    async def _finish(self, handle: JobHandle) -> None:
        """Follow a submitted job to its track. Once RunComfy has it, the job is the user's money: a
        fault while following (5xx, 429, timeouts, dropped connections, a 200 with an `error_code`,
        a 404 that may be eventual consistency, a full disk) is retried with backoff. Only a terminal
        upstream state, a file that can never be fetched here, or the overall timeout ends it."""
        deadline = time.monotonic() + self.settings.backend.wait_timeout_s
        attempt = 0
        while True:
            with contextlib.suppress(StoreError):  # the lease, renewed at every try (faults can be long)
                if not await self.ledger.claim(handle.job_id, self.owner, self.lease_s):
                    raise JobFailed(
                        f"Job {handle.job_id} is driven by another server process now; it collects the track.",
                        request_id=handle.request_id,
                    )
            try:
                await self._collect(handle, deadline)
                handle.note = None
                return
            except JobFailed as exc:
                await self._record_end(handle, exc)
                raise
            except DownloadRefused as exc:
                raise await self._lost(handle, exc) from None
            except Exception as exc:  # everything else may pass: the job is paid, so it is tried again
                if not isinstance(exc, AceStepError | OSError):
                    log.exception("job %s: unexpected error while following it", handle.job_id)
                if isinstance(exc, StillRunning) or time.monotonic() >= deadline:
                    raise await self._stop_following(handle, exc) from None
                attempt += 1
                handle.note = self._fault_note(exc)
                handle.notify()
                log.warning("job %s: %s; retrying", handle.job_id, handle.note)
                # The client already retried quickly: this is a longer outage, so back off from 1 s.
                pause = min(FOLLOW_RETRY_CAP_S, 1.5**attempt) * (0.5 + random.random() / 2)  # noqa: S311
                await anyio.sleep(max(0.0, min(pause, deadline - time.monotonic())))

    @property
    def _bills(self) -> bool:
        """Whether the backend bills, or stands in for one that does (the offline emulator's previews);
        a free backend whose renders are real (a self-hosted server) does not."""
        offer = self.backend.offer
        return not offer.free or offer.preview

    @property
    def _label(self) -> str:
        label = self.backend.offer.label
        return label[:1].upper() + label[1:]

    def _fault_note(self, exc: BaseException) -> str:
        """One sentence on why following is paused, naming what to do when the user can act."""
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            kept = (
                f"paid render will be downloaded ({self._label} keeps it)"
                if self._bills
                else "render will be downloaded"
            )
            return (
                f"No space left on the disk of {self.settings.store.tracks_dir}; free some space there and the {kept}."
            )
        if isinstance(exc, StoreError):
            return str(exc)
        if isinstance(exc, OSError):
            return f"The track could not be written to {self.settings.store.tracks_dir} ({exc.strerror or type(exc).__name__})."
        return str(exc)

    async def _lost(self, handle: JobHandle, exc: DownloadRefused) -> DownloadRefused:
        """The backend rendered it (and bills it), but no track can be kept: counted, never resubmitted."""
        row = await self._read(handle.job_id)
        cost = row.cost_usd if row and row.cost_usd is not None else handle.request.estimate_usd
        if self._bills:
            error = DownloadRefused(
                f"RunComfy finished job {handle.job_id} (request {handle.request_id}, billed about ${cost:.4f}) but "
                f"no track can be kept: {str(exc).rstrip('.')}. Do not start it again unless the user wants to pay twice."
            )
        else:  # a self-hosted server: nothing was billed, and a new render is the user's call
            error = DownloadRefused(
                f"{self._label} finished job {handle.job_id} (task {handle.request_id}) but no track can be kept: "
                f"{str(exc).rstrip('.')}; it cost nothing, so make it again only if the user wants."
            )
        await self._record(handle.job_id, JobChange(state=JobState.LOST, error=str(error), finished_at=time.time()))
        return error

    async def _record_end(self, handle: JobHandle, exc: BaseException) -> None:
        state = JobState.CANCELLED if isinstance(exc, JobFailed) and exc.cancelled else JobState.FAILED
        status = exc.status if isinstance(exc, JobFailed) else None
        change = JobChange(state=state, status=status, error=str(exc), finished_at=time.time())
        await self._record(handle.job_id, change)

    async def _record(self, job_id: str, change: JobChange) -> None:
        """A change that must not turn a job's end into a store error: a store that cannot take it
        now is logged (the job's outcome still reaches its caller)."""
        try:
            await self.ledger.update_job(job_id, change)
        except StoreError:
            log.exception("job %s: could not record %s", job_id, change)

    async def _read(self, job_id: str) -> Any:
        try:
            return await self.ledger.job(job_id)
        except StoreError:
            return None

    async def _stop_following(self, handle: JobHandle, exc: BaseException) -> PaidJobUnfinished:
        """The overall timeout: stop following, keep the request id, count the estimate as spent."""
        request = handle.request
        if not self._bills:
            error = PaidJobUnfinished(
                f"{self._label} had not finished job {handle.job_id} (task {handle.request_id}) after "
                f"{self.settings.backend.wait_timeout_s:.0f} s ({self._fault_note(exc).rstrip('.')}); it may still "
                f"finish there, so fetch it later with music_job action 'result' and job_id '{handle.job_id}' "
                f"instead of making it again."
            )
            await self._record(handle.job_id, JobChange(state=JobState.UNKNOWN, error=str(error)))
            return error
        error = PaidJobUnfinished(
            f"RunComfy job {handle.request_id} (job {handle.job_id}) had not finished after "
            f"{self.settings.backend.wait_timeout_s:.0f} s ({self._fault_note(exc).rstrip('.')}); it may still finish and "
            f"be billed (about ${request.estimate_usd:.4f}). Fetch it later with music_job action 'result' and "
            f"job_id '{handle.job_id}'; do not start it again unless the user wants to pay twice."
        )
        await self._record(handle.job_id, JobChange(state=JobState.UNKNOWN, error=str(error)))
        return error

    async def _collect(self, handle: JobHandle, deadline: float) -> None:
        """One pass: wait for the result, record it, download the file, store the track."""
        job_id = handle.job_id
        request = handle.request
        request_id = handle.request_id
        assert request_id is not None

        renewed = time.monotonic()

        async def progress(p: Progress) -> None:
            nonlocal renewed
            handle.progress = p
            handle.note = None
            handle.notify()
            if time.monotonic() - renewed > self.lease_s / 4:  # renew the lease well before it runs out
                renewed = time.monotonic()
                await self.ledger.claim(job_id, self.owner, self.lease_s)

        generated = request.generated_s
        expected = await self.ledger.expected_wall_s(request.endpoint.model_id, generated, offline=self.offline)
        started = time.time()
        result = await self.backend.wait(
            request_id,
            on_progress=progress,
            timeout_s=max(0.0, deadline - time.monotonic()),
            expected_s=expected,
        )
        url = result.audio_url
        if url is None and not result.finished:
            # The result endpoint can lag the status one: not finished there yet, so ask again.
            raise RetryableError(f"RunComfy's result for {request_id} still says '{result.status}'.")
        if url is None:
            raise DownloadRefused(f"RunComfy job {request_id} finished without an audio file")
        cost, cost_note = checked_cost(result.cost_usd, request.estimate_usd)
        if cost_note:
            log.warning("job %s: %s", job_id, cost_note)
        # The track id is fixed before the download starts, so a download that a restart interrupts
        # resumes into the same name and leaves no orphan partial file behind.
        row = await self.ledger.job(job_id)
        track_id = row.track_id if row and row.track_id else new_track_id()
        await self.ledger.update_job(
            job_id,
            JobChange(
                request_id=request_id,
                status=cost_note or result.status or "completed",
                cost_usd=cost,
                output_url=url,
                finished_at=time.time(),
                track_id=track_id,
                gen_s=generated,
                wall_s=result.wall_s if result.wall_s is not None else time.time() - started,
            ),
        )
        await self.ledger.claim(job_id, self.owner, self.lease_s)
        downloaded = await self.backend.fetch(url, self.store.folder, track_id)
        problem = await anyio.to_thread.run_sync(render_problem, downloaded.path, limiter=self._io_threads)
        if problem is not None:  # billed, but nothing to keep: never spliced in or spread by loudness
            await anyio.Path(downloaded.path).unlink(missing_ok=True)
            raise DownloadRefused(f"the file it sent {problem}")
        path, size, sha256, edit = downloaded.path, downloaded.size, downloaded.sha256, request.edit
        if edit is not None and (edit.plan or edit.kind in SOURCE_KINDS):
            from ace_step_mcp.jobs.editing import finish_edit

            # The splice streams the original and the render through a resampler: seconds of CPU
            # for a long source, in a worker thread, one splice at a time (two cores).
            done = await anyio.to_thread.run_sync(
                finish_edit,
                edit,
                downloaded.path,
                self.store.folder,
                track_id,
                self.backend.offer.label,
                limiter=self.splice_threads,
            )
            path, size, sha256, edit = done.path, done.size, done.sha256, done.edit
        out_seed = (result.output or {}).get("seed")
        seed = out_seed if isinstance(out_seed, int) and not isinstance(out_seed, bool) else request.body.get("seed")
        # Probing the file and writing the sidecar (with fsync) are blocking work: a worker thread
        # does them, so hundreds of concurrent jobs never stall the event loop.
        track = await self.store.add(
                limiter=self._io_threads,
                track_id=track_id,
                path=path,
                size=size,
                sha256=sha256,
                job_id=job_id,
                tool=request.endpoint.tool,
                model_id=request.endpoint.model_id,
                request_id=request_id,
                seed=seed if seed != -1 else None,
                cost_usd=cost if cost is not None else request.estimate_usd,
                source_url=url,
                parent_track_id=request.parent_track_id,
                edit=edit,
                params=_params_for_record(request.body),
                offline=self.offline and self.backend.offer.preview,  # a stand-in render (free but real: False)
        )  # fmt: skip
        handle.outcome = JobOutcome(track, job_id, output=result.output)

    # -- after a restart ------------------------------------------------------------------------

    async def expected_for(self, handle: JobHandle) -> float:
        """How long a job like this usually takes here, learned from the ledger (else a guess). Worked
        out once per job: every view asks (each progress event), and it reads the ledger and validates
        the body, which may carry megabytes of inline audio."""
        if handle.expected_s is None:
            request = handle.request
            seconds = request.generated_s
            learned = await self.ledger.expected_wall_s(request.endpoint.model_id, seconds, offline=self.offline)
            handle.expected_s = round(learned if learned is not None else 5.0 + seconds / 4.0, 1)
        return handle.expected_s

    async def resume(self, job_id: str) -> JobHandle | None:
        """Drive a job this process does not drive now: one a previous process left `submitted`, or
        one whose following stopped at the overall timeout (`unknown` with its request id: asked
        again, it is reconciled with RunComfy). None if another live process holds it, or if there
        is nothing to drive (then the handle this process had, if any)."""
        existing = self.handles.get(job_id)
        if existing is not None and PERSON.get() not in (None, existing.person):
            return None  # another person's job: as if it did not exist
        if existing is not None and not existing.done.is_set():
            return existing
        row = await self.ledger.job(job_id)
        if row is None or row.request_id is None or row.state not in (JobState.SUBMITTED, JobState.UNKNOWN):
            return existing
        if not await self.ledger.claim(job_id, self.owner, self.lease_s):
            return None
        endpoint = BY_MODEL_ID.get(row.model_id)
        if endpoint is None:
            return None
        current = self.handles.get(job_id)
        if current is not None and not current.done.is_set():
            return current  # another caller of this process resumed it while the ledger was read
        request = JobRequest(endpoint, row.body, row.estimate_usd, row.parent_track_id, row.edit)
        handle = JobHandle(row.job_id, request, request_id=row.request_id, digest=row.body_hash, person=row.person)
        self.handles[row.job_id] = handle  # registered before the next await: one driver per job here
        if row.state is JobState.UNKNOWN:
            await self.ledger.update_job(job_id, JobChange(state=JobState.SUBMITTED, error=None))
        self._spawn(handle, submit=False)
        return handle

    async def resume_open_jobs(self, *, include_unknown: bool = True) -> list[str]:
        """Pick up every job a previous process submitted but did not finish; returns their ids.

        A `pending` row with no request_id is a submit whose outcome nobody saw: it becomes
        `unknown` (the user is told to check), and is never resubmitted. `include_unknown`: also
        reconcile `unknown` jobs that have a request id (at start-up, not in the periodic pass).
        """
        resumed: list[str] = []
        states = OPEN_STATES | {JobState.UNKNOWN} if include_unknown else OPEN_STATES
        for row in await self.ledger.jobs(states=states, limit=1000):
            if row.job_id in self.handles:
                continue
            if row.request_id is not None:  # submitted, or unknown after a timeout: reconcile it
                if await self.resume(row.job_id) is not None:  # resume() takes the lease itself
                    resumed.append(row.job_id)
                continue
            if row.state is JobState.UNKNOWN:  # a submit nobody saw answered: never resubmitted
                continue
            await self.settle_unanswered(row.job_id)
        return resumed

    async def settle_unanswered(self, job_id: str) -> bool:
        """A `pending` row (no request id) whose process went away before its submit answered becomes
        `unknown`, never resubmitted; True if it was. A live process holding its lease may still be
        submitting it: then it is left alone."""
        if job_id in self.handles:
            return False
        row = await self.ledger.job(job_id)
        if row is None or row.state is not JobState.PENDING or row.request_id is not None:
            return False
        if not await self.ledger.claim(job_id, self.owner, self.lease_s):
            return False
        await self.ledger.update_job(
            job_id,
            JobChange(
                state=JobState.UNKNOWN,
                error="The server stopped while this job was being submitted, so it may or may not be "
                f"running and billed; check your RunComfy requests before submitting again (body hash "
                f"{row.body_hash[:16]}).",
            ),
        )
        return True


def render_problem(path: Any) -> str | None:
    """Why a render's file is not sound we can keep (None when it is): not audio at all, no frames, or
    float samples that are not numbers (checked streamed, in blocks)."""
    import numpy as np
    import soundfile

    try:
        with soundfile.SoundFile(str(path)) as f:
            if f.frames <= 0:
                return "holds no audio"
            if f.subtype in ("FLOAT", "DOUBLE"):
                for block in f.blocks(blocksize=1 << 16, dtype="float32", always_2d=True):
                    if not np.isfinite(block).all():
                        return "holds samples that are not numbers (NaN or infinity)"
    except (soundfile.LibsndfileError, RuntimeError, OSError, ValueError):
        return "is not audio"
    return None


def checked_cost(reported: float | None, estimate: float) -> tuple[float | None, str | None]:
    """RunComfy's cost, unless it cannot be right (below 0, or far above the estimate): then the
    estimate counts instead, and the note says what was reported."""
    if reported is None:
        return None, None
    if reported < 0 or reported > estimate * COST_PLAUSIBLE_FACTOR + 0.01:
        return (
            estimate,
            f"completed; RunComfy reported a cost of ${reported:.6f} for an estimate of ${estimate:.6f}, so the estimate is counted",
        )
    return reported, None


def _keeps_original(edit: Edit | None) -> Any:
    """What besides the body decides an edit's result: whether it is spliced, into which source (its
    identity) and how (the plan). The body alone may be a clip two different songs share."""
    if edit is None:
        return None
    source = {k: v for k, v in (edit.source or {}).items() if k in ("path", "size", "mtime_ns", "dev", "ino")}
    return (edit.preserve_original, json.dumps([source, edit.plan], sort_keys=True))


def _params_for_record(body: dict[str, Any]) -> dict[str, Any]:
    """The body as the ledger and a track record it: inline audio (a data URI of up to 16 MiB) becomes
    its type, size and SHA-256, so the ledger stays small; the exact body's hash is kept beside it.
    Nothing reads the bytes back: a job is never resubmitted, only followed by its request id."""
    params = dict(body)
    audio = params.get("audio")
    if isinstance(audio, str) and audio.startswith("data:"):
        digest = hashlib.sha256(audio.encode()).hexdigest()
        params["audio"] = f"<inline {audio.split(';')[0][5:]} audio, {len(audio) * 3 // 4:,} bytes, sha256 {digest}>"
    return params


__all__ = ["JobHandle", "JobOutcome", "JobRunner"]
