"""The data dir's caches and leftovers: `sources/` (audio given as a URL or a data URI, kept for the
splice) and `previews/` (the player's listening copies) are capped in size and evict the least
recently used file first, never one a job still needs; a call that starts no job (a dry run, a
refusal) keeps nothing it wrote there; temporary files a killed process left are removed at start.

Blocking functions: call them from a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Collection, Iterable
from pathlib import Path

# What a write in progress is named (content-addressed files are renamed into place when whole).
TEMP_GLOBS = (".url-*", ".clip-*", ".render-*", ".*.tmp", ".*.part")
# A temporary file this old is nobody's write in progress (another process on the same data dir
# may be writing one right now: its file's modification time moves as it writes).
STALE_TEMP_S = 3600.0


def clean_temp(folders: Iterable[Path], *, older_than_s: float = STALE_TEMP_S) -> list[Path]:
    """Remove the temporary files a killed process left in `folders`; what was removed."""
    removed: list[Path] = []
    now = time.time()
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in TEMP_GLOBS:
            for path in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    if path.is_file() and now - path.stat().st_mtime > older_than_s:
                        path.unlink()
                        removed.append(path)
    return removed


def evict(folder: Path, cap_bytes: int, keep: Collection[Path] = ()) -> list[Path]:
    """Bring `folder`'s finished files under `cap_bytes`, least recently used first (a use touches a
    file), never removing one in `keep`; what was removed."""
    if not folder.is_dir():
        return []
    files: list[tuple[float, int, Path]] = []
    for entry in os.scandir(folder):
        if entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            files.append((max(st.st_mtime, st.st_atime), st.st_size, Path(entry.path)))
    total = sum(size for _, size, _ in files)
    kept = {p.resolve() for p in keep}
    removed: list[Path] = []
    for _, size, path in sorted(files):
        if total <= cap_bytes:
            break
        if path.resolve() in kept:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
            removed.append(path)
    return removed


def discard(paths: Iterable[Path], folder: Path, keep: Collection[Path] = ()) -> list[Path]:
    """Remove what a call that started nothing wrote to `folder` (only files inside it), except `keep`."""
    kept = {p.resolve() for p in keep}
    root = folder.resolve()
    removed: list[Path] = []
    for path in paths:
        real = path.resolve()
        if real.parent != root or real in kept:
            continue
        with contextlib.suppress(OSError):
            real.unlink()
            removed.append(path)
    return removed


def touch(path: Path) -> None:
    """Mark a cached file as used now (eviction removes the least recently used first): its access
    time only, as its modification time is part of the identity an edit's splice checks."""
    with contextlib.suppress(OSError):
        os.utime(path, ns=(time.time_ns(), path.stat().st_mtime_ns))
