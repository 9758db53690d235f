"""A request whose body speaks 2026-07-28 while its MCP-Protocol-Version header names an older era.

Claude's connectors have been seen sending `MCP-Protocol-Version: 2025-11-25` with a 2026-07-28 body
(its `params._meta` envelope names 2026-07-28; anthropics/claude-code #93290). The SDK routes by the
header alone, so such a request went down the 2025 path: on a stateful server it has no session and
is refused (400), on a stateless one it is answered in the 2025 shape, and `server/discover` is
"method not found"; a strict 2026 server answers -32020. Every tool call fails either way.

The body is what gets executed and what the client reads the answer against, so here the body's era
wins, and only in this one case: a single JSON-RPC request (not `initialize`) whose envelope names a
2026-era version the SDK serves, with a version header that is missing or names a handshake-era
version. Its version header is set to the body's, and a missing Mcp-Method or Mcp-Name (which an
older-era client does not know to send) is filled from the body. A header that is present and
disagrees with the body (another method or name, a 2026-era version other than the body's, a version
nobody serves) is left as it is, for the SDK to refuse: a client that contradicts itself is told so.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ENVELOPE_VERSION = b"io.modelcontextprotocol/protocolVersion"


class EraFromBody:
    """Inside `WholeBodyFirst` (the body arrives whole, in one message), on the MCP endpoint."""

    def __init__(self, app: ASGIApp, path: str = "/mcp") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or scope.get("path") != self.path:
            await self.app(scope, receive, send)
            return
        first = await receive()
        headers = headers_for_body(list(scope.get("headers") or []), first.get("body", b""))
        if headers is not None:
            scope = {**scope, "headers": headers}
        await self.app(scope, _replaying(first, receive), send)


def headers_for_body(headers: list[tuple[bytes, bytes]], body: bytes) -> list[tuple[bytes, bytes]] | None:
    """The request's headers with the body's era, or None to leave them as they are."""
    from mcp.shared.inbound import NAME_BEARING_METHODS, encode_header_value
    from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS

    request = modern_request(body)
    if request is None:
        return None
    method, version, params = request
    given = dict(headers)
    stated = given.get(b"mcp-protocol-version")
    if stated is not None and stated.decode("latin-1") not in HANDSHAKE_PROTOCOL_VERSIONS:
        return None  # the 2026 era already, or a version no one serves: the SDK's to judge
    fixed = [(k, v) for k, v in headers if k != b"mcp-protocol-version"]
    fixed.append((b"mcp-protocol-version", version.encode()))
    if b"mcp-method" not in given:
        fixed.append((b"mcp-method", method.encode()))
    name_key = NAME_BEARING_METHODS.get(method)
    name = params.get(name_key) if name_key else None
    if isinstance(name, str) and b"mcp-name" not in given:
        fixed.append((b"mcp-name", encode_header_value(name).encode("latin-1")))
    return fixed


def modern_request(body: bytes) -> tuple[str, str, dict[str, Any]] | None:
    """(method, version, params) of a single JSON-RPC request, not `initialize`, whose `_meta` envelope
    names a 2026-era version the SDK serves; None for anything else."""
    if ENVELOPE_VERSION not in body:  # no 2026 envelope: nothing to parse
        return None
    from mcp_types.version import MODERN_PROTOCOL_VERSIONS

    try:
        message = json.loads(body)
    except ValueError:
        return None
    method, params = (message.get("method"), message.get("params")) if isinstance(message, dict) else (None, None)
    meta: Any = params.get("_meta") if isinstance(params, dict) else None
    version = meta.get(ENVELOPE_VERSION.decode()) if isinstance(meta, dict) else None
    if version not in MODERN_PROTOCOL_VERSIONS or not isinstance(method, str) or method == "initialize":
        return None
    if not (method.isascii() and method.isprintable()) or not isinstance(params, dict):
        return None  # not a method any era has; the SDK answers it
    return method, str(version), params


def _replaying(first: Message, receive: Receive) -> Receive:
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return replay
