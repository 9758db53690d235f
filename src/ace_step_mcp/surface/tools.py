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
    InpaintRequest,
    OutpaintRequest,
    Text,
    TextToAudioBody,
)
from ace_step_mcp.jobs.tracks import track_uri

if TYPE_CHECKING:
    from ace_step_mcp.ports.values import JobView

AUDIO_DOC = (
    "The track to edit: a track id (trk_...) or music://tracks/{id} from an earlier call, a local file "
    "path or file:// URI (MP3/WAV/FLAC under the folders this server may read), an https URL, or a "
    "data:audio/...;base64 URI."
)


class CallOptions(BaseModel):
    """The options that belong to us, not to the wire: how to return the result and spend money."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    embed_audio: bool = Field(False, description="Also return small audio inline; normally read the resource.")
    fresh: bool = Field(False, description="Render again (paid) even if an identical fixed-seed call ran recently.")
    wait_s: float | None = Field(
        None,
        ge=0,
        le=3600,
        description="Seconds to wait before returning a running job handle (it goes on; music_job fetches it).",
    )
    confirm_spend: str | None = Field(
        None,
        max_length=64,
        description="Only after the user approved the cost: the code (cf_...) the refusal of this exact call gave.",
    )


class Deliverable(BaseModel):
    """What the user gets from the master: the format, loudness and looping of the track file."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    output_format: Literal["wav", "flac", "mp3", "ogg"] | None = Field(
        None, description="File format; default as rendered (WAV). The render is kept as the master."
    )
    bitrate_kbps: int | None = Field(None, ge=32, le=320, description="mp3/ogg bitrate (default 192/160).")
    loudness_lufs: float | None = Field(
        None,
        ge=-40,
        le=-5,
        description="Normalise to this loudness, e.g. -14 for streaming (true peak kept under -1 dBTP).",
    )
    loop: bool = Field(False, description="Make the end flow seamlessly into the start (whole bars).")

    def wanted(self) -> bool:
        return self.output_format is not None or self.loudness_lufs is not None or self.loop

    def deliverable(self) -> dict[str, Any]:
        return self.model_dump(include=set(Deliverable.model_fields))


class GeneratingArgs(CallOptions, Deliverable):
    """A generating tool's arguments: a wire body plus our options."""

    takes: int = Field(
        1, ge=1, le=4, description="Renders with distinct seeds in one call (each paid); best match first."
    )

    def wire(self) -> dict[str, Any]:
        """The wire body's fields only (audio still as the caller wrote it)."""
        return self.model_dump(exclude={*CallOptions.model_fields, *Deliverable.model_fields, "takes"})


class ProcessArgs(Deliverable):
    track: str = Field(min_length=1, description="The track id (trk_...) or music://tracks/{id} to process.")
    fade_in_s: float = Field(0, ge=0, le=60, description="Fade-in length in seconds.")
    fade_out_s: float = Field(0, ge=0, le=60, description="Fade-out length in seconds.")
    trim_start_s: float = Field(0, ge=0, le=3600, description="Seconds cut from the start.")
    trim_end_s: float = Field(0, ge=0, le=3600, description="Seconds cut from the end.")


class TextToAudioArgs(GeneratingArgs, TextToAudioBody):
    pass


class InpaintArgs(GeneratingArgs, InpaintRequest):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


class OutpaintArgs(GeneratingArgs, OutpaintRequest):
    audio: Text = Field(min_length=1, description=AUDIO_DOC)


