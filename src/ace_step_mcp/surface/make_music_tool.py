"""The `make_music` tool: a plain request, planned by the router, asked about when vague, then run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio
from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult, TextContent
from pydantic import BaseModel, Field

from ace_step_mcp.endpoints import BY_TOOL, MAX_SECONDS, body_hash
from ace_step_mcp.errors import AceStepError
from ace_step_mcp.jobs.pipeline import (
    Chain,
    Piece,
    PrepareStep,
    Step,
    open_piece,
    piece_estimate,
    piece_key,
    run_piece,
    unfinished_piece,
)
from ace_step_mcp.surface.calls import (
    HEARTBEAT_S,
    AudioLookup,
    check_deliverable,
    confirm_estimate,
    deliverable_options,
    error_result,
    follow_takes,
    guarded,
    parse_arguments,
    progress_reporter,
    render_delivery,
    start_takes,
)
from ace_step_mcp.surface.elicit import ask
from ace_step_mcp.surface.state import ServerState
from ace_step_mcp.surface.tools import MakeMusicArgs, TrackResult

if TYPE_CHECKING:
    from ace_step_mcp.jobs.service import JobService
    from ace_step_mcp.ports.values import JobView


_DELIVERY_FIELDS = ("output_format", "bitrate_kbps", "loudness_lufs", "loop", "fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s")  # fmt: skip

MAKE_MUSIC_DESCRIPTION = (
    "Start here: the user's music request in their words, any language ('a 90 s lo-fi bed', 'redo 0:20-0:40', "
    "'add a 30 s intro'); it picks the tool and runs it. Not when you know the exact tool.\nFill the fields "
    "you understood (the track as `audio`); they are checked against the words, and when unsure it asks and "
    "spends nothing."
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


@dataclass
class PieceStart:
    """A piece longer than one render, confirmed and recorded (or found unfinished): ready to drive."""

    service: JobService
    piece: Piece
    prepare_step: PrepareStep
    args: MakeMusicArgs
    plan_info: dict[str, Any]
    audio: AudioLookup


async def make_music(
    app: ServerState, arguments: dict[str, Any], ctx: Context[Any, Any]
) -> CallToolResult | InputRequiredResult:
    planned = await start_make_music(app, arguments, ctx)
    if isinstance(planned, PieceStart):
        args = planned.args
        wait_s = args.wait_s if args.wait_s is not None else planned.service.settings.calls.wait_s
        try:
            chain = await run_piece(
                planned.service, planned.piece, wait_s=wait_s, prepare_step=planned.prepare_step,
                on_progress=progress_reporter(ctx), heartbeat_s=HEARTBEAT_S,
            )  # fmt: skip
        finally:
            await planned.audio.release(started=planned.piece.jobs[0] is not None)
        return await render_piece(app, chain, ctx, args, planned.plan_info)
    if not isinstance(planned, tuple):
        return planned
    (service, views, args), plan_info = planned
    wait_s = args.wait_s if args.wait_s is not None else service.settings.calls.wait_s
    outcome = await follow_takes(app, service, views, ctx, wait_s, args, cancel_on_exit=True)
    return _with_plan(outcome, plan_info, 1)


async def render_piece(
    app: ServerState, chain: Chain, ctx: Context[Any, Any], args: Any, plan_info: dict[str, Any]
) -> CallToolResult:
    """A piece as far as its call got: the finished track, the running step's handle, or why it stopped;
    every one naming each track already made and paid for."""
    piece = chain.piece
    assert piece is not None
    plan_info |= {
        "plan_id": piece.plan_id, "steps_done": chain.steps_done, "tracks_made": list(chain.made),
        "total_estimate_usd": piece.total_usd,
    }  # fmt: skip
    if chain.stopped is not None or chain.last is None:
        again = f" {_go_on(piece)}" if piece.state == "running" else ""
        return error_result(f"{chain.stopped or 'The piece is not finished.'} {piece.paid_sentence()}{again}")
    outcome = await render_delivery(app, chain.last, ctx, args if chain.complete else None)
    if not chain.complete and not outcome.is_error:
        _say_what_is_left(outcome, chain)
    return _with_plan(outcome, plan_info, len(piece.steps))


def _go_on(piece: Piece) -> str:
    return (
        f"To go on, call music_job with action 'wait' and job_id '{piece.plan_id}' (or repeat this exact call): "
        f"the plan resumes where it stands and no step is paid twice; action 'cancel' stops it."
    )


def _say_what_is_left(outcome: CallToolResult, chain: Chain) -> None:
    """How to finish a piece its call could not: resume its plan (never plan it again)."""
    assert chain.piece is not None
    structured = outcome.structured_content or {}
    paid = chain.piece.paid_sentence()
    structured["next_step"] = f"{chain.steps_done} of {len(chain.steps)} steps are done. {paid} {_go_on(chain.piece)}"
    if outcome.content and isinstance(outcome.content[0], TextContent):
        outcome.content[0].text = outcome.content[0].text.split(" Call music_job", 1)[0]


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
) -> tuple[Started, dict[str, Any]] | PieceStart | CallToolResult | InputRequiredResult:
    """Plan a request (asking when it is vague) and start the planned job, or confirm and record a
    piece of several calls; a dry run answers the plan.

    Shared by the plain call and the task-augmented one: nothing is submitted unless a job or a
    piece is returned."""
    args = parse_arguments(MakeMusicArgs, arguments)
    audio = AudioLookup(app, await app.service(), ctx)
    started = None
    try:
        started = await _start_planned(app, args, ctx, audio, for_task=for_task)
        return started
    finally:
        if not isinstance(started, PieceStart):  # a piece's call releases its sources once step 1 starts
            await audio.release(started=isinstance(started, tuple))


def _on_this_backend(service: Any, steps: list[Any]) -> list[Any]:
    """Each step on the tool this backend runs it with (a self-hosted 1.5 server has no base model)."""
    for step in steps:
        step.tool = service.endpoint_for(step.tool).tool
    return steps


def _with_the_words(args: MakeMusicArgs, result: Any) -> MakeMusicArgs:
    """The call's arguments with what the plan read from the words and the fields do not say already: the
    delivery ('as an mp3', 'make it loop' for a new track) and the takes ('three versions', each paid)."""
    if result.deliver:
        args = args.model_copy(update={k: v for k, v in result.deliver.items() if getattr(args, k) in (None, False)})
    if result.takes and "takes" not in args.model_fields_set:
        args = args.model_copy(update={"takes": result.takes})
    return args


async def _start_planned(
    app: ServerState, args: MakeMusicArgs, ctx: Context[Any, Any], audio: AudioLookup, *, for_task: bool
) -> tuple[Started, dict[str, Any]] | PieceStart | CallToolResult | InputRequiredResult:
    from ace_step_mcp.router import steps_for

    service = audio.service
    planned = await _plan(args, ctx, audio)
    if not isinstance(planned, tuple):
        return planned
    result, length = planned
    args = _with_the_words(args, result)
    check_deliverable(args)
    if result.tool == "process_track":
        explicit = {k: v for k, v in args.deliverable().items() if v not in (None, False)}
        result.arguments = {**result.arguments, **explicit}  # the fields win over the words
        return await _run_process(app, ctx, result, args.dry_run)
    steps = _on_this_backend(
        service, steps_for(result, length, service.settings.edits.context_s, service.offer.max_render_s)
    )
    plan_info = _plan_info(steps, service.offer.max_render_s)
    if args.takes > 1 and len(steps) > 1:
        return error_result(
            f"`takes` above 1 is for a piece one call makes; this plan takes {len(steps)} chained calls, so ask "
            f"for takes of its first part, or for takes: 1."
        )
    if args.dry_run:
        return await _dry_run(service, audio, steps, plan_info, args.takes)
    if len(steps) > 1:
        return await _start_piece(app, ctx, audio, [Step(s.tool, s.arguments) for s in steps], plan_info, args)
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


async def _start_piece(
    app: ServerState,
    ctx: Context[Any, Any],
    audio: AudioLookup,
    steps: list[Step],
    plan_info: dict[str, Any],
    args: MakeMusicArgs,
) -> PieceStart | CallToolResult | InputRequiredResult:
    """The same call's unfinished piece, resumed without asking again; else the piece priced whole,
    confirmed once for its total (the question names the total and each step), and recorded."""
    service = audio.service
    options = deliverable_options(args)
    key = piece_key(steps, options, args.fresh)
    prepare_step = step_preparer(audio, args.fresh)
    piece = await unfinished_piece(service, key)
    if piece is None:
        first = await prepare_step(steps[0], None)
        factor = service.offer.price_factor()
        total = piece_estimate(first.estimate_usd, steps, factor)
        prices = [first.estimate_usd] + [BY_TOOL[s.endpoint].price_per_s * s.new_seconds * factor for s in steps[1:]]
        said = "; ".join(
            f"{i + 1}. {s.endpoint} {'+' if i else ''}{s.new_seconds:g} s ${p:.4f}"
            for i, (s, p) in enumerate(zip(steps, prices, strict=True))
        )
        await service.check_caps(first)
        what = f"in all for a piece of {len(steps)} calls ({said})"
        pending = await confirm_estimate(app, service, total, what, key, args.confirm_spend, ctx)
        if pending is not None:
            return pending
        piece = await open_piece(service, key, steps, total, options=options, fresh=args.fresh)
        audio.first_request = first
    return PieceStart(service, piece, prepare_step, args, plan_info, audio)


def step_preparer(audio: AudioLookup, fresh: bool) -> PrepareStep:
    """How a piece's steps are prepared in this call: step 1 from its own arguments (its audio looked
    up with the client's roots), each later one on the track the step before made."""

    async def prepare(step: Step, track_id: str | None) -> Any:
        if track_id is not None:  # a stored track: no client roots needed (a task's client may be gone)
            wire = {**step.arguments, "audio": track_id}
            return await audio.service.prepare(BY_TOOL[step.endpoint], wire, fresh=fresh)
        if audio.first_request is not None:
            return audio.first_request
        return await audio.prepare(BY_TOOL[step.endpoint], step.arguments, fresh=fresh)

    return prepare


