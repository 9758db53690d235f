"""Red-team probe (redteam79) of ea996e3, aimed at the router rules it added. In router/chat.py: _tags_line /
hashtag_words (a line of hashtags only is taken out of the words wherever it stands, and its words lead the plan's
tags, whatever they are and whatever they say: '#instrumental', '#urgent', a hashtag sung in the lyrics);
_NO_VOCALS_SETTING anchored at a line's start or after ';' ',' '、' (the key alone: 'intro, vocals: none; verse, vocals:
male'; and the values and keys it lacks: 'Vocals: none.', 'Voz: nenhuma', 'Wokal: brak'); _NAMES_WORDS (a list after a
line that names lyrics, a chorus or a hook is not joined: 'Chorus should be catchy:\n- 2 min\n- pop punk'; a quote
under a reply that names lyrics or a chorus is made the words to sing: '> Do you want a sad or a happy chorus?\nhappy
chorus, pop, 2 min'). In router/__init__.py: _LENGTH_AGAINST_ONE_UNSEEN ('30 seconds shorter', '，长30秒' length of 30 s,
'60 Seconds More' a title; and the forms it lacks: '30 Sekunden länger', '30 segundos más larga', '30秒長く'). In
router/account.py: _not_ordered's new question rule (a t2a plan with no duration, lyrics or takes, a question mark, no
'X vocal' tag, no _A_PIECE_ABOUT and no style word is asked: 'Can you make a song for my wife?', a title that is a
question; and questions about the tool that name a style and so are made), the new _HOW_IT_GOES phrases inside a
piece's theme ('que explique cómo funciona la fotosíntesis', 'о том, как работает сердце'), 'are … free?', 'son
gratis?', 'is it free to …?'. In router/read.py: alternatives_said (_OR_BETWEEN words that are also 'of', 'about',
'the', 'there is', 'goes': '30 seconds of 8-bit', 'na 3 minuty o 2 kočkách', 'de 30 segundos, hay 2 escenas', 'de 2
minuti, il 3 maggio'; _NEIGHBOURS '两三个乐器', '七八分像'; lyrics not under a lyrics mark); _COLON_THEN_LINES with a
blank line after a colon (a style described after 'Sing it like this:'). lang.py '이 분 삼십 초'; cues.py Arabizi /
Greeklish no-vocals words and Haitian 'retire, wete' as trim (English 'retire', French and Portuguese 'retire').

FIGURES. First run on ea996e3 (labels committed before it, 123f1db): 143 probes; OK 44, ASKED 55, SILENT WRONG 44, ERROR
0. Versus --old ac15ffa2 (/tmp/ac15ffa2/src, the router before ea996e3): OK 87, ASKED 21, SILENT WRONG 35, ERROR 0. Of
the 44 silent plans 15 are new (all 15 right on ac15ffa2: 11 planned right there; 4 asked there, 3 of them declined
offers where a question was due) and 29 pre-existing; 43 of the 44 are paid (a new piece, an inpaint or an outpaint), 1
is a free process_track (a declined fade made; new). 39 probes right on ac15ffa2 are asked needlessly now, 16 are asked
on both. Fixed by ea996e3 (11): 'Yeh app kaise kaam karta hai? …', 'Are the songs free to use on YouTube?', 'ye gaane
free hain?', 'ఈ పాటలు ఉచితమా?' (asked now, a paid piece there); Greeklish 'xwris fwnitika' and Arabizi 'mn 8er kalam'
([inst] now); a quoted offer confirmed under a reply naming the chorus / verse ('yes, and keep the chorus as it is',
'yes please, the verse there sounds off'); quoted lyrics holding 'twenty or thirty seconds' under 'those are the
lyrics'; 'Wete 5 premye segonn yo', 'Por favor, retire los primeros 5 segundos' (trims now, asked there). Held: lists
under a chorus / hook / estribillo / припев / coro line with no lyrics taken ('Chorus should be catchy:\n- 2 min\n- pop
punk'), 'Vocals: none.' at a request's end, the per-take 'take 1, vocals: none; take 2, …' (asked), the quoted questions
under 'happy chorus please', '中文歌词', '가사 없이', '歌詞なしで', 'schreib du den Songtext', 'Do you have lyrics?', the
colon-blank-line lyrics, '일 분 삼십 초', '이 분 사십오 초', 'retire next month' in a new piece, 'Retire la voix …', and 'N longer'
in German, Spanish, Japanese, Korean, Dutch, Polish, French, Russian (no piece of N made).

Silent wrong plans (44; 15 new), by cause:
- __init__.plan()'s hashtag_words + chat._tags_line (8 new, 2 pre-existing; all paid): a line of hashtags only is
  taken out of the words before they are read, and its words are put into the tags only after the plan is made,
  whatever they are:
  * '#instrumental' is never read as no vocals (4 new; [inst] on ac15ffa2, sung now with 'instrumental' in the tags):
    '#instrumental #lofi\nMake a 2 min beat to study to' (tags 'instrumental, lofi, beat study', no [inst]),
    '#インスト #作業用\n2分のBGMを作ってください', 'Background music for my vlog, 90 seconds\n#instrumental #nolyrics',
    '#instrumental #chill\nFais-moi un morceau de 2 minutes pour bosser'.
  * a hashtag line that is a lyric line is no longer sung (2 new): 'Make a 2 min satirical pop song with these
    lyrics:\nI post my breakfast every day\n#blessed #grateful #livingmybestlife\nnobody likes it anyway' (lyrics
    without the line, tags 'blessed, grateful, livingmybestlife, pop, …'), '2 min hyperpop song, lyrics:\n[Verse]\n…
    \n[Chorus]\n#nofilter #nomakeup\nthat's how we live'.
  * hashtags that name no style lead the tags (2 new, 1 pre-existing): '#MyBand #demo\nextend the end by 20 s' (an
    outpaint tagged 'MyBand, demo, indie pop, …'), '#fyp #viral\nMake a 30 s TikTok sound, upbeat' ('fyp, viral,
    upbeat'); pre-existing '#urgent #help\nthe part from 1:10 to 1:25 clicks, regenerate it' (an inpaint tagged
    'urgent, help, clicks, …'; on ac15ffa2 too, from the words moved to the end). Pre-existing (1): 'Make a 30 s jingle
    for our campaign, the singers just chant our hashtag:\n#SummerWithMilka' (no lyrics on both; now only a tag).
- chat._quoted with _NAMES_WORDS in the reply (5 new; 4 paid, 1 free): a reply that names lyrics, a chorus or a
  'letra' makes the quote the words to sing, and blocks the drop of a quoted order, so a refusal ('no', 'no thanks')
  is no longer read:
  * a quoted question of the assistant sung (2 new, paid): '> Should I write the lyrics or will you send them?\nyou
    write the lyrics. country, 3 min' (lyrics 'Should I write the lyrics or will you send them?'), '> ¿Le pongo letra o
    la dejo instrumental?\ncon letra, sobre el verano, 2 minutos' (lyrics '¿Le pongo letra o la dejo instrumental?';
    asked on ac15ffa2).
  * a declined offer done (3 new; asked on ac15ffa2): '> ¿Alargo el final 20 segundos?\nno, el estribillo ya es
    bastante largo' (audio_outpaint +20 s, paid), 'About your offer\n> Want me to extend the end by 20 s?\nno thanks,
    the chorus is fine as it is' (opener without a colon: the drop is skipped, outpaint +20 s, paid), '> Shall I fade
    out the last 10 s?\nno, the chorus has to ring out to the very end' (process_track fade_out_s 10, free).
- chat._items with _NAMES_WORDS (1 new, paid): 'текст' in its everyday sense over a list leaves the list unjoined, and
  it is sung with its length lost: 'Вот текст задания:\n- 2 минуты\n- поп\n- про лето' (text_to_audio_v15, lyrics '- 2
  минуты\n- поп\n- про лето', no duration, 'bulgarian vocal'; 120 s, 'лето' on ac15ffa2).
- cues.NO_WORDS' Arabizi 'bdoon kalam' (1 new, paid): the idiom 'without much talk' read as no words: 'bdoon kalam
  kteer, bade ghnye la 3eed milad emme, 1 min' (a birthday song for mom made [inst]). Pre-existing misses (3):
  'bidun kalam', 'bala kalam', Greeklish 'xoris stixous' (sung; no spelling but the four listed is known).
- chat._NO_VOCALS_SETTING's values and keys (8 pre-existing, paid: sung where no voice was asked): 'Vocals: nope',
  'Voz: nenhuma', 'Gesang: keiner', 'Wokal: brak', 'Vokal: yok', 'ボーカル：いらない', '人声：不要', '보컬: 없어요' under
  'Genre/Length' lines (the Japanese, Chinese and Korean keys even land in the tags: 'ジャンル, 長さ, ボーカル, いらない').
- account._not_ordered's question rule skipped (8 pre-existing, paid): a question of the tool with a style word, a
  piece 'about', an 'X vocals' tag or a length in it is made: 'Can I use the lofi tracks I make here on YouTube?'
  (a lofi piece), '¿Puedo subir a Spotify las canciones de reguetón que haga aquí?', 'このアプリで作ったローファイ曲はYouTube
  で使えますか？', '제가 만든 발라드 곡 저작권은 누구한테 있나요?', 'Wem gehören die Rechte an den Techno-Tracks, die ich hier
  mache?', 'Who owns the rights to a song about my company that I make here?', 'Do you support male vocals in
  Korean?' (tags 'male vocals, korean vocal'), 'Is there a limit on how long a song can be, like 10 minutes?' (a
  600 s piece).
- read._COLON_THEN_LINES / lyrics after a colon (4 pre-existing, paid; the blank line changes nothing here): a style
  or themes after a line with 'sing' / 'canta' / 'lyrics' / 'letra' are sung: 'Sing it like this:\n\nsoft and
  breathy\nslow, almost whispered\nwith a little reverb', 'Canta in italiano, in questo stile:\n\nmalinconico\n
  chitarra acustica\nvoce maschile', 'Write the lyrics about these things:\n\nmy dog Max\n…', 'Escribe tú la letra,
  sobre esto:\n\nmi perro Max\n…'.
- _LENGTH_AGAINST_ONE_UNSEEN's missing forms (3 pre-existing, paid: a new piece of the difference): 'Uguale a prima ma
  30 secondi in più' ('in più' lacks), 'Same as the last one but 30 more seconds' (the number before 'more'), 'Igual à
  anterior, mas com mais 30 segundos' ('mais' before) — each a 30 s piece.
- lang's Korean minutes (1 pre-existing, paid): '이분 삼십초짜리 발라드 만들어줘' (unspaced '이분'): 30 s, not 150.

Needless questions (55; 39 new, 16 on both), by cause:
- account._not_ordered's question rule (14 new): a piece asked for politely, or a title or theme that is a question,
  with no style word, is "a question, not a request for music": 'Can you make a song for my wife? It's our
  anniversary', '¿Me haces una canción para el cumple de mi abuela?', 'Kannst du ein Lied für die Hochzeit meiner
  Schwester machen?', 'Tu peux me faire une chanson pour le pot de départ de mon collègue ?', '能帮我给女朋友做一首歌吗？',
  '娘の誕生日の歌を作ってくれる？', 'Можешь сделать песню для мамы на день рождения?', 'Você pode fazer uma música pro
  aniversário da minha mãe?', 'Annemin doğum günü için bir şarkı yapar mısın?', 'Make a song for my girlfriend — will
  you marry me?', "Make a song with the title 'Where did you go?'", 'Haz una canción que se llame «¿Dónde estás?»'
  ('se llame' lacks), '「どこにいるの？」ってタイトルの曲を作って', 'Haz una canción de protesta que pregunte: ¿por qué las
  medicinas no son gratis?'.
- account._HOW_IT_GOES' new phrases (10 new): 'how it works' as the theme of a piece, with no 'about' right before it:
  'Una canción para mi clase de ciencias que explique cómo funciona la fotosíntesis, 2 minutos', 'Faz uma música
  infantil que explica como funciona o ciclo da água, 1 minuto', 'Песня для детей о том, как работает сердце, 1
  минута', 'Пісня для дітей про те, як працює серце, 1 хвилина', 'Una canzone per bambini che spiega come funziona il
  sistema solare, 1 minuto', '做一首1分钟的科普儿歌，讲讲彩虹的原理是什么', '심장이 어떻게 작동하는지 설명하는 1분짜리 동요 만들어줘',
  'اعمل أغنية للأطفال تشرح كيف يعمل القلب، دقيقة واحدة', 'बच्चों के लिए … दिल कैसे काम करता है, 1 मिनट', and 'Write a
  song for my mom, who raised four kids alone. How do you do it, mom?'.
- read.alternatives_said (9 new; 6 on both, now asked by it): _OR_BETWEEN's words in their other senses — English
  'of' ('Give me 30 seconds of 8-bit chiptune for my game', 'Make 2 minutes of 80s synthwave', 'Make 3 versions of 30
  seconds each, upbeat ukulele' all 'which value is meant?'), Italian 'il' ('… di 2 minuti, il 3 maggio …'), French
  'au' ('… de 3 minutes, au 2e refrain …'), Portuguese 'vai' and 'o' ('… 30 segundos, vai 2 vezes …', '… 2 minutos, o
  1º minuto calmo …'); _NEIGHBOURS on a count or a share ('用两三个乐器就好', '有七八分像就行'). On both (asked before as a
  number unused): Czech / Polish 'o' = about ('na 3 minuty o 2 kočkách', 'na 2 minuty o 3 siostrach'), Spanish 'hay'
  ('30 segundos, hay 2 escenas'), '2 or 3 year old', '三四个人合唱', a band 'Ten or Eleven'.
- __init__._LENGTH_AGAINST_ONE_UNSEEN's '[短长]N' (3 new): '长' as 'long' after a comma or at the start is a length said
  whole: '做一段片头音乐，长30秒，要有气势', '长30秒的钢琴曲，安静一点', '帮我做个广告配乐, 长15秒, 轻快'. On both (other causes):
  'the last one I got was 30 seconds shorter' ('which track?'), "that's 30 seconds longer than our current one",
  'a punk song called 60 Seconds More, 2 min' ('2 min' unused).
- chat._items with _NAMES_WORDS (2 new): a list under 'サビ' / '副歌' no longer joined, asked as lyrics or description:
  'サビはキャッチーに：\n・2分\n・J-POP\n・明るく', '副歌要好记：\n1、2分钟\n2、流行\n3、欢快'.
- cues' Haitian 'retire' (1 new): English 'retire' read as a trim beside an extension: 'My boss will retire soon:
  extend the end of this song by 20 s for her farewell video'.
- On both, other causes (7): per-section 'intro, vocals: none; verse, vocals: male' (3: 'no vocals' against 'vocals',
  or asked as lyrics under 'Structure:'), '> Voulez-vous un refrain en anglais ou en français ?' (the language), 'with
  the hook 'are the birds free?'' (lyrics or description), "called 'Is it free to dream?'" (the price), '用这些词写首歌：
  \n等了你两三分钟\n…' (lyrics or description).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: PYTHONPATH=src:scripts python scripts/router_probe_redteam79.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, ext, inp, main, nw, nws, sung, trim

L = 150.0

probe_kit.wrong = probe_kit.wrong_more


def shorter_or_longer(sec: float) -> dict[str, Any]:
    """The same again, `sec` shorter or longer than a piece the router cannot see: never a new piece of `sec`."""
    return {"duration_not": sec, "ask_ok": True}


def not_a_trim() -> dict[str, Any]:
    """Something taken out of a part of the track (a voice, the drums, a fade): never a cut of the track's time."""
    return {"tool_not": FREE, "ask_ok": True}


