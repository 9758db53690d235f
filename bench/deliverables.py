"""Deliverables on a 240 s track: analysis time, MP3 encoding time, and the event loop meanwhile.

    python3 -m uv run python bench/deliverables.py [--compare-librosa PYTHON]

It renders a 240 s, 48 kHz stereo track with the emulator, then (after one warm-up run of each, so
imports are not counted) times `analyse` and an MP3 encode at 192 kbps (`process`, which reads,
encodes and writes) three times each, and runs both in worker threads under an asyncio loop whose
ticker measures how late it wakes (the longest stall is what other MCP calls would wait).

With --compare-librosa PYTHON (an interpreter with librosa installed; it is not a dependency of
this project), it scores this project's tempo and key against librosa's (`beat.beat_track` tempo;
key from `chroma_cqt` against the same Krumhansl-Kessler profiles) on the same synthetic ground
truth as the tests, and reports each one's speed on the 240 s track, import time and install size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import anyio
import soundfile

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def median_time(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return statistics.median(times)


async def longest_stall(work: list[Callable[[], object]]) -> float:
    worst = 0.0
    done = anyio.Event()

    async def ticker() -> None:
        nonlocal worst
        while not done.is_set():
            t = time.perf_counter()
            await anyio.sleep(0.005)
            worst = max(worst, time.perf_counter() - t - 0.005)

    async with anyio.create_task_group() as tg:
        tg.start_soon(ticker)
        for fn in work:
            await anyio.to_thread.run_sync(fn)
        done.set()
    return worst


def ground_truth(folder: Path) -> tuple[list[tuple[Path, float]], list[tuple[Path, str]]]:
    import importlib

    from ace_step_mcp.audio.musictags import Key

    # The tests' own generators, so bench and tests score the same ground truth.
    truth = importlib.import_module("tests.test_deliverables")
    clicks, progression = truth.clicks, truth.progression

    tempos = []
    for bpm in (60, 72, 85, 97.5, 110, 120, 128, 140, 150, 165, 174):
        path = folder / f"click-{bpm}.wav"
        soundfile.write(str(path), clicks(bpm), 44_100, subtype="PCM_16")
        tempos.append((path, float(bpm)))
    keys = []
    for pc in range(12):
        for minor in (False, True):
            key = Key(pc, minor)
            path = folder / f"key-{pc}-{int(minor)}.wav"
            soundfile.write(str(path), progression(key), 44_100, subtype="PCM_16")
            keys.append((path, key.name))
    return tempos, keys


LIBROSA_SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
import librosa, numpy as np
imported = time.perf_counter() - t0
MAJOR = (6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88)
MINOR = (6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17)
NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
def tempo(path):
    y, sr = librosa.load(path, sr=22050, mono=True)
    t, _ = librosa.beat.beat_track(y=y, sr=sr)
    return float(np.atleast_1d(t)[0])
def key(path):
    y, sr = librosa.load(path, sr=22050, mono=True)
    c = librosa.feature.chroma_cqt(y=y, sr=sr).sum(axis=1)
    best = max(((np.corrcoef(c, np.roll(p, t))[0, 1], f"{NAMES[t]} {m}") for m, p in (("major", MAJOR), ("minor", MINOR)) for t in range(12)))
    return best[1]
job = json.loads(sys.stdin.read())
out = {"import_s": imported, "tempo": [tempo(p) for p in job["tempo"]], "key": [key(p) for p in job["key"]]}
t = time.perf_counter(); tempo(job["long"]); key(job["long"]); out["long_s"] = time.perf_counter() - t
print(json.dumps(out))
"""


