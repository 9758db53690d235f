"""What every generating tool call does, whichever tool it came through: one error boundary, the
input audio looked up once, the spend confirmed, the job started and followed with progress, and the
finished track turned into a result (summary, resource link, structured content).
"""

from __future__ import annotations

import base64
import errno
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote, urlsplit

import anyio
from mcp.server.mcpserver import Context
from mcp_types import AudioContent, CallToolResult, InputRequiredResult, ResourceLink, TextContent
from pydantic import BaseModel, Field, ValidationError

from ace_step_mcp.audio.formats import mime_of
from ace_step_mcp.endpoints import BY_TOOL, body_hash, describe_error
from ace_step_mcp.errors import AceStepError, InvalidInput, SpendRefused
from ace_step_mcp.surface.elicit import ask
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tools import (
    ARGS,
    Deliverable,
    GeneratingArgs,
    TrackResult,
    result_of,
    running_summary,
    summary,
)

if TYPE_CHECKING:
    from ace_step_mcp.audio.refs import ResolvedAudio
    from ace_step_mcp.endpoints import Endpoint
    from ace_step_mcp.jobs.pipeline import Delivery, Take
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobRequest, JobView

log = logging.getLogger("ace_step_mcp")

HEARTBEAT_S = 3.0


Handler = Callable[[ServerState, dict[str, Any], Context[Any, Any]], Awaitable[CallToolResult | InputRequiredResult]]


def guarded(
    app: ServerState, name: str, handler: Handler
) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    """The one error boundary of every tool: our errors become one `isError` sentence; anything
    else is logged with its traceback on the server and the model gets a generic sentence."""

    async def call(arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult | InputRequiredResult:
        try:
            return await handler(app, arguments, ctx)
        except AceStepError as exc:
            return error_result(str(exc))
        except Exception as exc:
            if _disk_full(exc, app.settings.store.home):
                # Local work (a deliverable, a preview) met a full disk; paid downloads wait for room themselves.
                log.warning("%s: the disk is full (%s)", name, exc)
                return error_result(
                    f"The server's disk is full (no space left under {app.settings.store.home}); free some space "
                    f"there, then call {name} again."
                )
            log.exception("unexpected error in %s", name)
            return error_result(f"{name} failed inside ace-step-mcp (the error is in the server log); try again.")

    call.__name__ = name
    return call


def _disk_full(exc: BaseException, folder: Any) -> bool:
    """Whether an error came from a full disk: ENOSPC anywhere in its chain, or (libsndfile says only
    "System error") the data folder's disk with under 1 MiB free now."""
    import shutil

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        seen = seen.__cause__ or seen.__context__
    try:
        return shutil.disk_usage(folder).free < 2**20
    except OSError:
        return False


def generate_fn(app: ServerState, tool: str) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, tool, lambda app_, arguments, ctx: generate(app_, tool, arguments, ctx))


