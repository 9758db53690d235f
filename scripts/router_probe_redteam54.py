"""Red-team probe (redteam54) of the router changes in bec17fd and 3859365 (38052ad..3859365): read.py
_MIN_AND_BARE_SEC allowing a range word after the bare seconds ('da un minuto e dieci a un minuto e quaranta') and
'și'; lang.py 'einer'/'einem' before a minute = 1; read.py _composed_before composing number words only when all are
one language's (vocab_data.NUMBERS) joined by that language's 'and' (_JOINS, _ands_in_tables), and under 60 before a
minute unit (_MINUTES_NEXT); _MARKER_ENDS_A_LINE with _BRIEF_LINE and _sung_lines_after; unread_units not counting a
number after the unit in Indic scripts; Tamil 'இரண்டரை' etc.; cues.py a Latin cue right after a CJK/Hangul/Thai
letter ('古风instrumental'); account.py _MULTIPLIER lookahead (thanks, emoji), _NAMED_X, _LENGTH_JUST_BEFORE; _VERSI in
the 'with' rule; _VERSIONS_AFTER_WORD's locatives 'wersjach', 'вариантах'; COUNTED's 'vers', 'stroph'; 'ё' for
Russian lyrics. Hunting SILENT WRONG plans and needless questions on new ground: Latin words glued after CJK, kana,
Hangul, Thai that are cues in another sense (negated '不要instrumental', 'instrumentalじゃなくて', a question '要intro吗',
a format 'mp3格式', 'mp3로', a title 'Redo My Life', 'mp3播放器'); a range's 'a'/'to'/'bis'/'tot' after 'N min and M'
where M is no seconds ('2 min and 3 to 4 verses', '2 minuti e 4 a 4'); 'einer' in other roles; Indic lengths with the
number after the unit ('मिनट 1 से मिनट 2 तक') and Tamil 'இரண்டரை வயது' (age); a line-end marker followed by two
lines that are a brief, and real lyrics whose first line holds a style word ('soft rain', 'dance all night'); 'X'
names in lowercase ('bmw x5,') and a multiplier's capital X ('30s X3'); hearts and kisses after 'love you x3';
'вариантах'/'wersjach' in 'about N variants of fate'; 'vers' as French 'towards', Dutch 'fresh', Hungarian 'poem';
hundreds joined by an 'and' a language's tables do not show ('hundert und zwanzig', 'cento e venti').

FIGURES. First run on 3859365 (labels committed before it, 15e9584): 83 probes; OK 56, ASKED 14, SILENT WRONG 13
(6 new vs /tmp/old385/src = the router at 38052ad, before bec17fd and 3859365; 7 pre-existing), ERROR 0. The same
probes on the old router: OK 58, ASKED 10, SILENT WRONG 15, ERROR 0. Against it the two commits turn 4 silent -> OK,
4 silent -> asked, 6 asked -> OK, 6 OK -> silent and 6 OK -> asked.

New silent (vs the old router), by cause:
- _MIN_AND_BARE_SEC's range words (2): 'a song 2 min and 3 to choose from', 'una canción de 2 min y 3 a elegir' are
  123 s (a count of takes to choose from read as the seconds, since 'to'/'a' now may follow them). (German 'bis',
  Dutch 'tot', Swedish 'till' before a count of verses, Italian '4 a 4' were right.)
- _NAMED_X on a multiplier's capital X (2): 'lofi beat 30s X3', '30 sec jingle 2X' plan one take, no question (a
  capital X glued to a digit is taken for a product's name wherever it stands, even right after a length).
- cues.py's Latin cue after a Thai letter (1): 'ไม่เอาinstrumental ขอมีเสียงร้อง เพลงรัก 1 นาที' (no instrumental, with
  a voice) is now '[inst]': the cue is found, the Thai negation 'ไม่เอา' before it and 'เสียงร้อง' after it are not
  read. (Chinese '不要instrumental … 唱' and '别instrumental' are asked, silent [inst] before; Korean 'instrumental말고'
  and Japanese 'instrumentalじゃなくて' are [inst] on both builds.)
- _composed_before's one-language 'and' (1): 'canzone di cento e venti secondi' is 20 s: Italian's tables join no
  tens with 'e' and _JOINS has no 'it', so 'cento e venti' is not composed and the last part alone is the length.
  (Portuguese 'cento e vinte', English 'one hundred and twenty', Norwegian 'hundre og tjue' are 120; German
  'hundert und zwanzig' is not 20.)

Pre-existing silent (7): a line-end marker followed by two lines of a brief is sung ('Song for my sister
[Verse]\nher name is Anna\nshe turns thirty next week', 'Birthday song with a big [Chorus]\nfor my dad Tom\n…', 'Need
lyrics with a [Chorus]\nabout my cat Luna\n…': _sung_lines_after sees no wish or style in the first line); '给这首歌加
个intro，10秒' extends at the end (intro read past); Korean 'instrumental말고' and Japanese 'instrumentalじゃなくて' are
[inst] (negation after the cue not read); '一首给introvert的人听的温柔情歌' lacks 'chinese vocal' in its tags.

Asked where the plan was plain (14; 6 new, OK before): '做一首叫Redo My Life的摇滚歌，1分钟' asks for a track (the
title's 'Redo' glued after '叫' is now an edit cue); 'ballad [Verse]\nsoft rain on my window\n…\n[Chorus]\ncome back
home' asks for a track (_sung_lines_after takes 'soft' for a style, the first stanza stays in the request, read as an
edit); the emoji lookahead of _MULTIPLIER: 'love you x3 ❤️', 'miss you x2 😘' ask about takes; the locative
'вариантах'/'wariantach': 'песня о трёх вариантах ответа', 'piosenka o dwóch wariantach losu' ask about takes. Asked
on both: 'zrób piosenkę w dwóch wariantach' (takes 2 wanted; silent before), 'låt 2 min 3 vers och refräng' (silent
123 s before), 'egy 2 perces dal, 3 vers és refrén', 'пісня про два варіанти долі', the lowercase 'bmw x5,' and 'mega
man x3,' (takes asked; _NAMED_X wants a capital), the two Chinese negated 'instrumental' (silent before).

Right now and wrong before (4 silent -> OK): '잔잔한instrumental 1분', 'เพลงinstrumental เปียโน 1 นาที', 'lofi beat 30s x2 😊',
'сделай песню в трёх вариантах'; asked -> OK (6): the minute-and-seconds ranges in it/es/en, 'canzone di 1 minuto e
30 al massimo', 'Werbejingle von einer Minute', 'இரண்டரை நிமிட காதல் பாடல்'. 'einer' in other roles, the Tamil age
'இரண்டரை வயது', Hindi 'मिनट 1 से मिनट 2 तक', French 'vers la fin', Dutch 'vers', Hungarian 'verset', the formats glued
after CJK/Hangul/Thai ('mp3格式', 'mp3로', 'wav파일로', 'ขอไฟล์mp3') were right.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam54.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK)

L = 180.0

CJ = "a Latin word glued after CJK, kana, Hangul or Thai: the cue in its sense (negated, asked, a format, a title)"
RA = "a range word after 'N min and M' where M is no seconds: the minutes alone (or asked); real ranges read"
EI = "German 'einer'/'einem' before a minute, in its roles: the length or time said"
IN_ = "Indic lengths: the number after the unit, Tamil halves, an age in halves: the length said"
MK = "a line-end marker followed by lines: a brief is not sung, lyrics are (style words in a sung first line)"
MX = "'x' with a digit: lowercase names are no takes, a capital multiplier is takes, hearts are no takes"
VA = "locative 'вариантах', 'wersjach', 'wariantach' about something else: no takes; 'в двух вариантах' is takes"
VE = "'vers' in other languages (French towards, Dutch fresh, Hungarian poem, Swedish verse): no takes, m:ss right"
CO = "number words of one language joined by an 'and' (hundreds, tens): the number, never the last part alone"
RU = "Cyrillic lyrics with 'ё' and Bulgarian: the vocal language in the tags"

ZH = {"tags_text": ["chinese"]}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) Latin words glued after CJK, kana, Hangul, Thai
    (CJ, None, "不要instrumental，要有人唱的流行歌，2分钟", nws(120, inst=False, **ZH)),
    (CJ, None, "古风歌曲，别instrumental，要女声唱，1分钟", nws(60, inst=False, **ZH)),
    (CJ, None, "做个remix风格的电子舞曲，2分钟，要人声", nw(120, inst=False)),
    (CJ, L, "导出mp3格式", fmt_is("mp3")),
    (CJ, L, "转成wav格式就行", fmt_is("wav")),
    (CJ, L, "给这首歌加个intro，10秒", ext(10, 0, ask_ok=True)),
    (CJ, L, "给这首歌加个outro，10秒", ext(0, 10, ask_ok=True)),
    (CJ, L, "别redo整首，只重做0:10到0:20", inp(10, 20)),
    (CJ, L, "这首歌不需要intro，直接剪掉前10秒", trim(start=10)),
    (CJ, L, "不要加intro了，把最后10秒淡出就好", fade(10)),
    (CJ, None, "做一首叫Redo My Life的摇滚歌，1分钟", nws(60, inst=False)),
    (CJ, None, "给我的mp3播放器做一首开机音乐，10秒", nw(10)),
    (CJ, None, "我很喜欢那首歌的remix版本，帮我写一首类似风格的新歌，1分钟", nw(60, inst=False)),
    (CJ, None, "一首给introvert的人听的温柔情歌，1分钟", nws(60, inst=False, **ZH)),
    (CJ, None, "instrumentalじゃなくて歌ありのJ-POPを1分で", nws(60, inst=False, tags_text=["japanese"])),
    (CJ, None, "ボーカルなしのinstrumental、ピアノ、1分", nws(60, inst=True)),
    (CJ, L, "mp3で書き出して", fmt_is("mp3")),
    (CJ, L, "mp3로 변환해줘", fmt_is("mp3")),
    (CJ, L, "wav파일로 뽑아줘", fmt_is("wav")),
    (CJ, None, "잔잔한instrumental 1분", nws(60, inst=True)),
    (CJ, None, "instrumental말고 노래로 1분짜리 발라드", nws(60, inst=False, tags_text=["korean"])),
    (CJ, None, "เพลงinstrumental เปียโน 1 นาที", nws(60, inst=True)),
    (CJ, None, "ไม่เอาinstrumental ขอมีเสียงร้อง เพลงรัก 1 นาที", nw(60, inst=False)),
    (CJ, L, "ขอไฟล์mp3", fmt_is("mp3")),
    # --- (2) a range word after 'N min and M'
    (RA, None, "pop song 3 min and 2 to 3 verses", new(duration=180, takes=None, ask_ok=True)),
    (RA, None, "a song 2 min and 3 to choose from", new(duration_not=123, ask_ok=True)),
    (RA, None, "Lied 2 min und 3 bis 4 Strophen", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "liedje van 2 min en 3 tot 4 coupletten", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "låt på 2 min och 3 till 4 verser", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "base rock di 2 minuti e 4 a 4, chitarre distorte", new(duration=120, ask_ok=True)),
    (RA, None, "una canción de 2 min y 3 a elegir", new(duration_not=123, ask_ok=True)),
    (RA, None, "canzone di 1 minuto e 30 al massimo", nws(90)),
    (RA, None, "o melodie de 2 min și 30 de secunde", nws(150)),
    (RA, L, "rifai da 1 min e 10 a 1 min e 40", inp(70, 100)),
    (RA, L, "rehaz de 1 min y 5 a 1 min y 30", inp(65, 90)),
    (RA, L, "redo from 1 min and 10 to 1 min and 40", inp(70, 100)),
    # --- (3) 'einer'/'einem' in its roles
    (EI, L, "füge am Anfang einer Minute Stille hinzu", ext(60, 0, ask_ok=True)),
    (EI, L, "mach ab einer Minute zwanzig neu", inp(80, 180, ask_ok=True)),
    (EI, None, "eine Hymne für einen der besten Tage, 2 Minuten", nws(120)),
    (EI, None, "ein Lied über einer der besten Sommer, 2 Minuten", nws(120)),
    (EI, None, "Werbejingle von einer Minute für einer Bäckerei", nws(60)),
    (EI, None, "ein Lied in einer Minute fünfzehn", nw(75)),
    (EI, None, "ein Lied von weniger als einer Minute, eher 40 Sekunden", nw(40)),
    # --- (4) Indic lengths
    (IN_, L, "मिनट 1 से मिनट 2 तक फिर से बनाओ", inp(60, 120, ask_ok=True)),
    (IN_, None, "இரண்டரை நிமிட காதல் பாடல்", nws(150)),
    (IN_, None, "ஒன்றரை நிமிடம் தாலாட்டு பாடல்", nws(90)),
    (IN_, None, "இரண்டரை வயது குழந்தைக்கு ஒரு நிமிட தாலாட்டு", nw(60)),
    (IN_, None, "ढाई साल के बच्चे के लिए एक मिनट की लोरी", nw(60)),
    (IN_, None, "দুই মিনিটের একটা গান, তিন বছরের মেয়ের জন্য", nw(120)),
    # --- (5) line-end markers followed by lines
    (
        MK,
        None,
        "Song for my sister [Verse]\nher name is Anna\nshe turns thirty next week",
        new(lyrics_lacks=["her name is Anna"], ask_ok=True),
    ),
    (
        MK,
        None,
        "Birthday song with a big [Chorus]\nfor my dad Tom\nhe loves fishing and old cars",
        new(lyrics_lacks=["for my dad Tom"], ask_ok=True),
    ),
    (
        MK,
        None,
        "Need lyrics with a [Chorus]\nabout my cat Luna\nwho sleeps all day",
        new(lyrics_lacks=["about my cat Luna"], ask_ok=True),
    ),
    (
        MK,
        None,
        "ballad [Verse]\nsoft rain on my window\nI hear your voice again\n[Chorus]\ncome back home",
        sung("soft rain on my window", "come back home"),
    ),
    (
        MK,
        None,
        "pop song [Chorus]\ndance all night\nwe never stop\n[Verse]\nthe city lights are calling",
        sung("dance all night", "the city lights are calling"),
    ),
    (
        MK,
        None,
        "rock song [Verse]\nrock and roll forever\nturn the volume up\n[Chorus]\nwe are the loud ones",
        sung("rock and roll forever", "we are the loud ones"),
    ),
    (
        MK,
        None,
        "folk song [Verse]\nthe old road home\nwinding through the hills\n[Chorus]\ntake me back",
        sung("the old road home", "take me back"),
    ),
    # --- (6) 'x' with a digit
    (MX, None, "ad jingle for the bmw x5, 30 seconds", nws(30, takes=None)),
    (MX, None, "chiptune like mega man x3, 1 min", nws(60, takes=None)),
    (MX, None, "lofi beat 30s X3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "30 sec jingle 2X", new(duration=30, takes=2, ask_ok=True)),
    (MX, None, "song for my mom 1 min, love you x3 ❤️", nws(60, takes=None)),
    (MX, None, "song for my girlfriend 1 min, miss you x2 😘", nws(60, takes=None)),
    (MX, None, "lofi beat 30s x3. Thank you!", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "lofi beat 30s x2 😊", new(duration=30, takes=2, ask_ok=True)),
    # --- (7) locative counts
    (VA, None, "песня о трёх вариантах ответа, одна минута", nws(60, takes=None)),
    (VA, None, "сделай песню в трёх вариантах, одна минута", nws(60, takes=3)),
    (VA, None, "piosenka o dwóch wariantach losu, 2 minuty", nws(120, takes=None)),
    (VA, None, "zrób piosenkę w dwóch wariantach, 2 minuty", nws(120, takes=2)),
    (VA, None, "пісня про два варіанти долі, дві хвилини", nws(120, takes=None)),
    (VA, None, "bikin lagu 2 menit dengan 3 versi", nws(120, takes=3)),
    # --- (8) 'vers' in other languages
    (VE, None, "chanson de 2 min 30 vers la fin un solo de guitare", nws(150, takes=None)),
    (VE, None, "liedje van 2 minuten 30 vers en vrolijk", nws(150, takes=None)),
    (VE, None, "zenésítsd meg ezt a verset, 2 perc", nws(120, takes=None)),
    (VE, None, "egy 2 perces dal, 3 vers és refrén", nws(120, takes=None)),
    (VE, None, "låt 2 min 3 vers och refräng", nws(120, takes=None)),
    # --- (9) number words joined by 'and'
    (CO, None, "ein Lied von hundert und zwanzig Sekunden", new(duration_not=20, ask_ok=True)),
    (CO, None, "canzone di cento e venti secondi", new(duration_not=20, ask_ok=True)),
    (CO, None, "song of one hundred and twenty seconds", nws(120)),
    (CO, None, "uma música de cento e vinte segundos", nws(120)),
    (CO, None, "en sang på hundre og tjue sekunder", nw(120)),
    (CO, None, "canción de ciento veinte segundos", nws(120)),
    # --- (10) Cyrillic lyrics
    (
        RU,
        None,
        "Pop song, lyrics:\nЕё глаза, её улыбка\nи всё, что было до неё\nвесна придёт опять",
        sung("Её глаза", tags_text=["russian"], tags_text_not=["bulgarian"]),
    ),
    (
        RU,
        None,
        "Pop song, lyrics:\nТръгвам си от тук сега\nпътят е дълъг и студен\nно ще се върна пак",
        sung("Тръгвам си", tags_text=["bulgarian"], tags_text_not=["russian"]),
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
