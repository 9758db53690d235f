"""The composition root: settings, ledger, API client, job runner, and (offline) the emulator.

`Service.prepare*` turns a caller's arguments into a `JobRequest`: it validates the body, checks
the token, resolves `audio` (probing its length), resolves inpaint anchors into absolute seconds,
enforces the 240 s total for outpaint, and estimates the cost. All of it happens before the job
row is written, so bad input costs nothing and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio

from ace_step_mcp.audio import ResolvedAudio, check_outpaint_total, resolve_audio_ref, resolve_window
from ace_step_mcp.endpoints import (
    Endpoint,
    InpaintBody,
    OutpaintBody,
    endpoint_for_model,
    validate_body,
    wire_dict,
)
from ace_step_mcp.errors import AuthError
from ace_step_mcp.jobs import JobRequest, JobRunner
from ace_step_mcp.ledger import Ledger
from ace_step_mcp.modelapi import ModelApiClient, PollPolicy
from ace_step_mcp.settings import Secret, Settings

OFFLINE_TOKEN = "offline-preview"  # noqa: S105 - not a secret: the bundled emulator accepts any token


class Service:
    def __init__(self, settings: Settings, *, offline: bool | None = None) -> None:
        self.offline = bool(settings.offline) if offline is None else offline
        self.settings = replace(settings, offline=self.offline)
        self._stack = contextlib.AsyncExitStack()
        self.emulator: Any = None
        self.client: ModelApiClient
        self.ledger: Ledger
        self.runner: JobRunner

    async def __aenter__(self) -> Service:
        try:
            if self.offline:
                from ace_step_mcp.emulator import serve_emulator
                from ace_step_mcp.emulator.app import EmulatorConfig

                self.emulator = await self._stack.enter_async_context(
                    serve_emulator(EmulatorConfig(render_speed=40.0, queue_delay=0.3))
                )
                self.settings = self.settings.with_api_base(self.emulator.base_url, Secret(OFFLINE_TOKEN))
            token = self.settings.token.reveal() if self.settings.token else None
            # Building the TLS context and opening the ledger take tens of milliseconds of blocking
            # work: a worker thread does it, so a server already answering calls does not stall.
            self.client = await anyio.to_thread.run_sync(
                functools.partial(
                    ModelApiClient,
                    self.settings.api_base,
                    token,
                    poll=PollPolicy(timeout_s=self.settings.wait_timeout_s),
                )
            )
            self._stack.push_async_callback(self.client.aclose)
            self.ledger = await anyio.to_thread.run_sync(Ledger, self.settings.ledger_path)
            self._stack.callback(self.ledger.close)
            self.runner = await self._stack.enter_async_context(JobRunner(self.settings, self.ledger, self.client))
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._stack.aclose()

    def require_token(self) -> None:
        if self.settings.token is None:
            raise AuthError(
                "No RunComfy token is set; set RUNCOMFY_TOKEN (or run `runcomfy login`), or start the server "
                "with --offline (ACE_STEP_MCP_OFFLINE=1) to try the tools for free with the bundled emulator."
            )

    async def resolve_audio(self, ref: str, client_roots: tuple[Path, ...] = ()) -> ResolvedAudio:
        return await resolve_audio_ref(
            ref,
            ledger=self.ledger,
            settings=self.settings,
            http=self.client._http,  # one HTTP stack; probing sends no token
            client_roots=client_roots,
            prefer_inline=self.offline,
        )

    async def prepare_wire(self, model_id: str, raw: Any) -> JobRequest:
        """The CLI's path: a wire body for a model id (audio may also be a track id or local path)."""
        endpoint = endpoint_for_model(model_id)
        return await self.prepare(endpoint, raw)

    async def prepare(
        self,
        endpoint: Endpoint,
        raw: Any,
        *,
        client_roots: tuple[Path, ...] = (),
        fresh: bool = False,
        check_token: bool = True,
        resolved_audio: dict[str, ResolvedAudio] | None = None,
    ) -> JobRequest:
        """Validate a wire body and resolve its audio. `resolved_audio` holds references the caller
        already resolved with `resolve_audio` (the router probes the track to plan), so a remote
        file is fetched once per call, not once per step."""
        body = validate_body(endpoint, raw)
        if check_token:
            self.require_token()
        if isinstance(body, InpaintBody | OutpaintBody):
            resolved = (resolved_audio or {}).get(body.audio) or await self.resolve_audio(body.audio, client_roots)
            length = resolved.info.duration_s
            body = body.model_copy(update={"audio": resolved.wire})
            if isinstance(body, InpaintBody):
                start, end = resolve_window(
                    body.start_time,
                    body.start_time_relative_to,
                    body.end_time,
                    body.end_time_relative_to,
                    length,
                )
                edit = {
                    "type": "inpaint",
                    "start_s": round(start, 3),
                    "end_s": round(end, 3),
                    "source_s": round(length, 3),
                }
                estimate = endpoint.estimate_usd(body, window_s=end - start)
            else:
                check_outpaint_total(length, body.extend_before_duration, body.extend_after_duration)
                edit = {
                    "type": "outpaint",
                    "before_s": body.extend_before_duration,
                    "after_s": body.extend_after_duration,
                    "source_s": round(length, 3),
                }
                estimate = endpoint.estimate_usd(body)
            return JobRequest(endpoint, wire_dict(body), estimate, resolved.parent_track_id, edit, fresh)
        return JobRequest(endpoint, wire_dict(body), endpoint.estimate_usd(body), fresh=fresh)
