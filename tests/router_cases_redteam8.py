"""Eighth red-team set for the router (issue 25): requests in all 50 languages, written and labelled blind
(before running them), as people type in chat apps: casual, typos, no accents, slang, English music words
inside other languages, dictated run-on sentences, polite long requests with context, numbers that are not
lengths (ages, dates, prices, BPM, keys, track numbers, years, head counts, local digits), follow-ups about
"the one you just made", several takes of one thing, and requests that must ask.

Same shape and scoring as tests/router_cases_redteam5.py: (lang, request, track length or None, wanted tool,
arguments the plan must carry), with "tags_has" / "tags_lacks". Labels carry only what a careful reader is sure
of; a request a careful reader could read two ways is "ask". Measured by
scripts/router_eval_redteam3.py --set 8 (and --fields)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = {"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"}  # the 12 first languages


def _after(s: float) -> dict[str, Any]:
    return {"extend_before_duration": 0, "extend_after_duration": s}


def _before(s: float) -> dict[str, Any]:
    return {"extend_before_duration": s, "extend_after_duration": 0}


def _win(a: float, b: float) -> dict[str, Any]:
    return {"start_time": a, "end_time": b}


OUT, INP, PT, ASK = "audio_outpaint", "audio_inpaint", "process_track", "ask"

R8: list[tuple[Any, ...]] = [
    # English
    (
        "en",
        "yo can u make me a chill lofi beat like 2 mins, for studying",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["lofi"]},
    ),
    (
        "en",
        "my daughter turns 7 on saturday and her name is Mia, could you make a happy birthday song for her? about a minute is fine, nothing too long",
        None,
        "t2a",
        {"duration": 60},
    ),
    (
        "en",
        "need 3 takes of a 30 sec upbeat jingle for my coffee shop ad, 128 bpm",
        None,
        "t2a",
        {"duration": 30, "takes": 3, "tags_has": ["128"]},
    ),
    ("en", "make that one 20 seconds longer at the end", 95, OUT, _after(20)),
    (
        "en",
        "the one you just made, the part from 1:10 to 1:25 sounds off, can you redo just that bit",
        150,
        INP,
        _win(70, 85),
    ),
    ("en", "give me two options for the intro music, one calm and one more energetic", None, ASK, {}),
    ("en", "convert it to mp3 320 pls", 120, PT, {"output_format": "mp3", "bitrate_kbps": 320}),
    ("en", "can you make it better", 120, ASK, {}),
    (
        "en",
        "instrumental synthwave track, no vocals, 80s vibe, 3 minutes, in A minor at 100bpm",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["synthwave"]},
    ),
    ("en", "fade out the last 8 seconds and export as wav", 140, PT, {"fade_out_s": 8, "output_format": "wav"}),
    (
        "en",
        "so theres 4 of us in the band and we need a backing track for our gig on the 14th its rock like two and a half minutes and no vocals cause our singer will sing over it thanks",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["rock"]},
    ),
    ("en", "make the song longer", 90, ASK, {}),
    # A piece longer than one render is one plan (issue 26): 5 minutes is a length, not a question.
    (
        "en",
        "can you do a 5 minute ambient piece for meditation",
        None,
        "t2a",
        {"duration": 300, "tags_has": ["ambient"]},
    ),
    ("en", "add a 10 sec intro before it starts", 120, OUT, _before(10)),
    (
        "en",
        "pop punk song, 2 min\n[Verse]\nwoke up late again\nmissed the bus again\n[Chorus]\nwe dont care",
        None,
        "t2a",
        {
            "duration": 120,
            "lyrics": "[Verse]\nwoke up late again\nmissed the bus again\n[Chorus]\nwe dont care",
            "tags_has": ["pop punk"],
        },
    ),
    # German
    (
        "de",
        "mach mir bitte nen entspannten lofi beat, so 90 sekunden",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["lofi"]},
    ),
    (
        "de",
        "für die hochzeit meiner schwester am 12. juni bräuchte ich ein romantisches klavierstück, 2 minuten, ohne gesang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("de", "kannst du das letzte lied am ende um 15 sekunden verlängern", 100, OUT, _after(15)),
    ("de", "die stelle von 0:40 bis 0:55 klingt schief, bitte nochmal neu machen", 120, INP, _win(40, 55)),
    (
        "de",
        "gib mir drei versionen von einem 20 sekunden intro für meinen podcast, immer gleich",
        None,
        "t2a",
        {"duration": 20, "takes": 3},
    ),
    ("de", "als mp3 bitte", 120, PT, {"output_format": "mp3"}),
    ("de", "schneid die ersten 5 sekunden weg", 120, PT, {"trim_start_s": 5}),
    ("de", "mach irgendwas anders daran, gefällt mir nicht so", 120, ASK, {}),
    ("de", "zwei songs bitte: einer traurig, einer fröhlich", None, ASK, {}),
    ("de", "ein techno track mit 140 bpm, 4 minuten", None, "t2a", {"duration": 240, "tags_has": ["techno", "140"]}),
    # Spanish
    (
        "es",
        "hazme una cancion de reggaeton de 2 minutos pa mi novia q cumple 25",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "necesito musica de fondo para un video de youtube, algo tranqui, sin voz, de 45 segundos",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("es", "alargala 30 segundos mas al final porfa", 90, OUT, _after(30)),
    ("es", "la parte del segundo 20 al 35 no me gusta, cambiala", 100, INP, _win(20, 35)),
    ("es", "una intro de 15 segundos para mi canal de gaming, dame unas cuantas opciones", None, ASK, {}),
    ("es", "pasala a wav", 120, PT, {"output_format": "wav"}),
    ("es", "ponle un fade in de 3 segundos al principio", 120, PT, {"fade_in_s": 3}),
    ("es", "cambia el coro", 120, ASK, {}),
    (
        "es",
        "una cumbia de 3 min para la fiesta de 15 de mi prima, somos como 50 invitados",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["cumbia"]},
    ),
    ("es", "hazla un poco mas corta", 120, ASK, {}),
    (
        "es",
        "reggaeton viejo, 2 min\n[Verso]\nella se fue de la disco\n[Coro]\ndale mami dale",
        None,
        "t2a",
        {"duration": 120, "lyrics": "[Verso]\nella se fue de la disco\n[Coro]\ndale mami dale"},
    ),
    # French
    (
        "fr",
        "tu peux me faire un morceau jazz manouche d'1 min 30 pour mon resto, on a 40 couverts le samedi soir mdr",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["jazz"]},
    ),
    ("fr", "rajoute 10 secondes d'intro au debut", 120, OUT, _before(10)),
    ("fr", "refais le passage entre 1:00 et 1:20 stp", 150, INP, _win(60, 80)),
    ("fr", "exporte en flac", 120, PT, {"output_format": "flac"}),
    (
        "fr",
        "4 versions d'un jingle de 10 secondes pour ma radio, meme style a chaque fois",
        None,
        "t2a",
        {"duration": 10, "takes": 4},
    ),
    (
        "fr",
        "une chanson pour l'anniv de ma grand-mere qui a 80 ans, chanson francaise a l'accordeon, 2 minutes",
        None,
        "t2a",
        {"duration": 120},
    ),
    ("fr", "normalise a -14 LUFS pour spotify", 180, PT, {"loudness_lufs": -14}),
    ("fr", "bof c'est pas ouf, change quelque chose", 120, ASK, {}),
    ("fr", "une boucle hip hop de 8 secondes a 90 bpm", None, "t2a", {"duration": 8, "tags_has": ["hip hop"]}),
    ("fr", "enleve les 4 dernieres secondes", 120, PT, {"trim_end_s": 4}),
    # Italian
    ("it", "fammi una base trap di 2 minuti, 140 bpm", None, "t2a", {"duration": 120, "tags_has": ["trap", "140"]}),
    ("it", "allunga quella di prima di 20 secondi alla fine", 80, OUT, _after(20)),
    ("it", "rifai da 0:30 a 0:50 che la voce stona", 120, INP, _win(30, 50)),
    (
        "it",
        "per il saggio di danza di mia figlia della prossima settimana mi servirebbe un pezzo classico strumentale di un minuto e mezzo, sono 12 bambine",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("it", "convertila in mp3 a 192 kbps", 120, PT, {"output_format": "mp3", "bitrate_kbps": 192}),
    ("it", "dissolvenza in uscita di 6 secondi", 120, PT, {"fade_out_s": 6}),
    ("it", "tre versioni dello stesso jingle da 15 secondi", None, "t2a", {"duration": 15, "takes": 3}),
    ("it", "sistemala un po", 120, ASK, {}),
    ("it", "una canzone eurodance anni 90, 3 minuti", None, "t2a", {"duration": 180, "tags_has": ["eurodance"]}),
    ("it", "fammi due pezzi diversi, uno rock e uno pop", None, ASK, {}),
    # Portuguese
    ("pt", "faz um funk de 1 minuto pro meu tiktok kkkk", None, "t2a", {"duration": 60, "tags_has": ["funk"]}),
    ("pt", "aumenta mais 30 segundos no final dessa musica", 120, OUT, _after(30)),
    ("pt", "refaz o trecho de 0:45 ate 1:05", 150, INP, _win(45, 65)),
    ("pt", "uma musica de ninar pro meu bebe de 6 meses, so violao, 2 min", None, "t2a", {"duration": 120}),
    ("pt", "salva em wav", 120, PT, {"output_format": "wav"}),
    ("pt", "corta os primeiros 10 segundos", 120, PT, {"trim_start_s": 10}),
    ("pt", "quero 2 versoes da mesma vinheta de 20 segundos", None, "t2a", {"duration": 20, "takes": 2}),
    ("pt", "muda a parte do meio", 120, ASK, {}),
    (
        "pt",
        "sertanejo universitario, 3 minutos, com letra sobre saudade",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["sertanejo"]},
    ),
    ("pt", "deixa em loop", 60, PT, {"loop": True}),
    # Russian
    ("ru", "сделай чилл lofi бит на 2 минуты", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("ru", "продли последний трек на 15 секунд в конце", 100, OUT, _after(15)),
    ("ru", "переделай кусок с 1:00 до 1:15", 140, INP, _win(60, 75)),
    ("ru", "нужна музыка на юбилей маме, ей 60, что-нибудь душевное, на минуту", None, "t2a", {"duration": 60}),
    ("ru", "сконвертируй в mp3", 120, PT, {"output_format": "mp3"}),
    ("ru", "сделай плавное затухание в конце, 5 секунд", 120, PT, {"fade_out_s": 5}),
    ("ru", "дай три варианта одного и того же джингла на 10 секунд", None, "t2a", {"duration": 10, "takes": 3}),
    ("ru", "переделай припев", 120, ASK, {}),
    (
        "ru",
        "трек для спортзала, 128 bpm, 3 минуты, без вокала",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["128"]},
    ),
    ("ru", "сделай его подлиннее", 90, ASK, {}),
    # Chinese
    ("zh", "帮我做一首30秒的抖音背景音乐，轻快一点", None, "t2a", {"duration": 30}),
    ("zh", "刚才那首在结尾再加长20秒", 90, OUT, _after(20)),
    ("zh", "把1分10秒到1分25秒那段重新生成一下", 150, INP, _win(70, 85)),
    ("zh", "给我女儿下周的钢琴比赛做个伴奏，两分钟，纯音乐", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("zh", "转成mp3格式", 120, PT, {"output_format": "mp3"}),
    ("zh", "开头加个3秒淡入", 120, PT, {"fade_in_s": 3}),
    ("zh", "同一个提示给我出三个版本，一分钟的古风歌曲", None, "t2a", {"duration": 60, "takes": 3}),
    ("zh", "感觉不太对，改改", 120, ASK, {}),
    ("zh", "做一首2008年那种感觉的华语流行，3分钟，120bpm", None, "t2a", {"duration": 180, "tags_has": ["120"]}),
    ("zh", "把最后5秒剪掉", 120, PT, {"trim_end_s": 5}),
    # Japanese
    ("ja", "作業用のlofi 2分でおねがい", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("ja", "さっきの曲、最後に15秒足して", 100, OUT, _after(15)),
    ("ja", "0:50から1:05のところだけ作り直して", 120, INP, _win(50, 65)),
    ("ja", "娘の3歳の誕生日用に明るい曲を1分で", None, "t2a", {"duration": 60}),
    ("ja", "wavに変換して", 120, PT, {"output_format": "wav"}),
    ("ja", "最初の2秒カットして", 120, PT, {"trim_start_s": 2}),
    ("ja", "同じ感じで4パターン作って、30秒のジングル", None, "t2a", {"duration": 30, "takes": 4}),
    ("ja", "サビを変えて", 120, ASK, {}),
    ("ja", "ボーカルなしのピアノ曲、3分、BPM80", None, "t2a", {"duration": 180, "lyrics": INST, "tags_has": ["80"]}),
    ("ja", "もうちょっと長くして", 90, ASK, {}),
    # Korean
    ("ko", "공부할때 들을 lofi 2분짜리 만들어줘", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("ko", "방금 만든거 끝에 20초 더 늘려줘", 90, OUT, _after(20)),
    ("ko", "1분부터 1분 20초까지 다시 만들어줘", 150, INP, _win(60, 80)),
    ("ko", "우리 아들 10살 생일파티용 신나는 노래 1분짜리 부탁해요", None, "t2a", {"duration": 60}),
    ("ko", "mp3로 바꿔줘", 120, PT, {"output_format": "mp3"}),
    ("ko", "끝에 5초 페이드아웃 넣어줘", 120, PT, {"fade_out_s": 5}),
    ("ko", "30초 광고 음악 똑같은 걸로 3개 뽑아줘", None, "t2a", {"duration": 30, "takes": 3}),
    ("ko", "좀 더 좋게 해줘", 120, ASK, {}),
    ("ko", "케이팝 스타일 댄스곡 3분, 128bpm", None, "t2a", {"duration": 180, "tags_has": ["128"]}),
    ("ko", "하나는 발라드 하나는 힙합으로 두곡", None, ASK, {}),
    # Arabic
    ("ar", "اعملي موسيقى هادئة لمدة دقيقتين للمذاكرة", None, "t2a", {"duration": 120}),
    ("ar", "طول الاغنية اللي عملتها 20 ثانية في الاخر", 90, OUT, _after(20)),
    ("ar", "عيد الجزء من 0:30 الى 0:45", 120, INP, _win(30, 45)),
    ("ar", "ابغى اغنية عيد ميلاد لاختي عمرها 12 سنة، دقيقة وحدة", None, "t2a", {"duration": 60}),
    ("ar", "حولها mp3", 120, PT, {"output_format": "mp3"}),
    ("ar", "قص اول 3 ثواني", 120, PT, {"trim_start_s": 3}),
    (
        "ar",
        "بدي 3 نسخ من نفس المقطع، 30 ثانية موسيقى بدون غناء",
        None,
        "t2a",
        {"duration": 30, "takes": 3, "lyrics": INST},
    ),
    ("ar", "غير المقطع الثاني", 120, ASK, {}),
    ("ar", "موسيقى عود شرقية 3 دقايق بدون كلمات", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ar", "خليها احسن", 120, ASK, {}),
    # Hindi
    ("hi", "bhai ek 1 minute ka lofi beat bana do padhai ke liye", None, "t2a", {"duration": 60, "tags_has": ["lofi"]}),
    ("hi", "जो अभी बनाया उसको 15 सेकंड और लंबा कर दो आखिर में", 100, OUT, _after(15)),
    ("hi", "0:20 से 0:40 वाला हिस्सा दोबारा बनाओ", 120, INP, _win(20, 40)),
    ("hi", "मेरी बेटी के स्कूल फंक्शन के लिए 2 मिनट का देशभक्ति गाना चाहिए, 26 जनवरी को है", None, "t2a", {"duration": 120}),
    ("hi", "isko mp3 me convert karo", 120, PT, {"output_format": "mp3"}),
    ("hi", "शुरू में 4 सेकंड का fade in डालो", 120, PT, {"fade_in_s": 4}),
    ("hi", "ek hi gaane ke 2 takes do, 30 second ka bhajan", None, "t2a", {"duration": 30, "takes": 2}),
    ("hi", "chorus badal do", 120, ASK, {}),
    ("hi", "बिना आवाज़ के सितार वाला 3 मिनट का संगीत", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("hi", "thoda lamba kar do", 90, ASK, {}),
    # Dutch
    (
        "nl",
        "maak een vrolijk liedje van 1 minuut voor de verjaardag van mijn zoon, hij wordt 5",
        None,
        "t2a",
        {"duration": 60},
    ),
    ("nl", "maak die van net 20 seconden langer aan het eind", 90, OUT, _after(20)),
    ("nl", "zet m om naar mp3", 120, PT, {"output_format": "mp3"}),
    ("nl", "verander het refrein", 120, ASK, {}),
    ("nl", "3 versies van dezelfde intro van 15 sec", None, "t2a", {"duration": 15, "takes": 3}),
    ("nl", "maak die van net 20 seconden langer", None, ASK, {}),
    # Azerbaijani
    ("az", "2 deqiqelik sakit piano musiqisi yarat, sozsuz", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("az", "son 10 saniyeni yeniden yarat", 120, INP, _win(110, 120)),
    ("az", "mp3 formatina cevir", 120, PT, {"output_format": "mp3"}),
    ("az", "daha yaxsi et", 120, ASK, {}),
    # Bulgarian
    ("bg", "направи ми весела песен за рожден ден на баба, навършва 70, една минута", None, "t2a", {"duration": 60}),
    ("bg", "удължи я с 30 секунди в края", 90, OUT, _after(30)),
    ("bg", "изрежи първите 5 секунди", 120, PT, {"trim_start_s": 5}),
    ("bg", "промени припева", 120, ASK, {}),
    # Bengali
    ("bn", "আমার মেয়ের জন্মদিনের জন্য ১ মিনিটের একটা গান বানাও, ও ৮ বছরে পড়ছে", None, "t2a", {"duration": 60}),
    ("bn", "শেষে ২০ সেকেন্ড বাড়িয়ে দাও", 90, OUT, _after(20)),
    ("bn", "mp3 তে কনভার্ট করো", 120, PT, {"output_format": "mp3"}),
    ("bn", "আরেকটু ভালো করো", 120, ASK, {}),
    # Catalan
    (
        "ca",
        "fes-me una canco de 2 minuts per a la festa major, estil rumba catalana",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["rumba"]},
    ),
    ("ca", "refes el tros del 0:30 al 0:50", 120, INP, _win(30, 50)),
    ("ca", "passa-la a wav", 120, PT, {"output_format": "wav"}),
    ("ca", "fes-la mes llarga", 90, ASK, {}),
    # Czech
    (
        "cs",
        "udelej mi 90 sekund dlouhou instrumentalku na video, neco klidnyho, bez zpevu",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("cs", "prodluz to o 15 sekund na konci", 100, OUT, _after(15)),
    ("cs", "udelej fade out poslednich 4 sekund", 120, PT, {"fade_out_s": 4}),
    ("cs", "zmen ten refren", 120, ASK, {}),
    ("cs", "dej mi 2 verze stejny znelky na 20 sekund", None, "t2a", {"duration": 20, "takes": 2}),
    # Danish
    (
        "da",
        "lav en hyggelig julesang på 2 minutter til vores julefrokost, vi er 30 personer",
        None,
        "t2a",
        {"duration": 120},
    ),
    ("da", "gør den 10 sekunder længere i slutningen", 80, OUT, _after(10)),
    ("da", "lav den om til mp3", 120, PT, {"output_format": "mp3"}),
    ("da", "lav det midterste om", 120, ASK, {}),
    # Greek
    (
        "el",
        "φτιαξε μου ενα χαλαρο κομματι 1 λεπτο για το βιντεο μου, χωρις φωνη",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("el", "ξαναφτιαξε απο 0:40 μεχρι 1:00", 120, INP, _win(40, 60)),
    ("el", "κανε το mp3", 120, PT, {"output_format": "mp3"}),
    ("el", "καντο καλυτερο", 120, ASK, {}),
    # Persian
    ("fa", "یه آهنگ شاد ۲ دقیقه ای برای تولد پسرم که ۴ ساله میشه بساز", None, "t2a", {"duration": 120}),
    ("fa", "۲۰ ثانیه به آخرش اضافه کن", 90, OUT, _after(20)),
    ("fa", "به mp3 تبدیلش کن", 120, PT, {"output_format": "mp3"}),
    ("fa", "قسمت کورس رو عوض کن", 120, ASK, {}),
    # Finnish
    ("fi", "tee 2 minuutin rauhallinen pianokappale ilman laulua", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fi", "pidennä sitä 15 sekuntia loppuun", 100, OUT, _after(15)),
    ("fi", "leikkaa ekat 3 sekuntia pois", 120, PT, {"trim_start_s": 3}),
    ("fi", "tee siitä parempi", 120, ASK, {}),
    # Hebrew
    ("he", "תעשה לי שיר יום הולדת של דקה לאחותי שהיא בת 16", None, "t2a", {"duration": 60}),
    ("he", "תאריך את זה ב20 שניות בסוף", 90, OUT, _after(20)),
    ("he", "תמיר לwav", 120, PT, {"output_format": "wav"}),
    ("he", "תשנה את הפזמון", 120, ASK, {}),
    # Croatian
    ("hr", "napravi mi pjesmu od 2 minute za rodendan mog tate, puni 50", None, "t2a", {"duration": 120}),
    ("hr", "ponovo napravi dio od 0:30 do 0:45", 120, INP, _win(30, 45)),
    ("hr", "pretvori u mp3", 120, PT, {"output_format": "mp3"}),
    ("hr", "produzi je malo", 90, ASK, {}),
    # Haitian Creole
    ("ht", "fe yon mizik kompa 2 minit pou fet manman m", None, "t2a", {"duration": 120, "tags_has": ["kompa"]}),
    ("ht", "ajoute 20 segonn nan fen mizik la", 90, OUT, _after(20)),
    ("ht", "mete l an mp3", 120, PT, {"output_format": "mp3"}),
    ("ht", "chanje refren an", 120, ASK, {}),
    # Hungarian
    ("hu", "csinalj egy 1 perces vidam dalt a lanyom 6. szulinapjara", None, "t2a", {"duration": 60}),
    ("hu", "hosszabbitsd meg 30 masodperccel a vegen", 90, OUT, _after(30)),
    ("hu", "vagd le az utolso 5 masodpercet", 120, PT, {"trim_end_s": 5}),
    ("hu", "csinald jobbra", 120, ASK, {}),
    # Indonesian
    (
        "id",
        "bikinin lagu dangdut 3 menit buat acara 17an di kampung",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["dangdut"]},
    ),
    ("id", "yg tadi tambahin 20 detik di akhir dong", 90, OUT, _after(20)),
    ("id", "ubah ke mp3 ya", 120, PT, {"output_format": "mp3"}),
    ("id", "bagian reff nya ganti", 120, ASK, {}),
    ("id", "bikin 3 versi dari jingle yg sama, 15 detik", None, "t2a", {"duration": 15, "takes": 3}),
    # Icelandic
    ("is", "búðu til rólegt lag, 2 mínútur, án söngs", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("is", "lengdu það um 10 sekúndur í lokin", 80, OUT, _after(10)),
    ("is", "breyttu því í mp3", 120, PT, {"output_format": "mp3"}),
    ("is", "gerðu það betra", 120, ASK, {}),
    # Latin
    ("la", "fac mihi carmen laetum duorum minutorum", None, "t2a", {"duration": 120}),
    ("la", "adde viginti secundas in fine", 90, OUT, _after(20)),
    ("la", "muta in mp3", 120, PT, {"output_format": "mp3"}),
    ("la", "fac melius", 120, ASK, {}),
    # Lithuanian
    ("lt", "padaryk 1 minutes linksma daina mano sunaus gimtadieniui, jam 9", None, "t2a", {"duration": 60}),
    ("lt", "perdaryk dali nuo 0:20 iki 0:35", 120, INP, _win(20, 35)),
    ("lt", "konvertuok i mp3", 120, PT, {"output_format": "mp3"}),
    ("lt", "pakeisk priedaini", 120, ASK, {}),
    # Malay
    (
        "ms",
        "buatkan lagu raya 2 minit untuk majlis rumah terbuka, lebih kurang 100 tetamu",
        None,
        "t2a",
        {"duration": 120},
    ),
    ("ms", "panjangkan lagi 15 saat kat hujung", 100, OUT, _after(15)),
    ("ms", "tukar jadi wav", 120, PT, {"output_format": "wav"}),
    ("ms", "ubah sikit bahagian tengah", 120, ASK, {}),
    # Nepali
    ("ne", "मेरो छोरीको जन्मदिनको लागि १ मिनेटको गीत बनाइदिनुस्, ऊ ५ वर्षकी भई", None, "t2a", {"duration": 60}),
    ("ne", "अन्तिममा २० सेकेन्ड थप्नुस्", 90, OUT, _after(20)),
    ("ne", "mp3 मा बदल्नुस्", 120, PT, {"output_format": "mp3"}),
    ("ne", "अझ राम्रो बनाउनुस्", 120, ASK, {}),
    # Norwegian
    ("no", "lag en rolig pianolåt på 2 minutter uten vokal", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("no", "gjør den 20 sekunder lengre på slutten", 90, OUT, _after(20)),
    ("no", "klipp vekk de første 4 sekundene", 120, PT, {"trim_start_s": 4}),
    ("no", "endre refrenget", 120, ASK, {}),
    # Punjabi
    ("pa", "ਮੇਰੇ ਵਿਆਹ ਲਈ 2 ਮਿੰਟ ਦਾ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ", None, "t2a", {"duration": 120}),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 15 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 90, OUT, _after(15)),
    ("pa", "mp3 ਵਿੱਚ ਬਦਲੋ", 120, PT, {"output_format": "mp3"}),
    ("pa", "ਇਸਨੂੰ ਵਧੀਆ ਬਣਾਓ", 120, ASK, {}),
    # Polish
    (
        "pl",
        "zrob mi podklad do rapu 2 minuty, 90 bpm, bez wokalu",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["90"]},
    ),
    ("pl", "przedluz ten ostatni o 20 sekund na koncu", 90, OUT, _after(20)),
    ("pl", "przerob fragment od 1:00 do 1:15", 150, INP, _win(60, 75)),
    ("pl", "zamien na mp3 320", 120, PT, {"output_format": "mp3", "bitrate_kbps": 320}),
    ("pl", "zmien refren", 120, ASK, {}),
    # Romanian
    ("ro", "fa-mi o melodie de 1 minut pentru ziua fiicei mele care implineste 10 ani", None, "t2a", {"duration": 60}),
    ("ro", "lungeste-o cu 30 de secunde la final", 90, OUT, _after(30)),
    ("ro", "taie primele 5 secunde", 120, PT, {"trim_start_s": 5}),
    ("ro", "fa-o mai buna", 120, ASK, {}),
    # Sanskrit
    ("sa", "२ मिनिट् दीर्घं शान्तं सङ्गीतं रचय", None, "t2a", {"duration": 120}),
    ("sa", "अन्ते २० सेकण्ड् योजय", 90, OUT, _after(20)),
    ("sa", "mp3 रूपे परिवर्तय", 120, PT, {"output_format": "mp3"}),
    ("sa", "एतत् श्रेष्ठतरं कुरु", 120, ASK, {}),
    # Slovak
    ("sk", "sprav mi 90 sekundovu pesnicku na svadbu mojej sestry, bude to 20. juna", None, "t2a", {"duration": 90}),
    ("sk", "predlz to o 10 sekund na konci", 80, OUT, _after(10)),
    ("sk", "prerob cast od 0:30 do 0:45", 120, INP, _win(30, 45)),
    ("sk", "zmen refren", 120, ASK, {}),
    # Serbian
    ("sr", "napravi mi pesmu od 2 minuta za slavu, nesto narodno", None, "t2a", {"duration": 120}),
    ("sr", "продужи је за 20 секунди на крају", 90, OUT, _after(20)),
    ("sr", "pretvori u wav", 120, PT, {"output_format": "wav"}),
    ("sr", "промени рефрен", 120, ASK, {}),
    # Swedish
    ("sv", "gör en lugn lofi låt på 2 min att plugga till", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("sv", "gör den 15 sek längre i slutet", 100, OUT, _after(15)),
    ("sv", "gör om biten från 0:40 till 0:55", 120, INP, _win(40, 55)),
    ("sv", "exportera som flac", 120, PT, {"output_format": "flac"}),
    ("sv", "ändra refrängen", 120, ASK, {}),
    # Swahili
    ("sw", "nitengenezee wimbo wa bongo flava wa dakika 2 kwa harusi ya rafiki yangu", None, "t2a", {"duration": 120}),
    ("sw", "ongeza sekunde 20 mwishoni", 90, OUT, _after(20)),
    ("sw", "ibadilishe kuwa mp3", 120, PT, {"output_format": "mp3"}),
    ("sw", "ifanye iwe bora zaidi", 120, ASK, {}),
    # Tamil
    ("ta", "என் அம்மாவின் 60வது பிறந்தநாளுக்கு 1 நிமிட பாடல் செய்யுங்கள்", None, "t2a", {"duration": 60}),
    ("ta", "கடைசியில் 20 வினாடிகள் சேர்க்கவும்", 90, OUT, _after(20)),
    ("ta", "mp3 ஆக மாற்றவும்", 120, PT, {"output_format": "mp3"}),
    ("ta", "பல்லவியை மாற்றுங்கள்", 120, ASK, {}),
    # Telugu
    ("te", "మా పాప పుట్టినరోజు కోసం 1 నిమిషం పాట చేయండి", None, "t2a", {"duration": 60}),
    ("te", "చివరలో 15 సెకన్లు పెంచండి", 100, OUT, _after(15)),
    ("te", "mp3 కి మార్చండి", 120, PT, {"output_format": "mp3"}),
    ("te", "ఇంకా బాగా చేయండి", 120, ASK, {}),
    # Thai
    ("th", "ทำเพลงลูกทุ่ง 2 นาทีให้หน่อย", None, "t2a", {"duration": 120}),
    ("th", "เพิ่มอีก 20 วินาทีตอนท้าย", 90, OUT, _after(20)),
    ("th", "แปลงเป็น mp3", 120, PT, {"output_format": "mp3"}),
    ("th", "ทำให้ดีกว่านี้", 120, ASK, {}),
    # Tagalog
    ("tl", "gawa ka ng kanta na 1 minuto para sa debut ng pinsan ko, 18 na siya", None, "t2a", {"duration": 60}),
    ("tl", "habaan mo pa ng 20 segundo sa dulo", 90, OUT, _after(20)),
    ("tl", "gawing mp3 pls", 120, PT, {"output_format": "mp3"}),
    ("tl", "palitan mo yung chorus", 120, ASK, {}),
    # Turkish
    ("tr", "2 dakikalik sakin bir lofi yap ders calismak icin", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("tr", "sonuna 20 saniye daha ekle", 90, OUT, _after(20)),
    ("tr", "0:30 ile 0:45 arasini yeniden yap", 120, INP, _win(30, 45)),
    ("tr", "mp3e cevir", 120, PT, {"output_format": "mp3"}),
    ("tr", "nakarati degistir", 120, ASK, {}),
    # Ukrainian
    ("uk", "зроби пісню на день народження сина, йому 8, на хвилину", None, "t2a", {"duration": 60}),
    ("uk", "подовж на 15 секунд в кінці", 100, OUT, _after(15)),
    ("uk", "перероби шматок з 1:00 до 1:20", 150, INP, _win(60, 80)),
    ("uk", "конвертуй у mp3", 120, PT, {"output_format": "mp3"}),
    ("uk", "зміни приспів", 120, ASK, {}),
    # Urdu
    ("ur", "میری بہن کی شادی کے لیے 2 منٹ کا گانا بنا دو", None, "t2a", {"duration": 120}),
    ("ur", "آخر میں 20 سیکنڈ اور بڑھا دو", 90, OUT, _after(20)),
    ("ur", "اسے mp3 میں بدل دو", 120, PT, {"output_format": "mp3"}),
    ("ur", "اسے بہتر کر دو", 120, ASK, {}),
    # Vietnamese
    (
        "vi",
        "lam cho minh 1 bai nhac 2 phut de hoc bai, kieu lofi",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["lofi"]},
    ),
    ("vi", "keo dai them 20 giay o cuoi", 90, OUT, _after(20)),
    ("vi", "doi sang mp3", 120, PT, {"output_format": "mp3"}),
    ("vi", "lam lai doan tu 0:30 den 0:45", 120, INP, _win(30, 45)),
    ("vi", "sua lai cho hay hon", 120, ASK, {}),
    # Cantonese
    ("yue", "幫我整首兩分鐘嘅廣東歌，慢歌", None, "t2a", {"duration": 120}),
    ("yue", "尾段再加長20秒", 90, OUT, _after(20)),
    ("yue", "轉做mp3", 120, PT, {"output_format": "mp3"}),
    ("yue", "改吓副歌", 120, ASK, {}),
]
