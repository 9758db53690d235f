"""One server process through the SDK's client over stdio, for before/after comparisons of two checkouts.

    python bench/ab_calls.py SERVER_PYTHON --mode cold|calls|jobs [--n N]

SERVER_PYTHON is the interpreter of the checkout to measure (its `.venv/bin/python`); the server runs
offline (the bundled emulator, rendering instantly) in a fresh data dir. The whole process is meant
to be timed from outside, paired A/B; it also prints its own figures as one JSON line:
- cold: spawn → initialize → tools/list;
- calls: per-call overhead: N `music_job` list calls and N/10 five-second renders, one at a time;
- jobs: N renders started at once (`wait_s` 0), then each waited on with `music_job`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

import anyio
from mcp import Client, StdioServerParameters


async def main(python: str, mode: str, n: int) -> dict[str, object]:
    home = tempfile.mkdtemp(prefix="ace-step-ab-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RUNCOMFY_", "ACE_STEP_MCP_"))}
    env |= {
        "ACE_STEP_MCP_HOME": home,
        "ACE_STEP_MCP_EMULATOR_RENDER_SPEED": "0",
        "ACE_STEP_MCP_EMULATOR_QUEUE_DELAY": "0",
    }
    params = StdioServerParameters(command=python, args=["-m", "ace_step_mcp", "serve", "--offline"], env=env)
    started = time.perf_counter()
    out: dict[str, object] = {"mode": mode}
    async with Client(params) as client:
        await client.list_tools()
        out["cold_s"] = round(time.perf_counter() - started, 3)
        if mode == "calls":
            each = []
            for _ in range(n):
                t = time.perf_counter()
                await client.call_tool("music_job", {"action": "list", "limit": 5})
                each.append(time.perf_counter() - t)
            renders = []
            for i in range(max(1, n // 10)):
                t = time.perf_counter()
                done = await client.call_tool("text_to_audio", {"tags": "bench", "duration": 5, "seed": i + 1})
                assert not done.is_error, done.content
                renders.append(time.perf_counter() - t)
            out["list_call_median_ms"] = round(statistics.median(each) * 1000, 2)
            out["render_call_median_ms"] = round(statistics.median(renders) * 1000, 1)
        elif mode == "jobs":
            ids: list[str] = []

            async def start(i: int) -> None:
                r = await client.call_tool(
                    "text_to_audio", {"tags": "bench", "duration": 5, "seed": 1000 + i, "wait_s": 0}
                )
                assert not r.is_error, r.content
                ids.append(str((r.structured_content or {}).get("job_id")))

            t = time.perf_counter()
            async with anyio.create_task_group() as tg:
                for i in range(n):
                    tg.start_soon(start, i)
            out["start_all_s"] = round(time.perf_counter() - t, 2)
            for job_id in ids:
                r = await client.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 120})
                assert (r.structured_content or {}).get("status") == "completed", r.content
            out["all_done_s"] = round(time.perf_counter() - t, 2)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("python")
    parser.add_argument("--mode", choices=["cold", "calls", "jobs"], default="cold")
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    print(json.dumps(anyio.run(main, args.python, args.mode, args.n)), file=sys.stderr)
