"""Edits of any length: what goes upstream, and the splice that keeps the original's own samples.

RunComfy's inpaint and outpaint (ACE-Step v1) take a clip of at most 240 s and give back the whole
clip re-synthesised at 48 kHz stereo: outside the edit it is the autoencoder's copy of the input,
not the input. So an edit is done in three steps:

1. `plan_inpaint` / `plan_outpaint` decide what to send: the whole source when it fits the wire's
   240 s, else only the window with context on each side (inpaint), or the end being extended with
   context (outpaint; both ends at once are sent as head + tail, one clip). Times in the plan are
   source seconds; the wire times are rewritten relative to what is sent.
2. `write_clip` cuts what is sent out of the source, streaming, as FLAC.
3. `splice` assembles the result: every source frame outside the edit is copied unchanged in the
   source's own sample format, rate and channel count; the upstream render is resampled (soxr) to
   match and used inside the edit; at each seam an equal-power crossfade over a few tens of ms of
   the *original* side blends from the source into the render's copy of it (so the new audio is
   whole, and the bit-exact region ends exactly `crossfade_s` before the window).

Everything streams in blocks: a 60-minute source is never held in memory, as samples or floats.
Blocking: run these in a worker thread.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from ace_step_mcp.errors import InvalidInput

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


@dataclass(frozen=True)
class EditLimits:
    """What one render of the backend allows: the longest clip it takes and gives back, and the
    longest source an edit may start from (the splice puts the render back into it)."""

    max_clip_s: float
    max_source_s: float


BLOCK = 1 << 16  # frames per block read or written
# Containers whose samples an edit's result keeps as they are: as FLAC if the source is FLAC, else
# as WAV (RF64 past 4 GiB) in the source's own sample format (8-bit widens to 16 without loss).
PCM_CONTAINERS = ("WAV", "WAVEX", "RF64", "W64", "AIFF", "CAF", "FLAC")
_WAV_SUBTYPES = ("PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE")
_INT_SCALE = {"int16": 32768.0, "int32": 2147483648.0}

Source = Path | IO[bytes]


@dataclass(frozen=True)
class SourceInfo:
    """What the splice needs of a source: its exact frame count and sample format."""

    rate: int
    channels: int
    frames: int
    container: str  # soundfile's format name: WAV, FLAC, OGG, MP3...
    subtype: str  # PCM_16, PCM_24, FLOAT, VORBIS, MPEG_LAYER_III...

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    @property
    def dtype(self) -> str:
        """The dtype that reads and writes this subtype without changing a bit."""
        if self.subtype in ("PCM_24", "PCM_32"):
            return "int32"
        if self.subtype == "FLOAT":
            return "float32"
        if self.subtype == "DOUBLE":
            return "float64"
        return "int16"  # PCM_16, 8-bit PCM (widened exactly), and decoded lossy audio

    @property
    def output(self) -> tuple[str, str, str]:
        """(container, subtype, extension) of an edit's result: the source's own samples, never
        narrowed; a lossy source becomes 16-bit FLAC (re-encoding it at every edit piles up loss)."""
        if self.container == "FLAC" and self.subtype in ("PCM_16", "PCM_24", "PCM_S8"):
            return "FLAC", self.subtype if self.subtype != "PCM_S8" else "PCM_16", "flac"
        if self.container in PCM_CONTAINERS:
            subtype = self.subtype if self.subtype in _WAV_SUBTYPES else ("PCM_16" if self.subtype == "PCM_S8" else "")
            if subtype:
                width = {"PCM_U8": 1, "PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4, "DOUBLE": 8}[subtype]
                big = self.frames * self.channels * width > 0xFFFF0000
                return ("RF64" if big else "WAV"), subtype, "wav"
        return "FLAC", "PCM_16", "flac"


def source_info(source: Source) -> SourceInfo:
    with _opened(source) as f:
        return SourceInfo(f.samplerate, f.channels, f.frames, f.format, f.subtype)


@contextlib.contextmanager
def _opened(source: Source) -> Iterator[Any]:
    import soundfile

    if not isinstance(source, Path):
        source.seek(0)
    with soundfile.SoundFile(source if not isinstance(source, Path) else str(source)) as f:
        yield f


# -- planning ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditPlan:
    """What to send and how to put the result back together (all of it JSON-able, for the ledger)."""

    kind: Literal["inpaint", "outpaint"]
    rate: int  # the source's
    frames: int
    sent: tuple[tuple[int, int], ...]  # source frame ranges sent, concatenated in this order
    whole: bool  # the whole source is sent (a hosted URL of it may then be used)
    # What the backend is asked for, relative to what is sent: an inpaint's window (start_s, end_s) in
    # the clip, or an outpaint's seconds to add (before_s, after_s). A backend names them its own way.
    clip: dict[str, float]
    # ("keep", first, stop) source frames; ("new", first, stop) frames of the render at the source rate
    parts: tuple[tuple[str, int, int], ...]
    crossfade_s: float
    context_s: float

    @property
    def sent_s(self) -> float:
        return sum(b - a for a, b in self.sent) / self.rate

    def record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rate": self.rate,
            "frames": self.frames,
            "sent": [list(r) for r in self.sent],
            "whole": self.whole,
            "clip": dict(self.clip),
            "parts": [list(p) for p in self.parts],
            "crossfade_s": self.crossfade_s,
            "context_s": self.context_s,
        }

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> EditPlan:
        return cls(
            kind=data["kind"],
            rate=int(data["rate"]),
            frames=int(data["frames"]),
            sent=tuple((int(a), int(b)) for a, b in data["sent"]),
            whole=bool(data["whole"]),
            clip=_clip_of(data),
            parts=tuple((str(k), int(a), int(b)) for k, a, b in data["parts"]),
            crossfade_s=float(data["crossfade_s"]),
            context_s=float(data["context_s"]),
        )


def plan_inpaint(
    info: SourceInfo, start_s: float, end_s: float, *, context_s: float, crossfade_s: float, limits: EditLimits
) -> EditPlan:
    """Regenerate [start_s, end_s) of the source: send it whole if it fits one render (`limits.max_clip_s`), else the window
    with up to `context_s` of the source on each side (less when that would be passed)."""
    rate, n = info.rate, info.frames
    a, b = round(start_s * rate), min(n, round(end_s * rate))
    window_s = (b - a) / rate
    if b - a < max(1, round(0.01 * rate)):
        raise InvalidInput(
            f"The window {start_s:.3f}-{end_s:.3f} s is shorter than 10 ms; give an `end_time` later than "
            f"`start_time`.",
            field="end_time",
        )
    if window_s > limits.max_clip_s + 0.5 / rate:
        raise InvalidInput(
            f"The window {start_s:.3f}-{end_s:.3f} s is {window_s:.3f} s long, over the {limits.max_clip_s:g} s one inpaint "
            f"can regenerate; split it into windows of at most {limits.max_clip_s:g} s.",
            field="end_time",
        )
    window_s = min(window_s, limits.max_clip_s)
    if info.seconds <= limits.max_clip_s:
        lo, hi = 0, n
    else:
        room = (limits.max_clip_s - window_s) * rate  # frames of context that fit
        before, after = min(a, round(context_s * rate)), min(n - b, round(context_s * rate))
        if before + after > room:
            scale = room / (before + after)
            before, after = math.floor(before * scale), math.floor(after * scale)
        lo, hi = a - before, b + after
    parts: list[tuple[str, int, int]] = []
    if a > 0:
        parts.append(("keep", 0, a))
    parts.append(("new", a - lo, b - lo))
    if b < n:
        parts.append(("keep", b, n))
    clip = {"start_s": round((a - lo) / rate, 6), "end_s": round((b - lo) / rate, 6)}
    return EditPlan("inpaint", rate, n, ((lo, hi),), (lo, hi) == (0, n), clip, tuple(parts), crossfade_s, context_s)


def plan_outpaint(
    info: SourceInfo, before_s: float, after_s: float, *, context_s: float, crossfade_s: float, limits: EditLimits
) -> EditPlan:
    """Add `before_s` and `after_s` of new audio: the whole source goes when the result fits one render,
    else the end(s) being extended with up to `context_s` each (head + tail as one clip for both)."""
    rate, n = info.rate, info.frames
    added = before_s + after_s
    if added <= 0:
        raise InvalidInput(
            "`extend_before_duration` and `extend_after_duration` are both 0, so nothing would be added; give at "
            f"least one of them a length from 0 to {limits.max_clip_s:g} seconds.",
            field="extend_after_duration",
        )
    total = info.seconds + added
    if total > limits.max_source_s + 1e-6:
        raise InvalidInput(
            f"The result would be {total:.1f} s ({info.seconds:.1f} s + {added:g} s), over the {limits.max_source_s:.0f} s "
            f"limit of a source; add at most {max(0.0, limits.max_source_s - info.seconds):.1f} s.",
            field="extend_after_duration",
        )
    if total <= limits.max_clip_s + 1e-6:
        sent: tuple[tuple[int, int], ...] = ((0, n),)
    else:
        ends = (before_s > 0) + (after_s > 0)
        budget = limits.max_clip_s - added  # seconds of the source that can go with the new audio
        need = min(info.seconds, 5.0) * ends
        if budget < need:
            most = limits.max_clip_s - need
            raise InvalidInput(
                f"`extend_before_duration` + `extend_after_duration` is {added:g} s, but one call can add at most "
                f"{most:g} s to a {info.seconds:.1f} s track (it sends at least {need / ends:g} s of the track as "
                f"context with each end, and one render is at most {limits.max_clip_s:g} s); add less now and extend again.",
                field="extend_after_duration" if after_s > 0 else "extend_before_duration",
            )
        each = min(context_s, budget / ends, info.seconds / ends)
        c = max(1, math.floor(each * rate))
        ranges = []
        if before_s > 0:
            ranges.append((0, c))
        if after_s > 0:
            ranges.append((n - c, n))
        sent = tuple(ranges)
    sent_frames = sum(b - a for a, b in sent)
    nb, na = round(before_s * rate), round(after_s * rate)
    parts: list[tuple[str, int, int]] = []
    if nb:
        parts.append(("new", 0, nb))
    parts.append(("keep", 0, n))
    if na:
        parts.append(("new", nb + sent_frames, nb + sent_frames + na))
    clip = {"before_s": float(before_s), "after_s": float(after_s)}
    whole = sent == ((0, n),)
    return EditPlan("outpaint", rate, n, sent, whole, clip, tuple(parts), crossfade_s, context_s)


def _clip_of(data: dict[str, Any]) -> dict[str, float]:
    """A stored plan's clip; plans recorded before the backend port kept RunComfy's field names."""
    if "clip" in data:
        return {str(k): float(v) for k, v in data["clip"].items()}
    wire = data.get("wire") or {}
    if data.get("kind") == "outpaint":
        return {
            "before_s": float(wire.get("extend_before_duration", 0)),
            "after_s": float(wire.get("extend_after_duration", 0)),
        }
    return {"start_s": float(wire.get("start_time", 0)), "end_s": float(wire.get("end_time", 0))}


def render_frame_of_keep(plan: EditPlan, frame: int) -> int | None:
    """Where a kept source frame sits in the render (at the source rate), if it was sent."""
    offset = round(float(plan.clip.get("before_s", 0)) * plan.rate) if plan.kind == "outpaint" else 0
    for a, b in plan.sent:
        if a <= frame < b or (frame == b and b > a):
            return offset + frame - a
        offset += b - a
    return None


# -- what is sent -----------------------------------------------------------------------------------


def write_clip(source: Source, plan: EditPlan, out: Path, *, fmt: str = "FLAC") -> int:
    """Write the frames the plan sends (concatenated) to `out` as FLAC (the source's depth, at most
    24 bits) or MP3 (320 kbps, at 48 kHz if the rate is not one MP3 has), streaming; returns its size."""
    from ace_step_mcp.audio.encode import MP3_RATES, write_blocks

    with _opened(source) as src:
        rate, channels = src.samplerate, src.channels
        deep = src.subtype in ("PCM_24", "PCM_32", "FLOAT", "DOUBLE")

        def blocks() -> Iterator[NDArray[Any]]:
            for a, b in plan.sent:
                src.seek(a)
                left = b - a
                while left > 0:
                    block = src.read(min(BLOCK, left), dtype="float32", always_2d=True)
                    if len(block) == 0:
                        break
                    left -= len(block)
                    yield block

        if fmt == "MP3":
            out_rate = rate if rate in MP3_RATES else 48_000
            mapped = (_map_channels(b, min(channels, 2)) for b in blocks())
            stream = _resampled(mapped, rate, out_rate, min(channels, 2)) if out_rate != rate else mapped
            write_blocks(stream, out, "mp3", out_rate, min(channels, 2), kbps=320)
        else:
            write_blocks(blocks(), out, "flac", rate, channels, subtype="PCM_24" if deep else "PCM_16")
    return out.stat().st_size


def _resampled(blocks: Iterator[NDArray[Any]], rate: int, to: int, channels: int) -> Iterator[NDArray[Any]]:
    import numpy as np
    import soxr

    stream = soxr.ResampleStream(rate, to, channels, "float32")
    for block in blocks:
        yield stream.resample_chunk(np.ascontiguousarray(block, dtype=np.float32))
    yield stream.resample_chunk(np.zeros((0, channels), dtype=np.float32), last=True)


# -- the splice -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpliceReport:
    frames: int
    rate: int
    channels: int
    exact_frames: int  # source frames copied bit for bit
    crossfade_frames: tuple[int, ...]  # at each seam, in order
    render_frames: int  # frames of the render (at the source rate) that were available


def resample_render(render: Path, out: Path, rate: int, channels: int) -> int:
    """The render at the source's rate and channel count, as a float WAV; returns its frames."""
    import numpy as np
    import soundfile
    import soxr

    with soundfile.SoundFile(str(render)) as src:
        stream = None if src.samplerate == rate else soxr.ResampleStream(src.samplerate, rate, src.channels, "float32")
        written = 0
        with soundfile.SoundFile(str(out), "w", rate, channels, subtype="FLOAT", format="WAV") as dst:
            while True:
                block = src.read(BLOCK, dtype="float32", always_2d=True)
                last = len(block) < BLOCK
                if stream is not None:
                    block = stream.resample_chunk(block, last=last)
                if len(block):
                    mapped = _map_channels(block, channels)
                    dst.write(np.ascontiguousarray(mapped))
                    written += len(mapped)
                if last:
                    return written


