"""Red-team probe (redteam74) of 5a426c8, aimed at the rules 7375d4c added to router/account.py: _price_in_a_question
now wants a word of _HOW_MUCH ('what', 'which', 'was', 'wat', 'vad', 'ile', 'mitä', 'quant', 'quanto', 'cuanto', …)
in the sentence beside a _PRICE_WORD; _QUESTION_MARK now holds ';'; _ABOUT_A_THEME looks up to three words back
('about the', 'sur le', 'über die', 'про стоимость', 'sobre o valor') in a window of 32 characters; _BUT_NOT_NOW's
tail is any 28 characters after a comma, a stop or a dash, and no longer words of time with no comma.

Orders asked needlessly: a ';' in a plain order, a slogan or pasted lyrics, with a price word and a _HOW_MUCH word in
another sense before it ('a song called What It Costs; acoustic', 'which has the best prices in town;', 'no matter
what it costs;', 'Ich weiß, was Liebe kostet;', 'wat het ook kost;', 'les prix, quant à eux,', 'Ücretsiz … ile');
orders as questions with such a word ('egal was es kostet?', 'oavsett vad det kostar?', 'Qual É o Preço'); themes
ending in a put-off and then more order after a comma ('a lullaby for my son, he's almost asleep but not yet, soft
piano', 'tired but not today, heavy drums', 'Not today, Satan energy', in seven languages). Real price questions paid:
yes/no questions with a price word and no word of how much ('Does it cost extra to extend it by 30 seconds?', 'Kostet
es extra …?', '料金はかかりますか？', '비용이 드나요?', '需要额外费用吗？'); questions whose asking word _HOW_MUCH lacks ('Price for a 3 min
song?', 'fiyatı nedir?', 'ما هي تكلفة', 'कीमत क्या है?', '가격이 어떻게 돼요?', 'چنده؟', 'Ano ang presyo', 'qué tanto
cuesta'); a price after the widened _ABOUT_A_THEME ('Question about the pricing: how much …?', 'une question sur le
prix : c'est combien ?', 'про стоимость сколько стоит'); a ';' that cuts the price word from its 'how much' ('Pricing
for a 3 min song; how much is it?'); price words the tables lack (Croatian 'košta', Bulgarian 'струва', Catalan
'preu', German 'Preis', Czech 'cena', Greek 'Τι τιμή'). Put-offs paid: the old tail of time words with no comma ('but
not now maybe later', 'but not now ok', 'pero ahora no mañana', 'но не сейчас а завтра'); put-offs still lacking ('but
not just yet', 'pero no ahora', a tail over 28 characters, Hindi, Korean '지금은 아니고', Japanese with a longer tail).

FIGURES. First run on 5a426c8 (labels committed before it, d0d3aab): 88 probes; OK 16, ASKED 28, SILENT WRONG 44,
ERROR 0. Versus --old 5f25cfb (/tmp/a5f25cfb, the router before 7375d4c): OK 66, ASKED 7, SILENT WRONG 15, ERROR 0. Of
the 44 silent plans 31 are new (all asked on 5f25cfb) and 13 pre-existing; 22 probes right on 5f25cfb are asked
needlessly now, 6 are asked on both. Fixed by 7375d4c: 'make a 2 minute song, but not now, tonight please' and 'una
canción de 2 minutos, pero ahora no, el lunes' (paid there, asked now), 'can you make a song called The Price of
Love?' (asked there, made now). Held: pasted lyrics with a ';' ('We paid the price for what we had;', 'Ich weiß, was
Liebe kostet;', 'mitä se maksaa;') are made, and plain orders with ';' and no price word.

Silent wrong plans (44; 31 new), by cause:
- account._price_in_a_question's _HOW_MUCH (16 new, plus 1 shared below): a real price question with a price word
  and no word of how much was asked before and is paid now. Yes/no questions (8, a 30 s outpaint paid each): 'Does it
  cost extra to extend it by 30 seconds?', 'Ça coûte plus cher si je la rallonge de 30 secondes ?', 'Kostet es extra,
  wenn ich den Song um 30 Sekunden verlängere?', 'Custa mais caro estender a música em 30 segundos?', 'Это будет
  стоить дороже, если продлить трек на 30 секунд?', '延长30秒需要额外费用吗？', 'Kéo dài bài hát thêm 30 giây có mất
  tiền không?', 'זה עולה יותר להאריך את השיר ב-30 שניות?'. Asking words _HOW_MUCH lacks (8, 180 s paid each): 'Price
  for a 3 min song?' (no asking word at all), 'Цена песни на 3 минуты?', 'ما هي تكلفة أغنية مدتها 3 دقائق؟' ('ما هي'),
  '3분짜리 곡 가격이 어떻게 돼요?' ('어떻게'), '三分钟的歌价格怎么算？' ('怎么算'), 'Ano ang presyo ng 3 minutong kanta?'
  ('ano'), 'قیمت یه آهنگ ۳ دقیقه‌ای چنده؟' ('چنده'), '¿Qué tanto cuesta una canción de 3 minutos?' ('qué tanto').
  ('30秒延ばすのに料金はかかりますか？', '30초 늘리는 데 비용이 드나요?', 'Яка ціна пісні на 3 хвилини?', '3 dakikalık
  şarkının fiyatı nedir?', '3 मिनट के गाने की कीमत क्या है?' are right only by luck: asked by other rules, an
  edit-or-extend question or 'is a track that already is'; the price rule misses them too.)
- account._ABOUT_A_THEME widened to three words and 32 characters (6 new, 180 s paid each): the price word of a real
  question follows 'about the', 'sur le', 'über die', 'про', 'sobre o', 'over de' as in 'a question about the price':
  'Question about the pricing: how much is a 3 min song?', 'Une question sur le prix : c'est combien pour un morceau
  de 3 minutes ?', 'Kannst du mir was über die Kosten für einen 3-Minuten-Song sagen?', 'Хотел спросить про стоимость
  сколько стоит песня на 3 минуты?' (the window reaches back from _COST_QUESTION's 'сколько стоит'), 'Dúvida sobre o
  valor quanto custa uma música de 3 minutos?', 'Vraagje over de kosten: hoeveel voor een nummer van 3 minuten?'. Both
  rules: 'Can you tell me about the price of a 3 minute song?' (1 new).
- _QUESTION_MARK's ';' (2 new, 180 s paid): a ';' now ends the sentence, so the price word before it is cut from the
  'how much' after it: 'Pricing for a 3 min song; how much is it?', 'Kosten für einen 3-Minuten-Song; wie viel?'.
- _BUT_NOT_NOW's new tail (6 new, 120 s paid each): the tail now needs a comma, a stop or a dash, and the old tail of
  time words with none is gone: 'make a 2 min song but not now maybe later', 'make me a 2 min lofi beat, but not now
  ok', 'una canción de 2 minutos pero ahora no mañana', 'ein Song von 2 Minuten aber nicht jetzt erst morgen',
  'сделай песню на 2 минуты, но не сейчас а завтра', 'bikin lagu 2 menit tapi jangan sekarang besok'.
- pre-existing (13): price words the tables lack: 'Koliko košta pjesma od 3 minute?', 'Колко струва песен от 3
  минути?', 'Quin preu té una cançó de 3 minuts?', 'Was ist der Preis für einen 3-Minuten-Song?', 'Jaká je cena
  3minutové písničky?', and Greek 'Τι τιμή έχει ένα τραγούδι 3 λεπτών;' ('τιμή' is held, ';' is a mark now, but 'τι' is
  not in _HOW_MUCH); 'about how much would a 3 minute song cost?' ('about' as 'roughly', dropped as a theme, as
  before); put-offs _BUT_NOT_NOW lacks: 'make a 2 minute song, but not just yet', 'una canción de 2 minutos, pero no
  ahora, mañana', a tail over 28 characters ("make me a 2 min song but not now, I'll tell you when I'm back from work"),
  Hindi 'लेकिन अभी नहीं, कल', Korean '근데 지금은 아니고 내일', Japanese '今じゃなくて明日でお願いします' (10 > 8 characters).

Needless questions (28; 22 new, 6 pre-existing), by cause:
- _QUESTION_MARK's ';' with _HOW_MUCH (10 new): a plain order with a ';', a price word and a word of _HOW_MUCH in
  another sense before it: 'Make a 2 min song called What It Costs; acoustic guitar and soft female vocals', 'Make a
  2 min jingle for my bakery, which has the best prices in town; upbeat ukulele', 'Make a 3 min power ballad, no
  matter what it costs; go big with strings', 'Make a 2 min blues about how many times I paid the price for love; slow
  and smoky', 'Maak een nummer van 2 minuten, wat het ook kost; ik wil het vandaag nog', 'Fais un jingle de 2 minutes
  pour ma boutique ; les prix, quant à eux, restent bas ; style électro', 'Faz um jingle de 2 minutos pra minha loja,
  onde tudo custa quanto você quiser; estilo forró', 'Haz una cumbia de 2 minutos para mi tienda; lema: todo cuesta
  menos, cuanto más compras; alegre', 'Ücretsiz bir uygulama ile paylaşacağım 2 dakikalık bir şarkı yap; pop olsun'
  (Turkish 'ile' is 'with'), 'Sprav 2-minútovú pesničku o tom, koľko stojí za to žiť; pokojná gitara' ('stojí za to':
  is worth it). Only Greek writes ';' for '?'.
- _ABOUT_A_THEME without the Portuguese article 'o' (1 new): a title, 'Pode fazer uma música de 2 minutos chamada Qual
  É o Preço?' (made on 5f25cfb, the same form as the real 'Qual o preço de …?').
- _BUT_NOT_NOW's new tail (11 new): a theme ending in 'but not yet' / 'not today' and then more order after a comma
  or a dash: "Make a 2 min lullaby for my son, he's almost asleep but not yet, soft piano", 'Make a 2 min breakup song
  about being over him but not yet, acoustic guitar', 'make a 2 min gym anthem, tired but not today, heavy drums',
  'Make a 2 min punk song. Not today, Satan energy', '2 min synthwave track about the future — not yet, but close —
  neon vibes', 'Une berceuse … presque endormie mais pas encore, piano doux', 'Una canción … de un amor que casi
  llega pero todavía no, estilo bolero', 'Ein 2-Minuten-Song übers Erwachsenwerden: fast, aber noch nicht, mit
  Akustikgitarre', 'Колыбельная … он почти уснул, но ещё нет, нежное пианино', 'Kołysanka … prawie śpi, ale jeszcze
  nie, delikatne pianino', 'Lagu 2 menit tentang cinta yang hampir jadian tapi belum, akustik santai'. The tail's
  words are instruments and styles, never a time.
- pre-existing (6): a word of _HOW_MUCH in another sense in a question that orders: 'can you make a 2 min jingle for
  my store, which has the best prices in town?', 'Kannst du mir was Schnelles machen, 2 Minuten, egal was es kostet?',
  'Kan du göra en låt på 3 minuter, oavsett vad det kostar?', 'Ücretsiz kullanım için piyano ile 2 dakikalık bir
  şarkı yapar mısın?', 'can you write a song about how much rent costs in London?' (three words between 'about' and
  the price); and a control asked by another rule, "make a 2 min song, not today's style though, more 80s" ('80s'
  unused; not 7375d4c's rules, and made otherwise).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam74.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, main, nws

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

SONG = {"tool": "text_to_audio", "inst": False}  # a new song, sung

SN = "a plain order with a ';' (a list, a slogan, pasted lyrics), a price word and a how-much word in another sense"
HN = "an order asked as a question, a how-much word in another sense beside a price-like word: the new piece"
YQ = "a real yes/no price question (a price word, no word of how much): ASK, nothing paid"
HM = "a real price question whose asking word _HOW_MUCH lacks ('what is', 'nedir', 'क्या', '어떻게'): ASK"
AQ = "a real price question, the price word a few words after 'about', 'sur le', 'über die', 'про', 'over de': ASK"
SQ = "a real price question, its price word cut from its 'how much' by a ';': ASK"
PQ = "a real price question in a word the tables lack ('košta', 'струва', 'preu', 'Preis', 'cena', 'ára'): ASK"
BT = "a theme that ends in 'but not yet' / 'not today', then more order after a comma: the new piece"
BN = "a real put-off with a tail of time and no comma ('but not now maybe later', 'but not now ok'): ASK"
BL = "a real put-off in words or lengths _BUT_NOT_NOW still lacks: ASK"
CT = "controls: what 7375d4c fixed or kept, which should stay right"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) plain orders with a ';', a price word and a how-much word in another sense before it
    (SN, None, "Make a 2 min song called What It Costs; acoustic guitar and soft female vocals", nws(120)),
    (SN, None, "Make a 2 min jingle for my bakery, which has the best prices in town; upbeat ukulele", nws(120)),
    (SN, None, "Make a 3 min power ballad, no matter what it costs; go big with strings", nws(180)),
    (SN, None, "Make a 2 min blues about how many times I paid the price for love; slow and smoky", nws(120)),
    (
        SN,
        None,
        "Make a 2 min folk song with these lyrics:\nWe paid the price for what we had;\nnow the fields are bare",
        nws(120, inst=False),
    ),
    (
        SN,
        None,
        "Mach einen 2-Minuten-Song mit diesem Text:\nIch weiß, was Liebe kostet;\ndoch ich zahl es gern",
        nws(120, inst=False),
    ),
    (SN, None, "Tee 2 minuutin kappale näillä sanoilla:\nmitä se maksaa;\nen välitä", nws(120, inst=False)),
    (SN, None, "Maak een nummer van 2 minuten, wat het ook kost; ik wil het vandaag nog", nws(120)),
    (
        SN,
        None,
        "Fais un jingle de 2 minutes pour ma boutique ; les prix, quant à eux, restent bas ; style électro",
        nws(120),
    ),
    (
        SN,
        None,
        "Faz um jingle de 2 minutos pra minha loja, onde tudo custa quanto você quiser; estilo forró",
        nws(120),
    ),
    (
        SN,
        None,
        "Haz una cumbia de 2 minutos para mi tienda; lema: todo cuesta menos, cuanto más compras; alegre",
        nws(120),
    ),
    (SN, None, "Ücretsiz bir uygulama ile paylaşacağım 2 dakikalık bir şarkı yap; pop olsun", nws(120)),
    (SN, None, "Sprav 2-minútovú pesničku o tom, koľko stojí za to žiť; pokojná gitara", nws(120)),
    # --- (2) orders asked as questions, a how-much word in another sense
    (HN, None, "can you make a 2 min jingle for my store, which has the best prices in town?", nws(120)),
    (HN, None, "Kannst du mir was Schnelles machen, 2 Minuten, egal was es kostet?", nws(120)),
    (HN, None, "Kan du göra en låt på 3 minuter, oavsett vad det kostar?", nws(180)),
    (HN, None, "Ücretsiz kullanım için piyano ile 2 dakikalık bir şarkı yapar mısın?", nws(120)),
    (HN, None, "Pode fazer uma música de 2 minutos chamada Qual É o Preço?", nws(120)),
    (HN, None, "can you write a song about how much rent costs in London?", SONG),
    # --- (3) real yes/no price questions: a price word, no word of how much
    (YQ, L, "Does it cost extra to extend it by 30 seconds?", ASK),
    (YQ, L, "Ça coûte plus cher si je la rallonge de 30 secondes ?", ASK),
    (YQ, L, "Kostet es extra, wenn ich den Song um 30 Sekunden verlängere?", ASK),
    (YQ, L, "Custa mais caro estender a música em 30 segundos?", ASK),
    (YQ, L, "Это будет стоить дороже, если продлить трек на 30 секунд?", ASK),
    (YQ, L, "30秒延ばすのに料金はかかりますか？", ASK),
    (YQ, L, "30초 늘리는 데 비용이 드나요?", ASK),
    (YQ, L, "延长30秒需要额外费用吗？", ASK),
    (YQ, L, "Kéo dài bài hát thêm 30 giây có mất tiền không?", ASK),
    (YQ, L, "זה עולה יותר להאריך את השיר ב-30 שניות?", ASK),
    # --- (4) real price questions whose asking word _HOW_MUCH lacks
    (HM, None, "Price for a 3 min song?", ASK),
    (HM, None, "Цена песни на 3 минуты?", ASK),
    (HM, None, "Яка ціна пісні на 3 хвилини?", ASK),
    (HM, None, "3 dakikalık şarkının fiyatı nedir?", ASK),
    (HM, None, "ما هي تكلفة أغنية مدتها 3 دقائق؟", ASK),
    (HM, None, "3 मिनट के गाने की कीमत क्या है?", ASK),
    (HM, None, "3분짜리 곡 가격이 어떻게 돼요?", ASK),
    (HM, None, "三分钟的歌价格怎么算？", ASK),
    (HM, None, "Ano ang presyo ng 3 minutong kanta?", ASK),
    (HM, None, "قیمت یه آهنگ ۳ دقیقه‌ای چنده؟", ASK),
    (HM, None, "¿Qué tanto cuesta una canción de 3 minutos?", ASK),
    # --- (5) real price questions, the price word a few words after an 'about' word
    (AQ, None, "Question about the pricing: how much is a 3 min song?", ASK),
    (AQ, None, "Can you tell me about the price of a 3 minute song?", ASK),
    (AQ, None, "Une question sur le prix : c'est combien pour un morceau de 3 minutes ?", ASK),
    (AQ, None, "Kannst du mir was über die Kosten für einen 3-Minuten-Song sagen?", ASK),
    (AQ, None, "Хотел спросить про стоимость сколько стоит песня на 3 минуты?", ASK),
    (AQ, None, "Dúvida sobre o valor quanto custa uma música de 3 minutos?", ASK),
    (AQ, None, "Vraagje over de kosten: hoeveel voor een nummer van 3 minuten?", ASK),
    (AQ, None, "about how much would a 3 minute song cost?", ASK),
    # --- (6) a ';' between the price word and its 'how much'
    (SQ, None, "Pricing for a 3 min song; how much is it?", ASK),
    (SQ, None, "Kosten für einen 3-Minuten-Song; wie viel?", ASK),
    # --- (7) price words the tables lack
    (PQ, None, "Τι τιμή έχει ένα τραγούδι 3 λεπτών;", ASK),
    (PQ, None, "Koliko košta pjesma od 3 minute?", ASK),
    (PQ, None, "Колко струва песен от 3 минути?", ASK),
    (PQ, None, "Quin preu té una cançó de 3 minuts?", ASK),
    (PQ, None, "Was ist der Preis für einen 3-Minuten-Song?", ASK),
    (PQ, None, "Jaká je cena 3minutové písničky?", ASK),
    # --- (8) themes that end in 'but not yet' / 'not today', then more order after a comma
    (BT, None, "Make a 2 min lullaby for my son, he's almost asleep but not yet, soft piano", nws(120)),
    (BT, None, "Make a 2 min breakup song about being over him but not yet, acoustic guitar", nws(120)),
    (BT, None, "make a 2 min gym anthem, tired but not today, heavy drums", nws(120)),
    (BT, None, "Make a 2 min punk song. Not today, Satan energy", nws(120)),
    (BT, None, "2 min synthwave track about the future — not yet, but close — neon vibes", nws(120)),
    (BT, None, "Une berceuse de 2 minutes pour ma fille, presque endormie mais pas encore, piano doux", nws(120)),
    (BT, None, "Una canción de 2 minutos sobre un amor que casi llega pero todavía no, estilo bolero", nws(120)),
    (BT, None, "Ein 2-Minuten-Song übers Erwachsenwerden: fast, aber noch nicht, mit Akustikgitarre", nws(120)),
    (BT, None, "Колыбельная на 2 минуты для сына, он почти уснул, но ещё нет, нежное пианино", nws(120)),
    (BT, None, "Kołysanka na 2 minuty dla córki, prawie śpi, ale jeszcze nie, delikatne pianino", nws(120)),
    (BT, None, "Lagu 2 menit tentang cinta yang hampir jadian tapi belum, akustik santai", nws(120)),
    # --- (9) real put-offs with a tail of time and no comma (the old tail's words)
    (BN, None, "make a 2 min song but not now maybe later", ASK),
    (BN, None, "make me a 2 min lofi beat, but not now ok", ASK),
    (BN, None, "una canción de 2 minutos pero ahora no mañana", ASK),
    (BN, None, "ein Song von 2 Minuten aber nicht jetzt erst morgen", ASK),
    (BN, None, "сделай песню на 2 минуты, но не сейчас а завтра", ASK),
    (BN, None, "bikin lagu 2 menit tapi jangan sekarang besok", ASK),
    # --- (10) real put-offs _BUT_NOT_NOW still lacks
    (BL, None, "make a 2 minute song, but not just yet", ASK),
    (BL, None, "una canción de 2 minutos, pero no ahora, mañana", ASK),
    (BL, None, "make me a 2 min song but not now, I'll tell you when I'm back from work", ASK),
    (BL, None, "2 मिनट का गाना बना दो, लेकिन अभी नहीं, कल", ASK),
    (BL, None, "2분짜리 노래 만들어줘, 근데 지금은 아니고 내일", ASK),
    (BL, None, "2分の曲を作ってほしいけど、今じゃなくて明日でお願いします", ASK),
    # --- (11) controls
    (CT, None, "make a 2 minute song, but not now, tonight please", ASK),
    (CT, None, "una canción de 2 minutos, pero ahora no, el lunes", ASK),
    (CT, None, "make a 2 min song, not today's style though, more 80s", nws(120)),
    (CT, None, "Make a 2 min lofi beat. Not yet mixed, rough is fine", nws(120)),
    (CT, None, "How much would a 3 minute song cost?", ASK),
    (CT, None, "Koľko stojí 3-minútová pieseň?", ASK),
    (CT, None, "can you make a song called The Price of Love?", SONG),
    (CT, None, "Μπορείς να φτιάξεις ένα τραγούδι 2 λεπτών για την τιμή και τη δόξα;", nws(120)),
    (CT, None, "Make a 2 min song; upbeat, with piano; female vocals", nws(120)),
]

if __name__ == "__main__":
    main(PROBES, __file__)
