"""The one door into the job machinery: prepare · start · wait · view · cancel · list, and the track store.

Every adapter (the MCP tools, MCP tasks, the CLI) goes through `JobService` and gets frozen values
back (`JobRequest`, `JobView`, `Track`); runner handles, ledger rows and state strings stay behind it.

It is also the composition root: settings, ledger, API client, job runner and, offline, the
emulator. `prepare` turns a caller's arguments into a `JobRequest`: it validates the body, checks
the token, resolves `audio` (probing its length), resolves inpaint anchors into absolute seconds,
enforces the 240 s total for outpaint, and estimates the cost. All of it happens before the job row
is written, so bad input costs nothing and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.audio.refs import ResolvedAudio, resolve_audio_ref
from ace_step_mcp.endpoints import (
    BY_TOOL,
    Endpoint,
    InpaintRequest,
    OutpaintRequest,
    endpoint_for_model,
    validate_request,
    wire_dict,
)
from ace_step_mcp.errors import AceStepError, AudioReferenceError, AuthError
from ace_step_mcp.jobs.ledger import JobRow, Ledger
from ace_step_mcp.jobs.runner import JobHandle, JobRunner
from ace_step_mcp.jobs.tracks import TrackStore, audio_of_track, track_id_of
from ace_step_mcp.jobs.views import CancelOutcome, JobRequest, JobState, JobView, Track
from ace_step_mcp.settings import DEFAULT_API_BASE, Secret, Settings, SpendCaps
from ace_step_mcp.upstream.modelapi import ModelApiClient, PollPolicy

if TYPE_CHECKING:
    from ace_step_mcp.audio.preview import Preview

log = logging.getLogger("ace_step_mcp")
OFFLINE_TOKEN = "offline-preview"  # noqa: S105 - not a secret: the bundled emulator accepts any token

ViewFn = Callable[[JobView], Awaitable[None]]


@dataclass(frozen=True)
class PlayerView:
    track: Track
    versions: list[dict[str, Any]]
    preview: Preview | None


@dataclass(frozen=True)
class SpendSummary:
    by_day: list[dict[str, Any]]
    total_usd: float
    caps: SpendCaps
    confirm_above_usd: float | None


class Records:
    """What is stored, without the HTTP client or the runner: tracks and spend (the CLI's door too)."""

    def __init__(self, settings: Settings, ledger: Ledger | None = None) -> None:
        self.settings = settings
        self._ledger = ledger if ledger is not None else Ledger(settings.ledger_path)
        self._store = TrackStore(self._ledger, settings.output_dir)

    @property
    def store(self) -> TrackStore:
        return self._store

    def track(self, track_id: str) -> Track | None:
        return self._store.get(track_id)

    def tracks(self, limit: int = 50) -> list[Track]:
        return self._ledger.tracks(limit)

    def remove_track(self, track_id: str) -> Track | None:
        removed = self._store.remove(track_id)
        if removed is not None:  # the player's listening copy goes with it
            for suffix in (".mp3", ".json"):
                (self.settings.home / "previews" / f"{track_id}{suffix}").unlink(missing_ok=True)
        return removed

    def spend(self) -> SpendSummary:
        return SpendSummary(
            by_day=self._ledger.spend_by_day(),
            total_usd=round(self._ledger.spent(), 6),
            caps=self.settings.caps,
            confirm_above_usd=self.settings.confirm_above_usd,
        )


async def _is_emulator(api_base: str) -> bool:
    """Whether the Model API at `api_base` is this project's emulator (it marks every answer)."""
    import httpx2

    try:
        async with httpx2.AsyncClient(timeout=2.0) as http:
            answer = await http.get(f"{api_base}/models/acestep-ai/ace-step/text-to-audio")
    except httpx2.HTTPError:
        return False
    return "x-ace-step-emulator" in answer.headers


def remove_track(settings: Settings, track_id: str) -> Track | None:
    """`tracks rm`, which must work on a full disk: there even opening the ledger fails (WAL needs
    room), so the track's files are found through a read-only, immutable open and deleted first;
    then the ledger, which now has room, forgets the track."""
    try:
        return Records(settings).remove_track(track_id)
    except sqlite3.OperationalError:
        path = Ledger.track_path_read_only(settings.ledger_path, track_id)
        if path is None:
            raise
        Path(path).unlink(missing_ok=True)
        Path(path).with_suffix(".json").unlink(missing_ok=True)
        return Records(settings).remove_track(track_id)


class JobService:
    def __init__(self, settings: Settings, *, offline: bool | None = None) -> None:
        self.offline = bool(settings.offline) if offline is None else offline
        self._preview_locks: dict[str, anyio.Lock] = {}
        self._preview_threads = anyio.CapacityLimiter(1)
        self.settings = replace(settings, offline=self.offline)
        self._stack = contextlib.AsyncExitStack()
        self._emulator: Any = None
        self._client: ModelApiClient
        self._ledger: Ledger
        self._runner: JobRunner
        self.records: Records

    async def __aenter__(self) -> JobService:
        try:
            external = self.settings.api_base != DEFAULT_API_BASE and await _is_emulator(self.settings.api_base)
            if external:
                # RUNCOMFY_MODEL_API_BASE names an emulator: its jobs are free previews, whatever the token.
                log.warning("RUNCOMFY_MODEL_API_BASE is the ace-step-mcp emulator: every job is an offline preview")
                self.offline = True
                self.settings = replace(self.settings, offline=True)
                self.settings = self.settings.with_api_base(self.settings.api_base, Secret(OFFLINE_TOKEN))
            elif self.offline:
                from ace_step_mcp.emulator import serve_emulator
                from ace_step_mcp.emulator.app import EmulatorConfig

                if self.settings.api_base != DEFAULT_API_BASE:
                    log.warning("offline: RUNCOMFY_MODEL_API_BASE is not an emulator, so the bundled one is used")
                config = EmulatorConfig(
                    render_speed=self.settings.emulator_render_speed,
                    queue_delay=self.settings.emulator_queue_delay,
                    edit_mode=self.settings.emulator_edit_mode,
                )
                self._emulator = await self._stack.enter_async_context(serve_emulator(config))
                self.settings = self.settings.with_api_base(self._emulator.base_url, Secret(OFFLINE_TOKEN))
            token = self.settings.token.reveal() if self.settings.token else None
            # Building the TLS context and opening the ledger take tens of milliseconds of blocking
            # work: a worker thread does it, so a server already answering calls does not stall.
            self._client = await anyio.to_thread.run_sync(
                functools.partial(
                    ModelApiClient,
                    self.settings.api_base,
                    token,
                    poll=PollPolicy(timeout_s=self.settings.wait_timeout_s),
                )
            )
            self._stack.push_async_callback(self._client.aclose)
            self._ledger = await anyio.to_thread.run_sync(Ledger, self.settings.ledger_path)
            self._stack.callback(self._ledger.close)
            self.records = Records(self.settings, self._ledger)
            self._runner = await self._stack.enter_async_context(JobRunner(self.settings, self._ledger, self._client))
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._stack.aclose()

    # -- preparing: validation and input audio, nothing written ---------------------------------

    def require_token(self) -> None:
        if self.settings.token is None:
            raise AuthError(
                "No RunComfy token is set; set RUNCOMFY_TOKEN (or run `runcomfy login`), or try it for free "
                "with the bundled emulator: `ace-step-mcp run --offline ...`, or `serve --offline` "
                "(ACE_STEP_MCP_OFFLINE=1) for the MCP tools."
            )

    async def resolve_audio(self, ref: str, client_roots: tuple[Path, ...] = ()) -> ResolvedAudio:
        """Any accepted `audio` argument as what RunComfy takes, with its probed length."""
        track_id = track_id_of(ref)
        if track_id is not None:
            track = self._ledger.track(track_id)
            if track is None:
                raise AudioReferenceError(
                    f"`audio` names track '{track_id}', which this server does not have; list music://tracks."
                )
            return await anyio.to_thread.run_sync(audio_of_track, track, self.settings)
        return await resolve_audio_ref(
            ref,
            settings=self.settings,
            http=self._client.http,  # one HTTP stack; probing sends no token
            client_roots=client_roots,
        )

    async def prepare_wire(self, model_id: str, raw: Any) -> JobRequest:
        """The CLI's path: a wire body for a model id (audio may also be a track id or local path)."""
        return await self.prepare(endpoint_for_model(model_id), raw)

    async def prepare(
        self,
        endpoint: Endpoint,
        raw: Any,
        *,
        client_roots: tuple[Path, ...] = (),
        fresh: bool = False,
        check_token: bool = True,
        resolved_audio: dict[str, ResolvedAudio] | None = None,
    ) -> JobRequest:
        """Validate a wire body and resolve its audio. `resolved_audio` holds references the caller
        already resolved with `resolve_audio` (the router probes the track to plan), so a remote
        file is fetched once per call, not once per step."""
        body = validate_request(endpoint, raw)
        if check_token:
            self.require_token()
        if isinstance(body, InpaintRequest | OutpaintRequest):
            from ace_step_mcp.jobs.editing import prepare_edit

            resolved = (resolved_audio or {}).get(body.audio) or await self.resolve_audio(body.audio, client_roots)
            prepared = await prepare_edit(
                endpoint,
                body,
                resolved,
                settings=self.settings,
                http=self._client.http,
                emulator=self._emulator.emulator if self._emulator is not None else None,
            )
            return JobRequest(
                endpoint, prepared.wire, prepared.estimate_usd, resolved.parent_track_id, prepared.edit, fresh
            )
        return JobRequest(endpoint, wire_dict(body), endpoint.estimate_usd(body), fresh=fresh)

    # -- the verbs ------------------------------------------------------------------------------

    def check_caps(self, request: JobRequest) -> None:
        """Refuse now (SpendRefused) what the caps would refuse at start, before the user is asked."""
        if not self.offline:
            self._ledger.check_caps(self.settings.caps, request.estimate_usd)

    def start(self, request: JobRequest) -> JobView:
        """Write the job row (caps checked) and start it; raises before anything is submitted."""
        return self._view_of(self._runner.start(request))

    def start_takes(self, requests: list[JobRequest]) -> list[JobView]:
        """Start a call's takes: all rows written at once with the caps on their total, or none."""
        if len(requests) == 1:
            return [self.start(requests[0])]
        return [self._view_of(h) for h in self._runner.start_many(requests)]

    async def wait(
        self,
        job_id: str,
        *,
        timeout_s: float | None,
        on_progress: ViewFn | None = None,
        heartbeat_s: float = 5.0,
        cancel_on_exit: bool = False,
        until_change: bool = False,
    ) -> JobView:
        """Wait for a job to end, at most `timeout_s` (None: until it ends), and return how it stands.

        A job still running when the time is up is returned as it is, never as an error: it goes on.
        `on_progress` gets a view at least every `heartbeat_s` while it runs. `until_change` returns
        as soon as what RunComfy says of it changes (queue position or phase). `cancel_on_exit`: a
        caller cancelled while waiting cancels the job upstream too."""
        handle = self._handle(job_id)
        if handle is None:
            return self._require_view(job_id)
        seen = self._runner.snapshot(handle)

        def changed() -> bool:
            now = self._runner.snapshot(handle)
            return (now.status, now.queue_position) != (seen.status, seen.queue_position)

        async def progress(_: Any) -> None:
            if on_progress is not None:
                await on_progress(self._view_of(handle))

        with contextlib.suppress(Exception):  # running: a view; failed: a view with its error
            await self._runner.follow(
                handle,
                on_progress=progress,
                heartbeat_s=heartbeat_s,
                timeout_s=timeout_s,
                cancel_on_exit=cancel_on_exit,
                until=changed if until_change else None,
            )
        return self._view_of(handle)

    def view(self, job_id: str) -> JobView | None:
        """How a job stands now; a submitted job no process drives is picked up by this one."""
        handle = self._handle(job_id)
        if handle is not None:
            return self._view_of(handle)
        row = self._ledger.job(job_id)
        return self._row_view(row) if row is not None else None

    async def cancel(self, job_id: str) -> CancelOutcome:
        """Cancel upstream if RunComfy still can; a job already rendering is billed and stored."""
        return await self._runner.cancel(job_id)

    def jobs(self, limit: int = 10) -> list[JobView]:
        """The most recent jobs, newest first."""
        return [self._row_view(r) for r in self._ledger.jobs(limit=limit)]

    def resume_open_jobs(self) -> list[str]:
        """Pick up every job a previous process left running; returns their ids."""
        return self._runner.resume_open_jobs()

    def forget_finished(self, older_than_s: float = 900.0) -> None:
        """Drop finished jobs from memory (the ledger keeps them); done on its own as jobs start."""
        self._runner.prune(older_than_s)

    def in_flight(self) -> int:
        return sum(1 for h in self._runner.handles.values() if not h.done.is_set())

    # -- tracks and money -----------------------------------------------------------------------

    def track(self, track_id: str) -> Track | None:
        return self.records.track(track_id)

    def tracks(self, limit: int = 50) -> list[Track]:
        return self.records.tracks(limit)

    def spend(self) -> SpendSummary:
        return self.records.spend()

    async def measured(self, view: JobView) -> JobView:
        """A finished job's view with its track's analysis, worked out the first time the track is handed
        over (a tool result, music_job, a task's result), in a worker thread: a render that nobody
        fetches (a load test's, a duplicate's) costs no CPU for it."""
        track = view.track
        if track is None or track.analysis is not None:
            return view
        done = await anyio.to_thread.run_sync(
            self.records.store.with_analysis, track, limiter=self._runner.analysis_threads
        )
        return replace(view, track=done)

    async def process_track(self, track_id: str, options: dict[str, Any]) -> Track:
        """A deliverable of a stored track (format, loudness, loop, fades, trim) as a new track whose
        parent is it; free and local. The track it is made from is kept as it is."""
        from ace_step_mcp.jobs.processing import make_deliverable

        master = self.records.track(track_id)
        if master is None:
            raise AudioReferenceError(f"No track '{track_id[:40]}' here; list music://tracks for the track ids.")
        return await anyio.to_thread.run_sync(
            functools.partial(make_deliverable, self.records.store, master, options, self.settings),
            limiter=self._runner.splice_threads,
        )

    async def player_view(self, track_id: str, *, audio: bool = True) -> PlayerView:
        """What the player app shows of a stored track: the track (measured), the versions of its
        lineage and, unless `audio` is False, its preview (made once, in a worker thread)."""
        from ace_step_mcp.jobs.player import cached_preview, lineage

        track = self.records.track(track_id)
        if track is None:
            raise AudioReferenceError(f"No track '{track_id[:40]}' here; list music://tracks for the track ids.")
        track = await anyio.to_thread.run_sync(
            self.records.store.with_analysis, track, limiter=self._runner.analysis_threads
        )
        versions = lineage(self.records.store.ledger, track)
        preview = None
        if audio:
            # One encode per track however many ask at once (a retry after a host's timeout, two
            # players): the later ones wait and read the cache. Previews have a thread of their own,
            # so an hour-long one never holds up the analysis that hands finished jobs over.
            lock = self._preview_locks.setdefault(track_id, anyio.Lock())
            try:
                async with lock:
                    folder = self.settings.home / "previews"
                    preview = await anyio.to_thread.run_sync(
                        cached_preview, track, folder, limiter=self._preview_threads
                    )
            finally:
                if not lock.locked() and lock.statistics().tasks_waiting == 0:
                    self._preview_locks.pop(track_id, None)
        return PlayerView(track=track, versions=versions, preview=preview)

    # -- views ----------------------------------------------------------------------------------

    def _handle(self, job_id: str) -> JobHandle | None:
        """The live handle of a job: this process's, or a new one for a job nobody drives."""
        return self._runner.resume(job_id)

    def _require_view(self, job_id: str) -> JobView:
        view = self.view(job_id)
        if view is None:
            raise AceStepError(f"No job '{job_id[:40]}' here; use music_job with action 'list' to see job ids.")
        return view

    def _view_of(self, handle: JobHandle) -> JobView:
        """A live job's view: the handle's fresh progress over the ledger's record."""
        request = handle.request
        snap = self._runner.snapshot(handle)
        row = self._ledger.job(handle.job_id)
        outcome = handle.outcome
        if outcome is not None:
            state = JobState.DONE
        elif row is not None:
            state = row.state
        else:
            state = JobState.PENDING
        error = handle.error if handle.done.is_set() and outcome is None else None
        return JobView(
            job_id=outcome.job_id if outcome is not None else handle.job_id,  # a reused render: the earlier job
            endpoint=request.endpoint,
            state=state,
            phase=snap.status,
            request_id=handle.request_id,
            queue_position=snap.queue_position,
            elapsed_s=round(snap.elapsed_s, 1),
            expected_s=self._runner.expected_for(handle),
            estimate_usd=request.estimate_usd,
            cost_usd=outcome.track.cost_usd if outcome else (row.cost_usd if row else None),
            created_at=row.created_at if row else time.time(),
            updated_at=row.updated_at if row else time.time(),
            offline=bool(self.settings.offline),
            driven_here=not handle.done.is_set(),
            track=outcome.track if outcome else None,
            deduplicated=bool(outcome and outcome.deduplicated),
            error=(row.error if row and row.error else str(error)) if error is not None else None,
            failure=error if isinstance(error, AceStepError) else None,
            output=outcome.output if outcome else None,
            note=handle.note,
            parent_track_id=request.parent_track_id,
            edit=request.edit,
        )

    def _row_view(self, row: JobRow) -> JobView:
        """A job no handle of this process follows, from the ledger alone."""
        handle = self._runner.handles.get(row.job_id)
        if handle is not None:
            return self._view_of(handle)
        track = self._ledger.track(row.track_id) if row.state is JobState.DONE and row.track_id else None
        return JobView(
            job_id=row.job_id,
            endpoint=BY_TOOL[row.tool],
            state=row.state,
            phase=row.status or row.state.value,
            request_id=row.request_id,
            queue_position=None,
            elapsed_s=round((row.finished_at or time.time()) - row.created_at, 1),
            expected_s=0.0,
            estimate_usd=row.estimate_usd,
            cost_usd=row.cost_usd,
            created_at=row.created_at,
            updated_at=row.updated_at,
            offline=row.offline,
            driven_here=False,
            track=track,
            error=row.error,
            parent_track_id=row.parent_track_id,
            edit=row.edit,
        )
