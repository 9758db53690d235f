"""The job core on any adapters of its ports: the money rules hold on both ledgers (SQLite through its
worker thread, and in memory) and on both kinds of backend (the emulator over loopback HTTP, and an
in-process test backend with no HTTP at all). Each test runs on all four combinations."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import anyio
import pytest

from ace_step_mcp.endpoints import BY_TOOL, validate_body, wire_dict
from ace_step_mcp.errors import SpendRefused
from ace_step_mcp.ports import Ports
from ace_step_mcp.ports.values import JobRequest, JobState
from ace_step_mcp.settings import Settings, SpendCaps
from ace_step_mcp.stores.files import LocalFiles
from ace_step_mcp.wiring import open_service
from tests.helpers import TOKEN, Control
from tests.portkit import LEDGERS, InProcessBackend, open_ledger

pytestmark = pytest.mark.anyio
T2A = BY_TOOL["text_to_audio"]


def t2a(duration: int = 5, seed: int = -1) -> JobRequest:
    body = validate_body(T2A, {"tags": "ports", "duration": duration, "seed": seed})
    return JobRequest(T2A, wire_dict(body), T2A.estimate_usd(body))


@dataclass
class Rig:
    """One combination: the ports, and how to ask its backend what it was sent and billed."""

    ports: Ports
    settings: Settings
    backend_kind: str
    control: Control | None = None
    inproc: InProcessBackend | None = None

    async def submits(self) -> int:
        if self.inproc is not None:
            return len(self.inproc.submits)
        assert self.control is not None
        return int((await self.control.submits())["total"])

    async def billed(self) -> float:
        if self.inproc is not None:
            return self.inproc.billed_usd
        assert self.control is not None
        return round(sum(j["billed_usd"] for j in await self.control.jobs()), 6)

    async def lose_next_submit_answer(self) -> None:
        if self.inproc is not None:
            self.inproc.lose_answers = 1
        else:
            assert self.control is not None
            await self.control.faults({"on": "submit", "gateway": 502, "count": 1})  # created, answer lost

    async def hold_in_queue(self) -> None:
        if self.inproc is not None:
            self.inproc.hold = True
        else:
            assert self.control is not None
            await self.control.config(queue_delay=30.0)


@contextlib.asynccontextmanager
async def rig(
    kind: str, tmp_path: Path, settings: Settings, control: Control, **groups: dict[str, Any]
) -> AsyncIterator[Rig]:
    ledger_kind, backend_kind = kind.split("+")
    settings = settings.changed(**groups)
    async with open_ledger(ledger_kind, tmp_path) as ledger, contextlib.AsyncExitStack() as stack:
        if backend_kind == "inprocess":
            inproc = await stack.enter_async_context(InProcessBackend().running())
            ports = Ports(backend=inproc, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
            yield Rig(ports, settings, backend_kind, inproc=inproc)
            return
        from ace_step_mcp.backends.runcomfy import ModelApiClient, RunComfyBackend, runcomfy_offer

        client = ModelApiClient(settings.backend.api_base, TOKEN)
        stack.push_async_callback(client.aclose)
        backend = RunComfyBackend(client, runcomfy_offer(free=False))
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir), http=client.http)
        yield Rig(ports, settings, backend_kind, control=control)


@contextlib.asynccontextmanager
async def two_processes(
    settings: Settings, ports: Ports, ledger_kind: str, tmp_path: Path
) -> AsyncIterator[tuple[Any, Any]]:
    """Two job services on one ledger, as two processes of a deployment: on SQLite each has its own
    connection to the same file; in memory they share the ledger."""
    async with contextlib.AsyncExitStack() as stack:
        other: Any = ports.ledger
        if ledger_kind != "memory":  # its own connection to the same database, as another process has
            other = await stack.enter_async_context(open_ledger(ledger_kind, tmp_path))
        first = await stack.enter_async_context(open_service(settings, ports=ports))
        second = await stack.enter_async_context(open_service(settings, ports=replace(ports, ledger=other)))
        yield first, second


KINDS = [
    "sqlite+emulator",
    "memory+emulator",
    "sqlite+inprocess",
    "memory+inprocess",
    pytest.param("postgres+emulator", marks=pytest.mark.team),
    pytest.param("postgres+inprocess", marks=pytest.mark.team),
]


@pytest.mark.parametrize("kind", KINDS)
async def test_every_job_is_in_the_ledger_submitted_once_and_recorded_spend_is_what_was_billed(
    kind, tmp_path, settings, control
):
    async with rig(kind, tmp_path, settings, control) as r, open_service(r.settings, ports=r.ports) as service:
        takes = await service.start_takes([t2a(seed=s) for s in (1, 2, 3)])
        singles = [await service.start(t2a(duration=6)) for _ in range(3)]
        with anyio.fail_after(60):
            ended = [await service.wait(v.job_id, timeout_s=None) for v in [*takes, *singles]]
        assert all(v.state is JobState.DONE and v.track is not None for v in ended), [v.error for v in ended]
        assert all(Path(v.track.path).is_file() for v in ended if v.track)
        assert len({v.track.track_id for v in ended if v.track}) == 6
        spent = (await service.spend()).total_usd
        listed = {v.job_id for v in await service.jobs(limit=50)}
    assert await r.submits() == 6
    assert listed == {v.job_id for v in ended}
    assert spent == pytest.approx(await r.billed(), abs=1e-9) and spent > 0


@pytest.mark.parametrize("kind", KINDS)
async def test_a_lost_submit_answer_is_unknown_counts_against_the_caps_and_is_never_sent_again(
    kind, tmp_path, settings, control
):
    async with rig(kind, tmp_path, settings, control) as r, open_service(r.settings, ports=r.ports) as service:
        await r.lose_next_submit_answer()
        view = await service.start(t2a())
        with anyio.fail_after(30):
            view = await service.wait(view.job_id, timeout_s=None)
        assert view.state is JobState.UNKNOWN and view.track is None
        assert "may or may not" in (view.error or "") or "lost" in (view.error or "") or view.error
        assert (await service.spend()).total_usd == pytest.approx(view.estimate_usd)
        await service.resume_open_jobs()  # a restart's pass: an unknown submit is not resent
        await anyio.sleep(0.3)
    assert await r.submits() == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_the_caps_refuse_before_anything_is_written_or_sent(kind, tmp_path, settings, control):
    caps = SpendCaps(per_day=0.0025)  # a 5 s render is $0.001
    async with (
        rig(kind, tmp_path, settings, control, money={"caps": caps}) as r,
        open_service(r.settings, ports=r.ports) as service,
    ):
        with pytest.raises(SpendRefused, match="daily cap"):
            await service.start_takes([t2a(seed=s) for s in range(3)])  # $0.003: all of them or none
        assert await service.jobs(limit=10) == []
        ok = await service.start_takes([t2a(seed=s) for s in range(2)])  # $0.002 fits
        with anyio.fail_after(30):
            for v in ok:
                await service.wait(v.job_id, timeout_s=None)
        with pytest.raises(SpendRefused, match="daily cap"):
            await service.start(t2a())  # $0.002 spent + $0.001 > $0.0025
        listed = await service.jobs(limit=10)
    assert len(listed) == 2
    assert await r.submits() == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_identical_fixed_seed_calls_started_together_pay_once(kind, tmp_path, settings, control):
    async with rig(kind, tmp_path, settings, control) as r, open_service(r.settings, ports=r.ports) as service:
        views: list[Any] = [None] * 5

        async def start(i: int) -> None:
            views[i] = await service.start(t2a(seed=42))

        async with anyio.create_task_group() as tg:
            for i in range(5):
                tg.start_soon(start, i)
        with anyio.fail_after(30):
            ended = [await service.wait(v.job_id, timeout_s=None) for v in views]
        again = await service.start(t2a(seed=42))  # after it ended: the stored track is reused
    assert {v.track.track_id for v in ended if v.track} == {ended[0].track.track_id}
    assert again.deduplicated and again.track is not None
    assert await r.submits() == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_a_cancel_while_queued_bills_nothing(kind, tmp_path, settings, control):
    async with rig(kind, tmp_path, settings, control) as r, open_service(r.settings, ports=r.ports) as service:
        await r.hold_in_queue()
        view = await service.start(t2a())
        with anyio.fail_after(10):
            while view.request_id is None:
                view = await service.wait(view.job_id, timeout_s=1.0, until_change=True)
        outcome = await service.cancel(view.job_id)
        with anyio.fail_after(10):
            ended = await service.wait(view.job_id, timeout_s=None)
        spent = (await service.spend()).total_usd
    assert outcome.value == "cancelled" and ended.state is JobState.CANCELLED
    assert spent == 0 and await r.billed() == 0


@pytest.mark.parametrize("kind", ["sqlite+inprocess", "memory+inprocess", "sqlite+emulator"])
async def test_a_job_another_service_follows_is_waited_on_through_the_ledger(kind, tmp_path, settings, control):
    """Two job services on one ledger (two processes of a deployment): the one that did not start the
    job cannot take its lease, and its wait returns when the other one's job ends."""
    async with (
        rig(kind, tmp_path, settings, control) as r,
        two_processes(r.settings, r.ports, kind.split("+")[0], tmp_path) as (first, second),
    ):
        view = await first.start(t2a(duration=8))
        with anyio.fail_after(30):
            seen = await second.wait(view.job_id, timeout_s=None)
        assert not seen.driven_here
        assert seen.state is JobState.DONE and seen.track is not None
    assert await r.submits() == 1


