"""The 50 languages ACE-Step 1.5 sings in (its VALID_LANGUAGES), by code and by name."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ace_step_mcp.router.quick import quick

NAMES = {
    "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole",
    "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "la": "Latin", "lt": "Lithuanian", "ms": "Malay", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian",
    "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit",
    "sk": "Slovak", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "yue": "Cantonese",
    "zh": "Chinese",
}  # fmt: skip
_ALIASES = {"farsi": "fa", "filipino": "tl", "mandarin": "zh", "nb": "no", "bokmal": "no", "bokmål": "no",
            "haitian": "ht", "creole": "ht", "malaysian": "ms", "chinese (cantonese)": "yue", "fil": "tl",
            "zh-cn": "zh", "zh-tw": "zh", "zh-hk": "yue", "pt-br": "pt", "en-us": "en", "en-gb": "en"}  # fmt: skip


def language_code(value: str) -> str | None:
    """'ja', 'JA', 'Japanese', 'pt-BR' → the code ACE Step knows, or None."""
    v = value.strip().lower()
    if v in NAMES:
        return v
    if v in _ALIASES:
        return _ALIASES[v]
    for code, name in NAMES.items():
        if name.lower() == v:
            return code
    head = v.split("-")[0].split("_")[0]
    return head if head in NAMES else None


# Words that say a piece is sung, in the 50 languages (stems end in *): a language's name counts as the
# language of the vocals only next to one of them ('una canción en español', not 'guitarra española').
_SUNG = (
    "vocal*, voice*, sing*, sung, song*, lyric*, rap, rapped, choir, canta*, canción*, cancion*, chanson*, chant*, "
    "lied*, gesang*, gesungen, canzon*, voce, voz, vocais, zang*, gezongen, песн*, поёт, поет, поют, пою, петь, спеть, пели, пел, вокал*, голос*, "
    "спой, спет*, пісн*, співа*, песен, şarkı*, söyle*, lagu, nyanyi*, bài hát, hát, kanta*, awit, wimbo, kuimba, "
    "chante, ének*, dal, dalt, laulu*, sång*, sang, synge*, syng*, śpiew*, piosenk*, píseň, písn*, zpěv*, spev*, zpív*, spiev*, "
    "pieseň, piesn*, pjesm*, pesm*, pesn*, песм*, cântec*, cânta*, dain*, söng*, lag, sungið, canç*, cant, "
    "schlager*, balad*, ballad*, mahnı*, visa, visor, carmen, carmin*, τραγούδι*, φωνητικ*, "
    "τραγουδ*, آواز, غناء, أغنية, اغنية, ترانه, שיר, שירה, גאנא, गाना, गाने, गीत*, गाय*, গান, গাও*, பாடல், பாடு*, பாட்டு*, "
    "పాట, పాడు*, ਗੀਤ, ਗਾਣਾ, گانا, گیت, เพลง, ร้อง*, bài, cântă, kuimba, chanté, 歌, 唱, ボーカル, ヴォーカル, 보컬, 노래, 가사, 발라드, "
    # typed in Latin letters (bn, ne, hi, ta, te, fa, vi, ja, ko) and sung genres named in the script
    "gaoa, gaowa, gaana, gaane, gaune, geet, paatu, paadu*, paadal, paata, khunde, khoonde, sarki*, "
    "khundan, bai hat, utatte, utau, utatta, norae, خونده, خوانده, شيلة, شيله, गीयमान*, laulettu*, levenslied*, "
    "nederlandstalig*, "
    # the words of a song ('angol szöveggel', 'paroles en anglais', 'letra en inglés', 'lirik bahasa Inggris')
    "szöveg*, paroles, letra, letras, testo, texto, lirik, liriknya, sözler*, sözleri*"
)
# Everyday names CLDR lists under another form (its zh names the written languages).
_MORE_NAMES = {
    "粤语": "yue",
    "粵語": "yue",
    "广东话": "yue",
    "廣東話": "yue",
    "中文": "zh",
    "普通话": "zh",
    "普通話": "zh",
    "国语": "zh",
    "國語": "zh",
    "华语": "zh",
    "華語": "zh",
    "日语": "ja",
    "日文": "ja",
    "韩语": "ko",
    "韓語": "ko",
    "英文": "en",
    "英语": "en",
    "한국어": "ko",
    "일본어": "ja",
    "중국어": "zh",
    # native adjectives and forms CLDR does not list: 'česká písnička', 'på norsk', 'בעברית'
    "广东歌": "yue",
    "廣東歌": "yue",
    "粤语歌": "yue",
    "粵語歌": "yue",
    "česk": "cs",
    "čeština": "cs",
    "slovensk": "sk",
    "slovenčin": "sk",
    "suomeksi": "fi",
    "suomenkiel": "fi",
    "norsk": "no",
    "nynorsk": "no",
    "svensk": "sv",
    "српск": "sr",
    "srpsk": "sr",
    "hrvatsk": "hr",
    "kreyòl": "ht",
    "kreyol": "ht",
    "tagalog": "tl",
    "magyar": "hu",
    "हिंदी": "hi",
    "हिन्दी": "hi",
    "ไทย": "th",
    "עברית": "he",
    "בעברית": "he",
    "deutsch": "de",
    "lietuvišk": "lt",
    "íslensk": "is",
    "dansk": "da",
    "بالعربي": "ar",
    # Arabic dialects are Arabic to sing in ('باللهجة المصرية', 'بالمصري', 'بالخليجي', 'باللبناني', 'بالشامي')
    "باللهجة": "ar",
    "بالمصري": "ar",
    "بالخليجي": "ar",
    "باللبناني": "ar",
    "بالشامي": "ar",
    "بالعراقي": "ar",
    "بالمغربي": "ar",
    "farsi": "fa",
    "بالفارسي": "fa",
    "in romana": "ro",
    "în romana": "ro",
    "pe romana": "ro",  # ('romana' alone: Rome's)
    # Japanese and Korean names of the languages people ask to sing in most ('英語で歌う', '영어로 부르는')
    "英語": "en",
    "韓国語": "ko",
    "中国語": "zh",
    "スペイン語": "es",
    "フランス語": "fr",
    "ドイツ語": "de",
    "イタリア語": "it",
    "ポルトガル語": "pt",
    "ロシア語": "ru",
    "アラビア語": "ar",
    "영어": "en",
    "스페인어": "es",
    "프랑스어": "fr",
    "독일어": "de",
    "西班牙语": "es",
    "法语": "fr",
    "德语": "de",
    # ... and as people type the languages of other scripts in Latin letters ('pesen na balgarski', 'na russkom',
    # 'sta ellinika', 'be ivrit', 'nihongo de', 'tieng viet')
    "balgarski": "bg",
    "bulgarski": "bg",
    "russkom": "ru",
    "po-russki": "ru",
    "ukrainskoyu": "uk",
    "ukrainskou": "uk",
    "ellinika": "el",
    "elliniká": "el",
    "ivrit": "he",
    "nihongo": "ja",
    "hangugeo": "ko",
    "tieng viet": "vi",
    "tiếng việt": "vi",
    "putonghua": "zh",
    "zhongwen": "zh",
}
# A name of a language typed without its accents that is a person's name or another word ('Frances', 'Roman').
_FOLDED_NAMES_OF_PEOPLE = frozenset({"frances", "romana", "roman", "romani", "kinai", "torok", "heber", "danes"})
_NOT_VOCAL_NAMES = frozenset(
    {
        "latin",
        "latino",
        "latina",
        "latim",
        "latein",
        "latijn",
        "latino-americano",
        # a people, a country or a novel, not a language: 'Roman legion', 'canzone romana',
        # 'un roman de Victor Hugo', 'my trip to Japan', 'love Frances'
        "roman",
        "romana",
        "romano",
        "japan",
        "frances",
        "fars",  # Danish and Norwegian 'fars' is a father's ('min fars 70 års fødselsdag'); Persian is 'farsça' too
        "kanto",  # a cut name's stem, and the start of 'kantor' (an office in Indonesian, Malay and Polish)
    }
)


def _spaced(word: str) -> bool:
    """Written with spaces between words; Thai, Lao, Khmer and Burmese run words together like Chinese."""
    if any("\u0e00" <= c <= "\u0eff" or "\u1000" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff" for c in word):
        return False
    return word.isascii() or any(c.isalpha() and ord(c) < 0x3000 for c in word)


_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d")


@lru_cache(maxsize=1)
def _tables() -> tuple[
    dict[str, list[tuple[str, bool]]], list[str], dict[str, list[tuple[str, str]]], list[tuple[str, str]]
]:
    """Sung words and language names of spaced scripts by their first letters (they must start a word),
    the others (Chinese, Japanese, Thai, ...) as short lists looked for as they are: one pass per request."""
    from ace_step_mcp.router.cues import fold
    from ace_step_mcp.router.vocab_data import LANGUAGE_NAMES

    sung_heads: dict[str, list[tuple[str, bool]]] = {}
    sung_free: list[str] = []
    for raw in (w.strip() for w in _SUNG.split(",")):
        if not raw:
            continue
        word = raw.rstrip("*")
        if _spaced(raw):
            sung_heads.setdefault(word[:2], []).append((word, raw.endswith("*")))
        else:
            sung_free.append(word)
    by_head: dict[str, list[tuple[str, str]]] = {}
    unspaced: list[tuple[str, str]] = []
    folded_names: list[tuple[str, str]] = []
    for name, code in {**LANGUAGE_NAMES, **_MORE_NAMES}.items():
        clean = name.strip(" :")
        if clean in _NOT_VOCAL_NAMES or clean.startswith(("latin", "latein", "latijn")) or len(clean) < 2:
            continue
        if not _spaced(clean):
            unspaced.append((clean, code))
            continue
        # An Arabic name is listed with its article ('العربية'); a song says 'أغنية عربية' or 'بالعربية'.
        forms = [clean, clean[2:], "ب" + clean] if clean.startswith("ال") and len(clean) > 4 else [clean]
        if "\u05d0" <= clean[0] <= "\u05ea":
            forms += ["ב" + clean, "ל" + clean]  # Hebrew joins 'in' and 'to' to the name: 'שיר באנגלית' (in English)
        if clean.endswith("ska") and clean.isalpha():
            forms.append(clean[:-1] + "u")  # Icelandic 'á ensku', 'á þýsku' (in English, in German): the dative
        folded = fold(clean)
        if (
            folded != clean
            and len(folded) >= 6
            and folded not in _FOLDED_NAMES_OF_PEOPLE
            and not folded.startswith("latin")
            and all(c.isascii() or "LATIN" in unicodedata.name(c, "") or not c.isalpha() for c in clean)
        ):
            # Typed without accents on a phone ('tieng viet', 'portugues'): the whole name only, not its stem
            # ('ruština' folded and cut would be 'rusti', the start of Dutch 'rustige').
            folded_names.append((folded, code))
        for form in forms:
            stem = form[:-2] if len(form) >= 7 else form  # 'испанск|ом', 'spanisch|e', 'polsk|u'
            if stem in _NOT_VOCAL_NAMES:
                continue  # 'japansk' cut to 'japan', 'romanès' to 'roman': a country or a people, as a stem
            if stem[-1] in _VIRAMAS:
                stem = stem[:-1]  # 'தமிழ்' is 'தமிழில்' in a sentence: the case ending replaces the virama
            by_head.setdefault(stem[:3], []).append((stem, code))
    for folded, code in folded_names:  # only where no name of the table already reads it ('punjābī': 'punja')
        if not any(folded.startswith(stem) for stem, _ in by_head.get(folded[:3], ())):
            by_head.setdefault(folded[:3], []).append((folded, code))
    for bucket in by_head.values():
        bucket.sort(key=lambda e: -len(e[0]))
    return sung_heads, sung_free, by_head, unspaced


# 'french horn', 'spanish guitar', 'guitarra española' is a style: a name next to an instrument is no language.
_INSTRUMENT_AFTER = quick(
    r"[^\W\d_]*\s+(?:horns?|guitars?|guitarra|gitarre|guitare|chitarra|harp|bagpipes?|flutes?|drums?|percussion|"
    r"piano|accordion|fiddle|style|kiss|toast|fries)\b"
)
_INSTRUMENT_BEFORE = quick(
    r"(?:guitarra|guitare|chitarra|gitara|gitarre|гитара|guitar|horn|cor|trompa|flauta|flûte|flauto|arpa|harpe)\s+$"
)


def names_an_instrument(text: str, start: int, end: int) -> bool:
    """Whether a language name at text[start:end] qualifies an instrument ('french horn', 'guitarra española')."""
    return bool(_INSTRUMENT_AFTER.match(text, end) or _INSTRUMENT_BEFORE.search(text[max(0, start - 12) : start]))


_WORD_START = quick(r"(?<![^\W\d_])[^\W\d_]")


def _is_sung(text: str, starts: list[int]) -> bool:
    sung_heads, sung_free, _, _ = _tables()
    for i in starts:
        for word, stem in sung_heads.get(text[i : i + 2], ()):
            if text.startswith(word, i):
                end = i + len(word)
                if stem or end >= len(text) or not text[end].isalpha():
                    return True
    return not text.isascii() and any(w in text for w in sung_free)


# With no sung word, a name before these is a genre or a scene, not a language: 'french house',
# 'japanese garden', 'rumba catalana' still asks (it may be sung), 'korean bbq' does not.
_STYLE_AFTER = quick(
    r"[^\W\d_]*[\s-]+(?:house|touch|garden|food|cuisine|restaurant|cafe|café|film|movie|cinema|anime|game|bbq|"
    r"vibes?|feel|flavou?r|influenced|inspired|koto|shamisen|sitar|tabla|bouzouki|oud|balalaika|folk dance|"
    r"drill|techno|trance|disco|jazz|funk|lounge|ambient|chillout)\b"
)


# A dance genre before the name, as Romance languages put it ('rumba catalana', 'cumbia colombiana', 'polka
# polska'): the genre's name, not the language it is sung in ('de la house française' is still asked).
_STYLE_BEFORE = quick(
    r"(?<![^\W\d_])(?:rumba|cumbia|salsa|tango|flamenco|bossa|samba|polka|"
    r"tarantella|sardana|havanera|valse|vals|walzer|musette|fado)\s+$"
)


# Words that begin with a language's name and are not it: 'romantic', 'romance', 'romántico' (Romanian).
# ('arabesk', 'arabesque', 'арабеск': a Turkish genre and an ornament, not the Arabic language)
_NOT_A_LANGUAGE = quick(
    r"roman(?:ti|ce|ze|za|zi|ză|tyc|ty|ss)|románt|românt|романт|романс|arabes[kq]|арабеск|gregori|грегориан|"
    r"fin\s+d(?:e|u|es|['’]|\s)|"  # 'fin d'année', 'fin de semana': an end, not Finnish
    r"(?<=de )fin(?![^\W\d_])|(?<=la )fin(?![^\W\d_])|(?<=al )fin(?![^\W\d_])|"  # ('générique de fin', 'à la fin')
    r"fin(?:e|ito|ita)(?![^\W\d_])|final|"  # ('festa di fine anno', 'the final chorus', 'finale', 'finalzinho', 'finalmente')
    r"island(?![^\W\d_])|finn(?![^\W\d_])|hind(?![^\W\d_])|"  # (English 'island', and names: 'for Finn', 'for Hind')
    r"rust|tail(?!and|ând)|"  # (English 'rusty', 'rustic', a dog named Rusty; 'tail'; not 'tailandés': Thai)
    r"tai(?![^\W\d_])|"  # (Lithuanian 'tai' (that, so), Finnish 'tai' (or): everyday words, never Thai named)
    r"رومانو|رومانٹ|رومانت|رومانس|"  # Urdu, Persian, Arabic 'romantic' ('ایک رومانوی دھن')
    r"संस्करण|संस्कार",  # Hindi, Nepali 'version', 'rite' ('तीन संस्करण'), not Sanskrit
    re.IGNORECASE,
)
# An English word made from a name's stem ('polished', 'finished', 'hindsight', 'catalyst'): no language name
# in any of the 50 inflects with these endings.
_ENGLISH_DERIVED = quick(
    r"(?:ed|ing|ings|ise|ize|ight|sight|yst|ysts|ished|ic|ics|ity|ment|ness|ly|ful|ous|ive|ance|ence|ation|ated|ism|ist)"
    r"(?![^\W\d_])"
)


def _not_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word at start, whose first letters are a language's stem (up to end), is another word."""
    return bool(_NOT_A_LANGUAGE.match(text, start)) or (
        text[start:end].isascii() and bool(_ENGLISH_DERIVED.match(text, end))
    )


