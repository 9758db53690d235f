"""Guards for the HTTP transports (streamable HTTP and SSE) against a hostile peer.

- Loopback, in any spelling (127.0.0.2, 0:0:0:0:0:0:0:1, localhost), may run without a token, and
  then Host and Origin are always checked against DNS rebinding. Bound to any other address the
  server refuses to start unless ACE_STEP_MCP_HTTP_TOKEN is set, and every request must carry it
  (compared in constant time).
- A request's headers and body must arrive within a deadline (30 s by default), or it is closed.
  The body is read whole before the request takes a slot, so a slow sender holds nothing.
- Limits key on what a peer cannot forge: its credential and its address (never a client-chosen
  session id). Each such client has a cap on requests in flight and on live MCP sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ace_step_mcp.errors import UsageError
from ace_step_mcp.ports.values import PERSON, SCOPE_MISSING

if TYPE_CHECKING:
    from mcp.server.transport_security import TransportSecuritySettings

MAX_BODY_BYTES = 5 * 1024 * 1024  # above the SDK's own 4 MiB cap, so it answers its 413 itself
CLIENT_BODY_BYTES = 4 * MAX_BODY_BYTES  # what one client may have in bodies being read or handled at once


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_names(host: str) -> list[str]:
    """The Host names a loopback-bound server is reached by (for the DNS-rebinding check)."""
    names = ["localhost", "127.0.0.1", "[::1]"]
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return names
    shown = f"[{ip.compressed}]" if ip.version == 6 else ip.compressed
    return list(dict.fromkeys([shown, *names]))


def transport_security(
    host: str, allowed_hosts: tuple[str, ...], allowed_origins: tuple[str, ...]
) -> TransportSecuritySettings:
    """Host/Origin checks: always on loopback (the SDK turns them on only for three literal
    spellings), and beyond it when the operator names the hosts clients use."""
    from mcp.server.transport_security import TransportSecuritySettings

    if is_loopback(host):
        names = loopback_names(host)
        return TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=[*(f"{n}:*" for n in names), *allowed_hosts],
            allowed_origins=[*(f"http://{n}:*" for n in names), *allowed_origins],
        )
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=bool(allowed_hosts),
        allowed_hosts=[*allowed_hosts],
        allowed_origins=[*allowed_origins],
    )


def client_key(scope: Scope, by_credential: bool) -> str:
    """Who a request comes from, by what it cannot choose: its address, and its credential when a
    token is required (unchecked, an Authorization header is the client's to vary at will)."""
    credential = dict(scope.get("headers") or []).get(b"authorization", b"") if by_credential else b""
    address = str((scope.get("client") or ("?", 0))[0]).encode()
    return hashlib.sha256(credential + b"|" + address).hexdigest()


async def json_error(send: Send, status: int, body: bytes, *extra: tuple[bytes, bytes]) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BearerGuard:
    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # A load balancer's health check carries no credential, and learns nothing but "up".
        if scope["type"] != "http" or scope.get("path") == "/healthz":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"authorization", b"")
        if not hmac.compare_digest(given, self._expected):
            await json_error(
                send,
                401,
                b'{"error":"unauthorized","error_description":"Send Authorization: Bearer <ACE_STEP_MCP_HTTP_TOKEN>."}',
                (b"www-authenticate", b'Bearer realm="ace-step-mcp"'),
            )
            return
        await self.app(scope, receive, send)


class PeopleGuard:
    """A server for several people: each request acts for the person its API key (`asm_…`) belongs to;
    the shared token (if set) acts for the operator; a request with neither gets 401. Failed keys are
    counted per address: past 20 in a minute, that address gets 429 for the rest of the minute, so
    keys cannot be guessed at speed (they are 256 random bits anyway)."""

    FAILURES_PER_MINUTE = 20

    def __init__(
        self,
        app: ASGIApp,
        token: str | None,
        resolve: Callable[[str], Awaitable[tuple[str, str | None] | None]],
        challenge: bytes = b'Bearer realm="ace-step-mcp"',
    ) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode() if token else None
        self.resolve = resolve
        self.challenge = challenge  # with OAuth: where the protected resource metadata is (RFC 9728)
        self._failures: dict[str, list[float]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path") or "")
        if scope["type"] != "http" or path == "/healthz" or path.startswith("/.well-known/oauth-protected-resource"):
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"authorization", b"")
        if self._expected is not None and hmac.compare_digest(given, self._expected):
            await self.app(scope, receive, send)  # the operator: sees and pays for everything
            return
        # The credential first: a valid one always passes, so bad keys from an address (behind a proxy,
        # everyone's) never lock out the people there; only failures are counted and slowed.
        caller = await self.resolve(given[7:].decode("latin-1")) if given[:7].lower() == b"bearer " else None
        if caller is None:
            await self._refuse(str((scope.get("client") or ("?",))[0]), send)
            return
        person, scope_missing = caller
        token, missing = PERSON.set(person), SCOPE_MISSING.set(scope_missing)
        try:
            await self.app(scope, receive, send)
        finally:
            SCOPE_MISSING.reset(missing)
            PERSON.reset(token)

    async def _refuse(self, address: str, send: Send) -> None:
        """401 with the challenge; 429 once an address has failed 20 times in a minute (bounded memory)."""
        now = time.monotonic()
        recent = [t for t in self._failures.get(address, []) if t > now - 60][-self.FAILURES_PER_MINUTE :]
        self._failures[address] = [*recent, now]
        if len(self._failures) > 10_000:  # addresses whose last failure is over a minute old go
            self._failures = {a: ts for a, ts in self._failures.items() if ts[-1] > now - 60}
        if len(recent) >= self.FAILURES_PER_MINUTE:
            await json_error(send, 429, b'{"error":"too_many_requests","error_description":"Too many bad keys."}')
            return
        await json_error(
            send,
            401,
            b'{"error":"invalid_token","error_description":"Send Authorization: Bearer <an access token or API key>."}',
            (b"www-authenticate", self.challenge),
        )


