"""Red-team probe (redteam32) of the router rules changed in 3046f1f..bd62841 (037ad96, d7f0aa8, 6be779d, c865115,
123a233, bd62841), hunting SILENT WRONG plans: a plan made without a question whose tool or a certain argument is
wrong, and questions newly asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) account._counts_a_noun's clause rule (_CLAUSE_STOP, _FOR_OR_WITH, _JUDGED): a count of
five or more, or any count after 'for/with', in a clause of its own is the story's, where it was a fade's or a cut's
length said loosely ('fade out the end, 8 maybe'), takes ('with 3 tries') or a window; (2) clock words and
identifiers (_CLOCK_AFTER 'টা', 'tonight', _CLOCK_BEFORE 'alle/delle/στις/saa', _CLOCK_BEFORE_H 'в/u/ב', a_clock_time
for a length said 'длиной в 6:30', _NOT_TIME_BEFORE's versions, 'v', 'biisi', 'som blir', 'нас', an age in brackets);
(3) corrections in dictation (_CORRECTION's 'いや', 'or rather', 'quer dizer', 'لا لا', _BARE_NOT_THEN_LENGTH's '2 no
muy largas de 30 s', normalise before _corrected with number words in lyrics); (4) a new piece beside a refused or open
track (_NOT_THIS_LATIN/_OTHER/_CJK, _NEW_BESIDE_REFUSAL 'otro/ein anderes/새로', 'open … but', 'غير هذا' as 'change
this', '그대로 두고'): an edit of the open track misread as a new piece; (5) spelled_settings ('one twenty bpm', 'three
twenty kbps', 'ten bpm faster') and the rate/loudness-named-without-number question ('a song about low bitrate');
(6) _EITHER_LENGTH ('3 of 20 s', Dutch 'of'); (7) _SPOKEN_AFTER_THESE ('with these lyrics I wrote yesterday'); (8)
_instructions_after with _MAKE_INTO (a last stanza holding 'faz … samba', 'sing it … rock'); (9) shaping:
_nearest_end with verbs, an unpaired cut verb, trims_read kept only when said twice ('cut 5 s from the start and the
end'); (10) _PAIR_AFTER_COLON ('2 takes: short and sweet'); (11) CJK counters after minutes ('3分20多秒'); (12) table
words: geen/keine/ingen before an English term not refused ('ich hab keine guitar skills'), MIX_TOGETHER ('mezcla de
salsa'), _OTHER_FORMAT ('opus', 'mp4' as no format asked), French 'onze' before a word then the unit, 'on repeat' as
no loop, 'زيدها حماس', 'BPM 130 is too fast', a bitrate before a comma.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam32.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, OUT, ext, free, inp, lyr, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
LONG = 720.0

CN = "account._counts_a_noun: _CLAUSE_STOP, _FOR_OR_WITH, _JUDGED"
CK = "clock words and identifiers: _CLOCK_AFTER/_BEFORE/_BEFORE_H, a_clock_time, _NOT_TIME_BEFORE"
CR = "corrections: _CORRECTION markers, _BARE_NOT_THEN_LENGTH, normalise before _corrected"
NB = "new beside refusal: _NOT_THIS_*, _NEW_BESIDE_REFUSAL, _THIS_ONE_OPEN, _aside_removed"
SP = "spelled_settings and the rate/loudness-without-number question"
EI = "_EITHER_LENGTH"
SA = "_SPOKEN_AFTER_THESE: dictated lyrics with no colon"
MI = "read._instructions_after with _MAKE_INTO"
SH = "shaping: _nearest_end with verbs, unpaired cut verb, trims_read said twice"
PC = "_PAIR_AFTER_COLON takes"
CJ = "CJK counters after minutes: COUNTED, MIN_THEN_SECONDS"
TW = "table words: negation, MIX_TOGETHER, _OTHER_FORMAT, onze, loop words, BPM/bitrate forms"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def new_sure(**kw: Any) -> dict[str, Any]:
    """A new piece, plainly: a question is a miss."""
    return {"tool": NEW, **kw}


def cut(**kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, **kw)


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def not_ext(**kw: Any) -> dict[str, Any]:
    return {"tool_not": OUT, "ask_ok": True, **kw}


def fade_out(sec: float, **kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, fade_out_s=sec, **kw)


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a count in a clause of its own: really a fade's or a cut's length, takes, an extension
    (CN, L, "Fade out the end, 8 maybe", fade_out(8)),
    (CN, L, "Fade out the ending, 7 probably", fade_out(7)),
    (CN, L, "Fade it out at the end, 6 does it", fade_out(6)),
    (CN, L, "Haz un fade out al final, 8 creo", fade_out(8)),
    (CN, L, "Fais un fondu à la fin, 8 environ", fade_out(8)),
    (CN, L, "Mach am Ende ein Fade-out, 8 vielleicht", fade_out(8)),
    (CN, L, "Fai un fade out alla fine, 8 direi", fade_out(8)),
    (CN, L, "Faz um fade out no final, uns 8 talvez", fade_out(8)),
    (CN, L, "Сделай затухание в конце, 8 примерно", fade_out(8)),
    (CN, L, "Trim the start, the first 12 probably", cut(trim_start_s=12)),
    (CN, L, "Cut the end, the last 15 roughly", cut(trim_end_s=15)),
    (CN, L, "Extend it at the end, 20 extra", ext(0, 20, ask_ok=True)),
    (CN, L, "Verleng het einde, met 10 erbij", ext(0, 10, ask_ok=True)),
    (CN, L, "Förläng slutet, med 15 till", ext(0, 15, ask_ok=True)),
    (CN, L, "Redo 0:30-0:50, with 3 tries", inp(30, 50, takes=3, ask_ok=True)),
    (CN, L, "Regenerate 1:00 to 1:20, with 2 attempts please", inp(60, 80, takes=2, ask_ok=True)),
    (CN, L, "Rifai da 0:40 a 1:00, con 3 tentativi", inp(40, 60, takes=3, ask_ok=True)),
    # ... controls: the story's counts, the asking clause's length
    (CN, L, "Extend it by 30 seconds, it's for 12 dancers", ext(0, 30)),
    (CN, L, "Kéo dài thêm 30 giây ở cuối, cho 100 khách", ext(0, 30)),
    (CN, L, "Allungala di 45 secondi, serve per la sfilata con 12 modelle", ext(0, 45)),
    (CN, L, "Fade out the last 10 seconds, we have 50 guests", fade_out(10)),
    (CN, None, "Una canción de 2 minutos, para 6 bailarines, salsa", nw(120)),
    (CN, None, "Piosenka na 2 minuty, dla 30 dzieci, wesoła", nw(120)),
    # --- (2) clock words and identifiers
    (CK, None, "Сделай эмбиент-трек длиной в 6:30", nw(390)),
    (CK, None, "Сделай ремикс длиной в 10:00, техно", nw(600)),
    (CK, None, "Зроби трек тривалістю в 7:00, ембієнт", nw(420)),
    (CK, LONG, "Iseci u 10:30", cut(trim_end_s=90)),
    (CK, LONG, "Обрежь в 10:30, дальше не нужно", cut(trim_end_s=90)),
    (CK, LONG, "Cut it at 11:00, the rest is silence", cut(trim_end_s=60)),
    (CK, L, "শেষের ১০টা সেকেন্ড কেটে দাও", cut(trim_end_s=10)),
    (CK, None, "৩টা ভার্সন বানাও, ২ মিনিটের রক গান", {"tool": NEW, "takes": 3, "ask_ok": True, "duration": 120}),
    (CK, L, "Fade in (3) and fade out (6)", cut(fade_in_s=3, fade_out_s=6)),
    (CK, L, "Fade out the end (8)", fade_out(8)),
    (CK, None, "Gör en låt som blir 3 minuter lång, glad pop", nw(180)),
    (CK, None, "Lag en sang som blir 2 minutter, rolig jazz", nw(120)),
    (CK, None, "Сыграй для нас 2 минуты джаза", nw(120)),
    (CK, None, "Tee biisi 2 minuuttia pitkä, rauhallinen", nw(120)),
    (CK, None, "Tee kappale 3 minuuttia, iloinen pop", nw(180)),
    (CK, None, "Make a version 2 minutes long of a lullaby", nw(120)),
    (CK, None, "Tempo ok. 130 bpm, 2 minute house track", nw(120, bpm=130)),
    (CK, None, "Una canzone per stasera alle 8, di 2 minuti", nw(120)),
    (CK, None, "Ένα τραγούδι για το πάρτι στις 8, 2 λεπτά", nw(120)),
    (CK, None, "Wimbo wa dakika 2 kwa sherehe saa 3 usiku", nw(120)),
    (CK, None, "Gawa ng kanta na 2 minuto para sa party alas 8", nw(120)),
    (CK, None, "आज रात 8 बजे की पार्टी के लिए 2 मिनट का गाना", nw(120)),
    (CK, None, "Make a 2 minute song for tonight, 9 tonight at the bar", nw(120)),
    (CK, None, "שיר של שתי דקות לאירוע ב-20:00", nw(120)),
    (CK, None, "یه آهنگ پاپ ۲ دقیقه‌ای برای نوروز ۱۴۰۴ بساز", nw(120)),
    (CK, None, "เพลงปีใหม่ 2568 ยาว 2 นาที", nw(120)),
    # --- (3) corrections in dictation
    (CR, None, "2分のいやし系ピアノ曲、最後に10秒フェードアウト", nw(120)),
    (CR, None, "いやしの音楽を3分で作って", nw(180)),
    (CR, None, "Hazme 2 no muy largas de 30 segundos", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (CR, None, "Fammene 2 non più lunghe di 30 secondi", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (CR, None, "Make 2 no longer than 30 seconds each", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (CR, None, "Сделай 3 не длиннее 20 секунд каждая", {"tool": NEW, "takes": 3, "duration": 20, "ask_ok": True}),
    (CR, None, "Udělej 2 ne delší než 30 sekund", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (CR, None, "Gib mir 2 nicht länger als 30 Sekunden", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (CR, None, "Zrób 2 nie dłuższe niż 30 sekund, wesołe", {"tool": NEW, "takes": 2, "duration": 30, "ask_ok": True}),
    (
        CR,
        None,
        "Make it 2 minutes, no actually 90 seconds. Lyrics: one two three four, I declare a thumb war",
        nw(90, lyrics_has=["one two three"]),
    ),
    (
        CR,
        None,
        "Canción de 3 minutos, no digo 2 minutos, letra: uno dos tres, cuento las estrellas",
        nw(120, lyrics_has=["uno dos tres"]),
    ),
    (CR, None, "A 3 minute ballad, or rather 2 minutes, piano", nw(120)),
    (CR, None, "Uma música de 3 minutos, quer dizer, 2 minutos, samba", nw(120)),
    (CR, None, "Uma música sobre o que quer dizer saudade, 2 minutos", nw(120)),
    (CR, None, "أغنية مدتها 3 دقائق، لا لا خليها دقيقتين", nw(120)),
    (CR, L, "Son 10 saniyəni kəs, yox yox 15", cut(trim_end_s=15)),
    (CR, L, "Ostatnie 10 sekund wytnij, nie 15", cut(trim_end_s=10)),
    (CR, L, "Cut the last 10 not 5 seconds", cut(trim_end_s=10)),
    (CR, L, "Fade out over 5 seconds, not 3", fade_out(5)),
    (CR, L, "Kata sekunde 10 za mwisho", cut(trim_end_s=10)),
    (CR, L, "Skär bort de sista 10 sekunderna, nej förresten 20", cut(trim_end_s=20)),
    (CR, L, "Leikkaa lopusta 10 sekuntia, ei kun 5", cut(trim_end_s=5)),
    (CR, L, "Обріж останні 10 секунд, вірніше 12", cut(trim_end_s=12)),
    (CR, L, "Poslední 10 sekund ne, první 10 sekund ustřihni", cut(trim_start_s=10)),
    # --- (4) a new piece beside a refused or open track: edits misread as new pieces
    (NB, L, "Instead of this drum loop, put a new jazz drum groove under it", not_new()),
    (NB, L, "En vez de esta batería, pon una nueva de jazz", not_new()),
    (NB, L, "Invece di questa chitarra, mettine una nuova acustica, stile folk", not_new()),
    (NB, L, "Zamiast tej gitary daj nową, akustyczną, folk", not_new()),
    (NB, L, "Statt diesem Schlagzeug ein anderes, rockiger", not_new()),
    (NB, L, "Don't change that, but give the chorus a new rock feel", not_new()),
    (NB, L, "The mix is too open but I like it; put a new synth pad on it, ambient style", not_new()),
    (NB, L, "غير هذا المقطع إلى روك جديد", not_new()),
    (NB, L, "غير هذي الأغنية لستايل جاز جديد", not_new()),
    (NB, L, "보컬은 그대로 두고 새로 록 스타일 반주로", not_new()),
    (NB, L, "멜로디는 놔두고 새로 재즈풍으로 편곡해줘", not_new()),
    (NB, L, "先不管歌词，来个新的摇滚编曲", not_new()),
    (NB, L, "Au lieu de celle-ci, une autre intro au piano, plus douce", not_new()),
    (NB, L, "Bunun yerine yeni bir davul koy, caz tarzı", not_new()),
    (NB, L, "In plaats van deze gitaar een nieuwe, akoestisch en folk", not_new()),
    (NB, L, "Vocals are fine, not this beat: a new trap beat under them", not_new()),
    (NB, L, "Hindi ito, bagong drums lang, rock", not_new()),
    (NB, L, "Не цю гітару, а нову, акустичну, фолк", not_new()),
    (NB, L, "Не меняй эту мелодию, сделай новую аранжировку в стиле джаз", not_new()),
    # ... controls: a new piece beside the refusal, plainly
    (NB, L, "Neuer Song bitte, nicht auf Basis von dem hier: deutscher Punk", new_sure()),
    (NB, L, "একটা নতুন গান বানাও, এইটা না, রক", new_sure()),
    (NB, L, "I've got this one open but start fresh: a calm jazz piece", new_sure()),
    (NB, L, "这首不要动，另外做一首爵士", new_sure()),
    (NB, L, "Laisse celui-là de côté, fais-moi un autre morceau, du reggae", new_sure()),
    (NB, L, "یہ والی نہیں، ایک نیا گانا بناؤ، قوالی", new_sure()),
    (NB, L, "Pa sa a, fè yon nouvo chante konpa", new_sure()),
    (NB, L, "Ekki þetta, nýtt lag, rokk", new_sure()),
    (NB, L, "No aquesta, una cançó nova de rumba", new_sure()),
    (NB, L, "Si huu, wimbo mpya wa bongo flava", new_sure()),
    # --- (5) spelled settings and the rate/loudness question
    (SP, None, "A lo-fi beat at one twenty bpm, 2 minutes", nw(120, bpm=120)),
    (SP, None, "Techno, one thirty bpm, 3 minutes", nw(180, bpm=130)),
    (SP, L, "Export it as mp3 at three twenty kbps", cut(output_format="mp3", bitrate_kbps=320)),
    (SP, L, "Export as mp3, one ninety two kbps", cut(output_format="mp3", bitrate_kbps=192)),
    (SP, L, "Make it ten bpm faster", {"bpm": None, "ask_ok": True}),
    (SP, None, "A house track, 2 minutes, five bpm slower than usual", nw(120, bpm=None)),
    (SP, None, "A funny song about low bitrate mp3s, 2 minutes", new_sure(duration=120)),
    (SP, None, "Una canción sobre la guerra del loudness y los LUFS, 2 minutos", new_sure(duration=120)),
    (SP, L, "Exportă în mp3 la două sute cincizeci și șase kbps", cut(output_format="mp3", bitrate_kbps=256)),
    (SP, L, "Normaliza a menos catorce lufs", cut(loudness_lufs=-14)),
    (SP, L, "Нормализуй до минус девять lufs", cut(loudness_lufs=-9)),
    (SP, L, "Jadikan mp3 seratus dua puluh delapan kbps", cut(output_format="mp3", bitrate_kbps=128)),
    (SP, L, "Export mp3 with a high bitrate", ASK),
    # --- (6) two lengths offered
    (
        EI,
        None,
        "Give me 3 of 20 seconds each, ukulele jingle",
        {"tool": NEW, "takes": 3, "duration": 20, "ask_ok": True},
    ),
    (EI, L, "Knip de laatste 5 of 10 seconden eraf", ASK),
    (EI, L, "Corta el final, 5 o 10 segundos", ASK),
    (EI, None, "Not 2 or 3 min, make it 90 seconds, lo-fi", nw(90)),
    (EI, L, "Fade out 5 seconds — or 10 s if it sounds better", ASK),
    (EI, None, "Gumawa ng kanta na 2 o kaya 3 minuto", ASK),
    # --- (7) dictated lyrics after 'these words' with no colon
    (
        SA,
        None,
        "Make a song with these lyrics I wrote yesterday about my dog",
        {"ask_ok": True, "lyrics_lacks": ["wrote yesterday"]},
    ),
    (SA, None, "Haz un bolero con esta letra mía de hace años", {"ask_ok": True, "lyrics_lacks": ["mía de hace"]}),
    (
        SA,
        None,
        "Make a ballad with these lyrics I'll send you later tonight",
        {"ask_ok": True, "lyrics_lacks": ["send you later"]},
    ),
    (
        SA,
        None,
        "Faz um samba com essa letra aqui ó vou voltar pra minha terra",
        {"tool": NEW, "ask_ok": True, "lyrics_has": ["minha terra"]},
    ),
    (
        SA,
        None,
        "Con esta letra te espero en la estación bajo la lluvia",
        {"tool": NEW, "ask_ok": True, "lyrics_has": ["bajo la lluvia"]},
    ),
    (SA, None, "Use these words somehow nobody will ever know, rock", {"tool": NEW, "ask_ok": True}),
    (
        SA,
        None,
        "Mach ein Lied mit diesen Worten meiner Oma aus dem Krieg",
        {"ask_ok": True, "lyrics_lacks": ["meiner Oma"]},
    ),
    # --- (8) a last stanza holding a verb of making and a style word
    (
        MI,
        None,
        lyr(
            "Faz uma música de 2 minutos com essa letra:",
            "Meu amor foi embora\nE eu fiquei aqui",
            "Faz um samba pra mim\nQue o violão chora",
        ),
        nw(120, lyrics_has=["violão chora"]),
    ),
    (
        MI,
        None,
        lyr(
            "2 minute song, lyrics:",
            "Streetlights on the avenue\nI keep walking home to you",
            "Sing it loud, sing it proud\nRock and roll tonight",
        ),
        nw(120, lyrics_has=["Rock and roll tonight"]),
    ),
    (
        MI,
        None,
        lyr(
            "Canzone di 2 minuti, testo:",
            "La notte scende piano\nsul mare di Napoli",
            "Fammelo sentire ancora\ncome una ballata d'amore",
        ),
        nw(120, lyrics_has=["ballata d'amore"]),
    ),
    (
        MI,
        None,
        lyr("2분짜리 노래, 가사:", "비가 내리는 밤\n너를 생각해", "노래를 불러줘\n발라드처럼 조용히"),
        nw(120, lyrics_has=["발라드처럼"]),
    ),
    (
        MI,
        None,
        lyr(
            "Song, 2 minutes, lyrics:",
            "Turn it into gold\nTurn it into rain",
            "Turn it into a ballad on the radio\nTurn it into us",
        ),
        nw(120, lyrics_has=["on the radio"]),
    ),
    # ... controls: the last paragraph is the instruction
    (
        MI,
        None,
        lyr("Testo:", "La notte scende piano\nsul mare di Napoli", "Fanne una ballata col pianoforte, 2 minuti"),
        nw(120, lyrics_lacks=["Fanne"]),
    ),
    (
        MI,
        None,
        lyr("가사:", "비가 내리는 밤\n너를 생각해", "한국어 발라드로 불러줘"),
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["불러줘"]},
    ),
    # --- (9) shaping
    (SH, L, "Cut 5 seconds off the start and the end", cut(trim_start_s=5, trim_end_s=5)),
    (SH, L, "Recorta 3 segundos al principio y al final", cut(trim_start_s=3, trim_end_s=3)),
    (SH, L, "Schneide 2 Sekunden vorne und hinten ab", cut(trim_start_s=2, trim_end_s=2)),
    (SH, L, "Taglia 4 secondi all'inizio e alla fine", cut(trim_start_s=4, trim_end_s=4)),
    (SH, L, "Coupe 3 secondes au début et à la fin", cut(trim_start_s=3, trim_end_s=3)),
    (SH, L, "开头和结尾各剪掉2秒", cut(trim_start_s=2, trim_end_s=2)),
    (SH, L, "앞뒤로 3초씩 잘라줘", cut(trim_start_s=3, trim_end_s=3)),
    (SH, L, "Knip 2 seconden van het begin en het einde", cut(trim_start_s=2, trim_end_s=2)),
    (SH, L, "At the start fade in 3 s, and cut 5 s at the end", cut(fade_in_s=3, trim_end_s=5)),
    (SH, L, "开头淡入2秒结尾剪掉4秒", cut(fade_in_s=2, trim_end_s=4)),
    (SH, L, "Am Anfang 3 Sekunden einblenden, am Ende 5 Sekunden abschneiden", cut(fade_in_s=3, trim_end_s=5)),
    (SH, L, "Corta 4 segundos al final y al principio haz un fade in de 2", cut(trim_end_s=4, fade_in_s=2)),
    (SH, L, "Trim 3 s from the start then fade the end out over 5 s", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "Fade out 5 s and trim 2 s at the start", cut(fade_out_s=5, trim_start_s=2)),
    (SH, L, "Trim the silence at the start, and fade out 5 s", cut(fade_out_s=5)),
    (SH, L, "最初の3秒をカットして、最後は5秒でフェードアウト", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "शुरू के 3 सेकंड काटो और अंत में 5 सेकंड फेड आउट", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "Cắt 3 giây đầu và fade out 5 giây cuối", cut(trim_start_s=3, fade_out_s=5)),
    # --- (10) two items after a colon
    (PC, None, "Give me 2 takes of a jingle: short and sweet", {"tool": NEW, "takes": 2}),
    (PC, None, "Make 3 versions: dark and moody", {"tool": NEW, "takes": 3}),
    (PC, None, "Hazme 2 versiones de 30 segundos: rápidas y alegres", {"tool": NEW, "takes": 2, "duration": 30}),
    (PC, None, "2 Versionen, 1 Minute: ruhig und entspannt", {"tool": NEW, "takes": 2, "duration": 60}),
    (PC, None, "2 verzije džingla od 30 sekundi: klavir i gitara", ASK),
    (PC, None, "2 versions of a 30 s jingle: with piano and strings", {"tool": NEW, "takes": 2, "duration": 30}),
    # --- (11) CJK counters after minutes
    (CJ, None, "做一首三分二十多秒的歌", nw(200)),
    (CJ, None, "做一首3分20多秒的流行歌", nw(200)),
    (CJ, None, "2分 30人合唱の曲", nw(120)),
    (CJ, None, "3分 50年代風のロック", nw(180)),
    (CJ, None, "做一首3分钟的歌，20周年纪念", nw(180)),
    (CJ, None, "2分30秒の曲、12月のクリスマス用", nw(150)),
    (CJ, None, "做一首2分30的歌，3首", {"tool": NEW, "duration": 150, "takes": 3, "ask_ok": True}),
    (CJ, None, "呢首歌要3分鐘，20人合唱", nw(180)),
    (CJ, None, "2분 30초 노래, 20명 합창", nw(150)),
    # --- (12) table words
    (TW, None, "Ich hab keine guitar skills, also mach du einen guitar song, 2 Minuten", nw(120, tags_text=["guitar"])),
    (TW, None, "Ik heb geen piano thuis, dus maak een piano nummer van 2 minuten", nw(120, tags_text=["piano"])),
    (TW, None, "Jag har inga drums hemma, så gör en låt med mycket drums, 2 minuter", nw(120, tags_text=["drums"])),
    (TW, None, "Jeg har ingen synth, lav en synthwave sang på 2 minutter", nw(120, tags_text=["synthwave"])),
    (TW, None, "Lag en sang uten drums, 2 minutter, folk", nw(120, tags_not=["drums"])),
    (TW, None, "Geen drums, 2 minuten, rustige piano", nw(120, tags_not=["drums"])),
    (TW, None, "Una canción de 2 minutos, mezcla de salsa y reggaetón", nw(120, tags_text=["salsa"])),
    (TW, None, "Uma mistura de samba e funk, 2 minutos", nw(120, tags_text=["samba"])),
    (TW, None, "Смешай джаз и рок в одной песне на 2 минуты", nw(120, tags_text=["jazz"])),
    (TW, L, "Extend it by 20 s, it's my magnum opus", ext(0, 20)),
    (TW, L, "Make the intro 10 s longer, it's for an mp4 video", ext(10, 0)),
    (TW, L, "Exportă în m4a", ASK),
    (TW, L, "Coupe les onze dernières secondes", cut(trim_end_s=11)),
    (TW, L, "Corte os onze segundos finais", cut(trim_end_s=11)),
    (TW, L, "Coupe les onze premières secondes", cut(trim_start_s=11)),
    (TW, None, "Maak een nummer voor onze bruiloft, 2 minuten", nw(120)),
    (TW, None, "Een nummer om op repeat te zetten, 2 minuten, vrolijk", nw(120, loop=None)),
    (TW, None, "A song I'd put on repeat, 2 minutes, happy pop", nw(120, loop=None)),
    (TW, L, "I've had this on repeat all week, extend it by 30 s", ext(0, 30, loop=None)),
    (TW, L, "Пусни я на повторение", {"loop": True, "ask_ok": True}),
    (TW, L, "Put it on repeat", {"loop": True, "ask_ok": True}),
    (TW, L, "زيدها حماس", not_ext()),
    (TW, L, "زيدها 20 ثانية", ext(0, 20, ask_ok=True)),
    (TW, None, "Make a 2 minute techno track: bpm 130 is too fast, use 124 bpm", nw(120, bpm=124)),
    (TW, None, "The original was BPM 140; make a 2 minute version at 120 bpm, no track", nw(120, bpm=120)),
    (TW, None, "BPM 128, 2 minute house", nw(120, bpm=128)),
    (TW, 300.0, "Export as mp3 and start the fade at 160, please", cut(bitrate_kbps=None)),
    (TW, 240.0, "Export mp3, trim at 192.", cut(bitrate_kbps=None)),
    (TW, L, "Exporta a mp3 a 192, por favor", cut(output_format="mp3", bitrate_kbps=192)),
    (TW, None, "Compone mihi carmen Latine cantandum, duo minuta", nw(120, tags_text=["latin"])),
    (
        TW,
        None,
        "Fac mihi carmen, lyrics: nox est longa, vita plena, lux mea semper",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["swahili"]},
    ),
    (
        TW,
        None,
        "Una canción para Carmen, 2 minutos, letra: te quiero con el alma, eres mi vida",
        nw(120, tags_text_not=["latin"]),
    ),
    (TW, None, "Рок на русском, 2 минуты, про дорогу", nw(120, tags_text=["rock"])),
    (TW, None, "שיר רוק בעברית, 2 דקות", nw(120, tags_text=["rock"])),
    (TW, None, "Рок на български, 2 минути", nw(120, tags_text=["rock"])),
    (TW, L, "Lav dem om, lidt hurtigere", not_new()),
    (TW, L, "Extned it by 15 seconds", ext(0, 15)),
    (TW, L, "Поново генериши од 1:00 до 1:20", inp(60, 80)),
    (TW, None, "Tee biisi, jossa on hidas loppu, 2 minuuttia", nw(120)),
    (TW, L, "Lisää loppu 10 sekuntia", ext(0, 10, ask_ok=True)),
    (TW, None, "Buat lagu 2 menit, ga usah ada vokal, lo-fi", nw(120, inst=True)),
    (TW, None, "2분짜리 가사 없는 곡, 잔잔하게", nw(120, inst=True)),
    (TW, None, "Gumawa ng kantang pang-kasal ng 2 minuto, walang drums", nw(120, tags_not=["drums"])),
    (TW, None, "Naam het nummer 'Zomer', 2 minuten, hat een vrolijke vibe", nw(120)),
    (TW, None, "Ek gaana banao jo hai bahut pyaara, 2 minute ka", nw(120)),
    (TW, None, "ਇੱਕ 2 ਮਿੰਟ ਦਾ ਗੀਤ ਬਣਾਓ, ਭੰਗੜਾ", nw(120)),
    (TW, None, "2 நிமிட பாடல், குத்து", nw(120)),
    (TW, None, "2 నిమిషాల పాట, గానం లేకుండా", nw(120, inst=True)),
    (TW, None, "२ मिनेटको गीत बनाउ, लोक", nw(120)),
    (TW, None, "२ निमेषस्य गीतं रचय", nw(120)),
    (TW, None, "Sukurk 2 minučių dainą, linksmą", nw(120)),
    (TW, None, "Készíts egy 2 perces dalt, hat hangszerrel", nw(120)),
    (TW, None, "Vytvor 2-minútovú pieseň, pop", nw(120)),
    (TW, None, "Buat lagu 2 minit, dangdut", nw(120)),
    (TW, None, "2 分鐘嘅歌，流行嗰啲", nw(120, tags_text=["pop"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
