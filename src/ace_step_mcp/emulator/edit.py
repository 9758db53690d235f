"""Decoding input audio and the two edits the emulator performs: inpaint and outpaint.

Two modes. `resynth` (the default) is what RunComfy's ACE-Step v1 endpoints do: the whole clip
comes back re-synthesised at 48 kHz stereo. Outside the edit it is the input passed through a
stand-in for the autoencoder and vocoder round trip (resampled to 48 kHz, band-limited near 16 kHz,
a little quieter), so nothing of it is the input bit for bit; inside the edit, or before and after
it for outpaint, new audio. `exact` keeps the input's samples, rate and channel count outside the
edit, as an idealised service would (the old behaviour, kept for tests of that promise).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ace_step_mcp.emulator.render import SAMPLE_RATE, Recipe, render, write_wav_header

if TYPE_CHECKING:
    from numpy.typing import NDArray

FADE_S = 0.01


@dataclass
class Decoded:
    samples: NDArray[np.int16]  # shape (frames, channels)
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


class UndecodableAudio(ValueError):
    pass


def decode(data: bytes) -> Decoded:
    """WAV, FLAC or MP3 (and OGG) bytes to int16 frames, via libsndfile."""
    import soundfile

    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)
    except Exception as exc:  # libsndfile raises its own error types, and RuntimeError
        raise UndecodableAudio(str(exc)[:120]) from None
    if len(samples) == 0:
        raise UndecodableAudio("the audio has no samples")
    return Decoded(np.ascontiguousarray(samples), int(rate))


def _new(recipe: Recipe, frames: int, rate: int, channels: int, start: int = 0) -> NDArray[np.int16]:
    stereo = render(recipe, frames, rate, start=start)
    if channels == 2:
        return stereo
    mono = stereo.mean(axis=1).astype(np.int16)[:, None]
    return np.repeat(mono, channels, axis=1)


def _fade_into(new: NDArray[np.int16], edge: NDArray[np.int16], at_start: bool, rate: int) -> None:
    """Blend the first (or last) few ms of `new` from the neighbouring original sample."""
    n = min(len(new), int(FADE_S * rate))
    if n == 0 or len(edge) == 0:
        return
    ramp = np.linspace(0.0, 1.0, n)[:, None]
    ref = edge.astype(np.float64)
    seg = new[:n] if at_start else new[-n:]
    blend = seg * (ramp if at_start else ramp[::-1]) + ref * (1 - (ramp if at_start else ramp[::-1]))
    if at_start:
        new[:n] = np.clip(blend, -32768, 32767).astype(np.int16)
    else:
        new[-n:] = np.clip(blend, -32768, 32767).astype(np.int16)


def resolve_anchor(value: float, relative_to: str, length_s: float) -> float:
    return length_s - value if relative_to == "end" else value


def resynthesise(src: Decoded) -> Decoded:
    """The autoencoder round trip's stand-in: 48 kHz stereo, band-limited, slightly altered."""
    import soxr

    x = src.samples.astype(np.float32) / 32768.0
    if x.shape[1] == 1:
        x = np.repeat(x, 2, axis=1)
    elif x.shape[1] > 2:
        x = x[:, :2]
    if src.rate != SAMPLE_RATE:
        x = soxr.resample(x, src.rate, SAMPLE_RATE)
    # Down to 32 kHz and back: everything above ~16 kHz is gone, as through a vocoder.
    x = soxr.resample(soxr.resample(x, SAMPLE_RATE, 32_000), 32_000, SAMPLE_RATE)[: round(src.seconds * SAMPLE_RATE)]
    x *= 0.97
    return Decoded(np.clip(np.rint(x * 32767), -32768, 32767).astype(np.int16), SAMPLE_RATE)


def inpaint_resynth(src: Decoded, recipe: Recipe, start_s: float, end_s: float, origin: int = 0) -> Decoded:
    again = resynthesise(src)
    return inpaint(again, recipe, start_s, end_s, round(origin * again.rate / src.rate))


def outpaint_resynth(src: Decoded, recipe: Recipe, before_s: float, after_s: float) -> Decoded:
    return outpaint(resynthesise(src), recipe, before_s, after_s)


def on_the_grid(src: Decoded, recipe: Recipe, tags: str) -> tuple[Recipe, int]:
    """The recipe at the source's tempo (unless the tags name one) and the render index of the source's
    sample 0, so new audio lands on the source's beat grid instead of starting one of its own."""
    from ace_step_mcp.audio.analysis import beat_grid
    from ace_step_mcp.audio.musictags import bpm_of

    mono = src.samples.astype(np.float32).mean(axis=1) / 32768.0
    measured, phase_s = beat_grid(mono, src.rate)
    bpm = bpm_of(tags) or measured or recipe.bpm
    recipe = replace(recipe, bpm=bpm)
    if measured is None or abs(measured - bpm) > 0.02 * bpm:
        return recipe, 0
    bar = round(4 * 60.0 / bpm * src.rate)
    # Sample 0 of the source sits `phase` before its first beat; the render's beats fall on whole
    # beats of its index, so index (bar - phase) is where the source's sample 0 goes.
    return recipe, bar - round(phase_s * src.rate) % bar


def inpaint(src: Decoded, recipe: Recipe, start_s: float, end_s: float, origin: int = 0) -> Decoded:
    a = round(start_s * src.rate)
    b = round(end_s * src.rate)
    out = src.samples.copy()
    new = _new(recipe, b - a, src.rate, out.shape[1], start=origin + a)
    _fade_into(new, out[a - 1 : a] if a > 0 else out[:0], True, src.rate)
    _fade_into(new, out[b : b + 1], False, src.rate)
    out[a:b] = new
    return Decoded(out, src.rate)


def outpaint(src: Decoded, recipe: Recipe, before_s: float, after_s: float) -> Decoded:
    ch = src.samples.shape[1]
    before = _new(recipe, round(before_s * src.rate), src.rate, ch)
    after = _new(recipe, round(after_s * src.rate), src.rate, ch)
    _fade_into(before, src.samples[:1], False, src.rate)
    _fade_into(after, src.samples[-1:], True, src.rate)
    return Decoded(np.concatenate([before, src.samples, after]), src.rate)


def write_wav(path: str, audio: Decoded) -> None:
    with open(path, "wb") as out:
        write_wav_header(out, len(audio.samples), audio.samples.shape[1], audio.rate)
        out.write(np.ascontiguousarray(audio.samples).astype("<i2").tobytes())
