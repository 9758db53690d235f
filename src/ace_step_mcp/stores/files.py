"""The `Blobs` port on local files: tracks are files in one folder (the zero-setup default).

Files are made in that same folder (downloads, splices and deliverables write a temporary name and
rename it), so `put` only checks the file is there: the rename already made it whole and visible."""

from __future__ import annotations

from pathlib import Path

import anyio


class LocalFiles:
    def __init__(self, root: Path) -> None:
        self.root = root

    def staging(self) -> Path:
        return self.root

    async def put(self, key: str, path: Path) -> str:
        target = self.root / key
        if path != target:
            await anyio.Path(path).replace(target)
        return str(target)

    def _path(self, key: str) -> Path:
        """A key is a name under the folder, or the absolute path `put` returned (tracks an earlier
        version kept elsewhere keep their own path)."""
        return Path(key) if Path(key).is_absolute() else self.root / key

    async def local(self, key: str) -> Path | None:
        path = self._path(key)
        return path if await anyio.Path(path).is_file() else None

    def url(self, key: str) -> str | None:
        return None  # served by this server's own /tracks/{id} route, when it serves HTTP

    async def delete(self, key: str) -> None:
        await anyio.Path(self._path(key)).unlink(missing_ok=True)
