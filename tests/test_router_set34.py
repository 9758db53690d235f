"""Kinds fixed from blind set 34 (tests/router_cases_redteam34.py: a plain, even, everyday mix; first run on
15cff2a: words 125/132, 148/168, 2 silent; fields 129/132, 159/168, 2), each failing on the router before (main at
15cff2a)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_a_cut_with_no_track_asks_for_the_track():
    result = _plan("ਆਖਰੀ 10 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", None)  # it had made a new 10 s piece, silently
    assert isinstance(result, Question) and "audio" in result.fields, result
    result = _plan("ਆਖਰੀ 10 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("trim_end_s") == 10, result


def test_leave_it_at_n_reaches_n():
    for text, after in (("Deixa ela com 3 minutos.", 30), ("gaane ko 4 minute ka kar do", 90)):
        result = _plan(text, 150.0)
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == after, (text, result)


def test_probe_20_a_singer_or_rap_before_a_colon_names_no_words_to_sing():
    for text in ("Una canzone per una cantante donna, requisiti:\nritmo lento\npianoforte e archi",
                 "Un morceau pour une chanteuse, ambiance :\ncalme\npiano et cordes", "一首说唱，风格：\n硬核\n快节奏\n重低音",
                 "Key words:\nsunset\nocean\nnostalgia"):  # fmt: skip
        result = _plan(text, None)
        assert not (isinstance(result, Plan) and result.arguments.get("lyrics") not in (None, "[inst]")), (text, result)
    tags = _plan("рок-пісня, тільки не веселий поп", None)
    assert isinstance(tags, Plan) and "pop" not in tags.arguments["tags"].split(", "), tags  # ('no pop' at most)
