"""Red-team probe (redteam76) of 685093c, aimed at the rules 58742c2 added (685093c only writes _HALF_WORDS once). In
router/read.py: _WAIT and _TAKEN_BACK without the bare verb ('wait', 'warte', 'attends', 'tunggu', 'vänta', 'čekaj',
'bekle', 'wacht', 'रुको', 'teka' no longer take a value back a few words on, nor 'tunggu'/'vänta'/… right after one);
number_word_in(as_a_value=True) with _A_VALUE_ENDS (a number word after a taken-back word is asked only before the
end, a stop, a unit or a word of 'enough'); _HALF_WORDS ('and a half', 'y medio', …). In router/__init__.py:
_format_taken_back wanting the taking-back words _RIGHT_BEFORE the second format, no _FORMAT_STORY / _TOO_BIG / question
mark after it; _NOT_A_NEW_ONE ('not', 'no', "don't", 'never', 'without', 'like', 'than' within 32 characters before
the new piece: 'make it 3 minutes' is the track's); _SHORTER_LONGER (the same again, shorter or longer: no new piece
of that length). In router/account.py: more _COST_QUESTION forms ('do I have to pay', 'is it free', 'expensive?',
'es gratis', 'c'est gratuit', '有料', '^price for'), more _HOW_IT_GOES forms, _OTHER_SENSES ('cena', 'hind', 'preis',
'pris', 'prijs': a price only beside a word of how much) and _MORE_AFTER without 'больше', _LATER_IN_TAIL, and
_leans_on_a_turn_not_seen (_EARLIER_TURN: 'no, I meant …' planned as an extension or a new piece is asked;
_AN_EARLIER_PIECE: a new piece pointing at one made 'yesterday' with no style, length, theme or _WORDS_WRITTEN of its
own is asked; _NOT_A_STYLE).

FIGURES. First run on 685093c (labels committed before it, fdffd76): 120 probes; OK 34, ASKED 30, SILENT WRONG 56,
ERROR 0. Versus --old a2c81346 (/tmp/a2c81346, the router before 58742c2): OK 73, ASKED 6, SILENT WRONG 41, ERROR 0. Of
the 56 silent plans 17 are new (16 right on a2c81346, 1 asked there) and 39 pre-existing; 27 probes right on a2c81346
are asked needlessly now, 3 are asked on both. Fixed by 58742c2: 'Not a new song — make it 3 minutes' (a new 180 s
piece there, the track extended now), 'Aynısı ama 30 saniye daha kısa' (a new 30 s piece there, asked now); 'Exporte
en mp3, non attends, plutôt en wav' and 'Mándamelo en mp3, no espera, mejor en wav' (asked there, wav now). Held:
'Make another one like the one from yesterday', 'No, I meant the intro, make it 15 seconds', 'Jaka jest cena za
3-minutową piosenkę?' (asked), 'Make a 3 minute song, no wait, 2 and a half minutes', '… 2 y medio', '… 2 i pół
minuty', '… 2 с половиной минуты' (150 s), 'Fade out the last 8 seconds, wait, make it 5 seconds' (a 5 s fade).
Several right answers are the accounting's, not the rule's: 'make a three minute song for my grandma, no wait, two is
enough', 'Mach einen Song von drei Minuten für Oma, nein warte, zwei reichen', '… no aspetta, due bastano' and 'А песня
на 3 минуты стоит больше, чем на 2?' are asked only because the '2' read is unused; the Greek one because 'λεπτών' is
not read; most 'no, I meant the intro …' and bare-'wait' corrections by the edit-or-extend or unused-value questions.

Silent wrong plans (56; 17 new), by cause:
- read.number_word_in(as_a_value=True) / _A_VALUE_ENDS (6 new, paid: 180 s, not 120 or 150): a number word said as
  the value after 'ne čekaj' / 'eh nggak deh' / 'nu stai' / 'nej vänta' / 'nie czekaj', followed by a word of
  'enough' or a half the table lacks ('su dovoljne', 'i pol', 'sudah cukup', 'ajung', 'räcker', 'wystarczą'), is no
  longer asked and the first value is kept: 'Napravi pjesmu od tri minute za moju baku, ne čekaj, dvije su dovoljne',
  'Napravi pjesmu od tri minute za baku, ne čekaj, dvije i pol', 'Bikin lagu tiga menit buat ulang tahun ibu, eh
  nggak deh, dua sudah cukup', 'Fă o melodie de trei minute pentru nunta noastră, nu stai, două ajung', 'Gör en låt på
  tre minuter till min mamma, nej vänta, två räcker', 'Zrób piosenkę na trzy minuty dla mamy, nie czekaj, dwie
  wystarczą'.
- account._OTHER_SENSES (4 new, paid 180 s): a real price question with 'cena' / 'Preis' and an asking word _HOW_MUCH
  lacks (Slovak 'aká', Serbian 'kolika', German 'welchen') or none: 'Cena za 3minutovou písničku?', 'Aká je cena za
  3-minútovú pesničku?', 'Kolika je cena pesme od 3 minuta?', 'Welchen Preis hat ein 3-Minuten-Song?'.
- __init__._NOT_A_NEW_ONE (3 new, paid: 30 s outpainted onto the open track, the new 180 s piece lost): 'like' read as
  a comparison where it is 'would like', and an em dash not a stop: "I'd like a brand new song now, make it 3
  minutes", 'I would like a totally new track please, make it 3 min, piano and strings', 'Nothing like the last one —
  a brand new song, make it 3 minutes'.
- __init__._format_taken_back / _RIGHT_BEFORE (4 new, free but the wrong file: wav, not mp3): a word between the
  taking back and the second format ('I meant', 'to', '还是', '그냥') and the first format, marked, kept: 'Save it as
  wav, sorry, I meant mp3', 'Convert it to wav, no wait, to mp3' (asked on a2c81346), '导出成wav格式，不对，还是mp3吧',
  'wav로 뽑아줘, 아 아니 그냥 mp3로'. Pre-existing (5; wrong on a2c81346 through _NOT_THIS_FORMAT reading the 'no' of 'no
  wait', wrong now through the new guards): a question mark, _FORMAT_STORY or 'too big' later in the second format's
  sentence sends it back to the first: 'Export it as wav, no wait, mp3, otherwise the file is too big to email',
  'export as wav, no wait, mp3 please, is that possible?', 'Export it as wav, no wait, mp3, and could you also trim
  the silence at the start?', 'save it as wav, no wait, mp3, the last file I sent was way too big'; and _RIGHT_BEFORE:
  'wavで書き出して。あ、違う違う、LINEで送るからmp3がいい'.
- read._CORRECTED with the bare verbs still in _TAKEN_BACK (3 pre-existing, paid: 2 s, not 10): 58742c2 took the bare
  verb out of _WAIT and out of the newer languages, but 'wait', 'warte', 'espera' (and 'attends', 'aspetta', 'czekaj',
  'počkej', 'περίμενε', 'подожди') right after a value still take it back: 'Extend the start by 10 seconds, wait 2
  seconds, then bring the vocals in', 'Verlängere den Anfang um 10 Sekunden, warte 2 Sekunden, dann setzt der Gesang
  ein', 'Alarga el principio 10 segundos, espera 2 segundos y luego entra la voz'. And a real correction with a bare
  'wacht' (1 pre-existing): 'Voeg aan het begin een intro van 20 seconden toe, wacht, 10 seconden is genoeg' (a 20 s
  intro and a 10 s outro, both paid).
- account._leans_on_a_turn_not_seen, words _AN_EARLIER_PIECE / _EARLIER_TURN lack or let through (6 pre-existing,
  paid): 'Hazme otra como la de anoche', 'Mach noch einen wie vorhin, bitte', 'Zrób jeszcze jedną taką jak
  przedwczoraj' (the lookbehind makes 'przedwczoraj' no 'wczoraj'), "Make one like yesterday's but 2 minutes long" (a
  length lets it through, tags "yesterday's but"), 'Do the same song as yesterday with the same lyrics please'
  (_WORDS_WRITTEN lets it through), and '不是，我说的是前奏，弄成15秒' (a 15 s intro paid).
- __init__ make_it_new (3 pre-existing): a refusal in words _NOT_A_NEW_ONE lacks is a new 180 s piece: 'Instead of a
  new song, just make it 3 minutes' (tags 'instead'), 'Forget about a new song, make it 3 minutes' (tags 'forget');
  and 'Enough of this one, let's do something completely new and make it 3 minutes' is an extension.
- __init__._SHORTER_LONGER (5 pre-existing, paid: a new 30 s piece in the track's style): 'Lo mismo pero con 30
  segundos más', 'Das gleiche nochmal, aber 30 Sekunden weniger', 'Même chose mais avec 30 secondes de moins', 'То же
  самое, но на 30 секунд меньше', '一样的，但是短30秒'.
- account._COST_QUESTION (7 pre-existing, paid 180 s): 'Is a 3 min song free?', 'Will I be charged for a 3 minute
  track?', 'Ist ein 3-Minuten-Song kostenlos?' (only 'ist es/das kostenlos'), 'É grátis fazer uma música de 3
  minutos?', '¿Tiene costo hacer una canción de 3 minutos?' ('costo' is no _PRICE_WORD), '3 dakikalık bir şarkı
  ücretsiz mi?' ((?<!ücretsiz)), '3분짜리 노래 무료인가요?'.
- account._HOW_IT_GOES (8 pre-existing, paid 180 s): 'How long to make a 3 minute song?', '¿Cuánto tiempo tardas en
  hacer una canción de 3 minutos?' ('tarda' wants a word end), 'Quanto demora pra fazer uma música de 3 minutos?',
  'Combien de temps faut-il pour générer un morceau de 3 minutes ?', 'Wie lang dauert ein 3-Minuten-Song?', '3분짜리
  노래 만드는 데 얼마나 걸리나요?', '3分の曲を作るのに何分かかりますか？', '生成3分钟的歌需要多长时间？'.
- account._a_style_after (1 pre-existing, paid 120 s): 'Make a 2 min piano piece, but not now, my piano lesson is
  starting'.

Needless questions (30; 27 new, 3 on both), by cause:
- account._AN_EARLIER_PIECE (9 new): a real 'yesterday' in a theme not said as 'about' + two words ('Make a song for
  my sister, she got married yesterday!', 'Write a song about my dog who ran away yesterday', 'Hazme una canción para
  mi abuela, que ayer cumplió 90 años', 'Mach ein Lied für meinen Sohn, er hat gestern seinen Führerschein
  bestanden'), and its words in another sense: Turkish stem 'dün' in 'dünyanın' (the world's), Swahili 'heri' in 'heri
  ya kuzaliwa' (happy birthday), Swahili 'jana' as the Polish name ('dla Jana'), the stem 'vakar' in Lithuanian
  'vakarėliui' (party), Punjabi 'ਕੱਲ੍ਹ' (also tomorrow: 'ਕੱਲ੍ਹ ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ').
- account._COST_QUESTION's new forms anywhere in an order (7 new): 'es gratis' ('¡el envío es gratis!'), "c'est
  gratuit", '有料' ('有料会員向けに'), 'expensive?' ('Too expensive? Not here!'), '^cost of' ('Cost of living is killing
  me, …'), 'is it free' in a title ('called Is It Free'), 'muss ich … bezahlen' in a refrain. On both (2): an
  _OTHER_SENSES word beside a _HOW_MUCH word in another sense in the same question (German 'was Schönes' and 'Preis',
  Italian 'cena' and 'quanto più allegra').
- account._HOW_IT_GOES's new forms in lyrics (3 new): 'refrain : combien de temps pour t'oublier', '副歌是：还要多久…',
  'chorus: how long will you take to come back home' (_in_a_title knows no 'chorus', 'refrain', '副歌').
- __init__._SHORTER_LONGER (3 new): 'nicht länger', 'no longer' beside the length said, Croatian 'duljine' (of a
  length): 'Genau das gleiche, aber 2 Minuten, nicht länger', 'Same thing but 2 minutes, no longer', 'Isto to, ali
  bez vokala, duljine 2 minute' (asked edit or extend).
- account._EARLIER_TURN (2 new, 1 on both): 'no, I meant' before a whole request: 'No, I meant a brand new song: 2
  minute reggae about the beach', 'Nein, ich meinte ein neues Lied: 2 Minuten Reggae über den Strand'; 'No, I meant
  add 20 seconds at the end, not at the beginning' (asked on a2c81346 for 'beginning').
- __init__._format_taken_back / _RIGHT_BEFORE (2 new): 'Export it as a wav file... actually sorry, make that an mp3',
  'Exportier es als WAV, ach nee, lieber doch MP3' (which format? asked).
- account._LATER_IN_TAIL (1 new): "Make a 2 min lullaby for my baby, he's almost asleep but not yet, soft piano for
  tonight".

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam76.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, fmt_is, main, nw, nws

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

PIECE = {"tool": NEW}  # a new piece, plainly: a question is a miss
NOT_NEW = {"tool_not": NEW, "ask_ok": True}  # the open track, extended or asked about; never a new piece
NOT_30 = {"duration_not": 30, "ask_ok": True}  # the same again, 30 s more or less: never a 30 s piece
NOT_30_NOR_OUT = {"duration_not": 30, "tool_not": OUT, "ask_ok": True}  # ... and, shorter, never an extension


def intro(sec: float) -> dict[str, Any]:
    """An intro of `sec` added before the track (a question is as good)."""
    return {"tool": OUT, "extend_before_duration": sec, "ask_ok": True}


WV = "a real correction with a bare 'wait' ('wait', 'wacht', 'bekle', 'tunggu', 'vänta', 'रुको'): the later value"
WC = "a 'wait' before another thing's length (a pause before the vocals): the first value, never the pause"
NV = "a number word said as a value after 'no wait' / 'ne čekaj' / 'nie czekaj', not before a unit or 'enough'"
FT = "a second format after the taking back with words between ('I meant', 'the', '还是', 'LINEで送るから'): the second"
FQ = "a second format right after the taking back, then a question mark, a story or 'too big' later: the second"
FC = "controls: a second format right after the taking back, no words between"
MN = "'make it 3 minutes' beside a new piece wanted, with 'like' or 'nothing like' before it: the new piece"
MR = "'make it 3 minutes' beside a new piece refused in words _NOT_A_NEW_ONE lacks ('instead of', 'forget about')"
EA = "a message that opens by correcting a turn not seen, in words _EARLIER_TURN lacks: ASK"
EW = "a message that opens 'no, I meant …' and says the whole request itself: the plan"
EP = "a new piece pointing at one made before in words _AN_EARLIER_PIECE lacks, or with only a length: ASK"
EN = "a word of _AN_EARLIER_PIECE in another sense ('dünya', 'heri', 'Jana', 'vakarėlis', 'ਕੱਲ੍ਹ'), or a real 'yesterday'"
SL = "the same again with a length and a _SHORTER_LONGER word in another sense ('nicht länger', 'duljine'): the piece"
SM = "the same again, 30 s more or less, in words _SHORTER_LONGER lacks ('más', 'weniger', 'de moins', 'меньше')"
HF = "a value taken back, then a half in words _HALF_WORDS lacks ('i pół', 'a půl', 'с половиной', 'buçuk')"
PF = "a real price question in words the new _COST_QUESTION forms lack ('is a 3 min song free', 'ücretsiz mi'): ASK"
PO = "a real price question with 'cena'/'Preis'/'pris' and no word of how much, or 'стоит больше': ASK"
PN = "an order with a new _COST_QUESTION form or an _OTHER_SENSES word beside a _HOW_MUCH word in another sense"
HT = "a how-long question in forms _HOW_IT_GOES lacks: ASK, nothing paid"
HN = "a lyric or refrain with a how-long phrase ('combien de temps pour', '还要多久'): the piece"
BN = "a put-off's words inside a theme, a word of later in the tail; and a real put-off whose tail names a style"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) real corrections with a bare 'wait'
    (WV, L, "add a 20 second intro, wait, 10 seconds is enough", intro(10)),
    (WV, L, "Voeg aan het begin een intro van 20 seconden toe, wacht, 10 seconden is genoeg", intro(10)),
    (WV, L, "Başa 20 saniyelik bir intro ekle, bekle, 10 saniye yeter", intro(10)),
    (WV, L, "Tambahkan intro 20 detik di awal, tunggu, 10 detik aja", intro(10)),
    (WV, L, "Lägg till ett intro på 20 sekunder i början, vänta, 10 sekunder räcker", intro(10)),
    (WV, L, "शुरुआत में 20 सेकंड का इंट्रो जोड़ो, रुको, 10 सेकंड काफ़ी है", intro(10)),
    (WV, L, "Fade out the last 8 seconds, wait, make it 5 seconds", {"tool": FREE, "fade_out_s": 5, "ask_ok": True}),
    # --- (2) a 'wait' before another thing's length
    (WC, L, "Extend the start by 10 seconds, wait 2 seconds, then bring the vocals in", intro(10)),
    (WC, L, "Verlängere den Anfang um 10 Sekunden, warte 2 Sekunden, dann setzt der Gesang ein", intro(10)),
    (WC, L, "Alarga el principio 10 segundos, espera 2 segundos y luego entra la voz", intro(10)),
    # --- (3) a number word said as a value, not before a unit or a word of 'enough' the table holds
    (NV, None, "make a three minute song for my grandma, no wait, two is enough", nw(120)),
    (NV, None, "make a three minute song about summer, no wait, two and a half", nw(150)),
    (NV, None, "Κάνε ένα τραγούδι τριών λεπτών για τη γιαγιά μου, όχι περίμενε, δύο είναι αρκετά", nw(120)),
    (NV, None, "Napravi pjesmu od tri minute za moju baku, ne čekaj, dvije su dovoljne", nw(120)),
    (NV, None, "Napravi pjesmu od tri minute za baku, ne čekaj, dvije i pol", nw(150)),
    (NV, None, "Bikin lagu tiga menit buat ulang tahun ibu, eh nggak deh, dua sudah cukup", nw(120)),
    (NV, None, "Fă o melodie de trei minute pentru nunta noastră, nu stai, două ajung", nw(120)),
    (NV, None, "Gör en låt på tre minuter till min mamma, nej vänta, två räcker", nw(120)),
    (NV, None, "Zrób piosenkę na trzy minuty dla mamy, nie czekaj, dwie wystarczą", nw(120)),
    (NV, None, "Mach einen Song von drei Minuten für Oma, nein warte, zwei reichen", nw(120)),
    (NV, None, "Fammi una canzone di tre minuti per la nonna, no aspetta, due bastano", nw(120)),
    (NV, None, "Udělej písničku na tři minuty pro babičku, ne počkej, dvě stačí", nw(120)),
    # --- (4) a second format after the taking back, with words between
    (FT, L, "Save it as wav, sorry, I meant mp3", fmt_is("mp3")),
    (FT, L, "Convert it to wav, no wait, to mp3", fmt_is("mp3")),
    (FT, L, "Export it as a wav file... actually sorry, make that an mp3", fmt_is("mp3")),
    (FT, L, "导出成wav格式，不对，还是mp3吧", fmt_is("mp3")),
    (FT, L, "wavで書き出して。あ、違う違う、LINEで送るからmp3がいい", fmt_is("mp3")),
    (FT, L, "wav로 뽑아줘, 아 아니 그냥 mp3로", fmt_is("mp3")),
    (FT, L, "Exportier es als WAV, ach nee, lieber doch MP3", fmt_is("mp3")),
    # --- (5) a second format right after the taking back, then a question, a story or 'too big'
    (FQ, L, "Export it as wav, no wait, mp3, otherwise the file is too big to email", fmt_is("mp3")),
    (FQ, L, "export as wav, no wait, mp3 please, is that possible?", fmt_is("mp3")),
    (
        FQ,
        L,
        "Export it as wav, no wait, mp3, and could you also trim the silence at the start?",
        fmt_is("mp3", ask_ok=True),
    ),
    (FQ, L, "save it as wav, no wait, mp3, the last file I sent was way too big", fmt_is("mp3")),
    # --- (6) controls
    (FC, L, "Exporte en mp3, non attends, plutôt en wav", fmt_is("wav")),
    (FC, L, "Mándamelo en mp3, no espera, mejor en wav", fmt_is("wav")),
    # --- (7) 'make it 3 minutes' beside a new piece wanted
    (MN, L, "I'd like a brand new song now, make it 3 minutes", nws(180)),
    (MN, L, "Nothing like the last one — a brand new song, make it 3 minutes", nws(180)),
    (MN, L, "I would like a totally new track please, make it 3 min, piano and strings", nws(180)),
    (MN, L, "Enough of this one, let's do something completely new and make it 3 minutes", nws(180)),
    # --- (8) ... and refused in words _NOT_A_NEW_ONE lacks
    (MR, L, "Instead of a new song, just make it 3 minutes", NOT_NEW),
    (MR, L, "Forget about a new song, make it 3 minutes", NOT_NEW),
    (MR, L, "Not a new song — make it 3 minutes", NOT_NEW),
    # --- (9) a turn not seen, corrected in words _EARLIER_TURN lacks
    (EA, L, "No, I meant the intro, make it 15 seconds", ASK),
    (EA, L, "No no, I meant the intro, make it 15 seconds", ASK),
    (EA, L, "Sorry, I meant the intro — make it 15 seconds", ASK),
    (EA, L, "Nein, ich meine das Intro, mach es 15 Sekunden lang", ASK),
    (EA, L, "No, me refería a la intro, que dure 15 segundos", ASK),
    (EA, L, "Нет, я про вступление, сделай его 15 секунд", ASK),
    (EA, L, "不是，我说的是前奏，弄成15秒", ASK),
    (EA, L, "いや、イントロのことだよ。15秒にして", ASK),
    (EA, L, "아니, 인트로 말한 거야. 15초로 해줘", ASK),
    # --- (10) 'no, I meant …' with the whole request in it
    (EW, None, "No, I meant a brand new song: 2 minute reggae about the beach", nws(120)),
    (EW, L, "No, I meant add 20 seconds at the end, not at the beginning", ext(0, 20)),
    (EW, None, "Nein, ich meinte ein neues Lied: 2 Minuten Reggae über den Strand", nws(120)),
    # --- (11) a piece made before, pointed at in words _AN_EARLIER_PIECE lacks, or with only a length
    (EP, None, "Make another one like the one from yesterday", ASK),
    (EP, None, "Hazme otra como la de anoche", ASK),
    (EP, None, "Mach noch einen wie vorhin, bitte", ASK),
    (EP, None, "Zrób jeszcze jedną taką jak przedwczoraj", ASK),
    (EP, None, "Сделай ещё одну такую же, как позавчера", ASK),
    (EP, None, "先週みたいなやつをもう一曲作って", ASK),
    (EP, None, "Make one like yesterday's but 2 minutes long", ASK),
    (EP, None, "Do the same song as yesterday with the same lyrics please", ASK),
    # --- (12) 'yesterday' in another sense, or a real yesterday in a theme: the piece
    (EN, None, "Make a song for my sister, she got married yesterday!", PIECE),
    (EN, None, "Write a song about my dog who ran away yesterday", PIECE),
    (EN, None, "Hazme una canción para mi abuela, que ayer cumplió 90 años", PIECE),
    (EN, None, "Mach ein Lied für meinen Sohn, er hat gestern seinen Führerschein bestanden", PIECE),
    (EN, None, "Annem için bir şarkı yap, dünyanın en iyi annesi o", PIECE),
    (EN, None, "Tengeneza wimbo wa heri ya kuzaliwa kwa mama yangu", PIECE),
    (EN, None, "Zrób piosenkę urodzinową dla Jana", PIECE),
    (EN, None, "Sukurk dainą mūsų vakarėliui", PIECE),
    (EN, None, "ਕੱਲ੍ਹ ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ, ਉਸ ਲਈ ਇੱਕ ਗੀਤ ਬਣਾਓ", PIECE),
    # --- (13) the same again with a length, a _SHORTER_LONGER word in another sense
    (SL, L, "Genau das gleiche, aber 2 Minuten, nicht länger", nws(120)),
    (SL, L, "Same thing but 2 minutes, no longer", nws(120)),
    (SL, L, "Isto to, ali bez vokala, duljine 2 minute", nws(120)),
    # --- (14) the same again, 30 s more or less, in words _SHORTER_LONGER lacks
    (SM, L, "Lo mismo pero con 30 segundos más", NOT_30),
    (SM, L, "Das gleiche nochmal, aber 30 Sekunden weniger", NOT_30_NOR_OUT),
    (SM, L, "Même chose mais avec 30 secondes de moins", NOT_30_NOR_OUT),
    (SM, L, "То же самое, но на 30 секунд меньше", NOT_30_NOR_OUT),
    (SM, L, "一样的，但是短30秒", NOT_30_NOR_OUT),
    (SM, L, "Aynısı ama 30 saniye daha kısa", NOT_30_NOR_OUT),
    # --- (15) a value taken back, then a half
    (HF, None, "Make a 3 minute song, no wait, 2 and a half minutes", nw(150)),
    (HF, None, "Haz una canción de 3 minutos, no espera, 2 y medio", nw(150)),
    (HF, None, "Zrób piosenkę na 3 minuty, nie czekaj, 2 i pół minuty", nw(150)),
    (HF, None, "Сделай песню на 3 минуты, нет подожди, 2 с половиной минуты", nw(150)),
    (HF, None, "3 dakikalık bir şarkı yap, yok yok, 2 buçuk dakika", nw(150)),
    # --- (16) real price questions in forms the new _COST_QUESTION lacks
    (PF, None, "Is a 3 min song free?", ASK),
    (PF, None, "Will I be charged for a 3 minute track?", ASK),
    (PF, None, "Ist ein 3-Minuten-Song kostenlos?", ASK),
    (PF, None, "É grátis fazer uma música de 3 minutos?", ASK),
    (PF, None, "¿Tiene costo hacer una canción de 3 minutos?", ASK),
    (PF, None, "3 dakikalık bir şarkı ücretsiz mi?", ASK),
    (PF, None, "3분짜리 노래 무료인가요?", ASK),
    # --- (17) real price questions with an _OTHER_SENSES word and no word of how much
    (PO, None, "Cena za 3minutovou písničku?", ASK),
    (PO, None, "Aká je cena za 3-minútovú pesničku?", ASK),
    (PO, None, "Kolika je cena pesme od 3 minuta?", ASK),
    (PO, None, "Welchen Preis hat ein 3-Minuten-Song?", ASK),
    (PO, None, "А песня на 3 минуты стоит больше, чем на 2?", ASK),
    (PO, None, "Jaka jest cena za 3-minutową piosenkę?", ASK),
    # --- (18) orders with a new _COST_QUESTION form, or an _OTHER_SENSES word beside a _HOW_MUCH word
    (PN, None, "Haz un jingle de 30 segundos para mi tienda: ¡el envío es gratis!", nws(30)),
    (PN, None, "Fais un jingle de 30 secondes pour notre appli, c'est gratuit et sans pub", nws(30)),
    (PN, None, "有料会員向けに30秒のジングルを作って", nws(30)),
    (PN, None, "Make a 30 sec jingle for our store: Too expensive? Not here!", nws(30)),
    (PN, None, "Cost of living is killing me, make a 2 min angry punk song about it", nws(120)),
    (PN, None, "Make a 2 min punk song called Is It Free", nws(120)),
    (PN, None, "Mach einen 2-Minuten-Song mit dem Refrain: Warum muss ich immer für alle bezahlen", nws(120)),
    (
        PN,
        None,
        "Kannst du mir was Schönes machen, 2 Minuten, für meine Tochter, die den ersten Preis gewonnen hat?",
        nws(120),
    ),
    (PN, None, "Puoi farmi una canzone di 2 minuti per la cena di Natale, quanto più allegra possibile?", nws(120)),
    # --- (19) how-long questions in forms _HOW_IT_GOES lacks
    (HT, None, "How long to make a 3 minute song?", ASK),
    (HT, None, "¿Cuánto tiempo tardas en hacer una canción de 3 minutos?", ASK),
    (HT, None, "Quanto demora pra fazer uma música de 3 minutos?", ASK),
    (HT, None, "Combien de temps faut-il pour générer un morceau de 3 minutes ?", ASK),
    (HT, None, "Wie lang dauert ein 3-Minuten-Song?", ASK),
    (HT, None, "3분짜리 노래 만드는 데 얼마나 걸리나요?", ASK),
    (HT, None, "3分の曲を作るのに何分かかりますか？", ASK),
    (HT, None, "生成3分钟的歌需要多长时间？", ASK),
    # --- (20) lyrics with a how-long phrase
    (HN, None, "Fais une chanson de 2 minutes, refrain : combien de temps pour t'oublier", nws(120)),
    (HN, None, "做一首2分钟的情歌，副歌是：还要多久才能见到你", nws(120)),
    (HN, None, "Make a 2 min sad song, chorus: how long will you take to come back home", nws(120)),
    # --- (21) put-offs
    (BN, None, "Make a 2 min lullaby for my baby, he's almost asleep but not yet, soft piano for tonight", nws(120)),
    (BN, None, "Make a 2 min piano piece, but not now, my piano lesson is starting", ASK),
]

if __name__ == "__main__":
    main(PROBES, __file__)
