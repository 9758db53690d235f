"""CORS for the HTTP transports: a browser host served from another origin (ext-apps' reference host,
an MCP Apps host page, the Inspector) can reach the server.

Only the origins the server already accepts get CORS headers: on loopback any `http://` origin of a
loopback name (the SDK's Origin check accepts the same), elsewhere the ones `ACE_STEP_MCP_ALLOWED_ORIGINS`
names. A preflight from such an origin is answered here, before the token check (a browser sends no
Authorization on a preflight); one from any other origin gets 403 and no CORS headers, so the browser
refuses the request it was about. Responses expose `mcp-session-id` and `mcp-protocol-version`, which a
browser client must read to keep its session. No cookies are used, so credentials are never allowed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ace_step_mcp.surface.httpauth import is_loopback, json_error

ALLOW_METHODS = b"GET, POST, DELETE, OPTIONS"
ALLOW_HEADERS = b"authorization, content-type, accept, last-event-id, mcp-session-id, mcp-protocol-version"
EXPOSE_HEADERS = b"mcp-session-id, mcp-protocol-version, www-authenticate, retry-after"
MAX_AGE_S = b"600"
_HEADER_NAME = re.compile(rb"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")


def origin_allowed(origin: str, bound_host: str, allowed: tuple[str, ...]) -> bool:
    """Whether a browser page at `origin` may call this server."""
    if origin in allowed:
        return True
    if not is_loopback(bound_host):
        return False
    parts = urlsplit(origin)
    return parts.scheme == "http" and parts.hostname is not None and is_loopback(parts.hostname)


class Cors:
    def __init__(self, app: ASGIApp, bound_host: str, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.bound_host = bound_host
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        origin = headers.get(b"origin")
        if origin is None:  # not a browser's cross-origin request: nothing to add
            await self.app(scope, receive, send)
            return
        allowed = origin_allowed(origin.decode("latin-1"), self.bound_host, self.allowed)
        preflight = scope.get("method") == "OPTIONS" and b"access-control-request-method" in headers
        if preflight:
            await self._preflight(send, origin, allowed, headers.get(b"access-control-request-headers", b""))
            return
        if not allowed:  # the SDK's Origin check answers it (403 on loopback)
            await self.app(scope, receive, send)
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *(message.get("headers") or []),
                    (b"access-control-allow-origin", origin),
                    (b"access-control-expose-headers", EXPOSE_HEADERS),
                    (b"vary", b"Origin"),
                ]
            await send(message)

        await self.app(scope, receive, with_cors)

    async def _preflight(self, send: Send, origin: bytes, allowed: bool, requested: bytes) -> None:
        if not allowed:
            await json_error(
                send,
                403,
                b'{"error":"origin_not_allowed","error_description":"This origin may not call the server; '
                b'the operator can add it to ACE_STEP_MCP_ALLOWED_ORIGINS."}',
            )
            return
        # Echo the headers asked for when they are well-formed names (SDK clients add their own), else ours.
        names = [n.strip() for n in requested.split(b",") if n.strip()]
        allow_headers = b", ".join(names) if names and all(_HEADER_NAME.match(n) for n in names) else ALLOW_HEADERS
        await send(
            {
                "type": "http.response.start",
                "status": 204,
                "headers": [
                    (b"access-control-allow-origin", origin),
                    (b"access-control-allow-methods", ALLOW_METHODS),
                    (b"access-control-allow-headers", allow_headers),
                    (b"access-control-max-age", MAX_AGE_S),
                    (b"vary", b"Origin"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})
