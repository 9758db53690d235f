"""Audio references: what an `audio` argument may be, how long it is, and what is sent upstream.

An `audio` argument is a track id or `music://tracks/{id}`, a local path or `file://` URI under
the allowed roots, an https URL, or a `data:audio/...` URI. Length and format are read from the
headers only: a local file's first bytes, a remote file's first 256 KiB fetched with a Range
request and presented to mutagen as a sparse file of the full size (so a WAV, FLAC or MP3 length
comes from its header, not from a full download). RunComfy has no upload endpoint, so local audio
travels as a data URI, capped like RunComfy's own clients cap it (16 MiB by default).
"""

from __future__ import annotations

import base64
import contextlib
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import anyio

from ace_step_mcp.audio.formats import MIME, mime_of, sniff_format
from ace_step_mcp.endpoints import MAX_SECONDS
from ace_step_mcp.errors import AudioReferenceError, InvalidInput

if TYPE_CHECKING:
    import httpx2

    from ace_step_mcp.settings import Settings

HEAD_BYTES = 256 * 1024


@dataclass(frozen=True)
class AudioInfo:
    format: str
    duration_s: float
    sample_rate: int | None
    channels: int | None


@dataclass(frozen=True)
class ResolvedAudio:
    wire: str  # the value sent as `audio`: an https URL or a data URI
    info: AudioInfo
    kind: str  # track | file | url | data
    parent_track_id: str | None = None


class _SparseFile(io.RawIOBase):
    """The first bytes of a file, with zeros up to its real size: enough for header parsers."""

    def __init__(self, head: bytes, size: int) -> None:
        self._head = head
        self._size = max(size, len(head))
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    # RawIOBase types the buffer as a WriteableBuffer protocol; CPython always passes a memoryview.
    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = max(0, min(len(buffer), self._size - self._pos))
        chunk = self._head[self._pos : self._pos + n]
        buffer[: len(chunk)] = chunk
        buffer[len(chunk) : n] = b"\0" * (n - len(chunk))
        self._pos += n
        return n


def probe(fileobj: IO[bytes], head: bytes, what: str) -> AudioInfo:
    """Format and length from headers; raises `AudioReferenceError` if it is not audio we accept."""
    import mutagen

    fmt = sniff_format(head, None)
    if fmt not in MIME:
        raise AudioReferenceError(f"{what} is not MP3, WAV, FLAC or OGG audio; give an audio file.")
    try:
        fileobj.seek(0)
        parsed = mutagen.File(fileobj)
    except Exception:  # mutagen raises many types on garbage
        parsed = None
    info = getattr(parsed, "info", None)
    length = getattr(info, "length", None)
    if not length or length <= 0:
        raise AudioReferenceError(f"{what} looks like {fmt.upper()} but its length cannot be read; re-export it.")
    return AudioInfo(
        format=fmt,
        duration_s=float(length),
        sample_rate=getattr(info, "sample_rate", None),
        channels=getattr(info, "channels", None),
    )


def probe_file(path: Path) -> AudioInfo:
    with open(path, "rb") as f:
        head = f.read(64)
        return probe(f, head, f"'{path.name}'")


def to_data_uri(data: bytes, fmt: str) -> str:
    return f"data:{mime_of(fmt)};base64,{base64.b64encode(data).decode()}"


