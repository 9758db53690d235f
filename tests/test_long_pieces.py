"""A piece longer than one render is one plan with one id (issue 26): confirmed once for its total,
recorded before its first submit, resumed (never planned or paid again) by a repeated call,
`music_job` or a task, and every reply names every track already paid for. Run against the emulator
answering as the paid service, so every submit is counted and billed."""

from __future__ import annotations

import anyio
import pytest
from mcp_types import (
    CallToolResult,
    CreateTaskResult,
    GetTaskPayloadRequest,
    GetTaskPayloadRequestParams,
)

from tests.helpers import Control, create_task, mcp_client

pytestmark = [pytest.mark.anyio, pytest.mark.long]  # their own run: `pytest -m long`

TEN_MINUTES = {"request": "a 10 minute ambient drone, slow pads", "wait_s": 1}
# A call that is meant to see renders finish waits this long (it returns as soon as they do), and the
# client's read timeout is longer still: three 240 s renders take 45 s here alone and past 60 s with
# four workers on two cores, where a 60 s wait ended as a client timeout, not as a finding.
FINISH_S = 300
READ_S = FINISH_S + 60


def _code(text: str) -> str:
    return text.split("confirm_spend: '")[1].split("'")[0]


async def _until_done(client, first, arguments, limit_s: float = 300):
    """Follow what a client without elicitation does: repeat the exact call until it is not running.
    Bounded by time, generously, not by a count of repeats: on a busy machine each repeat's splice
    takes longer, and how many repeats it takes is not what is tested (each step paid once is)."""
    result = first
    with anyio.fail_after(limit_s):
        while not result.is_error and (result.structured_content or {}).get("status") == "running":
            result = await client.call_tool("make_music", arguments)
    return result


async def test_a_ten_minute_track_finishes_after_one_confirmation_of_its_total_each_step_paid_once(
    tmp_path, emulator, control: Control
):
    """The red-team case: a client without elicitation follows 'repeat this exact call with
    confirm_spend'. Before the fix each repeat planned the piece again and paid step 1 again."""
    await control.config(render_speed=400, queue_delay=0.3)  # each step outlasts a 1 s wait at least once
    env = {"ACE_STEP_MCP_CONFIRM_ABOVE_USD": "0.01"}
    async with mcp_client(tmp_path, emulator, **env) as client:
        asked = await client.call_tool("make_music", TEN_MINUTES)
        assert asked.is_error
        question = asked.content[0].text
        # The question names the total and every step, and nothing was sent or recorded.
        assert "in all for a piece of 3 calls" in question, question
        assert "$0.1200 in all" in question and "1. text_to_audio 240 s $0.0480" in question
        assert "2. audio_outpaint +" in question and "3. audio_outpaint +" in question
        assert (await control.submits())["total"] == 0
        arguments = {**TEN_MINUTES, "confirm_spend": _code(question)}
        done = await _until_done(client, await client.call_tool("make_music", arguments), arguments)
    assert not done.is_error, done.content
    out = done.structured_content
    assert out["duration_s"] == pytest.approx(600.0, abs=0.5)
    plan = out["plan"]
    assert plan["plan_id"].startswith("pln_") and plan["steps_done"] == 3 and len(plan["tracks_made"]) == 3
    jobs = await control.jobs()
    assert (await control.submits())["total"] == 3 == len(jobs)  # each step submitted once
    billed = round(sum(j["billed_usd"] for j in jobs), 6)
    assert billed == pytest.approx(plan["total_estimate_usd"], rel=0.05)


async def test_a_cap_that_stops_a_later_step_names_the_tracks_already_paid_for(tmp_path, emulator, control):
    """Step 1 fits under the total cap and step 2 does not: the refusal names step 1's track, and a
    repeat resumes the plan (still refused) instead of paying step 1 again."""
    env = {"ACE_STEP_MCP_MAX_USD_TOTAL": "0.06"}  # step 1 is $0.048, each later step $0.036
    arguments = {"request": "a 10 minute ambient drone, slow pads", "wait_s": FINISH_S}
    async with mcp_client(tmp_path, emulator, read_timeout=READ_S, **env) as client:
        stopped = await client.call_tool("make_music", arguments)
        again = await client.call_tool("make_music", arguments)
    assert stopped.is_error and again.is_error
    text = stopped.content[0].text
    assert "cap" in text and "Already made and paid for (1 of 3 steps of plan pln_" in text, text
    track = text.split("step 1 ")[1].split(".")[0]
    assert track.startswith("trk_") and track in again.content[0].text
    assert "music_job" in text and "'wait'" in text
    assert (await control.submits())["total"] == 1


