"""Kinds fixed from blind sets 164 to 166 (first run on f0a3090): takes of a regenerated window ('redo 1:05-1:20,
give me 2 options'), a picture's aspect ratio beside a length ('16:9, cut locked at 1:45'), and work briefs. Each
test fails on f0a3090, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None, **fields: object) -> Plan:
    result = _plan(text, length, **fields)
    assert isinstance(result, Plan), result
    return result


def _window(plan: Plan, length: float) -> tuple[float, float]:
    args = plan.arguments
    ends = []
    for key in ("start_time", "end_time"):
        at = float(args[key])
        ends.append(length - at if args.get(f"{key}_relative_to") == "end" else at)
    return ends[0], ends[1]


# -- Takes of a regenerated window -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "length", "window", "takes"),
    [
        ("the part from 1:05 to 1:20 sounds muddy can u redo it, give me 2 options", 240, (65, 80), 2),
        ("regenera desde el segundo 10 hasta el 25, y dame tres versiones", 90, (10, 25), 3),
        ("régénère de 0:00 à 0:12, deux prises", 60, (0, 12), 2),
        ("последние 12 секунд переделай, три варианта", 100, (88, 100), 3),
        ("最后15秒重做，给我两个版本", 120, (105, 120), 2),
        ("dal secondo dieci al secondo venticinque rifallo e dammi due versioni", 60, (10, 25), 2),
    ],
)
def test_takes_of_a_window_regenerated(text, length, window, takes):
    plan = _plan_or_fail(text, length)
    assert plan.tool == "audio_inpaint"
    assert _window(plan, length) == window
    assert plan.takes == takes


@pytest.mark.parametrize(
    "text",
    [
        "redo 1:05-1:20, give me 2 versions: one with piano, one with guitar",  # versions said apart
        "regenera 0:10-0:25 en 3 versiones: una rock, una jazz, una trap",
        "redo 0:10-0:25, give me 9 versions",  # more than one call renders
    ],
)
def test_guard_versions_of_a_window_that_differ_are_asked(text):
    result = _plan(text, 90)
    assert isinstance(result, Question), result
    assert "takes" in result.fields


def test_guard_no_takes_for_two_versions_of_an_intro():
    # ('two versions of a short 15 s intro' beside a track: maybe two new pieces, never takes of an extension)
    result = _plan("Kun je twee versies maken van een korte intro van 15 seconden, met elektrische gitaar?", 600)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


# -- A picture's aspect ratio is no time ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Editing a 16:9 explainer for a fintech client, cut is locked at 1:45. Need an upbeat corporate bed, "
         "no vocals, around 120 bpm", 105),
        ("Je monte un court doc pour une ONG, images d'archives en 4:3. Il me faut une nappe triste, sans voix, "
         "2 min 15.", 135),
        ("企業VPの編集中です（16:9、尺は1分）。明るいピアノ中心のBGMで、ボーカルなし", 60),
        ("Монтирую рекламный ролик для автосалона, 9:16, хронометраж 30 секунд. Нужен энергичный трек без "
         "вокала, 140 bpm", 30),
        ("Montuję reklamę dla sieci kawiarni, format 9:16, 15 sekund. Potrzebuję lekkiego jazzu z pianinem, bez "
         "wokalu", 15),
        ("Ninahariri video ya harusi, 16:9, dakika 2. Nataka muziki wa taarab bila sauti ya kuimba", 120),
        ("cinematic trailer music for a 2.39:1 short, 45 seconds", 45),
    ],
)  # fmt: skip
def test_an_aspect_ratio_beside_a_length_is_no_time(text, duration):
    plan = _plan_or_fail(text, None)
    assert plan.tool.startswith("text_to_audio")
    assert plan.arguments["duration"] == duration


def test_guard_nine_sixteen_is_a_time_in_a_long_track_or_a_range():
    plan = _plan_or_fail("redo 9:16 to 9:30, there's a click", 3600)
    assert plan.tool == "audio_inpaint" and _window(plan, 3600) == (556, 570)
    plan = _plan_or_fail("regenerate from 9:16 to 9:30", 600)
    assert _window(plan, 600) == (556, 570)


def test_guard_two_digit_seconds_stay_a_time():
    plan = _plan_or_fail("a techno track of 1:05, no vocals", None)
    assert plan.arguments["duration"] == 65


# -- No vocals in the word order the tables lacked -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "लगभग २ मिनेट। बिना भोकलको मधुर बाँसुरी संगीत चाहियो",  # ne: 'without vocals', the loanword after
        "1 நிமிடம் 30 வினாடி. வோக்கல் இல்லாத மென்மையான veena இசை வேண்டும்",  # ta: 'vocal-less'
    ],
)
def test_no_vocals_in_more_word_orders(text):
    plan = _plan_or_fail(text, None)
    assert plan.arguments.get("lyrics") == "[inst]"


# -- Takes of a window only where the last words ask for them (red team 49) ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "redo 0:40-0:55, 2 versions, a rock one and a jazz one",  # versions said to differ after the count
        "regenera 0:40-0:55, dame 2 versiones: rock, jazz",  # a list of two after a colon
        "0:40-0:55 neu, zwei Versionen, mit und ohne Schlagzeug",
        "0:40到0:55重做，快的和慢的各一个",
        "0:40〜0:55をやり直して、明るいのと暗いの2パターン",
        "I have 2 versions of this song, redo 0:40-0:55 in this one, the snare is off",  # versions that exist
        "j'ai déjà fait 3 versions, refais juste 0:40-0:55",
        "之前那两个版本都不行，把0:40到0:55重做一下",
        "regenerate 0:40-0:55, the singer's 2 takes clash there",
    ],
)
def test_versions_beside_a_window_that_are_no_takes_of_it_are_never_paid_as_takes(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result


@pytest.mark.parametrize(
    ("text", "takes"),
    [
        ("the bit from 0:40 to 0:55 is messy, regenerate it and give me 3 options", 3),
        ("أعد توليد المقطع من 0:40 إلى 0:55، وأعطني نسختين", 2),
        ("3ayez a3ml regenerate lel goz2 men 2:00 le 2:30, 3 nos5 law mumkin", 3),  # Arabizi 'nos5', copies
    ],
)
def test_takes_of_a_window_asked_in_the_last_words(text, takes):
    plan = _plan_or_fail(text, 180)
    assert plan.tool == "audio_inpaint" and plan.takes == takes


# -- A language's short name is no prefix of another word --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "write a country song about my dog Rusty, lyrics:\n[Verse]\nRusty waits by the door\n[Chorus]\nGood boy",
        "rustic folk song with vocals about home",
    ],
)
def test_rusty_and_rustic_are_not_russian(text):
    plan = _plan_or_fail(text, None)
    assert "russian" not in plan.arguments["tags"]


# -- No vocals in more words ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Búðu til rólegt lag með píanói, engin söngur, tvær mínútur",  # is
        "వీణతో ఒక కొత్త ఇన్\u200cస్ట్రుమెంటల్ ట్యూన్, రెండు నిమిషాలు",  # te: instrumental
    ],
)
def test_no_vocals_in_more_words(text):
    plan = _plan_or_fail(text, None)
    assert plan.arguments.get("lyrics") == "[inst]"


# -- 'By a minute' with no number, and takes said 'with' --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "predĺž to o minútu na konci",
        "prodluž to na konci o minutu",
        "Wydłuż to o minutę na końcu.",
        "продли на минуту в конце",
    ],
)
def test_by_a_minute_is_sixty_seconds_more(text):
    plan = _plan_or_fail(text, 240)
    assert plan.tool == "audio_outpaint"
    assert plan.arguments["extend_after_duration"] == 60 and plan.arguments["extend_before_duration"] == 0


# -- A bitrate spelled out in a script past Latin ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kbps"),
    [
        ("экспортируй в mp3 ну скажем двести пятьдесят шесть килобит", 256),
        ("экспортируй в mp3 сто девяносто два килобита", 192),
        ("صدرها بصيغة mp3 بمعدل مئة واثنين وتسعين كيلوبت", 192),  # 'a hundred and two and ninety'
    ],
)
def test_a_bitrate_spelled_out_beyond_latin(text, kbps):
    plan = _plan_or_fail(text, 200)
    assert plan.tool == "process_track" and plan.arguments["bitrate_kbps"] == kbps


def test_a_bitrate_unit_whose_number_is_unread_is_asked():
    result = _plan("mp3 مية وتمانية وعشرين كيلوبت", 200)
    assert isinstance(result, Question) and "bitrate_kbps" in result.fields


def test_guard_latin_spelled_bitrates_stay_read():
    plan = _plan_or_fail("Export it as mp3 at three twenty kbps", 200)
    assert plan.arguments["bitrate_kbps"] == 320
    plan = _plan_or_fail("exporta en mp3 a ciento noventa y dos kbps", 200)
    assert plan.arguments["bitrate_kbps"] == 192


# -- Red team 50: counts beside a window that are no takes of it; 'o' + a minute; Thai in the Romance languages ----------
@pytest.mark.parametrize(
    "text",
    [
        "redo 0:40-0:55 with 2 takes of the guitar layered",  # parts of the track, said 'with'
        "regenera 0:40-0:55 com 3 faixas de voz",
        "regenerate 0:40-0:55, make 2 loops of the riff",  # a count of loops, no versions
        "0:40-0:55 yeniden yap, 2 tane davul fill ekle",
        "redo 0:40-0:55, don't give me 2 versions",  # refused
        "rehaz 0:40-0:55, no quiero 2 versiones",
        "0:40到0:55重做，不要给我两个版本",
        "redo 0:40-0:55, 3 options would be overkill",  # judged
    ],
)
def test_a_count_beside_a_window_that_asks_no_takes_is_never_paid_as_takes(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result


@pytest.mark.parametrize(
    "text",
    [
        "spóźniłem się o minutę, zrób piosenkę o tym",
        "píseň o tom, jak o minutu zmeškal vlak",
        "prośba o minutę ciszy, smutna piosenka",
    ],
)
def test_o_a_minute_that_is_no_amount_is_no_length(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("duration") == 60), result


@pytest.mark.parametrize(
    "text", ["una balada romántica en tailandés, voz femenina", "una canzone pop cantata in tailandese"]
)
def test_thai_in_the_romance_languages_is_still_thai(text):
    plan = _plan_or_fail(text, None)
    assert "thai" in plan.arguments["tags"]


@pytest.mark.parametrize("text", ["ఇన్\u200cస్ట్రుమెంటల్ వద్దు, పాట కావాలి", "인스트 말고 노래로 해줘"])
def test_guard_an_instrumental_refused_is_sung(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


# -- A value taken back as dictated: 'nein', 'ой нет', 'ai no', 'لا خليها', a range's 'to' left hanging ---------------
@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("ähm ich brauch ein techno stück eine minute nein eineinhalb minuten für mein intro video", 90),
        ("fes me una rumba catalana de tres minuts ai no de dos minuts", 120),
        ("سوي لي مقطوعة إلكترونية دقيقة ونص لا خليها دقيقتين", 120),
        ("давай рок балладу две минуты ой нет три минуты", 180),
    ],
)
def test_a_length_taken_back_gives_the_second(text, duration):
    plan = _plan_or_fail(text, None)
    assert plan.arguments["duration"] == duration


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("redo from 10 to uh, scratch that, 12 to 30 seconds", (12, 30)),
        ("dal secondo 40 al... no aspetta, dal 45 al 70, rifallo", (45, 70)),
        ("die letzten fünfzehn äh nein zwanzig sekunden klingen komisch mach die neu", (180, 200)),
    ],
)
def test_a_window_taken_back_gives_the_second(text, window):
    assert _window(_plan_or_fail(text, 200), 200) == window


def test_uk_oi_ni_takes_the_intro_back():
    plan = _plan_or_fail("додай вступ десять секунд ой ні п'ятнадцять", 200)
    assert plan.arguments["extend_before_duration"] == 15


# -- Polish, Czech and Slovak 'ten' (that) before the part it names ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Klient mówi, że od 1:15 do 1:28 wokal jest za głośny - wygeneruj ponownie tylko ten fragment", (75, 88)),
        ("Klient hovorí, že od 0:40 do 0:52 tam praská, pregeneruj len ten úsek", (40, 52)),
        ("Fajne, ale od 0:40 do 0:52 perkusja się gubi. Przegeneruj tylko ten fragment.", (40, 52)),
    ],
)
def test_ten_before_the_part_is_that_not_ten(text, window):
    assert _window(_plan_or_fail(text, 200), 200) == window


def test_guard_english_ten_stays_ten():
    assert _plan_or_fail("fade out the last ten seconds", 200).arguments["fade_out_s"] == 10


# -- Red team 51: corrections that are none, and refusals of a window's takes --------------------------------------------
@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Ein Popsong, 3 Minuten, nein, 2 Strophen und ein Refrain", 180),  # the verses are counted, not a length
        ("una canción de 2 minutos, ay no, 3 estrofas y un estribillo", 120),
        ("kołysankę na pianinie bez śpiewu czterdzieści sekund a nie czekaj minutę", 60),
    ],
)
def test_a_length_is_taken_back_only_by_a_length(text, duration):
    result = _plan(text, None)  # (the length said, or a question; never the count of verses as the length)
    assert isinstance(result, Question) or result.arguments["duration"] == duration, result


def test_a_tempo_does_not_take_a_length_back():
    plan = _plan_or_fail("أغنية 3 دقائق لا خليها بطيئة 90 bpm", None)
    assert plan.arguments.get("duration") == 180


def test_a_hanging_to_before_a_corrected_end_is_asked():
    result = _plan("alárgala de 3 a, o sea, 4 minutos", 180)
    assert not (isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 240), result


@pytest.mark.parametrize(
    "text",
    [
        "0:40-0:55 arasını yeniden yap, 2 versiyon istemem",
        "переделай 0:40–0:55, 2 варианта ни к чему",
        "0:40到0:55重做，两个版本就算了",
        "0:40〜0:55を作り直して、2パターンじゃなくていい",
        "redo 0:40-0:55. 2 versions? nah just one",
    ],
)
def test_a_window_count_refused_after_it_is_no_takes(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result


@pytest.mark.parametrize(
    "text",
    ["redo 0:40-0:55, give me 2 versions to be safe", "rehaz 0:40-0:55, dame 2 versiones si es posible"],
)
def test_takes_of_a_window_beside_plain_words(text):
    plan = _plan_or_fail(text, 180)
    assert plan.takes == 2


def test_serbian_cyrillic_bitrate_in_words():
    assert _plan_or_fail("извези у mp3 двеста педесет шест kbps", 200).arguments["bitrate_kbps"] == 256


# -- A new one, said in more languages, beside an open track ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "sem voz dessa vez, uma nova, 2 min",
        "teď novou, bez zpěvu, 2 min",
        "nu een nieuwe zonder zang, twee minuten",
        "új szám, ének nélkül, másfél perc",
        "bu sefer vokalsiz yeni bir tane, 2 dakika",
        "καινούργιο κομμάτι, rebetiko, χωρίς φωνή, 2 λεπτά",
        "이번엔 노래 없이 새로 하나, 2분",
        "整首新嘅，唔要人聲，兩分鐘",
    ],
)
def test_a_new_one_beside_an_open_track_is_a_new_piece(text):
    plan = _plan_or_fail(text, 150)
    assert plan.tool.startswith("text_to_audio") and "audio" not in plan.arguments
    assert plan.arguments["lyrics"] == "[inst]"


def test_guard_a_part_made_anew_is_no_new_piece():
    result = _plan("후렴을 새로 하나 만들어줘, 20초", 150)  # a new chorus
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


def test_a_length_taken_back_with_no_value_read_after_is_asked():
    result = _plan("καινούργιο κομμάτι για το γυμναστήριο techno δύο λεπτά όχι περίμενε ενάμισι", None)
    assert isinstance(result, Question) and "duration" in result.fields


# -- Another like this in Chinese; a bitrate tied to the format by a word ----------------------------------------------
@pytest.mark.parametrize("text", ["再来一首差不多的", "再来一首类似的，快一点"])
def test_another_one_like_this_in_chinese_is_asked(text):
    assert isinstance(_plan(text, 150), Question)


def test_guard_chabuduo_before_a_length_is_about():
    plan = _plan_or_fail("再来一首新歌，摇滚，差不多两分钟", 150)
    assert plan.tool.startswith("text_to_audio") and plan.arguments["duration"] == 120


@pytest.mark.parametrize("text", ["导出mp3，192的", "192'lik mp3 olarak gönder", "nitumie mp3 ya 192"])
def test_a_bitrate_tied_to_the_format_by_a_word(text):
    plan = _plan_or_fail(text, 150)
    assert plan.arguments["output_format"] == "mp3" and plan.arguments["bitrate_kbps"] == 192


# -- Review: a run of hesitation letters is linear; versions said apart after a window's count; 'para 9:16' ----------
def test_a_run_of_hesitation_letters_is_read_once():
    # 'eeee…' split as ee+eee in every way was exponential (64 letters: 80 s); 400 would never end, under the suite's
    # timeout. Read once, the request is answered, never with the fade taken back ('no wait 7 s').
    result = _plan("fade out 5 s " + "e" * 400 + ", no wait 7 s", 100)
    assert not (isinstance(result, Plan) and result.arguments.get("fade_out_s") == 5), result
    assert _plan_or_fail("fade out 5 s eeee, no wait 7 s", 100).arguments["fade_out_s"] == 7


@pytest.mark.parametrize(
    "text",
    [
        "redo 1:05-1:20, give me 2 versions one faster one slower",
        "1:05到1:20重做，给我两个版本一个快一个慢",
        "redo 1:05-1:20, give me 2 versions happy sad",
    ],
)
def test_versions_said_apart_after_a_window_count_are_asked(text):
    result = _plan(text, 240)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result


def test_para_nine_sixteen_is_a_ratio():
    assert _plan_or_fail("haz una canción para 9:16, 30 segundos", None).arguments["duration"] == 30


def test_a_latin_word_before_a_cyrillic_bitrate_run():
    plan = _plan_or_fail("convert it to mp3 at двести пятьдесят шесть kbps", 200)
    assert plan.arguments["bitrate_kbps"] == 256


def test_a_loudness_is_not_taken_back_by_a_bitrate():
    result = _plan("mp3, -14 lufs no wait 320 kbps", 200)
    assert not (isinstance(result, Plan) and result.arguments.get("loudness_lufs") is None), result
