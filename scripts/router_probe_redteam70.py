"""Red-team probe (redteam70) of 7526d8e, aimed at the rules c9896f9 added or narrowed: __init__._INTRO_NOUN (an
intro said in another language with a length, nothing else decided, extends before the open track; not beside
_NEW_WORD or _INTRO_FOR_A_USE; asked where its side is not read), _format_after_a_story with the narrowed
_FORMAT_STORY and the new _FORMAT_NOT_ASKED; read._closing_line_after (_THANKS, _THANKS_WORD, _WISH_THEN_THANKS,
_REQUEST_AFTER, _VOICE_ASKED, _CJK_LENGTH_LINE, _ABOUT_WORD), _TITLE_LINE, _CHORD_MARK / _without_chords, 'just
beats' as a clause of its own; account._not_ordered (_NOT_YET beside a new piece only where the message opens with
it, 'уже/вже/już' not after 'давай', 'yesterday' words not after 'as', 'I wonder if you could', the new price forms)
and account._TOO_LONG. In about 20 languages as users type them.

Intros: an intro said with a length beside a use or a new piece in words the exclusions lack ('un'introduzione di 10
secondi per il mio podcast', 'ポッドキャスト用に10秒のイントロ', 'haz una canción con una introducción de 10
segundos'); an intro with a length that orders nothing ('l'introduzione di 10 secondi mi piace molto', 'イントロの10秒が
好き'), that tells where it ends ('l'introduzione finisce a 0:12'), or whose length is the total ('voglio che duri 3
minuti in tutto, con un'introduzione'); the intro as the first part of the open track to regenerate or cut ('rifai
l'introduzione da 0:00 a 0:12', 'coupe l'introduction, les 10 premières secondes'); intro and outro together; an intro
with no open track; 'too long' / 'too short' in other languages ('Die Einleitung ist 10 Sekunden zu lang',
'イントロが短すぎる、10秒足して', '...non troppo lunga'). Lyrics whose real last sung line is a short wish ending in
thanks with '!' ('For every sunrise, thank you!'), thanks with an address word ('Terima kasih ya', 'Salamat po'), a
voice with a word _REQUEST_AFTER holds ('请你记住这女声', 'Giọng nam nhé em'), an 'about' and a length after a comma
('Baby, just about 5 minutes'), a CJK length with 大约/左右; titles and chord lines. Formats: the wanted one in a
clause with a story word that is an imperative or a passive ('kirim', 'gửi', 'sent as', 'mandato', 'enviado',
'发过来', 'exportiert', 'отправил бы'), the other refused or run down in words _FORMAT_NOT_ASKED lacks ('never',
'jamais', 'niente', 'nada de', 'bukan', 'không phải', '不行', 'klingt', 'est trop compressé', 'won't do'); two formats
both wanted. Messages that order nothing: 'not now' late in a message asking a new piece, price questions in forms
_COST_QUESTION lacks ('いくらになる？', '얼마나 돼요', 'بكم تعمل', 'كم التكلفة', '怎么收费', 'कितना लगेगा'), reports
after 'as yesterday' ('come ieri ho aggiunto…'), curiosity after 'I wonder if you can'; plain orders after 'давай
уже', 'no już', 'вже', and a new piece after an opening 'maybe later'.

FIGURES. First run on 7526d8e (labels committed before it, 1df3d23): 132 probes; OK 62, ASKED 14, SILENT WRONG 56,
ERROR 0. Versus --old 5a992f3 (the router before c9896f9): OK 88, ASKED 15, SILENT WRONG 29, ERROR 0. Of the 56
silent plans 29 are new in c9896f9 (all 29 planned right on 5a992f3) and 27 pre-existing; 2 probes right on 5a992f3
are asked needlessly now; 6 are fixed (2 silent on 5a992f3: the 'Títol:' line sung, '2分の曲を作って、でも今じゃなくていい'
made; 3 asked there: 'un'introduzione di 10 secondi e un finale di 20 secondi', 'una introducción de 5 segundos y
un final de 15 segundos', 'I wonder if you could make it 30 seconds longer'). Lucky OKs: 'wstęp trwa 10 sekund' and
'the introduction is 10 seconds' (a report) get _INTRO_NOUN's side question (the paid fields), not whether anything
is wanted; 'イントロは0:15まで' gets the how-much question.

Silent wrong plans (56; 29 new), by cause:
- __init__._INTRO_NOUN's branch in _plan_words (22, all new; each paid, extend_before 10-15 s on a 150 s track): it
  needs only an intro noun and any time, with no verb of adding, making or asking. (a) Praise or a report of the
  open track's intro (8): "l'introduzione di 10 secondi mi piace molto", 'мне нравится вступление на 10 секунд',
  'イントロの10秒が好き', '인트로 10초가 너무 좋아요', 'la introducción de 10 segundos está perfecta', 'Die Einleitung mit
  10 Sekunden ist perfekt', '前奏有10秒', 'a introdução tem 10 segundos'; a complaint of loudness (1): "l'introduzione
  di 10 secondi è troppo bassa". (b) Where the intro ends, a timestamp taken as the intro's length (3):
  "l'introduzione finisce a 0:12" -> before 12, 'die Einleitung geht bis 0:15', 'вступление заканчивается на 0:15'
  -> before 15. (c) An intro for a use, where _INTRO_FOR_A_USE (English-led 'intro|outro|jingle…' + 'for|para|…' +
  a Latin use word) does not reach (7): 'eine Einleitung von 15 Sekunden für meinen Podcast', 'вступление на 10
  секунд для моего подкаста', 'ポッドキャスト用に10秒のイントロを作って', '팟캐스트용 10초 인트로 만들어 줘', '给我的播客做一个10秒的前奏',
  'مقدمة 10 ثواني لقناتي على يوتيوب', 'मेरे पॉडकास्ट के लिए 10 सेकंड का इंट्रो बनाओ'. (d) A new piece said in CJK words
  that _NEW_WORD / _NEW_PIECE / _new_piece_said lack (3): 'イントロ10秒の曲を作って', '인트로 10초짜리 곡 만들어 줘',
  '做一首前奏10秒的歌' -> the open track extended 10 s before instead of a new song. On 5a992f3 all 22 were right
  (asked, or a new piece).
- read._closing_line_after drops a real last sung line (5 new, 5 pre-existing). New: the thanks-with-an-address-word
  branch of _THANKS (a thanks word, a space, 'kak|ya|bro|sana|po|…'; no '!' needed): Tagalog 'Salamat po';
  _VOICE_ASKED with _REQUEST_AFTER, both unbounded in CJK and short in Vietnamese: '请你记住这女声' ('请' + '女声'), 'Giọng nam nhé em'
  ('giọng nam' + 'nhé'); the _ABOUT_WORD paragraph (comma, digit, length unit, about word): 'Baby, just about 5
  minutes', 'Mi amor, unos 5 minutos' -- dropped AND made the duration (300 s, paid; the Spanish one also tagged
  'tagalog vocal'). Pre-existing (5a992f3's '<= 5 words ending in thanks', kept now by _WISH_THEN_THANKS): 'For every
  sunrise, thank you!', 'Für jeden Tag, danke!', 'Per ogni giorno, grazie!', 'За каждый день, спасибо!';
  _CJK_LENGTH_LINE's 大约 prefix: a sung echo '大约一分钟' dropped and made the duration 60.
- __init__._format_after_a_story (1 new, 11 pre-existing; each delivers the refused format): _FORMAT_STORY still
  holds words of sending that are an order or a wish, not a story ('sent as', 'kirim', 'gửi', 'mandato',
  'enviado', 'envoyé', 'отправил' after 'чтобы', '送った(ほうがいい)', '보냈(으면)', 'exported (for the label must
  be)'), and _FORMAT_NOT_ASKED lacks most refusals and complaints, so the refused last one wins. New: 'please have it
  sent in flac, mp3 is too lossy' -> mp3 ('is' struck from _FORMAT_STORY; 'lossy' not a complaint word).
  Pre-existing: 'it must be sent as wav, never mp3', "the version exported for the label must be wav, mp3 won't do",
  'kirim wav, bukan mp3', 'kirimkan dalam format wav ya, mp3 jelek', 'gửi cho mình bản wav, không phải mp3', 'il
  file va mandato in wav, niente mp3', 'tem que ser enviado em wav, nada de mp3', 'il doit être envoyé en wav,
  jamais en mp3', 'нужно, чтобы ты отправил в wav, никакого mp3', 'wavで送ったほうがいいです。mp3は音質が落ちるので',
  'wav로 보냈으면 좋겠어요, mp3는 음질이 별로라서' -> mp3 each.
- account._not_ordered (1 new, 10 pre-existing). New: _NOT_YET's 'i wonder if' now skips '… you can/could/would',
  so curiosity about what the tool can do is an order: 'I wonder if you can even extend songs, like by 30 s?' ->
  after 30. Pre-existing: _NOT_YET beside a new piece is read only where it opens the message (later.start() <= 12),
  so a 'not now' at the end is lost (4, paid 120 s): 'a 2 minute lofi beat about rain, but not now, later', 'fais une
  chanson de 2 minutes sur la mer, mais pas maintenant', 'сделай песню на 2 минуты про море, но не сейчас', 'una
  canción de 2 minutos sobre el mar, pero todavía no' (the Japanese '…でも今じゃなくていい' is fixed: it ends with
  '今じゃなくていい' in the CJK tail of _NOT_YET). _COST_QUESTION still lacks common price forms (6, paid 180 s):
  '3分の曲だといくらになる？', '3분 곡 만들면 비용이 얼마나 돼요?', 'بكم تعمل أغنية مدتها 3 دقائق؟' ('بكم' only right before
  '؟'), 'كم التكلفة لأغنية مدتها 3 دقائق؟', '三分钟的歌怎么收费？', '3 मिनट का गाना बनाने में कितना लगेगा?'.
- no track, an intro wished (1 pre-existing): '頭に5秒くらいイントロがあったらいいな' -> a new 5 s piece tagged 'くらい
  あったらいいな' (the wish is of an intro on a track not given).

Needless questions (14; 2 new, 12 pre-existing), by cause:
- _NOT_BEFORE_VERB's reinstated 'już/вже' with only 'давай'/'ну' before them (2 new): 'no już dodaj 20 sekund na
  końcu' (Polish 'come on now'), 'вже додай 20 секунд у кінці' (Ukrainian 'now then, add') -> 'says not to'.
- pre-existing (12): an intro named in a word the side tables lack then 'add' ("l'introduction est trop courte,
  ajoute 10 secondes": the side question; 'вступление слишком короткое, добавь 10 секунд': the cue question), 'intro
  … troppo lunga, ma aggiungi 10 secondi alla fine' (the intro word wants music at the start); _TOO_LONG on "un'
  introduzione di 10 secondi, non troppo lunga" (a wish for a short intro read as less music; asked before too, by
  the edit-or-extend question); '加一个10秒的前奏和20秒的尾奏' (lengths unused); 'schneide die Einleitung weg, die ersten
  10 Sekunden' (cut or regenerate?); 'wav发过来，mp3不行' and 'ich habe die WAV schon exportiert, jetzt bitte noch als
  MP3' (two formats asked); 'давай уже продлим на 20 секунд' (edit-or-extend: 'продлим' not read as extend); 'maybe
  later a longer one; for now a 30 second jingle' ('longer' read as an edit: which track?); Indonesian 'Makasih ya'
  lyrics (Malay or Indonesian?); 'a rap song. just beats? no, with a rapper on top' (no vocals vs 'rapper').

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam70.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, SUNG, Plan, ext, fmt_is, inp, main, nw, sung, trim

_ = (Plan, OUT, SUNG)

L = 150.0

probe_kit.wrong = probe_kit.wrong_more


def song(stanza: str, last: str, intro: str = "Make a song with these lyrics, acoustic pop:", gap: str = "\n\n") -> str:
    """A request, a blank line, a stanza and its real last sung line (after a blank line, or `gap`)."""
    return f"{intro}\n\n{stanza}{gap}{last}"


S1 = "Through the rain and through the years\nYou were there to dry my tears"
S2 = "Lights go down across the floor\nWe keep dancing, wanting more"

IU = "an intro with a length for a use or in a new piece, track open ('…per il mio podcast'): new piece or a question"
IL = "an intro with a length that orders nothing, tells where it ends, or says the total: ASK or the total's intro"
IR = "the intro as the first part of the open track, to regenerate or cut ('rifai l'introduzione 0:00-0:12'): that"
IO = "an intro and an outro with lengths, together, in another language: both sides extended"
IN_ = "an intro with a length and no open track: a new piece of it, or a question"
TL = "'too long' / 'too short' in other languages: less music (a trim or a question), or the extension asked"
LY = "lyrics whose real last sung line looks like thanks, a voice, an 'about' length, a CJK length: kept"
TC = "lyrics with a title line or chord lines: the title and the chords out, every sung line in"
FS = "two formats, the wanted one in a clause with a story word used as an order, the other refused/run down: wanted"
FB = "two formats both wanted, or a story then the wanted one: ASK where both, the wanted one otherwise"
NL = "a new piece asked, then 'not now' / 'not yet' later in the message: ASK, nothing paid"
CQ = "a price asked in forms _COST_QUESTION lacks ('いくらになる？', '얼마나 돼요', 'كم التكلفة'): ASK, nothing paid"
RP = "a report after 'as yesterday', or curiosity after 'I wonder if you can': ASK"
PO = "a plain order after 'давай уже', 'no już', 'вже', 'I wonder if you could', an opening 'maybe later': the plan"
JB = "'just beats' as a clause of its own, said of something else: sung"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) an intro with a length for a use, or in a new piece, a track open: a new piece or a question
    (IU, L, "un'introduzione di 10 secondi per il mio podcast", nw(10)),
    (IU, L, "una introducción de 10 segundos para mi podcast", nw(10)),
    (IU, L, "eine Einleitung von 15 Sekunden für meinen Podcast", nw(15)),
    (IU, L, "вступление на 10 секунд для моего подкаста", nw(10)),
    (IU, L, "wstęp 10 sekund do mojego podcastu", nw(10)),
    (IU, L, "ポッドキャスト用に10秒のイントロを作って", nw(10)),
    (IU, L, "팟캐스트용 10초 인트로 만들어 줘", nw(10)),
    (IU, L, "给我的播客做一个10秒的前奏", nw(10)),
    (IU, L, "مقدمة 10 ثواني لقناتي على يوتيوب", nw(10)),
    (IU, L, "une introduction de 10 secondes pour ma chaîne YouTube", nw(10)),
    (IU, L, "uma introdução de 10 segundos para o meu canal", nw(10)),
    (IU, L, "मेरे पॉडकास्ट के लिए 10 सेकंड का इंट्रो बनाओ", nw(10)),
    (IU, L, "fai una canzone di 2 minuti con un'introduzione di 10 secondi", nw(120)),
    (IU, L, "haz una canción con una introducción de 10 segundos", {"tool": NEW, "ask_ok": True}),
    (IU, L, "сделай песню с вступлением на 10 секунд", {"tool": NEW, "ask_ok": True}),
    (IU, L, "イントロ10秒の曲を作って", {"tool": NEW, "ask_ok": True}),
    (IU, L, "인트로 10초짜리 곡 만들어 줘", {"tool": NEW, "ask_ok": True}),
    (IU, L, "做一首前奏10秒的歌", {"tool": NEW, "ask_ok": True}),
    (IU, L, "schreib ein Lied mit einer Einleitung von 10 Sekunden", {"tool": NEW, "ask_ok": True}),
    (IU, L, "zrób piosenkę z 10-sekundowym wstępem", {"tool": NEW, "ask_ok": True}),
    # --- (2) an intro with a length that orders nothing, says where it ends, or whose length is the total
    (IL, L, "l'introduzione di 10 secondi mi piace molto", ASK),
    (IL, L, "мне нравится вступление на 10 секунд", ASK),
    (IL, L, "イントロの10秒が好き", ASK),
    (IL, L, "인트로 10초가 너무 좋아요", ASK),
    (IL, L, "la introducción de 10 segundos está perfecta", ASK),
    (IL, L, "Die Einleitung mit 10 Sekunden ist perfekt", ASK),
    (IL, L, "wstęp trwa 10 sekund", ASK),
    (IL, L, "前奏有10秒", ASK),
    (IL, L, "a introdução tem 10 segundos", ASK),
    (IL, L, "the introduction is 10 seconds", ASK),
    (IL, L, "l'introduzione finisce a 0:12", ASK),
    (IL, L, "die Einleitung geht bis 0:15", ASK),
    (IL, L, "イントロは0:15まで", ASK),
    (IL, L, "вступление заканчивается на 0:15", ASK),
    (IL, L, "l'introduzione di 10 secondi è troppo bassa", ASK),
    (IL, L, "voglio che duri 3 minuti in tutto, con un'introduzione", ext(30, 0, ask_ok=True)),
    (IL, L, "la canción debe durar 3 minutos en total, con una introducción", ext(30, 0, ask_ok=True)),
    (IL, L, "сделай 3 минуты вместе со вступлением", ext(30, 0, ask_ok=True)),
    # --- (3) the intro as the first part of the open track: regenerate or cut that part
    (IR, L, "rifai l'introduzione da 0:00 a 0:12", inp(0, 12)),
    (IR, L, "rehaz la introducción, de 0:00 a 0:12", inp(0, 12)),
    (IR, L, "переделай вступление, 0:00–0:12", inp(0, 12)),
    (IR, L, "イントロの0:00〜0:12を作り直して", inp(0, 12)),
    (IR, L, "인트로 0:00-0:12 다시 만들어 줘", inp(0, 12)),
    (IR, L, "前奏0:00到0:12重新生成", inp(0, 12)),
    (
        IR,
        L,
        "l'introduction fait 10 secondes, elle est trop plate",
        {"tool": IN, "start_time": 0, "end_time": 10, "ask_ok": True},
    ),
    (IR, L, "coupe l'introduction, les 10 premières secondes", trim(start=10)),
    (IR, L, "schneide die Einleitung weg, die ersten 10 Sekunden", trim(start=10)),
    (IR, L, "убери вступление, первые 10 секунд", trim(start=10)),
    (IR, L, "イントロの10秒をカットして", trim(start=10)),
    # --- (4) intro and outro together
    (IO, L, "un'introduzione di 10 secondi e un finale di 20 secondi", ext(10, 20)),
    (IO, L, "una introducción de 5 segundos y un final de 15 segundos", ext(5, 15)),
    (IO, L, "イントロ10秒とアウトロ20秒を足して", ext(10, 20)),
    (IO, L, "인트로 10초, 아웃트로 20초 추가해 줘", ext(10, 20)),
    (IO, L, "добавь вступление 10 секунд и концовку 20 секунд", ext(10, 20)),
    (IO, L, "加一个10秒的前奏和20秒的尾奏", ext(10, 20)),
    # --- (5) an intro with a length, no open track
    (IN_, None, "un'introduzione di 10 secondi", nw(10)),
    (IN_, None, "ممكن مقدمة قصيرة حوالي ١٠ ثواني؟", nw(10)),
    (IN_, None, "頭に5秒くらいイントロがあったらいいな", ASK),
    (IN_, None, "dodaj wstęp 10 sekund", ASK),
    (IN_, None, "aggiungi un'introduzione di 10 secondi", ASK),
    # --- (6) too long / too short
    (TL, L, "l'introduction est trop longue de 10 s", trim(start=10, ask_ok=True)),
    (TL, L, "Die Einleitung ist 10 Sekunden zu lang", trim(start=10, ask_ok=True)),
    (TL, L, "la introducción es 10 segundos demasiado larga", trim(start=10, ask_ok=True)),
    (TL, L, "イントロが10秒長すぎる", trim(start=10, ask_ok=True)),
    (TL, L, "인트로가 10초 너무 길어", trim(start=10, ask_ok=True)),
    (TL, L, "前奏太长了10秒", trim(start=10, ask_ok=True)),
    (TL, L, "вступление слишком длинное на 10 секунд", trim(start=10, ask_ok=True)),
    (TL, L, "der Schluss ist 15 Sekunden zu lang", trim(end=15, ask_ok=True)),
    (TL, L, "c'est trop long de 30 secondes", ASK),
    (TL, L, "za długie o 20 sekund", ASK),
    (TL, L, "l'introduction est trop courte, ajoute 10 secondes", ext(10, 0)),
    (TL, L, "イントロが短すぎる、10秒足して", ext(10, 0)),
    (TL, L, "вступление слишком короткое, добавь 10 секунд", ext(10, 0)),
    (TL, L, "l'intro è troppo lunga, ma aggiungi 10 secondi alla fine", ext(0, 10)),
    (TL, L, "allonge de 20 secondes, mais pas trop long", ext(0, 20)),
    (TL, L, "aggiungi un'introduzione di 10 secondi, non troppo lunga", ext(10, 0)),
    (TL, L, "un'introduzione di 10 secondi, non troppo lunga", ext(10, 0)),
    # --- (7) lyrics: a real last sung line kept
    (LY, None, song(S1, "For every sunrise, thank you!"), sung("For every sunrise, thank you!")),
    (
        LY,
        None,
        song("Für jeden Morgen\nFür jedes Licht", "Für jeden Tag, danke!", "Ein Popsong mit diesem Text:"),
        sung("Für jeden Tag, danke!"),
    ),
    (
        LY,
        None,
        song("Per ogni alba\nPer ogni sera", "Per ogni giorno, grazie!", "Una ballata con questo testo:"),
        sung("Per ogni giorno, grazie!"),
    ),
    (
        LY,
        None,
        song("За каждый рассвет\nЗа каждый закат", "За каждый день, спасибо!", "Песня с этим текстом:"),
        sung("За каждый день, спасибо!"),
    ),
    (
        LY,
        None,
        song("Untuk semua hari kita\nUntuk cinta yang ada", "Makasih ya", "Lagu pop dengan lirik ini:"),
        sung("Makasih ya"),
    ),
    (
        LY,
        None,
        song("Sa bawat umaga\nSa bawat gabi", "Salamat po", "Gawa ka ng kanta gamit ang lyrics na ito:"),
        sung("Salamat po"),
    ),
    (
        LY,
        None,
        song("你唱过的那首歌\n一直在我心里", "请你记住这女声", "用这段歌词做一首民谣："),
        sung("请你记住这女声"),
    ),
    (
        LY,
        None,
        song("Anh về miền Tây\nNghe câu hò xa", "Giọng nam nhé em", "Viết bài ballad với lời này:"),
        sung("Giọng nam nhé em"),
    ),
    (LY, None, song(S1, "Baby, just about 5 minutes"), sung("Baby, just about 5 minutes")),
    (
        LY,
        None,
        song("Espérame en la esquina\nYa casi voy llegando", "Mi amor, unos 5 minutos", "Balada con esta letra:"),
        sung("Mi amor, unos 5 minutos"),
    ),
    (
        LY,
        None,
        song("Warte an der Ecke\nIch bin gleich bei dir", "Schatz, etwa 5 Minuten", "Ein Popsong mit diesem Text:"),
        sung("Schatz, etwa 5 Minuten"),
    ),
    (
        LY,
        None,
        song("再给我一分钟\n让我再看你一眼", "大约一分钟", "用这段歌词做一首情歌：", "\n"),
        sung("大约一分钟"),
    ),
    # --- (8) a title line or chord lines
    (
        TC,
        None,
        "Fes una cançó amb aquesta lletra:\n\nTítol: La mar\n\nLa mar és blava\nI el cel també",
        sung("La mar és blava", lyrics_lacks=["Títol"]),
    ),
    (
        TC,
        None,
        "Make a folk song with these lyrics:\n\nAm        F\nI walked along the river\nC         G\nAnd the river "
        "walked with me",
        sung("I walked along the river", lyrics_lacks=["Am        F"]),
    ),
    (
        TC,
        None,
        "Make a children's song with these lyrics:\n\nC D E, sing with me\nDo re mi, one two three",
        sung("C D E, sing with me"),
    ),
    # --- (9) formats: the wanted one in a clause with a story word used as an order, the other refused after it
    (FS, L, "it must be sent as wav, never mp3", fmt_is("wav")),
    (FS, L, "please have it sent in flac, mp3 is too lossy", fmt_is("flac", ask_ok=True)),
    (FS, L, "the version exported for the label must be wav, mp3 won't do", fmt_is("wav")),
    (FS, L, "kirim wav, bukan mp3", fmt_is("wav")),
    (FS, L, "kirimkan dalam format wav ya, mp3 jelek", fmt_is("wav", ask_ok=True)),
    (FS, L, "gửi cho mình bản wav, không phải mp3", fmt_is("wav")),
    (FS, L, "wav发过来，mp3不行", fmt_is("wav")),
    (FS, L, "il file va mandato in wav, niente mp3", fmt_is("wav")),
    (FS, L, "tem que ser enviado em wav, nada de mp3", fmt_is("wav")),
    (FS, L, "il doit être envoyé en wav, jamais en mp3", fmt_is("wav")),
    (FS, L, "ich brauche es als WAV exportiert, MP3 klingt zu dumpf", fmt_is("wav", ask_ok=True)),
    (FS, L, "je le veux exporté en wav, le mp3 est trop compressé", fmt_is("wav", ask_ok=True)),
    (FS, L, "нужно, чтобы ты отправил в wav, никакого mp3", fmt_is("wav")),
    (FS, L, "wavで送ったほうがいいです。mp3は音質が落ちるので", fmt_is("wav", ask_ok=True)),
    (FS, L, "wav로 보냈으면 좋겠어요, mp3는 음질이 별로라서", fmt_is("wav", ask_ok=True)),
    (FS, L, "wav太大也没关系，mp3音质太差了", fmt_is("wav", ask_ok=True)),
    # --- (10) two formats both wanted; a story then the wanted one
    (FB, L, "send me both a wav and an mp3", ASK),
    (FB, L, "wav for the master, mp3 for the preview", ASK),
    (FB, L, "ich habe die WAV schon exportiert, jetzt bitte noch als MP3", fmt_is("mp3")),
    (FB, L, "the wav I sent was too big, so mp3 please", fmt_is("mp3")),
    # --- (11) a new piece asked, then 'not now' later in the message
    (NL, None, "a 2 minute lofi beat about rain, but not now, later", ASK),
    (NL, None, "fais une chanson de 2 minutes sur la mer, mais pas maintenant", ASK),
    (NL, None, "сделай песню на 2 минуты про море, но не сейчас", ASK),
    (NL, None, "2分の曲を作って、でも今じゃなくていい", ASK),
    (NL, None, "una canción de 2 minutos sobre el mar, pero todavía no", ASK),
    # --- (12) price questions
    (CQ, None, "3分の曲だといくらになる？", ASK),
    (CQ, None, "3분 곡 만들면 비용이 얼마나 돼요?", ASK),
    (CQ, None, "بكم تعمل أغنية مدتها 3 دقائق؟", ASK),
    (CQ, None, "كم التكلفة لأغنية مدتها 3 دقائق؟", ASK),
    (CQ, None, "三分钟的歌怎么收费？", ASK),
    (CQ, None, "3 मिनट का गाना बनाने में कितना लगेगा?", ASK),
    # --- (13) a report after 'as yesterday'; curiosity after 'I wonder if you can'
    (RP, L, "come ieri ho aggiunto 20 secondi alla fine", ASK),
    (RP, L, "tak jak wczoraj dodałem 20 sekund na końcu", ASK),
    (RP, L, "I wonder if you can even extend songs, like by 30 s?", ASK),
    # --- (14) plain orders
    (PO, L, "давай уже продлим на 20 секунд", ext(0, 20)),
    (PO, L, "no już dodaj 20 sekund na końcu", ext(0, 20)),
    (PO, L, "вже додай 20 секунд у кінці", ext(0, 20)),
    (PO, L, "I wonder if you could make it 30 seconds longer", ext(0, 30)),
    (PO, None, "maybe later a longer one; for now a 30 second jingle", nw(30, ask_ok=False)),
    # --- (15) 'just beats' as a clause of its own, of something else
    (JB, None, "a rap song. just beats? no, with a rapper on top", SUNG),
]

if __name__ == "__main__":
    main(PROBES, __file__)
