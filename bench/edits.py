"""Edits of long sources: bytes sent, wall time and peak memory of a 20 s inpaint.

    python3 -m uv run python bench/edits.py [--minutes 1 10 60]

For each length it writes a 44.1 kHz stereo 16-bit WAV of noise (the worst case for FLAC), starts
the emulator in its own process (passing for RunComfy, re-synthesising edits), and runs one 20 s
inpaint in the middle of the source through `JobService` in a fresh child process, which reports
what went upstream, how long the whole edit took (prepare, render, download, splice) and its own
peak RSS (VmHWM). The emulator's memory is not the server's, so it is not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOKEN = "bench-token"


def write_source(path: Path, minutes: float) -> None:
    import numpy as np
    import soundfile

    rate = 44_100
    frames = round(minutes * 60 * rate)
    rng = np.random.default_rng(0)
    with soundfile.SoundFile(str(path), "w", rate, 2, subtype="PCM_16", format="WAV") as f:
        for a in range(0, frames, rate * 30):
            f.write(rng.integers(-12000, 12000, size=(min(rate * 30, frames - a), 2), dtype=np.int16))


def child(source: str, api_base: str, home: str) -> None:
    """One edit, measured from inside the process that does it."""
    import anyio

    from ace_step_mcp.endpoints import BY_TOOL
    from ace_step_mcp.settings import BackendSettings, CallSettings, Secret, Settings, StoreSettings
    from ace_step_mcp.wiring import open_service

    async def main() -> dict[str, object]:
        settings = Settings(
            backend=BackendSettings(token=Secret(TOKEN), token_source="env", api_base=api_base),
            store=StoreSettings(home=Path(home)),
            calls=CallSettings(allowed_roots=(Path(source).parent,)),
        )
        length = os.path.getsize(source) / (44_100 * 4)
        mid = round(length / 2)
        started = time.perf_counter()
        async with open_service(settings, offline=False) as service:
            request = await service.prepare(
                BY_TOOL["audio_inpaint"], {"audio": source, "tags": "piano", "start_time": mid, "end_time": mid + 20}
            )
            prepared = time.perf_counter() - started
            view = await service.start(request)
            view = await service.wait(view.job_id, timeout_s=600)
        assert view.track is not None, view.error
        edit = view.track.edit.record() if view.track.edit else {}
        return {
            "source_s": round(length, 1),
            "sent_bytes": edit["sent"]["bytes"],
            "sent_s": edit["sent"]["seconds"],
            "estimate_usd": request.estimate_usd,
            "prepare_s": round(prepared, 2),
            "total_s": round(time.perf_counter() - started, 2),
            "spliced": edit.get("spliced"),
        }

    result = anyio.run(main)
    with open("/proc/self/status") as f:
        hwm = next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))
    result["peak_rss_mb"] = round(hwm / 1024, 1)
    print(json.dumps(result))


def run(minutes: list[float]) -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        emu = subprocess.Popen(
            [sys.executable, "-m", "ace_step_mcp", "emulator", "--port", "0", "--as-runcomfy", "--render-speed", "0"],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "RUNCOMFY_TOKEN": TOKEN},
        )
        try:
            assert emu.stdout is not None
            api_base = emu.stdout.readline().strip()
            for m in minutes:
                src = Path(tmp) / f"src-{m:g}min.wav"
                write_source(src, m)
                home = Path(tmp) / f"home-{m:g}"
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(src), api_base, str(home)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                row = json.loads(out.stdout.strip().splitlines()[-1])
                row["minutes"] = m
                rows.append(row)
                print(json.dumps(row), flush=True)
                src.unlink()
        finally:
            emu.terminate()
            emu.wait(10)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, nargs="*", default=[1, 10, 60])
    parser.add_argument("--child", nargs=3, metavar=("SOURCE", "API_BASE", "HOME"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    rows = run(args.minutes)
    base = rows[0]
    lines = [
        "| source | sent | bytes sent | estimate | prepare | whole edit | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['minutes']:g} min | {r['sent_s']} s | {int(r['sent_bytes']):,} | ${r['estimate_usd']} | "  # type: ignore[call-overload]
            f"{r['prepare_s']} s | {r['total_s']} s | {r['peak_rss_mb']} MB |"
        )
    lines.append(
        f"\nLongest vs shortest: bytes x{int(rows[-1]['sent_bytes']) / int(base['sent_bytes']):.2f}, "  # type: ignore[call-overload]
        f"whole edit x{float(rows[-1]['total_s']) / float(base['total_s']):.2f}."  # type: ignore[arg-type]
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
