"""The four ACE Step endpoints: model ids, wire schemas, prices, limits and when to pick each.

The pydantic models here are the *wire* schemas exactly as the seed states them (what is POSTed to
RunComfy). The CLI, the MCP tools and the emulator all validate through `validate_body`, so a bad
value is refused with the same one-sentence message everywhere, before any money is spent.

Numbers are lax about JSON spelling ("60" and 60.0 are 60) but never accept booleans, NaN or
infinity. Tags and lyrics get generous length caps the seed does not state (2,000 and 20,000
characters), so that a runaway argument cannot be sent upstream.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ace_step_mcp.errors import InvalidInput

MAX_SECONDS = 240
MAX_SOURCE_SECONDS = 3600  # an edit's source: up to 60 minutes, as RunComfy documents
MIN_T2A_SECONDS = 5
SEED_MAX = 2_147_483_647
TAGS_MAX_CHARS = 2_000
LYRICS_MAX_CHARS = 20_000


def _no_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("bool")
    return value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


Num = Annotated[float, BeforeValidator(_no_bool)]
Int = Annotated[int, BeforeValidator(_no_bool)]
Text = Annotated[str, BeforeValidator(_strip)]

# Field descriptions are read by a model in every conversation (the tool list): a few words each; the
# name, type, range and default say the rest.
TAGS_DOC = "e.g. 'lo-fi hip-hop, mellow, rhodes, 75 BPM'"
LYRICS_DOC = "[Verse]/[Chorus] markers; '[inst]' for an instrumental."
SEED_DOC = "-1: random."


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_strip_whitespace=False)


class TextToAudioBody(_Wire):
    tags: Text = Field(min_length=1, max_length=TAGS_MAX_CHARS, description=TAGS_DOC)
    lyrics: Text | None = Field(None, max_length=LYRICS_MAX_CHARS, description=LYRICS_DOC)
    duration: Int = Field(
        60,
        ge=MIN_T2A_SECONDS,
        le=MAX_SECONDS,
        description="Seconds.",
    )
    seed: Int = Field(-1, ge=-1, le=SEED_MAX, description=SEED_DOC)


class InpaintBody(_Wire):
    audio: Text = Field(min_length=1, description="HTTPS URL (or data URI) of the MP3 / WAV / FLAC track to edit.")
    tags: Text = Field(
        min_length=1,
        max_length=TAGS_MAX_CHARS,
        description="Of the new section; reuse the original's to blend in.",
    )
    start_time: Num = Field(0, ge=0, le=MAX_SECONDS, description="Window start, s.")
    start_time_relative_to: Literal["start", "end"] = Field("start")
    end_time: Num = Field(30, ge=0, le=MAX_SECONDS, description="Window end, s.")
    end_time_relative_to: Literal["start", "end"] = Field("start")
    lyrics: Text | None = Field(None, max_length=LYRICS_MAX_CHARS, description=LYRICS_DOC)
    seed: Int = Field(-1, ge=-1, le=SEED_MAX, description=SEED_DOC)


class OutpaintBody(_Wire):
    audio: Text = Field(min_length=1, description="HTTPS URL (or data URI) of the MP3 / WAV / FLAC track to extend.")
    tags: Text = Field(
        min_length=1,
        max_length=TAGS_MAX_CHARS,
        description="Of the new intro/outro.",
    )
    extend_before_duration: Num = Field(0, ge=0, le=MAX_SECONDS, description="Seconds of intro.")
    extend_after_duration: Num = Field(30, ge=0, le=MAX_SECONDS, description="Seconds of outro.")
    lyrics: Text | None = Field(None, max_length=LYRICS_MAX_CHARS, description=LYRICS_DOC)
    seed: Int = Field(-1, ge=-1, le=SEED_MAX, description=SEED_DOC)


PRESERVE_DOC = "false: the raw render, not spliced."


class InpaintRequest(InpaintBody):
    """An inpaint as callers ask for it: times anywhere in a source of up to 60 minutes (the server
    sends the window inside its context, so the wire's 0-240 s apply to what is sent)."""

    start_time: Num = Field(
        0,
        ge=0,
        le=MAX_SOURCE_SECONDS,
    )
    end_time: Num = Field(
        30,
        ge=0,
        le=MAX_SOURCE_SECONDS,
    )
    preserve_original: bool = Field(True, description=PRESERVE_DOC)


class OutpaintRequest(OutpaintBody):
    preserve_original: bool = Field(True, description=PRESERVE_DOC)


# What ACE-Step 1.5 adds, on a self-hosted server (`backends/acestep15.py`): one whole source in, one new
# track out, never spliced. Track names are the model's own (ACE-Step-1.5 `acestep/constants.py`).
TrackName = Literal[
    "vocals", "backing_vocals", "drums", "bass", "guitar", "keyboard",
    "strings", "synth", "percussion", "brass", "woodwinds", "fx",
]  # fmt: skip
TRACK_NAMES: tuple[str, ...] = get_args(TrackName)
SOURCE_DOC = "HTTPS URL (or data URI) of the track to work from."


class StemBody(_Wire):
    audio: Text = Field(min_length=1, description=SOURCE_DOC)
    stem: TrackName = Field(description="The part to isolate.")


class CoverBody(_Wire):
    audio: Text = Field(min_length=1, description=SOURCE_DOC)
    tags: Text = Field(min_length=1, max_length=TAGS_MAX_CHARS, description="The new style.")
    lyrics: Text | None = Field(None, max_length=LYRICS_MAX_CHARS, description=LYRICS_DOC)
    strength: Num = Field(0.5, ge=0, le=1, description="How much of the source to keep: 1 close, 0.2 loose.")
    seed: Int = Field(-1, ge=-1, le=SEED_MAX, description=SEED_DOC)


class AddPartBody(_Wire):
    audio: Text = Field(min_length=1, description=SOURCE_DOC)
    stem: TrackName = Field(description="The part to add.")
    tags: Text = Field(min_length=1, max_length=TAGS_MAX_CHARS, description="How the new part sounds.")
    seed: Int = Field(-1, ge=-1, le=SEED_MAX, description=SEED_DOC)


Kind = Literal["text_to_audio", "inpaint", "outpaint", "stem", "cover", "add_part"]
SOURCE_KINDS = frozenset({"stem", "cover", "add_part"})  # a whole source in, a new track out


@dataclass(frozen=True)
class Endpoint:
    tool: str
    model_id: str
    title: str
    kind: Kind
    price_per_s: float
    body_model: type[_Wire]
    summary: str
    pick_for: str
    avoid_for: str
    request_model: type[_Wire] | None = None  # what callers send, when it is wider than the wire

    @property
    def caller_model(self) -> type[_Wire]:
        return self.request_model or self.body_model

    def generated_seconds(self, body: BaseModel, *, window_s: float | None = None) -> float:
        """Seconds of new audio a body asks for: what RunComfy bills, per the seed."""
        if isinstance(body, TextToAudioBody):
            return float(body.duration)
        if isinstance(body, OutpaintBody):
            return float(body.extend_before_duration + body.extend_after_duration)
        if isinstance(body, StemBody | CoverBody | AddPartBody):
            return window_s if window_s is not None else float(MAX_SECONDS)  # the source's length, once known
        if isinstance(body, InpaintBody):
            if window_s is not None:
                return window_s
            # Without the track length, anchored times cannot be resolved: bound it from above.
            return float(max(body.start_time, body.end_time)) or float(MAX_SECONDS)
        raise TypeError(type(body).__name__)

    def generated_seconds_of(self, body: dict[str, Any], window_s: float | None = None) -> float:
        """The same, from a stored wire body and an inpaint's resolved window (for jobs read back from
        the ledger)."""
        if window_s is not None:
            return window_s
        return self.generated_seconds(self.body_model.model_validate(body))

    def clip_fields(self, clip: dict[str, float]) -> dict[str, float | str]:
        """An edit plan's clip (`audio/splice.EditPlan.clip`) in this endpoint's wire fields."""
        if "start_s" in clip:
            return {
                "start_time": clip["start_s"],
                "start_time_relative_to": "start",
                "end_time": clip["end_s"],
                "end_time_relative_to": "start",
            }
        return {"extend_before_duration": clip["before_s"], "extend_after_duration": clip["after_s"]}

    def price_words(self, per: str = "second") -> str:
        """The price as tool descriptions say it: '$0.0002 per second'."""
        return f"${self.price_per_s:g} per {per}"

    def estimate_usd(self, body: BaseModel, *, window_s: float | None = None) -> float:
        return round(self.generated_seconds(body, window_s=window_s) * self.price_per_s, 6)


ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint(
        tool="text_to_audio",
        model_id="acestep-ai/ace-step/text-to-audio",
        title="ACE Step text-to-audio",
        kind="text_to_audio",
        price_per_s=0.0002,
        body_model=TextToAudioBody,
        summary=f"Generate a new {MIN_T2A_SECONDS}-{MAX_SECONDS} s stereo track from tags and optional lyrics with the original ACE Step.",
        pick_for="drafts, beds, jingles, game loops, instrumentals, cost-sensitive iteration",
        avoid_for="polished vocal hooks or lyrics not in English (text_to_audio_v15)",
    ),
    Endpoint(
        tool="text_to_audio_v15",
        model_id="acestep-ai/ace-step-1.5/text-to-audio",
        title="ACE Step 1.5 text-to-audio",
        kind="text_to_audio",
        price_per_s=0.0003,
        body_model=TextToAudioBody,
        summary=f"Generate a new {MIN_T2A_SECONDS}-{MAX_SECONDS} s stereo track with ACE Step 1.5: vocals in 50+ languages and cleaner "
        "song structure, at 1.5x the base price.",
        pick_for="lyrics not in English, hero-quality vocal songs, clean [Verse]/[Chorus] structure",
        avoid_for="cheap drafts, loops and instrumentals (text_to_audio)",
    ),
    Endpoint(
        tool="audio_inpaint",
        model_id="acestep-ai/ace-step/audio-inpaint",
        title="ACE Step audio inpaint",
        kind="inpaint",
        price_per_s=0.0002,
        body_model=InpaintBody,
        request_model=InpaintRequest,
        summary="Regenerate one time range inside an existing track and keep everything outside it untouched.",
        pick_for="fixing a chorus, swapping a bridge, replacing 0:20-0:40 or the last 15 s",
        avoid_for="making a track longer (audio_outpaint) or a new song (text_to_audio)",
    ),
    Endpoint(
        tool="audio_outpaint",
        model_id="acestep-ai/ace-step/audio-outpaint",
        title="ACE Step audio outpaint",
        kind="outpaint",
        price_per_s=0.0002,
        body_model=OutpaintBody,
        request_model=OutpaintRequest,
        summary="Extend an existing track with new audio before it (intro), after it (outro), or both, "
        "keeping the original untouched.",
        pick_for="an intro, an outro, a 30 s hook grown into a 2 min cut",
        avoid_for="changing audio inside the track (audio_inpaint)",
    ),
)

