"""What a model sees of each tool: argument models, descriptions, the result shape and summary.

The argument models extend the wire models of `endpoints.py` with the few options that belong
to us (`embed_audio`, `fresh`), and `audio` widens from "a URL" to anything `audio.py` resolves.
Their JSON Schema is published as the tool's input schema; the same models validate the call,
so the schema a model reads and the check it meets cannot drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ace_step_mcp.endpoints import (
    BY_TOOL,
    MAX_SECONDS,
    MAX_SOURCE_SECONDS,
    MIN_T2A_SECONDS,
    AddPartBody,
    CoverBody,
    InpaintRequest,
    OutpaintRequest,
    StemBody,
    Text,
    TextToAudioBody,
)
from ace_step_mcp.jobs.tracks import track_uri

if TYPE_CHECKING:
    from ace_step_mcp.ports.values import JobView

AUDIO_DOC = "A track id (trk_...), music://tracks/{id}, a file path under the allowed folders, an https or data: URL."


class CallOptions(BaseModel):
    """The options that belong to us, not to the wire: how to return the result and spend money."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    embed_audio: bool = False
    fresh: bool = Field(False, description="Paid re-render, no reuse.")
    wait_s: float | None = Field(
        None,
        ge=0,
        le=3600,
    )
    confirm_spend: str | None = Field(
        None,
        max_length=64,
        description="A refusal's cf_... code, after the user approved.",
    )


class Deliverable(BaseModel):
    """What the user gets from the master: the format, loudness and looping of the track file."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    output_format: Literal["wav", "flac", "mp3", "ogg"] | None = Field(None, description="Default: as rendered.")
    bitrate_kbps: int | None = Field(None, ge=32, le=320)
    loudness_lufs: float | None = Field(
        None,
        ge=-40,
        le=-5,
        description="e.g. -14",
    )
    loop: bool = Field(False, description="Seamless, whole bars.")

    def wanted(self) -> bool:
        return self.output_format is not None or self.loudness_lufs is not None or self.loop

    def deliverable(self) -> dict[str, Any]:
        return self.model_dump(include=set(Deliverable.model_fields))


class GeneratingArgs(CallOptions):
    """A generating tool's arguments: a wire body plus our options. The edit tools' results are masters
    (a deliverable of one is process_track's, or make_music's options): their schemas carry no
    deliverable options, which would cost every conversation's tool list twice more."""

    takes: int = Field(1, ge=1, le=4, description="Each paid; best first.")

    def wire(self) -> dict[str, Any]:
        """The wire body's fields only (audio still as the caller wrote it)."""
        return self.model_dump(exclude={*CallOptions.model_fields, *Deliverable.model_fields, "takes"})


class ProcessArgs(Deliverable):
    track: str = Field(min_length=1, description="Track id (trk_...) or music://tracks/{id}.")
    fade_in_s: float = Field(0, ge=0, le=60)
    fade_out_s: float = Field(0, ge=0, le=60)
    trim_start_s: float = Field(0, ge=0, le=3600)
    trim_end_s: float = Field(0, ge=0, le=3600)


class TextToAudioArgs(GeneratingArgs, Deliverable, TextToAudioBody):
    pass


class InpaintArgs(GeneratingArgs, InpaintRequest):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


class OutpaintArgs(GeneratingArgs, OutpaintRequest):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


class StemArgs(GeneratingArgs, StemBody):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)
    takes: int = Field(1, ge=1, le=1)


class CoverArgs(GeneratingArgs, CoverBody):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


class AddPartArgs(GeneratingArgs, AddPartBody):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


ARGS: dict[str, type[GeneratingArgs]] = {
    "text_to_audio": TextToAudioArgs,
    "text_to_audio_v15": TextToAudioArgs,
    "audio_inpaint": InpaintArgs,
    "audio_outpaint": OutpaintArgs,
    "audio_stems": StemArgs,
    "audio_cover": CoverArgs,
    "audio_add_part": AddPartArgs,
}


