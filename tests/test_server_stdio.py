"""The MCP server as users meet it: a subprocess over stdio, driven by the SDK's own client,
rendering through the emulator over loopback HTTP."""

from __future__ import annotations

import base64
import json
import sqlite3
import struct
import time

import anyio
import numpy as np
import pytest

from tests.helpers import (
    CORE_TOOLS,
    NOT_HERE,
    TOKEN,
    mcp_client,
    read_track,
    wav_bytes,
)

pytestmark = pytest.mark.anyio


async def test_tool_list_schemas_annotations_and_server_identity(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        assert client.server_info is not None and client.server_info.name == "ace-step-mcp"
        assert client.server_info.version
        assert "240" in (client.instructions or "")
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert set(tools) == CORE_TOOLS
    router = tools.pop("make_music")
    assert router.input_schema["required"] == ["request"] and "dry_run" in router.input_schema["properties"]
    job = tools.pop("music_job")
    assert job.input_schema["properties"]["action"]["enum"] == ["status", "wait", "result", "cancel", "list"]
    # cancel cannot be undone: destructive, which is the spec's default when the hint is left out
    assert job.annotations is not None and job.annotations.destructive_hint in (None, True)
    t2a = tools["text_to_audio"].input_schema
    assert t2a["required"] == ["tags"]
    duration = t2a["properties"]["duration"]
    assert {k: duration[k] for k in ("minimum", "maximum", "default", "type")} == {
        "minimum": 5,
        "maximum": 240,
        "default": 60,
        "type": "integer",
    }
    assert t2a["properties"]["seed"]["minimum"] == -1
    inpaint = tools["audio_inpaint"].input_schema
    assert set(inpaint["required"]) == {"audio", "tags"}
    assert inpaint["properties"]["start_time_relative_to"]["enum"] == ["start", "end"]
    assert tools["audio_outpaint"].input_schema["properties"]["extend_after_duration"]["default"] == 30
    for tool in tools.values():
        assert "Pick it for:" in (tool.description or "") and "Do not pick it for:" in (tool.description or "")
        ann = tool.annotations
        assert ann is not None
        # Only hints that differ from the spec's defaults are sent (read-only false, destructive true,
        # idempotent false, open world true); read with those defaults:
        hints = (
            ann.read_only_hint or False,
            True if ann.destructive_hint is None else ann.destructive_hint,
            ann.idempotent_hint or False,
            True if ann.open_world_hint is None else ann.open_world_hint,
        )
        assert hints == (
            False,
            False,
            False,
            tool.name != "process_track",  # local work: it reaches nothing outside this machine
        )
        assert tool.output_schema is None  # declared once, on make_music
    assert router.output_schema and "track_id" in router.output_schema["properties"]
    assert "[inst]" in (tools["text_to_audio"].description or "")


async def test_generate_inpaint_outpaint_chain_keeps_audio_outside_each_edit_bit_exact(tmp_path, emulator, control):
    async with mcp_client(tmp_path, emulator) as client:
        r1 = await client.call_tool("text_to_audio", {"tags": "lo-fi, rhodes, 80 BPM", "duration": 10, "seed": 4})
        assert not r1.is_error, r1.content
        first = r1.structured_content
        assert first["duration_s"] == 10.0 and first["seed"] == 4 and first["cost_usd"] == pytest.approx(0.002)
        assert [c.type for c in r1.content] == ["text", "resource_link"]
        assert r1.content[1].uri == f"music://tracks/{first['track_id']}"
        orig, rate, mime = await read_track(client, first["track_id"])
        assert (len(orig) / rate, mime) == (10.0, "audio/wav")

        r2 = await client.call_tool(
            "audio_inpaint",
            {
                "audio": first["uri"],
                "tags": "piano breakdown",
                "start_time": 2,
                "end_time": 4,
                "lyrics": "[inst]",
            },
        )
        assert not r2.is_error, r2.content
        second = r2.structured_content
        assert second["parent_track_id"] == first["track_id"]
        assert {"type": "inpaint", "start_s": 2.0, "end_s": 4.0, "source_s": 10.0}.items() <= second["edit"].items()
        inpainted, _, _ = await read_track(client, second["track_id"])
        # The emulator re-synthesises the whole clip, as RunComfy does; the splice puts the original
        # back outside the window, less a 50 ms crossfade on the original's side of each seam.
        xf = round(second["edit"]["crossfade_ms"] / 1000 * rate)
        assert second["edit"]["spliced"] is True and xf == 2400
        assert np.array_equal(inpainted[: 2 * rate - xf], orig[: 2 * rate - xf])
        assert np.array_equal(inpainted[4 * rate + xf :], orig[4 * rate + xf :])
        assert not np.array_equal(inpainted[2 * rate - xf : 2 * rate], orig[2 * rate - xf : 2 * rate])
        assert not np.array_equal(inpainted[2 * rate : 4 * rate], orig[2 * rate : 4 * rate])

        r3 = await client.call_tool(
            "audio_outpaint",
            {
                "audio": second["track_id"],
                "tags": "ambient intro",
                "extend_before_duration": 3,
                "extend_after_duration": 5,
            },
        )
        assert not r3.is_error, r3.content
        third = r3.structured_content
        outpainted, _, _ = await read_track(client, third["track_id"])
        assert len(outpainted) == 18 * rate
        assert np.array_equal(outpainted[3 * rate + xf : 13 * rate - xf], inpainted[xf:-xf])

        info = json.loads((await client.read_resource(f"music://tracks/{third['track_id']}/info")).contents[0].text)
        assert info["parent_track_id"] == second["track_id"]
        assert info["edit"]["type"] == "outpaint"

        r4 = await client.call_tool(
            "text_to_audio_v15", {"tags": "j-pop, japanese vocal", "lyrics": "[Verse]\n夜空", "duration": 5}
        )
        assert not r4.is_error and r4.structured_content["model_id"] == "acestep-ai/ace-step-1.5/text-to-audio"
        assert r4.structured_content["cost_usd"] == pytest.approx(5 * 0.0003)

        listed = [r.uri for r in (await client.list_resources()).resources]
        assert "music://endpoints" in listed and f"music://tracks/{third['track_id']}" in listed
        endpoints = json.loads((await client.read_resource("music://endpoints")).contents[0].text)
        assert {e["tool"] for e in endpoints} == {
            "text_to_audio",
            "text_to_audio_v15",
            "audio_inpaint",
            "audio_outpaint",
        }
    by_model = (await control.submits())["by_model"]
    assert by_model == {
        "acestep-ai/ace-step/text-to-audio": 1,
        "acestep-ai/ace-step/audio-inpaint": 1,
        "acestep-ai/ace-step/audio-outpaint": 1,
        "acestep-ai/ace-step-1.5/text-to-audio": 1,
    }
    # The ledger holds one row per job, all done, with the body that was sent.
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    assert db.execute("SELECT COUNT(*), SUM(state = 'done') FROM jobs").fetchone() == (4, 4)


async def test_progress_notifications_arrive_while_a_slow_job_runs(tmp_path, emulator, control):
    await control.config(render_speed=2, queue_delay=1)
    seen: list[tuple[float, str | None]] = []
    totals: list[float | None] = []
    started = time.monotonic()

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, message))
        totals.append(total)

    async with mcp_client(tmp_path, emulator) as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 20}, progress_callback=on_progress)
    took = time.monotonic() - started
    assert not result.is_error
    assert len(seen) >= 3
    phases = len({m.split(",")[0].split(" (")[0] for _, m in seen if m})  # submitting, in queue, in progress
    assert len(seen) <= took / 3 + phases  # a change of phase, else one every 3 s at most
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)
    assert all(t is not None and t >= p for (p, _), t in zip(seen, totals, strict=True))  # a bar can be drawn
    messages = " | ".join(m or "" for _, m in seen)
    assert "in queue" in messages and "in progress" in messages and "elapsed" in messages
    # Done is 100 % (issue 28): the last notification fills the bar and says no time is left.
    assert seen[-1][0] == totals[-1] and "left" not in (seen[-1][1] or ""), (seen[-1], totals[-1])


