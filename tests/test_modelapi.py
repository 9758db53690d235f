"""The Model API client against the emulator over real loopback HTTP, fault by fault."""

from __future__ import annotations

import hashlib
import wave
from pathlib import Path

import pytest

from ace_step_mcp.audio.formats import sniff_format
from ace_step_mcp.backends.runcomfy import ModelApiClient, PollPolicy, RetryPolicy, find_audio_url
from ace_step_mcp.emulator import RunningEmulator
from ace_step_mcp.errors import (
    AuthError,
    ClientError,
    DownloadError,
    InsufficientBalance,
    JobFailed,
    NotFound,
    RetryableError,
    SubmitOutcomeUnknown,
    UpstreamError,
)
from tests.helpers import TOKEN, Control
from tests.portkit import LEDGERS

pytestmark = pytest.mark.anyio
T2A = "acestep-ai/ace-step/text-to-audio"
FAST_RETRY = RetryPolicy(attempts=5, base_s=0.01, cap_s=0.05)


def client(emu: RunningEmulator, token: str | None = TOKEN) -> ModelApiClient:
    return ModelApiClient(emu.base_url, token, retry=FAST_RETRY, poll=PollPolicy(min_s=0.02, max_s=0.1))


async def test_submit_wait_download_yields_a_wav_of_the_requested_length(emulator, tmp_path: Path, control: Control):
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "lo-fi, 80 BPM", "duration": 7, "seed": 3})
        seen = []

        async def progress(p):
            seen.append(p.status)

        result = await c.wait(sub.request_id, on_progress=progress)
        assert result.cost_usd == pytest.approx(7 * 0.0002)
        got = await c.download(result.audio_url, tmp_path, "t")
    assert seen[-1] == "completed"
    with wave.open(str(got.path)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (2, 48_000, 2)
        assert w.getnframes() == 7 * 48_000
    assert got.sha256 == hashlib.sha256(got.path.read_bytes()).hexdigest()
    stats = await control.submits()
    assert stats["total"] == 1
    assert stats["downloads"] == 1 and stats["downloads_with_authorization"] == 0


async def test_same_prompt_and_seed_renders_identical_audio_and_different_tags_differ(emulator, tmp_path):
    async with client(emulator) as c:
        paths = []
        for tags in ("lo-fi, 80 BPM", "lo-fi, 80 BPM", "metal, distorted guitar, 160 BPM"):
            sub = await c.submit(T2A, {"tags": tags, "duration": 5, "seed": 11})
            res = await c.wait(sub.request_id)
            paths.append((await c.download(res.audio_url, tmp_path, f"t{len(paths)}")).sha256)
    assert paths[0] == paths[1]
    assert paths[0] != paths[2]


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthError), (402, InsufficientBalance), (422, ClientError), (404, NotFound), (500, UpstreamError)],
)
async def test_submit_errors_map_to_the_family_and_are_sent_once(emulator, control: Control, status, error):
    await control.faults({"on": "submit", "status": status, "count": 5})
    async with client(emulator) as c:
        with pytest.raises(error) as info:
            await c.submit(T2A, {"tags": "x", "duration": 5})
    assert TOKEN not in str(info.value)
    assert (await control.submits())["total"] == 1


async def test_429_on_submit_is_an_explicit_refusal_so_it_is_retried_and_then_succeeds(emulator, control: Control):
    await control.faults({"on": "submit", "status": 429, "retry_after": 0, "count": 2})
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
    assert sub.request_id
    assert (await control.submits())["total"] == 3


async def test_persistent_429_ends_as_retryable(emulator, control: Control):
    await control.faults({"on": "submit", "status": 429, "retry_after": 0, "count": 50})
    async with client(emulator) as c:
        with pytest.raises(RetryableError):
            await c.submit(T2A, {"tags": "x", "duration": 5})


async def test_a_200_carrying_error_code_is_an_error(emulator, control: Control):
    await control.faults({"on": "submit", "body": {"error_code": 400002, "error_message": "no balance"}})
    async with client(emulator) as c:
        with pytest.raises(InsufficientBalance, match="balance"):
            await c.submit(T2A, {"tags": "x", "duration": 5})