async def _plan(
    args: MakeMusicArgs, ctx: Context[Any, Any], audio: AudioLookup
) -> tuple[Any, float | None] | CallToolResult | InputRequiredResult:
    """The router's plan for the request and the length of the track it is about, asking the user
    one question (at most once) when the request is too vague to act on."""
    from ace_step_mcp.router import Plan, Request, find_track_ref, plan

    fields: dict[str, Any] = {k: getattr(args, k) for k in _PLAN_FIELDS}
    fields["deliverables"] = {  # what the made track is delivered as, and fades and cuts of a stored one
        k: getattr(args, k) for k in _DELIVERY_FIELDS if getattr(args, k) not in (None, False)
    }
    # 'three versions' in the words is checked against takes; only takes the agent passed (the default 1 would
    # silence the router's question about 'another one just like it').
    fields["takes"] = args.takes if "takes" in args.model_fields_set else None
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
    make, the calls in order, each on the track the one before made (confirmed once for their total,
    each capped when it starts)."""
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
    service.discard(request)  # never started: a clip staged for upload is not kept
    free = service.offline and not service.offer.preview  # a self-hosted server: its renders cost nothing
    plan_info["estimate_usd"] = 0.0 if free else round(request.estimate_usd * takes, 6)
    plan_info["takes"] = takes
    plan_info["body_hash"] = body_hash(endpoint.model_id, request.body)
    dry = TrackResult(
        status="plan", endpoint=first.tool, model_id=endpoint.model_id, estimate_usd=plan_info["estimate_usd"],
        plan=plan_info, offline_preview=bool(service.offline and service.offer.preview),
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


async def start_piece_task(app: ServerState, started: PieceStart) -> tuple[Any, JobView, Any] | CallToolResult:
    """A task runs the whole piece: its step that runs now is started here (the task's id is that
    job), and the rest is driven on the service's own task group, so the task's end is the piece's."""
    from ace_step_mcp.surface.state import PieceTask

    service, piece = started.service, started.piece
    try:
        chain = await run_piece(service, piece, wait_s=None, prepare_step=started.prepare_step, start_only=True)
    finally:
        await started.audio.release(started=piece.jobs[0] is not None)
    if chain.stopped is not None:
        return error_result(f"{chain.stopped} {piece.paid_sentence()}")
    job_id = chain.running_job or (chain.piece.jobs[-1] if chain.piece else None)
    view = await service.view(job_id) if job_id else None
    if view is None:
        return error_result(f"Plan {piece.plan_id} has no job to follow; call music_job with job_id '{piece.plan_id}'.")
    task = app.piece_tasks.setdefault(view.job_id, PieceTask(piece.plan_id))

    async def drive() -> None:
        try:
            task.chain = await run_piece(service, piece, wait_s=None, prepare_step=started.prepare_step)
        except AceStepError as exc:
            task.chain = exc
        finally:
            task.ended.set()

    service.spawn(drive)
    return service, view, started.args


def piece_task_result(app: ServerState, task: Any) -> CallToolResult:
    """What a piece's task ends with: the finished track (with its plan), or why it stopped, naming
    every track already made and paid for."""
    from ace_step_mcp.surface.calls import take_result, track_result

    chain = task.chain
    if not isinstance(chain, Chain) or chain.piece is None:
        return error_result(str(chain) if chain is not None else f"Plan {task.plan_id} did not finish.")
    if chain.stopped is not None or not chain.complete or chain.last is None:
        return error_result(f"{chain.stopped or 'The piece is not finished.'} {chain.piece.paid_sentence()}")
    outcome = track_result(app, take_result(chain.last.takes[0]), embed=False)
    if outcome.structured_content is not None:
        outcome.structured_content["plan"] = {
            "plan_id": chain.piece.plan_id, "steps_done": chain.steps_done, "tracks_made": list(chain.made),
            "total_estimate_usd": chain.piece.total_usd,
        }  # fmt: skip
    return outcome
