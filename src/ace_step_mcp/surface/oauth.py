"""Resource-server mode (ACE_STEP_MCP_OAUTH_ISSUER): access tokens are JWTs from one issuer whose
audience is this server's public URL (RFC 8707); the person is the token's (iss, sub), never its
client id (Claude registers a new client on every connection). The issuer's keys come from its
discovery document's `jwks_uri`, are cached, and are fetched again when a token names a key id not
seen yet (rotation), at most every 30 s. RFC 9728 metadata tells clients where to get a token.

With a render scope (ACE_STEP_MCP_OAUTH_RENDER_SCOPE) a token without it reads but does not start paid
renders; the scope is read from `scope` (RFC 9068, space-separated) or `scp` (Okta's list, Entra's
string), and the metadata lists it in `scopes_supported`, so a connector asks for it."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import anyio

log = logging.getLogger("ace_step_mcp")
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
REFETCH_EVERY_S = 30.0


class OAuthVerifier:
    def __init__(self, issuer: str, audience: str, render_scope: str | None = None) -> None:
        self.issuer = issuer.rstrip("/")  # discovery is under it; `iss` may carry the slash (Auth0's does)
        self.audience = audience
        self.render_scope = render_scope
        self._keys: dict[str, Any] = {}
        self._fetched_at = 0.0
        self._lock = anyio.Lock()

    def metadata(self) -> dict[str, Any]:
        """RFC 9728: this resource, the issuer that serves it, and how to send a token."""
        return {
            "resource": self.audience,
            "authorization_servers": [self.issuer],
            "bearer_methods_supported": ["header"],
            "resource_name": "ACE Step music",
            **({"scopes_supported": [self.render_scope]} if self.render_scope else {}),
        }

    async def person_of(self, token: str) -> str | None:
        """`iss|sub` of a valid token for this resource, or None (bad signature, another issuer or
        audience, expired, malformed)."""
        caller = await self.caller_of(token)
        return caller[0] if caller else None

    async def caller_of(self, token: str) -> tuple[str, str | None] | None:
        """(`iss|sub`, the render scope it lacks or None) of a valid token for this resource, or None."""
        import jwt

        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            return None
        key = await self._key(str(header.get("kid") or ""))
        if key is None:
            return None
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=ALGORITHMS,
                audience=self.audience,
                options={"require": ["exp", "iss", "sub", "aud"]},
                leeway=30,
            )
        except jwt.PyJWTError:
            return None
        issuer, subject = claims.get("iss"), claims.get("sub")
        if not isinstance(issuer, str) or issuer.rstrip("/") != self.issuer:
            return None  # another issuer's token (with or without its trailing slash, ours is the same)
        if not isinstance(subject, str) or not subject.strip():
            return None  # a token for no one must not act for a shared "no one"
        lacking = self.render_scope if self.render_scope and self.render_scope not in scopes_of(claims) else None
        return f"{self.issuer}|{subject}", lacking

    async def _key(self, kid: str) -> Any:
        if kid not in self._keys and time.monotonic() - self._fetched_at > REFETCH_EVERY_S:
            async with self._lock:
                if kid not in self._keys and time.monotonic() - self._fetched_at > REFETCH_EVERY_S:
                    await self._fetch()
        if kid in self._keys:
            return self._keys[kid]
        return next(iter(self._keys.values())) if not kid and len(self._keys) == 1 else None

    async def _fetch(self) -> None:
        import httpx2
        import jwt

        self._fetched_at = time.monotonic()
        try:
            async with httpx2.AsyncClient(timeout=10) as http:
                discovery = await http.get(f"{self.issuer}/.well-known/openid-configuration")
                if discovery.status_code != 200:
                    discovery = await http.get(f"{self.issuer}/.well-known/oauth-authorization-server")
                jwks_uri = discovery.json()["jwks_uri"]
                jwks = (await http.get(jwks_uri)).json()
            keys = jwt.PyJWKSet.from_json(json.dumps(jwks)).keys
        except (httpx2.HTTPError, ValueError, KeyError, jwt.PyJWTError) as exc:
            log.warning(
                "OAuth: the issuer's keys could not be read (%s); tokens are refused until they can", type(exc).__name__
            )
            return
        self._keys = {str(k.key_id or ""): k.key for k in keys}


def scopes_of(claims: dict[str, Any]) -> set[str]:
    """A token's scopes: `scope` (RFC 9068: one space-separated string) or `scp` (a list or a string)."""
    found: set[str] = set()
    for name in ("scope", "scp"):
        value = claims.get(name)
        if isinstance(value, str):
            found.update(value.split())
        elif isinstance(value, list):
            found.update(v for v in value if isinstance(v, str))
    return found
