"""Red-team pass 26 (scripts/router_probe_redteam26.py) of this stop's rules, 0049943..5643d31: the silent plans it
found made by the diff, each now a right plan or a question. Each test fails on 5643d31."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _new_piece(result: Plan | Question) -> bool:
    return isinstance(result, Plan) and result.tool.startswith("text_to_audio")


@pytest.mark.parametrize(
    ("text", "length"),
    [("One more thing: I need it to be 3 minutes", 120.0), ("Noch was: er soll 3 Minuten dauern", 120.0),
     ("Ещё одно: он должен длиться 3 минуты", 120.0), ("Még egy dolog: legyen 3 perces", 120.0),
     ("另外再把它弄成3分钟", 120.0), ("حاجة تانية: لازم تكون 3 دقايق", 120.0),
     ("Tá bom, então quero ela com 3 minutos", 120.0), ("Passt so, aber für das Video brauche ich 2 Minuten 30", 120.0),
     ("Bu tamam, ama 30 saniye daha lazım", 180.0), ("これはこれでいいけど、動画用に3分ほしい", 120.0),
     ("Ez jó, csak legyen 3 perc", 120.0), ("Noch eine Minute, bitte", 180.0), ("Ещё одну минуту, пожалуйста", 180.0),
     ("Mets un autre refrain, 20 secondes", 180.0), ("후렴을 새로 하나 만들어줘, 20초", 180.0),
     ("Haz otra vez el final, 10 segundos", 180.0),
     ('This one\'s fine, but the lyrics should be: "we rise, we fall, we rise again"', 180.0)],
)  # fmt: skip
def test_the_open_tracks_own_length_part_or_words_make_no_new_piece(text, length):
    assert not _new_piece(_plan(text, length)), text


def test_an_end_said_too_long_is_no_extension():
    result = _plan("Der Song ist am Ende noch 10 Sekunden zu lang", 180.0)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


def test_korean_words_with_a_number_syllable_before_bun_are_no_minutes():
    third = _plan("앞부분 삼분의 일만 다시 만들어줘", 180.0)  # (0-180 regenerated: a third read as 3 minutes)
    assert not (isinstance(third, Plan) and third.arguments.get("end_time") == 180.0), third
    trio = _plan("악기 구분이 확실한 재즈 트리오 곡 만들어줘", None)  # ('구분' read as 9 minutes: 540 s)
    assert not (isinstance(trio, Plan) and trio.arguments.get("duration") == 540), trio


@pytest.mark.parametrize(
    "text",
    ["The vocals start at 0:12 and end at 2:40. Regenerate the intro.",
     "The chorus starts at 0:45 and ends at 1:05; redo the verse right before it",
     "El estribillo empieza en 0:40 y termina en 1:00; cambia lo que viene después"],
)  # fmt: skip
def test_a_part_placed_beside_another_part_to_redo_is_no_window(text):
    result = _plan(text, 180.0)
    assert not (isinstance(result, Plan) and result.arguments.get("start_time") in (12, 45, 40)), result


def test_bars_at_a_tempo_to_change_to_stay_asked():
    assert isinstance(_plan("Regenerate bars 9-16 and make them faster, around 140 bpm", 180.0), Question)


@pytest.mark.parametrize(
    ("text", "length"),
    [("Tack on 45 seconds exactly at the end", 30.0), ("خلها 30 ثانية زيادة", 20.0),
     ("La quiero con 30 segundos más que antes", 180.0)],
)  # fmt: skip
def test_an_amount_more_is_no_whole_and_more_than_before_no_side(text, length):
    result = _plan(text, length)
    wrong = isinstance(result, Plan) and (
        result.arguments.get("extend_after_duration") == 15
        or result.arguments.get("extend_after_duration") == 10
        or result.arguments.get("extend_before_duration") == 30
    )
    assert not wrong, result


@pytest.mark.parametrize(
    "text",
    ["Írj egy vidám dalt énekkel és hangszeres kísérettel, 2 perc", "أغنية حب فيها مقطع انسترومنتال في النص، 3 دقائق"],
)
def test_instrumental_accompaniment_or_break_is_still_sung(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


@pytest.mark.parametrize(
    "text",
    ["A catchy jingle for an Italian ice cream shop called Gelato Bello, 20 seconds",
     "A sad folk song about Russian winters, 2 minutes", "Ein lustiges Lied über spanische Tapas, 1 Minute",
     "Una canción sobre Italia y el verano, 2 minutos", "Write a birthday song for Finn, he loves dinosaurs, 1 minute",
     "A chill tropical island song with ukulele, 2 minutes"],
)  # fmt: skip
def test_a_language_named_as_a_topic_or_a_name_is_not_sung(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and " vocal" in result.arguments.get("tags", "")), result


def test_a_word_in_quotes_after_text_is_no_lyrics():
    result = _plan("Text ist „egal“, Hauptsache tanzbar, 2 Minuten", None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "egal"), result


def test_an_instrument_refused_for_the_piece_or_only_for_a_part():
    practice = _plan("Jazz backing track to practise saxophone over, without saxophone, 2 minutes", None)
    assert isinstance(practice, Plan) and "saxophone" not in practice.arguments["tags"].split(", "), practice
    solo = _plan("A jazz ballad led by piano, but no piano solo, just a sax solo, 2 minutes", None)
    assert isinstance(solo, Plan) and "piano" in solo.arguments["tags"].split(", "), solo


@pytest.mark.parametrize(
    "text",
    ["Kürz es auf 30 Sekunden, danach als mp3 exportieren", "Raccourcis-la à 30 secondes, et après exporte-la en mp3",
     "Korta den till 30 sekunder men behåll slutet"],
)  # fmt: skip
def test_a_cut_to_a_length_with_no_end_said_as_such_is_asked(text):
    assert isinstance(_plan(text, 180.0), Question)


def test_side_words_in_their_other_senses():
    for text, key in (("In testa ho già un'idea: aggiungi 15 secondi alla fine", "extend_after_duration"),
                      ("In fondo va bene così; aggiungi 20 secondi all'inizio", "extend_before_duration")):  # fmt: skip
        result = _plan(text, 180.0)
        assert isinstance(result, Plan) and result.arguments.get(key), (text, result)
