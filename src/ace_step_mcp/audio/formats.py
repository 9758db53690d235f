"""Audio formats: what a file is from its first bytes, its MIME type, and how big it is in all.

Pure functions on bytes and headers, shared by the client, the track store and the emulator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import httpx2


@dataclass(frozen=True)
class Format:
    """An audio format the project reads and writes: the one table every module asks."""

    name: str
    mime: str
    lossy: bool  # encoded with a bitrate (`bitrate_kbps` applies; loudness is corrected after encoding)
    seamless_loop: bool  # a loop repeats without a gap (MP3 pads its start and end)
    default_kbps: int | None = None


FORMATS: dict[str, Format] = {
    "wav": Format("wav", "audio/wav", lossy=False, seamless_loop=True),
    "flac": Format("flac", "audio/flac", lossy=False, seamless_loop=True),
    "mp3": Format("mp3", "audio/mpeg", lossy=True, seamless_loop=False, default_kbps=192),
    "ogg": Format("ogg", "audio/ogg", lossy=True, seamless_loop=True, default_kbps=160),
}
OUTPUT_FORMATS = tuple(FORMATS)  # what a deliverable may be written as
LOSSY = tuple(f.name for f in FORMATS.values() if f.lossy)
MIME = {f.name: f.mime for f in FORMATS.values()}


def mime_of(fmt: str | None) -> str:
    return MIME.get(fmt or "", "application/octet-stream")


def sniff_format(head: bytes, content_type: str | None, url: str = "") -> str:
    """wav, mp3, flac or ogg from magic bytes, then Content-Type, then the URL's extension."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0):
        return "mp3"
    ct = (content_type or "").split(";")[0].strip().lower()
    by_type = {
        "audio/wav": "wav",
        "audio/x-wav": "wav",
        "audio/wave": "wav",
        "audio/mpeg": "mp3",
        "audio/mp3": "mp3",
        "audio/flac": "flac",
        "audio/x-flac": "flac",
        "audio/ogg": "ogg",
    }
    if ct in by_type:
        return by_type[ct]
    ext = urlsplit(url).path.rsplit(".", 1)[-1].lower()
    return ext if ext in FORMATS else "bin"


def total_length(response: httpx2.Response, offset: int) -> int | None:
    """The whole file's size from Content-Range (206) or Content-Length, or None when unknown."""
    cr = response.headers.get("content-range")
    if response.status_code == 206 and cr and "/" in cr:
        total = cr.rsplit("/", 1)[1].strip()
        if total.isdigit():
            return int(total)
    cl = response.headers.get("content-length")
    if cl and cl.isdigit():
        return int(cl) + (offset if response.status_code == 206 else 0)
    return None