class ConcurrencyGuard:
    """At most `limit` requests in flight per client (credential and address): 429 past it.

    One client cannot take every worker and connection of a shared server; an SSE stream held
    open counts as one request for as long as it is open.
    """

    def __init__(self, app: ASGIApp, limit: int, by_credential: bool = False) -> None:
        self.app = app
        self.limit = limit
        self.by_credential = by_credential
        self.in_flight: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        key = client_key(scope, self.by_credential)
        if self.in_flight.get(key, 0) >= self.limit:
            await json_error(
                send,
                429,
                b'{"error":"too_many_requests","error_description":"Too many requests in flight; retry shortly."}',
                (b"retry-after", b"1"),
            )
            return
        self.in_flight[key] = self.in_flight.get(key, 0) + 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight[key] -= 1
            if not self.in_flight[key]:
                del self.in_flight[key]


class WholeBodyFirst:
    """Reads a request's body whole, within the deadline and a size cap, before passing it on: a
    body that trickles in is answered 408 and never reaches the server or takes a slot. The bytes a
    client has in buffered bodies (arriving, or held until their request ends) are counted as they
    arrive, per client: past `client_bytes`, 429, so one client cannot fill memory with bodies."""

    def __init__(
        self,
        app: ASGIApp,
        timeout_s: float,
        max_bytes: int = MAX_BODY_BYTES,
        client_bytes: int = CLIENT_BODY_BYTES,
        by_credential: bool = False,
    ) -> None:
        self.app = app
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.client_bytes = client_bytes
        self.by_credential = by_credential
        self.buffered: dict[str, int] = {}

    def _count(self, key: str, n: int) -> None:
        left = self.buffered.get(key, 0) + n
        if left > 0:
            self.buffered[key] = left
        else:
            self.buffered.pop(key, None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "DELETE", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        await self._buffered(scope, receive, send, client_key(scope, self.by_credential))

    async def _buffered(self, scope: Scope, receive: Receive, send: Send, key: str) -> None:
        chunks: list[bytes] = []
        size = 0
        try:
            with anyio.move_on_after(self.timeout_s) as waited:
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    chunks.append(message.get("body", b""))
                    size += len(chunks[-1])
                    self._count(key, len(chunks[-1]))
                    if size > self.max_bytes:
                        await json_error(send, 413, b'{"error":"payload_too_large"}')
                        return
                    if self.buffered.get(key, 0) > self.client_bytes:
                        await json_error(
                            send,
                            429,
                            b'{"error":"too_many_bytes","error_description":"Too many request bodies in flight '
                            b'from this client; retry shortly."}',
                            (b"retry-after", b"1"),
                            (b"connection", b"close"),
                        )
                        return
                    if not message.get("more_body"):
                        break
            await self._pass_on(scope, receive, send, chunks, waited.cancelled_caught)
        finally:  # the body is let go once its request has ended
            self._count(key, -size)

    async def _pass_on(self, scope: Scope, receive: Receive, send: Send, chunks: list[bytes], late: bool) -> None:
        if late:
            await json_error(
                send,
                408,
                b'{"error":"request_timeout","error_description":"The request body did not arrive in time."}',
                (b"connection", b"close"),
            )
            return
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # then the disconnect, when it comes

        await self.app(scope, replay, send)


class SessionGuard:
    """At most `limit` live MCP sessions per client (credential and address), each forgotten after
    `idle_s` without a request (the SDK ends it then too) or when the client deletes it: a peer
    cannot open sessions without bound and lock every other client out."""

    def __init__(self, app: ASGIApp, limit: int, idle_s: float, by_credential: bool = False) -> None:
        self.app = app
        self.limit = limit
        self.idle_s = idle_s
        self.by_credential = by_credential
        self.sessions: dict[str, dict[bytes, float]] = {}

    def _live(self, key: str, now: float) -> dict[bytes, float]:
        live = {sid: seen for sid, seen in self.sessions.get(key, {}).items() if now - seen < self.idle_s}
        if live:
            self.sessions[key] = live
        else:
            self.sessions.pop(key, None)
        return live

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        key = client_key(scope, self.by_credential)
        now = time.monotonic()
        live = self._live(key, now)
        sid = dict(scope.get("headers") or []).get(b"mcp-session-id")
        if sid is not None:
            if sid in live:
                live[sid] = now
                if scope.get("method") == "DELETE":
                    live.pop(sid, None)
            await self.app(scope, receive, send)
            return
        if scope.get("method") == "POST" and len(live) >= self.limit:
            await json_error(
                send,
                429,
                b'{"error":"too_many_sessions","error_description":"Too many open sessions from this client; '
                b'end one (DELETE) or wait for idle ones to expire."}',
                (b"retry-after", b"60"),
            )
            return

        initializing = False
        if scope.get("method") == "POST":  # the body is whole by now (`WholeBodyFirst`): read and replay it
            first = await receive()
            initializing = _is_initialize(first.get("body", b""))
            receive = _replaying(first, receive)

        opened: list[bytes] = []

        async def noting(message: Message) -> None:
            # Only a successful `initialize` opens a counted session: a probe, a preflight, a failed
            # request or an initialize answered with an error never holds one of the client's places.
            if message["type"] == "http.response.start" and initializing and 200 <= message["status"] < 300:
                opened.extend(bytes(v) for n, v in message.get("headers") or [] if n.lower() == b"mcp-session-id")
            elif message["type"] == "http.response.body" and opened and b'"result"' in message.get("body", b""):
                self.sessions.setdefault(key, {})[opened.pop()] = time.monotonic()
            await send(message)

        await self.app(scope, receive, noting)


def _is_initialize(body: bytes) -> bool:
    """The body is a JSON-RPC `initialize` request (one, or in a batch)."""
    import json

    try:
        parsed = json.loads(body)
    except ValueError:
        return False
    messages = parsed if isinstance(parsed, list) else [parsed]
    return any(isinstance(m, dict) and m.get("method") == "initialize" for m in messages)


def _replaying(first: Message, receive: Receive) -> Receive:
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return replay


def check_binding(host: str, has_token: bool) -> None:
    if not has_token and not is_loopback(host):
        raise UsageError(
            f"Refusing to serve HTTP on {host} without authentication; set ACE_STEP_MCP_HTTP_TOKEN "
            f"or bind to 127.0.0.1."
        )


def guard_http_app(
    app: ASGIApp,
    *,
    host: str,
    token: str | None,
    max_in_flight: int = 32,
    max_sessions: int = 32,
    session_idle_s: float = 1800.0,
    request_timeout_s: float = 30.0,
    people: Callable[[str], Awaitable[tuple[str, str | None] | None]] | None = None,
    challenge: bytes = b'Bearer realm="ace-step-mcp"',
) -> ASGIApp:
    """Outermost first: the token or the person's key (from the headers alone, so an unauthenticated
    peer is refused before its body is read), the whole body within the deadline, the session cap,
    the in-flight cap, the body's protocol era (`surface/era.py`), then the server. `people`: a
    server for several people, resolving a key."""
    check_binding(host, token is not None or people is not None)
    credential = token is not None or people is not None
    from ace_step_mcp.surface.era import EraFromBody

    # Innermost, where the body is whole: a 2026-07-28 body under an older era's header is served as 2026.
    guarded: ASGIApp = ConcurrencyGuard(EraFromBody(app), max_in_flight, by_credential=credential)
    guarded = SessionGuard(guarded, max_sessions, session_idle_s, by_credential=credential)
    guarded = WholeBodyFirst(guarded, request_timeout_s, by_credential=credential)
    if people is not None:
        return PeopleGuard(guarded, token, people, challenge)
    return BearerGuard(guarded, token) if token else guarded


def header_timeout_protocol(timeout_s: float) -> Any:
    """uvicorn's h11 protocol, closing a connection whose request headers have not all arrived
    within `timeout_s` (a slow header drip, authenticated or not). A connection idle between
    requests is uvicorn's keep-alive timeout's to close."""
    import asyncio

    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderTimeoutProtocol(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def _arm(self) -> None:
            self._header_timer = self.loop.call_later(timeout_s, self._expire)

        def _expire(self) -> None:
            self._header_timer = None
            waiting_for_headers = self.cycle is None or self.cycle.response_complete
            if waiting_for_headers and not self.transport.is_closing():
                self.transport.close()

        def handle_events(self) -> None:
            cycle = self.cycle
            super().handle_events()
            if self.cycle is not cycle and self._header_timer is not None:  # a request's headers are in
                self._header_timer.cancel()
                self._header_timer = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self._header_timer is not None:  # a pipelined request may have started meanwhile
                self._header_timer.cancel()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
            super().connection_lost(exc)

    return HeaderTimeoutProtocol
