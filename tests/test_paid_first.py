"""Paid work first (issue 26): free CPU-heavy work (`process_track`, the player's analysis) has a
thread and a bounded queue of its own, so a paid edit's splice never waits behind it. The red team
saw a paid splice wait 669 s behind six free 60-minute `process_track` calls (1.0 s alone)."""

from __future__ import annotations

import anyio
import pytest

from ace_step_mcp.endpoints import BY_TOOL
from ace_step_mcp.errors import BackendUnavailable
from ace_step_mcp.jobs.service import FREE_QUEUE
from ace_step_mcp.wiring import open_service
from tests.helpers import finish, t2a

pytestmark = pytest.mark.anyio

HEAVY = {"output_format": "flac", "loudness_lufs": -14.0, "fade_out_s": 3.0}


@pytest.mark.long
async def test_a_paid_splice_does_not_wait_behind_free_processing(settings):
    async with open_service(settings) as service:
        long = await finish(service, await service.start(t2a(duration=60, seed=1)))
        short = await finish(service, await service.start(t2a(duration=10, seed=2)))
        assert long.track is not None and short.track is not None
        began = anyio.current_time()
        await service.process_track(long.track.track_id, HEAVY)
        alone = anyio.current_time() - began  # one free job, the machine as busy as it is now
        ended: dict[str, float] = {}

        async def free(i: int) -> None:
            await service.process_track(long.track.track_id, {**HEAVY, "loudness_lufs": -14.0 - i})
            ended[f"free{i}"] = anyio.current_time()

        async def paid() -> None:
            ended["paid_began"] = anyio.current_time()
            request = await service.prepare(
                BY_TOOL["audio_inpaint"],
                {"audio": short.track.track_id, "tags": "piano", "start_time": 2, "end_time": 4},
            )
            done = await finish(service, await service.start(request), limit_s=600)
            assert done.track is not None and done.track.edit is not None and done.track.edit.spliced
            ended["paid"] = anyio.current_time()

        async with anyio.create_task_group() as tg:
            for i in range(4):
                tg.start_soon(free, i)
            await anyio.sleep(0.2)  # the free work is queued first
            tg.start_soon(paid)
    # Queued behind the free work, the paid edit would take longer than one free job (several are
    # ahead of it: measured 1.7x); on a thread of its own it takes its render, download and splice (0.3x).
    assert ended["paid"] - ended["paid_began"] < alone, (alone, ended)


async def test_free_work_beyond_its_queue_is_refused_in_one_sentence(settings):
    async with open_service(settings) as service:
        made = await finish(service, await service.start(t2a(duration=20, seed=3)))
        assert made.track is not None
        outcomes: list[object] = []

        async def free(i: int) -> None:
            try:
                outcomes.append(await service.process_track(made.track.track_id, {**HEAVY, "fade_in_s": 1 + i}))
            except BackendUnavailable as exc:
                outcomes.append(exc)

        async with anyio.create_task_group() as tg:
            for i in range(FREE_QUEUE + 3):
                tg.start_soon(free, i)
    refused = [o for o in outcomes if isinstance(o, BackendUnavailable)]
    assert len(refused) == 3 and len(outcomes) == FREE_QUEUE + 3
    assert "free audio jobs" in str(refused[0]) and "try again" in str(refused[0])
