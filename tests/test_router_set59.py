"""Kinds fixed from blind sets 59 to 61 (tests/router_cases_redteam59.py to 61.py: two even mixes and second and third
messages in a session; first runs: sets 59 and 60 on 5643d31, set 61 on d977103, in their commits). Each test fails on
the commit its set was first run on."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


@pytest.mark.parametrize(
    ("text", "length"),
    [("Bon, on oublie. Fais-moi plutôt un petit morceau d'accordéon façon musette, 1 min 30, sans chant", 120.0),
     ("Zahoď to. Udělej veselou dechovku, minutu a půl", 120.0), ("Unohda toi. Tee raskasta metallia, 2 minuuttia", 120.0),
     ("Boşver bunu, bağlamalı bir türkü yap, 2 dakika", 120.0), ("Друга песен искам: поп с женски вокал, 2 минути", 120.0),
     ("esta ya me gusta, déjala así. Aparte hazme un flamenco instrumental, solo guitarra, 40 segundos", 90.0),
     ("Die laat ik zo. Maak nu los daarvan rustige pianomuziek zonder zang, 45 seconden", 150.0),
     ("Αυτό καλό είναι, άσ' το. Θέλω κι ένα άλλο, νησιώτικο, χωρίς φωνή, ένα λεπτό", 200.0)],
)  # fmt: skip
def test_a_track_set_aside_or_another_piece_asked_for_in_more_languages(text, length):
    result = _plan(text, length)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


def test_duration_passed_with_a_new_piece_word_and_no_part_makes_a_new_piece():
    result = _plan("Fă-mi una nouă: manea", 120.0, duration=120)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    ending = _plan("this needs a proper ending", 180.0, duration=200)  # (the track's own end: asked)
    assert isinstance(ending, Question), ending


@pytest.mark.parametrize(
    ("text", "lyrics"),
    [("ponle música a esto, estilo bolero:\nTe fuiste sin decir adiós\ny se quedó la casa en silencio",
      "Te fuiste sin decir adiós\ny se quedó la casa en silencio"),
     ("Поклади на музику, щось у стилі інді-року:\n\nМи йшли крізь дощ без парасоль\nі сміялися з вітру",
      "Ми йшли крізь дощ без парасоль\nі сміялися з вітру"),
     ("Phổ nhạc giúp mình mấy câu này theo kiểu ballad nhé:\n\nChiều nay mưa rơi trên phố cũ\nem đi qua không nói một lời",
      "Chiều nay mưa rơi trên phố cũ\nem đi qua không nói một lời"),
     ('धीमा रोमांटिक गाना चाहिए, ये लिरिक्स हैं: "चाँद की चादर ओढ़ के / सो गई सारी रात"', "चाँद की चादर ओढ़ के / सो गई सारी रात")],
)  # fmt: skip
def test_lines_asked_to_be_set_to_music_are_the_lyrics(text, lyrics):
    assert _args(_plan(text, None)).get("lyrics") == lyrics


@pytest.mark.parametrize(
    ("text", "window"),
    [("Jana semula bahagian saat ke-20 hingga saat ke-40", (20, 40)),
     ("45 வினாடியிலிருந்து 60 வினாடி வரை மறுபடி உருவாக்குங்க", (45, 60)),
     ("30 సెకన్ల నుండి 45 సెకన్ల వరకు మళ్ళీ చేయి", (30, 45)), ("Partem a secundo 20 ad secundum 40 denuo fac", (20, 40))],
)  # fmt: skip
def test_ranges_said_in_more_languages(text, window):
    args = _args(_plan(text, 120.0))
    assert (args["start_time"], args["end_time"]) == window, args


def test_the_last_minute_regenerated_and_described():
    args = _args(_plan("vuelve a generar el último minuto", 120.0))
    assert args["start_time"] == 60 and args.get("start_time_relative_to") == "end", args
    assert not (
        isinstance(r := _plan("the last minute is perfect, export as mp3", 120.0), Plan) and r.tool == "audio_inpaint"
    )


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [("A végét úsztasd ki 4 másodperc alatt", "fade_out_s", 4.0),
     ("Láttu það fjara út síðustu 5 sekúndurnar", "fade_out_s", 5.0),
     ("خروجی mp3 با بیت‌ریت ۳۲۰ بده", "bitrate_kbps", 320)],
)  # fmt: skip
def test_fades_and_a_bitrate_in_more_languages(text, key, value):
    assert _args(_plan(text, 60.0)).get(key) == value


@pytest.mark.parametrize(
    ("text", "tag"),
    [("Новый трек: тяжёлый метал, 5 минут", "metal"), ("Не, давай заново: мрачный рок с жирным басом, 2:30", "rock"),
     ("Udělej mi dechovku, něco k pivu, dvě minuty", "brass"),
     ("వీణతో ఒక ప్రశాంతమైన సంగీతం చేయి, పాట లేకుండా, ఒక నిమిషం", "veena")],
)  # fmt: skip
def test_style_words_and_lengths_of_more_languages(text, tag):
    assert tag in _args(_plan(text, None))["tags"].split(", ")


def test_a_language_said_in_its_instrumental_case_and_takes_in_hebrew():
    lullaby = _args(_plan("Зроби колискову українською, ніжну, з бандурою, хвилини на дві", None))
    assert "ukrainian vocal" in lullaby["tags"] and lullaby["duration"] == 120, lullaby
    takes = _plan("שיר חדש: מזרחית קצבית, דקה וחצי, שתי גרסאות", 120.0)
    assert isinstance(takes, Plan) and takes.takes == 2, takes


def test_a_kept_opening_is_no_window_to_regenerate():
    assert isinstance(_plan("앞부분 20초는 좋은데 그 뒤로 다 다시 해줘", 90.0), Question)


def test_a_chorus_made_again_with_no_track_asks_for_it():
    result = _plan("サビのところだけもう一回作って", None)
    assert isinstance(result, Question) and result.kind == "audio", result
