"""What several test files share: the emulator's control surface, our token, MCP clients over stdio and
HTTP, the CLI, and small builders. Fixtures stay in conftest.py; test files import only from here."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx2
import numpy as np
import soundfile
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp_types import (
    CallToolRequest,
    CallToolRequestParams,
    TaskMetadata,
)

from ace_step_mcp.emulator import RunningEmulator
from ace_step_mcp.endpoints import BY_TOOL, validate_body, wire_dict
from ace_step_mcp.ports.values import JobRequest, JobView


def task_call(name: str, arguments: dict) -> CallToolRequest:
    return CallToolRequest(params=CallToolRequestParams(name=name, arguments=arguments, task=TaskMetadata(ttl=60_000)))


async def create_task(session, name: str, arguments: dict) -> dict:
    """Send a task-augmented tools/call and return the raw result.

    The SDK's client checks every tools/call answer against CallToolResult (its 2025-11-25 table
    leaves tasks out on purpose), so this one call goes through the session's own dispatcher,
    unvalidated, exactly as a task-aware client would send it.
    """
    request = task_call(name, arguments).model_dump(by_alias=True, mode="json", exclude_none=True)
    return await session._dispatcher.send_raw_request("tools/call", request["params"], None)


ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def messages_of(response: httpx2.Response) -> list[dict[str, Any]]:
    """JSON-RPC messages of a streamable-HTTP answer, whether JSON or an SSE stream."""
    if response.headers.get("content-type", "").startswith("application/json"):
        return [response.json()]
    return [
        json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:") and line[5:].strip()
    ]


async def initialize(http: httpx2.AsyncClient, url: str, version: str) -> tuple[dict[str, Any], dict[str, str]]:
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": "edge", "version": "1"}},
    }
    response = await http.post(url, json=body, headers=ACCEPT)
    (result,) = messages_of(response)
    headers = {**ACCEPT, "mcp-session-id": response.headers["mcp-session-id"], "mcp-protocol-version": version}
    await http.post(url, json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=headers)
    return result["result"], headers


def t2a(duration: int = 5, seed: int = -1, tags: str = "money") -> JobRequest:
    t2a_endpoint = BY_TOOL["text_to_audio"]
    body = validate_body(t2a_endpoint, {"tags": tags, "duration": duration, "seed": seed})
    return JobRequest(t2a_endpoint, wire_dict(body), t2a_endpoint.estimate_usd(body))


async def finish(service: Any, view: JobView, limit_s: float = 60) -> JobView:
    with anyio.fail_after(limit_s):
        return await service.wait(view.job_id, timeout_s=None)


def params(tmp_path, emulator, **env) -> StdioServerParameters:
    cmd = ace_step_mcp_cmd()
    return StdioServerParameters(
        command=cmd[0], args=[*cmd[1:], "serve"], env=subprocess_env(tmp_path, emulator, **env)
    )


def server_pids(home: Path) -> list[int]:
    """Our server subprocesses, found by the data dir in their environment (Linux /proc)."""
    needle = f"ACE_STEP_MCP_HOME={home}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            with contextlib.suppress(OSError):
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    pids.append(int(entry.name))
    return pids


T2A_MODEL = "acestep-ai/ace-step/text-to-audio"


async def run_cli(
    tmp_path: Path, emulator, *args: str, cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    return await anyio.run_process(
        [*ace_step_mcp_cmd(), *args], env=subprocess_env(tmp_path, emulator, **env), check=False, cwd=cwd
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def http_server(tmp_path: Path, emulator, transport: str, *extra: str, **env: str) -> AsyncIterator[int]:
    port = free_port()
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "serve", "--transport", transport, "--port", str(port), *extra],
        env=subprocess_env(tmp_path, emulator, **env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    host = extra[extra.index("--host") + 1] if "--host" in extra else "127.0.0.1"
    try:
        with anyio.fail_after(20):
            while True:
                try:
                    stream = await anyio.connect_tcp(host, port)
                    await stream.aclose()
                    break
                except OSError:
                    assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                    await anyio.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@asynccontextmanager
async def mcp_client(
    tmp_path: Path,
    emulator,
    *,
    mode: str = "legacy",
    args: tuple[str, ...] = (),
    read_timeout: float = 60,
    **env: str,
):
    """The real server over stdio. `read_timeout` bounds each request; a test whose call waits for
    whole renders (wait_s) passes one longer than that wait, or a busy machine makes it a timeout."""
    cmd = ace_step_mcp_cmd()
    params = StdioServerParameters(
        command=cmd[0], args=[*cmd[1:], "serve", *args], env=subprocess_env(tmp_path, emulator, **env)
    )
    async with Client(params, mode=mode, read_timeout_seconds=read_timeout) as client:
        yield client


def samples_of(blob_b64: str) -> tuple[np.ndarray, int]:
    data, rate = soundfile.read(io.BytesIO(base64.b64decode(blob_b64)), dtype="int16", always_2d=True)
    return data, rate


async def read_track(client: Client, track_id: str) -> tuple[np.ndarray, int, str]:
    res = await client.read_resource(f"music://tracks/{track_id}")
    content = res.contents[0]
    data, rate = samples_of(content.blob)
    return data, rate, content.mime_type or ""


def wav_bytes(seconds: float, rate: int = 48_000, channels: int = 2) -> bytes:
    buf = io.BytesIO()
    soundfile.write(buf, np.zeros((int(seconds * rate), channels), dtype=np.int16), rate, format="WAV")
    return buf.getvalue()


NOT_HERE = (
    "`audio` file '{name}' is not readable here: it must be a regular audio file inside the folders this server "
    "may read (its data folder and ACE_STEP_MCP_ALLOWED_DIRS); move it there, or add its folder to "
    "ACE_STEP_MCP_ALLOWED_DIRS in the server's config."
)


TOKEN = "test-token-5f2a9c"  # distinctive, so leak checks can grep for it


REPO = Path(__file__).resolve().parents[1]


# The tools every client sees; hosts with MCP Apps also get the player's (tests/test_player.py).
CORE_TOOLS = frozenset(
    {
        "text_to_audio",
        "text_to_audio_v15",
        "audio_inpaint",
        "audio_outpaint",
        "make_music",
        "music_job",
        "process_track",
    }
)


class Control:
    """The emulator's control surface, spoken over HTTP as other tools would."""

    def __init__(self, emu: RunningEmulator) -> None:
        self.emu = emu
        self.http = httpx2.AsyncClient(base_url=emu.root_url, headers={"Authorization": f"Bearer {TOKEN}"})

    async def faults(self, *faults: dict[str, Any]) -> None:
        r = await self.http.post("/_emulator/faults", json={"faults": list(faults)})
        r.raise_for_status()

    async def config(self, **values: float | str) -> None:
        (await self.http.post("/_emulator/config", json=values)).raise_for_status()

    async def submits(self) -> dict[str, Any]:
        r = await self.http.get("/_emulator/submits")
        r.raise_for_status()
        return r.json()

    async def jobs(self) -> list[dict[str, Any]]:
        r = await self.http.get("/_emulator/jobs")
        r.raise_for_status()
        return r.json()["jobs"]


