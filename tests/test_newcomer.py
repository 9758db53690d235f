"""A newcomer's first hour: offline that says so and costs nothing, honest time estimates, progress a
client can draw, tracks listed at once, and questions whose answers are checked."""

from __future__ import annotations

import time

import pytest
from mcp import Client
from mcp_types import ElicitResult

from ace_step_mcp.emulator import serve_emulator
from ace_step_mcp.emulator.app import EmulatorConfig
from ace_step_mcp.settings import SpendCaps
from tests.helpers import T2A_MODEL, Control, mcp_client, params, run_cli
from tests.portkit import LEDGERS

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("token", ["", "dummy-token"])
async def test_an_emulator_named_by_the_api_base_is_used_and_its_jobs_stay_free_previews(tmp_path, token):
    async with serve_emulator(EmulatorConfig(render_speed=0, queue_delay=0.05)) as emu:  # identifies itself
        ctl = Control(emu)
        async with mcp_client(tmp_path, emu, RUNCOMFY_TOKEN=token) as client:
            made = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
            listed = await client.call_tool("music_job", {"action": "list"})
        submits = (await ctl.submits())["total"]
        await ctl.http.aclose()
        spend = await run_cli(tmp_path, emu, "spend", RUNCOMFY_TOKEN=token)
    assert not made.is_error, made.content
    assert submits == 1  # the emulator the user named rendered it, not a hidden in-process one
    result = made.structured_content
    assert result["offline_preview"] is True and result["cost_usd"] == 0.0
    assert "free (on RunComfy about $0.0010)" in made.content[0].text
    assert listed.structured_content["jobs"][0]["charged"] is False
    assert spend.stdout.decode().strip() == "no spend recorded"


async def test_offline_speed_is_a_setting(tmp_path):
    env = {"RUNCOMFY_TOKEN": "", "ACE_STEP_MCP_EMULATOR_RENDER_SPEED": "1", "ACE_STEP_MCP_EMULATOR_QUEUE_DELAY": "0"}
    async with mcp_client(tmp_path, None, **env) as client:
        slow = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10, "wait_s": 2})
    assert slow.structured_content["status"] == "running"  # 10 s of audio at 1 s per second
    bad = await run_cli(tmp_path, None, "serve", "--offline", ACE_STEP_MCP_EMULATOR_RENDER_SPEED="fast")
    assert bad.returncode == 64
    assert "ACE_STEP_MCP_EMULATOR_RENDER_SPEED must be a number of 0 or more, not 'fast'." in bad.stderr.decode()


@pytest.mark.parametrize("kind", LEDGERS)
async def test_the_time_left_is_learned_from_the_same_side_only(tmp_path, kind):
    from ace_step_mcp.ports.values import JobChange, JobState, NewJob
    from tests.portkit import open_ledger

    async with open_ledger(kind, tmp_path) as ledger:
        for i, (offline, wall) in enumerate([(True, 0.5)] * 5 + [(False, 30.0)] * 2):
            job = NewJob(
                job_id=f"j{i}", tool="text_to_audio", model_id=T2A_MODEL, body={}, body_hash=f"h{i}", estimate_usd=0.01
            )
            await ledger.open_jobs([job], SpendCaps(), offline=offline)
            await ledger.update_job(f"j{i}", JobChange(state=JobState.DONE, gen_s=30.0, wall_s=wall))
        assert await ledger.expected_wall_s(T2A_MODEL, 30.0, offline=False) == pytest.approx(30.0)
        assert await ledger.expected_wall_s(T2A_MODEL, 30.0, offline=True) == pytest.approx(0.5)


async def test_stored_tracks_are_listed_right_after_connecting(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        made = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
    started = time.monotonic()
    async with mcp_client(tmp_path, emulator) as client:
        listed = await client.list_resources()
    assert time.monotonic() - started < 30
    assert f"music://tracks/{made.structured_content['track_id']}" in {str(r.uri) for r in listed.resources}


async def test_an_out_of_range_answer_is_one_sentence_and_the_question_asks_for_seconds(
    tmp_path, emulator, control: Control
):
    asked: list[str] = []

    async def answer(context, request_params):
        asked.append(request_params.message)
        return ElicitResult(action="accept", content={"start_time": 300, "end_time": 310})

    async with Client(params(tmp_path, emulator), mode="legacy", elicitation_callback=answer) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 6})
        fixed = await client.call_tool(
            "make_music", {"request": "fix the chorus", "audio": first.structured_content["track_id"]}
        )
    assert "in seconds" in asked[0] and "m:ss" not in asked[0]
    assert fixed.is_error
    assert fixed.content[0].text == (
        "That answer cannot be used, so nothing was planned or spent: `start_time` is 300 but must be a number "
        "from 0 to 240."
    )
    assert (await control.submits())["total"] == 1