def language_named_in(text: str) -> tuple[str, str] | None:
    """A language's name anywhere in the request, not qualifying an instrument, sung or not: ('svenska', 'sv')."""
    first = next(_name_hits(text, styles=False, beats=False), None)
    return (first[0], first[1]) if first is not None else None


# A language named as the one something is in ('på svenska', 'in het Nederlands', 'στα ελληνικά', 'به زبان
# فارسی', 'اردو میں', '日本語で', 'नेपाली भाषामा', 'á íslensku', 'suomenkielinen'): what a song is in is its words.
_IN_BEFORE = quick(
    r"(?<![^\W\d_])(?:in|in het|im|på|paa|pa|en|auf|em|na|на|στα|σε|po|w|we|v|ve|vo|u|î|în|á|i|bằng tiếng|tiếng|"
    r"dalam bahasa|bahasa|sa wikang|kwa|kwa lugha ya|به زبان|زبان|باللغة|بلغة|ב|בשפה|ภาษา)\s*$"
)
# A word for what is sung beside the name, a word or less away ('یه آهنگ شاد فارسی', 'नेपाली लोकगीत', 'magyar nyelvű
# rockdal', 'azərbaycanca sözlərlə', 'a Persian song', 'canción española'): a song or its words are in a language.
_SUNG_NOUN = (
    r"(?:songs?|lyrics|words|vocals?|canci[oó]n\w*|chansons?|paroles|"
    r"(?:rock|pop|kinder|liebes|volks|wiegen|weihnachts|schlaf|trink|tanz|sommer)?lied(?:er|chen)?|canzon\w*|"
    r"can[çc][ãa]o|cantigas?|biisi\w*|türkü\w*|ghazal|غزل|동요|流行曲|स्तोत्र\w*|"
    r"песн\w*|пісн\w*|piosenk\w*|p[ií]se[nň]\w*|pjesm\w*|pesm\w*|песм\w*|\w*dal\w*|laulu\w*|sang|sanger|l[åa]t\w*|"
    r"[şs]ark[ıi]\w*|mahn[ıi]\w*|lagu|awit|kanta|wimbo|nyimbo|τραγούδ\w*|שיר\w*|أغني\w*|اغني\w*|آهنگ\w*|ترانه\w*|"
    r"गीत\w*|गाना|गाने|लोकगीत\w*|গান\w*|பாடல்\w*|పాట\w*|ਗੀਤ\w*|گانا|گیت|เพลง|bài hát|노래|가사|歌|歌曲|歌詞|歌词|"
    r"s[öo]zl\w*|pawòl|szöveg\w*|tekst\w*|text\w*|letra\w*|testo|слова\w*|текст\w*|lirik\w*|versuri|στίχ\w*|"
    r"nyelvű|singer|cantante|chanteu\w+|sänger\w*|zanger\w*|певец|певица|співак\w*|خواننده|مغني|مطرب|गायक\w*|singers?)"
)
_SUNG_AFTER = quick(r"^[^\W\d_]{0,6}\s+(?:[^\W\d_]+\s+)?" + _SUNG_NOUN + r"(?![^\W\d_])")
_SUNG_BEFORE = quick(r"(?<![^\W\d_])" + _SUNG_NOUN + r"(?:\s+[^\W\d_]+)?\s+$")
_IN_AFTER = quick(
    # (romanised too: 'urdu mein', 'hindi me', 'bangla te', 'punjabi ch', 'nepali ma')
    r"^(?:[^\W\d_]|[\u0900-\u0dff]){0,8}\s*(?:で|語で|로|으로|में|मा|میں|ভাষায়|ਵਿੱਚ|भाषा\w*|(?:mein|me|mai|main|te|ch|vich|ma)(?![^\W\d_])|kiel\w*|языке|мовою|dilinde|dilində|"
    r"sprog|språk|språket|taal|jezyku|języku|jazyce|jeziku|nyelven|kielellä|ভাষা\w*)"
)