def subprocess_env(tmp_path: Path, emulator: RunningEmulator | None, **extra: str) -> dict[str, str]:
    """The environment for a subprocess of ours: isolated data dir, the test emulator, our token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RUNCOMFY_", "ACE_STEP_MCP_"))}
    env["ACE_STEP_MCP_HOME"] = str(tmp_path / "home")
    env["RUNCOMFY_CONFIG_DIR"] = str(tmp_path / "runcomfy-config")  # no token file unless a test writes one
    env["RUNCOMFY_TOKEN"] = TOKEN
    if emulator is not None:
        env["RUNCOMFY_MODEL_API_BASE"] = emulator.base_url
    env.update(extra)
    return env


def ace_step_mcp_cmd() -> list[str]:
    return [sys.executable, "-m", "ace_step_mcp"]


# Characters per token of this server's tool list (compact JSON: schemas, short sentences, numbers), as
# OpenAI's o200k_base tokenizer counts it (the npm package gpt-tokenizer 3.x, o200k_base): 13,911
# characters are 3,724 tokens (3.74), the Apps host's list 14,782 are 3,949 (3.74); cl100k_base counts
# 3-4 % fewer. No tokenizer ships its vocabulary on PyPI without a download at run time, so the tests
# count characters at this measured rate; a list that turns wordier tokenises no denser than this.
CHARS_PER_TOKEN = 3.74


def tool_list_tokens(tools: list[Any]) -> float:
    """What a tool list costs a model's context, in tokens at the measured rate above."""
    dumped = [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in tools]
    return len(json.dumps(dumped, separators=(",", ":"), ensure_ascii=False)) / CHARS_PER_TOKEN


