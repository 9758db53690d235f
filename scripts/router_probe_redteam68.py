"""Red-team probe (redteam68) of the guards ed59ec2 added for messages that order nothing (account._not_ordered:
_ONLY_ASKING, _COST_QUESTION, _NOT_YET, _DONE_ALREADY, _NOT_BEFORE_VERB / _NOT_AFTER_VERB, _ALL_OF_IT), of
account._FADE_OR_CUT and of lang.approximations, in 21 languages as users type them. Hunted both ways. Sixty plain
orders carry the story words the new lists hold, in their own clause or the next: 'later', 'already', 'not yet',
'for now', 'for later', 'wait', 'cancel', 'forget', 'just wondering', 'mal sehen', 'on verra', 'not sure yet', 'I'm
thinking of', 'still haven't decided the title', a price said without asking it ('no matter what the price', 'kaç
para olursa olsun', 'Was kostet die Welt!', '얼마나', 'いくら丼', 'بكم' as 'you'), a negation or 'already' near a verb
that does not refuse it ('давай уже обрежь', '分别延长', '걱정하지 마', '다른 건 필요 없어', '他はいじらなくていい',
'¿por qué no lo alargas…?'), 'set', 'mix' and 'from' beside a length, and approximate numbers or hour words used as
context ('an hour-long set tonight', 'una decina di persone', 'quarto do bebê', 'un quart d'heure avant le concert',
'80s-ish', '廿四节气', '廿日市', 'минут на 5 опоздаю'). Forty messages order nothing in forms the new lists lack:
curiosity and 'asking for a friend' in other words ('out of curiosity', 'por curiosidad', 'par curiosité', '好奇问一下',
'気になっただけ', '궁금해서요', 'penasaran aja'), conditionals and 'I wonder if' ('would it sound weird if you
extended…', 'wenn man es … verlängert', 'si je rallongeais', '如果…会不会', '20초 늘리면 티 날까?'), a named later
time ('tomorrow we'll extend it', 'demain on rallongera', '明天再', 'завтра добавим'), past-tense reports without
'already' ('last time you extended it', 'ayer le añadí', '上次你把…延长了'), negations far from the verb or in forms the
lists lack ("I don't want you to cut", 'je ne veux pas que tu coupes', 'kırpma', 'काटना नहीं', 'しなくてもいい', '就不必了')
and sarcasm.

FIGURES. First run on ed59ec2 (labels committed before it, f27605a): 100 probes; OK 22, ASKED 45, SILENT WRONG 33,
ERROR 0. Versus --old 34ea045 (the router before ed59ec2): OK 56, ASKED 11, SILENT WRONG 33, ERROR 0; all 33 silent
plans are pre-existing, none new, none fixed; 34 orders planned right on 34ea045 are asked on ed59ec2, none the other
way. Of the 60 orders: OK 14, ASKED 45 (34 of them new), SILENT WRONG 1. Of the 40 messages that order nothing:
SILENT WRONG 32 (all paid or free plans made from a question, a conditional, a later time, a report, a negation),
OK 8, all by luck: '気になっただけなんだけど、30秒延ばせる？', 'penasaran aja, bisa diperpanjang 1 menit nggak?', '20초 늘리면 티
날까?', '지난번에 끝을 20초 늘렸었는데 별로였어' get the edit-or-extend question, 'סתם מתעניין, אפשר להאריך את השיר בדקה?' and
the sarcasm get 'how much / where should I add', 'hab gestern … ausgeblendet' and 'je ne veux pas que tu coupes …'
get 'no word asks for new music there': each asks for the paid fields, not whether anything is wanted.

Silent wrong plans (33, all pre-existing), by cause:
- account._not_ordered reads none of these forms (31), so _plan_words' outpaint branch and deliverable_words' trim
  and fade take the verb as an order; 23 are paid extensions. _ONLY_ASKING lacks curiosity and 'asking for a friend'
  (7): 'out of curiosity, could it be extended by 5 minutes?' -> after 300; 'por curiosidad, ¿se podría alargar 30
  segundos…?', 'par curiosité, tu peux rallonger de 30 secondes ?' -> after 30; 'из любопытства: можно продлить трек
  на 2 минуты?' -> after 120; '好奇问一下，能把结尾延长一分钟吗？' -> after 60; 'asking for a friend: can you cut the first
  10 seconds without a click?' -> trim_start 10; 'rein aus Neugier: kann man die letzten 10 Sekunden ausblenden?' ->
  fade_out 10. _NOT_YET lacks conditionals other than 'if I wanted' / 'si quisiera' / 'wenn ich … würde' and 'I
  wonder' (8): 'would it sound weird if you extended it by 30 seconds?', 'wenn man es um 30 Sekunden verlängert, hört
  man dann die Naht?', "si je rallongeais de 30 secondes, ça s'entendrait ?", 'если продлить на 30 секунд, шов будет
  слышен?', '如果结尾延长30秒，会不会听出接缝？' -> after 30; 'I wonder if it would sound better 20 seconds longer', 'me
  pregunto si quedaría mejor con 20 segundos más al final' -> after 20; 'suppose I cut the first 5 seconds, would it
  click?' -> trim_start 5. _NOT_YET holds no named later time ('tomorrow', 'after the meeting', 'demain', 'morgen',
  'завтра', '明天再') (6): "tomorrow we'll extend it by 30 seconds, I'll tell you where", 'demain on rallongera la fin
  de 30 secondes', 'morgen verlängern wir das Ende um 30 Sekunden' -> after 30; 'завтра добавим 20 секунд в конце',
  '明天再把结尾延长20秒' -> after 20; "after the meeting I'll want the first 5 seconds cut" -> trim_start 5. _DONE_ALREADY
  and _NOT_BEFORE_VERB read a report only with 'already' / 'уже' / '已经' (4): 'last time you extended it by 30 s and
  it clipped', '上次你把结尾延长了30秒，效果不好' -> after 30; 'ayer le añadí 20 segundos al final y quedó raro' -> after
  20; 'вчера я обрезал первые 5 секунд' -> trim_start 5. _NOT_BEFORE_VERB takes only filler words between the
  negation and the verb, and _NOT_AFTER_VERB only Japanese and Korean forms (6): "I don't want you to cut the first 5
  seconds" ('want you to' is no filler), 'ilk 5 saniyeyi kırpma' (Turkish negative suffix -ma on 'kırp*'), 'पहले 5
  सेकंड काटना नहीं' (Hindi 'नहीं' after the verb), '最初の5秒はカットしなくてもいい' ('なくてもいい' beside the listed
  'なくていい') -> trim_start 5; 'ich will nicht, dass du die letzten 10 Sekunden ausblendest' (a comma between) ->
  fade_out 10; "I don't think we should extend it by 30 seconds" -> after 30; '结尾延长20秒就不必了' ('不必' after the verb;
  the CJK branch reads '不用/不要/别' only before it) -> after 20.
- a refused voice not read (1): 'no need for vocals, a 1 min lofi beat' -> 60 s, lyrics not '[inst]' (cues._TABLE
  'en' "no vocals" entries lack 'no need for vocals').

Needless questions (45; 34 new in ed59ec2, 11 pre-existing), by cause:
- account._NOT_YET matched anywhere in the message, not in the clause of the plan's verb, and on words that speak of
  something else (16, all new): "it's not yet long enough, extend it by 30 s" ('not yet'); "make a 30 s jingle now,
  I'll keep the long version for later" ('for later'); 'mal sehen, wie es klingt: die letzten 10 Sekunden ausblenden';
  'coupe les 5 premières secondes, on verra le reste après'; a title or lyrics not decided beside a plain new piece:
  "I'm not sure yet what to call it, but make a 2 minute piano piece", "I haven't decided on the lyrics, so a 1
  minute instrumental for now", 'todavía no sé el título, pero hazme…', 'с названием ещё не решил, сделай пока…',
  '还没想好名字，先做一首一分钟的钢琴曲', 'タイトルは考え中だけど、1分のピアノ曲を作って', '제목은 생각 중인데 일단 1분짜리
  피아노곡 만들어 줘', 'chưa biết đặt tên gì, cứ làm bản piano 1 phút'; the voice left for later beside an
  instrumental ordered now: 'Gesang brauchen wir nicht jetzt, mach erstmal ein 1-minütiges Instrumental', 'vokali
  belki sonra ekleriz, şimdilik 1 dakikalık enstrümantal yap'; a theme: "I'm thinking of a rainy night in Tokyo: 2 min
  lofi beat", 'a 2 minute song about being undecided, acoustic guitar'.
- account._COST_QUESTION on price words that ask nothing (7, all new): 'no matter what the price, make a 4 minute
  epic…' ('what the price'), 'kaç para olursa olsun…', 'bao nhiêu tiền cũng được…' (whatever it costs), 'Was kostet die
  Welt! Mach einen Song…' (an idiom: carefree), '얼마나' (how, in '얼마나 자연스러운지': the pattern's '얼마(?:…|나)'),
  'いくら丼' (salmon roe), 'بكم' ('you', in 'ترحيب بكم').
- account._ONLY_ASKING on a polite English order (1, new): 'I was just wondering if you could add 10 seconds at the
  end' ('just wondering').
- account._NOT_BEFORE_VERB on a word that does not negate the verb (5 new, 1 reason changed): 'уже' / 'już' / 'вже'
  as impatience ('давай уже обрежь первые 5 секунд', 'no to już wytnij pierwsze 5 sekund', 'ну вже додай 20 секунд в
  кінці'); 'why not' outside English ('Warum nicht die letzten 10 Sekunden ausblenden? Mach das bitte', '¿por qué no
  lo alargas 20 segundos al final?'); '别' inside '分别' (each: '开头和结尾分别延长10秒', asked before for the intro side,
  now as 'says not to 延长').
- account._NOT_AFTER_VERB on a negation that follows the order but refuses something else (3, new): '끝을 20초 늘려줘
  걱정하지 마' (don't worry), '끝을 20초 늘려줘 다른 건 필요 없어' (nothing else needed), '最後を20秒延長して他はいじらなくて
  いい' (leave the rest): the 8-character window crosses into the next clause.
- lang.approximations and '廿' making context a length that the audit then asks about (3 new, 2 reasons changed):
  _HOUR_LONG makes 'ein einstündiges Yoga-Set' 60 min, planned as the length, and '2-minütiges Intro' goes unused;
  _CJK_NUMBER / _cjk_value read '廿四节气' (the 24 solar terms) as 24, an unused number; _OR_SO turns '80s-ish' into
  '80s', read as 80 s ('a 1 minute 80s-ish synthwave track'); _QUARTER_HOUR makes "un quart d'heure avant le concert"
  15 min, and the jingle's '20 secondes' goes unused (asked before for '4').
- pre-existing, not from ed59ec2 (7): the unused-number audit in account.plan_and_account: 'the 3-minute version from
  yesterday: cut the first 5 s' ('3-minute' is the track's length; _NOW_WORD's 'from' reads only a 'from' before the
  length), "I'm playing an hour-long set tonight, make me a 30 s intro jingle", 'минут на 5 опоздаю, а ты пока сделай
  джингл на 30 секунд' (_UNIT_THEN_N moves '5' before 'минут' and the plan takes it), 'make a 2 minute intro for my
  40 minute set', 'we zijn met een man of tien, maak een feestlied van 1 minuut'; a cue unused: "don't worry about the
  intro, just extend the end by 20 s" ('intro' side), 'forget the fade, just cut the first 3 seconds' ('fade'); and
  'set it to 3 minutes' gets the edit-or-extend question.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more, plus 'dur_in': (lo, hi), the length rendered,
the tool's 60 s default when none is set, lies within it). Verdicts: OK, ASKED (a question where a plan was sure: a
miss), SILENT WRONG, ERROR. A message that orders nothing (a question of ability, a conditional, a plan for a later
time, a report, a refusal, sarcasm) is ASK: any question is right, any plan is wrong, free ones included. A plain
order with story words around it is its plan: a question is a needless miss.

Run: sh scripts/uv run python scripts/router_probe_redteam68.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, nws, trim

_ = (Plan, NEW, OUT)

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

SW = "a plain order with story words around it ('later', 'already', 'not yet', 'wait', 'cancel', 'set', 'from'): plan"
NN = "a new piece ordered beside 'not sure yet' / 'haven't decided the title' / 'vocals not now': the plan"
PR = "price or cost words that ask no price ('no matter what the price', 'kaç para olursa olsun', '얼마나'): the plan"
NV = "a negation or 'already' near a verb it does not refuse ('давай уже', '分别', '걱정하지 마', 'por qué no'): plan"
AN = "approximate numbers or hour words as context ('an hour-long set', 'una decina di persone', '廿四'): the plan"
JA = "curiosity or 'asking for a friend' in words the lists lack ('out of curiosity', 'por curiosidad', '好奇'): ASK"
CO = "a conditional or 'I wonder if' ('would it sound weird if…', 'wenn man … verlängert', '如果…会不会'): ASK"
LT = "an order for a named later time ('tomorrow we'll extend it', 'demain on rallongera', '明天再'): ASK"
PT = "a past-tense report without 'already' ('last time you extended it by 30 s', 'ayer le añadí'): ASK"
NF = "a negation far from the verb or in a form the lists lack ('I don't want you to cut', 'kırpma', 'काटना नहीं'): ASK"
SA = "sarcasm ('oh sure, let's just add another 30 seconds of this noise, great idea'): ASK"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) plain orders with story words around them: the plan (needless questions hunted)
    (SW, None, "the price of the gig was low so keep it cheap: 30 s jingle, piano", nws(30)),
    (SW, L, "don't worry about the intro, just extend the end by 20 s", ext(0, 20)),
    (SW, L, "I already like it, now add a 10 s outro", ext(0, 10)),
    (SW, None, "no need for vocals, a 1 min lofi beat", nws(60, inst=True)),
    (SW, 120.0, "wait, actually make it 3 minutes", ext(0, 60)),
    (SW, L, "later in the song the drums get loud, regenerate 1:20-1:40", inp(80, 100)),
    (SW, L, "for now export it as mp3", fmt_is("mp3")),
    (SW, L, "not too loud, -14 LUFS please", free(loudness_lufs=-14)),
    (SW, 180.0, "the 3-minute version from yesterday: cut the first 5 s", trim(start=5)),
    (SW, L, "it's not yet long enough, extend it by 30 s", ext(0, 30)),
    (SW, L, "forget the fade, just cut the first 3 seconds", trim(start=3)),
    (SW, L, "I was just wondering if you could add 10 seconds at the end", ext(0, 10)),
    (SW, None, "make a 30 s jingle now, I'll keep the long version for later", nws(30)),
    (SW, L, "mal sehen, wie es klingt: die letzten 10 Sekunden ausblenden", fade(10)),
    (SW, L, "coupe les 5 premières secondes, on verra le reste après", trim(start=5)),
    (SW, 120.0, "set it to 3 minutes", ext(0, 60)),
    (SW, L, "add a 10 s intro to the mix", ext(10, 0)),
    (SW, L, "make it 3 minutes from 2:30", ext(0, 30)),
    (SW, L, "ещё не финал, но добавь в конце 20 секунд", ext(0, 20)),
    # --- (2) a new piece beside 'not sure yet' / 'haven't decided' / 'vocals not now': the plan
    (NN, None, "I'm not sure yet what to call it, but make a 2 minute piano piece", nws(120)),
    (NN, None, "I haven't decided on the lyrics, so a 1 minute instrumental for now", nws(60)),
    (NN, None, "I'm thinking of a rainy night in Tokyo: 2 min lofi beat", nws(120)),
    (NN, None, "todavía no sé el título, pero hazme una canción de 2 minutos sobre el mar", nws(120)),
    (NN, None, "Gesang brauchen wir nicht jetzt, mach erstmal ein 1-minütiges Instrumental", nws(60)),
    (NN, None, "с названием ещё не решил, сделай пока лоуфай бит на 1 минуту", nws(60)),
    (NN, None, "还没想好名字，先做一首一分钟的钢琴曲", nws(60)),
    (NN, None, "タイトルは考え中だけど、1分のピアノ曲を作って", nws(60)),
    (NN, None, "제목은 생각 중인데 일단 1분짜리 피아노곡 만들어 줘", nws(60)),
    (NN, None, "chưa biết đặt tên gì, cứ làm bản piano 1 phút", nws(60)),
    (NN, None, "vokali belki sonra ekleriz, şimdilik 1 dakikalık enstrümantal yap", nws(60)),
    (NN, None, "a 2 minute song about being undecided, acoustic guitar", nws(120)),
    (NN, None, "vet inte än vad den ska heta, men gör ett pianostycke på 1 minut", nws(60)),
    # --- (3) price words that ask no price: the plan
    (PR, None, "no matter what the price, make a 4 minute epic orchestral piece", nws(240)),
    (PR, None, "how much it costs doesn't matter, make a 3 minute cinematic track", nws(180)),
    (PR, L, "끝을 20초 늘려줘 얼마나 자연스러운지 들어보게", ext(0, 20)),
    (PR, None, "いくら丼のCM用に30秒のジングルを作って", nws(30)),
    (PR, None, "اعمل أغنية ترحيب بكم في المطعم مدتها 30 ثانية", nws(30)),
    (PR, None, "kaç para olursa olsun, 3 dakikalık epik bir şarkı yap", nws(180)),
    (PR, None, "bao nhiêu tiền cũng được, làm bài nhạc 3 phút", nws(180)),
    (PR, None, "Was kostet die Welt! Mach einen Song über den Sommer, 2 Minuten", nws(120)),
    # --- (4) a negation or 'already' near a verb it does not refuse: the plan
    (NV, L, "давай уже обрежь первые 5 секунд", trim(start=5)),
    (NV, L, "开头和结尾分别延长10秒", ext(10, 10)),
    (NV, L, "끝을 20초 늘려줘 걱정하지 마", ext(0, 20)),
    (NV, L, "끝을 20초 늘려줘 다른 건 필요 없어", ext(0, 20)),
    (NV, L, "最後を20秒延長して他はいじらなくていい", ext(0, 20)),
    (NV, L, "Warum nicht die letzten 10 Sekunden ausblenden? Mach das bitte", fade(10)),
    (NV, L, "no to już wytnij pierwsze 5 sekund", trim(start=5)),
    (NV, L, "ну вже додай 20 секунд в кінці", ext(0, 20)),
    (NV, L, "¿por qué no lo alargas 20 segundos al final? quedaría mejor", ext(0, 20)),
    # --- (5) approximate numbers and hour words as context: the plan, at the right length
    (AN, None, "I'm playing an hour-long set tonight, make me a 30 s intro jingle", nws(30)),
    (AN, None, "un jingle di 30 secondi per una festa di una decina di persone", nws(30)),
    (AN, None, "uma música calma de 2 minutos para tocar no quarto do bebê", nws(120)),
    (AN, None, "on a un quart d'heure avant le concert : fais-moi un jingle de 20 secondes", nws(20)),
    (AN, None, "a 1 minute 80s-ish synthwave track", nws(60)),
    (AN, None, "以廿四节气为主题的一分钟古风音乐", nws(60)),
    (AN, None, "廿日市の観光PR用に30秒のジングルを作って", nws(30)),
    (AN, None, "минут на 5 опоздаю, а ты пока сделай джингл на 30 секунд", nws(30)),
    (AN, None, "make a 2 minute intro for my 40 minute set", nws(120)),
    (AN, None, "ein einstündiges Yoga-Set, dafür brauche ich ein 2-minütiges Intro", nws(120)),
    (AN, None, "we zijn met een man of tien, maak een feestlied van 1 minuut", nws(60)),
    # --- (6) curiosity or 'asking for a friend' in words the lists lack: ASK
    (JA, L, "out of curiosity, could it be extended by 5 minutes?", ASK),
    (JA, L, "asking for a friend: can you cut the first 10 seconds without a click?", ASK),
    (JA, L, "por curiosidad, ¿se podría alargar 30 segundos sin que se note?", ASK),
    (JA, L, "rein aus Neugier: kann man die letzten 10 Sekunden ausblenden?", ASK),
    (JA, L, "par curiosité, tu peux rallonger de 30 secondes ?", ASK),
    (JA, L, "из любопытства: можно продлить трек на 2 минуты?", ASK),
    (JA, L, "好奇问一下，能把结尾延长一分钟吗？", ASK),
    (JA, L, "気になっただけなんだけど、30秒延ばせる？", ASK),
    (JA, L, "penasaran aja, bisa diperpanjang 1 menit nggak?", ASK),
    (JA, L, "סתם מתעניין, אפשר להאריך את השיר בדקה?", ASK),
    # --- (7) conditionals and 'I wonder if': ASK
    (CO, L, "would it sound weird if you extended it by 30 seconds?", ASK),
    (CO, L, "suppose I cut the first 5 seconds, would it click?", ASK),
    (CO, L, "I wonder if it would sound better 20 seconds longer", ASK),
    (CO, L, "wenn man es um 30 Sekunden verlängert, hört man dann die Naht?", ASK),
    (CO, L, "si je rallongeais de 30 secondes, ça s'entendrait ?", ASK),
    (CO, L, "если продлить на 30 секунд, шов будет слышен?", ASK),
    (CO, L, "如果结尾延长30秒，会不会听出接缝？", ASK),
    (CO, L, "20초 늘리면 티 날까?", ASK),
    (CO, L, "me pregunto si quedaría mejor con 20 segundos más al final", ASK),
    # --- (8) an order for a named later time: ASK
    (LT, L, "tomorrow we'll extend it by 30 seconds, I'll tell you where", ASK),
    (LT, L, "after the meeting I'll want the first 5 seconds cut", ASK),
    (LT, L, "demain on rallongera la fin de 30 secondes", ASK),
    (LT, L, "morgen verlängern wir das Ende um 30 Sekunden", ASK),
    (LT, L, "завтра добавим 20 секунд в конце", ASK),
    (LT, L, "明天再把结尾延长20秒", ASK),
    # --- (9) past-tense reports without 'already': ASK
    (PT, L, "last time you extended it by 30 s and it clipped", ASK),
    (PT, L, "ayer le añadí 20 segundos al final y quedó raro", ASK),
    (PT, L, "hab gestern die letzten 10 Sekunden ausgeblendet", ASK),
    (PT, L, "вчера я обрезал первые 5 секунд", ASK),
    (PT, L, "上次你把结尾延长了30秒，效果不好", ASK),
    (PT, L, "지난번에 끝을 20초 늘렸었는데 별로였어", ASK),
    # --- (10) negations far from the verb or in forms the lists lack: ASK
    (NF, L, "I don't want you to cut the first 5 seconds", ASK),
    (NF, L, "I don't think we should extend it by 30 seconds", ASK),
    (NF, L, "je ne veux pas que tu coupes les 5 premières secondes", ASK),
    (NF, L, "ich will nicht, dass du die letzten 10 Sekunden ausblendest", ASK),
    (NF, L, "ilk 5 saniyeyi kırpma", ASK),
    (NF, L, "पहले 5 सेकंड काटना नहीं", ASK),
    (NF, L, "最初の5秒はカットしなくてもいい", ASK),
    (NF, L, "结尾延长20秒就不必了", ASK),
    # --- (11) sarcasm: ASK
    (SA, L, "oh sure, let's just add another 30 seconds of this noise, great idea", ASK),
]

_ = (FREE,)

if __name__ == "__main__":
    main(PROBES, __file__)
