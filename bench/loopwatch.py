"""Event-loop stall instrumentation for benchmarks: `python bench/loopwatch.py STALL_FILE serve ...` runs
`ace-step-mcp serve ...` with this watcher on the same event loop. It lives in bench/, not in the
package: the server itself carries no instrumentation.

Once a second the file gets one JSON object with the worst figures since the last reset (deleting
the file resets them), all in milliseconds:

- `stall_ms`: how late the loop woke a 10 ms sleeper, wall clock.
- `own_stall_ms`: the same, less the time the loop thread was runnable but waiting for a CPU (its
  run-queue delay in /proc/<pid>/task/<tid>/schedstat). What is left is what ran on the loop, or
  blocked it, rather than other processes holding every core.
- `gc_pause_ms`: the longest garbage collection, any generation.
- `callback_ms` / `callback_cpu_ms` / `callback`: the longest single callback the loop ran, its CPU
  time, and what it was. A stall much longer than the longest callback is a loop turn full of
  short callbacks (load), not one piece of code that blocks.

The callback timing wraps `asyncio.Handle._run`, the one place every callback passes through; that
is why this never runs unless asked for.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import time
from pathlib import Path
from typing import Any

import anyio


class _Worst:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.stall = self.own = self.gc = self.callback = self.callback_cpu = 0.0
        self.callback_what = ""

    def as_json(self) -> str:
        seconds = {
            "stall_ms": self.stall,
            "own_stall_ms": self.own,
            "gc_pause_ms": self.gc,
            "callback_ms": self.callback,
            "callback_cpu_ms": self.callback_cpu,
        }
        return json.dumps({k: round(v * 1000, 1) for k, v in seconds.items()} | {"callback": self.callback_what})


def _describe(handle: asyncio.events.Handle) -> str:
    """What a callback was: for a task's step, its coroutine and where it is suspended now."""
    task = getattr(getattr(handle, "_callback", None), "__self__", None)
    if not isinstance(task, asyncio.Task):
        return repr(handle)[:200]
    coro: Any = task.get_coro()
    names = []
    while coro is not None and hasattr(coro, "cr_code"):
        names.append(coro.cr_code.co_qualname)
        coro = coro.cr_await
    if len(names) > 3:  # outermost two and where it is suspended
        names = [*names[:2], "…", names[-1]]
    return " > ".join(names)[:300]


async def watch_loop_stalls(path: Path, tick_s: float = 0.01) -> None:
    worst = _Worst()
    schedstat = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")

    def queued_s() -> float:
        try:
            return int(schedstat.read_text().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            return 0.0  # not Linux: all lateness counts as our own

    gc_started = 0.0

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        nonlocal gc_started
        if phase == "start":
            gc_started = time.perf_counter()
        else:
            worst.gc = max(worst.gc, time.perf_counter() - gc_started)

    run = asyncio.events.Handle._run

    def timed_run(handle: asyncio.events.Handle) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        run(handle)
        took = time.perf_counter() - wall
        if took > worst.callback:
            worst.callback, worst.callback_cpu = took, time.thread_time() - cpu
            worst.callback_what = _describe(handle)

    gc.callbacks.append(on_gc)
    asyncio.events.Handle._run = timed_run  # type: ignore[method-assign,assignment]
    target = anyio.Path(path)
    last_write = time.monotonic()
    try:
        while True:
            before, queued_before = time.monotonic(), queued_s()
            await anyio.sleep(tick_s)
            late = time.monotonic() - before - tick_s
            worst.stall = max(worst.stall, late)
            worst.own = max(worst.own, late - (queued_s() - queued_before))
            if time.monotonic() - last_write > 1.0:
                if not await target.exists():  # the benchmark deleted it: measure afresh from here
                    worst.reset()
                # Write then rename: a reader never sees a half-written (or empty) file.
                part = target.with_name(target.name + ".part")
                await part.write_text(worst.as_json() + "\n")
                await part.rename(target)
                last_write = time.monotonic()
    finally:
        asyncio.events.Handle._run = run  # type: ignore[method-assign]
        gc.callbacks.remove(on_gc)


async def _serve_watched(stall_file: Path, argv: list[str]) -> None:
    """`ace-step-mcp serve` as the CLI runs it, plus the watcher on the same loop."""
    from ace_step_mcp.cli import build_parser, serve_settings
    from ace_step_mcp.surface.transport import serve

    args = build_parser().parse_args(argv)
    settings, offline = serve_settings(args)
    async with anyio.create_task_group() as tg:
        tg.start_soon(watch_loop_stalls, stall_file)
        await serve(settings, args.transport, args.host or "127.0.0.1", args.port or 8000, offline)
        tg.cancel_scope.cancel()


if __name__ == "__main__":
    import sys

    anyio.run(_serve_watched, Path(sys.argv[1]), sys.argv[2:])
