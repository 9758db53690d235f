"""The HTTP transports (streamable HTTP and legacy SSE) as a subprocess, through the SDK's client."""

from __future__ import annotations

import json
import subprocess

import httpx2
import pytest
from mcp import Client
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client

from tests.helpers import ace_step_mcp_cmd, http_server, subprocess_env

pytestmark = [pytest.mark.anyio, pytest.mark.e2e]


async def _generate(client: Client) -> str:
    tools = await client.list_tools()
    assert len(tools.tools) == 7
    result = await client.call_tool("text_to_audio", {"tags": "synthwave, 100 BPM", "duration": 6})
    assert not result.is_error, result.content
    return str(result.structured_content["track_id"])


async def _generate_and_read(client: Client, port: int) -> None:
    track_id = await _generate(client)
    info = await client.read_resource(f"music://tracks/{track_id}/info")
    assert '"duration_s": 6.0' in info.contents[0].text
    read = await client.read_resource(f"music://tracks/{track_id}")  # 1.1 MiB: its links, not its bytes
    assert json.loads(read.contents[0].text)["download_url"] == f"http://127.0.0.1:{port}/tracks/{track_id}"


async def test_streamable_http_serves_tools_and_track_resources(tmp_path, emulator):
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        transport = streamable_http_client(f"http://127.0.0.1:{port}/mcp")
        async with Client(transport, mode="legacy") as client:
            await _generate_and_read(client, port)


@pytest.mark.parametrize("transport", ["streamable-http", "sse"])
async def test_over_http_a_big_track_resource_is_a_short_result_naming_its_download_and_preview(
    tmp_path, emulator, transport
):
    """Before the fix a WAV resource read over the SDK's SSE client killed the whole session (its 1 MiB
    event cap), and six reads of a 200 MiB track took the server to 2.6 GB."""
    async with http_server(tmp_path, emulator, transport) as port:
        url = f"http://127.0.0.1:{port}/" + ("mcp" if transport == "streamable-http" else "sse")
        client_transport = streamable_http_client(url) if transport == "streamable-http" else sse_client(url)
        async with Client(client_transport, mode="legacy") as client:
            track_id = await _generate(client)
            read = await client.read_resource(f"music://tracks/{track_id}")
            again = await client.list_tools()  # the session lives on
        assert len(again.tools) == 7
        links = json.loads(read.contents[0].text)
        assert read.contents[0].mime_type == "application/json" and links["size_bytes"] == 44 + 6 * 48_000 * 4
        async with httpx2.AsyncClient(timeout=60) as raw:
            audio = await raw.get(links["download_url"])
            preview = await raw.get(links["preview_mp3_url"])
    assert audio.status_code == 200 and len(audio.content) == links["size_bytes"]
    assert preview.status_code == 200 and preview.headers["content-type"] == "audio/mpeg"
    assert 0 < len(preview.content) < links["size_bytes"] / 4


async def test_legacy_sse_serves_tools_and_track_resources(tmp_path, emulator):
    async with http_server(tmp_path, emulator, "sse") as port:
        async with Client(sse_client(f"http://127.0.0.1:{port}/sse"), mode="legacy") as client:
            track_id = await _generate(client)
            info = await client.read_resource(f"music://tracks/{track_id}/info")
            assert '"duration_s": 6.0' in info.contents[0].text
        # The SDK's SSE client caps an event at 1 MiB, under a 6 s WAV: the audio comes over plain HTTP.
        async with httpx2.AsyncClient() as raw:
            audio = await raw.get(f"http://127.0.0.1:{port}/tracks/{track_id}")
            missing = await raw.get(f"http://127.0.0.1:{port}/tracks/trk_000000000000")
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"
    assert len(audio.content) == 44 + 6 * 48_000 * 4
    assert missing.status_code == 404


async def test_http_bearer_token_is_required_when_configured(tmp_path, emulator):
    secret = "http-secret-1234"
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_HTTP_TOKEN=secret) as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient() as raw:
            denied = await raw.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
            assert denied.status_code == 401
            wrong = await raw.post(url, json={}, headers={"Authorization": "Bearer nope"})
            assert wrong.status_code == 401
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {secret}"}, timeout=30) as authed,
            Client(streamable_http_client(url, http_client=authed), mode="legacy") as client,
        ):
            assert len((await client.list_tools()).tools) == 7