@pytest.mark.parametrize("kind", ["sqlite+inprocess", "memory+inprocess"])
async def test_a_confirmation_code_is_single_use_and_bound_to_its_call(kind, tmp_path, settings, control):
    async with rig(kind, tmp_path, settings, control) as r, open_service(r.settings, ports=r.ports) as service:
        await service.issue_code("hash-a", "call-1", ttl_s=60)
        await service.issue_code("hash-b", "call-1", ttl_s=60)
        await service.issue_code("hash-c", "call-1", ttl_s=-1)  # already expired
        assert await service.redeem_code("hash-a", "call-1") is True
        assert await service.redeem_code("hash-a", "call-1") is False  # used
        assert await service.redeem_code("hash-b", "call-2") is False  # another call's: spent all the same
        assert await service.redeem_code("hash-b", "call-1") is False
        assert await service.redeem_code("hash-c", "call-1") is False
        assert await service.redeem_code("never-issued", "call-1") is False


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_job_row_is_born_leased_to_the_process_that_will_submit_it(ledger_kind, tmp_path):
    """Between a row and its submit no other process may take the job (it would call it `unknown`)."""
    from ace_step_mcp.ports.values import NewJob

    async with open_ledger(ledger_kind, tmp_path) as ledger:
        job = NewJob(job_id="job_a", tool="text_to_audio", model_id="m", body={}, body_hash="h", estimate_usd=0.001)
        await ledger.open_jobs([job], SpendCaps(), offline=False, owner="host-a:1:x")
        assert await ledger.claim("job_a", "host-b:2:y") is False
        assert await ledger.claim("job_a", "host-a:1:x") is True
        unowned = NewJob(job_id="job_b", tool="text_to_audio", model_id="m", body={}, body_hash="h", estimate_usd=0.001)
        await ledger.open_jobs([unowned], SpendCaps(), offline=False)
        assert await ledger.claim("job_b", "host-b:2:y") is True


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_plan_is_written_once_and_replaced_only_by_the_writer_that_read_its_version(ledger_kind, tmp_path):
    """A piece longer than one render is one plan: created once, then each step recorded by whoever read
    the latest version (two callers resuming it together cannot both start the same step)."""
    async with open_ledger(ledger_kind, tmp_path) as ledger:
        record = {"steps": [{"endpoint": "text_to_audio", "arguments": {"duration": 240}}], "jobs": [None]}
        assert await ledger.save_plan("pln_a", "key1", record, version=0) is True
        assert await ledger.save_plan("pln_a", "key1", record, version=0) is False  # the id exists
        stored = await ledger.plan("pln_a")
        assert stored is not None and stored["version"] == 1 and stored["record"] == record
        assert stored["key"] == "key1"
        moved = {**record, "jobs": ["job_1"]}
        assert await ledger.save_plan("pln_a", "key1", moved, version=1) is True
        assert await ledger.save_plan("pln_a", "key1", {**record, "jobs": ["job_2"]}, version=1) is False
        again = await ledger.plan("pln_a")
        assert again is not None and again["version"] == 2 and again["record"]["jobs"] == ["job_1"]
        await anyio.sleep(0.01)
        assert await ledger.save_plan("pln_b", "key1", record, version=0) is True
        newest = await ledger.plan_for_key("key1", since=0)
        assert newest is not None and newest["plan_id"] == "pln_b"
        assert await ledger.plan_for_key("key1", since=newest["created_at"] + 1) is None
        assert await ledger.plan_for_key("key2", since=0) is None
        assert await ledger.plan("pln_c") is None


