"""The `music_job` tool: follow, fetch or cancel a job that outlasted its call, or list recent jobs."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult, TextContent
from pydantic import ValidationError

from ace_step_mcp.calls import error_result, follow, guarded, running_result, track_result
from ace_step_mcp.endpoints import BY_TOOL, describe_error
from ace_step_mcp.errors import AceStepError
from ace_step_mcp.tools import JobList, MusicJobArgs, output_schema, result_of

if TYPE_CHECKING:
    from ace_step_mcp.ledger import JobRow
    from ace_step_mcp.server import App
    from ace_step_mcp.service import Service


def music_job_output_schema() -> dict[str, Any]:
    schema = output_schema()
    schema["properties"]["jobs"] = {"type": "array", "items": {"type": "object"}}
    schema["properties"]["status"] = {
        "type": "string",
        "description": "completed or running (a job); cancelled, not_cancellable or a final state (cancel).",
    }
    schema["required"] = []
    return schema


MUSIC_JOB_DESCRIPTION = (
    "Follow up on a music job started by text_to_audio, text_to_audio_v15, audio_inpaint or audio_outpaint "
    "when that call returned status 'running' (renders can outlast a tool call).\n"
    "Actions: 'wait' waits up to wait_s (default 45) and returns the track when it is done; 'status' says "
    "where the job is now; 'result' returns the finished track; 'cancel' stops a job that is still queued "
    "(a job already rendering cannot be stopped and is billed; its track is still stored); 'list' shows "
    "recent jobs with state and cost. Pick it for: getting a track whose render outlasted the call, or after "
    "a restart. Do not pick it for: starting a new render. Never resubmit a running job instead: that pays twice."
)

_POLL_HOLD_S = 3.0


def music_job_fn(app: App) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
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


async def music_job(app: App, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    try:
        args = MusicJobArgs.model_validate(arguments)
    except ValidationError as exc:
        return error_result(describe_error(MusicJobArgs, exc))
    check_job_args(args)
    service = await app.service()
    if args.action == "list":
        rows = service.ledger.jobs(limit=args.limit or 10)
        listed = JobList(jobs=[job_summary(service, r) for r in rows])
        lines = [f"{j['job_id']} {j['endpoint']} {j['state']} ${j['usd']:.4f}" for j in listed.jobs]
        return CallToolResult(
            content=[TextContent(type="text", text="\n".join(lines) or "No jobs yet.")],
            structured_content=listed.model_dump(mode="json"),
        )
    assert args.job_id is not None
    row = service.ledger.job(args.job_id)
    if row is None:
        raise AceStepError(f"No job '{args.job_id[:40]}' here; use music_job with action 'list' to see job ids.")
    if args.action == "cancel":
        outcome = await service.runner.cancel(row.job_id)
        text = {
            "cancelled": f"Cancelled {row.job_id} while it was queued; nothing is billed.",
            "not_cancellable": f"{row.job_id} is already rendering and cannot be stopped; RunComfy bills it, "
            f"and its track will still be stored (music_job 'result' fetches it).",
        }.get(outcome, f"{row.job_id} is already {outcome}; nothing to cancel.")
        return CallToolResult(
            content=[TextContent(type="text", text=text)],
            structured_content={
                "status": outcome,
                "job_id": row.job_id,
                "endpoint": row.tool,
                "model_id": row.model_id,
            },
        )
    handle = service.runner.handles.get(row.job_id) or service.runner.resume(row.job_id)
    if row.state == "done" or (handle is not None and handle.done.is_set() and handle.outcome is not None):
        return finished_result(app, service, row.job_id)
    if row.state in ("failed", "cancelled", "unknown") or (handle is not None and handle.error is not None):
        row = service.ledger.job(row.job_id) or row
        raise AceStepError(row.error or f"Job {row.job_id} ended '{row.state}'; start a new one if you still want it.")
    if handle is None:
        raise AceStepError(f"Job {row.job_id} is being driven by another server process; ask again in a few seconds.")
    if args.action == "wait":
        wait_s = args.wait_s if args.wait_s is not None else service.settings.wait_s
        return await follow(app, service, handle, ctx, wait_s)
    # status and result on a running job: hold an eager poll a moment so it cannot hammer the API.
    last = app.last_poll.get(row.job_id, 0.0)
    app.last_poll[row.job_id] = time.monotonic()
    if time.monotonic() - last < _POLL_HOLD_S:
        # Held until the job's state really changes (not merely polled again) or the hold ends.
        seen = service.runner.snapshot(handle)
        deadline = time.monotonic() + _POLL_HOLD_S
        while not handle.done.is_set() and time.monotonic() < deadline:
            await handle.changed(deadline - time.monotonic())
            now = service.runner.snapshot(handle)
            if (now.status, now.queue_position) != (seen.status, seen.queue_position):
                break
        if handle.done.is_set() and handle.outcome is not None:
            return finished_result(app, service, row.job_id)
    return running_result(service, handle, service.runner.expected_seconds(handle.request))


def finished_result(app: App, service: Service, job_id: str) -> CallToolResult:
    from ace_step_mcp.jobs import JobOutcome

    row = service.ledger.job(job_id)
    assert row is not None and row.track_id is not None
    track = service.ledger.track(row.track_id)
    if track is None:
        raise AceStepError(f"Job {job_id} finished but its track is missing; it may have been removed.")
    endpoint = BY_TOOL[row.tool]
    result = result_of(JobOutcome(track, job_id), endpoint, row.estimate_usd)
    return track_result(app, result, service, embed=False)


def job_summary(service: Service, row: JobRow) -> dict[str, Any]:
    return {
        "job_id": row.job_id,
        "endpoint": row.tool,
        "state": row.state,
        "request_id": row.request_id,
        "track_id": row.track_id if row.state == "done" else None,
        "usd": row.cost_usd if row.cost_usd is not None else row.estimate_usd,
        "charged": row.cost_usd is not None,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(row.created_at)),
        "error": row.error,
        "offline_preview": row.offline,
    }
