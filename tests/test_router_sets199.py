"""Kinds fixed from red team 74 (the rules of 7375d4c) and blind set 198 (dictated by voice), on 5a426c8.

- A price word in a question asks the price again whatever the question's form ('Does it cost extra to extend it by
  30 seconds?', yes/no in any language), unless it stands in a title said in the question (quotes, 'called',
  'judulnya'); with no question mark, a price word beside a word of how much asks it too ('колко струва това'). ';'
  is a question mark only in Greek. 'About' before the price word is a theme only said of a piece named before it
  ('a 2 min track about rising costs'), not in 'a question about the price: how much …'.
- A put-off at the end is read with words of time after it, a comma or not ('… but not now maybe later'); a style
  after its comma is the theme's sound ('… almost asleep but not yet, soft piano').
- A value taken back a few words after it is replaced where it stood ('20 seconds of intro before it starts hmm no
  wait 10 seconds'); a value taken back by a number the reading keeps in words ('tri minute ne čekaj neka bude
  dvije') is asked, never the first one kept.
- 'Make it 3 minutes' beside 'totally new song' is the new song's length, not the open track's.

The guards are marked: they passed on 5a426c8."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Does it cost extra to extend it by 30 seconds?", 150.0),
        ("Kostet es extra, wenn ich den Song um 30 Sekunden verlängere?", 150.0),
        ("延长30秒需要额外费用吗？", 150.0),
        ("Price for a 3 min song?", None),
        ("Question about the pricing: how much is a 3 min song?", None),
        ("Хотел спросить про стоимость сколько стоит песня на 3 минуты?", None),
        ("Pricing for a 3 min song; how much is it?", None),
        ("колко струва това всъщност", None),
        ("hvað kostar þetta", None),
        ("یہ کتنے کا پڑے گا", None),
        ("hii inagharimu kiasi gani", None),
        ("Ça coûte combien, 4 prises de 4 minutes ? Je réfléchis encore", None),  # guard
    ],
)
def test_a_price_asked_in_any_form_makes_nothing(text, length):
    result = _plan(text, length)  # 5a426c8 made the piece or the extension, paid
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        'can you make a song called "The Price of Love"?',  # guard (red team 73)
        "could you make a 2 min track about rising costs?",  # guard
        "Bisa bikinin lagu 2 menit yang judulnya Harga Diri?",  # guard
        "Write me a 2 minute song called What It Costs; acoustic guitar, soft vocals",
        "make a 2 min ballad about the bakery, which has the best prices in town; upbeat ukulele",
    ],
)
def test_a_price_word_in_a_title_a_theme_or_beside_a_semicolon_makes_the_piece(text):
    result = _plan(text)  # the last two: 5a426c8 read ';' as a question mark and asked the price
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


@pytest.mark.parametrize(
    "text",
    [
        "make a 2 min song but not now maybe later",
        "una canción de 2 minutos pero ahora no mañana",
        "ein Song von 2 Minuten aber nicht jetzt erst morgen",
        "make a 2 minute song, but not just yet",
        "2분짜리 노래 만들어줘, 근데 지금은 아니고 내일",
        "make a 2 minute song, but not now, tonight please",  # guard
    ],
)
def test_a_put_off_with_words_of_time_after_it_makes_nothing(text):
    result = _plan(text)  # 5a426c8 made a paid 2-minute piece
    assert isinstance(result, Question), result


def test_a_style_after_the_put_off_comma_is_the_themes_sound():
    result = _plan("make a 2 min lullaby for a baby who's almost asleep but not yet, soft piano")
    assert isinstance(result, Plan) and result.arguments.get("duration") == 120, result  # 5a426c8 asked


def test_a_value_taken_back_a_few_words_after_it_is_replaced_where_it_stood():
    result = _plan("add twenty seconds of intro before it starts hmm no wait ten seconds is plenty", 120.0)
    assert isinstance(result, Plan) and result.tool == "audio_outpaint", result  # 5a426c8: 20 before and 10 after
    assert (result.arguments["extend_before_duration"], result.arguments["extend_after_duration"]) == (10, 0)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            "okay forget this one totally new song a country song make it three minutes no wait two and a half minutes",
            143.0,
        ),
        ("sing me a country song about my dog, length three minutes no wait two and a half minutes", None),  # guard
    ],
)
def test_a_value_taken_back_with_and_a_half_keeps_the_half(text, length):
    result = _plan(text, length)  # 5a426c8: a paid 7 s extension of the open track (set 198)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    assert result.arguments.get("duration") == 150


@pytest.mark.parametrize(
    ("text", "length", "fields"),
    [
        ("πρόσθεσε είκοσι δευτερόλεπτα στο τέλος όχι περίμενε δέκα φτάνουν", 120.0, {"extend_after"}),
        ("napravi mi pjesmu na hrvatskom o moru tri minute ne čekaj neka bude dvije", None, {"duration"}),
        ("tambahin tiga puluh detik di akhir ya eh nggak deh empat puluh aja", 120.0, {"extend_after"}),
        ("refă primele zece secunde nu stai primele cincisprezece", 120.0, {"start_time", "end_time"}),
        ("يعني اعد توليد الجزء من عشرين ثانية الى اربعين ثانية لا لا من عشرين الى خمسين", 120.0, {"end_time"}),
    ],
)
def test_a_value_taken_back_by_a_number_in_words_is_asked(text, length, fields):
    result = _plan(text, length)  # 5a426c8 kept the first value and paid for it
    assert isinstance(result, Question) and fields <= set(result.fields), result


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("make a 2 min song, sorry, 3 takes", None),  # guard
        ("jo a ještě ořízni první tři ne počkej dvě vteřiny a dej to do flac", 120.0),  # guard
        ("इसे पूरे 3 मिनट का कर दो, आगे से नहीं, पीछे से बढ़ाना", 150.0),  # guard
    ],
)
def test_no_correction_or_one_read_in_digits_is_not_asked(text, length):
    result = _plan(text, length)  # a first version of the fix asked these
    assert isinstance(result, Plan), result


def test_make_it_beside_a_totally_new_song_is_the_new_songs_length():
    result = _plan("totally new song a country song make it 3 minutes", 143.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result  # 5a426c8: +37 s outpaint
    assert result.arguments.get("duration") == 180


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("これWAVで書き出して いや やっぱりFLACで", "flac"),
        ("어 이거 mp3로 뽑아줘 아 아니 flac으로", "flac"),
        ("yaxşı bunu mp3 kimi ver yox yox wav kimi ver", "wav"),
        ("अच्छा इसको एमपी थ्री में दे दो नहीं रुको वेव में", "wav"),
        ("صدرها ام بي ثري لو سمحت", "mp3"),
        ("I sent the wav, sorry, can you make it mp3", "mp3"),  # guard
    ],
)
def test_a_format_taken_back_or_said_as_it_sounds_is_read(text, fmt):
    result = _plan(text, 120.0)  # 5a426c8 asked which of the two formats, or what to do
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert result.arguments.get("output_format") == fmt


def test_a_wav_file_said_as_it_sounds_is_not_left_out():
    result = _plan("अंत में पांच सेकंड का फेड आउट लगा दो और वेव फाइल में दे दो", 120.0)  # 5a426c8: the fade alone
    assert isinstance(result, Plan) and result.arguments.get("output_format") == "wav", result
    assert result.arguments.get("fade_out_s") == 5


@pytest.mark.parametrize(
    "text",
    ["כמה זמן לוקח לייצר שיר", "これってどうやって作ってるの AIなの", "how long does it take to make a 3 min song"],
)
def test_a_question_of_how_the_tool_works_makes_nothing(text):
    result = _plan(text)  # 5a426c8 made a piece of the question's words
    assert isinstance(result, Question), result


def test_a_theme_of_how_long_it_takes_is_a_theme():
    result = _plan("make a song about how long it takes to forget you, 2 min")  # guard
    assert isinstance(result, Plan) and result.arguments.get("duration") == 120, result


@pytest.mark.parametrize(
    "text",
    ["gửi cho mình bản wav, không phải mp3", "schick mir wav, nein, nicht mp3", "tôi đã nói là wav, không phải mp3"],
)
def test_a_format_refused_after_another_is_not_taken_back(text):
    result = _plan(text, 120.0)  # guard (a first version of the fix gave mp3)
    assert not (isinstance(result, Plan) and result.arguments.get("output_format") == "mp3"), result
