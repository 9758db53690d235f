"""Tempo, key, loops and MP3 on real band tracks with tempo charts, on an emulator sweep, and on
sampled-instrument pieces with exact tempo and key.

    sh scripts/uv run pytest -q tests/test_real_music.py   # once: fetches and mixes the tracks
    sh scripts/uv run python bench/real_music.py [--sweep] [--fluid [--seeds 100-199] [-v]]
    sh scripts/uv run python bench/real_music.py --fluid-only --seeds 200-299 -v

The band tracks are the eight of Debian's Frets on Fire song packages (see tests/test_real_music.py),
cached by the tests under ~/.cache/ace-step-mcp-tests/fretsonfire (or $ACE_STEP_TEST_DATA). For each:
the tempo measured against the chart's, with its confidence and alternative, the key measured (no
ground truth: the charts hold no pitches), the error of an 80 s loop built on a tempo 0.2 % off
against the charted length, and the CPU time of the analysis. Then one MP3 at -14 LUFS: its loudness
as decoded (our meter and, when ffmpeg is installed, ffmpeg's ebur128) and whether it decodes to the
exact length. With --sweep, 42 emulator renders (62-202 BPM, 12 keys): tempo and key in the asked.

With --fluid, sampled-instrument pieces with exact ground truth (bench/fluidpieces.py: MIDI written
here, rendered by FluidSynth through FluidR3_GM): tempo within 2 %, key exact / relative / fifth /
parallel / other, how confidence separates right from wrong readings, and the `compare` verdicts on
each piece's own tags. --seeds picks them (default: the held-out 100-199; 0-99 are for tuning);
--fluid-only skips the band tracks.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
CACHE = Path(os.environ.get("ACE_STEP_TEST_DATA") or Path.home() / ".cache" / "ace-step-mcp-tests") / "fretsonfire"


def band_tracks() -> None:
    import soundfile

    from ace_step_mcp.audio.analysis import analyse
    from ace_step_mcp.audio.process import Options, _file_loudness, process

    manifest = CACHE / "manifest.json"
    if not manifest.exists():
        sys.exit(f"no tracks at {CACHE}: run `sh scripts/uv run pytest -q tests/test_real_music.py` first")
    tracks = json.loads(manifest.read_text())
    exact = 0
    print("| track | chart BPM | measured | confidence | alternative | key (confidence) | loop error | analysis CPU |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for entry in tracks:
            path, bpm = CACHE / f"{entry['name']}.wav", float(entry["bpm"])
            t = time.process_time()
            got = analyse(path)
            cpu = time.process_time() - t
            ok = got.bpm is not None and abs(got.bpm - bpm) <= 0.02 * bpm
            exact += ok
            length_s = soundfile.info(str(path)).duration
            opts = Options("wav", loop=True, trim_start_s=15.0, trim_end_s=max(0.0, length_s - 95.0))
            done = process(path, Path(tmp) / "loop.wav", opts, bpm=bpm * 1.002)
            err_ms = (done.loop_frames or 0) / done.rate * 1000 - (done.loop_bars or 0) * 4 * 60_000 / bpm
            print(
                f"| {entry['name']} | {bpm:g} | {got.bpm} {'✓' if ok else '✗'} | {got.bpm_confidence} | "
                f"{got.bpm_alternative} | {got.key} ({got.key_confidence}) | {err_ms:+.1f} ms ({done.loop_bars} bars) "
                f"| {cpu:.2f} s |"
            )
        print(f"\ntempo within 2 % of the chart: {exact}/{len(tracks)}")
        first = CACHE / f"{tracks[0]['name']}.wav"
        for kbps in (128, 192):
            out = Path(tmp) / "o.mp3"
            done = process(first, out, Options("mp3", bitrate_kbps=kbps, loudness_lufs=-14.0))
            ours = _file_loudness(out)
            ffmpeg = "not installed"
            if shutil.which("ffmpeg"):
                log = subprocess.run(
                    ["ffmpeg", "-nostats", "-i", str(out), "-af", "ebur128", "-f", "null", "-"],
                    capture_output=True,
                    text=True,
                ).stderr
                ffmpeg = re.findall(r"I:\s+(-?[\d.]+) LUFS", log)[-1]
            decoded = soundfile.info(str(out)).frames
            print(
                f"MP3 {kbps} kbps at -14 LUFS: ours {ours}, ffmpeg {ffmpeg}; decoded {decoded} frames of "
                f"{done.frames} ({'gapless' if decoded == done.frames else 'NOT gapless'})"
            )


def sweep() -> None:
    import numpy as np
    import soundfile

    from ace_step_mcp.audio.analysis import analyse, compare
    from ace_step_mcp.emulator.render import Recipe, render

    genres = ["pop", "rock", "lo-fi hip hop", "ballad", "house", "trap", "soul", "punk", "funk", "piano ballad"]
    genres += ["ambient, no drums", "folk"]
    keys = ["A minor", "C major", "F# minor", "Eb major", "E minor", "G major", "D minor", "Bb major", "B minor"]
    keys += ["Ab major", "C# minor", "F major"]
    tempo = key = misjudged = n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, bpm in enumerate(range(62, 205, 7)):
            for seed in (1, 2):
                tags = f"{genres[(i + seed) % len(genres)]}, {bpm} BPM, {keys[(i * 3 + seed) % len(keys)]}"
                x = render(Recipe.from_prompt(tags, "la la" if seed == 2 else None, seed), 48_000 * 30)
                path = Path(tmp) / "s.wav"
                soundfile.write(str(path), x.astype(np.float32) / 32768, 48_000, subtype="PCM_16")
                got = analyse(path)
                tempo += got.bpm is not None and abs(got.bpm - bpm) <= 0.02 * bpm
                key += got.key == keys[(i * 3 + seed) % len(keys)]
                misjudged += False in compare(tags, got)[1].values()
                n += 1
    print(f"emulator sweep: tempo {tempo}/{n}, key {key}/{n}, a `matches` of False on {misjudged}/{n}")


def key_relation(truth: str, got: str | None) -> str:
    """'exact', 'relative', 'fifth', 'parallel' or 'other': how a key reading stands to the truth."""
    from ace_step_mcp.audio.musictags import key_of

    t, g = key_of(truth), key_of(got or "")
    if t is None or g is None:
        return "other"
    if (t.pitch_class, t.minor) == (g.pitch_class, g.minor):
        return "exact"
    if t.minor != g.minor and (t.pitch_class + (3 if t.minor else -3)) % 12 == g.pitch_class:
        return "relative"
    if t.minor == g.minor and (g.pitch_class - t.pitch_class) % 12 in (5, 7):
        return "fifth"
    if t.pitch_class == g.pitch_class:
        return "parallel"
    return "other"


def fluid(seeds: range, verbose: bool) -> dict[str, object]:
    """Analyse the FluidSynth pieces of `seeds`; print a line per piece (verbose) and the totals."""
    from collections import Counter

    from fluidpieces import install, rendered  # bench/ is on the path: this script's own folder

    from ace_step_mcp.audio.analysis import LOW_CONFIDENCE, analyse, compare

    if why := install():
        sys.exit(why)
    tempo_ok = 0
    slow_ok = slow = fast_ok = fast = 0
    relations: Counter[str] = Counter()
    wrong_verdicts = not_judged = 0
    conf_right: list[float] = []
    conf_wrong: list[float] = []
    kconf_right: list[float] = []
    kconf_wrong: list[float] = []
    cpu = 0.0
    by_style: dict[str, list[int]] = {}
    for seed in seeds:
        p, path = rendered(seed)
        t = time.process_time()
        got = analyse(path)
        cpu += time.process_time() - t
        ok = got.bpm is not None and abs(got.bpm - p.bpm) <= 0.02 * p.bpm
        tempo_ok += ok
        (conf_right if ok else conf_wrong).append(got.bpm_confidence)
        if p.bpm <= 92:
            slow, slow_ok = slow + 1, slow_ok + ok
        if p.bpm >= 160:
            fast, fast_ok = fast + 1, fast_ok + ok
        rel = key_relation(p.key, got.key)
        relations[rel] += 1
        (kconf_right if rel == "exact" else kconf_wrong).append(got.key_confidence)
        matches = compare(p.tags, got)[1]
        # A verdict is wrong when it says False though the render is what was asked (they all are).
        wrong_verdicts += False in matches.values()
        not_judged += len(matches) < 2
        tally = by_style.setdefault(p.style, [0, 0, 0])
        tally[0] += 1
        tally[1] += ok
        tally[2] += rel == "exact"
        if verbose:
            mark = "ok" if ok else "MISS"
            print(
                f"{seed:4d} {p.style:9s} {p.bpm:5g} -> {got.bpm!s:7s} {mark:4s} c={got.bpm_confidence:.2f} "
                f"alt={got.bpm_alternative!s:7s} | {p.key:9s} -> {got.key!s:9s} {rel:8s} c={got.key_confidence:.2f} "
                f"alt={got.key_alternative} | {matches}"
            )
    n = len(seeds)

    def flagged(values: list[float]) -> str:
        return f"{sum(v < LOW_CONFIDENCE for v in values)}/{len(values)}"

    print(
        f"\nFluidSynth pieces, seeds {seeds.start}-{seeds.stop - 1} ({n}): tempo within 2 % {tempo_ok}/{n} "
        f"(at most 92 BPM {slow_ok}/{slow}, 160 BPM or more {fast_ok}/{fast}); key "
        + ", ".join(f"{k} {relations[k]}" for k in ("exact", "relative", "fifth", "parallel", "other"))
        + f"; `matches` False on {wrong_verdicts}/{n} (some reading left unjudged on {not_judged})"
    )
    print(
        f"confidence under {LOW_CONFIDENCE}: tempo right {flagged(conf_right)}, wrong {flagged(conf_wrong)}; "
        f"key right {flagged(kconf_right)}, wrong {flagged(kconf_wrong)}; analysis CPU {cpu / max(1, n):.2f} s "
        "per 32 s piece"
    )
    print("by style (pieces, tempo, key): " + ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in by_style.items()))
    return {"tempo": tempo_ok, "key": relations["exact"], "wrong_verdicts": wrong_verdicts, "n": n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sweep", action="store_true", help="also the 42-render emulator sweep")
    parser.add_argument("--fluid", action="store_true", help="also the FluidSynth pieces (bench/fluidpieces.py)")
    parser.add_argument("--fluid-only", action="store_true", help="only the FluidSynth pieces")
    parser.add_argument("--seeds", default="100-199", help="FluidSynth piece seeds, FIRST-LAST (default 100-199)")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per FluidSynth piece")
    args = parser.parse_args()
    if not args.fluid_only:
        band_tracks()
    if args.sweep and not args.fluid_only:
        sweep()
    if args.fluid or args.fluid_only:
        first, _, last = args.seeds.partition("-")
        fluid(range(int(first), int(last or first) + 1), args.verbose)


if __name__ == "__main__":
    main()
