"""200 concurrent jobs through the real job runner and client, with the emulator injecting 429s,
5xx, slow answers, dropped downloads and failed jobs: nothing lost, nothing paid twice."""

from __future__ import annotations

import gc
import hashlib
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anyio
import pytest

from ace_step_mcp.endpoints import BY_TOOL, validate_body, wire_dict
from ace_step_mcp.errors import AceStepError
from ace_step_mcp.ports.values import JobRequest, JobView
from ace_step_mcp.settings import BackendSettings, Secret, Settings, StoreSettings
from ace_step_mcp.wiring import open_service
from tests.helpers import TOKEN, Control, ace_step_mcp_cmd

pytestmark = pytest.mark.anyio
JOBS = 200


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run_jobs(service: Any, seeds: range) -> list[JobView]:
    endpoint = BY_TOOL["text_to_audio"]
    started = []
    for seed in seeds:
        body = wire_dict(validate_body(endpoint, {"tags": "load, 100 BPM", "duration": 5, "seed": seed}))
        started.append(
            await service.start(JobRequest(endpoint, body, endpoint.estimate_usd(validate_body(endpoint, body))))
        )
    with anyio.fail_after(240):
        return [await service.wait(v.job_id, timeout_s=None) for v in started]


@pytest.fixture
async def emulator_process():
    """The emulator in its own process: its numpy rendering must not count in this process's RSS."""
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "emulator", "--render-speed", "0", "--queue-delay", "0.2", "--as-runcomfy"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    base = proc.stdout.readline().decode().strip()
    yield SimpleNamespace(base_url=base, root_url=base.removesuffix("/v1"))
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.long
async def test_200_concurrent_jobs_under_injected_faults_lose_nothing(tmp_path, emulator_process, summary):
    control = Control(emulator_process)
    settings = Settings(
        backend=BackendSettings(token=Secret(TOKEN), token_source="env", api_base=emulator_process.base_url),
        store=StoreSettings(home=tmp_path / "home"),
    )
    async with open_service(settings) as service:
        await run_jobs(service, range(10_000, 10_010))  # warm up: imports, pools, caches
        gc.collect()
        baseline = rss_mb()
        await control.faults(
            {"on": "status", "status": 429, "retry_after": 0, "count": 40},
            {"on": "status", "status": 503, "count": 40},
            {"on": "status", "delay_s": 0.3, "count": 10},
            {"on": "result", "status": 502, "count": 20},
            {"on": "download", "drop_after_bytes": 32_768, "count": 20},
            {"on": "job", "fail": "GPU lost", "count": 20},
        )
        views = await run_jobs(service, range(JOBS))
        outcomes = [v for v in views if v.track is not None]
        errors = [v for v in views if v.track is None]
        assert len(outcomes) + len(errors) == JOBS
        assert all(isinstance(v.failure, AceStepError) and v.error for v in errors)
        assert sum("GPU lost" in str(v.error) for v in errors) == 20
        for v in outcomes:
            path = Path(v.track.path)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == v.track.sha256
        assert not list(Path(settings.store.tracks_dir).glob(".*part"))
        states = {v.job_id: v.state for v in await service.jobs(limit=1000)}
        assert sum(states[v.job_id] == "done" for v in views) == len(outcomes)
        assert all(states[v.job_id] in ("failed", "unknown") for v in errors)
        service.forget_finished(older_than_s=0)
        del views, outcomes, errors
        gc.collect()
        growth = rss_mb() - baseline
    stats = await control.submits()
    await control.http.aclose()
    assert stats["total"] == JOBS + 10
    assert set(stats["by_body_hash"].values()) == {1}
    summary(f"RSS growth over {JOBS} faulted jobs: {growth:.1f} MB")
    assert growth < 64, f"RSS grew {growth:.0f} MB over 200 jobs"
