"""Red-team probe (redteam53) of the router changes in 094478f (the gendered and case forms CLDR's RBNF gives through
unicode-rbnf for bg cs el hr lt pl ru sk sr uk as number words: Russian 'сорока', 'ста', 'трех', 'пятью', Polish
'stu', 'trzech', 'dwóch', Serbian Cyrillic, Greek 'τρεις') and 38052ad (read.py _composed_before: a run of number
words before a unit composes when it holds a hundred or is tens 'and' units; _number_after joins unit-first Swahili
parts with 'na'; _AND_WORDS gains 'na', 'at', 'lẻ', 'linh'; account.py _MULTIPLIER only ending the request's last
clause, _ANOTHER_SENTENCE / _COURTESY; _MARKER_ENDS_A_LINE needing every word of the marker to name a section and no
digit after it; lang.py COUNTED gaining 'varianty', 'variante', 'változat', 'versi', 'versies', 'versjoner', 'verzen',
'verses', 'strof', 'куплет'; Italian 'versi' asked, _VERSI / _ITALIAN_WORDS; _uninvert's _SECONDS_NEXT; Bulgarian
lyrics by 'ъ' and words, __init__.py _within_script), hunting SILENT WRONG plans and questions asked where the answer
was plain, on new ground: case forms that are counts or ordinary words ('о двух вариантах судьбы', 'o dwóch
wersjach prawdy', 'сорока' the magpie, 'Trzech Króli'); a hundred word that is a name or another word before number
words ('Stu', 'Cem', '50 Cent', 'isang daan' a road, 'trăm năm' a hundred years, Italian 'sto'); 'and' between two
different amounts ('twenty and five seconds to the start and the end' in en de ru uk pl cs fr it tr hu nl; 'ze stu
na dziewięćdziesiąt', Swahili 'sekunde 20 na 5'); an 'x' with a digit before a comma, a full stop or a new line
('Nord Lead 2X,', 'BMW X5,', 'Final Fantasy X2.', 'x3! make it chill', 'x3\\nmake it chill'); Italian 'versi'
without the Italian words the list holds and Indonesian 'versi' beside them; 'verses', 'куплета', 'strofy',
'estrofas' after minutes; a marker ending a line followed by lyrics holding a digit ('[Verse 2]', '17', '1, 2, 3,
4'), markers of more words ('[Verse - male]', '[Pre-Chorus]'), markers in requests with no lyrics; minutes then their
seconds with no unit after; Bulgarian lyrics against Russian ('тук-тук') and Serbian.

FIGURES. First run on 38052ad (labels committed before it, f3099ff): 117 probes; OK 70, ASKED 19, SILENT WRONG 24
(12 new vs /tmp/old6d/src = the router at 6d96b84, before 094478f and 38052ad; 12 pre-existing), ERROR 4. The same
probes on the old router: OK 80, ASKED 14, SILENT WRONG 23, ERROR 0. Against it the two commits turn 7 silent -> OK,
4 silent -> asked, 4 asked -> OK, 11 OK -> silent, 1 asked -> silent, 7 OK -> asked, 3 OK -> error and 1 asked ->
error.

New silent (vs the old router), by cause:
- 38052ad's _MARKER_ENDS_A_LINE (5): the new guards ('every word of the marker names a section', 'no digit after
  it') turn the request-line marker off for real lyrics, and the first stanza is silently dropped (the lyrics start
  at the next marker at a line's start): a digit anywhere after it, a section's number or a length after the lyrics
  ('rock ballad [Verse 1]\nI walked alone through the rain\n…[Chorus]\n…\n[Verse 2]\n…' sings from '[Chorus]';
  'ballad [Verse]\nyour light in the window\n…\n[Chorus]\nhold me close\n\n3 minutes please' sings only '[Chorus]\nhold
  me close'; 'Lullaby for my son [Verse]\nsleep now little one\n…\n[Chorus]\nhush hush, 1 2 3' sings only the chorus,
  and tags it 'swahili vocal'); a marker of more words than a section's name ('duet, 2 min [Verse - male]\nI saw you
  by the station\n…\n[Chorus - both]\nwe are the light': 'male' names no section, the first verse goes into the tags)
  or a hyphenated one the word split breaks ('pop song [Pre-Chorus]\ncan you feel it now\n[Chorus]\nwe are alive':
  'Pre' alone matches no section). All OK before.
- 38052ad's _composed_before on a hundred word that is a name or another word before number words (3): 'a birthday
  song for stu thirty seconds long' 130 s (Polish 'stu'; was OK), 'happy birthday jingle for Cem thirty seconds' 130
  s (Portuguese 'cem'; was asked), 'canzone per quando sto trenta secondi sotto la doccia' 130 s (Italian 'sto', I am;
  was OK). (The same composition makes 4 ERRORs, below.)
- 38052ad's _MULTIPLIER lookahead (2): a count of takes followed by a courtesy word or mark it lacks is no longer
  read, and no question is asked: 'lofi beat 30s x3 thx!', '30s lofi beat 3x 🙏' (takes None; both asked before).
  ('lofi beat 30s x3! make it chill' and 'lofi beat 30s x3\nmake it chill' are asked, for a track to work on ('make
  it' read as an edit), which their labels allow.)
- 38052ad's _composed_before, tens 'and' units, on two amounts said respectively (1): 'обрежь тридцать и пять секунд в
  начале и в конце' trims 35 s at both ends (want 30 and 5, or a question; was OK). (English 'cut thirty and five
  seconds from the start and the end' did the same before these commits; 'add twenty and five seconds … to the start
  and the end' in en de ru uk pl cs fr it tr hu nl no, and the Swahili 'sekunde 20 na 5', are right or asked.)
- 38052ad's Bulgarian words in _within_script (1): Russian lyrics with 'тук-тук' ('Тук-тук, стучит сердце,\nтук-тук,
  открой дверь,\n…\nи снег идёт теперь') are tagged 'bulgarian vocal' ('тук' is in the Bulgarian list; the 'ё' only
  Russian writes is not counted). Was Russian.

Errors (4, new): the composition of a hundred word with the number words after it makes a length over an hour, and
plan() raises InvalidInput ('`duration` is 6120 but a track can be at most 3600 s') instead of planning or asking: 'a
beat like 50 cent two minutes' (102 min; was asked), Tagalog 'kanta tungkol sa isang daan tatlong minuto' ('isang
daan', a road: 103 min), Vietnamese 'bài hát tình yêu trăm năm ba phút' ('trăm năm', a hundred years: 108 min), 'bài
hát mừng kỷ niệm một trăm năm hai phút' (107 min). The three were OK before.

Pre-existing silent (12):
- 'cut thirty and five seconds from the start and the end' trims 35 s at both ends.
- Counts in case forms with 'w/в' not read as takes: 'zrób piosenkę w trzech wersjach, 2 minuty', 'сделай песню в
  двух вариантах, две минуты' (takes None on both builds).
- 'rock jingle 20 seconds x2. Energetic guitars.' (takes None, no question: a multiplier before another sentence).
- Italian 'con 3 versi' ending the request read as takes, the _VERSI guard notwithstanding: 'base rap 2 min con 3
  versi', 'una base rap di 2 minuti con 3 versi' (takes 3; the second holds 'minuti', an Italian word on the list).
- Minutes then a count of verses in words COUNTED lacks, read as m:ss: 'Lied 2 Minuten 3 Strophen', 'sang 2 min 3
  vers og refreng' (123 s).
- A line-end marker in a request with no lyrics (its next line sung): 'Make an upbeat pop song [Chorus]\nabout summer
  and friends', 'Write lyrics with a verse and a [chorus]\nTopic: my dog Max', 'Song idea, structure below
  [Verse]\nupbeat, catchy, female vocal' (the new digit guard helps only when a length follows).
- _uninvert: "пісня на дві хвилини сорок п'ять" is 2405 s (the unit-less seconds after the tens and units).

Asked where the plan was plain (19):
- 38052ad's _MULTIPLIER lookahead now taking ',' and '.' after the digit (5 new, OK before): products and games
  'chiptune like Mega Man X3, 1 min', 'synthwave with a Nord Lead 2X, 30 seconds', 'ad jingle for the BMW X5, 30
  seconds', 'track inspired by Final Fantasy X2. 2 minutes' (the next sentence starts with a digit, so
  _ANOTHER_SENTENCE misses it), and a structure 'pop song 1 min, chorus x2.'. ('metal riff through a Line 6 POD X3, 1
  min' and 'love you x2!' are asked on both builds.)
- 38052ad's digit guard on a line-end marker (2 new, OK before): 'pop song [Verse]\nwe were 17 and free\n…' and "punk
  song [Chorus]\n1, 2, 3, 4, let's go!\n…" now read the lyrics' digits as the request's and ask about them.
- Words for verses after minutes, now COUNTED (4, silent 123 s before, asked now: a question where none was due, no
  longer a silent m:ss): 'pop song 2 min 3 verses 1 chorus', 'piosenka 2 minuty 3 strofy i refren', 'píseň 2 minuty 3
  strofy', and Indonesian 'bikin lagu 2 menit 2 versi buat kafe Pizza della Mamma' (versions; 'della' makes it
  Italian verses). Asked on both: 'rock song, 3 minutes, 2 verses and a chorus', 'песня 2 минуты 3 куплета', 'canción
  de 2 minutos con 3 estrofas', "canzone d'amore, 3 versi e un ritornello, 2 minuti", 'песня на две минуты, три
  куплета и припев' (asked about '3 min').
- 'a beat like 50 cent thirty seconds long' (asked about '50' on both).

Right now and wrong before (7 silent -> OK): Serbo-Croatian 'trideset i pet sekundi' 35 s, Tagalog 'isang daan at
tatlumpung segundo' 130 s, Vietnamese 'một trăm linh năm giây' 105 s, "пісня на дві хвилини сорок, весела" 160 s,
'lofi beat 30s x3, thanks' (takes 3), and two Bulgarian lyrics (by 'ъ' and 'обичам'); asked -> OK: the Russian and
Polish ranges in case forms ('с двадцати пяти до сорока секунд', 'со ста двадцати до ста сорока', 'od stu
dwudziestu do stu czterdziestu'), 'miss u x3 :)'. The case forms as ordinary words or counts of other things ('о
двух вариантах судьбы', 'o dwóch wersjach prawdy', 'для трех вокалистов', 'сорока минуту трещала', 'Trzech Króli',
'для трехсот спартанцев', 'τρεις φίλους') and Serbian lyrics with 'беше' were all right.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam53.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK)

L = 180.0

TA = "'and' between two different amounts (respectively): the two amounts, or asked; never one composed"
TG = "tens 'and' units that are one number in their language: the number"
HN = "a hundred word that is a name or another word before number words: the length said"
NA = "'na' joining two amounts ('from 100 to 90', Swahili digits): the amounts said"
NS = "Swahili, Tagalog, Vietnamese compositions said plainly: the number"
CF = "case forms that are counts of something else or ordinary words: no takes, the length"
CP = "case forms said plainly in ranges, counts and lengths: the value"
MX = "an 'x' with a digit that is no multiplier (products, games, emphasis, structure): planned, no question"
MA = "a multiplier followed by more words, a new line or thanks: the takes, or asked"
VI = "'versi' (Italian verses / Indonesian versions) and words for verses after minutes: takes only for versions"
MK = "a section marker ending the request's line: the lyrics after it when there are lyrics, none otherwise"
UN = "minutes then their seconds in words with no unit after (_uninvert): the length"
BG = "Cyrillic lyrics: Bulgarian against Russian, Serbian: the vocal language in the tags"


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'and' between two different amounts
    (TA, L, "add twenty and five seconds of silence to the start and the end", ext(20, 5, ask_ok=True)),
    (TA, L, "füge zwanzig und fünf Sekunden Stille am Anfang und am Ende hinzu", ext(20, 5, ask_ok=True)),
    (TA, L, "добавь двадцать и пять секунд тишины в начало и в конец", ext(20, 5, ask_ok=True)),
    (TA, L, "додай двадцять і п'ять секунд тиші на початок і в кінець", ext(20, 5, ask_ok=True)),
    (TA, L, "dodaj dwadzieścia i pięć sekund ciszy na początku i na końcu", ext(20, 5, ask_ok=True)),
    (TA, L, "přidej dvacet a pět sekund ticha na začátek a na konec", ext(20, 5, ask_ok=True)),
    (TA, L, "ajoute vingt et cinq secondes de silence au début et à la fin", ext(20, 5, ask_ok=True)),
    (TA, L, "aggiungi venti e cinque secondi di silenzio all'inizio e alla fine", ext(20, 5, ask_ok=True)),
    (TA, L, "başa ve sona yirmi ve beş saniye sessizlik ekle", ext(20, 5, ask_ok=True)),
    (TA, L, "adj hozzá húsz és öt másodperc csendet az elejéhez és a végéhez", ext(20, 5, ask_ok=True)),
    (TA, L, "voeg twintig en vijf seconden stilte toe aan het begin en het einde", ext(20, 5, ask_ok=True)),
    (TA, L, "legg til tjue og fem sekunder stillhet i starten og slutten", ext(20, 5, ask_ok=True)),
    (TA, L, "cut thirty and five seconds from the start and the end", trim(30, 5, ask_ok=True)),
    (TA, L, "обрежь тридцать и пять секунд в начале и в конце", trim(30, 5, ask_ok=True)),
    (TA, None, "two jingles please, thirty and five seconds long", new(duration_not=35, ask_ok=True)),
    # --- (2) tens 'and' units that are one number
    (TG, None, "canción de treinta y cinco segundos", nws(35)),
    (TG, None, "pjesma od trideset i pet sekundi", nws(35)),
    (TG, None, "un cântec de treizeci și cinci de secunde", nws(35)),
    (TG, None, "uma música de trinta e cinco segundos", nws(35)),
    (TG, L, "перепиши между сорока и пятьюдесятью секундами", inp(40, 50, ask_ok=True)),
    (TG, L, "перепиши кусок между тридцатью и сорока пятью секундами", inp(30, 45, ask_ok=True)),
    # --- (3) a hundred word that is a name or another word
    (HN, None, "a birthday song for stu thirty seconds long", nws(30)),
    (HN, None, "happy birthday jingle for Cem thirty seconds", nws(30)),
    (HN, None, "a beat like 50 cent thirty seconds long", nws(30)),
    (HN, None, "a beat like 50 cent two minutes", nws(120)),
    (HN, None, "kanta tungkol sa isang daan tatlong minuto", nw(180)),
    (HN, None, "bài hát tình yêu trăm năm ba phút", nw(180)),
    (HN, None, "bài hát mừng kỷ niệm một trăm năm hai phút", nw(120)),
    (HN, None, "canzone per quando sto trenta secondi sotto la doccia", new(duration_not=130, ask_ok=True)),
    (HN, L, "slow it down to a hundred at thirty seconds in", ASK),
    (HN, None, "a song about the Hundred Years War two minutes", nws(120)),
    (HN, None, "jingle dla stu osób na weselu, 30 sekund", nws(30, takes=None)),
    # --- (4) 'na' joining two amounts
    (NA, 100.0, "skróć ten utwór ze stu na dziewięćdziesiąt sekund", trim(end=10, ask_ok=True)),
    (NA, 100.0, "skráť skladbu zo sto na deväťdesiat sekúnd", trim(end=10, ask_ok=True)),
    (NA, 100.0, "skrati pjesmu sa sto na devedeset sekundi", trim(end=10, ask_ok=True)),
    (NA, 100.0, "zkrať to ze sto na devadesát sekund", trim(end=10, ask_ok=True)),
    (NA, L, "ongeza sekunde 20 na 5 mwanzoni na mwishoni", ext(20, 5, ask_ok=True)),
    (NA, L, "ongeza sekunde kumi na tano mwanzoni na kumi mwishoni", ext(15, 10, ask_ok=True)),
    (NA, L, "ongeza sekunde thelathini mwanzoni na tano mwishoni", ext(30, 5, ask_ok=True)),
    # --- (5) Swahili, Tagalog, Vietnamese compositions said plainly
    (NS, None, "wimbo wa dakika mbili na sekunde kumi na tano", nw(135)),
    (NS, None, "wimbo wa sekunde mia moja na ishirini", nw(120)),
    (NS, None, "kanta na isang daan at tatlumpung segundo", nw(130)),
    (NS, None, "bài hát một trăm linh năm giây", nw(105)),
    (NS, None, "песня длиной в сто двадцать пять секунд", nw(125)),
    # --- (6) case forms that are counts of something else or ordinary words
    (CF, None, "песня о двух вариантах судьбы, три минуты", nws(180, takes=None)),
    (CF, None, "piosenka o dwóch wersjach prawdy, 2 minuty", nws(120, takes=None)),
    (CF, None, "песня для трех вокалистов, две минуты", nws(120, takes=None)),
    (CF, None, "песня на две минуты, три куплета и припев", nws(120, takes=None)),
    (CF, None, "piosenka z trzech zwrotek i refrenu, 2 minuty", nws(120, takes=None)),
    (CF, None, "песенка про то, как сорока минуту трещала на заборе", new(duration_not=2400, ask_ok=True)),
    (CF, None, "ένα τραγούδι για τρεις φίλους, δύο λεπτά", nws(120, takes=None)),
    (CF, None, "kolęda na Trzech Króli, dwie minuty", nws(120, takes=None)),
    (CF, None, "песня о семи чудесах света, две минуты", nws(120, takes=None)),
    (CF, None, "песня для двух голосов, мужского и женского, на три минуты", nws(180, takes=None)),
    (CF, None, "piosenka dla dwóch głosów, 2 minuty", nws(120, takes=None)),
    (CF, None, "гимн для трехсот спартанцев, две минуты", nws(120, takes=None)),
    (CF, None, "песня о трех сестрах две минуты", nws(120, takes=None)),
    (CF, None, "песма за тројицу другова, три минута", nws(180, takes=None)),
    (CF, None, "песня на две минуты, текст:\nсорок сороков, сорока летит\nсто раз тебе скажу", nws(120)),
    (CF, None, "τρεις εκδοχές ενός τραγουδιού δύο λεπτών", new(duration=120, takes=3, ask_ok=True)),
    # --- (7) case forms said plainly
    (CP, L, "перепиши с двадцати пяти до сорока секунд", inp(25, 40)),
    (CP, L, "перепиши со ста двадцати до ста сорока секунд", inp(120, 140)),
    (CP, L, "przerób od stu dwudziestu do stu czterdziestu sekund", inp(120, 140)),
    (CP, None, "zrób piosenkę w trzech wersjach, 2 minuty", nws(120, takes=3)),
    (CP, None, "сделай песню в двух вариантах, две минуты", nws(120, takes=2)),
    (CP, L, "обрежь до сорока секунд", trim(end=140, ask_ok=True)),
    (CP, L, "преправи од двадесет до тридесет секунди", inp(20, 30)),
    # --- (8) an 'x' with a digit that is no multiplier
    (MX, None, "chiptune like Mega Man X3, 1 min", nws(60, takes=None)),
    (MX, None, "synthwave with a Nord Lead 2X, 30 seconds", nws(30, takes=None)),
    (MX, None, "ad jingle for the BMW X5, 30 seconds", nws(30, takes=None)),
    (MX, None, "metal riff through a Line 6 POD X3, 1 min", nws(60, takes=None)),
    (MX, None, "track inspired by Final Fantasy X2. 2 minutes", nws(120, takes=None)),
    (MX, None, "song for my girlfriend, 1 min, love you x2!", nws(60, takes=None)),
    (MX, None, "pop song 1 min, chorus x2.", nws(60, takes=None)),
    (MX, None, "hip hop tribute to Malcolm X, 2 min", nws(120, takes=None)),
    (MX, None, "indie song like The xx, 2 min", nws(120, takes=None)),
    (MX, None, "for my bestie 30 sec, miss u x3 :)", nws(30, takes=None)),
    (MX, None, "loop this lofi beat 4x, 10 seconds", new(takes=None, ask_ok=True)),
    # --- (9) a multiplier followed by more words, a new line or thanks
    (MA, None, "lofi beat 30s x3! make it chill", new(duration=30, takes=3, ask_ok=True)),
    (MA, None, "lofi beat 30s x3\nmake it chill", new(duration=30, takes=3, ask_ok=True)),
    (MA, None, "rock jingle 20 seconds x2. Energetic guitars.", new(duration=20, takes=2, ask_ok=True)),
    (MA, None, "lofi beat 30s x3, thanks", new(duration=30, takes=3, ask_ok=True)),
    (MA, None, "lofi beat 30s x3 thx!", new(duration=30, takes=3, ask_ok=True)),
    (MA, None, "30s lofi beat 3x 🙏", new(duration=30, takes=3, ask_ok=True)),
    # --- (10) 'versi' and words for verses after minutes
    (VI, None, "base rap 2 min con 3 versi", new(duration=120, takes=None, ask_ok=True)),
    (VI, None, "una base rap di 2 minuti con 3 versi", nws(120, takes=None)),
    (VI, None, "canzone d'amore, 3 versi e un ritornello, 2 minuti", nws(120, takes=None)),
    (VI, None, "bikin lagu 2 menit 2 versi buat kafe Pizza della Mamma", nws(120, takes=2)),
    (VI, None, "pop song 2 min 3 verses 1 chorus", nws(120, takes=None)),
    (VI, None, "rock song, 3 minutes, 2 verses and a chorus", nws(180, takes=None)),
    (VI, None, "песня 2 минуты 3 куплета", nws(120, takes=None)),
    (VI, None, "piosenka 2 minuty 3 strofy i refren", nws(120, takes=None)),
    (VI, None, "canción de 2 minutos con 3 estrofas", nws(120, takes=None)),
    (VI, None, "popliedje van 2 minuten met 2 versies", nws(120, takes=2)),
    (VI, None, "Lied 2 Minuten 3 Strophen", nws(120, takes=None)),
    (VI, None, "píseň 2 minuty 3 strofy", nws(120, takes=None)),
    (VI, None, "sang 2 min 3 vers og refreng", nws(120, takes=None)),
    # --- (11) a section marker ending the request's line
    (
        MK,
        None,
        "rock ballad [Verse 1]\nI walked alone through the rain\nno one by my side\n[Chorus]\nstay with me tonight\n"
        "[Verse 2]\nthe morning came too soon",
        sung("I walked alone through the rain", "stay with me tonight", "the morning came too soon"),
    ),
    (
        MK,
        None,
        "pop song [Verse]\nwe were 17 and free\ndancing on the roof\n[Chorus]\nforever young tonight",
        sung("we were 17 and free", "forever young tonight"),
    ),
    (
        MK,
        None,
        "ballad [Verse]\nyour light in the window\nI keep coming home\n[Chorus]\nhold me close\n\n3 minutes please",
        sung("your light in the window", "hold me close", duration=180, lyrics_lacks=["3 minutes"]),
    ),
    (
        MK,
        None,
        "duet, 2 min [Verse - male]\nI saw you by the station\nwaiting in the rain\n[Chorus - both]\nwe are the light",
        sung("I saw you by the station", "we are the light"),
    ),
    (
        MK,
        None,
        "pop song [Pre-Chorus]\ncan you feel it now\n[Chorus]\nwe are alive",
        sung("can you feel it now", "we are alive"),
    ),
    (
        MK,
        None,
        "Lullaby for my son [Verse]\nsleep now little one\nthe stars are watching you\n[Chorus]\nhush hush, 1 2 3",
        sung("sleep now little one", "the stars are watching you"),
    ),
    (
        MK,
        None,
        "punk song [Chorus]\n1, 2, 3, 4, let's go!\nwe don't care anymore",
        sung("we don't care anymore"),
    ),
    (
        MK,
        None,
        "Make an upbeat pop song [Chorus]\nabout summer and friends",
        new(lyrics_lacks=["about summer"], ask_ok=True),
    ),
    (MK, None, "Write lyrics with a verse and a [chorus]\nTopic: my dog Max", new(lyrics_lacks=["Topic"], ask_ok=True)),
    (
        MK,
        None,
        "Song idea, structure below [Verse]\nupbeat, catchy, female vocal",
        new(lyrics_lacks=["upbeat, catchy"], ask_ok=True),
    ),
    # --- (12) minutes then their seconds with no unit after
    (UN, None, "пісня на дві хвилини сорок п'ять", nw(165)),
    (UN, None, "песня на две минуты сорок пять", nw(165)),
    (UN, None, "пісня на дві хвилини сорок, весела", nw(160)),
    (UN, None, "пісня на три хвилини двадцять секунд", nws(200)),
    # --- (13) Cyrillic lyrics: Bulgarian against Russian and Serbian
    (
        BG,
        None,
        "Pop song, lyrics:\nСлънцето изгрява над морето\nвълните пеят тихо в мрака\nа ти вървиш по пясъка сама",
        sung("Слънцето изгрява", tags_text=["bulgarian"], tags_text_not=["russian"]),
    ),
    (
        BG,
        None,
        "Pop song, lyrics:\nТук-тук, стучит сердце,\nтук-тук, открой дверь,\nзима пришла в наш город,\nи снег идёт теперь",
        sung("стучит сердце", tags_text=["russian"], tags_text_not=["bulgarian"]),
    ),
    (
        BG,
        None,
        "Pop song, lyrics:\nОбичам я, обичам я\nтя е моето слънце\nи няма друга като нея",
        sung("Обичам я", tags_text=["bulgarian"], tags_text_not=["russian"]),
    ),
    (
        BG,
        None,
        "Song for mom, lyrics:\nМамо, мила мамо\nти си моята звезда\nвинаги до мене",
        sung("мила мамо", tags_text=["bulgarian"], tags_text_not=["russian"], ask_ok=True),
    ),
    (
        BG,
        None,
        "Pop song, lyrics:\nТи си ми у срцу, беше то давно\nсада сам сам поред прозора\nкиша пада целу ноћ",
        sung("беше то давно", tags_text=["serbian"], tags_text_not=["bulgarian"]),
    ),
    (
        BG,
        None,
        "Pop song, lyrics:\nЕщё один день без тебя\nя иду по пустой мостовой\nсегодня тук-тук в окно",
        sung("Ещё один день", tags_text=["russian"], tags_text_not=["bulgarian"]),
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
