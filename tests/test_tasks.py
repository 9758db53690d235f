"""MCP tasks (2025-11-25) through the SDK's client session: a task-augmented call returns a task at
once, tasks/get polls it, tasks/result delivers the track, tasks/cancel reaches the emulator."""

from __future__ import annotations

import time

import anyio
import pytest
from mcp_types import (
    CallToolResult,
    CancelTaskRequest,
    CancelTaskRequestParams,
    CancelTaskResult,
    CreateTaskResult,
    GetTaskPayloadRequest,
    GetTaskPayloadRequestParams,
    GetTaskRequest,
    GetTaskRequestParams,
    GetTaskResult,
)

from tests.helpers import Control, create_task, mcp_client

pytestmark = pytest.mark.anyio


async def test_server_declares_task_support_for_generating_tools_only(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        caps = client.server_capabilities
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert caps.tasks is not None and caps.tasks.requests.tools.call is not None
    assert caps.resources is not None and caps.resources.list_changed is True
    assert tools["text_to_audio"].execution.task_support == "optional"
    assert tools["music_job"].execution is None


async def test_a_task_is_returned_at_once_polled_and_its_result_is_the_track(tmp_path, emulator, control: Control):
    await control.config(render_speed=2, queue_delay=0.5)  # a 10 s render takes ~5 s
    async with mcp_client(tmp_path, emulator) as client:
        session = client.session
        started = time.monotonic()
        created = CreateTaskResult.model_validate(
            await create_task(session, "text_to_audio", {"tags": "x", "duration": 10}), by_name=False
        )
        assert time.monotonic() - started < 2
        task = created.task
        assert task.status == "working" and task.task_id.startswith("job_") and task.poll_interval == 2000
        statuses = set()
        with anyio.fail_after(30):
            while True:
                got = await session.send_request(
                    GetTaskRequest(params=GetTaskRequestParams(task_id=task.task_id)), GetTaskResult
                )
                statuses.add(got.status)
                if got.status != "working":
                    break
                await anyio.sleep(0.5)
        assert statuses == {"working", "completed"}
        payload = await session.send_request(
            GetTaskPayloadRequest(params=GetTaskPayloadRequestParams(task_id=task.task_id)), CallToolResult
        )
        assert not payload.is_error
        assert payload.structured_content["duration_s"] == 10.0
        assert payload.content[1].uri == payload.structured_content["uri"]
        # The same job through music_job: one job, one submit.
        same = await client.call_tool("music_job", {"action": "result", "job_id": task.task_id})
        assert same.structured_content["track_id"] == payload.structured_content["track_id"]
    assert (await control.submits())["total"] == 1


async def test_tasks_result_blocks_until_done_and_cancel_reaches_the_emulator(tmp_path, emulator, control: Control):
    await control.config(queue_delay=60)
    async with mcp_client(tmp_path, emulator) as client:
        session = client.session
        created = CreateTaskResult.model_validate(
            await create_task(session, "text_to_audio", {"tags": "x", "duration": 5}), by_name=False
        )
        task_id = created.task.task_id
        with anyio.fail_after(10):
            while not await control.jobs():
                await anyio.sleep(0.05)
        cancelled = await session.send_request(
            CancelTaskRequest(params=CancelTaskRequestParams(task_id=task_id)), CancelTaskResult
        )
        assert cancelled.status == "cancelled"
        payload = await session.send_request(
            GetTaskPayloadRequest(params=GetTaskPayloadRequestParams(task_id=task_id)), CallToolResult
        )
        assert payload.is_error
    assert [j["status"] for j in await control.jobs()] == ["cancelled"]


async def test_a_task_call_with_bad_input_is_an_error_and_submits_nothing(tmp_path, emulator, control: Control):
    async with mcp_client(tmp_path, emulator) as client:
        result = CallToolResult.model_validate(
            await create_task(client.session, "text_to_audio", {"tags": "x", "duration": 2}), by_name=False
        )
    assert result.is_error and "`duration` is 2" in result.content[0].text
    assert (await control.submits())["total"] == 0


async def test_a_client_without_tasks_gets_the_bounded_wait(tmp_path, emulator, control: Control):
    await control.config(queue_delay=60)
    async with mcp_client(tmp_path, emulator) as client:
        plain = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "wait_s": 1})
    assert plain.structured_content["status"] == "running"
