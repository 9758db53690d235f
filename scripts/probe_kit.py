"""What the router red-team probe scripts share (scripts/router_probe_redteam7.py, 8 and 9): the plan builders a
probe's expectation is written with, the checker of a plan against what a careful reader is sure of, and the runner
(`-q` prints only what is not OK; `--old <src>` marks each silent probe new or pre-existing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from ace_step_mcp.router import Plan, Request, plan

T = "trk_0123456789ab"
SRC = "indie pop, electric guitar, 120 BPM"
ASK = "ASK"
NEW = "text_to_audio"
IN = "audio_inpaint"
OUT = "audio_outpaint"
FREE = "process_track"


def new(**kw: Any) -> dict[str, Any]:
    return {"tool": NEW, **kw}


def inp(a: float, b: float, **kw: Any) -> dict[str, Any]:
    return {"tool": IN, "start_time": a, "end_time": b, **kw}


def ext(before: float, after: float, **kw: Any) -> dict[str, Any]:
    return {"tool": OUT, "extend_before_duration": before, "extend_after_duration": after, **kw}


def free(**kw: Any) -> dict[str, Any]:
    return {"tool": FREE, **kw}


SUNG = {"inst": False}  # a song, not asked to be instrumental: '[inst]' is a misreading
WORDLESS = {"inst": False, "ask_ok": True}  # wordless singing: ask, or keep the voice; never silently instrumental


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length (a question is no miss)."""
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def sung(*has: str, **kw: Any) -> dict[str, Any]:
    """A new song singing these words (a question is a miss unless ask_ok)."""
    return {"tool": NEW, "inst": False, "lyrics_has": list(has), **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def trim(start: float | None = None, end: float | None = None, **kw: Any) -> dict[str, Any]:
    """The track trimmed, free (a question is a miss unless ask_ok)."""
    want: dict[str, Any] = {"tool": FREE, **kw}
    if start is not None:
        want["trim_start_s"] = start
    if end is not None:
        want["trim_end_s"] = end
    return want


def fade(sec: float, **kw: Any) -> dict[str, Any]:
    """The track's end faded out over `sec`, free."""
    return {"tool": FREE, "fade_out_s": sec, **kw}


def lyric_text(r: Plan) -> str:
    return str(r.arguments.get("lyrics") or "")


def tag_list(r: Plan) -> list[str]:
    return [t.strip() for t in str(r.arguments.get("tags") or "").lower().split(",") if t.strip()]


def wrong(r: Plan, want: dict[str, Any], length: float | None = None) -> list[str]:
    """What of the plan contradicts what a careful reader is sure of (times counted from the end made absolute)."""
    bad = []
    args = dict(r.arguments)
    for k in ("start_time", "end_time"):
        if args.get(f"{k}_relative_to") == "end" and length is not None and isinstance(args.get(k), (int, float)):
            args[k] = length - args[k]
    for key, value in want.items():
        if key == "ask_ok":
            continue
        if key == "tool":
            if not r.tool.startswith(value):
                bad.append(f"tool {r.tool} (want {value})")
        elif key == "tool_not":
            if r.tool.startswith(value):
                bad.append(f"tool {r.tool} (want anything else)")
        elif key == "takes":
            if (r.takes or None) != value:
                bad.append(f"takes {r.takes} (want {value})")
        elif key == "inst":
            got = lyric_text(r).strip().lower() == "[inst]"
            if got != value:
                bad.append("instrumental ([inst])" if got else f"sung (lyrics {lyric_text(r)[:40]!r}), want [inst]")
        elif key == "tags_has":
            bad += [f"tags lack {t!r} ({', '.join(tag_list(r))})" for t in value if t not in tag_list(r)]
        elif key == "tags_not":
            bad += [f"tag {t!r} rendered ({', '.join(tag_list(r))})" for t in value if t in tag_list(r)]
        elif key == "lyrics_has":
            bad += [f"lyrics lack {t!r} (lyrics {lyric_text(r)[:60]!r})" for t in value if t not in lyric_text(r)]
        elif key == "lyrics_not":
            bad += [f"lyrics are only {t!r}" for t in value if lyric_text(r).strip() == t]
        else:
            got = args.get(key)
            if value is None and got is not None:
                bad.append(f"{key}={got} (want it unset)")
                continue
            if isinstance(got, (int, float)) and isinstance(value, (int, float)) and abs(got - value) < 1e-6:
                continue
            if got != value:
                bad.append(f"{key}={got} (want {value})")
    return bad


def wrong_more(r: Plan, want: dict[str, Any], length: float | None = None) -> list[str]:
    """`wrong`, and more keys the later probes use: 'lyrics_lacks', 'duration_not', 'tags_text' / 'tags_text_not'
    (words within the tags), 'loop' (True: looped in the arguments or the delivery; None: looped in neither).
    A probe script that wants them sets `probe_kit.wrong = probe_kit.wrong_more`."""
    want = dict(want)
    lacks = want.pop("lyrics_lacks", [])
    dur_not = want.pop("duration_not", None)
    has, hasnt = want.pop("tags_text", []), want.pop("tags_text_not", [])
    loop = want.pop("loop", "unset")
    bad = _base_wrong(r, want, length)
    tags = ", ".join(tag_list(r))
    bad += [f"tags lack {t!r} ({tags})" for t in has if t not in tags]
    bad += [f"{t!r} in tags ({tags})" for t in hasnt if t in tags]
    bad += [f"lyrics contain {t!r}" for t in lacks if t in lyric_text(r)]
    if dur_not is not None and r.arguments.get("duration") == dur_not:
        bad.append(f"duration={dur_not} (want anything else)")
    if loop != "unset":
        looped = bool(r.arguments.get("loop") or (getattr(r, "deliver", None) or {}).get("loop"))
        if looped != bool(loop):
            bad.append("looped (want no loop)" if looped else "no loop (want a loop)")
    return bad


_base_wrong = wrong


def run(text: str, length: float | None) -> Any:
    req = Request(request=text, audio=T if length else None, audio_length_s=length, source_tags=SRC if length else None)
    try:
        return plan(req)
    except Exception as e:  # (an error is a verdict too)
        return e


def verdict(r: Any, want: Any, length: float | None = None) -> str:
    if isinstance(r, Exception):
        return f"ERROR: {type(r).__name__}: {str(r)[:100]}"
    if want == ASK:
        return "OK" if not isinstance(r, Plan) else "SILENT WRONG: a question was due"
    if not isinstance(r, Plan):
        return "OK" if want.get("ask_ok") else "ASKED"
    bad = wrong(r, want, length)
    return "OK" if not bad else "SILENT WRONG: " + "; ".join(bad)


def fmt(r: Any) -> str:
    if isinstance(r, Plan):
        extra = f" takes={r.takes}" if r.takes else ""
        args = {k: v for k, v in r.arguments.items() if k not in ("audio", "track")}
        return f"PLAN {r.tool} {args}{extra}"
    if isinstance(r, Exception):
        return f"ERROR {type(r).__name__}"
    return f"ASK[{r.kind}] {r.text[:150]}"


def old_verdicts(src: str, script: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run(
        [sys.executable, str(Path(script).resolve()), "--verdicts"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main(PROBES: list[tuple[str, float | None, str, Any]], script: str) -> None:
    """The probes of one red-team script, run and tallied; `--old <src>` re-runs them on another build (the same
    script under that source) and marks each silent probe new or pre-existing."""
    argv = sys.argv[1:]
    if "--verdicts" in argv:
        print(json.dumps({text: verdict(run(text, ln), want, ln) for _, ln, text, want in PROBES}, ensure_ascii=False))
        return
    quiet = "-q" in argv
    old_src = argv[argv.index("--old") + 1] if "--old" in argv else None
    rest = [a for i, a in enumerate(argv) if a != "-q" and a != "--old" and (i == 0 or argv[i - 1] != "--old")]
    only = rest[0] if rest else None
    old = old_verdicts(old_src, script) if old_src else {}
    tally: Counter[str] = Counter()
    by_cat: Counter[str] = Counter()
    for cat, length, text, want in PROBES:
        if only and only not in text and only not in cat:
            continue
        r = run(text, length)
        v = verdict(r, want, length)
        kind = v.split(":")[0]
        if kind == "SILENT WRONG" and old_src:
            pre = old.get(text, "").startswith("SILENT WRONG")
            v += " (pre-existing)" if pre else " (NEW in this diff)"
            kind += " (pre-existing)" if pre else " (new)"
        tally[kind] += 1
        if kind != "OK":
            by_cat[f"{kind:27s} {cat}"] += 1
        if not quiet or kind != "OK":
            print(f"{kind}: [{cat}] {text!r} len={length}\n    got: {fmt(r)}\n    verdict: {v}")
    print(f"\nprobes: {sum(tally.values())}; " + ", ".join(f"{k}: {n}" for k, n in sorted(tally.items())))
    for cat, n in sorted(by_cat.items()):
        print(f"  {n:2d}  {cat}")


def lyr(intro: str, stanza: str, last: str) -> str:
    """A request, a blank line, a stanza, a blank line and a last line: the shape the lyrics probes test."""
    return f"{intro}\n\n{stanza}\n\n{last}"
