"""Ground truth closer to real music than our own synth: pieces written as MIDI here, rendered by
FluidSynth (LGPL-2.1) through the FluidR3_GM sampled-instrument sound font (MIT), both Debian packages.

They are sampled-instrument renders, not recordings: real instrument samples (pianos, guitars, strings,
drum kits) with reverb and chorus, played by a seeded generator with human timing and velocity. The
tempo and key are what the generator wrote, so they are exact ground truth.

A piece (`piece(seed)`) is a style, a key (major or minor, any tonic) and a tempo, drawn from the seed:

- a chord progression in the key: major ones that open on I or dwell on IV or vi, minor ones with V-i
  and the raised leading tone, natural-minor ones (i-VII-VI, i-iv-v), the Andalusian cadence, some
  with sevenths; every piece ends on its tonic;
- a bass line, a chord part (piano, electric piano, strummed or picked guitar, strings, pads, organ,
  power chords), a melody from the key's scale (the raised 7th over V in minor), and for most styles
  drums: ballads and lo-fi at 62-92 BPM with 8th or 16th hi-hats (what makes a tempo reader double),
  pop, rock, funk, disco, house and soul in between, trap with a half-time snare, punk and drum and
  bass at 165-200 BPM (what makes one halve), and drumless piano, string, guitar and pad pieces.

Seeds 0-99 are for tuning; seeds from 100 on are held out (the tests and the reported figures).

    sh scripts/uv run python bench/fluidpieces.py SEED [OUT.wav]   # render one piece, print its truth
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 1  # bump when a change to the generator changes what a seed renders
SOUNDFONT = Path("/usr/share/sounds/sf2/FluidR3_GM.sf2")
PACKAGES = ("fluidsynth", "fluid-soundfont-gm")
TPQ = 480  # MIDI ticks per quarter note
RATE = 44_100
CACHE = Path(os.environ.get("ACE_STEP_TEST_DATA") or Path.home() / ".cache" / "ace-step-mcp-tests") / "fluid"
NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
TUNE_SEEDS = range(0, 100)
HELD_OUT_SEEDS = range(100, 1000)

MAJOR_SCALE = (0, 2, 4, 5, 7, 9, 11)
MINOR_SCALE = (0, 2, 3, 5, 7, 8, 10)
# Progressions as (scale degree 0-6, quality): 'M' major, 'm' minor, 'd' diminished; '7' adds a seventh.
MAJOR_PROGRESSIONS: tuple[tuple[tuple[int, str], ...], ...] = (
    ((0, "M"), (4, "M"), (5, "m"), (3, "M")),  # I V vi IV
    ((0, "M"), (3, "M"), (4, "M"), (0, "M")),  # I IV V I
    ((5, "m"), (3, "M"), (0, "M"), (4, "M")),  # vi IV I V: dwells on vi
    ((0, "M"), (5, "m"), (3, "M"), (4, "M")),  # I vi IV V
    ((3, "M"), (0, "M"), (4, "M"), (5, "m")),  # IV I V vi: opens on IV
    ((1, "m7"), (4, "M7"), (0, "M7"), (0, "M7")),  # ii7 V7 Imaj7
    ((0, "M7"), (3, "M7"), (0, "M7"), (3, "M7")),  # Imaj7 IVmaj7: a two-chord vamp
    ((3, "M"), (4, "M"), (2, "m"), (5, "m")),  # IV V iii vi: the "royal road"
    ((0, "M"), (2, "m"), (3, "M"), (4, "M")),  # I iii IV V
    ((5, "m7"), (1, "m7"), (4, "M7"), (0, "M7")),  # vi7 ii7 V7 Imaj7
)
MINOR_PROGRESSIONS: tuple[tuple[tuple[int, str], ...], ...] = (
    ((0, "m"), (3, "m"), (4, "M"), (0, "m")),  # i iv V i: the raised leading tone
    ((0, "m"), (5, "M"), (2, "M"), (6, "M")),  # i VI III VII
    ((0, "m"), (6, "M"), (5, "M"), (4, "M")),  # i VII VI V: Andalusian
    ((0, "m"), (3, "m"), (6, "M"), (2, "M")),  # i iv VII III: leans to the relative major
    ((5, "M"), (6, "M"), (0, "m"), (0, "m")),  # VI VII i
    ((0, "m"), (4, "m"), (3, "m"), (0, "m")),  # i v iv i: natural minor
    ((0, "m7"), (3, "m7"), (4, "M7"), (0, "m7")),  # i7 iv7 V7 i7
    ((0, "m"), (5, "M"), (3, "m"), (4, "M")),  # i VI iv V
    ((0, "m"), (0, "m"), (5, "M"), (4, "M")),  # i i VI V
    ((3, "m"), (0, "m"), (4, "M"), (0, "m")),  # iv i V i
)

# Drum kit notes (GM channel 10).
KICK, SNARE, RIM, CLAP, HAT, PEDAL, OPEN, RIDE, CRASH, TAMB, SHAKER = 36, 38, 37, 39, 42, 44, 46, 51, 49, 54, 70


@dataclass(frozen=True)
class Style:
    name: str
    bpm: tuple[float, float]
    drums: str  # a pattern name in `_drum_bar`, or "" for none
    chords: tuple[int, ...]  # GM programs to choose the chord part from
    chord_play: tuple[str, ...]  # "block", "arp", "strum", "power", "pad", "stabs"
    bass: tuple[int, ...]
    bass_play: tuple[str, ...]  # "root", "eighths", "walk", "sync", "long"
    lead: tuple[int, ...]
    bars_per_chord: tuple[int, ...] = (1,)
    swing: float = 0.0  # the offbeat 8th delayed by this fraction of an 8th


STYLES: tuple[Style, ...] = (
    Style(
        "ballad",
        (64, 88),
        "ballad8",
        (0, 4, 48, 89),
        ("block", "arp", "pad"),
        (33, 32),
        ("root", "long"),
        (73, 40, 65, 53),
        (1, 2),
    ),
    Style(
        "ballad16",
        (66, 90),
        "ballad16",
        (0, 4, 24, 25),
        ("arp", "strum", "block"),
        (33, 35),
        ("root", "sync"),
        (73, 71, 41, 53, 65),
    ),
    Style(
        "lofi",
        (70, 92),
        "lofi",
        (4, 0, 11, 5),
        ("block", "stabs"),
        (32, 33, 38),
        ("sync", "root"),
        (65, 11, 73),
        (1,),
        0.28,
    ),
    Style("soul", (72, 100), "soul", (4, 16, 0), ("block", "stabs"), (33, 34), ("sync", "walk"), (65, 56, 53)),
    Style(
        "pop",
        (96, 128),
        "pop",
        (0, 25, 27, 90),
        ("strum", "block", "stabs"),
        (33, 34, 38),
        ("eighths", "root"),
        (80, 73, 53, 81),
    ),
    Style("rock", (100, 150), "rock", (29, 30, 27), ("power", "strum"), (34, 33), ("eighths",), (29, 30, 81)),
    Style("funk", (96, 118), "funk", (27, 4, 16), ("stabs",), (36, 33, 38), ("sync",), (56, 65, 81), (1,), 0.1),
    Style("disco", (110, 128), "disco", (48, 4, 27), ("stabs", "pad"), (33, 38), ("octaves",), (81, 56, 73)),
    Style("house", (118, 128), "house", (4, 90, 0), ("stabs",), (38, 39), ("offbeat",), (80, 81)),
    Style("trap", (130, 160), "trap", (89, 4, 48), ("pad", "arp"), (38, 39), ("long",), (80, 11, 81)),
    Style("punk", (165, 200), "punk", (30, 29), ("power",), (34,), ("eighths",), (30, 81)),
    Style("dnb", (165, 178), "dnb", (89, 90, 48), ("pad",), (38, 39), ("long", "sync"), (81, 80, 73)),
    Style("piano", (60, 110), "", (0,), ("arp", "block"), (0,), ("root", "long"), (0,), (1, 2)),
    Style("strings", (60, 100), "", (48, 49), ("pad",), (42, 43), ("long",), (40, 73, 68), (1, 2)),
    Style("guitar", (70, 130), "", (24, 25), ("arp", "strum"), (32,), ("root",), (73, 22, 24)),
    Style("ambient", (60, 96), "", (89, 91, 95, 52), ("pad",), (38,), ("long",), (88, 79, 92), (2,)),
)


@dataclass(frozen=True)
class Piece:
    seed: int
    style: str
    bpm: float
    tonic: int
    minor: bool
    seconds: float
    progression: tuple[tuple[int, str], ...]
    programs: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{NAMES[self.tonic]} {'minor' if self.minor else 'major'}"

    @property
    def tags(self) -> str:
        """What a request for this piece would say."""
        return f"{self.style}, {self.bpm:g} BPM, {self.key}"


def style_of(seed: int) -> Style:
    return STYLES[seed % len(STYLES)]


# -- the score -----------------------------------------------------------------------------------


Note = tuple[float, float, int, int, int]  # start beat, length in beats, channel, pitch, velocity


def _chord_pitches(tonic: int, minor: bool, degree: int, quality: str) -> list[int]:
    """Pitch classes (relative to C) of a chord, root first."""
    scale = MINOR_SCALE if minor else MAJOR_SCALE
    root = (tonic + scale[degree]) % 12
    third = 3 if quality.startswith("m") else 4
    fifth = 6 if quality.startswith("d") else 7
    notes = [root, root + third, root + fifth]
    if quality.endswith("7"):
        major_seventh = quality == "M7" and degree in (0, 3) and not (minor and degree == 0)
        notes.append(root + (11 if major_seventh else 10))
    return notes


def _near(pc: int, center: int) -> int:
    """The pitch of class `pc` nearest to `center`."""
    return center + ((pc - center + 6) % 12) - 6


def _voicing(chord: list[int], center: int) -> list[int]:
    return sorted(_near(pc, center + i * 3) for i, pc in enumerate(chord))


def _scale_pitches(tonic: int, minor: bool, raised: bool) -> list[int]:
    scale = list(MINOR_SCALE if minor else MAJOR_SCALE)
    if minor and raised:
        scale[6] = 11
    return [tonic + s + 12 * o for o in range(1, 8) for s in scale]


def _drum_bar(kind: str, rng: random.Random, bar: int, last: bool) -> list[tuple[float, int, int]]:
    """One bar of drums as (beat, note, velocity), on a 16th grid."""
    hits: list[tuple[float, int, int]] = []

    def at(step: float, note: int, vel: int) -> None:
        hits.append((step / 4, note, max(1, min(127, vel + rng.randint(-8, 8)))))

    fill = bar % 8 == 7 and not last
    if kind in ("ballad8", "ballad16", "lofi", "soul", "pop", "rock", "funk"):
        kicks = {
            "ballad8": [0, 8] if rng.random() < 0.6 else [0, 7, 8],
            "ballad16": [0, 10] if rng.random() < 0.5 else [0, 8, 11],
            "lofi": [0, 7, 10] if bar % 2 else [0, 10],
            "soul": [0, 6, 8] if bar % 2 else [0, 8, 10],
            "pop": [0, 8, 10] if rng.random() < 0.5 else [0, 6, 8],
            "rock": [0, 8] if bar % 2 == 0 else [0, 6, 8, 10],
            "funk": [0, 3, 10] if bar % 2 else [0, 6, 10, 11],
        }[kind]
        for s in kicks:
            at(s, KICK, 100 if s % 4 == 0 else 85)
        snare_note = RIM if kind in ("ballad8",) and bar < 4 else SNARE
        for s in (4, 12):
            at(s, snare_note, 105)
        if kind == "funk":
            for s in (7, 9, 15):
                at(s, SNARE, 35)  # ghost notes
        hat = RIDE if kind == "rock" and bar >= 8 else HAT
        step = 1 if kind in ("ballad16", "funk") else 2
        for s in range(0, 16, step):
            at(s, hat, 80 if s % 4 == 0 else 60 if s % 2 == 0 else 45)
        if kind == "pop" and rng.random() < 0.5:
            for s in (2, 6, 10, 14):
                at(s, TAMB, 55)
    elif kind == "disco" or kind == "house":
        for s in (0, 4, 8, 12):
            at(s, KICK, 105)
        for s in (4, 12):
            at(s, CLAP if kind == "house" else SNARE, 95)
        for s in (2, 6, 10, 14):
            at(s, OPEN, 70)
        if kind == "disco":
            for s in range(0, 16):
                if s % 2:
                    at(s, HAT, 45)
        else:
            for s in range(0, 16, 2):
                at(s, SHAKER, 50)
    elif kind == "trap":
        for s in [0, 7, 11] if bar % 2 else [0, 3, 10]:
            at(s, KICK, 110)
        at(8, CLAP, 105)
        at(8, SNARE, 80)
        for s in range(0, 16):
            at(s, HAT, 70 if s % 2 == 0 else 50)
        if bar % 4 == 3:
            for k in range(6):  # a hi-hat roll in 32nds
                at(12 + k / 2, HAT, 55)
    elif kind == "punk":
        for s in (0, 8) if bar % 2 == 0 else (0, 6, 8):
            at(s, KICK, 110)
        for s in (4, 12):
            at(s, SNARE, 110)
        for s in range(0, 16, 4 if rng.random() < 0.5 else 2):
            at(s, CRASH if s == 0 and bar % 4 == 0 else HAT if bar % 8 < 4 else RIDE, 85 if s % 4 == 0 else 60)
    elif kind == "dnb":
        for s in (0, 10):
            at(s, KICK, 110)
        for s in (4, 12):
            at(s, SNARE, 110)
        for s in (7, 14):
            at(s, SNARE, 40)
        for s in range(0, 16, 2):
            at(s, HAT, 70 if s % 4 == 0 else 55)
        if bar % 2:
            at(6, OPEN, 60)
    if fill:
        hits = [h for h in hits if h[0] < 3.0]
        for k, note in enumerate((50, 48, 47, 45)):
            at(12 + k, note, 95)
    if bar % 8 == 0:
        at(0, CRASH, 95)
    return hits


def piece(seed: int) -> Piece:
    rng = random.Random(f"fluid-{GENERATOR_VERSION}-{seed}")
    style = style_of(seed)
    minor = rng.random() < 0.5
    tonic = rng.randrange(12)
    bpm = float(rng.randint(round(style.bpm[0]), round(style.bpm[1])))
    progression = rng.choice(MINOR_PROGRESSIONS if minor else MAJOR_PROGRESSIONS)
    programs = {
        "chords": rng.choice(style.chords),
        "bass": rng.choice(style.bass),
        "lead": rng.choice(style.lead),
    }
    return Piece(seed, style.name, bpm, tonic, minor, 32.0, progression, programs)


def notes_of(p: Piece) -> list[Note]:
    """The score: every note of every part, in beats."""
    rng = random.Random(f"fluid-notes-{GENERATOR_VERSION}-{p.seed}")
    style = style_of(p.seed)
    per_chord = rng.choice(style.bars_per_chord)
    chord_play = rng.choice(style.chord_play)
    bass_play = rng.choice(style.bass_play)
    has_lead = rng.random() < 0.8
    bars = max(4, int(p.seconds / (4 * 60.0 / p.bpm)) + 1)
    out: list[Note] = []

    def add(beat: float, length: float, ch: int, pitch: int, vel: int) -> None:
        out.append((beat, length, ch, pitch, max(1, min(127, vel + rng.randint(-10, 10)))))

    chords: list[list[int]] = []
    degrees: list[int] = []
    for bar in range(bars):
        i = (bar // per_chord) % len(p.progression)
        degree, quality = p.progression[i]
        if bar == bars - 1:  # end on the tonic
            degree, quality = 0, "m" if p.minor else "M"
        chords.append(_chord_pitches(p.tonic, p.minor, degree, quality))
        degrees.append(degree)

    for bar, chord in enumerate(chords):
        b0 = bar * 4.0
        changed = bar == 0 or chord != chords[bar - 1]
        # The chord part, channel 0.
        voice = _voicing(chord, 62)
        if chord_play == "block":
            if changed or per_chord == 1:
                for n in voice:
                    add(b0, 4.0 * per_chord - 0.1, 0, n, 70)
                add(b0, 4.0 * per_chord - 0.1, 0, _near(chord[0], 45), 65)
            if style.drums:
                for beat in (2.0,):
                    for n in voice:
                        add(b0 + beat, 1.8, 0, n, 55)
        elif chord_play == "arp":
            order = [voice[0] - 12, voice[0], voice[1], voice[2], voice[0] + 12, voice[2], voice[1], voice[0]]
            for k in range(8):
                add(b0 + k * 0.5, 1.0, 0, order[k], 62 if k % 2 else 72)
        elif chord_play == "strum":
            shape = [_near(chord[0], 40), *_voicing(chord, 55), *_voicing(chord, 64)]
            for beat, down in ((0.0, True), (1.0, True), (1.5, False), (2.5, False), (3.0, True), (3.5, False)):
                strings = shape if down else shape[::-1][:4]
                for k, n in enumerate(strings):
                    add(b0 + beat + k * 0.012 * p.bpm / 60, 0.45, 0, n, 70 if down else 50)
        elif chord_play == "power":
            root = _near(chord[0], 43)
            for k in range(8):
                for n in (root, root + 7, root + 12):
                    add(b0 + k * 0.5, 0.45, 0, n, 85 if k % 2 == 0 else 70)
        elif chord_play == "pad":
            if changed:
                for n in voice:
                    add(b0, 4.0 * per_chord, 0, n, 60)
        elif chord_play == "stabs":
            for beat in (0.5, 1.5, 2.5, 3.5) if bar % 2 else (0.0, 1.5, 2.5, 3.5):
                for n in voice:
                    add(b0 + beat, 0.3, 0, n, 72)
        # The bass, channel 1.
        root = _near(chord[0], 38)
        fifth = root + 7
        if bass_play == "root":
            add(b0, 1.9, 1, root, 90)
            add(b0 + 2, 1.9, 1, root if rng.random() < 0.5 else fifth, 80)
        elif bass_play == "long":
            if changed:
                add(b0, 4.0 * per_chord - 0.05, 1, root, 90)
        elif bass_play == "eighths":
            for k in range(8):
                add(b0 + k * 0.5, 0.45, 1, root, 88 if k % 2 == 0 else 75)
        elif bass_play == "octaves":
            for k in range(8):
                add(b0 + k * 0.5, 0.4, 1, root + (12 if k % 2 else 0), 88)
        elif bass_play == "offbeat":
            for k in range(4):
                add(b0 + k + 0.5, 0.4, 1, root, 90)
        elif bass_play == "sync":
            for beat, n in ((0.0, root), (1.5, root), (2.5, fifth), (3.0, root + 12 if rng.random() < 0.3 else root)):
                add(b0 + beat, 0.45, 1, n, 90)
        elif bass_play == "walk":
            scale = _scale_pitches(p.tonic, p.minor, False)
            lower = [n for n in scale if root <= n < root + 12]
            for k in range(4):
                add(b0 + k, 0.9, 1, lower[min(len(lower) - 1, (0, 2, 4, 2)[k])] if k else root, 85)
    # The melody, channel 2: two-bar phrases, chord tones on strong beats.
    if has_lead:
        rhythm_choices = (
            (0.0, 1.0, 1.5, 2.0, 3.0),
            (0.0, 0.5, 1.0, 2.0, 2.5, 3.0),
            (0.0, 2.0, 3.0),
            (0.0, 1.0, 2.0, 3.0, 3.5),
            (0.5, 1.0, 2.0, 3.5),
        )
        pitch = _near(p.tonic, 71)
        for bar, chord in enumerate(chords):
            if bar % 4 == 3 and bar != len(chords) - 1 and rng.random() < 0.5:
                continue  # a breath
            raised = p.minor and degrees[bar] == 4 and chord[1] % 12 == (p.tonic + 11) % 12
            scale = _scale_pitches(p.tonic, p.minor, raised)
            onsets = rng.choice(rhythm_choices)
            for k, beat in enumerate(onsets):
                strong = beat in (0.0, 2.0)
                if bar == len(chords) - 1 and k == 0:
                    target = _near(p.tonic, pitch)
                elif strong:
                    target = min(
                        (_near(pc % 12, pitch) for pc in chord), key=lambda n: abs(n - pitch) + rng.random() * 3
                    )
                else:
                    idx = min(range(len(scale)), key=lambda i: abs(scale[i] - pitch))
                    target = scale[max(0, min(len(scale) - 1, idx + rng.choice((-2, -1, -1, 1, 1, 2))))]
                target = max(62, min(84, target))
                pitch = target
                nxt = onsets[k + 1] if k + 1 < len(onsets) else 4.0
                add(bar * 4.0 + beat, max(0.2, nxt - beat - 0.05), 2, pitch, 85)
    # Drums, channel 9.
    if style.drums:
        for bar in range(bars):
            for beat, n, vel in _drum_bar(style.drums, rng, bar, bar == bars - 1):
                out.append((bar * 4.0 + beat, 0.25, 9, n, vel))
    # Swing, then human timing (about 8 ms) on everything.
    humanised = []
    sd = 0.008 * p.bpm / 60.0  # seconds to beats
    for beat, length, ch, n, vel in out:
        if style.swing and abs(beat * 2 - round(beat * 2)) < 1e-9 and round(beat * 2) % 2 == 1:
            beat += style.swing * 0.5
        beat = max(0.0, beat + rng.gauss(0.0, sd))
        humanised.append((beat, length, ch, n, vel))
    return humanised


# -- the MIDI file -------------------------------------------------------------------------------


def _varlen(value: int) -> bytes:
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


def midi_bytes(p: Piece) -> bytes:
    """A standard MIDI file (format 0): tempo, programs, then every note."""
    events: list[tuple[int, int, bytes]] = []  # (tick, order, data): note-offs before note-ons at a tick
    events.append((0, 0, b"\xff\x51\x03" + round(60e6 / p.bpm).to_bytes(3, "big")))
    events.append((0, 0, b"\xff\x58\x04\x04\x02\x18\x08"))  # 4/4
    for ch, program in ((0, p.programs["chords"]), (1, p.programs["bass"]), (2, p.programs["lead"])):
        events.append((0, 1, bytes([0xC0 | ch, program])))
        events.append((0, 1, bytes([0xB0 | ch, 7, 100 if ch != 2 else 90])))  # channel volume
        events.append((0, 1, bytes([0xB0 | ch, 10, (40, 64, 84)[ch]])))  # pan
    for beat, length, ch, n, vel in notes_of(p):
        on, off = round(beat * TPQ), round((beat + length) * TPQ)
        events.append((on, 3, bytes([0x90 | ch, n & 0x7F, vel])))
        events.append((max(on + 1, off), 2, bytes([0x80 | ch, n & 0x7F, 0])))
    events.sort(key=lambda e: (e[0], e[1]))
    end = max(e[0] for e in events) + TPQ * 2
    track = bytearray()
    last = 0
    for tick, _, data in events:
        track += _varlen(tick - last) + data
        last = tick
    track += _varlen(end - last) + b"\xff\x2f\x00"
    header = b"MThd" + (6).to_bytes(4, "big") + (0).to_bytes(2, "big") + (1).to_bytes(2, "big") + TPQ.to_bytes(2, "big")
    return header + b"MTrk" + len(track).to_bytes(4, "big") + bytes(track)


# -- rendering -----------------------------------------------------------------------------------


def missing() -> str | None:
    """Why pieces cannot be rendered here, or None."""
    if not shutil.which("fluidsynth"):
        return "fluidsynth is not installed (Debian: apt-get install fluidsynth fluid-soundfont-gm; .ci/run does)"
    if not SOUNDFONT.exists():
        return f"{SOUNDFONT} is missing (Debian: apt-get install fluid-soundfont-gm; .ci/run does)"
    return None


def install() -> str | None:
    """Install FluidSynth and the sound font where this is a root on Debian; why not, or None."""
    if missing() is None:
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return missing()
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *PACKAGES]
    if subprocess.run(cmd, capture_output=True, env=env, timeout=900).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env, timeout=900)
        subprocess.run(cmd, capture_output=True, env=env, timeout=900)
    return missing()


def render(p: Piece, out: Path) -> None:
    """The piece through FluidSynth (reverb and chorus on, as shipped), 44.1 kHz stereo 16-bit WAV,
    cut to its length."""
    import numpy as np
    import soundfile

    mid = out.with_suffix(".mid")
    mid.write_bytes(midi_bytes(p))
    raw = out.with_suffix(".raw.wav")
    cmd = ["fluidsynth", "-ni", "-q", "-g", "0.5", "-r", str(RATE), "-F", str(raw), str(SOUNDFONT), str(mid)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    x, rate = soundfile.read(str(raw), dtype="float32", always_2d=True)
    x = x[: round(p.seconds * rate)]
    peak = float(np.abs(x).max()) if len(x) else 0.0
    if peak > 0:
        x = x * (0.89 / peak)
    soundfile.write(str(out), x, rate, subtype="PCM_16")
    raw.unlink()
    mid.unlink()


def rendered(seed: int, cache: Path = CACHE) -> tuple[Piece, Path]:
    """The piece of `seed` and its rendering, cached by what the generator writes."""
    p = piece(seed)
    digest = hashlib.sha256(midi_bytes(p)).hexdigest()[:16]
    path = cache / f"{seed}-{digest}.wav"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f".{seed}-{digest}-{os.getpid()}.wav"
        render(p, tmp)
        tmp.replace(path)
    return p, path


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    p = piece(seed)
    if why := install():
        sys.exit(why)
    if len(sys.argv) > 2:
        render(p, Path(sys.argv[2]))
        print(f"{sys.argv[2]}: {p.tags} ({p.programs})")
    else:
        _, path = rendered(seed)
        print(f"{path}: {p.tags} ({p.programs})")


if __name__ == "__main__":
    main()
