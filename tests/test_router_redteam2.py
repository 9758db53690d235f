"""The second red-team set (tests/router_cases_redteam2.py): requests written without reading the router, in
the 50 languages. None may become a silent wrong plan (a plan, paid or not, that is not the one asked for);
a question is allowed, and it must name the fields that would settle it."""

from __future__ import annotations

from typing import Any

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_cases_redteam2 import R2
from tests.router_score import SOURCE_TAGS, TRACK


def _matches(want: dict[str, Any], result: Plan, length: float | None) -> bool:
    got = dict(result.arguments)
    for key in ("start_time", "end_time"):
        if got.get(f"{key}_relative_to") == "end" and length is not None and isinstance(got.get(key), int | float):
            got[key] = length - float(got[key])
    for key, value in want.items():
        if key == "sung":
            if str(got.get("lyrics") or "").strip().lower() in ("[inst]", "[instrumental]"):
                return False
            continue
        have = got.get(key, result.deliver.get(key))
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not isinstance(have, int | float) or isinstance(have, bool) or abs(float(have) - float(value)) > 0.01:
                return False
        elif have != value:
            return False
    return True


def _outcomes() -> list[tuple[str, str, str, Any]]:
    """(lang, request, right | question | silent wrong | error, what the router gave)."""
    out = []
    for lang, text, length, want, args in R2:
        req = Request(
            request=text,
            audio=TRACK if length is not None else None,
            audio_length_s=length,
            source_tags=SOURCE_TAGS if length is not None else None,
        )
        try:
            result = plan(req)
        except InvalidInput as exc:
            out.append((lang, text, "question", str(exc)))
            continue
        if isinstance(result, Question):
            out.append((lang, text, "right" if want == "ask" else "question", result))
            continue
        tool_ok = result.tool == want or (want == "t2a" and result.tool.startswith("text_to_audio"))
        verdict = "right" if tool_ok and _matches(args, result, length) else "silent wrong"
        out.append((lang, text, verdict, (result.tool, result.arguments, result.deliver)))
    return out


def test_no_silent_wrong_plan_on_the_second_red_team_set():
    wrong = [(lang, text, got) for lang, text, verdict, got in _outcomes() if verdict == "silent wrong"]
    assert wrong == []


def test_every_question_on_the_set_names_the_fields_to_pass():
    for _lang, text, _verdict, got in _outcomes():
        if isinstance(got, Question):
            assert got.fields, text


def test_the_second_red_team_set_covers_the_50_languages():
    from ace_step_mcp.router.languages import NAMES

    per: dict[str, int] = {}
    for case in R2:
        per[case[0]] = per.get(case[0], 0) + 1
    assert len(R2) >= 300
    assert set(per) == set(NAMES)
    assert min(per.values()) >= 4
