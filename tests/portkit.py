"""What tests need to run the job core on other adapters of its ports: a ledger of either kind, and
an in-process test backend (no HTTP) that renders real audio, bills, and misbehaves on request."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import pytest

from ace_step_mcp.errors import JobFailed, SubmitOutcomeUnknown
from ace_step_mcp.ports import COMPLETED, QUEUED, RENDERING, Downloaded, Ledger, Offer, ProgressFn, Rendered
from ace_step_mcp.ports import Progress as PortProgress
from ace_step_mcp.stores.memory import MemoryLedger

# Every ledger the job core runs on; PostgreSQL's runs are the team-stack tests (`-m team`).
LEDGERS = ["sqlite", "memory", pytest.param("postgres", marks=pytest.mark.team)]


def postgres_url(tmp_path: Path) -> str:
    """The test's PostgreSQL database (made on first use, on this process's throwaway cluster)."""
    from tests.teamkit import shared_postgres

    marker = tmp_path / "postgres-url"
    if not marker.is_file():
        marker.write_text(shared_postgres().new_database())
    return marker.read_text()


def team_settings(settings: Any, tmp_path: Path) -> Any:
    """The settings on the team stack: the test's PostgreSQL database and a fresh S3 bucket on this
    process's SeaweedFS (its credentials put in the environment, where the S3 client reads them)."""
    import os

    from tests.teamkit import shared_seaweed

    store = shared_seaweed()
    os.environ.update({k: v for k, v in store.env().items() if k != "ACE_STEP_MCP_S3_ENDPOINT"})
    return settings.changed(
        store={
            "database_url": postgres_url(tmp_path),
            "url": f"s3://{store.new_bucket()}/tracks",
            "s3_endpoint": store.endpoint,
        }
    )


@contextlib.asynccontextmanager
async def open_ledger(kind: str, tmp_path: Path) -> AsyncIterator[Ledger]:
    """A ledger of any kind: SQLite in a file (through its worker thread), in memory, or PostgreSQL
    (a fresh database on a real server; a second open of the same test reaches the same one)."""
    if kind == "memory":
        from ace_step_mcp.stores.memory import MemoryLedger

        yield MemoryLedger()
        return
    if kind == "postgres":
        from ace_step_mcp.stores.postgres import PostgresLedger

        pg = await PostgresLedger.open(postgres_url(tmp_path))
        try:
            yield pg
        finally:
            await pg.aclose()
        return
    from ace_step_mcp.stores.sqlite import SqliteLedger

    ledger = await SqliteLedger.open(tmp_path / f"ledger-{kind}.sqlite3")
    try:
        yield ledger
    finally:
        await ledger.aclose()


class SlowAnswerLedger(MemoryLedger):
    """The memory ledger as a ledger on a server looks to its caller: each write is committed at
    once, and its answer takes `answer_s` to come back (a window in which the caller can be cancelled)."""

    def __init__(self, answer_s: float) -> None:
        super().__init__()
        self.answer_s = answer_s

    async def open_jobs(self, *args: Any, **kw: Any) -> None:
        await super().open_jobs(*args, **kw)
        await anyio.sleep(self.answer_s)


class FullDiskLedger(MemoryLedger):
    """The memory ledger on a disk that is full for one kind of write: a job change whose status is
    `refuse_status` raises StoreError, as SQLite's 'database or disk is full' does."""

    def __init__(self, refuse_status: str) -> None:
        super().__init__()
        self.refuse_status = refuse_status

    async def update_job(self, job_id: str, change: Any) -> None:
        if change.columns().get("status") == self.refuse_status:
            from ace_step_mcp.errors import StoreError

            raise StoreError("The ledger is full.", full=True)
        await super().update_job(job_id, change)


@dataclass
class _Render:
    request_id: str
    model_id: str
    body: dict[str, Any]
    seconds: float
    state: str = QUEUED
    billed_usd: float = 0.0
    done: anyio.Event = field(default_factory=anyio.Event)


