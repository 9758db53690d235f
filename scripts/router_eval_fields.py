"""The router with the fields a careful agent would fill (issue 25: "the agent is a reader too"), against the
same requests read from the words alone, on every labelled set: per language, fully right, questions, silent
wrong plans; the 12 languages covered first against the others.

    sh scripts/uv run python scripts/router_eval_fields.py             # per set, then per language (all sets)
    sh scripts/uv run python scripts/router_eval_fields.py --misses    # and every with-fields miss
    sh scripts/uv run python scripts/router_eval_fields.py --words     # the per-language table words-only
    sh scripts/uv run python scripts/router_eval_fields.py --contradict  # fields that disagree with the words

The fields come from each case's label by one rule (tests/router_score.py `careful_fields`): for a new track
`duration`, `instrumental` (label lyrics [inst]), `lyrics` (the label's, else the request's block from its
first section-marker line) and `vocal_language` where the label has them; for an inpaint `start_time` and
`end_time` in seconds from the start; for an outpaint `extend_before` and `extend_after`; for any plan the
delivery fields (format, loudness, loop, fades) and `takes` the label names; `audio` wherever there is a
track; nothing for a question or a refusal. Both runs read a plan the same way (`careful_matches`).

Before this work (main at 3ba89b8), 2,146 requests in 50 languages: words only 2,044 fully right (95.2 %;
12 first languages 96.2 %, others 94.2 %), 0 silent wrong; with fields 2,101 (97.9 %; 98.3 % and 97.4 %),
0 silent wrong, and 17 of the 50 languages below 98 % with fields (34 words only). And --contradict (one
field made to disagree with words the router reads right): 340 of 2,776 planned anyway, silently.
After (router25e): words only 2,047 (95.4 %), with fields 2,135 (99.5 %; 12 first 99.2 %, others 99.8 %), 0 silent
wrong either way; 3 languages under 98 % with fields (hi, la, uk; all at least 95 %); --contradict 10 of 2,780.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def sets() -> dict[str, list[tuple[Any, ...]]]:
    from tests.router_cases_50 import C
    from tests.router_cases_redteam import R
    from tests.router_cases_redteam2 import R2
    from tests.router_cases_redteam3 import R3
    from tests.router_cases_redteam4 import R4
    from tests.router_cases_world import W

    return {"redteam": R, "redteam2": R2, "redteam3": R3, "redteam4": R4, "50": C, "world": W}


def all_sets() -> dict[str, list[tuple[Any, ...]]]:
    """The sets above (tests/test_router_fields.py's floors were measured on them) and the fifth and sixth
    red-team sets and on (tests/router_cases_redteam5.py to _redteam14.py, asserted by tests/test_router_redteam5.py
    to _redteam14.py)."""
    from tests.router_cases_redteam5 import R5
    from tests.router_cases_redteam6 import R6
    from tests.router_cases_redteam7 import R7
    from tests.router_cases_redteam8 import R8
    from tests.router_cases_redteam9 import R9
    from tests.router_cases_redteam10 import R10
    from tests.router_cases_redteam11 import R11
    from tests.router_cases_redteam12 import R12
    from tests.router_cases_redteam13 import R13
    from tests.router_cases_redteam14 import R14

    later = {"redteam5": R5, "redteam6": R6, "redteam7": R7, "redteam8": R8, "redteam9": R9, "redteam10": R10}
    return {**sets(), **later, "redteam11": R11, "redteam12": R12, "redteam13": R13, "redteam14": R14}


def main() -> None:
    from tests.router_score import BIG, SUMMARY_HEAD, Outcome, careful_matches, contradictions, score, score_with_fields
    from tests.router_score import summary_row as row

    HEAD = SUMMARY_HEAD

    words: list[Outcome] = []
    fields: list[Outcome] = []
    for name, cases in all_sets().items():
        w = score(list(cases), careful_matches).outcomes()
        f = score_with_fields(list(cases)).outcomes()
        words += w
        fields += f
        print(f"{name}: words only / with fields\n{HEAD}\n{row('words', w)}\n{row('fields', f)}")
    shown = words if "--words" in sys.argv else fields
    print(f"\nper language, {'words only' if shown is words else 'with fields'} (all sets)\n{HEAD}")
    for lang in sorted({o.lang for o in shown}):
        items = [o for o in shown if o.lang == lang]
        flag = "  < 98 %" if sum(o.right for o in items) < 0.98 * len(items) else ""
        print(row(lang, items) + flag)
    for label, outs in (("words", words), ("fields", fields)):
        print(row(f"{label}:12", [o for o in outs if o.lang in BIG]))
        print(row(f"{label}:38", [o for o in outs if o.lang not in BIG]))
        print(row(f"{label}:all", outs))
    if "--contradict" in sys.argv:
        tried, silent = contradictions([c for group in all_sets().values() for c in group])
        print(f"\nfields contradicting words the router reads right: {tried} tried, {len(silent)} planned anyway")
        for o in silent:
            print(f"  {o.lang}: {o.request!r} -> {o.got} {o.detail[:160]}")
    if "--misses" in sys.argv:
        for o in shown:
            if not o.right:
                flag = "SILENT" if o.silent_wrong else "asked " if o.question is not None else "other "
                print(f"{flag} {o.lang}: {o.request!r} want {o.want} -> got {o.got} {o.detail[:220]}")


if __name__ == "__main__":
    main()
