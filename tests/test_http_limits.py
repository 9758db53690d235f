"""HTTP limits against a hostile peer (issue 26): only a successful `initialize` opens a counted
session, and request bodies are counted per client before they are buffered."""

from __future__ import annotations

import json

import anyio
import httpx2
import pytest

from tests.helpers import ACCEPT, http_server, initialize

pytestmark = pytest.mark.anyio


async def test_requests_that_never_opened_a_session_do_not_count_as_sessions(tmp_path, emulator):
    """Before the fix probes, preflights and sessionless requests each held one of a client's
    sessions for 30 minutes: after 32 of them every new local client got 429."""
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_MAX_SESSIONS_PER_CLIENT="2") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=10) as http:
            ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
            bad_init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": 7}}
            for _ in range(3):
                await http.post(url, json=ping, headers=ACCEPT)  # a sessionless request
                await http.post(url, json=bad_init, headers=ACCEPT)  # an initialize that fails
                await http.post(url, content=b"{not json", headers=ACCEPT)  # a probe
                await http.get(url, headers=ACCEPT)  # a sessionless GET
                await http.request("OPTIONS", url, headers={"Origin": f"http://127.0.0.1:{port}"})
            first, _ = await initialize(http, url, "2025-11-25")
            second, _ = await initialize(http, url, "2025-11-25")
            assert first["serverInfo"]["name"] == second["serverInfo"]["name"] == "ace-step-mcp"
            body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}}  # fmt: skip
            third = await http.post(url, json=body, headers=ACCEPT)
    assert third.status_code == 429 and json.loads(third.text)["error"] == "too_many_sessions"


async def test_bodies_are_counted_per_client_before_they_are_buffered(tmp_path, emulator):
    """Before the fix 150 bodies of 4.9 MB from one client were buffered at once (67 MB -> 781 MB)."""
    half = b" " * (2 * 2**20 + 2**19)

    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        statuses: list[int] = []

        async def slow_body():
            yield half
            await anyio.sleep(1.5)
            yield half

        async def send() -> None:
            async with httpx2.AsyncClient(timeout=30) as http:
                try:
                    response = await http.post(url, content=slow_body(), headers=ACCEPT)
                except httpx2.TransportError:  # answered 429 and closed while the body was still coming
                    statuses.append(429)
                else:
                    statuses.append(response.status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(10):
                tg.start_soon(send)
        async with httpx2.AsyncClient(timeout=10) as http:
            after, _ = await initialize(http, url, "2025-11-25")  # the budget is freed again
    assert len(statuses) == 10
    assert statuses.count(429) >= 3, statuses  # 20 MiB of bodies per client at once; without the cap, none
    assert after["serverInfo"]["name"] == "ace-step-mcp"
