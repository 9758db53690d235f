"""Red-team probe (redteam73) of fd9a209, aimed at the rules 5f25cfb added to router/account.py:
_price_in_a_question with _PRICE_WORD (a word of price inside a sentence that ends in '?' makes nothing),
_ABOUT_A_THEME (a price right after 'about', 'sobre', 'o', 'su', 'om' … is a theme), and _BUT_NOT_NOW (a put-off at
the end, with a tail of time words only; after a dash; CJK forms) with the narrowed _SUNG_THEME (no bare colon, no
'lyrics').

Prices: plain orders asked as a question that hold a price-like word in another sense ('The Price of Love', 'rising
costs', Vietnamese 'giá như' / 'giá trị', Czech 'stojí' (stands), Hebrew 'עולה' (rises), Russian 'стоит' (stands,
is worth), Greek 'τιμή' (honour), Turkish 'ücretsiz' (free), 'tutar' (holds), '돈 더 들어도' (even if it costs more),
'料金気にしない'); real price questions in forms the tables lack ('preço', 'prezzo', 'prisen', 'prijs', 'обойдётся',
'zahlen', 'いくらかかりますか', '얼마 드나요', '什么价', 'कितने में', Greek ';', no question mark); real questions
where the price word follows a word of _ABOUT_A_THEME in another sense (Portuguese article 'o': 'Qual o preço …?',
'what about cost …?'). Put-offs: tails of time words the list lacks ('in an hour', 'ce soir', 'el lunes', 'thanks',
'please'), leads it lacks (a comma, a hyphen, a semicolon), CJK forms with a longer tail or no 'but'; themes, titles
and lyrics after a colon that end in a put-off ('lyrics: I love you, but not now', '歌词：我爱你，但不是现在',
'a song called But Not Now').

FIGURES. First run on fd9a209 (labels committed before it, 46b3cbd): 84 probes; OK 17, ASKED 36, SILENT WRONG 31,
ERROR 0. Versus --old e78b0af (the router before 5f25cfb): OK 49, ASKED 7, SILENT WRONG 28, ERROR 0. Of the 31
silent plans 5 are new (all asked on e78b0af) and 26 pre-existing; 30 probes right on e78b0af are asked needlessly
now, 6 are asked on both. Fixed by 5f25cfb: 'Hur blir det om priset … Vad kostar den?' and '做一首两分钟的歌，但不是现在，
下个星期再做吧' (paid there, asked now), 'Puoi fare una canzone su quanto costa crescere?' (asked there, made now).

Silent wrong plans (31; 5 new), by cause:
- account._BUT_NOT_NOW's tail of time words (5 new, 120 s paid each): a real put-off whose tail holds a word the list
  lacks was asked before (any 24 characters) and is paid now: 'make a 2 minute song, but not now, tonight please',
  'make a 2 minute song, but not now, thanks', 'una canción de 2 minutos, pero ahora no, el lunes', 'un morceau de 2
  minutes, mais pas maintenant, ce soir', 'ein Song von 2 Minuten, aber nicht jetzt, erst am Montag' (the put-off
  words land in the tags: 'pero ahora, lunes', 'mais pas maintenant, soir'). Lacking: 'please', 'thanks', 'tonight'
  after 'but not now,' with more, 'el lunes' and the other non-English weekdays, 'ce soir', 'am Montag'.
- account._ABOUT_A_THEME (3 pre-existing, but now by this rule): the price word is found by _price_in_a_question and
  then dropped as a theme because a short word of the list stands before it in another sense: the Portuguese article
  'o' ('Qual o preço de uma música de 3 minutos?', 180 s paid; 'E o custo pra estender 30 segundos?', a 30 s
  outpaint paid) and 'what about cost for a 3 minute song?' (180 s paid, tags 'what cost').
- price questions in forms _COST_QUESTION and _PRICE_WORD lack (19 pre-existing, paid): 'precio', 'prezzo'/'prezzi',
  'prisen', 'prijs', 'обойдётся', 'zahlen', 'wie teuer', 'revient à combien', 'いくらかかりますか。', '얼마 드나요',
  '什么价', 'कितने में', Greek ';' as the question mark ('Τι κόστος έχει …;'), 'expensive?', 'What would I pay',
  and with no question mark: 'tell me the price of …', 'how much extra to extend it by 30 seconds', '3 minute song -
  price'.
- put-off leads _BUT_NOT_NOW lacks (4 pre-existing): a comma ('…, not now, tomorrow'), a hyphen ('- not now,
  tomorrow'), a semicolon ('; not yet'), Korean without '근데' ('지금 말고 다음 주에').

Needless questions (36; 30 new, 6 pre-existing), by cause:
- account._price_in_a_question / _PRICE_WORD (27 new): any word of price in a question sentence, where the question
  is the order ('can you …?', '¿me haces …?', 'kannst du …?') and the word is a title, a theme or another sense: 'can
  you make a song called "The Price of Love"?' (quotes or not), 'could you make a 2 min track about rising costs?',
  '… about the cost of living?', '… for my cost accounting study session?', 'something like Price Tag by Jessie J',
  'win at all costs vibe?', 'kannst du einen Song über die Kosten machen?' (an article after 'über'), '… der Was
  kostet die Welt heißt?', '¿me haces una canción sobre lo que cuesta amar?', 'Le prix du silence ?', 'coûte que
  coûte', Vietnamese 'giá như' (if only) twice, 'Harga Diri' (self-esteem), Czech 'stojí' and Russian 'стоит'
  (stands: 'дом, который стоит у моря'), 'Цена свободы', Greek 'τιμή' (honour), Turkish 'Ücretsiz' (free) and 'tutar
  mı' (holds, in an earlier question sentence), 'أغنية عن سعر الحرية' ('عن' is not in _ABOUT_A_THEME), 'om vad kärlek
  kostar', 'over hoeveel liefde kost'; and the price said to be no matter: '돈 더 들어도 괜찮으니까 …?', '费用不是问题，
  能做…吗？', 'whatever it costs, could you make …?'. _ABOUT_A_THEME looks only at the word right before the price.
- _SUNG_THEME narrowed / _BUT_NOT_NOW after a dash (3 new): a sung line after a colon ('Make a 2 min song with this
  line: I love you, but not now'), a theme after a colon ('His answer to everything: but not now!'), a dash inside a
  theme ('a 2 min rap about Monday motivation — not today, Monday!').
- pre-existing (6): titles ('… called But Not Now', '… que se llame Pero Ahora No'), 'Verse: te quiero pero ahora
  no', 'Zrobisz piosenkę o tym, ile kosztuje miłość?', "Price doesn't matter, can you …?", '料金は気にしないので…？'.
  (Right now: '歌词：我爱你，但不是现在', '歌詞：好きだけど今じゃなくて', 'lyrics: I'll be there, but not today', Hebrew
  'השמש שעולה', 'giá trị', the three themes after 'about'/'sobre', and the three weighings with 'стоит'/'stojí'.)

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam73.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, OUT, main, nws

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

SONG = {"tool": NEW, "inst": False}  # a new song, sung
PIECE = {"tool": NEW}  # a new piece
WEIGH = {"tool": NEW, "ask_ok": True}  # a wish weighed aloud: a question is as good as the piece

PN = "a plain order asked as a question, a price-like word in another sense or a theme: the new piece"
PX = "an order asked as a question, a price word in it but the price no matter: the new piece"
PW = "a new piece weighed with 'стоит' / 'stojí za to' (is it worth): the piece or a question"
PQ = "a real price question in a form the tables lack: ASK, nothing paid"
PA = "a real price question, the price word after an 'about' word in another sense (article 'o', 'about'): ASK"
PT = "a price after 'about' / 'sobre' as a theme: the new piece"
BN = "a real put-off at the end in forms _BUT_NOT_NOW lacks: ASK, nothing paid"
BT = "a title, a theme or a sung line that ends in a put-off: the new piece"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) plain orders as questions, a price-like word in another sense
    (PN, None, 'can you make a song called "The Price of Love"?', SONG),
    (PN, None, "can you make a song called The Price of Love?", SONG),
    (PN, None, "could you make a 2 min track about rising costs?", nws(120)),
    (PN, None, "can you write a 3 minute folk song about the cost of living?", nws(180)),
    (PN, None, "could you do a 2 min lofi beat for my cost accounting study session?", nws(120)),
    (PN, None, "can you make something like Price Tag by Jessie J, about 3 minutes?", nws(180)),
    (PN, None, "can you make me a 2 minute hype track, win at all costs vibe?", nws(120)),
    (PN, None, "kannst du einen Song über die Kosten machen?", SONG),
    (PN, None, "Kannst du mir einen Song machen, der Was kostet die Welt heißt?", SONG),
    (PN, None, "¿me haces una canción sobre lo que cuesta amar?", SONG),
    (PN, None, "tu me fais une chanson qui s'appelle Le prix du silence ?", SONG),
    (PN, None, "tu peux me faire un morceau motivant, coûte que coûte, 2 minutes ?", nws(120)),
    (PN, None, "giá như em ở đây — make a ballad?", SONG),
    (PN, None, "Giá như em ở lại, làm giúp mình một bản ballad 2 phút được không?", nws(120)),
    (PN, None, "Làm bài hát về giá trị gia đình được không?", SONG),
    (PN, None, "Bisa bikinin lagu 2 menit yang judulnya Harga Diri?", nws(120)),
    (PN, None, "Můžeš udělat písničku o domě, který stojí na kopci?", SONG),
    (PN, None, "תוכל לעשות שיר על השמש שעולה מעל הים?", SONG),
    (PN, None, "Можешь сделать песню про дом, который стоит у моря?", SONG),
    (PN, None, "Сделаешь песню «Цена свободы» минуты на 3?", nws(180)),
    (PN, None, "Μπορείς να φτιάξεις ένα τραγούδι για την τιμή και τη δόξα?", SONG),
    (PN, None, "Ücretsiz kullanabileceğim 2 dakikalık bir müzik yapar mısın?", nws(120)),
    (PN, None, "Bu şarkı beni ayakta tutar mı? 2 dakikalık bir motivasyon şarkısı yap.", nws(120)),
    (PN, None, "ممكن تعمل أغنية عن سعر الحرية؟", SONG),
    (PN, None, "Kan du göra en låt om vad kärlek kostar?", SONG),
    (PN, None, "Zrobisz piosenkę o tym, ile kosztuje miłość?", SONG),
    (PN, None, "Puoi fare una canzone su quanto costa crescere?", SONG),
    (PN, None, "Kun je een nummer maken over hoeveel liefde kost?", SONG),
    # --- (2) orders as questions where the price is no matter
    (PX, None, "돈 더 들어도 괜찮으니까 5분짜리로 만들어줄래?", nws(300)),
    (PX, None, "料金は気にしないので、5分の曲を作ってくれる？", nws(300)),
    (PX, None, "费用不是问题，能做一首3分钟的歌吗？", nws(180)),
    (PX, None, "Price doesn't matter, can you make it a 5 minute epic?", nws(300)),
    (PX, None, "whatever it costs, could you make a 5 minute orchestral piece?", nws(300)),
    (PX, None, "¿No importa lo que cueste, me haces una de 5 minutos?", nws(300)),
    # --- (3) weighing with 'стоит' / 'stojí za to'
    (PW, None, "может стоит сделать песню на 2 минуты?", {"tool": NEW, "duration": 120, "ask_ok": True}),
    (PW, L, "стоит ли добавить 10 секунд в начало?", {"tool": OUT, "ask_ok": True}),
    (PW, None, "Stojí za to udělat 3minutovou verzi?", {"tool": NEW, "duration": 180, "ask_ok": True}),
    # --- (4) real price questions in forms the tables lack
    (PQ, None, "¿Qué precio tiene una canción de 3 minutos?", ASK),
    (PQ, None, "Che prezzo ha una canzone di 3 minuti?", ASK),
    (PQ, None, "Hvad er prisen for en sang på 3 minutter?", ASK),
    (PQ, None, "Wat is de prijs van een nummer van 3 minuten?", ASK),
    (PQ, None, "Во сколько обойдётся песня на 3 минуты?", ASK),
    (PQ, None, "Was muss ich für einen 3-Minuten-Song zahlen?", ASK),
    (PQ, None, "Wie teuer ist ein Song von 3 Minuten?", ASK),
    (PQ, None, "Ça revient à combien, un morceau de 3 minutes ?", ASK),
    (PQ, None, "3分の曲を作るのにいくらかかりますか。", ASK),
    (PQ, None, "3분짜리 노래 만드는 데 얼마 드나요", ASK),
    (PQ, None, "三分钟的歌什么价？", ASK),
    (PQ, None, "3 मिनट का गाना कितने में बनेगा?", ASK),
    (PQ, None, "Τι κόστος έχει ένα τραγούδι 3 λεπτών;", ASK),
    (PQ, None, "Is a 3 minute song expensive?", ASK),
    (PQ, None, "What would I pay for a 3 minute song?", ASK),
    (PQ, None, "tell me the price of a 3 minute song first", ASK),
    (PQ, L, "how much extra to extend it by 30 seconds", ASK),
    (PQ, None, "3 minute song - price", ASK),
    # --- (5) price words after an 'about' word in another sense
    (PA, None, "Qual o preço de uma música de 3 minutos?", ASK),
    (PA, L, "E o custo pra estender 30 segundos?", ASK),
    (PA, None, "what about cost for a 3 minute song?", ASK),
    (PA, None, "Hur blir det om priset för en låt på 3 minuter är högt? Vad kostar den?", ASK),
    (PA, None, "Ciao, e su prezzi? Quanto per una canzone di 3 minuti?", ASK),
    # --- (6) a price after 'about' as a theme
    (PT, None, "make a 2 minute song about cost of living?", nws(120)),
    (PT, None, "¿me haces una canción sobre el precio del pan?", SONG),
    (PT, None, "write a song about prices going up?", SONG),
    # --- (7) real put-offs in forms _BUT_NOT_NOW lacks
    (BN, None, "make a 2 minute song, but not now, in an hour", ASK),
    (BN, None, "make a 2 minute song, but not now, tonight please", ASK),
    (BN, None, "make a 2 minute song, but not now, thanks", ASK),
    (BN, None, "make a 2 minute song, not now, tomorrow", ASK),
    (BN, None, "a 2 min lofi beat - not now, tomorrow", ASK),
    (BN, None, "2 min song please; not yet", ASK),
    (BN, None, "una canción de 2 minutos, pero ahora no, el lunes", ASK),
    (BN, None, "un morceau de 2 minutes, mais pas maintenant, ce soir", ASK),
    (BN, None, "ein Song von 2 Minuten, aber nicht jetzt, erst am Montag", ASK),
    (BN, None, "做一首两分钟的歌，但不是现在，下个星期再做吧", ASK),
    (BN, None, "2分の曲を作って、でも今じゃなくていいです、来週お願いします", ASK),
    (BN, None, "2분짜리 노래 만들어줘, 지금 말고 다음 주에", ASK),
    # --- (8) titles, themes and sung lines that end in a put-off
    (BT, None, "Make a 2 min song with this line: I love you, but not now", nws(120)),
    (BT, None, "a pop song, lyrics: I'll be there, but not today", SONG),
    (BT, None, "Verse: te quiero pero ahora no", SONG),
    (BT, None, "Make a 2 minute indie song called But Not Now", nws(120)),
    (BT, None, "una canción de 2 minutos que se llame Pero Ahora No", nws(120)),
    (BT, None, "a 2 min rap about Monday motivation — not today, Monday!", nws(120)),
    (BT, None, "Make a 2-minute song about my dad. His answer to everything: but not now!", nws(120)),
    (BT, None, "做一首歌，歌词：我爱你，但不是现在", SONG),
    (BT, None, "歌を作って。歌詞：好きだけど今じゃなくて", SONG),
]

if __name__ == "__main__":
    main(PROBES, __file__)
