"""What a track measures: tempo, key, integrated loudness, true peak and clipping.

Everything streams in blocks (a track of an hour is never held whole):

- **Loudness**: ITU-R BS.1770-4 integrated loudness. K-weighting (the standard's high shelf and
  high pass, designed for the file's rate the way pyloudnorm does, checked against it in the tests)
  runs block by block with carried filter state; mean squares per 100 ms give the 400 ms gating
  blocks (75 % overlap), then the absolute (-70 LUFS) and relative (-10 LU) gates.
- **True peak**: the signal oversampled 4x (soxr), its largest magnitude in dBTP. **Clipping**: three
  or more consecutive samples at full scale.
- **Tempo**: an onset envelope (spectral flux of log magnitudes, 11,025 Hz mono, 172 frames/s), its
  autocorrelation, and a comb over eight beat multiples searched on a 0.01 BPM grid within 50-220
  BPM finds the pulse (again on a flux that a vibrato does not raise: where that finds another pulse,
  the first was a vibrato's); then the music picks the beat among that tempo, its half and its double (the
  onsets folded over bars: how strong each level's pulses are against the level's in-between ones;
  a fast pulse with nothing between its beats but an accent on every other one is a slow beat's
  8th notes; a slow pulse with three strong onsets or more on each beat is a fast beat's half; beats are
  kept within 60-200 BPM unless the comb itself reads outside them). A beat whose every 32nd note
  sounds in the hi-hat band is the half of a beat in 16ths (trap's half-time snare over 16th hats), and
  a beat of 100 BPM or slower whose bands above the kick's (150-1,000 Hz) all sit off the kick's phase is
  the half of a beat where kick and snare alternate (drum and bass and punk read at half).
  Confidence: the comb's clarity times how clear the level was; an unclear level names the other.
- **Key**: a chroma with each note's 3rd and 5th harmonics taken out (a semitone spectrum from
  8,192-point FFTs on a grid tuned to where the music's peaks sit, less each frame's floor, cleaned from
  the lowest pitch up), correlated with the Albrecht-Shanahan major and minor profiles in all 24 keys,
  plus the bass line (each frame's lowest note) against chord-root profiles, which name the tonic where
  a key and its relative share their notes. Where the analysis reaches the end of the track, its last
  2 s that sound choose between that key and its relative (how a piece ends says which is home).
  Confidence: the margin of the best over the runner-up, which is named when the margin is thin; a guess
  where the ending favours yet another key.

Tempo and key are measured on the first 10 minutes; loudness and peaks on the whole track.
Blocking: run it in a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ace_step_mcp.audio.musictags import NAMES, Key, bpm_of, key_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    from numpy.typing import NDArray

BLOCK = 1 << 16
ANALYSIS_RATE = 11_025
HOP = 64  # onset frames: 172 per second
ONSET_FFT = 512
TEMPO_S = 600.0  # tempo and key: the first 10 minutes
BPM_RANGE = (50.0, 220.0)
CHROMA_FFT = 8192
# A note's 3rd and 5th harmonics (19 and 28 semitones up) at a typical share of its magnitude (about
# -10 and -14 dB): taken out of the pitches above it before they are counted. More takes out the
# fifths and thirds that are played; the renders measured best between 0.2 and 0.3.
HARMONICS = ((19, 0.3), (28, 0.2))
# The spectral floor: in each frame, the median of the semitones within FLOOR_SPAN either side of a pitch
# (an octave's window, as NNLS chroma whitens its log spectrum over an octave) is taken out of it before
# anything is counted, so what a pitch holds is what stands above its neighbourhood (a note), not the
# broadband wash of drums, breath and reverb, which lands on all twelve classes and blurs a key towards
# its neighbours. On the FluidSynth pieces (bench/fluidpieces.py, seeds 0-199) keys exact 154 -> 161 of
# 200 (159-164 for spans of 2 to 12; 4 read 163, but it turned one of the tests' emulator renders cut
# mid-loop to its relative, and read the distorted guitars of the band tracks less steadily from one
# half of a track to the other).
FLOOR_SPAN = 6
# Tuning (`_tuning`): where the strong spectral peaks sit, on average, this far (semitones) or more from
# A = 440 Hz's equal-tempered grid, the grid moves with them, so a band tuned a quarter-tone flat is not
# read half in one key and half in the next. Within it (the estimate's own scatter is about 0.05 on
# pieces in tune) the grid stays where it is. On the FluidSynth pieces (seeds 0-199, every other one)
# shifted by -45, -12, +15 and +30 cents: 74-78 of 100 keys exact with it, 39-75 without (-45 cents: 75
# against 39); in tune, the same 75.
TUNING_MIN = 0.1
# The metrical level (`_metrical_level`): the double's extra pulses at least this strong against the
# tempo's own make the beat the double; the tempo's extra pulses under this against its half make it
# the half. Confidence in a level grows from none at the line to full LEVEL_SPAN beyond it.
LEVEL_UP = 0.8
LEVEL_DOWN = 0.66
LEVEL_SPAN = 0.2
LEVEL_DOUBT = 0.6  # under this confidence in the level, the other level is given as the alternative
# A pulse this fast (BPM) with nothing between its beats (the double's pulses under TATUM_UP of its
# own) but accented every other beat (its pulses under TATUM_DOWN of the half's, over the three bands)
# is the subdivision of a slower beat, not the beat: a ballad's 8th notes read by the comb. A metronome
# (every click alike: 0.93-1.0) stays the beat it clicks. The up line sits mid-gap: on the FluidSynth
# pieces (bench/fluidpieces.py, seeds 0-199) slow beats read at double show 0.45-0.52 and fast ones
# read right 0.56 or more (punk at 194-198 BPM, trap), stable to ±0.01 when the tempo moves ±0.1 %.
TATUM_BPM = 130.0
TATUM_UP = 0.54
TATUM_DOWN = 0.9
BACKBEAT = 1.0  # a plain backbeat (`_backbeat`): the kick's and snare's alternation this clear
# A beat of 100 BPM or slower with this many strong onsets per beat or more (`_onset_density`: peaks of
# the comb's band at half the loudest's level, 95th percentile, or more) and the double's pulses at least
# LEVEL_UP - LEVEL_SPAN of its own is the half of a fast beat: metal's double kick and tremolo picking at
# 190 read at 95 (4.4 per beat), not a ballad's 16ths. On the tuning pieces (bench/fluidpieces.py, seeds
# 0-99), the band tracks and the emulator sweep, slow beats with drums show 1.0-2.3 (a band track charted
# at 95: 2.0; the 190 one stays 2.2 times that with the line anywhere from 0.3 to 0.7 of the loudest);
# pads without a pulse show 4.7-8.6, but their double's pulses stay under 0.54 of their own.
DENSE_BEAT = 3.0
# A beat whose every 32nd note sounds in the hi-hat band (`_subdivision_fill`: at least FILL_UP of the 32
# positions of a bar are onsets standing above the halfway points beside them) is half the beat: 16ths at
# the double tempo, not 32nds. Trap's unbroken 16th hi-hats at 130-160 BPM under a half-time snare fill
# 0.91-1.0 at the half; every other piece of bench/fluidpieces.py (seeds 0-199), every band track and
# every slow beat with 16th or swung hi-hats fills 0.78 or less at the tempo it is read at. Mid-gap.
FILL_UP = 0.85
# Where the kick and everything above it alternate within the beat, the beat is twice as fast: drum and
# bass or punk at 170-200 BPM read at 85-100 put the snare (and the rest of the 150-1,000 Hz bands) half a
# beat off the kick. `_offbeat` measures, at the beat's own period and segment by segment (so a tempo a
# hair off does not smear it), how far each of the three bands above the kick's (OFFBEAT_BANDS) sits from
# the kick's phase; the smallest of the three, in beats (0-0.5), at OFFBEAT or more doubles a beat of 100
# BPM or slower (`_metrical_level`). On the FluidSynth pieces (bench/fluidpieces.py, seeds 0-199), the band
# tracks and the emulator sweep, every beat of 100 BPM or slower read right sits 0.09 beat off or less
# (funk, soul and lo-fi with syncopated kicks the most), the six drum and bass and punk pieces read at half
# 0.26-0.37; stable to ±0.01 when the tempo moves ±0.2 %. The line is mid-gap; anywhere from 0.12 to 0.25
# reads the same. The three bands must agree: one band alone, or the kick's band against 150-1,000 Hz as
# one, put slow pieces up to 0.3-0.4 beat off (syncopated comping, the snare's body under 250 Hz).
OFFBEAT_BANDS = (20.0, 150.0, 250.0, 500.0, 1000.0)  # Hz: the kick's band, then the three above it
OFFBEAT = 0.18
OFFBEAT_SEGMENT_S = 4.0
# The fastest beat a reading is doubled to, and the slowest it is halved to: beats past 200 or under
# 60 BPM are rare, and a pulse there is more often a subdivision or a half bar. The comb itself reads
# 50-220 BPM.
FAST_MAX = 200.0
SLOW_MIN = 60.0
CLARITY_SCALE = 3.0
# The comb also runs on a flux that a vibrato does not raise (`_onsets`' last two columns: each bin
# against the largest of the STEADY_REACH bins either side STEADY_LAG frames before). Where it finds a
# pulse that is no simple multiple of the plain comb's, the plain one was counting a vibrato or a
# tremolo (bowed strings, pads: FluidR3's strings pulse near 150 BPM), and the steady comb's pulse is
# the one the metrical level starts from. On the FluidSynth pieces (seeds 0-199) this read 5 more of the
# drumless string and ambient pieces at their tempo and changed no other reading; reaches of 1-3 bins
# and lags of 1-3 frames read 2-5 more.
STEADY_REACH = 2
STEADY_LAG = 2
# Where the plain comb finds no clear pulse (clarity under NOTES_BELOW) and the steady comb does not find
# the same one clearly (NOTES_BELOW or more: the attacks of distorted guitars and double kicks, whose
# plain clarity on the metal band tracks is 0.12-0.22 and steady 0.49-0.79), the comb also runs on the
# notes' own onsets (`_note_onsets`: each semitone's level against its loudest in the NOTES_MEMORY_S before,
# so a sustained chord that swells, beats or wavers adds nothing and only a pitch not heard just before
# counts: a bowed or blown melody's next note, a pad's next chord). Where that comb is the clearer, its
# pulse is the one the metrical level starts from, and the level is judged on those onsets. FluidR3's
# string ensembles and pads beat and swell at 2-3.5 Hz (the plain and the steady combs read 112-207 BPM on
# drumless strings at 63-100); on the FluidSynth pieces (bench/fluidpieces.py, seeds 0-199) every drummed
# piece and every guitar and piano piece but one (piano at 102, read right before and after) has a plain
# clarity of 0.47 or more, strings and ambient pads 0.31 or less: tempo 189 -> 198 of 200, every string
# piece but one (96 BPM, read 84 at 0.17) and the ambient pad read 2.6 % fast (the plain comb's double,
# halved) at their tempo. The metal band tracks' riffs change notes every other beat: with the notes' comb
# free to take them, two of the eight were read at half with confidence 1.0, hence the steady comb's say.
NOTES_BELOW = 0.35
NOTES_FFT = 1024  # at half ANALYSIS_RATE
NOTES_HOP = 256
NOTES_MIDI = (40, 100)  # E2-E7
NOTES_MEMORY_S = 0.5
LOW_CONFIDENCE = 0.35  # under this a tempo or key is stated as a guess, and a miss is no reason to re-render
# Albrecht & Shanahan (2013) key profiles, tonic first: pitch-class distributions of a corpus of
# pieces in known keys. Against Krumhansl & Kessler's probe-tone profiles (1982) on the same cleaned
# chroma: 40 of 42 emulator renders in the asked key against 39, and 24 of 24 chord progressions alike.
MAJOR = (0.238, 0.006, 0.111, 0.006, 0.137, 0.094, 0.016, 0.214, 0.009, 0.080, 0.008, 0.081)
MINOR = (0.220, 0.006, 0.104, 0.123, 0.019, 0.103, 0.012, 0.214, 0.062, 0.022, 0.061, 0.052)
# The bass line names the tonic where the pitches alone leave a key and its relative (or its fifth) in
# doubt: chord roots in popular music, tonic first (rounded from de Clercq & Temperley's rock corpus:
# I most, then V and IV, vi; in minor i, then iv, v/V, VI and VII). Not fitted here. Each frame's
# lowest pitch from E1 (BASS_LOW) to B3 (BASS_HIGH) is its bass note; the bass's correlation with
# these counts BASS_WEIGHT of the chroma's (0.35 chosen on the tuning pieces of bench/fluidpieces.py,
# seeds 0-99: 68 to 73 of 100 exact; on held-out seeds 100-199, 70 to 76).
BASS_MAJOR = (0.33, 0.005, 0.07, 0.02, 0.04, 0.18, 0.005, 0.2, 0.02, 0.1, 0.03, 0.005)
BASS_MINOR = (0.33, 0.01, 0.03, 0.08, 0.005, 0.14, 0.005, 0.16, 0.12, 0.005, 0.12, 0.01)
BASS_LOW, BASS_HIGH = 28, 59  # MIDI notes E1, B3
BASS_WEIGHT = 0.35
# How a piece ends says which of a key and its relative (the same notes) is home: the last ENDING_S
# seconds that sound (frames at ENDING_QUIET of the loudest or more) are correlated again, their chroma
# with the key profiles and their bass with the bass profiles, each at ENDING_WEIGHT, and choose between
# the body's key and its relative (`key_reading`). Only where the analysis reaches the end of the track
# (not past TEMPO_S). On the FluidSynth pieces (seeds 0-199) 0.15-0.3 read 154-156 keys exact against
# 149 without; 0.3 turned one emulator render cut mid-loop (house in F#, ending on vi) to its relative,
# 0.2 none of the tests' renders (one of the sweep's 42, at confidence 0.06 with the asked key as the
# alternative). A 3 s ending reads worse: it holds the chord before the last.
ENDING_S = 2.0
ENDING_QUIET = 0.05
ENDING_WEIGHT = 0.2


@dataclass(frozen=True)
class Analysis:
    bpm: float | None
    bpm_confidence: float
    key: str | None
    key_confidence: float
    lufs: float | None  # None: silence (every block under the absolute gate)
    true_peak_db: float | None
    clipping: bool
    # The other reading the music nearly supports: the half or double tempo, the relative or
    # neighbouring key. None when the reading is clear (and in records made before they existed).
    bpm_alternative: float | None = None
    key_alternative: str | None = None

    def record(self) -> dict[str, Any]:
        return asdict(self)


# -- loudness ------------------------------------------------------------------------------------


def k_weighting(rate: int) -> NDArray[np.float64]:
    """The BS.1770 K-weighting filter for `rate` as second-order sections (shelf, then high pass)."""
    import numpy as np

    sections = []
    # High shelf: +4 dB above about 1.5 kHz.
    gain, q, fc = 4.0, 1 / math.sqrt(2), 1500.0
    a_ = 10 ** (gain / 40)
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cw, sa = math.cos(w0), 2 * math.sqrt(a_) * alpha
    b = [
        a_ * ((a_ + 1) + (a_ - 1) * cw + sa),
        -2 * a_ * ((a_ - 1) + (a_ + 1) * cw),
        a_ * ((a_ + 1) + (a_ - 1) * cw - sa),
    ]
    a = [(a_ + 1) - (a_ - 1) * cw + sa, 2 * ((a_ - 1) - (a_ + 1) * cw), (a_ + 1) - (a_ - 1) * cw - sa]
    sections.append([*(x / a[0] for x in b), 1.0, a[1] / a[0], a[2] / a[0]])
    # High pass at 38 Hz (the RLB curve).
    q, fc = 0.5, 38.0
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cw = math.cos(w0)
    b = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2]
    a = [1 + alpha, -2 * cw, 1 - alpha]
    sections.append([*(x / a[0] for x in b), 1.0, a[1] / a[0], a[2] / a[0]])
    return np.asarray(sections, dtype=np.float64)


class _Loudness:
    """Integrated loudness, fed block by block."""

    def __init__(self, rate: int, channels: int) -> None:
        import numpy as np

        self.rate = rate
        self.sos = k_weighting(rate)
        self.zi = np.zeros((len(self.sos), 2, channels))  # filter state, carried from block to block
        self.step = round(0.1 * rate)  # 100 ms
        self.carry = np.zeros((0, channels))
        self.squares: list[NDArray[np.float64]] = []  # per 100 ms step: mean square per channel
        weights = [1.0, 1.0, 1.0, 0.0, 1.41, 1.41]  # L R C LFE Ls Rs (BS.1770)
        self.weights = np.asarray(weights[:channels] if channels <= 6 else [1.0] * channels)

    def feed(self, block: NDArray[np.float32]) -> None:
        import numpy as np
        from scipy.signal import sosfilt

        y, self.zi = sosfilt(self.sos, block.astype(np.float64), axis=0, zi=self.zi)
        y = np.concatenate([self.carry, y]) if len(self.carry) else y
        whole = len(y) // self.step * self.step
        if whole:
            self.squares.append((y[:whole] ** 2).reshape(-1, self.step, y.shape[1]).mean(axis=1))
        self.carry = y[whole:]

    def integrated(self) -> float | None:
        import numpy as np

        if not self.squares:
            return None
        steps = np.concatenate(self.squares)  # (n steps, channels)
        if len(steps) < 4:
            return None
        # 400 ms blocks, 75 % overlap: four consecutive 100 ms steps each.
        blocks = (steps[:-3] + steps[1:-2] + steps[2:-1] + steps[3:]) / 4
        power = blocks @ self.weights
        with np.errstate(divide="ignore"):
            loud = -0.691 + 10 * np.log10(power)
        above = loud > -70.0
        if not above.any():
            return None
        relative = -0.691 + 10 * math.log10(float(power[above].mean())) - 10.0
        gated = above & (loud > relative)
        if not gated.any():
            return None
        return round(-0.691 + 10 * math.log10(float(power[gated].mean())), 2)


# -- tempo and key -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TempoReading:
    bpm: float | None
    confidence: float  # 0-1
    alternative: float | None  # the half or double tempo, when the music left the beat level in doubt


@dataclass(frozen=True)
class KeyReading:
    key: Key | None
    confidence: float  # 0-1
    alternative: Key | None  # the runner-up, when it fits nearly as well (relative, fifth, parallel)


def _onset_and_chroma(
    mono: NDArray[np.float32], rate: int, ends: bool = False
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The onset envelopes (`_onsets`) and a summed chroma vector with the harmonics of each note
    taken out (`_chroma`; with the ending's chroma and bass when `ends`: the samples reach the end of
    the piece)."""
    return _onsets(mono, rate), _chroma(mono, rate, ends)


