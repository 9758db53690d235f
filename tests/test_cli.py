"""`ace-step-mcp run` and `emulator` as subprocesses: the seed's exit-code table end to end."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import anyio
import pytest

from tests.helpers import T2A_MODEL, TOKEN, Control, ace_step_mcp_cmd, run_cli, subprocess_env

pytestmark = pytest.mark.anyio


async def test_run_writes_a_7_second_stereo_wav_and_exits_0(tmp_path, emulator, control: Control):
    out = tmp_path / "out"
    proc = await run_cli(
        tmp_path,
        emulator,
        "run",
        T2A_MODEL,
        "--input",
        '{"tags":"lo-fi, 80 BPM","duration":7}',
        "--output-dir",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    printed = json.loads(proc.stdout)
    assert printed["output"]["audio"].startswith(emulator.root_url)
    wavs = list(out.glob("*.wav"))
    assert len(wavs) == 1 and Path(printed["path"]) == wavs[0]
    with wave.open(str(wavs[0])) as w:
        assert w.getnchannels() == 2
        assert w.getnframes() / w.getframerate() == pytest.approx(7.00, abs=1e-9)
    sidecar = json.loads(wavs[0].with_suffix(".json").read_text())
    assert sidecar["params"]["tags"] == "lo-fi, 80 BPM"
    assert (await control.submits())["total"] == 1


async def test_out_of_range_duration_exits_65_naming_the_field_and_submits_nothing(tmp_path, emulator, control):
    proc = await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"lo-fi","duration":3}')
    assert proc.returncode == 65
    assert "`duration` is 3 but must be a whole number from 5 to 240" in proc.stderr.decode()
    assert (await control.submits())["total"] == 0


async def test_no_token_exits_77_and_submits_nothing(tmp_path, emulator, control):
    proc = await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x"}', RUNCOMFY_TOKEN="")
    assert proc.returncode == 77
    assert "RUNCOMFY_TOKEN" in proc.stderr.decode()
    assert (await control.submits())["total"] == 0


async def test_token_file_of_runcomfys_cli_is_used_when_env_is_empty(tmp_path, emulator, control):
    cfg = tmp_path / "runcomfy-config"
    cfg.mkdir()
    (cfg / "token.json").write_text(json.dumps({"access_token": TOKEN}))
    proc = await run_cli(
        tmp_path,
        emulator,
        "run",
        T2A_MODEL,
        "--input",
        '{"tags":"x","duration":5}',
        "--output-dir",
        str(tmp_path),
        RUNCOMFY_TOKEN="",
    )
    assert proc.returncode == 0, proc.stderr.decode()


async def test_a_503_storm_on_status_polls_is_survived(tmp_path, emulator, control):
    await control.faults({"on": "status", "status": 503, "count": 4})
    proc = await run_cli(
        tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--output-dir", str(tmp_path)
    )
    assert proc.returncode == 0, proc.stderr.decode()


async def test_a_500_on_submit_exits_69_after_exactly_one_submit(tmp_path, emulator, control):
    await control.faults({"on": "submit", "status": 500, "count": 3})
    proc = await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}')
    assert proc.returncode == 69
    assert (await control.submits())["total"] == 1


@pytest.mark.parametrize(
    ("fault", "code", "words"),
    [
        ({"on": "submit", "status": 402}, 65, "balance"),
        ({"on": "submit", "status": 401}, 77, "rejected the token"),
        ({"on": "submit", "status": 429, "retry_after": 0, "count": 99}, 75, "rate-limiting"),
        ({"on": "job", "fail": "GPU exploded"}, 1, "GPU exploded"),
        ({"on": "submit", "drop": True}, 1, "may or may not be running"),
    ],
)
async def test_exit_codes_match_the_seed(tmp_path, emulator, control, fault, code, words):
    await control.faults(fault)
    proc = await run_cli(
        tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--output-dir", str(tmp_path)
    )
    assert proc.returncode == code, proc.stderr.decode()
    assert words in proc.stderr.decode()
    assert TOKEN not in proc.stderr.decode() + proc.stdout.decode()


async def test_bad_arguments_exit_64_and_bad_json_exits_65(tmp_path, emulator):
    assert (await run_cli(tmp_path, emulator, "run", T2A_MODEL)).returncode == 64
    assert (await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", "{nope")).returncode == 65
    unknown = await run_cli(tmp_path, emulator, "run", "acme/nope", "--input", '{"tags":"x"}')
    assert unknown.returncode == 65 and "Unknown model" in unknown.stderr.decode()


async def test_no_wait_prints_the_request_id(tmp_path, emulator, control):
    proc = await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--no-wait")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["request_id"].startswith("emu-")


def test_emulator_command_prints_its_base_url_first_and_serves(tmp_path):
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "emulator", "--render-speed", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(tmp_path, None),
    )
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().decode().strip()
        assert base.startswith("http://127.0.0.1:") and base.endswith("/v1")
        run = subprocess.run(
            [
                *ace_step_mcp_cmd(),
                "run",
                T2A_MODEL,
                "--input",
                '{"tags":"x","duration":5}',
                "--output-dir",
                str(tmp_path),
            ],
            env=subprocess_env(tmp_path, None, RUNCOMFY_MODEL_API_BASE=base),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert run.returncode == 0, run.stderr.decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "ace_step_mcp", "--version"], capture_output=True, check=True)
    assert out.stdout.decode().startswith("ace-step-mcp ")


async def test_tracks_and_spend_commands_read_the_same_store(tmp_path, emulator, control):
    out = tmp_path / "out"
    ran = await run_cli(
        tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--output-dir", str(out)
    )
    track_id = json.loads(ran.stdout)["track_id"]
    listed = await run_cli(tmp_path, emulator, "tracks", "list")
    assert listed.returncode == 0 and track_id in listed.stdout.decode()
    shown = json.loads((await run_cli(tmp_path, emulator, "tracks", "show", track_id)).stdout)
    assert shown["duration_s"] == 5.0 and shown["cost_usd"] == pytest.approx(0.001)
    exported = await run_cli(tmp_path, emulator, "tracks", "export", track_id, str(tmp_path))
    assert Path(exported.stdout.decode().strip()).read_bytes() == (out / f"{track_id}.wav").read_bytes()
    spend = await run_cli(tmp_path, emulator, "spend")
    assert "text_to_audio" in spend.stdout.decode() and "0.0010" in spend.stdout.decode()
    removed = await run_cli(tmp_path, emulator, "tracks", "rm", track_id)
    assert removed.returncode == 0 and not (out / f"{track_id}.wav").exists()
    missing = await run_cli(tmp_path, emulator, "tracks", "show", track_id)
    assert missing.returncode == 65


# -- a newcomer's first hour (issue: clean edges) ------------------------------------------------------


async def test_run_without_a_token_points_at_run_offline_which_works(tmp_path, control: Control):
    no_token = await run_cli(
        tmp_path, None, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', RUNCOMFY_TOKEN=""
    )
    assert no_token.returncode == 77
    assert "`ace-step-mcp run --offline ...`" in no_token.stderr.decode()
    out = tmp_path / "out"
    offline = await run_cli(
        tmp_path, None, "run", T2A_MODEL, "--offline", "--input", '{"tags":"x","duration":5}', "--output-dir", str(out),
        RUNCOMFY_TOKEN="",
    )  # fmt: skip
    assert offline.returncode == 0, offline.stderr.decode()
    assert "OFFLINE" in offline.stderr.decode()
    assert Path(json.loads(offline.stdout)["path"]).parent == out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "9000"], "--host and --port apply only to --transport streamable-http or sse"),
        (
            ["serve", "--transport", "streamable-http", "--port", "99999"],
            "--port must be from 0 (any free port) to 65535, not 99999.",
        ),
    ],
)
async def test_serve_usage_errors_are_one_line_and_exit_64(tmp_path, args, message):
    proc = await run_cli(tmp_path, None, *args)
    assert proc.returncode == 64
    lines = proc.stderr.decode().strip().splitlines()
    assert message in lines[-1] and not any("Traceback" in line for line in lines)


async def test_http_serve_on_a_busy_port_is_one_usage_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = await run_cli(tmp_path, None, "serve", "--transport", "streamable-http", "--port", str(port))
    err = proc.stderr.decode()
    assert proc.returncode == 64
    assert f"ace-step-mcp: Cannot listen on 127.0.0.1:{port} (Address already in use)" in err
    assert "Traceback" not in err


async def test_http_serve_says_its_url_and_data_dir_and_stops_cleanly(tmp_path, emulator):
    from tests.helpers import free_port

    port = free_port()
    proc = subprocess.Popen(
        [*ace_step_mcp_cmd(), "serve", "--transport", "streamable-http", "--port", str(port)],
        env=subprocess_env(tmp_path, emulator), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    with anyio.fail_after(20):
        while True:
            try:
                stream = await anyio.connect_tcp("127.0.0.1", port)
                await stream.aclose()
                break
            except OSError:
                await anyio.sleep(0.05)
    proc.terminate()
    _, err = proc.communicate(timeout=15)
    text = err.decode()
    assert f"ace-step-mcp: serving MCP (streamable-http) at http://127.0.0.1:{port}/mcp" in text
    assert f"ace-step-mcp: data dir {tmp_path / 'home'} (ledger and tracks)" in text
    assert "ERROR" not in text and "Traceback" not in text, text


async def test_tracks_export_refuses_a_missing_folder_and_a_name_of_another_format(tmp_path, emulator):
    made = await run_cli(tmp_path, emulator, "run", T2A_MODEL, "--input", '{"tags":"x","duration":5}', "--output-dir",
                         str(tmp_path / "home" / "tracks"))  # fmt: skip
    track_id = json.loads(made.stdout)["track_id"]
    missing = await run_cli(tmp_path, emulator, "tracks", "export", track_id, str(tmp_path / "nowhere") + "/")
    as_mp3 = await run_cli(tmp_path, emulator, "tracks", "export", track_id, str(tmp_path / "song.mp3"))
    as_wav = await run_cli(tmp_path, emulator, "tracks", "export", track_id, str(tmp_path / "song.wav"))
    assert missing.returncode == 64 and "does not exist" in missing.stderr.decode()
    assert not (tmp_path / "nowhere").exists()
    assert as_mp3.returncode == 64 and "name the file 'song.wav'" in as_mp3.stderr.decode()
    assert not (tmp_path / "song.mp3").exists()
    assert as_wav.returncode == 0 and (tmp_path / "song.wav").read_bytes()[:4] == b"RIFF"


@pytest.mark.long
async def test_make_plans_like_make_music_and_runs_takes_and_chained_plans(tmp_path, emulator, control):
    """The CLI renders the job core's pipeline: a dry run prices the whole plan, takes come back best
    first, a piece longer than one render is made in chained calls, and a vague request is a question."""
    dry = await run_cli(tmp_path, emulator, "make", "a 5 minute ambient drone", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)["plan"]
    assert [s["endpoint"] for s in plan["steps"]][:1] == ["text_to_audio"] and len(plan["steps"]) >= 2
    assert plan["estimate_usd"] == pytest.approx(300 * 0.0002, rel=0.05)  # every step priced, not just the first
    assert (await control.submits())["total"] == 0

    takes = await run_cli(
        tmp_path, emulator, "make", "a 5 second lo-fi beat", "--takes", "2", "--output-dir", str(tmp_path)
    )
    assert takes.returncode == 0, takes.stderr
    made = json.loads(takes.stdout)
    assert len(made["tracks"]) == 2 and all(Path(t["path"]).is_file() for t in made["tracks"])
    assert (await control.submits())["total"] == 2

    long = await run_cli(tmp_path, emulator, "make", "a 5 minute ambient drone", "--output-dir", str(tmp_path))
    assert long.returncode == 0, long.stderr
    last = json.loads(long.stdout)["tracks"][0]
    assert last["duration_s"] == pytest.approx(300, abs=1.0)
    assert (await control.submits())["total"] == 2 + len(plan["steps"])

    vague = await run_cli(tmp_path, emulator, "make", "replace a bit of it", "--audio", made["tracks"][0]["track_id"])
    assert vague.returncode == 65 and "I need one answer" in vague.stderr.decode()
    assert (await control.submits())["total"] == 2 + len(plan["steps"])


@pytest.mark.parametrize("command", ["run", "make"])
async def test_an_output_folder_that_cannot_be_written_is_refused_before_anything_is_submitted(
    tmp_path, emulator, control, command
):
    """Before the fix `run` submitted the paid job first, then retried writing for 30 minutes."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    what = (T2A_MODEL, "--input", '{"tags": "x", "duration": 5}') if command == "run" else ("a 20 s jingle",)
    proc = await run_cli(tmp_path, emulator, command, *what, "--output-dir", str(blocker / "out"))
    assert proc.returncode == 64, proc.stderr.decode()
    said = proc.stderr.decode()
    assert f"--output-dir '{blocker / 'out'}' cannot be written here" in said and "Nothing was submitted" in said
    assert (await control.submits())["total"] == 0
