"""Cold start: spawn -> initialize -> tools/list over stdio, through the SDK's client.

Ours (`ace-step-mcp serve --offline`) against the floor (a minimal SDK 2.x server with one tool)
and `python -c pass`, interleaved in one run so the machine's noise hits all alike; medians.

    python3 -m uv run python bench/cold_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

import anyio

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import cold_once, compile_bytecode, python_pass  # noqa: E402  (the same measurement as bench/run.py)


async def main(runs: int) -> dict[str, list[float]]:
    compile_bytecode(sys.executable, Path(sys.prefix), HERE.parent / "src")  # as bench/run.py's "with .pyc"
    home = tempfile.mkdtemp(prefix="ace-step-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNCOMFY_")}
    env["ACE_STEP_MCP_HOME"] = home
    subjects = {
        "python -c pass": None,
        "minimal SDK 2.x server (floor)": [sys.executable, str(HERE / "minimal_server.py")],
        "ace-step-mcp serve --offline": [sys.executable, "-m", "ace_step_mcp", "serve", "--offline"],
    }
    times: dict[str, list[float]] = {name: [] for name in subjects}
    for cmd in subjects.values():  # warm the page cache once, untimed
        python_pass() if cmd is None else await cold_once(cmd, env)
    for _ in range(runs):
        for name, cmd in subjects.items():
            times[name].append(python_pass() if cmd is None else await cold_once(cmd, env))
    return times


def report(times: dict[str, list[float]]) -> str:
    floor = statistics.median(times["minimal SDK 2.x server (floor)"])
    lines = ["| subject | median s | p90 s | ratio to floor |", "|---|---|---|---|"]
    for name, values in times.items():
        med = statistics.median(values)
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        lines.append(f"| {name} | {med:.3f} | {p90:.3f} | {med / floor:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(report(anyio.run(main, args.runs)))
