"""Red-team probe (redteam58) of the router changes in 813fc36 (6e9be78..813fc36: 2f20d8e, a2396ca, 13fe317,
813fc36): 'without singing' with the verb read only when said of the piece asked for, at most two words after its
noun (__init__.py _without_singing, _PIECE_BEFORE); English 'without singing' out of the cue table, back for 'a track
without singing for studying' and 'something without singing' (13fe317: 'for'/'pour'/'para'/... after it, 'something',
'quelque chose', 'algo', 'etwas', 'noe', ... as the piece); milliseconds read only near a fade (account.py
_milliseconds, _FADE_NEAR); Tamil 'வோகல் இல்லாமல்'; the shared glued-letter pattern (quick.GLUED_LETTER); Chinese
'don't' (cues.DONT_BIE); 'not instrumental' in Dutch, Czech, Polish, the Nordic languages and French 'pas d''/'plus
d''; Greek 'φωνή'/'όχι', Japanese '歌あり'; the multiplier's checks (account._multiplies_the_request). Hunting SILENT
WRONG plans, errors and needless questions on them and their neighbours.

FIGURES. First run on 813fc36 (labels committed before it, 648a5af): 82 probes; OK 35, ASKED 18, SILENT WRONG 29
(18 new vs /tmp/a6e9be78/src = the router at 6e9be78, before the target; 11 pre-existing), ERROR 0. The same probes
on the old router: OK 48, ASKED 12, SILENT WRONG 22, ERROR 0. Against it 813fc36 turns 10 silent -> OK, 1 silent ->
asked, 18 OK -> silent and 5 OK -> asked; 25 OK, 12 asked and 11 silent on both.

New silent (vs the old router), by cause:
- _PIECE_BEFORE (2f20d8e) drops plain instrumental requests (16 of the 18), all sung with the 'without singing'
  words left in the tags ('..., without singing', 'sin cantar', 'ohne singen'), no question. 'Without singing' (verb)
  is now read only with a piece's noun at most two words before it and nothing else between; the old router read it
  at any clause's end, and English 'without singing' was in the cue table. It misses the commonest shapes: a comma
  list ('lo-fi hip hop for studying, chill, without singing, 2 min'; 'epic orchestral trailer music, cinematic,
  without singing, 1 min'; 'background music for my cooking video, upbeat, without singing, 90 seconds'; 'I need
  something calm to fall asleep to, without singing, 3 minutes'; 'música tranquila para estudiar, sin cantar, 2
  minutos' (calm music for studying, without singing); 'une musique d'ambiance douce, sans chanter, 2 minutes' (soft
  ambient music); 'musica rilassante per studiare, senza cantare, 2 minuti'; 'entspannte Klaviermusik zum
  Einschlafen, ohne Singen, 2 Minuten' (relaxing piano music for falling asleep); 'spokojna muzyka do nauki, bez
  śpiewania, 2 minuty' (calm music for studying); 'música calma para dormir, sem cantar, 2 minutos' (calm music for
  sleeping); 'rustige achtergrondmuziek voor een video, zonder zingen, 1 minuut' (calm background music for a video);
  'muzică liniștită pentru studiu, fără cântat, 2 minute' (quiet music for study); 'ήρεμη μουσική για ύπνο, απαλή,
  χωρίς τραγούδι, 2 λεπτά' (calm music for sleep, soft); 'מוזיקה רגועה ללימודים, בלי לשיר, 2 דקות' (calm music for
  studying, without singing)), a noun not in its list ('a cozy café jazz vibe without singing, 2 min'; compounds
  'Klaviermusik', 'achtergrondmuziek'; Romanian 'muzică', Hebrew 'מוזיקה'), or three words after the noun ('un beat
  de trap oscuro sin cantar, 1 minuto': a dark trap beat without singing). Want '[inst]' in all.
- Tamil 'வோகல் இல்லாமல்' (a2396ca) said of a part (1): 'பெண் குரலில் ஒரு பாட்டு, intro மட்டும் வோகல் இல்லாமல், 1
  நிமிடம்' (a song in a female voice, only the intro without vocals) is '[inst]', 'no vocals' in the tags. Want sung
  (or a question). The new word is read for the whole piece; 'குரலில்' (in a voice) is not an _A_VOICE word, so
  nothing asks. ('intro மட்டும்' is not weighed.)
- Milliseconds beside a fade word _FADE_NEAR lacks (1): Polish 'wycisz końcówkę przez 2000 ms' (fade out the end over
  2000 ms) is fade_out_s 3.0, the default, silently; the old router made it 2. '2000 ms' is no longer read and no
  question is asked about it. _FADE_NEAR has no Polish 'wycisz/wygasz', Swedish 'tona ut', Greek 'σβήσιμο', Thai
  'เฟด' (all fade words in the cue table); the other three ask (below).

Pre-existing silent (11, on both): French 'lo-fi sans chanter pour réviser, 2 minutes' and 'une berceuse sans chanter
pour bébé, 1 minute' (a lullaby without singing for baby) sung: 13fe317's 'pour' is read but 'lo-fi' and 'berceuse'
are not pieces; 'rolig bakgrunnsmusikk til studier, uten synging, 2 minutter' sung (comma, and the compound
'bakgrunnsmusikk'); 'etwas Ruhiges ohne Singen zum Lernen, 2 Minuten' sung ('zum', not 'für', after it); 'något
lugnt utan att sjunga' and 'noe rolig uten å synge' sung (the infinitive marker 'att'/'å' is not allowed between);
'a cheerful song about a grandma who never does anything without singing, 1 min' '[inst]' (13fe317's 'anything' as
the piece; want sung); 'a hip hop track without singing for once, just rap verses about the city, 1 min' '[inst]'
(13fe317's 'for' read; 'rap verses' not weighed; want rapped lyrics); Tamil plural 'வோகல்ஸ் இல்லாமல் ஒரு அமைதியான
பாட்டு' and 'எபிசோட் 6க்கு podcast jingle, வோகல் வேண்டாம், 15 வினாடி' sung (the a2396ca word has no plural and no
'வேண்டாம்' (don't want) form); Telugu 'వోకల్ లేకుండా ఒక లోఫై బీట్' sung (the table has only plural 'వోకల్స్ లేకుండా':
the same one-k/singular gap a2396ca closed for Tamil).

Asked where the plan was plain (18; 5 new): new, all milliseconds no longer read away from a fade word: 'cut the
first 500ms, there's a click' and 'corta los primeros 300 ms, hay un clic' ask edit or extend (a trim's ms: trim_start
0.3/0.5 before); 'tona ut slutet under 1500 ms' and 'σβήσιμο στο τέλος σε 3000 ms' ask what 1500/3000 is;
'เฟดเอาท์ตอนท้าย 2000 ms' asks edit or extend. On both: 'a 1 minute house track with 500ms sidechain pumping and a
fade out at the end' and 'a 2 min ambient piece, reverb pre-delay 40 ms, slow fade in' ask what 0.5 s / 0.04 s are
(an effect's ms within 32 characters of 'fade' still read as seconds); 'ein 90 Sekunden Beat, Delay 375 ms' asks what
375 is (the ms, now left as written, then asked); 'a beat without singing for a rapper to record over' asks about
'rapper'; 'make 3 metro boomin type beats, 30s each' asks what 3 is; 'a 30 second intro for my car channel, this week
the bmw x5' asks which track ('intro' read as an extension); 'a 1 min boss theme like mega man x3' asks about 'x3'
(lower case: not taken for a name); 'lofi beat 30s x3', 'Trap Beat 30 Sec X3', '15 second jingle 2X', 'a 30s
jingle x3. thanks!', 'redo 0:10-0:20 x2' ask whether 'xN' is N takes: the router asks this by design on both
builds, so these five labels (takes=N, no question) were stricter than the router's contract; a question on 'x3' is
defensible and they are not counted as clear misses here. Also new and asked (was silent '[inst]'): "une chanson
pop, 2 minutes, avec plus d'instrumental que de chant" (more instrumental than singing) asks whether it should be
sung: 'plus d'' is read as 'no more'; the label wanted a sung plan with no question.

Right now and wrong before (10): 'موسيقى هادئة للدراسة من غير أي غناء', 'algo tranquilo sin cantar para estudiar',
'வோகல் இல்லாமல் ஒரு lo-fi பாட்டு', 'வோகல் இல்லாத பின்னணி இசை' are '[inst]'; 'a song about a choir that went a whole
year without singing', 'uma canção sobre uma avó que não faz nada sem cantar' sung; 'geen instrumentaal nummer',
'niet instrumentaal graag', 'inget instrumentalt', 'žádná instrumentálka' asked (were '[inst]'). Right on both include
'a track without singing for my yoga class', 'quelque chose de doux sans chanter', 'qualcosa di tranquillo senza
cantare', 'a pop song without singing for the first 30 seconds, then the chorus kicks in' (asked), 'a ballad without
singing for the intro, then a soft female voice' (sung, though 'without singing' stays in its tags), 'fade in the
first 800 ms', Greek 'όχι φωνή' and 'όχι ορχηστρικό ... φωνή', '歌ありはいらない、インストで1分', '别要人声，纯音乐', '不要做成
纯音乐，要有女声' (asked), '送别纯音乐', 'Mega Man X3' (capital: a name), the Czech '3x' in an earlier sentence, '加个10秒的
intro', 'intro를 10초 늘려줘', 'ขอเพลงinstrumental', 'lofiのインスト曲'.

No label was changed after the run (the five 'xN' labels above are stricter than the router's design; kept).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam58.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim, free)

L = 180.0

WP = "'without singing' (verb) plainly meaning instrumental, the piece's noun far, after a comma, or glued (inst)"
WF = "'without singing' + 'for'/'pour'/'para' and 'something': a piece for a use (inst), or a part or a story (sung)"
MS = "milliseconds: a trim's, a fade's in languages whose fade word is not in _FADE_NEAR, an effect's near a fade"
TA = "Tamil 'வோகல்' and its neighbours (plural, 'வேண்டாம்', Telugu singular), a voice wanted for a part"
NV = "'not instrumental' (Dutch, Nordic, Czech, Polish, French 'plus d''), Greek 'όχι'/'φωνή', '歌あり', Chinese '别'"
MX = "the multiplier: a length before it, a name's X (capital or typed lower case), the last sentence"
GL = "Latin glued to Thai, kana, Han, Hangul (quick.GLUED_LETTER); a count before a unit-like name"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'without singing' plainly instrumental, no piece's noun within two words before it
    (WP, None, "lo-fi hip hop for studying, chill, without singing, 2 min", nws(120, inst=True)),
    (WP, None, "epic orchestral trailer music, cinematic, without singing, 1 min", nws(60, inst=True)),
    (WP, None, "background music for my cooking video, upbeat, without singing, 90 seconds", nws(90, inst=True)),
    (WP, None, "I need something calm to fall asleep to, without singing, 3 minutes", nws(180, inst=True)),
    (WP, None, "a cozy café jazz vibe without singing, 2 min", nws(120, inst=True)),
    (WP, None, "música tranquila para estudiar, sin cantar, 2 minutos", nws(120, inst=True)),
    (WP, None, "un beat de trap oscuro sin cantar, 1 minuto", nws(60, inst=True)),
    (WP, None, "une musique d'ambiance douce, sans chanter, 2 minutes", nws(120, inst=True)),
    (WP, None, "lo-fi sans chanter pour réviser, 2 minutes", nws(120, inst=True)),
    (WP, None, "une berceuse sans chanter pour bébé, 1 minute", nws(60, inst=True)),
    (WP, None, "musica rilassante per studiare, senza cantare, 2 minuti", nws(120, inst=True)),
    (WP, None, "entspannte Klaviermusik zum Einschlafen, ohne Singen, 2 Minuten", nws(120, inst=True)),
    (WP, None, "spokojna muzyka do nauki, bez śpiewania, 2 minuty", nws(120, inst=True)),
    (WP, None, "música calma para dormir, sem cantar, 2 minutos", nws(120, inst=True)),
    (WP, None, "rustige achtergrondmuziek voor een video, zonder zingen, 1 minuut", nws(60, inst=True)),
    (WP, None, "muzică liniștită pentru studiu, fără cântat, 2 minute", nws(120, inst=True)),
    (WP, None, "ήρεμη μουσική για ύπνο, απαλή, χωρίς τραγούδι, 2 λεπτά", nws(120, inst=True)),
    (WP, None, "מוזיקה רגועה ללימודים, בלי לשיר, 2 דקות", nws(120, inst=True)),
    (WP, None, "rolig bakgrunnsmusikk til studier, uten synging, 2 minutter", nws(120, inst=True)),
    (WP, None, "موسيقى هادئة للدراسة من غير أي غناء، دقيقتين", nws(120, inst=True)),
    # --- (2) 'for' after it, 'something' before it
    (WF, None, "a track without singing for my yoga class, 2 min", nws(120, inst=True)),
    (WF, None, "a beat without singing for a rapper to record over, 1 min", nws(60, inst=True)),
    (WF, None, "quelque chose de doux sans chanter, 2 minutes", nws(120, inst=True)),
    (WF, None, "etwas Ruhiges ohne Singen zum Lernen, 2 Minuten", nws(120, inst=True)),
    (WF, None, "algo tranquilo sin cantar para estudiar, 2 minutos", nws(120, inst=True)),
    (WF, None, "qualcosa di tranquillo senza cantare, per studiare, 2 minuti", nws(120, inst=True)),
    (WF, None, "något lugnt utan att sjunga, 2 minuter", nws(120, inst=True)),
    (WF, None, "noe rolig uten å synge, 2 minutter", nws(120, inst=True)),
    (WF, None, "a cheerful song about a grandma who never does anything without singing, 1 min", nw(60, inst=False)),
    (
        WF,
        None,
        "a pop song without singing for the first 30 seconds, then the chorus kicks in, 2 min",
        nw(120, inst=False),
    ),
    (WF, None, "a ballad without singing for the intro, then a soft female voice, 3 min", nw(180, inst=False)),
    (WF, None, "a hip hop track without singing for once, just rap verses about the city, 1 min", nw(60, inst=False)),
    (WF, None, "a song about a choir that went a whole year without singing, 1 min", nw(60, inst=False)),
    (WF, None, "uma canção sobre uma avó que não faz nada sem cantar, 1 minuto", nw(60, inst=False)),
    (WF, None, "ein Lied über einen Vogel, der nicht ohne Singen leben kann, 1 Minute", nw(60, inst=False)),
    # --- (3) milliseconds
    (MS, L, "cut the first 500ms, there's a click", trim(start=0.5)),
    (MS, L, "corta los primeros 300 ms, hay un clic", trim(start=0.3)),
    (MS, L, "wycisz końcówkę przez 2000 ms", fade(2)),
    (MS, L, "tona ut slutet under 1500 ms", fade(1.5)),
    (MS, L, "σβήσιμο στο τέλος σε 3000 ms", fade(3)),
    (MS, L, "เฟดเอาท์ตอนท้าย 2000 ms", fade(2)),
    (MS, L, "fade in the first 800 ms", free(fade_in_s=0.8)),
    (MS, None, "a 1 minute house track with 500ms sidechain pumping and a fade out at the end", nws(60)),
    (MS, None, "a 2 min ambient piece, reverb pre-delay 40 ms, slow fade in", nws(120)),
    (MS, None, "ein 90 Sekunden Beat, Delay 375 ms", nws(90)),
    # --- (4) Tamil and neighbours
    (TA, None, "வோகல் இல்லாமல் ஒரு lo-fi பாட்டு, 1 நிமிடம்", nws(60, inst=True)),
    (TA, None, "வோகல்ஸ் இல்லாமல் ஒரு அமைதியான பாட்டு, 2 நிமிடம்", nws(120, inst=True)),
    (TA, None, "எபிசோட் 6க்கு podcast jingle, வோகல் வேண்டாம், 15 வினாடி", nws(15, inst=True)),
    (TA, None, "வோகல் இல்லாத பின்னணி இசை, 1 நிமிடம்", nws(60, inst=True)),
    (TA, None, "వోకల్ లేకుండా ఒక లోఫై బీట్, 1 నిమిషం", nws(60, inst=True)),
    (TA, None, "பெண் குரலில் ஒரு பாட்டு, intro மட்டும் வோகல் இல்லாமல், 1 நிமிடம்", nw(60, inst=False)),
    # --- (5) not instrumental, voices, '歌あり', '别'
    (NV, None, "une chanson pop, 2 minutes, avec plus d'instrumental que de chant", nws(120, inst=False)),
    (NV, None, "geen instrumentaal nummer, maar een liedje met zang, 2 minuten", nw(120, inst=False)),
    (NV, None, "niet instrumentaal graag, met een mannenstem, 1 minuut", nw(60, inst=False)),
    (NV, None, "ingen instrumental, jeg vil ha sang med tekst, 1 minutt", nw(60, inst=False)),
    (NV, None, "inget instrumentalt, en låt med sång, 1 minut", nw(60, inst=False)),
    (NV, None, "en rolig sang, ingen instrumental intro, bare direkte på vokal, 1 minut", nw(60, inst=False)),
    (NV, None, "žádná instrumentálka, chci písničku se zpěvem, 1 minuta", nw(60, inst=False)),
    (NV, None, "żadnego instrumentalu, chcę piosenkę z wokalem, 1 minuta", nw(60, inst=False)),
    (NV, None, "ένα ποπ τραγούδι, όχι ορχηστρικό, με γυναικεία φωνή, 1 λεπτό", nw(60, inst=False)),
    (NV, None, "ορχηστρικό κομμάτι για διάβασμα, όχι φωνή, 2 λεπτά", nws(120, inst=True)),
    (NV, None, "歌ありはいらない、インストで1分", nws(60, inst=True)),
    (NV, None, "インストじゃなくて歌ありで、1分のポップス", nw(60, inst=False)),
    (NV, None, "别要人声，纯音乐，1分钟", nws(60, inst=True)),
    (NV, None, "不要做成纯音乐，要有女声，1分钟", nw(60, inst=False)),
    (NV, None, "别弄纯音乐了，这次要有人唱，1分钟", nw(60, inst=False)),
    (NV, None, "送别纯音乐，钢琴，2分钟", nws(120, inst=True)),
    # --- (6) the multiplier
    (MX, None, "lofi beat 30s x3", nws(30, takes=3)),
    (MX, None, "Trap Beat 30 Sec X3", nws(30, takes=3)),
    (MX, None, "15 second jingle 2X", nws(15, takes=2)),
    (MX, None, "a 30s jingle x3. thanks!", nws(30, takes=3)),
    (MX, None, "a 1 min boss theme like in Mega Man X3", nws(60, takes=None)),
    (MX, None, "a 1 min boss theme like mega man x3", nws(60, takes=None)),
    (MX, None, "a 30 second intro for my car channel, this week the bmw x5", nws(30, takes=None)),
    (MX, None, "a 20 second radio jingle. We air it 3x.", nw(20, takes=None)),
    (MX, None, "Školní představení hrajeme 3x. Udělej k němu minutovou znělku.", nws(60, takes=None)),
    (MX, L, "redo 0:10-0:20 x2", inp(10, 20, takes=2)),
    # --- (7) glued Latin
    (GL, L, "给这首歌加个10秒的intro", ext(10, 0)),
    (GL, L, "intro를 10초 늘려줘", ext(10, 0, ask_ok=True)),
    (GL, None, "ขอเพลงinstrumental 1 นาที", nws(60, inst=True)),
    (GL, None, "lofiのインスト曲、2分", nws(120, inst=True)),
    (GL, None, "make 3 metro boomin type beats, 30s each", nws(30, takes=3)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
