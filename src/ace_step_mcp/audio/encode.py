"""Writing audio in the formats people deliver: WAV, FLAC, MP3 and Ogg Vorbis, streaming.

WAV, FLAC and Ogg go through libsndfile (`soundfile`). MP3 goes through LAME by way of `lameenc`:
libsndfile's own MP3 writer runs LAME at a slow setting (20 s for 240 s of music here, against
2.5 s at LAME's quality 7, which is transparent at 192 kbps and up for this material).
Blocking: run it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

from ace_step_mcp.audio.formats import FORMATS

MP3_RATES = (8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)
DEFAULT_KBPS = {f.name: f.default_kbps for f in FORMATS.values() if f.default_kbps}
MP3_QUALITY = 7  # LAME's -q: 2 best/slowest ... 7 fast


def _vorbis_level(kbps: int) -> float:
    """libsndfile's Vorbis compression level (0 best .. 1 smallest) for about `kbps` in stereo."""
    return max(0.0, min(1.0, (320 - kbps) / 290))


def write_blocks(
    blocks: Iterable[NDArray[np.float32]],
    out: Path,
    fmt: str,
    rate: int,
    channels: int,
    *,
    kbps: int | None = None,
    subtype: str | None = None,
) -> int:
    """Write float blocks (frames x channels) to `out` as `fmt`; returns the frames written."""
    import numpy as np
    import soundfile

    frames = 0
    if fmt == "mp3":
        import lameenc

        if rate not in MP3_RATES or channels > 2:
            raise ValueError(f"MP3 takes 8-48 kHz mono or stereo, not {rate} Hz {channels} ch")
        enc = lameenc.Encoder()
        enc.set_bit_rate(kbps or DEFAULT_KBPS["mp3"])
        enc.set_in_sample_rate(rate)
        enc.set_channels(channels)
        enc.set_quality(MP3_QUALITY)
        with open(out, "wb") as f:
            for block in blocks:
                pcm = np.clip(np.rint(block * 32767.0), -32768, 32767).astype("<i2")
                f.write(bytes(enc.encode(pcm.tobytes())))
                frames += len(block)
            f.write(bytes(enc.flush()))
        return frames
    options: dict[str, Any] = {}
    if fmt == "ogg":
        container, sub = "OGG", "VORBIS"
        options["compression_level"] = _vorbis_level(kbps or DEFAULT_KBPS["ogg"])
    elif fmt == "flac":
        container, sub = "FLAC", subtype if subtype in ("PCM_16", "PCM_24") else "PCM_16"
    else:
        container, sub = "WAV", subtype or "PCM_16"
    with soundfile.SoundFile(str(out), "w", rate, channels, subtype=sub, format=container, **options) as dst:
        for block in blocks:
            dst.write(block)
            frames += len(block)
    return frames
