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

FIGURES. First run on 8290eb1 (labels committed before it, 546c9d1): 100 probes; OK 40, ASKED 29, SILENT WRONG 31
(24 new vs /tmp/a952afbd/src = the router at 952afbd, before fc5ea06; 7 pre-existing), ERROR 0. The same probes on
952afbd: OK 59, ASKED 33, SILENT WRONG 8, ERROR 0. Against 952afbd, 8290eb1 turns 24 OK -> silent, 1 OK -> asked,
5 asked -> OK (the next piece said: 'nice. now a sad piano one, 1 min, no vocals', 'e adesso fammi uno electro swing
ballabile', 'jetzt noch nen Techno-Track, 3 Minuten', Nepali 'अब एउटा खुसी गीत …', Slovak 'teraz jednu veselú …') and
1 silent -> OK ('redo from one twenty to one forty' on a 3,700 s track: asked, the hour limit); 34 OK, 28 asked and 7
silent on both. fc5ea06's _NOT_TIME_BEFORE words dropped no real length here (all 8 probes OK).

New silent wrong plans (24), by cause:
- __init__._ANOTHER_ONE's 'now/next + a/one' alternatives (8290eb1) (16): the track's edit, mix change, remix or retake
  becomes a new piece (text_to_audio with only the named instrument as tags, the track dropped); 952afbd asked all 16
  (13 edit_or_extend; the remix and arrangement three as audio_cover's 'the whole track in another style'). The
  alternative takes any 'a'/'one'/'un'/'een'/'bir'/'една' after 'now', and the branch wants only a style word, so:
  (a) the article is an adverb of degree, not a piece (6): 'now a bit more bass and a little less reverb' -> tags
  'bass'; 'ahora un poco más de bajo y menos batería' -> 'drums'; 'nu een stuk rustiger, met meer piano' -> 'calm,
  piano'; 'şimdi bir tık daha yavaş olsun, piyanolu' -> 'piano'; Bulgarian 'сега една идея повече китара' ('една идея',
  a tad) -> 'guitar'; Polish 'teraz jednak trochę więcej gitary' ('jedn' + letters matches 'jednak', however) ->
  'guitar';
  (b) 'one' is 'once': a retake of the track, its style dropped (source_tags None) (3): 'now one more time, but with
  sax' -> tags 'sax' ('now one' matches; _ANOTHER's 'one more(?! time)' is not applied here, _BUT_AFTER guards only
  the _ANOTHER_PIECE branch); Swedish 'nu en gång till fast med mer gitarr' ('nu en gång', once more); Hindi 'अब एक बार
  फिर से, थोड़ा ज़्यादा गिटार के साथ' ('अब एक बार', now once);
  (c) a remix, filter, arrangement or layer of the track, with a tie the tie lists lack (7): 'now a lofi remix of it'
  and 'e adesso un remix lo-fi di questa' ('remix' is in no tie list, 'of it' and 'di questa' are no tie: only 'of
  the', 'questa canzone'); '次はこれをジャズ風にアレンジして' ('次は' alone matches; 'これを', 'アレンジ' are no tie); in
  these three the new branch runs before the cover question 952afbd asked; 'next a lo-fi filter over the whole
  thing'; '이제 베이스 라인 하나 깔아줘' (a bass line laid under it: '깔아' is no tie); 'এবার একটা তবলা বসিয়ে দাও পুরো
  গানে' (tabla over the whole song: 'পুরো গানে' is no tie); 'y ahora una parte suena rara, la guitarra desafina' (a
  part sounds odd, the guitar is out of tune: 'parte' alone is not in _A_PART_SAID).
- account._ABOUT_AFTER (8290eb1) (5): lyrics given without a colon are put in the tags, nothing sung, no question,
  because an 'about' word stands anywhere in the 60 characters after the mark, inside the lyrics: 'the lyrics are I
  can't stop thinking about you baby' ('about'), Swedish 'texten är jag älskar dig om du stannar kvar' ('om' is
  'if'), Dutch 'de tekst is ik ben over de maan voor jou' ('over de maan', over the moon), Italian 'il testo è guardo
  su nel cielo …' ('su', up), Russian 'слова такие я всегда думаю о тебе мама' ('о тебе'). 952afbd asked all 5. (The
  French 'sur' and the Vietnamese 'về' probes were asked for other reasons.)
