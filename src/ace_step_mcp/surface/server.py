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

import contextlib
import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import anyio
from mcp.server.apps import APP_MIME_TYPE, Apps, client_supports_apps
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError
from mcp.server.mcpserver.resources import FunctionResource
from mcp.server.mcpserver.tools import Tool
from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase, FuncMetadata
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INVALID_PARAMS,
    CallToolResult,
    InputRequiredResult,
    ListResourcesResult,
    ListToolsResult,
    PaginatedRequestParams,
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
from mcp_types import Resource as MCPResource
from mcp_types import Tool as MCPTool
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import ConfigDict, model_validator

from ace_step_mcp import __version__
from ace_step_mcp.audio.formats import mime_of
from ace_step_mcp.endpoints import ALL_ENDPOINTS, BY_TOOL, MAX_SECONDS
from ace_step_mcp.errors import AceStepError
from ace_step_mcp.jobs.tracks import track_info, track_uri
from ace_step_mcp.surface.calls import generate_fn, start_job
from ace_step_mcp.surface.make_music_tool import (
    MAKE_MUSIC_DESCRIPTION,
    PieceStart,
    make_music_fn,
    start_make_music,
    start_piece_task,
)
from ace_step_mcp.surface.music_job_tool import MUSIC_JOB_DESCRIPTION, music_job_fn
from ace_step_mcp.surface.player_tool import (
    PLAY_DESCRIPTION,
    PLAYER_URI,
    VIEW_DESCRIPTION,
    PlayArgs,
    ViewArgs,
    play_track_fn,
    player_html,
    track_view_fn,
)
from ace_step_mcp.surface.process_tool import PROCESS_DESCRIPTION, process_track_fn
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tasks import TASKS_VERSION, TaskSupport
from ace_step_mcp.surface.tools import (
    RESULT_SCHEMA,
    MakeMusicArgs,
    MusicJobArgs,
    ProcessArgs,
    description,
    input_schema,
    instructions,
    schema_of,
    without_money,
)

if TYPE_CHECKING:
    from ace_step_mcp.ports.values import JobView

log = logging.getLogger("ace_step_mcp")

RECENT_TRACKS_LISTED = 50
LIST_WAIT_S = 5.0  # resources/list waits this long at most for the job service to come up
RESOURCE_NOT_FOUND = -32002  # the spec's code for a resource that does not exist (2025-11-25)
MAX_RESOURCE_BYTES = 256 * 2**20  # a track read as an MCP resource (base64 in one JSON message)
# Over HTTP a resource read is one SSE event, and the SDK's SSE client caps an event at 1 MiB (base64
# included): a bigger track comes back as a short result naming its download and its MP3 preview.
MAX_HTTP_RESOURCE_BYTES = 512 * 2**10
BIG_READ_BYTES = 16 * 2**20  # reads above this go one at a time (each is held whole, then base64)
TASK_TOOLS = frozenset({*BY_TOOL, "make_music"})  # tools that accept task-augmented calls
APP_TOOLS = frozenset({"play_track", "track_view"})  # listed only to clients that render MCP Apps


