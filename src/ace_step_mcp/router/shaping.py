"""Fades and trims of a track's start and end, read from the words of any language.

The cue pass has already written each language's fade and cut verbs as 'fade' and 'trim' ('tona ut', 'затухание',
'dissolvenza', 'leikkaa', 'カット', '剪咗'), and the unit pass every length as 'N s'. Here each length is paired with
the nearest of those verbs, and its end of the track is read from the words around the pair: the verb's own
way ('fade out', 'fondu de sortie', 'ausblenden'), a side ('am Ende', 'al principio', '頭の'), or 'first/last'
in the language's own words. Every length has to pair, and every pair has to have one end; otherwise nothing is
read here and the router asks. A fade or a trim is free and leaves the original as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ace_step_mcp.router.quick import quick

# The verbs, as the cue pass wrote them.
_VERB = quick(r"(?<![^\W\d_])(fade|trim|cut|chop|remove|delete)(?![^\W\d_])")
# Before a point in the track ('everything after 2:30', 'todo lo que va después del 2:10', 'alles vor 0:08'): the
# cut runs from the point to that end.
_AFTER_POINT = quick(
    r"(?<![^\W\d_])(?:after|past|después|despues|després|despres|nach|ab|après|apres|dopo|depois|после|після|po|efter|etter|"
    r"jälkeen|sonra|sau|setelah|sesudah|bad|बाद|بعد|אחרי)(?![^\W\d_])(?:\s+(?:del?|d[oa]|the|of|dem|der|i|il|gli|"
    r"le|la|los|las|les|os|as|el))?\s*$"
    r"|(?:以降|之后|之後|以后|以後|이후|後)\s*$"
    r"|(?<![^\W\d_])end\s+(?:del?|d[oa])\s*$"  # 'después del', 'depois do', as the side table wrote them
)
_STAYS = quick(
    r"(?<![^\W\d_])(?:se\s+queda|queda|stays?|remains?|bleibt|reste|resta|fica|blijft|stannar|blir\s+kvar|"
    r"zostaje|zůstane|остается|остаётся|залишається|kalır|kalsın|tetap|keep|keeps)(?![^\W\d_])"
)
# 'After' right after a length, as Korean, Japanese, Chinese, Turkish, Hindi and Urdu say it ('3분 이후는 잘라줘', '3分以降
# をカット', '2 dakikadan sonrasını kes'): a point in the track, never the last minutes.
_AFTER_A_LENGTH = quick(
    r"[^\W\d_]{0,3}\s*(?:以降|之后|之後|以后|以後|이후|이후는|후|後|sonra\w*|ден\s+кейін|baad|बाद|کے\s+بعد|এর\s+পর\w*|"
    r"পর\s|के\s+बाद)"
)
# 'Everything' a few words before 'after' ('coupe tout ce qui vient après 2 minutes', written 'trim tout ce qui vient
# end 2 minutes' by the side table; 'cut everything after 2 minutes'): a point in the track even said as a length,
# never the last 2 minutes.
_ALL_AFTER = quick(
    r"(?<![^\W\d_])(?:tout|todo|tudo|tutto|alles|everything|всё|все|wszystko|vše|všetko|alt|allt|kaikki)(?![^\W\d_])"
    r"(?:\s+[^\W\d_]+){0,4}\s+(?:end|after|past|nach|na|ab|après|apres|después|despues|després|despres|dopo|depois|после|після|po|"
    r"efter|etter|jälkeen)(?:\s+(?:del?|d[oa]s?|los|las|the|dem|der|den|il|le|la|el|les|gli|i)){0,2}"
    # ('cut everything after the first 2 minutes': the point is still the 2 minutes')
    r"(?:\s+(?:first|primeros?|primeras?|primeiros?|premières?|premiers?|ersten|primi|prime|eerste|första|første))?\s*$"
)
_BEFORE_POINT = quick(
    r"(?<![^\W\d_])(?:before|until|up to|antes|vor|bis|avant|jusqu'à|prima|fino a|до|перед|przed|före|før|ennen|"
    r"önce|trước|sebelum|पहले|قبل|לפני)(?![^\W\d_])(?:\s+(?:del?|d[oa]|the|of|dem|der))?\s*$"
)
# A fade's way in its own words. 'in' after 'fade' counts only where the request itself says 'fade' (English, or
# code-switched): in 'dissolvenza in chiusura' the 'in' is Italian ('at the close').
_OUT = quick(
    r"fade[- ]?out|ausblend|uitfad|sortie|salida|saída|uscita|chiusura|затуха|затух|згаса|затихван|заглъхван|"
    r"wycisz|ztlum|zeslab|tona ut|tonas ut|(?<![^\W\d_])aus(?![^\W\d_])|フェードアウト|淡出|페이드\s?아웃|fade\s?아웃|เอาท์|アウト|"
    r"fade[a-z]{0,3} ut(?![^\W\d_])|פייד[- ]?אאוט|אאוט|(?<![^\W\d_])(?:аут|ауту|اوت|آوت|آؤٹ|आउट|ud)(?![^\W\d_])"
)
_IN = quick(
    r"fade[- ]?in(?![^\W\d_])|fade[a-z]{1,3} in(?![^\W\d_])|פייד[- ]?אין|(?<![^\W\d_])(?:ин|ін|ind)(?![^\W\d_])|entrata|einblend|(?<![^\W\d_])ein(?![^\W\d_])|infad|entrée|entrada|ingresso|нараста|наростан|появлен|tona in|フェードイン|淡入|페이드\s?인|fade\s?인|인(?=\s)"
)
# The two ends of a track, in the words the languages use beside a fade or a cut (the cue pass wrote the side
# tables' words as 'start' / 'end').
_START = quick(
    r"(?<![^\W\d_])(?:start|beginning|first|intro|primeir\w*|premi[eè]r\w*|primer\w*|erste\w*|prim[ie]|eerste|"
    r"inledande|inledning\w*|indledende|innledende|alusta|alussa|alkuun|начал\w*|початк\w*|перв\w*|перш\w*|pierwsz\w*|prvn\w*|prv\w*|første|första|fyrstu|"
    r"começo|comeco|início|inicio|comienzo|inizio|anfang|début|debut|začátk\w*|"
    r"początk\w*|baştan|başından|baştaki|başındaki|əvvəl\w*|premye|premyè|"
    r"ilk|awal|pertama|đầu|unang|הראשונות|הראשונים|أول|पहले|शुरू\w*|सुरु\w*|আগে|শুরু\w*)(?![^\W\d_])"
    r"|頭|头|開頭|开头|最初|처음|앞부분|앞|冒頭"
)
_END = quick(
    r"(?<![^\W\d_])(?:end|ending|last|outro|últim\w*|derni[eè]r\w*|letzt\w*|ultim\w*|laatste|lopusta|lopussa|"
    r"loppuun|конц\w*|последн\w*|кінц\w*|останн\w*|ostatni\w*|posledn\w*|siste|sista|sidste|síðustu|sonda|sonuna|sondaki|"
    r"akhir|terakhir|cuối|huling|dulo|האחרונות|האחרונים|آخر|अंत|आखिरी|शेष|শেষ\w*|fin|fine|final|finale|finales|"
    r"finais|finaux|finalen|slut\w*|ende|einde|konci|konce|koncem|końca|końcu|kraja|kraju|sondan|zadnj\w*|posljednj\w*|poslednj\w*|последњ\w*|задњ\w*)"
    r"(?![^\W\d_])|最後|最后|结尾|結尾|尾|마지막|끝|ตอนจบ|จบ"
)
# A part of the mix named beside the verb ('quita la guitarra de los últimos 10 s', 'fade out the vocals', 'أزل
# الجيتار'): the cut or fade is of that part, which process_track cannot do; asked. Stems of the parts people
# name most, in the scripts of the 50 languages.
PART_OF_MIX = quick(
    r"guitar|gitaar|gitar|guitare|chitarr|гитар|гітар|китар|ギター|吉他|結他|기타|गिटार|گیتار|جيتار|قيثار|גיטרה|κιθάρ|"
    r"drum|batería|bateria|batterie|batteria|schlagzeug|trommel|tromm|trumm|bębn|perkus|бараба|ударн|ドラム|鼓|드럼|ड्रम|"
    r"طبل|طبول|תופ|τύμπαν|davul|trống|kendang|ngoma|"
    r"vocal|vox|voz|voix|stimme|gesang|voce|voci|stem|zang|głos|wokal|hlas(?!itost)|вокал|голос|спів|ボーカル|歌声|人声|"
    r"人聲|보컬|목소리|आवाज़|आवाज|वोकल|صوت|غناء|آواز|קול|שירה|φωνή|vokal|giọng|suara|sauti|boses|"
    r"piano|fortepian|klavier|пиан|фортеп|ピアノ|钢琴|鋼琴|피아노|पियानो|بيانو|פסנתר|πιάνο|"
    r"bass|bajo|basse|basso|бас\b|басы|ベース|贝斯|貝斯|베이스|बेस|"
    r"synth|синт|シンセ|合成器|신스|string|cuerd|corde|streich|archi|smyczk|струн|ストリングス|弦乐|현악|"
    r"sax|violin|violín|violon|geige|скрипк|バイオリン|小提琴|바이올린|trumpet|trompet|tromba|труб|"
    r"hi-?hat|snare|kick|choir|coro|chœur|chor|хор|コーラス|合唱|합창|melod|мелоди|メロディ|旋律|멜로디|beat|бит|"
    r"noise|ruido|bruit|rausch|rumore|ruído|szum|šum|шум|噪音|杂音|雜音|ノイズ|雑音|소음|잡음|sax|鼓|声|聲|음성|basu|"
    r"хора|баса|бас\w*|(?<![^\W\d_])bas(?:u|em|y)?(?![^\W\d_])",
    re.IGNORECASE,
)
# A preposition right after a length, before a part of the mix ('… 4 s i trommerne', '… 5 s of the vocals').
_OF_A_PART = quick(
    r"\s*(?:i|in|of|on|de|da|du|del|della|der|des|im|на|в|во|w|z|ze|af|av|van|uit)\s+"
    r"(?:(?:the|den|det|die|das|la|le|el|il|lo|les|los)\s+)?"
)
_RELATIVE = quick(
    r"(?<![^\W\d_])(?:shorter|longer|less|more|kürzer|länger|plus court\w*|plus long\w*|más cort\w*|más larg\w*|"
    r"più cort\w*|più lung\w*|mais curt\w*|mais long\w*|короче|длиннее|коротше|довше)(?![^\W\d_])"
)
# The other verbs as the cue pass wrote them: a clause with one of them says something else than the cut.
_OTHER_VERB = quick(r"(?<![^\W\d_])(?:add|extend|longer|replace|fade|trim|cut|loop|convert|no vocals)(?![^\W\d_])")
_MOST = 6  # fades and cuts of one request: at most a fade and a cut at each end, and a format's words
_CLAUSE = quick(
    r"[,;，；、。!?]|(?<![^\W\d_])(?:and|und|et|e|y|och|og|ja|i|и|і|та|dan|và|และ|แล้ว|और|aur|ve|és|και)(?![^\W\d_])"
    # (Arabic writes 'and' on the next word: 'وخلي الصوت على -14 LUFS', 'وحط fade out', before the verbs people chain)
    # (not 'وخلي مدته 5 ثواني', 'and let its length be 5 s', which says the length of what came before)
    r"|(?<![^\W\d_])و(?=(?:خلي|خل|حط|سوي|اعمل|ضيف|أضف|اضف|قص|شيل|اجعل|صدر|صدّر|بعدين|كمان|ثم|حول|حوّل)(?![^\W\d_])"
    r"(?!\s+(?:مدت|طول)))"
)


# A word of 'then' between a length and the fade or cut after it: two steps, the length the first's.
_THEN = re.compile(
    r"然后|然後|之后|之後|再|(?<![^\W\d_])(?:then|dann|puis|luego|después|depois|poi|потом|затем|sonra|lalu|ثم|फिर)"
    r"(?![^\W\d_])|してから|それから|그리고"
)


def shapes(
    text: str,
    times: list[Any],
    names_a_sound: Callable[[str], bool],
    english_fade: bool,
    fade_words: tuple[str, ...] = (),
    length: float | None = None,
    number_word: Callable[[str], bool] = lambda word: False,
) -> dict[str, float] | None:
    """{'fade_out_s': 5, 'trim_start_s': 3, ...} for every length in the (cue-written, unit-written) text, each
    paired with a fade or trim verb and one end of the track; None where any length or pair is left unsure.
    `times` are the text's lengths (the router's `find_times`), `names_a_sound` whether words name a sound
    of the mix (its style list), `number_word` whether a word is a number in some language: the router passes
    them, this module imports nothing of it."""
    verbs = list(_VERB.finditer(text))
    if not verbs or not times or len(times) > _MOST or len(verbs) > _MOST:
        return None  # more lengths or verbs than a request of fades and cuts has: asked (and linear)
    marks = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    out: dict[str, float] = {}
    paired: set[int] = set()
    way_said: set[int] = set()
    for span in times:
        # the nearest verb, one in the length's own clause first ('3 s trim और 5 s का fade out': the fade's)
        verb = min(
            verbs,
            key=lambda v: (
                _crosses(marks, min(v.start(), span.start), max(v.end(), span.end)),
                max(v.start() - span.end, span.start - v.end(), 0),
            ),
        )
        lo, hi = min(verb.start(), span.start), max(verb.end(), span.end)
        between = [text[a:b] for a, b in marks if lo <= a and b <= hi]
        own = text[
            max([b for _, b in marks if b <= span.start], default=0) : min(
                [a for a, _ in marks if a >= span.end], default=len(text)
            )
        ]
        # 'dissolvenza in entrata di 2 secondi e in uscita di 6': one fade verb, each length with its own way
        shared = len(verbs) == 1 and verb.group(1) == "fade" and bool(_OUT.search(own) or _IN.search(own))
        # ('затухание в конце, 5 секунд': the length after the verb, alone in its clause; not 'add 30 seconds at the
        # end, then fade out', whose length is another clause's)
        alone = (
            span.start > verb.end() and re.fullmatch(r"\s*(?:about|around|ca\.?|~)?\s*\S+\s*\S*\s*", own) is not None
        )
        comma = len(verbs) == len(times) == 1 and alone and all(m in ",，、" for m in between)
        # ('córtale 10 s al principio y 5 al final': the one cut verb for both, the second clause naming only its end
        # and no verb of its own)
        elliptic = (
            len(verbs) == 1
            and verb.group(1) != "fade"
            and bool(_START.search(own) or _END.search(own))
            and not _OTHER_VERB.search(own)
            # (and nothing more than short words beside them: not 'وخلي آخر 4 s تتلاشى تدريجياً', a fade said otherwise)
            and all(len(w) <= 4 for w in re.findall(r"[^\W\d_]+", _END.sub(" ", _START.sub(" ", own))))
            # (and no part of the mix between the verb and it: 'Fjern vokalen i de sidste 10 sekunder')
            and not PART_OF_MIX.search(text, min(verb.start(), span.start), max(verb.end(), span.end))
            and not names_a_sound(text[min(verb.start(), span.start) : max(verb.end(), span.end)])
        )
        if between and not shared and not comma and not elliptic:
            return None  # the nearest verb is in another clause: this length is not its ('затухание в конце, 5 с' is)
        if span.end <= verb.start() and _THEN.search(text, span.end, verb.start()):
            return None  # ('结尾加10秒然后淡出': 10 s added, then a fade; the length is not the fade's)
        region = (
            own
            if between and (shared or elliptic)
            else text[
                max([b for _, b in marks if b <= lo], default=0) : min(
                    [a for a, _ in marks if a >= hi], default=len(text)
                )
            ]
        )
        if _RELATIVE.search(region):
            return None  # 'make the fade out 5 seconds shorter': a change of a length, not the length
        if PART_OF_MIX.search(region) or names_a_sound(region):
            return None  # 'fade out the guitar over 5 s': a part of the mix, not the track's own end
        if (of := _OF_A_PART.match(text, span.end)) is not None and PART_OF_MIX.match(text, of.end()):
            return None  # ('fjern de sidste 4 sekunder i trommerne': the last 4 s of the drums)
        if verb.group(1) == "fade" and verb.start() in paired and not (shared or verb.start() in way_said):
            return None  # one verb for two lengths, neither with its own way ('prvé 3 s a na konci stlm 5 s'): asked
        paired.add(verb.start())
        if shared:
            way_said.add(verb.start())  # ('плавное нарастание … на 2 s и fade … на 6 s': the first says its way)
        if not english_fade:
            region = re.sub(r"fade[- ]?in(?![^\W\d_])", "fade", region)
        kind = "fade" if verb.group(1) == "fade" else "trim"
        after_it = _AFTER_A_LENGTH.match(text, span.end) is not None
        if (
            ":" in text[span.start : span.end]
            or _ALL_AFTER.search(text, max(0, span.start - 40), span.start)
            or after_it
        ):
            # a point in the track ('2:10', 'everything after 2 minutes'), not a length
            if _STAYS.search(text, span.end, min(len(text), span.end + 30)):
                return None  # ('todo lo que va después de 20 segundos se queda': what stays, not what is cut; asked)
            point = _point_trim(text[max(0, span.start - 30) : span.start], span.seconds, length, after_it)
            if kind != "trim" or point is None or point[0] in out:
                return None
            out[point[0]] = point[1]
            continue
        at_start, at_end = bool(_START.search(region)), bool(_END.search(region))
        if at_start and at_end and len(times) > 1:
            # ('앞에 2초 자르고 끝에 4초 페이드아웃': each its own)
            at_start, at_end = _nearest_end(text, span, times, verbs, verb)
        elif (at_start or at_end) and len(times) > 1 and _nearest_end(text, span, times, verbs, verb) == (False, False):
            at_start = at_end = False  # ('trim 3 s then fade the end out over 5 s': the one end word is the fade's)
        if kind == "fade":
            if len(fade_words) == 1 and sum(v.group(1) == "fade" for v in verbs) == 1:
                region += " " + fade_words[0]  # the one fade verb as written: 'tona ut', 'затухание'
            out_word, in_word = bool(_OUT.search(region)), bool(_IN.search(region))
            if out_word != in_word:
                if (out_word and at_start and not at_end) or (in_word and at_end and not at_start):
                    return None  # 'fade in the last 6 s', 'am Anfang ausblenden': the way and the end disagree
                key = "fade_out_s" if out_word else "fade_in_s"
            elif at_start != at_end:
                key = "fade_in_s" if at_start else "fade_out_s"
            else:
                return None
        elif at_start != at_end:
            key = "trim_start_s" if at_start else "trim_end_s"
        else:
            return None
        if key in out or not 0 < span.seconds <= (60 if kind == "fade" else 3600):
            return None
        out[key] = span.seconds
    for v in verbs:
        if v.start() in paired:
            continue
        a_fade = v.group(1) == "fade"
        if any(
            (p.group(1) == "fade") == a_fade and not _crosses(marks, min(p.start(), v.start()), max(p.end(), v.end()))
            for p in verbs
            if p.start() in paired
        ):
            continue  # the second word of one verb ('Schneid … weg', 'Cắt bỏ', both written 'trim')
        clause_end = min([a for a, _ in marks if a >= v.end()], default=len(text))
        after = text[v.end() : clause_end]
        if re.search(r"\d", after) or any(number_word(w) for w in re.findall(r"[^\W\d_]{3,}", after)):
            return None  # a fade or cut with a number after it no length holds ('fade out de 4 …', 'på fire'): asked
        if not a_fade:
            return None  # a cut of its own with no length ('Trim the silence at the start, and fade out 5 s'): asked
    if len(times) == 1 and len(out) == 1 and set(out) <= {"trim_start_s", "trim_end_s"} and _BOTH_ENDS.search(text):
        # ('Cut 5 seconds off the start and the end', 'Recorta 3 segundos al principio y al final', '앞뒤로 3초씩'): one
        # length, both ends joined by 'and': that much off each
        seconds = next(iter(out.values()))
        return {"trim_start_s": seconds, "trim_end_s": seconds}
    return out


# Both ends joined by 'and', as the cue pass wrote the sides ('the start and the end', 'vorne und hinten' → 'start und
# end'), or said in one word ('앞뒤로', '前后', '首尾').
_BOTH_ENDS = quick(
    r"(?<![^\W\d_])start(?![^\W\d_])[^,;.]{0,16}?(?<![^\W\d_])(?:and|y|e|et|und|en|i|og|och|a|ve|và|dan|и|і|та|és|ja|și)"
    r"(?![^\W\d_])[^,;.]{0,16}?(?<![^\W\d_])end(?![^\W\d_])|앞뒤|前后|前後|首尾"
)


def _crosses(marks: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a clause mark lies between `lo` and `hi`."""
    return any(lo <= a and b <= hi for a, b in marks)


