"""The red-team requests (tests/router_cases_redteam.py): written without reading the router's tables, they
must never become a silent wrong plan (a paid render that is not the one asked for); a question is fine."""

from __future__ import annotations

from tests.router_cases_redteam import R
from tests.router_score import score


def test_no_silent_wrong_plan_on_the_red_team_requests():
    assert len(R) >= 300
    assert [(o.request, o.got, o.detail) for o in score(R).silent()] == []


def test_the_red_team_set_covers_the_50_languages():
    from ace_step_mcp.router.languages import NAMES

    per: dict[str, int] = {}
    for case in R:
        per[case[0]] = per.get(case[0], 0) + 1
    assert set(per) == set(NAMES)
    assert min(per.values()) >= 4
