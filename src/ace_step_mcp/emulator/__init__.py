"""The bundled offline emulator of the RunComfy Model API.

`serve_emulator()` runs it inside the caller's event loop on a loopback port (offline mode and the
tests); `ace-step-mcp emulator` runs it as its own process. Nothing heavy is imported until used.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio

if TYPE_CHECKING:
    from ace_step_mcp.emulator.acestep15 import Acestep15Config, Acestep15Emulator
    from ace_step_mcp.emulator.app import Emulator, EmulatorConfig


@dataclass
class RunningEmulator:
    emulator: Emulator
    host: str
    port: int

    @property
    def root_url(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


@contextlib.asynccontextmanager
async def serve_emulator(
    config: EmulatorConfig | None = None, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[RunningEmulator]:
    """Run the emulator on a real loopback socket until the block exits."""
    from ace_step_mcp.emulator.app import Emulator

    emulator = Emulator(config)
    sock = bind(host, port)
    running = RunningEmulator(emulator, host, sock.getsockname()[1])
    emulator.public_base = running.root_url
    async with _serving(emulator.app, sock):
        yield running


@dataclass
class RunningAcestep15:
    emulator: Acestep15Emulator
    host: str
    port: int

    @property
    def base_url(self) -> str:
        """The API's base URL, as ACESTEP_API_URL takes it (no /v1 suffix)."""
        return f"http://{_url_host(self.host)}:{self.port}"


@contextlib.asynccontextmanager
async def serve_acestep15(
    config: Acestep15Config | None = None, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[RunningAcestep15]:
    """Run the ACE-Step 1.5 API emulator on a real loopback socket until the block exits."""
    from ace_step_mcp.emulator.acestep15 import Acestep15Emulator

    emulator = Acestep15Emulator(config)
    sock = bind(host, port)
    running = RunningAcestep15(emulator, host, sock.getsockname()[1])
    emulator.public_base = running.base_url
    async with _serving(emulator.app, sock):
        yield running


@contextlib.asynccontextmanager
async def _serving(app: Any, sock: socket.socket) -> AsyncIterator[None]:
    import uvicorn

    class EmbeddedServer(uvicorn.Server):
        # Signals belong to the process that embeds the emulator, not to the emulator.
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    server = EmbeddedServer(
        uvicorn.Config(app, log_level="error", lifespan="on", access_log=False, timeout_graceful_shutdown=1)
    )

    async def serve() -> None:
        # Shielded: when the host is cancelled, uvicorn still gets to shut down cleanly (below).
        with anyio.CancelScope(shield=True):
            await server.serve([sock])

    async with anyio.create_task_group() as tg:
        tg.start_soon(serve)
        while not server.started:
            if server.should_exit:
                raise RuntimeError("the emulator failed to start")
            await anyio.sleep(0.005)
        try:
            yield
        finally:
            server.should_exit = True
