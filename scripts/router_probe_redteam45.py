"""Red-team probe (redteam45) of the router rules changed in fef6b8c, hunting SILENT WRONG plans: a plan made without a
question whose tool or a certain argument is wrong, and questions newly asked where the answer was obvious (verdict
ASKED).

The rules under attack: (1) _ANOTHER_ONE and a style before 'new' in _new_piece_said (with a track open, 'another
one' plus a style, no vocals or lyrics is a new piece), attacked with requests about the open track (another chorus,
intro, verse, pass, version of this, 'another 30 seconds', 'ещё один куплет', 'noch einen Refrain') and with a new
piece refused in words; (2) _spots_outside (an m:ss spot inside the regenerated window is accepted), attacked with a
third time that is a correction, a spot to keep, a length or the track's end; (3) _bare_level (a bare -6..-30 beside a
format is the loudness), attacked with negative numbers that are a temperature, a golf score, a date range, a gain, a
pitch, bars, seconds in other scripts; (4) _DB_LEVEL asked whenever a dB level stands with no LUFS; (5)
ROMANISED_WORDS / romanised_count and Portuguese stopwords; (6) _LIST_OPENS / _DIFFERENT_AFTER; (7) Czech and Swahili
'na' in _extensions; (8) _BOTH_ENDS_FADE; (9) the new cue and side words, and the same words in other senses.

First run on fef6b8c (labels committed before it, b837fba): 120 probes; OK 90, ASKED 13, SILENT WRONG 17 (11 new vs
fef6b8c^, 6 pre-existing), ERROR 0. Against the parent: 8 OK -> silent, 3 asked -> silent, 6 silent -> OK, 14 asked
-> OK, 8 OK -> asked.

The _ANOTHER_ONE attacks all held: of 36 requests about the open track or refusing a new piece, none became a new
piece (most are asked, as labelled; 'noch eins, aber diesmal die ersten 20 Sekunden ohne Gesang' is an inpaint of
0-20).

New silent (vs the parent):
- _spots_outside takes a correction or another kind of time inside the window as the spot: 'redo 1:05-1:30, sorry I
  meant until 1:15' (inpaints 65-90, the end corrected to 75 dropped); 'bitte 1:05 bis 1:30 neu, nee doch nur bis
  1:20' (65-90, want 65-80); 'keep 1:15 as is, redo 1:00-1:30' (60-90 redrawn over the moment to keep: asked before);
  'the track should end at 1:50, and redo 1:00-2:00' (60-120, the end at 1:50, a trim, dropped). ('redo 1:05 to
  1:30, no wait, to 1:20' is read right, 65-80.)
- _bare_level reads any lone negative beside a format as the loudness: "It's -10°C here, send me the mp3", 'it was
  -15 outside when I wrote this, send me a wav', 'wav file, my studio is at minus 10 degrees' (a temperature: -10 /
  -15 LUFS); 'wav please. Shot a -12 in golf today lol' (a golf score: -12 LUFS); 'turn the vocals down -10, then
  mp3' (a gain on the vocals: the whole track mastered to -10 LUFS); 'bring it down -8 and export mp3' (a gain, or a
  level? -8 LUFS, which is louder than most deliveries, with no question).
- Czech 'na' with a length verb: 'Prodluž intro na 20 sekund a outro na 30' (lengthen the intro TO 20 s and the outro
  TO 30: totals of parts of unknown length; planned as 20 s before and 30 s after, asked before).

Pre-existing silent: 'regenerate 0:40-1:20... sorry, 0:50' (inpaints 40-50: which end the correction moves is
unclear); 'rehaz del 1:00 al 1:40, o mejor dicho desde 1:20' (60-80, want 80-100: 'desde' corrects the start);
'replace 1:00-2:00 with a 1:30 long guitar solo' (60-120, the 1:30 length beside a 60 s window dropped); 'send me an
mp3 for the festival, June 12 - 15' (a date range read as an inpaint of 12-15 s, the mp3 dropped); 'mp3 and loop it,
-8 bars from the end is where the loop starts' (the parent dropped the -8 bars; fef6b8c now also masters to -8 LUFS);
"hazme una canción con esta letra: 'dil mera tu hi jaane, tu hi mera safar'" (romanised Hindi lyrics in a Spanish
request still tagged spanish vocal: the request's Spanish outweighs romanised_count).

Newly asked (vs the parent), where the answer was plain: a dB level that is no target, now always asked ('fade out
the last 10 seconds down to -60 dB', "cut the first 3 seconds, there's a click at -40 dB", 'extend the end by 20 s,
the ending sits at -30 dB anyway'); _LIST_OPENS reading shared attributes as a list of differing pieces ('make 3
versions of a lofi beat - chill, short, 20 seconds each, no vocals', '3 versions of a jingle please (upbeat, 15
seconds, no vocals)'); 'keep it going' as praise read as an extension ('love it, keep it going! now export an mp3');
'vrti u krug u glavi' (stuck in my head) read as a loop ('pjesma mi se vrti u krug u glavi, produlji kraj za 20
sekundi'); Telugu 'ముందు' in 'not at the front' ('చివర 10 సెకన్లు కలుపు, ముందు కాదు'). Asked on both builds: '3
takes please — same style, same length, 30 s, jazz', '3 versiones distintas: cortas, alegres y sin voz, de 15
segundos, jazz', '首尾各加个3秒淡入淡出', 'another 30 seconds please, in a lo-fi style', 'galėtum pridėti 10 sek
pradžioje?'.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam45.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, Plan, ext, fade, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, nw, sung)

L = 150.0
FREE = "process_track"

AO = "another one about the open track (_ANOTHER_ONE, a style before 'new')"
NG = "a new piece refused, the open track edited"
NP = "another one that is a new piece (guards: ASKED)"
SP = "a spot inside the window that is no spot (_spots_outside)"
BL = "a bare negative number beside a format (_bare_level)"
DB = "a dB level with no LUFS (_DB_LEVEL)"
LY = "lyrics language: ROMANISED_WORDS, Portuguese stopwords"
VD = "versions that differ (_LIST_OPENS, _DIFFERENT_AFTER)"
NA = "Czech / Swahili 'na' in _extensions"
BF = "a fade at both ends (zh)"
CW = "new cue and side words"


def edit(**kw: Any) -> dict[str, Any]:
    """Anything but a new piece: an edit of the open track, or a question."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def both(sec: float, **kw: Any) -> dict[str, Any]:
    """A fade in and a fade out of `sec` each, free."""
    return {"tool": FREE, "fade_in_s": sec, "fade_out_s": sec, **kw}


