"""Requests in other languages, rewritten into the router's own terms before it reads them.

The router reads numbers, times, ranges and edit/extend verbs in English. This pass turns the same
things in other languages into that form, and keeps everything else as it was:

- number words become digits: `text2num` for French, Spanish, Portuguese, German, Italian, Dutch
  and English; small tables for Russian, Hindi, Chinese/Japanese (一 … 九十九, 两, 半) and Korean;
- units of time become "s" / "min" (секунд, 秒, 초, सेकंड, secondi, ... ; минут, 分钟, 분, मिनट, ...),
  with "and a half" in each language (y medio, et demi, с половиной, 半, 반, ...);
- range words become a dash: "с 0:20 до 0:40", "10초부터 20초까지", "从10秒到20秒", "0:10 से 0:20 तक",
  "de 0:10 a 0:20", "von 0:10 bis 0:20", "van 0:10 tot 0:20";
- `key: value` and `key=value` fields written into the text are lifted out as explicit arguments.

Pure text, no model; linear in the request.
"""

from __future__ import annotations

import contextlib
import re
import threading
from functools import cache
from typing import Any

from ace_step_mcp.router.quick import quick

_TEXT2NUM_LANGS = ("fr", "es", "pt", "de", "it", "nl", "en")

_RU = {
    "ноль": 0, "один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "девяносто": 90, "полторы": 1.5, "полтора": 1.5,
}  # fmt: skip
_HI = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
    "पंद्रह": 15, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "नब्बे": 90, "डेढ़": 1.5, "ढाई": 2.5,
}  # fmt: skip
# Korean counts before 초 / 분 (seconds, minutes): the native ones people say ('두 분', '세 분'), and the Sino-Korean
# numbers by their structure ('삼십', '사십오', '구십'), read by `_sino_korean`. A lone '이' (2) is also 'this'
# ('이 분': this person), so it counts only inside a compound ('이십', '이십오').
_KO = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
}
_KO_DIGIT = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
# (the unit pass has already written 초 / 분 as ' s ' / ' min ' where it reads them: both forms are looked for)
_KO_UNIT_AHEAD = r"\s*(?=초|분| ?s |min )"
_KO_NATIVE = quick(r"(?<![\uac00-\ud7a3])(" + "|".join(sorted(_KO, key=len, reverse=True)) + ")" + _KO_UNIT_AHEAD)
_KO_ONE_APART = quick(
    r"(?<![\uac00-\ud7a3])([일이삼사오육칠팔구])\s+min(?=\s*(?:정도|쯤|짜리|동안|이내|안에|내외|으로|로(?![\uac00-\ud7a3])|"
    r"\d+\s*s\b|[일이삼사오육칠팔구십]{1,4}\s*(?:초|s\b)|반(?:짜리)?(?![\uac00-\ud7a3])))"  # ('이 분 반', '이 분 삼십 초')
)
_KO_SINO = quick(  # (a numeral first: the parts are each optional, and an empty match at every place cost a call)
    r"(?<![\uac00-\ud7a3])(?=[일이삼사오육칠팔구십백])((?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?)"
    + _KO_UNIT_AHEAD
)
# (one syllable joined to 분 is a word: '구분' distinction, '삼분의 일' a third, '일분' a part; written apart it counts)
_KO_ONE_SYLLABLE_JOINED = quick(r"[일이삼사오육칠팔구](?=분|초)")


def _sino_korean(m: re.Match[str]) -> str:
    word = m.group(1)
    # ('이' alone is also 'this': 'this person' before 분; before seconds it is two: '페이드인 이 초')
    if (
        not word
        or (word == "이" and not re.match(r"\s*s(?![^\W\d_])", m.string[m.end() :]))
        or (len(word) == 1 and _KO_ONE_SYLLABLE_JOINED.match(m.group(0)))
    ):
        return m.group(0)
    return f"{_sino_value(word)} "


def _sino_value(word: str) -> int:
    value = 0
    for unit, size in (("백", 100), ("십", 10)):
        if unit in word:
            head, _, word = word.partition(unit)
            value += (_KO_DIGIT[head] if head else 1) * size
    return value + (_KO_DIGIT[word] if word else 0)


# A Sino-Korean number of a setting, after a lossy format or a minus, or before a rate's or loudness's unit ('mp3
# 이백오십육 kbps로', '마이너스 십사 LUFS'): read where it holds tens or hundreds (a lone syllable is also a word).
_KO_SETTING = quick(
    r"(?:(?<=mp3)|(?<=mp3 )|(?<=ogg)|(?<=ogg )|(?<=마이너스)|(?<=마이너스 )|(?<=비트레이트)|(?<=비트레이트 )|(?<=비트레이트는 )|"
    r"(?<![\uac00-\ud7a3]))(?=[일이삼사오육칠팔구십백])((?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?)"
    r"(?=\s*(?:kbps|lufs|케이|으로|로|에|$|[\s,.]))",
    re.IGNORECASE,
)
_KO_TENS = quick(r"[백십]")
# A standard bitrate said in pairs after a lossy format or the word for bitrate, once its words are digits ('mp3 at 1
# 92', 'bitrate 2 50 6', 'mp3 3 20'): one rate; any other pair stays as it was said.
_RATE_PAIRS = quick(
    r"(?<![^\W\d_])((?:mp3|ogg|bitrate|bit\s+rate)(?:\s+[^\W\d_]{1,3})?\s*[:=]?\s*)([1-3]|one)\s+([1-9]\d)(?:\s+([1-9]))?"
    # (only where the rate ends the clause or a rate's word follows: not 'mp3 3 20-second versions', '1 28-second loop')
    r"(?=\s*(?:$|[,.;!?)]|kbps|kbit\w*|kb/s|k(?![^\W\d_])|please|pls|and|then|bitte|por favor|per favore|s'il))",
    re.IGNORECASE,
)
_STANDARD_RATES = frozenset({96, 112, 128, 160, 192, 224, 256, 320})


def _rate_pair(m: re.Match[str]) -> str:
    tens, units = int(m.group(3)), int(m.group(4) or 0)
    value = (1 if m.group(2).lower() == "one" else int(m.group(2))) * 100 + tens + units
    if (units and tens % 10) or value not in _STANDARD_RATES:
        return m.group(0)
    return f"{m.group(1)}{value}"


_CJK_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

