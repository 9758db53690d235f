"""The MCP surface: tools, resources and transports, on the SDK 2.x `MCPServer`.

Two decisions a reader would ask about:

* Arguments are validated by hand. Each tool is registered with the JSON Schema of its pydantic
  argument model and receives the raw arguments; our model validates them and a failure becomes
  one `isError` sentence naming the field, the value and the allowed range (the SDK's own
  validation would answer with a multi-line pydantic dump, and say it after its own prefix).
* The heavy state (ledger, HTTP client, job runner, offline emulator) is process-wide and is
  built in the background a moment after start, or at the first call that needs it, so `initialize`
  and `tools/list` answer as fast as a bare SDK server. Jobs a previous process left running are
  resumed then.
"""

from __future__ import annotations

import base64
import gc
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import anyio
from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError
from mcp.server.mcpserver.tools import Tool
from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase, FuncMetadata
from mcp_types import (
    AudioContent,
    CallToolResult,
    InputRequiredResult,
    ResourceLink,
    ServerCapabilities,
    ServerTasksCapability,
    ServerTasksRequestsCapability,
    TasksCallCapability,
    TasksCancelCapability,
    TasksListCapability,
    TasksToolsCapability,
    TextContent,
    ToolAnnotations,
    ToolExecution,
)
from mcp_types import Resource as MCPResource
from mcp_types import Tool as MCPTool
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ace_step_mcp import __version__
from ace_step_mcp.elicit import ask
from ace_step_mcp.endpoints import BY_TOOL, ENDPOINTS, describe_error
from ace_step_mcp.errors import AceStepError, SpendRefused, redact
from ace_step_mcp.settings import Settings
from ace_step_mcp.tools import (
    ARGS,
    OURS,
    JobList,
    MakeMusicArgs,
    MusicJobArgs,
    TrackResult,
    description,
    input_schema,
    output_schema,
    result_of,
    running_summary,
    summary,
)
from ace_step_mcp.tracks import track_info, track_uri

if TYPE_CHECKING:  # the job service (ledger, HTTP client) loads after start, not before
    from ace_step_mcp.audio import ResolvedAudio
    from ace_step_mcp.endpoints import Endpoint
    from ace_step_mcp.jobs import JobHandle, JobRequest
    from ace_step_mcp.ledger import JobRow
    from ace_step_mcp.modelapi import Progress
    from ace_step_mcp.service import Service

log = logging.getLogger("ace_step_mcp")

WARMUP_DELAY_S = 1.5
HEARTBEAT_S = 3.0
RECENT_TRACKS_LISTED = 50

INSTRUCTIONS = """\
ace-step-mcp makes music with ACE Step on RunComfy.
- New track: text_to_audio (cheap default, $0.0002/s) or text_to_audio_v15 (non-English lyrics and \
polished vocals, $0.0003/s). 5-240 s per call.
- Edit a track: audio_inpaint regenerates a time range; audio_outpaint adds an intro and/or outro. \
Pass the earlier result's track id as `audio`; results stay within 240 s, so chain calls for longer pieces.
- Every result has a track id and a music://tracks/{id} resource (the audio) plus \
music://tracks/{id}/info (metadata and lineage). music://endpoints lists limits and prices.
- Renders take seconds to a few minutes; progress is reported while they run. A call waits at most `wait_s` (45 s by default) and then returns status "running" with a job_id: the render goes on, and music_job (action "wait" or "result") fetches the track. Never resubmit a running job: that pays twice.
- Costs: 60 s is about $0.012 (base) or $0.018 (1.5). Calls above the operator's threshold ask the user first.
"""


