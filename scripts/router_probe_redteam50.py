"""Red-team probe (redteam50) of the router rules changed in d1094f3 (a window's count of versions is its takes only
as the request's last words, alone or after a verb of giving or wanting in its clause: _GIVE_THE_TAKES, _TAKES_TAIL,
_takes_of_a_window), 5624bf3 ('rust' and 'tail' in _NOT_A_LANGUAGE; no vocals in six more wordings: Korean '인스트*',
Icelandic 'engin söng*', Arabizi 'men gher kalam', Telugu 'ఇన్‌స్ట్రుమెంటల్' and 'మాటలు లేకుండా', Tamil 'வரிகள் இல்லாம*')
and 30affd9 (_ONE_MORE_MINUTE also after 'o' and 'на'; 'with' words before a window's count in _GIVE_THE_TAKES),
hunting SILENT WRONG plans (a plan made without a question whose tool or a certain argument is wrong) and questions
asked where the answer was plain (verdict ASKED), on new ground: a window's count that is no count of takes but
stands where _takes_of_a_window reads one (after a verb negated: "don't give me 2 versions", 'no quiero', 'не нужно',
'不要', '2パターンはいらない'; after 'with' words counting other things: 'with 2 beats of silence', 'com 2 takes de
guitarra dobrados', 'con 2 pistas'; after Czech/Polish 'ze'/'z' (of: 'jedné ze 2 verzí'); Turkish '2 tane' (two
pieces of anything); a clause that opens with the count and says the versions exist or are too many: '2 versions ago
it was fine', '2 takes is too many'); a window's takes plainly asked in wordings the verb list lacks ('can I get',
'let me hear', 'in 2 versions', 'ich hätte gerne', 'θέλω', 'أريد', 'muốn', 'haluan', 'chci', '生成'); 'o' and 'на'
before a minute or second where the one minute is no length of the piece ('prosí o minutu ticha', 'spóźniłem się o
minutę', 'остановить время на минуту', 'вокал пропадает на секунду') or is a part of a longer amount ('o minutu a
půl', 'o minútu a pol', 'o minutę i 15 sekund') or is a difference from a length not given ('o minutu delší než
minule'); Thai named in the Romance languages ('tailandés', 'tailandês', 'tailandese', 'tailandès', 'tailandeză'),
which begin with 'tail'; the new no-vocals words inside requests that want singing ('인스트 버전 말고 보컬 있는',
'인스트로 시작해서 보컬이', 'engin söngkona', 'ఇన్‌స్ట్రుమెంటల్ వద్దు', 'men gher kalam ktir').

FIGURES. First run on 30affd9 (labels committed before it, 0093e5e): 104 probes; OK 27, ASKED 29, SILENT WRONG 48
(21 new vs /tmp/sb815 = b815e71, the router before the three commits; 27 pre-existing), ERROR 0. The same probes on
b815e71: OK 60, ASKED 16, SILENT WRONG 28, ERROR 0. Against it the three commits turn 26 OK -> asked, 12 asked ->
silent, 9 OK -> silent, 1 asked -> OK ('regenera 0:40-0:55 con 2 opciones') and 1 silent -> OK ('przedłuż o minutę
i 15 sekund', was 15 s, now 75 s).

A labelling slip, left as it is: the nine language probes want `vocal_language`, which a plan never carries (the
language is a tag, 'thai vocal'), so all nine are silent on both builds and the --old mark calls them pre-existing.
Read from the plans: the three controls are right ('sung in Thai about my dog Rusty', 'rustic … in Russian', 'rústica
… en ruso': 'thai vocal' / 'russian vocal'), and the six Thai probes are wrong plans NEW in 5624bf3 (below).

New silent (vs b815e71), by cause:
- 30affd9's 'with' words before a window's count (7): a count of other things, or takes that are a part's layers,
  read as takes of the window: 'with 2 takes of the guitar layered', 'com 2 takes de guitarra dobrados', 'com 3
  faixas de voz' (takes 3), 'con 2 pistas de guitarra', 'con 2 tomas de voz dobladas', 'avec 2 prises de voix
  superposées'; and Polish 'z' (of): 'jak w jednej z 2 wersji' (as in one of the 2 versions). All asked on b815e71.
- d1094f3's window takes read from any count _count finds, not only versions (5): beats, loops, tracks and Turkish
  'tane' (pieces of anything) after a verb or opening the clause: 'I want 2 beats of rest there', 'and make 2 loops
  of the riff', 'I need 2 tracks of guitar there', '2 tane davul fill ekle', '2 tane gitar olsun' (takes 2; b815e71
  asked "'2 beats' may ask for pieces that differ").
- 30affd9's 'o' + minute (4): one minute that is no length, made the new piece's duration 60: 'spóźniłem się o
  minutę na pociąg', 'jak jsem o minutu zmeškal vlak', 'prosí o minutu ticha', 'prośba o minutę ciszy' (b815e71
  asked "'minutu' says a length I could not read").
- 5624bf3's no-vocals words inside singing (5), made [inst]: negated, '인스트 말고 노래로 해줘' (not inst, sung), 'ఇన్‌స్ట్రుమెంటల్
  వద్దు, పాట కావాలి'; 'engin söng*' catches 'engin söngkona' (no female singer: 'lag með karlsöngvara') and a part
  ('engin söngur í byrjun, svo kemur söngur í viðlaginu'); Arabizi 'men gher kalam ktir fel awel' (without much talk).
- 5624bf3's 'tail' (6, counted pre-existing by the slip above): Thai named in Romance languages begins with 'tail',
  so it is no language any more and the song goes to the base model unsung in Thai: 'en tailandés' (2), 'em
  tailandês', 'in tailandese', 'en tailandès', 'în tailandeză' (b815e71: text_to_audio_v15, 'thai vocal').

Pre-existing silent (vs b815e71), real (18):
- Window takes from 051eba9 that d1094f3 leaves (16; all asked on 051eba9^, /tmp/s051p): a count after a verb that
  is negated (11): "don't give me 2 versions this time", "please don't make 3 options again", 'no quiero 2
  versiones', 'não quero 2 versões', 'non voglio 2 versioni', 'не нужно 2 варианта', 'не хочу 3 варианта', '不要两个版本',
  '不用给我两个版本', '2パターンはいらない', '버전 2개는 필요 없어'; a clause that opens with the count and says they were or are
  too many (3): '2 versions ago it was fine', '2 takes is too many', '3 options would be overkill'; layers: 'with the
  vocal doubled, 2 takes stacked'; Czech 'ze' (of): 'jako v jedné ze 2 verzí'.
- 'на минуту' / 'на хвилину' in a song's story made its length 60 (2; so on 051eba9^ too): 'как остановить время на
  минуту', 'як зупинити час на хвилину'.

Asked where the plan was plain (29):
- Window takes asked in words _GIVE_THE_TAKES lacks (23; all planned right on b815e71): 'let me hear 2 versions',
  'can I get 3 options?', 'show me 2 options', 'in 2 versions', 'ich hätte gerne' ('gern' only), 'mach bitte'
  (please after the verb), 'propose-moi', '¿me das', 'genera', 'me manda', 'me ne servono', 'предложи', 'potrzebuję',
  'chci', 'maak er 2 versies van', 'jeg vil have', 'haluan', 'θέλω', 'أريد', '生成', 'muốn', 'buatkan', 'vreau'.
- 'на секунду' now read as '1 s' and asked what it is for (3; planned right on b815e71): 'вокал пропадает на
  секунду', 'на секунду пропадает звук' (beside a window), 'а в самом конце пауза на секунду' (beside a 30 s extension).
- Counts of other things beside a window (3, asked on b815e71 too): 'with 2 guitars', 'com 3 vozes' ('2'/'3' asked),
  'with 2 beats of silence' (asked about silence).

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam50.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, Plan, ext, fade, inp, main, new, nw, nws, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, nw, fade)

L = 180.0

TS = "a count beside a window that is no count of takes, where _takes_of_a_window reads one: one take"
TA = "a window's takes plainly asked in wordings _GIVE_THE_TAKES lacks (or has): takes of the window"
MN = "'o' / 'на' + a bare minute or second (_ONE_MORE_MINUTE): read only where it is the amount"
LG = "a language's name beginning with 'rust' or 'tail' (_NOT_A_LANGUAGE): Thai in the Romance languages"
NV = "the new no-vocals words inside a request that wants singing: never silently instrumental"


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a count beside a window that is no count of takes: one take of the window
    (TS, L, "redo 0:40-0:55, don't give me 2 versions this time", inp(40, 55, takes=None)),
    (TS, L, "regenerate 0:40-0:55 but please don't make 3 options again", inp(40, 55, takes=None)),
    (TS, L, "rehaz 0:40-0:55, no quiero 2 versiones", inp(40, 55, takes=None)),
    (TS, L, "refaz de 0:40 a 0:55, não quero 2 versões", inp(40, 55, takes=None)),
    (TS, L, "rifai 0:40-0:55, non voglio 2 versioni", inp(40, 55, takes=None)),
    (TS, L, "переделай 0:40–0:55, не нужно 2 варианта", inp(40, 55, takes=None)),
    (TS, L, "переделай 0:40–0:55, только не хочу 3 варианта", inp(40, 55, takes=None)),
    (TS, L, "把0:40到0:55重做一下，不要两个版本", inp(40, 55, takes=None)),
    (TS, L, "0:40到0:55重做，一个就好，不用给我两个版本", inp(40, 55, takes=None)),
    (TS, L, "0:40〜0:55を作り直して、2パターンはいらない", inp(40, 55, takes=None)),
    (TS, L, "0:40~0:55 다시 만들어줘, 버전 2개는 필요 없어", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55. 2 versions ago it was fine", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55, just one take, 2 takes is too many", inp(40, 55, takes=None)),
    (TS, L, "regenerate 0:40-0:55 once; 3 options would be overkill", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55 with 2 beats of silence", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55, I want 2 beats of rest there", inp(40, 55, takes=None)),
    (TS, L, "regenerate 0:40-0:55 and make 2 loops of the riff", inp(40, 55, takes=None)),
    (TS, L, "regenerate 0:40-0:55, I need 2 tracks of guitar there", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55 with the vocal doubled, 2 takes stacked", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55 with 2 takes of the guitar layered", inp(40, 55, takes=None)),
    (TS, L, "refaz 0:40-0:55 com 2 takes de guitarra dobrados", inp(40, 55, takes=None)),
    (TS, L, "refaz 0:40-0:55 com 3 faixas de voz", inp(40, 55, takes=None)),
    (TS, L, "regenera 0:40-0:55 con 2 pistas de guitarra", inp(40, 55, takes=None)),
    (TS, L, "rehaz 0:40-0:55 con 2 tomas de voz dobladas", inp(40, 55, takes=None)),
    (TS, L, "refais 0:40-0:55 avec 2 prises de voix superposées", inp(40, 55, takes=None)),
    (TS, L, "přegeneruj 0:40–0:55 jako v jedné ze 2 verzí", inp(40, 55, takes=None)),
    (TS, L, "zrób od nowa 0:40-0:55 jak w jednej z 2 wersji", inp(40, 55, takes=None)),
    (TS, L, "0:40-0:55 arasını yeniden yap, 2 tane davul fill ekle", inp(40, 55, takes=None)),
    (TS, L, "0:40-0:55 arası yeniden olsun, 2 tane gitar olsun", inp(40, 55, takes=None)),
    (TS, L, "refaz 0:40-0:55 com 3 vozes", inp(40, 55, takes=None)),
    (TS, L, "redo 0:40-0:55 with 2 guitars", inp(40, 55, takes=None)),
    # --- (2) a window's takes plainly asked: takes of the window
    (TA, L, "regenerate 0:40-0:55 and let me hear 2 versions", inp(40, 55, takes=2)),
    (TA, L, "redo 0:40-0:55, can I get 3 options?", inp(40, 55, takes=3)),
    (TA, L, "redo 0:40-0:55, show me 2 options", inp(40, 55, takes=2)),
    (TA, L, "redo 0:40-0:55 in 2 versions", inp(40, 55, takes=2)),
    (TA, L, "redo 0:40-0:55 and give me 2 versions to choose from", inp(40, 55, takes=2)),
    (TA, L, "redo 0:40-0:55, 2 takes pls", inp(40, 55, takes=2)),
    (TA, L, "0:40 bis 0:55 neu, ich hätte gerne 2 Varianten", inp(40, 55, takes=2)),
    (TA, L, "mach 0:40 bis 0:55 neu, mach bitte 2 Versionen", inp(40, 55, takes=2)),
    (TA, L, "refais 0:40-0:55, propose-moi 3 versions", inp(40, 55, takes=3)),
    (TA, L, "rehaz 0:40-0:55, ¿me das 2 opciones?", inp(40, 55, takes=2)),
    (TA, L, "regenera 0:40-0:55, genera 2 versiones", inp(40, 55, takes=2)),
    (TA, L, "regenera 0:40-0:55 con 2 opciones", inp(40, 55, takes=2)),
    (TA, L, "refaz 0:40-0:55 e me manda 2 versões", inp(40, 55, takes=2)),
    (TA, L, "rifai 0:40-0:55, me ne servono 2 versioni", inp(40, 55, takes=2)),
    (TA, L, "перегенерируй 0:40–0:55, предложи 3 варианта", inp(40, 55, takes=3)),
    (TA, L, "перегенеруй 0:40–0:55, хочу 2 варіанти", inp(40, 55, takes=2)),
    (TA, L, "przerób 0:40-0:55, potrzebuję 2 wersji", inp(40, 55, takes=2)),
    (TA, L, "přegeneruj 0:40–0:55, chci 2 verze", inp(40, 55, takes=2)),
    (TA, L, "maak 0:40-0:55 opnieuw, maak er 2 versies van", inp(40, 55, takes=2)),
    (TA, L, "gör om 0:40-0:55 med 2 tagningar", inp(40, 55, takes=2)),
    (TA, L, "lav 0:40-0:55 om, jeg vil have 2 versioner", inp(40, 55, takes=2)),
    (TA, L, "tee 0:40–0:55 uudestaan, haluan kaksi versiota", inp(40, 55, takes=2)),
    (TA, L, "κάνε ξανά το 0:40-0:55, θέλω δύο εκδοχές", inp(40, 55, takes=2)),
    (TA, L, "أعد 0:40 إلى 0:55، أريد نسختين", inp(40, 55, takes=2)),
    (TA, L, "0:40到0:55重新生成，生成两个版本", inp(40, 55, takes=2)),
    (TA, L, "0:40〜0:55を作り直して、2パターン欲しい", inp(40, 55, takes=2)),
    (TA, L, "làm lại 0:40-0:55, mình muốn 2 phiên bản", inp(40, 55, takes=2)),
    (TA, L, "ulangi 0:40-0:55, buatkan 2 versi", inp(40, 55, takes=2)),
    (TA, L, "0:40-0:55 arasını yeniden yap, iki versiyon istiyorum", inp(40, 55, takes=2)),
    (TA, L, "refă 0:40-0:55, vreau două variante", inp(40, 55, takes=2)),
    # --- (3) 'o' / 'на' + a bare minute or second
    (MN, L, "продли на минуту", ext(0, 60)),
    (MN, L, "сделай на минуту короче", trim(end=60, ask_ok=True)),
    (MN, L, "zkrať to o minutu", trim(end=60, ask_ok=True)),
    (MN, L, "skróć o minutę", trim(end=60, ask_ok=True)),
    (MN, L, "обрежь начало на минуту", trim(start=60, ask_ok=True)),
    (MN, L, "пусть трек заканчивается на минуту раньше", trim(end=60, ask_ok=True)),
    (MN, L, "prodluž to o minutu a půl", ext(0, 90)),
    (MN, L, "predĺž to o minútu a pol", ext(0, 90)),
    (MN, L, "przedłuż o minutę i 15 sekund", ext(0, 75)),
    (MN, L, "продли на минуту и 20 секунд", ext(0, 80)),
    (MN, L, "продли трек на 30 секунд, а в самом конце пауза на секунду", ext(0, 30)),
    (MN, L, "переделай 0:40–0:55, там вокал пропадает на секунду", inp(40, 55)),
    (MN, L, "перегенерируй 1:05–1:15, там на секунду пропадает звук", inp(65, 75)),
    (MN, None, "нужен трек на минуту, лёгкий эмбиент", nws(60)),
    (MN, None, "песня о том, как остановить время на минуту, лирическая баллада", new(duration_not=60, ask_ok=True)),
    (MN, None, "пісня про те, як зупинити час на хвилину, тиха балада", new(duration_not=60, ask_ok=True)),
    (MN, None, "piosenka o tym, jak spóźniłem się o minutę na pociąg, indie rock", new(duration_not=60, ask_ok=True)),
    (MN, None, "písnička o tom, jak jsem o minutu zmeškal vlak, folk", new(duration_not=60, ask_ok=True)),
    (MN, None, "Balada, která prosí o minutu ticha pro svět, klavír a zpěv", new(duration_not=60, ask_ok=True)),
    (MN, None, "Piosenka-prośba o minutę ciszy dla świata, ballada z fortepianem", new(duration_not=60, ask_ok=True)),
    (MN, None, "znělka o minutu delší než minule, veselá", ASK),
    (MN, None, "dżingiel o minutę dłuższy niż poprzedni, wesoły", ASK),
    (MN, None, "джингл на минуту длиннее, чем прошлый, весёлый", ASK),
    # --- (4) Thai named with 'tail' at its start; Russian beside 'rustic'
    (LG, None, "una balada romántica en tailandés, voz femenina", new(vocal_language="th")),
    (LG, None, "uma música pop em tailandês com vocal masculino", new(vocal_language="th")),
    (LG, None, "una canzone pop cantata in tailandese", new(vocal_language="th")),
    (LG, None, "una cançó de bressol cantada en tailandès", new(vocal_language="th")),
    (LG, None, "o piesă pop cântată în tailandeză, voce feminină", new(vocal_language="th")),
    (LG, None, "canción de amor con letra en tailandés", new(vocal_language="th")),
    (LG, None, "a song sung in Thai about my dog Rusty", new(vocal_language="th")),
    (LG, None, "a rustic folk song sung in Russian", new(vocal_language="ru")),
    (LG, None, "canción folk rústica cantada en ruso", new(vocal_language="ru")),
    # --- (5) the new no-vocals words where singing is wanted
    (NV, None, "인스트 버전 말고 보컬 있는 버전으로 신나는 케이팝", new(inst=False, ask_ok=True)),
    (NV, None, "인스트 말고 노래로 해줘, 잔잔한 발라드", new(inst=False, ask_ok=True)),
    (NV, None, "인스트로 시작해서 보컬이 들어오는 발라드", new(inst=False, ask_ok=True)),
    (NV, None, "어쿠스틱 인스트루먼트 위주에 여자 보컬 발라드", new(inst=False, ask_ok=True)),
    (NV, None, "lag með karlsöngvara, engin söngkona", new(inst=False, ask_ok=True)),
    (NV, None, "engin söngur í byrjun, svo kemur söngur í viðlaginu", new(inst=False, ask_ok=True)),
    (NV, None, "ఇన్‌స్ట్రుమెంటల్ వద్దు, పాట కావాలి", new(inst=False, ask_ok=True)),
    (NV, None, "మధ్యలో మాటలు లేకుండా పూర్తిగా పాడే పాట", new(inst=False, ask_ok=True)),
    (NV, None, "இன்ட்ரோவில் வரிகள் இல்லாம, அப்புறம் முழு பாடல்", new(inst=False, ask_ok=True)),
    (NV, None, "3ayez oghneya men gher kalam ktir fel awel, el ghona yebda2 3ala tool", new(inst=False, ask_ok=True)),
    (NV, None, "인스타 릴스용 30초 신나는 노래, 여자 보컬", new(inst=False, duration=30)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
