"""The player's preview: how long it takes, how big it is, and what it costs the server meanwhile.

    python3 -m uv run python bench/preview.py [--hour]

1. `make_preview` on a 240 s, 48 kHz stereo WAV (a typical render) and, with --hour, on a 60-minute
   one (written block by block, 660 MB): seconds, preview size and bitrate, the peak RSS the encode
   added (in a fresh subprocess each, so one run's heap does not hide another's), and the longest
   event-loop stall while it runs in a worker thread (what other MCP calls would wait).
2. `track_view` through the real server over stdio (the SDK's client, the bundled emulator): a
   240 s track, first call (analysis + encode + base64) and second call (cached), and the size of
   the JSON-RPC answer the host relays to the iframe.
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
from typing import Any

import anyio

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import anyio
sys.path.insert(0, sys.argv[3])
from bench.deliverables import longest_stall
from ace_step_mcp.audio.preview import make_preview
src, out = Path(sys.argv[1]), Path(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = {}
def work():
    t = time.perf_counter()
    made = make_preview(src, out)
    result["seconds"] = time.perf_counter() - t
    result["kbps"], result["channels"] = made.kbps, made.channels
result["stall_ms"] = anyio.run(longest_stall, [work]) * 1000
result["bytes"] = out.stat().st_size
result["rss_added_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps(result))
"""


def write_source(path: Path, seconds: int, rate: int = 48_000) -> None:
    """A stereo PCM_16 WAV of a chord with a pulse, written a second at a time."""
    import numpy as np
    import soundfile

    t = np.arange(rate) / rate
    tone = sum(np.sin(2 * np.pi * f * t) for f in (110, 220, 277.2, 329.6)) / 5
    with soundfile.SoundFile(str(path), "w", rate, 2, subtype="PCM_16") as f:
        for s in range(seconds):
            pulse = 0.5 + 0.5 * np.exp(-((t * 2) % 1) * 8)
            block = (tone * pulse * (0.6 + 0.3 * np.sin(s / 7))).astype(np.float32)
            f.write(np.stack([block, block * 0.9], axis=1))


def preview_in_child(src: Path, out: Path) -> dict[str, float]:
    args = [sys.executable, "-c", CHILD, str(src), str(out), str(HERE.parent)]
    proc = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


async def track_view_over_stdio(home: Path) -> dict[str, float]:
    from mcp import Client, StdioServerParameters
    from mcp.client.extension import advertise

    env = {**os.environ, "ACE_STEP_MCP_HOME": str(home), "RUNCOMFY_TOKEN": ""}
    params = StdioServerParameters(command=sys.executable, args=["-m", "ace_step_mcp", "serve"], env=env)
    apps = advertise("io.modelcontextprotocol/ui", {"mimeTypes": ["text/html;profile=mcp-app"]})
    async with Client(params, mode="legacy", read_timeout_seconds=300, extensions=[apps]) as client:
        made = await client.call_tool("text_to_audio", {"tags": "lo-fi, 80 BPM", "duration": 240, "seed": 1})
        track = made.structured_content["track_id"]
        t = time.perf_counter()
        first = await client.call_tool("track_view", {"track": track})
        first_s = time.perf_counter() - t
        t = time.perf_counter()
        await client.call_tool("track_view", {"track": track})
        cached_s = time.perf_counter() - t
    size = len(json.dumps(first.model_dump(by_alias=True, mode="json")))
    return {"first_s": first_s, "cached_s": cached_s, "answer_mb": size / 1e6}


