"""The `make_music` tool: a plain request, planned by the router, asked about when vague, then run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import anyio
from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult, TextContent
from pydantic import BaseModel, Field

from ace_step_mcp.endpoints import BY_TOOL, MAX_SECONDS, body_hash
from ace_step_mcp.jobs.pipeline import Chain, Step, run_chain
from ace_step_mcp.surface.calls import (
    HEARTBEAT_S,
    AudioLookup,
    check_deliverable,
    deliverable_options,
    error_result,
    follow_takes,
    guarded,
    parse_arguments,
    progress_reporter,
    render_delivery,
    start_job,
    start_takes,
)
from ace_step_mcp.surface.elicit import ask
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tools import MakeMusicArgs, TrackResult

if TYPE_CHECKING:
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobView


MAKE_MUSIC_DESCRIPTION = (
    "Start here: the user's music request in their words, any language ('a 90 s lo-fi bed', 'replace "
    "0:20-0:40 of trk_... with a piano breakdown', 'add a 30 s intro'); it picks the tool and runs it. "
    "Not when you know the exact tool and arguments.\nFill the fields you understood (the track as `audio`); "
    "they are checked against the words, and when unsure it asks and spends nothing."
)


class _AnswerWindow(BaseModel):
    start_time: float = Field(ge=0, le=MAX_SECONDS, description="Start of the range to regenerate, in seconds")
    end_time: float = Field(ge=0, le=MAX_SECONDS, description="End of the range, in seconds")


class _AnswerExtension(BaseModel):
    extend_before: float = Field(0, ge=0, le=MAX_SECONDS, description="Seconds to add before (intro)")
    extend_after: float = Field(0, ge=0, le=MAX_SECONDS, description="Seconds to add after (outro)")


class _AnswerAudio(BaseModel):
    audio: str = Field(description="Track id (trk_...), file path or https URL of the track")


class _AnswerTags(BaseModel):
    tags: str = Field(description="Genre, mood, instruments and tempo, comma-separated")


class _AnswerRequest(BaseModel):
    request: str = Field(description="Say it more precisely, e.g. 'replace 0:20-0:40' or 'add a 30 s outro'")


_ANSWERS: dict[str, type[BaseModel]] = {
    "window": _AnswerWindow,
    "extension": _AnswerExtension,
    "audio": _AnswerAudio,
    "tags": _AnswerTags,
    "edit_or_extend": _AnswerRequest,
}


def make_music_fn(app: ServerState) -> Callable[..., Awaitable[CallToolResult | InputRequiredResult]]:
    return guarded(app, "make_music", make_music)


Started = tuple["JobService", list["JobView"], MakeMusicArgs]


async def make_music(
    app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> CallToolResult | InputRequiredResult:
    planned = await start_make_music(app, arguments, ctx)
    if not isinstance(planned, tuple):
        return planned
    (service, views, args), plan_info = planned
    wait_s = args.wait_s if args.wait_s is not None else service.settings.calls.wait_s
    steps = [Step(s["endpoint"], s["arguments"]) for s in plan_info.get("steps") or []]
    if len(steps) <= 1:
        outcome = await follow_takes(app, service, views, ctx, wait_s, args, cancel_on_exit=True)
        return _with_plan(outcome, plan_info, 1)
    ours = args.model_dump(include={"embed_audio", "fresh", "confirm_spend"})

    async def start_step(step: Step, track_id: str) -> Any:
        started = await start_job(app, step.endpoint, {**step.arguments, "audio": track_id, **ours}, ctx)
        return started[1] if isinstance(started, tuple) else started

    chain = await run_chain(
        service,
        views[0],
        steps,
        wait_s=wait_s,
        start_step=start_step,
        options=deliverable_options(args),
        on_progress=progress_reporter(ctx),
        heartbeat_s=HEARTBEAT_S,
    )
    if chain.stopped is not None:
        stopped: CallToolResult | InputRequiredResult = chain.stopped  # a refusal or a question
        return stopped
    assert chain.last is not None
    outcome = await render_delivery(app, chain.last, ctx, args if chain.complete else None)
    plan_info["steps_done"] = chain.steps_done
    plan_info["tracks_made"] = list(chain.made)
    if not chain.complete and not outcome.is_error:
        _say_what_is_left(outcome, chain)
    return _with_plan(outcome, plan_info, len(steps))


def _say_what_is_left(outcome: CallToolResult, chain: Chain) -> None:
    """How to finish a chain its call could not: from the last track made, or from the running job's."""
    structured = outcome.structured_content or {}
    running = chain.running_job
    # The step still rendering adds its seconds once it is done: only the steps after it are left.
    rest = chain.seconds_left - (chain.steps[chain.steps_done].new_seconds if running else 0)
    where = f"the track of job '{running}' once music_job says it is done" if running else f"'{chain.made[-1]}'"
    before = structured.get("next_step") or ""
    structured["next_step"] = (
        f"{before} {chain.steps_done} of {len(chain.steps)} steps are done; to add the "
        f"remaining {rest:g} s, call make_music with audio {where} and extend_after: {rest:g} (it plans the calls "
        f"again)."
    ).strip()
    # The text says the instruction once: the running job's part is already in it.
    first = outcome.content[0] if outcome.content else None
    if isinstance(first, TextContent) and before and before in first.text:
        first.text = first.text.replace(before, structured["next_step"])


