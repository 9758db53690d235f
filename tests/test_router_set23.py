"""Blind set 23 (tests/router_cases_redteam23.py: a working session on an open track, written and labelled blind;
first run on 97d726e: words 126/132, 149/168, 4 silent; fields 128/132, 167/168, 2): no silent wrong plan, words
only or with the careful agent's fields, the rates measured after its fixes, and one test per kind fixed from it,
each failing on the router before (main at cb69ee1)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_cases_redteam23 import BIG12, R23
from tests.router_score import blind_set_holds
from tests.router_score import plan_of as _plan

# After its fixes: words 128/132, 152/168; fields 130/132, 168/168; none silent.
FLOORS = {"words": (0.96, 0.90), "fields": (0.98, 0.99)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_set23_no_silent_wrong_plan_and_its_measured_floor(how):
    blind_set_holds(R23, BIG12, how, FLOORS)


def test_seconds_said_of_a_fade_beside_add_are_asked_not_added_as_music():
    # 'add a fade at the end lasting 3 s' in Arabic was an extension of 3 s of new music
    result = _plan("اضبط الصوت على -14 LUFS وأضف تلاشياً في النهاية مدته 3 ثوانٍ", 200.0)
    assert isinstance(result, Question) and "fade_out_s" in result.fields, result
    # guards: new music that then fades, an outro with a fade of its own
    result = _plan("Add 20 seconds to the end so it fades out naturally", 200.0)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 20, result
    result = _plan("add a 10 s outro with a 3 s fade out", 200.0)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 10, result


def test_both_ends_in_danish_and_more():
    for text in ("forlæng nummeret med 20 sekunder i begge ender", "förläng låten med 20 sekunder i båda ändar"):
        result = _plan(text, 120.0)
        assert isinstance(result, Plan), result
        assert (result.arguments["extend_before_duration"], result.arguments["extend_after_duration"]) == (20, 20)


def test_haitian_lyrics_sung_in_haitian_and_chinese_electronic_style():
    tags = _plan('yon chante konpa 2 minit, pawòl: "nou pral danse jouk maten"').arguments["tags"]
    assert "haitian creole vocal" in tags and "french" not in tags, tags
    assert "electronic" in _plan("来三个版本的30秒纯音乐片头，电子风格").arguments["tags"]