def _nearest_end(
    text: str, span: Any, times: list[Any], verbs: list[re.Match[str]], verb: re.Match[str]
) -> tuple[bool, bool]:
    """With two lengths in one clause, the end word nearest this length (`verb` its verb), never past the other
    lengths, nor one that is the next length's own: after the next verb ('trim 3 s then fade the end out over 5 s'),
    or before it where this length's end word came before its verb too ('开头剪掉3秒结尾淡出5秒', 'в начале обрежь 3 с в
    конце сделай затухание 5 с'): (start, end); (True, True) where the nearest is not one word, (False, False) where
    there is none."""
    lo = max([t.end for t in times if t.end <= span.start], default=0)
    hi = min([t.start for t in times if t.start >= span.end], default=len(text))
    side_first = verb.start() < span.start and bool(
        _START.search(text, lo, verb.start()) or _END.search(text, lo, verb.start())
    )
    best: dict[bool, int] = {}
    for is_end, pattern in ((False, _START), (True, _END)):
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= span.end and any(
                span.end <= v.start() < m.start() or (side_first and m.end() <= v.start() < hi) for v in verbs
            ):
                continue
            gap = max(m.start() - span.end, span.start - m.end(), 0)
            best[is_end] = min(best.get(is_end, gap), gap)
    if not best:
        return False, False  # (the one end word is the other length's: this length has none)
    if len(best) == 1:
        return (not next(iter(best)), next(iter(best)))
    if len(best) == 2 and best[False] != best[True]:
        return (best[False] < best[True], best[True] < best[False])
    return True, True


def _point_trim(before: str, point: float, length: float | None, after: bool = False) -> tuple[str, float] | None:
    """'after 2:30' of a 180 s track cuts its last 30 s; 'before 0:08' its first 8 s."""
    if (
        (after or _AFTER_POINT.search(before) or _ALL_AFTER.search(before))
        and length is not None
        and 0 < point < length
    ):
        return "trim_end_s", round(length - point, 3)
    if _BEFORE_POINT.search(before) and (length is None or 0 < point < length):
        return "trim_start_s", point
    return None
