"""Asking the user a question mid-call, on both protocol eras.

Up to 2025-11-25 the server sends `elicitation/create` while the tool call is open
(`ctx.elicit`). From 2026-07-28 the call answers `InputRequiredResult` and the client retries it
with the answers in `input_responses`, so a tool that asks must be able to run again from the
top: everything before the question is pure validation, and nothing is submitted until the
answer is in. A client that declared no elicitation gets `Unsupported`, and callers fail closed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from mcp.server.elicitation import render_elicitation_schema
from mcp.server.mcpserver import Context
from mcp_types import ElicitRequest, ElicitRequestFormParams, ElicitResult, InputRequiredResult
from mcp_types.version import is_version_at_least
from pydantic import BaseModel, ValidationError

from ace_step_mcp.endpoints import describe_error

MODERN = "2026-07-28"


@dataclass(frozen=True)
class Answer:
    action: Literal["accept", "decline", "cancel", "unsupported", "invalid"]
    content: dict[str, Any] | None = None
    problem: str | None = None  # `invalid`: one sentence naming the field, the value and the range


def supports_elicitation(ctx: Context[Any, Any]) -> bool:
    caps = ctx.client_capabilities
    elicitation = caps.elicitation if caps is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def _modern(ctx: Context[Any, Any]) -> bool:
    version = ctx.protocol_version
    return version is not None and is_version_at_least(version, MODERN)


async def ask(ctx: Context[Any, Any], key: str, message: str, schema: type[BaseModel]) -> Answer | InputRequiredResult:
    """The user's answer, or (2026-07-28+) an `InputRequiredResult` the tool must return as is."""
    if not supports_elicitation(ctx):
        return Answer("unsupported")
    if _modern(ctx):
        asked = _asked(ctx.request_state)
        responses = ctx.input_responses or {}
        # An answer counts only to a question this server asked: the sealed request state (which the
        # client cannot forge) names it. A first call that brings its own "accept" is asked anyway.
        if key in responses and key in asked:
            raw = responses[key]
            result = ElicitResult.model_validate(raw.model_dump() if isinstance(raw, BaseModel) else raw)
            if result.action != "accept":
                return Answer(result.action)
            return _checked(schema, dict(result.content or {}))
        request = ElicitRequest(
            params=ElicitRequestFormParams(message=message, requested_schema=render_elicitation_schema(schema))
        )
        state = json.dumps({"asked": sorted({*asked, key})})
        return InputRequiredResult(input_requests={key: request}, request_state=state)
    try:
        outcome = await ctx.elicit(message, schema)
    except ValueError as exc:  # the SDK checks the answer against the schema, and wraps its error
        cause = exc.__cause__ if isinstance(exc.__cause__, ValidationError) else exc
        if not isinstance(cause, ValidationError):
            raise
        return Answer("invalid", problem=describe_error(schema, cause))
    if outcome.action == "accept":
        return Answer("accept", outcome.data.model_dump())
    return Answer(outcome.action)


def _asked(state: str | None) -> set[str]:
    """The questions a sealed request state says this server asked (none on a first call)."""
    try:
        asked = json.loads(state or "{}").get("asked", [])
    except (ValueError, AttributeError):
        return set()
    return {str(k) for k in asked} if isinstance(asked, list) else set()


def _checked(schema: type[BaseModel], content: dict[str, Any]) -> Answer:
    """An answer as the schema allows it, or why not (the modern era's answers come unchecked)."""
    try:
        return Answer("accept", schema.model_validate(content).model_dump())
    except ValidationError as exc:
        return Answer("invalid", problem=describe_error(schema, exc))