def _onsets(mono: NDArray[np.float32], rate: int) -> NDArray[np.float64]:
    """Spectral-flux onset envelopes, one row per HOP, in nine columns: 20-250 Hz (kick and bass),
    20 Hz-2.1 kHz (the comb's), 2.1-5 kHz (snare and hats, for the backbeat), the first two again
    as a flux that a vibrato or a tremolo does not raise (`STEADY_REACH`: each bin against the largest
    of its neighbours STEADY_LAG frames before, as SuperFlux does), and the kick's band and the three
    above it (`OFFBEAT_BANDS`: 20-150, 150-250, 250-500 and 500-1,000 Hz, for `_offbeat`)."""
    import numpy as np

    n_fft = ONSET_FFT
    window = np.hanning(n_fft).astype(np.float32)
    bin_hz = rate / n_fft
    low, bass, high = max(1, round(20 / bin_hz)), round(250 / bin_hz), round(2100 / bin_hz)
    top = min(n_fft // 2, round(5000 / bin_hz))
    split = [max(low, min(top, round(hz / bin_hz))) - low for hz in OFFBEAT_BANDS]
    frames = max(0, (len(mono) - n_fft) // HOP + 1)
    onset = np.zeros((frames, 5 + len(split) - 1))
    prev = None
    reach, lag, width = STEADY_REACH, STEADY_LAG, high - low
    prev_wide = np.zeros((0, width))
    for a in range(0, frames, 4096):
        b = min(frames, a + 4096)
        idx = np.arange(a, b)[:, None] * HOP + np.arange(n_fft)[None, :]
        mag = np.abs(np.fft.rfft(mono[idx] * window, axis=1))
        logmag = np.log1p(100.0 * mag[:, low:top])
        if prev is not None:
            diff = np.diff(np.vstack([prev, logmag]), axis=0)
        else:
            diff = np.vstack([np.zeros((1, logmag.shape[1])), np.diff(logmag, axis=0)])
        flux = np.maximum(diff, 0.0)
        onset[a:b, 0] = flux[:, : bass - low].sum(axis=1)  # kick and bass (to 250 Hz): where the beat is
        onset[a:b, 1] = flux[:, : high - low].sum(axis=1)  # to 2.1 kHz: beats and bass
        onset[a:b, 2] = flux[:, high - low :].sum(axis=1)
        for j in range(len(split) - 1):  # the kick's band and the three above it
            onset[a:b, 5 + j] = flux[:, split[j] : split[j + 1]].sum(axis=1)
        prev = logmag[-1:]
        # The steady flux: against the widest of each bin's neighbours (a vibrato's pitch moving within
        # them adds nothing) STEADY_LAG frames back.
        part = logmag[:, : width + reach]
        wide = part.copy()
        for k in range(1, reach + 1):
            wide[:, k:] = np.maximum(wide[:, k:], part[:, :-k])
            wide[:, :-k] = np.maximum(wide[:, :-k], part[:, k:])
        wide = wide[:, :width]
        before = np.vstack([prev_wide, wide])[-(len(wide) + lag) : -lag]
        steady = np.maximum(logmag[len(wide) - len(before) :, :width] - before, 0.0)
        onset[b - len(steady) : b, 3] = steady[:, : bass - low].sum(axis=1)
        onset[b - len(steady) : b, 4] = steady.sum(axis=1)
        prev_wide = wide[-lag:]
    return onset


def _note_onsets(mono: NDArray[np.float32], frames: int) -> NDArray[np.float64]:
    """An onset envelope of new pitches in mono samples at ANALYSIS_RATE, on `frames` frames of HOP: each
    semitone of NOTES_MIDI (a triangle of FFT bins around it, log-compressed) over its own largest level in
    the NOTES_MEMORY_S before, summed. A note held, swelling, beating against a detuned layer or wavering
    within its semitone counts nothing; a pitch that was not sounding does, however softly it starts. On
    the samples at half the rate (the pitches reach 2.6 kHz): NOTES_FFT points (186 ms, 5.4 Hz bins) every
    NOTES_HOP (46 ms; 23 ms read the same tempi at 1.5 times the CPU)."""
    import numpy as np
    import soxr

    rate = ANALYSIS_RATE / 2
    x = soxr.resample(np.ascontiguousarray(mono, dtype=np.float32), ANALYSIS_RATE, rate)
    n_fft, hop = NOTES_FFT, NOTES_HOP
    count = max(0, (len(x) - n_fft) // hop + 1)
    if count < 2 or frames == 0:
        return np.zeros(frames)
    freqs = np.arange(n_fft // 2 + 1) * rate / n_fft
    midi = 69.0 + 12.0 * np.log2(np.maximum(freqs, 1.0) / 440.0)
    pitches = np.arange(NOTES_MIDI[0], NOTES_MIDI[1] + 1)
    bank = np.maximum(0.0, 1.0 - np.abs(midi[:, None] - pitches[None, :])).astype(np.float32)
    used = np.flatnonzero(bank.any(axis=1))  # contiguous: the triangles overlap
    bank = bank[used[0] : used[-1] + 1]
    window = np.hanning(n_fft).astype(np.float32)
    level = np.empty((count, len(pitches)))
    for a in range(0, count, 4096):
        b = min(count, a + 4096)
        idx = np.arange(a, b)[:, None] * hop + np.arange(n_fft)[None, :]
        mag = np.abs(np.fft.rfft(x[idx] * window, axis=1)[:, used[0] : used[-1] + 1])
        level[a:b] = np.log1p(100.0 * (mag @ bank))
    # The loudest of each semitone over the `memory` frames before (a running maximum by doubling spans);
    # the first frame is its own past, so where the track begins is no burst of new pitches.
    memory = max(1, round(NOTES_MEMORY_S * rate / hop))
    high = np.vstack([level[:1], level[:-1]])
    span = 1
    while span * 2 <= memory:
        high[span:] = np.maximum(high[span:], high[:-span])
        span *= 2
    if span < memory:  # the rest of the window: the larger of two overlapping spans of `span`
        high = np.maximum(high, np.vstack([np.repeat(high[:1], memory - span, axis=0), high[: -(memory - span)]]))
    new = np.maximum(level - high, 0.0).sum(axis=1)
    # On HOP frames: each of these FFTs' centre where the onset window's is.
    centre = (np.arange(frames) * HOP + ONSET_FFT / 2) / ANALYSIS_RATE * rate / hop - n_fft / 2 / hop
    out: NDArray[np.float64] = np.interp(centre, np.arange(count), new, left=0.0, right=0.0)
    return out


def _chroma(mono: NDArray[np.float32], rate: int, ends: bool = False) -> NDArray[np.float64]:  # (2 or 4, 12)
    """Pitch classes heard, each note counted once rather than with its overtones.

    An FFT chroma folds every note's third harmonic onto its fifth and its fifth harmonic onto its major
    third, which turns A minor into E minor and a major key into its dominant. Here each 8,192-point
    frame (1.3 Hz bins) becomes a semitone spectrum from A1 (55 Hz) to B6 (1,976 Hz): the magnitude
    within half a semitone of each equal-tempered pitch (A = 440 Hz), less the frame's floor there (the
    median of the FLOOR_SPAN semitones either side: drums and noise spread over every pitch, notes stand
    above it). The grid follows the music's tuning where it is TUNING_MIN or more off A = 440 Hz
    (`_tuning`). From the lowest pitch up, what a note's 3rd and 5th harmonics (19 and 28 semitones
    above) would put there is taken out of the pitches above it before they are counted themselves (the
    octaves, 2nd and 4th harmonics, fall on the note's own pitch class and stay). The remainder, summed
    over frames and folded into 12 classes, is the chroma.

    Second row: the bass. In each frame the lowest pitch from E1 to B3 at half the strongest there or
    more is the bass note; its magnitude is counted in its class.

    With `ends` (the samples run to the end of the piece), third and fourth rows: the chroma and the
    bass of the ending, the last ENDING_S seconds up to the last frame that sounds (at ENDING_QUIET of
    the loudest frame or more, so a fade or a reverb tail is not the ending)."""
    import numpy as np
    from scipy.ndimage import median_filter

    n_fft = CHROMA_FFT
    freqs = np.fft.rfftfreq(n_fft, 1.0 / rate)
    lo_midi, hi_midi = BASS_LOW, 95  # E1 .. B6; the chroma counts from A1 (55 Hz)
    step = n_fft // 2
    starts = np.arange(0, max(0, len(mono) - n_fft) + 1, step) if len(mono) >= n_fft else np.zeros(0, dtype=int)
    # The spectra of every frame, kept (float32, 41 Hz to 2.1 kHz: 10 MB for 10 minutes) so that the
    # tuning is read from them before their bins are given pitches (`_tuning`).
    span = np.flatnonzero((freqs >= 38.0) & (freqs <= 2100.0))
    window = np.hanning(n_fft).astype(np.float32)
    spectra = np.zeros((len(starts), len(span)), dtype=np.float32)
    for a in range(0, len(starts), 64):
        idx = starts[a : a + 64, None] + np.arange(n_fft)[None, :]
        spectra[a : a + 64] = np.abs(np.fft.rfft(mono[idx] * window, axis=1))[:, span[0] : span[-1] + 1]
    tuning = _tuning(spectra, np.asarray(freqs[span], dtype=np.float64))
    if abs(tuning) < TUNING_MIN:
        tuning = 0.0
    with np.errstate(divide="ignore"):
        midi = 69 + 12 * np.log2(np.where(freqs[span] > 0, freqs[span], 1e-9) / 440.0) - tuning
    nearest = np.round(midi).astype(int)
    band = (nearest >= lo_midi) & (nearest <= hi_midi)
    cols = np.flatnonzero(band)
    pitch_of = nearest[cols] - lo_midi  # rising with the bin: each pitch's bins are one run
    count = hi_midi - lo_midi + 1
    edges = np.searchsorted(pitch_of, np.arange(count + 1))  # pitch p: bins edges[p] to edges[p + 1]
    first = 33 - lo_midi  # A1: the chroma counts from here
    to_class = np.zeros((count - first, 12))
    to_class[np.arange(count - first), (np.arange(first, count) + lo_midi) % 12] = 1.0
    frame_chroma: list[NDArray[np.float64]] = []  # per frame, folded into 12 classes (for the ending)
    frame_bass: list[NDArray[np.float64]] = []
    low_count = BASS_HIGH - lo_midi + 1
    for a in range(0, len(starts), 64):
        power = np.cumsum(spectra[a : a + 64, cols].astype(np.float64) ** 2, axis=1)
        power = np.hstack([np.zeros((len(power), 1)), power])
        amp = np.sqrt(np.maximum(0.0, power[:, edges[1:]] - power[:, edges[:-1]]))  # (frames, pitches)
        floor = median_filter(amp, size=(1, 2 * FLOOR_SPAN + 1), mode="nearest")
        clean = np.maximum(0.0, amp - floor)
        for p in range(count):
            for shift, weight in HARMONICS:
                q = p + shift
                if q < count:
                    clean[:, q] = np.maximum(0.0, clean[:, q] - weight * clean[:, p])
        frame_chroma.append(clean[:, first:] @ to_class)
        # The bass note of each frame: the lowest pitch to B3 at half the strongest there or more.
        low = clean[:, :low_count]
        top = low.max(axis=1)
        heard = top > 0
        lowest = np.argmax(low >= 0.5 * top[:, None], axis=1)
        fb = np.zeros((len(low), 12))
        rows = np.flatnonzero(heard)
        fb[rows, (lowest[rows] + lo_midi) % 12] = low[rows, lowest[rows]]
        frame_bass.append(fb)
    if not frame_chroma:
        return np.zeros((2, 12))
    chroma_frames, bass_frames = np.concatenate(frame_chroma), np.concatenate(frame_bass)
    out = [chroma_frames.sum(axis=0), bass_frames.sum(axis=0)]
    if ends:
        energy = chroma_frames.sum(axis=1)
        sounding = np.flatnonzero(energy >= ENDING_QUIET * energy.max())
        if len(sounding):
            stop = int(sounding[-1]) + 1
            start = max(0, stop - max(1, round(ENDING_S * rate / step)))
            out += [chroma_frames[start:stop].sum(axis=0), bass_frames[start:stop].sum(axis=0)]
    return np.stack(out)


def _tuning(spectra: NDArray[np.float32], freqs: NDArray[np.float64]) -> float:
    """How far (semitones, -0.5 to 0.5) the music's pitches sit from A = 440 Hz's equal-tempered grid: the
    magnitude-weighted circular mean of the deviation of each frame's strong peaks from their nearest
    semitone (peaks from 100 Hz to 2 kHz at a tenth of the frame's loudest or more, their frequencies
    interpolated on the log magnitude). 0.0 where no peak is found."""
    import numpy as np

    use = (freqs >= 100.0) & (freqs <= 2000.0)
    lo, hi = max(1, int(np.argmax(use))), min(len(use) - 1, len(use) - int(np.argmax(use[::-1])))
    if not use.any() or hi - lo < 3 or not len(spectra):
        return 0.0
    m = spectra[:, lo - 1 : hi + 1].astype(np.float64)  # each candidate bin with a neighbour either side
    mid = m[:, 1:-1]
    peak = (mid > m[:, :-2]) & (mid >= m[:, 2:]) & (mid >= 0.1 * mid.max(axis=1, keepdims=True)) & (mid > 0)
    f, b = np.nonzero(peak)
    if not len(f):
        return 0.0
    logm = np.log(m[f[:, None], b[:, None] + np.arange(3)[None, :]] + 1e-12)
    den = logm[:, 0] - 2 * logm[:, 1] + logm[:, 2]
    offset = np.where(np.abs(den) > 1e-12, 0.5 * (logm[:, 0] - logm[:, 2]) / np.where(den == 0, 1, den), 0.0)
    bin_hz = freqs[1] - freqs[0]
    hz = freqs[lo] + (b + np.clip(offset, -0.5, 0.5)) * bin_hz
    semis = 12 * np.log2(hz / 440.0)
    phase = np.sum(mid[f, b] * np.exp(2j * np.pi * (semis - np.round(semis))))
    return float(np.angle(phase) / (2 * np.pi)) if abs(phase) > 0 else 0.0


def _detrended(onset: NDArray[np.float64]) -> NDArray[np.float64]:
    import numpy as np

    x = onset - np.convolve(onset, np.ones(64) / 64, mode="same")  # remove the slow trend
    return np.maximum(x, 0.0)


def _autocorrelation(onset: NDArray[np.float64]) -> NDArray[np.float64]:
    import numpy as np

    x = _detrended(onset)
    n = len(x)
    size = 1 << (2 * n - 1).bit_length()
    spec = np.fft.rfft(x, size)
    acf = np.fft.irfft(spec * np.conj(spec), size)[:n]
    return acf / (acf[0] if acf[0] > 0 else 1.0)


def tempo_of(
    onsets: NDArray[np.float64], frame_rate: float, mono: NDArray[np.float32] | None = None
) -> tuple[float | None, float]:
    """The tempo of onset envelopes (low band, full band) and a 0-1 confidence (`tempo_reading`)."""
    reading = tempo_reading(onsets, frame_rate, mono)
    return reading.bpm, reading.confidence


def tempo_reading(
    onsets: NDArray[np.float64], frame_rate: float, mono: NDArray[np.float32] | None = None
) -> TempoReading:
    """The tempo of onset envelopes (low band, full band), how sure it is, and its rival metrical level.

    Two steps. The comb (`_comb_tempo`) finds the period that best explains the onsets; it is right
    about the pulse but not always about which multiple of it is the beat. It runs twice, on the plain
    flux and on one that a vibrato does not raise; a pulse of the second that is no simple multiple of
    the first's is the one heard (the first counted a vibrato). Then the music decides between that
    tempo and its half and double (`_metrical_level`). Where neither comb finds a clear pulse in the
    attacks and `mono` (the samples at ANALYSIS_RATE) is given, a third comb runs on the onsets of new
    pitches (`_note_onsets`, NOTES_BELOW): a clearer pulse there is the one, and the level is judged on it.

    Confidence (0-1) is the comb's clarity against tempi that are no simple multiple of the one found,
    times how far the metrical evidence stood from the line between two levels; where that line was
    close, the other level is given as `alternative` (half or double)."""
    import numpy as np

    if onsets.size == 0:
        return TempoReading(None, 0.0, None)
    onsets = onsets.reshape(len(onsets), -1)
    if len(onsets) < frame_rate * 4 or not np.any(onsets > 0):
        return TempoReading(None, 0.0, None)
    bpm, clarity = _comb_tempo(onsets[:, :2], frame_rate)
    plain, agreed = clarity, False
    if onsets.shape[1] >= 5 and onsets[:, 3:5].any():  # the steady flux's comb: a pulse a vibrato hid
        steady, steady_clarity = _comb_tempo(onsets[:, 3:5], frame_rate)
        agreed = abs(steady - bpm) <= 0.04 * bpm and steady_clarity >= NOTES_BELOW
        if not any(abs(steady - bpm * r) <= 0.04 * bpm * r for r in _RELATED):
            bpm, clarity = steady, steady_clarity
    envs = [_detrended(onsets[:, i]) for i in range(min(3, onsets.shape[1]))]
    if plain < NOTES_BELOW and not agreed and mono is not None:  # no pulse in the attacks: the notes' onsets
        notes = _note_onsets(mono, len(onsets))
        if notes.any() and (found := _comb_tempo(notes[:, None], frame_rate))[1] > clarity:
            bpm, clarity = found
            new = _detrended(notes)
            envs = [new, new, *envs[2:]]
    split = [_detrended(onsets[:, i]) for i in range(5, onsets.shape[1])]  # the kick's band and those above
    bpm, level_confidence, alternative = _metrical_level(envs, frame_rate, bpm, split)
    confidence = clarity * (0.15 + 0.85 * level_confidence)
    return TempoReading(round(bpm, 2), round(max(0.0, min(1.0, confidence)), 3), alternative)


_RELATED = (1.0, 1 / 3, 0.5, 2 / 3, 1.5, 2.0, 3.0)  # a tempo and its simple multiples


def _comb_tempo(onsets: NDArray[np.float64], frame_rate: float) -> tuple[float, float]:
    """The comb: the autocorrelation of each band sampled at eight beat multiples, on a 0.05 then 0.005
    BPM grid within 50-220 BPM, the low band counted twice (bass and kick mark the beat where hi-hats
    mark its subdivisions), with a mild preference for moderate tempi (a log-normal around 135 BPM,
    1.5 octaves wide). Clarity (0-1): how far the best stands above the best tempo that is neither
    within 4 % of it nor of a simple multiple of it (1/3, 1/2, 2/3, 3/2, 2, 3)."""
    import numpy as np

    acfs = [_autocorrelation(onsets[:, i]) for i in range(onsets.shape[1])]
    weights = [2.0 if i == 0 and onsets.shape[1] > 1 and onsets[:, 0].any() else 1.0 for i in range(len(acfs))]
    beats = 8

    def comb(bpms: NDArray[np.float64]) -> NDArray[np.float64]:
        lags = 60.0 * frame_rate / bpms
        total = np.zeros_like(bpms)
        for acf, weight in zip(acfs, weights, strict=True):
            for k in range(1, beats + 1):
                pos = k * lags
                ok = pos < len(acf) - 1
                i = np.floor(pos[ok]).astype(int)
                frac = pos[ok] - i
                total[ok] += weight * (acf[i] * (1 - frac) + acf[i + 1] * frac)
        prior = np.exp(-0.5 * (np.log2(bpms / 135.0) / 1.5) ** 2)
        return total / (beats * sum(weights)) * prior

    coarse = np.arange(BPM_RANGE[0], BPM_RANGE[1], 0.05)
    scores = comb(coarse)
    best = coarse[int(np.argmax(scores))]
    fine = np.arange(best - 0.1, best + 0.1, 0.005)
    fine_scores = comb(fine)
    bpm = float(fine[int(np.argmax(fine_scores))])
    top = float(fine_scores.max())
    related = np.zeros(len(coarse), dtype=bool)
    for ratio in _RELATED:
        related |= np.abs(coarse - bpm * ratio) / (bpm * ratio) <= 0.04
    rival = float(scores[~related].max()) if (~related).any() else 0.0
    clarity = 0.0 if top <= 0 else max(0.0, min(1.0, CLARITY_SCALE * (top - max(rival, 0.0)) / top))
    return bpm, clarity


def _bar_patterns(
    envs: list[NDArray[np.float64]], frame_rate: float, bpm: float, bins: int = 96
) -> NDArray[np.float64]:
    """Each band's onsets folded over bars of four beats of `bpm`: mean strength at each of `bins`
    positions (bands x bins). Folded eight bars at a time, each stretch turned (all bands alike, by the
    band at index 1) to line up with what came before it, so a tempo a hair off or a drifting band
    smears one stretch, not the whole."""
    import numpy as np

    period = 4 * 60.0 * frame_rate / bpm
    seg = int(period * 8)
    acc = np.zeros((len(envs), bins))
    n = min(len(e) for e in envs)
    if n < period or seg < bins:
        return acc
    guide = min(1, len(envs) - 1)
    for s in range(0, n - int(period) + 1, seg):
        t = np.arange(s, min(n, s + seg))
        pos = np.floor((t % period) / period * bins).astype(int) % bins
        counts = np.maximum(np.bincount(pos, minlength=bins), 1)
        h = np.asarray([np.bincount(pos, weights=e[t], minlength=bins) / counts for e in envs])
        if acc[guide].any():
            xc = np.fft.irfft(np.fft.rfft(acc[guide]) * np.conj(np.fft.rfft(h[guide])), bins)
            h = np.roll(h, int(np.argmax(xc)), axis=1)
        acc += h
    return acc


def _backbeat(low: NDArray[np.float64], snare: NDArray[np.float64], span: int) -> float:
    """How clearly the low band (kick) and the snare band alternate with a period of `span` bins (two
    beats of a level): the kick's excess on the first beat over the second and the snare's on the
    second over the first, each relative to the band's average, the smaller of the two at the best
    phase. Over 1 for a plain backbeat; near 0 when neither alternates at that period."""
    import numpy as np

    bins = len(low)
    if low.mean() <= 0 or snare.mean() <= 0:
        return 0.0
    lo, sn = low / low.mean(), snare / snare.mean()
    lo = np.maximum(lo, np.maximum(np.roll(lo, 1), np.roll(lo, -1)))
    sn = np.maximum(sn, np.maximum(np.roll(sn, 1), np.roll(sn, -1)))
    count = bins // span
    best = -math.inf
    for phase in range(span):
        one = (phase + np.arange(count) * span) % bins
        two = (one + span // 2) % bins
        best = max(best, min(float(lo[one].mean() - lo[two].mean()), float(sn[two].mean() - sn[one].mean())))
    return best


def _onset_density(env: NDArray[np.float64], frame_rate: float, bpm: float) -> float:
    """Strong onsets per beat of `bpm`: the envelope's peaks (the largest within 20 ms either side) at half
    the level of the loudest peaks (their 95th percentile) or more."""
    import numpy as np

    if len(env) < 8:
        return 0.0
    wide = np.lib.stride_tricks.sliding_window_view(np.pad(env, 3), 7).max(axis=1)
    peak = np.zeros(len(env), dtype=bool)
    peak[1:-1] = (env[1:-1] > env[:-2]) & (env[1:-1] >= env[2:])
    peak &= (env >= wide) & (env > 0)
    if not peak.any():
        return 0.0
    strong = int(np.count_nonzero(env[peak] >= 0.5 * float(np.percentile(env[peak], 95))))
    return strong / (len(env) / frame_rate) * 60.0 / bpm


def _subdivision_fill(pattern: NDArray[np.float64], pulses: int = 32) -> float:
    """The share of `pulses` evenly spaced positions of a bar pattern (at their best phase) that hold an
    onset: a position (with a bin of timing slack) over 1.5 times the pattern at both halfway points
    beside it. 1.0 for an unbroken stream of notes at that grid; about half for one at half its rate."""
    import numpy as np

    bins = len(pattern)
    step = bins // pulses
    if step < 2 or not np.any(pattern > 0):
        return 0.0
    near = np.maximum(pattern, np.maximum(np.roll(pattern, 1), np.roll(pattern, -1)))
    phase = max(range(step), key=lambda ph: float(near[(ph + np.arange(pulses) * step) % bins].sum()))
    grid = (phase + np.arange(pulses) * step) % bins
    between = pattern[(grid + step // 2) % bins]
    return float(np.mean(near[grid] > 1.5 * np.maximum(between, np.roll(between, 1))))


def _offbeat(bands: list[NDArray[np.float64]], frame_rate: float, bpm: float) -> float:
    """How far (in beats, 0-0.5) the bands above the kick's sit from the kick's phase at the period of a
    beat of `bpm`: for each of `bands[1:]` against `bands[0]`, the angle of the summed cross-products of
    their Fourier coefficients at the beat's frequency over OFFBEAT_SEGMENT_S segments (a tempo a hair
    off turns both alike within a segment); the smallest of them. About 0.5 where the kick sits on the beat
    and the snare on its "and"; near 0 where they share the beat (a backbeat at this tempo)."""
    import numpy as np

    n = min(len(b) for b in bands)
    seg = int(OFFBEAT_SEGMENT_S * frame_rate)
    count = n // seg
    if count < 2 or len(bands) < 2:
        return 0.0
    turn = np.exp(-2j * np.pi * np.arange(count * seg) * bpm / 60.0 / frame_rate)
    coef = [(b[: count * seg] * turn).reshape(count, seg).sum(axis=1) for b in bands]
    offs = []
    for c in coef[1:]:
        cross = complex(np.sum(c * np.conj(coef[0])))
        if cross == 0:
            return 0.0
        offs.append(abs(math.atan2(cross.imag, cross.real)) / (2 * math.pi))
    return min(offs)


def _level_salience(pattern: NDArray[np.float64], pulses: int) -> float:
    """How much stronger than the bar's average are `pulses` evenly spaced positions, at their best phase."""
    import numpy as np

    bins = len(pattern)
    step = bins // pulses
    near = np.maximum(pattern, np.maximum(np.roll(pattern, 1), np.roll(pattern, -1)))  # a bin of timing slack
    best = max(float(near[(phase + np.arange(pulses) * step) % bins].mean()) for phase in range(step))
    return best - float(pattern.mean())


def _metrical_level(
    envs: list[NDArray[np.float64]],
    frame_rate: float,
    bpm: float,
    offbeat_bands: list[NDArray[np.float64]] | None = None,
) -> tuple[float, float, float | None]:
    """Between `bpm`, its double and its half: the beat, a 0-1 confidence in that level, and the rival
    level when that confidence is under LEVEL_DOUBT.

    Each band's onsets are folded over bars; at half the tempo, at the tempo and at double it, the
    pulses' strength above the bar's average is measured. When the double's extra pulses (those
    falling between the tempo's beats) are nearly as strong as the tempo's own (ratio at least
    LEVEL_UP), the beat is the double: a 90 BPM reading of a 180 BPM beat. When every other beat is
    weak (the tempo's pulses against its half's under LEVEL_DOWN), the beat is the half: a 160 BPM
    reading of an 80 BPM ballad whose hi-hats play eighths. The backbeat (kick on one beat, snare on
    the next, `_backbeat`) has a say: a tempo is doubled only where the double has a backbeat of its
    own (half of BACKBEAT, and no less than the tempo's: a ballad is not doubled for its strummed
    eighths), and a move within LEVEL_SPAN of the line is made where the backbeat there is plain
    (BACKBEAT) and three times as clear as at the other levels, a halving only where the tempo's in-between
    pulses are weaker than its own (a drum and bass beat's are not: read at 176, it was halved for a
    kick-snare alternation at 88). A beat of 100 BPM or slower with DENSE_BEAT strong onsets per beat
    (`_onset_density`) and its double's pulses near its own is doubled: metal at 190 read at 95. Otherwise
    the comb's tempo stands. Last, a beat of 100 BPM or slower whose bands above the kick's all sit off the
    kick's phase (`_offbeat` at least OFFBEAT, on `offbeat_bands`) is doubled: the kick and the snare
    alternate within it (drum and bass and punk read at half); or else a beat whose hi-hat band sounds on
    nearly every 32nd note (`_subdivision_fill` at least FILL_UP) is doubled: an unbroken stream is 16ths of
    the double, not 32nds, whatever the kick and snare alternate at (trap's half-time snare)."""
    import numpy as np

    patterns = _bar_patterns(envs, frame_rate, bpm)
    s = np.asarray([[_level_salience(p, n) for n in (2, 4, 8)] for p in patterns[:2]])  # half, tempo, double
    # Every other beat accented (the tatum line): judged on all three bands, the snare's included, where a
    # ballad's kick and snare alternate and a metronome's clicks do not.
    halves = [_level_salience(p, 2) for p in patterns]
    accent = [_level_salience(p, 4) / h for p, h in zip(patterns, halves, strict=True) if h > 1e-9]
    every_other = float(np.mean(np.clip(accent, 0.0, 2.0))) if accent else None
    # The backbeat at each level (kick on one beat, snare on the next): half, tempo, double.
    bb = [_backbeat(patterns[0], patterns[2], span) for span in (96, 48, 24)] if len(patterns) > 2 else [0.0] * 3

    def ratio(a: int, b: int) -> float | None:
        ok = s[:, b] > 1e-9
        return float(np.mean(np.clip(s[ok, a] / s[ok, b], 0.0, 2.0))) if ok.any() else None

    up, down = ratio(2, 1), ratio(1, 0)
    can_up = up is not None and 2 * bpm <= FAST_MAX
    can_down = down is not None and bpm / 2 >= SLOW_MIN
    if up is None and down is None:
        return bpm, 0.5, None
    rival: float | None

    def backbeat_at(i: int) -> bool:  # a plain backbeat at level i, far clearer than at the others
        return bb[i] >= BACKBEAT and bb[i] >= 3 * max(max(bb[j] for j in range(3) if j != i), 0.0)

    if can_up and bpm < SLOW_MIN:  # a pulse over a second apart: a half bar, unless the music says the beat
        chosen, margin, rival = 2 * bpm, 0.5, bpm  # and the half stays the alternative
    elif can_up and up is not None and up >= LEVEL_UP and bb[2] >= max(BACKBEAT / 2, bb[1]):
        chosen, margin, rival = 2 * bpm, (up - LEVEL_UP) / LEVEL_SPAN, bpm
    elif can_up and up is not None and up >= LEVEL_UP - LEVEL_SPAN and backbeat_at(2):
        chosen, margin, rival = 2 * bpm, 1.0, bpm
    elif (
        can_up
        and up is not None
        and up >= LEVEL_UP - LEVEL_SPAN
        and (density := _onset_density(envs[min(1, len(envs) - 1)], frame_rate, bpm)) >= DENSE_BEAT
    ):
        chosen, margin, rival = 2 * bpm, (density - DENSE_BEAT) / DENSE_BEAT, bpm
    elif can_down and down is not None and down < LEVEL_DOWN and not backbeat_at(1):
        chosen, margin, rival = bpm / 2, (LEVEL_DOWN - down) / LEVEL_SPAN, bpm
    elif (
        can_down
        and every_other is not None
        and up is not None
        and bpm >= TATUM_BPM
        and up < TATUM_UP
        and every_other < TATUM_DOWN
        and not backbeat_at(1)
    ):
        chosen, margin, rival = bpm / 2, (TATUM_UP - up) / (LEVEL_SPAN / 2), bpm
    elif (
        can_down
        and down is not None
        and down < LEVEL_DOWN + LEVEL_SPAN
        and backbeat_at(0)
        and (up is None or up < LEVEL_UP)
    ):
        chosen, margin, rival = bpm / 2, 1.0, bpm
    else:
        options: list[tuple[float, float | None]] = [] if can_up or can_down else [(1.0, None)]
        if can_up and up is not None:
            options.append(((LEVEL_UP - up) / LEVEL_SPAN, 2 * bpm))
        if can_down and down is not None:
            options.append(((down - LEVEL_DOWN) / LEVEL_SPAN, bpm / 2))
        margin, rival = min(options, key=lambda o: o[0])
        chosen = bpm
    if offbeat_bands and 2 * chosen <= FAST_MAX and (off := _offbeat(offbeat_bands, frame_rate, chosen)) >= OFFBEAT:
        chosen, margin, rival = 2 * chosen, (off - OFFBEAT) / (LEVEL_SPAN / 2), chosen  # kick and snare within a beat
    elif len(envs) > 2 and 2 * chosen <= FAST_MAX:  # every 32nd sounding: 16th notes of the double
        fill = _subdivision_fill(_bar_patterns(envs, frame_rate, chosen, bins=192)[2])
        if fill >= FILL_UP:
            chosen, margin, rival = 2 * chosen, (fill - FILL_UP) / (1 - FILL_UP), chosen
    confidence = max(0.0, min(1.0, margin))
    return chosen, confidence, (round(rival, 2) if rival is not None and confidence < LEVEL_DOUBT else None)


def beat_phase(onset: NDArray[np.float64], frame_rate: float, bpm: float) -> float:
    """Seconds from the start to the first beat of the grid that best fits the onsets.

    A frame's flux rises once an onset is well inside its window, so the envelope runs a window less
    a hop behind the audio (1,024 - 64 samples at 11,025 Hz: 87 ms, measured 86 ms): added back."""
    import numpy as np

    period = 60.0 * frame_rate / bpm
    beats = np.arange(0, max(1, int((len(onset) - 1) / period)))
    offsets = np.arange(0, period, 0.25)
    scores = [onset[np.minimum(len(onset) - 1, np.round(o + beats * period).astype(int))].sum() for o in offsets]
    lag_s = (ONSET_FFT - HOP) / ANALYSIS_RATE
    return float((offsets[int(np.argmax(scores))] / frame_rate + lag_s) % (60.0 / bpm))


def beat_grid(mono: NDArray[np.float32], rate: int) -> tuple[float | None, float]:
    """Tempo and the time of the first beat (seconds) of mono samples held in memory (short clips)."""
    import numpy as np
    import soxr

    x = (
        soxr.resample(np.ascontiguousarray(mono, dtype=np.float32), rate, ANALYSIS_RATE)
        if rate != ANALYSIS_RATE
        else mono
    )
    onsets, _ = _onset_and_chroma(np.asarray(x, dtype=np.float32), ANALYSIS_RATE)
    frame_rate = ANALYSIS_RATE / HOP
    bpm, _ = tempo_of(onsets, frame_rate, np.asarray(x, dtype=np.float32))
    if bpm is None:
        return None, 0.0
    return bpm, beat_phase(onsets[:, 0] + onsets[:, 1], frame_rate, bpm)


def key_of_chroma(chroma: NDArray[np.float64]) -> tuple[Key | None, float]:
    reading = key_reading(chroma)
    return reading.key, reading.confidence


def key_reading(chroma: NDArray[np.float64]) -> KeyReading:
    """The key whose profile correlates best with the chroma (plus BASS_WEIGHT times the bass's
    correlation with the bass profiles, when `chroma` has a second row, and ENDING_WEIGHT times the
    ending's chroma's and bass's, when it has four: `_chroma`), a 0-1 confidence (the margin of the
    best over the runner-up, scaled), and the runner-up when the margin is thin.

    With an ending, the body (the whole piece, bass included) names the key or its relative, and the
    ending, added to it, chooses between those two: how a piece ends says which of the two is home, but
    a render cut mid-phrase may end on any chord. The reading is only as sure as the weaker of the two
    margins (the body's, and the body's and ending's together), and a guess (under LOW_CONFIDENCE) where
    the two together favour yet another key, which is then the alternative (the body's key is, where
    the ending chose its relative)."""
    import numpy as np

    rows = np.asarray(chroma, dtype=np.float64).reshape(-1, 12)
    if not np.any(rows[0] > 0):
        return KeyReading(None, 0.0, None)
    parts = [(rows[0], MAJOR, MINOR, 1.0)]
    if len(rows) > 1 and np.any(rows[1] > 0):
        parts.append((rows[1], BASS_MAJOR, BASS_MINOR, BASS_WEIGHT))
    body, body_parts = _key_ranking(parts), len(parts)
    if len(rows) > 3:  # the ending (`_chroma` with `ends`)
        if np.any(rows[2] > 0):
            parts.append((rows[2], MAJOR, MINOR, ENDING_WEIGHT))
        if np.any(rows[3] > 0):
            parts.append((rows[3], BASS_MAJOR, BASS_MINOR, ENDING_WEIGHT))
    (best, key), (second, runner_up) = body[0], body[1]
    confidence = _margin(best, second)
    if len(parts) > body_parts:
        # The ending decides only between the body's key and its relative (the same notes, another
        # home); any other key it favours makes the reading a guess, not a new key.
        ranking = _key_ranking(parts)
        score = {k: v for v, k in ranking}
        relative = Key((key.pitch_class + (3 if key.minor else 9)) % 12, not key.minor)
        if score[relative] > score[key]:
            key, runner_up = relative, key
        confidence = min(confidence, _margin(ranking[0][0], ranking[1][0]))
        if ranking[0][1] != key:
            confidence = min(confidence, LOW_CONFIDENCE / 2)
            runner_up = ranking[0][1] if runner_up != body[0][1] else runner_up
    return KeyReading(key, confidence, runner_up if confidence < LOW_CONFIDENCE else None)


def _margin(best: float, second: float) -> float:
    return round(max(0.0, min(1.0, (best - second) / max(best, 1e-9) * 4)), 3)


def _key_ranking(parts: Sequence[tuple[Any, Sequence[float], Sequence[float], float]]) -> list[tuple[float, Key]]:
    """The 24 keys, best first, with their summed weighted correlations with `parts` (values, major
    profile, minor profile, weight)."""
    import numpy as np

    scores = np.zeros((2, 12))
    for values, major, minor, weight in parts:
        c = np.log1p(values / values.max() * 100.0)
        for mode, profile in enumerate((major, minor)):
            p = np.asarray(profile)
            for tonic in range(12):
                scores[mode, tonic] += weight * float(np.corrcoef(c, np.roll(p, tonic))[0, 1])
    return sorted(
        ((float(scores[mode, tonic]), Key(tonic, bool(mode))) for mode in range(2) for tonic in range(12)),
        key=lambda x: x[0],
        reverse=True,
    )


# -- the whole -----------------------------------------------------------------------------------


def analyse(path: Path) -> Analysis:
    """Measure a track file (any format libsndfile reads), streaming."""
    import numpy as np
    import soundfile
    import soxr

    with soundfile.SoundFile(str(path)) as f:
        rate, channels = f.samplerate, f.channels
        loud = _Loudness(rate, channels)
        # 4x with soxr's HQ filter: its passband reaches 0.91 of Nyquist (LQ rolls off early and read
        # a 19.5 kHz tone 1 dB low); BS.1770-4 Annex 2 asks for at least 4x.
        up = soxr.ResampleStream(rate, rate * 4, channels, "float32", "HQ")
        down = soxr.ResampleStream(rate, ANALYSIS_RATE, 1, "float32", "HQ")
        peak = 0.0
        clipping = False
        run_tail = np.zeros(channels, dtype=int)
        mono_parts: list[NDArray[np.float32]] = []
        tempo_frames = int(TEMPO_S * rate)
        read = 0
        while True:
            block = f.read(BLOCK, dtype="float32", always_2d=True)
            last = len(block) < BLOCK
            if len(block):
                loud.feed(block)
                over = up.resample_chunk(block, last=last)
                if len(over):
                    peak = max(peak, float(np.abs(over).max()))
                peak = max(peak, float(np.abs(block).max()))
                full = np.abs(block) >= 0.9999
                if not clipping:
                    if full.any():
                        clipping = _has_run(full, run_tail)
                    else:
                        run_tail[:] = 0
                if read < tempo_frames:
                    mono = block[: tempo_frames - read].mean(axis=1, keepdims=True)
                    mono_parts.append(down.resample_chunk(mono, last=last or read + len(block) >= tempo_frames)[:, 0])
                read += len(block)
            elif last:
                up.resample_chunk(np.zeros((0, channels), dtype=np.float32), last=True)
            if last:
                break
    mono_all = np.concatenate(mono_parts) if mono_parts else np.zeros(0, dtype=np.float32)
    # The ending counts for the key only where the analysed samples reach the end of the track.
    onsets, chroma = _onset_and_chroma(mono_all.astype(np.float32), ANALYSIS_RATE, ends=read <= tempo_frames)
    tempo = tempo_reading(onsets, ANALYSIS_RATE / HOP, mono_all)
    key = key_reading(chroma)
    true_peak = round(20 * math.log10(peak), 2) if peak > 0 else None
    return Analysis(
        bpm=tempo.bpm,
        bpm_confidence=tempo.confidence,
        key=key.key.name if key.key else None,
        key_confidence=key.confidence,
        lufs=loud.integrated(),
        true_peak_db=true_peak,
        clipping=clipping,
        bpm_alternative=tempo.alternative,
        key_alternative=key.alternative.name if key.alternative else None,
    )


def _has_run(full: NDArray[np.bool_], tail: NDArray[np.int64], length: int = 3) -> bool:
    """Whether a channel has `length` consecutive full-scale samples (runs carry across blocks)."""
    import numpy as np

    for ch in range(full.shape[1]):
        x = full[:, ch].astype(np.int8)
        # Run lengths ending at each sample, seeded with the run the last block ended in.
        edges = np.flatnonzero(np.diff(np.concatenate([[0], x, [0]])))
        starts, stops = edges[::2], edges[1::2]
        lengths = stops - starts
        if len(lengths):
            if starts[0] == 0:
                lengths[0] += tail[ch]
            if (lengths >= length).any():
                return True
            tail[ch] = lengths[-1] if stops[-1] == len(x) else 0
        else:
            tail[ch] = 0
    return False


# -- what was asked ------------------------------------------------------------------------------


def compare(tags: str | None, analysis: Analysis) -> tuple[dict[str, Any], dict[str, bool]]:
    """What the tags asked for (tempo, key) and whether the track matches it.

    A tempo matches within 2 %, and so does its half or double: that is the same beat grid counted at
    another metrical level (which one a listener taps is the least certain part of any tempo reading),
    never a reason to render again. A key matches when it is the one measured or the runner-up that fit
    nearly as well, and so does the asked key's relative (the same seven notes with another tonic: which
    of the two is home is the least certain part of a key reading, as the beat level is of a tempo).
    A reading under LOW_CONFIDENCE that matches neither way gets no verdict at all (it
    is left out of `matches`): a guess must not pass for a miss that sends someone to pay for another
    render."""
    requested: dict[str, Any] = {}
    matches: dict[str, bool] = {}
    if not tags:
        return requested, matches
    bpm = bpm_of(tags)
    if bpm is not None:
        requested["bpm"] = bpm
        if analysis.bpm is not None:
            heard = [analysis.bpm, analysis.bpm * 2, analysis.bpm / 2]
            if analysis.bpm_alternative:
                heard.append(analysis.bpm_alternative)
            if any(abs(h - bpm) <= max(1.0, 0.02 * bpm) for h in heard):
                matches["bpm"] = True
            elif analysis.bpm_confidence >= LOW_CONFIDENCE:
                matches["bpm"] = False
    key = key_of(tags)
    if key is not None:
        requested["key"] = key.name
        if analysis.key is not None:
            if key.name in (analysis.key, analysis.key_alternative) or _relative(key) == analysis.key:
                matches["key"] = True
            elif analysis.key_confidence >= LOW_CONFIDENCE:
                matches["key"] = False
    return requested, matches


def _relative(key: Key) -> str:
    """The relative minor of a major key, or the relative major of a minor one, by name."""
    return Key((key.pitch_class + (3 if key.minor else 9)) % 12, not key.minor).name


def _level_words(measured: float, asked: float) -> str:
    if abs(measured * 2 - asked) <= max(1.0, 0.02 * asked):
        return " (counted in half time: the same beat grid)"
    if abs(measured / 2 - asked) <= max(1.0, 0.02 * asked):
        return " (counted in double time: the same beat grid)"
    return ""


def _sureness(confidence: Any, alternative: Any) -> str:
    """' (unsure, confidence 0.12; or F major)' for a low-confidence reading, else ''."""
    conf = float(confidence or 0.0)
    if conf >= LOW_CONFIDENCE:
        return ""
    other = f"; or {alternative:g}" if isinstance(alternative, float) else f"; or {alternative}" if alternative else ""
    return f" (unsure, confidence {conf:.2f}{other})"


def summary_words(analysis: dict[str, Any], requested: dict[str, Any], matches: dict[str, bool]) -> str:
    """'asked 80 BPM, measured 160 (counted in double time: the same beat grid) ✓; asked A minor,
    measured C major (unsure, confidence 0.12; or A minor) ✓; -14.2 LUFS'. Only a confident miss,
    at a tempo that is no half or double of the one asked, says to try another seed."""
    parts = []
    bpm = analysis.get("bpm")
    if "bpm" in requested:
        mark = {True: " ✓", False: " ✗"}[matches["bpm"]] if "bpm" in matches else " (not judged)"
        if bpm is None:
            parts.append(f"asked {requested['bpm']:g} BPM, tempo not measurable")
        else:
            level = _level_words(float(bpm), float(requested["bpm"]))
            sure = _sureness(analysis.get("bpm_confidence"), analysis.get("bpm_alternative"))
            parts.append(f"asked {requested['bpm']:g} BPM, measured {bpm:g}{level}{sure}{mark}")
    elif bpm:
        parts.append(f"{bpm:g} BPM{_sureness(analysis.get('bpm_confidence'), analysis.get('bpm_alternative'))}")
    key = analysis.get("key")
    if "key" in requested:
        mark = {True: " ✓", False: " ✗"}[matches["key"]] if "key" in matches else " (not judged)"
        if key is None:
            parts.append(f"asked {requested['key']}, key not measurable")
        else:
            sure = _sureness(analysis.get("key_confidence"), analysis.get("key_alternative"))
            asked = key_of(str(requested["key"]))
            same = " (its relative: the same notes)" if asked and key == _relative(asked) else ""
            parts.append(f"asked {requested['key']}, measured {key}{same}{sure}{mark}")
    elif key:
        parts.append(f"{key}{_sureness(analysis.get('key_confidence'), analysis.get('key_alternative'))}")
    if analysis.get("lufs") is not None:
        parts.append(f"{analysis['lufs']:g} LUFS")
    if analysis.get("true_peak_db") is not None:
        parts.append(f"peak {analysis['true_peak_db']:g} dBTP")
    if analysis.get("clipping"):
        parts.append("clipping")
    text = "; ".join(parts)
    if matches and not all(matches.values()):
        text += " (try another seed)"
    return text


__all__ = ["NAMES", "Analysis", "analyse", "compare", "summary_words"]
