"""Red-team probe (redteam48) of the router rules changed in 1af6c38, hunting SILENT WRONG plans (a plan made
without a question whose tool or a certain argument is wrong) and questions asked where the answer was plain
(verdict ASKED), on new ground: a part of the open track named in words the narrowed _A_PART_SAID no longer has
('the last part', 'fürs Ende', 'pour la fin', 'un altro finale', 'ещё один конец', 'le pont', 'slutet', '最后一段')
beside 'another' and a style; idioms the new side phrases catch ('in fondo', 'di akhir acara'); the narrowed
_LENGTH_RIGHT_AFTER ('30 more seconds', 'noch ein Stück von 20 Sekunden dran', 'минутку', 'secondi', 'otra de 2
minutos'); _GAIN_BEFORE without its mix words ('make the vocals quieter -6 and send wav'); the Japanese and Korean
romanisations needing two request words (romaji lyrics under an English request; Japanese names); _NOT_SUNG_BESIDE
(a language to be sung beside 'class', 'study', 'background'); 'perfect' and the 60-character _UNTIL_A_TIME in a real
spot's clause (_KEPT_OR_ENDED); _SAME_OF with a style it may not know; _UNIT_THEN_NUMBER ('минуты на три', and 'на'
before a count of voices or a tempo); romaji minutes with a hyphen ('1-pun han', '2-bun 30-cho'); the _INHERIT filler
words (ostatnie, die letzten, de sista, de laatste) before a count of bars.

FIGURES. First run on 1af6c38 (labels committed before it, 0c644e2): 86 probes; OK 52, ASKED 8, SILENT WRONG 24
(14 new vs 1af6c38^, 10 pre-existing), ERROR 2. The parent 1af6c38^ on the same probes: OK 66, ASKED 6, SILENT WRONG
12, ERROR 2. Against it 1af6c38 turns 14 OK -> silent, 2 OK -> asked, 1 silent -> asked ('2-fun-30-byou'), 1 silent
-> OK ('2-fun 30-byou'), 1 asked -> OK ('fade in 2 Sekunden und die letzten 10 weg').

New silent (vs 1af6c38^), by cause:
- _A_PART_SAID narrowed (9, all asked on the parent): an ending or bridge of the open track named in a word or
  phrase no longer listed, beside 'another' and a style, is a new piece of the default length: 'hazme otra para la
  parte final, más jazz', 'otra pero con el final más jazz', 'haz otro final, más jazz' (tags 'jazz, más jazz'),
  'noch eins fürs Ende, jazziger' ('fürs ende' in the tags), 'fais-en une autre pour la fin, plus jazz', 'fammi un
  altro finale, più jazz', 'fammi un altro ponte, più rock', 'ещё один конец, джазовый', 'ще одну для кінця, джаз'.
- _GAIN_BEFORE without its mix words: 'make the vocals quieter -6 and send wav' -> process_track, wav at -6 LUFS
  (the vocals' level change read as the loudness target; 'quieter' before the level is no gain word).
- ROMANISED_WORDS, two request words for Japanese and Korean: romaji lyrics under a request in another language lose
  their language and take a wrong one: 'make an anime opening with these lyrics: "kimi no sora ni hikari ga furu,
  itsumo zutto yume wo miteru"' -> 'polish vocal'; 'Haz una balada con esta letra: "sakura chiru yoru ni, ..."' ->
  'spanish vocal'; 'make a k-ballad with these lyrics: "neoreul saranghae, oneul bam haneul arae, ..."' -> 'latin
  vocal'.
- _ROMAJI_MIN's hyphen: 'a rap about my 2-bun hairstyle' -> duration 120.

Pre-existing silent (10): 'noch eins für die zweite Hälfte, mit mehr Jazz', 'noch eine Brücke, jazziger', 'ещё один
проигрыш, джаз', 'nog eentje voor het slot, meer jazz', 'satu lagi untuk akhirnya, jazz', 'もう一曲、終わりの部分だけ
ジャズで' (all new pieces); 'давай ещё одну минутку, джаз' (a new piece of 60 s, not one more minute of the track);
'voce più bassa -6 e poi wav' (wav at -6 LUFS); 'piano no kyoku, 1-pun han, shizuka ni' (60 s, not 90: 'han' lost
after the hyphen); 'balad norae mandeureojwo, 2-bun 30-cho' (120 s, not 150: '30-cho' with a hyphen unread).

Asked where the plan was plain (8): the new side phrases as idioms, 'fammi un altro pezzo jazz, in fondo è il mio
genere' and 'satu lagi, lagu dangdut buat dipakai di akhir acara' (asked on the parent too); 'otra de 2 minutos,
salsa' and 'one more song 2 minutes long, jazz' (_LENGTH_RIGHT_AFTER still takes a length said right after 'otra
de' / 'one more song' as more of the track; asked on the parent too); _NOT_SUNG_BESIDE (new): 'a 한국어 lullaby for my
study group, gentle', 'pisniu ukrainskoiu for my class, folk' (whether to sing in it asked); 'песня 2 минуты на 4
голоса, а капелла' (the 2 asked); 'jazu no kyoku, 2-fun-30-byou' (the 30 s asked; silent on the parent).

Errors (2, on the parent too): 'на' before a number that is no length read as the unit said first: 'джингл 15 секунд
на 2 голоса' -> duration 2 (InvalidInput), 'техно 2 минуты на 128 bpm' -> duration 7680 (InvalidInput).

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam48.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, Plan, ext, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, OUT, nw, sung, fmt_is, trim)

L = 150.0
FREE = "process_track"

PW = "a part of the track in words the narrowed _A_PART_SAID lacks, beside 'another' and a style: no new piece"
PI = "an idiom the new side phrases of _A_PART_SAID catch ('in fondo', 'di akhir'): a real new piece"
LA = "a length after 'another' that the narrowed _LENGTH_RIGHT_AFTER misses or still catches"
GB = "a change of a part's level before a bare level, in words _GAIN_BEFORE lacks: a gain, not a loudness target"
RJ = "Japanese and Korean romanisations: two request words needed (romaji lyrics; Japanese names)"
NS = "a language to be sung beside 'class', 'study', 'background' (_NOT_SUNG_BESIDE)"
SP = "'perfect', 'lass', 'deja' and keep words within 60 characters after a real spot (_UNTIL_A_TIME, _KEPT_OR_ENDED)"
SO = "'the same' with no track open, beside a style (_SAME_OF)"
UN = "the unit said first, and 'на' before a number that is no length (_UNIT_THEN_NUMBER)"
RM = "romaji and Korean romanised minutes with a hyphen (_ROMAJI_MIN, _ROMAJI_MIN_SEC, _ROMAJI_MIN_HALF)"
IH = "a bare amount after the _INHERIT filler words (ostatnie, die letzten, de sista, de laatste)"


def edit(**kw: Any) -> dict[str, Any]:
    """Anything but a new piece: an edit of the open track, or a question."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def np(**kw: Any) -> dict[str, Any]:
    """A new piece beside the open track, one take (a question is a miss)."""
    return {"tool": NEW, "takes": None, **kw}


