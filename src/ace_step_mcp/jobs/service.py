"""The one door into the job machinery: prepare · start · wait · view · cancel · list, and the track store.

Every adapter (the MCP tools, MCP tasks, the CLI) goes through `JobService` and gets frozen values
back (`JobRequest`, `JobView`, `Track`); runner handles, ledger rows and state strings stay behind it.

It is built on the three ports (`ports.Backend`, `ports.Ledger`, `ports.Blobs`), which `wiring.py`
picks from the settings; nothing here names a vendor, a database or the emulator. `prepare` turns a
caller's arguments into a `JobRequest`: it validates the body, checks the backend is ready, resolves
`audio` (probing its length), resolves inpaint anchors into absolute seconds, enforces the backend's
limits, and estimates the cost. All of it happens before the job row is written, so bad input costs
nothing and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.audio.refs import ResolvedAudio, download_source, resolve_audio_ref
from ace_step_mcp.endpoints import (
    BY_TOOL,
    MAX_SECONDS,
    AddPartBody,
    CoverBody,
    Endpoint,
    InpaintRequest,
    OutpaintRequest,
    StemBody,
    endpoint_for_model,
    validate_request,
    wire_dict,
)
from ace_step_mcp.errors import AceStepError, AudioReferenceError, AuthError, BackendUnavailable, InvalidInput
from ace_step_mcp.jobs.runner import JobHandle, JobRunner, KeyedLocks
from ace_step_mcp.jobs.tracks import TrackStore, audio_of_track, track_id_of
from ace_step_mcp.ports import Blobs, Ledger, Offer, Ports
from ace_step_mcp.ports.values import PERSON, CancelOutcome, JobRequest, JobRow, JobState, JobView, Track
from ace_step_mcp.settings import Settings, SpendCaps

if TYPE_CHECKING:
    from ace_step_mcp.audio.preview import Preview

log = logging.getLogger("ace_step_mcp")

ViewFn = Callable[[JobView], Awaitable[None]]
FREE_QUEUE = 6  # free CPU-heavy calls waiting or running at once; more are refused in one sentence
TAKEOVER_CHECK_S = 2.0  # a wait on a job driven elsewhere checks this often that its driver is still there
MAX_LINEAGE = 200  # edits followed back to a song's root (a lineage is a chain of calls, each a paid render)


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


def source_kept(request: JobRequest, settings: Settings) -> Path | None:
    """The copy under `sources/` an edit's splice reads (audio given as a URL or data URI), if any."""
    path = (request.edit.source or {}).get("path") if request.edit is not None else None
    if path and Path(str(path)).parent == settings.store.sources_dir:
        return Path(str(path))
    return None


def _evict_previews(settings: Settings, now_used: Path) -> None:
    """Keep `previews/` under its cap, least recently used first, never the one just handed out."""
    from ace_step_mcp.jobs.caches import evict, touch

    touch(now_used)
    evict(settings.store.previews_dir, settings.store.previews_cap_bytes, {now_used, now_used.with_suffix(".json")})


class Records:
    """What is stored, without the backend or the runner: tracks and spend (the CLI's door too)."""

    def __init__(self, settings: Settings, ledger: Ledger, blobs: Blobs) -> None:
        self.settings = settings
        self._ledger = ledger
        self._store = TrackStore(ledger, blobs)

    @property
    def store(self) -> TrackStore:
        return self._store

    async def track(self, track_id: str) -> Track | None:
        return await self._store.get(track_id)

    async def store_url(self, track_id: str) -> str | None:
        """A URL the track store itself serves the file at (a presigned S3 GET), where it has one."""
        return await self._store.store_url(track_id)

    async def tracks(self, limit: int = 50) -> list[Track]:
        return await self._ledger.tracks(limit)

    async def remove_track(self, track_id: str) -> Track | None:
        removed = await self._store.remove(track_id)
        if removed is not None:  # the player's listening copy goes with it
            for suffix in (".mp3", ".json"):
                await anyio.Path(self.settings.store.previews_dir / f"{track_id}{suffix}").unlink(missing_ok=True)
        return removed

    async def person_of_key(self, key: str) -> str | None:
        """The person an API key acts for, or None."""
        from ace_step_mcp.jobs.people import person_of

        return await person_of(self._ledger, key)

    async def has_people(self) -> bool:
        """Whether this server is for several people (a live API key exists)."""
        return any(k["revoked_at"] is None for k in await self._ledger.keys())

    async def create_key(self, user: str) -> tuple[str, str]:
        from ace_step_mcp.jobs.people import create_key

        return await create_key(self._ledger, user)

    async def keys(self) -> list[dict[str, Any]]:
        return await self._ledger.keys()

    async def revoke_key(self, key_id: str) -> bool:
        return await self._ledger.revoke_key(key_id)

    async def spend(self, *, by_person: bool = False) -> SpendSummary:
        return SpendSummary(
            by_day=await self._ledger.spend_by_day(by_person=by_person),
            total_usd=round(await self._ledger.spent(), 6),
            caps=self.settings.money.caps,
            confirm_above_usd=self.settings.money.confirm_above_usd,
        )


