"""Red-team probe (redteam77) of 276f1e5, aimed at the rules it added. Above all router/chat.py (plain(), read before
anything else): _FENCE, _STRUCK ('~~…~~' taken back), _STRONG / _CODE, _HASHTAG and _tags_line (a line of hashtags
carried onto the next line), _PLUS_A_LENGTH ('+20 sec' read 'add 20 sec'), _ITEM / _items (a list of two items or more
joined onto one line with '; ', the first item onto the line above it), _SETTING_LINE / _settings (two 'key: value'
lines in a row whose key is no sung_section_name made list items), and _quoted (quoted lines: kept as words after a
colon or a lyrics word _OPENS_A_QUOTE knows, else an earlier message, DROPPED where the reply has a digit or the quote
holds a cue, else merged with the reply); _UNSURE_FACE (🤔 read '?'). In router/__init__.py: _ONLY_TIMES_ASKED,
_A_PAUSE_BEFORE, _NOT_A_NEW_ONE ("I'd / would / I / we like", 'instead of', 'rather than', a dash ends the reach),
_SHORTER_LONGER's 'N … more / less' and '短/长 N', _format_taken_back's _RIGHT_BEFORE small words and clause end. In
router/read.py: _WAIT_AT (strong markers: any number word after them), _WAIT_VERBS / _VALUE_RIGHT_AFTER (a pause), Dutch
'wacht,'. In router/account.py: the new _COST_QUESTION, _HOW_IT_GOES, _HOW_MUCH, _EARLIER_TURN and _AN_EARLIER_PIECE
words. In router/cues.py: _CLITIC_AFTER (a verb joined to a pronoun by a hyphen is the verb).

FIGURES. First run on 276f1e5 (labels committed before it, 74cf307): 122 probes; OK 37, ASKED 46, SILENT WRONG 39,
ERROR 0. Versus --old a685093c (/tmp/a685093c/src, the router before 276f1e5): OK 70, ASKED 23, SILENT WRONG 29, ERROR 0.
Of the 39 silent plans 22 are new (20 right on a685093c, 2 asked there; 21 paid) and 17 pre-existing; 28 probes right
on a685093c are asked needlessly now, 16 are asked on both, 2 silent there are asked now. Fixed by 276f1e5 (15): the
marks of '> ' lyrics after 'these lyrics:', '1:30 → 1:50 🤔' and 'Are 3 minute songs free 🤔' asked, 'Convert it into
wav, no wait, into mp3', 'Preis für einen 3-Minuten-Song?', 'How long to render a 3 minute track?', '¿Cuánto demora
una canción de 2 minutos?', '不是，我说的是尾奏，加10秒', 'Hazme otra como la de anteayer', 'attends 2 secondes puis' (a 10 s
intro, not 2 s); and, asked there, '> extend it by 30 s …' then 'actually no, just trim the first 2 s', 'pásamelo en
~~wav~~ **mp3**', '+15 sec at the start pls', 'loudness: ~~-16~~ -14 LUFS\nformat: wav', 'coupe-les'. Held: 'F# minor',
'a #1 hit', markdown around times and '-14', 'mp3 + 3 sec fade out', '2 min + 30 sec', 'Rather than a new song',
'Not a new song - …', 'más o menos', 'more or less', '30 segundos más corto'. The old build's OK on '#sad #piano\nI
lost you …' is generous: it sang '#sad #piano' as a line, which the label's lacks ('sad, piano') does not catch.

Silent wrong plans (39; 22 new), by cause:
- chat._settings with _items (9 new, paid: lyrics sung as one line of '; ' items, or lost to the tags): two 'key:
  value' lines in a row whose key is no sung_section_name are made a list, though they are lyrics: duet parts ('Him:'
  / 'Her:' / 'Both:', '男：' / '女：' / '合：', 'Él:' / 'Ella:', '남:' / '여:', the Korean lost to the tags), 'Mama said:' /
  'Daddy said:', and sections _SUNG_SECTION lacks ('Intro:' / 'Reff:', 'Brug:' / 'Outro:', '桥段：' / '尾声：', the Chinese
  lost to the tags; the Dutch 'Brug' item glued onto the 'Couplet' line): "Write a duet with these lyrics:\nHim: I've
  been waiting here all night\nHer: …", '做一首男女对唱的情歌，歌词：\n男：你说过会等我回来\n女：…', 'Make a 2 min country song
  with these lyrics:\nMama said: boy, don't you cry\nDaddy said: …', 'Bikin lagu pop 3 menit pakai lirik ini:\nIntro:
  na na na na\nReff: …', '歌词如下：\n主歌：…\n桥段：…\n尾声：…'. And settings lines right under the lyrics glued onto the
  last lyric line, the length sung, none planned: 'Songtext:\nDie Nacht ist jung\nund wir sind frei\nGenre:
  Schlager\nLänge: 3 Minuten' (lyrics 'und wir sind frei Genre: Schlager; Länge: 3 Minuten', no duration).
- chat._quoted (6 new; 4 paid with the lyrics lost, 1 paid with the length lost, 1 free): quoted lyrics after words
  _OPENS_A_QUOTE lacks ('a song out of this', '詩', '诗') dropped as an earlier message because the reply has a digit,
  even one inside 'mp3', or the quote holds a cue ('cambia'): 'Can you make a song out of this\n> I left my heart in
  Tennessee\n> …\n\nsend it as an mp3 please', 'この詩で曲を作ってください\n> 夜空に光る星を数えて\n> …\n3分くらいのバラードで',
  '帮我把这首诗写成歌\n> 月光洒在窗台上\n> …\n2分钟左右，民谣风', '> Todo cambia, nada queda igual\n> …\n\nhazme una balada
  con esto porfa' (asked on a685093c). '>' typed as a bullet or as 'more than' dropped the same way: '> cut the first
  5 seconds\n> fade out 3 s\nthen export as mp3' (only the mp3; free), 'Background music for my vlog\n> 3 min\nno
  vocals, 2 takes pls' (no duration, paid twice).
- chat._items (3 new, paid): a list that is lyrics joined into one line: 'Make a song with these lines:\n- I wake up
  late again\n- …' ('I wake up late again; the coffee's cold, …'), Russian dialogue dashes 'Сделай песню на 2 минуты с
  таким текстом:\n- Ты меня любишь?\n- …', and numbered sections 'Idea de canción:\n1. Estrofa: …\n2. Coro: …\nduración
  2 minutos' (lyrics lost to the tags; asked on a685093c).
- chat._STRUCK (3 new, paid): '~~' is how Chinese and Korean chat draws a word out, not a strike; what stands between
  two of them is taken back: '帮我做首生日歌~~1分钟就好~~谢谢' and '생일 축하 노래 만들어줘~~1분이면 돼~~ 고마워' (the 60 s lost, the default
  length paid), '做一首2分钟的儿歌，歌词：\n小兔子~~跳呀跳~~\n小猫咪~~喵喵喵~~' (lyrics '小兔子\n小猫咪').
- __init__._NOT_A_NEW_ONE's 'instead of' (1 new, paid: 30 s outpainted, the new 180 s piece lost): 'Instead of this
  one I want a brand new song, make it 3 minutes' (the refusal reaches over 'this one I want a' to the new piece it
  wants). Pre-existing (3): 'Id like' (no apostrophe), "I'd really like", and a hyphen, not a dash: 'Id like a brand
  new song, make it 3 minutes', "I'd really like a brand new song now, make it 3 minutes", 'Nothing like the last one
  - a brand new song, make it 3 minutes'.
- chat._quoted, pre-existing (6, paid): quoted lyrics after words _OPENS_A_QUOTE lacks with a reply holding a length
  (sung with the '> ' marks and the reply line on a685093c, the length lost; dropped now): 'Hazme una canción con
  esto\n> Camino solo …', 'Tu peux mettre ça en musique ?\n> Sous la pluie …', 'Phổ nhạc bài thơ này giúp mình nhé\n>
  …', 'इस कविता पर एक गाना बनाओ\n> …', and '> Neon lights on an empty street\n> …\n\nturn this into a 2 min synthwave
  song' (lost on both). And _OPENS_A_QUOTE's lyrics words anywhere before the quote make a quoted offer the reply
  declines an order (30 s outpainted on both): 'The lyrics are perfect btw\n> Want me to extend it by 30 s at the
  end?\nnah, leave it as it is', 'Me encanta la letra. Sobre lo que preguntaste\n> ¿Alargo el final 30 segundos?\nno
  hace falta, así está bien'.
- list marks _ITEM lacks (2 pre-existing, paid: the list sung, the length lost): Chinese '1、' and full-width '１．':
  '帮我做一首歌\n1、风格：city pop\n2、时长：2分钟\n3、纯音乐，不要人声', '曲を作ってください\n１．ジャンル：ロック\n２．長さ：２分\n３．ボーカルなし'.
  And 'ボーカル：なし' is no 'no vocals' (1 pre-existing, sung, not [inst]): '新しい曲おねがい\nジャンル：シティポップ\n長さ：2分\nボーカル：なし'.
- __init__._format_taken_back (2 pre-existing, free but mp3, not wav): 'als' in _RIGHT_BEFORE after 'besser', and a
  bare 'yani' before a format refused after it: 'Exportier es als WAV, das klingt besser als MP3', 'wav olarak ver,
  yani mp3 değil'.
- read._TAKEN_BACK (1 pre-existing, paid: a 20 s intro and a 10 s outro): Dutch 'wacht even,' is no marker: 'Voeg een
  intro van 20 seconden toe, wacht even, 10 seconden is genoeg'. And a one-line 'refrein:' put in the tags, not sung
  (1 pre-existing; the new 'wacht,' did not take the 3 minutes back): 'Maak een nummer van 3 minuten, refrein: ik
  wacht, ik wacht op jou'.

Needless questions (46; 28 new, 16 on both, 2 silent on a685093c), by cause:
- chat._quoted dropping a quote that tells of a window, the reply holding a digit of another sense ('2 versions', '2
  opciones', '2 Varianten', '100%', '2パターン') or confirming a quoted offer with a bare 'yes' (9 new): '> the guitar solo
  from 1:20 to 1:40 is too loud\n\nyes redo it, 2 versions please', '> the vocals from 0:40 to 0:55 sound
  robotic\n\nagree 100%, redo them', '> Want me to regenerate 1:10–1:25?\n\nyes please', '> ¿Quieres que le ponga un
  fundido de 5 segundos al final?\n\nsí, porfa', '> export mp3\n> fade out 3 s\nthanks!', 'Сделай песню на мой стих\n>
  …' ('мой стих' names words, none left). On both: '> les 10 dernières secondes …\n\noui refais-les, en 2 versions
  stp', 'Re your question:\n> Should I add a 30 s outro?\nNo thanks, …', 'Du hattest gefragt:\n> Soll ich …', '> Neon
  lights …\n\nmake a song with these lyrics pls, 80s synthpop', '> people change …\n\nmake this into a sad piano
  song' (which track?), 'Bu şiiri şarkıya çevirir misin\n> …' ('çevirir' read as convert). Silent there: 'Fammi una
  canzone con queste parole\n> …' ('parole' is no opener; 'queste parole' names words, none left).
- chat._settings / _items (2 new): 'この歌詞で曲にして\nAメロ：…\nCメロ：…\n大サビ：…' (which track, for 'サビ'), 'この歌詞でお願い\n・…'
  (a '・' list of lyrics: 'この歌詞' names words, none left). On both: "Lyrics:\nI'm walking on the shore\n…\n- acoustic
  guitar\n- 2 min", '1️⃣ export as mp3\n2️⃣ …' (keycaps: '2' unused), 'Şunları yap:\n1- …'. Silent there: '①ジャンル…'.
- chat._items and a '- ' bullet before a LUFS value (1 new): the minus taken as the bullet, '14 LUFS' unread: 'export
  for YouTube:\n- wav\n- 14 LUFS integrated'.
- chat._tags_line (2 new): a hashtag line glued onto the first lyric line or a '[Verse]' marker: '#sad #piano\nI lost
  you in December\n…' (which track?), '#kpop #ballad\n\n[Verse]\n창밖엔 비가 내려\n…'. On both: markdown headings '## Verse
  1' over lyrics.
- __init__._SHORTER_LONGER (3 new): '长2' in '时长2分钟' (a length, not 'longer by 2'), and 'more' of a mood after a
  length: '一样的风格，时长2分钟', '再来一首一样的，时长3分钟，纯音乐', 'Same thing but 2 min more upbeat'.
- account._COST_QUESTION's new forms (3 new, 2 on both): a statement '무료예요' ('30초짜리 광고 음악 만들어 주세요. 저희 앱은 완전
  무료예요!'), 'is … free?' / 'est … gratuit ?' in a chorus ('chorus: are we finally free?', 'refrain : est-ce que
  l'amour est gratuit ?'). On both: 'es gratis, ¿lo puedes hacer hoy?', a title 'Price of a Dream — …'.
- account._HOW_IT_GOES's new forms in a chorus (1 new, 2 on both): 'chorus: how long to get over you'; on both
  'el estribillo dice: ¿cuánto tarda …?' and a quoted '얼마나 걸릴까' (asked as lyrics or title).
- account._EARLIER_TURN's CJK forms before a whole request (3 new): '不是，我说的是做一首新歌：2分钟的雷鬼，关于海边', '아니, 내 말은 새
  노래 만들어 달라는 거야. 2분짜리 재즈로, …', 'いや、言ったのは新曲のこと。2分のボサノバで、夏の海について'.
- account._AN_EARLIER_PIECE's new words (4 new): a story ('Mach mir einen Song für meine Kollegin, sie hat vorhin ihre
  Kündigung abgegeben 😂', 'Anoche nació mi sobrina, hazle una canción', 'Zrób piosenkę dla Kasi, przedwczoraj urodziła
  synka') and '前天' inside another word ('写一首歌，歌名叫《眼前天地》').
- Others on both: 'make it ~~3~~ 2 minutes, lofi hip hop' (which track? 'make it' read as an edit), 'A minha irmã
  muda-se para Lisboa amanhã, faz-lhe uma canção de despedida de 2 minutos' ('2 min' unused; not the clitic rule).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam77.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, fade, fmt_is, inp, main, nw, nws, sung, trim

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

PIECE = {"tool": NEW}  # a new piece, plainly: a question is a miss
NOT_NEW = {"tool_not": NEW, "ask_ok": True}  # the open track, extended or asked about; never a new piece
NOT_30_NOR_OUT = {"duration_not": 30, "tool_not": OUT, "ask_ok": True}  # shorter: never a 30 s piece, nor an extension
ONE_LINE = ["; "]  # lyrics joined by _items into one line of 'items'


def intro(sec: float) -> dict[str, Any]:
    """An intro of `sec` added before the track (a question is as good)."""
    return {"tool": OUT, "extend_before_duration": sec, "ask_ok": True}


QL = "quoted lyrics, no colon or lyrics word _OPENS_A_QUOTE knows before them, a reply with a digit or a cue: sung"
QG = "control: quoted lyrics after 'these lyrics:': sung, without the marks"
QE = "a quoted message telling of a window, a reply with a digit of another sense ('2 versions', '100%', 'mp3'): it"
QC = "a quoted offer or order after a colon or a lyrics word, or confirmed by a bare 'yes': the reply's meaning"
QB = "'>' typed as a bullet or as 'more than': the orders under it, the length"
KV = "'key: value' lines that are lyrics (duet parts, 'Mama said:', sections the table lacks): sung, line by line"
LL = "a list that is lyrics, or a list or settings right under a lyric line: lines to sing, kept as lines"
NL = "list marks _ITEM lacks ('1、', '①', '1️⃣', '１．', '1- ') and a bullet before a minus ('- 14 LUFS'): the items"
ST = "'~~' as a CJK lengthening, not a strike; single-tilde strikes (Slack, WhatsApp); struck values that must go"
HT = "hashtags: a line of them over lyrics, markdown headings over lyrics; 'F#', '#1' kept"
PL = "'+' as 'and' before a fade's length, or inside a total ('2 min + 30 s'); '+15 sec' that must still add"
MW = "markdown around a time or a value ('**1:10**–**1:25**', '`-14`', a struck LUFS in a settings list): the value"
TQ = "times with a thinking face, and 🤔 read as '?' elsewhere"
NN = "_NOT_A_NEW_ONE: a new piece wished for ('Id like', 'really like', a hyphen, 'instead of this one'); refusals"
SL = (
    "_SHORTER_LONGER's 'N … more / less' in another sense ('más o menos', 'more upbeat'), '时长N分钟'; a real 'shorter'"
)
FT = "_format_taken_back with small words between ('besser als MP3', 'yani mp3 değil'); real corrections; a question"
PR = "_COST_QUESTION's new forms in an order ('무료예요', 'es gratis, ¿lo puedes…?', a chorus 'free?'); a real one"
HL = "_HOW_IT_GOES's new forms in a chorus ('얼마나 걸릴까', 'cuánto tarda', 'how long to get over'); real ones: ASK"
ET = "_EARLIER_TURN's CJK forms before a whole request: the plan; before a part: ASK"
EP = "_AN_EARLIER_PIECE's new words in a story ('vorhin', 'anoche', 'przedwczoraj') or inside a word ('眼前天地')"
WT = "'wait' words: Dutch 'wacht,' in a chorus or a story; 'attends 2 secondes puis'; 'wacht even,' correcting"
CL = "_CLITIC_AFTER: a verb-pronoun hyphen of another sense ('muda-se', 'põe-se'); a real one ('coupe-les')"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) quoted lyrics dropped as an 'earlier message'
    (
        QL,
        None,
        "> Neon lights on an empty street\n> I still hear you when I sleep\n\nturn this into a 2 min synthwave song",
        sung("Neon lights on an empty street", "I still hear you when I sleep", duration=120),
    ),
    (
        QL,
        None,
        "> Neon lights on an empty street\n> I still hear you when I sleep\n\nmake a song with these lyrics pls, 80s synthpop",
        sung("Neon lights on an empty street", "I still hear you when I sleep"),
    ),
    (
        QL,
        None,
        "Can you make a song out of this\n> I left my heart in Tennessee\n> under a sky so blue\n\nsend it as an mp3 please",
        sung("I left my heart in Tennessee", "under a sky so blue"),
    ),
    (
        QL,
        None,
        "> people change and so did we\n> I watched the colors fade away\n\nmake this into a sad piano song",
        sung("people change and so did we", "I watched the colors fade away"),
    ),
    (
        QL,
        None,
        "> Todo cambia, nada queda igual\n> y yo sigo aquí esperándote\n\nhazme una balada con esto porfa",
        sung("Todo cambia, nada queda igual", "y yo sigo aquí esperándote"),
    ),
    (
        QL,
        None,
        "Hazme una canción con esto\n> Camino solo por la ciudad\n> buscando tu mirada en cada esquina\nbalada romántica, unos 3 minutos",
        sung("Camino solo por la ciudad", "buscando tu mirada en cada esquina", duration=180),
    ),
    (
        QL,
        None,
        "Tu peux mettre ça en musique ?\n> Sous la pluie de novembre\n> j'attends encore ton retour\nchanson française, 2 min",
        sung("Sous la pluie de novembre", "j'attends encore ton retour", duration=120),
    ),
    (
        QL,
        None,
        "Fammi una canzone con queste parole\n> Cammino da solo sotto la luna\n> e penso ancora a te\npop, 2 minuti",
        sung("Cammino da solo sotto la luna", "e penso ancora a te", duration=120),
    ),
    (
        QL,
        None,
        "この詩で曲を作ってください\n> 夜空に光る星を数えて\n> 君のことを想ってた\n3分くらいのバラードで",
        sung("夜空に光る星を数えて", "君のことを想ってた", duration=180),
    ),
    (
        QL,
        None,
        "帮我把这首诗写成歌\n> 月光洒在窗台上\n> 我想起你的模样\n2分钟左右，民谣风",
        sung("月光洒在窗台上", "我想起你的模样", duration=120),
    ),
    (
        QL,
        None,
        "Сделай песню на мой стих\n> Я иду по ночной Москве\n> и не знаю, где ты сейчас\nминуты на 2, рок",
        sung("Я иду по ночной Москве", "и не знаю, где ты сейчас"),
    ),
    (
        QL,
        None,
        "Bu şiiri şarkıya çevirir misin\n> Gece oldu yine\n> aklımda hep sen varsın\n2 dakikalık akustik bir şey",
        sung("Gece oldu yine", "aklımda hep sen varsın", duration=120),
    ),
    (
        QL,
        None,
        "Phổ nhạc bài thơ này giúp mình nhé\n> Chiều nay mưa rơi trên phố\n> anh vẫn nhớ em\ndài khoảng 2 phút",
        sung("Chiều nay mưa rơi trên phố", "anh vẫn nhớ em", duration=120),
    ),
    (
        QL,
        None,
        "इस कविता पर एक गाना बनाओ\n> चाँद छुपा बादल में\n> तेरी याद आई\n2 मिनट का",
        sung("चाँद छुपा बादल में", "तेरी याद आई", duration=120),
    ),
    (
        QG,
        None,
        "Make a 2 min song with these lyrics:\n> Neon lights on an empty street\n> I still hear you when I sleep\nthanks!",
        sung("Neon lights on an empty street", "I still hear you when I sleep", lyrics_lacks=[">"], duration=120),
    ),
    # --- (2) a quoted window, then a reply with a digit of another sense
    (
        QE,
        L,
        "> the guitar solo from 1:20 to 1:40 is too loud\n\nyes redo it, 2 versions please",
        inp(80, 100, takes=2),
    ),
    (
        QE,
        L,
        "> el solo de 1:30 a 1:45 no me convence\n\nsí, regenéralo con un rollo más ochentero, 2 opciones",
        inp(90, 105, takes=2),
    ),
    (
        QE,
        L,
        "> Der Teil von 0:40 bis 0:55 klingt schief\n\nja genau, den bitte neu machen, 2 Varianten",
        inp(40, 55, takes=2),
    ),
    (QE, L, "> the vocals from 0:40 to 0:55 sound robotic\n\nagree 100%, redo them", inp(40, 55)),
    (
        QE,
        L,
        "> les 10 dernières secondes sonnent bizarre\n\noui refais-les, en 2 versions stp",
        inp(140, 150, takes=2),
    ),
    (
        QE,
        L,
        "> the last 12 seconds sound off\n\nyes redo them, then export as mp3",
        inp(138, 150, ask_ok=True),
    ),
    (QE, L, "> 1:10〜1:25のギターが変\n\nそこ作り直して、2パターンで", inp(70, 85, takes=2)),
    # --- (3) a quoted offer or order, and the reply
    (
        QC,
        L,
        "Re your question:\n> Should I add a 30 s outro?\nNo thanks, just fade out the last 5 s",
        fade(5),
    ),
    (
        QC,
        L,
        "The lyrics are perfect btw\n> Want me to extend it by 30 s at the end?\nnah, leave it as it is",
        ASK,
    ),
    (
        QC,
        L,
        "Me encanta la letra. Sobre lo que preguntaste\n> ¿Alargo el final 30 segundos?\nno hace falta, así está bien",
        ASK,
    ),
    (
        QC,
        L,
        "Du hattest gefragt:\n> Soll ich das Intro um 10 Sekunden verlängern?\nNein, lieber am Ende 10 Sekunden",
        ext(0, 10),
    ),
    (QC, L, "> extend it by 30 s at the end\n\nactually no, just trim the first 2 s", trim(start=2)),
    (QC, L, "> Want me to regenerate 1:10–1:25?\n\nyes please", inp(70, 85)),
    (QC, L, "> ¿Quieres que le ponga un fundido de 5 segundos al final?\n\nsí, porfa", fade(5)),
    # --- (4) '>' as a bullet or as 'more than'
    (
        QB,
        L,
        "> cut the first 5 seconds\n> fade out 3 s\nthen export as mp3",
        {"tool": FREE, "trim_start_s": 5, "fade_out_s": 3, "output_format": "mp3"},
    ),
    (QB, L, "> export mp3\n> fade out 3 s\nthanks!", fmt_is("mp3", fade_out_s=3)),
    (
        QB,
        None,
        "Background music for my vlog\n> 3 min\nno vocals, 2 takes pls",
        {"tool": NEW, "duration": 180, "takes": 2, "inst": True, "ask_ok": True},
    ),
    # --- (5) 'key: value' lines that are lyrics
    (
        KV,
        None,
        "Write a duet with these lyrics:\nHim: I've been waiting here all night\nHer: I was running through the rain\n"
        "Both: now we're home again",
        sung("I've been waiting here all night", "I was running through the rain", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "做一首男女对唱的情歌，歌词：\n男：你说过会等我回来\n女：我一直在这里等待\n合：我们再也不分开",
        sung("你说过会等我回来", "我一直在这里等待", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "Haz un dueto con esta letra:\nÉl: te busqué por toda la ciudad\nElla: yo te esperaba junto al mar\n"
        "Los dos: y ahora estamos juntos",
        sung("te busqué por toda la ciudad", "yo te esperaba junto al mar", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "남녀 듀엣곡 만들어줘. 가사는\n남: 너를 처음 본 그날\n여: 나도 너를 기억해\n함께: 우리 다시 시작해",
        sung("너를 처음 본 그날", "나도 너를 기억해", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "Make a 2 min country song with these lyrics:\nMama said: boy, don't you cry\nDaddy said: stand up and try\n"
        "And I said: I'll be fine",
        sung("boy, don't you cry", "stand up and try", lyrics_lacks=ONE_LINE, duration=120),
    ),
    (
        KV,
        None,
        "Bikin lagu pop 3 menit pakai lirik ini:\nIntro: na na na na\nReff: aku rindu kamu setiap hari\n"
        "Bait: malam ini terasa sepi",
        sung("na na na na", "aku rindu kamu setiap hari", lyrics_lacks=ONE_LINE, duration=180),
    ),
    (
        KV,
        None,
        "この歌詞で曲にして\nAメロ：駅のホームで君を待つ\nCメロ：涙のあとに虹がかかる\n大サビ：君がいたから歩いてこれた",
        sung("涙のあとに虹がかかる", "君がいたから歩いてこれた", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "Maak een nummer met deze tekst:\nCouplet: de trein vertrekt om acht\nBrug: ik heb zo lang gewacht\n"
        "Outro: welterusten, lieve nacht",
        sung("ik heb zo lang gewacht", "welterusten, lieve nacht", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "歌词如下：\n主歌：街灯一盏一盏亮起\n桥段：如果那天我没有离开\n尾声：晚安，我的城市",
        sung("如果那天我没有离开", "晚安，我的城市", lyrics_lacks=ONE_LINE),
    ),
    (
        KV,
        None,
        "género: reggaetón\nduración: 2 min\nletra: Bailando bajo la luna\ntú y yo hasta el amanecer",
        sung("Bailando bajo la luna", "tú y yo hasta el amanecer", lyrics_lacks=["reggaetón", "; "], duration=120),
    ),
    (KV, None, "新しい曲おねがい\nジャンル：シティポップ\n長さ：2分\nボーカル：なし", nws(120, inst=True)),
    # --- (6) lists that are lyrics, or a list under a lyric line
    (
        LL,
        None,
        "Make a song with these lines:\n- I wake up late again\n- the coffee's cold, the bed is empty\n"
        "- you're gone and I'm still here",
        sung("I wake up late again", "you're gone and I'm still here", lyrics_lacks=ONE_LINE),
    ),
    (
        LL,
        None,
        "Сделай песню на 2 минуты с таким текстом:\n- Ты меня любишь?\n- Люблю, но не скажу\n- Почему?\n"
        "- Потому что боюсь",
        sung("Ты меня любишь?", "Люблю, но не скажу", lyrics_lacks=ONE_LINE, duration=120),
    ),
    (
        LL,
        None,
        "Idea de canción:\n1. Estrofa: me fui de casa sin decir adiós\n2. Coro: y nunca miré atrás\nduración 2 minutos",
        sung("me fui de casa sin decir adiós", "y nunca miré atrás", lyrics_lacks=ONE_LINE, duration=120),
    ),
    (
        LL,
        None,
        "Lyrics:\nI'm walking on the shore\nthe tide is coming in\n- acoustic guitar\n- 2 min",
        sung("I'm walking on the shore", "the tide is coming in", lyrics_lacks=["acoustic guitar"], duration=120),
    ),
    (
        LL,
        None,
        "Songtext:\nDie Nacht ist jung\nund wir sind frei\nGenre: Schlager\nLänge: 3 Minuten",
        sung("Die Nacht ist jung", "und wir sind frei", lyrics_lacks=["Schlager"], duration=180),
    ),
    (
        LL,
        None,
        "この歌詞でお願い\n・さよならは言わないで\n・また明日会えるから\n・笑顔でいてね",
        sung("さよならは言わないで", "また明日会えるから", lyrics_lacks=ONE_LINE),
    ),
    # --- (7) list marks the rule lacks, and a bullet before a minus
    (NL, None, "帮我做一首歌\n1、风格：city pop\n2、时长：2分钟\n3、纯音乐，不要人声", nws(120, inst=True)),
    (NL, None, "新しい曲をお願いします\n①ジャンル：J-POP\n②長さ：3分\n③女性ボーカル", nws(180, inst=False)),
    (
        NL,
        L,
        "1️⃣ export as mp3\n2️⃣ fade out the last 3 s\n3️⃣ -14 LUFS",
        {"tool": FREE, "output_format": "mp3", "fade_out_s": 3, "loudness_lufs": -14},
    ),
    (NL, None, "曲を作ってください\n１．ジャンル：ロック\n２．長さ：２分\n３．ボーカルなし", nws(120, inst=True)),
    (NL, L, "export for YouTube:\n- wav\n- 14 LUFS integrated", fmt_is("wav", loudness_lufs=-14)),
    (NL, L, "Şunları yap:\n1- sondaki 5 saniyeyi kes\n2- mp3 olarak ver", trim(end=5, output_format="mp3")),
    # --- (8) tildes
    (ST, None, "帮我做首生日歌~~1分钟就好~~谢谢", nws(60)),
    (ST, None, "생일 축하 노래 만들어줘~~1분이면 돼~~ 고마워", nws(60)),
    (
        ST,
        None,
        "做一首2分钟的儿歌，歌词：\n小兔子~~跳呀跳~~\n小猫咪~~喵喵喵~~",
        sung("跳呀跳", "喵喵喵", duration=120),
    ),
    (ST, L, "export as ~wav~ mp3", fmt_is("mp3", ask_ok=True)),
    (
        ST,
        None,
        "hazme una canción de ~3 minutos~ 2 minutos para el cumple de mi abuela",
        {"tool": NEW, "duration_not": 180, "ask_ok": True},
    ),
    (ST, L, "pásamelo en ~~wav~~ **mp3** porfa", fmt_is("mp3")),
    (ST, None, "make it ~~3~~ 2 minutes, lofi hip hop", nws(120)),
    # --- (9) hashtags and headings
    (
        HT,
        None,
        "#sad #piano\nI lost you in December\nand the snow kept falling down\n\nmake it about 2 min long",
        sung("I lost you in December", "and the snow kept falling down", lyrics_lacks=["sad, piano"], duration=120),
    ),
    (
        HT,
        None,
        "#kpop #ballad\n\n[Verse]\n창밖엔 비가 내려\n너의 목소리가 들려",
        sung("창밖엔 비가 내려", "너의 목소리가 들려", lyrics_lacks=["kpop"]),
    ),
    (
        HT,
        None,
        "Make a 2 min pop song:\n\n## Verse 1\nSummer nights and city lights\n\n## Chorus\nDance with me till the morning light",
        sung("Summer nights and city lights", "Dance with me till the morning light", lyrics_lacks=["#"], duration=120),
    ),
    (HT, None, "Make a 2 min tango in F# minor, dramatic", nws(120)),
    (HT, None, "Make a song that sounds like a #1 hit from the 90s, 3 min", nws(180)),
    # --- (10) '+'
    (PL, L, "mp3 + 3 sec fade out at the end", fmt_is("mp3", fade_out_s=3)),
    (PL, L, "trim the first 10 s + 5 s fade in", {"tool": FREE, "trim_start_s": 10, "fade_in_s": 5}),
    (PL, L, "pásalo a mp3 + 3 seg de fundido al final", fmt_is("mp3", fade_out_s=3)),
    (PL, L, "Exportier als MP3 + 2 Sek. Fade-out am Ende", fmt_is("mp3", fade_out_s=2)),
    (PL, None, "Make a 2 min + 30 sec lofi track for my stream", nw(150)),
    (PL, L, "+15 sec at the start pls", ext(15, 0)),
    # --- (11) markdown around values
    (MW, L, "regenerate **1:10**–**1:25**, the vocals crack there", inp(70, 85)),
    (MW, L, "normalize to `-14` LUFS and export **mp3**", fmt_is("mp3", loudness_lufs=-14)),
    (MW, L, "loudness: ~~-16~~ -14 LUFS\nformat: wav", fmt_is("wav", loudness_lufs=-14)),
    # --- (12) times and the thinking face
    (TQ, L, "1:30 → 1:50 🤔", ASK),
    (TQ, L, "the bit at 1:30 → 1:50 🤔\nredo it pls", inp(90, 110)),
    (TQ, None, "Are 3 minute songs free 🤔", ASK),
    # --- (13) _NOT_A_NEW_ONE
    (NN, L, "Id like a brand new song, make it 3 minutes", nws(180)),
    (NN, L, "I'd really like a brand new song now, make it 3 minutes", nws(180)),
    (NN, L, "Nothing like the last one - a brand new song, make it 3 minutes", nws(180)),
    (NN, L, "Instead of this one I want a brand new song, make it 3 minutes", nws(180)),
    (NN, L, "Rather than a new song, just make it 3 minutes", NOT_NEW),
    (NN, L, "Not a new song - just make it 3 minutes", NOT_NEW),
    # --- (14) _SHORTER_LONGER
    (SL, L, "Lo mismo pero de 2 minutos más o menos", nws(120)),
    (SL, L, "Same thing but 2 min more or less", nws(120)),
    (SL, L, "一样的风格，时长2分钟", nws(120)),
    (SL, L, "再来一首一样的，时长3分钟，纯音乐", nws(180, inst=True)),
    (SL, L, "Same thing but 2 min more upbeat", nws(120)),
    (SL, L, "Lo mismo pero 30 segundos más corto", NOT_30_NOR_OUT),
    # --- (15) _format_taken_back
    (FT, L, "Exportier es als WAV, das klingt besser als MP3", fmt_is("wav")),
    (FT, L, "wav olarak ver, yani mp3 değil", fmt_is("wav")),
    (FT, L, "Convert it into wav, no wait, into mp3", fmt_is("mp3")),
    (FT, L, "导出wav，不对，还是mp3更好吗？", ASK),
    # --- (16) price
    (PR, None, "30초짜리 광고 음악 만들어 주세요. 저희 앱은 완전 무료예요!", nws(30)),
    (PR, None, "Haz un jingle de 30 segundos para mi app, es gratis, ¿lo puedes hacer hoy?", nws(30)),
    (PR, None, "Make a 2 minute anthem, chorus: are we finally free? are we finally free?", nws(120)),
    (PR, None, "Price of a Dream — make a 3 min soul ballad with that title", nws(180)),
    (
        PR,
        None,
        "Fais une chanson de 2 minutes pour ma fille, refrain : est-ce que l'amour est gratuit ?",
        nws(120),
    ),
    (PR, None, "Preis für einen 3-Minuten-Song?", ASK),
    # --- (17) how long
    (HL, None, "2분짜리 발라드 만들어줘, 후렴은 '너에게 가는 길 얼마나 걸릴까'", nws(120)),
    (
        HL,
        None,
        "Haz una balada de 2 minutos, el estribillo dice: ¿cuánto tarda en sanar un corazón?",
        nws(120),
    ),
    (HL, None, "Make a 2 min breakup song, chorus: how long to get over you", nws(120)),
    (HL, None, "How long to render a 3 minute track?", ASK),
    (HL, None, "¿Cuánto demora una canción de 2 minutos?", ASK),
    # --- (18) a turn not seen
    (ET, None, "不是，我说的是做一首新歌：2分钟的雷鬼，关于海边", nws(120)),
    (ET, None, "아니, 내 말은 새 노래 만들어 달라는 거야. 2분짜리 재즈로, 비 오는 밤에 대한 노래", nws(120)),
    (ET, None, "いや、言ったのは新曲のこと。2分のボサノバで、夏の海について", nws(120)),
    (ET, L, "不是，我说的是尾奏，加10秒", ASK),
    # --- (19) a piece made before
    (EP, None, "Mach mir einen Song für meine Kollegin, sie hat vorhin ihre Kündigung abgegeben 😂", PIECE),
    (EP, None, "Anoche nació mi sobrina, hazle una canción", PIECE),
    (EP, None, "Zrób piosenkę dla Kasi, przedwczoraj urodziła synka", PIECE),
    (EP, None, "写一首歌，歌名叫《眼前天地》", PIECE),
    (EP, None, "Hazme otra como la de anteayer", ASK),
    # --- (20) 'wait'
    (
        WT,
        None,
        "Maak een nummer van 3 minuten, refrein: ik wacht, ik wacht op jou",
        sung("ik wacht, ik wacht op jou", duration=180),
    ),
    (WT, L, "Ajoute une intro de 10 secondes, attends 2 secondes puis fais entrer la voix", intro(10)),
    (WT, L, "Voeg een intro van 20 seconden toe, wacht even, 10 seconden is genoeg", intro(10)),
    (WT, None, "Maak een liedje van 2 minuten over mijn hond, hij wacht, elke dag, bij de deur", nws(120)),
    # --- (21) clitics
    (
        CL,
        None,
        "A minha irmã muda-se para Lisboa amanhã, faz-lhe uma canção de despedida de 2 minutos",
        nws(120),
    ),
    (CL, None, "O sol põe-se devagar no Tejo, faz uma música calma de 2 minutos sobre isso", nws(120)),
    (CL, L, "les 5 premières secondes sont en trop, coupe-les", trim(start=5)),
]

if __name__ == "__main__":
    main(PROBES, __file__)
