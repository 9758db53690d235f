"""Red-team probe (redteam42) of the router rules changed in 42c0df5..5e23d3e (3fb3aa8, 5e23d3e), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) account.another_unit_after and _CURRENCY_BEFORE: a bare number before a CLDR unit of
something other than time (days to years, km, GB, %, currency names of the 50 languages) is no length; tried with
words that are such a unit somewhere and a common word elsewhere ('neue', 'nowe', 'uutta', 'nuevos', 'korean',
'della', 'pour', 'real', 'baru', Korean '일렉' / '일단' glued to '일') after a number that is the ask (takes, a
fade, a trim, a window); (2) _extensions: a length equal to the whole read or to the track as it is dropped, and the
track told as it is plus the whole the amounts reach: coincidences, conflicts, three amounts that sum by chance;
(3) _LONG_AT_THE_END / _A_PART_NAMED: 'long' at a clause end with part names of other languages and forms
('förspelet', 'předehra', 'dohra', 'refrängen', 'интро', 'הפתיח', 'vége', 'eleje'), a whole said beside a part
('… lång, med ett lugnt slut'), 'long' no longer at the clause end ('… lång och exportera'); (4) 'to reach' words
said of a part, a fade, a loudness, a loop, or in conflict with an amount; (5) read._inline_sections needing a sung
section's name (_SUNG_SECTION) and no ask among the markers (_TAIL_ASK): sung lyrics with names not listed (Tagalog,
Swahili, Tamil, Telugu, Azerbaijani, Icelandic, Urdu, romanised Hindi, 'Reff', 'Rap'), lyrics with 'please' / 'keep
it' / 'bitte' / 'por favor' after a comma, arrangement briefs with verse and chorus names, asks in other languages;
(6) account.a_story_number: a question mark now ends no story ('Is 30 too long? …').

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam42.py [filter] [-q] [--old SRC]

First run on 5e23d3e (labels committed before it, 3a54ef8): 159 probes; OK 89, ASKED 27, SILENT WRONG 41 (26 new
vs 42c0df5, 15 pre-existing), ERROR 2 (1 new). Against 42c0df5: 5 asked -> OK, 2 silent -> OK, 13 OK -> asked, 13 OK
-> silent, 13 asked -> silent, 1 OK -> error. New silent: a count of takes before a word that is a unit or currency
name somewhere is dropped from the account and the plan makes one take where the old router asked (13: 'Mach 3 neue
Versionen', 'Zrób 3 nowe wersje', 'Maak 3 nieuwe versies', 'Tee 3 uutta versiota', 'Зроби 3 нові версії', 'Направи 3
нови версии', '3 yeni caz parçası', 'Hazme 3 nuevos jingles', 'Fammene 3 nuovi', 'make 2 korean ballads', 'give me 3
indian fusion beats', 'make 2 swedish pop songs', 'nyimbo 2 mpya'); Indonesian 'baru' (then) after a trim: 'Potong
awalnya 10 baru ekspor ke mp3' exports with no trim; a whole against an amount of the track's own length or of the
whole, dropped as 'said again' (conflicts planned: 'Add 2 minutes at the end to reach 5 minutes' of a 2 min track
+180, 'Add 1 minute at the end to reach 3 minutes' of a 1 min track +120, 'Rallonge la fin de 2 minutes pour arriver
à 5 minutes' +180; 'make it 2 minutes long, then add another 2 minutes at the end' +20, not +140); three amounts
summing by chance ('Lengthen it by 1 minute … a 30 second intro … another 90 seconds' and 'Add 1 minute of piano,
then a 30 second intro, then 90 seconds of drums' of a 1 min track: only the intro, 150 s after dropped); one-line
lyrics whose section names are not in _SUNG_SECTION are no longer sung (Tagalog Berso/Koro, Swahili Ubeti/Kiitikio,
Azerbaijani Bənd/Nəqərat, Icelandic Erindi/Viðlag, romanised Hindi Antara/Mukhda, Urdu انترا/مکھڑا: no lyrics, the
words as tags). New asked: Tamil and Telugu பல்லவி/சரணம், పల్లవి/చరణం and '[Intro] … [Rap]' lyrics; sung lines with
', please' / ', keep it' / ', give it' / ', bitte' / ', por favor' / ', per favore' / ", s'il te plaît" (7);
'Мне уже 34, представляешь?' (a question ends no story), 'My old bitrate was 128 lol' ('bitrate' a delivery word);
'Niech będzie 2 minuty długa, z wolnym zakończeniem' (a whole beside a part named). New error: 'ขยายอินโทรให้ครบ 20
วินาที' (the intro to reach 20 s) read as the whole: InvalidInput 'make it 20 s adds nothing'. Pre-existing silent:
arrangement briefs with [Verse]/[Chorus] names sung, asks after lyrics not in _TAIL_ASK sung ('пожалуйста с женским
вокалом', 'proszę z żeńskim wokalem', '. Female vocals please', '— with female vocals', ', con voz femenina',
'、女性ボーカルでお願いします'), 'Make it 10 percent longer' +600 s, 'Udělej 3 nové verze' / '5 novih' / '5 nových'
one take, 'Add 1 minute, so the whole thing is 3 minutes' of a 1 min track +120, '[1절] … [후렴]' not sung.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, Plan, ext, fade, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN)

L = 100.0
L2 = 180.0
OUTP = "audio_outpaint"

OU = "other unit after: a number before a word that is a unit somewhere"
OG = "other unit: guards (a real unit of something else)"
EX = "_extensions: whole said again / track told as it is"
LE = "'long' at a clause end, a part named"
RE = "'to reach' words"
LY = "inline lyrics: sung section names, asks among them"
ST = "story number: a question ends no story"


def start_only(**kw: Any) -> dict[str, Any]:
    """An intro's own length: a question, or something done at the start only (never the whole grown or cut)."""
    return {"tool": OUTP, "extend_after_duration": 0, "ask_ok": True, **kw}


