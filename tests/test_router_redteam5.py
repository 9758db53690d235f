"""The fifth red-team set (tests/router_cases_redteam5.py): 277 requests in all 50 languages, written and
labelled before they were run. No silent wrong plan, words only or with the fields a careful agent fills; every
question names the fields that settle it; and the rates measured after the fixes of this round. Then one test
per fix, each failing on the router before it (main at 9e303e2 planned 17 of the set silently wrong)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_cases_redteam5 import BIG12, R5
from tests.router_score import blind_set_holds

TRACK = "trk_0123456789ab"

# Measured after the fixes (words only: 12 first 112/140, others 120/137; with fields 129/140, 135/137).
# Before them: words 79/140 and 102/137 with 17 silent wrong; with fields 110/140 and 120/137 with 8.
FLOORS = {"words": (0.79, 0.87), "fields": (0.91, 0.98)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_no_silent_wrong_plan_on_the_fifth_set_and_its_measured_floor(how):
    blind_set_holds(R5, BIG12, how, FLOORS)


def _plan(text: str, length: float | None = None) -> Plan | Question:
    tags = "indie pop, electric guitar, 120 BPM" if length else None  # a track of ours carries its tags
    return plan(Request(request=text, audio=TRACK if length else None, audio_length_s=length, source_tags=tags))


@pytest.mark.parametrize("text", ["convert to flac", "export as wav", "konvertier das in wav", "mp3 formatına çevir",
                                  "convierte a mp3", "convert it to mp3"])  # fmt: skip
def test_a_conversion_with_no_track_asks_for_the_track_not_a_render_styled_by_the_format(text):
    # Before: text_to_audio with tags 'flac' (a paid render of the format's name).
    got = _plan(text)
    assert isinstance(got, Question) and got.kind == "audio" and got.fields == ("audio",)


def test_a_conversion_beside_a_style_is_still_a_new_piece():
    got = _plan("export a lo-fi beat as wav")
    assert isinstance(got, Plan) and got.tool.startswith("text_to_audio") and got.deliver["output_format"] == "wav"


@pytest.mark.parametrize(
    "text",
    ["mach ihn 3 Minuten lang, hinten verlängern", "अंत में जोड़कर इसे ३ मिनट का कर दो", "在结尾延长，让整首变成3分钟",
     "make it 3 minutes long"],
)  # fmt: skip
def test_a_total_length_after_its_number_is_the_whole_tracks(text):
    # Before: '3 Minuten lang' / '3 मिनट का कर दो' / '变成3分钟' on a 120 s track added 180 s (a 300 s track).
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "audio_outpaint"
    assert got.arguments["extend_after_duration"] == 60 and got.arguments["extend_before_duration"] == 0


def test_a_long_intro_is_still_an_amount():
    got = _plan("add a 20 second long intro", 120.0)
    assert isinstance(got, Plan) and got.arguments["extend_before_duration"] == 20


@pytest.mark.parametrize(
    ("text", "excluded"),
    [("a lullaby without piano, strings, 90 seconds", "piano"), ("um lo-fi, sem piano, 1m30s", "piano"),
     ("techno ohne drums, 2 min", "drums")],
)  # fmt: skip
def test_a_style_term_after_a_negation_is_excluded_not_asked_for(text, excluded):
    # Before: 'without piano' put 'piano' in the tags.
    got = _plan(text)
    assert isinstance(got, Plan)
    tags = [t.strip() for t in got.arguments["tags"].split(",")]
    assert excluded not in tags and f"no {excluded}" in tags


@pytest.mark.parametrize(
    ("text", "key"),
    [("house groove in D minor, 1 min", "D minor"), ("sixties surf rock in E major, 2 min", "E major"),
     ("un bolero en re menor, 2 minutos", "D minor"), ("Techno in a-Moll, 3 Minuten", "A minor"),
     ("um lo-fi em lá menor, 1m30s", "A minor"), ("джаз, ре минор, полторы минуты", "D minor"),
     ("D小调的氛围音乐，一分半", "D minor"), ("ballad in f# minor, 2 min", "F# minor")],
)  # fmt: skip
def test_a_key_is_kept_as_a_tag(text, key):
    # Before: 'in D minor' and every other key was dropped from the tags (the music's key unsaid).
    got = _plan(text)
    assert isinstance(got, Plan) and key in got.arguments["tags"]


def test_a_key_beside_an_unlisted_genre_keeps_the_genre_and_a_minor_change_is_no_key():
    got = _plan("un bolero en re menor, 2 minutos")
    assert isinstance(got, Plan) and "bolero" in got.arguments["tags"]
    got = _plan("a minor key jazz tune, 1 min")
    assert isinstance(got, Plan) and "A minor" not in got.arguments["tags"]


def test_a_worded_decade_and_listed_instruments_are_kept():
    got = _plan("sixties surf rock, two and a half minutes")
    assert isinstance(got, Plan) and "60s" in got.arguments["tags"] and "surf rock" in got.arguments["tags"]
    got = _plan("a lullaby, just music box and strings, 90 seconds")
    assert isinstance(got, Plan) and "music box" in got.arguments["tags"]


@pytest.mark.parametrize(
    "text",
    ["2分のシティポップを3パターン作って", "给我三个版本，一分钟的电子舞曲", "1분짜리 케이팝 트랙 세 가지 버전으로 만들어줘",
     "gawa ka ng 3 version ng 1 minutong OPM song"],
)  # fmt: skip
def test_several_takes_counted_in_any_script_are_the_plans_takes(text):
    # Before: one render, with '三个版本' / 'パターン' / '버전' as tags; then a question naming `takes`. Every
    # held-out labeller read 'three versions of X' as three takes of X, so the count is planned (each take is
    # paid and the estimate and confirmation cover all of them).
    got = _plan(text)
    assert isinstance(got, Plan) and got.takes == 3 and got.arguments["duration"] == 60 + 60 * text.startswith("2分")
    assert isinstance(plan(Request(request=text, takes=3)), Plan)
    assert isinstance(plan(Request(request=text, takes=2)), Question)  # the field and the words disagree


@pytest.mark.parametrize(
    ("lyrics", "language"),
    [("[Куплет]\nЯ іду додому через поле\n[Приспів]\nНе йди, моя зоре", "ukrainian"),
     ("[Куплет]\nАз вървя сама по улицата\n[Припев]\nНе си отивай", "bulgarian"),
     ("[Строфа]\nЈа те волим\n[Рефрен]\nНемој да одеш", "serbian"),
     ("[Verse]\nمیں تمہیں یاد کرتا ہوں\n[Chorus]\nمت جاؤ", "urdu"),
     ("[Verse]\nساعت ۳:۱۵ شب است\nهنوز بیدارم\n[Chorus]\nنرو", "persian"),
     ("[Verse]\nम तिमीलाई सम्झिन्छु\n[Chorus]\nनजाऊ है", "nepali"),
     ("[Verse]\nفي الساعة 3:15 فجراً\nما زلت أفكر فيك\n[Chorus]\nلا ترحل", "arabic"),
     ("[Куплет]\nВ 6:45 звонит будильник\n[Припев]\nНе уходи", "russian"),
     ("[Verse]\nसुबह 6:30 बजे तेरी याद आई\n[Chorus]\nमत जा", "hindi")],
)  # fmt: skip
def test_lyrics_are_sung_in_their_language_not_in_their_scripts_first(lyrics, language):
    # Before: every Cyrillic text was Russian, every Arabic-script text Arabic, every Devanagari text Hindi.
    got = _plan("pop song, lyrics:\n" + lyrics)
    assert isinstance(got, Plan) and f"{language} vocal" in got.arguments["tags"]


@pytest.mark.parametrize(
    ("text", "key", "seconds"),
    [("utnij ostatnie 5 sekund", "trim_end_s", 5), ("coupe les 8 dernières secondes", "trim_end_s", 8),
     ("schneide die ersten 3 Sekunden ab", "trim_start_s", 3), ("taglia i primi 6 secondi", "trim_start_s", 6),
     ("最初の3秒をカットして", "trim_start_s", 3), ("把最后5秒剪掉", "trim_end_s", 5),
     ("обрежь последние 7 секунд", "trim_end_s", 7), ("knip de laatste 5 seconden eraf", "trim_end_s", 5)],
)  # fmt: skip
def test_cutting_the_first_or_last_seconds_is_the_free_trim_in_any_language(text, key, seconds):
    # Before: 'utnij ostatnie 5 sekund' regenerated the last 5 s (paid); the others asked.
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "process_track" and got.arguments[key] == seconds


@pytest.mark.parametrize(
    ("text", "key"),
    [("quita los últimos 5 segundos", "trim_end_s"), ("убери последние 5 секунд", "trim_end_s"),
     ("quítale los primeros 5 segundos", "trim_start_s"), ("احذف آخر ٥ ثوانٍ", "trim_end_s"),
     ("앞부분 5초 잘라줘", "trim_start_s")],
)  # fmt: skip
def test_taking_away_the_first_or_last_seconds_is_the_free_trim(text, key):
    # Before: asked (a verb that removes was read as maybe silencing); every held-out labeller read a cut, which
    # is free and keeps the original. '앞부분' (the front part) was read as '앞부' + '분' (minutes).
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "process_track" and got.arguments[key] == 5


def test_removing_something_in_the_last_seconds_is_still_asked():
    assert isinstance(_plan("quita la guitarra de los últimos 10 segundos", 120.0), Question)


@pytest.mark.parametrize(
    ("text", "key", "seconds"),
    [("fade out the last 6 seconds", "fade_out_s", 6), ("fais un fondu de sortie de 4 secondes", "fade_out_s", 4),
     ("am Ende 5 Sekunden ausblenden", "fade_out_s", 5), ("fade in 3 seconds", "fade_in_s", 3),
     ("einblenden 2 Sekunden", "fade_in_s", 2)],
)  # fmt: skip
def test_a_plain_fade_of_the_track_is_the_free_fade_in_any_language(text, key, seconds):
    # Before: 'fade out the last 6 seconds' asked (cut, fade or regenerate?); the others asked edit or extend.
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "process_track" and got.arguments[key] == seconds


@pytest.mark.parametrize(
    "text", ["fade out the vocals in the last 6 s", "fade 5 seconds", "ausblenden und einblenden, 4 s"]
)
def test_a_fade_of_something_else_or_of_no_clear_way_or_length_is_asked(text):
    assert isinstance(_plan(text, 120.0), Question)


def test_a_new_piece_that_is_a_loop_is_made_to_loop():
    # Before: 'make a 30 second loop in wav' delivered a wav that does not loop.
    got = _plan("make a 30 second loop in wav, lo-fi hip hop")
    assert isinstance(got, Plan) and got.deliver == {"output_format": "wav", "loop": True}
    got = _plan("a song called Loop de Loop, indie pop")
    assert isinstance(got, Plan) and "loop" not in got.deliver


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("lofi beat, two minutes and a half", 150), ("a song of three minutes and a half, rock", 210),
     ("rock, 2 minutes and a half", 150), ("un minuto y medio de salsa", 90), ("a minute and a half of jazz", 90)],
)  # fmt: skip
def test_a_count_of_minutes_and_a_half_is_read_whole(text, seconds):
    # Before: 'two minutes and a half' was read 'two 1.5 min' (90 s and a stray 2: asked, and 'make it two
    # minutes and a half long' on a 120 s track was refused as 'make it 90 s').
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds
    got = _plan("make it two minutes and a half long", 120.0)
    assert isinstance(got, Plan) and got.arguments["extend_after_duration"] == 30


def test_a_style_term_used_as_a_verb_is_no_sound_and_what_it_takes_out_is_excluded():
    # Before: 'drop the drums in the last 20 seconds' regenerated them with tags 'drop, drums'.
    got = _plan("drop the drums in the last 20 seconds", 120.0)
    assert isinstance(got, Plan) and got.tool == "audio_inpaint"
    tags = [t.strip() for t in got.arguments["tags"].split(",")]
    assert "no drums" in tags and "drums" not in tags and "drop" not in tags
    got = _plan("replace 0:30-0:45 with a drop", 120.0)
    assert isinstance(got, Plan) and "drop" in got.arguments["tags"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("rifai 10 secondi a partire da 0:50", 50, 60), ("refaz 10 segundos a partir de 0:50", 50, 60),
     ("rehaz 15 segundos a partir del minuto 2", 120, 135), ("refais à partir de 0:30 pendant 10 secondes", 30, 40),
     ("0:30から10秒間を作り直して", 30, 40), ("从0:30开始重做10秒", 30, 40), ("0:30부터 10초 동안 다시 만들어줘", 30, 40),
     ("перегенерируй 10 секунд начиная с 0:30", 30, 40), ("0:30 से शुरू करके 10 सेकंड दोबारा बनाओ", 30, 40),
     ("أعد توليد 10 ثوانٍ بدءًا من 0:30", 30, 40), ("redo from 0:30 to 45 s", 30, 45),
     ("regenerate 20 s から 35 s まで", 20, 35)],
)  # fmt: skip
def test_a_start_and_a_length_is_the_window_from_the_start(text, start, end):
    # Before: each of the first ten asked for the window ('0:30から10秒間' even as '30-10 s, which ends before it
    # starts'); a range joined by a 'to' word stays a range.
    got = _plan(text, 180.0)
    assert isinstance(got, Plan) and got.tool == "audio_inpaint"
    assert (got.arguments["start_time"], got.arguments["end_time"]) == (start, end)
    assert "partir" not in got.arguments["tags"] and "开始" not in got.arguments["tags"]


def test_a_length_in_a_second_clause_is_not_the_windows():
    assert isinstance(_plan("redo from 1:00 and add 10 s at the end", 180.0), Question)


def test_the_language_sung_in_does_not_displace_the_requests_own_style_word():
    # Before: 'balada 3 minutos, letra: …' was tagged 'spanish vocal' alone (the ballad dropped).
    got = _plan("balada 3 minutos, letra:\n[Verso]\nDos minutos más contigo\n[Coro]\nA las 10:45 te vi")
    assert isinstance(got, Plan) and "balada" in got.arguments["tags"] and got.arguments["duration"] == 180


def test_a_time_signature_is_no_length():
    # Before: 'song in 3/4 time' was refused as a 14,400 s piece ('4 time': four hours in Danish).
    got = _plan("song in 3/4 time, waltz, 2 min")
    assert isinstance(got, Plan) and got.arguments["duration"] == 120


@pytest.mark.parametrize(
    ("text", "kept"),
    [("drei Minuten Jazz ohne Schlagzeug", "ohne schlagzeug"), ("três minutos de bossa nova sem bateria", "sem bateria"),
     ("tre minuti di jazz senza pianoforte", "senza pianoforte"), ("tre minuter jazz utan trummor", "utan trummor"),
     ("un morceau house sans batterie, 2 min", "sans batterie")],
)  # fmt: skip
def test_what_a_request_excludes_in_its_own_words_stays_in_the_tags(text, kept):
    # Before: 'Jazz ohne Schlagzeug' was tagged 'jazz' (the exclusion dropped: the render would have drums).
    got = _plan(text)
    assert isinstance(got, Plan) and kept in got.arguments["tags"]


@pytest.mark.parametrize(
    "text",
    ["alárgala hasta los 3 minutos añadiendo al final", "最後に足して全体で3分にして", "thêm 10 giây vào cuối",
     "۲۰ ثانیه به آخرش اضافه کن", "maak hem 3 minuten lang door aan het eind toe te voegen", "prodluž konec o 30 sekund",
     "produži kraj za 20 sekundi"],
)  # fmt: skip
def test_an_addition_with_its_side_named_anywhere_or_to_a_total_goes_after(text):
    # Before: each asked where the added seconds go (the side word not next to the number, or not in the table).
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "audio_outpaint"
    assert got.arguments["extend_before_duration"] == 0 and got.arguments["extend_after_duration"] > 0


def test_an_addition_with_no_side_is_still_asked():
    assert isinstance(_plan("add 10 seconds", 120.0), Question)


@pytest.mark.parametrize(
    "text",
    ["направи ми парче от две минути, без вокал, в стила на 80-те", "ένα κομμάτι δύο λεπτών χωρίς φωνή, στυλ δεκαετίας του 80",
     "lagu pop tahun 80-an tanpa drum, dua menit", "synthpop i 80-talsstil, två och en halv minut, utan sång",
     "nhạc thập niên 80, không lời, hai phút", "שיר של שתי דקות בלי שירה, סגנון שנות ה-80", "pjesma u stilu 80-ih, 2 minute",
     "80-luvun syntikkapop, 2 minuuttia"],
)  # fmt: skip
def test_a_decade_in_more_languages_is_a_style_tag(text):
    # Before: '80-те', 'δεκαετίας του 80', 'tahun 80-an', '80-tal', 'thập niên 80' asked what the 80 was for.
    got = _plan(text)
    assert isinstance(got, Plan) and "80s" in got.arguments["tags"]


@pytest.mark.parametrize(
    "text", ["zrób z tego pętlę", "mach einen Loop daraus", "faça um loop em wav", "сделай луп", "اجعلها حلقة متكررة",
             "döngü yap, mp3", "tee siitä luuppi"]
)  # fmt: skip
def test_a_track_made_a_loop_in_any_language_is_the_free_loop(text):
    # Before: each asked whether to regenerate a range or extend (or that the plan did not loop the track).
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == "process_track" and got.arguments["loop"] is True


def test_looping_a_section_is_not_looping_the_track():
    assert isinstance(_plan("loop the chorus", 120.0), Question)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("موسيقى هادئة مدتها دقيقة", 60), ("عزف عود هادئ، دقيقة ونصف", 90), ("ثلاث دقائق من الجاز", 180),
     ("موسيقى جاز لمدة ثلاث دقائق", 180), ("خمس دقائق من موسيقى التأمل", 300), ("عشر ثوان من الطبول", 10)],
)  # fmt: skip
def test_arabic_lengths_in_the_numerals_short_form_and_a_bare_minute(text, seconds):
    # Before: each asked for the length ('ثلاث دقائق': the short numeral form was not in the number table).
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds


@pytest.mark.parametrize(
    "text",
    ["أعطني ثلاث نسخ من مقطوعة مدتها دقيقة", "зроби три версії хвилинного треку", "gör tre versioner av en låt på en minut",
     "दो मिनट के बॉलीवुड गाने के तीन वर्शन बनाओ", "bikin 3 versi lagu dangdut 1 menit"],
)  # fmt: skip
def test_a_count_of_versions_in_words_of_any_language_is_the_plans_takes(text):
    # The first was a single render once 'مدتها دقيقة' was read; the others asked what the 3 was for.
    got = _plan(text)
    assert isinstance(got, Plan) and got.takes == 3 and "duration" in got.arguments
    assert "3 takes of the same request" in got.why()


@pytest.mark.parametrize(
    "text",
    ["two versions, one with vocals and one without, 1 minute of synthwave",
     "3 versions of a 30 s jingle in different styles",
     "dos versiones de un minuto, una lenta y otra rápida",
     "zwei Versionen, eine ruhige und eine andere schnelle, 1 Minute",
     "две версии минутного трека: одна спокойная, а другая быстрая",
     "两个版本，一个慢的另一个快的，一分钟"],
)  # fmt: skip
def test_versions_that_differ_from_each_other_are_asked_about_not_rendered_as_takes(text):
    got = _plan(text)
    assert isinstance(got, Question), got
    if text.isascii():
        assert got.fields == ("takes",) and "pieces that differ" in got.text


def test_more_versions_than_takes_allows_is_asked_about():
    got = _plan("give me 6 versions of a 30 second jingle")
    assert isinstance(got, Question) and got.fields == ("takes",) and "at most 4" in got.text


def test_haitian_creole_lyrics_are_sung_in_haitian_creole():
    # Before: 'Mwen renmen ou cheri / Pa janm kite m' was sung in Turkish (lingua has no Haitian Creole model).
    got = _plan("chante konpa:\n[Verse]\nMwen renmen ou cheri\nPa janm kite m\n[Chorus]\nVini avè m")
    assert isinstance(got, Plan) and "haitian creole vocal" in got.arguments["tags"]
    assert "chante konpa" in got.arguments["tags"]


@pytest.mark.parametrize(
    ("lyrics", "language"),
    [("[Vers]\nÉg elska þig svo mikið\nEkki fara frá mér\n[Viðlag]\nVertu hjá mér", "icelandic"),
     ("[Bənd]\nSəni çox sevirəm\nMəni tərk etmə\n[Nəqərat]\nYanımda qal", "azerbaijani"),
     ("[Verse]\nSeni çok seviyorum\nBeni bırakma\n[Chorus]\nYanımda kal", "turkish")],
)  # fmt: skip
def test_letters_only_one_language_writes_name_it_where_lingua_has_no_model(lyrics, language):
    # Before: the Icelandic lyrics were sung in Finnish and the Azerbaijani ones in Tagalog (ə was not even read
    # as a letter, and lingua, with no model of either, guessed).
    got = _plan("song, lyrics:\n" + lyrics)
    assert isinstance(got, Plan) and f"{language} vocal" in got.arguments["tags"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("regenerate at 1:30 for 15 seconds", 90, 105), ("regenerate 15 seconds starting at the 2 minute mark, sax solo there", 120, 135),
     ("redo 10 seconds from 1:00", 60, 70), ("the part at 1:10 for 10 seconds is off, redo it", 70, 80)],
)  # fmt: skip
def test_a_start_and_a_length_in_english_words(text, start, end):
    # Before: each asked for the window (English units stay 'seconds', 'the 2 minute mark').
    got = _plan(text, 180.0)
    assert isinstance(got, Plan) and (got.arguments["start_time"], got.arguments["end_time"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "tool", "key", "value"),
    [("مدّدها إلى 3 دقائق بالإضافة في النهاية", "audio_outpaint", "extend_after_duration", 60),
     ("مدد الأغنية إلى 3 دقائق", "audio_outpaint", "extend_after_duration", 60),
     ("أضف 10 ثوان إلى النهاية", "audio_outpaint", "extend_after_duration", 10),
     ("أعد توليد آخر 10 ثوانٍ", "audio_inpaint", "start_time", 10), ("قص آخر 5 ثوان", "process_track", "trim_end_s", 5)],
)  # fmt: skip
def test_arabic_edits_read_without_vowel_marks_and_with_arabic_totals(text, tool, key, value):
    # Before: 'مدّدها' (with a shadda) was no extend verb, 'إلى 3 دقائق' added 180 s where the plan was forced,
    # 'إلى النهاية' was no side, and 'آخر' (last) was read as Persian 'end', losing the window.
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.tool == tool and got.arguments[key] == value


@pytest.mark.parametrize("text", ["أزل الجيتار من آخر 10 ثوان", "coupe la guitare des 10 dernières secondes"])
def test_removing_something_from_the_last_seconds_is_asked_not_trimmed_nor_regenerated(text):
    # 'أزل الجيتار من آخر 10 ثوان' (remove the guitar from the last 10 s) must not become a trim. ('احذف آخر ٥ ثوانٍ',
    # remove the last 5 s, is the trim: test_taking_away_the_first_or_last_seconds_is_the_free_trim.)
    assert isinstance(_plan(text, 120.0), Question)


def test_the_first_seconds_in_hindi_words_are_a_window_or_a_trim():
    # Before: 'शुरू के ४ सेकंड काट दो' (cut the first 4 seconds) asked whether to regenerate or extend.
    got = _plan("शुरू के ४ सेकंड काट दो", 120.0)
    assert isinstance(got, Plan) and got.tool == "process_track" and got.arguments["trim_start_s"] == 4
    got = _plan("शुरू के 10 सेकंड दोबारा बनाओ", 120.0)
    assert isinstance(got, Plan) and (got.arguments["start_time"], got.arguments["end_time"]) == (0, 10)


def test_hindi_do_ending_a_clause_is_the_verb_not_two():
    # Before: 'इसे लूप बना दो' (make it a loop) asked what the 2 was for ('दो' is also 'two').
    got = _plan("इसे लूप बना दो", 120.0)
    assert isinstance(got, Plan) and got.arguments["loop"] is True
    got = _plan("दो मिनट का लोफ़ी गाना बना दो")
    # (the tag in English first, the request's own word after it: tags25q's style-word table)
    assert isinstance(got, Plan) and got.arguments["duration"] == 120 and got.arguments["tags"] == "lo-fi, लोफ़ी"


def test_a_solfege_syllable_is_a_key_only_after_en_or_as_its_own_item():
    # 'mi mayor miedo' is 'my biggest fear', not E major; 'bolero, la menor' and 'en tonalité de ré mineur' are keys.
    got = _plan("una balada sobre mi mayor miedo, 2 minutos")
    assert isinstance(got, Plan) and "E major" not in got.arguments["tags"]
    got = _plan("bolero, la menor, 90 bpm, 2 minutos")
    assert isinstance(got, Plan) and "A minor" in got.arguments["tags"]
    got = _plan("ballade en tonalité de ré mineur, 2 minutes")
    assert isinstance(got, Plan) and "D minor" in got.arguments["tags"]


def test_a_french_tonalite_is_no_swedish_fade():
    # Before: 'tonalité' matched the Swedish fade verb 'tona*', and 'fade' went into the tags.
    got = _plan("ballade en tonalité de ré mineur, 2 minutes")
    assert isinstance(got, Plan) and "fade" not in got.arguments["tags"]
