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
import json
import logging
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
    ResourceLink,
    TextContent,
    ToolAnnotations,
)
from mcp_types import Resource as MCPResource
from pydantic import ConfigDict, ValidationError, model_validator

from ace_step_mcp import __version__
from ace_step_mcp.endpoints import BY_TOOL, ENDPOINTS, describe_error
from ace_step_mcp.errors import AceStepError, redact
from ace_step_mcp.settings import Settings
from ace_step_mcp.tools import (
    ARGS,
    OURS,
    TrackResult,
    description,
    input_schema,
    output_schema,
    result_of,
    summary,
)
from ace_step_mcp.tracks import track_info, track_uri

if TYPE_CHECKING:  # the job service (ledger, HTTP client) loads after start, not before
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
- Renders take seconds to a few minutes; progress is reported while they run.
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
        self.on_new_track: list[Callable[[], Awaitable[None]]] = []

    async def run(self) -> None:
        """Build the service (soon after start, or when first needed) and keep it until cancelled."""
        with anyio.move_on_after(WARMUP_DELAY_S):
            await self._needed.wait()
        from ace_step_mcp.service import Service

        try:
            async with Service(self.settings, offline=self.offline) as service:
                self._service = service
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
        super().__init__(
            tools=tools,
            name="ace-step-mcp",
            title="ACE Step music",
            version=__version__,
            instructions=INSTRUCTIONS,
            website_url="https://pypi.org/project/ace-step-mcp/",
        )
        self.app = app

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
    tools = [
        Tool(
            fn=_tool_fn(app, endpoint.tool),
            name=endpoint.tool,
            title=endpoint.title,
            description=description(endpoint.tool),
            parameters=input_schema(endpoint.tool),
            fn_metadata=FuncMetadata(arg_model=_RawArguments, output_schema=output_schema()),
            is_async=True,
            context_kwarg="ctx",
            annotations=annotations,
        )
        for endpoint in ENDPOINTS
    ]
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


def _tool_fn(app: App, tool: str) -> Callable[..., Awaitable[CallToolResult]]:
    async def call(arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
        try:
            return await _generate(app, tool, arguments, ctx)
        except AceStepError as exc:
            return _error(str(exc))
        except Exception:
            log.exception("unexpected error in %s", tool)
            return _error(f"{tool} failed inside ace-step-mcp (the error is in the server log); try again.")

    call.__name__ = tool
    return call


def _error(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


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


async def _generate(app: App, tool: str, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    endpoint = BY_TOOL[tool]
    model = ARGS[tool]
    try:
        args = model.model_validate(arguments)
    except ValidationError as exc:
        return _error(describe_error(model, exc))
    service = await app.service()
    wire = args.model_dump(exclude=set(OURS))
    roots = await _client_roots(ctx) if "audio" in wire else ()
    request = await service.prepare(endpoint, wire, client_roots=roots, fresh=bool(args.fresh))  # type: ignore[attr-defined]
    started = time.monotonic()

    async def progress(p: Progress) -> None:
        await ctx.report_progress(round(time.monotonic() - started, 1), None, _progress_message(p))

    outcome = await service.runner.run(request, on_progress=progress, heartbeat_s=HEARTBEAT_S)
    result = result_of(outcome, endpoint)
    await _announce_new_track(ctx)
    return _track_result(result, service, embed=bool(args.embed_audio))  # type: ignore[attr-defined]


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


def _track_result(result: TrackResult, service: Service, *, embed: bool) -> CallToolResult:
    content: list[Any] = [
        TextContent(type="text", text=summary(result)),
        ResourceLink(
            type="resource_link",
            uri=result.uri,
            name=result.track_id,
            title=f"{result.endpoint} {result.duration_s or 0:.1f} s",
            mime_type=_mime(result.format),
            size=Path(result.path).stat().st_size if Path(result.path).exists() else None,
        ),
    ]
    if embed:
        size = Path(result.path).stat().st_size
        if size <= service.settings.max_embed_bytes:
            data = base64.b64encode(Path(result.path).read_bytes()).decode()
            content.append(AudioContent(type="audio", data=data, mime_type=_mime(result.format)))
        else:
            content.append(
                TextContent(
                    type="text",
                    text=f"The audio ({size / 2**20:.1f} MiB) is over the {service.settings.max_embed_bytes / 2**20:.0f} "
                    f"MiB inline cap; read {result.uri} instead.",
                )
            )
    return CallToolResult(content=content, structured_content=result.model_dump(mode="json"))


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
    server = build_server(app)
    async with anyio.create_task_group() as tg:
        tg.start_soon(app.run)
        if transport == "stdio":
            await server.run_stdio_async()
        else:
            await _serve_http(server, settings, transport, host, port)
        tg.cancel_scope.cancel()


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

    starlette_app = server.sse_app(host=host) if transport == "sse" else server.streamable_http_app(host=host)
    token = settings.http_token.reveal() if settings.http_token else None
    asgi = guard_http_app(starlette_app, host=host, token=token)
    config = uvicorn.Config(asgi, host=host, port=port, log_level="warning", access_log=False)
    await uvicorn.Server(config).serve()
