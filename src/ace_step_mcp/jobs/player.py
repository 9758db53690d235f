"""What the player app shows of a track: its versions (the lineage, original → edits) and a preview.

A track's lineage is the tree under its root (the first track with no stored parent): the root, every
edit and deliverable made from it, and theirs. The player switches between versions at the same
moment of the music, so each version carries `offset_s`, where the root's 0:00 falls in it: an
outpaint that added 20 s before the original puts it at 20 s, a trim of 5 s from the start at -5 s.

Previews are cached beside the ledger (`previews/<track_id>.mp3` and a JSON of its peaks), keyed by
the track file's SHA-256, so a second look costs a file read.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ace_step_mcp.jobs.tracks import write_atomic

if TYPE_CHECKING:
    from ace_step_mcp.audio.preview import Preview
    from ace_step_mcp.ports import Ledger
    from ace_step_mcp.ports.values import Track

log = logging.getLogger("ace_step_mcp")
MAX_VERSIONS = 40  # a lineage shown in the player; an edit session rarely reaches a dozen
MAX_DEPTH = 64  # ancestors followed up to the root (a cycle cannot arise, but a bad row must not loop)


def version_offset(track: Track) -> float:
    """How far this version's timeline is shifted from its parent's (seconds added before it)."""
    return track.edit.timeline_offset_s if track.edit else 0.0


def version_label(track: Track) -> str:
    """A short name for a version: what was done to make it."""
    edit = track.edit
    if edit is None:
        return "original"
    if edit.kind == "inpaint":
        return f"regenerated {_clock(edit.start_s)}–{_clock(edit.end_s)}"
    if edit.kind == "outpaint":
        parts = [f"+{float(s):g} s {side}" for s, side in ((edit.before_s, "before"), (edit.after_s, "after")) if s]
        return "extended " + ", ".join(parts)
    options = edit.options
    if edit.kind == "stem":
        return f"stem: {options.get('stem', '?')}"
    if edit.kind == "cover":
        return "cover"
    if edit.kind == "add_part":
        return f"added {options.get('stem', 'a part')}"
    what = [str(options.get("output_format") or "")]
    if options.get("loudness_lufs") is not None:
        what.append(f"{float(options['loudness_lufs']):g} LUFS")
    if options.get("loop"):
        what.append("loop")
    return "processed " + " ".join(w for w in what if w)


def _clock(seconds: Any) -> str:
    s = float(seconds or 0.0)
    return f"{int(s // 60)}:{s % 60:04.1f}"


async def lineage(ledger: Ledger, track: Track) -> list[dict[str, Any]]:
    """The versions of `track`'s lineage, root first then by creation, each with its offset."""
    chain = [track]
    while chain[-1].parent_track_id and len(chain) < MAX_DEPTH:
        parent = await ledger.track(chain[-1].parent_track_id)
        if parent is None or any(t.track_id == parent.track_id for t in chain):
            break
        chain.append(parent)
    root = chain[-1]
    offsets = {root.track_id: 0.0}
    found = [root]
    frontier = [root.track_id]
    while frontier and len(found) < MAX_VERSIONS:
        kids = [k for k in await ledger.children(frontier, MAX_VERSIONS) if k.track_id not in offsets]
        for kid in kids[: MAX_VERSIONS - len(found)]:
            offsets[kid.track_id] = offsets.get(kid.parent_track_id or "", 0.0) + version_offset(kid)
            found.append(kid)
        frontier = [k.track_id for k in kids]
    if track.track_id not in offsets:  # past the cap: the track asked for is always listed
        offsets[track.track_id] = sum(version_offset(t) for t in chain[:-1])
        found.append(track)
    found.sort(key=lambda t: (t.track_id != root.track_id, t.created_at))
    return [
        {
            "track_id": t.track_id,
            "parent_track_id": t.parent_track_id,
            "label": version_label(t),
            "tags": (t.params or {}).get("tags"),
            "endpoint": t.tool,
            "duration_s": round(t.duration_s, 3) if t.duration_s is not None else None,
            "cost_usd": t.cost_usd,
            "offset_s": round(offsets[t.track_id], 3),
            "current": t.track_id == track.track_id,
        }
        for t in found
    ]


def cached_preview(track: Track, folder: Path) -> Preview:
    """The track's preview, made once per file content (blocking: seconds for a long track)."""
    from ace_step_mcp.audio.preview import Preview, make_preview

    folder.mkdir(parents=True, exist_ok=True)
    audio = folder / f"{track.track_id}.mp3"
    meta = folder / f"{track.track_id}.json"
    try:
        saved = json.loads(meta.read_text())
        if track.sha256 and saved.get("sha256") == track.sha256 and audio.is_file():
            return Preview(
                path=audio,
                duration_s=float(saved["duration_s"]),
                kbps=int(saved["kbps"]),
                channels=int(saved["channels"]),
                peaks=[float(p) for p in saved["peaks"]],
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or unreadable: make it again
    made = make_preview(Path(track.path), audio)
    record = {
        "sha256": track.sha256,
        "duration_s": made.duration_s,
        "kbps": made.kbps,
        "channels": made.channels,
        "peaks": made.peaks,
    }
    write_atomic(meta, json.dumps(record).encode())
    return made