async def track_view_burst(home: Path, calls: int, http: bool) -> dict[str, Any]:
    """`calls` simultaneous track_view calls of one 240 s track (its preview already made), with the
    server run under bench/loopwatch.py (over stdio, or streamable HTTP): the longest loop stall while
    they are answered, and what ran."""
    import contextlib
    import socket

    from mcp import Client, StdioServerParameters
    from mcp.client.extension import advertise

    stall = home.parent / "stall.json"
    env = {**os.environ, "ACE_STEP_MCP_HOME": str(home), "RUNCOMFY_TOKEN": ""}
    watched = [sys.executable, str(HERE / "loopwatch.py"), str(stall), "serve"]
    apps = advertise("io.modelcontextprotocol/ui", {"mimeTypes": ["text/html;profile=mcp-app"]})
    async with contextlib.AsyncExitStack() as stack:
        if http:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                port = sock.getsockname()[1]
            proc = await stack.enter_async_context(
                await anyio.open_process([*watched, "--transport", "streamable-http", "--port", str(port)], env=env)
            )
            stack.callback(proc.terminate)
            with anyio.fail_after(30):
                while True:
                    try:
                        await (await anyio.connect_tcp("127.0.0.1", port)).aclose()
                        break
                    except OSError:
                        await anyio.sleep(0.1)
            target: Any = f"http://127.0.0.1:{port}/mcp"
        else:
            target = StdioServerParameters(command=watched[0], args=watched[1:], env=env)
        client = await stack.enter_async_context(
            Client(target, mode="legacy", read_timeout_seconds=300, extensions=[apps])
        )
        made = await client.call_tool("text_to_audio", {"tags": "lo-fi, 80 BPM", "duration": 240, "seed": 2})
        track = made.structured_content["track_id"]
        await client.call_tool("track_view", {"track": track})  # the preview is made once
        await anyio.sleep(1.5)
        stall.unlink(missing_ok=True)  # the watcher's worst figures start again
        t = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(client.call_tool, "track_view", {"track": track})
        wall = time.perf_counter() - t
        await anyio.sleep(1.5)  # the watcher writes once a second
        worst = json.loads(stall.read_text()) if stall.exists() else {}
    return {"wall_s": wall, **worst}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hour", action="store_true", help="also a 60-minute source (660 MB on disk)")
    parser.add_argument("--burst", type=int, default=20, help="simultaneous track_view calls measured (0: none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        lengths = [240, 3600] if args.hour else [240]
        for seconds in lengths:
            src = d / f"src{seconds}.wav"
            write_source(src, seconds)
            r = preview_in_child(src, d / f"p{seconds}.mp3")
            print(
                f"make_preview {seconds:>4} s source ({src.stat().st_size / 1e6:.0f} MB WAV): {r['seconds']:.2f} s, "
                f"{r['bytes'] / 1e6:.2f} MB at {r['kbps']:.0f} kbps x{r['channels']:.0f}, "
                f"+{r['rss_added_mb']:.0f} MB peak RSS, longest loop stall {r['stall_ms']:.1f} ms"
            )
            src.unlink()
        r = anyio.run(track_view_over_stdio, d / "home")
        print(
            f"track_view over stdio, 240 s track: first {r['first_s']:.2f} s (analysis + encode), "
            f"cached {r['cached_s']:.2f} s, answer {r['answer_mb']:.2f} MB of JSON"
        )
        for http in (False, True) if args.burst else ():
            try:
                b = anyio.run(track_view_burst, d / f"burst{http}" / "home", args.burst, http)
            except Exception as exc:  # the bench reports what broke and goes on
                first: BaseException = exc
                while isinstance(first, BaseExceptionGroup) and first.exceptions:
                    first = first.exceptions[0]
                print(
                    f"{args.burst} simultaneous track_view calls over {'HTTP' if http else 'stdio'}: failed ({first})"
                )
                continue
            print(
                f"{args.burst} simultaneous track_view calls over {'streamable HTTP' if http else 'stdio'} (cached "
                f"preview): {b['wall_s']:.2f} s in all; longest "
                f"loop stall {b.get('stall_ms', float('nan')):.0f} ms ({b.get('own_stall_ms', float('nan')):.0f} ms "
                f"not waiting for a CPU), longest callback {b.get('callback_ms', float('nan')):.0f} ms: "
                f"{b.get('callback', '?')}"
            )


if __name__ == "__main__":
    main()