async def test_a_client_cancel_reaches_the_emulator_and_is_recorded(tmp_path, emulator, control):
    await control.config(queue_delay=60)
    async with mcp_client(tmp_path, emulator) as client:
        queued = anyio.Event()

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            if message and "queue" in message:
                queued.set()

        async with anyio.create_task_group() as tg:

            async def call() -> None:
                await client.call_tool("text_to_audio", {"tags": "x", "duration": 5}, progress_callback=on_progress)

            tg.start_soon(call)
            with anyio.fail_after(20):
                await queued.wait()
            tg.cancel_scope.cancel()
        with anyio.fail_after(10):
            while not [j for j in await control.jobs() if j["status"] == "cancelled"]:
                await anyio.sleep(0.1)
    db = sqlite3.connect(tmp_path / "home" / "ledger.sqlite3")
    with anyio.fail_after(10):
        while db.execute("SELECT state FROM jobs").fetchone() != ("cancelled",):
            await anyio.sleep(0.1)


async def test_every_bad_input_class_is_an_error_sentence_and_nothing_is_submitted(tmp_path, emulator, control):
    allowed = tmp_path / "music"
    allowed.mkdir()
    (allowed / "song.wav").write_bytes(wav_bytes(20, rate=8000))
    (allowed / "notes.txt").write_text("not audio")
    (allowed / "big.wav").write_bytes(wav_bytes(1))
    with open(allowed / "big.wav", "ab") as f:
        f.truncate(3 * 1024 * 1024)
    outside = tmp_path / "elsewhere.wav"
    outside.write_bytes(wav_bytes(5))
    (allowed / "link.wav").symlink_to(outside)
    long_track = base64.b64encode(wav_bytes(200, rate=4000, channels=1)).decode()
    cases = [
        (
            "text_to_audio",
            {"tags": "x", "duration": 3},
            "`duration` is 3 but must be a whole number from 5 to 240",
        ),
        ("text_to_audio", {"duration": 30}, "`tags` is required"),
        ("text_to_audio", {"tags": "x", "tempo": 90}, "`tempo` is not an accepted field"),
        ("text_to_audio", {"tags": "x", "seed": "abc"}, "`seed` is 'abc' but must be a whole number"),
        ("audio_inpaint", {"audio": "trk_000000000000", "tags": "x"}, "does not have"),
        ("audio_inpaint", {"audio": str(outside), "tags": "x"}, NOT_HERE.format(name="elsewhere.wav")),
        ("audio_inpaint", {"audio": str(allowed / "link.wav"), "tags": "x"}, NOT_HERE.format(name="link.wav")),
        ("audio_inpaint", {"audio": str(allowed / "notes.txt"), "tags": "x"}, "is not MP3, WAV, FLAC or OGG"),
        ("audio_inpaint", {"audio": str(allowed / "missing.wav"), "tags": "x"}, NOT_HERE.format(name="missing.wav")),
        (
            "audio_inpaint",
            {"audio": str(allowed / "big.wav"), "tags": "x", "end_time": 3601},
            "`end_time` is 3601 but must be a number from 0 to 3600",
        ),
        (
            "audio_inpaint",
            {"audio": str(allowed / "song.wav"), "tags": "x", "start_time": 12, "end_time": 8},
            "empty or reversed",
        ),
        (
            "audio_inpaint",
            {"audio": str(allowed / "song.wav"), "tags": "x", "start_time": 5, "end_time": 25},
            "`end_time` resolves to 25.00 s, past the end of the 20.00 s track",
        ),
        (
            "audio_outpaint",
            {
                "audio": f"data:audio/wav;base64,{long_track}",
                "tags": "x",
                "extend_before_duration": 120,
                "extend_after_duration": 120,
            },
            "one call can add at most 230 s to a 200.0 s track",
        ),
        (
            "audio_outpaint",
            {"audio": "data:audio/mpeg;base64,UklGRg==", "tags": "x"},
            "holds no MP3, WAV, FLAC or OGG",
        ),
        ("audio_outpaint", {"audio": "ftp://x/y.wav", "tags": "x"}, "is not a track id"),
    ]
    async with mcp_client(
        tmp_path,
        emulator,
        ACE_STEP_MCP_ALLOWED_DIRS=str(allowed),
        ACE_STEP_MCP_MAX_UPLOAD_BYTES=str(2 * 1024 * 1024),
    ) as client:
        for tool, args, words in cases:
            result = await client.call_tool(tool, args)
            assert result.is_error, (tool, args)
            text = result.content[0].text
            assert words in text, (args, text)
            assert "\n" not in text and "Traceback" not in text
    assert (await control.submits())["total"] == 0


