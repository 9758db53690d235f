"""Blind held-out router set 176. Theme: "even mix 74".

An even mix of everyday requests of every kind: new tracks with and without lengths and lyrics, window
regenerations written in many time styles, extensions before/after/to a total length, exports with
format/bitrate/loudness/fades/trims/loops, and the asks (no open track, unsupported formats, vague spans, key and
tempo changes, stems). Includes code-switching (Chinese/Japanese with English music words, Hinglish, Taglish).

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


R176: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "need a chill lofi beat for studying, like 2 and a half minutes, no vocals pls",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("en", "make me 3 versions of an upbeat surf rock tune", None, "t2a", {"takes": 3, "tags_has": ["surf"]}),
    ("en", "the snare between 0:42 and 0:51 sounds clipped, can u redo just that", 180, "audio_inpaint", _win(42, 51)),
    ("en", "regenerate seconds 12 thru 20", 60, "audio_inpaint", _win(12, 20)),
    ("en", "export as flac pls", 95, "process_track", {"output_format": "flac"}),
    (
        "en",
        "give me an mp3 at 256k, normalized to -14 LUFS with a 3 sec fade out",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -14, "fade_out_s": 3},
    ),
    ("en", "tack on another 30 seconds at the end", 90, "audio_outpaint", _out(0, 30)),
    ("en", "stretch this out to 4 minutes total", 150, "audio_outpaint", _out(0, 90)),
    ("en", "can you take the vocals out so I can sing over it", 120, "ask", {}),
    ("en", "export it as m4a", 140, "ask", {}),
    ("en", "fix the weird part in the middle", 180, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir einen düsteren Techno-Track, ca. 4 Minuten, ohne Gesang",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Ein fröhliches Akkordeon-Stück für ein Dorffest, anderthalb Minuten",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["akkordeon"]},
    ),
    (
        "de",
        "Schreib einen Song mit diesem Text:\n[Verse]\nDie Straßen nass, das Licht ist aus\n[Chorus]\nIch find den Weg nach Haus",
        None,
        "t2a",
        {
            "lyrics": "[Verse]\nDie Straßen nass, das Licht ist aus\n[Chorus]\nIch find den Weg nach Haus",
            "vocal_language": "de",
        },
    ),
    ("de", "Bitte den Abschnitt von 1:10 bis 1:25 neu generieren", 210, "audio_inpaint", _win(70, 85)),
    ("de", "die ersten 8 Sekunden klingen schief, nochmal bitte", 45, "audio_inpaint", _win(0, 8)),
    (
        "de",
        "Als WAV exportieren und auf -16 LUFS bringen",
        130,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -16},
    ),
    ("de", "schneid vorne 2 Sekunden weg", 75, "process_track", {"trim_start_s": 2}),
    ("de", "Häng noch ein Intro von 10 Sekunden davor", 100, "audio_outpaint", _out(10, 0)),
    ("de", "verlängere das Ende um eine halbe Minute", 160, "audio_outpaint", _out(0, 30)),
    ("de", "Kannst du das Ganze einen Halbton höher machen?", 120, "ask", {}),
    ("de", "exportier das als mp3", None, "ask", {}),
    # ---- es ----
    ("es", "quiero una cumbia alegre de unos 3 minutos", None, "t2a", {"duration": 180, "tags_has": ["cumbia"]}),
    (
        "es",
        "hazme dos versiones de un bolero instrumental",
        None,
        "t2a",
        {"takes": 2, "lyrics": INST, "tags_has": ["bolero"]},
    ),
    ("es", "rehaz del segundo 30 al 45", 120, "audio_inpaint", _win(30, 45)),
    ("es", "los últimos 10 segundos suenan raros, regenéralos", 40, "audio_inpaint", _win(30, 40)),
    (
        "es",
        "vuelve a generar desde el minuto 2 hasta el 2:20, dame 2 opciones",
        300,
        "audio_inpaint",
        {"start_time": 120, "end_time": 140, "takes": 2},
    ),
    ("es", "pásalo a ogg", 88, "process_track", {"output_format": "ogg"}),
    (
        "es",
        "ponle un fade in de 4 segundos y un fade out de 6",
        150,
        "process_track",
        {"fade_in_s": 4, "fade_out_s": 6},
    ),
    ("es", "alárgala hasta los 3 minutos", 120, "audio_outpaint", _out(0, 60)),
    ("es", "agrégale 15 segundos al principio y 15 al final", 90, "audio_outpaint", _out(15, 15)),
    ("es", "cambia el coro", 200, "ask", {}),
    ("es", "hazme otra igualita a esta", 150, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Compose un morceau de jazz manouche, 2 minutes, sans voix",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("fr", "une ballade piano triste pour un court-métrage", None, "t2a", {"tags_has": ["piano"]}),
    ("fr", "refais la partie entre 0:15 et 0:30 stp", 90, "audio_inpaint", _win(15, 30)),
    ("fr", "régénère de 1 min 40 à 2 min", 240, "audio_inpaint", _win(100, 120)),
    ("fr", "exporte en mp3 320 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("fr", "fais une boucle parfaite de ça", 32, "process_track", {"loop": True}),
    (
        "fr",
        "coupe les 5 dernières secondes et ajoute un fondu de sortie de 2 s",
        70,
        "process_track",
        {"trim_end_s": 5, "fade_out_s": 2},
    ),
    ("fr", "ajoute une intro de 20 secondes", 150, "audio_outpaint", _out(20, 0)),
    ("fr", "rallonge la fin de 45 s", 120, "audio_outpaint", _out(0, 45)),
    ("fr", "tu peux ralentir un peu le tempo ?", 140, "ask", {}),
    ("fr", "refais le passage à 3:30", 180, "ask", {}),
    # ---- it ----
    (
        "it",
        "fammi una tarantella strumentale di un minuto",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["tarantella"]},
    ),
    (
        "it",
        "una canzone pop estiva in italiano, tre versioni",
        None,
        "t2a",
        {"vocal_language": "it", "takes": 3, "tags_has": ["pop"]},
    ),
    ("it", "rigenera dal secondo 5 al secondo 18", 60, "audio_inpaint", _win(5, 18)),
    ("it", "il pezzo tra 2:00 e 2:15 è da rifare", 200, "audio_inpaint", _win(120, 135)),
    ("it", "esporta in wav a -12 LUFS", 100, "process_track", {"output_format": "wav", "loudness_lufs": -12}),
    ("it", "dissolvenza in entrata di 3 secondi", 80, "process_track", {"fade_in_s": 3}),
    ("it", "allungalo di 20 secondi alla fine", 110, "audio_outpaint", _out(0, 20)),
    ("it", "portala a 5 minuti in totale", 240, "audio_outpaint", _out(0, 60)),
    ("it", "metti un intro di 8 secondi", 60, "audio_outpaint", _out(8, 0)),
    ("it", "esportala in aac", 150, "ask", {}),
    ("it", "annulla l'ultima modifica", 150, "ask", {}),
    # ---- pt ----
    ("pt", "faz um samba animado de 2 minutos e meio", None, "t2a", {"duration": 150, "tags_has": ["samba"]}),
    ("pt", "quero uma bossa nova instrumental bem calma", None, "t2a", {"lyrics": INST, "tags_has": ["bossa"]}),
    ("pt", "refaz do 0:50 ao 1:05", 180, "audio_inpaint", _win(50, 65)),
    ("pt", "gera de novo os primeiros 12 segundos", 90, "audio_inpaint", _win(0, 12)),
    ("pt", "exporta em mp3 192", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("pt", "coloca fade out de 10 segundos", 200, "process_track", {"fade_out_s": 10}),
    ("pt", "estica pra 3 minutos", 150, "audio_outpaint", _out(0, 30)),
    ("pt", "acrescenta uma introdução de 12 s", 100, "audio_outpaint", _out(12, 0)),
    ("pt", "separa a bateria do resto pra mim", 120, "ask", {}),
    ("pt", "aumenta 30 segundos no final", None, "ask", {}),
    ("pt", "deixa igual mas mais lenta", 140, "ask", {}),
    # ---- ru ----
    ("ru", "Сделай эпичный оркестровый трек на 3 минуты без вокала", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ru", "Песня в стиле synthwave, полторы минуты", None, "t2a", {"duration": 90, "tags_has": ["synthwave"]}),
    (
        "ru",
        "Напиши песню на эти слова:\n[Куплет]\nНочь над рекой, огни вдали\n[Припев]\nМы снова здесь, мы дошли",
        None,
        "t2a",
        {"lyrics": "[Куплет]\nНочь над рекой, огни вдали\n[Припев]\nМы снова здесь, мы дошли", "vocal_language": "ru"},
    ),
    ("ru", "перегенерируй с 0:20 по 0:35", 120, "audio_inpaint", _win(20, 35)),
    ("ru", "последние 20 секунд переделай", 100, "audio_inpaint", _win(80, 100)),
    ("ru", "экспорт в flac, громкость -14 LUFS", 150, "process_track", {"output_format": "flac", "loudness_lufs": -14}),
    ("ru", "обрежь 3 секунды в конце", 60, "process_track", {"trim_end_s": 3}),
    ("ru", "добавь в начало вступление на 15 секунд", 120, "audio_outpaint", _out(15, 0)),
    ("ru", "продли до 2 минут", 90, "audio_outpaint", _out(0, 30)),
    ("ru", "убери вокал, сделай минусовку", 180, "ask", {}),
    ("ru", "сохрани в opus", 120, "ask", {}),
    # ---- ar ----
    ("ar", "أريد مقطوعة عود هادئة مدتها دقيقتان بدون غناء", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ar", "اعمل لي أغنية pop عربية بثلاث نسخ", None, "t2a", {"takes": 3, "vocal_language": "ar", "tags_has": ["pop"]}),
    ("ar", "أعد توليد الجزء من الثانية ١٠ إلى الثانية ٢٥", 90, "audio_inpaint", _win(10, 25)),
    ("ar", "المقطع بين 1:30 و 1:45 سيء، أعده", 180, "audio_inpaint", _win(90, 105)),
    ("ar", "أعد آخر ٥ ثوانٍ", 30, "audio_inpaint", _win(25, 30)),
    ("ar", "صدّره بصيغة mp3 بجودة 128", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ar", "اجعله حلقة متكررة بدون فواصل", 24, "process_track", {"loop": True}),
    ("ar", "أضف ٢٠ ثانية في النهاية", 100, "audio_outpaint", _out(0, 20)),
    ("ar", "أضف مقدمة مدتها ١٠ ثوانٍ", 80, "audio_outpaint", _out(10, 0)),
    ("ar", "غيّر المقام إلى مقام أعلى", 120, "ask", {}),
    ("ar", "عدّل الجزء الممل", 150, "ask", {}),
    # ---- ko ----
    ("ko", "잔잔한 피아노 곡 하나 만들어줘, 2분 정도", None, "t2a", {"duration": 120}),
    ("ko", "신나는 k-pop 댄스곡, 보컬 없이", None, "t2a", {"lyrics": INST}),
    ("ko", "0:30부터 0:40까지 다시 만들어줘", 120, "audio_inpaint", _win(30, 40)),
    ("ko", "1분 10초~1분 30초 구간 재생성", 200, "audio_inpaint", _win(70, 90)),
    ("ko", "wav로 내보내줘", 90, "process_track", {"output_format": "wav"}),
    ("ko", "-14 LUFS로 맞추고 페이드아웃 5초", 150, "process_track", {"loudness_lufs": -14, "fade_out_s": 5}),
    ("ko", "앞에서 1.5초 잘라줘", 60, "process_track", {"trim_start_s": 1.5}),
    ("ko", "끝에 30초 더 늘려줘", 90, "audio_outpaint", _out(0, 30)),
    ("ko", "전체 3분으로 늘려줘", 120, "audio_outpaint", _out(0, 60)),
    ("ko", "노래방 버전으로 만들어줘", 180, "ask", {}),
    ("ko", "2:50부터 3:10까지 다시", 150, "ask", {}),
    # ---- ja ----
    ("ja", "ゆったりしたjazzのBGMを90秒で作って", None, "t2a", {"duration": 90, "tags_has": ["jazz"]}),
    (
        "ja",
        "この歌詞で曲にして:\n[Verse]\n夜の駅で君を待つ\n[Chorus]\n光る街へ走り出す",
        None,
        "t2a",
        {"lyrics": "[Verse]\n夜の駅で君を待つ\n[Chorus]\n光る街へ走り出す", "vocal_language": "ja"},
    ),
    ("ja", "0:25〜0:40のとこregenerateして", 100, "audio_inpaint", _win(25, 40)),
    ("ja", "最初の10秒を作り直して", 60, "audio_inpaint", _win(0, 10)),
    ("ja", "mp3の320kbpsでexportお願い", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ja", "フェードインを2秒入れて", 80, "process_track", {"fade_in_s": 2}),
    ("ja", "最後にあと20秒extendして", 100, "audio_outpaint", _out(0, 20)),
    ("ja", "イントロを15秒追加", 90, "audio_outpaint", _out(15, 0)),
    ("ja", "全体で2分になるように伸ばして", 75, "audio_outpaint", _out(0, 45)),
    ("ja", "ボーカルだけ消せる？", 150, "ask", {}),
    ("ja", "サビをもっと盛り上げて", 180, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "ek romantic Bollywood song bana do, 3 minute ka",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bollywood"]},
    ),
    ("hi", "सितार वाला instrumental चाहिए, बिना vocals के", None, "t2a", {"lyrics": INST}),
    ("hi", "0:40 se 0:55 tak wala part dobara generate karo", 120, "audio_inpaint", _win(40, 55)),
    ("hi", "आखिरी 15 सेकंड फिर से बनाओ", 60, "audio_inpaint", _win(45, 60)),
    (
        "hi",
        "isko mp3 mein export kar do 192 kbps pe",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("hi", "end mein 5 second ka fade out daal do", 100, "process_track", {"fade_out_s": 5}),
    ("hi", "shuru mein 10 second ka intro add karo", 90, "audio_outpaint", _out(10, 0)),
    ("hi", "गाने को 4 मिनट तक लंबा करो", 180, "audio_outpaint", _out(0, 60)),
    ("hi", "aur 25 second end mein badha do", 120, "audio_outpaint", _out(0, 25)),
    ("hi", "yaar tempo thoda fast kar do", 120, "ask", {}),
    ("hi", "isko wav mein export karo", None, "ask", {}),
    # ---- zh ----
    ("zh", "帮我做一首chill的lofi，大概两分钟", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("zh", "来一首古风纯音乐，要古筝", None, "t2a", {"lyrics": INST}),
    ("zh", "把1:20到1:35这段重新生成一下", 180, "audio_inpaint", _win(80, 95)),
    ("zh", "第5秒到第15秒的drum有问题，redo一下", 60, "audio_inpaint", _win(5, 15)),
    ("zh", "导出成flac", 120, "process_track", {"output_format": "flac"}),
    ("zh", "loudness调到-14 LUFS，再加个3秒fade out", 150, "process_track", {"loudness_lufs": -14, "fade_out_s": 3}),
    ("zh", "结尾再延长30秒", 100, "audio_outpaint", _out(0, 30)),
    ("zh", "前面加一段10秒的intro", 90, "audio_outpaint", _out(10, 0)),
    ("zh", "把副歌改一下", 180, "ask", {}),
    ("zh", "导出wma格式", 120, "ask", {}),
    ("zh", "给我分轨stems", 150, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми спокойна acoustic китарна мелодия, 2 минути",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["acoustic"]},
    ),
    ("bg", "прегенерирай от 0:10 до 0:22", 60, "audio_inpaint", _win(10, 22)),
    ("bg", "експортирай като mp3 на 256 kbps", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("bg", "удължи края с 40 секунди", 100, "audio_outpaint", _out(0, 40)),
    ("bg", "направи го по-бавно, същото иначе", 120, "ask", {}),
    # ---- ca ----
    ("ca", "fes-me una rumba catalana de tres minuts", None, "t2a", {"duration": 180, "tags_has": ["rumba"]}),
    ("ca", "torna a generar del segon 20 al 35", 90, "audio_inpaint", _win(20, 35)),
    ("ca", "posa-hi un fade in de 3 segons", 80, "process_track", {"fade_in_s": 3}),
    ("ca", "allarga-la fins als 2 minuts", 100, "audio_outpaint", _out(0, 20)),
    ("ca", "exporta-la en m4a", 120, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "Udělej instrumentální dubstep, minutu a půl",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["dubstep"]},
    ),
    ("cs", "přegeneruj úsek 1:00–1:12", 150, "audio_inpaint", _win(60, 72)),
    ("cs", "vyexportuj to jako wav", 75, "process_track", {"output_format": "wav"}),
    ("cs", "přidej na začátek 5 sekund intra", 60, "audio_outpaint", _out(5, 0)),
    ("cs", "přidej na konec 20 sekund", None, "ask", {}),
    # ---- da ----
    ("da", "lav et hyggeligt folk-nummer på 2 minutter", None, "t2a", {"duration": 120, "tags_has": ["folk"]}),
    ("da", "lav de sidste 10 sekunder om", 50, "audio_inpaint", _win(40, 50)),
    ("da", "gør det til et sømløst loop", 16, "process_track", {"loop": True}),
    ("da", "forlæng med et halvt minut i slutningen", 90, "audio_outpaint", _out(0, 30)),
    ("da", "kan du fjerne vokalen?", 120, "ask", {}),
    # ---- el ----
    ("el", "Φτιάξε ένα ζεϊμπέκικο με μπουζούκι, 3 λεπτά", None, "t2a", {"duration": 180}),
    ("el", "ξαναφτιάξε το κομμάτι από 0:30 έως 0:45", 120, "audio_inpaint", _win(30, 45)),
    (
        "el",
        "εξαγωγή σε ogg με fade out 4 δευτερόλεπτα",
        100,
        "process_track",
        {"output_format": "ogg", "fade_out_s": 4},
    ),
    ("el", "πρόσθεσε εισαγωγή 10 δευτερολέπτων", 90, "audio_outpaint", _out(10, 0)),
    ("el", "άλλαξε το ρεφρέν", 150, "ask", {}),
    # ---- fa ----
    ("fa", "یک قطعه سنتور آرام بدون آواز بساز، ۲ دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "از ثانیه ۱۵ تا ۳۰ را دوباره بساز", 90, "audio_inpaint", _win(15, 30)),
    ("fa", "با فرمت flac خروجی بگیر", 120, "process_track", {"output_format": "flac"}),
    ("fa", "۳۰ ثانیه به آخرش اضافه کن", 60, "audio_outpaint", _out(0, 30)),
    ("fa", "یکی دیگه شبیه همین بساز", 120, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחית שמח, שתי דקות", None, "t2a", {"duration": 120}),
    ("he", "תייצר מחדש את 0:05 עד 0:15", 40, "audio_inpaint", _win(5, 15)),
    ("he", "תוציא כ-mp3 ב-128", 100, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("he", "תאריך את השיר ל-3 דקות", 150, "audio_outpaint", _out(0, 30)),
    ("he", "תשנה את הסולם למינור", 120, "ask", {}),
    # ---- hu ----
    ("hu", "csinálj egy vidám polka számot, két perc", None, "t2a", {"duration": 120, "tags_has": ["polka"]}),
    ("hu", "generáld újra 2:00 és 2:20 között", 240, "audio_inpaint", _win(120, 140)),
    ("hu", "normalizáld -14 LUFS-ra", 180, "process_track", {"loudness_lufs": -14}),
    ("hu", "tegyél elé egy 8 másodperces intrót", 70, "audio_outpaint", _out(8, 0)),
    ("hu", "javítsd ki a rossz részt", 120, "ask", {}),
    # ---- id ----
    ("id", "bikin lagu dangdut koplo 3 menit dong", None, "t2a", {"duration": 180, "tags_has": ["dangdut"]}),
    ("id", "ulang bagian detik 45 sampai 1:00", 120, "audio_inpaint", _win(45, 60)),
    ("id", "potong 2 detik di akhir", 60, "process_track", {"trim_end_s": 2}),
    ("id", "tambahin 15 detik di awal sama 15 detik di akhir", 90, "audio_outpaint", _out(15, 15)),
    ("id", "bisa jadiin versi karaoke?", 150, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "maak een instrumentaal house-nummer van 4 minuten",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["house"]},
    ),
    ("nl", "doe 0:50 tot 1:05 opnieuw", 130, "audio_inpaint", _win(50, 65)),
    (
        "nl",
        "exporteer als mp3 320 en -9 LUFS",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -9},
    ),
    ("nl", "maak hem 30 seconden langer aan het eind", 120, "audio_outpaint", _out(0, 30)),
    ("nl", "kun je hem als m4a exporteren?", 120, "ask", {}),
    # ---- pl ----
    ("pl", "zrób mi spokojny ambient na 5 minut", None, "t2a", {"duration": 300, "tags_has": ["ambient"]}),
    ("pl", "wygeneruj ponownie fragment od 1:15 do 1:30", 200, "audio_inpaint", _win(75, 90)),
    (
        "pl",
        "wyeksportuj do wav i dodaj fade out 8 sekund",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 8},
    ),
    ("pl", "dodaj 20 sekund intro", 100, "audio_outpaint", _out(20, 0)),
    ("pl", "cofnij to", 100, "ask", {}),
    # ---- ro ----
    ("ro", "fă o manea veselă de 3 minute", None, "t2a", {"duration": 180, "tags_has": ["manea"]}),
    ("ro", "refă primele 6 secunde", 45, "audio_inpaint", _win(0, 6)),
    ("ro", "exportă în flac", 90, "process_track", {"output_format": "flac"}),
    ("ro", "prelungește până la 3 minute", 150, "audio_outpaint", _out(0, 30)),
    ("ro", "refă porțiunea de la 4:00 la 4:20", 200, "ask", {}),
    # ---- sv ----
    ("sv", "gör en lugn visa med gitarr, en och en halv minut", None, "t2a", {"duration": 90}),
    ("sv", "gör om sekunderna 20 till 28", 60, "audio_inpaint", _win(20, 28)),
    ("sv", "exportera som ogg", 100, "process_track", {"output_format": "ogg"}),
    ("sv", "förläng slutet med 15 sekunder", 75, "audio_outpaint", _out(0, 15)),
    ("sv", "exportera som aac", 100, "ask", {}),
    # ---- tr ----
    (
        "tr",
        "3 dakikalık enstrümantal bir arabesk parça yap",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["arabesk"]},
    ),
    ("tr", "0:35 ile 0:50 arasını yeniden oluştur", 120, "audio_inpaint", _win(35, 50)),
    ("tr", "başına 3 saniye fade in ekle", 90, "process_track", {"fade_in_s": 3}),
    ("tr", "sonuna 1 dakika ekle", 120, "audio_outpaint", _out(0, 60)),
    ("tr", "vokali kaldır", 150, "ask", {}),
    # ---- uk ----
    ("uk", "Зроби веселу польку на хвилину", None, "t2a", {"duration": 60}),
    ("uk", "перегенеруй останні 12 секунд", 48, "audio_inpaint", _win(36, 48)),
    ("uk", "експортуй у mp3 192 кбіт/с", 130, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("uk", "додай вступ на 10 секунд", 90, "audio_outpaint", _out(10, 0)),
    ("uk", "зроби ще одну таку саму", 120, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "làm cho mình một bản lofi chill 2 phút không lời",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("vi", "tạo lại đoạn từ 1:00 đến 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("vi", "xuất ra file wav, chuẩn -14 LUFS", 150, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("vi", "kéo dài thêm 30 giây ở cuối", 90, "audio_outpaint", _out(0, 30)),
    ("vi", "xuất sang m4a giúp mình", 120, "ask", {}),
    # ---- az ----
    ("az", "0:20-dən 0:32-yə qədər olan hissəni yenidən yarat", 90, "audio_inpaint", _win(20, 32)),
    ("az", "mp3 formatında ixrac et", 120, "process_track", {"output_format": "mp3"}),
    ("az", "sonuna 20 saniyə əlavə et", 100, "audio_outpaint", _out(0, 20)),
    ("az", "mahnını bir ton yuxarı qaldır", 120, "ask", {}),
    # ---- bn ----
    ("bn", "শেষের ১০ সেকেন্ড আবার বানাও", 60, "audio_inpaint", _win(50, 60)),
    ("bn", "wav ফরম্যাটে এক্সপোর্ট করো", 90, "process_track", {"output_format": "wav"}),
    ("bn", "শুরুতে ১৫ সেকেন্ডের intro যোগ করো", 80, "audio_outpaint", _out(15, 0)),
    ("bn", "গানটা থেকে ভোকাল সরিয়ে দাও", 150, "ask", {}),
    # ---- fi ----
    ("fi", "tee uudelleen kohta 1:05–1:15", 150, "audio_inpaint", _win(65, 75)),
    ("fi", "vie flac-muotoon", 100, "process_track", {"output_format": "flac"}),
    ("fi", "pidennä loppua 30 sekuntia", 90, "audio_outpaint", _out(0, 30)),
    ("fi", "tee samanlainen mutta hitaampi", 120, "ask", {}),
    # ---- hr ----
    ("hr", "ponovno generiraj od 0:40 do 0:55", 120, "audio_inpaint", _win(40, 55)),
    ("hr", "dodaj fade out od 6 sekundi", 100, "process_track", {"fade_out_s": 6}),
    ("hr", "produži pjesmu na 3 minute", 160, "audio_outpaint", _out(0, 20)),
    ("hr", "izvezi kao opus", 120, "ask", {}),
    # ---- ht ----
    ("ht", "fè yon mizik konpa 2 minit pou mwen", None, "t2a", {"duration": 120, "tags_has": ["konpa"]}),
    ("ht", "ekspòte l an mp3 256", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ht", "ajoute 20 segonn nan fen an", 90, "audio_outpaint", _out(0, 20)),
    ("ht", "retire vwa a nan chante a", 120, "ask", {}),
    # ---- is ----
    ("is", "búðu til rólegt píanólag, eina mínútu, án söngs", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("is", "flyttu út sem wav", 80, "process_track", {"output_format": "wav"}),
    ("is", "bættu 10 sekúndna inngangi framan við", 70, "audio_outpaint", _out(10, 0)),
    ("is", "lagaðu slæma hlutann", 120, "ask", {}),
    # ---- la ----
    ("la", "compone carmen sine voce, duo minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("la", "fac ut in orbem sine fine repetatur", 20, "process_track", {"loop": True}),
    ("la", "adde triginta secunda in fine", 100, "audio_outpaint", _out(0, 30)),
    ("la", "adde viginti secunda ad initium", None, "ask", {}),
    # ---- lt ----
    ("lt", "sukurk linksmą polkos kūrinį, 90 sekundžių", None, "t2a", {"duration": 90}),
    ("lt", "eksportuok kaip ogg", 100, "process_track", {"output_format": "ogg"}),
    ("lt", "pailgink iki 2 minučių", 100, "audio_outpaint", _out(0, 20)),
    ("lt", "pakeisk tempą greitesniu", 120, "ask", {}),
    # ---- ms ----
    ("ms", "buatkan lagu irama Melayu asli 3 minit", None, "t2a", {"duration": 180}),
    ("ms", "jana semula saat 10 hingga 25", 60, "audio_inpaint", _win(10, 25)),
    ("ms", "tambah 15 saat pada permulaan", 90, "audio_outpaint", _out(15, 0)),
    ("ms", "eksport dalam format aac", 120, "ask", {}),
    # ---- ne ----
    ("ne", "२ मिनेटको शान्त बाँसुरी धुन बनाइदेऊ", None, "t2a", {"duration": 120}),
    ("ne", "0:30 देखि 0:45 सम्म फेरि बनाऊ", 100, "audio_inpaint", _win(30, 45)),
    ("ne", "अन्त्यमा ३० सेकेन्ड थप", 90, "audio_outpaint", _out(0, 30)),
    ("ne", "भोकल हटाइदेऊ", 120, "ask", {}),
    # ---- no ----
    ("no", "lag en rolig vise på gitar, to minutter", None, "t2a", {"duration": 120}),
    ("no", "lag om de første 5 sekundene", 40, "audio_inpaint", _win(0, 5)),
    ("no", "forleng slutten med 25 sekunder", 95, "audio_outpaint", _out(0, 25)),
    ("no", "gjør den mer energisk i refrenget", 120, "ask", {}),
    # ---- pa ----
    ("pa", "ਇੱਕ bhangra ਗੀਤ ਬਣਾਓ, 3 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 180, "tags_has": ["bhangra"]}),
    ("pa", "0:15 ਤੋਂ 0:30 ਤੱਕ ਦੁਬਾਰਾ ਬਣਾਓ", 90, "audio_inpaint", _win(15, 30)),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 10 ਸਕਿੰਟ ਦਾ intro ਜੋੜੋ", 80, "audio_outpaint", _out(10, 0)),
    ("pa", "ਇਸ ਨੂੰ wav ਵਿੱਚ export ਕਰੋ", None, "ask", {}),
    # ---- sa ----
    ("sa", "शान्तं वीणासङ्गीतं रचय, द्वे निमेषे", None, "t2a", {"duration": 120}),
    ("sa", "प्रथमान् दश क्षणान् पुनः रचय", 60, "audio_inpaint", _win(0, 10)),
    ("sa", "mp3 रूपेण निर्यातय", 90, "process_track", {"output_format": "mp3"}),
    ("sa", "गायनं अपनय", 120, "ask", {}),
    # ---- sk ----
    (
        "sk",
        "sprav mi inštrumentálny rock na 2 minúty",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["rock"]},
    ),
    ("sk", "pregeneruj úsek od 0:25 do 0:40", 120, "audio_inpaint", _win(25, 40)),
    (
        "sk",
        "exportuj ako mp3 a znormalizuj na -14 LUFS",
        150,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    ("sk", "exportuj to ako wma", 120, "ask", {}),
    # ---- sr ----
    ("sr", "направи весело коло на хармоници, 2 минута", None, "t2a", {"duration": 120}),
    ("sr", "поново генериши од 1:00 до 1:10", 90, "audio_inpaint", _win(60, 70)),
    ("sr", "исеци прве 3 секунде", 80, "process_track", {"trim_start_s": 3}),
    ("sr", "промени тоналитет", 120, "ask", {}),
    # ---- sw ----
    ("sw", "tengeneza wimbo wa bongo flava dakika 3", None, "t2a", {"duration": 180, "tags_has": ["bongo"]}),
    ("sw", "tengeneza upya sekunde 20 hadi 35", 100, "audio_inpaint", _win(20, 35)),
    ("sw", "hamisha kama flac", 120, "process_track", {"output_format": "flac"}),
    ("sw", "rekebisha sehemu mbaya", 120, "ask", {}),
    # ---- ta ----
    ("ta", "2 நிமிட மெல்லிசை பாடல் ஒன்று உருவாக்கு", None, "t2a", {"duration": 120}),
    ("ta", "0:10 முதல் 0:20 வரை மீண்டும் உருவாக்கு", 60, "audio_inpaint", _win(10, 20)),
    ("ta", "mp3 ஆக export செய், 5 வினாடி fade out உடன்", 120, "process_track", {"output_format": "mp3", "fade_out_s": 5}),
    ("ta", "இதே மாதிரி இன்னொன்று செய்", 120, "ask", {}),
    # ---- te ----
    ("te", "3 నిమిషాల folk పాట చేయి", None, "t2a", {"duration": 180, "tags_has": ["folk"]}),
    ("te", "చివరి 8 సెకన్లు మళ్ళీ చేయి", 40, "audio_inpaint", _win(32, 40)),
    ("te", "wav గా export చేయి", 100, "process_track", {"output_format": "wav"}),
    ("te", "చివర్లో 20 సెకన్లు పెంచు", 90, "audio_outpaint", _out(0, 20)),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งให้หน่อย 3 นาที", None, "t2a", {"duration": 180}),
    ("th", "ทำใหม่ช่วง 0:30 ถึง 0:45", 120, "audio_inpaint", _win(30, 45)),
    ("th", "export เป็น mp3 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("th", "เพิ่มอินโทร 10 วินาที", 90, "audio_outpaint", _out(10, 0)),
    # ---- tl ----
    ("tl", "gawa ka ng chill na OPM song, mga 2 minutes lang", None, "t2a", {"duration": 120, "tags_has": ["opm"]}),
    ("tl", "pa-regenerate naman from 0:45 to 1:00", 120, "audio_inpaint", _win(45, 60)),
    ("tl", "i-export mo as flac tapos -14 LUFS", 150, "process_track", {"output_format": "flac", "loudness_lufs": -14}),
    ("tl", "dagdagan mo ng 30 seconds sa dulo", 90, "audio_outpaint", _out(0, 30)),
    # ---- ur ----
    ("ur", "ایک قوالی بنائیں، 4 منٹ کی", None, "t2a", {"duration": 240}),
    ("ur", "آخری 10 سیکنڈ دوبارہ بنائیں", 70, "audio_inpaint", _win(60, 70)),
    ("ur", "اسے mp3 میں export کریں", 100, "process_track", {"output_format": "mp3"}),
    ("ur", "شروع میں 12 سیکنڈ کا intro شامل کریں", 80, "audio_outpaint", _out(12, 0)),
    # ---- yue ----
    ("yue", "幫我整首chill啲嘅R&B，大約兩分鐘", None, "t2a", {"duration": 120, "tags_has": ["chill"]}),
    ("yue", "將0:20到0:35嗰段重新整過", 100, "audio_inpaint", _win(20, 35)),
    ("yue", "export做wav，加3秒fade in", 90, "process_track", {"output_format": "wav", "fade_in_s": 3}),
    ("yue", "尾段再拉長20秒", 80, "audio_outpaint", _out(0, 20)),
]
