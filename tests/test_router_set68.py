"""Kinds fixed from blind set 68 (tests/router_cases_redteam68.py: an even mix, first run on dcc010b in the commit
that added it). Each test fails on b1c35c7, where they were fixed, except the guard."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


def test_an_article_after_a_length_is_no_second_length():
    # ('per a una festa major': 'una' was read as 1 and took the minute of '1 minut' before it)
    assert _args(_plan("fes-me una rumba catalana alegre, 1 minut, per a una festa major", None))["duration"] == 60


def test_takes_of_a_jingle_for_a_podcast_intro_are_new_pieces():
    result = _plan("give me 3 takes of a 30 second jazz jingle for my podcast intro, sax lead", None)
    assert isinstance(result, Plan) and result.takes == 3 and result.arguments["duration"] == 30, result


def test_instrumental_written_with_a_zero_width_non_joiner_in_telugu():
    args = _args(_plan("కొత్త పాట కావాలి: ఫ్లూట్ తో ఇన్\u200cస్ట్రుమెంటల్, 5 నిమిషాలు", None))
    assert args["lyrics"] == "[inst]" and args["duration"] == 300


def test_no_song_in_bengali_is_no_vocals():
    text = "রবীন্দ্রসঙ্গীতের ধাঁচে একটা সুর বানাও, শুধু বাঁশি আর এস্রাজ, কোনো গান নয়, দেড় মিনিট"
    assert _args(_plan(text, None))["lyrics"] == "[inst]"


def test_an_arabic_loop_said_as_repeating_without_a_break():
    args = _args(_plan("خلها تتكرر بشكل متصل بدون قطع، وصدّرها ogg", 120.0))
    assert args.get("loop") is True and args.get("output_format") == "ogg"


def test_the_last_part_redone_with_no_track_asks_for_the_track():
    result = _plan("마지막 부분 다시 해줘", None)
    assert isinstance(result, Question) and result.kind == "audio", result


def test_a_romanian_chorus_repeated_at_the_end_is_no_loop():
    # (guard: the cue tables' 'repeat' words are not loop words for the free loop)
    result = _plan("Vreau ca refrenul să se repete încă o dată la final", 180.0)
    assert not (isinstance(result, Plan) and result.arguments.get("loop")), result
