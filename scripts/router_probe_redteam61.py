"""Red-team probe (redteam61) of the router changes in f5dacdf..ab0faef, chiefly 0708851: cues._object_of (a side
noun read as the side to extend only as the object of the extend or add word, at most three short words, a place
preposition, the track or the amount between; _UNIT_WORD, _GAP_WORDS, _FOR_WORDS, a second side joined to the first),
cues.doubtful_start (a beginning in a lengthening clause not read so is asked about), the keep words (_DONT_TOUCH_WORDS,
_KEEP_BEFORE, _SIDE_FINE), _ABOUT_BEFORE and _FOR_A_USE for 'without singing', and
cues._side_nouns_in_lengthening_clauses (ab0faef). Probes spread over the 50 languages: a side noun that is the
subject or object of another verb joined by a short word ('me encanta el principio y alárgala'), 'the start is ok'
with short words, written number words before the unit (_UNIT_WORD drops the two words before it), the side said to
stay in new shapes ('sin tocar', 'huwag mong galawin', 'دست نزن'), a negated extend verb on one side, two sides joined
by 'and' / 'or' / 'as well as' (and the verb-final order where the start stands next to the verb), 'for' words and
'for a start' idioms the lists lack, a total length as the amount, side nouns far from the verb, passive forms, and
'without singing' after 'about' or before a use. Hunting SILENT WRONG plans first, then errors and needless questions.

FIGURES. First run on ab0faef (labels committed before it, 09ecff8): 99 probes; OK 20, ASKED 27, SILENT WRONG 52
(10 new vs /tmp/af5dacdf/src = the router at f5dacdf, before the target; 42 pre-existing), ERROR 0. The same probes
on the old router: OK 26, ASKED 24, SILENT WRONG 49, ERROR 0. Against it ab0faef turns 2 silent -> OK ('시작 부분은 좋아
30초 늘려줘', '행사 시작을 위해 30초 늘려줘'), 5 silent -> asked (the Turkish, Azerbaijani and Persian 'the start is very
nice' with the amount, a number word or digits; Tamil 'தொடக்கத்தை தொடாதே …'), 6 OK -> silent, 4 asked -> silent and
2 OK -> asked; 18 OK, 20 asked and 42 silent on both.

New silent (10), by cause:
- Two sides, the start nearer the verb (4), verb-final order 'the end and the start <amount> extend': only the start
  extended, the end dropped, no question (want 10 s at both ends): 'sonunu ve başlangıcını 10 saniye uzat' (OK on the
  old router), 'اختتام اور آغاز کو 10 سیکنڈ بڑھا دو', 'শেষটা আর শুরুটা ১০ সেকেন্ড বাড়াও', 'अन्त र सुरुवातलाई १०
  सेकेन्ड लम्बाउनुहोस्' (asked on the old router) -> before 10, after 0. cues._object_of reads only the noun beside the
  verb; the join of a second side (_with_side_nouns: added[-1]) looks only forward from a side already read, so the
  end said first is never joined to the start after it; and doubtful_start asks about an unread start only, never an
  unread end, so nothing asks.
- A second side joined by a word longer than three letters (1): 'pidennä alkuosaa ja myös loppuosaa 10 sekuntia'
  (extend the start and also the end 10 s) -> before 10 only (asked on the old router): 'myös' (also) is no
  _GAP_WORDS word, so 'loppuosaa' is neither the verb's object nor joined; the unread end is not asked about.
- 'Without singing' as an item after 'about' (5), all sung (no '[inst]'), want instrumental: 'a calm piano piece about
  rainy nights, slow, without singing, 2 min', 'una música tranquila sobre el mar, lenta, sin cantar, 1 minuto',
  'yağmur hakkında sakin bir müzik, yavaş, şarkı söylemeden, 1 dakika', 'musik santai tentang hujan, pelan, tanpa
  nyanyi, 1 menit', 'spokojna muzyka o morzu, wolna, bez śpiewania, 1 minuta' (all instrumental on the old router).
  __init__._ABOUT_BEFORE is searched over the whole text before the item (text[0:m.start()]), so any 'about' of the
  piece's topic refuses the item reading, not only a story of someone's doings; its Polish alternative ('o', then a word
  in mo/tw/sw/m/t/s, meant for 'o mojej', 'o twoim') takes any noun in m, t or s ('o morzu', the sea).

Pre-existing silent (42, on both), by cause:
- A side noun that is the subject or object of another verb, joined to the extend verb by 'and' (9), all before 20,
  want the end or a question: 'me encanta el principio y alárgala 20 segundos más', 'adorei o começo e estica mais 20
  segundos', 'мне нравится начало и продли её на 20 секунд', 'mir gefällt der Anfang und verlängere es um 20
  Sekunden', 'jeg liker starten og forleng den …', 'jeg kan godt lide åbningen og forlæng den …', 'gusto ko yung
  simula at pahabain mo …', 'aku suka awalnya dan perpanjang …', 'amo initium et produc carmen viginti secundis':
  _object_of lets 'y', 'e', 'и', 'und', 'og', 'at', 'dan', 'et' (three letters or fewer) stand between noun and verb;
  the same short-word rule reads 'el principi és bo allarga 20 segons' (the start is good) as the object (1).
- The start said to stay in shapes the keep lists lack (16), all before 20/30, want the end: before the side,
  'sin tocar el principio', "senza toccare l'inizio", 'sans toucher au début', 'fără să atingi începutul', 'huwag mong
  galawin ang simula' (_DONT_TOUCH_WORDS has 'huwag galawin' with nothing between), 'palik pradžią ir', 'لا تغير
  البداية', 'не меняй начало', 'usiguse mwanzo' (in _SIDE_FINE only, after the side), 'đừng đụng vào phần đầu', 'pa
  manyen kòmansman an'; after the side, 'ابتدای آهنگ دست نزن فقط 20 ثانیه …' ('دست', 'نزن', 'فقط' are three short
  gap words: read as the verb's object), '开头别改', '開頭唔好改', 'شروع کو مت چھیڑو' (_SIDE_FINE has the Devanagari 'को
  मत' only), 'शुरुआत वैसी ही रखो'. Several of these nouns are direct _WHERE cues (début, l'inizio, mwanzo, phần đầu,
  kòmansman, 开头, 開頭, شروع, शुरुआत), read wherever they stand.
- A negated extend verb (3): 'jangan perpanjang awalnya, tapi akhirnya 20 detik', 'huwag pahabain ang simula, ang
  dulo lang ng 20 segundo' (the end in a clause with no verb) and 'ไม่ต้องยืดช่วงต้น ยืดช่วงท้าย 20 วินาที' (the
  Thai end noun dropped by the _NUMBER_NEXT rule) -> before 20: nothing checks a negation before the verb whose object
  it is.
- Two sides joined, one dropped (3): 'przedłuż początek oraz koniec o 10 sekund', 'продли начало а также конец на 10
  секунд' (before 10 only: 'oraz', 'также' longer than three letters); 'prodluž začátek a také konec o 10 sekund'
  (after 10 only: 'konec' is a direct _WHERE cue, so the clause is 'sided' and 'začátek' is never added;
  doubtful_start does name 'začátek', yet no question reaches the plan, not traced further), and the control
  'produlji početak i kraj za 10 sekundi' the same way ('kraj' direct) -> after 10 only (1).
- 'For' words and 'for a start' idioms (7), all before 20/30, want the end or a question: 'pre začiatok večierka'
  (sk 'pre'), 'za početak zabave', 'за началото на партито' ('za'/'за' is also 'by' the amount, two letters),
  'تقریب کے آغاز کے لیے …' (_FOR_WORDS has the Hindi 'लिए', not the Urdu 'لیے'), 'za početak produži pesmu' and 'pro
  začátek prodluž písničku' (the idiom 'for a start': the 'for' word stands before the noun, outside the gap),
  'για την αρχή της εκδήλωσης' ('αρχή' a direct _WHERE cue).
- 'Without singing' with a use after it in words _FOR_A_USE lacks (2), sung: 'ein Beat ohne zu singen, damit ich
  darüber rappen kann' (only 'drüber rappen'), 'una base sin cantar, para que yo rapee encima' (only 'rapear encima';
  'rapee' makes _VOICED_OTHERWISE true).

Asked where the plan was sure (27; 2 new): new, doubtful_start on a start the user plainly meant: 'alarga 20 segundos
más la parte del principio de la canción', 'der Anfang soll um 20 Sekunden verlängert werden' (passive; OK on the old
router). On both or newly from silent: the number-word probes ('başlangıcı çok güzel on saniye uzat' asks about
'başlangıcı' rather than reading it, so _UNIT_WORD's two-word deletion did not make it silent), Hungarian 'az elejét
ne bántsd', Tamil, Telugu, Norwegian 'starten er bra så', Hebrew 'אל תשנה' and Icelandic 'ekki breyta' (their 'change'
verbs read as a regenerate: a window question), Sanskrit (no amount read), the negated-verb probes in tr, uk, es, ms,
ja, fa, nl, he (asked about the start), 'as well as' in es/ro/sv, the Korean and Punjabi two-side probes, and Polish
'wydłuż o 20 sekund ten spokojny początek' (asks what '10' is: the demonstrative 'ten' read as the English number).
The total-length probes (6) all asked or planned the 60 s right; none spent the total as the amount.

Labels: none changed after the run. Debatable ones: the 'and' (OB) and 'for' (FW) probes allow a question
(ask_ok); the 'the start is fine' probes (FN) count a question as a miss, like red team 60's SK probes; 'or' probes
want a question.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. Where an extension names no side, the end is the careful reading and a
question is no miss (ask_ok). Where the start is said to stay or to be fine, the end is sure and a question is a miss.
Where two sides are joined by 'and', both are sure; by 'or', a question is due.

Run: sh scripts/uv run python scripts/router_probe_redteam61.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim, free, inp, nw)

L = 180.0

OB = "a side noun that is the subject/object of another verb, joined to the extend verb by short words: want the end"
FN = "the start said to be fine in short words, or number words before the unit (_UNIT_WORD): want the end"
CX = "a side noun that is the object of a cut verb and an extension: a question is due"
KP = "the start said to stay in new shapes ('without touching', 'keep', 'don't change', a pronoun between)"
NG = "a negated extend verb on one side, the other side extended: want the end only"
CO = "two sides joined by 'and' / 'as well as' (both sure) or 'or' (a question is due)"
FW = "'for' words and 'for a start' / 'at first' idioms the lists lack: the side not said"
TL = "the amount is a total length ('make it 4 minutes'): 180 s -> 60 s more"
FA = "a side noun far from the verb (adjectives, 'of the song', a relative clause), passive or causative forms"
WS = "'without singing' after 'about' (_ABOUT_BEFORE) or with a use after it (_FOR_A_USE): instrumental"
CT = "controls: shapes ab0faef means to read"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) the side noun belongs to another verb, a short word between (the side of the extension not said)
    (OB, L, "me encanta el principio y alárgala 20 segundos más", ext(0, 20, ask_ok=True)),
    (OB, L, "adorei o começo e estica mais 20 segundos", ext(0, 20, ask_ok=True)),
    (OB, L, "мне нравится начало и продли её на 20 секунд", ext(0, 20, ask_ok=True)),
    (OB, L, "mir gefällt der Anfang und verlängere es um 20 Sekunden", ext(0, 20, ask_ok=True)),
    (OB, L, "jeg liker starten og forleng den med 20 sekunder", ext(0, 20, ask_ok=True)),
    (OB, L, "jeg kan godt lide åbningen og forlæng den med 20 sekunder", ext(0, 20, ask_ok=True)),
    (OB, L, "gusto ko yung simula at pahabain mo ng 20 segundo", ext(0, 20, ask_ok=True)),
    (OB, L, "aku suka awalnya dan perpanjang 20 detik lagi", ext(0, 20, ask_ok=True)),
    (OB, L, "amo initium et produc carmen viginti secundis", ext(0, 20, ask_ok=True)),
    # --- (2) the start is fine, in short words or with number words before the unit
    (FN, L, "시작 부분은 좋아 30초 늘려줘", ext(0, 30)),
    (FN, L, "başlangıcı çok güzel on saniye uzat", ext(0, 10)),
    (FN, L, "başlangıcı çok güzel 10 saniye uzat", ext(0, 10)),
    (FN, L, "ابتدای آهنگ عالیه بیست ثانیه طولانی‌ترش کن", ext(0, 20)),
    (FN, L, "girişi çox gözəldir on saniyə uzat", ext(0, 10)),
    (FN, L, "el principi és bo allarga 20 segons", ext(0, 20)),
    (FN, L, "starten er bra så forleng med 20 sekunder", ext(0, 20)),
    # --- (3) a cut of the side and an extension
    (CX, L, "quita el principio y alarga la canción 20 segundos", ASK),
    (CX, L, "schneid den Anfang ab und verlängere um 20 Sekunden", ASK),
    # --- (4) the start said to stay, in new shapes
    (KP, L, "sin tocar el principio alarga la canción 20 segundos", ext(0, 20)),
    (KP, L, "senza toccare l'inizio allunga di 20 secondi", ext(0, 20)),
    (KP, L, "sans toucher au début rallonge de 20 secondes", ext(0, 20)),
    (KP, L, "fără să atingi începutul prelungește cu 20 de secunde", ext(0, 20)),
    (KP, L, "huwag mong galawin ang simula pahabain mo ng 20 segundo", ext(0, 20)),
    (KP, L, "palik pradžią ir pratęsk 20 sekundžių", ext(0, 20)),
    (KP, L, "אל תשנה את ההתחלה תאריך ב-20 שניות", ext(0, 20)),
    (KP, L, "لا تغير البداية وطول الأغنية 20 ثانية", ext(0, 20)),
    (KP, L, "ابتدای آهنگ دست نزن فقط 20 ثانیه طولانی‌ترش کن", ext(0, 20)),
    (KP, L, "не меняй начало продли на 20 секунд", ext(0, 20)),
    (KP, L, "az elejét ne bántsd hosszabbítsd meg 20 másodperccel", ext(0, 20)),
    (KP, L, "usiguse mwanzo ongeza sekunde 20", ext(0, 20)),
    (KP, L, "开头别改 延长20秒", ext(0, 20)),
    (KP, L, "開頭唔好改 拉長30秒", ext(0, 30)),
    (KP, L, "شروع کو مت چھیڑو گانا 20 سیکنڈ بڑھا دو", ext(0, 20)),
    (KP, L, "ekki breyta byrjuninni lengdu lagið um 20 sekúndur", ext(0, 20)),
    (KP, L, "đừng đụng vào phần đầu kéo dài thêm 20 giây", ext(0, 20)),
    (KP, L, "pa manyen kòmansman an lonje l 20 segonn", ext(0, 20)),
    (KP, L, "தொடக்கத்தை தொடாதே பாடலை 20 வினாடி நீட்டு", ext(0, 20)),
    (KP, L, "ప్రారంభాన్ని ముట్టుకోకుండా పాటను 20 సెకన్లు పెంచు", ext(0, 20)),
    (KP, L, "शुरुआत वैसी ही रखो और 20 सेकंड बढ़ाओ", ext(0, 20)),
    (KP, L, "आरम्भं मा स्पृश गीतं विंशति क्षणानि वर्धय", ext(0, 20)),
    # --- (5) a negated extend verb on one side
    (NG, L, "başlangıcı uzatma, sonunu 20 saniye uzat", ext(0, 20)),
    (NG, L, "не подовжуй початок, подовж кінець на 20 секунд", ext(0, 20)),
    (NG, L, "no alargues el principio sino el final, 20 segundos", ext(0, 20)),
    (NG, L, "jangan panjangkan permulaan, panjangkan penghujung 20 saat", ext(0, 20)),
    (NG, L, "jangan perpanjang awalnya, tapi akhirnya 20 detik", ext(0, 20)),
    (NG, L, "huwag pahabain ang simula, ang dulo lang ng 20 segundo", ext(0, 20)),
    (NG, L, "ไม่ต้องยืดช่วงต้น ยืดช่วงท้าย 20 วินาที", ext(0, 20)),
    (NG, L, "冒頭を伸ばすんじゃなくて最後を20秒伸ばして", ext(0, 20)),
    (NG, L, "ابتدای آهنگ رو طولانی‌تر نکن، انتهای آهنگ رو 20 ثانیه طولانی‌تر کن", ext(0, 20)),
    (NG, L, "verleng niet het begin maar het einde met 20 seconden", ext(0, 20)),
    (NG, L, "אל תאריך את ההתחלה, תאריך את הסוף ב-20 שניות", ext(0, 20)),
    # --- (6) two sides joined
    (CO, L, "alarga el principio así como el final 10 segundos", ext(10, 10)),
    (CO, L, "przedłuż początek oraz koniec o 10 sekund", ext(10, 10)),
    (CO, L, "prodluž začátek a také konec o 10 sekund", ext(10, 10)),
    (CO, L, "продли начало а также конец на 10 секунд", ext(10, 10)),
    (CO, L, "pidennä alkuosaa ja myös loppuosaa 10 sekuntia", ext(10, 10)),
    (CO, L, "prelungește începutul precum și sfârșitul cu 10 secunde", ext(10, 10)),
    (CO, L, "förläng början och även slutet med 10 sekunder", ext(10, 10)),
    (CO, L, "sonunu ve başlangıcını 10 saniye uzat", ext(10, 10)),
    (CO, L, "뒷부분이랑 앞부분 10초씩 늘려줘", ext(10, 10)),
    (CO, L, "اختتام اور آغاز کو 10 سیکنڈ بڑھا دو", ext(10, 10)),
    (CO, L, "শেষটা আর শুরুটা ১০ সেকেন্ড বাড়াও", ext(10, 10)),
    (CO, L, "अन्त र सुरुवातलाई १० सेकेन्ड लम्बाउनुहोस्", ext(10, 10)),
    (CO, L, "ਅੰਤ ਅਤੇ ਸ਼ੁਰੂਆਤ ਨੂੰ 10 ਸਕਿੰਟ ਵਧਾਓ", ext(10, 10)),
    (CO, L, "verlängere den Anfang oder das Ende um 20 Sekunden", ASK),
    (CO, L, "alarga el principio o el final 20 segundos", ASK),
    # --- (7) 'for' words and 'for a start' idioms
    (FW, L, "predĺž to o 30 sekúnd pre začiatok večierka", ext(0, 30, ask_ok=True)),
    (FW, L, "produlji pjesmu za 30 sekundi za početak zabave", ext(0, 30, ask_ok=True)),
    (FW, L, "удължи я с 30 секунди за началото на партито", ext(0, 30, ask_ok=True)),
    (FW, L, "تقریب کے آغاز کے لیے گانا 30 سیکنڈ بڑھا دو", ext(0, 30, ask_ok=True)),
    (FW, L, "행사 시작을 위해 30초 늘려줘", ext(0, 30, ask_ok=True)),
    (FW, L, "za početak produži pesmu za 20 sekundi", ext(0, 20, ask_ok=True)),
    (FW, L, "pro začátek prodluž písničku o 20 sekund", ext(0, 20, ask_ok=True)),
    (FW, L, "μάκρυνέ το 30 δευτερόλεπτα για την αρχή της εκδήλωσης", ext(0, 30, ask_ok=True)),
    (FW, L, "awalnya aku kira cukup tapi perpanjang 20 detik", ext(0, 20, ask_ok=True)),
    # --- (8) a total length as the amount (180 s open: 60 s more)
    (TL, L, "alarga el principio hasta que la canción dure 4 minutos", ext(60, 0, ask_ok=True)),
    (TL, L, "başlangıcı uzat, şarkı toplam 4 dakika olsun", ext(60, 0, ask_ok=True)),
    (TL, L, "앞부분을 늘려서 전체 4분으로 만들어줘", ext(60, 0, ask_ok=True)),
    (TL, L, "rallonge le commencement pour que le morceau fasse 4 minutes", ext(60, 0, ask_ok=True)),
    (TL, L, "冒頭を伸ばして全体で4分にして", ext(60, 0, ask_ok=True)),
    (TL, L, "alarga la canción hasta los 4 minutos", ext(0, 60, ask_ok=True)),
    # --- (9) far from the verb; passive and causative
    (FA, L, "удлини на 20 секунд то спокойное начало, которое мы сделали вчера", ext(20, 0)),
    (FA, L, "wydłuż o 20 sekund ten spokojny początek piosenki", ext(20, 0)),
    (FA, L, "alarga 20 segundos más la parte del principio de la canción", ext(20, 0)),
    (FA, L, "der Anfang soll um 20 Sekunden verlängert werden", ext(20, 0)),
    (FA, L, "начало нужно удлинить на 20 секунд", ext(20, 0)),
    (FA, L, "dün yaptığımız şarkının o sakin başlangıcını 20 saniye uzat", ext(20, 0)),
    # --- (10) 'without singing'
    (WS, None, "a calm piano piece about rainy nights, slow, without singing, 2 min", nws(120, inst=True)),
    (WS, None, "una música tranquila sobre el mar, lenta, sin cantar, 1 minuto", nws(60, inst=True)),
    (WS, None, "yağmur hakkında sakin bir müzik, yavaş, şarkı söylemeden, 1 dakika", nws(60, inst=True)),
    (WS, None, "musik santai tentang hujan, pelan, tanpa nyanyi, 1 menit", nws(60, inst=True)),
    (WS, None, "spokojna muzyka o morzu, wolna, bez śpiewania, 1 minuta", nws(60, inst=True)),
    (WS, None, "ein Beat ohne zu singen, damit ich darüber rappen kann, 1 Minute", nws(60, inst=True)),
    (WS, None, "una base sin cantar, para que yo rapee encima, 1 minuto", nws(60, inst=True)),
    # --- (11) controls
    (CT, L, "alarga el principio 20 segundos", ext(20, 0)),
    (CT, L, "başlangıcı 20 saniye uzat", ext(20, 0)),
    (CT, L, "produlji početak i kraj za 10 sekundi", ext(10, 10)),
    (CT, L, "сначала продли на 20 секунд", ext(0, 20)),
    (CT, L, "verlängere nicht den Anfang, sondern das Ende um 20 Sekunden", ext(0, 20)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
