"""Red-team probe (redteam18) of the router rules changed in e95adc0..7f371b4, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong (for process_track a wrong fade, trim, loop or format
too; for a new piece, lyrics that are not the lyrics, a wrong vocal language, or takes that should not be). The
rules under attack: read._COLON_THEN_LINES (two or more short lines after a line ending in a colon are the lyrics),
the new function words of _LATIN_STOPWORDS and the rule that a language with half the words wins over lingua,
Korean '개' as takes (_COUNT, _KOREAN_COUNT, _VERSION_NOUN) and the '하나 … 하나' contrast, the 'make it N' words
('portalo a', 'que ela tenha', '짜리로', 'maak er / het', 'ให้ยาว', 'ให้เป็น', 'forleng … til'), the fade direction
from a fade word that says its way, _FADE_NOT_SECONDS, _NO_FADE, trims in more languages (Thai 'วินาทีแรก', Hebrew
'מהסוף', Serbian 'прве', Danish 'skær'), the fade seconds removed before 'add' is judged, new-piece words ('uno
nuevo.', 'una nueva.'), Spanish 'añád*', 'grazie mille', Hebrew / Latin range words, quoted lyrics before 'like',
Lithuanian 'liaudies*'.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.
A wrong vocal language is checked as the '<language> vocal' tag ('tags_not').

Run: sh scripts/uv run python scripts/router_probe_redteam18.py [filter] [-q] [--old SRC]

First run (7f371b4, --old e95adc0's src): 152 probes, 117 OK, 0 asked, 34 silent (23 made by the diff: 14 specs
after a colon sung as lyrics ('분위기:', '要求：', 'Stil:', 'Klimat:\nspokojny\nbez wokalu', …); 3 lyrics sung in the
language of half their words (Portuguese and Italian as Spanish, Indonesian 'di' as Italian); 2 Thai trims of a part
of the mix ('ของเสียงร้อง', 'ของกีตาร์'); Hebrew 'add drums 10 s from the end' extended the track; 2 Russian fades
('без затухания 5 секунд', 'затухание на 2 такта' as 2 s); 'el final …, haz uno nuevo.' a new piece; 11 pre-existing),
1 error (Norwegian 'forleng introen til 20 sekunder' refused as 'make it 20 s'; it had extended the track by 20 s).
No label changed after the run.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, free, inp, main, new

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
S = 120.0
CL = "read._COLON_THEN_LINES: short lines after a line ending in a colon (specs, not lyrics)"
LS = "_LATIN_STOPWORDS: half the words one language's function words (another language's lyrics)"
KO = "Korean '개' / '곡' counts as takes, '하나 … 하나' contrast"
MK = "_TOTAL_WORDS: 'make it N' ('portalo a', 'que ela tenha', 'maak er / het', 'ให้ยาว / ให้เป็น', 'forleng til', '짜리로')"
FD = "fade direction from a fade word that says its way (seconds after it), _NO_FADE, _FADE_NOT_SECONDS"
TR = "_TRIM: Thai 'วินาทีแรก', Hebrew 'מהסוף', Serbian 'прве', Danish 'skær*'"
AD = "'add' judged without the fade's seconds; Spanish 'añád*'"
NP = "_NEW_PIECE: 'uno nuevo.' / 'una nueva.' said alone (a part replaced by a new one)"
GM = "_MANY_THANKS: 'grazie mille', 'mil gracias', 'tusen takk'"
RG = "read._second_range: Hebrew 'עד' / 'השניות', Latin 'ad'"
MI = "misc: quoted lyrics before 'like / como / gibi', Lithuanian 'liaudies*', Bengali 'গান-টান ছাড়া'"

NOT_NEW = {"tool_not": NEW, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- two or more short lines after a colon: specs, not lyrics
    (
        CL,
        None,
        "Make me a chill song, here's the vibe:\nwarm and dreamy\nsoft piano and rain",
        new(lyrics_lacks=["soft piano"], ask_ok=True),
    ),
    (CL, None, "Instruments:\npiano\nstrings\ncello", new(lyrics_lacks=["strings"], ask_ok=True)),
    (CL, None, "Características:\nalegre y bailable\ncon guitarra acústica\nsin voz", new(inst=True, ask_ok=True)),
    (CL, None, "Пожелания к треку:\nспокойный\nбез вокала", new(inst=True, ask_ok=True)),
    (CL, None, "要求：\n欢快一点\n钢琴为主", new(lyrics_lacks=["钢琴"], ask_ok=True)),
    (CL, None, "条件：\n明るい感じ\nピアノ中心", new(lyrics_lacks=["ピアノ中心"], ask_ok=True)),
    (CL, None, "분위기:\n잔잔하게\n피아노 위주로", new(lyrics_lacks=["피아노 위주로"], ask_ok=True)),
    (CL, None, "Stil:\nruhig und warm\nmit Klavier und Streichern", new(lyrics_lacks=["Klavier"], ask_ok=True)),
    (
        CL,
        None,
        "Canta esto:\nLa luna se fue\ny no volvió\nestilo bolero triste",
        new(lyrics_has=["La luna se fue"], lyrics_lacks=["bolero"], ask_ok=True),
    ),
    (
        CL,
        None,
        "Quiero una balada con esta letra:\nTe fuiste en abril\ny yo me quede aqui",
        new(lyrics_has=["Te fuiste en abril"], tags_not=["estonian vocal"], ask_ok=True),
    ),
    (
        CL,
        None,
        "Song with these words:\nI walk alone\nunder the silver moon\nslow acoustic ballad feel",
        new(lyrics_has=["I walk alone"], lyrics_lacks=["acoustic ballad"], ask_ok=True),
    ),
    (CL, L, "Changes:\nmake the drums louder\nremove the vocals", {**NOT_NEW, "lyrics_lacks": ["drums louder"]}),
    (CL, None, "Faz uma música assim:\nalegre\nsem voz\npara um vídeo de viagem", new(inst=True, ask_ok=True)),
    (
        CL,
        None,
        "Write a jingle for my bakery. Mood:\nwarm\ncozy\nmorning coffee",
        new(lyrics_lacks=["cozy"], ask_ok=True),
    ),
    (
        CL,
        None,
        "Fammi una canzone, genere:\npop italiano\nallegra e solare",
        new(lyrics_lacks=["pop italiano"], ask_ok=True),
    ),
    (
        CL,
        None,
        "Voici les paroles :\nSous le ciel de Paris\non danse toute la nuit",
        new(lyrics_has=["Sous le ciel de Paris"], ask_ok=True),
    ),
    (CL, None, "Wensen:\nrustig\npiano\ngeen zang", new(inst=True, ask_ok=True)),
    (CL, None, "Notes for the track:\nno drums\nkeep it under a minute", new(lyrics_lacks=["no drums"], ask_ok=True)),
    (CL, None, "סגנון:\nרגוע\nעם פסנתר", new(lyrics_lacks=["עם פסנתר"], ask_ok=True)),
    (CL, None, "Tarz:\nhüzünlü\nakustik gitar", new(lyrics_lacks=["akustik gitar"], ask_ok=True)),
    (CL, None, "Слова песни:\nНочь над Невой\nи мы с тобой", new(lyrics_has=["Ночь над Невой"], ask_ok=True)),
    (CL, L, "Replace the chorus lyrics with:\nhold me close\nnever let go", NOT_NEW),
    (CL, None, "المزاج:\nهادئ\nبيانو وكمان", new(lyrics_lacks=["بيانو"], ask_ok=True)),
    (CL, None, "मूड:\nखुशनुमा\nगिटार के साथ", new(lyrics_lacks=["गिटार"], ask_ok=True)),
    (CL, None, "Klimat:\nspokojny\nbez wokalu", new(inst=True, ask_ok=True)),
    (CL, None, "Bana bir şarkı yap, istekler:\nsakin\nvokalsiz", new(inst=True, ask_ok=True)),
    (CL, None, "Mood ng kanta:\nmasaya\nwalang boses", new(inst=True, ask_ok=True)),
    # --- half the words one language's function words
    (
        LS,
        None,
        "faz uma música romântica com esta letra:\nTe amo como nunca\nquando te vejo aqui",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "fammi una ballata con queste parole:\nResta con te\nuna vita con te",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (LS, None, "buat lagu pop dengan lirik:\nDi sini di sana\ndi hatimu", new(tags_not=["italian vocal"], ask_ok=True)),
    (
        LS,
        None,
        "hazme un bolero con la letra 'te quiero como nunca, siempre aqui'",
        new(tags_not=["portuguese vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "fai una canzone con il testo 'ti penso sempre, anche quando sei lontano'",
        new(tags_not=["spanish vocal", "portuguese vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "make a reggaeton with the lyrics 'yo te quiero, baby, te quiero'",
        new(tags_not=["portuguese vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "faz um samba com a letra 'quando ela chega, o sol vem junto'",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "schreib ein Lied mit dem Text 'wie ein Stern in der Nacht, ohne dich'",
        new(tags_not=["dutch vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "maak een liedje met de tekst 'wie ben jij, zo dicht bij mij'",
        new(tags_not=["german vocal"], ask_ok=True),
    ),
    # --- Korean counts
    (KO, None, "악기 세 개만 쓰는 잔잔한 곡 하나 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "코드 4개로 된 루프 하나 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "30초짜리 광고음악 세 개 뽑아줘", new(takes=3, duration=30, ask_ok=True)),
    (KO, None, "두 곡을 섞은 느낌으로 하나 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "후렴이 두 개 있는 팝송 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "1분짜리 로파이 2개만 만들어줘", new(takes=2, duration=60, ask_ok=True)),
    (KO, None, "록 하나 재즈 하나 만들어줘", ASK),
    (KO, None, "하나만 만들어줘, 하나면 충분해", new(takes=None, ask_ok=True)),
    (KO, None, "세 개 만들어줘, 하나는 빠르게 하나는 느리게 하나는 중간으로", ASK),
    (KO, None, "세 개 뽑아줘 분위기는 다 똑같이, 잔잔한 피아노", new(takes=3, ask_ok=True)),
    (KO, None, "별 세 개짜리 호텔 로비 음악 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "사과 두 개 동요 만들어줘, 1분", new(takes=None, duration=60, ask_ok=True)),
    (KO, None, "북 두 개랑 피리 하나로 국악풍 곡 만들어줘", new(takes=None, ask_ok=True)),
    (KO, None, "3개 코드만 쓰는 펑크 곡 만들어줘", new(takes=None, ask_ok=True)),
    # --- 'make it N'
    (MK, S, "portalo a 3 minuti", ext(0, 60, ask_ok=True)),
    (MK, S, "portala a 320 kbps in mp3", {"tool_not": OUT, "ask_ok": True}),
    (MK, S, "portalo a -14 LUFS", {"tool_not": OUT, "ask_ok": True}),
    (MK, S, "portala a 128 bpm", {"tool_not": OUT, "ask_ok": True}),
    (MK, S, "quero que ela tenha um solo de guitarra de 20 segundos no final", ext(0, 20, ask_ok=True)),
    (MK, S, "que ela tenha 3 minutos", ext(0, 60, ask_ok=True)),
    (MK, S, "maak er 1 minuut langer van", ext(0, 60, ask_ok=True)),
    (MK, S, "maak er 30 seconden extra van", ext(0, 30, ask_ok=True)),
    (MK, L, "maak het 3 minuten en 30 seconden", ext(0, 30, ask_ok=True)),
    (MK, S, "maak het refrein 10 seconden langer", {"tool_not": FREE, "ask_ok": True}),
    (MK, S, "ทำให้ยาวขึ้นอีก 30 วินาที", ext(0, 30, ask_ok=True)),
    (MK, S, "ทำให้ยาว 3 นาที", ext(0, 60, ask_ok=True)),
    (MK, S, "ทำให้เป็นไฟล์ mp3 แล้วตัด 5 วินาทีแรกออก", free(trim_start_s=5, ask_ok=True)),
    (MK, S, "ให้เป็นเวอร์ชัน 30 วินาทีสำหรับโฆษณา", {"tool_not": OUT, "ask_ok": True}),
    (MK, S, "forleng den til 3 minutter", ext(0, 60, ask_ok=True)),
    (MK, S, "forleng den med 30 sekunder til slutt", ext(0, 30, ask_ok=True)),
    (MK, S, "forleng introen til 20 sekunder", {"tool_not": FREE, "ask_ok": True}),
    (MK, S, "forlæng den med 1 minut til sidst", ext(0, 60, ask_ok=True)),
    (MK, L, "4분짜리로 늘려줘", ext(0, 60, ask_ok=True)),
    (MK, S, "인트로를 10초짜리로 늘려줘", {"tool_not": FREE, "ask_ok": True}),
    (MK, S, "30초짜리로 잘라줘", {"tool_not": OUT, "ask_ok": True}),
    (MK, S, "1분 더 늘려서 3분짜리로 해줘", ext(0, 60, ask_ok=True)),
    (
        MK,
        S,
        "portalo a 3 minuti con un fade out di 5 secondi",
        {"tool": OUT, "extend_after_duration": 60, "ask_ok": True},
    ),
    (MK, S, "quero que ela tenha um fade out de 5 segundos", free(fade_out_s=5, ask_ok=True)),
    (MK, S, "portalo a 2 minuti e mezzo", ext(0, 30, ask_ok=True)),
    # --- fades: a fade word that says its way, seconds after it, no fade
    (FD, L, "сделай затухание с 2:30", free(fade_out_s=30, ask_ok=True)),
    (FD, L, "затухание в последние 20 секунд", free(fade_out_s=20, ask_ok=True)),
    (FD, L, "добавь затухание на 2 секунды", free(fade_out_s=2, ask_ok=True)),
    (FD, L, "убери затухание на последних 5 секундах", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "Ausblenden ab 2:40", free(fade_out_s=20, ask_ok=True)),
    (FD, L, "Einblenden über 4 Takte", free(fade_in_s=8, ask_ok=True)),
    (FD, L, "нарастание 3 секунды в начале и затухание 6 секунд в конце", free(fade_in_s=3, fade_out_s=6, ask_ok=True)),
    (FD, L, "תוסיף פייד אין של 3 שניות", free(fade_in_s=3, ask_ok=True)),
    (FD, L, "תוסיף פייד אאוט של 4 שניות", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "3 सेकंड का fade in और 5 सेकंड का fade out", free(fade_in_s=3, fade_out_s=5, ask_ok=True)),
    (FD, L, "أضف تلاشٍ في النهاية مدته 4 ثوانٍ", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "fundido al final de 5 s y quita los primeros 2 s", free(fade_out_s=5, trim_start_s=2, ask_ok=True)),
    (FD, L, "fondu à la fin de 4 s, sans toucher au début", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "dissolvenza finale di 6 secondi, non troppo brusca", free(fade_out_s=6, ask_ok=True)),
    (FD, L, "fade de saída de 5 s, sem cortar nada", free(fade_out_s=5, ask_ok=True)),
    (FD, L, "fos de sortida de 4 segons", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "fondu d'entrée de 2 s et coupe les 3 dernières secondes", free(fade_in_s=2, trim_end_s=3, ask_ok=True)),
    (FD, L, "wyciszenie 5 sekund na końcu, bez zmian w środku", free(fade_out_s=5, ask_ok=True)),
    (FD, L, "ztlum konec na 4 sekundy", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "ztlum basu o 3 dB v posledních 10 sekundách", {"fade_out_s": None, "trim_end_s": None, "ask_ok": True}),
    (FD, L, "згасання на 5 секунд", free(fade_out_s=5, ask_ok=True)),
    (FD, L, "заглъхване 4 секунди накрая", free(fade_out_s=4, ask_ok=True)),
    (FD, L, "ausblenden der Gitarre ab Sekunde 30", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "затухание вокала 5 секунд в конце", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "Einblenden 2 Sekunden, Ausblenden 5 Sekunden", free(fade_in_s=2, fade_out_s=5, ask_ok=True)),
    (FD, L, "tona ut sista 8 sekunderna", free(fade_out_s=8, ask_ok=True)),
    (FD, L, "затухание 3 секунды не нужно, обрежь последние 2 секунды", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "без затухания 5 секунд в конце, просто обрежь", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "wyciszenie perkusji przez ostatnie 8 sekund", {"fade_out_s": None, "ask_ok": True}),
    (FD, L, "затухание на 2 такта в конце", free(fade_out_s=4, ask_ok=True)),
    # --- trims in more languages
    (TR, L, "ตัด 5 วินาทีแรกออก", free(trim_start_s=5, ask_ok=True)),
    (TR, L, "ตัด 5 วินาทีแรกของเสียงร้องออก", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "ตัด 3 วินาทีสุดท้ายของกีตาร์ออก", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "ตัด 10 วินาทีสุดท้ายออก แล้วเฟดเอาท์ 3 วินาที", free(trim_end_s=10, fade_out_s=3, ask_ok=True)),
    (TR, L, "תחתוך 5 שניות מהסוף", free(trim_end_s=5, ask_ok=True)),
    (TR, L, "תוסיף תופים 10 שניות מהסוף", inp(170, 180, ask_ok=True)),
    (TR, L, "תחתוך את הגיטרה 5 שניות מהסוף", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "одсеци прве 3 секунде", free(trim_start_s=3, ask_ok=True)),
    (TR, L, "исеци прве 4 секунде вокала", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "izreži prve 2 sekunde bubnjeva", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "одсеци последње 5 секунди и додај затухање на 3 секунде", free(trim_end_s=5, fade_out_s=3, ask_ok=True)),
    (TR, L, "skær de første 3 sekunder af", free(trim_start_s=3, ask_ok=True)),
    (TR, L, "skærp diskanten i de sidste 10 sekunder", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "skær ned på bassen de sidste 10 sekunder", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "skær de sidste 4 sekunder af og tone ud", {"tool": FREE, "trim_end_s": 4, "ask_ok": True}),
    (TR, L, "odseci prvih 5 sekundi", free(trim_start_s=5, ask_ok=True)),
    (TR, L, "ตัดเบส 5 วินาทีแรกออก", {"trim_start_s": None, "ask_ok": True}),
    # --- 'add' without the fade's seconds; 'añád*'
    (
        AD,
        L,
        "добавь 10 секунд в конце и затухание на 3 секунды",
        {"tool": OUT, "extend_after_duration": 10, "ask_ok": True},
    ),
    (AD, L, "añádele 20 segundos al final", ext(0, 20, ask_ok=True)),
    (AD, L, "añádele un fundido de salida de 4 s", free(fade_out_s=4, ask_ok=True)),
    (AD, L, "añádele un solo de guitarra en el segundo 30", {"tool_not": OUT, "ask_ok": True}),
    (AD, L, "füge Einblenden von 3 Sekunden hinzu", free(fade_in_s=3, ask_ok=True)),
    (
        AD,
        L,
        "добавь затухание на 5 секунд и ещё 15 секунд музыки в конце",
        {"tool": OUT, "extend_after_duration": 15, "ask_ok": True},
    ),
    # --- a new one said alone: a part replaced by a new one
    (NP, L, "Cámbiale el coro por uno nuevo.", NOT_NEW),
    (NP, L, "Reemplaza la intro con una nueva.", NOT_NEW),
    (NP, L, "sostituisci il ritornello con uno nuovo.", NOT_NEW),
    (NP, L, "remplace le refrain par un nouveau.", NOT_NEW),
    (NP, L, "vervang het refrein door een nieuw.", NOT_NEW),
    (NP, L, "troca o solo por um novo.", NOT_NEW),
    (NP, None, "Hazme uno nuevo: cumbia alegre, 2 minutos", new(duration=120, ask_ok=True)),
    (NP, L, "No me gusta la batería, pon una nueva.", NOT_NEW),
    (NP, L, "Hazme una nueva versión de esta, más lenta", NOT_NEW),
    (NP, L, "el final no me convence, haz uno nuevo.", NOT_NEW),
    (NP, L, "the bridge is weak, write a new one.", NOT_NEW),
    # --- a thousand thanks
    (GM, None, "un brano lo-fi di 2 minuti, grazie mille", new(duration=120, takes=None, ask_ok=True)),
    (GM, None, "mil gracias! una cumbia de 3 minutos", new(duration=180, takes=None, ask_ok=True)),
    (GM, S, "estendilo di 30 secondi, grazie mille!", ext(0, 30, ask_ok=True)),
    (GM, None, "tusen takk! lag en rolig sang på 2 minutter", new(duration=120, takes=None, ask_ok=True)),
    # --- ranges
    (RG, L, "החלף את השניות 20 עד 35", inp(20, 35, ask_ok=True)),
    (RG, L, "תחליף מהשנייה 40 עד השנייה 50", inp(40, 50, ask_ok=True)),
    (RG, None, "make 2 ad 30 second spots for radio", new(duration=30, takes=2, ask_ok=True)),
    (RG, L, "regenerate the 15 ad seconds at 1:00", {"ask_ok": True, "tool_not": NEW}),
    # --- misc
    (MI, None, 'sözleri "Yalnız Gece" gibi olsun, hüzünlü bir şarkı', new(lyrics_not=["Yalnız Gece"], ask_ok=True)),
    (MI, None, 'write a song with the lyrics "rise up" like an anthem', new(lyrics_has=["rise up"], ask_ok=True)),
    (MI, None, 'canción con la letra "te quiero" como estribillo', new(lyrics_has=["te quiero"], ask_ok=True)),
    (MI, None, "moderni pop daina be liaudies motyvų, 2 minutės", new(tags_not=["folk"], ask_ok=True)),
    (MI, None, "গান-টান ছাড়া একটা শান্ত সুর বানাও", new(inst=True, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
