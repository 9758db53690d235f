"""Blind held-out router set 113. Theme: "terse and messy".

Requests typed in a hurry: short, lowercase, little or odd punctuation, typos, chat abbreviations (sec, min, 2m30,
90s, pls, thx), emoji, romanised scripts (Hinglish, Arabizi, Finglish, romaji, romanised Russian/Korean/Greek/Hebrew)
and code-switching with English music words. Every intent appears in both language groups; '90s' is read as seconds
only where it plainly is, and vague or impossible asks ('make it 90s', 'longer', pitch, tempo, stems, m4a) are asked.

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for cs el fa he id ms nl pl ro sv sw tl tr uk ur vi).
Intents: t2a 70, audio_inpaint 62, process_track 62, audio_outpaint 52, ask 54.

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


R113: list[tuple[Any, ...]] = [
    # ---- en ----
    ("en", "last 10s sound off redo pls", 180, "audio_inpaint", _win(170, 180)),
    ("en", "chill piano thing 2m30 no vox", None, "t2a", {"duration": 150, "lyrics": INST, "tags_has": ["piano"]}),
    ("en", "mp3 320 thx", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("en", "make it 3 min", 150, "audio_outpaint", _out(0, 30)),
    ("en", "0:45-1:05 drums r messy fix", 210, "audio_inpaint", _win(45, 65)),
    ("en", "cut first 5 sec + fade out 3s", 190, "process_track", {"trim_start_s": 5, "fade_out_s": 3}),
    ("en", "make it 90s", 120, "ask", {}),
    ("en", "slow it down a bit", 170, "ask", {}),
    ("en", "add 20s intro 🙏", 160, "audio_outpaint", _out(20, 0)),
    (
        "en",
        'song w lyrics "neon rain on my window" pop 1 min',
        None,
        "t2a",
        {"lyrics": "neon rain on my window", "duration": 60, "tags_has": ["pop"]},
    ),
    ("en", "extend pls", None, "ask", {}),
    # ---- de ----
    ("de", "letzte 15 sek nochmal neu bitte", 200, "audio_inpaint", _win(185, 200)),
    (
        "de",
        "mach ma nen techno track 2 min ohne gesang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["techno"]},
    ),
    ("de", "als wav exportieren thx", 180, "process_track", {"output_format": "wav"}),
    ("de", "30 sek länger machen am ende", 150, "audio_outpaint", _out(0, 30)),
    ("de", "ersten 8 sek wegschneiden", 175, "process_track", {"trim_start_s": 8}),
    ("de", "von 1:00 bis 1:20 neu, gitarre klingt schief", 190, "audio_inpaint", _win(60, 80)),
    ("de", "stimme rausnehmen pls", 180, "ask", {}),
    ("de", "kannst du das auf 4 min verlängern", None, "ask", {}),
    (
        "de",
        "vergiss den alten, neuer song: jazz mit saxofon 90 sek, deutsch gesungen",
        140,
        "t2a",
        {"duration": 90, "tags_has": ["jazz"], "vocal_language": "de"},
    ),
    ("de", "fade in 2s fade out 5s", 160, "process_track", {"fade_in_s": 2, "fade_out_s": 5}),
    ("de", "vorne 10s intro dran", 140, "audio_outpaint", _out(10, 0)),
    # ---- es ----
    ("es", "haz un reggaeton de 2 min porfa", None, "t2a", {"duration": 120, "tags_has": ["reggaeton"]}),
    ("es", "los ultimos 20 seg rehazlos", 210, "audio_inpaint", _win(190, 210)),
    ("es", "otra nueva, cumbia 2m30 😎", 180, "t2a", {"duration": 150, "tags_has": ["cumbia"]}),
    ("es", "alargalo 1 min mas al final", 120, "audio_outpaint", _out(0, 60)),
    ("es", "subele el tempo", 160, "ask", {}),
    ("es", "en loop porfa 🔁", 90, "process_track", {"loop": True}),
    ("es", "cambia del seg 30 al 50", 180, "audio_inpaint", _win(30, 50)),
    ("es", "ponle un intro de 15s", 170, "audio_outpaint", _out(15, 0)),
    (
        "es",
        "cancion de amor en español con guitarra, 3 versiones",
        None,
        "t2a",
        {"vocal_language": "es", "tags_has": ["guitar"], "takes": 3},
    ),
    ("es", "quitale los primeros 10 seg", None, "ask", {}),
    ("es", "normaliza a -14 lufs y fade out 4s", 200, "process_track", {"loudness_lufs": -14, "fade_out_s": 4}),
    # ---- fr ----
    ("fr", "refais les 10 dernieres sec stp", 150, "audio_inpaint", _win(140, 150)),
    (
        "fr",
        "un morceau piano calme 1min30 sans voix",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("fr", "en flac stp", 200, "process_track", {"output_format": "flac"}),
    ("fr", "rallonge de 45s a la fin", 180, "audio_outpaint", _out(0, 45)),
    ("fr", "coupe les 5 dernieres sec", 170, "process_track", {"trim_end_s": 5}),
    ("fr", "90s de techno stp, sans voix", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["techno"]}),
    ("fr", "entre 1:10 et 1:30 c nul refais", 200, "audio_inpaint", _win(70, 90)),
    ("fr", "mixe le avec l'autre morceau", 180, "ask", {}),
    ("fr", "ajoute 10s au debut et 10s a la fin", 160, "audio_outpaint", _out(10, 10)),
    ("fr", "un son rap 2min en francais", None, "t2a", {"duration": 120, "tags_has": ["rap"], "vocal_language": "fr"}),
    ("fr", "fais le plus long", 180, "ask", {}),
    # ---- it ----
    ("it", "rifai gli ultimi 12 sec", 180, "audio_inpaint", _win(168, 180)),
    ("it", "pezzo rock 2 min con chitarra", None, "t2a", {"duration": 120, "tags_has": ["rock"]}),
    ("it", "esporta in wav grz", 150, "process_track", {"output_format": "wav"}),
    ("it", "allungalo di 30 sec alla fine", 150, "audio_outpaint", _out(0, 30)),
    ("it", "metti un fade out di 4 sec", 200, "process_track", {"fade_out_s": 4}),
    ("it", "cambia da 0:20 a 0:40", 120, "audio_inpaint", _win(20, 40)),
    ("it", "abbassa di un tono", 180, "ask", {}),
    ("it", "fammi una ballata in italiano, 2 versioni", None, "t2a", {"vocal_language": "it", "takes": 2}),
    ("it", "intro di 8 sec pls", 140, "audio_outpaint", _out(8, 0)),
    ("it", "in mp3 a 192", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("it", "rifai il pezzo da 2:30 a 3:10", 180, "ask", {}),
    # ---- pt ----
    ("pt", "faz um funk de 1 min", None, "t2a", {"duration": 60, "tags_has": ["funk"]}),
    ("pt", "refaz os ultimos 15s", 165, "audio_inpaint", _win(150, 165)),
    ("pt", "converte pra ogg vlw", 180, "process_track", {"output_format": "ogg"}),
    ("pt", "estica mais 40 seg no final", 140, "audio_outpaint", _out(0, 40)),
    ("pt", "tira os 3 primeiros seg", 200, "process_track", {"trim_start_s": 3}),
    ("pt", "do 1:40 ao 2:00 ta estranho, refaz", 210, "audio_inpaint", _win(100, 120)),
    ("pt", "separa a bateria pfv", 180, "ask", {}),
    ("pt", "deixa em loop", 60, "process_track", {"loop": True}),
    ("pt", "bota uma intro de 12s", 150, "audio_outpaint", _out(12, 0)),
    ("pt", "samba instrumental 2m", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["samba"]}),
    ("pt", "faz ele ter 2 min", None, "ask", {}),
    # ---- ru ----
    ("ru", "perepishi poslednie 7 sek pzh", 120, "audio_inpaint", _win(113, 120)),
    (
        "ru",
        "сделай трек в стиле рок 2 мин без вокала",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["rock"]},
    ),
    ("ru", "daj bit trap 90 sek bez slov", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["trap"]}),
    ("ru", "удлини на 30 сек в конце", 150, "audio_outpaint", _out(0, 30)),
    ("ru", "обрежь первые 5 с", 190, "process_track", {"trim_start_s": 5}),
    ("ru", "s 0:30 do 0:50 peredelai", 160, "audio_inpaint", _win(30, 50)),
    ("ru", "сделай быстрее", 170, "ask", {}),
    ("ru", "dobav intro 10 sek", 140, "audio_outpaint", _out(10, 0)),
    ("ru", "громкость -16 lufs", 200, "process_track", {"loudness_lufs": -16}),
    (
        "ru",
        "pesnya pro lubov na russkom, gitara, 3 varianta",
        None,
        "t2a",
        {"vocal_language": "ru", "takes": 3, "tags_has": ["guitar"]},
    ),
    ("ru", "в aac", 180, "ask", {}),
    # ---- zh ----
    ("zh", "最后10秒重做", 180, "audio_inpaint", _win(170, 180)),
    ("zh", "来首钢琴曲 1分半 纯音乐", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["piano"]}),
    ("zh", "再来一首新的 不要人声 2m", 200, "t2a", {"duration": 120, "lyrics": INST}),
    ("zh", "后面再加30秒", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "开头剪掉5秒", 190, "process_track", {"trim_start_s": 5}),
    ("zh", "1:00到1:15重新生成一下", 200, "audio_inpaint", _win(60, 75)),
    ("zh", "降个调", 180, "ask", {}),
    ("zh", "加个10s前奏", 160, "audio_outpaint", _out(10, 0)),
    ("zh", "淡出3秒 循环", 120, "process_track", {"fade_out_s": 3, "loop": True}),
    ("zh", "写首中文摇滚 三个版本", None, "t2a", {"vocal_language": "zh", "tags_has": ["rock"], "takes": 3}),
    ("zh", "延长到三分钟", None, "ask", {}),
    # ---- ja ----
    ("ja", "saigo no 20byou yarinaoshite", 150, "audio_inpaint", _win(130, 150)),
    (
        "ja",
        "ピアノのしっとり系 2分 ボーカルなし",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("ja", "wavで書き出して", 150, "process_track", {"output_format": "wav"}),
    ("ja", "ato 30byou nobashite", 150, "audio_outpaint", _out(0, 30)),
    ("ja", "最初の4秒カット", 200, "process_track", {"trim_start_s": 4}),
    ("ja", "1:20〜1:40作り直し", 200, "audio_inpaint", _win(80, 100)),
    ("ja", "テンポ上げて", 170, "ask", {}),
    ("ja", "intro 15byou tsuika", 160, "audio_outpaint", _out(15, 0)),
    ("ja", "フェードアウト5秒おねがい", 190, "process_track", {"fade_out_s": 5}),
    ("ja", "これとは別で新曲 日本語で歌うやつ 3分", 180, "t2a", {"duration": 180, "vocal_language": "ja"}),
    ("ja", "m4aにして", 180, "ask", {}),
    # ---- ko ----
    ("ko", "마지막 10초 다시", 180, "audio_inpaint", _win(170, 180)),
    ("ko", "재즈 2분 보컬x", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]}),
    ("ko", "mp3로 ㄱㄱ", 150, "process_track", {"output_format": "mp3"}),
    ("ko", "뒤에 20초 늘려줘", 150, "audio_outpaint", _out(0, 20)),
    ("ko", "새 곡 하나 더 어쿠스틱 기타 90초", 200, "t2a", {"duration": 90, "tags_has": ["guitar"]}),
    ("ko", "0:40~1:00 다시 만들어줘", 180, "audio_inpaint", _win(40, 60)),
    ("ko", "보컬만 빼줘", 180, "ask", {}),
    ("ko", "intro 10cho chugahae juseyo", 140, "audio_outpaint", _out(10, 0)),
    ("ko", "페이드인 3초 페이드아웃 3초", 60, "process_track", {"fade_in_s": 3, "fade_out_s": 3}),
    ("ko", "hangugeoro noraehaneun balad 3bun", None, "t2a", {"duration": 180, "vocal_language": "ko"}),
    ("ko", "이거 늘려줘", None, "ask", {}),
    # ---- ar ----
    ("ar", "a3id a5er 10 sawani pls", 180, "audio_inpaint", _win(170, 180)),
    ("ar", "بدي موسيقى عود دقيقتين بدون غنا", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["oud"]}),
    ("ar", "3amelli mahragan 2 min 🔥", None, "t2a", {"duration": 120}),
    ("ar", "طولها 30 ثانية بالاخر", 150, "audio_outpaint", _out(0, 30)),
    ("ar", "قص اول ٥ ثواني", 190, "process_track", {"trim_start_s": 5}),
    ("ar", "men 1:00 l 1:20 3awedha", 200, "audio_inpaint", _win(60, 80)),
    ("ar", "نزل الطبقة شوي", 180, "ask", {}),
    ("ar", "zid intro 10 sec", 140, "audio_outpaint", _out(10, 0)),
    ("ar", "fade out 4 sec law sama7t", 200, "process_track", {"fade_out_s": 4}),
    ("ar", "اغنية بالعربي عن البحر 3 نسخ", None, "t2a", {"vocal_language": "ar", "takes": 3}),
    ("ar", "7awelha wav", None, "ask", {}),
    # ---- hi ----
    ("hi", "last ke 10 sec dobara bana do", 180, "audio_inpaint", _win(170, 180)),
    (
        "hi",
        "ek sitar wala instrumental 2 min ka",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "90s bollywood vibe wala gaana bana do", None, "t2a", {}),
    ("hi", "end me 30 sec aur badha do", 150, "audio_outpaint", _out(0, 30)),
    ("hi", "shuru ke 6 sec kaat do", 200, "process_track", {"trim_start_s": 6}),
    ("hi", "1:10 se 1:30 tak phir se banao", 200, "audio_inpaint", _win(70, 90)),
    ("hi", "pitch thoda upar kar do", 180, "ask", {}),
    ("hi", "शुरू में 10 सेकंड का intro जोड़ो", 140, "audio_outpaint", _out(10, 0)),
    ("hi", "loop kar do pls", 90, "process_track", {"loop": True}),
    ("hi", "hindi me ek romantic gaana, 2 version", None, "t2a", {"vocal_language": "hi", "takes": 2}),
    ("hi", "isko lamba karo", 170, "ask", {}),
    # ---- az ----
    (
        "az",
        "1.5 dk bir gitara melodiyasi ver sozsuz",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("az", "0:50-1:10 arasi pisdi yeniden yaz", 170, "audio_inpaint", _win(50, 70)),
    ("az", "axirdan 7 san kes", 150, "process_track", {"trim_end_s": 7}),
    ("az", "bunu o biri mahniyla qarisdir", 160, "ask", {}),
    # ---- bg ----
    ("bg", "napravi mi chill parche s kitara 1 min", None, "t2a", {"duration": 60, "tags_has": ["guitar"]}),
    ("bg", "последните 5 сек ги махни", 200, "process_track", {"trim_end_s": 5}),
    ("bg", "удължи го с 40 сек", None, "ask", {}),
    ("bg", "ot 0:30 do 0:45 ne mi haresva prepravi", 160, "audio_inpaint", _win(30, 45)),
    # ---- bn ----
    ("bn", "prothom 20 sec ta abar banao", 150, "audio_inpaint", _win(0, 20)),
    ("bn", "fade in 2 sec r fade out 6 sec", 200, "process_track", {"fade_in_s": 2, "fade_out_s": 6}),
    ("bn", "বাংলায় একটা গান, ২ মিনিট", None, "t2a", {"vocal_language": "bn", "duration": 120}),
    ("bn", "tempo ta ektu barao", 170, "ask", {}),
    # ---- ca ----
    ("ca", "refes del 1:05 al 1:25 xfa", 140, "audio_inpaint", _win(65, 85)),
    ("ca", "allarga-ho fins als 3 min", 160, "audio_outpaint", _out(0, 20)),
    ("ca", "una rumba d'1 min, 2 versions", None, "t2a", {"duration": 60, "tags_has": ["rumba"], "takes": 2}),
    ("ca", "a -12 lufs", 180, "process_track", {"loudness_lufs": -12}),
    # ---- cs ----
    ("cs", "predelej poslednich 12 s", 120, "audio_inpaint", _win(108, 120)),
    ("cs", "udelej to v mp3 320kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("cs", "pridej intro 5 sek", 150, "audio_outpaint", _out(5, 0)),
    ("cs", "metal 2 min bez zpevu 🤘", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["metal"]}),
    ("cs", "oddel vokaly od hudby", 180, "ask", {}),
    # ---- da ----
    ("da", "lav 0:10-0:25 om lyder skidt", 130, "audio_inpaint", _win(10, 25)),
    ("da", "gør den 30 sek længere", 150, "audio_outpaint", _out(0, 30)),
    ("da", "klip de første 2 sek af og loop den", 70, "process_track", {"trim_start_s": 2, "loop": True}),
    ("da", "konverter til wav", None, "ask", {}),
    # ---- el ----
    ("el", "ksanakane ta teleftaia 10 sec", 180, "audio_inpaint", _win(170, 180)),
    ("el", "kane to ogg pls", 150, "process_track", {"output_format": "ogg"}),
    (
        "el",
        "ena rebetiko me bouzouki 2 lepta xwris fwni",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    ("el", "βάλε 15 δευτ intro", 160, "audio_outpaint", _out(15, 0)),
    ("el", "kane to pio argo", 170, "ask", {}),
    # ---- fa ----
    ("fa", "az 0:40 ta 1:00 ro dobare besaz", 180, "audio_inpaint", _win(40, 60)),
    ("fa", "ye ahang piano bi kalam 2 daghighe", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["piano"]}),
    ("fa", "mp3 192 kon mersi", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("fa", "۳۰ ثانیه به آخرش اضافه کن", 150, "audio_outpaint", _out(0, 30)),
    ("fa", "sedaye khanande ro hazf kon", 180, "ask", {}),
    # ---- fi ----
    ("fi", "tee viimeiset 10 s uusiks", 150, "audio_inpaint", _win(140, 150)),
    ("fi", "jatka 30s loppuun", 120, "audio_outpaint", _out(0, 30)),
    ("fi", "flacina kiitos", 200, "process_track", {"output_format": "flac"}),
    ("fi", "2 min biisi suomeksi", None, "t2a", {"duration": 120, "vocal_language": "fi"}),
    # ---- he ----
    ("he", "תעשה מחדש את 10 השניות האחרונות", 90, "audio_inpaint", _win(80, 90)),
    ("he", "tachtoch 4 shniyot mehahatchala", 200, "process_track", {"trim_start_s": 4}),
    ("he", "תאריך ב30 שנ' בסוף", 150, "audio_outpaint", _out(0, 30)),
    ("he", "שיר בעברית עם גיטרה 2 דק", None, "t2a", {"vocal_language": "he", "tags_has": ["guitar"], "duration": 120}),
    ("he", "תוריד חצי טון", 180, "ask", {}),
    # ---- hr ----
    ("hr", "zadnjih 25 sek napravi ponovo", 180, "audio_inpaint", _win(155, 180)),
    ("hr", "fade out 5s molim", 200, "process_track", {"fade_out_s": 5}),
    ("hr", "produzi za 1 min", 120, "audio_outpaint", _out(0, 60)),
    ("hr", "tamburica 2 min bez vokala", None, "t2a", {"duration": 120, "lyrics": INST}),
    # ---- ht ----
    ("ht", "refe 0:30 rive 0:50 la", 180, "audio_inpaint", _win(30, 50)),
    ("ht", "fè yon konpa 2 minit", None, "t2a", {"duration": 120}),
    ("ht", "mete l an mp3", 150, "process_track", {"output_format": "mp3"}),
    ("ht", "fè l pi long", 160, "ask", {}),
    # ---- hu ----
    ("hu", "az utolso 8 mp-et csinald ujra", 120, "audio_inpaint", _win(112, 120)),
    ("hu", "wav-ba pls", 150, "process_track", {"output_format": "wav"}),
    ("hu", "elejere 10 mp intro", 150, "audio_outpaint", _out(10, 0)),
    ("hu", "vagd le az elejet", 180, "ask", {}),
    # ---- id ----
    ("id", "ulang 5 detik terakhir dong", 100, "audio_inpaint", _win(95, 100)),
    ("id", "bikin lagu dangdut 2 menit", None, "t2a", {"duration": 120, "tags_has": ["dangdut"]}),
    ("id", "jadiin mp3 ya makasih", 150, "process_track", {"output_format": "mp3"}),
    ("id", "tambahin 20 dtk di akhir", 140, "audio_outpaint", _out(0, 20)),
    ("id", "gabungin sama lagu tadi", 170, "ask", {}),
    # ---- is ----
    ("is", "gerðu 1:00-1:15 aftur", 180, "audio_inpaint", _win(60, 75)),
    ("is", "lengdu um 30 sek í endann", 150, "audio_outpaint", _out(0, 30)),
    ("is", "fade út 3 sek takk", 150, "process_track", {"fade_out_s": 3}),
    ("is", "lag á íslensku 2 mín", None, "t2a", {"vocal_language": "is", "duration": 120}),
    # ---- la ----
    ("la", "ultimas decem secundas refice", 180, "audio_inpaint", _win(170, 180)),
    ("la", "carmen sine voce duo minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("la", "in mp3 converte", 150, "process_track", {"output_format": "mp3"}),
    ("la", "produc triginta secundas", None, "ask", {}),
    # ---- lt ----
    ("lt", "perdaryk nuo 0:20 iki 0:35", 180, "audio_inpaint", _win(20, 35)),
    ("lt", "pailgink 30 s gale", 150, "audio_outpaint", _out(0, 30)),
    ("lt", "fade in 5s pls", 150, "process_track", {"fade_in_s": 5}),
    ("lt", "daina lietuviskai 2 min", None, "t2a", {"vocal_language": "lt", "duration": 120}),
    # ---- ms ----
    ("ms", "buat semula 15 saat terakhir", 180, "audio_inpaint", _win(165, 180)),
    ("ms", "lagu instrumental gitar 1 min", None, "t2a", {"duration": 60, "lyrics": INST, "tags_has": ["guitar"]}),
    ("ms", "tukar ke wav tq", 150, "process_track", {"output_format": "wav"}),
    ("ms", "panjangkan 30s kat hujung", 150, "audio_outpaint", _out(0, 30)),
    ("ms", "laju kan sikit tempo", 170, "ask", {}),
    # ---- ne ----
    ("ne", "suru ko 10 sec feri banau", 180, "audio_inpaint", _win(0, 10)),
    ("ne", "antim 6 sec kata", 150, "process_track", {"trim_end_s": 6}),
    ("ne", "नेपालीमा गीत २ मिनेट", None, "t2a", {"vocal_language": "ne", "duration": 120}),
    ("ne", "ali lamo banau", 160, "ask", {}),
    # ---- nl ----
    ("nl", "laatste 10 sec opnieuw pls", 240, "audio_inpaint", _win(230, 240)),
    ("nl", "nieuw nummer, nederlandstalig, 2,5 min", None, "t2a", {"vocal_language": "nl", "duration": 150}),
    ("nl", "30 sec langer aan het eind", 150, "audio_outpaint", _out(0, 30)),
    ("nl", "house track 2 min geen zang", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["house"]}),
    ("nl", "zet m in m4a", 180, "ask", {}),
    # ---- no ----
    ("no", "gjør om 0:50 til 1:10", 180, "audio_inpaint", _win(50, 70)),
    ("no", "forleng med 20 sek på slutten", 150, "audio_outpaint", _out(0, 20)),
    ("no", "fade ut 4 sek", 180, "process_track", {"fade_out_s": 4}),
    ("no", "lag en låt på norsk, 3 versjoner", None, "t2a", {"vocal_language": "no", "takes": 3}),
    # ---- pa ----
    ("pa", "akhiri 10 sec dubara bana do", 180, "audio_inpaint", _win(170, 180)),
    ("pa", "bhangra beat 2 min", None, "t2a", {"duration": 120, "tags_has": ["bhangra"]}),
    ("pa", "ogg ch de do, loudness -10 lufs", 150, "process_track", {"output_format": "ogg", "loudness_lufs": -10}),
    ("pa", "ehnu lamba kar do", None, "ask", {}),
    # ---- pl ----
    ("pl", "zrob od nowa 0:15-0:30", 140, "audio_inpaint", _win(15, 30)),
    ("pl", "wydluz o 30 sek na koncu", 150, "audio_outpaint", _out(0, 30)),
    ("pl", "wytnij ostatnie 4 s", 150, "process_track", {"trim_end_s": 4}),
    ("pl", "disco polo 2 min", None, "t2a", {"duration": 120}),
    ("pl", "zmien tonacje", 180, "ask", {}),
    # ---- ro ----
    ("ro", "primele 12 sec refa-le", 160, "audio_inpaint", _win(0, 12)),
    ("ro", "fa-l loop", 45, "process_track", {"loop": True}),
    ("ro", "prelungeste cu 30s la final", 150, "audio_outpaint", _out(0, 30)),
    ("ro", "manele 2 min", None, "t2a", {"duration": 120}),
    ("ro", "scoate vocea", 180, "ask", {}),
    # ---- sa ----
    ("sa", "antimāni 10 sec punaḥ racaya", 180, "audio_inpaint", _win(170, 180)),
    ("sa", "गीतं संस्कृते 2 min", None, "t2a", {"vocal_language": "sa", "duration": 120}),
    ("sa", "mp3 kuru", 150, "process_track", {"output_format": "mp3"}),
    ("sa", "dīrghaṃ kuru", None, "ask", {}),
    # ---- sk ----
    ("sk", "sprav znova poslednych 20 s", 200, "audio_inpaint", _win(180, 200)),
    ("sk", "predlz o 20 s na konci", 140, "audio_outpaint", _out(0, 20)),
    ("sk", "strihni prvych 5 s", 200, "process_track", {"trim_start_s": 5}),
    ("sk", "folk 2 min po slovensky", None, "t2a", {"duration": 120, "vocal_language": "sk", "tags_has": ["folk"]}),
    # ---- sr ----
    ("sr", "od 1:30 do 1:45 ponovo", 180, "audio_inpaint", _win(90, 105)),
    ("sr", "nova pesma 90 sek, nesto veselo", None, "t2a", {"duration": 90}),
    ("sr", "turbo folk 2 min", None, "t2a", {"duration": 120}),
    ("sr", "ubrzaj malo", 170, "ask", {}),
    # ---- sv ----
    ("sv", "gör om 2:00-2:20", 180, "audio_inpaint", _win(120, 140)),
    ("sv", "förläng 30 sek på slutet", 150, "audio_outpaint", _out(0, 30)),
    ("sv", "som wav tack", 150, "process_track", {"output_format": "wav"}),
    ("sv", "lugn pianolåt 1 min utan sång", None, "t2a", {"duration": 60, "lyrics": INST, "tags_has": ["piano"]}),
    ("sv", "sänk tonarten", 180, "ask", {}),
    # ---- sw ----
    ("sw", "rudia kuanzia 0:45 hadi 1:00 🙏", 180, "audio_inpaint", _win(45, 60)),
    ("sw", "tengeneza bongo flava dakika 2", None, "t2a", {"duration": 120}),
    ("sw", "badilisha iwe mp3", 150, "process_track", {"output_format": "mp3"}),
    ("sw", "ongeza sekunde 30 mwishoni", 150, "audio_outpaint", _out(0, 30)),
    ("sw", "iongeze", None, "ask", {}),
    # ---- ta ----
    ("ta", "kadaisi 15 sec thirumba pannu", 180, "audio_inpaint", _win(165, 180)),
    ("ta", "last 5 sec cut pannu", 140, "process_track", {"trim_end_s": 5}),
    ("ta", "tamil la oru paatu 2 min", None, "t2a", {"vocal_language": "ta", "duration": 120}),
    ("ta", "innum konjam neelama", 160, "ask", {}),
    # ---- te ----
    ("te", "modati 15 sec malli cheyyi", 180, "audio_inpaint", _win(0, 15)),
    ("te", "wav lo ivvu", 150, "process_track", {"output_format": "wav"}),
    ("te", "telugu lo oka paata 2 min", None, "t2a", {"vocal_language": "te", "duration": 120}),
    ("te", "30 sec extend cheyyi chivarlo", 150, "audio_outpaint", _out(0, 30)),
    # ---- th ----
    ("th", "ทำ 10 วิสุดท้ายใหม่", 75, "audio_inpaint", _win(65, 75)),
    ("th", "ขอ mp3 320 นะ", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("th", "เพลงลูกทุ่ง 2 นาที", None, "t2a", {"duration": 120}),
    ("th", "ต่อท้ายอีก 30 วิ", 150, "audio_outpaint", _out(0, 30)),
    # ---- tl ----
    ("tl", "ulitin mo yung last 10 secs", 200, "audio_inpaint", _win(190, 200)),
    (
        "tl",
        "gawa ka ng acoustic guitar 2 mins walang vocals",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("tl", "gawin mong loop tas mp3 pls", 30, "process_track", {"loop": True, "output_format": "mp3"}),
    ("tl", "dagdagan mo ng 20 secs sa dulo", 150, "audio_outpaint", _out(0, 20)),
    ("tl", "habaan mo", None, "ask", {}),
    # ---- tr ----
    ("tr", "son 10 sn yi tekrar yap", 95, "audio_inpaint", _win(85, 95)),
    ("tr", "wav olsun, sonda 3 sn fade", 150, "process_track", {"output_format": "wav", "fade_out_s": 3}),
    ("tr", "sonuna 30 sn ekle", 150, "audio_outpaint", _out(0, 30)),
    ("tr", "türkçe pop şarkı 2 dk", None, "t2a", {"duration": 120, "vocal_language": "tr", "tags_has": ["pop"]}),
    ("tr", "tonu düşür", 180, "ask", {}),
    # ---- uk ----
    ("uk", "peredilay ostanni 10 sek", 180, "audio_inpaint", _win(170, 180)),
    ("uk", "novyi trek, elektronika 1 hv bez vokalu", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("uk", "подовж на 30 сек в кінці", 150, "audio_outpaint", _out(0, 30)),
    ("uk", "пісня українською 2 хв", None, "t2a", {"vocal_language": "uk", "duration": 120}),
    ("uk", "прибери вокал", 180, "ask", {}),
    # ---- ur ----
    ("ur", "akhri 10 second dobara banao", 180, "audio_inpaint", _win(170, 180)),
    ("ur", "shuru mein 3 sec fade in aur -14 lufs", 150, "process_track", {"fade_in_s": 3, "loudness_lufs": -14}),
    ("ur", "آخر میں 30 سیکنڈ بڑھا دو", 150, "audio_outpaint", _out(0, 30)),
    ("ur", "urdu mein ghazal 3 min", None, "t2a", {"vocal_language": "ur", "duration": 180}),
    ("ur", "isko tez kar do", 170, "ask", {}),
    # ---- vi ----
    ("vi", "lam lai doan 1p10 den 1p25", 160, "audio_inpaint", _win(70, 85)),
    ("vi", "xuat flac nha", 150, "process_track", {"output_format": "flac"}),
    ("vi", "keo dai them 30s o cuoi", 150, "audio_outpaint", _out(0, 30)),
    ("vi", "nhac piano 2p ko loi", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["piano"]}),
    ("vi", "tach giong ra", 180, "ask", {}),
    # ---- yue ----
    ("yue", "最後10秒重整", 180, "audio_inpaint", _win(170, 180)),
    ("yue", "頭尾各加5秒", 150, "audio_outpaint", _out(5, 5)),
    ("yue", "整首廣東歌 2分鐘", None, "t2a", {"vocal_language": "yue", "duration": 120}),
    ("yue", "拉長啲", 160, "ask", {}),
]
