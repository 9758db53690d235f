"""The store of generated audio: `<track_id>.<ext>` files with `<track_id>.json` sidecars.

Metadata lives in the ledger; the sidecar repeats it beside the file (parameters, seed, endpoint,
parent track and edit window), so a track's lineage survives without the server. Both are written
to a temporary name and renamed, so a crash leaves either nothing or a whole file.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import secrets
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.errors import AudioReferenceError

if TYPE_CHECKING:  # the ledger, the values and audio probing load with the job service, not the tool list
    from ace_step_mcp.audio.refs import ResolvedAudio
    from ace_step_mcp.ports import Blobs, Ledger
    from ace_step_mcp.ports.values import Edit, Track
    from ace_step_mcp.settings import Settings

log = logging.getLogger("ace_step_mcp")
TRACK_URI_PREFIX = "music://tracks/"
TRACK_ID = re.compile(r"^trk_[0-9a-f]{12}$")
TRACK_URI = re.compile(r"^music://tracks/(trk_[0-9a-f]{12})/?$")


def iso_time(ts: float) -> str:
    """A stored time as records show it: UTC, to the second."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def track_id_of(ref: str) -> str | None:
    """The track id an `audio` argument names (`trk_...` or its music:// URI), else None."""
    ref = ref.strip()
    if TRACK_ID.match(ref):
        return ref
    match = TRACK_URI.match(ref)
    return match.group(1) if match else None


def new_track_id() -> str:
    return f"trk_{secrets.token_hex(6)}"


def track_uri(track_id: str) -> str:
    return f"{TRACK_URI_PREFIX}{track_id}"


def file_sha256(path: Path) -> tuple[int, str]:
    """A file's size and SHA-256, read in 1 MiB pieces (blocking)."""
    import hashlib

    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def track_info(track: Track) -> dict[str, Any]:
    """The metadata a client sees (resource `music://tracks/{id}/info`, sidecar, CLI)."""
    return {
        "track_id": track.track_id,
        "uri": track_uri(track.track_id),
        "path": track.path,
        "format": track.format,
        "duration_s": round(track.duration_s, 3) if track.duration_s is not None else None,
        "sample_rate": track.sample_rate,
        "channels": track.channels,
        "size_bytes": track.size,
        "sha256": track.sha256,
        "created_at": iso_time(track.created_at),
        "endpoint": track.tool,
        "model_id": track.model_id,
        "request_id": track.request_id,
        "job_id": track.job_id,
        "seed": track.seed,
        "cost_usd": track.cost_usd,
        "source_url": track.source_url,
        "parent_track_id": track.parent_track_id,
        "parent_uri": track_uri(track.parent_track_id) if track.parent_track_id else None,
        "edit": track.edit.record() if track.edit else None,
        "params": track.params,
        "analysis": track.analysis,
        "offline_preview": track.offline,
    }


def measure(path: Path) -> dict[str, Any] | None:
    """A track's analysis (tempo, key, loudness, peaks), or None if it cannot be measured: a track
    is stored whatever its analysis does (blocking; seconds of CPU for a long track)."""
    from ace_step_mcp.audio.analysis import analyse

    try:
        return analyse(path).record()
    except Exception:  # a decoder or numeric failure must not cost the user a paid track
        log.warning("could not analyse %s", path.name, exc_info=True)
        return None
    finally:
        _release_heap()


def _release_heap() -> None:
    """Hand freed memory back to the OS. The analysis allocates and frees tens of MB per track in
    worker threads; glibc keeps such memory in per-thread arenas (and raises its mmap threshold
    after the first large free), so without this a server's RSS creeps up with every track
    (measured over 200 jobs in tests/test_load.py: +111 MB as it was, +49 MB with malloc_trim, +17 MB with a fixed mmap threshold as well)."""
    import ctypes
    import sys

    global _HEAP_TUNED
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6")
            if not _HEAP_TUNED:
                # Large blocks always from mmap (returned on free): a fixed 256 KiB threshold turns off
                # glibc's raising of it, which is what keeps numpy's freed arrays in the heap.
                libc.mallopt(-3, 256 * 1024)  # M_MMAP_THRESHOLD
                _HEAP_TUNED = True
            libc.malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to do
            pass


_HEAP_TUNED = False


