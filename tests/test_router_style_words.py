"""The style words of the 50 languages as the English tags ACE-Step was trained on (router/style_words.py): real
phrasings per language give their tag, words with another meaning give none, a word said taken out is 'no ...',
and the scan is one pass per pattern, whatever the text's length."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

import pytest

from ace_step_mcp.router import Plan, Request, plan
from ace_step_mcp.router import style_words as sw
from ace_step_mcp.router.languages import NAMES


def _tags(text: str) -> list[str]:
    return [tag for _, tag in sw.style_tags(unicodedata.normalize("NFKC", text).lower())]


# (language, request, tags it must give): two or more phrasings per language, as people type them.
PHRASINGS = [
    ("ar", "أريد موسيقى هادئة على البيانو", ["calm", "piano"]),
    ("ar", "أغنية حزينة مع العود", ["sad", "oud"]),
    ("ar", "لحن رومانسي بالكمان والجيتار", ["romantic", "violin", "guitar"]),
    ("az", "gitara ilə şən mahnı", ["guitar", "happy"]),
    ("az", "sakit bir caz parçası", ["calm", "jazz"]),
    ("bg", "спокойна музика с пиано", ["calm", "piano"]),
    ("bg", "рок песен с китара и барабани", ["rock", "guitar", "drums"]),
    ("bn", "শান্ত গিটারের সুর", ["calm", "guitar"]),
    ("bn", "তবলা আর বাঁশির গান", ["tabla", "bansuri"]),
    ("ca", "una cançó trista amb guitarra", ["sad", "guitar"]),
    ("ca", "música tranquil·la de piano amb violí", ["calm", "piano", "violin"]),
    ("cs", "klavírní skladba", ["piano"]),
    ("cs", "smutná píseň s kytarou a houslemi", ["sad", "guitar", "violin"]),
    ("da", "en trist sang med klaver", ["sad", "piano"]),
    ("da", "glade trommer og guitarsolo", ["happy", "drums", "guitar"]),
    ("de", "ruhige Klaviermusik", ["calm", "piano"]),
    ("de", "ein trauriges Lied mit Geige und Streichern", ["sad", "violin", "strings"]),
    ("el", "ένα ήρεμο κομμάτι με πιάνο", ["calm", "piano"]),
    ("el", "ροκ τραγούδι με κιθάρα", ["rock", "guitar"]),
    ("el", "μελαγχολικο νανουρισμα", ["melancholic", "lullaby"]),  # typed without the accents
    ("en", "two guitars and some violins", ["guitar", "violin"]),
    ("en", "a full orchestra with a synthesizer", ["orchestral", "synth"]),
    ("es", "una balada romántica con guitarra acústica", ["ballad", "romantic", "acoustic guitar"]),
    ("es", "musica clasica, triste, con violonchelo", ["classical", "sad", "cello"]),
    ("fa", "یک آهنگ غمگین با پیانو", ["sad", "piano"]),
    ("fa", "موسیقی آرام با گیتار و سنتور", ["calm", "guitar", "santur"]),
    ("fi", "rauhallinen pianokappale", ["calm", "piano"]),
    ("fi", "surullinen laulu kitaralla ja viululla", ["sad", "guitar", "violin"]),
    ("fr", "une berceuse douce au piano", ["lullaby", "piano"]),
    ("fr", "chanson triste avec violons et guitare sèche", ["sad", "violin", "acoustic guitar"]),
    ("he", "שיר עצוב עם גיטרה", ["sad", "guitar"]),
    ("he", "מוזיקה רגועה בפסנתר ובכינור", ["calm", "piano", "violin"]),
    ("hi", "शांत गिटार संगीत", ["calm", "guitar"]),
    ("hi", "उदास गाना बांसुरी और तबले के साथ", ["sad", "bansuri", "tabla"]),
    ("hi", "udaas gaana gitaar ke saath", ["sad", "guitar"]),  # as typed in Latin letters
    ("hr", "gitarske balade", ["guitar", "ballad"]),
    ("hr", "tužna pjesma s klavirom", ["sad", "piano"]),
    ("ht", "yon mizik kalm ak pyano", ["calm", "piano"]),
    ("ht", "mizik kontan ak tanbou", ["happy", "drums"]),
    ("hu", "nyugodt zongorás dal", ["calm", "piano"]),
    ("hu", "szomorú gitárzene hegedűvel", ["sad", "guitar", "violin"]),
    ("id", "lagu sedih dengan gitar akustik", ["sad", "acoustic guitar"]),
    ("id", "musik santai dengan seruling", ["relaxing", "flute"]),
    ("is", "rólegt píanólag", ["calm", "piano"]),
    ("is", "rokklagi með gítar", ["rock", "guitar"]),
    ("it", "una canzone triste con chitarra", ["sad", "guitar"]),
    ("it", "ninna nanna al pianoforte", ["lullaby", "piano"]),
    ("ja", "ピアノとチェロの静かな曲", ["piano", "cello", "calm"]),
    ("ja", "悲しいバラード", ["sad", "ballad"]),
    ("ko", "잔잔한 피아노 음악", ["calm", "piano"]),
    ("ko", "신나는 록 음악에 드럼을 세게", ["upbeat", "rock", "drums"]),
    ("la", "carmen triste cum cithara", ["sad", "guitar"]),
    ("la", "musica tranquilla et laeta", ["calm", "happy"]),
    ("lt", "liūdna daina su gitara", ["sad", "guitar"]),
    ("lt", "linksma lopšinė su smuiku", ["happy", "lullaby", "violin"]),
    ("ms", "lagu sedih dengan gitar", ["sad", "guitar"]),
    ("ms", "muzik tenang dengan biola", ["calm", "violin"]),
    ("ne", "शान्त गिटार धुन", ["calm", "guitar"]),
    ("ne", "उदास गीत बाँसुरीसँग", ["sad", "bansuri"]),
    ("nl", "rustige pianomuziek", ["calm", "piano"]),
    ("nl", "vrolijk liedje met gitaar en viool", ["happy", "guitar", "violin"]),
    ("no", "trist sang med gitar", ["sad", "guitar"]),
    ("no", "episk musikk med trommer", ["epic", "drums"]),
    ("pa", "ਭੰਗੜਾ ਗੀਤ ਢੋਲ ਨਾਲ", ["bhangra", "dhol"]),
    ("pa", "ਉਦਾਸ ਗੀਤ ਗਿਟਾਰ ਨਾਲ", ["sad", "guitar"]),
    ("pl", "spokojna muzyka na pianinie", ["calm", "piano"]),
    ("pl", "smutna piosenka z gitarą i skrzypcami", ["sad", "guitar", "violin"]),
    ("pt", "uma música triste com violão", ["sad", "acoustic guitar"]),
    ("pt", "algo animado com bateria e sanfona", ["upbeat", "drums", "accordion"]),
    ("ro", "o melodie tristă la pian", ["sad", "piano"]),
    ("ro", "muzică veselă cu chitară", ["happy", "guitar"]),
    ("ru", "спокойное пианино", ["calm", "piano"]),
    ("ru", "рок-балладу про любовь", ["rock", "ballad"]),
    ("ru", "синтвейв с гитарами", ["synthwave", "guitar"]),
    ("sa", "शान्तं वेणुगीतम्", ["calm", "flute"]),
    ("sa", "करुणं गीतं सितारेण", ["sad", "sitar"]),
    ("sk", "pokojná hudba na klavíri", ["calm", "piano"]),
    ("sk", "smutná pieseň s gitarou", ["sad", "guitar"]),
    ("sr", "тужна песма са гитаром", ["sad", "guitar"]),
    ("sr", "mirna klavirska muzika", ["calm", "piano"]),
    ("sv", "lugn pianomusik", ["calm", "piano"]),
    ("sv", "sorglig låt med gitarr och stråkar", ["sad", "guitar", "strings"]),
    ("sw", "wimbo wa huzuni na gitaa", ["sad", "guitar"]),
    ("sw", "muziki tulivu wa kinanda", ["calm", "piano"]),
    ("ta", "அமைதியான பியானோ இசை", ["calm", "piano"]),
    ("ta", "சோகமான பாடல் கிட்டாருடன்", ["sad", "guitar"]),
    ("te", "ప్రశాంతమైన పియానో సంగీతం", ["calm", "piano"]),
    ("te", "విషాద గీతం గిటార్‌తో", ["sad", "guitar"]),
    ("th", "เพลงเศร้ากับกีตาร์", ["sad", "guitar"]),
    ("th", "เปียโนสงบ", ["piano", "calm"]),
    ("tl", "malungkot na kanta na may gitara", ["sad", "guitar"]),
    ("tl", "kalmadong piyano", ["calm", "piano"]),
    ("tr", "sakin piyano müziği", ["calm", "piano"]),
    ("tr", "hüzünlü bir şarkı, kemanlı", ["sad", "violin"]),
    ("uk", "спокійна музика на фортепіано", ["calm", "piano"]),
    ("uk", "сумна пісня з гітарою", ["sad", "guitar"]),
    ("ur", "اداس گیت گٹار کے ساتھ", ["sad", "guitar"]),
    ("ur", "پرسکون پیانو موسیقی", ["calm", "piano"]),
    ("vi", "nhạc buồn với đàn piano", ["sad", "piano"]),
    ("vi", "bài hát nhẹ nhàng với guitar mộc", ["calm", "acoustic guitar"]),
    ("yue", "有結他同鼓嘅歌", ["guitar", "drums"]),
    ("yue", "輕鬆嘅鋼琴音樂", ["relaxing", "piano"]),
    ("zh", "钢琴为主的轻音乐", ["piano"]),
    ("zh", "悲伤的小提琴曲", ["sad", "violin"]),
]


def test_every_language_has_its_table_and_two_phrasings() -> None:
    assert set(sw.FORMS) == set(NAMES), set(sw.FORMS) ^ set(NAMES)
    per_language = Counter(lang for lang, _, _ in PHRASINGS)
    assert all(per_language[lang] >= 2 for lang in NAMES), [lang for lang in NAMES if per_language[lang] < 2]


@pytest.mark.parametrize(("lang", "text", "want"), PHRASINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PHRASINGS)])
def test_a_real_phrasing_gives_its_english_tags(lang: str, text: str, want: list[str]) -> None:
    got = _tags(text)
    assert [t for t in got if t in want] == want, (lang, got)  # each, in the order of the words


@pytest.mark.parametrize(
    "text",
    [
        "злой рок",  # fate
        "песня про мой рок, судьба такая",
        "поп пришёл в церковь",  # a priest
        "вода течёт по трубе, труба",  # a pipe
        "орган власти",  # an organ of state
        "레몬, 사과 기타 등등",  # Korean 'and so on'
        "תן לי עוד דקה",  # Hebrew 'more'
        "اجعلها أطول كمان",  # Arabic 'too'
        "وعود كاذبة",  # Arabic 'promises', not 'and oud'
        "à voix basse",  # French 'low'
        "hazlo más bajo",  # Spanish 'lower'
        "volume più basso",  # Italian 'lower'
        "una gita al mare",  # Italian 'a trip' (Haitian and Swahili 'gita' is a guitar)
        "una pianta in giardino",  # Italian 'a plant'
        "ブロックを積む",  # Japanese 'block', which holds 'ロック' (rock)
        "データベースに保存",  # 'database' holds 'ベース' (bass)
        "鼓励大家",  # Chinese 'encourage' holds '鼓' (drum)
        "一件小号的衣服",  # Chinese 'small size', also 'trumpet'
        "10 วินาทีสุดท้าย ชอบเพลงใหม่นี้",  # Thai 'this new' ('ใหม่นี้') holds 'หม่น' (gloomy)
        "vui lòng tạo bài hát",  # Vietnamese 'please' holds 'vui' (happy)
        "tôi buồn ngủ quá",  # Vietnamese 'sleepy' holds 'buồn' (sad)
        "μια επικίνδυνη νύχτα",  # Greek 'dangerous' starts like 'επικ-' (epic)
        "heureusement",  # French 'fortunately' starts like 'heureu-' (happy)
        "bahagian kedua lagu",  # Malay 'part' starts like 'bahagia' (happy)
        "gaan koro",  # Bengali typed in Latin: 'koro' is 'do', not a choir
        "een sombere melodie, vals gezongen",  # Dutch 'out of tune' ('sombere' is no form either)
        "сумнів",  # Ukrainian 'doubt' starts like 'сумн-' (sad)
        "kórház",  # Hungarian 'hospital' starts like 'kór' (choir in Icelandic, a disease in Hungarian)
        "gladly",  # English, and Swedish 'glad' is left out
        "ein Flügel des Hauses",  # German 'wing', also a grand piano
        "la correo electrónico",  # e-mail, not electronic music
    ],
)
def test_a_word_with_another_meaning_gives_no_tag(text: str) -> None:
    assert _tags(text) == [], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("без барабанов", "no drums"),
        ("ohne Schlagzeug", "no drums"),
        ("sans piano", "no piano"),
        ("sin batería", "no drums"),
        ("niente chitarre", "no guitar"),
        ("不要鼓", "no drums"),
        ("没有鼓", "no drums"),  # '有' is part of the negation here, not between it and the drum
        ("不要有鼓", "no drums"),
        ("pas de batterie", "no drums"),  # 'de' both ends a negation and is an article
        ("sin la guitarra", "no guitar"),
        ("ドラムなし", "no drums"),
        ("드럼 없이", "no drums"),
        ("davulsuz", "no drums"),
        ("ड्रम के बिना", "no drums"),
        ("tanpa gitar", "no guitar"),
        ("بدون طبول", "no drums"),
        ("gitarı sil", "no guitar"),
        ("убери барабаны", "no drums"),
    ],
)
def test_a_word_said_taken_out_is_no_that(text: str, want: str) -> None:
    assert _tags(text) == [want], text


def test_without_after_a_word_takes_that_word_not_the_next() -> None:
    # Nepali 'भोकल बिना ज्याज' is 'jazz without vocals': the jazz stays.
    assert _tags("भोकल बिना ज्याज") == ["jazz"]
    assert _tags("बिना ड्रम के शांत गाना") == ["no drums", "calm"]


def test_a_stem_runs_on_six_letters_at_most() -> None:
    assert _tags("klavírní") == ["piano"]  # 'klavír' + 3
    assert _tags("гитарами") == ["guitar"]  # 'гитар' + 3
    assert _tags("gitarrensolo") == ["guitar"]  # 'gitarr' + 6
    assert _tags("klavierbegleitung") == []  # 'klavier' + 10: another word


def test_a_plan_in_another_language_carries_the_english_tags_and_its_own_words() -> None:
    got = plan(Request("спокойное пианино, 2 минуты"))
    assert isinstance(got, Plan) and got.arguments["tags"] == "calm, piano, спокойное пианино", got
    # a Latin-script request keeps its own words too: the table may lack one of them
    got = plan(Request("Klavier, verträumt und ruhig, 2 Minuten"))
    assert isinstance(got, Plan), got
    assert got.arguments["tags"].startswith("piano, calm, ") and "verträumt" in got.arguments["tags"], got
    got = plan(Request("钢琴为主的轻音乐，不要鼓，两分钟"))
    assert isinstance(got, Plan) and got.arguments["tags"].startswith("piano, no drums"), got


# -- linear in the text ------------------------------------------------------------------------------------------

_SHAPES = [
    "гитаргитар гитар-гитар ",  # near-misses of a stem, and hits
    "спокойное пианино без барабанов, ",  # dense hits, negations
    "鼓鼓鼓钢琴钢钢钢",  # a guard, hits, and a first letter of many forms
    "klavírníííííííí ",  # a stem with a run-on too long
    "والجيتاروالبيانو ",  # clitics without a space
    "x" * 50 + " ",  # one long word
]


class _Counted:
    """A pattern that counts its passes over a text and the matches they give."""

    def __init__(self, pattern: Any, counts: Counter[str]) -> None:
        self._pattern = pattern
        self._counts = counts

    def finditer(self, text: str) -> Any:
        self._counts["passes"] += 1
        for m in self._pattern.finditer(text):
            self._counts["matches"] += 1
            yield m


@pytest.mark.parametrize("shape", _SHAPES)
def test_the_scan_is_one_pass_per_pattern_whatever_the_length(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No timed test: the scan's work is counted. Each pattern (a trie: no form is read twice, a stem runs on six
    letters at most) passes over the text once, and each match is looked up once, with a look at 24 letters before
    it and a few after; so 4,000 characters cost ten times what 400 do, not a hundred."""
    lookup, scans = sw._tables()
    counts: Counter[str] = Counter()
    counted = tuple(scan._replace(pattern=_Counted(scan.pattern, counts)) for scan in scans)
    monkeypatch.setattr(sw, "_tables", lambda: (lookup, counted))
    identify = sw._identify
    monkeypatch.setattr(sw, "_identify", lambda *a: counts.update(["lookups"]) or identify(*a))
    per_length = {}
    for n in (400, 4000):
        counts.clear()
        sw.find((shape * n)[:n])
        per_length[n] = dict(counts)
    assert per_length[400].get("passes", 0) == per_length[4000].get("passes", 0) <= len(scans), per_length
    for n, got in per_length.items():
        assert got.get("lookups", 0) == got.get("matches", 0) <= n, per_length
    # no pattern can go back over the text: the only repeat without a bound is the space inside a form of words
    for scan in scans:
        body = scan.pattern.pattern.replace(r"\s+", "")
        assert "*" not in body and "+" not in body.replace(r"\+", ""), body[:80]
