"""What `uv run` adds to every start once the environment is installed (issue 28), and how big the
environment the README's run command installs is.

A client starts the server with `uv --directory CHECKOUT run --no-dev ace-step-mcp serve` every time;
what uv does before Python runs (check the lock, sync, and, with `compile-bytecode`, compile every file
of the environment again) is paid at each start. Measured against the environment's own Python, both
running `-c pass`, interleaved so the machine's noise hits both alike; medians.

    sh scripts/uv run python bench/start_overhead.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - start


def size_mb(path: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            with_path = Path(dirpath, name)
            if not with_path.is_symlink():
                total += with_path.stat().st_size
    return total / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    uv = os.environ.get("UV") or shutil.which("uv") or "uv"
    python = [str(Path(sys.prefix) / "bin" / "python"), "-c", "pass"]
    via_uv = [uv, "run", "--no-dev", "python", "-c", "pass"]
    timed(via_uv)  # the first start after an install writes nothing more; warm the page cache
    bare, wrapped = [], []
    for _ in range(runs):
        bare.append(timed(python))
        wrapped.append(timed(via_uv))
    extra = statistics.median(wrapped) - statistics.median(bare)
    print(f"python -c pass               {statistics.median(bare):.3f} s (median of {runs})")
    print(f"uv run --no-dev python ...   {statistics.median(wrapped):.3f} s")
    print(f"what uv adds to each start   {extra:.3f} s")
    print(
        f".venv                        {size_mb(Path(sys.prefix)):.0f} MiB (this environment, dev tools included if installed)"
    )


if __name__ == "__main__":
    main()
