"""A full disk degrades one job, not the server, and `tracks rm` frees room even then.

The disk is a real small tmpfs (mounting needs root, which CI has; elsewhere these tests skip)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from ace_step_mcp.endpoints import BY_TOOL
from ace_step_mcp.ports.values import JobState
from ace_step_mcp.wiring import open_service
from tests.helpers import Control, ace_step_mcp_cmd, finish, subprocess_env, t2a

pytestmark = pytest.mark.anyio


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def resize(disk: Path, mib: int) -> None:
    subprocess.run(["mount", "-o", f"remount,size={mib}m", str(disk)], check=True)


async def test_a_paid_render_that_meets_a_full_disk_waits_for_room_and_then_lands(
    settings, control: Control, small_disk: Path
):
    settings = settings.changed(store={"output_dir": small_disk})
    async with open_service(settings) as service:
        view = await service.start(t2a(duration=30))  # about 5.5 MiB of WAV on a 4 MiB disk
        with anyio.fail_after(30):
            while (view := await service.wait(view.job_id, timeout_s=0.5)).note is None:
                assert not view.finished, view.error
        assert view.state is JobState.SUBMITTED  # not failed: RunComfy keeps the paid render
        assert view.note == (
            f"No space left on the disk of {small_disk}; free some space there and the paid render will be "
            f"downloaded (RunComfy keeps it)."
        )
        resize(small_disk, 32)
        done = await finish(service, view)
    assert done.state is JobState.DONE and done.track is not None
    assert Path(done.track.path).parent == small_disk
    assert (await control.submits())["total"] == 1


async def test_on_a_self_hosted_1_5_server_a_full_disk_says_nothing_of_money_or_runcomfy(tmp_path, small_disk: Path):
    """The same wait for room on a free backend: the note names no paid render and no RunComfy."""
    from ace_step_mcp.emulator import serve_acestep15
    from ace_step_mcp.emulator.acestep15 import Acestep15Config
    from ace_step_mcp.settings import BackendSettings, Settings, StoreSettings

    async with serve_acestep15(Acestep15Config(render_speed=0, queue_delay=0)) as v15:
        settings = Settings(
            backend=BackendSettings(name="acestep15", acestep_url=v15.base_url),
            store=StoreSettings(home=tmp_path / "home", output_dir=small_disk),
        )
        async with open_service(settings) as service:
            resize(small_disk, 1)  # the server sends FLAC: 30 s is about 3 MiB
            request = await service.prepare(BY_TOOL["text_to_audio_v15"], {"tags": "x", "duration": 30})
            view = await service.start(request)
            with anyio.fail_after(30):
                while (view := await service.wait(view.job_id, timeout_s=0.5)).note is None:
                    assert not view.finished, view.error
            assert view.note == (
                f"No space left on the disk of {small_disk}; free some space there and the render will be downloaded."
            )
            resize(small_disk, 32)
            done = await finish(service, view)
        assert done.state is JobState.DONE and done.track is not None


async def test_tracks_rm_frees_room_on_a_full_disk(tmp_path, emulator, control: Control, small_disk: Path):
    home = small_disk / "home"
    env = subprocess_env(tmp_path, emulator, ACE_STEP_MCP_HOME=str(home))
    made = await anyio.run_process(  # not subprocess.run: the emulator answers on this event loop
        [*ace_step_mcp_cmd(), "run", "acestep-ai/ace-step/text-to-audio", "--input", '{"tags": "x", "duration": 15}',
         "--output-dir", str(home / "tracks")],
        env=env, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr.decode()
    track_id = made.stdout.decode().split('"track_id": "')[1].split('"')[0]
    filler = small_disk / "filler"
    with open(filler, "wb") as f, pytest.raises(OSError):  # fill the disk to the last byte
        while True:
            f.write(b"\0" * 65536)
            f.flush()
    removed = subprocess.run([*ace_step_mcp_cmd(), "tracks", "rm", track_id], env=env, capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.strip() == f"removed {track_id}"
    listed = subprocess.run([*ace_step_mcp_cmd(), "tracks", "list"], env=env, capture_output=True, text=True)
    assert track_id not in listed.stdout


@pytest.mark.parametrize("kind", ["wav", "flac"])
async def test_a_splice_that_meets_a_full_disk_waits_for_room_and_then_lands_spliced(
    kind, tmp_path, settings, control: Control, small_disk: Path
):
    """The render fits, the spliced track does not: the paid edit must not become the raw render for
    good (libsndfile reports a full disk as its own error, not ENOSPC); it lands spliced once there is room."""
    import numpy as np
    import soundfile

    from ace_step_mcp.endpoints import BY_TOOL

    music = tmp_path / "music"
    music.mkdir()
    source = music / f"long.{kind}"
    noise = np.random.default_rng(1).integers(-20_000, 20_000, size=(60 * 48_000, 2), dtype=np.int16)
    # 11 MiB of WAV (noise barely compresses: about 10 MiB of FLAC): the spliced track cannot fit on 8 MiB.
    soundfile.write(source, noise, 48_000, subtype="PCM_16", format=kind.upper())
    resize(small_disk, 8)
    settings = settings.changed(store={"output_dir": small_disk}, calls={"allowed_roots": (music,)})
    async with open_service(settings) as service:
        request = await service.prepare(
            BY_TOOL["audio_inpaint"], {"audio": str(source), "tags": "x", "start_time": 20, "end_time": 26}
        )
        view = await service.start(request)
        with anyio.fail_after(60):
            while (view := await service.wait(view.job_id, timeout_s=0.5)).note is None:
                assert not view.finished, (view.error, view.track and view.track.edit)
        assert view.state is JobState.SUBMITTED and "No space left" in view.note
        resize(small_disk, 64)
        done = await finish(service, view)
    assert done.state is JobState.DONE and done.track is not None
    assert done.track.edit is not None and done.track.edit.spliced is True
    assert (await control.submits())["total"] == 1


async def test_process_track_into_a_full_disk_is_one_sentence_naming_the_disk(tmp_path, emulator, small_disk: Path):
    """The red team's `process_track` into a full disk answered "failed inside ... try again"."""
    from tests.helpers import mcp_client

    async with mcp_client(tmp_path, emulator, ACE_STEP_MCP_HOME=str(small_disk)) as client:
        made = await client.call_tool("text_to_audio", {"tags": "x", "duration": 5})
        assert not made.is_error, made.content
        filler = small_disk / "filler"
        with filler.open("wb") as f:  # the disk full to its last block
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass
        result = await client.call_tool(
            "process_track", {"track": made.structured_content["track_id"], "output_format": "flac"}
        )
    text = result.content[0].text
    assert result.is_error and "failed inside" not in text, text
    assert "disk is full" in text or "full" in text.lower(), text
