"""Red-team probe (redteam44) of the router rules changed in 67083c7 and 893f7fa, hunting SILENT WRONG plans: a plan
made without a question whose tool or a certain argument is wrong, and questions newly asked where the answer was
obvious (verdict ASKED).

The rules under attack: (1) read._LYRICS_NAMED, now only 'these / those / ye lyrics', 'in lyrics' (not
word-bounded) and two Arabic phrases, beside THESE_WORDS: one-line lyrics opened by other words that name them ('my
lyrics', 'is lyrics se', 'mi letra', 'meinem Text', 'mes paroles', 'lirik saya'), and briefs after 'ignore those
lyrics', 'nothing in lyrics'; (2) read._ASK_AFTER_A_LINE: lyric lines that open like an ask (', make it through the
night', ', and with a sigh', '. With a smile', '; add another glass'), and asks after a line it does not list
('please make it', 'in a reggae style', 'sung by', a dash, brackets, 'y que sea', 'avec une guitare', 'bitte
langsam', 'mit Streichern', 'com violão', 'пусть будет', '、ロックっぽく', Hinglish 'bana do', 'with strings');
(3) sung-section names without 'rap' and '절' ('[Intro] … [Rap] …', '[1절] … [2절] …'); (4) account.another_unit_after's
_FEW / _WORD_AFTER: a count of one to four before any other unit followed by a word ('2 years old', '3 dollars for',
'2% of', '3% off', '2 MB for', '3 km morning', '3 años que', '3년 동안', '3 year anniversary', '2 Jahren zusammen'),
a number that is no count; (5) account.a_story_number: a question is never a story (a number in an aside asked as a
question: 'my son turns 3 tomorrow?', '¿Sabías que tengo 3 gatos?', 'Weißt du, dass ich 4 Katzen habe?'); (6)
_TOLD_ADDING without 'mais' and 'plus' (French 'but', yet Portuguese 'more' and French 'de plus'); (7) Czech, Slovak,
Polish 'varianty' / 'warianty' as takes, and 'variant' (5 and more); (8) _BOTH_ENDS_FADE ('两秒半', '1.5秒', '2
sec', '加2秒淡入淡出', '开头结尾各', '前后各加 / 剪掉'), Hungarian 'polkából' (from polka); and in general (9)
romanised typing (Arabizi with digits as letters, Hinglish, translit Russian with '4to') and (10) follow-up messages.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam44.py [filter] [-q] [--old SRC]

First run on 893f7fa (labels committed before it, 1e2fdd8): 108 probes; OK 55, ASKED 33, SILENT WRONG 20 (4 new vs
67083c7's parent, 16 pre-existing), ERROR 0. Against the parent (the diff itself): 3 OK -> silent, 1 asked -> silent,
5 silent -> OK, 3 silent -> asked, 3 asked -> OK, 13 OK -> asked.

New silent (vs the parent): 'is lyrics se gaana banao [Mukhda] dil tera [Antara] raat ki baat' (Hinglish 'is
lyrics', this lyrics, no longer opens them: the lines go into the tags and nothing is sung); 'Mám 2 varianty textu,
udělej z prvního písničku na 1 minutu' (2 variants of the text, a song from the first: 'varianty' counted as takes,
2 paid renders); '头尾各fade两秒半' (2.5 s at each end: _BOTH_ENDS_FADE stops at '两秒' and leaves '半', fade in 2 s,
fade out 2.5 s); 'A polkából elég volt, csinálj egy 1 perces techno számot' (enough of polka, make techno: 'polkából'
now renders polka). Pre-existing silent: asks after the last line among one-line lyrics sung, in 13 shapes that
_ASK_AFTER_A_LINE and _TAIL_ASK do not list (', please make it jazzy', ', in a reggae style', ', sung by a woman', ' -
make it punk', ' (make it punk)', ', with strings and piano', ', y que sea alegre', ', avec une guitare acoustique',
', bitte langsam und traurig', ', com violão e voz feminina', ', пусть будет грустно', '、ロックっぽくして', ', isko
sad bana do'); "Make a chill beat, I don't need these lyrics [Intro] rain sounds [Verse] soft keys and vinyl"
('these lyrics' opens the brief as sung lyrics though they are refused); 'Fade out the last 2% of the song' of a 180
s track (a 3 s fade, the percent dropped); '首尾各加2秒淡入淡出' (2 s fade at each end: fade out only).

Newly asked (vs the parent), where the answer was plain: one-line lyrics opened by 'my lyrics', 'mi letra', 'meinem
Text', 'mes paroles'; lyric lines opening like an ask (', and with a sigh', '. With a smile', '; add another glass');
'[Intro] … [Rap] …' raps; a count of one to four before a unit and a word ('my 3 km morning jog', '3년 동안', 'bayar 3
dolar untuk'); 'Who else is 30 this year? Export it as wav.'. Silent on the parent, now asked: 'make 4 metro boomin
type beats' (the 4 read as nothing). Asked on both builds: '[1절] … [2절] …', '3 year anniversary', '2 Jahren
zusammen', '3 saal ka', '头尾各fade 1.5秒' / '2 sec', '开头结尾各淡入淡出2秒', '前后各剪掉3秒', 'mais ajoute 30
secondes au début', '2a5er 10 sec … fade out'.

Label fixed after the run (an outright mistake): 'Prodluž konec o 20 sekund, 2 varianty' and 'Wydłuż koniec o 20
sekund, dwa warianty' wanted 2 takes of an outpaint; the router reads takes from the words only for a new piece and
asks otherwise by design, so a question is now no miss (both were asked: the first-run figures above count them
ASKED; with the fix OK 57, ASKED 31).
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, Plan, ext, fade, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, inp)

L = 100.0
L2 = 180.0
FREE = "process_track"

LN = "lyrics named: one-line lyrics opened by words that name them"
AA = "ask after a line among one-line lyrics"
SS = "sung section names (no 'rap', no '절')"
FW = "a count of one to four before a unit and a word"
QS = "a question is never a story"
MA = "told lengths: 'mais' and 'plus' no adding words"
VA = "varianty / warianty as takes"
BF = "fade at both ends (zh), polkából (hu)"
RO = "romanised typing: Arabizi, Hinglish, translit Russian"
FU = "follow-up messages"


def brief(*lacks: str, **kw: Any) -> dict[str, Any]:
    """A new piece whose brief is not sung: a question is fine."""
    return {"tool": NEW, "ask_ok": True, "lyrics_lacks": list(lacks), **kw}


def wordless(*lacks: str) -> dict[str, Any]:
    """A new piece asked without words: instrumental, none of the brief sung; a question is fine."""
    return {"tool": NEW, "ask_ok": True, "inst": True, "lyrics_lacks": list(lacks)}


def both(sec: float, **kw: Any) -> dict[str, Any]:
    """A fade in and a fade out of `sec` each, free."""
    return {"tool": FREE, "fade_in_s": sec, "fade_out_s": sec, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) one-line lyrics opened by words that name them, outside _LYRICS_NAMED and THESE_WORDS
    (LN, None, "Here are my lyrics [Verse] cold coffee in the morning [Chorus] you're gone", sung("cold coffee")),
    (LN, None, "is lyrics se gaana banao [Mukhda] dil tera [Antara] raat ki baat", sung("dil tera")),
    (LN, None, "in lyrics pe gaana banao [Mukhda] dil tera [Antara] raat ki baat", sung("dil tera")),
    (LN, None, "Con mi letra haz una balada [Verso] café frío en la mañana [Coro] ya no estás", sung("café frío")),
    (
        LN,
        None,
        "Mach einen Popsong mit meinem Text [Strophe] die Nacht ist kalt [Refrain] bleib bei mir",
        sung("die Nacht ist kalt"),
    ),
    (LN, None, "Fais une chanson avec mes paroles [Couplet] la nuit tombe [Refrain] reste avec moi", sung("la nuit")),
    (LN, None, "Tulis lagu dari lirik saya [Verse] hujan turun [Chorus] aku menunggu", sung("hujan turun")),
    (LN, None, "この歌詞でバラードを作って [Aメロ] 雨の音 [サビ] 君を待つ", sung("雨の音")),
    (LN, None, "用这段歌词写一首歌 [主歌] 夜很长 [副歌] 我等你", sung("夜很长")),
    (
        LN,
        None,
        "Instrumental only, ignore those lyrics [Intro] soft guitar [Verse] piano and strings",
        wordless("soft guitar", "piano and strings"),
    ),
    (
        LN,
        None,
        "No vocals, nothing in lyrics [Intro] soft guitar [Verse] piano and strings",
        wordless("soft guitar", "piano and strings"),
    ),
    (
        LN,
        None,
        "Make a chill beat, I don't need these lyrics [Intro] rain sounds [Verse] soft keys and vinyl",
        wordless("rain sounds", "soft keys"),
    ),
    # --- (2a) lyric lines that open like an ask: sung, a question is a miss
    (
        AA,
        None,
        "Turn this into a song: [Verse] we're gonna make it, make it through the night [Chorus] hold on",
        sung("through the night"),
    ),
    (
        AA,
        None,
        "Make a ballad: [Verse] the rain came down, and with a sigh you left [Chorus] come back to me",
        sung("come back to me"),
    ),
    (
        AA,
        None,
        "Turn this into a song: [Verse] you walked away. With a smile you said goodbye [Chorus] I'm still here",
        sung("I'm still here"),
    ),
    (AA, None, "Song please: [Verse] baby, make it rain tonight [Chorus] dance with me", sung("dance with me")),
    (
        AA,
        None,
        "Make a song: [Verse] pour the wine; add another glass for me [Chorus] we're alone",
        sung("we're alone"),
    ),
    # --- (2b) asks after a line that the rules do not list: never sung
    (
        AA,
        None,
        "Make a song: [Verse] the city sleeps [Chorus] we run all night, please make it jazzy",
        brief("make it jazzy"),
    ),
    (
        AA,
        None,
        "Make a song: [Verse] the city sleeps [Chorus] we run all night, in a reggae style",
        brief("reggae style"),
    ),
    (AA, None, "Make a song: [Verse] the city sleeps [Chorus] we run all night, sung by a woman", brief("sung by")),
    (AA, None, "Make a song: [Verse] the city sleeps [Chorus] we run all night - make it punk", brief("make it punk")),
    (AA, None, "Make a song: [Verse] the city sleeps [Chorus] we run all night (make it punk)", brief("make it punk")),
    (
        AA,
        None,
        "Make a song: [Verse] the city sleeps [Chorus] we run all night, with strings and piano",
        brief("with strings"),
    ),
    (
        AA,
        None,
        "Make a song: [Verse] the city sleeps [Chorus] we run all night. Add a female vocal",
        brief("Add a female"),
    ),
    (
        AA,
        None,
        "Hazme una cumbia: [Verso] bailando sola [Coro] toda la noche, y que sea alegre",
        brief("que sea alegre"),
    ),
    (
        AA,
        None,
        "Fais-en une chanson : [Couplet] la nuit tombe [Refrain] reste avec moi, avec une guitare acoustique",
        brief("guitare acoustique"),
    ),
    (
        AA,
        None,
        "Mach daraus Pop: [Strophe] die Nacht ist kalt [Refrain] bleib bei mir, bitte langsam und traurig",
        brief("bitte langsam"),
    ),
    (
        AA,
        None,
        "Faz uma música: [Verso] a noite cai [Refrão] fica comigo, com violão e voz feminina",
        brief("com violão"),
    ),
    (
        AA,
        None,
        "Сделай песню: [Куплет] ночь темна [Припев] останься со мной, пусть будет грустно",
        brief("пусть будет грустно"),
    ),
    (AA, None, "曲にして: [Aメロ] 朝が来た [サビ] 走り出せ、ロックっぽくして", brief("ロックっぽく")),
    (AA, None, "Gaana banao: [Mukhda] dil tera [Antara] raat ki baat, isko sad bana do", brief("sad bana do")),
    # --- (3) sung-section names without 'rap' and '절'
    (
        SS,
        None,
        "Turn this into a song: [Intro] yeah yeah [Rap] I came from the bottom now I'm here",
        sung("I came from the bottom"),
    ),
    (SS, None, "Make a rap song: [Intro] yo yo [Rap] money on my mind [Outro] peace", sung("money on my mind")),
    (SS, None, "노래로 만들어줘: [절] 비가 와 너를 기다려 [후렴] 오늘도 창밖을 봐", sung("비가 와")),
    (SS, None, "노래로 만들어줘: [1절] 비가 와 너를 기다려 [2절] 오늘도 창밖을 봐", sung("비가 와")),
    (
        SS,
        None,
        "Make a beat: [Intro] soft pads [Rap] fast flow over hard bass [Outro] soft pads again",
        brief("soft pads", "hard bass"),
    ),
    # --- (4) a count of one to four before another unit and a word: a number that is no count and no length
    (FW, None, "Make a 1 minute lullaby for my daughter, she is 2 years old today", nws(60, takes=None)),
    (FW, None, "Make a 1 minute love song, we've been married 3 years now", nws(60, takes=None)),
    (FW, L, "I paid 4 euros for this beat. Extend the end by 20 seconds.", ext(0, 20, takes=None)),
    (FW, L2, "Fade out the last 2% of the song", fade(3.6, ask_ok=True)),
    (FW, 200.0, "Trim 3% off the start", trim(start=6, ask_ok=True)),
    (
        FW,
        L,
        "Export it as mp3, it has to be under 2 MB for email",
        fmt_is("mp3", trim_start_s=None, trim_end_s=None, ask_ok=True),
    ),
    (FW, None, "Make a 2 minute running song for my 3 km morning jog", nws(120, takes=None)),
    (FW, None, "Haz una canción de cuna de 1 minuto para mi hija de 3 años que no duerme", nws(60, takes=None)),
    (FW, None, "결혼 3년 동안 고마웠어, 1분짜리 사랑 노래 만들어줘", nws(60, takes=None)),
    (FW, L, "My son is 4 years old and loves this song, fade out the last 5 seconds", fade(5, takes=None)),
    (FW, L, "Cut the first 3 seconds, I paid 2 dollars for it", trim(start=3, takes=None)),
    (FW, None, "Make 2 songs for our 3 year anniversary, 1 minute each", nws(60, takes=2)),
    (FW, None, "Mach einen 1 Minute langen Song, wir sind seit 2 Jahren zusammen", nws(60, takes=None)),
    (FW, L, "Saya bayar 3 dolar untuk lagu ini, potong 5 detik awal", trim(start=5, takes=None)),
    (FW, None, "make 4 metro boomin type beats, 30 sec each", nws(30, takes=4)),
    # --- (5) a question is never a story: a number in an aside asked as a question
    (QS, None, "Can you believe my son turns 3 tomorrow? Make him a birthday song, 1 minute.", nws(60, takes=None)),
    (QS, None, "¿Sabías que tengo 3 gatos? Hazme una canción de 1 minuto sobre ellos.", nws(60, takes=None)),
    (QS, L, "Weißt du, dass ich 4 Katzen habe? Blende die letzten 5 Sekunden aus.", fade(5, takes=None)),
    (QS, None, "Did you know I ran 2 marathons this year? Make a 1 minute workout song.", nws(60, takes=None)),
    (QS, None, "Remember when we were 17? Make a nostalgic song, 1 minute.", nws(60, takes=None)),
    (QS, L, "Who else is 30 this year? Export it as wav.", fmt_is("wav", trim_start_s=None, trim_end_s=None)),
    (
        QS,
        None,
        "Знаешь, что мне 3 года назад подарили гитару? Сделай песню на 1 минуту",
        nws(60, takes=None),
    ),
    (QS, L, "Can you cut the first 3? Make it wav.", trim(start=3, ask_ok=True)),
    (QS, None, "Can you make me 2? Lo-fi beats, 30 seconds each.", nw(30, takes=2)),
    # --- (6) told lengths: 'mais' and 'plus' no adding words in a story's clause
    (MA, 120.0, "A música tem 2 minutos, quero mais 2 minutos", ext(0, 120, ask_ok=True)),
    (MA, 60.0, "Elle dure 1 minute, j'en veux 1 minute de plus", ext(0, 60, ask_ok=True)),
    (MA, 120.0, "Fais-la durer 2 minutes de plus", ext(0, 120, ask_ok=True)),
    (MA, 120.0, "Le morceau dure 2 minutes mais la vidéo dure 3 minutes, rallonge la fin", ext(0, 60)),
    (MA, 120.0, "A música tem 2 minutos mas o vídeo tem 3 minutos, estica o final", ext(0, 60)),
    (MA, 120.0, "La chanson fait 2 minutes mais ajoute 30 secondes au début", ext(30, 0)),
    (MA, 120.0, "Ça fait 2 minutes, mais rallonge-la de 2 minutes à la fin", ext(0, 120)),
    (MA, 90.0, "A música tem 1 minuto e meio, põe mais 30 segundos no começo", ext(30, 0)),
    # --- (7) varianty / warianty as takes
    (VA, None, "Udělej 2 varianty, jazz, 30 sekund", nws(30, takes=2)),
    (VA, None, "Zrób 3 warianty, rock, 1 minuta", nws(60, takes=3)),
    (VA, None, "Udělej 5 variant znělky, 30 sekund", ASK),
    (VA, L, "Prodluž konec o 20 sekund, 2 varianty", ext(0, 20, takes=2, ask_ok=True)),
    (VA, L, "Wydłuż koniec o 20 sekund, dwa warianty", ext(0, 20, takes=2, ask_ok=True)),
    (VA, None, "Sprav dve varianty, lo-fi, 1 minúta", nws(60, takes=2)),
    (VA, None, "Mám 2 varianty textu, udělej z prvního písničku na 1 minutu", nw(60, takes=None)),
    # --- (8) a fade at each end in Chinese; Hungarian 'polkából'
    (BF, L, "頭尾各fade兩秒", both(2)),
    (BF, L, "头尾各fade两秒半", both(2.5)),
    (BF, L, "头尾各fade 1.5秒", both(1.5)),
    (BF, L, "头尾各fade 2 sec", both(2)),
    (BF, L, "首尾各加2秒淡入淡出", both(2)),
    (BF, L, "开头结尾各淡入淡出2秒", both(2)),
    (BF, L, "首尾各fade三秒，然后导出mp3", both(3, output_format="mp3")),
    (BF, L, "前后各加10秒", ext(10, 10)),
    (BF, L, "前后各剪掉3秒", trim(start=3, end=3)),
    (BF, None, "Csinálj egy 1 perces dalt, ami a polkából merít", nw(60, tags_text=["polka"])),
    (
        BF,
        None,
        "A polkából elég volt, csinálj egy 1 perces techno számot",
        nw(60, tags_text=["techno"], tags_text_not=["polka"]),
    ),
    # --- (9) romanised typing
    (RO, None, "e3mel beat 7elw 30 sec", nws(30, takes=None)),
    (RO, L, "2a5er 10 sec e3melhom fade out", fade(10)),
    (RO, L, "zawed 20 sec fel 2a5er", ext(0, 20, ask_ok=True)),
    (RO, L, "last ke 10 second fade out kar do", fade(10)),
    (RO, L, "shuru ke 3 second hata do", trim(start=3, ask_ok=True)),
    (RO, None, "1 min ka lofi beat bana do, 2 version", nws(60, takes=2)),
    (
        RO,
        None,
        "mera beta 3 saal ka ho gaya, uske liye 1 minute ka birthday song banao",
        nws(60, takes=None),
    ),
    (RO, L, "end me 20 second aur add karo", ext(0, 20)),
    (RO, None, "sdelai trek na 1 minutu, dzhaz", nw(60, takes=None)),
    (RO, L, "obrezh pervye 5 sekund", trim(start=5, ask_ok=True)),
    (RO, 120.0, "prodli trek 4tob bylo 3 minuty", ext(0, 60, ask_ok=True)),
    (RO, L, "sdelai zatuhanie v kontse 4 sekundy", fade(4, ask_ok=True)),
    (RO, None, "sdelai 3 varianta, rok, 30 sekund", nw(30, takes=3)),
    # --- (10) follow-up messages
    (FU, L, "no, I meant the first 10 seconds", ASK),
    (FU, L, "do the same for the last 10 seconds", ASK),
    (FU, L, "undo that", ASK),
    (FU, L, "ok now export it as wav", fmt_is("wav")),
    (FU, L, "and 20 more seconds at the start please", ext(20, 0)),
    (FU, L, "also cut the last 5", trim(end=5, ask_ok=True)),
    (FU, L, "perfect! now fade out the last 4 seconds too", fade(4)),
    (FU, L, "ok the 2nd one, extend it by 30 seconds", ext(0, 30, ask_ok=True)),
    (
        FU,
        L,
        "thanks! can you make 2 more like it, 30 seconds each?",
        {"tool": NEW, "duration": 30, "takes": 2, "ask_ok": True},
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