def _with_plan(outcome: CallToolResult, plan_info: dict[str, Any], steps: int) -> CallToolResult:
    if outcome.structured_content is not None:
        outcome.structured_content["plan"] = plan_info
    if outcome.content and isinstance(outcome.content[0], TextContent):
        outcome.content[0].text += f" (chose {plan_info['endpoint']} because {plan_info['rationale']})"
        if steps > 1:
            outcome.content[0].text += f" Steps done: {plan_info['steps_done']} of {steps}."
            next_step = (outcome.structured_content or {}).get("next_step")
            if next_step and plan_info["steps_done"] < steps and next_step not in outcome.content[0].text:
                outcome.content[0].text += f" {next_step}"
    return outcome


async def start_make_music(
    app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any], *, for_task: bool = False
) -> tuple[Started, dict[str, Any]] | CallToolResult | InputRequiredResult:
    """Plan a request (asking when it is vague) and start the planned job; a dry run answers the plan.

    Shared by the plain call and the task-augmented one: nothing is submitted unless a job is returned."""
    from ace_step_mcp.router import steps_for

    args = parse_arguments(MakeMusicArgs, arguments)
    service = await app.service()
    audio = AudioLookup(app, service, ctx)
    planned = await _plan(args, ctx, audio)
    if not isinstance(planned, tuple):
        return planned
    result, length = planned
    if result.deliver:  # 'as an mp3', 'make it loop' for a new track: what the fields do not say already
        args = args.model_copy(update={k: v for k, v in result.deliver.items() if getattr(args, k) in (None, False)})
    check_deliverable(args)
    if result.tool == "process_track":
        explicit = {k: v for k, v in args.deliverable().items() if v not in (None, False)}
        result.arguments = {**result.arguments, **explicit}  # the fields win over the words
        return await _run_process(app, ctx, result, args.dry_run)
    steps = steps_for(result, length, service.settings.edits.context_s, service.offer.max_render_s)
    plan_info = _plan_info(steps, service.offer.max_render_s)
    if args.takes > 1 and len(steps) > 1:
        return error_result(
            f"`takes` above 1 is for a piece one call makes; this plan takes {len(steps)} chained calls, so ask "
            f"for takes of its first part, or for takes: 1."
        )
    if args.dry_run:
        return await _dry_run(service, audio, steps, plan_info, args.takes)
    first = steps[0]
    ours = args.model_dump(include={"embed_audio", "fresh", "wait_s", "confirm_spend"})
    started = await start_takes(
        app, first.tool, {**first.arguments, **ours, "takes": args.takes}, ctx, audio, takes_allowed=not for_task
    )
    if not isinstance(started, tuple):
        return started
    service, views, _ = started
    plan_info["estimate_usd"] = round(sum(v.estimate_usd for v in views), 6)
    return (service, views, args), plan_info


async def _plan(
    args: MakeMusicArgs, ctx: Context[Any, Any], audio: AudioLookup
) -> tuple[Any, float | None] | CallToolResult | InputRequiredResult:
    """The router's plan for the request and the length of the track it is about, asking the user
    one question (at most once) when the request is too vague to act on."""
    from ace_step_mcp.router import Plan, Request, find_track_ref, plan

    fields: dict[str, Any] = {k: getattr(args, k) for k in _PLAN_FIELDS}
    fields["deliverables"] = {  # what the made track is delivered as, and fades of a stored one
        k: getattr(args, k)
        for k in ("output_format", "bitrate_kbps", "loudness_lufs", "loop", "fade_in_s", "fade_out_s")
        if getattr(args, k) not in (None, False)
    }
    fields["takes"] = args.takes  # 'three versions' in the words is checked against it
    request_text = args.request
    for round_ in range(2):
        audio_ref = fields["audio"] or find_track_ref(request_text)
        length, source_tags = await probe_for_plan(audio, audio_ref)
        # Planning is linear in the text but a 4,000-character request is tens of milliseconds of regex
        # work: a worker thread does it, so other calls on this server are not held up.
        wanted = Request(request=request_text, audio_length_s=length, source_tags=source_tags, **fields)
        result = await anyio.to_thread.run_sync(plan, wanted)
        if isinstance(result, Plan):
            return result, length
        if round_ == 1:
            break
        answer = await _ask(ctx, result)
        if not isinstance(answer, dict):
            return answer
        if result.kind not in _ANSWERS or result.kind == "edit_or_extend":  # a clarification in words
            request_text = f"{request_text}. {answer.get('request', '')}"
        else:
            fields.update({k: v for k, v in answer.items() if v is not None})
    assert not isinstance(result, Plan)
    return error_result(f"Before spending anything I need one answer: {result.text}")