def end_only(**kw: Any) -> dict[str, Any]:
    """An outro's own length: a question, or something done at the end only."""
    return {"tool": OUTP, "extend_before_duration": 0, "ask_ok": True, **kw}


def not_grown(**kw: Any) -> dict[str, Any]:
    """A chorus's or a break's own length: a question, or anything but the track extended."""
    return {"tool_not": OUTP, "ask_ok": True, **kw}


def brief(*lacks: str, **kw: Any) -> dict[str, Any]:
    """A new piece whose brief is not sung: a question is fine."""
    return {"tool": NEW, "ask_ok": True, "lyrics_lacks": list(lacks), **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1a) a count of takes before 'new' (a unit word in another language)
    (OU, None, "Mach 3 neue Versionen, Jazz, 30 Sekunden", nws(30, takes=3)),
    (OU, None, "Zrób 3 nowe wersje, jazz, 30 sekund", nws(30, takes=3)),
    (OU, None, "Udělej 3 nové verze, jazz, 30 sekund", nws(30, takes=3)),
    (OU, None, "Maak 3 nieuwe versies, jazz, 30 seconden", nws(30, takes=3)),
    (OU, None, "Tee 3 uutta versiota, jazz, 30 sekuntia", nws(30, takes=3)),
    (OU, None, "Napravi 5 novih verzija, jazz, 30 sekundi", nws(30, takes=5)),
    (OU, None, "Sprav 5 nových verzií, jazz, 30 sekúnd", nws(30, takes=5)),
    (OU, None, "Зроби 3 нові версії, джаз, 30 секунд", nws(30, takes=3)),
    (OU, None, "Направи 3 нови версии, джаз, 30 секунди", nws(30, takes=3)),
    (OU, None, "3 yeni caz parçası yap, her biri 30 saniye", nws(30, takes=3)),
    (OU, None, "Hazme 3 nuevos jingles de 30 segundos", nws(30, takes=3)),
    (OU, None, "Fammene 3 nuovi, jazz, 30 secondi", nws(30, takes=3)),
    (OU, None, "make 2 korean ballads, 1 min each", nws(60, takes=2)),
    (OU, None, "give me 3 indian fusion beats, 30 sec each", nws(30, takes=3)),
    (OU, None, "make 2 swedish pop songs, 2 minutes each", nws(120, takes=2)),
    (OU, None, "Nitengenezee nyimbo 2 mpya za jazz, dakika 1 kila moja", nws(60, takes=2)),
    # --- (1b) a length, fade, trim or window before such a word
    (OU, L, "Sfuma gli ultimi 5 della canzone", fade(5, ask_ok=True)),
    (OU, L, "Taglia i primi 10 della traccia", trim(start=10, ask_ok=True)),
    (OU, L, "Rigenera gli ultimi 15 della canzone", inp(85, 100, ask_ok=True)),
    (OU, L, "Rallonge la fin de 20 pour que ça respire", ext(0, 20, ask_ok=True)),
    (OU, L, "Fais un fondu de sortie de 5 pour finir en douceur", fade(5, ask_ok=True)),
    (OU, L, "Ajoute une intro de 10 pour que ça démarre doucement", ext(10, 0, ask_ok=True)),
    (OU, L, "fade out the last 5 real smooth", fade(5, ask_ok=True)),
    (OU, L, "trim the first 3 real quick, there's a click", trim(start=3, ask_ok=True)),
    (OU, L2, "Make it 10 percent longer", ext(0, 18, ask_ok=True)),
    (OU, L2, "Make it 10% longer", ext(0, 18, ask_ok=True)),
    (OU, L2, "cut 10% off the end", trim(end=18, ask_ok=True)),
    (OU, L, "마지막 10 일렉 기타 솔로로 바꿔줘", inp(90, 100, ask_ok=True)),
    (OU, L, "앞 5 일단 잘라줘", trim(start=5, ask_ok=True)),
    (OU, L, "Přidej na konec 20 a na začátek 10 taky", ext(10, 20, ask_ok=True)),
    (OU, L, "Potong awalnya 10 baru ekspor ke mp3", trim(start=10, output_format="mp3", ask_ok=True)),
    (OU, L, "Panjangkan hujung 20 baru tambah intro 10", ext(10, 20, ask_ok=True)),
    # --- (1c) guards: a real unit of something else
    (OG, L, "I paid 40 euros for this. Extend the end by 20 seconds.", ext(0, 20)),
    (OG, L, "USB-stikket er kun på 4 GB. Eksportér den som mp3", fmt_is("mp3")),
    (OG, None, "Es para el aniversario, 25 años juntos. Hazme una canción de 1 minuto", nws(60)),
    (OG, None, "我们结婚10年了，做一首一分钟的情歌", nws(60)),
    (OG, None, "Costó $40. Make a 30 second jingle for the shop", nws(30)),
    (OG, None, "Mi gatto ha 12 anni. Fammi una canzoncina di 30 secondi", nws(30)),
    (OG, None, "Ik loop elke dag 10 km. Maak een nummer van 2 minuten om op te rennen", nws(120)),
    (OG, L, "platio sam 10 eura za ovo, produži kraj za 20 sekundi", ext(0, 20)),
    # --- (2a) the whole said again, the track told as it is: guards
    (EX, 120.0, "add 2 minutes at the end", ext(0, 120)),
    (EX, 120.0, "It's 2 minutes now. Add 2 minutes at the end so it's 4 minutes in total.", ext(0, 120)),
    (EX, 120.0, "Rallonge la fin de 2 minutes pour arriver à 4 minutes", ext(0, 120)),
    (EX, 90.0, "The video is 2 minutes and the song is 90 seconds. Add a 30 second intro.", ext(30, 0)),
    (EX, 180.0, "Le film dure 5 min et la musique fait 3 min. Rallonge la fin de 2 minutes.", ext(0, 120)),
    # --- (2b) coincidences and conflicts
    (EX, 120.0, "Add 2 minutes at the end to reach 5 minutes", ASK),
    (EX, 60.0, "Add 1 minute at the end to reach 3 minutes", ASK),
    (EX, 120.0, "Rallonge la fin de 2 minutes pour arriver à 5 minutes", ASK),
    (EX, L, "make it 2 minutes long, then add another 2 minutes at the end", ext(0, 140, ask_ok=True)),
    (EX, L, "Make it 2 minutes, and then add 2 more minutes of jam", ext(0, 140, ask_ok=True)),
    (
        EX,
        60.0,
        "Lengthen it by 1 minute. Then put a 30 second intro on it, and finally lengthen it by another 90 seconds.",
        ext(30, 150, ask_ok=True),
    ),
    (EX, 60.0, "Add 1 minute of piano, then a 30 second intro, then 90 seconds of drums", ext(30, 150, ask_ok=True)),
    (
        EX,
        120.0,
        "Add 2 minutes of pads, then 1 minute of drums, then 3 minutes of a guitar jam",
        ext(0, 360, ask_ok=True),
    ),
    (
        EX,
        90.0,
        "The video is 2 minutes and the song is 90 seconds. Add 30 more seconds of music at the end.",
        ext(0, 30),
    ),
    (EX, 180.0, "Le film dure 5 min et la musique 3 min. Rallonge la fin de 1 minute.", ext(0, 60, ask_ok=True)),
    (EX, L, "lagu ni 2 minit je 😅 tambah intro 30 saat dan panjangkan hujung 30 saat", ext(30, 30, ask_ok=True)),
    (
        EX,
        60.0,
        "My track is 1 minute, the video is 1:30. Add 30 seconds at the end and 30 at the start.",
        ext(30, 30, ask_ok=True),
    ),
    (EX, 120.0, "Add 2 minutes of ambient pads and a 1 minute drum outro", ext(0, 180, ask_ok=True)),
    (EX, 60.0, "Add 1 minute, so the whole thing is 3 minutes", ASK),
    # --- (3a) 'long' at a clause end with a part named in other words
    (LE, L, "Gör förspelet 20 sekunder långt.", start_only()),
    (LE, L, "Gör början 20 sekunder lång.", start_only()),
    (LE, L, "Gör refrängen 30 sekunder lång.", not_grown()),
    (LE, L, "Gör mellanspelet 20 sekunder långt.", not_grown()),
    (LE, L, "Gør omkvædet 30 sekunder langt.", not_grown()),
    (LE, L, "Předehra ať je 20 sekund dlouhá.", start_only()),
    (LE, L, "Dohra ať je 20 sekund dlouhá.", end_only()),
    (LE, L, "Predohra nech je 20 sekúnd dlhá.", start_only()),
    (LE, L, "Сделай интро 20 секунд длинным.", start_only()),
    (LE, L, "Сделай проигрыш 20 секунд длинным.", not_grown()),
    (LE, L, "Зроби кінцівку 20 секунд довгою.", end_only()),
    (LE, L, "Направи интрото 20 секунди дълго.", start_only()),
    (LE, L, "תעשה את הפתיח 20 שניות ארוך.", start_only()),
    (LE, L, "תעשה את הפזמון 30 שניות ארוך.", not_grown()),
    (LE, L, "Tee kertosäkeestä 30 sekuntia pitkä.", not_grown()),
    (LE, L, "A vége legyen 20 másodperc hosszú.", end_only()),
    (LE, L, "Az eleje legyen 20 másodperc hosszú.", start_only()),
    (LE, L, "Niech refren będzie 30 sekund długi.", not_grown()),
    (LE, L, "Niech przygrywka będzie 20 sekund długa.", start_only()),
    (LE, L, "Mach das Intro 20 Sekunden lang.", start_only()),
    (LE, L, "Maak de outro 20 seconden lang.", end_only()),
    (LE, L, "Make the intro 20 seconds long.", start_only()),
    # --- (3b) a whole said beside a part, 'long' no longer at the end, another thing's length
    (LE, L, "Gör den 2 minuter lång", ext(0, 20)),
    (LE, L, "Gör den 2 minuter lång, med ett lugnt slut.", ext(0, 20)),
    (
        LE,
        L,
        "Gör låten 2 minuter lång och tona ut i slutet.",
        {"tool": OUTP, "extend_after_duration": 20, "ask_ok": True},
    ),
    (
        LE,
        L,
        "Gör den 2 minuter lång och exportera som mp3",
        {"tool": OUTP, "extend_after_duration": 20, "ask_ok": True},
    ),
    (LE, L, "Niech będzie 2 minuty długa, z wolnym zakończeniem.", ext(0, 20)),
    (LE, L, "Ať je písnička 2 minuty dlouhá, s pomalým koncem.", ext(0, 20)),
    (LE, L, "Filmen är 3 minuter lång, förläng låten med 20 sekunder i slutet", ext(0, 20)),
    (LE, L, "Video je 3 minuty dlouhé, prodluž konec o 20 sekund", ext(0, 20)),
    (LE, L, "Förläng den med 20 sekunder, fadeouten ska vara 5 sekunder lång.", ext(0, 20, ask_ok=True)),
    (LE, L, "Extend the end by 20 seconds; the fade should be 5 seconds long.", ext(0, 20, ask_ok=True)),
    # --- (4) 'to reach' of a part, a fade, a loudness, a loop, or against an amount
    (RE, L, "Extend the intro to reach 20 seconds", start_only()),
    (RE, L, "Allonge l'intro pour arriver à 20 secondes", start_only()),
    (RE, L, "Alarga la intro hasta llegar a 15 segundos", start_only()),
    (RE, L, "Allunga l'intro fino ad arrivare a 20 secondi", start_only()),
    (RE, L, "Verlängere das Intro, um 20 Sekunden zu erreichen", start_only()),
    (RE, L, "Растяни вступление, чтобы дойти до 20 секунд", start_only()),
    (RE, L, "把前奏补到10秒", start_only()),
    (RE, L, "ขยายอินโทรให้ครบ 20 วินาที", start_only()),
    (RE, L, "把结尾补到30秒", end_only()),
    (RE, L, "Ajoute 20 secondes pour arriver à 2 minutes", ext(0, 20)),
    (RE, L, "Ajoute 30 secondes pour arriver à 2 minutes", ASK),
    (RE, L, "Alarga el final 20 segundos para llegar a los 2 minutos", ext(0, 20)),
    (RE, L, "Aumenta o final em 20 segundos para chegar a 2 minutos", ext(0, 20)),
    (RE, L2, "Sfuma la fine: la dissolvenza deve arrivare a 8 secondi", fade(8, ask_ok=True)),
    (RE, L, "Monte le volume pour atteindre -14 LUFS et exporte en wav", fmt_is("wav", loudness_lufs=-14)),
    (RE, L, "Sube el volumen hasta llegar a -14 LUFS", {"tool": FREE, "loudness_lufs": -14}),
    (RE, L, "音量补到-14 LUFS，导出wav", fmt_is("wav", loudness_lufs=-14)),
    (RE, L, "Tem que chegar a 2 minutos, mas com uma intro de 10 segundos", ext(10, 10, ask_ok=True)),
    (RE, L, "Loop it to reach 10 minutes", {"tool": FREE, "loop": True, "ask_ok": True}),
    (RE, L, "Make a new ambient piece to reach 3 minutes for my video", nw(180)),
    (RE, L, "ต่อท้ายให้ครบ 2 นาที", ext(0, 20)),
    (RE, L, "ทำเพลงนี้สำหรับงานครบรอบ 5 ปี ต่อท้ายอีก 20 วินาที", ext(0, 20)),
    (RE, L2, "Cut it down to reach 2 minutes", trim(end=60, ask_ok=True)),
    (RE, L, "To reach the client's 2 minutes, add an intro", ext(20, 0, ask_ok=True)),
    # --- (5a) sung lyrics whose section names are not listed
    (LY, None, "Gawin mo itong ballad: [Berso] Ikaw ang mahal ko [Koro] Hindi kita iiwan", sung("Ikaw ang mahal ko")),
    (LY, None, "Ifanye bongo flava: [Ubeti] Nakupenda sana [Kiitikio] Usiniache peke yangu", sung("Nakupenda sana")),
    (LY, None, "இதை மெலடி பாடலாக்கு: [பல்லவி] நீ இல்லாமல் நான் இல்லை [சரணம்] மழை பெய்யும் இரவு", sung("நீ இல்லாமல்")),
    (LY, None, "దీన్ని మెలోడీ పాటగా చేయి: [పల్లవి] నువ్వే నా ప్రాణం [చరణం] వాన కురిసే రాత్రి", sung("నువ్వే నా ప్రాణం")),
    (LY, None, "Bunu pop mahnı et: [Bənd] Gecə uzundur [Nəqərat] Sən hardasan", sung("Gecə uzundur")),
    (LY, None, "Gerðu þetta að poppi: [Erindi] Nóttin er löng [Viðlag] Komdu heim", sung("Nóttin er löng")),
    (LY, None, "Isse pop gaana banao: [Antara] raat lambi hai [Mukhda] tum kahan ho", sung("raat lambi hai")),
    (LY, None, "اسے پاپ گانا بناؤ: [انترا] رات لمبی ہے [مکھڑا] تم کہاں ہو", sung("رات لمبی ہے")),
    (LY, None, "Jadikan lagu pop: [Intro] oh oh [Reff] jangan pergi dariku", sung("jangan pergi", ask_ok=True)),
    (LY, None, "Make it trap: [Intro] yeah yeah [Rap] money on my mind", sung("money on my mind")),
    # --- (5b) sung lyrics with 'please', 'keep it', 'bitte' after a comma; guards
    (
        LY,
        None,
        "Make it a blues: [Verse] I'm down on my knees [Chorus] baby, please don't go",
        sung("down on my knees"),
    ),
    (LY, None, "Make it soul: [Verse] we fall apart [Chorus] hold on, keep it together", sung("we fall apart")),
    (LY, None, "Hazla bachata: [Verso] te extraño tanto [Coro] amor, por favor no te vayas", sung("te extraño tanto")),
    (
        LY,
        None,
        "Mach daraus Schlager: [Strophe] der Sommer ist vorbei [Refrain] Liebling, bitte bleib hier",
        sung("der Sommer ist vorbei"),
    ),
    (
        LY,
        None,
        "Fanne una ballata: [Strofa] il mare è calmo [Ritornello] amore, per favore resta",
        sung("il mare è calmo"),
    ),
    (LY, None, "Make it pop punk: [Verse] you never call [Chorus] so give it up, give it up", sung("you never call")),
    (
        LY,
        None,
        "Fais-en une chanson pop : [Couplet] la pluie tombe [Refrain] reste, s'il te plaît, reste",
        sung("la pluie tombe"),
    ),
    (LY, None, "做成流行歌：[主歌] 夜很长 [副歌] 你在哪里", sung("夜很长")),
    (LY, None, "발라드로 만들어줘: [1절] 비가 와 [후렴] 너를 기다려", sung("비가 와", ask_ok=True)),
    (LY, None, "Make it a ballad: [Verse 1] Cold coffee [Verse 2] warm hands", sung("Cold coffee")),
    (LY, None, "Biến thành bài ballad: [Đoạn 1] Mưa rơi ngoài hiên [Điệp khúc] Em ở đâu", sung("Mưa rơi ngoài hiên")),
    # --- (5c) briefs with sung section names, asks the list does not know
    (
        LY,
        None,
        "Make a beat: [Verse] mellow piano and soft drums [Chorus] big synths and claps",
        brief("mellow piano", "big synths"),
    ),
    (
        LY,
        None,
        "Arrangement idea: [Verse] acoustic guitar only [Chorus] full band, female vocals",
        brief("acoustic guitar only"),
    ),
    (
        LY,
        None,
        "Make a pop song: [Chorus] catchy hook about summer [Verse] storytelling about a road trip",
        brief("catchy hook about", "storytelling about"),
    ),
    (
        LY,
        None,
        "Сделай рок: [Куплет] Дедлайн горит [Припев] Мы команда, пожалуйста с женским вокалом",
        brief("женским вокалом"),
    ),
    (
        LY,
        None,
        "Zrób z tego rock: [Zwrotka] deadline się pali [Refren] jesteśmy drużyną, proszę z żeńskim wokalem",
        brief("żeńskim wokalem"),
    ),
    (LY, None, "Make it pop: [Verse] hello again [Chorus] goodbye again. Female vocals please", brief("Female vocals")),
    (
        LY,
        None,
        "Make it pop: [Verse] hello again [Chorus] goodbye again — with female vocals",
        brief("with female vocals"),
    ),
    (
        LY,
        None,
        "Hazla reggaetón: [Verso] baila conmigo [Coro] toda la noche, con voz femenina",
        brief("con voz femenina"),
    ),
    (LY, None, "ロックにして！【Aメロ】朝が来る【サビ】走り出せ、女性ボーカルでお願いします", brief("女性ボーカル")),
    # --- (6) a question mark ends no story: numbers in a question that are not the ask
    (ST, None, "Is 30 too long for a jingle? Make a 20 second one.", nws(20)),
    (ST, None, "Remember when I turned 25? Make a birthday song, 1 minute.", nws(60)),
    (ST, None, "¿Sabías que cumplo 40? Hazme una canción de 2 minutos.", nws(120)),
    (ST, None, "Мне уже 34, представляешь? Сделай мелодию на гитаре, 90 секунд.", nws(90)),
    (ST, None, "你知道我今年35岁吗？做一首一分钟的歌。", nws(60)),
    (ST, L, "Who still listens at 128? Export it as mp3 at 320 kbps.", fmt_is("mp3", bitrate_kbps=320)),
    (ST, L, "My old bitrate was 128 lol. Export it as mp3 at 320 kbps.", fmt_is("mp3", bitrate_kbps=320)),
    (ST, None, "My daughter is 7 (can you believe it?). Make a lullaby, 1 minute.", nws(60)),
    (ST, None, "We had 200 guests?! Crazy. Make a wedding song, 2 minutes.", nws(120)),
    (ST, None, "Kids are 6 and 8, ok? Make a 30 second song about dinosaurs.", nws(30)),
    # --- (6b) a number in a question that is the ask
    (ST, L, "Can you do 320? Export as mp3.", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (ST, L, "Is -14 right for Spotify? Export it as wav.", fmt_is("wav", loudness_lufs=-14, ask_ok=True)),
    (ST, None, "Could you make 3? A 30 second jazz jingle.", nws(30, takes=3)),
    (ST, L, "Est-ce que 20 c'est assez ? Rallonge la fin de 30 secondes.", ext(0, 30, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