def site_size_mb(python: str, packages: list[str]) -> float:
    code = (
        "import importlib.metadata as m, sys, os\n"
        "seen=set(); total=0\n"
        "def walk(name):\n"
        "  global total\n"
        "  key=name.lower().replace('_','-')\n"
        "  if key in seen: return\n"
        "  seen.add(key)\n"
        "  try: d=m.distribution(name)\n"
        "  except m.PackageNotFoundError: return\n"
        "  total+=sum((os.path.getsize(d.locate_file(f)) for f in (d.files or []) if os.path.exists(d.locate_file(f))))\n"
        "  for r in d.requires or []:\n"
        "    if 'extra ==' in r: continue\n"
        "    walk(r.split(';')[0].split()[0].split('[')[0].split('>')[0].split('<')[0].split('=')[0].split('!')[0].split('~')[0])\n"
        "for p in sys.argv[1:]: walk(p)\n"
        "print(total/1e6)\n"
    )
    out = subprocess.run([python, "-c", code, *packages], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare-librosa", metavar="PYTHON")
    args = parser.parse_args()

    from ace_step_mcp.audio.analysis import analyse
    from ace_step_mcp.audio.process import Options, process
    from ace_step_mcp.emulator.render import Recipe, render

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        track = folder / "t240.wav"
        x = render(Recipe.from_prompt("lo-fi, rhodes, 80 BPM, A minor", "la la", 3), 48_000 * 240)
        soundfile.write(str(track), x, 48_000, subtype="PCM_16")
        mp3 = folder / "t240.mp3"
        analyse(track)
        process(track, mp3, Options("mp3"))
        t_analysis = median_time(lambda: analyse(track))
        t_mp3 = median_time(lambda: process(track, mp3, Options("mp3")))
        stall = anyio.run(longest_stall, [lambda: analyse(track), lambda: process(track, mp3, Options("mp3"))])
        print(f"240 s track: analysis {t_analysis:.2f} s, MP3 192 kbps encode {t_mp3:.2f} s (medians of 3)")
        print(f"longest event-loop stall while both ran in worker threads: {stall * 1000:.1f} ms")
        if not args.compare_librosa:
            return
        tempos, keys = ground_truth(folder)
        t = time.perf_counter()
        ours_tempo = [analyse(p).bpm for p, _ in tempos]
        ours_key = [analyse(p).key for p, _ in keys]
        t_ours_set = time.perf_counter() - t
        import_ours = subprocess.run(
            [sys.executable, "-c", "import time; t=time.perf_counter(); import ace_step_mcp.audio.analysis as a, scipy.signal, soxr, soundfile; print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        job = {"tempo": [str(p) for p, _ in tempos], "key": [str(p) for p, _ in keys], "long": str(track)}
        lib = json.loads(
            subprocess.run(
                [args.compare_librosa, "-c", LIBROSA_SCRIPT], input=json.dumps(job), capture_output=True, text=True, check=True
            ).stdout.strip().splitlines()[-1]
        )  # fmt: skip

        def tempo_hits(values: list[float | None]) -> int:
            return sum(v is not None and abs(v - bpm) <= 1.0 for v, (_, bpm) in zip(values, tempos, strict=True))

        def key_hits(values: list[str | None]) -> int:
            return sum(v == name for v, (_, name) in zip(values, keys, strict=True))

        ours_size = site_size_mb(sys.executable, ["scipy", "soxr", "soundfile", "numpy"])
        lib_size = site_size_mb(args.compare_librosa, ["librosa"])
        print(
            "\n| candidate | tempo ±1 BPM (11 click tracks) | key (24 progressions) | 240 s track | import | install |"
        )
        print("|---|---|---|---|---|---|")
        print(
            f"| ours (numpy, scipy, soxr) | {tempo_hits(ours_tempo)}/11 | {key_hits(ours_key)}/24 | {t_analysis:.2f} s "
            f"(all measures) | {float(import_ours):.2f} s | {ours_size:.0f} MB |"
        )
        print(
            f"| librosa {subprocess.run([args.compare_librosa, '-c', 'import librosa; print(librosa.__version__)'], capture_output=True, text=True).stdout.strip()} "
            f"| {tempo_hits(lib['tempo'])}/11 | {key_hits(lib['key'])}/24 | {lib['long_s']:.2f} s (tempo + key) | "
            f"{lib['import_s']:.2f} s | {lib_size:.0f} MB |"
        )
        print(f"\nlibrosa tempi: {[round(v, 1) for v in lib['tempo']]}")
        print(f"ours tempi: {ours_tempo}; ground-truth set analysed in {t_ours_set:.1f} s")


if __name__ == "__main__":
    main()
