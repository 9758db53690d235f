"""Red team probe (issue 30): PeopleGuard keeps a failure list for every address that ever sent a bad
key, forever (`_failures` is never pruned of stale addresses). Over IPv6 one host has 2^64 addresses.
Run: sh scripts/uv run python scripts/redteam/probe_failures_memory.py"""

import tracemalloc

import anyio

from ace_step_mcp.surface.httpauth import PeopleGuard


async def main() -> None:
    async def app(scope, receive, send):  # never reached: every key here is bad
        raise AssertionError

    async def resolve(token: str):
        return None

    guard = PeopleGuard(app, None, resolve)

    async def send(message):
        pass

    async def receive():
        return {"type": "http.request", "body": b""}

    tracemalloc.start()
    n = 100_000
    for i in range(n):
        scope = {"type": "http", "path": "/mcp", "headers": [(b"authorization", b"Bearer asm_x")],
                 "client": (f"2001:db8::{i:x}", 1)}  # fmt: skip
        await guard(scope, receive, send)
    size, _ = tracemalloc.get_traced_memory()
    print(f"{n} bad keys from distinct addresses: {len(guard._failures)} entries kept, {size / 2**20:.1f} MiB")


anyio.run(main)