def _map_channels(block: NDArray[Any], channels: int) -> NDArray[Any]:
    import numpy as np

    have = block.shape[1]
    if have == channels:
        return block
    if channels == 1:
        mono: NDArray[Any] = block.mean(axis=1, keepdims=True)
        return mono
    if have == 1:
        return np.repeat(block, channels, axis=1)
    mono = block.mean(axis=1, keepdims=True)
    out = np.repeat(mono, channels, axis=1)
    out[:, : min(have, channels)] = block[:, : min(have, channels)]
    return out


def _correlation(a: NDArray[Any], b: NDArray[Any]) -> float:
    """The correlation of two blocks, clipped to [0, 1] (anti-correlated sides fade as unrelated)."""
    import numpy as np

    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return max(0.0, min(1.0, float((a * b).sum()) / den)) if den > 0 else 0.0


class RenderMismatch(ValueError):
    """The render is not as long as what was sent (plus what was asked for): it cannot be placed."""


def splice(source: Source, render: Path, out: Path, plan: EditPlan) -> SpliceReport:
    """Assemble the edit's result at `out` (see the module docstring); atomic (temp + rename)."""
    import numpy as np
    import soundfile

    info = source_info(source)
    if (info.rate, info.frames) != (plan.rate, plan.frames):
        raise ValueError("the source is not the one the edit was planned on (its length or rate changed)")
    container, subtype, _ = info.output
    dtype = info.dtype
    scale = _INT_SCALE.get(dtype, 1.0)
    xf = max(0, round(plan.crossfade_s * info.rate))
    tmp_dir = out.parent
    fd, resampled_name = tempfile.mkstemp(prefix=".render-", suffix=".wav", dir=tmp_dir)
    os.close(fd)
    resampled = Path(resampled_name)
    part_name = out.with_name(f".{out.name}.part")
    seams: list[int] = []
    exact = 0
    try:
        render_frames = resample_render(render, resampled, info.rate, info.channels)
        expected = sum(b - a for a, b in plan.sent)
        if plan.kind == "outpaint":  # the render is what was sent with the new audio around it
            expected += sum(b - a for kind, a, b in plan.parts if kind == "new")
        if abs(render_frames - expected) > 0.25 * info.rate:
            raise RenderMismatch(
                f"the render is {render_frames / info.rate:.2f} s where {expected / info.rate:.2f} s were expected"
            )
        with (
            _opened(source) as src,
            soundfile.SoundFile(str(resampled)) as new,
            soundfile.SoundFile(
                str(part_name), "w", info.rate, info.channels, subtype=subtype, format=container
            ) as dst,
        ):

            def render_block(first: int, count: int) -> NDArray[np.float32]:
                """`count` render frames from `first`, silence where the render has none."""
                block = np.zeros((count, info.channels), dtype=np.float32)
                lo, hi = max(0, first), min(render_frames, first + count)
                if hi > lo:
                    new.seek(lo)
                    got = new.read(hi - lo, dtype="float32", always_2d=True)
                    block[lo - first : lo - first + len(got)] = got
                return block

            def to_native(block: NDArray[Any]) -> NDArray[Any]:
                if scale == 1.0:
                    return block.astype(dtype)
                return np.clip(np.rint(block * scale), -scale, scale - 1).astype(dtype)

            def blend(first: int, count: int, at: int, rising: bool) -> None:
                """Source frames [first, first+count) faded with the render from `at`: `rising` goes
                from the source into the render (a seam before new audio), else the other way."""
                src.seek(first)
                orig = src.read(count, dtype=dtype, always_2d=True).astype(np.float64) / scale
                other = render_block(at, count).astype(np.float64)
                theta = (np.arange(count) + 0.5) / count * (math.pi / 2)
                g_new = np.sin(theta) if rising else np.cos(theta)
                g_src = np.cos(theta) if rising else np.sin(theta)
                # Equal power for unrelated signals; the render's copy of the original is closely
                # related to it, and sin/cos gains would then swell the seam by up to 3 dB. So the
                # gains are scaled for the two sides' measured correlation r (g_a^2 + g_b^2 +
                # 2 r g_a g_b = 1): r = 0 is the equal-power fade, r = 1 sums to unity gain.
                r = _correlation(orig, other)
                norm = 1.0 / np.sqrt(g_new**2 + g_src**2 + 2 * r * g_new * g_src)
                mixed = orig * (g_src * norm)[:, None] + other * (g_new * norm)[:, None]
                dst.write(to_native(mixed))
                seams.append(count)

            for i, (kind, first, stop) in enumerate(plan.parts):
                if kind == "new":
                    for at in range(first, stop, BLOCK):
                        block = render_block(at, min(BLOCK, stop - at))
                        dst.write(to_native(block))
                    continue
                prev_new = i > 0 and plan.parts[i - 1][0] == "new"
                next_new = i + 1 < len(plan.parts) and plan.parts[i + 1][0] == "new"
                head = tail = 0
                if prev_new:
                    where = render_frame_of_keep(plan, first)
                    head = min(xf, stop - first, 0 if where is None else max(0, render_frames - where))
                if next_new:
                    where = render_frame_of_keep(plan, stop)
                    tail = min(xf, stop - first - head, 0 if where is None else where)
                if head:
                    blend(first, head, render_frame_of_keep(plan, first) or 0, rising=False)
                src.seek(first + head)
                left = stop - first - head - tail
                exact += left
                while left > 0:
                    block = src.read(min(BLOCK, left), dtype=dtype, always_2d=True)
                    if len(block) == 0:
                        raise ValueError("the source ended before its stated length")
                    dst.write(block)
                    left -= len(block)
                if tail:
                    where = render_frame_of_keep(plan, stop)
                    assert where is not None
                    blend(stop - tail, tail, where - tail, rising=True)
        with open(part_name, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(part_name, out)
        written = source_info(out).frames
        return SpliceReport(written, info.rate, info.channels, exact, tuple(seams), render_frames)
    finally:
        resampled.unlink(missing_ok=True)
        part_name.unlink(missing_ok=True)