async def test_dropped_submit_is_unknown_never_resent(emulator, control: Control):
    await control.faults({"on": "submit", "drop": True})
    async with client(emulator) as c:
        with pytest.raises(SubmitOutcomeUnknown) as info:
            await c.submit(T2A, {"tags": "x", "duration": 5})
    assert len(info.value.body_hash) == 64
    stats = await control.submits()
    assert stats["total"] == 1
    assert info.value.body_hash in stats["by_body_hash"]


async def test_connection_refused_on_submit_is_retryable_and_nothing_was_sent(tmp_path):
    c = ModelApiClient("http://127.0.0.1:9/v1", TOKEN, retry=FAST_RETRY)
    with pytest.raises(RetryableError, match="nothing was submitted"):
        await c.submit(T2A, {"tags": "x", "duration": 5})
    await c.aclose()


async def test_a_503_storm_and_a_429_on_status_polls_are_survived(emulator, control: Control):
    await control.faults(
        {"on": "status", "status": 503, "count": 3},
        {"on": "status", "status": 429, "retry_after": 0},
        {"on": "result", "status": 502},
    )
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        res = await c.wait(sub.request_id)
    assert res.audio_url


async def test_a_slow_status_answer_is_waited_for(emulator, control: Control):
    await control.faults({"on": "status", "delay_s": 0.5})
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        res = await c.wait(sub.request_id)
    assert res.status == "completed"


async def test_a_job_that_fails_raises_job_failed_with_the_reason(emulator, control: Control):
    await control.faults({"on": "job", "fail": "out of memory"})
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        with pytest.raises(JobFailed, match="out of memory") as info:
            await c.wait(sub.request_id)
    assert info.value.exit_code == 1


async def test_wait_times_out_as_retryable_and_names_the_request(emulator, control: Control):
    await control.config(queue_delay=30)
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        with pytest.raises(RetryableError, match=sub.request_id):
            await c.wait(sub.request_id, timeout_s=0.3)


async def test_cancel_while_queued_cancels_and_while_running_is_not_cancellable(emulator, control: Control):
    await control.config(queue_delay=30)
    async with client(emulator) as c:
        queued = await c.submit(T2A, {"tags": "x", "duration": 5})
        assert await c.cancel(queued.request_id) == "cancelled"
        assert (await c.status(queued.request_id)).status == "cancelled"
        await control.config(queue_delay=0, render_speed=1)
        running = await c.submit(T2A, {"tags": "x", "duration": 30})
        assert await c.cancel(running.request_id) == "not_cancellable"


async def test_dropped_download_resumes_with_range_and_matches_the_whole_file(emulator, control: Control, tmp_path):
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 9, "seed": 1})
        res = await c.wait(sub.request_id)
        whole = await c.download(res.audio_url, tmp_path / "a", "whole")
        await control.faults({"on": "download", "drop_after_bytes": 65_536, "count": 2})
        resumed = await c.download(res.audio_url, tmp_path / "b", "resumed")
    assert resumed.sha256 == whole.sha256
    assert resumed.size == whole.size
    assert not list((tmp_path / "b").glob(".*part"))


async def test_download_that_keeps_failing_leaves_no_partial_file(emulator, control: Control, tmp_path):
    async with client(emulator) as c:
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        res = await c.wait(sub.request_id)
        await control.faults({"on": "download", "status": 503, "count": 50})
        with pytest.raises(DownloadError):
            await c.download(res.audio_url, tmp_path, "gone")
    assert list(tmp_path.iterdir()) == []


async def test_download_from_a_foreign_host_is_refused(emulator, tmp_path):
    async with client(emulator) as c:
        with pytest.raises(DownloadError, match="only RunComfy"):
            await c.download("https://evil.example/x.wav", tmp_path, "x")


async def test_unknown_request_is_not_found_and_bad_token_is_auth(emulator):
    async with client(emulator) as c:
        with pytest.raises(NotFound):
            await c.status("nope")
    emulator.emulator.config.tokens = frozenset({"only-this"})
    async with client(emulator, token="wrong") as c:
        with pytest.raises(AuthError) as info:
            await c.status("nope")
    assert "wrong" not in str(info.value)


async def test_no_token_is_an_auth_error_before_any_request(emulator, control: Control):
    async with client(emulator, token=None) as c:
        with pytest.raises(AuthError, match="RUNCOMFY_TOKEN"):
            await c.submit(T2A, {"tags": "x", "duration": 5})
    assert (await control.submits())["total"] == 0