def test_binding_beyond_loopback_without_a_token_refuses_to_start(tmp_path):
    proc = subprocess.run(
        [*ace_step_mcp_cmd(), "serve", "--transport", "streamable-http", "--host", "0.0.0.0", "--port", "0"],
        env=subprocess_env(tmp_path, None),
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 64
    assert "ACE_STEP_MCP_HTTP_TOKEN" in proc.stderr.decode()


INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "page", "version": "1"}},
}


async def test_a_browser_page_on_another_origin_can_connect_and_keep_its_session(tmp_path, emulator):
    """CORS (issue 28): ext-apps' reference host runs on its own port. Its preflight is answered, the
    session id it must echo is exposed, and a page on a foreign origin is refused without CORS headers."""
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        page = "http://localhost:8080"
        async with httpx2.AsyncClient(timeout=30) as http:
            pre = await http.options(
                url,
                headers={
                    "Origin": page,
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "content-type, mcp-protocol-version",
                },
            )
            assert pre.status_code == 204
            assert pre.headers["access-control-allow-origin"] == page
            assert "POST" in pre.headers["access-control-allow-methods"]
            assert pre.headers["access-control-allow-headers"] == "content-type, mcp-protocol-version"
            answer = await http.post(
                url,
                json=INIT,
                headers={"Origin": page, "Accept": "application/json, text/event-stream"},
            )
            assert answer.status_code == 200, answer.text
            assert answer.headers["access-control-allow-origin"] == page
            assert "mcp-session-id" in answer.headers["access-control-expose-headers"]
            assert answer.headers["mcp-session-id"]

            evil = "http://evil.example"
            refused = await http.options(url, headers={"Origin": evil, "Access-Control-Request-Method": "POST"})
            assert refused.status_code == 403 and "access-control-allow-origin" not in refused.headers
            posted = await http.post(
                url, json=INIT, headers={"Origin": evil, "Accept": "application/json, text/event-stream"}
            )
            assert posted.status_code >= 400 and "access-control-allow-origin" not in posted.headers


async def test_a_token_server_answers_preflights_before_the_token_and_names_its_origins(tmp_path, emulator):
    """A preflight carries no token, so it is answered before the token check; an origin the operator
    names (ACE_STEP_MCP_ALLOWED_ORIGINS) gets CORS, and can read the 401 of a call without the token."""
    async with http_server(
        tmp_path,
        emulator,
        "streamable-http",
        ACE_STEP_MCP_HTTP_TOKEN="s3cret-token-value",
        ACE_STEP_MCP_ALLOWED_ORIGINS="https://host.example",
    ) as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=30) as http:
            pre = await http.options(
                url, headers={"Origin": "https://host.example", "Access-Control-Request-Method": "POST"}
            )
            assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == "https://host.example"
            unauthorized = await http.post(url, json=INIT, headers={"Origin": "https://host.example"})
            assert unauthorized.status_code == 401
            assert unauthorized.headers["access-control-allow-origin"] == "https://host.example"


async def test_results_over_http_carry_no_server_paths_and_running_results_say_one_instruction(
    tmp_path, emulator, control
):
    """Issue 28: a client over HTTP is on another machine, so a result names the track's URL, never a
    path of this server; a job that outlasts its call says what to do once, in the text and next_step."""
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        transport = streamable_http_client(f"http://127.0.0.1:{port}/mcp")
        async with Client(transport, mode="legacy") as client:
            made = await client.call_tool("text_to_audio", {"tags": "lo-fi", "duration": 5, "takes": 2})
            await control.config(render_speed=1.0)
            slow = await client.call_tool("text_to_audio", {"tags": "ambient", "duration": 30, "wait_s": 0})
    assert not made.is_error, made.content
    text = made.content[0].text
    assert str(tmp_path) not in text and f"http://127.0.0.1:{port}/tracks/" in text
    assert made.structured_content["path"] is None
    assert all("path" not in take for take in made.structured_content["takes"])
    assert slow.structured_content["status"] == "running"
    said = slow.content[0].text
    step = slow.structured_content["next_step"]
    assert said.count("music_job") == 1 and said.count(step) == 1, said
    assert "pay twice" in step
