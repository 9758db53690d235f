"""Red team probe (issue 30): token confusion against OAuthVerifier with a real JWKS over HTTP.
Run: sh scripts/uv run python scripts/redteam/probe_oauth.py"""

import base64
import json
import time

import anyio
import jwt

from ace_step_mcp.surface.oauth import OAuthVerifier
from tests.test_people import Issuer


def b64(d: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()


async def main() -> None:
    issuer = Issuer()
    async with anyio.create_task_group() as tg:
        await tg.start(issuer.serve)
        await anyio.sleep(0.3)
        aud = "http://127.0.0.1:9/mcp"
        v = OAuthVerifier(issuer.url, aud)
        now = int(time.time())
        base = {"iss": issuer.url, "sub": "ann", "aud": aud, "iat": now, "exp": now + 300}
        from cryptography.hazmat.primitives import serialization

        pem = issuer.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        cases = {
            "valid": issuer.token(aud=aud),
            "alg none": f"{b64({'alg': 'none', 'kid': 'k1'})}.{b64(base)}.",
            "HS256 with the JWKS public key (PEM)": f"{b64({'alg': 'HS256', 'kid': 'k1', 'typ': 'JWT'})}.{b64(base)}."
            + base64.urlsafe_b64encode(
                __import__("hmac")
                .new(pem, f"{b64({'alg': 'HS256', 'kid': 'k1', 'typ': 'JWT'})}.{b64(base)}".encode(), "sha256")
                .digest()
            )
            .rstrip(b"=")
            .decode(),
            "no kid (one key)": jwt.encode(base, issuer.key, algorithm="RS256"),
            "unknown kid": jwt.encode(base, issuer.key, algorithm="RS256", headers={"kid": "zz"}),
            "nbf in the future": jwt.encode(
                {**base, "nbf": now + 3600}, issuer.key, algorithm="RS256", headers={"kid": "k1"}
            ),
            "aud list with ours": jwt.encode(
                {**base, "aud": ["x", aud]}, issuer.key, algorithm="RS256", headers={"kid": "k1"}
            ),
            "aud list without ours": jwt.encode(
                {**base, "aud": ["x", "y"]}, issuer.key, algorithm="RS256", headers={"kid": "k1"}
            ),
            "no exp": jwt.encode(
                {k: x for k, x in base.items() if k != "exp"}, issuer.key, algorithm="RS256", headers={"kid": "k1"}
            ),
            "sub empty": jwt.encode({**base, "sub": ""}, issuer.key, algorithm="RS256", headers={"kid": "k1"}),
            "PS256 same RSA key": jwt.encode(base, issuer.key, algorithm="PS256", headers={"kid": "k1"}),
            "API key as JWT": "asm_" + "A" * 43,
            "iss trailing slash": issuer.token(aud=aud, iss=issuer.url + "/"),
            "aud with trailing slash": issuer.token(aud=aud + "/"),
        }
        for what, token in cases.items():
            print(f"{what:40s} -> {await v.person_of(token)!r}")
        tg.cancel_scope.cancel()


anyio.run(main)
