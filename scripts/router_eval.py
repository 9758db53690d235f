"""Accuracy and silent wrong plans of the router, per language, on a labelled set of requests.

    sh scripts/uv run python scripts/router_eval.py              # the 50-language set (tests/router_cases_50.py)
    sh scripts/uv run python scripts/router_eval.py world        # the 12-language set (tests/router_cases_world.py)
    sh scripts/uv run python scripts/router_eval.py 50 --misses  # and every miss, with what the router did

A silent wrong plan is a plan (money would be spent) that is not the right one; a question is never one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from tests.router_score import careful_matches, score

    which = next((a for a in sys.argv[1:] if not a.startswith("-")), "50")
    if which == "world":
        from tests.router_cases_world import W

        cases = list(W)
    else:
        from tests.router_cases_50 import C

        cases = list(C)
    s = score(cases, careful_matches)  # a time from the end read as seconds from the start, as labelled
    print(f"{'lang':5} {'right':>9} {'rate':>6} {'silent':>6}")
    for lang in sorted(s.by_lang):
        items = s.by_lang[lang]
        right = sum(o.right for o in items)
        print(f"{lang:5} {right:4}/{len(items):<4} {s.rate(lang):6.0%} {len(s.silent(lang)):6}")
    n = sum(len(v) for v in s.by_lang.values())
    print(f"all   {sum(o.right for v in s.by_lang.values() for o in v):4}/{n:<4} {s.total():6.1%} {len(s.silent()):6}")
    if "--misses" in sys.argv:
        for lang in sorted(s.by_lang):
            for o in s.by_lang[lang]:
                if not o.right:
                    flag = "SILENT " if o.silent_wrong else ""
                    print(f"{flag}{lang}: {o.request!r} want {o.want}, got {o.got} {o.detail[:160]}")


if __name__ == "__main__":
    main()
