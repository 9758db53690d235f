"""Writing audio in the formats people deliver: WAV, FLAC, MP3 and Ogg Vorbis, streaming.

WAV, FLAC and Ogg go through libsndfile (`soundfile`). MP3 goes through LAME by way of `lameenc`:
libsndfile's own MP3 writer runs LAME at a slow setting (20 s for 240 s of music here, against
2.5 s at LAME's quality 7, which is transparent at 192 kbps and up for this material).

`lameenc` writes bare audio frames, so a player would play LAME's 576 samples of priming and the
last frame's padding as a gap. Each MP3 here starts with a LAME/Info frame (`info_frame`, after the
LAME tag specification) giving the frame count, byte count, a seek table, and the encoder delay and
padding, which gapless decoders (mpg123, hence libsndfile; ffmpeg; most players) trim.
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
LAME_DELAY = 576  # LAME 3.100's encoder delay (ENCDELAY): priming samples before the first input sample
# Layer III bitrates (kbps) by header index: MPEG-1, and MPEG-2/2.5.
_KBPS_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_KBPS_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)


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
        kbps = kbps or DEFAULT_KBPS["mp3"]
        # LAME may encode at a lower rate than it is given (it resamples for low bitrates): the tag
        # frame copies the first audio frame's header, so it is written once that frame exists.
        info = b""
        with open(out, "w+b") as f:
            for block in blocks:
                pcm = np.clip(np.rint(block * 32767.0), -32768, 32767).astype("<i2")
                data = bytes(enc.encode(pcm.tobytes()))
                if data and not info:
                    info = info_frame(int.from_bytes(data[:4], "big"), 0, 0, 0, 0, kbps)  # a placeholder
                    f.write(info)
                f.write(data)
                frames += len(block)
            data = bytes(enc.flush())
            if data and not info:
                info = info_frame(int.from_bytes(data[:4], "big"), 0, 0, 0, 0, kbps)
                f.write(info)
            f.write(data)
            if info:
                size = f.tell()
                f.seek(len(info))
                count = count_frames(f)
                header = int.from_bytes(info[:4], "big")
                out_rate = _header_rate(header)
                spf = 1152 if (header >> 19) & 3 == 3 else 576
                padding = count * spf - LAME_DELAY - round(frames * out_rate / rate)
                f.seek(0)
                f.write(info_frame(header, count, size, LAME_DELAY, max(0, padding), kbps))
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


def _frame_bytes(version1: bool, kbps: int, rate: int, pad: int = 0) -> int:
    return (144 if version1 else 72) * kbps * 1000 // rate + pad


def _header_rate(header: int) -> int:
    """The sample rate a Layer III frame header names (MPEG-1, 2 or 2.5)."""
    version = (header >> 19) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    return (44_100, 48_000, 32_000, 44_100)[(header >> 10) & 3] // {3: 1, 2: 2, 0: 4}.get(version, 1)


def count_frames(f: Any) -> int:
    """The Layer III frames from `f`'s position to its end, walked header to header (streamed)."""
    count = 0
    buf = b""
    pos = 0
    while True:
        if len(buf) - pos < 4:
            more = f.read(1 << 16)
            buf = buf[pos:] + more
            pos = 0
            if len(buf) < 4:
                return count
        h = int.from_bytes(buf[pos : pos + 4], "big")
        if h >> 21 != 0x7FF or (h >> 17) & 3 != 1:
            raise ValueError(f"not an MP3 frame header at frame {count}")
        version1 = (h >> 19) & 3 == 3
        table = _KBPS_V1 if version1 else _KBPS_V2
        size = _frame_bytes(version1, table[(h >> 12) & 15], _header_rate(h), (h >> 9) & 1)
        count += 1
        pos += size
        while pos > len(buf):  # skip the rest of a frame that runs past what is read
            more = f.read(max(1 << 16, pos - len(buf)))
            if not more:
                return count
            pos -= len(buf)
            buf = more


def _crc16(data: bytes) -> int:
    """CRC-16/ARC (polynomial 0x8005, reflected), as the LAME tag uses."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def info_frame(first: int, frames: int, size: int, delay: int, padding: int, kbps: int) -> bytes:
    """A silent Layer III frame holding a LAME/Info tag, in the format of the stream whose first audio
    frame header is `first`: `frames` audio frames after it, `size` bytes of file (this frame
    included), a linear seek table (constant bitrate), and the encoder `delay` and end `padding` in
    samples (12 bits each), with the tag's CRC. The frame takes the stream's bitrate, or the smallest
    larger one that has room for the tag. The music CRC is left 0 (decoders do not check it, and it
    would cost a pass over the file in Python)."""
    version1 = (first >> 19) & 3 == 3
    rate = _header_rate(first)
    mono = (first >> 6) & 3 == 3
    table = _KBPS_V1 if version1 else _KBPS_V2
    side = (17 if mono else 32) if version1 else (9 if mono else 17)
    need = 4 + side + 120 + 36
    fits = [i for i in range(1, 15) if table[i] >= kbps and _frame_bytes(version1, table[i], rate) >= need]
    index = fits[0] if fits else 14
    length = _frame_bytes(version1, table[index], rate)
    # The first frame's sync, version, layer, rate and mode; no CRC, no padding slot; this bitrate.
    header = (first & 0xFFFE0CC0) | (1 << 16) | (index << 12) | (1 << 2)
    frame = bytearray(length)
    frame[0:4] = header.to_bytes(4, "big")
    tag = 4 + side
    frame[tag : tag + 4] = b"Info"
    frame[tag + 4 : tag + 8] = (0x0F).to_bytes(4, "big")  # frames, bytes, seek table, quality
    frame[tag + 8 : tag + 12] = frames.to_bytes(4, "big")
    frame[tag + 12 : tag + 16] = size.to_bytes(4, "big")
    frame[tag + 16 : tag + 116] = bytes(min(255, i * 256 // 100) for i in range(100))
    frame[tag + 116 : tag + 120] = (100 - MP3_QUALITY * 10).to_bytes(4, "big")
    lame = tag + 120
    frame[lame : lame + 9] = b"LAME3.100"
    frame[lame + 9] = 0x01  # tag revision 0, constant bitrate
    frame[lame + 10] = 0
    frame[lame + 20] = min(255, kbps)
    frame[lame + 21 : lame + 24] = ((min(delay, 4095) << 12) | min(padding, 4095)).to_bytes(3, "big")
    frame[lame + 28 : lame + 32] = size.to_bytes(4, "big")  # music length: this frame to the end
    frame[lame + 34 : lame + 36] = _crc16(bytes(frame[: lame + 34])).to_bytes(2, "big")
    return bytes(frame)
