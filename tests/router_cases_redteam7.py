"""Seventh red-team set for the router (issue 25), written blind: 288 requests in all 50 languages, labelled
before the router ran on them, as users type to an agent in a chat (casual, typos, missing accents, English
music words inside other languages, local digits, number words). About 40 % new tracks (lengths as "a minute
and a half", "2:30", "минуты на две", "डेढ़ मिनट", "二分钟左右", adjective forms, approximate lengths; no vocals in
each language's own idiom; lyric blocks with local section markers and lines with clock times or years; the
language to sing in; several takes), about 35 % edits of a given track (windows as ranges, a start plus a length,
"the last/first N s", "from 2:00 to the end", "1m05", local digits; extensions by an amount and by a total,
before, after or both; a compound extension plus a format), about 15 % free edits (format, bitrate, loudness,
trim, fade, loop) and about 10 % that must ask (vague, contradictory, two paid edits at once, a window outside
the track, a point with no end, an edit or a conversion with no track, an extension with no amount).
Digits that are not lengths appear throughout: birthdays ("his 60th", "18stkę"), decades, years, BPM, keys,
TR-808, prices, "top 40", "Op. 9".

Same shape and scoring as tests/router_cases_redteam5.py: (lang, request, track length or None, wanted tool,
arguments the plan must carry), with "tags_has" / "tags_lacks", "vocal_language" (that language's name in the
tags), "takes", lyrics compared with whitespace collapsed, inpaint times in seconds from the start (the last
10 s of a 150 s track is 140-150), outpaint as both extend_before_duration and extend_after_duration.
Measured by scripts/router_eval_redteam3.py --set 7 (and --fields)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"
T2A, INP, OUT, PROC, ASK = "t2a", "audio_inpaint", "audio_outpaint", "process_track", "ask"

# The 12 languages with the stricter bar in this set (as the fifth and sixth sets: ar, not nl).
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _o(before: float, after: float, **more: Any) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after, **more}


def _w(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


L_EN = (
    "[Verse]\nSixty candles, 1965 was the year\nYou taught me how to ride at 7\n"
    "[Chorus]\nHappy birthday dad, we love you"
)
L_DE = "[Strophe]\nVierzig Kerzen auf dem Tisch\nUnd du lachst wie 1999\n[Refrain]\nHoch sollst du leben, heute Nacht"
L_ES = "[Verso]\nA las 3:00 te llamé\ny no contestaste\n[Coro]\nNoche de neón"
L_IT = "[Strofa]\nTi ho vista alle 8 in stazione\n[Ritornello]\nResta con me stanotte"
L_ZH = "[主歌]\n五十年风雨走过\n[副歌]\n祝你生日快乐"
L_JA = "[Aメロ]\n午前2時の首都高\n[サビ]\nずっと君を待ってる"
L_HI = "[अंतरा]\nदीप जले हर आंगन में\n[मुखड़ा]\nजय जय लक्ष्मी माता"
L_CS = "[Sloka]\nPadesát let a pořád v pohodě\n[Refrén]\nVšechno nejlepší, tati"
L_MS = "[Korus]\nSelamat hari raya, 1 Syawal tiba\n[Rangkap]\nBalik kampung naik bas pukul 9"
L_TR = "[Nakarat]\nSaat 3'te bıraktın beni\n[Kıta]\n20 yıl geçti aradan"
L_PT = "[Verso]\nDez de março, 2 da manhã\n[Refrão]\nVolta pra mim, meu bem"
L_KO = "[Verse]\n새벽 3시 너를 생각해\n[Chorus]\n다시 돌아와 줘"

R7: list[tuple[Any, ...]] = [
    # -- en ---------------------------------------------------------------------------------------------
    ("en", "yo can u make me a chill lofi beat, like a minute and a half, no vocals pls", None, T2A,
     {"duration": 90, "lyrics": INST}),
    ("en", "90s eurodance banger, 2 min, female vocals singing in english", None, T2A,
     {"duration": 120, "vocal_language": "en"}),
    ("en", "need a jingle for my bakery's radio ad, 30 sec long, budget is like $5 lol, upbeat ukulele", None,
     T2A, {"duration": 30}),
    ("en", "write me a birthday song for my dad's 60th, acoustic, about 2:30. lyrics:\n" + L_EN, None, T2A,
     {"duration": 150, "lyrics": L_EN}),
    ("en", "something like chopin op. 9 no. 2, solo piano, around 3 min", None, T2A, {"duration": 180}),
    ("en", "the part from 1:05 to 1:20 sounds muddy, can you regenerate just that", 180, INP, _w(65, 80)),
    ("en", "redo the last 12 secs, the ending cuts off weird", 200, INP, _w(188, 200)),
    ("en", "15 seconds starting at 0:45 - the snare is off there, redo it", 150, INP, _w(45, 60)),
    ("en", "add like 20s of intro before it kicks in, dont touch the ending", 150, OUT, _o(20, 0)),
    ("en", "export as mp3 320 and normalize to -14 lufs", 180, PROC,
     {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14}),
    ("en", "fix the vocals around 2:10", 240, ASK, {}),
    ("en", "redo 0:30-0:50 pls", None, ASK, {}),
    ("en", "an instrumental track but with a female singer on the chorus, 2 min", None, ASK, {}),
    ("en", "redo 0:40-0:50 and also tack 10s onto the end", 180, ASK, {}),
    # -- de ---------------------------------------------------------------------------------------------
    ("de", "Mach mir bitte nen entspannten Jazz-Track, so zweieinhalb Minuten, ohne Gesang", None, T2A,
     {"duration": 150, "lyrics": INST}),
    ("de", "Ich brauch ein Lied zum 40. meiner Frau, Schlager, ca. 2 Min., Text:\n" + L_DE, None, T2A,
     {"duration": 120, "lyrics": L_DE}),
    ("de", "ein dreiminütiger Minimal-Techno-Track, 130 BPM, a-Moll, keine Vocals, zwei Varianten bitte", None,
     T2A, {"duration": 180, "lyrics": INST, "takes": 2}),
    ("de", "Bei 0:45 bis 1:00 klingt die Gitarre schief, mach den Teil nochmal neu", 180, INP, _w(45, 60)),
    ("de", "die ersten 10 sek nochmal generieren, der rest passt", 200, INP, _w(0, 10)),
    ("de", "ab 2:00 für 15 Sekunden neu machen, aber kein Remix vom Rest", 200, INP, _w(120, 135)),
    ("de", "Häng hinten noch ne halbe Minute dran", 150, OUT, _o(0, 30)),
    ("de", "mach vorne und hinten je 10 sekunden dazu und gib mir das als mp3", 120, OUT,
     _o(10, 10, output_format="mp3")),
    ("de", "Schneid die ersten 4 Sekunden weg und am Ende nen Fade-out über 5 Sekunden", 180, PROC,
     {"trim_start_s": 4, "fade_out_s": 5}),
    ("de", "Konvertier das mal in FLAC", None, ASK, {}),
    # -- es ---------------------------------------------------------------------------------------------
    ("es", "hazme una cumbia bien bailable de unos 3 minutos, con voz femenina en español", None, T2A,
     {"duration": 180, "vocal_language": "es"}),
    ("es", "necesito una pista sin voz pa un video de yt, 1 min y medio aprox, onda reggaeton", None, T2A,
     {"duration": 90, "lyrics": INST}),
    ("es", "3 versiones de una balada de piano, dos minutitos, instrumental", None, T2A,
     {"duration": 120, "lyrics": INST, "takes": 3}),
    ("es", "cancion ochentera tipo synthpop, 2:15, con letra:\n" + L_ES, None, T2A,
     {"duration": 135, "lyrics": L_ES}),
    ("es", "del 1:10 al 1:25 la bateria suena rara, regeneralo porfa", 180, INP, _w(70, 85)),
    ("es", "desde el minuto 2 durante 10 segundos, vuelve a generar esa parte", 180, INP, _w(120, 130)),
    ("es", "alárgala 20 seg al principio", 160, OUT, _o(20, 0)),
    ("es", "que dure 4 minutos en total, agregando al final", 200, OUT, _o(0, 40)),
    ("es", "quitale los ultimos 8 segundos", 150, PROC, {"trim_end_s": 8}),
    ("es", "pásala a wav y ponle un fade in de 3 seg", 180, PROC, {"output_format": "wav", "fade_in_s": 3}),
    ("es", "rehaz el estribillo", 180, ASK, {}),
    # -- fr ---------------------------------------------------------------------------------------------
    ("fr", "tu peux me faire un morceau de piano mélancolique d'environ deux minutes, sans voix", None, T2A,
     {"duration": 120, "lyrics": INST}),
    ("fr", "un son de rap français old school, ambiance années 90, 2min30", None, T2A, {"duration": 150}),
    ("fr", "chanson en anglais, pop-rock, trois minutes, voix féminine, fais-en deux versions", None, T2A,
     {"duration": 180, "vocal_language": "en", "takes": 2}),
    ("fr", "de 1m05 à 1m20 y'a un craquement, refais ce bout stp", 180, INP, _w(65, 80)),
    ("fr", "les 15 dernières secondes sont nulles, régénère-les", 210, INP, _w(195, 210)),
    ("fr", "rajoute une intro de 12 secondes", 150, OUT, _o(12, 0)),
    ("fr", "prolonge-le de 45 secondes à la fin mais touche pas au début", 120, OUT, _o(0, 45)),
    ("fr", "convertis-le en mp3 à 256 kbps", 180, PROC, {"output_format": "mp3", "bitrate_kbps": 256}),
    ("fr", "fais-le boucler proprement", 60, PROC, {"loop": True}),
    ("fr", "change un peu la fin", 180, ASK, {}),
    # -- it ---------------------------------------------------------------------------------------------
    ("it", "fammi una base trap senza voce da 2 minuti e mezzo, con 808 belli pesanti", None, T2A,
     {"duration": 150, "lyrics": INST}),
    ("it", "una canzone d'amore in italiano, chitarra acustica, circa 3 min, testo:\n" + L_IT, None, T2A,
     {"duration": 180, "lyrics": L_IT, "vocal_language": "it"}),
    ("it", "musica da ascensore anni 60, un minuto, strumentale", None, T2A, {"duration": 60, "lyrics": INST}),
    ("it", "il ritornello, da 0:55 a 1:20, rifallo che è moscio", 180, INP, _w(55, 80)),
    ("it", "il pezzo da 1:50 per 10 secondi è sballato, rigeneralo", 180, INP, _w(110, 120)),
    ("it", "rifai gli ultimi 20 secondi", 95, INP, _w(75, 95)),
    ("it", "aggiungi 15 secondi alla fine e 5 all'inizio", 150, OUT, _o(5, 15)),
    ("it", "portalo a -16 LUFS ed esportalo in ogg", 180, PROC, {"loudness_lufs": -16, "output_format": "ogg"}),
    ("it", "taglia tutto dopo i 2 minuti", 170, PROC, {"trim_end_s": 50}),
    ("it", "allungalo", 180, ASK, {}),
    # -- pt ---------------------------------------------------------------------------------------------
    ("pt", "faz um sertanejo universitário de uns 3 minutos, voz masculina, cantado em português", None, T2A,
     {"duration": 180, "vocal_language": "pt"}),
    ("pt", "quero uma trilha bem calminha tipo lo-fi, sem voz, 45 segundos", None, T2A,
     {"duration": 45, "lyrics": INST}),
    ("pt", "bossa nova sem bateria, dois minutos, só violão e voz", None, T2A,
     {"duration": 120, "tags_lacks": ["drums", "bateria"]}),
    ("pt", "funk carioca 150 bpm, 1:40, 4 versões", None, T2A, {"duration": 100, "takes": 4}),
    ("pt", "pagode romântico de 2 minutos com essa letra:\n" + L_PT, None, T2A, {"duration": 120, "lyrics": L_PT}),
    ("pt", "refaz do 0:20 até 0:35", 150, INP, _w(20, 35)),
    ("pt", "os primeiros 5 segundos tão estranhos, gera de novo", 180, INP, _w(0, 5)),
    ("pt", "estica mais 30s no final", 120, OUT, _o(0, 30)),
    ("pt", "aumenta pra 2 minutos colocando coisa antes", 100, OUT, _o(20, 0)),
    ("pt", "coloca fade out de 6 segundos e converte pra mp3", 180, PROC, {"fade_out_s": 6, "output_format": "mp3"}),
    ("pt", "arruma o meio da música", 180, ASK, {}),
    # -- ru ---------------------------------------------------------------------------------------------
    ("ru", "сделай двухминутный спокойный эмбиент без вокала", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ru", "песня на день рождения бабушке, ей 80, на русском, минута тридцать", None, T2A,
     {"duration": 90, "vocal_language": "ru"}),
    ("ru", "панк-рок в духе 2000-х, минуты на три, три варианта", None, T2A, {"duration": 180, "takes": 3}),
    ("ru", "перегенерируй кусок с 1:15 по 1:30", 180, INP, _w(75, 90)),
    ("ru", "последние 10 сек переделай", 200, INP, _w(190, 200)),
    ("ru", "добавь в начало секунд 15", 150, OUT, _o(15, 0)),
    ("ru", "продли трек до трёх минут, в конце", 150, OUT, _o(0, 30)),
    ("ru", "конвертни в wav и громкость на -14 LUFS", 180, PROC, {"output_format": "wav", "loudness_lufs": -14}),
    ("ru", "обрежь первые 3 секунды", None, ASK, {}),
    ("ru", "переделай с 3:10 до 3:30", 180, ASK, {}),
    # -- zh ---------------------------------------------------------------------------------------------
    ("zh", "帮我做一首轻松的钢琴曲，大概两分钟，不要人声", None, T2A, {"duration": 120, "lyrics": INST}),
    ("zh", "来首中文说唱，节奏快点，一分半", None, T2A, {"duration": 90, "vocal_language": "zh"}),
    ("zh", "给我爸50岁生日写首歌，3分钟左右，歌词：\n" + L_ZH, None, T2A, {"duration": 180, "lyrics": L_ZH}),
    ("zh", "把1分10秒到1分25秒那段重新生成一下", 180, INP, _w(70, 85)),
    ("zh", "从2分钟开始到结尾重新生成", 200, INP, _w(120, 200)),
    ("zh", "前面加10秒前奏", 150, OUT, _o(10, 0)),
    ("zh", "后面再延长二十秒", 120, OUT, _o(0, 20)),
    ("zh", "转成mp3，192kbps", 180, PROC, {"output_format": "mp3", "bitrate_kbps": 192}),
    ("zh", "剪掉开头2秒，结尾淡出3秒", 180, PROC, {"trim_start_s": 2, "fade_out_s": 3}),
    ("zh", "帮我改一下", 180, ASK, {}),
    ("zh", "把0:30到0:40和1:30到1:40这两段都重做", 180, ASK, {}),
    # -- ja ---------------------------------------------------------------------------------------------
    ("ja", "ゆったりしたジャズピアノ、2分くらいで。ボーカルなしでお願い", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ja", "アニソンっぽい曲、女性ボーカル、日本語で、1分30秒", None, T2A, {"duration": 90, "vocal_language": "ja"}),
    ("ja", "シティポップ、80年代風、BPM110、3分、歌詞:\n" + L_JA, None, T2A, {"duration": 180, "lyrics": L_JA}),
    ("ja", "0:30から10秒間をやり直して", 180, INP, _w(30, 40)),
    ("ja", "最後の20秒だけ作り直してほしい", 150, INP, _w(130, 150)),
    ("ja", "頭に8秒イントロ足して", 120, OUT, _o(8, 0)),
    ("ja", "3分になるように後ろを伸ばして", 150, OUT, _o(0, 30)),
    ("ja", "-14LUFSに揃えてwavで書き出して", 180, PROC, {"loudness_lufs": -14, "output_format": "wav"}),
    ("ja", "ループできるようにして", 30, PROC, {"loop": True}),
    ("ja", "サビのところ直して", 180, ASK, {}),
    # -- ko ---------------------------------------------------------------------------------------------
    ("ko", "잔잔한 로파이 비트 만들어줘 2분 정도 보컬 없이", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ko", "한국어 발라드, 여자 보컬, 3분짜리", None, T2A, {"duration": 180, "vocal_language": "ko"}),
    ("ko", "케이팝 댄스곡 2분 30초, 버전 3개", None, T2A, {"duration": 150, "takes": 3}),
    ("ko", "알앤비 느낌으로 1분 반, 가사는 이거:\n" + L_KO, None, T2A, {"duration": 90, "lyrics": L_KO}),
    ("ko", "1분 20초부터 1분 35초까지 다시 만들어줘", 180, INP, _w(80, 95)),
    ("ko", "1:00~1:10 구간 808 베이스 너무 세, 다시 뽑아줘", 180, INP, _w(60, 70)),
    ("ko", "끝에 15초 더 붙여줘", 120, OUT, _o(0, 15)),
    ("ko", "앞뒤로 5초씩 늘려줘", 100, OUT, _o(5, 5)),
    ("ko", "mp3로 바꿔줘", 180, PROC, {"output_format": "mp3"}),
    ("ko", "페이드아웃 4초 넣어줘", 180, PROC, {"fade_out_s": 4}),
    ("ko", "2:50부터 3:10까지 다시", 160, ASK, {}),
    # -- hi ---------------------------------------------------------------------------------------------
    ("hi", "एक शांत instrumental बना दो, लगभग 2 मिनट का, कोई vocals नहीं", None, T2A,
     {"duration": 120, "lyrics": INST}),
    ("hi", "bhai ek party song bana de punjabi beat pe, hindi mein gaana, 3 minute ka", None, T2A,
     {"duration": 180, "vocal_language": "hi"}),
    ("hi", "दिवाली के लिए भजन, डेढ़ मिनट, बोल:\n" + L_HI, None, T2A, {"duration": 90, "lyrics": L_HI}),
    ("hi", "तीन अलग versions चाहिए, lofi beat, 1 मिनट", None, T2A, {"duration": 60, "takes": 3}),
    ("hi", "१:१० से १:२५ तक वाला हिस्सा दोबारा बनाओ", 180, INP, _w(70, 85)),
    ("hi", "आखिरी 10 सेकंड फिर से बनाओ", 200, INP, _w(190, 200)),
    ("hi", "शुरुआत में 20 सेकंड और जोड़ दो", 150, OUT, _o(20, 0)),
    ("hi", "end mein 30 second aur daal do", 120, OUT, _o(0, 30)),
    ("hi", "इसे wav में convert कर दो", 180, PROC, {"output_format": "wav"}),
    ("hi", "gaana thoda lamba kar do", 180, ASK, {}),
    # -- ar ---------------------------------------------------------------------------------------------
    ("ar", "اعملي موسيقى هادية بدون غنا، حوالي دقيقتين", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ar", "أغنية طربية بصوت رجالي باللغة العربية، ثلاث دقائق", None, T2A,
     {"duration": 180, "vocal_language": "ar"}),
    ("ar", "موسيقى خليجية، 100 BPM، دقيقة ونص، نسختين", None, T2A, {"duration": 90, "takes": 2}),
    ("ar", "أعد توليد الجزء من ١:٠٥ إلى ١:٢٠", 180, INP, _w(65, 80)),
    ("ar", "آخر ١٥ ثانية مش حلوة، اعملها من جديد", 150, INP, _w(135, 150)),
    ("ar", "زود ٢٠ ثانية في الآخر", 120, OUT, _o(0, 20)),
    ("ar", "ضيف مقدمة ١٠ ثواني في البداية", 200, OUT, _o(10, 0)),
    ("ar", "حوله إلى mp3", 180, PROC, {"output_format": "mp3"}),
    ("ar", "قص أول ٣ ثواني", 180, PROC, {"trim_start_s": 3}),
    ("ar", "عدّل المقطع", 180, ASK, {}),
    # -- az ---------------------------------------------------------------------------------------------
    ("az", "mənə sakit piano musiqisi düzəlt, sözsüz, iki dəqiqəlik", None, T2A, {"duration": 120, "lyrics": INST}),
    ("az", "toy üçün azərbaycanca mahnı, qadın səsi, 3 dəqiqə, iki variant", None, T2A,
     {"duration": 180, "vocal_language": "az", "takes": 2}),
    ("az", "1:00-dan 1:15-dək olan hissəni yenidən yarat", 180, INP, _w(60, 75)),
    ("az", "bunu mp3 formatına çevir", None, ASK, {}),
    # -- bg ---------------------------------------------------------------------------------------------
    ("bg", "трябва ми музика за клипче, минута и половина, само инструментал", None, T2A,
     {"duration": 90, "lyrics": INST}),
    ("bg", "песен за 50-ия рожден ден на мама, на български, 2:30", None, T2A,
     {"duration": 150, "vocal_language": "bg"}),
    ("bg", "последните 20 секунди ги направи наново", 200, INP, _w(180, 200)),
    ("bg", "добави по 10 секунди в началото и в края", 120, OUT, _o(10, 10)),
    # -- bn ---------------------------------------------------------------------------------------------
    ("bn", "একটা শান্ত বাঁশির সুর বানাও, কোনো গান ছাড়া, ২ মিনিট", None, T2A, {"duration": 120, "lyrics": INST}),
    ("bn", "বর্ষা নিয়ে বাংলায় একটা গান, সাড়ে তিন মিনিট", None, T2A, {"duration": 210, "vocal_language": "bn"}),
    ("bn", "১:০০ থেকে ১:২০ পর্যন্ত অংশটা আবার বানাও", 180, INP, _w(60, 80)),
    ("bn", "শেষে ৫ সেকেন্ডের fade out দাও", 150, PROC, {"fade_out_s": 5}),
    # -- ca ---------------------------------------------------------------------------------------------
    ("ca", "fes-me una rumba d'uns dos minuts, cantada en català", None, T2A,
     {"duration": 120, "vocal_language": "ca"}),
    ("ca", "peça de piano sense veu, 45 segons, en re menor, tempo 70", None, T2A, {"duration": 45, "lyrics": INST}),
    ("ca", "refés del 0:30 al 0:50, la resta no la toquis", 150, INP, _w(30, 50)),
    ("ca", "allarga-la 10 segons pel final i passa-la a mp3", 180, OUT, _o(0, 10, output_format="mp3")),
    ("ca", "arregla-ho", 180, ASK, {}),
    # -- cs ---------------------------------------------------------------------------------------------
    ("cs", "udělej mi klidnou instrumentálku, tak na dvě minutky", None, T2A, {"duration": 120, "lyrics": INST}),
    ("cs", "písnička k tátovým padesátinám, dvě a půl minuty, text:\n" + L_CS, None, T2A,
     {"duration": 150, "lyrics": L_CS}),
    ("cs", "přegeneruj posledních 20 vteřin", 180, INP, _w(160, 180)),
    ("cs", "převeď to do mp3 v 320 kbps a znormalizuj na -14 LUFS", 180, PROC,
     {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14}),
    # -- da ---------------------------------------------------------------------------------------------
    ("da", "lav en rolig guitar-instrumental på cirka halvandet minut", None, T2A, {"duration": 90, "lyrics": INST}),
    ("da", "popsang på dansk med kvindelig vokal, 3 min, lav to versioner", None, T2A,
     {"duration": 180, "vocal_language": "da", "takes": 2}),
    ("da", "delen fra 1:00 til 1:20 skal laves om, trommerne er forkerte der", 150, INP, _w(60, 80)),
    ("da", "gør den 2 minutter lang ved at tilføje i starten", 100, OUT, _o(20, 0)),
    # -- el ---------------------------------------------------------------------------------------------
    ("el", "φτιάξε μου ένα ήρεμο ορχηστρικό, γύρω στα 2 λεπτά", None, T2A, {"duration": 120, "lyrics": INST}),
    ("el", "λαϊκό με μπουζούκι, στα ελληνικά, τρία λεπτά, χωρίς ντραμς", None, T2A,
     {"duration": 180, "vocal_language": "el", "tags_lacks": ["drums"]}),
    ("el", "ξαναφτιάξε από το 0:40 ως το 0:55", 180, INP, _w(40, 55)),
    ("el", "κόψε τα τελευταία 5 δευτερόλεπτα", 150, PROC, {"trim_end_s": 5}),
    # -- fa ---------------------------------------------------------------------------------------------
    ("fa", "یه آهنگ بی‌کلام آروم بساز، حدود دو دقیقه", None, T2A, {"duration": 120, "lyrics": INST}),
    ("fa", "آهنگ پاپ به زبان فارسی با صدای مرد، ۳ دقیقه، ۹۰ بی‌پی‌ام", None, T2A,
     {"duration": 180, "vocal_language": "fa"}),
    ("fa", "از ۱:۱۰ تا ۱:۳۰ رو دوباره بساز", 180, INP, _w(70, 90)),
    ("fa", "درستش کن", 180, ASK, {}),
    # -- fi ---------------------------------------------------------------------------------------------
    ("fi", "tee rauhallinen pianokappale ilman laulua, noin kaksi minuuttia", None, T2A,
     {"duration": 120, "lyrics": INST}),
    ("fi", "suomenkielinen iskelmä naislaulajalla, kaksi ja puoli minuuttia", None, T2A,
     {"duration": 150, "vocal_language": "fi"}),
    ("fi", "lisää loppuun 20 sekuntia", 120, OUT, _o(0, 20)),
    ("fi", "muuta se wav-muotoon", None, ASK, {}),
    # -- he ---------------------------------------------------------------------------------------------
    ("he", "תעשה לי מוזיקה רגועה בלי שירה, בערך דקה וחצי", None, T2A, {"duration": 90, "lyrics": INST}),
    ("he", "שיר בעברית ליום הולדת 30 של אחותי, פופ, 2 דקות", None, T2A, {"duration": 120, "vocal_language": "he"}),
    ("he", "תייצר מחדש את 10 השניות האחרונות", 150, INP, _w(140, 150)),
    ("he", "תוסיף 15 שניות בהתחלה", 180, OUT, _o(15, 0)),
    # -- hr ---------------------------------------------------------------------------------------------
    ("hr", "napravi mi laganu instrumentalnu stvar, oko 2 minute, bez bubnjeva", None, T2A,
     {"duration": 120, "lyrics": INST, "tags_lacks": ["drums"]}),
    ("hr", "pjesma na hrvatskom za rođendan, 3 minute, dvije verzije", None, T2A,
     {"duration": 180, "vocal_language": "hr", "takes": 2}),
    ("hr", "ponovo napravi dio od 1:20 do 1:40", 180, INP, _w(80, 100)),
    ("hr", "ponovi dio od 3:00 do 3:20", 150, ASK, {}),
    # -- ht ---------------------------------------------------------------------------------------------
    ("ht", "fè yon mizik kompa san vwa, 2 minit", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ht", "yon chante an kreyòl pou fèt manman m, twa minit", None, T2A, {"duration": 180, "vocal_language": "ht"}),
    ("ht", "refè dènye 10 segonn yo", 150, INP, _w(140, 150)),
    ("ht", "mete l an mp3", 180, PROC, {"output_format": "mp3"}),
    # -- hu ---------------------------------------------------------------------------------------------
    ("hu", "csinálj egy nyugis zongoradarabot ének nélkül, kb. két perc", None, T2A,
     {"duration": 120, "lyrics": INST}),
    ("hu", "magyar nyelvű popdal, női ének, 2:30", None, T2A, {"duration": 150, "vocal_language": "hu"}),
    ("hu", "az 1 perc 5 mp-től 1 perc 20 mp-ig csináld újra", 180, INP, _w(65, 80)),
    ("hu", "tegyél a végére még fél percet", 120, OUT, _o(0, 30)),
    ("hu", "vágd le az első 4 másodpercet", 180, PROC, {"trim_start_s": 4}),
    # -- id ---------------------------------------------------------------------------------------------
    ("id", "bikinin musik santai tanpa vokal dong, sekitar 2 menit", None, T2A, {"duration": 120, "lyrics": INST}),
    ("id", "lagu dangdut bahasa indonesia, suara cewek, 3 menit, bikin 2 versi", None, T2A,
     {"duration": 180, "vocal_language": "id", "takes": 2}),
    ("id", "ulang bagian mulai 0:30 selama 15 detik ya", 150, INP, _w(30, 45)),
    ("id", "tambahin 15 detik di awal", 180, OUT, _o(15, 0)),
    ("id", "benerin lagunya", 180, ASK, {}),
    # -- is ---------------------------------------------------------------------------------------------
    ("is", "búðu til rólegt píanólag án söngs, um tvær mínútur", None, T2A, {"duration": 120, "lyrics": INST}),
    ("is", "popplag á íslensku með kvenrödd, þrjár mínútur", None, T2A, {"duration": 180, "vocal_language": "is"}),
    ("is", "gerðu aftur kaflann frá 1:00 til 1:20", 180, INP, _w(60, 80)),
    ("is", "gerðu hana lengri", 180, ASK, {}),
    # -- la ---------------------------------------------------------------------------------------------
    ("la", "fac mihi musicam tranquillam sine voce, duo minuta", None, T2A, {"duration": 120, "lyrics": INST}),
    ("la", "carmen Latine cantatum a choro monachorum, tria minuta", None, T2A,
     {"duration": 180, "vocal_language": "la"}),
    ("la", "partem a 0:30 ad 0:45 denuo fac", 150, INP, _w(30, 45)),
    ("la", "adde decem secundas ad finem", 120, OUT, _o(0, 10)),
    # -- lt ---------------------------------------------------------------------------------------------
    ("lt", "sukurk ramią instrumentalinę muziką, apie dvi minutes", None, T2A, {"duration": 120, "lyrics": INST}),
    ("lt", "daina lietuviškai, vyriškas vokalas, pusantros minutės", None, T2A,
     {"duration": 90, "vocal_language": "lt"}),
    ("lt", "pergeneruok paskutines 15 sekundžių", 180, INP, _w(165, 180)),
    ("lt", "konvertuok į wav", 180, PROC, {"output_format": "wav"}),
    # -- ms ---------------------------------------------------------------------------------------------
    ("ms", "buatkan muzik tenang tanpa vokal, lebih kurang 2 minit", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ms", "lagu raya 3 minit, ada lirik:\n" + L_MS, None, T2A, {"duration": 180, "lyrics": L_MS}),
    ("ms", "buat semula 10 saat bermula pada 2:00", 180, INP, _w(120, 130)),
    ("ms", "tambah 20 saat di hujung", 150, OUT, _o(0, 20)),
    # -- ne ---------------------------------------------------------------------------------------------
    ("ne", "शान्त संगीत बनाइदिनुहोस्, गीत बिना, करिब २ मिनेट", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ne", "दशैंको लागि नेपाली भाषामा लोकगीत, ३ मिनेट", None, T2A, {"duration": 180, "vocal_language": "ne"}),
    ("ne", "अन्तिम १० सेकेन्ड फेरि बनाउनुहोस्", 150, INP, _w(140, 150)),
    ("ne", "सुरु र अन्त्य दुवैमा ५ सेकेन्ड थप्नुहोस्", 120, OUT, _o(5, 5)),
    # -- nl ---------------------------------------------------------------------------------------------
    ("nl", "maak een chill lofi beatje zonder zang, ongeveer anderhalve minuut", None, T2A,
     {"duration": 90, "lyrics": INST}),
    ("nl", "top 40 achtige zomerhit in het Nederlands voor opa's 70e, 2 minuten", None, T2A,
     {"duration": 120, "vocal_language": "nl"}),
    ("nl", "vanaf 1:30 tot het einde opnieuw graag", 200, INP, _w(90, 200)),
    ("nl", "plak er aan het eind nog 25 seconden aan", 150, OUT, _o(0, 25)),
    ("nl", "zet om naar mp3 op 128 kbps", 180, PROC, {"output_format": "mp3", "bitrate_kbps": 128}),
    # -- no ---------------------------------------------------------------------------------------------
    ("no", "en rolig pianolåt uten vokal, ca 90 sek", None, T2A, {"duration": 90, "lyrics": INST}),
    ("no", "en julesang på norsk med barnekor, 2:30", None, T2A, {"duration": 150, "vocal_language": "no"}),
    ("no", "lag om de siste 20 sekundene", 180, INP, _w(160, 180)),
    ("no", "gjør den litt mer episk", 180, ASK, {}),
    # -- pa ---------------------------------------------------------------------------------------------
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਬੀਟ ਬਣਾਓ, ਬਿਨਾਂ ਆਵਾਜ਼ ਦੇ, 2 ਮਿੰਟ", None, T2A, {"duration": 120, "lyrics": INST}),
    ("pa", "ਪੰਜਾਬੀ ਵਿੱਚ ਵਿਆਹ ਦਾ ਗੀਤ, ਤਿੰਨ ਮਿੰਟ", None, T2A, {"duration": 180, "vocal_language": "pa"}),
    ("pa", "੧:੧੦ ਤੋਂ ੧:੨੫ ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 180, INP, _w(70, 85)),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 150, OUT, _o(0, 20)),
    # -- pl ---------------------------------------------------------------------------------------------
    ("pl", "zrób mi spokojny podkład bez wokalu, coś koło dwóch minut", None, T2A, {"duration": 120, "lyrics": INST}),
    ("pl", "piosenka po polsku na 18stkę kumpla, pop punk, 2:30", None, T2A,
     {"duration": 150, "vocal_language": "pl"}),
    ("pl", "przerób fragment od 1:05 do 1:20", 180, INP, _w(65, 80)),
    ("pl", "dodaj 30 sekund na końcu", 150, OUT, _o(0, 30)),
    ("pl", "wyrównaj głośność do -14 LUFS", 180, PROC, {"loudness_lufs": -14}),
    # -- ro ---------------------------------------------------------------------------------------------
    ("ro", "fă-mi o muzică liniștită fără voce, cam două minute", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ro", "o manea în română, 3 minute, voce de bărbat", None, T2A, {"duration": 180, "vocal_language": "ro"}),
    ("ro", "refă ultimele 10 secunde", 150, INP, _w(140, 150)),
    ("ro", "taie primele 2 secunde și pune fade in de o secundă", 120, PROC, {"trim_start_s": 2, "fade_in_s": 1}),
    # -- sa ---------------------------------------------------------------------------------------------
    ("sa", "शान्तं वाद्यसङ्गीतं रचय, गीतं विना, प्रायः २ निमेषाः", None, T2A, {"duration": 120, "lyrics": INST}),
    ("sa", "संस्कृतभाषायां स्तोत्रगीतम्, ३ निमेषाः", None, T2A, {"duration": 180, "vocal_language": "sa"}),
    ("sa", "१:०० तः १:२० पर्यन्तं भागं पुनः रचय", 180, INP, _w(60, 80)),
    ("sa", "इदं mp3 रूपे परिवर्तय", 180, PROC, {"output_format": "mp3"}),
    # -- sk ---------------------------------------------------------------------------------------------
    ("sk", "sprav mi pokojnú hudbu bez spevu, asi dve minúty", None, T2A, {"duration": 120, "lyrics": INST}),
    ("sk", "pesnička po slovensky na svadbu, tri minúty", None, T2A, {"duration": 180, "vocal_language": "sk"}),
    ("sk", "prerob to od 2:00 až do konca", 170, INP, _w(120, 170)),
    ("sk", "pridaj na koniec 20 sekúnd", 150, OUT, _o(0, 20)),
    # -- sr ---------------------------------------------------------------------------------------------
    ("sr", "направи мирну инструменталну музику, око два минута", None, T2A, {"duration": 120, "lyrics": INST}),
    ("sr", "pesma na srpskom, narodnjak, 3 minuta", None, T2A, {"duration": 180, "vocal_language": "sr"}),
    ("sr", "поново направи последњих 15 секунди", 180, INP, _w(165, 180)),
    ("sr", "dodaj 10 sekundi na početak", 120, OUT, _o(10, 0)),
    # -- sv ---------------------------------------------------------------------------------------------
    ("sv", "gör en lugn pianolåt utan sång, typ två minuter", None, T2A, {"duration": 120, "lyrics": INST}),
    ("sv", "en glad midsommarlåt på svenska, 2:30", None, T2A, {"duration": 150, "vocal_language": "sv"}),
    ("sv", "gör om biten mellan 1:00 och 1:20", 180, INP, _w(60, 80)),
    ("sv", "lägg till 20 sekunder i slutet", 150, OUT, _o(0, 20)),
    ("sv", "gör den lite bättre", 180, ASK, {}),
    # -- sw ---------------------------------------------------------------------------------------------
    ("sw", "nitengenezee muziki tulivu bila kuimba, kama dakika mbili", None, T2A, {"duration": 120, "lyrics": INST}),
    ("sw", "wimbo wa bongo flava kwa Kiswahili, dakika 3", None, T2A, {"duration": 180, "vocal_language": "sw"}),
    ("sw", "tengeneza upya sehemu kutoka 0:30 hadi 0:50", 150, INP, _w(30, 50)),
    ("sw", "iongeze iwe dakika 3 kamili, ongeza mwishoni", 150, OUT, _o(0, 30)),
    # -- ta ---------------------------------------------------------------------------------------------
    ("ta", "அமைதியான இசை, பாடல் இல்லாமல், சுமார் 2 நிமிடம்", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ta", "தமிழில் ஒரு குத்து பாட்டு, 3 நிமிடம்", None, T2A, {"duration": 180, "vocal_language": "ta"}),
    ("ta", "1:00 முதல் 1:20 வரை உள்ள பகுதியை மீண்டும் உருவாக்கு", 180, INP, _w(60, 80)),
    ("ta", "fade in 3 வினாடி, fade out 5 வினாடி போடு", 180, PROC, {"fade_in_s": 3, "fade_out_s": 5}),
    # -- te ---------------------------------------------------------------------------------------------
    ("te", "ప్రశాంతమైన సంగీతం, పాట లేకుండా, సుమారు 2 నిమిషాలు", None, T2A, {"duration": 120, "lyrics": INST}),
    ("te", "తెలుగులో ఒక పెళ్లి పాట, 3 నిమిషాలు", None, T2A, {"duration": 180, "vocal_language": "te"}),
    ("te", "చివరి 15 సెకన్లు మళ్ళీ చేయి", 180, INP, _w(165, 180)),
    ("te", "దీన్ని wav గా మార్చు", None, ASK, {}),
    # -- th ---------------------------------------------------------------------------------------------
    ("th", "ทำเพลงชิลๆ ไม่มีเสียงร้อง ประมาณ 2 นาที", None, T2A, {"duration": 120, "lyrics": INST}),
    ("th", "เพลงลูกทุ่งภาษาไทย เสียงผู้หญิง 3 นาที", None, T2A, {"duration": 180, "vocal_language": "th"}),
    ("th", "ช่วง ๐:๔๐ ถึง ๑:๐๐ ทำใหม่หน่อย", 180, INP, _w(40, 60)),
    ("th", "ทำให้วนลูปได้แบบเนียนๆ", 30, PROC, {"loop": True}),
    # -- tl ---------------------------------------------------------------------------------------------
    ("tl", "gawan mo ako ng chill na beat, walang vocals, mga 2 minutes", None, T2A, {"duration": 120, "lyrics": INST}),
    ("tl", "kanta sa Tagalog para sa debut ng pamangkin ko, 3 minuto", None, T2A,
     {"duration": 180, "vocal_language": "tl"}),
    ("tl", "ulitin mo yung first 8 seconds", 180, INP, _w(0, 8)),
    ("tl", "gawin mong mp3, 192kbps", 180, PROC, {"output_format": "mp3", "bitrate_kbps": 192}),
    # -- tr ---------------------------------------------------------------------------------------------
    ("tr", "bana sakin bir piyano parçası yap, vokalsiz, 2 dakika civarı", None, T2A, {"duration": 120, "lyrics": INST}),
    ("tr", "arabesk bir şarkı, erkek vokal, 3 dk, sözler:\n" + L_TR, None, T2A, {"duration": 180, "lyrics": L_TR}),
    ("tr", "1:10 ile 1:30 arasını yeniden oluştur", 180, INP, _w(70, 90)),
    ("tr", "sonuna 15 saniye ekle", 150, OUT, _o(0, 15)),
    ("tr", "mp3'e çevir", None, ASK, {}),
    # -- uk ---------------------------------------------------------------------------------------------
    ("uk", "зроби спокійну музику без вокалу, десь дві хвилини", None, T2A, {"duration": 120, "lyrics": INST}),
    ("uk", "пісня українською на весілля, 3 хвилини", None, T2A, {"duration": 180, "vocal_language": "uk"}),
    ("uk", "перероби останні 10 секунд", 150, INP, _w(140, 150)),
    ("uk", "підніми гучність до -12 LUFS", 180, PROC, {"loudness_lufs": -12}),
    # -- ur ---------------------------------------------------------------------------------------------
    ("ur", "ایک پرسکون میوزک بنائیں، بغیر آواز کے، تقریباً 2 منٹ", None, T2A, {"duration": 120, "lyrics": INST}),
    ("ur", "اردو میں ایک قوالی، 3 منٹ", None, T2A, {"duration": 180, "vocal_language": "ur"}),
    ("ur", "1:00 سے 1:20 تک کا حصہ دوبارہ بنائیں", 180, INP, _w(60, 80)),
    ("ur", "گانے کا درمیان والا حصہ بہتر کر دیں", 180, ASK, {}),
    # -- vi ---------------------------------------------------------------------------------------------
    ("vi", "làm cho mình bản nhạc không lời nhẹ nhàng, khoảng 2 phút", None, T2A, {"duration": 120, "lyrics": INST}),
    ("vi", "bài hát tiếng Việt, giọng nữ, bolero, 3 phút", None, T2A, {"duration": 180, "vocal_language": "vi"}),
    ("vi", "làm lại từ 1p05 đến 1p20", 180, INP, _w(65, 80)),
    ("vi", "thêm 20 giây vào cuối", 150, OUT, _o(0, 20)),
    ("vi", "chuyen sang mp3 giup minh", 180, PROC, {"output_format": "mp3"}),
    # -- yue --------------------------------------------------------------------------------------------
    ("yue", "整首輕鬆嘅純音樂，唔好有人聲，大概兩分鐘", None, T2A, {"duration": 120, "lyrics": INST}),
    ("yue", "廣東歌，用粵語唱，男聲，三分鐘，講失戀", None, T2A, {"duration": 180, "vocal_language": "yue"}),
    ("yue", "最後嗰15秒重新整過", 180, INP, _w(165, 180)),
    ("yue", "將2:40到3:00重新整過", 150, ASK, {}),
]  # fmt: skip
