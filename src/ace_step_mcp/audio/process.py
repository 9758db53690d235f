"""Deliverables from a master: trim, loop, fades, loudness, format. Streamed, two passes.

The edited signal is a view of the master, read block by block:

- **trim** keeps [trim_start_s, length - trim_end_s);
- **loop** makes the end flow into the start: the loop is a whole number of bars at the track's
  tempo, its length measured on the audio (`loop_length`: where the start's rhythm comes round
  again, so a tempo a hair off does not add up to a stumble) (else the whole trimmed length), and its first beat (at least 50 ms, at most 2 s) is a
  crossfade from what follows the loop's end into its start, so playing it again and again has no
  seam: the last sample of the loop is followed, as in the master, by the one after it;
- **fades** in and out (equal-power curves).

The first pass measures the view's integrated loudness (BS.1770-4); the second applies the gain
that reaches `loudness_lufs` and a look-ahead limiter that holds the true peak (estimated 4x
oversampled) under the ceiling, then encodes. Blocking: run it in a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ace_step_mcp.audio.analysis import _Loudness
from ace_step_mcp.audio.encode import MP3_RATES, write_blocks
from ace_step_mcp.audio.formats import FORMATS

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

BLOCK = 1 << 16
LOOKAHEAD_S = 0.005
# A loop's repeat (`_peak`): the onsets' correlation at the best lag must reach this, and stand half
# of it above the median lag (dense music correlates at 0.1-0.4 where it repeats).
MATCH_MIN = 0.1
LOOP_SCAN_S = 300.0  # the loop's first 5 minutes are scanned for its bar
# The waveform's last word on a loop's length (`_waveform_shift`): searched this far either way of the
# onsets' length (their frames are 5.8 ms), where a stretch of the start matches this closely.
WAVE_REACH_S = 0.008
WAVE_MATCH = 0.05
WAVE_STRETCHES, WAVE_AGREE = 6, 4
TP_MARGIN_DB = 0.5  # the limiter aims this far under the ceiling (its peak estimate is not exact)


@dataclass(frozen=True)
class Options:
    output_format: str  # wav | flac | mp3 | ogg
    bitrate_kbps: int | None = None
    loudness_lufs: float | None = None
    true_peak_ceiling_db: float = -1.0
    loop: bool = False
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    trim_start_s: float = 0.0
    trim_end_s: float = 0.0


@dataclass(frozen=True)
class Processed:
    frames: int
    rate: int
    channels: int
    gain_db: float | None
    loop_frames: int | None
    loop_bars: int | None
    measured_lufs: float | None  # of the view, before the gain


class _View:
    """The master after trim, loop and fades, read as blocks."""

    def __init__(self, f: Any, options: Options, bpm: float | None) -> None:
        self.f = f
        rate = f.samplerate
        self.rate = rate
        self.a = round(options.trim_start_s * rate)
        self.b = f.frames - round(options.trim_end_s * rate)
        if self.b - self.a < rate // 2:
            raise ValueError(
                f"trimming {options.trim_start_s:g} s and {options.trim_end_s:g} s leaves under 0.5 s of the "
                f"{f.frames / rate:.1f} s track"
            )
        self.length = self.b - self.a
        self.xfade = 0
        self.bars: int | None = None
        if options.loop:
            beat = round(60.0 / bpm * rate) if bpm else 0
            self.xfade = min(max(beat, round(0.05 * rate)), 2 * rate, self.length // 4)
            room = self.length - self.xfade
            if beat:
                bar = 4 * beat
                self.bars = room // bar
                if self.bars >= 1:
                    self.length = self.bars * bar
                    self.length = loop_length(f, self.a, self.bars, bar, beat, room)
                else:
                    self.bars = None
                    self.length = room
            else:
                self.length = room
        self.fade_in = min(round(options.fade_in_s * rate), self.length)
        self.fade_out = min(round(options.fade_out_s * rate), self.length)

    def _read(self, start: int, count: int) -> NDArray[np.float32]:
        self.f.seek(start)
        return self.f.read(count, dtype="float32", always_2d=True)  # type: ignore[no-any-return]

    def blocks(self) -> Iterator[NDArray[np.float32]]:
        import numpy as np

        for i0 in range(0, self.length, BLOCK):
            i1 = min(self.length, i0 + BLOCK)
            block = self._read(self.a + i0, i1 - i0).astype(np.float64)
            if self.xfade and i0 < self.xfade:
                # The loop's start: what follows its end fades out while its start fades in.
                n = min(self.xfade, i1) - i0
                tail = self._read(self.a + self.length + i0, n).astype(np.float64)
                pos = (np.arange(i0, i0 + n) + 0.5) / self.xfade * (math.pi / 2)
                block[:n] = block[:n] * np.sin(pos)[:, None] + tail * np.cos(pos)[:, None]
            idx = np.arange(i0, i1)
            if self.fade_in:
                g = np.clip((idx + 0.5) / self.fade_in, 0, 1)
                block *= np.sin(g * math.pi / 2)[:, None]
            if self.fade_out:
                g = np.clip((self.length - idx - 0.5) / self.fade_out, 0, 1)
                block *= np.sin(g * math.pi / 2)[:, None]
            yield block.astype(np.float32)


def loop_length(f: Any, a: int, bars: int, bar: int, beat: int, room: int) -> int:
    """The length of a loop of `bars` bars from frame `a` of `f`, measured on the audio: where the
    start's rhythm truly comes round again, so a repeat has no stumble.

    The tempo is known to a few hundredths of a BPM, and over many bars that is tens of milliseconds.
    So the bar is measured, not multiplied. The onsets of the loop's audio (`_loop_onsets`, at most
    LOOP_SCAN_S of it) are cross-correlated with themselves k bars later, over all they overlap (up to
    a minute): first at the smallest power of two bars that is 8 s or more, then at twice, four times
    ... as far as the audio reaches, each time within 0.5 % of where the bar measured so far puts it
    (so the error never outgrows the search), and the bar is updated from each peak (to a fraction of
    a 5.8 ms frame, by a parabola). Then the waveforms just after the loop's end refine it within 8 ms
    against its start (`_waveform_shift`), where several stretches of it agree on where it repeats. Where the rhythm does not repeat
    (`MATCH_MIN`), the tempo's length stands. The loop never exceeds `room` frames."""

    from ace_step_mcp.audio.analysis import ANALYSIS_RATE, HOP

    rate = f.samplerate
    frame = HOP / ANALYSIS_RATE * rate  # audio frames per onset frame
    env = _loop_onsets(f, a, min(room, round(LOOP_SCAN_S * rate)))
    period = float(bar)
    k = 1
    while k < bars and k * bar < 8 * rate:
        k *= 2
    while k <= bars:
        at = k * period / frame  # in onset frames
        reach = max(2, round(min(beat / 3, max(0.005 * k * period, 0.02 * rate)) / frame))
        overlap = min(len(env) - round(at) - reach, round(60 * ANALYSIS_RATE / HOP))
        if overlap < round(4 * ANALYSIS_RATE / HOP):
            break
        found = _peak(env, round(at), reach, overlap)
        if found is not None:
            period = found * frame / k
        if k == bars:
            break
        k *= 2
    length = round(bars * period)
    if abs(length - bars * bar) > 0.02 * bars * bar or length > room:
        return min(bars * bar, room)
    reach = round(WAVE_REACH_S * rate)
    return length + _waveform_shift(f, a, length, reach, min(reach, max(0, room - length)))


