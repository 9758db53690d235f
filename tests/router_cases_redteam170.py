"""Blind held-out router set 170. Theme: "even mix 71".

An even mix of everyday requests: new tracks with and without lengths, lyrics and takes; window regenerations in
many time styles (m:ss, "2m10s", native digits, "last N seconds"); extensions before/after/to a total length;
exports with format, bitrate, loudness, fades, trims and loops; and the asks (no track, unsupported formats,
vague spans, undo, tempo/key, vocal removal, times past the end).

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for bg ca cs da el fa he hu id nl pl ro sv tr uk vi).
Intents: t2a 60, audio_inpaint 60, process_track 60, audio_outpaint 60, ask 60.

Labels written by hand, never run by the writer.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


R170: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "need a lofi hip hop beat for studying, about 2 and a half min, no vocals pls",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    (
        "en",
        "write me a country song with these words:\n[Verse]\nDust on the dashboard, sun in my eyes\n"
        "[Chorus]\nDrive on, drive on",
        None,
        "t2a",
        {
            "lyrics": "[Verse]\nDust on the dashboard, sun in my eyes\n[Chorus]\nDrive on, drive on",
            "vocal_language": "en",
            "tags_has": ["country"],
        },
    ),
    (
        "en",
        "gimme three versions of a dark synthwave track, 90 seconds each",
        None,
        "t2a",
        {"takes": 3, "duration": 90, "tags_has": ["synthwave"]},
    ),
    ("en", "redo 0:42–0:58, the snare goes weird there", 180, "audio_inpaint", _win(42, 58)),
    ("en", "regenerate from 12m30s to 12m45s", 1800, "audio_inpaint", _win(750, 765)),
    ("en", "the bridge sounds off, regenerate that bit", 75, "ask", {}),
    (
        "en",
        "export as mp3 320 kbps, normalize to -14 LUFS",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "en",
        "chop the first 3 seconds off and fade out over 6",
        140,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 6},
    ),
    ("en", "add a 12 second intro", 95, "audio_outpaint", _out(12, 0)),
    ("en", "stretch it out to 4 minutes total", 170, "audio_outpaint", _out(0, 70)),
    ("en", "can u export it as m4a?", 120, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir einen treibenden Techno-Track, so 6 Minuten lang, ohne Gesang",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Schreib ein deutsches Lied mit Piano, Text:\n[Strophe]\nDer Regen fällt auf leere Straßen\n"
        "[Refrain]\nBleib noch hier",
        None,
        "t2a",
        {
            "lyrics": "[Strophe]\nDer Regen fällt auf leere Straßen\n[Refrain]\nBleib noch hier",
            "vocal_language": "de",
            "tags_has": ["piano"],
        },
    ),
    ("de", "Bitte die Stelle von 1:12 bis 1:30 neu generieren", 240, "audio_inpaint", _win(72, 90)),
    ("de", "Sekunde 45 bis 52 klingt schief, nochmal machen", 130, "audio_inpaint", _win(45, 52)),
    (
        "de",
        "die ersten zehn Sekunden neu, gib mir zwei Varianten",
        60,
        "audio_inpaint",
        {"start_time": 0, "end_time": 10, "takes": 2},
    ),
    (
        "de",
        "als FLAC exportieren und auf -16 LUFS bringen",
        3600,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -16},
    ),
    ("de", "Mach einen nahtlosen Loop draus", 32, "process_track", {"loop": True}),
    ("de", "Verlängere das Ende um 30 Sekunden", 150, "audio_outpaint", _out(0, 30)),
    ("de", "vorne 8 Sek. Intro dran, hinten 20 Sek. Outro", 100, "audio_outpaint", _out(8, 20)),
    ("de", "Kannst du die Stimme rausnehmen? Brauch's für Karaoke", 200, "ask", {}),
    ("de", "Generier den Teil von 4:30 bis 5:00 neu", 180, "ask", {}),
    # ---- es ----
    (
        "es",
        "Quiero una cumbia alegre para una fiesta, de unos dos minutos",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "hazme 2 versiones de un reggaeton instrumental de 1:45",
        None,
        "t2a",
        {"takes": 2, "duration": 105, "lyrics": INST, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "Un bolero en español con esta letra: [Verso] Te busqué en cada esquina de la ciudad [Coro] Y no estabas tú",
        None,
        "t2a",
        {
            "lyrics": "[Verso] Te busqué en cada esquina de la ciudad [Coro] Y no estabas tú",
            "vocal_language": "es",
            "tags_has": ["bolero"],
        },
    ),
    ("es", "rehace del segundo 30 al 48 porfa", 90, "audio_inpaint", _win(30, 48)),
    ("es", "el tramo 10:05-10:20 tiene un ruido, regenéralo", 900, "audio_inpaint", _win(605, 620)),
    ("es", "exportar en ogg a 128 kbps", 75, "process_track", {"output_format": "ogg", "bitrate_kbps": 128}),
    (
        "es",
        "quítale los últimos 4 segundos y ponle un fade in de 2",
        120,
        "process_track",
        {"trim_end_s": 4, "fade_in_s": 2},
    ),
    ("es", "alárgala hasta los 3 minutos", 140, "audio_outpaint", _out(0, 40)),
    ("es", "ponle una intro de 15 segundos al principio", 66, "audio_outpaint", _out(15, 0)),
    ("es", "hazme otra igualita a esta", 120, "ask", {}),
    ("es", "arregla la parte fea del medio", 180, "ask", {}),
    # ---- fr ----
    ("fr", "Une valse au piano, mélancolique, environ 3 min 20", None, "t2a", {"duration": 200, "tags_has": ["piano"]}),
    ("fr", "Fais-moi un morceau de jazz manouche sans voix", None, "t2a", {"lyrics": INST, "tags_has": ["jazz"]}),
    ("fr", "Régénère de 0:15 à 0:27 stp", 95, "audio_inpaint", _win(15, 27)),
    ("fr", "entre 1 min 40 et 1 min 55 ça sature, refais ce passage", 210, "audio_inpaint", _win(100, 115)),
    ("fr", "refais les 20 dernières secondes", 150, "audio_inpaint", _win(130, 150)),
    (
        "fr",
        "exporte en wav avec un fondu de sortie de 10 s",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 10},
    ),
    ("fr", "mp3 192k s'il te plaît", 100, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("fr", "Rajoute 45 secondes à la fin", 120, "audio_outpaint", _out(0, 45)),
    ("fr", "je veux que ça dure 2 minutes en tout, rallonge au début", 90, "audio_outpaint", _out(30, 0)),
    ("fr", "exporte-le en aac", 130, "ask", {}),
    ("fr", "annule la dernière modif", 130, "ask", {}),
    # ---- it ----
    ("it", "Una base trap cupa di 2 minuti e mezzo", None, "t2a", {"duration": 150, "tags_has": ["trap"]}),
    (
        "it",
        "Canzone pop in italiano, testo: [Strofa] Sotto il cielo di Milano [Ritornello] Resta con me stanotte",
        None,
        "t2a",
        {
            "lyrics": "[Strofa] Sotto il cielo di Milano [Ritornello] Resta con me stanotte",
            "vocal_language": "it",
            "tags_has": ["pop"],
        },
    ),
    ("it", "rigenera da 2:00 a 2:12", 200, "audio_inpaint", _win(120, 132)),
    ("it", "i primi 8 secondi non mi piacciono, rifalli", 45, "audio_inpaint", _win(0, 8)),
    (
        "it",
        "esporta in mp3 a 256 kbps e loudness -12 LUFS",
        160,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -12},
    ),
    ("it", "taglia i primi 2 secondi e gli ultimi 5", 120, "process_track", {"trim_start_s": 2, "trim_end_s": 5}),
    ("it", "fade in di 3 secondi e fade out di 8", 180, "process_track", {"fade_in_s": 3, "fade_out_s": 8}),
    ("it", "allunga il finale di mezzo minuto", 100, "audio_outpaint", _out(0, 30)),
    ("it", "aggiungi 10 secondi prima e 10 dopo", 60, "audio_outpaint", _out(10, 10)),
    ("it", "esportalo in opus", 90, "ask", {}),
    ("it", "puoi abbassarla di un tono?", 90, "ask", {}),
    # ---- pt ----
    (
        "pt",
        "Quero um samba instrumental de 1 minuto e meio",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["samba"]},
    ),
    ("pt", "faz 4 versões de uma bossa nova suave", None, "t2a", {"takes": 4, "tags_has": ["bossa"]}),
    ("pt", "refaz o trecho entre 0:50 e 1:05", 150, "audio_inpaint", _win(50, 65)),
    ("pt", "do segundo 12 ao 20 tá estranho, regenera", 40, "audio_inpaint", _win(12, 20)),
    ("pt", "exporta em flac", 300, "process_track", {"output_format": "flac"}),
    ("pt", "deixa em loop sem emenda", 24, "process_track", {"loop": True}),
    ("pt", "estende o final pra fechar em 5 minutos", 240, "audio_outpaint", _out(0, 60)),
    ("pt", "coloca uma introdução de 20s", 180, "audio_outpaint", _out(20, 0)),
    ("pt", "aumenta 15 segundos no começo e 25 no fim", 120, "audio_outpaint", _out(15, 25)),
    ("pt", "separa os stems pra mim", 200, "ask", {}),
    ("pt", "exporta essa música em mp3", None, "ask", {}),
    # ---- ru ----
    ("ru", "Сделай эмбиент-трек минут на пять, без вокала", None, "t2a", {"duration": 300, "lyrics": INST}),
    (
        "ru",
        "Песня на русском, слова: [Куплет] Город спит, а я иду [Припев] Не отпускай",
        None,
        "t2a",
        {"lyrics": "[Куплет] Город спит, а я иду [Припев] Не отпускай", "vocal_language": "ru"},
    ),
    ("ru", "перегенерируй с 1:20 до 1:35", 220, "audio_inpaint", _win(80, 95)),
    ("ru", "последние 10 секунд переделай", 64, "audio_inpaint", _win(54, 64)),
    ("ru", "экспорт в mp3, 160 кбит/с", 110, "process_track", {"output_format": "mp3", "bitrate_kbps": 160}),
    (
        "ru",
        "обрежь первые 5 секунд, в конце плавное затухание 7 секунд",
        200,
        "process_track",
        {"trim_start_s": 5, "fade_out_s": 7},
    ),
    ("ru", "добавь в конце ещё 40 секунд", 150, "audio_outpaint", _out(0, 40)),
    ("ru", "продли трек до 3 минут", 100, "audio_outpaint", _out(0, 80)),
    ("ru", "сделай то же самое, но медленнее", 120, "ask", {}),
    ("ru", "перегенерируй припев", 180, "ask", {}),
    ("ru", "сохрани в wma", 90, "ask", {}),
    # ---- ja ----
    ("ja", "カフェで流れるようなジャズピアノ、2分くらいで", None, "t2a", {"duration": 120}),
    ("ja", "lofiビートを3パターン作って、歌なしで", None, "t2a", {"takes": 3, "lyrics": INST, "tags_has": ["lofi"]}),
    (
        "ja",
        "日本語の歌詞でポップスを:\n[Verse]\n夕焼けの帰り道\n[Chorus]\nまた明日ね",
        None,
        "t2a",
        {"lyrics": "[Verse]\n夕焼けの帰り道\n[Chorus]\nまた明日ね", "vocal_language": "ja"},
    ),
    ("ja", "1:10から1:25までを作り直して", 180, "audio_inpaint", _win(70, 85)),
    ("ja", "最初の15秒をやり直し", 90, "audio_inpaint", _win(0, 15)),
    ("ja", "wavで書き出して、-14 LUFSに", 150, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("ja", "フェードアウト５秒つけて", 120, "process_track", {"fade_out_s": 5}),
    ("ja", "最後を30秒延ばして", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "イントロを10秒足して", 200, "audio_outpaint", _out(10, 0)),
    ("ja", "ボーカルだけ消せる?", 180, "ask", {}),
    ("ja", "さっきのと似た感じでもう一曲", 150, "ask", {}),
    # ---- ko ----
    ("ko", "잔잔한 피아노 곡 하나 만들어줘, 3분 정도", None, "t2a", {"duration": 180}),
    (
        "ko",
        "kpop 스타일 댄스곡, 가사 없이 1분 30초",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["kpop"]},
    ),
    ("ko", "0:35부터 0:50까지 다시 만들어 줘", 120, "audio_inpaint", _win(35, 50)),
    ("ko", "2분 5초~2분 20초 구간 재생성", 240, "audio_inpaint", _win(125, 140)),
    ("ko", "마지막 8초만 다시", 48, "audio_inpaint", _win(40, 48)),
    ("ko", "mp3로 뽑아줘 비트레이트 128", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ko", "루프로 자연스럽게 이어지게 만들어줘", 30, "process_track", {"loop": True}),
    ("ko", "끝에 20초 더 붙여줘", 100, "audio_outpaint", _out(0, 20)),
    ("ko", "전체 길이 2분으로 늘려줘", 75, "audio_outpaint", _out(0, 45)),
    ("ko", "템포 좀 올려줘", 120, "ask", {}),
    ("ko", "4:00부터 4:30까지 다시 만들어", 200, "ask", {}),
    # ---- zh ----
    ("zh", "来一首古风的纯音乐，两分半左右", None, "t2a", {"duration": 150, "lyrics": INST}),
    (
        "zh",
        "做一首中文流行歌，歌词：[主歌] 城市的灯火一盏盏亮起 [副歌] 你在哪里",
        None,
        "t2a",
        {"lyrics": "[主歌] 城市的灯火一盏盏亮起 [副歌] 你在哪里", "vocal_language": "zh"},
    ),
    ("zh", "把1:00到1:18重新生成一下", 160, "audio_inpaint", _win(60, 78)),
    ("zh", "第20秒到第35秒重做", 90, "audio_inpaint", _win(20, 35)),
    ("zh", "导出成flac", 200, "process_track", {"output_format": "flac"}),
    (
        "zh",
        "淡入2秒，淡出6秒，响度-14 LUFS",
        180,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 6, "loudness_lufs": -14},
    ),
    ("zh", "剪掉开头的3秒", 60, "process_track", {"trim_start_s": 3}),
    ("zh", "结尾再加半分钟", 120, "audio_outpaint", _out(0, 30)),
    ("zh", "前面加5秒的前奏", 80, "audio_outpaint", _out(5, 0)),
    ("zh", "导出为m4a格式", 100, "ask", {}),
    ("zh", "撤销刚才的操作", 100, "ask", {}),
    # ---- ar ----
    ("ar", "اعمل لي مقطوعة عود هادئة مدتها دقيقتين بدون غناء", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "ar",
        "أغنية بالعربية بهذه الكلمات: [مقطع] يا ليل طول شوية [لازمة] خليك معايا",
        None,
        "t2a",
        {"lyrics": "[مقطع] يا ليل طول شوية [لازمة] خليك معايا", "vocal_language": "ar"},
    ),
    ("ar", "أعد توليد الجزء من 0:40 إلى 0:55", 180, "audio_inpaint", _win(40, 55)),
    ("ar", "الثواني العشر الأولى مش حلوة، أعدها", 70, "audio_inpaint", _win(0, 10)),
    ("ar", "صدّر الملف mp3 بجودة 320", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ar", "اعمل fade out لمدة ٤ ثوانٍ", 100, "process_track", {"fade_out_s": 4}),
    ("ar", "أطل النهاية ٢٠ ثانية", 90, "audio_outpaint", _out(0, 20)),
    ("ar", "خليها ٤ دقائق بالكامل", 180, "audio_outpaint", _out(0, 60)),
    ("ar", "أضف مقدمة ١٠ ثوانٍ", 150, "audio_outpaint", _out(10, 0)),
    ("ar", "صدّرها بصيغة aac", 120, "ask", {}),
    ("ar", "صلّح الجزء السيء", 120, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "एक bollywood स्टाइल रोमांटिक गाना बनाओ, 3 मिनट का",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bollywood"]},
    ),
    (
        "hi",
        "sitar वाला instrumental चाहिए, लगभग डेढ़ मिनट",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "1:30 से 1:45 तक फिर से बनाओ", 200, "audio_inpaint", _win(90, 105)),
    ("hi", "आखिरी 12 सेकंड दोबारा generate करो", 60, "audio_inpaint", _win(48, 60)),
    ("hi", "wav में export करो", 120, "process_track", {"output_format": "wav"}),
    ("hi", "शुरू के 2 सेकंड काट दो", 90, "process_track", {"trim_start_s": 2}),
    ("hi", "अंत में 25 सेकंड और जोड़ो", 150, "audio_outpaint", _out(0, 25)),
    ("hi", "शुरू में 6 सेकंड का intro जोड़ दो", 100, "audio_outpaint", _out(6, 0)),
    ("hi", "इसे karaoke बना दो", 180, "ask", {}),
    ("hi", "इसका mp3 निकाल दो", None, "ask", {}),
    ("hi", "बीच वाला खराब हिस्सा ठीक करो", 150, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми фолк мелодия с гайда, около 2 минути, без вокал",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("bg", "прегенерирай от 0:25 до 0:40", 100, "audio_inpaint", _win(25, 40)),
    ("bg", "експортирай в mp3 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("bg", "удължи края с 15 секунди", 60, "audio_outpaint", _out(0, 15)),
    ("bg", "махни вокала", 120, "ask", {}),
    # ---- ca ----
    ("ca", "Fes-me una rumba catalana de 3 minuts", None, "t2a", {"duration": 180, "tags_has": ["rumba"]}),
    ("ca", "torna a generar del 1:05 al 1:15", 140, "audio_inpaint", _win(65, 75)),
    (
        "ca",
        "exporta-ho en wav i normalitza a -14 LUFS",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ca", "afegeix 20 segons al principi", 90, "audio_outpaint", _out(20, 0)),
    ("ca", "fes-ne una altra com aquesta", 90, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "Udělej veselou dechovku, polka styl, tak minutu a půl",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["polka"]},
    ),
    ("cs", "přegeneruj úsek 2:30–2:45", 300, "audio_inpaint", _win(150, 165)),
    ("cs", "ořízni posledních 6 sekund", 120, "process_track", {"trim_end_s": 6}),
    ("cs", "prodluž to na 4 minuty celkem", 200, "audio_outpaint", _out(0, 40)),
    ("cs", "exportuj to jako m4a", 100, "ask", {}),
    # ---- da ----
    ("da", "Lav en rolig jazz-ballade uden vokal", None, "t2a", {"lyrics": INST, "tags_has": ["jazz"]}),
    ("da", "lav sekund 10 til 22 om", 80, "audio_inpaint", _win(10, 22)),
    ("da", "gør den til et sømløst loop", 28, "process_track", {"loop": True}),
    ("da", "tilføj et 12 sekunders intro", 110, "audio_outpaint", _out(12, 0)),
    ("da", "kan du gøre den langsommere?", 110, "ask", {}),
    # ---- el ----
    ("el", "Φτιάξε ένα ρεμπέτικο με μπουζούκι, γύρω στα 3 λεπτά", None, "t2a", {"duration": 180}),
    ("el", "ξαναφτιάξε από 0:45 έως 1:00", 150, "audio_inpaint", _win(45, 60)),
    ("el", "εξαγωγή σε ogg", 90, "process_track", {"output_format": "ogg"}),
    ("el", "μάκρυνε το τέλος κατά μισό λεπτό", 120, "audio_outpaint", _out(0, 30)),
    ("el", "ξαναφτιάξε το ρεφρέν", 180, "ask", {}),
    # ---- fa ----
    ("fa", "یک قطعه بی‌کلام با سه‌تار بساز، حدود ۲ دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "از ۱:۱۰ تا ۱:۲۵ رو دوباره بساز", 200, "audio_inpaint", _win(70, 85)),
    ("fa", "خروجی mp3 با بیت‌ریت ۱۲۸ بده", 100, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("fa", "۱۵ ثانیه به آخرش اضافه کن", 80, "audio_outpaint", _out(0, 15)),
    ("fa", "برگرد به نسخه قبلی", 80, "ask", {}),
    # ---- he ----
    (
        "he",
        "תעשה לי שיר מזרחי בעברית עם המילים: [בית] הלילה עוד צעיר [פזמון] בואי נרקוד",
        None,
        "t2a",
        {"lyrics": "[בית] הלילה עוד צעיר [פזמון] בואי נרקוד", "vocal_language": "he"},
    ),
    ("he", "תחדש את 1:40 עד 1:52", 180, "audio_inpaint", _win(100, 112)),
    ("he", "תייצא ל-wav עם פייד אאוט של 3 שניות", 150, "process_track", {"output_format": "wav", "fade_out_s": 3}),
    ("he", "תאריך את השיר ל-3 דקות", 150, "audio_outpaint", _out(0, 30)),
    ("he", "תוריד את השירה, אני צריך רק את הליווי", 200, "ask", {}),
    # ---- hu ----
    ("hu", "Csinálj egy 4 perces drum and bass számot", None, "t2a", {"duration": 240}),
    ("hu", "az utolsó 20 másodpercet generáld újra", 100, "audio_inpaint", _win(80, 100)),
    ("hu", "exportáld flac-ba, -12 LUFS", 180, "process_track", {"output_format": "flac", "loudness_lufs": -12}),
    ("hu", "tegyél elé egy 8 másodperces intrót", 90, "audio_outpaint", _out(8, 0)),
    ("hu", "exportáld mp3-ba", None, "ask", {}),
    # ---- id ----
    ("id", "bikinin lagu dangdut koplo 2 menit dong", None, "t2a", {"duration": 120, "tags_has": ["dangdut"]}),
    ("id", "generate ulang bagian 0:30 sampai 0:42", 120, "audio_inpaint", _win(30, 42)),
    ("id", "potong 3 detik di awal, terus fade in 2 detik", 90, "process_track", {"trim_start_s": 3, "fade_in_s": 2}),
    ("id", "tambahin 30 detik di akhir", 90, "audio_outpaint", _out(0, 30)),
    ("id", "bisa dinaikin nadanya?", 90, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "Maak een vrolijk kinderliedje in het Nederlands, tekst: [Couplet] De zon is op, de vogels fluiten "
        "[Refrein] Kom maar mee naar buiten",
        None,
        "t2a",
        {
            "lyrics": "[Couplet] De zon is op, de vogels fluiten [Refrein] Kom maar mee naar buiten",
            "vocal_language": "nl",
        },
    ),
    ("nl", "kun je 2:00 tot 2:20 opnieuw genereren", 260, "audio_inpaint", _win(120, 140)),
    ("nl", "exporteer als mp3 op 256 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("nl", "maak hem 90 seconden langer aan het eind", 150, "audio_outpaint", _out(0, 90)),
    ("nl", "genereer 3:10 tot 3:30 opnieuw", 150, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "zrób mi 2 wersje muzyki do gry, chiptune, 45 sekund",
        None,
        "t2a",
        {"takes": 2, "duration": 45, "tags_has": ["chiptune"]},
    ),
    ("pl", "przegeneruj od 15 do 30 sekundy", 60, "audio_inpaint", _win(15, 30)),
    (
        "pl",
        "wyciszenie na końcu 10 sekund i eksport do wav",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 10},
    ),
    ("pl", "dodaj intro 10 sekund i outro 20 sekund", 120, "audio_outpaint", _out(10, 20)),
    ("pl", "zrób z tego wersję karaoke", 120, "ask", {}),
    # ---- ro ----
    (
        "ro",
        "fă-mi o manea instrumentală de 3 minute",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["manea"]},
    ),
    ("ro", "regenerează porțiunea 0:55 – 1:10", 130, "audio_inpaint", _win(55, 70)),
    ("ro", "taie ultimele 2 secunde", 70, "process_track", {"trim_end_s": 2}),
    ("ro", "prelungește piesa până la 2 minute", 95, "audio_outpaint", _out(0, 25)),
    ("ro", "exportă în format aac", 95, "ask", {}),
    # ---- sv ----
    ("sv", "Gör en lugn visa med gitarr, ungefär 2:30", None, "t2a", {"duration": 150}),
    ("sv", "gör om 1:15–1:30", 200, "audio_inpaint", _win(75, 90)),
    ("sv", "exportera som ogg 96 kbps", 120, "process_track", {"output_format": "ogg", "bitrate_kbps": 96}),
    ("sv", "lägg till 25 sekunder i början", 100, "audio_outpaint", _out(25, 0)),
    ("sv", "gör en till som låter likadant", 100, "ask", {}),
    # ---- tr ----
    ("tr", "Bağlama ile türkü tarzı enstrümantal bir parça, 2 dakika", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("tr", "1:00 ile 1:20 arasını yeniden oluştur", 240, "audio_inpaint", _win(60, 80)),
    (
        "tr",
        "loudness -14 LUFS yap, mp3 olarak ver",
        180,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    ("tr", "sonuna 1 dakika ekle", 120, "audio_outpaint", _out(0, 60)),
    ("tr", "vokalleri ayır", 120, "ask", {}),
    # ---- uk ----
    (
        "uk",
        "Зроби колискову українською, текст: [Куплет] Спи, маленький, місяць світить [Приспів] Люлі-люлі",
        None,
        "t2a",
        {"lyrics": "[Куплет] Спи, маленький, місяць світить [Приспів] Люлі-люлі", "vocal_language": "uk"},
    ),
    ("uk", "перероби останні 5 секунд", 35, "audio_inpaint", _win(30, 35)),
    ("uk", "експорт у flac і fade in 4 секунди", 200, "process_track", {"output_format": "flac", "fade_in_s": 4}),
    ("uk", "додай на початку 10 секунд", 60, "audio_outpaint", _out(10, 0)),
    ("uk", "переведи в ля мінор", 60, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "làm cho mình một bài nhạc lofi chill không lời, khoảng 3 phút",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("vi", "tạo lại đoạn từ 0:20 đến 0:35", 150, "audio_inpaint", _win(20, 35)),
    ("vi", "xuất file mp3 320kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("vi", "kéo dài thêm 40 giây ở cuối", 150, "audio_outpaint", _out(0, 40)),
    ("vi", "làm lại đoạn điệp khúc", 150, "ask", {}),
    # ---- az ----
    ("az", "0:30-dan 0:45-ə qədər yenidən yarat", 120, "audio_inpaint", _win(30, 45)),
    ("az", "mp3 formatında 192 kbps ilə ixrac et", 100, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("az", "sonuna 20 saniyə əlavə et", 100, "audio_outpaint", _out(0, 20)),
    ("az", "bunu opus kimi ixrac et", 100, "ask", {}),
    # ---- bn ----
    ("bn", "১:০০ থেকে ১:১৫ আবার তৈরি করো", 200, "audio_inpaint", _win(60, 75)),
    ("bn", "wav ফাইল হিসেবে export করো", 120, "process_track", {"output_format": "wav"}),
    ("bn", "শেষে ৩০ সেকেন্ড বাড়াও", 90, "audio_outpaint", _out(0, 30)),
    ("bn", "গানটা একটু ধীর করে দাও", 90, "ask", {}),
    # ---- fi ----
    ("fi", "generoi uudelleen kohta 2:10–2:25", 280, "audio_inpaint", _win(130, 145)),
    ("fi", "vie flacina ja loudness -14 LUFS", 180, "process_track", {"output_format": "flac", "loudness_lufs": -14}),
    ("fi", "pidennä loppua 20 sekuntia", 100, "audio_outpaint", _out(0, 20)),
    ("fi", "tee siitä karaokeversio", 100, "ask", {}),
    # ---- hr ----
    ("hr", "ponovo generiraj od 0:10 do 0:25", 60, "audio_inpaint", _win(10, 25)),
    ("hr", "izvezi u mp3 128 kbps", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("hr", "dodaj uvod od 15 sekundi", 140, "audio_outpaint", _out(15, 0)),
    ("hr", "izvezi u wav", None, "ask", {}),
    # ---- ht ----
    ("ht", "refè pati ki soti 0:40 rive 0:50 la", 120, "audio_inpaint", _win(40, 50)),
    ("ht", "ekspòte l an mp3", 120, "process_track", {"output_format": "mp3"}),
    ("ht", "ajoute 30 segonn nan fen an", 120, "audio_outpaint", _out(0, 30)),
    ("ht", "fè yon lòt menm jan an", 120, "ask", {}),
    # ---- is ----
    ("is", "Búðu til rólegt píanólag án söngs, um 2 mínútur", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("is", "fluttu út sem wav", 150, "process_track", {"output_format": "wav"}),
    ("is", "lengdu lagið í 3 mínútur", 150, "audio_outpaint", _out(0, 30)),
    ("is", "taktu sönginn út", 150, "ask", {}),
    # ---- la ----
    ("la", "Compone carmen laetum, duo minuta longum", None, "t2a", {"duration": 120}),
    ("la", "exporta in formam mp3", 100, "process_track", {"output_format": "mp3"}),
    ("la", "adde decem secunda ad finem", 100, "audio_outpaint", _out(0, 10)),
    ("la", "fac aliud simile huic", 100, "ask", {}),
    # ---- lt ----
    (
        "lt",
        "Sukurk techno kūrinį be vokalo, 5 minutės",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["techno"]},
    ),
    ("lt", "eksportuok kaip flac", 200, "process_track", {"output_format": "flac"}),
    ("lt", "pridėk 15 sekundžių pradžioje", 200, "audio_outpaint", _out(15, 0)),
    ("lt", "eksportuok kaip m4a", 200, "ask", {}),
    # ---- ms ----
    ("ms", "buatkan lagu keroncong santai 3 minit", None, "t2a", {"duration": 180, "tags_has": ["keroncong"]}),
    ("ms", "fade out 5 saat di hujung", 120, "process_track", {"fade_out_s": 5}),
    ("ms", "panjangkan hingga 4 minit", 180, "audio_outpaint", _out(0, 60)),
    ("ms", "buang vokal dia", 180, "ask", {}),
    # ---- ne ----
    ("ne", "एउटा लोक गीत बनाउनुहोस्, करिब २ मिनेटको", None, "t2a", {"duration": 120}),
    ("ne", "mp3 मा export गर्नुहोस्, 256 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ne", "सुरुमा १० सेकेन्ड थप्नुहोस्", 150, "audio_outpaint", _out(10, 0)),
    ("ne", "गीतलाई अलि छिटो बनाउनुहोस्", 150, "ask", {}),
    # ---- no ----
    (
        "no",
        "lag en episk orkester-soundtrack på 2 minutter, uten vokal",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["soundtrack"]},
    ),
    ("no", "lag 0:50 til 1:05 på nytt", 180, "audio_inpaint", _win(50, 65)),
    ("no", "forleng slutten med 30 sek", 180, "audio_outpaint", _out(0, 30)),
    ("no", "fiks den dårlige delen", 180, "ask", {}),
    # ---- pa ----
    ("pa", "ਇੱਕ bhangra ਗੀਤ ਬਣਾਓ, 3 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 180, "tags_has": ["bhangra"]}),
    ("pa", "0:20 ਤੋਂ 0:35 ਦੁਬਾਰਾ ਬਣਾਓ", 100, "audio_inpaint", _win(20, 35)),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 100, "audio_outpaint", _out(0, 20)),
    ("pa", "ਇਸਨੂੰ aac ਵਿੱਚ export ਕਰੋ", 100, "ask", {}),
    # ---- sa ----
    ("sa", "शान्तं वीणासङ्गीतं रचय, गीतं विना, द्वौ मिनिटौ", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "०:३० तः ०:४५ पर्यन्तं पुनः रचय", 120, "audio_inpaint", _win(30, 45)),
    ("sa", "अन्ते १० सेकण्ड् योजय", 120, "audio_outpaint", _out(0, 10)),
    ("sa", "पूर्वरूपं प्रत्यानय", 120, "ask", {}),
    # ---- sk ----
    (
        "sk",
        "sprav mi 3 verzie rýchleho punk rocku, 2 minúty",
        None,
        "t2a",
        {"takes": 3, "duration": 120, "tags_has": ["punk"]},
    ),
    ("sk", "pregeneruj 1:00 až 1:10", 90, "audio_inpaint", _win(60, 70)),
    ("sk", "predĺž to na 2 minúty", 90, "audio_outpaint", _out(0, 30)),
    ("sk", "vyexportuj to do wav", None, "ask", {}),
    # ---- sr ----
    ("sr", "Направи ми турбо фолк песму од 3 минута", None, "t2a", {"duration": 180}),
    ("sr", "regeneriši deo od 2:15 do 2:30", 240, "audio_inpaint", _win(135, 150)),
    (
        "sr",
        "izvezi kao ogg i stavi fade out 6 sekundi",
        240,
        "process_track",
        {"output_format": "ogg", "fade_out_s": 6},
    ),
    ("sr", "promeni tempo na 120 bpm", 240, "ask", {}),
    # ---- sw ----
    ("sw", "Tengeneza wimbo wa bongo flava wa dakika mbili", None, "t2a", {"duration": 120, "tags_has": ["bongo"]}),
    ("sw", "tengeneza upya sekunde 10 hadi 25", 80, "audio_inpaint", _win(10, 25)),
    ("sw", "hamisha kama mp3 yenye 192 kbps", 80, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("sw", "nitengenezee nyingine kama hii", 80, "ask", {}),
    # ---- ta ----
    ("ta", "ஒரு மெல்லிய வீணை இசை, பாடல் இல்லாமல், 90 வினாடிகள்", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ta", "1:05 முதல் 1:20 வரை மீண்டும் உருவாக்கு", 150, "audio_inpaint", _win(65, 80)),
    ("ta", "wav ஆக ஏற்றுமதி செய், -14 LUFS", 150, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("ta", "குரலை நீக்கிவிடு", 150, "ask", {}),
    # ---- te ----
    ("te", "ఒక folk పాట చేయి, 2 నిమిషాలు", None, "t2a", {"duration": 120, "tags_has": ["folk"]}),
    ("te", "చివరి 10 సెకన్లు మళ్లీ చేయి", 50, "audio_inpaint", _win(40, 50)),
    ("te", "మొదటి 4 సెకన్లు కట్ చేయి", 50, "process_track", {"trim_start_s": 4}),
    ("te", "ఇంకొకటి ఇలాంటిదే చేయి", 50, "ask", {}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งสนุกๆ ยาวประมาณ 3 นาที", None, "t2a", {"duration": 180}),
    ("th", "สร้างช่วง 0:45 ถึง 1:00 ใหม่", 120, "audio_inpaint", _win(45, 60)),
    ("th", "export เป็น mp3 128 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("th", "เพิ่มอินโทร 10 วินาที", 120, "audio_outpaint", _out(10, 0)),
    # ---- tl ----
    (
        "tl",
        "gawa ka ng love song na may lyrics: [Verse] Ikaw ang aking tahanan [Chorus] Huwag kang lalayo",
        None,
        "t2a",
        {"lyrics": "[Verse] Ikaw ang aking tahanan [Chorus] Huwag kang lalayo", "vocal_language": "tl"},
    ),
    ("tl", "paki-regenerate yung 1:30 hanggang 1:40", 200, "audio_inpaint", _win(90, 100)),
    ("tl", "i-export as flac tapos -16 LUFS", 200, "process_track", {"output_format": "flac", "loudness_lufs": -16}),
    ("tl", "dagdagan ng 20 seconds sa dulo", 200, "audio_outpaint", _out(0, 20)),
    # ---- ur ----
    ("ur", "ایک قوالی بنائیں، تقریباً چار منٹ کی", None, "t2a", {"duration": 240}),
    ("ur", "0:15 سے 0:30 تک دوبارہ بنائیں", 90, "audio_inpaint", _win(15, 30)),
    ("ur", "اسے loop بنا دیں", 40, "process_track", {"loop": True}),
    ("ur", "آخر میں 30 سیکنڈ مزید شامل کریں", 90, "audio_outpaint", _out(0, 30)),
    # ---- yue ----
    (
        "yue",
        "整首廣東歌，歌詞係：[主歌] 維港嘅夜風吹過 [副歌] 唔好走住",
        None,
        "t2a",
        {"lyrics": "[主歌] 維港嘅夜風吹過 [副歌] 唔好走住", "vocal_language": "yue"},
    ),
    ("yue", "幫我重整1:20至1:35嗰段", 180, "audio_inpaint", _win(80, 95)),
    ("yue", "匯出做mp3，320k", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("yue", "尾段再拉長20秒", 180, "audio_outpaint", _out(0, 20)),
]