_SEC_WORDS = (
    "секунды", "секунду", "секунда", "секунд", "сек.", "сек", "秒钟", "秒鐘", "秒間", "秒", "초", "सेकंड", "सेकेंड", "secondi",
    "secondo", "seconden", "secondes", "seconde", "saniye", "sekundy", "sekundę", "sekunda",
    "sekund", "giây", "detik", "segundos", "segundo", "sekunden", "sekunde",
)  # fmt: skip
_MIN_WORDS = (
    "минуты", "минуту", "минута", "минут", "мин.", "мин", "分钟", "分鐘", "分間", "分", "분", "मिनट", "minuti", "minuto",
    "minuten", "minuut", "dakika", "minuty", "minutę", "minuta", "minut", "phút", "menit", "minutos",
)  # fmt: skip
# Words text2num would turn into ordinals or numbers where they are not ("the first 10 s", "a second
# chorus"), kept as they are.
_KEEP = quick(
    r"\b(?:first|second|seconds|third|last|primer[oa]?s?|primeir[oa]s?|premi(?:er|ère)s?|erste[nrs]?|prim[oaie]|eerste"
    r"|a|an|one|une?|un|os|o|oh|non|ein|eine|einen|einem|einer|um|uma|uns|umas|unos|unas|once|onze"
    r"|ten(?=\s+(?:je|jest|track|song|utwór|kawałek|numer|kus|kúsok|kousek|fragment|úsek|usek|úryvek|odcinek|moment|okamih|okamžik|díl|diel|part|pasáž|pasaż|zvuk|beat|bit|refrén|refren|zostaje|zostawiam|zostaw|nech|nechám|necham)\b))\b",  # Czech, Slovak, Polish 'ten' (that); text2num reads 'o'/'os' (Portuguese 'the') as zero, 'non' as nine, 'uns' (some) as one
    re.IGNORECASE,
)
_SEC = "|".join(re.escape(w) for w in sorted(_SEC_WORDS, key=len, reverse=True))
_MIN = "|".join(re.escape(w) for w in sorted(_MIN_WORDS, key=len, reverse=True))
_HALF_AFTER = (
    r"(?:\s*(?:y\s+medio|e\s+meio|et\s+demie?|und\s+ein\s+halb|e\s+mezzo|с\s+половиной|en\s+een\s+half|半|반|आधा))"
)
# What a bare number after a length may count instead of its seconds ('1 นาที 5 เวอร์ชัน', '2 min 3 versions').
COUNTED = (
    r"\s*(?:x\b|×|takes?\b|versions?\b|versiones|versionen|versioni|versões|versoes|verz\w*|wersj\w*|versij\w*|"
    r"versiy\w*|versio\w*|verzi\w*|версии|версий|версії|вариант\w*|варіант\w*|warianty|opcje|opzioni|optionen|"
    r"varianty|variante|változat\w*|versi\b|versies|versjoner|verzen|verses?\b|vers\b|strof\w*|stroph\w*|estrofas|"
    r"куплет\w*|"
    r"variants?\b|variations?\b|options?\b|"
    r"opciones|opções|tracks?\b|songs?\b|people\b|personas|pessoas|personnes|bars?\b|beats?\b|takt\w*|compas\w*|"
    r"mesures?\b|battute\b|tact\w*|เวอร์ชัน|เวอร์ชั่น|แบบ|バージョン|パターン|テイク|版|버전|"
    r"가지|개|个|個|つ|"
    # (a count of something else in CJK: '2分 30人合唱', '3分 50年代', '3分 16小节前奏', '3分 20代向け')
    r"人|年|代|小[节節]|多|名|位|拍|号|號|岁|歳|度|块|元|円|日|月|点|時|时|周|天|期|集|回|曲|組|组|件|首|遍|次|명|년|살)"
)
# A unit word after a number (digits or words), or before a CJK/Korean number's end: never inside a word.
_UNIT_WORD = quick(r"(?<![a-zà-ÿа-я])(?:" + _SEC + r"|" + _MIN + r")(?![a-zà-ÿа-я])", re.IGNORECASE)
_UNIT = quick(r"(\d+(?:[.,]\d+)?)\s*(s|min|minutes?)\b" + r"(" + _HALF_AFTER + r")", re.IGNORECASE)
# Not "一首", "一个" (a song, one), nor "一下", "一点", "一起", "一样", "一定", "一直" (a bit, together, same, surely),
# nor the instruments named with a numeral: '三味線', '二胡', '三弦', '三角铁', '四重奏'.
# After a numeral of the script, '分' that is no minute: '十分安静' (very), '三分像' (30 % like), '一分为二', '三分の一'
# (a third), '十分に' (enough). '三分钟', '三分間', '三分の曲', '一分半' are minutes.
_NOT_MINUTE = r"分(?:の[一二三四五六七八九十]|[\u4e00-\u9fff](?<![钟鐘間半秒零〇一二两兩三四五六七八九十百])|(?<=十分)[にな]|(?<=半分)(?![钟鐘間]))"
_NOT_MINUTE_AT = quick(_NOT_MINUTE)
_CJK_NUMBER = quick(
    r"[零〇一二两兩三四五六七八九十百廿卅]+(?![个個首段支下点點些起直样樣定切共会會边邊味胡弦角重]|" + _NOT_MINUTE + ")"
)
_FIELD = quick(
    r"(?<!\w)(duration|length|seed|start(?:_time)?|end(?:_time)?|extend_before(?:_duration)?|extend_after(?:_duration)?"
    r"|bpm|tempo|duración|durée|dauer|duração|durata|duur|длительность|длина|長さ|时长|時長|길이|अवधि)\s*[:=：]\s*"
    r"(-?\d+(?::[0-5]\d)?(?:\.\d+)?)(?:\s*(?:s|secs?|seconds?|(m|mins?|minutes?))(?!\w|\.\d)|(?!\w|\.\d|\s+[^\W\d_]))",
    re.IGNORECASE,
)
_DURATION_KEYS = frozenset(
    {"duration", "length", "duración", "durée", "dauer", "duração", "durata", "duur", "длительность", "длина", "長さ",
     "时长", "時長", "길이", "अवधि"}
)  # fmt: skip
# (not ages or hours of a day: 'niños de 3 a 5 años', '从3到5岁', 'mi turno de 9 a 17 horas')
AGES_OR_HOURS = (
    r"anos|años|anys|ans|anni|jahre\w*|jaar|år|ára|lat|let|godina|ani|vuotia\w*|vuotta|éve\w*|év|metų|yaş\w*|tahun|"
    r"tuổi|miaka|taon|лет|года|років|роки|години|ετών|χρονών|שנים|سنوات|سنة|عام|سال|वर्ष|বছর|ปี|years?|yrs|歳|岁|살|साल|"
    r"horas|hours|heures|uhr|ore|часов|h\b"
)
_NOT_AGES = rf"(?![\d:.,]*\s*(?:{AGES_OR_HOURS})(?!짝|्|[a-zà-ÿ]))"  # (not '살짝' (slightly), 'साल्सा', 'yearning')
_RANGES = (
    (quick(r"(?:\bс|\bот)\s+([\d:.,]+\s*(?:(?:s|min)(?![^\W\d_]))?)\s+до\s+([\d:.,]+\s*(?:(?:s|min)(?![^\W\d_]))?)" + _NOT_AGES), r" \1-\2 "),
    (quick(r"([\d:.,]+\s*(?:s|min)?)\s*부터\s*([\d:.,]+\s*(?:s|min)?)\s*까지" + _NOT_AGES), r" \1-\2 "),
    (quick(r"(?:从|從)\s*([\d:.,]+\s*(?:s|min)?)\s*(?:到|至)\s*([\d:.,]+\s*(?:s|min)?)" + _NOT_AGES), r" \1-\2 "),
    # (not '1:10から15秒ぶん/間': from 1:10, 15 seconds' worth, a start and a length)
    (quick(r"([\d:.,]+\s*(?:s|min)?)\s*(?:から|〜|～)\s*([\d:.,]+\s*(?:s|min)?)(?![\d.,]|\s*(?:s|min)?\s*(?:ぶん|分|間|ほど))\s*(?:まで)?" + _NOT_AGES), r" \1-\2 "),
    (quick(r"([\d:.,]+\s*(?:s|min)?)\s*से\s*([\d:.,]+\s*(?:s|min)?)\s*तक" + _NOT_AGES), r" \1-\2 "),
    (quick(r"\b(?:de|desde|da|dal|van|von|du)\s+([\d:.,]+\s*(?:(?:s|min)(?![^\W\d_]))?)\s+(?:a|al|à|au|até|hasta|tot|bis|fino\s+a)\s+([\d:.,]+\s*(?:(?:s|min)(?![^\W\d_]))?)" + _NOT_AGES), r" \1-\2 "),
)  # fmt: skip


_HALVES = {"zweieinhalb": 2.5, "dreieinhalb": 3.5, "anderthalb": 1.5, "anderhalve": 1.5, "anderhalf": 1.5}
_HOUR_WORDS = (
    "hours", "hour", "hrs", "hr", "heures", "heure", "horas", "hora", "stunden", "stunde", "ore", "ora", "uur",
    "часа", "часов", "час", "小时", "時間", "시간", "घंटे", "घंटा",
)  # fmt: skip
_HOUR_WORD = quick(r"(?<![a-zà-ÿа-я])(?:" + "|".join(_HOUR_WORDS) + r")(?![a-zà-ÿа-я])")
# Italian 'ora' is also 'now' ('ok ora un pezzo nuovo'), 'hora' a time of day, 'ore' Romanian 'hours' and Italian
# 'o'clock': an hour only after a count ('un'ora', '2 ore', 'una hora', 'media hora').
_HOUR_ALSO_NOW = frozenset({"ora", "ore", "hora"})
_HOUR_COUNT_BEFORE = quick(
    r"(?:\d|(?<![^\W\d_])(?:un|una|uma|mezz|mezza|media|meia|due|tre|dos|tres|duas|l))\s*['’]?\s*$"
)


# Before the singular 'ora' / 'hora', only a count of one ('un'ora', 'una hora', 'mezz'ora'): 'fammene due ora'
# is 'make me two now'.
_ONE_HOUR_BEFORE = quick(r"(?:(?<!\d)1|(?<![^\W\d_])(?:un|una|uma|mezz|mezza|media|meia|l))\s*['’]?\s*$")