async def test_a_start_cancelled_after_its_row_is_written_still_drives_the_job(tmp_path, settings):
    """A ledger whose verbs reach a server (PostgreSQL next) commits before its answer comes back: a
    caller cancelled in between must not leave the row `pending` with nobody to submit it (it counts
    against the caps as if paid, no wait on it ever ends, and a restart calls it `unknown`)."""
    from ace_step_mcp.stores.files import LocalFiles
    from tests.portkit import SlowAnswerLedger

    ledger = SlowAnswerLedger(answer_s=0.3)
    async with InProcessBackend().running() as backend:
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
        async with open_service(settings, ports=ports) as service:
            with anyio.move_on_after(0.1) as scope:  # the caller gives up while the answer is on its way
                await service.start(t2a())
                await anyio.sleep(5)
            assert scope.cancelled_caught
            (row,) = await ledger.jobs(limit=10)
            with anyio.fail_after(10):
                ended = await service.wait(row.job_id, timeout_s=None)
    assert ended.state is JobState.DONE and ended.track is not None
    assert len(backend.submits) == 1


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_change_made_before_the_stream_starts_is_not_missed(ledger_kind, tmp_path):
    """A wait reads the job, then listens for changes: a job that ends in between must end the wait."""
    from ace_step_mcp.ports.values import JobChange, NewJob

    async with open_ledger(ledger_kind, tmp_path) as ledger:
        job = NewJob(job_id="job_a", tool="text_to_audio", model_id="m", body={}, body_hash="h", estimate_usd=0.001)
        await ledger.open_jobs([job], SpendCaps(), offline=False, owner="elsewhere:1:x")
        seen = await ledger.job("job_a")
        assert seen is not None
        await anyio.sleep(0.01)
        await ledger.update_job("job_a", JobChange(state=JobState.FAILED, error="refused"))  # before the stream
        with anyio.fail_after(5):
            async for row in ledger.changes("job_a", since=seen.updated_at):
                assert row.state is JobState.FAILED
                break


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_wait_on_a_job_whose_driver_went_away_takes_it_over_and_follows_it_to_its_end(
    ledger_kind, tmp_path, settings
):
    """Another process submitted the job and stopped renewing its lease (it died, or hangs): a wait here
    does not listen for changes nobody will make; once the lease lapses this process follows the job."""
    from ace_step_mcp.endpoints import body_hash
    from ace_step_mcp.ports.values import JobChange, NewJob
    from ace_step_mcp.stores.files import LocalFiles

    request = t2a()
    async with open_ledger(ledger_kind, tmp_path) as ledger, InProcessBackend().running() as backend:
        request_id = await backend.submit(T2A.model_id, request.body)  # the other process's submit
        job = NewJob(
            job_id="job_elsewhere", tool=T2A.tool, model_id=T2A.model_id, body=request.body,
            body_hash=body_hash(T2A.model_id, request.body), estimate_usd=request.estimate_usd,
        )  # fmt: skip
        await ledger.open_jobs([job], SpendCaps(), offline=False, owner="another-host:1:x", lease_s=1.0)
        await ledger.update_job("job_elsewhere", JobChange(state=JobState.SUBMITTED, request_id=request_id))
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
        async with open_service(settings, ports=ports) as service:
            with anyio.fail_after(20):
                ended = await service.wait("job_elsewhere", timeout_s=None)
    assert ended.state is JobState.DONE and ended.track is not None
    assert len(backend.submits) == 1


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_wait_on_a_row_whose_submitter_went_away_ends_with_it_unknown(ledger_kind, tmp_path, settings):
    """A row whose process stopped before its submit answered (no request id, lease lapsed): the wait
    does the restart's part (the job becomes `unknown`, never resubmitted) instead of waiting forever."""
    from ace_step_mcp.ports.values import NewJob
    from ace_step_mcp.stores.files import LocalFiles

    async with open_ledger(ledger_kind, tmp_path) as ledger, InProcessBackend().running() as backend:
        job = NewJob(
            job_id="job_gone", tool=T2A.tool, model_id=T2A.model_id, body={}, body_hash="h", estimate_usd=0.001
        )
        await ledger.open_jobs([job], SpendCaps(), offline=False, owner="another-host:1:x", lease_s=1.0)
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
        async with open_service(settings, ports=ports) as service:
            with anyio.fail_after(20):
                ended = await service.wait("job_gone", timeout_s=None)
    assert ended.state is JobState.UNKNOWN and "may or may not" in (ended.error or "")
    assert backend.submits == []


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_cancel_from_another_process_during_the_submit_is_carried_out_by_the_submitter(
    ledger_kind, tmp_path, settings
):
    """Two processes on one ledger: a cancel asked of the one that is not submitting the job must not
    be dropped ('already over') while the other one's submit is in flight: the submitter cancels it
    upstream as soon as its request id is known, so nothing is billed."""
    from ace_step_mcp.ports.values import CancelOutcome
    from ace_step_mcp.stores.files import LocalFiles

    async with (
        InProcessBackend().running() as backend,
        open_ledger(ledger_kind, tmp_path) as ledger,
        two_processes(
            settings, Ports(backend, ledger, LocalFiles(settings.store.tracks_dir)), ledger_kind, tmp_path
        ) as (first, second),
    ):
        backend.hold = True  # queued until cancelled
        backend.submit_s = 1.0
        view = await first.start(t2a())
        await anyio.sleep(0.2)  # the submit is on its way
        outcome = await second.cancel(view.job_id)
        with anyio.fail_after(10):
            ended = await first.wait(view.job_id, timeout_s=None)
    assert outcome is CancelOutcome.REQUESTED
    assert ended.state is JobState.CANCELLED
    assert backend.billed_usd == 0


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_submit_that_outlasts_the_lease_is_not_called_unknown_by_another_process(
    ledger_kind, tmp_path, settings
):
    """A submit can take longer than the row's lease (a large upload on a slow link): the submitter
    renews the lease meanwhile, so another process waiting on the job leaves it alone and the job ends
    with its track, not `unknown` (maybe billed) with nobody following it."""
    from ace_step_mcp.stores.files import LocalFiles

    async with (
        InProcessBackend().running() as backend,
        open_ledger(ledger_kind, tmp_path) as ledger,
        two_processes(
            settings, Ports(backend, ledger, LocalFiles(settings.store.tracks_dir)), ledger_kind, tmp_path
        ) as (first, second),
    ):
        backend.submit_s = 3.0
        first._runner.lease_s = 1.0  # a short lease, so the submit outlasts it
        view = await first.start(t2a())
        with anyio.fail_after(20):
            ended = await second.wait(view.job_id, timeout_s=None)
    assert ended.state is JobState.DONE and ended.track is not None, ended.error
    assert len(backend.submits) == 1