# A language's name as what a song is about or for, not what it is sung in ('about Russian winters', 'über spanische
# Tapas', 'sobre Italia', 'про французские булки', 'o włoskiej pizzy', 'dal sapore francese', 'for Finn', 'an Italien').
_TOPIC_BEFORE = quick(
    r"(?<![^\W\d_])(?:about|for|über|ueber|für|sobre|sur|pour|su|per|sul|sulla|dal sapore|sapore|over|om|про|о|об|"
    r"для|o|na temat|tentang|về|عن|על)\s+(?:(?:the|a|die|der|den|das|la|el|le|les|los|las|"
    r"il|lo|de|des|del)\s+)?$",
    re.IGNORECASE,
)


def a_topic(text: str, at: int) -> bool:
    """Whether the language's name at `at` is what the song is about or for ('about Russian winters')."""
    return bool(_TOPIC_BEFORE.search(text[max(0, at - 24) : at]))


# A language of a title or a name, not of what is sung ('Türkçe başlıklı', 'nimi suomeksi', 'title in Korean').
_TITLED_IN = quick(r"\s*(?:başlıklı|başlığı|isimli|adlı|adında|nimellä)")
_TITLE_BEFORE = quick(
    r"(?:nimi|name|named|title|titled|titel|titre|título|titolo|isim|başlık|제목|タイトル|标题|標題)\W*$"
)


