"""Bearer-token guard for the HTTP transports (streamable HTTP and SSE).

On loopback the server may run open (the SDK already checks Host and Origin against DNS
rebinding); bound to any other address it refuses to start unless ACE_STEP_MCP_HTTP_TOKEN is set,
and then every request must carry that token. Tokens are compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from starlette.types import ASGIApp, Receive, Scope, Send

from ace_step_mcp.errors import UsageError


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def json_error(send: Send, status: int, body: bytes, *extra: tuple[bytes, bytes]) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BearerGuard:
    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
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


class ConcurrencyGuard:
    """At most `limit` requests in flight per client (its MCP session, else its address): 429 past it.

    One client cannot take every worker and connection of a shared server; an SSE stream held
    open counts as one request for as long as it is open.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self.in_flight: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        # A client is its MCP session when it has one (behind a proxy every peer shares one address),
        # else its address; always scoped by its credential.
        client = headers.get(b"mcp-session-id") or str((scope.get("client") or ("?", 0))[0]).encode()
        key = hashlib.sha256(headers.get(b"authorization", b"") + b"|" + client).hexdigest()
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


def check_binding(host: str, has_token: bool) -> None:
    if not has_token and not is_loopback(host):
        raise UsageError(
            f"Refusing to serve HTTP on {host} without authentication; set ACE_STEP_MCP_HTTP_TOKEN "
            f"or bind to 127.0.0.1."
        )


def guard_http_app(app: ASGIApp, *, host: str, token: str | None, max_in_flight: int = 32) -> ASGIApp:
    check_binding(host, token is not None)
    guarded: ASGIApp = ConcurrencyGuard(app, max_in_flight)
    return BearerGuard(guarded, token) if token else guarded
