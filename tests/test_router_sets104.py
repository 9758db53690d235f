"""Kinds fixed from blind set 104 (an even mix, 37; first run on 3046f1f in the commit that added it), and from the
silent probes of red teams 27 and 28 still open at 3046f1f. Each test fails on 3046f1f, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _tags(result: Plan | Question) -> list[str]:
    assert isinstance(result, Plan), result
    return [t.strip() for t in result.arguments["tags"].split(",")]


# -- A new piece with the open track refused ('not this one') -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("Neuer Song bitte, nicht auf Basis von dem hier: deutscher Punk, Gesang auf Deutsch", "punk"),
        ("Quero uma música nova (esquece essa aberta): bossa com violão, sem voz", "acoustic guitar"),
        ("أبغى أغنية جديدة غير هذي، بوب عربي وغناء بالعربي", "pop"),
        ("Направи ми нова песен, не тази: рок на български", "rock"),
        ("ஒரு புதிய பாடல் செய், இதை மாற்ற வேண்டாம், தமிழில் பாடும் மெலடி", None),
        ("I have this one open but I want something totally different, a new upbeat funk tune, instrumental", "funk"),
    ],
)
def test_a_new_piece_beside_the_open_track_refused_is_new(text, style):
    result = _plan(text, 150.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    assert style is None or style in _tags(result)


@pytest.mark.parametrize(
    "text",
    [
        # (guards) the track refused with no new piece said, a new part of the track, a change of the open track
        "not this one, redo the chorus",
        "غير هذي الثواني العشر الأخيرة",
        "a new intro for this one, 10 seconds, not based on the old intro",
    ],
)
def test_a_refusal_with_no_new_piece_is_no_new_piece(text):
    result = _plan(text, 150.0)
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("תעשה שיר חדש, לא קשור לזה שפתוח: רוק בעברית, שתי דקות", "hebrew"),
        ("Зроби нову пісню, не цю: рок українською, десь дві з половиною хвилини", "ukrainian"),
        ("Песня на русском, минута сорок, рок, текст:\n[Куплет]\nНочь опять не спит со мной", "russian"),
    ],
)
def test_rock_said_beside_the_language_it_is_sung_in_is_rock(text, language):
    result = _plan(text, None)
    assert "rock" in _tags(result) and f"{language} vocal" in _tags(result), result


# -- Lengths and counts in Chinese and Japanese --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("做一首2分 30人合唱的校歌", 120),
        ("来一首3分 50年代风格的摇滚", 180),
        ("3分 15人編成のビッグバンド風の曲", 180),
        ("2분 30명 합창곡", 120),
        # (guards) seconds with their unit, or bare before a particle, are still the length's
        ("2분 30초 합창곡", 150),
        ("做一首3分30的摇滚", 210),
    ],
)
def test_a_count_of_people_or_a_decade_after_minutes_is_no_seconds(text, duration):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == duration, result


# -- Takes that differ, said as a list after a colon ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2 bersyon ng 30 segundong jingle: piano at gitara",
        "2 verzije džingla od 30 sekundi: klavir i gitara",
        "2 verzie znelky na 30 sekúnd: klavír a gitara",
        "เพลง 1 นาที 2 เวอร์ชั่น ช้ากับเร็ว",
    ],
)
def test_two_versions_listed_apart_are_asked(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and "takes" in result.fields, result


def test_two_versions_each_with_the_same_ingredients_are_takes():
    result = _plan("2 versions of a 30 s jingle: with piano and strings", None)
    assert isinstance(result, Plan) and result.takes == 2, result


# -- A cut and a fade, each with its end word before its own verb ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "开头剪掉3秒结尾淡出5秒",
        "в начале обрежь 3 секунды в конце сделай затухание 5 секунд",
        "na początku utnij 3 sekundy na końcu wyciszenie 5 sekund",
        "al principio recorta 3 segundos al final haz un fade out de 5 segundos",
    ],
)
def test_an_end_word_before_its_verb_is_that_verbs(text):
    result = _plan(text, 180.0)
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert {k: result.arguments.get(k) for k in ("trim_start_s", "trim_end_s", "fade_out_s")} == {
        "trim_start_s": 3.0,
        "trim_end_s": None,
        "fade_out_s": 5.0,
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (guards) an end word after each length, and one cut verb for both ends
        ("trim 3 s at the end fade in 2 s at the start", {"trim_end_s": 3.0, "fade_in_s": 2.0}),
        ("trim 3 s at the start and 4 at the end", {"trim_start_s": 3.0, "trim_end_s": 4.0}),
        ("trim the first 5 s and the last 5", {"trim_start_s": 5.0, "trim_end_s": 5.0}),
    ],
)
def test_end_words_after_their_lengths_still_pair(text, want):
    result = _plan(text, 180.0)
    assert isinstance(result, Plan), result
    assert {k: result.arguments.get(k) for k in want} == want


def test_the_one_end_word_after_the_fade_verb_is_the_fades():
    result = _plan("trim 3 seconds then fade the end out over 5 seconds", 180.0)
    assert isinstance(result, Question), result


# -- Persian: 'make it more' and 'up to' a whole ---------------------------------------------------------------------
def test_persian_make_it_more_at_its_end_with_no_track_asks_for_the_track():
    result = _plan("آخرش رو ۱۰ ثانیه بیشتر کن", None)
    assert isinstance(result, Question) and "audio" in result.fields, result


def test_persian_longer_up_to_three_minutes_is_a_whole():
    result = _plan("تا ۳ دقیقه طولانی‌ترش کن", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 30.0, result