async def test_online_without_a_token_lists_tools_and_calls_explain_how_to_set_it(tmp_path, emulator, control):
    async with mcp_client(tmp_path, emulator, args=("--online",), RUNCOMFY_TOKEN="") as client:
        assert len((await client.list_tools()).tools) == 7
        result = await client.call_tool("text_to_audio", {"tags": "x"})
    assert result.is_error
    assert "RUNCOMFY_TOKEN" in result.content[0].text and "--offline" in result.content[0].text
    assert (await control.submits())["total"] == 0


@pytest.mark.parametrize("args", [(), ("--offline",)])
async def test_offline_mode_without_a_token_or_by_flag_says_plainly_it_is_a_preview(tmp_path, args):
    async with mcp_client(tmp_path, None, args=args, RUNCOMFY_TOKEN="") as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5}, read_timeout_seconds=60)
    assert not result.is_error, result.content
    assert result.content[0].text.startswith("OFFLINE PREVIEW")
    assert result.structured_content["offline_preview"] is True


async def test_offline_mode_costs_nothing_against_the_caps(tmp_path):
    async with mcp_client(tmp_path, None, RUNCOMFY_TOKEN="", ACE_STEP_MCP_MAX_USD_TOTAL="0") as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
    assert not result.is_error, result.content


async def test_embedded_audio_only_when_asked_and_small(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_MAX_EMBED_BYTES=str(1_000_000)) as client:
        small = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5, "embed_audio": True})
        big = await client.call_tool("text_to_audio", {"tags": "x", "duration": 10, "embed_audio": True})
    assert [c.type for c in small.content] == ["text", "resource_link", "audio"]
    wav = base64.b64decode(small.content[2].data)
    assert wav[:4] == b"RIFF" and struct.unpack("<I", wav[40:44])[0] == 5 * 48_000 * 4
    assert [c.type for c in big.content] == ["text", "resource_link", "text"]
    assert "inline cap" in big.content[2].text