def lang(word: str, **kw: Any) -> dict[str, Any]:
    """A new sung piece whose tags name this language (a question is a miss)."""
    return {"tool": NEW, "inst": False, "tags_text": [word], **kw}


def not_lang(*words: str, **kw: Any) -> dict[str, Any]:
    """A new sung piece whose tags name none of these languages (a question is fine)."""
    return {"tool": NEW, "inst": False, "ask_ok": True, "tags_text_not": list(words), **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a part of the open track in words the narrowed list lacks, with 'another' and a style: no new piece
    (PW, L, "another one for the last part, jazzier", edit()),
    (PW, L, "another one for the second half, more jazz", edit()),
    (PW, L, "another one but for the break, jazzier", edit()),
    (PW, L, "one more but only the last 30 seconds, jazzier", edit()),
    (PW, L, "hazme otra para la parte final, más jazz", edit()),
    (PW, L, "otra pero con el final más jazz", edit()),
    (PW, L, "haz otro final, más jazz", edit()),
    (PW, L, "otra pero sólo los últimos 20 segundos, más jazz", edit()),
    (PW, L, "noch eins fürs Ende, jazziger", edit()),
    (PW, L, "noch eins für die zweite Hälfte, mit mehr Jazz", edit()),
    (PW, L, "noch eine Brücke, jazziger", edit()),
    (PW, L, "noch eins, aber nur die letzten 20 Sekunden, jazziger", edit()),
    (PW, L, "fais une autre fin, plus jazz", edit()),
    (PW, L, "fais-en une autre pour la fin, plus jazz", edit()),
    (PW, L, "fais-en une autre pour le pont, plus funk", edit()),
    (PW, L, "fammi un altro finale, più jazz", edit()),
    (PW, L, "fammi un altro ponte, più rock", edit()),
    (PW, L, "faz outro final, mais jazz", edit()),
    (PW, L, "ещё один конец, джазовый", edit()),
    (PW, L, "ещё одну для второй половины, в стиле джаз", edit()),
    (PW, L, "ещё одну, но только последние 20 секунд, джаз", edit()),
    (PW, L, "ещё один проигрыш, джаз", edit()),
    (PW, L, "ще одну для кінця, джаз", edit()),
    (PW, L, "nog eentje voor het slot, meer jazz", edit()),
    (PW, L, "en till för slutet, mer jazz", edit()),
    (PW, L, "άλλο ένα για το τέλος, πιο jazz", edit()),
    (PW, L, "واحدة ثانية للنهاية، jazz", edit()),
    (PW, L, "satu lagi untuk akhirnya, jazz", edit()),
    (PW, L, "再来一首，最后一段改成爵士", edit()),
    (PW, L, "もう一曲、終わりの部分だけジャズで", edit()),
    # --- (1b) an idiom the new side phrases catch, said of no part of the track: the new piece is planned
    (PI, L, "fammi un altro pezzo jazz, in fondo è il mio genere", np()),
    (PI, L, "satu lagi, lagu dangdut buat dipakai di akhir acara", np()),
    # --- (2) a length after 'another': more of the track, or a new piece of that length
    (LA, L, "noch ein Stück von 20 Sekunden dran, jazziger", edit()),
    (LA, L, "another one, 30 more seconds, jazzier", edit()),
    (LA, L, "otra, 30 segundos más, más jazz", edit()),
    (LA, L, "давай ещё одну минутку, джаз", edit()),
    (LA, L, "un'altra di 30 secondi in coda, più jazz", edit()),
    (LA, L, "otra de 2 minutos, salsa", nws(120, takes=None)),
    (LA, L, "one more song 2 minutes long, jazz", nws(120, takes=None)),
    # --- (3) a part of the mix made quieter before a bare level, in words _GAIN_BEFORE lacks: asked
    (GB, L, "make the vocals quieter -6 and send wav", ASK),
    (GB, L, "Gesang leiser -6, dann als wav", ASK),
    (GB, L, "la voix moins forte -6, et envoie en wav", ASK),
    (GB, L, "voce più bassa -6 e poi wav", ASK),
    (GB, L, "vocal mais baixo -6, manda em wav", ASK),
    (GB, L, "вокал тише на -6, и в wav", ASK),
    (GB, L, "wokal ciszej -6, potem wav", ASK),
    (GB, L, "人声小一点 -6，导出wav", ASK),
    (GB, L, "보컬 작게 -6, wav로", ASK),
    # --- (4) romanised Japanese and Korean: lyrics in romaji under another language's request; Japanese names
    (
        RJ,
        None,
        'make an anime opening with these lyrics: "kimi no sora ni hikari ga furu, itsumo zutto yume wo miteru"',
        lang("japanese"),
    ),
    (
        RJ,
        None,
        'Haz una balada con esta letra: "sakura chiru yoru ni, namida ga afureru, kokoro ga itai"',
        lang("japanese"),
    ),
    (
        RJ,
        None,
        'make a k-ballad with these lyrics: "neoreul saranghae, oneul bam haneul arae, nunmul i heulleo"',
        lang("korean"),
    ),
    (RJ, None, "a lullaby for my daughters Hikari and Yume, soft piano", not_lang("japanese")),
    (RJ, None, "Fammi una canzone per Kimi e Sora, le mie cagnoline, stile pop", not_lang("japanese")),
    (RJ, None, "uma música para as minhas gatas Yume e Hoshi, estilo forró", not_lang("japanese")),
    # --- (5) a language to be sung, beside a class, a study group, background music
    (NS, None, "a 中文 song for my class, about colours, cheerful", lang("chinese")),
    (NS, None, "a simple 日本語 song for my students to learn greetings", lang("japanese")),
    (NS, None, "a 한국어 lullaby for my study group, gentle", lang("korean")),
    (NS, None, "a tiếng việt song for my daughter's class, upbeat", lang("vietnamese")),
    (NS, None, "pisniu ukrainskoiu for my class, folk", lang("ukrainian")),
    # --- (6) a real spot inside the window, with 'perfect', 'lass', 'deja' or a keep word of the rest after it
    (SP, L, "the guitar at 1:10 isn't perfect, redo 1:05-1:20", inp(65, 80)),
    (SP, L, "1:10 n'est pas parfait, refais 1:05-1:20", inp(65, 80)),
    (SP, L, "bei 1:10 ist es noch nicht perfekt, mach 1:05 bis 1:20 neu", inp(65, 80)),
    (SP, L, "el clic de 1:10 no me deja tranquilo, rehaz 1:05-1:20", inp(65, 80)),
    (SP, L, "1:10 klingt komisch, lass uns 1:05 bis 1:20 neu machen", inp(65, 80)),
    (SP, L, "a 1:10 c'è un click, il resto va bene così, rifai 1:05-1:20", inp(65, 80)),
    (SP, L, "в 1:10 щелчок, остальное не трогай, переделай 1:05-1:20", inp(65, 80)),
    # --- (7) 'the same' with no track open, beside a style
    (SO, None, "la même énergie du début à la fin, du zouk, 2 minutes", nws(120, tags_text=["zouk"])),
    (SO, None, "immer dasselbe Motiv, Schlager, 2 Minuten", nws(120, tags_text=["schlager"])),
    (SO, None, "同じメロディーを繰り返す演歌、2分", nws(120)),
    # --- (8) the unit said first; 'на' before a count of voices or a tempo
    (UN, None, "джаз, минуты на три", nws(180)),
    (UN, None, "джингл 15 секунд на 2 голоса", nws(15)),
    (UN, None, "песня 2 минуты на 4 голоса, а капелла", nws(120)),
    (UN, None, "техно 2 минуты на 128 bpm", nws(120)),
    (UN, L, "ещё одну, минуты на три, джаз", nws(180, takes=None)),
    (UN, L, "сделай его минуты на две длиннее", ext(0, 120, ask_ok=True)),
    # --- (9) romaji and Korean romanised minutes with a hyphen
    (RM, None, "piano no kyoku, 1-pun han, shizuka ni", nws(90)),
    (RM, None, "rokku no kyoku wo tsukutte, 2-fun 30-byou", nws(150)),
    (RM, None, "balad norae mandeureojwo, 2-bun 30-cho", nws(150)),
    (RM, None, "jazu no kyoku, 2-fun-30-byou", nws(150)),
    (RM, None, "a rap about my 2-bun hairstyle", {"tool": NEW, "duration_not": 120, "ask_ok": True}),
    # --- (10) a bare amount after the filler words: bars are no seconds
    (IH, L, "przytnij 3 sekundy z początku i ostatnie 2 takty", ASK),
    (IH, L, "schneid die ersten 5 Sekunden weg und die letzten 4 Takte", ASK),
    (IH, L, "knip de eerste 5 seconden weg en de laatste 2 maten", ASK),
    (IH, L, "klipp bort 3 sekunder i början och de sista 2 takterna", ASK),
    (IH, L, "fade in 2 Sekunden und die letzten 10 weg", {"tool": FREE, "fade_in_s": 2, "trim_end_s": 10}),
    (IH, L, "wycisz 5 sekund na końcu i utnij ostatnie 3", {"tool": FREE, "fade_out_s": 5, "trim_end_s": 3}),
]


if __name__ == "__main__":
    main(PROBES, __file__)
