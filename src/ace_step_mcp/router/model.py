"""What the router takes and gives: a request, a plan, or the one question to ask instead."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Plan:
    tool: str
    arguments: dict[str, Any]
    rationale: list[str] = field(default_factory=list)
    deliver: dict[str, Any] = field(default_factory=dict)  # format, loudness, loop for the made track
    defaults: list[str] = field(default_factory=list)  # what the request did not say and the plan assumed
    takes: int | None = None  # renders of the same request the words ask for ('three versions'), each paid

    def why(self) -> str:
        return "; ".join(self.rationale)


@dataclass(frozen=True)
class Question:
    """The one thing to ask the user before anything can be planned."""

    text: str
    kind: str  # window | extension | audio | edit_or_extend | tags | clarify
    fields: tuple[str, ...] = ()  # the make_music fields whose values would settle it


@dataclass
class Request:
    request: str
    audio: str | None = None
    audio_length_s: float | None = None
    tags: str | None = None
    lyrics: str | None = None
    duration: int | None = None
    seed: int | None = None
    start_time: float | None = None
    end_time: float | None = None
    extend_before: float | None = None
    extend_after: float | None = None
    quality: str | None = None  # draft | polished
    source_tags: str | None = None  # tags of the track being edited, when it is one of ours
    instrumental: bool | None = None  # the agent read "no vocals" (True) or vocals (False)
    vocal_language: str | None = None  # the agent read the language to sing in: "ja", "Japanese", ...
    # Deliverable fields the agent passed (output_format, loudness_lufs, loop, fade_in_s, trim_end_s, ...).
    deliverables: dict[str, Any] | None = None
    takes: int | None = None  # renders of the same request the agent asked for
    written: str | None = None  # (set by the router) the request as written, before its numbers and units were read
