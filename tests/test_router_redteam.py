"""The red-team requests (tests/router_cases_redteam.py): written without reading the router's tables, they
must never become a silent wrong plan (a paid render that is not the one asked for); a question is fine."""

from __future__ import annotations

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Request, plan
from tests.router_cases_redteam import R
from tests.router_score import SOURCE_TAGS, TRACK, _args_match

# Requests still planned wrong that no general fix here reaches yet; each is listed in the report.
KNOWN = {
    "संस्कृत श्लोक गायन, त्रीणि निमेषाः",  # a number word before an unknown unit: no accounting of number words yet
}


def _silent_wrong() -> list[tuple[str, str, dict[str, object]]]:
    out = []
    for _lang, text, length, want, args in R:
        req = Request(
            request=text,
            audio=TRACK if length is not None else None,
            audio_length_s=length,
            source_tags=SOURCE_TAGS if length is not None else None,
        )
        try:
            result = plan(req)
        except InvalidInput:
            continue
        if not isinstance(result, Plan):
            continue
        tool_ok = result.tool == want or (want == "t2a" and result.tool.startswith("text_to_audio"))
        if not (tool_ok and _args_match(args, result.arguments)):
            out.append((text, result.tool, result.arguments))
    return out


def test_no_silent_wrong_plan_on_the_red_team_requests():
    wrong = [w for w in _silent_wrong() if w[0] not in KNOWN]
    assert wrong == []


def test_the_known_misses_are_still_misses_or_fixed_and_listed_honestly():
    # When one is fixed, drop it from KNOWN so the first test guards it.
    still = {w[0] for w in _silent_wrong()}
    assert still <= KNOWN
    assert len(R) >= 200