# Forms that name the language as spoken, never a style: the word for 'Chinese language', the instrumental and
# locative cases ('in Ukrainian', 'in Bangla'), as written and as typed in Latin letters.
_LANGUAGE_ONLY = frozenset(
    {"zhongwen", "中文", "国语", "國語", "普通话", "普通話", "广东话", "廣東話", "粤语", "粵語", "日本語", "한국어", "banglay",
     "বাংলায়", "ukrainskoiu", "ukrainskoyu", "українською", "russkom", "по-русски", "hindi mein", "tiếng việt"}
)  # fmt: skip
_NOT_SUNG_BESIDE = quick(
    r"(?<![^\W\d_])(?:background|bgm|podcast|lesson|class|course|teacher|homework|exam|learning|learn|study|"
    r"tutorial)(?![^\W\d_])|背景音|教學|教学|課|课|學習|学习|老师|老師|考试|考試"
)
_ARABIZI_ARABIC = frozenset({"3arabi", "3araby", "arabi"})
_ARABIZI_IN = quick(r"(?<![^\W\d_])(?:bel|bil|b|fi)\s+$")


def said_in(text: str, name: str) -> bool:
    """Whether the request names the language as the one it is in ('a song på svenska'), not as a style
    ('house française', 'guitarra española')."""
    at = text.find(name)
    if at < 0:
        return False
    if re.match(r"\s*[^\W\d_]+\s+(?:en|in)\s*$", text[:at]):
        return False  # 'rock en español' opening the request: the genre's name, asked (sung in it, or the style)
    if _TOPIC_BEFORE.search(text[max(0, at - 24) : at]):
        return False  # ('a sad folk song about Russian winters', 'ein Lied über spanische Tapas', 'for Finn'): a topic
    end = at + len(name)
    word_end = end
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    word_start = at
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    whole = text[word_start:word_end]
    if (
        whole in _LANGUAGE_ONLY
        or name in _LANGUAGE_ONLY
        or (whole in _ARABIZI_ARABIC and _ARABIZI_IN.search(text, 0, word_start))
    ) and not _NOT_SUNG_BESIDE.search(text):  # (a lesson, a podcast, background music in it: not what is sung)
        return True  # ('zhongwen de yaogun ge', '廣東話嘅流行曲', 'pisniu ukrainskoiu', 'tet8ana bel 3arabi')
    return (
        bool(_IN_BEFORE.search(text[max(0, at - 16) : at]) or _IN_AFTER.match(text[end : end + 14]))
        or (
            text[at - 1 : at] == "ב" and not text[at - 2 : at - 1].isalpha()  # Hebrew 'בעברית': 'in' joined to it
        )
        or text[end:word_end].startswith(("ca", "ce", "kiel"))
        or (text[max(0, at - 3) : at] == "an " and name.startswith("krey"))  # (Haitian 'an kreyòl': in Creole)
        # ('Türkçe', 'suomeksi', 'suomeks', 'ruotsiksi': the whole word says 'in Turkish', 'in Finnish'; not
        # 'França', 'Greeks', nor a title's language: 'Türkçe başlıklı', 'nimi suomeksi')
        or (
            (text[at:word_end].endswith(("kçe", "kça", "ksi")) or text[at:word_end] == "suomeks")
            and not _TITLED_IN.match(text, word_end)
            and not _TITLE_BEFORE.search(text, max(0, at - 14), at)
        )
        or text[at:word_end].endswith("ською")  # ('колискову українською': in Ukrainian)
        or bool(_SUNG_AFTER.match(text[end : end + 40]) or _SUNG_BEFORE.search(text[max(0, at - 30) : at]))
    )  # 'azərbaycanca', 'türkçe', 'suomenkielinen'


