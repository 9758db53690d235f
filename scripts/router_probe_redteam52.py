"""Red-team probe (redteam52) of the router changes in b71d91f (number words of bg el hi ne sw ta spelled by CLDR's
RBNF through unicode-rbnf, hundreds by hand for pa ur la tl sa ht, a hundred without its 'one': 'hundred', 'šimtas',
'सय', 'trăm', 'sută', 'hundre') and 6d96b84 (Indic vowel signs kept inside a spelled word, read.py _SPELLED_WORD /
_mark_ranges; 'सवा/साढ़े/पौने' before a hundred, _SADHE; words for versions in lang.py COUNTED; 'with/con N versions'
ending the request read as takes, account.py _WITH_WORD / _NOTHING_MORE / _VARIATIONS; a multiplier asked,
_MULTIPLIER 'x3', '3x', '3 x'; Catalan/Spanish sides with 'x' / 'per'; Ukrainian 'в кінець'; a section marker ending
the request's line opening the lyrics, _MARKER_ENDS_A_LINE; Finnish, Turkish, Hungarian case endings on a format or a
unit, _BARE_FORMAT, _SETTING_CASE_ENDING, _LOUDNESS_UNIT; _uninvert keeping 'дві хвилини сорок секунд' 2:40), hunting
SILENT WRONG plans and questions asked where the answer was plain, on new ground: hundreds the tables lack beside the
ones they have ('εκατόν ενενήντα δύο kbps', 'sekunde mia moja na kumi', 'நூற்று தொண்ணூறு இரண்டு'), the formal and
the colloquial Bulgarian tens, the bare hundreds after 'and' ('a hundred and ten seconds', 'hundre og ti'); number
words of the new languages beside units, in lyrics and in ranges; 'x' in type-beat collaborations ('Drake x 21
Savage'), names ('Malcolm X', 'Gen X', 'Mega Man X2'), emphasis ('3x platinum', 'love you x3'), tempo ('2x tempo'),
structure ('chorus x2', 'refrén 3x'); 'with N versions' then a word _NOTHING_MORE lacks; a bracketed title or
instruction that starts with a sung section's name ending a line ('[Bridge Over Troubled Water]', '[Coronation
party]'); case endings the lists lack ('LUFS:ään', 'LUFSiksi', "kbps'lik"); minutes then their seconds and more
('дві хвилини сорок п'ять секунд'); minutes then a count of versions in languages COUNTED lacks.

FIGURES. First run on 6d96b84 (labels committed before it, 122ee6e): 117 probes; OK 66, ASKED 24, SILENT WRONG 27
(6 new vs /tmp/src6d9 = the router before b71d91f and 6d96b84; 21 pre-existing), ERROR 0. The same probes on the old
router: OK 66, ASKED 16, SILENT WRONG 35, ERROR 0. Against it the two commits turn 13 silent -> OK, 1 silent -> asked
('popliedje 2 minuten 3 verzen en een refrein', was 123 s; asked now, a miss by its label), 3 asked -> OK, 10 OK ->
asked (all the multiplier) and 6 OK -> silent.

New silent (vs the old router), by cause:
- b71d91f's number words of a hundred's parts read without the hundred the tables lack (3). Swahili unit-first
  lengths take the longest table form after the unit, now 'mia moja' (100), and drop 'na kumi' / 'na tano': 'wimbo wa
  sekunde mia moja na kumi' (100 s, want 110), 'wimbo wa sekunde mia moja na tano' (100 s, want 105); Tamil's RBNF
  tens-and-units ('தொண்ணூறு இரண்டு' 92) read alone after the hundred's joined form 'நூற்று' the table lacks: 'mp3
  நூற்று தொண்ணூறு இரண்டு kbps' is 92 kbps (want 192). All three were OK before (asked).
- 6d96b84's _MARKER_ENDS_A_LINE on a bracket that only starts with a sung section's name (3): the request's next
  line is sung and its length lost (no duration): 'Write lyrics with verse and [chorus]\nTopic: my dog Max, 2 min'
  (lyrics '[chorus]\nTopic: my dog Max, 2 min'), 'Pop song in [verse-chorus form]\nabout summer love, 3 minutes',
  'A song about a [couple]\nromantic, 2 min' (_SUNG_SECTION matches 'couple' as French 'couplet', by prefix). All OK
  before. ('Remake of [Bridge Over Troubled Water]\nslow gospel version, 3 minutes' asks for a track and 'Song for
  our [Coronation party]\n2 min, festive brass' asks for a style: questions their labels allow, no lyrics sung.)

Pre-existing silent (21):
- A hundred beside parts the tables lack (11): Greek 'εκατόν' + tens (only 'εκατό' and 'εκατόν είκοσι / πενήντα /
  ογδόντα' are forms): 'mp3 εκατόν ενενήντα δύο kbps' 92 kbps, 'ogg εκατόν εξήντα kbps' 60 kbps, 'εκατόν σαράντα
  πέντε δευτερολέπτων' 45 s, 'εκατόν δέκα δευτερόλεπτα' 10 s; Tamil 'நூற்று இருபது விநாடி' 20 s; Hindi 'एक सौ पाँच
  सेकंड' 5 s (as the code reads, the vowel sign of 'सौ' still splits the word in _part_of_a_longer_number's letter
  class, so 'पाँच' is not seen as part of a longer number); Bulgarian with 'и': 'сто и десет секунди' 10 s, and the formal tens RBNF does
  not give (its 21-49 are the colloquial 'двайсет / трийсет / четиресет и ...'): 'тридесет и пет секунди' 5 s,
  'четиридесет и пет секунди' 5 s; Tagalog 'isang daan at sampung segundo' 10 s; Vietnamese 'một trăm lẻ năm giây'
  5 s.
- A bare hundred after 'and' (1): Norwegian 'hundre og ti sekunder' 10 s (Lithuanian 'šimtas dešimt', Romanian 'o
  sută zece', Vietnamese 'một trăm mười' are now right; English 'a hundred and ten seconds' is right).
- Minutes then a count of versions in words COUNTED lacks (7, read as m:ss): Czech 'varianty', Hungarian
  'változat', Romanian 'variante', Indonesian 'versi', Dutch 'versies', Norwegian 'versjoner' (all 122 s, no takes),
  Italian '2 minuti 4 versi' (verses, 124 s). (Slovak '2 minúty 2 verzie' is now right.)
- _uninvert past the tens (2): 'пісня на дві хвилини сорок п'ять секунд' is 2405 s (the seconds word is not right
  after the tens, so 'хвилини сорок' is 'about forty minutes'), 'пісня на дві хвилини сорок' 2400 s (want 160 or a
  question). (Russian 'на две минуты сорок пять секунд' asks about the '2'.)

Asked where the plan was plain (24):
- 6d96b84's _MULTIPLIER on an 'x' that multiplies nothing (10 new, OK before; 2 more asked on both builds): type-beat
  collaborations 'Drake x 21 Savage type beat, 2 min' (and 'Metro Boomin x 21 Savage', 'Lil Wayne x 2 Chainz', asked
  on both), names 'malcolm x 2 min hip hop tribute', 'a jingle for gen x 2 minutes', a product 'Clean x2
  detergent', emphasis '3x platinum hit', 'love you x3', tempo 'dnb beat at 2x tempo', and a section's repeats said
  outside lyrics: 'refrén zopakuj 3x', 'Refrain 2x am Ende', 'powtórz refren 2x'. ('Mega Man X2, 90 seconds' (a comma
  after it), 'lofi x jazz', 'x-mas ... xx', '🎂🎉 x3, 30 seconds' and 'la la la x2' in lyrics are planned; 'chorus x2'
  in a structure described on lines of the request is asked, which its label allows.)
- 'with N versions' ending the request then a word _NOTHING_MORE lacks (7, asked on both): 'thanks', 'gracias',
  'merci', ':)', '🙏', 'of it', and Polish 'z 2 wersjami' (asked about the '2'). (Russian 'с 2 вариантами' is now
  OK.)
- 'a theme with 3 variations, 3 minutes' (the _VARIATIONS guard keeps it inside, then it is asked, as before) and 'a
  fugue with 3 voices' ('3' unused), both asked on both.
- Minutes then a count (3): Russian 'опа 2 минуты 2 варианта', Russian 'на две минуты сорок пять секунд' ('2'
  unused), and the label slip above ('3 verzen').

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam52.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, nw, fade, trim, ASK, inp, sung)

L = 180.0

HU = "a hundred said in the new languages beside a part the tables lack: the whole number, or asked"
BH = "a bare hundred word (new in b71d91f) after 'and' or beside another word: the whole number, or asked"
NW = "number words of the new languages beside units, in lyrics, in ranges: the length said"
MX = "'x' that is no multiplier (names, collaborations, emphasis, tempo, structure): planned, no question"
MA = "'x' that is a multiplier or may be one: asked, or the takes"
WV = "'with N versions' ending the request, then a word _NOTHING_MORE lacks: takes"
WI = "'with N versions' inside the piece: no takes"
CT = "minutes then a count of versions (COUNTED) in other languages: the minutes, and takes"
MK = "a bracketed title or instruction starting with a sung section's name ending a line: no instructions sung"
ML = "a section marker ending the request's line before real lyrics: the lyrics"
CE = "case endings on a format or a unit the lists lack: the setting"
UN = "minutes then their seconds in words (_uninvert): the length"
SD = "sides with 'x' / 'per' / 'в кінець': the sides said"
SA = "'सवा/साढ़े/पौने' before a hundred and beside other words: the value"


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) hundreds the tables lack beside the parts they have
    (HU, L, "mp3 εκατόν ενενήντα δύο kbps", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (HU, L, "κάνε το ogg εκατόν εξήντα kbps", fmt_is("ogg", bitrate_kbps=160, ask_ok=True)),
    (HU, None, "ένα τραγούδι εκατόν σαράντα πέντε δευτερολέπτων", nw(145)),
    (HU, None, "ένα τραγούδι διάρκειας εκατόν δέκα δευτερόλεπτα", nw(110)),
    (HU, L, "mp3 நூற்று தொண்ணூறு இரண்டு kbps", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (HU, None, "நூற்று இருபது விநாடி பாடல்", nw(120)),
    (HU, None, "wimbo wa sekunde mia moja na kumi", nw(110)),
    (HU, None, "wimbo wa sekunde mia moja na tano", nw(105)),
    (HU, L, "mp3 mia tatu na ishirini kbps", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (HU, L, "mp3 mia moja na sitini kbps", fmt_is("mp3", bitrate_kbps=160, ask_ok=True)),
    (HU, None, "एक सौ पाँच सेकंड का गाना", nw(105)),
    (HU, None, "दो सौ दस सेकंड का गाना बनाओ", nw(210)),
    (HU, None, "एक सय बीस सेकेन्डको गीत", nw(120)),
    (HU, L, "mp3 एक सय बयानब्बे kbps", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (HU, None, "песен от сто и десет секунди", nw(110)),
    (HU, None, "песен от тридесет и пет секунди", nw(35)),
    (HU, None, "песен от четиридесет и пет секунди", nw(45)),
    (HU, None, "песен от трийсет и пет секунди", nws(35)),
    (HU, L, "mp3 сто и шейсет kbps", fmt_is("mp3", bitrate_kbps=160, ask_ok=True)),
    (HU, None, "kanta na isang daan at sampung segundo", nw(110)),
    (HU, None, "bài hát một trăm lẻ năm giây", nw(105)),
    (HU, None, "bài hát một trăm mười giây", nw(110)),
    # --- (2) the bare hundreds beside 'and' or another word
    (BH, None, "a jingle of a hundred and ten seconds", nw(110)),
    (BH, None, "a jingle of one hundred and five seconds", nw(105)),
    (BH, None, "a lullaby about the Hundred Acre Wood, 90 seconds", nws(90)),
    (BH, None, "en sang på hundre og ti sekunder", nw(110)),
    (BH, None, "daina, šimtas dešimt sekundžių", nw(110)),
    (BH, None, "o melodie de o sută zece secunde", nw(110)),
    (BH, None, "un cântec vesel sută la sută, de două minute", nws(120)),
    (BH, None, "bài hát về tình yêu trăm năm, dài ba phút", nws(180)),
    (BH, L, "giảm âm lượng 20 phần trăm và fade out 5 giây", {"tool": FREE, "fade_out_s": 5, "ask_ok": True}),
    (BH, None, "योग सत्र के लिए दस मिनट का शांत संगीत", nw(600)),
    # --- (3) number words of the new languages beside units, in lyrics, in ranges
    (NW, None, "wimbo wa dakika mbili, maneno:\nnilikusubiri dakika tisini\nkwenye mvua ya jioni", nws(120)),
    (NW, None, "песен от две минути, текст:\nчаках те петдесет и пет минути\nна гарата сам", nws(120)),
    (NW, None, "दो मिनट का गाना, बोल:\nसौ बार कहा तुझसे\nपचपन सेकंड रुक जा", nws(120)),
    (NW, None, "τραγούδι δύο λεπτών, στίχοι:\nσε περίμενα σαράντα πέντε λεπτά\nστη βροχή", nws(120)),
    (NW, None, "wimbo wa dakika moja na sekunde ishirini", nw(80)),
    (NW, L, "ongeza sekunde arobaini na tano mwishoni", ext(0, 45, ask_ok=True)),
    (NW, L, "अंत में पैंतालीस सेकंड जोड़ो", ext(0, 45)),
    (NW, None, "песен от три минути и трийсет секунди", nws(210)),
    (NW, None, "ένα τραγούδι τριών λεπτών και σαράντα πέντε δευτερολέπτων", nw(225)),
    # --- (4) 'x' that is no multiplier
    (MX, None, "Drake x 21 Savage type beat, 2 min", nws(120, takes=None)),
    (MX, None, "Metro Boomin x 21 Savage type beat", new(takes=None)),
    (MX, None, "trap beat like Lil Wayne x 2 Chainz, 1 min", nws(60, takes=None)),
    (MX, None, "malcolm x 2 min hip hop tribute", nws(120, takes=None)),
    (MX, None, "a jingle for gen x 2 minutes, upbeat", nws(120, takes=None)),
    (MX, None, "chiptune boss battle theme like Mega Man X2, 90 seconds", nws(90, takes=None)),
    (MX, None, "hip hop beat, 2 min, should sound like a 3x platinum hit", nws(120, takes=None)),
    (MX, None, "song for my mom, 1 min, love you x3", nws(60, takes=None)),
    (MX, None, "birthday song for Anna 🎂🎉 x3, 30 seconds", nws(30, takes=None, ask_ok=True)),
    (MX, None, "dnb beat at 2x tempo, 1 min", nws(60, takes=None)),
    (MX, None, "písnička na 2 minuty, refrén zopakuj 3x", nws(120, takes=None)),
    (MX, None, "Popsong 3 Minuten, Refrain 2x am Ende", nws(180, takes=None)),
    (MX, None, "piosenka 2 minuty, powtórz refren 2x", nws(120, takes=None)),
    (MX, None, "pop song 2 min\nverse about rain\nchorus x2 about the sun", new(duration=120, takes=None, ask_ok=True)),
    (MX, None, "song, 1 min, lyrics:\nla la la x2\noh oh oh", new(duration=60, takes=None, ask_ok=True)),
    (MX, None, "lofi x jazz, 2 min", nws(120, takes=None)),
    (MX, None, "a christmas x-mas song, 30 s, xx", nws(30, takes=None)),
    (MX, None, "jingle for Clean x2 detergent, 20 seconds", nws(20, takes=None)),
    (MX, L, "make it 2x louder", {"tool": FREE, "ask_ok": True}),
    # --- (5) 'x' that is a multiplier or may be one
    (MA, None, "lofi beat 30 s x 2", new(duration=30, takes=2, ask_ok=True)),
    (MA, None, "two 30 second spots: 2 x 30 s", new(duration=30, takes=2, ask_ok=True)),
    (MA, None, "jazz 1min ×2", new(duration=60, takes=2, ask_ok=True)),
    (MA, None, "reggaeton 2 min x3 porfa", new(duration=120, takes=3, ask_ok=True)),
    (MA, L, "haz un fade out de 5 s x2", ASK),
    # --- (6) 'with N versions' ending the request then a word _NOTHING_MORE lacks
    (WV, None, "a lofi beat with 2 versions thanks", new(takes=2)),
    (WV, None, "reggaeton 2min con 2 versiones gracias", nws(120, takes=2)),
    (WV, None, "a lofi beat with 2 versions :)", new(takes=2)),
    (WV, None, "a lofi beat with 2 versions 🙏", new(takes=2)),
    (WV, None, "a lofi beat with 2 versions of it", new(takes=2)),
    (WV, None, "песня на 2 минуты с 2 вариантами", nws(120, takes=2)),
    (WV, None, "piosenka 2 minuty z 2 wersjami", nws(120, takes=2)),
    (WV, None, "chanson de 2 minutes avec 2 versions merci", nws(120, takes=2)),
    # --- (7) 'with N versions' inside the piece
    (WI, None, "a classical piece, a theme with 3 variations, 3 minutes", nws(180, takes=None)),
    (WI, None, "a song about my life with 2 versions of me", new(takes=None, ask_ok=True)),
    (WI, None, "a fugue with 3 voices", new(takes=None)),
    # --- (8) minutes then a count of versions in other languages
    (CT, None, "techno 2 minuty 2 varianty", nws(120, takes=2)),
    (CT, None, "techno 2 perc 2 változat", nws(120, takes=2)),
    (CT, None, "manele 2 minute 2 variante", nws(120, takes=2)),
    (CT, None, "dangdut 2 menit 2 versi", nws(120, takes=2)),
    (CT, None, "techno 2 minuten 2 versies", nws(120, takes=2)),
    (CT, None, "techno 2 min 2 versjoner", nws(120, takes=2)),
    (CT, None, "techno 2 minúty 2 verzie", nws(120, takes=2)),
    (CT, None, "опа 2 минуты 2 варианта", nws(120, takes=2)),
    (CT, None, "popliedje 2 minuten 3 verzen en een refrein", nws(120, takes=None)),
    (CT, None, "canzone 2 minuti 4 versi", nw(120, takes=None)),
    # --- (9) a bracketed title or instruction starting with a sung section's name ending a line
    (
        MK,
        None,
        "Remake of [Bridge Over Troubled Water]\nslow gospel version, 3 minutes",
        new(duration=180, lyrics_lacks=["slow gospel"], ask_ok=True),
    ),
    (
        MK,
        None,
        "Song for our [Coronation party]\n2 min, festive brass",
        new(duration=120, lyrics_lacks=["festive"], ask_ok=True),
    ),
    (
        MK,
        None,
        "Write lyrics with verse and [chorus]\nTopic: my dog Max, 2 min",
        new(duration=120, lyrics_lacks=["Topic"], ask_ok=True),
    ),
    (MK, L, "redo the part after the [Chorus]\nit sounds off", {"tool_not": NEW, "ask_ok": True}),
    (
        MK,
        None,
        "Pop song in [verse-chorus form]\nabout summer love, 3 minutes",
        new(duration=180, lyrics_lacks=["summer love, 3 minutes"], ask_ok=True),
    ),
    (MK, None, "A song about a [couple]\nromantic, 2 min", new(duration=120, lyrics_lacks=["romantic"], ask_ok=True)),
    (
        MK,
        None,
        "Rock song [Intro]\nheavy guitar riff\n[Verse]\nI walk alone tonight",
        sung("I walk alone tonight", lyrics_lacks=["heavy guitar riff"], ask_ok=True),
    ),
    (
        MK,
        None,
        "Lofi, 1 min [mood]\nrainy night\n[Verse]\nsoft rain on my window",
        sung("soft rain on my window", lyrics_lacks=["rainy night"], ask_ok=True),
    ),
    # --- (10) a marker ending the request's line before real lyrics
    (
        ML,
        None,
        "ballad 2 min [Verse 1]\nI walked along the river\n[Chorus]\nstay with me tonight",
        sung("I walked along the river", "stay with me tonight", duration=120),
    ),
    (
        ML,
        None,
        "canción de 2 minutos [Estribillo]\nbaila conmigo\n[Verso]\nla noche es joven",
        sung("baila conmigo", "la noche es joven", duration=120),
    ),
    (ML, None, "song 30s [Chorus x2]\nhey hey hey\n[Verse]\nhere we go", sung("hey hey hey", "here we go", takes=None)),
    # --- (11) case endings on a format or a unit
    (CE, L, "normalisoi -14 LUFS:ään", {"tool": FREE, "loudness_lufs": -14}),
    (CE, L, "normalisoi -16 LUFSiksi", {"tool": FREE, "loudness_lufs": -16}),
    (CE, L, "mp3 olarak 320 kbps'lik kaydet", fmt_is("mp3", bitrate_kbps=320)),
    (CE, L, "exportáld mp3-ba 320 kbps-sel", fmt_is("mp3", bitrate_kbps=320)),
    (CE, L, "normalizáld -14 LUFS-ra", {"tool": FREE, "loudness_lufs": -14}),
    (CE, L, "-14 LUFS'e normalize et", {"tool": FREE, "loudness_lufs": -14}),
    (CE, L, "muunna wavina ja normalisoi -14 LUFSiin", fmt_is("wav", loudness_lufs=-14)),
    (CE, L, "gawin mong mp3 na 192", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    # --- (12) minutes then their seconds in words
    (UN, None, "пісня на дві хвилини сорок п'ять секунд", nws(165)),
    (UN, None, "песня на две минуты сорок пять секунд", nws(165)),
    (UN, None, "песня на три минуты двадцать сек", nws(200)),
    (UN, None, "пісня на дві хвилини сорок", nw(160)),
    (UN, None, "песня минуты на три, двадцать секунд интро", new(duration_not=20, ask_ok=True)),
    # --- (13) sides with 'x' / 'per' / 'в кінець'
    (SD, L, "alarga 10s x el principio y 10 x el final", ext(10, 10)),
    (SD, L, "allarga 20 s pel principi", ext(20, 0)),
    (SD, L, "додай 10 секунд тиші в кінець", ext(0, 10, ask_ok=True)),
    (SD, L, "alárgala 20 s x favor", ext(0, 20, ask_ok=True)),
    # --- (14) 'सवा/साढ़े/पौने' before a hundred
    (SA, None, "साढ़े तीन सौ सेकंड का गाना", nw(350)),
    (SA, None, "पौने सौ सेकंड का गाना", nw(75)),
    (SA, None, "गाना साढ़े तीन मिनट का, सौ बार सुनने लायक", nws(210)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