class TrackResult(BaseModel):
    """completed: a track (its fields set); running: the job goes on (see next_step); plan: a dry run."""

    status: Literal["completed", "running", "plan"] = "completed"
    job_id: str | None = None
    endpoint: str
    model_id: str
    request_id: str | None = None
    track_id: str | None = None
    uri: str | None = None
    path: str | None = None
    duration_s: float | None = None
    format: str | None = None
    sample_rate: int | None = None
    channels: int | None = None
    seed: int | None = None
    cost_usd: float | None = None
    estimate_usd: float | None = None
    source_url: str | None = None
    parent_track_id: str | None = None
    edit: dict[str, Any] | None = None
    deduplicated: bool = False
    offline_preview: bool = False
    elapsed_s: float | None = None
    expected_s: float | None = None
    queue_position: int | None = None
    next_step: str | None = None
    note: str | None = None  # running: a fault being retried (e.g. a full disk), and what to do
    plan: dict[str, Any] | None = None  # make_music: the endpoint, arguments, estimate and why
    analysis: dict[str, Any] | None = None  # bpm, bpm_confidence, key, key_confidence, lufs, true_peak_db, clipping
    requested: dict[str, Any] | None = None  # the tempo / key the tags asked for
    matches: dict[str, bool] | None = None  # whether the track measures as asked
    master_track_id: str | None = None  # the render as it came, kept, when this track is a deliverable of it
    takes: list[dict[str, Any]] | None = None  # takes > 1: every take's result, best match first


class MakeMusicArgs(CallOptions, Deliverable):
    request: str = Field(
        min_length=1,
        max_length=4000,
        description="The user's words as written (lyrics and all).",
    )
    audio: str | None = Field(None, description="For edits: the track (trk_..., music://tracks/{id}, a path or URL).")
    tags: str | None = Field(None, description="Overrides the request's.")
    lyrics: str | None = Field(None, description="Overrides the request's; '[inst]': none.")
    duration: int | None = Field(
        None,
        ge=MIN_T2A_SECONDS,
        le=MAX_SOURCE_SECONDS,
        description="New track length, s.",
    )
    seed: int | None = Field(None, ge=-1, le=2_147_483_647)
    start_time: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Edit window, s from the start.")
    end_time: float | None = Field(None, ge=0, le=MAX_SECONDS)
    extend_before: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Seconds of intro.")
    extend_after: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Seconds of outro.")
    quality: Literal["draft", "polished"] | None = Field(None, description="draft: base model; polished: ACE Step 1.5.")
    instrumental: bool | None = None
    vocal_language: str | None = Field(None, max_length=40, description="'ja', 'es', ...")
    fade_in_s: float | None = Field(None, ge=0, le=60)
    fade_out_s: float | None = Field(None, ge=0, le=60)
    trim_start_s: float | None = Field(None, ge=0, le=3600)
    trim_end_s: float | None = Field(None, ge=0, le=3600)
    takes: int = Field(1, ge=1, le=4, description="Each paid; best first.")
    dry_run: bool = Field(False, description="The plan and its cost only; nothing paid.")