class _RawArguments(ArgModelBase):
    """Hands the tool the caller's arguments untouched; our own models validate them."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    arguments: dict[str, Any]

    @model_validator(mode="before")
    @classmethod
    def _wrap(cls, data: Any) -> Any:
        return {"arguments": data if isinstance(data, dict) else {}}


def _request_state_security(settings: Any) -> Any:
    """Sealed request state (2026-07-28's retried calls) under the key every replica shares
    (ACE_STEP_MCP_STATE_KEY), so a question asked by one replica is answered on another; None: a key
    of this process's own (one replica)."""
    if settings.http.state_key is None:
        return None
    from mcp.server.request_state import RequestStateSecurity

    return RequestStateSecurity(keys=[settings.http.state_key.reveal()])


class AceStepServer(MCPServer[Any]):
    """MCPServer plus what its base cannot express: recent tracks in `resources/list`, each track read
    back with its own MIME type (or -32002 when there is none), tasks offered only in their era, and
    no prompts advertised."""

    def __init__(self, app: ServerState, tools: list[Tool]) -> None:
        self._big_reads = anyio.Semaphore(1)
        task_support = TaskSupport(app, TASK_TOOLS, start_task)
        apps = Apps()
        apps.add_resource(
            FunctionResource(
                uri=PLAYER_URI,
                name="player",
                title="ACE Step player",
                description="Plays a track, compares its versions, and regenerates or extends a selected region.",
                mime_type=APP_MIME_TYPE,
                meta={"ui": {"prefersBorder": True}},
                fn=player_html,
            )
        )
        super().__init__(
            tools=tools,
            extensions=[task_support, apps],
            middleware=[task_support.middleware],
            name="ace-step-mcp",
            title="ACE Step music",
            version=__version__,
            instructions=instructions(
                app.settings.calls.wait_s, app.backend_name
            ),  # no website_url until the package has a published page
            request_state_security=_request_state_security(app.settings),
        )
        self.app = app
        task_support.bind(self)
        derive = self._lowlevel_server.get_capabilities

        def get_capabilities(*args: Any, **kwargs: Any) -> ServerCapabilities:
            caps = derive(*args, **kwargs)
            version = kwargs.get("protocol_version")
            # We send resources/list_changed when a track lands (an era with sessions only).
            if caps.resources is not None and version not in MODERN_PROTOCOL_VERSIONS:
                caps.resources.list_changed = True
            caps.prompts = None  # the SDK advertises prompts whether or not any exist; we have none
            if version in (None, TASKS_VERSION):  # None: `initialize`, whose middleware trims it per era
                caps.tasks = ServerTasksCapability(
                    list=TasksListCapability(),
                    cancel=TasksCancelCapability(),
                    requests=ServerTasksRequestsCapability(tools=TasksToolsCapability(call=TasksCallCapability())),
                )
            return caps

        # MCPServer derives capabilities with no hook to add to them.
        self._lowlevel_server.get_capabilities = get_capabilities  # type: ignore[method-assign]

    async def list_tools(self) -> list[MCPTool]:
        tools = await super().list_tools()
        for tool in tools:
            if tool.name in TASK_TOOLS:
                tool.execution = ToolExecution(task_support="optional")
        return tools

    async def _handle_list_tools(
        self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None
    ) -> ListToolsResult:
        """A client that does not advertise MCP Apps gets no player tools (its model has no player to
        open), but keeps `_meta.ui` on the others: some hosts render apps without advertising the
        extension (ext-apps' reference host did not), and a host that cannot render ignores it."""
        tools = await self.list_tools()
        if not client_supports_apps(ctx):
            tools = [t for t in tools if t.name not in APP_TOOLS]
        offered = await self.app.offered_tools()  # only what the active backend offers
        return ListToolsResult(tools=[t for t in tools if t.name not in BY_TOOL or t.name in offered])

    async def _handle_list_resources(
        self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None
    ) -> ListResourcesResult:
        """Nor does such a client see the player's ui:// resource among the tracks."""
        resources = await self.list_resources()
        if not client_supports_apps(ctx):
            resources = [r for r in resources if not str(r.uri).startswith("ui://")]
        return ListResourcesResult(resources=resources)

    async def get_prompt(self, name: str, arguments: dict[str, Any] | None = None, context: Any = None) -> Any:
        raise MCPError(code=INVALID_PARAMS, message=f"No prompt named {name[:60]!r}: this server has no prompts.")

    async def list_resources(self) -> list[MCPResource]:
        listed = await super().list_resources()
        service = self.app.started
        if service is None:  # right after connecting: start it now rather than list no tracks
            with anyio.move_on_after(LIST_WAIT_S), contextlib.suppress(AceStepError):
                service = await self.app.service()
        if service is None:
            return listed
        for t in await service.tracks(RECENT_TRACKS_LISTED):
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

    def _track_links(self, track: Any, size: int) -> dict[str, Any]:
        """What a read of a big track answers over HTTP: where to get its bytes, never the bytes."""
        base = f"{self.app.http_base}/tracks/{track.track_id}"
        return {
            "track_id": track.track_id,
            "size_bytes": size,
            "mime_type": mime_of(track.format),
            "download_url": base,
            "preview_mp3_url": f"{base}/preview",
            "note": f"The track is {size / 2**20:.1f} MiB, over the {MAX_HTTP_RESOURCE_BYTES // 2**10} KiB a resource read "
            f"carries over HTTP; GET download_url for the file, or preview_mp3_url for a small MP3 to listen to.",
        }

    async def _read_track(self, uri: str) -> list[ReadResourceContents]:
        service = await self.app.service()
        rest = unquote(urlsplit(uri).path.lstrip("/"))
        track_id, _, sub = rest.partition("/")
        track = await service.track(track_id)
        if track is None or sub not in ("", "info"):
            raise MCPError(
                code=RESOURCE_NOT_FOUND,
                message=f"No track at {uri[:120]}; read music://tracks for the list of track ids.",
                data={"uri": uri[:200]},
            )
        if sub == "info":
            return [ReadResourceContents(json.dumps(track_info(track), indent=2), "application/json")]
        try:
            size = (await anyio.Path(track.path).stat()).st_size
            if self.app.http_base and size > MAX_HTTP_RESOURCE_BYTES:
                return [ReadResourceContents(json.dumps(self._track_links(track, size), indent=2), "application/json")]
            if size > MAX_RESOURCE_BYTES:
                # An hour of WAV is 635 MB, and a resource read is one JSON message of base64.
                where = f"{self.app.http_base}/tracks/{track_id}" if self.app.http_base else track.path
                raise ResourceError(
                    f"Track {track_id} is {size / 2**20:.0f} MiB, over the {MAX_RESOURCE_BYTES // 2**20} MiB a resource "
                    f"read carries; use its file at {where}."
                )
            if size > BIG_READ_BYTES:
                async with self._big_reads:
                    data = await anyio.Path(track.path).read_bytes()
            else:
                data = await anyio.Path(track.path).read_bytes()
        except OSError:
            raise ResourceError(f"Track {track_id}'s file is missing from {Path(track.path).parent}.") from None
        return [ReadResourceContents(data, mime_of(track.format))]


async def start_task(
    app: ServerState, name: str, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> tuple[Any, JobView, Any] | CallToolResult | InputRequiredResult:
    """Start the job a task-augmented tool call asks for, exactly as the plain call would."""
    if name == "make_music":
        planned = await start_make_music(app, arguments, ctx, for_task=True)
        if isinstance(planned, PieceStart):
            return await start_piece_task(app, planned)
        if not isinstance(planned, tuple):
            return planned
        service, views, args = planned[0]
        return service, views[0], args
    return await start_job(app, name, arguments, ctx)


def _params_blurb(params: dict[str, Any] | None) -> str | None:
    if not params:
        return None
    tags = str(params.get("tags", ""))[:120]
    return f"tags: {tags}" if tags else None


def build_server(app: ServerState) -> AceStepServer:
    # Hints are listed only where they differ from the spec's defaults (not read-only, destructive, not
    # idempotent, open world): a host reads the same, and every conversation's tool list is shorter.
    annotations = ToolAnnotations(destructive_hint=False)

    def tool(fn: Callable[..., Any], name: str, title: str, text: str, parameters: dict[str, Any],
             output: dict[str, Any] | None, hints: ToolAnnotations, ui: dict[str, Any] | None = None) -> Tool:  # fmt: skip
        return Tool(
            meta={"ui": ui} if ui else None,
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

    # Every tool but the player's returns one result shape (`TrackResult`). Its schema is declared once, on
    # the tool to start with: seven copies cost a third of the tool list in every conversation.
    output = None
    player = {"resourceUri": PLAYER_URI}  # hosts with MCP Apps show the player under the result
    tools = [
        tool(
            generate_fn(app, e.tool),
            e.tool,
            e.title,
            description(e.tool, app.backend_name),
            input_schema(e.tool, app.backend_name),
            output,
            annotations,
            player,
        )
        for e in ALL_ENDPOINTS
    ]
    tools.append(
        tool(
            make_music_fn(app),
            "make_music",
            "Make music from a plain request",
            MAKE_MUSIC_DESCRIPTION,
            without_money(schema_of(MakeMusicArgs), app.backend_name),
            RESULT_SCHEMA,
            annotations,
            player,
        )
    )
    local = ToolAnnotations(destructive_hint=False, open_world_hint=False)
    tools.append(
        tool(
            process_track_fn(app),
            "process_track",
            "Make a deliverable of a track",
            PROCESS_DESCRIPTION,
            schema_of(ProcessArgs),
            output,
            local,
        )
    )
    # One tool, five actions: status, wait, result and list only read; cancel cannot be undone.
    job_hints = ToolAnnotations(idempotent_hint=True)
    tools.append(
        tool(
            music_job_fn(app),
            "music_job",
            "Follow a music job",
            MUSIC_JOB_DESCRIPTION,
            schema_of(MusicJobArgs),
            output,
            job_hints,
        )
    )
    looks = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)
    tools.append(
        tool(
            play_track_fn(app),
            "play_track",
            "Play a track",
            PLAY_DESCRIPTION,
            schema_of(PlayArgs),
            None,  # a track result, as make_music declares
            looks,
            player,
        )
    )
    tools.append(
        tool(
            track_view_fn(app),
            "track_view",
            "Track view for the player",
            VIEW_DESCRIPTION,
            schema_of(ViewArgs),
            {"type": "object"},
            looks,
            {**player, "visibility": ["app"]},
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
        description="The ACE Step endpoints this server's backend offers: schemas, prices, limits, when to pick each.",
        mime_type="application/json",
    )
    async def endpoints() -> str:
        offered = await server.app.offered_tools()
        free = server.app.backend_name == "acestep15"
        return json.dumps(
            [
                {
                    "tool": e.tool,
                    "model_id": e.model_id,
                    "title": e.title,
                    "price_usd_per_second": 0.0 if free else e.price_per_s,
                    "max_seconds": MAX_SECONDS,
                    "summary": e.summary,
                    "pick_for": e.pick_for,
                    "avoid_for": e.avoid_for,
                    "input_schema": input_schema(e.tool),
                }
                for e in ALL_ENDPOINTS
                if e.tool in offered
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
        return json.dumps([track_info(t) for t in await service.tracks(200)], indent=2)

    @server.resource(
        "music://spend",
        name="spend",
        title="Spend",
        description="Money spent (charged, else estimated) by day and endpoint, the caps in force, and totals.",
        mime_type="application/json",
    )
    async def spend() -> str:
        spend = await (await server.app.service()).spend()
        caps = spend.caps
        return json.dumps(
            {
                "by_day": spend.by_day,
                "total_usd": spend.total_usd,
                "caps_usd": {"per_call": caps.per_call, "per_day": caps.per_day, "total": caps.total},
                "confirm_above_usd": spend.confirm_above_usd,
                "offline_jobs_cost_nothing": True,
            },
            indent=2,
        )

    # Templates are listed for discovery; `AceStepServer.read_resource` serves them.
    @server.resource(
        "music://tracks/{track_id}",
        name="track",
        title="Track audio",
        description="The audio of a generated track; a read carries the file's real MIME type.",
        mime_type="audio/wav",
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