def error_result(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


ModelT = TypeVar("ModelT", bound=BaseModel)


def parse_arguments(model: type[ModelT], arguments: dict[str, Any]) -> ModelT:
    """A tool's arguments, validated; a failure is the one sentence naming field, value and range
    (raised, for `guarded` to answer)."""
    try:
        return model.model_validate(arguments)
    except ValidationError as exc:
        raise InvalidInput(describe_error(model, exc)) from None


def stored_track_id(ref: str) -> str:
    """The track id a `track` argument names (trk_... or music://tracks/{id}), else one sentence."""
    from ace_step_mcp.jobs.tracks import track_id_of

    track_id = track_id_of(ref)
    if track_id is None:
        raise InvalidInput(
            f"`track` is {ref[:60]!r} but must be a track id (trk_...) or music://tracks/{{id}} from an earlier call.",
            field="track",
        )
    return track_id


def stored_track_result(track: Any, **fields: Any) -> TrackResult:
    """The result shape for a stored track (not a job's): its own record, plus `fields`."""
    values: dict[str, Any] = {
        "endpoint": track.tool or "track",
        "model_id": track.model_id or "local",
        "seed": track.seed,
        "cost_usd": track.cost_usd,
        "parent_track_id": track.parent_track_id,
        "edit": track.edit.record() if track.edit else None,
        "offline_preview": track.offline,
        **track_fields(track),
    }
    return TrackResult(**(values | fields))


class AudioLookup:
    """One tool call's view of its input audio: the client's roots asked once, each reference
    resolved (read, or fetched and probed) once, however many steps of the call need it."""

    def __init__(self, app: ServerState, service: JobService, ctx: Context[Any, Any]) -> None:
        self.app = app
        self.service = service
        self.ctx = ctx
        self._roots: tuple[Path, ...] | None = None
        self.resolved: dict[str, ResolvedAudio] = {}
        self.first_request: JobRequest | None = None  # a piece's step 1, prepared once to price it
        self.pinned: list[Path] = []  # sources under `sources/` this call wrote or uses

    async def roots(self) -> tuple[Path, ...]:
        """The client's roots. Over stdio the client is the user's own and its roots replace the
        operator's folders; over HTTP it is a network peer, and its roots can only narrow them."""
        if self._roots is None:
            from ace_step_mcp.audio.refs import narrowed_roots, operator_roots

            roots = await client_roots(self.ctx)
            if self.app.http_base is not None and roots:
                roots = narrowed_roots(roots, operator_roots(self.app.settings))
            self._roots = roots
        return self._roots

    async def resolve(self, ref: str) -> ResolvedAudio:
        if ref not in self.resolved:
            self.resolved[ref] = resolved = await self.service.resolve_audio(ref, await self.roots())
            if resolved.kind in ("data", "url") and resolved.path is not None:
                self._pin(resolved.path)
        return self.resolved[ref]

    async def prepare(self, endpoint: Endpoint, wire: dict[str, Any], **kw: Any) -> JobRequest:
        from ace_step_mcp.jobs.service import source_kept

        roots = await self.roots() if wire.get("audio") and wire["audio"] not in self.resolved else ()
        request = await self.service.prepare(endpoint, wire, client_roots=roots, resolved_audio=self.resolved, **kw)
        kept = source_kept(request, self.service.settings)
        if kept is not None:
            self._pin(kept)
        return request

    def _pin(self, path: Path) -> None:
        self.service.pin_sources([path])
        self.pinned.append(path)

    async def release(self, *, started: bool) -> None:
        """The call is over: a call that started no job keeps none of the sources it wrote."""
        pinned, self.pinned = self.pinned, []
        with anyio.CancelScope(shield=True):  # a call cancelled (its client gone) still cleans up
            await self.service.release_sources(pinned, started=started)


async def client_roots(ctx: Context[Any, Any]) -> tuple[Path, ...]:
    """The client's MCP roots, when it offers them, as local folders."""
    caps = ctx.client_capabilities
    if caps is None or caps.roots is None:
        return ()
    try:
        with anyio.fail_after(5):
            listed = await ctx.session.list_roots()
    except Exception:
        return ()
    roots = []
    for root in listed.roots:
        parts = urlsplit(str(root.uri))
        if parts.scheme == "file":
            roots.append(Path(unquote(parts.path)))
    return tuple(roots)


class ConfirmSpend(BaseModel):
    confirm: bool = Field(description="Approve this charge")


async def confirm_spend(
    app: ServerState, service: JobService, request: JobRequest, code: str | None, ctx: Context[Any, Any]
) -> InputRequiredResult | None:
    """Above the operator's threshold, ask the user; fail closed if nobody can be asked.

    The threshold and the caps come from settings only. Where the client cannot ask, the refusal
    carries a single-use code bound to this exact call: the model relays the user's approval with
    it; a code it made up, or one for another call, approves nothing.
    """
    digest = body_hash(request.endpoint.model_id, request.body)
    return await confirm_estimate(
        app, service, request.estimate_usd, f"for {request.endpoint.title}", digest, code, ctx
    )


async def confirm_estimate(
    app: ServerState,
    service: JobService,
    estimate_usd: float,
    what: str,
    digest: str,
    code: str | None,
    ctx: Context[Any, Any],
) -> InputRequiredResult | None:
    """`confirm_spend` for any spend: `what` names it in the question ("for text_to_audio", "in all for
    a piece of 3 calls: ..."), `digest` binds a code to it."""
    from ace_step_mcp.jobs.people import check_may_render

    check_may_render()  # not a question about a spend this caller could not make
    threshold = service.settings.money.confirm_above_usd
    if threshold is None or service.offline or estimate_usd <= threshold:
        return None
    question = f"Approve ${estimate_usd:.4f} {what}? (above the ${threshold:.4f} that needs confirmation)"
    answer = await ask(ctx, "confirm_spend", question, ConfirmSpend)
    if isinstance(answer, InputRequiredResult):
        return answer
    if answer.action == "accept" and answer.content and answer.content.get("confirm"):
        return None
    if answer.action != "unsupported":
        raise SpendRefused(f"The user did not approve ${estimate_usd:.4f} {what}, so nothing was submitted.")
    if code is not None and await app.redeem_confirmation(code, digest, estimate_usd):
        return None
    new_code = await app.issue_confirmation(digest, estimate_usd)
    raise SpendRefused(
        f"This call is estimated at ${estimate_usd:.4f} {what}, above the ${threshold:.4f} that needs the "
        f"user's approval, and this client cannot ask; ask the user, and only if they approve, repeat this "
        f"exact call with confirm_spend: '{new_code}' (valid once, for 15 minutes)."
    )


async def start_job(
    app: ServerState,
    tool: str,
    arguments: dict[str, Any],
    ctx: Context[Any, Any],
    audio: AudioLookup | None = None,
) -> tuple[JobService, JobView, GeneratingArgs] | CallToolResult | InputRequiredResult:
    """Validate, resolve, confirm and start one job (`takes` must be 1 here; see `start_takes`)."""
    started = await start_takes(app, tool, arguments, ctx, audio, takes_allowed=False)
    if not isinstance(started, tuple):
        return started
    service, views, args = started
    if len(views) != 1:  # pragma: no cover - start_takes starts one job unless asked for takes
        raise AceStepError("takes > 1 cannot be followed as one job; call the tool without a task.")
    return service, views[0], args


async def start_takes(
    app: ServerState,
    tool: str,
    arguments: dict[str, Any],
    ctx: Context[Any, Any],
    audio: AudioLookup | None = None,
    *,
    takes_allowed: bool = True,
) -> tuple[JobService, list[JobView], GeneratingArgs] | CallToolResult | InputRequiredResult:
    """Validate, resolve, confirm and start a call's jobs: one, or one per take with distinct seeds.

    Returns the started jobs, or the result to answer with instead (an error sentence, or the
    question for the user). Nothing is submitted unless jobs are returned. Caps and the confirmation
    see the estimate of all the takes together."""
    import dataclasses

    from ace_step_mcp.jobs.making import take_requests

    endpoint = BY_TOOL[tool]
    model = ARGS[tool]
    try:
        args = model.model_validate(arguments)
    except ValidationError as exc:
        return error_result(describe_error(model, exc))
    if args.takes > 1 and not takes_allowed:
        return error_result("`takes` above 1 is not available here (a task follows one job); call without a task.")
    check_deliverable(args)
    service = await app.service()
    audio = audio or AudioLookup(app, service, ctx)
    started = False
    try:
        request = await audio.prepare(endpoint, args.wire(), fresh=args.fresh)
        requests = take_requests(request, args.takes)
        if args.takes > 1:
            total = round(sum(r.estimate_usd for r in requests), 6)
            request = dataclasses.replace(request, body={**request.body, "takes": args.takes}, estimate_usd=total)
        await service.check_caps(request)
        pending = await confirm_spend(app, service, request, args.confirm_spend, ctx)
        if pending is not None:
            return pending
        views = await service.start_takes(requests)
        started = True
        return service, views, args
    finally:
        await audio.release(started=started)


def check_deliverable(args: Any) -> None:
    """Refuse, before anything is paid, deliverable options that cannot be made."""
    from ace_step_mcp.jobs.processing import check_options

    if isinstance(args, Deliverable):
        check_options(args.output_format, args.bitrate_kbps, args.loop)


async def generate(
    app: ServerState, tool: str, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> CallToolResult | InputRequiredResult:
    started = await start_takes(app, tool, arguments, ctx)
    if not isinstance(started, tuple):
        return started
    service, views, args = started
    wait_s = args.wait_s if args.wait_s is not None else service.settings.calls.wait_s
    return await follow_takes(app, service, views, ctx, wait_s, args, cancel_on_exit=True)


def deliverable_options(options: Any) -> dict[str, Any] | None:
    """The deliverable a call's options ask for, or None when they ask for the render as it comes."""
    return options.deliverable() if isinstance(options, Deliverable) and options.wanted() else None


async def follow_takes(
    app: ServerState,
    service: JobService,
    views: list[JobView],
    ctx: Context[Any, Any],
    wait_s: float,
    options: Any,
    *,
    cancel_on_exit: bool = False,
) -> CallToolResult:
    """Follow a call's jobs within `wait_s` and deliver them (`jobs.pipeline.deliver`), rendered."""
    from ace_step_mcp.jobs.pipeline import deliver

    delivery = await deliver(
        service,
        views,
        wait_s=wait_s,
        options=deliverable_options(options),
        on_progress=progress_reporter(ctx),
        heartbeat_s=HEARTBEAT_S,
        cancel_on_exit=cancel_on_exit,
    )
    return await render_delivery(app, delivery, ctx, options)


async def render_delivery(app: ServerState, delivery: Delivery, ctx: Context[Any, Any], options: Any) -> CallToolResult:
    """A delivery as a tool result: the running job's handle, the one sentence why no take made a
    track, or the best take (the others listed after it)."""
    if any(t.new for t in delivery.takes):
        await announce_new_track(ctx)
    if delivery.running:
        return _running_takes(delivery, options)
    ranked = delivery.ranked
    if not ranked:
        if len(delivery.takes) > 1:
            ids = ", ".join(delivery.job_ids)
            raise AceStepError(
                f"None of the {len(delivery.takes)} takes (jobs {ids}) made a track: {delivery.takes[0].error}"
            )
        raise AceStepError(delivery.takes[0].error or delivery.takes[0].view.ended_sentence())
    return _best_take(app, delivery, ranked, embed=bool(getattr(options, "embed_audio", False)))


def _running_takes(delivery: Delivery, options: Any) -> CallToolResult:
    """A call whose jobs outlasted it: one instruction, said once (music_job for each job, then the
    deliverable the call asked for), in the text and in `next_step` alike."""
    view = delivery.running[0].view
    jobs = delivery.job_ids if len(delivery.takes) > 1 else [view.job_id]
    which = f"job_id '{jobs[0]}'" if len(jobs) == 1 else f"each of this call's {len(jobs)} takes ({', '.join(jobs)})"
    then = ""
    wanted = deliverable_options(options)
    if wanted:
        later = ", ".join(f"{k}: {v}" for k, v in wanted.items() if v not in (None, False))
        then = f", then process_track with its track id and {later} (fetched later, a track comes as rendered)"
    step = (
        f"Call music_job with action 'wait' and {which} to get the track{then}; do not call "
        f"{view.endpoint.tool} again: that would {_twice(view)}."
    )
    return running_result(view, next_step=step)


def _best_take(app: ServerState, delivery: Delivery, ranked: list[Take], *, embed: bool) -> CallToolResult:
    results = [take_result(t) for t in ranked]
    best = results[0]
    if len(results) > 1:
        best.takes = [_take_summary(r) for r in results]
    outcome = track_result(app, best, embed=embed)
    said = [_text(outcome)]
    if len(results) > 1:
        others = "; ".join(f"{r.track_id} ({_matched_words(r)})" for r in results[1:])
        said.append(f"Best of {len(results)} takes; the others: {others}.")
    failed = delivery.failed
    if failed:
        jobs = ", ".join(t.view.job_id for t in failed)
        said.append(f"{len(failed)} take(s) made no track (jobs {jobs}): {failed[0].error}")
    if ranked[0].note:
        said.append(ranked[0].note)
    if outcome.content and isinstance(outcome.content[0], TextContent):
        outcome.content[0].text = " ".join(said)
    return outcome


def take_result(take: Take) -> TrackResult:
    """A take's structured result: its track, and for a deliverable the render it was made from."""
    result = result_of(take.view)
    if take.note:
        result.note = take.note
    if take.master is None or take.track is None:
        return result
    return TrackResult.model_validate(
        {
            **result.model_dump(),
            **track_fields(take.track),
            "master_track_id": take.master.track_id,
            "parent_track_id": result.parent_track_id,
            "edit": result.edit,
            "cost_usd": result.cost_usd,
        }
    )


def _text(result: CallToolResult) -> str:
    return result.content[0].text if result.content and isinstance(result.content[0], TextContent) else ""


def track_fields(track: Any) -> dict[str, Any]:
    """A stored track's fields as a result carries them."""
    from ace_step_mcp.jobs.tracks import track_uri
    from ace_step_mcp.surface.tools import measured

    return {
        "track_id": track.track_id,
        "uri": track_uri(track.track_id),
        "path": track.path,
        "duration_s": round(track.duration_s, 3) if track.duration_s is not None else None,
        "format": track.format,
        "sample_rate": track.sample_rate,
        "channels": track.channels,
        **measured(track.analysis, (track.params or {}).get("tags")),
    }


def without_paths(result: TrackResult) -> TrackResult:
    """A result with no file path of this server in it (for clients over HTTP)."""
    takes = [{k: v for k, v in t.items() if k != "path"} for t in result.takes] if result.takes else result.takes
    return result.model_copy(update={"path": None, "takes": takes})


def _take_summary(result: TrackResult) -> dict[str, Any]:
    return result.model_dump(
        include={"track_id", "uri", "path", "seed", "duration_s", "format", "analysis", "requested", "matches",
                 "cost_usd", "job_id", "master_track_id"},
        exclude_none=True,
    )  # fmt: skip


def _matched_words(result: TrackResult) -> str:
    if not result.matches:
        return f"seed {result.seed}"
    marks = ", ".join(f"{k} {'✓' if v else '✗'}" for k, v in result.matches.items())
    return f"seed {result.seed}: {marks}"


def progress_reporter(ctx: Context[Any, Any]) -> Callable[[JobView], Awaitable[None]]:
    """Progress notifications for a call's wait: one when the phase or queue position changes, else
    one every HEARTBEAT_S at most (every poll changing `elapsed` must not flood the client).
    `progress` is seconds elapsed and `total` the seconds expected (stretched when a job runs long),
    so a client can draw a bar."""
    started = time.monotonic()
    last_sent = -HEARTBEAT_S
    last_said: tuple[str, int | None] | None = None

    async def progress(now: JobView) -> None:
        nonlocal last_sent, last_said
        elapsed = time.monotonic() - started
        said = (now.phase, now.queue_position)
        if said == last_said and elapsed - last_sent < HEARTBEAT_S:
            return
        last_sent, last_said = elapsed, said
        if now.finished or now.phase == "completed":  # done is 100 %: the bar ends full
            await ctx.report_progress(round(elapsed, 1), round(elapsed, 1), now.progress_sentence())
            return
        total = max(now.expected_s - (now.elapsed_s - elapsed), elapsed * 1.1, 1.0)
        await ctx.report_progress(round(elapsed, 1), round(total, 1), now.progress_sentence())

    return progress


async def follow(
    app: ServerState,
    service: JobService,
    view: JobView,
    ctx: Context[Any, Any],
    wait_s: float,
    *,
    embed: bool = False,
    cancel_on_exit: bool = False,
) -> CallToolResult:
    """Wait for one job at most `wait_s`, with progress; a job still running becomes a handle, not an error."""
    from ace_step_mcp.jobs.pipeline import follow_take

    take = await follow_take(
        service,
        view,
        wait_s=wait_s,
        on_progress=progress_reporter(ctx),
        heartbeat_s=HEARTBEAT_S,
        cancel_on_exit=cancel_on_exit,
    )
    if take.running:
        return running_result(take.view)
    if take.error is not None:
        raise AceStepError(take.error)
    if take.new:
        await announce_new_track(ctx)
    return finished_result(app, take.view, embed=embed)


def finished_result(app: ServerState, view: JobView, *, embed: bool = False) -> CallToolResult:
    """A job that ended: its track, or the one sentence that says why there is none."""
    if view.track is None:
        raise AceStepError(view.ended_sentence())
    return track_result(app, result_of(view), embed=embed)


def running_result(view: JobView, next_step: str | None = None) -> CallToolResult:
    result = TrackResult(
        status="running",
        job_id=view.job_id,
        endpoint=view.endpoint.tool,
        model_id=view.endpoint.model_id,
        request_id=view.request_id,
        estimate_usd=view.estimate_usd,
        elapsed_s=view.elapsed_s,
        expected_s=view.expected_s,
        queue_position=view.queue_position,
        offline_preview=view.preview,
        note=view.note,
        next_step=next_step
        or f"Call music_job with action 'wait' and job_id '{view.job_id}' to get the track; do not call "
        f"{view.endpoint.tool} again: that would {_twice(view)}.",
    )
    return CallToolResult(
        content=[TextContent(type="text", text=running_summary(result))],
        structured_content=result.model_dump(mode="json"),
    )


async def announce_new_track(ctx: Context[Any, Any]) -> None:
    try:
        await ctx.session.send_resource_list_changed()
    except Exception:  # a client that cannot take notifications still gets its result
        log.debug("could not send resources/list_changed", exc_info=True)
    try:
        await ctx.notify_resources_changed()
    except Exception:
        log.debug("could not publish resources changed", exc_info=True)


def track_result(app: ServerState, result: TrackResult, *, embed: bool) -> CallToolResult:
    settings = app.settings
    mode = settings.calls.output_mode or ("link" if app.http_base else "files")
    assert result.track_id and result.uri and result.path
    path = Path(result.path)
    if app.http_base:
        # A client over HTTP is on another machine: this server's paths mean nothing there (and are
        # not its business); it gets the track's URL instead.
        result = without_paths(result)
    assert result.track_id and result.uri
    text = summary(result)
    if app.http_base:
        text += f" Download: {app.http_base}/tracks/{result.track_id}"
    content: list[Any] = [TextContent(type="text", text=text)]
    size = path.stat().st_size if path.exists() else None
    if mode in ("files", "link", "both"):
        content.append(
            ResourceLink(
                type="resource_link",
                uri=result.uri,
                name=result.track_id,
                title=f"{result.endpoint} {result.duration_s or 0:.1f} s",
                mime_type=mime_of(result.format),
                size=size,
            )
        )
    if embed or mode in ("resource", "both"):
        if size is not None and size <= settings.calls.max_embed_bytes:
            data = base64.b64encode(path.read_bytes()).decode()
            content.append(AudioContent(type="audio", data=data, mime_type=mime_of(result.format)))
        else:
            content.append(
                TextContent(
                    type="text",
                    text=f"The audio ({(size or 0) / 2**20:.1f} MiB) is over the "
                    f"{settings.calls.max_embed_bytes / 2**20:.0f} MiB inline cap; read {result.uri} instead.",
                )
            )
    return CallToolResult(content=content, structured_content=result.model_dump(mode="json"))


def _twice(view: JobView) -> str:
    """What a second call would do: pay twice, or (a free self-hosted server) render it twice."""
    return "render it twice" if view.offline and not view.preview else "pay twice"