def write_long_wav(path: Path, seconds: float, rate: int = 44_100, channels: int = 2, seed: int = 1) -> None:
    """A long PCM_16 WAV written in blocks (a 10-minute one is 106 MB), every sample distinct noise."""
    rng = np.random.default_rng(seed)
    frames = round(seconds * rate)
    with soundfile.SoundFile(str(path), "w", rate, channels, subtype="PCM_16", format="WAV") as f:
        for a in range(0, frames, rate * 30):
            n = min(rate * 30, frames - a)
            f.write(rng.integers(-12000, 12000, size=(n, channels), dtype=np.int16))


# -- people (API keys and an OAuth issuer) -------------------------------------------------------


async def person_key(tmp_path, emulator, user: str) -> str:
    made = await run_cli(tmp_path, emulator, "keys", "create", "--user", user)
    assert made.returncode == 0, made.stderr
    key = made.stdout.decode().strip()
    assert key.startswith("asm_") and key not in made.stderr.decode()
    return key


def people_client(url: str, key: str, http: httpx2.AsyncClient) -> Client:
    http.headers["Authorization"] = f"Bearer {key}"
    return Client(streamable_http_client(url, http_client=http, max_sse_event_size=64 * 2**20), mode="legacy")


class Issuer:
    """A small OpenID issuer on a loopback port: its discovery document and JWKS, and tokens it signs
    (the test's stand-in for a real provider's signing side; the server fetches its keys over HTTP)."""

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import rsa

        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.port = 0
        self.url = ""

    def jwks(self) -> dict:
        import json

        import jwt

        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**public, "kid": "k1", "use": "sig", "alg": "RS256"}]}

    def token(self, *, sub: str = "ann", aud: str, iss: str | None = None, ttl: int = 300, key=None, **more) -> str:
        import time

        import jwt

        now = int(time.time())
        claims = {
            "iss": iss or self.url,
            "sub": sub,
            "aud": aud,
            "iat": now,
            "exp": now + ttl,
            "client_id": "c1",
            **more,
        }
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": "k1"})

    async def serve(self, task_status) -> None:
        import uvicorn
        from starlette.applications import Starlette
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        from tests.helpers import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = Starlette(
            routes=[
                Route(
                    "/.well-known/openid-configuration",
                    lambda r: JSONResponse({"issuer": self.url, "jwks_uri": f"{self.url}/jwks"}),
                ),
                Route("/jwks", lambda r: JSONResponse(self.jwks())),
            ]
        )
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        task_status.started()
        await server.serve()


def chart_tempo(midi: bytes) -> list[float]:
    """Every tempo (BPM) a standard MIDI file sets, in file order (meta event 0x51)."""
    assert midi[:4] == b"MThd"
    tracks = int.from_bytes(midi[10:12], "big")
    pos, tempos = 14, []

    def varlen(p: int) -> tuple[int, int]:
        value = 0
        while True:
            byte = midi[p]
            p += 1
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                return value, p

    for _ in range(tracks):
        assert midi[pos : pos + 4] == b"MTrk"
        end = pos + 8 + int.from_bytes(midi[pos + 4 : pos + 8], "big")
        p, status = pos + 8, 0
        while p < end:
            _, p = varlen(p)  # delta time
            if midi[p] == 0xFF:
                kind = midi[p + 1]
                length, p = varlen(p + 2)
                if kind == 0x51:
                    tempos.append(60e6 / int.from_bytes(midi[p : p + 3], "big"))
                p += length
            elif midi[p] in (0xF0, 0xF7):
                length, p = varlen(p + 1)
                p += length
            else:
                if midi[p] & 0x80:
                    status = midi[p]
                    p += 1
                p += 1 if status >> 4 in (0xC, 0xD) else 2
        pos = end
    return tempos
