"""The faults-under-load scenario of tests/test_load.py at a larger size, outside the test suite.

    python3 -m uv run python bench/faults_under_load.py [--jobs 1000]

N concurrent jobs through the real job runner and client against the emulator (in its own
process), with faults injected in the same proportions as the test (per 200 jobs: 40x429 and
40x503 on status, 10 slow status answers, 20x502 on result, 20 dropped downloads, 20 failed jobs).
Prints what every job ended as, submits counted, partial files left, and RSS before and after.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import TOKEN, emulator_process

from ace_step_mcp.endpoints import BY_TOOL, validate_body, wire_dict
from ace_step_mcp.errors import AceStepError
from ace_step_mcp.ports.values import JobRequest
from ace_step_mcp.settings import BackendSettings, Secret, Settings, StoreSettings
from ace_step_mcp.wiring import open_service


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def main(jobs: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="ace-step-faults-"))
    scale = jobs / 200
    async with emulator_process(0, 0.2) as base, httpx2.AsyncClient(timeout=30) as http:
        root = base.removesuffix("/v1")
        auth = {"Authorization": f"Bearer {TOKEN}"}
        settings = Settings(
            backend=BackendSettings(token=Secret(TOKEN), token_source="env", api_base=base),
            store=StoreSettings(home=home, output_dir=home / "t"),
        )
        endpoint = BY_TOOL["text_to_audio"]

        def request(seed: int) -> JobRequest:
            body = validate_body(endpoint, {"tags": "load", "duration": 5, "seed": seed})
            return JobRequest(endpoint, wire_dict(body), endpoint.estimate_usd(body))

        async with open_service(settings) as service:
            for v in [await service.start(request(10**6 + i)) for i in range(10)]:
                await service.wait(v.job_id, timeout_s=None)
            gc.collect()
            before = rss_mb()
            faults: list[dict[str, Any]] = [
                {"on": "status", "status": 429, "retry_after": 0, "count": round(40 * scale)},
                {"on": "status", "status": 503, "count": round(40 * scale)},
                {"on": "status", "delay_s": 0.3, "count": round(10 * scale)},
                {"on": "result", "status": 502, "count": round(20 * scale)},
                {"on": "download", "drop_after_bytes": 32_768, "count": round(20 * scale)},
                {"on": "job", "fail": "GPU lost", "count": round(20 * scale)},
            ]
            (await http.post(f"{root}/_emulator/faults", json={"faults": faults}, headers=auth)).raise_for_status()
            started = time.perf_counter()
            views = [await service.start(request(i)) for i in range(jobs)]
            views = [await service.wait(v.job_id, timeout_s=None) for v in views]
            elapsed = time.perf_counter() - started
            tracks = sum(v.track is not None for v in views)
            errors = [v.failure for v in views if v.track is None]
            clear = sum(1 for e in errors if isinstance(e, AceStepError) and str(e))
            partial = list(settings.store.tracks_dir.glob(".*part"))
            service.forget_finished(older_than_s=0)
            del views
            gc.collect()
            after = rss_mb()
        submits = (await http.get(f"{root}/_emulator/submits", headers=auth)).json()
    once = set(submits["by_body_hash"].values()) == {1}
    print(f"| jobs | {jobs} |\n| faults injected | {sum(f['count'] for f in faults)} |")
    print(
        f"| tracks | {tracks} |\n| clear errors | {clear} of {len(errors)} |\n| jobs lost | {jobs - tracks - len(errors)} |"
    )
    print(f"| submits | {submits['total'] - 10} (each body once: {once}) |\n| partial files left | {len(partial)} |")
    print(f"| wall time | {elapsed:.1f} s |\n| RSS before / after | {before:.0f} / {after:.0f} MB |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=1000)
    anyio.run(main, parser.parse_args().jobs)
