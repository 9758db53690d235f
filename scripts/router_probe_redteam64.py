"""Red-team probe (redteam64) of the router changes of fc5ea06 and 8290eb1, chiefly __init__._ANOTHER_ONE's new
'now/next + a/one' alternatives (the next piece said after a first result: 'now a sad piano one', 'y ahora una de …',
'jetzt noch nen …', 'сега една …', 'अब एक …', '次は…', '이제 … 하나'), account._NOT_TIME_BEFORE / _NOT_TIME_AFTER's rooms,
numbers, pets, friends and speakers, read.spoken_clock_ranges with _NOT_A_CLOCK_BESIDE and the hour limit,
account._SETTING_BEFORE / _RIGHT_BEFORE / _setting_before (a number in words asked about after a setting word, or a
unit or a 'no' right before it), account._ABOUT_AFTER (what the lyrics are about is no lyrics) and the genre words of
STYLE_TERMS (some taken out, 'swing' only in 'swing tune' and the like). With a track open, 'now a/one' said of an
edit, a mix change, a remix, a cover, a part or a format of the open track (and 'now a bit', 'ahora un poco', 'jetzt
ein bisschen', 'nu een stuk', 'şimdi bir tık', 'teraz jednak', 'अब एक बार', where 'a/one' is no piece); the next piece
plainly said in the languages the list lacks; a real length after the new number words in forms the tables may not
read; a value taken back with words between the 'no' and the number; a setting word before a comma and a story's
number after it; a clock range beside 'key', 'level', 'volumen'; lyrics with 'about', 'om', 'over', 'su', 'sur',
'о', 'về' inside them; genre words dropped and genre words that are another word (fado, ranchera, calypso).
Hunting SILENT WRONG plans first, then needless questions.

FIGURES. (filled after the first run)

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. 'now a/one' said of the open track (an edit, a mix change, a remix or
cover of it, a part, a format) must not become a new piece (EDIT: anything but text_to_audio, or a question). The
next piece plainly said after a result, with its style, is a new piece (a question is a miss). A value said in words
or beside the new number words must be read or asked (ask_ok), never dropped. A clock range beside a word that is no
tempo is the window. Lyrics given are sung or asked; a genre asked is in the tags; a genre word that means something
else is not.

Run: sh scripts/uv run python scripts/router_probe_redteam64.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, SUNG, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, free, inp, nw, SUNG, trim)

L = 180.0
EDIT = {"tool_not": NEW, "ask_ok": True}  # the open track changed, or a question; never a new piece
KEEP = {"tags_text": ["indie pop"], "ask_ok": True}  # again, as the open track is: its style kept, or a question

AE = "'now/next + a/one' said of an edit, a mix change, a remix, a cover or a part of the open track: no new piece"
AB = "'now a bit' / 'ahora un poco' / 'jetzt ein bisschen' (a/one is no piece) with a style word: no new piece"
AG = "'now a …' said of a part, a length or a format (guards of the branch's exclusions): the edit, or asked"
AN = "the next piece plainly said after a result, with its style: a new piece (a question is a miss)"
NB = "a real length or time right after the new _NOT_TIME_BEFORE words, in forms the tables may not read: read or asked"
CO = "a value taken back with words between the 'no' and the number in words (_RIGHT_BEFORE): the new value, or asked"
CM = "a setting word before a comma and a story's number in words after it (_setting_before): no question"
SC = "a clock range beside 'key', 'level', 'volumen' (_NOT_A_CLOCK_BESIDE) or on a long track: the window, or asked"
LY = "lyrics given, no colon, with 'about', 'om', 'over', 'su', 'sur', 'о', 'về' inside (_ABOUT_AFTER): sung or asked"
GD = "a genre asked whose bare word left STYLE_TERMS (grime, emo, highlife, trot, merengue, pagode, axé, swing): tagged"
GO = "a genre word of STYLE_TERMS said as another word (fado, ranchera, norteño, calypso, soca, a swing band): no tag"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'now/next + a/one' said of the open track
    (AE, L, "now a lofi remix of it", EDIT),
    (AE, L, "now an acoustic cover of it", EDIT),
    (AE, L, "now a slowed + reverb one", EDIT),
    (AE, L, "next a sped up one for tiktok", EDIT),
    (AE, L, "now a karaoke one", EDIT),
    (AE, L, "next a lo-fi filter over the whole thing", EDIT),
    (AE, L, "now one more time, but with sax", KEEP),
    (AE, L, "it's now a bit too jazzy, make it more rock", EDIT),
    (AE, L, "right now a lot of the guitar gets buried, bring it up", EDIT),
    (AE, L, "y ahora una parte suena rara, la guitarra desafina", EDIT),
    (AE, L, "e adesso un remix lo-fi di questa", EDIT),
    (AE, L, "次はこれをジャズ風にアレンジして", EDIT),
    (AE, L, "이제 베이스 라인 하나 깔아줘", EDIT),
    (AE, L, "এবার একটা তবলা বসিয়ে দাও পুরো গানে", EDIT),
    (AE, L, "nu en gång till fast med mer gitarr", KEEP),
    (AE, L, "अब एक बार फिर से, थोड़ा ज़्यादा गिटार के साथ", KEEP),
    # --- (2) 'now a bit' and the like: the a/one is no piece
    (AB, L, "now a bit more bass and a little less reverb", EDIT),
    (AB, L, "ahora un poco más de bajo y menos batería", EDIT),
    (AB, L, "jetzt noch einen Tick mehr Bass und weniger Hall", EDIT),
    (AB, L, "nu een stuk rustiger, met meer piano", EDIT),
    (AB, L, "şimdi bir tık daha yavaş olsun, piyanolu", EDIT),
    (AB, L, "teraz jednak trochę więcej gitary", EDIT),
    (AB, L, "сега една идея повече китара", EDIT),
    # --- (3) guards: a part, a length, a format, a version
    (AG, L, "now a version without drums", EDIT),
    (AG, L, "now a version in mp3", fmt_is("mp3", ask_ok=True)),
    (AG, L, "now a 10 second piano intro", ext(10, 0, ask_ok=True)),
    (AG, L, "y ahora una intro de 10 segundos con guitarra", ext(10, 0, ask_ok=True)),
    # --- (4) the next piece plainly said
    (AN, L, "nice. now a sad piano one, 1 min, no vocals", nws(60, inst=True)),
    (AN, L, "y ahora dame una cumbia alegre de 2 minutos", nws(120)),
    (AN, L, "e adesso fammi uno electro swing ballabile", new(tags_text=["swing"])),
    (AN, L, "jetzt noch nen Techno-Track, 3 Minuten", nws(180)),
    (AN, L, "이제 재즈 하나 만들어줘", new()),
    (AN, L, "이제 신나는 힙합 비트 하나 만들어줘", new()),
    (AN, L, "теперь одну весёлую на гитаре", new()),
    (AN, L, "тепер одну сумну на піаніно", new()),
    (AN, L, "τώρα ένα χαρούμενο με κιθάρα", new()),
    (AN, L, "עכשיו אחד שמח עם גיטרה", new()),
    (AN, L, "现在来一首欢快的吉他曲", new()),
    (AN, L, "而家整首開心嘅結他歌", new()),
    (AN, L, "حالا یه آهنگ شاد با گیتار", new()),
    (AN, L, "most egy vidám gitáros dalt kérek", new()),
    (AN, L, "sekarang satu lagu dangdut yang ceria", new()),
    (AN, L, "sekarang buat satu lagu ceria dengan gitar", new()),
    (AN, L, "अब एउटा खुसी गीत गिटारमा बनाऊ", new()),
    (AN, L, "nå en glad låt med gitar", new()),
    (AN, L, "teraz jednu veselú na gitare", new()),
    (AN, L, "indi bir şən gitara mahnısı yaz", new()),
    (AN, L, "ara fes-ne una d'alegre amb guitarra", new()),
    (AN, L, "nyt jokin iloinen kitarabiisi", new()),
    (AN, L, "sad jednu veselu na gitari", new()),
    (AN, L, "kounye a fè yon chante kontan ak gita", new()),
    (AN, L, "nunc unum carmen laetum cum cithara", new()),
    (AN, L, "dabar vieną linksmą su gitara", new()),
    (AN, L, "ਹੁਣ ਇੱਕ ਖੁਸ਼ੀ ਵਾਲਾ ਗੀਤ ਗਿਟਾਰ ਨਾਲ ਬਣਾਓ", new()),
    (AN, L, "अधुना एकं प्रसन्नं गीतं वीणया", new()),
    (AN, L, "sasa tengeneza wimbo mmoja wa furaha na gitaa", new()),
    (AN, L, "இப்போ ஒரு சந்தோஷமான கிட்டார் பாட்டு பண்ணு", new()),
    (AN, L, "ఇప్పుడు ఒక హ్యాపీ గిటార్ పాట చేయి", new()),
    (AN, L, "ต่อไปขอเพลงสนุกๆ กีตาร์", new()),
    (AN, L, "اب ایک خوشی والا گانا گٹار کے ساتھ بناؤ", new()),
    # --- (5) a real length after the new number words
    (NB, L, "alarga el tema 2 minutitos más", ext(0, 120, ask_ok=True)),
    (NB, L, "làm lại từ giây số 30 đến giây số 45", inp(30, 45, ask_ok=True)),
    (NB, L, "przedłuż numer 30 sekundami", ext(0, 30, ask_ok=True)),
    (NB, L, "prodluž skladbu 30 vteřinami", ext(0, 30, ask_ok=True)),
    (NB, L, "lengdu lagið 30 sekúndum", ext(0, 30, ask_ok=True)),
    (NB, L, "forlæng sporet 30 sekunder", ext(0, 30)),
    (NB, L, "lungește piesa 20 de secunde", ext(0, 20)),
    (NB, L, "produži pesmu 20 sekundi", ext(0, 20)),
    # --- (6) a value taken back, words between the 'no' and the number
    (CO, L, "alarga el final 10 segundos, no, mejor veinte", ext(0, 20, ask_ok=True)),
    (CO, L, "rallonge la fin de 10 secondes, non, plutôt vingt", ext(0, 20, ask_ok=True)),
    (CO, L, "verlängere das Ende um 10 Sekunden, nein, doch lieber zwanzig", ext(0, 20, ask_ok=True)),
    (CO, L, "estende o final em 10 segundos, não, melhor vinte", ext(0, 20, ask_ok=True)),
    (CO, L, "przedłuż koniec o 10 sekund, nie, jednak dwadzieścia", ext(0, 20, ask_ok=True)),
    (CO, L, "sonunu 10 saniye uzat, yok aslında yirmi olsun", ext(0, 20, ask_ok=True)),
    (CO, L, "अंत को 10 सेकंड बढ़ाओ, नहीं, बल्कि पच्चीस", ext(0, 25, ask_ok=True)),
    (CO, L, "مدد النهاية 10 ثواني، لا، خليها عشرين", ext(0, 20, ask_ok=True)),
    # --- (7) a setting word before a comma, a story's number after it
    (CM, L, "exporta en mp3 para la fiesta, vendrán doscientos invitados", fmt_is("mp3")),
    (CM, L, "exportier das als mp3 für die Hochzeit, wir sind zweihundert Gäste", fmt_is("mp3")),
    (CM, L, "mets-le en mp3 pour le mariage, on sera deux cents", fmt_is("mp3")),
    (CM, L, "trim 5 s off the start for tik tok, thirty thousand followers are waiting", trim(5)),
    # --- (8) the spoken clock beside the new exclusions, and the hour limit
    (SC, L, "redo the key change from two ten to two thirty", inp(130, 150)),
    (SC, L, "regenerate from one twenty to one forty for the boss level", inp(80, 100)),
    (SC, L, "rehaz de uno veinte a uno cuarenta donde baja el volumen", inp(80, 100)),
    (SC, 3700.0, "redo from one twenty to one forty", ASK),
    (SC, 3500.0, "redo from nine ten to nine thirty, the drums drift", inp(550, 570, ask_ok=True)),
    # --- (9) lyrics with an 'about' word inside them
    (LY, None, "a love song, the lyrics are I can't stop thinking about you baby", sung("thinking", ask_ok=True)),
    (LY, None, "en låt till min fru, texten är jag älskar dig om du stannar kvar", sung("älskar dig", ask_ok=True)),
    (LY, None, "een liedje voor mijn vriendin, de tekst is ik ben over de maan voor jou", sung("maan", ask_ok=True)),
    (LY, None, "una canzone per lei, il testo è guardo su nel cielo e penso a te", sung("penso a te", ask_ok=True)),
    (LY, None, "une chanson pour elle, les paroles sont je danse sur la plage avec toi", sung("danse", ask_ok=True)),
    (LY, None, "песня для мамы, слова такие я всегда думаю о тебе мама", sung("думаю", ask_ok=True)),
    (LY, None, "bài hát cho em, lời là anh sẽ về bên em mãi mãi", sung("bên em", ask_ok=True)),
    # --- (10) genres dropped, and genre words that are other words
    (GD, None, "a grime track about growing up in east london, 2 min", nws(120, tags_text=["grime"])),
    (GD, None, "an emo song about my ex, with screaming guitars", new(tags_text=["emo"])),
    (GD, None, "un merengue bien movido para la boda de mi prima", new(tags_text=["merengue"])),
    (GD, None, "um pagode bem animado pro churrasco de domingo", new(tags_text=["pagode"])),
    (GD, None, "an upbeat swing dance number for our lindy hop class", new(tags_text=["swing"])),
    (GO, None, "uma balada pop triste sobre aceitar o meu fado", new(tags_text_not=["fado"])),
    (GO, None, "una canción de rock sobre la vieja camioneta ranchera de mi papá", new(tags_text_not=["ranchera"])),
    (GO, None, "a reggae song about the nymph Calypso and Odysseus", new(tags_text_not=["calypso"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
