"""Deliverables as tracks: a processed copy of a stored track, with its lineage (`process_track`)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.audio.formats import FORMATS, LOSSY, OUTPUT_FORMATS
from ace_step_mcp.audio.musictags import bpm_of
from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.jobs.tracks import TrackStore, file_sha256, new_track_id
from ace_step_mcp.ports.values import Edit

if TYPE_CHECKING:
    from ace_step_mcp.ports.values import Track
    from ace_step_mcp.settings import Settings

OPTION_FIELDS = (
    "output_format",
    "bitrate_kbps",
    "loudness_lufs",
    "loop",
    "fade_in_s",
    "fade_out_s",
    "trim_start_s",
    "trim_end_s",
)


def check_options(fmt: str | None, bitrate_kbps: int | None, loop: bool) -> None:
    """Refuse deliverable options that cannot be made: the one check the tools run before anything is
    paid, and processing runs again on the format it resolved."""
    if bitrate_kbps is not None and fmt not in LOSSY:
        raise InvalidInput(
            f"`bitrate_kbps` is {bitrate_kbps} but applies only with `output_format` mp3 or ogg (it is "
            f"{fmt or 'unset'}); set one of those or drop the bitrate.",
            field="bitrate_kbps",
        )
    if loop and fmt in FORMATS and not FORMATS[fmt].seamless_loop:
        raise InvalidInput(
            "`loop` with `output_format` 'mp3' cannot be seamless (MP3 pads its start and end); use ogg, flac or wav "
            "for a loop.",
            field="output_format",
        )


async def make_deliverable(
    store: TrackStore, master: Track, options: dict[str, Any], settings: Settings, limiter: anyio.CapacityLimiter
) -> Track:
    """Process `master` as the options say into a new stored track (the audio work in a worker thread)."""
    fields = await anyio.to_thread.run_sync(
        functools.partial(render_deliverable, store.folder, master, options, settings), limiter=limiter
    )
    return await store.add(limiter=limiter, **fields)


def render_deliverable(folder: Path, master: Track, options: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """Process `master` into a new file in `folder`; the fields of its track record (blocking)."""
    from ace_step_mcp.audio.process import Options, process

    chosen = {k: v for k, v in options.items() if k in OPTION_FIELDS and v not in (None, False, 0, 0.0)}
    fmt = chosen.get("output_format") or (master.format if master.format in OUTPUT_FORMATS else "wav")
    check_options(fmt, chosen.get("bitrate_kbps"), bool(chosen.get("loop")))
    tags = str((master.params or {}).get("tags") or "")
    bpm = (master.analysis or {}).get("bpm") or bpm_of(tags)
    opts = Options(
        output_format=fmt,
        bitrate_kbps=chosen.get("bitrate_kbps"),
        loudness_lufs=chosen.get("loudness_lufs"),
        true_peak_ceiling_db=settings.edits.true_peak_ceiling_db,
        loop=bool(chosen.get("loop")),
        fade_in_s=float(chosen.get("fade_in_s") or 0),
        fade_out_s=float(chosen.get("fade_out_s") or 0),
        trim_start_s=float(chosen.get("trim_start_s") or 0),
        trim_end_s=float(chosen.get("trim_end_s") or 0),
    )
    track_id = new_track_id()
    out = folder / f"{track_id}.{fmt}"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = process(Path(master.path), out, opts, bpm=float(bpm) if bpm else None)
    except ValueError as exc:
        out.unlink(missing_ok=True)
        raise InvalidInput(f"{str(exc)[:1].upper()}{str(exc)[1:]}; trim less.", field="trim_start_s") from None
    except OSError:
        out.unlink(missing_ok=True)
        raise
    size, digest = file_sha256(out)
    measures = {
        **chosen,
        "output_format": fmt,
        "gain_db": done.gain_db,
        "measured_lufs_before": done.measured_lufs,
        "loop_bars": done.loop_bars,
        "loop_s": round(done.loop_frames / done.rate, 3) if done.loop_frames else None,
        "true_peak_ceiling_db": settings.edits.true_peak_ceiling_db if opts.loudness_lufs is not None else None,
    }
    return dict(
        track_id=track_id,
        path=out,
        size=size,
        sha256=digest,
        job_id=None,
        tool="process_track",
        model_id=master.model_id,
        request_id=None,
        seed=master.seed,
        cost_usd=0.0,
        source_url=None,
        parent_track_id=master.track_id,
        edit=Edit("process", options={k: v for k, v in measures.items() if v is not None}),
        params=master.params,
        offline=master.offline,
        analyse=True,  # a deliverable is handed over at once: its loudness and peaks are the point
    )
