"""Tenth red-team set for the router (issue 25): requests in all 50 languages, written and labelled blind
(before running them, without reading the router or the other sets), as users type to an agent: new tracks
(lengths in many forms, vocals or not, the language to sing in, lyric blocks with and without section markers,
several takes of the same thing), edits of a given track (windows as ranges, a start plus a length, the first
or last N seconds; extensions by an amount or to a total, before, after or both), free edits (format, bitrate,
loudness, trim, fade, loop) and requests that must ask (vague, contradictory, no track for an edit, a range past
the track's end, two different songs).

Same shape and scoring as tests/router_cases_redteam5.py: (lang, request, track length or None, wanted tool,
arguments the plan must carry). Inpaint windows are seconds from the start; an outpaint names both sides.
Measured by scripts/router_eval_redteam3.py --set 10 (add --fields for the careful agent's fields)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"

# The 12 languages with the higher bar in this set.
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


EN_LYRICS = (
    "[Verse]\nNeon on the windshield\nCity fading out\n[Chorus]\nWe drive until the morning\nNobody knows our route"
)
ES_LYRICS = "[Verso]\nCaminando por la playa\nel sol se va\n[Coro]\nY tú no estás\ny tú no estás"
RU_LYRICS = "[Куплет]\nТёмная ночь, пустая дорога\nФонари горят до утра\n[Припев]\nЯ иду домой"
KO_LYRICS = "[Verse]\n너를 처음 본 순간\n심장이 멈췄어\n[Chorus]\n멈출 수 없어"
JA_LYRICS = "[Verse]\n夜明けの街を走る\n誰もいない交差点\n[Chorus]\n止まらない 止まれない"
ZH_LYRICS = "[主歌]\n风吹过麦田\n你说会回来\n[副歌]\n我在等你回来"
FR_LYRICS = "Le vent se lève sur la plaine\nEt je repense à toi\nLe soir descend sans bruit"
PT_LYRICS = "[Verso]\nA saudade bateu na porta\nE eu deixei entrar\n[Refrão]\nVolta pra mim"
DE_LYRICS = "[Strophe]\nDie Stadt schläft noch\nIch lauf allein\n[Refrain]\nNur du und ich"

R10: list[tuple[Any, ...]] = [
    # -- en --
    ("en", "can you make me a chill lofi beat, like 2 min, no vocals", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "en",
        "I need 3 versions of a 45 second upbeat ukulele jingle for a bakery ad",
        None,
        "t2a",
        {"duration": 45, "takes": 3},
    ),
    (
        "en",
        "Song about driving at night, synthwave, sung in English, 2:30 long\n\n" + EN_LYRICS,
        None,
        "t2a",
        {"duration": 150, "vocal_language": "en", "lyrics": EN_LYRICS},
    ),
    ("en", "the guitar solo between 1:12 and 1:30 is kinda sloppy, redo that part", 200, "audio_inpaint", _win(72, 90)),
    ("en", "regenerate 10 seconds starting at 0:45", 150, "audio_inpaint", _win(45, 55)),
    ("en", "add a 15 sec intro before it starts", 120, "audio_outpaint", _out(15, 0)),
    ("en", "this one is 2 minutes, make it 3 minutes by adding more at the end", 120, "audio_outpaint", _out(0, 60)),
    ("en", "export as flac please", 180, "process_track", {"output_format": "flac"}),
    ("en", "fix the bit at 3:40 to 3:50", 180, "ask", {}),
    ("en", "make the last 20 seconds less repetitive", 160, "audio_inpaint", _win(140, 160)),
    ("en", "redo 1m05s to 1m20s, the vocals clip there", 170, "audio_inpaint", _win(65, 80)),
    # -- de --
    (
        "de",
        "Mach mir bitte einen ruhigen Klaviersong ohne Gesang, ca. 90 Sekunden",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "de",
        "Ein Schlager, auf Deutsch gesungen, dreieinhalb Minuten lang",
        None,
        "t2a",
        {"duration": 210, "vocal_language": "de"},
    ),
    (
        "de",
        "Kannst du mir 2 Varianten von einem 30-sekündigen Podcast-Intro machen? Elektronisch, treibend",
        None,
        "t2a",
        {"duration": 30, "takes": 2},
    ),
    ("de", "Zwischen 0:20 und 0:35 klingt der Gesang schief, bitte neu generieren", 180, "audio_inpaint", _win(20, 35)),
    ("de", "die ersten 8 sekunden bitte nochmal neu machen", 120, "audio_inpaint", _win(0, 8)),
    ("de", "Häng am Ende noch 20 Sekunden dran", 150, "audio_outpaint", _out(0, 20)),
    ("de", "Verlängere den Track vorne und hinten um je 10 Sekunden", 100, "audio_outpaint", _out(10, 10)),
    (
        "de",
        "Bitte als MP3 mit 192 kbps exportieren und auf -14 LUFS normalisieren",
        140,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("de", "Verlängere meinen Song um 30 Sekunden am Ende", None, "ask", {}),
    (
        "de",
        "Techno Track 128 bpm, 4 min, instrumental",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["128"]},
    ),
    ("de", "Indie-Pop, 2 Minuten, mit diesem Text:\n" + DE_LYRICS, None, "t2a", {"duration": 120, "lyrics": DE_LYRICS}),
    # -- es --
    (
        "es",
        "hazme una cancion de reggaeton para bailar, 2 minutos, cantada en español",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "es"},
    ),
    (
        "es",
        "Quiero una pieza de guitarra flamenca instrumental de minuto y medio",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "es",
        "Haz 4 versiones de la misma cortinilla de 15 segundos para mi canal de YouTube, alegre",
        None,
        "t2a",
        {"duration": 15, "takes": 4},
    ),
    (
        "es",
        "Una balada romántica sin batería, con piano y violín, de 3 minutos",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["drums"]},
    ),
    (
        "es",
        "Del segundo 40 al 55 la voz se escucha rara, vuelve a generar esa parte",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("es", "regenera los ultimos 12 segundos", 130, "audio_inpaint", _win(118, 130)),
    ("es", "Alarga la canción hasta los 2 minutos y medio añadiendo al final", 120, "audio_outpaint", _out(0, 30)),
    ("es", "ponle un fade out de 5 segundos al final", 140, "process_track", {"fade_out_s": 5}),
    ("es", "Cambia la parte que no me gusta", 140, "ask", {}),
    (
        "es",
        "Canción pop en español, 2 min\n" + ES_LYRICS,
        None,
        "t2a",
        {"duration": 120, "vocal_language": "es", "lyrics": ES_LYRICS},
    ),
    # -- fr --
    (
        "fr",
        "Fais-moi une chanson d'amour en français, style variété, environ 3 minutes",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "fr"},
    ),
    (
        "fr",
        "Une musique d'ambiance pour une vidéo de cuisine, instrumentale, 1 min 15",
        None,
        "t2a",
        {"duration": 75, "lyrics": INST},
    ),
    (
        "fr",
        "genere moi 3 prises du meme morceau jazz manouche de 40 secondes",
        None,
        "t2a",
        {"duration": 40, "takes": 3},
    ),
    ("fr", "Refais le passage de 1'05 à 1'20, la batterie est décalée", 180, "audio_inpaint", _win(65, 80)),
    ("fr", "Regénère 20 secondes à partir de 2:00", 200, "audio_inpaint", _win(120, 140)),
    ("fr", "Rajoute 30 secondes à la fin du morceau", 150, "audio_outpaint", _out(0, 30)),
    ("fr", "ajoute une intro de 10 s et une outro de 20 s", 120, "audio_outpaint", _out(10, 20)),
    ("fr", "Coupe les 4 premières secondes de silence", 130, "process_track", {"trim_start_s": 4}),
    ("fr", "Un morceau instrumental, sans aucune voix, où une chanteuse chante le refrain", None, "ask", {}),
    ("fr", "Chanson folk de 2 minutes, paroles :\n" + FR_LYRICS, None, "t2a", {"duration": 120, "lyrics": FR_LYRICS}),
    # -- it --
    (
        "it",
        "Mi fai una canzone pop in italiano sull'estate, 2 minuti e mezzo?",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "it"},
    ),
    (
        "it",
        "Base strumentale hip hop, 90 bpm, 1 minuto",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["90"]},
    ),
    (
        "it",
        "Vorrei due versioni dello stesso jingle di 20 secondi per la radio",
        None,
        "t2a",
        {"duration": 20, "takes": 2},
    ),
    ("it", "Rigenera dal minuto 1:10 al minuto 1:25", 190, "audio_inpaint", _win(70, 85)),
    ("it", "Gli ultimi 10 secondi non mi convincono, rifalli", 120, "audio_inpaint", _win(110, 120)),
    ("it", "Allunga il brano di 45 secondi alla fine", 150, "audio_outpaint", _out(0, 45)),
    ("it", "Aggiungi 5 secondi all'inizio", 100, "audio_outpaint", _out(5, 0)),
    (
        "it",
        "Fammi un loop perfetto del brano e convertilo in ogg",
        60,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    ("it", "Rifai la parte dal secondo 30 al 50", None, "ask", {}),
    (
        "it",
        "Musica da meditazione senza percussioni, 3 min",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["percussion"]},
    ),
    # -- pt --
    (
        "pt",
        "faz uma música de forró animada, cantada em português, uns 2 minutos",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "pt"},
    ),
    ("pt", "Quero uma trilha instrumental épica pra um trailer, 1:30", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("pt", "Gera 3 versões da mesma vinheta de 10 segundos pro meu podcast", None, "t2a", {"duration": 10, "takes": 3}),
    ("pt", "Refaz o trecho de 0:50 até 1:05, o vocal tá desafinado", 160, "audio_inpaint", _win(50, 65)),
    ("pt", "os primeiros 15 segundos tão fracos, gera de novo", 140, "audio_inpaint", _win(0, 15)),
    ("pt", "Aumenta a música pra 3 minutos, colocando mais no final", 150, "audio_outpaint", _out(0, 30)),
    ("pt", "coloca 8 segundos de intro", 120, "audio_outpaint", _out(8, 0)),
    ("pt", "Exporta em mp3 320", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("pt", "Muda o refrão", 150, "ask", {}),
    ("pt", "Samba sem vocal, 45 segundos, com cavaquinho", None, "t2a", {"duration": 45, "lyrics": INST}),
    (
        "pt",
        "Um sertanejo de 2 minutos com essa letra:\n" + PT_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": PT_LYRICS},
    ),
    # -- ru --
    (
        "ru",
        "Сделай песню про зиму на русском языке, минуты на две",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ru"},
    ),
    ("ru", "Нужен инструментальный эмбиент без вокала, 3 минуты", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ru", "сгенерируй 2 варианта одного и того же джингла на 15 секунд", None, "t2a", {"duration": 15, "takes": 2}),
    ("ru", "Перегенерируй кусок с 1:00 по 1:20, там барабаны сбиваются", 180, "audio_inpaint", _win(60, 80)),
    ("ru", "Переделай последние 30 секунд", 200, "audio_inpaint", _win(170, 200)),
    ("ru", "Добавь 20 секунд в конце трека", 120, "audio_outpaint", _out(0, 20)),
    ("ru", "Продли трек на 15 секунд в начале и на 15 в конце", 100, "audio_outpaint", _out(15, 15)),
    (
        "ru",
        "Сделай затухание в конце на 6 секунд и плавное нарастание в начале 2 секунды",
        150,
        "process_track",
        {"fade_out_s": 6, "fade_in_s": 2},
    ),
    ("ru", "Перегенерируй с 2:50 до 3:10", 150, "ask", {}),
    ("ru", "Рок-баллада, 2:45\n" + RU_LYRICS, None, "t2a", {"duration": 165, "lyrics": RU_LYRICS}),
    # -- zh --
    ("zh", "帮我做一首中文流行歌，关于毕业的，两分钟左右", None, "t2a", {"duration": 120, "vocal_language": "zh"}),
    ("zh", "来一段纯音乐，古筝和笛子，一分半钟", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("zh", "同一段30秒的广告音乐给我出3个版本", None, "t2a", {"duration": 30, "takes": 3}),
    ("zh", "把1分10秒到1分25秒那段重新生成一下", 180, "audio_inpaint", _win(70, 85)),
    ("zh", "从第45秒开始的10秒重做", 150, "audio_inpaint", _win(45, 55)),
    ("zh", "在结尾加20秒", 120, "audio_outpaint", _out(0, 20)),
    ("zh", "开头加一个5秒的前奏", 120, "audio_outpaint", _out(5, 0)),
    ("zh", "转成wav格式", 130, "process_track", {"output_format": "wav"}),
    ("zh", "把歌在结尾延长30秒", None, "ask", {}),
    ("zh", "最后15秒重新生成", 90, "audio_inpaint", _win(75, 90)),
    ("zh", "写一首民谣，一分半\n" + ZH_LYRICS, None, "t2a", {"duration": 90, "lyrics": ZH_LYRICS}),
    # -- ja --
    (
        "ja",
        "日本語で歌うJ-POPの曲を作って。テーマは桜、2分半くらい",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "ja"},
    ),
    ("ja", "カフェで流すようなボーカルなしのジャズ、3分", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ja", "20秒のゲーム用BGMを同じ感じで4パターン作って", None, "t2a", {"duration": 20, "takes": 4}),
    ("ja", "0:30から0:45のところ、もう一回生成し直して", 180, "audio_inpaint", _win(30, 45)),
    ("ja", "1分から15秒間を作り直して", 160, "audio_inpaint", _win(60, 75)),
    ("ja", "最後に30秒足して", 120, "audio_outpaint", _out(0, 30)),
    ("ja", "全体を3分にしたいので、後ろに足してください", 150, "audio_outpaint", _out(0, 30)),
    ("ja", "音量を-16 LUFSに揃えて", 140, "process_track", {"loudness_lufs": -16}),
    ("ja", "いい感じにして", 140, "ask", {}),
    ("ja", "最初の10秒だけ作り直し", 100, "audio_inpaint", _win(0, 10)),
    ("ja", "この歌詞で3分のロックを作って\n" + JA_LYRICS, None, "t2a", {"duration": 180, "lyrics": JA_LYRICS}),
    # -- ko --
    ("ko", "한국어로 부르는 발라드 하나 만들어줘, 3분 정도", None, "t2a", {"duration": 180, "vocal_language": "ko"}),
    ("ko", "보컬 없는 로파이 비트 1분 30초짜리", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ko", "같은 느낌으로 30초 광고음악 2개 버전 뽑아줘", None, "t2a", {"duration": 30, "takes": 2}),
    ("ko", "1:20부터 1:35까지 다시 만들어줘", 200, "audio_inpaint", _win(80, 95)),
    ("ko", "마지막 20초 다시 생성해줘", 150, "audio_inpaint", _win(130, 150)),
    ("ko", "끝에 40초 더 늘려줘", 120, "audio_outpaint", _out(0, 40)),
    ("ko", "앞에 10초 인트로 추가해줘", 100, "audio_outpaint", _out(10, 0)),
    ("ko", "마지막 3초 잘라줘", 120, "process_track", {"trim_end_s": 3}),
    ("ko", "2분 10초부터 2분 30초까지 다시 해줘", 120, "ask", {}),
    ("ko", "K-pop 댄스곡, 128 BPM, 2분\n" + KO_LYRICS, None, "t2a", {"duration": 120, "lyrics": KO_LYRICS}),
    # -- ar --
    (
        "ar",
        "اعمل لي أغنية عن الصداقة بالعربي، مدتها دقيقتين تقريباً",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ar"},
    ),
    ("ar", "موسيقى هادئة بدون غناء للدراسة، ثلاث دقائق", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ar", "أريد 3 نسخ من نفس المقطع الموسيقي مدته 30 ثانية لإعلان", None, "t2a", {"duration": 30, "takes": 3}),
    ("ar", "أعد توليد الجزء من 0:40 إلى 0:55", 150, "audio_inpaint", _win(40, 55)),
    ("ar", "آخر 10 ثواني فيها مشكلة، أعد إنشاءها", 120, "audio_inpaint", _win(110, 120)),
    ("ar", "زيد 30 ثانية في آخر الأغنية", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "أضف مقدمة مدتها 12 ثانية في البداية", 100, "audio_outpaint", _out(12, 0)),
    ("ar", "حوّل الملف إلى mp3", 150, "process_track", {"output_format": "mp3"}),
    ("ar", "مدد الأغنية 20 ثانية في النهاية", None, "ask", {}),
    ("ar", "عود وإيقاع شرقي، موسيقى فقط بدون صوت، دقيقة ونصف", None, "t2a", {"duration": 90, "lyrics": INST}),
    # -- hi --
    ("hi", "हिंदी में एक रोमांटिक गाना बनाओ, लगभग 3 मिनट का", None, "t2a", {"duration": 180, "vocal_language": "hi"}),
    ("hi", "बिना आवाज़ के सितार वाला म्यूज़िक, 2 मिनट", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("hi", "एक ही 20 सेकंड की jingle के 2 version बना दो", None, "t2a", {"duration": 20, "takes": 2}),
    ("hi", "1:00 से 1:15 तक वाला हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(60, 75)),
    ("hi", "शुरू के 10 सेकंड फिर से generate करो", 120, "audio_inpaint", _win(0, 10)),
    ("hi", "गाने के आखिर में 25 सेकंड और जोड़ दो", 150, "audio_outpaint", _out(0, 25)),
    ("hi", "fade out 4 second ka laga do end me", 140, "process_track", {"fade_out_s": 4}),
    (
        "hi",
        "bollywood dance song banao, 2 min, hindi me gaya hua",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "hi"},
    ),
    ("hi", "गाने को बेहतर बना दो", 150, "ask", {}),
    ("hi", "30 सेकंड से शुरू करके 20 सेकंड दोबारा बनाओ", 150, "audio_inpaint", _win(30, 50)),
    # -- az --
    (
        "az",
        "Azərbaycan dilində sevgi haqqında mahnı yarat, 2 dəqiqə",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "az"},
    ),
    ("az", "Vokalsız sakit musiqi, 1 dəqiqə", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("az", "0:20-dən 0:35-ə qədər olan hissəni yenidən yarat", 120, "audio_inpaint", _win(20, 35)),
    ("az", "Mahnının sonuna 30 saniyə əlavə et", 120, "audio_outpaint", _out(0, 30)),
    # -- bg --
    (
        "bg",
        "Направи ми поп песен на български за морето, около 3 минути",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "bg"},
    ),
    (
        "bg",
        "Инструментална музика за реклама, 30 секунди, 3 варианта на същото",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "takes": 3},
    ),
    ("bg", "Прегенерирай последните 10 секунди", 140, "audio_inpaint", _win(130, 140)),
    ("bg", "Конвертирай в mp3", 140, "process_track", {"output_format": "mp3"}),
    # -- bn --
    ("bn", "বাংলায় একটা প্রেমের গান বানাও, দুই মিনিটের", None, "t2a", {"duration": 120, "vocal_language": "bn"}),
    ("bn", "ভোকাল ছাড়া শুধু বাঁশির সুর, ১ মিনিট", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("bn", "০:৩০ থেকে ০:৪৫ অংশটা আবার তৈরি করো", 120, "audio_inpaint", _win(30, 45)),
    ("bn", "গানের শেষে আরও ২০ সেকেন্ড যোগ করো", 120, "audio_outpaint", _out(0, 20)),
    # -- ca --
    (
        "ca",
        "Fes-me una cançó en català sobre Barcelona, dos minuts i mig",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "ca"},
    ),
    ("ca", "Música instrumental tranquil·la per a un vídeo, 45 segons", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("ca", "Torna a generar del segon 10 al 25", 120, "audio_inpaint", _win(10, 25)),
    ("ca", "Afegeix una intro de 8 segons", 120, "audio_outpaint", _out(8, 0)),
    ("ca", "Exporta-ho en wav", 120, "process_track", {"output_format": "wav"}),
    # -- cs --
    (
        "cs",
        "Udělej mi písničku v češtině o horách, asi 2 minuty",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "cs"},
    ),
    (
        "cs",
        "Instrumentální elektronika bez bicích, 1 minuta",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_lacks": ["drums"]},
    ),
    ("cs", "Přegeneruj úsek od 1:05 do 1:20", 180, "audio_inpaint", _win(65, 80)),
    ("cs", "Prodluž skladbu na konci o 20 sekund", None, "ask", {}),
    ("cs", "Ořízni posledních 5 sekund", 150, "process_track", {"trim_end_s": 5}),
    # -- da --
    ("da", "Lav en sang om hygge, sunget på dansk, 2 minutter", None, "t2a", {"duration": 120, "vocal_language": "da"}),
    (
        "da",
        "Instrumental jazz, halvandet minut, tre versioner af det samme",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "takes": 3},
    ),
    ("da", "Lav de sidste 15 sekunder om", 150, "audio_inpaint", _win(135, 150)),
    ("da", "Gør sangen 3 minutter lang ved at tilføje i slutningen", 160, "audio_outpaint", _out(0, 20)),
    # -- el --
    (
        "el",
        "Φτιάξε μου ένα τραγούδι στα ελληνικά για το καλοκαίρι, 2 λεπτά",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "el"},
    ),
    ("el", "Ορχηστρική μουσική με μπουζούκι, χωρίς φωνή, 1 λεπτό", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("el", "Ξαναφτιάξε το κομμάτι από 0:40 μέχρι 1:00", 150, "audio_inpaint", _win(40, 60)),
    ("el", "Βάλε fade in 3 δευτερόλεπτα", 120, "process_track", {"fade_in_s": 3}),
    # -- fa --
    ("fa", "یک آهنگ فارسی درباره باران بساز، حدود سه دقیقه", None, "t2a", {"duration": 180, "vocal_language": "fa"}),
    ("fa", "موسیقی بی‌کلام با سنتور، یک دقیقه و نیم", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("fa", "از ۱:۱۰ تا ۱:۲۵ را دوباره بساز", 180, "audio_inpaint", _win(70, 85)),
    ("fa", "۲۰ ثانیه به آخر آهنگ اضافه کن", 120, "audio_outpaint", _out(0, 20)),
    ("fa", "یک آهنگ کاملاً بی‌کلام بساز که یک خواننده زن در آن آواز بخواند", None, "ask", {}),
    # -- fi --
    (
        "fi",
        "Tee suomenkielinen laulu kesästä, noin 2 minuuttia",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "fi"},
    ),
    ("fi", "Instrumentaalinen taustamusiikki ilman laulua, 40 sekuntia", None, "t2a", {"duration": 40, "lyrics": INST}),
    ("fi", "Tee uudestaan kohta 0:15–0:30", 120, "audio_inpaint", _win(15, 30)),
    ("fi", "Lisää loppuun 30 sekuntia", 150, "audio_outpaint", _out(0, 30)),
    ("fi", "Häivytä loppu 3 sekunnissa", 150, "process_track", {"fade_out_s": 3}),
    # -- he --
    ("he", "תעשה לי שיר בעברית על ירושלים, שתי דקות", None, "t2a", {"duration": 120, "vocal_language": "he"}),
    ("he", "מוזיקה אינסטרומנטלית רגועה, דקה וחצי", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("he", "תייצר מחדש את החלק מ-0:30 עד 0:45", 150, "audio_inpaint", _win(30, 45)),
    ("he", "תוסיף 10 שניות בהתחלה ו-10 בסוף", 120, "audio_outpaint", _out(10, 10)),
    # -- hr --
    ("hr", "Napravi mi pjesmu na hrvatskom o moru, 3 minute", None, "t2a", {"duration": 180, "vocal_language": "hr"}),
    ("hr", "Instrumental bez vokala, 1 minuta, lo-fi", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("hr", "Ponovo generiraj zadnjih 20 sekundi", 160, "audio_inpaint", _win(140, 160)),
    ("hr", "Pretvori u wav", 160, "process_track", {"output_format": "wav"}),
    # -- ht --
    ("ht", "Fè yon chante kompa an kreyòl, 2 minit", None, "t2a", {"duration": 120, "vocal_language": "ht"}),
    ("ht", "Mizik san vwa pou yon videyo, 30 segonn", None, "t2a", {"duration": 30, "lyrics": INST}),
    ("ht", "Refè pati ki soti 0:20 rive 0:40 la", 120, "audio_inpaint", _win(20, 40)),
    ("ht", "Ajoute 15 segonn nan fen chante a", 120, "audio_outpaint", _out(0, 15)),
    # -- hu --
    (
        "hu",
        "Csinálj egy magyar nyelvű popdalt a nyárról, kb. 2 perc",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "hu"},
    ),
    ("hu", "Ének nélküli zongorás zene, másfél perc", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("hu", "Generáld újra 1:00 és 1:20 között", 180, "audio_inpaint", _win(60, 80)),
    ("hu", "Tegyél a végére még 25 másodpercet", 150, "audio_outpaint", _out(0, 25)),
    # -- id --
    (
        "id",
        "Bikinin lagu pop bahasa Indonesia tentang hujan, 2 menit ya",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "id"},
    ),
    (
        "id",
        "musik instrumental tanpa vokal buat konten, 1 menit, bikin 2 versi yang sama",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 2},
    ),
    ("id", "ulang bagian dari 0:45 sampai 1:00", 150, "audio_inpaint", _win(45, 60)),
    ("id", "tambahin 20 detik di akhir lagu", 120, "audio_outpaint", _out(0, 20)),
    ("id", "ubah jadi mp3 128kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    # -- is --
    (
        "is",
        "Búðu til lag á íslensku um norðurljósin, tvær mínútur",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "is"},
    ),
    ("is", "Róleg píanótónlist án söngs, ein mínúta", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("is", "Gerðu aftur kaflann frá 0:30 til 0:50", 150, "audio_inpaint", _win(30, 50)),
    ("is", "Bættu 30 sekúndum við endann", 120, "audio_outpaint", _out(0, 30)),
    # -- la --
    ("la", "Fac carmen Latine cantatum de Roma, duo minuta", None, "t2a", {"duration": 120, "vocal_language": "la"}),
    ("la", "Musica sine voce, unum minutum", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("la", "Partem a 0:10 ad 0:30 iterum fac", 120, "audio_inpaint", _win(10, 30)),
    ("la", "Adde viginti secunda in fine", 120, "audio_outpaint", _out(0, 20)),
    # -- lt --
    ("lt", "Sukurk dainą lietuvių kalba apie jūrą, 2 minutės", None, "t2a", {"duration": 120, "vocal_language": "lt"}),
    ("lt", "Instrumentinė muzika be vokalo, 45 sekundės", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("lt", "Perdaryk dalį nuo 1:10 iki 1:30", 180, "audio_inpaint", _win(70, 90)),
    ("lt", "Pridėk 10 sekundžių pradžioje", 120, "audio_outpaint", _out(10, 0)),
    # -- ms --
    (
        "ms",
        "Buatkan lagu dalam bahasa Melayu tentang kampung, 3 minit",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ms"},
    ),
    ("ms", "Muzik instrumental tanpa vokal, 1 minit 30 saat", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ms", "Jana semula 15 saat terakhir", 150, "audio_inpaint", _win(135, 150)),
    ("ms", "Tambah 30 saat di hujung lagu", 150, "audio_outpaint", _out(0, 30)),
    ("ms", "Normalkan kelantangan ke -14 LUFS", 150, "process_track", {"loudness_lufs": -14}),
    # -- ne --
    ("ne", "नेपालीमा माया सम्बन्धी गीत बनाइदेऊ, २ मिनेटको", None, "t2a", {"duration": 120, "vocal_language": "ne"}),
    ("ne", "आवाज बिनाको बाँसुरी संगीत, १ मिनेट", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ne", "०:२० देखि ०:४० सम्मको भाग फेरि बनाउ", 120, "audio_inpaint", _win(20, 40)),
    ("ne", "गीतको अन्त्यमा २० सेकेन्ड थप", 120, "audio_outpaint", _out(0, 20)),
    # -- nl --
    (
        "nl",
        "Maak een vrolijk liedje in het Nederlands over de zomer, 2 minuten",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "nl"},
    ),
    (
        "nl",
        "Instrumentale piano achtergrondmuziek van anderhalve minuut",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("nl", "Doe het stuk van 0:30 tot 0:50 opnieuw", 150, "audio_inpaint", _win(30, 50)),
    ("nl", "Zet er aan het eind nog 15 seconden bij", 120, "audio_outpaint", _out(0, 15)),
    ("nl", "Kun je het nummer wat beter maken?", 150, "ask", {}),
    # -- no --
    ("no", "Lag en sang på norsk om fjellet, to minutter", None, "t2a", {"duration": 120, "vocal_language": "no"}),
    ("no", "Instrumental lo-fi uten vokal, 90 sekunder", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("no", "Lag om delen fra 0:30 til 0:45", 120, "audio_inpaint", _win(30, 45)),
    ("no", "Legg til 20 sekunder på slutten", 120, "audio_outpaint", _out(0, 20)),
    # -- pa --
    ("pa", "ਪੰਜਾਬੀ ਵਿੱਚ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, 2 ਮਿੰਟ", None, "t2a", {"duration": 120, "vocal_language": "pa"}),
    ("pa", "ਬਿਨਾਂ ਆਵਾਜ਼ ਦੇ ਢੋਲ ਵਾਲਾ ਸੰਗੀਤ, 1 ਮਿੰਟ", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("pa", "0:30 ਤੋਂ 0:45 ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 120, "audio_inpaint", _win(30, 45)),
    ("pa", "ਗੀਤ ਦੇ ਅੰਤ ਵਿੱਚ 15 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 120, "audio_outpaint", _out(0, 15)),
    # -- pl --
    ("pl", "Zrób piosenkę po polsku o jesieni, około 2 minut", None, "t2a", {"duration": 120, "vocal_language": "pl"}),
    ("pl", "Muzyka instrumentalna bez wokalu do filmu, półtorej minuty", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("pl", "Wygeneruj ponownie fragment od 0:50 do 1:10", 180, "audio_inpaint", _win(50, 70)),
    ("pl", "Dodaj 30 sekund na końcu", 150, "audio_outpaint", _out(0, 30)),
    ("pl", "wytnij pierwsze 2 sekundy ciszy", 150, "process_track", {"trim_start_s": 2}),
    # -- ro --
    (
        "ro",
        "Fă-mi o melodie în limba română despre dragoste, 3 minute",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ro"},
    ),
    ("ro", "Muzica instrumentala fara voce, un minut", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ro", "Regenerează ultimele 10 secunde", 120, "audio_inpaint", _win(110, 120)),
    ("ro", "Adaugă un intro de 15 secunde", 120, "audio_outpaint", _out(15, 0)),
    ("ro", "Refă partea de la 2:40 la 3:00", 120, "ask", {}),
    # -- sa --
    ("sa", "संस्कृतभाषायां गीतं रचय, द्वे निमेषे", None, "t2a", {"duration": 120, "vocal_language": "sa"}),
    ("sa", "गानं विना वाद्यसंगीतं, एकः निमेषः", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("sa", "०:१० तः ०:३० पर्यन्तं भागं पुनः रचय", 120, "audio_inpaint", _win(10, 30)),
    ("sa", "गीतस्य अन्ते २० सेकण्ड् योजय", 120, "audio_outpaint", _out(0, 20)),
    # -- sk --
    (
        "sk",
        "Sprav mi pesničku po slovensky o Tatrách, 2 minúty",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sk"},
    ),
    (
        "sk",
        "Inštrumentálna hudba bez spevu, 1 minúta, 2 verzie toho istého",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 2},
    ),
    ("sk", "Pregeneruj časť od 0:40 do 0:55", 150, "audio_inpaint", _win(40, 55)),
    ("sk", "Predĺž skladbu na konci o 20 sekúnd", 120, "audio_outpaint", _out(0, 20)),
    # -- sr --
    ("sr", "Направи ми песму на српском о Београду, 3 минута", None, "t2a", {"duration": 180, "vocal_language": "sr"}),
    ("sr", "Instrumentalna muzika bez vokala, minut i po", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("sr", "Поново генериши последњих 20 секунди", 150, "audio_inpaint", _win(130, 150)),
    ("sr", "Dodaj 10 sekundi na početak", 120, "audio_outpaint", _out(10, 0)),
    # -- sv --
    (
        "sv",
        "Gör en låt på svenska om midsommar, ungefär 2 minuter",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sv"},
    ),
    ("sv", "Instrumental musik utan sång, en och en halv minut", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("sv", "Gör om biten mellan 1:00 och 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("sv", "Lägg till 30 sekunder i slutet", 150, "audio_outpaint", _out(0, 30)),
    ("sv", "gör en fade out på 5 sek", 150, "process_track", {"fade_out_s": 5}),
    # -- sw --
    (
        "sw",
        "Tengeneza wimbo wa Kiswahili kuhusu Afrika, dakika 2",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sw"},
    ),
    ("sw", "Muziki bila sauti ya kuimba, dakika moja", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("sw", "Tengeneza upya sehemu kutoka 0:30 hadi 0:50", 120, "audio_inpaint", _win(30, 50)),
    ("sw", "Ongeza sekunde 20 mwishoni mwa wimbo", 120, "audio_outpaint", _out(0, 20)),
    ("sw", "Nitengenezee nyimbo mbili tofauti: moja ya rock na nyingine ya jazz", None, "ask", {}),
    # -- ta --
    ("ta", "தமிழில் ஒரு காதல் பாடல் உருவாக்கு, 2 நிமிடம்", None, "t2a", {"duration": 120, "vocal_language": "ta"}),
    ("ta", "குரல் இல்லாத இசை, 1 நிமிடம்", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ta", "0:20 முதல் 0:40 வரை உள்ள பகுதியை மீண்டும் உருவாக்கு", 120, "audio_inpaint", _win(20, 40)),
    ("ta", "பாடலின் இறுதியில் 30 வினாடிகள் சேர்", 120, "audio_outpaint", _out(0, 30)),
    # -- te --
    ("te", "తెలుగులో ఒక ప్రేమ పాట చేయండి, 3 నిమిషాలు", None, "t2a", {"duration": 180, "vocal_language": "te"}),
    ("te", "వోకల్స్ లేకుండా ఫ్లూట్ మ్యూజిక్, 1 నిమిషం", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("te", "చివరి 10 సెకన్లు మళ్ళీ చేయండి", 120, "audio_inpaint", _win(110, 120)),
    ("te", "పాట చివర 20 సెకన్లు జోడించండి", 120, "audio_outpaint", _out(0, 20)),
    # -- th --
    ("th", "แต่งเพลงภาษาไทยเกี่ยวกับทะเล ยาว 2 นาที", None, "t2a", {"duration": 120, "vocal_language": "th"}),
    ("th", "เพลงบรรเลงไม่มีเสียงร้อง 1 นาทีครึ่ง", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("th", "ทำช่วง 0:30 ถึง 0:45 ใหม่", 120, "audio_inpaint", _win(30, 45)),
    ("th", "เพิ่มท้ายเพลงอีก 15 วินาที", 120, "audio_outpaint", _out(0, 15)),
    ("th", "แปลงเป็นไฟล์ flac", 120, "process_track", {"output_format": "flac"}),
    # -- tl --
    (
        "tl",
        "Gawan mo ako ng kanta sa Tagalog tungkol sa pag-ibig, 2 minuto",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "tl"},
    ),
    ("tl", "instrumental lang, walang boses, 1 minuto", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("tl", "ulitin mo yung part from 0:40 to 1:00", 150, "audio_inpaint", _win(40, 60)),
    ("tl", "dagdagan mo ng 20 seconds sa dulo", 120, "audio_outpaint", _out(0, 20)),
    ("tl", "gawin mong mp3, 256 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    # -- tr --
    ("tr", "Türkçe bir aşk şarkısı yap, 3 dakika civarı", None, "t2a", {"duration": 180, "vocal_language": "tr"}),
    ("tr", "Vokalsiz, sadece piyano, bir buçuk dakika", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("tr", "1:05 ile 1:20 arasını yeniden oluştur", 180, "audio_inpaint", _win(65, 80)),
    ("tr", "Şarkının sonuna 30 saniye ekle", 150, "audio_outpaint", _out(0, 30)),
    ("tr", "Şarkıyı uzat", 150, "ask", {}),
    # -- uk --
    ("uk", "Зроби пісню українською про весну, дві хвилини", None, "t2a", {"duration": 120, "vocal_language": "uk"}),
    ("uk", "Інструментальна музика без вокалу, 1 хвилина", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("uk", "Перегенеруй останні 15 секунд", 150, "audio_inpaint", _win(135, 150)),
    ("uk", "Додай 20 секунд на початку", 120, "audio_outpaint", _out(20, 0)),
    ("uk", "Додай 30 секунд в кінці пісні", None, "ask", {}),
    # -- ur --
    ("ur", "اردو میں ایک گانا بناؤ، تین منٹ کا", None, "t2a", {"duration": 180, "vocal_language": "ur"}),
    ("ur", "بغیر آواز کے موسیقی، ایک منٹ", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ur", "0:30 سے 0:50 تک کا حصہ دوبارہ بناؤ", 120, "audio_inpaint", _win(30, 50)),
    ("ur", "گانے کے آخر میں 20 سیکنڈ مزید شامل کرو", 120, "audio_outpaint", _out(0, 20)),
    # -- vi --
    (
        "vi",
        "Làm cho mình một bài hát tiếng Việt về mẹ, khoảng 3 phút",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "vi"},
    ),
    ("vi", "nhac khong loi, piano, 1 phut ruoi", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("vi", "Làm lại đoạn từ 0:45 đến 1:05", 150, "audio_inpaint", _win(45, 65)),
    ("vi", "Thêm 20 giây vào cuối bài", 120, "audio_outpaint", _out(0, 20)),
    ("vi", "xuất file mp3 giúp mình", 120, "process_track", {"output_format": "mp3"}),
    # -- yue --
    ("yue", "幫我整首廣東歌，講香港夜景，兩分鐘左右", None, "t2a", {"duration": 120, "vocal_language": "yue"}),
    ("yue", "冇人聲嘅純音樂，一分鐘", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("yue", "將1分到1分15秒嗰段重新整過", 180, "audio_inpaint", _win(60, 75)),
    ("yue", "喺尾度加多20秒", 120, "audio_outpaint", _out(0, 20)),
]