def allowed_roots(settings: Settings, client_roots: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """The client's MCP roots when it offers them, else the data dir, outputs and configured folders."""
    if client_roots:
        return client_roots
    return operator_roots(settings)


def operator_roots(settings: Settings) -> tuple[Path, ...]:
    """The folders the operator lets this server read: the data dir, the outputs, ACE_STEP_MCP_ALLOWED_DIRS."""
    return (settings.home, settings.output_dir, *settings.allowed_roots)


def narrowed_roots(client: tuple[Path, ...], operator: tuple[Path, ...]) -> tuple[Path, ...]:
    """Client roots that only narrow the operator's folders (for a network peer, over HTTP): each
    client root inside an operator folder, and each operator folder inside a client root."""
    real_ops = [r.expanduser().resolve() for r in operator]
    kept: list[Path] = []
    for root in client:
        real = root.expanduser().resolve()
        kept += [real] if any(real.is_relative_to(op) for op in real_ops) else []
        kept += [op for op in real_ops if op.is_relative_to(real) and op != real]
    return tuple(dict.fromkeys(kept))


def local_path(ref: str) -> Path | None:
    if ref.startswith("file://"):
        parts = urlsplit(ref)
        if parts.netloc not in ("", "localhost"):
            raise AudioReferenceError("`audio` file:// URIs must point at this machine (file:///path).")
        return Path(unquote(parts.path))
    if ref.startswith(("/", "~", "./", "../")) or re.match(r"^[A-Za-z]:[\\/]", ref):
        return Path(ref).expanduser()
    return None


def not_readable_here(path: Path) -> AudioReferenceError:
    """The one answer for a local file that cannot be used, whatever the reason (missing, outside the
    folders, a link, a device or FIFO): a peer learns nothing of what exists on this machine."""
    return AudioReferenceError(
        f"`audio` file '{path.name[:80]}' is not readable here: it must be a regular audio file inside the "
        f"folders this server may read; move it there, or ask the operator to allow its folder."
    )


def _open_beneath(root: Path, parts: tuple[str, ...]) -> int:
    """Open `root/parts...` one component at a time, never following a link and never blocking (a
    FIFO swapped in would otherwise hang the open): the fd of what is really there."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            extra = getattr(os, "O_NONBLOCK", 0) if last else getattr(os, "O_DIRECTORY", 0)
            nxt = os.open(part, flags | extra, dir_fd=fd)
            os.close(fd)
            fd = nxt
        return fd
    except BaseException:
        os.close(fd)
        raise


def read_local(path: Path, roots: tuple[Path, ...], max_bytes: int) -> bytes:
    """Read a local audio file only if it lies under one of the roots, reached without any link.

    Blocking: run it in a worker thread. What is opened is checked with fstat, so a swap between
    the check and the read (a symlink, a FIFO) cannot redirect it."""
    text = str(path)
    if "\0" in text:
        raise AudioReferenceError("`audio` path contains a NUL byte; give a plain file path.")
    target = Path(os.path.normpath(os.path.abspath(text)))
    fd = -1
    for root in roots:
        for base in {Path(os.path.normpath(os.path.abspath(root.expanduser()))), root.expanduser().resolve()}:
            if target != base and target.is_relative_to(base):
                with contextlib.suppress(OSError):
                    fd = _open_beneath(root.expanduser().resolve(), target.relative_to(base).parts)
            if fd >= 0:
                break
        if fd >= 0:
            break
    if fd < 0:
        raise not_readable_here(path)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise not_readable_here(path)
        os.set_blocking(fh.fileno(), True)
        if st.st_size > max_bytes:
            raise AudioReferenceError(
                f"`audio` file '{path.name[:80]}' is {st.st_size / 2**20:.1f} MiB, over the "
                f"{max_bytes / 2**20:.0f} MiB that can be sent inline; trim or compress it (MP3), or pass an "
                f"https URL instead."
            )
        return fh.read(max_bytes + 1)


def decode_data_uri(ref: str, max_bytes: int) -> bytes:
    header, sep, payload = ref.partition(",")
    if not sep or ";base64" not in header:
        raise AudioReferenceError("`audio` data URIs must be base64: data:audio/wav;base64,....")
    if len(payload) > (max_bytes * 4) // 3 + 4:
        raise AudioReferenceError(
            f"`audio` data URI is over the {max_bytes / 2**20:.0f} MiB inline cap; use a shorter or MP3 file."
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except ValueError:
        raise AudioReferenceError("`audio` data URI is not valid base64.") from None
    declared = header[5:].split(";")[0].lower()
    if not declared.startswith("audio/"):
        raise AudioReferenceError(
            f"`audio` data URI declares {declared[:40] or 'no'} MIME type; it must be audio/wav, audio/mpeg, "
            f"audio/flac or audio/ogg."
        )
    actual = sniff_format(data[:16], None)
    if actual not in MIME:
        raise AudioReferenceError(f"`audio` data URI declares '{declared}' but holds no MP3, WAV, FLAC or OGG audio.")
    if MIME[actual] != declared and actual not in declared:
        raise AudioReferenceError(
            f"`audio` data URI declares '{declared}' but holds {actual.upper()} audio; fix the MIME type."
        )
    return data


async def probe_remote(url: str, http: httpx2.AsyncClient, settings: Settings) -> AudioInfo:
    """Length and format of a remote file from its first 256 KiB and its total size."""
    from ace_step_mcp.audio.netguard import fetch_head

    head = await fetch_head(
        url,
        http,
        max_bytes=HEAD_BYTES,
        allow_http=settings.allow_http_urls,
        allow_private=settings.allow_private_urls,
    )
    return probe(io.BufferedReader(_SparseFile(head.data, head.total_size)), head.data[:64], "`audio` URL")


async def resolve_audio_ref(
    ref: str,
    *,
    settings: Settings,
    http: httpx2.AsyncClient,
    client_roots: tuple[Path, ...] = (),
) -> ResolvedAudio:
    """Turn a path, URL or data URI into what RunComfy takes, with its probed length.

    Track ids are the job core's to resolve (it holds the store); this sees every other form."""
    ref = ref.strip()
    if not ref:
        raise AudioReferenceError("`audio` is empty; give a track id, a music://tracks/ URI, a path or a URL.")
    path = local_path(ref)
    if path is not None:
        roots = allowed_roots(settings, client_roots)
        return await anyio.to_thread.run_sync(_resolve_file, path, roots, settings.max_upload_bytes)
    if ref.startswith("data:"):
        return await anyio.to_thread.run_sync(_resolve_data_uri, ref, settings.max_upload_bytes)
    if ref.startswith(("https://", "http://")):
        info = await probe_remote(ref, http, settings)
        return ResolvedAudio(ref, info, "url")
    raise AudioReferenceError(
        f"`audio` {ref[:60]!r} is not a track id, music://tracks/ URI, local path, https URL or data: URI."
    )


def _resolve_file(path: Path, roots: tuple[Path, ...], max_bytes: int) -> ResolvedAudio:
    data = read_local(path, roots, max_bytes)
    info = probe(io.BytesIO(data), data[:64], f"'{path.name[:80]}'")
    return ResolvedAudio(to_data_uri(data, info.format), info, "file")


def _resolve_data_uri(ref: str, max_bytes: int) -> ResolvedAudio:
    data = decode_data_uri(ref, max_bytes)
    info = probe(io.BytesIO(data), data[:64], "`audio` data URI")
    return ResolvedAudio(to_data_uri(data, info.format), info, "data")


# -- windows --------------------------------------------------------------------------------------


def resolve_window(start: float, start_rel: str, end: float, end_rel: str, length_s: float) -> tuple[float, float]:
    """Absolute (start, end) seconds of an inpaint window, or `InvalidInput` naming what is wrong."""
    a = length_s - start if start_rel == "end" else start
    b = length_s - end if end_rel == "end" else end
    if a < 0 or a > length_s:
        raise InvalidInput(
            f"`start_time` resolves to {a:.2f} s, outside the {length_s:.2f} s track; use 0 to {length_s:.2f}.",
            field="start_time",
        )
    if b < 0 or b > length_s + 1e-6:
        raise InvalidInput(
            f"`end_time` resolves to {b:.2f} s, past the end of the {length_s:.2f} s track; use at most "
            f"{length_s:.2f} (or 0 relative to 'end').",
            field="end_time",
        )
    if b <= a:
        raise InvalidInput(
            f"The window {a:.2f}-{b:.2f} s is empty or reversed; `start_time` must resolve before `end_time`.",
            field="end_time",
        )
    return a, min(b, length_s)


def check_outpaint_total(length_s: float, before: float, after: float) -> float:
    total = length_s + before + after
    if before + after <= 0:
        raise InvalidInput(
            "`extend_before_duration` and `extend_after_duration` are both 0, so nothing would be added; "
            "give at least one of them a length from 0 to 240 seconds.",
            field="extend_after_duration",
        )
    if total > MAX_SECONDS + 1e-6:
        room = max(0.0, MAX_SECONDS - length_s)
        raise InvalidInput(
            f"The result would be {total:.1f} s ({length_s:.1f} s original + {before:g} s before + {after:g} s "
            f"after), over the 240 s limit; add at most {room:.1f} s in this call, or trim the track first.",
            field="extend_after_duration",
        )
    return total