class MusicJobArgs(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    action: Literal["status", "wait", "result", "cancel", "list"]
    job_id: str | None = Field(None, description="job_... or pln_...; not for list.")
    wait_s: float | None = Field(None, ge=0, le=600, description="Only for wait (default: the server's).")
    limit: int | None = Field(None, ge=1, le=100, description="Only for list (default 10).")


class JobList(BaseModel):
    jobs: list[dict[str, Any]]


def compact_schema(node: Any) -> Any:
    """The same JSON Schema in fewer tokens (every client sends the tool list to the model in every
    conversation): no generated titles, no `"default": null` and no `"additionalProperties": true` (the
    defaults). A nullable field stays pydantic's `{"anyOf": [X, {"type": "null"}]}`: the form strict
    clients (the Inspector's `--strict`) accept, where a type array draws a warning. What it accepts is
    unchanged."""
    if isinstance(node, list):
        return [compact_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: compact_schema(v) for k, v in node.items() if k != "title" or not isinstance(v, str)}
    if "default" in out and out["default"] is None:
        out.pop("default")
    if out.get("additionalProperties") is True:  # JSON Schema's default
        out.pop("additionalProperties")
    return out


def schema_of(model: type[BaseModel]) -> dict[str, Any]:
    schema: dict[str, Any] = compact_schema(model.model_json_schema())
    return schema


MONEY_FIELDS = ("confirm_spend", "fresh")  # nothing to confirm or re-pay where renders are free


def input_schema(tool: str, backend: str = "runcomfy") -> dict[str, Any]:
    """A tool's published schema. On a self-hosted 1.5 server (free renders) the money options are left
    out: every conversation's tool list is shorter, and the model is not told of spend that cannot happen
    (the arguments still validate against the whole model, so a call that sends them is not refused)."""
    return without_money(schema_of(ARGS[tool]), backend)


def without_money(schema: dict[str, Any], backend: str) -> dict[str, Any]:
    if backend != "acestep15":
        return schema
    return {**schema, "properties": {k: v for k, v in schema["properties"].items() if k not in MONEY_FIELDS}}


def output_schema() -> dict[str, Any]:
    """The whole result shape (`TrackResult`), for `music://endpoints`-style readers and the tests."""
    return schema_of(TrackResult)


def _nullable(kind: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}]}


# What every tool that returns a track declares as its output: the fields a client acts on, the rest of
# `TrackResult` left open. The whole schema (1,633 characters) on each of seven tools cost more of the
# tool list than all their descriptions; this one costs a fifth of it.
RESULT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "status": {"type": "string", "description": "completed, running (music_job follows job_id) or plan"},
        "track_id": _nullable("string"),
        "uri": _nullable("string"),
        "job_id": _nullable("string"),
        "duration_s": _nullable("number"),
        "cost_usd": _nullable("number"),
        "next_step": _nullable("string"),
    },
}


_TIPS_T2A = "Tags drive the sound (genre, mood, instruments, BPM); lyrics '[inst]' for an instrumental."

DESCRIPTIONS: dict[str, str] = {
    "text_to_audio": (
        "A new track ({min}-{max} s) from tags and optional lyrics with ACE Step: the cheap default ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n" + _TIPS_T2A
    ),
    "text_to_audio_v15": (
        "A new track ({min}-{max} s) with ACE Step 1.5: vocals in 50+ languages, cleaner song structure ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n" + _TIPS_T2A + " Name the lyrics' language in the "
        "tags ('japanese vocal')."
    ),
    "audio_inpaint": (
        "Regenerate one time range of a track (up to {src_min} min), the rest kept unchanged ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n"
        "Window start_time..end_time, at most {max} s; the last 15 s is start_time=15, start_time_relative_to='end', "
        "end_time=0, end_time_relative_to='end'."
    ),
    "audio_outpaint": (
        "Add new audio before and/or after a track (up to {src_min} min), the original kept unchanged ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n"
        "Up to {max} s per call; chain calls for more."
    ),
    "audio_stems": "{summary} Up to 600 s.\nPick it for: {pick}.\nDo not pick it for: {avoid}.",
    "audio_cover": "{summary} Up to 600 s.\nPick it for: {pick}.\nDo not pick it for: {avoid}.",
    "audio_add_part": "{summary} Up to 600 s.\nPick it for: {pick}.\nDo not pick it for: {avoid}.",
}
SELF_HOSTED_PRICE = "free: your own ACE-Step 1.5 server"


