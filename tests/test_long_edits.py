"""Edits of real tracks: minutes long, any rate, and a service that re-synthesises what it is sent.

The emulator re-synthesises edits by default (48 kHz stereo, band-limited, a little quieter), as
RunComfy's ACE-Step v1 endpoints do; the splice must still give back the original's own samples
outside the edit. End to end through the real MCP client over stdio, and as a property of the
splice over many shapes of source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import numpy as np
import pytest
import soundfile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ace_step_mcp.audio.refs import resolve_window
from ace_step_mcp.audio.splice import (
    EditLimits,
    RenderMismatch,
    plan_inpaint,
    plan_outpaint,
    source_info,
    splice,
    write_clip,
)
from ace_step_mcp.endpoints import BY_TOOL
from ace_step_mcp.errors import AudioReferenceError, InvalidInput
from ace_step_mcp.ports.values import JobView
from ace_step_mcp.wiring import open_service
from tests.helpers import mcp_client, write_long_wav
from tests.portkit import team_settings

RUNCOMFY_V1 = EditLimits(max_clip_s=240.0, max_source_s=3600.0)  # RunComfy v1: 240 s renders, sources of an hour
XF_S = 0.05  # the default crossfade
# The server with its in-process emulator, no token, rendering at once.
OFFLINE = {
    "RUNCOMFY_TOKEN": "",
    "ACE_STEP_MCP_OFFLINE": "1",
    "ACE_STEP_MCP_EMULATOR_RENDER_SPEED": "0",
    "ACE_STEP_MCP_EMULATOR_QUEUE_DELAY": "0",
}


STORES = ["local", pytest.param("team", marks=pytest.mark.team)]


def on_store(settings: Any, tmp_path: Path, store: str) -> Any:
    """The settings on the default stores (SQLite and files), or on PostgreSQL and S3."""
    return team_settings(settings, tmp_path) if store == "team" else settings


def frames_of(path: Path, a: int, b: int) -> np.ndarray:
    with soundfile.SoundFile(str(path)) as f:
        f.seek(a)
        return f.read(b - a, dtype="int16", always_2d=True)


def same_frames(x: Path, y: Path, a: int, b: int, *, y_offset: int = 0, block: int = 1 << 20) -> bool:
    """Frames [a, b) of x equal frames [a + y_offset, b + y_offset) of y, compared in blocks."""
    for s in range(a, b, block):
        e = min(b, s + block)
        if not np.array_equal(frames_of(x, s, e), frames_of(y, s + y_offset, e + y_offset)):
            return False
    return True


@pytest.mark.long
@pytest.mark.anyio
async def test_a_ten_minute_wav_inpainted_at_four_minutes_is_the_original_outside_the_window(tmp_path, emulator):
    music = tmp_path / "music"
    music.mkdir()
    source = music / "song.wav"
    write_long_wav(source, 600)
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_ALLOWED_DIRS=str(music)) as client:
        result = await client.call_tool(
            "audio_inpaint",
            {"audio": str(source), "tags": "piano breakdown", "start_time": 240, "end_time": 260, "lyrics": "[inst]"},
        )
    assert not result.is_error, result.content
    out = result.structured_content
    edit = out["edit"]
    # Only the window and 30 s of context each side went upstream, as FLAC inline (RunComfy has no upload).
    assert edit["sent"]["ranges_s"] == [[210.0, 290.0]] and edit["sent"]["as"] == "inline flac"
    assert edit["sent"]["bytes"] < 16 * 2**20 and edit["spliced"] is True
    # The estimate (what caps and confirmation see) priced the 80 s clip RunComfy may bill; the charge it
    # reported (the emulator bills the window) is what is recorded.
    assert out["estimate_usd"] == pytest.approx(80 * 0.0002) and out["cost_usd"] == pytest.approx(20 * 0.0002)
    got = Path(out["path"])
    info = soundfile.info(str(got))
    assert (info.samplerate, info.channels, info.frames, info.subtype) == (44_100, 2, 600 * 44_100, "PCM_16")
    xf = round(XF_S * 44_100)
    a, b = 240 * 44_100, 260 * 44_100
    assert same_frames(source, got, 0, a - xf)
    assert same_frames(source, got, b + xf, 600 * 44_100)
    assert not np.array_equal(frames_of(source, a, b), frames_of(got, a, b))
    # The new audio carries sound (the render was resampled in, not left silent).
    assert np.abs(frames_of(got, a + 44_100, b - 44_100)).max() > 1000


@pytest.mark.long
@pytest.mark.anyio
async def test_offline_a_240_s_track_grows_to_360_s_and_keeps_its_samples(tmp_path):
    async with mcp_client(tmp_path, None, **OFFLINE) as client:
        made = await client.call_tool("text_to_audio", {"tags": "lo-fi, rhodes, 80 BPM", "duration": 240, "seed": 3})
        assert not made.is_error, made.content
        first = made.structured_content
        grown = await client.call_tool(
            "audio_outpaint", {"audio": first["track_id"], "tags": "lo-fi outro", "extend_after_duration": 120}
        )
        assert not grown.is_error, grown.content
        info = json.loads(
            (await client.read_resource(f"music://tracks/{grown.structured_content['track_id']}/info")).contents[0].text
        )
    out = grown.structured_content
    assert out["offline_preview"] is True and out["duration_s"] == pytest.approx(360.0)
    sent = out["edit"]["sent"]
    # Offline, what is sent is a file URL of the in-process emulator, never an inline upload, and only
    # the tail the extension continues (240 s + 120 s would pass one render's 240 s).
    assert sent["as"] == "file URL (offline)" and sent["ranges_s"] == [[210.0, 240.0]]
    assert info["parent_track_id"] == first["track_id"] and info["edit"]["spliced"] is True
    xf = round(XF_S * 48_000)
    assert same_frames(Path(first["path"]), Path(out["path"]), 0, 240 * 48_000 - xf)
    assert "expired" not in grown.content[0].text


@pytest.mark.long
@pytest.mark.anyio
async def test_offline_make_it_6_minutes_runs_the_chained_outpaints_it_plans(tmp_path):
    async with mcp_client(tmp_path, None, read_timeout=660, **OFFLINE) as client:
        short = await client.call_tool("text_to_audio", {"tags": "lo-fi, rhodes", "duration": 30, "seed": 4})
        assert not short.is_error, short.content
        six = await client.call_tool(
            "make_music",
            {"request": "make it 6 minutes", "audio": short.structured_content["track_id"], "wait_s": 600},
        )
    # make_music plans 'make it 6 minutes' of a 30 s track as two chained outpaints of 165 s, and runs both.
    # The call waits up to 600 s, not the default 45 s: the two offline renders take 35 s alone and past 45 s
    # under the rest of the long run, and this test is about the chain, not the call's budget. The client waits longer than the call.
    assert not six.is_error, six.content
    plan = six.structured_content["plan"]
    assert [s["arguments"]["extend_after_duration"] for s in plan["steps"]] == [165, 165]
    assert plan["steps_done"] == 2 and len(plan["tracks_made"]) == 2
    assert six.structured_content["duration_s"] == pytest.approx(360.0)
    assert six.structured_content["parent_track_id"] == plan["tracks_made"][0]


@pytest.mark.anyio
async def test_preserve_original_false_returns_the_render_as_it_came(tmp_path, emulator):
    music = tmp_path / "music"
    music.mkdir()
    source = music / "short.wav"
    write_long_wav(source, 8, rate=48_000)
    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_ALLOWED_DIRS=str(music)) as client:
        args = {"audio": str(source), "tags": "x", "start_time": 3, "end_time": 5}
        raw = await client.call_tool("audio_inpaint", {**args, "preserve_original": False, "seed": 5})
        kept = await client.call_tool("audio_inpaint", {**args, "seed": 5})
    assert not raw.is_error and not kept.is_error, (raw.content, kept.content)
    raw_out, kept_out = raw.structured_content, kept.structured_content
    assert raw_out["edit"]["spliced"] is False and kept_out["edit"]["spliced"] is True
    assert "as RunComfy returned it" in raw.content[0].text
    # The service really re-synthesises: outside the window the render is not the source.
    assert not np.array_equal(frames_of(source, 0, 2 * 48_000), frames_of(Path(raw_out["path"]), 0, 2 * 48_000))
    assert np.array_equal(frames_of(source, 0, 2 * 48_000), frames_of(Path(kept_out["path"]), 0, 2 * 48_000))


# -- the splice invariant -----------------------------------------------------------------------------


@st.composite
def shapes(draw):
    rate = draw(st.sampled_from([8_000, 22_050, 44_100, 48_000]))
    long = draw(st.booleans())
    if long:  # past one render's 240 s: only a clip is sent; mono 8 kHz keeps the example quick
        rate, channels = 8_000, 1
        seconds = draw(st.floats(240.5, 300))
    else:
        channels = draw(st.integers(1, 2))
        seconds = draw(st.floats(0.3, 6))
    subtype = draw(st.sampled_from(["PCM_16", "PCM_24", "FLOAT"]))
    container = draw(st.sampled_from(["WAV", "WAVEX", *(["FLAC"] if subtype != "FLOAT" else [])]))
    return rate, channels, seconds, subtype, container


def _write_source(
    path: Path, rate: int, channels: int, seconds: float, subtype: str, container: str, seed: int
) -> None:
    frames = max(1, round(seconds * rate))
    data = np.random.default_rng(seed).uniform(-0.7, 0.7, size=(frames, channels)).astype(np.float32)
    soundfile.write(str(path), data, rate, subtype=subtype, format=container)


def _fake_render(path: Path, seconds: float, seed: int) -> None:
    """What the service returns: 48 kHz stereo of the clip's length (plus any extension)."""
    n = round(seconds * 48_000)
    data = np.random.default_rng(seed).uniform(-0.5, 0.5, size=(n, 2)).astype(np.float32)
    soundfile.write(str(path), data, 48_000, subtype="PCM_16")


