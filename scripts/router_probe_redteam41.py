"""Red-team probe (redteam41) of the router rules changed in 8de8449..42c0df5 (97d0476, 42c0df5), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) a whole length said as what the track should become ('Gör den 2 minuter lång', 'Legyen
4 perces', 'Maak hem 2,5 minuut', pa 'ਦਾ ਕਰ ਦਿਓ', bn 'করে দাও', fa 'برسون', 'so the whole thing is 4 minutes', the
new 'long' words of _TOTAL_AFTER) and 'one whole said twice is added once', tried where no whole is meant: an intro
or outro's own length, an amount to add ('longer', 'hosszabb', 'длиннее', 'יותר ארוך'), a new piece's length, a
length said of something else (a video), a loop's length, a deadline; (2) Arabic 'to' / 'by' written onto a length
('لـ3 دقائق', 'لثلاث دقائق', 'طوّلها لخمس', 'بدقيقة') and 'طولها' (its length); (3) lyrics whose section markers stand
inside one line after a colon or question mark: briefs and tags in brackets, numbered or timed markers, lyrics
followed by an instruction on the same line, other scripts; (4) account.a_story_number, a bare number in an aside
before the ask ignored: numbers that are the ask (a length without unit, a bitrate, a loudness, a count of takes);
(5) corrections 'no, espera', 'albo nie', _NOT_X_BUT ('not 10 but 20', 'не 10, а 20') and _BARE_AGAIN: X not
taken back, 'no' in other senses, two lengths both meant.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam41.py [filter] [-q] [--old SRC]

First run on 42c0df5 (labels committed before it, 2c92acf): 160 probes; OK 115, ASKED 18, SILENT WRONG 16 (8 new
vs 8de8449, 8 pre-existing), ERROR 11 (9 new). Against 8de8449: 22 asked -> OK, 6 silent -> OK, 0 OK -> asked,
8 OK -> silent, 6 OK -> error, 3 asked -> error. New silent: 'Legyen 2 perccel hosszabb' (2 minutes longer) read
as a 2 min whole (+20 s, not +120); 'নতুন একটা গান ৩ মিনিটের বানিয়ে দাও' (a new 3 min song) extends the open track by
80 s; 'Loopa den så den blir 10 minuter lång' extends by 500 s instead of looping; five one-line lyrics that are
briefs or carry instructions sung ('[Intro] just drums [Drop] heavy bass, no vocals', '[mood] dreamy [genre]
synthwave', '[upbeat] ... [female vocals] ...', '[Intro] soft rain and vinyl crackle [Main] ...', '... la la la,
and make it fast please'). New errors: a part's own length after the new 'long' words or Arabic 'ل' read as the
whole ('Lägg till en 20 sekunder lång inledning', 'Přidej na začátek 20 sekund dlouhý úvod', 'pitkä johdanto',
'hosszú bevezetőt / lezárást', 'dlhý úvod', 'أضف مقدمة لـ10 ثواني', 'طوّل المقدمة لـ20 ثانية': InvalidInput 'make it 20 s
adds nothing'); on a track shorter than the part they plan silently (found after the run, not counted: a 10 s
track and 'Lägg till en 20 sekunder lång inledning' gives 10 s after). Pre-existing silent: 7 bare numbers before the
ask that are the ask ('My video is 45.', 'The ad slot is 30.', 'Spotify wants -14.', 'Klient chce 6.'), and 'make
it 2 minutes long, then add another 20 seconds' (+20, not +40).
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, Plan, ext, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN)

L = 100.0
L2 = 180.0
OUTP = "audio_outpaint"

WH = "whole: 'make it N long' / 'let it be N' where no whole is meant"
WG = "whole: said plainly (guards)"
AR = "Arabic 'to'/'by' onto a length, 'طولها' its length"
LY = "inline lyrics: markers inside one line"
ST = "story number: a bare number in an aside before the ask"
CO = "corrections: 'no, espera', 'albo nie', 'not X but Y', bare again"


def start_only(**kw: Any) -> dict[str, Any]:
    """An intro's own length: a question, or something done at the start only (never the whole grown or cut)."""
    return {"tool": OUTP, "extend_after_duration": 0, "ask_ok": True, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1a) a whole said plainly: guards
    (WG, L, "Gör den 2 minuter lång", ext(0, 20)),
    (WG, L, "Legyen 2 perces", ext(0, 20)),
    (WG, L, "Maak hem 2 minuten", ext(0, 20)),
    (WG, L, "ਗੀਤ ਨੂੰ 2 ਮਿੰਟ ਦਾ ਕਰ ਦਿਓ", ext(0, 20)),
    (WG, L, "গানটা ২ মিনিটের করে দাও", ext(0, 20)),
    (WG, L, "آهنگ رو به ۲ دقیقه برسون", ext(0, 20)),
    (WG, L, "stretch it out so the whole thing is 2 minutes", ext(0, 20)),
    (WG, L, "extend the end by 20 seconds so the whole thing is 2 minutes", ext(0, 20)),
    (WG, L, "Maak het nummer 2 minuten lang", ext(0, 20, ask_ok=True)),
    # --- (1b) an amount to add, said with the words of a whole
    (WH, L, "Gör den 30 sekunder längre", ext(0, 30, ask_ok=True)),
    (WH, L, "Lav den 30 sekunder længere", ext(0, 30, ask_ok=True)),
    (WH, L, "Legyen 2 perccel hosszabb", ext(0, 120, ask_ok=True)),
    (WH, L, "Legyen még 30 másodperc a végén", ext(0, 30)),
    (WH, L, "Maak hem 30 seconden langer", ext(0, 30, ask_ok=True)),
    (WH, L, "Maak 'm 20 seconden langer aan het eind", ext(0, 20)),
    (WH, L, "Сделай его на 30 секунд длиннее", ext(0, 30, ask_ok=True)),
    (WH, L, "Сделай трек на 2 минуты длиннее", ext(0, 120, ask_ok=True)),
    (WH, L, "תעשה את השיר 30 שניות יותר ארוך", ext(0, 30, ask_ok=True)),
    (WH, L, "Направи я с 30 секунди по-дълга", ext(0, 30, ask_ok=True)),
    (WH, L, "গানটা আরও ৩০ সেকেন্ড লম্বা করে দাও", ext(0, 30, ask_ok=True)),
    (WH, L, "শেষে আরও ৩০ সেকেন্ড যোগ করে দাও", ext(0, 30)),
    (WH, L, "Maak hem 30 seconden korter", trim(end=30, ask_ok=True)),
    # --- (1c) an intro or outro's own length
    (WH, L, "Gör introt 20 sekunder långt", start_only()),
    (WH, L, "Lägg till en 20 sekunder lång inledning", ext(20, 0)),
    (WH, L, "Lägg till ett 30 sekunder långt slut", ext(0, 30)),
    (WH, L, "Legg til en 20 sekunders lang avslutning", ext(0, 20)),
    (WH, L, "Přidej na začátek 20 sekund dlouhý úvod", ext(20, 0)),
    (WH, L, "Přidej 30 sekund dlouhé outro", ext(0, 30)),
    (WH, L, "Pridaj na začiatok 20 sekúnd dlhý úvod", ext(20, 0)),
    (WH, L, "Adj hozzá egy 20 másodperc hosszú bevezetőt", ext(20, 0)),
    (WH, L, "Adj hozzá a végéhez egy 30 másodperc hosszú lezárást", ext(0, 30)),
    (WH, L, "Lisää alkuun 20 sekuntia pitkä johdanto", ext(20, 0)),
    (WH, L, "Az intro legyen 20 másodperces", start_only()),
    (WH, L, "Maak het intro 20 seconden", start_only()),
    (WH, L, "Сделай вступление на 20 секунд длиннее", start_only()),
    (WH, L, "ਸ਼ੁਰੂ ਵਿੱਚ 20 ਸਕਿੰਟ ਦਾ ਇੰਟਰੋ ਜੋੜ ਦਿਓ", ext(20, 0, ask_ok=True)),
    (WH, L, "ਇੰਟਰੋ ਨੂੰ 20 ਸਕਿੰਟ ਦਾ ਕਰ ਦਿਓ", start_only()),
    (WH, L, "ইন্ট্রোটা ২০ সেকেন্ডের করে দাও", start_only()),
    (WH, L, "اینترو رو به ۲۰ ثانیه برسون", start_only()),
    (WH, L, "add a 20 second intro so the whole thing is 2 minutes", ext(20, 0)),
    (WH, 90.0, "add a 30 s intro, so the whole song is 2 minutes", ext(30, 0)),
    # --- (1d) a new piece's length, with a track open
    (WH, L, "Gör en ny låt som är 2 minuter lång", nw(120)),
    (WH, L, "Legyen 2 perces az új dal", nw(120)),
    (WH, L, "Maak een nieuw nummer van 2 minuten lang", nw(120)),
    (WH, L, "ਇੱਕ ਨਵਾਂ ਗੀਤ 3 ਮਿੰਟ ਦਾ ਬਣਾ ਦਿਓ", nw(180)),
    (WH, L, "নতুন একটা গান ৩ মিনিটের বানিয়ে দাও", nw(180)),
    (WH, L, "Make a new track, the whole thing is 2 minutes", nw(120)),
    # --- (1e) a length said of something else
    (WH, L, "Videon är 3 minuter lång. Förläng låten med 20 sekunder i slutet.", ext(0, 20)),
    (WH, L, "Mijn video is 2 minuten lang, maak hem 30 seconden langer", ext(0, 30, ask_ok=True)),
    (WH, L, "A videó 3 perc hosszú. Toldd meg a dalt 20 másodperccel a végén.", ext(0, 20)),
    (WH, L, "ਮੇਰੀ ਵੀਡੀਓ 3 ਮਿੰਟ ਦੀ ਹੈ, ਗੀਤ ਦੇ ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਜੋੜ ਦਿਓ", ext(0, 20, ask_ok=True)),
    (WH, L, "ভিডিওটা ৩ মিনিটের, গানটা শেষে ২০ সেকেন্ড বাড়িয়ে দাও", ext(0, 20, ask_ok=True)),
    (WH, L2, "the whole song is 3 minutes, just redo the last 30 seconds", inp(150, 180)),
    (WH, L2, "the whole thing's 3 minutes but the intro drags, regenerate the first 20 seconds", inp(0, 20)),
    (WH, L2, "the whole track is 3 minutes long; fade out the last 5 seconds", {"tool": FREE, "fade_out_s": 5}),
    (WH, L, "mp3ش کن و ۵ دقیقه دیگه برسونش", fmt_is("mp3")),
    # --- (1f) a loop's length, not the track grown
    (WH, L, "loop it so the whole thing is 10 minutes", {"tool": FREE, "loop": True, "ask_ok": True}),
    (WH, L, "Loopa den så den blir 10 minuter lång", {"tool": FREE, "loop": True, "ask_ok": True}),
    # --- (1g) one whole said twice, and a whole then an amount of the same size
    (WG, L, "make it 2 minutes long, 2 minutes in total", ext(0, 20)),
    (WH, L, "make it 2 minutes long, then add another 20 seconds at the end", ext(0, 40, ask_ok=True)),
    (WH, L, "Gör den 2 minuter lång och lägg sedan till 20 sekunder till i slutet", ext(0, 40, ask_ok=True)),
    (WH, L, "extend the end by 20 seconds so the whole thing is 4 minutes", ASK),
    # --- (2) Arabic 'to' and 'by' written onto the length, and 'its length'
    (AR, L, "طوّلها لـ2 دقائق", ext(0, 20, ask_ok=True)),
    (AR, L, "مددها لدقيقتين", ext(0, 20)),
    (AR, L, "طوّلها بدقيقة", ext(0, 60, ask_ok=True)),
    (AR, L, "طوّلها بدقيقتين", ext(0, 120, ask_ok=True)),
    (AR, L, "مددها دقيقتين", ext(0, 120, ask_ok=True)),
    (AR, L, "أضف مقدمة لـ10 ثواني", ext(10, 0, ask_ok=True)),
    (AR, L, "طوّل المقدمة لـ20 ثانية", start_only()),
    (AR, L2, "قصّرها بدقيقة", trim(end=60, ask_ok=True)),
    (AR, L2, "قص الأغنية لدقيقتين", trim(end=60, ask_ok=True)),
    (AR, None, "اعمل لحن بيانو هادئ لثلاث دقائق", nw(180)),
    (AR, L, "سوّي أغنية جديدة لدقيقتين", nw(120)),
    (AR, None, "اعمل لي أغنية جديدة طولها ثلاث دقائق", nw(180)),
    (AR, L, "الفيديو طوله دقيقتين، أضف 10 ثواني في النهاية", ext(0, 10)),
    (AR, 90.0, "طولها الحالي دقيقة ونص، طوّلها لدقيقتين", ext(0, 30, ask_ok=True)),
    (AR, L, "لست متأكد من الطول، خليها دقيقتين", ext(0, 20, ask_ok=True)),
    (AR, L, "اعمل فيد أوت بـ5 ثواني", {"tool": FREE, "fade_out_s": 5}),
    (AR, L, "حوّلها لـmp3 بـ320 kbps", fmt_is("mp3", bitrate_kbps=320)),
    (AR, L, "أعد توليد آخر 10 ثواني، وطولها لازم يبقى نفسه", inp(90, 100, ask_ok=True)),
    # --- (3) lyrics with markers inside one line
    (
        LY,
        None,
        "Make it punk: [Verse] I woke up late again [Chorus] la la la, make it 2 minutes",
        {"tool": NEW, "duration": 120, "ask_ok": True, "lyrics_lacks": ["make it 2"]},
    ),
    (
        LY,
        None,
        "Make it punk: [Verse] I woke up late again [Chorus] la la la, and make it fast please",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["make it fast"]},
    ),
    (
        LY,
        None,
        "Make a lo-fi beat: [Intro] soft rain and vinyl crackle [Main] mellow piano chords",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["vinyl crackle", "piano chords"]},
    ),
    (
        LY,
        None,
        "Song idea: [mood] dreamy and slow [genre] synthwave with pads",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["dreamy", "synthwave"]},
    ),
    (
        LY,
        None,
        "Make a pop song: [upbeat] about summer nights [female vocals] with a catchy hook",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["about summer nights", "catchy hook"]},
    ),
    (
        LY,
        None,
        "Can you make me something chill? [lofi] for studying [instrumental] no vocals please",
        {"tool": NEW, "inst": True, "ask_ok": True},
    ),
    (
        LY,
        None,
        "Make a beat: [Intro] just drums [Drop] heavy bass, no vocals",
        {"tool": NEW, "inst": True, "ask_ok": True},
    ),
    (
        LY,
        None,
        "Make it rock: [Verse 1] I'm leaving town [Chorus] Never coming back [Verse 2] Packed my bags",
        sung("I'm leaving town", tags_text_not=["leaving"]),
    ),
    (
        LY,
        None,
        "Make it a ballad: [0:00 Verse] Cold coffee [0:30 Chorus] warm hands",
        {"tool": NEW, "ask_ok": True, "lyrics_has": ["Cold coffee"], "duration_not": 30},
    ),
    (
        LY,
        None,
        "Make it punk: [Verse] I've got 99 problems [Chorus] 24 hours a day",
        sung("99 problems", takes=None, duration_not=24),
    ),
    (LY, None, "Make it punk, 2 minutes: [Verse] Monday grey [Chorus] I don't care", sung("Monday grey", duration=120)),
    (
        LY,
        None,
        "Make it punk: [Verse] Monday grey [Chorus] I don't care. Also make 2 versions",
        {"tool": NEW, "ask_ok": True, "takes": 2, "lyrics_lacks": ["make 2 versions"]},
    ),
    (
        LY,
        None,
        "Make it punk: [Verse] Monday grey [Chorus] I don't care — 3 min",
        {"tool": NEW, "ask_ok": True, "duration": 180, "lyrics_lacks": ["3 min"]},
    ),
    (LY, None, "Make it punk: [Verse] Monday grey [Chorus] I don't care [Outro]", sung("Monday grey", ask_ok=True)),
    (LY, None, "Make a song called Midnight Train: [Verse] Leaving town [Chorus] On the train", sung("Leaving town")),
    (
        LY,
        None,
        "Make it a ballad: [Verse] Cold rain falls [whispered] I miss you [Chorus] Come back",
        sung("Cold rain falls"),
    ),
    (LY, None, "make it pop 🎤 [Verse] hello hello [Chorus] goodbye my friend", sung("hello hello", ask_ok=True)),
    (LY, None, "حولها لأغنية بوب: [مقطع] الليل طويل [كورس] وأنا لوحدي", sung("الليل طويل")),
    (LY, None, "ロックにして！【Aメロ】朝が来る【サビ】走り出せ", sung("朝が来る")),
    (LY, None, "발라드로 만들어줘. [벌스] 비가 와 [후렴] 너를 기다려", sung("비가 와")),
    (LY, None, "इसे पॉप गाना बनाओ: [अंतरा] रात है [मुखड़ा] तुम कहाँ हो", sung("रात है")),
    (
        LY,
        None,
        "Turn this into a musical number: [Anna enters] Where have you been? [Tom] Out all night",
        sung("Where have you been", ask_ok=True),
    ),
    (LY, L, "Redo 0:30-0:45 with these words: [Verse] new words here [Chorus] more words", inp(30, 45, ask_ok=True)),
    (
        LY,
        None,
        "Make it jazzy: [Verse] Coffee, two sugars [Chorus] Sunday morning, export as mp3",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["export as mp3"]},
    ),
    (
        LY,
        None,
        "Сделай рок на эти слова: [Куплет] Дедлайн горит [Припев] Мы команда, 2 минуты",
        {"tool": NEW, "ask_ok": True, "duration": 120, "tags_text": ["rock"], "lyrics_lacks": ["2 минуты"]},
    ),
    # --- (4) a bare number in an aside before the ask that IS the ask
    (ST, None, "My video is 45. Make a chill beat for it.", nw(45)),
    (ST, None, "Jingle for my bakery, length: 30. Make it cheerful!", nw(30)),
    (ST, None, "The ad slot is 30. Make an upbeat jingle for it.", nw(30)),
    (ST, None, "Mi vídeo dura 45. Hazme una base chill.", nw(45)),
    (ST, None, "Мне нужно 45. Сделай бит для видео.", nw(45)),
    (ST, L, "Bitrate should be 320. Export it as mp3 please.", fmt_is("mp3", bitrate_kbps=320)),
    (ST, L, "Loudness should be -14. Export it as wav.", fmt_is("wav", loudness_lufs=-14)),
    (ST, L, "Spotify wants -14. Export it as mp3.", fmt_is("mp3", loudness_lufs=-14, ask_ok=True)),
    (ST, L, "My car stereo only plays 128. Export it as mp3.", fmt_is("mp3", bitrate_kbps=128, ask_ok=True)),
    (ST, None, "My boss wants 6 of them. Make a jazz piece, 1 minute.", nw(60, takes=6)),
    (ST, None, "I'd like 6, the client is picky. Make a 30 second jingle.", nw(30, takes=6)),
    (ST, None, "Klient chce 6. Zrób jazz, minuta.", nw(60, takes=6)),
    (ST, L, "It ends too abruptly, like it needs 20 more. Extend the end please.", ext(0, 20, ask_ok=True)),
    (
        ST,
        L,
        "The fade should be 8 long. Fade out the end and export as mp3.",
        {"tool": FREE, "fade_out_s": 8, "output_format": "mp3", "ask_ok": True},
    ),
    # --- (4b) a story number, plainly the story's: guards
    (ST, None, "Tengo 30 años y por fin grabo mi podcast. Hazme una intro de 15 segundos.", nws(15)),
    (ST, None, "J'ai 40 ans et je lance ma chaîne. Fais-moi une chanson de 2 minutes.", nws(120)),
    (ST, None, "我今年35岁，终于开始做播客了。做一首一分钟的片头曲。", nws(60)),
    (ST, None, "my cat is 12 😂 make a 30 second jingle about her", nws(30)),
    (ST, None, "I have 2 kids. Make a lullaby, 1 minute.", nws(60, takes=None)),
    (ST, None, "We're 3 friends who met at uni. Make a punk song, 2 minutes.", nws(120, takes=None)),
    (ST, L, "It cost me 3 bucks. Export it as wav.", fmt_is("wav")),
    (ST, L, "I paid 15 bucks for this plugin lol. Export it as wav.", fmt_is("wav")),
    (ST, None, "The venue is 2 hours away. Make a 1 minute intro jingle.", nws(60)),
    (ST, L, "(she's 7) she says the middle is boring, regenerate 0:40-0:55", inp(40, 55)),
    (ST, None, "Мне 34, и я наконец решился. Сделай мелодию на гитаре, 90 секунд, 2 варианта.", nws(90, takes=2)),
    (ST, None, "Ich bin 52 und lerne gerade Gitarre. Mach mir 3 Versionen eines Blues, je 1 Minute.", nw(60, takes=3)),
    # --- (5a) corrections: guards
    (CO, L, "Alarga el final 30 segundos. No, espera, mejor 45.", ext(0, 45)),
    (CO, L, "Dodaj 6 sekund wstępu – albo nie, daj 12", ext(12, 0)),
    (CO, L, "add an intro, not 10 but 20 seconds", ext(20, 0)),
    (CO, L, "Добавь вступление: не 10, а 20 секунд", ext(20, 0)),
    (CO, L, "Ne treba mi 5, nego 10 sekundi uvoda", ext(10, 0)),
    (CO, L, "Ajoute une intro, pas 10 mais 20 secondes", ext(20, 0)),
    (CO, L, "Allunga la fine di 30 secondi, no aspetta, 45", ext(0, 45)),
    (CO, L, "Extend the end by 20 seconds. No, wait, 15.", ext(0, 15)),
    (CO, None, "Zrób piosenkę na 2 minuty, albo nie, daj 3", nws(180)),
    # --- (5b) 'not X but Y' where X is not taken back, two lengths both meant
    (CO, L, "Make it not 2 minutes but a bit more", ASK),
    (CO, L, "Сделай интро не больше 10, а концовку 20 секунд", ext(10, 20, ask_ok=True)),
    (CO, L, "add an intro of no more than 10, but the outro should be 20 seconds", ext(10, 20, ask_ok=True)),
    (CO, L, "Allunga l'inizio di non più di 10, ma la fine di 20 secondi", ext(10, 20, ask_ok=True)),
    (CO, L, "The intro should be not 10 but 20 seconds, and add 30 at the end", ext(20, 30, ask_ok=True)),
    (CO, L, "Extend by not 10 but 20 seconds, and not at the start but at the end", ext(0, 20)),
    (CO, None, "It's not 30 but 3 minutes I want: a new ambient piece", nws(180)),
    (CO, None, "Make not 1 but 2 versions, 30 seconds each", nws(30, takes=2)),
    (CO, L, "Не режь первые 10, а 20 секунд в конце обрежь", trim(end=20, ask_ok=True)),
    (CO, L, "Не добавляй 10 в начале, а 20 добавь в конец", ext(0, 20, ask_ok=True)),
    # --- (5c) 'no, wait' and 'no' in other senses
    (CO, L, "Extend the end by 30 seconds. No, wait, also add 10 at the start.", ext(10, 30, ask_ok=True)),
    (CO, L, "Add 10 seconds at the start. No, wait — at the end.", ext(0, 10, ask_ok=True)),
    (CO, L, "Добавь 10 секунд в начале. Нет, подожди, в конце.", ext(0, 10, ask_ok=True)),
    (CO, L, "I can't wait no more, extend the end by 20 seconds and add a 10 second intro", ext(10, 20)),
    (CO, L, "El público no espera 45 segundos de intro, así que alarga el principio solo 10", ext(10, 0, ask_ok=True)),
    (CO, L, "Nie wiem, czy dodać intro, albo nie. Dodaj 10 sekund na końcu.", ext(0, 10)),
    (CO, None, "Make a 30 second jingle. No, wait, 2.", ASK),
    (CO, None, "I'm 25. No wait, 26. Make a birthday song, 1 minute.", nws(60)),
    (CO, L, "Dodaj 10 sekund na końcu, albo nie wiem, może 15", ext(0, 15, ask_ok=True)),
    (CO, L, "Alarga el final, no 10 sino 20 segundos", ext(0, 20)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
