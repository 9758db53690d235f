"""MCP tasks (spec 2025-11-25) for the generating tools, on the SDK's extension mechanism.

The SDK's method tables leave `tasks/*` out, so this module binds them itself (`Extension`
methods) and intercepts `tools/call`: a call whose params carry `task` starts the job exactly as a
plain call would (same validation, same confirmation, same ledger row) and answers at once with a
`CreateTaskResult`. The task id is the job id, so `tasks/get`, `tasks/result`, `tasks/cancel` and
`music_job` all address the same job. A call without `task` is passed through untouched: clients
without task support get the bounded wait.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.extension import Extension, MethodBinding
from mcp.server.mcpserver import Context
from mcp_types import (
    CallToolRequestParams,
    CallToolResult,
    CancelTaskRequestParams,
    CreateTaskResult,
    GetTaskPayloadRequestParams,
    GetTaskRequestParams,
    PaginatedRequestParams,
    Task,
    TextContent,
)

from ace_step_mcp.endpoints import BY_TOOL

if TYPE_CHECKING:
    from ace_step_mcp.ledger import JobRow
    from ace_step_mcp.server import AceStepServer, App

POLL_INTERVAL_MS = 2000
DEFAULT_TTL_MS = 24 * 3600 * 1000
_STATUS = {
    "pending": "working",
    "submitted": "working",
    "done": "completed",
    "failed": "failed",
    "unknown": "failed",
    "cancelled": "cancelled",
}
RELATED_TASK = "io.modelcontextprotocol/related-task"


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class TaskSupport(Extension):
    identifier = "dev.ace-step-mcp/tasks"

    def __init__(self, app: App) -> None:
        self.app = app
        self.server: AceStepServer | None = None  # set once the server exists
        self._ttl: dict[str, int | None] = {}

    def methods(self) -> Sequence[MethodBinding]:
        return (
            MethodBinding("tasks/get", GetTaskRequestParams, self._get),
            MethodBinding("tasks/result", GetTaskPayloadRequestParams, self._result),
            MethodBinding("tasks/cancel", CancelTaskRequestParams, self._cancel),
            MethodBinding("tasks/list", PaginatedRequestParams, self._list),
        )

    async def middleware(self, ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        """Answer a task-augmented `tools/call` of a generating tool with a `CreateTaskResult`.

        A server middleware, not an extension interceptor: the SDK shapes a `tools/call` handler's
        return into a `CallToolResult` for the wire, and a task result is not one. A middleware that
        answers without `call_next` owns its result, so this one returns wire dicts itself.
        """
        params = ctx.params
        if (
            ctx.method != "tools/call"
            or not isinstance(params, Mapping)
            or params.get("task") is None
            or params.get("name") not in BY_TOOL
        ):
            return await call_next(ctx)
        from ace_step_mcp.calls import error_result, start_job
        from ace_step_mcp.errors import AceStepError

        assert self.server is not None
        typed = CallToolRequestParams.model_validate(dict(params), by_name=False)
        context: Context[Any, Any] = Context(request_context=ctx, mcp_server=self.server, input_params=typed)
        try:
            started = await start_job(self.app, typed.name, typed.arguments or {}, context)
        except AceStepError as exc:
            started = error_result(str(exc))
        if not isinstance(started, tuple):
            return started.model_dump(by_alias=True, mode="json", exclude_none=True)
        _, handle, _ = started
        ttl = typed.task.ttl if typed.task is not None else None
        self._ttl[handle.job_id] = ttl if ttl is not None else DEFAULT_TTL_MS
        created = CreateTaskResult(task=await self._task(handle.job_id))
        return created.model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _row(self, task_id: str) -> JobRow:
        from mcp.shared.exceptions import MCPError
        from mcp_types import INVALID_PARAMS

        service = await self.app.service()
        row = service.ledger.job(task_id)
        if row is None:
            raise MCPError(code=INVALID_PARAMS, message=f"No task {task_id[:40]}; tasks/list shows the task ids.")
        return row

    async def _task(self, task_id: str) -> Task:
        service = await self.app.service()
        row = await self._row(task_id)
        handle = service.runner.handles.get(task_id) or service.runner.resume(task_id)
        message = row.error
        if handle is not None and not handle.done.is_set():
            p = service.runner.snapshot(handle)
            where = f", queue position {p.queue_position}" if p.queue_position else ""
            message = f"{p.status.replace('_', ' ')}{where}, {p.elapsed_s:.0f} s elapsed"
        row = service.ledger.job(task_id) or row
        return Task(
            task_id=task_id,
            status=_STATUS.get(row.state, "working"),  # type: ignore[arg-type]
            status_message=message,
            created_at=_iso(row.created_at),
            last_updated_at=_iso(row.finished_at or row.submitted_at or row.created_at),
            ttl=self._ttl.get(task_id, DEFAULT_TTL_MS),
            poll_interval=POLL_INTERVAL_MS,
        )

    async def _get(self, ctx: ServerRequestContext[Any, Any], params: GetTaskRequestParams) -> HandlerResult:
        return (await self._task(params.task_id)).model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _result(self, ctx: ServerRequestContext[Any, Any], params: GetTaskPayloadRequestParams) -> HandlerResult:
        """Blocks until the task ends (as the spec asks), then answers what the tool call would have."""
        from ace_step_mcp.music_job_tool import finished_result

        service = await self.app.service()
        row = await self._row(params.task_id)
        handle = service.runner.handles.get(row.job_id) or service.runner.resume(row.job_id)
        if handle is not None:
            await handle.done.wait()
        row = service.ledger.job(row.job_id) or row
        if row.state == "done":
            result = finished_result(self.app, service, row.job_id)
        else:
            text = row.error or f"Task {row.job_id} ended '{row.state}'."
            result = CallToolResult(content=[TextContent(type="text", text=text)], is_error=True)
        result.meta = {**(result.meta or {}), RELATED_TASK: {"taskId": row.job_id}}
        return result.model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _cancel(self, ctx: ServerRequestContext[Any, Any], params: CancelTaskRequestParams) -> HandlerResult:
        service = await self.app.service()
        await self._row(params.task_id)
        await service.runner.cancel(params.task_id)
        return (await self._task(params.task_id)).model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _list(self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None) -> HandlerResult:
        service = await self.app.service()
        tasks = [
            (await self._task(row.job_id)).model_dump(by_alias=True, mode="json", exclude_none=True)
            for row in service.ledger.jobs(limit=50)
        ]
        return {"tasks": tasks}
