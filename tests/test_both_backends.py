"""The money, fault and edit promises, on both backends (issue 31): RunComfy's Model API (its emulator, passing
for RunComfy so jobs count as paid) and a self-hosted ACE-Step 1.5 server (its emulator), each through the real
server and a real MCP client.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx2
import numpy as np
import pytest
import soundfile

from ace_step_mcp.emulator import serve_acestep15
from ace_step_mcp.emulator.acestep15 import Acestep15Config
from tests.helpers import Control, mcp_client, server_pids

pytestmark = [pytest.mark.anyio, pytest.mark.e2e]


@dataclass
class Rig:
    """One backend under test: how to reach it, its new-track tool, and its control surface."""

    name: str
    emulator: Any  # the RunComfy emulator (RUNCOMFY_MODEL_API_BASE), or None
    env: dict[str, str]
    t2a: str
    control: Control | None = None
    v15: Any = None

    async def drop_next_submit(self) -> None:
        if self.control is not None:
            await self.control.faults({"on": "submit", "drop": True})
        else:
            await self._v15_config(drop_submits=1)

    async def slow(self) -> None:
        if self.control is not None:
            await self.control.config(render_speed=2, queue_delay=0.5)
        else:
            await self._v15_config(render_speed=2, queue_delay=0.5)

    async def submits(self) -> int:
        if self.control is not None:
            return int((await self.control.submits())["total"])
        async with httpx2.AsyncClient() as http:
            return int((await http.get(f"{self.v15.base_url}/_emulator/submits")).json()["total"])

    async def _v15_config(self, **values: Any) -> None:
        async with httpx2.AsyncClient() as http:
            (await http.post(f"{self.v15.base_url}/_emulator/config", json=values)).raise_for_status()


@pytest.fixture(params=["runcomfy", "acestep15"])
async def rig(request, emulator) -> AsyncIterator[Rig]:
    if request.param == "runcomfy":
        control = Control(emulator)
        yield Rig("runcomfy", emulator, {}, "text_to_audio", control=control)
        await control.http.aclose()
        return
    async with serve_acestep15(Acestep15Config(render_speed=0, queue_delay=0)) as v15:
        env = {"ACE_STEP_MCP_BACKEND": "acestep15", "ACESTEP_API_URL": v15.base_url}
        yield Rig("acestep15", None, env, "text_to_audio_v15", v15=v15)


def ledger(tmp_path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    db.row_factory = sqlite3.Row
    return db


async def test_an_edit_keeps_the_original_outside_its_window_bit_for_bit(rig: Rig, tmp_path):
    async with mcp_client(tmp_path, rig.emulator, **rig.env) as client:
        made = await client.call_tool(rig.t2a, {"tags": "lo-fi, 84 BPM", "duration": 12, "seed": 3})
        assert not made.is_error, made.content
        src, rate = soundfile.read(made.structured_content["path"], dtype="int16", always_2d=True)
        track = made.structured_content["track_id"]
        edited = await client.call_tool(
            "audio_inpaint", {"audio": track, "tags": "piano", "start_time": 5, "end_time": 8}
        )
        grown = await client.call_tool(
            "audio_outpaint", {"audio": track, "tags": "outro", "extend_before_duration": 3, "extend_after_duration": 4}
        )
    assert not edited.is_error and not grown.is_error, (edited.content, grown.content)
    new, _ = soundfile.read(edited.structured_content["path"], dtype="int16", always_2d=True)
    pad = int(0.1 * rate)
    assert len(new) == len(src)
    assert np.array_equal(new[: 5 * rate - pad], src[: 5 * rate - pad])
    assert np.array_equal(new[8 * rate + pad :], src[8 * rate + pad :])
    assert not np.array_equal(new[6 * rate : 7 * rate], src[6 * rate : 7 * rate])
    longer, _ = soundfile.read(grown.structured_content["path"], dtype="int16", always_2d=True)
    assert len(longer) == pytest.approx(19 * rate, abs=rate // 50)
    assert np.array_equal(longer[3 * rate + pad : 15 * rate - pad], src[pad : 12 * rate - pad])  # the original, kept
    assert await rig.submits() == 3


async def test_a_submit_whose_answer_is_lost_is_recorded_unknown_and_never_sent_again(rig: Rig, tmp_path):
    await rig.drop_next_submit()
    async with mcp_client(tmp_path, rig.emulator, **rig.env) as client:
        result = await client.call_tool(rig.t2a, {"tags": "x", "duration": 10})
    assert result.is_error
    text = result.content[0].text
    row = ledger(tmp_path).execute("SELECT state, body_hash FROM jobs").fetchone()
    assert row["state"] == "unknown" and row["body_hash"][:16] in text
    assert "may or may not be running" in text or "may be rendering there" in text  # uncertain, said so
    async with mcp_client(tmp_path, rig.emulator, **rig.env) as client:  # a restart does not resend it either
        listed = await client.call_tool("music_job", {"action": "list"})
    assert [j["state"] for j in listed.structured_content["jobs"]] == ["unknown"]
    assert await rig.submits() == 1


async def test_our_server_killed_mid_job_is_followed_by_the_next_one_and_never_resubmits(rig: Rig, tmp_path):
    await rig.slow()  # 10 s of audio: ~5 s to render
    home = tmp_path / "home"
    with contextlib.suppress(BaseException):
        async with mcp_client(tmp_path, rig.emulator, **rig.env) as client:
            first = await client.call_tool(rig.t2a, {"tags": "x", "duration": 10, "wait_s": 1})
            job_id = first.structured_content["job_id"]
            for pid in server_pids(home):
                os.kill(pid, signal.SIGKILL)
            await anyio.sleep(0.2)
    row = ledger(tmp_path).execute("SELECT state, request_id FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
    assert row["state"] == "submitted" and row["request_id"]
    async with mcp_client(tmp_path, rig.emulator, **rig.env) as client:
        done = await client.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 60})
    assert not done.is_error, done.content
    assert done.structured_content["duration_s"] == pytest.approx(10.0)
    assert await rig.submits() == 1
