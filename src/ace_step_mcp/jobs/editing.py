"""Edits of any length, on the job side: what an edit sends, and the splice once its render is in.

`prepare_edit` turns a caller's inpaint or outpaint (times anywhere in a source of up to 60
minutes) into the wire body RunComfy takes and the `edit` record the ledger and the track keep:
the source (where its samples are, with its size and mtime, so a changed file is noticed), the plan
(`audio/splice.py`), and what was sent. `finish_edit` runs after the download: the render spliced
into the original, or, with `preserve_original: false`, the render as it came.

How the audio goes: the whole source as a URL when the whole source fits the wire and RunComfy
can fetch it as it is (the user's URL, a track's fresh hosted copy); otherwise only the clip the
plan sends, as FLAC inline (MP3 if FLAC passes the inline cap); offline, as a file URL of the
in-process emulator, never inline.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import functools
import logging
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ace_step_mcp.audio.refs import ResolvedAudio, open_local, resolve_window, sources_dir
from ace_step_mcp.audio.splice import (
    EditLimits,
    EditPlan,
    SourceInfo,
    plan_inpaint,
    plan_outpaint,
    source_info,
    splice,
    write_clip,
)
from ace_step_mcp.endpoints import (
    AddPartBody,
    CoverBody,
    Endpoint,
    InpaintRequest,
    OutpaintRequest,
    StemBody,
    validate_body,
    wire_dict,
)
from ace_step_mcp.errors import AudioReferenceError, InvalidInput
from ace_step_mcp.jobs.tracks import file_sha256
from ace_step_mcp.ports.values import Edit

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from ace_step_mcp.ports import Backend
    from ace_step_mcp.settings import Settings

log = logging.getLogger("ace_step_mcp")


@dataclass(frozen=True)
class PreparedEdit:
    wire: dict[str, Any]
    edit: Edit
    estimate_usd: float


@dataclass(frozen=True)
class Finished:
    path: Path
    size: int
    sha256: str
    edit: Edit


WHOLE_SOURCE_MAX_S = 600.0  # stems, a cover, a part added: ACE-Step 1.5 takes up to 600 s in one task
MAX_DECODED_BYTES = 320 * 2**20  # an MP3 is decoded whole (see `_decoded`): up to ~30 min of stereo


def _identity(path: Path) -> tuple[Any, dict[str, Any]]:
    """The source opened (never through a link) and what identifies it: size, mtime, device, inode."""
    fh, _ = open_local(path, (path.parent,))
    st = os.fstat(fh.fileno())
    return fh, {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "dev": st.st_dev, "ino": st.st_ino}


def _content_sha256(fh: Any) -> str:
    """The source's bytes hashed (streamed, 1 MiB at a time); the file is left at its start."""
    import hashlib

    digest = hashlib.sha256()
    fh.seek(0)
    while chunk := fh.read(1 << 20):
        digest.update(chunk)
    fh.seek(0)
    return digest.hexdigest()


def _decoded(fh: Any, info: SourceInfo, settings: Settings, ident: dict[str, Any]) -> Path | None:
    """An MP3 source as 16-bit FLAC in the data dir, or None for any other format.

    libsndfile (1.2.2, as bundled) reads some MP3s wrongly in blocks, dropping audio at every block
    after the first, and seeks in them inexactly; a single read of the whole file is right. So an MP3
    is decoded once, whole, and the edit works on that (its samples are what "the original" means)."""
    import soundfile

    if info.container != "MP3":
        return None
    if info.frames * info.channels * 2 > MAX_DECODED_BYTES:
        raise InvalidInput(
            f"`audio` is an MP3 of {info.seconds / 60:.0f} minutes, too long to edit as MP3 here (about 30 minutes of "
            f"stereo at most); convert it to FLAC or WAV first.",
            field="audio",
        )
    folder = sources_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"mp3-{ident['dev']}-{ident['ino']}-{ident['size']}-{ident['mtime_ns']}.flac"
    if not out.is_file():
        fh.seek(0)
        data, rate = soundfile.read(fh, dtype="int16", always_2d=True)
        tmp = out.with_name(f".{out.name}.{os.getpid()}.{id(data)}.tmp")
        soundfile.write(str(tmp), data, rate, subtype="PCM_16", format="FLAC")
        os.replace(tmp, out)
    return out


MAX_EDIT_CHANNELS = 8  # what FLAC (the clip sent inline) carries


def _check_finite(fh: Any, what: str) -> None:
    """Float samples must be numbers: NaN or infinity is no sound, and a splice or a loudness pass
    would spread it. Streamed, in blocks; the file is left at its start."""
    import numpy as np
    import soundfile

    fh.seek(0)
    try:
        with soundfile.SoundFile(fh) as f:
            for block in f.blocks(blocksize=1 << 16, dtype="float32", always_2d=True):
                if not np.isfinite(block).all():
                    raise InvalidInput(
                        f"{what} holds samples that are not numbers (NaN or infinity); give audio with real samples.",
                        field="audio",
                    )
    finally:
        fh.seek(0)


