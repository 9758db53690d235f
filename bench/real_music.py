"""Tempo, key, loops and MP3 on real band tracks with tempo charts, and on an emulator sweep.

    sh scripts/uv run pytest -q tests/test_real_music.py   # once: fetches and mixes the tracks
    sh scripts/uv run python bench/real_music.py [--sweep]

The band tracks are the eight of Debian's Frets on Fire song packages (see tests/test_real_music.py),
cached by the tests under ~/.cache/ace-step-mcp-tests/fretsonfire (or $ACE_STEP_TEST_DATA). For each:
the tempo measured against the chart's, with its confidence and alternative, the key measured (no
ground truth: the charts hold no pitches), the error of an 80 s loop built on a tempo 0.2 % off
against the charted length, and the CPU time of the analysis. Then one MP3 at -14 LUFS: its loudness
as decoded (our meter and, when ffmpeg is installed, ffmpeg's ebur128) and whether it decodes to the
exact length. With --sweep, 42 emulator renders (62-202 BPM, 12 keys): tempo and key in the asked.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sweep", action="store_true", help="also the 42-render emulator sweep")
    args = parser.parse_args()
    band_tracks()
    if args.sweep:
        sweep()


if __name__ == "__main__":
    main()
