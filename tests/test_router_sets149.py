"""Kinds fixed from blind sets 149 on (first run on the commit that added each set): a whole length said as 'make it
N long' or 'let it be N' in the languages the tables lacked, Arabic 'to' written onto the length after it. Each test
fails on 8de8449, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None, **fields: object) -> Plan:
    result = _plan(text, length, **fields)
    assert isinstance(result, Plan), result
    return result


def _question(text: str, length: float | None, **fields: object) -> Question:
    result = _plan(text, length, **fields)
    assert isinstance(result, Question), result
    return result


# -- A whole length, said as what the track should be -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Legyen 4 perces", 240),  # hu: let it be 4-minute
        ("Gör den 2 minuter lång", 120),  # sv: make it 2 minutes long
        ("Maak hem 2,5 minuut", 150),  # nl: make it 2.5 minutes
        ("ਗੀਤ ਨੂੰ 3 ਮਿੰਟ ਦਾ ਕਰ ਦਿਓ", 180),  # pa: make the song of 3 minutes
        ("গানটা ৩ মিনিটের করে দাও", 180),  # bn: make the song of 3 minutes
        ("آهنگ رو به ۳ دقیقه برسون", 180),  # fa: bring the song to 3 minutes
        ("stretch it out so the whole thing is 4 minutes", 240),
        ("طوّل المقطع لثلاث دقائق", 180),  # ar: lengthen the clip to three minutes ('to' written onto 'three')
        ("طوّل المقطع لـ3 دقائق", 180),  # ... onto a digit, with a tatweel
        ("طوّلها لخمس دقائق", 300),  # 'طولها' is also 'its length': a verb only before 'to'
        ("مددها لدقيقتين", 120),  # ... onto the dual 'two minutes'
    ],
)
def test_a_whole_length_grows_the_track_to_it(text, whole):
    plan = _plan_or_fail(text, 100)
    assert plan.tool == "audio_outpaint"
    assert plan.arguments["extend_before_duration"] == 0
    assert plan.arguments["extend_after_duration"] == whole - 100


def test_one_whole_said_twice_is_added_once():
    plan = _plan_or_fail("make it 4 minutes long, 4 minutes in total", 210)
    assert plan.arguments["extend_after_duration"] == 30
    fields = {"extend_before": 0, "extend_after": 30}
    plan = _plan_or_fail("gör den fyra minuter lång alltså totalt fyra minuter", 210, **fields)
    assert plan.arguments["extend_after_duration"] == 30


def test_guard_a_long_part_is_no_whole():
    # ('a 2 minutes long intro' is the intro's length: asked whether it is an amount or the whole, never the whole)
    question = _question("Gör en 2 minuter lång intro", 100)
    assert "extend_before" in question.fields


def test_guard_its_length_is_no_verb():
    # ('طوله ٢:٣٠' is 'its length 2:30' of a new rap track: never an extension of the open one)
    result = _plan("سوّي لي تراك راب جديد، طوله ٢:٣٠", 210)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint")


def test_guard_arabic_to_apart_only_before_a_length():
    from ace_step_mcp.router.read import arabic_to_apart

    assert arabic_to_apart("لست متأكد") == "لست متأكد"  # ('I am not sure': 'ست' is six only before a unit)
    assert arabic_to_apart("لست دقائق") == "ل ست دقائق"
    assert arabic_to_apart("بـ10 ثواني") == "ب 10 ثواني"
