"""Red-team probe (redteam57) of the router changes in 6e9be78 (c5e2ccf..6e9be78): 'without singing' said with the
verb where its clause ends and 'only instruments' (__init__.py _WITHOUT_SINGING), '歌のない' before a piece's noun;
_NOT_AFTER dropping a no-vocals word before 'と', '过', 'over', 'cracks', 'but rap'; account.py's 'no vocals' in the
tags only where read, 'no X without singing' asked (_NO_SUCH_THING); _clock_habits (a time in brackets, a timecode
on a whole frame, milliseconds); _NOT_TIME_BEFORE (episode, chapter, room numbers; 'um', 'alle', 'fm', 'às' whole
words); '1080p' (read.py _RESOLUTION); Hungarian case endings; Slovak 'a'; Latin 'cum'; '이 분 반'; '个别'; the glued
Latin reading only for the edit, extend and side tables. Hunting SILENT WRONG plans and needless questions on them.

FIGURES. First run on 6e9be78 (labels committed before it, b15c05e): 87 probes; OK 62, ASKED 11, SILENT WRONG 12
(7 new vs /tmp/rt57old/src = the router at c5e2ccf, before 6e9be78; 5 pre-existing), ERROR 2. The same probes on the
old router: OK 55, ASKED 19, SILENT WRONG 11, ERROR 2. Against it 6e9be78 turns 6 silent -> OK, 7 OK -> silent, 8
asked -> OK, 2 error -> OK, 1 OK -> error, 1 asked -> error and 1 OK -> asked; 5 silent and 10 asked on both.

New silent (vs the old router), by cause:
- _WITHOUT_SINGING read at a clause's end where 'without singing' is said of someone in the song (6), all '[inst]'
  with 'no vocals' in the tags, the piece named a pop song: French 'une chanson pop pour ceux qui dansent sans
  chanter, 1 minute' (for those who dance without singing), 'une chanson pop : je ne peux pas vivre sans chanter'
  (I can't live without singing); Polish 'piosenka pop o dniu bez śpiewania' (a song about a day without singing);
  Hebrew 'שיר פופ על ילד שלא יכול לחיות בלי לשיר' (a boy who can't live without singing); Hungarian 'egy popdal
  arról, hogy nem lehet élni éneklés nélkül' (about how one can't live without singing); Turkish 'bir pop şarkısı:
  hayat geçmez şarkı söylemeden' (life doesn't pass without singing). Want sung (or a question). (The clause's end
  is the only test; a verb of living/dancing, 'about'/'o'/'arról'/'על' before it, or 'song' (chanson, piosenka, dal,
  şarkı, שיר) as the piece are not weighed.)
- 'only instruments' of one part (1): Greek 'μόνο όργανα στην εισαγωγή και μετά φωνή, 1 λεπτό' (only instruments in
  the intro and then voice) is '[inst]', 'no vocals' in the tags. Want sung (or a question). ('only instruments in
  the intro, then vocals come in', 'solo strumenti nell'intro, poi entra la voce', 'tylko instrumenty na początku,
  potem wokal', '最初の10秒は楽器だけ、そのあと歌が入る', '前奏只有乐器，然后女声唱', '인트로는 악기만, 그 다음에 보컬' are right:
  'φωνή' (voice) is not read as a wish for vocals over it.)

New errors (a plan the server refuses, duration 0), both milliseconds read as the piece's length over a real one:
'a dub track with a 200ms delay on the snare, 1 min' (OK before) and 'latency under 10 ms matters, make a click
track at 120 BPM, 30 seconds' (asked before): InvalidInput '`duration` is 0'. Want 60 and 30 s; the milliseconds
are an effect's or a device's time, not a length. ('make a 15 second riser, the reverb tail should be 800 ms' and
'ein Beat, 90 Sekunden, Hall mit 300 ms Pre-Delay' ask what '0.8 s' / '0.3 s' are for: needless.)

Pre-existing silent (5): 'a love song without singing about love, 1 min' '[inst]' (want sung); 'a choir piece about
a monk who prayed without singing, 1 min' '[inst]' (a choir; want sung); 'rolig musikk uten synging, piano, 1
minutt' sung (Norwegian 'uten synging', the noun, not read; want '[inst]'); '歌のない曲が好きな彼女のためのラブソング、歌あり
で1分' '[inst]' (a love song, '歌あり' (with singing), for a girl who likes songs without singing; want sung);
'이 분 반짜리 발라드' (a two-and-a-half-minute ballad) has no duration (the new '이 분 반' is not read before '짜리'; want
150).

Asked where the plan was plain (11; 1 new): '20-ig számolós dal gyerekeknek, 1 perc' (a counting-to-20 song) asks
what 20 is (new: the Hungarian case ending now asked); on both: the ms above (2), '[Verse 2] regenerate the last 10
seconds' asks edit or extend (the bracketed section name), 'the episode is 45 minutes but I need a 30 second intro
for it' and 'a 30 second intro for my 1080p YouTube video' ask which track ('intro' read as an extension),
'chapter 2 starts at 1:30, make a 20 second transition sting', 'a 60p slow-motion edit, 30 second track', 'the theme
for a 45-minute episode, 1 minute long' ask what the length is for, 'เพลงประกอบตอนที่ 10 ยาว 1 นาที' asks what 10 is
('ตอนที่' not taken before '10' here), 'make a 15 second stinger for my stream at 1080p60' asks what 1080 is ('1080p'
glued to '60' not read as lines).

Right now and wrong before (6 silent -> OK, 8 asked -> OK, 2 error -> OK): 'une mélodie douce sans chanter, piano',
'muzyka do nauki bez śpiewania', 'only instruments, lo-fi', '溶けるようなアンビエント、楽器だけ' are '[inst]'; '歌のない世界を歌う
バラード' sung; 'fade out the end over 2000 ms' 2 s (3 before), 'fade out 2500ms'; '[00:01:30] to [00:01:40]', '[01:00]
to [01:10]', '00:01:00:00 to 00:01:10:00' regenerated; 'ep. 12', 'ch. 3', 'tập 8', 'епизод 21' no length; '2160p',
'480p' no length (errors before). Right on both include the LRC lyrics with bracketed times, 'salle 2', 'Raum 12',
'um 10 Sekunden', 'dalle 1:00 alle 1:10', 'de 1:00 às 1:10', 'som är 30 sekunder', 'um som 8-bit', 'egy pop dal, 2
percre', '30 másodpercig', '3 percben', '60-as évekbeli', 'na 2 a pol minúty' (150), 'summa cum laude', '이 분위기로',
'이 분 반응이', '个别地方', 'intro太长了，前10秒重做', the _NOT_AFTER ('over it', 'と', ', but rap-inspired') and 'no
problem/no rush ... without singing' instrumentals, the timecode with frames at 25 fps.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam57.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim)

L = 180.0

WS = "'without singing' with the verb at a clause's end in another sense (sung), and plainly (instrumental)"
OI = "'only instruments' of one part, with vocals wanted elsewhere (sung or asked; never silently [inst])"
NA = "_NOT_AFTER: a no-vocals word before 'と', 'over', 'but rap' that still means no vocals; _NO_SUCH_THING"
MS = "milliseconds in other senses (delay, attack, latency, pre-delay): no fade, no length; and a real fade"
BR = "a time in brackets: LRC lyrics lines (no edit) and an editor's bracketed times"
TC = "timecodes with frames, an fps given, whole frames"
EP = "episode/chapter/room words before a number, with a real length or time beside them"
TW = "time words 'um', 'alle', 'às', 'fm' as whole words; 'som' before a number"
RS = "a video's lines ('1080p', '720p', '60p') beside a real length"
HS = "Hungarian case endings on a number that is the length or something else; Slovak 'a'; Latin 'cum'"
KO = "'이 분 반' and '이 분' in other senses; '个别'; glued Latin in a follow-up; an age before a minute"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) without singing
    (WS, None, "a love song without singing about love, 1 min", nw(60, inst=False)),
    (WS, None, "una canción para el equipo, sin cantar victoria todavía, 1 minuto", nw(60, inst=False)),
    (WS, None, "une chanson pop pour ceux qui dansent sans chanter, 1 minute", nw(60, inst=False)),
    (WS, None, "une chanson pop : je ne peux pas vivre sans chanter, 1 minute", nw(60, inst=False)),
    (WS, None, "piosenka pop o dniu bez śpiewania, 1 minuta", nw(60, inst=False)),
    (WS, None, "en popsang om en fugl som ikke kan leve uten å synge, 1 minutt", nw(60, inst=False)),
    (WS, None, "שיר פופ על ילד שלא יכול לחיות בלי לשיר, דקה", nw(60, inst=False)),
    (WS, None, "egy popdal arról, hogy nem lehet élni éneklés nélkül, 1 perc", nw(60, inst=False)),
    (WS, None, "bir pop şarkısı: hayat geçmez şarkı söylemeden, 1 dakika", nw(60, inst=False)),
    (WS, None, "a choir piece about a monk who prayed without singing, 1 min", nw(60, inst=False)),
    (WS, None, "une mélodie douce sans chanter, piano, 1 minute", nws(60, inst=True)),
    (WS, None, "muzyka do nauki bez śpiewania, 2 minuty", nws(120, inst=True)),
    (WS, None, "rolig musikk uten synging, piano, 1 minutt", nws(60, inst=True)),
    (WS, None, "relaxing music without singing, piano, 1 min", nws(60, inst=True)),
    # --- (2) only instruments of one part
    (OI, None, "only instruments in the intro, then vocals come in, 1 min", nw(60, inst=False)),
    (OI, None, "solo strumenti nell'intro, poi entra la voce, 1 minuto", nw(60, inst=False)),
    (OI, None, "tylko instrumenty na początku, potem wokal, 1 minuta", nw(60, inst=False)),
    (OI, None, "最初の10秒は楽器だけ、そのあと歌が入る曲、1分", nw(60, inst=False)),
    (OI, None, "前奏只有乐器，然后女声唱，1分钟", nw(60, inst=False)),
    (OI, None, "인트로는 악기만, 그 다음에 보컬, 1분", nw(60, inst=False)),
    (OI, None, "μόνο όργανα στην εισαγωγή και μετά φωνή, 1 λεπτό", nw(60, inst=False)),
    (OI, None, "not only instruments but also a choir singing, 1 min", nw(60, inst=False)),
    (OI, None, "a song about a band that plays only instruments, sung by a male voice, 1 min", nw(60, inst=False)),
    (OI, None, "歌のない曲が好きな彼女のためのラブソング、歌ありで1分", nw(60, inst=False)),
    (OI, None, "歌のない世界を歌うバラード、1分", nws(60, inst=False)),
    (OI, None, "only instruments, lo-fi, 1 min", nws(60, inst=True)),
    (OI, None, "溶けるようなアンビエント、楽器だけ、1分", nws(60, inst=True)),
    # --- (3) _NOT_AFTER and _NO_SUCH_THING
    (NA, None, "a piano piece, no vocals over it, 1 min", nw(60, inst=True)),
    (NA, None, "ambient pad, just no vocals over the top, 2 min", nw(120, inst=True)),
    (NA, None, "歌なしとピアノだけの曲、1分", nw(60, inst=True)),
    (NA, None, "a chill beat, no vocals, but rap-inspired drums, 1 min", nw(60, inst=True)),
    (NA, None, "no problem, a track without singing for studying, 1 min", nws(60, inst=True)),
    (NA, None, "no rush, something without singing, 2 min", nws(120, inst=True)),
    (NA, None, "没有人声，过渡自然的钢琴曲，1分钟", nw(60, inst=True)),
    # --- (4) milliseconds
    (MS, None, "a dub track with a 200ms delay on the snare, 1 min", nws(60)),
    (MS, None, "latency under 10 ms matters, make a click track at 120 BPM, 30 seconds", nws(30)),
    (MS, None, "make a 15 second riser, the reverb tail should be 800 ms", nws(15)),
    (MS, None, "ein Beat, 90 Sekunden, Hall mit 300 ms Pre-Delay", nws(90)),
    (MS, L, "give the synth a 30 ms attack", {"tool_not": FREE, "ask_ok": True}),
    (MS, L, "the kick has a 200ms delay, fix it", {"tool_not": FREE, "ask_ok": True}),
    (MS, L, "fade out the end over 2000 ms", fade(2)),
    (MS, L, "fade out 2500ms", fade(2.5)),
    # --- (5) brackets
    (BR, None, "a pop song, 1 min, lyrics:\n[00:12.34] I walk alone\n[00:15.80] under the moon", nw(60, inst=False)),
    (BR, L, "regenerate [00:01:30] to [00:01:40]", inp(90, 100)),
    (BR, L, "[01:00] to [01:10] regenerate", inp(60, 70)),
    (BR, L, "[Verse 2] regenerate the last 10 seconds", inp(170, 180)),
    (BR, None, "[00:30] length, an upbeat jingle", nw(30)),
    # --- (6) timecodes
    (TC, L, "regenerate 00:00:42:12 to 00:00:58:00 at 25 fps", inp(42.48, 58, ask_ok=True)),
    (TC, L, "regenerate 00:01:00:00 to 00:01:10:00", inp(60, 70)),
    (TC, None, "a 00:00:30:00 spot for TV, upbeat", nw(30)),
    (TC, L, "regenerate 00:01:00 to 00:01:10", inp(60, 70)),
    # --- (7) episode / chapter / room
    (EP, None, "the episode is 45 minutes but I need a 30 second intro for it", nws(30)),
    (EP, None, "podcast ep. 12 intro, 15 seconds", nws(15)),
    (EP, None, "chapter 2 starts at 1:30, make a 20 second transition sting", nws(20)),
    (EP, L, "ch. 3 begins there; regenerate from 1:30 to 1:45", inp(90, 105)),
    (EP, None, "musique d'ambiance pour la salle 2, 3 minutes", nws(180)),
    (EP, None, "Hintergrundmusik für Raum 12, 90 Sekunden", nws(90)),
    (EP, None, "nhạc nền cho tập 8, dài 2 phút", nws(120)),
    (EP, None, "เพลงประกอบตอนที่ 10 ยาว 1 นาที", nws(60)),
    (EP, None, "музика за епизод 21, 2 минути", nws(120)),
    (EP, None, "the theme for a 45-minute episode, 1 minute long", nws(60)),
    (EP, L, "am Ende Raum für 10 Sekunden mehr schaffen", ext(0, 10, ask_ok=True)),
    # --- (8) time words, 'som'
    (TW, L, "verlängere das Ende um 10 Sekunden", ext(0, 10)),
    (TW, L, "rigenera dalle 1:00 alle 1:10", inp(60, 70)),
    (TW, L, "regenera de 1:00 às 1:10", inp(60, 70)),
    (TW, None, "gör en jingel som är 30 sekunder", nws(30)),
    (TW, None, "en jingel, som 30 sekunder ungefär", nws(30)),
    (TW, None, "um som 8-bit de videogame, 1 minuto", nws(60)),
    (TW, None, "lag en sang som varer 2 minutter", nws(120)),
    # --- (9) a video's lines
    (RS, None, "a 30 second intro for my 1080p YouTube video", nws(30)),
    (RS, None, "2160p video, 45 second outro", nws(45)),
    (RS, None, "a 60p slow-motion edit, 30 second track", nws(30)),
    (RS, None, "make a 15 second stinger for my stream at 1080p60", nws(15)),
    (RS, None, "a 480p retro video, 1 min chiptune", nws(60)),
    # --- (10) Hungarian, Slovak, Latin
    (HS, None, "egy pop dal, 2 percre", nws(120)),
    (HS, None, "30 másodpercig tartó jingle", nws(30)),
    (HS, None, "egy dal 3 percben", nws(180)),
    (HS, None, "egy 60-as évekbeli rock dal, 2 perc", nws(120)),
    (HS, None, "20-ig számolós dal gyerekeknek, 1 perc", nws(60, inst=False)),
    (HS, None, "pesnička na 2 a pol minúty", nws(150)),
    (HS, None, "a graduation song, summa cum laude, 1 min", nws(60)),
    # --- (11) Korean, 个别, glued, ages
    (KO, None, "이 분위기로 1분짜리 노래 만들어줘", nws(60)),
    (KO, None, "이 분 반응이 좋았던 스타일로 1분 노래", nws(60)),
    (KO, None, "이 분 반짜리 발라드", nws(150)),
    (KO, None, "一首情歌，个别地方用钢琴，1分钟", nws(60, inst=False)),
    (KO, L, "这首歌intro太长了，前10秒重做", inp(0, 10)),
    (KO, None, "أغنية لطفل عمره ثلاث سنوات، دقيقة", nws(60)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
