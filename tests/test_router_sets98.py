"""Blind sets 98 to 100 (each committed with its first run before the fixes): windows from a time to the end,
thirds and quarters, both sides of an extension said after their amounts, a length line after the lyrics, and
the readings left alone."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    ("text", "start"),
    [("Dal secondo 95 in poi non mi piace, rifallo", 95), ("Переделай всё начиная с 2:00", 120),
     ("1분 20초부터 끝까지 다시 생성해줘", 80), ("От 1:15 нататък го генерирай наново", 75),
     ("Genereer alles vanaf 1:45 opnieuw", 105), ("Generate ulang dari menit 2 sampai habis", 120),
     ("1:20'den sonrasını baştan yap", 80), ("regenerate everything from 1:30", 90)],
)  # fmt: skip
def test_from_a_time_to_the_end(text, start):
    result = _plan(text, 180.0)
    assert isinstance(result, Plan) and result.tool == "audio_inpaint", result
    assert result.arguments["start_time"] == start and result.arguments.get("end_time_relative_to") == "end", result


@pytest.mark.parametrize(
    "text",
    ["bei trk_0123456789ab ab 0:30 neu machen, Streicher", "from 0:30 on trk_0123456789ab redo it with strings",
     "ab 1:20 bis 1:40 neu machen"],
)  # fmt: skip
def test_a_bare_from_says_no_end_and_a_range_stays_a_range(text):
    result = _plan(text, 180.0)
    assert not (isinstance(result, Plan) and result.arguments.get("end_time_relative_to") == "end"), result


@pytest.mark.parametrize(
    ("text", "window"),
    [("Refais le deuxième tiers du morceau, la transition est ratée", (60.0, 120.0)),
     ("Rifammi l'ultimo quarto del brano", (135.0, 180.0)),
     ("Перегенерируй последнюю треть, там всё разваливается", (120.0, 180.0)), ("前三分之一重新来", (0.0, 60.0)),
     ("Doe het laatste kwart opnieuw", (135.0, 180.0)), ("Son çeyreği yeniden üret", (135.0, 180.0)),
     ("गाने का पहला आधा हिस्सा दोबारा बनाओ", (0.0, 90.0)), ("Ponovno generiraj drugu polovicu", (90.0, 180.0)),
     ("Bitte die erste Hälfte neu generieren, ab der Mitte passt alles", (0.0, 90.0))],
)  # fmt: skip
def test_a_third_quarter_or_half_of_the_track(text, window):
    result = _plan(text, 180.0)
    assert isinstance(result, Plan) and result.tool == "audio_inpaint", result
    assert (result.arguments["start_time"], result.arguments["end_time"]) == window, result


def test_a_third_of_a_section_is_asked():
    result = _plan("redo the last third of the chorus", 180.0)
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    ["Aggiungi 5 secondi prima e 10 dopo", "añade 5 segundos antes y 10 después",
     "füge 5 Sekunden davor und 10 danach hinzu", "Acrescenta mais 5 segundos no começo e mais 10 no final"],
)  # fmt: skip
def test_both_sides_said_after_their_amounts(text):
    result = _plan(text, 120.0)
    assert isinstance(result, Plan) and result.tool == "audio_outpaint", result
    assert (result.arguments["extend_before_duration"], result.arguments["extend_after_duration"]) == (5.0, 10.0)


def test_before_the_end_is_a_place_and_asked():
    result = _plan("añade 10 segundos antes del final", 120.0)
    assert not (isinstance(result, Plan) and result.arguments.get("extend_before_duration") == 10.0), result


def test_tagalog_sa_is_no_hour():
    result = _plan("Dagdagan mo ng 10 seconds sa simula tapos 10 sa dulo", 120.0)
    assert not (isinstance(result, Question) and "600" in result.text), result


@pytest.mark.parametrize(
    ("text", "lyrics", "seconds"),
    [("Um forró pé-de-serra, letra:\nOlha a fogueira, olha o balão\nvem dançar comigo, meu São João\n3 minutos",
      "Olha a fogueira, olha o balão\nvem dançar comigo, meu São João", 180),
     ("أبغى أغنية خليجية، الكلمات:\nيا هلا بالعريس يا هلا\nليلة الفرح نورت الدنيا\nوخلها ثلاث دقايق تقريبًا",
      "يا هلا بالعريس يا هلا\nليلة الفرح نورت الدنيا", 180)],
)  # fmt: skip
def test_a_length_line_after_the_lyrics_is_the_length(text, lyrics, seconds):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == lyrics, result
    assert result.arguments.get("duration") == seconds, result


def test_a_sung_line_with_a_number_stays_sung():
    text = "şu sözlerle bir şarkı yap:\nsaat 3'te aradın beni\nson 20 saniyede kapattın"
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics", "").endswith("kapattın"), result


def test_words_as_a_label_before_lines_are_the_lyrics():
    text = (
        "brand new track: delta blues, slide guitar, words:\nWoke up this mornin', river at my door\nain't got no home"
    )
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics", "").startswith("Woke up"), result


def test_in_a_few_words_is_no_label():
    result = _plan("In a few words:\nchill\nwarm\nlo-fi beats", None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") not in (None, "[inst]")), result


@pytest.mark.parametrize(
    ("text", "tag"),
    [("קטע כליזמר לחתונה, קלרינט וכינור, שלוש דקות", "klezmer"),
     ("Lag en slått på hardingfele, gammeldans fra Telemark, uten sang, 2 minutter", "fiddle"),
     ("yeni bir şey: arabesk tarzı, yaylılar ve ud, sözsüz, dört buçuk dakika", "oud"),
     ("Krautrock, hypnotischer Motorik-Beat, 4 Minuten", "krautrock")],
)  # fmt: skip
def test_styles_and_instruments_in_words_the_tables_lacked(text, tag):
    result = _plan(text, None)
    assert isinstance(result, Plan) and tag in [t.strip() for t in result.arguments["tags"].split(",")], result


def test_no_voice_said_in_hindi():
    result = _plan("सुबह के योग के लिए शांत संगीत, बांसुरी और तानपुरा, कोई आवाज़ नहीं, दस मिनट", None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result
    assert result.arguments.get("duration") == 600, result


@pytest.mark.parametrize("text", ["Muokkaa sitä keskiosaa", "change the middle part"])
def test_the_middle_part_with_no_track_asks_for_it(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and "audio" in result.fields, result


def test_a_middle_part_of_a_life_is_a_new_pieces_topic():
    result = _plan("a song about the middle part of my life", None)
    assert isinstance(result, Plan), result


@pytest.mark.parametrize(
    ("text", "takes"), [("Этот трек не трогай, сделай новый: лёгкий джаз с саксофоном, 4 дубля", 4)]
)
def test_takes_said_as_russian_doubles(text, takes):
    result = _plan(text, 120.0)
    assert isinstance(result, Plan) and result.takes == takes, result


def test_versions_in_the_czech_locative_are_not_dropped():
    text = "Chci punkovou písničku v češtině, 45 sekund, ve dvou verzích ať si můžu vybrat. Text: Dneska nikam nejdu"
    result = _plan(text, None)
    assert isinstance(result, Question) or result.takes == 2, result


def test_two_patterns_one_rock_the_other_jazz_differ_and_are_asked():
    result = _plan("2パターン作って、片方はロック、もう片方はジャズで", None)
    assert isinstance(result, Question) and "takes" in result.fields, result


def test_instrumental_rock_in_bulgarian_keeps_its_rock():
    result = _plan("Искам инструментален рок, около минута и половина", None)
    assert isinstance(result, Plan) and "rock" in [t.strip() for t in result.arguments["tags"].split(",")], result
