"""Kinds fixed from blind sets 149 on (first run on the commit that added each set): a whole length said as 'make it
N long' or 'let it be N' in the languages the tables lacked, Arabic 'to' written onto the length after it. Each test
fails on 8de8449, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None, **fields: object) -> Plan:
    result = _plan(text, length, **fields)
    assert isinstance(result, Plan), result
    return result


def _question(text: str, length: float | None, **fields: object) -> Question:
    result = _plan(text, length, **fields)
    assert isinstance(result, Question), result
    return result


# -- A whole length, said as what the track should be -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Legyen 4 perces", 240),  # hu: let it be 4-minute
        ("Gör den 2 minuter lång", 120),  # sv: make it 2 minutes long
        ("Maak hem 2,5 minuut", 150),  # nl: make it 2.5 minutes
        ("ਗੀਤ ਨੂੰ 3 ਮਿੰਟ ਦਾ ਕਰ ਦਿਓ", 180),  # pa: make the song of 3 minutes
        ("গানটা ৩ মিনিটের করে দাও", 180),  # bn: make the song of 3 minutes
        ("آهنگ رو به ۳ دقیقه برسون", 180),  # fa: bring the song to 3 minutes
        ("stretch it out so the whole thing is 4 minutes", 240),
        ("طوّل المقطع لثلاث دقائق", 180),  # ar: lengthen the clip to three minutes ('to' written onto 'three')
        ("طوّل المقطع لـ3 دقائق", 180),  # ... onto a digit, with a tatweel
        ("طوّلها لخمس دقائق", 300),  # 'طولها' is also 'its length': a verb only before 'to'
        ("مددها لدقيقتين", 120),  # ... onto the dual 'two minutes'
    ],
)
def test_a_whole_length_grows_the_track_to_it(text, whole):
    plan = _plan_or_fail(text, 100)
    assert plan.tool == "audio_outpaint"
    assert plan.arguments["extend_before_duration"] == 0
    assert plan.arguments["extend_after_duration"] == whole - 100


def test_one_whole_said_twice_is_added_once():
    plan = _plan_or_fail("make it 4 minutes long, 4 minutes in total", 210)
    assert plan.arguments["extend_after_duration"] == 30
    fields = {"extend_before": 0, "extend_after": 30}
    plan = _plan_or_fail("gör den fyra minuter lång alltså totalt fyra minuter", 210, **fields)
    assert plan.arguments["extend_after_duration"] == 30


def test_guard_a_long_part_is_no_whole():
    # ('a 2 minutes long intro' is the intro's length: asked whether it is an amount or the whole, never the whole)
    question = _question("Gör en 2 minuter lång intro", 100)
    assert "extend_before" in question.fields


def test_guard_its_length_is_no_verb():
    # ('طوله ٢:٣٠' is 'its length 2:30' of a new rap track: never an extension of the open one)
    result = _plan("سوّي لي تراك راب جديد، طوله ٢:٣٠", 210)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint")


def test_guard_arabic_to_apart_only_before_a_length():
    from ace_step_mcp.router.read import arabic_to_apart

    assert arabic_to_apart("لست متأكد") == "لست متأكد"  # ('I am not sure': 'ست' is six only before a unit)
    assert arabic_to_apart("لست دقائق") == "ل ست دقائق"
    assert arabic_to_apart("بـ10 ثواني") == "ب 10 ثواني"


# -- Lyrics with section markers inside one line, as a phone types them ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lyrics"),
    [
        (
            "Zrób z tego punk rocka: [Zwrotka] Poniedziałek, szary blok [Refren] Nie chcę, nie muszę",
            "[Zwrotka] Poniedziałek, szary blok [Refren] Nie chcę, nie muszę",
        ),
        (
            "幫我將呢段整成廣東話流行曲得唔得？[主歌] 落班搭尾班車 / 成個城市都瞓咗 [副歌] 唔緊要 聽朝又係新一日",
            "[主歌] 落班搭尾班車 / 成個城市都瞓咗 [副歌] 唔緊要 聽朝又係新一日",
        ),
        (
            "can you turn it into a folk song? [Verse] You came home in a cardboard box [Chorus] Biscuit, stay with me",
            "[Verse] You came home in a cardboard box [Chorus] Biscuit, stay with me",
        ),
    ],
)
def test_markers_inside_a_line_open_the_lyrics(text, lyrics):
    plan = _plan_or_fail(text, None)
    assert plan.tool.startswith("text_to_audio")
    assert plan.arguments["lyrics"] == lyrics


@pytest.mark.parametrize(
    "text",
    [
        "make a song with the parts [Verse] [Chorus] [Bridge]",  # names of parts, no words to sing
        "a chill beat: [Intro] soft pads 10 s [Drop] at 1:00",  # a brief with times
        "a pop song [upbeat] about summer",  # one bracket: a tag
    ],
)
def test_guard_markers_that_hold_no_lyrics_on_one_line(text):
    from ace_step_mcp.router.read import find_lyrics

    found = find_lyrics(text)
    assert found is None or found.how != "markers"


def test_russian_rock_said_with_make():
    plan = _plan_or_fail("Сделай рок на эти слова: [Куплет] Дедлайн горит [Припев] Мы команда", None)
    assert "rock" in plan.arguments["tags"]


# -- A number told in an aside of the message, before what it asks ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "length", "tool", "key", "value"),
    [
        ("Den skal i min bil, og USB-stikket er kun på 4 GB. Eksportér den som mp3 i 256 kbps, tak!", 120,
         "process_track", "bitrate_kbps", 256),
        ("Je to znělka pro podcast, který má teprve 8 dílů. Stáhni hlasitost na -16 LUFS, prosím.", 120,
         "process_track", "loudness_lufs", -16),
        ("ugh my little brother (he's 9) says the middle sounds like a broken fridge 😂 regenerate 0:40-0:55 pls", 120,
         "audio_inpaint", "start_time", 40),
        ("Привет! Мне 34, и я наконец решился снять влог про рыбалку. Сделай спокойную мелодию на гитаре, 90 секунд, "
         "без вокала.", None, "text_to_audio", "duration", 90),
    ],
)  # fmt: skip
def test_a_number_told_before_the_ask_is_the_storys(text, length, tool, key, value):
    plan = _plan_or_fail(text, length)
    assert plan.tool == tool
    assert plan.arguments[key] == value


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("I have about 20 of them ready. Add to the end.", 120),  # a sentence with no ask after: nothing to take
        ("Make a jazz song. My video is 45.", None),  # told after the ask: asked
    ],
)
def test_guard_numbers_that_may_be_asked_for_are_asked(text, length):
    _question(text, length)


def test_guard_a_count_beside_a_word_for_music_is_no_story():
    from ace_step_mcp.router.account import a_story_number

    text = "the client wants 6 songs for the show. make a jazz piece, 2 min"
    at = text.index("6")
    assert not a_story_number(text, at, at + 1)  # (it may count the pieces asked for)
    told = "the client lives 12 blocks away from here. make a jazz piece, 2 min"
    at = told.index("12")
    assert a_story_number(told, at, at + 2)
    two = "mi servono 2 proposte. jazz, 1 min"
    at = two.index("2")
    assert not a_story_number(two, at, at + 1)  # (up to four of a thing may be the takes asked for)


# -- A length taken back: 'no, wait', 'or no', 'not X but Y' ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("¿Puedes alargar la canción 30 segundos al final? No, espera, mejor 45.", 0, 45),
        ("Дякую! Виправлення: мені треба не 10, а 20 секунд інтро. Додай на початок 20 секунд", 20, 0),
        ("add an intro, not 10 but 20 seconds", 20, 0),
    ],
)
def test_a_length_taken_back(text, before, after):
    plan = _plan_or_fail(text, 120)
    assert plan.tool == "audio_outpaint"
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (before, after)


# -- Words from set 151 and 152 ---------------------------------------------------------------------------------------------
def test_thai_loop_and_urdu_put_an_intro():
    plan = _plan_or_fail("ขอเป็นไฟล์ mp3 แล้วทำให้เล่นวนได้ไม่สะดุดนะครับ", 90)
    assert plan.arguments.get("loop") is True
    plan = _plan_or_fail("شروع میں ۱۵ سیکنڈ کا انٹرو ڈال دیں", 90)
    assert plan.tool == "audio_outpaint"
    assert plan.arguments["extend_before_duration"] == 15


def test_ukrainian_renew_with_no_track_asks_for_it():
    question = _question("онови інтро, будь ласка, воно якесь нудне", None)
    assert "audio" in question.fields


# -- Red team 41: where the readers above must not read --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lägg till en 20 sekunder lång inledning",  # sv: a 20 s long intro
        "Přidej na začátek 20 sekund dlouhý úvod",  # cs: ... its own length
        "Legg til en 20 sekunders lang avslutning",  # no: a 20 s long ending
        "أضف مقدمة لـ10 ثواني",  # ar: an intro of 10 s
    ],
)
def test_a_parts_own_length_is_no_whole(text):
    result = _plan(text, 100)
    assert not (isinstance(result, Plan) and result.arguments.get("extend_after_duration") not in (None, 0, 0.0))
    if isinstance(result, Plan):
        assert result.arguments["extend_before_duration"] in (10, 20)


def test_a_new_piece_is_no_whole_of_the_track():
    result = _plan("নতুন একটা গান ৩ মিনিটের বানিয়ে দাও", 100)  # bn: make a new 3-minute song
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint")


def test_a_loop_to_a_length_is_no_extension():
    result = _plan("Loopa den så den blir 10 minuter lång", 100)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint")


def test_longer_by_is_no_whole():
    result = _plan("Legyen 2 perccel hosszabb", 100)  # hu: let it be 2 minutes longer (by 2 minutes)
    assert isinstance(result, Question) or result.arguments["extend_after_duration"] == 120


@pytest.mark.parametrize(
    "text",
    [
        "Make a beat: [Intro] just drums [Drop] heavy bass, no vocals",
        "Song idea: [mood] dreamy and slow [genre] synthwave with pads",
        "Make it punk: [Verse] I woke up late again [Chorus] la la la, and make it fast please",
    ],
)
def test_guard_a_brief_in_brackets_is_never_sung(text):
    result = _plan(text, None)
    lyrics = result.arguments.get("lyrics", "") if isinstance(result, Plan) else ""
    assert "drums" not in lyrics and "dreamy" not in lyrics and "make it fast" not in lyrics


def test_numbered_markers_on_one_line_are_lyrics():
    text = "Make it rock: [Verse 1] I'm leaving town [Chorus] Never coming back [Verse 2] Packed my bags"
    plan = _plan_or_fail(text, None)
    assert plan.arguments["lyrics"].startswith("[Verse 1] I'm leaving town")


# -- The track told as it is, and the whole the amounts reach -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "length", "before", "after"),
    [
        ("Video saya 3 minit, lagu ni 2 minit je 😅 tambah intro 30 saat dan panjangkan hujung 30 saat", 120, 30, 30),
        ("Takk kærlega! Myndbandið er 2 mínútur en lagið bara 90 sekúndur, lengdu endann um 30 sekúndur", 90, 0, 30),
        ("Le film dure 5 min et la musique fait que 3 min. Tu peux rallonger la fin pour arriver à 5 minutes ?", 180,
         0, 120),
    ],
)  # fmt: skip
def test_the_track_as_it_is_and_the_whole_are_no_amounts(text, length, before, after):
    plan = _plan_or_fail(text, length)
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (before, after)


def test_guard_the_tracks_length_beside_a_misread_window_stays_asked():
    # (the track's length told, and the last 20 s, with a word that is also 'lengthen': never 20 s added)
    result = _plan("طول المقطع 3 دقائق، وآخر 20 ثانية فيها نشاز واضح. أعد توليدها.", 180)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint")


def test_a_named_parts_length_is_no_whole():
    # ('make the intro 90 seconds long' of a 60 s track: the intro's, never 30 s added at the end)
    result = _plan("Gör introt 90 sekunder långt", 60)
    assert not (isinstance(result, Plan) and result.arguments.get("extend_after_duration"))


def test_guard_a_question_tells_no_story():
    # ('bitrate 320 or 256, which is better? export mp3': both values asked about, neither dropped as the story's)
    result = _plan("碼率320定係256好啲？導出mp3", 180)
    assert isinstance(result, Question)


# -- A number before a unit of something other than time (CLDR's, in the 50 languages) ----------------------------------
@pytest.mark.parametrize(
    ("text", "length", "key", "value"),
    [
        ("fade out zadnjih 8 sekundi, molim te. platio sam 10 eura za ovo", 120, "fade_out_s", 8),  # hr: euros
        ("pridėk 10 sekundžių pabaigoj, man 22 metai ir čia mano pirmas projektas", 120, "extend_after_duration", 10),
        ("mp3 بجودة 128 كيلوبت، دفعت ١٠ دولار للاشتراك", 120, "bitrate_kbps", 128),  # ar: dollars
        ("ongeza sekunde 20 mwishoni, tumelipa $40 kwa ukumbi", 120, "extend_after_duration", 20),  # a sign before
    ],
)
def test_a_number_of_days_years_or_money_is_no_length(text, length, key, value):
    plan = _plan_or_fail(text, length)
    assert plan.arguments[key] == value


def test_another_unit_after_reads_whole_words_only():
    from ace_step_mcp.router.account import another_unit_after

    assert another_unit_after("1000일이라서", 4)  # (Korean days, glued)
    assert another_unit_after("4 gb. eksportér", 1)
    assert not another_unit_after("4 gbx", 1)  # (a word that only starts like one)
    assert not another_unit_after("30 seconds", 2)
    assert not another_unit_after("320 주세요", 3)  # ('주' is a week and 'give': left out)


def test_lyrics_said_are_with_a_copula_in_chinese():
    plan = _plan_or_fail("想给她做一首中文情歌，民谣风格加吉他，歌词是：我们一起走过 / 你的笑是我最好的歌", None)
    assert plan.arguments["lyrics"] == "我们一起走过 / 你的笑是我最好的歌"


# -- Words from set 154 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tag", "instrumental"),
    [
        ("가사 없이 잔잔한 기타 연주곡 1분 30초짜리", "guitar", True),  # ko: '연주곡' is read as 'no vocals' first
        ("Csinálj egy 40 másodperces, énekhang nélküli zongorás darabot", "piano", True),  # hu: without a singing voice
        ("нужен гимн для выпускного — 2 варианта, рок", "rock", False),  # ru: 'рок' listed beside the takes
    ],
)
def test_styles_and_no_vocals_said_in_set_154(text, tag, instrumental):
    plan = _plan_or_fail(text, None)
    assert tag in plan.arguments["tags"].split(", ")
    assert (plan.arguments.get("lyrics") == "[inst]") is instrumental


@pytest.mark.parametrize(
    ("text", "length", "key", "value"),
    [
        ("pásamela a mp3 a 128kbps, es pa' mandarla por whatsapp a 15 amigos", 120, "bitrate_kbps", 128),
        ("बहन की शादी में 15 दिन बचे हैं, बस इसे flac में दे दो और शुरू में 3 सेकंड का fade in", 120, "fade_in_s", 3),
        ("mình thử 4 lần rồi mà vẫn lỗi, tạo lại đoạn từ 0:45 tới 1:00 giúp nha", 120, "start_time", 45),
    ],
)
def test_friends_days_and_times_told_are_no_lengths(text, length, key, value):
    plan = _plan_or_fail(text, length)
    assert plan.arguments[key] == value


# -- Red team 42 ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Mach 3 neue Versionen", "Zrób 3 nowe wersje", "make 2 korean ballads, 1 min each", "Hazme 3 nuevos jingles"],
)
def test_a_count_before_an_adjective_is_still_asked_or_taken(text):
    # (currency names are not read for other units: 'neue', 'nowe', 'korean', 'nuevos' are adjectives of theirs)
    result = _plan(text, None)
    assert isinstance(result, Question) or (result.takes or 1) > 1


@pytest.mark.parametrize(
    ("text", "length"),
    [("Add 2 minutes at the end to reach 5 minutes", 120), ("Add 1 minute at the end to reach 3 minutes", 60)],
)
def test_an_amount_and_a_whole_that_disagree_are_asked(text, length):
    _question(text, length)


def test_a_whole_that_checks_the_amount_adds_nothing_of_its_own():
    plan = _plan_or_fail("Rallonge la fin de 2 minutes pour arriver à 4 minutes", 120)
    assert plan.arguments["extend_after_duration"] == 120


def test_three_amounts_that_sum_by_chance_are_all_kept():
    text = "Lengthen it by 1 minute. Then put a 30 second intro on it, and finally lengthen it by another 90 seconds."
    result = _plan(text, 60)
    assert isinstance(result, Question) or result.arguments["extend_after_duration"] == 150


@pytest.mark.parametrize(
    "text",
    [
        "Make it a ballad: [Verse] I miss you [Chorus] baby, please don't go",
        "Make a rock song: [Verse] falling apart [Chorus] hold on, keep it together",
        "Hazme una balada: [Verso] te extraño [Coro] amor, por favor no te vayas",
        "Make a song: [Berso] mahal kita [Koro] ikaw lang",  # tl section names
        "பாடல் செய்: [பல்லவி] நிலா நிலா [சரணம்] வா வா",  # ta
    ],
)
def test_lyrics_with_polite_words_and_more_section_names_are_sung(text):
    plan = _plan_or_fail(text, None)
    assert plan.arguments["lyrics"].startswith("[")


# -- Red team 43 ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Make a lo-fi beat with a warm texture [Intro] soft rain and vinyl crackle [Verse] lazy drums and mellow keys",
        "Make it punk: [Verse] I woke up late [Chorus] la la la, make it punk, fast and loud",
        "Hazme una balada: [Verso] te extraño [Coro] vuelve ya, por favor que sea alegre",
        "Make a trap beat: [Intro] soft pads [Rap] hard bass and fast hi-hats",
        "비트 만들어줘: [인트로] 잔잔한 피아노 [절정] 강한 드럼과 베이스",
    ],
)
def test_a_brief_or_an_ask_among_markers_is_never_sung(text):
    result = _plan(text, None)
    lyrics = result.arguments.get("lyrics", "") if isinstance(result, Plan) else ""
    for words in ("vinyl crackle", "fast and loud", "sea alegre", "hard bass", "강한 드럼"):
        assert words not in lyrics


@pytest.mark.parametrize(
    "text", ["make 3 metro boomin type beats, 30 sec each", "make 2 peso pluma type corridos, 1 min each"]
)
def test_a_few_before_a_name_that_starts_like_a_unit_is_still_a_count(text):
    result = _plan(text, None)
    assert isinstance(result, Question) or (result.takes or 1) > 1


def test_a_question_with_one_number_still_asks():
    result = _plan("Peux-tu m'en faire 3 ? Du jazz, 30 secondes chacun.", None)
    assert isinstance(result, Question) or result.takes == 3


# -- Set 153 and 156 -----------------------------------------------------------------------------------------------------
def test_hungarian_polka_said_with_its_case():
    plan = _plan_or_fail("csinálj két változatot egy vidám polkából, kb. 1 perc", None)
    assert "polka" in plan.arguments["tags"].split(", ")
    assert plan.takes == 2


@pytest.mark.parametrize(
    ("text", "seconds"), [("轉做wav，頭尾各fade兩秒", 2), ("首尾各淡入淡出2秒", 2), ("头尾各fade 3秒", 3)]
)
def test_a_fade_at_each_end_in_chinese(text, seconds):
    plan = _plan_or_fail(text, 120)
    assert (plan.arguments["fade_in_s"], plan.arguments["fade_out_s"]) == (seconds, seconds)
