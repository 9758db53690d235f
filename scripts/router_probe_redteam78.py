"""Red-team probe (redteam78) of 0c9a3dc, aimed at the router rules 89263f8 and 34d25bf added. Above all
router/chat.py's plain(): _SETTING_LINE (a table of setting keys) and _NO_VOCALS_SETTING ('vocals: none' read 'no
vocals', unanchored, anywhere in a line), _items (a list joined only where an item holds a digit, onto the line above
only where it ends in a colon), _ITEM's new marks ('1、', '１．', '①'), _STRUCK (only Markdown-set-off, never with CJK
inside), _quoted (an opener line ending in a colon or a lyrics word makes the quote lyrics; a quoted order with a cue
and a digit under a reply with no cue is dropped; else kept as written), _tags_line (a hashtag paragraph stays, a
hashtag line right over other lines moves to the end of the request), _TIMECODE ('HH:MM:SS:00' made a time) and
timeline_offset's _TIMELINE words. In router/account.py: the new _NOT_TIME_AFTER / _NOT_TIME_BEFORE words (audiences,
scenes, seasons, builds, kHz, bit). In router/__init__.py: _extensions' "reached whole" rule (a video's length said
after a sided amount dropped), and the smaller changes of 89263f8 (_NOT_A_NEW_ONE without 'instead of',
_SHORTER_LONGER's 'N … more' only before a stop and '[短长]N' only after a separator, _COST_QUESTION without 'are').

FIGURES. First run on 0c9a3dc (labels committed before it, 3a549d1): 130 probes; OK 67, ASKED 35, SILENT WRONG 26,
ERROR 2. Versus --old a276f1e5 (/tmp/a276f1e5/src, the router before 89263f8): OK 72, ASKED 39, SILENT WRONG 18, ERROR 1.
Of the 26 silent plans 11 are new (10 right on a276f1e5, 1 asked there) and 15 pre-existing; all 26 are paid (a new
piece or an outpaint; none is a free process_track). 12 probes right on a276f1e5 are asked needlessly now, 23 are
asked on both; 1 right there is an ERROR now, 1 is an ERROR on both. Fixed by 89263f8 / 34d25bf (18): the video's
length after a sided amount in 11 languages ('extend the end by 15 seconds, the video is 1:45', 'alarga el final 15
segundos, el vídeo dura 1:45', '終わりを15秒のばして。動画は1分45秒', '끝에 15초 늘려줘, 영상이 1분 45초야', 'wydłuż koniec o 15
sekund, film ma 1:45', 'add 10 s at the start and 20 s at the end, the reel is 2:30', …), 'Staffel 2, Folge 5',
'episode 12 of season 3', 'build 42', 'cena 6' (asked there); 'ボーカル：なし' as the first settings line ([inst] now, sung
there); quoted offers declined under 'zum Text' / 'Sobre la letra' (asked now, a paid plan there). Held: the style
lists with no digit ('- lofi hip hop', '- Jazz', '• reggaetón', '- 摇滚'), 'Vocals: none' in a settings list, the
hashtag line over a plain request, struck Latin and Cyrillic values, the timeline offsets below.

Silent wrong plans (26; 11 new), by cause:
- chat._tags_line (34d25bf; 5 new, paid: the style words sung): a hashtag line right over other lines is moved to the
  end of the request and glued onto its last line, which is the last lyric line when the lyrics end the message:
  '#lofi #chill\nMake a 2 min song with these lyrics:\nrain on the window\ncoffee in my hand' (lyrics '…\ncoffee in my
  hand, lofi, chill'), '#ballad #piano\nSong for my mom, 2 min. Lyrics:\nYou held my hand\nwhen I was small',
  '#발라드 #감성\n2분짜리 노래 만들어줘. 가사:\n비가 오는 밤에\n너를 생각해', '#reggaeton #verano\nHazme una canción de 2 min
  con esta letra:\nbailando en la playa\ntú y yo hasta el sol', and with no blank line under the tags '#kpop
  #ballad\n[Verse]\n창밖엔 비가 내려\n너의 목소리가 들려' (lyrics '…너의 목소리가 들려, kpop, ballad'; asked on a276f1e5).
  Pre-existing (1): a hashtag line right under the last lyric line stays a lyric line: 'Make a 2 min song with these
  lyrics:\nrain on the window\ncoffee in my hand\n#lofi #chill' (lyrics '…\nlofi, chill').
- chat._NO_VOCALS_SETTING (3 new, paid [inst] songs): the pattern has no line start or word edge, so 'vocals: no' inside
  a longer key is read 'no vocals' and the piece made instrumental though another line asks for a voice: 'New song
  please\nGenre: pop\nLength: 2 min\nMale vocals: no\nFemale vocals: yes' (tags 'pop, no vocals, female vocals',
  lyrics '[inst]'), '새 노래 만들어줘\n장르: 발라드\n길이: 2분\n남자 보컬: 없음\n여자 보컬: 있음', 'Сделай песню\nжанр:
  поп\nдлина: 2 минуты\nмужской вокал: нет\nженский вокал: да'. Pre-existing (1): 'Ambient piece, 2 min\nVocals: none,
  just soft humming' ([inst], the humming lost; the same on a276f1e5).
- chat._STRUCK (1 new, paid): a struck value holding CJK is no longer struck, so the taken-back order stays and wins:
  '结尾~~延长10秒~~ 淡出5秒就好' (audio_outpaint +10 s at the end; the 5 s fade asked for is lost).
- __init__._extensions' reached-whole rule (1 new, paid): an unsided amount said after a sided one that happens to
  equal the track and the amount is dropped as "the whole reached", though it is an outro of its own: 'add 30 s at
  the start; then, when the song is over, 1:30 of the same groove for the credits' of a 60 s track (extend 30 s
  before, 0 after; the 90 s outro lost; right on a276f1e5).
- account._COST_QUESTION without 'are' (1 new, paid 120 s): 'Are 2 minute songs free?' makes a 2 min piece.
  Pre-existing (1): 'Are 30 second jingles free to generate?' (a 30 s piece on both; '?' not right after 'free').
- chat._items with the digit rule (3 pre-existing, paid: lyrics sung as one '; ' line): a list that is lyrics with a
  digit in one item is still joined: 'Make a 1 min kids song with these lyrics:\n- 1, 2, 3, 4, clap your hands some
  more\n- 5, 6, 7, 8, …' (lyrics '1, 2, 3, 4, clap your hands some more; 5, 6, 7, 8, …'), 'Сделай песню с таким
  текстом:\n- Сколько лет прошло?\n- Наверно, 10 или 12\n…', 'Haz una canción con esta letra:\n- 7 días sin verte\n- 7
  noches sin dormir\n…'.
- chat._quoted's drop (3 pre-existing, paid: the lyrics lost): quoted lyrics with no opener that hold a cue word and a
  digit ('Cut', 'Corta', 'loop' / 'fade') under a reply with no cue are dropped as an earlier order: "> Cut me loose,
  I've waited 24 hours\n> fading like a shadow on the wall\n\nsynthwave, 2 min, these are the lyrics" (a 120 s piece
  with no lyrics), '> Corta la noche, son las 3 y no estás\n> …\n\nbalada, 2 minutos, esa es la letra', "> I'll loop
  this song 100 times tonight\n> and fade into the blue\n\nthat's my chorus, dreamy pop, 3 min".
- __init__._SHORTER_LONGER read only with a track open (6 pre-existing, paid: a new piece of the difference): with no
  track, 'the same but N more / less' is a new piece of N s whatever the pattern (89263f8's narrowing plays no part
  here): 'Same thing again but 30 seconds more please', 'Nochmal dasselbe, aber 30 Sekunden mehr bitte', 'Pareil mais
  30 secondes de plus stp', '跟刚才那首一样，再长30秒', '同样的风格，稍微短10秒' (10 s), 'Lo mismo pero 20 segundos menos por fa'
  (20 s).

Errors (2): chat._ITEM's new '1、' joins a lyrics list that holds a digit onto '歌词：', and '24小时' is then read as the
length: '用下面的歌词做一首歌：\n1、24小时都在想你\n2、365天不会改变\n3、我爱你到永远' (InvalidInput, duration 86400; right on
a276f1e5, new). On both: 'この歌詞で曲にして：\n・午前0時の改札で\n・君を2時間待ってた\n・それでも会いたくて' (the '・' list joined,
'2時間' read as 7200 s).

Needless questions (35; 12 new, 23 on both), by cause:
- chat._STRUCK not striking CJK (4 new): the struck length kept beside the new one, '2 min' asked: '~~3분~~ 2분짜리 발라드
  만들어줘', '做一首~~3分钟~~ 2分钟的钢琴曲', '~~3分~~ 2分のローファイをお願い', '~~90秒~~ 60秒のジングルを作って'. On both: 'make it ~~3
  min~~2 min, lofi' (unspaced after the strike; 'which track?').
- chat.timeline_offset's _TIMELINE words in another sense (2 new): 'premiere' of a film, an 'audition': 'For the
  premiere of my short film next week: regenerate 00:01:10:00 to 00:01:20:00 of this track, it clicks', 'My audition
  is tomorrow! Please regenerate 00:00:40:00 to 00:00:50:00, …'. On both: a start said as zero does not count ('On my
  timeline the song starts at 00:00:00:00; redo 00:00:40:00 to 00:00:50:00' is asked).
- chat._quoted's opener (2 new; 5 on both): a line ending in a lyrics word ('I love the lyrics', 'Replying to your
  text') or a colon ('My client wrote:', 'Notes from the director:', 'You suggested:', '你刚才说：', 'Earlier you said:') makes
  a quoted order or offer the words to sing, and it is asked as lyrics or as edit-or-extend: 'I love the lyrics\n> Want
  me to extend the end by 20 s?\nyes please', 'Replying to your text\n> Shall I trim the first 5 s?\nyes'. The drop
  (on both): '> 把回忆剪成3段\n> 一段给昨天\n\n这是我写的歌词，民谣，2分钟'.
- chat._NO_VOCALS_SETTING and _SETTING_LINE's key table (3 new, 1 on both): 'Lied bitte:\n…\nMännlicher Gesang:
  nein\nWeiblicher Gesang: ja' (lines not read as settings, asked as lyrics), '新曲お願いします\n…\n男性ボーカル：なし\n女性ボーカル
  ：あり', '3 min R&B slow jam, female singer\nAutotune on the vocals: no' ('no vocals' against 'singer'). On both: 'Make a
  2 min pop song about summer, female lead singer.\nBacking vocals: none'.
- chat._items / lists with no digit (1 new): '曲を作って：\n・ジャズ\n・ピアノ\n・落ち着いた感じ' (not joined now, asked as lyrics).
- Settings lines with a tempo (3 on both): 'Tempo: 90', 'BPM: 122', 'Tempo: 128' under a request (the number asked;
  _NOT_TIME_BEFORE's 'tempo' / 'bpm' want no colon between).
- account._NOT_TIME_AFTER / _BEFORE forms the lists lack (7 on both): '800 Zuhörern' ('hörer' only at a word's start),
  'Sahne 3', '씬 7', 'Unreal 5', '60 fps', 'sceny 4', '2 сезона' (the season word after the number).
- The reached-whole rule (1 on both): '加一个10秒的前奏和5秒的结尾，视频是1分55秒' of a 100 s track ('是1分55秒' is read as a
  total, and the check of a total against the amounts skips an amount at the start).
- Others on both: lyrics under 'Lyrics:' with '1.' marks and 'country' ('What style?'), '#シティポップ #夏\n3分の曲作って、歌詞は
  …', 'Make a 2 min song, lyrics below\n#indie #folk\n…' (asked as lyrics or description).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: PYTHONPATH=src:scripts python scripts/router_probe_redteam78.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, ext, fade, fmt_is, inp, main, nws, sung, trim

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

ONE_LINE = ["; "]  # lyrics joined by _items into one line of 'items'


def shorter_or_longer(sec: float) -> dict[str, Any]:
    """The same again, `sec` shorter or longer than a piece the router cannot see: never a new piece of `sec`."""
    return {"duration_not": sec, "ask_ok": True}


def tl(a: float, b: float) -> dict[str, Any]:
    """A window on an editor's timeline, made the track's by the offset said (a question is as good)."""
    return {"tool": IN, "start_time": a, "end_time": b, "ask_ok": True}


NV = "_NO_VOCALS_SETTING inside a longer key ('Male vocals: no', 'Backing vocals: none', 'Zweitstimme: keine'): sung"
NC = "control: 'vocals: none' as a setting of its own, a list of settings: instrumental"
WL = "a list with no digit in any item after a colon (a style list): no lyric lines of it"
LD = "a list that is lyrics, a digit in its items ('1, 2, 3, 4, clap', '500 miles', '24小时'): sung line by line"
TP = "a list of two pieces or two lengths: one call cannot make both, asked"
SK = "'key: value' settings with a tempo or key ('Tempo: 90', 'BPM: 90'): the length said, not the tempo"
QO = "a quoted earlier message under an opener ending in a colon ('You asked me earlier:'): the reply's meaning"
QW = "a quoted order under an opener ending in a lyrics word ('I love the lyrics', 'your text'): the reply's meaning"
QD = "quoted lyrics holding a cue word and a digit, a reply with no cue: sung, not dropped"
QY = "a quoted offer, a reply that confirms with another value ('yes but only 15'): that value, never the quoted one"
HM = "a hashtag line right over other lines, moved onto the last line of the request, a lyric line: not sung"
HE = "a hashtag line or paragraph after the lyrics: not sung; controls over a plain request"
SC = "'~~struck~~' with CJK inside (not struck by the rule), or unspaced after: the value kept"
SS = "control: '~~struck~~' Latin or Cyrillic, set off: taken back"
TE = "a timeline offset in an editor _TIMELINE lacks ('iMovie', 'Filmora', '剪映', 'Kdenlive', 'im Schnitt'): the track's"
TB = (
    "broadcast timecode from 01:00:00:00, a zero start, or words of _TIMELINE in another sense ('premiere', 'audition')"
)
RW = "a video's length said after a sided amount, the whole reached ('video má 1:45'): the amount only"
RC = "the reached-whole rule meeting an amount that is its own (an outro of 1:45 that happens to be track + intro)"
RB = "a video's length said first, or not the sum: asked, or the amount said; never the video's length added"
AU = "_NOT_TIME_AFTER / _BEFORE: audiences, scenes, seasons, builds, fps in forms the lists lack: the length, no ask"
SL = "_SHORTER_LONGER's 'N … more' before more words, and '再长30秒', '稍微短10秒' (no separator before 长/短)"
PR = "_COST_QUESTION without 'are': 'Are 2 minute songs free?' asks, makes nothing"
NN = "_NOT_A_NEW_ONE without 'instead of': 'instead of a new song, …' still refuses a new one"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'vocals: none' inside a longer key
    (NV, None, "New song please\nGenre: pop\nLength: 2 min\nMale vocals: no\nFemale vocals: yes", nws(120, inst=False)),
    (
        NV,
        None,
        "Lied bitte:\nGenre: Schlager\nLänge: 3 Minuten\nMännlicher Gesang: nein\nWeiblicher Gesang: ja",
        nws(180, inst=False),
    ),
    (
        NV,
        None,
        "新曲お願いします\nジャンル：J-POP\n長さ：3分\n男性ボーカル：なし\n女性ボーカル：あり",
        nws(180, inst=False),
    ),
    (NV, None, "새 노래 만들어줘\n장르: 발라드\n길이: 2분\n남자 보컬: 없음\n여자 보컬: 있음", nws(120, inst=False)),
    (
        NV,
        None,
        "Сделай песню\nжанр: поп\nдлина: 2 минуты\nмужской вокал: нет\nженский вокал: да",
        nws(120, inst=False),
    ),
    (NV, None, "Make a 2 min pop song about summer, female lead singer.\nBacking vocals: none", nws(120, inst=False)),
    (NV, None, "3 min R&B slow jam, female singer\nAutotune on the vocals: no", nws(180, inst=False)),
    (NV, None, "Mach einen 2-Minuten-Popsong mit Sängerin\nZweitstimme: keine", nws(120, inst=False)),
    (
        NV,
        None,
        "Ambient piece, 2 min\nVocals: none, just soft humming",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
    (NC, None, "Background track for my vlog\nGenre: lofi\nLength: 2 min\nVocals: none", nws(120, inst=True)),
    (NC, None, "ボーカル：なし\n長さ：90秒\nジャンル：アンビエント", nws(90, inst=True)),
    (
        NC,
        None,
        "Here are my settings:\nGenre: lofi\nLength: 2 min\nVocals: none",
        nws(120, inst=True),
    ),
    # --- (2) a style list with no digit, after a colon
    (WL, None, "Make me a song:\n- lofi hip hop\n- chill, rainy mood\n- no vocals", {"tool": NEW, "inst": True}),
    (
        WL,
        None,
        "Neues Lied bitte:\n- Jazz\n- Saxophon\n- entspannt, zum Abendessen",
        {"tool": NEW, "lyrics_lacks": ["Saxophon"]},
    ),
    (WL, None, "曲を作って：\n・ジャズ\n・ピアノ\n・落ち着いた感じ", {"tool": NEW, "lyrics_lacks": ["ピアノ"]}),
    (WL, None, "帮我写首歌：\n- 摇滚\n- 电吉他\n- 关于青春", {"tool": NEW, "lyrics_lacks": ["电吉他"]}),
    (
        WL,
        None,
        "Hazme una canción:\n• reggaetón\n• para bailar\n• sobre el verano",
        {"tool": NEW, "lyrics_lacks": ["reggaetón"]},
    ),
    (WL, L, "Please:\n- convert it to flac\n- keep everything else as it is", fmt_is("flac")),
    # --- (3) lists that are lyrics, a digit in them
    (
        LD,
        None,
        "Make a 1 min kids song with these lyrics:\n- 1, 2, 3, 4, clap your hands some more\n"
        "- 5, 6, 7, 8, stomp your feet and don't be late",
        sung(
            "clap your hands some more",
            "stomp your feet and don't be late",
            lyrics_lacks=ONE_LINE,
            duration=60,
        ),
    ),
    (
        LD,
        None,
        "Lyrics:\n1. I walked 500 miles to see your face\n2. and I'd walk 500 more\nmake it 2 min, country",
        sung("I walked 500 miles to see your face", "and I'd walk 500 more", lyrics_lacks=ONE_LINE, duration=120),
    ),
    (
        LD,
        None,
        "Сделай песню с таким текстом:\n- Сколько лет прошло?\n- Наверно, 10 или 12\n- И ты всё помнишь?\n- Помню всё",
        sung("Сколько лет прошло?", "Наверно, 10 или 12", lyrics_lacks=ONE_LINE),
    ),
    (
        LD,
        None,
        "用下面的歌词做一首歌：\n1、24小时都在想你\n2、365天不会改变\n3、我爱你到永远",
        sung("24小时都在想你", "365天不会改变", lyrics_lacks=ONE_LINE),
    ),
    (
        LD,
        None,
        "この歌詞で曲にして：\n・午前0時の改札で\n・君を2時間待ってた\n・それでも会いたくて",
        sung("午前0時の改札で", "君を2時間待ってた", lyrics_lacks=ONE_LINE),
    ),
    (
        LD,
        None,
        "Haz una canción con esta letra:\n- 7 días sin verte\n- 7 noches sin dormir\n- y un corazón que no sabe mentir",
        sung("7 días sin verte", "7 noches sin dormir", lyrics_lacks=ONE_LINE),
    ),
    (TP, None, "Make two songs:\n1. a 2 min jazz piece\n2. a 3 min rock song", ASK),
    (TP, None, "Two versions please:\n- one of 30 s\n- one of 60 s", ASK),
    # --- (4) settings with a tempo or a key
    (SK, None, "Make a lofi beat\nTempo: 90\nKey: A minor\nLength: 2 min", nws(120)),
    (SK, None, "chill house\nBPM: 122\nLength: 1 min", nws(60)),
    (SK, None, "Techno-Track bitte\nTempo: 128\nDauer: 3 Minuten\nStil: Techno", nws(180)),
    (SK, L, "Format: wav\nLoudness: -14 LUFS", fmt_is("wav", loudness_lufs=-14)),
    # --- (5) a quoted earlier message under an opener ending in a colon
    (QO, L, "You asked me earlier:\n> Want me to extend the end by 30 s?\nNo thanks, it's fine as it is.", ASK),
    (QO, L, "Tu m'as demandé :\n> Je rallonge la fin de 30 secondes ?\nnon merci, c'est très bien comme ça", ASK),
    (QO, L, "Du hast geschrieben:\n> Soll ich das Intro um 10 Sekunden verlängern?\nnein danke, passt so", ASK),
    (QO, L, "你之前问：\n> 要不要把结尾延长30秒？\n不用了，就这样吧", ASK),
    (
        QO,
        L,
        "Antes me dijiste:\n> Puedo alargar el final 20 segundos\nvale, pero mejor solo 10",
        ext(0, 10, ask_ok=True),
    ),
    (QO, L, "My client wrote:\n> can you make the intro 10 seconds longer?\nplease do that", ext(10, 0)),
    (
        QO,
        L,
        "Notes from the director:\n> the bridge at 1:20-1:35 is off key, redo it\n\n2 versions please",
        inp(80, 95, takes=2),
    ),
    (QO, L, "You suggested:\n> I could extend the end by 30 s\nno, trim the first 3 s instead", trim(start=3)),
    (QO, L, "你刚才说：\n> 我可以把前奏延长10秒\n好的，就这么做", ext(10, 0)),
    (QO, L, "Earlier you said:\n> I'll regenerate 1:10–1:25\nyes go ahead", inp(70, 85)),
    # --- (6) a quoted order under an opener ending in a lyrics word
    (QW, L, "I love the lyrics\n> Want me to extend the end by 20 s?\nyes please", ext(0, 20)),
    (QW, L, "Replying to your text\n> Shall I trim the first 5 s?\nyes", trim(start=5)),
    (
        QW,
        L,
        "Die Strophen sind super, nur zum Text\n> Soll ich die letzten 10 Sekunden ausblenden?\nnein, lass es so",
        ASK,
    ),
    (QW, L, "Sobre la letra\n> ¿Le pongo un fundido de 5 segundos al final?\nno, déjala así", ASK),
    # --- (7) quoted lyrics with a cue and a digit, a reply with no cue
    (
        QD,
        None,
        "> Cut me loose, I've waited 24 hours\n> fading like a shadow on the wall\n\nsynthwave, 2 min, these are the lyrics",
        sung("Cut me loose, I've waited 24 hours", "fading like a shadow on the wall", duration=120),
    ),
    (
        QD,
        None,
        "> Corta la noche, son las 3 y no estás\n> apago la luz y sigo aquí\n\nbalada, 2 minutos, esa es la letra",
        sung("Corta la noche, son las 3 y no estás", "apago la luz y sigo aquí", duration=120),
    ),
    (
        QD,
        None,
        "> I'll loop this song 100 times tonight\n> and fade into the blue\n\nthat's my chorus, dreamy pop, 3 min",
        sung("I'll loop this song 100 times tonight", "and fade into the blue", duration=180),
    ),
    (
        QD,
        None,
        "> 把回忆剪成3段\n> 一段给昨天\n\n这是我写的歌词，民谣，2分钟",
        sung("把回忆剪成3段", "一段给昨天", duration=120),
    ),
    # --- (8) a quoted offer confirmed with another value
    (QY, L, "> Want me to extend it by 30 s at the end?\nyes but only 15", ext(0, 15, ask_ok=True)),
    (QY, L, "> ¿Alargo el final 30 segundos?\nsí, pero solo 15 segundos", ext(0, 15, ask_ok=True)),
    (
        QY,
        L,
        "Answering your last message about the intro\n> I can add a 10 s intro or a 20 s intro\n20 s one pls",
        ext(20, 0, ask_ok=True),
    ),
    (QY, L, "> Soll ich am Ende 30 Sekunden dranhängen?\nja, aber nur 20", ext(0, 20, ask_ok=True)),
    # --- (9) a hashtag line moved onto the last line, a lyric line
    (
        HM,
        None,
        "#lofi #chill\nMake a 2 min song with these lyrics:\nrain on the window\ncoffee in my hand",
        sung("rain on the window", "coffee in my hand", lyrics_lacks=["lofi"], duration=120),
    ),
    (
        HM,
        None,
        "#ballad #piano\nSong for my mom, 2 min. Lyrics:\nYou held my hand\nwhen I was small",
        sung("You held my hand", "when I was small", lyrics_lacks=["ballad"], duration=120),
    ),
    (
        HM,
        None,
        "#발라드 #감성\n2분짜리 노래 만들어줘. 가사:\n비가 오는 밤에\n너를 생각해",
        sung("비가 오는 밤에", "너를 생각해", lyrics_lacks=["발라드"], duration=120),
    ),
    (
        HM,
        None,
        "#シティポップ #夏\n3分の曲作って、歌詞は\n夜の海に溶けて\n君の声がする",
        sung("夜の海に溶けて", "君の声がする", lyrics_lacks=["シティポップ"], duration=180),
    ),
    (
        HM,
        None,
        "#reggaeton #verano\nHazme una canción de 2 min con esta letra:\nbailando en la playa\ntú y yo hasta el sol",
        sung("bailando en la playa", "tú y yo hasta el sol", lyrics_lacks=["reggaeton"], duration=120),
    ),
    (
        HM,
        None,
        "#kpop #ballad\n[Verse]\n창밖엔 비가 내려\n너의 목소리가 들려",
        sung("창밖엔 비가 내려", "너의 목소리가 들려", lyrics_lacks=["kpop"]),
    ),
    (
        HM,
        None,
        "Make a 2 min song, lyrics below\n#indie #folk\nwalking home alone\nthe streetlights flicker",
        sung("walking home alone", "the streetlights flicker", lyrics_lacks=["folk"], duration=120),
    ),
    # --- (10) hashtags after lyrics; controls
    (
        HE,
        None,
        "Make a 2 min song with these lyrics:\nrain on the window\ncoffee in my hand\n#lofi #chill",
        sung("rain on the window", "coffee in my hand", lyrics_lacks=["lofi"], duration=120),
    ),
    (
        HE,
        None,
        "Lyrics:\nrain on the window\ncoffee in my hand\n\n#lofi #chill",
        sung("rain on the window", "coffee in my hand", lyrics_lacks=["lofi"]),
    ),
    (HE, None, "#wedding #acoustic\nMake a 3 min song for our first dance", nws(180)),
    (HE, L, "#fix\nregenerate 1:10-1:25 please", inp(70, 85)),
    # --- (11) struck values
    (SC, None, "~~3분~~ 2분짜리 발라드 만들어줘", nws(120)),
    (SC, None, "做一首~~3分钟~~ 2分钟的钢琴曲", nws(120)),
    (SC, None, "~~3分~~ 2分のローファイをお願い", nws(120)),
    (SC, L, "结尾~~延长10秒~~ 淡出5秒就好", fade(5)),
    (SC, None, "make it ~~3 min~~2 min, lofi", nws(120)),
    (SC, None, "~~90秒~~ 60秒のジングルを作って", nws(60)),
    (SS, L, "~~0:30-0:45~~ 1:10-1:25 부분 다시 만들어줘", inp(70, 85)),
    (SS, None, "сделай ~~3 минуты~~ 2 минуты, эмбиент", nws(120)),
    # --- (12) timeline offsets in editors the list lacks
    (
        TE,
        180.0,
        "In iMovie the song starts at 00:00:10:00, and the glitch is at 00:00:52:00 to 00:01:04:00. Fix just that part",
        tl(42, 54),
    ),
    (
        TE,
        180.0,
        "En Filmora la canción empieza en 00:00:10:00 y el fallo está entre 00:00:52:00 y 00:01:04:00, arréglalo",
        tl(42, 54),
    ),
    (
        TE,
        180.0,
        "剪映里这首歌是从00:00:10:00开始的，00:00:52:00到00:01:04:00那段有杂音，重做一下",
        tl(42, 54),
    ),
    (
        TE,
        180.0,
        "In Kdenlive the music begins at 00:00:20:00; between 00:01:30:00 and 00:01:40:00 there's a click, redo that bit",
        tl(70, 80),
    ),
    (
        TE,
        180.0,
        "В монтаже песня начинается с 00:00:10:00, а щелчок на 00:00:52:00–00:01:04:00, переделай этот кусок",
        tl(42, 54),
    ),
    (
        TE,
        180.0,
        "Im Schnitt liegt der Song ab 00:00:10:00, der Knackser ist bei 00:00:52:00 bis 00:01:04:00 – bitte neu machen",
        tl(42, 54),
    ),
    (
        TE,
        180.0,
        "In my sequence the song starts at 00:00:05:00; regenerate 00:00:40:00-00:00:50:00",
        tl(35, 45),
    ),
    (
        TB,
        180.0,
        "Timeline starts at 01:00:00:00 as usual and the song sits at its very start; the music from 01:00:52:00 to "
        "01:01:04:00 is distorted, redo it",
        tl(52, 64),
    ),
    (
        TB,
        180.0,
        "the song starts right at the top of the sequence (01:00:00:00, broadcast TC); the music from 01:00:52:00 to "
        "01:01:04:00 is distorted, redo it",
        tl(52, 64),
    ),
    (
        TB,
        180.0,
        "For the premiere of my short film next week: regenerate 00:01:10:00 to 00:01:20:00 of this track, it clicks",
        inp(70, 80),
    ),
    (
        TB,
        180.0,
        "My audition is tomorrow! Please regenerate 00:00:40:00 to 00:00:50:00, the piano is out of tune there",
        inp(40, 50),
    ),
    (
        TB,
        180.0,
        "On my timeline the song starts at 00:00:00:00; redo 00:00:40:00 to 00:00:50:00",
        inp(40, 50),
    ),
    # --- (13) the whole a video reaches, said after a sided amount
    (RW, 90.0, "extend the end by 15 seconds, the video is 1:45", ext(0, 15)),
    (RW, 90.0, "alarga el final 15 segundos, el vídeo dura 1:45", ext(0, 15)),
    (RW, 120.0, "Verlängere das Ende um 20 Sekunden, das Video ist 2:20 lang", ext(0, 20)),
    (RW, 90.0, "rallonge le début de 15 s, la vidéo fait 1:45", ext(15, 0)),
    (RW, 100.0, "加一个10秒的前奏和5秒的结尾，视频是1分55秒", ext(10, 5)),
    (RW, 90.0, "終わりを15秒のばして。動画は1分45秒", ext(0, 15)),
    (RW, 90.0, "끝에 15초 늘려줘, 영상이 1분 45초야", ext(0, 15)),
    (RW, 90.0, "wydłuż koniec o 15 sekund, film ma 1:45", ext(0, 15)),
    (RW, 90.0, "sonunu 15 saniye uzat, video 1:45", ext(0, 15)),
    (RW, 90.0, "estica o final em 15 segundos, o vídeo tem 1:45", ext(0, 15)),
    (RW, 90.0, "allunga la fine di 15 secondi, il video dura 1:45", ext(0, 15)),
    (RW, 120.0, "add 10 s at the start and 20 s at the end, the reel is 2:30", ext(10, 20)),
    (
        RC,
        90.0,
        "Add 15 seconds at the start. At the end, after the last chorus: 1:45 of rain ambience",
        ext(15, 105, ask_ok=True),
    ),
    (
        RC,
        60.0,
        "add 30 s at the start; then, when the song is over, 1:30 of the same groove for the credits",
        ext(30, 90, ask_ok=True),
    ),
    (RB, 90.0, "My video is 1:45 — add 15 s at the end", ext(0, 15, ask_ok=True)),
    (RB, 90.0, "extend the end by 15 s, the video is 2:00", ext(0, 15, ask_ok=True)),
    (RB, 90.0, "prodluž to na konci o 15 sekund, video má 2:30", ext(0, 15, ask_ok=True)),
    # --- (14) numbers that name or count other things
    (AU, None, "Mach einen 2-Minuten-Jingle für meinen Podcast mit 800 Zuhörern", nws(120)),
    (AU, None, "Make a 30 s intro for my channel, 2000 viewers already!", nws(30)),
    (AU, None, "Gör ett intro på 20 sekunder till min podd, vi har 5000 lyssnare", nws(20)),
    (AU, None, "Background music for scene 3, 45 seconds, tense", nws(45)),
    (AU, None, "Musik für Staffel 2, Folge 5: ein Intro von 15 Sekunden", nws(15)),
    (AU, None, "Sahne 3 için 40 saniyelik gergin bir müzik yap", nws(40)),
    (AU, None, "第3场戏的配乐，30秒，紧张一点", nws(30)),
    (AU, None, "씬 7에 들어갈 30초짜리 잔잔한 음악", nws(30)),
    (AU, None, "Soundtrack for my Unreal 5 game menu, 1 minute, calm", nws(60)),
    (AU, None, "Make a 60 s track for my 1080p 60 fps gaming montage", nws(60)),
    (AU, None, "Intro para la temporada 3 de mi podcast, 20 segundos", nws(20)),
    (AU, None, "Muzyka do sceny 4, 30 sekund, spokojna", nws(30)),
    (AU, None, "A 2 min track for episode 12 of season 3, 20k subscribers watch it", nws(120)),
    (AU, None, "Make a 30 s jingle for build 42 of our app", nws(30)),
    (AU, L, "export as wav, 48 kHz 24 bit please", fmt_is("wav")),
    (AU, None, "Trilha de 30 segundos pra cena 6 do meu curta", nws(30)),
    (AU, None, "Сделай 40 секунд музыки для 2 сезона моего сериала", nws(40)),
    # --- (15) shorter or longer than the last
    (SL, None, "Same thing again but 30 seconds more please", shorter_or_longer(30)),
    (SL, None, "Nochmal dasselbe, aber 30 Sekunden mehr bitte", shorter_or_longer(30)),
    (SL, None, "Pareil mais 30 secondes de plus stp", shorter_or_longer(30)),
    (SL, None, "跟刚才那首一样，再长30秒", shorter_or_longer(30)),
    (SL, None, "同样的风格，稍微短10秒", shorter_or_longer(10)),
    (SL, None, "Lo mismo pero 20 segundos menos por fa", shorter_or_longer(20)),
    # --- (16) price questions with 'are'
    (PR, None, "Are 2 minute songs free?", ASK),
    (PR, None, "Are longer songs more expensive? Like a 3 minute one", ASK),
    (PR, None, "Are 30 second jingles free to generate?", ASK),
    # --- (17) 'instead of'
    (NN, L, "Instead of a new song, just add 30 s to the end", ext(0, 30)),
    (NN, L, "Extend this one instead of making a new song: 20 s at the start", ext(20, 0)),
    (NN, L, "En lugar de una canción nueva, alarga el final 30 segundos", ext(0, 30)),
    (NN, L, "I'd really like it longer, not a new song — 30 s more at the end", ext(0, 30)),
]

if __name__ == "__main__":
    main(PROBES, __file__)
