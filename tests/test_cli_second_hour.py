"""The CLI a newcomer meets (issue 28): input checked before anything starts, "did you mean", the
operator's relative paths and current folder, cost 0 offline, export that keeps files, `process`,
`doctor`, and a progress bar with the time left."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from ace_step_mcp.cli import progress_bar
from tests.helpers import T2A_MODEL, TOKEN, run_cli, wav_bytes

pytestmark = pytest.mark.anyio

INPAINT_MODEL = "acestep-ai/ace-step/audio-inpaint"


async def test_a_misspelt_field_is_named_with_its_likely_meaning_before_anything_starts(tmp_path):
    proc = await run_cli(tmp_path, None, "run", T2A_MODEL, "--offline", "--input", '{"tagz": "lo-fi"}')
    assert proc.returncode == 65
    err = proc.stderr.decode()
    assert "`tagz` is not an accepted field; did you mean `tags`?" in err, err
    assert "Traceback" not in err
    # Nothing started: no emulator said it renders, and no ledger was opened in the data folder.
    assert "OFFLINE" not in err
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").iterdir())


async def test_a_file_in_the_current_folder_is_the_operators_to_edit_and_offline_costs_nothing(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "song.wav").write_bytes(wav_bytes(8.0))
    body = {"audio": "song.wav", "tags": "piano", "start_time": 2, "end_time": 4}
    proc = await run_cli(
        tmp_path, None, "run", INPAINT_MODEL, "--offline", "--input", json.dumps(body), "--output-dir", "out",
        cwd=work, RUNCOMFY_TOKEN="",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    printed = json.loads(proc.stdout)
    assert printed["cost"] == 0.0  # an offline preview: "it costs nothing", and the number agrees
    assert Path(printed["path"]).parent == work / "out"
    assert printed["duration_s"] == pytest.approx(8.0, abs=0.01)


async def test_export_keeps_existing_files_unless_forced_and_refuses_the_tracks_own_file(tmp_path, emulator):
    made = await run_cli(
        tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--output-dir", str(tmp_path)
    )
    assert made.returncode == 0, made.stderr.decode()
    track = json.loads(made.stdout)
    own_folder = str(Path(track["path"]).parent)
    onto_itself = await run_cli(tmp_path, emulator, "tracks", "export", track["track_id"], own_folder)
    assert onto_itself.returncode == 64, onto_itself.stderr.decode()
    assert "own stored file" in onto_itself.stderr.decode() and b"Traceback" not in onto_itself.stderr
    assert Path(track["path"]).read_bytes()[:4] == b"RIFF"  # the stored track is untouched

    dest = tmp_path / "mine.wav"
    dest.write_bytes(b"my own file")
    kept = await run_cli(tmp_path, emulator, "tracks", "export", track["track_id"], str(dest))
    assert kept.returncode == 64 and "exists; pass --force" in kept.stderr.decode()
    assert dest.read_bytes() == b"my own file"
    forced = await run_cli(tmp_path, emulator, "tracks", "export", track["track_id"], str(dest), "--force")
    assert forced.returncode == 0, forced.stderr.decode()
    assert dest.read_bytes()[:4] == b"RIFF"


async def test_process_makes_a_deliverable_and_refuses_options_that_cannot_be_made(tmp_path, emulator):
    made = await run_cli(
        tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"house, 120 BPM","duration":6}',
        "--output-dir", str(tmp_path),
    )  # fmt: skip
    track_id = json.loads(made.stdout)["track_id"]
    mp3 = await run_cli(
        tmp_path, emulator, "process", track_id, "--format", "mp3", "--loudness", "-14", "--fade-out", "1"
    )
    assert mp3.returncode == 0, mp3.stderr.decode()
    out = json.loads(mp3.stdout)
    assert out["master_track_id"] == track_id and out["track_id"] != track_id
    assert Path(out["path"]).suffix == ".mp3" and Path(out["path"]).stat().st_size > 1000
    bad = await run_cli(tmp_path, emulator, "process", track_id, "--bitrate", "128")
    assert bad.returncode == 65 and "`bitrate_kbps` is 128" in bad.stderr.decode()
    typo = await run_cli(tmp_path, emulator, "process", "trk_000000000000", "--format", "wav")
    assert typo.returncode == 65 and "tracks list" in typo.stderr.decode()


async def test_doctor_checks_the_setup_and_prints_a_config_for_this_machine(tmp_path, emulator):
    good = await run_cli(tmp_path, emulator, "doctor")
    out = good.stdout.decode()
    assert good.returncode == 0, out + good.stderr.decode()
    assert "RunComfy token found in RUNCOMFY_TOKEN" in out and "answers (HTTP" in out and "is writable" in out
    assert "MCP SDK 2." in out and "claude_desktop_config.json" in out
    config = json.loads(out[out.index("{") : out.rindex("}") + 1])["mcpServers"]["ace-step"]
    assert config["args"][-1] == "serve" and "RUNCOMFY_TOKEN" in config["env"]
    assert TOKEN not in out  # where the token comes from, never what it is

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    bad = await run_cli(tmp_path, emulator, "doctor", ACE_STEP_MCP_HOME=str(blocked / "home"))
    assert bad.returncode == 1 and "is not writable" in bad.stdout.decode()


def test_the_progress_bar_shows_the_time_left_and_done_is_100_percent():
    def view(elapsed: float, expected: float, finished: bool = False, phase: str = "in_progress") -> SimpleNamespace:
        return SimpleNamespace(
            elapsed_s=elapsed, expected_s=expected, finished=finished, phase=phase, queue_position=None
        )

    half = progress_bar(view(5, 10))
    assert "[############------------]" in half and " 50%" in half and "about 0:05 left" in half
    assert "in progress" in half
    late = progress_bar(view(30, 10))  # past the estimate: not done until it is
    assert " 99%" in late and "about 0:00 left" in late
    done = progress_bar(view(9, 10, finished=True, phase="completed"))
    assert "100%" in done and "done" in done and "left" not in done


def test_on_a_terminal_run_draws_the_bar_and_ends_it_full(tmp_path):
    """The bar is what a person at a terminal sees (stderr a tty), and the last one drawn is 100 %."""
    import os
    import pty
    import subprocess

    from tests.helpers import ace_step_mcp_cmd, subprocess_env

    parent, child = pty.openpty()
    env = subprocess_env(tmp_path, None, RUNCOMFY_TOKEN="")
    body = '{"tags": "lo-fi", "duration": 20}'
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "run", T2A_MODEL, "--offline", "--input", body, "--output-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=child,
    )
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(parent, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=60) == 0, seen.decode(errors="replace")
    os.close(parent)
    lines = [line.replace("\x1b[K", "") for line in seen.decode(errors="replace").split("\r")]
    bars = [line for line in lines if line.startswith("[")]
    assert bars, seen
    assert "100%" in bars[-1] and "done" in bars[-1], bars[-1]
