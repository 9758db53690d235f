"""Audio references: what an `audio` argument may be, where its samples are, and how long it is.

An `audio` argument is a track id or `music://tracks/{id}`, a local path or `file://` URI under
the allowed roots, an https URL, or a `data:audio/...` URI. Length and format are read from the
headers only: a local file's first bytes, a remote file's first 256 KiB fetched with a Range
request and presented to mutagen as a sparse file of the full size (so a WAV, FLAC or MP3 length
comes from its header, not from a full download). Local files of any size are used where they are
(edits send only what they need, see `splice.py`); a data URI (capped like RunComfy's own clients
cap inline audio, 16 MiB) is kept as a file in the data dir, and a URL is downloaded there, streamed,
when an edit needs its samples.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
import re
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import anyio

from ace_step_mcp.audio.formats import MIME, sniff_format
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
    info: AudioInfo
    kind: str  # track | file | url | data
    path: Path | None = None  # a local file holding the samples (None: a URL not downloaded yet)
    url: str | None = None  # a copy RunComfy can fetch as it is (the user's URL, a track's hosted copy)
    parent_track_id: str | None = None
    identity: tuple[int, int] | None = None  # (device, inode) of a local file as checked against the roots


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


def allowed_roots(settings: Settings, client_roots: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """The client's MCP roots when it offers them, else the data dir, outputs and configured folders."""
    if client_roots:
        return client_roots
    return operator_roots(settings)


def operator_roots(settings: Settings) -> tuple[Path, ...]:
    """The folders the operator lets this server read: the data dir, the outputs, ACE_STEP_MCP_ALLOWED_DIRS."""
    return (settings.store.home, settings.store.tracks_dir, *settings.calls.allowed_roots)


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
        f"folders this server may read (its data folder and ACE_STEP_MCP_ALLOWED_DIRS); move it there, or add its folder "
        f"to ACE_STEP_MCP_ALLOWED_DIRS in the server's config."
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


def open_local(path: Path, roots: tuple[Path, ...]) -> tuple[IO[bytes], Path]:
    """Open a local file only if it lies under one of the roots, reached without any link: the open
    file and its path. Blocking: run it in a worker thread. What is opened is checked with fstat, so
    a swap between the check and the read (a symlink, a FIFO) cannot redirect it."""
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
    fh = os.fdopen(fd, "rb")
    try:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise not_readable_here(path)
        os.set_blocking(fh.fileno(), True)
    except BaseException:
        fh.close()
        raise
    return fh, target


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
        allow_http=settings.calls.allow_http_urls,
        allow_private=settings.calls.allow_private_urls,
    )
    return probe(io.BufferedReader(_SparseFile(head.data, head.total_size)), head.data[:64], "`audio` URL")


async def resolve_audio_ref(
    ref: str,
    *,
    settings: Settings,
    http: httpx2.AsyncClient,
    client_roots: tuple[Path, ...] = (),
) -> ResolvedAudio:
    """Where a path, URL or data URI's samples are, with its probed length.

    Track ids are the job core's to resolve (it holds the store); this sees every other form."""
    ref = ref.strip()
    if not ref:
        raise AudioReferenceError("`audio` is empty; give a track id, a music://tracks/ URI, a path or a URL.")
    path = local_path(ref)
    if path is not None:
        roots = allowed_roots(settings, client_roots)
        return await anyio.to_thread.run_sync(_resolve_file, path, roots)
    if ref.startswith("data:"):
        return await anyio.to_thread.run_sync(_resolve_data_uri, ref, settings)
    if ref.startswith(("https://", "http://")):
        info = await probe_remote(ref, http, settings)
        return ResolvedAudio(info, "url", url=ref)
    raise AudioReferenceError(
        f"`audio` {ref[:60]!r} is not a track id, music://tracks/ URI, local path, https URL or data: URI."
    )


def _resolve_file(path: Path, roots: tuple[Path, ...]) -> ResolvedAudio:
    fh, real = open_local(path, roots)
    with fh:
        st = os.fstat(fh.fileno())
        info = probe(fh, fh.read(64), f"'{path.name[:80]}'")
    return ResolvedAudio(info, "file", path=real, identity=(st.st_dev, st.st_ino))


def sources_dir(settings: Settings) -> Path:
    """Where audio given as a data URI or a URL is kept for the splice (content-addressed)."""
    return settings.store.home / "sources"


def _resolve_data_uri(ref: str, settings: Settings) -> ResolvedAudio:
    data = decode_data_uri(ref, settings.edits.max_upload_bytes)
    info = probe(io.BytesIO(data), data[:64], "`audio` data URI")
    folder = sources_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"data-{hashlib.sha256(data).hexdigest()[:32]}.{info.format}"
    if not path.is_file():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return ResolvedAudio(info, "data", path=path)


async def download_source(url: str, http: httpx2.AsyncClient, settings: Settings, timeout_s: float = 900.0) -> Path:
    """A remote source's bytes in the data dir, streamed, under a name of its own content's hash: a
    URL whose file changes is fetched again (never planned on a stale copy), and two edits fetching
    one URL at once each write their own temporary file."""
    from ace_step_mcp.audio.netguard import fetch_to_file

    folder = sources_dir(settings)
    await anyio.Path(folder).mkdir(parents=True, exist_ok=True)
    tmp = folder / f".url-{secrets.token_hex(8)}"
    try:
        with anyio.fail_after(timeout_s):
            await fetch_to_file(
                url,
                http,
                tmp,
                max_bytes=settings.edits.max_source_bytes,
                allow_http=settings.calls.allow_http_urls,
                allow_private=settings.calls.allow_private_urls,
            )
    except TimeoutError:
        raise AudioReferenceError(
            f"`audio` URL took over {timeout_s:.0f} s to download; give a faster host or a local file."
        ) from None
    return await anyio.to_thread.run_sync(_keep_by_content, tmp, folder)


def _keep_by_content(tmp: Path, folder: Path) -> Path:
    digest = hashlib.sha256()
    with open(tmp, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    path = folder / f"url-{digest.hexdigest()[:32]}"
    if path.is_file():
        tmp.unlink(missing_ok=True)
    else:
        os.replace(tmp, path)
    return path


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
