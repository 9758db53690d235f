"""The router's speed: median per request over the labelled sets, and the slowest 4,000-character requests.

    python3 -m uv run python bench/router.py

Planning runs in a worker thread of `make_music`; the bars are a median of at most 5 ms per request
and at most 50 ms for a 4,000-character request (it must stay linear in the text). The language
detector is built once before timing (0.2 s, the first plan that meets Latin-script lyrics pays it).
"""

from __future__ import annotations

import contextlib
import importlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from ace_step_mcp.errors import InvalidInput
    from ace_step_mcp.router import Request, plan

    world = importlib.import_module("tests.router_cases_world").W
    labelled = importlib.import_module("tests.router_cases")
    requests = [(text, length) for _, text, length, _, _ in world]
    requests += [(c["request"], c.get("length")) for c in labelled.CASES + labelled.HELD_OUT]
    plan(Request("pop song, lyrics: ti amo per sempre sotto le stelle"))

    def one(text: str, length: float | None) -> float:
        t = time.perf_counter()
        with contextlib.suppress(InvalidInput):  # a refusal is a plan too, and timed
            plan(Request(text, audio="trk_0123456789ab" if length else None, audio_length_s=length))
        return (time.perf_counter() - t) * 1000

    times = [one(text, length) for text, length in requests for _ in range(3)]
    print(f"{len(requests)} requests x 3: median {statistics.median(times):.2f} ms, p95 "
          f"{sorted(times)[int(0.95 * len(times))]:.2f} ms, max {max(times):.2f} ms")  # fmt: skip
    long_cases = {
        "English prose": "a dreamy synthwave track with lush pads, gated drums and a warm bassline, ",
        "Japanese": "カフェ用のBGM、ボサノバ風、落ち着いた雰囲気で、",
        "Russian": "две минуты спокойной фортепианной музыки, ",
        "Hindi": "मुझे दो मिनट का शांत बांसुरी संगीत चाहिए ",
        "an edit, repeated": "replace 0:10-0:20 with piano and add a 10 s outro, ",
        "one unbroken token": "x",
    }
    for name, unit in long_cases.items():
        text = (unit * (4000 // len(unit) + 1))[:4000]
        worst = max(one(text, 120.0) for _ in range(3))
        print(f"4,000 characters, {name}: {worst:.1f} ms (worst of 3)")


if __name__ == "__main__":
    main()