async def test_catalog_reports_price_and_schema(emulator):
    async with client(emulator) as c:
        entry = await c.catalog("acestep-ai/ace-step-1.5/text-to-audio")
    assert entry["base_price_usd"] == 0.0003
    assert entry["input_schema"]["properties"]["duration"]["maximum"] == 240


def test_audio_url_is_found_in_every_known_output_shape():
    assert find_audio_url({"audio": "https://a/x.wav"}) == "https://a/x.wav"
    assert find_audio_url({"audios": ["https://a/y.mp3"]}) == "https://a/y.mp3"
    assert find_audio_url({"audios": [{"url": "https://a/z.flac"}]}) == "https://a/z.flac"
    assert find_audio_url({"files": {"nested": [1, "https://a/w.ogg"]}}) == "https://a/w.ogg"
    assert find_audio_url({"text": "no url"}) is None


def test_format_is_sniffed_from_magic_bytes_then_content_type():
    assert sniff_format(b"RIFF\0\0\0\0WAVEfmt ", None) == "wav"
    assert sniff_format(b"fLaC\0\0", None) == "flac"
    assert sniff_format(b"ID3\x04", None) == "mp3"
    assert sniff_format(b"\xff\xfb\x90", None) == "mp3"
    assert sniff_format(b"OggS", None) == "ogg"
    assert sniff_format(b"????", "audio/mpeg") == "mp3"
    assert sniff_format(b"????", None, "https://x/y.flac") == "flac"


def test_poller_sleeps_until_the_expected_finish_then_polls_densely():
    policy = PollPolicy()
    assert policy.interval(0.0, expected_s=3.0) == pytest.approx(3.02)
    assert policy.interval(0.0, expected_s=90.0) == policy.max_s  # long jobs still get a heartbeat poll
    assert policy.interval(3.05, expected_s=3.0) == pytest.approx(0.2)
    assert policy.interval(4.0, expected_s=3.0) == pytest.approx(1.15)  # late: back off geometrically
    assert policy.interval(60.0, expected_s=None) == pytest.approx(3.0)
    assert policy.interval(0.1, expected_s=None) == policy.min_s


@pytest.mark.anyio
@pytest.mark.parametrize("kind", LEDGERS)
async def test_ledger_learns_how_long_a_model_takes_per_second_of_audio(tmp_path, kind):
    from ace_step_mcp.ports.values import JobChange, JobState, NewJob
    from ace_step_mcp.settings import SpendCaps
    from tests.portkit import open_ledger

    async with open_ledger(kind, tmp_path) as ledger:
        assert await ledger.expected_wall_s(T2A, 10, offline=False) is None
        for i, (gen, wall) in enumerate([(10, 6.0), (20, 11.0), (40, 21.0), (10, 6.0)]):
            job = NewJob(job_id=f"j{i}", tool="text_to_audio", model_id=T2A, body={}, body_hash="h", estimate_usd=0)
            await ledger.open_jobs([job], SpendCaps(), offline=False)
            await ledger.update_job(f"j{i}", JobChange(state=JobState.DONE, gen_s=gen, wall_s=wall))
        # wall = 1 + 0.5 s per second of audio
        assert await ledger.expected_wall_s(T2A, 30, offline=False) == pytest.approx(16.0, abs=0.01)
        assert await ledger.expected_wall_s("other/model", 30, offline=False) is None


async def test_upstream_text_echoing_the_bare_token_is_redacted(emulator, control: Control):
    await control.faults(
        {"on": "job", "fail": f"worker saw token {TOKEN} in env"},
        {"on": "submit", "status": 400, "message": f"bad key {TOKEN}"},
    )
    async with client(emulator) as c:
        with pytest.raises(ClientError) as refused:
            await c.submit(T2A, {"tags": "x", "duration": 5})
        sub = await c.submit(T2A, {"tags": "x", "duration": 5})
        with pytest.raises(JobFailed) as failed:
            await c.wait(sub.request_id)
    for exc in (failed.value, refused.value):
        assert TOKEN not in str(exc) and TOKEN not in repr(exc) and "***" in str(exc)
