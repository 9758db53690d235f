"""Hostile input, leaks and faults: remote URLs, the token, fuzzed arguments, malformed JSON-RPC,
concurrency, SIGTERM. Each promise in SECURITY.md points at a test here."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import anyio
import anyio.from_thread
import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from ace_step_mcp.settings import Settings
from ace_step_mcp.surface.httpauth import ConcurrencyGuard
from tests.helpers import (
    TOKEN,
    Control,
    ace_step_mcp_cmd,
    free_port,
    http_server,
    mcp_client,
    server_pids,
    subprocess_env,
)


@pytest.mark.anyio
async def test_remote_audio_urls_are_vetted_before_anything_is_fetched_or_paid(tmp_path, emulator, control: Control):
    async with mcp_client(
        tmp_path, emulator, ACE_STEP_MCP_ALLOW_HTTP_URLS="1", ACE_STEP_MCP_ALLOW_PRIVATE_URLS="1"
    ) as c:
        first = await c.call_tool("text_to_audio", {"tags": "x", "duration": 8})
        url = first.structured_content["source_url"]
        edit = await c.call_tool(
            "audio_inpaint", {"audio": url, "tags": "x", "start_time": 2, "end_time": 1, "end_time_relative_to": "end"}
        )
        assert not edit.is_error, edit.content
        assert {"type": "inpaint", "start_s": 2.0, "end_s": 7.0, "source_s": 8.0}.items() <= edit.structured_content[
            "edit"
        ].items()
        metadata = f"{emulator.root_url}/_emulator/redirect?to=http://169.254.169.254/latest/meta-data"
        redirected = await c.call_tool("audio_inpaint", {"audio": metadata, "tags": "x"})
        assert redirected.is_error and "metadata address" in redirected.content[0].text
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_ALLOW_HTTP_URLS="1") as c:
        private = await c.call_tool("audio_inpaint", {"audio": url, "tags": "x"})
        nowhere = await c.call_tool("audio_inpaint", {"audio": "https://no-such-host.invalid/a.wav", "tags": "x"})
    async with mcp_client(tmp_path, emulator) as c:
        plain_http = await c.call_tool("audio_inpaint", {"audio": url, "tags": "x"})
    assert private.is_error and "private, loopback" in private.content[0].text
    assert nowhere.is_error and "does not resolve" in nowhere.content[0].text
    assert plain_http.is_error and "must be https" in plain_http.content[0].text
    assert (await control.submits())["total"] == 2


@pytest.mark.anyio
async def test_the_token_never_appears_in_any_output_of_a_full_run(tmp_path, emulator, control: Control):
    errlog = tmp_path / "server-stderr.log"
    cmd = ace_step_mcp_cmd()
    env = subprocess_env(tmp_path, emulator, ACE_STEP_MCP_MAX_USD_TOTAL="1")
    params = StdioServerParameters(command=cmd[0], args=[*cmd[1:], "serve"], env=env)
    outputs: list[str] = []
    with open(errlog, "w") as err:
        async with Client(stdio_client(params, errlog=err), mode="legacy") as client:
            good = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "seed": 1})
            outputs.append(good.model_dump_json())
            for fault in (
                {"on": "submit", "status": 401},
                {"on": "status", "status": 403},
                {"on": "job", "fail": f"Bearer {TOKEN}"},
            ):
                await control.faults(fault)
                outputs.append(
                    (await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})).model_dump_json()
                )
            outputs.append(
                (await client.call_tool("audio_inpaint", {"audio": "/etc/passwd", "tags": "x"})).model_dump_json()
            )
            outputs.append((await client.call_tool("music_job", {"action": "list"})).model_dump_json())
            for uri in (
                "music://spend",
                "music://tracks",
                f"music://tracks/{good.structured_content['track_id']}/info",
            ):
                outputs.append((await client.read_resource(uri)).model_dump_json())
    files = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert any(p.name.startswith("ledger.sqlite3") for p in files)
    blobs = {"server stderr": errlog.read_bytes(), **{str(p): p.read_bytes() for p in files}}
    blobs.update({f"output {i}": o.encode() for i, o in enumerate(outputs)})
    leaks = [name for name, blob in blobs.items() if TOKEN.encode() in blob]
    assert leaks == []
    assert "rejected the token" in outputs[1]
    settings_repr = repr(Settings.from_env({"RUNCOMFY_TOKEN": TOKEN, "ACE_STEP_MCP_HOME": str(tmp_path)}))
    assert TOKEN not in settings_repr and "Secret('***')" in settings_repr


# -- fuzzing through a real client -------------------------------------------------------------------

JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)  # fmt: skip
SMALL_DURATIONS = st.sampled_from([-1, 0, 3, 4.5, 5, 6, 241, 10**9, "6", "x", None, True, [], {}])
T2A_ARGS = st.fixed_dictionaries(
    {},
    optional={
        "tags": st.one_of(st.text(max_size=30), JUNK),
        "lyrics": st.one_of(st.text(max_size=30), JUNK),
        "duration": SMALL_DURATIONS,
        "seed": st.one_of(st.integers(-3, 2**31 + 2), JUNK),
        "bogus": JUNK,
    },
)
EDIT_ARGS = st.fixed_dictionaries(
    {},
    optional={
        "audio": st.one_of(st.sampled_from(["trk_000000000000", "/etc/passwd", "../x", "data:,", "file:///dev/zero", "ftp://x"]), st.text(max_size=20), JUNK),
        "tags": st.one_of(st.text(max_size=20), JUNK),
        "start_time": st.one_of(st.floats(-5, 300), JUNK),
        "end_time": st.one_of(st.floats(-5, 300), JUNK),
        "start_time_relative_to": st.sampled_from(["start", "end", "middle", 3]),
        "extend_after_duration": st.one_of(st.floats(-5, 300), JUNK),
    },
)  # fmt: skip


@pytest.fixture(scope="module")
def fuzz_session(tmp_path_factory):
    """One emulator and one real MCP client over stdio, shared by the fuzz examples through a portal."""
    from ace_step_mcp.emulator import serve_emulator
    from ace_step_mcp.emulator.app import EmulatorConfig

    tmp_path = tmp_path_factory.mktemp("fuzz")
    with anyio.from_thread.start_blocking_portal() as portal, contextlib.ExitStack() as stack:
        emu = stack.enter_context(
            portal.wrap_async_context_manager(
                serve_emulator(EmulatorConfig(render_speed=0, queue_delay=0, identify=False))
            )
        )
        ctl = Control(emu)
        stack.callback(portal.call, ctl.http.aclose)
        client = stack.enter_context(portal.wrap_async_context_manager(mcp_client(tmp_path, emu)))
        yield portal, client, ctl


def _check_call(portal, client, ctl, tool: str, args: dict) -> None:
    before = portal.call(ctl.submits)["total"]
    result = portal.call(client.call_tool, tool, args)
    assert result.content, (tool, args)
    text = result.content[0].text
    assert "Traceback" not in text
    if result.is_error:
        assert "\n" not in text.strip(), text
    if result.is_error:
        assert portal.call(ctl.submits)["total"] == before, (tool, args, text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(tool=st.sampled_from(["text_to_audio", "text_to_audio_v15"]), args=T2A_ARGS)
def test_fuzzed_text_to_audio_arguments_end_in_a_result_or_one_error_sentence(fuzz_session, tool, args):
    portal, client, ctl = fuzz_session
    _check_call(portal, client, ctl, tool, args)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(tool=st.sampled_from(["audio_inpaint", "audio_outpaint"]), args=EDIT_ARGS)
def test_fuzzed_edit_arguments_never_submit_and_never_crash(fuzz_session, tool, args):
    portal, client, ctl = fuzz_session
    before = portal.call(ctl.submits)["total"]
    _check_call(portal, client, ctl, tool, args)
    assert portal.call(ctl.submits)["total"] == before  # none of these name a real track


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=st.text(min_size=1, max_size=200), audio=st.sampled_from([None, "trk_000000000000"]))
def test_fuzzed_router_text_plans_or_explains_and_spends_nothing(fuzz_session, text, audio):
    portal, client, ctl = fuzz_session
    args = {"request": text, "dry_run": True, **({"audio": audio} if audio else {})}
    before = portal.call(ctl.submits)["total"]
    result = portal.call(client.call_tool, "make_music", args)
    assert result.content and "Traceback" not in result.content[0].text
    assert portal.call(ctl.submits)["total"] == before


# -- malformed protocol ------------------------------------------------------------------------------


def test_malformed_json_rpc_and_oversized_lines_on_stdio_leave_the_server_serving(tmp_path):
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "serve", "--offline"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=subprocess_env(tmp_path, None, RUNCOMFY_TOKEN=""),
    )
    assert proc.stdin and proc.stdout
    junk = [
        b"{{{ not json\n",
        b"[1, 2, 3]\n",
        b'{"jsonrpc": "2.0", "id": 7, "method": "no/such/method"}\n',
        b'{"jsonrpc": "2.0", "id": 8, "method": "tools/call", "params": "nope"}\n',
        b'{"jsonrpc": "2.0", "id": 9, "method": "ping", "params": {"x": "' + b"a" * 6_000_000 + b'"}}\n',
    ]
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25",
            "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}}  # fmt: skip
    try:
        for line in junk:
            proc.stdin.write(line)
        proc.stdin.write((json.dumps(init) + "\n").encode())
        proc.stdin.write(b'{"jsonrpc": "2.0", "method": "notifications/initialized"}\n')
        proc.stdin.write(b'{"jsonrpc": "2.0", "id": 2, "method": "tools/list"}\n')
        proc.stdin.flush()
        answers: dict[int, dict] = {}
        deadline = time.monotonic() + 30
        while 2 not in answers and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            message = json.loads(line)
            if "id" in message:
                answers[message["id"]] = message
        assert answers[7]["error"]["code"] == -32601
        # A request whose params are not an object cannot be answered by id in every SDK version;
        # what matters is that no answer is a success and the server keeps serving.
        assert "result" not in answers.get(8, {})
        assert answers[1]["result"]["serverInfo"]["name"] == "ace-step-mcp"
        assert len(answers[2]["result"]["tools"]) == 7
    finally:
        proc.kill()
        proc.wait(timeout=10)


@pytest.mark.anyio
async def test_malformed_and_oversized_http_requests_leave_the_server_serving(tmp_path, emulator):
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
        async with httpx2.AsyncClient(timeout=30) as raw:
            garbage = await raw.post(url, content=b"{{{", headers=headers)
            huge = await raw.post(url, content=b'{"x":"' + b"a" * (5 * 1024 * 1024) + b'"}', headers=headers)
            unknown = await raw.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "nope"}, headers=headers)
        assert 400 <= garbage.status_code < 500
        assert huge.status_code == 413
        assert unknown.status_code >= 400 or "error" in unknown.text
        async with Client(url, mode="legacy") as client:
            assert len((await client.list_tools()).tools) == 7


@pytest.mark.anyio
@pytest.mark.parametrize("vary_authorization", [False, True], ids=["same-client", "made-up-authorization-headers"])
async def test_one_client_cannot_hold_more_than_its_share_of_requests(vary_authorization):
    """Without a configured token an Authorization header is the client's to vary: it buys no slots."""
    release = anyio.Event()

    async def slow_app(scope, receive, send):
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guard = ConcurrencyGuard(slow_app, limit=2)
    transport = httpx2.ASGITransport(app=guard)
    statuses: list[int] = []
    async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:

        async def hit(i: int) -> None:
            headers = {"Authorization": f"Bearer made-up-{i}"} if vary_authorization else {}
            statuses.append((await client.get("/", headers=headers)).status_code)

        async with anyio.create_task_group() as tg:
            for i in range(3):
                tg.start_soon(hit, i)
            with anyio.fail_after(5):
                while 429 not in statuses:
                    await anyio.sleep(0.01)
            release.set()
    assert sorted(statuses) == [200, 200, 429]
    assert guard.in_flight == {}


# -- SIGTERM -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_sigterm_with_a_job_in_flight_exits_fast_and_the_next_start_delivers_it(tmp_path, emulator, control):
    await control.config(render_speed=2, queue_delay=0.5)
    home = tmp_path / "home"
    stopped_in = None
    try:
        async with mcp_client(tmp_path, emulator) as client:
            first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10, "wait_s": 1})
            job_id = first.structured_content["job_id"]
            (pid,) = server_pids(home)
            started = time.monotonic()
            os.kill(pid, signal.SIGTERM)
            with anyio.fail_after(5):
                while Path(f"/proc/{pid}").exists() and Path(f"/proc/{pid}/status").read_text().find("zombie") < 0:
                    await anyio.sleep(0.05)
            stopped_in = time.monotonic() - started
    except BaseException:  # the client notices its server is gone; that is the point
        pass
    assert stopped_in is not None and stopped_in < 5
    async with mcp_client(tmp_path, emulator) as client:
        done = await client.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 60})
    assert done.structured_content["status"] == "completed"
    assert (await control.submits())["total"] == 1


def test_free_port_helper_is_usable():
    assert 1024 < free_port() < 65536
