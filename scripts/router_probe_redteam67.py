"""Red-team probe (redteam67) of messages that order nothing, or nothing yet, at aaec31e, in 23 languages as users
type them: questions about the tool or its limits ('can you make loops?', 'how long can a track be?', 'do you do 8D
audio?', 'what formats can I export?', 'how much would a 3 minute song cost?', '¿se puede exportar en flac?',
'このトラック、mp3で書き出しできる？'), with and without 'just asking' / 'not now' / 'for later'; hypotheticals and plans for later ('if
I wanted a 30 s intro, would it match?', 'tomorrow I'll need a 2 min jingle', 'maybe later add an outro', 'может,
потом добавим секунд 20'); alternatives offered without a choice ('either 30 or 60 seconds', 'mp3 or flac, don't
care', 'piano or guitar, you pick'), hesitation ('hmm not sure yet', 'wait', '앞을 5초 자를지 말지 고민 중') and
refusals or cancellations ('no, don't extend it', 'forget the intro', '算了，不用加那30秒了', 'vazgeçtim'); reports of
what was done or heard, with numbers ('I already added a 10 second intro myself', 'the last version had a 10 s fade');
negated orders with numbers ('don't cut the first 5 seconds', 'не надо добавлять 20 секунд'). A quarter are plain
polite orders in question form ('can you make it 3 minutes?', 'could you export it as mp3?', '帮我把结尾延长20秒好吗？')
that must still be planned, so that a fix cannot simply ask everything. Hunting SILENT WRONG plans first (a plan where
a careful human would not act), then needless questions.

FIGURES. First run on aaec31e (labels committed before it, 9279e23): 100 probes; OK 59, ASKED 3, SILENT WRONG 38,
ERROR 0. Of the 59 OK, 23 are the 25 polite orders planned right, 2 are new pieces planned where the instrument was
left to us, and 34 are questions the label asked for (ASK or a free choice left to us). By category: questions about
the tool 12 silent of 18, hypotheticals and plans for later 12 of 14, hesitation and cancellations 4 of 16, reports 5
of 8, negated orders 5 of 9, undecided alternatives 0 of 7. 25 of the 38 spend money (16 extensions, 9 new pieces).

Silent wrong plans (38), by cause. At the root: nothing in src/ reads a message's mood. _plan_words (__init__.py)
plans from its verbs, nouns and numbers, and account.plan_and_account audits only that every number and cue is used;
no table holds a question of ability or limit ('can you', 'is it possible', 'se puede', 'можно ли', '能…吗'), 'just
asking' / 'not now' / 'for later' ('es solo una pregunta', 'пока не надо, просто интересно', '先问问', 'بس أسأل', 'बस
पूछ रहा हूँ', '今じゃなくていいけど', 'por enquanto não, só quero saber'), a conditional ('if I wanted', 'si quisiera',
'wenn ich … würde', 'якщо я захочу'), a later time ('maybe later', 'tomorrow', 'plus tard', 'потом', 'بعداً', '나중에',
'下周', 'kesho') or a report in the past ('already', 'the last version had', 'было', 'déjà … hier', '昨天已经'). The
routes each takes:
- paid extensions (16), the outpaint branch of _plan_words (about l. 2374-2392: extend_word, add_time) taking a verb in
  a question, a conditional or a clause about later: 'est-ce que tu peux rallonger un morceau de plus de 30 secondes ?
  c'est pour plus tard' -> after 30; 'можно ли продлить трек на минуту? пока не надо, просто интересно' -> after 60;
  '这个能延长到5分钟吗？先问问' (can this be extended to 5 min? just asking first) -> after 150; 'si quisiera añadirle
  15 segundos al final, ¿quedaría natural?' -> after 15; 'wenn ich es auf 3 Minuten verlängern würde, würde man den
  Übergang hören?' -> after 30; 'якщо я захочу продовжити трек на 30 секунд, стиль збережеться?' -> after 30; 'maybe
  later add an outro, 20 seconds or so' -> after 20; 'может, потом добавим секунд 20 в конце' -> after 20; 'شاید بعداً
  ۲۰ ثانیه به آخرش اضافه کنم' (maybe later I'll add 20 s to its end) -> after 20. The bare noun 'intro' is an extend
  word (__init__.EXTEND_WORDS), so an intro merely named is added: 'if I wanted a 30 s intro, would it match the
  style?' -> before 30; 'I already added a 10 second intro myself' -> before 10 (_NOT_THIS has 'i already' but
  _without_negated reads it only before a regenerate/extend/add cue, and 'added' is none); 'lupakan saja intro 15
  detik itu' (just forget that 15 s intro) -> before 15 (_SET_ASIDE has 'lupakan' only with 'ini', this track);
  "peut-être qu'on rajoutera une intro de 10 secondes plus tard" -> before 10. _NOT_THIS reads a negation only within
  16 characters right before the verb, in spaced scripts: 'no hace falta que lo alargues 30 segundos' -> after 30
  ('no hace falta que lo' is no entry); '끝에 30초 추가할 필요 없어' (no need to add 30 s at the end: the negation after
  the verb) -> after 30; '我昨天已经把结尾延长了20秒' (yesterday I already extended the end by 20 s: no CJK entry, no
  space) -> after 20.
- paid new pieces (9), no track open: a price question, account._PRICE_QUESTION, is read only for audio_inpaint in
  account._paid_misreadings: 'how much would a 3 minute song cost?' -> 180 s, tags 'how much cost'; '3분짜리 곡 만들면
  얼마 들어요?' -> 180 s, tags '만들면 얼마 들어요'. Questions about the longest length, planned past one call's 240 s
  (a text_to_audio and then outpaints): 'هل تقدر تعمل أغنية مدتها 5 دقائق؟ بس أسأل' -> 300 s; 'क्या 10 मिनट तक का गाना
  बन सकता है? बस पूछ रहा हूँ' -> 600 s; 'מה האורך המקסימלי של שיר? אפשר 6 דקות?' -> 360 s; the question words are the
  tags in all three. Plans for later: "tomorrow I'll need a 2 min jingle for the shop, I'll send the details then",
  '下周可能需要一首两分钟的片头曲，到时候再说', 'kesho nitahitaji wimbo wa dakika 2 kwa ajili ya harusi' -> 120 s each.
  A cancellation read as 'a new piece instead': '算了，不用加那30秒了' (never mind, no need to add those 30 s) -> a new
  30 s piece tagged '不 加那 了'; '算了' is in __init__._SET_ASIDE (forget this track), so _plan_words' 'fresh' branch
  (about l. 2320) drops the track, and '不用' before '加' is read nowhere ('加' is no cue).
- free trims and fades (9) never checked for a negation or a report: _without_negated covers only the regenerate,
  extend and add kinds; deliverable_words' _TRIM loop and shaping.shapes take any cut or fade word with its seconds,
  and _NO_FADE is read only in deliverable_words' branch for a fade word that says no way: "don't cut the first 5
  seconds" -> trim_start 5; '最初の5秒はカットしないで' -> trim_start 5; 'khoan đã, đừng cắt 5 giây đầu nữa' (wait,
  don't cut the first 5 s any more) -> trim_start 5; 'lascia perdere il taglio dei primi 3 secondi' (forget the cut
  of the first 3 s) -> trim_start 3; 'bitte nicht die letzten 10 Sekunden ausblenden' -> fade_out 10; 'the last
  version had a 10 s fade and it sounded better' -> fade_out 10; 'на прошлой версии было затухание 8 секунд' ->
  fade_out 8; '나중에 끝에 10초 페이드아웃 넣을까 생각 중이야' (thinking of maybe adding a 10 s fade-out later) ->
  fade_out 10; 'dá pra fazer fade out de 10 segundos aqui? por enquanto não, só quero saber' -> fade_out 10.
- free conversions and a loop (4) from a question or a report: 'can you make loops?' -> loop (the LOOP_WORD branch of
  _plan_words, about l. 2083; loop_not_wanted reads only a negation or another thing looped); '¿se puede exportar en
  flac? es solo una pregunta' -> flac; 'このトラック、mp3で書き出しできる？今じゃなくていいけど' -> mp3; "j'ai déjà
  exporté en mp3 à 320 kbps hier" -> mp3 320 kbps (deliverable_words' _FORMAT is held back only by _NOT_THIS_FORMAT's
  negation words).

Needless questions (3), by cause:
- a length left to us: 'un jingle allegro per uno spot, 30 o 60 secondi, vedi tu' asks which of the two
  (account.plan_and_account's _EITHER_LENGTH question, about l. 3228, reads no 'you decide' word).
- a verb in the infinitive after a polite 'could you', which the cue tables list only in the imperative:
  'czy możesz wyciąć pierwsze 5 sekund?' (cues._TABLE 'pl' has 'wytnij*', not 'wyciąć') asks trim or regenerate
  (account._cue_question); 'voisitko lisätä loppuun 10 sekuntia?' ('fi' has 'lisää*', not 'lisätä') asks edit or
  extend (_plan_words, about l. 2439).

OK, worth a note: many of the 34 right questions are right by luck, and ask for the paid edit's fields, not whether
anything is wanted: 'no, don't extend it', 'never mind the fade', 'hmm not sure yet', 'stop' and 'wait' get 'Should
I regenerate a time range … or extend it …?', 'forget the intro' gets 'How much should I add, and where?', and
'cancel that, I changed my mind about the 30 seconds' asks which range to regenerate; an agent that answers such a
question with the fields spends money the person refused. 'a calm piece, piano or guitar, you pick, 1 minute'
planned tags 'calm, piano, guitar' (both rendered, not one picked; OK by its label), and the Russian one tags
'что-нибудь спокойное, пианино гитара твой выбор' (request words). 'mp3 or flac, don't care' asks which format
(allowed). The polite orders in question form were planned right in 23 of 25 ('can you make it 3 minutes?' after 60,
'could you export it as mp3?', '帮我把结尾延长20秒好吗？' after 20, 'can you make it loop?', 'не надо ничего резать, просто
добавь 20 секунд в конце' after 20), so the '?' alone cannot be the fix: the words that separate the two sets are
the asides ('just asking', 'not now', 'later'), the conditionals, the later times, the past tense and the negations
after the verb.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more, plus 'dur_in': (lo, hi), the length rendered,
the tool's 60 s default when none is set, lies within it). Verdicts: OK, ASKED (a question where a plan was sure: a
miss), SILENT WRONG, ERROR. A question about the tool, a hypothetical, a plan for later, an undecided choice between
paid amounts or sides, a hesitation, a refusal, a cancellation, a report and a negated order are ASK: any question (of
any kind) is right, any plan is wrong, free ones included (a careful human answers or waits; he does not act). Where
the person leaves a free choice to us ('mp3 or flac, don't care') a free plan or a question is right; where a new
piece's instrument is left to us ('piano or guitar, you pick') a careful human picks, so the plan is due.

Run: sh scripts/uv run python scripts/router_probe_redteam67.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, nws, trim

_ = (Plan, NEW)

L = 150.0
DEFAULT_S = 60  # TextToAudioBody's duration when none is set


def _wrong(r: Plan, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    span = want.pop("dur_in", None)
    bad = probe_kit.wrong_more(r, want, length)
    if span is not None:
        got = r.arguments.get("duration") or DEFAULT_S
        if not span[0] <= got <= span[1]:
            bad.append(f"duration={got} (want {span[0]}..{span[1]})")
    return bad


probe_kit.wrong = _wrong
FREE_OR_ASK = {"tool": FREE, "ask_ok": True}

QT = "a question about the tool or its limits (loops, length, 8D, formats, cost), 'just asking' / 'not now': ASK"
HY = "a hypothetical or a plan for later ('if I wanted…', 'tomorrow I'll need…', 'maybe later', 'thinking of'): ASK"
AL = "alternatives without a choice: paid amounts or sides undecided ASK; a free format left to us: free plan or ASK"
AP = "a new piece's instrument or length left to us ('you pick', 'vedi tu'): a careful human picks, so the plan"
HS = "hesitation, refusal or cancellation ('hmm not sure yet', 'wait', 'forget the intro', 'cancel that'): ASK"
RP = "a report of what was done or heard, with numbers ('I already added a 10 s intro', 'my friend made it 3 min'): ASK"
NG = "a negated order with a number ('don't cut the first 5 seconds', 'no need to extend by 30 s'): ASK"
PO = "a plain polite order in question form ('can you make it 3 minutes?', 'could you export it as mp3?'): the plan"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) questions about the tool or its limits
    (QT, L, "can you make loops?", ASK),
    (QT, None, "how long can a track be?", ASK),
    (QT, L, "do you do 8D audio?", ASK),
    (QT, L, "what formats can I export to?", ASK),
    (QT, None, "how much would a 3 minute song cost?", ASK),
    (QT, L, "is it possible to extend past 4 minutes? just asking", ASK),
    (QT, L, "¿se puede exportar en flac? es solo una pregunta", ASK),
    (QT, L, "est-ce que tu peux rallonger un morceau de plus de 30 secondes ? c'est pour plus tard", ASK),
    (QT, L, "geht das auch in 24 bit wav oder nur mp3?", ASK),
    (QT, L, "dá pra fazer fade out de 10 segundos aqui? por enquanto não, só quero saber", ASK),
    (QT, L, "можно ли продлить трек на минуту? пока не надо, просто интересно", ASK),
    (QT, L, "このトラック、mp3で書き出しできる？今じゃなくていいけど", ASK),
    (QT, None, "3분짜리 곡 만들면 얼마 들어요?", ASK),
    (QT, L, "这个能延长到5分钟吗？先问问", ASK),
    (QT, L, "czy da się przyciąć początek o 2 sekundy bez straty jakości? pytam na przyszłość", ASK),
    (QT, None, "هل تقدر تعمل أغنية مدتها 5 دقائق؟ بس أسأل", ASK),
    (QT, None, "क्या 10 मिनट तक का गाना बन सकता है? बस पूछ रहा हूँ", ASK),
    (QT, None, "מה האורך המקסימלי של שיר? אפשר 6 דקות?", ASK),
    # --- (2) hypotheticals and plans for later
    (HY, L, "if I wanted a 30 s intro, would it match the style?", ASK),
    (HY, None, "tomorrow I'll need a 2 min jingle for the shop, I'll send the details then", ASK),
    (HY, L, "maybe later add an outro, 20 seconds or so", ASK),
    (HY, L, "I'm thinking about making it longer, like 3 minutes", ASK),
    (HY, L, "si quisiera añadirle 15 segundos al final, ¿quedaría natural?", ASK),
    (HY, L, "peut-être qu'on rajoutera une intro de 10 secondes plus tard", ASK),
    (HY, L, "wenn ich es auf 3 Minuten verlängern würde, würde man den Übergang hören?", ASK),
    (HY, L, "estou pensando em cortar os primeiros 5 segundos, mas ainda não sei", ASK),
    (HY, L, "может, потом добавим секунд 20 в конце", ASK),
    (HY, L, "якщо я захочу продовжити трек на 30 секунд, стиль збережеться?", ASK),
    (HY, L, "나중에 끝에 10초 페이드아웃 넣을까 생각 중이야", ASK),
    (HY, None, "下周可能需要一首两分钟的片头曲，到时候再说", ASK),
    (HY, L, "شاید بعداً ۲۰ ثانیه به آخرش اضافه کنم", ASK),
    (HY, None, "kesho nitahitaji wimbo wa dakika 2 kwa ajili ya harusi", ASK),
    # --- (3) alternatives offered without a choice
    (AL, L, "extend it either 30 or 60 seconds", ASK),
    (AL, L, "mp3 or flac, don't care", FREE_OR_ASK),
    (AL, L, "rallonge le début ou la fin, je sais pas encore, de 15 secondes", ASK),
    (AL, L, "entweder ein Fade-out oder einfach bei 2:00 abschneiden, mal sehen", ASK),
    (AL, L, "イントロを10秒か20秒伸ばす、どっちにしよう", ASK),
    (AL, L, "앞을 5초 자를지 말지 고민 중", ASK),
    (AL, L, "хочу продлить на 20 или 40 секунд, ещё не решил", ASK),
    (AP, None, "a calm piece, piano or guitar, you pick, 1 minute", nws(60)),
    (AP, None, "сделай что-нибудь спокойное, пианино или гитара — на твой выбор, минута", nws(60)),
    (AP, None, "un jingle allegro per uno spot, 30 o 60 secondi, vedi tu", {"tool": NEW, "dur_in": (30, 60)}),
    # --- (4) hesitation, refusals and cancellations
    (HS, L, "hmm not sure yet", ASK),
    (HS, L, "wait", ASK),
    (HS, L, "no, don't extend it", ASK),
    (HS, L, "forget the intro", ASK),
    (HS, L, "never mind the fade", ASK),
    (HS, L, "stop", ASK),
    (HS, L, "cancel that, I changed my mind about the 30 seconds", ASK),
    (HS, L, "no, no lo alargues, déjalo como está", ASK),
    (HS, L, "nee, toch maar niet verlengen", ASK),
    (HS, L, "lascia perdere il taglio dei primi 3 secondi", ASK),
    (HS, L, "잠깐만, 아직 자르지 마", ASK),
    (HS, L, "算了，不用加那30秒了", ASK),
    (HS, L, "vazgeçtim, sonunu uzatma", ASK),
    (HS, L, "khoan đã, đừng cắt 5 giây đầu nữa", ASK),
    (HS, L, "ไม่ต้องยืดแล้ว ยกเลิก", ASK),
    (HS, L, "lupakan saja intro 15 detik itu", ASK),
    # --- (5) reports of what was done or heard
    (RP, L, "I already added a 10 second intro myself", ASK),
    (RP, L, "my friend made it 3 minutes in Audacity", ASK),
    (RP, L, "the last version had a 10 s fade and it sounded better", ASK),
    (RP, L, "ya le corté los primeros 4 segundos en el móvil", ASK),
    (RP, L, "j'ai déjà exporté en mp3 à 320 kbps hier", ASK),
    (RP, L, "mein Kumpel hat es schon auf 2:30 gekürzt", ASK),
    (RP, L, "на прошлой версии было затухание 8 секунд", ASK),
    (RP, L, "我昨天已经把结尾延长了20秒", ASK),
    # --- (6) negated orders with numbers
    (NG, L, "don't cut the first 5 seconds", ASK),
    (NG, L, "no need to extend by 30 s", ASK),
    (NG, L, "не надо добавлять 20 секунд", ASK),
    (NG, L, "no hace falta que lo alargues 30 segundos", ASK),
    (NG, L, "bitte nicht die letzten 10 Sekunden ausblenden", ASK),
    (NG, L, "nie wycinaj pierwszych 3 sekund", ASK),
    (NG, L, "最初の5秒はカットしないで", ASK),
    (NG, L, "끝에 30초 추가할 필요 없어", ASK),
    (NG, L, "لا تقص أول 5 ثواني", ASK),
    # --- (7) plain polite orders: the plan
    (PO, 120.0, "can you make it 3 minutes?", ext(0, 60)),
    (PO, L, "could you export it as mp3?", fmt_is("mp3")),
    (PO, L, "帮我把结尾延长20秒好吗？", ext(0, 20)),
    (PO, L, "könntest du die letzten 5 Sekunden ausblenden?", fade(5)),
    (PO, L, "¿puedes cortar los primeros 3 segundos, porfa?", trim(start=3)),
    (PO, L, "pourrais-tu le convertir en wav, s'il te plaît ?", fmt_is("wav")),
    (PO, L, "would you mind adding 15 more seconds at the end?", ext(0, 15)),
    (PO, L, "можешь удлинить трек на 30 секунд в конце?", ext(0, 30)),
    (PO, L, "最後の10秒をフェードアウトしてもらえますか？", fade(10)),
    (PO, L, "끝부분을 20초 늘려줄 수 있어?", ext(0, 20)),
    (PO, None, "poderia fazer uma música de 2 minutos sobre o mar?", nws(120)),
    (PO, None, "could you make me a 1 minute lofi beat?", nws(60)),
    (PO, L, "czy możesz wyciąć pierwsze 5 sekund?", trim(start=5)),
    (PO, L, "kun je er een mp3 van maken?", fmt_is("mp3")),
    (PO, L, "bisa tolong perpanjang lagunya 30 detik di akhir?", ext(0, 30)),
    (PO, L, "क्या आप गाने के आखिर में 10 सेकंड जोड़ सकते हैं?", ext(0, 10)),
    (PO, L, "bạn xuất giúp mình file wav được không?", fmt_is("wav")),
    (PO, L, "şarkının sonuna 15 saniye ekler misin?", ext(0, 15)),
    (PO, L, "هل يمكنك تصدير الأغنية بصيغة mp3؟", fmt_is("mp3")),
    (PO, L, "potresti rigenerare il pezzo da 0:30 a 0:45?", inp(30, 45)),
    (PO, L, "can you redo 1:00 to 1:20? the vocals are off there", inp(60, 80)),
    (PO, L, "can you make it loop?", {"tool": FREE, "loop": True}),
    (PO, L, "don't touch the start, just fade out the last 5 seconds please", fade(5, trim_start_s=None)),
    (PO, L, "не надо ничего резать, просто добавь 20 секунд в конце", ext(0, 20)),
    (PO, L, "voisitko lisätä loppuun 10 sekuntia?", ext(0, 10)),
]

_ = (OUT,)

if __name__ == "__main__":
    main(PROBES, __file__)
