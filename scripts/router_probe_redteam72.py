"""Red-team probe (redteam72) of e78b0af, aimed at the rules it added: __init__._THE_INTRO_NOUN, _INTRO_NOT_WISHED
and _MORE_OF_IT with the new guard on the extend word 'intro' (the English word used in many languages: 'das Intro',
'la intro', "l'intro", 'o intro', 'the intro'); _FORMAT_REFUSED_BEFORE, _FORMAT_RUN_DOWN_AFTER and _FORMAT_TURNED;
the '加个N秒淡出' branch (a length right after an add verb, then one fade) and shaping._THEN; the English branch of
_NO_VOCALS ("don't want any vocals", "rather not have vocals"); account._BUT_NOT_NOW (a put-off at the message's end
with a short tail, or after a full stop), _SUNG_THEME and the new _COST_QUESTION forms; read._closing_line_after
with _echoes / _opening_words (two opening words), _clause_at / _residue and _ADDRESS.

Intros: wishes for an intro said with an article, a possessive or a demonstrative and no adding verb ('give my track
the intro it deserves, 10 s', 'ponle la intro de 10 segundos que te pedí'), wishes holding a word of
_INTRO_NOT_WISHED ('the start is boring', 'would be perfect', 'for my YouTube video'), more of it ('10 more
seconds'); intros told of in words both tables lack ('your', 'dein', 'ton', 'the 10 second intro', 'love', 'sounds',
'keren', '最高'). Fades: '加个N秒淡出' where the seconds are an outro's ('加个10秒淡出的尾奏'), 'then' words between a
fade's own length and its verb ('die letzten 5 Sekunden dann ausblenden', '再'), 'then' after an extension. Vocals:
"don't want vocals too loud", "don't add vocal effects", "wouldn't singing in Spanish be nicer". Put-offs: themes
and notes whose end reads as one ('but not yet letting go', '. Not yet sure of the genre.', '. Todavía no tengo
letra.'), real put-offs missed ('— not now, tomorrow', '… not now though', '?', a colon or 'lyrics' before them,
Chinese, Japanese, Korean). Prices: new forms in a theme ('料金は気にしない', '얼마나 들뜬', '要花多少时间都行', 'set me
back years'), real questions in other words. Formats: run-downs and refusals the tables lack, and ones they misread
('won't do any harm', 'mp3の音質で十分', 'mp3不行吗？'). Lyrics: closing requests whose two opening words open the
lyric lines ('Just a small town girl' / 'Just a female voice, thanks!', 'I want you…' / 'I want a male voice,
thanks!'), Portuguese 'Bem' (well) read as an address.

FIGURES. First run on e78b0af (labels committed before it, 3fdc8fb): 122 probes; OK 30, ASKED 54, SILENT WRONG 38,
ERROR 0. Versus --old 7526d8e (the router before a1a4e37 and e78b0af): OK 81, ASKED 10, SILENT WRONG 31, ERROR 0. Of
the 38 silent plans 13 are new (12 right on 7526d8e, 1 asked there) and 25 pre-existing. 47 probes right on 7526d8e
are asked needlessly now; 7 are asked on both. 8 are fixed: 'I don't want any vocals', 'would rather not have vocals',
"don't want singing, just piano" (sung there, instrumental now), '2 min song please… not now though', '…, but not
today, maybe Friday' (paid there, asked now), '三分钟的歌怎么收费？' (paid there), '后面加个8秒淡出，视频要用' and
'最后加一个4秒淡出' (asked there, a fade now).

Silent wrong plans (38; 13 new), by cause:
- read._echoes (6 new): a closing request whose two opening words are function words that also open the lyric lines
  is sung, its voice lost: 'Just a female voice, thanks!' after 'Just a small town girl / Just a city boy', 'I want a
  male voice, thanks!' after 'I want you…', 'Make it a female voice, thanks!' after 'Make it last…', 'Por favor, voz
  de mujer, gracias!' after 'Por favor no te vayas…', 'Eu quero voz feminina, obrigado!', 'Per favore, voce
  femminile, grazie!' ('Can you do female vocals, thanks!' after 'Can you hear me…' is right). Two words are no sign
  of a sung line where they are 'just a', 'i want', 'make it', 'por favor' and the rest is a voice and a thanks.
- read._ADDRESS (2 new): Portuguese 'Bem' ('well') is read as an address, so 'Bem, voz feminina, obrigado!'
  is sung (voice lost) and 'Bem, uns 3 minutos' is sung with its length lost (duration unset).
- __init__._NO_VOCALS, the new English branch (4 new, paid, instrumental where a song was asked): it takes any
  "don't want/put … vocals/singing" whatever follows, and 'wouldn't' with no verb: "a 2 minute pop song, I don't
  want vocals too loud in the mix", "a love song where I don't want vocals to start until 0:30" (also a 30 s piece),
  "a 3 minute pop song, don't put singing in the intro, let it start at the verse", "wouldn't singing in Spanish be
  nicer? make a 2 min latin pop song".
- the '加个N秒淡出' branch of _plan_words (1 new): '结尾加个10秒淡出的尾奏' (add a 10 s fading outro) is a 10 s fade
  of the track, no outro: the noun after the fade ('尾奏', '的尾声') is not looked at. ('加一段10秒慢慢淡出的尾声',
  'extend the end by 10 seconds, then fade out', '…und dann ausblenden', '延长10秒再淡出' are right.)
- __init__._INTRO_NOUN branch, the track's intro told of in words _THE_INTRO_NOUN and _INTRO_NOT_WISHED lack (10
  pre-existing; each a paid 10 s outpaint before): a possessive the table lacks ('dein Intro', 'ton intro', 'our 10
  second intro'), the article not right before 'intro' ('the 10 second intro sounds amazing', 'that 10-second intro
  is fire', 'the 10 sec intro is too quiet', 'los 10 segundos de intro suenan geniales'), English praise and sound
  words ('love', 'sounds', 'quiet', 'great', 'fire'; the table has 'звучит' but not 'sounds'), Indonesian 'keren',
  Japanese '最高'.
- account._BUT_NOT_NOW / _SUNG_THEME (8 pre-existing, 120 s paid each): _SUNG_THEME hides a real put-off behind any
  colon or the word 'lyrics'/'letra' before it ('Note: make a 2 minute song, but not now', 'a 2 min song with lyrics
  about rain, but not now, tomorrow', 'un beat de 2 minutos con letra sobre el mar, pero ahora no, mañana'); a '?'
  at the end stops the tail ('a 2 minute song, but not now, ok?'; without '?' it asks); a dash is no lead ('make a 2
  minute song — not now, tomorrow'); no CJK put-offs ('但不是现在，明天再做', 'でも今じゃなくて明日', '근데 지금 말고 내일').
- account._COST_QUESTION (4 pre-existing, 180 s paid each): "what's the damage for a 3 min song?", 'how many credits
  is a 3 minute song?', '3分钟的歌贵吗？', '¿sale caro un tema de 3 minutos?'.
- _format_after_a_story (3 pre-existing, free but the refused format delivered): mp3 run down in words
  _FORMAT_RUN_DOWN_AFTER lacks: 'El mp3 suena fatal', 'le mp3, hors de question', 'mp3 is trash'.

Needless questions (54; 47 new, 7 pre-existing), by cause:
- the new guard on extend_word 'intro' through _THE_INTRO_NOUN (13 new; edit_or_extend asked): a wish for an intro
  said with an article or possessive and an adding verb the cues lack ('ponle', 'metti', 'mets-lui', 'coloca', 'vor
  den Song setzen', 'put … on it', 'give my track the intro it deserves, 10 s'), even with 'before it', 'al
  principio', 'au début', 'am Anfang', 'no começo' said: 'quiero la intro de 10 segundos al principio de la
  canción', "je veux l'intro de 10 secondes au début du morceau", 'this track needs the intro, 10 seconds of pads
  before it'. (Pre-existing: 'my song needs its intro: 10 seconds of piano before the first verse'.)
- the same guard through _INTRO_NOT_WISHED (10 new): a plain wish beside a complaint about the start or a praise of
  the wish ('the start is boring, it needs a 10 second intro', 'the song starts flat, give it …', 'el comienzo se
  siente vacío', 'der Anfang ist langweilig … wäre perfekt', '… seria perfeita', '… serait parfaite', 'песня
  начинается скучно'), or a use ('before it goes in my YouTube video'): the words tell of the track's start, not of
  an intro it has.
- _NO_VOCALS' English branch against a voice asked (6 new; 'no vocals but also singer'): "don't want vocals buried
  under the guitars", "don't add vocal effects", "don't use vocal autotune" (the singular 'vocal' of an effect), "I
  don't have vocals recorded", "I don't want singing that sounds robotic", "I don't need singers with perfect pitch".
- account._BUT_NOT_NOW's short tail (8 new): a theme or a note ending so is asked as a put-off: 'saying goodbye but
  not yet letting go', 'growing up, but not yet being an adult', '. Not yet sure of the genre.', ". Not today's
  overproduced stuff.", "l'été qui arrive mais pas encore", "sull'estate, ma non ancora finita", '. Belum ada
  liriknya.', '. Not yet my wife!'. (Pre-existing, another rule: '. Todavía no tengo letra.', '. Ainda não tenho
  letra.')
- the new _COST_QUESTION forms in an aside (6 new): '料金は気にしないので' and '値段は高くてもいいから' (price no matter),
  '비용이 얼마든 상관없어요', '要花多少时间都行' (however long it takes), '얼마나 들뜬' ('how excited'), 'a breakup that
  set me back years'.
- _FORMAT_RUN_DOWN_AFTER (4 new): "mp3 won't do any harm", 'mp3は音質そこそこでいいです', 'mp3는 음질 상관없어요', and
  "mp3 is lossy, ok, that's fine" (_FORMAT_TURNED is searched only up to the next comma). Pre-existing:
  'mp3の音質で十分です', 'mp3不行吗？'.
- pre-existing, other: '结尾加个3秒的淡出效果' (the '的' between the seconds and the fade), 'schneide nichts, nur die
  letzten 5 Sekunden dann bitte ausblenden' ('schneide' read as a cut; not shaping._THEN).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam72.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, OUT, ext, fade, fmt_is, main, nws, sung

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

NOT_EXT = {"tool_not": OUT, "ask_ok": True}  # told of, not wished: anything but an extension (a question is fine)
SONG = {"tool": NEW, "inst": False}  # a new song, sung


def song(stanza: str, last: str, intro: str = "Make a song with these lyrics, acoustic pop:", gap: str = "\n\n") -> str:
    """A request, a blank line, a stanza and a last paragraph (after a blank line, or `gap`)."""
    return f"{intro}\n\n{stanza}{gap}{last}"


def closing(stanza: str, lacks: str, sec: float | None = None) -> dict[str, Any]:
    """A closing request after the lyrics: the stanza sung, the request not (and its length taken, if any)."""
    want = sung(stanza.split("\n")[0], lyrics_lacks=[lacks])
    if sec is not None:
        want["duration"] = sec
    return want


JUST = "Just a small town girl\nJust a city boy tonight"
WANT = "I want you to stay\nI want you by my side"
MAKE = "Make it last forever\nMake it feel like home"
POR = "Por favor no te vayas\nPor favor quédate aquí"
EU = "Eu quero você aqui\nEu quero te abraçar"
PER = "Per favore resta qui\nPer favore non andare"
CAN = "Can you hear me calling\nCan you feel the night"
PT = "A chuva cai no meu telhado\nE eu penso em você"

IW = "an intro wished for with an article, possessive or demonstrative and no adding verb: extended before"
IN_ = "an intro wished for beside a word of _INTRO_NOT_WISHED: extended before"
IM = "more of the intro asked: extended before (a question is fine)"
IT_ = "the track's intro told of, in words the tables lack: no extension"
FD = "an add verb, a length and one fade: that fade"
FO = "a length that is not the fade's (an outro that fades, 'then'): not a fade of that length"
FT = "a 'then' word between a fade's own length and its verb: that fade"
NV = "a new song where 'don't … vocals' is about how they sound: sung"
NI = "no vocals wished in English: instrumental"
PF = "a theme or note whose end reads as a put-off: the new piece"
PR = "a real put-off _BUT_NOT_NOW misses or _SUNG_THEME hides: ASK, nothing paid"
CT = "a theme or an aside holding a new _COST_QUESTION form: the new piece"
CQ = "a real price question: ASK"
FW = "two formats, the wanted one run down or praised in words the tables misread: the wanted one"
FX = "two formats, one refused in words the tables lack: not the refused one (a question is fine)"
LR = "a closing request after lyrics, two opening words echoing lyric lines, or 'Bem' (well): not sung"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) an intro wished for with an article, possessive or demonstrative, no adding verb
    (IW, L, "give my track the intro it deserves, 10 s", ext(10, 0)),
    (IW, L, "ponle la intro de 10 segundos que te pedí", ext(10, 0)),
    (IW, L, "dale al tema la intro de 10 segundos que hablamos", ext(10, 0)),
    (IW, L, "mets-lui l'intro de 10 secondes dont on a parlé", ext(10, 0)),
    (IW, L, "metti l'intro di 10 secondi prima della canzone", ext(10, 0)),
    (IW, L, "Bitte das Intro von 10 Sekunden vor den Song setzen", ext(10, 0)),
    (IW, L, "coloca o intro de 10 segundos antes da música, como combinamos", ext(10, 0)),
    (IW, L, "the intro I asked for: 10 seconds before the song starts", ext(10, 0)),
    (IW, L, "put the 10 second intro on it now", ext(10, 0)),
    (IW, L, "this track needs the intro, 10 seconds of pads before it", ext(10, 0)),
    (IW, L, "la intro de 10 segundos que te pedí, ¿ya la puedes poner al principio?", ext(10, 0)),
    (IW, L, "l'intro di 10 secondi che ti ho chiesto, mettila all'inizio", ext(10, 0)),
    (IW, L, "quiero la intro de 10 segundos al principio de la canción", ext(10, 0)),
    (IW, L, "je veux l'intro de 10 secondes au début du morceau", ext(10, 0)),
    (IW, L, "ich will das Intro von 10 Sekunden am Anfang vom Song", ext(10, 0)),
    (IW, L, "quero o intro de 10 segundos no começo da música", ext(10, 0)),
    (IW, L, "my song needs its intro: 10 seconds of piano before the first verse", ext(10, 0)),
    # --- (2) an intro wished for beside a word of _INTRO_NOT_WISHED
    (IN_, L, "the start is boring, it needs a 10 second intro", ext(10, 0)),
    (IN_, L, "a 10 second intro before the song would be perfect", ext(10, 0)),
    (IN_, L, "el comienzo se siente vacío, le hace falta una intro de 10 segundos", ext(10, 0)),
    (IN_, L, "der Anfang ist langweilig, ein Intro von 10 Sekunden davor wäre perfekt", ext(10, 0)),
    (IN_, L, "uma introdução de 10 segundos antes da música seria perfeita", ext(10, 0)),
    (IN_, L, "une intro de 10 secondes avant le morceau serait parfaite", ext(10, 0)),
    (IN_, L, "this song needs a 10 second intro before it goes in my YouTube video", ext(10, 0)),
    (IN_, L, "the song starts flat, give it a 10 second intro", ext(10, 0)),
    (IN_, L, "la canción empieza aburrida, necesita una intro de 10 segundos", ext(10, 0)),
    (IN_, L, "песня начинается скучно, нужно вступление на 10 секунд перед ней", ext(10, 0)),
    # --- (3) more of the intro
    (IM, L, "my intro needs 10 more seconds", ext(10, 0, ask_ok=True)),
    (IM, L, "das Intro soll 10 Sekunden länger sein", ext(10, 0, ask_ok=True)),
    (IM, L, "la intro necesita 10 segundos más", ext(10, 0, ask_ok=True)),
    # --- (4) the track's intro told of, in words the tables lack
    (IT_, L, "your 10 second intro is too long", NOT_EXT),
    (IT_, L, "dein Intro von 10 Sekunden ist super", NOT_EXT),
    (IT_, L, "ton intro de 10 secondes est top", NOT_EXT),
    (IT_, L, "the 10 second intro sounds amazing", NOT_EXT),
    (IT_, L, "love the 10s intro!", NOT_EXT),
    (IT_, L, "the 10 sec intro is too quiet", NOT_EXT),
    (IT_, L, "that 10-second intro is fire", NOT_EXT),
    (IT_, L, "intro 10 detik nya keren banget", NOT_EXT),
    (IT_, L, "イントロ10秒、最高です", NOT_EXT),
    (IT_, L, "los 10 segundos de intro suenan geniales", NOT_EXT),
    (IT_, L, "our 10 second intro came out great", NOT_EXT),
    (IT_, L, "the first 10 seconds of intro are my favourite part", NOT_EXT),
    # --- (5) an add verb, a length and one fade
    (FD, L, "结尾再加个5秒淡出", fade(5)),
    (FD, L, "結尾加個3秒淡出", fade(3)),
    (FD, L, "在结尾加3秒淡出吧", fade(3)),
    (FD, L, "后面加个8秒淡出，视频要用", fade(8)),
    (FD, L, "结尾加个3秒的淡出效果", fade(3)),
    (FD, L, "最后加一个4秒淡出", fade(4)),
    # --- (6) a length that is not the fade's
    (FO, L, "结尾加个10秒淡出的尾奏", ext(0, 10, ask_ok=True)),
    (FO, L, "加一段10秒慢慢淡出的尾声", ext(0, 10, ask_ok=True)),
    (FO, L, "extend the end by 10 seconds, then fade out", ext(0, 10, ask_ok=True)),
    (FO, L, "verlängere das Ende um 10 Sekunden und dann ausblenden", ext(0, 10, ask_ok=True)),
    (FO, L, "延长10秒再淡出", ext(0, 10, ask_ok=True)),
    # --- (7) a 'then' word between a fade's own length and its verb
    (FT, L, "schneide nichts, nur die letzten 5 Sekunden dann bitte ausblenden", fade(5)),
    (FT, L, "最后5秒再做个淡出", fade(5, ask_ok=True)),
    (FT, L, "最后3秒然后淡出就行", fade(3, ask_ok=True)),
    # --- (8) 'don't … vocals' about how they sound: sung
    (NV, None, "a 2 minute pop song, I don't want vocals too loud in the mix", nws(120, inst=False)),
    (NV, None, "upbeat rock song with a male singer, don't want vocals buried under the guitars", SONG),
    (NV, None, "a 2 min indie song with a female singer, don't add vocal effects, keep it dry", SONG),
    (NV, None, "a trap song with male vocals, don't use vocal autotune", SONG),
    (NV, None, "wouldn't singing in Spanish be nicer? make a 2 min latin pop song", SONG),
    (NV, None, "I don't have vocals recorded, so generate a song with a female voice", SONG),
    (NV, None, "I don't want singing that sounds robotic, make a ballad with a natural female voice", SONG),
    (NV, None, "a punk song, I don't need singers with perfect pitch, raw shouted vocals", SONG),
    (NV, None, "a love song where I don't want vocals to start until 0:30", SONG),
    (NV, None, "a 3 minute pop song, don't put singing in the intro, let it start at the verse", SONG),
    # --- (9) no vocals in English: instrumental
    (NI, None, "a 2 minute lofi beat, I don't want any vocals", nws(120, inst=True)),
    (NI, None, "chill beat for studying, would rather not have vocals on this one", {"tool": NEW, "inst": True}),
    (NI, None, "don't want singing, just piano, 2 minutes", nws(120, inst=True)),
    # --- (10) a theme or note whose end reads as a put-off
    (PF, None, "a breakup song about saying goodbye but not yet letting go", {"tool": NEW}),
    (PF, None, "a song about growing up, but not yet being an adult", {"tool": NEW}),
    (PF, None, "2 min birthday song for my son. Not yet sure of the genre.", nws(120)),
    (PF, None, "Make me a 2 minute chill beat. Not today's overproduced stuff.", nws(120)),
    (PF, None, "Une chanson de 2 minutes sur l'été qui arrive mais pas encore", nws(120)),
    (PF, None, "Haz una canción de 2 minutos. Todavía no tengo letra.", nws(120)),
    (PF, None, "Faz uma música de 2 minutos. Ainda não tenho letra.", nws(120)),
    (PF, None, "Bikin lagu 2 menit. Belum ada liriknya.", nws(120)),
    (PF, None, "A 2 minute song for my girlfriend. Not yet my wife!", nws(120)),
    (PF, None, "una canzone di 2 minuti sull'estate, ma non ancora finita", nws(120)),
    # --- (11) a real put-off missed or hidden
    (PR, None, "make a 2 minute song — not now, tomorrow", ASK),
    (PR, None, "2 min song please… not now though", ASK),
    (PR, None, "a 2 minute song, but not now, ok?", ASK),
    (PR, None, "Note: make a 2 minute song, but not now", ASK),
    (PR, None, "a 2 min song with lyrics about rain, but not now, tomorrow", ASK),
    (PR, None, "un beat de 2 minutos con letra sobre el mar, pero ahora no, mañana", ASK),
    (PR, None, "做一首2分钟的歌，但不是现在，明天再做", ASK),
    (PR, None, "2分の曲を作って、でも今じゃなくて明日", ASK),
    (PR, None, "2분짜리 노래 만들어줘, 근데 지금 말고 내일", ASK),
    (PR, None, "2 minute song, but not today, maybe Friday", ASK),
    # --- (12) a theme or aside holding a new price form
    (CT, None, "料金は気にしないので、3分の曲を作って", nws(180)),
    (CT, None, "値段は高くてもいいから、3分のいい曲を作って", nws(180)),
    (CT, None, "a 2 minute song about a breakup that set me back years", nws(120)),
    (CT, None, "要花多少时间都行，做一首3分钟的歌", nws(180)),
    (CT, None, "비용이 얼마든 상관없어요, 3분짜리 곡 만들어 주세요", nws(180)),
    (CT, None, "내가 얼마나 들뜬 마음인지 노래하는 2분짜리 곡 만들어 줘", nws(120)),
    # --- (13) real price questions
    (CQ, None, "3分の曲、料金はいくらですか", ASK),
    (CQ, None, "三分钟的歌怎么收费？", ASK),
    (CQ, None, "what's the damage for a 3 min song?", ASK),
    (CQ, None, "how many credits is a 3 minute song?", ASK),
    (CQ, None, "3分钟的歌贵吗？", ASK),
    (CQ, None, "¿sale caro un tema de 3 minutos?", ASK),
    # --- (14) formats: the wanted one run down or praised in words the tables misread
    (FW, L, "the wav was too heavy to send; mp3 won't do any harm", fmt_is("mp3")),
    (FW, L, "wavは重すぎた。mp3の音質で十分です", fmt_is("mp3")),
    (FW, L, "wavは重すぎたので、mp3は音質そこそこでいいです", fmt_is("mp3")),
    (FW, L, "wav 보냈는데 너무 커요. mp3는 음질 상관없어요", fmt_is("mp3")),
    (FW, L, "wav太大了发不了，mp3不行吗？", fmt_is("mp3")),
    (FW, L, "I sent the wav but it was huge; mp3 is lossy, ok, that's fine", fmt_is("mp3")),
    # --- (15) formats: one refused in words the tables lack
    (FX, L, "I already sent the wav, it plays fine; mp3 sounds awful", {**fmt_is("wav"), "ask_ok": True}),
    (FX, L, "Ya te mandé el wav pero pesa mucho. El mp3 suena fatal", ASK),
    (FX, L, "j'ai envoyé le wav, trop lourd ; le mp3, hors de question", ASK),
    (FX, L, "wav schon geschickt, zu groß. mp3 auf keinen Fall", ASK),
    (FX, L, "the flac was too big, send wav, never mp3", {**fmt_is("wav"), "ask_ok": True}),
    (FX, L, "I sent you the wav before; mp3 is trash", ASK),
    # --- (16) closing requests after lyrics: not sung
    (LR, None, song(JUST, "Just a female voice, thanks!"), closing(JUST, "female voice")),
    (LR, None, song(WANT, "I want a male voice, thanks!"), closing(WANT, "male voice")),
    (LR, None, song(MAKE, "Make it a female voice, thanks!"), closing(MAKE, "female voice")),
    (
        LR,
        None,
        song(POR, "Por favor, voz de mujer, gracias!", "Haz una balada con esta letra:"),
        closing(POR, "voz de mujer"),
    ),
    (
        LR,
        None,
        song(EU, "Eu quero voz feminina, obrigado!", "Faz uma balada com esta letra:"),
        closing(EU, "voz feminina"),
    ),
    (
        LR,
        None,
        song(PER, "Per favore, voce femminile, grazie!", "Fai una ballata con questo testo:"),
        closing(PER, "voce femminile"),
    ),
    (LR, None, song(CAN, "Can you do female vocals, thanks!"), closing(CAN, "female vocals")),
    (
        LR,
        None,
        song(PT, "Bem, voz feminina, obrigado!", "Faz uma balada com esta letra:"),
        closing(PT, "voz feminina"),
    ),
    (
        LR,
        None,
        song(PT, "Bem, uns 3 minutos", "Faz uma balada com esta letra:"),
        closing(PT, "uns 3", 180),
    ),
]

if __name__ == "__main__":
    main(PROBES, __file__)
