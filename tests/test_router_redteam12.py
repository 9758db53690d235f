"""The twelfth red-team set (tests/router_cases_redteam12.py): 301 requests in all 50 languages, written and
labelled blind, with transliterated scripts (Hinglish, Arabizi, Greeklish, romanized Japanese and Korean, Roman
Urdu, Finglish), regional slang and requests with context before them. No silent wrong plan, words only or with
the careful agent's fields; every question names the fields that settle it; the rates measured after its fixes.
Then one test per kind fixed, each failing on the router before it (main at b577f63 planned 10 of the set
silently wrong words-only, 2 with fields; one of the 10, '7 minutos', was a label my brief got wrong)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_cases_redteam12 import BIG12, R12
from tests.router_score import blind_set_holds, window_of
from tests.router_score import plan_of as _plan

# Measured after the fixes and red-team pass 4's corrections (words only: 12 first 122/131, others 163/170; with
# fields 128/131, 168/170).
# Before them: words 107/131 and 137/170 with 10 silent wrong; with fields 127/131 and 164/170 with 2.
FLOORS = {"words": (0.93, 0.95), "fields": (0.97, 0.98)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_no_silent_wrong_plan_on_the_twelfth_set_and_its_measured_floor(how):
    blind_set_holds(R12, BIG12, how, FLOORS)


@pytest.mark.parametrize(
    ("text", "seconds", "inst", "takes"),
    [("sdelai drum and bass trek 1:50, bez slov, 174 bpm", 110, True, None),
     ("sakura ga teema no J-pop tsukutte, nihongo de utatte hoshii, 2fun15byou de", 135, False, None),
     ("nae chingu saengil chukha norae mandeureojwo, 40cho jeongdo", 40, False, None),
     ("baddi nes5tein men nafs 2o8niyet el ra2s, kel wa7de 1:15", 75, False, 2),
     ("bhangra beat bana do bina gaane de, 1 minute", 60, True, None),
     ("thelw ena chill beat xwris fwnh, 1.5 lepto", 90, True, None),
     ("ye ahang pop mikham ke be farsi khunde beshe, 2 daghighe", 120, False, None),
     ("preciso de um fundinho instrumental calminho pro meu podcast, 30 segundinhos", 30, True, None),
     ("chci 2 verze ty samy polky, minutu a pul", 90, False, 2),
     ("compone musicam sine voce, minutum et dimidium", 90, True, None),
     ("iskam chalga pesen za rojdenia den na kaka mi, stava na 25, 1 min i 20 sek", 80, False, None),
     ("annemin 60. yaş günü için türkçe şarkı, 2 dk", 120, False, None)],
)  # fmt: skip
def test_new_pieces_typed_in_other_scripts_and_forms(text, seconds, inst, takes):
    # Before: each planned without the length, the 'no vocals' or the takes it states, or asked about a number.
    got = _plan(text)
    assert isinstance(got, Plan), got
    assert got.arguments.get("duration") == seconds and (got.arguments.get("lyrics") == "[inst]") is inst
    assert got.takes == takes


@pytest.mark.parametrize(
    ("text", "language"),
    [("qardaşımın toyu üçün şən mahnı, 2 deqiqe, azerbaycanca oxunsun", "azerbaijani"),
     ("ekta baul gaan banao banglay gaoa, 1 minute 45 second", "bengali"),
     ("tamil la oru kuthu paatu pannu, 1 nimisham 30 second", "tamil"),
     ("ابي شيلة حماسية لعرس اخوي، دقيقتين، بالعربي", "arabic")],
)  # fmt: skip
def test_the_sung_language_in_words_typed_without_its_script_or_accents(text, language):
    got = _plan(text)
    assert isinstance(got, Plan) and language in got.arguments["tags"].lower(), got


@pytest.mark.parametrize("text", ["napravi mi jedan rep i jednu baladu", "lofi, 2xyz15abc"])
def test_two_pieces_or_an_unread_glued_length_ask(text):
    assert isinstance(_plan(text), Question)


def test_a_bitrate_glued_to_chinese_is_read():
    got = _plan("导出成mp3，320k的", 150)
    assert isinstance(got, Plan) and got.arguments["bitrate_kbps"] == 320


@pytest.mark.parametrize(
    ("text", "window"),
    [("처음 15초만 새로 뽑아줘", (0, 15)), ("ξανακάνε τα πρώτα 12 δευτερόλεπτα", (0, 12)),
     ("۲۰ ثانیه آخر رو دوباره بساز", (130, 150)), ("refè 15 dènye segonn yo", (135, 150)),
     ("ultimas viginti secundas iterum fac", (130, 150)), ("уради поново последњих 20 секунди", (130, 150)),
     ("கடைசி 10 வினாடிகளை மீண்டும் உருவாக்கு", (140, 150)), ("ทำ 20 วิสุดท้ายใหม่หน่อย", (130, 150)),
     ("最尾嗰15秒幫我重新整過", (135, 150)), ("after 1:10, redo the next 15 seconds", (70, 85)),
     ("el solo de guitarra que empieza en el 1m05s y dura como 20 segundos no me convence, rehazlo", (65, 85)),
     ("a partir do 1:30, uns 20 segundos, gera de novo", (90, 110)),
     ("à partir de la 40e seconde, régénère 10 secondes", (40, 50))],
)  # fmt: skip
def test_windows_in_more_words(text, window):
    got = _plan(text, 150)
    assert window_of(got, 150) == window, got


@pytest.mark.parametrize(
    ("text", "args"),
    [("ponle una intro de 10 segundos y alárgalo 30 más al final",
      {"extend_before_duration": 10, "extend_after_duration": 30}),
     ("เพิ่มอินโทร 10 วิ ข้างหน้า", {"extend_before_duration": 10, "extend_after_duration": 0}),
     ("Fai una dissolvenza in entrata di 2 secondi e in uscita di 6", {"fade_in_s": 2, "fade_out_s": 6}),
     ("daj tomu fade in 2 sekundy a fade out 6", {"fade_in_s": 2, "fade_out_s": 6}),
     ("convertilo in mp3 a 192 e mettici una dissolvenza in entrata di 2 secondi",
      {"output_format": "mp3", "bitrate_kbps": 192, "fade_in_s": 2})],
)  # fmt: skip
def test_extensions_and_fades_with_a_bare_second_amount(text, args):
    got = _plan(text, 150)
    assert isinstance(got, Plan), got
    assert all(got.arguments[k] == v for k, v in args.items()), got.arguments


def test_a_german_intro_named_as_a_place_no_longer_extends_silently():
    # Before: 'direkt nach dem Intro (bis 0:18) die nächsten 12 Sekunden bitte neu' added 18 s before and 12 after.
    got = _plan("direkt nach dem Intro (das geht bis 0:18) die nächsten 12 Sekunden bitte neu", 160)
    assert isinstance(got, Question) or (got.tool == "audio_inpaint" and got.arguments["start_time"] == 18)