def tags_not(*words: str, **kw: Any) -> dict[str, Any]:
    """A new sung piece whose tags do not name these words (a vocal language misread); a question is fine."""
    return {"tool": NEW, "inst": False, "ask_ok": True, "tags_text_not": list(words), **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'another one' + a style, no vocals or lyrics, said of a part of the open track: never a new piece
    (AO, L, "can you do another one of the chorus, more jazzy", edit()),
    (AO, L, "another intro please, something more ambient", edit()),
    (AO, L, "do another pass on the vocals, make them more soulful", edit()),
    (AO, L, "make another version of this but slower, no vocals", edit()),
    (AO, L, "one more time from 0:30, jazzier", inp(30, L, ask_ok=True)),
    (AO, L, "another 30 seconds please, in a lo-fi style", ext(0, 30)),
    (AO, L, "ещё один куплет, в стиле рок", edit()),
    (AO, L, "noch einen Refrain, rockiger und ohne Gesang", edit()),
    (AO, L, "hazme otra intro más jazzera", edit()),
    (AO, L, "fammi un'altra strofa, più rock", edit()),
    (AO, L, "fais-moi un autre refrain, plus jazz", edit()),
    (AO, L, "ek aur verse daal do, rock style mein", edit()),
    (AO, L, "zrób jeszcze jedną zwrotkę, w stylu jazz", edit()),
    (AO, L, "do another one but keep the vocals, just jazzier", edit()),
    (AO, L, "noch eins, aber diesmal die ersten 20 Sekunden ohne Gesang", edit()),
    (AO, L, "do another one without vocals between 60 and 90 seconds", inp(60, 90, ask_ok=True)),
    (AO, L, "another one, instrumental, of the last 30 seconds", edit()),
    (AO, L, "hazme otra, igual pero sin la voz", edit()),
    (AO, L, "hazme otra versión de esta pero más lenta y sin voz", edit()),
    (AO, L, "сделай ещё один вариант этого трека, но медленнее, без вокала", edit()),
    (AO, L, "ek aur version isi gaane ka banao, bina vocals", edit()),
    (AO, L, "ok another one: same track but extend the outro, make it ambient", edit()),
    (AO, L, "another one of those drum fills please, trap style, right after the drop", edit()),
    (AO, L, "mach noch eins davon, aber den Refrain jazziger", edit()),
    (AO, L, "bir tane daha nakarat ekle, rock tarzında", edit()),
    (AO, L, "одну ещё секцию в конце, джаз", edit()),
    (AO, L, "새 곡 느낌으로 브릿지만 다시 만들어줘, 재즈로", edit()),
    (
        AO,
        L,
        "another one like this would be great later, but for now export this one as wav",
        fmt_is("wav", ask_ok=True),
    ),
    (
        AO,
        L,
        "one more song like this some day; for now just fade out the last 8 seconds, it's lo-fi",
        fade(8, ask_ok=True),
    ),
    # --- (1b) a new piece refused in the words: the track edited
    (NG, L, "새 곡 말고 이 곡 후렴만 재즈로 바꿔줘", edit()),
    (NG, L, "no, not another one — fix the bridge of this one, jazzier", edit()),
    (NG, L, "don't make another one, just make this one instrumental", edit()),
    (NG, L, "I don't want a new one, just redo the intro in a jazz style", edit()),
    (NG, L, "no quiero otra canción, solo cambia el final a algo más rock", edit()),
    (NG, L, "Another one? No, just make this one 30 seconds longer, lo-fi like it is", ext(0, 30, ask_ok=True)),
    (
        NG,
        L,
        "keine neue Nummer, noch eins wäre zu viel: blende einfach die letzten 6 Sekunden aus",
        fade(6, ask_ok=True),
    ),
    # --- (1c) 'another one' that is a new piece: the style kept where said 'like this', sung where words are sung
    (NP, L, "another one like this, but with no vocals", {"tool": NEW, "ask_ok": True, "inst": True}),
    (NP, L, "another one with the same lyrics but as a reggae song", {"tool": NEW, "inst": False, "ask_ok": True}),
    (
        NP,
        L,
        "another one like the first one, but with lyrics about rain, acoustic",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
    (NP, L, "cool, now do another one: a sad piano ballad, instrumental, 1 minute", nws(60, inst=True, takes=None)),
    (NP, L, "noch eins bitte, Techno, ohne Gesang, 2 Minuten", nws(120, inst=True, takes=None)),
    # --- (2) a third m:ss time inside the regenerated window that is not the spot the window is drawn around
    (SP, L, "redo 1:05 to 1:30, no wait, to 1:20", inp(65, 80, ask_ok=True)),
    (SP, L, "redo 1:05-1:30, sorry I meant until 1:15", inp(65, 75, ask_ok=True)),
    (SP, L, "regenerate 0:40-1:20... sorry, 0:50", ASK),
    (SP, L, "keep 1:15 as is, redo 1:00-1:30", ASK),
    (SP, L, "redo 1:00-1:30 but not 1:15, that bit's great", ASK),
    (SP, L, "replace 1:00-2:00 with a 1:30 long guitar solo", ASK),
    (SP, L, "the track should end at 1:50, and redo 1:00-2:00", ASK),
    (SP, L, "bitte 1:05 bis 1:30 neu, nee doch nur bis 1:20", inp(65, 80, ask_ok=True)),
    (SP, L, "rehaz del 1:00 al 1:40, o mejor dicho desde 1:20", inp(80, 100, ask_ok=True)),
    (SP, L, "redo 1:00 to 2:00 so it lines up with the drop at 1:30 in my video", inp(60, 120)),
    (SP, L, "redo 1:05-1:20, the bit at 1:10 is weird", inp(65, 80)),
    # --- (3) a bare negative number beside a format that is no loudness
    (BL, L, "transpose it -7 semitones and export a wav", ASK),
    (BL, L, "скинь wav, и -10 секунд с конца", trim(end=10, ask_ok=True, loudness_lufs=None)),
    (BL, L, "wavで、最後の-10秒をカットして", trim(end=10, ask_ok=True, loudness_lufs=None)),
    (BL, L, "wav로 주고 끝에서 -10초 잘라줘", trim(end=10, ask_ok=True, loudness_lufs=None)),
    (BL, L, "It's -10°C here, send me the mp3", fmt_is("mp3", loudness_lufs=None)),
    (BL, L, "it was -15 outside when I wrote this, send me a wav", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "wav please. Shot a -12 in golf today lol", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "send me an mp3 for the festival, June 12 - 15", fmt_is("mp3", loudness_lufs=None)),
    (BL, L, "bring it down -8 and export mp3", ASK),
    (BL, L, "turn the vocals down -10, then mp3", ASK),
    (BL, L, "export mp3, and shift the pitch -12 cents", ASK),
    (BL, L, "wav file, my studio is at minus 10 degrees", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "mp3 and loop it, -8 bars from the end is where the loop starts", ASK),
    (BL, L, "send a wav at -14", fmt_is("wav", loudness_lufs=-14.0)),
    # --- (4) a dB level with no LUFS: asked now wherever it stands
    (DB, L, "fade out the last 10 seconds down to -60 dB", fade(10)),
    (DB, L, "cut the first 3 seconds, there's a click at -40 dB", trim(start=3)),
    (DB, L, "extend the end by 20 s, the ending sits at -30 dB anyway", ext(0, 20)),
    (DB, L, "export mp3 at -14 LUFS, peak -1 dB", fmt_is("mp3", loudness_lufs=-14.0)),
    (DB, L, "trim the silence below -50 dB at the start", ASK),
    (DB, L, "flac, -6 dB headroom", ASK),
    # --- (5) lyrics language: Portuguese stopwords and romanised Hindi words in other languages' lyrics
    (LY, None, 'Hazme una cumbia con esta letra: "el sol de la tarde, mi amor en la playa"', tags_not("portuguese")),
    (LY, None, 'Make a bolero with these lyrics: "un sol de verano, de tu mano hasta el mar"', tags_not("portuguese")),
    (LY, None, 'Make a ballad with these lyrics: "tu es mon coeur, tu es ma vie"', tags_not("hindi")),
    (LY, None, 'Fammi una canzone con questo testo: "tu sei la mia vita, tu sei il mio amore"', tags_not("hindi")),
    (LY, None, 'Make a pop song with these lyrics: "tu eres mi sol, tu eres mi luz"', tags_not("hindi", "portuguese")),
    (LY, None, 'Make a bossa nova with these lyrics: "o sol caiu no mar, eu fico aqui"', tags_not("spanish")),
    (
        LY,
        None,
        "hazme una canción con esta letra: 'dil mera tu hi jaane, tu hi mera safar'",
        tags_not("spanish"),
    ),
    (LY, None, 'Make a song with these lyrics: "hai sayang, aku di sini menunggu kamu"', tags_not("hindi")),
    # --- (6) versions that differ, and a list after a few words
    (
        VD,
        None,
        "make 3 versions of a lofi beat - chill, short, 20 seconds each, no vocals",
        nws(20, takes=3, inst=True),
    ),
    (VD, None, "3 takes please — same style, same length, 30 s, jazz", nws(30, takes=3)),
    (VD, None, "3 versions of a jingle please (upbeat, 15 seconds, no vocals)", nws(15, takes=3, inst=True)),
    (VD, None, "3 versiones distintas: cortas, alegres y sin voz, de 15 segundos, jazz", nws(15, takes=3)),
    (VD, None, "4 verschiedene Versionen: alle mit Klavier, 30 Sekunden", nws(30, takes=4)),
    (VD, None, "make 3 different versions please: rock, jazz, pop", ASK),
    (VD, None, "2 versions différentes, une lente, une rapide", ASK),
    (VD, None, "3 diff versions: 1 with drums, 1 without, 1 acoustic", ASK),
    (VD, None, "make 3 versions for my video - intro, main, outro", ASK),
    # --- (7) Czech and Swahili 'na'
    (NA, L, "Přidej na začátek 10 sekund a na konec 20", ext(10, 20)),
    (NA, L, "ongeza sekunde 10 mwishoni na 20 mwanzoni", ext(20, 10)),
    (NA, L, "ongeza sekunde 15 mwanzoni na mwishoni", ext(15, 15, ask_ok=True)),
    (NA, L, "Prodluž intro na 20 sekund a outro na 30", ASK),
    (NA, L, "pridaj na začiatok 5 sekúnd a na koniec 10", ext(5, 10)),
    (NA, L, "dodaj na początek 10 sekund i na koniec 20", ext(10, 20)),
    # --- (8) a fade at both ends in Chinese
    (BF, L, "头尾各fade三秒半", both(3.5)),
    (BF, L, "前后各淡入淡出1.5秒", both(1.5)),
    (BF, L, "头尾各加2秒的淡入淡出", both(2)),
    (BF, L, "首尾各加个3秒淡入淡出", both(3)),
    (BF, L, "头尾各2秒fade，再导出wav", both(2, output_format="wav")),
    (BF, L, "前後各fade兩秒半", both(2.5)),
    (
        BF,
        L,
        "头尾各剪2秒再各fade一秒",
        {"tool": FREE, "trim_start_s": 2, "trim_end_s": 2, "fade_in_s": 1, "fade_out_s": 1, "ask_ok": True},
    ),
    # --- (9) new cue and side words, and the same words in other senses
    (CW, L, "neka se vrti u krug, mp3", {"tool": FREE, "output_format": "mp3", "loop": True}),
    (CW, L, "pjesma mi se vrti u krug u glavi, produlji kraj za 20 sekundi", ext(0, 20, loop=None)),
    (CW, L, "uřízni posledních 5 vteřin", trim(end=5)),
    (CW, L, "mettici 10 secondi alla fine", ext(0, 10)),
    (CW, L, "mettici un fade out di 5 secondi", fade(5)),
    (CW, L, "শেষে ১০ সেকেন্ড জুড়ে দাও", ext(0, 10)),
    (CW, L, "1:00 se 1:30 tak dubara bana do", inp(60, 90)),
    (CW, L, "dubara bana do, lofi style mein", ASK),
    (CW, 120.0, "2分半にのばして", ext(0, 30, ask_ok=True)),
    (CW, L, "keep it going for another 30 seconds", ext(0, 30)),
    (CW, L, "love it, keep it going! now export an mp3", fmt_is("mp3")),
    (CW, L, "knip achteraan 5 seconden weg", trim(end=5)),
    (CW, L, "nukirpk gale 5 sek", trim(end=5)),
    (CW, L, "galėtum pridėti 10 sek pradžioje?", ext(10, 0)),
    (CW, L, "చివర 10 సెకన్లు కలుపు, ముందు కాదు", ext(0, 10)),
    (CW, L, "mete l an mp3", fmt_is("mp3")),
    (CW, L, "mete 5 segonn devan", ext(5, 0)),
    (CW, L, "devan ou ekspòte l, koupe 3 segonn nan fen", trim(end=3, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
