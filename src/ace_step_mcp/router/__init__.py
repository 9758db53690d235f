"""Plain request in, plan out: which endpoint, with which arguments, and the words that decided it.

Deterministic and explainable on purpose: no model is called, the same request always gives
the same plan, and every decision is recorded in `rationale` with the phrase that caused it.
Explicit fields always win over anything read from the text. When the text does not say what
is needed (an edit with no time range, "longer" with no length, an edit with no track) the
router returns a `Question` instead of guessing, so no money is ever spent on a guess.

The router only plans. Running a plan goes through the same path as the four endpoint tools.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ace_step_mcp.endpoints import MAX_SECONDS, MAX_SOURCE_SECONDS, MIN_T2A_SECONDS
from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router.lang import AGES_OR_HOURS as _AGES_OR_HOURS
from ace_step_mcp.router.lang import LATIN_STOPWORDS as _LATIN_STOPWORDS
from ace_step_mcp.router.lang import MINUS_WORDS as _MINUS_WORDS
from ace_step_mcp.router.lang import ROMANISED_WORDS, romanised_count
from ace_step_mcp.router.model import Plan, Question, Request
from ace_step_mcp.router.quick import GLUED_SCRIPTS, quick

if TYPE_CHECKING:
    from ace_step_mcp.router.cues import Cue

__all__ = ["PREVIOUS", "Plan", "Question", "Request", "Span", "find_times", "lyrics_language", "plan", "steps_for"]

# -- numbers and times ----------------------------------------------------------------------------

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "half": 0.5,
}  # fmt: skip
_SEC_UNITS = r"(?:seconds?|secs?|s\b|segundos?|secondes?|sekunden?|secondi|秒)"
_MIN_UNITS = r"(?:minutes?|mins?|m\b|minutos?|minuten?|minuti|分钟?|分)"
_NUM = r"(\d+(?:[.,]\d+)?)"
_WORDNUM = (
    r"(" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)) + r")"
)

_MSS = quick(r"(?<![\d:])(\d{1,2}):([0-5]\d)(?![\d:])")
_MIN_AND_HALF = quick(r"\b(?:a|one|1)\s+(?:minute|min)\s+and\s+a\s+half\b|\b(?:one|1)\s+and\s+a\s+half\s+minutes?\b")
_HALF_MINUTE = quick(r"\bhalf\s+a\s+minute\b")
_MINUTES_AND_HALF = quick(r"(?<![\w:.])(\d{1,2})\s*(?:minutes?|mins?)\s+and\s+a\s+half\b")  # '2 minutes and a half'
_MIN_SEC = quick(r"\b" + _NUM + r"\s*" + _MIN_UNITS + r"\s*(?:and\s+)?" + _NUM + r"\s*" + _SEC_UNITS)
_SECONDS = quick(r"(?<![\w:.])" + _NUM + r"[\s-]*" + _SEC_UNITS)
_MINUTES = quick(r"(?<![\w:.])" + _NUM + r"[\s-]*" + _MIN_UNITS)
_WORD_SECONDS = quick(r"\b" + _WORDNUM + r"[\s-]+" + _SEC_UNITS)
_WORD_MINUTES = quick(r"\b(?:" + _WORDNUM + r"|a|an)[\s-]+" + _MIN_UNITS)
_MINUTE_LONG = quick(r"\bminute[\s-]long\b")


def _num(text: str) -> float:
    return float(text.replace(",", "."))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    seconds: float


# A clause that asks something of the track, in the router's own words by now ('add 25 s end', '… regenerate …').
_ASKS_OF_THE_TRACK = quick(
    r"(?<![^\W\d_])(?:add|extend|longer|regenerate|replace|redo|fade|trim|cut|loop|convert|start|end|intro|outro|"
    r"before|after)(?![^\W\d_])"
)
_WEAK_END = quick(r"[,;，；、]|\s[-–—]\s")
_HOUR_WORD_BEFORE = quick(r"(?<![^\W\d_])(?:saat|sa|kl|klo|godz|óra)\.?\s*$")
_EVENT_SIZED = 13 * 60  # from this on, a length beside an edit's own that asks nothing is the event's, not the music's


def _event_lengths_out(text: str, why: list[str]) -> str:
    """An edit's text without the lengths of the story around it: a length or a time of day in a clause that asks
    nothing of the track, beside a clause that does with its own length ('Coloca mais 25 segundos no final. O evento
    tem 2 horas', 'Sonuna 30 saniyə əlavə et, tədbir 3 saat çəkəcək', 'Додай 30 секунд на початку, концерт о
    19:00'): only a length of 13 minutes or more (shorter ones are corrections, the other side, totals: 'Add 10 s
    at the end. Sorry, I meant 20 seconds.'), never a whole said as such ('… in total') nor a range.
    Where the edit needs that length after all, its question asks for it."""
    from ace_step_mcp.router.read import SENTENCE_END

    times = find_times(text)
    if len(times) < 2:
        return text
    strong = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    weak = sorted({*strong, *(m.end() for m in _WEAK_END.finditer(text))})  # clauses: sentences and their parts

    def clause(bounds: list[int], at: int) -> tuple[int, int]:
        i = bisect.bisect_right(bounds, at) - 1
        return bounds[max(i, 0)], bounds[min(i + 1, len(bounds) - 1)]

    asking = [(a, b) for a, b in itertools.pairwise(weak) if _ASKS_OF_THE_TRACK.search(text, a, b)]
    out, last = [], 0
    for span in times:
        part = clause(weak, span.start)
        if _ASKS_OF_THE_TRACK.search(text, *part) or _TOTAL_AFTER.match(text, span.end):
            continue  # (asked of the track, or its whole: 'it should be 12 minutes in total')
        if _WHOLE_BEFORE.search(text[max(0, span.start - 20) : span.start]):
            continue
        if span.seconds < _EVENT_SIZED:
            continue  # (shorter: a correction, the other side, a total: 'Add 10 s at the end. Sorry, I meant 20.')
        if sum(part[0] <= t.start < part[1] for t in times) > 1:
            continue  # (a range: the track's)
        own = [t for t in times if t is not span and any(a <= t.start < b for a, b in asking)]
        if not own or any(part[0] <= t.start < part[1] for t in own):
            continue
        hour_word = _HOUR_WORD_BEFORE.search(text, max(last, span.start - 8), span.start)  # ('saat 14:30')
        out.append(text[last : hour_word.start() if hour_word else span.start] + " ")
        last = span.end
        why.append(f"'{text[span.start : span.end].strip()}' is told of something else, not asked of the track")
    return "".join(out) + text[last:] if out else text


def find_times(text: str) -> list[Span]:
    """Every time expression in (lower-cased) text, with its position, left to right."""
    return list(_times_in(text))


@lru_cache(maxsize=32)  # one plan asks about the same text from several rules
def _times_in(text: str) -> tuple[Span, ...]:
    found: list[Span] = []
    taken = bytearray(len(text) + 1)  # characters an earlier (longer) reading took: linear in the text

    def add(m: re.Match[str], seconds: float) -> None:
        if any(taken[m.start() : m.end()]):
            return
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append(Span(m.start(), m.end(), seconds))

    for m in _MIN_AND_HALF.finditer(text):
        add(m, 90)
    for m in _HALF_MINUTE.finditer(text):
        add(m, 30)
    for m in _MINUTES_AND_HALF.finditer(text):
        add(m, int(m.group(1)) * 60 + 30)
    for m in _MIN_SEC.finditer(text):
        add(m, _num(m.group(1)) * 60 + _num(m.group(2)))
    for m in _MSS.finditer(text):
        add(m, int(m.group(1)) * 60 + int(m.group(2)))
    for m in _MINUTE_LONG.finditer(text):
        add(m, 60)
    for m in _SECONDS.finditer(text):
        if _not_a_time(text, m):
            continue
        add(m, _num(m.group(1)))
    for m in _MINUTES.finditer(text):
        add(m, _num(m.group(1)) * 60)
    for m in _WORD_SECONDS.finditer(text):
        add(m, _NUMBER_WORDS[m.group(1)])
    for m in _WORD_MINUTES.finditer(text):
        add(m, _NUMBER_WORDS.get(m.group(1) or "a", 1) * 60)
    return tuple(sorted(found, key=lambda s: s.start))


_DECADE = quick(r"(?:the\s+)?[5-9]0s\s*$")


def _not_a_time(text: str, m: re.Match[str]) -> bool:
    """'808s' are drum machines and '80s synthpop' is a decade, not seconds."""
    token = text[m.start() : m.end()]
    if not token.endswith("0s") and not token.startswith("808"):
        return False  # (the cheap test first: most seconds are no decade and no drum machine)
    if re.fullmatch(r"808s?|(?:19|20)\d0s", token):
        return True  # drum machines, and decades ('1950s')
    if re.fullmatch(r"[2-4]0s", token):  # '30s style jingle', '40s swing': a decade only before an era's words
        return bool(
            re.match(r"\s*(?:style|swing|jazz|big band|era|vibe|crooner|noir|ragtime|charleston)", text[m.end() :])
        )
    if re.fullmatch(r"[5-9]0s", token):
        after = text[m.end() : m.end() + 30]
        before = text[max(0, m.start() - 5) : m.start()]
        style = any(after.lstrip().startswith(t) for t in STYLE_TERMS)
        return style or "the " in before or after.lstrip().startswith(("music", "style", "vibe", "sound"))
    return False


# 'length', 'duration' in the 50 languages' common forms: two times about the length are not a window.
_LENGTH_NOUN = quick(
    r"(?<![^\W\d_])(?:length|duration|long|länge|dauer|duración|duracion|durée|duree|durata|duração|duracao|"
    r"lengte|duur|длин\w*|длительн\w*|продолжительн\w*|тривалість|довжин\w*|długość|délka|dĺžka|längd|længde|"
    r"lengde|pituus|hossz\w*|uzunluk|süre|durată|lungime|μήκος|διάρκεια|panjang|durasi|độ dài|thời lượng|haba|"
    r"muda|tagal|haba|طول|مدة|مدت|אורך|משך|लंबाई|अवधि)(?![^\W\d_])|时长|時長|长度|長度|長さ|길이|재생 시간"
)
_MORE_BETWEEN = quick(
    r"(?<![\w.:])(\d+(?:[.,]\d+)?)\s+(more|extra|additional)\s+(" + _SEC_UNITS + r"|" + _MIN_UNITS + r")"
)
_RANGE_SEP = r"\s*(?:-|to|until|till|through|and|a|à|bis|al|hasta|jusqu'à|~|から)\s*"
_RANGE_TIME = r"(\d{1,2}:[0-5]\d|\d+(?:[.,]\d+)?)\s*(?:" + _SEC_UNITS + r")?"
_RANGE = quick(
    r"(?<![\w:.])"
    + _RANGE_TIME
    + _RANGE_SEP
    + _RANGE_TIME
    + r"(?!\s*(?:bpm|%|[ap]\.?m\b|o'?clock|uhr\b|h\b))"
    + rf"(?![\d:.,]*\s*(?:{_AGES_OR_HOURS})(?!짝|्|[a-zà-ÿ]))"
)  # '5 to 7 pm' is a time of day; 'crianças de 3 a 5 anos' are ages
_BETWEEN_BEFORE = quick(r"(?:between|betwixt|from)\s*(?:the\s+)?$")


def _window_range(text: str) -> re.Match[str] | None:
    """The first 'T1 - T2' range, where 'T1 and T2' counts only after 'between': 'add 5 and 10 seconds of
    piano' is two amounts (asked about), never the window 5-10 s. ('between 5 and 10 s' in other languages is
    read by router/ranges.py.)"""
    for m in _RANGE.finditer(text):
        joined = text[m.end(1) : m.start(2)]
        if re.search(r"\band\b", joined) and not _BETWEEN_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            continue
        return m
    return None


_NOT_A_FRACTION = r"(?!\s*(?:의\s*[1-9일]|の[1-9一]))"  # ('마지막 3분의 1', '最後の3分の1': the last third)
_LAST = quick(
    r"(?:\b(?:last\s+(?:ke|ki|ka|ko|wale|waale|vale)|aakhri|akhri|aakhiri|aakhir\s+ke|antim|last|आख़िरी|final|closing|últim[oa]s?|ultim[oa]s|derni(?:er|ère|ere)s?|utolso|poslednich|poslednych|letzten?|ultim[ie]|laatste|последни[еx]|"
    r"последних|ostatni\w*|posledn\w*|siste|sidste|sista|viimeiset|utolsó|ultimele|останні|останніх|"
    r"последните|τελευταία|τελευταια|τελευταίες|τελευταιες|τελευταίο|τελευταιο|اخر|darrers|darreres|darrer|darrera|zadnj\w*|posljednj\w*|últims|huling|آخر|آخری|האחרונות|आखिरी|अंतिम|अन्तिम\w*|síðustu|"
    r"ਆਖਰੀ|ਆਖ਼ਰੀ|చివరి|अन्तिमान्|अन्तिमानि|अन्तिमाः|paskutin\w*|последњ\w*|dènye|dènyè|ultimas|ultimos|ultima|"
    # (typed without accents or in Latin letters: 'vika 10 s', 'gerdu sidustu 10 sek', 'denye 30 segond', 'shesh er
    # 10 sec', 'ostanni 10 sek')
    r"vika|sidustu|denye|shesh\s*er|shesher|ostanni|ostannie|poslednie|poslednih|"
    r"கடைசி|ಕೊನೆಯ|അവസാന)|最後(?:の|嗰|個|嘅)?|最后的?|最尾(?:嗰|個|的)?|마지막|শেষের|শেষ|"
    r"end\s*(?:嗰|個))"  # (the side table wrote '最尾' as 'end': '最尾嗰15秒' is the last 15 s)
    r"\s*(?:" + _NUM + r"|" + _WORDNUM + r")[\s-]*"
    + r"(?:" + _SEC_UNITS + r"|" + _MIN_UNITS + r")" + _NOT_A_FRACTION
)  # fmt: skip
_FIRST = quick(
    r"(?:开头|開頭|一开始的?|一開始的?|"
    r"\b(?:shuru\s+ke|shuruaat\s+ke|first|opening|primer[oa]s?|primeir[oa]s?|premi(?:er|ère|ere)s?|elso|prvnich|ersten?|prim[ie]|eerste|первы[еx]|"
    r"pierwsz\w*|prvn\w*|prv\w*|ilk|første|första|ensimmäiset|első|primele|перші|първите|πρώτα|primers|unang|أول|"
    r"הראשונות|पहले|शुरू\s+के|शुरुआत\s+के|शुरुआती|fyrstu|ਪਹਿਲੇ|మొదటి|پہلے|प्रथम\w*|ekat|पहिलो|पहिला|شروع\s+کے|start\s+کے)|最初の?|最初|前|頭(?:嗰|個|の)?|"
    r"প্রথম|শুরুর|ਸ਼ੁਰੂ\s+ਦੇ|ਸ਼ੁਰੂਆਤ\s+ਦੇ|ਸ਼ੁਰੂ\s+ਦੀਆਂ|"
    r"처음|앞부분|맨\s*앞)\s*(?:" + _NUM + r"|" + _WORDNUM + r")[\s-]*"
    + r"(?:" + _SEC_UNITS + r"|" + _MIN_UNITS + r")" + _NOT_A_FRACTION
)  # fmt: skip
# ... and as the side table wrote a Chinese 'the beginning' before it ('开头10秒' → 'start 10 s'), where it is redone
# and nothing else is said of it or of another part ('开头10秒别动，后面的全部重新生成' keeps it; red-team 28).
_BEGINNING_KEPT = quick(
    r"别动|別動|不用改|不用动|不用動|保留|很好|不错|不錯|以后|以後|之后|之後|后面|後面|其余|其餘|其他|结尾|結尾|淡入|淡出|副歌|"
    r"然后|然後|之外|除了"
)
_FIRST_WRITTEN = quick(
    r"(?<![^\W\d_])start\s*(?:" + _NUM + r"|" + _WORDNUM + r")[\s-]*" + r"(?:" + _SEC_UNITS + r"|" + _MIN_UNITS + r")"
)
# 'the last N s' written after the number: '10 giây cuối', '10 detik terakhir', '10 วินาทีสุดท้าย'.
_LAST_AFTER = quick(
    r"(?<![\w:.])"
    + _NUM
    + r"()\s*(?:"
    + _SEC_UNITS
    + r"|"
    + _MIN_UNITS
    + r")\s*(?:cuối|cuoi|terakhir|สุดท้าย|ya mwisho|za mwisho|(?:ya|za)\s+end|آخر|اخر|finais|finales|finali|finaux|"
    r"sonuncu|последни|האחרונות|האחרונים|אחרונות|אחרונים)"
)
# ... and 'the first N s' written after the number: '10 השניות הראשונות', '5 giây đầu', '10 detik pertama'.
_FIRST_AFTER = quick(
    r"(?<![\w:.])" + _NUM + r"()\s*(?:" + _SEC_UNITS + r"|" + _MIN_UNITS + r")\s*(?:הראשונות|הראשונים|đầu tiên|đầu|"
    r"pertama|awal|za kwanza|แรก)(?![^\W\d_])"
)
_TO_END = quick(
    r"(?:from\s+)?(?<![\w:.,])" + _RANGE_TIME + r"\s*(?:to|until|till|through)\s+the\s+end\b"
    # ... in other languages, the side words as the cue pass wrote them ('end'): 'vanaf 1:30 tot het einde',
    # 'desde 1:30 hasta el final', 'с 1:30 до конца', 'od 2:00 až do konca', '从2分钟开始到结尾', '1:30から最後まで'
    r"|(?<![\w:.,])(\d{1,2}:[0-5]\d|\d+\s*min)\s*(?:开始|開始|起|から)?\s*(?:to|tot|bis|hasta|até|ate|jusqu['’]?|fino|"
    r"до|až\s+do|do|到|至|直到|a|al|sampai|hingga|hadi|đến)\s*(?:the\s+|el\s+|la\s+|o\s+|zum\s+|alla\s+|al\s+|het\s+)?"
    r"(?:end|ending|final|fin|fine|ende|einde|конца|кінця|konca|końca|konce|kraja|akhir|mwisho|hết|cuối|结尾|結尾|最后|最後|尾)"
    r"(?![^\W\d_])"
    # ... or 'from T on' said after the time ('Dal secondo 95 in poi', 'от 1:15 нататък', "1:20'den sonrasını",
    # '1분 20초부터 끝까지', 'dari menit 2 sampai habis')
    r"|(?<![\w:.,])(\d{1,2}:[0-5]\d|\d+\s*(?:min|s))\s*(?:onwards?|(?<=from\s\d:\d\d\s)on(?=\s*(?:$|[,.;:!?]))|in\s+poi|en\s+adelante|em\s+diante|нататък|"
    r"и\s+дальше|і\s+далі|sampai\s+(?:habis|selesai|akhir)|['’]?(?:den|dan|ten|tan)\s+sonra\w*|부터\s*(?:끝까지|마지막까지|끝)|"
    r"以降|から最後まで|から終わりまで|से\s+(?:अंत|आखिर|आख़िर)\s+तक|থেকে\s+শেষ\s+পর্যন্ত)(?![^\W\d_])"
    # (the unit before its number, as Italian and Indonesian say it: 'dal secondo 95 in poi', 'dari menit 2 sampai
    # habis', read 'dal s 95', 'dari min 2')
    r"|(?<![^\W\d_])((?:min|s)\s+\d+)\s*(?:in\s+poi|en\s+adelante|em\s+diante|sampai\s+(?:habis|selesai|akhir)|"
    r"hingga\s+(?:habis|akhir))(?![^\W\d_])"
    # ... or everything from a time ('Переделай всё начиная с 2:00', 'Genereer alles vanaf 1:45', 'tout à partir de
    # 2:00'), where no second time follows (that is a range); a bare 'ab 0:30' says no end, and is asked
    r"|(?<![^\W\d_])(?:всё|все|alles|tout|todo|tudo|tutto|everything|wszystko|vše|všetko|kaikki|allt|alt|semua)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:starting\s+(?:at|from)|from|à\s+partir\s+d[eu]|a\s+partir\s+d[eo]s?|desde|начиная\s+с|"
    r"с|починаючи\s+з|з|від|ab|von|vanaf|från|fra|od|dari|mulai)\s+(?:(?:the|el|la|le|il|o|second[oa]?|minuto|minute|menit|detik)\s+)?(\d{1,2}:[0-5]\d|\d+\s*(?:min|s))"
    r"(?!\s*(?:-|–|~|to|bis|tot|hasta|até|a|al|à|au|до|sampai|hingga|[\d:]))"
)


def _to_end_start(m: re.Match[str]) -> float:
    """The start of 'from T to the end' in seconds ('2 min' is 120, '95 s' 95)."""
    if m.group(1) is not None:
        return _range_time(m.group(1))
    said = next(g for g in m.groups()[1:] if g is not None)
    if said.startswith(("min ", "s ")):  # ('min 2', 's 95': the unit said first)
        unit, number = said.split()
        return float(number) * (60 if unit == "min" else 1)
    if "min" in said:
        return float(said.split()[0].replace("min", "")) * 60
    return _range_time(said.rstrip("s ").strip()) if said.endswith("s") else _range_time(said)


def _range_time(text: str) -> float:
    m = _MSS.fullmatch(text)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    return _num(text)


def _parts_of_a_track(text: str) -> list[tuple[str, float, int]]:
    """The first or last seconds of something the text names ('the last 20 seconds', '20 s terakhir'), each as
    said, in seconds, and where it ends in the text."""
    return [
        (m.group(0).strip(), _span_seconds(m), m.end())
        for p in (_LAST, _FIRST, _LAST_AFTER, _FIRST_AFTER)
        for m in p.finditer(text)
    ]


def _span_seconds(m: re.Match[str]) -> float:
    digits, word = m.group(1), m.group(2)
    value = _num(digits) if digits else float(_NUMBER_WORDS[word])
    unit = m.group(0)[m.end(2 if word else 1) - m.start() :]
    return value * 60 if re.search(_MIN_UNITS, unit) else value


# -- vocabulary -------------------------------------------------------------------------------------

EDIT_WORDS = (
    "fix", "replace", "swap", "redo", "re-do", "regenerate", "rewrite", "re-write", "change", "inpaint",
    "redo", "remake", "re-record", "repair", "patch", "edit", "sub in", "substitute", "rework",
    "reemplaza", "cambia", "arregla", "remplace", "change", "ersetze", "ändere", "差し替え", "替换",
    # es pt fr de it nl ru ja zh ko hi
    "rehaz", "rehacer", "vuelve a hacer", "corrige", "sustituye", "refaz", "refazer", "refaça", "troque", "troca",
    "substitua", "conserte", "corrija", "refais", "refaire", "remplacer", "corrige", "répare", "neu machen",
    "mach neu", "austauschen", "tausche", "korrigiere", "rifai", "rifare", "sostituisci", "correggi", "cambia",
    "vervang", "herstel", "opnieuw", "переделай", "переделать", "замени", "заменить", "исправь", "перепиши",
    "поменяй", "作り直", "直して", "変えて", "差し替", "置き換え", "重做", "替换", "重新生成", "修改", "换成", "改成",
    "다시 만들", "바꿔", "교체", "수정", "고쳐", "बदलो", "बदलें", "दोबारा बनाओ", "फिर से बनाओ", "ठीक करो", "सुधारो",
)  # fmt: skip
# The 'make' of the extension table, which adds only with a length ('make it 3 minutes').
_MAKE_WORDS = ("make it", "make this", "make the track", "make the song")
_MAKE = quick(r"\b(?:" + "|".join(_MAKE_WORDS) + r")\b")
# ... which says how it should sound, not how long ('make it sound more 80s', 'make it feel like the 90s')
_MAKE_IT_SOUND = quick(r"\b(?:" + "|".join(_MAKE_WORDS) + r") (?:sound|feel|more|less|like)\b")
# An intro, the noun, in the languages whose word is not 'intro' (read from the request as written: the side tables
# write some of them as 'start').
_INTRO_NOUN = quick(
    r"(?<![^\W\d_])(?:introduzione|introducción|introdução|introducció|introduction|einleitung|"
    r"вступлени[ея]|вступ|интро|інтро|интрото|įžang\w*|wstęp\w*|úvod|úvodem|εισαγωγή|פתיח|"
    r"bevezető|intró\w*|johdanto|innledning|inledning|indledning|uvod|увод|prstavana|प्रस्तावना|इंट्रो|ইন্ট্রো|"
    r"انٹرو|مقدمة|المقدمة|مقدمه|پیش‌درآمد)(?![^\W\d_])|イントロ|前奏|인트로"
)
# ... named as the track's own ('l'introduzione di 10 secondi mi piace', 'die Einleitung geht bis', 'a introdução tem
# 10 segundos', 'the intro'): an intro there is, not one wished for.
_THE_INTRO_NOUN = quick(
    r"(?<![^\W\d_])(?:l['’]\s*|la\s+|il\s+|lo\s+|el\s+|die\s+|der\s+|das\s+|den\s+|dem\s+|a\s+|o\s+|the\s+|"
    r"this\s+|that\s+|its\s+|my\s+|questa\s+|questo\s+|quell['’]\s*|quella\s+|quello\s+|esta\s+|este\s+|essa\s+|"
    r"esse\s+|ese\s+|esa\s+|mi\s+|tu\s+|su\s+|cette\s+|cet\s+|son\s+|sa\s+|mon\s+|ma\s+|diese\s+|dieses\s+|"
    r"meine\s+|mein\s+|seine\s+|sein\s+|η\s+|το\s+|het\s+|ta\s+|to\s+|az\s+|aquela\s+|aquele\s+|nossa\s+|nosso\s+|"
    r"minha\s+|meu\s+|sua\s+|seu\s+|nuestra\s+|nuestro\s+|nostra\s+|nostro\s+|notre\s+|unsere\s+|unser\s+)"
    r"(?:introduzione|introducción|"
    r"introdução|introducció|introduction|einleitung|inleiding|εισαγωγή|intro)(?![^\W\d_])|المقدمة|ההקדמה|הפתיח"
    # (and CJK, where a statement follows the noun: '前奏有10秒', '前奏是', '前奏很', 'イントロの10秒が退屈')
    r"|(?:前奏|イントロ|인트로)(?:有|是|很|太|挺|の\d+秒が|이\s|가\s|는\s|은\s)"
)
# Words of wanting or needing ('quiero la intro de 10 segundos', 'it needs a 10 second intro', '欲しい').
_WISHED = quick(
    r"(?<![^\W\d_])(?:want|wants|need|needs|would like|i'd like|give|put|quiero|quisiera|necesita|necesito|pon|ponle|"
    r"dale|will|möchte|hätte gern|braucht|brauche|gib|voglio|vorrei|serve|metti|mettici|dammi|veux|voudrais|faut|"
    r"mets|donne|quero|queria|precisa|preciso|põe|coloca|dá|хочу|хотел\w*|нужно|нужен|нужна|нужны|дай|сделай|"
    r"chcę|potrzeb\w*|wil|wilt|graag|istiyorum|lazım|ingin|mau|butuh|muốn|cần|would be|wäre|serait|seria|sería|"
    r"sarebbe|falta|bräuchte|wären|fehlt|fehlen|faudrait|manque|нужно)(?![^\W\d_])"
    r"|欲しい|ほしい|下さい|ください|要|想要|需要|给我|給我|원해|필요|주세요|줘"
)
_MORE_OF_IT = quick(
    r"(?<![^\W\d_])(?:more|longer|extra|another|mehr|länger|más|plus|più|mais|ещё|еще|больше|длиннее)(?![^\W\d_])"
)
# ... beside words that tell of it, not for it: liking, a length it has, where it ends, how it sounds; a use or a
# song of its own ('für meinen Podcast', 'ポッドキャスト用', 'イントロ10秒の曲を作って', '做一首前奏10秒的歌').
_INTRO_NOT_WISHED = quick(
    r"(?<![^\W\d_])(?:piace|gusta|encanta|adoro|adore|j['’]aime|gefällt|нравится|нравиться|люблю|"
    r"подобається|perfect\w*|perfekt\w*|perfett\w*|parfait\w*|perfeit\w*|boring|empty|flat|leer|langweilig|vacía|"
    r"vacío|aburrid\w*|vuota|noios\w*|vide|ennuyeu\w*|vazia|chata|ruim|ótim\w*|пуст\w*|скучн\w*|тих\w*|громк\w*|"
    r"sounds|sounded|sound|amazing|awesome|great|love|loved|suena|suenan|sonne|sonnent|klingt|klingen|suona|suonano|"
    r"soa|soam|quiet|loud|super|top|fire|keren|bagus|genial\w*|"
    r"заканчивается|кончается|длится|звучит|finisce|termina|endet|finit|ends|geht|dura|lasts)(?![^\W\d_])"
    r"|好き|좋아|좋다|좋네|완벽|끝나|終わ|喜欢|结束|退屈|つまらな|지루|无聊|無聊|最高|素敵"
)
# ... or for a use of its own ('für meinen Podcast', 'ポッドキャスト用', '팟캐스트용', '给我的播客', 'لقناتي على يوتيوب').
_INTRO_USE = quick(
    r"(?<![^\W\d_])(?:podcast\w*|подкаст\w*|youtube|vlog\w*|stream\w*|video\w*|vídeo\w*|vidéo\w*|канал\w*|видео\w*|"
    r"channel|kanal\w*|chaîne|canal|reel\w*|show|episode|épisode|episodio|folge|sendung|émission|programa|"
    r"يوتيوب|لقناتي|قناتي|بودكاست|पॉडकास्ट|यूट्यूब|वीडियो|चैनल)(?![^\W\d_])"
    r"|(?:ポッドキャスト|動画|チャンネル|ユーチューブ)(?:用|向け)|(?:팟캐스트|영상|채널|유튜브)\s*용|"
    r"(?:给|給|为|為)[^，。,]{0,4}(?:播客|视频|視頻|频道|頻道)"
)
EXTEND_WORDS = (
    "extend", "longer", "lengthen", "add an intro", "add a intro", "add an outro", "add a outro", "outpaint",
    "prepend", "append", "intro", "outro", "tail", "lead-in", "make it", "stretch", "grow", "continue",
    "extiende", "alarga", "prolonge", "rallonge", "verlängere", "延長", "延长",
    "añade", "agrega", "añadir", "adiciona", "adicione", "acrescenta", "acrescente", "estende", "ajoute",
    "ajouter", "allonge", "füge", "hinzu", "anhängen", "aggiungi", "allunga", "estendi", "voeg", "verleng",
    "добавь", "добавить", "удлини", "продли", "追加", "足して", "延ばして", "伸ばして", "加上", "添加", "加长",
    "추가", "늘려", "연장", "जोड़ो", "जोड़ें", "जोड़", "बढ़ाओ", "लंबा करो", "double its length", "double the length",
    "make this", "make the track", "make the song", "más larga", "más largo", "plus longue", "plus long", "länger",
    "mais longa", "mais longo", "più lunga", "più lungo", "langer", "длиннее", "長く", "更长", "길게", "लंबा",
    "加一个", "加1个", "加个", "加入",
)  # fmt: skip
BEFORE_WORDS = (
    "intro", "lead-in", "lead in", "opening", "build-up", "buildup", "beginning", "start", "prepend", "before",
    "introducción", "introdução", "introduzione", "einleitung", "al principio", "al inicio", "au début",
    "am anfang", "no início", "no começo", "all'inizio", "aan het begin", "вступление", "интро", "в начале",
    "イントロ", "前奏", "冒頭", "最初", "开头", "開頭", "인트로", "앞에", "처음", "इंट्रो", "शुरुआत", "शुरू में",
)  # fmt: skip
AFTER_WORDS = (
    "outro", "ending", "tail", "fade-out", "fade out", "coda", "end", "append", "after", "al final", "à la fin",
    "am ende", "no final", "alla fine", "aan het einde", "в конце", "концовк",
    "аутро", "アウトロ", "最後", "結尾", "结尾", "末尾", "아웃트로", "끝에", "마지막", "अंत में", "आख़िर", "आखिर",
)  # fmt: skip
# Sections of a song in the languages' own words: 'before the chorus' is inside the track, not an end.
_SECTIONS = (
    r"chorus|verse|bridge|hook|drop|breakdown|solo|pre-chorus|refrain|refrão|refrao|estribillo|coro|ritornello|"
    r"strofa|couplet|strophe|refrein|brug|pont|puente|ponte|brücke|bridge|припев\w*|куплет\w*|бридж\w*|"
    r"приспів\w*|refren|zwrotk\w*|sloka|nakarat|kertosäe|副歌|主歌|桥段|橋段|サビ|aメロ|bメロ|후렴|코러스|벌스"
)
_SIDE_OF_SECTION = quick(
    r"(?<![^\W\d_])(?:before|after|start|end|beginning|ending)\s+(?:of\s+|du\s+|del\s+|da\s+|do\s+|"
    r"dem\s+|der\s+|des\s+|van\s+|het\s+|de\s+|the\s+|le\s+|la\s+|el\s+|o\s+|a\s+|il\s+|l'\s*|"
    r"the\s+first\s+|the\s+second\s+|the\s+last\s+){0,3}(" + _SECTIONS + r")"
)
SECTION_WORDS = ("chorus", "verse", "bridge", "hook", "drop", "breakdown", "solo", "outro", "intro", "middle")
# A part of a track in the languages people name them in ('the chorus', 'el estribillo', 'le pont', '브릿지', 'サビ').
_PART_OF_A_TRACK = quick(
    r"(?<![^\W\d_])(?:chorus|verse|bridge|hook|drop|breakdown|solo|outro|intro|estribillo|coro|puente|estrofa|refrain|"
    r"couplet|pont|strophe|ritornello|strofa|ponte|refrão|refrao|припев|куплет|бридж|проигрыш|приспів|refren|zwrotka|"
    r"nakarat|köprü|ritornel|refrein|brug|omkväde|refräng|omkvæd\w*|omkved\w*|refreng\w*)(?![^\W\d_])|브릿지|후렴|코러스|인트로|아웃트로|벌스|간주|サビ|"
    r"ブリッジ|イントロ|アウトロ|間奏|Aメロ|Bメロ|副歌|桥段|橋段|前奏|尾奏|间奏|間奏|主歌|"
    r"마지막 부분|끝부분|뒷부분|앞부분|첫 부분|最後の部分|最后部分|最後部分|最后一段|"  # ('마지막 부분 다시 해줘': the last part)
    r"(?<![^\W\d_])(?:частта|частина|частину|حصہ|حصے|الجزء|हिस्सा|हिस्से|ortasını|sonunu|əvvəlini)(?![^\W\d_])"
    r"|那段|那部分|开头部分|结尾部分|中间部分"  # ('оправи частта към края', '把开头那段重新生成')
)
# A part of a track named as this one's ('the chorus', 'den Refrain', 'omkvædet', 'le refrain', 'el estribillo')
# beside a word that changes it ('happier', 'lidt gladere', 'más rápido', 'plus joyeux'): with no track, a change
# to a track not given, never a new piece styled by those words.
# A track named as what something is taken from ('from my song', 'fra min sang', 'aus meinem Lied', 'de mi canción').
_FROM_MY_TRACK = quick(
    r"(?<![^\W\d_])(?:from|fra|från|van|aus|de|da|dal|dalla|do|z|ze|из|із|от|dari|từ)\s+(?:(?:my|the|this|min|mitt|"
    r"mijn|het|meinem|meiner|dem|der|mi|ma|mon|la|el|le|mia|mio|minha|meu|moj\w*|mojej|мо\w+|этой|цієї)\s+)+"
    r"(?:song|track|tune|sang|sangen|låt|låten|nummer|nummeret|liedje|lied|canción|chanson|morceau|"
    r"canzone|brano|música|musica|piosenk\w*|utwor\w*|песн\w*|трек\w*|пісн\w*)(?![^\W\d_])"
)
# An intro or outro named for a use of its own ('una intro … para mi podcast', 'an outro for my stream').
_INTRO_FOR_A_USE = quick(
    r"(?<![^\W\d_])(?:intro|outro|jingle|opening|abertura|apertura|vinheta|sigla|générique)\w*\s+(?:[^\W\d_]+\s+|\d+\s*\w*\s+)"
    r"{0,4}?(?:para|pra|for|pour|für|per|voor|для|do|na)\s+(?:(?:mi|my|mon|ma|meinen|meine|mein|il|mio|la|mia|mijn|"
    r"мой|мого|моего|mojego|o|meu|minha|el|the|our|nuestro|nosso)\s+)*(?:podcast|video|vídeo|vidéo|stream|live|canal|"
    r"channel|chaîne|kanal|show|programa|programme|programm|youtube|vlog|reel|radio|rádio|webinar|twitch)"
)
_THE_PART = quick(
    r"(?<![^\W\d_])(?:(?:the|this|that)\s+(?:chorus|verse|bridge|hook|drop|breakdown|intro|outro)|"
    r"(?:den|der|die|das|dem)\s+(?:refrain|strophe|bridge|intro|outro)|omkvædet|omkvæddet|refrängen|refrenget|"
    r"(?:le|ce)\s+(?:refrain|couplet|pont)|(?:el|ese|este)\s+(?:estribillo|coro|puente)|(?:o|esse|este)\s+refrão|"
    r"(?:il|questo)\s+ritornello|het\s+refrein|(?:im|am|vom|beim)\s+(?:refrain|intro|outro)|nəqarət\w*|nakarat\w*|"
    r"refren\w*)(?![^\W\d_])"
    # (scripts without articles: the part named is this song's where a word of changing it stands beside)
    r"|副歌|主歌|桥段|橋段|サビ|후렴|ท่อนฮุ[กค]|ท่อนคอรัส|बीचको भाग|कोरस|अंतरा|(?:outro|intro|chorus|end|start)\s+(?:को|का|की)"
)
# A track said to be closed or not open, in the 50 languages: 'I closed it', 'cerré la pestaña', 'je l'ai fermé', 'eu
# fechei', 'nicht mehr offen', '창을 닫아버렸어요', 'قفلتها بالغلط', 'niliufunga', 'మూసేశాను', 'بند کر دیا', '没打开'.
_TRACK_CLOSED = quick(
    r"(?<![^\W\d_])(?:closed (?:it|the tab|the window|the app)|(?:is|it's|isn't|is not|not) (?:open|opened) any ?more|"
    r"isn't open|not open|no longer open|cerré|cerre|no (?:la|lo) tengo abierta?|ya no está abiert[ao]|fermé|fermée|"
    r"pas ouvert|plus ouvert|fechei|não (?:tá|está) abert[ao]|nicht mehr offen|nicht offen|zugemacht|geschlossen|"
    r"l'ho chius[ao]|ho chiuso|non è più apert[ao]|non è apert[ao]|закрыл[аи]?|не открыт[аоы]?|закрив|закрила|"
    r"не відкрит\w*|kapattım|açık değil|açıq deyil|bağladım|uždariau|neatidaryt\w*|închis-o|am închis|nu (?:mai )?e "
    r"deschis[ăa]|niliufunga|nimeufunga|haujafunguliwa|gak kebuka|nggak kebuka|ga kebuka|tidak terbuka|udah ketutup|"
    r"tertutup|lỡ đóng|đóng mất|zamknąłem|zamknęłam|zavřel[a]?|dichtgedaan|niet meer open|stängde|lukket|lukkede|"
    r"stengte|suljin|ei ole (?:enää )?auki|bezártam|έκλεισα|סגרתי|לא פתוח|بستمش|بستم|باز نیست|naisara ko|zatvorio|"
    r"zatvorila|затворио|затворих|vaig tancar|he tancat|lokaði|قفلتها|أغلقتها|اغلقتها|مش مفتوح[ةه]?|ليست مفتوحة|"
    r"بند کر دیا|کھلا نہیں|बंद कर दिया|खुला नहीं|बन्द गरें)(?![^\W\d_])"
    r"|关掉了|關掉了|关了|關了|没打开|沒打開|没有打开|閉じてしまっ|閉じちゃっ|開いてない|닫아버렸|닫아 버렸|닫았|"
    r"ปิดไปแล้ว|ไม่ได้เปิด|বন্ধ করে দিয়েছি|খোলা নেই|మూసేశాను|ఓపెన్ లో లేదు|மூடிட்டேன்|閂咗"
)
_A_PIECE = quick(
    r"(?<![^\W\d_])(?:a|an|une?|una?|ein\w*|en|et|um|uma)\s+(?:[^\W\d_]+\s+){0,3}(?:song|track|piece|tune|chanson|"
    r"canción|cancion|canzone|lied|sang|låt|stück|música|musica|brano|morceau|nummer)(?![^\W\d_])"
)
_CHANGED = quick(
    r"(?<![^\W\d_])(?:happier|sadder|faster|slower|louder|quieter|softer|brighter|darker|heavier|catchier|better|"
    r"more|less|fröhlicher|trauriger|schneller|langsamer|lauter|leiser|gladere|hurtigere|langsommere|gladare|"
    r"snabbare|plus|moins|más|menos|più|meno|mais|meer|minder|daha|dəyiş\w*|lepiej|bardziej|kraftigare|starkare|"
    r"bättre|stronger|stärker|kräftiger|arruma\w*|conserta\w*|melhor|mejor|meilleur|migliore|beter|"
    # (the Slavic languages' comparatives and verbs of reworking: 'Prepravi refren da bude veseliji', 'переделай
    # припев веселее', 'zmień refren')
    r"veseliji|veselije|tužniji|brži|sporiji|glasniji|bolji|bolje|veselejší|smutnější|rychlejší|pomalejší|lepší|"
    r"weselszy|weselej|smutniejszy|szybszy|wolniejszy|lepszy|веселее|грустнее|быстрее|медленнее|лучше|громче|"
    r"веселіше|сумніше|швидше|повільніше|краще|веселије|боље|preprav\w*|preradi\w*|promijeni\w*|promeni\w*|"
    r"измени\w*|промени\w*|переделай\w*|переробі\w*|перероби\w*|зміни\w*|zmień|zmien\w*|změň|zmeň|přepracuj\w*)"
    r"(?![^\W\d_])|"
    r"更|改|もっと|もう少し|더|ใหม่|फेरि|फिर से|राम्रो|बेहतर"  # ('サビをもう少し明るくして': a bit brighter)
)
CHEAP_WORDS = (
    "cheap",
    "draft",
    "quick",
    "rough",
    "sketch",
    "demo",
    "budget",
    "low-cost",
    "inexpensive",
    "batch",
    "drafts",
)
POLISHED_WORDS = (
    "polished", "hero", "radio-ready", "radio ready", "commercial", "studio quality", "studio-quality",
    "professional", "release-ready", "best quality", "high quality", "high-quality", "flagship",
)  # fmt: skip
# 'no' + the borrowed word 'vocals' in its spellings, whatever the language around it ('sin vocals', 'bez
# wokali', 'वोकल नहीं', 'vokal olmasın', 'no vocls'): the negation the tables may lack, the word they share.
_VOCAL_STEM = r"(?:vo[ck](?:al|als|ais|ale|ali|als?|l|ls|e|es)?|wok(?:al|ali|alu|alem)?|vox|вокал\w*|वोकल\w*)"
_NO_VOCALS = quick(
    r"(?<![^\W\d_])(?:no|without|w/o|sin|sem|sans|senza|ohne|zonder|uten|utan|uden|bez|без|bila|tanpa|bina|"
    r"fără|fara|χωρίς|không|walang|san|ilman)\s+(?:any\s+|de\s+|the\s+)?" + _VOCAL_STEM + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])" + _VOCAL_STEM + r"\s*(?:nahi|nahin|नहीं|नही|olmasın|olmasin|yok|yox|hapana|없이|なし|無し|不要|"
    # Telugu, Tamil and Hindi/Urdu typed in Latin letters: 'vocals lekunda', 'vocals illama', 'vocals ke bina'
    r"lekunda|lekundaa|leni|illama|illaama|illamal|illaamal|illadha|illaadha|illatha|ke bina|ke baghair|ke bagair)"
    r"(?![^\W\d_])"
    # ... and English 'rather not have any vocals', "don't want vocals" (not "don't want the vocals too loud")
    r"|(?<![^\W\d_])(?:don['’]?t|do not|rather not)\s+(?:(?:want|have|need)\s+)?(?:any\s+)?(?:vocals?|singing|singers?)"
    r"(?=\s*(?:on it|in it|on this(?: one)?|for this(?: one)?|at all|please|thanks?|thank you)?\s*(?:[,.!;]|$))"
)
INSTRUMENTAL_WORDS = (
    "instrumental", "no vocals", "without vocals", "no singing", "no voice", "no lyrics", "sin voz",
    "sans voix", "ohne gesang", "[inst]", "sin vocales", "sem vocal", "sem voz", "senza voce", "zonder zang",
    "без вокала", "без слов", "инструментал", "インスト", "ボーカルなし", "歌なし", "歌はなし", "歌は無し", "歌はいらない", "歌は要らない", "ボーカルはなし",
    "보컬은 없", "보컬 없었", "纯音乐", "无人声", "纯伴奏", "純伴奏", "伴奏版", "只要伴奏", "伴奏曲", "个伴奏", "個伴奏",
    "연주곡", "인스트 곡", "인스트곡", "인스트로", "인스트 버전", "보컬 없이", "보컬없이", "बिना आवाज़", "बिना गाने", "वाद्य", "instru", "bez slov", "bez vokala",
    "bina gaane", "bina gane", "bina gaana", "bina awaaz", "bina awaz", "bina aawaz", "bina bol", "xwris fwnh",
    "xwris fwni", "xoris foni", "xoris fwnh", "horis foni", "ko lời", "ko loi", "k lời", "hông lời", "pattu illamal",
    "பாட்டு இல்லாமல்", "பாடல் இல்லாமல்", "குரல் இல்லாமல்", "பாடல் இல்லாத", "பாட்டு இல்லாத", "bedoon sedā", "bedoone seda", "bedun seda", "bidun sawt",
    "bdun sot", "bedon kalam", "bidoon kalam", "bi kalam", "sans vwa", "bila suara", "walang boses",
    "गीतं विना", "गानं विना", "विना गीतम्", "विना गानम्", "nem de voz", "nem voz", "ni voz", "ni de voz", "人声就不要",
    "人声不要", "人聲就不要", "人聲不要",
)  # fmt: skip
LANGUAGE_WORDS = {
    "japanese": "Japanese", "j-pop": "Japanese", "jpop": "Japanese", "anime": "Japanese", "city pop": "Japanese",
    "korean": "Korean", "k-pop": "Korean", "kpop": "Korean", "mandarin": "Chinese", "chinese": "Chinese",
    "c-pop": "Chinese", "cantonese": "Cantonese", "spanish": "Spanish", "español": "Spanish", "latin pop": "Spanish",
    "french": "French", "chanson": "French", "français": "French", "german": "German", "deutsch": "German",
    "italian": "Italian", "portuguese": "Portuguese", "brazilian": "Portuguese", "bossa nova": "Portuguese",
    "hindi": "Hindi", "bollywood": "Hindi", "arabic": "Arabic", "russian": "Russian", "turkish": "Turkish",
    "vietnamese": "Vietnamese", "thai": "Thai", "multilingual": "several languages", "khaleeji": "Arabic",
    "خليجي": "Arabic", "خليجية": "Arabic", "خليجيه": "Arabic",
}  # fmt: skip

# Words worth keeping as tags when none are given: genres, moods, instruments, textures, structure.
STYLE_TERMS = (
    "a cappella", "acapella", "bollywood", "lounge", "lo-fi hip-hop", "lo-fi", "lofi", "hip-hop", "hip hop", "boom bap", "trap", "drill", "r&b", "soul", "funk",
    "disco", "house", "deep house", "techno", "trance", "drum and bass", "dnb", "dubstep", "edm", "synthwave",
    "synthpop", "synth-pop", "synth pop", "electropop", "vaporwave", "chillwave", "ambient", "downtempo", "chillout", "chill", "jazz", "smooth jazz", "bebop",
    "blues", "rock", "indie rock", "indie pop", "indie", "pop", "pop punk", "pop-punk", "post-punk", "punk rock", "punk-rock", "punk", "metal",
    "heavy metal",
    "grunge", "folk", "country", "bluegrass", "reggae", "reggaeton", "dancehall", "afrobeat", "afrobeats",
    "latin", "salsa", "bossa nova", "samba", "tango", "flamenco", "classical", "orchestral", "cinematic",
    "epic", "soundtrack", "film score", "game music", "chiptune", "8-bit", "video game", "gospel", "k-pop",
    "j-pop", "city pop", "anime", "ballad", "lullaby", "march", "waltz", "jingle", "corporate", "upbeat",
    "mellow", "happy", "sad", "dark", "moody", "melancholic", "uplifting", "energetic", "calm", "relaxing",
    "dreamy", "nostalgic", "romantic", "aggressive", "tense", "playful", "warm", "bright", "anthemic",
    "driving", "groovy", "soft", "gentle", "emotional", "triumphant", "mysterious", "spooky", "festive",
    "piano", "rhodes", "electric piano", "organ", "synth", "synths", "pads", "strings", "violin", "cello",
    "guitar", "acoustic guitar", "electric guitar", "bass", "808", "sub bass", "drums", "soft drums",
    "breakbeat", "percussion", "brass", "horns", "trumpet", "saxophone", "sax", "flute", "harp", "choir",
    "bells", "marimba", "ukulele", "banjo", "vinyl crackle", "tape hiss", "female vocal", "male vocal",
    "female vocals", "male vocals", "rap", "whistle", "seamless loop", "loop", "fade", "fade-out",
    "build-up", "breakdown", "drop", "background music", "background", "no drums", "no vocals", "acoustic",
    "drum fill", "drum", "accordion", "shoegaze", "mandopop", "arabic pop", "fanfare", "trailer", "lo fi",
    # instruments and genre compounds the list lacked ('just music box and strings' kept only 'strings')
    "music box", "glockenspiel", "kalimba", "xylophone", "vibraphone", "celesta", "harpsichord", "harmonica",
    "mandolin", "clarinet", "oboe", "bassoon", "tuba", "trombone", "sitar", "tabla", "oud", "koto", "erhu",
    "shamisen", "bagpipes", "steel drums", "hand claps", "string quartet", "surf rock", "garage rock",
    "eurodance", "eurobeat", "italo disco", "britpop", "new jack swing", "hi-nrg",
    "post-rock", "math rock", "psychedelic rock", "hard rock", "soft rock", "ska", "polka", "cumbia", "bachata",
    # (genres dropped beside a word the list knew: 'an upbeat swing tune' kept only 'upbeat')
    # (not the words that are also something else: 'a golf swing', 'grime and hiss', 'el merengue de limón', 'emo
    # banget', 'living the highlife', 'a horse's trot')
    "amapiano", "phonk", "zydeco", "klezmer", "motown", "hardstyle", "dangdut", "bhangra", "qawwali",
    "soca", "mariachi", "norteño", "forró", "sertanejo", "manele", "enka", "emo song", "emo rock", "emo punk",
    "emo track", "swing dance",
    "swing tune", "swing song", "swing jazz", "swing music", "swing band", "swing beat", "swing groove",
    "swing track", "electro swing", "western swing",
    # (a drone as music, never alone: 'music for my drone footage')
    "ambient drone", "drone ambient", "drone music", "drone pads", "dark ambient", "singing bowls",
)  # fmt: skip
_STYLE_TERMS_LONGEST_FIRST = tuple(sorted(STYLE_TERMS, key=len, reverse=True))
_BPM = quick(r"\b(\d{2,3})\s*(?:bpm|beats per minute)\b")
_BPM_FIRST = quick(r"\bbpm\s*[:=]?\s*(\d{2,3})\b(?!\s*(?:bpm|beats))")  # ('BPM 128', where no 'N bpm' is said)
_SEED = quick(r"\bseed\s*[:=#]?\s*(-?\d+)\b")
_LYRICS_MARK = quick(
    r"(?:lyrics|letra|paroles|text|liedtext|songtext|testo|tekst|songtekst|текст|слова|歌詞|歌词|가사|बोल)\s*[:：]\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
# A track id ends at its 12th hex digit: '从1分10秒…' or 'で' may follow it with no space (CJK letters are \w).
_TRACK_REF = quick(r"(?<![\w/])(trk_[0-9a-f]{12}|music://tracks/trk_[0-9a-f]{12})(?![0-9a-z])")


# A picture's aspect ratio, no time: one digit after the colon ('16:9', '4:3', '21:9', '1:1', '2.39:1'; m:ss has
# two), and the upright '9:16' where no track long enough holds it as a time and no range joins it ('9:16, 30
# секунд' is a vertical video of 30 s; 'redo 9:16-9:30' of an hour-long mix is a range).
_RANGE_TO = "to|bis|à|a|al|hasta|até|tot|до|по|تا|إلى|الى|से"  # (a range's 'to' in the words of many languages)
_ASPECT_RATIO = quick(
    r"(?<![\d:.,])(?:\d{1,2}(?:[.,]\d{1,2})?:\d(?![\d:]|[.,]\d)"
    rf"|9:16(?![\d:]|[.,]\d|\s*(?:[~〜～\-]|{_RANGE_TO}|から|到|至|까지)\s*\d))"
)
_RANGE_BEFORE = quick(rf"(?:[~〜～\-]|(?<![^\W\d_])(?:{_RANGE_TO}|from|de|von|от|с|od)|から|到|至|까지)\s*$")


def _no_aspect_ratios(text: str, length: float | None) -> str:
    """The text with aspect ratios blanked, so that no pass reads '16:9' as a time or '16' as a number."""

    def blank(m: re.Match[str]) -> str:
        if m.group(0) == "9:16" and (
            (length is not None and length >= 556) or _RANGE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        ):
            return m.group(0)
        return " "

    return _ASPECT_RATIO.sub(blank, text)


# -- languages --------------------------------------------------------------------------------------


def lyrics_language(text: str) -> str | None:
    """The language of lyrics when it is not English (script first, then common words)."""
    body = re.sub(r"\[[^\]]*\]", " ", text)
    counts: dict[str, int] = {}
    for ch in body:
        if ch.isspace() or not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for script in ("HIRAGANA", "KATAKANA", "CJK", "HANGUL", "CYRILLIC", "ARABIC", "DEVANAGARI", "THAI",
                       "HEBREW", "GREEK", "BENGALI", "TAMIL", "TELUGU", "GURMUKHI"):  # fmt: skip
            if name.startswith(script):
                counts[script] = counts.get(script, 0) + 1
    if counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0):
        return "Japanese"
    scripts = {"CJK": "Chinese", "HANGUL": "Korean", "CYRILLIC": "Russian", "ARABIC": "Arabic",
               "DEVANAGARI": "Hindi", "THAI": "Thai", "HEBREW": "Hebrew", "GREEK": "Greek", "BENGALI": "Bengali",
               "TAMIL": "Tamil", "TELUGU": "Telugu", "GURMUKHI": "Punjabi"}  # fmt: skip
    if counts:
        script = max(counts, key=lambda k: counts[k])
        return _within_script(script, body) or scripts[script]
    words = re.findall(r"[a-zà-ÿœ'\u0100-\u024f\u0259\u1e00-\u1eff]+", body.lower())  # ə: Azerbaijani
    if not words:
        return None
    from ace_step_mcp.router.lang import latin_language

    marked = next((lang for marks, lang in _LATIN_MARKS if any(c in marks for w in words for c in w)), None)
    # (one word with such a letter is a name more often than the language: 'Nakupenda Ayşe, moyo wangu …')
    marked_words = sum(any(c in marks for c in w) for marks, lang in _LATIN_MARKS if lang == marked for w in words)
    if marked == "Croatian" and any(c in "áéíóúý" for w in words for c in w):
        # ('tri minúty s tebou a potom nič': č, and a long vowel Croatian never marks): Czech or Slovak, Slovak by its
        # 'ú' inside a word (Czech writes 'ů' there) or its 'ä', 'ô'
        slovak = any("ú" in w[1:] or "ä" in w or "ô" in w for w in words)
        marked = "Slovak" if slovak else "Czech"
    # (words in lower case with a letter English does not write: two of them are no name, 'minúty … nič', where
    # 'Łucja … Kraków' are; never a language that writes no such letter)
    accented = sum(
        any(not c.isascii() for c in w) and not w[:1].isupper()
        for w in re.findall(r"[^\W\d_]+", body)
        if any(c.isalpha() and c.isascii() for c in w) or any("\u00c0" <= c <= "\u024f" for c in w)
    )
    found, confidence = latin_language(" ".join(words))
    haitian = sum(w in _HAITIAN for w in words)
    if marked and marked != "Haitian Creole" and haitian >= 3 and haitian * 2 >= len(words):
        marked = None  # ('vennkat è san dòmi pou ou menm sèlman': French letters, Haitian words)
    if marked:
        # Letters English never writes: not English, whatever else it is; lingua names it when it can, which
        # is never for a language it has no model of here ('Ég elska þig' read Finnish, 'Səni çox sevirəm'
        # Tagalog): its letters are the answer then.
        from ace_step_mcp.router.lang import _LATIN_LANGUAGES

        if marked.upper() not in _LATIN_LANGUAGES:
            return marked
        # (nor a language that writes no such letter: 'Tańczę z tobą całą noc' was read Swahili at 0.55)
        unmarked_ok = found not in _UNMARKED or (marked_words < 2 and accented < 2)
        if found == "English" and marked_words < 2 and confidence >= 0.5:
            return None  # ('Dancing with you in Gdańsk under the northern lights': English, a name in it)
        return found if found and found != "English" and unmarked_ok and confidence >= 0.5 else marked
    if found == "Vietnamese":
        # Vietnamese is written with its tone marks; unmarked words lingua calls Vietnamese ('hello world,
        # hello you', 0.86) are short English or a romanisation, never a reason to sing in Vietnamese.
        found = None
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _LATIN_STOPWORDS.items()}
    english = sum(w in _LATIN_STOPWORDS["English"] and w not in _VOCABLES for w in words)
    distinct = len(set(words) - _VOCABLES)
    if haitian >= 2 and haitian > max(scores.values()):
        return "Haitian Creole"  # lingua has no model of it ('mwen renmen ou' was read Turkish)
    top = max(scores, key=lambda k: scores[k])
    own = set(words) & _LATIN_STOPWORDS[top]
    if (
        top not in ("English", found)
        # (lingua naming one of these languages is believed: they share words; unless its own common words are
        # far fewer: 'Esto es Café con Datos, pásate un rato' read Dutch, four Spanish words and no Dutch one)
        and (found not in _LATIN_STOPWORDS or scores[top] >= 2 * scores[found] + 3)
        # (nor their neighbours: 'tu ets la meva vida'; Latin only where two words in five are the other's: 'te fuiste
        # un martes sin decir adios / y yo sigo aqui', Spanish typed without its accents)
        and (
            found not in ("Catalan", "Galician", "Romanian", "Latin")
            or (found == "Latin" and scores[top] * 5 >= len(words) * 2)
        )
        and len(own) >= 3
        and scores[top] * 3 >= len(words)
    ):
        # ('Te fuiste en abril / y yo me quedé aquí': a third of its words Spanish ones; lingua said Estonian)
        return top
    if found and confidence >= 0.7 and distinct >= 4:
        # lingua's verdict, unless common English words say it is English after all ('Biscuit waits by the door /
        # tail thumping on the floor' read Dutch at 0.87: 'the', 'on' are English only)
        only_english = sum(w in _ONLY_ENGLISH for w in words)
        english_after_all = scores["English"] >= max(3, len(words) // 2) or (only_english >= 2 and confidence < 0.9)
        return None if found == "English" or english_after_all else found
    best = max(scores, key=lambda k: scores[k])
    if best != "English" and scores[best] > scores["English"] and scores[best] >= 2:
        return best
    if re.search(r"[ñ¿¡ãõçßäöü]", body.lower()) and scores["English"] < 3:
        for lang, marks in (("Spanish", "ñ¿¡"), ("Portuguese", "ãõ"), ("German", "ßäöü"), ("French", "ç")):
            if any(c in body.lower() for c in marks):
                return lang
    if (
        found
        and found != "English"
        and english * 4 < len([w for w in words if w not in _VOCABLES])
        and (confidence >= 0.5 or distinct >= 6)
    ):
        # Next to no English words: lingua's best guess. Not on a guess from a few words ('ride or die till
        # the end' reads Danish at 0.40, 'mama mia here I go again' Swahili at 0.36): no language is claimed.
        return found
    return None


# A script is written in more than one of the languages sung in: the letters only one of them writes decide
# ('і', 'ї', 'є' Ukrainian; 'ј', 'љ' Serbian; 'ے', 'ں' Urdu; 'پ', 'گ', 'ی' Persian, not Arabic; '嘅', '喺'
# Cantonese), then each language's commonest words (Bulgarian 'аз', 'ще'; Nepali 'छ', 'तिमी').
_SCRIPT_LETTERS = {
    "CYRILLIC": (("іїєґ", "Ukrainian"), ("јљњћђџ", "Serbian")),
    "ARABIC": (("ٹڈڑںےۓہھ", "Urdu"), ("پچژگکی", "Persian")),
    "CJK": (("嘅哋喺咗嘢冇佢嚟啲咁乜嘢", "Cantonese"),),
}
_SCRIPT_WORDS = {
    "CYRILLIC": (
        ("Russian", frozenset({"я", "это", "что", "меня", "тебя", "мне", "только", "всё", "когда", "ты", "мы", "вы",
                               "он", "она", "был", "была", "нет"})),
        ("Bulgarian", frozenset({"аз", "ще", "съм", "си", "сме", "сте", "няма", "какво", "тя", "със", "във", "това",
                                 "този", "тази", "мен", "теб", "нас", "вас", "още", "един", "една", "едно", "веднъж",
                                 "същ", "сега", "беше", "днес", "обичам", "искам", "път"})),
    ),
    "DEVANAGARI": (
        ("Hindi", frozenset({"है", "हैं", "हूँ", "हूं", "मैं", "तुम", "तेरी", "तेरा", "मेरी", "मेरा", "नहीं", "और", "था",
                             "थी", "में", "से", "मत", "कहीं", "कोई", "जहाँ", "जहां", "हम", "की", "ये",
                             "वो", "क्या", "तू", "तेरे", "मेरे", "प्यार", "तुझे", "मुझे", "रहा", "रही", "गया", "गई"})),
        # ('हो' is Hindi too: 'तुम ही हो', 'जहाँ कोई ना हो')
        ("Nepali", frozenset({"छ", "छु", "छन्", "छौ", "तिमी", "तिमीलाई", "तिम्रो", "मेरो", "हामी", "पनि", "थियो",
                              "छैन", "भयो", "गर्छु", "म"})),
        ("Sanskrit", frozenset({"अस्ति", "च", "त्वम्", "अहम्", "मम", "तव", "एव", "इति", "सः", "भवति", "गच्छ", "त्वं",
                                "अहं"})),
    ),
}  # fmt: skip


# Hindi's own words that end with a visarga ('प्रातः' morning, 'पुनः' again, 'अंततः' finally): no sign of Sanskrit.
_HINDI_VISARGA = frozenset({"प्रातः", "पुनः", "अतः", "अंततः", "अन्ततः", "प्रायः", "मूलतः", "स्वतः", "वस्तुतः", "सामान्यतः",
                            "क्रमशः", "विशेषतः", "मुख्यतः", "सम्भवतः", "संभवतः"})  # fmt: skip


def _visarga_words(words: list[str]) -> int:
    """Words ending with a visarga that Hindi does not write so."""
    return sum(w.endswith("ः") and w not in _HINDI_VISARGA for w in words)


def _within_script(script: str, body: str) -> str | None:
    """Which of the languages that share `script` the lyrics are in, where their letters or words say; None
    where nothing tells them apart (the script's main language is then the reading)."""
    for letters, language in _SCRIPT_LETTERS.get(script, ()):
        if any(c in body for c in letters):
            return language
    tables = _SCRIPT_WORDS.get(script)
    if not tables:
        return None
    # Words run to a space or a mark of punctuation: an Indic vowel sign is no letter to `re` ('तुम' is त + ु + म).
    words = re.findall(r"[^\s\d.,;:!?'\"()\[\]«»“”।॥-]+", body.lower())
    scores = {language: sum(w in vocab for w in words) for language, vocab in tables}
    if script == "DEVANAGARI":
        scores["Sanskrit"] += _visarga_words(words)  # the visarga ends Sanskrit words
        # ... and so do a consonant's anusvara ('निर्विघ्नं', 'त्वं'; Hindi's follow a vowel sign: 'में', 'नहीं'), and a
        # verse's double danda
        scores["Sanskrit"] += sum(len(w) > 2 and w[-1] == "ं" and "क" <= w[-2] <= "ह" for w in words)
        scores["Sanskrit"] += 2 * body.count("॥")
        # Nepali verbs end in '-छ' ('भन्छ', 'लाग्छ', 'आउँछ', 'हुन्छ'); Hindi's few such words are 'कुछ' and 'पूछ'
        scores["Nepali"] += sum(w.endswith(("छ", "छन्", "छु", "छौ")) and w not in ("कुछ", "पूछ") for w in words)
    if script == "CYRILLIC":
        # Bulgarian's 'ъ' is a vowel inside and at the end of words ('път', 'звънецът', 'тръгнем'); Russian writes it
        # only as a sign before е, ё, ю, я ('объявление', 'съел'), and writes 'ы' and 'э', which Bulgarian never does.
        scores["Bulgarian"] += sum(bool(_BULGARIAN_YER.search(w)) for w in words)
        scores["Russian"] += sum(("ы" in w or "э" in w or "ё" in w) for w in words)
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 and list(scores.values()).count(scores[best]) == 1 else None


_BULGARIAN_YER = quick(r"ъ(?![еёюя])")


# Haitian Creole words no other language sung in writes, for lyrics lingua cannot place.
_HAITIAN = frozenset(
    {"mwen", "renmen", "janm", "kite", "avè", "avèk", "konnen", "lanmou", "toujou", "kounye", "lavi", "vle", "nou",
     "yo", "pou", "kè", "bèl", "tankou", "jodi", "fanm", "chak", "zanmi", "manman", "bondye", "kreyòl", "kounya",
     "menm", "sèlman", "selman", "dòmi", "domi", "lakay", "kijan", "poukisa", "anpil",
     "ap", "fè", "kounyeya", "lannwit", "maten", "tann"}
)  # fmt: skip
# Words only English writes among the languages sung in ('a', 'me', 'in', 'no', 'so' are Romance words too).
_ONLY_ENGLISH = frozenset(
    {"the", "you", "your", "and", "my", "is", "are", "i'm", "im", "don't", "dont", "it's", "we", "our", "this", "that",
     "with", "of", "to", "can't", "won't", "just", "all", "never", "when", "what", "where", "into", "on", "was", "were",
     "they", "them", "their", "he", "she", "his", "her", "be", "been", "have", "has", "had", "will", "would", "could",
     "should", "i", "couldn't", "up", "again"}
)  # fmt: skip
_VOCABLES = frozenset({"la", "na", "oh", "ooh", "yeah", "hey", "baby", "whoa", "da", "doo"})
# Letters of Latin-script languages English does not use (é, à, ü are left out: English borrows them).
# The Latin-script languages that write no letter of `_LATIN_MARKS`: never the reading of words that hold one.
_UNMARKED = frozenset({"English", "Swahili", "Indonesian", "Malay", "Tagalog", "Latin"})
_LATIN_MARKS = (
    ("ə", "Azerbaijani"),  # first: Azerbaijani also writes Turkish's ş ğ ı, and ə is its own
    ("ðþ", "Icelandic"), ("ł ą ę ś ź ż ć ń".replace(" ", ""), "Polish"), ("řěů", "Czech"), ("őű", "Hungarian"),
    ("șță", "Romanian"), ("şğı", "Turkish"), ("ėųūį", "Lithuanian"), ("æø", "Danish"),
    ("ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "Vietnamese"), ("ñ¿¡", "Spanish"), ("ãõ", "Portuguese"),
    ("ß", "German"), ("čšž", "Croatian"), ("åäö", "Swedish"), ("ľĺŕ", "Slovak"),
)  # fmt: skip


# -- deliverables: format, loudness, loop, fades, trim ---------------------------------------------

# A setting's unit with a case ending joined to it, as Finnish, Turkish and Hungarian write it ('LUFSiin', 'LUFS:iin',
# "kbps'de", 'LUFS-ra', 'kbps-sel').
_SETTING_CASE_ENDING = quick(
    r"(?<![^\W\d_])(lufs|kbps)(?:[:'’-]?(?:iin|ia|ää|lla|llä|ssa|ssä|ksi|ra|re|ba|be|ban|ben|sel|val|vel|nál|nél|"
    r"a|e|ya|ye|de|da|te|ta))(?![^\W\d_])"
)
_FORMAT = quick(
    r"(?:\b(?:as|to|into|in|an?|export(?:ed)?(?:\s+it)?(?:\s+(?:as|to))?|convert(?:\s+it)?\s+to|save(?:\s+it)?\s+as)\s+"
    r"(mp3|flac|ogg|wav)\b|\b(mp3|flac|ogg|wav)\s+(?:version|file|copy|export|format)|(mp3|flac|ogg|wav)(?:で|に|格式|로))",
    re.IGNORECASE,
)
# A format's name standing alone in any language ('zet hem om naar mp3', 'mp3に変換して', '导出成mp3',
# 'exportier das als FLAC'); not part of a file name ('song.mp3', 'my_take.wav').
# Turkish joins its case ending to the name ('mp3e çevir', "mp3'e", "wav'a"), Hungarian, Finnish and Azerbaijani
# join it with a hyphen ('mp3-ba', 'mp3-at', 'wav-muotoon', 'mp3-ə'), Hebrew joins 'to' before it ('ל-wav').
_BARE_FORMAT = quick(
    r"(?:(?<![A-Za-z0-9._/\\-])|(?<=[\u05d0-\u05ea]-))(mp3|flac|ogg|wav)"
    # ('формат wav.' ends a sentence; Finnish 'vie flacina', 'mp3:ksi', 'mp3na', 'mp3:een' take case endings)
    r"(?:['’]?y?[ae]|:?(?:ina|inä|iksi|ksi|nä|na|een|ssa|ssä)|ie|u|ban|ben|ba|be|-(?!player|soitin|soittim|spieler|speler|spelare|spiller|afspiller|lejátszó|přehrávač|prehrávač|odtwarzacz|"
    r"lecteur|reproductor|leitor|lettore|плеер|програвач)[^\W\d_]{1,12}(?!\w|\.[A-Za-z0-9]))?(?![A-Za-z0-9_/\\-]|\.[A-Za-z0-9])",
    re.IGNORECASE,
)
# A bitrate: '320 kbps', '128k', '192 kbit/s', or a number right after a lossy format ('mp3 320', 'ogg @ 160').
_BITRATE = quick(
    r"(?<![\w.])(?<!\b\d,)(\d{2,3})\s*(?:kbps|kbit/?s|kbits|kbit|kb/s|k|кбит/?с?|кбіт/?с?|килобит\w*|кілобіт\w*|kilobits?|كيلوبت|كيلو بت|ك\.ب|کیلوبیت|کیلو بیت)(?![A-Za-z0-9_/]|[^\W\d_](?<![\u3040-\u9fff\uac00-\ud7a3]))|(?:mp3|ogg)\s*(?:@|at|a|à|mit|con|em|la|na|w|v|ve|di|de|met|med|ב-?|:?ksi|:na)?\s*(\d{2,3})(?![\w.:]|,\d|\s*(?:s(?!tp\b|vp\b|['’]il)|sec|second|min|khz|hz|bpm|beats?|lufs|db|%|kb|k\b))"
    # or a number just before a lossy format's name ('export as 320 mp3', German '320er MP3')
    r"|(?<![\w.:,])(\d{2,3})(?:er)?\s?(?=(?:mp3|ogg)\b)"
    # or a standard rate after the word for bitrate or quality ('mp3로 뽑아줘 비트레이트 256', 'mp3 بجودة 320')
    r"|(?:bitrate|bit rate|bitrato|비트레이트|ビットレート|比特率|位元率|码率|碼率|بجودة|بمعدل|بیت‌ریت|بیتریت|بیت ریت|quality|qualité|qualidade|qualità|"
    r"calidad|qualität|kwaliteit|jakość|kvalit\w*|качеств\w*|битрейт\w*)\s*(?:of|de|di|von|:|=|は|을|를)?\s*"
    r"(64|96|112|128|160|192|224|256|320)(?![\w.:]|\s*(?:s(?!tp\b|vp\b|['’]il)|sec|min|khz|hz|bpm|lufs|db|%))",
    re.IGNORECASE,
)
# ('-14 LUFS', and the minus said as a word: 'ותנרמל למינוס 14 LUFS', 'минус 14 LUFS', 'eksi 14 LUFS')
_MINUS = rf"(?:[-−]\s?|(?:(?<![^\W\d_])(?:{_MINUS_WORDS})|マイナス|마이너스|负|負)\s*)"
_LUFS = quick(
    _MINUS + r"(\d{1,2}(?:\.\d)?)\s*lufs"
    # or, with no unit, a level below zero right after the word for loudness ('loudness -14', 'loudness eksi 14',
    # 'ラウドネスをマイナス14に', 'громкость минус 14')
    r"|(?:(?<![^\W\d_])(?:loudness|lautheit|громкость|гучність|głośność|hlasitost|hangosság|sonie)|ラウドネス|라우드니스|"
    r"响度|響度)[^\d\n.;,]{0,14}?(" + _MINUS + r")(\d{1,2}(?:\.\d)?)(?!\d|[.,]\d|\s*-?\s*(?:s|sec\w*|second\w*|"
    r"segund\w*|sekund\w*|секунд\w*|min\w*|db\w*|дб|децибел\w*|decibel\w*|decybel\w*|%|lufs|now|currently|сейчас|"
    r"jetzt|ahora|maintenant|adesso|agora|teraz|nyní|şu an)(?![^\W\d_]))",
    re.IGNORECASE,
)
# A master that also mixes ('master it with more low end and a bit of EQ on the vocals'): no loudness alone, asked.
_MIXED_TOO = quick(
    r"(?<![^\W\d_])(?:eq|equali[sz]\w*|low end|more bass|bass boost|boost the|compress\w*|sidechain|reverb|stereo width)"
    r"(?![^\W\d_])"
)
_NORMALISE = (
    "normalise", "normalize", "streaming loudness", "master it", "normalizar", "normaliser",
    "normalisieren", "ノーマライズ", "正規化", "音量を揃", "响度", "标准化", "노멀라이즈",
)  # fmt: skip
# A loop as a deliverable ('make it loop', 'a seamless loop', 'a 30 s lo-fi loop'), not a looping
# riff inside the music nor a title ('Loop de Loop').
_LOOP = quick(
    r"\bmake\s+it\s+(?:a\s+)?(?:seamless\s+)?loop\b|\bloop\s+it\b|\bloopable\b|\bseamless(?:ly)?[\s-]+loop(?:ing|ed|s)?\b"
    r"|\b(?:as|into)\s+an?\s+(?:seamless\s+)?loop\b|\bloop\s*[.!]?\s*$|\bloop\s*,\s*\d"
    r"|\bbucle\b|\bboucle\b|\bschleife\b|ループ|循环|루프|(?:整個|整个|做個|做个|弄個|弄个|要個|要个)\s*loop",
    re.IGNORECASE,
)
# A loop word that wants no loop: said with 'no' or 'don't' ('no loop please', 'nicht loopen', 'без лупа', 'ループはなし',
# '루프는 하지 마', 'döngü olmasın', 'niente loop', 'I'll loop it myself'), or of something else ('loopy', 'a time loop',
# 'the loop pedal part', 'петля времени', 'il ciclo di lezioni', 'boucle d'oreille').
_LOOP_NOT_BEFORE = quick(
    r"(?<![^\W\d_])(?:no|not|don'?t|do not|without|never|nicht|kein\w*|ohne|без|не|bez|nie|niente|senza|sin|sans|"
    r"pas de|pas|sem|não|nao|geen|zonder|ingen|inte|ikke|ei|ilman|nem|fără|fara|χωρίς|בלי|بدون|tanpa|không)"
    r"(?:\s+\S+)?\s*$|不要|別|别|没有"
)
_LOOP_NOT_AFTER = quick(
    r"[^\W\d_]*\s*(?:is\s+)?(?:no\b|needed\b|please\b|anymore\b|myself\b|pedal\b|part\b|at the start\b|"
    r"at the end\b|olmasın|yok|はなし|なし|하지\s*마|는\s*하지|не надо|времени|d[ie]\s+lezion|d[oe]\s+palestr|"
    r"d'?\s*oreille|is out|of time)"
)


_MAKE_IT_GO = quick(r"(?:make|let|have)\s+it\s+(?:go|play|spin)", re.IGNORECASE)
# 'No voice' in words that say more where something follows them ('без співу птахів', birdsong; '목소리 없이 말하는', who
# speaks with no voice; 'sem ninguém cantando parabéns'): instrumental only at the end of a clause (set 116, 117).
# 'Without singing' said with the verb, as learners and natives say it ('sans chanter', 'senza cantare', 'bez
# śpiewania', 'uten synge', 'χωρίς τραγούδι', 'בלי לשיר', 'tanpa nyanyi', 'éneklés nélkül', 'şarkı söylemeden'), and
# 'only instruments' ('solo strumenti', 'tylko instrumenty', '楽器だけ', '악기만', '只有乐器', 'μόνο όργανα').
_WITHOUT_SINGING = quick(
    r"(?P<without>(?<![^\W\d_])(?:without|w/o|sin|sem|sans|senza|ohne|zonder|uten|utan|uden|bez|без|bila|tanpa|"
    r"fără|fara|χωρίς|בלי|بدون|بلا|من\s+غير|sine|án|ilman|walang|bina|बिना|ਬਿਨਾ|بغیر)\s+(?:any\s+|de\s+|the\s+|أي\s+|att\s+|å\s+|zu\s+|te\s+)?"
    r"(?:sing|singing|chanter|chant|cantar|cantare|cantat|cântat|cantando|cantos?|singen|gesinge|zingen|zang|"
    r"sjunga|sjung|synge|synging|syngja|søng\w*|söng\w*|zpívání|zpivani|zpěvu|zpevu|spievania|spievať|spievat|"
    r"spevu|śpiewania|śpiewu|spiewania|певања|певање|пения|пение|петь|пеене|співу|співати|pjevanja|pjevanje|"
    r"pevanja|τραγουδι\w*|τραγούδι\w*|τραγουδάει|τραγουδιστ\w*|לשיר|שירה|غناء|غنا|nyanyi\w*|bernyanyi|kumanta|"
    r"pagkanta|kanta|laulua|laulu|laulamatta|गाने|गाना|गाउने|गायन|ਗਾਉਣ\w*|ਗਾਇਕੀ|گانے|گائے|گانا)(?![^\W\d_])"
    # (its clause ends there or says what the piece is for: not 'без співу птахів', without the birds' singing)
    r"(?=\s*(?:[,.;!?،]|$|(?:for|pour|per|para|für|zum|zur|voor|til|för|dla|do|pro|для)(?![^\W\d_])))"
    r"|(?<![^\W\d_])(?:éneklés|ének)\s+nélkül(?![^\W\d_])|(?<![^\W\d_])şarkı\s+söylemeden(?![^\W\d_]))"
    # (Hungarian 'instrumental' as an item of its own: 'egy pörgős csárdás, hangszeres, másfél perc')
    r"|(?:^|(?<=,)|(?<=,\s))hangszeres(?=\s*(?:[,.;!?]|$))"
    r"|பாடாமல்|పాడకుండా|গান\s+ছাড়া|歌わない|노래\s*(?:안\s*부르|없는|없이)"
    r"|歌のない(?=\S{0,6}?(?:曲|音楽|bgm|トラック))"  # ('歌のないピアノ曲', not '歌のない人生': a life without songs)
    r"|(?<![^\W\d_])(?:only|just|solo|soltanto|solamente|solamente|juste|nur|alleen|bara|kun|bare|tylko|jen|jenom|iba|"
    r"само|только|лише|тільки|μόνο|רק|فقط|sadece|sadəcə|csak|cuma|hanya|chỉ|केवल|सिर्फ|सिर्फ़|ਸਿਰਫ਼|ਸਿਰਫ|صرف|"
    r"tantum|numai|doar|només|somente|apenas|só|vain|pelkkiä|pelkät)\s+(?:(?:the|de|la|les|los|las|gli|os|as|die|"
    r"de)\s+)?(?:instruments|instrumente|instrumenten|instrumenter|instrumentos|instrumenty|instrumentów|"
    r"instrumentai|instrumenta|instrumen|instrument|strumenti|nástroje|nástroj|hangszerek|hangszer|инструменти|"
    r"инструменты|інструменти|όργανα|כלים|آلات|enstrüman\w*|hljóðfæri|soittimet|soittimia|बाजा|बाजे|वाद्य|ਸਾਜ਼|"
    r"ਸਾਜ|سازوں|ساز|nhạc cụ)(?![^\W\d_])|(?:^|(?<=[,.;:!?])\s*)(?:only|just)\s+(?:the\s+|a\s+)?beats?(?=\s*(?:[,.;:!?]|$))"
    r"|楽器だけ|楽器のみ|악기만|악기 소리만|只有乐器|只要乐器|只用乐器|淨係樂器|得樂器|只有樂器|இசைக்கருவி\s*மட்டும்"
)
# ... the 'without' said of the piece asked for ('une chanson sans chanter', 'Şarkı istiyorum şarkı söylemeden',
# 'موسيقى بس من غير أي غناء', 'un beat de trap oscuro sin cantar'), at most three words after its noun, none of them
# 'about' ('piosenka pop o dniu bez śpiewania'); not of someone in it ('ceux qui dansent sans chanter', 'je ne peux pas
# vivre sans chanter', 'a grandma who never does anything without singing').
_PIECE_BEFORE = quick(
    r"(?<![^\W\d_])(?:songs?|chanson|morceau|canzone|brano|canción|cancion|canção|cancao|cançó|piosenk\w*|utwór|"
    r"píseň|písnič\w*|pieseň|pesm\w*|pjesm\w*|песн\w*|песна|пісн\w*|lied|liedje|nummer|sang|sangen|låt|lag|lagið|"
    r"lagu|dal|dalt|şarkı|sarki|שיר|أغنية|اغنية|موسيقى|carmen|track|beat|piece|vibe|lo-?fi|bgm|lullaby|berceuse|base|"
    r"\w*music|\w*musique|musica|música|\w*musik|\w*musikk|\w*muziek|muzyka|muzică|muzica|hudba|zene|מוזיקה|"
    r"melod\w*|mélod\w*|tune|τραγούδι|μουσική|गीत|गाना|संगीत|ਗੀਤ|گیت|گانا|bài hát|nhạc|"
    r"kanta|awit|wimbo|laulu|kappale|cântec|cantec|melodie|pesen|something|quelque chose|algo|qualcosa|"
    r"etwas|iets|noget|något|noe|coś|něco|нещо|что-то|щось)"
    r"(?:\s+(?!(?:about|o|sur|über|su|sobre|про|о|על|om|over|who|qui|que|che|który|która|które|kto|который|которая|"
    r"my|his|her|their|mi|mon|ma|sa|son|mein\w*|sein\w*|ihr\w*|minha|meu|mia|mio|мо[йяеи]|мою)"
    r"(?![^\W\d_]))[^\W\d_]+){0,3}\s*$"
)
# ... or said as an item of its own among the piece's traits ('lo-fi hip hop for studying, chill, without singing,
# 2 min', 'música tranquila para estudiar, sin cantar, 2 minutos').
_ITEM_BEFORE = quick(r"(?:^|[,;:،、(])\s*$")


# Where 'without singing' says how the words are voiced, not that there are none: rapped or spoken ('a rap track about
# my city, without singing, just bars', 'un slam …, sans chanter, juste du texte parlé'), or beside 'with singing' (two
# versions: 'with singing, without singing').
# The singing (not the voice) that a 'without' of the cue tables leaves out ('बिना गाने', 'بدون غناء', 'sans chanter').
_SINGING_STEM = quick(r"sing|गा|غن|chant|cant|пени|пе[тв]|śpiew|spiew|zpě|zpe|τραγουδ|שיר|nyanyi|şarkı|sjung|syng|zing")
_VOICED_OTHERWISE = quick(
    r"(?<!no )(?<!nobody )(?<!without )(?<!sin )(?<!sans )(?<!ohne )(?<!not )(?<![^\W\d_])(?:rap(?!per|eur|euse|ero|era)\w*|gerappt|just\s+bars|rimas|slam|spoken|parlé\w*|parlato|hablado|falado|recited|dibacakan|declamad\w*|récité\w*|रैप|راب|"
    r"gesprochen|рэп\w*|реп\w*|речитатив\w*|with\s+singing|con\s+canto|avec\s+chant|mit\s+gesang|com\s+canto)(?![^\W\d_])"
)
# ... and, for an item of its own, where the words before it say who does something ('ele trabalha, ele dança, sem
# cantar', about someone).
_SOMEONE_BEFORE = quick(
    r"(?<![^\W\d_])(?:he|she|they|él|ella|ellos|ele|ela|eles|il|elle|ils|er|sie|lui|lei|он|она|они|hij|zij|han|hon|dia|"
    r"הוא|היא|هو|هي|wao|yeye)"
    r"(?![^\W\d_])"
)
# ... nor after 'about' ('a song about my grandpa: he works, he dances, without singing'): the story's
_ABOUT_BEFORE = quick(
    r"(?<![^\W\d_])(?:about|sobre|sur|über|hakkında|hakkinda|про|על|عن|tentang|về|o\s+(?:moi|moj|twoi|twoj|swoi|swoj|mym|mojim|naszym|naszej)\w*)(?![^\W\d_])"
    r"|के\s+बारे\s+में"
)
# (a use said after it keeps it the piece's: 'a beat without singing for a rapper to record over', '…, without
# singing, so I can rap over it', '…, sin cantar, para rapear encima')
_FOR_A_USE = quick(
    # (not a time's 'for': 'without singing for once, just rap verses', 'pour une fois', 'por una vez')
    r"\s*(?:for|pour|per|para|für|zum|zur|voor|til|för|dla|do|pro|для)(?![^\W\d_])"
    r"(?!\s+(?:once|a\s+change|now|this\s+one|this\s+time|une\s+fois|changer|una\s+vez|variar|cambiar|una\s+volta|"
    r"cambiare|uma\s+vez|mudar|einmal|abwechslung|"
    r"en\s+gang|en\s+gångs\s+skull|jednou|raz|один\s+раз)(?![^\W\d_]))|"
    r"[^.;!?]{0,30}?(?:rap\w*\s+over|rape\w*\s+encima|rapp\w*\s+dessus|(?:dr|dar)über\s+rapp\w*|rapp\w*\s+sopra)"
)


def _voiced_instead(text: str, word: str) -> bool:
    """Whether the 'without singing' `word` of the cue tables leaves the words voiced otherwise: a rap, a recital or
    a voice said outside its own words (not 'nothing with singing'), with no use after it ('pour que je rappe
    dessus'). _without_singing asks the same of its own matches."""
    at = text.find(word)
    if at < 0:
        return False
    return any(not at <= v.start() < at + len(word) for v in _VOICED_OTHERWISE.finditer(text)) and not (
        _FOR_A_USE.match(text, at + len(word))
    )


def _without_singing(text: str) -> re.Match[str] | None:
    voiced = _VOICED_OTHERWISE.search(text) is not None
    for m in _WITHOUT_SINGING.finditer(text):
        if m.group(0) == "hangszeres" and "ének" in text:
            continue  # ('egy vidám dal énekkel, az intro hosszú, hangszeres': the intro's, in a sung song)
        if voiced and m.group("without") is not None and not _FOR_A_USE.match(text, m.end()):
            continue
        if m.group("without") is None:
            return m
        if _PIECE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m
        if (
            _ITEM_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and not _SOMEONE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            # ('dedem hakkında bir şarkı: çalışır, dans eder, …': a list, after a colon, of what the song tells; not
            # 'a calm piano piece about rainy nights, slow, without singing')
            and not ((colon := text.rfind(":", 0, m.start())) >= 0 and _ABOUT_BEFORE.search(text, 0, colon) is not None)
        ):
            return m
    return None


_NO_VOICE_SAID = quick(
    r"(?<![^\W\d_])(?:без\s+співу|sem\s+ningu[ée]m\s+cantando|sem\s+ningu[ée]m\s+cantar)\s*(?=[,.;!?]|$)"
    r"|목소리\s*없이\s*(?=[,.;!?]|$)"
)


_TITLED = quick(r"\b(?:called|titled|named)\b")


def _titled_before(text: str, m: re.Match[str]) -> bool:
    """Whether a title is named before the loop word at `m` ('a song called Loop de Loop'): its name, no loop."""
    return _TITLED.search(text, 0, m.start()) is not None


def loop_not_wanted(text: str, m: re.Match[str]) -> bool:
    """Whether a loop word found at `m` wants no loop of the track: negated, or said of something else."""
    if m.group(0).lower().startswith("loopy") or re.search(
        r"(?<![^\W\d_])time[\s-]*$", text[max(0, m.start() - 8) : m.start()]
    ):
        return True  # ('sounds loopy', 'a time loop')
    before = text[max(0, m.start() - 24) : m.start()]
    before = re.split(r"[,;.!?，。；]", before)[-1]
    return bool(_LOOP_NOT_BEFORE.search(before) or _LOOP_NOT_AFTER.match(text, m.end()))


# A new piece that is a loop: 'a 30 second loop', 'a 45s jazz loop', 'an 8-bar drum loop' (at most three words
# between the article and 'loop'; not 'a loop pedal', nor 'a song called Loop de Loop').
_A_LOOP = quick(
    r"\b(?:a|an)\s+(?:(?!(?:called|named|titled|about|of|with|for|and|song|track)\b)[\w.'-]+\s+){0,3}?loop\b"
    r"(?!\s*(?:pedal|station|back|de\b|(?:of|from)\s+(?:the|my|this|that|our|your)\b))"  # (not 'a loop of the song')
)
# Lengths that are no seconds: bars, beats, frames, milliseconds ('fade out over the last 8 bars', 'fade out 500ms').
_NOT_SECOND_UNITS = r"ms\b|bars?\b|compas\w*|compass\w*|mesures?|takt\w*|такт\w*|小節|frames?|beats?|counts?|battut\w*"
_FADE = quick(
    r"(?:(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*(?:का|की|の|的)?\s*)?fade[- ]?(in|out|ind|ud|inn|ut)(?![^\W\d_])(?![- ]?(?:tail|outro|ending|section))"
    r"(?:\s+(?:over|of|for|de|di|von|van|от|на|по|של|مدته|مدتها|لمدة|مدة|は)?\s*(?:the\s+)?(?:last|first)?\s*"
    r"(\d+(?:\.\d+)?)(?:\s*(?:s|sec|secs|seconds?)\b|(?![\d.,:]|\s*(?:min|minutes?|%|db|x\b|times|bpm|lufs|hz|khz|"
    + _NOT_SECOND_UNITS
    + r"|fps|tempos?\b)))"
    r"(?!\s*(?:shorter|longer|less|more)))?",
    re.IGNORECASE,
)
# A fade said by where it is ('fondu au début de 4 s et à la fin de 10 s', 'تلاشي في النهاية 3 ثوان', 'fondu
# d'entrée', 'フェードイン'), as the cue pass wrote it: 'fade start', 'fade end', 'fade d entrée', 'fade イン'.
_FADE_WHERE = (
    (quick(r"fade\s*イン|fade\s+(?:d\s*['’]?\s*entr[ée]e|d\s*['’]?\s*entrada|de\s+entrada|in\s+entrata|start|at the start|au début)(?![^\W\d_])"),
     "fade in "),
    (quick(r"fade\s*アウト|fade\s+(?:de\s+sortie|de\s+salida|de\s+sortida|in\s+uscita|end|at the end|à la fin|finale?)(?![^\W\d_])"), "fade out "),
)  # fmt: skip
# After a fade, a length in bars, beats, frames or milliseconds: no seconds to fade over.
_FADE_NOT_SECONDS = quick(
    r"\s*(?:over\s+|of\s+|de\s+|は)?(?:the\s+)?(?:last\s+|first\s+)?\d+(?:[.,]\d+)?\s*(?:" + _NOT_SECOND_UNITS + ")"
)
# Words that take a fade away or say there is none ('sin fade al final', 'pas de fondu', 'enlève le fondu').
_NO_FADE = quick(
    r"(?<![^\W\d_])(?:no|not|without|remove|sin|sans|pas de|enlève|enleve|quita\w*|quítale|tira|ohne|kein\w*|entfern\w*|"
    r"senza|togli\w*|sem|без|убер\w*|bez|utan|uten|uden|ilman|nélkül|tanpa|không|χωρίς|בלי|بدون)(?![^\W\d_])|なし|不要|없이|"
    r"trim\s+(?:[^\W\d_]+\s+)?fade|не\s+нужн\w*|не\s+надо|not\s+needed|"  # ('enlève le fondu' was written 'trim')
    r"(?<![^\W\d_])(?:без|bez)\s+\w*fade|fade\w*\s+(?:не|no|nicht|pas)\b"
)
# ... and a second amount after a fade, said only by the other end ('… et à la fin de 10 s', '… وفي النهاية 6 ثواني').
_FADE_OTHER_END = quick(
    r"(?:(?<![^\W\d_])(and|et|y|e|und|و)\s*(?:في\s*)?|(?<=\d\ss\s))(?:à la\s+|at the\s+|in the\s+|a la\s+)?(start|end)\s+(?:de\s+|of\s+)?"
    r"(\d+(?:\.\d+)?\s*s)(?![^\W\d_])(?!\s*(?:de\s+silen\w*|of\s+silence|de\s+silence|earlier|sooner|antes|plus tôt))"
)
_CUT_VERB = r"(?:trim|cut|chop|remove|delete|drop|lose)"
_KOREAN_FADE = quick(r"페이드\s*(인|아웃)")
# A fade at each end in Chinese ('頭尾各fade兩秒', '首尾各淡入淡出2秒', '前后各 fade 3 秒'): a fade in and a fade out.
_BOTH_ENDS_FADE = quick(
    r"(?:頭尾|头尾|首尾|前後|前后|开头结尾|開頭結尾|开头和结尾|開頭和結尾)\s*各\s*(?:加\s*)?(?:fade|淡入淡出)\s*"
    r"([0-9一二兩两三四五六七八九十]{1,3}(?:[.][0-9])?\s*(?:秒(?:鐘|钟)?半?|s(?![^\W\d_])))"
    # ('首尾各加2秒淡入淡出': the length before the words)
    r"|(?:頭尾|头尾|首尾|前後|前后|开头结尾|開頭結尾|开头和结尾|開頭和結尾)\s*各\s*(?:加\s*)?([0-9一二兩两三四五六七八九十]{1,3}(?:[.][0-9])?\s*(?:秒(?:鐘|钟)?半?|s(?![^\W\d_])))"
    r"\s*(?:的\s*)?(?:fade|淡入淡出)"
    # ('淡入淡出2秒', '淡入淡出各2秒': the pair said as one, that long at each end)
    r"|(?:^|(?<=[\s，,。.;；!！?？]))淡入淡出\s*(?:各\s*)?([0-9一二兩两三四五六七八九十]{1,3}(?:[.][0-9])?\s*(?:秒(?:鐘|钟)?半?|s(?![^\W\d_])))"
)
_KOREAN_CUT = quick(r"잘라|자르|트림|삭제|없애|짧게")
# 'the first / last' in the 50 languages' everyday words, after the cue pass wrote the verb as 'trim'.
_FIRST_WORDS = (
    "first", "start", "beginning", "primeiros", "primeiras", "primeros", "primeras", "premiers", "premières", "primi",
    "prime", "ersten", "eerste", "första", "første", "pierwsze", "první", "первые", "перші", "पहले", "最初の", "最初",
    "前", "처음", "앞", "primers", "מההתחלה", "прве", "prve", "први", "prvih", "první", "แรก",
    # (declined forms said before the count: 'Одсеци првих 5 секунди', 'iškirpk pirmas 3 sekundes')
    "првих", "prvních", "prvé", "prvých", "pierwszych", "fyrstu", "ensimmäiset", "ensimmäistä", "első", "primele",
    "πρώτα", "ilk", "pirmas", "pirmąsias", "pirmąsias", "перших", "първите", "unang", "primeras", "primeros",
    "pehle", "pehla", "pehli", "shuru",  # (Hindi in Latin letters: 'pehle 8 second kaat do')
    "ਪਹਿਲੇ", "ਪਹਿਲਾਂ", "முதல்", "prima", "primas", "primos",  # (pa, ta; Latin 'prima tria secunda')
)  # fmt: skip
_LAST_WORDS = (
    "last", "end", "últimos", "últimas", "ultimos", "derniers", "dernières", "ultimi", "ultime", "letzten", "laatste",
    "sista", "sidste", "siste", "ostatnie", "poslední", "последние", "останні", "आखिरी", "आख़िरी", "最後の", "最後",
    "最后", "마지막", "darrers", "מהסוף", "последње", "poslednje", "zadnje", "posljednje",
    # (declined forms said before the count: 'Kutt de siste 8 sekundene', 'ostatnich 5 sekund')
    "последњих", "poslednjih", "posljednjih", "zadnjih", "последних", "ostatnich", "posledních", "posledné",
    "posledných", "síðustu", "viimeiset", "viimeistä", "utolsó", "ultimele", "τελευταία", "paskutines", "paskutinių",
    "останніх", "последните", "huling", "últimas",
)  # fmt: skip
# The words that may follow 'the last N s' trimmed: the next instruction's 'and' or 'then', no part of the mix.
_AFTER_A_TRIM = frozenset(
    {"and", "then", "e", "y", "et", "und", "и", "і", "ve", "och", "og", "oraz", "و", "puis", "και", "és", "ja", "și", "si",
     "dan", "và", "та", "ir", "pak", "potom", "sonra", "kemudian",
     "depois", "luego", "dann", "poi", "potem", "затем", "потом", "और", "फिर"}
)  # fmt: skip
_WORD_AFTER = quick(r"\s*([^\W\d_]+)")
_WORD_BEFORE = quick(r"([^\W\d_]+)[^\w,.;!?，。、]*$")
_OF_SILENCE = quick(r"\s*(?:di|de|da|do|du|of|von)\s+(?:silenzio|silence|silencio|silêncio|stille)")
_THAI_ENDS = {"แรก": "first", "สุดท้าย": "last", "ท้าย": "last"}  # (after the seconds: 'ตัด 5 วินาทีแรกออก')
_FIRST_LAST = "|".join(sorted(_FIRST_WORDS + _LAST_WORDS, key=len, reverse=True))
# The other end of a trim, said after 'and' with the same verb ('… and the last 5', '… y los últimos 3', '… и
# последние 5', '… og de sidste 1 s'), its seconds said or the trim's own unit left out.
_TRIM_ALSO = quick(
    r"\s*,?\s*(?:and|y|e|et|und|и|і|og|och|en|i|oraz|a|și|ve|dan|và|و)\s+(?:(?:the|los|las|les|os|as|die|de|den|het|"
    r"gli|le|i)\s+)?(" + _FIRST_LAST + r")\s+(\d+(?:\.\d+)?)(?:\s*(?:s|sec|secs|seconds?)(?![\w]))?"
    r"(?![\w.:]|\s+[^\W\d_])"  # (not 'the last 4 bars', 'the last 5 notes')
)
_TRIM = quick(
    r"\b"
    + _CUT_VERB
    + r"\s+(?:off\s+|via\s+|away\s+|out\s+)?(?:(?:the|os|as|los|las|les|i|gli|le|die|de|den|het|τα|τις|οι|az|a|el|la)\s+)?("
    + _FIRST_LAST
    + r")\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"
    r"(?!\s+of\s+(?!(?:the|this|my|that)\s+(?:track|song|tune|audio|file|piece|recording)\b|it\b))"  # '… of drums'
    r"|\b" + _CUT_VERB + r"\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s+(?:off\s+)?(?:(?:off|from|at)\s+)?(?:the\s+)?"
    r"(start|end|beginning|מהסוף|מההתחלה)(?![^\W\d_])(?!\s*של)"
    r"|\bmake\s+it\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s+(shorter)\b"
    # the verb after ('पहले 2 s trim दो', '最初の2 sをtrim')
    # (a digit a few characters on looked for first: the long alternation is tried only there)
    r"|(?<![^\W\d_])(?=\S{1,24}?\s*\d)("
    + _FIRST_LAST
    + r")\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*(?:を|को)?\s*trim\b"
    # Thai puts 'first / last' after the seconds ('ตัด 5 วินาทีแรกออก')
    r"|\btrim\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?|วินาที)\s*(แรก|สุดท้าย|ท้าย)(?!\s*ของ)",
    re.IGNORECASE,
)


def _bitrate(text: str, fmt: str | None = None) -> re.Match[str] | None:
    """The bitrate a request names: a number with its unit first ('320 kbps'; out of range is an error), else a
    number right after 'mp3'/'ogg' in range ('mp3 320'; 'mp3 at 500' is left for the audit to ask about). `fmt`: the
    format already read as the one wanted (a lossless one named in a story beside it is not the one asked for)."""
    loose: re.Match[str] | None = None
    for m in _BITRATE.finditer(text):
        if m.group(1):
            if m.group(0).rstrip().lower().endswith("k") and not re.search(r"mp3|ogg", text, re.IGNORECASE):
                continue  # '100k subscribers': a bare 'k' is a bitrate only beside a lossy format's name
            if not 32 <= int(m.group(1)) <= 320:
                raise InvalidInput(
                    f"'{m.group(0).strip()}' asks for {m.group(1)} kbps; bitrate_kbps must be 32-320.",
                    field="bitrate_kbps",
                )
            return m
        if m.group(4) and (
            not re.search(r"mp3|ogg", text, re.IGNORECASE)
            or (fmt not in ("mp3", "ogg") and re.search(r"wav|flac", text, re.I))
        ):
            continue  # ('quality 320' names a bitrate only beside a lossy format's name)
        if loose is None and 32 <= int(m.group(2) or m.group(3) or m.group(4)) <= 320:
            loose = m
    return loose or _BITRATE_AT.search(text) or _BITRATE_BESIDE.search(text)


# A standard bitrate a few words after a lossy format, said with 'at' ('an mp3 of it at 320', "Κάν' το mp3 στα 320").
# (three empty groups first: the rate is group 4, where the callers of `_bitrate` read _BITRATE's last reading)
_BITRATE_AT = quick(
    r"(?:mp3|ogg)(?![\w])(?:(?:(?!(?<![^\W\d_])(?:trim\w*|cut|fade|extend|replace|add|and|och|og|und|et|e|y|i|loop|"
    r"shorten|stop|termina\w*|corta\w*)(?![^\W\d_]))[^.\n\d]){0,14}?"
    r"(?<![^\W\d_])(?:at|@|à|a|en|em|in|στα|σε|na|w|v|ve|de|di|con|mit|met|med|på|i|au|od|од)\s*"
    # ... or with 'at' after the rate, as Urdu and Hindi say it ('mp3 میں 192 پر', 'mp3 में 320 पर', 'mp3 me de do 256 pe')
    r"|(?:[^.\n\d]{0,16}?\s)?\s*(?=\d{2,3}\s*(?:پر|पर|par|pe|पे)(?![\w])))"
    r"()()()(320|256|224|192|160|128|112|96)(?![\d:]|[.,]\d|\s*(?:s\b|sec|min|bpm|beats?|hz|khz|%)|['’]?d[ae]\b)",
    re.IGNORECASE,
)
# ... or tied to the format by a word of its language: '导出mp3，192的' (of 192), '192'lik mp3', 'mp3 ya 192' (the
# rate is the one group that matched).
_BITRATE_BESIDE = quick(
    r"(?:mp3|ogg)\s*[，,、]?\s*(320|256|224|192|160|128|112|96)(?=\s*(?:的|k的))"
    r"|(?<![\w.])(320|256|224|192|160|128|112|96)['’]?(?:lik|lık|luk|lük)\s+(?:mp3|ogg)(?![\w])"
    r"|(?:mp3|ogg)\s+ya\s+(320|256|224|192|160|128|112|96)(?![\w.:])",
    re.IGNORECASE,
)


def _shaped_seconds(delivery: dict[str, Any]) -> set[float]:
    return {float(v) for k, v in delivery.items() if k in ("fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s")}


# A minute 'and a quarter' ('a minute and a quarter', 'un minuto y cuarto', "un minut i quart", 'eine Minute und
# ein Viertel', 'een minuut en een kwart'): 15 s more, before the number words read 'quart' and 'cuarto' as four.
# Arabic 'lengthen it to' ('طوّلها لـ 5 دقائق'), its shadda dropped: the same letters as 'its length' ('طولها 30 ثانية'),
# so a verb only before 'to' (written apart from the length by the units' reader).
_LENGTHEN_TO = quick(r"(?<![^\W\d_])طول(ها|ه|هم|ي)\s+ل(?=\s)")
_AND_A_QUARTER = re.compile(
    r"(?<![^\W\d_])(min|mins|minutes?|minutos?|minuts?|minuti|minuto|minuten?|minuut|minuter|minutter)\s+"
    r"(?:and|y|i|e|et|und|en|og|och)\s+(?:a\s+|un\s+|una\s+|um\s+|uma\s+|ein\s+|een\s+|et\s+|en\s+)?"
    r"(?:quarter|cuarto|quart|quarto|viertel|kwart|kvart)(?![^\W\d_])"
)
_HE_TENS = {"עשר": 10, "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50}
_HE_MINUTE_AND = re.compile(r"(?<![^\W\d_])(?:דקה|1 min)\s+ו(עשר|עשרים|שלושים|ארבעים|חמישים)(?![^\W\d_])")
# 'One more minute' said with the unit alone in the Slavic languages ('ещё минуту', 'ještě minutu', 'jeszcze
# minutę', 'još minutu', 'ще хвилину'): the unit's count is one.
_ONE_MORE_MINUTE = re.compile(
    r"(?<![^\W\d_])(ещё|еще|ještě|jeste|jeszcze|još|jos|ešte|ще)\s+(минуту|минутку|minutu|minutku|minutę|minútu|хвилину|"
    r"секунду|sekundu|sekundę)(?![^\W\d_])"
)
# ... and 'by a minute' with the bare noun after 'o' or 'на', only after a verb of lengthening or before 'longer'
# ('predĺž to o minútu', 'przedłuż o minutę na końcu', 'продли на минуту'; not 'spóźniłem się o minutę', 'prośba o
# minutę ciszy', 'остановить время на минуту')
_BY_A_MINUTE = re.compile(
    r"(?<![^\W\d_])((?:predĺž|prodluž|prodlouž|wydłuż|przedłuż|продл|удлин|подовж|продовж|dodaj|přidej|pridaj|"
    r"добав|додай)[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,3}?(?:o|на))\s+(минуту|минутку|minutu|minutę|minútu|хвилину)(?![^\W\d_])"
    r"|(?<![^\W\d_])(o|на)\s+(минуту|minutu|minutę|minútu|хвилину)(?=\s+(?:длиннее|довше|dłuższ|delší|dlhš))"
)
_ADDED_AMOUNT = re.compile(r"\badd\s*$")


def _not_added(text: str) -> list[Any]:
    """The times of the words but those right after 'add' ('¿le puedes añadir 10 segundos al principio?' after
    'se me queda corta': the 10 s are added, whatever a cut word elsewhere says)."""
    return [
        t
        for t in find_times(text)
        if not _ADDED_AMOUNT.search(text, max(0, t.start - 6), t.start) or _SHAPE_NEXT.match(text, t.end)
    ]


# (a fade or cut right after the seconds: '3 s fade', '4 s of fade-out', '3 s de fade')
_SHAPE_NEXT = re.compile(
    r"\W{0,3}(?:(?:of|de|di|du|da|do|von|van|av|af|el|la|le)\s+(?:a\s+|the\s+)?)?(?:fade|trim|cut)"
)


def _agent_shaped(req: Request, text: str) -> bool:
    """Every time the words hold is a fade or cut length the agent passed as a field (`fade_out_s`,
    `trim_start_s`...), and there is at least one: the agent read those seconds as the fade or the cut."""
    shaped = _shaped_seconds({k: v for k, v in (req.deliverables or {}).items() if isinstance(v, int | float) and v})
    times = find_times(text)
    return bool(shaped and times) and all(any(abs(t.seconds - v) < 0.01 for v in shaped) for t in times)


_NOT_THIS_FORMAT = re.compile(
    r"(?<![^\W\d_])(?:not|don't|dont|do not|no|nicht|kein\w*|pas|non|não|nao|не|nie|ne|inte|ikke|niet)(?![^\W\d_])"
)


# A format's name said as it sounds, in another script ('एमपी थ्री', 'ام بي ثري', 'эм пэ три', 'エムピースリー', '엠피쓰리',
# 'वेव फाइल', 'फ्लैक'): dictated, or typed as heard.
_SPOKEN_FORMAT = quick(
    r"(?P<mp3>(?<![^\W\d_])(?:एमपी\s?(?:थ्री|3)|[اإ]م\s?بي\s?(?:ثري|3)|эм\s?пэ\s?три|эмпэтри|ем\s?пе\s?три|"
    r"এমপি\s?থ্রি|ایم\s?پی\s?تھری|ام\s?پی\s?تری|אם\s?פי\s?(?:שלוש|3)|εμ\s?πι\s?θρι)(?![^\W\d_])|エムピースリー|"
    r"엠피\s?[쓰스]리)|(?<![^\W\d_])(?:(?P<wav>(?<![\u0900-\u097f])(?<!न्यू )वेव(?=\s*(?:फाइल|फ़ाइल|फॉर्मेट|में)))|"
    r"(?P<flac>फ्लैक|فلاك|флак))"
    r"(?![^\W\d_])"
)


def _format_of(m: re.Match[str]) -> str:
    """The format a _FORMAT or _BARE_FORMAT match names (whichever of its groups took it)."""
    return next(g for g in m.groups() if g).lower()


TWO_FORMATS = "two_formats"  # a key of deliverable_words: the formats named when no one of them is marked wanted
DB_LEVEL = "db_level"  # ... and a level said in dB beside the word for loudness, where no LUFS level is
# A level in dB below zero ('normalize to -16 dB', 'loudness -1 dBFS'): a loudness in LUFS or a peak; asked.
_DB_LEVEL = quick(
    r"(?:[-−]\s?|(?<![^\W\d_])(?:minus|moins|menos|meno|минус|eksi)\s+)\d{1,2}(?:\.\d)?\s*db(?:fs|tp)?(?![^\W\d_])"
)
_LOUDNESS_WORD = quick(
    r"(?<![^\W\d_])(?:loudness|lautheit|normali[sz]\w*|normaliz\w*|normalis\w*|нормализ\w*|громкость|гучність|"
    r"głośność|hlasitost|volume|volumen|lautstärke|master\w*)(?![^\W\d_])|ラウドネス|라우드니스|响度|響度|ノーマライズ|노멀라이즈"
)


# What a format named in a story is said with: sent, exported, had, or too big ('I already sent the wav', 'ya se lo
# mandé en wav', 'die WAV ist zu groß', 'wav로 보냈는데', 'wav 送ったけど重い').
_FORMAT_STORY = quick(
    r"(?<![^\W\d_])(?:sent|exported|too big|too large|too heavy|envoyé\w*|mandé|mandado|mandei|enviado|enviei|"
    r"envié|geschickt|exportiert|verschickt|inviato|mandato|esportato|отправил\w*|скинул\w*|надіслав\w*|"
    r"wysłał\w*|poslal\w*|poslao|pratih|пратих|изпратих|gönderdim|göndermişəm|kirim\w*|gửi|trimis|dikirim|έστειλα|"
    r"trop lourd\w*|trop gros\w*|muy pesad\w*|demasiado grande|grande demais|zu groß|troppo grand\w*|"
    r"troppo pesant\w*|слишком больш\w*|завелик\w*|za duż\w*|terlalu besar|nặng quá|prevelik|te groot|for stor|"
    r"för stor|liian iso|túl nagy|prea mare|πολύ μεγάλο|أرسلت\w*|ارسلت\w*|بعثت\w*|كبير جدا\w*|भेजा|भेजी|بھیجا|"
    r"পাঠিয়েছি|அனுப்பிட்டேன்)(?![^\W\d_])"
    r"|보냈|送った|重すぎ|大きすぎ|发了|發了|发过|發過|太大|ส่ง\S*แล้ว|ใหญ่เกิน"
)
# ... and what makes the last clause no plain ask for its format: a refusal or a comparison ('not mp3', 'mp3じゃなくて',
# 'mp3 말고', 'mp3 sounds worse', 'flac is better').
_FORMAT_NOT_ASKED = quick(
    r"(?<![^\W\d_])(?:not|no|nicht|kein\w*|pas|non|não|nao|не|nie|ne|inte|ikke|niet|ni|sounds?|better|worse|mejor|"
    r"peor|meilleur|pire|besser|schlechter|migliore|peggio|melhor|pior|лучше|хуже)(?![^\W\d_])"
    r"|じゃなく|ではなく|말고|아니라|不要|别|別|而不是"
)
# ... nor a format refused right before it ('never mp3', 'niente mp3', 'nada de mp3', 'jamais en mp3', 'никакого mp3',
# 'bukan mp3', 'không phải mp3') or run down right after it ('mp3 is too lossy', "mp3 won't do", 'mp3 jelek', 'mp3不行',
# 'mp3は音質が落ちる', 'mp3는 음질이 별로'), unless a 'but' or 'fine' turns it ('lossy but fine').
_FORMAT_REFUSED_BEFORE = quick(
    r"(?<![^\W\d_])(?:never|niemals|nunca|jamais|niente|nada de|никако\w*|nigdy|bukan|không phải)\s+(?:[^\W\d_]{1,3}\s+)?$",
    re.IGNORECASE,
)
_FORMAT_RUN_DOWN_AFTER = quick(
    r"^\W{0,3}(?:(?:is|are|was|sounds?|files?|ist|est|es|è|é)\s+)?(?:(?:too|so|really|very|way|zu|trop|muy|troppo|muito)\s+)?"
    r"(?:lossy|won['’]t do(?=\s*[,.!;]|\s*$)|doesn['’]t work|no good|jelek|buruk|jele?k banget|不行(?![吗嗎?？])|は音質が|"
    r"の音質が|는\s*음질|음질이?\s*별로|(?:suena|soa|sonne|klingt|suona|звучит)\s+(?:fatal|mal|horrible|schlecht|"
    r"male|плохо|ruim)|hors de question|trash|garbage|sucks)",
    re.IGNORECASE,
)
_FORMAT_TURNED = quick(r"(?<![^\W\d_])(?:but|fine|ok|okay|değil|aber|mais|pero|ma|mas|tapi)(?![^\W\d_])|không sao|괜찮")
_CLAUSE_MARK = quick(r"[.!?。！？\n;；]|,\s|，|、")


def _format_after_a_story(text: str) -> re.Match[str] | None:
    """The one format named in the request's last clause that names one, where every other format named is in an
    earlier clause that tells a story of it (see above) and the last clause tells none; None otherwise."""
    found = list(_BARE_FORMAT.finditer(text))
    stops = [m.start() for m in _CLAUSE_MARK.finditer(text)]

    def clause(at: int) -> tuple[int, int]:
        lo = max((p for p in stops if p < at), default=-1) + 1
        hi = min((p for p in stops if p >= at), default=len(text))
        return lo, hi

    last = max(found, key=lambda f: f.start())
    lo, hi = clause(last.start())
    if _FORMAT_STORY.search(text, lo, hi) or _FORMAT_NOT_ASKED.search(text, lo, hi):
        return None
    if (
        _FORMAT_REFUSED_BEFORE.search(text[max(lo, last.start() - 24) : last.start()])
        or _FORMAT_RUN_DOWN_AFTER.search(text[last.end() : hi])
    ) and not _FORMAT_TURNED.search(text, last.end()):
        return None
    for f in found:
        if _format_of(f) == _format_of(last):
            continue
        if f.start() >= lo or not _FORMAT_STORY.search(text, *clause(f.start())):
            return None
    return last


def _format_taken_back(text: str) -> re.Match[str] | None:
    """The second of two formats where words that take a value back stand between them, and nothing after it names
    the first again: the one meant."""
    from ace_step_mcp.router.read import TAKEN_BACK_AT

    found = list(_BARE_FORMAT.finditer(text))
    first, last = found[0], found[-1]
    if _format_of(first) == _format_of(last) or any(_format_of(f) == _format_of(first) for f in found[1:]):
        return None
    back = max(TAKEN_BACK_AT.finditer(text, first.end(), last.start()), key=lambda b: b.start(), default=None)
    # (right before it, a hesitation or 'make it' between at most: 'wav, no wait, flac', 'mp3로 뽑아줘 아 아니 flac으로';
    # not 'Sorry, the wav you sent was too big', 'mejor, el wav pesa demasiado', 'нет смысла в wav')
    if back is None or not _RIGHT_BEFORE.fullmatch(text, back.end(), last.start()):
        return None
    # (in the second format's own clause: not 'mp3 please, is that possible?', 'mp3, otherwise the file is too big')
    ends = [p for p in (text.find(c, last.end()) for c in ".!?。！？\n,，、;") if p != -1]
    hi = min(ends, default=len(text))
    if (
        _FORMAT_STORY.search(text, last.end(), hi)
        or _TOO_BIG.search(text, last.end(), hi)
        or text[hi : hi + 1] in ("?", "？")
    ):
        return None  # ('やっぱりwavは重すぎるので', 'wait, would flac be better?')
    # (not where the second is refused: 'wav, nein, nicht mp3')
    return None if _NOT_THIS_FORMAT.search(text, back.end(), last.start()) else last


# ... or said too big after it ('yani wav çok büyük geliyor'; not in _FORMAT_STORY: 'çok büyük olsa da wav olsun')
_TOO_BIG = quick(r"(?<![^\W\d_])(?:çok büyük|çok ağır|büyük geliyor)(?![^\W\d_])")
_RIGHT_BEFORE = quick(
    r"[\s,.…!:-]*(?:(?:uh|um|eh|ah|hmm|아|あ|えっと|make it|let'?s say|in|as|en|als|como|em|на|в|kimi|olarak|"
    r"bản|dưới dạng|i meant|i mean|to|into|rather|instead|actually|better|mejor|plutôt|lieber|piuttosto|"
    r"a|à|zu|naar|till|do|还是|還是|就|用|그냥|그냥요)[\s,.…!:-]*)*"
)  # ('save it as wav, sorry, I meant mp3', '导出成wav格式，不对，还是mp3吧', 'wav로 뽑아줘, 아 아니 그냥 mp3로')


def deliverable_words(text: str, why: list[str], fade_word: str | None = None) -> dict[str, Any]:
    """The deliverable options a request names: 'as an mp3', 'normalise to -14 LUFS', 'make it loop',
    'a 3 s fade out', 'trim the first 2 s'."""
    found: dict[str, Any] = {}
    m = _FORMAT.search(text) or _BARE_FORMAT.search(text)
    named = {_format_of(f) for f in _BARE_FORMAT.finditer(text)}
    wanted = [  # ("I don't want it as wav": not that one)
        f for f in _FORMAT.finditer(text) if not _NOT_THIS_FORMAT.search(text, max(0, f.start() - 24), f.start())
    ]
    marked = {_format_of(f) for f in wanted}
    if len(named) > 1 and (told := _format_after_a_story(text)) is not None:
        # ('이미 wav로 두 번이나 보냈는데 용량이 커서 안 열린대요. mp3 256kbps로 뽑아 주세요', 'Já lhe mandei o wav mas é
        # grande demais. Faz em mp3'): the format of a story told first, then the one asked for in the last clause
        named, marked, m = {_format_of(told)}, {_format_of(told)}, told
        wanted = [told]
    if len(named) == 2 and (turned := _format_taken_back(text)) is not None:
        # ('これWAVで書き出して いや やっぱりFLACで', 'mp3로 뽑아줘 아 아니 flac으로', 'mp3 kimi ver yox yox wav kimi ver'): the
        # first format taken back, the second meant
        named, marked, m, wanted = {_format_of(turned)}, {_format_of(turned)}, turned, [turned]
    if len(named) > 1 and len(marked) != 1:
        # 'mp3 ei kelpaa … wav-muotoisena', 'fail wav terlalu besar. Boleh tukar ke mp3': two formats, and which
        # is the one wanted is in words around them; a question, not the first named ('convert the wav to mp3'
        # marks one: 'to mp3').
        found[TWO_FORMATS] = sorted(named)
    elif m:
        if len(named) > 1:
            m = wanted[0]  # ('I don't want it as wav, send it as mp3': the one marked and not refused)
        found["output_format"] = _format_of(m)
        why.append(f"'{_quote(text, m)}' → {found['output_format']}")
    if rate := _bitrate(text, found.get("output_format")):
        found["bitrate_kbps"] = int(next(g for g in rate.groups() if g))
        why.append(f"'{_quote(text, rate)}' → {found['bitrate_kbps']} kbps")
    lufs = _target_level(text)
    norm = (
        None
        if _MIXED_TOO.search(text)
        else _has(text, _NORMALISE)
        or (m_norm.group(0) if (m_norm := re.search(r"\bnormali[sz](?:e|ed|ing)\b", text)) else None)
    )
    if (
        not lufs
        and (db := _DB_LEVEL.search(text))
        and (_LOUDNESS_WORD.search(text) or _beside_a_format(text, db.start(), db.end()))
    ):
        # ('normalize to -16 dB': not -14 by default; 'export wav and cut -3 db': a gain or a level? asked)
        found[DB_LEVEL] = db.group(0).strip()
    elif lufs or norm:
        found["loudness_lufs"] = -float(lufs.group(1) or lufs.group(3)) if lufs else -14.0
        why.append(f"'{lufs.group(0) if lufs else norm}' → loudness {found['loudness_lufs']:g} LUFS")
    elif (bare := _bare_level(text)) is not None:
        found["loudness_lufs"] = -float(bare.group(1))
        why.append(f"'{bare.group(0).strip()}' beside a format → loudness {found['loudness_lufs']:g} LUFS")
    elif (gain := _gain_level(text)) is not None:
        found[DB_LEVEL] = gain.group(0).strip()  # ('voce più bassa -6 e poi wav': a gain, or a level? asked)
    elif (platform := _louder_for(text)) is not None:
        # 'make it louder for YouTube pls', 'deixa mais alto pro YouTube': the platform's own level (-14 LUFS, which
        # YouTube and Spotify play at); with no platform the level is asked
        found["loudness_lufs"] = -14.0
        why.append(f"'{platform}' → loudness -14 LUFS, the level it plays at")
    loop = _LOOP.search(text)
    if loop and (_titled_before(text, loop) or loop_not_wanted(text, loop)):
        loop = None  # a title ('a song called Loop de Loop'), or no loop wanted ('don't loop it'), not a loop
    if loop:
        found["loop"] = True
        why.append(f"'{_quote(text, loop)}' → a seamless loop")
    if "fade in uscita" in text:  # ('dissolvenza in uscita di 3': the cue pass read 'in' as the way)
        text = text.replace("fade in uscita", "fade out ")
    neutral = fade_word is not None and not (_FADE_OUT_WORD.search(fade_word) or _FADE_IN_WORD.search(fade_word))
    if (
        fade_word is not None
        and not neutral
        and text.count("fade") == 1
        and re.search(r"fade[^\d,.;]{0,16}\d", text)  # (a fade's seconds said: not 'ztlum trochu basu', turn it down)
        and not _NO_FADE.search(text)  # ('убери затухание …', 'без затухания …', 'затухание … не нужно')
    ):
        # ('добавь затухание на 2 секунды': the cue pass wrote 'затухание' as a bare 'fade'; its way is its own)
        way = "out" if _FADE_OUT_WORD.search(fade_word) else "in"
        text = re.sub(r"fade(?![- ]?(?:in|out|ind|ud)(?![^\W\d_]))", f"fade {way}", text, count=1)
    if (
        "fade" in text
        and neutral  # (a fade word that says its way, 'einblenden', 'затухание', decides it)
        and fade_word != "fade"  # (English says its way itself: 'let the fade start 10 s before the end' is no fade in)
        and not _NO_FADE.search(text)  # ('sin fade al final', 'pas de fondu à la fin', 'remove the fade at the end')
        and not _PART_OF_A_TRACK.search(text)  # ('fondu au début du deuxième couplet': inside a part, asked)
    ):
        for place, said in _FADE_WHERE:
            text = place.sub(said, text)
        if "fade in" in text or "fade out" in text:
            text = _FADE_OTHER_END.sub(
                lambda m: f"{m.group(1) or ''} fade {'in' if m.group(2) == 'start' else 'out'} {m.group(3)}", text
            )
    for fm in _FADE.finditer(text):
        if _FADE_NOT_SECONDS.match(text, fm.end()):
            continue  # 'fade out over the last 8 bars', 'fade out 500ms': a length the fade fields cannot hold, asked
        seconds = float(fm.group(1) or fm.group(3) or 3.0)
        way = {"ind": "in", "ud": "out", "inn": "in", "ut": "out"}.get(fm.group(2).lower(), fm.group(2).lower())
        # (Danish 'fade ind / ud', Norwegian and Swedish 'fade inn / ut')
        found[f"fade_{way}_s"] = seconds
        why.append(f"'{_quote(text, fm)}' → fade {way} {seconds:g} s")
    for tm in _TRIM.finditer(text):
        if tm.group(1) and tm.group(1).lower() not in ("first", "last", "start", "end", "beginning"):
            after = _WORD_AFTER.match(text, tm.end())
            if after and after.group(1).lower() not in _AFTER_A_TRIM and not _OF_SILENCE.match(text, tm.end()):
                continue  # ('tira os últimos 5 segundos da voz', '最后5秒的鼓'): a part of the mix, not the track
            if (
                after
                and after.group(1).lower() in ("i", "a", "en", "in")
                and _style_found(text[after.end() : after.end() + 24])[0]
            ):
                continue  # ('fjern de sidste 4 sekunder i trommerne': 'i' is 'in' there, of the drums, not 'and')
        if tm.group(7):
            before = _WORD_BEFORE.search(text, max(0, tm.start() - 24), tm.start())
            if before and before.group(1).lower() not in _AFTER_A_TRIM:
                continue  # ('gitarı son 5 saniyeden sil': the guitar of the last 5 s, not the track's end)
        thai = _THAI_ENDS.get(tm.group(10) or "")
        end_said = (tm.group(1) or tm.group(4) or tm.group(7) or thai or ("end" if tm.group(6) else "")).lower()
        seconds = float(tm.group(2) or tm.group(3) or tm.group(5) or tm.group(8) or tm.group(9))
        key = "trim_start_s" if end_said in _FIRST_WORDS else "trim_end_s"
        found[key] = seconds
        why.append(f"'{_quote(text, tm)}' → {key.replace('_', ' ')} {seconds:g}")
        also = _TRIM_ALSO.match(text, tm.end())
        if also is not None:  # 'trim the first 5 seconds and the last 5', 'обрежь первые 5 s и последние 5'
            other = "trim_end_s" if also.group(1).lower() not in _FIRST_WORDS else "trim_start_s"
            if other != key and other not in found:
                found[other] = float(also.group(2))
                why.append(f"'{_quote(text, also)}' → {other.replace('_', ' ')} {float(also.group(2)):g}")
    return found


# -- the plan ----------------------------------------------------------------------------------------


DELIVERABLE_KEYS = ("output_format", "bitrate_kbps", "loudness_lufs", "loop")


def find_track_ref(text: str) -> str | None:
    m = _TRACK_REF.search(text)
    return m.group(1) if m else None


def _has(text: str, words: tuple[str, ...], glued: bool = False) -> str | None:
    for w in words:
        if w not in text:  # the cheap test first: most words are not there at all
            continue
        if not w.isascii() or _table_word(w, glued).search(text):
            return w
    return None


@cache  # called with the tables' own words only: a fixed, finite set
def _table_word(w: str, glued: bool = False) -> re.Pattern[str]:
    """A table's word as a whole word: an ASCII one bounded by non-word characters, another as written (a
    script without spaces has no word boundary to ask for). Compiled once, not escaped again per request.
    With `glued`, an ASCII word is whole beside a letter of a script written without spaces as well ('加个intro，
    10秒', 'intro를 10초'): asked only of the edit, extension and side tables, whose Latin words people glue so. Not
    of the others: 'instrumental' glued is cues.py's to read, with its glued negation; 'rough一点' is no budget, and
    '8bit風のJ-POP' no vocal language."""
    if not w.isascii():
        return quick(re.escape(w))
    if not glued:
        return quick(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])")
    return quick(f"(?:(?<![\\w-])|(?<=[{GLUED_SCRIPTS}])){re.escape(w)}(?:(?![\\w-])|(?=[{GLUED_SCRIPTS}]))")


def _quote(text: str, m: re.Match[str] | Span) -> str:
    a, b = (m.start(), m.end()) if isinstance(m, re.Match) else (m.start, m.end)
    return text[a:b].strip()


_ADD = quick(
    r"\badd\b|\bañade|\bagrega|\bajoute|\bfüge|\badicione|\bacrescente|\baggiungi|\bvoeg|добав|追加|添加|加上|추가|जोड़"
)
# Genre names that mean vocals in a language; other language words (bossa nova, chanson, español) only
# do next to a word about singing.
_STRONG_LANGUAGE_WORDS = frozenset({"j-pop", "jpop", "k-pop", "kpop", "c-pop", "mandopop", "bollywood"})

# The styles among them, not names of a language: lyrics given in another language are sung in theirs.
_STYLE_LANGUAGE_WORDS = frozenset(
    {"j-pop", "jpop", "anime", "city pop", "k-pop", "kpop", "c-pop", "latin pop", "chanson", "bossa nova", "bollywood",
     "khaleeji", "خليجي", "خليجية", "خليجيه", "brazilian"}
)  # fmt: skip

# Words that are requests, not styles: never tags on their own.
# Words that say 'another', 'again', 'the same' or 'undo' and nothing of a style: never the tags of a piece.
_NO_STYLE_SAID = quick(
    r"(?:un['’]?\s*|une\s+|un\s+|eine?\s+|una\s+|uma\s+|um\s+|ещё\s+|еще\s+|ek\s+|one\s+)?"
    r"(?:altra|altro|otra|otro|outra|outro|autre|another|andere\w*|anderes|more|aur|again|nochmal|encore|"
    r"undo|revert|annulla\w*|deshaz\w*|desfaz\w*|отмени\w*|отмена|верни\w*|скасуй\w*|поверни\w*|rückgängig|"
    r"один|одну|ещё|еще|再来|再來|再一首|撤销|撤銷|取り消\w*|元に戻\w*|되돌려\w*|취소\w*|nog\s+eentje|eentje|"
    r"bir\s+(?:tane\s+)?daha|daha|ok|okay|otra\s+vez|ещё\s+раз|еще\s+раз|nochmal|de\s+nouveau|ancora|de\s+novo)"
    r"(?:\s+(?:это|эту|этот|it|this|that|one|mal|uno|una|fois|volta|vez|più|pls|please|bitte))?"
    # ('一样的但是3分钟' with no track: 'the same' of nothing open, no style)
    r"|(?:一样的?|一樣的?|同じ|같은|the\s+same|same|dasselbe|das\s+gleiche|lo\s+mismo|le\s+même|lo\s+stesso|o\s+mesmo|"
    r"то\s+же\s+самое|نفس\s+الشي)(?:\s+(?:但是|但|but|aber|pero|mais|ma|mas|но|بس))?"
)
_SAME_OF = quick(
    r"(?<![^\W\d_])(?:the\s+same|same\s+(?:thing|one|again)|dasselbe|das\s+gleiche|lo\s+mismo|le\s+même|lo\s+stesso|"
    r"o\s+mesmo|то\s+же\s+самое|نفس\s+الشي)(?![^\W\d_])|一样的|一樣的|同じ|똑같이|같은\s*걸로"
)
_NON_STYLE = frozenset(
    {"replace", "fix", "redo", "extend", "add", "intro", "outro", "end", "start", "beginning", "longer", "it",
     "this", "track", "song", "first", "last", "section", "part", "window", "seconds", "more", "less", "again"}
    | {w for w in EDIT_WORDS + EXTEND_WORDS}
)  # fmt: skip


def _decades(text: str) -> list[tuple[int, int, str]]:
    """Decades named in the request ('the 80s', 'années 80', '80年代', '1950s'), as tags like '80s'; a bare '90s'
    only where it is not a time ('90s hip hop', not 'a 90s intro')."""
    from ace_step_mcp.router.lang import decade_tags
    from ace_step_mcp.router.read import APPROX_BEFORE

    found = decade_tags(text)
    for m in re.finditer(r"(?<![\w.:'’])[1-9]0s(?![\w])", text):
        if APPROX_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue  # '~90s lofi beat': about 90 seconds
        if _not_a_time(text, m) or re.search(r"(?:the|from|of|des|in)\s+$", text[max(0, m.start() - 6) : m.start()]):
            found.append((m.start(), m.end(), m.group(0).lower()))
    return found


# A word that excludes the style term right after it: 'without piano', 'sem piano', 'ohne Klavier' are none.
# A verb said not to be done ("don't regenerate anything", "nichts neu generieren", "sin regenerar nada",
# "ne régénère rien"): neither a cue nor an edit word.
_NOT_THIS = quick(
    r"(?<![\w-])(?:don'?t|do not|never|not|without|nichts|nicht|kein\w*|sin|no|sans|ne|senza|non|sem|não|nao|"
    r"niet|geen|zonder|не|без|nie|bez|ingen|inte|ikke|no need to|don'?t need to|already|i already|yesterday i|"
    r"earlier i|ya|schon|déjà|già|já|уже|ej|nem|bukan|tidak|όχι)\s+"
    # 'ikke en forlengelse', 'not an extension', 'pas une extension': the noun after its article
    r"(?:(?:a|an|any|un|une|una|uno|ein|eine|einen|en|et|ett|een|um|uma|egy|jedno|jeden)\s+)?$"
)


def _without_negated(text: str, cues: list[Cue]) -> tuple[str, list[Cue]]:
    """The text with negated regenerate/extend/add verbs blanked (positions kept), and the cues without them."""
    kept = []
    for cue in cues:
        if cue.kind in ("regenerate", "extend", "add") and _NOT_THIS.search(text[max(0, cue.start - 16) : cue.start]):
            text = text[: cue.start] + " " * (cue.end - cue.start) + text[cue.end :]
            continue
        kept.append(cue)
    return text, kept


_NEGATED = quick(
    r"(?<![\w-])(?:without|no|not|nothing|nada|nichts|rien|niente|sin|sem|sans|ohne|senza|без|zonder|bez|utan|uten|"
    r"uden|tanpa|không|χωρίς|בלי|"
    r"sense|bila|fără|fara|walang|wala|बिना|بغیر|بدون|ilman|minus|remove|drop|lose|mute|cut|kill|take out|get rid of|"
    r"except|except for|excepto|außer|sauf|tranne|exceto|кроме|"
    # ('geen drums', 'keine Drums', 'ingen drums', 'ikke noget klaver', 'nessun piano': the English term refused)
    r"geen|kein|keine|keinen|keiner|ingen|inga|ikke|ikkje|nessun|nessuna|nessuno|nada de|pas de)\s+"
    r"(?:any\s+|a\s+|de\s+|di\s+|the\s+|noget\s+|noe\s+|något\s+|någon\s+|all\s+(?:the\s+)?)?$"
)
# ... and the verbs of not wanting before it, where its clause ends after it ('I don't want any guitar', not 'I
# don't need drums to be loud', 'não quero bateria muito alta').
_NOT_WANTED = quick(
    r"(?<![\w-])(?:(?:don'?t|do not|dont) (?:want|add)|(?:tak|tidak|gak|ga|nggak) (?:usah|perlu)|no quiero|"
    r"não quero|nao quero|non voglio|не хочу)\s+(?:any\s+|a\s+|de\s+|di\s+|the\s+|all\s+(?:the\s+)?)?$"
)
# An instrument or sound the request excludes, in a language whose words the term list lacks.
_EXCLUDED = quick(
    r"(?<![\w-])(?:without|sin|sem|sans|ohne|senza|zonder|utan|uten|uden|tanpa|bila|fără|fara|sense|ilman|bez|без|walang|"
    r"χωρίς|בלי)\s+(?:(?:de|di|la|il|le|o|a|el|los|las|les|der|die|das|den|any|the)\s+)?([^\W\d_][\w'-]{2,})"
)
# A style term followed by an article is a verb there ('drop the drums', 'loop the chorus'), not a sound.
_COVER_OF = quick(
    r"(?<![^\W\d_])(?:a cover of|cover of|covers? version|(?:my|our|your)\s+own\s+(?:version|take|rendition)\s+of(?!\s+(?:a|an|some)\s)|кавер\w*|кавър\w*|каверу|reprise de|versión de|versao de|"
    r"versão de|cover de|cover di|cover von)(?![^\W\d_])|翻唱|커버|カバーして|カバー曲"
    # 'a Wonderwall cover', 'cover på Dancing Queen', 'coverversion', 'cover'ını', 'कवर', 'كفر لأغنية': any cover,
    # but not an album's or a book's, nor cover art, a photo or a letter
    r"|(?<![^\W\d_])(?<!album )(?<!book )(?<!magazine )(?<!under )(?:cover|covers|coverversion\w*|coverlåt\w*|"
    r"covernummer\w*|coveria|coverin\w*|cover['’]\w+|coverul\w*|kavera)(?![^\W\d_])"
    r"(?!\s+(?:art|photo|picture|image|letter|story|design|page|reveal|shoot|band\b))"
    r"|(?<![^\W\d_])(?:कवर|ਕਵਰ|কভার|கவர்|కవర్|کاور|קאבר|كفر ل|كفر لأغنية|كفر لاغنية|كوفر)"
)
# 'March' the month: a day after it (not a length or a tempo: 'a military march 2 minutes long', 'a slow march 90
# bpm'), a day or a word of time before it ('the 3rd of March', 'last March', 'the Ides of March'), 'Madness' after;
# never where a word of music follows ('in march tempo').
_DAY_AFTER = quick(
    r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*-?\s*(?:min\w*|s\b|secs?\b|seconds?\b|bpm\b|hours?\b|h\b))|\s+madness\b"
)
_DAY_BEFORE = quick(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$|"
    r"\b(?:on|in|since|until|by|early|late|mid|last|next|ides of)\s+(?:early\s+|late\s+|mid\s+)?$"
)
_MARCH_MUSIC_AFTER = quick(r"\s+(?:tempo|time|rhythm|style|beat|feel|pace|music|band|song|piece|for|with)\b")
_VERB_AFTER = quick(r"\s+(?:the|all|any|those|these|it|them)\b")


# A noun for a piece written onto a style word, in the languages that join words ('reggaenummer', 'folk-nummer',
# 'Jazzstück', 'rocklåt', 'popdal', 'rock-pesma', 'Technotrack'): the style word is the word's first part. Only
# these nouns: 'rock-solid', 'soul-searching', 'pop-up', 'drum-free' are no style.
_PIECE_NOUN = (
    r"(?:-?(?:nummer|numre|numret|nummeret|låt|låten|låtar|sang|sangen|sange|lied|lieder|liedje|song|songs|stück|"
    r"stücke|stuk|stukje|stykke|stycke|musik|musiken|muziek|musikk|musikken|musiikki|musiikkia|kappale|biisi|zene|"
    r"zenét|dal|dalt|melodie|melodi|track|tracks|ballade|stil|stijl|beat|beats|band|spor|spår|tónlist|muzika|"
    r"muzyka|hudba|glazba|pesma|pjesma|piesň|píseň|piosenka|utwór|"
    # (and typed without their letters: 'jazzlat', 'Jazzstueck', 'rockova pisen')
    r"lat|laten|latar|stuck|stueck|stucke|stuecke|pisen|piesn|tonlist)(?![\w-]))"
)


@cache  # the style table's terms only
def _bounded_term(term: str) -> re.Pattern[str]:
    if " " in term or len(term) < 3 or not term.isalpha():
        return quick(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])")
    return quick(r"(?<![\w-])" + re.escape(term) + r"(?:(?![\w-])|(?=" + _PIECE_NOUN + r"))")


def extract_tags(text: str, *, instrumental: bool, bpm: int | None, language: str | None) -> str:
    """Genre, mood, instrument and tempo words of the request, in order; filler dropped."""
    tags = [t for _, t in _style_found(text)[0]]
    if language and not any(language.lower() in t for t in tags):
        tags.append(f"{language.lower()} vocal")
    if bpm and not any("bpm" in t for t in tags):
        tags.append(f"{bpm} BPM")
    if instrumental and "no vocals" not in tags:
        tags.append("no vocals")
    return ", ".join(dict.fromkeys(tags))


_DISCO_IS_A_RECORD = quick(
    r"(?<![^\W\d_])(?:del|nel|sul|dal|dello|il|questo|quel|mio|mi|tu|su|este|ese|nuestro|do|no)\s+$"
)
_SAD_IS_NOW = quick(
    r"\s+(?:mi|nam|ti|je|smo|su|ću|cu|ćemo|napravi|uradi|daj|dajte|treba|trebam|idemo|ajde|hajde)(?![^\W\d_])"
)
_FREE_OF = ("-free", "-less", " free", "-frei", "-los", "-fri", "-vrij", "-mentes")
_GLUED_FREE = quick(r"[^\W\d_]{0,3}(?:frei|fri|vrij|loos|vapaa|mentes)(?![^\W\d_])")


@lru_cache(maxsize=16)  # a plan asks about one text several times (its tags, whether it names a style)
def _style_found(text: str) -> tuple[tuple[tuple[int, str], ...], frozenset[str]]:
    """(position, tag) of the request's style terms in order (English terms, the style words of the 49 other
    languages as their English tags, decades, keys), and the tags only a word of another language gave."""
    from ace_step_mcp.router.lang import key_tags
    from ace_step_mcp.router.style_words import clause_ends, excluded_after, find

    spans: list[tuple[int, int, str]] = []
    covered = bytearray(len(text))  # characters a longer term already took: linear, however long the text
    for term in _STYLE_TERMS_LONGEST_FIRST:
        if term not in text:
            continue
        for m in _bounded_term(term).finditer(text):
            if any(covered[m.start() : m.end()]):
                continue
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if " " not in term and _VERB_AFTER.match(text, m.end()):
                continue
            if term == "sad" and _SAD_IS_NOW.match(text, m.end()):
                continue  # ('super, sad mi napravi 3 verzije …': Croatian, Serbian, Bosnian 'now')
            if term == "disco" and _DISCO_IS_A_RECORD.search(text, max(0, m.start() - 12), m.start()):
                continue  # ('nella traccia 5 del disco', 'la canción 3 de mi disco': the record)
            if (
                term == "march"
                and (_DAY_AFTER.match(text, m.end()) or _DAY_BEFORE.search(text, 0, m.start()))
                and not _MARCH_MUSIC_AFTER.match(text, m.end())
            ):
                continue  # 'turns 16 on March 3rd': the month, no march
            before = text[max(0, m.start() - 24) : m.start()]
            negated = not term.startswith("no ") and (
                text.startswith(_FREE_OF, m.end())  # 'drum-free', 'guitar-less': without it
                or _NEGATED.search(before)
                or (_NOT_WANTED.search(before) and clause_ends(text, m.end()))
                or excluded_after(text, m.end(), m.start())
            )
            spans.append((m.start(), m.end(), f"no {term}" if negated else term))  # 'without piano' is no piano
    english = {t for _, _, t in spans}
    # 'Klavier', 'спокойное пианино', '钢琴为主': the English tag the model was trained on, where no English term
    # of the list already took the place ('piano' is Italian and Spanish too).
    for f in find(text):
        if any(covered[f.start : f.end]):
            inside = [x for x in spans if f.start <= x[0] and x[1] <= f.end and x[1] - x[0] < f.end - f.start]
            if not inside or any(
                covered[i] and not any(a <= i < b for a, b, _ in inside) for i in range(f.start, f.end)
            ):
                continue
            # ('funk carioca', 'disco polo': a style of its own a word of the list starts; its whole name wins)
            spans = [x for x in spans if x not in inside]
            english -= {t for _, _, t in inside}
        also_negated = not f.negated and (
            _NEGATED.search(text[max(0, f.start - 16) : f.start])
            or text.startswith(_FREE_OF, f.end)
            or _GLUED_FREE.match(text, f.end) is not None
            or _GLUED_FREE.search(text, max(f.start, f.end - 9), f.end)
            is not None  # 'schlagzeugfrei', 'trommelvrij', 'rumpuvapaa'
        )
        spans.append((f.start, f.end, f"no {f.tag}" if also_negated else f.tag))
    spans = _negation_shared(text, sorted(spans))
    spans = [(a, b, f"no {t}" if not t.startswith("no ") and _negated_across(text, a, b) else t) for a, b, t in spans]
    # An instrument refused for the whole piece is no tag of it too ('פלייבק ג'אז לתרגול סקסופון, בלי סקסופון': a
    # backing track to practise the sax over); refused only in a part ('no piano solo', 'no piano for the rest'), the
    # instrument stays.
    refused = {t[3:] for _, b, t in spans if t.startswith("no ") and not _ONLY_A_PART_AFTER.match(text, b)}
    spans = [x for x in spans if x[2] not in refused]
    found: list[tuple[int, str]] = [(a, t) for a, _, t in spans]
    native = frozenset(t for _, t in found) - english
    found.extend((start, decade) for start, _, decade in _decades(text))
    found.extend((start, key) for start, _, key in key_tags(text))
    return tuple(sorted(found)), native


_ONLY_A_PART_AFTER = quick(
    r"\s*(?:solo|intro|outro|part|section|break|bridge|chorus|verse|for the rest|after|until|in the|on the|after that|"
    r"solos?|teil|parte|partie|sezione|соло|часть|ソロ|솔로|独奏|ソロ)(?![^\W\d_])"
)


# Only a word for 'and', 'or' or 'nor' between two style words: one negation is said of both ('without drums and
# guitar', 'senza batteria né chitarra', 'ни гитары, ни барабанов', '不要鼓和吉他', 'ドラムとギターなし').
_JOINED_ONLY = re.compile(
    r"[\s,、，]*(?:(ni|né|nor|noch|ani|nici|ούτε|eikä|ولا|ולא|也不|ни|nem)"
    r"(?:\s+(?:el|la|le|les|los|las|il|lo|the|das|die|der|den|o|a|os|as|de|du|des|di))?|and|or|&|и|или|й|та|і|або|e|ed|y|o|und|oder|et|"
    r"ou|i|a|ja|tai|och|eller|og|en|of|ve|veya|ne|ile|dan|atau|và|hoặc|و|أو|ו|או|και|ή|și|sau|na|au|at|"
    r"和|与|與|或|跟|及|과|와|이랑|랑|하고|나|と|や|も|और|या|ও|এবং|বা|மற்றும்|మరియు|และ|หรือ)[\s,、，]*"
)


# One negation of two words joined by 'and', the other a word no table knows: 'بدون درام و گیتار' (without drums
# and guitar: the guitar too), '드럼이랑 기타 없이' (without drums and guitar: the drums too).
_NOT_AFTER_IT = quick(
    r"\s*(?:じゃなく|じゃない|ではなく|말고|아니고|아니라|는 말고|은 말고"
    # ... nor a no-vocals word that goes on as another: '歌がないと寂しい' (without a song it is lonely), '没人唱过'
    # (nobody has sung), 'without voice cracks', 'without voice-over', 'geen gezang maar rap' (rap, not singing)
    r"|と(?!か)|过|過|-?\s*over(?![^\W\d_])|cracks?(?![^\W\d_])|,?\s*(?:but|maar|heldur|sondern|mais|ma|pero|mas|"
    r"а|но|але|ale|men|mutta|ama|tapi|nhưng)\s+(?:rap\w*|rapp\w*|рэп\w*|реп\w*|spoken|beatbox\w*))"
)
_NEGATION_THEN_WORD_AND = quick(
    r"(?<![\w-])(?:without|sin|sem|sans|ohne|senza|без|zonder|bez|utan|uten|uden|tanpa|không|χωρίς|בלי|بدون|بی|"
    r"bila|fără|ilman|walang)\s+([^\W\d_]+),?\s+(?:and|or|nor|y|e|et|und|и|или|و|và|dan|ve|a|og|och|en|ja|și|και|ו|"
    r"ni|né)\s+$"
)
# ... not where the word and its negation are an idiom: 'sin prisa' (unhurried), 'tanpa henti' (nonstop), 'بدون شک'
_NEGATION_IDIOMS = frozenset(
    {"prisa", "pressa", "pausa", "parar", "fin", "fim", "fine", "end", "doubt", "stopping", "break", "henti", "berhenti",
     "ragu", "شک", "وقفه", "توقف", "ספק", "הפסקה", "sosta", "arrêt", "zweifel", "pause", "сомнения", "остановки",
     # no singing, and a piano: what it has ('nhạc không lời và piano', 'sin voz y guitarra')
     "lời", "loi", "vocals", "vocal", "voz", "voce", "voix", "paroles", "letra", "lyrics", "singing", "canto",
     "gesang", "слов", "вокала", "wokalu", "vokal", "vokala", "suara", "boses", "کلام", "آواز", "غناء", "שירה"}
)  # fmt: skip
_AND_WORD_THEN_NEGATION = quick(r"(?:이랑|랑|와|과|하고)?\s+[^\W\d_]+\s*(?:없이|없는|빼고|말고|는 빼|은 빼)")
_KOREAN_AND = ("이랑", "랑", "와", "과", "하고")


def _negated_across(text: str, start: int, end: int) -> bool:
    """A style word whose negation is said of it past a word the tables do not know (see above), where its clause
    ends after it."""
    from ace_step_mcp.router.style_words import clause_ends

    before = text[max(0, start - 48) : start]
    if before.endswith(("و", "ו")):  # the 'and' written onto the word ('بدون درام وگیتار')
        before = before[:-1] + " و "
    m = _NEGATION_THEN_WORD_AND.search(before)
    if m is not None and m.group(1) not in _NEGATION_IDIOMS and clause_ends(text, end):
        return True
    # ('드럼이랑': the particle may be read as part of the word)
    joined = text.startswith(_KOREAN_AND, end) or text[start:end].endswith(_KOREAN_AND)
    return joined and bool(_AND_WORD_THEN_NEGATION.match(text, end))


def _negation_shared(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A negation said of one of two style words joined by a word for 'and', 'or' or 'nor' and nothing else is
    said of both, forwards ('without drums and guitar') and backwards ('ドラムとギターなし'); 'nor' says it of both
    ('ни гитары, ни барабанов', 'senza batteria né chitarra'). A comma alone joins nothing: 'piano and guitar,
    no drums' keeps its piano and guitar."""
    out = list(spans)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            first, second = sorted((out[i], out[j]))
            joined = _JOINED_ONLY.fullmatch(text, first[1], second[0])
            if (
                joined is None
                and text[second[0] : second[0] + 1] in ("و", "ו")
                and not text[first[1] : second[0]].strip()
            ):
                joined = _JOINED_ONLY.fullmatch(
                    "and"
                )  # 'بدون طبول وجيتار', 'בלי תופים וגיטרה': 'and' joined to the word
            if joined is None or (joined.group(1) is None and "," in joined.group(0)):
                continue  # ('bez wokalu, a gitara na pierwszym planie': a comma before 'and' starts another clause)
            if joined.group(1) is not None:  # 'nor': neither of them
                # ... where the first is refused too ('ни гитары, ни барабанов', 'senza batteria né chitarra', 'ni el
                # piano ni la guitarra', and always by a 'nor' said once: 'nothing like rock nor metal'); a style
                # before a paired 'ni' is the piece's own ('une chanson pop, ni guitare ni batterie': pop, no guitar)
                if not (
                    first[2].startswith("no ")
                    or not _PAIRED_NOR.fullmatch(joined.group(1))
                    or _NOR_BEFORE.search(text, max(0, first[0] - 30), first[0])
                ):
                    if joined.group(1) == "ولا":
                        continue  # (colloquial Arabic 'or': 'بوب ولا روك، مش فارقة', pop or rock, either)
                    k = i if out[i] == second else j
                    if not out[k][2].startswith("no "):
                        out[k] = (out[k][0], out[k][1], f"no {out[k][2]}")
                    continue
                out[i], out[j] = (
                    (x[0], x[1], x[2] if x[2].startswith("no ") else f"no {x[2]}") for x in (out[i], out[j])
                )
            elif out[j][2].startswith("no ") and not out[i][2].startswith("no ") and out[j][2] not in _NO_SINGING:
                out[i] = (out[i][0], out[i][1], f"no {out[i][2]}")  # (not 'không lời và piano': no singing, a piano)
    return out


_NO_SINGING = frozenset({"no vocals", "no vocal", "no lyrics", "no singing", "no voice"})
_NOR_BEFORE = quick(
    r"(?<![^\W\d_])(?:ni|né|nor|neither|noch|weder|ani|nici|ούτε|eikä|ولا|ولا|ולא|nem)\s+(?:(?:el|la|le|les|los|las|il|lo|"
    r"the|das|die|der|den|o|a|os|as|de|du|des|di)\s+)?$|(?<![^\W\d_])ни\s+(?:[^\W\d_]+\s+)?$|[也不]\s*$"
)
# (said before each item, 'ni A ni B', or 'A and not B' (Hebrew 'ולא', Arabic 'ولا', also 'or'): the first is refused
# only where it is said so too; English 'nor' is said once, after a refused first)
_PAIRED_NOR = re.compile(r"ni|né|ani|nici|ούτε|ни|nem|ולא|ولا")


def plan(req: Request) -> Plan | Question:
    """Decide the endpoint and its arguments; raises `InvalidInput` for limits, never guesses.

    The request is read for its structure first (digits of any script, lyrics, units of time in 50
    languages), then planned, then audited: a plan is returned only when every number, time, cue and
    lyrics block the request holds is used by it; otherwise one question names the fields to pass back."""
    from ace_step_mcp.router.account import plan_and_account
    from ace_step_mcp.router.chat import NO_VOCALS_TAG, hashtag_words, plain, timeline_offset

    if req.request and req.start_time is None and (code := timeline_offset(req.request)) is not None:
        return Question(
            f"'{code}' reads as a time on your editor's timeline, which may not be the track's own time; give the times "
            "in the track (from its start), or pass `start_time` and `end_time` (or `extend_before`, `extend_after`) in "
            "seconds.",
            "window",
            ("start_time", "end_time", "extend_before", "extend_after"),
        )
    hashtags = hashtag_words(req.request) if req.request and not req.tags else []
    if req.request and (read := plain(req.request)) != req.request:
        req = replace(req, request=read)  # ('**turbo folk**', '~~mp3~~ FLAC', a list, a quoted earlier message)
    if req.request and req.start_time is None and _ONLY_TIMES_ASKED.fullmatch(req.request):
        # ('1:30 → 1:50 🤔', '0:40-0:55?'): times and a question, no word of what to do with them
        return Question(
            f"What should I do with {' '.join(req.request.split()).strip(' ?？')}: regenerate that range, or something else? Say what to "
            "do, or pass `start_time` and `end_time` to regenerate it.",
            "window",
            ("start_time", "end_time"),
        )
    planned = plan_and_account(req, _plan_words)
    if (
        isinstance(planned, Plan)
        and planned.tool.startswith("text_to_audio")
        and req.duration is None
        and (more := _LENGTH_AGAINST_ONE_UNSEEN.search(req.request.lower())) is not None
        and more.group(0).strip() not in str(planned.arguments.get("lyrics", "")).lower()  # ('dame 5 minutos más')
    ):
        # ('Same thing again but 30 seconds more please', 'Lo mismo pero 20 segundos menos', '同样的风格，稍微短10秒'):
        # a length more or less than a piece's not seen here, never a new piece of that many seconds
        return Question(
            f"'{more.group(0).strip()}' changes the length of a piece I cannot see; say the whole length of the new "
            "piece (pass `duration` in seconds), or pass the track as `audio` to extend it.",
            "clarify",
            ("duration", "audio"),
        )
    if hashtags and isinstance(planned, Plan) and isinstance(planned.arguments.get("tags"), str):
        # ('#lofi #chill' on a line of its own, taken out of the words so that no lyrics take it in): the words that
        # name a style, first, where the tags lack them (not '#urgent', '#MyBand', '#fyp'); '#instrumental' has no
        # vocals where the plan sings nothing given
        have = {t.strip().lower() for t in planned.arguments["tags"].split(",")}
        edit = not planned.tool.startswith("text_to_audio")
        new = [
            w
            for w in dict.fromkeys(hashtags)
            if w.lower() not in have
            and (
                names_a_style(w.lower())
                or not (edit or w.lower() in _META_TAGS or any(c.isupper() for c in w[1:]))  # (not '#MyBand')
            )
        ]
        if (
            planned.tool.startswith("text_to_audio")
            and not planned.arguments.get("lyrics")
            and any(NO_VOCALS_TAG.fullmatch(w) for w in hashtags)
        ):
            planned.arguments["lyrics"] = "[inst]"
            new = [w for w in new if not NO_VOCALS_TAG.fullmatch(w)]
            if "no vocals" not in have:
                planned.arguments["tags"] += ", no vocals"
        if new:
            planned.arguments["tags"] = ", ".join([*new, planned.arguments["tags"]])
    return planned


# Hashtags about the post, not the music ('#fyp', '#viral', '#urgent'): never style words.
_META_TAGS = frozenset(
    {"fyp", "foryou", "foryoupage", "fy", "viral", "trending", "trend", "urgent", "help", "asap", "demo", "wip",
     "repost", "tiktok", "reels", "shorts", "instagood", "explore", "follow", "followme", "like", "likes"}
)  # fmt: skip
# A length said as more or less than another ('30 seconds more', '20 segundos menos', '30 Sekunden mehr', '30 secondes
# de plus', '再长30秒', '稍微短10秒').
_LENGTH_AGAINST_ONE_UNSEEN = quick(
    r"\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|segundos?|minutos?|sekunden|minuten|secondes?|secondi|"
    r"minuti|секунд\w*|минут\w*)\s{1,3}(?:de\s+)?(?:more|less|longer|shorter|más|menos|mehr|weniger|plus|moins|"
    r"di più|di meno|a mais|a menos|больше|меньше|длиннее|короче)(?![^\W\d_])"
    r"(?=\s*(?:$|[,.!?;)]|please|pls|plz|por favor|por fa|bitte|stp|svp|s'il|per favore|пожалуйста|than|que|als))"
    r"|(?:再|稍微|稍|但是?|可是)[短长長]\s*\d+(?:\.\d+)?\s*(?:秒|分钟|分鐘|分)?"
    # ('30 secondi in più', '30 more seconds', 'mais 30 segundos', '30 segundos a mais')
    r"|\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|secondi|minuti)\s+in\s+(?:più|meno)(?![^\W\d_])"
    r"|\d+\s+(?:more|extra|less)\s+(?:seconds?|secs?|minutes?|mins?)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:mais|más|menos)\s+\d+(?:[.,]\d+)?\s*(?:s|segundos?|minutos?|min)(?![^\W\d_])"
)
_ONLY_TIMES_ASKED = quick(r"[\s\d:.,'\"→\-–—~/()\[\]]{0,80}\d[\s\d:.,'\"→\-–—~/()\[\]]{0,80}[?？][\s?？!.]{0,20}")


def _plan_words(req: Request, notes: dict[str, Any]) -> Plan | Question:
    """The planner proper, on a request the structure pass has read (`notes` gets what it used)."""
    from ace_step_mcp.router.cues import AGAIN, ARABIC_MARKS, LOOP_WORD, canonical_cues, find_cues, kinds_in
    from ace_step_mcp.router.lang import fields_in_text, normalise
    from ace_step_mcp.router.read import (
        alternatives_said,
        corrected_values,
        dotted_times,
        inherit_units,
        mss_ranges,
        prime_times,
        spelled_settings,
        spoken_clock_ranges,
    )

    raw = req.request or ""
    why: list[str] = []
    written = fields_in_text(raw)
    for name, value in written.items():
        # Fields an agent wrote into the text count as explicit; the call's own fields still win.
        if name != "bpm" and getattr(req, name, None) is None:
            setattr(req, name, value)
            why.append(f"'{name}' written in the request → {value:g}")
    text = unicodedata.normalize("NFKC", raw).lower().replace("–", "-").replace("—", "-")
    text = ARABIC_MARKS.sub("", text)  # 'مدّدها' is 'مددها', as the cue tables are read
    text = _SPOKEN_FORMAT.sub(lambda m: f" {next(k for k, v in m.groupdict().items() if v)} ", text)  # ('एमपी थ्री')
    text = _SETTING_CASE_ENDING.sub(r"\1", text)  # ('-14 LUFSiin', "320 kbps'de", '-16 LUFS-ra'): the unit
    text = _no_aspect_ratios(text, req.audio_length_s)  # ('16:9, cut locked at 1:45': the picture's shape)
    text = _LENGTHEN_TO.sub(r"مدد\1 ل", text)  # 'طوّلها لخمس دقائق' (lengthen it to; 'طولها' alone: its length)
    text = _AND_A_QUARTER.sub(r"\1 15 s", text)  # 'un minut i quart', 'a minute and a quarter': 75 s, not 1:04
    text = _HE_MINUTE_AND.sub(lambda m: f"1:{_HE_TENS[m.group(1)]:02d}", text)  # 'דקה ועשרים': a minute and twenty
    text = _ONE_MORE_MINUTE.sub(r"\1 1 \2", text)  # 'добавь ещё минуту', 'přidej ještě minutu': one minute more
    text = _BY_A_MINUTE.sub(lambda m: f"{m.group(1) or m.group(3)} 1 {m.group(2) or m.group(4)}", text)
    text = _BEFORE_THE_END.sub(" before the end ", text)  # ('añade 10 segundos antes del final': near the end, asked)
    text = _TRACK_REF.sub(r" \1 ", text)  # 'trk_…从1分10秒' (no space in CJK): the id is no part of the next word
    if (pt_other := _NEW_PIECE.search(text)) is not None and "outr" in pt_other.group(0):  # (Portuguese: no section)
        text = (
            text[: pt_other.start()]
            + pt_other.group(0).replace("outro", "another").replace("outra", "another")
            + text[pt_other.end() :]
        )
    text = _BOTH_ENDS_FADE.sub(
        lambda m: " fade in {0} fade out {0} ".format(m.group(1) or m.group(2) or m.group(3)), text
    )  # ('頭尾各fade兩秒': both ends, that long each)
    if not _KOREAN_CUT.search(text):  # ('페이드인 3초 페이드아웃 5초'; a cut beside it reads as it was)
        text = _KOREAN_FADE.sub(lambda m: f" fade {'in' if m.group(1) == '인' else 'out'} ", text)
    if _DECADE_BEFORE_STYLE.search(text) and _OTHER_LENGTH.search(_DECADE_BEFORE_STYLE.sub(" ", text)):
        # '90s eurodance banger, 2 min': beside a length said as such, '90s' before a style word is the decade
        text = _DECADE_BEFORE_STYLE.sub(lambda m: f"{m.group(1)}'s", text)
    # The verbs that decide a plan, in any of the 50 languages, read before anything rewrites the text, and
    # put in the router's own terms ('добавь' → add, '不要人声' → no vocals): one set of rules reads them all.
    found_cues = find_cues(text)
    kept_cues = _without_negated(text, found_cues)
    notes["negated"] = {c.kind for c in found_cues} - {c.kind for c in kept_cues[1]}  # "don't regenerate …"
    text, found_cues = kept_cues
    cues = kinds_in(text, found_cues)
    notes["cues"] = cues
    text = canonical_cues(text, found_cues)
    m = _LYRICS_MARK.search(text)
    # (a setting's number spelled out before the per-word number pass splits it: 'двести пятьдесят шесть килобит')
    text = (
        normalise(spelled_settings(text[: m.start()], beyond_latin=True)) + text[m.start() :]
        if m
        else normalise(spelled_settings(text, beyond_latin=True))
    )
    if not (req.audio_length_s and req.audio_length_s >= 3600):
        # ('from one twenty to one forty': 1:20-1:40; past an hour, 'one fifteen' may be 1:15:00, and is asked)
        text = spoken_clock_ranges(text)
    text = spelled_settings(mss_ranges(inherit_units(prime_times(text))))  # ('минус одиннадцать lufs': -11 LUFS)
    text, ambiguous = dotted_times(text, req.audio_length_s)
    text, notes["no_then_value"] = corrected_values(text)  # ('5 no wait 7 s': 7 s; '3 min no 4': asked)
    if not notes["no_then_value"]:  # ('trinaest il trideset sekundi', '二三十秒': one or the other, asked)
        m = _LYRICS_MARK.search(text)
        notes["no_then_value"] = alternatives_said(text[: m.start()] if m else text) or (
            None if m else alternatives_said(raw)  # (before the numbers are read: '二三十秒', 'ishirini au thelathini')
        )
    text = _MORE_BETWEEN.sub(r"\1 \3 \2", text)  # '20 more seconds' → '20 seconds more'
    text = _SIDE_AFTER_A_LENGTH.sub(_side_after_a_length, text)  # 'aggiungi 5 secondi prima e 10 dopo'
    again = AGAIN.search(raw.lower())  # 'ponovno generiraj', 'torna a generar': a verb for 'make again' the tables lack
    if req.audio and not _LENGTH_NOUN.search(text):
        # (Not where the request speaks of the length: 'change the length from 2 min to 3 min' is no window.)
        from ace_step_mcp.router.ranges import start_and_length, windows

        if "regenerate" in cues or _has(text, EDIT_WORDS, glued=True) or again:
            # 'entre 30s y 45s', 'de 1m05 à 1m20', '第40秒到第55秒' → m:ss-m:ss; a start and a length only beside a
            # verb of making (never 'the chorus starts at 0:40 and lasts 20 s, I love it', 'a ringtone from 0:45
            # for 30 s')
            text = windows(start_and_length(text))
    if req.audio:
        text = _event_lengths_out(text, why)
    if ambiguous is not None and not all(getattr(req, f, None) is not None for f in ambiguous.fields or ("duration",)):
        # Both readings fit, and no field the agent passed says which: ask. (With the field, the accounting
        # pass checks that one of the readings is the field's.)
        fields = ambiguous.fields or ("duration",)
        return Question(
            f"'{ambiguous.phrase}' can be read as {ambiguous.readings}; which is it? Pass "
            f"{' and '.join(fields)} in seconds.",
            "clarify",
            fields,
        )

    lyrics = req.lyrics
    if lyrics is None:
        from ace_step_mcp.router.read import NO_BEFORE

        m = _LYRICS_MARK.search(raw)
        if m and NO_BEFORE.search(raw[max(0, m.start() - 12) : m.start()]):
            m = None  # 'no lyrics: just piano' names no lyrics
        if m:
            lyrics = m.group(1).strip()
            cut = _LYRICS_MARK.search(text)  # the text was normalised: find the mark again in it
            text = text[: cut.start()] if cut else text
            why.append("lyrics taken from after 'lyrics:'")
    audio = req.audio
    if audio is None:
        ref = _TRACK_REF.search(raw)
        if ref:
            audio = ref.group(1)
            why.append(f"'{ref.group(1)}' → the track to work on")

    instrumental_word = _has(text, INSTRUMENTAL_WORDS) or (cues["no_vocals"].word if "no_vocals" in cues else None)
    if not instrumental_word and (
        neg := _NO_VOCALS.search(text) or _NO_VOICE_SAID.search(text) or _without_singing(text)
    ):
        instrumental_word = neg.group(0)
    if (
        "no_vocals" in cues
        and instrumental_word in ("no vocals", cues["no_vocals"].word)
        and _SINGING_STEM.search(cues["no_vocals"].word)
        and _voiced_instead(raw.lower(), cues["no_vocals"].word)
    ):
        # ('मेरे शहर पर एक रैप, बिना गाने, सिर्फ़ बोल', 'راب عن مدينتي، بدون غناء، كلام بس': rapped, not sung; the
        # cue tables' 'without singing' is read as _without_singing reads it)
        instrumental_word = None
    if instrumental_word and _NOT_AFTER_IT.match(text, text.find(instrumental_word) + len(instrumental_word)):
        instrumental_word = None  # ('instrumentalじゃなくて歌ありの', 'instrumental말고 노래로': not instrumental)
    if req.instrumental is False and instrumental_word:
        from ace_step_mcp.router.account import not_instrumental_said

        if not_instrumental_said(req, instrumental_word) is not None:
            instrumental_word = None  # ('not instrumental' with the agent's instrumental: false: sung, as both say)
    if req.instrumental is True and not instrumental_word:
        instrumental_word = "instrumental (field)"
    instrumental = bool(instrumental_word) or (lyrics or "").strip().lower() in ("[inst]", "[instrumental]")
    if instrumental_word and lyrics is None:
        lyrics = "[inst]"
        why.append(f"'{instrumental_word}' → lyrics [inst], 'no vocals' in tags")
    notes["instrumental_word"] = instrumental_word

    bpm_m = _BPM.search(text) or _BPM_FIRST.search(text)
    bpm = int(bpm_m.group(1)) if bpm_m else None
    seed = req.seed
    if seed is None:
        sm = _SEED.search(text)
        seed = int(sm.group(1)) if sm else None

    explicit_window = req.start_time is not None or req.end_time is not None
    explicit_extend = req.extend_before is not None or req.extend_after is not None
    edit_word = _has(text, EDIT_WORDS, glued=True) or (cues["regenerate"].word if "regenerate" in cues else None)
    extend_word = _has(text, EXTEND_WORDS, glued=True) or (cues["extend"].word if "extend" in cues else None)
    if (
        extend_word in ("intro", "outro", "tail", "lead-in")
        and "trim" in cues
        and not ("add" in cues or "extend" in cues)
    ):
        extend_word = None  # ('cut the intro': a part cut away, never one added)
    if (
        extend_word == "intro"
        and not ("add" in cues or "extend" in cues)
        and (
            (_INTRO_USE.search(raw.lower()) and not _MORE_OF_IT.search(raw.lower()))
            or (
                (_INTRO_NOT_WISHED.search(raw.lower()) or _THE_INTRO_NOUN.search(raw.lower()))
                and not _MORE_OF_IT.search(raw.lower())  # ('my intro needs 10 more seconds': more of it, added)
                and not _WISHED.search(raw.lower())  # ('the start is boring, it needs a 10 second intro')
            )
        )
    ):
        extend_word = (
            None  # ('das Intro von 10 Sekunden klingt leer', 'ese intro … suena vacío': the track's own intro)
        )
    notes["edit_word"] = edit_word
    range_m = _window_range(text)
    last_m = _LAST.search(text) or _LAST_AFTER.search(text)
    first_m = _FIRST.search(text) or _FIRST_AFTER.search(text)
    if (
        first_m is None
        and "start" in cues
        and cues["start"].word in ("开头", "開頭", "最前面")
        and "regenerate" in cues
        and "add" not in cues
        and not _BEGINNING_KEPT.search(raw)
    ):
        first_m = _FIRST_WRITTEN.search(text)  # ('开头10秒重做': the side table wrote '开头' as 'start')
    to_end_m = _TO_END.search(text)
    if to_end_m is not None and _KEPT_OR_NOT.search(raw.lower()):
        to_end_m = None  # ('Garde tout à partir de 1:00, refais le début': what stays, not what is redone; asked)
    # (a half of the track named, made again: 'Od połowy do końca wygeneruj od nowa', 'Tee puolivälistä loppuun uusiksi')
    half_m = (
        (_HALF.search(typed := unicodedata.normalize("NFKC", raw).lower()) or _FRACTION.search(typed))
        if req.audio_length_s and (again or edit_word)
        else None
    )
    has_window = bool(range_m or last_m or first_m or to_end_m or half_m)

    # ('加10秒', '喺尾加10秒': the one-character 'add' of Chinese right before an amount)
    add_time = (re.search(r"\badd(?:ing)?\b|加\s*\d", text) or "add" in cues) and find_times(text)
    if (
        not add_time
        and ("start" in cues or "end" in cues)
        and not has_window
        and _MORE_AT_A_SIDE.search(text)
        and "trim" not in cues  # ('Der Song ist am Ende noch 10 Sekunden zu lang': a cut)
        # (one number: two amounts, 'give it 10 more seconds at the start and 20 at the end', are read below)
        and len(re.findall(r"\d+(?:[.:]\d+)?", text)) == 1
    ):
        # ('30s more at the end', 'another 20 seconds at the start', '30 segundos más al final'): an amount more at
        # an end of the track, with no verb, is added there
        add_time = find_times(text)
    delivery = deliverable_words(text, why, cues["fade"].word if "fade" in cues else None)
    if (both_formats := delivery.pop(TWO_FORMATS, None)) and not (req.deliverables or {}).get("output_format"):
        return Question(
            f"The request names {' and '.join(both_formats)}; which format should the track be delivered as? "
            f"Pass output_format.",
            "clarify",
            ("output_format",),
        )
    if (db_level := delivery.pop(DB_LEVEL, None)) and (req.deliverables or {}).get("loudness_lufs") is None:
        return Question(
            f"'{db_level}' is a level in dB: the loudness to aim for, in LUFS, or a peak (which this tool does not "
            f"set)? Pass loudness_lufs (-14 is YouTube's and Spotify's level).",
            "clarify",
            ("loudness_lufs",),
        )
    for key, value in (req.deliverables or {}).items():
        if value is not None and value is not False and value != 0:
            delivery[key] = value
            why.append(f"{key} {value} as given")
    notes["delivery"] = delivery
    if (req.deliverables or {}).get("output_format"):  # what a 'change' verb could be changing besides the format
        notes["style_tags"] = extract_tags(text, instrumental=False, bpm=None, language=None)
    # A range inside the track ('from 0:30 to the end'); 'add 30 seconds to the end' names none.
    notes["has_window"] = bool(range_m or last_m or first_m or (to_end_m and not add_time))
    notes["text"] = text
    notes["named_style"] = names_a_style(text)  # for the accounting pass: a sound named, or only a fade or loop
    notes["looks_new"] = _looks_new(text)
    # (the accounting pass reads parts of the text with the planner's own readers, which it does not import)
    notes["style_in"], notes["times_in"] = names_a_style, find_times
    notes["parts_in"] = _parts_of_a_track
    notes["side_words"] = (_has(text, BEFORE_WORDS, glued=True), _has(text, AFTER_WORDS, glued=True))
    if delivery:  # 'add a 3 s fade out' adds no music: its seconds belong to the fade
        bare = _FADE.sub(" ", _TRIM.sub(" ", text))
        if any(k in delivery for k in ("fade_in_s", "fade_out_s")):
            # (and a fade whose way its own word said: 'добавь затухание на 2 секунды', the seconds after it)
            bare = re.sub(r"fade(?:[^\d,.;]{0,16})\d+(?:\.\d+)?\s*s\b", " ", bare)
        add_time = (re.search(r"\badd(?:ing)?\b", bare) or "add" in cues) and find_times(bare)
    if audio is not None and not (edit_word or explicit_window or explicit_extend) and _agent_shaped(req, text):
        # 'blende die letzten 6 Sekunden aus' with fade_out_s 6, '结尾加个3秒淡出' with fade_out_s 3: every time
        # in the words is a fade or cut the agent passed, so the last seconds named are what is faded or cut,
        # not a range to regenerate, and the seconds are nothing added.
        has_window = notes["has_window"] = False
        times = find_times(text)
        if all(_SHAPE_NEXT.match(text, t.end) for t in times):
            add_time = False  # ('add a 3 s fade out'; not 'add 3 seconds at the end with a fade out')
        if extend_word and (at := text.find(extend_word)) >= 0:
            after = at + len(extend_word)
            if any(0 <= t.start - after <= 6 and _SHAPE_NEXT.match(text, t.end) for t in times):
                extend_word = None  # ('加个 3 s fade': the 'add' is of the fade, right before its seconds)
        why.append("every time said is a fade or cut passed as a field → no new music")
    elif (
        audio is not None
        and not (edit_word or explicit_window or explicit_extend)
        and extend_word
        and (at := text.find(extend_word)) >= 0
        and (times := find_times(text))
        and all(0 <= t.start - at - len(extend_word) <= 6 and _SHAPE_NEXT.match(text, t.end) for t in times)
        # (one fade: '首尾各加个3秒淡入淡出', each end's, is left to the question; not a fading outro: '加个10秒淡出的尾奏')
        and sum(c.kind == "fade" for c in found_cues) == 1
        and not re.search(r"尾奏|前奏|尾声|尾聲|outro|intro|アウトロ|イントロ|아웃트로|인트로", raw.lower())
    ):
        # ('结尾加个3秒淡出' in words alone: the 'add' is of the fade, its seconds the fade's, as with the fields)
        add_time = False
        extend_word = None
    if not edit_word and _inside_trims(text, (range_m, last_m, first_m)):
        # 'trim the last 3 s', 'cut the first 8 seconds': the range is what is cut, not a range to regenerate.
        has_window = notes["has_window"] = False
    if audio is not None and not (edit_word or explicit_window or explicit_extend or range_m or to_end_m):
        from ace_step_mcp.router.shaping import shapes

        fade_words = tuple(dict.fromkeys(c.word for c in found_cues if c.kind == "fade"))
        unadded = _not_added(text)
        both = (
            shapes(text, unadded, names_a_style, "fade" in raw.lower(), fade_words, req.audio_length_s, _a_number_word)
            if ("fade" in cues or "trim" in cues)
            else None
        )
        shaped = None if both else _shaping_range(text, cues, delivery, last_m, first_m)
        if both:
            # 'konvertera till flac och tona ut över 3 sekunder', 'schneid vorne die 3 Sekunden weg und blend am
            # Ende über 5 Sekunden aus': each length with its fade or cut and its end of the track, free.
            trims_read = {k: delivery[k] for k in ("trim_start_s", "trim_end_s") if k in delivery}
            for key in ("fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s"):
                delivery.pop(key, None)  # the English reading's default 3 s gives way to the lengths said
            delivery.update(both)
            for key, seconds in trims_read.items():
                # ('trim the first 5 s and the last 5': the other end, no default; not the one length the lengths'
                # reading gave its own end already: '开头剪掉3秒结尾淡出5秒' is no cut of 3 s at the end too)
                said = sum(float(n) == seconds for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", text))
                if said > sum(v == seconds for v in both.values()):
                    delivery.setdefault(key, seconds)
            has_window = notes["has_window"] = False
            # (seconds right after 'add' are added: 'cut the first 5 seconds and add 5 seconds at the end')
            add_time = find_times(text) if len(unadded) < len(find_times(text)) else False
            why.append(
                "each length with its fade or cut verb and its end → "
                + ", ".join(f"{k} {v:g}" for k, v in both.items())
            )
        if shaped is not None:
            # 'coupe les 8 dernières secondes', 'schneide die ersten 3 Sekunden ab', '把最后5秒剪掉': the first or
            # last seconds with a verb that cuts, and nothing else: the free trim of them.
            key, seconds, phrase = shaped
            delivery[key] = seconds
            has_window = notes["has_window"] = False
            why.append(f"'{phrase}' with a cutting or fading verb and nothing else → {key} {seconds:g} (process_track)")
    if (
        audio is not None
        and req.audio_length_s
        and "trim" in cues
        and not (edit_word or extend_word or explicit_window or explicit_extend or range_m or last_m or first_m)
        and len(times_said := find_times(text)) == 1
        # (no trim read, or the length it is cut to read as an amount: 'trim it down to 45 s from the start')
        and all(delivery.get(k) in (None, times_said[0].seconds) for k in ("trim_start_s", "trim_end_s"))
        and times_said[0].seconds < req.audio_length_s
        and _TRIM_TO.search(text, max(0, times_said[0].start - 14), times_said[0].start)
    ):
        # 'kürz das auf 45 Sekunden, einfach hinten abschneiden', 'cut it down to 30 s from the start': the whole
        # it is cut to, from the end said; with no end said, asked
        to = times_said[0]
        said_raw = raw.lower()
        ends = (bool(_CUT_AT_START.search(said_raw)), bool(_CUT_AT_END.search(said_raw)))
        if ends == (True, True) or ends == (False, False) or _KEEP_A_SIDE.search(said_raw):
            return Question(
                f"'{_quote(text, to)}' cuts the track to {to.seconds:g} s; should the {req.audio_length_s - to.seconds:g} "
                f"s go from its start or its end? Pass trim_start_s or trim_end_s in seconds.",
                "clarify",
                ("trim_start_s", "trim_end_s"),
            )
        key = "trim_start_s" if ends[0] else "trim_end_s"
        delivery.pop("trim_start_s", None)
        delivery.pop("trim_end_s", None)
        delivery[key] = round(req.audio_length_s - to.seconds, 3)
        why.append(f"cut to '{_quote(text, to)}' of a {req.audio_length_s:g} s track → {key} {delivery[key]:g}")
    if (
        audio is not None
        and "loop" not in delivery
        and not (edit_word or explicit_window or explicit_extend or has_window or add_time)
        # (no time, or only the fades' and cuts' read already: 'зацикли и сделай плавное появление 2 сек')
        and all(t.seconds in _shaped_seconds(delivery) for t in find_times(text))
        and not _has(text, SECTION_WORDS)
        and (loop_word := LOOP_WORD.search(text)) is not None
        and not loop_not_wanted(text, loop_word)
        # ('make it go round and round': that 'make it' extends nothing; 'make it sound like the loop …' may)
        and (not extend_word or (extend_word == "make it" and _MAKE_IT_GO.match(loop_word.group(0)) is not None))
    ):
        # 'zrób z tego pętlę', 'сделай луп', 'इसे लूप बना दो', 'make it go round and round': the whole track made to
        # loop, free.
        delivery["loop"] = True
        why.append(f"'{loop_word.group(0)}' + a track and nothing else → loop it")
    new_song = re.search(
        r"\b(?:new|another|fresh)\s+(?:song|track|piece|version)\b|\bin\s+the\s+style\s+of\b|\blike\s+(?:this|that|it)\b",
        text,
    )
    wants_music = bool(edit_word or explicit_window or explicit_extend or add_time or has_window or new_song) or (
        extend_word is not None and extend_word != "make it"
    )
    if audio is not None and delivery and not wants_music:
        if "loudness_lufs" not in delivery and any(
            not _LOUDNESS_KEPT.search(text, max(0, loud.start() - 32), loud.start())
            and not _LOUDNESS_KEPT_AFTER.match(text, loud.end())
            and not (loud.group(0) == "volume" and _VOLUME_FINE.match(text, loud.end()))
            for loud in _LOUDER.finditer(text)
        ):
            # ('make it quieter for Spotify and fade out the last 5 seconds', "it's -9 LUFS, too loud; export as mp3",
            # 'make the vocals louder and convert it to mp3'): the other settings are read, and the loudness (or the
            # mix) is asked, never dropped
            return _other_tool(text) or Question(
                "How loud, in LUFS, or what should be louder? Pass `loudness_lufs` for the whole track.",
                "clarify",
                ("loudness_lufs",),
            )
        # 'make it an mp3', 'normalise it', 'make it loop': the track as it is, delivered differently.
        why.append("a track + format/loudness/loop/fade/trim words and no new music → process_track (free)")
        return Plan("process_track", {"track": audio, **delivery}, why)
    as_written = (req.written or raw).lower()  # (as written: '3分の曲', 'un jingle' before the numbers were read)
    fresh = _NEW_PIECE.search(raw.lower()) if audio is not None else None  # (before numbers were read: "do zero")
    if fresh is None and audio is not None and find_times(text):
        # 'now something totally different: a 2 min jazz trio', 'теперь совсем другое: техно на 5 минут': a piece
        # of its own, with its own length (not 'try something different with the drums')
        fresh = _DIFFERENT_PIECE.search(raw.lower())
    if fresh is None and audio is not None and find_times(text) and not _TIED_TO_TRACK.search(raw.lower()):
        # 'Ich brauche einen kurzen Jingle für meinen Podcast, ca. 20 Sekunden', 'een strakke housetrack van 5
        # minuten', 'ジャズピアノトリオで3分の曲': a piece of its own said with its own length, the track not named
        fresh = _A_NEW_THING.search(as_written) if not _FROM_THE_TRACK.search(raw.lower()) else None
    if (
        fresh is None
        and audio is not None
        and find_times(text)
        and (said_new := _new_piece_said(as_written)) is not None
        and not _FROM_THE_TRACK.search(raw.lower())
        and not _has(text, BEFORE_WORDS, glued=True)
        and not _has(text, AFTER_WORDS, glued=True)
    ):
        # 'uusi biisi: humppa, 2 min', 'nova pisnicka, polka s harmonikou, 2 min', '来个新的 古筝纯音乐 3分钟': 'new' and
        # a length, and no part, side, edit or extension of the track (checked below with the other new pieces)
        fresh = said_new
    if (
        fresh is None
        and audio is not None
        # (a length, or a style and nothing of the track: 'hazme 2 versiones de una cumbia', 'faz 2 takes de um samba';
        # not 'a reggae remix of it', 'una salsa usando la voz original', 'una cumbia para el estribillo')
        and (
            find_times(text)
            or (
                names_a_style(text)
                and not _has(text, SECTION_WORDS)
                and not _SECTION_OF.search(raw.lower())
                and not _TIED_TO_TRACK.search(raw.lower())
                and not _REWORK_OF_THE_TRACK.search(raw.lower())
            )
        )
        and (takes_of := _TAKES_OF_A_PIECE.search(as_written) or _TAKES_OF_A_PIECE.search(text)) is not None
        and not _FROM_THE_TRACK.search(raw.lower())
        and not _THE_TRACK_POINTED.search(as_written)
        and not _has(text, BEFORE_WORDS, glued=True)
        and not _has(text, AFTER_WORDS, glued=True)
    ):
        # 'lav 2 versioner af en rolig klaverintro på 30 sekunder', '3 verzije jinglea od 20 sekundi', '2 versi lagu
        # rock 1 minit': takes of a piece said as one of its own (an article, a length or a word for a piece after
        # them), not of the track ('2 versions of the last 30 seconds')
        fresh = takes_of
    aside = _SET_ASIDE.search(raw.lower()) if audio is not None else None
    refused = _not_this_one(raw.lower()) if audio is not None and aside is None else None
    new_word = (
        (
            _NEW_OR_INSTEAD.search(as_written)
            or _A_NEW_THING.search(as_written)
            or _NEW_BESIDE_REFUSAL.search(as_written)
        )
        if aside is not None
        else None
    )
    if (
        refused is not None
        and (new_word := _NEW_BESIDE_REFUSAL.search(as_written)) is not None
        and not _a_part_beside(raw.lower(), refused, new_word)
    ):
        aside = refused  # ('Neuer Song bitte, nicht auf Basis von dem hier: deutscher Punk', 'একটা নতুন গান বানাও, এইটা না')
    elif refused is not None:
        refused = None  # ('Invece di questa chitarra, mettine una nuova acustica': a part of the track replaced)
    if aside is not None and new_word is not None and _a_part_beside(raw.lower(), aside, new_word):
        aside = None  # ('En vez de esta batería, pon una nueva de jazz': the drums replaced, not the track)
    if aside is not None and new_word is None:
        aside = None  # ('Lass den Track so, nur die Gitarre bei 1:20 …', 'forget that, the guitar at 1:20 …'): a manner
        # of speaking before an edit, unless a word says a new piece comes instead
    if (
        fresh is None
        and aside is not None
        and (
            _a_length(text)
            or (
                names_a_style(text)
                and (times := find_times(text))
                # ('Forget that, put a jazz guitar at 1:20 instead': a place in the track, an edit)
                and not any(_AT_A_PLACE.search(text, max(0, t.start - 12), t.start) for t in times)
                and not ("add" in cues or "regenerate" in cues)
            )
        )
    ):
        # (and an m:ss beside a style: 'forget this one, start fresh: a sad piano ballad, 2:30')
        fresh = aside  # 'Новую давай, эту не трогай: полторы минуты электро-свинга', 'laisse tomber celui-là. Fais-moi
        # plutôt une ambiance électro sombre …, 2 minutes'
    if (
        fresh is None
        and audio is not None
        and (
            said_new := _new_piece_said(as_written)
            or (new_word if refused is not None else None)
            # ('Lascia stare questa traccia e componi qualcosa di nuovo', "I've got this one open but start fresh")
            or (_NEW_BESIDE_REFUSAL.search(as_written) if aside is not None else None)
        )
        is not None
        and (aside is not None or _kept_first(raw.lower()) is not None)
        # (not a new part for what is kept: 'The vocal's good, keep it. Now make a new beat' is a beat under it; a
        # track refused or forgotten keeps nothing: 'Neuer Song, nicht auf Basis von dem hier: …, Gesang auf Deutsch')
        and not (
            _FOR_THE_KEPT.search(raw.lower())
            and refused is None
            and not (aside is not None and _FORGOTTEN.search(aside.group(0)))
        )
        and (
            names_a_style(text)
            or (lyrics and not instrumental)
            # (a language to sing in, with the track refused: 'Fac mihi carmen novum, Latine cantatum, non hoc')
            or (refused is not None and _sung_in_named(text))
        )
        # (versions of a track refused are the new piece's takes: 'Ik heb dit nummer open maar …, twee versies')
        and not (_FROM_THE_TRACK.search(raw.lower()) and refused is None)
        and not _has(text, BEFORE_WORDS, glued=True)
        and not _has(text, AFTER_WORDS, glued=True)
    ):
        # "ok this one's good, keep it. now do a totally new one, upbeat funk …", 'این خوبه. حالا یه آهنگ جدید پاپ …':
        # the track kept and a new piece said, its style or words given and no length; the endpoint's default length
        fresh = said_new
    if (
        fresh is None
        and audio is not None
        and (_a_length(text, as_written) or (lyrics and not instrumental))
        # ('Lass den Song so, mach ihn aber insgesamt 4 Minuten lang')
        and _total_said(text, req.audio_length_s) is None
        and not _WHOLE_BEFORE.search(text)
        and ((another := _ANOTHER_PIECE.search(as_written)) or (another := _SET_ASIDE.search(raw.lower())))
        and not _BUT_AFTER.search(raw.lower()[another.end() : another.end() + 24])
        # ('Mets un autre refrain, 20 secondes': a part of the track; not 'solo guitarra', only a guitar)
        and not _SECTION_OF.search(_ONLY_SOLO.sub(" ", raw.lower()))
        and not _FROM_THE_TRACK.search(raw.lower())
        and not _has(text, BEFORE_WORDS, glued=True)
        and not _has(text, AFTER_WORDS, glued=True)
    ):
        # 'ok this one is fine. separate thing: a boss fight track, 45 s', 'passt so. Mach mir noch was: …, 10 Sek',
        # '这首先放着。另外给我做个…，一分钟', '이건 됐고 새로 하나 더, … 4분 30초': the track set aside or another piece
        # asked for, with the new piece's own length or words (the edits, extensions and ties are checked below)
        fresh = another
    if (
        fresh is None
        and audio is not None
        and (
            (another := _ANOTHER_ONE.search(as_written)) is not None
            or (another := _new_piece_said(as_written)) is not None
            or (another := _now_a_piece(as_written, text)) is not None
        )
        # (what the new one is: a style, no vocals, or words to sing; 'do another one' alone may be another take)
        and (names_a_style(text) or instrumental or lyrics)
        and not _MSS.search(text)  # (no place in the track: 'another one at 1:20' is asked)
        # (nor a part of the track in the words of any language, nor more of it: 'algo distinto para el final', 'etwas
        # anderes im Mittelteil', 'ще один приспів', 'ещё одну минуту, в стиле джаз': asked)
        and not _A_PART_SAID.search(raw.lower())
        and not _LENGTH_RIGHT_AFTER.match(as_written, another.end())
        and not _UNDER_THE_KEPT.search(raw.lower())  # ('garde-la. Mets un nouveau beat dessus': a beat under it)
        # ('La voz está bien, me la quedo. Ahora hazme un beat nuevo': the voice kept, a beat for it; not 'sin voz')
        and not any(
            not _NO_BEFORE_VOICE.search(raw.lower(), max(0, voice.start() - 12), voice.start())
            for voice in _FOR_THE_KEPT.finditer(raw.lower())
        )
        # (nothing 'instead' of it, which the rules above read: 'Bunun yerine yeni bir davul koy' is a part replaced)
        and not _SET_ASIDE.search(raw.lower())
        and not _not_this_one(raw.lower())
        and not _FROM_THE_TRACK.search(raw.lower())
        and not _TIED_TO_TRACK.search(raw.lower())
        and not _SECTION_OF.search(_ONLY_SOLO.sub(" ", raw.lower()))
        and not _has(text, BEFORE_WORDS, glued=True)
        and not _has(text, AFTER_WORDS, glued=True)
    ):
        # The next message after a first result: 'cool but can u do another one, slower, no singing this time', 'mach
        # noch eins, diesmal mit Akustikgitarre und ohne Gesang', 'ahora una cumbia nueva con esta letra: …': another
        # piece, said with what it is (the edits, extensions and ties are checked below)
        fresh = another
    low_said = raw.lower()
    if fresh is not None and (
        (instead := _not_this_one(low_said) or _SET_ASIDE.search(low_said)) is not None
        and _a_part_beside(low_said, instead, instead)
    ):
        # ('En vez de esta batería, pon una nueva de jazz', 'In plaats van deze gitaar een nieuwe'): a part of the track
        # replaced, not a new piece
        fresh = None
        why.append(f"'{instead.group(0)}' is said of a part of the track")
    # (the track said to be kept, first, is no tie: "ok this one's good, keep it. now do a totally new one")
    said_after = raw.lower()[kept:] if (kept := _kept_first(raw.lower())) is not None else raw.lower()
    tied = _TIED_TO_TRACK.search(_aside_removed(said_after)) if fresh is not None else None
    if aside is not None and tied is not None and tied.group(0) in _MOOD_TIES:
        tied = None  # ('laisse tomber celui-là … plutôt une ambiance électro sombre': the mood is the new piece's)
    if fresh is not None and tied is not None:
        fresh = None  # 'a new song like this one', 'a new tune on top of this': the last track is in it; asked
        why.append(f"'{tied.group(0)}' ties the new piece to the track")
    if fresh is not None and aside is not None and edit_word and edit_word in aside.group(0):
        edit_word = None  # ('Something new, not an edit of this one: …': the edit is the one not wanted)
    if fresh is not None and refused is not None and aside is refused:
        # ('أغنية جديدة غير هذي': 'other than this', whose 'غير' is also 'change'; '不要改这首': the change refused)
        refused_kinds = {k for k, c in cues.items() if refused.start() <= c.start < refused.end()}
        if refused_kinds:
            cues = {k: c for k, c in cues.items() if k not in refused_kinds}
            edit_word = None if "regenerate" in refused_kinds else edit_word
    # ('totally new song, a country song, make it 3 minutes': 'make it' said of the new song, not of the track)
    new_said = _NEW_PIECE.search(raw.lower()) if extend_word in _MAKE_WORDS else None
    # (the new piece said first, and not refused or compared: not 'make it 3 minutes, then a new song after', "I don't
    # want a totally new song, just make it 3 minutes", 'it shouldn't sound like a whole new song')
    make_it_new = (
        new_said is not None
        and extend_word is not None
        and raw.lower().find(extend_word, new_said.end()) != -1
        and not _NOT_A_NEW_ONE.search(raw.lower(), max(0, new_said.start() - 32), new_said.start())
    )
    if (
        fresh is not None
        and not (edit_word or (extend_word and not make_it_new) or explicit_window or explicit_extend or has_window)
        and not add_time
        and not ("regenerate" in cues or "extend" in cues or "add" in cues)
        and not (range_m or last_m or first_m)
        and not _has(_ONLY_SOLO.sub(" ", text), SECTION_WORDS)  # ('solo strumentale' is 'only instrumental')
        and not (fresh.group(0).startswith(("en ", "ei ", "et ")) and _PART_OF_A_TRACK.search(raw.lower()))
        # ('Pon una polka de 15 segundos al principio', 'Mete un tango de 20 segundos en el medio': into the track)
        and not ("start" in cues or "end" in cues or _IN_THE_MIDDLE.search(raw.lower()))
    ):
        # 'ok, now a completely new one: jazz, 90 s', 'jetzt ein neues Stück', '再来一首新的' beside the last track:
        # a new piece, the track left as it is (nothing in the words edits or extends it).
        why.append(f"'{fresh.group(0).strip()}' with a track and no edit of it → a new piece")
        audio = None
        extend_word = None if make_it_new else extend_word
        text = _aside_removed(text)  # ('vergiss den Track', 'לא קשור לזה שפתוח': no style of the new piece)
        req.source_tags = None  # the last track's style is not the new piece's
    use = _INTRO_FOR_A_USE.search(raw.lower()) if audio is not None else None
    if (
        use is not None
        and not (edit_word or explicit_window or explicit_extend or range_m or last_m or first_m or to_end_m)
        and not ("add" in cues or "extend" in cues or "regenerate" in cues)
        and not _TIED_TO_TRACK.search(_SET_ASIDE.sub(" ", raw.lower()))
    ):
        # 'dos versiones de una intro de 15 segundos para mi podcast', 'an outro for my stream, 20 s': an intro as a
        # piece of its own, for a use named; no intro added to the open track (no 'add' or 'extend' said)
        why.append(f"'{use.group(0).strip()}' with a track and no edit or extension of it → a new piece")
        audio = None
        req.source_tags = None
    same_again = _SAME_AGAIN.search(raw.lower()) if audio is not None else None
    if same_again is not None and _SHORTER_LONGER.search(raw.lower()):
        same_again = None  # ('same but 30 s shorter': 30 s less than a length not seen, asked below)
    if (
        same_again is not None
        and (instrumental or find_times(text))
        and not (edit_word or extend_word or explicit_window or explicit_extend or has_window or add_time)
        and not ("regenerate" in cues or "extend" in cues or "add" in cues or "trim" in cues or "fade" in cues)
        and not (range_m or last_m or first_m)
        and not _has(text, SECTION_WORDS)
        and not delivery
    ):
        # 'same but without vocals', 'genau das gleiche, aber zweieinhalb Minuten', '同じ感じで、ボーカルなしの':
        # the last piece made again in its style, with the one thing said changed; the track is left as it is.
        why.append(f"'{same_again.group(0).strip()}' + a change and no edit of the track → a new piece in its style")
        audio = None
    if audio is not None:
        if explicit_window:
            kind = "inpaint"
            why.append("explicit start_time/end_time → inpaint")
        elif explicit_extend:
            kind = "outpaint"
            why.append("explicit extend_before/extend_after → outpaint")
        elif edit_word:
            kind = "inpaint"
            why.append(f"'{edit_word}' + a track → inpaint")
        elif extend_word and not (
            extend_word in _MAKE_WORDS
            and (not find_times(text) or _MAKE_IT_SOUND.search(text))
            and "extend" not in cues
            and not _has(_MAKE.sub(" ", text), EXTEND_WORDS, glued=True)
        ):
            # ('make it louder', 'make this better': a 'make' with no length and no other word of adding extends
            # nothing; asked below)
            kind = "outpaint"
            why.append(f"'{extend_word}' + a track → outpaint")
        elif (pair := _one_amount_both_ends(text)) and not (range_m or last_m or first_m):
            kind = "outpaint"  # 'put 8 seconds on both ends', '前后各加5秒'
            why.append(f"'{pair}' + a length + a track → outpaint")
        elif add_time and not (range_m or last_m or first_m):
            # 'add 30 seconds to the end' lengthens the track; it names no window inside it.
            kind = "outpaint"
            why.append("'add' + a length + a track → outpaint")
        elif has_window:
            kind = "inpaint"
            why.append("a time range of a track → inpaint")
        elif add_time:
            kind = "outpaint"
            why.append("'add' + a length + a track → outpaint")
        elif other := _other_tool(text):
            return other
        elif (total := _total_said(text, req.audio_length_s)) is not None:
            notes["whole_length"] = total
            # 'Mach den Song insgesamt 5 Minuten lang', 'portalo a 3 minuti in totale', '全体で2分半にして': one
            # length said to be the whole, longer than the track, and nothing else asked: it grows to it
            kind = "outpaint"
            why.append(f"'{total}', a whole length longer than the track → outpaint")
        elif (
            req.duration is not None
            and not _has(text, SECTION_WORDS)
            and not _has(text, BEFORE_WORDS, glued=True)
            and not _has(text, AFTER_WORDS, glued=True)
            and (
                _A_NEW_THING.search(as_written)
                or _ANOTHER_PIECE.search(as_written)
                or _SET_ASIDE.search(raw.lower())
                or _NEW_OR_INSTEAD.search(as_written)
                or _DIFFERENT_PIECE.search(raw.lower())
            )
        ):
            # 'ジャズピアノトリオで3分の曲、2パターンほしい', 'Zahoď to. Udělej veselou dechovku' with the track open and
            # `duration` passed: a piece of its own said ('a', 'another', 'new', the track set aside), nothing that
            # edits, extends or names a part or an end of the track, and the agent gave a new piece's length, as the
            # edit-or-extend question asks it to; a new piece. ('this needs a proper ending' with `duration`: asked)
            why.append(f"duration {req.duration} as given, and no edit or extension said → a new piece")
            audio = None
            req.source_tags = None
            kind = "text_to_audio"
        elif (
            lyrics
            and not instrumental
            and not re.search(r"\d", text)  # (no time, length or count of any kind: 'sing these words at 0:30:')
            and not _has(text, SECTION_WORDS)
            and not _TIED_TO_TRACK.search(raw.lower())
            and not _PART_OF_A_TRACK.search(raw.lower())
            and (_A_NEW_THING.search(as_written) or _NEW_PIECE.search(raw.lower()) or _MAKE_A_SONG.search(as_written))
        ):
            # 'Bu sözlerle bir arabesk şarkı yap:\n…', 'この歌詞で曲作って！\n[Aメロ]…' with a track open: words to sing
            # and no time, part, edit or extension of the track said; a new piece sung with them.
            why.append("lyrics with a track and no time, part, edit or extension of it → a new piece")
            audio = None
            req.source_tags = None
            kind = "text_to_audio"
        elif (
            (intro := _INTRO_NOUN.search(raw.lower())) is not None
            and find_times(text)
            and not ("regenerate" in cues or "trim" in cues or "fade" in cues)
            # (not an intro as a piece of its own: 'নতুন একটা বানাও — … ৩০ সেকেন্ডের একটা ইন্ট্রো', 'a new intro for my vlog')
            and not (
                _NEW_PIECE.search(raw.lower())
                or _A_NEW_THING.search(as_written)
                or _SET_ASIDE.search(raw.lower())
                or _new_piece_said(as_written)
                or _INTRO_FOR_A_USE.search(raw.lower())
                or _NEW_WORD.search(raw.lower())
                or _INTRO_USE.search(raw.lower())
                or (
                    (_INTRO_NOT_WISHED.search(raw.lower()) or _THE_INTRO_NOUN.search(raw.lower()))
                    and not _WISHED.search(raw.lower())
                )
                # (a song of its own: 'イントロ10秒の曲を作って', '做一首前奏10秒的歌')
                or _MAKE_A_SONG.search(as_written)
                # (where it ends: 'l'introduzione finisce a 0:12'; not a deadline 'para las 15:30')
                or re.search(r"(?<![\d:])0?\d\s*[:：]\s*[0-5]\d(?![\d:])", raw)
            )
        ):
            # ("un'introduzione di 10 secondi", 'ممكن مقدمة قصيرة حوالي ١٠ ثواني؟', '頭に5秒くらいイントロがあったら'): an
            # intro said with a length and nothing else decided, as English 'a 10 s intro' is
            kind = "outpaint"
            why.append(f"'{intro.group(0)}' (an intro) + a length + a track → outpaint")
        else:
            return Question(
                "Should I regenerate a time range inside the track (say which seconds), or extend it with an "
                "intro or outro (say how long)? For a new piece instead, pass `duration`.",
                "edit_or_extend",
                ("start_time", "end_time", "extend_before", "extend_after", "duration"),
            )
    elif (
        explicit_window
        or explicit_extend
        or (edit_word and has_window)
        # 'make it longer', 'deixa ela mais longa', 'produlji za pola minute' with no track: a track not given,
        # in any language (the extend verb of the cue tables), never a new piece as long as the amount
        or (
            extend_word
            and re.search(r"\b(?:it|this|the track|the song|my)\b", text)
            and not _looks_new(text)
            and not lyrics  # ('a rock song … make it three minutes and the lyrics are …': a new piece)
        )
        or ("extend" in cues and not _looks_new(text) and not new_song and not lyrics)
        # 'Aumenta o final da música', 'add to the end of the song' with no track: an end of a song not given
        or (
            "add" in cues
            and ("start" in cues or "end" in cues)
            and not find_times(text)
            and not _looks_new(text)
            and not new_song
            and not lyrics
            and not names_a_style(text)
        )
        # 'Додай 30 секунд в кінці пісні' with no track: seconds added at an end of a song not given
        or (add_time and ("start" in cues or "end" in cues) and not _looks_new(text) and not lyrics)
        # 'यसलाई ५ मिनेटको बनाइदेऊ', 'इसे 5 मिनट का बना दो' (make this one 5 minutes) with no track: the track not given
        or (
            _IT_FIRST.match(text) is not None
            and find_times(text)
            and not (_looks_new(text) or new_song or lyrics or names_a_style(text))
        )
        # 'añádele 10 segundos de intro', 'add 10 seconds of intro' with no track: an intro to a track not given
        or (add_time and re.search(r"\b(?:intro|outro)\b", text) and not _looks_new(text) and not lyrics)
        # 'زود الاغنية دقيقة كمان' (add to the song a minute more) with no track: seconds added to a song not given
        or (add_time and _THE_SONG.search(text) and not _looks_new(text) and not new_song and not lyrics)
        # 'add 10 more seconds', 'เพิ่มอีก 10 วินาที', 'füge 10 Sekunden hinzu' with no track and nothing of a new piece:
        # seconds added to a track not given, never a new piece as long as them
        or (add_time and not (_looks_new(text) or new_song or lyrics or names_a_style(text) or _A_PIECE.search(text)))
        or (_edit_cue_leads(text, cues) and not new_song and not _looks_new(text))
        # 'make the chorus from 0:40 again', 'Mach den Refrain ab 0:40 nochmal neu': a place in a track (a time
        # after 'from') made again; never a new piece as long as the time.
        or ((again or "regenerate" in cues) and _FROM_A_TIME.search(text) and not new_song)
        # 'make the last 12 seconds again': the end of a track not given, never a new 12 s piece
        or ((again or "regenerate" in cues) and (last_m or first_m) and not new_song and not _looks_new(text))
        # 'сделай кавер на «Группу крови»', 'a cover of Wonderwall': a cover is of a track, never a new piece
        or (_COVER_OF.search(text) and not lyrics)
        # 'can you make the chorus a bit happier?', 'Kan du gøre omkvædet lidt gladere?': a part of a track not given
        or (
            _THE_PART.search(text)
            and _CHANGED.search(text)
            and not (new_song or _looks_new(text) or lyrics or find_times(text) or _A_PIECE.search(text))
        )
        # 'mach mal die Sekunden 20 bis 35 neu': a range of seconds and nothing of a new piece, a track not given
        or (
            range_m is not None
            and not (_looks_new(text) or new_song or lyrics or names_a_style(text) or _A_PIECE.search(text))
        )
        # 'remove the drums from my song', 'kan du fjerne trommerne fra min sang': a track not given, taken from
        or ("trim" in cues and _FROM_MY_TRACK.search(text) and not lyrics)
        # 'Lag en intro på 10 sekunder foran musikken', 'make a 10 second intro before the song': an intro or an outro
        # put at a track not given, never a new piece as long as the intro
        or (_INTRO_AT_A_TRACK.search(raw.lower()) and not (new_song or lyrics))
        # '브릿지 부분 다시 해줘', 'redo the chorus': a part of a track not given made again
        or ((again or "regenerate" in cues) and _PART_OF_A_TRACK.search(text) and not new_song and not _looks_new(text))
        # 'Aquela de ontem, do forró, eu fechei sem querer. Consegue colocar em loop?', '어제 만든 발라드 창을 닫아버렸어요
        # … wav로 바꿔 줄 수 있나요?': a track said to be closed, a change of one asked (or no style of a new piece named)
        # and no new piece; never a paid piece made of the change's words (not 'Der Laden ist geschlossen. Mach mir
        # ruhigen Lo-Fi, 2 Minuten')
        or (
            _TRACK_CLOSED.search(raw.lower())
            and (
                delivery
                or any(k in cues for k in ("regenerate", "extend", "add", "convert", "loop", "fade", "trim"))
                or not names_a_style(text)
            )
            and not (new_song or _looks_new(text) or lyrics or _A_PIECE.search(text))
        )
    ):
        return Question(
            "Which track should I work on? Give a track id (trk_...), a file path or an https URL.", "audio"
        )
    elif _converts_nothing_new(text, cues, delivery, lyrics):
        # 'convert to flac', 'konvertier das in wav' with no track: a conversion of a track not given, not a
        # new piece styled 'flac' (a paid render of the format's name).
        return Question(
            f"Which track should I convert to {delivery['output_format']}? Give a track id (trk_...), a file path "
            f"or an https URL.",
            "audio",
        )
    elif (what := _shapes_nothing_new(text, cues, delivery, lyrics)) is not None:
        # 'Lauter bitte, so auf -10 LUFS', 'フェードアウト入れて', 'ubah ke mp3 dong' with no track: a change to a
        # track not given; never a paid new piece styled by the request's own words.
        return Question(
            f"This changes a track ({what}): which one? Pass `audio` (a track id, file path or https URL); for a "
            f"new piece instead, pass `tags` with its style.",
            "audio",
            ("audio", "tags"),
        )
    else:
        kind = "text_to_audio"

    if kind == "inpaint" and (_ADD.search(text) or "add" in cues):
        # 'cambia 0:30-0:40 y añade un final de 10 segundos': a length beside the range, with 'add', is a
        # second edit even when no side word is known (and 10 s must not pass as the window's own length).
        window = range_m.span() if range_m is not None else (-1, -1)
        extra_length = any(sp.end <= window[0] or sp.start >= window[1] for sp in find_times(text))
    else:
        extra_length = False
    if (
        kind == "inpaint"
        and _ADD.search(text)
        and _has(text, tuple(w for w in BEFORE_WORDS + AFTER_WORDS if len(w) > 3), glued=True)
    ) or extra_length:
        # Two edits in one request ('fix 0:10-0:20 and add an intro'): one call makes one, and neither
        # part may be dropped without a word, so the user says which goes first.
        return Question(
            "That is two edits: regenerating a time range and adding an intro or outro. One call does one; "
            "which should I do first? (Ask for the other with the new track after.)",
            "edit_or_extend",
        )
    inside = _SIDE_OF_SECTION.search(text) if kind == "outpaint" and not explicit_extend else None
    if inside is not None:
        # 'add 5 s before the chorus', 'ajoute 5 s avant le refrain': a place inside the track, not one of
        # its ends; an extension there would be a silent wrong plan.
        return Question(
            f"The request places music next to '{inside.group(1)}', inside the track, and an extension only adds at "
            f"its start or end; pass extend_before / extend_after for an intro or outro, or start_time and end_time "
            f"to regenerate a range.",
            "clarify",
            ("extend_before", "extend_after", "start_time", "end_time"),
        )
    if kind == "inpaint":
        planned = _plan_inpaint(
            req, text, audio or "", lyrics, seed, why, range_m, last_m, first_m, to_end_m, bpm, ambiguous is not None
        )
    elif kind == "outpaint":
        # A fade's seconds are not new music: 'a 10 s outro with a 3 s fade out' adds 10 s.
        bare = _FADE.sub(lambda m: " fade " + m.group(2), text) if any(k.startswith("fade") for k in delivery) else text
        whole = notes.get("whole_length")
        times_said = find_times(text) if whole else []
        reach_said = times_said[0].seconds if times_said else None  # (the one length _total_said read)
        planned = _plan_outpaint(req, bare, audio or "", lyrics, seed, why, bpm, reach_said)
        if (
            reach_said is not None
            and req.audio_length_s
            and isinstance(planned, Plan)
            and req.extend_before is None
            and req.extend_after is None
        ):
            added = float(planned.arguments.get("extend_before_duration") or 0) + float(
                planned.arguments.get("extend_after_duration") or 0
            )
            reach = reach_said
            if abs(added - reach) < 0.5 and not planned.arguments.get("extend_before_duration"):
                # 'hazla de 3 minutos en total' read as 3 minutes more: the words say the whole it reaches
                planned.arguments["extend_after_duration"] = reach - req.audio_length_s
                planned.rationale.append(f"'{whole}' is the whole length → {reach - req.audio_length_s:g} s after")
            elif abs(added + req.audio_length_s - reach) > 0.5:
                # 'hazla de 3 minutos en total' read as 3 minutes more: the words say the whole
                return Question(
                    f"'{whole}' with a {req.audio_length_s:.0f} s track: is that how much to add, or the whole "
                    f"length it should reach? Pass `extend_before` and `extend_after` in seconds.",
                    "extension",
                    ("extend_before", "extend_after"),
                )
    else:
        if "loop" not in delivery and (piece := _A_LOOP.search(text)) is not None:
            # 'make a 30 second loop', 'a 45s jazz loop': the new piece is a loop, so it is made to loop.
            delivery["loop"] = True
            why.append(f"'{piece.group(0).strip()}' → a new piece made to loop")
        planned = _plan_t2a(req, text, lyrics, seed, why, bpm, instrumental)
    if isinstance(planned, Plan) and delivery:
        planned.deliver = {k: v for k, v in delivery.items() if k in DELIVERABLE_KEYS}
        edits = sorted(k for k in delivery if k not in DELIVERABLE_KEYS and k in (req.deliverables or {}))
        if edits:
            # Fades and trims are cut from a made track: a render does not make them, so asking is honest.
            return Question(
                f"{', '.join(edits)} apply to a finished track, and this call makes new music; make it first, then "
                f"call make_music again with the new track as `audio` and {', '.join(edits)}.",
                "clarify",
                ("audio", *edits),
            )
    return planned


PREVIOUS = "{previous}"  # a chained step's `audio`: the track the step before it made


def steps_for(first: Plan, length_s: float | None, context_s: float, max_render_s: float = MAX_SECONDS) -> list[Plan]:
    """The calls a plan needs: one, or, for a piece longer than one call can make, a text-to-audio of
    `max_render_s` (the backend's longest render) and then outpaints (or only outpaints, to grow a track)
    of at most that less the context each sends, split evenly. Chained steps take `audio` PREVIOUS."""
    longest = int(max_render_s)
    args = dict(first.arguments)
    if first.tool in ("text_to_audio", "text_to_audio_v15") and int(args.get("duration") or 0) > longest:
        rest = float(args["duration"]) - longest
        head = Plan(first.tool, {**args, "duration": longest}, first.rationale)
        tail = {k: v for k, v in args.items() if k not in ("duration",)}
        grow = Plan(
            "audio_outpaint",
            {"audio": PREVIOUS, **tail, "extend_before_duration": 0, "extend_after_duration": rest},
            [f"then {rest:g} s more after it"],
        )
        return [head, *steps_for(grow, float(longest), context_s, max_render_s)]
    if first.tool != "audio_outpaint":
        return [first]
    before = float(args.get("extend_before_duration") or 0)
    after = float(args.get("extend_after_duration") or 0)
    length = length_s or 0.0
    ends = (before > 0) + (after > 0)
    per_call = longest - ends * min(context_s, length)
    if length + before + after <= longest or before + after <= per_call or per_call <= 0:
        return [first]
    n = math.ceil((before + after) / per_call)
    steps = []
    for i in range(n):
        step_args = {
            **args,
            "extend_before_duration": round(before / n, 3),
            "extend_after_duration": round(after / n, 3),
        }
        if i:
            step_args["audio"] = PREVIOUS
        why = first.rationale if i == 0 else []
        steps.append(
            Plan("audio_outpaint", step_args, [*why, f"step {i + 1} of {n}"] if i == 0 else [f"step {i + 1} of {n}"])
        )
    return steps


def _converts_nothing_new(text: str, cues: dict[str, Any], delivery: dict[str, Any], lyrics: str | None) -> bool:
    """A 'convert' verb and a format, and nothing a new piece would be made of: no style word, length or
    lyrics ('convert to flac', 'mp3 formatına çevir'; not 'export a lo-fi beat as wav')."""
    if "convert" not in cues or not delivery.get("output_format") or lyrics or find_times(text):
        return False
    if _looks_new(text) or extract_tags(text, instrumental=False, bpm=None, language=None):
        return False
    left = [t for w in _own_words(text) for t in w.split() if t.lower() not in _NOT_A_SOUND]
    return len(left) <= 2  # the verb, 'format', 'file': a few short words, no description of a piece


# Terms of the style list that deliver rather than describe a piece: with only these, no style is named.
_DELIVERY_TERMS = frozenset({"fade", "fade-out", "fade out", "fade in", "loop", "seamless loop"})


def names_a_style(text: str) -> bool:
    """Whether the words name a style of their own (a genre, instrument or mood from the style list), not only a
    fade or a loop."""
    found, native = _style_found(text)
    # (A word of another language's table said taken out is no style of its own: 'gitarı sil', remove the guitar.)
    return any(t not in _DELIVERY_TERMS and not (t in native and t.startswith("no ")) for _, t in found)


def _shapes_nothing_new(text: str, cues: dict[str, Any], delivery: dict[str, Any], lyrics: str | None) -> str | None:
    """What a request with no track asks to change, where it only delivers, fades, trims or converts and names
    no style of a new piece and no lyrics ('normalise to -14 LUFS', 'fade out', 'passa-ho a wav'); else None."""
    from ace_step_mcp.router.cues import LOOP_WORD

    kinds = [k for k in ("fade", "trim", "convert", "loop") if k in cues]
    # ('loop the song', 'lag en loop av sangen', 'תעשה לזה לופ', 'वो कल वाला ट्रैक लूप कर दो': a loop of a track not given)
    looped = LOOP_WORD.search(text) if "loop" not in cues else None
    if looped is not None and (loop_not_wanted(text, looped) or _titled_before(text, looped) or _A_PIECE.search(text)):
        looped = None
    if lyrics or not (delivery or kinds or looped) or _looks_new(text) or _A_LOOP.search(text):
        return None
    if names_a_style(text):
        return None
    if kinds:
        return str(cues[kinds[0]].word)
    if looped is not None and not delivery:
        return looped.group(0)
    return ", ".join(f"{k} {v}" for k, v in delivery.items())


def _edit_cue_leads(text: str, cues: dict[str, Any]) -> bool:
    """An edit or extension verb that commands the request (among its first or last three words, where
    imperatives stand in verb-first and verb-last languages), or one next to a section of a song."""
    from ace_step_mcp.router.account import around
    from ace_step_mcp.router.cues import find_cues
    from ace_step_mcp.router.read import SENTENCE_END

    words = re.findall(r"\w+", text)
    for kind in ("regenerate", "extend"):
        cue = cues.get(kind)
        if cue is None:
            continue
        head = len(re.findall(r"\w+", text[: cue.start]))
        tail = len(re.findall(r"\w+", text[cue.end :]))
        if head <= 2 or tail <= 2 or len(words) <= 4 or _has(text, SECTION_WORDS):
            return True
    # ... or first in a short sentence of its own, after a story told first ('Le client a encore changé d'avis.
    # Refais-le comme il veut.'; the cues found again in this text, which the reading of numbers and units has changed)
    for found in find_cues(text):
        if found.kind != "regenerate" or found.start == 0:
            continue
        begin, stop = around(SENTENCE_END, text, found.start, found.end)
        if (
            begin
            and len(re.findall(r"\w+", text[begin : found.start])) <= 2
            and len(re.findall(r"\w+", text[begin:stop])) <= 6
        ):
            return True
    return False


# A new piece said as such, in the 50 languages' everyday words: 'new' beside a word for a piece, or 'from
# scratch' ('a totally new song', 'ein neues Stück', 'otra canción nueva', 'un pezzo nuovo', 'с нуля', '新曲').
_NEW_PIECE = quick(
    r"(?<![^\W\d_])(?:(?:brand[\s-]+|totally\s+|completely\s+|whole\s+)?new\s+(?:song|track|piece|one|thing)|"
    r"another\s+(?:song|piece)|something\s+(?:totally\s+|completely\s+)new|"
    r"neue[sn]?\s+(?:stück|lied|track|song)|"
    r"(?:otra|una)\s+(?:canción\s+)?(?:nueva|distinta|diferente)(?!\s+(?:versión|version|mezcla|remix|mix))|(?:nueva|otra)\s+canción|desde\s+cero|"
    r"(?:empezamos|empecemos|empezar|empieza|arranquemos|arrancamos)\s+de\s+cero|"
    r"(?:un|una)\s+(?:pezzo|brano|canzone)\s+nuov[oa]|(?:un\s+)?nuov[oa]\s+(?:pezzo|brano|canzone)|da\s+zero|"
    r"outra\s+(?:música|do\s+zero|nova)|nova\s+música|do\s+zero|"
    # (Portuguese 'outro' is 'another' as well as the English section: 'agora outro: um samba …')
    r"agora\s+(?:um\s+|uma\s+)?outr[oa](?!\s+de\s+\d)(?![^\W\d_])|"
    r"(?:mais|quero|faz|faça|manda|bora)\s+(?:um\s+|uma\s+)?outr[oa]\s*[:：]|"
    r"(?:un|une)\s+(?:nouveau|nouvelle)\s+(?:morceau|chanson)|(?:nouveau|nouvelle)\s+(?:morceau|chanson)|"
    r"de\s+z[ée]ro|нов(?:ую|ый|ое|ая)\s+(?:песн\w*|трек\w*|композиц\w*|мелоди\w*)|теперь\s+новую|с\s+нуля|"
    r"(?:una|altra)\s+de\s+nova|nova\s+cançó|nieuw\s+(?:nummer|liedje)|nowy\s+(?:utwór|kawałek)|nową\s+piosenk\w*|"
    r"naya\s+gaana|नया\s+गाना|नई\s+धुन|(?:was|etwas)\s+(?:ganz\s+)?neues|ganz\s+neue[sn]?|inédit[ao]|"
    r"nov[oa]\s+(?:faixa|canção|cancao)|(?:en|ei|et)\s+helt\s+ny(?:tt)?|(?:en\s+)?(?:helt\s+)?ny\s+(?:sang|låt)(?!\s*\?)|"
    r"(?:coś|cos)\s+nowego|"
    r"now(?:y|ego)\s+podk(?:ł|l)ad\w*)(?![^\W\d_])|완전\s*다른\s*(?:거|곡)"
    # ('Hazme uno nuevo: …', "Fes-me'n una de nova: …": 'a new one' said alone, before its description)
    r"|(?<![^\W\d_])(?:(?:uno|una)\s+nuev[oa]|(?:uno|una)\s+nuov[oa]|une?\s+nouvel(?:le)?|un\s+nouveau|"
    r"een\s+nieuwe?|(?:um|uma)\s+nov[oa]|una\s+de\s+nova|un\s+de\s+nou)(?=\s*[:：])"
    # ('sem voz dessa vez, uma nova, 2 min', 'teď novou, bez zpěvu', 'nu een nieuwe zonder zang', 'új szám, ének nélkül',
    # 'yeni bir tane', 'καινούργιο κομμάτι', '새로 하나', '整首新嘅': a new one in the words of more languages)
    r"|(?<![^\W\d_])(?:(?:um|uma|uno|una)\s+nov[oa]|novou)(?=\s*[,，.!]|\s*$)"
    r"|(?<![^\W\d_])(?:nu\s+een\s+nieuwe?|novou\s+(?:písničku|píseň|skladbu)|új\s+(?:szám\w*|dal\w*)|yeni\s+bir\s+(?:tane|şarkı)|"
    r"(?:καινούργι|καινούρι|νέ)ο\s+(?:κομμάτι|τραγούδι)|bagong\s+kanta|नयाँ\s+गीत|नया\s+वाला|naya\s+wala)(?![^\W\d_])"
    r"|(?<![을를]\s)(?<![을를])새로\s*하나|整首新|新嘅一首"  # (not a part made anew: '후렴을 새로 하나', a new chorus)
    r"|(?:مقطوعة|لحن)\s+جديد[ةه]?|全新的|새\s*노래"
    r"|(?<![这這此该該その이])(?:新しい曲|新曲|別の曲|再来一首|新的一首|一首新|新歌)|เพลงใหม่|(?<!이 )(?:새로운\s*곡|새\s*곡|신곡)"
    r"|(?:واحدة|أغنية)\s+جديدة"
)
_ONLY_SOLO = quick(
    r"(?<![^\W\d_])solo\s+(?:strumental\w*|instrumental\w*|piano|pianoforte|chitarra|guitarra|violão|voz|voce|"
    r"percus\w*|batería|bateria|batteria|musica|música|acústic\w*|acustic\w*|no vocals|instrumental)"
)
# The last piece once more with one thing changed ('same but without vocals', 'Même chose mais en plus long', 'то же
# самое, но без голоса', '再来一版一样的'), in the 50 languages' everyday words.
_SAME_AGAIN = quick(
    r"(?<![^\W\d_])(?:same\s+(?:vibe|thing|song|track|again|one|but|style)|the\s+same\s+(?:but|again)|"
    r"(?:genau\s+)?das\s+gleiche|dasselbe|lo\s+mismo|versión\s+igual|igual\s+pero|la\s+misma\s+canción|"
    r"même\s+chose|la\s+même\s+chanson|la\s+stessa\s+cosa|lo\s+stesso|mesma\s+coisa|igualzinh[ao]|versão\s+igual|"
    r"то\s+же\s+самое|ту\s+же\s+песню|те\s+саме|to\s+samo|to\s+samé|to\s+isté|hetzelfde|zelfde\s+(?:nummer|liedje)|"
    r"samma\s+(?:sak|låt)|samme\s+(?:sang|ting|låt)|det\s+samme|tas\s+pats|menm\s+bagay|yang\s+sama|aynısı|"
    r"το\s+ίδιο|ugyanez\w*|sama\s+(?:kappale|biisi|juttu)|același\s+lucru|isto\s+to|ista\s+pjesma|"
    r"نفس\s+الشي|نفس\s+الشيء|نفس\s+الأغنية|همین\s+آهنگ|همون\s+آهنگ|אותו\s+דבר|אותו\s+שיר|वही\s+गाना|"
    r"wahi\s+gaana|وہی\s+گانا|একই\s+রকম|একই\s+গান|ਇਹੀ\s+ਗੀਤ|ਉਹੀ\s+ਗੀਤ|அதே\s+பாடல்|అదే\s+పాట|giống\s+vậy|"
    r"giống\s+như\s+vậy)(?![^\W\d_])"
    r"|(?<![不没沒])一样的|(?<![不没沒])一樣的|再来一版|再來一版|同样的|同樣的|(?<!唔)一樣嘅|同じ感じ|同じ曲|똑같이|똑같은|"
    r"เพลงเดิม|แบบเดิม"
)
_NOT_A_NEW_ONE = quick(
    r"(?<![^\W\d_])(?:not|no|don['’]?t|do not|never|without|(?<!['’]d )(?<!would )(?<!i )(?<!we )(?<!id )(?<!really )like|than|"
    r"rather than)(?![^\W\d_])[^,.;!?—–]*$"
)  # ("I'd like a brand new song", 'nothing like the last one — a brand new song': wished for, not compared)
# A length said shorter or longer than the last piece ('same but 30 s shorter', 'ugyanez, csak 30 mp-cel rövidebben'):
# a change of a length the router cannot see, not the new piece's length.
_SHORTER_LONGER = quick(
    r"(?<![^\W\d_])(?:shorter|longer|kürzer|länger|más cort\w*|más larg\w*|plus court\w*|plus long\w*|più cort\w*|"
    r"più lung\w*|mais curt\w*|mais long\w*|короче|длиннее|коротше|довше|krótsz\w*|dłuższ\w*|kratší\w*|delší\w*|"
    r"kratš\w*|dulj\w*|duž\w*|краћ\w*|дуж\w*|по-кратк\w*|по-дълг\w*|rövidebb\w*|hosszabb\w*|korter|langer|"
    r"kortare|längre|kortere|længere|lengre|lyhyem\w*|pidem\w*|mai scurt\w*|mai lung\w*|daha kısa|daha uzun|"
    r"lebih pendek|lebih panjang|ngắn hơn|dài hơn|κοντύτερ\w*|μικρότερ\w*|μεγαλύτερ\w*|אקצר|קצר יותר|ארוך יותר|"
    r"أقصر|أطول|کوتاه‌?تر|بلندتر|छोटा|लंबा|ছোট|বড়|trumpesn\w*|ilgesn\w*|styttr\w*|lengr\w*|fupi zaidi|"
    r"ndefu zaidi|mas maikli|mas mahaba|més curt\w*|més llarg\w*|pi kout|pi long|kısaltılmış)(?![^\W\d_])"
    r"|短く|長く|短一点|长一点|短一點|長一點|更短|更长|更長|짧게|길게|สั้นกว่า|ยาวกว่า"
    # (a length, then 'more' or 'less': 'con 30 segundos más', '30 Sekunden weniger', '30 secondes de moins', '短30秒')
    r"|\d\s*(?:s|min|[^\W\d_]{1,12})?\s{1,3}(?:más|menos|mehr|weniger|de moins|de plus|more|less|меньше|больше|di più|"
    r"di meno|a mais|a menos)(?![^\W\d_])(?=\s*(?:$|[,.!?;)]))|(?:^|[，,、\s]|但是?|可是)[短长長]\s*\d"
)
# 'Something totally different', in the 50 languages' everyday words, said before what the new piece is.
# A piece said as one of its own ('einen kurzen Jingle', 'een strakke housetrack', 'egy új magyar nyelvű rockdal',
# 'uma bossa nova', '3分の曲', '2 варианта … бита'): an indefinite article or a count before a word for a piece.
_A_NEW_THING = quick(
    r"(?<![^\W\d_])(?:(?:ein|eine|einen|une?|una?|uma?|een|egy|ett|jeden|jedn[aą])\s+(?:[^\W_]+\s+){0,3}?"
    r"(?:[^\W\d_]*(?:song|track|tune|jingle|lied|stück|chanson|canción|canzone|canção|música|nummer|liedje|dal|"
    r"låt|sang|piosenk\w*|písni\w*|ballad\w*|bossa nova|samba|cumbia|rockdal|housetrack|pieza|pezzo|brano|trilha|"
    r"faixa|szám|kappale|biisi|utwór|skladb\w*|beat|base|truc|rumba|polka|tango|vals|valse|walzer|waltz|bolero|"
    r"bachata|salsa|reggaeton|merengue|habanera))|"
    r"\d\s+(?:вариант\w*|трек\w*|бит\w*))(?![^\W\d_])|[0-9]分の曲|[0-9]分くらいの曲"
)
# A song asked to be made, in the words the article-less languages use ('この歌詞で曲作って', 'bir arabesk şarkı
# yap', '이 가사로 노래 만들어', '用这段歌词写一首歌').
# 'bir … şarkı / mahnı' (a song, in Turkish and Azerbaijani, which write no article): also what `_looks_new` reads.
_A_SONG_TURKIC = r"(?<![^\W\d_])bir\s+(?:[^\W\d_]+\s+){0,2}(?:şarkı|mahnı)"
_MAKE_A_SONG = quick(r"曲(?:を)?作|歌を作|曲にして|노래\s*만들|곡\s*만들|(?:写|做|作)一首|" + _A_SONG_TURKIC)
# A place inside the track ('en el medio', 'in the middle', 'au milieu', 'in der Mitte', 'a metà').
_IN_THE_MIDDLE = quick(
    r"(?<![^\W\d_])(?:in the middle|en el medio|a la mitad|au milieu|in der mitte|a metà|nel mezzo|no meio|"
    r"в середине|посередине|w środku|in het midden|i mitten|i midten)(?![^\W\d_])"
)
# Words that make a piece out of the track ('aus dem Refrain', 'una versione della canzone', 'à partir du refrain',
# 'maak er … van'): no piece of its own.
_FROM_THE_TRACK = quick(
    r"(?<![^\W\d_])(?:(?<!\d )(?<!\d)(?:versi\w*|versã\w*|versie\w*)|van het nummer|van dit nummer|van het liedje|aus|à partir|a partir|from|of the|de la chanson|della canzone|"
    r"da música|do refrão|del estribillo|dal ritornello|av refrängen|z refrenu)(?![^\W\d_])"
)
_DIFFERENT_PIECE = quick(
    r"(?<![^\W\d_])(?:something\s+(?:totally\s+|completely\s+|entirely\s+)?(?:different|else)|totally\s+different|"
    r"completely\s+different|(?:was|etwas)\s+(?:ganz\s+)?anderes|ganz\s+anderes|algo\s+(?:totalmente\s+|completamente\s+)?"
    r"(?:diferente|distinto)|otra\s+(?:cosa|diferente|distinta)|outra\s+(?:coisa|diferente)|rien\s+à\s+voir|autre\s+chose|"
    r"quelque\s+chose\s+de\s+différent|qualcosa\s+di\s+(?:diverso|completamente\s+diverso)|uno\s+nuovo|una\s+nuova|"
    r"совсем\s+другое|что-то\s+другое|зовсім\s+інше|щось\s+інше|coś\s+(?:zupełnie\s+)?innego|něco\s+(?:úplně\s+)?jiného|"
    r"niečo\s+(?:úplne\s+)?iné|iets\s+(?:heel\s+)?anders|något\s+(?:helt\s+)?annat|noget\s+(?:helt\s+)?andet|"
    r"noe\s+(?:helt\s+)?annet|jotain\s+(?:ihan\s+)?muuta|valami\s+(?:egészen\s+)?más|ceva\s+(?:complet\s+)?diferit|"
    r"nešto\s+(?:sasvim\s+)?drugo|нешто\s+(?:сасвим\s+)?друго|нещо\s+(?:съвсем\s+)?различно|tamam(?:en)?\s+başqa|"
    r"başqa\s+bir\s+şey|başka\s+bir\s+şey|"
    r"tamamen\s+farklı|bambaşka|εντελώς\s+διαφορετικό|κάτι\s+άλλο|lòt\s+bagay|yang\s+beda|yang\s+lain|lain\s+pula|"
    r"aliud\s+omnino|kingine\s+tofauti|ng\s+iba|iba\s+naman|khác\s+hẳn|hoàn\s+toàn\s+khác|أغنية\s+مختلفة|"
    r"وحدة\s+مختلفة|شيء\s+مختلف|کاملاً\s+متفاوت|یه\s+چیز\s+دیگه|אחר\s+לגמרי|משהו\s+אחר|बिल्कुल\s+अलग|कुछ\s+अलग|"
    r"بالکل\s+الگ|کچھ\s+الگ|একদম\s+আলাদা|ਬਿਲਕੁਲ\s+ਵੱਖਰਾ|முற்றிலும்\s+வேறு|పూర్తిగా\s+వేరే|bilkul\s+alag)"
    r"(?![^\W\d_])|完全不同|換個|换个|全然違う|違うの|完全\s*다른|전혀\s*다른|อย่างอื่น|ต่างออกไป"
)
# Words that tie a new piece to the last track, or edit it: 'like this one', 'the same vibe', 'on top of this',
# 'mix it with', 'keep', 'parecida a esta', 'im gleichen Stil', '和这首一样', 'remove' ... (asked, not planned anew).
_TIED_TO_TRACK = quick(
    r"(?<![^\W\d_])(?:like\s+(?:this|that|it)|same|similar|on\s+top|under\s+it|keep|mix|remove|take\s+out|"
    r"parecid\w*|igual|mismo|misma|gleich\w*|ähnlich\w*|wie\s+(?:dies|das)\w*|comme\s+(?:celle|celui|ça)|même|"
    r"simile|stess[oa]|como\s+esta|como\s+essa|mesm[oa]|похож\w*|так\w*\s+же|как\s+эт\w*|tak\w*\s+sam\w*|"
    r"benzer|aynı|sama|mirip|giống|مثل|زي|כמו|ίδι\w*|όπως|"
    # the track named as what the new thing is for ('gib dem Song eine ganz neue Stimmung', 'dale a esta canción un
    # toque inédito', 'uma nova faixa de voz nessa música', 'أعطِ الأغنية لحن جديد', '给这首歌一个全新的感觉')
    r"this\s+(?:song|track|one)|(?:dem|diesem|den|diesen)\s+(?:song|track|lied)|(?:esta|esa)\s+canción|"
    r"(?:essa|esta|dessa|desta|nessa|nesta)\s+(?:música|faixa|canção)|questa\s+canzone|cette\s+chanson|"
    r"эт\w*\s+(?:песн\w*|трек\w*)|الأغنية|هذه\s+الأغنية|इस\s+गाने|stimmung|feel|vibe|mood|toque|ambiance|"
    r"por\s+(?:baixo|cima)|underneath)(?![^\W\d_])"
    r"|一样|一樣|同じ|같은|비슷|像这|像這|去掉|拿掉|빼|消して|这首歌|這首歌|这首|這首|この曲|이\s*노래|感觉|感覺"
    r"|差不多(?!\s*[\d一二两兩三四五六七八九十半])|类似|類似|似たような|似た感じ"  # ('再来一首差不多的', '再来一首类似的': another like it)
)


_MOOD_TIES = frozenset({"stimmung", "feel", "vibe", "mood", "toque", "ambiance"})
# A word for 'new' (not 'anew': 'de nuevo', 'na nowo', 'på nytt', 'din nou', 'من جديد', '重新' are 'again'), 'instead'
# or 'something else', in the 50 languages: what makes a track set aside the start of a new piece.
# 'New' in the 50 languages' everyday words (not 'de nuevo', 'di nuovo', 'na novo', 'od nowa', 'på nytt', 'din nou',
# 'من جديد', 'از نو': again).
_NEW_WORDS = (
    r"(?<![^\W\d_])(?<!\bde )(?<!\bdi )(?<!\bna )(?<!\bod )(?<!\bpå )(?<!\bdin )(?<!\bdo )(?<!\bda )(?<!\bمن )(?<!\bاز )"
    r"(?:new|fresh|neue[nrs]?|neu|nuev[oa]s?|nouve(?:au|lle)|nouvel|nuov[oa]|nov[oaáéýí]|novou|nowy|nowego|nową|nowe|"
    r"nieuwe?|nytt?|nye|ny|nýtt|nýja|nýr|yeni|baru|mới|جديد\w*|جدید\w*|חדש\w*|καινούργι\w*|νέ[οα]|"
    r"нов(?:ую|ый|ое|ая|ого|у|а|о|и)|нова|нови|ново|новий|нову|uusi|uus|uuden|uutta|új|újat|nou[ăa]?|nouvo|mpya|jipya|"
    r"bago|naujas|naują|nauja|novum|novam|novus|नया|नई|नये|नयाँ|नूतन\w*|নতুন|ਨਵਾਂ|ਨਵੀਂ|புதிய|కొత్త|కొత్తది|نیا|نئی|"
    r"təzə|teze"
)
_NEW_CJK = r"新的|新歌|新曲|新嘅|全新|新しい|新しく|새\s*곡|새로운|새\s*노래|เพลงใหม่"
_NEW_WORD = quick(_NEW_WORDS + r")(?![^\W\d_])|" + _NEW_CJK)
_NEW_OR_INSTEAD = quick(
    _NEW_WORDS + r"|"
    r"moi|instead|rather|plutôt|stattdessen|lieber|en cambio|mejor|invece|piuttosto|em vez|вместо|лучше|zamiast|raczej|"
    r"istället|i stedet|hellere|sen sijaan|helyette|inkább|în schimb|yerine|gantinya|thay vào đó|بدلا|به جای|במקום|"
    r"αντί|something else|otra cosa|autre chose|was anderes|etwas anderes|qualcos'altro|outra coisa|что-то другое|"
    r"coś innego|něco jiného|iets anders|något annat|noget andet|noe annet|jotain muuta|valami mást|altceva|başka|"
    r"from scratch|start fresh|desde cero|da zero|do zero|à zéro|von vorne|с нуля|od zera|od nuly|fra bunden|"
    r"från början|alusta)(?![^\W\d_])"
    r"|" + _NEW_CJK + r"|別の|另外"
)
# A part of the track beside 'new' ('a new intro', 'new vocals', 'Gjør introen helt ny', 'een nieuwe bewerking'):
# an edit or an arrangement of it, not a new piece.
_PART_WORDS = (
    r"intro\w*|outro\w*|ending|start|beginning|vocals?|voice|lyrics|words|melod\w*|drums?|guitar|bass|part|section|"
    r"slutt\w*|schluss|final|finale|fin|end\w*|проигрыш\w*|концовк\w*|\w*solo|"
    r"bridge|chorus|verse|refr\w*|estribillo|ritornello|couplet|strophe|coda|version\w*|versi[oóò]n\w*|mix\w*|"
    r"remix\w*|arrang\w*|bewerking\w*|cover\w*|sound|feel|vibe|mood|energy|куплет\w*|припев\w*|приспів\w*|"
    r"вступ\w*|интро|вокал\w*|голос\w*|аранжир\w*|верси\w*|ремикс\w*"
)
_NEW_PART = quick(r"\s*(?:\w+\s+)?(?:" + _PART_WORDS + r")(?![^\W\d_])")
_PART_BEFORE = quick(r"(?<![^\W\d_])(?:" + _PART_WORDS + r")(?:\s+[^\W\d_]+){0,2}\s+$")
# What a new piece is called beside 'new' ('uusi biisi', 'nova pisnicka', 'bài mới', 'حاجة جديدة', 'nešto novo').
_PIECE_BESIDE = (
    r"(?:song|track|piece|tune|beat|one|thing|music|canci[oó]n|chanson|morceau|truc|lied|st[üu]ck|canzone|pezzo|"
    r"brano|m[úu]sica|faixa|can[çc][ãa]o|pe[çc]a|visa|visan|مقطوعة|مقطوعه|قطعة|песн\w*|песен|трек\w*|пісн\w*|piosenk\w*|p[íi]se[nň]|p[íi]sni[cč]k\w*|pesm\w*|"
    r"pjesm\w*|песм\w*|jingl\w*|biisi|kappale|laulu|sang|l[åa]t|nummer|liedje|dal|[şs]ark[ıi]|lagu|b[àa]i|b[àa]i h[áa]t|nh[ạa]c|"
    r"أغنية|اغنية|حاجة|شي|آهنگ|שיר|τραγούδι|c[âa]ntec|melodie|daina|wimbo|mizik|गाना|गीत|ਗੀਤ|গান|பாடல்|పాట|"
    r"nešto|něco|coś|cos|etwas|iets|noe|något|noget|jotain|valami|ceva|algo|qualcosa|something|lag|lög)"
)
# The open track pointed at ('uit dit nummer', 'ud fra sangen', 'lagu ini', 'from this song', 'de esta canción'):
# takes made from it, not of a piece of their own.
# The track pointed at as the request's first word, in languages that open with the object ('इसे', 'यसलाई', 'এটাকে',
# 'اسے', 'ਇਸਨੂੰ', 'ise'): a change of a track, never a new piece.
_IT_FIRST = quick(
    r"\s*(?:इसे|इसको|यसलाई|यसको|योलाई|এটাকে|এইটাকে|اسے|اس\s+کو|ਇਸਨੂੰ|ਇਸ\s+ਨੂੰ|ise|isey|isko|"
    r"(?:faz|faça|deixa|deixe)\s+(?:ele|ela))(?![^\W\d_])"  # ('faz ele ter 2 min': make it have 2 minutes)
)
# The song or track pointed at, that a length is added to ('the song', 'الاغنية', 'lagu ni', 'گانے کو', 'la canción').
_THE_SONG = quick(
    r"(?<![^\W\d_])(?:(?:the|this|my)\s+(?:song|track)|الاغنية|الأغنية|هالاغنية|هالأغنية|الاغنيه|الأغنيه|"
    r"lagu\s+(?:ni|ini|itu|saya)|گانے\s+کو|اس\s+گانے|la\s+canción|esta\s+canción|la\s+chanson|a\s+música|"
    r"das\s+lied|den\s+song|la\s+canzone|песню|песне|пісню|пісні|piosenki|piosence|písni|písničce)(?![^\W\d_])"
)
_THE_TRACK_POINTED = quick(
    r"(?<![^\W\d_])(?:this|that|dit|dat|deze|dieses|diesem|diesen|denne|dette|ini|itu|esta|este|essa|esse|questa|"
    r"questo|cette|ce|cet|tento|tuto|této|ten|tego|tej|этой|этот|эту|этого|цієї|цей|цю|bu|şu|sangen|nummeret|låten|"
    r"låtan|biisin|the song|the track|my song|my track|min sang|min låt|mijn nummer|mein song|meinen song|mi canción|"
    r"la canción|la canzone|a música|la chanson|ud fra|uit|from|aus|dari|từ)(?![^\W\d_])",
    re.IGNORECASE,
)
# Takes counted, then what they are of: an article, a length or a word for a piece (see above).
_TAKES_OF_A_PIECE = quick(
    r"(?<![\w.:])[2-4]\s*(?:takes?|versions?|variations?|versioner|versionen|versiones|versioni|versões|versies|"
    r"versjoner|versiot|verzije|verze|verzie|verzi[oó]t?|wersje|versiuni|versi|versiyon|útgáf\w*|варианта|версии|версії|"
    r"варіанти|верзије|εκδοχές|εκδόσεις|גרסאות|نسخ|نسخه|ورژن|वर्शन|वर्जन|संस्करण|bersyon|matoleo|phiên bản)"
    r"\s+(?:(?:of|af|van|de|di|od|von|av|z|ze|из|от|од|dari|ng|ya|của|από|של)\s+)?"
    r"(?:(?:a|an|en|et|ein|eine|einen|un|una|une|um|uma|een|egy|ett|jedn\w*|bir|isang|một)\s|\d|"
    + _PIECE_BESIDE
    + r"(?![^\W\d_]))"
)
# 'Before' or 'after' said right after an amount and ending its clause, as Romance and Germanic languages say it
# ('aggiungi 5 secondi prima e 10 dopo', 'añade 5 s antes y 10 después', '5 Sekunden davor und 10 danach'): the side.
# Not before a place ('10 s antes del final' is a place in the track).
_SIDE_AFTER_A_LENGTH = quick(
    r"(\d+(?:[.,]\d+)?\s*(?:s|min))\s+(prima|dopo|antes|después|despues|depois|avant|après|apres|vorher|davor|danach|"
    r"hinterher|ervoor|erna|erachter)(?=\s*(?:$|[,.;!?]|(?:e|y|et|und|en|and|i|ed|och|og)(?![^\W\d_])))"
)
_BEFORE_THE_END = quick(
    r"(?<![^\W\d_])(?:antes\s+del\s+(?:final|end)|antes\s+do\s+(?:final|fim|end)|avant\s+la\s+(?:fin|end)|"
    r"prima\s+della\s+(?:fine|end)|vor\s+dem\s+(?:ende|end)|voor\s+het\s+(?:einde|end))(?![^\W\d_])"
)
_BEFORE_SIDE = frozenset({"prima", "antes", "avant", "vorher", "davor", "ervoor"})


def _side_after_a_length(m: re.Match[str]) -> str:
    return f"{m.group(1)} {'before' if m.group(2) in _BEFORE_SIDE else 'after'}"


# A first sentence that only keeps or praises the track ('ok this one's good, keep it.', 'این خوبه.', 'Tamam bu kalsın,'):
# what follows is something else. (Found by `_kept_first` in the first 120 characters: linear.)
_KEEP_WORDS = quick(
    r"['’]s\s+(?:good|fine|great|perfect)(?![^\W\d_])|"
    r"(?<![^\W\d_])(?:keep\s+it|is\s+(?:good|fine|great|perfect)|la\s+tengo|me\s+la\s+quedo|gem\s+den|behold\s+den|behåll\s+den|kalsın|kalsin|خلّيها|خليها|خوبه|عالیه|"
    r"sta\s+bene|va\s+bien|ça\s+marche|passt|gut\s+so|dobrze|в\s+порядке|подходит|oke|bagus|ঠিক\s+আছে|ठीक\s+है|"
    r"좋아|됐어|됐고)(?![^\W\d_])|いいね|これでいい|很好|不错|不錯",
    re.IGNORECASE,
)
_FIRST_SENTENCE_END = quick(r"[.!?。！？,،\n]")


_FOR_THE_KEPT = quick(
    r"(?<![^\W\d_])(?:vocals?|voice|voix|voz|vocal|stimme|gesang|voce|голос|вокал|wokal|vokal|acapella|a\s+cappella|"
    r"beat\s+(?:for|under)|dessus|drauf|darunter|encima|debajo|sopra|sotto|on\s+it|under\s+it|for\s+it)(?![^\W\d_])"
    r"|보컬|ボーカル|人声|人聲"
)


# ... the words of a piece put under or over the track (not its voice: 'sin voz' is no vocals in the new one).
_UNDER_THE_KEPT = quick(
    r"(?<![^\W\d_])(?:beat\s+(?:for|under)|dessus|drauf|darunter|encima|debajo|sopra|sotto|on\s+it|under\s+it|for\s+it|"
    r"on\s+top|over\s+it)(?![^\W\d_])"
)


_NO_BEFORE_VOICE = quick(
    r"(?<![^\W\d_])(?:no|without|sin|sem|sans|ohne|senza|без|bez|zonder|utan|uten|uden|ilman|nélkül|fără|bila|tanpa|"
    r"không|bina|بدون|بلا|بغير|בלי|χωρίς)(?:\s+\w+)?\s*$"
)


def _kept_first(said: str) -> int | None:
    """Where the first sentences that keep the track end ("ok this one's good, keep it."), or None; they hold no
    number ('keep it at 2:00'). At most three sentences of 120 characters: linear."""
    at = None
    for _ in range(3):
        start = at or 0
        end = _FIRST_SENTENCE_END.search(said, start, start + 120)
        if (
            end is None
            or not _KEEP_WORDS.search(said, start, end.start())
            or re.search(r"\d", said[start : end.start()])
        ):
            break
        at = end.end()
    return at


# The track reworked or drawn on ('a remix of it', 'del tema', 'la voz original', 'egy rock feldolgozásból'): takes of
# that are of the track, not of a piece of their own.
_REWORK_OF_THE_TRACK = quick(
    r"(?<![^\W\d_])(?:remix\w*|cover\w*|feldolgoz\w*|arrang\w*|bewerking\w*|reinterpret\w*|(?:la\s+)?voz\s+original|"
    r"original\s+(?:vocals?|voice|track|song)|the\s+original|"
    r"of\s+(?:it|this|that)|del\s+tema|de\s+(?:la|esta|esa)\s+canción|da\s+música|davon|daraus|ervan|"
    r"de\s+(?:cette|la)\s+chanson|di\s+questa|della\s+canzone|этой\s+песни|из\s+неё|з\s+неї|tego|lagu\s+ini)"
    r"(?![^\W\d_])"
)
_PIECE_AFTER_NEW = quick(r"\s*(?:" + _PIECE_BESIDE + r"(?![^\W\d_])|[曲歌首の])")
# 'New' refused, or in a greeting ('Nada de canción nueva', 'Feliz año nuevo', 'Frohes Neues', 'happy new year').
_NOT_NEW = quick(
    r"(?<![^\W\d_])(?:nada de|no|not|sin|sem|sans|pas de|kein\w*|niente|nessun\w*|не|bez|ingen|ikke|inte|geen)"
    r"\s+(?:\w+\s+)?$"
)
_NEW_YEAR = quick(
    r"año\s+nuevo|ano\s+novo|new\s+year|neues\s+jahr|frohes\s+neues|nouvel\s+an|nuovo\s+anno|anno\s+nuovo|"
    r"новый\s+год|новим\s+роком|yeni\s+yıl|tahun\s+baru|năm\s+mới|nowy\s+rok|nový\s+rok|nieuwjaar|godt\s+nytt|"
    r"gott\s+nytt|新年|새해"
)
_PIECE_BEFORE_NEW = quick(r"(?<![^\W\d_])" + _PIECE_BESIDE + r"\s+(?:\w+\s+)?$")


def _new_piece_said(text: str) -> re.Match[str] | None:
    """'New' said of a piece ('uusi biisi:', 'nova pisnicka', 'bài mới nha', 'دلوقتي حاجة جديدة', '来个新的 …', 'sad
    nešto novo'): a word for a piece beside it, or nothing after it in its clause; not of a part of the track
    ('a new intro', 'Gjør introen helt ny') nor of an arrangement ('maak er een nieuwe bewerking van')."""
    if _NEW_YEAR.search(text):
        return None  # ('Feliz año nuevo, déjala en 2 minutos': a greeting)
    for m in _NEW_WORD.finditer(text):
        if (
            _NEW_PART.match(text, m.end())
            or _PART_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _PART_OF_A_TRACK.search(text, max(0, m.start() - 12), m.start())  # ('副歌换个新的 20秒')
        ):
            continue
        if _NOT_NEW.search(text, max(0, m.start() - 30), m.start()):
            continue  # ('Nada de canción nueva, esta déjala en 3 minutos')
        cjk_then_space = (
            m.group(0) in ("新的", "新歌", "新曲", "新嘅", "全新") and text[m.end() : m.end() + 1].isspace()
        )
        # ('来个新的 古筝纯音乐'; not Korean, which spaces its words, nor '新しく': 'make it new')
        if (
            cjk_then_space
            or _PIECE_AFTER_NEW.match(text, m.end())
            or _PIECE_BEFORE_NEW.search(text, max(0, m.start() - 30), m.start())
            or _COLON_AFTER_NEW.match(text, m.end())
            # ('una cumbia nueva', 'um samba novo': a style right before it, in the languages that put it after)
            or (
                (before := _WORD_BEFORE_NEW.search(text, max(0, m.start() - 20), m.start()))
                and names_a_style(before.group(0))
            )
            # ('einem neuen Techno-Track', 'нужен новый эмбиент', 'a brand new techno track'): a style right after it
            or ((after := _TWO_WORDS_AFTER.match(text, m.end())) is not None and names_a_style(after.group(0)))
        ):
            return m
    return None


_WORD_BEFORE_NEW = quick(r"(?<![^\W\d_])[^\W\d_][\w-]*[^\S\n]+$")
_TWO_WORDS_AFTER = quick(r"[^\S\n]*[^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*)?")


# 'New' and a colon, maybe a word for 'one' between, before what the new piece is ('а теперь новый: жёсткий
# металл …', 'अब नया: सितार वाला …', 'এবার নতুন একটা: …', 'sasa nataka mpya: taarab …', '整首新嘅:廣東歌').
_COLON_AFTER_NEW = quick(r"(?:\s*[^\s\d:：,.;!?]{1,10}){0,2}\s*[:：]\s*\S")


# A length said with a unit, not a place in the track ('1:20', 'at 30 s', 'bei 1:20', 'kohdassa 1:20').
_AT_A_PLACE = quick(
    r"(?<![^\W\d_])(?:at|on|from|around|bei|ab|um|à|em|no|в|с|от|ve|di|kohdassa|op|vid|om|"
    r"tại|lúc|sa|kwenye|στο|la|ב|عند|في|توی)\s*$|ב-?$"
)


_PLACE_AFTER = quick(r"\s*(?:那里|那裡|쯤|에서|で|に)")  # ('30秒那里', '1분 20초쯤'): a place after the time


# A colon between digits as written ('1:20', '1 : 20', '1：20'); a colon after a word is punctuation ('vull una altra:').
_MSS_WRITTEN = quick(r"\d\s*[:：]\s*\d")


def _a_length(text: str, written: str | None = None) -> bool:
    """A length said with a unit somewhere in the words, not a place in the track (an m:ss only where the request
    as `written` has none: '4분 30초', '1m30' read as 4:30, 1:30; '1:20' is a place as often as a length)."""
    for t in find_times(text):
        said = text[t.start : t.end]
        if (
            (":" not in said or (written is not None and not _MSS_WRITTEN.search(written)))
            and not _AT_A_PLACE.search(text, max(0, t.start - 12), t.start)
            and not _PLACE_AFTER.match(text, t.end)
        ):
            return True
    return False


# The open track set aside, in the 50 languages' everyday words ('forget this one', 'Vergiss den Track', 'эту не
# трогай', 'inte den här', '这首不要了', 'これとは別に', '이거 말고', 'خلّي هذي على جنب', "Άσ' το αυτό", 'Tenhle track
# nech být', 'Laisse tomber ce morceau', 'Bunu boşver', 'Tak payah guna lagu ni'): what follows is a piece of its own.
_SET_ASIDE = quick(
    r"(?<![^\W\d_])(?:start\s+(?:fresh|over\s+from\s+scratch)|(?:scrap|ditch|drop|skip|bin)\s+(?:this|that|it)(?:\s+one)?|"
    r"forget\s+(?:about\s+)?(?:this|that|the)(?:\s+(?:one|track|song))?|not\s+(?:an?\s+edit\s+of\s+)?"
    r"(?:this|that)\s+one|leave\s+(?:this|that|it)\s+(?:one\s+)?(?:aside|alone|as\s+it\s+is|be)|"
    r"(?:this|that)\s+one\s+is\s+(?:done|fine|finished|good)|(?:this|that)\s+one(?:['’]s|\s+is)\s+not\s+(?:working|it|right)|"
    r"(?:this|that)\s+one\s+(?:doesn['’]t|does\s+not)\s+work|(?:this|that)\s+one['’]s\s+(?:done|fine|finished|good|great|perfect)|"
    r"(?:this|that|it)['’]s\s+(?:fine|good|perfect)\s+(?:as\s+it\s+is|for\s+now)|passt\s+so|ist\s+gut\s+so|"
    r"ficou\s+(?:bom|ótimo|otimo|show|perfeito)|"
    r"esta\s+(?:queda|está)\s+(?:bien|así)|celui-ci\s+est\s+(?:bien|bon|parfait)|questa\s+va\s+bene|"
    r"(?:ten|ta|to)\s+(?:zostaje|zostawiam)|okay\s+na\s+(?:yan|iyan|ito)|ok\s+na\s+(?:yan|iyan|ito)|"
    r"это\s+оставь|эту\s+оставь|этот\s+оставь|цю\s+залиш\w*|tämä\s+on\s+valmis|ez\s+(?:így\s+)?jó|"
    r"bu\s+(?:tamam|iyi\s+oldu)|yang\s+ini\s+(?:udah|sudah)\s+(?:oke|ok|bagus)|"
    # ('Bon, on oublie', 'esquece essa', 'Не, давай заново', 'Zahoď to', 'Unohda toi', 'Hagyjuk', 'Skit i den', 'Boşver
    # bunu', 'ये छोड़ो', 'یہ رہنے دیں', 'بی‌خیال این', 'انسَ هذي', 'Hii iko poa', 'Fin den')
    r"on\s+oublie|oublie\s+ça|laisse\s+tomber|esquece\s+(?:essa|esse|isso)|давай\s+заново|давай\s+по-новой|"
    r"zahoď\s+to|zahod\s+to|unohda\s+(?:toi|tuo|se)|hagyjuk|skit\s+i\s+(?:den|det)|boşver\s+bunu|bunu\s+geç|"
    r"ये\s+छोड़ो|इसे\s+छोड़ो|یہ\s+رہنے\s+دیں|اسے\s+چھوڑو|بی‌?\s?خیال\s+(?:این|اینو)|انس[َ]?\s+(?:هذي|هذه|هذا)|"
    r"hii\s+iko\s+poa|fin\s+den|forget\s+it|never\s+mind|olvídalo|olvidalo|lascia\s+perdere|vergiss\s+es|"
    r"déjala\s+así|dejala\s+asi|déjalo\s+así|(?:die|dat|deze)\s+laat\s+ik\s+zo|ά[σς]['’]?\s*το(?=\s*[.,;!])|"
    r"glem\s+det|glöm\s+det|unohda\s+tää|(?:tohle\s+)?nech\s+(?:to\s+)?bejt|bliye\s+sa|এটা\s+বাদ\s+দাও|"
    r"laat\s+maar|zapomnij|забудь|забей|"
    r"(?:esse|essa|esta|este)\s+não\s+(?:serviu|serve|ficou\s+bom)|"
    r"vergiss\s+(?:den|das|diesen|dieses|die)\s+(?:track|song|lied|stück|nummer|hier)|"
    r"(?:этот|эту)\s+(?:трек|песню)?\s*оставим|"
    r"lass\s+(?:den|das|diesen|dieses)\s+(?:track|song|lied|stück)\s+(?:hier\s+)?(?:mal\s+)?(?:kurz\s+)?(?:beiseite|liegen|so)|"
    r"nicht\s+(?:diesen|dieses|den\s+hier)|"
    r"(?:эт[уот]|этот\s+трек|эту\s+песню)\s+не\s+(?:трогай\w*|меняй\w*)|забудь\s+(?:про\s+)?эт\w*|не\s+эт[уот]\b|"
    r"ц[юей]\s+не\s+(?:чіпай|змінюй)|забудь\s+(?:про\s+)?ц\w+|"
    r"inte\s+den\s+här|glöm\s+(?:den|låten)|ikke\s+(?:denne|den\s+her)|glem\s+(?:den|denne|sangen|låten)|"
    r"(?:denne|den)\s+(?:låten|sangen)\s+er\s+(?:ferdig|færdig)|"
    r"laisse\s+tomber\s+(?:ce|cette|celui|celle)|oublie\s+(?:ce|cette|celui|celle)|pas\s+(?:celui|celle)-ci|"
    r"(?:olvida|olvídate\s+de|olvidate\s+de)\s+(?:esta|este|esa|ese|la\s+canción)|deja\s+(?:esta|este|esa|ese)\s+(?:canción\s+)?(?:así|de\s+lado|como\s+está)|"
    r"lascia\s+(?:stare|perdere)\s+(?:questa|questo|quella|quello)|dimentica\s+(?:questa|questo)|"
    r"esquece\s+(?:essa|esta|esse|este)|deixa\s+(?:essa|esta)\s+(?:música\s+)?(?:de\s+lado|quieta|assim)|"
    r"vergeet\s+(?:deze|dit|die)|laat\s+(?:deze|dit|die)\s+(?:maar\s+)?(?:even\s+)?(?:liggen|zitten|zo)|niet\s+deze|"
    r"zostaw\s+(?:ten|to|tę)|zapomnij\s+o\s+(?:tym|tej)|nie\s+ten\b|"
    r"(?:tenhle|tento|tuhle|tohle)\s+(?:track\s+|song\s+|písničku\s+)?nech\s+(?:být|tak)|nech\s+to\s+(?:být|tak)|"
    r"nechaj\s+to\s+tak|bunu\s+(?:boşver|bırak|unut)|bu\s+değil|"
    r"tak\s+payah\s+(?:guna\s+)?lagu\s+ni|lupakan\s+(?:lagu\s+)?(?:ini|yang\s+ini)|bukan\s+yang\s+ini|"
    r"biarkan\s+(?:lagu\s+)?(?:ini|yang\s+ini)|ise\s+chhodo|ye\s+wala\s+nahi|unohda\s+(?:tämä|se)|ei\s+tätä|"
    r"hagyd\s+(?:ezt|békén)|felejtsd\s+el|nem\s+ezt|lasă\s+(?:asta|piesa\s+asta|melodia\s+asta)|uită\s+de|"
    r"hayaan\s+mo\s+(?:na\s+)?(?:ito|yan|iyan)|kalimutan\s+mo|achana\s+na\s+(?:huu|hii|wimbo\s+huu)|"
    r"bỏ\s+qua\s+bài\s+này|không\s+phải\s+bài\s+này|"
    r"ά[σς]['’]?\s*το\s+αυτό|άσε\s+(?:το|αυτό)|ξέχνα\s+το|"
    r"(?:خل[ّ]?ي|خلي)\s+(?:هذي|هذه|هذا)\s+على\s+جنب|انس[ىا]\s+(?:هذي|هذه|هذا)|"
    r"اینو\s+ولش\s+کن|این\s+رو\s+بیخیال|עזוב\s+את\s+(?:זה|השיר\s+הזה)|תשכח\s+מ(?:זה|השיר)|"
    r"इसे\s+छोड़ो|ये\s+वाला\s+नहीं)(?![^\W\d_])"
    r"|这首不要了|不要这首|這首不要了|这首先放着|這首先放著|呢首得喇|呢首得啦|呢首ok|算了|唔使理呢首|これはこれで(?:ok|いい|良い|OK)|这首不用改|這首不用改|先放一边|呢首唔使改|唔要呢首|これとは別に|これじゃなくて|"
    r"これは置いといて|이거\s*말고|이건\s*됐고|이건\s*그대로|ไม่เอาเพลงนี้"
)


# The open track refused as the ground of what comes next, in the 50 languages' everyday words ('not this one', 'nicht
# auf Basis von dem hier', 'غير هذي', 'не тази', 'এইটা না', 'non hoc', 'bukan yang ni', 'namiesto tejto', 'இதை மாற்ற
# வேண்டாம்', 'ไม่เอาเพลงที่เปิดอยู่', 'یہ والی نہیں', 'לא קשור לזה', 'не цю', '不要改这首'): beside a word for a new piece,
# the piece is new and the track stays as it is. Three patterns, each under `quick`'s limit, so each keeps its test.
_NOT_THIS_LATIN = quick(
    r"(?<![^\W\d_])(?:not\s+based\s+on\s+(?:this|it|that)|(?:not\s+related|unrelated)\s+to\s+(?:this|that|the\s+open)|"
    r"(?:don['’]?t|do\s+not)\s+(?:touch|change|edit)\s+(?:this|that|the\s+open)(?:\s+one)?|instead\s+of\s+this(?:\s+one)?|"
    r"i\s+have\s+this\s+one\s+open\s+but|different\s+from\s+this(?:\s+one)?|"
    r"nicht\s+(?:auf\s+(?:basis|grundlage)\s+(?:von\s+)?|basierend\s+auf\s+)(?:dem|diesem|dem\s+hier)|"
    r"(?:an)?statt\s+(?:diesem|dem\s+hier)|(?:hat\s+)?(?:nix|nichts)\s+mit\s+(?:dem|diesem)(?:\s+hier)?\s+zu\s+tun|"
    r"laisse\s+(?:celui|celle)-(?:là|ci)\s+de\s+côté|"
    r"en\s+(?:vez|lugar)\s+de\s+(?:esta|este|esa|ese)|no\s+(?:toques|cambies)\s+(?:esta|este|esa|ese)|"
    r"em\s+vez\s+(?:dessa|desta|deste|desse)|não\s+(?:mexe|mexa|muda|mude)\s+(?:nessa|nesta|nesse|neste|essa|esta)|"
    r"au\s+lieu\s+de\s+(?:celle|celui)-(?:ci|là)|ne\s+touche\s+pas\s+à\s+(?:celle|celui)|pas\s+(?:celle|celui)-là|"
    r"invece\s+di\s+(?:questa|questo)|non\s+(?:toccare|cambiare)\s+(?:questa|questo)|"
    r"in\s+plaats\s+van\s+(?:deze|dit)|istället\s+för\s+(?:den\s+här|denna)|i\s+stedet\s+for\s+(?:denne|den\s+her)|"
    r"tämän\s+sijaan|ez\s+helyett|în\s+loc\s+de\s+(?:asta|aceasta)|nu\s+(?:asta|aceasta|pe\s+asta)|"
    r"zamiast\s+(?:tej|tego)|nie\s+(?:tę|tą|to)(?=\s*[,.:;!)])|místo\s+(?:téhle|této|tohohle|tohoto)|"
    r"ne\s+(?:tuhle|tuto|tenhle|tento|túto|ovu|ovaj|ovo|šitą|šią)|namiesto\s+(?:tejto|tohto)|"
    r"umj?esto\s+(?:ove|ovog)|vietoj\s+(?:šios|šito)|bunun\s+yerine|buna\s+dokunma|bunu\s+değiştirme|bunun\s+əvəzinə|bu\s+yox|"
    r"bukan\s+(?:yang|lagu)\s+(?:ni|ini)|jangan\s+ubah\s+(?:yang|lagu)\s+(?:ni|ini)|hindi\s+(?:ito|yan|iyan)(?=\s*[,.:;!])|"
    r"badala\s+ya\s+(?:huu|hii)|si\s+(?:huu|wimbo\s+huu)(?=\s*[,.:;!])|đừng\s+sửa\s+bài\s+này|thay\s+vì\s+bài\s+này|"
    r"non\s+(?:hoc|hanc|hunc)|en\s+lloc\s+d['’]aquesta|no\s+aquesta|ekki\s+(?:þetta|þessa)(?=\s*[,.:;!])|"
    r"pa\s+(?:sa\s+a|sila\s+a)|ye\s+(?:wala|wali|waala|waali)\s+nahi|iski\s+jagah|omitte\s+hoc|"
    r"(?:wag|huwag)\s+na\s+(?:yan|iyan|ito)|"
    # the track said to be open, then 'but' ('I've got this one open but start fresh', 'Ik heb dit nummer open maar …')
    r"(?:open|abiert[oa]|abert[oa]|ouverte?|offen|apert[oa]|otevřen\w*|otwart\w*|açık|terbuka|mở|åpen|öppen|åben|auki)"
    r"\W+(?:[^\W\d_]+\W+){0,2}(?:but|pero|mas|mais|aber|ma|maar|men|ale|ama|tapi|nhưng|mutta))(?![^\W\d_])"
)
_NOT_THIS_OTHER = quick(
    r"(?<![^\W\d_])(?:не\s+(?:тази|този|ову|овај|ц[юей])|вместо\s+(?:тази|този|этой|этого)|замість\s+(?:цієї|цього)|"
    r"уместо\s+(?:ове|овог)|не\s+(?:трогай|меняй|чіпай|змінюй)\s+(?:эту|этот|цю|цей)|не\s+на\s+основ[еі]\s+(?:этой|этого|цієї|цього)|"
    r"όχι\s+(?:αυτό|αυτή|αυτό\s+εδώ)|αντί\s+για\s+(?:αυτό|αυτή)|"
    r"غير\s+(?:هذي|هذه|هذا|هاي|اللي\s+مفتوح\w*)|مش\s+(?:هذي|هذه|هذا|دي|ده)|بدل\s+(?:هذي|هذه|هذا)|لا\s+تغير\s+(?:هذي|هذه|هذا)|"
    r"نه\s+این|این\s+نه|به\s+جای\s+این|به\s+این\s+دست\s+نزن|"
    r"לא\s+קשור\s+ל?(?:זה|השיר)|במקום\s+(?:זה|הזה|השיר\s+הזה)|אל\s+תיגע\s+ב(?:זה|שיר)|"
    r"(?:यह|ये)\s+(?:वाला\s+|वाली\s+)?नहीं|इसकी\s+जगह|इसे\s+मत\s+(?:बदलो|छेड़ो)|"
    r"یہ\s+(?:والی\s+|والا\s+)?نہیں|اس\s+کی\s+جگہ|اسے\s+مت\s+بدلو|"
    r"(?:এটা|এইটা)\s+না|এটার\s+বদলে|ਇਹ\s+ਨਹੀਂ|ਇਸ\s+ਦੀ\s+ਥਾਂ|यो\s+होइन|यसको\s+सट्टा|"
    r"இதை\s+மாற்ற\s+வேண்டாம்|இது\s+இல்லை|இதற்கு\s+பதிலாக|ఇది\s+కాదు|దీన్ని\s+మార్చవద్దు|దీనికి\s+బదులు|"
    r"न\s+एतत्|एतत्\s+न|एतत्\s+त्यज|(?:এটা|এইটা)\s+থাক|اینو\s+ول\s+کن|یو\s+چھوڑو|यो\s+छोड्\w*|ਇਹ\s+ਰਹਿਣ\s+ਦਿਓ|"
    r"(?:открыт\w*|відкрит\w*|ανοιχτ\w*)\W+(?:[^\W\d_]+\W+){0,2}(?:но|але|αλλά)|"
    r"ਖੁੱਲ੍ਹਾ\s+ਹੈ\s+ਪਰ|खुला\s+है\s+(?:पर|लेकिन)|খোলা\s+আছে\s+(?:কিন্তু|তবে))(?![^\W\d_])"
)
_NOT_THIS_CJK = quick(
    r"不要改这首|别改这首|不改这首|这首不要改|这首别动|不要动这首|不是这首|不用这首|跟这首无关|和这首无关|不要改這首|別改這首|這首不要改|"
    r"不是這首|唔好改呢首|唔係呢首|唔好郁呢首|これ(?:は|を)?(?:いじらないで|変えないで|触らないで)|これとは関係なく|これじゃない|"
    r"今開いてるの(?:じゃなくて|とは別)|이거(?:는)?\s*(?:건드리지|바꾸지)\s*말고|이\s*곡(?:은)?\s*말고|이거\s*아니고|"
    r"ไม่เอาเพลงที่เปิด|ไม่ใช่เพลงนี้|ไม่ต้องแก้เพลงนี้|ไม่เกี่ยวกับเพลงนี้|(?:当前|現在|现在)?(?:这首|這首)?(?:先不管|先不用管|先放一边|先放一邊)(?:这首|這首)?了?|这首不要动|這首不要動|不要动这首|別動這首|别动这首|"
    r"(?:지금\s*곡은?\s*)?(?:냅두고|놔두고)|"
    r"그대로\s*두고|開いてるけど|开着.{0,6}但|開著.{0,6}但"
)
# A new piece said in the words that need the track refused beside them ('ใหม่' is also 'again', '另外' 'besides').
_NEW_BESIDE_REFUSAL = quick(
    _NEW_WORDS + r"|baharu|novú|nové|totally\s+different|completely\s+different|something\s+different|"
    r"qualcosa\s+di\s+nuovo|algo\s+nuevo|quelque\s+chose\s+de\s+nouveau|etwas\s+neues|iets\s+nieuws|iets\s+heel\s+anders|"
    r"něco\s+nového|coś\s+nowego|valami\s+újat|ceva\s+nou|jotain\s+uutta|noe\s+nytt|något\s+nytt|noget\s+nyt|"
    r"start\s+fresh|start\s+over|un\s+autre|une\s+autre|another\s+one|otro|otra|un\s+altro|un['’]altra|"
    r"einen\s+anderen|ein\s+anderes|een\s+ander(?:e)?)(?![^\W\d_])"
    r"|新做|另外|ใหม่|新しい|새로|καινούργι|重新写|重新做|重写|bagong"
)


# The words of _SET_ASIDE that drop the track rather than keep it ('esquece essa', 'forget this one', 'laisse tomber').
_FORGOTTEN = quick(
    r"esque|forget|oubli|laisse\s+tomber|vergiss|vergeet|olvid|dimentic|lascia\s+perdere|забуд|забей|zapomn|glöm|glem|"
    r"unohda|lupakan|kalimutan|uită|felejtsd|boşver|unut|ξέχνα|انس|תשכח|خیال|scrap|ditch|drop|skip|never\s+mind|zahoď"
)


def _sung_in_named(text: str) -> bool:
    """A language to sing in named in the request ('рок на български', 'தமிழில் பாடும்', 'Latine cantatum')."""
    from ace_step_mcp.router.languages import language_named_in

    return language_named_in(text) is not None or _has(text, tuple(LANGUAGE_WORDS)) is not None


def _not_this_one(text: str) -> re.Match[str] | None:
    """The open track refused as the ground of the next piece ('not this one', 'غير هذي', '不要改这首'), or None."""
    return _NOT_THIS_LATIN.search(text) or _NOT_THIS_OTHER.search(text) or _NOT_THIS_CJK.search(text)


# The open track named as open ('this one open', 'dit nummer open', 'questa aperta'): no tie of the new piece to it.
_THIS_ONE_OPEN = quick(
    r"(?<![^\W\d_])(?:this|that|dit|deze|dieses|diesen|den|questa|questo|esta|este|essa|esse|cette|ce|αυτό)"
    r"(?:\s+(?:one|track|song|nummer|traccia|brano|canción|música|chanson|morceau|lied))?\s+(?:[^\W\d_]+\s+)?"
    r"(?:open|abiert[oa]|abert[oa]|ouverte?|offen|apert[oa]|ανοιχτ\w*)(?![^\W\d_])"
)


# A part of the track or its arrangement, beside the words that refuse 'this' ('questa chitarra', 'эту мелодию',
# 'هذا المقطع', '보컬은', 'аранжировку'): the refusal is of the part, and the new thing is a part too.
_PART_REFUSED = quick(
    r"(?<![^\W\d_])(?:arrang\w*|arreglo\w*|arranjo\w*|аранжир\w*|аранжув\w*|mélodie|melodi\w*|мелоди\w*|مقطع|"
    r"المقطع|section|part|parte|partie|teil|часть|частину|kısım|bagian|phần)(?![^\W\d_])|편곡|編曲|编曲|멜로디|보컬|반주|"
    r"部分|부분"
)


_A_WHOLE_FILLED = quick(
    r"(?<![^\W\d_])(?:fill\w*|fits?|slot|reach\w*|total|in all|altogether|llen\w*|rellen\w*|complet\w*|rempli\w*|"
    r"füll\w*|preench\w*|riempi\w*|dopełni\w*|заполн\w*|insgesamt|en total|au total|in totale|no total)(?![^\W\d_])"
)


def _a_part_beside(text: str, refused: re.Match[str], new_word: re.Match[str]) -> bool:
    """Whether the refusal or the new word is said of a part of the mix or a section: a part in the two words right
    after either ('Statt diesem Schlagzeug ein anderes', 'Bunun yerine yeni bir davul koy', 'invece di questa
    chitarra'), or just before the refusal ('보컬은 그대로 두고 새로 …')."""
    from ace_step_mcp.router.shaping import PART_OF_MIX

    def part_in(lo: int, hi: int) -> bool:
        return bool(PART_OF_MIX.search(text, lo, hi) or _PART_REFUSED.search(text, lo, hi))

    def two_words_after(at: int) -> tuple[int, int]:
        words = list(re.finditer(r"[^\W\d_]+", text[at : at + 40]))[:2]
        if words and ord(words[0].group(0)[0]) >= 0x2E80:
            return at, at + words[0].start() + 4  # (CJK has no spaces: the next few characters)
        return at, at + min(14, words[-1].end() if words else 0)

    cjk_new = bool(new_word.group(0)) and ord(new_word.group(0)[0]) >= 0x2E80  # ('重新写一首钢琴…': the piece's own)
    return (
        part_in(*two_words_after(refused.end()))
        or (not cjk_new and part_in(*two_words_after(new_word.end())))
        or part_in(max(0, refused.start() - 8), refused.start())
    )


def _aside_removed(text: str) -> str:
    """The text without the words that set the track aside or refuse it (no tie, style or edit of the new piece)."""
    for pattern in (_SET_ASIDE, _THIS_ONE_OPEN, _NOT_THIS_LATIN, _NOT_THIS_OTHER, _NOT_THIS_CJK):
        text = pattern.sub(" ", text)
    return text


# Another piece asked for beside the open one, in the 50 languages' everyday words ('separate thing:', 'one more',
# 'noch was', 'faz outra', 'zrób jeszcze osobno', 'bago naman', '另外给我做', '別で', '새로 하나 더'): with the new
# piece's own length or words, what follows is a piece of its own.
_ANOTHER_PIECE = quick(
    r"(?<![^\W\d_])(?:separate\s+(?:track|song|piece)|another\s+(?:track|song|piece|tune)|"
    r"(?:faz|faça|faca|fazer)\s+outr[ao](?!\s+vez)|agora\s+outr[ao](?!\s+vez)|haz(?:me)?\s+otr[ao](?!\s+vez)|"
    r"osobno|osobny|osobną|bago\s+naman|отдельн\w+|окремо|окрем\w+|"
    r"друга\s+песен|друг[ау]\s+песн\w*|другую\s+песню|aliud\s+carmen|eget\s+spor|kipande\s+kingine|"
    r"na\s+lang\s+ng\s+bago|bikin\s+baru|buat\s+baru|نئی\s+بنائیں|نیا\s+بنائیں|नया\s+बनाओ|नई\s+बनाओ|tou\s+nèf|"
    r"nová\s+skladba|nová\s+pieseň|nov[áý]\s+písn?\w*|una\s+nouă|unul\s+nou|nyt\s+nummer|ny\s+låt|nytt\s+spor|"
    r"aparte\s+haz\w*|los\s+daarvan|(?:κι\s+)?ένα\s+άλλο|давай\s+нов\w+|нещо\s+ново|lav\s+en\s+ny|tee\s+uusi|"
    r"udělej\s+(?:mi\s+)?nov\w+|(?:vull|fes(?:-me|-ne)?|fem)\s+una?\s+altr[ae](?!\s+(?:vegada|volta|cop)))(?![^\W\d_])"
    r"|另外(?:给|幫|帮|做|整首|寫|写)|另一首|再做一首|再來一首|再整一首|重新来一首|重新來一首|別で|別の曲|もう一曲|다른\s*곡|"
    r"อีกเพลง|เพลง\S{0,12}ใหม่"
)
# A part of a track named, in the everyday words of the 50 languages (a new piece beside the track names none).
_A_PART_SAID = quick(
    r"(?<![^\W\d_])(?:chorus|refrain|verse|bridge|ending|middle\s+part|intro|outro|estribillo|puente|mittelteil|"
    r"schlussteil|schluss|strophe|refräng|refrängen|omkvädet|omkvæd|refreng|refrenget|refrenet|refrein|refreinen|"
    r"couplet|ritornello|strofa|refrão|припев|приспів|куплет|бридж|refren|refrén|zwrotk\w*|korus|reff|nakarat|"
    r"kertosäe|säkeistö|ρεφρέν|κουπλέ|פזמון|كورس|कोरस|अंतरा|मुखड़ा|"
    # (and a side of the track said with its preposition: 'para el final', 'am Ende', 'в конце', 'di akhir')
    r"(?:para|al|en)\s+el\s+final|a\s+la\s+fin|à\s+la\s+fin|am\s+(?:ende|schluss|anfang)|в\s+(?:конце|начале|середине)|"
    r"в\s+кінці|на\s+початку|na\s+(?:konci|końcu|začátku|początku)|in\s+fondo|(?:no|ao)\s+final|aan\s+het\s+(?:eind|einde|begin)|"
    r"(?:di|bagian)\s+(?:akhir|awal|tengah)|"
    # (and the end, the bridge or a half after an article or a preposition: 'hazme otra para la parte final', 'noch
    # eins fürs Ende', 'fammi un altro ponte', 'ещё один конец', 'ще одну для кінця', 'nog eentje voor het slot')
    r"(?:la|el|otro|otra|un|une|la|pour\s+la|fürs|das|die|eine|ein|il|un\s+altro|l['’]|het|o|um|uma|outro|для|один|одну|"
    r"ещё\s+один|ещё\s+одну|ще\s+один|ще\s+одну)\s+(?:parte\s+final|final|finale|fin|ende|schluss|slot|einde|brücke|"
    r"ponte|puente|pont|zweite\s+hälfte|erste\s+hälfte|hälfte|конец|конца|кінця|кінець|проигрыш\w*|програш\w*)|"
    r"akhirnya)(?![^\W\d_])"
    r"|サビ|後半|前半|間奏|イントロ|アウトロ|Aメロ|Bメロ|終わりの部分|最後の部分|후렴|중간|앞부분|뒷부분|인트로|아웃트로|副歌|主歌|中间|中間|"
    r"结尾|結尾|开头|開頭|前奏|间奏|尾奏"
)
# 'Another' right before a length: more of the track ('ещё одну минуту', 'un autre bout de 20 secondes').
_LENGTH_RIGHT_AFTER = quick(
    r"\s+(?:bout\s+de\s+|piece\s+of\s+|chunk\s+of\s+|stück\s+von\s+)?(?:\d+\s*(?:s|secs?|seconds?|secondes|segundos|"
    r"sekunden|min|mins|minutes?|minuten|minutos|секунд\w*|минут\w*)|минуту|минутку|хвилину|хвилинку|minute|minuto|"
    r"minut[aeuy]?)(?![^\W\d_])"
)
# 'Another one' said of a piece in a next message, in the 50 languages' everyday words ('do another one', 'mach noch
# eins', 'hazme otra', "fanne un'altra", 'ещё один', 'ek aur', 'もう一曲', 'bir tane daha', 'άλλο ένα', 'আরেকটা').
_ANOTHER_ONE = quick(
    r"(?<![^\W\d_])(?:another\s+one|one\s+more\s+(?:song|track|tune|piece|one|but)|a\s+new\s+one|"
    r"(?:something|somthing|smth)\s+(?:totally\s+|completely\s+|entirely\s+)?(?:different|else|new)"
    r"(?!\s+(?:with|for|on|in|to|about)\s+(?:the|its|this|that|my)\b)|"  # (not 'something different with the drums')
    r"algo\s+(?:totalmente\s+|completamente\s+)?(?:distinto|diferente|nuevo|novo)|qualcosa\s+di\s+(?:diverso|nuovo)|"
    r"quelque\s+chose\s+de\s+(?:différent|nouveau)|(?:etwas|was)\s+(?:ganz\s+)?(?:anderes|neues)|"
    r"jotain\s+(?:ihan\s+)?(?:muuta|uutta)|что-то\s+(?:совсем\s+)?(?:другое|новое)|coś\s+(?:zupełnie\s+)?innego|"
    r"něco\s+(?:úplně\s+)?jiného|iets\s+(?:heel\s+)?anders|något\s+(?:helt\s+)?annat|noget\s+(?:helt\s+)?andet|"
    r"noe\s+(?:helt\s+)?annet|(?:manda|faz|fa[cç]a)\s+outr[ao]|outr[ao]\s+(?:mas|agora|dessa|desta)|"
    r"otr[ao]\s+(?:pero|de|con)|un['’\s]\s*altr[ao]\s+(?:ma|però|con|più|di)|"
    r"noch\s+(?:eins|einen|eine|ein\s+(?:lied|stück|track|song))|(?:haz|hazme|haga|hágame)\s+otr[ao]|otra\s+canci[oó]n|"
    r"(?:fais|fais-en|fais-moi)\s+(?:une|un)\s+autre|une\s+autre\s+chanson|un\s+autre\s+morceau|"
    r"(?:fanne|fammi|fai)\s+un['’\s]\s*altr[ao]|un['’]altra\s+canzone|(?:faz|faça|faca)\s+outr[ao](?!\s+vez)|"
    r"другой\s+трек|другую|ещё\s+(?:один|одну)|еще\s+(?:один|одну)|інший\s+трек|ще\s+(?:один|одну)|"
    r"ek\s+aur|एक\s+और|ایک\s+اور|jeszcze\s+(?:jeden|jedną|jedna)|ještě\s+(?:jednu|jeden)|ešte\s+(?:jednu|jeden)|"
    r"bir\s+tane\s+daha|άλλο\s+ένα|nog\s+(?:eentje|een\s+(?:nummer|liedje))|en\s+till|en\s+mere|en\s+til|"
    r"satu\s+lagi|isa\s+pa|moja\s+nyingine|một\s+bài\s+nữa|আরেকটা|আরও\s+একটা|अन्यत्|"
    r"altă\s+piesă|încă\s+una|još\s+(?:jednu|jedan)|још\s+(?:једну|један)|başqa\s+(?:yeni|bir)|"
    r"(?:وحدة|واحدة|واحد)\s+(?:ثانية|تانية|ثاني|تاني|جديدة|جديد)|یه\s+(?:دیگه|جدید))(?![^\W\d_])"
    r"|もう一曲|もう1曲|別の新曲|再来一首|再來一首|再整多首|다른\s*곡|새\s*곡"
)
# The next piece said after a first result ('ok cool. now a sad piano one, 1 min, no vocals', 'y ahora una de guitarra
# acústica triste, minuto y medio', 'jetzt noch nen traurigen piano track, 1 min', 'сега една тъжна на пиано, 1 мин',
# 'अब एक उदास piano वाला गाना, 1 मिनट', '次は切ないピアノ曲、1分'): read only with a length said and no word after it of
# changing the open track (_NOW_THE_TRACK): 'now a bit more bass', 'now one more time, but with sax', 'now a lofi remix
# of it', 'nu een stuk rustiger', 'şimdi bir tık daha yavaş' and 'teraz jednak …' are no new pieces.
_NOW_A_PIECE = quick(
    r"(?<![^\W\d_])(?:(?:now|next)\s+(?:(?:do|make|give\s+me|gimme|let'?s\s+do)\s+)?(?:a|an|one)|"
    r"(?:y\s+)?ahora\s+(?:hazme\s+|haz\s+|dame\s+)?una?|(?:e\s+)?agora\s+(?:faz\s+|faça\s+|me\s+dá\s+)?uma?|"
    r"(?:e\s+)?(?:ora|adesso)\s+(?:fammi\s+|fai\s+)?(?:una|uno|un)|maintenant\s+(?:fais(?:-moi)?\s+)?une?|"
    r"(?:jetzt|nun)\s+(?:noch\s+)?(?:(?:mach|gib\s+mir)\s+)?(?:eine?n?|nen|'nen)|сега\s+(?:една|един|едно)|"
    r"teď\s+(?:něco|jednu|jeden)|nu\s+(?:en|et|een|ett)|(?:seuraavaks\w*|nyt)\s+(?:joku|jokin)|şimdi\s+bir|"
    r"teraz\s+(?:jak\w*ś|jedną|jeden)|(?:دلوقتي|هسا|هسه|الحين|هلق|هلأ)\s+(?:بدي\s+)?(?:واحدة|واحد|أغنية|اغنية)|"
    r"अब\s+(?:एक|एउटा)|এবার\s+(?:একটা|একটি))(?![^\W\d_])"
    r"|次は(?=[^、。,.]{0,12}(?:曲|ソング|バラード))|이제\s+\S+\s+\S+\s*하나"
)
_NOW_THE_TRACK = quick(
    r"(?<![^\W\d_])(?:bit|little|tad|more|less|time|again|remix\w*|filter\w*|whole|version\w*|versión|versione|"
    r"cover|arrange\w*|of\s+it|of\s+this|poco|más|menos|vez|otra\s+vez|de\s+esta|de\s+este|parte|pouco|mais|"
    r"vezes|dessa|desta|più|meno|volta|di\s+questa|di\s+questo|peu|plus|moins|fois|mehr|weniger|tick|stück|mal|"
    r"davon|идея|малко|повече|stuk|beetje|meer|minder|keer|gång|gang|lite|mer|mindre|tık|daha|biraz|kez|kere|"
    r"trochę|więcej|jednak|raz|trochu|víc|znovu|kicsit|még|बार|थोड़ा|ज़्यादा|ज्यादा|একটু|আবার|شوية|اكتر|أكثر|"
    r"زيادة|مرة)(?![^\W\d_])|これ|この|それ|もう一度|もっと|조금|좀|더|다시"
)


def _now_a_piece(written: str, text: str) -> re.Match[str] | None:
    """The next piece said after a first result (see _NOW_A_PIECE), with a length said and nothing of changing the
    open track in its clause."""
    m = _NOW_A_PIECE.search(written)
    if m is None or not _a_length(text, written):
        return None
    clause_end = min((i for c in ",.;!?，。、\n" if (i := written.find(c, m.end())) >= 0), default=len(written))
    return None if _NOW_THE_TRACK.search(written, m.start(), clause_end) else m


# ... not where 'but' follows a track said to be fine ('Passt so, aber für das Video brauche ich 2:30', 'This one's
# fine, but the lyrics should be …', 'これはこれでいいけど、動画用に3分'): what follows is about that track.
_BUT_AFTER = quick(
    r"^\W{0,3}(?:\w+\W+){0,1}?(?:but|aber|mas|pero|mais|ma|но|ale|ama|ancak|fakat|maar|men|mutta|de|dar|ali|tapi|"
    r"lakini|pero|però|αλλά|אבל|لكن|بس|ولكن|لیکن|लेकिन|पर|কিন্তু|ஆனால்|కానీ|แต่|nhưng|ngunit|kaso|sed|"
    # ... or 'just' ('Ez jó, csak legyen 3 perc', 'Bu iyi oldu, sadece 3 dakika olsun')
    r"just|only|csak|sadece|nur|solo|só|seulement|juste|только|tylko|jen|pouze|alleen|bara|bare|vain|hanya|chỉ|"
    r"فقط|רק|बस|केवल)(?![^\W\d_])"
    r"|^\W{0,3}(?:けど|けれど|が、|但|但是|可是|不过|不過|하지만|근데|그런데|는데)"
)


# A half of the track, by the words for 'first half' (group 1) and 'second half' (group 2) of the 50 languages.
_HALF = quick(
    r"(?<![^\W\d_])(?:(first\s+half|erste[nr]?\s+hälfte|primera\s+mitad|prima\s+metà|primeira\s+metade|"
    r"première\s+moitié|eerste\s+helft|перв(?:ая|ую)\s+половин[аyу]|pierwsz[aą]\s+połow[aęy]|první\s+polovin[auy]|"
    r"prvá\s+polovic[auy]|prv[au]\s+polovin[au]|första\s+halvan|første\s+halvdel|ilk\s+yarı\w*|paruh\s+pertama|"
    r"separuh\s+pertama|nửa\s+đầu|النصف\s+الأول|החצי\s+הראשון|το\s+πρώτο\s+μισό|első\s+fel\w*|"
    r"prima\s+jumătate|перш[ау]\s+половин[уа]|първата\s+половина|primera\s+meitat|pirmoji\s+pusė|pirmą\s+pusę|"
    r"prv[ua]\s+polovic[ua]|prv[ua]\s+polovin[ua]|पहला\s+आधा|पहले\s+आधे|setengah\s+(?:bagian\s+)?pertama)|"
    r"(second\s+half|latter\s+half|zweite[nr]?\s+hälfte|segunda\s+mitad|seconda\s+metà|segunda\s+metade|"
    r"(?:seconde|deuxième)\s+moitié|tweede\s+helft|втор(?:ая|ую)\s+половин[аyу]|drug[aą]\s+połow[aęy]|"
    r"druhá\s+polovin[auy]|druh[áa]\s+polovic[auy]|drug[au]\s+polovin[au]|andra\s+halvan|anden\s+halvdel|"
    r"andre\s+halvdel|ikinci\s+yarı\w*|paruh\s+kedua|separuh\s+kedua|nửa\s+sau|النصف\s+الثاني|החצי\s+השני|"
    r"το\s+δεύτερο\s+μισό|második\s+fel\w*|a\s+doua\s+jumătate|друг[ау]\s+половин[уа]|втората\s+половина|"
    r"segona\s+meitat|antroji\s+pusė|antrą\s+pusę|drug[ua]\s+polovic[ua]|दूसरा\s+आधा|दूसरे\s+आधे|"
    r"setengah\s+(?:bagian\s+)?kedua|"
    # ... and the half at the end, or from the middle on ('la mitad final', 'the last half', 'Tee puolivälistä loppuun',
    # 'Od połowy do końca', 'A partir de la meitat', 'Yarısından sonrasını', 'с середины до конца')
    r"(?:last|final|back)\s+half|mitad\s+final|(?:última|ultima)\s+mitad|letzte[nr]?\s+hälfte|dernière\s+moitié|"
    r"ultima\s+metà|metà\s+finale|metade\s+final|(?:última|ultima)\s+metade|laatste\s+helft|последн(?:яя|юю)\s+половин[аyу]|"
    r"остання\s+половина|останню\s+половину|ostatni[aą]\s+połow[aęy]|poslední\s+polovin[auy]|sista\s+halvan|"
    r"sidste\s+halvdel|siste\s+halvdel|son\s+yarı\w*|(?:from|after)\s+(?:the\s+)?(?:halfway|middle|midpoint)(?:\s+point)?|"
    r"halfway\s+(?:through\s+)?to\s+the\s+end|a\s+partir\s+de\s+la\s+(?:mitad|meitat)|desde\s+la\s+mitad|"
    r"à\s+partir\s+de\s+la\s+moitié|depuis\s+la\s+moitié|ab\s+der\s+(?:hälfte|mitte)|dalla\s+metà|"
    r"a\s+partir\s+da\s+metade|desde\s+a\s+metade|vanaf\s+de\s+helft|vanaf\s+het\s+midden|с\s+середины|"
    r"з\s+середини|od\s+połowy|od\s+poloviny|från\s+mitten|fra\s+midten|puolivälistä|puolestavälistä|"
    r"yarısından\s+sonra\w*|ortasından\s+sonra\w*|dari\s+tengah|từ\s+giữa|από\s+τη\s+μέση|a\s+félidőtől|"
    r"от\s+средата|od\s+sredine|من\s+المنتصف|מהאמצע))(?![^\W\d_])"
    r"|(前半(?:段|部分|部)?|전반부)|(后半(?:段|部分|部)?|後半(?:段|部分|部)?|후반부)"
)


# A half that is kept ('the first half is great', 'keep the first half', 'la prima va benissimo'), and the parts
# of a song a half may be of ('the second half of the chorus': not the track's half).
_KEPT = quick(
    r"(?<![^\W\d_])(?:keep|kept|great|good|fine|perfect|ok|okay|love|bleib\w*|behalt\w*|gut|perfekt|va\s+bene|"
    r"benissimo|perfett\w*|mantieni|tieni|está\s+bien|esta\s+bien|perfect[ao]|mantén|manten|deja|garde|parfait\w*|passt|"
    r"bien|mantenha|ótim\w*|оставь|оставить|хорош\w*|отличн\w*|laat|goed|behoud|zostaw|dobr\w*|"
    r"nech|ponech|behåll|bra|beholt?|hyvä|pidä|iyi|kalsın|bagus|biarkan|giữ|tốt)(?![^\W\d_])"
    r"|保留|不错|很好|不動|そのまま|いい|좋|그대로|유지"
)
_SECTION_OF = quick(
    r"(?<![^\W\d_])(?:chorus\w*|verse|intro|outro|bridge|hook|drop|solo|refrain\w*|refrão|refrao|estribillo|coro|"
    r"ritornello|strofa|strophe\w*|couplet|verso|estrofa|припев\w*|куплет\w*|вступлени\w*|бридж\w*|refren\w*|zwrotk\w*|"
    r"nakarat\w*|kıta|reff|bait|điệp khúc)(?![^\W\d_])|副歌|主歌|前奏|间奏|間奏|サビ|Aメロ|Bメロ|후렴|벌스|브릿지|"
    r"कोरस|अंतरा|مقطع|اللازمة|פזמון"
)


def _half_window(
    req: Request, text: str, other: tuple[re.Match[str] | None, ...]
) -> tuple[float, float, str] | Question | None:
    """The track's first or second half as the window ('redo the second half', 'die zweite Hälfte neu', '后半段'),
    read also before numbers were (where 'zweite' became '2.'); the half not kept when one is said to stay ('the
    first half is great, redo the second half', 'keep the first half, redo the rest'). Asked where a half is of a
    section ('the second half of the chorus') or sits beside another reading of the window."""
    raw = unicodedata.normalize("NFKC", req.request or "").lower()
    halves = list(_HALF.finditer(raw)) or list(_HALF.finditer(text))
    if not halves or req.audio_length_s is None:
        return None
    ask = Question(
        "Which time range of the track should I regenerate (start and end, in seconds)?",
        "window",
        ("start_time", "end_time"),
    )
    if _SECTION_OF.search(raw) or any(other):
        return ask
    clauses = re.split(r"[,.;!?，。、！？]|\b(?:but|aber|pero|mais|ma|mas|но|但是?|하지만|けど|لكن|אבל)\b", raw)

    def first(m: re.Match[str]) -> bool:
        return bool(m.group(1) or m.group(3))

    def kept(m: re.Match[str]) -> bool:
        return any(m.group(0) in c and _KEPT.search(c) for c in clauses)

    redone = {first(m) for m in halves if not kept(m)}
    if len(redone) == 1:
        is_first = redone.pop()
    elif not redone and len({first(m) for m in halves}) == 1:
        is_first = not first(halves[0])  # 'keep the first half, redo the rest'
    else:
        return ask
    middle = round(req.audio_length_s / 2, 1)
    phrase = next((m.group(0) for m in halves if first(m) == is_first), halves[0].group(0))
    return (0.0, middle, phrase) if is_first else (middle, req.audio_length_s, phrase)


# A part said to stay or not to be touched ('garde', 'deja … igual', 'behoud', 'mantén', 'değil', 'jangan diubah', 'keep'):
# a window said beside it may be what stays.
_KEPT_OR_NOT = quick(
    r"(?<![^\W\d_])(?:keep|keeping|leave|garde|gardez|laisse|deja|dejá|mantén|manten|mantieni|lascia|behalte?|"
    r"behoud|lass|mantenha|deixa|оставь|не\s+трогай|zostaw|nech|behåll|behold|pidä|jätä|bırak|değil|jangan|biarkan|"
    r"giữ|don['’]?t\s+touch|not\s+the|igual)(?![^\W\d_])|そのまま|保留|别动|別動|그대로",
    re.IGNORECASE,
)


# A third or a quarter of the track by its place ('the last third', 'le deuxième tiers', "l'ultimo quarto", 'последнюю
# треть', '前三分之一', 'Son çeyreği', 'de laatste kwart'): the ordinal (first, second, third, last) and the part.
_FRACTION = quick(
    r"(?<![^\W\d_])(?:(?P<first>first|premier|première|primo|prima|primer|primera|primeiro|primeira|primul|erste[nrs]?|"
    r"eerste|первую|первая|першу|перша|první|prvú|prvá|pierwsz[aą]|ensimmäi\w+|ilk|primeiro|prvu|prvi|прву)|"
    r"(?P<second>second|deuxième|seconda|secondo|segund[oa]|zweite[nrs]?|tweede|вторую|вторая|другу|друга|druhou|druhá|"
    r"druhú|drug[aą]|toi\w+|ikinci)|(?P<third>third|troisième|terz[oa]|tercer[oa]?|terceir[oa]|dritte[nrs]?|derde|"
    r"третью|третья|третю|třetí|tretiu|trzeci[aą]|kolma\w+|üçüncü|treću|trecu|трећу)|(?P<last>last|final|dernier|dernière|ultim[oa]|"
    r"últim[oa]|darrer[a]?|letzte[nrs]?|laatste|последн(?:юю|яя)|останн(?:ю|я)|poslední|poslednú|posledn[aá]|"
    r"ostatni[aą]|viimei\w+|son|sista|sidste|siste|zadnju|posljednju|poslednju|задњу|последњу))\s+"
    r"(?:(?P<n3>third|tiers|terz[oa]|tercio|terço|terç|drittel|derde|треть|третину|třetinu|tretinu|trzeci[aąę]|kolmannes\w*|"
    r"tredjedel\w*|tredjedel|trećinu|trecinu|трећину)|(?P<n4>quarter(?![\s-]+notes?)|quart|quarto|cuarto|viertel|kwart|четверть|чверть|čtvrtinu|štvrtinu|ćwierć|"
    r"neljännes\w*|çeyre\w+|fjärdedel\w*|fjerdedel\w*|četvrtinu|cetvrtinu|четвртину|ćwiartk\w*))(?![^\W\d_])"
    r"|(?P<cjk_first>前|头|頭|最初の?|初めの?|はじめの?|冒頭の?|처음|첫|앞(?:쪽|부분)?의?)\s*(?P<cjk_n>[三四34삼사])"
    r"\s*(?:分之一|分の[一1]|분의\s*[1일])"
    r"|(?P<cjk_last>后|後|最后|最後の?|終わりの?|おわりの?|尾|마지막|끝|뒤(?:쪽|부분)?의?)(?:的)?\s*(?P<cjk_n2>[三四34삼사])"
    r"\s*(?:分之一|分の[一1]|분의\s*[1일])",
    re.IGNORECASE,
)


def _fraction_window(req: Request) -> tuple[float, float, str] | None:
    """The track's first, second, third or last third or quarter as a window ('redo the last third'); None where
    none is named, or where it is of a section ('the last third of the chorus')."""
    raw = unicodedata.normalize("NFKC", req.request or "").lower()
    # (as written too: '마지막 3분의 1' had its '3분' read as three minutes)
    m = _FRACTION.search(raw) or _FRACTION.search(unicodedata.normalize("NFKC", req.written or "").lower())
    length = req.audio_length_s
    if m is None or length is None or _SECTION_OF.search(raw) or _KEPT_OR_NOT.search(raw):
        return None  # (of a section, or a part kept: 'Keep the first third, redo the rest' is asked)
    if m.group("cjk_n") or m.group("cjk_n2"):
        n = 3 if (m.group("cjk_n") or m.group("cjk_n2")) in ("三", "3", "삼") else 4
        k = 1 if m.group("cjk_first") else n
    else:
        n = 3 if m.group("n3") else 4
        k = {"first": 1, "second": 2, "third": 3}.get(
            next(g for g in ("first", "second", "third", "last") if m.group(g)), n
        )
        if k > n:
            return None
    return round((k - 1) * length / n, 1), round(k * length / n, 1), m.group(0)


_A_SONG_SAID = quick(_A_SONG_TURKIC)  # ('bir mahnı düzəlt': make a song)


# An intro or an outro said to go before or after 'the song', 'the music' ('an intro before the song', 'une intro avant
# la chanson', 'en intro foran musikken', 'вступление перед песней').
_INTRO_AT_A_TRACK = quick(
    r"(?<![^\W\d_])(?:intro|outro|lead-in|opening|ending|вступлени\w*|интро|аутро|концовк\w*|introducción|introdução|"
    r"introduzione|introduction|einleitung|wstęp|inledning|innledning|indledning)(?![^\W\d_])"
    r"[^.;!?\n]{0,40}?(?<![^\W\d_])(?:"
    r"(?:before|in\s+front\s+of|ahead\s+of|after|to|onto)\s+(?:the|my|this|that|our)\s+(?:song|track|music|tune|piece|beat)|"
    r"(?:vor|nach|an)\s+(?:den|die|das|dem|meinen?|meine[mn]?|diese[nms]?)\s+(?:song|track|musik|lied|stück)|"
    r"(?:avant|devant|après|à)\s+(?:la|le|ma|mon|cette|ce)\s+(?:chanson|morceau|musique|titre|track)|"
    r"(?:antes\s+de|delante\s+de|después\s+de)\s+(?:la|el|mi|esta|este)\s+(?:canción|tema|música|pista|track)|"
    r"(?:antes|depois)\s+d[ao]\s+(?:minha\s+|meu\s+)?(?:música|faixa|canção|som)|"
    r"(?:prima|dopo)\s+(?:della|del|la|il)\s+(?:mia\s+|mio\s+)?(?:canzone|brano|musica|pezzo|traccia)|"
    r"(?:foran|før|etter|efter|före|framför)\s+(?:musikken|sangen|låten|melodien|nummeret|spåret|musiken)|"
    r"(?:voor|na)\s+(?:het|de|mijn)\s+(?:nummer|liedje|muziek|track)|"
    r"(?:przed|po)\s+(?:piosenką|piosence|utworem|utworze|muzyką|muzyce|kawałkiem)|"
    r"(?:перед|после|к)\s+(?:песней|песне|треком|треку|музыкой|музыке))(?![^\W\d_])"
)


def _looks_new(text: str) -> bool:
    return bool(
        re.search(r"\b(?:make|create|generate|compose|write|produce|give)\s+(?:me\s+)?(?:a|an|some)\b", text)
        # ('give me 3 takes of a 30 second jazz jingle for my podcast intro')
        or re.search(r"\b(?:takes?|versions?|variations?|options)\s+of\s+(?:a|an)\b", text)
        or _A_SONG_SAID.search(text)
    )


# A request that names no style but says what it is (no vocals, or lyrics) is planned with a neutral
# style, and the plan says so; one that says nothing at all ('make a song') is asked about.
_NO_STYLE_INSTRUMENTAL = "instrumental, no vocals"
_NO_STYLE_SONG = "song"
_NO_STYLE = "no style named, but a length with no vocals, or lyrics"


def _own_words(text: str) -> list[str]:
    """The style words an edit's request says in its own words, outside quotes (lyrics, or asked about) and
    other than mixing words ('mute', 'quieter': asked about, never a style)."""
    from ace_step_mcp.router.cues import EFFECT
    from ace_step_mcp.router.lang import style_words
    from ace_step_mcp.router.read import QUOTE

    kept = []
    for phrase in style_words(QUOTE.sub(" ", text)):
        # 'give me the first 5 seconds as mp3' leaves 'first mp3': a place and a file format, not a sound.
        words = [w for w in phrase.split() if w.lower() not in _NOT_A_SOUND]
        phrase = " ".join(words)
        if len(phrase) > 1 and phrase.lower() not in _NON_STYLE and not EFFECT.search(phrase.lower()):
            kept.append(phrase)
    return kept


_NOT_A_SOUND = frozenset(
    {
        "mp3",
        "wav",
        "flac",
        "ogg",
        "opus",
        "m4a",
        "aac",
        "aiff",
        "first",
        "last",
        "start",
        "end",
        "beginning",
        "ending",
        "middle",
        "part",
        "section",
        "bit",
        "file",
        "version",
        "copy",
        "track",
        "song",
    }
)


def _tags_for(
    req: Request,
    text: str,
    why: list[str],
    *,
    instrumental: bool,
    bpm: int | None,
    language: str | None,
    concrete: bool = False,
    window: bool = False,
) -> str | Question:
    if req.tags:
        why.append("tags as given")
        tags = req.tags
        if instrumental and "no vocals" not in tags.lower():
            tags = f"{tags}, no vocals"
        return tags
    tags = extract_tags(text, instrumental=instrumental, bpm=bpm, language=language)
    if req.source_tags:
        # The seed's advice for edits: share the original's tags so the new part blends in. What the words say
        # the new part should be comes first, also where the tag list has no word for it ('com mais bateria',
        # 'больше баса', 'ベース多め'): a regeneration that drops it renders the same music again.
        said = [t for t in (tags.split(", ") if tags else []) if t and t != "no vocals" and not t.endswith(" BPM")]
        own = [] if said or not window else _own_words(text)
        merged = [
            t.strip() for t in [*own, *(tags.split(",") if tags else []), *req.source_tags.split(",")] if t.strip()
        ]
        first_of: dict[str, str] = {}
        for t in merged:
            first_of.setdefault(t.lower(), t)
        tags = ", ".join(first_of.values())
        why.append("the original track's tags kept so the new part blends in")
        return tags
    from ace_step_mcp.router.cues import MIX_TOGETHER
    from ace_step_mcp.router.lang import style_words

    # A phrase of short words only ('den med', 'до', 'lagu jadi' is kept) says no style: prepositions and pronouns.
    # Nor does a change no render makes ('Track 2 und Track 5 zusammenmischen': two tracks mixed, asked).
    own = [
        w
        for w in (" ".join(phrase.replace("×", " ").split()) for phrase in style_words(text))  # (a count's mark)
        if w
        and w.lower() not in _NON_STYLE
        and (not w.replace(" ", "").isalpha() or any(len(t) >= 4 or ord(t[0]) >= 0x3000 for t in w.split()))
        and not MIX_TOGETHER.search(w.lower())
        and not _NO_STYLE_SAID.fullmatch(w.lower().strip())  # ("un'altra", '再来', 'отмени это': no style; asked)
        and any(c.isalpha() for c in w)  # (nor an emoji alone: 'ok 👍')
    ]
    found = [t for t in (tags.split(", ") if tags else []) if t]
    # Words that say something of the piece but no style: with only these, the request's own words are the style.
    # A decade, a key, the language sung in: none displaces the request's own style words ('balada').
    meta = {"no vocals", f"{bpm} BPM"} | {
        t for t in found if re.fullmatch(r"(?:19|20)?\d0s|[A-G][#b]? m(?:aj|in)or|[a-z ]+ vocal", t)
    }
    # Words of another language the style-word table read ('Klavier, ruhig' is 'piano, calm'): their English tags
    # lead, and the request's own words stay, as where no term was found (a word the table lacks is not lost).
    native = {t for t in found if t in _style_found(text)[1]}
    if not found or set(found) <= meta | native:
        if own:
            styled = [t for t in found if t not in meta]
            why.append(f"style words as written: {', '.join(own)}")
            if styled:
                why.append(f"... in the tags' English: {', '.join(styled)}")
            return ", ".join(dict.fromkeys([*styled, *own, *(t for t in found if t in meta)]))
    else:
        # Style words in another language than the list's (reggaetón, ボサノバ風, поющие чаши) are kept too.
        foreign = [w for w in own if not w.isascii() and not any(w.lower() in t.lower() for t in found)]
        # And what the request excludes in its own words ('ohne Schlagzeug', 'sem bateria', 'utan trummor'):
        # dropped, the music would have it.
        covered = " ".join([*found, *foreign]).lower()
        foreign += [
            m.group(0)
            for m in _EXCLUDED.finditer(text)
            if m.group(0) not in covered and m.group(1) not in covered and not re.match(_VOCAL_STEM, m.group(1))
        ]
        if foreign:
            why.append(f"style words as written: {', '.join(foreign)}")
            return ", ".join(dict.fromkeys([*found, *foreign]))
        return tags
    if (not found or set(found) <= meta) and (same := _SAME_OF.search(text)) is not None:
        # ('一样的但是3分钟', 'the same but 3 minutes' with no track open: the same as nothing here; never a default)
        return Question(
            f"'{same.group(0).strip()}' as which track? Pass `audio` to work on it, or `tags` for a new piece's style.",
            "tags",
            ("audio", "tags"),
        )
    if (not found or set(found) <= meta) and concrete:
        neutral = _NO_STYLE_INSTRUMENTAL if instrumental else _NO_STYLE_SONG
        tags = ", ".join(dict.fromkeys([*(t for t in found if t != "no vocals"), *neutral.split(", ")]))
        why.append(f"{_NO_STYLE} → '{tags}'")
        return tags
    if not found or set(found) <= {"no vocals", f"{bpm} BPM"}:  # a decade alone is a style: '80s, 2 min'
        return Question(
            "What style should it have? Name a genre, mood and instruments (e.g. 'lo-fi, mellow, rhodes piano, 80 BPM').",
            "tags",
        )
    return tags


# Malay and Indonesian share most words, and lingua's small models lean to Malay: the words only one of them
# uses in everyday writing ('menit', 'banget', 'nggak' / 'minit', 'nak', 'awak') decide, else lingua's reading.
_INDONESIAN_ONLY = frozenset(
    {"menit", "detik", "banget", "aja", "dong", "sih", "nggak", "gak", "enggak", "bikin", "buatin", "pake", "udah"}
    | {"nih", "mobil", "uang", "bikinin", "kayak", "gimana", "reff", "refrein"}  # (Indonesian names of sections)
)
_MALAY_INDONESIAN = frozenset(
    {
        "lagu",
        "lirik",
        "buat",
        "buatkan",
        "bikin",
        "bikinin",
        "menit",
        "minit",
        "dengan",
        "yang",
        "aku",
        "kau",
        "kamu",
        "saya",
        "tak",
        "tidak",
        "ini",
        "itu",
        "hati",
        "hatiku",
        "cinta",
        "sayang",
        "rindu",
        "selalu",
        "untuk",
        "dan",
        "pulang",
        "kapan",
        "bila",
        "sampai",
        "senang",
        "kerja",
        "jangan",
        "pergi",
        "datang",
        "malam",
        "bintang",
    }
)  # fmt: skip  ('abang pulang kapan'; not Tagalog's too: 'sana', 'mana', 'hari', 'abang')
_MALAY_ONLY = frozenset(
    {"minit", "nak", "awak", "sikit", "macam", "je", "sahaja", "wang", "kereta", "rangkap", "korus", "kedai"}
)


def _word_evidence(language: str, lyrics: str, *, neighbours: bool = False, besides: str | None = None) -> int:
    """How many of the lyrics' words are that language's common words (where a table lists them): 'ti amo tanto,
    amore mio' is Italian whatever the request around it is written in. `besides`: a neighbour whose own spelling
    of the same words does not count ('el sol' is Catalan as much as Spanish)."""
    words = re.findall(r"[^\s\d.,;:!?'\"()\[\]«»“”।॥-]+", lyrics.lower())
    words = [w for w in words if w not in _WRITTEN_ALIKE.get(frozenset({language, besides or language}), ())]
    vocab: set[str] | frozenset[str] = _LATIN_STOPWORDS.get(language, set())
    for tables in _SCRIPT_WORDS.values():
        vocab = next((v for name, v in tables if name == language), vocab)
    # ... and the everyday words that tell neighbours apart ('molt', 'deg', 'pjesma')
    extra = _neighbour_counts(lyrics).get(language, 0) if neighbours else 0
    if language == "Sanskrit":  # the visarga ends Sanskrit words, as `_within_script` reads them
        return sum(w in vocab for w in words) + _visarga_words(words) + extra
    return sum(w in vocab for w in words) + extra


# Neighbour languages that share most words and letters, told apart by the request's own everyday words where its
# lyrics are too short to tell ('vi ses i sommer' is no language to lingua; 'रेशम फिरिरी' Devanagari, read Hindi): the
# person asking in Norwegian, Croatian or Nepali wants it sung so. Only words one neighbour writes that way.
_NEIGHBOUR_WORDS: dict[str, frozenset[str]] = {
    "Norwegian": frozenset({"lag", "lage", "meg", "deg", "hva", "noen", "nå", "også", "veldig", "sangen", "teksten",
                            "låten", "bare", "kjærlighet"}),
    "Danish": frozenset({"lav", "lave", "mig", "dig", "hvad", "nogen", "nu", "meget", "sangen", "teksten", "kærlighed",
                         "bare", "lidt"}),
    "Swedish": frozenset({"gör", "skapa", "och", "inte", "jag", "är", "texten", "låten", "minuter", "kärlek", "lite"}),
    "Serbian": frozenset({"pesma", "pesmu", "pesme", "pesmom", "reči", "reci", "lepo", "lepa", "vreme", "uradi", "napravi",
                          "песма", "песму", "песме", "речи", "текстом", "тужна", "тужну", "направи", "уради", "са"}),
    "Russian": frozenset({"песня", "песню", "сделай", "нужна", "нужно", "текстом", "словами", "грустная", "грустную",
                          "со"}),
    "Croatian": frozenset({"pjesma", "pjesmu", "pjesme", "pjesmom", "riječi", "rijeci", "lijepo", "lijepa", "vrijeme",
                           "skladba", "skladbu", "glazba", "glazbu"}),
    "Nepali": frozenset({"मिनेट", "सेकेन्ड", "बनाउ", "बनाऊ", "बनाइदेऊ", "बनाइदिनुस्", "छ", "तिमी", "गर", "गर्नुस्", "मलाई"}),
    "Hindi": frozenset({"मिनट", "सेकंड", "बनाओ", "बनाइए", "है", "का", "की", "मुझे", "चाहिए"}),
    "Bulgarian": frozenset({"песен", "песента", "минути", "секунди", "направи", "искам", "текст", "бал"}),
    "Latin": frozenset({"cantus", "cantum", "carmen", "verba", "verbis", "fac", "compone", "musicam", "gregorianus",
                        "haec", "hoc", "hanc", "quaeso", "cantatum", "verbum", "mihi", "cantandum", "natalicium"}),
    "Haitian Creole": frozenset({"yon", "chante", "pawòl", "minit", "fè", "mwen", "pou", "konpa", "segonn"}),
    "French": frozenset({"une", "chanson", "paroles", "fais", "fais-moi", "avec", "pour", "dans"}),
    "Italian": frozenset({"canzone", "testo", "fai", "fammi", "minuti", "secondi", "pezzo", "brano", "voglio"}),
    "Portuguese": frozenset({"música", "canção", "faz", "faça", "uma", "com", "quero", "cante", "agora", "essa", "novo",
                             "nova", "você", "voce", "pra"}),
    "Catalan": frozenset({"amb", "cançó", "cançons", "lletra", "minuts", "segons", "fes", "fes-me", "molt", "però"}),
    "Spanish": frozenset({"con", "canción", "canciones", "minutos", "segundos", "haz", "hazme", "muy", "pero", "ahora",
                          "nueva", "nuevo", "quiero"}),
    "Slovak": frozenset({"pieseň", "piesne", "pesničku", "urob", "vytvor", "minúty", "minút", "slovenský"}),
    "Czech": frozenset({"píseň", "písničku", "písně", "udělej", "vytvoř", "minuty", "minut", "český"}),
    # (and Polish typed with no marks: 'zrob piosenke disco polo 2 min, tekst: kocham cie jak nikt')
    "Polish": frozenset({"piosenka", "piosenke", "piosenkę", "piosenki", "zrob", "zrób", "tekstem", "słowami",
                         "slowami", "kocham", "cie", "cię", "ciebie", "nikt", "się", "mnie", "jestem", "bardzo"}),
    # (Turkish and Azerbaijani lyrics typed with no marks read alike: 'bu gece bizimdir, oyna gulum oyna' in 'toy ucun
    # bir mahni duzelt' is Azerbaijani by the request's own words)
    "Azerbaijani": frozenset({"mahnı", "mahni", "üçün", "ucun", "düzəlt", "duzelt", "sözlər", "dəqiqə", "deqiqe",
                              "dəq", "deq", "saniyə", "mənə", "zəhmət"}),
    "Turkish": frozenset({"şarkı", "sarki", "için", "icin", "yap", "dakika", "dakikalık", "bana", "lütfen", "lutfen"}),
}  # fmt: skip
# Common lyric words two neighbours spell alike, which say neither ('Quan surti el sol tornarem a ballar': Catalan,
# asked in Catalan; its 'el', 'sol' are no Spanish evidence against that).
_WRITTEN_ALIKE: dict[frozenset[str], frozenset[str]] = {
    frozenset({"Catalan", "Spanish"}): frozenset({"el", "la", "de", "que", "tu", "sol", "amor", "vida"}),
}
# The languages whose letters no other of the 50 writes (Czech 'ř ě ů', Slovak 'ľ ĺ ŕ', Polish, Hungarian...).
_OWN_MARKS = frozenset({"Czech", "Slovak", "Polish", "Hungarian", "Romanian", "Turkish", "Lithuanian", "Icelandic",
                        "Vietnamese", "Azerbaijani"})  # fmt: skip
_NEIGHBOURS = (
    frozenset({"Norwegian", "Danish", "Swedish"}), frozenset({"Serbian", "Croatian"}),
    frozenset({"Nepali", "Hindi", "Sanskrit"}), frozenset({"Slovak", "Czech"}), frozenset({"Serbian", "Russian"}),
    frozenset({"Catalan", "Spanish"}), frozenset({"Haitian Creole", "French"}), frozenset({"Bulgarian", "Russian"}),
    # (lingua reads short Serbian or Croatian lyrics in Latin letters as Slovak or Czech: 'sveti Nikola, čuvaj naš dom')
    frozenset({"Serbian", "Croatian", "Slovak", "Czech"}), frozenset({"Turkish", "Azerbaijani"}),
)  # fmt: skip
# The languages of India and Nepal typed in Latin letters ('bhai 2 min ka ek sad song bana do', 'oru sad song pannu',
# 'oka prema paata cheyyi'): lingua reads such lyrics as Estonian, Finnish or Turkish; the request's and the lyrics'
# own everyday words say which language it is. (Urdu typed so is Hindi's words: read as Hindi.)


_NEIGHBOUR_WORD = re.compile(r"[^\s\d.,;:!?'\"()\[\]«»“”„।॥-]+")


def _neighbour_counts(text: str) -> dict[str, int]:
    """How many of the text's words each neighbour language writes so (`_NEIGHBOUR_WORDS`)."""
    words = _NEIGHBOUR_WORD.findall(text.lower())
    return {lang: sum(w in vocab for w in words) for lang, vocab in _NEIGHBOUR_WORDS.items()}


def _romanised_said(request: str, lyrics: str) -> str | None:
    """The Indic language a request and its lyrics are typed in with Latin letters, where their words say so."""
    said = re.findall(r"[a-z]+", request.lower())
    sung = re.findall(r"[a-z']+", lyrics.lower())
    if sum(w in _LATIN_STOPWORDS["English"] for w in sung) * 3 >= max(1, len(sung)):
        return None  # English lyrics in a Hinglish request ('lyrics: I miss you tonight, baby'): sung as written
    scores = {lang: sum(w in vocab for w in said) + 2 * sum(w in vocab for w in sung)
              for lang, vocab in ROMANISED_WORDS.items()}  # fmt: skip
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 3 or sum(v == scores[best] for v in scores.values()) > 1:
        return None
    # (the request too, or lyrics holding three of its words at least: 'esta letra: dil mera tu hi jaane, tu hi mera
    # safar' is Hindi, whoever asks)
    vocab = ROMANISED_WORDS[best]
    if best in ("Japanese", "Korean"):
        # (its words are names and words of other languages too: 'mi perra Yume', Tagalog 'uri', pinyin 'wo'; two
        # of them in the request itself, 'kono kashi de rokku tsukutte')
        # (or four of them in the lyrics themselves: 'kimi no sora ni hikari ga furu, itsumo zutto yume wo miteru')
        return best if len(set(said) & vocab) >= 2 or len(set(sung) & vocab) >= 4 else None
    return best if any(w in vocab for w in said) or len(set(sung) & vocab) >= 3 else None


def _neighbour_said(request: str, found: str | None, lyrics: str) -> str | None:
    """The neighbour of `found` (or, where nothing was found, any language of the table) that the request's own
    words name, where the lyrics' own words do not say otherwise; None where the request does not settle it."""
    scores = _neighbour_counts(request)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 1 or sum(v == scores[best] for v in scores.values()) > 1 or best == found:
        return None
    if found is not None and not any(found in g and best in g for g in _NEIGHBOURS):
        return None
    if found == "Haitian Creole":
        return None  # (read so by its own words, which no other language writes: 'mwen renmen ou')
    if any(found == language and any(c in lyrics for c in letters) for tables in _SCRIPT_LETTERS.values()
           for letters, language in tables):  # fmt: skip
        return None  # ('љубави моја' is Serbian by its letters, whatever the request around it is written in)
    if any(found == lang and any(c in lyrics.lower() for c in marks) for marks, lang in _LATIN_MARKS
           if lang in _OWN_MARKS):  # fmt: skip
        return None  # ('miluji tě, lásko' is Czech by its 'ě', 'ľúbim ťa' Slovak by its 'ľ', whoever asks)
    own = _neighbour_counts(lyrics)
    own_best = max(own, key=lambda k: own[k])
    if own[own_best] > own[best] and sum(v == own[own_best] for v in own.values()) == 1:
        return None  # ('jeg elsker deg' says Norwegian by its own 'deg', in a Swedish request)
    lyric_words = re.findall(r"[a-z']+", lyrics.lower())
    if found is None and sum(w in _LATIN_STOPWORDS["English"] for w in lyric_words) * 2 > max(1, len(lyric_words)):
        return None  # English lyrics in a Norwegian request: sung as written
    if found is not None and _word_evidence(found, lyrics, besides=best) > _word_evidence(best, lyrics):
        return None
    return best


def _lower_reading(lyrics: str) -> tuple[str | None, float]:
    """The lyrics' language as `lyrics_language` asks it: their words in lower case, marks of punctuation gone."""
    from ace_step_mcp.router.lang import latin_language

    words = re.findall(r"[a-zà-ÿœ'\u0100-\u024f\u0259\u1e00-\u1eff]+", lyrics.lower())
    return latin_language(" ".join(words)) if words else (None, 0.0)


def _latin_reading(lyrics: str) -> tuple[str | None, float]:
    from ace_step_mcp.router.lang import latin_language

    return latin_language(" ".join(re.findall(r"[a-z']+", re.sub(r"\[[^\]]*\]", " ", lyrics.lower()))))


def _sure_english(lyrics: str) -> bool:
    found, confidence = _latin_reading(lyrics)
    # ('Good coffee, good day, Haru Cafe', 0.90 with a name in it: English by three of its words)
    return found == "English" and (confidence >= 0.9 or (confidence >= 0.8 and _word_evidence("English", lyrics) >= 3))


def _sure_latin(lyrics: str) -> bool:
    """Whether a language model names the lyrics' language with confidence (0.6 and up)."""
    return _latin_reading(lyrics)[1] >= 0.6


# Cantonese as a request writes it: its own letters, and 'this one', 'give me', 'that'll do' ('呢首', '俾我', '得喇').
# Latin's everyday words, as sung ('nox est longa, vita plena', 'ave maria gratia plena'): none of them Swahili.
_LATIN_SUNG = frozenset(
    {"est", "et", "non", "cum", "sed", "qui", "quae", "quod", "nox", "lux", "vita", "mea", "meus", "tua", "tuus",
     "amor", "ave", "deus", "domine", "gloria", "plena", "sum", "es", "sunt", "ad", "ex", "de", "in", "semper"}
)  # fmt: skip
_CANTONESE_ASKED = quick(r"[嘅哋喺咗嘢冇佢嚟啲乜]|呢(?:首|個|个|隻|段|度)|俾(?:我|佢)|得喇|得啦|唔該|唔要|係咪")
_LIRIK = frozenset({"lirik", "liriknya", "gaya", "warung", "kedai", "bikin", "bikinin", "buatin", "pengen", "mau"})
_MANDARIN_SAID = quick(r"普通话|普通話|国语|國語|华语|華語|mandarin")


def _malay_or_indonesian(text: str, found: str) -> str:
    words = re.findall(r"[a-z]+", text)
    indonesian = sum(w in _INDONESIAN_ONLY for w in words)
    malay = sum(w in _MALAY_ONLY for w in words)
    malay += len(re.findall(r"\d\s*saat\b", text))  # ('15 saat': Malay seconds; Indonesian 'saat' is a moment)
    return "Indonesian" if indonesian > malay else "Malay" if malay > indonesian else found


def _plan_t2a(
    req: Request, text: str, lyrics: str | None, seed: int | None, why: list[str], bpm: int | None, instrumental: bool
) -> Plan | Question:
    language = lyrics_language(lyrics) if lyrics and not instrumental else None
    if language and language != "Haitian Creole" and lyrics and len(text.split()) >= 3:
        # Short lyrics of a language that shares its letters with others ('30 graus e o mar no tom' read Catalan,
        # Bulgarian read Russian): the request around them, in a neighbour of that language, settles it.
        own = lyrics_language(text)
        if own and own != language:
            for_own = _word_evidence(own, lyrics, neighbours=True)
            for_read = _word_evidence(language, lyrics, neighbours=True)
            # (and 'Esto es Café con Datos, pásate un rato' in a Spanish request, read Dutch: two Spanish words in
            # the lyrics and no Dutch one settle it even where the whole reads as a third language)
            if (lyrics_language(f"{text}\n{lyrics}") == own and for_own >= for_read) or (
                for_own >= 2 and for_read == 0 and _word_evidence(own, text, neighbours=True) >= 2
            ):
                language = own
    if language and lyrics and not instrumental and language != "Haitian Creole":
        # ('Açaí da Bia, geladinho todo dia' read Finnish in lower case, with none of its words; Portuguese at 0.96
        # as written): a sure reading of the lyrics as written over one no word of the lyrics supports
        read_as, sure = _latin_reading(lyrics)
        if (
            read_as is not None
            and read_as not in (language, "English", "Vietnamese")
            and sure >= 0.95
            and _word_evidence(language, lyrics) == 0
            and not any(c in marks for marks, _ in _LATIN_MARKS for c in lyrics.lower())  # ('Səni çox sevirəm')
            and _lower_reading(lyrics)[1] < 0.6
        ):
            language = read_as
    written = (req.written or req.request or "").lower()  # ('tiga minit', 'तीन मिनेट' are '180 s' by now)
    if (
        language == "Chinese"
        and lyrics
        and _CANTONESE_ASKED.search(written.replace(lyrics.lower(), " "))
        and not _MANDARIN_SAID.search(written)
    ):
        # ('呢首得喇。另外整首歌…，歌詞係「食碗糖水，心都甜晒」': Han lyrics with no letter only Cantonese writes, asked for
        # in Cantonese: sung in it)
        language = "Cantonese"
    if language and language not in ("Malay", "Indonesian") and lyrics and lyrics.isascii():
        # Short Malay or Indonesian lyrics lingua reads as another language ('kau tak di sini, hatiku tak tenang'
        # read Swahili): their common words, in the lyrics and in the request as written, say which they are.
        words = re.findall(r"[a-z]+", f"{written} {lyrics}".lower())
        if sum(w in _MALAY_INDONESIAN for w in words) >= 4 and any(
            w in _MALAY_INDONESIAN for w in lyrics.lower().split()
        ):
            language = "Indonesian"
    if (
        language
        and language != "Haitian Creole"  # (read so by its own words: 'mwen renmen ou')
        and lyrics
        and not instrumental
        and lyrics.isascii()
        and _word_evidence(language, lyrics) == 0
        and not any(_neighbour_counts(lyrics).values())  # ('jeg elsker deg' in a Swedish request: Norwegian words)
    ):
        # Short lyrics in a dialect or slang a model reads as anything ('Roma de notte, 'n motorino e du' stelle' read
        # Finnish, 'tere bina adhoora hai yeh safar' Swahili), with none of that language's words: the request's
        # own language, where two of its words or more say it and no other
        from ace_step_mcp.router.lang import _LATIN_LANGUAGES

        asked_in = _neighbour_counts(written.replace(lyrics.lower(), " "))
        best = max(asked_in, key=lambda k: asked_in[k])
        if (
            asked_in[best] >= 2
            and sum(v == asked_in[best] for v in asked_in.values()) == 1
            # (a sure reading counts only from a model that knows the request's language: 'Kafana je moja sudbina'
            # in a Serbian request is read Swahili at 0.98, and the model has no Serbian in Latin letters)
            and (not _sure_latin(lyrics) or best.upper() not in _LATIN_LANGUAGES)
        ):
            language = best
    sure_english = language is None and lyrics and lyrics.isascii() and _sure_english(lyrics)
    if lyrics and not instrumental and len(lyrics.split()) <= 12 and not sure_english:
        # ('Sixty years and still the king / of every barbecue in spring' beside 'minutes', a French word too: English)
        language = _neighbour_said(written.replace(lyrics.lower(), " "), language, lyrics) or language
    if (
        lyrics
        and not instrumental
        and lyrics.isascii()
        # (or more of its words a romanisation's than that language's: 'dil mera tu hi jaane' is no Spanish)
        and (language is None or _word_evidence(language, lyrics) < max(1, romanised_count(lyrics)))
    ):
        language = _romanised_said(written.replace(lyrics.lower(), " "), lyrics) or language
    if language is None and lyrics and lyrics.isascii() and not instrumental:
        # Short lyrics no model names, asked for in Malay or Indonesian ('lagu dangdut dengan lirik: "goyang sampai
        # pagi", tiga menit'): sung in the language asked in, unless they are English
        words = re.findall(r"[a-z]+", written.replace(lyrics.lower(), " "))
        sung = re.findall(r"[a-z']+", lyrics.lower())
        english_sung = sum(w in _LATIN_STOPWORDS["English"] for w in sung) * 2 > max(1, len(sung))
        said = sum(w in _MALAY_INDONESIAN or w in _INDONESIAN_ONLY or w in _MALAY_ONLY or w in _LIRIK for w in words)
        if said >= 3 and not english_sung:
            language = "Indonesian"
    if language in ("Malay", "Indonesian"):
        said_as = _malay_or_indonesian(written + " " + text + " " + (lyrics or "").lower(), "")
        if not said_as and re.search(r"\b(?:melayu|malay|malaysia)\b", written):
            said_as = "Malay"
        elif not said_as and re.search(r"\b(?:indonesia|indonesian)\b", written):
            said_as = "Indonesian"
        if not said_as and not req.vocal_language and not req.tags:
            # No word only one of them writes ('lagu sedih dengan lirik "aku rindu padamu"'): either could be meant,
            # and the other one sung would be a wrong render.
            return Question(
                "The lyrics read as Malay or Indonesian, and nothing in the request tells which; which should it be "
                "sung in? Pass `vocal_language` ('ms' or 'id').",
                "clarify",
                ("vocal_language",),
            )
        language = said_as or language
    if (
        language == "Swahili"
        and lyrics
        and _word_evidence("Swahili", lyrics) == 0
        and _neighbour_counts(written.replace(lyrics.lower(), " ")).get("Latin", 0) >= 1
        and sum(w in _LATIN_SUNG for w in re.findall(r"[a-z]+", lyrics.lower())) >= 2
    ):
        # ('Canta haec verba: Ave, luna, lux serena …': Latin lyrics the model reads as Swahili, none of its words in
        # them, asked for in Latin)
        language = "Latin"
    tag_language = None
    lang_word = _has(text + " " + (req.tags or "").lower(), tuple(LANGUAGE_WORDS))
    vocal_cue = re.search(
        r"vocal|voice|sing|sung|lyric|rap\b|choir|\bsong\b|canta|chant|gesang|voz|voce|вокал|歌う|歌唱|보컬|गाय|ボーカル|ヴォーカル|"
        r"歌声|歌手|人声|人聲|أغني|اغني",  # ('أغنية خليجية': a Gulf song, sung)
        text,
    )
    if lang_word and not instrumental and (lang_word in _STRONG_LANGUAGE_WORDS or vocal_cue):
        from ace_step_mcp.router.languages import a_topic, names_an_instrument

        at = text.find(lang_word)
        if lang_word in _STRONG_LANGUAGE_WORDS or not (
            names_an_instrument(text, at, at + len(lang_word)) or a_topic(text, at)
        ):
            tag_language = LANGUAGE_WORDS[lang_word]
        if lang_word in _STRONG_LANGUAGE_WORDS:
            from ace_step_mcp.router.languages import NAMES, vocal_language_in

            # ('K-pop 스타일 노래, 영어 가사로', 'a J-pop song with English lyrics': the style's, sung in the language named)
            if (named := vocal_language_in(text)) is not None and NAMES[named[1]] != tag_language:
                tag_language, lang_word = NAMES[named[1]], named[0]
    if (
        tag_language is not None
        and lang_word in _STYLE_LANGUAGE_WORDS
        and lyrics
        and language is not None
        and language != tag_language
        # (read so by two of the language's own common words: 'Kimi no koto ga suki da yo' is no Polish)
        and _word_evidence(language, lyrics) >= 2
    ):
        tag_language = None  # ('en bossa nova, chanté : « Le pain de Lucie … »': sung in the lyrics' French)
    if tag_language is None and not instrumental and not req.vocal_language:
        from ace_step_mcp.router.languages import NAMES, vocal_language_in

        named = vocal_language_in(text)
        if named is not None:
            tag_language = NAMES[named[1]]
            lang_word = named[0]
        else:
            from ace_step_mcp.router.languages import language_named_in, latin_named_sung, said_in

            # A language named with no word saying it is sung ('una balada en español'): the vocals are
            # likely in it, and the cheap model would sing English; ask rather than render the wrong one.
            bare = language_named_in(text)
            if bare is not None and bare[1] != "en" and lyrics and lyrics.lower() != "[inst]":
                tag_language = NAMES[bare[1]]  # lyrics given: what is sung is settled, the name says in what
                lang_word = bare[0]
            elif bare is not None and bare[1] != "en" and said_in(text, bare[0]):
                tag_language = NAMES[bare[1]]  # 'en julesang på norsk', 'アニソン、日本語で': the piece is in it
                lang_word = bare[0]
            elif bare is None and latin_named_sung(text) is not None and _neighbour_counts(text).get("Latin", 0) >= 2:
                # ('Compone mihi carmen Latine cantandum, duo minuta': asked in Latin, sung in Latin)
                tag_language = "Latin"
                lang_word = "latine"
            elif bare is None and (latin := latin_named_sung(text)) is not None and not lyrics:
                return Question(
                    f"'{latin}' can mean sung in Latin or a Latin-American style; which is it? Pass "
                    f"`vocal_language` ('la' for Latin, or the language to sing in) and `tags` for the style.",
                    "clarify",
                    ("vocal_language", "tags"),
                )
            elif bare is not None and bare[1] != "en":
                return Question(
                    f"The request names {NAMES[bare[1]]} ('{bare[0]}'); should the vocals be sung in it, or is it "
                    f"instrumental? Pass `vocal_language` (e.g. '{bare[1]}') or `instrumental`.",
                    "clarify",
                    ("vocal_language", "instrumental"),
                )
    english_lyrics = False
    english_said = False
    if tag_language is None and language is None and not instrumental and not req.vocal_language:
        from ace_step_mcp.router.languages import language_named_in, said_in

        # ('нужна песня на английском', 'gör en låt på engelska', 'תעשה לי שיר באנגלית'): English named as the
        # language the piece is in; the tags say so, as they say any other language
        named_en = language_named_in(text)
        english_said = named_en is not None and named_en[1] == "en" and said_in(text, named_en[0])
    if tag_language is None and language is None and lyrics and not instrumental and not req.vocal_language:
        words = re.findall(r"[a-z']+", lyrics.lower())
        english = sum(w in _ONLY_ENGLISH for w in words)  # ('a me piace il mare, a te?' holds 'a', 'me': no English)
        english_lyrics = english >= 2 and english * 8 >= len(words)
        if not english_lyrics and lyrics.isascii():
            # Short lyrics with English's common words but fewer of the ones only English writes ('sixteen
            # candles, turn it up loud'), asked for in English: sung in English, unless another language's common
            # words are as many.
            sung = [w for w in words if w not in _VOCABLES and w not in ("a", "me")]
            common = {lang: sum(w in vocab for w in sung) for lang, vocab in _LATIN_STOPWORDS.items()}
            around = re.findall(r"[a-z']+", written.replace(lyrics.lower(), " "))
            english_lyrics = (
                common["English"] >= 2
                and common["English"] * 3 >= len(sung)
                and all(n < common["English"] for lang, n in common.items() if lang != "English")
                and sum(w in _ONLY_ENGLISH for w in around) >= 3
            )
        rest = written.replace(lyrics.lower(), " ")
        bare_lyrics = re.sub(r"\[[^\]\n]{0,40}\]", " ", lyrics)
        if not english_lyrics and sure_english and len(bare_lyrics.split()) >= 6 and rest.isascii():
            # ('[Verse]\nStreetlights humming on an empty road\n[Chorus]\nTake me home': six words or more a model
            # reads surely as English, asked for in letters of English)
            english_lyrics = True
        if not english_lyrics and sure_english and not rest.isascii():
            # ('징글 만들어줘. 가사는 "Good coffee, good day, Haru Cafe"': English lyrics asked for in another script)
            english_lyrics = True
        if not english_lyrics and re.search(r"[a-z]", lyrics.lower()) and len(re.findall(r"[^\W\d_]+", rest)) >= 2:
            # Short lyrics lingua cannot name alone ('olet minun aurinkoni': Finnish at 0.45), asked for in a request
            # lingua reads surely as the same language ('laulu, sanoin »…»'): sung in it. Two weak readings that
            # agree; English or another language around them settles nothing.
            from ace_step_mcp.router.lang import latin_language
            from ace_step_mcp.router.languages import language_code

            sung_as, _ = latin_language(lyrics.lower())
            asked_as, sure = latin_language(rest)
            if sung_as is not None and sung_as == asked_as and sure >= 0.7 and language_code(sung_as) is not None:
                if sung_as == "English":
                    english_lyrics = sum(w in _ONLY_ENGLISH for w in re.findall(r"[a-z']+", rest)) >= 2
                elif sung_as != "Vietnamese":  # (written with its tone marks, which the lyrics would have)
                    language = sung_as
    if req.vocal_language and not instrumental:
        from ace_step_mcp.router.languages import NAMES

        tag_language = NAMES.get(req.vocal_language, req.vocal_language)
        lang_word = f"vocal_language {req.vocal_language}"
        language = None if req.vocal_language == "en" else language
    cheap = _has(text, CHEAP_WORDS)
    polished = _has(text, POLISHED_WORDS)
    if req.quality == "polished":
        tool = "text_to_audio_v15"
        why.append("quality 'polished' → ACE Step 1.5")
    elif req.quality == "draft":
        tool = "text_to_audio"
        why.append("quality 'draft' → ACE Step base")
    elif cheap:
        tool = "text_to_audio"
        why.append(f"'{cheap}' → ACE Step base (cheapest)")
    elif language:
        tool = "text_to_audio_v15"
        why.append(f"{language} lyrics → ACE Step 1.5")
    elif tag_language and tag_language != "English":
        tool = "text_to_audio_v15"
        why.append(f"'{lang_word}' → {tag_language} vocals → ACE Step 1.5")
    elif polished and not instrumental:
        tool = "text_to_audio_v15"
        why.append(f"'{polished}' → ACE Step 1.5")
    else:
        tool = "text_to_audio"
        why.append("no non-English vocals or polish asked for → ACE Step base (cheaper)")

    duration = req.duration
    if duration is None:
        from ace_step_mcp.router.account import a_clock_time, a_story_length
        from ace_step_mcp.router.read import periodic

        # (not an hour of the day: 'יש לנו אירוע ב-20:00 …, שיר של שתי דקות')
        times = [
            t for t in find_times(text) if not periodic(text, t.start, t.end) and not a_clock_time(text, t.start, t.end)
        ]
        # (nor a length the story tells before the sentence that asks, where that sentence has one: 'El vídeo dura 6
        # minutos … ¿Me haces algo andino con charango, de unos 2 minutos?')
        times = [t for t in times if not a_story_length(text, t.start, t.end)] or times
        if times:
            duration_s = times[0].seconds
            why.append(f"'{_quote(text, times[0])}' → {duration_s:g} s")
            duration = round(duration_s)
    if duration is not None and duration > MAX_SOURCE_SECONDS:
        raise InvalidInput(
            f"`duration` is {duration} but a track can be at most {MAX_SOURCE_SECONDS} s (60 minutes); ask for "
            f"a shorter piece.",
            field="duration",
        )
    if duration is not None and duration > MAX_SECONDS:
        why.append(f"{duration} s is over one call's {MAX_SECONDS} s → {MAX_SECONDS} s, then extended by outpaint")
    if duration is not None and duration < MIN_T2A_SECONDS:
        raise InvalidInput(f"`duration` is {duration} but must be a whole number from 5 to 240.", field="duration")
    # A length, or lyrics with no number in them (a block that holds one may hold the instructions too), say
    # what the piece is; with no style named, a neutral one is the default and the plan's defaults say so
    # ('ढाई मिनट का गाना', 'трек на 1,5 минуты': a song of that length, any style). 'Make a song' or 'an
    # instrumental' alone, with no length, says nothing to plan: asked.
    concrete = duration is not None or bool(lyrics and not instrumental and not re.search(r"\d", lyrics))
    tags = _tags_for(
        req, text, why, instrumental=instrumental, bpm=bpm, language=tag_language or language, concrete=concrete
    )
    if isinstance(tags, Question):
        return tags
    if (english_lyrics or english_said) and tags and "english" not in tags.lower():
        tags = f"{tags}, english vocal"  # lyrics in English: the tags say so, as they say any other language
    args: dict[str, Any] = {"tags": tags}
    if lyrics is not None:
        args["lyrics"] = lyrics
    if duration is not None:
        args["duration"] = duration
    else:
        why.append("no length in the request → the endpoint's default, 60 s")
    if seed is not None:
        args["seed"] = seed
    planned = Plan(tool, args, why)
    if any(r.startswith(_NO_STYLE) for r in why):
        planned.defaults.append(f"tags: the request names no style → '{tags}'")
    return planned


# Asks for what another tool does, in the languages with most users: a part taken out of the track
# ('split out the vocals', 'quita la voz', '分离人声') or the whole track in another style ('a jazz version',
# 'remix it as drum and bass', 'カバー'). Read only to word the question better; a miss is the general question.
_SEPARATE = quick(
    r"(?<![^\W\d_])(?:stems?|karaoke|isolate\w*|separate\w*|split (?:out|off)|extract\w*|a ?cappella|acapella|"
    r"(?:only|just) the (?:vocals?|voice|drums|bass(?:line)?|piano|guitar)|remove the (?:vocals?|voice|singing)|"
    r"separa\w*|aísla\w*|aisla\w*|extrae\w*|quita(?:le)? la voz|sépare\w*|isole\w*|extrai\w*|enlève la voix|"
    r"trenn\w*|isolier\w*|extrahier\w*|isola\w*|estrai\w*|togli la voce|tira a voz|раздели\w*|выдели\w*|"
    r"извлеки\w*|убери вокал)(?![^\W\d_])|分離|分离|抽出|提取|去掉人声|去除人声|ボーカルを抜|분리|추출|보컬 제거"
)
_RESTYLE = quick(
    r"(?<![^\W\d_])(?:[^\W\d_]+[ -]version|cover|remix\w*|restyle\w*|reimagine\w*|turn (?:it|this) into|"
    r"versión|versao|versão|versione|fassung|reprise|верси\w+|кавер\w*|ремикс\w*)(?![^\W\d_])"
    r"|バージョン|カバー|リミックス|アレンジ|版本|翻唱|混音|改编|버전|커버|리믹스"
)
# The whole track louder or quieter ('make it louder for YouTube', 'lauter bitte', 'сделай тише', '音量を上げて'),
# with no level said: a loudness to deliver, whose level is asked (a level said is read as loudness_lufs).
_LOUDER = quick(
    r"(?<![^\W\d_])(?:louder|quieter|softer(?!\s+(?:ending|end|outro|intro|start)|[^.,;]{0,20}fade)|"
    r"too\s+(?:loud|quiet)|too soft|zu\s+laut|zu\s+leise|troppo\s+forte|trop\s+fort|turn (?:it|this) (?:up|down)|volume|"
    r"lauter|leiser|más fuerte|más bajo|sube el volumen|baja el volumen|plus fort|moins fort|monte le son|"
    r"baisse le son|più forte|più piano|mais alto|mais baixo|громче|тише|голосніше|тихіше|głośniej|ciszej|zachter)"
    r"(?![^\W\d_])|音量|볼륨|더 크게|더 작게|大声|大聲|声音大|声音小"
)
# The whole request: the track made louder or quieter for a platform that plays everything at -14 LUFS, and nothing
# else said ('make it louder for YouTube pls', 'deixa mais alto pro YouTube', 'сделай погромче для ютуба'). Anything
# more (a part, an amount, a target, a title, a negation, music behind a voice) is not this: the level is asked.
_WHOLE_LOUDER = (
    r"(?:(?:make|get|turn)\s+(?:it|this|the (?:whole )?(?:track|song|thing))\s+(?:a (?:bit|little|tad)\s+)?)?"
    r"(?:louder|quieter)|turn (?:it|this) (?:up|down)|(?:mach(?:'s| es| ihn| das| den track)?\s+)?(?:etwas\s+)?"
    r"(?:lauter|leiser)|(?:deixa|deixe|faz|faça)(?:\s+(?:ela|ele|isso|a música|a faixa))?\s+mais\s+(?:alto|baixo)|"
    r"(?:(?:hazlo|ponlo|déjalo|hazla|ponla|déjala|súbelo|súbela)\s+)?más\s+(?:alto|fuerte)|"
    r"(?:(?:rends|mets|fais)-(?:le|la)\s+)?plus\s+fort|(?:(?:rendilo|rendila|fallo|falla)\s+)?più\s+forte|"
    r"(?:сделай\s+)?(?:по)?(?:громче|тише)|(?:zrób\s+)?(?:głośniej|ciszej)"
)
_ON_A_PLATFORM = (
    r"(?:for|on|pro|para|pra|für|pour|per|для|на|dla|en|op|voor)\s+(?:my\s+|mi\s+|meu\s+|mon\s+|mein\s+)?"
    r"(?:youtube|yt|spotify|tidal|ютуб\w*|ютьюб\w*|streaming)"
    r"(?:\s+(?:channel|video|videos|upload|and\s+(?:youtube|spotify|streaming)))?"
)
_POLITE = r"(?:pls|please|plz|bitte|por favor|porfa|stp|per favore|пожалуйста|thanks|thx|danke|merci|gracias|obrigado)"
_LOUDER_FOR = quick(
    rf"(?:(?:can you|could you|i need it|i want it|need it|{_POLITE})\s+)*"
    rf"(?:(?P<a>{_WHOLE_LOUDER})\s+(?P<p>{_ON_A_PLATFORM})|(?P<p2>{_ON_A_PLATFORM})\s+(?P<a2>{_WHOLE_LOUDER}))"
    # (and the file it is delivered as: 'Louder for YouTube, and make it a wav', 'y en mp3', read on its own)
    r"(?:\s+(?:and\s+|y\s+|e\s+|und\s+|et\s+)?(?:(?:export|convert|make|save|bounce)\s+)?(?:it\s+)?"
    r"(?:as|to|into|in|en|a|an|als)?\s*(?:an?\s+)?(?:mp3|wav|flac|ogg))?"
    rf"(?:\s+{_POLITE})*"
)


def _louder_for(text: str) -> str | None:
    """'make it louder for YouTube pls': the loudness words and the platform, when they are the whole request."""
    plain = " ".join(re.sub(r"[^\w\s'-]", " ", text).split())
    m = _LOUDER_FOR.fullmatch(plain)
    if m is None:
        return None
    return f"{m.group('a') or m.group('a2')} {m.group('p') or m.group('p2')}"


def _a_part_louder(text: str) -> bool:
    """A part louder than the rest ('Den Refrain lauter mischen', 'make the vocals louder'): a mix no tool makes."""
    return bool(
        _MIXING.search(text)
        or _has(text, SECTION_WORDS)
        or _PART_OF_A_TRACK.search(text)
        or _A_SOUND_OF_IT.search(text)
        or names_a_style(text)
    )


# A part of the mix or of the time ('the ending', 'the kick', 'the 808s', 'the left side', 'the reverb').
_A_SOUND_OF_IT = quick(
    r"(?<![^\W\d_])(?:ending|beginning|start|end|kick|hi-?hats?|808s?|snare|backing|lead|left|right|reverb|low end|"
    r"bass|voiceover|singer|melody|beat|talking|voice-?over|background|behind|under)(?![^\W\d_])"
)


# Before a level, the words that make it a target ('to -14 LUFS', 'target -14', 'the target is', 'normalise to').
_TARGET_BEFORE = quick(
    r"(?<![^\W\d_])(?:to|target(?:\s+is)?|goal\s+is|should\s+be|needs\s+to\s+be|set\s+(?:it\s+)?to|auf|sur|"
    r"(?:need|want)\s+is|wants|needs|requires|required|asks\s+for|obiettivo\s+è|alvo\s+é|cible\s+est|"
    r"до|à|ziel\s+ist|normali[sz]\w*(?:\s+(?:it|to))*)\s*$"
)


# A level below zero with no unit, in a message that asks for a file ('send me a wav at -14', 'wav на -14', '-14 pe wav
# bhej do', 'wav로 -13 맞춰서'): the loudness a delivery is mastered to, as people in audio say it.
_BARE_LEVEL = quick(
    r"(?<![\w.:])(?<!\d,)"
    + _MINUS
    + r"(\d{1,2})(?![\d:]|[.,]\d|\s*(?:%|°|º|x\b|db|дб|lu\b|s\b|sec|seg|sek|min|bpm|hz|k\b|bars?\b|beats?\b|"
    r"semitone|half|st\b|degree|grad|grau|град|cent\b|도|度))"
)
# A format word, and between it and a level at most two short words and no stop ('wav at -14', '-14 pe wav', 'wav با
# بلندی -۱۲'; not 'wav please. Shot a -12 in golf', 'wav file, my studio is at minus 10 degrees').
_FORMAT_THEN_GAP = quick(r"(?<![a-z])(?:mp3|wav|wave|flac|ogg)(?![a-z])((?:[^\S\n]*[^\s\d.!?;]{1,8}){0,2}[^\S\n]*)$")
_GAP_THEN_FORMAT = quick(r"((?:[^\S\n]*[^\s\d.!?;,，]{1,8}){0,2}[^\S\n]*)(?:mp3|wav|wave|flac|ogg)(?![a-z])")
_PLATFORM_WANTS = quick(
    r"(?<![^\W\d_])(?:spotify|youtube|apple\s+music|tidal|soundcloud|deezer|amazon\s+music|tiktok|podcast)(?![^\W\d_])"
    r"[^\n.!?]{0,16}$",
    re.IGNORECASE,
)
# A change of level before it: a gain, not a target ('turn the vocals down -10', 'bring it down -8'): asked.
_GAIN_BEFORE = quick(
    r"(?<![^\W\d_])(?:down|up|lower|reduce|bring|turn|cut|boost|raise|drop|senk\w*|baja\w*|abaisse\w*|abbassa\w*|"
    r"убав\w*|пониз\w*|сниз\w*|приглуш\w*|quieter|softer|louder|leiser|lauter|bass[ao]|più\s+bass[ao]|plus\s+bas|"
    r"más\s+baj[oa]|тише|громче|ciszej|głośniej)(?![^\W\d_])[^\n]{0,14}$"
)
_GAIN_AFTER = quick(r"\s*(?:낮춰|줄여|올려|내려|下げ|上げ|降低|调低|調低|down|lower|quieter|louder)")


def _one_bare_level(text: str) -> re.Match[str] | None:
    """The bare level below zero with no unit, where the request says only one."""
    levels = list(_BARE_LEVEL.finditer(text))
    return levels[0] if len(levels) == 1 else None


def _said_as_a_gain(text: str, level: re.Match[str]) -> bool:
    """Whether a change of level is said right before or after it ('bring it down -8', '-6 낮춰서')."""
    return bool(
        _GAIN_BEFORE.search(text, max(0, level.start() - 40), level.start()) or _GAIN_AFTER.match(text, level.end())
    )


def _beside_a_format(text: str, start: int, end: int) -> bool:
    """Whether a format word stands right before or after text[start:end], at most two short words between."""
    return bool(_FORMAT_THEN_GAP.search(text, max(0, start - 30), start) or _GAP_THEN_FORMAT.match(text, end, end + 30))


def _gain_level(text: str) -> re.Match[str] | None:
    """The one bare level below zero said right after or before a change of level ('più bassa -6', '-6 낮춰서'),
    where no loudness in LUFS is said: a gain, which this tool does not set, or a level? Asked."""
    level = _one_bare_level(text)
    if level is None or re.search(r"lufs", text):
        return None
    return level if _said_as_a_gain(text, level) else None


def _bare_level(text: str) -> re.Match[str] | None:
    """The one bare level from -6 to -30 in a request that names a format to deliver in, where no other number of
    the kind is said."""
    level = _one_bare_level(text)
    if level is None or not 6 <= int(level.group(1)) <= 30:
        return None
    if _said_as_a_gain(text, level):
        return None  # ('bring it down -8 and export mp3': a gain, or a target? the number is asked)
    if not _beside_a_format(text, level.start(), level.end()) and not _PLATFORM_WANTS.search(
        text, max(0, level.start() - 24), level.start()
    ):
        # (no format right beside it: 'It's -10°C here, send me the mp3' tells of the weather; but 'Spotify wants -14.
        # Export it as mp3.' is the level a platform plays at)
        return None
    if re.search(r"lufs|(?<![^\W\d_])lu(?![^\W\d_])", text) or _LOUDNESS_WORD.search(text) or _LOUD_NOW.search(text):
        return None  # (a level in LUFS, or beside the word for loudness, is read or asked as such: "it's -8 LUFS, too loud")
    return level


# The words that tell a level as the track's now, or too loud or quiet ('the loudness is now -9, too loud').
_LOUD_NOW = quick(
    r"(?<![^\W\d_])(?:now|currently|too\s+(?:loud|quiet|soft)|сейчас|зараз|jetzt|ahora|maintenant|adesso|agora|teraz|"
    r"nyní|trop\s+fort|zu\s+laut|muy\s+alto|troppo\s+alto)(?![^\W\d_])"
)


def _target_level(text: str) -> re.Match[str] | None:
    """The LUFS level the request asks for: the only one said, unless it is said as the level the track has now
    ("it's -8 LUFS, too loud"); of several, the one a target word stands before, when only one does ("it's at -20
    LUFS now, bring it to -14 LUFS"). None where it is unsure: the loudness is then asked."""
    levels = list(_LUFS.finditer(text))
    if not levels:
        return None

    def said(before: re.Pattern[str], m: re.Match[str]) -> bool:  # (before its number: 'loudness is now -9')
        at = m.start(2) if m.group(2) else m.start()
        return before.search(text, max(0, at - 24), at) is not None

    targets = [m for m in levels if said(_TARGET_BEFORE, m)]
    if len(levels) == 1:
        return levels[0] if targets or not said(_LEVEL_NOW, levels[0]) else None
    if len(targets) == 1:
        return targets[0]
    # ("It's currently at -9 LUFS, too loud; -14 LUFS please", 'Сейчас -20 LUFS, сделай -14 LUFS'): of two, the one
    # not said as the level it has now
    others = [m for m in levels if not said(_LEVEL_NOW, m)]
    return others[0] if len(levels) == 2 and len(others) == 1 and not targets else None


# Before a level, the words that say it is the level the track has now ("it's -8 LUFS", 'Spotify says -20 LUFS',
# 'es ist -9 LUFS', 'adesso è', 'der Track hat').
_LEVEL_NOW = quick(
    r"(?<![^\W\d_])(?:it'?s|it\s+is|is|sits|currently|now|says|measures|measured|reads|está|ist|è|est|hat|has|"
    r"сейчас|зараз|jest|je)(?:\s+(?:at|currently|now|already|around|about|on|bei|en))*\s*$"
)
# The loudness refused or kept, said right beside the word ('no need to make it louder', "don't touch the volume",
# 'keep the volume as it is', 'il volume va bene così', 'sans toucher au volume', 'não mexe no volume'); not 'don't
# forget to make it louder'.
_LOUDNESS_KEPT = quick(
    r"(?<![^\W\d_])(?:(?:no\s+need\s+to|don'?t|do\s+not)\s+(?:make\s+it|(?:touch\s+|change\s+|replace\s+)?the)|"
    r"without\s+touching\s+the|never\s+mind\s+the|keep\s+the|leave\s+the|sans\s+toucher\s+au|não\s+mexe\s+no|"
    r"no\s+toques\s+el|non\s+toccare\s+il|ohne\s+die)\s+$"
)
# The volume said to be fine ('volume is fine', 'volume ok', 'il volume va bene').
_VOLUME_FINE = quick(r"\s*(?:is\s+|'s\s+|va\s+|está\s+|ist\s+)?(?:fine|ok|okay|good|bene|bien|gut)(?![^\W\d_])")
_LOUDNESS_KEPT_AFTER = quick(
    r"\s+(?:as\s+it\s+is|va\s+bene\s+così|está\s+bien\s+así|ist\s+gut\s+so|tal\s+cual)\s*(?:[.,;!]|$)"
)
_MIXING = quick(
    r"(?<![^\W\d_])(?:mix\w*|misch\w*|mezcl\w*|mixa\w*|свед\w*|свест\w*|vocals?|voice|voz|voix|stimme|gesang|"
    r"вокал\w*|голос\w*)(?![^\W\d_])|混音|ミックス|믹스|人声|ボーカル|보컬"
)


def _other_tool(text: str) -> Question | None:
    """A question for a request another tool serves (stems, a cover), instead of 'regenerate or extend?'."""
    if m := _SEPARATE.search(text):
        return Question(
            f"'{m.group(0)}' takes a part out of the track, which make_music does not do: audio_stems does, where "
            f"it is listed (the ACE-Step 1.5 backend). To regenerate a time range instead, pass `start_time` and "
            f"`end_time`.",
            "window",
            ("start_time", "end_time"),
        )
    if m := _RESTYLE.search(text):
        return Question(
            f"'{m.group(0)}' asks for the whole track in another style, which make_music does not do: audio_cover "
            f"does, where it is listed (the ACE-Step 1.5 backend). To regenerate a time range in new tags instead, "
            f"pass `start_time`, `end_time` and `tags`.",
            "window",
            ("start_time", "end_time", "tags"),
        )
    if (m := _LOUDER.search(text)) and not _a_part_louder(text):
        # (not a part louder than the rest, 'Den Refrain lauter mischen', 'make the vocals louder': a mix, asked)
        return Question(
            f"'{m.group(0)}' asks for another loudness, which process_track delivers free: how loud, in LUFS? "
            f"(-14 is YouTube's and Spotify's level, -9 a loud master.) Pass `loudness_lufs`.",
            "clarify",
            ("loudness_lufs",),
        )
    return None


def _shaping_range(
    text: str,
    cues: dict[str, Any],
    delivery: dict[str, Any],
    last_m: re.Match[str] | None,
    first_m: re.Match[str] | None,
) -> tuple[str, float, str] | None:
    """A trim of the track's first or last seconds said in any language: one verb that cuts or takes away ('trim'
    in the cue table: 'quítale', 'убери', 'احذف'; a trim is free and keeps the original, so the cut is the reading
    taken), one 'first/last N s' phrase, the only time in the request, and at most two other short words ('los',
    'die … ab'); else None ('quita la guitarra de los últimos 10 segundos' removes a guitar: an edit, not a trim).
    A fade is `_plain_fade`'s."""
    if "fade" in cues and "trim" not in cues:
        return _plain_fade(text, cues, delivery, last_m, first_m)
    if "trim" not in cues or "fade" in cues or (last_m is None) == (first_m is None):
        return None
    m = last_m if last_m is not None else first_m
    assert m is not None
    if len(find_times(text)) != 1:
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    from ace_step_mcp.router.shaping import PART_OF_MIX

    if PART_OF_MIX.search(rest):
        return None  # 'убери последние 5 секунд баса', '删掉最后5秒的鼓': a part of the mix, not the seconds
    words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w not in ("trim", "fade", "out", "in", "off", "it", "the")]
    if len(words) > 2 or any(len(w) > 4 for w in words):
        return None  # only short function words beside it ('les', 'die … ab', 'eraf'), never a noun ('الجيتار')
    seconds = find_times(m.group(0))
    if len(seconds) != 1:
        return None
    end = m is last_m
    key = "trim_end_s" if end else "trim_start_s"
    others = {k for k in ("trim_start_s", "trim_end_s", "fade_in_s", "fade_out_s") if k in delivery} - {key}
    if others or delivery.get(key, seconds[0].seconds) != seconds[0].seconds:
        return None  # 'trim the last 6 s' read already is the same trim; another one is not this phrase's
    return key, seconds[0].seconds, m.group(0).strip()


# Which way a fade goes, said by its own word or the words right after it ('ausblenden', 'fondu de sortie',
# 'затухание', 'fade-in', 'einblenden', 'fundido de entrada'); otherwise by the end it is at.
_FADE_OUT_WORD = quick(
    r"fade[- ]?out|ausblend|uitfad|sortie|salida|saída|uscita|затуха|затух|згаса|затихван|заглъхван|wycisz|ztlum"
    r"|フェードアウト|淡出|페이드\s?아웃|दूर|out\b|אאוט"
)
_FADE_IN_WORD = quick(
    r"fade[- ]?in\b|einblend|infad|entrée|entrada|ingresso|нараста|наростан|フェードイン|淡入|페이드\s?인"
)
# Words beside a plain fade that say nothing more: its direction and place ('de sortie', 'am Ende', 'the last').
_FADE_FILLER = frozenset(
    {"fade", "out", "in", "the", "it", "of", "over", "for", "last", "first", "end", "ending", "beginning", "start",
     "de", "di", "du", "la", "le", "un", "una", "une", "uno", "ein", "eine", "einen", "am", "an", "a", "al", "à",
     "fais", "faire", "haz", "hazle", "fai", "mach", "mache", "add", "sortie", "salida", "saída", "uscita",
     "entrée", "entrada", "ingresso", "please", "bitte", "por", "favor", "s'il", "plaît", "make", "give"}
)  # fmt: skip


def _plain_fade(
    text: str,
    cues: dict[str, Any],
    delivery: dict[str, Any],
    last_m: re.Match[str] | None,
    first_m: re.Match[str] | None,
) -> tuple[str, float, str] | None:
    """A fade of the track's start or end and nothing else, in any language ('fade out the last 6 seconds',
    'fais un fondu de sortie de 4 secondes', 'am Ende 5 Sekunden ausblenden'): its way from its own words or the
    end it is at, its seconds the only time in the request; else None (asked). Free, and the original is kept."""
    if len(times := find_times(text)) != 1:
        return None
    at = text.find("fade")  # the cue pass wrote the fade's word as 'fade'; what follows may say its way
    said = cues["fade"].word.lower() + " " + (text[at : at + 24] if at >= 0 else "")
    out = bool(_FADE_OUT_WORD.search(said))
    inward = bool(_FADE_IN_WORD.search(said))
    end = last_m is not None or "end" in cues
    start = first_m is not None or "start" in cues or "beginning" in cues
    if out == inward:  # the word does not say: the end it is at does
        if end == start:
            return None
        out, inward = end, start
    elif (out and start and not end) or (inward and end and not start):
        return None  # 'fade in the last 6 seconds': the way and the end disagree
    from ace_step_mcp.router.shaping import PART_OF_MIX

    if PART_OF_MIX.search(text):
        return None
    rest = text[: times[0].start] + " " + text[times[0].end :]
    words = [w for w in re.findall(r"[^\W\d_][^\W\d_'’]*", rest) if w not in _FADE_FILLER]
    if words:
        return None  # 'fade out the vocals in the last 6 s': something more than the track's own fade
    key = "fade_out_s" if out else "fade_in_s"
    if (
        any(k in delivery for k in ("trim_start_s", "trim_end_s"))
        or delivery.get(key, times[0].seconds) != times[0].seconds
    ):
        return None
    if not 0 < times[0].seconds <= 60:
        return None  # fades are 0-60 s (the schema's range): a longer one is asked about
    return key, times[0].seconds, cues["fade"].word


def _a_number_word(word: str) -> bool:
    """Whether a word is a number word of some language ('fire', 'seis', 'τρία')."""
    from ace_step_mcp.router.read import _number_key, _units

    return _number_key(word) in _units()[1]


def _inside_trims(text: str, found: tuple[re.Match[str] | None, ...]) -> bool:
    """Whether every window phrase found lies inside a trim phrase ('trim the last 3 s')."""
    windows = [m for m in found if m is not None]
    trims = [tm.span() for tm in _TRIM.finditer(text)]
    return bool(windows and trims) and all(any(a <= m.start() and m.end() <= b for a, b in trims) for m in windows)


def _two_windows(text: str, found: tuple[re.Match[str] | None, ...]) -> tuple[str, str] | None:
    """Two window phrases at different places in the request ('the first 10 s and the last 10 s'), quoted."""
    spans = sorted((m.start(), m.end()) for m in found if m is not None)
    for (a0, a1), (b0, b1) in itertools.pairwise(spans):
        if b0 >= a1:
            return text[a0:a1].strip(), text[b0:b1].strip()
    return None


def _plan_inpaint(req: Request, text: str, audio: str, lyrics: str | None, seed: int | None, why: list[str],
                  range_m: re.Match[str] | None, last_m: re.Match[str] | None, first_m: re.Match[str] | None,
                  to_end_m: re.Match[str] | None, bpm: int | None, ambiguous: bool = False) -> Plan | Question:  # fmt: skip
    args: dict[str, Any] = {"audio": audio}
    if req.start_time is not None or req.end_time is not None:
        if req.start_time is None or req.end_time is None:
            return Question("Which time range should I regenerate? Give both a start and an end, in seconds.", "window")
        said = None if ambiguous else _words_window(req.audio_length_s, range_m, last_m, first_m, to_end_m)
        # (A window the words misread, ending before it starts or after the track, is the fields' to settle.)
        sound = said is not None and 0 <= said[0] < said[1] <= (req.audio_length_s or math.inf) + 0.5
        # Measured from the end, a window is the agent's arithmetic on a length like 187.6 s: a second of slack.
        slack = 1.0 if last_m or to_end_m else 0.51
        if (
            said is not None
            and sound
            and (abs(said[0] - req.start_time) > slack or abs(said[1] - req.end_time) > slack)
        ):
            return Question(
                f"The request names {said[0]:g}-{said[1]:g} s but `start_time` and `end_time` are "
                f"{req.start_time:g}-{req.end_time:g} s; which range should I regenerate? Pass `start_time` and "
                f"`end_time` in seconds from the start.",
                "window",
                ("start_time", "end_time"),
            )
        args.update(start_time=req.start_time, end_time=req.end_time)
    elif two := _two_windows(text, (last_m, first_m, to_end_m, range_m)):
        # 'replace the first 10 seconds and the last 10 seconds': two ranges; one render regenerates one.
        return Question(
            f"'{two[0]}' and '{two[1]}' are two ranges, and one call regenerates one; which should I do first? "
            f"Pass `start_time` and `end_time` in seconds.",
            "window",
            ("start_time", "end_time"),
        )
    elif req.audio_length_s and (half := _half_window(req, text, (last_m, first_m, to_end_m, range_m))) is not None:
        if isinstance(half, Question):
            return half
        start, end, phrase = half
        args.update(start_time=start, end_time=end)
        why.append(f"'{phrase}' of a {req.audio_length_s:g} s track → {start:g}-{end:g} s")
        text = text.replace(phrase, " ")  # a place in the track, not a style
    elif req.audio_length_s and not any((last_m, first_m, to_end_m, range_m)) and (part := _fraction_window(req)):
        start, end, phrase = part
        args.update(start_time=start, end_time=end)
        why.append(f"'{phrase}' of a {req.audio_length_s:g} s track → {start:g}-{end:g} s")
        text = text.replace(phrase, " ")  # a place in the track, not a style
    elif last_m:
        n = _span_seconds(last_m)
        args.update(start_time=n, start_time_relative_to="end", end_time=0, end_time_relative_to="end")
        why.append(f"'{_quote(text, last_m)}' → the last {n:g} s (anchored to the end)")
    elif first_m:
        n = _span_seconds(first_m)
        args.update(start_time=0, end_time=n)
        why.append(f"'{_quote(text, first_m)}' → 0-{n:g} s")
    elif to_end_m:
        a = _to_end_start(to_end_m)
        args.update(start_time=a, end_time=0, end_time_relative_to="end")
        why.append(f"'{_quote(text, to_end_m)}' → {a:g} s to the end")
    elif range_m:
        a, b = _range_time(range_m.group(1)), _range_time(range_m.group(2))
        if b <= a:
            # '10 à 1' (a time form read as two numbers) is no window: ask rather than render a misreading.
            return Question(
                f"'{_quote(text, range_m)}' reads as {a:g}-{b:g} s, which ends before it starts; which range should "
                f"I regenerate? Pass `start_time` and `end_time` in seconds.",
                "window",
                ("start_time", "end_time"),
            )
        if req.audio_length_s is not None and b > req.audio_length_s + 0.5:
            # 'replace 2:30-2:50' of a 120 s track: a misread time or the wrong track; never render past its end.
            return Question(
                f"The range {a:g}-{b:g} s ('{_quote(text, range_m)}') ends after the track's end at "
                f"{req.audio_length_s:g} s; which range should I regenerate? Pass `start_time` and `end_time`.",
                "window",
                ("start_time", "end_time"),
            )
        args.update(start_time=a, end_time=b)
        why.append(f"'{_quote(text, range_m)}' → {a:g}-{b:g} s")
    else:
        section = _has(text, SECTION_WORDS)
        ask = (
            f"Which time range of the track is the {section} (start and end, in seconds)?"
            if section
            else "Which time range of the track should I regenerate (start and end, in seconds)?"
        )
        return Question(f"{ask} Only that range is regenerated.", "window")
    tags = _tags_for(
        req, text, why, instrumental=(lyrics or "").lower() == "[inst]", bpm=bpm, language=None, window=True
    )
    if isinstance(tags, Question):
        return Question(
            "What should the new section sound like? Give tags that match the original (genre, instruments, tempo).",
            "tags",
        )
    args["tags"] = tags
    if lyrics is not None:
        args["lyrics"] = lyrics
    if seed is not None:
        args["seed"] = seed
    return Plan("audio_inpaint", args, why)


def _words_window(
    length: float | None, range_m: re.Match[str] | None, last_m: re.Match[str] | None,
    first_m: re.Match[str] | None, to_end_m: re.Match[str] | None,
) -> tuple[float, float] | None:  # fmt: skip
    """The window the words name, in seconds from the start; None where they name none (or only relative to an
    end the track's length is not known for)."""
    if last_m:
        return (length - _span_seconds(last_m), length) if length else None
    if first_m:
        return 0.0, _span_seconds(first_m)
    if to_end_m:
        return (_to_end_start(to_end_m), length) if length else None
    if range_m:
        return _range_time(range_m.group(1)), _range_time(range_m.group(2))
    return None


def _extension_clash(req: Request, text: str) -> Question | None:
    """The extension fields against the words, where the words place every amount on a side ('a 10 s intro and
    20 s at the end'): a side the words give an amount that the field differs from is a question. Amounts with no
    side word read are the fields' to place, and so is a side the words name no amount for."""
    if len(find_times(text)) > _FEW_AMOUNTS:
        return None  # more amounts than an extension has: the accounting pass asks about those left over
    said: list[str] = []
    unsure: list[str] = []
    try:
        before, after = _extensions(text, req.audio_length_s, said, unsure)
    except InvalidInput:
        return None
    # (nor where the words leave an amount unsure, added or the whole reached: 'fais-le durer 3 minutes en
    # prolongeant la fin' is settled by the fields)
    if (before is None and after is None) or any(_NO_SIDE in s for s in said) or unsure:
        return None
    words = (before or 0.0, after or 0.0)
    fields = (req.extend_before or 0.0, req.extend_after or 0.0)
    if all(w is None or abs(w - f) <= 0.51 for w, f in zip((before, after), fields, strict=True)):
        return None
    return Question(
        f"The request says {words[0]:g} s before and {words[1]:g} s after, but `extend_before` and `extend_after` "
        f"are {fields[0]:g} and {fields[1]:g}; which is it? Pass `extend_before` and `extend_after` in seconds.",
        "extension",
        ("extend_before", "extend_after"),
    )


# What the track is fitted to ('the video is 4:10', '婚礼视频有4分钟', 'de bruiloftvideo duurt 3:20').
_A_VIDEO = quick(
    r"video|vídeo|vidéo|clip|film|filmpje|reel|teaser|trailer|slideshow|montage|видео|відео|відеo|videó|wideo|"
    r"فيديو|ویدیو|ویدئو|ویڈیو|वीडियो|ভিডিও|ਵੀਡੀਓ|வீடியோ|వీడియో|วิดีโอ|คลิป|視頻|视频|影片|段片|條片|短片|動画|영상|"
    r"(?<![^\W\d_])vids?(?![^\W\d_])"
)


# Words that say the music should match the video's length ('that long', 'to fit', 'pour qu'elle colle', '合わせて',
# 'उतना', 'اتنا', 'เท่าคลิป', 'sen pituinen', 'ওই পর্যন্ত', 'fins a aquesta durada'): only with them is the one length
# said of a video the whole the track reaches.
_AS_LONG_AS_IT = quick(
    r"(?<![^\W\d_])(?:that long|as long|same length|the same length|to fit|fit it|fits|match\w*|sync\w*|colle|"
    r"coller|cuadre|cuadrar|encaje|encajar|igual de larg\w*|tan larg\w*|aussi long\w*|la même durée|gleich lang|"
    r"so lang wie|passend|combaci\w*|uguale|stessa durata|mesma duração|mesmo tamanho|encaixar|encaixe|"
    r"той же длин\w*|такой же длин\w*|столько же|під довжину|dopasuj\w*|tyle samo|ugyanolyan hossz\w*|"
    r"aynı uzunluk\w*|sama panjang\w*|cùng độ dài|khớp|بنفس الطول|نفس المدة|ليطابق|יתאים|באותו אורך|"
    r"sen pituinen|yhtä pitkä\w*|lige så lang|like lang|lika lång|even lang|stejně dlouh\w*|rovnako dlh\w*|"
    r"jednako dug\w*|isto dug\w*|la fel de lung\w*|fins a aquesta durada|aquesta durada|उतना|उतनी|اتنا|اتنی|ওই পর্যন্ত)"
    r"(?![^\W\d_])|合わせ|に合う|맞춰|맞게|맞추|一样长|一樣長|那么长|那麼長|同じ長さ|เท่าคลิป|เท่ากับ|அதுக்கு ஏத்த"
)


# What a length becomes, right before it ('加长到', 'ليصير', 'to', 'auf').
_BECOMES_TO = quick(r"(?:到|至|ليصير|لتصير|يصير|تصير)\s*$")


# A clause's edge: a length and the video word it is said of are in one clause.
_CLAUSE_EDGE = quick(r"[,;.!?，。、；！？]\s|[，。、；！？]|\n")


def _video_length(text: str, spans: list[Any]) -> Any:
    """The one length of `spans` (the text's lengths) said of the video or clip the music is for ('my vid is 3:05',
    'ma vidéo fait 3 minutes', '视频有2分钟', '動画が2:40ある', 'الفيديو 3 دقائق'): a video word and one length in one
    clause, at most 25 characters apart; None where there is none or more than one."""
    near: list[tuple[int, Any]] = []
    for v in _A_VIDEO.finditer(text):
        for t in spans:
            lo, hi = (v.end(), t.start) if v.end() <= t.start else (t.end, v.start())
            if hi - lo <= 25 and not _CLAUSE_EDGE.search(text, lo, hi):
                near.append((hi - lo, t))
    if not near:
        return None
    gap, found = min(near, key=lambda n: n[0])
    if any(g == gap and t.seconds != found.seconds for g, t in near):
        return None  # two lengths as near the video word: which is its own is not said
    return found


_TO_PARTICLE = quick(r"\s*(?:に|まで|까지|으로|로|ya jumla)")


def _reach_beside_now(text: str, length: float | None) -> float | None:
    """Two lengths, one the track's own (as the request says it now is) and one longer: the longer is the whole it
    should reach. None for anything else (one length, two longer ones, none equal to the track's)."""
    if not length or not _A_VIDEO.search(text):
        return None  # ('extend it by 3 minutes, it is 2 now': the longer is an amount; a video's length is a whole)
    spans = find_times(text)
    times = [t.seconds for t in spans]
    now = [t for t in times if abs(t - length) < 1.0]
    longer = [t for t in times if t > length + 1.0]
    to_whole = len(spans) == 2 and (
        _TO_PARTICLE.match(text, spans[1].end) or _TO_BEFORE.search(text[max(0, spans[1].start - 12) : spans[1].start])
    )
    if len(times) == 2 and len(longer) == 2 and longer[0] == longer[1] and to_whole:
        # ('動画が3分なので、曲を後ろに伸ばして3分にして': the video's length, said again as the whole it reaches)
        return longer[0]
    return longer[0] if len(now) == 1 and len(longer) == 1 and len(times) == 2 else None


def _plan_outpaint(
    req: Request,
    text: str,
    audio: str,
    lyrics: str | None,
    seed: int | None,
    why: list[str],
    bpm: int | None,
    whole: float | None = None,
) -> Plan | Question:
    before, after = req.extend_before, req.extend_after
    if (before is not None or after is not None) and (clash := _extension_clash(req, text)) is not None:
        return clash
    if before is None and after is None:
        unsure: list[str] = []
        before, after = _extensions(text, req.audio_length_s, why, unsure)
        reach: float | None = None
        if unsure and whole is None and req.audio_length_s and len(spans := find_times(text)) == 1:
            # ('j'aimerais qu'il dure 4 minutes, tu rallonges la fin ?', 'mi serve lungo 3 minuti e mezzo, aggiungi in
            # coda', 'чтобы было ровно 3 минуты, добавь в конец', 'أريده أن يصبح دقيقتين ونصف'): one length said to
            # be what the track lasts or becomes, beside the verb that lengthens it
            head = text[max(0, spans[0].start - 30) : spans[0].start]
            if _BECOMES_BEFORE.search(head):
                whole = spans[0].seconds
        if (
            unsure
            and whole is None
            and req.audio_length_s
            and (video := _video_length(text, spans := find_times(text))) is not None
        ):
            # 'my vid is 3:05, can you make this track that long?', 'ma vidéo fait 3 minutes pile, rallonge la musique
            # pour qu'elle colle', '動画が2:40あるから、後ろを伸ばして合わせて', 'वीडियो 2:30 का है, इसको उतना लंबा कर दो':
            # the length said of the video is the whole the track should reach, where words say the track should
            # match it, or the length is said again as what it becomes ('视频有2分钟，帮我把这首加长到2分钟'); not 'the
            # video is 3 minutes, but the song only covers the first half' nor 'this clip is 2:30, add an intro'
            said_again = len(spans) > 1 and all(
                abs(t.seconds - video.seconds) < 0.5
                and (
                    t is video
                    or _BECOMES_TO.search(text[max(0, t.start - 12) : t.start])
                    or _TO_BEFORE.search(text[max(0, t.start - 12) : t.start])
                )
                for t in spans
            )
            matched = len(spans) == 1 and _AS_LONG_AS_IT.search((req.written or req.request or "").lower())
            if (said_again or matched) and video.seconds > req.audio_length_s:
                whole = video.seconds
        if unsure and whole is not None and req.audio_length_s and whole > req.audio_length_s:
            reach = whole  # ('qu'elle dure 3 minutes', 'خليها 4 دقائق'): the words said it is the whole
        elif unsure:
            reach = _reach_beside_now(text, req.audio_length_s)
        if unsure and reach is not None:
            # 'My wedding video is 4:10 and this song is only 3:40. Can you extend the end …', '婚礼视频有4分钟，这首歌
            # 才3分半，在结尾加长': the track's own length said beside a longer one, which is what it should reach.
            unsure = []
            added = reach - (req.audio_length_s or 0)
            start_only = _has(text, BEFORE_WORDS, glued=True) and not _has(text, AFTER_WORDS, glued=True)
            before, after = (added, 0.0) if start_only else (0.0, added)
            why.append(f"the track's {req.audio_length_s:g} s said beside {reach:g} s → {added:g} s added")
        if unsure and unsure[0].startswith(_SHORTER):
            return Question(
                f"The track is already {req.audio_length_s:g} s, so '{unsure[0][len(_SHORTER) :]}' as its whole length "
                f"adds nothing; how long should it become, or how much should I add? Pass `extend_before` and "
                f"`extend_after` in seconds.",
                "extension",
                ("extend_before", "extend_after"),
            )
        if unsure:
            total = f"{req.audio_length_s:.0f} s"
            return Question(
                f"'{unsure[0]}' with a {total} track: is that how much to add, or the whole length it should "
                f"reach? Pass `extend_before` and `extend_after` in seconds.",
                "extension",
                ("extend_before", "extend_after"),
            )
        if before is None and after is None:
            return Question(
                "How much should I add, and where? Give seconds before (intro) and/or after (outro), e.g. "
                "'a 20 s intro' or 'make it 2 minutes'.",
                "extension",
            )
    if (
        _ONE_END_UNSAID.search(text) is not None
        and any(_NO_SIDE in w for w in why)  # (not where an end is named: 'un des deux bouts de 15 s, le début')
        and not _EITHER_WILL_DO.search(text)  # ('peu importe lequel': the usual end will do)
    ):
        # 'rallonge un des deux bouts de 15 s, je sais pas encore lequel': one end, not said which
        return Question(
            "The request says one of the two ends but not which gets the new music; pass `extend_before` (the start) "
            "or `extend_after` (the end) in seconds.",
            "extension",
            ("extend_before", "extend_after"),
        )
    args: dict[str, Any] = {"audio": audio, "extend_before_duration": before or 0, "extend_after_duration": after or 0}
    tags = _tags_for(req, text, why, instrumental=(lyrics or "").lower() == "[inst]", bpm=bpm, language=None)
    if isinstance(tags, Question):
        return Question("What should the added intro/outro sound like? Give genre, instruments and tempo tags.", "tags")
    args["tags"] = tags
    if lyrics is not None:
        args["lyrics"] = lyrics
    if seed is not None:
        args["seed"] = seed
    return Plan("audio_outpaint", args, why)


_NO_SIDE = " (no side named)"
_A_PAUSE_BEFORE = quick(
    r"(?<![^\W\d_])(?:wait|warte|espera|attends|aspetta|czekaj|počkej|περίμενε|pause|pausa|pauze)(?:\s+for)?\s*$"
)
_FEW_AMOUNTS = 4
_CONJ_BETWEEN = r"(?:^|\s)(?:and|e|y|et|und|en|и|i|a|og|och|ve|và|dan|at|na|és|ja|ir|și|та|і|и|و)(?:\s|$)"
# 'to' before a length in the words of languages where it is also a preposition of much else: a total only as the last
# word before the length, and not beside a second length ('mais 20 segundos no início, para 2:20 no total').
_TO_SPACED = r"lên|tới|hanggang|para|pra|لين|لحد|لغاية"
# 'to' a total, in other languages: 'alarga hasta 3 minutos', 'verlängere auf 3 Minuten', '延长到3分钟'.
_TOTAL_WORDS = (
    r"hasta|fins a|fins als|auf|jusqu'à|jusqu’à|jusqu'a|fino a|tot|do|até|ate|till|до|到|至|a un total de|"
    r"insgesamt|en total|au total|in totale|totaal|łącznie|celkem|összesen|yhteensä|totalt|i alt|samtals|"
    r"toplam|kadar|sampai|hingga|hadi|đến|thành|naar|na|to a total of|ke|jadi|menjadi|farl[oa] di|变成|變成|变为|變為|成为|成為|إلى|الى|حتى|"
    r"لتصبح|ليصبح|لتصير|ليصير|تصير|تا|siitä tulee|että tulee|"
    # ('verlängere ihn bis', 'forleng den til', 'portala a', 'maak er … van', 'que ela tenha', and with a boundary before
    # 'lên', 'tới', 'hanggang', Portuguese 'para' / 'pra', Gulf 'لين', Egyptian 'لحد')
    r"extend\w*(?:\s+\w+){0,3}?\s+(?:bis(?: auf)?|til)|porta(?:lo|la)\s+a|maak\s+(?:er|het)|"
    r"que\s+(?:ela|ele)\s+tenha|ให้ยาว|ให้เป็น|(?<![^\W\d_])(?:hanggang sa|" + _TO_SPACED + r")|"
    # a total said as what it should be ('j'aimerais qu'elle fasse 2:30', 'а нужно ровно 3 минуты', 'legyen 2:30')
    r"qu'elle fasse|qu'il fasse|qu’elle fasse|а нужно|а надо|должн[аоы] быть|legyen|should be|"
    r"deve durare|debe durar|tem que ter|precisa ter|"
    # ... and 'in all' before the number ('продужи је на укупно 3 минута', '延长到总共3分钟', '총 3분', 'कुल 4 मिनट')
    r"укупно|ukupno|până la|pana la|总共|總共|一共|총|మొత్తం|कुल|ਕੁੱਲ|مجموعاً|مجموعا|در مجموع|סה\"כ|"
    # ... and 'to reach', 'to make it full' ('rallonger la fin pour arriver à 5 minutes', 'ต่อท้ายให้ครบ 3 นาที', '补到2分40秒')
    r"arriver à|arriver a|atteindre|llegar a|chegar a|arrivare a|to reach|reach|erreichen|достичь|дойти до|ให้ครบ|ครบ|"
    r"补到|補到|补足到|補足到|凑到|湊到"
)
# A total said as 'so that it lasts / is', 'to become', 'of length', 'I need exactly' ('да траје 4 минута', 'να γίνει
# ενάμισι λεπτό', 'чтобы трек был 2 минуты', 'трек длиной 3 минуты', 'لين يصير طوله', 'que fique com 2 minutos', 'så
# den er 3 min i alt', 'ให้ยาวรวม 3 นาที', 'brauch ich genau 2 Minuten', 'нужно ровно две минуты'): words that say the
# same of a part added ('добавь проигрыш длиной 30 секунд', 'dodaj deo da traje 30 sekundi'), so a total only where
# nothing is added beside them (_SAID_OF_A_PART).
_TOTAL_SAID_OF_IT = (
    r"(?:да|da)\s+(?:траје|буде|traje|bude)|να\s+(?:γίνει|κρατάει|διαρκεί)|κάν['’]?\s?το|κάνε\s+το|"
    r"чтоб(?:ы)?\s+(?:\w+\s+)?(?:был[аио]?|длил\w*)|щоб\s+(?:\w+\s+)?(?:був|була|було|тривал\w*)|"
    r"длиной|довжиною|тривалістю|продолжительностью|(?:يصير|يصبح|تصبح)(?:\s+(?:طول|مدة)\S*(?:\s+ال\S+)?)?|"
    r"fi(?:que|casse|car)\s+com|que\s+(?:ela|ele|a\s+\w+|o\s+\w+)\s+tenha|que\s+(?:ça|ca)\s+dure|"
    r"s[åa]\s+(?:den|det|att den|att det)\s+(?:er|bliver|blir|är)|ยาวรวม|รวมเป็น|thành tổng cộng|to run|"
    r"(?:brauch(?:e)? ich|ich brauche|мне нужно|нужно|il me faut|il me faudrait)\s+(?:genau|exakt|ровно|exactement)|"
    r"maak\s+(?:'m|’m|hem)"
)
_SAID_OF_IT = quick(r"(?:" + _TOTAL_SAID_OF_IT + r")\s*(?:\S+\s*)?$")
# A part added, or more of it, beside such words: the length is the part's or an amount ('проигрыш', 'вступление',
# 'intro', 'deo', 'κομμάτι', 'un final novo'; '30 segundos a mais', '30 secondes en plus', '30 sekundi duži').
_SHORTER = "\u2060shorter:"  # marks a whole said shorter than the track among the lengths asked about
_SAID_OF_A_PART = quick(
    r"(?<![^\W\d_])(?:add|intro|outro|part|piece|ending|проигрыш\w*|вступлени\w*|вступ|deo|dio|dijel\w*|κομμάτι|"
    r"final novo|parte|stuk|stukje)(?![^\W\d_])"
)
_MORE_AFTER = quick(
    r"\s*(?:a mais|en plus|de plus|duži|duže|дольше|длиннее|довше|más|mais|more|longer|extra|meer|mehr)"
    r"(?![^\W\d_])"
)


_DECADE_BEFORE_STYLE = quick(
    r"(?<![\w.:'’])([5-9]0)s(?=\s+[^\W\d_])"
    r"(?!\s+(?:long|of|off|from|and|each|more|extra|at|in|on|to|intro|outro|fade|cut|trim|before|after)\b)"
)
_OTHER_LENGTH = quick(  # a length of the piece, not of a part ('20 s intro', '5 s fade in')
    r"(?<!fade in )(?<!fade out )(?:\d\s*(?:min|minutes?|mins|secs?|seconds?|s\b)|\d:[0-5]\d)"
    r"(?!\s*(?:long\s+)?(?:intro|outro|fade|solo|break|drop|pause|silence|gap|tail|lead))"
)
_EACH_END = quick(
    r"(?<![^\W\d_])(?:each|both|either)\s+(?:end|ends|side|sides)(?![^\W\d_])|beiden enden|je \d|cada extremo|"
    r"chaque bout|ambos lados|ambas as pontas|两端|兩端|各"
)
# One of the two ends, not said which ('one of the ends', 'un des deux bouts', 'uno de los extremos', 'eines der Enden',
# 'один из концов', 'jeden z końców').
_ONE_END_UNSAID = quick(
    r"どちらか片方の端|片方の端|(?<![^\W\d_])uçlardan\s+biri\w*|(?<![^\W\d_])(?:(?:one|1)\s+of\s+the\s+(?:(?:two|2)\s+)?ends|(?:l['’])?(?:un|1)\s+des\s+(?:(?:deux|2)\s+)?(?:bouts|côtés|extrémités)|"
    r"(?:un[oa]|1)\s+de\s+los\s+(?:(?:dos|2)\s+)?(?:extremos|lados)|(?:uma|1)\s+das\s+(?:(?:duas|2)\s+)?(?:pontas|extremidades)|"
    r"(?:uno|1)\s+dei\s+(?:(?:due|2)\s+)?(?:lati|estremi|capi)|(?:eine[sn]?|1)\s+der\s+(?:(?:beiden|2)\s+)?(?:enden|seiten)|"
    r"(?:один|1)\s+из\s+(?:(?:двух|2)\s+)?(?:концов|краёв|краев)|(?:jeden|1)\s+z\s+(?:(?:dwóch|2)\s+)?(?:końców|konców)|"
    r"(?:een|1)\s+van\s+de\s+(?:(?:twee|2)\s+)?(?:uiteinden|kanten))(?![^\W\d_])"
)
_EITHER_WILL_DO = quick(
    r"(?<![^\W\d_])(?:peu\s+importe|cualquiera|qualquer\s+um|n['’]importe\s+lequel|no\s+importa|da\s+igual|egal|doesn['’]?t\s+matter|"
    r"whichever|either\s+(?:one|is\s+fine)|não\s+importa|tanto\s+faz|non\s+importa|fa\s+lo\s+stesso|"
    r"всё\s+равно|все\s+равно|obojętnie|maakt\s+niet\s+uit)(?![^\W\d_])"
)
# An extend verb before an amount: 'extend the song 30 seconds total' is ambiguous (30 added, or reached).
_EXTEND_VERB = quick(
    r"(?<![^\W\d_])(?:extend\w*|lengthen\w*|alarg\w*|alárg\w*|verlänger\w*|prolong\w*|rallong\w*|allong\w*|"
    r"allung\w*|estend\w*|estic\w*|удлин\w*|продл\w*)(?![^\W\d_])"
)
# Before a length equal to the track's, the words that say it is the track's as it is now ('this is 2:30', 'the
# song is currently 2 min', 'ahora dura 2:30', 'es ist jetzt 2:30').
# A bare 'now' says the length as it is only with 'long' or 'it is' after the time ('most 1:40 hosszú', '今2分なんだけど',
# '지금 1분 50초인데'); 'now put 2:30 at the end' is an amount.
_NOW_BARE = quick(r"(?:(?<![^\W\d_])(?:most|nyt|jetzt|acum|şimdi|sekarang|bây giờ)|今|지금)\s*$")
_LONG_NOW_AFTER = quick(r"\s*(?:hosszú|long|lang|pitkä|なんだけど|だけど|です|인데|이에요|이야)")
_IS_NOW = quick(
    r"(?:(?:this|it|the track|the song|mine)(?:\s+one)?\s+(?:is|'s|’s)|it's|it’s|currently|right now|c'est|es ist|"
    r"ahora dura|ahora mide|agora tem|ora dura|сейчас|сейчас он[аo]?|зараз|зараз вона|elle fait|il fait|"
    r"là elle fait|sie ist jetzt|er ist jetzt|nyt se on|teraz ma|şu an|hiện tại|今は|지금은|现在是|現在是|目前是|"
    r"acum are|nu is|nu er|nå er)"
    r"\s*(?:only\s+|just\s+|about\s+|là\s+)?$"
)
# 'exactly' between a 'to' and the total: 'auf genau 3 Minuten', 'make it exactly 3 minutes', 'a justo 3 minutos'.
_EXACTLY = (
    r"(?:exactly|precisely|just|genau|exakt|exactement|pile|exactamente|justo|esattamente|exatamente|precies|"
    r"ровно|точно|dokładnie|přesně|presne|pontosan|tam|tepat|đúng|tasan|nøyaktig|præcis|exakt)"
)
# After a length, the words that make it the whole track's: '3 Minuten lang', '3 minuten lang', 'lunga 3
# minuti' has it before ('make it'); 'इसे 3 मिनट का कर दो' (make it of 3 minutes), 'اسے 3 منٹ کا کر دو'.
_TO_CASE = re.compile(r"[^\W\d_]*(?:iin|seen|ksi)(?![^\W\d_])")  # Finnish 'minuuttiin' (to N minutes)
_IN_ALL = quick(
    r"au total|en total|in total|total|insgesamt|in totale|no total|ao todo|łącznie|celkem|összesen|yhteensä|totalt|"
    r"i alt|samtals|toplam|всего|в сумме|загалом|în total|in totaal|بالمجموع|في المجموع|jumla|sa kabuuan|tổng cộng|"
    r"en tout|συνολικά|בסך הכול|בסך הכל|iš viso|an total"
)
# 'to' right before the amount, with an extend verb and 'in all' after it: the whole it should reach ('prelungește
# piesa la 3 minute în total', 'תאריך את השיר ל-4 דקות בסך הכול', 'rallonge-la pour qu'elle dure 5 minutes en tout')
# A verb of lasting counts only after 'so that' ('pour qu'elle dure', 'para que dure', 'aby trvala'): 'elle dure 3
# minutes en tout', 'er dauert 3 Minuten insgesamt' say how long it is now. A pronoun joined to the verb by a hyphen
# ('rallonge-la', 'prolonga-a') is no 'to'.
_TO_BEFORE = quick(
    r"(?:(?<![^\W\d_])(?<!-)(?:la|à|a|al|auf|naar|до|на|na|ke|do|to|hasta|até|fino a|til|till|iki|í)|"
    r"(?<![^\W\d_])(?:qu['’](?:elle|il)|que|che|perché|affinché|para que|pra que|pour que)\s+(?:\w+\s+)?"
    r"(?:dure|durer|dura|durar|durare)|(?<![^\W\d_])aby\s+(?:\w+\s+)?(?:trvala|trvalo|trval)|ל-?)\s*$"
)
# What else a request with a whole length may ask ('remix', 'cover', 'version', 'like this', 'extract', 'sing'):
# then the length is that other piece's, never an extension of this one.
_OTHER_THAN_LONGER = quick(
    r"(?<![^\W\d_])(?:remix\w*|remiks\w*|cover\w*|version\w*|versión|versione|versão|versie\w*|verze|verzi\w*|"
    r"versiyon\w*|předěl\w*|arrang\w*|remake\w*|like this|like it|similar|extract\w*|sing\w*|reprise|ремикс\w*|"
    r"кавер\w*|рімейк\w*|аранжир\w*|аранжув\w*|обработк\w*|עיבוד|רמיקס|קאבר|רימייק|रीमिक्स|रीमेक|कवर|ریمیکس|کاور|recrea\w*|rehaz\w*|new|nuev\w*|neu\w*|"
    r"nouv\w*|réarrang\w*|rearrang\w*|bewerking\w*|sovitu\w*|sovituks\w*|feldolgoz\w*|tolkning\w*|versió|"
    r"versio\w*|uusi|nieuw\w*|ny|nya|nytt|nou|nova|वर्ज़न|वर्जन|नया|नई)(?![^\W\d_])|翻唱|重混|混音|版本|改编|"
    r"改編|編曲|编曲|커버|리믹스|리메이크|편곡|버전|リミックス|カバー|アレンジ"
)
# Words that say a length is the whole piece's, before it ('insgesamt 5 Minuten', 'кулл 4 मिनट', '全体で2分半').
_WHOLE_BEFORE = quick(
    r"(?:insgesamt|en total|au total|in totale|totaal|łącznie|celkem|összesen|yhteensä|totalt|i alt|samtals|toplam|"
    r"укупно|ukupno|всего|загалом|in total|total of|a total of|总共|總共|一共|총|మొత్తం|कुल|ਕੁੱਲ|مجموعاً|مجموعا|"
    r"در مجموع|סה\"כ|בסך הכול|בסך הכל|全体で|合計で?|トータルで|전체|"
    # 'that it lasts' ('qu'elle dure 3 minutes', 'чтоб он длился 2 минуты'), 'make it' ('خليها 4 دقائق')
    r"qu['’](?:elle|il)\s+dure|que\s+dure|che\s+duri|чтоб\w*\s+(?:\w+\s+)?длил\w*|щоб\s+(?:\w+\s+)?тривал\w*|"
    r"خليها|خليه|اجعلها|"
    # ('Portala a due minuti', 'Deixa ela com 3 minutos': bring it to, leave it at)
    r"portal[oa]\s+a|deixa(?:-a|\s+ela|\s+a|\s+o)?\s+com|d[ée]jal[ao]\s+en|"
    # ('la faire durer 4 minutes', 'it has to be exactly 2 minutes', 'il me faut 1:30 pile', "κάν' το 2 λεπτά",
    # 'خلها دقيقة ونص', 'طوّلها لـ 3 دقايق', 'lungește-o la 4 minute': make it last, it must be, lengthen it to)
    r"faire\s+durer|fais-la\s+durer|(?:has|needs|have|need)\s+to\s+be(?:\s+exactly)?|must\s+be(?:\s+exactly)?|"
    r"il\s+me\s+faut|me\s+faut|κ[άα]ν['’]?\s*το|κάντο|خلها|خليها|طو[ّ]?لها\s+ل[ـ]?|لحد|"
    r"lunge[sș]te-o\s+la|lungește\s+la|lungeste-o\s+la|да\s+стане|da\s+postane|да\s+постане|da\s+traje|да\s+трае|"
    # ('Legyen 4 perces', 'Maak hem 2,5 minuut', 'so the whole thing is 4 minutes': let it be, make it)
    r"legyen|maak\s+(?:hem|het|'m|’m)|arriver\s+à|atteindre|llegar\s+a|chegar\s+a|arrivare\s+a|to\s+reach|补到|補到|凑到|湊到|"
    r"ให้ครบ|the\s+whole\s+(?:thing|song|track)\s+(?:is|'s|’s|will\s+be|becomes|lasts))\s*$"
)


# Another thing said to be as long as the length after it: a video, a film, an ad, a class, a show (its length, not
# the track's whole).
_ANOTHER_THINGS_LENGTH = quick(
    r"(?<![^\W\d_])(?:video|vid|film|movie|clip|ad|advert|commercial|spot|slideshow|presentation|class|lesson|show|"
    r"episode|podcast|reel|trailer|ceremony|speech|vídeo|vidéo|película|pelicula|anuncio|clase|diaporama|cours|"
    r"publicité|pub|filmpje|filmato|spot|lezione|präsentation|stunde|kurs|видео|ролик|урок|фильм|wideo|lekcja)"
    r"\s+(?:is|are|was|'s|es|est|ist|è|é|dura|dure|dauert|lasts|runs|takes|fait|duurt|длится|trwa)\s+"
    r"(?:about\s+|around\s+|exactly\s+|only\s+|ungefähr\s+|environ\s+|unos\s+|cerca de\s+)?$",
    re.IGNORECASE,
)


def _total_said(text: str, length: float | None) -> str | None:
    """The one length a request says is the whole ('insgesamt 5 Minuten', '3 minuti in totale', 'בסך הכול'),
    where it is longer than the track; None otherwise."""
    times = find_times(text)
    if length is None or len(times) != 1 or times[0].seconds <= length:
        return None
    # Nothing else said: no style, no language, no new piece ('a jazz cover of this, 5 minutes in total', 'sing it
    # in Spanish, 4 minutes in total', 'a 3 minutes long song like this one' are other requests, asked about)
    from ace_step_mcp.router.languages import names_in

    if _style_found(text)[0] or names_in(text) or _looks_new(text) or _OTHER_THAN_LONGER.search(text):
        return None
    from ace_step_mcp.router.cues import LOOP_WORD

    if LOOP_WORD.search(text):
        return None  # ('Loopa den så den blir 10 minuter lång': looped to a length, no music added; asked)
    span = times[0]
    if _MORE_RIGHT_AFTER.match(text, span.end):
        return None  # ('خلها 30 ثانية زيادة': 30 s more, an amount)
    if _MADE_INTO.match(text, span.end) and _PIECE_WORD_BEFORE.search(text, max(0, span.start - 8), span.start):
        return None  # ('曲を3分にして': a 3-minute piece, or this one made 3 minutes? asked; '4分にしてほしい' is this one)
    if _WHOLE_BEFORE.search(text[max(0, span.start - 20) : span.start]) or _TOTAL_AFTER.match(text, span.end):
        return _quote(text, span)
    if (
        _LONG_AT_THE_END.match(text, span.end)
        and not _SECTION_NAMED.search(text)
        and not _A_PART_NAMED.search(text)
        and not any(_has(text, words, glued=True) for words in (SECTION_WORDS, BEFORE_WORDS, AFTER_WORDS))
    ):
        return _quote(text, span)  # ('Gör den 2 minuter lång'; not 'Lägg till en 20 sekunder lång inledning')
    return None


# The name of a part, in any form ('introt', 'inledningen', 'úvodu', 'johdannon'): a length said with it is the part's.
_A_PART_NAMED = quick(
    r"(?<![^\W\d_])(?:intro|outro|inledning|innledning|avslutning|afslutning|indledning|slut|úvod|závěr|záver|johdan|"
    r"lopetu|bevezet|lezárás|wstęp|wstep|zakończ|вступ|концовк|einleitung|vorspiel|nachspiel|ausklang|inleiding|afsluiting|"
    r"einde|ending|finale?|coda)"
)
# 'Long' after the length, the clause ending there: the whole ('Gör den 2 minuter lång', 'Ať je 3 minuty dlouhá').
_LONG_AT_THE_END = quick(
    r"\s*(?:lång|långt|langt|löng|langur|pitkä|pitkäksi|hosszú|hosszúra|dlouh[áéýou]|dlh[áéýú]|dług[aiąo]|długie|lungă|"
    r"дълг[аио]|дълъг|довг[аиоу]\w*|длинн\w*|ארוך|ארוכה)\s*(?:$|[,.!?;，。！？])"
)


# Where a track cut to a length loses its seconds, said as such ('einfach hinten abschneiden', 'cut it from the end',
# 'coupe la fin'); not 'danach' / 'après' (afterwards), which the side table reads as the end.
_CUT_AT_END = quick(
    r"(?<![^\W\d_])(?:hinten|am ende|vom ende|hinten weg|from the end|at the end|off the end|the end|de la fin|à la fin|"
    r"la fin|del final|al final|el final|do final|no final|o final|dalla fine|alla fine|la fine|с конца|в конце|конец|"
    r"od końca|na końcu|koniec|van het eind|aan het eind|het eind|från slutet|i slutet|slutet|sonundan|sondan|sonunu)"
    r"(?![^\W\d_])|末尾|最後|后面|後面|结尾|結尾|끝에서|끝부분|뒤에서|뒷부분"
)
_CUT_AT_START = quick(
    r"(?<![^\W\d_])(?:vorne|vom anfang|am anfang|from the start|from the beginning|at the start|the start|the beginning|"
    r"du début|au début|le début|del principio|al principio|el principio|do início|no início|o início|dall'inizio|"
    r"all'inizio|l'inizio|с начала|в начале|начало|od początku|na początku|van het begin|aan het begin|från början|"
    r"i början|başından|baştan)(?![^\W\d_])|开头|開頭|前面|冒頭|最初|앞에서|앞부분"
)
_KEEP_A_SIDE = quick(
    r"(?<![^\W\d_])(?:keep|behåll|behalte|behalt|garde|mantén|manten|mantieni|tieni|mantenha|оставь|оставить|zostaw|"
    r"houd|behold|behou)(?![^\W\d_])|保留|残して|유지"
)
# 'to' before the length a track is cut to ('kürz das auf 45 s', 'cut it down to 30 s', 'raccourcis-la à 40 s'); not
# 'a', 'na', 'на', 'la' (an article, or 'by': 'укороти на 5 секунд' cuts 5 s).
_TRIM_TO = quick(r"(?<![^\W\d_])(?:to|down\s+to|auf|à|до|op|till|til|tot|ke|menjadi|jadi|în|σε|إلى|الى|به)\s*$")
# An amount said to be more ('30s more', 'another 20 seconds', '30 segundos más', 'ещё 30 секунд').
_MORE_AT_A_SIDE = quick(
    r"(?<![^\W\d_])(?:another|extra|additional|otros|otras|outros|outras|weitere|altri|altre)\s+"
    r"(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|min|mins|minutes?)\b|\d{1,2}:[0-5]\d)"
    r"|(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|min|mins|minutes?)\b|\d{1,2}:[0-5]\d)\s*(?:more|extra|más|mas|mais|"
    r"de plus|en plus|mehr|in più|di più|meer|mer|więcej|více|daha|lagi|thêm)(?![^\W\d_])"
    # (not 'more than before': 'con 30 segundos más que antes', '20 secondes de plus qu'avant')
    r"(?!\s*(?:than|que|qu['’]|als|di|da|than|an|niż|než|kuin))"
)
# 'that it lasts / is / becomes', before one length: 'qu'il dure', 'mi serve lungo', 'чтобы было (ровно)', 'يصبح',
# 'iwe' (not 'elle dure 3 minutes', what it lasts now).
_BECOMES_BEFORE = quick(
    r"(?<![^\W\d_])(?:qu['’]il\s+dure|qu['’]elle\s+dure|(?:serve|deve\s+essere|voglio(?:la|lo)?)\s+lung[oa]|"
    r"чтобы\s+было(?:\s+ровно)?|чтоб\s+было|"
    r"щоб\s+було|يصبح|تصبح|يكون|تكون|iwe|sea\s+de|que\s+tenga|damit\s+er|dass\s+er|so\s+it\s+is|to\s+be)\s*$"
)
_MORE_RIGHT_AFTER = quick(
    r"\s*(?:more|extra|longer|más|mas|mais|de plus|en plus|mehr|länger|in più|di più|meer|langer|mer|längre|więcej|dłużej|"
    r"hosszabb\w*|delší|dłuższ\w*|længere|lengre|pidempi|pidemmäksi|dlhš\w*|"
    r"více|déle|daha|lagi|thêm|ещё|еще|больше|дольше|زيادة|زياده|كمان|أكثر|اكثر|بیشتر|עוד|और|ज़्यादा|もっと|더)(?![^\W\d_])"
)
_MADE_INTO = quick(r"[^\W\d_]{0,4}\s*(?:に(?:して|する|したい)|(?:으)?로\s*(?:맞춰|만들어))")
_PIECE_WORD_BEFORE = quick(r"(?:曲|歌|곡|노래)\s*(?:を|을|를)?\s*$")
_TOTAL_AFTER = quick(
    r"[^\W\d_]{0,4}\s*(?:ka\s+(?:kar|bana)(?![^\W\d_])|(?:long|lang|lange|largo|larga|lungo|lunga)(?![\w-])"
    # (a part's own length, said before its name: 'en 20 sekunders lang avslutning', 'ein 10 Sekunden langes Intro')
    r"(?!\s*(?:avslutning|inledning|innledning|slutt|slut|afslutning|indledning|intro\w*|outro\w*|einleitung|schluss|"
    r"ende|ausklang|vorspiel|nachspiel|inleiding|afsluiting|einde)(?![^\W\d_]))(?!\s*(?:intro|outro|lead|tail|ending|end|part|"
    r"section|piece|bit|fade|[\w-]*intro|[\w-]*outro))|(?:का|की|के)\s+(?:कर|बना)|(?:کا|کی|کے)\s+(?:کر|بنا)|(?:ਦਾ|ਦੀ|ਦੇ)\s+ਕਰ|করে\s+(?:দাও|দিন|দে)|"
    r"(?:au total|en total|in total|total|insgesamt|in totale|no total|ao todo|im ganzen|łącznie|celkem|összesen|"
    r"yhteensä|totalt|i alt|samtals|toplam|всего|в сумме|загалом|în total|in totaal|بالمجموع|في المجموع|"
    r"jumla|kwa jumla|sa kabuuan|secara keseluruhan|tổng cộng|בסך הכול|בסך הכל|全体で|合計|en tout|συνολικά)(?![^\W\d_])"
    # ('4分にしてほしい', '1분 30초로 맞춰줘', '3분 되게 늘려줘': made into, set to, so it becomes; Nepali 'तीन मिनेटको
    # बनाइदेऊ' (make it of three minutes), Finnish '2:30 mittaiseksi', Turkish 'dört dakikaya tamamla', French '4
    # minutes pile' (exactly))
    r"|(?:に(?:して|する|したい|延ば|伸ば)|(?:으)?로\s*(?:맞춰|만들어|늘려)|(?:이\s*|가\s*)?되(?:게|도록)\s*(?:(?:end|start|뒤로|앞으로)\s*)?(?:extend|늘려|연장)|बना|"
    r"(?:mittaise|pituise)\w*|tamamla\w*|pile(?![^\W\d_])|legyen(?![^\W\d_])|برسون\S*|برسان\S*))"
)


# A time said as a place: after 'from', 'at', 'ab', 'à partir de', 'desde', 'dal', 'с', 'от', '从', or before
# 'から', '부터', 'से' ('0:40から').
_FROM_A_TIME = quick(
    r"(?<![^\W\d_])(?:from|at|since|starting at|ab|von|à partir de|a partir de|dès|depuis|desde|dal|dalla|dai|da|"
    r"vanaf|från|fra|od|от|с|со|від|з|从|從|自|kể từ|từ|mulai|dari)\s*(?:the\s+|el\s+|la\s+|le\s+|minute\s+|"
    r"second\s+)?\d{1,2}:[0-5]\d(?![\d:])"
    r"|\d{1,2}:[0-5]\d\s*(?:から|부터|से|dan|'?(?:den|dan|ten|tan)\b)"
)


def _last_cue(text: str) -> str | None:
    """The before/after cue word that ends nearest the end of `text`."""
    best: tuple[int, str] | None = None
    for w in BEFORE_WORDS + AFTER_WORDS:
        if w not in text:  # the cheap test first: most words are not there at all
            continue
        for m in _table_word(w, glued=True).finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), w)
    return best[1] if best else None


_ADD_THERE = quick(
    r"(?<![^\W\d_])(?:add\w*|put|extra|prepend\w*|rajout\w*|ajout\w*|añad\w*|agreg\w*|acrescent\w*|coloc\w*|"
    r"hinzu\w*|anhäng\w*|aggiung\w*|dodaj\w*|добав\w*|toevoeg\w*|tilføj\w*|lägg\w*|legg\w*)(?![^\W\d_])"
)
_KEEP_THERE = quick(
    r"(?<![^\W\d_])(?:keep|don'?t|do not|perfect|same|stays?|good|fine|bleibt|lass|garde|igual|mantén|mantenha|"
    r"touche pas|nicht|no toques|não mexa|fade)(?![^\W\d_])"
)


def _only_before_side(text: str, span: Span) -> bool:
    """Whether the text outside the total says to add at the start ('rajoute au début', 'put the extra at the
    start') and never names the end; not a start said to be kept ('the beginning is perfect', 'keep the intro')."""
    rest = text[: span.start] + " " + text[span.end :]
    clauses = [c for c in re.split(r"[,.;!?]", rest) if _last_cue(c) in BEFORE_WORDS]
    if not clauses or not all(_ADD_THERE.search(c) and not _KEEP_THERE.search(c) for c in clauses):
        return False
    return _has(rest, AFTER_WORDS, glued=True) is None


def _one_amount_both_ends(text: str) -> str | None:
    """'put 8 seconds on both ends': the side words of one length, in its own clause."""
    from ace_step_mcp.router.ranges import both_ends

    times = find_times(text)
    return both_ends(text, (times[0].start, times[0].end)) if len(times) == 1 else None


def _first_cue(text: str) -> str | None:
    """The before/after cue word that starts nearest the start of `text` ('30 s end, and 10 s start': end)."""
    best: tuple[int, str] | None = None
    for w in BEFORE_WORDS + AFTER_WORDS:
        if w not in text:
            continue
        m = _table_word(w, glued=True).search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), w)
    return best[1] if best else None


# Beside an amount at least as long as the track, the words that make it an amount to add, not the total to
# reach: 'add 3 minutes', 'by 3 minutes', '3 minutes more', 'a 3 minute outro'. Without one, both readings fit.
# A part of the track named ('the intro', 'le final'): a whole length beside it may be that part's.
_SECTION_NAMED = quick(r"(?<![^\W\d_])(?:intro|outro|finale?|ending|coda|bridge|chorus|verse)(?![^\W\d_])")
# The add cue, as the cue pass wrote it ('füge … hinzu', 'dodaj', 'voeg … toe' are 'add' by now).
_ADD_CUE = quick(r"(?<![^\W\d_])add(?![^\W\d_])|^\s*add(?![^\W\d_])")
_ADDED_BEFORE = quick(
    r"(?:(?<![^\W\d_])(?:add|adding|extend|extend it|another|extra|plus|more|by|um|на|o|met|med|mit|with|di|de|por|par|noch|ещё|еще|"
    r"otros|otras|outros|outras|altri|altre|encore|daha|thêm|tambah|lagi)(?![^\W\d_])|\+|加|再加|多|延长|延長|더)\s*(?:a\s+|an\s+)?"
    r"(?:" + _EXACTLY + r"\s+)?$"
)
_ADDED_AFTER = quick(
    r"^\s*(?:of\s+)?(?:more|extra|longer|de plus|más|mais|in più|mehr|länger|meer|langer|ещё|еще|больше|довше|"
    r"延長|延长|伸ば|足して|더|"
    r"dłużej|déle|längre|daha|lagi|thêm|[\w-]*intro|[\w-]*outro|lead|tail|coda|前奏|尾奏|인트로|아웃트로|イントロ|"
    r"アウトロ|вступлени|интро|аутро|концовк)"
)


# (as _ADDING_WORD, less Portuguese 'mais' and 'plus', which are French 'but' and 'more' in a story's clause: 'La
# musique fait 3 min mais le film dure 5 min')
_TOLD_ADDING = quick(
    r"(?<![^\W\d_])(?:add|extend|longer|intro|outro|more|extra|give|need|más|mehr|ещё|еще|meer)(?![^\W\d_])"
)
_MORE_WORDS = quick(r"(?<![^\W\d_])(?:another|lengthen\w*|stretch\w*|put|tack|append\w*|prolong\w*)(?![^\W\d_])")
_TOLD_CLAUSE_STOP = re.compile(r"[.!?,;:()。！？，；：、\n\U0001F300-\U0001FAFF\u2600-\u27BF]")
_PART_BEFORE_TOTAL = quick(
    r"(?:intro|outro|อินโทร|เอาท์โทร|вступлени\w*|интро|аутро|концовк\w*|イントロ|アウトロ|인트로|아웃트로|前奏|尾奏)\s*$"
)
_ADDING_WORD = quick(
    r"(?<![^\W\d_])(?:add|extend|longer|intro|outro|more|extra|give|need|mais|más|mehr|ещё|еще|meer|plus)(?![^\W\d_])"
)


def _asked_times(text: str, times: list[Span]) -> list[Span]:
    """The times of the sentences that add, not of the story told before them: 'O vídeo institucional abre com 6
    segundos de tela preta. Coloca 6 segundos a mais no começo' adds 6 s once, not 6 s at each end. A sentence of the
    story has five words or more, no word that adds and no question mark, and a later sentence adds a time of its
    own."""
    from ace_step_mcp.router.account import WORD, around
    from ace_step_mcp.router.read import ANOTHER_PIECES_LENGTH, SENTENCE_END

    if len(times) < 2:
        return times
    spans = [around(SENTENCE_END, text, t.start, t.end) for t in times]
    adds = [_ADDING_WORD.search(text, begin, stop) is not None for begin, stop in spans]
    adding_begins = [begin for (begin, _), added in zip(spans, adds, strict=True) if added]
    kept = []
    for t, (begin, stop), added in zip(times, spans, adds, strict=True):
        if adding_begins and ANOTHER_PIECES_LENGTH.search(text, max(0, t.start - 30), t.start):
            continue  # ('… después de un tema de 6 minutos', 'after a song of 6 minutes'): another piece's length
        story = (
            not added
            # (a question asks: 'Geht's, dass der Track auf 2 Minuten kommt?')
            and not text.startswith(("?", "？"), stop)
            and len(WORD.findall(text, begin, stop)) >= 5
            and any(b >= stop for b in adding_begins)
        )
        if not story:
            kept.append(t)
    return kept


def _untold(
    text: str,
    span: Span,
    at_start: bool,
    before: float | None,
    after: float | None,
    unsure: list[str] | None,
) -> tuple[float | None, float | None]:
    """Before and after with a length read as an amount taken back out (it was told, not asked), and no question
    left about it."""
    if at_start:
        before = (before or 0) - span.seconds or None
    else:
        after = (after or 0) - span.seconds or None
    if unsure is not None and (quoted := _quote(text, span)) in unsure:
        unsure.remove(quoted)
    return before, after


def _extensions(
    text: str, length: float | None, why: list[str], unsure: list[str] | None = None
) -> tuple[float | None, float | None]:
    """Seconds before/after from phrases like 'a 30 s intro and a minute-long outro' or 'make it 2 minutes'."""
    before = after = None
    whole_read = False
    wholes: list[float] = []  # the lengths read as the whole the track reaches
    amounts: list[tuple[Span, bool, bool]] = []  # the lengths read as amounts: before the track? a side named?
    unsided: list[Span] = []  # amounts with no side named and no word of adding in their clause
    if length and re.search(r"\bdouble (?:its|the|this|the track'?s?|the song'?s?) length\b|\btwice as long\b", text):
        why.append(f"'double its length' with a {length:.1f} s track → {length:g} s after")
        return None, length
    times = _asked_times(text, find_times(text))
    from ace_step_mcp.router.cues import side_kept
    from ace_step_mcp.router.ranges import both_ends

    pair = both_ends(text, (times[0].start, times[0].end)) if len(times) == 1 else None
    if pair is not None:
        # One amount and 'the start and the end' / 'both ends': that much on each side.
        amount = times[0].seconds
        why.append(f"'{_quote(text, times[0])} … {pair}' → {amount:g} s before and {amount:g} s after")
        return amount, amount
    if unsure is not None and len(times) > 1 and _EACH_END.search(text):
        unsure.append(_quote(text, times[0]))  # 'add 10 s at each end, 20 s total': which amount is each end's?
    for span in times:
        head = text[max(0, span.start - 40) : span.start]
        tail = text[span.end : span.end + 30]
        if (
            length is not None
            and abs(span.seconds - length) < 1
            and (_IS_NOW.search(head) or (_NOW_BARE.search(head) and _LONG_NOW_AFTER.match(tail)))
        ):
            why.append(f"'{_quote(text, span)}' is the track's own length, as it is now")
            continue  # 'this is 2:30, make it exactly 3 min': where the track starts from, no amount
        # 'make it 2 minutes' / 'extend it to 2:00': a total, not an amount to add.
        if (
            (
                (
                    to_total := re.search(
                        # (a Latin word never ends inside another: 'like 20 sec' holds no 'ke', 'made' no 'de')
                        r"(?<![a-zà-öø-ÿ])(?:make it|make this|to be|to last|to|total of|into a|stretch(?: it)? to|in total|"
                        r"so (?:that )?it(?: is|'s|’s| will be|'ll be|’ll be| becomes| lasts)|until it(?:'s|’s| is)|"
                        r"deixa(?:r)?(?:-a| ela| ele| a| o)? com|déjala en|dejala en|que dure|que dura|fa(?:lla|llo) durare|"
                        r"fins als|fins al|fins a|"
                        # 'make it' of the other languages ('fă-l de 3 minute', 'сделай 4 мин', 'зроби 3 хв', 'خليها 3
                        # دقايق'), and 'to' ('תאריך ל3 דקות', '拉長佢去3分鐘')
                        r"f[ăa]-?[lo](?:\s+s[ăa]\s+fie)?\s+de|сделай(?:\s+(?:его|её|ее|трек|песню))?|"
                        r"зроби(?:\s+(?:його|її|трек|пісню))?|خليها|خليه|خلّيها|اجعلها|اجعله|(?<!\S)ל-?|(?:مدد|طول|كمل|زود|extend)\S*(?:\s+(?!المقدمة|الخاتمة|مقدمة|خاتمة|البداية|النهاية|start|end)\S+)?\s+ل|"
                        r"so\s+(?:that\s+)?the\s+whole\s+(?:thing|song|track)(?:\s+is|'s|’s|\s+will\s+be|\s+becomes|\s+lasts)|"
                        r"(?:拉長|拉长|延長|延长|extend)\S{0,2}\s?去|"
                        r"(?:extend|alarg|alárg|allung|estic|estend|extiend|prolong|rallong|allong)\w*(?:\s*-\w+)?(?:\s+\w+){0,2}\s+"
                        r"(?:a|à|pra|para|la|iki|(?:upp\s+)?í|kepada)|"  # (ro 'la', lt 'iki', is 'í', ms 'kepada')
                        r"(?:lunge[sș]te|lungi)\w*(?:-\w+)?\s+la|"
                        + _TOTAL_WORDS
                        + r"|"
                        + _TOTAL_SAID_OF_IT
                        + r")\s*(?:a\s+|los\s+|las\s+|les\s+|die\s+|the\s+|os\s+|as\s+|i\s+|gli\s+|le\s+|un\s+|una\s+)?"
                        r"(?:full\s+|whole\s+|total\s+)?(?:" + _EXACTLY + r"\s+)?(?:about\s+)?$",
                        head,
                    )
                )
                # ('ขยายอินโทรให้ครบ 20 วินาที', 'extend the intro to 20 s': the part's own length, not the whole)
                and not (
                    len(to_total.group(0).strip()) <= 8  # (a 'to', not 'so the whole thing is')
                    and _PART_BEFORE_TOTAL.search(head, max(0, to_total.start() - 14), to_total.start())
                )
                # ('add a total of 4 minutes to the end', 'füge am Ende insgesamt 4 Minuten hinzu': an amount; not
                # 'alárgala hasta los 3 minutos añadiendo al final')
                and not (
                    (_ADD_CUE.search(head[-40:]) or _ADD_CUE.match(tail[:12]))
                    and (_IN_ALL.search(to_total.group(0)) or re.search(r"tota|gesamt|łącznie", to_total.group(0)))
                )
                # ('coloca mais 20 segundos no início, para 2:20 no total': the 'to' beside an amount added, asked)
                and not (len(times) > 1 and re.search(r"(?:" + _TO_SPACED + r")\s*$", head))
                # ('ongeza sekunde 10 mwanzoni na 20 mwishoni': after a side or a length, 'na' is Swahili's 'and')
                and not (len(times) > 1 and re.search(r"(?:(?<![^\W\d_])(?:start|end)|\d\s?(?:s|min))\s+na\s*$", head))
                # ('добавь в конец проигрыш длиной 30 секунд', 'нужно ровно 30 секунд добавить', 'que fique com 30
                # segundos a mais'): words of a total said of a part added, or of an amount
                and not (
                    _SAID_OF_IT.search(to_total.group(0))
                    and (
                        _SAID_OF_A_PART.search(text, max(0, span.start - 60), span.start)
                        or _ADD_CUE.match(tail[:12])
                        or _MORE_AFTER.match(tail)
                    )
                )
                # ('Продли трек, сделай 30 секунд аутро': the outro's length, the side table wrote 'аутро' as 'end')
                and not (
                    re.search(r"(?:сделай|зроби)(?:\s+\w+)?\s*$", head)
                    and re.match(r"\s*(?:end|start)(?![^\W\d_])", tail)
                )
                and not (
                    re.search(
                        r"^\s*(?:intro|outro|lead|tail|longer|more|extra|más|mais|più|de plus|mehr|länger|hosszabb|nữa|nua|daha|lagi|"
                        r"längre|langer|længere|lengre|длиннее|довше|dłuższ|delší|dlhš|uzun|lebih panjang|dài hơn|ещё|"
                        r"еще|аутро|интро|вступлени\w*|концовк\w*)",
                        tail,
                    )
                    # ('mach ihn auf 2:30 länger': 'auf' says the whole, 'länger' only that it grows)
                    # ('تا ۳ دقیقه طولانی‌ترش کن', 'продли до 3 минут длиннее': 'to' before it says the whole too)
                    and not re.search(
                        r"(?<![^\W\d_])(?:auf|bis|تا|до|iki|hasta|até|jusqu'à|fino a)\s+(?:genau\s+)?$|(?:到|至)\s*$",
                        head,
                    )
                )
            )
            or (
                _TOTAL_AFTER.match(tail)
                and not _ADDED_BEFORE.search(head[-25:])
                # ('The wedding video is 4 minutes total, but this track …': another thing's length, asked)
                and not _ANOTHER_THINGS_LENGTH.search(head[-40:])
                # ('extend it 30 s long', 'extend the song 30 seconds total' are amounts, or asked; 'pidennä se 3
                # minuuttiin yhteensä' is a total: the unit's case ending says 'to')
                and (
                    not _EXTEND_VERB.search(head)
                    or (
                        (_TO_CASE.match(tail) is not None or _TO_BEFORE.search(head) is not None)
                        and _IN_ALL.search(tail[:30])
                    )
                )
            )
        ):
            if length is None or re.match(
                r"\s*(?:shorter|less|fewer|kürzer|más cort|plus court|più cort|korter)", tail
            ):
                continue  # 'make it 20 seconds shorter': an amount to cut, not a total to reach
            add = span.seconds - length
            others = [t for t in times if t is not span]
            placed = all(
                _first_cue(text[t.end : t.end + 25]) or _last_cue(text[max(0, t.start - 25) : t.start]) for t in others
            )
            if others and placed and add > 0 and abs(sum(t.seconds for t in others) - add) < 0.6:
                # ('coloca mais 20 segundos no início, para 2:20 no total' of a 120 s track: the total checks the
                # amounts said, it adds nothing of its own)
                why.append(f"'{_quote(text, span)}' is the track and the amounts said, in all")
                continue
            if add <= 0 and len(times) > 1:
                continue  # 'add 10 s at each end, 20 seconds total', '… cut the outro to 5': asked, not refused
            if add <= 0 and unsure is not None and _SECTION_NAMED.search(text):
                unsure.append(_quote(text, span))  # 'prolonge l'intro pour qu'elle dure 30 s en tout': the intro's
                continue
            if add <= 0 and unsure is not None:
                # ('延长到两分钟' of a 180 s track: a total shorter than the track; which length was meant? asked, so
                # the next call says it)
                unsure.append(_SHORTER + _quote(text, span))
                continue
            if add <= 0:
                raise InvalidInput(
                    f"The track is already {length:.1f} s, so 'make it {span.seconds:g} s' adds nothing; ask for a "
                    f"longer total.",
                    field="extend_after_duration",
                )
            if len(times) == 1 and _only_before_side(text, span):
                # 'trois minutes au total, rajoute au début', 'stretch it to 2:30, put the extra at the start'
                before = (before or 0) + add
                wholes.append(span.seconds)
                why.append(f"'{_quote(text, span)}' total with a {length:.1f} s track, at the start → {add:g} s before")
                continue
            if any(abs(span.seconds - w) < 0.6 for w in wholes):
                continue  # ('gör den fyra minuter lång alltså totalt fyra minuter': one whole, said twice)
            after = (after or 0) + add
            whole_read = True
            wholes.append(span.seconds)
            why.append(f"'{_quote(text, span)}' total with a {length:.1f} s track → {add:g} s after")
            continue
        if length is not None and (
            re.match(r"\s*(?:짜리로|짜리 로|으로|로|に|にして|まで|까지|ya jumla)", tail)
            or (
                # 'इसे 3 मिनट तक बढ़ा दो' (extend it up to 3 min); not 'up to 30 s of solo added at the end'
                re.match(r"\s*(?:तक|تک|পর্যন্ত|వరకు|வரை|सम्म|ਤੱਕ)", tail)
                and _EXTEND_VERB.search(text)
                and not _ADD_CUE.search(text)
                and not _SECTION_NAMED.search(text)
                and not re.search(r"(?<![^\W\d_])(?:solo|outro|intro|more)|और|مزید|ਹੋਰ|আরও|మరో|இன்னும்", text)
            )
        ):
            # '3분으로 늘려줘', '3分にして': a particle after the length makes it the total.
            add = span.seconds - length
            if add > 0:
                after = (after or 0) + add
                whole_read = True
                wholes.append(span.seconds)
                why.append(f"'{_quote(text, span)}' + a 'to' particle, a {length:.1f} s track → {add:g} s after")
                continue
            if add <= 0 and length - span.seconds >= 1 and not head.rstrip().endswith("extend"):
                continue  # ('3分にのばして' of a 240 s track: a whole shorter than the track, asked; no 180 s added)
        near_after = tail[:25]
        near_before = head[-25:]
        word_after = _first_cue(near_after)
        word_before = _last_cue(near_before)
        # (a side said to stay is no side for the amount: 'गाने को 10 सेकंड बढ़ाओ, शुरुआत को मत बदलना')
        if word_after and side_kept(text, (at := span.end + near_after.find(word_after)), at + len(word_after)):
            word_after = None
        if word_before and side_kept(
            text, (at := span.start - len(near_before) + near_before.rfind(word_before)), at + len(word_before)
        ):
            word_before = None
        if word_before and word_after:
            between = near_before[near_before.rfind(word_before) + len(word_before) :]
            # (not a lone 'na', the Slavic 'of' of a part's length: 'intro na 12 sekund a outro na 12'; after a verb
            # of lengthening it is 'to', the part's whole: 'Prodluž intro na 20 sekund a outro na 30', asked)
            of_a_part = between.strip() == "na" and not re.search(r"(?<![^\W\d_])extend", text[: span.start])
            if re.search(_CONJ_BETWEEN, between) and not of_a_part:
                word_before = None  # 'X at the start and Y at the end': the start is X's, not Y's
        if word_before and word_after:
            between = near_after[: near_after.find(word_after)]
            if re.search(_CONJ_BETWEEN, between) or re.search(r"[,，;；、]", between):
                word_after = None  # 'an intro of 10 s and an outro of 20 s': the outro is the next number's
        # The nearer cue decides: 'an intro of 8 seconds and an outro of 12' is 8 before, 12 after.
        word: str | None
        if word_after and word_before:
            gap_after = near_after.find(word_after)
            gap_before = len(near_before) - near_before.rfind(word_before) - len(word_before)
            word = word_after if gap_after < gap_before else word_before
        else:
            word = word_after or word_before
        others = [t for t in times if t is not span]
        if (
            length is not None
            and others
            and span.seconds > length
            and abs(length + sum(t.seconds for t in others) - span.seconds) < 0.6
            # (said as what the track fills: not another thing's length, 'The video is 2 minutes, … 30 seconds after')
            and _A_WHOLE_FILLED.search(text, max(0, span.start - 40), min(len(text), span.end + 15)) is not None
        ):
            # ('add 20 seconds at the end so it fills the 4:00 slot' of a 220 s track: the whole the amounts reach,
            # said as a check; nothing of its own added)
            why.append(f"'{_quote(text, span)}' is the track and the amounts said, in all")
            continue
        if (
            unsure is not None
            and length is not None
            and span.seconds >= length
            and not _ADDED_BEFORE.search(head[-25:])
            and not _ADDED_AFTER.match(tail[:25])
        ):
            unsure.append(_quote(text, span))  # 'auf genau 3 Minuten' of a 150 s track: 180 s more, or 30?
        # (told: a side named right beside it, '30 s intro', or a word of adding in its clause, 'Add 2 minutes at the end
        # to reach 5 minutes'; not 'lagu ni 2 minit je 😅 tambah intro 30 saat', 'Le film dure 5 min (…)')
        head_clause, tail_clause = _TOLD_CLAUSE_STOP.split(head)[-1], _TOLD_CLAUSE_STOP.split(tail)[0]
        clause = head_clause + text[span.start : span.end] + tail_clause
        sided = bool(
            _first_cue(tail_clause[:16])
            or _last_cue(head_clause[-16:])
            or _TOLD_ADDING.search(clause)
            or _EXTEND_VERB.search(clause)
            or _ADD_CUE.search(clause)
            or _MORE_WORDS.search(clause)
        )
        amounts.append((span, word in BEFORE_WORDS, sided))
        if word in BEFORE_WORDS:
            before = (before or 0) + span.seconds
            why.append(f"'{_quote(text, span)} … {word}' → {span.seconds:g} s before")
        else:
            after = (after or 0) + span.seconds
            label = f" … {word}" if word else _NO_SIDE
            why.append(f"'{_quote(text, span)}{label}' → {span.seconds:g} s after")
            if not word and not sided and _A_PAUSE_BEFORE.search(head[-24:]):
                # ('Extend the start by 10 seconds, wait 2 seconds, then bring the vocals in': a pause's length, with no
                # side and no word of adding; asked, never added)
                unsided.append(span)
    if unsure is not None and unsided and len(amounts) >= 2:
        unsure.extend(_quote(text, span) for span in unsided)
    if length is not None and not wholes and len(amounts) >= 2:
        # ('Video saya 3 minit, lagu ni 2 minit je 😅 tambah intro 30 saat dan panjangkan hujung 30 saat' of a 120 s track,
        # 'Myndbandið er 2 mínútur en lagið bara 90 sekúndur, lengdu endann um 30 sekúndur'): the track told as it is,
        # and the whole the other amounts reach, are no amounts of their own
        # (only a length with no side named: '… with a 30 s intro' of a 30 s track is the intro's)
        told = [a for a in amounts if abs(a[0].seconds - length) < 0.6 and not a[2]]
        rest = [a for a in amounts if a not in told]
        reached = [
            a
            for a in rest
            if not a[2] and abs(length + sum(b[0].seconds for b in rest if b is not a) - a[0].seconds) < 0.6
        ]
        # (both, or neither: 'طول المقطع 3 دقائق، وآخر 20 ثانية … أعد توليدها' tells the track's length beside a window
        # misread as an amount, and stays asked)
        dropped = told + reached[:1] if told and reached and len(rest) > 1 else []
        if not told and reached and any(b[2] and b[0].start < reached[0][0].start for b in rest if b is not reached[0]):
            # ('prodluž to na konci o 15 sekund, video má 1:45' of a 90 s track: the video's length, said after the
            # amount, is the track and the amount added, in all; a check, not an amount of its own. Not said first:
            # 'The video is 2 minutes, and the music should keep going 30 seconds after the video ends' of a 90 s
            # track agrees by chance, and stays asked)
            dropped = reached[:1]
        for span, at_start, _ in dropped:
            before, after = _untold(text, span, at_start, before, after, unsure)
            why.append(f"'{_quote(text, span)}' is the track as it is, or the whole the amounts reach")
    if wholes and length is not None and unsure is not None:
        added = sum(sp.seconds for sp, _, sided in amounts if sided)
        at_start = any(before_side for _, before_side, sided in amounts if sided)
        if added and not at_start and len(wholes) == 1 and after:
            if abs(length + added - wholes[0]) < 0.6:
                # ('Rallonge la fin de 2 minutes pour arriver à 4 minutes' of a 120 s track: the whole checks the
                # amount, it adds nothing of its own)
                after = max(0.0, after - (wholes[0] - length)) or None
                why.append(f"the whole {wholes[0]:g} s is the track and the amount said, in all")
            else:
                # ('Add 2 minutes at the end to reach 5 minutes' of a 120 s track: the amount and the whole disagree)
                unsure.append(_quote(text, next(sp for sp, _, sided in amounts if sided)))
    if wholes and length is not None:
        # ('Le film dure 5 min … la musique fait que 3 min. Tu peux rallonger la fin pour arriver à 5 minutes ?', 'la
        # base ne dura 2. Me la allunghi a 2:30'): a length equal to the whole read, or to the track as it is, is that
        # whole or the track told of, never an amount of its own
        for span, at_start, sided in amounts:
            if sided or (not any(abs(span.seconds - w) < 0.6 for w in wholes) and abs(span.seconds - length) >= 0.6):
                continue
            before, after = _untold(text, span, at_start, before, after, unsure)
            why.append(f"'{_quote(text, span)}' is the whole said again, or the track as it is")
    if whole_read and before and after:
        # ('頭に10秒のイントロを足して、全体で2分にして' of a 90 s track: the whole holds the intro too, 20 s after)
        after = max(0.0, after - before)
    return before, after
