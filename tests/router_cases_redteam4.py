"""Fourth held-out set for the router (issue 25): 64 requests in 31 languages, written and labelled before the
fixes they measure, in phrasings of my own (not the third set's strings): lengths in compound and spelled forms,
windows joined by each language's range words, extensions at both ends, decades and clock times that are not
lengths, takes in words, loop + format on a track, and requests that must be asked about.

Same shape and scoring as tests/router_cases_redteam3.py: (lang, request, track length or None, wanted tool,
arguments the plan must carry). Measured by scripts/router_eval_redteam3.py --set 4; asserted by
tests/test_router_redteam4.py (no silent wrong plan, and a floor)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"

R4: list[tuple[Any, ...]] = [
    # English
    ("en", "need a 1m30 ambient pad, no vocals", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("en", "something that sounds like the 90s, upbeat eurodance, 2 min", None, "t2a", {"duration": 120}),
    (
        "en",
        "put 8 seconds on both ends of it",
        100.0,
        "audio_outpaint",
        {"extend_before_duration": 8, "extend_after_duration": 8},
    ),
    ("en", "rework the section between 0:50 and 1:05", 150.0, "audio_inpaint", {"start_time": 50, "end_time": 65}),
    ("en", "two takes of a 40 second funk groove please", None, "t2a", {"duration": 40, "takes": 2}),
    ("en", "make it longer", 90.0, "ask", {}),
    # German
    ("de", "ein Stück von zweieinhalb Minuten, ohne Gesang, Klavier", None, "t2a", {"duration": 150, "lyrics": INST}),
    ("de", "Sound wie in den 80ern, Synthpop, 3 Minuten", None, "t2a", {"duration": 180}),
    ("de", "bitte von 1:20 bis 1:35 neu generieren", 200.0, "audio_inpaint", {"start_time": 80, "end_time": 95}),
    (
        "de",
        "füge am Anfang und am Ende je 6 Sekunden hinzu",
        120.0,
        "audio_outpaint",
        {"extend_before_duration": 6, "extend_after_duration": 6},
    ),
    # Spanish
    ("es", "rehaz desde el segundo 20 hasta el 35", 120.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    ("es", "una cumbia de minuto y medio", None, "t2a", {"duration": 90}),
    ("es", "un tema estilo años 70, funk, 2 minutos", None, "t2a", {"duration": 120}),
    (
        "es",
        "agrégale 15 segundos al principio y 15 al final",
        120.0,
        "audio_outpaint",
        {"extend_before_duration": 15, "extend_after_duration": 15},
    ),
    # French
    ("fr", "refais le passage de 0:40 à 0:58", 120.0, "audio_inpaint", {"start_time": 40, "end_time": 58}),
    ("fr", "un morceau de deux minutes et demie, sans voix, piano", None, "t2a", {"duration": 150, "lyrics": INST}),
    (
        "fr",
        "ajoute 12 secondes au début et à la fin",
        100.0,
        "audio_outpaint",
        {"extend_before_duration": 12, "extend_after_duration": 12},
    ),
    # Italian
    ("it", "rifai la parte tra 1:00 e 1:15", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 75}),
    ("it", "un brano di un minuto e mezzo, jazz", None, "t2a", {"duration": 90}),
    ("it", "trasformalo in un loop in formato wav", 90.0, "process_track", {"output_format": "wav", "loop": True}),
    # Portuguese
    ("pt", "refaz de 0:30 até 0:45", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("pt", "um samba de dois minutos e meio", None, "t2a", {"duration": 150}),
    ("pt", "quero 2 versões de um forró de 1 minuto", None, "t2a", {"duration": 60, "takes": 2}),
    # Dutch
    ("nl", "maak 0:25 tot 0:40 opnieuw", 120.0, "audio_inpaint", {"start_time": 25, "end_time": 40}),
    ("nl", "een technonummer van anderhalve minuut", None, "t2a", {"duration": 90}),
    # Russian
    ("ru", "переделай кусок с 1:10 до 1:25", 150.0, "audio_inpaint", {"start_time": 70, "end_time": 85}),
    ("ru", "эмбиент на полторы минуты без вокала", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "ru",
        "добавь по 5 секунд в начало и в конец",
        120.0,
        "audio_outpaint",
        {"extend_before_duration": 5, "extend_after_duration": 5},
    ),
    # Chinese
    ("zh", "把1分10秒到1分25秒重新生成", 150.0, "audio_inpaint", {"start_time": 70, "end_time": 85}),
    ("zh", "做一首一分半钟的钢琴曲", None, "t2a", {"duration": 90}),
    ("zh", "前后各加5秒", 120.0, "audio_outpaint", {"extend_before_duration": 5, "extend_after_duration": 5}),
    # Japanese
    ("ja", "1分30秒のピアノ曲、インスト", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ja", "20秒から35秒までを作り直して", 120.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    # Korean
    ("ko", "1분 30초짜리 재즈 피아노 곡", None, "t2a", {"duration": 90}),
    ("ko", "20초부터 35초까지 다시 만들어줘", 120.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    # Hindi
    ("hi", "डेढ़ मिनट का लोफ़ी बीट बनाओ", None, "t2a", {"duration": 90}),
    ("hi", "20 सेकंड से 35 सेकंड तक दोबारा बनाओ", 120.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    # Other languages
    ("pl", "zrób utwór na półtorej minuty, bez wokalu, ambient", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("pl", "przerób fragment od 0:30 do 0:50", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("tr", "2 dakikalık enstrümantal bir lo-fi parça", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("tr", "0:20 ile 0:35 arasını yeniden oluştur", 120.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    ("sv", "en poplåt på två och en halv minut", None, "t2a", {"duration": 150}),
    ("sv", "gör om 0:40 till 0:55", 120.0, "audio_inpaint", {"start_time": 40, "end_time": 55}),
    ("da", "lav et nummer på 2 minutter uden vokal, house", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("no", "lag en rolig gitarlåt på 90 sekunder", None, "t2a", {"duration": 90}),
    ("fi", "tee 2 minuutin pianokappale", None, "t2a", {"duration": 120}),
    ("cs", "udělej písničku na dvě a půl minuty, rock", None, "t2a", {"duration": 150}),
    ("uk", "зроби трек на дві хвилини, без вокалу, ембієнт", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ro", "o piesă de 2 minute în stil anii 80, synthpop", None, "t2a", {"duration": 120}),
    ("hu", "készíts egy 2 perces zongoradarabot", None, "t2a", {"duration": 120}),
    ("id", "buat lagu pop 2 menit tanpa vokal", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("vi", "làm một bản nhạc lofi dài 1 phút 30 giây", None, "t2a", {"duration": 90}),
    ("ar", "اصنع مقطوعة بيانو مدتها دقيقتان", None, "t2a", {"duration": 120}),
    ("he", "תעשה שיר פופ של 2 דקות", None, "t2a", {"duration": 120}),
    ("el", "φτιάξε ένα κομμάτι τζαζ 2 λεπτών", None, "t2a", {"duration": 120}),
    ("ca", "fes una cançó de dos minuts, pop", None, "t2a", {"duration": 120}),
    ("hr", "napravi pjesmu od 2 minute, rock", None, "t2a", {"duration": 120}),
    ("tl", "gumawa ng 2 minutong kanta, acoustic", None, "t2a", {"duration": 120}),
    ("sw", "tengeneza wimbo wa dakika 2, afrobeat", None, "t2a", {"duration": 120}),
    ("es", "una canción para escuchar a las 7 de la mañana, acústica, 90 segundos", None, "t2a", {"duration": 90}),
    # Must be asked about
    ("de", "mach es besser", 120.0, "ask", {}),
    ("fr", "ajoute une batterie", 120.0, "ask", {}),
    ("pt", "refaz 0:30-0:45", None, "ask", {}),
    ("ru", "сделай подлиннее", 120.0, "ask", {}),
]