async def test_a_middle_step_that_fails_names_the_paid_tracks_and_a_resume_tries_only_that_step(
    tmp_path, emulator, control
):
    arguments = {"request": "a 10 minute ambient drone, slow pads", "wait_s": FINISH_S}
    async with mcp_client(tmp_path, emulator, read_timeout=READ_S) as client:
        result = await client.call_tool("make_music", {**arguments, "wait_s": 0})  # step 1 started
        plan_id = result.structured_content["plan"]["plan_id"]
        await control.faults({"on": "job", "fail": "GPU lost", "count": 1})
        stopped = await client.call_tool("music_job", {"action": "wait", "job_id": plan_id, "wait_s": FINISH_S})
        assert stopped.is_error
        text = stopped.content[0].text
        assert "Step 2 made no track" in text and "GPU lost" in text and "step 1 trk_" in text, text
        resumed = await client.call_tool("music_job", {"action": "wait", "job_id": plan_id, "wait_s": FINISH_S})
    assert not resumed.is_error, resumed.content
    assert resumed.structured_content["duration_s"] == pytest.approx(600.0, abs=0.5)
    # Step 1 once, step 2 twice (the failed render billed nothing), step 3 once.
    assert (await control.submits())["total"] == 4
    assert sum(1 for j in await control.jobs() if j["billed_usd"] > 0) == 3


async def test_a_person_cancel_stops_further_steps(tmp_path, emulator, control):
    await control.config(render_speed=50, queue_delay=0.2)
    arguments = {"request": "a 10 minute ambient drone, slow pads", "wait_s": 0.5}
    async with mcp_client(tmp_path, emulator) as client:
        running = await client.call_tool("make_music", arguments)
        plan_id = running.structured_content["plan"]["plan_id"]
        assert plan_id in running.content[0].text
        cancelled = await client.call_tool("music_job", {"action": "cancel", "job_id": plan_id})
        assert "is cancelled: no further step starts" in cancelled.content[0].text
        after = await client.call_tool("music_job", {"action": "wait", "job_id": plan_id, "wait_s": 5})
        assert "cancelled" in after.content[0].text
        await anyio.sleep(2)
    assert (await control.submits())["total"] == 1


async def test_a_client_that_went_away_starts_no_further_step(tmp_path, emulator, control):
    """The call is cancelled mid-piece (its client left): the step that runs was confirmed and is
    kept, no later step is submitted, and the next call resumes from there."""
    await control.config(render_speed=60, queue_delay=0.2)
    arguments = {"request": "a 10 minute ambient drone, slow pads", "wait_s": FINISH_S}
    async with mcp_client(tmp_path, emulator, read_timeout=READ_S) as client:
        # The client leaves once step 1 is submitted (not after a fixed time: on a busy machine the
        # call may not have reached its first submit within any given second).
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.call_tool, "make_music", arguments)
            with anyio.fail_after(60):
                while (await control.submits())["total"] < 1:
                    await anyio.sleep(0.05)
            tg.cancel_scope.cancel()
        await anyio.sleep(8)  # step 1 (240 s at 60x) renders meanwhile; nobody starts step 2
        assert (await control.submits())["total"] == 1
        await control.config(render_speed=0)
        done = await client.call_tool("make_music", arguments)
    assert not done.is_error, done.content
    assert done.structured_content["duration_s"] == pytest.approx(600.0, abs=0.5)
    assert (await control.submits())["total"] == 3


async def test_a_task_runs_the_whole_plan(tmp_path, emulator, control):
    async with mcp_client(tmp_path, emulator) as client:
        session = client.session
        created = CreateTaskResult.model_validate(
            await create_task(session, "make_music", {"request": "a 10 minute ambient drone, slow pads"}),
            by_name=False,
        )
        with anyio.fail_after(FINISH_S):
            # (tasks/result waits for the whole plan, three chained renders: the session's 60 s read timeout is for
            # one answer, and under the long run's load the plan can take longer; the test's own bound is FINISH_S)
            payload = await session.send_request(
                GetTaskPayloadRequest(params=GetTaskPayloadRequestParams(task_id=created.task.task_id)),
                CallToolResult,
                request_read_timeout_seconds=FINISH_S,
            )
    assert not payload.is_error, payload.content
    out = payload.structured_content
    assert out["duration_s"] == pytest.approx(600.0, abs=0.5)
    assert out["plan"]["steps_done"] == 3
    assert (await control.submits())["total"] == 3