def _probe(path: Path | Any, what: str, limits: EditLimits) -> SourceInfo:
    try:
        info = source_info(path)
    except Exception:  # libsndfile raises its own types on audio it cannot decode
        raise AudioReferenceError(f"{what} cannot be decoded here; give a WAV, FLAC, MP3 or OGG file.") from None
    if info.frames <= 0:
        raise AudioReferenceError(f"{what} holds no audio; give a track with sound in it.")
    if info.channels > MAX_EDIT_CHANNELS:
        raise InvalidInput(
            f"`audio` has {info.channels} channels, but an edit takes 1 to {MAX_EDIT_CHANNELS} (mono to 7.1); mix it "
            f"down first.",
            field="audio",
        )
    if info.subtype in ("FLOAT", "DOUBLE") and hasattr(path, "seek"):
        _check_finite(path, what)
    if info.seconds > limits.max_source_s + 1e-6:
        raise InvalidInput(
            f"`audio` is {info.seconds / 60:.1f} minutes long, over the {limits.max_source_s / 60:g} minutes an "
            f"edit's source may be; trim it.",
            field="audio",
        )
    return info


SourceJob = StemBody | CoverBody | AddPartBody  # a whole source in, a new track out (ACE-Step 1.5)


async def prepare_edit(
    endpoint: Endpoint,
    body: InpaintRequest | OutpaintRequest | SourceJob,
    resolved: ResolvedAudio,
    *,
    settings: Settings,
    fetch_source: Callable[[str], Awaitable[Path]],
    backend: Backend,
) -> PreparedEdit:
    """The wire body, the edit record and the estimate of an edit; raises before anything is paid."""
    path = resolved.path
    url = resolved.url
    if path is None:
        assert url is not None
        path = await fetch_source(url)
    if resolved.kind == "url":
        url = None  # the bytes planned on and spliced are ours; the host's could change before RunComfy fetches
    return await anyio.to_thread.run_sync(
        functools.partial(_prepare, endpoint, body, resolved, path, url, settings, backend)
    )


def _prepare(
    endpoint: Endpoint,
    body: InpaintRequest | OutpaintRequest | SourceJob,
    resolved: ResolvedAudio,
    path: Path,
    url: str | None,
    settings: Settings,
    backend: Backend,
) -> PreparedEdit:
    """Blocking: everything reads the one file descriptor checked when the source was opened."""
    limits = EditLimits(backend.offer.max_render_s, backend.offer.max_source_s)
    fh, ident = _identity(path)
    if resolved.identity is not None and resolved.identity != (ident["dev"], ident["ino"]):
        fh.close()
        raise AudioReferenceError(
            f"`audio` file '{path.name[:80]}' was replaced while the edit was prepared; try again."
        )
    info = _probe(fh, "`audio`", limits)
    try:
        decoded = _decoded(fh, info, settings, ident)
    except BaseException:
        fh.close()
        raise
    if decoded is not None:
        fh.close()
        path = decoded
        fh, ident = _identity(path)
        info = _probe(fh, "`audio`", limits)
    with fh:
        ident = {**ident, "sha256": _content_sha256(fh)}  # what "kept bit for bit" is checked against
        context, crossfade = settings.edits.context_s, settings.edits.crossfade_s
        match body:  # each kind of edit by name: a new audio-taking request is refused here, never planned as another
            case InpaintRequest():
                start, end = resolve_window(
                    body.start_time, body.start_time_relative_to, body.end_time, body.end_time_relative_to, info.seconds
                )
                plan = plan_inpaint(info, start, end, context_s=context, crossfade_s=crossfade, limits=limits)
                # RunComfy re-synthesises the whole clip it is sent and may bill all of it: the estimate (what
                # the caps and the confirmation see) prices the clip, never less than the window; the
                # result records the charge RunComfy reports.
                estimate = endpoint.estimate_usd(body, window_s=max(end - start, plan.sent_s))
                edit = Edit("inpaint", start_s=round(start, 3), end_s=round(end, 3))
            case OutpaintRequest():
                before, after = body.extend_before_duration, body.extend_after_duration
                plan = plan_outpaint(info, before, after, context_s=context, crossfade_s=crossfade, limits=limits)
                estimate = endpoint.estimate_usd(body)
                edit = Edit("outpaint", before_s=before, after_s=after)
            case StemBody() | CoverBody() | AddPartBody():
                return _prepare_whole(endpoint, body, fh, path, resolved, ident, info, settings, backend)
            case _:
                raise TypeError(f"no edit plan for {type(body).__name__}")
        audio, sent = _what_to_send(plan, fh, url if decoded is None else None, settings, backend)
    clip = endpoint.clip_fields(plan.clip)
    fields = body.model_dump(exclude={"audio", "preserve_original", *clip})
    wire = wire_dict(validate_body(endpoint, {**fields, **clip, "audio": audio}))
    edit = replace(
        edit,
        source_s=round(info.seconds, 3),
        preserve_original=body.preserve_original,
        crossfade_ms=round(crossfade * 1000, 1),
        context_s=context,
        sent=sent,
        source={"path": str(path), "kind": resolved.kind, **ident},
        plan=plan.record(),
    )
    return PreparedEdit(wire, edit, estimate)


