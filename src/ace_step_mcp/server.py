"""The MCP surface on the SDK 2.x `MCPServer`: the tools registered, the resources, the transports.

What a tool call does lives in `calls` (shared by the four generating tools), `make_music_tool`
and `music_job_tool`; the MCP tasks wiring in `tasks`.

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

import gc
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import anyio
from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError
from mcp.server.mcpserver.tools import Tool
from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase, FuncMetadata
from mcp_types import Resource as MCPResource
from mcp_types import (
    ServerCapabilities,
    ServerTasksCapability,
    ServerTasksRequestsCapability,
    TasksCallCapability,
    TasksCancelCapability,
    TasksListCapability,
    TasksToolsCapability,
    ToolAnnotations,
    ToolExecution,
)
from mcp_types import Tool as MCPTool
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, ConfigDict, model_validator

from ace_step_mcp import __version__
from ace_step_mcp.calls import generate_fn, mime_of
from ace_step_mcp.endpoints import BY_TOOL, ENDPOINTS
from ace_step_mcp.errors import AceStepError, redact
from ace_step_mcp.make_music_tool import MAKE_MUSIC_DESCRIPTION, make_music_fn
from ace_step_mcp.music_job_tool import MUSIC_JOB_DESCRIPTION, music_job_fn, music_job_output_schema
from ace_step_mcp.settings import Settings
from ace_step_mcp.tools import MakeMusicArgs, MusicJobArgs, description, input_schema, output_schema
from ace_step_mcp.tracks import track_info, track_uri

if TYPE_CHECKING:  # the job service (ledger, HTTP client) loads after start, not before
    from ace_step_mcp.service import Service

log = logging.getLogger("ace_step_mcp")

WARMUP_DELAY_S = 1.5
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
                    mime_type=mime_of(t.format),
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
        return [ReadResourceContents(data, mime_of(track.format))]


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
            generate_fn(app, e.tool),
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
            make_music_fn(app),
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
            music_job_fn(app),
            "music_job",
            "Follow, fetch or cancel a music job",
            MUSIC_JOB_DESCRIPTION,
            _schema_of(MusicJobArgs),
            music_job_output_schema(),
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


def _schema_of(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema.pop("title", None)
    return schema


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
        return FileResponse(track.path, media_type=mime_of(track.format))

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