class _RawArguments(ArgModelBase):
    """Hands the tool the caller's arguments untouched; our own models validate them."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    arguments: dict[str, Any]

    @model_validator(mode="before")
    @classmethod
    def _wrap(cls, data: Any) -> Any:
        return {"arguments": data if isinstance(data, dict) else {}}


class App:
    """Process-wide state shared by every MCP session (stdio has one; HTTP has many)."""

    def __init__(self, settings: Settings, *, offline: bool) -> None:
        self.settings = settings
        self.offline = offline
        self._needed = anyio.Event()
        self._ready = anyio.Event()
        self._service: Service | None = None
        self._error: BaseException | None = None
        self.last_poll: dict[str, float] = {}
        self.http_base: str | None = None  # set when serving HTTP: tracks are also at {http_base}/tracks/{id}

    async def run(self) -> None:
        """Build the service (soon after start, or when first needed) and keep it until cancelled."""
        with anyio.move_on_after(WARMUP_DELAY_S):
            await self._needed.wait()
        from ace_step_mcp.service import Service

        try:
            async with Service(self.settings, offline=self.offline) as service:
                self._service = service
                # What is alive now (the SDK's ~550 pydantic models, our modules, the service) lives
                # as long as the process: take it out of the collector's view so that a full collection
                # under load walks only per-request objects. Without this, gen-2 pauses reached 84-138 ms
                # with 200 jobs over streamable HTTP (bench/run.py --only concurrency).
                gc.freeze()
                self._ready.set()
                resumed = service.runner.resume_open_jobs()
                if resumed:
                    log.info("resumed %d unfinished job(s) from the ledger", len(resumed))
                await anyio.sleep_forever()
        except Exception as exc:
            self._error = exc
            self._ready.set()
            log.error("ace-step-mcp could not start its job service: %s", redact(str(exc), None))

    async def service(self) -> Service:
        self._needed.set()
        await self._ready.wait()
        if self._service is None:
            raise AceStepError(
                "The server's job service failed to start (see its log); check ACE_STEP_MCP_HOME is writable."
            )
        return self._service


class AceStepServer(MCPServer[Any]):
    """MCPServer plus two things its base cannot express: recent tracks in `resources/list`, and
    each track read back with its own MIME type."""

    def __init__(self, app: App, tools: list[Tool]) -> None:
        from ace_step_mcp.tasks import TaskSupport

        task_support = TaskSupport(app)
        super().__init__(
            tools=tools,
            extensions=[task_support],
            middleware=[task_support.middleware],
            name="ace-step-mcp",
            title="ACE Step music",
            version=__version__,
            instructions=INSTRUCTIONS,
            website_url="https://pypi.org/project/ace-step-mcp/",
        )
        self.app = app
        task_support.server = self
        # Two capabilities MCPServer derives no way to declare: we do send resources/list_changed
        # when a track lands, and generating tools accept task-augmented calls (2025-11-25).
        derive = self._lowlevel_server.get_capabilities

        def get_capabilities(*args: Any, **kwargs: Any) -> ServerCapabilities:
            caps = derive(*args, **kwargs)
            if caps.resources is not None and kwargs.get("protocol_version") not in MODERN_PROTOCOL_VERSIONS:
                caps.resources.list_changed = True
            caps.tasks = ServerTasksCapability(
                list=TasksListCapability(),
                cancel=TasksCancelCapability(),
                requests=ServerTasksRequestsCapability(tools=TasksToolsCapability(call=TasksCallCapability())),
            )
            return caps

        self._lowlevel_server.get_capabilities = get_capabilities  # type: ignore[method-assign]

    async def list_tools(self) -> list[MCPTool]:
        tools = await super().list_tools()
        for tool in tools:
            if tool.name in BY_TOOL:
                tool.execution = ToolExecution(task_support="optional")
        return tools

    async def list_resources(self) -> list[MCPResource]:
        listed = await super().list_resources()
        service = self.app._service  # listing must not wait for the service to start
        if service is None:
            return listed
        for t in service.ledger.tracks(RECENT_TRACKS_LISTED):
            listed.append(
                MCPResource(
                    uri=track_uri(t.track_id),
                    name=t.track_id,
                    title=f"{t.tool or 'track'} {t.duration_s or 0:.1f} s"
                    + (" (offline preview)" if t.offline else ""),
                    description=_params_blurb(t.params),
                    mime_type=_mime(t.format),
                    size=t.size,
                )
            )
        return listed

    async def read_resource(self, uri: Any, context: Any = None) -> Iterable[ReadResourceContents] | Any:
        text = str(uri)
        if text.startswith("music://tracks/"):
            return await self._read_track(text)
        return await super().read_resource(uri, context)

    async def _read_track(self, uri: str) -> list[ReadResourceContents]:
        service = await self.app.service()
        rest = unquote(urlsplit(uri).path.lstrip("/"))
        track_id, _, sub = rest.partition("/")
        track = service.runner.store.get(track_id)
        if track is None or sub not in ("", "info"):
            raise ResourceError(f"No track at {uri[:120]}; read music://tracks for the list of track ids.")
        if sub == "info":
            return [ReadResourceContents(json.dumps(track_info(track), indent=2), "application/json")]
        try:
            data = await anyio.Path(track.path).read_bytes()
        except OSError:
            raise ResourceError(f"Track {track_id}'s file is missing from {Path(track.path).parent}.") from None
        return [ReadResourceContents(data, _mime(track.format))]


def _mime(fmt: str) -> str:
    from ace_step_mcp.audio import MIME

    return MIME.get(fmt, "application/octet-stream")


def _params_blurb(params: dict[str, Any] | None) -> str | None:
    if not params:
        return None
    tags = str(params.get("tags", ""))[:120]
    return f"tags: {tags}" if tags else None


def build_server(app: App) -> AceStepServer:
    annotations = ToolAnnotations(
        read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True
    )

    def tool(fn: Callable[..., Any], name: str, title: str, text: str, parameters: dict[str, Any],
             output: dict[str, Any], hints: ToolAnnotations) -> Tool:  # fmt: skip
        return Tool(
            fn=fn,
            name=name,
            title=title,
            description=text,
            parameters=parameters,
            fn_metadata=FuncMetadata(arg_model=_RawArguments, output_schema=output),
            is_async=True,
            context_kwarg="ctx",
            annotations=hints,
        )

    output = output_schema()  # one result shape for every tool: build its schema once
    tools = [
        tool(
            _tool_fn(app, e.tool),
            e.tool,
            e.title,
            description(e.tool),
            input_schema(e.tool),
            output,
            annotations,
        )
        for e in ENDPOINTS
    ]
    tools.append(
        tool(
            _make_music_fn(app),
            "make_music",
            "Make music from a plain request",
            MAKE_MUSIC_DESCRIPTION,
            _schema_of(MakeMusicArgs),
            output,
            annotations,
        )
    )
    # One tool, five actions: status, wait, result and list only read; cancel cannot be undone.
    job_hints = ToolAnnotations(read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=True)
    tools.append(
        tool(
            _music_job_fn(app),
            "music_job",
            "Follow, fetch or cancel a music job",
            MUSIC_JOB_DESCRIPTION,
            _schema_of(MusicJobArgs),
            _music_job_output_schema(),
            job_hints,
        )
    )
    server = AceStepServer(app, tools)
    _register_static_resources(server)
    return server


def _register_static_resources(server: AceStepServer) -> None:
    @server.resource(
        "music://endpoints",
        name="endpoints",
        title="ACE Step endpoints",
        description="The four ACE Step endpoints: schemas, prices, limits, and when to pick each.",
        mime_type="application/json",
    )
    def endpoints() -> str:
        return json.dumps(
            [
                {
                    "tool": e.tool,
                    "model_id": e.model_id,
                    "title": e.title,
                    "price_usd_per_second": e.price_per_s,
                    "max_seconds": 240,
                    "summary": e.summary,
                    "pick_for": e.pick_for,
                    "avoid_for": e.avoid_for,
                    "input_schema": input_schema(e.tool),
                }
                for e in ENDPOINTS
            ],
            indent=2,
        )

    @server.resource(
        "music://tracks",
        name="tracks",
        title="Generated tracks",
        description="Every stored track, newest first, with its metadata.",
        mime_type="application/json",
    )
    async def tracks() -> str:
        service = await server.app.service()
        return json.dumps([track_info(t) for t in service.ledger.tracks(200)], indent=2)

    @server.resource(
        "music://spend",
        name="spend",
        title="Spend",
        description="Money spent (charged, else estimated) by day and endpoint, the caps in force, and totals.",
        mime_type="application/json",
    )
    async def spend() -> str:
        service = await server.app.service()
        caps = service.settings.caps
        return json.dumps(
            {
                "by_day": service.ledger.spend_by_day(),
                "total_usd": round(service.ledger.spent(), 6),
                "caps_usd": {"per_call": caps.per_call, "per_day": caps.per_day, "total": caps.total},
                "confirm_above_usd": service.settings.confirm_above_usd,
                "offline_jobs_cost_nothing": True,
            },
            indent=2,
        )

    # Templates are listed for discovery; `AceStepServer.read_resource` serves them.
    @server.resource(
        "music://tracks/{track_id}",
        name="track",
        title="Track audio",
        description="The audio of a generated track, with its real MIME type.",
    )
    def track(track_id: str) -> str:  # pragma: no cover - served by read_resource
        raise ResourceError("unreachable")

    @server.resource(
        "music://tracks/{track_id}/info",
        name="track-info",
        title="Track metadata",
        description="A track's metadata and lineage: parameters, seed, cost, parent track and edit window.",
        mime_type="application/json",
    )
    def track_info_resource(track_id: str) -> str:  # pragma: no cover - served by read_resource
        raise ResourceError("unreachable")


Handler = Callable[[App, dict[str, Any], Context[Any, Any]], Awaitable[CallToolResult | InputRequiredResult]]


def _guarded(app: App, name: str, handler: Handler) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    """The one error boundary of every tool: our errors become one `isError` sentence; anything
    else is logged with its traceback on the server and the model gets a generic sentence."""

    async def call(arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult | InputRequiredResult:
        try:
            return await handler(app, arguments, ctx)
        except AceStepError as exc:
            return _error(str(exc))
        except Exception:
            log.exception("unexpected error in %s", name)
            return _error(f"{name} failed inside ace-step-mcp (the error is in the server log); try again.")

    call.__name__ = name
    return call


def _tool_fn(app: App, tool: str) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return _guarded(app, tool, lambda app_, arguments, ctx: _generate(app_, tool, arguments, ctx))


def _error(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


def _schema_of(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema.pop("title", None)
    return schema


def _music_job_output_schema() -> dict[str, Any]:
    schema = output_schema()
    schema["properties"]["jobs"] = {"type": "array", "items": {"type": "object"}}
    schema["properties"]["status"] = {
        "type": "string",
        "description": "completed or running (a job); cancelled, not_cancellable or a final state (cancel).",
    }
    schema["required"] = []
    return schema


class _AudioLookup:
    """One tool call's view of its input audio: the client's roots asked once, each reference
    resolved (read, or fetched and probed) once, however many steps of the call need it."""

    def __init__(self, service: Service, ctx: Context[Any, Any]) -> None:
        self.service = service
        self.ctx = ctx
        self._roots: tuple[Path, ...] | None = None
        self.resolved: dict[str, ResolvedAudio] = {}

    async def roots(self) -> tuple[Path, ...]:
        if self._roots is None:
            self._roots = await _client_roots(self.ctx)
        return self._roots

    async def resolve(self, ref: str) -> ResolvedAudio:
        if ref not in self.resolved:
            self.resolved[ref] = await self.service.resolve_audio(ref, await self.roots())
        return self.resolved[ref]

    async def prepare(self, endpoint: Endpoint, wire: dict[str, Any], **kw: Any) -> JobRequest:
        roots = await self.roots() if wire.get("audio") and wire["audio"] not in self.resolved else ()
        return await self.service.prepare(endpoint, wire, client_roots=roots, resolved_audio=self.resolved, **kw)


async def _client_roots(ctx: Context[Any, Any]) -> tuple[Path, ...]:
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


async def _confirm_spend(
    service: Service, request: JobRequest, confirmed_by_model: bool, ctx: Context[Any, Any]
) -> InputRequiredResult | None:
    """Above the operator's threshold, ask the user; fail closed if nobody can be asked.

    The threshold and the per-call cap come from settings only: `confirm_spend` from the model
    stands in for the user's answer only when the client cannot ask, and never past the cap.
    """
    threshold = service.settings.confirm_above_usd
    if threshold is None or service.offline or request.estimate_usd <= threshold:
        return None
    question = (
        f"Approve ${request.estimate_usd:.4f} for {request.endpoint.title}? "
        f"(above the ${threshold:.4f} that needs confirmation)"
    )
    answer = await ask(ctx, "confirm_spend", question, ConfirmSpend)
    if isinstance(answer, InputRequiredResult):
        return answer
    if answer.action == "accept" and answer.content and answer.content.get("confirm"):
        return None
    if answer.action == "unsupported" and confirmed_by_model:
        return None
    if answer.action == "unsupported":
        raise SpendRefused(
            f"This call is estimated at ${request.estimate_usd:.4f}, above the ${threshold:.4f} that needs the "
            f"user's approval, and this client cannot ask; ask the user, then repeat the call with "
            f"confirm_spend: true."
        )
    raise SpendRefused(f"The user did not approve ${request.estimate_usd:.4f} for this call, so nothing was submitted.")


async def start_job(
    app: App,
    tool: str,
    arguments: dict[str, Any],
    ctx: Context[Any, Any],
    audio: _AudioLookup | None = None,
) -> tuple[Service, JobHandle, BaseModel] | CallToolResult | InputRequiredResult:
    """Validate, resolve, confirm and start a job: everything a generating call does before waiting.

    Returns the started job, or the result to answer with instead (an error sentence, or the
    question for the user). Nothing is submitted unless a job is returned.
    """
    endpoint = BY_TOOL[tool]
    model = ARGS[tool]
    try:
        args = model.model_validate(arguments)
    except ValidationError as exc:
        return _error(describe_error(model, exc))
    service = await app.service()
    wire = args.model_dump(exclude=set(OURS))
    audio = audio or _AudioLookup(service, ctx)
    request = await audio.prepare(endpoint, wire, fresh=bool(args.fresh))  # type: ignore[attr-defined]
    pending = await _confirm_spend(service, request, bool(args.confirm_spend), ctx)  # type: ignore[attr-defined]
    if pending is not None:
        return pending
    return service, service.runner.start(request), args


async def _generate(
    app: App, tool: str, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> CallToolResult | InputRequiredResult:
    started = await start_job(app, tool, arguments, ctx)
    if not isinstance(started, tuple):
        return started
    service, handle, args = started
    wait_s = args.wait_s if args.wait_s is not None else service.settings.wait_s  # type: ignore[attr-defined]
    return await _follow(app, service, handle, ctx, wait_s, embed=bool(args.embed_audio), cancel_on_exit=True)  # type: ignore[attr-defined]


async def _follow(
    app: App,
    service: Service,
    handle: JobHandle,
    ctx: Context[Any, Any],
    wait_s: float,
    *,
    embed: bool = False,
    cancel_on_exit: bool = False,
) -> CallToolResult:
    """Wait for a job at most `wait_s`, with progress; a job still running becomes a handle, not an error."""
    started = time.monotonic()
    expected = service.runner.expected_seconds(handle.request)

    async def progress(p: Progress) -> None:
        left = max(0.0, expected - p.elapsed_s)
        await ctx.report_progress(
            round(time.monotonic() - started, 1), None, f"{_progress_message(p)}, about {left:.0f} s left"
        )

    try:
        outcome = await service.runner.follow(
            handle, on_progress=progress, heartbeat_s=HEARTBEAT_S, timeout_s=wait_s, cancel_on_exit=cancel_on_exit
        )
    except TimeoutError:
        return _running_result(service, handle, expected)
    result = result_of(outcome, handle.request.endpoint, handle.request.estimate_usd)
    if not outcome.deduplicated:
        await _announce_new_track(ctx)
    return _track_result(app, result, service, embed=embed)


def _running_result(service: Service, handle: JobHandle, expected: float) -> CallToolResult:
    snap = service.runner.snapshot(handle)
    result = TrackResult(
        status="running",
        job_id=handle.job_id,
        endpoint=handle.request.endpoint.tool,
        model_id=handle.request.endpoint.model_id,
        request_id=handle.request_id,
        estimate_usd=handle.request.estimate_usd,
        elapsed_s=round(snap.elapsed_s, 1),
        expected_s=expected,
        queue_position=snap.queue_position,
        offline_preview=bool(service.offline),
        next_step=f"Call music_job with action 'wait' and job_id '{handle.job_id}' to get the track "
        f"(do not call {handle.request.endpoint.tool} again: that would pay twice).",
    )
    return CallToolResult(
        content=[TextContent(type="text", text=running_summary(result))],
        structured_content=result.model_dump(mode="json"),
    )


def _progress_message(p: Progress) -> str:
    where = f" (queue position {p.queue_position})" if p.queue_position else ""
    status = p.status.replace("_", " ")
    return f"{status}{where}, {p.elapsed_s:.0f} s elapsed"


async def _announce_new_track(ctx: Context[Any, Any]) -> None:
    try:
        await ctx.session.send_resource_list_changed()
    except Exception:  # a client that cannot take notifications still gets its result
        log.debug("could not send resources/list_changed", exc_info=True)
    try:
        await ctx.notify_resources_changed()
    except Exception:
        log.debug("could not publish resources changed", exc_info=True)


def _track_result(app: App, result: TrackResult, service: Service, *, embed: bool) -> CallToolResult:
    mode = service.settings.output_mode or ("link" if app.http_base else "files")
    assert result.track_id and result.uri and result.path
    text = summary(result)
    if app.http_base:
        text += f"; download: {app.http_base}/tracks/{result.track_id}"
    content: list[Any] = [TextContent(type="text", text=text)]
    path = Path(result.path)
    size = path.stat().st_size if path.exists() else None
    if mode in ("files", "link", "both"):
        content.append(
            ResourceLink(
                type="resource_link",
                uri=result.uri,
                name=result.track_id,
                title=f"{result.endpoint} {result.duration_s or 0:.1f} s",
                mime_type=_mime(result.format or ""),
                size=size,
            )
        )
    if embed or mode in ("resource", "both"):
        if size is not None and size <= service.settings.max_embed_bytes:
            data = base64.b64encode(path.read_bytes()).decode()
            content.append(AudioContent(type="audio", data=data, mime_type=_mime(result.format or "")))
        else:
            content.append(
                TextContent(
                    type="text",
                    text=f"The audio ({(size or 0) / 2**20:.1f} MiB) is over the "
                    f"{service.settings.max_embed_bytes / 2**20:.0f} MiB inline cap; read {result.uri} instead.",
                )
            )
    return CallToolResult(content=content, structured_content=result.model_dump(mode="json"))


# -- make_music ---------------------------------------------------------------------------------------

MAKE_MUSIC_DESCRIPTION = (
    "Make music from the user's plain request: it picks the right ACE Step tool, reads lengths, time ranges, "
    "tempo and style from the words, checks the limits, and runs it (or, with dry_run, only returns the plan "
    "and its cost). Pick it first for any music request in natural language: 'make me a 90 s lo-fi bed', "
    "'replace 0:20-0:40 of trk_... with a piano breakdown', 'add a 30 s intro', 'a J-pop song with these "
    "lyrics'. Do not pick it when you already know the exact tool and arguments (call that tool directly), or "
    "to follow a running job (use music_job).\n"
    "Explicit fields (tags, duration, start_time, ...) always win over the words. For edits pass the track as "
    "`audio`. If the request is too vague to act on (an edit with no time range, 'longer' with no length), it "
    "asks the user one question and spends nothing until answered. Plans name the words that decided them."
)


class _AnswerWindow(BaseModel):
    start_time: float = Field(ge=0, le=240, description="Start of the range to regenerate, in seconds")
    end_time: float = Field(ge=0, le=240, description="End of the range, in seconds")


class _AnswerExtension(BaseModel):
    extend_before: float = Field(0, ge=0, le=240, description="Seconds to add before (intro)")
    extend_after: float = Field(0, ge=0, le=240, description="Seconds to add after (outro)")


class _AnswerAudio(BaseModel):
    audio: str = Field(description="Track id (trk_...), file path or https URL of the track")


class _AnswerTags(BaseModel):
    tags: str = Field(description="Genre, mood, instruments and tempo, comma-separated")


class _AnswerRequest(BaseModel):
    request: str = Field(description="Say it more precisely, e.g. 'replace 0:20-0:40' or 'add a 30 s outro'")


_ANSWERS: dict[str, type[BaseModel]] = {
    "window": _AnswerWindow,
    "extension": _AnswerExtension,
    "audio": _AnswerAudio,
    "tags": _AnswerTags,
    "edit_or_extend": _AnswerRequest,
}


def _make_music_fn(app: App) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return _guarded(app, "make_music", _make_music)


async def _make_music(
    app: App, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> CallToolResult | InputRequiredResult:
    from ace_step_mcp.router import Plan, Question, Request, find_track_ref, plan

    try:
        args = MakeMusicArgs.model_validate(arguments)
    except ValidationError as exc:
        return _error(describe_error(MakeMusicArgs, exc))
    service = await app.service()
    fields: dict[str, Any] = {
        k: getattr(args, k)
        for k in (
            "audio",
            "tags",
            "lyrics",
            "duration",
            "seed",
            "start_time",
            "end_time",
            "extend_before",
            "extend_after",
            "quality",
        )
    }
    request_text = args.request
    result: Plan | Question | None = None
    audio = _AudioLookup(service, ctx)
    for round_ in range(2):
        audio_ref = fields["audio"] or find_track_ref(request_text)
        length, source_tags = await _probe_for_plan(service, audio, audio_ref)
        result = plan(Request(request=request_text, audio_length_s=length, source_tags=source_tags, **fields))
        if isinstance(result, Plan):
            break
        if round_ == 1:
            break
        answer = await ask(ctx, f"make_music_{result.kind}", result.text, _ANSWERS[result.kind])
        if isinstance(answer, InputRequiredResult):
            return answer
        if answer.action == "unsupported":
            return _error(f"Before spending anything I need one answer: {result.text}")
        if answer.action != "accept" or not answer.content:
            return _error("No answer, so nothing was planned or spent; ask again with the missing detail.")
        content = answer.content
        if result.kind == "edit_or_extend":
            request_text = f"{request_text}. {content.get('request', '')}"
        else:
            fields.update({k: v for k, v in content.items() if v is not None})
    if not isinstance(result, Plan):
        assert result is not None
        return _error(f"Before spending anything I need one answer: {result.text}")

    endpoint = BY_TOOL[result.tool]
    ours = args.model_dump(include={"embed_audio", "fresh", "wait_s", "confirm_spend"})
    plan_info: dict[str, Any] = {
        "endpoint": result.tool,
        "model_id": endpoint.model_id,
        "arguments": result.arguments,
        "rationale": result.why(),
    }
    if args.dry_run:
        from ace_step_mcp.modelapi import body_hash

        request = await audio.prepare(endpoint, result.arguments, check_token=False)
        plan_info["estimate_usd"] = request.estimate_usd
        plan_info["body_hash"] = body_hash({"model_id": endpoint.model_id, **request.body})
        dry = TrackResult(
            status="plan", endpoint=result.tool, model_id=endpoint.model_id, estimate_usd=request.estimate_usd,
            plan=plan_info, offline_preview=bool(service.offline),
        )  # fmt: skip
        text = f"Plan (nothing submitted): {result.tool} for ${request.estimate_usd:.4f}; because {result.why()}."
        return CallToolResult(
            content=[TextContent(type="text", text=text)], structured_content=dry.model_dump(mode="json")
        )

    started = await start_job(app, result.tool, {**result.arguments, **ours}, ctx, audio)
    if not isinstance(started, tuple):
        return started
    service, handle, _ = started
    plan_info["estimate_usd"] = handle.request.estimate_usd
    wait_s = args.wait_s if args.wait_s is not None else service.settings.wait_s
    outcome = await _follow(app, service, handle, ctx, wait_s, embed=args.embed_audio, cancel_on_exit=True)
    if outcome.structured_content is not None:
        outcome.structured_content["plan"] = plan_info
    if outcome.content and isinstance(outcome.content[0], TextContent):
        outcome.content[0].text += f" (chose {result.tool} because {result.why()})"
    return outcome


async def _probe_for_plan(service: Service, audio: _AudioLookup, ref: str | None) -> tuple[float | None, str | None]:
    """The length of the track a request is about, and its tags when it is one of ours."""
    if not ref:
        return None, None
    from ace_step_mcp.tracks import TRACK_ID, TRACK_URI

    resolved = await audio.resolve(ref)
    tags = None
    match = TRACK_ID.match(ref) or TRACK_URI.match(ref)
    if match:
        track = service.ledger.track(match.group(1) if match.re is TRACK_URI else ref)
        tags = str((track.params or {}).get("tags") or "") or None if track else None
    return resolved.info.duration_s, tags


# -- music_job ---------------------------------------------------------------------------------------

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


def _music_job_fn(app: App) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return _guarded(app, "music_job", _music_job)


def _check_job_args(args: MusicJobArgs) -> None:
    if args.action != "list" and not args.job_id:
        raise AceStepError(f"`job_id` is required for action '{args.action}'; use action 'list' to find it.")
    if args.action == "list" and args.job_id:
        raise AceStepError("`job_id` does not apply to action 'list'; leave it out or use action 'status'.")
    if args.wait_s is not None and args.action != "wait":
        raise AceStepError(f"`wait_s` applies only to action 'wait', not '{args.action}'; leave it out.")
    if args.limit is not None and args.action != "list":
        raise AceStepError(f"`limit` applies only to action 'list', not '{args.action}'; leave it out.")


async def _music_job(app: App, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    try:
        args = MusicJobArgs.model_validate(arguments)
    except ValidationError as exc:
        return _error(describe_error(MusicJobArgs, exc))
    _check_job_args(args)
    service = await app.service()
    if args.action == "list":
        rows = service.ledger.jobs(limit=args.limit or 10)
        listed = JobList(jobs=[_job_summary(service, r) for r in rows])
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
        return _finished(app, service, row.job_id)
    if row.state in ("failed", "cancelled", "unknown") or (handle is not None and handle.error is not None):
        row = service.ledger.job(row.job_id) or row
        raise AceStepError(row.error or f"Job {row.job_id} ended '{row.state}'; start a new one if you still want it.")
    if handle is None:
        raise AceStepError(f"Job {row.job_id} is being driven by another server process; ask again in a few seconds.")
    if args.action == "wait":
        wait_s = args.wait_s if args.wait_s is not None else service.settings.wait_s
        return await _follow(app, service, handle, ctx, wait_s)
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
            return _finished(app, service, row.job_id)
    return _running_result(service, handle, service.runner.expected_seconds(handle.request))


def _finished(app: App, service: Service, job_id: str) -> CallToolResult:
    from ace_step_mcp.jobs import JobOutcome

    row = service.ledger.job(job_id)
    assert row is not None and row.track_id is not None
    track = service.ledger.track(row.track_id)
    if track is None:
        raise AceStepError(f"Job {job_id} finished but its track is missing; it may have been removed.")
    endpoint = BY_TOOL[row.tool]
    result = result_of(JobOutcome(track, job_id), endpoint, row.estimate_usd)
    return _track_result(app, result, service, embed=False)


def _job_summary(service: Service, row: JobRow) -> dict[str, Any]:
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


# -- transports -------------------------------------------------------------------------------------


def run_server(settings: Settings, *, transport: str, host: str, port: int, offline: bool) -> None:
    if transport != "stdio":
        from ace_step_mcp.httpauth import check_binding

        check_binding(host, settings.http_token is not None)  # fails before any transport opens
    anyio.run(serve, settings, transport, host, port, offline)


async def serve(settings: Settings, transport: str, host: str, port: int, offline: bool) -> None:
    # Request lines would flood stderr (the client's log) at the SDK's INFO level.
    for noisy in ("httpx2", "httpcore2", "httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app = App(settings, offline=offline)
    try:
        server = build_server(app)
    finally:
        gc.freeze()  # see cli._serve: what start-up built stays; keep it out of every collection
        gc.enable()
    async with anyio.create_task_group() as tg:
        tg.start_soon(app.run)
        tg.start_soon(_stop_on_signal, app, tg.cancel_scope)
        stall_log = os.environ.get("ACE_STEP_MCP_STALL_LOG")
        if stall_log:
            from ace_step_mcp.loopwatch import watch_loop_stalls

            tg.start_soon(watch_loop_stalls, Path(stall_log))
        if transport == "stdio":
            await server.run_stdio_async()
        else:
            await _serve_http(server, settings, transport, host, port)
        tg.cancel_scope.cancel()


async def _stop_on_signal(app: App, scope: anyio.CancelScope) -> None:
    """SIGTERM/SIGINT: stop at once. Every job is already in the ledger (row before submit,
    request id the moment it is known), so stopping loses nothing: the next start resumes them."""
    import signal

    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async for signum in signals:
            service = app._service
            running = sum(1 for h in service.runner.handles.values() if not h.done.is_set()) if service else 0
            log.warning(
                "ace-step-mcp stopping on %s; %d job(s) in flight stay in the ledger and resume at the next start",
                signal.Signals(signum).name,
                running,
            )
            scope.cancel()
            # The stdio transport reads stdin in a worker thread that a cancel cannot interrupt, so
            # a client that keeps stdin open would keep us alive: leave after a short grace period.
            import os
            import threading

            timer = threading.Timer(2.0, os._exit, args=(0,))
            timer.daemon = True
            timer.start()
            return


async def _serve_http(server: AceStepServer, settings: Settings, transport: str, host: str, port: int) -> None:
    import uvicorn
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, Response

    from ace_step_mcp.httpauth import guard_http_app

    @server.custom_route("/tracks/{track_id}", methods=["GET"])  # type: ignore[untyped-decorator]
    async def track_bytes(request: Request) -> Response:
        # Audio over plain HTTP: SSE clients cap one event (1 MiB in the SDK), below most WAVs.
        service = await server.app.service()
        track = service.runner.store.get(request.path_params["track_id"])
        if track is None or not await anyio.Path(track.path).is_file():
            return JSONResponse({"error": "no such track"}, status_code=404)
        return FileResponse(track.path, media_type=_mime(track.format))

    from mcp.server.transport_security import TransportSecuritySettings

    from ace_step_mcp.httpauth import is_loopback

    security = None
    if not is_loopback(host):
        # Loopback gets the SDK's own Host/Origin checks. Beyond it the bearer token is required,
        # and Host/Origin are checked too when the operator lists the names clients use.
        security = TransportSecuritySettings(
            enable_dns_rebinding_protection=bool(settings.allowed_hosts),
            allowed_hosts=[*settings.allowed_hosts],
            allowed_origins=[*settings.allowed_origins],
        )
    if transport == "sse":
        starlette_app = server.sse_app(host=host, transport_security=security)
    else:
        starlette_app = server.streamable_http_app(host=host, transport_security=security)
    token = settings.http_token.reveal() if settings.http_token else None
    asgi = guard_http_app(starlette_app, host=host, token=token, max_in_flight=settings.max_requests_per_client)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104 - only shapes a URL
    server.app.http_base = f"http://{shown}:{port}"
    config = uvicorn.Config(asgi, host=host, port=port, log_level="warning", access_log=False)
    await uvicorn.Server(config).serve()