def description(tool: str, backend: str = "runcomfy") -> str:
    endpoint = BY_TOOL[tool]
    per = {"audio_inpaint": "regenerated second", "audio_outpaint": "added second"}.get(tool, "second")
    hosted = backend == "acestep15"
    only_t2a = hosted and tool == "text_to_audio_v15"  # the one new-track tool a 1.5 server has
    text = DESCRIPTIONS[tool].format(
        summary=endpoint.summary,
        pick="any new track" if only_t2a else endpoint.pick_for,
        avoid="changing a track (audio_inpaint)" if only_t2a else endpoint.avoid_for,
        price=SELF_HOSTED_PRICE if hosted or endpoint.price_per_s == 0 else endpoint.price_words(per),
        min=10 if hosted else MIN_T2A_SECONDS,
        max=MAX_SECONDS,
        src_min=MAX_SOURCE_SECONDS // 60,
    )
    if hosted:  # the server's instructions say renders are free; each description need not
        text = text.replace(f" ({SELF_HOSTED_PRICE})", "").replace(f", {SELF_HOSTED_PRICE})", ")")
        text = text.replace(" (text_to_audio)", "")
    return text


def instructions(wait_s: float, backend: str = "runcomfy") -> str:
    """The server's instructions, with the wait this operator set."""
    if backend == "acestep15":
        return _instructions_self_hosted(wait_s)
    base, v15 = BY_TOOL["text_to_audio"], BY_TOOL["text_to_audio_v15"]
    return f"""\
ace-step-mcp makes music with ACE Step on RunComfy.
- New track: text_to_audio (cheap default, ${base.price_per_s:g}/s) or text_to_audio_v15 (non-English lyrics and \
polished vocals, ${v15.price_per_s:g}/s). {MIN_T2A_SECONDS}-{MAX_SECONDS} s per call.
- Edit a track: audio_inpaint regenerates a time range; audio_outpaint adds an intro and/or outro. \
Pass the earlier result's track id as `audio`; tracks up to {MAX_SOURCE_SECONDS // 60} min, {MAX_SECONDS} s of new audio per \
call (chain outpaints to grow a song). Outside the edit the original's samples are kept bit for bit.
- Every result has a track id and a music://tracks/{{id}} resource (the audio) plus \
music://tracks/{{id}}/info (metadata and lineage). music://endpoints lists limits and prices.
- Renders take seconds to a few minutes; progress is reported while they run. A call waits at most `wait_s` \
({wait_s:g} s on this server) and then returns status "running" with a job_id: the render goes on, and music_job \
(action "wait" or "result") fetches the track. Never resubmit a running job: that pays twice.
- Costs: 60 s is about ${60 * base.price_per_s:.3f} (base) or ${60 * v15.price_per_s:.3f} (1.5). Calls above the \
operator's threshold ask the user first.
"""


def _instructions_self_hosted(wait_s: float) -> str:
    return f"""\
ace-step-mcp makes music with a self-hosted ACE-Step 1.5 server; renders cost nothing here.
- New track: text_to_audio_v15, 10-{MAX_SECONDS} s per call.
- Edit a track: audio_inpaint regenerates a time range; audio_outpaint adds an intro and/or outro (the original's \
samples outside the edit are kept bit for bit by this server's splice). Where listed: audio_stems isolates a part, \
audio_cover restyles a whole track, audio_add_part adds an instrument. Pass an earlier result's track id as `audio`.
- Every result has a track id and a music://tracks/{{id}} resource; music://tracks/{{id}}/info has its lineage.
- A call waits at most `wait_s` ({wait_s:g} s here), then returns status "running" with a job_id; music_job \
("wait" or "result") fetches the track. The server has no cancel: a cancelled job still renders.
"""


