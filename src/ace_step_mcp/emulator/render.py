"""Deterministic stand-in music for the emulator: real audio, not ACE Step.

A track is a function of (tags, lyrics, seed, length): the tags choose key, scale, chord
progression, timbre and tempo (a "NN BPM" tag sets the pulse exactly), the lyrics add a voice-like
lead unless they say [inst], and the seed varies the melody. Every layer is a pure function of the
absolute sample index, so a track is rendered in fixed chunks (flat memory, any length) and the
same call always yields the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

SAMPLE_RATE = 48_000
CHUNK = SAMPLE_RATE * 4  # fixed, so noise seeded per chunk is deterministic
_BPM = re.compile(r"(\d{2,3}(?:\.\d+)?)\s*bpm", re.IGNORECASE)
_SCALES = {"major": (0, 2, 4, 5, 7, 9, 11), "minor": (0, 2, 3, 5, 7, 8, 10)}
_PROGRESSIONS = ((0, 5, 3, 4), (0, 3, 4, 4), (0, 4, 5, 3), (5, 3, 0, 4), (0, 0, 3, 4))


def bpm_from_tags(tags: str) -> float | None:
    match = _BPM.search(tags)
    if not match:
        return None
    bpm = float(match.group(1))
    return bpm if 30 <= bpm <= 300 else None


def wants_vocals(lyrics: str | None, tags: str) -> bool:
    if not lyrics or not lyrics.strip():
        return False
    low = lyrics.strip().lower()
    return not (low.startswith(("[inst]", "[instrumental]")) or "no vocals" in tags.lower())


@dataclass(frozen=True)
class Recipe:
    bpm: float
    root_hz: float
    scale: tuple[int, ...]
    progression: tuple[int, ...]
    brightness: float  # 0..1, how many harmonics the pad has
    drums: bool
    vocals: bool
    melody_seed: int

    @classmethod
    def from_prompt(cls, tags: str, lyrics: str | None, seed: int) -> Recipe:
        tag_hash = int.from_bytes(hashlib.sha256(tags.strip().lower().encode()).digest()[:8], "big")
        low = tags.lower()
        bpm = bpm_from_tags(tags) or float(70 + tag_hash % 60)
        minor = any(w in low for w in ("sad", "dark", "minor", "melanch", "moody", "lo-fi", "lofi"))
        if "major" in low or "happy" in low or "bright" in low:
            minor = False
        return cls(
            bpm=bpm,
            root_hz=110.0 * 2 ** (((tag_hash >> 8) % 12) / 12),
            scale=_SCALES["minor" if minor else "major"],
            progression=_PROGRESSIONS[(tag_hash >> 16) % len(_PROGRESSIONS)],
            brightness=((tag_hash >> 24) % 100) / 100,
            drums="no drums" not in low and not any(w in low for w in ("ambient", "piano only", "a cappella")),
            vocals=wants_vocals(lyrics, tags),
            melody_seed=(tag_hash ^ (seed & 0xFFFFFFFF)) & 0xFFFFFFFF,
        )


def _degree_hz(recipe: Recipe, degree: int, octave: int = 0) -> float:
    steps = recipe.scale[degree % 7] + 12 * (degree // 7 + octave)
    return recipe.root_hz * 2 ** (steps / 12)


def render_chunk(recipe: Recipe, start: int, stop: int, rate: int = SAMPLE_RATE) -> NDArray[np.int16]:
    """Samples [start, stop) as int16 stereo, shape (n, 2)."""
    n = stop - start
    t = (np.arange(start, stop, dtype=np.float64)) / rate
    beat_s = 60.0 / recipe.bpm
    beat = np.floor(t / beat_s).astype(np.int64)
    in_beat = t - beat * beat_s
    bar = beat // 4
    chord_degree = np.asarray(recipe.progression)[bar % len(recipe.progression)]

    pad = np.zeros(n)
    for i, third in enumerate((0, 2, 4)):
        freqs = np.asarray([_degree_hz(recipe, d + third) for d in range(7 + 4)])[chord_degree % 11]
        phase = 2 * np.pi * freqs * t
        tone = np.sin(phase) + recipe.brightness * 0.35 * np.sin(2 * phase) + 0.15 * np.sin(3 * phase)
        pad += tone * (0.18 - 0.03 * i)
    pad *= 0.6 + 0.4 * np.sin(2 * np.pi * t / (beat_s * 8)) ** 2

    bass_f = np.asarray([_degree_hz(recipe, d, -1) for d in range(7)])[chord_degree % 7]
    bass = 0.35 * np.sin(2 * np.pi * bass_f * t) * np.exp(-in_beat * 3.0)

    left = pad + bass
    right = pad * 0.9 + bass
    if recipe.drums:
        kick = np.sin(2 * np.pi * (50 + 90 * np.exp(-in_beat * 30)) * in_beat) * np.exp(-in_beat * 9)
        rng = np.random.default_rng([recipe.melody_seed, start // CHUNK, 7])
        noise = rng.standard_normal(n)
        off = (t - (beat + 0.5) * beat_s) % beat_s
        hat = noise * np.exp(-off * 60) * 0.12
        left += 0.7 * kick + hat
        right += 0.7 * kick + 0.8 * hat
    if recipe.vocals:
        note_s = beat_s / 2
        note = np.floor(t / note_s).astype(np.int64)
        # A per-note pseudo-random scale degree, derived from the seed with integer hashing.
        h = (note * 2654435761 + recipe.melody_seed) % 4294967296
        degree = (h >> 7) % 7 + 7
        vf = np.asarray([_degree_hz(recipe, d) for d in range(14)])[degree]
        env = np.exp(-(t - note * note_s) * 2.5)
        vibrato = 1 + 0.006 * np.sin(2 * np.pi * 5.5 * t)
        phase = 2 * np.pi * vf * vibrato * t
        voice = (np.sin(phase) + 0.5 * np.sin(2 * phase) + 0.25 * np.sin(3 * phase)) * env * 0.22
        left += voice
        right += voice
    stereo = np.stack([left, right], axis=1)
    return np.clip(stereo * 0.45 * 32767, -32768, 32767).astype(np.int16)


def render(recipe: Recipe, frames: int, rate: int = SAMPLE_RATE) -> NDArray[np.int16]:
    """A whole track in memory (for short sections: inpaint windows and outpaint extensions)."""
    parts = [render_chunk(recipe, a, min(a + CHUNK, frames), rate) for a in range(0, frames, CHUNK)]
    return np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int16)


def write_wav_header(out: IO[bytes], frames: int, channels: int = 2, rate: int = SAMPLE_RATE) -> None:
    """A canonical 44-byte PCM16 WAV header for `frames` frames."""
    import struct

    data_bytes = frames * channels * 2
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,
        channels,
        rate,
        rate * channels * 2,
        channels * 2,
        16,
        b"data",
        data_bytes,
    )
    out.write(header)


def render_to_wav(path: str, recipe: Recipe, seconds: float, rate: int = SAMPLE_RATE) -> int:
    """Stream a new track of exactly `seconds` to a WAV file; returns the frame count."""
    frames = round(seconds * rate)
    with open(path, "wb") as out:
        write_wav_header(out, frames, 2, rate)
        for a in range(0, frames, CHUNK):
            out.write(render_chunk(recipe, a, min(a + CHUNK, frames), rate).tobytes())
    return frames
