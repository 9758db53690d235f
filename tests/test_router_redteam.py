"""The red-team requests (tests/router_cases_redteam.py): written without reading the router's tables, they
must never become a silent wrong plan (a paid render that is not the one asked for); a question is fine."""

from __future__ import annotations

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Request, plan
from tests.router_cases_redteam import R
from tests.router_score import SOURCE_TAGS, TRACK, _args_match


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
    assert len(R) >= 300
    assert _silent_wrong() == []


def test_the_red_team_set_covers_the_50_languages():
    from ace_step_mcp.router.languages import NAMES

    per: dict[str, int] = {}
    for case in R:
        per[case[0]] = per.get(case[0], 0) + 1
    assert set(per) == set(NAMES)
    assert min(per.values()) >= 4
