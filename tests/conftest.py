"""Shared fixtures: a real emulator on a loopback port, and settings that point at it.

Every integration test talks to the emulator over real HTTP; nothing of ours is mocked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from ace_step_mcp.emulator import RunningEmulator, serve_emulator
from ace_step_mcp.emulator.app import EmulatorConfig
from ace_step_mcp.settings import Secret, Settings

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


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def emulator() -> AsyncIterator[RunningEmulator]:
    # It passes for RunComfy (identify=False), so jobs through it count as paid: caps and spend are tested.
    async with serve_emulator(EmulatorConfig(render_speed=0, queue_delay=0.05, identify=False)) as emu:
        yield emu


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
        return r.json()  # type: ignore[no-any-return]

    async def jobs(self) -> list[dict[str, Any]]:
        r = await self.http.get("/_emulator/jobs")
        r.raise_for_status()
        return r.json()["jobs"]  # type: ignore[no-any-return]


@pytest.fixture
async def control(emulator: RunningEmulator) -> AsyncIterator[Control]:
    ctl = Control(emulator)
    yield ctl
    await ctl.http.aclose()


@pytest.fixture
def settings(tmp_path: Path, emulator: RunningEmulator) -> Settings:
    home = tmp_path / "home"
    return Settings(
        token=Secret(TOKEN),
        token_source="env",
        api_base=emulator.base_url,
        home=home,
        output_dir=home / "tracks",
    )


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


def _summary_dir(factory: pytest.TempPathFactory, worker: bool) -> Path:
    """One folder the whole run shares: xdist workers' temp roots sit inside the controller's."""
    base = factory.getbasetemp()
    return (base.parent if worker else base) / "summary"


@pytest.fixture
def summary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], None]:
    """Lines a test wants shown at the end of the run (figures it measured), whatever worker ran it."""
    folder = _summary_dir(tmp_path_factory, hasattr(request.config, "workerinput"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{request.node.nodeid.replace('/', '_').replace(':', '_')}.txt"

    def add(line: str) -> None:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line.rstrip() + "\n")

    return add


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    folder = _summary_dir(config._tmp_path_factory, False)  # type: ignore[attr-defined]
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        terminalreporter.section("measured")
        for path in files:
            terminalreporter.write(path.read_text(encoding="utf-8"))
