"""A plain request made end to end, as values: planned by the router, priced, started (one job, the
takes, or the first of a chain) and followed to its tracks. The CLI's `make` runs it; nothing here
asks anyone anything (a vague request comes back as the router's question)."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.endpoints import BY_TOOL, SEED_MAX
from ace_step_mcp.jobs.pipeline import Chain, Delivery, Step, ViewFn, deliver

if TYPE_CHECKING:
    from ace_step_mcp.audio.refs import ResolvedAudio
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobRequest


def take_requests(request: JobRequest, takes: int) -> list[JobRequest]:
    """A call's takes: the same request with distinct seeds (the asked seed and the ones after it, or
    random ones)."""
    if takes <= 1:
        return [request]
    seed = int(request.body.get("seed", -1))
    seeds = (
        [(seed + i) % (SEED_MAX + 1) for i in range(takes)]
        if seed != -1
        else [secrets.randbelow(SEED_MAX) for _ in range(takes)]
    )
    return [dataclasses.replace(request, body={**request.body, "seed": s}) for s in seeds]


@dataclass(frozen=True)
class Made:
    """What a request came to: its plan (or the question that stops it), and what was made."""

    question: str | None = None  # the router's question: nothing was started
    fields: tuple[str, ...] = ()  # the fields that would settle it
    steps: tuple[Step, ...] = ()
    rationale: str = ""
    estimate_usd: float = 0.0  # the whole plan (every step, every take)
    delivery: Delivery | None = None  # one call's takes
    chain: Chain | None = None  # a piece longer than one render
    processed: Any = None  # a plan that only delivers a stored track differently: the new track


async def make(
    service: JobService,
    words: str,
    *,
    audio: str | None = None,
    takes: int | None = None,
    dry_run: bool = False,
    fields: Mapping[str, Any] | None = None,
    on_progress: ViewFn | None = None,
) -> Made:
    from ace_step_mcp.router import Plan, Request, plan, steps_for

    resolved = await service.resolve_audio(audio) if audio else None  # once: a URL is fetched to probe it
    length, source_tags = await service.plan_context(resolved) if resolved is not None else (None, None)
    wanted = Request(
        request=words, audio=audio, audio_length_s=length, source_tags=source_tags, takes=takes, **dict(fields or {})
    )
    result = await anyio.to_thread.run_sync(plan, wanted)
    if not isinstance(result, Plan):
        return Made(question=result.text, fields=tuple(getattr(result, "fields", ()) or ()))
    if result.tool == "process_track":
        return await _deliver_stored(service, result, resolved, dry_run=dry_run)
    takes = takes or result.takes or 1  # the takes passed, else those the words ask for ('three versions')
    planned = steps_for(result, length, service.settings.edits.context_s, service.offer.max_render_s)
    steps = tuple(Step(service.endpoint_for(p.tool).tool, p.arguments) for p in planned)
    first = await service.prepare(BY_TOOL[steps[0].endpoint], steps[0].arguments, check_token=not dry_run)
    requests = take_requests(first, takes if len(steps) == 1 else 1)
    later = sum(BY_TOOL[s.endpoint].price_per_s * s.new_seconds for s in steps[1:]) * service.offer.price_factor()
    estimate = round(sum(r.estimate_usd for r in requests) + later, 6)
    if dry_run:  # a plan costs nothing and keeps nothing: a source fetched to price it goes
        await service.release_sources(_kept_by(resolved, first, service), started=False)
        return Made(steps=steps, rationale=result.why(), estimate_usd=estimate)
    deliverable: dict[str, Any] | None = result.deliver or None
    if len(steps) == 1:
        views = await service.start_takes(requests)
        delivery = await deliver(service, views, wait_s=service.settings.backend.wait_timeout_s, options=deliverable,
                                 on_progress=on_progress)  # fmt: skip
        return Made(steps=steps, rationale=result.why(), estimate_usd=estimate, delivery=delivery)
    chain = await make_piece(service, steps, first, estimate, options=deliverable, on_progress=on_progress)
    return Made(steps=steps, rationale=result.why(), estimate_usd=estimate, chain=chain)


async def make_piece(
    service: JobService,
    steps: tuple[Step, ...],
    first: JobRequest,
    estimate: float,
    *,
    options: dict[str, Any] | None,
    on_progress: ViewFn | None,
) -> Chain:
    """A piece longer than one render: the same request made before and not finished is resumed,
    else a new plan is recorded; either way driven to its end within the wait."""
    from ace_step_mcp.jobs.pipeline import open_piece, piece_key, run_piece, unfinished_piece

    key = piece_key(steps, options, first.fresh)
    piece = await unfinished_piece(service, key)
    if piece is None:
        await service.check_caps(first)
        piece = await open_piece(service, key, steps, estimate, options=options, fresh=first.fresh)

    async def prepare_step(step: Step, track_id: str | None) -> JobRequest:
        if track_id is None:
            return first
        return await service.prepare(BY_TOOL[step.endpoint], {**step.arguments, "audio": track_id}, fresh=first.fresh)

    return await run_piece(
        service, piece, wait_s=service.settings.backend.wait_timeout_s, prepare_step=prepare_step,
        on_progress=on_progress,
    )  # fmt: skip


def _kept_by(resolved: ResolvedAudio | None, request: JobRequest, service: JobService) -> list[Path]:
    """What planning this request wrote under `sources/` (a data URI's or a URL's copy)."""
    from ace_step_mcp.jobs.service import source_kept

    kept = [resolved.path] if resolved is not None and resolved.kind in ("data", "url") and resolved.path else []
    source = source_kept(request, service.settings)
    return kept + ([source] if source is not None else [])


async def _deliver_stored(service: JobService, result: Any, resolved: ResolvedAudio | None, *, dry_run: bool) -> Made:
    """A plan that only delivers a stored track differently (format, loudness, loop, fades): free, local."""
    from ace_step_mcp.errors import InvalidInput

    options = {k: v for k, v in {**result.arguments, **result.deliver}.items() if k != "audio"}
    step = Step("process_track", options)
    if dry_run:
        return Made(steps=(step,), rationale=result.why())
    if resolved is None or resolved.parent_track_id is None:
        raise InvalidInput("`audio` must be a stored track (trk_...) to be delivered differently.", field="audio")
    made = await service.process_track(resolved.parent_track_id, options)
    return Made(steps=(step,), rationale=result.why(), processed=made)
