"""MCP tasks (spec 2025-11-25) for the generating tools, on the SDK's extension mechanism.

The SDK's method tables leave `tasks/*` out, so this module binds them itself (`Extension`
methods) and intercepts `tools/call`: a call whose params carry `task` starts the job exactly as a
plain call would (same validation, same confirmation, same ledger row) and answers at once with a
`CreateTaskResult`. The task id is the job id, so `tasks/get`, `tasks/result`, `tasks/cancel` and
`music_job` all address the same job. A call without `task` is passed through untouched: clients
without task support get the bounded wait.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.extension import Extension, MethodBinding
from mcp.server.mcpserver import Context, MCPServer
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INVALID_PARAMS,
    METHOD_NOT_FOUND,
    CallToolRequestParams,
    CallToolResult,
    CancelTaskRequestParams,
    CreateTaskResult,
    GetTaskPayloadRequestParams,
    GetTaskRequestParams,
    InputRequiredResult,
    PaginatedRequestParams,
    Task,
)

from ace_step_mcp.errors import AceStepError
from ace_step_mcp.jobs.tracks import iso_time
from ace_step_mcp.surface.calls import error_result, finished_result
from ace_step_mcp.surface.state import ServerState

if TYPE_CHECKING:
    from ace_step_mcp.ports.values import JobState, JobView

    # Starts the job of a tool call as the plain call would: (service, view, args), or the result to answer instead.
    StartFn = Callable[
        [ServerState, str, dict[str, Any], Context[Any, Any]],
        Awaitable[tuple[Any, JobView, Any] | CallToolResult | InputRequiredResult],
    ]

# Tasks exist in exactly one protocol era: 2025-11-25 (2026-07-28 moved them into an extension).
TASKS_VERSION = "2025-11-25"
POLL_INTERVAL_MS = 2000
DEFAULT_TTL_MS = 24 * 3600 * 1000
RELATED_TASK = "io.modelcontextprotocol/related-task"
TaskStatus = Literal["working", "input_required", "completed", "failed", "cancelled"]


def task_status(state: JobState) -> TaskStatus:
    """A job's state in the tasks vocabulary (the job values load with the service, not at start)."""
    from ace_step_mcp.ports.values import JobState

    table: dict[JobState, TaskStatus] = {
        JobState.PENDING: "working",
        JobState.SUBMITTED: "working",
        JobState.DONE: "completed",
        JobState.FAILED: "failed",
        JobState.UNKNOWN: "failed",
        JobState.CANCELLED: "cancelled",
        JobState.LOST: "failed",
    }
    return table[state]