def _hour_word(m: re.Match[str]) -> str:
    if m.group(0) in _HOUR_ALSO_NOW:
        count = _ONE_HOUR_BEFORE if m.group(0) in ("ora", "hora") else _HOUR_COUNT_BEFORE
        if not count.search(m.string, max(0, m.start() - 8), m.start()):
            return m.group(0)
    return " hour "


def _mss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _cjk_value(token: str) -> int | None:
    """一 … 九百九十九 (and 两) as a number."""
    total, current = 0, 0
    for ch in token:
        if ch in _CJK_DIGITS:
            current = _CJK_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in "廿卅" and not current:  # ('廿秒', '卅五': twenty, thirty)
            total += 20 if ch == "廿" else 30
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _cjk_number(m: re.Match[str]) -> str:
    """A number in CJK numerals as digits; '廿' and '卅' only before a unit ('廿秒'; not '廿四节气', the 24 solar terms)."""
    if ("廿" in m.group(0) or "卅" in m.group(0)) and not re.match(r"\s*(?:秒|分|s\b|min\b)", m.string[m.end() :]):
        return m.group(0)
    return str(v) if (v := _cjk_value(m.group(0))) is not None else m.group(0)


def fields_in_text(text: str) -> dict[str, Any]:
    """`duration: 90`, `extend_after=25`, `start=0:12`, `seed: 7` written into a request."""
    found: dict[str, Any] = {}
    for m in _FIELD.finditer(text):
        key = m.group(1).lower()
        raw = m.group(2)
        value: float = int(raw.split(":")[0]) * 60 + int(raw.split(":")[1]) if ":" in raw else float(raw)
        if m.group(3) and ":" not in raw:  # 'length=2m', 'duration: 1.5 min'
            value *= 60
        name = (
            "duration"
            if key in _DURATION_KEYS
            else {
                "start": "start_time",
                "end": "end_time",
                "extend_before": "extend_before",
                "extend_before_duration": "extend_before",
                "extend_after": "extend_after",
                "extend_after_duration": "extend_after",
                "tempo": "bpm",
            }.get(key, key)
        )
        found[name] = int(value) if name in ("duration", "seed", "bpm") else value
    return found


# A count before a CJK or Korean unit: digits, numerals, 'how many' ('几分钟', '몇 분'). Another letter of those
# scripts makes the unit part of a word: '앞부분' (the front part), '部分' (a part), '充分' (enough).
_CJK_COUNT = frozenset("0123456789零〇一二两兩三四五六七八九十百千廿卅半几幾数數多일이삼사오육칠팔구십백한두세네반몇")


_CJK_NUMERALS = frozenset("零〇一二两兩三四五六七八九十百千廿卅半几幾")


# The first syllables of what Korean joins to a unit: particles and the words of a length ('초면', '분짜리', '분간',
# '초 정도' written '초정도', '분동안', '초만', '분으로').
_KO_AFTER_UNIT = frozenset(
    "짜간정면만로으는은를을가이에쯤동까부씩도내과와밖전후길안"
)  # (not '의': '삼분의 일' is a third)


_A_FRACTION_AFTER = re.compile(r"의\s*[1-9일이삼]|の[1-9一二三]")


def _unit_word(m: re.Match[str]) -> str:
    word = m.group(0)
    before = m.string[m.start() - 1] if m.start() else " "
    if (
        len(word) <= 2
        and ("\u3400" <= word[0] <= "\u9fff" or "\uac00" <= word[0] <= "\ud7a3")
        and ("\u3400" <= before <= "\u9fff" or "\uac00" <= before <= "\ud7a3")
        and before not in _CJK_COUNT
    ):
        return word
    after = m.string[m.end()] if m.end() < len(m.string) else " "
    two_back = m.string[m.start() - 2] if m.start() >= 2 else " "
    if word in ("분", "分") and _A_FRACTION_AFTER.match(m.string, m.end()):
        return word  # '3분의 1', '3分の1': a third, not three minutes
    if word in ("분", "초") and before in "일이삼사오육칠팔구" and not ("\uac00" <= two_back <= "\ud7a3"):
        return word  # ('구분' distinction, '삼분의 일' a third, '일분' a part: one syllable joined to 분 is a word)
    if (
        word in ("분", "초")
        and "\uac00" <= after <= "\ud7a3"
        and after not in _KO_AFTER_UNIT
        and not before.isdigit()
        and before not in _CJK_COUNT
    ):
        return word  # '분위기' (mood), '초반' (the opening), '초보': a word, not '삼십 초면' or '두 분짜리'
    if word == "分" and before in _CJK_NUMERALS and _NOT_MINUTE_AT.match(m.string, m.start()):
        # '十分安静' (very), '三分像' (30 % like), '三分の一' (a third), '半分' (half), '一分为二': with a numeral of
        # the script, a minute is '分钟' / '分間'; '3分' in digits stays a minute.
        return word
    return " min " if re.fullmatch(_MIN, word, re.IGNORECASE) else " s "


# Words that make a number approximate, said where the router would read something else:
# - 'more or less' after a length, whose 'more' would say more is added ('alargar hasta los 4 minutos más o menos' is
#   to 4 minutes, not 4 minutes more): left out;
_MORE_OR_LESS = quick(
    r"(?<![^\W\d_])(?:más o menos|mas o menos|mais ou menos|più o meno|piu o meno|plus ou moins|more or less|"
    r"més o menys|mes o menys|mehr oder weniger|meer of minder|mer eller mindre|mere eller mindre)(?![^\W\d_])",
    re.IGNORECASE,
)
# - a noun of about N ('una decina di secondi', 'une quinzaine de secondes', 'una veintena de segundos', 'uma dezena de
#   segundos', 'una desena de segons'), read as N before its unit;
_ABOUT_NOUNS = {
    "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40,
    "cinquantina": 50, "sessantina": 60, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "decena": 10, "docena": 12,
    "veintena": 20, "treintena": 30, "dezena": 10, "dúzia": 12, "duzia": 12, "vintena": 20, "trintena": 30,
    "desena": 10, "dotzena": 12, "quinzena": 15, "trentena": 30,
}  # fmt: skip
_ABOUT_NOUN = quick(
    r"(?<![^\W\d_])(?:una|uma|une|un|a)\s+(" + "|".join(_ABOUT_NOUNS) + r")\s+(?:di|de|d['’]|dei|des)\s*"
    r"(?=(?:sec|seg|sek|min)\w*)",
    re.IGNORECASE,
)
# - Dutch 'een seconde of twintig', 'een minuut of drie' (about twenty seconds, about three minutes): the number first;
# - Latin 'viginti fere secundis', 'decem circiter secunda': the number's unit right after it.
_DUTCH_ABOUT = quick(
    r"(?<![^\W\d_])(?:een|'n)\s+(seconde|seconden|secondje|minuut|minuten|minuutje)\s+of\s+([^\W_]+)", re.IGNORECASE
)
# - a quarter of an hour, and an hour said as an adjective ('un quarto d'ora', 'un cuarto de hora', 'un quart d'heure',
#   'timslång', 'hodinovou', 'годинний', 'einstündige', 'hour-long', 'horae unius'): in minutes.
_QUARTER_HOUR = quick(
    r"(?<![^\W\d_])(?:un\s+|um\s+)?(?:quarto\s+d['’]\s*ora|cuarto\s+de\s+hora|quarto\s+de\s+hora|quart\s+d['’]\s*heure|"
    r"quart\s+d['’]\s*hora)(?![^\W\d_])(?!\s+(?:avant|après|before|after|prima|dopo|antes|depois|later|plus|più))",
    re.IGNORECASE,
)
_HOUR_LONG = quick(
    r"(?<![^\W\d_])(?<!-)(?:an?\s+)?(?:hour[\s-]long|one[\s-]hour|einstündig\w*|timslång\w*|timelang\w*|timeslang\w*|"
    r"hodinov[áéýúouí]\w*|годинн\w+|часов(?:ой|ую|ая|ое)\s+(?=музык|трек|микс|сет|эмбиент|амбиент)|godzinn\w+|"
    r"egyórás\w*|horae\s+unius|unius\s+horae)(?![^\W\d_])",
    re.IGNORECASE,
)
# - English 'or so' and '-ish' after a number or its unit ('5 s or so', '4 seconds-ish', '2ish minutes').
_OR_SO = quick(
    r"(?<![\d.,])(?!\d0s-?ish)(\d+(?:[.,]\d+)?(?:\s*[^\W\d_]+)?)(?:-ish|ish|\s+or\s+so)(?![^\W\d_])", re.IGNORECASE
)
_LATIN_ABOUT = quick(r"(?<![^\W\d_])(?:fere|circiter)\s+(?=(?:secund|minut)\w*)", re.IGNORECASE)


