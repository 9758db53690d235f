"""Red-team probe (redteam59) of the router changes in 3be2889 (474aad8..3be2889): the side nouns (cues._SIDE_NOUNS,
_with_side_nouns: 'the beginning' / 'the end' as the object of a verb, read as a side in a clause with an extend or add
word and no side yet); a side said to stay (_KEEP_BEFORE / _SIDE_SPARED, _SIDE_FINE, the _LENGTHENED_AFTER guard;
ranges.UNTOUCHED and _SIDE_NEAR); 'one of the ends' asked (__init__._ONE_END_UNSAID) and _extension_clash deferring to
the fields; 'without singing' as a comma item (_ITEM_BEFORE), three words after a piece's noun (_PIECE_BEFORE) and
Hungarian 'hangszeres'; milliseconds beside any fade or cut word of the tables (account._milliseconds); a 'fix' verb
with a format (account._FIX_WORD). Hunting SILENT WRONG plans, errors and needless questions on them and their
neighbours.

FIGURES. First run on 3be2889 (labels committed before it, 69b19b2): 89 probes; OK 48, ASKED 19, SILENT WRONG 22
(12 new vs /tmp/a813fc36/src = the router at 813fc36, before the target; 10 pre-existing), ERROR 0. The same probes on
the old router: OK 55, ASKED 13, SILENT WRONG 21, ERROR 0. Against it 3be2889 turns 10 silent -> OK, 1 silent ->
asked, 1 asked -> OK, 12 OK -> silent and 6 OK -> asked; 37 OK, 12 asked and 10 silent on both.

New silent (vs the old router), by cause:
- _SIDE_NOUNS read in an idiom or a noun that is no side of the track (4), all extended at the START, no question
  (want the end, or a question): Spanish 'En principio alárgala 30 segundos, luego vemos' (in principle / for now
  lengthen it 30 s, we'll see) -> extend_before 30; Portuguese 'Em princípio só estica mais 30 segundos' (in principle
  just stretch it 30 s more) -> before 30; Portuguese 'estende a música de abertura em 20 segundos' (extend the opening
  theme by 20 s: 'abertura' names the piece) -> before 20; German 'Kannst du den Song Anfang nächster Woche um 30
  Sekunden verlängern?' (can you extend the song by 30 s early next week?) -> before 30. The clause has an extend word
  and no side, so the bare noun ('principio', 'princípio', 'abertura', 'Anfang') is taken; nothing checks 'en/em'
  before it, 'de' before it (a noun's complement), or a time noun after it ('nächster Woche').
- A keep word or _SIDE_FINE that is something else (2), the start dropped, extended at the end: Vietnamese 'kéo dài
  thêm 10 giây để phần đầu không bị cụt' (extend 10 s more so that the beginning is not abrupt) -> after 10: 'để' (so
  that) is now a _KEEP_BEFORE word, and 'phần đầu' (the old router's start) is spared; French 'rallonge de 10 secondes
  le début le reste est parfait' (lengthen the beginning by 10 s, the rest is perfect; typed without commas) -> after
  10: _SIDE_FINE's new optional short word reads 'début le reste' as 'the beginning stays'.
- 'Without singing' as a comma item or near a piece noun that is no trait of the piece (6), all '[inst]' with 'no
  vocals' added to the tags: rap and spoken word, where 'without singing' means rapped or spoken (want lyrics): 'un rap
  sobre mi barrio, sin cantar, solo rimas, 1 minuto' (a rap about my neighbourhood, no singing, just rhymes), 'a rap
  track about my city, without singing, just bars, 1 min', 'un slam sur ma ville, sans chanter, juste du texte parlé, 1
  minute' (a slam about my town, no singing, just spoken text); a list of what someone in the song does: 'uma música
  sobre o meu avô: ele trabalha, ele dança, sem cantar, 1 minuto' (a song about my grandpa: he works, he dances,
  without singing; _ITEM_BEFORE); three words after the piece's noun: 'a lullaby my mom hums without singing, 1 min'
  (a hummed, wordless lullaby; the new 'lullaby' noun and the three-word window; label wants no silent '[inst]');
  Hungarian 'hangszeres' said of a part: 'egy vidám dal énekkel, az intro hosszú, hangszeres, aztán jön az ének, 2
  perc' (a cheerful song WITH vocals, the intro long, instrumental, then the singing comes) -> the whole piece
  '[inst]'; 'énekkel' (with vocals) does not ask.

Pre-existing silent (10, on both): 'alarga la canción 30 segundos para el inicio de mi video' (for the start of my
video) and 'alarga la música del menú de inicio 20 segundos' (the start-menu music) and 'verleng het nummer met 20
seconden voordat de show start' (before the show starts) extend before on both; 'alarga el principio de la segunda
estrofa 5 segundos' (the beginning of the second verse: want a question) was after 5 and is now before 5;
'prelungește piesa cu 15 secunde la începutul ei' (at its beginning) extends after on both: the new Romanian noun
'începutul' is spared by the keep word 'la' ('la începutul' = at the beginning of), so 3be2889's fix does not reach the
commonest Romanian shape (and 'adaugă 10 secunde la începutul piesei' asks where, below); 'deixa o final e estica o
começo 10 segundos' (leave the end, stretch the beginning 10 s) extends after: _LENGTHENED_AFTER finds the start's '10'
within 24 characters of 'o final' and unspares the end; "allunga l'inizio così c'è più tempo per il logo, 10
secondi" (so that there is more time for the logo) after 10: 'così' (so that) read as 'as it is'; 'गाने को 10 सेकंड
बढ़ाओ, शुरुआत को मत बदलना' (extend the song by 10 s, don't change the beginning) before 10 on both, 'को मत' not
honoured on this path; '2 versions, 1 min each: with singing, without singing' two '[inst]' takes (want a question);
'rehaz el estribillo de 1:00 a 1:30, sin cantar' inpaint with 'cantar' (singing) in the tags and no '[inst]'.

Asked where the plan was plain (19; 6 new): new, all _ONE_END_UNSAID asking though the side is said or does not
matter (it asks whenever one side is zero): 'rallonge un des deux bouts de 15 s, le début' (one of the two ends, the
beginning), 'alarga uno de los extremos 10 segundos, el del final' (the end one), 'verlängere eines der Enden um 10
Sekunden, am besten den Anfang' (preferably the beginning), 'rallonge un des deux bouts de 10 s, peu importe lequel'
(doesn't matter which), 'this is one of the sides of my EP, extend it by 20 seconds at the end' (a side of a record);
and _FIX_WORD: 'फॉर्मेट ठीक करो, mp3 में दे दो' (fix the format, give it in mp3) now asks convert-or-regenerate (the
fix is the format). On both: 'fix the format, I need it as mp3', 'arregla el formato, pásalo a mp3', 'corrige le
format, je veux un flac' ask the same; 'adaugă 10 secunde la începutul piesei' asks where (the 'la' keep word, above);
'adaugă 5 secunde la începutul și 10 secunde la sfârșitul piesei' asks what 5 s and 10 s are; 'deja el final y alarga
el principio 10 segundos' (was silent after 10; now asks: _LENGTHENED_AFTER unspares 'el final' from the start's 10);
'Verlängere nicht nur das Ende, sondern auch den Anfang um 10 Sekunden' (not only the end but also the beginning)
asks, and now because 'nicht nur' spares 'Ende'; no open track, a new song: 'una canción pop sobre alargar el verano
hasta el final, 2 minutos' and 'песня про начало лета и добавь в неё гитарное соло, 2 минуты' ask which track (the
extend/add verb, pre-existing); milliseconds: 'un morceau ambient de 2 minutes, delay de 500 ms, fondu à la fin' asks
what 0.5 s is (the delay's ms read as seconds beside 'fondu'), 'a 2 min trap beat, 808 with 200 ms decay, cut the
hats on the last bar' now asks what '0.2 s' is (was '200': the new cut-word reading), 'a 90 second dub track, 375 ms
delay, cut the intro short' asks which track, 'the track starts 40 ms late, cut the silence at the start' asks edit or
extend (want trim_start 0.04).

Near misses (asked, counted OK): 'shorten the reverb tail to 500 ms' now asks "'0.5 s' cuts the track to 0.5 s; should
the 179.5 s go from its start or its end?" (the new cut-word milliseconds read an effect's time as the track's new
length; the old router asked edit or extend); an agent answering 'the end' would lose 179.5 s of the track.

Right now and wrong before (10): 'alarga el principio 10 segundos', '시작 부분을 10초 늘려줘', 'başlangıcı 10 saniye uzat,
sonuna dokunma' (before 10); 'no dejes el principio tan corto alárgalo 10 segundos', 'خلي البداية أطول بعشر ثواني'
(before 10); 'rallonge un des deux bouts de 15 s, je sais pas encore lequel', 'продли один из концов на 10 секунд'
(asked); 'egy pörgős csárdás, hangszeres, másfél perc', 'música tranquila para estudiar, sin cantar, 2 minutos'
('[inst]'); 'wycisz końcówkę przez 2000 ms' (fade 2). Also asked -> OK: 'obetnij pierwsze 200 ms, jest tam trzask'
(trim_start 0.2). Right on both include 'lass das Ende so und verlängere den Anfang um 10 Sekunden', 'zostaw koniec i
przedłuż początek o 10 sekund', 'не трогай конец и продли начало на 10 секунд' (before 10), the edit + add probes
(asked: 'переделай начало и добавь больше барабанов', 'refă începutul și adaugă mai multe tobe', ...) and the four
effect-milliseconds probes with a track (asked).

Labels: none changed after the run. Debatable ones: 'a lullaby my mom hums without singing' (wordless: '[inst]' may be
what some mean; the label only forbids silent '[inst]'); 'uma música sobre o meu avô: ..., sem cantar' (read as the
grandpa's trait); 'kéo dài thêm 10 giây để phần đầu không bị cụt' (the start, ask_ok); 'rehaz el estribillo de 1:00 a
1:30, sin cantar' wants '[inst]' lyrics on an inpaint (the router may mean instrumental by other arguments; the
'cantar' tag is wrong either way).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. Where an extension names no side, the end is the careful reading and a
question is no miss (ask_ok): the probe is there to catch the start read from a word that is not the track's side.

Run: sh scripts/uv run python scripts/router_probe_redteam59.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim, free, inp)

L = 180.0

SN = (
    "a side noun that is not the track's side: idiom, a part's or a video's start or end, a title, an adjective, a verb"
)
SE = "a side noun in an edit clause that also holds an add or extend word (an edit + an extension, or 'add' = 'with more')"
SP = "a side said to stay: keep words that are other words ('la', 'để', 'خلي', 'nicht nur'), _LENGTHENED_AFTER on the other side"
ON = "'one of the ends' (_ONE_END_UNSAID): said which, said not to matter, said of something else"
WS = "'without singing' as a comma item that is no trait of the piece (lyrics, rap, a list), near a piece noun; 'hangszeres'"
MS = "milliseconds beside a cut or fade word of the tables: an effect's (ask), a trim's, a new piece's effect"
FX = "a 'fix' verb beside a format (_FIX_WORD): the fix is the format, or new music and a delivery"
CT = "controls: the shapes 3be2889 meant to read"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) side nouns that are not the side of the track
    (SN, L, "En principio alárgala 30 segundos, luego vemos", ext(0, 30, ask_ok=True)),
    (SN, L, "Em princípio só estica mais 30 segundos", ext(0, 30, ask_ok=True)),
    (SN, L, "alarga la canción 30 segundos para el inicio de mi video", ext(0, 30, ask_ok=True)),
    (SN, L, "estende a música de abertura em 20 segundos", ext(0, 20, ask_ok=True)),
    (SN, L, "alarga la música del menú de inicio 20 segundos", ext(0, 20, ask_ok=True)),
    (SN, L, "awalnya aku pikir sudah cukup tapi tolong perpanjang 30 detik lagi", ext(0, 30, ask_ok=True)),
    (SN, L, "ช่วงแรกก็โอเคนะ แต่ช่วยยืดเพลงอีก 30 วินาที", ext(0, 30, ask_ok=True)),
    (SN, L, "Kannst du den Song Anfang nächster Woche um 30 Sekunden verlängern?", ext(0, 30, ask_ok=True)),
    (SN, L, "başını ağrıtmak istemem ama şarkıyı 20 saniye uzatır mısın", ext(0, 20, ask_ok=True)),
    (SN, L, "alarga 'Un nuevo comienzo' 30 segundos", ext(0, 30, ask_ok=True)),
    (SN, L, "añade 20 segundos más con la letra 'este es solo el comienzo'", ext(0, 20, ask_ok=True)),
    (SN, L, "verleng het nummer met 20 seconden voordat de show start", ext(0, 20, ask_ok=True)),
    (SN, L, "ik begin morgen met monteren dus verleng het nummer nu met 30 seconden", ext(0, 30, ask_ok=True)),
    (SN, L, "добавь куплет про начало лета", {"tool": OUT, "extend_before_duration": 0, "ask_ok": True}),
    (SN, L, "añade un solo de guitarra en el estribillo final", {"tool_not": OUT, "ask_ok": True}),
    (SN, L, "aggiungi un assolo di sax nel ritornello finale", {"tool_not": OUT, "ask_ok": True}),
    (SN, L, "coloca um coro no refrão final", {"tool_not": OUT, "ask_ok": True}),
    (SN, L, "alarga el principio de la segunda estrofa 5 segundos", ASK),
    (SN, L, "verlängere den Song bis zum Ende des Videos", ASK),
    (SN, 120.0, "alarga la canción hasta el final del video, que dura 3 minutos", ext(0, 60, ask_ok=True)),
    (SN, L, "продли трек до конца видео, это ещё 20 секунд", ext(0, 20, ask_ok=True)),
    (SN, None, "una canción pop sobre alargar el verano hasta el final, 2 minutos", nws(120)),
    (SN, None, "песня про начало лета и добавь в неё гитарное соло, 2 минуты", nws(120)),
    # --- (2) an edit and an add or extend word in one clause with a side noun
    (SE, L, "rehaz el principio y alarga 20 segundos", ASK),
    (SE, L, "переделай начало и добавь больше барабанов", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "refă începutul și adaugă mai multe tobe", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "předělej začátek a přidej víc bicích", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "başlangıcı değiştir ve daha fazla davul ekle", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "시작 부분을 바꾸고 드럼을 더 추가해줘", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "cambia el final y añade un solo de guitarra", {"tool_not": OUT, "ask_ok": True}),
    (SE, L, "refaz o começo com mais bateria e estica 15 segundos", ASK),
    (SE, L, "rehaz los primeros 20 segundos y añade más batería en el inicio", inp(0, 20, ask_ok=True)),
    (SE, L, "ganti bagian awal dan tambah drum", {"tool_not": OUT, "ask_ok": True}),
    # --- (3) a side said to stay, or a keep word that is something else
    (SP, L, "adaugă 10 secunde la începutul piesei", ext(10, 0)),
    (SP, L, "prelungește piesa cu 15 secunde la începutul ei", ext(15, 0)),
    (SP, L, "adaugă 5 secunde la începutul și 10 secunde la sfârșitul piesei", ext(5, 10)),
    (SP, L, "añade 10 segundos a la introducción", ext(10, 0)),
    (SP, L, "lass das Ende so und verlängere den Anfang um 10 Sekunden", ext(10, 0)),
    (SP, L, "deja el final y alarga el principio 10 segundos", ext(10, 0)),
    (SP, L, "zostaw koniec i przedłuż początek o 10 sekund", ext(10, 0)),
    (SP, L, "не трогай конец и продли начало на 10 секунд", ext(10, 0)),
    (SP, L, "deixa o final e estica o começo 10 segundos", ext(10, 0)),
    (SP, L, "Verlängere nicht nur das Ende, sondern auch den Anfang um 10 Sekunden", ext(10, 10)),
    (SP, L, "kéo dài thêm 10 giây để phần đầu không bị cụt", ext(10, 0, ask_ok=True)),
    (SP, L, "خلي البداية أطول بعشر ثواني", ext(10, 0, ask_ok=True)),
    (SP, L, "rallonge de 10 secondes le début le reste est parfait", ext(10, 0)),
    (SP, L, "最初をそのままの雰囲気で10秒伸ばして", ext(10, 0)),
    (SP, L, "allunga l'inizio così c'è più tempo per il logo, 10 secondi", ext(10, 0)),
    (SP, L, "no dejes el principio tan corto alárgalo 10 segundos", ext(10, 0)),
    (SP, L, "गाने को 10 सेकंड बढ़ाओ, शुरुआत को मत बदलना", ext(0, 10)),
    # --- (4) one of the ends
    (ON, L, "rallonge un des deux bouts de 15 s, le début", ext(15, 0)),
    (ON, L, "this is one of the sides of my EP, extend it by 20 seconds at the end", ext(0, 20)),
    (ON, L, "rallonge un des deux bouts de 10 s, peu importe lequel", {"tool": OUT}),
    (ON, L, "alarga uno de los extremos 10 segundos, el del final", ext(0, 10)),
    (ON, L, "verlängere eines der Enden um 10 Sekunden, am besten den Anfang", ext(10, 0)),
    (ON, L, "продли один из концов на 10 секунд", ASK),
    # --- (5) 'without singing' as a comma item that is not the piece's trait
    (
        WS,
        None,
        "una canción con esta letra: 'bailamos toda la noche, sin cantar, sin hablar, solo mirándonos', 2 minutos",
        nws(120, inst=False),
    ),
    (WS, None, "un rap sobre mi barrio, sin cantar, solo rimas, 1 minuto", nw(60, inst=False)),
    (WS, None, "a rap track about my city, without singing, just bars, 1 min", nw(60, inst=False)),
    (WS, None, "un slam sur ma ville, sans chanter, juste du texte parlé, 1 minute", nw(60, inst=False)),
    (WS, None, "2 versions, 1 min each: with singing, without singing", ASK),
    (WS, None, "uma música sobre o meu avô: ele trabalha, ele dança, sem cantar, 1 minuto", nw(60, inst=False)),
    (WS, None, "a lullaby my mom hums without singing, 1 min", {"tool": NEW, "inst": False, "ask_ok": True}),
    (WS, None, "egy vidám dal énekkel, az intro hosszú, hangszeres, aztán jön az ének, 2 perc", nw(120, inst=False)),
    (WS, None, "egy pörgős csárdás, hangszeres, másfél perc", nws(90, inst=True)),
    (WS, None, "música tranquila para estudiar, sin cantar, 2 minutos", nws(120, inst=True)),
    (WS, L, "rehaz el estribillo de 1:00 a 1:30, sin cantar", inp(60, 90, inst=True)),
    # --- (6) milliseconds beside a cut or fade word
    (MS, L, "shorten the reverb tail to 500 ms", ASK),
    (MS, L, "remove the 300 ms delay on the vocals", ASK),
    (MS, L, "quita el delay de 300 ms de la voz", ASK),
    (MS, L, "skróć pogłos do 300 ms", ASK),
    (MS, None, "un morceau ambient de 2 minutes, delay de 500 ms, fondu à la fin", nws(120)),
    (MS, None, "a 90 second dub track, 375 ms delay, cut the intro short", nws(90)),
    (MS, None, "a 2 min trap beat, 808 with 200 ms decay, cut the hats on the last bar", nws(120)),
    (MS, L, "obetnij pierwsze 200 ms, jest tam trzask", trim(start=0.2)),
    (MS, L, "remove the click at 1:23, it's about 20 ms long", {"tool_not": FREE, "ask_ok": True}),
    (MS, L, "the track starts 40 ms late, cut the silence at the start", trim(start=0.04)),
    (MS, L, "wycisz końcówkę przez 2000 ms", fade(2)),
    # --- (7) 'fix' with a format
    (FX, L, "fix the format, I need it as mp3", fmt_is("mp3")),
    (FX, L, "arregla el formato, pásalo a mp3", fmt_is("mp3")),
    (FX, L, "the wav is broken, fix it by exporting to mp3", fmt_is("mp3", ask_ok=True)),
    (FX, L, "फॉर्मेट ठीक करो, mp3 में दे दो", fmt_is("mp3")),
    (FX, L, "corrige le format, je veux un flac", fmt_is("flac")),
    (FX, L, "fix the intro and send it as wav", {"tool_not": FREE, "ask_ok": True}),
    # --- (8) controls
    (CT, L, "alarga el principio 10 segundos", ext(10, 0)),
    (CT, L, "시작 부분을 10초 늘려줘", ext(10, 0)),
    (CT, L, "laisse la fin, rallonge le début de 10 secondes", ext(10, 0)),
    (CT, L, "başlangıcı 10 saniye uzat, sonuna dokunma", ext(10, 0)),
    (CT, L, "rallonge un des deux bouts de 15 s, je sais pas encore lequel", ASK),
]


if __name__ == "__main__":
    main(PROBES, __file__)
