"""Kinds fixed from blind sets 132 on (first run on 672e201 in the commit that added each set), and from the misses
of sets 4-131 read by kind. Each test fails on 672e201, except the guards."""

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


# -- A setting's number said in words: a rate after a lossy format, a level after a minus -----------------------------
@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("zapisz jako mp3 dwieście pięćdziesiąt sześć", 256),
        ("mp3 la două sute cincizeci și șase te rog", 256),
        ("send it as mp3 at one twenty eight", 128),
        ("mp3, bitrate two fifty six", 256),
        ("mp3 at three twenty", 320),
        ("dej to jako mp3 dvě stě padesát šest", 256),
        ("mp3 백이십팔로 뽑아줘", 128),
    ],
)
def test_a_rate_in_words_after_a_lossy_format(text, rate):
    plan = _plan_or_fail(text, 180)
    assert plan.tool == "process_track"
    assert plan.arguments["bitrate_kbps"] == rate


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("wav please, loudness minus sixteen", -16.0),
        ("mp3 yap, loudness eksi on altı", -16.0),
        ("export wav, loudness -11", -11.0),
        ("WAVでお願いします、ラウドネスはマイナス16で", -16.0),
        ("wav로 뽑고 음량은 마이너스 십육 LUFS", -16.0),
        ("weka kwenye wav na sauti minus kumi na sita lufs", -16.0),
    ],
)
def test_a_level_said_with_a_minus_word_or_no_unit(text, level):
    plan = _plan_or_fail(text, 180)
    assert plan.tool == "process_track"
    assert plan.arguments["loudness_lufs"] == level


@pytest.mark.parametrize(
    "text",
    ["the loudness is now -9, too loud, wav", "Громкость сейчас -9 LUFS, сделай тише и в mp3"],
)
def test_the_level_it_has_now_is_no_target(text):  # (guard)
    question = _question(text, 180)
    assert "loudness_lufs" in question.fields


@pytest.mark.parametrize(
    "text",
    ["mp3 at 2 tracks", "export as mp3, the 3 20 second bits", "mp3 at one ninety nine"],
)
def test_no_rate_from_numbers_that_are_no_standard_rate(text):  # (guard)
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and "bitrate_kbps" in result.arguments)


# -- A level in dB beside the word for loudness: a LUFS level or a peak; asked, never -14 by default ------------------
@pytest.mark.parametrize(
    "text", ["normalize to -16 dB, wav", "normalise it to -1 dB please", "loudness -12 dB and mp3"]
)
def test_a_level_in_db_is_asked(text):
    question = _question(text, 180)
    assert question.fields == ("loudness_lufs",)
    assert "dB" in question.text


def test_a_level_in_db_given_as_a_field_is_planned():  # (guard)
    plan = _plan_or_fail("normalize to -16 dB, wav", 180, deliverables={"loudness_lufs": -16})
    assert plan.arguments["loudness_lufs"] == -16
