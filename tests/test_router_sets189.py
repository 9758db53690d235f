"""Kinds fixed from blind set 189 (written in Latin letters) on 8290eb1, and red team 60's raps: 'without singing'
typed in Latin letters ('mn gher ghona', 'noraeneun ppaego', 'music mattum podhum', 'm sai jau jan cheung') is no
vocals; Hinglish 'drums mat daalna' keeps drums out of the tags; a rap 'without singing, just words' in the cue tables'
words is rapped or asked about, never made instrumental ('मेरे शहर पर एक रैप, बिना गाने, सिर्फ़ बोल'). Each test
fails on 8290eb1, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    [
        "3ayez mazzika 7azina 3al piano, de2i2tein, mn gher ghona",
        "trap beat 2bun jjari mandeureojwo, noraeneun ppaego",
        "oru sogamana paatu pannunga, 2 nimisham, music mattum podhum",
        "bong ngo zou sau cantopop, saam fan zung, m sai jau jan cheung",
    ],
)
def test_no_singing_typed_in_latin_letters_is_instrumental(text):
    result = _plan(text)  # each was sung, silently
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


def test_hinglish_dont_put_drums_keeps_drums_out():
    result = _plan("hindi mein ek romantic song bana do, 3 minute ka, guitar wala, drums mat daalna")
    assert isinstance(result, Plan), result
    tags = [t.strip() for t in result.arguments["tags"].split(",")]
    assert "drums" not in tags, result  # was a wanted tag


@pytest.mark.parametrize(
    "text",
    ["मेरे शहर पर एक रैप, बिना गाने, सिर्फ़ बोल, 1 मिनट", "راب عن مدينتي، بدون غناء، كلام بس، دقيقة"],
)
def test_a_rap_without_singing_is_never_made_instrumental(text):
    result = _plan(text)  # each was '[inst]', silently
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


@pytest.mark.parametrize(
    "text",
    [
        "a rap beat with no vocals, 1 min",  # guards: a beat to rap over, and 'nothing with singing'
        "un beat de rap sans chanter pour que je rappe dessus, 1 minute",
        "Podcast intro music please - chill lo-fi hip hop, about 15 seconds, nothing with singing",
    ],
)
def test_a_beat_without_singing_stays_instrumental(text):
    result = _plan(text)
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


@pytest.mark.parametrize(
    "text",
    [
        "now a bit more bass and a little less reverb",  # red team 64: each became a new piece, silently
        "now one more time, but with sax",
        "now a lofi remix of it",
        "nu een stuk rustiger, met meer piano",
        "şimdi bir tık daha yavaş, piyanolu",
        "ahora un poco más de bajo y menos reverb",  # guard (asked on 8290eb1 too)
    ],
)
def test_now_a_change_of_the_open_track_is_no_new_piece(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


@pytest.mark.parametrize(
    "text",
    [
        "przedłuż koniec o 10 sekund, nie, jednak dwadzieścia",  # a value taken back with a word between
        "sonunu 10 saniye uzat, yok aslında yirmi olsun",
    ],
)
def test_a_value_taken_back_with_words_between_is_asked_about(text):
    assert isinstance(_plan(text, 180), Question)  # each extended 10 s, silently


def test_an_emo_song_keeps_emo_and_a_persons_fate_is_no_fado():
    emo = _plan("an emo song about my ex, with screaming guitars")
    assert isinstance(emo, Plan) and "emo" in emo.arguments["tags"], emo
    fate = _plan("uma balada pop triste sobre aceitar o meu fado")
    assert isinstance(fate, Plan) and "fado" not in fate.arguments["tags"].split(", "), fate
