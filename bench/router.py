"""The router's speed: median and p95 per request over the labelled sets, per language, and the slowest
4,000-character request per language.

    sh scripts/uv run python bench/router.py

Planning runs in a worker thread of `make_music`; the bars are a median of at most 5 ms per request and at
most 50 ms for any 4,000-character request (it must stay linear in the text). The language detector and the
vocabulary tables are loaded once before timing (the first plan that needs them pays it).
"""

from __future__ import annotations

import contextlib
import importlib
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Pathological shapes, each made 4,000 characters long: one unbroken token, digits, spaced numbers, times,
# cue words, brackets (section markers), newlines (lyrics by shape), windows and both-ends extensions in words.
_SHAPES = {
    "one token": "x",
    "digits": "1",
    "spaced numbers": "1 ",
    "times": "0:10-0:20 ",
    "units": "10 s, ",
    "cues": "replace extend add trim fade ",
    "brackets": "[Verse] ",
    "lines": "la la\n",
    "dots": "1.30 ",
    "windows in words": "cambia entre 1 s y 2 s, ",
    "both ends": "add 1 s at the start and the end ",
    "decades": "années 80 80年代 1950s ",
    "versions and stems": "a jazz-version split out the vocals ",
    "fades and cuts": "затухание в конце на 4 секунды и обрежь 2 с, ",
    "three versions": "tres versiones de una bachata, una lenta y otra ",
    "unit adjectives": "аааааааааааа, минутный трек ",
    "field lines": "[Verse]\nla la\nstyle: folk\n",
    "letters": "jazzversion",
    # (lines after colons, with a long line at the end: each colon line looks at all the lines after it)
    "colon lines": "Stil:\nruhig\nwarm\n",
    "fades by where": "fondu au début de 4 s et à la fin de 10 s, fade out 5 ",
}


_FIELDS: list[tuple[float | None, dict[str, Any]]] = [
    (None, {"duration": 60, "instrumental": True}),
    (120.0, {"start_time": 10.0, "end_time": 20.0}),
    (120.0, {"extend_before": 10.0, "extend_after": 20.0}),
]


def _p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(0.95 * len(values)))]


def main() -> None:
    from ace_step_mcp.errors import InvalidInput
    from ace_step_mcp.router import Request, plan

    fifty = importlib.import_module("tests.router_cases_50").C
    world = importlib.import_module("tests.router_cases_world").W
    labelled = importlib.import_module("tests.router_cases")
    by_lang: dict[str, list[tuple[str, float | None]]] = defaultdict(list)
    for case in [*fifty, *world]:
        by_lang[case[0]].append((case[1], case[2]))
    by_lang["en"] += [(c["request"], c.get("length")) for c in labelled.CASES + labelled.HELD_OUT]
    plan(Request("pop song, lyrics: ti amo per sempre sotto le stelle"))  # loads lingua and the tables
    plan(Request("دقيقتان, 3 minutos, ५ सेकंड"))

    cpu: list[float] = []

    def one(text: str, length: float | None, **fields: Any) -> float:
        """Wall milliseconds (the bar); the thread's CPU milliseconds are kept too, as a machine shared with
        other work stretches wall time without the code getting slower."""
        t, c = time.perf_counter(), time.thread_time()
        with contextlib.suppress(InvalidInput):  # a refusal is a plan too, and timed
            plan(Request(text, audio="trk_0123456789ab" if length else None, audio_length_s=length, **fields))
        cpu.append((time.thread_time() - c) * 1000)
        return (time.perf_counter() - t) * 1000

    def worst(text: str) -> tuple[float, float]:
        cpu.clear()
        wall = max(one(text, length) for length in (None, 120.0) for _ in range(2))
        return wall, max(cpu)

    every: list[float] = []
    worst_long = worst_cpu = 0.0
    print(f"{'lang':5} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'4,000 chars worst ms':>21} {'(cpu ms)':>9}")
    for lang in sorted(by_lang):
        requests = by_lang[lang]
        times = [one(text, length) for text, length in requests for _ in range(3)]
        every += times
        # The language's own requests, joined and repeated to 4,000 characters, with and without a track.
        # Lyrics are cut before anything reads them, so requests holding lyrics are left out: the worst case
        # is a long instruction, read to its end.
        joined = ", ".join(text for text, _ in requests if "\n" not in text and ":" not in text.replace("0:", ""))
        long_text = (joined * (4000 // max(1, len(joined)) + 1))[:4000]
        long_ms, long_cpu = worst(long_text)
        worst_long = max(worst_long, long_ms)
        worst_cpu = max(worst_cpu, long_cpu)
        print(
            f"{lang:5} {len(requests):4} {statistics.median(times):10.2f} {_p95(times):8.2f} {long_ms:21.1f} "
            f"{long_cpu:9.1f}"
        )
    print(
        f"all   {len(every) // 3:4} {statistics.median(every):10.2f} {_p95(every):8.2f} {worst_long:21.1f} "
        f"{worst_cpu:9.1f}"
    )
    for name, unit in _SHAPES.items():
        wall, thread = worst((unit * (4000 // len(unit) + 1))[:4000])
        print(f"4,000 characters of {name!r}: {wall:.1f} ms (cpu {thread:.1f} ms), worst of 4")
    # The same shapes with the fields an agent fills, which the words are checked against.
    cpu.clear()
    filled = [
        one((unit * (4000 // len(unit) + 1))[:4000], length, **fields)
        for unit in _SHAPES.values()
        for length, fields in _FIELDS
    ]
    print(f"4,000 characters, every shape with fields: {max(filled):.1f} ms (cpu {max(cpu):.1f} ms), worst")


if __name__ == "__main__":
    main()
