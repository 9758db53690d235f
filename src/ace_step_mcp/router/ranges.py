"""Windows by structure: two time expressions joined by a range connector, in any of the 50 languages.

A window is `[from-word] T1 <to-word> T2 [closing word]` ('de 1m05 à 1m20', 'del min 1 al min 2',
'第40秒到第55秒', '40초에서 55초까지', '20 s から 35 s まで') or `<between-word> T1 <and-word> T2`
('entre 30 s y 45 s', 'zwischen 30 s und 45', '0:20 ile 0:35 arasını', '40秒和55秒之间'), where T is m:ss,
NmSS ('1m05'), a number with a unit ('40 s', '1 min') or a unit with a number ('min 1'). At least one side
carries a unit or is m:ss; a bare side takes the other side's unit. The pair becomes `m:ss-m:ss`, the form
every later rule reads as a window; nothing else is rewritten.

The connectors are one short reviewed table per kind (below), not per request. The pass runs only for an
edit of a track (the planner's caller decides): 'between 30 and 45 seconds long' for a new piece is a bound,
and stays one. Linear: one regex scan for the times, then one look at the short gap between neighbours.
"""

from __future__ import annotations

import re

from ace_step_mcp.router.quick import quick


def _table(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that join two times as 'from T1 to T2' (between them), in the 50 languages.
TO_WORDS = _table(
    """- – — ~ 〜 ～ to till til until thru through a al ao à au aux bis hasta até ate tot t/m naar do до по
    від đến den sampai hingga ke s/d إلى الى حتى עד ila hadi mpaka kadar till tills fino fino a fino al alla
    ως έως μέχρι 到 至 から 에서 부터 से tak fram hanggang egészen ĝis až dokud থেকে देखि ਤੋਂ నుండి"""
)
# Words that may stand just before T1 ('from') and are dropped with the window.
FROM_WORDS = _table(
    """from de del desde dal dalla da von vom ab van vanaf с со з від od z ze från fra frá 从 從 自 由 dari mula
    từ από apo depuis mulai kutoka"""
)
# Words that stand before 'T1 and T2' and make the pair a window ('between').
BETWEEN_WORDS = _table(
    """between entre zwischen tra fra tussen между між mezi między medzi mellan mellem mellom milli između
    între μεταξύ giữa antara pagitan בין بين tarp"""
)
# ... or after it ('0:20 ile 0:35 arasını', '40秒和55秒之间', '40초와 55초 사이', 'X और Y के बीच').
BETWEEN_AFTER = (
    "arası",
    "arasında",
    "arasını",
    "之间",
    "之間",
    "中间",
    "사이",
    "の間",
    "間",
    "बीच",
    "के बीच",
    "között",
    "välillä",
)
# Words that join the two times of a 'between'.
AND_WORDS = _table(
    """and y e et und en и і та a i og och ve və và dan at és ja ir și si και kai ו و 和 与 與 跟 와 과 하고 と
    और ile"""
)
# Words that may close a window ('まで', '까지', 'तक', '-ig') and go with it.
CLOSE_AFTER = ("まで", "까지", "तक", "ig", "-ig", "ra", "re", "পর্যন্ত", "सम्म", "सम्मको", "ਤੱਕ", "వరకు", "வரை")
_ARTICLES = _table("the el la le l' lo il o der die das den")

_TIME = quick(
    r"(?<![\w:.,])(?:"
    r"(?P<mss>\d{1,2}):(?P<ss>[0-5]\d)(?![\d:])"
    r"|(?P<mm>\d{1,3})m(?P<ms>[0-5]\d)s?(?![\w:])"
    r"|(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>s|min)(?![^\W\d_])"
    r"|(?P<uunit>min|minute|s)\s+(?P<unum>\d+(?:[.,]\d+)?)(?![\d:]|[.,]\d)"
    r"|(?P<bare>\d+(?:[.,]\d+)?)(?![\d:]|[.,]\d|\s*(?:bpm|%|x\b|hz|khz|db|lufs)))",
    re.IGNORECASE,
)
_MAX_GAP = 24  # characters between two times of one window ('hasta el', 'ile', 'и до')


def _value(m: re.Match[str]) -> tuple[float, str | None]:
    """(number, unit) of one time: unit 's', 'min' or ':' (m:ss, already seconds), None for a bare number."""
    if m.group("mss"):
        return int(m.group("mss")) * 60 + int(m.group("ss")), ":"
    if m.group("mm"):
        return int(m.group("mm")) * 60 + int(m.group("ms")), ":"
    if m.group("num"):
        return float(m.group("num").replace(",", ".")), m.group("unit").lower()
    if m.group("unum"):
        return float(m.group("unum").replace(",", ".")), m.group("uunit").lower()[:3]  # 'minute 2' (en)
    return float(m.group("bare").replace(",", ".")), None


def _seconds(value: float, unit: str | None) -> float:
    return value * 60 if unit == "min" else value


_SPACES = re.compile(r"[\s,]+")
_LAST_TWO = re.compile(r"(\S+)(?:\s+(\S+))?\s*$")
_LAST_ONE = re.compile(r"(\S+)\s*$")
_FIRST_ONE = re.compile(r"\s*(\S+)")


def _words(gap: str) -> list[str]:
    return [w for w in _SPACES.split(gap.replace("第", " ").replace("'", "' ")) if w]


def _joins(gap: str, before: str, after: str) -> tuple[bool, int, int]:
    """Whether the gap between two times joins them as a window; and how many characters of the text before
    T1 and after T2 belong to it (a 'from' / 'between' word, a closing word)."""
    words = [w for w in _words(gap) if w not in _ARTICLES]
    if not words or len(words) > 2:
        return False, 0, 0
    # The word before T1, past one article ('entre el minuto 1 y el minuto 2').
    prev = _LAST_TWO.search(before)
    prev_word = ""
    if prev:
        prev_word = prev.group(2) if prev.group(2) and prev.group(2) not in _ARTICLES else prev.group(1)
        if prev.group(2) and prev.group(2) not in _ARTICLES:
            prev = _LAST_ONE.search(before)
        prev_word = prev_word.replace("第", "")
    lead = len(before) - prev.start() if prev and (prev_word in FROM_WORDS or prev_word in BETWEEN_WORDS) else 0
    tail_m = _FIRST_ONE.match(after)
    close = 0
    if tail_m and tail_m.group(1).startswith((*CLOSE_AFTER, *BETWEEN_AFTER)):
        close = tail_m.end()
    if all(w in TO_WORDS or w in FROM_WORDS for w in words) and any(w in TO_WORDS for w in words):
        return True, lead, close
    between = prev_word in BETWEEN_WORDS or any(
        after.lstrip().startswith(w) or after.lstrip(" 的の").startswith(w) for w in BETWEEN_AFTER
    )
    if between and all(w in AND_WORDS for w in words):
        return True, lead, close
    return False, 0, 0


def _mss(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


# 'between second 30 and 45', 'entre el segon 20 i el 35', 'între secunda 30 și 45', 'بين الثانية 30 والثانية 45':
# the unit said before the number, as an ordinal second, written after it.
_SECOND_BEFORE = quick(
    r"(?<![^\W\d_])(?:second|segundo|segon|seconde|secondo|sekunde|sekunda|secunda|الثانية)\s+(\d{1,3})(?![\d:.,])"
)


# 'dal minuto 2 al minuto 2 e 20', 'from minute 1 and 10 seconds' (the unit pass wrote 'min 2 e 20', 'min 1 and
# 10 s'): a minute said before its number, 'and', the seconds into it; not after 'between' ('between minute 1 and
# 30' is two points).
_MINUTE_AND_SECONDS = quick(
    r"(?<![^\W\d_])(?:min|minute)\s+(\d{1,3})\s+(?:and|y|e|et|und|en|и|і|та|a|i|og|och|ve|və|và|dan|at|és|ja|ir|și|si|και|kai|و)"
    r"\s+([0-5]?\d)(?:\s*(?:s|secs?|seconds?)(?![^\W\d_]))?(?![\d:.,]|\s*(?:min|h)(?![^\W\d_]))"
)


def _minute_and_seconds(m: re.Match[str]) -> str:
    text = m.string
    if set(_words(text[max(0, m.start() - 24) : m.start()])[-2:]) & BETWEEN_WORDS:
        return m.group(0)
    return f"{m.group(1)}:{int(m.group(2)):02d}"


def windows(text: str) -> str:
    """Each window written in words as `m:ss-m:ss`; the rest of the text unchanged."""
    if _MINUTE_AND_SECONDS.search(text) is not None:
        text = _MINUTE_AND_SECONDS.sub(_minute_and_seconds, text)
    said = _SECOND_BEFORE.search(text)
    if said is not None and set(_words(text[max(0, said.start() - 24) : said.start()])) & BETWEEN_WORDS:
        text = _SECOND_BEFORE.sub(lambda m: f"{m.group(1)} s", text)
    times = list(_TIME.finditer(text))
    if len(times) < 2:
        return text
    out: list[str] = []
    last = 0
    i = 0
    while i + 1 < len(times):
        a, b = times[i], times[i + 1]
        gap = text[a.end() : b.start()]
        if a.start() < last or len(gap) > _MAX_GAP:
            i += 1
            continue
        (va, ua), (vb, ub) = _value(a), _value(b)
        if ua is None and ub is None:
            i += 1
            continue
        ua = ua or (ub if ub != ":" else "s")
        ub = ub or (ua if ua != ":" else "s")
        sa, sb = _seconds(va, ua), _seconds(vb, ub)
        if not (sa < sb and sa == int(sa) and sb == int(sb)):
            i += 1
            continue
        joined, lead, close = _joins(
            gap, text[max(last, a.start() - _MAX_GAP) : a.start()], text[b.end() : b.end() + 12]
        )
        if not joined:
            i += 1
            continue
        out.append(text[last : a.start() - lead])
        out.append(f" {_mss(sa)}-{_mss(sb)} ")
        last = b.end() + close
        i += 2
    out.append(text[last:])
    return "".join(out)


# -- both ends ------------------------------------------------------------------------------------------
# 'add 10 s at the start and the end', 'je 6 Sekunden am Anfang und am Ende', 'по 5 секунд в начало и в конец',
# '在开头和结尾各加10秒': one amount, a start word and an end word joined by 'and'. Side words are read after
# the cue pass has put them in the router's terms ('start' / 'end'); the English ones are kept as written.
_START = r"(?:(?<![^\W\d_])(?:start|beginning|intro|opening|front)(?![^\W\d_])|最初|冒頭|开头|開頭|처음|시작)"
_END = r"(?:(?<![^\W\d_])(?:end|ending|outro|back|tail)(?![^\W\d_])|最後|終わり|末尾|结尾|結尾|끝|마지막)"
# What may stand between the two side words: 'and', an article or a preposition, at most three of them.
_JOIN = (
    r"(?:\s*(?:[,、/&+]|(?<![^\W\d_])(?:"
    + "|".join(sorted(AND_WORDS, key=len, reverse=True))
    + r"|the|at|to|in|on|a|al|au|à|la|le|am|an|zum|в|на|к|до|no|na|nan|i|di|sa|ở|ao|alla|aan|het)(?![^\W\d_])"
    + r"|[とや와과])){1,4}\s*"
)
_PAIR = quick(_START + _JOIN + _END + r"|" + _END + _JOIN + _START)
# Words that say 'both ends' by themselves.
BOTH_ENDS = (
    "both ends", "both sides", "each end", "either end", "beide enden", "beiden enden", "beiden seiten",
    "ambos extremos", "ambos lados", "ambas partes", "aux deux extrémités", "des deux côtés", "de chaque côté",
    "entrambi i lati", "entrambe le estremità", "ambas as pontas", "ambos os lados", "beide kanten", "beide uiteinden",
    "с обеих сторон", "с двух сторон", "по краям", "з обох боків", "oba końce", "z obu stron", "her iki uca",
    "her iki tarafa", "kedua ujung", "kedua sisi", "cả hai đầu", "hai đầu", "दोनों तरफ", "दोनों सिरों", "前后", "前後",
    "首尾", "头尾", "頭尾", "両端", "앞뒤", "양쪽 끝", "양끝",
    # 'on each side' / 'on either side' / 'each way': one amount on both sides, in every language that says so.
    "each side", "either side", "each way", "both ways", "both directions", "cada lado", "cada extremo",
    "cada ponta", "auf jeder seite", "an jeder seite", "an beiden seiten", "an jedem ende", "auf beiden seiten",
    "ogni lato", "ciascun lato", "entrambi i lati", "elke kant", "beide kanten", "с каждой стороны", "с каждого конца",
    "з кожного боку", "з кожної сторони", "z każdej strony", "na każdym końcu", "her iki tarafına", "her iki ucuna",
    "setiap sisi", "setiap ujung", "masing-masing sisi", "mỗi bên", "mỗi đầu", "हर तरफ", "दोनों ओर", "两边", "兩邊",
    "两端", "兩端", "两头", "兩頭", "両側", "양쪽", "på hver side", "på varje sida", "mindkét végére", "oběma koncům",
    # 'at both ends' in more of the 50 (blind set 23: 'forlæng nummeret med 20 sekunder i begge ender')
    "i begge ender", "i begge endar", "i båda ändar", "i båda ändarna", "på begge sider", "på båda sidor",
    "molemmissa päissä", "molempiin päihin", "la ambele capete", "în ambele capete", "na oba końce", "na obou koncích",
    "na oboch koncoch", "na oba kraja", "на оба краја", "на двата края", "και στις δύο άκρες", "בשני הצדדים",
    "في الطرفين", "من الطرفين", "در دو طرف", "از دو طرف", "dalawang dulo", "pande zote mbili", "nan de bout yo",
)  # fmt: skip
_BOTH = quick("|".join(re.escape(w) for w in sorted(BOTH_ENDS, key=len, reverse=True)))


# What may stand between the amount and the side words of 'both ends': a preposition, 'each', the add verb
# ('10 s at the start and the end', 'je 6 Sekunden', '各加10秒', '前后各延长10秒' as the cue pass wrote it: '各 extend');
# a comma or any other word ends the clause
# ('extend 10 s but keep the start and the end': not both ends).
_NEAR = quick(
    r"\s*(?:(?:at|to|on|in|of|onto|each|per|su|je|jeweils|por|cada|chacun|ciascuno|по|на|в|к|au|à|la|al|am|an|zum|"
    r"the|a|no|na|do|di|sa|ở|aan|het|i|op|till|på|toe|bij|hinzu|extend|add|各|加|加上|添加|再加|多|在|에|로|으로|에서|씩|ずつ|を|に|で)"
    r"\s*){0,3}$"
)


# A side the request says to leave as it is: '后面不用动', "don't touch the ending", 'hinten nix ändern'.
UNTOUCHED = quick(
    r"不用动|不要动|别动|不动|保持不变|不变|不用改|不要改|唔使郁|唔好郁|don'?t touch|do not touch|don'?t change|do not change|"
    r"leave (?:the |it )?\w* ?"
    r"(?:alone|as it is|as is)|keep the \w+ as|nicht ändern|nix ändern|nichts ändern|unverändert|lass\w* \w+ so|"
    r"no toques|no cambies|sin tocar|ne touche pas|ne change pas|non toccare|non cambiare|não mexa|não mude|"
    r"não toque|не трогай|не меняй|не чіпай|не змінюй|そのまま|触らないで|変えないで|건드리지|그대로|바꾸지|"
    r"niet aanraken|niet veranderen|nie zmieniaj|nie ruszaj|dokunma|değiştirme|jangan ubah|đừng đụng|giữ nguyên|"
    r"jangan diubah|jangan diganti|usibadilishe|usiguse|đừng đổi|đừng sửa|bleibt wie es ist|bleibt so|aynen kalsın|"
    r"déja\w* como está|déja\w* igual|laisse\w* comme|lascia\w* com'è|lascia\w* così|deixa\w* como está|"
    # (and as red team 58's side probes said it: 'não mexe no final', 'शुरुआत को मत छुओ', 'początek zostaw', 'началото
    # го остави', 'hagyd', 'la starten være', 'jätä alku ennalleen', 'άσε την αρχή', 'אל תיגע')
    r"não mex\w*|nao mex\w*|मत छुओ|मत बदल\w*|मत छेड़ो|रहने दो|zostaw|nechaj|nech být|nechej|ostavi|остави|оставь|залиш|"
    r"не пипай|ne diraj|не дирај|hagyd|låt \w+ vara|la \w+ være|lad \w+ være|ennalleen|ennallaan|άσε|άφησε|"
    r"όπως είναι|biarkan|để nguyên|زي ما هي|كما هي|אל תיגע|תשאיר",
    re.IGNORECASE,
)


# The sides as the cue pass wrote them, and as the languages write them where it did not.
_SIDE_NEAR = quick(
    r"(?<![^\W\d_])(?:start|end|beginning|ending|intro|outro|front|back|vorne|hinten|début|fin|principio|final|"
    r"inicio|começo|início|fim|inizio|fine|начал\w*|конц\w*|кінц\w*|початк\w*|đầu|cuối|awal\w*|akhir\w*|depan|"
    r"belakang|mwanzo\w*|mwisho\w*|anfang|ende|schluss|początek|koniec|końc\w*|začiat\w*|začát\w*|konec|"
    r"početak|kraj|началото|края|începutul|sfârșitul|finalul|elejét|elejet|végét|veget|begin|einde|eind|början|"
    r"slutet|starten|slutten|slutningen|alku\w*|loppu\w*|αρχή|τέλος|başına|başını|sonunu|शुरुआत|अंत|ההתחלה|הסוף|"
    r"البداية|النهاية)(?![^\W\d_])|前面|后面|後面|開頭|开头|结尾|結尾|"
    r"頭|尾|앞|뒤|끝|처음|最初|最後",
    re.IGNORECASE,
)


def untouched_side(text: str) -> bool:
    """Whether the request says to leave a side of the track as it is ('后面不用动', "don't touch the ending"), not
    something else in it ('don't touch the vocals', '보컬은 그대로')."""
    for m in UNTOUCHED.finditer(text):
        # The side is what follows ("don't touch the ending"), inside the words ('keep the start as it is') or, in
        # verb-final languages and where it is said first, right before them ('后面不用动', 'phần đầu giữ nguyên',
        # 'ending-nya jangan diubah', 'mwisho usibadilishe'), in the same clause.
        verb_final = m.group(0)[0] >= "\u3000"
        before = text[max(0, m.start() - (5 if verb_final else 16)) : m.start()]
        before = re.split(r"[,.;!?，。；]", before)[-1]
        if (
            _SIDE_NEAR.search(text[m.end() : m.end() + 14])
            or _SIDE_NEAR.search(m.group(0))
            or _SIDE_NEAR.search(before)
        ):
            return True
    return False


def both_ends(text: str, amount: tuple[int, int] | None = None) -> str | None:
    """The words that put one amount at both ends of a track, or None. With `amount` (the span of the one
    length in the text), only side words in the amount's own clause count. Not where a side is to be left as
    it is ('前面加10秒前奏，后面不用动')."""
    if untouched_side(text):
        return None
    for m in (*_PAIR.finditer(text), *_BOTH.finditer(text)):
        if amount is None:
            return m.group(0).strip()
        gap = text[amount[1] : m.start()] if m.start() >= amount[1] else text[m.end() : amount[0]]
        if _NEAR.fullmatch(gap):
            return m.group(0).strip()
    return None


# -- a start and a length ---------------------------------------------------------------------------------
# 'rifai 10 secondi a partire da 0:50', 'перегенерируй 10 секунд начиная с 0:30', '0:30から10秒間',
# '0:30부터 10초 동안', '从0:30开始重做10秒', 'der Teil ab 1:05 für 10 Sekunden', 'mulai 0:30 selama 15 detik' (id),
# 'bermula pada 2:00' (ms): one point in the track (m:ss,
# 'min 2', 'the 2 min mark'), one length in seconds, and a word that makes the point the start of that length
# (a 'from' word at the point, or a 'for/during' word at the length). Not where a 'to' word joins them as a
# range ('from 0:30 to 45 s', '20 s から 35 s まで'): that is `windows`'.
_START_BEFORE = quick(
    r"(?:^|[\s,(])(?:from|starting(?:\s+(?:at|from))?|beginning(?:\s+(?:at|from))?|start\s+at|starts\s+at|"
    r"empieza\s+en|comienza\s+en|começa\s+(?:em|no|aos)|commence\s+à|beginnt\s+bei|inizia\s+a|a\s+partir\s+d(?:e|el|o|a)|"
    r"a\s+partire\s+d(?:a|al|alla)|à\s+partir\s+d(?:e|u)|desde|dès|depuis|ab|von|vom|начиная\s+(?:с|со|от)|с|со|"
    r"от|від|починаючи\s+з|з|من|بدءًا\s+من|بدءا\s+من|ابتداءً\s+من|ابتداء\s+من|od|vanaf|fra|från|dari|mula\s+sa|"
    r"từ|kuanzia|από|de|da|del|do|dal|dalla|mulai(?:\s+(?:dari|pada))?|bermula(?:\s+(?:dari|pada))?)\s*(?:the\s+|el\s+|la\s+|le\s+|il\s+|o\s+)?(?:min\s+|s\s+)?$|(?:从|從|自|由)\s*$"
)
_START_AFTER = quick(
    r"\s*(?:から|より|부터|에서부터|से|开始|開始|起|'?dan|'?den|-?dən|-?tól|-?től|থেকে|ਤੋਂ|முதல்|இலிருந்து|லிருந்து|"
    r"నుండి|se(?=\s+(?:shuru|start|lekar|leke|\d)))"
)
_FOR_BEFORE = quick(
    r"(?:^|[\s,(])(?:for|pendant|durante|per|für|на|в\s+течение|during|por|gedurende|w\s+ciągu|για|selama|لمدة|"
    r"ولمدة|ومدة|مدة|(?:and\s+|y\s+|e\s+|et\s+|und\s+)?(?:lasts|dura|dure|dauert|duri|trvá|длится|триває))"
    r"(?:\s+(?:about|around|roughly|como|unos|unas|cerca\s+de|environ|etwa|circa|cerca|uns|umas|около|близько))?\s*$"
)
_FOR_AFTER = quick(r"\s*(?:間|ぶん|分|동안|lang\b|long\b)")
# 'the next 12 seconds' after a point ('direkt nach dem Intro (bis 0:18) die nächsten 12 Sekunden'): from it.
_NEXT_BEFORE = quick(
    r"(?<![^\W\d_])(?:the\s+|die\s+|los\s+|las\s+|les\s+|i\s+|gli\s+|le\s+|os\s+|as\s+|de\s+)?(?:next|following|"
    r"nächsten|naechsten|folgenden|siguientes|próximos|proximos|próximas|suivantes|prochaines|successivi|prossimi|"
    r"seguintes|следующие|наступні|następne|kolejne|další|volgende|nästa|neste|næste|seuraavat)\s*$"
)
_END_AFTER = quick(r"\s*(?:まで|까지|तक|为止|為止|до\b|bis\b)")
_POINT = quick(
    r"(?<![\d:.])(\d{1,3}):([0-5]\d)(?![\d:])|(?<![\w])(?:min|minute)\s+(\d{1,3})(?![\d:.]|,\d)|"  # 'ab Minute 2' (de, en)
    r"(?<![\w.:])(?:the\s+)?(\d{1,3})[\s-]*min(?:ute)?s?[\s-]+mark\b|"
    r"第\s*(\d{1,4})\s*s|"  # '第40秒' (the 40th second), as the unit pass wrote it
    # 'dal secondo 20' (the unit pass wrote 's 20'), '45秒目' (the 45th second), 'من الثانية 40' (from second 40)
    r"(?<=[\s,(])(?:s|الثانية|الثانيه)\s+(\d{1,3})(?![\d:.]|,\d|\s*(?:s|min)\b)|(?<![\w.:])(\d{1,3})\s*s\s*目|"
    # '1分から15秒間' (from minute 1), '30 सेकंड से शुरू करके' (starting from second 30): a length said as a place
    r"(?<![\w.:])(\d{1,3})\s*(min|s)(?=\s*(?:から|より|부터|에서부터|से\s+शुरू|से\s+start|se\s+shuru|开始|開始))|"
    # an ordinal second: 'à partir de la 40e seconde', 'from the 40th second', 'ab der 40. Sekunde'
    r"(?<![\w.:])(\d{1,3})(?:e|ème|eme|er|º|ª|°|\.|th|st|nd|rd)\s*s(?![^\W\d_])"
)
_LENGTH = quick(r"(?<![\w.:])(\d{1,3}(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?![a-z])")
_FROM_SECOND = quick(
    r"(?:^|[\s,(])(?:ab|from|starting\s+(?:at|from)|à\s+partir\s+de\s+la|a\s+partir\s+del|a\s+partir\s+do|"
    r"a\s+partire\s+dal|desde\s+el|vanaf|начиная\s+с|من\s+الثانية)\s*(?:the\s+|der\s+)?$"
)
_FOR_SECONDS = quick(r"(?:^|[\s,(])(?:for|für|pendant|durante|gedurende|в\s+течение|لمدة|ولمدة)\s*$")
# A point in seconds, in the groups of _POINT (only its 6th: 'N s' read as 'second N').
_SECONDS_POINT = quick(r"()()()()()(\d{1,3})\s*(?:s|secs?|seconds?)(?![a-z])()()()()")


_SECOND_EDIT = frozenset({"add", "extend", "and", "y", "et", "und", "e", "и", "і", "та", "و", "och", "og", "en"})


def start_and_length(text: str) -> str:
    """The one point and one length of an edit, as `m:ss-m:ss` where a word makes the point the length's
    start; else the text unchanged."""
    points: list[re.Match[str]] = list(_POINT.finditer(text))
    taken = bytearray(len(text) + 1)  # the points' characters: one look per length, linear in the text
    for point in points:
        taken[point.start() : point.end()] = b"\x01" * (point.end() - point.start())
    lengths = [m for m in _LENGTH.finditer(text) if not taken[m.start()]]
    if (
        not points
        and len(lengths) == 2
        and _FROM_SECOND.search(text[max(0, lengths[0].start() - 22) : lengths[0].start()])
    ):
        # 'ab Sekunde 30 für 10 Sekunden' (the unit pass wrote 'ab 30 s für 10 s'): from a second, for a length
        # (only these words: 'reemplaza el fade de 5 segundos por 10' is a length changed, not a window)
        p0 = _SECONDS_POINT.match(text, lengths[0].start())
        if p0 is not None and _FOR_SECONDS.search(text[max(0, lengths[1].start() - 16) : lengths[1].start()]):
            points, lengths = [p0], [lengths[1]]
    if len(points) != 1 or len(lengths) != 1:
        return text
    p, d = points[0], lengths[0]
    if p.group(5) is not None or p.group(6) is not None or p.group(7) is not None:
        start = int(p.group(5) or p.group(6) or p.group(7))
    elif p.group(8) is not None:
        start = int(p.group(8)) * (60 if p.group(9) == "min" else 1)
    elif p.group(10) is not None:
        start = int(p.group(10))
    else:
        minutes = int(p.group(1) or p.group(3) or p.group(4))
        start = minutes * 60 + (int(p.group(2)) if p.group(1) is not None else 0)
    seconds = float(d.group(1))
    gap = text[p.end() : d.start()] if p.end() <= d.start() else text[d.end() : p.start()]
    if len(gap) > 40 or any(ch.isdigit() for ch in gap) or not seconds or seconds != int(seconds):
        return text
    between = _words(gap)
    lasting = _FOR_BEFORE.search(text[max(0, d.start() - 30) : d.start()])
    if not lasting and (len(between) > 3 or any(w in _SECOND_EDIT for w in between)):
        return text  # 'from 1:00, and add 10 s at the end': a second clause, not this window's length
    duration = bool(
        _FOR_BEFORE.search(text[max(0, d.start() - 16) : d.start()])
        or _FOR_AFTER.match(text, d.end())
        or _NEXT_BEFORE.search(text[max(0, d.start() - 24) : d.start()])
    )
    started = bool(_START_BEFORE.search(text[max(0, p.start() - 22) : p.start()]) or _START_AFTER.match(text, p.end()))
    joined = (
        "partir" not in gap and any(w in TO_WORDS - FROM_WORDS - {"から", "부터", "से", "a", "i"} for w in _words(gap))
    ) or _END_AFTER.match(text, d.end())
    if not (duration or (started and not joined)):
        return text
    # The point becomes the window; the length and the words that joined them go (they are no style).
    spans = [p.span(), d.span()]
    for m, base in (
        (_START_BEFORE.search(text[max(0, p.start() - 22) : p.start()]), max(0, p.start() - 22)),
        (_FOR_BEFORE.search(text[max(0, d.start() - 16) : d.start()]), max(0, d.start() - 16)),
    ):
        if m is not None:
            spans.append((base + m.start(), base + m.end()))
    for m in (_START_AFTER.match(text, p.end()), _FOR_AFTER.match(text, d.end())):
        if m is not None:
            spans.append(m.span())
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out.append(text[last:a])
        out.append(f" {_mss(start)}-{_mss(start + seconds)} " if (a, b) == p.span() else " ")
        last = b
    out.append(text[last:])
    return "".join(out)