async def test_a_store_error_recording_a_cancel_that_did_not_take_does_not_stop_following_the_paid_job(
    tmp_path, settings
):
    """A cancel asked during the submit that comes too late (the job already renders, so it is billed):
    a ledger that cannot record 'not cancellable' just then must not end the following of a paid job."""
    from ace_step_mcp.ports.values import CancelOutcome
    from ace_step_mcp.stores.files import LocalFiles
    from tests.portkit import FullDiskLedger

    ledger = FullDiskLedger(refuse_status=CancelOutcome.NOT_CANCELLABLE.value)
    async with InProcessBackend().running() as backend:
        backend.submit_s = 0.5  # the render starts at once; the answer comes later
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
        async with open_service(settings, ports=ports) as service:
            view = await service.start(t2a())
            await anyio.sleep(0.2)
            assert await service.cancel(view.job_id) is CancelOutcome.REQUESTED
            with anyio.fail_after(10):
                ended = await service.wait(view.job_id, timeout_s=None)
    assert ended.state is JobState.DONE and ended.track is not None, ended.error


@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_dead_replicas_jobs_are_taken_over_by_the_reclaim_pass_with_no_one_waiting(
    ledger_kind, tmp_path, settings
):
    """A replica on another host submitted one job and was writing another's row when it died; nobody
    asks about either. A live replica's periodic pass follows the submitted one to its end and calls
    the unanswered one `unknown` (never sent again), within a few leases."""
    from ace_step_mcp.endpoints import body_hash
    from ace_step_mcp.ports.values import JobChange, NewJob
    from ace_step_mcp.stores.files import LocalFiles

    request = t2a()
    async with open_ledger(ledger_kind, tmp_path) as ledger, InProcessBackend().running() as backend:
        request_id = await backend.submit(T2A.model_id, request.body)
        digest = body_hash(T2A.model_id, request.body)
        rows = [
            NewJob(job_id=f"job_{name}", tool=T2A.tool, model_id=T2A.model_id, body=request.body,
                   body_hash=digest, estimate_usd=request.estimate_usd)
            for name in ("sent", "unsent")
        ]  # fmt: skip
        await ledger.open_jobs(rows, SpendCaps(), offline=False, owner="another-host:1:x", lease_s=1.0)
        await ledger.update_job("job_sent", JobChange(state=JobState.SUBMITTED, request_id=request_id))
        ports = Ports(backend=backend, ledger=ledger, blobs=LocalFiles(settings.store.tracks_dir))
        async with open_service(settings.changed(store={"lease_s": 4.0}), ports=ports):
            with anyio.fail_after(30):
                while (await ledger.job("job_sent")).state is not JobState.DONE:
                    await anyio.sleep(0.2)
                while (await ledger.job("job_unsent")).state is not JobState.UNKNOWN:
                    await anyio.sleep(0.2)
    assert len(backend.submits) == 1  # the other replica's; nothing was sent again


