"""Red-team probe (redteam71) of a1a4e37, aimed at the rules it added: __init__._THE_INTRO_NOUN and _INTRO_NOT_WISHED
(they keep the _INTRO_NOUN branch of _plan_words from extending the open track before) and its clock-time guard;
_FORMAT_NOT_ASKED's new words ('never', 'mai', 'nada', 'niente', 'bad', 'lossy', '差', '별로', '不行', '音質') and the
_BITRATE change ('mp3 320 stp'); account._BUT_NOT_NOW and the new _COST_QUESTION forms; read._closing_line_after
with _echoes, _opening_word and _residue, and the 'about'-length paragraph that now needs a style, a voice or
lower-case words beside the length. In about 25 languages as users type them.

Intros: plain wishes for an intro in which a short word of _INTRO_NOT_WISHED stands ('das ist alles', 'è possibile?',
'es que empieza de golpe', '我想要的是…', '有点像钢琴', 'the song' words: '曲', '곡', '노래', 'песня', 'canzone', 'गाने'),
a partitive 'de' read as an article ('agrega 10 segundos de introducción'), a clock time of a deadline ('entro le
18:00'), a definite article that still means add ('agrega la intro de 10 segundos que te dije'); intros in other
languages with no article; intros told of in words the exclusions lack ('das Intro … klingt leer', 'ese intro',
"quell'introduzione", 'son intro', 'мое', 'イントロの10秒が退屈'); the intro regenerated with a time range. Formats:
the wanted format's clause holding a new refusal word used otherwise ('mai bine în mp3', 'le 3 mai', 'mp3 nada más',
'mp3音质差一点也没关系', 'mp3 별로 상관없어요', 'lossy but fine'); a bitrate with 'svp', 'stp', "s'il te plaît".
Messages: a theme or a hook that ends in 'but not now / not yet' (and lyrics ending so); put-offs _BUT_NOT_NOW lacks
('…, but not now, maybe later', '…, pero ahora no, mañana', 'mais pas tout de suite'); themes that hold a new price
form ('いくらになるか不安', '얼마나 되는지', '얼마나 들었는지', a leading 'بكم' meaning 'with you', 'कितने में', '怎么收费').
Lyrics: closing requests whose first word opens a lyric line ('Je voudrais une voix féminine, merci !' after 'Je …'),
CJK voice requests with more words ('请用女声，节奏慢一点，谢谢', '여성 보컬로 부탁해요, 템포는 느리게'), capitalised
'about'-length closings ('Por favor, unos 3 minutos', 'Mit Gitarre, etwa 3 Minuten'); sung last lines in lower case
('baby, just about 5 minutes'), thanks with an address ('Amor mío, gracias!', 'Mama, danke!', 'Oh Lord, thank you!').

FIGURES. First run on a1a4e37 (labels committed before it, 195e31c): 147 probes; OK 62, ASKED 50, SILENT WRONG 35,
ERROR 0. Versus --old 7526d8e (the router before a1a4e37): OK 92, ASKED 26, SILENT WRONG 29, ERROR 0. Of the 35
silent plans 8 are new in a1a4e37 (all 8 right on 7526d8e) and 27 pre-existing; 27 probes right on 7526d8e are asked
needlessly now; 5 are fixed (the bitrates 'exporte en mp3 320 svp', "mp3 192 s'il te plaît", 'mp3 128 stp, merci',
asked there; 'fammi una canzone di 2 minuti, ma non adesso, più tardi' and the echoed '大约三分钟', silent there).

Silent wrong plans (35; 8 new), by cause:
- read._closing_line_after's _echoes (2 new): a closing request whose first word opens the lyric lines is sung as
  lyrics, the voice unset: 'Make it a female voice, thanks!' after 'Make me feel alive…', 'Just a male voice,
  thanks!' after 'Just hold me tight…' (the first word of a line is no sign of a sung line where the rest is a voice
  and a thanks; 'Je/Ich/Yo/Io/Eu …' were not reached, see the questions below).
- read._residue (3 new): a CJK or Korean voice request with a second wish or particles has more than 3 letters
  outside the voice, the asking word and the thanks, so it is sung: '请用女声，节奏慢一点，谢谢', '男声演唱，请温柔一点',
  '여성 보컬로 부탁해요, 템포는 느리게' (Hangul particles and '템포는 느리게' all count; kana alone are spared).
- read's 'about'-length paragraph, the new style/voice/lower-case test (3 new): a capitalised part beside the length
  that _style_named, _VOICE_ASKED and _GENRE_WORD do not know is taken for an address, so the request is sung and
  its length lost (duration unset): 'Rumba, unos 2 minutos', 'Voz de hombre, unos 3 minutos', 'Grazie, circa 3
  minuti'. ('Por favor, …', 'Bitte, …', 'Please, …', 'Mit Gitarre, …', 'Bachata romántica, …', 'Guitare acoustique,
  …', 'Voz feminina, …' are right.)
- __init__._INTRO_NOUN branch, the intro told of in words _THE_INTRO_NOUN / _INTRO_NOT_WISHED lack (12
  pre-existing; each an outpaint of 10 s before, paid): another article or a possessive or demonstrative ('das
  Intro', 'ese intro', "quell'introduzione", 'son intro', 'aquela introdução', 'mi introducción', 'meine
  Einleitung', 'nossa introdução … ficou ótima') with a verb of sounding the tables lack ('klingt', 'suena', 'suona',
  'sonne', 'ficou'); complaints with no article ('вступление в 10 секунд слишком тихое', 'イントロの10秒が退屈',
  '인트로 10초가 지루해요', '前奏10秒太无聊了').
- account._BUT_NOT_NOW (7 pre-existing, paid 120 s each): it needs 'but/mais/но/…' + 'not now' at the very end or
  before one of its 'later' words, so put-offs with a day or a 'maybe' are made: 'make me a 2 minute song, but not
  right now, tomorrow', 'a 2 minute lofi beat, but not now, maybe later', 'un beat de 2 minutos, pero ahora no,
  mañana', 'fais une chanson de 2 minutes, mais pas tout de suite', 'сделай песню на 2 минуты, но не сейчас, а
  завтра', 'mach ein Lied von 2 Minuten, aber noch nicht, erst morgen', and with no 'but': '2 minute song. Not now
  though.'
- account._COST_QUESTION (4 pre-existing, paid 180 s each): '3分の曲、料金はどれくらい？', 'a 3 minute song, what would
  that set me back?', '三分钟的歌要花多少？', '3 dakikalık şarkı kaça olur?'.
- read._closing_line_after drops a sung last line (4 pre-existing): lower-case lyrics, where the new lower-case
  allowance reads every part as the request: 'baby, just about 5 minutes', 'mi amor, unos 5 minutos' (dropped and
  made the duration, 300 s, paid); _WISH_THEN_THANKS with an address before the thanks and no echo: 'Amor mío,
  gracias!', 'Mama, danke!'.

Needless questions (50; 27 new, 23 pre-existing), by cause:
- _INTRO_NOT_WISHED's short words and song words, and the clock-time guard (9 new; the edit-or-extend question on a
  plain wish for an intro): 'das ist alles', 'der Anfang ist zu abrupt' ('ist'), 'è possibile?' ('è'), 'tem como?'
  ('tem'), '我想要的是…' ('是'), '有点像钢琴那种' ('有'), 'das Lied beginnt zu abrupt' ('lied'), 'इस गाने में … चाहिए'
  ('गाने': this song is the open track), 'la necesito para las 15:30' (a deadline's clock time).
- _FORMAT_NOT_ASKED's new words used otherwise in the wanted format's clause (10 new; two formats asked): 'Mai bine
  în mp3' (Romanian 'better'), 'le mp3 pour le 3 mai' (the month), 'mp3 nada más' / 'só mp3 e mais nada' ('only'),
  'mp3で音質は気にしません', 'mp3 별로 상관없어요', 'mp3 has never let me down', 'mp3 is lossy but fine', 'mp3 cũng không
  sao', 'mp3 de kötü değil'.
- account._BUT_NOT_NOW on a theme or a hook that ends so (3 new): "a song about a love that's over, but not yet",
  'ein Lied mit dem Refrain: ich gehe, aber nicht jetzt', "write a song whose hook is: I'll leave you, but not now".
  (Lyrics ending 'But not now' / 'Pero todavía no' are sung, right.)
- the new _COST_QUESTION forms in a theme (5 new): 'いくらになるか不安' (how much my pay will be), '얼마나 되는지' (how
  long we had), a leading 'بكم' ('with you': 'بكم نفرح'), '怎么收费' in a story, 'कितने में बिका दिल'.
- pre-existing (23): 6 lyrics probes whose opening line names no lyrics ('Chanson pop :', 'Popsong:', 'Balada:',
  'Ballata:', 'A gospel song:') get 'are these the words to sing?', so the _echoes cases in French, German, Spanish,
  Italian, Portuguese and 'Oh Lord, thank you!' were not reached (a probe weakness, not a router finding); intros
  added in words the side tables lack ('10 saniyelik bir giriş ekle', 'thêm đoạn dạo đầu 10 giây', 'adj hozzá egy
  10 másodperces intrót': before or after?); "une introduction de 10 secondes, c'est possible ?" and "…, per
  favore, entro le 18:00" (edit or extend); 'haz de nuevo la intro, de 0:00 a 0:10' and 'Mach das Intro neu, 0:00
  bis 0:10' (the verb of redoing not read: range or extension?); formats 'mp3 is fine, never mind the wav', 'never
  mp3, always wav', 'flac please, mp3 sounds bad on my speakers', 'mp3音质差一点也没关系', 'mp3 juga nggak buruk';
  'una canción cuyo estribillo diga: me voy, pero todavía no' and 'песня, где припев: я уйду, но не сейчас'
  (_NOT_YET), 'une chanson dont le refrain dit je partirai mais pas maintenant' (asked for a track to work on);
  '얼마나 들었는지', 'cuánto cuesta vivir aquí' as price questions.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam71.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, OUT, ext, fmt_is, inp, main, nws, sung

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

NOT_EXT = {"tool_not": OUT, "ask_ok": True}  # told of, not wished: anything but an extension (a question is fine)


def song(stanza: str, last: str, intro: str = "Make a song with these lyrics, acoustic pop:", gap: str = "\n\n") -> str:
    """A request, a blank line, a stanza and a last paragraph (after a blank line, or `gap`)."""
    return f"{intro}\n\n{stanza}{gap}{last}"


def closing(stanza: str, last: str, intro: str, lacks: str, sec: float | None = None) -> dict[str, Any]:
    """A closing request after the lyrics: the stanza sung, the request not (and its length taken, if any)."""
    want = sung(stanza.split("\n")[0], lyrics_lacks=[lacks])
    if sec is not None:
        want["duration"] = sec
    return want


FR = "Je marche seul sous la pluie\nJe pense encore à toi"
DE = "Ich geh allein durch die Nacht\nIch denk an dich"
ES = "Yo te esperé en la estación\nYo te di mi corazón"
EN_MAKE = "Make me feel alive tonight\nMake me see the morning light"
EN_JUST = "Just hold me tight\nJust one more night"
IT = "Io ti aspetto sotto il cielo\nIo ti canto ancora"
PT = "Eu vou te esperar no cais\nEu não te esqueço jamais"
EN_I = "I walk alone tonight\nI think of you"
EN_THE = "The rain keeps falling down\nThe lights of this old town"
ZH = "月光洒在窗前\n我想起你的脸"
KO = "달빛이 창가에 내려\n너의 얼굴이 떠올라"
JA = "月の光が窓に落ちて\nあなたの顔を思い出す"
ES2 = "Camino sola por la playa\nMiro el mar y pienso en ti"
DE2 = "Der Regen fällt auf unser Dach\nWir bleiben heute lange wach"
EN2 = "Lights go down across the floor\nWe keep dancing, wanting more"

IW = "an intro wished for, with a short word of _INTRO_NOT_WISHED, a partitive 'de' or a deadline: extended before"
IA = "an intro in another language, no article, with an adding verb: extended before"
ID = "'the intro' (a definite article) that still means add ('la intro de 10 segundos que te dije'): extended before"
IT_ = "an intro told of in words the exclusions lack ('das Intro … klingt leer', 'ese intro'): no extension"
IR = "the intro regenerated with a time range: that range"
FN = "two formats, the wanted one's clause holding a new _FORMAT_NOT_ASKED word used otherwise: the wanted one"
FR_ = "two formats, one refused with a new word: the other one"
BR = "a bitrate with 'svp', 'stp', 's'il te plaît': the format and the bitrate"
NT = "a theme or hook (or lyrics) ending 'but not now / not yet': the new piece, not a question"
NL = "a new piece put off in words _BUT_NOT_NOW lacks: ASK, nothing paid"
CT = "a theme holding a new _COST_QUESTION form: the new piece"
CQ = "a real price question: ASK"
LR = "a closing request after lyrics, first word opening a lyric line, or with more words: not sung"
LA = "a capitalised 'about'-length closing after lyrics: not sung, its length taken"
LS = "a sung last line (lower case, thanks with an address): sung"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) an intro wished for, with a short word the exclusions hold, a partitive 'de' or a deadline
    (IW, L, "Ich hätte gern eine Einleitung von 10 Sekunden, das ist alles", ext(10, 0)),
    (IW, L, "我想要的是一个10秒的前奏", ext(10, 0)),
    (IW, L, "我要一个10秒的前奏，有点像钢琴那种", ext(10, 0)),
    (IW, L, "un'introduzione di 10 secondi, è possibile?", ext(10, 0)),
    (IW, L, "¿me pones una intro de 10 segundos? es que empieza muy de golpe", ext(10, 0)),
    (IW, L, "une introduction de 10 secondes, c'est possible ?", ext(10, 0)),
    (IW, L, "uma introdução de 10 segundos, tem como?", ext(10, 0)),
    (IW, L, "mach eine Einleitung von 10 Sekunden davor, der Anfang ist zu abrupt", ext(10, 0)),
    (IW, L, "ajoute une intro de 10 secondes, le début est trop brutal", ext(10, 0)),
    (IW, L, "前面加10秒前奏，现在的开头是直接进的", ext(10, 0)),
    (IW, L, "イントロを10秒追加して、曲の頭が唐突なので", ext(10, 0)),
    (IW, L, "곡 앞에 10초 인트로 넣어 줘", ext(10, 0)),
    (IW, L, "인트로 10초 넣어 주세요, 노래가 너무 갑자기 시작해요", ext(10, 0)),
    (IW, L, "добавь вступление на 10 секунд, песня начинается слишком резко", ext(10, 0)),
    (IW, L, "aggiungi un'introduzione di 10 secondi, la canzone parte troppo di colpo", ext(10, 0)),
    (IW, L, "eine Einleitung von 10 Sekunden wäre schön, das Lied beginnt zu abrupt", ext(10, 0)),
    (IW, L, "una intro de 10 segundos estaría bien, la canción empieza de golpe", ext(10, 0)),
    (IW, L, "इस गाने में 10 सेकंड का इंट्रो चाहिए", ext(10, 0)),
    (IW, L, "quiero una intro de 10 segundos, es para mañana", ext(10, 0)),
    (IW, L, "põe uma introdução de 10 segundos, a música tem um começo muito seco", ext(10, 0)),
    (IW, L, "agrega 10 segundos de introducción", ext(10, 0)),
    (IW, L, "adicione 10 segundos de introdução", ext(10, 0)),
    (IW, L, "añade 10 segundos de intro al principio", ext(10, 0)),
    (IW, L, "10 segundos de intro, por favor", ext(10, 0)),
    (IW, L, "un'introduzione di 10 secondi, per favore, entro le 18:00", ext(10, 0)),
    (IW, L, "una introducción de 10 segundos, la necesito para las 15:30", ext(10, 0)),
    # --- (2) an intro in another language, no article, with an adding verb
    (IA, L, "10 saniyelik bir giriş ekle", ext(10, 0)),
    (IA, L, "tambahin intro 10 detik dong", ext(10, 0)),
    (IA, L, "thêm đoạn dạo đầu 10 giây", ext(10, 0)),
    (IA, L, "πρόσθεσε μια εισαγωγή 10 δευτερολέπτων", ext(10, 0)),
    (IA, L, "zet er een intro van 10 seconden voor", ext(10, 0)),
    (IA, L, "lägg till ett intro på 10 sekunder", ext(10, 0)),
    (IA, L, "přidej úvod 10 sekund", ext(10, 0)),
    (IA, L, "adj hozzá egy 10 másodperces intrót", ext(10, 0)),
    (IA, L, "เพิ่มอินโทร 10 วินาที", ext(10, 0)),
    (IA, L, "תוסיף פתיח של 10 שניות", ext(10, 0)),
    (IA, L, "додай вступ на 10 секунд", ext(10, 0)),
    (IA, L, "adaugă un intro de 10 secunde", ext(10, 0)),
    # --- (3) 'the intro' with a definite article that still means add
    (ID, L, "agrega la intro de 10 segundos que te dije", ext(10, 0)),
    (ID, L, "aggiungi l'intro di 10 secondi di cui parlavamo", ext(10, 0)),
    (ID, L, "füg die Einleitung von 10 Sekunden hinzu, wie besprochen", ext(10, 0)),
    (ID, L, "add the 10 second intro we talked about", ext(10, 0)),
    (ID, L, "coloca a introdução de 10 segundos que combinamos", ext(10, 0)),
    (ID, L, "ponle la intro de 10 segundos", ext(10, 0)),
    # --- (4) an intro told of, in words the exclusions lack
    (IT_, L, "das Intro von 10 Sekunden klingt leer", NOT_EXT),
    (IT_, L, "ese intro de 10 segundos suena vacío", NOT_EXT),
    (IT_, L, "quell'introduzione di 10 secondi suona vuota", NOT_EXT),
    (IT_, L, "son intro de 10 secondes sonne creux", NOT_EXT),
    (IT_, L, "aquela introdução de 10 segundos ficou ruim", NOT_EXT),
    (IT_, L, "mi introducción de 10 segundos suena fatal", NOT_EXT),
    (IT_, L, "meine Einleitung von 10 Sekunden klingt komisch", NOT_EXT),
    (IT_, L, "вступление в 10 секунд слишком тихое", NOT_EXT),
    (IT_, L, "イントロの10秒が退屈", NOT_EXT),
    (IT_, L, "인트로 10초가 지루해요", NOT_EXT),
    (IT_, L, "前奏10秒太无聊了", NOT_EXT),
    (IT_, L, "nossa introdução de 10 segundos ficou ótima", ASK),
    # --- (5) the intro regenerated with a time range
    (IR, L, "regenerate the intro, 0:00 to 0:12", inp(0, 12)),
    (IR, L, "rifai l'intro, 0:00-0:10", inp(0, 10)),
    (IR, L, "haz de nuevo la intro, de 0:00 a 0:10", inp(0, 10)),
    (IR, L, "Mach das Intro neu, 0:00 bis 0:10", inp(0, 10)),
    (IR, L, "переделай интро 0:00-0:10", inp(0, 10)),
    (IR, L, "refais l'intro de 0:00 à 0:10", inp(0, 10)),
    (IR, L, "重新做前奏，0:00到0:10", inp(0, 10)),
    (IR, L, "인트로 부분 0:00~0:10 다시 만들어줘", inp(0, 10)),
    # --- (6) formats: a new refusal word used otherwise in the wanted one's clause
    (FN, L, "mp3 is fine, never mind the wav", fmt_is("mp3")),
    (FN, L, "the wav I sent was too big, an mp3 wouldn't be bad", fmt_is("mp3")),
    (FN, L, "Ți-am trimis wav-ul, dar e prea mare. Mai bine în mp3", fmt_is("mp3")),
    (FN, L, "je t'ai envoyé le wav, trop lourd ; le mp3 pour le 3 mai stp", fmt_is("mp3")),
    (FN, L, "ya te mandé el wav y pesa demasiado, ahora en mp3 nada más", fmt_is("mp3")),
    (FN, L, "já te mandei o wav, grande demais; agora só mp3 e mais nada", fmt_is("mp3")),
    (FN, L, "ti ho già mandato il wav ma era troppo pesante, ora in mp3 e niente altro", fmt_is("mp3")),
    (FN, L, "wav我发过了太大了，mp3音质差一点也没关系", fmt_is("mp3")),
    (FN, L, "wavは送ったけど重すぎた。mp3で音質は気にしません", fmt_is("mp3")),
    (FN, L, "wav 보냈는데 용량이 너무 커서요, mp3 별로 상관없어요", fmt_is("mp3")),
    (FN, L, "I already sent the wav but it was too big; mp3 has never let me down", fmt_is("mp3")),
    (FN, L, "the wav I sent was too big; mp3 is lossy but fine", fmt_is("mp3")),
    (FN, L, "wav sudah kukirim tapi kebesaran, mp3 juga nggak buruk", fmt_is("mp3")),
    (FN, L, "mình gửi wav rồi mà nặng quá, mp3 cũng không sao", fmt_is("mp3")),
    (FN, L, "wav'ı gönderdim ama çok büyük, mp3 de kötü değil", fmt_is("mp3")),
    (FR_, L, "never mp3, always wav", fmt_is("wav")),
    (FR_, L, "flac please, mp3 sounds bad on my speakers", fmt_is("flac")),
    # --- (7) bitrates with 'svp', 'stp', "s'il te plaît"
    (BR, L, "exporte en mp3 320 svp", fmt_is("mp3", bitrate_kbps=320)),
    (BR, L, "mp3 192 s'il te plaît", fmt_is("mp3", bitrate_kbps=192)),
    (BR, L, "mp3 128 stp, merci", fmt_is("mp3", bitrate_kbps=128)),
    (BR, L, "en mp3 à 256 svp", fmt_is("mp3", bitrate_kbps=256)),
    # --- (8) a theme, a hook or lyrics ending in 'but not now / not yet': the new piece
    (NT, None, "a song about a love that's over, but not yet", {"tool": NEW}),
    (NT, None, "una canción cuyo estribillo diga: me voy, pero todavía no", {"tool": NEW}),
    (NT, None, "une chanson dont le refrain dit je partirai mais pas maintenant", {"tool": NEW}),
    (NT, None, "ein Lied mit dem Refrain: ich gehe, aber nicht jetzt", {"tool": NEW}),
    (NT, None, "write a song whose hook is: I'll leave you, but not now", {"tool": NEW}),
    (NT, None, "песня, где припев: я уйду, но не сейчас", {"tool": NEW}),
    (
        NT,
        None,
        song(
            "I will leave you someday\nWhen the river runs dry", "But not now", "Make a song with these lyrics, piano:"
        ),
        sung("But not now"),
    ),
    (
        NT,
        None,
        song("Un día me iré\nCuando se apague el sol", "Pero todavía no", "Haz una canción con esta letra:", "\n"),
        sung("Pero todavía no"),
    ),
    (NT, None, "a 2 minute song, but not now-ish vibes", nws(120)),
    # --- (9) a new piece put off in words _BUT_NOT_NOW lacks
    (NL, None, "make me a 2 minute song, but not right now, tomorrow", ASK),
    (NL, None, "a 2 minute lofi beat, but not now, maybe later", ASK),
    (NL, None, "un beat de 2 minutos, pero ahora no, mañana", ASK),
    (NL, None, "fais une chanson de 2 minutes, mais pas tout de suite", ASK),
    (NL, None, "сделай песню на 2 минуты, но не сейчас, а завтра", ASK),
    (NL, None, "mach ein Lied von 2 Minuten, aber noch nicht, erst morgen", ASK),
    (NL, None, "2 minute song. Not now though.", ASK),
    (NL, None, "fammi una canzone di 2 minuti, ma non adesso, più tardi", ASK),
    (NL, L, "extend it by 30 seconds, but not now", ASK),
    # --- (10) themes holding a new price form
    (CT, None, "給料がいくらになるか不安な気持ちを歌う2分の曲を作って", nws(120)),
    (CT, None, "우리가 함께한 시간이 얼마나 되는지 노래하는 3분짜리 발라드 만들어 줘", nws(180)),
    (CT, None, "내가 이 노래를 얼마나 들었는지에 대한 2분짜리 곡 만들어 줘", nws(120)),
    (CT, None, "بكم نفرح: أغنية عيد ميلاد لعائلتي مدتها 2 دقيقة", nws(120)),
    (CT, None, "a 2 minute blues about how much it costs to live in London", nws(120)),
    (CT, None, "una canción de 2 minutos sobre cuánto cuesta vivir aquí", nws(120)),
    (CT, None, "写一首两分钟的歌，唱房东怎么收费都不讲理", nws(120)),
    (CT, None, "कितने में बिका दिल, इस थीम पर 2 मिनट का गाना बनाओ", nws(120)),
    # --- (11) real price questions
    (CQ, None, "この曲を3分にしたらいくらになりますか", ASK),
    (CQ, None, "3分の曲、料金はどれくらい？", ASK),
    (CQ, None, "a 3 minute song, what would that set me back?", ASK),
    (CQ, None, "三分钟的歌要花多少？", ASK),
    (CQ, None, "3 dakikalık şarkı kaça olur?", ASK),
    # --- (12) closing requests after lyrics: not sung
    (LR, None, song(FR, "Je voudrais une voix féminine, merci !", "Chanson pop :"), closing(FR, "", "", "féminine")),
    (LR, None, song(DE, "Ich hätte gern eine Männerstimme, danke!", "Popsong:"), closing(DE, "", "", "Männerstimme")),
    (LR, None, song(ES, "Yo quiero voz de mujer, gracias!", "Balada:"), closing(ES, "", "", "voz de mujer")),
    (LR, None, song(EN_MAKE, "Make it a female voice, thanks!"), closing(EN_MAKE, "", "", "female voice")),
    (LR, None, song(EN_JUST, "Just a male voice, thanks!"), closing(EN_JUST, "", "", "male voice")),
    (LR, None, song(IT, "Io vorrei una voce femminile, grazie!", "Ballata:"), closing(IT, "", "", "voce femminile")),
    (LR, None, song(PT, "Eu queria voz masculina, obrigado!", "Balada:"), closing(PT, "", "", "voz masculina")),
    (LR, None, song(EN_I, "I'd like a female voice, thanks!"), closing(EN_I, "", "", "female voice")),
    (LR, None, song(EN_THE, "The tempo slow please, thanks!"), closing(EN_THE, "", "", "tempo slow")),
    (LR, None, song(EN2, "Female vocals please, thanks"), closing(EN2, "", "", "Female vocals")),
    (LR, None, song(ZH, "请用女声，节奏慢一点，谢谢", "用这段歌词做一首民谣："), closing(ZH, "", "", "请用女声")),
    (LR, None, song(ZH, "男声演唱，请温柔一点", "用这段歌词做一首民谣："), closing(ZH, "", "", "男声演唱")),
    (
        LR,
        None,
        song(KO, "여성 보컬로 부탁해요, 템포는 느리게", "이 가사로 발라드 만들어 줘:"),
        closing(KO, "", "", "여성 보컬로"),
    ),
    (
        LR,
        None,
        song(KO, "남성 보컬 부탁해요, 감사합니다", "이 가사로 발라드 만들어 줘:"),
        closing(KO, "", "", "남성 보컬"),
    ),
    (
        LR,
        None,
        song(JA, "女性ボーカルでお願いします", "この歌詞でバラードを作って："),
        closing(JA, "", "", "女性ボーカル"),
    ),
    # --- (13) capitalised 'about'-length closings: not sung, the length taken
    (LA, None, song(ES2, "Por favor, unos 3 minutos", "Balada con esta letra:"), closing(ES2, "", "", "unos 3", 180)),
    (LA, None, song(DE2, "Bitte, etwa 3 Minuten", "Popsong mit diesem Text:"), closing(DE2, "", "", "etwa 3", 180)),
    (LA, None, song(EN2, "Please, about 3 minutes"), closing(EN2, "", "", "about 3", 180)),
    (LA, None, song(ES2, "Rumba, unos 2 minutos", "Canción con esta letra:"), closing(ES2, "", "", "unos 2", 120)),
    (
        LA,
        None,
        song(ES2, "Bachata romántica, unos 3 minutos", "Canción con esta letra:"),
        closing(ES2, "", "", "unos 3", 180),
    ),
    (
        LA,
        None,
        song(DE2, "Mit Gitarre, etwa 3 Minuten", "Ein Lied mit diesem Text:"),
        closing(DE2, "", "", "etwa 3", 180),
    ),
    (
        LA,
        None,
        song(ES2, "Voz de hombre, unos 3 minutos", "Canción con esta letra:"),
        closing(ES2, "", "", "unos 3", 180),
    ),
    (
        LA,
        None,
        song(FR, "Guitare acoustique, environ 3 minutes", "Chanson avec ces paroles :"),
        closing(FR, "", "", "environ 3", 180),
    ),
    (
        LA,
        None,
        song(IT, "Grazie, circa 3 minuti", "Canzone con questo testo:"),
        closing(IT, "", "", "circa 3", 180),
    ),
    (
        LA,
        None,
        song(PT, "Voz feminina, uns 3 minutos", "Canção com esta letra:"),
        closing(PT, "", "", "uns 3", 180),
    ),
    # --- (14) sung last lines
    (
        LS,
        None,
        song(
            "wait for me at the corner\ni'm almost there",
            "baby, just about 5 minutes",
            "make a song with these lyrics:",
        ),
        sung("baby, just about 5 minutes", duration_not=300),
    ),
    (
        LS,
        None,
        song(
            "espérame en la esquina\nya casi voy llegando", "mi amor, unos 5 minutos", "haz una balada con esta letra:"
        ),
        sung("mi amor, unos 5 minutos", duration_not=300),
    ),
    (LS, None, song("You gave me light\nYou gave me love", "Oh Lord, thank you!", "A gospel song:"), sung("Oh Lord")),
    (
        LS,
        None,
        song("Por la vida que me diste\nPor tu risa y tu canción", "Amor mío, gracias!", "Balada con esta letra:"),
        sung("Amor mío, gracias!"),
    ),
    (
        LS,
        None,
        song("Für jeden Morgen\nFür jedes Licht", "Mama, danke!", "Ein Lied zum Muttertag mit diesem Text:"),
        sung("Mama, danke!"),
    ),
    (
        LS,
        None,
        song("你说三分钟就回来\n我等了一整夜", "大约三分钟", "用这段歌词做一首情歌：", "\n"),
        sung("大约三分钟"),
    ),
]

if __name__ == "__main__":
    main(PROBES, __file__)
