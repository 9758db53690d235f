"""The third red-team set (tests/router_cases_redteam3.py): 300 requests in all 50 languages, written and
labelled before their author read the router. None may become a silent wrong plan; a question is allowed,
and it must name the fields that would settle it. (On the router before its fixes: 3 silent wrong plans.)"""

from __future__ import annotations

from tests.router_cases_redteam3 import R3
from tests.router_score import BIG, redteam3_matches, score


def test_no_silent_wrong_plan_on_the_third_red_team_set():
    wrong = [(o.lang, o.request, o.got, o.detail) for o in score(list(R3), redteam3_matches).silent()]
    assert wrong == []


def test_every_question_on_the_third_set_names_the_fields_to_pass():
    for o in score(list(R3), redteam3_matches).outcomes():
        if o.question is not None:
            assert o.question.fields, (o.lang, o.request, o.question.text)


def test_the_third_set_is_planned_right_at_the_issues_bars():
    # Issue 25's bars: 95 % fully right in the 12 languages covered first, 85 % in the others. Measured after
    # the structural fixes of router25d: 178/187 (95.2 %) and 110/113 (97.3 %); before them 81 % and 92 %.
    s = score(list(R3), redteam3_matches)
    big = [o.right for lang, items in s.by_lang.items() if lang in BIG for o in items]
    other = [o.right for lang, items in s.by_lang.items() if lang not in BIG for o in items]
    assert sum(big) / len(big) >= 0.95
    assert sum(other) / len(other) >= 0.85
