"""The eleventh red-team set (tests/router_cases_redteam11.py): 293 requests in all 50 languages, written and
labelled blind, each language in its own everyday phrasing. No silent wrong plan, words only or with the careful
agent's fields; every question names the fields that settle it; the rates measured after its fixes. Then one
test per kind fixed, each failing on the router before it (main at 0dd3847 planned 8 of the set silently wrong
words-only, 3 with fields)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_cases_redteam11 import BIG12, R11
from tests.router_score import blind_set_holds, window_of
from tests.router_score import plan_of as _plan

# Measured after the fixes (words only: 12 first 129/131, others 159/162; with fields 130/131, 157/162).
# Before them: words 113/131 and 142/162 with 8 silent wrong; with fields 125/131 and 151/162 with 3.
FLOORS = {"words": (0.97, 0.97), "fields": (0.98, 0.96)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_no_silent_wrong_plan_on_the_eleventh_set_and_its_measured_floor(how):
    blind_set_holds(R11, BIG12, how, FLOORS)


@pytest.mark.parametrize(
    "text",
    ["faz uma música de rock e outra de jazz", "haz una canción de rock y otra de jazz",
     "make a rock song and another jazz one", "fais un morceau rock et un autre en jazz",
     "bir rock şarkısı bir de rap şarkısı yap"],
)  # fmt: skip
def test_one_piece_and_another_asks(text):
    # Before: one paid piece tagged 'rock, jazz'.
    assert isinstance(_plan(text), Question)


@pytest.mark.parametrize(
    "text", ["a song about one love and another heart", "make a chill beat, and another thing: no drums"]
)
def test_another_that_is_no_second_piece_still_plans(text):
    assert isinstance(_plan(text), Plan)


@pytest.mark.parametrize("text", ["Mach den Refrain ab 0:40 nochmal neu", "make the chorus from 0:40 again"])
def test_a_place_in_a_track_made_again_with_no_track_asks_for_the_track(text):
    # Before: a new paid piece of 40 s (the time after 'from' read as its length).
    got = _plan(text)
    assert isinstance(got, Question) and got.kind == "audio"


@pytest.mark.parametrize(
    ("text", "seconds", "inst"),
    [("3 versions du même jingle de 20 secondes pour ma chaîne, instru", 20, True),
     ("vocals lekunda oka calm flute music kavali, 90 seconds", 90, True),
     ("lofi beat chahiye vocals ke bina, 2 min", 120, True),
     ("oru instrumental bgm venum, 1 nimisham 20 second, vocals illama", 80, True),
     ("thelw ena chill instrumental gia to cafe, 90 deuterolepta", 90, True),
     ("napravi mi pesmu na srpskom, turbo folk, 2 i po minuta", 150, False),
     ("fais moi un morceau electro chill de 2min15, sans voix", 135, True),
     ("Geburtstagslied für meine Oma, sie wird 80!! ca. 1 Minute, deutsch gesungen, mit Akkordeon", 60, False),
     ("afmælislag fyrir pabba sem verður 70, sungið á íslensku, ein mínúta", 60, False),
     ("30秒的广告歌，中文演唱，卖奶茶的，一杯12块", 30, False),
     ("zrob mi spokojny kawalek na pianinie w klimacie lat 90, poltorej minuty, bez wokalu", 90, True)],
)  # fmt: skip
def test_new_pieces_read_in_full(text, seconds, inst):
    got = _plan(text)
    assert isinstance(got, Plan), got
    assert got.arguments["duration"] == seconds and (got.arguments.get("lyrics") == "[inst]") is inst


def test_an_unread_unit_between_one_and_seconds_asks():
    # Before: 'a 1 blah 20 second song' was 20 s, the '1' (a minute in a word the tables lack) dropped.
    assert isinstance(_plan("a 1 blah 20 second song"), Question)


@pytest.mark.parametrize(
    ("text", "takes"),
    [("광고용 징글 30초, 같은 걸로 3개 뽑아줘", 3), ("tarviin 3 versiota samasta 30 sekunnin mainosjinglestä", 3),
     ("kell 2 valtozat ugyanabbol a 15 mp-es introbol, enek nelkul", 2)],
)  # fmt: skip
def test_takes_of_the_same_in_more_words(text, takes):
    got = _plan(text)
    assert isinstance(got, Plan) and got.takes == takes


def test_a_language_named_without_its_accents():
    got = _plan("lam cho minh 1 bai ballad tieng viet, 2 phut")
    assert isinstance(got, Plan) and "vietnamese" in got.arguments["tags"].lower()


@pytest.mark.parametrize(
    ("text", "window"),
    [("last ke 15 second phir se generate karo", (135, 150)), ("শেষের ১৫ সেকেন্ড আবার বানাও", (135, 150)),
     ("tengeneza upya sekunde 20 za mwisho", (130, 150)), ("آخری 15 سیکنڈ دوبارہ بنائیں", (135, 150)),
     ("45秒目から10秒間、ギターソロに差し替え", (45, 55)), ("من الثانية 40 ولمدة 15 ثانية غيرها بطبلة", (40, 55)),
     ("1:30 se shuru karke 20 second badlo, wahan flute chahiye", (90, 110)),
     ("ab Sekunde 30 für 10 Sekunden neu machen", (30, 40))],
)  # fmt: skip
def test_windows_by_last_n_or_a_start_and_a_length(text, window):
    # ('dal secondo 20, per 15 secondi, metti un assolo di sax' asks again: a start and a length are a window only
    # beside a verb of making; 'metti' (put) is also 'mettici una dissolvenza', a free fade. Red-team pass 4.)
    got = _plan(text, 150)
    assert window_of(got, 150) == window, got


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [("toldd meg az elejét 10 másodperccel", 10, 0), ("dodaj uvod od 12 sekundi", 12, 0),
     ("شروع میں 10 سیکنڈ کا انٹرو لگائیں", 10, 0), ("alargala 30 segundos al final y ponle 5 de intro", 5, 30),
     ("this is 2:30, i need it to be exactly 3 min for the video, add the extra at the end", 0, 30),
     ("je veux que ça fasse trois minutes au total, rajoute au début", 30, 0),
     ("add 3 minutes total at the end", 0, 180)],
)  # fmt: skip
def test_extensions_by_their_side_words_and_totals(text, before, after):
    got = _plan(text, 150)
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert (got.arguments["extend_before_duration"], got.arguments["extend_after_duration"]) == (before, after)


@pytest.mark.parametrize(
    ("text", "delivery"),
    [("حولها mp3 بجودة 256 كيلوبت", {"output_format": "mp3", "bitrate_kbps": 256}),
     ("treu els 2 primers segons i passa-ho a wav", {"output_format": "wav", "trim_start_s": 2})],
)  # fmt: skip
def test_free_edits_in_more_words(text, delivery):
    got = _plan(text, 150)
    assert isinstance(got, Plan) and got.tool == "process_track", got
    assert all(got.arguments[k] == v for k, v in delivery.items())
