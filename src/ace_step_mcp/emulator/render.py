"""Deterministic stand-in music for the emulator: real audio, not ACE Step.

A track is a function of (tags, lyrics, seed, length). The tags fix what they name: the tempo ("NN
BPM" sets the pulse exactly), the key ("A minor", "in F#"; else one the tags hash to), the timbre (a
piano named in the tags is struck piano chords, else a sustained synth pad) and whether there are
drums; "ambient" or "no drums" also drops the bass's beat for a held note a bar, so nothing pulses.
Lyrics add a voice-like lead unless they say [inst]: it sings one note per syllable of each line
(vowel groups; a character each in Chinese, Japanese and Korean), rests between lines, and changes
vowel colour from syllable to syllable. The seed chooses the arrangement: chord progression, voicing,
octave and tuning of each voice, bass line, drum pattern and kick pitch, and the melody, so two takes
of the same tags sound clearly different. Every layer is a pure function of
the absolute sample index, so a track renders in fixed chunks (flat memory, any length), the same
call always yields the same bytes, and audio rendered from any offset continues the beat grid.
Every note and chord starts and ends with a short ramp: no sample-to-sample jumps at changes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

import numpy as np

from ace_step_mcp.audio.musictags import bpm_of, key_of

if TYPE_CHECKING:
    from numpy.typing import NDArray

SAMPLE_RATE = 48_000
CHUNK = SAMPLE_RATE * 4  # fixed, so noise seeded per chunk is deterministic
_SCALES = {"major": (0, 2, 4, 5, 7, 9, 11), "minor": (0, 2, 3, 5, 7, 8, 10)}
# Each comes home to the tonic at least twice in four bars, so the key the tags name is the one heard.
_PROGRESSIONS = (
    (0, 1, 4, 0),
    (0, 3, 0, 4),
    (0, 4, 5, 0),
    (0, 5, 0, 4),
    (0, 3, 4, 0),
    (0, 2, 3, 0),
    (0, 4, 0, 3),
    (0, 4, 3, 0),
)
# Kick on which eighth notes of a bar (8 per bar); snare on beats 2 and 4 always.
_KICKS = ((0, 4), (0, 3, 4), (0, 2, 4, 6), (0, 5), (0, 3, 6), (0, 4, 7))
RAMP_S = 0.006  # every note's attack and release
_MELODY_DEGREES = (0, 0, 0, 2, 2, 4, 4, 4, 1, 3, 5, 6)
_VOWEL_COLOURS = ((0.5, 0.25), (0.8, 0.1), (0.3, 0.45), (0.65, 0.5), (0.2, 0.15))  # "a", "e", "o", "i", "u"-ish


def bpm_from_tags(tags: str) -> float | None:
    return bpm_of(tags)


def wants_vocals(lyrics: str | None, tags: str) -> bool:
    if not lyrics or not lyrics.strip():
        return False
    low = lyrics.strip().lower()
    return not (low.startswith(("[inst]", "[instrumental]")) or "no vocals" in tags.lower())


_VOWELS = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūăąęėįųаеёиоуыэюяєіїαεηιουωάέήίόύώ]+", re.IGNORECASE)
_SYLLABIC = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK ideographs, Hangul


def syllable_slots(lyrics: str | None, cap: int = 1024) -> tuple[int, ...]:
    """The voice's note slots for these lyrics: each line's syllables sung (1) on consecutive notes,
    then rests (0) to the end of its half bar (four notes) and one more, line after line; a cycle the
    voice repeats. Syllables: a character each in Chinese, Japanese and Korean, else vowel groups (at
    least one a word). Section tags ([verse], [chorus]) are not sung. No syllables: always singing."""
    slots: list[int] = []
    for line in (lyrics or "").splitlines():
        text = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if not text:
            continue
        count = len(_SYLLABIC.findall(text))
        for word in _SYLLABIC.sub(" ", text).split():
            count += max(1, len(_VOWELS.findall(word))) if any(c.isalpha() for c in word) else 0
        if count:
            slots += [1] * count + [0] * (1 + (-count - 1) % 4)
        if len(slots) >= cap:
            break
    return tuple(slots[:cap]) if any(slots) else (1,)


def _hash(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


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
    kick: tuple[int, ...] = (0, 4)
    kick_hz: float = 55.0
    octave: int = 0  # the pad's voicing: -1, 0 or +1 octave
    bass_walk: bool = False  # the bass moves to the fifth on the off-beats
    piano: bool = False  # struck, decaying chords instead of the sustained pad
    pulse: bool = True  # the bass plays a note a beat (False: one held note a bar)
    voicing: tuple[float, ...] = (0.0, 0.0, 0.0)  # each pad voice's starting phase (radians), from the seed
    cents: tuple[float, ...] = (0.0, 0.0, 0.0)  # each pad voice's detuning, from the seed
    syllables: tuple[int, ...] = (1,)  # the voice's note slots, 1 sung (a syllable) and 0 a rest, in a cycle

    @classmethod
    def from_prompt(cls, tags: str, lyrics: str | None, seed: int) -> Recipe:
        tag_hash = _hash(tags.strip().lower())
        arr = _hash(tags.strip().lower(), seed & 0xFFFFFFFF, "arrangement")
        low = tags.lower()
        bpm = bpm_of(tags) or float(70 + tag_hash % 60)
        key = key_of(tags)
        if key is not None:
            minor = key.minor
            root_hz = 110.0 * 2 ** (((key.pitch_class - 9) % 12) / 12)  # A2 = 110 Hz, pitch class 9
        else:
            minor = any(w in low for w in ("sad", "dark", "minor", "melanch", "moody", "lo-fi", "lofi"))
            if "major" in low or "happy" in low or "bright" in low:
                minor = False
            root_hz = 110.0 * 2 ** (((tag_hash >> 8) % 12) / 12)
        ambient = any(w in low for w in ("ambient", "drone", "no drums", "beatless"))
        return cls(
            bpm=bpm,
            root_hz=root_hz,
            scale=_SCALES["minor" if minor else "major"],
            progression=_PROGRESSIONS[arr % len(_PROGRESSIONS)],
            brightness=((arr >> 8) % 100) / 100,
            drums="no drums" not in low and not any(w in low for w in ("ambient", "piano only", "a cappella")),
            vocals=wants_vocals(lyrics, tags),
            melody_seed=(arr >> 16) & 0xFFFFFFFF,
            kick=_KICKS[(arr >> 48) % len(_KICKS)],
            kick_hz=45.0 + (arr >> 40) % 30,
            octave=int((arr >> 36) % 3) - 1,
            bass_walk=bool((arr >> 35) & 1),
            piano="piano" in low,
            pulse=not ambient,
            voicing=tuple(2 * np.pi * ((arr >> (4 * i)) % 16) / 16 for i in range(3)),
            cents=tuple(float(((arr >> (20 + 3 * i)) % 7) - 3) * 2.0 for i in range(3)),
            syllables=syllable_slots(lyrics) if wants_vocals(lyrics, tags) else (1,),
        )


def _degree_hz(recipe: Recipe, degree: int, octave: int = 0) -> float:
    steps = recipe.scale[degree % 7] + 12 * (degree // 7 + octave)
    return recipe.root_hz * 2 ** (steps / 12)


def _ramp(pos: NDArray[np.float64], length: float, ramp: float = RAMP_S) -> NDArray[np.float64]:
    """1 inside a note of `length` seconds, easing from and to 0 over `ramp` at its ends."""
    return np.clip(np.minimum(pos, length - pos) / ramp, 0.0, 1.0)


def render_chunk(recipe: Recipe, start: int, stop: int, rate: int = SAMPLE_RATE) -> NDArray[np.int16]:
    """Samples [start, stop) as int16 stereo, shape (n, 2)."""
    n = stop - start
    t = (np.arange(start, stop, dtype=np.float64)) / rate
    beat_s = 60.0 / recipe.bpm
    beat = np.floor(t / beat_s).astype(np.int64)
    in_beat = t - beat * beat_s
    bar = beat // 4
    bar_s = beat_s * 4
    in_bar = t - bar * bar_s
    chord_degree = np.asarray(recipe.progression)[bar % len(recipe.progression)]

    # Pad: each chord its own bar, eased in and out at the bar lines, so a change never jumps. Each
    # voice starts at its own phase and tuning (from the seed): takes of one request differ.
    pad = np.zeros(n)
    for i, third in enumerate((0, 2, 4)):
        freqs = np.asarray([_degree_hz(recipe, d + third, recipe.octave) for d in range(7 + 4)])[chord_degree % 11]
        freqs = freqs * 2 ** (recipe.cents[i] / 1200)
        if recipe.piano:
            # Struck on each beat: a bright attack that decays, upper partials faster (a piano's).
            phase = 2 * np.pi * freqs * in_beat + recipe.voicing[i]
            tone = sum(np.sin(h * phase) * np.exp(-in_beat * (1.5 + 1.2 * h)) / h**1.5 for h in (1, 2, 3, 4))
            tone = tone * _ramp(in_beat, beat_s, 0.004) * 1.6
        else:
            phase = 2 * np.pi * freqs * in_bar + recipe.voicing[i]
            tone = np.sin(phase) + recipe.brightness * 0.35 * np.sin(2 * phase) + 0.15 * np.sin(3 * phase)
        pad += tone * (0.18 - 0.03 * i)
    swell = 0.6 + 0.4 * np.sin(2 * np.pi * t / (beat_s * 8)) ** 2 if recipe.pulse else 0.8
    pad *= swell * _ramp(in_bar, bar_s, 0.02)

    # Bass: a note per beat (root, or root and fifth), each from phase 0 with a ramped attack; with no
    # pulse (ambient), one held root a bar that swells in and out.
    root = np.asarray([_degree_hz(recipe, d, -1) for d in range(7)])[chord_degree % 7]
    if recipe.pulse:
        fifth = root * 1.5
        off = (beat % 2 == 1) & recipe.bass_walk
        bass_f = np.where(off, fifth, root)
        bass = 0.35 * np.sin(2 * np.pi * bass_f * in_beat) * np.exp(-in_beat * 3.0) * _ramp(in_beat, beat_s)
    else:
        bass = 0.25 * np.sin(2 * np.pi * root * in_bar) * np.sin(np.pi * in_bar / bar_s) * _ramp(in_bar, bar_s, 0.02)

    left = pad + bass
    right = pad * 0.9 + bass
    if recipe.drums:
        eighth_s = beat_s / 2
        eighth = np.floor(t / eighth_s).astype(np.int64)
        in_eighth = t - eighth * eighth_s
        kick_on = np.isin(eighth % 8, recipe.kick)
        sweep = 2 * np.pi * (recipe.kick_hz * in_eighth + 90 / 30 * (1 - np.exp(-in_eighth * 30)))
        kick = np.sin(sweep) * np.exp(-in_eighth * 9) * kick_on * _ramp(in_eighth, eighth_s, 0.002)
        rng = np.random.default_rng([recipe.melody_seed, start // CHUNK, 7])
        noise = rng.standard_normal(n)
        snare_on = (beat % 2 == 1) & (in_beat < eighth_s)
        snare = (noise * 0.5 + np.sin(2 * np.pi * 190 * in_beat)) * np.exp(-in_beat * 18) * snare_on
        # Eighth-note hats, accented on the beat; a slow song (under 90 BPM) keeps them on the beat.
        hat_on = (eighth % 2 == 0) | (recipe.bpm >= 90)
        hat = noise * np.exp(-in_eighth * 60) * (0.07 + 0.06 * (eighth % 2 == 0)) * hat_on
        drums = 0.8 * kick + 0.3 * snare * _ramp(in_beat, eighth_s, 0.001)
        left += drums + hat
        right += drums + 0.8 * hat
    if recipe.vocals:
        note_s = beat_s / 2 if recipe.bpm >= 100 else beat_s  # a slow song sings on the beat
        note = np.floor(t / note_s).astype(np.int64)
        in_note = t - note * note_s
        # A per-note pseudo-random scale degree, derived from the seed with integer hashing; the
        # tonic triad comes up most (as a tune leans on its key's home notes).
        h = (note * 2654435761 + recipe.melody_seed) % 4294967296
        degree = np.asarray(_MELODY_DEGREES)[(h >> 7) % len(_MELODY_DEGREES)] + 7
        vf = np.asarray([_degree_hz(recipe, d) for d in range(14)])[degree]
        # Vibrato as frequency modulation: its phase is the integral of 5.5 Hz, +-0.6 %.
        phase = 2 * np.pi * vf * in_note - vf * 0.006 / 5.5 * np.cos(2 * np.pi * 5.5 * in_note)
        sung = np.asarray(recipe.syllables)[note % len(recipe.syllables)]
        env = np.exp(-in_note * 2.5) * _ramp(in_note, note_s, 0.01) * sung
        # A vowel's colour: the weights of the 2nd and 3rd harmonics change from syllable to syllable.
        vowel = np.asarray(_VOWEL_COLOURS)[(h >> 3) % len(_VOWEL_COLOURS)]
        voice = (np.sin(phase) + vowel[:, 0] * np.sin(2 * phase) + vowel[:, 1] * np.sin(3 * phase)) * env * 0.22
        left += voice
        right += voice
    stereo = np.stack([left, right], axis=1)
    return np.clip(stereo * 0.45 * 32767, -32768, 32767).astype(np.int16)


def render(recipe: Recipe, frames: int, rate: int = SAMPLE_RATE, *, start: int = 0) -> NDArray[np.int16]:
    """Frames [start, start + frames) in memory (for short sections: inpaint windows, extensions)."""
    parts = [render_chunk(recipe, start + a, start + min(a + CHUNK, frames), rate) for a in range(0, frames, CHUNK)]
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
