"""The second red-team set (tests/router_cases_redteam2.py): requests written without reading the router, in
the 50 languages. None may become a silent wrong plan (a plan, paid or not, that is not the one asked for);
a question is allowed, and it must name the fields that would settle it."""

from __future__ import annotations

from typing import Any

from ace_step_mcp.router import Plan
from tests.router_cases_redteam2 import R2
from tests.router_score import score, takes_agree


def _matches(want: dict[str, Any], result: Plan, length: float | None) -> bool:
    if not takes_agree(want, result):
        return False
    got = {**result.arguments, "takes": result.takes}
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


def test_no_silent_wrong_plan_on_the_second_red_team_set():
    wrong = [(o.lang, o.request, o.got, o.detail) for o in score(R2, _matches).silent()]
    assert wrong == []


def test_every_question_on_the_set_names_the_fields_to_pass():
    for o in score(R2, _matches).outcomes():
        if o.question is not None:
            assert o.question.fields, o.request


def test_the_second_red_team_set_covers_the_50_languages():
    from ace_step_mcp.router.languages import NAMES

    per: dict[str, int] = {}
    for case in R2:
        per[case[0]] = per.get(case[0], 0) + 1
    assert len(R2) >= 300
    assert set(per) == set(NAMES)
    assert min(per.values()) >= 4
