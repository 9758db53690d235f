"""Kinds fixed from blind set 70 (tests/router_cases_redteam70.py: typed fast; first run on 9c1ae27 in the commit
that added it) and the same kinds in sets 62-69. Each test fails on 153c032, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


@pytest.mark.parametrize(
    ("text", "window"),
    [("1分10到1分30那段重做一下", (70, 90)), ("把1分30到1分45那段重新生成一下", (90, 105)),
     ("开头10秒重做", (0, 10)), ("开头15秒不太行 重新生成下", (0, 15))],
)  # fmt: skip
def test_chinese_minutes_and_seconds_without_the_second_and_the_beginning_redone(text, window):
    args = _args(_plan(text, 180.0))
    assert (args["start_time"], args["end_time"]) == window


def test_the_beginning_with_add_is_still_an_intro():
    # (guard: '开头加10秒' adds 10 s before the track; it is no window)
    args = _args(_plan("开头加10秒", 180.0))
    assert (args["extend_before_duration"], args["extend_after_duration"]) == (10.0, 0)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("export as mp3 320 pls, need it for the party sat, like 14 ppl coming", "bitrate_kbps", 320),
        ("mp3 a 192 kbps grazie, è x la puntata 14 del podcast", "bitrate_kbps", 192),
    ],
)
def test_people_and_an_episode_typed_fast_are_no_length(text, key, value):
    assert _args(_plan(text, 180.0)).get(key) == value


def test_a_regen_said_fast_redoes_the_last_seconds():
    args = _args(_plan("teh last 15 sec r kinda messy can u regen them? its the outro for ep 14", 180.0))
    assert (args["start_time"], args.get("start_time_relative_to")) == (15.0, "end")


def test_rain_in_german_is_no_regenerate_verb():
    # (guard: 'Regen' is rain; only 'regen it / them / the …' is the verb)
    assert _args(_plan("nichts als Klavier und Regen, 2 Minuten", None))["duration"] == 120


@pytest.mark.parametrize(
    ("text", "takes"),
    [
        ("me dá 2 versões de uma bossa nova instrumental de 1 min e meio", 2),
        ("ขอเพลงเปียโนชิลๆ 1 นาที ไม่มีเสียงร้อง 2 เวอร์ชั่นนะ", 2),
    ],
)
def test_takes_of_a_piece_with_a_length_and_a_half_or_thai_versions_as_typed(text, takes):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.takes == takes, result


@pytest.mark.parametrize(
    "text",
    [
        # (guards, from red-team 28: 'and' between instruments may list one per version; asked, as before)
        "Make 2 versions of a 30 second jingle: piano and guitar",
        "Blasmusik fürs Dorffest, Tuba und Trompeten, ohne Gesang – zwei Versionen bitte",
        "θελω ενα τραγουδι 2 λεπτα για τις 2 εκδοχες της αληθειας",
    ],
)
def test_versions_beside_instruments_joined_by_and_are_asked(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result