ARGS: dict[str, type[GeneratingArgs]] = {
    "text_to_audio": TextToAudioArgs,
    "text_to_audio_v15": TextToAudioArgs,
    "audio_inpaint": InpaintArgs,
    "audio_outpaint": OutpaintArgs,
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
        description="What the user asked for, in their words and language: 'a 90 s lo-fi bed', 'replace "
        "0:20-0:40 with a piano breakdown', 'add a 30 s intro'. Lyrics may follow 'lyrics:' or [Verse] markers.",
    )
    audio: str | None = Field(None, description=AUDIO_DOC + " Give it for edits and extensions.")
    tags: str | None = Field(None, description="Tags to use instead of the ones read from the request.")
    lyrics: str | None = Field(None, description="Lyrics to use instead of any in the request; '[inst]' for none.")
    duration: int | None = Field(
        None,
        ge=MIN_T2A_SECONDS,
        le=MAX_SOURCE_SECONDS,
        description=f"New track length, s ({MIN_T2A_SECONDS}-{MAX_SOURCE_SECONDS}).",
    )
    seed: int | None = Field(None, ge=-1, le=2_147_483_647, description="Fix it to reproduce a result.")
    start_time: float | None = Field(
        None, ge=0, le=MAX_SECONDS, description="Edit window start, seconds from the start."
    )
    end_time: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Edit window end, seconds from the start.")
    extend_before: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Seconds to add before the track.")
    extend_after: float | None = Field(None, ge=0, le=MAX_SECONDS, description="Seconds to add after the track.")
    quality: Literal["draft", "polished"] | None = Field(
        None, description="'draft' forces the cheap base model; 'polished' forces ACE Step 1.5."
    )
    instrumental: bool | None = Field(None, description="true: no vocals.")
    vocal_language: str | None = Field(None, max_length=40, description="Language sung in: 'ja', 'es', ...")
    fade_in_s: float | None = Field(None, ge=0, le=60, description="Of a track: fade-in, s.")
    fade_out_s: float | None = Field(None, ge=0, le=60, description="Of a track: fade-out, s.")
    takes: int = Field(1, ge=1, le=4, description="Renders with distinct seeds (each paid); best first.")
    dry_run: bool = Field(False, description="Only return the plan and its cost; nothing is submitted or paid.")


