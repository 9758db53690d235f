"""Generate src/ace_step_mcp/router/vocab_data.py: units of time and number words for the 50 languages
ACE-Step 1.5 sings in, from maintained sources, so the router's tables are data, not guesses.

    sh scripts/uv run --no-project --with babel==2.18.0 --with num2words==0.5.14 --with unicode-rbnf==2.4.1 \
        python scripts/gen_router_vocab.py

- Units (second, minute, hour; long, short and narrow forms, every plural form): CLDR through Babel
  (BSD-3-Clause), `babel.units.format_unit`.
- Language names (each of the 50 in each of the 50): CLDR through Babel.
- Units of what is no length of music (days to years, distances, sizes, shares): CLDR through Babel, and a short
  reviewed list of money (signs and the nouns people type); a number before one is never seconds.
- Number words 0-100 (and a few round lengths): `num2words` (LGPL-2.1), spelled out and inverted.
  Languages num2words does not cover are spelled by CLDR's rule-based number formats (RBNF) through
  `unicode-rbnf` (MIT) where CLDR has them (bg el hi ne sw ta), and get a small reviewed table below
  (HAND_NUMBERS) for the forms people type that the spell-out does not give (and for pa sa ur ht la tl,
  which CLDR's RBNF does not cover). The same rules give the gendered and case forms of the Slavic languages,
  Greek and Lithuanian.
No library here is a dependency of the server: only this generator uses them, and its output is committed.
"""

from __future__ import annotations

import functools
import pprint
import re
import unicodedata
from pathlib import Path

from babel.numbers import format_decimal
from babel.units import format_unit

LANGS = [
    "ar",
    "az",
    "bg",
    "bn",
    "ca",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fi",
    "fr",
    "he",
    "hi",
    "hr",
    "ht",
    "hu",
    "id",
    "is",
    "it",
    "ja",
    "ko",
    "la",
    "lt",
    "ms",
    "ne",
    "nl",
    "no",
    "pa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sa",
    "sk",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "th",
    "tl",
    "tr",
    "uk",
    "ur",
    "vi",
    "yue",
    "zh",
]
CLDR = {"no": "nb", "tl": "fil", "ht": "fr", "la": "it"}
ALSO = {"sr": ["sr_Latn"], "zh": ["zh_Hant"], "yue": ["yue_Hans"], "pa": ["pa_Arab"]}  # other scripts
NUM2WORDS = {"hr": "sr", "ms": "id"}  # close enough that num2words' neighbour spells the same words
VALUES = [*range(0, 101), 120, 150, 180, 200, 240, 300]
# Languages num2words does not spell whose CLDR spell-out rules unicode-rbnf has (its CLDR code for ours).
RBNF = {"bg": "bg", "el": "el", "hi": "hi", "ne": "ne", "sw": "sw", "ta": "ta"}
# Languages whose numbers change with gender and case ('с двадцати пяти до сорока секунд', 'od dwudziestu do
# trzydziestu pięciu sekund', 'τρεις', 'dvi'): every cardinal form CLDR's rules give, from 2 up (1's forms are
# articles too), besides num2words' one form. Not a form that is a common word as well: 'семью' (family).
RBNF_FORMS = ("bg", "cs", "el", "hr", "lt", "pl", "ru", "sk", "sr", "uk")
NOT_A_NUMBER = frozenset({"семью"})

