"""Red-team probe (redteam51) of the router rules changed in 780d24c (a bitrate spelled out in a script past Latin read
before the per-word number pass: spelled_settings(beyond_latin=True), _SETTING_UNIT with 'килобит', 'kilobit',
'كيلوبت', 'کیلوبیت'; Arabic 'و' joined to a number word and units before tens in _spelled_value; 'مئة', 'مية', 'ميه',
'دویست', 'سیصد' as number words; a bitrate unit whose number is unread asked through _RATE_UNIT), fff59f5 (a window's
takes need a word for versions and no word of _NOT_THE_TAKES beside the count; 'with' words gone from _GIVE_THE_TAKES;
_BY_A_MINUTE: 'o' / 'на' + a bare minute only after a verb of lengthening or adding, or before 'longer') and 5eaaed2
(German 'nein', 'ay no' / 'ai no' in _TAKEN_BACK; 'ой', 'ай', 'oops' as hesitations; Arabic 'لا' before 'خليها'; a
range's connector hanging between the value and the taking back in _CORRECTED), hunting SILENT WRONG plans (a plan
made without a question whose tool or a certain argument is wrong) and questions asked where the answer was plain
(verdict ASKED), on new ground: a range's connector before words that clarify the end rather than take back the start
('from 0:40 to, I mean, 0:57', 'с 0:40 до, точнее, 0:57', 'dal 40 al, cioè, 57', 'del 0:40 al, o sea, 0:57', 'de 0:40
à, euh, enfin, 0:57', 'von 0:40 bis, ich meine, 0:57', 'من 0:40 الى اقصد 0:57'); 'nein', 'ay no', 'ai no' (Japanese
'ai no', of love) and 'لا خليها' after a value where the next number is no correction of it ('3 Minuten, nein, 2
Strophen', 'ai no kotoba with 2 verses', 'nein, nicht 3, sondern 4'); bitrates spelled out in Cyrillic (Bulgarian,
Serbian, Ukrainian with its apostrophe), Arabic, Persian, Greek, Hebrew and Devanagari, after a Latin word ('в ogg сто
шестьдесят кбит'), or with a unit in a language the unit list lacks ('kilobitów', 'קילוביט', 'किलोबिट', 'キロビット');
Arabic 'مية' (also water); units before tens in the Germanic one-word numbers; a window's takes plainly asked beside a
word of _NOT_THE_TAKES ('to be safe', 'si es posible', "si c'est possible", 'ne voglio', 'this is for a client so give
me', 'не больше', 'inte fler', 'برای ما') and refused in words it lacks (Finnish 'älä', Turkish 'istemem' / 'gerek
yok', Russian 'ни к чему', Chinese '就算了' / '没必要', Japanese 'じゃなくていい', Korean '안 줘도 돼', '2 versions? nah');
'by a minute' after adding verbs where the minute is no amount ('добавь строчку останься на минуту', 'přidej prosbu o
minutu ticha', 'песня о том, как продлить лето на минуту') and lengthening said in words _BY_A_MINUTE lacks ('сделай
длиннее на минуту', 'natáhni to o minutu', 'dłuższy o minutę').

FIGURES. First run on 5eaaed2 (labels committed before it, 5026134): 102 probes; OK 48, ASKED 37, SILENT WRONG 15
(5 new vs /tmp/s30b = 30affd9 = 780d24c^, the router before the three commits; 10 pre-existing), ERROR 2. The same
probes on the old router: OK 62, ASKED 26, SILENT WRONG 12, ERROR 2. Against it the three commits turn 16 OK -> asked,
4 OK -> silent, 1 asked -> silent, 5 asked -> OK (the commits' own cases: 'from 0:40 to uh, scratch that, 0:45 to
1:10', 'dal 40 al... no aspetta, dal 45 al 70', 'eine Minute nein anderthalb', 'لا خليها 4 دقائق', '5 seconds oops
sorry 8 seconds'), 1 silent -> OK ('пісня на 3 хвилини ой ні чотири', was 180 s) and 1 silent -> asked ('2 versions
last time were plenty', was takes 2; asked now, a miss only by its label, which wants one take without a question).

New silent (vs the old router), by cause:
- 5eaaed2's 'nein' / 'ay no' / 'ai no' taking back a length where the number after is a count of verses (3): the
  length dropped and the count made the minutes, as 'Strophen', 'estrofas', 'estrofes' are not in _COUNTED_AFTER:
  'Ein Popsong, 3 Minuten, nein, 2 Strophen und ein Refrain' (120 s), 'una canción de 2 minutos, ay no, 3 estrofas y
  un estribillo' (180 s), 'una cançó de 3 minuts, ai no, 2 estrofes i una tornada' (120 s). All OK (180/120/180 s) before.
  (Russian 'на 2 минуты, ой, нет, 3 куплета' stays right.)
- 5eaaed2's Arabic 'لا' before 'خليها' (1): 'أغنية 3 دقائق لا خليها بطيئة 90 bpm' (no, make it slow) took back the
  3 minutes; the plan has no duration (was 180 s). The label is arguable: 'no' may take back the length.
- 5eaaed2's hanging connector (1): Spanish 'a' (to) taken as a range's connector in a from-to length: 'alárgala de 3
  a, o sea, 4 minutos' (lengthen it from 3 to, that is, 4 minutes) became 'de 4 minutos', an outpaint of 240 s on a
  180 s track (want 60); asked before. Italian 'allungala da 3 a, cioè, 4 minuti' is asked on both.

Pre-existing silent (10):
- A window's count refused in words _NOT_THE_TAKES lacks (9, takes 2 on both builds): Finnish 'älä tee 2 versiota'
  (don't make), Turkish '2 versiyon istemem', '2 versiyona gerek yok', Russian '2 варианта ни к чему', Chinese
  '两个版本就算了', '没必要两个版本' ('没必要' ends in '要', a give word), Japanese '2パターンじゃなくていい', Korean '버전 2개는
  안 줘도 돼', English '2 versions? nah just one'.
- Bulgarian 'двеста петдесет и шест килобита' made 56 kbps (want 256): 'двеста' is no number word, so the run read
  is 'петдесет и шест' alone; now by the beyond_latin pass, before by the later one.

ERROR (2, both builds): a spelled hundred no table knows, then the tens read alone as the rate: Greek 'τριακόσια
είκοσι kbps' and Hindi 'तीन सौ बीस kbps' fail with "'20 kbps' asks for 20 kbps; bitrate_kbps must be 32-320" (an
error naming a rate the user never said; no plan is made).

Asked where the plan was plain (37):
- fff59f5's _NOT_THE_TAKES on words that neither refuse nor judge (15, all planned right before): 'to be safe', 'if
  that is ok', 'no rush', 'this is for a client so give me' (head), 'si es posible', 'que no me gusta y dame' (head),
  "si c'est possible", 'se è possibile', Italian 'ne voglio' (ne: of them), 'das ist wichtig', 'weil mir das nicht
  gefällt und gib mir' (head), 'не больше', 'inte fler', '其他不用动给我' (head), Persian 'برای ما' (ما: us); and 'give me
  2 versions not 3' (asked on both). Note the head is cut at the last ':' of '0:40-0:55', so words before the
  window's end are read too.
- fff59f5's _BY_A_MINUTE lacking 'longer' after the minute (1): Polish 'niech utwór będzie dłuższy o minutę' (OK
  before); Czech 'natáhni to o minutu' asked on both. (Russian 'сделай трек длиннее на минуту' and 'растяни трек на
  минуту' are planned right.)
- A hanging connector before words that clarify the end (12, asked on both builds, never silent): 'from 0:40 to, I
  mean, 0:57', 'с 0:40 до, точнее, 0:57', 'з 0:40 до, точніше', 'с 0:40 до, ну, то есть', 'dal secondo 40 al, cioè,
  57', 'del 0:40 al, o sea', 'de 0:40 a, quer dizer', 'de 0:40 à, euh, enfin', 'von 0:40 bis, äh, ich meine', Polish
  'od 0:40 do, to znaczy' and 'allungala da 3 a, cioè, 4 minuti'; and the start taken back in Russian 'с 0:40 до,
  нет, стоп, с 0:45 до 1:10' ('0:40' asked about).
- Bitrates spelled in Cyrillic (5, asked on both): after a Latin word joined by spaces the beyond_latin pass stops
  ('в ogg сто шестьдесят кбит', 'в ogg vorbis сто двадцать восемь килобит'); Ukrainian 'п'ятдесят' / 'дев'яносто'
  with either apostrophe split the run ('двісті п'ятдесят шість кілобіт', 'сто дев'яносто два кілобіти').
- The label slip above ('2 versions last time were plenty').

Read right (OK): Arabic 'مئة وستين', 'مئتين وستة وخمسين', 'ثلاثمائة وعشرين', 'اثنين وتسعين', 'مية وتسعين كيلوبت';
Persian 'دویست و پنجاه و شش', 'سیصد و بیست کیلوبیت'; Hebrew 'מאה תשעים ושתיים kbps' and '128 קילוביט', Polish '320
kilobitów', 'kilobits per second', German one-word numbers before kbps (all planned right); Hindi 'किलोबिट' and
Japanese 'キロビット' asked ('192' / '320' unused), never silent; Arabic 'المية' / 'مية' (water) left alone; 'مية
وعشرين bpm', 'صد و بیست bpm' 120. The adding verbs before a story's minute ('добавь в текст строчку останься на
минуту', 'додай рядок зупинись на хвилину', 'přidej … prosbu o minutu ticha', 'dodaj prośbę o minutę ciszy') are
never an outpaint, but _BY_A_MINUTE reads the minute as an amount and asks where the added seconds go; 'песня о том,
как продлить лето на минуту' (a new song) asks which track to lengthen.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam51.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, nw, fade, trim, ASK)

L = 180.0

CN = "a range's connector before words that clarify the end (_CORRECTED's hanging connector): the range kept"
CS = "a range's start taken back with the connector hanging (the commit's own case): the corrected range"
TB = "'nein' / 'ay no' / 'ai no' / 'ой' / 'لا خليها' after a value: a correction read, a non-correction left alone"
BR = "a bitrate spelled out or with its unit in a script past Latin: the right kbps, or asked"
AR = "Arabic 'و'-joined words, units before tens, 'مية': the right number, never a number that is no number"
NT = "a window's takes plainly asked beside a word of _NOT_THE_TAKES: takes of the window"
NM = "a window's count refused in words _NOT_THE_TAKES lacks: one take"
BM = "'o' / 'на' + a bare minute after adding or lengthening verbs (_BY_A_MINUTE): the amount only where it is one"


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a hanging connector before words that clarify the end: the range as said
    (CN, L, "regenerate from 0:40 to, I mean, 0:57", inp(40, 57)),
    (CN, L, "redo from 40 to, I mean, 57 seconds", inp(40, 57)),
    (CN, L, "regenerate from 0:40 to, um, wait, 0:57", inp(40, 57, ask_ok=True)),
    (CN, L, "redo from 0:40 to... sorry... 0:57", inp(40, 57, ask_ok=True)),
    (CN, L, "перегенерируй с 0:40 до, точнее, 0:57", inp(40, 57)),
    (CN, L, "переделай с 0:40 до, ну, то есть, 0:57", inp(40, 57)),
    (CN, L, "перегенеруй з 0:40 до, точніше, 0:57", inp(40, 57)),
    (CN, L, "rifai dal secondo 40 al, cioè, 57", inp(40, 57)),
    (CN, L, "rehaz del 0:40 al, o sea, 0:57", inp(40, 57)),
    (CN, L, "refaz de 0:40 a, quer dizer, 0:57", inp(40, 57)),
    (CN, L, "refais de 0:40 à, euh, enfin, 0:57", inp(40, 57)),
    (CN, L, "mach von 0:40 bis, äh, ich meine, 0:57 neu", inp(40, 57)),
    (CN, L, "erneuere 0:40 bis, warte, 0:57", inp(40, 57, ask_ok=True)),
    (CN, L, "أعد توليد من 0:40 الى اقصد 0:57", inp(40, 57)),
    (CN, L, "doe 0:40 tot, eh, nee wacht, 0:57 opnieuw", inp(40, 57, ask_ok=True)),
    (CN, L, "alárgala de 3 a, o sea, 4 minutos", ext(0, 60)),
    (CN, L, "allungala da 3 a, cioè, 4 minuti", ext(0, 60)),
    (CN, L, "wygeneruj od 0:40 do, to znaczy, 0:57", inp(40, 57)),
    # --- (1b) the start taken back with the connector hanging: the corrected range
    (CS, L, "redo from 0:40 to uh, scratch that, 0:45 to 1:10", inp(45, 70)),
    (CS, L, "redo from 0:10 to 0:20, no wait, to 0:25", inp(10, 25)),
    (CS, L, "rifai dal 40 al... no aspetta, dal 45 al 70", inp(45, 70)),
    (CS, L, "переделай с 0:40 до, нет, стоп, с 0:45 до 1:10", inp(45, 70)),
    # --- (2) taking-back words after a value
    (TB, None, "Ein Lied, 3 Minuten, nein, nicht 3, sondern 4", nw(240)),
    (TB, None, "Ein Popsong, eine Minute nein anderthalb Minuten", nws(90)),
    (TB, None, "Ein Popsong, 3 Minuten, nein, 2 Strophen und ein Refrain", new(duration_not=120, ask_ok=True)),
    (TB, None, "ein Rocksong 3 Minuten nein danke kein Intro", nws(180)),
    (TB, None, "una canción de 3 minutos, ay no, mejor 2 minutos y medio", nw(150)),
    (TB, None, "una ranchera de 3 minutos, ay no, 40 grados de calor", new(duration=180, ask_ok=True)),
    (TB, None, "una canción de 2 minutos, ay no, 3 estrofas y un estribillo", new(duration_not=180, ask_ok=True)),
    (TB, None, "una cançó de 3 minuts, ai no, 2 estrofes i una tornada", new(duration_not=120, ask_ok=True)),
    (TB, None, "anime ending song 90 seconds ai no kotoba with 2 verses", new(duration=90, ask_ok=True)),
    (TB, None, "песня на 2 минуты, ой, нет, 3 куплета и припев", new(duration_not=180, ask_ok=True)),
    (TB, None, "пісня на 3 хвилини ой ні чотири", nws(240)),
    (TB, None, "أغنية 3 دقائق لا خليها بطيئة 90 bpm", new(duration=180, ask_ok=True)),
    (TB, None, "أغنية مدتها 3 دقائق لا خليها 4 دقائق", nws(240)),
    (TB, L, "fade out 5 seconds oops sorry 8 seconds", fade(8)),
    # --- (3) bitrates spelled out or with a unit past Latin
    (BR, L, "экспортируй в ogg сто шестьдесят кбит", fmt_is("ogg", bitrate_kbps=160)),
    (BR, L, "перекодируй в ogg vorbis сто двадцать восемь килобит", fmt_is("ogg", bitrate_kbps=128)),
    (BR, L, "експортуй у mp3 двісті п'ятдесят шість кілобіт", fmt_is("mp3", bitrate_kbps=256)),
    (BR, L, "експортуй у mp3 двісті п’ятдесят шість кілобіт", fmt_is("mp3", bitrate_kbps=256)),
    (BR, L, "збережи як mp3, сто дев'яносто два кілобіти", fmt_is("mp3", bitrate_kbps=192)),
    (BR, L, "експортирай като mp3 двеста петдесет и шест килобита", fmt_is("mp3", bitrate_kbps=256)),
    (BR, L, "дай три mp3: сто двадцать восемь, сто девяносто два и триста двадцать килобит", ASK),
    (BR, L, "حوله إلى ogg مئة وستين كيلوبت", fmt_is("ogg", bitrate_kbps=160)),
    (BR, L, "صدّره mp3 مئتين وستة وخمسين كيلوبت", fmt_is("mp3", bitrate_kbps=256)),
    (BR, L, "صدّره mp3 ثلاثمائة وعشرين كيلوبت", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (BR, L, "خروجی mp3 با دویست و پنجاه و شش کیلوبیت", fmt_is("mp3", bitrate_kbps=256)),
    (BR, L, "خروجی mp3 با سیصد و بیست کیلوبیت بده", fmt_is("mp3", bitrate_kbps=320)),
    (BR, L, "κάνε το mp3 στα τριακόσια είκοσι kbps", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (BR, L, "ייצא ל-mp3 מאה תשעים ושתיים kbps", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (BR, L, "ייצא ל-mp3 ב-128 קילוביט", fmt_is("mp3", bitrate_kbps=128, ask_ok=True)),
    (BR, L, "इसे mp3 में तीन सौ बीस kbps पर दो", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (BR, L, "इसे mp3 में 192 किलोबिट पर एक्सपोर्ट करो", fmt_is("mp3", bitrate_kbps=192, ask_ok=True)),
    (BR, L, "mp3で320キロビットで書き出して", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (BR, L, "wyeksportuj jako mp3 320 kilobitów na sekundę", fmt_is("mp3", bitrate_kbps=320, ask_ok=True)),
    (BR, L, "export it as mp3 at 192 kilobits per second", fmt_is("mp3", bitrate_kbps=192)),
    (BR, L, "exportiere als mp3 mit zweihundertsechsundfünfzig kbps", fmt_is("mp3", bitrate_kbps=256)),
    # --- (4) Arabic 'و'-joined words, units before tens, 'مية' (a hundred, or water)
    (AR, L, "صدّره mp3 اثنين وتسعين كيلوبت", fmt_is("mp3", bitrate_kbps=92)),
    (AR, L, "صدّره mp3 مية وتسعين كيلوبت", fmt_is("mp3", bitrate_kbps=190)),
    (AR, None, "عايز أغنية عن البحر والمية مدتها دقيقتين", nws(120)),
    (AR, None, "أغنية هادية فيها صوت مية بتجري، مدتها دقيقة ونص", nw(90)),
    (AR, None, "أغنية إيقاعها مية وعشرين bpm مدتها 3 دقائق", new(duration=180, tags_text=["120"], ask_ok=True)),
    (AR, None, "آهنگ پاپ با سرعت صد و بیست bpm، سه دقیقه", new(duration=180, tags_text=["120"], ask_ok=True)),
    # --- (5) a window's takes plainly asked beside a word of _NOT_THE_TAKES
    (NT, L, "redo 0:40-0:55 and give me 2 versions to be safe", inp(40, 55, takes=2)),
    (NT, L, "redo 0:40-0:55 and give me 2 versions if that is ok", inp(40, 55, takes=2)),
    (NT, L, "redo 0:40-0:55 and give me 2 versions no rush", inp(40, 55, takes=2)),
    (NT, L, "redo 0:40-0:55, give me 2 versions not 3", inp(40, 55, takes=2)),
    (NT, L, "redo 0:40-0:55 this is for a client so give me 2 versions", inp(40, 55, takes=2)),
    (NT, L, "rehaz 0:40-0:55 y dame 2 versiones si es posible", inp(40, 55, takes=2)),
    (NT, L, "rehaz 0:40-0:55 que no me gusta y dame 2 versiones", inp(40, 55, takes=2)),
    (NT, L, "refais 0:40-0:55, donne-moi 2 versions si c'est possible", inp(40, 55, takes=2)),
    (NT, L, "rifai 0:40-0:55, fammi 2 versioni se è possibile", inp(40, 55, takes=2)),
    (NT, L, "rifai 0:40-0:55, ne voglio 2 versioni", inp(40, 55, takes=2)),
    (NT, L, "mach 0:40 bis 0:55 neu, gib mir 2 Versionen das ist wichtig", inp(40, 55, takes=2)),
    (NT, L, "mach 0:40 bis 0:55 neu weil mir das nicht gefällt und gib mir 2 Versionen", inp(40, 55, takes=2)),
    (NT, L, "переделай 0:40–0:55 и дай 2 варианта не больше", inp(40, 55, takes=2)),
    (NT, L, "gör om 0:40-0:55, ge mig 2 versioner inte fler", inp(40, 55, takes=2)),
    (NT, L, "0:40到0:55重做，其他不用动给我两个版本", inp(40, 55, takes=2)),
    (NT, L, "0:40 تا 0:55 را دوباره بساز، 2 نسخه برای ما بفرست", inp(40, 55, takes=2)),
    # --- (6) a window's count refused in words _NOT_THE_TAKES lacks: one take
    (NM, L, "tee 0:40–0:55 uudestaan, älä tee 2 versiota", inp(40, 55, takes=None)),
    (NM, L, "0:40-0:55 arasını yeniden yap, 2 versiyon istemem", inp(40, 55, takes=None)),
    (NM, L, "0:40-0:55 arasını yeniden yap, 2 versiyona gerek yok", inp(40, 55, takes=None)),
    (NM, L, "переделай 0:40–0:55, 2 варианта ни к чему", inp(40, 55, takes=None)),
    (NM, L, "0:40到0:55重做，两个版本就算了", inp(40, 55, takes=None)),
    (NM, L, "0:40到0:55重做，没必要两个版本", inp(40, 55, takes=None)),
    (NM, L, "0:40〜0:55を作り直して、2パターンじゃなくていい", inp(40, 55, takes=None)),
    (NM, L, "0:40~0:55 다시 만들어줘, 버전 2개는 안 줘도 돼", inp(40, 55, takes=None)),
    (NM, L, "redo 0:40-0:55. 2 versions? nah just one", inp(40, 55, takes=None)),
    (NM, L, "redo 0:40-0:55, 2 versions last time were plenty", inp(40, 55, takes=None)),
    # --- (7) 'by a minute' after adding or lengthening verbs
    (BM, L, "добавь в текст строчку останься на минуту", {"tool_not": OUT, "ask_ok": True}),
    (BM, L, "додай рядок зупинись на хвилину в приспів", {"tool_not": OUT, "ask_ok": True}),
    (BM, L, "přidej do refrénu prosbu o minutu ticha", {"tool_not": OUT, "ask_ok": True}),
    (BM, L, "dodaj prośbę o minutę ciszy w refrenie", {"tool_not": OUT, "ask_ok": True}),
    (BM, None, "песня «Добавь мне света на минуту», поп-баллада", new(duration_not=60, ask_ok=True)),
    (BM, None, "песня о том, как продлить лето на минуту, инди-поп", new(duration_not=60, ask_ok=True)),
    (BM, L, "удлини трек на минуту", ext(0, 60)),
    (BM, L, "сделай трек длиннее на минуту", ext(0, 60)),
    (BM, L, "растяни трек на минуту в конце", ext(0, 60)),
    (BM, L, "зроби трек довшим на хвилину", ext(0, 60)),
    (BM, L, "natáhni to o minutu", ext(0, 60)),
    (BM, L, "niech utwór będzie dłuższy o minutę", ext(0, 60)),
    (BM, L, "prodluž skladbu o minutu", ext(0, 60)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
