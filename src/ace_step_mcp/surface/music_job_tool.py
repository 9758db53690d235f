"""The `music_job` tool: follow, fetch or cancel a job that outlasted its call, or list recent jobs."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult, TextContent

from ace_step_mcp.errors import AceStepError
from ace_step_mcp.jobs.pipeline import PLAN_PREFIX
from ace_step_mcp.jobs.tracks import iso_time
from ace_step_mcp.surface.calls import finished_result, follow, guarded, parse_arguments, running_result
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tools import JobList, MusicJobArgs

if TYPE_CHECKING:
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobView


MUSIC_JOB_DESCRIPTION = (
    "A job a call left 'running', or a plan (pln_...). wait: up to wait_s, then the track (a plan: resumes "
    "it); status; result: the finished track; cancel: only while queued (rendering is billed; a plan: no "
    "further steps); list: recent jobs and costs. Never resubmit a running job: that pays twice."
)

_POLL_HOLD_S = 3.0


def music_job_fn(app: ServerState) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, "music_job", music_job)


def check_job_args(args: MusicJobArgs) -> None:
    if args.action != "list" and not args.job_id:
        raise AceStepError(f"`job_id` is required for action '{args.action}'; use action 'list' to find it.")
    if args.action == "list" and args.job_id:
        raise AceStepError("`job_id` does not apply to action 'list'; leave it out or use action 'status'.")
    if args.wait_s is not None and args.action != "wait":
        raise AceStepError(f"`wait_s` applies only to action 'wait', not '{args.action}'; leave it out.")
    if args.limit is not None and args.action != "list":
        raise AceStepError(f"`limit` applies only to action 'list', not '{args.action}'; leave it out.")


async def music_job(app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    args = parse_arguments(MusicJobArgs, arguments)
    check_job_args(args)
    service = await app.service()
    if args.action == "list":
        return await _list(service, args.limit or 10)
    assert args.job_id is not None
    if args.job_id.startswith(PLAN_PREFIX):
        return await _piece(app, service, args, ctx)
    view = await service.view(args.job_id)
    if view is None:
        raise AceStepError(f"No job '{args.job_id[:40]}' here; use music_job with action 'list' to see job ids.")
    if args.action == "cancel":
        return await _cancel(service, view)
    if view.finished:
        return finished_result(app, await service.measured(view))
    if not view.driven_here and view.error is not None:  # this process stopped following it
        raise AceStepError(view.error)
    if args.action == "wait":  # another process's job is waited on through the ledger's changes
        wait_s = args.wait_s if args.wait_s is not None else service.settings.calls.wait_s
        return await follow(app, service, view, ctx, wait_s)
    return await _status(app, service, view)


async def _piece(app: ServerState, service: JobService, args: MusicJobArgs, ctx: Context[Any, Any]) -> CallToolResult:
    """A piece of several calls, by its plan id: resumed where it stands (never planned again), told
    about, or cancelled (no further step starts)."""
    from ace_step_mcp.jobs.pipeline import cancel_piece, load_piece, run_piece
    from ace_step_mcp.surface.calls import AudioLookup, progress_reporter
    from ace_step_mcp.surface.make_music_tool import render_piece, step_preparer

    assert args.job_id is not None
    piece = await (cancel_piece if args.action == "cancel" else load_piece)(service, args.job_id)
    if piece is None:
        raise AceStepError(f"No plan '{args.job_id[:40]}' here; the plan id is in make_music's result.")
    if args.action == "cancel" or args.action == "status" or piece.state == "cancelled":
        said = {"running": "is running", "done": "is done", "cancelled": "is cancelled: no further step starts"}
        text = f"Plan {piece.plan_id} {said[piece.state]}. {piece.paid_sentence()}"
        return CallToolResult(
            content=[TextContent(type="text", text=text)],
            structured_content={"status": piece.state, "job_id": piece.plan_id, "tracks_made": list(piece.made)},
        )
    wait_s = args.wait_s if args.wait_s is not None else service.settings.calls.wait_s
    prepare = step_preparer(AudioLookup(app, service, ctx), piece.fresh)
    chain = await run_piece(service, piece, wait_s=wait_s, prepare_step=prepare, on_progress=progress_reporter(ctx))
    first = piece.steps[0]
    info = {"endpoint": first.endpoint, "arguments": first.arguments, "rationale": f"plan {piece.plan_id}",
            "steps": [{"endpoint": s.endpoint, "arguments": s.arguments} for s in piece.steps]}  # fmt: skip
    return await render_piece(app, chain, ctx, None, info)


async def _list(service: JobService, limit: int) -> CallToolResult:
    listed = JobList(jobs=[job_summary(v) for v in await service.jobs(limit)])
    lines = [f"{j['job_id']} {j['endpoint']} {j['state']} ${j['usd']:.4f}" for j in listed.jobs]
    return CallToolResult(
        content=[TextContent(type="text", text="\n".join(lines) or "No jobs yet.")],
        structured_content=listed.model_dump(mode="json"),
    )


async def _cancel(service: JobService, view: JobView) -> CallToolResult:
    outcome = await service.cancel(view.job_id)
    state = (await service.view(view.job_id) or view).state
    return CallToolResult(
        content=[
            TextContent(
                type="text",
                text=outcome.sentence(
                    view.job_id, state, label=service.offer.label, can_cancel=service.offer.can_cancel
                ),
            )
        ],
        structured_content={
            "status": outcome.status(state),
            "job_id": view.job_id,
            "endpoint": view.endpoint.tool,
            "model_id": view.endpoint.model_id,
        },
    )


async def _status(app: ServerState, service: JobService, view: JobView) -> CallToolResult:
    """Status and result of a running job: an eager poll is held a moment so it cannot hammer the
    backend, until the job's state really changes (not merely polled again) or the hold ends."""
    last = app.last_poll.get(view.job_id, 0.0)
    app.last_poll[view.job_id] = time.monotonic()
    if time.monotonic() - last < _POLL_HOLD_S:
        view = await service.wait(view.job_id, timeout_s=_POLL_HOLD_S, until_change=True)
        if view.finished:
            return finished_result(app, await service.measured(view))
    return running_result(view)


def job_summary(view: JobView) -> dict[str, Any]:
    return {
        "job_id": view.job_id,
        "endpoint": view.endpoint.tool,
        "state": view.state.value,
        "request_id": view.request_id,
        "track_id": view.track.track_id if view.track else None,
        "usd": 0.0 if view.offline else view.usd,
        "charged": view.cost_usd is not None and not view.offline,
        "created_at": iso_time(view.created_at),
        "error": view.error,
        "offline_preview": view.preview,
        "parent_track_id": view.parent_track_id,  # an edit: the track edited, and where
        "window": view.edit.window() if view.edit else None,
    }