# Only a self-hosted ACE-Step 1.5 server offers these (RunComfy's ACE Step endpoints are the four above).
V15_ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint(
        tool="audio_stems",
        model_id="ace-step-1.5/extract",
        title="ACE-Step 1.5 stems",
        kind="stem",
        price_per_s=0.0,
        body_model=StemBody,
        summary="One part of a track (vocals, drums, bass...) as a new track; one stem per call, stems sum to the track.",
        pick_for="stems, an a cappella, a sample",
        avoid_for="changing the music (audio_cover, audio_inpaint)",
    ),
    Endpoint(
        tool="audio_cover",
        model_id="ace-step-1.5/cover",
        title="ACE-Step 1.5 cover",
        kind="cover",
        price_per_s=0.0,
        body_model=CoverBody,
        summary="Restyle a whole track in a new style, keeping its tempo and form.",
        pick_for="a jazz version, a remix in another genre",
        avoid_for="changing one section (audio_inpaint)",
    ),
    Endpoint(
        tool="audio_add_part",
        model_id="ace-step-1.5/lego",
        title="ACE-Step 1.5 add a part",
        kind="add_part",
        price_per_s=0.0,
        body_model=AddPartBody,
        summary="Add one instrument part (guitar, strings, drums, ...) over a whole track, mixed in.",
        pick_for="add a guitar line, strings or drums",
        avoid_for="isolating a part (audio_stems)",
    ),
)
ALL_ENDPOINTS: tuple[Endpoint, ...] = ENDPOINTS + V15_ENDPOINTS
BY_MODEL_ID: dict[str, Endpoint] = {e.model_id: e for e in ALL_ENDPOINTS}
BY_TOOL: dict[str, Endpoint] = {e.tool: e for e in ALL_ENDPOINTS}
RUNCOMFY_TOOLS = frozenset(e.tool for e in ENDPOINTS)


