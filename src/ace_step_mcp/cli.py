"""`ace-step-mcp serve | run | make | process | doctor | emulator | tracks | spend`, with the exit codes of
RunComfy's CLI.

argparse (stdlib) keeps start-up cheap: `serve` imports the MCP SDK only after the arguments are
read, and `run` never imports it. Every error leaves as one line on stderr and the error's exit
code: 64 bad arguments, 65 bad input, 69 upstream 5xx, 75 timeout/429, 77 token, 1 job failed.

The person at the command line is the operator: a relative path, or a file in the current folder, is
theirs to use as `audio` (the server's folder rules are for its clients). Input is checked before
anything starts (the emulator takes seconds), and progress on a terminal is a bar with the time left.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from ace_step_mcp import __version__
from ace_step_mcp.errors import EXIT_USAGE, AceStepError, InvalidInput, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"ace-step-mcp: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ace-step-mcp", description="ACE Step music tools over MCP, on RunComfy's Model API.")
    parser.add_argument("--version", action="version", version=f"ace-step-mcp {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    serve = sub.add_parser(
        "serve",
        help="run the MCP server (default: stdio)",
        description="Serve the ACE Step tools over MCP. An MCP client starts it (stdio); a team server uses "
        "--transport streamable-http. Settings come from the environment (see the README).",
    )
    serve.add_argument(
        "--transport",
        choices=["stdio", "sse", "streamable-http"],
        default="stdio",
        help="stdio (default: started by an MCP client), streamable-http (a shared server at "
        "http://HOST:PORT/mcp) or sse (the legacy HTTP transport)",
    )
    serve.add_argument(
        "--host",
        default=None,
        help="HTTP only: the address to bind (default 127.0.0.1; beyond loopback ACE_STEP_MCP_HTTP_TOKEN is required)",
    )
    serve.add_argument("--port", type=int, default=None, help="HTTP only: the port to listen on (default 8000)")
    mode = serve.add_mutually_exclusive_group()
    mode.add_argument(
        "--offline",
        action="store_true",
        help="renders come from the bundled emulator, free (the default when no RunComfy token is found)",
    )
    mode.add_argument("--online", action="store_true", help="use RunComfy even if no token is set (calls then fail)")

    run = sub.add_parser("run", help="run one job, like `runcomfy run`")
    run.add_argument("model_id")
    source = run.add_mutually_exclusive_group(required=True)
    source.add_argument("--input", help="the input as a JSON object")
    source.add_argument("--input-file", help="a file holding the JSON input, or - for stdin")
    run.add_argument("--output-dir", default=".")
    run.add_argument("--no-wait", action="store_true", help="submit, print the request id, and exit")
    run.add_argument("--timeout", type=float, default=None, help="seconds to wait for the job (default 1800)")
    run.add_argument(
        "--offline", action="store_true", help="run it on the bundled emulator: free, not ACE Step (no token needed)"
    )

    process = sub.add_parser("process", help="make a deliverable of a stored track (format, loudness, loop, fades)")
    process.add_argument("track", help="the track id (trk_...)")
    process.add_argument("--format", choices=["wav", "flac", "mp3", "ogg"], dest="output_format")
    process.add_argument("--bitrate", type=int, dest="bitrate_kbps", help="mp3/ogg kbps (32-320)")
    process.add_argument("--loudness", type=float, dest="loudness_lufs", help="target LUFS, e.g. -14")
    process.add_argument("--loop", action="store_true", help="a seamless loop (whole bars)")
    process.add_argument("--fade-in", type=float, default=0.0, dest="fade_in_s", help="seconds")
    process.add_argument("--fade-out", type=float, default=0.0, dest="fade_out_s", help="seconds")
    process.add_argument("--trim-start", type=float, default=0.0, dest="trim_start_s", help="seconds cut")
    process.add_argument("--trim-end", type=float, default=0.0, dest="trim_end_s", help="seconds cut")

    sub.add_parser("doctor", help="check the setup: token, backend, data folder, versions, a client config")

    make = sub.add_parser("make", help="make music from a plain request (planned like the make_music tool)")
    make.add_argument("request", help="what you want, in your words: 'a 90 s lo-fi bed', 'add a 30 s intro'")
    make.add_argument("--audio", help="the track it is about (trk_..., a file or an https URL), for edits")
    make.add_argument("--takes", type=int, help="renders with distinct seeds, best first (1-4; default 1)")
    make.add_argument("--dry-run", action="store_true", help="print the plan and its cost; nothing is submitted")
    make.add_argument("--output-dir", default=".")
    make.add_argument(
        "--offline", action="store_true", help="run it on the bundled emulator: free, not ACE Step (no token needed)"
    )

    emu = sub.add_parser("emulator", help="run the offline Model API emulator")
    emu.add_argument(
        "--protocol",
        choices=["runcomfy", "acestep15"],
        default="runcomfy",
        help="the wire it speaks: RunComfy's Model API, or a self-hosted ACE-Step 1.5 API server's",
    )
    emu.add_argument("--host", default="127.0.0.1")
    emu.add_argument("--port", type=int, default=0)
    emu.add_argument("--render-speed", type=float, default=20.0, help="seconds of audio per second; 0 = instant")
    emu.add_argument("--queue-delay", type=float, default=0.5, help="seconds a job waits in the queue")
    emu.add_argument("--token", action="append", help="accept only this bearer token (repeatable)")
    emu.add_argument(
        "--audio-form",
        choices=["string", "object", "mixed"],
        default="string",
        help="a result's audio as a URL string (RunComfy), fal's {url, ...} object, or alternating",
    )
    emu.add_argument(
        "--edit-mode",
        choices=["resynth", "exact"],
        default="resynth",
        help="edits come back re-synthesised at 48 kHz like RunComfy's (default), or keep the input's samples",
    )
    emu.add_argument(
        "--as-runcomfy",
        action="store_true",
        help="do not mark answers as the emulator's: clients then count its jobs as paid (for testing caps)",
    )

    tracks = sub.add_parser("tracks", help="list, show, remove or export stored tracks")
    tracks_sub = tracks.add_subparsers(dest="tracks_command", required=True, parser_class=_Parser)
    tl = tracks_sub.add_parser("list")
    tl.add_argument("--limit", type=int, default=20)
    tracks_sub.add_parser("show").add_argument("track_id")
    tracks_sub.add_parser("rm").add_argument("track_id")
    te = tracks_sub.add_parser("export")
    te.add_argument("track_id")
    te.add_argument("dest")
    te.add_argument("--force", action="store_true", help="overwrite a file that exists")

    sp = sub.add_parser("spend", help="spend by day and endpoint")
    sp.add_argument("--by-user", action="store_true", help="one line per person too (a server for several people)")
    keys = sub.add_parser("keys", help="API keys for the people of a shared server")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, parser_class=_Parser)
    keys_sub.add_parser("create", help="print a new key for a person, once").add_argument("--user", required=True)
    keys_sub.add_parser("list", help="every key: id, person, created, last used, revoked")
    keys_sub.add_parser("revoke", help="stop a key from working").add_argument("key_id")
    db = sub.add_parser("db", help="the ledger's schema: `db migrate` creates or upgrades it")
    db.add_subparsers(dest="db_command", required=True, parser_class=_Parser).add_parser(
        "migrate", help="apply the migrations not yet applied (safe while replicas run)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in (None, "serve"):
            return _serve(args)
        if args.command == "run":
            return _run(args)
        if args.command == "make":
            return _make(args)
        if args.command == "process":
            return _process(args)
        if args.command == "doctor":
            from ace_step_mcp.doctor import doctor

            return doctor()
        if args.command == "emulator":
            return _emulator(args)
        if args.command == "tracks":
            return _tracks(args)
        if args.command == "spend":
            return _spend(by_user=args.by_user)
        if args.command == "keys":
            return _keys(args)
        if args.command == "db":
            return _db()
    except AceStepError as exc:
        print(f"ace-step-mcp: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    raise UsageError(f"unknown command {args.command}")  # pragma: no cover


# -- serve ------------------------------------------------------------------------------------------


def serve_settings(args: argparse.Namespace) -> tuple[Any, bool]:
    """The settings `serve` runs with, and whether it runs offline (said on stderr when it does)."""
    from ace_step_mcp.settings import Settings

    settings = Settings.from_env()
    if settings.backend.name == "acestep15" and not getattr(args, "offline", False):
        print(
            f"ace-step-mcp: ACE-Step 1.5 backend: renders come from the server at {settings.backend.acestep_url} "
            f"(ACESTEP_API_URL) and cost nothing here.",
            file=sys.stderr,
        )
        return settings, False
    if getattr(args, "offline", False):
        offline = True
    elif getattr(args, "online", False):
        offline = False
    elif settings.backend.offline is not None:
        offline = settings.backend.offline
    else:
        offline = settings.backend.token is None
    if offline:
        why = (
            "asked for" if (getattr(args, "offline", False) or settings.backend.offline) else "no RUNCOMFY_TOKEN found"
        )
        print(
            f"ace-step-mcp: OFFLINE mode ({why}): renders come from the bundled emulator, not ACE Step, "
            f"and cost nothing. Set RUNCOMFY_TOKEN for real ACE Step renders.",
            file=sys.stderr,
        )
    return settings, offline


def _where_kept(settings: Any) -> str:
    """Where the ledger and the tracks are, as it may be shown (never a password)."""
    if settings.store.database_url is None and settings.store.url is None:
        return f"data dir {settings.store.home} (ledger and tracks)"
    from ace_step_mcp.stores.postgres import redacted

    ledger = redacted(settings.store.database_url) if settings.store.database_url else settings.store.ledger_path
    tracks = settings.store.url or settings.store.tracks_dir
    return f"ledger {ledger}, tracks {tracks} (local copies in {settings.store.tracks_dir})"


def _serve(args: argparse.Namespace) -> int:
    import gc

    # Start-up builds ~100k objects that live as long as the process (the SDK's pydantic models);
    # collecting while they are being built is wasted work, about 10% of a cold start. `serve`
    # freezes them and turns the collector back on as soon as the server is built.
    gc.disable()
    transport = getattr(args, "transport", "stdio")
    host, port = getattr(args, "host", None), getattr(args, "port", None)
    if transport == "stdio" and (host is not None or port is not None):
        raise UsageError("--host and --port apply only to --transport streamable-http or sse; stdio has no address.")
    if port is not None and not 0 <= port < 65536:
        raise UsageError(f"--port must be from 0 (any free port) to 65535, not {port}.")
    settings, offline = serve_settings(args)
    print(f"ace-step-mcp: {_where_kept(settings)}", file=sys.stderr)
    if transport == "stdio" and sys.stdin.isatty():
        print(
            f"ace-step-mcp {__version__}: serving MCP on stdio. Start it from an MCP client (see README); "
            f"Ctrl-C stops it.",
            file=sys.stderr,
        )
    from ace_step_mcp.surface.transport import run_server

    run_server(settings, transport=transport, host=host or "127.0.0.1", port=port or 8000, offline=offline)
    return 0


# -- run --------------------------------------------------------------------------------------------


def _read_input(args: argparse.Namespace) -> Any:
    if args.input is not None:
        text = args.input
    elif args.input_file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.input_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--input-file {args.input_file!r} cannot be read ({exc.strerror}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--input is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).") from None


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def progress_bar(view: Any, width: int = 24) -> str:
    """One terminal line for a job: a bar, its share done, the phase, elapsed and the time left (the
    server's estimate of the render). Done is 100 %; a job past its estimate stays at 99 % until it is."""
    done = bool(view.finished)
    expected = float(view.expected_s or 0.0)
    share = 1.0 if done else min(0.99, view.elapsed_s / expected) if expected > 0 else 0.0
    filled = int(share * width)
    where = f", queue position {view.queue_position}" if view.queue_position else ""
    ended = "done" if getattr(view, "succeeded", True) else "ended"
    left = ended if done else f"about {_clock(max(0.0, expected - view.elapsed_s))} left" if expected else "estimating"
    phase = str(view.phase).replace("_", " ")
    return f"[{'#' * filled}{'-' * (width - filled)}] {share:4.0%} {phase}{where} · {_clock(view.elapsed_s)} · {left}"


class _ProgressPrinter:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = ""

    async def __call__(self, view: Any) -> None:
        where = f", queue position {view.queue_position}" if view.queue_position else ""
        line = f"{view.phase}{where}"
        if self.tty:
            sys.stderr.write(f"\r\033[K{progress_bar(view)}")
            sys.stderr.flush()
        elif line != self.last:
            print(f"{line} ({view.elapsed_s:.1f} s)", file=sys.stderr, flush=True)
        self.last = line

    def close(self) -> None:
        if self.tty and self.last:
            sys.stderr.write("\n")


def _run(args: argparse.Namespace) -> int:
    import anyio

    from ace_step_mcp.settings import Settings

    raw = _read_input(args)
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds.")
    raw = _checked_input(args.model_id, raw)  # before anything starts: a typo is answered at once
    settings = Settings.from_env()
    out_dir = writable_folder(Path(args.output_dir).expanduser().resolve())
    settings = _operator_settings(settings, raw.get("audio")).changed(
        store={"output_dir": out_dir}, backend={"wait_timeout_s": args.timeout or settings.backend.wait_timeout_s}
    )
    if args.offline:
        print(
            "ace-step-mcp: OFFLINE: the bundled emulator renders this, not ACE Step; it costs nothing.", file=sys.stderr
        )
    return anyio.run(_run_async, settings, args.model_id, raw, args.no_wait, args.offline)


def _checked_input(model_id: str, raw: Any) -> dict[str, Any]:
    """The input as the job will use it, checked against the endpoint's schema: a relative `audio`
    path made absolute (the operator's own files)."""
    from ace_step_mcp.endpoints import endpoint_for_model, validate_request

    endpoint = endpoint_for_model(model_id)
    if isinstance(raw, dict) and isinstance(raw.get("audio"), str):
        raw = {**raw, "audio": operator_audio(raw["audio"])}
    validate_request(endpoint, raw)
    assert isinstance(raw, dict)  # validate_request refuses anything else
    return raw


def operator_audio(ref: str) -> str:
    """`audio` as the operator typed it: a path that names an existing file (relative, in the current
    folder, or with ~) becomes absolute; anything else (a track id, a URL, a data URI) is left as it is."""
    if ref.startswith(("trk_", "music://", "http://", "https://", "data:", "file://")) or "\0" in ref:
        return ref
    path = Path(ref).expanduser()
    return str(path.resolve()) if path.is_file() else ref


def _operator_settings(settings: Any, audio: Any) -> Any:
    """The CLI's settings: the operator's current folder, and the folder of a file they name, may be read."""
    extra = [Path.cwd()]
    if isinstance(audio, str) and audio.startswith("/") and Path(audio).is_file():
        extra.append(Path(audio).parent)
    roots = tuple(dict.fromkeys([*settings.calls.allowed_roots, *extra]))
    return settings.changed(calls={"allowed_roots": roots})


def writable_folder(folder: Path) -> Path:
    """`--output-dir` made and written to once before anything is submitted (a paid render with
    nowhere to go would be retried for half an hour), else a usage error naming it."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UsageError(
            f"--output-dir '{folder}' cannot be written here ({exc.strerror or type(exc).__name__}); give a folder "
            f"you can write to. Nothing was submitted."
        ) from None
    return folder


def _replace(settings: Any, **changes: Any) -> Any:
    from dataclasses import replace

    return replace(settings, **changes)


async def _run_async(settings: Any, model_id: str, raw: Any, no_wait: bool, offline: bool = False) -> int:
    from ace_step_mcp.wiring import open_service

    printer = _ProgressPrinter()
    async with open_service(settings, offline=offline) as service:
        request = await service.prepare_wire(model_id, raw)
        view = await service.start(request)
        if no_wait:
            while view.request_id is None and not view.finished:
                view = await service.wait(view.job_id, timeout_s=1.0, until_change=True)
            if view.failure is not None:
                raise view.failure
            print(json.dumps({"request_id": view.request_id, "job_id": view.job_id}))
            # Leave the job to finish at RunComfy; `serve` resumes and stores it later.
            return 0
        try:
            view = await service.wait(view.job_id, timeout_s=None, on_progress=printer, heartbeat_s=1.0)
            if view.finished:
                await printer(view)  # the bar ends full (done is 100 %), or says how it ended
        finally:
            printer.close()
    if view.track is None:
        raise view.failure or AceStepError(view.ended_sentence())
    track = view.track
    print(
        json.dumps(
            {
                "request_id": track.request_id,
                "output": view.output,
                "cost": 0.0 if track.offline else track.cost_usd,  # an offline preview costs nothing
                "track_id": track.track_id,
                "path": track.path,
                "duration_s": track.duration_s,
            },
            indent=2,
        )
    )
    print(f"saved {track.path}", file=sys.stderr)
    return 0


def _make(args: argparse.Namespace) -> int:
    import anyio

    from ace_step_mcp.settings import Settings

    if args.takes is not None and not 1 <= args.takes <= 4:
        raise UsageError(f"--takes is {args.takes} but must be from 1 to 4.")
    if args.audio:
        args.audio = operator_audio(args.audio)
    settings = _operator_settings(Settings.from_env(), args.audio)
    out_dir = Path(args.output_dir).expanduser().resolve()
    settings = settings.changed(store={"output_dir": out_dir if args.dry_run else writable_folder(out_dir)})
    if args.offline:
        print(
            "ace-step-mcp: OFFLINE: the bundled emulator renders this, not ACE Step; it costs nothing.", file=sys.stderr
        )
    return anyio.run(_make_async, settings, args)


async def _make_async(settings: Any, args: argparse.Namespace) -> int:
    from ace_step_mcp.jobs.making import make
    from ace_step_mcp.wiring import open_service

    printer = _ProgressPrinter()
    async with open_service(settings, offline=args.offline) as service:
        try:
            made = await make(
                service, args.request, audio=args.audio, takes=args.takes, dry_run=args.dry_run, on_progress=printer
            )
        finally:
            printer.close()
        free = service.offline
    if made.question is not None:
        fields = f" (pass: {', '.join(made.fields)})" if made.fields else ""
        raise InvalidInput(f"Before spending anything I need one answer: {made.question}{fields}")
    plan = {
        "steps": [{"endpoint": s.endpoint, "arguments": s.arguments} for s in made.steps],
        "because": made.rationale,
        "estimate_usd": 0.0 if free else made.estimate_usd,
    }
    if args.dry_run:
        print(json.dumps({"plan": plan}, indent=2))
        return 0
    chain = made.chain
    if chain is not None and chain.piece is not None:  # a long piece: its plan, and every track it paid for
        plan |= {"plan_id": chain.piece.plan_id, "steps_done": chain.steps_done, "tracks_made": list(chain.made)}
    tracks = _made_tracks(made) if chain is None or chain.complete else []
    print(json.dumps({"plan": plan, "tracks": tracks}, indent=2))
    if not tracks:
        raise AceStepError(_why_nothing(made))
    print(f"saved {tracks[0]['path']}", file=sys.stderr)
    return 0


def _made_tracks(made: Any) -> list[dict[str, Any]]:
    """The tracks a make produced, best first: the takes ranked, or a chain's last, or a deliverable."""
    if made.processed is not None:
        found = [made.processed]
    elif made.chain is not None:
        last = made.chain.last
        found = [t.track for t in last.ranked] if last is not None else []
    else:
        found = [t.track for t in made.delivery.ranked] if made.delivery is not None else []
    return [
        {
            "track_id": t.track_id,
            "path": t.path,
            "duration_s": t.duration_s,
            "cost_usd": 0.0 if t.offline else t.cost_usd,
        }
        for t in found
    ]


def _why_nothing(made: Any) -> str:
    chain = made.chain
    if chain is not None and chain.piece is not None:
        why = chain.stopped or (
            f"Job {chain.running_job} is still rendering; it goes on and `serve` stores it."
            if chain.running_job
            else "The piece is not finished."
        )
        return f"{why} {chain.piece.paid_sentence()} The same command again goes on from there."
    delivery = made.chain.last if made.chain is not None else made.delivery
    if delivery is not None and delivery.failed:
        return str(delivery.failed[0].error)
    if delivery is not None and delivery.running:
        return f"Job {delivery.running[0].view.job_id} is still rendering; it goes on and `serve` stores it."
    return "Nothing was made."


# -- process ----------------------------------------------------------------------------------------


def _process(args: argparse.Namespace) -> int:
    """A deliverable of a stored track, as the process_track tool makes it: a new track, the original kept."""
    import anyio
    from pydantic import ValidationError

    from ace_step_mcp.endpoints import describe_error
    from ace_step_mcp.jobs.processing import check_options
    from ace_step_mcp.settings import Settings
    from ace_step_mcp.surface.tools import ProcessArgs

    fields = ("output_format", "bitrate_kbps", "loudness_lufs", "loop", "fade_in_s", "fade_out_s", "trim_start_s")
    given = {name: getattr(args, name) for name in (*fields, "trim_end_s")}
    try:
        options = ProcessArgs.model_validate({"track": args.track, **given})
    except ValidationError as exc:
        raise InvalidInput(describe_error(ProcessArgs, exc)) from None
    check_options(options.output_format, options.bitrate_kbps, options.loop)
    settings = Settings.from_env()
    return anyio.run(_process_async, settings, options)


async def _process_async(settings: Any, options: Any) -> int:
    from ace_step_mcp.jobs.tracks import TRACK_ID
    from ace_step_mcp.wiring import open_service

    track_id = options.track.removeprefix("music://tracks/")
    async with open_service(settings, offline=settings.backend.token is None) as service:
        if not TRACK_ID.match(track_id) or await service.track(track_id) is None:
            raise InvalidInput(f"No track '{track_id[:80]}'; run `ace-step-mcp tracks list` to see the ids.")
        made = await service.process_track(track_id, options.model_dump(exclude={"track"}))
    print(json.dumps({"track_id": made.track_id, "path": made.path, "master_track_id": track_id}, indent=2))
    print(f"saved {made.path}", file=sys.stderr)
    return 0


# -- emulator ---------------------------------------------------------------------------------------


def _emulator(args: argparse.Namespace) -> int:
    import os

    if args.render_speed < 0 or args.queue_delay < 0:
        raise UsageError("--render-speed and --queue-delay must be 0 or more.")
    if args.protocol == "acestep15":
        from ace_step_mcp.emulator import serve_acestep15
        from ace_step_mcp.emulator.acestep15 import Acestep15Config

        keys = args.token or ([k] if (k := os.environ.get("ACESTEP_API_KEY", "").strip()) else [])
        if len(keys) > 1:
            raise UsageError("The ACE-Step 1.5 server takes one API key: pass --token once (or set ACESTEP_API_KEY).")
        config15 = Acestep15Config(
            render_speed=args.render_speed, queue_delay=args.queue_delay, api_key=keys[0] if keys else None
        )
        return _serve_emulator(args, lambda: serve_acestep15(config15, host=args.host, port=args.port))
    from ace_step_mcp.emulator import serve_emulator
    from ace_step_mcp.emulator.app import EmulatorConfig

    config = EmulatorConfig(
        render_speed=args.render_speed,
        queue_delay=args.queue_delay,
        tokens=frozenset(args.token) if args.token else None,
        identify=not args.as_runcomfy,
        audio_form=args.audio_form,
        edit_mode=args.edit_mode,
    )
    return _serve_emulator(args, lambda: serve_emulator(config, host=args.host, port=args.port))


def _serve_emulator(args: argparse.Namespace, serving: Any) -> int:
    """Run an emulator (either protocol) until SIGINT or SIGTERM; its base URL on the first line."""
    import signal

    import anyio

    async def serve() -> None:
        async with serving() as running:
            print(running.base_url, flush=True)
            with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
                async for _ in signals:
                    break

    try:
        anyio.run(serve)
    except OSError as exc:
        raise UsageError(f"The emulator cannot listen on {args.host}:{args.port} ({exc.strerror}).") from None
    return 0


# -- tracks and spend -------------------------------------------------------------------------------


def _tracks(args: argparse.Namespace) -> int:
    import anyio

    from ace_step_mcp.jobs.tracks import TRACK_ID, track_info
    from ace_step_mcp.settings import Settings
    from ace_step_mcp.wiring import open_records, remove_track

    settings = Settings.from_env()
    cmd = args.tracks_command
    if cmd == "rm":
        removed: Any = anyio.run(remove_track, settings, args.track_id) if TRACK_ID.match(args.track_id) else None
        if removed is None:
            raise InvalidInput(f"No track '{args.track_id}'; run `ace-step-mcp tracks list` to see the ids.")
        print(f"removed {removed.track_id}")
        return 0

    async def read() -> Any:
        async with open_records(settings) as records:
            if cmd == "list":
                return await records.tracks(args.limit)
            return await records.track(args.track_id)

    found = anyio.run(read)
    if cmd == "list":
        for t in found:
            dur = f"{t.duration_s:.1f}s" if t.duration_s else "?"
            print(f"{t.track_id}  {dur:>7}  {t.tool or '':<18} {t.path}")
        return 0
    track = found
    if track is None:
        raise InvalidInput(f"No track '{args.track_id}'; run `ace-step-mcp tracks list` to see the ids.")
    if cmd == "show":
        print(json.dumps(track_info(track), indent=2))
    elif cmd == "export":
        _export(track, args.dest, force=args.force)
    return 0


def _export(track: Any, where: str, *, force: bool = False) -> None:
    """Copy a track's file as it is to a file or into a folder; an existing file only with --force,
    and never the track's file onto itself."""
    import shutil

    dest = Path(where).expanduser()
    if dest.is_dir() or where.endswith(("/", os.sep)):
        if not dest.is_dir():
            raise UsageError(f"The folder {where!r} does not exist; create it or give a file name.")
        dest = dest / Path(track.path).name
    elif dest.suffix.lower().lstrip(".") != track.format:
        raise UsageError(
            f"{track.track_id} is {track.format.upper()} audio and export copies it as it is; name the file "
            f"'{dest.stem}.{track.format}' (converting to another format is not done here)."
        )
    elif not dest.parent.is_dir():
        raise UsageError(f"The folder {str(dest.parent)!r} does not exist; create it first.")
    if dest.exists():
        if dest.resolve() == Path(track.path).resolve():
            raise UsageError(f"{dest} is {track.track_id}'s own stored file; export it to another folder.")
        if not force:
            raise UsageError(f"{dest} exists; pass --force to overwrite it.")
    shutil.copyfile(track.path, dest)
    print(str(dest))


def _db() -> int:
    import anyio

    from ace_step_mcp.settings import Settings
    from ace_step_mcp.wiring import migrate_ledger

    print(anyio.run(migrate_ledger, Settings.from_env()))
    return 0


def _spend(*, by_user: bool = False) -> int:
    import anyio

    from ace_step_mcp.settings import Settings
    from ace_step_mcp.wiring import open_records

    async def read() -> Any:
        async with open_records(Settings.from_env()) as records:
            return await records.spend(by_person=by_user)

    spend = anyio.run(read)
    if not spend.by_day:
        print("no spend recorded")
        return 0
    who = 24 if by_user else 0
    print(f"{'day':<12}{'person' if by_user else '':<{who}}{'endpoint':<20}{'jobs':>6}{'usd':>12}")
    for r in spend.by_day:
        person = (r.get("person") or "(operator)") if by_user else ""
        print(f"{r['day']:<12}{person:<{who}}{r['tool']:<20}{r['jobs']:>6}{r['usd']:>12.4f}")
    print(f"{'total':<{38 + who}}{spend.total_usd:>12.4f}")
    return 0


def _keys(args: argparse.Namespace) -> int:
    """`keys create --user NAME` prints the key once (only its hash is kept); `list`; `revoke ID`."""
    import anyio

    from ace_step_mcp.settings import Settings
    from ace_step_mcp.wiring import open_records

    async def act() -> int:
        async with open_records(Settings.from_env()) as records:
            if args.keys_command == "create":
                key_id, key = await records.create_key(args.user)
                print(key)
                print(f"ace-step-mcp: {key_id} for {args.user}; shown once, only its hash is kept", file=sys.stderr)
                return 0
            if args.keys_command == "revoke":
                if not await records.revoke_key(args.key_id):
                    raise UsageError(f"No live key {args.key_id[:40]!r}; `ace-step-mcp keys list` shows them.")
                print(f"{args.key_id} revoked")
                return 0
            for k in await records.keys():
                state = "revoked" if k["revoked_at"] else "live"
                used = iso(k["last_used_at"]) if k["last_used_at"] else "never used"
                print(
                    f"{k['key_id']}  {k['person'].removeprefix('key:'):<24} {state:<8} created {iso(k['created_at'])}, {used}"
                )
            return 0

    def iso(t: float) -> str:
        import time

        return time.strftime("%Y-%m-%d %H:%M", time.gmtime(t))

    return anyio.run(act)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