HT = "_tags_line: a hashtag line that is sung, says 'instrumental', or names no style ('#urgent'): words kept right"
NV = "_NO_VOCALS_SETTING after a comma or ';' inside a per-section or per-take line: sung, or asked"
NM = "_NO_VOCALS_SETTING misses: 'Vocals: none.', keys and values the lists lack ('Voz: nenhuma', 'Wokal: brak')"
NL = "_NAMES_WORDS before a list: a chorus / hook / coro / текст line over a list of settings, not lyrics"
QR = "_quoted with a reply naming lyrics or a chorus: the quoted question or offer is no words to sing"
QT = "_quoted with a reply naming the chorus under a quoted offer (a track open): the reply's meaning"
LA = "_LENGTH_AGAINST_ONE_UNSEEN firing on a length said whole ('30 seconds shorter' of an old one, '，长30秒')"
LM = "_LENGTH_AGAINST_ONE_UNSEEN misses: 'N longer / shorter' forms it lacks: never a new piece of N"
QN = "_not_ordered's question rule: a piece asked for as a question with no style word: made, not asked"
QS = "_not_ordered's question rule skipped by a style word, a theme, a vocal or a length: a question of the tool, asked"
HW = "_HOW_IT_GOES' new phrases inside a piece's theme ('que explique cómo funciona', 'о том, как работает'): made"
HC = "control: 'how does it work' asked of the tool: nothing made"
FR = "_COST_QUESTION's 'are … free?', 'son gratis?', 'is it free to …?' in a piece's hook or title: made"
FC = "control: 'are … free?', 'free hain?', 'ఉచితమా' asking the price: nothing made"
OR = "alternatives_said: an 'or' word that is 'of', 'about', 'the', 'there is' ('30 seconds of 8-bit', 'o 2 kočkách')"
ON = "alternatives_said: two numbers said as one or the other of something else (ages, people, instruments, 七八分像)"
OL = "alternatives_said over lyrics not under a lyrics mark ('sing this:', a quote, '用这些词'): sung, not asked"
CL = "_COLON_THEN_LINES with a blank line: a style said after 'Sing it like this:' or themes to write of: not sung"
CC = "control: a colon naming the words, a blank line, then lines: sung"
KO = "'이 분 삼십 초' (sino-Korean minutes and seconds, spaced or not): the length"
RT = "Haitian 'retire, wete' as trim: English 'retire', French / Portuguese 'retire la voix': no trim"
RC = "control: Haitian / Spanish 'retire' of the first or last seconds: a trim"
AZ = "Arabizi / Greeklish no-vocals words, their spellings, and 'bdoon kalam kteer' (without much talk)"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) hashtag lines
    (
        HT,
        None,
        "Make a 2 min satirical pop song with these lyrics:\nI post my breakfast every day\n#blessed #grateful "
        "#livingmybestlife\nnobody likes it anyway",
        sung("I post my breakfast every day", "blessed", "nobody likes it anyway", duration=120),
    ),
    (
        HT,
        None,
        "2 min hyperpop song, lyrics:\n[Verse]\nselfie at the gym\nringlight in my eyes\n[Chorus]\n#nofilter "
        "#nomakeup\nthat's how we live",
        sung("selfie at the gym", "nofilter", "that's how we live", duration=120),
    ),
    (
        HT,
        None,
        "Make a 30 s jingle for our campaign, the singers just chant our hashtag:\n#SummerWithMilka",
        {"tool": NEW, "duration": 30, "lyrics_has": ["SummerWithMilka"], "ask_ok": True},
    ),
    (HT, None, "#instrumental #lofi\nMake a 2 min beat to study to", nws(120, inst=True)),
    (HT, None, "#インスト #作業用\n2分のBGMを作ってください", nws(120, inst=True)),
    (HT, None, "Background music for my vlog, 90 seconds\n#instrumental #nolyrics", nws(90, inst=True)),
    (HT, None, "#instrumental #chill\nFais-moi un morceau de 2 minutes pour bosser", nws(120, inst=True)),
    (
        HT,
        L,
        "#urgent #help\nthe part from 1:10 to 1:25 clicks, regenerate it",
        inp(70, 85, tags_text_not=["urgent"]),
    ),
    (HT, L, "#MyBand #demo\nextend the end by 20 s", ext(0, 20, tags_text_not=["myband"])),
    (HT, None, "#fyp #viral\nMake a 30 s TikTok sound, upbeat", nws(30, tags_text_not=["fyp"])),
    # --- (2) 'vocals: none' after a comma, per section or per take
    (
        NV,
        None,
        "Intro, vocals: none; verse, vocals: male; chorus, vocals: male and female. 3 min pop",
        nws(180, inst=False),
    ),
    (
        NV,
        None,
        "Structure:\nintro, vocals: none\nverse, vocals: female\nchorus, vocals: female + choir\nLength: 3 min",
        nws(180, inst=False),
    ),
    (
        NV,
        None,
        "Song for our wedding, 3 min. Intro, vocal: none, just piano; then my husband sings the verses",
        nws(180, inst=False),
    ),
    (NV, None, "2 takes of a 1 min jingle: take 1, vocals: none; take 2, vocals: female", ASK),
    # --- (3) 'vocals: none' missed
    (NM, None, "Lofi beat, 2 min. Vocals: none.", nws(120, inst=True)),
    (NM, None, "Genre: ambient\nDuration: 90 s\nVocals: None.", nws(90, inst=True)),
    (NM, None, "Genre: lofi\nLength: 2 min\nVocals: nope", nws(120, inst=True)),
    (NM, None, "Gênero: lo-fi\nDuração: 2 min\nVoz: nenhuma", nws(120, inst=True)),
    (NM, None, "Stil: Lofi\nLänge: 2 Minuten\nGesang: keiner", nws(120, inst=True)),
    (NM, None, "Styl: lofi\nDługość: 2 minuty\nWokal: brak", nws(120, inst=True)),
    (NM, None, "Tür: lofi\nSüre: 2 dakika\nVokal: yok", nws(120, inst=True)),
    (NM, None, "ジャンル：ローファイ\n長さ：2分\nボーカル：いらない", nws(120, inst=True)),
    (NM, None, "风格：轻音乐\n时长：2分钟\n人声：不要", nws(120, inst=True)),
    (NM, None, "장르: 로파이\n길이: 2분\n보컬: 없어요", nws(120, inst=True)),
    # --- (4) a list under a line that names a chorus, a hook, a choir, a text
    (NL, None, "Chorus should be catchy:\n- 2 min\n- pop punk\n- fast", nws(120, lyrics_lacks=["pop punk"])),
    (NL, None, "Make a trap beat with a hard hook:\n- 140 BPM\n- 2 min\n- dark", nws(120, lyrics_lacks=["140 BPM"])),
    (
        NL,
        None,
        "Estribillo pegadizo, por favor:\n- 2 minutos\n- reguetón\n- alegre",
        nws(120, lyrics_lacks=["reguetón"]),
    ),
    (NL, None, "Припев должен быть цепляющим:\n- 2 минуты\n- поп\n- весёлый", nws(120, lyrics_lacks=["весёлый"])),
    (NL, None, "サビはキャッチーに：\n・2分\n・J-POP\n・明るく", nws(120, lyrics_lacks=["明るく"])),
    (NL, None, "副歌要好记：\n1、2分钟\n2、流行\n3、欢快", nws(120, lyrics_lacks=["欢快"])),
    (NL, None, "Instrumental, no lyrics:\n- 90 s\n- synthwave\n- for a car chase", nws(90, inst=True)),
    (NL, None, "Вот текст задания:\n- 2 минуты\n- поп\n- про лето", nws(120, lyrics_lacks=["про лето"])),
    (
        NL,
        None,
        "Coro gospel, voces potentes:\n- 3 minutos\n- alegre\n- para una boda",
        nws(180, lyrics_lacks=["para una boda"]),
    ),
    # --- (5) a quoted question or offer, a reply naming lyrics or a chorus (no track)
    (
        QR,
        None,
        "> Do you want a sad or a happy chorus?\nhappy chorus please, pop, 2 min",
        nws(120, lyrics_lacks=["Do you want"]),
    ),
    (
        QR,
        None,
        "> Should I write the lyrics or will you send them?\nyou write the lyrics. country, 3 min",
        nw(180, lyrics_lacks=["Should I write"]),
    ),
    (
        QR,
        None,
        "> ¿Le pongo letra o la dejo instrumental?\ncon letra, sobre el verano, 2 minutos",
        nw(120, lyrics_lacks=["Le pongo"], inst=False),
    ),
    (
        QR,
        None,
        "> Voulez-vous un refrain en anglais ou en français ?\nrefrain en français, pop, 2 min",
        nws(120, lyrics_lacks=["Voulez-vous"]),
    ),
    (QR, None, "> 歌词要中文还是英文？\n中文歌词，流行，两分钟", nw(120, lyrics_lacks=["歌词要"])),
    (QR, None, "> Do you have lyrics?\nno lyrics, 90 s ambient", nws(90, inst=True)),
    (QR, None, "> 가사 있어요?\n가사 없이 2분짜리 피아노곡", nws(120, inst=True)),
    (QR, None, "> 歌詞はありますか？\n歌詞なしで、2分のピアノ曲", nws(120, inst=True)),
    (
        QR,
        None,
        "> Hast du schon einen Songtext?\nnein, schreib du den Songtext, Schlager, 3 Minuten",
        nw(180, lyrics_lacks=["Hast du"]),
    ),
    # --- (6) a quoted offer, a reply naming the chorus or verse (a track open)
    (QT, L, "> Want me to extend the end by 20 s?\nyes, and keep the chorus as it is", ext(0, 20)),
    (QT, L, "> Shall I fade out the last 10 s?\nno, the chorus has to ring out to the very end", ASK),
    (QT, L, "About your offer\n> Want me to extend the end by 20 s?\nno thanks, the chorus is fine as it is", ASK),
    (QT, L, "> I could regenerate 1:10-1:25\nyes please, the verse there sounds off", inp(70, 85)),
    (QT, L, "> ¿Alargo el final 20 segundos?\nno, el estribillo ya es bastante largo", ASK),
    # --- (7) a length said whole, read as more or less than an unseen one
    (LA, None, "I need a 2 min track for my video; the last one I got was 30 seconds shorter.", nws(120)),
    (LA, None, "Make a 90 s intro, that's 30 seconds longer than our current one", nws(90)),
    (LA, None, "Make a punk song called 60 Seconds More, 2 min", nws(120)),
    (LA, None, "做一段片头音乐，长30秒，要有气势", nws(30)),
    (LA, None, "长30秒的钢琴曲，安静一点", nws(30)),
    (LA, None, "帮我做个广告配乐, 长15秒, 轻快", nws(15)),
    # --- (8) more or less than an unseen one, in forms the rule lacks
    (LM, None, "Genau wie eben, nur 30 Sekunden länger", shorter_or_longer(30)),
    (LM, None, "Igual que la anterior pero 30 segundos más larga", shorter_or_longer(30)),
    (LM, None, "Uguale a prima ma 30 secondi in più", shorter_or_longer(30)),
    (LM, None, "さっきのと同じ感じで、30秒長くして", shorter_or_longer(30)),
    (LM, None, "아까 거랑 똑같이, 30초만 더 길게", shorter_or_longer(30)),
    (LM, None, "Hetzelfde als net, maar 30 seconden langer", shorter_or_longer(30)),
    (LM, None, "Same as the last one but 30 more seconds", shorter_or_longer(30)),
    (LM, None, "To samo co wcześniej, tylko 30 sekund dłużej", shorter_or_longer(30)),
    (LM, None, "Pareil, mais 30 secondes plus long", shorter_or_longer(30)),
    (LM, None, "Igual à anterior, mas com mais 30 segundos", shorter_or_longer(30)),
    (LM, None, "То же самое, но на 30 секунд длиннее", shorter_or_longer(30)),
    # --- (9) a piece asked for as a question, no style word
    (QN, None, "Can you make a song for my wife? It's our anniversary", {"tool": NEW}),
    (QN, None, "¿Me haces una canción para el cumple de mi abuela?", {"tool": NEW}),
    (QN, None, "Kannst du ein Lied für die Hochzeit meiner Schwester machen?", {"tool": NEW}),
    (QN, None, "Tu peux me faire une chanson pour le pot de départ de mon collègue ?", {"tool": NEW}),
    (QN, None, "能帮我给女朋友做一首歌吗？", {"tool": NEW}),
    (QN, None, "娘の誕生日の歌を作ってくれる？", {"tool": NEW}),
    (QN, None, "Можешь сделать песню для мамы на день рождения?", {"tool": NEW}),
    (QN, None, "Você pode fazer uma música pro aniversário da minha mãe?", {"tool": NEW}),
    (QN, None, "Annemin doğum günü için bir şarkı yapar mısın?", {"tool": NEW}),
    (QN, None, "Make a song for my girlfriend — will you marry me?", {"tool": NEW}),
    (QN, None, "Make a song with the title 'Where did you go?'", {"tool": NEW}),
    (QN, None, "Haz una canción que se llame «¿Dónde estás?»", {"tool": NEW}),
    (QN, None, "「どこにいるの？」ってタイトルの曲を作って", {"tool": NEW}),
    # --- (10) a question of the tool, a style or theme or length in it
    (QS, None, "Can I use the lofi tracks I make here on YouTube?", ASK),
    (QS, None, "¿Puedo subir a Spotify las canciones de reguetón que haga aquí?", ASK),
    (QS, None, "このアプリで作ったローファイ曲はYouTubeで使えますか？", ASK),
    (QS, None, "제가 만든 발라드 곡 저작권은 누구한테 있나요?", ASK),
    (QS, None, "Who owns the rights to a song about my company that I make here?", ASK),
    (QS, None, "Is there a limit on how long a song can be, like 10 minutes?", ASK),
    (QS, None, "Do you support male vocals in Korean?", ASK),
    (QS, None, "Wem gehören die Rechte an den Techno-Tracks, die ich hier mache?", ASK),
    # --- (11) 'how does it work' inside a piece's theme
    (HW, None, "Write a song for my mom, who raised four kids alone. How do you do it, mom?", {"tool": NEW}),
    (
        HW,
        None,
        "Una canción para mi clase de ciencias que explique cómo funciona la fotosíntesis, 2 minutos",
        nws(120),
    ),
    (HW, None, "Faz uma música infantil que explica como funciona o ciclo da água, 1 minuto", nws(60)),
    (HW, None, "Песня для детей о том, как работает сердце, 1 минута", nws(60)),
    (HW, None, "Пісня для дітей про те, як працює серце, 1 хвилина", nws(60)),
    (HW, None, "Una canzone per bambini che spiega come funziona il sistema solare, 1 minuto", nws(60)),
    (HW, None, "做一首1分钟的科普儿歌，讲讲彩虹的原理是什么", nws(60)),
    (HW, None, "심장이 어떻게 작동하는지 설명하는 1분짜리 동요 만들어줘", nws(60)),
    (HW, None, "اعمل أغنية للأطفال تشرح كيف يعمل القلب، دقيقة واحدة", nws(60)),
    (HW, None, "बच्चों के लिए एक गाना बनाओ जो बताए कि दिल कैसे काम करता है, 1 मिनट", nws(60)),
    (HC, None, "ok but how does it work? do I just type what I want?", ASK),
    (HC, None, "Yeh app kaise kaam karta hai? gaana kaise banta hai?", ASK),
    # --- (12) 'are … free?' in a hook or a title
    (FR, None, "Write a folk song with the hook 'are the birds free?'", {"tool": NEW}),
    (FR, None, "Haz una canción de protesta que pregunte: ¿por qué las medicinas no son gratis?", {"tool": NEW}),
    (FR, None, "Make a dreamy indie song called 'Is it free to dream?'", {"tool": NEW}),
    (FC, None, "Are the songs free to use on YouTube?", ASK),
    (FC, None, "ye gaane free hain?", ASK),
    (FC, None, "ఈ పాటలు ఉచితమా?", ASK),
    # --- (13) an 'or' word in another sense between two numbers
    (OR, None, "Give me 30 seconds of 8-bit chiptune for my game", nws(30)),
    (OR, None, "Make 2 minutes of 80s synthwave", nws(120)),
    (OR, None, "Make 3 versions of 30 seconds each, upbeat ukulele", nws(30, takes=3)),
    (OR, None, "Udělej písničku na 3 minuty o 2 kočkách", nws(180)),
    (OR, None, "Piosenka na 2 minuty o 3 siostrach, wesoła", nws(120)),
    (OR, None, "Fammi una base di 2 minuti, il 3 maggio ho il saggio di danza", nws(120)),
    (OR, None, "Fais-moi un morceau de 3 minutes, au 2e refrain ajoute une trompette", nws(180)),
    (OR, None, "Necesito una música de 30 segundos, hay 2 escenas en el anuncio", nws(30)),
    (OR, None, "Faz uma vinheta de 30 segundos, vai 2 vezes no meu vídeo", nws(30)),
    (OR, None, "Quero uma música de 2 minutos, o 1º minuto calmo e o 2º agitado", nws(120)),
    (ON, None, "Make a 1 min lullaby for my 2 or 3 year old", nws(60)),
    (ON, None, "做一首两分钟的轻音乐，用两三个乐器就好", nws(120)),
    (ON, None, "写一首歌，三四个人合唱，2分钟", nws(120)),
    (ON, None, "做一首2分钟的歌，跟周杰伦的《晴天》有七八分像就行", nws(120)),
    (ON, None, "Make a 2 min rock anthem for my band, Ten or Eleven", nws(120)),
    (
        OL,
        None,
        "2 min country song, sing this:\nI waited two or three minutes\nthen I waited all my life",
        sung("I waited two or three minutes", duration=120),
    ),
    (
        OL,
        None,
        "> I gave you twenty or thirty seconds\n> you gave me all your life\n\nthose are the lyrics, blues, 2 min",
        sung("I gave you twenty or thirty seconds", duration=120),
    ),
    (OL, None, "用这些词写首歌：\n等了你两三分钟\n却像等了一辈子", sung("等了你两三分钟")),
    # --- (14) a colon, a blank line, then lines
    (
        CL,
        None,
        "Sing it like this:\n\nsoft and breathy\nslow, almost whispered\nwith a little reverb",
        {"tool": NEW, "lyrics_lacks": ["breathy"], "ask_ok": True},
    ),
    (
        CL,
        None,
        "Canta in italiano, in questo stile:\n\nmalinconico\nchitarra acustica\nvoce maschile",
        {"tool": NEW, "lyrics_lacks": ["chitarra acustica"], "ask_ok": True},
    ),
    (
        CL,
        None,
        "Write the lyrics about these things:\n\nmy dog Max\nour walks in the park\nhis old red ball",
        {"tool": NEW, "lyrics_lacks": ["his old red ball"], "ask_ok": True},
    ),
    (
        CL,
        None,
        "Escribe tú la letra, sobre esto:\n\nmi perro Max\nnuestros paseos por el parque\nsu vieja pelota roja",
        {"tool": NEW, "lyrics_lacks": ["su vieja pelota roja"], "ask_ok": True},
    ),
    (
        CC,
        None,
        "Make a song with these lyrics:\n\nrain on the window\ncoffee in my hand",
        sung("rain on the window", "coffee in my hand"),
    ),
    (CC, None, "这是歌词：\n\n雨下了一整夜\n你没有回来", sung("雨下了一整夜", "你没有回来")),
    (
        CC,
        None,
        "Make a song with these words:\n\n\nrain on the window\ncoffee in my hand",
        sung("rain on the window", "coffee in my hand"),
    ),
    # --- (15) Korean minutes and seconds
    (KO, None, "이분 삼십초짜리 발라드 만들어줘", nw(150)),
    (KO, None, "일 분 삼십 초짜리 잔잔한 피아노곡 만들어줘", nws(90)),
    (KO, None, "이 분 사십오 초 길이로 신나는 곡 하나", nws(165)),
    # --- (16) 'retire'
    (RT, None, "Make a 2 min song for my dad, he's going to retire next month", nws(120)),
    (RT, L, "My boss will retire soon: extend the end of this song by 20 s for her farewell video", ext(0, 20)),
    (RT, L, "Retire la voix entre 1:10 et 1:25", not_a_trim()),
    (RT, L, "Retire a bateria de 1:10 a 1:25", not_a_trim()),
    (RC, L, "Wete 5 premye segonn yo", trim(start=5)),
    (RC, L, "Por favor, retire los primeros 5 segundos", trim(start=5)),
    # --- (17) Arabizi and Greeklish
    (AZ, None, "bade music hadye 2 min, bidun kalam", nws(120, inst=True)),
    (AZ, None, "ana bde music 2 min bala kalam, lal study", nws(120, inst=True)),
    (AZ, None, "thelw ena kommati 2 min, xoris stixous", nws(120, inst=True)),
    (AZ, None, "ftiakse mou ena lofi 2 min xwris fwnitika", nws(120, inst=True)),
    (AZ, None, "3mlli beat 2 min mn 8er kalam", nws(120, inst=True)),
    (
        AZ,
        None,
        "bdoon kalam kteer, bade ghnye la 3eed milad emme, 1 min",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
]

if __name__ == "__main__":
    main(PROBES, __file__)
