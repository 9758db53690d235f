"""Red-team probe (redteam43) of the router rules changed in 6dbb9c8, hunting SILENT WRONG plans: a plan made without a
question whose tool or a certain argument is wrong, and questions newly asked where the answer was obvious (verdict
ASKED).

The rules under attack: (1) account.another_unit_after with vocab_data.OTHER_UNITS (CLDR's units of days to years,
km, kg, GB, MB, percent in the 50 languages, and a reviewed list of money nouns and signs, now matched lowercased): a
bare number before one is never a length; tried with words that are such a unit somewhere and a name or an ordinary
word elsewhere ('Peso Pluma', 'Metro Boomin', 'Lata Mangeshkar', 'Dies Irae', 'Dani California', 'Hari Raya',
'year-end', Malay 'hari ni' and Thai 'วันนี้' (today), Korean '일본' / '원래' glued to '일' / '원') after a number
that is the ask (takes, a trim, a window), and percent after a fade or a trim; (2) _extensions: a length told (the
track's own, or the whole said again) dropped only when no side word or adding word is in its clause, a whole and
sided amounts that disagree asked, a whole that checks the amount adding nothing: the track told in a clause with
an adding word ('mais' (but), 'plus ou moins', 'más', 'nicht mehr als', 'need', 'give'), clause ends at brackets
and emoji, a start amount beside the whole, wholes in German, Spanish, Italian, Russian, Chinese, Korean;
(3) read._inline_sections opening after words that name lyrics anywhere before the markers (_LYRICS_NAMED, not
word-bounded: 'texture', 'sin letra', 'no lyrics', 'без текста', 'Ohne Text'), new sung section names as prefixes
('Rap', '절' of '절정', 'Bend'), and _TAIL_ASK now only 'make it' in the last clause ('…, make it punk, fast and
loud', '…, keep it acoustic', '. Make it punk rock', ', bitte mit Klavier'); (4) account.a_story_number: a question
ends a story only when its sentence holds two numbers (a fade, a trim, takes asked in a question in other
languages than English).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam43.py [filter] [-q] [--old SRC]

First run on 6dbb9c8 (labels committed before it, 99ce8c4): 96 probes; OK 62, ASKED 10, SILENT WRONG 24 (8 new vs
42c0df5, 16 pre-existing), ERROR 0. Against 42c0df5: 3 asked -> OK, 1 silent -> OK, 6 asked -> silent, 2 OK ->
silent, no OK -> asked. Against 6dbb9c8's parent (the diff itself): 11 OK -> silent, 1 OK -> asked, 2 asked -> OK, 2
silent -> OK. New silent (vs 42c0df5): a count of takes before a name that starts with a unit word is dropped and
one take is made where 42c0df5 asked ('make 2 peso pluma type corridos', 'make 3 metro boomin type beats' and 'Make 3
Metro Boomin …', 'make 2 dies irae variations', 'make 2 dani california style rock songs', 'make 2 hari raya
songs'; already silent on the parent); one-line markers opened by _LYRICS_NAMED, which is not word-bounded, and by
'lyrics' in 'Write lyrics about …', sing a brief ('Make a lo-fi beat with a warm texture [Intro] soft rain …
[Verse] lazy drums …' sings the instruments; 'Write lyrics about summer [Verse] a road trip with friends [Chorus]
freedom and the open sky' sings the outline). Pre-existing vs 42c0df5 but OK on the parent (brought back by this
diff): the new section names as prefixes make briefs sung ('[Intro] soft pads [Rap] hard bass', '[인트로] 잔잔한 피아노
[절정] 강한 드럼' ('절정', climax), '[Intro] clean arpeggios [Bend] screaming solo'); asks after one-line lyrics sung
since _asks_after is gone and _TAIL_ASK reads only 'make it' in the last clause (', make it punk, fast and loud',
', por favor que sea alegre', ', bitte mit Klavier und langsam', ', and give it a slow build', '; add strings and a
choir'); a_story_number: "Peux-tu m'en faire 3 ? Du jazz, 30 secondes chacun." (one number in a question now a
story) makes one take. Other pre-existing silent: 'make 2 lata mangeshkar style songs', 'make 2 year-end party
anthems' one take; 'fade out the last 10% of the song' (180 s) a 3 s fade; '最後の8をフェードアウトできる？' a 3 s fade;
', keep it acoustic', ', with a slow tempo and soft piano', '. Make it punk rock' sung. Newly asked vs the parent:
'La musique fait 3 min mais le film dure 5 min. Rallonge la fin pour arriver à 5 minutes.' of a 180 s track (French
'mais', 'but', is an adding word: the track told is sided, '5 min' asked). Asked on all three builds: the track told
beside 'plus ou moins' / 'mais ou menos' / 'give it 1 more', wholes in es/ru/zh at 120 s, 'another 30 seconds of
outro, 3 minutes total', '(le film dure 5 minutes)', 'Did you know I'm 40?', 'we were 18 and 19?'.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, Plan, ext, fade, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN)

L = 100.0
L2 = 180.0
OUTP = "audio_outpaint"

OU = "other unit after: a number before a word that is a unit somewhere"
OG = "other unit: guards (a real unit of something else)"
EX = "_extensions: told lengths, a whole against the amounts"
LY = "inline lyrics: opening words, sung section names, asks among them"
ST = "story number: a question with one number"


def brief(*lacks: str, **kw: Any) -> dict[str, Any]:
    """A new piece whose brief is not sung: a question is fine."""
    return {"tool": NEW, "ask_ok": True, "lyrics_lacks": list(lacks), **kw}


def wordless(*lacks: str) -> dict[str, Any]:
    """A new piece asked without words: instrumental, none of the brief sung; a question is fine."""
    return {"tool": NEW, "ask_ok": True, "inst": True, "lyrics_lacks": list(lacks)}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1a) a count of takes before a name or word that starts with a unit word
    (OU, None, "make 2 peso pluma type corridos, 1 min each", nws(60, takes=2)),
    (OU, None, "make 3 metro boomin type beats, 30 sec each", nws(30, takes=3)),
    (OU, None, "make 2 lata mangeshkar style songs, 1 minute each", nws(60, takes=2)),
    (OU, None, "make 2 dies irae variations for choir, 1 min each", nws(60, takes=2)),
    (OU, None, "make 2 dani california style rock songs, 1 min each", nws(60, takes=2)),
    (OU, None, "make 2 hari raya songs, 1 minute each", nws(60, takes=2)),
    (OU, None, "make 2 year-end party anthems, 1 min each", nws(60, takes=2)),
    (OU, None, "Make 3 Metro Boomin type beats, 30 seconds each", nws(30, takes=3)),
    # --- (1b) a trim, a window, a fade before such a word
    (OU, L, "tolong potong awal 10 hari ni, ada bunyi klik", trim(start=10, ask_ok=True)),
    (OU, L, "ตัดหัว 10 วันนี้เลยนะ มีเสียงคลิก", trim(start=10, ask_ok=True)),
    (OU, L, "마지막 10 일본풍으로 바꿔줘", inp(90, 100, ask_ok=True)),
    (OU, L, "마지막 10 원래 느낌으로 다시 만들어줘", inp(90, 100, ask_ok=True)),
    (OU, L2, "Fade out the last 10 percent", fade(18, ask_ok=True)),
    (OU, L2, "fade out the last 10% of the song", fade(18, ask_ok=True)),
    (OU, 200.0, "Trim 5% off the start", trim(start=10, ask_ok=True)),
    # --- (1c) guards: a real unit of something else before the ask
    (OG, L, "I paid 40 bucks for this beat. Extend the end by 20 seconds.", ext(0, 20)),
    (OG, L, "Costó 300 pesos, alárgala 20 segundos al final", ext(0, 20)),
    (OG, None, "Hat 15 Euro gekostet. Mach 2 Versionen, Jazz, 30 Sekunden", nws(30, takes=2)),
    (OG, None, "Ich laufe 10 Kilometer am Tag. Mach einen Song von 2 Minuten zum Laufen", nws(120)),
    (OG, None, "Sudah 5 Tahun kami menikah. Buat lagu cinta 1 menit", nws(60)),
    # --- (2a) the track told in a clause with an adding word (a plain reading: the rest added)
    (EX, 120.0, "It's 2 minutes and I want to extend it to 3 minutes", ext(0, 60)),
    (
        EX,
        180.0,
        "La musique fait 3 min mais le film dure 5 min. Rallonge la fin pour arriver à 5 minutes.",
        ext(0, 120),
    ),
    (EX, 120.0, "The song is 2 minutes but I need 3 minutes, add the rest at the end", ext(0, 60)),
    (EX, 120.0, "It's 2 minutes now give it 1 more minute at the end", ext(0, 60)),
    (EX, 120.0, "La chanson fait plus ou moins 2 minutes. Rallonge-la jusqu'à 3 minutes.", ext(0, 60)),
    (EX, 120.0, "A música tem mais ou menos 2 minutos. Aumenta para 3 minutos.", ext(0, 60)),
    (EX, 120.0, "La canción dura 2 minutos nada más y la quiero de 3 minutos", ext(0, 60, ask_ok=True)),
    (EX, 120.0, "Der Song hat nicht mehr als 2 Minuten. Mach ihn 3 Minuten lang.", ext(0, 60)),
    (EX, 120.0, "Трек ещё только 2 минуты. Сделай его 3 минуты.", ext(0, 60)),
    (EX, 120.0, "I need it to be 3 minutes: the song is 2 minutes, add the rest at the end", ext(0, 60)),
    (EX, 120.0, "the song is 2 minutes 😅 add 2 more minutes at the end", ext(0, 120)),
    (EX, 120.0, "My track is 2 minutes and I need 3 minutes for the video", ext(0, 60, ask_ok=True)),
    # --- (2b) a whole that checks the amount, in many languages
    (EX, 120.0, "Verlängere das Ende um 1 Minute, damit es insgesamt 3 Minuten sind", ext(0, 60)),
    (EX, 120.0, "Alarga el final 1 minuto para llegar a 3 minutos", ext(0, 60)),
    (EX, 120.0, "Aggiungi 1 minuto alla fine per arrivare a 3 minuti", ext(0, 60)),
    (EX, 120.0, "Добавь в конец 1 минуту, чтобы всего было 3 минуты", ext(0, 60)),
    (EX, 120.0, "最后加1分钟，总共3分钟", ext(0, 60)),
    (EX, 120.0, "끝에 1분 추가해서 총 3분으로 만들어줘", ext(0, 60)),
    (EX, 120.0, "Add 1 minute at the end (so 3 minutes total)", ext(0, 60)),
    (EX, 120.0, "Add 1 minute at the end 👉 3 minutes total", ext(0, 60)),
    (EX, 120.0, "Add 30 seconds at the end and another 30 seconds of outro, 3 minutes total", ext(0, 60)),
    (EX, 120.0, "Make it 3 minutes, I mean 180 seconds, add the extra at the end", ext(0, 60)),
    (EX, 120.0, "Extend it to 3 minutes with a 30 second outro", ext(0, 60, ask_ok=True)),
    (
        EX,
        120.0,
        "Rallonge la fin de 1 minute pour que la musique fasse 3 minutes au total (le film dure 5 minutes)",
        ext(0, 60),
    ),
    # --- (2c) a whole against the amounts: disagreeing (asked) or with a start amount
    (EX, 100.0, "Verlängere bitte das Ende um 1 Minute, damit es insgesamt 3 Minuten sind", ASK),
    (EX, 100.0, "Alarga el final 1 minuto para llegar a los 3 minutos", ASK),
    (EX, 100.0, "Aggiungi 1 minuto alla fine, per arrivare a 3 minuti", ASK),
    (EX, 100.0, "Добавь в конец 1 минуту, чтобы всего вышло 3 минуты", ASK),
    (EX, 100.0, "结尾加1分钟，总共3分钟", ASK),
    (EX, 100.0, "Add 1 minute at the end 👉 3 minutes in total", ASK),
    (EX, 120.0, "Add 30 seconds at the end and another 30 seconds of outro, 4 minutes total", ASK),
    (EX, 100.0, "Add a 30 second intro to reach 2 minutes", ASK),
    (EX, 100.0, "Add 10 seconds at the start and 30 at the end to reach 2 minutes", ASK),
    (EX, 90.0, "Add 10 seconds at the start and 20 at the end to reach 2 minutes", ext(10, 20, ask_ok=True)),
    (
        EX,
        60.0,
        "Add a 30 second intro and 30 more seconds at the end, to reach 2 minutes in total",
        ext(30, 30, ask_ok=True),
    ),
    (EX, 100.0, "Put 20 seconds before the song starts to reach 2 minutes", ext(20, 0, ask_ok=True)),
    (EX, 60.0, "Add 1 minute at the end, and then make it 3 minutes", ext(0, 120, ask_ok=True)),
    (EX, 100.0, "Extend it with an intro to 2 minutes total", ext(20, 0, ask_ok=True)),
    # --- (3a) words that name lyrics anywhere before the markers: no lyrics, a texture, a context
    (
        LY,
        None,
        "Hazme una canción sin letra [Intro] guitarra suave [Verso] piano y cuerdas",
        wordless("guitarra suave"),
    ),
    (
        LY,
        None,
        "Instrumental only, no lyrics [Intro] soft guitar [Verse] piano and strings [Chorus] full band",
        wordless("soft guitar", "piano and strings"),
    ),
    (LY, None, "Сделай трек без текста [Интро] тихая гитара [Куплет] пианино и струнные", wordless("тихая гитара")),
    (LY, None, "Ohne Text bitte [Intro] leise Gitarre [Strophe] Klavier und Streicher", wordless("leise Gitarre")),
    (
        LY,
        None,
        "Make a lo-fi beat with a warm texture [Intro] soft rain and vinyl crackle [Verse] lazy drums and mellow keys",
        brief("soft rain", "lazy drums"),
    ),
    (
        LY,
        None,
        "Write lyrics about summer [Verse] a road trip with friends [Chorus] freedom and the open sky",
        brief("a road trip with friends", "freedom and the open sky"),
    ),
    # --- (3b) new sung section names as prefixes of other markers
    (LY, None, "Make a trap beat: [Intro] soft pads [Rap] hard bass and fast hi-hats", brief("soft pads", "hard bass")),
    (LY, None, "비트 만들어줘: [인트로] 잔잔한 피아노 [절정] 강한 드럼과 베이스", brief("잔잔한 피아노", "강한 드럼")),
    (LY, None, "Make a guitar piece: [Intro] clean arpeggios [Bend] screaming solo", brief("clean arpeggios")),
    # --- (3c) sung lyrics the new rules open (guards)
    (LY, None, "Sing these lyrics [Verse] cold coffee in the morning [Chorus] you're gone", sung("cold coffee")),
    (LY, None, "この歌詞で曲にして [Aメロ] 朝が来た [サビ] 走り出せ", sung("朝が来た")),
    (LY, None, "이 가사로 노래 만들어줘 [1절] 비가 와 [후렴] 너를 기다려", sung("비가 와", ask_ok=True)),
    (LY, None, "Gawin mo itong kanta: [Berso] Mahal kita [Koro] Huwag kang umalis", sung("Mahal kita")),
    (LY, None, "Isse gaana banao: [Mukhda] dil tera [Antara] raat ki baat", sung("dil tera")),
    (LY, None, "Lyrics: [Verse] we gonna make it [Chorus] oh, make it through the night", sung("we gonna make it")),
    # --- (3d) asks after the lyrics that _TAIL_ASK no longer reads
    (
        LY,
        None,
        "Turn this into a song: [Verse] the city sleeps [Chorus] we run all night, make it punk, fast and loud",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["make it punk"]},
    ),
    (
        LY,
        None,
        "Song please: [Verse] the city sleeps [Chorus] we run all night. Make it punk rock",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Make it punk"]},
    ),
    (
        LY,
        None,
        "Lyrics: [Verse] the city sleeps [Chorus] we run all night, keep it acoustic",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["keep it acoustic"]},
    ),
    (
        LY,
        None,
        "Make a song: [Verse] the city sleeps [Chorus] we run all night, with a slow tempo and soft piano",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["slow tempo"]},
    ),
    (
        LY,
        None,
        "Hazme una cumbia: [Verso] bailando sola [Coro] toda la noche, por favor que sea alegre",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["que sea alegre"]},
    ),
    (
        LY,
        None,
        "Mach daraus Pop: [Strophe] die Nacht ist kalt [Refrain] bleib bei mir, bitte mit Klavier und langsam",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["mit Klavier"]},
    ),
    (
        LY,
        None,
        "Make it pop: [Verse] the city sleeps [Chorus] we run all night, and give it a slow build",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["give it a slow build"]},
    ),
    (
        LY,
        None,
        "Make it pop: [Verse] the city sleeps [Chorus] we run all night; add strings and a choir",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["add strings"]},
    ),
    # --- (4a) a number asked in a question, in languages the asking words do not cover
    (ST, L, "Kannst du die letzten 8 ausblenden? Dann als mp3 exportieren.", fade(8, ask_ok=True)),
    (ST, L, "¿Puedes cortar los primeros 3? Y exporta en wav.", trim(start=3, ask_ok=True)),
    (ST, L, "Puoi sfumare gli ultimi 8? Poi esporta in mp3.", fade(8, ask_ok=True)),
    (ST, L, "Kannst du das Ende um 20 verlängern? Exportiere dann als wav.", ext(0, 20, ask_ok=True)),
    (ST, L, "Можешь обрезать первые 6? И экспортируй в mp3.", trim(start=6, ask_ok=True)),
    (ST, L, "Zvládneš ztlumit posledních 6? Pak export do mp3.", fade(6, ask_ok=True)),
    (ST, L, "¿Le puedes quitar los primeros 7? Expórtala en wav.", trim(start=7, ask_ok=True)),
    (ST, L, "最後の8をフェードアウトできる？mp3で書き出して", fade(8, ask_ok=True)),
    (ST, None, "¿Me haces 3? Jingles de jazz, 30 segundos cada uno.", nw(30, takes=3)),
    (ST, None, "Peux-tu m'en faire 3 ? Du jazz, 30 secondes chacun.", nw(30, takes=3)),
    (ST, L, "Can you make the last 8 fade? Then export as mp3.", fade(8, ask_ok=True)),
    # --- (4b) story numbers in a question (guards)
    (ST, None, "Did you know I'm 40? Make a birthday song, 1 minute.", nws(60)),
    (ST, None, "¿Sabías que mi hija cumple 7? Hazme una canción de cuna de 1 minuto.", nws(60)),
    (ST, None, "Remember when we were 18 and 19? Make a nostalgic song, 1 minute.", nws(60)),
    (ST, L, "Wusstest du, dass ich 40 bin? Exportiere den Song als mp3.", fmt_is("mp3")),
]


if __name__ == "__main__":
    main(PROBES, __file__)
