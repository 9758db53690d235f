"""Money against a real-world upstream: a paid job is never abandoned, never paid twice, never past a cap.

The job machinery (JobService, the door every adapter uses) runs against the emulator over loopback
HTTP, with the emulator's scripted faults standing in for what real upstreams do mid-job."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import anyio
import pytest

from ace_step_mcp.endpoints import BY_TOOL
from ace_step_mcp.errors import PaidJobUnfinished, SpendRefused
from ace_step_mcp.ports.values import CancelOutcome, JobState
from ace_step_mcp.settings import Settings, SpendCaps
from ace_step_mcp.wiring import open_service
from tests.helpers import TOKEN, Control, finish, mcp_client, t2a
from tests.portkit import LEDGERS, team_settings

pytestmark = pytest.mark.anyio


@pytest.fixture(params=LEDGERS)
def open_money_service(request, tmp_path):
    """The job service on the default wiring (SQLite), on the in-memory ledger, or on PostgreSQL (with
    its tracks in S3): the money rules are the job core's, whichever stores record them (the backend
    is the emulator over HTTP in every case)."""

    def opener(settings: Settings):
        if request.param == "memory":
            from ace_step_mcp.stores.memory import MemoryLedger

            return open_service(settings, ledger=MemoryLedger())
        if request.param == "postgres":
            return open_service(team_settings(settings, tmp_path))
        return open_service(settings)

    return opener


T2A = BY_TOOL["text_to_audio"]
RESUBMIT_WORDS = ("try again", "start a new", "submit again", "resubmit", "generate it again")


async def billed(control: Control) -> float:
    return round(sum(j["billed_usd"] for j in await control.jobs()), 6)


@pytest.mark.parametrize(
    "faults",
    [
        [{"on": "status", "body": {"error_code": 500001, "error_message": "busy"}, "count": 8}],  # 200 + error_code
        [{"on": "status", "status": 404, "count": 8}],  # eventual consistency
        [{"on": "result", "status": 503, "count": 7}],
        [{"on": "download", "status": 503, "count": 7}],
        [{"on": "status", "drop": True, "count": 8}],  # connections cut mid-poll
    ],
    ids=["200-error_code", "404-status", "7x503-result", "7x503-download", "dropped-polls"],
)
async def test_a_transient_fault_while_following_never_abandons_a_paid_job(
    open_money_service, settings, control: Control, faults
):
    async with open_money_service(settings) as service:
        await control.faults(*faults)
        view = await finish(service, await service.start(t2a()))
        spent = (await service.spend()).total_usd
    assert view.state is JobState.DONE and view.track is not None, view.error
    assert Path(view.track.path).is_file()
    stats = await control.submits()
    assert stats["total"] == 1
    assert spent == await billed(control) == view.estimate_usd


async def test_a_job_past_the_overall_timeout_is_kept_counted_and_never_invites_a_resubmit(
    open_money_service, settings, control: Control
):
    await control.config(render_speed=5, queue_delay=2.5)  # 3.5 s: past a 2 s timeout, within two
    settings = settings.changed(backend={"wait_timeout_s": 2.0})
    async with open_money_service(settings) as service:
        view = await finish(service, await service.start(t2a(duration=5)))
        assert view.state is JobState.UNKNOWN and view.request_id
        assert isinstance(view.failure, PaidJobUnfinished) and view.failure.exit_code == 1
        assert view.job_id in str(view.error) and "pay twice" in str(view.error)
        assert not any(w in str(view.error).lower() for w in RESUBMIT_WORDS)
        assert (await service.spend()).total_usd == view.estimate_usd  # counted at its estimate
        # Asked again, it is reconciled with RunComfy and collected.
        again = await finish(service, await service.view(view.job_id) or view)
    assert again.state is JobState.DONE and again.track is not None
    assert (await control.submits())["total"] == 1


@pytest.mark.parametrize("status", [502, 504])
async def test_a_gateway_error_after_the_job_was_created_is_unknown_and_counts_against_the_caps(
    open_money_service, settings, control: Control, status
):
    settings = settings.changed(money={"caps": SpendCaps(total=0.0015)})  # room for one 5 s job ($0.001)
    async with open_money_service(settings) as service:
        await control.faults({"on": "submit", "gateway": status, "count": 1})
        view = await finish(service, await service.start(t2a()))
        assert view.state is JobState.UNKNOWN
        assert f"HTTP {status}" in str(view.error) and "not sent again" in str(view.error)
        assert (await service.spend()).total_usd == view.estimate_usd
        with pytest.raises(SpendRefused):
            await service.start(t2a(seed=2))  # the cap sees the unknown job's estimate
    jobs = await control.jobs()
    assert len(jobs) == 1  # the gateway's answer hid a job that really exists upstream
    assert (await control.submits())["total"] == 1


async def test_an_api_error_body_on_submit_means_no_job_and_is_failed(open_money_service, settings, control: Control):
    async with open_money_service(settings) as service:
        await control.faults({"on": "submit", "status": 500, "count": 1})  # the API's JSON, error_code 500001
        view = await finish(service, await service.start(t2a()))
        assert view.state is JobState.FAILED
        assert (await service.spend()).total_usd == 0
    assert await control.jobs() == []


async def test_a_cancel_during_the_submit_cancels_upstream_once_the_request_id_is_known(
    open_money_service, settings, control: Control
):
    await control.config(render_speed=1, queue_delay=5)
    async with open_money_service(settings) as service:
        await control.faults({"on": "submit", "delay_s": 1.0, "count": 1})
        view = await service.start(t2a())
        await anyio.sleep(0.3)
        assert await service.cancel(view.job_id) is CancelOutcome.REQUESTED
        ended = await finish(service, view)
        assert ended.state is JobState.CANCELLED
        assert "nothing is billed" in str(ended.error)
    (job,) = await control.jobs()
    assert job["status"] == "cancelled" and job["billed_usd"] == 0


async def test_a_cancel_during_the_submit_of_a_job_that_then_renders_collects_its_track(
    open_money_service, settings, control: Control
):
    await control.config(render_speed=0, queue_delay=0)  # rendering at once: too late to cancel
    async with open_money_service(settings) as service:
        await control.faults({"on": "submit", "delay_s": 1.0, "count": 1})
        view = await service.start(t2a())
        await anyio.sleep(0.3)
        assert await service.cancel(view.job_id) is CancelOutcome.REQUESTED
        ended = await finish(service, view)
        assert ended.state is JobState.DONE and ended.track is not None
        assert (await service.spend()).total_usd == await billed(control) > 0  # billed, and recorded


@pytest.mark.parametrize("reported", [-0.5, 3.0])
async def test_an_implausible_upstream_cost_is_flagged_and_the_estimate_counted(
    open_money_service, settings, control: Control, reported
):
    async with open_money_service(settings) as service:
        await control.faults({"on": "result", "cost": reported, "count": 10})
        view = await finish(service, await service.start(t2a()))
        assert view.track is not None and view.track.cost_usd == view.estimate_usd
        assert (await service.spend()).total_usd == view.estimate_usd


async def test_concurrent_identical_fixed_seed_calls_render_once(open_money_service, settings, control: Control):
    await control.config(render_speed=5, queue_delay=0.5)
    async with open_money_service(settings) as service:
        views = [await service.start(t2a(seed=42)) for _ in range(5)]
        assert len({v.job_id for v in views}) == 1
        done = [await finish(service, v) for v in views]
        assert all(d.track is not None for d in done)
        # Reuse checks the file: once it is gone (from the store, not only from a local cache), the
        # same call renders again.
        kept = await service.records.store.ledger.track(done[0].track.track_id)
        await service.records.store.blobs.delete(kept.path)
        again = await finish(service, await service.start(t2a(seed=42)))
        assert again.track is not None and again.job_id != done[0].job_id
    assert (await control.submits())["total"] == 2


async def test_the_model_alone_cannot_approve_spend(tmp_path, emulator, control: Control):
    env = {"ACE_STEP_MCP_CONFIRM_ABOVE_USD": "0.005"}
    async with mcp_client(tmp_path, emulator, **env) as client:
        forged = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60, "confirm_spend": "cf_made_up"})
        assert forged.is_error and (await control.submits())["total"] == 0
        text = forged.content[0].text
        code = text.split("confirm_spend: '")[1].split("'")[0]
        other = await client.call_tool("text_to_audio", {"tags": "y", "duration": 60, "confirm_spend": code})
        assert other.is_error  # bound to the exact call it was issued for
        refused = other.content[0].text
        code = refused.split("confirm_spend: '")[1].split("'")[0]
        ok = await client.call_tool("text_to_audio", {"tags": "y", "duration": 60, "confirm_spend": code})
        assert not ok.is_error, ok.content
        reused = await client.call_tool("text_to_audio", {"tags": "y", "duration": 60, "confirm_spend": code})
        assert reused.is_error  # single use
    assert (await control.submits())["total"] == 1


async def test_the_token_never_leaks_through_upstream_text(open_money_service, settings, control: Control):
    long_text = "x" * 185 + f" {TOKEN} and Bearer {TOKEN}"  # cut at 200 characters, a bare prefix would remain
    async with open_money_service(settings) as service:
        await control.faults({"on": "job", "fail": long_text, "count": 1})
        view = await finish(service, await service.start(t2a()))
        assert view.state is JobState.FAILED
        rows = [str(v) for v in await service.jobs(10)]
    for text in (str(view.error), *rows):
        assert TOKEN not in text and TOKEN[:12] not in text


@pytest.mark.long
async def test_fault_mix_at_100_concurrent_jobs_abandons_nothing_and_records_what_was_billed(
    open_money_service, tmp_path, settings: Settings, control: Control
):
    jobs = 100
    await control.config(render_speed=0, queue_delay=0.2)
    async with open_money_service(settings) as service:
        # First wave: five submits answered by a gateway's page although the job was created.
        await control.faults({"on": "submit", "gateway": 502, "count": 5})
        started = [await service.start(t2a(seed=i)) for i in range(10)]
        with anyio.fail_after(30):
            while len(await control.jobs()) < 10:
                await anyio.sleep(0.05)
        # The rest under every fault a real upstream has while jobs are followed.
        await control.faults(
            {"on": "status", "status": 503, "count": 60},
            {"on": "status", "status": 404, "count": 20},
            {"on": "status", "body": {"error_code": 500001, "error_message": "busy"}, "count": 20},
            {"on": "status", "delay_s": 0.5, "count": 10},
            {"on": "status", "drop": True, "count": 10},
            {"on": "result", "status": 502, "count": 30},
            {"on": "download", "status": 503, "count": 20},
            {"on": "download", "drop_after_bytes": 16_384, "count": 20},
            {"on": "job", "fail": "GPU lost", "count": 5},
        )
        started += [await service.start(t2a(seed=i)) for i in range(10, jobs)]
        with anyio.fail_after(150):
            ended = [await service.wait(v.job_id, timeout_s=None) for v in started]
        spent = (await service.spend()).total_usd
    states = [v.state for v in ended]
    assert states.count(JobState.DONE) == jobs - 10
    assert states.count(JobState.FAILED) == 5  # the terminal upstream failures
    assert states.count(JobState.UNKNOWN) == 5  # the gateway answers; never resubmitted
    for v in ended:
        assert not any(w in (v.error or "").lower() for w in RESUBMIT_WORDS if v.state is not JobState.FAILED)
    stats = await control.submits()
    assert stats["total"] == jobs and set(stats["by_body_hash"].values()) == {1}
    # What we recorded is what the emulator billed: the jobs the gateway hid rendered (and were billed)
    # upstream, and count here at their estimate, which is their price.
    assert spent == pytest.approx(await billed(control), abs=1e-9)


async def test_a_remote_files_length_never_lowers_the_estimate_that_caps_and_confirmation_see(
    open_money_service, settings, control: Control
):
    settings = settings.changed(calls={"allow_http_urls": True, "allow_private_urls": True})
    inpaint = BY_TOOL["audio_inpaint"]
    async with open_money_service(settings) as service:
        first = await finish(service, await service.start(t2a(duration=8)))
        url = first.track.source_url
        hanging = {"audio": url, "tags": "x", "start_time": 2, "end_time": 0, "end_time_relative_to": "end"}
        fixed = {"audio": url, "tags": "x", "start_time": 2, "end_time": 5}
        worst = await service.prepare(inpaint, hanging)
        exact = await service.prepare(inpaint, fixed)
        by_track = await service.prepare(inpaint, {**hanging, "audio": first.track.track_id})
    # The file is downloaded (the splice needs its samples) and the window resolved on the bytes we hold,
    # then sent as absolute times: what RunComfy renders cannot hang on a length the host states later.
    assert {"type": "inpaint", "start_s": 2.0, "end_s": 8.0, "source_s": 8.0}.items() <= worst.edit.record().items()
    assert (worst.body["start_time"], worst.body["end_time"], worst.body["end_time_relative_to"]) == (2, 8, "start")
    # The estimate prices what RunComfy may bill: the whole clip it is sent (this short source goes whole),
    # never less than the window.
    sent = worst.edit.sent["ranges_s"]
    assert sent == [[0.0, 8.0]] and exact.edit.sent["ranges_s"] == [[0.0, 8.0]]
    assert (
        worst.estimate_usd == pytest.approx(8 * inpaint.price_per_s) and worst.estimate_usd >= 6 * inpaint.price_per_s
    )
    assert exact.estimate_usd == pytest.approx(8 * inpaint.price_per_s)
    assert by_track.estimate_usd == pytest.approx(8 * inpaint.price_per_s)


async def test_a_bad_ledger_row_is_quarantined_and_the_server_serves_on(tmp_path, emulator, control: Control, caplog):
    async with mcp_client(tmp_path, emulator) as client:
        first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
        assert not first.is_error
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    with db:
        db.execute("UPDATE jobs SET body_json = '{oops', state = 'submitted', request_id = 'r-1'")
        db.execute("UPDATE tracks SET edit_json = '{oops'")
    db.close()
    async with mcp_client(tmp_path, emulator) as client:
        listed = await client.call_tool("music_job", {"action": "list"})
        tracks = await client.read_resource("music://tracks")
        second = await client.call_tool("text_to_audio", {"tags": "y", "duration": 5})
    assert not listed.is_error and listed.structured_content == {"jobs": []}
    assert tracks.contents[0].text == "[]"
    assert not second.is_error, second.content
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM jobs WHERE quarantined = 1").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM tracks WHERE quarantined = 1").fetchone()[0] == 1


async def test_a_service_that_cannot_start_says_what_to_fix(tmp_path, emulator):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_HOME=str(blocker / "home")) as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
    text = result.content[0].text
    assert result.is_error and "could not start (" in text and "Not a directory" in text
    assert f"the data dir {blocker / 'home'} must be writable" in text


async def test_a_billed_render_whose_file_cannot_be_kept_still_counts_and_is_never_resubmitted(
    open_money_service, settings, control: Control
):
    settings = settings.changed(money={"caps": SpendCaps(total=0.0015)})  # room for one 5 s job
    foreign = "http://files.elsewhere.example/x.wav"
    async with open_money_service(settings) as service:
        await control.faults({"on": "result", "count": 50, "body": {
            "request_id": "r", "status": "completed", "output": {"audio": foreign}, "cost": 0.001}})  # fmt: skip
        view = await finish(service, await service.start(t2a()))
        assert view.state is JobState.LOST
        assert "billed about $0.0010" in str(view.error) and "pay twice" in str(view.error)
        assert (await service.spend()).total_usd == pytest.approx(0.001)
        with pytest.raises(SpendRefused):
            await service.start(t2a(seed=3))  # the cap still sees the billed render
    assert (await control.submits())["total"] == 1


async def test_a_result_that_lags_the_status_is_asked_again(open_money_service, settings, control: Control):
    async with open_money_service(settings) as service:
        await control.faults({"on": "result", "count": 2, "body": {"request_id": "r", "status": "in_progress"}})
        view = await finish(service, await service.start(t2a()))
    assert view.state is JobState.DONE and view.track is not None


async def test_a_second_identical_caller_leaving_does_not_cancel_the_first_ones_job(
    open_money_service, settings, control: Control
):
    await control.config(render_speed=1, queue_delay=3)
    async with open_money_service(settings) as service:
        first = await service.start(t2a(seed=9))
        second = await service.start(t2a(seed=9))
        assert second.job_id == first.job_id
        async with anyio.create_task_group() as tg:
            tg.start_soon(lambda: service.wait(first.job_id, timeout_s=None, cancel_on_exit=True))
            with anyio.move_on_after(0.5):  # the second caller gives up (a client cancel)
                await service.wait(second.job_id, timeout_s=None, cancel_on_exit=True)
            await anyio.sleep(0.2)
            assert (await control.jobs())[0]["status"] == "in_queue"  # not cancelled under the first caller
            tg.cancel_scope.cancel()


@pytest.mark.parametrize("form", ["string", "object", "mixed"])
async def test_a_results_audio_is_taken_as_a_url_or_as_fals_object_form(
    open_money_service, settings, control: Control, form
):
    await control.config(audio_form=form)
    async with open_money_service(settings) as service:
        views = [await finish(service, await service.start(t2a(duration=5, seed=i))) for i in range(2)]
    assert all(v.state is JobState.DONE and v.track is not None for v in views)
    assert all(v.track.duration_s == pytest.approx(5.0, abs=0.01) for v in views)
    sent = [v.output["audio"] for v in views if v.output]
    kinds = {type(a).__name__ for a in sent}
    assert kinds == {"string": {"str"}, "object": {"dict"}, "mixed": {"str", "dict"}}[form]


async def test_the_same_fixed_seed_call_with_takes_does_not_pay_twice(open_money_service, settings, control: Control):
    """The red team's case: a call with takes and a fixed seed, made again, rendered (and paid) every
    take again, where a single fixed-seed call reuses its render. Now each take whose body was rendered
    before is that render again; a take with a new seed still renders."""
    async with open_money_service(settings) as service:
        first = await service.start_takes([t2a(seed=7), t2a(seed=8)])
        done = [await finish(service, v) for v in first]
        again = await service.start_takes([t2a(seed=7), t2a(seed=8), t2a(seed=9)])
        redone = [await finish(service, v) for v in again]
    assert [v.deduplicated for v in again] == [True, True, False]
    assert [v.track.track_id for v in redone[:2]] == [v.track.track_id for v in done]
    assert (await control.submits())["total"] == 3