def approximations(text: str) -> str:
    """The request with the words that make a number approximate where they would be misread (see above)."""
    out = _MORE_OR_LESS.sub(" ", text)
    out = _ABOUT_NOUN.sub(lambda m: f"{_ABOUT_NOUNS[m.group(1).lower()]} ", out)
    out = _DUTCH_ABOUT.sub(r"\2 \1", out)
    out = _OR_SO.sub(r"\1", out)
    out = _QUARTER_HOUR.sub("15 min", out)
    out = _HOUR_LONG.sub(" 60 min ", out)
    return _LATIN_ABOUT.sub("", out)


def normalise(text: str) -> str:
    """The request with numbers, units and ranges of other languages in the router's terms."""
    from text_to_num import alpha2digit

    out = approximations(text)
    out = re.sub(r"\b(un|l|d)'", r"\1 ", out.translate(_DEVANAGARI_DIGITS))  # un'ora, l'intro
    # Units first, as plain "s" / "min": text2num would read "second" as the ordinal 2nd.
    out = _UNIT_WORD.sub(_unit_word, out)
    out = _HOUR_WORD.sub(_hour_word, out)
    if any(c.isalpha() and c.isascii() for c in out):
        kept: list[str] = []

        def keep(m: re.Match[str]) -> str:
            # Dutch 'onze' (our: 'voor onze bruiloft') is French and Portuguese eleven only before a unit
            if m.group(0).lower() == "onze" and re.match(r"\s*(?:s\b|sec|seg|min)", out[m.end() :]):
                return m.group(0)
            # "one"/"a"/"un" stay words unless a unit follows: "one minute" is 1 min, "a minute" too.
            if m.group(0).lower() in (
                "a",
                "an",
                "one",
                "une",
                "un",
                "ein",
                "eine",
                "einen",
                "um",
                "uma",
                "once",
            ) and re.match(r"\s*(?:min|minute)", out[m.end() :]):
                return m.group(0)
            kept.append(m.group(0))
            return f"\ue000{len(kept) - 1}\ue001"

        out = _KEEP.sub(keep, out)
        for lang in _TEXT2NUM_LANGS:
            with contextlib.suppress(Exception):  # text2num declines some inputs: the text stays as it was
                out = alpha2digit(out, lang, threshold=0)
        out = re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], out)
    for table in (_RU, _HI):
        for word, value in sorted(table.items(), key=lambda kv: -len(kv[0])):
            if word in out:
                # 'बना दो', 'काट दो': दो ending a clause is the verb 'give' after another verb, not two.
                tail = r"(?!\s*(?:$|[।,.!?;]|और(?![\w])|ना(?![\w])))" if word == "दो" else ""
                # ... and after a verb's stem it is the verb's ('लंबा कर दो आखिर में', 'बना दो', 'बढ़ा दो')
                head = (
                    "".join(  # (the cue pass may have written the verb: 'लंबा कर' → 'extend')
                        f"(?<!{v} )(?<!{v}  )"
                        for v in (
                            "कर",
                            "बना",
                            "लगा",
                            "बढ़ा",
                            "हटा",
                            "बदल",
                            "दे",
                            "जोड़",
                            "extend",
                            "add",
                            "replace",
                            "trim",
                            "fade",
                            "convert",
                        )
                    )
                    if word == "दो"
                    else ""
                )
                out = re.sub(head + r"(?<![\w])" + re.escape(word) + r"(?![\w])" + tail, f" {value:g} ", out)
    out = spoken_numbers(out)
    # ('한 이 분 정도로', '삼 분짜리', '이 분 30초'): one syllable apart before minutes, then 'about', '-long' or seconds;
    # alone, '이 분' is also 'this person'
    out = _KO_ONE_APART.sub(lambda m: f"{'일이삼사오육칠팔구'.index(m.group(1)) + 1} min", out)
    out = _KO_NATIVE.sub(lambda m: f"{_KO[m.group(1)]} ", out)
    out = _KO_SINO.sub(_sino_korean, out)
    if "십" in out or "백" in out:  # (a setting's number holds tens or hundreds)
        out = _KO_SETTING.sub(  # (two syllables at least: a lone '백' is also 'back', 'mp3 백 보컬만')
            lambda m: (
                f"{_sino_value(m.group(1))} " if len(m.group(1)) > 1 and _KO_TENS.search(m.group(1)) else m.group(0)
            ),
            out,
        )
    out = _RATE_PAIRS.sub(_rate_pair, out)
    out = _CJK_NUMBER.sub(_cjk_number, out)

    def unit(m: re.Match[str]) -> str:
        value = float(m.group(1).replace(",", "."))
        is_min = m.group(2).lower().startswith("min")
        value += 0.5  # "and a half" of the unit
        return f" {value * 60:g} s " if is_min else f" {value:g} s "

    out = re.sub(
        r"(?<![\w])(?<!half )(?:ein(?:e[nrm]?)?|un[ae]?|uno|um|uma|een|één|one|an?)\s+(min|minutes?|s|hour)\b",
        r"1 \1",
        out,
        flags=re.IGNORECASE,
    )
    out = re.sub(r"\b(?:the\s+)?(\d+)[\s-]*(?:s|seconds?)\s+mark\b", r"\1 s", out)  # "the 25 second mark"
    # "les 10 dernières secondes": the word for last or first before the number, as English has it.
    out = re.sub(
        r"(\d+)\s+(dernières?|derniers?|dernieres?|premières?|premieres?|premiers?|primeir[oa]s|últim[oa]s|primer[oa]s|prim[ie]|ultim[ie]|"
        r"ersten|letzten|first|last)\s+(s|min)\b",
        r"\2 \1 \3",
        out,
    )
    for word, value in _HALVES.items():
        if word in out:
            out = re.sub(r"(?<![\w])" + word + r"(?![\w])", f"{value:g}", out)
    out = re.sub(r"(\d)(?=[^\x00-\x7f\s\d])|(?<=[^\x00-\x7f\s\d])(?=\d)", r"\1 ", out)  # 3分 / 曲を3
    out = _UNIT.sub(unit, out)
    out = re.sub(r"(\d+(?:[.,]\d+)?)\s*hour\b", lambda m: f"{float(m.group(1).replace(',', '.')) * 60:g} min", out)
    out = re.sub(r"\b(intro|outro)\s+of\s+(\d+)(?!\s*(?:s|min|[\d.:]))", r"\1 of \2 s", out)
    out = re.sub(
        r"\bfrom\s+(\d{1,2}):([0-5]\d)\s+for\s+(\d+)\s*s\b",
        lambda m: f"{m.group(1)}:{m.group(2)}-" + _mss(int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3))),
        out,
    )
    out = re.sub(
        r"(\d+)\s*min(?:utes?)?\s+(\d+)(?![\d:\-/]|[.,]\d|[^\W\d_]|\s*(?:s\b|min|bpm|seconds?)|" + COUNTED + r")",
        r"\1 min \2 s",
        out,
    )  # "1 minute 30", "une minute trente, sans chant"; not "1 นาที 5 เวอร์ชัน" (1 minute, 5 versions)
    out = re.sub(r"\b(\d+)m\s?(\d+)s\b", r"\1 min \2 s", out)  # 1m05s
    out = re.sub(
        r"\b(\d+):([0-5]\d):([0-5]\d)\b", lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))}:{m.group(3)}", out
    )
    # 'une minute dix', '일 분 십 초', '一分十秒' (read as '1 min 10 s'): one time, 1:10, as the digits '1 min 10 s' are
    # read before this (a range 'from 1 min 10 s to 1 min 25 s' is two times, not '10 s to 1 min')
    out = _MIN_SEC.sub(lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", out)
    for pattern, repl in _RANGES:
        out = pattern.sub(repl, out)
    return re.sub(r"[ \t]+", " ", out)


# The words between minutes and their seconds ('2 min and 30 s', '1 min i 20 s', '3 min și 5 s').
MIN_AND_SEC = r"and|e|y|et|und|en|и|i|og|och|ve|và|a|و|és|ja|ir|și|na|dan|at|та|і|kaj"
_MIN_SEC = quick(rf"(?<![\w.:])(\d{{1,3}})\s+(?:min|minutes?)\s+(?:(?:{MIN_AND_SEC})\s+)?([0-5]?\d)\s+(?:s|seconds?)\b")


# -- open vocabulary: the user's own style words --------------------------------------------------------

_FILLER = frozenset(
    """
    make create generate compose write produce give get me us a an the some of for with and or please i want need
    would like song track music piece tune new that this it its to in on at by from my our your is be can could
    about around roughly approx approximately long length duration seconds second minutes minute min s sec secs
    bpm seed version one lyrics tags quality draft polished cheap quick let lets let's just really very
    something anything stuff thing kind sort vocals vocal no without instrumental
    add replace extend start end trim convert
    haz hazme crea créame genera una un unos canción cancion música musica tema pieza de del para con por favor
    quiero que el la los las y o en sobre aprox duración segundos minutos
    fais fait faire crée créer génère une un des chanson musique morceau titre de du pour avec s'il te plaît ce cette passage
    plait je veux le la les et ou en sur environ durée secondes minutes
    mach mache erstelle erzeuge generiere mir ein eine einen lied song musik stück für mit bitte ich will möchte
    der die das und oder im in über etwa dauer sekunden minuten
    faça faz crie cria gere uma um música canção faixa de do da para com por favor quero o a os as e ou em sobre
    cerca duração segundos minutos
    fai crea genera una un uno canzone musica brano pezzo di del della per con per favore voglio il lo la i gli
    le e o in su circa durata secondi minuti
    maak genereer een nummer liedje muziek stuk van voor met alsjeblieft graag ik wil de het en of in over
    ongeveer duur seconden minuten
    сделай сделайте создай создайте напиши сгенерируй песню песня музыку музыка трек композицию для с и или в на
    про пожалуйста хочу мне нужна нужен длиной примерно около секунд минут
    मुझे एक गाना बनाओ बनाइए बनाएं बना दो दे कर संगीत के लिए का की वाला वाली और या में पर चाहिए कृपया लगभग सेकंड मिनट
    hey hi so ok okay pls plz thanks part bit section sounds sound off again redo fix ending intro outro longer
    shorter kannst du kannst könntest nochmal noch mal mal neu machen klingt letzten ersten teil
    puedes podrías otra vez parte suena últimos primeros peux pourrais encore fois partie sonne derniers premiers
    podes pode parte soa últimos primeiros puoi potresti ancora volta parte suona ultimi primi
    можешь ещё еще раз часть звучит последние первые
    genre style mood estilo género genero gênero stil стиль жанр
    """.split()  # noqa: SIM905 - a word list reads better as text
) | frozenset(
    # 'three versions of a bachata': the count's noun is the takes (planned from the words), never a style word.
    """
    takes versions variations variants versiones variaciones versionen varianten versioni versões versies
    versioner versiot versi versiyon verze verzí verzije wersje wersji versiuni variante változat változatot
    verzió verziót версии версий версії версій варианта вариантов варіанти варіантів εκδοχές εκδόσεις גרסאות
    نسخ نسخة إصدارات نسخه ورژن वर्शन संस्करण ভার্সন bersyon matoleo phiên bản เวอร์ชัน เวอร์ชั่น バージョン パターン 版本 버전
    """.split()  # noqa: SIM905 - a word list reads better as text
)  # fmt: skip
_CJK_FILLER = quick(
    r"作って(?:ください|下さい)?|作成して|つくって|お願いします|ください|下さい|して|の|を|に|で|が|は|と|用|曲|音楽|"
    r"帮我|给我|请|做一首|做一个|做|一首|一个|首|的|歌曲|歌|音乐|生成|创作|写|那个|这个|那段|这段|這段|一下|"
    r"만들어\s*줘|만들어\s*주세요|만들어|어\s*줘|어\s*주세요|다시|주세요|해\s*줘|노래|곡|음악|으로|로|의|을|를|이|가|은|는|짜리|와|과|좀"
)
# A decade named the way each language names one ('années 80', 'anni 80', '80er', '80-х', '80年代', '80년대',
# "80'ler", '1950s', "'90s"): a style. The English '90s' alone is the router's to tell from 90 seconds.
DECADE = quick(
    r"(?<![\w.:])(?:(?:años|anos|années|anni|jaren|jahre|anii|lata|roky|godine)\s+(?:19)?([1-9]0)(?![\w.:]|,\d)"
    r"|(?:19|20)?([1-9]0)\s?(?:年代|년대)"
    r"|(?:19|20)?([1-9]0)(?:er(?:n|-jahre|jahre)?|-(?:х|е|ые|их|ті|тих|те|ih|ies|as|an)|['’](?:lar|ler)|['’]?s)(?![\w])"
    r"|['’]([1-9]0)s?(?![\w])"
    # 'δεκαετία του 80', 'tahun 80-an', '80-talsstil', 'thập niên 80', '90 के दशक', 'שנות ה-80', 'دهه ۸۰', 'ยุค 80'
    r"|(?:δεκαετίας?\s+του\s+|thập\s+niên\s+|tahun\s+|dekada\s+|miaka\s+ya\s+|שנות\s+ה-?|دهه\s+|ยุค\s*)"
    r"(?:19)?([1-9]0)(?:-?an)?(?![\w])"
    r"|(?:19|20)?([1-9]0)(?:-?tal\w*|\s+के\s+दशक|\s+کی\s+دہائی|-luvu\w*|-luku\w*|-as\s+évek\w*|-ci\s+ill\w*)(?![\w]))",
    re.IGNORECASE,
)


def decade_tags(text: str) -> list[tuple[int, int, str]]:
    """Decades named in the text, each as (start, end, '80s' / '1950s'); the bare English '80s' only after
    'the' or an apostrophe, or before a style word (the caller's to judge), so never '90s' = 90 seconds."""
    out = []
    for m in DECADE.finditer(text):
        two = next(g for g in m.groups() if g is not None)
        whole = m.group(0)
        century = re.match(r"(?:19|20)(?=\d0)", whole.lstrip("'’"))
        if re.fullmatch(r"\d0s", whole, re.IGNORECASE):
            continue  # bare '80s': the router decides (a decade before a style word, else seconds)
        out.append((m.start(), m.end(), f"{century.group(0) if century else ''}{two}s"))
    return out


# A key is a style word the tag list has no entry for: 'in D minor', 'en ré mineur', 'a-Moll', 'ре минор',
# 'D小调', 'E단조'; written out as 'D minor' (ACE Step's tags are English). Decades in English words too.
_SOLFEGE = {"do": "C", "dó": "C", "re": "D", "ré": "D", "mi": "E", "fa": "F", "sol": "G", "la": "A", "lá": "A", "si": "B",
            "до": "C", "ре": "D", "ми": "E", "фа": "F", "соль": "G", "ля": "A", "си": "B"}  # fmt: skip
_MODE = {"major": "major", "minor": "minor", "mayor": "major", "menor": "minor", "maior": "major",
         "majeur": "major", "mineur": "minor", "maggiore": "major", "minore": "minor", "dur": "major",
         "moll": "minor", "мажор": "major", "минор": "minor", "大调": "major", "小调": "minor", "大調": "major",
         "小調": "minor", "장조": "major", "단조": "minor", "메이저": "major", "마이너": "minor", "メジャー": "major",
         "マイナー": "minor", "majör": "major", "minör": "minor", "mol": "minor", "duur": "major"}  # fmt: skip
_ACCIDENTAL = {"#": "#", "♯": "#", "sharp": "#", "b": "b", "♭": "b", "flat": "b", "sostenido": "#", "bemol": "b",
               "dièse": "#", "bémol": "b", "diesis": "#", "bemolle": "b", "sustenido": "#", "is": "#", "es": "b"}  # fmt: skip
_KEY = quick(
    r"(?<![\w-])(?:(?:in|en|em|на|в)\s+)?"
    r"(?:([a-h])|(do|dó|re|ré|mi|fa|sol|la|lá|si|до|ре|ми|фа|соль|ля|си))"
    r"(?:\s?(#|♯|♭|sharp|flat|sostenido|bemol|dièse|bémol|diesis|bemolle|sustenido)|(is|es))?"
    r"(?:\s+|-|(?=[大小장단メマ]))(major|minor|mayor|menor|maior|majeur|mineur|maggiore|minore|dur|moll|мажор|минор|"
    r"majör|minör|duur|mol|大调|小调|大調|小調|장조|단조|메이저|마이너|メジャー|マイナー)(?![a-zà-ÿа-яё-])",
    re.IGNORECASE,
)
_DECADE_WORDS = quick(r"(?<![\w-])(fifties|sixties|seventies|eighties|nineties)(?![\w-])", re.IGNORECASE)
_DECADE_NUMBER = {"fifties": "50s", "sixties": "60s", "seventies": "70s", "eighties": "80s", "nineties": "90s"}


def key_tags(text: str) -> list[tuple[int, int, str]]:
    """Musical keys and worded decades of the text, each as (start, end, tag): 'D minor', 'F# major', '60s'.
    A bare letter 'a' or 'b' is a key only after 'in' ('a minor change' is no key)."""
    out = []
    for m in _KEY.finditer(text):
        letter, solfege, acc, suffix, mode = m.groups()
        prefixed = re.match(r"(?:in|en|em|на|в)\s", m.group(0), re.IGNORECASE) is not None
        if letter and letter.lower() in "ab" and not prefixed:
            continue
        if (
            solfege
            and not prefixed
            and not re.search(
                r"(?:^|[,;:(\n]|tonalidad|tonalité|tonalità|tom|tono)(?:\s+(?:de|di|del|do|da))?\s*$", text[: m.start()]
            )
        ):
            continue  # 'mi mayor sueño' is 'my biggest dream': a syllable is a key after 'en' or as its own item
        if letter and letter.lower() == "h":
            note = "B"  # German H is B
        elif letter:
            note = letter.upper()
        else:
            note = _SOLFEGE[solfege.lower()]
        sign = _ACCIDENTAL.get((acc or suffix or "").lower(), "")
        out.append((m.start(), m.end(), f"{note}{sign} {_MODE[mode.lower()]}"))
    out.extend((m.start(), m.end(), _DECADE_NUMBER[m.group(1).lower()]) for m in _DECADE_WORDS.finditer(text))
    return out


_TIMEISH = quick(r"^[\d:.,\-]+(?:s|min|bpm)?$|^(?:s|min|bpm)$")


def style_words(text: str, limit: int = 8) -> list[str]:
    """Descriptive phrases of a request in the user's own language: each comma-separated part with its
    numbers, times, filler words and command verbs taken out (an open vocabulary, for tags)."""
    cleaned = re.sub(
        r"trk_[0-9a-f]{12}|music://tracks/trk_[0-9a-f]{12}|music://\S+|https?://\S+|(?<!\S)[^\s.]+\.(?:wav|mp3|flac|ogg)\b",
        " ",
        text,
    )
    cleaned = DECADE.sub(" ", cleaned)  # a decade is a tag of its own ('80s'), not a word of the phrase
    phrases: list[str] = []
    parts = re.split(r"[,;:!?()\[\]{}\"、，。！？；：「」『』…/\n]+|\.\s", cleaned)
    for part in list(dict.fromkeys(parts))[:64]:  # distinct parts, from the start: linear and bounded
        part = _CJK_FILLER.sub(" ", part)
        kept = []
        for token in part.split():
            token = token.strip("-_*~.'")
            if not token or token.lower() in _FILLER or _TIMEISH.match(token.lower()) or token.isdigit():
                continue
            if len(token) == 1 and token.isascii():
                continue
            kept.append(token)
        if kept:
            phrases.append(" ".join(kept))
            if len(set(phrases)) >= limit:  # enough: a long request is not read to its end for tags
                break
    return list(dict.fromkeys(phrases))[:limit]


# -- the language of lyrics ----------------------------------------------------------------------------

_DETECTOR: Any = None
_DETECTOR_LOCK = threading.Lock()
_LATIN_LANGUAGES = (
    "ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "TURKISH", "POLISH", "SWEDISH",
    "VIETNAMESE", "INDONESIAN", "CZECH", "DANISH", "FINNISH", "HUNGARIAN", "MALAY", "ROMANIAN", "TAGALOG",
    "BOKMAL", "CATALAN", "CROATIAN", "SLOVAK", "SWAHILI", "LATIN", "ESTONIAN", "LITHUANIAN", "LATVIAN",
)  # fmt: skip


def latin_language(text: str) -> tuple[str | None, float]:
    """The language of Latin-script text by `lingua` (low-accuracy models of the languages ACE Step sings
    in that are written in Latin script: 63 MB, built once, well under a millisecond per line), and the
    detector's confidence in it."""
    global _DETECTOR
    with _DETECTOR_LOCK:
        if _DETECTOR is None:
            from lingua import Language, LanguageDetectorBuilder

            languages = [getattr(Language, name) for name in _LATIN_LANGUAGES if hasattr(Language, name)]
            _DETECTOR = (
                LanguageDetectorBuilder.from_languages(*languages)
                .with_low_accuracy_mode()
                .with_preloaded_language_models()
                .build()
            )
    values = _DETECTOR.compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    top = values[0]
    name = {"BOKMAL": "Norwegian"}.get(top.language.name, top.language.name.title())
    return name, float(top.value)


# Each Latin-script language's common words of short lyrics, read by the lyrics language (and, in `account`, to
# tell lyrics in those languages from a romanised language of another script).
LATIN_STOPWORDS = {
    "Spanish": {"el", "la", "los", "las", "que", "de", "y", "mi", "tu", "corazón", "amor", "noche", "canción",
                "quiero", "eres", "para", "con", "por", "sol", "cielo", "bailar", "vida", "mañana"},
    "French": {"le", "la", "les", "je", "tu", "et", "mon", "ma", "de", "des", "amour", "coeur", "cœur", "nuit",
               "est", "pas", "dans", "ciel", "toujours", "nous", "vous", "chanson", "sur"},
    "German": {"ich", "du", "und", "nicht", "die", "der", "das", "mein", "dein", "liebe", "herz", "nacht",
               "ist", "wir", "mit", "auf", "himmel", "immer"},
    "Portuguese": {"eu", "você", "não", "coração", "amor", "noite", "meu", "minha", "saudade", "com", "que",
                   "uma", "céu", "vida"},
    "Italian": {"io", "tu", "che", "il", "amore", "cuore", "notte", "sono", "mio", "mia", "non", "sempre",
                "cielo", "della", "una", "nostra", "nostro", "gli", "questa", "questo", "ancora", "perché"},
    "Dutch": {"de", "het", "een", "ik", "jij", "je", "en", "van", "niet", "mijn", "jou", "aan", "denk", "liefde",
              "hart", "nacht", "wij", "zijn", "met", "voor", "altijd", "regen", "valt"},
    "English": {"the", "and", "i", "you", "my", "your", "love", "night", "heart", "we", "are", "is", "in",
                "on", "of", "to", "it", "me", "a", "sky", "never", "fade", "rise",
                "la", "na", "oh", "ooh", "yeah", "hey", "baby", "whoa", "da", "doo"},  # vocables sing in any language
}  # fmt: skip
# Each language's everyday function words of short lyrics ('Te fuiste en abril / y yo me quedé aquí'), none an
# English word.
LATIN_STOPWORDS["Spanish"] |= {"yo", "aquí", "aqui", "estoy", "está", "fuiste", "siempre", "nunca", "cuando",
                                "donde", "pero", "como", "más", "sin", "del", "mis", "tus", "nos"}  # fmt: skip
LATIN_STOPWORDS["Portuguese"] |= {"teu", "tua", "quando", "onde", "sempre", "nunca", "mas", "estou", "aqui", "sem",
                                   "meus", "minhas", "nós", "ela", "ele",
                                   # (and its articles joined to a preposition, which Spanish writes apart: 'no mar',
                                   # 'do céu', 'em', 'pra')
                                   "de", "do", "dos", "das", "em", "um", "ao", "pra", "pro", "isso", "essa",
                                   "esse", "até", "também", "sol"}  # fmt: skip
LATIN_STOPWORDS["Italian"] |= {"ti", "per", "quando", "dove", "anche", "più", "sei", "siamo", "gli", "nel",
                                "sulla", "senza", "ancora"}  # fmt: skip
LATIN_STOPWORDS["French"] |= {"ne", "une", "au", "toi", "moi", "mais", "quand", "sans", "avec", "elle", "suis"}
LATIN_STOPWORDS["German"] |= {"ein", "eine", "den", "dem", "zu", "mich", "dich", "wenn", "noch", "bist", "bin", "wie",
                               "ohne", "uns"}  # fmt: skip
# The everyday words of the Indic languages, Japanese and Korean typed in Latin letters ('dil mera tu hi jaane', 'euta lok geet banaideu'):
# lyrics or a request holding more of them than of any Latin-script language's common words are a romanisation.
ROMANISED_WORDS: dict[str, frozenset[str]] = {
    "Hindi": frozenset({"bana", "banao", "banaao", "karo", "chahiye", "mujhe", "bhai", "yaar", "gaana", "tera",
                        "mera", "kaise", "hain", "pyaar", "jiya", "jaaye", "kya", "nahi", "nahin", "tujhe",
                        "tere", "teri", "bina", "hai", "yeh", "ek", "daal", "dil", "tum", "mein", "hum", "aur",
                        "zindagi", "saath", "ishq", "sajna", "kabhi", "safar", "tu", "jaane", "jaana", "mere", "meri",
                        "tumhe", "tumse", "mujhse", "tujhse", "raat", "pyar", "sanam", "hoon", "aaja", "aaj"}),
    "Punjabi": frozenset({"tenu", "mainu", "karda", "kardi", "chahida", "ik", "hor", "layi", "vich", "haan", "yaad"}),
    "Tamil": frozenset({"oru", "pannu", "nee", "naan", "illa", "illama", "paatu", "paattu", "enna", "kadhal"}),
    "Telugu": frozenset({"oka", "cheyyi", "paata", "nuvve", "nuvvu", "naa", "nenu", "ledu", "prema", "pranam"}),
    "Nepali": frozenset({"euta", "banaideu", "banau", "geet", "timi", "timro", "mero", "cha", "chha", "malai"}),
    "Bengali": frozenset({"ekta", "gaan", "tumi", "amar", "tomar", "bhalobashi", "banao", "koro", "dao"}),
    # (and Japanese and Korean as typed in Latin letters: 'sakura chiru yoru ni kimi wo omou', 'neoreul saranghae')
    "Japanese": frozenset({"kimi", "boku", "watashi", "anata", "yoru", "sora", "kokoro", "namida", "yume", "koi",
                           "omou", "itsumo", "zutto", "sakura", "desu", "hoshi", "ashita", "hikari", "kashi",
                           "tsukutte", "kudasai", "onegai"}),
    "Korean": frozenset({"saranghae", "naega", "neoreul", "neoui", "geudae", "haneul", "nunmul", "kkum",
                         "oneul", "mandeureojwo", "haejwo", "norae"}),
}  # fmt: skip


def romanised_count(text: str) -> int:
    """How many of the text's words are the everyday words of the one Indic language typed in Latin letters that
    it holds the most of."""
    words = set(re.findall(r"[a-z']+", text.lower()))  # (each word once: a name sung three times is one word)
    return max(len(words & vocab) for vocab in ROMANISED_WORDS.values())


# Common English words no other language of ACE Step's writes the same way (so not 'die', 'mia', 'also',
# 'man', 'see', 'war', 'hand'): lingua's trigram models cannot tell a line of five English words from
# Danish, Tagalog or Swahili ('ride or die till the end' read Danish), and these words can.
LATIN_STOPWORDS["English"] |= {
    "about",
    "again",
    "all",
    "always",
    "away",
    "back",
    "be",
    "because",
    "been",
    "before",
    "bang",
    "better",
    "blue",
    "break",
    "bright",
    "burn",
    "burning",
    "but",
    "by",
    "call",
    "calling",
    "can",
    "can't",
    "city",
    "close",
    "cold",
    "come",
    "coming",
    "could",
    "cry",
    "dance",
    "dancing",
    "dark",
    "day",
    "days",
    "dear",
    "didn't",
    "do",
    "don't",
    "down",
    "dream",
    "dreams",
    "end",
    "every",
    "eyes",
    "face",
    "fall",
    "falling",
    "feel",
    "feeling",
    "fire",
    "fly",
    "for",
    "forever",
    "free",
    "friend",
    "from",
    "get",
    "girl",
    "give",
    "go",
    "going",
    "gone",
    "gonna",
    "good",
    "got",
    "had",
    "happy",
    "has",
    "have",
    "he",
    "heaven",
    "hello",
    "her",
    "here",
    "high",
    "him",
    "his",
    "hold",
    "home",
    "how",
    "i'm",
    "if",
    "into",
    "it's",
    "just",
    "keep",
    "kiss",
    "know",
    "last",
    "leave",
    "let",
    "life",
    "light",
    "lights",
    "like",
    "little",
    "live",
    "living",
    "long",
    "look",
    "lost",
    "made",
    "make",
    "more",
    "morning",
    "much",
    "music",
    "must",
    "need",
    "new",
    "nothing",
    "now",
    "off",
    "one",
    "only",
    "or",
    "our",
    "out",
    "over",
    "people",
    "play",
    "please",
    "rain",
    "ride",
    "right",
    "road",
    "roads",
    "run",
    "said",
    "say",
    "she",
    "shine",
    "shoot",
    "should",
    "sing",
    "so",
    "some",
    "song",
    "soul",
    "star",
    "stars",
    "stay",
    "still",
    "stop",
    "summer",
    "sun",
    "take",
    "talk",
    "tell",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "think",
    "this",
    "through",
    "till",
    "time",
    "together",
    "tonight",
    "tomorrow",
    "too",
    "true",
    "turn",
    "under",
    "until",
    "up",
    "upon",
    "walk",
    "wanna",
    "want",
    "was",
    "way",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "wind",
    "with",
    "without",
    "won't",
    "world",
    "would",
    "yesterday",
    "young",
    "em",
    "ya",
    "gotta",
    "ain't",
}


# -- number words where a unit after them is not what marks them ('s ke lima puluh', '30 s yok yok kırk beş',
# 'od dwudziestej do trzydziestej sekundy'); read.units_to_canonical reads a number word right before its unit --
# Inflected languages ('dwudziestej', 'pětadvaceti', 'трийсетата'): a form's stem, with a few letters of ending.
_RUN_ON_LANGS = frozenset({"pl", "cs", "sk", "uk", "ru", "sr", "hr", "bg", "lt", "fi", "hu", "ro", "el", "is"})
_RUN_ON = 3
_NUMBER_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")
_AND = frozenset({"i", "a", "e", "и", "і", "ve", "og", "och", "and", "و", "na", "și", "si", "és"})
_UNIT_AFTER = re.compile(r"\s*(?:s|min|lufs|kbps|kbit|kb/s|k|bpm|%|db|hour)(?![^\W\d_])", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(?:s|min)\s+(?:(?:ke|thứ|ya|ng)\s+)?$")
# The words between the two ends of a range ('od … do', 'từ … đến', 'dari … sampai', 'fra … til').
_RANGE_WORDS = r"do|to|a|al|à|até|bis|до|по|tới|đến|sampai|hingga|till|til|kadar|ila|iki|ar|po"
# After a number word read by a unit before it, what shows it is a time ('một phút mười đến …', 'egy perc negyvenöt'):
# the end, a range's other end, a unit; not a noun it counts ('2 minuty tři sloky', '2 phút năm mới', 'beş kişilik').
_TIME_AFTER = re.compile(
    rf"\s*(?:$|[.,;:!?]|(?:{_RANGE_WORDS}|és|ja|og|och|"
    r"and|und|e|y|i|и|s|min|please|pls|bitte|proszę|prosím|prosim|molim|nhé|nha|dong|deh|legyen|por\s+favor|per\s+favore|"
    r"s'il\s+te\s+plaît|пожалуйста|будь\s+ласка)(?![^\W\d_])|[^\W\d_]{1,2}(?![^\W\d_]))"
)
# ... or a range's second end: a range word, maybe a number, then the unit ('đến giây ba mươi', 'til sekund sytti',
# 'sampai satu menit tiga puluh', 'до двох хвилин двадцяти')
_SECOND_END = re.compile(
    rf"(?<![^\W\d_])(?:{_RANGE_WORDS}|-)\s+"
    r"(?:[^\s]+\s+)?(?:s|min)\s+$"
)
# A decade, by the word after it ('двадцатые годы', 'dvacátá léta', 'dvadesete godine'): no number.
_YEARS_AFTER = re.compile(r"\s*(?:годы|года|годов|лет|léta|let|godine|godina|roky|lata|rokiv|роки|years)(?![^\W\d_])")
# Ordinal tens ('dwudziestej', 'trzydziestej', 'сороковой', 'štyridsiatej', 'трийсетата'): by their stems.
_ORDINAL_TENS = {
    "dwudziest": 20, "trzydziest": 30, "czterdziest": 40, "pięćdziesiąt": 50,
    "dvadsiat": 20, "tridsiat": 30, "štyridsiat": 40, "päťdesiat": 50, "dvacát": 20, "třicát": 30, "čtyřicát": 40,
    "padesát": 50, "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60,
    "двайсет": 20, "трийсет": 30, "четирийсет": 40, "четиресет": 40, "двадесет": 20, "тридесет": 30,
    "четиридесет": 40, "петдесет": 50,
}  # fmt: skip


@cache
def _number_words() -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    """The number words of every language (read's table, keyed without spaces), the stems of the inflected
    languages' longer forms, and for each first word of a form the most words a form starting with it has."""
    from ace_step_mcp.router.read import number_table
    from ace_step_mcp.router.vocab_data import NUMBERS

    numbers = number_table()
    stems: dict[str, int] = dict(_ORDINAL_TENS)
    clashes: set[str] = set()
    firsts: dict[str, int] = {}
    for lang, table in NUMBERS.items():
        for form, value in table.items():
            first, *rest = form.lower().split()
            firsts[first] = max(firsts.get(first, 0), 1 + len(rest))
            if lang in _RUN_ON_LANGS and not rest and len(form) >= 7 and value == int(value):
                # (a stem of six letters at least: 'jedna' is no stem of 'jednak' (however), 'tristo' none of 'triste')
                for cut in (1, 2):
                    stem = form.lower()[:-cut]
                    if len(stem) >= 6 and stems.setdefault(stem, int(value)) != int(value):
                        clashes.add(stem)
    for stem in clashes:
        stems.pop(stem, None)
    return numbers, stems, firsts


def _number_at(tokens: list[re.Match[str]], i: int, text: str) -> tuple[int, int] | None:
    """The value of the longest form starting at token i, and the index of the token after it."""
    numbers, stems, firsts = _number_words()
    word = tokens[i].group(0).lower()
    most = firsts.get(word, 0)
    if not most and len(word) < 6:
        return None  # (most words: no form starts with them, and too short for a stem)
    # (a form that starts with this word: up to the longest, two words at least, 'tři sta', 'dvě stě')
    for k in range(min(max(most, 2) if most else 1, len(tokens) - i), 0, -1):
        if k > 1 and any(text[tokens[j].end() : tokens[j + 1].start()].strip(" -") for j in range(i, i + k - 1)):
            continue  # (the words of one form stand next to each other)
        key = "".join(t.group(0).lower() for t in tokens[i : i + k]).replace("'", "").replace("’", "")
        value = numbers.get(key)
        if value is not None and value == int(value) and value > 0:
            return int(value), i + k
    for cut in range(1, _RUN_ON + 1):
        if len(word) - cut >= 5 and word[:-cut] in stems and not word.endswith(_DECADE_ENDINGS):
            return stems[word[:-cut]], i + 1
    return None


# The endings of a decade ('sedamdesetih', 'osmdesátky', 'шестидесятых', 'девяностые'): the seventies, no number.
_DECADE_ENDINGS = ("ih", "ky", "tky", "ые", "ых", "ych", "ие", "их")


# Before a number word, a setting whose number it is: a lossy format or the word for bitrate ('mp3 sto
# dziewięćdziesiąt dwa', 'mp3 at one ninety two', 'bitrate two fifty six'), or a minus ('loudness eksi on dört',
# 'минус четырнадцать', 'menos dieciséis'): a loudness.
_RATE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:mp3|ogg|bitrate|bit\s+rate|битрейт\w*|бітрейт\w*|비트레이트\w*|ビットレート\w*|比特率|码率|碼率|بجودة|"
    r"بمعدل)(?:\s+[^\W\d_]{1,3})?\s*[:=]?\s*$",
    re.IGNORECASE,
)
MINUS_WORDS = (
    r"minus|минус|мінус|מינוס|למינוס|eksi|mínusz|minusz|miinus|mínus|moins|meno|menos|menys|μείον|منفی|منهای|ناقص|سالب|"
    r"مائنس|माइनस|মাইনাস|ਮਾਇਨਸ|மைனஸ்|మైనస్|âm|マイナス|마이너스|负|負"
)
_MINUS_BEFORE = re.compile(rf"(?:(?<![^\W\d_])(?:{MINUS_WORDS})|マイナス|마이너스|负|負)\s*$", re.IGNORECASE)


def spoken_numbers(text: str) -> str:
    """The text with number words written as digits where a unit, a setting, a correction or the other end of a
    range marks them as a number ('od dwudziestej do trzydziestej sekundy': the second, by its unit, then the first,
    by the range)."""
    once = _spoken_numbers(text)
    return _spoken_numbers(once) if once != text and _RANGE_TO_A_NUMBER.search(once) else once


# The other end of a range after a number, already read ('od dwudziestej do 30 s'), or the other value of two
# ('двадесет или 30 s', 'بیس یا 30 s': asked as either length).
_RANGE_TO_A_NUMBER = re.compile(
    rf"\s+(?:{_RANGE_WORDS}|עד|إلى|الى|تا|μέχρι|fino a|nuo|"
    r"или|ili|or|o|ou|oder|of|eller|tai|vagy|veya|یا|أو|او|czy|albo|nebo|alebo|sau|atau|hoặc|ή|או)\s+"
    r"\d+(?:[.:]\d+)?\s*(?:s|min)(?![^\W\d_])"  # (a length at the other end: not '25 мая', not '80-х')
)


def _spoken_numbers(text: str) -> str:
    from ace_step_mcp.router.read import TAKEN_BACK_BEFORE

    tokens = list(_NUMBER_TOKEN.finditer(text))
    _, _, firsts = _number_words()
    # (most words start no form and are too short for a stem: passed over without a call)
    maybe = [len(w) >= 6 or w in firsts for w in (t.group(0).lower() for t in tokens)]
    out: list[str] = []
    tail = ""
    last = 0
    i = 0
    while i < len(tokens):
        found = _number_at(tokens, i, text) if maybe[i] else None
        if found is None:
            i += 1
            continue
        value, j = found
        start = tokens[i].start()
        before = (tail + text[last:start])[-40:]  # (the last of the text as rewritten so far: linear)
        rate = _RATE_BEFORE.search(before) is not None
        # tens, then units ('kırk beş', 'dvacet pět'); hundreds, then the rest ('sto dziewięćdziesiąt dwa')
        while j < len(tokens) and not text[tokens[j - 1].end() : tokens[j].start()].strip(" -"):
            k = j + 1 if tokens[j].group(0).lower() in _AND and j + 1 < len(tokens) else j  # ('триста и двайсет')
            if k > j and text[tokens[j].end() : tokens[k].start()].strip():
                break
            nxt = _number_at(tokens, k, text)
            if nxt is None:
                break
            small, after = nxt
            hundreds = value >= 100 and value % 100 == 0 and small < 100
            teens = value == 10 and k > j and small < 10  # (ten and a unit, Swahili's 'kumi na nne')
            if hundreds or teens or (value % 100 >= 20 and value % 10 == 0 and small < 10):
                value, j = value + small, after
            elif rate and value < 10 and 10 <= small < 100:
                value, j = value * 100 + small, after  # (a rate said in pairs: 'one ninety two', 'three twenty')
            else:
                break
        end = tokens[j - 1].end()
        words = text[start:end]
        if (
            (len(words) >= 4 or (len(words) == 3 and not words.isascii()))
            and not _YEARS_AFTER.match(text, end)
            and (
                _UNIT_AFTER.match(text, end)
                or (_UNIT_BEFORE.search(before[-12:]) and (_TIME_AFTER.match(text, end) or _SECOND_END.search(before)))
                or TAKEN_BACK_BEFORE.search(before)
                or _RANGE_TO_A_NUMBER.match(text, end)
                or rate
                or _MINUS_BEFORE.search(before)
            )
        ):
            out.append(text[last:start])
            out.append(f" {value}\ue002 ")
            tail = (before + out[-1])[-40:]
            last = end
        i = j
    if not out:
        return text
    out.append(text[last:])
    # ('триста и двайсет kbps': the hundreds read by an earlier table, the rest here) one number
    return _HUNDREDS_THEN_READ.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), "".join(out)).replace("\ue002", "")


_HUNDREDS_THEN_READ = re.compile(
    r"(?<![\d.:])([1-9]00)\s+(?:(?:i|a|e|и|і|ve|og|och|and|و|na|și|és)\s+)?(\d{1,2})\ue002"
)
