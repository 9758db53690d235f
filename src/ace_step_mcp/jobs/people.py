"""People on a server for several: API keys (made, listed, revoked; only their hashes are kept) and
who a request acts for (`ports.values.PERSON`, which every ledger scopes by)."""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Any

from ace_step_mcp.errors import SpendRefused, UsageError
from ace_step_mcp.ports import Ledger
from ace_step_mcp.ports.values import SCOPE_MISSING

KEY_PREFIX = "asm_"
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$")


def key_hash(key: str) -> str:
    """What is kept of a key: its SHA-256 (a key is 256 random bits, so no salt or stretching is needed)."""
    return hashlib.sha256(key.strip().encode("utf-8", "replace")).hexdigest()


def key_person(user: str) -> str:
    """The person an API key acts for, as rows record them (OAuth people are `iss|sub`)."""
    return f"key:{user}"


async def create_key(ledger: Ledger, user: str) -> tuple[str, str]:
    """A new key for `user`: (its id, the key itself, shown once and never stored)."""
    if not _USER.match(user):
        raise UsageError(
            f"--user must be 1-64 letters, digits or . _ @ + - (starting with a letter or digit), not {user[:40]!r}."
        )
    key_id = f"key_{secrets.token_hex(4)}"
    key = f"{KEY_PREFIX}{secrets.token_urlsafe(32)}"
    await ledger.add_key(key_id, key_person(user), key_hash(key))
    return key_id, key


async def list_keys(ledger: Ledger) -> list[dict[str, Any]]:
    return await ledger.keys()


async def revoke_key(ledger: Ledger, key_id: str) -> bool:
    return await ledger.revoke_key(key_id)


async def person_of(ledger: Ledger, key: str) -> str | None:
    """The person a presented key acts for, or None (unknown, revoked or not a key of ours)."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    return await ledger.person_of_key(key_hash(key))


def check_may_render() -> None:
    """Refuse, before anything is asked or spent, a render for a token without the render scope."""
    lacking = SCOPE_MISSING.get()
    if lacking is not None:
        raise SpendRefused(
            f"This sign-in may read tracks and jobs but not start renders: its access token lacks the scope "
            f"'{lacking}'; reconnect and grant it (or ask the operator for it), then repeat the call."
        )