class TrackStore:
    """Tracks: their files (through the `Blobs` port) and their records (through the `Ledger` port).

    The blocking part of storing a track (probing the file, measuring it, the sidecar with fsync) runs
    in a worker thread; the record is written after the file is whole, so a listed track has a file."""

    def __init__(self, ledger: Ledger, blobs: Blobs) -> None:
        self.ledger = ledger
        self.blobs = blobs

    @property
    def folder(self) -> Path:
        """Where new track files are made (downloads, splices, deliverables)."""
        return self.blobs.staging()

    async def get(self, track_id: str) -> Track | None:
        # Only ids the store issued map to files: nothing turns a URI into an arbitrary path.
        if not TRACK_ID.match(track_id):
            return None
        track = await self.ledger.track(track_id)
        return await self.located(track) if track is not None else None

    async def store_url(self, track_id: str) -> str | None:
        """Where the store serves the file itself (None for local files); no local copy is made."""
        track = await self.ledger.track(track_id) if TRACK_ID.match(track_id) else None
        return self.blobs.url(track.path) if track is not None else None

    async def located(self, track: Track) -> Track:
        """The track with `path` a local file that holds it (a shared store's copy is fetched into
        this process's cache); as recorded when the file is gone."""
        local = await self.blobs.local(track.path)
        return replace(track, path=str(local)) if local is not None and str(local) != track.path else track

    async def add(self, *, limiter: anyio.CapacityLimiter | None = None, **fields: Any) -> Track:
        """Keep a finished file as a track (the fields of `record`)."""
        track = await anyio.to_thread.run_sync(functools.partial(record, **fields), limiter=limiter)
        path = Path(track.path)
        where = await self.blobs.put(path.name, path)  # the location every process can find it at
        await self.ledger.add_track(replace(track, path=where) if where != track.path else track)
        return track  # with the local path that holds it here

    async def with_analysis(self, track: Track, *, limiter: anyio.CapacityLimiter | None = None) -> Track:
        """The track measured (tempo, key, loudness, peaks), kept in the ledger and its sidecar: done
        once, the first time the track is handed to someone (in a worker thread; about 1.5 s for 240 s)."""
        if track.analysis is not None:
            return track
        measured = await anyio.to_thread.run_sync(_measured, track, limiter=limiter)
        if measured.analysis is None:
            return track
        await self.ledger.set_analysis(track.track_id, measured.analysis)
        return measured

    async def remove(self, track_id: str) -> Track | None:
        """The files first, then the row: on a full disk, deleting the files is what frees the room
        the ledger's write needs."""
        track = await self.ledger.track(track_id)
        if track is None:
            return None
        await self.blobs.delete(track.path)  # the location `put` gave
        await anyio.Path(Path(track.path).with_suffix(".json")).unlink(missing_ok=True)
        return await self.ledger.delete_track(track_id)


def record(
    *,
    track_id: str,
    path: Path,
    size: int,
    sha256: str,
    job_id: str | None,
    tool: str | None,
    model_id: str | None,
    request_id: str | None,
    seed: int | None,
    cost_usd: float | None,
    source_url: str | None,
    parent_track_id: str | None,
    edit: Edit | None,
    params: dict[str, Any] | None,
    offline: bool,
    analyse: bool = False,
) -> Track:
    """A finished file's track record, with its sidecar written beside it (blocking)."""
    from ace_step_mcp.audio.refs import probe_file
    from ace_step_mcp.ports.values import Track

    info = probe_file(path)
    analysis = measure(path) if analyse else None
    now = time.time()
    track = Track(
        track_id=track_id,
        job_id=job_id,
        created_at=now,
        path=str(path),
        format=info.format,
        sample_rate=info.sample_rate,
        channels=info.channels,
        duration_s=info.duration_s,
        size=size,
        sha256=sha256,
        source_url=source_url,
        source_url_at=now if source_url else None,
        tool=tool,
        model_id=model_id,
        request_id=request_id,
        seed=seed,
        cost_usd=cost_usd,
        parent_track_id=parent_track_id,
        edit=edit,
        params=params,
        offline=offline,
        analysis=analysis,
    )
    sidecar = path.with_suffix(".json")
    write_atomic(sidecar, json.dumps(track_info(track), indent=2).encode())
    return track


def _measured(track: Track) -> Track:
    analysis = measure(Path(track.path))
    if analysis is None:
        return track
    measured = replace(track, analysis=analysis)
    sidecar = Path(track.path).with_suffix(".json")
    if sidecar.is_file():
        write_atomic(sidecar, json.dumps(track_info(measured), indent=2).encode())
    return measured


def audio_of_track(track: Track, settings: Settings) -> ResolvedAudio:
    """Where a stored track's samples are (its file), and its hosted copy while that is fresh and is
    this track's audio (a spliced edit's hosted copy is the raw render, not the track)."""
    from ace_step_mcp.audio.refs import AudioInfo, ResolvedAudio

    info = AudioInfo(track.format, track.duration_s or 0.0, track.sample_rate, track.channels)
    fresh = (
        track.source_url
        and track.source_url_at is not None
        and time.time() - track.source_url_at < settings.backend.hosted_url_fresh_s
        and not (track.edit is not None and track.edit.spliced)
    )
    path = Path(track.path)
    if not path.is_file():
        if fresh:
            return ResolvedAudio(info, "track", url=track.source_url, parent_track_id=track.track_id)
        raise AudioReferenceError(
            f"Track '{track.track_id}' has no local file any more (it was deleted from {path.parent}) and no "
            f"fresh hosted copy; generate it again."
        )
    return ResolvedAudio(
        info, "track", path=path, url=track.source_url if fresh else None, parent_track_id=track.track_id
    )