def result_of(view: JobView) -> TrackResult:
    """The structured result of a job that ended with a track."""
    t = view.track
    assert t is not None
    return TrackResult(
        estimate_usd=view.estimate_usd,
        track_id=t.track_id,
        uri=track_uri(t.track_id),
        path=t.path,
        duration_s=round(t.duration_s, 3) if t.duration_s is not None else None,
        format=t.format,
        sample_rate=t.sample_rate,
        channels=t.channels,
        endpoint=t.tool or view.endpoint.tool,
        model_id=t.model_id or view.endpoint.model_id,
        request_id=t.request_id,
        job_id=view.job_id,
        seed=t.seed,
        cost_usd=0.0 if t.offline else t.cost_usd,  # an offline preview costs nothing
        source_url=t.source_url,
        parent_track_id=t.parent_track_id,
        edit=t.edit.record() if t.edit else None,
        deduplicated=view.deduplicated,
        offline_preview=t.offline,
        **measured(t.analysis, (t.params or {}).get("tags")),
    )


def measured(analysis: dict[str, Any] | None, tags: Any) -> dict[str, Any]:
    """A result's analysis, and what the tags asked for and whether it matches."""
    from ace_step_mcp.audio.analysis import Analysis, compare

    if not analysis:
        return {}
    requested, matches = compare(str(tags) if tags else None, Analysis(**analysis))
    return {"analysis": analysis, "requested": requested or None, "matches": matches or None}


def running_summary(result: TrackResult) -> str:
    where = f", queue position {result.queue_position}" if result.queue_position else ""
    prefix = "OFFLINE PREVIEW: " if result.offline_preview else ""
    return (
        f"{prefix}Still rendering after {result.elapsed_s:.0f} s (about {result.expected_s:.0f} s expected{where}); "
        f"it goes on, and its track is stored when done."
        + (f" Meanwhile: {result.note}" if result.note else "")
        + f" {result.next_step}"
    )


def summary(result: TrackResult) -> str:
    """One line for a person: what was made, how long, what it cost, where it is."""
    what = {
        "text_to_audio": "Generated",
        "text_to_audio_v15": "Generated (ACE Step 1.5)",
        "audio_inpaint": "Inpainted",
        "audio_outpaint": "Outpainted",
    }.get(result.endpoint, "Made")
    dur = f"{result.duration_s:.1f} s" if result.duration_s is not None else "unknown length"
    prefix = "OFFLINE PREVIEW (bundled emulator, not ACE Step): " if result.offline_preview else ""
    seed = f", seed {result.seed}" if result.seed is not None else ""
    fmt = (result.format or "audio").upper()
    heard = ""
    if result.analysis:
        from ace_step_mcp.audio.analysis import summary_words

        heard = f" Measured: {summary_words(result.analysis, result.requested or {}, result.matches or {})}."
    return (
        f"{prefix}{what}{_edit_words(result)}: {result.track_id}, {dur} {fmt}{seed}, {_cost_words(result)}"
        f"{f'; saved at {result.path}' if result.path else ''}.{_kept_words(result)}{heard}"
    )


def _edit_words(result: TrackResult) -> str:
    edit = result.edit or {}
    source = result.parent_track_id or "the given audio"  # a file, URL or data URI has no track id
    if edit.get("type") == "inpaint":
        return f" {edit['start_s']:g}-{edit['end_s']:g} s of {source}"
    if edit.get("type") == "outpaint":
        return f" {source} (+{edit['before_s']:g} s before, +{edit['after_s']:g} s after)"
    return ""


def _cost_words(result: TrackResult) -> str:
    if result.deduplicated:
        return "no charge (reused an identical earlier render)"
    if result.offline_preview:
        return f"free (on RunComfy about ${result.estimate_usd or 0:.4f})"
    return f"${result.cost_usd:.4f}" if result.cost_usd is not None else "cost unknown"


def _kept_words(result: TrackResult) -> str:
    """Whether an edit kept the original outside its window, and what was sent."""
    edit = result.edit or {}
    if "spliced" not in edit:
        return ""
    sent = edit.get("sent") or {}
    how = f"; sent {sent.get('seconds', 0):g} s ({sent.get('as', '?')})" if sent else ""
    if edit["spliced"]:
        return f" Original kept bit for bit outside the edit ({edit.get('crossfade_ms', 0):g} ms crossfades{how})."
    return f" This is {edit.get('result', 'the render as returned')}{how}."