class JobService:
    def __init__(self, settings: Settings, ports: Ports) -> None:
        self.ports = ports
        self.backend = ports.backend
        self.offline = self.offer.free
        self.settings = settings
        self._preview_locks = KeyedLocks()
        self._preview_threads = anyio.CapacityLimiter(1)
        self._ledger = ports.ledger
        self._source_pins: dict[Path, int] = {}  # sources a call in progress here still needs
        # Free CPU-heavy work (process_track, the player's analysis) has a thread and a bounded queue
        # of its own: a paid job's splice and download never wait behind it.
        self._free_threads = anyio.CapacityLimiter(1)
        self._free_queued = 0
        self.records = Records(settings, ports.ledger, ports.blobs)
        self._runner = JobRunner(settings, ports.backend, ports.ledger, self.records.store)

    @property
    def offer(self) -> Offer:
        """What the backend offers now (a self-hosted server's depends on the models it has loaded)."""
        return self.backend.offer

    async def refresh_offer(self) -> None:
        """Let a backend whose offer was never learnt (its server was not up yet) ask again."""
        refresh = getattr(self.backend, "refresh", None)  # only backends with a changing offer have one
        if refresh is not None:
            await refresh()

    def discard(self, request: JobRequest) -> None:
        """A prepared request that will never be started (a dry run): what the backend set aside for it goes."""
        discard = getattr(self.backend, "discard", None)  # a backend that stages uploads has one
        if discard is not None:
            discard(request.body)

    async def __aenter__(self) -> JobService:
        from ace_step_mcp.jobs.caches import clean_temp

        store = self.settings.store
        folders = (store.sources_dir, store.previews_dir, store.tracks_dir)
        with contextlib.suppress(OSError):  # leftovers of a killed process: a best effort
            await anyio.to_thread.run_sync(clean_temp, folders)
        await self._runner.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._runner.__aexit__(*exc)

    # -- preparing: validation and input audio, nothing written ---------------------------------

    def require_token(self) -> None:
        """The backend can take jobs (RunComfy needs a token); raised before anything is written."""
        if self.offer.setup_problem:
            raise AuthError(self.offer.setup_problem)

    async def plan_context(self, resolved: ResolvedAudio) -> tuple[float, str | None]:
        """What the router plans an edit of a resolved track with: its length, and its tags when it is
        one of ours."""
        track = await self.track(resolved.parent_track_id) if resolved.parent_track_id else None
        return resolved.info.duration_s, await self._song_tags(track) if track else None

    async def _song_tags(self, track: Track) -> str | None:
        """The song's style: the tags of its lineage's root. An edit's own tags describe only its section
        ("piano breakdown"), so "add a 10 s intro" after an inpaint must not take them for the song's."""
        own = str((track.params or {}).get("tags") or "") or None
        root = track
        for _ in range(MAX_LINEAGE):
            if not root.parent_track_id:
                break
            parent = await self.track(root.parent_track_id)
            if parent is None:
                break
            root = parent
        return str((root.params or {}).get("tags") or "") or own

    async def resolve_audio(self, ref: str, client_roots: tuple[Path, ...] = ()) -> ResolvedAudio:
        """Any accepted `audio` argument as what RunComfy takes, with its probed length."""
        track_id = track_id_of(ref)
        if track_id is not None:
            track = await self.records.store.get(track_id)
            if track is None:
                raise AudioReferenceError(
                    f"`audio` names track '{track_id}', which this server does not have; list music://tracks."
                )
            return await anyio.to_thread.run_sync(audio_of_track, track, self.settings)
        if PERSON.get() is not None and not ref.startswith(("https://", "http://", "data:")):
            # On a server for several people the server's folders are no one's own: a file there (another
            # person's track, preview or source) is reached by its path as easily as by its id.
            raise AudioReferenceError(
                "On a server for several people `audio` must be one of your track ids (trk_...), an https URL or a "
                "data: URI, not a path on the server."
            )
        return await resolve_audio_ref(
            ref,
            settings=self.settings,
            http=self.ports.http,  # one HTTP stack; probing sends no token
            client_roots=client_roots,
        )

    # -- the caches under the data dir (`jobs.caches`) ----------------------------------------------

    def pin_sources(self, paths: list[Path]) -> None:
        """Sources a call in progress needs: no eviction or discard removes them until released."""
        for p in paths:
            self._source_pins[p] = self._source_pins.get(p, 0) + 1

    async def release_sources(self, paths: list[Path], *, started: bool) -> None:
        """A call is over: its sources are no longer pinned by it, and when it started no job (a dry
        run, a refusal, an error) the ones it wrote are removed unless a job or another call needs them."""
        from ace_step_mcp.jobs.caches import discard

        for p in paths:
            left = self._source_pins.get(p, 0) - 1
            if left > 0:
                self._source_pins[p] = left
            else:
                self._source_pins.pop(p, None)
        if not started and paths:
            keep = await self._sources_in_use()
            await anyio.to_thread.run_sync(discard, paths, self.settings.store.sources_dir, keep)

    async def _sources_in_use(self) -> set[Path]:
        """The sources of jobs not yet spliced (any process), and those pinned by calls here."""
        from ace_step_mcp.ports.values import JobState

        open_states = frozenset({JobState.PENDING, JobState.SUBMITTED, JobState.UNKNOWN})
        rows = await self._ledger.jobs(states=open_states, limit=10_000)
        paths = ((r.edit.source or {}).get("path") if r.edit is not None else None for r in rows)
        return {Path(str(p)) for p in paths if p} | set(self._source_pins)

    async def evict_sources(self, also_keep: tuple[Path, ...] = ()) -> None:
        """Keep `sources/` under its cap, least recently used first, never a source still needed."""
        from ace_step_mcp.jobs.caches import evict

        store = self.settings.store
        keep = await self._sources_in_use() | set(also_keep)
        await anyio.to_thread.run_sync(evict, store.sources_dir, store.sources_cap_bytes, keep)

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
        if endpoint.tool not in self.offer.kinds:
            await self.refresh_offer()
        self._check_offered(endpoint)
        if check_token:
            self.require_token()
        self._check_length(endpoint, body)
        if isinstance(body, InpaintRequest | OutpaintRequest | StemBody | CoverBody | AddPartBody):
            from ace_step_mcp.jobs.editing import prepare_edit

            resolved = (resolved_audio or {}).get(body.audio) or await self.resolve_audio(body.audio, client_roots)
            prepared = await prepare_edit(
                endpoint,
                body,
                resolved,
                settings=self.settings,
                fetch_source=functools.partial(download_source, http=self.ports.http, settings=self.settings),
                backend=self.backend,
            )
            request = JobRequest(
                endpoint, prepared.wire, prepared.estimate_usd, resolved.parent_track_id, prepared.edit, fresh
            )
            kept = source_kept(request, self.settings)
            if kept is not None:
                await self.evict_sources((kept,))
            return request
        return JobRequest(endpoint, wire_dict(body), endpoint.estimate_usd(body), fresh=fresh)

    def _check_offered(self, endpoint: Endpoint) -> None:
        if endpoint.tool not in self.offer.kinds:
            raise InvalidInput(
                f"`{endpoint.tool}` is not offered by the {self.offer.label} backend this server runs on; "
                f"it offers {', '.join(sorted(self.offer.kinds))}.",
                field="endpoint",
            )

    def _check_length(self, endpoint: Endpoint, body: Any) -> None:
        """A new track's length within what this backend renders (ACE-Step 1.5: 10 s at least)."""
        duration = getattr(body, "duration", None) if endpoint.kind == "text_to_audio" else None
        if duration is not None and not self.offer.min_render_s <= duration <= self.offer.max_render_s:
            raise InvalidInput(
                f"`duration` is {duration} but must be from {self.offer.min_render_s:g} to "
                f"{min(self.offer.max_render_s, MAX_SECONDS):g} seconds on {self.offer.label}.",
                field="duration",
            )

    def endpoint_for(self, tool: str) -> Endpoint:
        """The endpoint a planned step runs on here: a new track on ACE-Step 1.5 when the backend has no
        base-model text-to-audio (a self-hosted 1.5 server)."""
        if tool == "text_to_audio" and tool not in self.offer.kinds and "text_to_audio_v15" in self.offer.kinds:
            return BY_TOOL["text_to_audio_v15"]
        return BY_TOOL[tool]

    # -- the verbs ------------------------------------------------------------------------------

    async def check_caps(self, request: JobRequest) -> None:
        """Refuse now (SpendRefused) what the caps would refuse at start, before the user is asked."""
        if not self.offline:
            await self._ledger.check_caps(self.settings.money.caps, request.estimate_usd)

    async def start(self, request: JobRequest, job_id: str | None = None) -> JobView:
        """Write the job row (caps checked) and start it; raises before anything is submitted."""
        return await self._view_of(await self._runner.start(request, job_id))

    async def start_takes(self, requests: list[JobRequest]) -> list[JobView]:
        """Start a call's takes: all rows written at once with the caps on their total, or none."""
        if len(requests) == 1:
            return [await self.start(requests[0])]
        return [await self._view_of(h) for h in await self._runner.start_many(requests)]

    # -- plans: a piece longer than one render (`jobs.pipeline.Piece`) -----------------------------

    async def save_plan(self, plan_id: str, key: str, record: dict[str, Any], *, version: int) -> bool:
        return await self._ledger.save_plan(plan_id, key, record, version=version)

    async def plan(self, plan_id: str) -> dict[str, Any] | None:
        return await self._ledger.plan(plan_id)

    async def plan_for_key(self, key: str, since: float) -> dict[str, Any] | None:
        return await self._ledger.plan_for_key(key, since)

    def spawn(self, fn: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run `fn` on the service's own task group: work that outlives the call that began it (a
        task's whole plan)."""
        self._runner.spawn(fn)

    # -- confirmation codes ---------------------------------------------------------------------

    async def issue_code(self, code_hash: str, binding: str, ttl_s: float) -> None:
        """Record a single-use confirmation code (its hash) bound to one call, in the ledger: any
        process on the same ledger can redeem it, once."""
        await self._ledger.issue_code(code_hash, binding, time.time() + ttl_s)

    async def redeem_code(self, code_hash: str, binding: str) -> bool:
        return await self._ledger.redeem_code(code_hash, binding, time.time())

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
        if not await self._owned(job_id):
            raise AceStepError(f"No job '{job_id[:40]}' here; use music_job with action 'list' to see job ids.")
        handle = await self._handle(job_id)
        if handle is None:
            return await self._wait_elsewhere(
                job_id,
                timeout_s=timeout_s,
                until_change=until_change,
                follow={"on_progress": on_progress, "heartbeat_s": heartbeat_s, "cancel_on_exit": cancel_on_exit},
            )
        seen = self._runner.snapshot(handle)

        def changed() -> bool:
            now = self._runner.snapshot(handle)
            return (now.status, now.queue_position) != (seen.status, seen.queue_position)

        async def progress(_: Any) -> None:
            if on_progress is not None:
                await on_progress(await self._view_of(handle))

        with contextlib.suppress(Exception):  # running: a view; failed: a view with its error
            await self._runner.follow(
                handle,
                on_progress=progress,
                heartbeat_s=heartbeat_s,
                timeout_s=timeout_s,
                cancel_on_exit=cancel_on_exit,
                until=changed if until_change else None,
            )
        return await self._view_of(handle)

    async def _wait_elsewhere(
        self, job_id: str, *, timeout_s: float | None, until_change: bool, follow: dict[str, Any]
    ) -> JobView:
        """A job another process follows: its changes, read from the ledger, until it ends, changes
        (`until_change`) or the time is up. Every `TAKEOVER_CHECK_S` this process tries to take the
        job over, so a job whose driver went away (its lease lapsed) is followed here to its end."""
        deadline = float("inf") if timeout_s is None else anyio.current_time() + timeout_s
        view = await self._require_view(job_id)
        while not view.finished:
            left = deadline - anyio.current_time()
            if left <= 0:
                break
            changed = False
            with anyio.move_on_after(min(left, TAKEOVER_CHECK_S)):
                async for _ in self._ledger.changes(job_id, since=view.updated_at):
                    changed = True
                    break
            await self._runner.settle_unanswered(job_id)  # its submitter went away before the answer
            view = await self._require_view(job_id)  # takes over a submitted job nobody drives now
            if view.driven_here:
                left = deadline - anyio.current_time()
                timeout = None if left == float("inf") else max(0.0, left)
                return await self.wait(job_id, timeout_s=timeout, until_change=until_change, **follow)
            if changed and until_change:
                break
        return view

    async def view(self, job_id: str) -> JobView | None:
        """How a job stands now; a submitted job no process drives is picked up by this one."""
        if not await self._owned(job_id):
            return None
        handle = await self._handle(job_id)
        if handle is not None:
            return await self._view_of(handle)
        row = await self._ledger.job(job_id)
        return await self._row_view(row) if row is not None else None

    async def cancel(self, job_id: str) -> CancelOutcome:
        """Cancel upstream if RunComfy still can; a job already rendering is billed and stored."""
        if not await self._owned(job_id):
            raise AceStepError(f"No job '{job_id[:40]}' here; use music_job with action 'list' to see job ids.")
        return await self._runner.cancel(job_id)

    async def _owned(self, job_id: str) -> bool:
        """Whether the current person may reach this job (anyone may, on a one-person server)."""
        return PERSON.get() is None or await self._ledger.job(job_id) is not None

    async def jobs(self, limit: int = 10) -> list[JobView]:
        """The most recent jobs, newest first."""
        return [await self._row_view(r) for r in await self._ledger.jobs(limit=limit)]

    async def resume_open_jobs(self) -> list[str]:
        """Pick up every job a previous process left running; returns their ids."""
        return await self._runner.resume_open_jobs()

    def forget_finished(self, older_than_s: float = 900.0) -> None:
        """Drop finished jobs from memory (the ledger keeps them); done on its own as jobs start."""
        self._runner.prune(older_than_s)

    def in_flight(self) -> int:
        return sum(1 for h in self._runner.handles.values() if not h.done.is_set())

    # -- tracks and money -----------------------------------------------------------------------

    async def track(self, track_id: str) -> Track | None:
        return await self.records.track(track_id)

    async def store_url(self, track_id: str) -> str | None:
        return await self.records.store_url(track_id)

    async def person_of_key(self, key: str) -> str | None:
        return await self.records.person_of_key(key)

    async def has_people(self) -> bool:
        return await self.records.has_people()

    async def tracks(self, limit: int = 50) -> list[Track]:
        return await self.records.tracks(limit)

    async def spend(self) -> SpendSummary:
        return await self.records.spend()

    async def measured(self, view: JobView) -> JobView:
        """A finished job's view with its track's analysis, worked out the first time the track is handed
        over (a tool result, music_job, a task's result), in a worker thread: a render that nobody
        fetches (a load test's, a duplicate's) costs no CPU for it."""
        track = view.track
        if track is None or track.analysis is not None:
            return view
        done = await self.records.store.with_analysis(track, limiter=self._runner.analysis_threads)
        return replace(view, track=done)

    async def process_track(self, track_id: str, options: dict[str, Any], *, paid: bool = False) -> Track:
        """A deliverable of a stored track (format, loudness, loop, fades, trim) as a new track whose
        parent is it; free and local. The track it is made from is kept as it is. `paid`: the
        deliverable a paid call asked for (it shares the splices' thread); else free work, in a queue
        of its own that never holds up a paid job's splice or download, and refused when it is full."""
        from ace_step_mcp.jobs.processing import make_deliverable

        master = await self.records.track(track_id)
        if master is None:
            raise AudioReferenceError(f"No track '{track_id[:40]}' here; list music://tracks for the track ids.")
        if paid:
            return await make_deliverable(
                self.records.store, master, options, self.settings, limiter=self._runner.splice_threads
            )
        async with self._free_work():
            return await make_deliverable(
                self.records.store, master, options, self.settings, limiter=self._free_threads
            )

    @contextlib.asynccontextmanager
    async def _free_work(self) -> AsyncIterator[None]:
        """A place in the free work's queue (`FREE_QUEUE` deep), or one sentence saying it is full."""
        if self._free_queued >= FREE_QUEUE:
            raise BackendUnavailable(
                f"{self._free_queued} free audio jobs (process_track, previews, analysis) are already queued on this "
                f"server; try again in a minute, one at a time."
            )
        self._free_queued += 1
        try:
            yield
        finally:
            self._free_queued -= 1

    async def player_view(self, track_id: str, *, audio: bool = True) -> PlayerView:
        """What the player app shows of a stored track: the track (measured), the versions of its
        lineage and, unless `audio` is False, its preview (made once, in a worker thread)."""
        from ace_step_mcp.jobs.player import cached_preview, lineage

        track = await self.records.track(track_id)
        if track is None:
            raise AudioReferenceError(f"No track '{track_id[:40]}' here; list music://tracks for the track ids.")
        async with self._free_work():
            track = await self.records.store.with_analysis(track, limiter=self._free_threads)
        versions = await lineage(self._ledger, track)
        preview = None
        if audio:
            # One encode per track however many ask at once (a retry after a host's timeout, two
            # players): the later ones wait and read the cache. Previews have a thread of their own,
            # so an hour-long one never holds up the analysis that hands finished jobs over.
            async with self._preview_locks.hold(track_id):
                folder = self.settings.store.previews_dir
                preview = await anyio.to_thread.run_sync(cached_preview, track, folder, limiter=self._preview_threads)
                await anyio.to_thread.run_sync(_evict_previews, self.settings, preview.path)
        return PlayerView(track=track, versions=versions, preview=preview)

    # -- views ----------------------------------------------------------------------------------

    async def _handle(self, job_id: str) -> JobHandle | None:
        """The live handle of a job: this process's, or a new one for a job nobody drives."""
        return await self._runner.resume(job_id)

    async def _require_view(self, job_id: str) -> JobView:
        view = await self.view(job_id)
        if view is None:
            raise AceStepError(f"No job '{job_id[:40]}' here; use music_job with action 'list' to see job ids.")
        return view

    async def _view_of(self, handle: JobHandle) -> JobView:
        """A live job's view: the handle's fresh progress over the ledger's record."""
        request = handle.request
        snap = self._runner.snapshot(handle)
        row = await self._ledger.job(handle.job_id)
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
            expected_s=await self._runner.expected_for(handle),
            estimate_usd=request.estimate_usd,
            cost_usd=outcome.track.cost_usd if outcome else (row.cost_usd if row else None),
            created_at=row.created_at if row else time.time(),
            updated_at=row.updated_at if row else time.time(),
            offline=self.offline,
            preview=self.offline and self.offer.preview,
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

    async def _row_view(self, row: JobRow) -> JobView:
        """A job no handle of this process follows, from the ledger alone."""
        handle = self._runner.handles.get(row.job_id)
        if handle is not None:
            return await self._view_of(handle)
        track = await self.records.store.get(row.track_id) if row.state is JobState.DONE and row.track_id else None
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
            preview=row.offline and self.offer.preview,
            driven_here=False,
            track=track,
            error=row.error,
            parent_track_id=row.parent_track_id,
            edit=row.edit,
        )