def _prepare_whole(
    endpoint: Endpoint,
    body: SourceJob,
    fh: Any,
    path: Path,
    resolved: ResolvedAudio,
    ident: dict[str, Any],
    info: SourceInfo,
    settings: Settings,
    backend: Backend,
) -> PreparedEdit:
    """Stems, a cover, a part added: the whole source is sent (never spliced back), so it must fit one render."""
    if info.seconds > WHOLE_SOURCE_MAX_S + 1e-6:
        raise InvalidInput(
            f"`audio` is {info.seconds:.1f} s long, over the {WHOLE_SOURCE_MAX_S:g} s {endpoint.tool} takes in one piece "
            f"on {backend.offer.label}; trim it first (process_track trim_end_s), or edit a part of it.",
            field="audio",
        )
    whole = EditPlan("inpaint", info.rate, info.frames, ((0, info.frames),), True, {}, (), 0.0, 0.0)
    audio, sent = _what_to_send(whole, fh, None, settings, backend)
    fields = body.model_dump(exclude={"audio"})
    wire = wire_dict(validate_body(endpoint, {**fields, "audio": audio}))
    options = {"stem": body.stem} if isinstance(body, StemBody | AddPartBody) else {}
    edit = Edit(
        endpoint.kind,
        source_s=round(info.seconds, 3),
        preserve_original=False,
        sent=sent,
        source={"path": str(path), "kind": resolved.kind, **ident},
        options=options,
    )
    return PreparedEdit(wire, edit, endpoint.estimate_usd(body, window_s=info.seconds))


def _what_to_send(
    plan: EditPlan, fh: Any, url: str | None, settings: Settings, backend: Backend
) -> tuple[str, dict[str, Any]]:
    """The `audio` value to send, and what it is (for the record): the source's own URL when it is
    sent whole and the backend can fetch it, a file the backend reads, or the clip inline."""
    ranges = [[round(a / plan.rate, 3), round(b / plan.rate, 3)] for a, b in plan.sent]
    sent: dict[str, Any] = {"seconds": round(plan.sent_s, 3), "ranges_s": ranges}
    if plan.whole and url is not None and backend.reads_url(url):
        return url, sent | {"as": "url", "bytes": None}
    target = backend.clip_target("flac")
    if target is not None:
        path, file_url = target
        size = write_clip(fh, plan, path)
        return file_url, sent | {"as": f"file URL ({backend.offer.name})", "bytes": size}
    return _inline_clip(plan, fh, settings, sent)