def _read(path: Path, dtype: str) -> np.ndarray:
    return soundfile.read(str(path), dtype=dtype, always_2d=True)[0]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    shape=shapes(),
    a=st.floats(0, 1),
    b=st.floats(0, 1),
    anchors=st.tuples(st.sampled_from(["start", "end"]), st.sampled_from(["start", "end"])),
    seed=st.integers(0, 2**31),
)
def test_inpaint_splice_keeps_every_frame_outside_the_widened_window(tmp_path_factory, shape, a, b, anchors, seed):
    rate, channels, seconds, subtype, container = shape
    d = tmp_path_factory.mktemp("inpaint")
    src = d / f"src.{container.lower()}"
    _write_source(src, rate, channels, seconds, subtype, container, seed)
    info = source_info(src)
    length = info.seconds
    start, end = sorted((a * length, b * length))
    end = min(length, max(end, start + 0.05), start + 200)
    if round(end * rate) <= round(start * rate):
        return
    # The same window, written with either anchor.
    s_val = length - start if anchors[0] == "end" else start
    e_val = length - end if anchors[1] == "end" else end
    start, end = resolve_window(s_val, anchors[0], e_val, anchors[1], length)
    if min(info.frames, round(end * rate)) - round(start * rate) < max(1, round(0.01 * rate)):
        # (a window clamped to the track's end under 10 ms, 0.492-0.500 s of a 0.5 s source: one sentence, no plan)
        with pytest.raises(InvalidInput, match="shorter than 10 ms"):
            plan_inpaint(info, start, end, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
        return
    plan = plan_inpaint(info, start, end, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
    assert plan.sent_s <= 240 + 1e-6 and plan.whole == (length <= 240)
    clip = d / "clip.flac"
    write_clip(src, plan, clip)
    assert soundfile.info(str(clip)).frames == sum(y - x for x, y in plan.sent)
    render = d / "render.wav"
    _fake_render(render, plan.sent_s, seed)
    out = d / f"out.{info.output[2]}"
    splice(src, render, out, plan)
    got_info = soundfile.info(str(out))
    assert (got_info.samplerate, got_info.channels, got_info.frames, got_info.subtype) == (
        rate,
        channels,
        info.frames,
        info.subtype,
    )
    orig, got = _read(src, info.dtype), _read(out, info.dtype)
    i, j = round(start * rate), min(info.frames, round(end * rate))
    xf = round(XF_S * rate)
    assert np.array_equal(got[: max(0, i - xf)], orig[: max(0, i - xf)])
    assert np.array_equal(got[j + xf :], orig[j + xf :])
    if j - i > 8:
        assert not np.array_equal(got[i:j], orig[i:j])


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(shape=shapes(), before=st.floats(0, 40), after=st.floats(0, 40), seed=st.integers(0, 2**31))
def test_outpaint_splice_keeps_the_whole_original_but_its_crossfaded_edges(
    tmp_path_factory, shape, before, after, seed
):
    rate, channels, seconds, subtype, container = shape
    if before + after < 0.01:
        return
    d = tmp_path_factory.mktemp("outpaint")
    src = d / f"src.{container.lower()}"
    _write_source(src, rate, channels, seconds, subtype, container, seed)
    info = source_info(src)
    plan = plan_outpaint(info, before, after, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
    assert plan.sent_s + before + after <= 240 + 1e-6
    render = d / "render.wav"
    _fake_render(render, plan.sent_s + before + after, seed)
    out = d / f"out.{info.output[2]}"
    splice(src, render, out, plan)
    nb, na = round(before * rate), round(after * rate)
    got_info = soundfile.info(str(out))
    assert (got_info.samplerate, got_info.channels, got_info.frames) == (rate, channels, nb + info.frames + na)
    orig, got = _read(src, info.dtype), _read(out, info.dtype)
    head = round(XF_S * rate) if nb else 0
    tail = round(XF_S * rate) if na else 0
    inner = slice(head, max(head, info.frames - tail))
    assert np.array_equal(got[nb + inner.start : nb + inner.stop], orig[inner])


# -- what a red-team review found, kept found -----------------------------------------------------

INPAINT = BY_TOOL["audio_inpaint"]


async def _edit(service: Any, body: dict) -> JobView:
    view = await service.start(await service.prepare(INPAINT, body))
    with anyio.fail_after(60):
        return await service.wait(view.job_id, timeout_s=None)


@pytest.mark.anyio
@pytest.mark.parametrize("store", STORES)
async def test_a_clip_over_the_inline_cap_goes_as_mp3_and_is_still_spliced(settings, tmp_path, store):
    music = tmp_path / "music"
    music.mkdir()
    source = music / "long.wav"
    write_long_wav(source, 300)
    settings = on_store(settings, tmp_path, store).changed(
        calls={"allowed_roots": (music,)}, edits={"max_upload_bytes": 6 * 2**20}
    )
    async with open_service(settings) as service:
        done = await _edit(service, {"audio": str(source), "tags": "x", "start_time": 100, "end_time": 150})
    assert done.track is not None, done.error
    sent = done.track.edit.sent
    assert sent["as"] == "inline mp3" and sent["bytes"] <= 6 * 2**20 and sent["seconds"] == 110
    xf = round(XF_S * 44_100)
    assert same_frames(source, Path(done.track.path), 0, 100 * 44_100 - xf)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("container", "subtype"), [("WAVEX", "PCM_24"), ("WAVEX", "FLOAT"), ("WAV", "PCM_32"), ("FLAC", "PCM_24")]
)
async def test_a_deep_source_keeps_its_sample_format(settings, tmp_path, container, subtype):
    music = tmp_path / "music"
    music.mkdir()
    source = music / f"deep.{'flac' if container == 'FLAC' else 'wav'}"
    _write_source(source, 48_000, 2, 6.0, subtype, container, seed=3)
    settings = settings.changed(calls={"allowed_roots": (music,)})
    async with open_service(settings) as service:
        done = await _edit(service, {"audio": str(source), "tags": "x", "start_time": 2, "end_time": 3})
    assert done.track is not None, done.error
    info = soundfile.info(done.track.path)
    assert info.subtype == subtype
    dtype = "float32" if subtype == "FLOAT" else "int32"  # ffmpeg and DAWs write WAVEX past 16 bits
    orig, got = _read(source, dtype), _read(Path(done.track.path), dtype)
    assert np.array_equal(got[: 2 * 48_000 - 2400], orig[: 2 * 48_000 - 2400])


def test_a_render_that_is_the_original_leaves_no_bump_at_the_seams(tmp_path):
    """The render's copy of the original is the original here: the seams must not swell or clip."""
    src = tmp_path / "src.wav"
    t = np.arange(48_000 * 6) / 48_000
    tone = (0.8 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    soundfile.write(str(src), np.stack([tone, tone], 1), 48_000, subtype="PCM_16")
    info = source_info(src)
    plan = plan_inpaint(info, 2.0, 4.0, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
    render = tmp_path / "render.wav"
    soundfile.write(str(render), _read(src, "float32") * 0.999, 48_000, subtype="PCM_16")  # a faithful copy
    out = tmp_path / "out.wav"
    splice(src, render, out, plan)
    got, orig = _read(out, "float32"), _read(src, "float32")
    assert np.abs(got).max() <= 0.81  # sin/cos gains would reach 0.8 * 1.41 = 1.13 and clip
    assert np.abs(got - orig).max() < 0.01


@pytest.mark.anyio
async def test_an_mp3_source_is_decoded_whole_and_spliced_without_dropouts(settings, tmp_path):
    music = tmp_path / "music"
    music.mkdir()
    source = music / "song.mp3"
    t = np.arange(44_100 * 20) / 44_100
    tone = (0.4 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    soundfile.write(str(source), np.stack([tone, tone], 1), 44_100, format="MP3", subtype="MPEG_LAYER_III")
    whole = soundfile.read(str(source), dtype="int16", always_2d=True)[0]  # one read is right (see editing.py)
    settings = settings.changed(calls={"allowed_roots": (music,)})
    async with open_service(settings) as service:
        done = await _edit(service, {"audio": str(source), "tags": "x", "start_time": 10, "end_time": 12})
    assert done.track is not None, done.error
    got = _read(Path(done.track.path), "int16")
    assert done.track.format == "flac" and len(got) == len(whole)
    xf = round(XF_S * 44_100)
    assert np.array_equal(got[: 10 * 44_100 - xf], whole[: 10 * 44_100 - xf])
    assert np.array_equal(got[12 * 44_100 + xf :], whole[12 * 44_100 + xf :])


@pytest.mark.anyio
@pytest.mark.parametrize("store", STORES)
async def test_two_songs_that_share_the_clip_sent_never_share_a_result(settings, tmp_path, store):
    music = tmp_path / "music"
    music.mkdir()
    a, b = music / "a.wav", music / "b.wav"
    write_long_wav(a, 250, seed=1)  # past 240 s, so only a clip goes
    write_long_wav(b, 250, seed=1)
    with soundfile.SoundFile(str(b), "r+") as f:  # b differs from a only in its first 10 s
        f.seek(0)
        f.write(np.zeros((10 * 44_100, 2), dtype=np.int16))
    body = {"tags": "x", "start_time": 200, "end_time": 220, "seed": 9}
    settings = on_store(settings, tmp_path, store).changed(calls={"allowed_roots": (music,)})
    async with open_service(settings) as service:
        first = await _edit(service, {**body, "audio": str(a)})
        second = await _edit(service, {**body, "audio": str(b)})
    assert first.track is not None and second.track is not None
    assert not second.deduplicated and second.track.track_id != first.track.track_id
    assert same_frames(b, Path(second.track.path), 0, 160 * 44_100)


@pytest.mark.anyio
async def test_a_file_swapped_after_it_was_checked_is_refused(settings, tmp_path):
    music = tmp_path / "music"
    music.mkdir()
    source = music / "song.wav"
    write_long_wav(source, 5, rate=48_000)
    settings = settings.changed(calls={"allowed_roots": (music,)})
    async with open_service(settings) as service:
        resolved = await service.resolve_audio(str(source))
        other = music / "other.wav"
        write_long_wav(other, 5, rate=48_000, seed=2)
        other.replace(source)  # same name, another file (inode)
        with pytest.raises(AudioReferenceError, match="was replaced"):
            await service.prepare(
                INPAINT,
                {"audio": str(source), "tags": "x", "start_time": 1, "end_time": 2},
                resolved_audio={str(source): resolved},
            )


def test_windows_too_short_or_too_long_are_refused_in_one_sentence(tmp_path):
    src = tmp_path / "s.wav"
    write_long_wav(src, 300, rate=8_000, channels=1)
    info = source_info(src)
    with pytest.raises(InvalidInput, match=r"shorter than 10 ms"):
        plan_inpaint(info, 100.0, 100.00004, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
    with pytest.raises(InvalidInput, match=r"240\.001 s long, over the 240 s"):
        plan_inpaint(info, 10.0, 250.001, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)


def test_a_render_of_the_wrong_length_is_not_spliced(tmp_path):
    src = tmp_path / "src.wav"
    write_long_wav(src, 6, rate=48_000)
    plan = plan_inpaint(source_info(src), 2.0, 3.0, context_s=30, crossfade_s=XF_S, limits=RUNCOMFY_V1)
    render = tmp_path / "render.wav"
    _fake_render(render, 4.0, 1)  # 6 s were sent
    with pytest.raises(RenderMismatch):
        splice(src, render, tmp_path / "out.wav", plan)


@pytest.mark.anyio
@pytest.mark.team
async def test_a_track_made_by_one_replica_is_edited_by_another_and_kept_bit_for_bit(settings, tmp_path):
    """Replica A renders a track into the shared store; replica B (its own empty cache) inpaints it by
    id: B fetches the file from S3, and the result keeps A's samples outside the window."""
    shared = team_settings(settings, tmp_path)
    a = shared.changed(store={"home": tmp_path / "a", "output_dir": tmp_path / "a" / "tracks"})
    b = shared.changed(store={"home": tmp_path / "b", "output_dir": tmp_path / "b" / "tracks"})
    async with open_service(a) as service:
        made = await service.start(await service.prepare(BY_TOOL["text_to_audio"], {"tags": "x", "duration": 30}))
        with anyio.fail_after(60):
            original = (await service.wait(made.job_id, timeout_s=None)).track
    assert original is not None
    async with open_service(b) as service:
        edited = await _edit(service, {"audio": original.track_id, "tags": "y", "start_time": 10, "end_time": 12})
    assert edited.track is not None and Path(edited.track.path).is_relative_to(tmp_path / "b")
    rate = soundfile.info(original.path).samplerate
    xf = round(XF_S * rate)
    assert same_frames(Path(original.path), Path(edited.track.path), 0, 10 * rate - xf)
    assert same_frames(Path(original.path), Path(edited.track.path), 12 * rate + xf, 30 * rate)


@pytest.mark.anyio
async def test_a_source_rewritten_in_place_with_its_time_put_back_is_not_called_kept(settings, tmp_path, control):
    """The red team rewrote a source in place while its edit rendered and restored its modification
    time: the splice still called the original "kept bit for bit". Its content is now hashed when the
    edit is planned and checked before the splice: the result is the render as it came, saying why."""
    import os

    music = tmp_path / "music"
    music.mkdir()
    source = music / "song.wav"
    write_long_wav(source, 20, rate=48_000)
    settings = settings.changed(calls={"allowed_roots": (music,)})
    await control.config(queue_delay=2.0)
    async with open_service(settings) as service:
        view = await service.start(
            await service.prepare(INPAINT, {"audio": str(source), "tags": "x", "start_time": 5, "end_time": 8})
        )
        st = os.stat(source)
        with open(source, "r+b") as f:  # same file, same size: other samples in its middle
            f.seek(st.st_size // 2)
            f.write(os.urandom(4096))
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
        with anyio.fail_after(60):
            done = await service.wait(view.job_id, timeout_s=None)
    assert done.track is not None and done.track.edit is not None
    assert done.track.edit.spliced is False
    assert "changed" in (done.track.edit.result or "")
