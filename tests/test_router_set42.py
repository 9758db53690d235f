"""Kinds fixed from set 41's remaining misses and blind sets 42 and 43 (tests/router_cases_redteam42.py: follow-ups
typed fast after a first render, first run on b017a41: words 113/132, 145/168, 6 silent; fields 122/132, 158/168, 0;
tests/router_cases_redteam43.py: an outside evaluator's everyday mix, first run on b017a41: words 118/132, 146/168,
7 silent; fields 125/132, 159/168, 5), each failing on the router before (main at 41f8255 or b017a41)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question, lyrics_language
from tests.router_score import plan_of as _plan


def _is_new_piece(result: Plan | Question) -> bool:
    return isinstance(result, Plan) and result.tool.startswith("text_to_audio")


def test_words_to_sing_with_a_track_open_and_nothing_said_of_it_make_a_new_piece():
    for text, lyrics in (
        ("Bu sözlerle bir arabesk şarkı yap:\nGel gör beni aşk neyledi\nGözlerimden yaş eyledi",
         "Gel gör beni aşk neyledi\nGözlerimden yaş eyledi"),
        ("この歌詞で曲作って！\n[Aメロ]\n放課後の坂道 君を待ってた\n[サビ]\nさよならなんて言わないで",
         "[Aメロ]\n放課後の坂道 君を待ってた\n[サビ]\nさよならなんて言わないで"),
    ):  # fmt: skip
        result = _plan(text, 180.0)  # asked: regenerate a range or extend?
        assert _is_new_piece(result) and result.arguments.get("lyrics") == lyrics, (text, result)
    # guards: the words tied to a part of the track, or to a time in it, are no new piece
    for text in ("use these lyrics for the chorus:\nwe ride tonight\nunder neon light",
                 "sing these words at 0:30:\nwe ride tonight\nunder neon light"):  # fmt: skip
        assert not _is_new_piece(_plan(text, 180.0)), text


def test_lines_after_a_label_of_azerbaijani_or_romanian_lyrics_and_facts_still_asked():
    for text, lyrics in (
        ("Vreau o manea cu versurile astea:\nAm inima de aur, frate,\nși banii-n buzunare toate",
         "Am inima de aur, frate,\nși banii-n buzunare toate"),
        ("Novruz bayramı üçün mahnı yaz, sözləri belədir:\nBahar gəldi, yaz gəldi,\nTonqal yandı, saz gəldi",
         "Bahar gəldi, yaz gəldi,\nTonqal yandı, saz gəldi"),
    ):  # fmt: skip
        result = _plan(text, None)  # asked: words to sing, or a description?
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == lyrics, (text, result)
    # a sentence then lines with no word for the lyrics is still asked (red-team 25: facts about a person were sung)
    for text in ("要求：\n欢快一点\n钢琴为主", "ข้อกำหนด:\nเบาๆ\nกีตาร์โปร่ง",
                 "Faz uma música assim:\nalegre\nsem voz\npara um vídeo de viagem",
                 "Сделай песню на день рождения моей мамы:\nеё зовут Мария\nона любит розы"):  # fmt: skip
        result = _plan(text, None)
        assert isinstance(result, Question) and "lyrics" in result.fields, (text, result)


def test_these_words_then_a_colon_on_the_same_line():
    result = _plan("この歌詞で曲作って: 君と見た夏の空 まだ覚えてる", None)  # the lyrics read as tags
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "君と見た夏の空 まだ覚えてる", result
    quoted = _plan("用这段歌词做一首民谣：“风吹过麦田，我想起你的脸”，木吉他伴奏", None)  # guard: the style kept
    assert isinstance(quoted, Plan) and "folk" in quoted.arguments["tags"], quoted


def test_new_said_of_a_piece_with_a_length_beside_an_open_track():
    for text, want in (("uusi biisi: humppa, 2 min, ei laulua", 120), ("nova pisnicka, polka s harmonikou, 2 min", 120),
                       ("来个新的 古筝纯音乐 3分钟", 180), ("bài mới nha, nhạc piano nhẹ 3 phút không lời", 180),
                       ("нова песен, за сватба с 200 гости, 3 мин", 180),
                       ("ara una rumba catalana de 2 min amb guitarra", 120),
                       ("maintenant un truc jazz piano trio, 4 min, sans voix", 240)):  # fmt: skip
        result = _plan(text, 150.0)  # asked: regenerate a range or extend?
        assert _is_new_piece(result) and result.arguments.get("duration") == want, (text, result)
    # guards: 'new' of a part of the track or of an arrangement of it
    for text in ("Gjør introen helt ny, 15 sekunder", "maak er een nieuwe bewerking van, in totaal 4 minuten",
                 "новый куплет на 20 секунд", "dame una nueva intro de 10 segundos"):  # fmt: skip
        assert not _is_new_piece(_plan(text, 150.0)), text


def test_make_it_a_length_then_add_at_the_end_is_the_whole_it_reaches():
    for text in ("fă-l de 3 minute, adaugă la final", "зроби 3 хв, додай в кінці", "خليها 3 دقايق زود في الاخر",
                 "תאריך ל3 דקות, תוסיף בסוף"):  # fmt: skip
        result = _plan(text, 150.0)  # 180 s added, silently (ro), or asked
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 30, (text, result)
    by = _plan("добавь 3 минуты в конец", 150.0)  # guard: an amount said with 'add' is added
    assert isinstance(by, Plan) and by.arguments.get("extend_after_duration") == 180, by


def test_the_tracks_length_said_with_a_copula_and_an_add_in_a_clause_of_its_own():
    for text, length, after in (("गाना 2 मिनट 40 सेकंड का है, मुझे 3 मिनट चाहिए, अंत में बढ़ा दो", 160.0, 20),
                                ("آهنگ ۲ دقیقه است، می\u200cخوام ۲ و نیم دقیقه بشه، به آخرش اضافه کن", 120.0, 30),
                                ("動画が3分なので、曲を後ろに伸ばして3分にしてください", 150.0, 30)):  # fmt: skip
        result = _plan(text, length)  # asked: how much to add, or the whole?
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == after, (text, result)


def test_the_last_seconds_written_without_accents_and_in_more_languages():
    for text, seconds in (("اعد توليد اخر 20 ثانية", 20), ("lam lai 15s cuoi di", 15),
                          ("ξαναφτιαξε τα τελευταια 10 δευτ", 10), ("refés els darrers 15 segons", 15),
                          ("கடைசி 10 செகண்ட் மறுபடியும் பண்ணு", 10)):  # fmt: skip
        result = _plan(text, 150.0)  # asked: which range?
        assert isinstance(result, Plan) and result.tool == "audio_inpaint", (text, result)
        assert result.arguments.get("start_time") == seconds, (text, result)
    heard = _plan("ακουσα ξανα τα τελευταια 10 δευτερολεπτα, τελεια", 180.0)  # guard: listened again, no edit
    assert isinstance(heard, Question), heard


def test_trims_and_fades_in_more_forms():
    for text, key, want in (("taglia via i primi 2 secondi di silenzio dal vocale", "trim_start_s", 2.0),
                            ("potong 3 saat terakhir", "trim_end_s", 3.0),
                            ("మొదటి 2 సెకన్లు కట్ చేయండి", "trim_start_s", 2.0),
                            ("페이드인 3초 페이드아웃 5초", "fade_in_s", 3.0)):  # fmt: skip
        result = _plan(text, 60.0)  # asked
        assert isinstance(result, Plan) and result.tool == "process_track", (text, result)
        assert result.arguments.get(key) == want, (text, result)


def test_negations_formats_and_counts():
    result = _plan("lag en helt ny sang, ikke en forlengelse, rolig piano, 2 minutter", None)  # asked for a track
    assert _is_new_piece(result) and result.arguments.get("duration") == 120, result
    bpm = _plan("make a 2 minute synthwave track as mp3 at 128 beats per minute", None)  # 128 kbps, silently
    assert isinstance(bpm, Plan) and "bitrate_kbps" not in bpm.deliver, bpm
    for text in ("Nada de letra. Quiero algo tranquilo con guitarra, 2 minutos.",
                 "musicam sine vocibus cum cithara fac, nonaginta secundis",
                 "वीणया नूतनं सङ्गीतं रचय, गायनं मा भूत्, ९० सेकण्ड-परिमितम्"):  # fmt: skip
        sung = _plan(text, None)  # sung, silently
        assert isinstance(sung, Plan) and sung.arguments.get("lyrics") == "[inst]", (text, sung)
    for text, takes in (("nipe matoleo mawili ya muziki wa taarab bila kuimba, sekunde 45", 2),
                        ("Bikinin lagu lo-fi santai pakai piano, dua menit, tanpa vokal, tiga take ya.", 3)):  # fmt: skip
        counted = _plan(text, None)  # one take, silently
        assert isinstance(counted, Plan) and counted.takes == takes, (text, counted)
    for text in ("अब नया गाना, शादी के लिए ढोल वाला, 2 मिनट, 200 लोग नाचेंगे", "5명이서 부를 응원가 1분 30초"):
        people = _plan(text, None)  # '200 min' asked about
        assert isinstance(people, Plan), (text, people)


def test_lyrics_languages_spanish_without_accents_and_sanskrit_verse():
    assert lyrics_language("[Verse] te fuiste un martes sin decir adios\n[Chorus] y yo sigo aqui") == "Spanish"
    assert lyrics_language("Pater noster, qui es in caelis, sanctificetur nomen tuum") == "Latin"
    verse = "वक्रतुण्ड महाकाय सूर्यकोटि समप्रभ।\nनिर्विघ्नं कुरु मे देव सर्वकार्येषु सर्वदा॥"
    assert lyrics_language(verse) == "Sanskrit"
    assert lyrics_language("तेरी यादों में खोया हूँ / रात भर नहीं सोया हूँ") == "Hindi"