_PLAN_FIELDS = (
    "audio", "tags", "lyrics", "duration", "seed", "start_time", "end_time", "extend_before", "extend_after",
    "quality", "instrumental", "vocal_language",
)  # fmt: skip


async def _ask(ctx: Context[Any, Any], question: Any) -> dict[str, Any] | CallToolResult | InputRequiredResult:
    """The user's answer to the router's question, or the result that says why there is none."""
    answer = await ask(ctx, f"make_music_{question.kind}", question.text, _ANSWERS.get(question.kind, _AnswerRequest))
    if isinstance(answer, InputRequiredResult):
        return answer
    if answer.action == "invalid":
        return error_result(f"That answer cannot be used, so nothing was planned or spent: {answer.problem}")
    if answer.action == "unsupported":
        return error_result(f"Before spending anything I need one answer: {question.text}")
    if answer.action != "accept" or not answer.content:
        return error_result("No answer, so nothing was planned or spent; ask again with the missing detail.")
    return dict(answer.content)


def _plan_info(steps: list[Any], max_render_s: float) -> dict[str, Any]:
    """What a plan says of itself: the first call, why, and for a piece longer than one call can
    make, the calls in order, each on the track the one before made (each confirmed and capped like
    any call when it starts)."""
    first = steps[0]
    endpoint = BY_TOOL[first.tool]
    info: dict[str, Any] = {
        "endpoint": first.tool,
        "model_id": endpoint.model_id,
        "arguments": first.arguments,
        "rationale": first.why(),
    }
    if len(steps) > 1:
        info["steps"] = [{"endpoint": s.tool, "arguments": s.arguments} for s in steps]
        info["total_estimate_usd"] = round(
            sum(BY_TOOL[s.tool].price_per_s * Step(s.tool, s.arguments).new_seconds for s in steps), 6
        )
        info["rationale"] = f"{first.why()}; {len(steps)} calls, as one makes at most {max_render_s:g} s"
    return info


async def _dry_run(
    service: JobService, audio: AudioLookup, steps: list[Any], plan_info: dict[str, Any], takes: int
) -> CallToolResult:
    first = steps[0]
    endpoint = BY_TOOL[first.tool]
    request = await audio.prepare(endpoint, first.arguments, check_token=False)
    plan_info["estimate_usd"] = round(request.estimate_usd * takes, 6)
    plan_info["takes"] = takes
    plan_info["body_hash"] = body_hash(endpoint.model_id, request.body)
    dry = TrackResult(
        status="plan", endpoint=first.tool, model_id=endpoint.model_id, estimate_usd=plan_info["estimate_usd"],
        plan=plan_info, offline_preview=bool(service.offline),
    )  # fmt: skip
    several = f" ({takes} takes)" if takes > 1 else ""
    text = f"Plan (nothing submitted): {first.tool}{several} for ${plan_info['estimate_usd']:.4f}; because {plan_info['rationale']}."
    if len(steps) > 1:
        text += (
            f" Then {len(steps) - 1} more call(s), each on the track the one before made: "
            + "; ".join(f"{s.tool} +{Step(s.tool, s.arguments).new_seconds:g} s" for s in steps[1:])
            + f" (about ${plan_info['total_estimate_usd']:.4f} in all)."
        )
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=dry.model_dump(mode="json"))


async def _run_process(app: ServerState, ctx: Context[Any, Any], planned: Any, dry_run: bool) -> CallToolResult:
    """A plan that only delivers a stored track differently: free and local, run at once."""
    from ace_step_mcp.surface.process_tool import process_track

    plan_info = {"endpoint": "process_track", "arguments": planned.arguments, "rationale": planned.why(),
                 "estimate_usd": 0.0}  # fmt: skip
    if dry_run:
        dry = TrackResult(status="plan", endpoint="process_track", model_id="local", estimate_usd=0.0, plan=plan_info)
        text = f"Plan (nothing done): process_track, free; because {planned.why()}."
        return CallToolResult(
            content=[TextContent(type="text", text=text)], structured_content=dry.model_dump(mode="json")
        )
    outcome = await process_track(app, planned.arguments, ctx)
    return _with_plan(outcome, plan_info, 1)


async def probe_for_plan(audio: AudioLookup, ref: str | None) -> tuple[float | None, str | None]:
    """The length of the track a request is about, and its tags when it is one of ours."""
    if not ref:
        return None, None
    return await audio.service.plan_context(await audio.resolve(ref))
