"""The offline backend: the bundled emulator, started in this process, behind the RunComfy adapter.

Its renders are free previews; a source clip reaches it as a file it serves (never inline)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import anyio

from ace_step_mcp.settings import DEFAULT_API_BASE

if TYPE_CHECKING:
    from ace_step_mcp.backends.runcomfy import RunComfyBackend
    from ace_step_mcp.settings import Settings

log = logging.getLogger("ace_step_mcp")
OFFLINE_TOKEN = "offline-preview"  # noqa: S105 - not a secret: the bundled emulator accepts any token


async def is_emulator(api_base: str) -> bool:
    """Whether the Model API at `api_base` is this project's emulator (it marks every answer)."""
    import httpx2

    try:
        async with httpx2.AsyncClient(timeout=2.0) as http:
            answer = await http.get(f"{api_base}/models/acestep-ai/ace-step/text-to-audio")
    except httpx2.HTTPError:
        return False
    return "x-ace-step-emulator" in answer.headers


@contextlib.asynccontextmanager
async def start_offline(settings: Settings) -> AsyncIterator[RunComfyBackend]:
    from ace_step_mcp.backends.runcomfy import ModelApiClient, PollPolicy, RunComfyBackend, runcomfy_offer
    from ace_step_mcp.emulator import serve_emulator
    from ace_step_mcp.emulator.app import EmulatorConfig

    if settings.backend.api_base != DEFAULT_API_BASE:
        log.warning("offline: RUNCOMFY_MODEL_API_BASE is not an emulator, so the bundled one is used")
    config = EmulatorConfig(
        render_speed=settings.backend.emulator_render_speed,
        queue_delay=settings.backend.emulator_queue_delay,
        edit_mode=settings.backend.emulator_edit_mode,
    )
    async with serve_emulator(config) as running:
        client = await anyio.to_thread.run_sync(
            lambda: ModelApiClient(
                running.base_url, OFFLINE_TOKEN, poll=PollPolicy(timeout_s=settings.backend.wait_timeout_s)
            )
        )
        try:
            yield RunComfyBackend(client, runcomfy_offer(free=True), clip_target=running.emulator)
        finally:
            await client.aclose()
