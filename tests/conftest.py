"""Shared fixtures: a real emulator on a loopback port, and settings that point at it.

Every integration test talks to the emulator over real HTTP; nothing of ours is mocked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from ace_step_mcp.emulator import RunningEmulator, serve_emulator
from ace_step_mcp.emulator.app import EmulatorConfig
from ace_step_mcp.settings import BackendSettings, Secret, Settings, StoreSettings
from tests.helpers import TOKEN, Control


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def emulator() -> AsyncIterator[RunningEmulator]:
    # It passes for RunComfy (identify=False), so jobs through it count as paid: caps and spend are tested.
    async with serve_emulator(EmulatorConfig(render_speed=0, queue_delay=0.05, identify=False)) as emu:
        yield emu


@pytest.fixture
async def control(emulator: RunningEmulator) -> AsyncIterator[Control]:
    ctl = Control(emulator)
    yield ctl
    await ctl.http.aclose()


@pytest.fixture
def settings(tmp_path: Path, emulator: RunningEmulator) -> Settings:
    home = tmp_path / "home"
    return Settings(
        backend=BackendSettings(token=Secret(TOKEN), token_source="env", api_base=emulator.base_url),
        store=StoreSettings(home=home, output_dir=home / "tracks"),
    )


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
    folder = _summary_dir(config._tmp_path_factory, False)
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        terminalreporter.section("measured")
        for path in files:
            terminalreporter.write(path.read_text(encoding="utf-8"))
