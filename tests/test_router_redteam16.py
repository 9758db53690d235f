"""The fifteenth to eighteenth red-team sets (tests/router_cases_redteam15.py ... 18): about 300 requests each in all
50 languages, written and labelled blind. Sixteen: as people type on phones (typos,
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
from tests.router_cases_redteam18 import BIG12 as BIG12_18
from tests.router_cases_redteam18 import R18
from tests.router_cases_redteam19 import BIG12 as BIG12_19
from tests.router_cases_redteam19 import R19
from tests.router_score import blind_set_holds
from tests.router_score import plan_of as _plan

# Measured after the fixes (words; fields): set 15 119/132, 143/155; 128/132, 149/155. Set 16 125/132, 162/168;
# 130/132, 165/168. Set 17 126/132, 160/168; 129/132, 163/168. First runs, before them: set 15 118/132, 137/155, 7
# silent; 127/132, 145/155, 5. Set 16 105/132, 135/168, 33 silent (not run with fields before). Set 17 100/132,
# 127/168, 8 silent; 115/132, 141/168, 4. Set 18 (rich descriptions, lyrics in quotes, 'the same but …'): 125/132,
# 162/168; 127/132, 165/168 after its fixes; first run 99/132, 132/168, 36 silent; 105/132, 139/168, 19.
# Set 19 (work on an open track across a session): first run on a7e52fd 105/132, 140/168, 1 silent; 118/132,
# 151/168, 0 with fields; after its fixes 118/132, 159/168 and 127/132, 166/168.
SETS = {
    "15": (R15, BIG12_15, {"words": (0.90, 0.92), "fields": (0.96, 0.96)}),
    "16": (R16, BIG12_16, {"words": (0.94, 0.96), "fields": (0.98, 0.98)}),
    "17": (R17, BIG12_17, {"words": (0.95, 0.95), "fields": (0.97, 0.97)}),
    "18": (R18, BIG12_18, {"words": (0.94, 0.96), "fields": (0.96, 0.98)}),
    "19": (R19, BIG12_19, {"words": (0.89, 0.94), "fields": (0.96, 0.98)}),
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
     # ('bikinin': Indonesian; with no word only Malay or Indonesian writes, which to sing in is asked since set 22)
     ("bikinin lagu pop dengan lirik ini: aku rindu kamu selalu", "aku rindu kamu selalu"),
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


@pytest.mark.parametrize(
    ("text", "takes"),
    [("I'd love 3 versions of a dark cinematic trailer cue, 1 min 30, with strings and a choir", 3),
     ("Einen Lo-Fi-Beat zum Lernen, 3 Minuten, mit Klavier und leisem Regen im Hintergrund, bitte zwei Versionen.", 2),
     ("Fammi tre versioni di un pezzo rock con chitarra elettrica e batteria, 2 minuti.", 3),
     ("三味線と和太鼓で和風ロック、2パターンお願い", 2)],
)  # fmt: skip
def test_an_and_inside_what_the_piece_is_made_with_is_no_second_piece(text, takes):
    # Before: "'3 versions' with 'and' may ask for pieces that differ" (asked; '三味線' also read as a 3).
    got = _plan(text)
    assert isinstance(got, Plan) and got.takes == takes, got


@pytest.mark.parametrize(
    "text", ["3 versions, one with piano and one with guitar", "2 versions: a slow one and a fast one",
             "2 versions with piano or guitar"],
)  # fmt: skip
def test_versions_said_apart_still_ask(text):
    got = _plan(text)
    assert isinstance(got, Question) and "takes" in got.fields, got


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [("Añade 25 segundos al final y otros 5 al principio, gracias.", 5, 25),
     ("תוסיף 20 שניות בהתחלה ו-20 בסוף.", 20, 20), ("Sæt 20 sekunder foran.", 20, 0),
     ("Tegyél elé 20 másodpercet.", 20, 0), ("Sekarang tambahin 20 detik di depan.", 20, 0),
     ("Προσθέστε 30 δευτερόλεπτα στο τέλος και 10 στην αρχή.", 10, 30),
     ("Thêm 20 giây vào đầu và 20 giây vào cuối.", 20, 20),
     ("Bitte hängen Sie am Ende noch 30 Sekunden dran und vorne 10 Sekunden, damit es zum Trailer passt.", 10, 30),
     ("Vi har 120 gäster och fikat börjar kl. 14, så lägg gärna till 30 sekunder i slutet.", 0, 30),
     ("आख़िर में 40 सेकंड और बढ़ा दीजिए।", 0, 40)],
)  # fmt: skip
def test_extensions_at_each_end_in_the_words_people_use(text, before, after):
    got = _plan(text, 150)
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert (got.arguments["extend_before_duration"], got.arguments["extend_after_duration"]) == (before, after), got


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("Una tarantella con fisarmonica e mandolino, 1 min e 30, per la festa del paese del 15 agosto.", 90),
     ("una canción de 2 min y 30, gracias", 150), ("a song 2 min and 30", 150)],
)  # fmt: skip
def test_minutes_and_bare_seconds(text, seconds):
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds, got


def test_two_minutes_and_three_versions_are_no_two_and_a_half_minutes():
    got = _plan("2 min and 3 versions, jazz")
    assert not (isinstance(got, Plan) and got.arguments.get("duration") != 120), got


@pytest.mark.parametrize(
    ("text", "length", "tool", "key", "value"),
    [("Les 10 dernières secondes sont ratées ; c'est pour le générique de fin de l'épisode 24, vous pouvez les "
      "régénérer ?", 150, "audio_inpaint", "start_time", 10.0),
     ("শেষের ২০ সেকেন্ড আবার বানিয়ে দিন।", 150, "audio_inpaint", "start_time", 20.0),
     ("Експортирайте във FLAC с фейд аут 5 секунди.", 150, "process_track", "fade_out_s", 5.0),
     ("با فرمت wav و فید اوت ۵ ثانیه خروجی بگیرید.", 150, "process_track", "fade_out_s", 5.0),
     ("Fade ind 3 sekunder og fade ud 6 sekunder.", 150, "process_track", "fade_out_s", 6.0)],
)  # fmt: skip
def test_more_verbs_as_typed(text, length, tool, key, value):
    got = _plan(text, length)
    assert isinstance(got, Plan) and got.tool == tool, got
    assert {**got.arguments, **got.deliver}.get(key) == value, got


def test_a_catalan_i_am_is_no_portuguese_stretch():
    got = _plan("Hola! Estic preparant un vídeo. Em podries fer una peça alegre amb gralla i timbal, d'un minut i mig?")
    assert isinstance(got, Plan) and got.arguments["duration"] == 90, got  # before: 'estic' asked which track


def test_four_versions_in_hindi_are_takes_not_minutes():
    got = _plan("बच्चों के जन्मदिन के लिए खुशनुमा गाना, 1 मिनट, चार वर्ज़न।")
    assert isinstance(got, Plan) and got.takes == 4 and got.arguments["duration"] == 60, got


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Popsong mit Piano und Drums, Drums bitte nicht zu laut", "drums"),
     ("lagu pop santai, piano gak usah terlalu cepat", "piano"), ("sirf guitar nahi, drums bhi chahiye", "guitar"),
     ("lofi beat, piano nahi to guitar chalega", "piano"), ("rock şarkı, gitar yok olmaz", "guitar"),
     ("рок, барабаны не надо делать тише", "drums"), ("กลองไม่ต้องดังมาก เพลงร็อค", "drums"),
     ("ドラムは要らないって言ったけど、やっぱり入れて", "drums"),
     ("I don't need drums to be loud, chill pop song with drums and piano", "drums"),
     ("não quero bateria muito alta, só um pop suave com bateria e violão", "drums"),
     ("canción sin prisa y guitarra suave", "guitar"), ("آهنگ پاپ بدون وقفه گیتار بزنه", "guitar"),
     ("lagu pop tanpa henti dan gitar akustik", "acoustic guitar"), ("uma canção calma com piano pois", "piano")],
)  # fmt: skip
def test_a_word_of_not_wanting_that_does_not_end_its_clause_keeps_the_instrument(text, kept):
    # From red-team pass 6 on 40ca15e: each read 'no <instrument>' (a paid render without what was asked for).
    tags = [t.strip() for t in _tags(text).split(",")]
    assert f"no {kept}" not in tags, tags


def test_no_quiero_x_sino_y_still_excludes_x():
    tags = [t.strip() for t in _tags("no quiero guitarra eléctrica sino acústica, balada 2 minutos").split(",")]
    assert "electric guitar" not in tags, tags


@pytest.mark.parametrize(
    "text", ["veselá polka, harmonika a klarinet", "narodna pesma, harmonika i violina", "glad polka med harmonika",
             "vidám polka harmonikaszóval"],
)  # fmt: skip
def test_harmonika_in_the_languages_where_it_is_the_accordion_is_no_harmonica(text):
    assert "harmonica" not in _tags(text)


@pytest.mark.parametrize(
    "text",
    ["Songtext bitte auf Deutsch: Thema Freundschaft und Sommer, Pop, 2 Minuten",
     "Текст песни на русском языке: о дружбе и лете, поп, 2 минуты",
     "şarkı sözleri şu konuda olsun: aşk ve ayrılık, pop, 2 dakika",
     "Türk sanat müziği tarzı: hüzünlü ud ve kanun, 3 dakika",
     "Gumawa ng kanta gamit ang gitara: masaya at mabilis, 2 minuto",
     "song text in English: a birthday song for Anna, fun pop, 1 minute"],
)  # fmt: skip
def test_a_label_followed_by_a_language_topic_or_setting_before_a_colon_announces_no_lyrics(text):
    got = _plan(text)
    sung = str(got.arguments.get("lyrics", "")).lower() if isinstance(got, Plan) else ""
    assert not any(unit in sung for unit in ("minut", "dakika", "минут")), got


@pytest.mark.parametrize(
    ("text", "length"),
    [("spilaðu síðustu 10 sekúndurnar aftur", 150), ("rudia kucheza sekunde 20 za mwisho", 150),
     ("آخر 10 ثواني ما سمعتهم منيح، عيدها", 150)],
)  # fmt: skip
def test_play_it_again_spends_nothing(text, length):
    got = _plan(text, length)
    assert not (isinstance(got, Plan) and got.tool == "audio_inpaint"), got


@pytest.mark.parametrize(
    ("text", "sung", "not_sung"),
    [("crie uma música pop com esta letra: ti amo tanto, amore mio", "italian", "portuguese"),
     ("pop song, lyrics: i am a bird in the sky", "english", "malay")],
)  # fmt: skip
def test_lyrics_of_another_language_than_the_request_keep_theirs(text, sung, not_sung):
    tags = _tags(text)
    assert f"{sung} vocal" in tags and f"{not_sung} vocal" not in tags, tags


def test_italian_lyrics_get_no_english_tag():
    assert "english" not in _tags("song, lyrics: a me piace il mare, a te?")


@pytest.mark.parametrize(
    ("text", "kept"),
    [("muzyka bez wokalu, a gitara na pierwszym planie", "guitar"), ("музыка без слов, и гитара ведёт мелодию", "guitar"),
     ("nhạc không lời và piano nhẹ nhàng", "piano")],
)  # fmt: skip
def test_no_singing_then_an_instrument_keeps_the_instrument(text, kept):
    # Before (pre-existing, red-team pass 6): 'no guitar', 'no piano' from the 'and' after 'without vocals'.
    tags = [t.strip() for t in _tags(text).split(",")]
    assert kept in tags and f"no {kept}" not in tags, tags


def test_a_length_after_the_last_comma_of_lyrics_on_one_line_is_the_length():
    got = _plan("pake lirik ini: aku cinta kamu selamanya sayang, pop 2 menit")
    assert isinstance(got, Plan) and got.arguments["lyrics"] == "aku cinta kamu selamanya sayang", got
    assert got.arguments["duration"] == 120 and "indonesian vocal" in got.arguments["tags"], got


def test_short_indonesian_lyrics_are_sung_in_indonesian():
    tags = _tags("buat lagu balada, lirik: kau tak di sini, hatiku tak tenang, 3 menit")
    assert "indonesian vocal" in tags and "swahili" not in tags, tags


@pytest.mark.parametrize(
    ("text", "seconds", "instrumental"),
    [("love it. same vibe, but now a version without vocals", None, True),
     ("Genau das gleiche nochmal, aber diesmal zweieinhalb Minuten lang.", 150, False),
     ("То же самое, но без голоса", None, True), ("再来一版一样的，但是要两分钟长", 120, False),
     ("同じ感じで、今度はボーカルなしのバージョン", None, True), ("Samma sak men tre minuter lång", 180, False),
     ("a new song with the same vibe as this one, 2 minutes", 120, False)],
)  # fmt: skip
def test_the_same_again_with_one_change_is_a_new_piece_in_the_tracks_style(text, seconds, instrumental):
    # Before: asked whether to regenerate a range or extend (or pointed at audio_cover); the track stays as it is.
    got = _plan(text, 120)
    assert isinstance(got, Plan) and got.tool.startswith("text_to_audio"), got
    assert "indie pop" in got.arguments["tags"], got  # the track's own style (router_score.SOURCE_TAGS)
    assert got.arguments.get("duration") == seconds, got
    assert (got.arguments.get("lyrics") == "[inst]") is instrumental, got


@pytest.mark.parametrize(
    "text", ["same but redo 0:30-0:40", "the same, but add 20 seconds at the end", "same song, fade out 5 s"]
)
def test_the_same_with_an_edit_of_the_track_is_no_new_piece(text):
    got = _plan(text, 120)
    assert not (isinstance(got, Plan) and got.tool.startswith("text_to_audio")), got


@pytest.mark.parametrize(
    ("text", "lyrics"),
    [("Hazme un bolero con esta letra: \"Te busqué en cada esquina de la ciudad\", con guitarra y violín",
      "Te busqué en cada esquina de la ciudad"),
     ("Udělej písničku s tímhle textem: „Pojď se mnou tančit až do rána“, pop", "Pojď se mnou tančit až do rána"),
     ("Írj dalt erre a szövegre: „Hazavárlak a nyári esőben”, akusztikus gitárral", "Hazavárlak a nyári esőben"),
     ("این متن را آهنگ کن: «شب است و ماه در آسمان تنهاست»، با گیتار آکوستیک", "شب است و ماه در آسمان تنهاست"),
     ("用这段歌词做一首民谣：“风吹过麦田，我想起你的脸”，木吉他伴奏", "风吹过麦田，我想起你的脸")],
)  # fmt: skip
def test_quoted_lyrics_after_a_colon_end_at_their_quote(text, lyrics):
    # Before: the description after the quote was sung too, or the quote not read as lyrics at all.
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["lyrics"] == lyrics, got


@pytest.mark.parametrize(
    ("text", "excluded"),
    [("योग क्लास के लिए शांत संगीत, बांसुरी और हार्प, ड्रम बिल्कुल नहीं, दस मिनट", "drums"),
     ("யோகா வகுப்புக்கு அமைதியான இசை, புல்லாங்குழல் மற்றும் வீணை, டிரம்ஸ் வேண்டாம், ஐந்து நிமிடம்", "drums"),
     ("మా పెళ్లి కోసం రొమాంటిక్ సంగీతం, వయోలిన్ మరియు పియానో, డ్రమ్స్ వద్దు, మూడు నిమిషాలు", "drums"),
     ("幫我整首婚禮用嘅音樂，鋼琴同小提琴，浪漫啲，唔好有鼓，大概三分鐘", "drums"),
     ("Hazme un bolero con esta letra: \"Te busqué\", con guitarra y violín, la batería mejor no", "drums")],
)  # fmt: skip
def test_more_ways_to_not_want_an_instrument(text, excluded):
    tags = [t.strip() for t in _tags(text).split(",")]
    assert f"no {excluded}" in tags and excluded not in tags, tags


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("cool. now something totally different: a 2 min jazz trio, upright bass and brushed drums, instrumental", 120),
     ("Jetzt mal was ganz anderes: ein Rocksong, 3 Minuten, mit E-Gitarre, deutscher Gesang", 180),
     ("теперь совсем другое: мрачное техно на 5 минут, без вокала", 300),
     ("好，现在换个完全不同的：一首两分钟的古风歌曲，中文演唱", 120),
     ("अब एक बिल्कुल अलग गाना: 3 मिनट का रोमांटिक गाना, हिंदी में, सितार के साथ", 180)],
)  # fmt: skip
def test_something_totally_different_with_its_own_length_is_a_new_piece(text, seconds):
    # Before: asked whether to regenerate a range of the open track or extend it.
    got = _plan(text, 150)
    assert isinstance(got, Plan) and got.tool.startswith("text_to_audio"), got
    assert got.arguments["duration"] == seconds and "indie pop" not in got.arguments["tags"], got


def test_something_different_with_an_instrument_and_no_length_still_asks():
    got = _plan("try something different with the drums", 150)
    assert not (isinstance(got, Plan) and got.tool.startswith("text_to_audio")), got


@pytest.mark.parametrize(
    ("text", "length", "after"),
    [("延长到总共3分钟", 150, 30), ("총 3분 되게 늘려줘", 150, 30), ("مدّدها لتصير 3 دقائق بالمجموع", 150, 30),
("lungește-o până la 4 minute în total", 200, 40),
     ("продужи је на укупно 3 минута", 160, 20), ("మొత్తం 3 నిమిషాలు అయ్యేలా పొడిగించు", 150, 30)],
)  # fmt: skip
def test_extend_to_a_total_said_in_all(text, length, after):
    # Before: "'3 min' with a 150 s track: is that how much to add, or the whole length it should reach?"
    got = _plan(text, length)
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert got.arguments["extend_after_duration"] == after and got.arguments["extend_before_duration"] == 0, got


@pytest.mark.parametrize(
    ("text", "window"),
    [("redo between second 30 and 45, it's 120 bpm so keep it tight", (30, 45)),
     ("refés entre el segon 20 i el 35, que a 128 bpm sona descompassat", (20, 35)),
     ("în piesa de adineauri, refă între secunda 30 și 45", (30, 45))],
)  # fmt: skip
def test_between_second_x_and_y(text, window):
    got = _plan(text, 200)
    assert isinstance(got, Plan) and (got.arguments["start_time"], got.arguments["end_time"]) == window, got


def test_a_format_with_a_finnish_case_ending():
    got = _plan("vie flacina ja normalisoi -14 LUFSiin", 200)
    assert isinstance(got, Plan) and got.deliver.get("output_format", got.arguments.get("output_format")) == "flac", got