# Reviewed by hand: the number words num2words does not spell (1-10 and the round lengths people type).
HAND_NUMBERS: dict[str, dict[str, float]] = {
    "bg": {
        "един": 1,
        "една": 1,
        "едно": 1,
        "два": 2,
        "две": 2,
        "три": 3,
        "четири": 4,
        "пет": 5,
        "шест": 6,
        "седем": 7,
        "осем": 8,
        "девет": 9,
        "десет": 10,
        "петнадесет": 15,
        "двадесет": 20,
        "тридесет": 30,
        "четиридесет": 40,
        "петдесет": 50,
        "шестдесет": 60,
        "деветдесет": 90,
        "половин": 0.5,
    },
    "el": {
        "ένα": 1,
        "μία": 1,
        "μια": 1,
        "ένας": 1,
        "δύο": 2,
        "τρία": 3,
        "τρεις": 3,
        "τέσσερα": 4,
        "τέσσερις": 4,
        "πέντε": 5,
        "έξι": 6,
        "επτά": 7,
        "εφτά": 7,
        "οκτώ": 8,
        "οχτώ": 8,
        "εννέα": 9,
        "εννιά": 9,
        "δέκα": 10,
        "δεκαπέντε": 15,
        "είκοσι": 20,
        "τριάντα": 30,
        "σαράντα": 40,
        "σαράντα πέντε": 45,
        "πενήντα": 50,
        "εξήντα": 60,
        "ενενήντα": 90,
        "μισό": 0.5,
        "εκατόν": 100,  # (a hundred before its tens: 'εκατόν σαράντα πέντε')
    },
    "hi": {
        "एक": 1,
        "दो": 2,
        "तीन": 3,
        "चार": 4,
        "पांच": 5,
        "पाँच": 5,
        "छह": 6,
        "छः": 6,
        "सात": 7,
        "आठ": 8,
        "नौ": 9,
        "दस": 10,
        "पंद्रह": 15,
        "बीस": 20,
        "पच्चीस": 25,
        "तीस": 30,
        "चालीस": 40,
        "पैंतालीस": 45,
        "पचास": 50,
        "साठ": 60,
        "नब्बे": 90,
        "डेढ़": 1.5,
        "ढाई": 2.5,
        "आधा": 0.5,
        "सौ": 100,
        "डेढ़ सौ": 150,
        "ढाई सौ": 250,
    },
    "ne": {
        "एक": 1,
        "दुई": 2,
        "तीन": 3,
        "चार": 4,
        "पाँच": 5,
        "छ": 6,
        "सात": 7,
        "आठ": 8,
        "नौ": 9,
        "दश": 10,
        "दस": 10,
        "पन्ध्र": 15,
        "बीस": 20,
        "तीस": 30,
        "चालीस": 40,
        "पचास": 50,
        "साठी": 60,
        "नब्बे": 90,
        "डेढ": 1.5,
        "आधा": 0.5,
    },
    "sa": {
        "एकम्": 1,
        "एक": 1,
        "द्वे": 2,
        "द्वि": 2,
        "त्रीणि": 3,
        "चत्वारि": 4,
        "पञ्च": 5,
        "षट्": 6,
        "सप्त": 7,
        "अष्ट": 8,
        "नव": 9,
        "दश": 10,
        "पञ्चदश": 15,
        "विंशतिः": 20,
        "विंशति": 20,
        "त्रिंशत्": 30,
        "षष्टिः": 60,
        "षष्टि": 60,
        "शतम्": 100,
        "द्विशतम्": 200,
        "त्रिशतम्": 300,
    },
    "pa": {
        "ਇੱਕ": 1,
        "ਇਕ": 1,
        "ਦੋ": 2,
        "ਤਿੰਨ": 3,
        "ਚਾਰ": 4,
        "ਪੰਜ": 5,
        "ਛੇ": 6,
        "ਸੱਤ": 7,
        "ਅੱਠ": 8,
        "ਨੌਂ": 9,
        "ਦਸ": 10,
        "ਪੰਦਰਾਂ": 15,
        "ਵੀਹ": 20,
        "ਤੀਹ": 30,
        "ਚਾਲੀ": 40,
        "ਪੰਜਾਹ": 50,
        "ਸੱਠ": 60,
        "ਨੱਬੇ": 90,
        "ਡੇਢ": 1.5,
        "ਅੱਧਾ": 0.5,
        "ਸੌ": 100,
        "ਇੱਕ ਸੌ": 100,
        "ਦੋ ਸੌ": 200,
        "ਤਿੰਨ ਸੌ": 300,
        "ਡੇਢ ਸੌ": 150,
        "ਢਾਈ ਸੌ": 250,
    },
    "ur": {
        "ایک": 1,
        "دو": 2,
        "تین": 3,
        "چار": 4,
        "پانچ": 5,
        "چھ": 6,
        "سات": 7,
        "آٹھ": 8,
        "نو": 9,
        "دس": 10,
        "گیارہ": 11,
        "بارہ": 12,
        "تیرہ": 13,
        "چودہ": 14,
        "پندرہ": 15,
        "سولہ": 16,
        "سترہ": 17,
        "اٹھارہ": 18,
        "انیس": 19,
        "بیس": 20,
        "پچیس": 25,
        "تیس": 30,
        "چالیس": 40,
        "پینتالیس": 45,
        "پچاس": 50,
        "ساٹھ": 60,
        "نوے": 90,
        "ڈیڑھ": 1.5,
        "ڈھائی": 2.5,
        "آدھا": 0.5,
        # (hundreds with their count: a lone 'سو' is also 'side' in Persian)
        "ایک سو": 100,
        "دو سو": 200,
        "تین سو": 300,
        "ڈیڑھ سو": 150,
        "ڈھائی سو": 250,
    },
    "ta": {
        "ஒன்று": 1,
        "ஒரு": 1,
        "இரண்டு": 2,
        "மூன்று": 3,
        "நான்கு": 4,
        "ஐந்து": 5,
        "ஆறு": 6,
        "ஏழு": 7,
        "எட்டு": 8,
        "ஒன்பது": 9,
        "பத்து": 10,
        "பதினைந்து": 15,
        "இருபது": 20,
        "முப்பது": 30,
        "நாற்பது": 40,
        "ஐம்பது": 50,
        "அறுபது": 60,
        "தொண்ணூறு": 90,
        "அரை": 0.5,
        "ஒன்றரை": 1.5,  # (a half joined to its count: 'இரண்டரை நிமிடம்', two and a half minutes)
        "இரண்டரை": 2.5,
        "மூன்றரை": 3.5,
        "நான்கரை": 4.5,
        "நாலரை": 4.5,
        "நூற்று": 100,  # (a hundred before its tens: 'நூற்று இருபது')
        "இருநூற்று": 200,
        "முந்நூற்று": 300,
    },
    "ht": {
        "youn": 1,
        "de": 2,
        "twa": 3,
        "kat": 4,
        "senk": 5,
        "sis": 6,
        "sèt": 7,
        "uit": 8,
        "nèf": 9,
        "dis": 10,
        "kenz": 15,
        "ven": 20,
        "trant": 30,
        "karant": 40,
        "senkant": 50,
        "swasant": 60,
        "katreven-dis": 90,
        "mwatye": 0.5,
        # (a lone 'san' is also 'without': hundreds with their count only)
        "de san": 200,
        "twa san": 300,
    },
    "la": {
        "unus": 1,
        "una": 1,
        "unum": 1,
        "duo": 2,
        "duae": 2,
        "tres": 3,
        "tria": 3,
        "quattuor": 4,
        "quinque": 5,
        "sex": 6,
        "septem": 7,
        "octo": 8,
        "novem": 9,
        "decem": 10,
        "quindecim": 15,
        "viginti": 20,
        "triginta": 30,
        "quadraginta": 40,
        "quinquaginta": 50,
        "sexaginta": 60,
        "nonaginta": 90,
        "centum": 100,
        "ducenti": 200,
        "ducentae": 200,
        "ducenta": 200,
        "trecenti": 300,
        "trecentae": 300,
        "trecenta": 300,
    },
    "sw": {
        "moja": 1,
        "mbili": 2,
        "tatu": 3,
        "nne": 4,
        "tano": 5,
        "sita": 6,
        "saba": 7,
        "nane": 8,
        "tisa": 9,
        "kumi": 10,
        "kumi na tano": 15,
        "ishirini": 20,
        "thelathini": 30,
        "arobaini": 40,
        "arobaini na tano": 45,
        "hamsini": 50,
        "sitini": 60,
        "tisini": 90,
        "nusu": 0.5,
    },
    "tl": {
        "isa": 1,
        "dalawa": 2,
        "tatlo": 3,
        "apat": 4,
        "lima": 5,
        "anim": 6,
        "pito": 7,
        "walo": 8,
        "siyam": 9,
        "sampu": 10,
        "labinlima": 15,
        "dalawampu": 20,
        "tatlumpu": 30,
        "apatnapu": 40,
        "apatnapu't lima": 45,
        "limampu": 50,
        "animnapu": 60,
        "siyamnapu": 90,
        "kalahati": 0.5,
        "sandaan": 100,
        "isang daan": 100,
        "dalawang daan": 200,
        "tatlong daan": 300,
    },
    "ms": {"lapan": 8, "setengah": 0.5, "separuh": 0.5},
    # Gendered and counting forms num2words spells otherwise ("dva" but "dvě minuty", "kettő" but "két perc").
    "fi": {
        "kahden": 2,
        "kolmen": 3,
        "neljän": 4,
        "viiden": 5,
        "kuuden": 6,
        "kymmenen": 10,
        "puolen": 0.5,
        "puolentoista": 1.5,
        "kahdenkymmenen": 20,
        "kolmenkymmenen": 30,
    },
    "cs": {"dvě": 2, "jedna": 1, "jednu": 1, "půl": 0.5, "jeden a půl": 1.5},
    "sk": {"dve": 2, "jednu": 1, "pol": 0.5},
    "pl": {"dwie": 2, "jedną": 1, "pół": 0.5, "półtorej": 1.5},
    "hu": {"két": 2, "fél": 0.5, "másfél": 1.5},
    "lt": {"dvi": 2, "vieną": 1, "pusė": 0.5, "pusantros": 1.5},
    "ru": {"две": 2, "одну": 1, "одна": 1, "полторы": 1.5, "полминуты": 0.5},
    "uk": {"дві": 2, "одну": 1, "одна": 1, "півтори": 1.5},
    "sr": {"dve": 2, "dvije": 2, "две": 2, "jednu": 1, "pola": 0.5},
    "hr": {"dvije": 2, "jednu": 1, "pola": 0.5},
    "ro": {"două": 2, "doua": 2, "o": 1},
    "pt": {"duas": 2, "uma": 1, "meio": 0.5, "meia": 0.5},
    "ca": {"dues": 2, "mig": 0.5},
    "de": {"eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "halbe": 0.5},
    "nl": {"anderhalve": 1.5, "anderhalf": 1.5, "halve": 0.5},
    "sv": {"ett": 1, "halv": 0.5},
    "no": {"ett": 1, "halv": 0.5},
    "da": {"et": 1, "halv": 0.5},
    "is": {"tvær": 2, "tvo": 2, "ein": 1},
    "id": {"setengah": 0.5, "satu setengah": 1.5},
}
# Spellings num2words gets wrong, reviewed by hand: (the form it spells, the standard one) at the start of a word.
# Swedish forty is 'fyrtio' ('fyrtiofem', 45); num2words spells 'förtio', which is kept as well.
NUM2WORDS_SPELLING: dict[str, tuple[str, str]] = {"sv": ("förtio", "fyrtio")}
# Units CLDR lacks for a language (Latin has no CLDR units) or forms people type that it does not list.
HAND_UNITS: dict[str, dict[str, list[str]]] = {
    "la": {
        "s": ["secunda", "secundae", "secundas", "secundis", "secundarum"],
        "min": ["minuta", "minutae", "minutas", "minutis", "minutarum"],
        "h": ["hora", "horae", "horas", "horis"],
    },
    "ht": {"s": ["segonn", "sgonn"], "min": ["minit"], "h": ["èdtan", "è"]},
    # Case forms CLDR's plural patterns do not list: Finnish and Greek genitives ("kahden minuutin", "δύο λεπτών").
    "fi": {"s": ["sekunnin", "sekunnit", "sekunnissa"], "min": ["minuutin", "minuutit", "minuutissa"]},
    "el": {"s": ["δευτερολέπτων"], "min": ["λεπτών"]},
}
# Spelled-out numbers that are also everyday words of another language: read as numbers only where the
# text is that language's unit next to them (kept out of the shared table).
AMBIGUOUS = {
    "de",
    "en",
    "se",
    "a",
    "o",
    "e",
    "i",
    "y",
    "un",
    "una",
    "une",
    "nove",
    "sei",
    "tre",
    "sex",
    "lima",
    "dis",
    "ven",
    "nu",
    "no",
    "na",
    "ni",
    "et",
}


def _strip_number(text: str, number: str) -> str:
    text = text.replace(number, " ")
    text = "".join(" " if unicodedata.category(c) in ("Zs", "Nd") else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def units() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    kinds = (("duration-second", "s"), ("duration-minute", "min"), ("duration-hour", "h"))
    for lang in LANGS:
        table: dict[str, set[str]] = {"s": set(), "min": set(), "h": set()}
        for locale in [CLDR.get(lang, lang), *ALSO.get(lang, [])]:
            for unit, key in kinds:
                for length in ("long", "short", "narrow"):
                    for value in (0, 1, 2, 3, 5, 11, 21, 22, 100, 1.5):  # every plural form
                        formatted = format_unit(value, unit, locale=locale, length=length)
                        if unit in formatted:  # CLDR has no such form: Babel answers with the unit's id
                            continue
                        word = _strip_number(formatted, format_decimal(value, locale=locale)).lower()
                        if word and not any(c.isdigit() for c in word):
                            table[key].add(word)
        for key, extra in HAND_UNITS.get(lang, {}).items():
            table[key].update(extra)
        out[lang] = {k: sorted(v, key=lambda w: (-len(w), w)) for k, v in table.items()}
    return out


# Units of what is not a length of music: a number before one of them is a date, an age, a distance, a size, a share
# or a price ('22 metai', '4 GB', '900 km', '10 eura', '1000일'), never seconds.
OTHER_UNIT_IDS = (
    "duration-day", "duration-week", "duration-month", "duration-year", "length-kilometer", "length-meter",
    "mass-kilogram", "digital-gigabyte", "digital-megabyte", "concentr-percent",
)  # fmt: skip
# Short words kept though under three letters (abbreviations of the units above), and signs and names CLDR spells
# otherwise or not at all.
SHORT_KEPT = frozenset({"km", "kg", "gb", "mb", "tb", "%"})
HAND_OTHER = ["€", "$", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "฿", "yen", "won", "lei", "лв", "kč", "zł", "ft",
              "kr", "eur", "usd", "euro", "euros", "eura", "dólar", "dólares", "dolares", "dollars", "bucks",
              "pesos", "reais", "rupees", "rupiah", "ringgit", "lira", "лир", "рублей", "рубля", "гривень", "гривні",
              "долларов", "доллара", "دولار", "ريال", "جنيه", "درهم", "تومان", "ریال", "روپے", "रुपये", "रुपए",
              "টাকা", "만원", "원", "円", "元", "块", "塊", "蚊", "shilingi", "บาท", "euroa", "evro", "evra", "eure",
              "eurot", "eurų", "ευρώ", "יורו", "يورو", "یورو", "dolar", "dolara", "dolarów", "dolary", "dolarů",
              "dollar", "dollari", "dollaro", "долар", "долара", "доларів", "δολάρια", "דולר", "ڈالر", "डॉलर",
              "ডলার", "டாலர்", "డాలర్", "đô", "lari", "lire", "rupee", "rupia", "rupias", "рупий", "tenge", "manat",
              "lev", "leva", "лева", "kuna", "korun", "koruna", "kroner", "kronor", "krónur", "zloty", "złote",
              "forintot", "forint", "liras", "shekel", "shekels", "שקל", "שקלים", "ש״ח", "riyal", "riyals", "baht",
              "peso", "rubles", "рубль", "рублів", "грн", "бат", "тенге"]  # fmt: skip


def _is_cjk(word: str) -> bool:
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)


def _is_lcg(word: str) -> bool:
    # (Latin, Greek, Cyrillic and Armenian below U+0530, and Vietnamese letters in Latin Extended Additional)
    return all(c < "\u0530" or "\u1e00" <= c <= "\u1eff" for c in word)


def other_units(time_words: set[str]) -> list[str]:
    words: set[str] = set(HAND_OTHER)
    for lang in LANGS:
        for locale in [CLDR.get(lang, lang), *ALSO.get(lang, [])]:
            found: list[str] = []
            for unit in OTHER_UNIT_IDS:
                for length in ("long", "short"):
                    for value in (1, 2, 3, 5, 11, 21, 22, 100):
                        formatted = format_unit(value, unit, locale=locale, length=length)
                        if unit in formatted:
                            continue
                        found.append(_strip_number(formatted, format_decimal(value, locale=locale)))
            # (currency names are left out: their words are adjectives as often as nouns, 'New Taiwan dollar',
            # 'dólar estadounidense', 'yeni', 'baru' (new); the nouns people type are in HAND_OTHER)
            for phrase in found:
                for word in phrase.lower().split():
                    word = word.strip(".,()")
                    if not word or any(c.isdigit() for c in word) or word in time_words:
                        continue
                    # (in Latin, Cyrillic and Greek letters four at least: 'ans', 'dia', 'an' are other words too;
                    # in other scripts a letter may take two code points: 'दिन', 'يوم', 'יום', 'บาท')
                    if _is_cjk(word) or len(word) >= 4 or word in SHORT_KEPT or (len(word) >= 3 and not _is_lcg(word)):
                        words.add(word)
    # (Korean '주' (week) is also 'give' ('320 주세요'), '동' (dong) 'during', '신' 'new'; Chinese '米' (metre) 'rice')
    # (Hebrew 'של' is 'of'; Arabic 'كم' is also 'how much', 'لو' 'if')
    # (French 'pour cent' gives 'pour' (for) and 'cent'; Portuguese 'real' is English 'real')
    words -= {"주", "동", "신", "米", "של", "كم", "لو", "pour", "cent", "real"}
    return sorted(words, key=lambda w: (-len(w), w))


@functools.cache
def _rbnf(code: str):  # (unicode_rbnf's engine, imported only here; built once per language, not per number)
    from unicode_rbnf import RbnfEngine

    return RbnfEngine.for_language(code)


def _ones_of(lang: str) -> set[str]:
    """The word for 1 in each gender CLDR's spell-out rules give ('eitt', 'ein', 'einn'), where they have the language."""
    try:
        forms = _rbnf(lang).format_number(1).text_by_ruleset
    except Exception:  # (unicode-rbnf raises its own error for a language it does not have)
        return set()
    return {form.lower() for name, form in forms.items() if name.startswith("spellout-") and " " not in form}


def numbers() -> dict[str, dict[str, float]]:
    from num2words import num2words

    out: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        table: dict[str, float] = {}
        source = NUM2WORDS.get(lang, lang)
        for value in VALUES:
            try:
                word = num2words(value, lang=source)
            except NotImplementedError:
                if lang not in RBNF:
                    break
                word = _rbnf(RBNF[lang]).format_number(value).text
            table[str(word).lower()] = value
        for word, value in HAND_NUMBERS.get(lang, {}).items():
            table[word] = value
        if lang in NUM2WORDS_SPELLING:
            wrong, right = NUM2WORDS_SPELLING[lang]
            for word, value in list(table.items()):
                if word.startswith(wrong):
                    table.setdefault(right + word[len(wrong) :], value)
        if lang in RBNF_FORMS:
            engine = _rbnf(lang)
            for value in VALUES:
                if value < 2:
                    continue
                for name, form in engine.format_number(value).text_by_ruleset.items():
                    form = form.lower()
                    if name.startswith("spellout-cardinal") and form not in NOT_A_NUMBER:
                        for typed in dict.fromkeys((form, form.replace("ʼ", "'"), form.replace("ʼ", "’"))):
                            table.setdefault(typed, value)
        # A hundred said without its 'one' ('šimtas devyniasdešimt du', 'hundred and twenty', 'hundrede og tyve',
        # 'hundratjugo', 'hundrað og tuttugu'), as people say it: the 'one' in any of its genders, apart or written
        # on. Not in Thai, which has no spaces ('ร้อย' is in 'เรียบร้อย', done), nor Persian's and Urdu's 'سو' (side).
        ones = {w for w, v in table.items() if v == 1 and " " not in w} | _ones_of(lang)
        hundreds = [w for w, v in table.items() if v == 100]
        for one in sorted(ones, key=len, reverse=True):
            for hundred in hundreds:
                bare = hundred[len(one) :].lstrip()
                if lang == "th" or not hundred.startswith(one) or len(bare) < 2 or bare == "سو" or " " in bare:
                    continue
                for word, value in list(table.items()):
                    if 100 <= value < 200 and word.startswith(hundred):
                        table.setdefault(bare + word[len(hundred) :], value)
        if lang == "tl":
            # Tagalog links a number to its noun: "dalawang minuto", "apat na segundo".
            for word, value in list(table.items()):
                table[word + "ng" if word[-1] in "aeiou" else word + " na"] = value
        table = {w: v for w, v in table.items() if not re.fullmatch(r"[\d\s.,]+", w)}
        out[lang] = table
    return out


def language_names() -> dict[str, str]:
    """The name of each of the 50 languages in each of the 50 (CLDR, through Babel): "español", "spanisch",
    "испанский", "スペイン語" → "es". A name two languages share is left out."""
    from babel import Locale

    names: dict[str, set[str]] = {}
    for lang in LANGS:
        locale = Locale.parse(CLDR.get(lang, lang))
        for target in LANGS:
            name = locale.languages.get(CLDR.get(target, target) if target not in ("ht", "la") else target)
            if name and len(name) >= 3:
                names.setdefault(name.lower(), set()).add(target)
    return {name: next(iter(codes)) for name, codes in sorted(names.items()) if len(codes) == 1}


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "src/ace_step_mcp/router/vocab_data.py"
    time_words = {w for table in units().values() for ws in table.values() for w in ws}
    body = (
        '"""Generated by scripts/gen_router_vocab.py from CLDR (Babel) and num2words; do not edit by hand."""\n\n'
        "# fmt: off\n"
        f"UNITS: dict[str, dict[str, list[str]]] = {pprint.pformat(units(), width=118, compact=True)}\n\n"
        f"NUMBERS: dict[str, dict[str, float]] = {pprint.pformat(numbers(), width=118, compact=True)}\n\n"
        f"OTHER_UNITS: tuple[str, ...] = {pprint.pformat(tuple(other_units(time_words)), width=118, compact=True)}\n\n"
        f"AMBIGUOUS: frozenset[str] = frozenset({sorted(AMBIGUOUS)!r})\n\n"
        f"LANGUAGE_NAMES: dict[str, str] = {pprint.pformat(language_names(), width=118, compact=True)}\n"
        "# fmt: on\n"
    )
    target.write_text(body, encoding="utf-8")
    print(f"wrote {target} ({len(body)} characters)")


if __name__ == "__main__":
    main()
