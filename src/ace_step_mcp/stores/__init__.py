"""Adapters of the `Ledger` and `Blobs` ports (`sqlite`, `memory`, `files`), and the rules every ledger
applies the same way: the spend caps and the fit of how long a render takes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from ace_step_mcp.errors import SpendRefused
from ace_step_mcp.ports.values import Edit, JobRow, JobState
from ace_step_mcp.settings import SpendCaps


class Columns(Protocol):
    """A row read by name (a `sqlite3.Row`, or psycopg's dict row)."""

    def __getitem__(self, name: str, /) -> Any: ...


# The columns of a job row that are the JobRow's fields as they are (no parsing).
_PLAIN_JOB_COLUMNS = (
    "job_id", "created_at", "updated_at", "tool", "model_id", "body_hash", "estimate_usd", "request_id", "status",
    "cost_usd", "output_url", "track_id", "error", "parent_track_id", "submitted_at", "finished_at", "owner",
    "lease_until", "person",
)  # fmt: skip


def job_row(columns: Columns, *, body: dict[str, Any], edit: Mapping[str, Any] | None) -> JobRow:
    """A ledger's job row as a `JobRow`, its JSON columns (`body`, `edit`) already parsed by the adapter.
    Raises ValueError, TypeError or KeyError on a row that cannot be read."""
    return JobRow(
        **{name: columns[name] for name in _PLAIN_JOB_COLUMNS},
        body=body,
        edit=Edit.of(edit) if edit else None,
        state=JobState(columns["state"]),
        offline=bool(columns["offline"]),
    )


def plan_record(columns: Columns, record: Any) -> dict[str, Any]:
    """A ledger's plan row in the shape `Ledger.plan` returns, its `record` already parsed."""
    return {
        "plan_id": columns["plan_id"],
        "key": columns["plan_key"],
        "version": int(columns["version"]),
        "created_at": float(columns["created_at"]),
        "updated_at": float(columns["updated_at"]),
        "record": record,
    }


def day_start(now: float) -> float:
    """The start of `now`'s UTC day."""
    return now - (now % 86400)


def caps_refusal(
    caps: SpendCaps,
    estimate: float,
    spent_today: Callable[[], float],
    spent_total: Callable[[], float],
    person: str | None = None,
    person_spent: Callable[[float | None], float] | None = None,
) -> SpendRefused | None:
    """The refusal a new charge of `estimate` meets under `caps`, or None; the sums are read only
    when a cap needs them (inside the caller's transaction). With `person`, that person's own caps
    too (`person_spent(since)`: their spend since a time, or in all)."""
    if person is not None and person_spent is not None:
        refusal = _person_refusal(caps, estimate, person_spent)
        if refusal is not None:
            return refusal
    if caps.per_call is not None and estimate > caps.per_call + 1e-12:
        return SpendRefused(
            f"This call is estimated at ${estimate:.4f}, over the per-call cap of ${caps.per_call:.4f} "
            f"(ACE_STEP_MCP_MAX_USD_PER_CALL); ask for fewer seconds or have the operator raise the cap."
        )
    if caps.per_day is not None:
        today = spent_today()
        if today + estimate > caps.per_day + 1e-12:
            return SpendRefused(
                f"This call (${estimate:.4f}) would bring today's spend from ${today:.4f} past the daily cap "
                f"of ${caps.per_day:.4f} (ACE_STEP_MCP_MAX_USD_PER_DAY); try again tomorrow (UTC) or have the "
                f"operator raise the cap."
            )
    if caps.total is not None:
        total = spent_total()
        if total + estimate > caps.total + 1e-12:
            return SpendRefused(
                f"This call (${estimate:.4f}) would bring the total spend from ${total:.4f} past the cap of "
                f"${caps.total:.4f} (ACE_STEP_MCP_MAX_USD_TOTAL); have the operator raise the cap."
            )
    return None


def _person_refusal(caps: SpendCaps, estimate: float, spent: Callable[[float | None], float]) -> SpendRefused | None:
    import time

    if caps.person_per_day is not None:
        today = spent(day_start(time.time()))
        if today + estimate > caps.person_per_day + 1e-12:
            return SpendRefused(
                f"This call (${estimate:.4f}) would bring your spend today from ${today:.4f} past your daily cap of "
                f"${caps.person_per_day:.4f} (ACE_STEP_MCP_USER_MAX_USD_PER_DAY); try again tomorrow (UTC) or ask the "
                f"operator to raise it."
            )
    if caps.person_total is not None:
        total = spent(None)
        if total + estimate > caps.person_total + 1e-12:
            return SpendRefused(
                f"This call (${estimate:.4f}) would bring your total spend from ${total:.4f} past your cap of "
                f"${caps.person_total:.4f} (ACE_STEP_MCP_USER_MAX_USD_TOTAL); ask the operator to raise it."
            )
    return None


def fit_wall(points: list[tuple[float, float]], generated_s: float) -> float | None:
    """Seconds a render of `generated_s` should take, from (seconds rendered, wall seconds) of recent
    ones: a least-squares line `wall = a + b * seconds` when lengths vary, else the median rate."""
    if not points:
        return None
    xs = [x for x, _ in points]
    n = len(points)
    mean_x = sum(xs) / n
    mean_y = sum(y for _, y in points) / n
    var = sum((x - mean_x) ** 2 for x in xs)
    if n >= 3 and var > 1e-9:
        b = sum((x - mean_x) * (y - mean_y) for x, y in points) / var
        a = mean_y - b * mean_x
        if b >= 0 and a >= -1:
            return max(0.0, a + b * generated_s)
    rates = sorted(y / x for x, y in points)
    return rates[len(rates) // 2] * generated_s


def owner_alive(owner: str) -> bool:
    """False only when the owner is a process of this host that is gone; unknown means alive."""
    import os
    import socket

    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
