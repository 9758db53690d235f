"""The sixteenth and seventeenth red-team sets (tests/router_cases_redteam16.py, tests/router_cases_redteam17.py):
300 requests each in all 50 languages, written and labelled blind. Sixteen: as people type on phones (typos,
romanised scripts, negation after the noun, terse second turns); seventeen: polite, chatty messages whose one
instruction sits among numbers that are no length (anniversaries, episodes, hours of the day). No silent wrong plan,
words only or with the careful agent's fields; the rates measured after their fixes. Then one test per kind fixed,
each failing on the router before it (main at 73ac5c3), except the guards that say what must still hold."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_cases_redteam15 import BIG12 as BIG12_15
from tests.router_cases_redteam15 import R15
from tests.router_cases_redteam16 import BIG12 as BIG12_16
from tests.router_cases_redteam16 import R16
from tests.router_cases_redteam17 import BIG12 as BIG12_17
from tests.router_cases_redteam17 import R17
from tests.router_score import blind_set_holds
from tests.router_score import plan_of as _plan

# Measured after the fixes. First runs, before them (words; fields): set 15 118/132, 137/155, 7 silent;
# 127/132, 145/155, 5. Set 16 105/132, 135/168, 33 silent (not run with fields before). Set 17 100/132,
# 127/168, 8 silent; 115/132, 141/168, 4.
SETS = {
    "15": (R15, BIG12_15, {"words": (0.90, 0.89), "fields": (0.96, 0.94)}),
    "16": (R16, BIG12_16, {"words": (0.94, 0.97), "fields": (0.96, 0.98)}),
    "17": (R17, BIG12_17, {"words": (0.84, 0.86), "fields": (0.91, 0.91)}),
}


@pytest.mark.parametrize("how", ["words", "fields"])
@pytest.mark.parametrize("which", sorted(SETS))
def test_no_silent_wrong_plan_on_the_set_and_its_measured_floor(which, how):
    cases, big12, floors = SETS[which]
    blind_set_holds(cases, big12, how, floors)


def _tags(text: str, length: float | None = None) -> str:
    got = _plan(text, length)
    assert isinstance(got, Plan), got
    return str(got.arguments["tags"]).lower()


@pytest.mark.parametrize(
    ("text", "excluded"),
    [("pop şarkı, gitar olmasın", "guitar"), ("pop gaana, guitar nahi chahiye", "guitar"),
     ("pop song, gitaar mat dalo", "guitar"), ("pop song, piano only, I don't want any guitar or drums", "drums"),
     ("buatkan lagu pop, boleh pakai piano, tak usah drum, 2 menit", "drum"),
     ("bikin lagu dangdut pake suling, 3 menit, gitar gak usah", "guitar"),
     ("schlagzeug will ich keins, aber ne akustikgitarre und geige, so folk mäßig", "drums"),
     ("veselo, tamburica, bubnjeve ne zelim, 2 minute", "drums"), ("vesela polka s harmonikou, bicie netreba", "drums"),
     ("เพลงลูกทุ่งมีแคน กลองไม่เอา ยาว 3 นาที", "drums"), ("슬픈 피아노 발라드, 2분 30초, 드럼 없이요.", "drums"),
     ("ポップソング、ギターは要らない", "guitar"), ("поп песня, гитара не нужна", "guitar"),
     ("آهنگ پاپ بدون درام و گیتار", "guitar"), ("팝송 드럼이랑 기타 없이", "drums"),
     ("bài pop không có trống và guitar", "drums")],
)  # fmt: skip
def test_an_instrument_said_not_wanted_after_its_name_or_past_an_unknown_word_is_excluded(text, excluded):
    # Before: the instrument rendered ('guitar' in the tags of 'gitar olmasın', 'let there be no guitar').
    tags = [t.strip() for t in _tags(text).split(",")]
    assert f"no {excluded}" in tags and excluded not in tags, tags


@pytest.mark.parametrize(
    ("text", "kept"),
    [("uma música com guitarra pois eu adoro", "guitar"), ("pop song with guitar and drums", "drums"),
     ("nhac piano mat me", "piano"), ("bài pop có trống và guitar", "drums")],
)  # fmt: skip
def test_words_that_only_look_like_a_negation_after_the_name_keep_it(text, kept):
    tags = [t.strip() for t in _tags(text).split(",")]
    assert kept in tags and f"no {kept}" not in tags, tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [("lav en ny, en blues med mundharmonika, 2 versioner, instrumental", "harmonica"),
     ("блюз с губной гармошкой", "harmonica"), ("tee 3 versiota humppaa haitarilla, 2 min", "accordion"),
     ("fè yon konpa ak gita, 3 minit", "guitar"), ("बिना आवाज़ के बांसुरी वाला शांत संगीत, 10 मिनट", "flute"),
     ("песня на эти слова, русский рок:\n[Куплет]\nВ 7:30 электричка на Москву", "rock"),
     ("Tudnál csinálni egy nyugodt zongoradarabot, kb. másfél percest, ének nélkül?", "piano"),
     ("ستار کے ساتھ ایک رومانوی دھن بنا دیں، تقریباً دو منٹ کی", "sitar")],
)  # fmt: skip
def test_style_words_the_tables_lacked(text, tag):
    assert tag in _tags(text)


def test_a_decade_before_a_genre_the_list_lacked_is_no_length():
    got = _plan("gimme 3 versions of a 90s eurodance thing at 128 bpm")
    assert isinstance(got, Plan) and "duration" not in got.arguments and got.takes == 3, got  # before: 90 s
    assert "90s" in got.arguments["tags"], got


def test_progresion_armonica_is_no_harmonica():
    assert "harmonica" not in _tags("progresión armónica de jazz, 2 minutos")


@pytest.mark.parametrize(
    "text",
    ["sdelai pesnyu dlinnee", "gaana lamba kar do", "3ayez el o3neya atwal", "направи песента по-дълга",
     "κάν' το πιο μεγάλο", "fè mizik la pi long", "गीत लामो बनाइदेउ", "fa melodia mai lunga", "paata inka podavuga cheyyi",
     "зроби пісню довшою"],
)  # fmt: skip
def test_make_it_longer_with_no_track_asks_which_track(text):
    # Before: a new piece whose tags were the request's own words, paid.
    got = _plan(text)
    assert isinstance(got, Question) and got.fields == ("audio",), got


@pytest.mark.parametrize(
    ("text", "lyrics"),
    [("şu sözlerle bir şarkı yap:\nsaat 3'te aradın beni\nson 20 saniyede kapattın",
      "saat 3'te aradın beni\nson 20 saniyede kapattın"),
     ("lagu pop dengan lirik ini: aku rindu kamu selalu", "aku rindu kamu selalu"),
     ('Quiero una canción de flamenco, 3 minutos, con esta letra: "Luna de plata sobre el río"',
      "Luna de plata sobre el río")],
)  # fmt: skip
def test_lyrics_announced_a_few_words_before_a_colon_and_without_their_quotes(text, lyrics):
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["lyrics"] == lyrics, got
    assert "duration" not in got.arguments or got.arguments["duration"] != 20, got  # '20 saniye' is in the lyrics


@pytest.mark.parametrize(
    "text", ["a pop song, no lyrics: just piano and strings", "ambient, without lyrics: soft pads and rain"]
)
def test_no_lyrics_followed_by_a_colon_is_instrumental(text):
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments.get("lyrics") == "[inst]", got


def test_no_vocals_and_lyrics_to_sing_asks():
    got = _plan("bikin lagu instrumental tanpa vokal tapi dinyanyikan pake lirik ini: aku cinta kamu")
    assert isinstance(got, Question) and set(got.fields) == {"instrumental", "lyrics"}, got


def test_trims_that_take_the_whole_track_ask():
    got = _plan("knip de laatste 40 seconden eraf", 30)
    assert isinstance(got, Question) and "trim_end_s" in got.fields, got
    kept = _plan("knip de laatste 40 seconden eraf", 60)
    assert isinstance(kept, Plan) and kept.arguments["trim_end_s"] == 40, kept


@pytest.mark.parametrize(
    ("text", "language"),
    [("faz uma bossa nova com essa letra:\n[Verso]\nÀs 6 da tarde no Leblon\n30 graus e o mar no tom", "portuguese"),
     ("इन बोल पर एक बॉलीवुड गाना बनाओ:\n[Verse]\nसुबह 6 बजे की चाय और तुम\n2010 की वो बारिश गुम", "hindi"),
     ("песен с този текст:\n[Куплет]\nВ 9 без 10 на Витошка\n30 години все една и съща котка", "bulgarian"),
     ("write a song with these lyrics, indie pop:\n[Verse]\nWoke up at 3:15, couldn't sleep again\nCut the lights "
      "at 2:40, counting to ten", "english")],
)  # fmt: skip
def test_the_sung_language_of_short_lyrics_is_settled_by_the_request_around_them(text, language):
    # Before: Catalan, Nepali (Devanagari words were cut at their vowel signs), Russian; English named nowhere.
    assert f"{language} vocal" in _tags(text)


@pytest.mark.parametrize(
    ("text", "length", "tool", "arguments"),
    [("owari ni 30byou tashite", 200, "audio_outpaint", {"extend_after_duration": 30.0}),
     ("zid 30 sanye 3al a5er", 200, "audio_outpaint", {"extend_after_duration": 30.0}),
     ("آخر 20 ثانية عيدها", 200, "audio_inpaint", {"start_time": 20.0}),
     ("gerðu síðustu 10 sekúndurnar aftur", 200, "audio_inpaint", {"start_time": 10.0}),
     ("als mp3 mit 192 kbps exportieren und die ersten 3 sekunden abschneiden", 200, "process_track",
      {"trim_start_s": 3.0}),
     ("exportera som flac o fadea in 3 sek", 200, "process_track", {"fade_in_s": 3.0, "output_format": "flac"}),
     ("תייצא לwav ותעשה פייד אאוט של 6 שניות", 200, "process_track", {"fade_out_s": 6.0, "output_format": "wav"}),
     ("Плавное затухание 6 секунд в конце и нарастание 2 секунды в начале, формат wav.", 200, "process_track",
      {"fade_out_s": 6.0, "fade_in_s": 2.0, "output_format": "wav"}),
     ("Settu 2 sekúndna fade-in og vistaðu sem wav.", 200, "process_track", {"fade_in_s": 2.0, "output_format": "wav"})],
)  # fmt: skip
def test_verbs_and_formats_as_typed(text, length, tool, arguments):
    got = _plan(text, length)
    assert isinstance(got, Plan) and got.tool == tool, got
    have = {**got.arguments, **got.deliver}
    assert all(have.get(k) == v for k, v in arguments.items()), have


@pytest.mark.parametrize(
    "text",
    ["こんにちは。優しいピアノとバイオリンの曲を2分半ほどで作っていただけますか？歌はなしでお願いします。",
     "잔잔한 어쿠스틱 기타 곡 하나 1분 30초 정도로 만들어 주실 수 있을까요? 보컬은 없었으면 해요.",
     "वीणया शान्तं सङ्गीतं रचय, गीतं विना, त्रीणि मिनिट्-परिमितम्"],
)  # fmt: skip
def test_no_singing_said_as_people_say_it(text):
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments.get("lyrics") == "[inst]", got


def test_accompaniment_of_an_instrument_is_no_instrumental():
    got = _plan("整首廣東歌，用粵語唱，結他伴奏，三分鐘")
    assert isinstance(got, Plan) and got.arguments.get("lyrics") != "[inst]", got


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("Здравейте! Правя видео за 50-годишнината на баща ми. Спокойна мелодия на пиано, 90 секунди, без вокали", 90),
     ("Hei! Jeg lager en video til bestemors 90-årsdag. Et rolig stykke med fiolin, 2 minutter, uten sang", 120),
     ("안녕하세요! 이번에 저희 카페가 5주년이라 영상 하나 만들고 있는데요, 잔잔한 기타 곡 1분 30초", 90),
     ("我们店开业3周年做个宣传视频，做一首欢快的钢琴曲，大概一分半钟，不要人声", 90),
     ("Vi är 4 kompisar som ska ha fest kl 20, gör en technolåt på 6 minuter utan sång", 360)],
)  # fmt: skip
def test_anniversaries_and_hours_of_the_day_are_no_length(text, seconds):
    # Before: 'I read 50 in the request but the plan does not use it' (asked).
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds, got


def test_an_hour_of_the_day_in_hours_and_minutes_is_no_time_in_the_track():
    got = _plan("Все чудово, тільки останні 10 секунд звучать дивно — згенеруйте їх заново. Показ о 19:00.", 150)
    assert isinstance(got, Plan) and got.tool == "audio_inpaint", got