class TaskSupport(Extension):
    identifier = "dev.ace-step-mcp/tasks"

    def __init__(self, app: ServerState, task_tools: frozenset[str], start: StartFn) -> None:
        self.app = app
        self.task_tools = task_tools  # the tools that accept task-augmented calls
        self.start = start  # starts a job for a tool call exactly as a plain call would
        self.server: MCPServer[Any] | None = None  # the server that serves these methods (`bind`)
        self._ttl: dict[str, int | None] = {}

    def bind(self, server: MCPServer[Any]) -> None:
        self.server = server

    def methods(self) -> Sequence[MethodBinding]:
        return (
            MethodBinding("tasks/get", GetTaskRequestParams, self._get),
            MethodBinding("tasks/result", GetTaskPayloadRequestParams, self._result),
            MethodBinding("tasks/cancel", CancelTaskRequestParams, self._cancel),
            MethodBinding("tasks/list", PaginatedRequestParams, self._list),
        )

    async def middleware(self, ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        """Answer a task-augmented `tools/call` with a `CreateTaskResult`; keep `tasks/*` to their era.

        A server middleware, not an extension interceptor: the SDK shapes a `tools/call` handler's
        return into a `CallToolResult` for the wire, and a task result is not one. A middleware that
        answers without `call_next` owns its result, so this one returns wire dicts itself.
        """
        params = ctx.params
        if ctx.method == "initialize":  # capabilities are built before a version is negotiated
            result = await call_next(ctx)
            if isinstance(result, dict) and result.get("protocolVersion") != TASKS_VERSION:
                result.get("capabilities", {}).pop("tasks", None)
            return result
        era = ctx.protocol_version == TASKS_VERSION
        if ctx.method.startswith("tasks/") and not era:
            raise MCPError(
                code=METHOD_NOT_FOUND, message=f"{ctx.method} is not a method of protocol {ctx.protocol_version}."
            )
        if not era or ctx.method != "tools/call" or not isinstance(params, Mapping) or params.get("task") is None:
            return await call_next(ctx)
        return await self._create(ctx, params)

    async def _create(self, ctx: ServerRequestContext[Any, Any], params: Mapping[str, Any]) -> HandlerResult:
        """A task-augmented `tools/call`: the job started, answered with its task (or the refusal)."""
        name = params.get("name")
        if name not in self.task_tools:
            raise MCPError(
                code=METHOD_NOT_FOUND, message=f"Tool {str(name)[:60]!r} does not support task-augmented calls."
            )
        assert self.server is not None
        typed = CallToolRequestParams.model_validate(dict(params), by_name=False)
        context: Context[Any, Any] = Context(request_context=ctx, mcp_server=self.server, input_params=typed)
        try:
            started = await self.start(self.app, typed.name, typed.arguments or {}, context)
        except AceStepError as exc:
            started = error_result(str(exc))
        if not isinstance(started, tuple):
            return started.model_dump(by_alias=True, mode="json", exclude_none=True)
        _, view, _ = started
        ttl = typed.task.ttl if typed.task is not None else None
        self._ttl[view.job_id] = ttl if ttl is not None else DEFAULT_TTL_MS
        created = CreateTaskResult(task=self._task(view))
        return created.model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _view(self, task_id: str) -> JobView:
        view = await (await self.app.service()).view(task_id)
        if view is None:
            raise MCPError(code=INVALID_PARAMS, message=f"No task {task_id[:40]}; tasks/list shows the task ids.")
        return view

    def _task(self, view: JobView) -> Task:
        return Task(
            task_id=view.job_id,
            status=task_status(view.state),
            status_message=view.ended_sentence()
            if view.finished and view.track is None
            else (None if view.finished else view.progress_sentence()),
            created_at=iso_time(view.created_at),
            last_updated_at=iso_time(view.updated_at),
            ttl=self._ttl.get(view.job_id, DEFAULT_TTL_MS),
            poll_interval=POLL_INTERVAL_MS,
        )

    async def _get(self, ctx: ServerRequestContext[Any, Any], params: GetTaskRequestParams) -> HandlerResult:
        task = self._task(await self._view(params.task_id))
        piece = self.app.piece_tasks.get(params.task_id)
        if piece is not None:  # a task that runs a whole piece ends with the piece, not its first job
            task.status, task.status_message = self._piece_status(piece)
        return task.model_dump(by_alias=True, mode="json", exclude_none=True)

    @staticmethod
    def _piece_status(piece: Any) -> tuple[TaskStatus, str | None]:
        from ace_step_mcp.jobs.pipeline import Chain

        if not piece.ended.is_set():
            return "working", f"Plan {piece.plan_id} is running its steps."
        chain = piece.chain
        if isinstance(chain, Chain) and chain.complete and chain.stopped is None:
            return "completed", None
        if isinstance(chain, Chain) and chain.piece is not None and chain.piece.state == "cancelled":
            return "cancelled", chain.stopped
        return "failed", str(getattr(chain, "stopped", None) or chain)

    async def _result(self, ctx: ServerRequestContext[Any, Any], params: GetTaskPayloadRequestParams) -> HandlerResult:
        """Blocks until the task ends (as the spec asks), then answers what the tool call would have."""
        view = await self._view(params.task_id)
        service = await self.app.service()
        piece = self.app.piece_tasks.get(params.task_id)
        if piece is not None:  # the whole piece, not only the job the task began with
            from ace_step_mcp.surface.make_music_tool import piece_task_result

            await piece.ended.wait()
            result = piece_task_result(self.app, piece)
            result.meta = {**(result.meta or {}), RELATED_TASK: {"taskId": params.task_id}}
            return result.model_dump(by_alias=True, mode="json", exclude_none=True)
        if not view.finished:
            view = await service.wait(view.job_id, timeout_s=None)
        try:
            result = finished_result(self.app, await service.measured(view))
        except AceStepError as exc:
            result = error_result(str(exc))
        result.meta = {**(result.meta or {}), RELATED_TASK: {"taskId": view.job_id}}
        return result.model_dump(by_alias=True, mode="json", exclude_none=True)

    async def _cancel(self, ctx: ServerRequestContext[Any, Any], params: CancelTaskRequestParams) -> HandlerResult:
        view = await self._view(params.task_id)
        piece = self.app.piece_tasks.get(params.task_id)
        if piece is not None:  # a person's cancel stops the piece's further steps
            from ace_step_mcp.jobs.pipeline import cancel_piece

            await cancel_piece(await self.app.service(), piece.plan_id)
        await (await self.app.service()).cancel(view.job_id)
        return await self._get(ctx, GetTaskRequestParams(task_id=view.job_id))

    async def _list(self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None) -> HandlerResult:
        views = await (await self.app.service()).jobs(limit=50)
        return {"tasks": [self._task(v).model_dump(by_alias=True, mode="json", exclude_none=True) for v in views]}
