"""Protocol edges a real client meets, each on the real server through a real transport: capabilities
per protocol era, unknown prompts, missing resources, tasks only where they exist, and a cancelled
request over streamable HTTP that gets no answer."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx2
import pytest
from mcp.shared.exceptions import MCPError

from tests.helpers import Control, create_task, http_server, initialize, mcp_client, messages_of, person_key

pytestmark = pytest.mark.anyio


async def test_tasks_are_offered_only_in_the_2025_11_25_era_and_prompts_never(tmp_path, emulator):
    async with http_server(tmp_path, emulator, "streamable-http") as port, httpx2.AsyncClient(timeout=30) as http:
        url = f"http://127.0.0.1:{port}/mcp"
        seen = {}
        for version in ("2024-11-05", "2025-06-18", "2025-11-25"):
            result, headers = await initialize(http, url, version)
            assert result["protocolVersion"] == version
            seen[version] = result["capabilities"]
            listed = await http.post(
                url, json={"jsonrpc": "2.0", "id": 2, "method": "tasks/list", "params": {}}, headers=headers
            )
            (answer,) = messages_of(listed)
            if version == "2025-11-25":
                assert "tasks" in answer["result"]
            else:
                assert answer["error"]["code"] == -32601, answer
    assert "tasks" not in seen["2024-11-05"] and "tasks" not in seen["2025-06-18"]
    assert seen["2025-11-25"]["tasks"]["requests"]["tools"]["call"] == {}
    assert all("prompts" not in caps for caps in seen.values())


async def test_an_unknown_prompt_is_invalid_params_and_a_missing_track_is_resource_not_found(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        with pytest.raises(MCPError) as prompt:
            await client.session._dispatcher.send_raw_request("prompts/get", {"name": "nope"}, None)
        assert prompt.value.error.code == -32602
        assert prompt.value.error.message == "No prompt named 'nope': this server has no prompts."
        with pytest.raises(MCPError) as missing:
            await client.read_resource("music://tracks/trk_000000000000")
        assert missing.value.error.code == -32002
        assert missing.value.error.message.startswith("No track at music://tracks/trk_000000000000;")
        templates = {t.uri_template: t for t in (await client.list_resource_templates()).resource_templates}
    assert templates["music://tracks/{track_id}"].mime_type == "audio/wav"
    assert templates["music://tracks/{track_id}/info"].mime_type == "application/json"


async def test_make_music_runs_as_a_task_and_music_job_refuses_one(tmp_path, emulator, control: Control):
    await control.config(render_speed=0, queue_delay=0.2)
    async with mcp_client(tmp_path, emulator) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["make_music"].execution.task_support == "optional"
        created = await create_task(client.session, "make_music", {"request": "a 6 second lo-fi beat, 80 BPM"})
        task_id = created["task"]["taskId"]
        assert created["task"]["status"] == "working"
        with anyio.fail_after(30):
            result = await client.session._dispatcher.send_raw_request("tasks/result", {"taskId": task_id}, None)
        assert result["structuredContent"]["status"] == "completed"
        assert result["structuredContent"]["endpoint"] == "text_to_audio"
        assert result["structuredContent"]["duration_s"] == pytest.approx(6, abs=0.05)
        with pytest.raises(MCPError) as refused:
            await create_task(client.session, "music_job", {"action": "list"})
        assert refused.value.error.code == -32601
    assert len(await control.jobs()) == 1  # the refused task started nothing


async def test_a_cancelled_request_over_streamable_http_gets_no_answer(tmp_path, emulator, control: Control):
    await control.config(render_speed=1, queue_delay=10)  # still queued when the cancel comes
    async with http_server(tmp_path, emulator, "streamable-http") as port, httpx2.AsyncClient(timeout=30) as http:
        url = f"http://127.0.0.1:{port}/mcp"
        _, headers = await initialize(http, url, "2025-11-25")
        call = {
            "jsonrpc": "2.0",
            "id": 7,
            "method": "tools/call",
            "params": {"name": "text_to_audio", "arguments": {"tags": "ambient", "duration": 20}},
        }
        seen: list[dict[str, Any]] = []
        async with http.stream("POST", url, json=call, headers=headers) as stream:

            async def cancel_soon() -> None:
                await anyio.sleep(1.5)
                note = {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 7}}
                await http.post(url, json=note, headers=headers)

            async with anyio.create_task_group() as tg:
                tg.start_soon(cancel_soon)
                with anyio.fail_after(20):
                    async for line in stream.aiter_lines():
                        if line.startswith("data:") and line[5:].strip():
                            seen.append(json.loads(line[5:]))
    assert not [m for m in seen if m.get("id") == 7], seen  # neither a result nor a -32800 error
    with anyio.fail_after(10):
        while not [j for j in await control.jobs() if j["status"] == "cancelled"]:
            await anyio.sleep(0.1)


ENVELOPE = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": {"name": "connector", "version": "1"},
    "io.modelcontextprotocol/clientCapabilities": {},
}


@pytest.mark.parametrize("people", [False, True])
async def test_a_2026_body_under_an_older_eras_header_is_served_as_2026(people, tmp_path, emulator):
    """Claude's connectors have been seen sending `MCP-Protocol-Version: 2025-11-25` with a 2026-07-28
    body (anthropics/claude-code #93290). Routed by the header, a stateful server answered 400 (no
    session) and a stateless one (people) answered in the 2025 shape, `server/discover` unknown."""
    base = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    if people:
        base["Authorization"] = f"Bearer {await person_key(tmp_path, emulator, 'ann')}"
    call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": "music_job", "arguments": {"action": "list"}, "_meta": ENVELOPE}}  # fmt: skip
    discover = {"jsonrpc": "2.0", "id": 2, "method": "server/discover", "params": {"_meta": ENVELOPE}}
    async with http_server(tmp_path, emulator, "streamable-http") as port, httpx2.AsyncClient(timeout=30) as http:
        url = f"http://127.0.0.1:{port}/mcp"
        served = {
            stated: [
                await http.post(
                    url, json=body, headers={**base, **({"MCP-Protocol-Version": stated} if stated else {})}
                )
                for body in (call, discover)
            ]
            for stated in ("2025-11-25", "2025-06-18", None)  # None: no version header at all
        }
        # A client that contradicts itself is still told so: a header naming another tool than the body.
        liar = await http.post(
            url, json=call, headers={**base, "MCP-Protocol-Version": "2025-11-25", "Mcp-Name": "text_to_audio"}
        )
        # A 2025-era client's own requests are untouched (on a stateful server, in its session).
        headers = {**base, "MCP-Protocol-Version": "2025-11-25"}
        if not people:
            _, headers = await initialize(http, url, "2025-11-25")
        plain = {**call, "params": {"name": "music_job", "arguments": {"action": "list"}}}
        old = await http.post(url, json=plain, headers=headers)
    for stated, (called, discovered) in served.items():
        assert called.status_code == 200, (stated, called.text)
        (answer,) = messages_of(called)
        assert answer["result"]["resultType"] == "complete", (stated, answer)  # the 2026 shape the body asked for
        assert answer["result"]["structuredContent"] == {"jobs": []}
        (found,) = messages_of(discovered)
        assert "tools" in found["result"]["capabilities"], (stated, found)
    assert liar.status_code == 400 and liar.json()["error"]["code"] == -32020, liar.text
    (answer,) = messages_of(old)
    assert answer["result"]["structuredContent"] == {"jobs": []} and "resultType" not in answer["result"]