@pytest.mark.team
async def test_every_replica_may_migrate_at_start_up_at_once(tmp_path):
    from ace_step_mcp.stores.postgres import MIGRATIONS, migrate
    from tests.portkit import postgres_url

    url = postgres_url(tmp_path)
    applied: list[list[int]] = []

    async def one() -> None:
        applied.append(await migrate(url))

    async with anyio.create_task_group() as tg:
        for _ in range(4):
            tg.start_soon(one)
    assert sorted(map(len, applied)) == [0, 0, 0, len(MIGRATIONS)]  # one applied them, three found them done


@pytest.mark.parametrize("bad", ["nan", "text"])
@pytest.mark.parametrize("ledger_kind", LEDGERS)
async def test_a_render_that_is_not_sound_is_refused_at_the_door_and_leaves_no_file(
    ledger_kind, bad, tmp_path, settings, control
):
    """A render full of NaN was spliced in as sound and spread by loudness; one that was an HTML page
    read as 'had not finished' and left an orphan. Now either ends the job `lost` (billed, counted,
    never resent) with one sentence, and no file of it is kept."""
    from ace_step_mcp.errors import AceStepError

    async with rig(f"{ledger_kind}+inprocess", tmp_path, settings, control) as r:
        assert r.inproc is not None
        r.inproc.bad_files.append(bad)
        async with open_service(r.settings, ports=r.ports) as service:
            view = await service.start(t2a())
            with anyio.fail_after(30):
                ended = await service.wait(view.job_id, timeout_s=None)
            rows = await r.ports.ledger.jobs(limit=5)
    assert ended.state is JobState.LOST and ended.track is None
    words = "not numbers (NaN or infinity)" if bad == "nan" else "is not audio"
    assert words in (ended.error or "") and "Do not start it again" in (ended.error or "")
    assert isinstance(ended.failure, AceStepError) or ended.failure is None
    assert rows[0].state is JobState.LOST and r.inproc.billed_usd > 0  # counted against the caps
    assert not list(settings.store.tracks_dir.glob("*.wav"))
    assert len(r.inproc.submits) == 1
