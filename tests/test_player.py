"""The player app's server side, through the SDK's client over stdio: who sees the player tools, the
ui:// resource, and what `track_view` hands the app (preview, peaks, versions with offsets)."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import anyio
import numpy as np
import pytest
import soundfile
from mcp import Client, StdioServerParameters
from mcp.client.extension import advertise

from ace_step_mcp.audio.preview import make_preview, preview_kbps
from tests.helpers import CORE_TOOLS, ace_step_mcp_cmd, subprocess_env, tool_list_tokens

pytestmark = pytest.mark.anyio

APPS = advertise("io.modelcontextprotocol/ui", {"mimeTypes": ["text/html;profile=mcp-app"]})
PLAYER = "ui://ace-step/player.html"


def _client(tmp_path: Path, emulator, *, apps: bool) -> Client:
    cmd = ace_step_mcp_cmd()
    params = StdioServerParameters(command=cmd[0], args=[*cmd[1:], "serve"], env=subprocess_env(tmp_path, emulator))
    return Client(params, mode="legacy", read_timeout_seconds=60, extensions=[APPS] if apps else None)


async def test_hosts_without_apps_see_the_tools_they_always_saw(tmp_path, emulator):
    async with _client(tmp_path, emulator, apps=False) as client:
        tools = (await client.list_tools()).tools
        resources = (await client.list_resources()).resources
        made = await client.call_tool("text_to_audio", {"tags": "ambient pad", "duration": 5})
        fed = await client.call_tool("track_view", {"track": made.structured_content["track_id"]})
    assert not any(str(r.uri).startswith("ui://") for r in resources)
    # A host may render apps without advertising them (issue 28): the generating tools keep their link
    # to the player, and the player's feed answers; only the player tools stay out of the model's list.
    assert not fed.is_error and any(c.type == "resource" for c in fed.content)
    assert {t.name for t in tools} == CORE_TOOLS
    linked = {t.name for t in tools if (t.meta or {}).get("ui", {}).get("resourceUri") == PLAYER}
    assert linked == {"text_to_audio", "text_to_audio_v15", "audio_inpaint", "audio_outpaint", "make_music"}


async def test_apps_hosts_get_the_player_linked_and_its_resource(tmp_path, emulator):
    async with _client(tmp_path, emulator, apps=True) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        html = await client.read_resource(PLAYER)
        listed = {str(r.uri): r for r in (await client.list_resources()).resources}
    for name in ("text_to_audio", "text_to_audio_v15", "audio_inpaint", "audio_outpaint", "make_music", "play_track"):
        assert tools[name].meta["ui"]["resourceUri"] == PLAYER, name
    assert tools["track_view"].meta["ui"] == {"resourceUri": PLAYER, "visibility": ["app"]}
    assert "ui" not in (tools["music_job"].meta or {})
    content = html.contents[0]
    assert content.mime_type == "text/html;profile=mcp-app"
    text = content.text
    # Self-contained: one document, no script or stylesheet fetched from anywhere.
    assert "<script" in text and 'src="http' not in text and "<link" not in text
    assert PLAYER in listed
    # What an Apps host's model reads (app-only tools are hidden from it): 9.4k tokens before issue 28, 3,949
    # measured with o200k_base after it (the list of a host without Apps plus play_track and six `_meta.ui`).
    seen = [t for t in tools.values() if "model" in ((t.meta or {}).get("ui", {}).get("visibility") or ["model"])]
    assert "track_view" not in {t.name for t in seen}
    assert tool_list_tokens(seen) < 4_000


async def test_track_view_hands_over_preview_peaks_and_versions_with_offsets(tmp_path, emulator):
    async with _client(tmp_path, emulator, apps=True) as client:
        made = await client.call_tool("text_to_audio", {"tags": "lo-fi, piano, 80 BPM", "duration": 20, "seed": 3})
        root = made.structured_content["track_id"]
        edit = await client.call_tool(
            "audio_outpaint",
            {"audio": root, "tags": "lo-fi intro", "extend_before_duration": 6, "extend_after_duration": 0},
        )
        assert not edit.is_error, edit.content
        outpainted = edit.structured_content["track_id"]
        inpaint = await client.call_tool(
            "audio_inpaint", {"audio": outpainted, "tags": "piano breakdown", "start_time": 8, "end_time": 12}
        )
        assert not inpaint.is_error, inpaint.content
        newest = inpaint.structured_content["track_id"]

        view = await client.call_tool("track_view", {"track": root})
        cached = tmp_path / "home" / "previews" / f"{root}.mp3"
        made_at = cached.stat().st_mtime_ns
        again, twice = await _both(
            client.call_tool("track_view", {"track": root}), client.call_tool("track_view", {"track": outpainted})
        )
        assert cached.stat().st_mtime_ns == made_at  # read from the cache, not encoded again
        played = await client.call_tool("play_track", {"track": f"music://tracks/{newest}"})
        missing = await client.call_tool("track_view", {"track": "trk_000000000000"})
        bad = await client.call_tool("play_track", {"track": "my song"})

    assert not view.is_error, view.content
    data = view.structured_content
    versions = {v["track_id"]: v for v in data["versions"]}
    assert list(versions) == [root, outpainted, newest]
    assert versions[root]["offset_s"] == 0 and versions[root]["label"] == "original" and versions[root]["current"]
    assert versions[outpainted]["offset_s"] == 6 and "6 s before" in versions[outpainted]["label"]
    assert versions[newest]["offset_s"] == 6 and versions[newest]["label"].startswith("regenerated 0:08")
    assert data["track"]["track_id"] == root and data["track"]["analysis"]["bpm"] > 0

    preview = data["preview"]
    assert preview["mime_type"] == "audio/mpeg" and abs(preview["duration_s"] - 20) < 0.01
    peaks = preview["peaks"]
    assert len(peaks) == 2000 and 0.05 < max(peaks) <= 1.0
    blob = next(c for c in view.content if c.type == "resource").resource
    assert blob.mime_type == "audio/mpeg" and blob.uri == f"music://tracks/{root}/preview"
    audio = base64.b64decode(blob.blob)
    assert audio[:3] == b"ID3" or audio[0] == 0xFF  # an MP3 stream
    assert len(audio) < 20 * 128_000 / 8 * 1.1  # 128 kbps, not a WAV
    decoded, rate = soundfile.read(io.BytesIO(audio), dtype="float32", always_2d=True)
    assert abs(len(decoded) / rate - 20) < 0.1 and decoded.shape[1] == 2
    # The second look reads the cached preview: same bytes.
    again_blob = next(c for c in again.content if c.type == "resource").resource.blob
    assert again_blob == blob.blob
    assert not twice.is_error and twice.structured_content["preview"]["duration_s"] == pytest.approx(26, abs=0.1)
    assert view.structured_content["usd_per_s"] == {"audio_inpaint": 0.0002, "audio_outpaint": 0.0002}

    assert not played.is_error
    text = " ".join(c.text for c in played.content if c.type == "text")
    assert "Versions:" in text and f"{newest} regenerated" in text and "(this one)" in text
    assert played.structured_content["track_id"] == newest
    assert any(c.type == "resource_link" for c in played.content)
    assert missing.is_error and "trk_000000000000" in missing.content[0].text
    assert bad.is_error and "`track`" in bad.content[0].text

    # The listening copy is cached beside the ledger, and goes when its track does.
    previews = tmp_path / "home" / "previews"
    assert (previews / f"{root}.mp3").read_bytes() == audio
    removed = await anyio.run_process(
        [*ace_step_mcp_cmd(), "tracks", "rm", root], env=subprocess_env(tmp_path, emulator), check=False
    )
    assert removed.returncode == 0, removed.stderr
    assert not (previews / f"{root}.mp3").exists() and not (previews / f"{root}.json").exists()


def test_preview_peaks_follow_the_music_and_long_tracks_get_smaller_bitrates(tmp_path):
    rate = 44_100
    t = np.arange(rate * 12) / rate
    loud = np.where(t < 6, 0.1, 0.8).astype(np.float32)  # quiet half, then loud
    wav = tmp_path / "steps.wav"
    soundfile.write(wav, np.stack([loud * np.sin(2 * np.pi * 220 * t)] * 2, axis=1), rate, subtype="PCM_16")
    made = make_preview(wav, tmp_path / "p.mp3", bins=120)
    assert len(made.peaks) == 120
    assert max(made.peaks[:55]) < 0.12 and min(made.peaks[65:]) > 0.7
    assert made.kbps == 128 and made.channels == 2
    assert preview_kbps(240) == 128 and preview_kbps(1800) == 48 and preview_kbps(3600) == 32
    assert json.dumps(made.peaks)  # JSON-ready floats


async def _both(a: Any, b: Any) -> tuple[Any, Any]:
    """Two calls at once on one session (a second player, or a retry, racing the first)."""
    results: list[Any] = [None, None]

    async def run(i: int, call: Any) -> None:
        results[i] = await call

    async with anyio.create_task_group() as tg:
        tg.start_soon(run, 0, a)
        tg.start_soon(run, 1, b)
    return results[0], results[1]


@pytest.mark.parametrize(
    ("rate", "channels", "subtype", "seconds"),
    [
        (22_050, 1, "PCM_U8", 3.0),  # mono, 8-bit, an MP3 rate: kept mono
        (7_000, 2, "PCM_16", 2.0),  # a rate MP3 has not: resampled to 48 kHz
        (48_000, 6, "FLOAT", 2.0),  # 5.1: folded to stereo, the centre in both sides
        (44_100, 2, "PCM_16", 0.0),  # empty: a preview of silence, not an encoder error
    ],
)
def test_preview_of_odd_sources(tmp_path, rate, channels, subtype, seconds):
    n = int(rate * seconds)
    data = np.zeros((n, channels), dtype=np.float32)
    voiced = 2 if channels == 6 else channels - 1  # 5.1's centre; else the last channel
    if n:
        data[:, voiced] = 0.5 * np.sin(2 * np.pi * 440 * np.arange(n) / rate)  # only that channel
    src = tmp_path / "odd.wav"
    soundfile.write(src, data, rate, subtype=subtype)
    made = make_preview(src, tmp_path / "odd.mp3", bins=50)
    decoded, out_rate = soundfile.read(tmp_path / "odd.mp3", dtype="float32", always_2d=True)
    assert made.duration_s == pytest.approx(seconds, abs=1e-6)
    assert decoded.shape[1] == made.channels == (1 if channels == 1 else 2)
    assert abs(len(decoded) / out_rate - seconds) < 0.1
    if n:
        assert max(made.peaks) > 0.2  # the signal on the last channel is heard and drawn
        assert float(np.abs(decoded).max()) > 0.1
        if channels == 6:  # the centre is heard in both sides alike
            left, right = np.abs(decoded).max(axis=0)
            assert left > 0.1 and abs(left - right) < 0.02
    else:
        assert max(made.peaks) == 0.0
