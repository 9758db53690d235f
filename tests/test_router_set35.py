"""Kinds fixed from blind set 35 (tests/router_cases_redteam35.py: a general mix, each row as a different person
writes; first run on 7822c6c: words 123/132, 140/168, 4 silent; fields 127/132, 159/168, 3), each failing on the
router before (main at 7822c6c)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_a_part_of_the_song_changed_with_no_track_asks_for_the_track_in_scripts_without_articles():
    for text in ("把副歌部分改得更激烈一点", "गीतको बीचको भाग फेरि बनाइदिनुस्", "ทำท่อนฮุกใหม่"):  # new pieces, silently
        result = _plan(text, None)
        assert isinstance(result, Question) and result.kind == "audio", (text, result)
    result = _plan("写一首副歌很激烈的摇滚歌", None)  # guard: a new song whose chorus is described
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


def test_arabic_repeat_without_a_break_is_a_loop():
    result = _plan("خلّيها تتكرر بدون انقطاع، واقطع أول ثانيتين", 150.0)  # the loop had been dropped, silently
    assert isinstance(result, Plan) and result.arguments.get("loop") is True, result
    assert result.arguments.get("trim_start_s") == 2, result