class MusicJobArgs(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    action: Literal["status", "wait", "result", "cancel", "list"] = Field(
        description="status: where a job is now (read-only). wait: wait up to wait_s for it to finish. "
        "result: the finished track (read-only). cancel: stop a job that is still queued (a running job "
        "cannot be stopped and is billed). list: recent jobs with state and cost (read-only)."
    )
    job_id: str | None = Field(
        None,
        description="A job id (job_...) or plan id (pln_...); not for list.",
    )
    wait_s: float | None = Field(
        None, ge=0, le=600, description="Only for wait: seconds to wait (default: the server's)."
    )
    limit: int | None = Field(None, ge=1, le=100, description="Only for list: how many jobs, default 10.")


class JobList(BaseModel):
    jobs: list[dict[str, Any]]


def compact_schema(node: Any) -> Any:
    """The same JSON Schema in fewer tokens (every client sends the tool list to the model in every
    conversation): no generated titles, `{"anyOf": [X, null]}` as `X` with `"null"` among its types,
    no `"default": null` and no `"additionalProperties": true` (the defaults). What it accepts is unchanged."""
    if isinstance(node, list):
        return [compact_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = _nullable_as_type({k: compact_schema(v) for k, v in node.items() if k != "title" or not isinstance(v, str)})
    if "default" in out and out["default"] is None:
        out.pop("default")
    if out.get("additionalProperties") is True:  # JSON Schema's default
        out.pop("additionalProperties")
    return out


def _nullable_as_type(out: dict[str, Any]) -> dict[str, Any]:
    options = out.get("anyOf")
    if not (isinstance(options, list) and len(options) == 2 and {"type": "null"} in options):
        return out
    other = next(o for o in options if o != {"type": "null"})
    if not (isinstance(other, dict) and isinstance(other.get("type"), str) and "anyOf" not in other):
        return out
    out.pop("anyOf")
    out = {**other, **out, "type": [other["type"], "null"]}
    if "enum" in out:  # null is a value of the field too
        out["enum"] = [*out["enum"], None]
    return out


def schema_of(model: type[BaseModel]) -> dict[str, Any]:
    schema: dict[str, Any] = compact_schema(model.model_json_schema())
    return schema


def input_schema(tool: str) -> dict[str, Any]:
    return schema_of(ARGS[tool])


def output_schema() -> dict[str, Any]:
    return schema_of(TrackResult)


_TIPS_T2A = (
    "Tips: tags do the heavy lifting, so be specific about genre, mood, instruments and put the tempo in "
    "them ('lo-fi hip-hop, mellow, rhodes piano, soft drums, 75 BPM'). For vocals write lyrics with "
    "[Verse] / [Chorus] / [Bridge] / [Outro] markers; for an instrumental use lyrics '[inst]' and add "
    "'no vocals' to tags. Fix `seed` to reproduce a result. Longest single call: {max} s."
)

DESCRIPTIONS: dict[str, str] = {
    "text_to_audio": (
        "Generate a new music track ({min}-{max} s, stereo) from tags and optional lyrics with ACE Step, the cheap "
        "and fast default ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n" + _TIPS_T2A + "\n"
        "Returns a track id and a music://tracks/{{id}} resource link; pass the id as `audio` to "
        "audio_inpaint or audio_outpaint to edit the track."
    ),
    "text_to_audio_v15": (
        "Generate a new music track ({min}-{max} s, stereo) with ACE Step 1.5: vocals in 50+ languages and cleaner "
        "song structure ({price}).\n"
        "Pick it for: {pick}.\nDo not pick it for: {avoid}.\n" + _TIPS_T2A + " For another language, write "
        "the lyrics in that language and name it in the tags ('japanese vocal, j-pop').\n"
        "Returns a track id and a music://tracks/{{id}} resource link."
    ),
    "audio_inpaint": (
        "Regenerate one time range of an existing track and keep everything outside it unchanged ({price}).\nPick it for: {pick}.\nDo not pick it for: {avoid}.\n"
        "The window is start_time..end_time in seconds; each can count from the track's start (default) or, "
        "with *_relative_to='end', back from its end: the last 15 s is start_time=15, "
        "start_time_relative_to='end', end_time=0, end_time_relative_to='end'. Tracks up to {src_min} min, windows up to "
        "{max} s. Use tags that match the "
        "original so the new section blends in; lyrics '[inst]' keeps it instrumental.\n"
        "Returns a new track id (the original is kept) whose info names its parent and the edit."
    ),
    "audio_outpaint": (
        "Extend an existing track with new audio before it, after it, or both, keeping the original "
        "unchanged ({price}).\nPick it for: {pick}.\nDo not pick it for: {avoid}.\n"
        "Set extend_before_duration for an intro and extend_after_duration for an outro (seconds, 0-{max}). "
        "Tracks up to {src_min} min; one call adds a little under {max} s, so chain calls for more. Tags describe the new sections, not the original.\n"
        "Returns a new track id (the original is kept) whose info names its parent and the edit."
    ),
}


def description(tool: str) -> str:
    endpoint = BY_TOOL[tool]
    per = {"audio_inpaint": "regenerated second", "audio_outpaint": "added second"}.get(tool, "second")
    return DESCRIPTIONS[tool].format(
        pick=endpoint.pick_for,
        avoid=endpoint.avoid_for,
        price=endpoint.price_words(per),
        min=MIN_T2A_SECONDS,
        max=MAX_SECONDS,
        src_min=MAX_SOURCE_SECONDS // 60,
    )


def instructions(wait_s: float) -> str:
    """The server's instructions, with the wait this operator set."""
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
        f"the job keeps running and its track will be stored. {result.next_step}"
        + (f" Meanwhile: {result.note}" if result.note else "")
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
        f"{prefix}{what}{_edit_words(result)}: {result.track_id}, {dur} {fmt}{seed}, {_cost_words(result)}; "
        f"saved at {result.path}.{_kept_words(result)}{heard}"
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
