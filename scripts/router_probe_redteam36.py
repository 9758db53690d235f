"""Red-team probe (redteam36) of the router rules changed in 7342751..df37bd7 (578a44e, 91a13bc, df37bd7), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly
asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) read.corrected_values / _CORRECTED / _TAKEN_BACK / _NO_THEN_VALUE / TAKEN_BACK_BEFORE: a
value followed by words that take it back keeps only the second ('five no wait seven seconds', 'fünf nee sechs'),
a bare 'no' between two values is asked (account.py's no_then_value question); (2) the tightened 'louder for
YouTube' rule (_LOUDER_FOR full match, _louder_for, _a_part_louder, _A_SOUND_OF_IT, _LEVEL_NOW, and the loudness
question when a loudness word stands beside other settings); (3) 'make it sound/feel/more ...' is no extension
(_MAKE_IT_SOUND), ages and hours are no range (lang.AGES_OR_HOURS in _RANGES and __init__._RANGE), 'N minute(s) M
second(s)' is one time (lang._MIN_SEC); (4) a new piece while a track is open: set-aside + style + m:ss, and
_new_piece_said's 'new' right before a style (_TWO_WORDS_AFTER + names_a_style); (5) lang.spoken_numbers: number
words read as digits when a unit is before them, a correction or hesitation is before them, or the other end of a
range follows (_UNIT_BEFORE, TAKEN_BACK_BEFORE, _RANGE_TO_A_NUMBER), with stems of inflected forms (_RUN_ON_LANGS,
_ORDINAL_TENS) and tens+units / hundreds composition.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam36.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, ext, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
M = 120.0
S = 20.0

CB = "corrected_values: a value taken back (_CORRECTED)"
NO = "bare 'no' between values (_NO_THEN_VALUE)"
LD = "_LOUDER_FOR / _LEVEL_NOW / loudness question"
MK = "_MAKE_IT_SOUND"
AG = "AGES_OR_HOURS in _RANGES / _RANGE"
MS = "_MIN_SEC with minute(s)/second(s)"
NP = "new piece with a track open (set aside / 'new' + style)"
SN = "lang.spoken_numbers"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def not_out(**kw: Any) -> dict[str, Any]:
    """Anything but a paid extension (a question allowed)."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def not_in(**kw: Any) -> dict[str, Any]:
    """Anything but a paid regeneration of a range (a question allowed)."""
    return {"tool_not": IN, "ask_ok": True, **kw}


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def lufs(level: float, **kw: Any) -> dict[str, Any]:
    """The whole track delivered at that level, free."""
    return {"tool": FREE, "loudness_lufs": level, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def out_after(sec: float, **kw: Any) -> dict[str, Any]:
    """A paid extension of that many seconds after (a question allowed)."""
    return {"tool": OUT, "extend_after_duration": sec, "ask_ok": True, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a value taken back: guards (the second kept)
    (CB, L, "Fade out five no wait seven seconds", {"tool": FREE, "fade_out_s": 7.0}),
    (CB, L, "Mach den Fade-out fünf nee sechs Sekunden", {"tool": FREE, "fade_out_s": 6.0}),
    (CB, L, "Добавь в конце секунд пять нет семь", ext(0, 7)),
    (CB, L, "Afegeix dos minuts no espera tres al final", ext(0, 180, ask_ok=True)),
    (CB, L, "30秒じゃなくて40秒延ばして", ext(0, 40, ask_ok=True)),
    (CB, L, "Convert to mp3 at 320 no sorry 256 kbps", fmt_is("mp3", bitrate_kbps=256)),
    (CB, L, "Extend it by 30 seconds, no wait, 45", ext(0, 45, ask_ok=True)),
    (CB, L, "Extend the end by 30 seconds, i mean 40 seconds", ext(0, 40)),
    (CB, L, "Rallonge la fin de 30 secondes, non plutôt 40", ext(0, 40)),
    (CB, L, "Allunga la fine di 30 secondi, anzi 40", ext(0, 40)),
    (CB, L, "Dodaj na końcu 30 sekund, a nie czekaj, 40", ext(0, 40)),
    (CB, L, "结尾加30秒，不对，40秒", ext(0, 40)),
    (CB, L, "끝에 30초 말고 40초 늘려줘", ext(0, 40)),
    (CB, M, "Make it 3 minutes. I mean 3 minutes total, not 3 more", ext(0, 60, ask_ok=True)),
    (CB, M, "Make it 2 minutes longer, I mean 3 minutes longer", ext(0, 180, ask_ok=True)),
    (CB, L, "Trim the last 5 seconds, sorry, 8 seconds", {"tool": FREE, "trim_end_s": 8.0}),
    (CB, L, "Regenerate 1:10 to 1:20, wait, 1:10 to 1:30", inp(70, 90, ask_ok=True)),
    # ... attacks: the minus of a level eaten by the correction
    (CB, L, "Normalise to -14 LUFS, sorry, -16", lufs(-16.0, ask_ok=True)),
    (CB, L, "Master it to -14 LUFS, no wait, -11 LUFS", lufs(-11.0, ask_ok=True)),
    (CB, L, "Loudness -14 LUFS, i mean -16 LUFS, as a wav", lufs(-16.0, output_format="wav", ask_ok=True)),
    # ... attacks: a restatement in another unit ('i.e.'), not a correction
    (CB, L, "Extend the end by 30 seconds, I mean 16 bars", ext(0, 30, ask_ok=True)),
    (CB, L, "Alárgala al final 30 segundos, o sea 16 compases", ext(0, 30, ask_ok=True)),
    (CB, L, "Allunga la fine di 30 secondi, cioè 16 battute", ext(0, 30, ask_ok=True)),
    (CB, L, "Добавь в конце 30 секунд, то есть 16 тактов", ext(0, 30, ask_ok=True)),
    (CB, L, "Додай у кінці 30 секунд, тобто 16 тактів", ext(0, 30, ask_ok=True)),
    (CB, L, "Dodaj na końcu 30 sekund, to znaczy 16 taktów", ext(0, 30, ask_ok=True)),
    (CB, L, "Adiciona no final 30 segundos, quer dizer, 16 compassos", ext(0, 30, ask_ok=True)),
    (CB, L, "Sonuna 30 saniye, yani 16 ölçü ekle", ext(0, 30, ask_ok=True)),
    (CB, L, "Rajoute à la fin 30 secondes, enfin 16 mesures", ext(0, 30, ask_ok=True)),
    (CB, L, "अंत में 30 सेकंड जोड़ो मतलब 16 बीट", ext(0, 30, ask_ok=True)),
    # ... attacks: a correction word before another setting, or a word that is no correction
    (CB, L, "Extend it by 30 seconds, wait, make it 320 kbps too", out_after(30.0)),
    (CB, L, "Estende mais 30 segundos, aliás, exporta em 320 kbps", out_after(30.0)),
    (CB, L, "Verlängere es um 30 Sekunden, besser gleich in 320 kbps", out_after(30.0)),
    (CB, L, "Alárgala 30 segundos, mejor en 320 kbps", out_after(30.0)),
    (CB, L, "Extend it by 30 seconds, sorry 2 bother you again", out_after(30.0)),
    (CB, L, "Add 20 seconds, make that 2 versions", out_after(20.0)),
    (CB, L, "Verlängere um 30 Sekunden, lieber 2 Varianten", out_after(30.0)),
    (CB, L, "Добавь в конце 30 секунд, стоп, 2 версии сделай", out_after(30.0)),
    (CB, L, "Dodaj na końcu 30 sekund, a nie 20", ext(0, 30)),
    (CB, L, "Extend it by 20 seconds, wait, twenty is too short, make it forty", ext(0, 40, ask_ok=True)),
    (
        CB,
        L,
        "Fade out 5 seconds, no wait, fade in 5 seconds",
        {"tool": FREE, "fade_in_s": 5.0, "fade_out_s": None, "ask_ok": True},
    ),
    (
        CB,
        L,
        "Trim the last 5 seconds. Scratch that, fade out the last 8 seconds",
        {"tool": FREE, "fade_out_s": 8.0, "trim_end_s": None, "ask_ok": True},
    ),
    (CB, None, "Piano intro 20 seconds, wait 5 seconds of silence, then drums; 2 minutes total", nws(120)),
    (CB, None, "Lo-fi beat, 90 seconds, wait 4 bars before the drums come in", nws(90)),
    (CB, None, "Un reggaeton de 2 minutos, mejor 3 versiones", nw(120)),
    (CB, None, "Ein Techno-Track, 2 Minuten, lieber 3 Varianten", nw(120)),
    (CB, None, "Une intro de 20 secondes, plutôt 2 versions", nw(20)),
    (CB, None, "做一个30秒的片头，算了，2个版本吧", nw(30)),
    (CB, None, "A 30 second jingle, sorry, 3 versions please", nw(30)),
    (CB, None, "Extend by 30 seconds, sorry, three more things: mp3, 320 kbps and a fade", ASK),
    (CB, L, "Extend it by 30 seconds, sorry, three more things: mp3, 320 kbps and a fade", out_after(30.0)),
    # --- (1b) a bare 'no' between two values: guards (asked)
    (NO, None, "Una cumbia de tres minutos no cuatro", ASK),
    (NO, L, "Alárgala tres minutos no cuatro", ASK),
    (NO, L, "Convert to mp3, -14 LUFS no -16", ASK),
    # ... attacks: 'no' (or 'not') before a count of something else, or plainly 'not that value'
    (NO, None, "A lo-fi hip hop beat, 2 minutes, no 808s", nws(120)),
    (NO, None, "Synthwave, 3 minutes, no 80s cheese though", nws(180)),
    (NO, L, "Extend by 20 seconds, no 808s in it", ext(0, 20, ask_ok=True)),
    (NO, None, "Make a 45 second intro, no 4/4, use 3/4 waltz time", nws(45)),
    (NO, L, "Fade out the last 10 seconds, no 2 second gap at the end", {"tool": FREE, "fade_out_s": 10.0}),
    (NO, L, "Добавь в конце 30 секунд, не 20", ext(0, 30)),
    (NO, L, "Додай у кінці 30 секунд, не 20", ext(0, 30)),
    (NO, L, "Přidej na konec 30 sekund, ne 20", ext(0, 30)),
    (NO, L, "Adj hozzá a végéhez 30 másodpercet, nem 20-at", ext(0, 30, ask_ok=True)),
    (NO, L, "Dodaj na końcu 30 sekund, nie 2 razy", ext(0, 30)),
    (NO, L, "अंत में 20 सेकंड नहीं 30 सेकंड जोड़ो", ext(0, 30)),
    (NO, None, "Una bachata de 3 minutos, no 2 como la otra vez", nws(180)),
    (NO, None, "Un valse de 2 minutes, non 3", nw(120)),
    # --- (2) louder for a platform: guards
    (LD, L, "make it louder for YouTube pls", lufs(-14.0)),
    (LD, L, "Can you make the song a bit louder for Spotify please?", lufs(-14.0)),
    (LD, L, "сделай погромче для ютуба", lufs(-14.0)),
    (LD, L, "Mach es etwas lauter für Spotify, danke", lufs(-14.0)),
    (LD, L, "Turn it up for YT", lufs(-14.0)),
    (LD, L, "turn it down for spotify please", lufs(-14.0)),
    (LD, L, "Make it louder", ASK),
    (LD, L, "Make it louder for the club", ASK),
    (LD, L, "Make it louder for YouTube, the outro especially", ASK),
    (LD, L, "It's at -8 LUFS, too loud for Spotify, bring it down", lufs(-14.0, ask_ok=True)),
    # ... attacks: plain requests the full match misses (a question is a miss)
    (LD, L, "Make it louder for my YouTube channel", lufs(-14.0)),
    (LD, L, "I need it louder for YouTube", lufs(-14.0)),
    (LD, L, "Make it louder for YouTube and Spotify", lufs(-14.0)),
    (LD, L, "It's too quiet on Spotify", lufs(-14.0)),
    (LD, L, "Make it quieter for Spotify, it's too loud next to my other songs", lufs(-14.0)),
    (LD, L, "Make it louder for YouTube and export as mp3", lufs(-14.0, output_format="mp3")),
    (LD, L, "Louder for YouTube, and make it a wav", lufs(-14.0, output_format="wav")),
    (LD, L, "Hazlo más fuerte para YouTube, y en mp3", lufs(-14.0, output_format="mp3")),
    # ... attacks: a loudness word that asks for nothing, beside another setting (a question is a miss)
    (LD, L, "Convert it to mp3, no need to make it louder", fmt_is("mp3", loudness_lufs=None)),
    (LD, L, "Export as wav, keep the volume as it is", fmt_is("wav", loudness_lufs=None)),
    (LD, L, "Make it an mp3 and don't change the volume", fmt_is("mp3", loudness_lufs=None)),
    (LD, L, "Add a softer 8 second fade-out at the end", {"tool": FREE, "fade_out_s": 8.0}),
    # ... attacks: a word of _A_SOUND_OF_IT in a whole-track request (the loudness silently dropped)
    (LD, L, "Make it louder and convert it to mp3 right away", ASK),
    (LD, L, "Make it louder and fade out the end over 5 seconds", ASK),
    (LD, L, "Make it quieter and make it an mp3, it's background music for a cafe", ASK),
    # ... attacks: a target said after a word of _LEVEL_NOW
    (LD, L, "The target is -14 LUFS, convert to mp3", lufs(-14.0, output_format="mp3")),
    (LD, L, "Make sure it's at -14 LUFS for Spotify", lufs(-14.0)),
    (LD, L, "It's at -20 LUFS now, bring it to -14 LUFS", lufs(-14.0)),
    (LD, L, "It's currently at -9 LUFS, too loud; -14 LUFS please", lufs(-14.0)),
    (LD, L, "My label says -16 LUFS, export a wav at that level", lufs(-16.0, output_format="wav")),
    (LD, L, "What I need is -14 LUFS and a wav", lufs(-14.0, output_format="wav")),
    (LD, L, "Ziel ist -14 LUFS, als mp3 bitte", lufs(-14.0, output_format="mp3")),
    (LD, L, "La cible est -16 LUFS, exporte en wav", lufs(-16.0, output_format="wav")),
    (LD, L, "L'obiettivo è -14 LUFS, esportalo in mp3", lufs(-14.0, output_format="mp3")),
    (LD, L, "Сейчас -20 LUFS, сделай -14 LUFS", lufs(-14.0)),
    # --- (3) 'make it sound/feel/more/less/like': no extension; guards
    (MK, L, "make it sound like the part at 1:30", not_out()),
    (MK, L, "Make it feel more like the 2:00 section all the way through", not_out()),
    (MK, L, "make it more 90s", not_out()),
    (MK, L, "make it less 80s and more 2010s", not_out()),
    (MK, L, "Make it sound more 80s from 1:10 to 1:30", inp(70, 90, ask_ok=True)),
    # ... attacks: 'like' / 'more like' as 'about', with a length
    (MK, M, "Make it like 3 minutes", ext(0, 60, ask_ok=True)),
    (MK, L, "Make it more like 4 minutes", ext(0, 60, ask_ok=True)),
    (MK, M, "make the song like 3 minutes long", ext(0, 60, ask_ok=True)),
    (MK, M, "make it like 2 minutes longer", ext(0, 120, ask_ok=True)),
    (MK, L, "make it more lively, 20 more seconds at the end", ext(0, 20, ask_ok=True)),
    (MK, L, "Make it feel like it lasts 4 minutes", not_new()),
    # --- (3b) ages and hours are no range: guards
    (AG, None, "A nursery rhyme for kids 3 to 5 years old, 1 minute", nws(60)),
    (AG, None, "Canción infantil para niños de 3 a 5 años, 1 minuto", nws(60)),
    (AG, None, "Lo-fi para mi turno de 9 a 17 horas, 2 minutos", nws(120)),
    (AG, L, "Rehaz de 1:10 a 1:20", inp(70, 80)),
    # ... attacks: a word after a real range that starts like an age or hour word
    (AG, L, "1:10부터 1:20까지 살짝 더 밝게 다시 만들어줘", inp(70, 80)),
    (AG, L, "10초부터 20초까지 살짝 다시 만들어줘", inp(10, 20)),
    (AG, L, "Refaz o trecho de 1:10 a 1:20, anos 80", inp(70, 80)),
    (AG, L, "Rehaz de 1:10 a 1:20, años 80 total", inp(70, 80)),
    (AG, L, "Rifai da 1:10 a 1:20, orecchiabile e allegro", inp(70, 80)),
    (AG, L, "Переделай с 1:10 до 1:20, летний вайб с гитарой", inp(70, 80)),
    (AG, L, "Redo 1:10 to 1:20, answer the vocal line with a sax", inp(70, 80)),
    (AG, L, "Regenerate 1:10 to 1:20, yearning strings this time", inp(70, 80)),
    (AG, L, "1:10 से 1:20 तक साल्सा स्टाइल में बदलो", inp(70, 80)),
    (AG, L, "Add 20 seconds at the end, it's for my 9 to 5 playlist", ext(0, 20)),
    # --- (3c) 'N minute(s) M second(s)': one time
    (MS, None, "Make a 1 minute 30 second loop of lo-fi drums", nws(90)),
    (MS, None, "a 2 minutes and 15 seconds synthwave track", nws(135)),
    (MS, L, "Extend it by 1 minute and 5 seconds", ext(0, 65)),
    (MS, L, "Redo from 1 minute 10 seconds to 1 minute 25 seconds", inp(70, 85)),
    (MS, None, "A 3 minute song with a 5 second fade out", nws(180)),
    (MS, None, "Give me 2 minutes and 30 seconds worth of jazz", nws(150)),
    # --- (4) a new piece with a track open: guards
    (NP, L, "forget this one, start fresh: a sad piano ballad, 2:30", nws(150)),
    (NP, L, "Jetzt einen neuen Techno-Track, 2:30", nws(150)),
    (NP, L, "Нужен новый эмбиент, 2:30", nws(150)),
    (NP, L, "Now a brand new techno track, 2:30", nws(150)),
    # ... attacks: 'new' before an instrument that goes into the track, or 'new' of a style name
    (NP, L, "Put a new jazz piano riff at 1:20", not_new()),
    (NP, L, "Add a new synth pad from 1:10 to 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Redo 1:10 to 1:30 in a new wave synth style", inp(70, 90, ask_ok=True)),
    (NP, L, "Make 0:30 to 0:50 bossa nova jazz", inp(30, 50, ask_ok=True)),
    (NP, L, "Redo 0:30 to 0:50 with a New Orleans jazz brass band", inp(30, 50, ask_ok=True)),
    (NP, L, "Make 1:10 to 1:30 more new age ambient", inp(70, 90, ask_ok=True)),
    (NP, L, "Füge von 1:10 bis 1:30 einen neuen Jazz-Groove ein", inp(70, 90, ask_ok=True)),
    (NP, L, "Füge bei 1:20 ein neues Saxophon-Solo ein", not_new()),
    (NP, L, "Mete una nueva guitarra eléctrica de 1:10 a 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Ajoute une nouvelle guitare acoustique de 1:10 à 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Metti una nuova chitarra jazz da 1:10 a 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Coloca uma nova guitarra de jazz de 1:10 a 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Добавь новый джазовый рифф с 1:10 до 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Dodaj nową gitarę jazzową od 1:10 do 1:30", inp(70, 90, ask_ok=True)),
    # ... attacks: the track set aside by a manner of speaking, then an edit with a style and a time
    (NP, L, "This one is fine, but redo 1:10 to 1:30 as jazz piano instead", inp(70, 90, ask_ok=True)),
    (NP, L, "Forget that, put a jazz guitar at 1:20 instead", not_new()),
    (
        NP,
        L,
        "Leave it as it is, just swap 1:10 to 1:30 for a sad piano instead of the guitar",
        inp(70, 90, ask_ok=True),
    ),
    (NP, L, "Scrap that idea, make 0:30 to 0:45 a sad piano bit instead", inp(30, 45, ask_ok=True)),
    (NP, L, "Passt so, aber mach von 1:10 bis 1:30 lieber Jazzpiano", inp(70, 90, ask_ok=True)),
    (NP, L, "Esta queda bien, pero mejor pon un piano de jazz de 1:10 a 1:30", inp(70, 90, ask_ok=True)),
    (NP, L, "Questa va bene, piuttosto rifai da 1:10 a 1:30 con un piano jazz", inp(70, 90, ask_ok=True)),
    (NP, L, "Это оставь, лучше с 1:10 до 1:30 сделай джазовое пианино", inp(70, 90, ask_ok=True)),
    (NP, L, "Ficou ótimo, só troca de 1:10 a 1:30 por um piano de jazz em vez da guitarra", inp(70, 90, ask_ok=True)),
    (NP, L, "That one's great, now add 20 seconds of jazz piano instead of the fade", not_new()),
    # --- (5) spoken numbers: guards
    (SN, L, "Regeneruj od dwudziestej do trzydziestej sekundy", inp(20, 30)),
    (SN, L, "Переделай с сороковой по пятидесятую секунду", inp(40, 50)),
    (SN, L, "Sonuna otuz saniye yok yok kırk beş saniye ekle", ext(0, 45)),
    (SN, L, "Tambahkan sepuluh detik eh lima belas detik di akhir", out_after(15.0)),
    (SN, L, "Експортирай в mp3, триста и двайсет kbps", fmt_is("mp3", bitrate_kbps=320)),
    (SN, L, "Odstraň posledních dvacet pět sekund", {"tool": FREE, "trim_end_s": 25.0, "ask_ok": True}),
    # ... attacks: a word sharing a stem with a number ('triste' and 'trist-', 300), after a length
    (SN, None, "Una pieza de piano de 2 minutos triste y lenta", nws(120)),
    (SN, None, "Uma música de 3 minutos triste, só violão", nws(180)),
    (SN, None, "Un brano di 2 minuti triste per pianoforte", nws(120)),
    (SN, None, "O melodie de 2 minute tristă la pian", nws(120)),
    (SN, L, "Añade al final 30 segundos tristes de piano", ext(0, 30)),
    (SN, None, "Una canción triste a 2 voces, de 1 minuto", nws(60)),
    (SN, None, "Uma canção triste a 2 vozes, 1 minuto", nws(60)),
    # ... attacks: a number word of a name or a meter right after a length
    (SN, None, "Make a 2 minute eight-bit chiptune", nws(120)),
    (SN, None, "A 3 minute twelve-bar blues in E", nws(180)),
    (SN, None, "a 1 minute sixteen bar loop of boom bap", nws(60)),
    (SN, None, "Make a 2 minute Twenty One Pilots style song", nws(120)),
    (SN, None, "A 2 minute Seven Nation Army style riff", nws(120)),
    (SN, L, "Extend it by 30 seconds once more", ext(0, 30)),
    (SN, L, "Cut the first 5 seconds once and for all", {"tool": FREE, "trim_start_s": 5.0, "ask_ok": True}),
    (SN, L, "Add 20 seconds, it's twelve-bar blues so keep the form", out_after(20.0)),
    (SN, L, "Add 10 seconds once the chorus ends", ASK),
    # ... attacks: a decade (ordinal tens by stem) before 's' ('with') or after a length
    (SN, None, "Napravi pjesmu od 2 minute u stilu sedamdesetih s gitarom", nws(120)),
    (SN, None, "Písnička na 2 minuty, osmdesátky s kytarou", nws(120)),
    (SN, None, "Pieseň na 2 minúty, osemdesiatky s gitarou", nws(120)),
    (SN, None, "Трек на 2 минуты девяностые вайбы", nws(120)),
    (SN, None, "Zrób 2 minuty swingu w stylu lat dwudziestych", nws(120)),
    (SN, None, "Песня к сороковому дню рождения, 2 минуты, джаз", nws(120)),
    # ... attacks: a decade or a date before the other end of a range
    (SN, L, "Переделай трек в духе музыки с шестидесятых до 80-х", not_in()),
    (SN, L, "Przerób utwór w klimacie od lat sześćdziesiątych do 80.", not_in()),
    (SN, L, "Это джингл для фестиваля с двадцатого по 25 мая, добавь 10 секунд в конце", ext(0, 10)),
    (SN, L, "Festiwal od dwudziestego do 25 maja: dodaj 10 sekund na końcu", ext(0, 10)),
    (SN, L, "Festival od dvacátého do 25. května, přidej na konec 10 sekund", ext(0, 10)),
    (SN, L, "Festival vom zwanzigsten bis 25. Mai: häng 10 Sekunden hinten dran", ext(0, 10)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
