"""The `Blobs` port on an S3-compatible store (AWS S3, R2, MinIO, SeaweedFS): track files every
replica can read.

The only module that imports `obstore`. A track's location in the ledger is `s3://BUCKET/KEY`, the
same for every replica. Each replica keeps local copies in a bounded cache folder (least recently
used first out), because splices, analysis, previews and deliverables read files: a copy is fetched
streamed in ranged parts on first use, never whole in memory. New files are made in that folder too
(`staging()`), then uploaded (multipart above 8 MiB) before the ledger names them, so a track is
visible only once complete; the sidecar `.json` goes up beside it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import anyio

from ace_step_mcp.errors import StoreError, UsageError

if TYPE_CHECKING:
    from obstore.store import ClientConfig, S3Store

log = logging.getLogger("ace_step_mcp")
PART_BYTES = 8 * 1024 * 1024
URL_TTL = timedelta(hours=1)


def parse_store_url(url: str) -> tuple[str, str]:
    """`s3://BUCKET[/PREFIX]` as (bucket, prefix without slashes at either end)."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise UsageError(f"ACE_STEP_MCP_STORE_URL must look like s3://BUCKET or s3://BUCKET/PREFIX, not {url[:60]!r}.")
    return parts.netloc, parts.path.strip("/")


class S3Blobs:
    def __init__(self, store: S3Store, bucket: str, prefix: str, cache: Path, cache_max_bytes: int) -> None:
        self.store = store
        self.bucket = bucket
        self.prefix = prefix
        self.cache = cache
        self.cache_max_bytes = cache_max_bytes
        self._fetching: dict[str, anyio.Lock] = {}
        cache.mkdir(parents=True, exist_ok=True)

    @classmethod
    def open(cls, url: str, *, endpoint: str | None, cache: Path, cache_max_bytes: int) -> S3Blobs:
        from obstore.store import S3Store

        bucket, prefix = parse_store_url(url)
        config: dict[str, Any] = {}
        if endpoint:
            config["endpoint"] = endpoint
        options: ClientConfig = {"allow_http": True} if endpoint and endpoint.startswith("http://") else {}
        # Credentials and region come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
        # AWS_REGION, or the provider's usual chain), never from our settings or logs.
        store = S3Store(bucket, **config, client_options=options, retry_config={"max_retries": 4})
        return cls(store, bucket, prefix, cache, cache_max_bytes)

    def _key(self, name: str) -> str:
        return f"{self.prefix}/{name}" if self.prefix else name

    def _object(self, location: str) -> str | None:
        """The object key a location names, or None for a location that is not in this store."""
        head = f"s3://{self.bucket}/"
        return location[len(head) :] if location.startswith(head) else None

    def staging(self) -> Path:
        return self.cache

    async def put(self, key: str, path: Path) -> str:
        """Upload the file (and its sidecar, when there is one) and keep it as the cached copy; the
        location the ledger records."""
        import obstore

        target = self.cache / key
        if path != target:
            await anyio.Path(path).replace(target)
        try:
            await obstore.put_async(self.store, self._key(key), target, chunk_size=PART_BYTES, max_concurrency=4)
            sidecar = target.with_suffix(".json")
            if target.suffix != ".json" and await anyio.Path(sidecar).is_file():
                await obstore.put_async(self.store, self._key(sidecar.name), sidecar)
        except Exception as exc:  # obstore raises its own error types (network, auth, store)
            raise StoreError(
                f"The track store s3://{self.bucket} could not keep {key} ({type(exc).__name__})."
            ) from None
        await self._evict(keep=target)
        return f"s3://{self.bucket}/{self._key(key)}"

    async def local(self, key: str) -> Path | None:
        """A local copy: from the cache, else fetched streamed (ranged parts) into it."""
        obj = self._object(key)
        if obj is None:  # a local path (a track kept before the store moved to S3)
            path = Path(key)
            return path if path.is_absolute() and await anyio.Path(path).is_file() else None
        target = self.cache / Path(obj).name
        lock = self._fetching.setdefault(obj, anyio.Lock())
        async with lock:
            try:
                if await anyio.Path(target).is_file():
                    with contextlib.suppress(OSError):
                        os.utime(target)  # recently used: last out of the cache
                    return target
                return await self._fetch(obj, target)
            finally:
                if not lock.statistics().tasks_waiting:
                    self._fetching.pop(obj, None)

    async def _fetch(self, obj: str, target: Path) -> Path | None:
        import obstore

        part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            result = await obstore.get_async(self.store, obj)
            stream = result.stream(min_chunk_size=PART_BYTES)
        except FileNotFoundError:  # obstore's NotFoundError is one
            return None
        except Exception as exc:
            raise StoreError(f"The track store s3://{self.bucket} could not be read ({type(exc).__name__}).") from None
        try:
            async with await anyio.open_file(part, "wb") as out:
                async for chunk in stream:
                    await out.write(memoryview(chunk))
            await anyio.Path(part).replace(target)
        except OSError as exc:
            if exc.errno is None:  # the store's stream broke off (obstore's errors are OSErrors too)
                raise StoreError(
                    f"The track store s3://{self.bucket} could not be read ({type(exc).__name__})."
                ) from None
            raise StoreError(f"No room to cache {target.name} locally ({exc.strerror}).", full=True) from None
        finally:
            await anyio.Path(part).unlink(missing_ok=True)
        await self._evict(keep=target)
        return target

    def url(self, key: str) -> str | None:
        """A presigned GET URL (an hour), for clients that may reach the store."""
        import obstore

        obj = self._object(key)
        if obj is None:
            return None
        try:
            return obstore.sign(self.store, "GET", obj, URL_TTL)
        except Exception:  # a store or credential chain that cannot sign
            return None

    async def delete(self, key: str) -> None:
        import obstore

        obj = self._object(key)
        if obj is None:
            await anyio.Path(key).unlink(missing_ok=True)
            return
        sidecar = str(Path(obj).with_suffix(".json"))
        with contextlib.suppress(Exception):  # deleting what is not there is not an error
            await obstore.delete_async(self.store, [obj, sidecar])
        for name in (Path(obj).name, Path(sidecar).name):
            await anyio.Path(self.cache / name).unlink(missing_ok=True)

    async def _evict(self, keep: Path) -> None:
        await anyio.to_thread.run_sync(_evict, self.cache, self.cache_max_bytes, keep)


def _evict(cache: Path, max_bytes: int, keep: Path, *, young_s: float = 300.0) -> None:
    """Least recently used files out until the cache is under its cap. The file just used stays, and
    so does any file touched in the last `young_s` (a render being spliced, a copy being read)."""
    import time

    young = time.time() - young_s
    entries = []
    for entry in os.scandir(cache):
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and not entry.name.startswith("."):
                st = entry.stat()
                entries.append((st.st_mtime, st.st_size, Path(entry.path)))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= max_bytes:
            break
        if path == keep or path == keep.with_suffix(".json") or path.stat().st_mtime > young:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