async def test_modern_protocol_negotiation_works_too(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator, mode="auto") as client:
        result = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
        assert not result.is_error
        _, rate, _ = await read_track(client, result.structured_content["track_id"])
    assert rate == 48_000


async def test_unknown_track_resource_is_an_error_not_a_path(tmp_path, emulator):
    from mcp.shared.exceptions import MCPError

    async with mcp_client(tmp_path, emulator) as client:
        for uri in (
            "music://tracks/trk_000000000000",
            "music://tracks/../../etc/passwd",
            "music://tracks/x/y",
        ):
            with pytest.raises(MCPError, match="No track"):
                await client.read_resource(uri)


async def test_same_fixed_seed_call_is_reused_not_paid_twice_unless_fresh(tmp_path, emulator, control):
    args = {"tags": "x", "duration": 5, "seed": 9}
    async with mcp_client(tmp_path, emulator) as client:
        first = await client.call_tool("text_to_audio", args)
        again = await client.call_tool("text_to_audio", args)
        fresh = await client.call_tool("text_to_audio", {**args, "fresh": True})
        random_seed = [await client.call_tool("text_to_audio", {"tags": "x", "duration": 5}) for _ in range(2)]
    assert again.structured_content["track_id"] == first.structured_content["track_id"]
    assert again.structured_content["deduplicated"] is True
    assert "no charge" in again.content[0].text
    assert fresh.structured_content["track_id"] != first.structured_content["track_id"]
    assert random_seed[0].structured_content["track_id"] != random_seed[1].structured_content["track_id"]
    assert (await control.submits())["total"] == 4
    assert TOKEN not in json.dumps(first.structured_content)


async def test_the_wait_the_operator_set_is_the_one_the_model_is_told(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_WAIT_S="12") as client:
        listed = await client.list_tools()
        told = client.instructions or ""
    assert "12 s on this server" in told
    assert not any("45" in str(t.input_schema) or "45" in (t.description or "") for t in listed.tools)
