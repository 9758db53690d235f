"""A listening copy of a track for the player app: a compressed MP3 and the waveform's peaks.

The app's iframe gets its audio through the host's bridge (JSON-RPC over postMessage, so it works
over stdio too) and may not fetch anything itself: the preview must be small. 128 kbps stereo is
about 1 MB a minute; past 10 minutes the bitrate falls so that a preview stays near 12 MB, down to
32 kbps mono (an hour: 14 MB). The peaks are computed here from the source, in the same streamed
pass, so the browser never decodes the whole track to draw it.

Blocking and streaming (one block of the source in memory at a time): run it in a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ace_step_mcp.audio.encode import MP3_RATES, write_blocks

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np
    from numpy.typing import NDArray

PEAK_BINS = 2000  # columns of the waveform: enough for a wide chat pane at one bar per pixel
TARGET_BYTES = 12 * 10**6
MAX_KBPS = 128
MIN_KBPS = 32
STEREO_FLOOR_KBPS = 64  # below this, joint stereo smears: send mono
MP3_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128)
BLOCK = 1 << 16


@dataclass(frozen=True)
class Preview:
    path: Path
    duration_s: float
    kbps: int
    channels: int
    peaks: list[float]  # max |sample| over each of PEAK_BINS equal spans, 0..1


def preview_kbps(duration_s: float) -> int:
    """The bitrate that keeps a preview of this length near TARGET_BYTES (a listed MP3 bitrate)."""
    wanted = TARGET_BYTES * 8 / max(duration_s, 1.0) / 1000
    fitting = [b for b in MP3_BITRATES if b <= min(wanted, MAX_KBPS)]
    return fitting[-1] if fitting else MIN_KBPS


def make_preview(source: Path, out: Path, *, bins: int = PEAK_BINS) -> Preview:
    """Encode `source` (any format libsndfile reads) to an MP3 preview at `out`; returns its peaks."""
    import numpy as np
    import soundfile

    with soundfile.SoundFile(str(source)) as f:
        rate, channels, frames = f.samplerate, f.channels, f.frames
        kbps = preview_kbps(frames / rate if rate else 0.0)
        out_channels = 1 if kbps < STEREO_FLOOR_KBPS or channels == 1 else 2
        out_rate = rate if rate in MP3_RATES else 48_000
        # A header's frame count is an estimate for some formats (MP3): peaks are binned by it, and
        # frames past it fold into the last bin; the duration reported is what was actually read.
        span = max(1, math.ceil(frames / bins))
        peaks = np.zeros(max(1, math.ceil(frames / span)), dtype=np.float32)
        read = 0

        def blocks() -> Iterator[NDArray[np.float32]]:
            import soxr

            nonlocal read
            stream = soxr.ResampleStream(rate, out_rate, out_channels, "float32", "HQ") if out_rate != rate else None
            while True:
                block = f.read(BLOCK, dtype="float32", always_2d=True)
                last = len(block) < BLOCK
                if len(block):
                    _peaks_into(peaks, np.abs(block).max(axis=1), read, span)
                    read += len(block)
                shaped = _channels(block, out_channels)
                if stream is not None:
                    shaped = stream.resample_chunk(shaped, last=last)
                if len(shaped):
                    yield shaped
                if last:
                    if read == 0:  # an empty file: a moment of silence, so the encoder has a frame to write
                        yield np.zeros((1152, out_channels), dtype=np.float32)
                    return

        tmp = out.with_name(f".{out.name}.{id(peaks):x}.tmp")
        try:
            write_blocks(blocks(), tmp, "mp3", out_rate, out_channels, kbps=kbps)
            tmp.replace(out)
        finally:
            tmp.unlink(missing_ok=True)
    return Preview(
        path=out,
        duration_s=read / rate if rate else 0.0,
        kbps=kbps,
        channels=out_channels,
        peaks=[round(float(p), 4) for p in np.minimum(peaks, 1.0)],
    )


def _channels(block: NDArray[np.float32], wanted: int) -> NDArray[np.float32]:
    import numpy as np

    if block.shape[1] == wanted:
        return block
    if wanted == 1:
        mono: NDArray[np.float32] = block.mean(axis=1, keepdims=True, dtype=np.float32)
        return mono
    if block.shape[1] == 1:
        return np.repeat(block, wanted, axis=1)
    # More than two: the usual downmix for the WAV channel orders (front L R, centre, LFE, back/side
    # pairs; centre and surrounds at -3 dB, LFE left out), scaled so it cannot clip; an order with no
    # known layout goes to both sides alike.
    layout = _LAYOUTS.get(block.shape[1])
    if layout is None:
        mono_all = block.mean(axis=1, keepdims=True, dtype=np.float32)
        return np.repeat(mono_all, 2, axis=1)
    gains = np.asarray(layout, dtype=np.float32)  # (channels, 2)
    stereo: NDArray[np.float32] = (block @ gains) / gains.sum(axis=0).max()
    return stereo


_C = 0.7071  # -3 dB
# Per channel (in WAVEFORMATEXTENSIBLE order): its gain into (left, right).
_LAYOUTS: dict[int, tuple[tuple[float, float], ...]] = {
    3: ((1, 0), (0, 1), (_C, _C)),  # L R C
    4: ((1, 0), (0, 1), (_C, 0), (0, _C)),  # L R Ls Rs (quad)
    5: ((1, 0), (0, 1), (_C, _C), (_C, 0), (0, _C)),  # L R C Ls Rs
    6: ((1, 0), (0, 1), (_C, _C), (0, 0), (_C, 0), (0, _C)),  # 5.1: L R C LFE Ls Rs
    8: ((1, 0), (0, 1), (_C, _C), (0, 0), (_C, 0), (0, _C), (_C, 0), (0, _C)),  # 7.1: ... Lb Rb Ls Rs
}


def _peaks_into(peaks: NDArray[np.float32], magnitudes: NDArray[np.float32], start: int, span: int) -> None:
    """Fold per-frame magnitudes (frames start, start+1, ...) into the per-span maxima."""
    import numpy as np

    first = start // span
    offset = start - first * span
    padded = np.concatenate([np.zeros(offset, dtype=magnitudes.dtype), magnitudes])
    whole = len(padded) // span * span
    maxima = padded[:whole].reshape(-1, span).max(axis=1) if whole else padded[:0]
    if whole < len(padded):
        maxima = np.append(maxima, padded[whole:].max())
    # Bins past the header's length (its estimate was short) fold into the last one.
    where = np.minimum(np.arange(first, first + len(maxima)), len(peaks) - 1)
    np.maximum.at(peaks, where, maxima)
