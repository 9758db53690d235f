"""The HTTP transport and local files against a hostile peer: each case of the red-team run, on the
real server (a subprocess) through real sockets and the SDK's client."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp_types import ListRootsResult, Root

from ace_step_mcp.audio.netguard import _vet_address
from tests.helpers import ACCEPT, NOT_HERE, Control, http_server, initialize, mcp_client, messages_of, params, wav_bytes

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("::127.0.0.1", "IPv4-compatible loopback"),
        ("::ffff:127.0.0.1", "IPv4-mapped loopback"),
        ("64:ff9b::a9fe:a9fe", "NAT64 of the metadata address"),
        ("64:ff9b::a00:1", "NAT64 of 10.0.0.1"),
        ("2002:7f00:1::", "6to4 of 127.0.0.1"),
        ("2002:a9fe:a9fe::", "6to4 of the metadata address"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo to a non-public client"),
        ("ff02::1", "IPv6 multicast"),
        ("224.0.0.1", "IPv4 multicast"),
        ("::", "unspecified"),
        ("::ffff:0:7f00:1", "SIIT-translated 127.0.0.1"),
        ("fec0::1", "site-local"),
        ("64:ff9b:1:7f00:1::", "local-use NAT64, whose layout the network decides"),
    ],
)
def test_the_ssrf_guard_judges_every_embedded_ipv4_form_and_multicast(address, why):
    assert not _vet_address(address, allow_private=False), why


def test_the_ssrf_guard_still_lets_public_addresses_through():
    for address in ("8.8.8.8", "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::"):
        assert _vet_address(address, allow_private=False), address
    assert not _vet_address("64:ff9b::a9fe:a9fe", allow_private=True)  # metadata: never, whatever the settings


async def test_local_files_answer_one_sentence_whatever_the_reason_and_a_fifo_cannot_hang_the_server(
    tmp_path, emulator, control: Control
):
    allowed = tmp_path / "music"
    allowed.mkdir()
    (allowed / "song.wav").write_bytes(wav_bytes(3))
    os.mkfifo(allowed / "pipe.wav")
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.wav").write_bytes(wav_bytes(3))
    (allowed / "swapped").symlink_to(outside, target_is_directory=True)  # a directory swapped for a link
    cases = {
        "pipe.wav": str(allowed / "pipe.wav"),
        "secret.wav": str(allowed / "swapped" / "secret.wav"),
        "missing.wav": str(allowed / "missing.wav"),
        "passwd": "/etc/passwd",
    }
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_ALLOWED_DIRS=str(allowed)) as client:
        for name, path in cases.items():
            with anyio.fail_after(10):
                result = await client.call_tool("audio_inpaint", {"audio": path, "tags": "x", "end_time": 2})
            assert result.is_error
            assert result.content[0].text == NOT_HERE.format(name=name)
        ok = await client.call_tool("audio_inpaint", {"audio": str(allowed / "song.wav"), "tags": "x", "end_time": 2})
        assert not ok.is_error, ok.content
        bad = {
            "nul": {"audio": str(allowed / "so\0ng.wav")},
            "bracket": {"audio": "https://[::1/a.wav"},
            "port": {"audio": "https://example.com:99999/a.wav"},
            "data": {"audio": "data:text/html;base64,UklGRiQAAABXQVZF"},
        }
        texts = {}
        for key, args in bad.items():
            result = await client.call_tool("audio_inpaint", {**args, "tags": "x"})
            assert result.is_error, key
            texts[key] = result.content[0].text
        digits = await client.call_tool("make_music", {"request": "9" * 4000})
    assert texts["nul"] == "`audio` path contains a NUL byte; give a plain file path."
    assert texts["bracket"] == "`audio` 'https://[::1/a.wav' is not a valid URL; give a full https URL."
    assert texts["port"] == "`audio` URL has a port outside 1-65535; give a valid URL."
    assert texts["data"].startswith("`audio` data URI declares text/html MIME type; it must be audio/")
    assert "failed inside" not in str(digits.content)  # a plan or a question, never a traceback
    assert (await control.submits())["total"] == 1


async def test_over_http_client_roots_only_narrow_the_operators_folders(tmp_path, emulator):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.wav").write_bytes(wav_bytes(3))

    async def everything(context):
        return ListRootsResult(roots=[Root(uri="file:///")])

    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with Client(streamable_http_client(url), mode="legacy", list_roots_callback=everything) as client:
            refused = await client.call_tool("audio_inpaint", {"audio": str(outside / "secret.wav"), "tags": "x"})
    assert refused.is_error
    assert refused.content[0].text == NOT_HERE.format(name="secret.wav")
    # Over stdio the client is the user's own: its roots do reach the folder it names.
    async with Client(params(tmp_path, emulator), mode="legacy", list_roots_callback=everything) as client:
        allowed = await client.call_tool(
            "audio_inpaint", {"audio": str(outside / "secret.wav"), "tags": "x", "end_time": 2}
        )
    assert not allowed.is_error, allowed.content


async def test_a_loopback_alias_still_checks_host_and_origin(tmp_path, emulator):
    async with (
        http_server(tmp_path, emulator, "streamable-http", "--host", "127.0.0.2") as port,
        httpx2.AsyncClient(timeout=10) as http,
    ):
        url = f"http://127.0.0.2:{port}/mcp"
        body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}}  # fmt: skip
        rebound = await http.post(url, json=body, headers={**ACCEPT, "Host": "evil.example"})
        cross = await http.post(url, json=body, headers={**ACCEPT, "Origin": "http://evil.example"})
        result, _ = await initialize(http, url, "2025-11-25")
    assert rebound.status_code in (400, 403, 421), rebound.text
    assert cross.status_code == 403, cross.text
    assert result["serverInfo"]["name"] == "ace-step-mcp"


async def test_slow_headers_and_bodies_are_closed_and_hold_no_slot(tmp_path, emulator):
    env = {"ACE_STEP_MCP_HTTP_REQUEST_TIMEOUT_S": "2", "ACE_STEP_MCP_MAX_REQUESTS_PER_CLIENT": "2"}
    async with http_server(tmp_path, emulator, "streamable-http", **env) as port:
        url = f"http://127.0.0.1:{port}/mcp"
        drips = []
        for i in range(4):  # bodies that trickle in, each with a made-up session id
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(
                f"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                f"Accept: application/json, text/event-stream\r\nmcp-session-id: fake-{i}\r\n"
                f"Content-Length: 500\r\n\r\n{{".encode()
            )
            drips.append(s)
        header_drip = socket.create_connection(("127.0.0.1", port))
        header_drip.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        async with httpx2.AsyncClient(timeout=10) as http:
            started = time.monotonic()
            result, _ = await initialize(http, url, "2025-11-25")  # not locked out by the slow bodies
            assert result["serverInfo"]["name"] == "ace-step-mcp"
        await anyio.sleep(3)
        for s in drips:  # each answered 408 and closed by the deadline
            s.settimeout(5)
            answer = s.recv(4096)
            assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
            s.close()
        header_drip.settimeout(5)
        assert header_drip.recv(4096) == b""  # closed without an answer
        header_drip.close()
        assert time.monotonic() - started < 10


async def test_sessions_per_client_are_capped_and_freed_by_delete(tmp_path, emulator):
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_MAX_SESSIONS_PER_CLIENT="3") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=10) as http:
            opened = [await initialize(http, url, "2025-11-25") for _ in range(3)]
            body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}}  # fmt: skip
            fourth = await http.post(url, json=body, headers=ACCEPT)
            assert fourth.status_code == 429
            assert json.loads(fourth.text)["error"] == "too_many_sessions"
            _, headers = opened[0]
            assert (await http.delete(url, headers=headers)).status_code in (200, 204)
            again, _ = await initialize(http, url, "2025-11-25")
            assert again["serverInfo"]["name"] == "ace-step-mcp"
            # A tools/list on a live session still works: the cap counts sessions, not requests.
            _, live = opened[1]
            listed = await http.post(
                url, json={"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}, headers=live
            )
            assert "tools" in messages_of(listed)[0]["result"]


async def test_a_result_download_redirected_off_runcomfys_hosts_is_refused_and_leaves_no_file(
    settings, control: Control, emulator
):
    from ace_step_mcp.ports.values import JobState
    from ace_step_mcp.wiring import open_service
    from tests.helpers import finish, t2a

    foreign = f"http://127.0.0.2:{emulator.port}/files/x.wav"
    redirect = f"{emulator.root_url}/_emulator/redirect?to={foreign}"
    await control.faults(
        {"on": "result", "count": 20, "body": {"request_id": "r", "status": "completed", "output": {"audio": redirect}}}
    )
    async with open_service(settings) as service:
        view = await finish(service, await service.start(t2a()))
    assert view.state is JobState.LOST  # rendered and billed upstream: counted, never resubmitted
    assert "only RunComfy's own hosts are trusted" in str(view.error)
    assert list(Path(settings.store.tracks_dir).glob("*")) == []
