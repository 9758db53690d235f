"""The transports: stdio, streamable HTTP and SSE, with signals, auth and the track download route."""

from __future__ import annotations

import gc
import logging
import os
import socket
import sys
from collections.abc import Awaitable, Callable
from typing import Any, cast

import anyio

from ace_step_mcp.audio.formats import mime_of
from ace_step_mcp.errors import AceStepError, UsageError
from ace_step_mcp.settings import Settings
from ace_step_mcp.surface.server import AceStepServer, build_server
from ace_step_mcp.surface.state import ServerState

log = logging.getLogger("ace_step_mcp")

MAX_SESSIONS = 1000  # all clients together (the SDK's default, 10 000, is about 400 MB of sessions)


def run_server(settings: Settings, *, transport: str, host: str, port: int, offline: bool) -> None:
    listener = None
    if transport != "stdio":
        from ace_step_mcp.surface.httpauth import check_binding

        check_binding(host, settings.http.token is not None)  # fails before any transport opens
        listener = listen(host, port)
        path = "/sse" if transport == "sse" else "/mcp"
        print(f"ace-step-mcp: serving MCP ({transport}) at {http_base(host, port)}{path}", file=sys.stderr, flush=True)
    anyio.run(serve, settings, transport, host, port, offline, listener)


def http_base(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104 - only shapes a URL
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}"