def _inline_clip(plan: EditPlan, path: Any, settings: Settings, sent: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    folder = sources_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    for fmt, mime in (("FLAC", "audio/flac"), ("MP3", "audio/mpeg")):
        fd, name = tempfile.mkstemp(prefix=".clip-", suffix=f".{fmt.lower()}", dir=folder)
        os.close(fd)
        try:
            size = write_clip(path, plan, Path(name), fmt=fmt)
            if size <= settings.edits.max_upload_bytes:
                data = Path(name).read_bytes()
                uri = f"data:{mime};base64,{base64.b64encode(data).decode()}"
                return uri, sent | {"as": f"inline {fmt.lower()}", "bytes": size}
        finally:
            Path(name).unlink(missing_ok=True)
    raise InvalidInput(
        f"The {plan.sent_s:.0f} s of audio this edit must send is over the {settings.edits.max_upload_bytes / 2**20:.0f} MiB "
        f"inline cap even as MP3; edit a shorter window, or pass the track as an https URL.",
        field="audio",
    )


# -- after the render -------------------------------------------------------------------------------


def _open_source(edit: Edit) -> Any:
    """The edit's source, opened as it was when planned; ValueError if it changed or went away."""
    source = edit.source or {}
    path = Path(source["path"])
    try:
        fh, now = _identity(path)
    except AudioReferenceError:
        raise ValueError(f"the source {path.name} is no longer readable") from None
    # Size, time and inode first (cheap), then the content itself: a file rewritten in place with its
    # modification time put back is not the source the edit was planned on.
    if any(source.get(key) != value for key, value in now.items()) or (
        "sha256" in source and _content_sha256(fh) != source["sha256"]
    ):
        fh.close()
        raise ValueError(f"the source {path.name} changed (or was replaced) after the edit was sent")
    return fh


def finish_edit(edit: Edit, render: Path, output_dir: Path, track_id: str, label: str = "RunComfy") -> Finished:
    """The track an edit leaves: the splice (see `audio/splice.py`), or the render as it came when
    `preserve_original` is false or the source cannot be read any more. Blocking."""
    if edit.kind == "add_part":
        return _mixed_in(edit, render, output_dir, track_id, label)
    if not edit.plan or not edit.preserve_original:
        size, digest = file_sha256(render)
        if edit.kind in ("stem", "cover"):
            return Finished(render, size, digest, replace(edit, spliced=False, result=f"the render as {label} made it"))
        as_came = f"the render as {label} returned it (outside the edit re-synthesised, not the original's samples)"
        return Finished(render, size, digest, replace(edit, spliced=False, result=as_came))
    plan = EditPlan.from_record(edit.plan)
    try:
        with _open_source(edit) as src:
            ext = source_info(src).output[2]
            out = output_dir / f"{track_id}.{ext}"
            report = splice(src, render, out, plan)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise  # a full disk passes: the runner retries (RunComfy keeps the render), as for downloads
        return _unspliced(edit, render, track_id, exc, label)
    except (ValueError, RuntimeError) as exc:
        return _unspliced(edit, render, track_id, exc, label)
    if render != out:
        with contextlib.suppress(OSError):
            render.unlink()
    size, digest = file_sha256(out)
    kept = (
        f"spliced by ace-step-mcp (not by {label}): the original's samples outside the edit, bit for bit at {report.rate} Hz, {report.channels} ch; the new "
        f"audio resampled to match, with {len(report.crossfade_frames)} crossfade(s) of "
        f"{edit.crossfade_ms or 0:g} ms"
    )
    exact = round(report.exact_frames / report.rate, 3)
    return Finished(out, size, digest, replace(edit, spliced=True, result=kept, exact_s=exact))


def _unspliced(edit: Edit, render: Path, track_id: str, exc: BaseException, label: str) -> Finished:
    """The render as it came, when the original cannot be put back: the paid render is never lost."""
    log.warning("track %s: the splice failed (%s); keeping the render as it came", track_id, exc)
    size, digest = file_sha256(render)
    why = f"the render as {label} returned it: the original could not be spliced back ({exc})"
    return Finished(render, size, digest, replace(edit, spliced=False, result=why))


def _mixed_in(edit: Edit, render: Path, output_dir: Path, track_id: str, label: str) -> Finished:
    """A part added: the new part (as the backend made it) mixed over the source, streamed in blocks at
    the source's rate and channels; the source's own samples are not kept (the sum is new audio)."""
    import numpy as np
    import soundfile

    from ace_step_mcp.audio.splice import BLOCK, resample_render

    try:
        src_fh = _open_source(edit)
    except ValueError as exc:
        return _unspliced(edit, render, track_id, exc, label)
    part = output_dir / f".{track_id}.part.wav"
    mix = output_dir / f".{track_id}.mix.flac"
    out = output_dir / f"{track_id}.flac"  # may be the render's own name: written aside, then moved over it
    try:
        with src_fh as fh, soundfile.SoundFile(fh) as src:
            resample_render(render, part, src.samplerate, src.channels)
            with (
                soundfile.SoundFile(str(part)) as new,
                soundfile.SoundFile(
                    str(mix), "w", src.samplerate, src.channels, subtype="PCM_16", format="FLAC"
                ) as dst,
            ):
                peak = 0.0
                while len(block := src.read(BLOCK, dtype="float32", always_2d=True)):
                    add = new.read(len(block), dtype="float32", always_2d=True)
                    mixed = block.copy()
                    mixed[: len(add)] += add
                    peak = max(peak, float(np.abs(mixed).max(initial=0.0)))
                    dst.write(np.clip(mixed, -1.0, 1.0))
        if render != out:
            with contextlib.suppress(OSError):
                render.unlink()
        os.replace(mix, out)
    finally:
        part.unlink(missing_ok=True)
        mix.unlink(missing_ok=True)
    size, digest = file_sha256(out)
    clipped = " (it peaked over full scale and was clipped)" if peak > 1.0 else ""
    result = f"the new {edit.options.get('stem', 'part')} from {label} mixed over the source by ace-step-mcp{clipped}"
    return Finished(out, size, digest, replace(edit, spliced=False, result=result))
