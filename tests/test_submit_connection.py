"""A submit never rides a connection kept alive from an earlier call.

A server closes an idle keep-alive connection when its own timer runs out (uvicorn after 5 s, the same
as httpx's own expiry). If a POST is written on that connection as it closes, the client sees the
connection drop with no answer and cannot know whether the job was created: it must report
`SubmitOutcomeUnknown` and never send it again. So a submit goes out on a fresh connection, and the race
cannot make a paid job's outcome unknown. The server below answers each connection's first request and
drops the connection, unanswered, on any later one: the race made certain. Real loopback TCP, the real
clients.
"""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest
from anyio.abc import SocketStream

from ace_step_mcp.backends.acestep15 import Acestep15Backend
from ace_step_mcp.backends.runcomfy import ModelApiClient, PollPolicy, RetryPolicy
from ace_step_mcp.endpoints import BY_MODEL_ID

pytestmark = pytest.mark.anyio


class DropsKeptAlive:
    """Answers the first request of each connection with keep-alive; drops the connection on the next."""

    def __init__(self, answers: dict[tuple[str, str], dict]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, str, int]] = []  # (method, path, index of the request on its connection)
        self.dropped: list[tuple[str, str]] = []

    async def handle(self, stream: SocketStream) -> None:
        async with stream:
            buffer = b""
            index = 0
            while True:
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = await stream.receive()
                    except (anyio.EndOfStream, anyio.BrokenResourceError):
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                path = target.split("?", 1)[0]
                headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    buffer += await stream.receive()
                buffer = buffer[length:]
                self.seen.append((method, path, index))
                if index > 0:  # the idle timer fired as this request came in
                    self.dropped.append((method, path))
                    return
                index += 1
                body = json.dumps(self.answers[(method, path)]).encode()
                await stream.send(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    + f"content-length: {len(body)}\r\n\r\n".encode()
                    + body
                )


@pytest.fixture
async def drops_kept_alive():
    servers: list[DropsKeptAlive] = []

    async def start(answers: dict[tuple[str, str], dict]) -> tuple[DropsKeptAlive, str]:
        server = DropsKeptAlive(answers)
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
        group.start_soon(listener.serve, server.handle)
        servers.append(server)
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        return server, f"http://127.0.0.1:{port}"

    async with anyio.create_task_group() as group:
        yield start
        group.cancel_scope.cancel()


async def test_runcomfy_submit_after_a_poll_opens_its_own_connection(drops_kept_alive):
    server, url = await drops_kept_alive(
        {
            ("GET", "/v1/requests/r0/status"): {"status": "in_queue"},
            ("POST", "/v1/models/acestep-ai/ace-step/text-to-audio"): {"request_id": "r1"},
        }
    )
    async with ModelApiClient(
        f"{url}/v1",
        "tok",
        retry=RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02),
        poll=PollPolicy(min_s=0.01, max_s=0.02),
    ) as client:
        assert (await client.status("r0")).status == "in_queue"  # leaves a connection kept alive
        submitted = await client.submit("acestep-ai/ace-step/text-to-audio", {"tags": "x", "duration": 5})
        again = await client.submit("acestep-ai/ace-step/text-to-audio", {"tags": "y", "duration": 5})
    assert submitted.request_id == "r1" and again.request_id == "r1"
    posts = [s for s in server.seen if s[0] == "POST"]
    assert posts == [("POST", "/v1/models/acestep-ai/ace-step/text-to-audio", 0)] * 2, server.seen
    assert server.dropped == []


async def test_acestep15_submit_after_the_model_list_opens_its_own_connection(drops_kept_alive, tmp_path: Path):
    server, url = await drops_kept_alive(
        {
            ("GET", "/v1/models"): {"data": {"models": [{"name": "acestep-v15-turbo"}]}},
            ("POST", "/release_task"): {"data": {"task_id": "t1"}},
        }
    )
    backend = Acestep15Backend(url, None, tmp_path)
    try:
        await backend.open()  # leaves a connection kept alive
        assert backend.models == ["acestep-v15-turbo"]
        model = next(e.model_id for e in BY_MODEL_ID.values() if e.tool == "text_to_audio_v15")
        assert await backend.submit(model, {"tags": "lo-fi", "duration": 10}) == "t1"
    finally:
        await backend.aclose()
    assert [s for s in server.seen if s[0] == "POST"] == [("POST", "/release_task", 0)], server.seen
    assert server.dropped == []