def endpoint_for_model(model_id: str) -> Endpoint:
    try:
        return BY_MODEL_ID[model_id]
    except KeyError:
        known = ", ".join(BY_MODEL_ID)
        raise InvalidInput(f"Unknown model '{model_id[:100]}'; use one of {known}.", field="model_id") from None


def validate_body(endpoint: Endpoint, raw: object) -> _Wire:
    """Validate a wire body, raising `InvalidInput` with one sentence naming field, value and range."""
    if not isinstance(raw, dict):
        raise InvalidInput(f"The input for {endpoint.model_id} must be a JSON object, not {type(raw).__name__}.")
    try:
        return endpoint.body_model.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(describe_error(endpoint.body_model, exc), field=_field_of(exc)) from None


def validate_request(endpoint: Endpoint, raw: object) -> _Wire:
    """Validate what a caller asks for (edit times up to 60 minutes, `preserve_original`), with the
    same one-sentence messages as `validate_body`."""
    if not isinstance(raw, dict):
        raise InvalidInput(f"The input for {endpoint.model_id} must be a JSON object, not {type(raw).__name__}.")
    model = endpoint.caller_model
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(describe_error(model, exc), field=_field_of(exc)) from None


def wire_dict(body: BaseModel) -> dict[str, Any]:
    """The JSON object to POST: defaults included (so the ledger records exactly what ran), None dropped."""
    return body.model_dump(mode="json", exclude_none=True)