def names_in(text: str, *, styles: bool = False) -> list[tuple[str, str, int]]:
    """Every language named in the request, as (name, code, position), left to right (at most 8); with `styles`,
    also those naming a style ('French pop', 'Korean-style ballad')."""
    return list(itertools.islice(_name_hits(text, styles=styles, beats=not styles), 8))


def _name_hits(text: str, *, styles: bool, beats: bool) -> Iterator[tuple[str, str, int]]:
    """The languages' names in the text, left to right, then those of unspaced scripts: not qualifying an
    instrument, nor (unless `styles`) a style ('house française'), nor (with `beats`) a beat or a class
    ('punjabi beat', 'my Spanish class'). With no sung word to anchor it, a short name must be a whole word
    ('rus' is not 'rustige')."""
    _, _, by_head, unspaced = _tables()
    for m in _WORD_START.finditer(text):
        i = m.start()
        for stem, code in by_head.get(text[i : i + 3], ()):
            end = i + len(stem)
            whole = end >= len(text) or not text[end].isalpha()
            if (
                text.startswith(stem, i)
                and (whole or len(stem) >= 5)
                and not _not_a_name(text, i, end)
                and not names_an_instrument(text, i, end)
                and (styles or not (_STYLE_AFTER.match(text, end) or _STYLE_BEFORE.search(text, max(0, i - 16), i)))
                and not (beats and _BEAT_AFTER.match(text, end))
            ):
                yield stem, code, i
                break
    if not text.isascii():
        for name, code in unspaced:
            if name in text:
                yield name, code, text.find(name)