def _loop_onsets(f: Any, a: int, count: int) -> NDArray[np.float64]:
    """The full-band onset envelope (zero mean) of `count` frames of `f` from `a`, read in blocks."""
    import numpy as np
    import soxr

    from ace_step_mcp.audio.analysis import ANALYSIS_RATE, _onsets

    down = soxr.ResampleStream(f.samplerate, ANALYSIS_RATE, 1, "float32", "HQ")
    f.seek(a)
    parts = []
    left = count
    while left > 0:
        block = f.read(min(BLOCK, left), dtype="float32", always_2d=True)
        if not len(block):
            break
        left -= len(block)
        parts.append(down.resample_chunk(block.mean(axis=1, keepdims=True), last=left <= 0)[:, 0])
    mono = np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, dtype=np.float32)
    env = _onsets(mono, ANALYSIS_RATE)
    col: NDArray[np.float64] = env[:, 1] - env[:, 1].mean() if len(env) else np.zeros(0)
    return col


def _peak(env: NDArray[np.float64], at: int, reach: int, overlap: int) -> float | None:
    """The lag (in onset frames, fractional) within `reach` of `at` where `env` best matches itself,
    over `overlap` frames; None where no lag stands out (MATCH_MIN)."""
    import numpy as np

    head = env[:overlap]
    lags = np.arange(at - reach, at + reach + 1)
    lags = lags[(lags > 0) & (lags + overlap <= len(env))]
    if len(lags) < 3:
        return None
    corr = np.asarray(
        [
            float(head @ env[j : j + overlap])
            / max(1e-12, float(np.linalg.norm(head) * np.linalg.norm(env[j : j + overlap])))
            for j in lags
        ]
    )
    i = int(np.argmax(corr))
    if corr[i] < MATCH_MIN or corr[i] - float(np.median(corr)) < MATCH_MIN / 2:
        return None  # no repeat of the start's rhythm here, or none that stands out
    offset = float(lags[i])
    if 0 < i < len(corr) - 1:  # a parabola through the peak and its neighbours
        y0, y1, y2 = corr[i - 1], corr[i], corr[i + 1]
        denom = y0 - 2 * y1 + y2
        offset += float(0.5 * (y0 - y2) / denom) if denom < 0 else 0.0
    return offset