def body_hash(model_id: str, body: Mapping[str, Any]) -> str:
    """A stable hash of what is POSTed to a model (the model id included), for dedupe and audit.

    The client, the ledger and the emulator each compute it from the same canonical JSON."""
    canonical = json.dumps({"model_id": model_id, **body}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _field_of(exc: ValidationError) -> str | None:
    errors = exc.errors()
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0] if errors else None)
    return ".".join(str(p) for p in err["loc"]) if err and err["loc"] else None


def _closest(name: str, fields: list[str]) -> str | None:
    """The accepted field a misspelt one most resembles (only names of field length are compared)."""
    import difflib

    if len(name) > 64:
        return None
    found = difflib.get_close_matches(name.lower(), fields, n=1, cutoff=0.7)
    return found[0] if found else None


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _words_or(values: list[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} or {values[-1]}"


def _kind_of(annotation: Any) -> tuple[str, list[Any]]:
    """A field's base kind (int, float, bool, str, literal, other) and its literal values."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is Literal:
        return "literal", list(get_args(annotation))
    if get_origin(annotation) is Annotated:
        return _kind_of(args[0])
    if args and get_origin(annotation) in (Union, UnionType):
        return _kind_of(args[0]) if len(args) == 1 else ("other", [])
    names = {int: "int", float: "float", bool: "bool", str: "str"}
    return names.get(annotation, "other"), []


def allowed_range(model: type[BaseModel], name: str) -> str:
    """A field's allowed values in words, from its own schema (so the message cannot drift from it)."""
    info = model.model_fields.get(name)
    if info is None:
        return "a value the schema accepts"
    lo = hi = None
    min_len = max_len = None
    for meta in info.metadata:
        lo = getattr(meta, "ge", lo)
        hi = getattr(meta, "le", hi)
        min_len = getattr(meta, "min_length", min_len)
        max_len = getattr(meta, "max_length", max_len)
    kind, values = _kind_of(info.annotation)
    if kind == "literal":
        return "one of " + _words_or([repr(v) for v in values])
    if kind == "bool":
        return "true or false"
    if kind in ("int", "float"):
        unit = "a whole number" if kind == "int" else "a number"
        if lo is not None and hi is not None:
            return f"{unit} from {lo} to {hi}"
        if lo is not None:
            return f"{unit} of at least {lo}"
        return unit
    if kind == "str":
        need = "a non-empty string" if min_len else "a string"
        return f"{need} of at most {max_len:,} characters" if max_len is not None else need
    return "a value of the right type"


def describe_error(model: type[BaseModel], exc: ValidationError) -> str:
    """Turn pydantic's first error into one sentence: the field, the value, the allowed range. A
    misspelt field comes first, with the field it resembles: `tagz` given for `tags` is that, not
    "`tags` is required"."""
    errors = exc.errors()
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    name = ".".join(str(p) for p in err["loc"]) or "input"
    kind = err["type"]
    allowed_fields = ", ".join(model.model_fields)
    if kind == "missing":
        return f"`{name}` is required; give {allowed_range(model, name)}."
    if kind == "extra_forbidden":
        shown = name if len(name) <= 60 else name[:57] + "..."
        near = _closest(name, list(model.model_fields))
        if near:
            return f"`{shown}` is not an accepted field; did you mean `{near}`?"
        return f"`{shown}` is not an accepted field; the accepted fields are {allowed_fields}."
    rng = allowed_range(model, name)
    return f"`{name}` is {_show(err.get('input'))} but must be {rng}."
