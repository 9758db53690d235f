"""Blind sets 89 to 95 (tests/router_cases_redteam89..95.py, each committed with its first run before the fixes):
the kinds of their silent and asked-for-nothing plans, each now a right plan or a question; and the readings the
new rules must leave alone."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    ["speed up the song", "slow the song tempo a bit", "raise the bpm of my track", "baja el tempo de la canción",
     "গানটার tempo একটু কমাও", "اس گانے کا درمیانی حصہ دوبارہ بنا دو"],
)  # fmt: skip
def test_a_tracks_tempo_or_middle_with_nothing_of_a_piece_asks_for_the_track(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and "audio" in result.fields, result


@pytest.mark.parametrize(
    "text",
    ["пісня українською про Карпати", "lag sungið á íslensku um norðurljósin", "a song about one love and another heart",
     "a song with a faster tempo"],
)  # fmt: skip
def test_a_new_piece_with_no_style_or_length_is_still_made(text):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


@pytest.mark.parametrize(
    ("text", "window"),
    [("redo 1m5-1m20 its muddy", (65, 80)), ("regenera 1min10-1min40", (70, 100))],
)
def test_minutes_and_seconds_typed_on_a_phone_are_a_window(text, window):
    result = _plan(text, 120.0)
    assert isinstance(result, Plan) and result.tool == "audio_inpaint", result
    assert (result.arguments["start_time"], result.arguments["end_time"]) == window, result


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("bossa nova 2 min 30, sem voz", 150), ("vull una altra: bossa nova 1m30, sense veu", 90),
     ("a 1 min 16-bit game tune", 60)],
)  # fmt: skip
def test_typed_minutes_and_seconds_are_a_length_and_a_count_after_them_is_not(text, seconds):
    result = _plan(text, 120.0 if "altra" in text else None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == seconds, result


def test_a_count_of_versions_after_a_length_is_not_its_seconds():
    result = _plan("ทำเพลงป๊อป 1 นาที 5 เวอร์ชัน", None)
    assert not (isinstance(result, Plan) and result.arguments.get("duration") == 65), result


@pytest.mark.parametrize(
    ("text", "takes"),
    [("hazme 2 versiones de una cumbia pa la fiesta", 2), ("faz 2 takes de um samba", 2),
     ("csinalj 2 verziot egy rock dalbol, 2 perc", 2)],
)  # fmt: skip
def test_takes_of_a_styled_piece_with_a_track_open_are_a_new_piece(text, takes):
    result = _plan(text, 60.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio") and result.takes == takes, result


def test_takes_of_a_part_with_a_track_open_are_not_a_new_piece():
    result = _plan("make 2 versions of a chorus", 60.0)
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    ["coupe tout ce qui vient après 2 minutes", "cut everything after 2 minutes",
     "corta todo lo que viene después de 2 minutos", "schneide alles nach 2 Minuten ab"],
)  # fmt: skip
def test_everything_after_a_length_cuts_from_that_point(text):
    result = _plan(text, 150.0)
    assert isinstance(result, Plan) and result.arguments.get("trim_end_s") == 30.0, result


def test_the_last_seconds_are_still_the_last_seconds():
    result = _plan("coupe les 20 dernières secondes", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("trim_end_s") == 20.0, result


@pytest.mark.parametrize("text", ["une chanson pop, ni guitare ni batterie", "поп песня, ни гитары, ни барабанов"])
def test_nor_after_a_style_refuses_only_what_follows(text):
    result = _plan(text, None)
    assert isinstance(result, Plan), result
    tags = [t.strip() for t in result.arguments["tags"].split(",")]
    assert "pop" in tags and "no pop" not in tags and "no guitar" in tags and "no drums" in tags, result


def test_nor_before_both_still_refuses_both():
    result = _plan("neither guitar nor drums, a jazz piece", None)
    assert isinstance(result, Plan), result
    tags = [t.strip() for t in result.arguments["tags"].split(",")]
    assert {"no guitar", "no drums", "jazz"} <= set(tags), result


@pytest.mark.parametrize(
    "text",
    ["Gör fyra versioner, en för varje årstid", "make three versions, one for each kid",
     "Aku nak 3 versi lagu ni, satu jazz, satu rock, satu dangdut"],
)  # fmt: skip
def test_versions_one_for_each_thing_differ_and_are_asked(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and "takes" in result.fields, result


def test_the_words_the_chorus_should_say_are_sung_in_the_requests_language():
    result = _plan(
        "hazme una cumbia para el cumpleaños de mi sobrina, que en el coro diga 'feliz cumple, Martita'", None
    )
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "feliz cumple, Martita", result
    assert "spanish vocal" in result.arguments["tags"], result


@pytest.mark.parametrize(
    ("text", "sung"),
    [("ek qawwali bana do 3 min ki, urdu mein", "urdu vocal"),
     ("gor en lat 2 min om midsommar pa svenska", "swedish vocal"),
     ("ekta rabindra sangeet type gaan banao, 3 min, bangla te", "bengali vocal"),
     ("Kérek egy új számot: lassú blues gitárral, 3 perc, angol szöveggel", "english vocal")],
)  # fmt: skip
def test_a_language_said_as_the_one_it_is_in_is_sung(text, sung):
    result = _plan(text, None)
    assert isinstance(result, Plan) and sung in result.arguments["tags"], result


@pytest.mark.parametrize(
    ("text", "sung"),
    [('ये रहने दो, नया गाना बनाओ, बोल ये हैं: "चल चलें कहीं दूर, जहाँ कोई ना हो"', "hindi vocal"),
     ("Buat lagu dangdut 2 menit untuk acara kantor, liriknya:\nKerja keras sampai sore\nPulang kantor hati senang",
      "indonesian vocal"),
     ("bikinin lagu dangdut 3 menit, lirik: abang pulang kapan", "indonesian vocal"),
     ("zrob piosenke disco polo 2 min, tekst: kocham cie jak nikt", "polish vocal")],
)  # fmt: skip
def test_short_lyrics_are_sung_in_their_own_language(text, sung):
    result = _plan(text, None)
    assert isinstance(result, Plan) and sung in result.arguments["tags"], result
    assert "nepali" not in result.arguments["tags"] and "cantonese" not in result.arguments["tags"], result


@pytest.mark.parametrize(
    ("text", "length", "window_from_end"),
    [("vika 10 s uusiks", 80.0, 10.0), ("gerdu sidustu 10 sek aftur", 100.0, 10.0),
     ("shesh er 10 sec abar banao", 110.0, 10.0), ("last ko 10 sec feri banau", 100.0, 10.0),
     ("last 10 sec thirumba pannu", 100.0, 10.0), ("תעשה מחדש 10 שניות אחרונות", 75.0, 10.0),
     ("最後嗰10秒重整", 80.0, 10.0)],
)  # fmt: skip
def test_the_last_seconds_again_typed_as_people_type_them(text, length, window_from_end):
    result = _plan(text, length)
    assert isinstance(result, Plan) and result.tool == "audio_inpaint", result
    assert result.arguments["start_time"] == window_from_end, result
    assert result.arguments.get("start_time_relative_to") == "end", result


@pytest.mark.parametrize(
    ("text", "expected"),
    [("mp3 me de do 256 pe", {"output_format": "mp3", "bitrate_kbps": 256}),
     ("Додај фејд аут од 3 секунде на крају", {"fade_out_s": 3.0})],
)  # fmt: skip
def test_deliverables_typed_as_people_type_them(text, expected):
    result = _plan(text, 120.0)
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert {k: result.arguments.get(k) for k in expected} == expected, result


def test_an_extension_with_a_clitic_and_no_track_asks_for_the_track():
    result = _plan("Extiéndela 30 segundos al final", None)
    assert isinstance(result, Question) and "audio" in result.fields, result


@pytest.mark.parametrize(
    ("text", "instrumental", "seconds"),
    [("잔잔한 피아노 1분 보컬x", True, 60), ("ye ahang e sonati, 2 daghighe, bedune khanande", True, 120),
     ("بغيت موسيقى instrumentale بالعود، ماشي طويلة، دقيقة و نص", True, 90),
     ("Podcast intro music please - chill lo-fi hip hop, about 15 seconds, nothing with singing", True, 15)],
)  # fmt: skip
def test_no_singing_and_lengths_typed_as_people_type_them(text, instrumental, seconds):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == seconds, result
    assert (result.arguments.get("lyrics") == "[inst]") == instrumental, result


@pytest.mark.parametrize(
    ("text", "tag"),
    [("Нужна бодрая панк-рок песня на 2 минуты", "punk rock"), ("an upbeat punk-rock song, 2 min", "punk-rock"),
     ("Toy üçün 2 dəqiqəlik instrumental musiqi lazımdır, tar ilə", "tar"),
     ("музика за реклама, 30 секунди, енергичен електронен бийт", "electronic"),
     ("музика за рекламу, 30 секунди, балкански дувачи", "brass"),
     ("婚礼上用的，抒情流行，一分钟", "pop")],
)  # fmt: skip
def test_styles_named_in_words_the_tables_lacked(text, tag):
    result = _plan(text, None)
    assert isinstance(result, Plan) and tag in [t.strip() for t in result.arguments["tags"].split(",")], result