- STYLE_TERMS (8290eb1) (2), a genre asked and dropped from the tags: 'an emo song about my ex, with screaming
  guitars' -> 'guitar, screaming guitars' ('emo' taken out); 'an upbeat swing dance number for our lindy hop class' ->
  'upbeat' ('swing' kept only in 'swing tune', 'electro swing' …; 'swing dance' is not among them). ('grime',
  'merengue', 'pagode' survive only in the raw words of the tags.)
- account._RIGHT_BEFORE (8290eb1) (1): 'sonunu 10 saniye uzat, yok aslında yirmi olsun' -> extend 10 s (want 20):
  'yok' counts now only right before the number, and 'aslında' (actually) stands between; 952afbd's _SETTING_BEFORE
  took 'yok' within three words and asked.

New needless question (1, OK on 952afbd): 'regenerate from one twenty to one forty for the boss level' -> asked for
the window: _NOT_A_CLOCK_BESIDE takes a game's 'level' within 24 characters after the range for a loudness level
('… for the boss fight' is planned 80-100 s).

Pre-existing silent (7, on both): 'jetzt noch einen Tick mehr Bass und weniger Hall' -> a new piece, tags 'bass' (the
old 'noch einen' of _ANOTHER_ONE; 'einen Tick' is a tad); a value taken back across a comma with a word between (3):
Polish 'nie, jednak dwadzieścia', Hindi 'नहीं, बल्कि पच्चीस', Arabic 'لا، خليها عشرين' -> extend 10 s (952afbd cut the
clause at the comma; 8290eb1 wants the 'no' right before); genre words that are other words still in STYLE_TERMS
(3): 'uma balada pop triste sobre aceitar o meu fado' (fate) -> 'fado', 'la vieja camioneta ranchera de mi papá' (a
station wagon) -> 'ranchera', 'the nymph Calypso' -> 'calypso'.

Asked on both, needless (second priority, 28): the next piece plainly said in languages _ANOTHER_ONE's new
alternatives lack (26): Korean with one or three words between '이제' and '하나' ('이제 재즈 하나 만들어줘', '이제 신나는
힙합 비트 하나 만들어줘': the pattern wants exactly two), Russian 'теперь', Ukrainian 'тепер', Greek 'τώρα ένα', Hebrew
'עכשיו אחד', Chinese '现在来一首', Cantonese '而家整首', Persian 'حالا یه آهنگ', Hungarian 'most egy', Indonesian and
Malay 'sekarang (buat) satu lagu', Norwegian 'nå en', Azerbaijani 'indi bir … mahnısı', Catalan 'ara fes-ne una',
Croatian 'sad jednu', Haitian 'kounye a fè yon', Latin 'nunc unum carmen', Lithuanian 'dabar vieną', Punjabi 'ਹੁਣ
ਇੱਕ', Sanskrit 'अधुना एकं', Swahili 'sasa … wimbo mmoja', Tamil 'இப்போ ஒரு', Telugu 'ఇప్పుడు ఒక', Thai 'ต่อไปขอเพลง',
Urdu 'اب ایک' (all edit_or_extend); 'redo the key change from two ten to two thirty' (the spoken clock knows only
'one' as a minute word: 'two ten' is never 2:10; 952afbd asked about a key change, 8290eb1 '10 to 2 ends before it
starts'); 'rehaz de uno veinte a uno cuarenta donde baja el volumen' (952afbd: 'baja el volumen' is a mixing change;
8290eb1: 'volumen' keeps the clock off, '20 a 1 ends before it starts').

OK, worth a note: the guards of the branch hold ('now a 10 second piano intro' and 'y ahora una intro de 10 segundos'
extend 10 s before, 'now a version in mp3' is mp3, 'a version' is asked as audio_cover; 'it's now a bit too jazzy,
make it more rock' and 'right now a lot of the guitar gets buried' are asked); the four comma probes of _setting_before
plan mp3 without a question; es/fr/de/pt 'no, mejor veinte' extend 20 s; the 3,500 s track reads 'nine ten to nine
thirty' as 550-570 s. Asked where a plan was possible but ask_ok: Vietnamese 'từ giây số 30 đến giây số 45' (the
window is not read), and 'now an acoustic cover of it' asks which track (ASK[audio]) though one is open.

Labels: none changed after the run. The category texts of GD and GO name genres (highlife, trot, axé, norteño, soca,
a swing band) whose probes were cut before the run to keep 100; the probes are as labelled. Debatable: the three
retake probes (KEEP): a new take in the track's style would pass; the plans dropped the style, so they fail either
way.

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
