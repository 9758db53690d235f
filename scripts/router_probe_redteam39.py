"""Red-team probe (redteam39) of the router rules changed in 672e201..b68b26f (0a3b166, 869540c, 685756f, b68b26f),
hunting SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions
newly asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) lang.spoken_numbers / _RATE_BEFORE / _MINUS_BEFORE / MINUS_WORDS / _RATE_PAIRS /
_KO_SETTING (a setting's number said in words after mp3/ogg/bitrate/minus, pairs like 'one ninety two'), tried with
numbers that are not settings beside those words ('mp3 at one twenty eight bpm', 'más o menos tres minutos', 'mp3: 1
60-second spot'); (2) __init__._LUFS's no-unit form after a loudness word, _DB_LEVEL / _LOUDNESS_WORD, _target_level's
`said`, tried with a minus that is a time or a level in dB ('keep the loudness, minus 10 seconds at the end',
'громкость минус 3 дБ'); (3) read._SECTION_LINE / _SECTION_NAMES, read._style_line_after and the '[1절]' marker, tried
with briefs whose 'Intro:' / 'Ref:' lines are no lyrics, lyrics whose last line is sung, and '(30 seconds)' lines;
(4) read.QUOTE's apostrophe, _SUNG's new verbs, THESE_WORDS' section forms, _WRITE_IT_YOURSELF, tried with quoted titles
that hold an apostrophe, sung words that say 'write it', and 'this hook:' before a description; (5) read.WORDS_NOT_GIVEN
/ WRITE_THEM, tried with own words promised later beside a write verb, and 'my' or 'tomorrow' near 'lyrics' where the
model writes them; (6) lyrics_language's Croatian -> Czech/Slovak, `accented` and _HAITIAN; (7) cues 'l'inizio' /
'den Anfang' as the start side, in stories and beside the end; (8) account.around and the speed commit b68b26f, which
must change no plan.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam39.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, inp, lyr, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

SN = "spoken_numbers _RATE_BEFORE/_MINUS_BEFORE/_RATE_PAIRS/_KO_SETTING"
LU = "_LUFS no-unit form / _DB_LEVEL / _LOUDNESS_WORD / said"
SL = "_SECTION_LINE / _style_line_after / '[1절]' marker"
QU = "QUOTE apostrophe / _SUNG verbs / THESE_WORDS sections / _WRITE_IT_YOURSELF"
WN = "WORDS_NOT_GIVEN / WRITE_THEM"
LL = "lyrics_language Croatian->Czech/Slovak, accented, _HAITIAN"
CU = "cues l'inizio / den Anfang"
AR = "account.around / speed b68b26f (no plan changed)"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def takes(n: int, **kw: Any) -> dict[str, Any]:
    """A new piece in n takes (a question allowed)."""
    return {"tool": NEW, "takes": n, "ask_ok": True, **kw}


def lufs(level: float, **kw: Any) -> dict[str, Any]:
    """The whole track delivered at that level, free."""
    return {"tool": FREE, "loudness_lufs": level, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def no_rate(**kw: Any) -> dict[str, Any]:
    """A new piece with no bitrate read from a number that is no rate (a question allowed)."""
    return {"tool": NEW, "bitrate_kbps": None, "ask_ok": True, **kw}


def no_level(**kw: Any) -> dict[str, Any]:
    """No loudness read from a number that is no loudness level (a question allowed)."""
    return {"loudness_lufs": None, "ask_ok": True, **kw}


def sung(*lines: str, **kw: Any) -> dict[str, Any]:
    """A new piece that sings these words (a question allowed)."""
    return {"tool": NEW, "lyrics_has": list(lines), "ask_ok": True, **kw}


def not_sung(*words: str, **kw: Any) -> dict[str, Any]:
    """A new piece that does not sing these words (a question allowed)."""
    return {"tool": NEW, "lyrics_lacks": list(words), "ask_ok": True, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece sung in that language (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def not_lang(*names: str, **kw: Any) -> dict[str, Any]:
    """A new piece not silently sung in those languages (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text_not": [f"{n} vocal" for n in names], **kw}


def music_now(**kw: Any) -> dict[str, Any]:
    """The person's own words are to come: never a render with words the model wrote (instrumental, or asked)."""
    return {"tool": NEW, "inst": True, "ask_ok": True, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a setting's number said in words: guards
    (SN, L, "Export as mp3 at one ninety two", fmt_is("mp3", bitrate_kbps=192)),
    (SN, L, "mp3 three twenty please", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (SN, L, "Convert to mp3, bitrate two fifty six", fmt_is("mp3", bitrate_kbps=256)),
    (SN, L, "mp3 at 1 92 please", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (SN, L, "Bitrate one ninety two is fine, export mp3", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (SN, L, "Eksportuj jako mp3 sto dziewięćdziesiąt dwa", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (SN, L, "Převeď to na mp3 sto dvacet osm", fmt_is("mp3", bitrate_kbps=128, ask_ok=True)),
    (SN, L, "mp3 이백오십육 kbps로 바꿔줘", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SN, L, "Normalise it to minus sixteen LUFS and export as wav", lufs(-16.0, output_format="wav")),
    (SN, L, "Нормализуй до минус четырнадцати LUFS", lufs(-14.0, ask_ok=True)),
    (SN, L, "Normaliza a menos dieciséis LUFS", lufs(-16.0, ask_ok=True)),
    (SN, L, "라우드니스 마이너스 십사 LUFS로 맞춰줘", lufs(-14.0, ask_ok=True)),
    (SN, L, "Loudness eksi on dört LUFS olsun", lufs(-14.0, ask_ok=True)),
    (SN, L, "Chuẩn hóa loudness âm mười bốn, xuất mp3", lufs(-14.0, output_format="mp3", ask_ok=True)),
    (SN, None, "Wimbo wa dakika moja na sekunde kumi na tano", nw(75)),
    # ... attacks: a number after mp3/ogg that is a length, a count or a tempo
    (SN, None, "A chill hop track as an mp3, ninety seconds long", no_rate(duration=90)),
    (SN, None, "Make an mp3, two minutes of lo-fi", no_rate(duration=120)),
    (SN, None, "mp3 dvě minuty, veselá písnička", no_rate(duration=120)),
    (SN, None, "mp3 na dwie minuty, wesoła piosenka", no_rate(duration=120)),
    (SN, None, "House track, mp3 at one twenty eight bpm, two minutes", no_rate(duration=120)),
    (SN, None, "Drum and bass, ogg at one sixty bpm, one minute", no_rate(duration=60)),
    (SN, None, "Mixtape intro, mp3 at one forty bpm, thirty seconds", no_rate(duration=30)),
    (SN, None, "Deliver an mp3: one sixty-second radio spot for my bakery", no_rate(duration=60)),
    (SN, None, "Deliver an mp3: 1 60-second radio spot for my bakery", no_rate(duration=60)),
    (SN, None, "I need mp3 3 20-second versions of a jingle for my shop", no_rate(duration=20, takes=3)),
    (SN, None, "Make me an ogg 1 28-second loop for my game menu", no_rate(duration=28)),
    (SN, None, "Jazz piano as an mp3 of two thirty", no_rate(duration_not=230)),
    # ... attacks: a minus word that is 'give or take' or a time taken off
    (SN, None, "Una canción de más o menos dos minutos, alegre", nw(120)),
    (SN, None, "Una canción de más o menos tres minutos, triste", nw(180)),
    (SN, None, "Una canzone di più o meno tre minuti, allegra", nw(180)),
    (SN, None, "Une chanson de plus ou moins trois minutes, joyeuse", nw(180)),
    (SN, None, "Песня плюс-минус три минуты, весёлая", nw(180)),
    (SN, None, "Uma música de mais ou menos três minutos, alegre", nw(180)),
    (SN, None, "Piosenka plus minus trzy minuty, wesoła", nw(180)),
    (SN, None, "Artı eksi üç dakikalık neşeli bir şarkı", nw(180)),
    (SN, None, "Una canción que dure tres minutos menos diez segundos", nw(170)),
    (
        SN,
        L,
        "Minus twenty seconds from the end, then mp3",
        fmt_is("mp3", trim_end_s=20, loudness_lufs=None, ask_ok=True),
    ),
    (
        SN,
        L,
        "Trim the start and the end: ten and five seconds",
        {"tool": FREE, "trim_start_s": 10, "trim_end_s": 5, "ask_ok": True},
    ),
    # ... attacks: a Sino-Korean number that is no setting
    (SN, None, "2분짜리 발라드, 사십 대 남성 보컬", nw(120)),
    (SN, L, "mp3 백 보컬만 따로 뽑아줘", ASK),
    # --- (2) a loudness with no unit after the word for it, a level in dB: guards
    (LU, L, "Loudness -14, export as mp3", lufs(-14.0, output_format="mp3")),
    (LU, L, "loudness minus 14 please", lufs(-14.0, ask_ok=True)),
    (LU, L, "Громкость минус 16, в wav", lufs(-16.0, output_format="wav", ask_ok=True)),
    (LU, L, "Lautheit -23, als wav für den Rundfunk", lufs(-23.0, output_format="wav", ask_ok=True)),
    (LU, L, "ラウドネスをマイナス14にして", lufs(-14.0, ask_ok=True)),
    (LU, L, "Loudness -14 LKFS for YouTube", lufs(-14.0, ask_ok=True)),
    (LU, L, "Loudness -14, true peak -1", lufs(-14.0, ask_ok=True)),
    (LU, L, "Master it to -14 LUFS, peaks at -1 dB", lufs(-14.0, ask_ok=True)),
    (LU, L, "Normalize to -16 dB", ASK),
    (LU, L, "The loudness is now -8, bring it to -14", lufs(-14.0, ask_ok=True)),
    # ... attacks: a minus after the loudness word that is a time, or a level in dB not written 'dB'
    (LU, L, "Keep the loudness, but minus ten seconds at the end", no_level(tool=FREE)),
    (LU, L, "Keep the loudness, minus 10 seconds at the end", no_level(tool=FREE)),
    (LU, L, "Громкость не трогай, минус 10 секунд в конце", no_level(tool=FREE)),
    (LU, L, "Fix the loudness - 2 minutes in, it clips", no_level()),
    (LU, L, "Сделай громкость минус 3 дБ и экспортируй в mp3", no_level()),
    (LU, L, "Głośność minus 6 decybeli, potem mp3", no_level()),
    (LU, L, "Hlasitost -6 decibelů, export do mp3", no_level()),
    (LU, L, "Loudness: -9 now, too loud. Export mp3", ASK),
    (LU, L, "Loudness -1 dBTP, export mp3", ASK),
    (LU, L, "Make the kick -3 dB quieter and master it", ASK),
    (LU, L, "Volume down -3 dB please", ASK),
    (
        LU,
        L,
        "Normalise the loudness. The intro is -6 dB lower than the chorus, keep it that way.",
        lufs(-14.0, ask_ok=True),
    ),
    # --- (3) section names on their own line, a last short line after the words: guards
    (
        SL,
        None,
        "Refrain:\nWir tanzen bis um drei\nund keiner geht nach Haus\n\nals Schlager, 2 Minuten",
        sung("Wir tanzen bis um drei", lyrics_lacks=["als Schlager"]),
    ),
    (
        SL,
        None,
        "Verse 1:\nWalking down the empty street\nNo one here but me\nChorus:\nHold on, hold on",
        sung("Walking down the empty street", "Hold on, hold on"),
    ),
    (
        SL,
        None,
        "Куплет 1:\nЯ иду по улице одна\nИ луна глядит в окно\n\nв стиле поп",
        sung("Я иду по улице одна", lyrics_lacks=["в стиле поп"]),
    ),
    (SL, None, "主歌：\n我走在回家的路上\n想起你的笑\n\n流行风格", sung("我走在回家的路上", lyrics_lacks=["流行风格"])),
    (
        SL,
        None,
        "[1절]\n너를 처음 만난 날\n하늘이 참 맑았지\n\n[후렴]\n사랑해 너만을\n\n발라드로",
        sung("너를 처음 만난 날", lyrics_lacks=["발라드로"]),
    ),
    (
        SL,
        None,
        "[Verse]\nCold wind on the harbor\nShips that never came\n\n[Chorus]\nCall my name\n\nsea shanty style please",
        sung("Cold wind on the harbor", lyrics_lacks=["sea shanty"]),
    ),
    (
        SL,
        None,
        "Con esta letra:\n\nTe fuiste en abril\ny yo me quedé aquí\n\nestilo bolero",
        sung("Te fuiste en abril", lyrics_lacks=["estilo bolero"]),
    ),
    (
        SL,
        None,
        "Lời bài hát:\n\nAnh đi xa rồi\nEm ở lại đây\n\nkiểu bolero nhé",
        sung("Anh đi xa rồi", lyrics_lacks=["bolero nhé"]),
    ),
    # ... attacks: a last short line that is sung (after marked sections, or a sung line naming a style)
    (
        SL,
        None,
        "Song with these lyrics:\n\n[Verse]\nWalking down the empty street\nNo one here but me\n\n[Chorus]\n"
        "Hold on, hold on\nDon't let go\n\nGoodnight, my love",
        sung("Goodnight, my love"),
    ),
    (
        SL,
        None,
        "Refrain:\nWir tanzen bis um drei\nund keiner geht nach Haus\n\nStrophe:\nDie Nacht ist jung\nund wir sind frei"
        "\n\nAuf Wiedersehen, mein Schatz",
        sung("Auf Wiedersehen, mein Schatz"),
    ),
    (
        SL,
        None,
        "[1절]\n너를 처음 만난 날\n하늘이 참 맑았지\n\n[후렴]\n사랑해 너만을\n영원히 너만을\n\n안녕 내 사랑",
        sung("안녕 내 사랑"),
    ),
    (
        SL,
        None,
        "[Verse]\nCold wind on the harbor\nShips that never came\n\n[Chorus]\nCall my name\nCall my name\n\nForever",
        sung("Forever"),
    ),
    (
        SL,
        None,
        "Lyrics:\n\n[Verse]\nSunday morning, coffee's cold\nYou were never mine to hold\n\n[Chorus]\nLet it rain\n\n"
        "Rock and roll will never die",
        sung("Rock and roll will never die"),
    ),
    (
        SL,
        None,
        lyr(
            "A song with these lyrics:",
            "We met in the summer rain\nYou sang along to every song",
            "And the jukebox played the blues all night",
        ),
        sung("the jukebox played the blues"),
    ),
    (
        SL,
        None,
        lyr(
            "Una canción con esta letra:",
            "Te conocí en el verano\nbajo la luz de la luna",
            "Y bailamos salsa hasta el amanecer",
        ),
        sung("bailamos salsa hasta el amanecer"),
    ),
    (
        SL,
        None,
        lyr(
            "Uma música com esta letra:",
            "A noite chegou devagar\ne a gente começou a cantar",
            "E o samba não pode parar",
        ),
        sung("o samba não pode parar"),
    ),
    (
        SL,
        None,
        lyr("Song mit diesem Text:", "Ich hab dich gesucht\nin jeder Stadt", "Und das Radio spielt Jazz"),
        sung("das Radio spielt Jazz"),
    ),
    # ... attacks: a brief whose section lines describe the music (no words to sing)
    (
        SL,
        None,
        "Make a 2 minute electronic track.\nIntro:\nambient pads, no drums\nDrop:\nheavy bass and a big kick",
        not_sung("ambient pads", "heavy bass", duration=120),
    ),
    (
        SL,
        None,
        "Song idea, 3 minutes\nVerse:\nmellow acoustic guitar, soft voice\nChorus:\nfull band, bigger drums",
        not_sung("mellow acoustic guitar", "full band"),
    ),
    (SL, None, "Lo-fi beat, 2 minutes.\nRef:\nsomething like Nujabes, dusty drums", not_sung("Nujabes")),
    (SL, None, "Ein Song, 3 Minuten.\nIntro:\nnur Klavier\nRefrain:\nvolle Band mit Chor", not_sung("nur Klavier")),
    (
        SL,
        None,
        "Una canción de 3 minutos.\nIntro:\nguitarra sola\nCoro:\ntodos los instrumentos, más fuerte",
        not_sung("guitarra sola", "todos los instrumentos"),
    ),
    (
        SL,
        None,
        "Песня на 3 минуты.\nКуплет:\nтолько гитара и голос\nПрипев:\nвся группа, громче",
        not_sung("только гитара", "вся группа"),
    ),
    (SL, None, "Pop track, 3 minutes\nBridge:\nkey change up a semitone, half-time drums", not_sung("key change")),
    (
        SL,
        None,
        "Un brano di 2 minuti.\nStrofa:\nsolo piano e archi\nRitornello:\ntutta la band",
        not_sung("solo piano"),
    ),
    (SL, None, "Beat for my rap, 2 minutes\nHook:\nI'll record it myself, leave space", not_sung("record it myself")),
    (SL, None, "Brief: 30 second ad.\nOutro:\nour slogan spoken over the last chord", not_sung("our slogan spoken")),
    (SL, None, "Hook:\nwe need something catchy for a TikTok dance, 30 seconds", not_sung("TikTok", duration=30)),
    (
        SL,
        None,
        "Coro:\nquiero un coro de niños cantando, sin letra concreta\n\n2 minutos, navideño",
        not_sung("coro de niños"),
    ),
    (
        SL,
        None,
        "Intro:\n10 seconds of rain sounds, then piano\n\n2 minutes total",
        not_sung("rain sounds", duration=120),
    ),
    # ... attacks: a length or a count in brackets at a line's start read as a section marker
    (
        SL,
        None,
        "Radio jingle for Tony's Pizza\n(30 seconds)\nupbeat, ukulele, whistling",
        not_sung("ukulele", duration=30),
    ),
    (
        SL,
        None,
        "Background music for my vlog\n(2 min)\ncalm, acoustic guitar, no vocals",
        {"tool": NEW, "duration": 120, "inst": True, "ask_ok": True},
    ),
    (SL, None, "Game menu loop\n[3 variations]\ndark ambient, slow pads", not_sung("dark ambient", takes=3)),
    (SL, None, "Kinderlied über den Mond\n(1 Minute)\nfröhlich, Glockenspiel", not_sung("Glockenspiel", duration=60)),
    # --- (4) quoted words with an apostrophe, new sing verbs, 'this chorus:': guards
    (
        QU,
        None,
        "Sing 'three minutes of you and I'm gone' over a slow piano",
        sung("three minutes of you and I'm gone", duration_not=180),
    ),
    (QU, None, "canta 'dell'amore non si muore', ballata, 2 minuti", sung("dell'amore non si muore")),
    (QU, None, "chante 'j'ai oublié l'heure' sur un piano doux", sung("j'ai oublié l'heure")),
    (QU, None, "con la frase 'c'è sempre il sole' nel ritornello, pop estivo", sung("c'è sempre il sole")),
    (QU, None, "Laula 'rakastan sinua aina', 2 minuuttia", sung("rakastan sinua aina")),
    (QU, None, "Zaśpiewaj 'kocham cię do końca', ballada", sung("kocham cię do końca")),
    (QU, None, "Sjung 'jag saknar dig varje dag', en ballad", sung("jag saknar dig varje dag")),
    (
        QU,
        None,
        "Make a song with this chorus: we are the ones who never sleep",
        sung("we are the ones who never sleep"),
    ),
    (QU, None, "Una canzone con questo ritornello: resta con me stanotte", sung("resta con me stanotte")),
    (QU, None, "testo 'da scrivere tu, sull'estate', pop italiano", not_sung("da scrivere")),
    # ... attacks: a quoted title with an apostrophe beside a word for lyrics
    (
        QU,
        None,
        "A song titled 'Don't Stop', lyrics about summer nights",
        {"tool": NEW, "lyrics_not": ["Don't Stop"], "ask_ok": True},
    ),
    (
        QU,
        None,
        "Call it 'Summer's End'. Lyrics about the last day of August, indie folk",
        {"tool": NEW, "lyrics_not": ["Summer's End"], "ask_ok": True},
    ),
    (
        QU,
        None,
        "Una canzone intitolata 'L'estate', testo sull'amore",
        {"tool": NEW, "lyrics_not": ["L'estate"], "ask_ok": True},
    ),
    # ... attacks: sung words that say 'write it' / 'you write' (read as words to write)
    (QU, None, "Sing 'I'll write it in the sky' in the chorus, pop, 2 minutes", sung("I'll write it in the sky")),
    (
        QU,
        None,
        "The lyrics should say 'you write the rules and I break them'",
        sung("you write the rules and I break them"),
    ),
    (QU, None, "canta 'scrivilo sulla sabbia' nel ritornello", sung("scrivilo sulla sabbia")),
    (QU, None, "Sing 'write them down, every word you said'", sung("write them down, every word you said")),
    # ... attacks: a title quoted beside a new sing verb that says who sings
    (
        QU,
        None,
        "Tee kappale nimeltä 'Kesäyö', laulajana nainen, 3 minuuttia",
        {"tool": NEW, "lyrics_not": ["Kesäyö"], "ask_ok": True},
    ),
    (
        QU,
        None,
        "En låt som heter 'Midsommar', sjungen av en kvinna, 3 minuter",
        {"tool": NEW, "lyrics_not": ["Midsommar"], "ask_ok": True},
    ),
    (QU, None, "Egy dal 'Nyár' címmel, énekelje egy férfi", {"tool": NEW, "lyrics_not": ["Nyár"], "ask_ok": True}),
    (QU, None, "O piesă numită 'Vara', cântă o voce feminină", {"tool": NEW, "lyrics_not": ["Vara"], "ask_ok": True}),
    # ... attacks: 'this hook:' / 'this chorus:' before a description of the music
    (QU, None, "Build a track around this hook: a descending piano riff, dark and slow", not_sung("descending piano")),
    (QU, None, "I want this chorus: big, anthemic, with a gospel choir", not_sung("anthemic")),
    (QU, None, "Con este coro: voces graves masculinas, estilo gregoriano", not_sung("voces graves")),
    (QU, None, "Voglio questo ritornello: energico, con i fiati", not_sung("energico")),
    # --- (5) the person's own words named and not given: attacks, a write verb beside words promised later
    (
        WN,
        None,
        "I've got lyrics for a wedding song, I'll send them later. Write a romantic melody meanwhile.",
        music_now(),
    ),
    (WN, None, "Tengo la letra, luego te la paso. Escribe tú la música, bolero", music_now()),
    (WN, None, "Sözlerimi sonra göndereceğim, yaz temalı bir şarkı olsun", ASK),
    (WN, None, "Ho scritto il testo, te lo mando dopo; inventa tu il titolo", ASK),
    (WN, None, "Mam tekst, wyślę jutro. Napisz melodię, pop", music_now()),
    (WN, None, "I wrote the lyrics myself; come up with a catchy beat, I'll paste them tomorrow", music_now()),
    # ... attacks: 'my', 'tomorrow', 'written' near a word for lyrics, where the model writes them (a question is a miss)
    (WN, None, "A birthday song, lyrics about turning 30 tomorrow", {"tool": NEW, "duration_not": 30}),
    (WN, None, "Una canción con letra sobre lo que pasará mañana", {"tool": NEW}),
    (WN, None, "A song about my text messages with her, sad pop, 2 minutes", nws(120)),
    (WN, None, "Una canción con la letra escrita en primera persona, sobre el mar", {"tool": NEW}),
    (WN, None, "Ein Lied, Text in Du-Form geschrieben, über Freundschaft", {"tool": NEW}),
    (WN, None, "Lyrics in my own language please, Tagalog, a love song", {"tool": NEW}),
    (WN, None, "2 min lyrics about the sea, folk", nws(120)),
    # ... guards: own words given, or the model asked to write them
    (
        WN,
        None,
        "Here are my lyrics:\n\nThe river knows my name\nIt calls me home again",
        sung("The river knows my name", ask_ok=False),
    ),
    (WN, None, "Mi letra: 'te espero en la estación'", sung("te espero en la estación")),
    (WN, None, "I have lyrics but I'd rather you write new ones, about rain", {"tool": NEW}),
    (
        WN,
        None,
        "My lyrics are terrible, so you write them: a song about my cat",
        {"tool": NEW, "lyrics_not": ["a song about my cat"]},
    ),
    # --- (6) the language of the words: guards
    (
        LL,
        None,
        lyr("Pesnička s týmto textom:", "Čakám na teba celú noc\nsrdce mi búcha", "si moja láska"),
        lang("slovak"),
    ),
    (
        LL,
        None,
        lyr("Písnička s tímto textem:", "Čekám na tebe celý den\nnikdo neví kde jsi", "jsi moje láska"),
        lang("czech"),
    ),
    (
        LL,
        None,
        lyr("Písnička s tímto textem:", "Úžasná noc, čekám na tebe\nnikdo neví kde jsi", "jsi moje láska"),
        lang("czech", tags_text_not=["slovak vocal"]),
    ),
    (LL, None, lyr("Pjesma s ovim tekstom:", "Čekam te svaki dan\nsrce moje plače", "vrati se meni"), lang("croatian")),
    (
        LL,
        None,
        lyr("Yon chante ak pawòl sa yo:", "M ap tann ou lakay\nmwen renmen ou anpil", "pou toujou"),
        lang("haitian creole"),
    ),
    (
        LL,
        None,
        lyr("Une chanson avec ces paroles :", "Je t'attends sous la pluie\nmon cœur est à toi", "pour toujours"),
        lang("french"),
    ),
    # ... attacks: a Czech word with 'ú' inside, Croatian with a loanword's accent, Haitian with few listed words
    (
        LL,
        None,
        lyr("Písnička s tímto textem:", "Jsi má múza, moje láska\nčekám na tebe každý den", "jsi moje všechno"),
        lang("czech", tags_text_not=["slovak vocal"]),
    ),
    (
        LL,
        None,
        lyr("Pjesma s ovim tekstom:", "Sjedim sam u café baru\nčekam te satima", "srce moje plače"),
        not_lang("czech", "slovak"),
    ),
    (
        LL,
        None,
        lyr("Pjesma s ovim tekstom:", "Srce moje, mi corazón\nčekam te svaki dan", "vrati se meni"),
        not_lang("czech", "slovak"),
    ),
    (LL, None, lyr("Chante sa a:", "Lè solèy la leve\nm ap chante pou ou", "tout lajounen"), not_lang("french")),
    (
        LL,
        None,
        lyr(
            "A chant with these words:",
            "Gaudē, gaudē, Marīa virgō\nomnēs haerēsēs sōla interēmistī",
            "in ūniversō mundō",
        ),
        not_lang("lithuanian"),
    ),
    # --- (7) 'l'inizio' / 'den Anfang' as the start: guards
    (CU, L, "Allunga l'inizio di 10 secondi", ext(10, 0, ask_ok=True)),
    (CU, L, "Verlängere den Anfang um 10 Sekunden", ext(10, 0, ask_ok=True)),
    # ... attacks: the start named beside an extension at the end, in a story, or for a trim or a redo
    (CU, L, "Aggiungi 15 secondi alla fine, l'inizio va bene così", ext(0, 15, ask_ok=True)),
    (CU, L, "Allunga la fine di 30 secondi, l'inizio è perfetto", ext(0, 30, ask_ok=True)),
    (
        CU,
        L,
        "Allunga la canzone di 20 secondi, mantenendo l'inizio com'è",
        {"tool": OUT, "extend_before_duration": 0, "ask_ok": True},
    ),
    (CU, L, "Mi ricorda l'inizio dell'estate. Aggiungi 20 secondi alla fine", ext(0, 20, ask_ok=True)),
    (CU, L, "Dopo l'inizio c'è un silenzio; aggiungi 10 secondi in coda", ext(0, 10, ask_ok=True)),
    (CU, L, "Verlängere den Song um 20 Sekunden am Ende, den Anfang lass so", ext(0, 20, ask_ok=True)),
    (
        CU,
        L,
        "Der Song erinnert mich an den Anfang unserer Liebe, verlängere ihn am Ende um 30 Sekunden",
        ext(0, 30, ask_ok=True),
    ),
    (CU, L, "Verlängere das Ende um 20 Sekunden und lass es den Anfang wiederholen", ext(0, 20, ask_ok=True)),
    (CU, None, "Ricordo l'inizio della nostra storia: fammi una canzone di 2 minuti", nws(120)),
    (CU, L, "Taglia l'inizio di 5 secondi", {"tool": FREE, "trim_start_s": 5, "ask_ok": True}),
    (CU, L, "Schneide den Anfang ab, die ersten 5 Sekunden", {"tool": FREE, "trim_start_s": 5, "ask_ok": True}),
    (CU, L, "Rifai l'inizio, i primi 10 secondi, più energico", inp(0, 10, ask_ok=True)),
    (CU, L, "Ersetze den Anfang, die ersten 10 Sekunden, mit Klavier", inp(0, 10, ask_ok=True)),
    # --- (8) where a sentence starts, and the speed commit: the same plans as before
    (AR, None, "We have 3 kids. Make a 1 minute lullaby for them.", nws(60, takes=None)),
    (AR, None, "I need 3. Jazz, 1 minute.", takes(3)),
    (AR, None, "Make it 90 seconds. No, 2 minutes. Lo-fi, 80 bpm, 3 versions.", takes(3, duration=120)),
    (
        AR,
        L,
        "Fade out 4 seconds. Then trim the first 2 seconds. Export as mp3.",
        fmt_is("mp3", fade_out_s=4, trim_start_s=2, ask_ok=True),
    ),
    (AR, L, "पहले 2 s trim करो, फिर mp3", fmt_is("mp3", trim_start_s=2, ask_ok=True)),
    (AR, L, "最初の2 sをtrimして", {"tool": FREE, "trim_start_s": 2, "ask_ok": True}),
    (AR, None, "삼십 초짜리 광고 음악, 밝게", nw(30)),
    (AR, None, "Lagu 2 minit 30 saat, rancak", nw(150)),
    (AR, None, "6 saat kadar sürecek bir düğün için 2 dakikalık bir şarkı", nw(120)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
