"""The data dir against a model that can fill it for free (issue 26): `sources/` and `previews/` are
capped caches, a dry run or a refused call keeps nothing, and a killed process's temporary files are
removed at the next start."""

from __future__ import annotations

import base64
import os
import time

import pytest

from ace_step_mcp.jobs.caches import clean_temp, discard, evict
from ace_step_mcp.wiring import open_service
from tests.helpers import mcp_client, wav_bytes

pytestmark = pytest.mark.anyio


def _data_uri(seconds: float) -> str:
    return "data:audio/wav;base64," + base64.b64encode(wav_bytes(seconds)).decode()


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


async def test_a_dry_run_and_a_refused_call_keep_nothing_under_sources(tmp_path, emulator, control):
    """Before the fix every dry run kept a whole copy of its data-URI source (101 MiB each in the red
    team's run), never removed."""
    sources = tmp_path / "home" / "sources"
    env = {"ACE_STEP_MCP_MAX_USD_PER_CALL": "0.0001"}
    async with mcp_client(tmp_path, emulator, **env) as client:
        dry = await client.call_tool(
            "make_music", {"request": "replace 0:02-0:04 with a piano fill", "audio": _data_uri(8), "dry_run": True}
        )
        assert not dry.is_error, dry.content
        assert _files(sources) == []
        refused = await client.call_tool(
            "audio_inpaint", {"audio": _data_uri(9), "tags": "piano", "start_time": 2, "end_time": 4}
        )
        assert refused.is_error and "per-call cap" in refused.content[0].text
        assert _files(sources) == []
    assert (await control.submits())["total"] == 0


async def test_a_started_edit_keeps_its_source_until_spliced(tmp_path, emulator):
    async with mcp_client(tmp_path, emulator) as client:
        done = await client.call_tool(
            "audio_inpaint", {"audio": _data_uri(8), "tags": "piano", "start_time": 2, "end_time": 4}
        )
    assert not done.is_error, done.content
    assert done.structured_content["edit"]["spliced"] is True
    # A source given as data has no track id: the summary says so instead of "Inpainted 2-4 s of None".
    assert "Inpainted 2-4 s of the given audio" in done.content[0].text and "None" not in done.content[0].text


def test_eviction_removes_least_recently_used_first_and_never_a_kept_file(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    now = time.time()
    for i, name in enumerate(["a", "b", "c", "d"]):
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (now - 400 + i * 100, now - 400 + i * 100))
    (folder / ".url-inprogress").write_bytes(b"x" * 5000)  # a write in progress is not the cache's
    removed = evict(folder, 2000, keep={folder / "a"})
    assert sorted(p.name for p in removed) == ["b", "c"]
    assert _files(folder) == [".url-inprogress", "a", "d"]
    assert discard([folder / "d", tmp_path / "elsewhere"], folder, keep=()) == [folder / "d"]


async def test_temporary_files_a_killed_process_left_are_removed_at_start(tmp_path, settings):
    home = settings.store.home
    sources, previews = home / "sources", home / "previews"
    sources.mkdir(parents=True)
    previews.mkdir(parents=True)
    old = time.time() - 2 * 3600
    stale = [sources / ".url-0123", sources / ".clip-x.flac", previews / ".trk_1.mp3.ab.tmp"]
    for path in stale:
        path.write_bytes(b"half")
        os.utime(path, (old, old))
    (sources / ".url-fresh").write_bytes(b"another process is writing this")
    (sources / "url-0123abcd").write_bytes(b"a finished source")
    async with open_service(settings):
        pass
    assert _files(sources) == [".url-fresh", "url-0123abcd"]
    assert _files(previews) == []
    assert clean_temp([sources], older_than_s=-1) == [sources / ".url-fresh"]