def _waveform_shift(f: Any, a: int, length: int, back: int, ahead: int) -> int:
    """Frames (at most `back` earlier or `ahead` later) by which the waveform after `a + length` best
    matches the loop's start: 0 unless the start's stretches agree.

    WAVE_STRETCHES consecutive stretches of the start (2 s each at most) are each matched against the
    audio as far after the loop's end; a stretch counts where its best match is not noise (correlation
    WAVE_MATCH or more: a band's distorted guitars match at 0.05-0.4 where they repeat). Where
    WAVE_AGREE or more put the repeat within 1 ms of each other, their mean is the shift: audio that
    repeats sample for sample, and a band that keeps time, agree to a fraction of a millisecond; a
    drifting one disagrees, and the onsets' length stands.
    """
    import numpy as np
    from scipy.signal import correlate

    rate = f.samplerate
    window = min(2 * rate, length // (2 * WAVE_STRETCHES))
    if back + ahead <= 0 or window < rate // 2:
        return 0

    def mono(start: int, count: int) -> NDArray[np.float64]:
        f.seek(max(0, start))
        x = f.read(count, dtype="float32", always_2d=True)
        return np.ascontiguousarray(x.mean(axis=1), dtype=np.float64)

    lags = []
    for k in range(WAVE_STRETCHES):
        later = a + length + k * window - back
        if later < 0 or later + window + back + ahead > f.frames:  # never seek past the end
            continue
        head = mono(a + k * window, window)
        segment = mono(later, window + back + ahead)
        if len(head) < window or len(segment) < window + back + ahead:
            continue
        xc = correlate(segment, head, mode="valid", method="fft")
        power = np.concatenate([[0.0], np.cumsum(segment**2)])
        energy = power[window:] - power[:-window]
        match = xc / np.sqrt(np.maximum(energy * float(head @ head), 1e-12))
        best = int(np.argmax(match))
        if match[best] >= WAVE_MATCH:
            lags.append(best - back)
    if len(lags) < WAVE_AGREE:
        return 0
    middle = float(np.median(lags))
    agree = [lag for lag in lags if abs(lag - middle) <= 0.001 * rate]
    return round(float(np.mean(agree))) if len(agree) >= WAVE_AGREE else 0


class _Limiter:
    """Gain, then a look-ahead peak limiter on a 4x-oversampled peak estimate, across blocks."""

    def __init__(self, rate: int, channels: int, gain: float, ceiling_db: float) -> None:
        import soxr

        self.gain = gain
        self.ceiling = 10 ** ((ceiling_db - TP_MARGIN_DB) / 20)
        self.look = max(1, round(LOOKAHEAD_S * rate))
        self.up = soxr.ResampleStream(rate, rate * 4, channels, "float32", "HQ")
        self.pending: list[NDArray[np.float32]] = []
        self.peaks: list[NDArray[np.float32]] = []
        self.held = 0

    def run(self, blocks: Iterator[NDArray[np.float32]]) -> Iterator[NDArray[np.float32]]:
        import numpy as np
        from scipy.ndimage import minimum_filter1d, uniform_filter1d

        buf: NDArray[np.float32] | None = None  # input frames (after the gain) not yet written
        env = np.zeros(0, dtype=np.float32)  # their 4x-oversampled peaks, as far as the resampler has given them
        spare = np.zeros(0, dtype=np.float32)  # oversampled peaks not yet grouped into fours
        carry = 1.0

        def oversampled(x: NDArray[np.float32], last: bool) -> None:
            nonlocal env, spare
            # The resampler holds back a few frames per chunk, so its output is matched to input
            # frames by count (4 per frame), never assumed to line up with the chunk given.
            o = np.concatenate([spare, _row_peaks(self.up.resample_chunk(x, last=last))])
            n = len(o) // 4
            q = o[: n * 4].reshape(n, 4)
            env = np.concatenate([env, np.maximum(np.maximum(q[:, 0], q[:, 1]), np.maximum(q[:, 2], q[:, 3]))])
            spare = o[n * 4 :]

        def limited(count: int, final: bool) -> NDArray[np.float32]:
            nonlocal buf, env, carry
            assert buf is not None
            peak = np.maximum(_row_peaks(buf[: len(env)]), env)
            g = np.minimum(1.0, self.ceiling / np.maximum(peak, 1e-9))
            held = minimum_filter1d(g, size=2 * self.look + 1, mode="nearest")
            smooth = np.minimum(uniform_filter1d(held, size=self.look, mode="nearest"), held)
            smooth[0] = min(smooth[0], carry) if not final else smooth[0]
            out: NDArray[np.float32] = (buf[:count] * smooth[:count, None]).astype(np.float32)
            carry = float(smooth[count - 1])
            buf, env = buf[count:], env[count:]
            return out

        for block in blocks:
            x = (block * self.gain).astype(np.float32)
            buf = x if buf is None else np.concatenate([buf, x])
            oversampled(x, last=False)
            ready = min(len(buf), len(env)) - 2 * self.look  # the look-ahead must be known past them
            if ready > 0:
                yield limited(ready, final=False)
        if buf is not None and len(buf):
            oversampled(np.zeros((0, buf.shape[1]), dtype=np.float32), last=True)
            if len(env) < len(buf):  # the resampler's last few frames: their sample peaks stand in
                env = np.concatenate([env, _row_peaks(buf[len(env) :])])
            yield limited(len(buf), final=True)


def _row_peaks(x: NDArray[np.float32]) -> NDArray[np.float32]:
    """The largest magnitude of each frame (a reduction over 2 channels along axis 1 is slow)."""
    import numpy as np

    peak = np.abs(x[:, 0])
    for ch in range(1, x.shape[1]):
        np.maximum(peak, np.abs(x[:, ch]), out=peak)
    return peak


def _file_loudness(path: Path) -> float | None:
    """The integrated loudness of an encoded file as a decoder plays it, streamed."""
    import soundfile

    with soundfile.SoundFile(str(path)) as f:
        meter = _Loudness(f.samplerate, f.channels)
        for block in f.blocks(BLOCK, dtype="float32", always_2d=True):
            meter.feed(block)
    return meter.integrated()


def process(master: Path, out: Path, options: Options, *, bpm: float | None = None) -> Processed:
    """Write the deliverable of `master` to `out` as the options say."""
    import numpy as np
    import soundfile

    with soundfile.SoundFile(str(master)) as f:
        view = _View(f, options, bpm)
        rate, channels = f.samplerate, f.channels
        measured = None
        gain_db = None
        gain = 1.0
        if options.loudness_lufs is not None:
            meter = _Loudness(rate, channels)
            for block in view.blocks():
                meter.feed(block)
            measured = meter.integrated()
            if measured is not None:
                gain_db = round(options.loudness_lufs - measured, 2)
                gain = 10 ** (gain_db / 20)
        lossy = FORMATS[options.output_format].lossy
        # A lossy encoder's ringing adds up to about a decibel of peak: it gets that much more room.
        ceiling = options.true_peak_ceiling_db - (1.0 if lossy else 0.0)
        if options.loudness_lufs is not None and measured is not None:
            # The limiter takes loudness off the peaks: measure what it leaves and make up for it.
            for _ in range(3):
                meter = _Loudness(rate, channels)
                for block in _Limiter(rate, channels, gain, ceiling).run(view.blocks()):
                    meter.feed(block)
                got = meter.integrated()
                if got is None or abs(options.loudness_lufs - got) < 0.1:
                    break
                gain *= 10 ** ((options.loudness_lufs - got) / 20)
            gain_db = round(20 * math.log10(gain), 2)
        subtype = f.subtype if f.subtype in ("PCM_16", "PCM_24", "PCM_32", "FLOAT") else "PCM_16"

        def encode(gain: float) -> tuple[int, int, int]:
            blocks: Iterator[NDArray[np.float32]] = view.blocks()
            if options.loudness_lufs is not None:
                blocks = _Limiter(rate, channels, gain, ceiling).run(blocks)
            else:
                blocks = (np.clip(b, -1.0, 1.0) for b in blocks)
            out_rate, out_channels = rate, channels
            if options.output_format == "mp3" and (rate not in MP3_RATES or channels > 2):
                from ace_step_mcp.audio.splice import _map_channels, _resampled

                out_rate, out_channels = (rate if rate in MP3_RATES else 48_000), min(channels, 2)
                mapped = (_map_channels(b, out_channels) for b in blocks)
                blocks = _resampled(mapped, rate, out_rate, out_channels) if out_rate != rate else mapped
            written = write_blocks(
                blocks, out, options.output_format, out_rate, out_channels, kbps=options.bitrate_kbps, subtype=subtype
            )
            return written, out_rate, out_channels

        frames, out_rate, out_channels = encode(gain)
        if lossy and options.loudness_lufs is not None and measured is not None:
            # A lossy encoder takes a few tenths of a decibel off (LAME: 0.3 at 192 kbps, 0.45 at 128):
            # the decoded file is measured and encoded again with that made up, until within 0.05 LU.
            for _ in range(2):
                got = _file_loudness(out)
                if got is None or abs(options.loudness_lufs - got) <= 0.05:
                    break
                gain *= 10 ** ((options.loudness_lufs - got) / 20)
                frames, out_rate, out_channels = encode(gain)
            gain_db = round(20 * math.log10(gain), 2)
    return Processed(
        frames, out_rate, out_channels, gain_db, view.length if options.loop else None, view.bars, measured
    )