def listen(host: str, port: int) -> socket.socket:
    """The HTTP socket, bound before anything starts: a bad or busy address is one usage line (exit 64)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(512)
    except (OSError, OverflowError) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"Cannot listen on {host}:{port} ({why}); pick another --port or --host.") from None
    sock.setblocking(False)
    return sock


async def serve(
    settings: Settings, transport: str, host: str, port: int, offline: bool, listener: socket.socket | None = None
) -> None:
    # Request lines would flood stderr (the client's log) at the SDK's INFO level.
    for noisy in ("httpx2", "httpcore2", "httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app = ServerState(settings, offline=offline)
    try:
        server = build_server(app)
    finally:
        gc.freeze()  # see cli._serve: what start-up built stays; keep it out of every collection
        gc.enable()
    async with anyio.create_task_group() as tg:
        tg.start_soon(app.run)
        tg.start_soon(_stop_on_signal, app, tg.cancel_scope)
        if transport == "stdio":
            await server.run_stdio_async()
        else:
            await _serve_http(server, settings, transport, host, port, listener or listen(host, port))
        tg.cancel_scope.cancel()


async def _stop_on_signal(app: ServerState, scope: anyio.CancelScope) -> None:
    """SIGTERM/SIGINT: stop at once. Every job is already in the ledger (row before submit,
    request id the moment it is known), so stopping loses nothing: the next start resumes them."""
    import signal

    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async for signum in signals:
            service = app.started
            running = service.in_flight() if service else 0
            log.warning(
                "ace-step-mcp stopping on %s; %d job(s) in flight stay in the ledger and resume at the next start",
                signal.Signals(signum).name,
                running,
            )
            http = app.http_server
            if http is not None:
                # uvicorn ends its lifespan and connections itself (cancelling it mid-lifespan logs an
                # ERROR traceback); `serve` returns then and the rest stops with it.
                http.should_exit = True
            else:
                scope.cancel()
            # The stdio transport reads stdin in a worker thread that a cancel cannot interrupt, so
            # a client that keeps stdin open would keep us alive: leave after a short grace period.
            import threading

            timer = threading.Timer(2.0 if http is None else 5.0, os._exit, args=(0,))
            timer.daemon = True
            timer.start()
            return


async def _serve_http(
    server: AceStepServer, settings: Settings, transport: str, host: str, port: int, listener: socket.socket
) -> None:
    import uvicorn
    from mcp.server.transport_security import TransportSecurityMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

    from ace_step_mcp.surface.httpauth import guard_http_app, header_timeout_protocol, transport_security

    Route = Callable[[Request], Awaitable[Response]]
    route = cast("Callable[..., Callable[[Route], Route]]", server.custom_route)  # the SDK's is untyped

    @route("/tracks/{track_id}", methods=["GET"])
    async def track_bytes(request: Request) -> Response:
        # Audio over plain HTTP: SSE clients cap one event (1 MiB in the SDK), below most WAVs.
        refused = await guard.validate_request(request, is_post=False)  # Host/Origin, as on /mcp
        if refused is not None:
            return refused
        service = await server.app.service()
        if settings.store.presigned_downloads:  # the store serves the bytes; this replica only signs
            signed = await service.store_url(request.path_params["track_id"])
            if signed is not None:
                return RedirectResponse(signed, status_code=307)
        track = await service.track(request.path_params["track_id"])
        if track is None or not await anyio.Path(track.path).is_file():
            return JSONResponse({"error": "no such track"}, status_code=404)
        return FileResponse(track.path, media_type=mime_of(track.format))

    @route("/tracks/{track_id}/preview", methods=["GET"])
    async def track_preview(request: Request) -> Response:
        # The player's small MP3 of a track: what a big track's resource read points a listener to.
        refused = await guard.validate_request(request, is_post=False)
        if refused is not None:
            return refused
        service = await server.app.service()
        try:
            view = await service.player_view(request.path_params["track_id"])
        except AceStepError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404 if "No track" in str(exc) else 503)
        if view.preview is None:
            return JSONResponse({"error": "no preview"}, status_code=404)
        return FileResponse(view.preview.path, media_type="audio/mpeg")

    @route("/healthz", methods=["GET"])
    async def healthz(request: Request) -> Response:
        # For a load balancer's health check: ready once the job service (and its ledger) is up.
        await server.app.service()
        return JSONResponse({"ok": True})

    if settings.store.database_url is not None and settings.http.state_key is None:
        log.warning(
            "ACE_STEP_MCP_DATABASE_URL is shared but ACE_STEP_MCP_STATE_KEY is not set: a question one replica asks "
            "cannot be answered on another; give every replica the same key"
        )
    # A server for several people (an API key exists): each request acts for its key's person, so no
    # session may carry one person's identity into another's request: stateless HTTP.
    service = await server.app.service()
    verifier, challenge = _oauth(server, settings, host, port)
    people = verifier is not None or await service.has_people()
    if people:
        log.warning("people: every HTTP request must carry an access token or API key (or the operator's token)")

    async def person_of(token: str) -> tuple[str, str | None] | None:
        """The person a credential acts for, and the render scope it lacks (None: it may; keys always may)."""
        if token.startswith("asm_"):
            person = await service.person_of_key(token)
            return (person, None) if person is not None else None
        return await verifier.caller_of(token) if verifier is not None else None

    security = transport_security(host, settings.http.allowed_hosts, settings.http.allowed_origins)
    guard = TransportSecurityMiddleware(security)
    if transport == "sse":
        starlette_app = server.sse_app(host=host, transport_security=security)
    else:
        _leave_cancelled_requests_unanswered()
        starlette_app = server.streamable_http_app(
            host=host,
            # Replicas on a shared ledger: any of them answers any request, so no session lives in
            # one process (2026-07-28 clients carry their state; older ones work without sessions).
            stateless_http=settings.store.database_url is not None or people,
            transport_security=security,
            session_idle_timeout=settings.http.session_idle_s,
            max_sessions=MAX_SESSIONS,
        )
    token = settings.http.token.reveal() if settings.http.token else None
    asgi = guard_http_app(
        starlette_app,
        host=host,
        token=token,
        max_in_flight=settings.http.max_requests_per_client,
        max_sessions=settings.http.max_sessions_per_client,
        session_idle_s=settings.http.session_idle_s,
        request_timeout_s=settings.http.request_timeout_s,
        people=person_of if people else None,
        challenge=challenge,
    )
    from ace_step_mcp.surface.cors import Cors

    # Outermost: a browser's preflight carries no token, and every answer (a 401 or 429 too) must be
    # readable by an allowed page.
    asgi = Cors(asgi, host, settings.http.allowed_origins)
    # Behind a proxy, links name the URL clients use (ACE_STEP_MCP_PUBLIC_URL), not this replica.
    public = settings.http.public_url
    server.app.http_base = public.removesuffix("/mcp") if public else http_base(host, port)
    config = uvicorn.Config(
        asgi,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        http=header_timeout_protocol(settings.http.request_timeout_s),
        timeout_keep_alive=5,
        # A client's address is the connection's: X-Forwarded-For from anyone on loopback would let a
        # peer pick its own address and dodge the per-client limits (behind a proxy, all share one).
        proxy_headers=False,
        timeout_graceful_shutdown=2,  # open SSE streams would otherwise hold the exit
    )
    uv_server = uvicorn.Server(config)
    server.app.http_server = uv_server
    await uv_server.serve(sockets=[listener])


def _oauth(server: AceStepServer, settings: Settings, host: str, port: int) -> tuple[Any, bytes]:
    """With ACE_STEP_MCP_OAUTH_ISSUER: the token verifier, the protected resource metadata routes
    (RFC 9728, at the root and under the MCP path) and the 401 challenge that points at them."""
    if settings.http.oauth_issuer is None:
        return None, b'Bearer realm="ace-step-mcp"'
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response

    from ace_step_mcp.surface.oauth import OAuthVerifier

    public = settings.http.public_url or f"{http_base(host, port)}/mcp"
    verifier = OAuthVerifier(settings.http.oauth_issuer, public, settings.http.oauth_render_scope)
    origin = public.removesuffix("/mcp")

    async def metadata(request: Request) -> Response:
        return JSONResponse(verifier.metadata())

    for path in ("/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp"):
        server.custom_route(path, methods=["GET"])(metadata)
    challenge = f'Bearer resource_metadata="{origin}/.well-known/oauth-protected-resource/mcp"'.encode()
    return verifier, challenge


def _leave_cancelled_requests_unanswered() -> None:
    """Close a cancelled request's stream instead of answering it.

    The SDK's 2025-era streamable HTTP transport answers a request the client cancelled with a
    -32800 error; the spec says a cancelled request gets no response, and the TypeScript client
    reports that error as a response to an unknown message id. Ending the request's SSE stream
    settles it on the wire without a message (the JSON-response mode, which we do not use, would
    answer a 500 instead)."""
    from mcp.server.streamable_http import StreamableHTTPServerTransport

    async def end_stream(self: StreamableHTTPServerTransport, request_id: Any) -> None:
        # Closing the request's inbound side ends its SSE writer, which ends the response.
        streams = self._request_streams.get(str(request_id))
        if streams is not None:
            streams[0].close()

    # The SDK has no setting for this: replacing the one method is the narrowest change.
    StreamableHTTPServerTransport._terminate_unanswered_request = end_stream  # type: ignore[method-assign]
