"""The ACE-Step 1.5 backend (issue 31): the real server (`ace-step-mcp serve`, ACE_STEP_MCP_BACKEND=acestep15)
through a real MCP client, against the emulator speaking the 1.5 API over loopback HTTP.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess

import anyio
import httpx2
import numpy as np
import pytest
import soundfile

from ace_step_mcp.emulator import serve_acestep15
from ace_step_mcp.emulator.acestep15 import Acestep15Config
from tests.helpers import ace_step_mcp_cmd, free_port, mcp_client, run_cli, tool_list_tokens

pytestmark = [pytest.mark.anyio, pytest.mark.e2e]


@pytest.fixture
async def v15():
    async with serve_acestep15(Acestep15Config(render_speed=0, queue_delay=0)) as running:
        yield running


def env_for(running_or_url) -> dict[str, str]:
    url = running_or_url if isinstance(running_or_url, str) else running_or_url.base_url
    return {"ACE_STEP_MCP_BACKEND": "acestep15", "ACESTEP_API_URL": url}


def samples(path: str) -> tuple[np.ndarray, int]:
    data, rate = soundfile.read(path, dtype="float64", always_2d=True)
    return data, rate


def ok(result) -> dict:
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def submits(running) -> dict:
    async with httpx2.AsyncClient() as http:
        return (await http.get(f"{running.base_url}/_emulator/submits")).json()


async def test_tools_list_shows_only_what_the_active_backend_offers(v15, emulator, tmp_path):
    async with mcp_client(tmp_path / "a", None, **env_for(v15)) as client:
        tools = (await client.list_tools()).tools
        names = {t.name for t in tools}
    # Three tools more than RunComfy's list, the same budget (3,992 measured): no money options where
    # renders are free, and no prices in the descriptions (the server's instructions say it once).
    assert tool_list_tokens(tools) < 4_000
    assert all("confirm_spend" not in (t.input_schema.get("properties") or {}) for t in tools)
    assert {
        "text_to_audio_v15",
        "audio_inpaint",
        "audio_outpaint",
        "audio_stems",
        "audio_cover",
        "audio_add_part",
    } <= names
    assert "text_to_audio" not in names  # a 1.5 server has no base (v1) model

    async with (
        serve_acestep15(Acestep15Config(models=("acestep-v15-turbo",))) as turbo_only,
        mcp_client(tmp_path / "b", None, **env_for(turbo_only)) as client,
    ):
        turbo = {t.name for t in (await client.list_tools()).tools}
    assert (
        "audio_cover" in turbo and not {"audio_stems", "audio_add_part"} & turbo
    )  # extract and lego need a base model

    async with mcp_client(tmp_path / "c", emulator) as client:  # RunComfy: its four, none of 1.5's own
        runcomfy = {t.name for t in (await client.list_tools()).tools}
    assert {"text_to_audio", "text_to_audio_v15", "audio_inpaint", "audio_outpaint"} <= runcomfy
    assert not {"audio_stems", "audio_cover", "audio_add_part"} & runcomfy


async def test_generate_edit_extend_stems_and_cover_through_a_real_client(v15, tmp_path):
    async with mcp_client(tmp_path, None, **env_for(v15)) as client:
        made = ok(
            await client.call_tool("text_to_audio_v15", {"tags": "lo-fi, rhodes, 80 BPM, A minor", "duration": 12})
        )
        assert made["duration_s"] == pytest.approx(12.0) and made["cost_usd"] == 0.0 and not made["offline_preview"]
        src, rate = samples(made["path"])

        # Inpaint: the server's repaint re-synthesises everything; our splice keeps the outside bit for bit.
        edited = ok(await client.call_tool("audio_inpaint", {"audio": made["track_id"], "tags": "piano breakdown",
                                                             "start_time": 4, "end_time": 7}))  # fmt: skip
        new, new_rate = samples(edited["path"])
        assert (new_rate, len(new)) == (rate, len(src))
        pad = int(0.2 * rate)  # the crossfades
        assert np.array_equal(new[: 4 * rate - pad], src[: 4 * rate - pad])
        assert np.array_equal(new[7 * rate + pad :], src[7 * rate + pad :])
        assert not np.allclose(new[5 * rate : 6 * rate], src[5 * rate : 6 * rate])
        assert "spliced by ace-step-mcp" in edited["edit"]["result"] and edited["edit"]["exact_s"] > 8.5

        # Outpaint: repaint past the end on the server, the original kept by our splice.
        longer = ok(await client.call_tool("audio_outpaint", {"audio": made["track_id"], "tags": "outro",
                                                              "extend_before_duration": 0, "extend_after_duration": 5}))  # fmt: skip
        grown, _ = samples(longer["path"])
        assert len(grown) / rate == pytest.approx(17.0, abs=0.05)
        assert np.array_equal(grown[: 12 * rate - pad], src[: 12 * rate - pad])

        # Stems: three of them sum back to the source with a residual under -40 dB.
        stems = []
        for stem in ("bass", "vocals", "drums"):
            got = ok(await client.call_tool("audio_stems", {"audio": made["track_id"], "stem": stem}))
            assert got["parent_track_id"] == made["track_id"] and got["edit"]["stem"] == stem
            stems.append(samples(got["path"])[0])
        residual = sum(stems)[: len(src)] - src
        assert 20 * np.log10(np.sqrt(np.mean(residual**2)) / np.sqrt(np.mean(src**2))) < -40
        assert all(np.sqrt(np.mean(s**2)) > 1e-4 for s in stems)  # each holds something

        # Cover: a new sound, the same length.
        cover = ok(
            await client.call_tool("audio_cover", {"audio": made["track_id"], "tags": "jazz trio", "strength": 0.4})
        )
        covered, _ = samples(cover["path"])
        assert len(covered) == len(src) and not np.allclose(covered, src, atol=1e-3)
        assert cover["parent_track_id"] == made["track_id"]

        # A part added is mixed over the source by this server (the 1.5 server returns the part alone).
        added = ok(
            await client.call_tool(
                "audio_add_part", {"audio": made["track_id"], "stem": "guitar", "tags": "clean guitar"}
            )
        )
        assert added["path"], added
        mixed, _ = samples(added["path"])
        assert len(mixed) == len(src) and "mixed over the source" in added["edit"]["result"]

        # The player shows each as a version of the source's lineage.
        view = await client.call_tool("track_view", {"track": added["track_id"], "audio": False})
        labels = {v["label"] for v in view.structured_content["versions"]}
        assert {"stem: bass", "stem: vocals", "stem: drums", "cover", "added guitar"} <= labels
    seen = await submits(v15)
    assert seen["submits"] == {"text2music": 1, "repaint": 2, "extract": 3, "cover": 1, "lego": 1}


async def test_make_music_plans_a_new_track_on_1_5_and_a_short_one_is_refused_in_one_sentence(v15, tmp_path):
    async with mcp_client(tmp_path, None, **env_for(v15)) as client:
        made = ok(await client.call_tool("make_music", {"request": "a 20 second lo-fi beat, instrumental"}))
        assert made["endpoint"] == "text_to_audio_v15" and made["duration_s"] == pytest.approx(20.0)
        short = await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 5})
        assert short.is_error and "`duration` is 5 but must be from 10 to 240" in short.content[0].text
    assert (await submits(v15))["total"] == 1


async def test_a_full_queue_is_one_sentence_and_nothing_is_queued(v15, tmp_path):
    async with httpx2.AsyncClient() as http:
        await http.post(f"{v15.base_url}/_emulator/config", json={"queue_max": 0})
    async with mcp_client(tmp_path, None, **env_for(v15)) as client:
        with anyio.fail_after(30):
            result = await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 10})
    text = result.content[0].text
    assert result.is_error and "queue is full" in text and "nothing was queued" in text
    assert (await submits(v15))["refused"] == 4 and (await submits(v15))["total"] == 0  # 1 + 3 paced retries


async def test_cancel_says_the_server_has_no_cancel(tmp_path):
    async with (
        serve_acestep15(Acestep15Config(render_speed=2, queue_delay=0)) as slow,
        mcp_client(tmp_path, None, **env_for(slow)) as client,
    ):
        started = ok(await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 20, "wait_s": 0}))
        assert started["status"] == "running"
        cancel = await client.call_tool("music_job", {"action": "cancel", "job_id": started["job_id"]})
        assert "has no cancel" in cancel.content[0].text and "at no cost" in cancel.content[0].text
        done = ok(await client.call_tool("music_job", {"action": "wait", "job_id": started["job_id"], "wait_s": 60}))
        assert done["status"] == "completed" and done["duration_s"] == pytest.approx(20.0)


def start_emulator(port: int, speed: float) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "emulator", "--protocol", "acestep15", "--port", str(port),
         "--render-speed", str(speed), "--queue-delay", "0"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().decode().strip() == f"http://127.0.0.1:{port}"  # its base URL, first line
    return proc


async def test_a_backend_killed_mid_job_is_one_sentence_and_the_job_is_never_sent_twice(tmp_path):
    port = free_port()
    first = start_emulator(port, speed=0.5)  # 20 s of audio: 40 s to render
    second = None
    try:
        async with mcp_client(tmp_path, None, **env_for(f"http://127.0.0.1:{port}")) as client:
            started = ok(await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 20, "wait_s": 1}))
            assert started["status"] == "running"
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
            second = start_emulator(port, speed=0)  # the same address, restarted: it knows no task
            with anyio.fail_after(60):
                ended = await client.call_tool(
                    "music_job", {"action": "wait", "job_id": started["job_id"], "wait_s": 30}
                )
            text = ended.content[0].text
            assert "no longer knows job" in text and "it was not sent again" in text
            assert text.startswith("The ACE-Step 1.5 server") and not re.search(r"[.;] [A-Z]", text)  # one sentence
            async with httpx2.AsyncClient() as http:
                assert (await http.get(f"http://127.0.0.1:{port}/_emulator/submits")).json()["total"] == 0
            listed = ok(await client.call_tool("music_job", {"action": "list"}))
            assert len(listed["jobs"]) == 1  # one job, submitted once
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)


async def test_the_api_key_is_sent_never_shown_and_a_wrong_one_is_one_sentence(tmp_path):
    secret = "sk-acestep-1234567890abcdef"
    async with serve_acestep15(Acestep15Config(render_speed=0, queue_delay=0, api_key=secret)) as locked:
        async with mcp_client(tmp_path / "a", None, **env_for(locked), ACESTEP_API_KEY=secret) as client:
            made = await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 10})
            assert not made.is_error and secret not in str(made.content) + str(made.structured_content)
        async with mcp_client(tmp_path / "b", None, **env_for(locked), ACESTEP_API_KEY="wrong-key-000") as client:
            refused = await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 10})
        doctor = await run_cli(tmp_path / "c", None, "doctor", **env_for(locked), ACESTEP_API_KEY=secret)
    text = refused.content[0].text
    assert refused.is_error and "ACESTEP_API_KEY" in text and "wrong-key-000" not in text
    out = doctor.stdout.decode()
    assert "acestep-v15-turbo, acestep-v15-base loaded (stems and add-a-part offered)" in out and secret not in out
    for home in ("a", "b"):  # nor in any file the server wrote
        for path in (tmp_path / home).rglob("*"):
            if path.is_file() and path.stat().st_size < 5_000_000:
                assert secret.encode() not in path.read_bytes(), path


async def test_a_result_that_expired_while_our_server_was_down_is_one_sentence_never_a_resubmit(tmp_path):
    import contextlib
    import sqlite3

    from tests.helpers import server_pids

    async with serve_acestep15(Acestep15Config(render_speed=4, queue_delay=0)) as v15:
        with contextlib.suppress(BaseException):
            async with mcp_client(tmp_path, None, **env_for(v15)) as client:
                first = ok(await client.call_tool("text_to_audio_v15", {"tags": "x", "duration": 12, "wait_s": 0.5}))
                for pid in server_pids(tmp_path / "home"):
                    os.kill(pid, signal.SIGKILL)
        db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
        (task_id,) = db.execute("SELECT request_id FROM jobs WHERE job_id = ?", (first["job_id"],)).fetchone()
        async with httpx2.AsyncClient(base_url=v15.base_url) as http:
            with anyio.fail_after(30):  # the server finishes it while nobody follows it ...
                while (await http.post("/query_result", json={"task_id_list": [task_id]})).json()["data"][0][
                    "status"
                ] != 1:
                    await anyio.sleep(0.2)
            await http.post("/_emulator/config", json={"result_ttl_s": 0})  # ... and forgets it
        async with mcp_client(tmp_path, None, **env_for(v15)) as client:
            with anyio.fail_after(60):
                ended = await client.call_tool("music_job", {"action": "wait", "job_id": first["job_id"], "wait_s": 30})
        assert ended.is_error and "no longer knows job" in ended.content[0].text
        assert (await submits(v15))["total"] == 1
