"""The player app (`ui://ace-step/player.html`): the tools that open it and feed it.

* `play_track` (the model's): opens a stored track in the player. In a host without MCP Apps it is
  not listed at all (see `AceStepServer`), so such hosts see the tools they always saw.
* `track_view` (the app's only, `_meta.ui.visibility: ["app"]`): what the player draws, in one call:
  the track and its analysis, the versions of its lineage with their timeline offsets, the waveform's
  peaks, and the audio as a compressed MP3 preview embedded as a resource. The iframe's default CSP
  lets it fetch nothing, so the audio comes through the host's bridge: that also works over stdio.

The generating tools and `make_music` name the same resource in `_meta.ui.resourceUri`, so a host
with Apps shows the player under their result; the app reads the track id from that result.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

import anyio
from mcp.server.mcpserver import Context
from mcp_types import BlobResourceContents, CallToolResult, EmbeddedResource, InputRequiredResult, TextContent
from pydantic import BaseModel, ConfigDict, Field

from ace_step_mcp.endpoints import ENDPOINTS
from ace_step_mcp.jobs.tracks import track_info
from ace_step_mcp.surface.calls import (
    guarded,
    parse_arguments,
    stored_track_id,
    stored_track_result,
    track_result,
)
from ace_step_mcp.surface.state import ServerState

PLAYER_URI = "ui://ace-step/player.html"
PLAYER_FILE = "player.html"  # the committed bundle, in ace_step_mcp/surface/app/

PLAY_DESCRIPTION = (
    "Open a track in the player: waveform, versions, a region to regenerate. Free.\n"
    "Pick it for: 'play it', 'compare the versions'. Do not pick it for: making music."
)
VIEW_DESCRIPTION = "For the player app: a track's preview audio, waveform peaks, analysis and versions."


class PlayArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    track: str = Field(min_length=1, max_length=200, description="The track id (trk_...) or music://tracks/{id}.")


class ViewArgs(PlayArgs):
    audio: bool = Field(True, description="false: metadata and versions only.")


def player_html() -> str:
    """The bundled app (built by app/build.sh from a locked npm install; no Node at run time)."""
    return resources.files("ace_step_mcp.surface").joinpath("app", PLAYER_FILE).read_text(encoding="utf-8")


def play_track_fn(app: ServerState) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, "play_track", play_track)


def track_view_fn(app: ServerState) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, "track_view", track_view)


async def play_track(app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    track_id = stored_track_id(parse_arguments(PlayArgs, arguments).track)
    service = await app.service()
    view = await service.player_view(track_id, audio=False)
    played = track_result(app, stored_track_result(view.track), embed=False)
    if len(view.versions) > 1:
        line = "Versions: " + "; ".join(
            f"{v['track_id']} {v['label']}{' (this one)' if v['current'] else ''}" for v in view.versions
        )
        played.content.insert(1, TextContent(type="text", text=line))
    return played


async def track_view(app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    # Answered whether or not the client advertised MCP Apps: some hosts render apps without saying so
    # (ext-apps' reference host did not), and only the player calls it (its model never sees it listed).
    args = parse_arguments(ViewArgs, arguments)
    track_id = stored_track_id(args.track)
    service = await app.service()
    view = await service.player_view(track_id, audio=args.audio)
    info = track_info(view.track)
    if app.http_base:  # no server paths to a client on another machine
        info.pop("path", None)
    structured: dict[str, Any] = {
        "track": info,
        "versions": view.versions,
        "download_url": f"{app.http_base}/tracks/{track_id}" if app.http_base else None,
        # What an edit from the player would cost, per second of new audio (0 offline): shown by its buttons.
        "usd_per_s": {
            e.tool: 0.0 if service.offline else e.price_per_s for e in ENDPOINTS if e.kind != "text_to_audio"
        },
    }
    content: list[Any] = [
        TextContent(type="text", text=f"{track_id}: {info['duration_s']} s, {len(view.versions)} version(s).")
    ]
    if view.preview is not None:
        preview = view.preview
        structured["preview"] = {
            "mime_type": "audio/mpeg",
            "kbps": preview.kbps,
            "channels": preview.channels,
            "duration_s": round(preview.duration_s, 3),
            "peaks": preview.peaks,
        }
        data = await anyio.to_thread.run_sync(_base64_of, preview.path)
        content.append(
            EmbeddedResource(
                type="resource",
                resource=BlobResourceContents(
                    uri=f"music://tracks/{track_id}/preview", mime_type="audio/mpeg", blob=data
                ),
            )
        )
    return CallToolResult(content=content, structured_content=structured)


def _base64_of(path: Any) -> str:
    with open(path, "rb") as f:
        return base64.b64encode(f.read()).decode("ascii")