_BEAT_AFTER = quick(r"[^\W\d_]*[\s-]+(?:beats?|style|music|pop|rock|rap|garden|class|food)\b")


def latin_named_sung(text: str) -> str | None:
    """'carmen Latine', 'chanson latine': sung, and 'Latin' may be the language or Latin-American style."""
    m = re.search(r"(?<![^\W\d_])(?:latin[aeo]?|latim|latein\w*|latijn\w*)(?![^\W\d_])", text)
    if m is None:
        return None
    return m.group(0) if _is_sung(text, [w.start() for w in _WORD_START.finditer(text)]) else None


def vocal_language_in(text: str) -> tuple[str, str] | None:
    """The language a request asks the vocals in, by its name in any of the 50 languages next to a word
    saying it is sung: ('español', 'es'). None when no language is named or nothing says it is sung."""
    _, _, by_head, unspaced = _tables()
    starts = [m.start() for m in _WORD_START.finditer(text)]
    if not _is_sung(text, starts):
        return None
    for i in starts:
        for stem, code in by_head.get(text[i : i + 3], ()):
            if (
                text.startswith(stem, i)
                and not _not_a_name(text, i, i + len(stem))
                and not names_an_instrument(text, i, i + len(stem))
                and not a_topic(text, i)
            ):
                return stem, code
    if not text.isascii():
        for name, code in unspaced:
            if name in text:
                return name, code
    return None
