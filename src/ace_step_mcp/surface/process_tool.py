"""The `process_track` tool: a deliverable of a stored track, made here, free."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult

from ace_step_mcp.surface.calls import (
    announce_new_track,
    check_deliverable,
    error_result,
    guarded,
    parse_arguments,
    stored_track_id,
    stored_track_result,
    track_result,
)
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tools import ProcessArgs

PROCESS_DESCRIPTION = (
    "A deliverable of a stored track, free and local: format, loudness, seamless loop, fades, trim; a new "
    "track, the original kept.\nPick it for: 'an mp3', '-14 LUFS', 'make it loop', 'fade out the end'.\n"
    "Do not pick it for: changing the music (audio_inpaint, audio_outpaint)."
)


def process_track_fn(app: ServerState) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, "process_track", process_track)


async def process_track(app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]) -> CallToolResult:
    args = parse_arguments(ProcessArgs, arguments)
    check_deliverable(args)
    track_id = stored_track_id(args.track)
    service = await app.service()
    master = await service.track(track_id)
    if master is None:
        return error_result(f"`track` names '{track_id}', which this server does not have; list music://tracks.")
    options = args.model_dump(exclude={"track"})
    made = await service.process_track(track_id, options)
    await announce_new_track(ctx)
    # A deliverable is made here, not rendered: no seed of its own, and not the parent's model.
    result = stored_track_result(
        made, endpoint="process_track", model_id="local", seed=None, cost_usd=0.0, estimate_usd=0.0,
        master_track_id=track_id,
    )  # fmt: skip
    return track_result(app, result, embed=False)