class InProcessBackend:
    """A `Backend` in this process: each submit is a render (a real WAV of sine tones) that finishes
    after `render_s`, is billed at the endpoint table's price unless `free`, and can be made to lose
    its submit's answer, fail, or stay queued until cancelled."""

    def __init__(self, *, free: bool = False, render_s: float = 0.05, kinds: frozenset[str] | None = None) -> None:
        from ace_step_mcp.endpoints import BY_TOOL

        self.offer = Offer(
            name="inprocess", kinds=kinds or frozenset(BY_TOOL), max_render_s=240.0, max_source_s=3600.0,
            free=free, label="the test backend",
        )  # fmt: skip
        self.render_s = render_s
        self.renders: dict[str, _Render] = {}
        self.submits: list[str] = []
        self.lose_answers = 0  # the next N submits reach the backend, but their answers are lost
        self.fail_next = 0  # the next N renders fail
        self.hold = False  # renders stay queued (cancellable) until released
        self.submit_s = 0.0  # how long a submit takes to answer (it reaches the backend at once)
        self.bad_files: list[str] = []  # the next renders' files: "nan" (float samples not numbers) or "text"
        self._ids = itertools.count(1)

    @property
    def billed_usd(self) -> float:
        return round(sum(r.billed_usd for r in self.renders.values()), 6)

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> str:
        from ace_step_mcp.endpoints import BY_MODEL_ID, body_hash

        request_id = f"req_{next(self._ids):04d}"
        seconds = float(body.get("duration") or 0) or 10.0
        render = _Render(request_id, model_id, dict(body), seconds)
        self.renders[request_id] = render
        self.submits.append(body_hash(model_id, body))
        endpoint = BY_MODEL_ID[model_id]
        price = 0.0 if self.offer.free else endpoint.price_per_s * seconds
        failing = self.fail_next > 0
        self.fail_next -= 1 if failing else 0
        self._spawn(render, price, failing)
        await anyio.sleep(self.submit_s)
        if self.lose_answers > 0:
            self.lose_answers -= 1
            raise SubmitOutcomeUnknown("The test backend's answer to the submit was lost.", body_hash="x")
        return request_id

    def _spawn(self, render: _Render, price: float, failing: bool) -> None:
        async def run() -> None:
            while self.hold and render.state == QUEUED:
                await anyio.sleep(0.01)
            if render.state != QUEUED:
                render.done.set()
                return
            render.state = RENDERING
            await anyio.sleep(self.render_s)
            render.state = "failed" if failing else COMPLETED
            render.billed_usd = 0.0 if failing else price
            render.done.set()

        self._tg.start_soon(run)

    async def wait(
        self, request_id: str, *, on_progress: ProgressFn | None, timeout_s: float, expected_s: float | None
    ) -> Rendered:
        render = self.renders[request_id]
        with anyio.fail_after(timeout_s):
            polls = 0
            while not render.done.is_set():
                polls += 1
                if on_progress is not None:
                    await on_progress(PortProgress(request_id, render.state, None, 0.0, polls))
                with anyio.move_on_after(0.02):
                    await render.done.wait()
        if render.state != COMPLETED:
            raise JobFailed(
                f"The test backend's render {request_id} ended '{render.state}'.",
                request_id=request_id,
                status=render.state,
                cancelled=render.state == "cancelled",
            )
        return Rendered(
            request_id, COMPLETED, True, f"inprocess://{request_id}.wav", {"seed": render.body.get("seed")},
            cost_usd=render.billed_usd, wall_s=self.render_s,
        )  # fmt: skip

    async def cancel(self, request_id: str) -> bool:
        render = self.renders[request_id]
        if render.state == QUEUED:
            render.state = "cancelled"
            return True
        return False

    async def fetch(self, url: str, folder: Path, stem: str) -> Downloaded:
        render = self.renders[url.removeprefix("inprocess://").removesuffix(".wav")]
        if self.bad_files:
            return await anyio.to_thread.run_sync(_write_bad, folder, stem, self.bad_files.pop(0))
        return await anyio.to_thread.run_sync(_write_tone, folder, stem, render.seconds, render.request_id)

    def clip_target(self, suffix: str) -> tuple[Path, str] | None:
        return None

    def reads_url(self, url: str) -> bool:
        return True

    async def aclose(self) -> None:
        return None

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[InProcessBackend]:
        async with anyio.create_task_group() as tg:
            self._tg = tg
            yield self
            tg.cancel_scope.cancel()


def _write_bad(folder: Path, stem: str, kind: str) -> Downloaded:
    """A render's file that is not sound: a float WAV full of NaN, or an HTML page named .wav."""
    import numpy as np
    import soundfile

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.wav"
    if kind == "nan":
        soundfile.write(str(path), np.full((48_000, 2), np.nan, dtype=np.float32), 48_000, subtype="FLOAT")
    else:
        path.write_bytes(b"<html><body>502 Bad Gateway</body></html>")
    data = path.read_bytes()
    return Downloaded(path, len(data), hashlib.sha256(data).hexdigest(), "wav", "audio/wav")


def _write_tone(folder: Path, stem: str, seconds: float, seed_text: str) -> Downloaded:
    import numpy as np
    import soundfile

    folder.mkdir(parents=True, exist_ok=True)
    rate = 44_100
    t = np.arange(int(rate * min(seconds, 30.0))) / rate
    freq = 220.0 + (int(hashlib.sha256(seed_text.encode()).hexdigest()[:4], 16) % 220)
    tone = (0.2 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    path = folder / f"{stem}.wav"
    soundfile.write(str(path), np.stack([tone, tone], axis=1), rate, subtype="PCM_16")
    data = path.read_bytes()
    return Downloaded(path, len(data), hashlib.sha256(data).hexdigest(), "wav", "audio/wav")
