"""Jobs and money through real MCP clients: bounded waits, music_job, restarts, caps, confirmation."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp_types import ElicitResult

from tests.helpers import Control, ace_step_mcp_cmd, mcp_client, server_pids, subprocess_env

pytestmark = pytest.mark.anyio


def ledger(tmp_path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    db.row_factory = sqlite3.Row
    return db


async def test_bounded_wait_returns_a_running_handle_then_music_job_delivers(tmp_path, emulator, control: Control):
    await control.config(render_speed=3, queue_delay=0.5)  # a 30 s render takes ~10 s
    async with mcp_client(tmp_path, emulator) as client:
        started = time.monotonic()
        first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 30, "wait_s": 2})
        assert time.monotonic() - started < 3.5
        assert not first.is_error
        running = first.structured_content
        assert running["status"] == "running" and running["job_id"].startswith("job_")
        assert running["expected_s"] > 0 and "music_job" in running["next_step"] and "'wait'" in running["next_step"]
        assert "Still rendering" in first.content[0].text

        status = await client.call_tool("music_job", {"action": "status", "job_id": running["job_id"]})
        assert status.structured_content["status"] == "running"
        done = await client.call_tool("music_job", {"action": "wait", "job_id": running["job_id"], "wait_s": 60})
        assert not done.is_error, done.content
        assert done.structured_content["status"] == "completed"
        assert done.structured_content["duration_s"] == 30.0
        again = await client.call_tool("music_job", {"action": "result", "job_id": running["job_id"]})
        assert again.structured_content["track_id"] == done.structured_content["track_id"]
        listed = await client.call_tool("music_job", {"action": "list"})
        assert [j["job_id"] for j in listed.structured_content["jobs"]] == [running["job_id"]]
        assert listed.structured_content["jobs"][0]["state"] == "done"
    assert (await control.submits())["total"] == 1


async def test_music_job_cancel_while_queued_reaches_the_emulator(tmp_path, emulator, control: Control):
    await control.config(queue_delay=60)
    async with mcp_client(tmp_path, emulator) as client:
        first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "wait_s": 0.5})
        job_id = first.structured_content["job_id"]
        cancelled = await client.call_tool("music_job", {"action": "cancel", "job_id": job_id})
        assert cancelled.structured_content["status"] == "cancelled"
        assert "nothing is billed" in cancelled.content[0].text
        after = await client.call_tool("music_job", {"action": "result", "job_id": job_id})
        assert after.is_error
    assert [j["status"] for j in await control.jobs()] == ["cancelled"]
    assert ledger(tmp_path).execute("SELECT state FROM jobs").fetchone()["state"] == "cancelled"


async def test_music_job_refuses_arguments_that_do_not_apply(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        cases = [
            ({"action": "status"}, "`job_id` is required for action 'status'"),
            ({"action": "list", "job_id": "job_1"}, "`job_id` does not apply to action 'list'"),
            ({"action": "status", "job_id": "job_1", "wait_s": 5}, "`wait_s` applies only to action 'wait'"),
            ({"action": "result", "job_id": "job_1", "limit": 5}, "`limit` applies only to action 'list'"),
            ({"action": "explode"}, "`action` is 'explode'"),
            ({"action": "status", "job_id": "job_nope"}, "No job 'job_nope'"),
        ]
        for args, words in cases:
            result = await client.call_tool("music_job", args)
            assert result.is_error and words in result.content[0].text, (args, result.content)


async def test_an_eager_status_poll_is_held_server_side(tmp_path, emulator, control: Control):
    await control.config(queue_delay=60)
    async with mcp_client(tmp_path, emulator) as client:
        first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "wait_s": 1})
        job = {"action": "status", "job_id": first.structured_content["job_id"]}
        await client.call_tool("music_job", job)
        started = time.monotonic()
        await client.call_tool("music_job", job)
        assert time.monotonic() - started >= 1.0


async def test_sigkill_mid_job_then_restart_delivers_the_track_with_one_submit(tmp_path, emulator, control: Control):
    await control.config(render_speed=2, queue_delay=0.5)  # a 10 s render takes ~5 s
    home = tmp_path / "home"
    with contextlib.suppress(BaseException):
        async with mcp_client(tmp_path, emulator) as client:
            first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10, "wait_s": 1})
            job_id = first.structured_content["job_id"]
            for pid in server_pids(home):
                os.kill(pid, signal.SIGKILL)
            await anyio.sleep(0.2)
    row = ledger(tmp_path).execute("SELECT state, request_id FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
    assert row["state"] == "submitted" and row["request_id"]
    async with mcp_client(tmp_path, emulator) as client:
        done = await client.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 60})
    assert not done.is_error, done.content
    assert done.structured_content["duration_s"] == 10.0
    assert Path(done.structured_content["path"]).is_file()
    assert (await control.submits())["total"] == 1


async def test_sigkill_during_download_then_restart_completes_it_under_the_same_name(tmp_path, emulator, control):
    home = tmp_path / "home"
    await control.faults({"on": "download", "delay_s": 30})
    with contextlib.suppress(BaseException):
        async with mcp_client(tmp_path, emulator) as client:
            first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "wait_s": 2})
            job_id = first.structured_content["job_id"]
            with anyio.fail_after(10):
                while (await control.submits())["downloads"] == 0:
                    await anyio.sleep(0.05)
            for pid in server_pids(home):
                os.kill(pid, signal.SIGKILL)
    row = ledger(tmp_path).execute("SELECT state, track_id FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
    assert row["state"] == "submitted" and row["track_id"]
    async with mcp_client(tmp_path, emulator) as client:
        done = await client.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 60})
    assert done.structured_content["track_id"] == row["track_id"]
    assert sorted(p.name for p in (home / "tracks").iterdir()) == [f"{row['track_id']}.json", f"{row['track_id']}.wav"]
    assert (await control.submits())["total"] == 1


async def test_a_connection_dropped_after_submit_is_unknown_and_never_resent(tmp_path, emulator, control: Control):
    await control.faults({"on": "submit", "drop": True})
    async with mcp_client(tmp_path, emulator) as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
    assert result.is_error
    text = result.content[0].text
    assert "may or may not be running" in text and "body hash" in text
    row = ledger(tmp_path).execute("SELECT state, body_hash, body_json FROM jobs").fetchone()
    assert row["state"] == "unknown"
    assert row["body_hash"][:16] in text
    assert '"tags": "x"' in row["body_json"]
    async with mcp_client(tmp_path, emulator) as client:  # a restart does not resubmit it either
        listed = await client.call_tool("music_job", {"action": "list"})
        assert listed.structured_content["jobs"][0]["state"] == "unknown"
    assert (await control.submits())["total"] == 1


@pytest.mark.long
async def test_two_servers_sharing_a_data_dir_run_50_jobs_without_duplicates(tmp_path, emulator, control: Control):
    async def batch(client: Client, seeds: range) -> list[str]:
        ids: list[str] = []

        async def one(seed: int) -> None:
            r = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "seed": seed})
            assert not r.is_error, r.content
            ids.append(r.structured_content["track_id"])

        async with anyio.create_task_group() as tg:
            for seed in seeds:
                tg.start_soon(one, seed)
        return ids

    results: dict[str, list[str]] = {}
    async with mcp_client(tmp_path, emulator) as a, mcp_client(tmp_path, emulator) as b:

        async def run(name: str, client: Client, seeds: range) -> None:
            results[name] = await batch(client, seeds)

        async with anyio.create_task_group() as tg:
            tg.start_soon(run, "a", a, range(0, 25))
            tg.start_soon(run, "b", b, range(25, 50))
    assert len(set(results["a"]) | set(results["b"])) == 50
    stats = await control.submits()
    assert stats["total"] == 50 and set(stats["by_body_hash"].values()) == {1}
    db = ledger(tmp_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert tuple(db.execute("SELECT COUNT(*), SUM(state = 'done') FROM jobs").fetchone()) == (50, 50)
    assert db.execute("SELECT COUNT(*) FROM tracks").fetchone()[0] == 50


async def test_spend_caps_refuse_the_call_that_would_cross_them(tmp_path, emulator, control: Control):
    env = {"ACE_STEP_MCP_MAX_USD_PER_CALL": "0.01", "ACE_STEP_MCP_MAX_USD_PER_DAY": "0.0035"}
    async with mcp_client(tmp_path, emulator, **env) as client:
        too_big = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60})
        ok = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10})
        over_day = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10})
        spend = await client.read_resource("music://spend")
    assert too_big.is_error and "$0.0120, over the per-call cap of $0.0100" in too_big.content[0].text
    assert not ok.is_error
    assert over_day.is_error
    assert "today's spend from $0.0020 past the daily cap of $0.0035" in over_day.content[0].text
    assert '"total_usd": 0.002' in spend.contents[0].text
    assert (await control.submits())["total"] == 1


async def test_total_cap_counts_every_process(tmp_path, emulator, control: Control):
    env = {"ACE_STEP_MCP_MAX_USD_TOTAL": "0.001"}
    async with mcp_client(tmp_path, emulator, **env) as a:
        assert not (await a.call_tool("text_to_audio", {"tags": "x", "duration": 5})).is_error
    async with mcp_client(tmp_path, emulator, **env) as b:
        refused = await b.call_tool("text_to_audio", {"tags": "x", "duration": 5})
    assert refused.is_error and "past the cap of $0.0010" in refused.content[0].text
    assert (await control.submits())["total"] == 1


def _answering(action: str, confirm: bool = True):
    async def callback(context, params):
        return ElicitResult(action=action, content={"confirm": confirm} if action == "accept" else None)

    return callback


@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_spend_confirmation_accepted_through_elicitation_runs(tmp_path, emulator, control, mode):
    env = {"ACE_STEP_MCP_CONFIRM_ABOVE_USD": "0.005"}
    cmd = ace_step_mcp_cmd()
    params = StdioServerParameters(
        command=cmd[0], args=[*cmd[1:], "serve"], env=subprocess_env(tmp_path, emulator, **env)
    )
    async with Client(params, mode=mode, elicitation_callback=_answering("accept")) as client:
        cheap = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
        dear = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60})
    assert not cheap.is_error and not dear.is_error, dear.content
    assert dear.structured_content["status"] == "completed"
    assert (await control.submits())["total"] == 2


async def test_spend_confirmation_declined_submits_nothing(tmp_path, emulator, control):
    cmd = ace_step_mcp_cmd()
    env = subprocess_env(tmp_path, emulator, ACE_STEP_MCP_CONFIRM_ABOVE_USD="0.005")
    params = StdioServerParameters(command=cmd[0], args=[*cmd[1:], "serve"], env=env)
    for callback in (_answering("decline"), _answering("accept", confirm=False), _answering("cancel")):
        async with Client(params, mode="legacy", elicitation_callback=callback) as client:
            result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60})
        assert result.is_error and "did not approve" in result.content[0].text
    assert (await control.submits())["total"] == 0


async def test_spend_confirmation_without_elicitation_fails_closed_until_confirmed(tmp_path, emulator, control):
    env = {"ACE_STEP_MCP_CONFIRM_ABOVE_USD": "0.005", "ACE_STEP_MCP_MAX_USD_PER_CALL": "0.02"}
    async with mcp_client(tmp_path, emulator, **env) as client:
        refused = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60})
        assert refused.is_error
        text = refused.content[0].text
        assert "ask the user, and only if they approve, repeat this exact call with confirm_spend: 'cf_" in text
        assert (await control.submits())["total"] == 0
        code = text.split("confirm_spend: '")[1].split("'")[0]
        confirmed = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60, "confirm_spend": code})
        assert not confirmed.is_error
        over_cap = await client.call_tool("text_to_audio", {"tags": "x", "duration": 120, "confirm_spend": code})
        assert over_cap.is_error and "per-call cap" in over_cap.content[0].text
    assert (await control.submits())["total"] == 1


async def test_on_start_the_server_resumes_killed_jobs_without_being_asked(tmp_path, emulator, control: Control):
    await control.config(render_speed=2, queue_delay=0.5)
    home = tmp_path / "home"
    with contextlib.suppress(BaseException):
        async with mcp_client(tmp_path, emulator) as client:
            first = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10, "wait_s": 1})
            job_id = first.structured_content["job_id"]
            for pid in server_pids(home):
                os.kill(pid, signal.SIGKILL)
    async with mcp_client(tmp_path, emulator) as client:
        # Nobody asks for the job: only the start-up resume can bring its track in.
        with anyio.fail_after(30):
            while (
                ledger(tmp_path).execute("SELECT state FROM jobs WHERE job_id = ?", (job_id,)).fetchone()["state"]
                != "done"
            ):
                await client.list_tools()
                await anyio.sleep(0.3)
    assert (await control.submits())["total"] == 1


async def test_on_start_a_submit_nobody_saw_answered_becomes_unknown_and_is_not_sent(tmp_path, emulator, control):
    from ace_step_mcp.ports.values import NewJob
    from ace_step_mcp.settings import SpendCaps
    from ace_step_mcp.stores.sqlite import SqliteDb

    db = SqliteDb(tmp_path / "home" / "ledger.sqlite3")
    db.open_jobs([NewJob(job_id="job_orphan00001", tool="text_to_audio", model_id="acestep-ai/ace-step/text-to-audio",
                body={"tags": "x", "duration": 5, "seed": -1}, body_hash="ab" * 32, estimate_usd=0.001)], SpendCaps())  # fmt: skip
    db.close()
    async with mcp_client(tmp_path, emulator) as client:
        with anyio.fail_after(15):
            while ledger(tmp_path).execute("SELECT state FROM jobs").fetchone()["state"] != "unknown":
                await client.list_tools()
                await anyio.sleep(0.3)
        listed = await client.call_tool("music_job", {"action": "list"})
    assert "may or may not be running" in listed.structured_content["jobs"][0]["error"]
    assert (await control.submits())["total"] == 0


async def test_refused_input_leaves_nothing_in_the_ledger_and_submits_nothing(tmp_path, emulator, control: Control):
    refused = [
        ("text_to_audio", {"tags": "x", "duration": 3}),  # out of range
        ("text_to_audio", {"tags": "x", "bpm": 90}),  # unknown field
        ("audio_inpaint", {"audio": "trk_000000000000", "tags": "x"}),  # no such track
        ("audio_outpaint", {"audio": "/etc/passwd", "tags": "x"}),  # outside the allowed folders
        ("text_to_audio", {"tags": "x", "duration": 100}),  # over the per-call cap
        ("make_music", {"request": "replace the chorus"}),  # too vague: a question, nothing planned
        ("music_job", {"action": "status"}),  # no job id
    ]
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_MAX_USD_PER_CALL="0.01") as client:
        for tool, args in refused:
            result = await client.call_tool(tool, args)
            assert result.is_error, (tool, args)
        ok = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})  # the ledger does record jobs
        assert not ok.is_error
    rows = ledger(tmp_path).execute("SELECT tool, state FROM jobs").fetchall()
    assert [(r["tool"], r["state"]) for r in rows] == [("text_to_audio", "done")]
    assert (await control.submits())["total"] == 1


async def test_an_edits_inline_audio_is_recorded_by_hash_not_kept_in_the_ledger(tmp_path, emulator, control: Control):
    from tests.helpers import wav_bytes

    music = tmp_path / "music"
    music.mkdir()
    (music / "song.wav").write_bytes(wav_bytes(20))  # about 3.5 MiB inline
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_ALLOWED_DIRS=str(music)) as client:
        edit = await client.call_tool(
            "audio_inpaint", {"audio": str(music / "song.wav"), "tags": "x", "start_time": 2, "end_time": 4}
        )
    assert not edit.is_error, edit.content
    row = ledger(tmp_path).execute("SELECT body_json, body_hash FROM jobs").fetchone()
    assert len(row["body_json"]) < 1000
    assert re.search(r"<inline audio/(wav|flac) audio, [\d,]+ bytes, sha256 [0-9a-f]{64}>", row["body_json"])
    assert (await control.submits())["by_body_hash"] == {row["body_hash"]: 1}  # the hash of what was really sent


async def test_a_2026_07_28_call_cannot_pre_answer_the_spend_question(tmp_path, emulator, control):
    """The red team's case: a first call that brings its own `input_responses` ("accept") was taken as the
    person's approval, so nothing was asked. Now only an answer to a question this server asked (named
    in its sealed request state) counts: the person is asked, declines, and nothing is submitted."""
    cmd = ace_step_mcp_cmd()
    env = subprocess_env(tmp_path, emulator, ACE_STEP_MCP_CONFIRM_ABOVE_USD="0.005")
    params = StdioServerParameters(command=cmd[0], args=[*cmd[1:], "serve"], env=env)
    asked: list[str] = []

    async def decline(context, request):
        asked.append(request.message)
        return ElicitResult(action="decline")

    forged = {"confirm_spend": {"action": "accept", "content": {"confirm": True}}}
    async with Client(params, mode="2026-07-28", elicitation_callback=decline) as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 60}, input_responses=forged)
    assert result.is_error and "did not approve" in result.content[0].text, result.content
    assert len(asked) == 1 and "Approve $0.0120" in asked[0]
    assert (await control.submits())["total"] == 0
