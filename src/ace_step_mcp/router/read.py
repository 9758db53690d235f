"""Structure before words: the pass that reads a request's shape before any vocabulary.

- digits of any script become ASCII digits (unicodedata), and a number no length could be (more than
  nine digits) is refused in one sentence before anything else reads it;
- lyrics are found by their structure: a label in any of the 50 languages (`lyrics:`, `letra:`, `歌词：`),
  section markers in any script (`[Verse]`, `[Куплет]`, `[Coro]`, `【サビ】`), or the shape of a block of
  short lines; they are cut from the instruction, so nothing in them is read as an instruction;
- a number next to a unit of time, in digits or in words, in any of the 50 languages (units from CLDR,
  number words from num2words: `vocab_data`), becomes "N s" / "N min" / "N hour";
- `1m05s`, `1 min 05 s`, `1分30秒` become m:ss; a bare number after "N s and" takes that unit;
- "1.30" is read as 1:30 where only a time fits the track, as 1.3 s where only seconds fit, and asked
  about when both do.

Linear in the request: each pass walks the text once, looking up the few words that can start at a place.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router.quick import quick

MAX_DIGITS = 9  # a length, a time or a seed of the router's is never longer


def ascii_digits(text: str) -> str:
    """Digits of every script (Arabic-Indic, Devanagari, Bengali, Thai, fullwidth, ...) as 0-9."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isdecimal() and not ch.isascii():
            out.append(str(unicodedata.decimal(ch, 0)))
        elif ch == "٫":  # Arabic decimal separator
            out.append(".")
        else:
            out.append(ch)
    return "".join(out)


_FRACTION = quick(r"(\d?)\s?([½¼¾])")
_FRACTION_VALUE = {"½": "5", "¼": "25", "¾": "75"}


def vulgar_fractions(text: str) -> str:
    """'2½ minutes' as '2.5 minutes' and '½ minute' as '0.5 minute', before NFKC makes '2½' into '21⁄2'."""
    if text.isascii():
        return text
    return _FRACTION.sub(lambda m: f"{m.group(1) or '0'}.{_FRACTION_VALUE[m.group(2)]}", text)


_LONG_NUMBER = quick(r"(?<![\w.])\d{" + str(MAX_DIGITS + 1) + ",}")
_SEED_BEFORE = quick(r"seed\s*[:=#]?\s*-?$", re.IGNORECASE)


def refuse_absurd_numbers(text: str) -> None:
    """A number longer than any length, time or seed: one sentence naming the field, before any reading."""
    for m in _LONG_NUMBER.finditer(text):
        if _SEED_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) and len(m.group(0)) <= 10:
            continue
        shown = m.group(0)[:12] + ("…" if len(m.group(0)) > 12 else "")
        raise InvalidInput(
            f"`request` holds the number {shown} ({len(m.group(0))} digits), which is no length or time: lengths "
            f"run to 3600 s and edit times to the track's end; write the number you mean.",
            field="request",
        )


# -- lyrics, by structure ------------------------------------------------------------------------------

_LABELS = (
    "lyrics", "lyric", "letra", "letras", "paroles", "texte", "text", "liedtext", "songtext", "testo", "tekst",
    "songtekst", "текст", "слова", "текстови", "tekstovi", "歌詞", "歌词", "가사", "बोल", "गीत", "στίχοι", "şarkı sözleri",
    "sözler", "sözlər", "lirik", "liriko", "lirica", "lletra", "versuri", "dalszöveg", "szöveg", "sanat", "sanoitukset",
    "sangtekst", "låttext", "texty", "słowa", "tekst piosenki", "žodžiai", "textar", "maneno", "pawòl", "verba",
    "كلمات", "الكلمات", "متن", "ترانه", "מילים", "بول", "ਬੋਲ", "বোল", "গানের কথা", "লিরিক্স", "வரிகள்",
    "பாடல் வரிகள்", "సాహిత్యం", "เนื้อเพลง", "lời", "lời bài hát", "titik", "лирика", "текст песни", "gamit",
    "lyrics here", "songtexte", "slova", "besedilo", "texto",
    # (and as typed fast: Thai 'เนื้อ' for 'เนื้อเพลง', Haitian 'paroli', Vietnamese and Azerbaijani with no marks)
    "เนื้อ", "paroli", "pawoli", "sozler", "sozleri",  # (not 'loi', French 'law': 'sur la loi : …')
    # 'lyrics' borrowed and written in the script ('లిరిక్స్', 'लिरिक्स', 'லிரிக்ஸ்', 'لیرکس')
    "లిరిక్స్", "लिरिक्स", "லிரிக்ஸ்", "ਲਿਰਿਕਸ", "لیرکس", "لیریکس", "ليركس",
    # inflected and with the article or 'with' written onto them ('sanoilla', 'cum verbis', 'המילים', 'بكلمات')
    "sanoilla", "sanoin", "verbis", "কথা", "המילים", "במילים", "بكلمات", "بالكلمات", "كلماتها", "كلماته", "teksten", "texten", "textem",
    "tekstom", "текстом", "szöveggel", "versurile", "στίχους", "λόγια", "sözleri", "mashairi", "žodžiais", "slovy", "गीतम्",
    "słowami", "tekstem", "cuvintele", "شعر", "الفاظ", "शब्द", "शब्दाः",
)  # fmt: skip
_LABEL = quick(
    r"(?:^|(?<=[\s,.;:(\[—\-。、，；：！？!?「『]))(?:"
    + "|".join(re.escape(w) for w in sorted(_LABELS, key=len, reverse=True))
    + r")\s*(?:\([^)\n]{0,30}\)\s*)?[:：]\s*"
    + r"|(?:歌詞|歌词|가사)(?:是)?\s*[:：]\s*",  # without a space before them: '2分の曲。歌詞：', '歌词是：'
    re.IGNORECASE,
)
# Where a sentence ends: a full stop, a question or exclamation mark before a space, or a line's end (not a decimal
# point or an ordinal's dot: '1.5 min', '4. rođendan'; but after a time 'm:ss' and a number before '?' or '!' it does:
# 'Piesa are 1:45, iar videoul 2:00. Adaugă …'), in the scripts' own marks too.
SENTENCE_END = quick(r"(?<!\d)[.!?](?=\s|$)|(?<=\d:[0-5]\d)[.!?](?=\s|$)|(?<=\d)[!?](?=\s|$)|[。！？؟।\n]")
# Before a length, another piece it measures, said before or after this one with 'of' ('… después de un tema de 6
# minutos', 'after a song of 6 minutes'): that piece's length, no amount or length of the track's ('una canción de 2
# minutos' is this one's).
ANOTHER_PIECES_LENGTH = quick(
    r"(?<![^\W\d_])(?:después\s+de|antes\s+de|depois\s+de|after|before|nach|vor|après|avant|dopo|prima\s+di|na|voor|"
    r"end\s+de|start\s+de)\s+"  # (the side words read: 'después de' is 'end de' in the planner's text)
    r"(?:un|una|a|an|einem|einer|une|uno|um|uma|een)\s+(?:tema|canción|cancion|canzone|chanson|morceau|song|track|"
    r"video|vídeo|vidéo|film|película|episode|episodio|épisode|puntata|folge|lied|stück|música|musica|nummer)\s+"
    r"(?:de|di|of|von|van|da|do)\s*$"
)
# A section marker: a bracketed name of letters (and maybe a number) alone at a line's start.
# ('[Verse 2]', '【サビ】', '[1절]': its number before its name, as Korean and Japanese say it, '[1番]')
_MARKER = quick(
    r"(?m)^[ \t]*[\[【(（][ \t]*(?:\d{1,2}[ \t]*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]))?([^\]】)）\n\d:]{1,30}?)"
    r"(?:[ \t]*\d{1,2})?[ \t]*[\]】)）]"
)  # (not '(30 seconds)', '[3 variations]': a length or a count in brackets)
_NOT_SECTIONS = frozenset({"inst", "instrumental"})


def _sung_lines_after(body: str) -> bool:
    """Two lines of words at least after a line-end marker, the first no wish or style ('[Chorus]\nabout summer and
    friends', '[Verse]\nupbeat, catchy, female vocal' describe the song)."""
    from ace_step_mcp.router.style_words import find as styles_in

    lines = [line.strip() for line in body.split("\n") if line.strip()]
    # (a list of styles has commas: 'soft rain on my window' is sung)
    return len(lines) >= 2 and not _WISH_LINE.search(lines[0]) and not ("," in lines[0] and styles_in(lines[0].lower()))


_BRIEF_LINE = quick(
    r"\d\s*(?:s|sec\w*|min\w*|seg\w*|sek\w*|minut\w*|second\w*)(?![^\W\d_])|\d:[0-5]\d|^\s*[^\W\d_]{2,20}\s*:",
    re.IGNORECASE,
)
# A section's marker after words, ending their line ('song 30s [Verse]\n…'): the lyrics may start there.
_MARKER_ENDS_A_LINE = quick(
    r"(?m)(?<=\S)[ \t]*([\[【][ \t]*([^\]】\n\d:]{1,30}?)(?:[ \t]*\d{1,2})?[ \t]*[\]】])[ \t]*$"
)


def _line_end_marker_opening(raw: str) -> int | None:
    """Where a sung section's marker ending the request's line opens the lyrics, as one at a line's start does ('song
    30s [Verse]\nla la la\n[Chorus]\noh oh'); None elsewhere. Only where
    - it comes before any marker at a line's start, and names a sung section;
    - the line after it is no brief: a length or a time, or a label ('A song about a [couple]\nromantic, 2 min', 'with
      verse and [chorus]\nTopic: my dog Max'), which a first line of words to sing never is;
    - two lines of words follow, the first no wish or style (`_sung_lines_after`);
    - another section's marker follows: 'Song for my sister [Verse]\nher name is Anna\nshe turns thirty' tells who it
      is for (a lone marker is asked)."""
    tail = _MARKER_ENDS_A_LINE.search(raw)
    if tail is None or not _SUNG_SECTION.match(tail.group(2).strip()):
        return None
    first_mark = _MARKER.search(raw)
    if first_mark is None or first_mark.start() <= tail.start(1):
        return None  # (and with none at a line's start, none follows it either)
    body = raw[tail.end() :]
    if (
        _BRIEF_LINE.search(body.lstrip("\n").split("\n", 1)[0])
        or not _sung_lines_after(body)
        or _MARKER.search(raw, tail.end()) is None
    ):
        return None
    return tail.start(1)


def last_line_unsure(lyrics: str) -> str | None:
    """The last line of lyrics marked by sections where it stands alone after a blank line, a few words with no
    marker, neither read as the request nor sung before ('…\n\nsom en schlager', '…\n\nneka bude klapa',
    '…\n\nForever'): sung, or the request said after the words? None where there is no such line."""
    last = _last_paragraph(lyrics)
    if last is None:
        return None
    head, _, para = last
    if not (_MARKER.search(head) or _SECTION_LINE.search(head)):
        return None
    if not para or "\n" in para or len(para.split()) > 8 or _MARKER.search(para) or _SECTION_LINE.search(para):
        return None
    if para.lower() in head.lower():
        return None  # (sung again: 'la la la')
    return para


def _last_paragraph(body: str) -> tuple[str, int, str] | None:
    """What stands before the last blank line of a block (not empty), where that line starts, and the paragraph
    after it, stripped; None where there is no such line."""
    text = body.rstrip()
    blanks = list(_BLANK_LINE.finditer(text))
    if not blanks or not text[: blanks[-1].start()].strip():
        return None
    return text[: blanks[-1].start()], blanks[-1].start(), text[blanks[-1].end() :].strip()


def _a_brief(raw: str, start: int) -> bool:
    """Whether the line after some section's name describes music ('Intro:\n10 seconds of rain, then piano',
    'Verse:\nmellow acoustic guitar, soft voice', 'Hook:\nI'll record it myself'): a brief by its parts."""
    lines = raw[start:].split("\n")
    for before, line in pairwise(lines):
        if not _SECTION_LINE.match(before) or not line.strip() or _SECTION_LINE.match(line):
            continue
        low = line.strip().lower()
        if re.search(r"\d", low) or _DESCRIBES_MUSIC.search(low) or _MUSIC_ASKED.search(low):
            return True
    return False


# Words that describe music, in a line after a section's name: a brief, not words to sing ('something like
# Nujabes', 'key change up a semitone', 'our slogan spoken', 'quiero un coro de niños', 'voces graves').
_DESCRIBES_MUSIC = quick(
    r"(?<![^\W\d_])(?:something like|like|key change|semitone|spoken|myself|record|leave space|build|drop|vibe|"
    r"instrumental|drums?|bass|synths?|piano|guitar|strings|choir|beat|tempo|bpm|quiero|want|wollen|voglio|"
    r"voces|voice|vocals?|stimme|voce|coro de|energic\w*|slow|fast|big|anthemic|sound\w*|then|klavier|gitarre|"
    r"guitarra|chitarra|гитар\w*|голос|archi|band|группа|chor|instrumentos|fuerte|громче|nur|solo|sola)(?![^\W\d_])"
)
# A section's name alone on its line before a colon, in the languages' own words ('Verse 1:', 'Refrain:', 'Куплет 1:',
# '主歌：', 'Nəqərat:', 'Kiitikio:', 'பல்லவி:'): a marker as '[Chorus]' is, that starts the words to sing.
_SECTION_NAMES = (
    r"verse|chorus|pre-?chorus|bridge|hook|refrain|intro|outro|refrão|refrao|estribillo|coro|verso|estrofa|puente|"
    r"couplet|pont|strophe|refrein|brug|ritornello|strofa|ponte|припев|куплет|бридж|приспів|рефрен|строфа|стих|"
    r"refren|zwrotka|refrén|sloka|slôha|kertosäe|säkeistö|säkeistö|refräng|vers|refreng|omkväde|omkvæd|nakarat|"
    r"nəqərat|bənd|ρεφρέν|ρεφραίν|κουπλέ|στροφή|פזמון|בית|المقطع|القرار|اللازمة|الكوبليه|کورس|بند|مکھڑا|انترا|"
    r"मुखड़ा|मुखडा|अंतरा|अन्तरा|স্থায়ী|অন্তরা|ਮੁਖੜਾ|ਅੰਤਰਾ|பல்லவி|அனுபல்லவி|சரணம்|పల్లవి|చరణం|kiitikio|ubeti|koro|"
    r"berso|tornada|priedainis|posmas|refrenas|versszak|ref|reff|bait|điệp khúc|phiên khúc|koral|kouplè|strofă|"
    r"pripjev|kitica|refrenum|versus|chorus|ท่อนฮุก|ท่อนร้อง|ฮุก|主歌|副歌|桥段|橋段|サビ|aメロ|bメロ|후렴|절|벌스|코러스"
)
_SECTION_LINE = quick(
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]*)?(?:" + _SECTION_NAMES + r")(?:[ \t]*\d{1,2})?[ \t]*[:：][ \t]*$", re.IGNORECASE
)


# A label a few words before a colon announces the lyrics after it: 'pake lirik ini: aku cinta kamu', 'with these
# lyrics, please:', 'şu sözlerle bir şarkı yap:' (ending its line). Between them only words that point at what follows
# ('these', 'ini', 'şu', 'folgenden', 'please'), or the rest of a line that ends at the colon; not a language, a topic
# or a setting ('Songtext auf Deutsch: Thema …', 'lyrics should be about:', 'sanat müziği tarzı:').
_POINTING = (
    r"these|this|here|below|following|the|please|pls|ini|itu|berikut|ya|şu|bu|estas|esta|estos|este|essa|esse|essas|"
    r"cette|ces|suivantes|diese|diesen|dieser|folgenden|bitte|questo|queste|questa|seguenti|эти|этот|эту|ці|цей|цю|"
    r"tyto|tento|te|tego|deze|dit|disse|denna|dessa|näillä|näitä|ezzel|ezekkel|następujące|hizi|haya|này|sau|đây|"
    r"هذي|هذه|دي|هاي|این"
)
# The copula of 'the lyrics are:', 'il testo è:', 'बोल ये हैं:', 'der Liedtext ist:': an announcement only where lines
# follow it ('… / …', or a line break), not a remark ('The lyrics are: up to you', 'Il testo è: ancora da scrivere').
_COPULA = (
    r"are|is|go|sind|lauten|ist|son|sont|est|es|é|è|sono|są|jsou|är|er|zijn|ये|हैं|है|yeh|hain|hai|su|je|c'est|c’est|"
    r"ce sont|такие|такі"
)
_ANNOUNCE = quick(
    r"(?<![^\W\d_])(?:lyrics|lyric|letra|letras|paroles|liedtext|songtext|testo|songtekst|текст|слова|sözler\w{0,4}|"
    r"sözlər\w{0,4}|lirik\w{0,3}|liriko|versuri|dalszöveg|sanoitukset|sangtekst|låttext|słowa|słowami|"
    r"žodžiai|textar|maneno|στίχοι|στίχους|كلمات|بالكلمات|وبالكلمات|متن|ترانه|מילים|बोल|ਬੋਲ|গানের কথা|வரிகள்|lời|lời bài hát|"
    r"(?:de her|disse|dessa|følgende|följande|denne|these)\s+ord(?:ene|en|a)?|"
    r"текст песни|текстом|словами|tekst piosenki|الكلمات|والكلمات|stihovi|stihovima|stihove|стихови|стиховима|"
    r"가사는 이거예요|가사는 이거야|가사는 다음과 같아요|वचनानि गायतु|एतानि वचनानि)((?:[ \t]+(?:"
    + _POINTING
    + r")){0,3})"
    r"((?:[ \t]+(?:" + _COPULA + r")){0,2})[ \t]*[:：]"
    r"|(?<![^\W\d_])(?:sözler\w{0,4}|lyrics|letra|paroles|lirik\w{0,3}|слова\w{0,3}|текст\w{0,3}|बोल|बोलों|शब्दों|"
    r"(?<=[\n,.;]\s)words(?=[ \t]*[:：])|(?<=\n)words(?=[ \t]*[:：])|(?:his|these|the)\s+(?:verbis|words)(?=[ \t]*[:：]))"
    r"[^\n:：]{0,40}[:：][ \t]*(?=\n)",
    re.IGNORECASE,
)
_NOT_ANNOUNCING = quick(
    r"(?i)(?<![^\W\d_])(?:style|genre|tags|tempo|bpm|length|duration|mood|instruments|vibe|estilo|género|genero"
    r"|stil|стиль|жанр|темп|title|titel|título|titre|titolo|название|no|not|without|sin|sans|ohne|без|tanpa)(?![^\W\d_])"
)


NO_BEFORE = quick(
    r"(?i)(?<![^\W\d_])(?:no|not|without|sin|sans|ohne|senza|sem|без|bez|tanpa|zonder|utan|uten|uden|ilman|χωρίς"
    r"|بدون|बिना|不要|没有|沒有)\s*$"
)


# A label a few words before a colon that a quote follows: the quote is the lyrics ('s tímhle textem: „Pojď se
# mnou“', 'erre a szövegre: „Hazavárlak“', 'این متن را آهنگ کن: «شب است»', '用这段歌词做一首民谣：“风吹过麦田”').
_QUOTED_ANNOUNCE = quick(
    r"(?:(?:(?<![^\W\d_])(?:lyric|letra|lletra|paroles|parole|text|tekst|testo|texto|szöveg|sözler|sözlər|söz|lirik|слов|"
    r"текст|думи|речи|reči|riječi|slov|słow|stih|στίχ|λόγια|sanoi|sanat|besedil|versuri|cuvint|lời|verb|pawòl|maneno|"
    r"mashairi|titik|žodži|orð|(?:ب|بال|و|ال)?كلمات|متن|شعر|(?:ו|ה|וה|ב|עם ה)?מילים|बोल|शब्द|ਬੋਲ|الفاظ|بول|কথা|"
    r"লিরিক|বোল|வரிகள|సాహిత్య|పదాలు|वचनानि|पदानि|เนื้อเพลง|เนื้อร้อง|लिरिक|bol(?![^\W\d_]))|歌词|歌詞|가사)[^\n:：—–]{0,40}"
    r"(?:[:：]|\s[—–])\s*"  # (or a dash: 'गीतस्य शब्दाः — '…'', 'lyrics – "…"')
    # ... or a label and 'are' / 'is' right before the quote ('the lyrics are "…"', 'pawòl yo se "…"', 'la letra es
    # "…"', 'liriknya adalah "…"', 'bol hain "…"')
    r"|(?<![^\W\d_])(?:lyrics|letra|paroles|lirik\w{0,3}|pawòl|pawol|bol)\s+(?:yo\s+se|se|are|is|"
    r"es|é|è|sont|ist|adalah|hain|hai|ni)\s*[:：]?\s*"
    # ... or one of these inflected label words, whole, right before the quote ('se slovy 'jdu domů sám'', 'με στίχους
    # «…»', 'با متن «…»', 'ze słowami '…'', 'wenye maneno '…'', 'เนื้อเพลง '…'', '歌词是“…”'); not a word that only
    # starts like one ('textbook', 'lyrical', 'Textur', 'słowem'), nor 'text' alone or a poem ('شعر'), a title
    r"|(?<![^\W\d_])(?:lyrics|letra|lletra|paroles|testo|texto|tekst|teksten|texten|textem|tekstem|tekstom|textom|"
    r"textanum|textann|textinn er|textinn|mit dem text|mit text|dem text|den text|with the text|sanoilla|sanoin|rečima|recima|riječima|rijecima|речима|slovy|słowami|slovami|словами|текстом|στίχους|στίχοι|λόγια|verbis|maneno|"
    r"mashairi|lirik|liriknya|liriko|versurile|dalszöveggel|szöveggel|sözleriyle|متن|كلمات|بكلمات|מילים|המילים|बोल|ਬੋਲ|"
    r"কথা|வரிகள்|సాహిత్యం|เนื้อเพลง|lời|que diga|que diga:|qui dise|che dica|que diga assim)(?![^\W\d_])\s*"
    # ... or 'that says' said of the piece itself ('a song that says “…”', 'una canción que diga «…»'); not of
    # anyone in it ('a parrot that says 'hello'', 'un loro que dice «hola»', 'ma fille qui dit « pourquoi ? »')
    r"|(?<![^\W\d_])(?:song|tune|track|jingle|chorus|refrain|canción|cancion|cancioncita|tema|estribillo|coro|"
    r"chanson|lied|liedchen|canzone|canzoncina|ritornello|música|musica|musiquinha|refrão|refrao|cantiga)"
    r"(?:\s*,)?\s+(?:que dice|qui dit|that says|which says|that goes|die sagt|das sagt|der sagt|che dice|que diz)"
    r"(?![^\W\d_])\s*"
    r"|(?:歌词|歌詞|가사)\s*(?:是|は|는|:|：)?\s*)(?=[\"“«„「『‘'»])",
    re.IGNORECASE,
)


# Quoted words that describe the lyrics rather than give them ('testo 'da scrivere tu, sull'estate'', 'lyrics 'written
# by you, about summer'').
_DESCRIBED = quick(
    r"\s*(?:da scrivere|scritt[oi] da|scrivi tu|written by|to be written|you write|write (?:them|it)|"
    r"escrit[ao]s? por|escríbel[ao]s?|escribe tú|de tu elección|écrites? par|à toi|geschrieben von|schreib du|"
    r"написанн\w* |напиши сам)",
    re.IGNORECASE,
)


# Words asking for the lines below to be set to music, whatever else the line says ('ponle música a esto, estilo
# bolero:', 'Поклади на музику, щось у стилі інді-року:', 'لحّن هالكلمات بأسلوب خليجي:', 'Phổ nhạc giúp mình mấy câu này
# theo kiểu ballad nhé:', 'एतं श्लोकं गेयरूपेण रचय:'), with the colon ending its line: the lines after are the lyrics.
_SET_TO_MUSIC = quick(
    r"(?<![^\W\d_])(?:ponle\s+música|ponle\s+musica|ponme\s+música|musicaliza\w*|поклади\s+на\s+музику|"
    r"положи\s+на\s+музыку|phổ\s+nhạc|mets?\s+en\s+musique|metti\s+in\s+musica|vertone\w*|set\s+(?:this|these|it|them)"
    r"(?:\s+\w+){0,2}\s+to\s+music|put\s+(?:this|these|it|them)\s+to\s+music|lahhin|لحّن|لحن\s+(?:هال|هذه|هاد)|"
    r"गेयरूपेण|संगीतबद्ध)(?![^\W\d_])[^\n:：]{0,80}[:：][ \t]*(?=\n)",
    re.IGNORECASE,
)


# ... and with the place in the song it is sung between ('que en el coro diga 'feliz cumple'', 'che nel ritornello
# dica …'; not anyone else's words: 'que mi jefe diga 'perfecto''): a pattern of its own, so that each keeps its
# substring test in front.
_SUNG_THERE_SAYS = quick(
    r"(?<![^\W\d_])(?:que|qui|che)\s+(?:en|nel|nella|dans|no|na|in)\s+(?:(?:el|la|le|il|lo|o|a|l['’])\s*)?(?:coro|"
    r"estribillo|refrán|estrofa|letra|ritornello|strofa|testo|refrain|couplet|paroles|refrão|refrao|verso)\s+"
    r"(?:diga|dise|dica)(?![^\W\d_])\s*(?=[\"“«„「『‘'»])",
    re.IGNORECASE,
)


def _announced(raw: str) -> Lyrics | None:
    """Lyrics after a colon a label stands a few words before, where three words or a line follow it, or a quote."""
    if (s := _SET_TO_MUSIC.search(raw)) is not None:
        colon = max(raw.rfind(":", s.start(), s.end()), raw.rfind("：", s.start(), s.end()))
        if (found := _ending(raw, colon, "label", s.end())).text:
            return found  # (the words before the colon stay instructions: 'Положи на музыку, рок:' is rock)
    if (
        (q := _QUOTED_ANNOUNCE.search(raw) or _SUNG_THERE_SAYS.search(raw)) is not None
        and (lq := _leading_quote(raw[q.end() :])) is not None
        and not _DESCRIBED.match(raw, q.end() + lq[0])
    ):
        return _ending(raw, q.end(), "label", q.end())  # (what comes before the quote stays instructions)
    for m in _ANNOUNCE.finditer(raw):
        if _NOT_ANNOUNCING.search(m.group(0)) or NO_BEFORE.search(raw[max(0, m.start() - 12) : m.start()]):
            continue
        rest = raw[m.end() :]
        if _one_line_after_a_copula(m, rest):
            continue  # ('The lyrics are: up to you, surprise me'): a copula announces lines, not a remark
        enough = len(rest.split()) >= 3 or (rest.strip() and "\n" in rest.rstrip())
        if enough and (found := _ending(raw, m.end(), "label", m.end())).text:
            return found  # (the words before the colon stay instructions: 'Letra para una balada:', 'bir pop şarkı')
    return None


# 'that says' before a quote, of anyone or anything ('a parrot that says 'hello'', 'un loro que dice «hola»', 'ma
# fille qui dit « pourquoi ? »'). The piece's own ('a song that says') and the subjunctive that wishes it of the piece
# ('que diga', 'qui dise', 'che dica') are labels above (_QUOTED_ANNOUNCE).
_SAYS = quick(
    r"(?<![^\W\d_])(?:que|qui|that|which|who|die|das|der|che)\s+(?:[^\W\d_]+\s+)?(?:dice|dit|says|goes|sagt|diz|"
    r"keeps saying|is saying|always says)(?:\s+(?:always|toujours|immer|sempre|siempre|often|souvent|oft|ständig))?"
    r"(?![^\W\d_])\s*(?=[\"“«„「『‘'»])",
    re.IGNORECASE,
)


def quote_someone_says(raw: str) -> str | None:
    """The quoted words after 'that says' said of someone or something in the piece, not of the piece: they may be
    the words to sing or a part of its story, so neither reading is planned (red-team probe 10)."""
    if (m := _SAYS.search(raw)) is None or (q := _leading_quote(raw[m.end() :])) is None:
        return None
    return raw[m.end() + q[0] : m.end() + q[1]].strip("\"“”«»„「」『』‘’' ")


def lyrics_said_after_a_copula(raw: str) -> str | None:
    """'The lyrics are: sunshine on my window, you and me tonight', 'Il testo è: ancora da scrivere': words on one line
    after a copula and a colon. They may be the words to sing or a remark about them: asked, never planned either way
    (lines after it, '… / …' or a line break, are the words: `_announced`)."""
    for m in _ANNOUNCE.finditer(raw):
        rest = raw[m.end() :]
        if _one_line_after_a_copula(m, rest) and len(rest.split()) >= 2:
            return rest.strip()
    return None


def _one_line_after_a_copula(m: re.Match[str], rest: str) -> bool:
    """Whether an announcement `m` of `_ANNOUNCE` says its copula ('are', 'è', 'c'est') and one line follows it, with
    no '… / …' and no line break: a remark about the words, or the words; never read as lines to sing."""
    return bool(m.group(2)) and " / " not in rest and "\n" not in rest.strip()


def lyrics_said_unmarked(raw: str) -> str | None:
    """'con la letra baila conmigo…', 'the lyrics are we drove all night': words after 'with the lyrics' or 'the
    lyrics are' with no colon and no quote. They may be the words to sing, or what the lyrics should be ('written by
    you', 'translated into Spanish', 'by Bob Dylan'): never read as lyrics, asked about (red-team probe 8: 15 of 16
    such phrasings were instructions)."""
    w = _WITH_LYRICS_REST.search(raw)
    return None if w is None or any(c.isdigit() for c in w.group(1)) else w.group(1).strip()


# 'with the lyrics <words>' ending the request, with no colon and no quote ('una cumbia alegre con la letra baila
# conmigo hasta que salga el sol', 'avec les paroles on danse sous la pluie', 'com a letra eu te esperei na
# porteira'): the rest of its line is the lyrics, three words or more, no number in them; not 'con la letra de …',
# 'with the lyrics about …', 'avec les paroles en français', nor 'con letra bonita' (no article: a kind of lyrics).
_WITH_LYRICS_REST = quick(
    r"(?i)(?:(?<![^\W\d_])(?:con|avec|com|amb|with|mit|met|med)\s+(?:la|les|a|the|dem|de|il|den|o|el)\s+"
    r"(?:letra|paroles|lletra|lyrics|liedtext|songtext|testo|tekst|tekstem|textem|versurile|versuri)\s+"
    # ... or 'the lyrics are <words>', 'text ist <words>', 'la letra es <words>', 'les paroles sont <words>'
    r"|(?<![^\W\d_])(?:the\s+)?(?:lyrics|words)\s+(?:are|go|is)\s+|(?<![^\W\d_])(?:der\s+)?text\s+ist\s+|"
    r"(?<![^\W\d_])(?:la\s+)?letra\s+(?:es|é|seria|sería)\s+|(?<![^\W\d_])les\s+paroles\s+sont\s+)"
    r"(?!(?:de|del|des|du|da|do|sobre|about|of|über|su|di|em|en|in|que|that|qui|dass|che|como|like|comme|wie|"
    r"come|y|and|et|und|e|i|och|og|en)\b)([^\W\d_][^\n:：]{8,}?)\s*[.!?]?\s*$"
)


# A line after the lyrics that labels a field of the request ('style: soft folk, 2 minutes') ends them: what
# follows is instructions again, not words to sing.
_FIELD_LINE = quick(
    r"(?im)^[ \t]*(?:style|genre|tags|tempo|bpm|length|duration|mood|instruments|vibe|estilo|género|genero|gênero"
    r"|stil|stimmung|durée|longueur|durata|lunghezza|duração|duración|стиль|жанр|темп|длительность|风格|曲风"
    r"|时长|スタイル|ジャンル|長さ|스타일|장르|길이)[ \t]*[:：]"
)


# 'about', '~' just before a number: '~90s lofi' is about 90 seconds, not the nineties.
APPROX_BEFORE = quick(r"(?:~|≈|about|around|approx\.?|roughly|like)\s*$")


@dataclass(frozen=True)
class Lyrics:
    text: str
    how: str  # label | markers | shape
    start: int  # where the lyrics begin in the request
    end: int = -1  # where they end (a field line after them), or -1: at the request's end

    def outside(self, raw: str) -> str:
        """The request without this block: what comes before it, and a field line after it if any."""
        tail = raw[self.end :] if self.end >= 0 else ""
        return f"{raw[: self.start]}\n{tail}" if tail else raw[: self.start]


_QUOTE_PAIRS = {
    '"': '"',
    "'": "'",
    "“": "”",
    "«": "»",
    "„": "“",
    "「": "」",
    "『": "』",
    "‘": "’",
    "”": "”",
    "»": "«",
    "›": "‹",
}  # ('»Sneen falder blødt på taget«': Danish and German quote the other way round)


_CJK_AFTER = quick(r"で(?!は)|的.{0,4}?(?:歌|曲|乐|樂)")


def _leading_quote(body: str) -> tuple[int, int] | None:
    """Where the words inside a quote that opens `body` start and end, when the quote closes on its line and only
    a mark or more instructions follow it ('"Luna de plata", con guitarra'); None otherwise."""
    at = len(body) - len(body.lstrip())
    close = _QUOTE_PAIRS.get(body[at : at + 1])
    if close is None:
        return None
    line_end = body.find("\n", at)
    stop = line_end if line_end >= 0 else len(body)
    shut = body.find(close, at + 1, stop)
    if body[at] == "„" and shut < 0:
        shut = body.find("”", at + 1, stop)  # Hungarian and Polish close '„' with '”'
        close = "”"
    elif body[at] in "»›" and shut < 0:
        close = body[at]  # Swedish and Finnish close '»' with '»' ('med texten »du är min sol»')
        shut = body.find(close, at + 1, stop)
    after = body[shut + 1 : shut + 2] if shut >= 0 else ""
    while (
        shut >= 0
        and close == "'"
        and (
            after.isalpha()
            # a dropped g ('rockin' all night long'), when a quote closes further on the line
            or (body[shut - 2 : shut] == "in" and after == " " and body.find("'", shut + 1, stop) > 0)
        )
    ):
        # an apostrophe ('d'inverno', 'je t'aime', 'Joe's'), not the quote's end: the next one may be
        shut = body.find(close, shut + 1, stop)
        after = body[shut + 1 : shut + 2] if shut >= 0 else ""
    if shut <= at + 2:
        return None
    if _CJK_AFTER.match(body, shut + 1):
        # '「桜の下で君を待つ」でJ-POPを', '“你是我心里的光”的流行歌': Japanese and Chinese glue the next word to
        # the quote; only 'with these' and 'of these … song' end the lyrics there, not a title or a theme ('「夜明け」
        # というタイトルで', '「さくら」をテーマに', '“晴天”这个主题', '「君に会いたい」「夜が明ける」で')
        return at + 1, shut
    return (at + 1, shut) if not after or after in " \t\n,.;:!?、，。،؛" else None


def _unquoted(words: str) -> str:
    """Lyrics written inside one pair of quotes ('con esta letra: "Luna de plata"') are the words inside them."""
    words = words.strip()
    close = _QUOTE_PAIRS.get(words[:1])
    inner = words[1:-1]
    if close and len(words) > 2 and words.endswith(close) and words[:1] not in inner and close not in inner:
        return inner.strip()
    return words


# The last comma of one line of lyrics before a length and a style ('pake lirik ini: aku cinta kamu selamanya, pop 2
# menit'): what follows it is instructions again, not words to sing.
_SETTINGS_TAIL = quick(
    r"[,，、;]\s*[^,，、;\n]{0,24}?\d+(?:[.,]\d+)?\s*(?:s|sec|secs|seconds?|min|mins|minutes?|minut\w*|menit|minit|"
    r"detik|saat|saniye|dakika|dk|sn|segundos?|minutos?|minuti|secondi|minuten|sekunden|sekund\w*|секунд\w*|"
    r"минут\w*|хвилин\w*|λεπτ\w*|δευτερ\w*|分钟|分鐘|分|秒|분|초|मिनट|सेकंड|دقيقة|دقائق|ثانية|ثواني|دقیقه|ثانیه|"
    r"phút|giây|นาที|วินาที)(?![^\W\d_])[^,，、;\n]{0,24}$",
    re.IGNORECASE,
)


def _ending(raw: str, start: int, how: str, body_start: int) -> Lyrics:
    """The lyrics from body_start, cut before a field line (empty where the field line comes first), or before a
    length and style after the last comma of lyrics on one line."""
    field = _FIELD_LINE.search(raw, body_start)
    if field is not None:  # (nothing before it: no lyrics, only a field line after a label)
        return Lyrics(_unquoted(raw[body_start : field.start()]), how, start, field.start())
    body = raw[body_start:]
    quoted = _leading_quote(body)
    if quoted is not None:  # 'letra: "Te busqué en cada esquina", con guitarra y violín': the quote is the lyrics
        return Lyrics(body[quoted[0] : quoted[1]].strip(), how, start, body_start + quoted[1] + 1)
    if "\n" not in body.strip() and (tail := _SETTINGS_TAIL.search(body)) is not None:
        return Lyrics(_unquoted(body[: tail.start()]), how, start, body_start + tail.start())
    if (
        (cut := _instructions_after(body)) is not None
        or (cut := _style_line_after(body)) is not None
        or (cut := _length_line_after(body)) is not None
        or (cut := _request_line_after(body)) is not None
    ):
        return Lyrics(_unquoted(body[:cut]), how, start, body_start + cut)
    return Lyrics(_unquoted(body), how, start)


# A first line that names the song ('Song title: Paper Boats', 'Título: …', 'タイトル：…'): not sung.
_TITLE_LINE = quick(
    r"\s*(?:song\s+title|title|song\s+name|titel|título|titulo|titre|titolo|tytuł|název|название|назва|başlık|"
    r"judul|tựa đề|tên bài|naslov|títol|titol|cím|otsikko|tittel|العنوان|عنوان|शीर्षक|כותרת|τίτλος|タイトル|曲名|标题|標題|歌名|제목)\s*[:：][^\n]*\n",
    re.IGNORECASE,
)
# A line of chords above the words ('Am        F', 'C  G  Am  F', 'G/B  Cmaj7'): played, not sung.
_CHORD = r"[A-G](?:#|b|♯|♭)?(?:m|maj|min|dim|aug|sus)?\d{0,2}(?:/[A-G](?:#|b|♯|♭)?)?"
_CHORD_LINE = quick(rf"^[ \t]*{_CHORD}(?:[ \t]+{_CHORD})+[ \t]*$")
# ... of two chords at least, set apart as over words ('Am        F') or with a chord's quality ('C G Am F'); not 'A B C
# D E F G' or 'Em' (Vietnamese 'you'), sung
_CHORD_MARK = quick(r"\S[ \t]{3,}\S|[A-G](?:#|b|♯|♭)?(?:m|maj|min|dim|aug|sus|\d|/)")


def _without_chords(text: str) -> str:
    """Lyrics without their lines of chords."""

    def chords(line: str) -> bool:
        return _CHORD_LINE.match(line) is not None and _CHORD_MARK.search(line) is not None

    if not any(chords(line) for line in text.split("\n")):
        return text
    return "\n".join(line for line in text.split("\n") if not chords(line)).strip()


# The last paragraph of a block, after a blank line, that closes the message or asks for a voice ('thanks!', 'makasih
# kak', 'Dank je!', 'Voix féminine svp', 'female vocals please'), or a last line of a style with a tempo or a length
# ('synthwave, 100 bpm'), or a length said in CJK ('时长三分钟', '3分くらい'): the request again, not sung.
_THANKS_WORD = (
    r"(?:thanks?(?: you)?(?: so much| a lot)?|thx|merci(?: beaucoup)?|gracias|gràcies|danke(?: schön)?|grazie(?: mille)?|"
    r"obrigad[oa]|valeu|valew|vlw|спасибо|спасибі|дякую|благодаря|хвала|dziękuję|dzięki|děkuji|díky|ďakujem|hvala|"
    r"köszönöm|köszi|kiitos|tack|takk|dank je(?:wel)?|bedankt|teşekkürler|sağ ?ol|makasih|terima kasih|salamat|"
    r"asante|cảm ơn|mulțumesc|multumesc|mersi|ačiū|paldies|aitäh|gratias|mèsi|ευχαριστώ|תודה|شكرا|شكراً|مرسی|ممنون|"
    r"متشکرم|شکریہ|धन्यवाद|शुक्रिया|ধন্যবাদ|ధన్యవాదాలు|நன்றி|ਧੰਨਵਾਦ|ขอบคุณ\S*|谢谢|謝謝|多謝|ありがとう(?:ございます)?|"
    r"감사합니다|고마워요?)"
)
_THANKS = quick(
    r"\s*[¡!]?\s*" + _THANKS_WORD + r"(?:(?:\s+(?:so much|a lot|beaucoup|mille|schön|banyak))?\s*(?:[!！]+|[🙏😊❤️]+)|"
    r"\s+(?:kak|ya|bro|sana|po|bhai|ji|ạ))[\s!！.🙏😊❤️]*",
    re.IGNORECASE,
)
# ... or a few words of a wish ending in thanks after a comma ('vrouwenstem graag, bedankt!', 'női hang, köszi!')
_WISH_THEN_THANKS = quick(r"^[^\n]{1,40},\s*" + _THANKS_WORD + r"\s*[!！]+[\s!！.🙏😊❤️]*$", re.IGNORECASE)
_REQUEST_AFTER = quick(
    r"(?<![^\W\d_])(?:please|pls|plz|svp|stp|s'il (?:te|vous) plaît|por favor|porfa|bitte|per favore|пожалуйста|моля|"
    r"proszę|prosím|lütfen|tolong|ya|kak|nhé|graag|gärna|gerne|lutfen|لطفا|لطفاً|من فضلك|בבקשה|παρακαλώ)(?![^\W\d_])"
    r"|お願い|请|請|부탁",
    re.IGNORECASE,
)
_VOICE_ASKED = quick(
    r"(?<![^\W\d_])(?:female|male|féminine|masculine|femenina|masculina|feminina|femminile|maschile|weiblich\w*|"
    r"männlich\w*|женский|мужской|женски|мъжки|жіночий|kobiecy|męski|kvindelig|mandlig|kvinnlig|manlig|kadın|erkek|"
    r"wanita|pria|nữ|nam)\s+(?:voice|vocals?|voix|voz|voce|stimme|gesang|голос|вокал|wokal|vokal|sång|hang|giọng)"
    r"|(?<![^\W\d_])(?:voice|vocals?|voix|voz|voce|stimme|gesang|голос|giọng|vokal)\s+(?:female|male|féminine|"
    r"masculine|femenina|masculina|feminina|femminile|maschile|weiblich|männlich|nữ|nam|wanita|pria)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:vrouwenstem|mannenstem|női hang|férfi hang|صدای زن|صدای مرد|صوت نسائي|صوت رجالي)"
    r"|女性ボーカル|男性ボーカル|女声|男声|여성\s*보컬|남성\s*보컬",
    re.IGNORECASE,
)
_CJK_LENGTH_LINE = quick(
    r"^(?:(?:时长|時長|长度|長度|長さ|길이|大概|大约|大約|约|約)\s*[\d一二三四五六七八九十两兩半]+(?:\.\d)?\s*(?:分钟|分鐘|分|秒|분|초)"
    r"(?:半|左右|くらい|ぐらい|程度|정도)?|[\d一二三四五六七八九十两兩半]+(?:\.\d)?\s*(?:分钟|分鐘|分|秒|분|초)(?:半)?"
    r"(?:左右|くらい|ぐらい|程度|정도))[\s。.!！]*$"
)


# Words a song addresses someone by ('Baby', 'Mi amor', 'Schatz', '자기야'), a clause of their own in a sung line.
_ADDRESS = quick(
    r"(?:oh\s+|ay\s+|my\s+|mi\s+|mon\s+|ma\s+|meu\s+|minha\s+|mein\s+|meine\s+|amor\s+)?(?:baby|babe|bebé|bebe|amor|"
    r"amor mío|amor mio|love|darling|honey|sweetheart|cariño|querid[oa]|vida|chéri\w*|amour|schatz|liebling|amore|"
    r"tesoro|милая|милый|любимая|любимый|kochanie|skarbie|schat|lieverd|älskling|kjære|skat|canım|sayang|"
    r"habibi|habibti|حبيبي|حبيبتي|jaan|जान|자기야|여보|宝贝|亲爱的|ダーリン|lord|god|dios|señor|mama|mamá|papa|papá)",
    re.IGNORECASE,
)
# A word of 'about' before a length ('uns 2 minuts', 'ca. 3 minutter', 'vreo 3 minute', 'oko 2 minute'): the request's
# way of saying a length, which a sung line rarely has ('Tak, jeszcze 5 minut' and 'Just 5 more minutes, please' are
# sung).
_ABOUT_WORD = quick(
    r"(?<![^\W\d_])(?:ca|circa|about|around|approx\w*|roughly|uns|unos|unas|umas|vreo|oko|cca|noin|ungefähr|etwa|"
    r"environ|cerca|около|примерно|приблизно|około|asi|zhruba|körülbelül|kb|yaklaşık|sekitar|khoảng|tầm|ungefär|"
    r"omkring|cirka|ongeveer|takriban|حوالي|تقريبا|περίπου|लगभग|करीब)(?![^\W\d_])|大约|大概|約|くらい|정도",
    re.IGNORECASE,
)


def _closing_line_after(body: str) -> int | None:
    """Where lyrics end before a closing line (see above); None otherwise."""
    last = _last_paragraph(body)
    if last is not None:
        before, cut, para = last
        if (
            "\n" not in para
            # (a line that echoes the lyrics is sung, unless it names a voice or a word of asking)
            and not (_echoes(before, para) and not _VOICE_ASKED.search(para) and not _REQUEST_AFTER.search(para))
            and (
                _THANKS.fullmatch(para)
                or (
                    len(para.split()) <= 6
                    and _WISH_THEN_THANKS.match(para)
                    and not _ADDRESS.fullmatch(para.split(",")[0].strip())  # ('Mama, danke!', 'Amor mío, gracias!')
                )
                or (
                    len(para.split()) <= 5
                    and (voice := _VOICE_ASKED.search(para)) is not None
                    and (ask := _REQUEST_AFTER.search(para)) is not None
                    # (the voice and the asking word are its clause: not '请你记住这女声', sung; '请用女声，节奏慢一点' asks)
                    and _residue(_clause_at(para, voice.start()), voice, ask) <= 3
                )
            )
        ):
            return cut  # ('thanks!', 'makasih kak!', 'Voix féminine svp'; not 'So I just say thank you')
        if (
            "\n" not in para
            and len(para.split()) <= 6
            and "," in para
            and re.search(r"\d", para)
            and _LENGTH_UNIT_WORD.search(para)
            and _ABOUT_WORD.search(para)
            and not _MORE.search(para)
            # (not beside an address: 'Baby, just about 5 minutes', 'Mi amor, unos 5 minutos', sung)
            and not any(_ADDRESS.fullmatch(part.strip()) for part in para.split(","))
        ):
            return cut  # ('rumba, uns 2 minuts', 'ca. 3 minutter, kvindelig vokal': the request again)
    line = _last_line(body)
    if line is None:
        return None
    at, text = line
    if _CJK_LENGTH_LINE.match(text) and not _echoes(body[:at], text):
        return at
    words = [w for w in re.split(r"[\s,]+", text.lower()) if w]
    if (
        len(words) <= 5
        and len(set(words)) == len(words)  # (not 'Disco, disco, 120 bpm', sung)
        and re.search(r"(?<![^\W\d_])\d{2,3}\s*bpm(?![^\W\d_])", text.lower())
        and all(
            w.isdigit()
            or w == "bpm"
            or re.fullmatch(r"\d{2,3}bpm", w)
            or _GENRE_WORD.fullmatch(w)
            or re.fullmatch(r"[a-z-]+(?:wave|core|step|hop|house|pop|rock|punk|funk|jazz|soul|trap|techno|trance)", w)
            or _MUSIC_ASKED.fullmatch(w)
            or _style_named(w)
            for w in words
        )
    ):
        return at  # ('synthwave, 100 bpm'; not '심장이 뛰어 120bpm')
    return None


# A last line of a few words that says the piece's length, right after the lyrics with no blank line ('…\n3 minutos',
# '…\nQue duri tres minuts i mig', '…\nوخلها ثلاث دقايق تقريبًا'): the request again, not a line to sing. A unit, and
# a digit or a word of asking or of 'about' ('Gracias por esos dos minutos contigo' is sung).
_LENGTH_UNIT_WORD = quick(
    r"(?<![^\W\d_])(?:minut\w*|minuto\w*|seconds?|secondes?|segund\w*|sekund\w*|secondi|секунд\w*|минут\w*|хвилин\w*|"
    r"min|mins|sec|secs|λεπτ\w*|δευτερ\w*|perc\w*|másodperc\w*|menit|detik|phút|giây|minit|saniye\w*|dakika\w*|"
    r"דקות|דקה|שניות|"
    r"دقيقة|دقايق|دقائق|دقيقتين|ثواني|ثوان|دقیقه|ثانیه|मिनट|मिनेट|सेकंड|মিনিট|সেকেন্ড)(?![^\W\d_])|分钟|分鐘|分|秒|분|초"
)
_LENGTH_LINE_ASKS = quick(
    r"(?<![^\W\d_])(?:que|make|keep|let|about|around|approximately|roughly|dure|duri|dura|durer|dauern|lang|long|tipo|"
    r"cerca|circa|около|примерно|ungefähr|etwa|noin|yaklaşık|sekitar|khoảng|वैसे|लगभग|करीब|وخلها|خليها|خلها|"
    r"خله|تقريبا|تقريبًا|حوالي|تقريب\w*|total|totale|insgesamt|ca)(?![^\W\d_])",
    re.IGNORECASE,
)


_CLAUSE_END = quick(r"[,，、;；。.!?！？]")


def _clause_at(text: str, at: int) -> tuple[str, int]:
    """The clause of `text` (between commas and stops) that holds `at`, and where it starts."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    hi = next((m.start() for m in _CLAUSE_END.finditer(text, at)), len(text))
    return text[lo:hi], lo


def _residue(clause: tuple[str, int], *found: re.Match[str]) -> int:
    """How many letters of a clause (its text and where it starts in the text the spans were found in) stand outside
    the spans found and its words of thanks, kana not counted (the particles and politeness of '女性ボーカルでお願いします')."""
    text, lo = clause
    covered = bytearray(len(text))  # (a mask, so a long clause with many spans stays linear)
    spans = [(m.start() - lo, m.end() - lo) for m in found]
    spans += [(m.start(), m.end()) for m in re.finditer(_THANKS_WORD, text, re.IGNORECASE)]
    for a, b in spans:
        a, b = min(max(a, 0), len(text)), min(max(b, 0), len(text))
        covered[a:b] = b"\x01" * max(b - a, 0)
    return sum(
        c.isalpha() and not "\u3040" <= c <= "\u30ff" for c, hidden in zip(text, covered, strict=True) if not hidden
    )


def _opening_words(line: str) -> str | None:
    """The two words a line opens with, in lower case; None in scripts written without spaces, or with fewer."""
    m = re.match(r"([^\W\d_]+)[\s,]+([^\W\d_]+)", line.strip().lower())
    return None if m is None or re.match(r"[\u3040-\u9fff\uac00-\ud7a3]", m.group(1)) else f"{m.group(1)} {m.group(2)}"


def _echoes(lyrics: str, line: str) -> bool:
    """Whether a closing-looking line repeats the lyrics before it: it opens with the two words that open one of their
    lines ('Für jeden Tag, danke!' after 'Für jeden Morgen'; not 'Make it a female voice, thanks!' after 'Make me…'),
    or, in CJK, its length is sung in them ('大约一分钟' after '再给我一分钟'): a line of the song."""
    first = _opening_words(line)
    if first is not None and any(_opening_words(row) == first for row in lyrics.split("\n")):
        return True
    length = re.search(r"[\d一二三四五六七八九十两兩半]+(?:\.\d)?\s*(?:分钟|分鐘|分|秒|분|초)", line)
    return length is not None and length.group(0) in lyrics


def _last_line(body: str) -> tuple[int, str] | None:
    """Where the last line of a block of lyrics starts and the line itself, stripped; None where there is one line."""
    text = body.rstrip()
    at = text.rfind("\n")
    if at < 0 or not text[:at].strip():
        return None
    return at, text[at + 1 :].strip()


def _request_line_after(body: str) -> int | None:
    """Where lyrics end when their last line, right after them, asks to make them into a style ('…\n请帮我做成民谣',
    '…\nplease make it a folk song'): a verb of making or asking and a style or a piece named; None otherwise."""
    if (last := _last_line(body)) is None:
        return None
    at, line = last
    if len(line) > 60 or _MARKER.search(line) or line.startswith(("(", "（")):
        return None  # (a line in brackets is sung as written: '(make it a 2 min pop song)')
    low = line.lower()
    if not (_MAKE_INTO.search(low) and (_MUSIC_ASKED.search(low) or _style_named(low))):
        return None
    return at


def _style_named(text: str) -> bool:
    from ace_step_mcp.router.style_words import find

    return bool(find(text))


def _length_line_after(body: str) -> int | None:
    """Where lyrics end when their last line is a few words saying the length (see above); None otherwise."""
    if (last := _last_line(body)) is None:
        return None
    at, line = last
    if len(line.split()) > 6 or len(line) > 80 or _MARKER.search(line) or not _LENGTH_UNIT_WORD.search(line):
        return None
    # (every word of it a number, a unit, a word of asking or 'and a half', and a number among them: 'son 20
    # saniyede kapattın' and 'segundos y minutos' are sung)
    words = re.findall(r"[^\s,.;:!?¡¿]+", line)
    if not any(any(c.isdigit() for c in w) or number_value(w) is not None for w in words):
        return None
    for word in words:
        if not (
            any(c.isdigit() for c in word)
            or _LENGTH_UNIT_WORD.fullmatch(word)
            or _LENGTH_LINE_ASKS.fullmatch(word)
            or number_value(word) is not None
            or word.lower() in _LENGTH_LINE_GLUE
        ):
            return None
    return at


_LENGTH_LINE_GLUE = frozenset(
    {"i", "y", "e", "and", "et", "und", "en", "و", "a", "mig", "medio", "media", "meio", "meia", "half", "demi", "demie",
     "mezzo", "ونص", "نص", "halb", "halbe", "és", "fél", "ve", "buçuk", "dan", "setengah", "rưỡi"}
)  # fmt: skip


# The last paragraph of a block, after a blank line, that asks rather than sings: a length, or the words of a request
# ('Keep it upbeat pop, about a minute and a half. Thank you so much!!').
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A verb that makes the words into the piece ('fanne una ballata', 'faz com violão', 'turn it into a ballad'), in the
# words spaced scripts write and in those that run on (one list for the asking words below and `_MAKE_INTO`).
_MAKING = (
    r"fanne|fammela|fammelo|falla|fallo|faz|faça|hazla|hazlo|fais-en|fais-la|mach daraus|turn it into|turn this into|"
    r"make it into|sing it|cántala|cantala|chante-la"
)
_MAKING_RUN_ON = r"불러줘|불러 줘|만들어줘|にして|で歌って|唱成|做成"
_ASKS = quick(
    r"(?<![^\W\d_])(?:thank you|thanks|thx|please|pls|keep it|make it|about a minute|a minute and a half|gracias|"
    r"por favor|merci|s'il te plaît|s'il vous plaît|danke|bitte|grazie|obrigad[oa]|спасибо|пожалуйста|дякую|dziękuję|dzięki|tack|"
    r"takk|tak|kiitos|teşekkürler|terima kasih|cảm ơn|per favore|fazer|"
    + _MAKING
    + r")(?![^\W\d_])|ありがとう|谢谢|謝謝|"
    r"감사합니다|고마워|请|請|お願い|부탁|" + _MAKING_RUN_ON,
    re.IGNORECASE,
)
_LENGTH_SAID = quick(
    r"(?<![^\W\d_])(?:a|one|two|three|four|five|un|une|uno|una|dos|tres|cuatro|deux|trois|quatre|ein|eine|einer|zwei|"
    r"drei|vier|due|tre|quattro|dois|duas|três)\s+(?:minutes?|seconds?|minutos?|segundos?|minuten|sekunden|minuti|"
    r"secondi|secondes)(?![^\W\d_])|a minute and a half|\d+(?:[.,]\d+)?\s*(?:s|sec|secs|seconds?|secondes?|min|mins|minutes?|minut\w*|segundos?|minutos?|minuti|secondi|"
    r"minuten|sekunden|sekund\w*|секунд\w*|минут\w*|хвилин\w*|dakika|saniye|menit|detik|phút|giây)(?![^\W\d_])|"
    r"\d+\s*(?:分钟|分鐘|分|秒|분|초)",
    re.IGNORECASE,
)


_PLEASE = quick(
    r"(?<![^\W\d_])(?:please|pls|could you|can you|make it|por favor|bitte|per favore|пожалуйста|s'il te plaît|"
    r"s'il vous plaît)(?![^\W\d_])|请|請|"
    r"お願い|부탁",
    re.IGNORECASE,
)
_MORE = quick(
    r"(?<![^\W\d_])(?:more|más|mais|noch|ещё|еще|ancora|encore|jeszcze|nữa|daha)(?![^\W\d_])|"
    r"あと|再|더|还",
    re.IGNORECASE,
)
_MAKE_INTO = quick(
    r"(?<![^\W\d_])(?:" + _MAKING + r"|make it an?|make this an?|зроби з цього|сделай из этого|zrób z tego|"
    r"udělej z toho)(?![^\W\d_])|" + _MAKING_RUN_ON,
    re.IGNORECASE,
)
_MUSIC_ASKED = quick(
    r"(?<![^\W\d_])(?:pop|rock|jazz|lo-?fi|upbeat|tempo|bpm|style|genre|instrumental|vocals?|beat|acoustic|piano|"
    r"guitar|estilo|ritmo|stil|темп|стиль|ballata|ballad|balada|ballade|pianoforte|violão|violao|violino|chitarra|"
    r"gitarre|guitarra|samba|bossa|fado|forró|sertanejo|folk|reggae|cumbia|salsa|tango)(?![^\W\d_])|"
    r"발라드|バラード|民谣|民謠|摇滚|搖滾|ロック|록",
    re.IGNORECASE,
)


_VOICE_WORD = quick(
    r"(?<![^\W\d_])(?:gesang|stimme|voice|vocals?|voz|voix|voce|голос\w*|вокал\w*|wokal\w*|صوت\w*|بصوت|आवाज़?|"
    r"গলা|কণ্ঠ\w*|boses|suara|giọng)(?![^\W\d_])|唱|歌う|노래해|불러"
)


def _styled_request(para: str) -> bool:
    """Whether a last paragraph of at most 14 words reads as the request: a style the table knows together with a
    language to sing in or a voice, or a verb of the cue tables and a style."""
    from ace_step_mcp.router.cues import find_cues
    from ace_step_mcp.router.languages import language_named_in

    if len(para.split()) > 14:
        return False
    low = para.lower()
    styled = _style_named(low) or bool(_MUSIC_ASKED.search(low)) or bool(_A_PIECE_WORD.search(low))
    sung = language_named_in(low) is not None or _VOICE_WORD.search(low) is not None
    return styled and (sung or bool(find_cues(low)) or bool(_MAKE_INTO.search(low)))


def _style_line_after(body: str) -> int | None:
    """Where lyrics end when their last paragraph, after a blank line, is one short line with no marker that names a
    style in a few words or with a word of asking ('[Verse]\n…\n[Chorus]\n…\n\npop akustik ya', 'Refräng:\n…\n\nsom en
    schlager', '…\n\nkiểu bolero nhé'): the request again, said after the words; None otherwise."""
    from ace_step_mcp.router.style_words import find as styles_in

    last = _last_paragraph(body)
    if last is None:
        return None
    head, cut, para = last
    if "\n" in para or len(para) > 60 or len(para.split()) > 10 or _MARKER.search(para) or _SECTION_LINE.search(para):
        return None
    low = para.lower()
    if low in head.lower():
        return None  # (a line sung again, 'la la la')
    styled = bool(styles_in(low) or _MUSIC_ASKED.search(low) or _GENRE_WORD.search(low))
    # (a style in a few words, or with words of asking: 'rock olsun', 'kiểu bolero nhé', 'sea shanty style please'; a
    # sung line is a clause: 'Rock and roll will never die', 'Und das Radio spielt Jazz', 'Auf Wiedersehen, mein Schatz')
    words = sum(any(c.isalnum() for c in w) for w in para.split())  # (not '→')
    # (not a sung line that asks: 'Please don't stop the beat tonight', 'Make it rock, make it roll, make it burn …',
    # 'Gracias por esos dos minutos contigo')
    if (
        (styled and words <= 4)
        or (_LIKE_A_STYLE.match(low) and (_LENGTH_SAID.search(low) or styled))
        or (_REQUEST_WORD.search(low) and (styled or _MUSIC_ASKED.search(low)) and words <= 5)
        or (_LENGTH_SAID.search(low) and (styled or _MUSIC_ASKED.search(low)) and words <= 8)
    ):
        return cut
    return None


# Genres the style table reads by their native forms, said in English inside another language ('en version rap').
_GENRE_WORD = quick(
    r"(?<![^\W\d_])(?:rap|hip-?hop|trap|country|schlager|disco|metal|punk|blues|soul|funk|gospel|techno|house|edm|"
    r"reggaeton|ballad\w*)(?![^\W\d_])"
)
# A last line that says 'as a …' with a length ('als Schlager, 2 Minuten', 'como bolero, 3 min'): the request.
_LIKE_A_STYLE = quick(r"(?:als|as an?|como|comme|come|como um|jako|как|kiểu|ako|som en|als een)\s")
_REQUEST_WORD = quick(
    r"(?<![^\W\d_])(?:please|pls|plz|bitte|por favor|porfa|per favore|s'il te plaît|kiitos|tafadhali|sana|ya|nhé|nha|"
    r"olsun|lütfen|proszę|prosím|molim|пожалуйста|будь ласка|בבקשה|لو سمحت|من فضلك|dong|deh|lah|thanks|thx|takk|tack|"
    r"obrigad[oa]|gracias|grazie|merci|danke)(?![^\W\d_])|お願い|부탁|느낌으로|请|請"
)


def _instructions_after(body: str) -> int | None:
    """Where a block of lyrics ends when its last paragraph, after a blank line, is the request again (one line of at
    most 300 characters, no section marker, with a word of asking and more of a request: see below): None where it
    does not."""
    last = _last_paragraph(body)
    if last is None:
        return None
    _, cut, para = last
    if len(para) > 300 or "\n" in para or _MARKER.search(para):
        return None  # (several lines are a stanza: 'Please don't go\nPlease stay with me tonight')
    # One line of prose that asks ('Keep it upbeat pop, about a minute and a half. Thank you so much!!'), not a last
    # line sung ('Please come back and close it, my love.', 'We danced for 3 minutes under the moon', 'Please don't
    # stop the beat tonight', 'Gracias por esos dos minutos contigo', 'Make it rock, make it roll'): a word of asking
    # and a length and a word of music, or two different words of asking, or 'please' with a length in digits and no
    # 'more'.
    asks = {m.group(0).lower() for m in _ASKS.finditer(para)}
    length = _LENGTH_SAID.search(para)
    said = bool(length) + bool(_MUSIC_ASKED.search(para))
    if _styled_request(para):
        # ('Bitte als Indie-Rock mit deutschem Gesang', 'une chanson façon variété française des années 60', '用中文唱，民谣风',
        # 'اعملها أغنية طربية بصوت رجالي'): a last line of a few words that names a style of the table and a language to
        # sing in or a voice, or a verb of the cue tables: the request again
        return cut
    if not asks or said == 0:
        return None
    if (
        said == 1
        and len(asks) < 2
        and not (
            length and any(c.isdigit() for c in length.group(0)) and _PLEASE.search(para) and not _MORE.search(para)
        )
        # (a verb that makes the words into a style named: 'fanne una ballata col pianoforte', '한국어 발라드로 불러줘')
        and not (_MAKE_INTO.search(para) and _MUSIC_ASKED.search(para))
    ):
        return None  # ('Bitte 90 Sekunden.' asks; 'Por favor, dame 5 minutos más', 'Thanks for the 3 minutes' sing)
    return cut


# The word for the words to sing in the line before such a colon ('con esta letra:', '歌词是：', '가사는 이거:',
# 'इन बोलों पर … :', 'עם הטקסט הזה:', 'ఈ లిరిక్స్ తో పాట చేయండి:').
_WORDS_TO_SING = quick(
    r"(?<![^\W\d_])(?:lyrics?|(?:these|the|with|song)\s+words|(?<!few )(?<!other )(?<!key )(?:words|text)(?=\s*[:：])|letras?|paroles|testo|parole|(?:this|the|with|with the|mit dem|mit)\s+text|texte|tekst\w*|teksti\w*|szöveg\w*|"
    r"sanoitu\w*|versuri|stihov\w*|слова|текст\w*|sözler\w*|sözlər\w*|sözləri|versurile|lời|lirik|liriko|maneno|كلمات|الكلمات|متن|बोल\w*|"
    r"গানের কথা|লিরিক্স|வரிகள்|లిరిక్స్|సాహిత్యం|טקסט|הטקסט|מילים|המילים|στίχ\w*|στιχ\w*|"
    # 'these words' in the Bengali, Sanskrit, Tamil and Telugu of a label line ('এই কথাগুলো দিয়ে', 'एतैः शब्दैः',
    # 'இந்த வரிகளுக்கு', 'ఈ పదాలతో'): a line naming the words that follow
    r"কথাগুলো|কথাগুলি|শব্দগুলো|शब्दैः|पदैः|एतानि पदानि|வரிகளுக்கு|வரிகளை|వరిసలతో|పదాలతో|సాహిత్యంతో)(?![^\W\d_])|"
    r"歌词|歌詞|가사"
)
# 'These lyrics', 'this text' (the words that follow, not lyrics described: 'lyrics about my dog.'), in the
# languages' everyday words: before a full stop and short lines, those lines are the words to sing.
THESE_WORDS = quick(
    r"(?<![^\W\d_])(?:these\s+(?:lyrics|words)|this\s+text|the\s+following\s+(?:lyrics|words)|esta\s+letra|essa\s+letra|"
    r"estas\s+letras|questo\s+testo|queste\s+parole|ce\s+texte|ces\s+paroles|diesem\s+text|diesen\s+text|"
    r"этим\s+текстом|этот\s+текст|этими\s+словами|tym\s+tekstem|deze\s+tekst|den\s+här\s+texten|"
    r"bu\s+sözler\w*|lirik\s+ini|lời\s+này|هذه\s+الكلمات|هالكلمات|these\s+lines|इन\s+बोलों|इन\s+शब्दों|ये\s+बोल|"
    r"این\s+شعر|این\s+متن|این\s+کلمات|pawòl\s+sa\s+yo|एतैः\s+(?:पदैः|शब्दैः)|এই\s+কথাগুলো|இந்த\s+வரிகள்\w*|"
    r"ఈ\s+పదాలతో|ఈ\s+పదాలు|ఈ\s+లిరిక్స్\w*|ఈ\s+సాహిత్యం\w*)(?![^\W\d_])"
    r"|この歌詞|这些歌词|这段歌词|这个歌词|這些歌詞|呢啲歌詞|呢段詞|呢段歌詞|이\s*가사"
    # (and typed in Latin letters: 'kono kashi de', 'i gasaro', 'zhe duan geci')
    r"|(?<![^\W\d_])(?:kono\s+kashi|i\s+gasa(?:ro|reul)?|zhe\s*(?:duan|ge|xie)\s*geci)(?![^\W\d_])"
)
# The person's own words to sing, named and not given: a noun for the words within a few words of 'I wrote', 'my', 'I
# have' or 'later' ('I've got lyrics for a wedding song', 'te la paso después', 'il testo che ho scritto io', 'text ti
# pošlu až zítra', 'liriknya nanti aku kirim', '歌詞はまだ考え中', 'నా లిరిక్స్'). Read only where no words were found.
_WORDS_NOUN = (
    r"lyrics?|words|text|letras?|testo|parole|paroles|texte|liedtext|songtext|textem|textu|texty|tekst\w*|texten|"
    r"слова\w*|текст\w*|стихи|стих|вірш\w*|sanoitu\w*|s[öo]zler\w*|στίχ\w*|λόγια|מילים|הטקסט|כלמות|كلمات\w*|شعر\w*|"
    r"متن|ترانه|बोल|গানের কথা|কথা|লিরিক্স|ਬੋਲ|வரிகள்|లిరిక్స్|సాహిత్యం|เนื้อเพลง|เนื้อร้อง|lirik\w*|liriko|lời|maneno|"
    r"mashairi|versuri\w*|szöveg\w*|dalszöveg\w*|žodži\w*|pawòl|歌詞|歌词|가사"
)
# ... written by the person ('I wrote', 'ho scritto', 'jeg skrev', 'كتبتها', 'লিখে রেখেছি'), said a few words away
_WORDS_WRITTEN = (
    r"i wrote|i've written|i have written|written by me|escrib[ií]|que escribí|ho scritto|"
    r"scritto io|j'ai écrit|ich geschrieben|ich \w+ geschrieben|escrevi|написал|написала|написав|napisałem|napisałam|"
    r"napsal jsem|napsala jsem|jeg skrev|jag skrev|"
    r"har skrevet|ik schreef|geschreven|yazdığım|yazdım|kirjoitin|írtam|am scris|έγραψα|כתבתי|كتبتها|كتبت|نوشتم|"
    r"लिखे|লিখে|ਲਿਖੇ|எழுதிய|రాసిన|aku tulis|saya tulis|kutulis|tôi viết|nimeandika|sinulat ko"
)
# ... or the person's, right beside the noun ('my lyrics', 'mi letra', 'lyrics ko', 'كلماتي', 'నా లిరిక్స్')
_WORDS_MINE_BEFORE = (
    r"my own|my|mi|mis|il mio|mes|mon|meinen|meine|mein|minha|meu|мой|мои|мій|мої|mój|moje|můj|mijn|mina|"
    r"i have|i've got|i have got|i got|tengo una|tengo la|tengo|tenho uma|tenho|j'ai des|j'ai un|ich habe einen|"
    r"у меня есть|у меня|mám|mam|عندي|لدي|मेरे|আমার|ਮੇਰੇ|என்|నా|aku punya|saya punya|私の|내|我的|我有"
)
_WORDS_MINE_AFTER = r"ko|ku|saya|aku|שלי|של|من|میں|di me|de moi|von mir|de mim|de mí|mías|míos|mia|mie|miei"
_WORDS_LATER = (
    r"later|not yet|tomorrow|i'll send|will send|después|luego|mañana|te la paso|dopo|domani|non ce l'ho|plus tard|"
    r"demain|später|morgen|depois|amanhã|позже|потом|завтра|пришлю|скину|надішлю|пізніше|później|jutro|wyślę|pošlu|"
    r"zítra|později|senere|senare|sonra|yarın|myöhemmin|huomenna|később|holnap|mai târziu|αργότερα|αύριο|אחר כך|מחר|"
    r"بعدين|لاحقا|لاحقًا|بكرة|فردا|बाद में|পরে|பிறகு|తర్వాత|ఇంకా|nanti|besok|baadaye|kesho|mamaya|bukas|wala pa"
)
_EDGE = r"(?<![^\W\d_])"
_END = r"(?![^\W\d_])"
_NOUN = rf"(?:{_EDGE}(?:{_WORDS_NOUN}){_END}(?!\s*messag)|歌詞|歌词|가사)"  # (not 'my text messages')
# (a few words between, none that says what the words are about: 'lyrics about turning 30 tomorrow' is a topic)
_NEAR = r"(?:(?!(?<![^\W\d_])(?:about|sobre|über|sur|su|про|о|об|على|pri|o|om|om|hakkında|tentang)(?![^\W\d_]))[^.?!\n。？！]){0,40}?"
WORDS_NOT_GIVEN = quick(
    rf"{_EDGE}(?:{_WORDS_MINE_BEFORE})\s*{_NOUN}|{_NOUN}\s*(?:{_WORDS_MINE_AFTER}){_END}"
    rf"|{_NOUN}{_NEAR}(?:{_EDGE}(?:{_WORDS_WRITTEN}|{_WORDS_LATER}){_END}|書いた|考え中|まだ|後で|あとで|나중에|아직|"
    r"写的|寫的|还没|還沒|之后|稍后|晚点)"
    rf"|{_EDGE}(?:{_WORDS_WRITTEN}|{_WORDS_LATER}){_END}{_NEAR}{_NOUN}"
    r"|(?:내가\s*쓴|私が書いた|我写的|我寫的)\s*(?:가사|歌詞|歌词)",
    re.IGNORECASE,
)
# ... unless the tool is asked to write them ('write the lyrics for me later', 'escribe tú la letra', 'напиши текст').
WRITE_THEM = quick(
    r"(?<![^\W\d_])(?:write|make up|come up with|escribe|escríbe\w*|inventa|écris|invente|schreib\w*|scrivi|"
    r"escreve|escreva|напиши\w*|придумай|napisz|napiš|vymysli|skriv|schrijf|tuliskan|buatkan|isulat mo|viết|"
    r"תכתוב|תכתבי|כתוב)\s+(?:[^\W\d_]+\s+){0,3}?(?:" + _WORDS_NOUN + r")(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:write them|escríbela tú|escribe tú la letra|scrivilo tu|écris-les|you write the (?:lyrics|words))"
    r"|作詞して|歌詞を?(?:書いて|作って|考えて)|가사(?:를|도)?\s*(?:써|만들어|지어)|(?:写|寫|编|編)(?:一下|个|個|段)?(?:歌词|歌詞)|"
    r"اكتب|لکھو|लिखो|लिख दो",
    re.IGNORECASE,
)


# After 'these words' said aloud: a filler for 'here' ('aqui ó', 'aquí', 'here', 'ici'), never a topic ('about …').
_SPOKEN_AFTER_THESE = quick(
    r"[ \t,]+(?:(?:aqui ó|aqui o|aquí|aqui|here|ici|hier|qui|тут|вот|ó|o)[ \t,]+)?"
    r"(?!(?:about|sobre|sur|über|su|о|об|про|que|che|that|which|like|como|comme|wie|come|into|to|in|as|for|and|with|"
    r"i|i'll|i've|i'd|i’ll|we|we'll|mine|mía|mío|mia|mio|mine|meine|mes|mis|minha|meu|moi|mein|которые|которую|"
    r"from|on|at|by|para|pra|en|a|em|com|de|con|dans|avec|pour|zu|mit|für|aus|per|di|da|в|на|с|из|для|и|y|e|et|und)"
    r"(?![^\W\d_]))(?=[^\W\d_])",
    re.IGNORECASE,
)
_REFUSED_WORDS = quick(
    r"no me gusta|no me gustan|hate|don['’]?t like|do not like|dislike|avoid|without|don['’]?t need|do not need|no need|beğenmedi\w*|ne me pla[iî]t pas|"
    r"n'aime pas|gefällt mir nicht|gefallen mir nicht|non mi piace|não gosto|не нравится|не подобається|"
    r"使わないで|使わない|不要用|别用|쓰지 마|싫어"
)


def _asks_after(rest: str) -> bool:
    """Whether the words after a colon ask for something (a verb of the cue tables: 'cámbiala por algo más alegre')."""
    from ace_step_mcp.router.cues import find_cues

    return bool(find_cues(rest.lower()))


_COLON_ON_ITS_LINE = re.compile(r"[^\n:：]{0,30}[:：]")
_COLON_THEN_LINES = re.compile(
    r"[:：][ \t]*\n(?:[ \t]*\n)?[ \t]*((?:[^\n\d:：\-*•#][^\n\d:：]{0,79}\n[ \t]*){1,}[^\n\d:：\-*•#][^\n\d:：]{0,79})[ \t]*\n?\s*\Z"
)


_SING_VERB = quick(
    r"(?<![^\W\d_])(?:sing|sings|singing|canta|cantar|cantada|cantado|cántala|cante|chante|chanter|chantée|chantez|"
    r"singt|singe|singen|спой|спеть|zing|zingen|śpiewaj|śpiewać|nyanyikan|nyanyi)(?![^\W\d_])|歌って|(?<!说)(?<!說)唱|"
    r"불러|노래해"
)


def _labels_words(line: str) -> bool:
    """Whether a line names the words to sing ('con esta letra:', '歌词是：', 'Song with these words:')."""
    line = line.lower()
    return bool(_WORDS_TO_SING.search(line) or _SING_VERB.search(line) or _SECTION_LINE.match(line))


def lines_unlabelled(raw: str) -> str | None:
    """Short lines after a line that ends in a colon and names no words to sing ('Stil:\nruhig und warm\nmit
    Klavier', 'For my mom:\nyou held my hand\nwhen I was small'): a list of wishes or the words to sing; the line
    before the colon, where it is so."""
    lines = raw.split("\n")
    # From the end, in one pass: how many non-empty lines follow each line, and whether all of them are short lines
    # of words (linear in the text, however many colons it holds); the first such line from the start wins.
    best: str | None = None
    after, short = 0, True
    for line in reversed(lines):
        if after >= 2 and short and line.rstrip().endswith((":", "：")) and not _labels_words(line):
            best = line.strip()
        stripped = line.strip()
        if stripped:
            after += 1
            short = short and len(stripped) <= 80 and not stripped.startswith(("-", "*", "•"))
    if best is None and after >= 3 and short and lines[0].strip():
        # ('Kan du göra en visa av den här texten?\nDet regnar på taken …\noch jag väntar …' where no label was read):
        # short lines after the first line, with no number, are the words to sing or a list of wishes: asked
        body = [ln for ln in lines[1:] if ln.strip()]
        if len(body) >= 2 and not any(re.search(r"\d", ln) for ln in body):
            best = lines[0].strip()
    return best


_WISH_LINE = quick(
    r"(?<![^\W\d_])(?:piano|guitar|drums?|bass|synths?|strings|violin|soft|slow|fast|upbeat|calm|mellow|gentle|"
    r"acoustic|electric|acapella|instrumental|"
    r"voice|vocals?|voz|voix|stimme|voce|голос\w*|głos\w*|hlas\w*|stem|röst|stemme|ääni|hang|ses|"
    r"suara|giọng|style|estilo|stil|stile|стиль|tempo|bpm|please|por favor|s'il te plaît|bitte|per favore|"
    r"female|male|femenina|masculina|féminine|masculine|weiblich|männlich|femminile|maschile|"
    r"반주|잔잔|보컬|목소리|ボーカル|伴奏|声)(?![^\W\d_])|반주|잔잔|伴奏",
    re.IGNORECASE,
)


def _unmarked_first_section(raw: str, marker: int) -> int:
    """Where lyrics whose first section has no marker start ('the lyrics are\nyour name I call\nin the silent
    sky\n[Chorus]\nI miss you', '발라드 만들어줘 가사는\n너의 이름을…\n[후렴]…'): the short lines of words right
    before the first marker, after a line that names the words to sing; the marker itself otherwise."""
    from ace_step_mcp.router.style_words import find as styles_in

    if raw.rfind("\n", 0, marker) < 0:
        return marker
    lines = raw[:marker].rstrip("\n").split("\n")
    block = 0
    while len(lines) > 1 and (line := lines[-1].strip()) and len(line) <= 80 and not re.search(r"[\d:：]", line):
        if line.startswith(("-", "*", "•", "#")) or _WISH_LINE.search(line) or styles_in(line.lower()):
            return marker  # ('slow tempo, soft piano', 'voz femenina, muy suave': wishes, not a first verse)
        if _WORDS_TO_SING.search(line.lower()):
            break  # ('the lyrics are' on its own line: the block is after it; not '불러본다', a line sung)
        lines.pop()
        block += 1
    if not block:
        return marker
    head = lines[-1]
    if not head.strip():
        return marker  # (a blank line between: the block is its own paragraph, a description as often as words)
    if not _labels_words(head):
        return marker  # ('make a ballad\nslow and sad, piano\n[Verse]…', 'Style:\nslow, piano\n[Verse]…': wishes)
    return len("\n".join(lines)) + 1


# Section markers written inside a line ('Make it punk: [Zwrotka] Poniedziałek, szary blok [Refren] Nie chcę …', '幫我整成
# 流行曲？[主歌] 落班搭尾班車 [副歌] 唔緊要'), as a phone types lyrics: two markers at least, of any language's section names
# (letters, no digits: not '[3 variations]', '[30 s]'), words after each, and the first right after the end of the
# request's sentence (a colon, a question or full stop) or after words that name the lyrics: from there on, the words
# to sing.
_INLINE_SECTION = quick(r"[\[【][ \t]*([^\]】\n\d:]{1,30}?)(?:[ \t]*\d{1,2})?[ \t]*[\]】]")
_INLINE_OPENS = quick(r"[:：?？!！.。][ \t]*$")
# The names of sung sections, by their stems in the 50 languages' words: one of them at least among the markers on one
# line ('[Intro] just drums [Drop] heavy bass', '[mood] dreamy [genre] synthwave' are a brief, no words to sing).
_SUNG_SECTION = quick(
    r"(?:verse|vers|strof|stroph|zwrotk|sloka|slok|kıta|kita|bait|kouplè|couple|säkeist|sakeist|posm|stanz|estrof|"
    r"chorus|choru|refr|estribillo|ritornell|coro|nakarat|kertos|priedain|omkväd|hook|bridge|pont|puente|brücke|"
    r"prechorus|pre-chorus|куплет|строф|припев|приспів|рефрен|бридж|κουπλέ|στροφ|ρεφρέν|פזמון|בית|مقطع|لازمة|کورس|"
    r"بند|mukhda|mukhra|antara|antra|मुखड़ा|मुखडा|अंतरा|अन्तरा|कोरस|ਮੁਖੜਾ|ਅੰਤਰਾ|মুখড়া|অন্তরা|主歌|副歌|サビ|[ab]メロ|벌스|후렴|코러스|브릿지|"
    r"ท่อนฮุค|ท่อน|điệp khúc|lời|verso|strophe|couplet|berso|koro|ubeti|kiitikio|bənd|nəqərat|nakarat|erindi|"
    r"viðlag|انترا|مکھڑا|پلّوی|பல்லவி|சரணம்|అనుపల్లవి|పల్లవి|చరణం)",
    re.IGNORECASE,
)
_A_DIGIT = re.compile(r"\d")


# After a comma, semicolon or full stop among one-line lyrics, a clause that opens with an ask of the piece ('…, make it
# punk, fast and loud', '…, por favor que sea alegre', '…; add strings', '…, with a slow tempo', '…. Make it punk
# rock'): asked, never sung ('baby, please don't go', 'hold on, keep it together' are sung).
_ASK_AFTER_A_LINE = quick(
    r"[,;.]\s*(?:and\s+)?(?:make\s+it|add|with\s+(?:a|an|slow|fast|soft|female|male)|in\s+the\s+style|por\s+favor\s+que|"
    r"bitte\s+mit|mit\s+(?:klavier|gitarre|weiblich\w*|männlich\w*)|con\s+(?:voz|piano|guitarra)|avec\s+(?:une|un)\s+voix|"
    r"keep\s+it\s+(?:acoustic|short|slow|simple|instrumental)|give\s+it\s+a|female\s+vocals?|male\s+vocals?)(?![^\W\d_])",
    re.IGNORECASE,
)
# A word for lyrics before the markers ('この歌詞で', '이 가사로', 'in lyrics pe', 'بهالكلمات'): they open them.
_LYRICS_NAMED = quick(
    r"(?<![^\W\d_])(?:(?:these|those|ye|is|in|my|our|mere|meri|mera|here\s+are\s+the)\s+lyrics|lyrics\s+(?:se|pe|par)|"
    r"(?:mi|mis|con\s+la|con\s+mi|con\s+mis)\s+letras?|(?:minha|com\s+a|com\s+minha)\s+letra|(?:mes|avec\s+mes)\s+paroles|"
    r"(?:meinem|meinen|mein)\s+(?:text|songtext|liedtext)|(?:il\s+mio|col\s+mio|con\s+il\s+mio)\s+testo|"
    r"(?:мой|моим|с\s+моим)\s+текст\w*|mój\s+tekst|moim\s+tekstem|mijn\s+tekst)(?![^\W\d_])|بهالكلمات|بهذه\s+الكلمات|"
    r"呢段詞|呢段歌詞",
    re.IGNORECASE,
)
# An ask after a comma among lines of one-line lyrics ('… [Chorus] la la la, and make it fast please').
_TAIL_ASK = quick(
    r"[,;]\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+|i\s+)?(?:make\s+it|make\s+the|hazla|hazlo|fais-la|fais-le|mach\s+es|"
    r"mach\s+ihn|fallo|falla|сделай|зроби|zrób|udělej)(?![^\W\d_])[^,;\n]*$",  # (in the last clause only: lyrics
    re.IGNORECASE,  # say 'baby, please don't go', 'hold on, keep it together')
)


def _inline_sections(raw: str) -> Lyrics | None:
    marks = [
        m
        for m in _INLINE_SECTION.finditer(raw)
        if any(c.isalpha() for c in m.group(1)) and m.group(1).strip().lower() not in _NOT_SECTIONS
    ]
    if len(marks) < 2 or "\n" in raw[marks[0].start() :].strip():
        return None  # (one marker: a tag or a note; lines of lyrics are read by the markers at their starts)
    if not any(_SUNG_SECTION.match(m.group(1).strip()) for m in marks):
        return None
    first = marks[0]
    named = THESE_WORDS.search(raw[: first.start()].lower()) or _LYRICS_NAMED.search(raw, 0, first.start())
    if named is not None and _REFUSED_WORDS.search(raw[max(0, named.start() - 30) : named.end()].lower()):
        named = None  # ("I don't need these lyrics [Intro] rain sounds …": the words refused, no lyrics)
    if _INLINE_OPENS.search(raw, max(0, first.start() - 4), first.start()) is None and named is None:
        return None  # (after the request's own sentence, or after words that name the lyrics: 'この歌詞で曲にして [Aメロ] …')
    if (
        any(not raw[a.end() : b.start()].strip() for a, b in itertools.pairwise(marks))
        or not raw[marks[-1].end() :].strip()
    ):
        return None  # (a list of section names, '[Verse] [Chorus] [Bridge]': no words to sing)
    words = _INLINE_SECTION.sub(" ", raw[first.start() :])  # ('[Verse 2]': a marker's own number)
    if _A_DIGIT.search(words):
        return None  # (a length or a time after them: 'Intro [soft] 10 s [drop] at 1:00' is a brief, asked)
    if _TAIL_ASK.search(words) or _ASK_AFTER_A_LINE.search(words):
        return None  # ('… [Chorus] la la la, and make it fast please': an ask among them; asked, never sung)
    return _ending(raw, first.start(), "markers", first.start())


def find_lyrics(raw: str) -> Lyrics | None:
    """Lyrics written into a request: after a label, from the first section marker, or a block of lines; without a
    title line before them, a closing line after them (`_closing_line_after`) or lines of chords."""
    found = _find_lyrics(raw)
    if found is None:
        return None
    text, end = found.text, found.end
    if (title := _TITLE_LINE.match(text)) is not None and text[title.end() :].strip():
        text = text[title.end() :].lstrip("\n")  # ('Song title: Paper Boats\n\nPaper boats on a rainy street…')
    if end < 0 and (cut := _closing_line_after(text)) is not None:
        closing = text[cut:].strip()
        if (at := raw.rfind(closing)) > found.start:
            text, end = text[:cut].rstrip(), at
    text = _without_chords(text)
    if not text.strip():
        return None
    return replace(found, text=text, end=end)


def _find_lyrics(raw: str) -> Lyrics | None:
    m = _LABEL.search(raw)
    if m and NO_BEFORE.search(raw[max(0, m.start() - 12) : m.start()]):
        m = None  # 'no lyrics: just piano and strings' names no lyrics
    if m and m.group(0).lstrip(" ,.;:([—-").startswith("गीत") and raw[m.end() : m.end() + 1].isdigit():
        m = None  # 'नयाँ गीत: २ मिनेटको लोक गीत' (a new song: a 2 minute folk song): a description, no lyrics
    if m and raw[m.end() :].strip() and (labelled := _ending(raw, m.start(), "label", m.end())).text:
        return labelled
    these = THESE_WORDS.search(raw.lower())
    colon = _COLON_ON_ITS_LINE.match(raw, these.end()) if these is not None else None
    if (
        colon is not None  # 'この歌詞で曲作って: 君と見た夏の空 まだ覚えてる': 'these words', a colon on the same line,
        and raw[colon.end() :].strip()  # then the words themselves
        and not re.search(r"\d", raw[colon.end() :])
        # (not words refused or disliked: 'No me gusta esta letra: cámbiala …', 'Avoid these words: love, baby')
        and not _REFUSED_WORDS.search(raw[max(0, colon.start() - 60) : colon.end()].lower())
        and not _asks_after(raw[colon.end() :])
        and (after := _ending(raw, colon.end(), "label", colon.end())).text
    ):
        return after
    if (
        these is not None
        and colon is None
        and (spoken := _SPOKEN_AFTER_THESE.match(raw, these.end())) is not None
        and len(raw[spoken.end() :].split()) >= 4
        and "\n" not in raw[spoken.end() :].strip()
        and not re.search(r"\d|[\"“”«»「」]", raw[spoken.end() :])
        and not _REFUSED_WORDS.search(raw[max(0, these.start() - 60) : these.end()].lower())
        and not _asks_after(raw[spoken.end() :])
        and (dictated := _ending(raw, spoken.end(), "label", spoken.end())).text
    ):
        # Dictated, with no colon or quotes ('con esta letra te espero en la estación bajo la lluvia', 'com essa letra
        # aqui ó vou voltar pra minha terra'): the words named, then the rest of the request, are the words to sing
        return dictated
    if (opens := _line_end_marker_opening(raw)) is not None:
        marked = _ending(raw, opens, "markers", opens)
        if marked.text and not last_line_unsure(marked.text):
            return marked
    for mk in _MARKER.finditer(raw):
        name = mk.group(1).strip().lower()
        if not any(c.isalpha() for c in name) or name in _NOT_SECTIONS:
            continue
        rest = raw[mk.start() :].strip()
        if len(rest) > len(mk.group(0).strip()):  # a marker with words after it
            start = _unmarked_first_section(raw, mk.start())
            marked = _ending(raw, start, "markers", start)  # (a marker is in its text)
            return None if last_line_unsure(marked.text) else marked
    if (inline := _inline_sections(raw)) is not None:
        return inline
    section = _SECTION_LINE.search(raw)
    if section is not None and raw[section.end() :].strip() and _a_brief(raw, section.start()):
        return None  # ('Intro:\nambient pads, no drums\nDrop:\nheavy bass': the parts of a brief, no words to sing)
    if section is not None and raw[section.end() :].strip():
        start = section.start() + len(section.group(0)) - len(section.group(0).lstrip())
        marked = _ending(raw, start, "markers", start)  # ('Refrain:\nWir tanzen bis um drei\n…': its name is sung)
        return None if last_line_unsure(marked.text) else marked
    if (announced := _announced(raw)) is not None:
        return announced
    colon = _COLON_THEN_LINES.search(raw)
    if colon is not None and not _labels_words(raw[raw.rfind("\n", 0, colon.start()) + 1 : colon.start()]):
        colon = None
    if (
        colon is not None
        and raw[colon.start() : colon.start(1)].count("\n") > 1
        and not _WORDS_TO_SING.search(raw[raw.rfind("\n", 0, colon.start()) + 1 : colon.start()].lower())
    ):
        colon = None  # (a blank line after the colon: only under words for lyrics, '歌词如下：', not 'Sing it like this:')  # ('Stil:\nruhig und warm\nmit Klavier', '要求：\n欢快一点\n钢琴为主'): wishes, or words: asked
    if colon is not None:
        # 'Quiero una balada con esta letra:\nTe fuiste en abril\ny yo me quedé aquí', '歌词是：\n…\n…': a line that
        # ends in a colon, then at least two short lines of words and nothing else: the lyrics, in any language.
        return _ending(raw, colon.start(1), "shape", colon.start(1))
    lines = raw.split("\n")
    if lines[0].rstrip().endswith((":", "：")) and not _labels_words(lines[0]):
        return None  # ('Instruments:\npiano\nstrings\ncello', 'Wensen:\nrustig\npiano'): asked, see lines_unlabelled
    if (
        len(lines) >= 3
        and lines[0].rstrip().endswith(("。", ".", "!", "！"))
        and THESE_WORDS.search(lines[0].lower()) is not None
    ):
        # 'この歌詞で曲を作って。\n夕焼けの帰り道\nきみの影を追いかけた', 'Make a song with these lyrics.\n…\n…': a first line
        # that names the words to sing, then two short lines or more of words and nothing else.
        body = [ln for ln in lines[1:] if ln.strip()]
        if len(body) >= 2 and all(len(ln.strip()) <= 80 and not re.search(r"\d", ln) for ln in body):
            start = len(lines[0]) + 1
            if (shaped := _ending(raw, start, "shape", start)).text:
                return shaped
    if len(lines) >= 4 and (first := _lyrics_first(raw)) is not None:
        return first
    if len(lines) >= 4:
        # The shape of lyrics: after the instruction, a block of at least three short lines of words.
        body = [ln for ln in lines[1:] if ln.strip()]
        short = [ln for ln in body if len(ln.strip()) <= 80 and not ln.strip().startswith(("-", "*", "•"))]
        if len(body) >= 3 and len(short) == len(body) and lines[0].strip():
            start = len(lines[0]) + 1
            if (shaped := _ending(raw, start, "shape", start)).text:
                return shaped
    return None


def _an_instruction(line: str, *, loose: bool = False) -> bool:
    """Whether a line reads as the request rather than a line to sing: a verb of the cue tables, a word of asking, a
    digit, a label's colon or a question; and, unless `loose` (the request is said after the lines), a style or a
    piece named ('Tu risa es mi canción favorita' is sung where 'hazlo bolero' follows)."""
    from ace_step_mcp.router.cues import find_cues

    low = line.strip().lower()
    return bool(
        not low
        or low.endswith((":", "：", "?", "？"))
        or re.search(r"\d", low)
        or find_cues(low)
        or _ASKS.search(low)
        or _MAKE_INTO.search(low)
        or _LABEL.search(line)
        or (not loose and (_MUSIC_ASKED.search(low) or _A_PIECE_WORD.search(low)))
    )


_A_PIECE_WORD = quick(
    r"(?<![^\W\d_])(?:song|track|tune|beat|jingle|canción|cancion|chanson|lied|canzone|música|musica|musique|musik|"
    r"песн\w*|пісн\w*|трек|piosenk\w*|písn\w*|lagu|şarkı|sarki|τραγούδι|שיר|أغنية|اغنية|آهنگ|गाना|गीत|গান)(?![^\W\d_])"
    r"|歌|曲|노래|곡|เพลง"
)


def _lyrics_first(raw: str) -> Lyrics | None:
    """Lyrics pasted first, with no label, then maybe the request after a blank line ('Snova osen za oknom\n…\n\nсделай
    из этого рок-балладу', or four lines and nothing else): every line of the block before the last blank line is
    sung, the first too, where none of them reads as the request and the last paragraph is one line."""
    text = raw.strip()
    blanks = list(_BLANK_LINE.finditer(text))
    head, tail = (text[: blanks[-1].start()], text[blanks[-1].end() :].strip()) if blanks else (text, "")
    body = [ln for ln in head.split("\n") if ln.strip()]
    if len(body) < 3 or "\n" in tail or len(tail) > 200 or (not tail and len(body) < 4):
        return None
    asked_after = bool(tail) and _an_instruction(tail)
    if any(len(ln.strip()) > 80 or _MARKER.search(ln) for ln in body) or _an_instruction(body[0], loose=asked_after):
        return None
    if not tail and any(_an_instruction(ln) for ln in body):
        return None  # (no request after the lines: every line must be sung, none of them asking)
    at = raw.find(head)
    return Lyrics(_unquoted(head.strip()), "shape", at, at + len(head)) if at >= 0 else None


# Quoted words are lyrics when a word about singing stands next to them ("sing 'happy birthday' at 0:10",
# "change the lyrics at 1:00-1:15 to 'we ride tonight'"); a quoted title ("a song called 'Rain'") is not. (An
# apostrophe between letters is inside single quotes: "'three minutes of you and I'm gone'".)
QUOTE = quick(
    r"(?:(?<=[\s:(\[])|^)(?:'((?:[^'\n]|(?<=[^\W\d_])'(?=[^\W\d_])){3,400})'(?=[\s.,;:!?)\]।॥。、\u3040-\u30ff\uac00-\ud7a3]|$)|\"([^\"\n]{3,400})\"|“([^”\n]{3,400})”"
    r"|‘([^’\n]{3,400})’|«([^»\n]{3,400})»|„([^“”\n]{3,400})[“”])|「([^」\n]{2,400})」|『([^』\n]{2,400})』"
)
_SUNG = quick(
    r"(?<![^\W\d_])(?:sing|sings|singing|sung|sang|lyric|lyrics|words|line|vocals? (?:say|saying)|canta\w*|cante\w*"
    r"|letra|chant\w*|paroles|singt|singe|singen|gesungen|text|worten|testo|parole|спой|спеть|поёт|поет|текст\w*|слова(?:ми)?"
    r"|zing\w*|tekst\w*|śpiew\w*|şarkı sözü|lirik|nyanyi\w*|изпей\w*|изпее|пей|пейте|заспівай\w*|співай\w*|певај|"
    r"отпевај|pjevaj|otpjevaj|zaśpiewaj\w*|zazpívej|zpívej|spievaj|zaspievaj|laula\w*|énekel\w*|cântă|sjung\w*|"
    r"syng\w*|ψάλε|τραγούδα|غنّي|غني|غنيها|بخوان|گاؤ|गाओ|गाइए|গাও|பாடு|పాడు|పాడించు|kantahin)"
    r"(?![^\W\d_])|歌詞|歌って|歌词|唱|가사|불러|노래해"
)


# The noun for the lyrics in the other languages, right before the quote it labels ('اغنية بالكلمات دي "…"',
# 'बोल हैं "…"', 'με στιχους "…"', 'sozleri "…" olan', 'lời là "…"', 'गीतस्य शब्दाः "…"'): only right before it
# (within a few words), and never a verb of singing ('neka peva ženski glas', 'imba kwa Kiswahili') nor a word that
# also means 'song' ('cântec', 'غنية', 'bài hát'), which stand beside a song's title as often as beside its words.
_LYRICS_NOUN_BEFORE = quick(
    r"(?<![^\W\d_])(?:كلمات|بالكلمات|الكلمات|كلماتها|بكلمات|बोल|शब्दाः|بول|ਬੋਲ|στίχους|στιχους|στίχοι|στιχοι|"
    r"s[öo]zleri|s[öo]zler|lời|hát câu|câu hát|متن|เนื้อร้อง|เนื้อเพลง|লিরিক্স|வரிகள்|సాహిత్యం|maneno|liriko|szöveg\w*|szoveg\w*|"
    r"sanoitukse\w*|sanoitus|versuri|stihovi|žodžiai|zodziai|texti|texta|pawòl|pawol|"
    r"ordene|orda|orðin|woorden|worten)(?![^\W\d_])"  # ('med gitar og disse ordene: "Over fjellet …"')
    r"(?:\s+(?:là|dي|دي|हैं|है|είναι|hii|ni|:))?\s*[:：—–-]?\s*$"
)  # ("शब्दाः — 'ॐ नमः शिवाय'": a dash as the colon)


_LIKE_AFTER = quick(r"\s*(?:gibi|like|como|comme|wie|tarzı|tarzında|style)(?![^\W\d_])")


_TITLED_BEFORE = quick(
    r"(?<![^\W\d_])(?:titled|called|named|title|call it|name it|intitulad[ao]|llamad[ao]|chamad[ao]|appelée?|intitulée?|intitolat[ao]|"
    r"chiamat[ao]|genannt|titel|под названием|названием|названи\w+|adlı|berjudul|tên là)\s*[:,]?\s*$"
)
_WRITE_IT_YOURSELF = quick(
    r"(?<![^\W\d_])(?:da scrivere|to be written|you write|write it|write them|scrivilo|scrivile|scrivi tu|escríbela|"
    r"escríbelas|a escribir|à écrire|écris-les|zu schreiben|schreib sie|напиши сам\w*|napisz sam)(?![^\W\d_])",
    re.IGNORECASE,
)


def quoted_lyrics(raw: str) -> tuple[str, int, int] | None:
    """Quoted words a word about singing stands next to (within 40 characters before or 20 after, in the same
    line): the lyrics, and where the quote starts and ends."""
    for m in QUOTE.finditer(raw):
        words = next(g for g in m.groups() if g is not None).strip()
        line_start = raw.rfind("\n", 0, m.start()) + 1
        before = raw[max(line_start, m.start() - 40) : m.start()]
        after = raw[m.end() : m.end() + 20].split("\n", 1)[0]
        if len(words.split()) < 2 and not any(ord(c) > 0x2E80 for c in words):
            continue
        if _LIKE_AFTER.match(after):
            continue  # ('sözleri "Yalnız Gece" gibi olsun': lyrics like a song's, its title)
        if _TITLED_BEFORE.search(before.lower()):
            continue  # ("a song titled 'Don't Stop', lyrics about …": its title)
        if _WRITE_IT_YOURSELF.match(words.lower()):
            continue  # ("testo 'da scrivere tu, sull'estate'": words to write, not to sing)
        if _SUNG.search(before.lower()) or _SUNG.search(after.lower()) or _LYRICS_NOUN_BEFORE.search(before[-24:]):
            return words, m.start(), m.end()
    return None


def without_lyrics(raw: str, lyrics: str, mark: str = " ") -> str:
    """The request with lyrics passed as a field taken out where the words hold them too (each place they were
    left as `mark`)."""
    out = raw
    for open_, close in (*_QUOTE_PAIRS.items(), ("„", "”")):  # the quotes around them go with them
        out = out.replace(f"{open_}{lyrics.strip()}{close}", mark) if len(lyrics.strip()) >= 4 else out
    out = out.replace(lyrics.strip(), mark) if lyrics.strip() and len(lyrics.strip()) >= 4 else out
    for line in lyrics.splitlines():
        line = line.strip()
        if len(line) >= 4 and line in out:
            out = out.replace(line, mark)
    return out


# -- units of time in 50 languages -----------------------------------------------------------------------


# Inflected forms CLDR's unit patterns do not list, reviewed by hand: Telugu's oblique plural
# ('రెండు నిమిషాల సంగీతం', two minutes' music), and its seconds.
# Spellings as common as CLDR's that it does not list: Tamil 'வினாடி' (CLDR: 'விநாடி') and the everyday
# 'நொடி', 'நிமிஷம்'; Hindi 'सेकेंड', 'सेकण्ड' and the oblique plurals 'मिनटों', 'सेकंडों'; Arabic 'ثواني', 'دقايق'.
_MORE_UNITS: dict[str, list[str]] = {
    "min": ["నిమిషాల", "నిమిషాలు", "నిమిషం", "मिनिट", "निमेषः", "निमेषाः", "निमेषम्", "निमेषौ",  # Sanskrit borrows 'मिनिट' (CLDR has no Sanskrit units)
            "நிமிஷம்", "நிமிஷங்கள்", "मिनटों", "دقايق", "הדקות", "הדקה",  # Hebrew: the article ה- joined to it
            "निमेषयोः", "निमेषेषु", "निमेषान्", "deqiqe", "deq", "dəq",  # Azerbaijani 'dəqiqə' typed without 'ə' ('2 deqiqelik'), and short ('2 dəq')
            "דק", "דק'", "phut",  # Hebrew short 'דק' ('2 דק'), Vietnamese 'phút' typed with no marks
            # Tamil, Telugu, Kannada and Hindi typed in Latin letters ('1 nimisham 20 second', '2 nimishalu')
            "nimisham", "nimishalu", "nimishaalu", "nimishangal", "nimidam", "nimidangal", "nimisha", "minat",
            "dk", "daghighe", "daghigheh", "daqiqe", "daqiqeh", "lepto", "lepta",  # tr 'dk' after digits; fa, el in Latin
            "minutinho", "minutinhos", "minutito", "minutitos", "fenzhong", "fen zhong", "d2i2a", "de2i2a", "da2i2a", "d2e2a", "de2e2a", "di2i2a",
            "d2ay2", "da2aye2", "d2aye2", "da2ayi2", "d2ayi2",  # pinyin 'fen zhong', Arabizi 'دقيقة' ('d2i2a w nos')
            "分鐘", "minuutilla", "minuutin", "minuutiksi"],  # pt, es diminutives ('30 segundinhos')
    "s": ["segond",  # Haitian Creole as often typed (CLDR: "segonn")
          "సెకన్ల", "సెకండ్ల", "సెకండ్లు", "seg", "seg.", "秒鐘", "sekunnilla", "sekunnin", "sekunniksi",  # pt/es "seg"; '秒鐘' as Cantonese and traditional Chinese write it
          "வினாடி", "வினாடிகள்", "நொடி", "நொடிகள்", "செகண்ட்", "செகண்டு", "செகன்ட்", "सेकेंड", "सेकण्ड", "सेकेण्ड", "सेकंडों", "ثواني", "השניות",
          "השנייה", "सेकण्डान्", "सेकण्डाः", "ਸਕਿੰਟ", "ਸਕਿੰਟਾਂ", "సెకన్లు", "سیکنڈ",
          "vteřina", "vteřiny", "vteřin", "vteřinu",  # Czech everyday 'vteřina' beside CLDR's 'sekunda'
          "vinadi", "vinaadi", "vinadigal", "sekand", "sekend",  # ta, hi in Latin letters (not 'nodi': Dutch 'nodig')
          "δευτ", "deuterolepta", "defterolepta", "deyterolepta",  # Greek short form with no dot; in Latin letters ('90 deuterolepta')
          "sanie", "saniye", "sanieh", "sn",  # fa in Latin letters, tr 'sn' (saniye) after digits
          "sanya", "sanye", "sanyeh", "sanyah",  # Arabizi 'ثانية'
          "segundinho", "segundinhos", "segundito", "segunditos",  # pt, es diminutives ('30 segundinhos')
          "miao", "miǎo", "byou", "byō",  # Chinese and Japanese seconds in pinyin and romaji ('10 miao', '30byou')
          "giay", "שנ'", "שנ"],  # Vietnamese 'giây' with no marks, Hebrew short "שנ'"
}  # fmt: skip


# One and a half, two and a half: single words the spelled-out numbers of num2words do not produce.
_MORE_NUMBERS: dict[str, float] = {
    "tvö": 2, "þrjú": 3, "fjögur": 4,  # Icelandic neuter ('þrjú lög')
    "yks": 1, "kaks": 2, "viis": 5, "kuus": 6, "seittemän": 7, "kaheksan": 8, "yheksän": 9,  # spoken Finnish
    "dvi": 2, "tris": 3, "keturias": 4, "penkias": 5,  # Lithuanian before a noun in the accusative ('tris minutes')
    "ενάμισι": 1.5, "ενάμιση": 1.5, "halvandet": 1.5, "halvanden": 1.5, "halvannet": 1.5, "halvannen": 1.5,
    "полторы": 1.5, "полтора": 1.5, "півтори": 1.5, "півтора": 1.5, "másfél": 1.5, "masfel": 1.5, "puolitoista": 1.5,
    "puolentoista": 1.5, "pusantros": 1.5, "pusantrų": 1.5, "półtorej": 1.5, "półtora": 1.5, "bir buçuk": 1.5, "bir bucuk": 1.5, "iki bucuk": 2.5, "uc bucuk": 3.5,
    "iki buçuk": 2.5, "üç buçuk": 3.5, "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "tweeënhalve": 2.5, "tweeënhalf": 2.5, "anderhalve": 1.5, "anderhalf": 1.5, "डेढ़": 1.5, "डेढ": 1.5,
    "ढाई": 2.5, "ڈیڑھ": 1.5, "ڈھائی": 2.5, "দেড়": 1.5, "আড়াই": 2.5, "ਡੇਢ": 1.5, "ਢਾਈ": 2.5, "ஒன்றரை": 1.5,
    "ఒకటిన్నర": 1.5, "yarım": 0.5, "nửa": 0.5, "jeden a půl": 1.5, "dva a půl": 2.5, "tri a pol": 3.5,
    "δυόμισι": 2.5, "τρεισήμισι": 3.5, "τεσσερισήμισι": 4.5,
    # Bulgarian as spoken ('двайсет секунди', 'триста и двайсет kbps'), beside the tables' written forms
    "единайсет": 11, "дванайсет": 12, "тринайсет": 13, "четиринайсет": 14, "петнайсет": 15, "шестнайсет": 16,
    "седемнайсет": 17, "осемнайсет": 18, "деветнайсет": 19, "двайсет": 20, "трийсет": 30, "четирийсет": 40,
    "двеста": 200, "триста": 300,
    # Serbian in Cyrillic (the tables hold its Latin forms): 'двеста педесет шест kbps'
    "два": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седам": 7, "осам": 8, "девет": 9, "десет": 10,
    "двадесет": 20, "тридесет": 30, "четрдесет": 40, "педесет": 50, "шездесет": 60, "седамдесет": 70,
    "осамдесет": 80, "деведесет": 90, "сто": 100,
    # Hindi eleven to nineteen (the tables spell some otherwise: 'शुरू में बारह सेकंड का इंट्रो'); Tamil as spoken
    # ('மூணு நிமிஷம்'); Telugu's and a half ('రెండున్నర నిమిషాలు')
    "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19,
    "ஒண்ணு": 1, "ரெண்டு": 2, "மூணு": 3, "நாலு": 4, "அஞ்சு": 5, "ஆறு": 6,
    "రెండున్నర": 2.5, "మూడున్నర": 3.5, "నాలుగున్నర": 4.5, "ఒక": 1,
    "שתי": 2, "שני": 2,  # he: the construct forms before a noun ('שתי גרסאות', 'שני שירים')
    # Arabic counts a feminine noun (دقيقة, ثانية) with the numeral's short form: 'ثلاث دقائق', 'خمس ثوان'.
    "ثلاث": 3, "أربع": 4, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "ثمان": 8, "تسع": 9, "عشر": 10,
    # The tens as spoken and typed (the accusative/genitive '-ين', not the tables' '-ون': 'مدده عشرين ثانية'),
    # and the spoken forms of the Levant and Egypt ('تلات دقايق', 'خمستاشر ثانية').
    "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "اربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70, "ثمانين": 80,
    "تسعين": 90, "اثنين": 2, "إثنين": 2, "مئة": 100, "مية": 100, "ميه": 100, "مئتين": 200, "ثلاثمئة": 300,
    "سيصد": 300, "سیصد": 300, "دویست": 200, "تلات": 3, "تلاتة": 3, "تلاتين": 30, "خمستاشر": 15, "خمسطاشر": 15,
    # The case forms of the counts a length uses, in the languages that decline numerals (the tables hold the
    # nominative): 'около двух минут', 'od jedne minute', 'dviejų minučių', 'carmen duorum minutorum'.
    "двух": 2, "двум": 2, "двумя": 2, "трёх": 3, "трех": 3, "трём": 3, "тремя": 3, "четырёх": 4, "четырех": 4,
    "пяти": 5, "десяти": 10, "двадцати": 20, "тридцати": 30,  # ru
    "двох": 2, "двома": 2, "трьох": 3, "трьома": 3, "чотирьох": 4, "п'яти": 5, "п’яти": 5, "пʼяти": 5,  # uk
    "dwóch": 2, "dwu": 2, "dwiema": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "dziesięciu": 10,  # pl
    "dvou": 2, "dvěma": 2, "tří": 3, "třech": 3, "čtyř": 4, "pěti": 5, "deseti": 10, "třiceti": 30,  # cs
    "dvoch": 2, "troch": 3, "štyroch": 4, "piatich": 5,  # sk
    "jedne": 1, "dviju": 2, "dvaju": 2, "triju": 3, "četiriju": 4,  # hr, sr
    "један": 1, "једна": 1, "једну": 1, "једне": 1,  # sr in Cyrillic ('један минут'; the tables hold Latin)
    "vienos": 1, "vieną": 1, "dviejų": 2, "trijų": 3, "keturių": 4, "penkių": 5, "dešimties": 10,  # lt
    "þrjár": 3, "fjórar": 4,  # is: the feminine forms a 'mínúta' is counted with ('þrjár mínútur')
    "tveggja": 2, "þriggja": 3, "fjögurra": 4,  # is genitive: 'þriggja mínútna lag' (a three-minute song)
    "unius": 1, "duorum": 2, "duarum": 2, "duobus": 2, "trium": 3, "tribus": 3,  # la
    # Hindi and Urdu typed in Latin letters, as most users of both type to an agent ('teen minute ka lofi',
    # 'tees second ki jingle', 'dhai minute'); read only right before a unit, as every number word is. 'do' (2),
    # 'ek' (1) and 'das' (10) are words of other languages too: _ROMAN_HINDI_SMALL reads them only before '… ka'.
    "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "chhah": 6, "aath": 8, "nau": 9,
    "pandrah": 15, "pandra": 15, "bees": 20, "pachees": 25, "pachchis": 25, "tees": 30, "chalis": 40,
    "chaalis": 40, "pachas": 50, "pachaas": 50, "nabbe": 90, "dedh": 1.5, "derh": 1.5, "dhai": 2.5, "dhaai": 2.5,
    "dhaee": 2.5,
}  # fmt: skip
# German and Dutch write 'and a half' into the count: 'viereinhalb', '4einhalb', 'vierenhalve', 'drieënhalf'.
_COMPOUND_HALF = quick(
    r"(?<![^\W\d_])(\d+|[^\W\d_]{2,12}?)-?(?:einhalb|ënhalve|ënhalf|enhalve|enhalf)(?:e[nrs]?)?(?![^\W\d_])"
)


# Japanese and Korean typed in Latin letters: '2fun15byou', '3pun', '40cho', '2bun 30cho' (分 fun/pun, 秒 byou,
# 분 bun, 초 cho). Minutes only glued to the digits ('2 fun songs' is English); seconds glued or spaced.
_ROMAJI_MIN_SEC = quick(
    r"(?<![\w.:])(\d{1,3})[\s-]?(?:fun|pun|bun)\s?(\d{1,2})(?:[\s-]?(?:byou|byō|byo|byoo)|-?cho)(?![^\W\d_])",
    re.IGNORECASE,
)
# Minutes and seconds glued into one word in any of the short forms people type: '1dk10sn' (tr), '2m30s', '1mn30s',
# '2p30s' (hu perc), '3ph20s' (vi phút); read as one length (and by the accounting pass, as the same value).
GLUED_MIN_SEC = quick(
    r"(?<![\w.:])(\d{1,3})(?:m|min|mins|mn|dk|dak|p|perc|ph|phut|fun|pun|bun|minut)(\d{1,2})"
    r"(?:s|sec|secs|sn|sek|mp|giay|byou|byo|cho|seg|seconds?)(?![\w])",
    re.IGNORECASE,
)
# '1 pun han', '2fun han': a minute and a half said in romaji ('han' is half)
_ROMAJI_MIN_HALF = quick(r"(?<![\w.:])(\d{1,3})[\s-]?(?:fun|pun|bun)[\s-]?han(?![^\W\d_])", re.IGNORECASE)
_ROMAJI_MIN = quick(
    r"(?<![\w.:])(\d{1,3})(?:-?(?:fun|pun)|bun)(?![^\W\d_])|(?<![\w.:])(\d{1,3})\s(?:fun|pun)(?=\s(?:gurai|kurai|hodo|kan|ni|de)\b)",
    re.IGNORECASE,
)  # ('2fun', and '2 fun gurai' spaced before a particle: English 'fun' is never followed by 'gurai')
# Counts typed in Latin letters right before a unit ('do minute' in Hindi, Urdu and Punjabi, 'twa minit' in
# Haitian, 'liang fen zhong' in pinyin): numbers only there.
_ROMAN_COUNT_WORDS = {
    "ek": 1, "do": 2, "teen": 3, "chaar": 4, "paanch": 5, "das": 10, "bees": 20, "tees": 30, "twa": 3, "kat": 4,
    "senk": 5, "liang": 2, "ershi": 20, "sanshi": 30, "yi": 1, "san": 3, "si": 4, "wu": 5, "liu": 6, "qi": 7, "ba": 8,
    "jiu": 9, "shi": 10,
}  # fmt: skip
_ROMAN_COUNT = quick(
    r"(?<![^\W\d_])(ek|do|teen|chaar|paanch|das|bees|tees)\s+(?=(?:minute|minutes|min)(?:\s*[,.;)]|\s*$|\s+(?:ka|ki|ke|"
    r"da|di|lamba|lambi|lambe|tak)\b))|(?<![^\W\d_])(twa|kat|senk)\s+(?=(?:minit|segonn)\b)"
    r"|(?<![^\W\d_])(liang|ershi|sanshi|yi|san|si|wu|liu|qi|ba|jiu|shi)\s+(?=(?:fen zhong|fenzhong|fen ban zhong)\b)"
)  # Only where nothing else reads so: not Haitian 'de' or 'dis' (French), not English 'tin', 'do second verse',
# 'do minute edits', nor pinyin syllables that are names before 'Miao' ('Shi Miao', 'Wu Miao')
_PINYIN_HALF = quick(
    r"(?<![\w.])(\d{1,2})\s+fen\s*zhong\s+ban(?![^\W\d_])|(?<![\w.])(\d{1,2})\s+fen\s+ban\s+zhong(?![^\W\d_])"
)
_ROMAJI_SEC = quick(
    r"(?<![\w.:])(\d{1,3})(?:[\s-]?(?:byou|byō|byoo)|cho)(?![^\W\d_])", re.IGNORECASE
)  # ('cho' glued: Vietnamese 'cho' is 'for')
_THAI_SECONDS = quick(r"(\d+)\s*วิ(?!นาที|ธี|ถ|ว|ช|ท|ด|ศ|ญ|เ|ร|ล|ก|จ|ป|ม|ต)")  # (not 'วิถี', 'วิธี', 'วิจัย')
# 'els 2 primers segons', 'les 4 dernières secondes', 'i 10 ultimi secondi': the count before 'first/last' is put
# after it, as the readers of 'the last N s' have it ('primers 2 segons').
_COUNT_FIRST_LAST = quick(
    r"(?<![\w.:])(\d+)\s+(primers|primeres|darrers|darreres|últims|últimes|ultims|primeros|primeras|últimos|últimas|"
    r"ultimos|primeiros|primeiras|premiers|premières|premieres|derniers|dernières|dernieres|primi|ultimi|ultime|"
    r"ersten|letzten|eerste|laatste|första|sista|første|sidste|siste|dènye|dènyè|premye)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)


def _count_value(word: str) -> float | None:
    """A count in digits or in any language's number words ('4', 'vier', 'dva'); None where it is no count."""
    return float(word) if word.isdigit() else _units()[1].get(_number_key(word))


def _compound_half(m: re.Match[str]) -> str:
    value = _count_value(m.group(1))
    return m.group(0) if value is None or value >= 100 else f"{value + 0.5:g}"


_ROMAN_HINDI_SMALL = quick(
    r"(?<![^\W\d_])(do|ek|das)(\s+(?:minute|minutes|minat|min|mins|second|seconds|sec|secs|sekand)\s+"
    r"(?:ka|ki|ke|kaa|tak|mein|me|wala|wali|wale|ka?\s+(?:lofi|gaana|gana|song|track))(?![^\W\d_]))"
)
# The count that begins a compound adjective of a unit ('двухминутный', 'tříminutová', 'pięciominutowy',
# 'dvojminútová', 'trzydziestosekundowy', 'полуминутный'); with none, the adjective is one unit ('минутный трек').
_COMPOUND_COUNTS: dict[str, float] = {
    "одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "десяти": 10,
    "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "сорока": 40, "полу": 0.5, "полутора": 1.5,  # ru
    "дво": 2, "двох": 2, "три": 3, "трьох": 3, "чотирьох": 4, "п'яти": 5, "п’яти": 5, "пʼяти": 5, "пів": 0.5,  # uk
    "едно": 1, "дву": 2, "пет": 5,  # bg
    "jedno": 1, "dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "dziesięcio": 10, "piętnasto": 15,
    "dwudziesto": 20, "trzydziesto": 30, "pół": 0.5,  # pl
    "dvou": 2, "tří": 3, "čtyř": 4, "pěti": 5, "deseti": 10, "patnácti": 15, "dvaceti": 20, "třiceti": 30,
    "půl": 0.5,  # cs
    "dvoj": 2, "troj": 3, "štvor": 4, "päť": 5, "desať": 10, "pol": 0.5,  # sk
    "dvo": 2, "tro": 3, "pet": 5,  # hr, sr
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "zehn": 10, "fünfzehn": 15, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "neunzig": 90, "halb": 0.5, "anderthalb": 1.5,
    "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,  # de: 'dreiminütiger', 'dreißigsekündige'
}  # fmt: skip
# (Icelandic genitive plural 'sekúndna', '45 sekúndna' of 45 seconds, is no Slovak adjective 'sekúnd-n-a'.)
_UNIT_ADJECTIVE = quick(
    r"(?<![^\W\d_])([^\W\d_'’ʼ]{0,12}?['’ʼ]?[^\W\d_]{0,3}?)-?(?!sekúndn)(минут|хвилин|minut|minút|minüt|секунд|sekund|sekúnd|sekünd)"
    r"(?:нн|н|ov|ow|n|ig)([^\W\d_]{0,4})(?![^\W\d_])",
    re.IGNORECASE,
)
_COUNT_THEN_ADJECTIVE = quick(
    r"(?<![^\W\d_])(\d+|[^\W\d_]+)\s+(?=(?!sekúndn)(?:минут|хвилин|minut|minút|minüt|секунд|sekund|sekúnd|sekünd)"
    r"(?:нн|н|ov|ow|n|ig)[^\W\d_]{0,4}(?![^\W\d_]))",
    re.IGNORECASE,
)
# After a unit adjective, the piece it measures ('минутного трека', 'tříminutová písnička', 'pięciominutowy utwór
# jazzowy', 'dreiminütiger Minimal-Techno-Track'), at most one word between: only then is it the piece's length.
_PIECE_AFTER = quick(
    r"\s*(?:[^\W\d_-]+\s+)?[\w-]*?(?:трек|песн|пісн|песен|песм|композиц|джингл|бит|мелоди|музык|инструментал|"
    r"інструментал|эмбиент|эмбиэнт|хаус|техно|рок|поп|джаз|лоуфай|синтвейв|track|song|písn|písnič|skladb|znělk|utw|"
    r"kawał|piosenk|dżingl|muzyk|pjesm|melodi|jingle|hit|rock|pop|techno|jazz|house|lo-?fi|ambient|beat|dain|kūrin|"
    r"carmen|cant|lied|stück|stuck|nummer|muzik|glazb|hudb|zene|instrument|intro|jingle|fade|затухан|zanik|wycisz|prolín|ztlum|"
    r"piesn|pesni|pesnič|pesnick|inštrument)",  # sk 'pieseň', 'pesnička' (also typed 'pesnicku'), 'inštrumentálka'
    re.IGNORECASE,
)
# 'песня о двух минутах до полуночи', 'без двух минут двенадцать', 'en sang om et minutt': a count of units that is
# the song's subject or a time of day, not its length; kept apart so it is asked about, never read as one.
_ABOUT_COUNT = quick(
    r"(?<![^\W\d_])(о|об|про|без|om)\s+([^\s,.;:!?]+)\s+(?=(?:минут|секунд|хвилин|minut|sekund)[^\W\d_]*)"
    r"|(?<![^\W\d_])(o)\s+(\S+)\s+(?=(?:minutach|minutách|sekundach|sekundách)(?![^\W\d_]))",  # pl, cs: about
    re.IGNORECASE,
)
# A preposition that makes what follows the song's subject or a point in time ('о двух минутах', 'без двух минут').
_ABOUT_BEFORE = quick(r"(?<![^\W\d_])(?:о|об|про|без|o|om|about|über|sobre|sur)\s+$", re.IGNORECASE)


def _unit_adjectives(text: str) -> str:
    """A length said as an adjective of its unit as 'N min' / 'N s': 'минутного трека' → '1 min трека',
    'tříminutová' → '3 min', '2-минутный' → '2 min'; a prefix that is no count known ('поминутно') is left."""

    def one(m: re.Match[str]) -> str:
        if not _PIECE_AFTER.match(text, m.end()):
            return m.group(0)  # 'минутное дело', 'с минутным вступлением', 'секундной паузой': no piece's length
        # 'sec', not 's': '90 s rock' reads as the 90s decade before a style word; the adjective is a length
        unit = "sec" if m.group(2).lower().startswith(("сек", "sek")) else "min"
        prefix = m.group(1).lower().rstrip("-")
        if not prefix:
            head = text[max(0, m.start() - 24) : m.start()]
            if re.search(r"\d-?$", head):
                return f" {unit} "  # '2-минутный', '2minutovou', '3-minütiges': the count is the number joined to it
            if head.rstrip().endswith("×"):
                return m.group(0)  # 'три минутных джингла' (three one-minute jingles) or 'пяти минутный': asked
            if _ABOUT_BEFORE.search(head):
                return m.group(0)  # 'про минутную паузу': what the song is about
            return f" 1 {unit} "
        count = _COMPOUND_COUNTS.get(prefix)
        return m.group(0) if count is None else f" {count:g} {unit} "

    if not _UNIT_ADJECTIVE.search(text):
        return text

    def counted(m: re.Match[str]) -> str:  # a count before the adjective is not joined to it as a length
        word = m.group(1)
        few = word.lower() in ("пара", "пару", "пары", "kilka", "pár", "par", "пар")  # 'пара минутный': a couple of
        return f"{word} × " if word.isdigit() or few or number_value(word) is not None else m.group(0)

    return _UNIT_ADJECTIVE.sub(one, _COUNT_THEN_ADJECTIVE.sub(counted, text))


_FOLDED_NUMBERS = frozenset({"cs", "sk", "pl", "hu", "ro", "hr", "sr", "lt", "vi", "el", "tr", "az", "is"})
_CASE_LANGUAGES = ("is", "la", "lt", "fi", "hu", "cs", "sk", "pl", "ru", "uk", "bg", "sr", "hr", "el", "tr", "az")
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüåæøœăąęėįųūаеиоуыэюяієїαεηιουω")


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, list[tuple[str, str]]], dict[str, float], int]:
    """Unit words by their first character (longest first) and every language's number words."""
    from ace_step_mcp.router.cues import fold
    from ace_step_mcp.router.vocab_data import AMBIGUOUS, NUMBERS, UNITS

    canons: dict[str, set[str]] = {}
    for table in (*UNITS.values(), _MORE_UNITS):
        for canon, words in table.items():
            for word in words:
                canons.setdefault(word, set()).add(canon)
                if len(word) >= 4:  # 'sekund', 'masodperc', 'λεπτο' as typed; not 'è' (hours) as 'e'
                    canons.setdefault(fold(word), set()).add(canon)
    by_first: dict[str, list[tuple[str, str]]] = {}
    for word, kinds in canons.items():
        # A word that is a unit of two kinds in two languages ('saat': seconds in Malay, hours in Turkish).
        by_first.setdefault(word[0], []).append((word, "|".join(sorted(kinds))))
    for bucket in by_first.values():
        bucket.sort(key=lambda e: -len(e[0]))
    numbers: dict[str, float] = {}
    ambiguous: dict[str, set[float]] = {}
    for lang, lang_table in (*NUMBERS.items(), ("", _MORE_NUMBERS)):
        for word, value in lang_table.items():
            # 'dvě' and 'dve', 'δύο' and 'δυο' where people drop the accents; not Dutch 'één' ('een' is 'a')
            # ('bốn' folded is French 'bon', 'năm' is 'nam', 'một' is 'mot': Vietnamese folded only from 4 letters)
            folded = fold(word) if lang in _FOLDED_NUMBERS and len(word) >= (4 if lang == "vi" else 3) else word
            for form in dict.fromkeys((word, folded)):
                key = _number_key(form)
                if key and form not in AMBIGUOUS:
                    numbers.setdefault(key, value)
                elif key and len(key) >= 3:
                    ambiguous.setdefault(key, set()).add(value)
    # A word that is a number in some languages and another word in others ('tre', 'sei', 'lima') is read as
    # a number only where the structure says so: right before a unit, or as the count of 'N and a half',
    # and only when every language that has it as a number gives it one value.
    for key, values in ambiguous.items():
        if len(values) == 1:
            numbers.setdefault(key, values.pop())
    # Stems of inflected units: a unit word ending in a vowel also matches with that vowel changed
    # ('mínúta' → 'mínútna', 'minuto' → 'minutorum'); the match allows up to four more letters after it.
    # Only in languages that inflect nouns for case: the CLDR forms of the others are complete, and a stem
    # there would read a typo ('segundso') as a unit.
    for lang in _CASE_LANGUAGES:
        for canon, words in UNITS.get(lang, {}).items():
            for word in words:
                stem = word[:-1]
                if len(word) >= 5 and word[-1] in _VOWELS and stem.isalpha() and stem not in canons:
                    canons[stem] = {canon}
                    by_first[word[0]].append((stem, canon))
    for bucket in by_first.values():
        bucket.sort(key=lambda e: -len(e[0]))
    longest = max((len(k) for k in numbers), default=0)
    return by_first, numbers, longest


@lru_cache(maxsize=1)
def _unit_first() -> frozenset[str]:
    """Units written before their number ("dakika mbili", "sekunde 30"): Swahili's."""
    from ace_step_mcp.router.vocab_data import UNITS

    return frozenset(w for words in UNITS["sw"].values() for w in words if len(w) >= 3)


@lru_cache(maxsize=1)
def _english_numbers() -> frozenset[str]:
    from ace_step_mcp.router.vocab_data import NUMBERS

    return frozenset(_number_key(w) for w in NUMBERS["en"])


def _number_key(words: str) -> str:
    return re.sub(r"[\s\-‐'’]+", "", words.lower())


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


@lru_cache(maxsize=4096)
def _spaced_script(ch: str) -> bool:
    if ch.isascii():
        return True
    name = unicodedata.name(ch, "")
    return not name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL", "KHMER", "LAO"))


_CANON = {"s": "s", "min": "min", "h": "hour"}
# English words that are another language's count ('to' is two in Danish and Norwegian, 'on' ten in Turkish, 'fire'
# four in Norwegian): before an English unit they are English ('from minute 1 to minute 2', 'on minute 3').
_ENGLISH_WORDS_THAT_COUNT = frozenset({"to", "on", "fire"})
# The router's own terms (English units), read by its own rules ('a minute and a half', '808s').
_OWN_TERMS = frozenset(
    {
        "s",
        "sec",
        "secs",
        "sec.",
        "second",
        "seconds",
        "m",
        "min",
        "min.",
        "mins",
        "minute",
        "minutes",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
    }
)


@lru_cache(maxsize=1)
def _unit_trie() -> dict[str, Any]:
    """The unit words as a trie of characters; a node's "" entry is the (word, canon) that ends there."""
    by_first, _, _ = _units()
    root: dict[str, Any] = {}
    for bucket in by_first.values():
        for word, canon in bucket:
            node = root
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = (word, canon)
    return root


def _unit_words_at(text: str, i: int) -> list[tuple[str, str]]:
    """Every unit word that starts at `i`, longest first (the order `_units` keeps its buckets in)."""
    found: list[tuple[str, str]] = []
    node: dict[str, Any] | None = _unit_trie()
    for j in range(i, len(text)):
        node = node.get(text[j]) if node is not None else None
        if node is None:
            break
        if "" in node:
            found.append(node[""])
    found.reverse()
    return found


@lru_cache(maxsize=1)
def _unit_starts() -> re.Pattern[str]:
    """Where any unit word starts: the places `units_to_canonical` tries its words at, found in one scan."""
    by_first, _, _ = _units()
    words = sorted({w for bucket in by_first.values() for w, _ in bucket}, key=len, reverse=True)
    # Plain alternatives, not a look-ahead: a pattern that starts with literals gets `re`'s skip to the
    # characters they can start with, and the leftmost place any of them matches is the same.
    return re.compile("|".join(re.escape(w) for w in words))


def _mark_ranges() -> str:
    """Unicode's combining marks below U+1000 as a character class's ranges: the vowel signs of Indic scripts
    ('तीन', 'ਤਿੰਨ', 'ஐம்பது') are marks, not letters, and `\\w` splits a word at each."""
    marks = [c for c in range(0x300, 0x1000) if unicodedata.category(chr(c)).startswith("M")]
    ranges: list[tuple[int, int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


_LETTER_OR_MARK = rf"(?:[^\W\d_]|[{_mark_ranges()}])"
_SPELLED_WORD = re.compile(rf"[^\W\d_]{_LETTER_OR_MARK}*(?:[-‐][^\W\d_]{_LETTER_OR_MARK}*)*")


def _number_before(text: str, end: int) -> tuple[int, float] | None:
    """The number (digits or words) that ends at `end` (spaces and a hyphen between allowed)."""
    _, numbers, longest = _units()
    j = end
    while j > 0 and text[j - 1] in " \t-\u00a0\u202f":
        j -= 1
    if end - j > 2 or (j > 0 and text[j - 1] in ",;、，；"):
        return None  # 'miaka 6, dakika 2', 'їй виповнюється 8, хвилина': a comma ends the number's phrase
    k = j
    while k > 0 and (text[k - 1].isdigit() or (text[k - 1] in ".," and k - 2 >= 0 and text[k - 2].isdigit())):
        k -= 1
    if k < j:
        if k > 0 and ((text[k - 1].isalpha() and _spaced_script(text[k - 1])) or text[k - 1] in "_:/"):
            return None  # part of a word, the seconds of an m:ss, or a fraction's ('3/4 time' is a metre)
        try:
            return k, float(text[k:j].replace(",", "."))
        except ValueError:
            return None
    # Number words: the longest run of words ending here that spells a number (up to 40 characters).
    window_start = max(0, j - longest - 8)
    best: tuple[int, float] | None = None
    i = j
    while i > window_start:
        i -= 1
        if i > 0 and _is_letter(text[i - 1]) and _spaced_script(text[i - 1]):
            continue  # not the start of a word
        key = _number_key(text[i:j])
        if key in numbers:
            best = (i, numbers[key])
    return _composed_before(text, j, best, numbers)


def _composed_before(
    text: str, end: int, best: tuple[int, float] | None, numbers: dict[str, float]
) -> tuple[int, float] | None:
    """A longer run of number words ending at `end` that composes one number ('एक सौ पाँच' 105, 'сто и десет' 110,
    'hundre og ti' 110, 'isang daan at sampung' 110): the read one is its last part, and the run's value is taken."""
    if best is None:
        return None
    words = list(_SPELLED_WORD.finditer(text, max(0, best[0] - 60), best[0]))[-6:]
    for k in range(len(words), 0, -1):
        run = words[-k:]
        gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(run)] + [text[run[-1].end() : best[0]]]
        if any(gap.strip(" \t-") for gap in gaps):
            continue  # (words joined by spaces or hyphens only)
        tokens = [w.group(0).lower() for w in run] + text[best[0] : end].lower().split()
        values = [numbers.get(_number_key(t)) for t in tokens]
        hundred = any(  # ('isang daan', 'vienas šimtas': a hundred said in two words)
            numbers.get(_number_key(" ".join(tokens[a : a + n])), 0) >= 100
            for n in (1, 2)
            for a in range(len(tokens) - n)
        )
        tens_and_units = (
            len(tokens) == 3
            and tokens[1] in _AND_WORDS
            and (values[0] or 0) >= 20
            and (values[0] or 0) % 10 == 0
            and 0 < (values[2] or 0) < 10
        )
        if not hundred and not tens_and_units:
            continue  # (a hundred, or tens 'and' units: Turkish 'on' before Finnish 'kolme' is no 13, 'dix et deux' no 12)
        said = [t for t in tokens if t not in _AND_WORDS]
        joined = [t for t in tokens if t in _AND_WORDS]
        if not any(
            all(_number_key(t) in _words_of(lang) for t in said)
            and all(a in (_ands_of(lang) if hundred else _ands_in_tables(lang)) for a in joined)
            for lang in _languages_of(said[0])
        ):
            continue  # (the words of one language, joined as it joins them: 'stu thirty', 'тридцать и пять' are not)
        value = _spelled_value(tokens, numbers)
        if value is not None and value > best[1] and value <= (59 if _MINUTES_NEXT.match(text, end) else 320):
            return run[0].start(), value  # (not 'trăm năm ba phút', a hundred years, three minutes: no 103 min)
    return best


_MINUTES_NEXT = quick(r"[\s-]*(?:min|minut|минут|хвилин|phút|dakika|perc|λεπτ|मिनट|নিমিষ|நிமிட|ਮਿੰਟ|منٹ|dakik)", re.I)


@lru_cache(maxsize=1)
def _language_words() -> tuple[
    dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]
]:
    """Each language's number words (every word of its entries, keyed as `_number_key` writes them), the languages
    each word belongs to, the words each language joins its parts with ('сто и десет', 'hundre og ti'), and those of
    them its tables' own entries show ('тридесет и пет' joins tens and units; English 'thirty and five' is two)."""
    from ace_step_mcp.router.vocab_data import NUMBERS

    words: dict[str, set[str]] = {}
    langs: dict[str, set[str]] = {}
    ands: dict[str, set[str]] = {}
    for lang, table in NUMBERS.items():
        for entry, value in table.items():
            for part in entry.split():
                if part in _AND_WORDS:
                    if 20 < value < 100 and value % 10:  # (tens and units joined: 'четиресет и две', not 'hundred and')
                        ands.setdefault(lang, set()).add(part)
                    continue
                key = _number_key(part)
                words.setdefault(lang, set()).add(key)
                langs.setdefault(key, set()).add(lang)
    in_tables = {k: frozenset(v) for k, v in ands.items()}
    for lang, joins in _JOINS.items():  # (and the hundreds' joins)
        ands.setdefault(lang, set()).update(joins)
    return (
        {k: frozenset(v) for k, v in words.items()},
        {k: frozenset(v) for k, v in langs.items()},
        {k: frozenset(v) for k, v in ands.items()},
        in_tables,
    )


# The words that join a hundred to the rest where the tables' entries do not show them ('hundre og ti', 'сто и
# десет', 'một trăm lẻ năm', 'mia moja na kumi', 'isang daan at sampung').
_JOINS = {
    "it": ("e",),
    "pt": ("e",),
    "no": ("og",),
    "da": ("og",),
    "bg": ("и",),
    "vi": ("lẻ", "linh"),
    "sw": ("na",),
    "tl": ("at",),
    "en": ("and",),
}


def _words_of(lang_or_word: str) -> frozenset[str]:
    return _language_words()[0].get(lang_or_word, frozenset())


def _languages_of(word: str) -> frozenset[str]:
    return _language_words()[1].get(_number_key(word), frozenset())


def _ands_of(lang: str) -> frozenset[str]:
    return _language_words()[2].get(lang, frozenset())


def _ands_in_tables(lang: str) -> frozenset[str]:
    return _language_words()[3].get(lang, frozenset())


_LAST_WORD = re.compile(rf"([^\W\d_]{_LETTER_OR_MARK}*)[\s-]+$")  # (with its vowel signs: 'सौ ')


def _part_of_a_longer_number(text: str, start: int) -> bool:
    """Whether the number word read at `start` follows another number word (a compound the tables lack)."""
    if start == 0 or text[start].isdigit():
        return False
    _, numbers, _ = _units()
    m = _LAST_WORD.search(text[max(0, start - 40) : start])
    return m is not None and _number_key(m.group(1)) in numbers and m.group(1) not in _NOT_COUNTS


_TURKISH_LETTERS = quick(r"[çşğıİ]|(?<![^\W\d_])(?:kadar|için|lazım|dakika)(?![^\W\d_])")


# Words that are a number in some language but, before another number, are an article or 'about'.
# ('egy két perces': Hungarian 'egy' is the article before any count; Turkish 'bir iki dakika' is 'a minute or two')
_NOT_COUNTS = frozenset(
    {"un", "una", "une", "uno", "um", "uma", "ein", "eine", "en", "ett", "et", "one", "a", "an", "egy"}
)


def _number_after(text: str, start: int) -> tuple[int, float] | None:
    """The number right after a unit (Swahili writes "dakika mbili", "sekunde 30")."""
    _, numbers, longest = _units()
    i = start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i == start:
        return None
    m = re.match(r"\d+(?:[.,]\d+)?(?![\w:])", text[i : i + 12])
    if m:
        return i + m.end(), float(m.group(0).replace(",", "."))
    best: tuple[int, float] | None = None
    for j in range(i + 1, min(len(text), i + longest + 8) + 1):
        if j < len(text) and _is_letter(text[j]):
            continue
        key = _number_key(text[i:j])
        if key in numbers:
            best = (j, numbers[key])
    while best is not None and (joined := _JOINED_NEXT.match(text, best[0])) is not None:
        # ('sekunde mia moja na kumi', a hundred and ten: the parts after the unit, each smaller)
        more = _number_after(text, joined.end() - 1)
        if more is None or more[1] >= best[1] or (best[1] % 100 and more[1] >= 10):
            break  # (after tens, only units: 'mia moja na kumi na tano' is 115, never tens twice)
        best = (more[0], best[1] + more[1])
    return best


_JOINED_NEXT = quick(r"\s+(?:na|and|и|og|at|e|y|et|und|ve|i)\s")


# Words that are a number and a unit at once (Arabic and Hebrew duals).
_DUALS = {"دقيقتان": "2 min", "دقيقتين": "2 min", "ثانيتان": "2 s", "ثانيتين": "2 s", "ساعتان": "2 hour",
          "ساعتين": "2 hour", "דקותיים": "2 min", "שעתיים": "2 hour", "שתי דקות": "2 min", "שתי שניות": "2 s",
          "שלוש דקות": "3 min",
          # Arabizi, Arabic typed in Latin letters with digits for the letters it lacks ('7awaly de2e2teen')
          "de2e2teen": "2 min", "de2e2ten": "2 min", "de2i2ten": "2 min", "de2i2tein": "2 min", "d2i2ten": "2 min",
          "d2i2tain": "2 min", "d2e2teen": "2 min", "de2ee2teen": "2 min"}  # fmt: skip
_DUAL = quick("|".join(_DUALS))


@lru_cache(maxsize=1)
def _second_range() -> re.Pattern[str]:
    """'from second 70 to 90', 'von Sekunde 70 bis 90', 'del segundo 70 al 90', 'с 70-й по 90-ю секунду'."""
    from ace_step_mcp.router.vocab_data import UNITS

    words = {w for table in UNITS.values() for w in table.get("s", []) if len(w) >= 4 and not w.endswith(".")}
    unit = r"(?:ال|ה)?(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")[^\W\d_]{0,3}"
    num = r"(\d{1,4})(?:\.(?!\d)|-?(?:й|я|ю|ї|ту|го|ой|ей|та|ти|ия)(?![^\W\d_]))?"
    sep = (
        r"(?:-|–|~|to|till|until|a|al|ao|à|au|bis|hasta|até|tot|до|по|do|đến|sampai|hingga|إلى|עד|ila|hadi|till|"
        r"kadar|naar|fino a|fino al|ad|لحد|لغاية|حتى|sampe|ถึง|hanggang|tới|(?<=\d )تا(?= \d+(?: s)?(?!\s*تا))|"
        # (Romanian 'de la secunda 30 la 36', Lithuanian 'nuo 30 iki 40 sekundės'; Telugu, Tamil, Nepali, Bengali and
        # Punjabi say 'from' after the first number: '30 నుండి 40 సెకన్ల')
        r"(?<=\d )la(?= \d)|iki|నుండి|నుంచి|முதல்|இலிருந்து|देखि|থেকে|ਤੋਂ)"
    )
    article = r"(?:(?:la|el|al|a|the|der|die|o|ao|lo|il)\s+)?"
    return quick(
        r"(?:(?<![^\W\d_])|(?<=[\u0e00-\u0e7f]))"  # (Thai writes no space between words)
        + unit
        + r"(?:\s*ที่|\s+thứ)?\s+"  # ('วินาทีที่ 20 ถึง 35', 'giây thứ 20 đến 35': the ordinal's mark)
        + num
        + r"\s*"
        + sep
        + r"\s*"
        + article
        + r"(?:"
        + unit
        + r"\s+)?"
        + num
        + r"(?![\d:]|[.,]\d)(?:\s*"
        + unit
        + r")?"
        + r"|(?<![\w.:])"
        + num
        + r"\s*"
        + sep
        + r"\s*"
        + num
        + r"\s*"
        + unit
    )


# A range said with the unit after each end, its case endings saying 'from' and 'to' ('12. saniyeden 20. saniyeye
# kadar', '45. másodperctől az 52. másodpercig', 'a 45. és 52. másodperc közötti', '30 sekunnista 40 sekuntiin').
_CASE_RANGE = quick(
    r"(?<![\w.:])(\d{1,4})\.?\s*(?:saniye(?:den|dan)|saniyə(?:dən|dan)|sn(?:den|dan)|másodperc(?:től|tol)|"
    r"sekunni(?:sta|stä))\s+(?:az?\s+)?(\d{1,4})\.?\s*(?:saniyeye|saniyəyə|sn(?:ye|ya)|másodpercig|sekunti(?:in|iin))"
    r"(?:\s+(?:kadar|qədər))?"
    r"|(?<![\w.:])(\d{1,4})\.?\s+(?:és|ve|və)\s+(?:az?\s+)?(\d{1,4})\.?\s+(?:másodperc|saniye|saniyə)\w*\s+"
    r"(?:között\w*|arası\w*|arasındakı)"
    # ('saat ke-20 hingga saat ke-40', '45 வினாடியிலிருந்து 60 வினாடி வரை', '30 సెకన్ల నుండి 45 సెకన్ల వరకు', 'a secundo 20
    # ad secundum 40')
    r"|(?<![^\W\d_])(?:saat|detik)\s+ke-?(\d{1,4})\s+(?:hingga|sampai|ke)\s+(?:saat|detik)\s+ke-?(\d{1,4})"
    r"|(?<![\w.:])(\d{1,4})\s*வினாடி(?:யிலிருந்து|யில் இருந்து)\s+(\d{1,4})\s*வினாடி\S*\s+வரை"
    r"|(?<![\w.:])(\d{1,4})\s*సెకన్ల\s+నుండి\s+(\d{1,4})\s*సెకన్ల\s+వరకు"
    r"|(?<![^\W\d_])a\s+secundo\s+(\d{1,4})\s+(?:ad|usque ad)\s+secundum\s+(\d{1,4})",
    re.IGNORECASE,
)


def _second_ranges(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        a, b = [g for g in m.groups() if g is not None][:2]
        return f" {a}-{b} s " if int(a) < int(b) else m.group(0)

    return _CASE_RANGE.sub(one, _second_range().sub(one, text))


# 'साढ़े तीन मिनट', 'সাড়ে তিন মিনিট', 'ਸਾਢੇ ਤਿੰਨ', 'ساڑھے تین': N and a half, the half said first; and a quarter
# more or less the same way ('सवा दो मिनट' 2¼, 'पौने तीन मिनट' 2¾, 'সোয়া', 'পৌনে', 'سوا', 'پونے', 'ਸਵਾ', 'ਪੌਣੇ').
_SADHE = quick(
    r"(?<![^\W\d_])(?:(?P<half>सा(?:ढ़|ढ़|ढ)े|সা(?:ড়|ড়)ে|ਸਾਢੇ|ساڑھے)|(?P<more>सवा|সোয়া|(?<!کے\s)سوا|ਸਵਾ)|"
    r"(?P<less>पौने|পৌনে|پونے|ਪੌਣੇ))\s+(?P<n>\d+|[^\s\d,.;]+)(?P<hundred>\s+(?:सौ|ਸੌ|سو)(?![^\W\d_]))?"
    r"(?P<min>\s+(?:मिनट|মিনিট|منٹ|ਮਿੰਟ)\w*)?"
)


def _and_a_half_before(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group("n")
        value = float(word) if word.isdigit() else number_value(word)
        if value is None or (m.group("less") and value < 1):
            return m.group(0)
        total = value + (0.5 if m.group("half") else 0.25 if m.group("more") else -0.25)
        if m.group("hundred") is not None or value == 100:
            # (of hundreds: 'सवा सौ' 125, 'साढ़े तीन सौ' 350, 'पौने दो सौ' 175)
            count = 1.0 if m.group("hundred") is None else value
            total = (count + (0.5 if m.group("half") else 0.25 if m.group("more") else -0.25)) * 100
            return f"{total:g}{m.group('min') or ''}"
        if m.group("min") and total != int(total) and not m.group("half"):
            # (minutes and seconds: '2.25 min' would read as 2:25 too)
            return f"{int(total)} min {round((total - int(total)) * 60)} s"
        return f"{total:g}{m.group('min') or ''}"

    return _SADHE.sub(one, text) if _SADHE.search(text) else text


# Russian and Ukrainian put the unit first to say 'about': 'минуты на три', 'секунд пятнадцать' (about 3 min, about
# 15 s). Written the usual way round, the approximation noted.
_INVERTED = quick(
    r"(?<!× )(?<![^\W\d_])(минуты|минут|секунды|секунд|хвилини|хвилин|секунди)\s+(на\s+)?(\d+|[^\W\d_]+)"
    r"(?![^\W\d_])(?!\s*(?:голос\w*|bpm|бпм|бит\w*|удар\w*|человек\w*|персон\w*|инструмент\w*))|(?<![^\W\d_])(минута|хвилина)\s+(\d+|[^\W\d_]+)(?![^\W\d_])",
    re.IGNORECASE,
)


def _uninvert(m: re.Match[str]) -> str:
    if m.group(4) is not None:  # 'минута тридцать': a minute and thirty seconds
        word = m.group(5)
        value = float(word) if word.isdigit() else number_value(word)
        return f"1:{int(value):02d}" if value is not None and value == int(value) and 0 < value < 60 else m.group(0)
    word = m.group(3)
    if not word.isdigit() and number_value(word) is None:
        return m.group(0)
    said = _WORD_BEFORE.search(m.string[max(0, m.start() - 30) : m.start()])
    if (
        said is not None
        and (said.group(1).isdigit() or number_value(said.group(1).lower()) is not None)
        and _SECONDS_NEXT.match(m.string, m.end())
    ):
        # ('дві хвилини сорок секунд': a count before the unit, then its seconds; not 'about 40 min'. Not a count of
        # something else after it: 'на 2 минуты три гитары' is asked, as before)
        return m.group(0)
    return f"about {word} {m.group(1)}"


_WORD_BEFORE = quick(r"(\d+|[^\W\d_]+)\s+$")
# (the seconds' unit after the tens, or after one more number word, or nothing more: 'дві хвилини сорок п'ять секунд',
# 'на дві хвилини сорок')
_SECONDS_NEXT = quick(
    r"(?:\s+[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)?\s*(?:секунд\w*|сек(?![^\W\d_])|s(?![^\W\d_]))|\s*(?:$|[,.;!?])",
    re.IGNORECASE,
)


# 'a minute' said with the noun alone where the language needs no 'one': 'שיר של דקה', 'دقيقة وحدة', 'на хвилину',
# 'на минуту' (not after a number: 'две минуты', and not 'через минуту', in a minute).
_A_MINUTE = quick(
    r"(?<![\d\w])(?<![\d½¼¾]\s)(?<!חצי )(?:של\s+)?דקה(?:\s+אחת)?(?![\w])"
    r"|(?<![\d\w])(?<![\d½¼¾]\s)(?<!نصف )(?<!نص )دقيقة(?:\s+(?:وحدة|واحدة))?(?![\w])"
    r"|(?<![\w])(?:یه|یک)\s+دقیقه(?![\w])"  # Persian 'یه دقیقه به آخرش اضافه کن' (a minute)
    r"|(?<![^\W\d_])на\s+(?:хвилину|минуту)(?![^\W\d_])"
    # ... and in the other Slavic languages and Lithuanian ('zrób utwór na minutę', 'udělej písničku na minutu', 'asi
    # minútu', 'minutės ilgio': a minute long)
    r"|(?<![^\W\d_])(?:na|asi|zhruba|cca|około|okolo)\s+(?:minutę|minutu|minútu)(?![^\W\d_])"
    r"|(?:(?<=^)|(?<=[,;:]\s)|(?<=apie\s))minutės\s+ilgio(?![^\W\d_])"
    r"|(?<![^\W\d_])(?<=noch )['’]?ne\s+minute(?![^\W\d_])"  # German 'noch ne Minute' (one more minute)
    # ... and 'auf ne Minute' (de), 'до хвилини' / 'до минуты' (to a minute), 'добавь минуту' (add a minute), Malay
    # 'seminit', 'tak minutu' (cs: about a minute)
    r"|(?<![^\W\d_])(?<=auf )(?:['’]?ne|eine)\s+minute(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:(?<=до )(?:хвилини|минуты)|(?<=добавь )минуту|(?<=добави )минута|(?<=додай )хвилину)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:seminit|(?<=tak )minutu)(?![^\W\d_])"
)


_RESOLUTION = re.compile(r"(?<![\d.,])(?:144|240|360|480|540|576|720|1080|1440|2160|4320)$")


def _a_minute(text: str, m: re.Match[str]) -> str:
    """' 1 min ' for the noun alone, but not after a number word: 'ثلاث دقيقة', 'שלוש דקה' (three minute, the noun
    left singular) are three minutes."""
    if not _HE_AR.match(m.group(0)) or _ONE_AFTER.search(m.group(0)):
        return " 1 min "  # ('בת שלוש דקה אחת': one minute, said so; a girl of three)
    word = _HE_AR_WORD.search(text, max(0, m.start() - 24), m.start())
    if word is None or number_value(word.group(2)) is None or word.group(1) in _AGE_BEFORE:
        return " 1 min "  # ('عمره أربع دقيقة': aged four, a minute)
    return m.group(0)


# (the Hebrew and Arabic nouns only: in 'prodluž to na minutu', 'to' is two in Danish)
_HE_AR = re.compile(r"[\u0590-\u06ff]")
_HE_AR_WORD = re.compile(r"(?:([\u0590-\u06ff]+)\s+)?([\u0590-\u06ff]+)\s+$")
_ONE_AFTER = re.compile(r"(?:אחת|وحدة|واحدة)$")
_AGE_BEFORE = frozenset({"בת", "בן", "גיל", "לגיל", "عمره", "عمرها", "عمر", "سن", "بعمر"})


# Turkish and Azerbaijani 'son' (last) before a count of their own units ('son 10 saniyeyi', 'son 12 saniyəsini');
# elsewhere 'son' is Spanish or French ('son 10 segundos más').
_TURKIC_LAST = quick(
    r"(?<![^\W\d_])son(?:undaki|undakı|undakini)?(?=\s+\d+\s*(?:saniy|sn\b|dakik|dk\b|dəqiq))", re.IGNORECASE
)  # (and 'sonundaki 5 saniyeyi kes': the 5 s at its end)
# 'en minut', 'ett minut', 'et minutt' (sv, da, no): the article is the count. Only before these forms of the
# word, which French and Spanish ('en 2 minutes', 'en minutos') never write.
_ONE_MINUT = quick(
    r"(?<![^\W\d_])(?:en|ett|et)\s+(?=minut(?:t|ten|en)?(?![^\W\d_])(?!\s+(?:stilhed|stillhet|tystnad|stilte|pause|paus)))",
    re.IGNORECASE,
)  # (not 'en minut stilhed': a minute of silence inside the piece)


_THE_LAST_MINUTE = quick(
    r"(?<![^\W\d_])(?:the\s+last\s+minute|(?:el|del|al)\s+último\s+minuto|(?:o|do|no)\s+último\s+minuto|"
    r"la\s+dernière\s+minute|l['’]ultimo\s+minuto|die\s+letzte\s+minute|последнюю\s+минуту|останню\s+хвилину|"
    r"ostatnią\s+minutę|de\s+laatste\s+minuut|sista\s+minuten|sidste\s+minut|siste\s+minuttet)(?![^\W\d_])",
    re.IGNORECASE,
)


# Inflected forms of a unit that are another word in a sister language: Serbian 'године' (years; the Ukrainian
# hours are 'години').
_OTHER_WORDS = frozenset({"године", "год", "sa"})  # ('1986 год': Russian 'year', not the Ukrainian hour's short form;
# 'sa': Tagalog 'at' ('10 sa dulo'), far more often than Turkish hours')


# 'a minute' as the noun alone where these languages say it so: a list item ('…, minuta', '…, хвилина') or after
# 'about' ('около минута' bg, 'około minuta' pl, 'noin minuutti' fi, 'приблизно хвилина' uk). Not before more
# words ('минута молчания', 'minuta ciszy': a minute inside the piece).
_LONE_MINUTE = quick(
    r"((?:^|,)\s*|(?<![^\W\d_])(?:около|około|noin|приблизно|близько|zhruba|približne|apie|kokią|maždaug)\s+)"
    r"(?=(?:минута|minuta|minúta|хвилина|minuutti|minutę|minutė)\s*(?:[,.!?;]|$))",
    re.IGNORECASE,
)


# Romanian 'o' (a, one) is a count before 'secundă/minută' ('fade in de o secundă'); Portuguese 'o minuto' is
# not this form. (Haitian 'de minit' stays asked: 'de' is also French 'of'.)
# A minute said with no count where these languages say it so: Finnish 'minuutin mittainen / pituinen' (a minute
# long), Polish 'dodaj minutę', 'jeszcze minutę' (add one more minute). (Haitian 'de minit' stays asked: 'de' is
# French 'of' too.)
_A_MINUTE_MORE = quick(
    r"(?<![^\W\d_])(?:(?<!puolentoista )(?<!kahden )(?<!kolmen )(?<!neljän )(?<!viiden )(?<!\d )"
    r"minuutin(?=\s+(?:mittai|pitui)\w*)|(?<=dodaj )minutę|(?<=jeszcze )minutę)(?![^\W\d_])",
    re.IGNORECASE,
)


_ONE_LETTER_COUNT = quick(r"(?<![^\W\d_])o\s+(?=(?:secund[ăa]|minut[ăa])(?![^\W\d_]))", re.IGNORECASE)
# Hebrew writes 'in/to/from' joined to the number ('ב20 שניות', 'ל30 שניות'): the number stands apart.
_HEBREW_PREFIX = quick(r"(?<![\u05d0-\u05ea])([בלמכו])(?=\d)")


_CJK_COLON = re.compile(r"(?<=[\u3040-\u9fff\uac00-\ud7af]):(?=\S)")


_UNIT_THEN_RANGE = quick(
    r"(?<![^\W\d_])(?:sekunden|seconds|segundos|secondi|secondes|sekundy|sekund|секунд[уыа]?)\s+(\d{1,3})\s*"
    r"(?:bis|to|a|al|à|au|-|–|до|по|do)\s*(\d{1,3})(?![\d:.,])"
)


# Bars and measures, in the words musicians of the 50 languages use ('8 Takte', '16 maten', '8 mesures', '32 ölçü',
# '4小節', '16 тактов'), made seconds where one tempo is said: a bar is its beats (4, or the metre's 2/4, 3/4 ...) at
# that tempo. A metre in eighths ('6/8') or two tempi leave the bars as written, and asked about.
_BAR_WORD = (
    r"(?:bars?|measures?|compases|compás|compas|takte?n?|takt|mesures?|battute|battuta|misure|compassos?|"
    r"такт(?:а|ов|ы)?|maten|maat|takter|takty|taktů|taktu|taktov|tahtia|tahdin|tahti|ütem(?:et)?|ölçü\w*)(?![^\W\d_])"
    r"|小節|小节|마디"
)
BAR_WORD = quick(r"(?:" + _BAR_WORD + r")", re.IGNORECASE)
_BAR_FORM = quick(r"(?<![\w.])(\d{1,2})[-\s]?(?:takt|bar)[-\s]?(schema|scheme|form|blues)(?![^\W\d_])", re.IGNORECASE)
_BARS_RANGE = quick(
    r"(?<![^\W\d_])(?:" + _BAR_WORD + r")\s*(\d{1,3})\s*(?:-|–|to|bis|à|a|al|до|tot|till|～|~)\s*(\d{1,3})(?![\d:.,])"
    r"|(?<![\w.:])(\d{1,3})\s*(?:-|–|to|bis|à|a|al|до|tot|till|～|~)\s*(\d{1,3})\s*(?:" + _BAR_WORD + r")",
    re.IGNORECASE,
)
_BARS_COUNT = quick(r"(?<![\d.:/])(?<![A-Za-z])(\d{1,3})\s*-?\s*(?:" + _BAR_WORD + r")", re.IGNORECASE)
_TEMPO_WORD = quick(
    r"(?<![^\W\d_])(?:tempo|темп|tempó|tempot|tempon)\s*(?:is|ist|es|est|è|é|:|=|de|di|van|на|je|je na)?\s*"
    r"(\d{2,3})(?!\s*(?:bpm|\d|[.,:]\d))|bpm\s*(?:は|:|=|of|is|ist|es|est)?\s*(\d{2,3})(?![\d.,:])",
    re.IGNORECASE,
)
_METRE = quick(r"(?<![\d/])([2-7])\s*/\s*(4|8)(?![\d/])|([2-7])\s*拍子")


_TEMPO_CHANGED = quick(
    r"(?<![^\W\d_])(?:faster|slower|speed\w*|tempo\s+(?:up|down|to)|schneller|langsamer|plus vite|plus lent|"
    r"más rápido|mas rapido|más lento|più veloce|più lento|mais rápido|mais lento|быстрее|медленнее|ускор\w*|"
    r"замедл\w*|sneller|langzamer|szybciej|wolniej|rychleji|pomaleji|hızlı|yavaş)(?![^\W\d_])",
    re.IGNORECASE,
)


def bars_to_seconds(text: str) -> str:
    """'Rajoute 8 mesures à la fin, on est à 160 BPM en 4/4' as '12 s', 'bars 17-24 … 96 bpm' as '40-60 s'; a tempo
    said as 'tempo 128' or 'BPMは150' is written '128 bpm' (and the bars' metre '4拍子' as '4/4')."""
    if not BAR_WORD.search(text):
        return text
    text = _BAR_FORM.sub(lambda m: " blues form" if m.group(2).lower() == "blues" else " bar form", text)
    text = _TEMPO_WORD.sub(lambda m: f" {m.group(1) or m.group(2)} bpm ", text)
    text = re.sub(r"([2-7])\s*拍子", r" \1/4 ", text)
    tempos = {int(t) for t in re.findall(r"(\d{2,3})\s*bpm", text, re.IGNORECASE)}
    metres = {(m.group(1), m.group(2)) for m in _METRE.finditer(text) if m.group(1)}
    if len(tempos) != 1 or len(metres) > 1 or any(den == "8" for _, den in metres):
        return text
    bpm = tempos.pop()
    if not 30 <= bpm <= 300 or _TEMPO_CHANGED.search(text):
        return text  # ('Regenerate bars 9-16 and make them faster, around 140 bpm': not the tempo the bars are at)
    bar = (int(metres.pop()[0]) if metres else 4) * 60 / bpm  # seconds in a bar

    def span(m: re.Match[str]) -> str:
        a, b = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        return f" {round((a - 1) * bar, 2):g}-{round(b * bar, 2):g} s " if 1 <= a <= b else m.group(0)

    text = _BARS_RANGE.sub(span, text)
    out: list[str] = []
    last = 0
    for m in _BARS_COUNT.finditer(text):
        if m.start() < last:
            continue
        seconds = round(int(m.group(1)) * bar, 2)
        out.append(f"{text[last : m.start()]} {seconds:g} s ")
        last = m.end()
        again = _RESTATED.match(text, m.end())
        if again is not None and abs(float(again.group(1).replace(",", ".")) - seconds) < 0.51:
            # ('vorne 8 Takte dran, bei 120 BPM also 16 Sekunden': the bars said again in seconds, one length,
            # where the bars are)
            unit = re.match(r"\s*[^\W\d_]*", text[again.end() :])
            out.append(text[m.end() : again.start(1)])
            last = again.end() + (unit.end() if unit else 0)
    return "".join(out) + text[last:]


# The same length said again in seconds after bars ('8 bars, so 16 s', '8 Takte … also 16 Sekunden', '8 mesures,
# soit 12 s', '8 тактов, то есть 16 секунд'): a word that says 'that is', then the number.
_RESTATED = quick(
    r"(?:[^.;!?\n\d]|\d{2,3}\s*bpm){0,30}?(?<![^\W\d_])(?:so|i\.?e\.?|that'?s|that is|which is|=|->|→|also|d\.h\.|das sind|sprich|"
    r"soit|c'est-à-dire|donc|cioè|quindi|ossia|es decir|o sea|ou seja|então|то есть|т\.е\.|тобто|czyli|tj\.|tzn\.|"
    r"dus|oftewel|alltså|altså|eli|azaz|yani|yaitu|artinya|tức là|つまり|即|대략|즉)(?![^\W\d_])[^\d\n]{0,12}?"
    r"(\d+(?:[.,]\d+)?)",
    re.IGNORECASE,
)


# A part said by where it starts and where it ends, or how long it lasts ('the sax solo starts at 2:02 and goes till
# 2:30', 'le refrain commence à 45 s et dure 20 s', 'o refrão que começa em 0:52 e termina em 1:14'): one range.
_STARTS_WORD = (
    r"(?:starts?|begins?|kicks\s+in|commence|comienza|empieza|começa|comeca|inizia|comincia|beginnt|fängt|setzt|"
    r"начинается|начинаеться|починається|zaczyna\s+się|začíná|začína|begint|börjar|starter|begynner|begynder|alkaa|"
    r"kezdődik|başlıyor|başlar|dimulai|mulai|bắt\s+đầu)"
)
_ENDS_WORD = (
    r"(?:ends?|goes\s+(?:till|until|to)|runs\s+(?:till|until|to)|lasts\s+(?:till|until)|finishes|stops|termina|acaba|"
    r"termine|finit|finisce|endet|hört|geht\s+bis|заканчивается|закінчується|kończy\s+się|končí|eindigt|stopt|slutar|"
    r"slutter|loppuu|véget\s+ér|bitiyor|biter|berakhir|selesai|kết\s+thúc)"
)
_LASTS_WORD = r"(?:lasts|dure|dura|dauert|длится|триває|trwa|trvá|duurt|varar|varer|kestää|tart|sürüyor|berlangsung)"
_PLACE_AT = r"(?:at|à|a|en|em|na|no|al|bei|um|ab|в|на|o|od|op|vid|på|kohdassa|pukul|lúc|từ|ở)?"
_TIME_AT = r"(\d{1,2}:[0-5]\d|\d+(?:\.\d+)?\s*s\b)"
_STARTS_THEN_ENDS = quick(
    r"(?<![^\W\d_])" + _STARTS_WORD + r"\s+" + _PLACE_AT + r"\s*" + _TIME_AT + r"[^.;\n\d]{0,24}?"
    r"(?:(?<![^\W\d_])" + _ENDS_WORD + r"\s+(?:at|à|a|en|em|na|no|al|bei|um|till|until|to|bis|в|на|o|op|vid|på|"
    r"kohdassa|до|do)?\s*" + _TIME_AT + r"|(?<![^\W\d_])" + _LASTS_WORD + r"\s+" + _TIME_AT + r")",
    re.IGNORECASE,
)


def seconds_said(said: str) -> float:
    """A time as the read pass writes it, in seconds: 'm:ss', 'N s', 'N min' (and '2分半'), 'N hour'."""
    if ":" in said:
        m, sec = said.split(":")
        return int(m) * 60 + int(sec)
    digits = re.match(r"\d+(?:[.,]\d+)?", said)
    n = float(digits.group(0).replace(",", ".")) if digits else 0.0
    half = 30.0 if said.endswith(("半", "반")) else 0.0  # '2分半': two minutes and a half
    return n * 3600 if "hour" in said else n * 60 + half if "min" in said else n


_PART_NAMES = quick(
    r"(?<![^\W\d_])(?:intro|outro|verse|chorus|bridge|solo|drop|vocals?|hook|refrain|refrão|refrao|estribillo|coro|"
    r"ritornello|strofa|strophe|couplet|verso|estrofa|puente|pont|brücke|припев\w*|куплет\w*|вступлени\w*|бридж)"
    r"(?![^\W\d_])|サビ|Aメロ|Bメロ|イントロ|副歌|主歌|前奏|间奏|間奏|후렴|벌스|브릿지|인트로",
    re.IGNORECASE,
)
_AROUND_IT = quick(
    r"(?<![^\W\d_])(?:before it|after it|the rest|right before|right after|after that|before that|después|antes|"
    r"après|avant|danach|davor|dopo|prima|depois|antes|после|до\s+него|перед\s+ним|el resto|le reste|den rest|"
    r"il resto|o resto)(?![^\W\d_])",
    re.IGNORECASE,
)


_ONE_SECOND_AT_AN_END = quick(
    r"(?<![^\W\d_])(?:(?:the\s+)?(first|last)\s+second|(första|sista)\s+sekunden|(første|sidste|siste)\s+sekund(?:et)?|"
    r"(?:den\s+)?(ersten|letzten)\s+sekunde|(?:la\s+)?(première|dernière)\s+seconde|(?:il\s+)?(primo|ultimo)\s+secondo|"
    r"(?:o\s+|el\s+)?(primeiro|último|primer|ultimo)\s+segundo|(první|poslední)\s+sekundu|(pierwszą|ostatnią)\s+sekundę|"
    r"(eerste|laatste)\s+seconde|(ensimmäisen|viimeisen)\s+sekunnin)(?![^\W\d_])",
    re.IGNORECASE,
)
_FIRST_ONES = frozenset({"first", "första", "første", "ersten", "première", "primo", "primeiro", "primer", "první",
                         "pierwszą", "eerste", "ensimmäisen"})  # fmt: skip


def _one_second_at_an_end(text: str) -> str:
    """'klipp bort första sekunden', 'cut the first second', 'fade out the last second' as 1 s at that end."""

    def one(m: re.Match[str]) -> str:
        end = next(g for g in m.groups() if g)
        return " first 1 s " if end.lower() in _FIRST_ONES else " last 1 s "

    return _ONE_SECOND_AT_AN_END.sub(one, text)


def _starts_then_ends(text: str) -> str:
    """The part's start and end (or length) as one range ('the sax solo starts at 2:02 and goes till 2:30'), unless
    another part or 'before / after / the rest' is named ('The vocals start at 0:12 … Regenerate the intro', '…
    cambia lo que viene después')."""
    if len(_PART_NAMES.findall(text)) > 1 or _AROUND_IT.search(text):
        return text

    def one(m: re.Match[str]) -> str:
        start = seconds_said(m.group(1))
        end = seconds_said(m.group(2)) if m.group(2) else start + seconds_said(m.group(3))
        return f" {start:g}-{end:g} s " if end > start else m.group(0)

    return _STARTS_THEN_ENDS.sub(one, text)


def places_said_with_a_verb(text: str) -> str:
    """Places in the track read only where a verb acts on them, the verbs found once for all three:
    - a part's start and end, or start and length, as one range where a verb regenerates it ('… starts at 2:02 and
      goes till 2:30, redo just that bit'); a part only described ('… dura 20 segundos, me encanta') is left;
    - 'the last minute' as the last 60 s where a verb regenerates it or 'again' is said ('vuelve a generar el último
      minuto'; 'the last minute is perfect' names no window);
    - 'the first / last second' as 1 s where a verb cuts or fades ('at the last second' is no length)."""
    spans = _STARTS_THEN_ENDS.search(text) is not None
    minute = _THE_LAST_MINUTE.search(text) is not None
    second = _ONE_SECOND_AT_AN_END.search(text) is not None
    if not (spans or minute or second):
        return text
    from ace_step_mcp.router.cues import AGAIN, find_cues

    kinds = {c.kind for c in find_cues(text)}
    if spans and "regenerate" in kinds:
        text = _starts_then_ends(text)
    if minute and ("regenerate" in kinds or AGAIN.search(text)):
        text = _THE_LAST_MINUTE.sub(" last 1 min ", text)
    if second and ("trim" in kinds or "fade" in kinds):
        text = _one_second_at_an_end(text)
    return text


_SA_COUNT = {"एक": 1, "द्वि": 2, "त्रि": 3, "चतुर्": 4, "पञ्च": 5, "द्वय": 2, "त्रय": 3}
_SA_MINUTES = quick(r"(एक|द्वि|त्रि|चतुर्|पञ्च)निमेष[^\s,.।]*|निमेष(द्वय|त्रय)[^\s,.।]*")


# Minutes and seconds with the second's unit left out, as Chinese and Japanese write them ('1分10到1分30', '2分05から'):
# not a count after it ('3分20个'), nor a percentage.
MIN_THEN_SECONDS = re.compile(
    # (not a count of something else after it: '2分 30人合唱', '3分 50年代', '3分 16小节', '3分 20代向け')
    r"(?<![\d.,:])(\d{1,2})\s*分\s*([0-5]\d)(?![\d.,:]|\s*(?:秒|钟|鐘|間|个|個|首|遍|次|%|％|人|年|代|小[节節]|多|名|位|拍|"
    r"[bB][pP][mM]|号|號|岁|歳|度|块|元|円|日|月|点|時|时|周|天|期|集|回|曲|組|组|件))"
)


# Arabic 'to' or 'by' written onto the length after it ('لـ3 دقائق', 'لثلاث دقائق', 'لدقيقتين', 'بدقيقة'):
# apart, the length is read and the 'to' too; a number word only with its unit after it ('لست' is 'I am not').
_ARABIC_TO = quick(
    r"(?<![^\W\d_])([لب])\u0640*(?=\d|(?:ثلاث|ثلاثة|اربع|أربع|اربعة|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|تسع|تسعة|عشر|"
    r"عشرة|عشرين|ثلاثين|اربعين|أربعين|خمسين|ستين|نص|نصف|ربع)\s+(?:دقيقة|دقيقه|دقائق|دقايق|ثانية|ثانيه|ثوان|ثواني)"
    r"(?![^\W\d_])|(?:دقيقة|دقيقه|دقيقتين|دقيقتان|ثانية|ثانيه|ثانيتين)(?![^\W\d_]))"
)


def arabic_to_apart(text: str) -> str:
    """'لـ3 دقائق' as 'ل 3 دقائق': Arabic 'to' or 'by' apart from the length it is written onto."""
    return _ARABIC_TO.sub(r"\1 ", text) if "ل" in text or "ب" in text else text


def units_to_canonical(text: str) -> str:
    """Every "number + unit of time" (and "unit + number") of the 50 languages as "N s" / "N min" / "N hour"."""
    if ":" in text:
        text = _CJK_COLON.sub(": ", text)  # '整首新嘅：兩分鐘' (NFKC made '：' a ':'): a label's colon, no time's
    if "分" in text:
        text = MIN_THEN_SECONDS.sub(r"\1分\2秒", text)  # '1分10到1分30': the second's unit left out
    if "निमेष" in text:  # Sanskrit compounds of a count and the minute: 'एकनिमेषपरिमितम्', 'निमेषद्वयपरिमितम्'
        text = _SA_MINUTES.sub(lambda m: f" {_SA_COUNT[m.group(1) or m.group(2)]} min ", text)
    text = _and_a_half_before(
        _ABOUT_COUNT.sub(
            lambda m: f"{m.group(1) or m.group(3)} {m.group(2) or m.group(4)} × ",
            _unit_adjectives(_second_ranges(text)),
        )
    )
    text = _TURKIC_LAST.sub("last", text)
    text = _UNIT_THEN_RANGE.sub(r" \1 s to \2 s ", text)  # 'die Sekunden 20 bis 35', 'seconds 20 to 35': a range
    text = _ROMAN_COUNT.sub(lambda m: f"{_ROMAN_COUNT_WORDS[next(g for g in m.groups() if g)]} ", text)
    if "ban" in text:  # pinyin 'yi fen zhong ban', 'liang fen ban zhong': and a half
        text = _PINYIN_HALF.sub(lambda m: f"{int(m.group(1) or m.group(2)) + 0.5:g} fen zhong", text)
    # (each rare form looked for only where a word of it is in the text: a request stays linear and fast)
    if "halb" in text or "halv" in text or "half" in text:
        text = _COMPOUND_HALF.sub(_compound_half, text)
    if any(w in text for w in ("fun", "pun", "bun", "byo", "cho")):
        text = _ROMAJI_MIN_SEC.sub(lambda m: f" {m.group(1)} min {m.group(2)} s ", text)
        text = _ROMAJI_MIN_HALF.sub(lambda m: f" {int(m.group(1)) * 60 + 30} s ", text)
        text = _ROMAJI_MIN.sub(lambda m: f" {m.group(1) or m.group(2)} min ", text)
        text = _ROMAJI_SEC.sub(lambda m: f" {m.group(1)} s ", text)
    text = _COUNT_FIRST_LAST.sub(r"\2 \1 ", text)
    text = GLUED_MIN_SEC.sub(
        lambda m: f" {m.group(1)} min {m.group(2)} s " if int(m.group(2)) < 60 else m.group(0), text
    )
    if "วิ" in text:
        text = _THAI_SECONDS.sub(r"\1 วินาที", text)  # '20 วิ', the everyday short form
    if " po " in text or " по " in text:
        text = _AND_PO.sub(_and_a_half_minutes, text)
    text = _ROMAN_HINDI_SMALL.sub(lambda m: {"do": "2", "ek": "1", "das": "10"}[m.group(1)] + m.group(2), text)
    text = _A_MINUTE.sub(lambda m: _a_minute(text, m), text)
    text = _INVERTED.sub(_uninvert, text)
    text = _ONE_MINUT.sub("1 ", text)
    text = _LONE_MINUTE.sub(r"\g<1>1 ", text)
    text = _ONE_LETTER_COUNT.sub("1 ", text)
    text = _A_MINUTE_MORE.sub(" 1 min ", text)
    text = _HEBREW_PREFIX.sub(r"\1 ", text)
    text = _DUAL.sub(lambda m: f" {_DUALS[m.group(0)]} ", text)
    out: list[str] = []
    last = 0
    i = 0
    n = len(text)
    starts = _unit_starts()
    turkish: bool | None = None  # (whether the text is Turkish, read once, where a unit of two readings asks it)
    while i < n:
        # Straight to the next place a unit word starts (one scan in C, not a Python step per character).
        at = starts.search(text, i)
        if at is None:
            break
        i = at.start()
        ch = text[i]
        if i > 0 and _is_letter(text[i - 1]) and _spaced_script(ch):
            i += 1
            continue
        hit: tuple[int, int, float, str] | None = None
        for word, canon in _unit_words_at(text, i):
            end = i + len(word)
            glued = i > 0 and text[i - 1].isdigit()
            spaced_digit = i > 1 and text[i - 1] == " " and text[i - 2].isdigit()
            if word == "p" and glued and _RESOLUTION.search(text, max(0, i - 5), i):
                continue  # '1080p', '720p60': a video's lines, not Hungarian minutes
            if len(word) <= 2 and not (
                glued or (spaced_digit and len(word) == 2 and (word.isascii() or word.isalpha()))
            ):
                continue  # 'с', 'से', 'ث': a unit only glued to digits ('20с'); 'sn', 'dk', 'хв' after digits too
            spaced = _spaced_script(word[0]) and word[0].isalpha()
            if spaced:
                if len(word) >= 4:  # inflected forms: секундами, minutach, sekundės
                    tail = end
                    while tail < n and _is_letter(text[tail]) and tail - end < 4:
                        tail += 1
                    if (tail < n and _is_letter(text[tail])) or text[i:tail] in _OTHER_WORDS:
                        continue
                    end = tail
                elif (end < n and (_is_letter(text[end]) or text[end].isdigit())) or text[i:end] in _OTHER_WORDS:
                    continue
            before = _number_before(text, i)
            if before and len(word) <= 2 and word.isascii() and i - before[0] > len(str(before[1])) + 3:
                before = None  # "5 s" yes, "five m" no: a one-letter unit only right after digits
            if before and before[1] != 1 and text[i:end] in ("ora", "hora"):
                continue  # 'fammene due ora' (make me two now): the singular hour only after a count of one
            if before and text[i:end] in _OWN_TERMS:
                # The router's own words ('2 minutes', 'a minute and a half') are its own rules' to read,
                # unless another language's number word stands before them ('dvije minute', 'două minute').
                words_before = _number_key(text[before[0] : i])
                if (
                    not words_before
                    or words_before.replace(".", "").isdigit()
                    or words_before in _english_numbers()
                    or words_before in _ENGLISH_WORDS_THAT_COUNT
                ):
                    break
            if before and "|" in canon:
                # One word, two units: the reading that is a length the router can make, else none.
                fits = [c for c in canon.split("|") if 2 <= before[1] * {"s": 1, "min": 60, "h": 3600}[c] <= 3600]
                if "h" in canon and (
                    turkish := _TURKISH_LETTERS.search(text) is not None if turkish is None else turkish
                ):
                    fits = ["h"]  # Turkish 'saat' is hours ('6 saat kadar'); Malay 'saat' is seconds
                if len(fits) != 1:
                    break
                canon = fits[0]
            if before and before[0] >= last and _part_of_a_longer_number(text, before[0]):
                break  # 'quadraginta quinque secundorum': only the last word of a number read; left unread
            if before and before[0] >= last:
                hit = (before[0], end, before[1], canon)
                break
            if word in _unit_first():
                after = _number_after(text, end)
                if after:
                    hit = (i, after[0], after[1], canon)
                    break
        if hit is None:
            i += 1
            continue
        start, end, value, canon = hit
        canon = canon.split("|")[0] if "|" in canon else canon
        out.append(text[last:start])
        out.append(f" {value:g} {_CANON[canon]} ")
        last = i = end
    out.append(text[last:])
    result = "".join(out)
    # 1m05s, 1 min 05 s, 1分30秒 → 1:05: one time, not two (a range of "05 s to 1" was read from them).
    result = re.sub(
        r"(?<![\w.:])(\d{1,3})\s*m\s*([0-5]?\d)\s*s\b", lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", result
    )
    # '1m45', '2m05': minutes and seconds glued, with no 's' after them.
    result = re.sub(r"(?<![\w.:])(\d{1,3})m([0-5]\d)(?![\w:]|[.,]\d)", lambda m: f"{m.group(1)}:{m.group(2)}", result)
    # '45s to 1m', '1m - 1:30': a lone 'm' beside another time in a range is minutes.
    result = _RANGE_M_AFTER.sub(lambda m: f"{m.group(1)}{m.group(2)} min", result)
    result = _RANGE_M_BEFORE.sub(lambda m: f"{m.group(1)} min{m.group(2)}", result)
    result = re.sub(
        r"(?<![\w.:])(\d{1,3})\s*min\s*([0-5]\d)(?![\d:\-/]|[.,]\d|[^\W\d_]|\s*(?:s\b|min|hour|%|bpm|sec))",
        lambda m: f"{m.group(1)}:{m.group(2)}",
        result,
    )
    result = re.sub(
        r"(?<![\w.:])(\d{1,3})\s+min\s+(?:(?:and|e|y|et|und|en|и|i|og|och|ve|và|a|و|és|ja|ir|și|na|dan|at|та|і|kaj)\s+)?([0-5]?\d)\s+s\b",
        lambda m: f"{m.group(1)}:{int(m.group(2)):02d}",
        result,
    )
    return _halves(result)


_RANGE_TO = r"\s*(?:-|to|until|till|through|bis|a|al|à|au|до|tot|até|ate|fino a|hasta)\s*"
_RANGE_M_AFTER = quick(
    r"((?<![\w.:])(?:\d+(?:\.\d+)? ?(?:s|sec|secs|min)|\d{1,2}:[0-5]\d)" + _RANGE_TO + r")(\d{1,3})m(?![^\W\d_]|\d)"
)
_RANGE_M_BEFORE = quick(
    r"(?<![\w.:])(\d{1,3})m(" + _RANGE_TO + r"(?:\d+(?:\.\d+)? ?(?:s|sec|secs|min)\b|\d{1,2}:[0-5]\d))"
)


# "Half" as it joins a length in the 50 languages: after a length ('1 min rưỡi', '2 min și jumătate', '1 min
# ครึ่ง', 'dakika 1 na nusu'), and before a minute ('nửa phút', 'medio minuto', 'חצי דקה', 'pół minuty').
_HALF_AFTER_WORDS = (
    r"half|halb|halv|demie?|edmi|medio|media|meio|meia|mezzo|mezza|mig|mitja|половиной|половиною|половина|пол|половину|"
    r"pół|půl|pol|pul|puoli|fél|jumătate|jumate|rưỡi|ruoi|setengah|separuh|nusu|kalahati|hálf|hálfa|halfa|pusė|puse|"
    r"nos|nus|buçuk|bucuk|yarım|μισό|μισή|(?<=si )jumatate|"
    r"dimidium|dimidia|"
    r"חצי|וחצי|نصف|ونصف|ونص|و\s+نص|نیم|ونیم|آدھا|आधा|ครึ่ง"  # ('دقيقة و نص'; 'نص' alone is also a text)
)
_HALF_BEFORE_WORDS = (
    r"half|halbe|halben|halve|halv|halvt|halvt|media|medio|meio|meia|demi|demie|mezzo|mezza|mig|mitja|pół|půl|pol|"
    r"pola|puoli|puolen|fél|yarım|jumătate de|nửa|setengah|separuh|kalahating|pusė|pusę|μισό|μισή|половину|"
    r"половина|пів|חצי|نصف|نص|نیم|آدھا|आधा|आधे|আধা|ਅੱਧਾ|அரை"  # (spoken Arabic 'نص دقيقة': half a minute)
)
_HALF_CONJ = r"(?:and|e|y|et|und|en|og|och|a|i|și|si|ve|và|и|і|та|с|з|dan|na|és|ja|ir|su|o|at|w|και|و|ו|और)"
_HALF_ONE = r"(?:a|an|en|een|et|ett|un|una|une|um|uma|eine?|jeden|jedna|one)"
# ... not the half of something else: '2 minutes and half of it a solo', 'and half as fast', 'half-time drums',
# '2 minute și jumătate din ele', 'и половина из них', 'und halb so schnell', 'e meia dúzia'
_NOT_HALF_OF = (
    r"(?!-|\s+(?:of|as|the|din|dintre|из|od|z|van|von|zo|so|do|da|de|dúzia|dozen|от|σε|της|του|των)(?![^\W\d_]))"
)
# (the router's own 'minute' and 'minutes' are left as written by the units pass: Romanian '2 minute și jumătate')
_LEN_THEN_HALF = quick(
    r"(?<![\w.:])(\d+(?:\.\d+)?) ?(min|hour)(?:utes?|s)?(?![^\W\d_])\s*(?:"
    + _HALF_CONJ
    + r"\s+)?(?:"
    + _HALF_ONE
    + r"\s+)?(?:"
    + _HALF_AFTER_WORDS
    + r")(?![^\W\d_])"
    + _NOT_HALF_OF
    + r"|(?<![\w.:])(\d+(?:\.\d+)?) (min|hour) ?ครึ่ง"
    # Serbian, Croatian, Bosnian '2 minuta i po' (after a minute, 'po' is its half)
    r"|(?<![\w.:])(\d+(?:\.\d+)?) ?(min)(?:utes?|s)?\s+(?:i|и)\s+(?:po|по)(?=\s*(?:[,.;!?)]|$))"
)
# Serbian, Croatian, Bosnian 'dva i po minuta' (two and a half minutes): 'po' is a half only here ('po minucie'
# is Polish 'after a minute').
_AND_PO = quick(  # (not Russian 'и по минуте каждый', a minute each)
    r"(?<![\w.:])(\d+|[^\W\d_]{2,10})\s+(?:i|и)\s+(?:po|по)\s+(?:minut[ae]?|минута|минуты)(?![^\W\d_])"
)


# ... and 'minut i po' with no count (a minute and a half, in Serbian, Croatian, Bosnian).
_MINUTE_AND_PO = quick(
    r"(?<![\w.:])(?<!\d )(?:minut|minuta|минут|минута)\s+(?:i|и)\s+(?:po|по)(?=\s*(?:[,.;!?)]|$))", re.IGNORECASE
)


def _and_a_half_minutes(m: re.Match[str]) -> str:
    """The count of 'N … and a half' (group 1) as N + 0.5 minutes; left as written where it is no count."""
    if m.group(1).lower() in _NOT_A_COUNT_BEFORE_HALF and not re.search(
        r"\s(?:og|och|ja)\s|\set\s+halvt?\b", m.group(0)
    ):
        return m.group(0)  # ('predĺž to o pol minúty': Slovak 'to' is 'it', and 'o pol minúty' half a minute more)
    value = _count_value(m.group(1))
    return m.group(0) if value is None else f" {value + 0.5:g} min "


# Words that are a count in one language ('to', two in Danish and Norwegian: 'to et halvt minut' counts) and a pronoun or article in another.
_NOT_A_COUNT_BEFORE_HALF = frozenset({"to", "te", "ta", "on", "un", "o"})


# ('2 setengah minit', 'dua setengah menit': Malay and Indonesian say the half with no 'and', and the units pass
# reads 'setengah minit' as 0.5 min)
_COUNT_THEN_HALF = quick(
    r"(?<![^\W\d_])([^\W\d_]+|\d+)\s+" + _HALF_CONJ + r"\s+(?:" + _HALF_ONE + r"\s+)?0\.5 (min|hour)\b"
    r"|(?<![\w.:])(\d+)\s+0\.5 (min|hour)\b"  # (digits only: 'eine halbe Minute' is half a minute)
)
_ONE_WORDS = frozenset(
    {"one", "a", "an", "en", "ett", "ein", "eine", "un", "una", "uno", "um", "uma", "jeden", "jedna"}
)


@lru_cache(maxsize=1)
def _half_minute() -> re.Pattern[str]:
    from ace_step_mcp.router.vocab_data import UNITS

    words = {w for table in UNITS.values() for w in table.get("min", []) if len(w) >= 3 and not w.endswith(".")}
    units = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return quick(
        r"(?<![^\W\d_])(?:" + _HALF_BEFORE_WORDS + r")[\s-]+(?:de\s+|of\s+|a\s+|an\s+|di\s+)?(?:" + units + r")"
        r"[^\W\d_]{0,4}(?![^\W\d_])|半(?:分钟|分鐘)|반\s?분|(?<![^\W\d_])(?:пол|пів)-?\s?(?:минут|хвилин)\w*"
    )


@lru_cache(maxsize=1)
def _count_and_half() -> re.Pattern[str]:
    """'2 and a half minutes', 'две с половиной минуты', 'dos y media minutos': a count, 'and a half', a unit."""
    from ace_step_mcp.router.vocab_data import UNITS

    words = {w for table in UNITS.values() for w in table.get("min", []) if len(w) >= 3 and not w.endswith(".")}
    units = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return quick(
        r"(?<![^\W\d_])(\d+|[^\W\d_]+)\s+(?:"
        + _HALF_CONJ
        + r"\s+)?(?:"  # 'dua setengah menit', 'dalawa at kalahating minuto'
        + _HALF_ONE
        + r"\s+)?(?:"
        + _HALF_BEFORE_WORDS
        + "|"
        + _HALF_AFTER_WORDS
        + r")\s+(?:"
        + units
        + r")[^\W\d_]{0,4}(?![^\W\d_])"
    )


# After a unit of minutes: its inflection, then 'and a half' ('minutes and a half', 'minuto y medio'), or the
# one word Arabic and Persian write for it ('دقيقة ونصف').
_AND_A_HALF_AFTER_UNIT = (
    r")[^\W\d_]{0,4}\s+(?:(?:"
    + _HALF_CONJ
    + r"\s+(?:"
    + _HALF_ONE
    + r"\s+)?(?:"
    + _HALF_AFTER_WORDS
    + r"))|ونصف|ونیم)(?![^\W\d_])"
)


@lru_cache(maxsize=1)
def _unit_and_half() -> re.Pattern[str]:
    """'minuto y medio', 'minutu a půl', 'minuto e mezzo': a minute with no number before it, and a half."""
    from ace_step_mcp.router.vocab_data import UNITS

    words = {
        w
        for table in UNITS.values()
        for w in table.get("min", [])
        if len(w) >= 4 and not w.endswith(".") and w not in _OWN_TERMS
    }
    units = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return quick(r"(?<![\w.:])(?<!\d )(?:" + units + _AND_A_HALF_AFTER_UNIT)


@lru_cache(maxsize=1)
def _count_unit_and_half() -> re.Pattern[str]:
    """'two minutes and a half', 'dos minutos y medio': a count in words, the unit, 'and a half'."""
    from ace_step_mcp.router.vocab_data import UNITS

    words = {w for table in UNITS.values() for w in table.get("min", []) if len(w) >= 3 and not w.endswith(".")}
    units = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return quick(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:" + units + _AND_A_HALF_AFTER_UNIT)


# A minute in Arabic is one minute with no numeral ('مدتها دقيقة', lasting a minute; 'لمدة دقيقة').
_ARABIC_ONE_MINUTE = quick(r"(?<![^\W\d_])(?:مدتها|مدته|لمدة|طولها|طوله)\s+دقيقة(?![^\W\d_])(?!\s*و\s?نصف)")


# A setting's unit after its number spelled out in words ('минус одиннадцать lufs', 'seratus sembilan puluh dua
# kbps', 'două sute cincizeci și șase kbps', 'two hundred fifty six kbps'): the words read as one number, where every
# word of the run is a number word of some language (the tables have 1 to 99 and the hundreds), in falling order.
_SETTING_UNIT = quick(
    r"(?<![^\W\d_])(?:lufs|kbps|kbit\w*|kb/s|bpm|кбит\w*|кбіт\w*|килобит\w*|кілобіт\w*|kilobit\w*|كيلوبت|كيلوبايت|کیلوبیت)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


_AND_WORDS = frozenset({"and", "и", "і", "й", "та", "și", "si", "et", "y", "e", "und", "og", "och", "ja", "dan", "ve",
                        "és", "a", "i", "en", "و", "na", "at", "lẻ", "linh"})  # fmt: skip


def _spelled_value(tokens: list[str], numbers: dict[str, float]) -> float | None:
    """The value of a run of number words ('двести пятьдесят шесть' 256, 'două sute cincizeci și șase' 256), or None
    where any word of the run is no number word, or the parts do not fall (hundreds, then tens and units)."""
    # (Arabic joins 'and' to the word: 'مئة واثنين وتسعين', a hundred and two and ninety)
    tokens = [
        part
        for t in tokens
        for part in (
            ("و", t[1:])
            if t.startswith("و") and len(t) > 2 and _number_key(t) not in numbers and _number_key(t[1:]) in numbers
            else (t,)
        )
    ]
    total, last, i = 0.0, float("inf"), 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 4), i, -1):
            value = numbers.get(_number_key(" ".join(tokens[i:j])))
            if value is not None:
                break
        else:
            if tokens[i] in _AND_WORDS and 0 < i < len(tokens) - 1:
                i += 1
                continue
            return None
        if value != int(value):
            return None
        if (
            value >= last
            and last < 10
            and 20 <= value <= 90
            and value % 10 == 0
            and j == len(tokens)
            and tokens[i - 1] == "و"
        ):
            total, last, i = total + value, 1.0, j  # the tens after the units, last ('اثنين وتسعين', two and ninety)
            continue
        if value >= last:
            return None
        total, last, i = total + value, value, j
    return total if tokens else None


def spelled_settings(text: str, *, beyond_latin: bool = False) -> str:
    """The text with a number spelled out right before a loudness's, a rate's or a tempo's unit in digits; with
    `beyond_latin`, only a run of words in a script past Latin (read before the per-word number pass splits
    'двести пятьдесят шесть'; Latin runs are left to text2num, which knows more of their words)."""
    if not _SETTING_UNIT.search(text):
        return text
    _, numbers, _ = _units()
    out, last = [], 0
    for unit in _SETTING_UNIT.finditer(text):
        head = text[last : unit.start()]
        words = list(_SPELLED_WORD.finditer(head))[-8:]
        for k in range(len(words), 0, -1):
            run = words[-k:]
            between = head[run[-1].end() :] if run else ""
            joined = all(not head[a.end() : b.start()].strip() for a, b in pairwise(run))
            if between.strip() or not joined:
                continue
            if beyond_latin and any(c.isalpha() and ord(c) < 0x370 for w in run for c in w.group(0)):
                continue  # (a shorter run, past the Latin word, may still be read: 'mp3 at двести … kbps')
            value = _spelled_value([w.group(0).lower() for w in run], numbers)
            before = words[-k - 1].group(0) if k < len(words) else ""
            if value is not None and numbers.get(_number_key(before)) is not None:
                break  # (a number word before the run it could not join: 'one twenty bpm' is no 20 bpm; asked)
            if value is not None and value > 0:
                head = f"{head[: run[0].start()]}{value:g} "
                break
        out.append(head)
        out.append(unit.group(0))
        last = unit.end()
    out.append(text[last:])
    return "".join(out)


def number_table() -> dict[str, float]:
    """Every language's number words that are read as numbers, keyed as `_number_key` writes them."""
    return _units()[1]


def number_value(word: str) -> float | None:
    """The value of one number word in any of the 50 languages ('three', 'drei', 'три', 'ثلاث'), else None."""
    _, numbers, _ = _units()
    return numbers.get(_number_key(word))


def _halves(text: str) -> str:
    """A half read into the length it belongs to: '1 min rưỡi' → 90 s, 'tři a 0.5 min' → 3.5 min, 'nửa phút' →
    30 s. A half that fits none of these is left as written, for the accounting pass to ask about."""
    _, numbers, _ = _units()
    if not any(ch.isdigit() for ch in text) and "半" not in text and "반" not in text:
        pass  # a half before a unit still needs reading below
    text = _LEN_THEN_HALF.sub(
        lambda m: f"{float(m.group(1) or m.group(3) or m.group(5)) + 0.5:g} {m.group(2) or m.group(4) or m.group(6)}",
        text,
    )

    def count(m: re.Match[str]) -> str:
        word = m.group(1) or m.group(3)
        if word.lower() in _NOT_A_COUNT_BEFORE_HALF and not re.search(r"\s(?:og|och|ja)\s", m.group(0)):
            return m.group(0)  # ('predĺž to o pol minúty': 'to' is 'it', half a minute more)
        if word.isdigit():
            value: float | None = float(word)
        elif word in _ONE_WORDS:
            value = 1.0
        else:
            value = numbers.get(_number_key(word))
        return m.group(0) if value is None else f" {value + 0.5:g} {m.group(2) or m.group(4)}"

    text = _COUNT_THEN_HALF.sub(count, text)

    text = _count_and_half().sub(_and_a_half_minutes, text)

    def count_unit_half(m: re.Match[str]) -> str:
        # 'two minutes and a half' is 2.5 min; the unit with no count before it is 'minuto y medio' (below).
        value = None if m.group(1) in _ONE_WORDS else numbers.get(_number_key(m.group(1)))
        return m.group(0) if value is None else f" {value + 0.5:g} min "

    text = _count_unit_and_half().sub(count_unit_half, text)
    text = _unit_and_half().sub(" 1.5 min ", text)
    text = _MINUTE_AND_PO.sub(" 1.5 min ", text)
    text = _ARABIC_ONE_MINUTE.sub(lambda m: m.group(0).split()[0] + " 1 min ", text)
    return _half_minute().sub(" 30 s ", text)


# A time that says how often, not how long ('every 30 seconds', 'cada 30 segundos', 'alle 30 Sekunden', 'toutes les
# 30 secondes', 'каждые 30 секунд', '每30秒', '30秒ごと', '30초마다', 'setiap 30 detik', 'كل 30 ثانية', 'हर 30 सेकंड'):
# a change inside the piece, never the piece's length.
_EVERY_BEFORE = quick(
    r"(?<![^\W\d_])(?:every|cada|a cada|(?<!dal)(?<!dai)(?<!da )(?<!fino )alle|toutes les|tous les|каждые|каждую|"
    r"каждый|каждой|кожні|кожну|кожен|co|każde|každých|každou|každé|ogni|elke|hver|hvert|joka|la fiecare|fiecare|"
    r"svakih|svake|svaki|κάθε|setiap|tiap|mỗi|bawat|كل|هر|כל|हर)\s*$|(?:每隔|每|ทุก)\s*$"
)
_EVERY_AFTER = quick(r"\s*(?:ごと|毎|おき|마다|(?:de|da|te|ta|ede|ada) bir\b|välein)")


def periodic(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] is a period ('every 30 s'), not a length (Italian 'dalle 1:00 alle
    1:30' is a range's end, not German 'alle 30 Sekunden')."""
    before = text[max(0, start - 16) : start]
    if _EVERY_BEFORE.search(before) is None and _EVERY_AFTER.match(text, end) is None:
        return False
    return not (
        before.rstrip().endswith("alle")
        and re.search(r"(?<![^\W\d_])(?:dal|dall|dai|da)\b", text[max(0, start - 40) : start])
    )


# -- after the router's own normalisation ---------------------------------------------------------------

_CONJ = (
    r"(?:and|e|y|et|und|en|и|і|та|a|i|og|och|ve|và|dan|at|na|és|ja|ir|și|si|kaj|plus|&|,|و|ו|और|和|與|及|と|그리고|και)"
)
# A count of people after a number ('150 qonaq', '80 Gäste', '200 लोग', '40 manns', '4 of us'): no length, in the
# 50 languages' everyday words (the unit pass and the accounting pass both read it).
PEOPLE = (
    r"(?:guests?|gäste\w*|invitad\w*|invités|ospiti|invitati|convidad\w*|qonaq\w*|mehmaan|mehman|मेहमान|мехман|"
    r"people|persons?|personas|personnes|pessoas|persone|persones|leute|человек|гост\w*|gost\w*|kişi|misafir\w*|"
    r"orang|tamu|tetamu|wageni|watu|người|khách|osób|osob\w*|ljudi|vendég\w*|gäster|gjester|gæster|henkeä|nəfər|"
    r"άτομα|καλεσμέν\w*|אורחים|ضيوف|ضيف|مهمان|لوگ|افراد|نفر|लोग\w*|লোক|manns?|katao|couverts|of us|"
    # (and who else people count in a chatty message: '30 alunos', '12 socios', '22 elever', '20 deltagare', '16
    # laulajaa', '80 diák', '25 nens', '150 слухачів', '300 žmonių', '150 moun', '300 ਬੰਦੇ', '300 பேர்', '60 మంది',
    # '6 đứa', '100 شخص', '300 צופים'; not 'man' nor 'kami', also 'one' and 'we': '… de sista 10 man hör bara brus')
    r"students?|pupils?|members?|participants?|viewers?|singers?|dancers?|players?|attendees|"
    r"alunos|alumnos|estudiantes|socios|sócios|membres|schüler\w*|teilnehmer\w*|mitglieder\w*|zuschauer\w*|"
    r"studenten|leerlingen|elever|deltagare|deltakere|deltagere|laulaja\w*|osallistuja\w*|diák\w*|nens|nenes|"
    r"crianças|bambini|kinder|дет\w*|слухач\w*|зрител\w*|глядач\w*|участник\w*|учасник\w*|žmoni\w*|moun|"
    r"uczni\w*|uczestnik\w*|žák\w*|účastník\w*|öğrenci\w*|katılımcı\w*|siswa|peserta|học sinh|ppl|"
    r"kişilik|kisilik|kişilık|"
    r"बंदे|ਬੰਦੇ|பேர்|మంది|đứa|شخص|أشخاص|طالب\w*|جنا|জন|जना|צופים|תלמידים|משתתפים|"
    # (and friends, cousins, dancers, band members: '15 amigos', '3 Leuten', '20 cosins', '6 Tänzerinnen', '4-piece')
    r"leuten|amigos|amigas|amis|amici|amiche|friends|freunde\w*|cosins|cousins|primos|primas|cugini|tänzer\w*|"
    r"bailarin\w*|danseu\w*|ballerin\w*|-piece|nəfərik|nəfərlik)"
    r"(?![^\W\d_])|人|명|คน"  # (the classifiers of people are written before what follows: '60人くらい', '5명이서')
)
_INHERIT = quick(
    r"(\d+(?:[.,]\d+)?\s?(s|min|secs?|seconds?|mins|minutes?)\b[^\d\n]{0,40}?(?<![\w])"
    + _CONJ
    # ('y otros 5 al principio', 'ו-20 בסוף': another amount, and the 'and' joined by a hyphen)
    + r"[\s-]*(?:(?:otros|otras|outros|outras|autres|weitere|altri|altre|another|other|другие|ещё|еще|mais|más|mas|plus|"
    r"più|noch|more|tapos|ostatnie|ostatnich|pierwsze|letzten|ersten|die\s+letzten|les\s+derniers|derniers|"
    r"gli\s+ultimi|ultimi|останні|poslední|první|sista|siste|sidste|laatste)\s+)?)"
    r"(\d+(?:[.,]\d+)?)"
    r"(?![\d:.,]|\s?(?:s\b|min|sec|bpm|%|x\b|hour|h\b|st\b|nd\b|rd\b|th\b|k\b|hz|db|lufs|bit))"
    # (not a count: 'fais-en 2 versions', '3 takes')
    r"(?!\s*(?:takes?|version\w*|versi\w*|variant\w*|variation\w*|вариант\w*|варіант\w*|верси\w*|версі\w*|songs?|tracks?|pieces?|"
    r"वर्ज़न|वर्जन|वर्शन|संस्करण|ورژن|نسخ|버전|版本|バージョン|"
    # (nor people: '2 dəqiqə, 150 qonaq', '3 Minuten, 80 Gäste', '2 मिनट, 200 लोग नाचेंगे')
     + PEOPLE + r"))"
)


# '30 s al final y alárgalo 30 más', 'fade in 2 sekundy a fade out 6': after 'and', a fade/extend/add/cut verb or a
# side (as the cue pass wrote them) and a bare number that ends its clause or says 'more' take the first length's
# unit (not 'and track 2', 'stile anni 60').
_INHERIT_OVER_WORDS = quick(
    r"(\d+(?:[.,]\d+)?\s?(s|min|secs?|seconds?|mins?|minutes?)\b[^\d\n]{0,40}?(?<![\w])" + _CONJ + r"\s+)"
    r"((?:(?!track|take|version|bar|bars|verse|part|number|no|nr|top|level|vol|opus|chapter)[^\W\d_]{1,14}[\s-]+){0,3}"
    r"(?:fade|extend|add|trim|cut|intro|outro|end|start|ending|beginning|out|uscita|entrata|sortie|salida|saída|"
    r"entrée|entrada|final|finale|fin|finał|finál|schluss|ende|уводн\w*|концовк\w*|аутро|оутро|ауттро)"
    r"(?:[\s-]+[^\W\d_]{1,14}){0,3}[\s-]+)"
    r"(\d{1,3})(?=\s*(?:$|[,.;!?]|más|more|mehr|de plus|mais|in più|ещё|еще)(?![\d:]))"
)
# 'vorne 5 und hinten 10 Sekunden', '5 at the start and 10 s at the end': two amounts, each by its own side
# word (the cue pass wrote them 'start' / 'end'), the unit written once, on the second: the first takes it.
_SIDE = r"(?:start|end|beginning|ending|before|after)"
_FILLER = r"(?:(?:at|the|to|in|on)\s+){0,2}"
_INHERIT_BACK = quick(
    r"(?<![\w.:])(?P<a>\d+(?:[.,]\d+)?)(?=\s+"
    + _FILLER
    + _SIDE
    + r"\s+"
    + _CONJ
    + r"\s+(?:"
    + _SIDE
    + r"\s+)?\d+(?:[.,]\d+)?"
    r"\s?(?P<ua>s|min|secs?|seconds?|mins|minutes?)\b)"
    r"|(?P<side>(?<![\w])" + _SIDE + r" )(?P<b>\d+(?:[.,]\d+)?)(?=\s+" + _CONJ + r"\s+" + _SIDE + r"\s+\d+(?:[.,]\d+)?"
    r"\s?(?P<ub>s|min|secs?|seconds?|mins|minutes?)\b)"
)


_MIN_AND_BARE_SEC = quick(
    r"(?<![\w.:])(\d{1,2})\s?min(?:ute)?\s*(?:and|e|y|et|und|i|og|och|en|и|ve|és|și|si)\s+([1-5]?\d)"
    # (and before a range's 'to': 'da un minuto e dieci a un minuto e quaranta')
    r"(?![\d:]|[.,]\d|\s*(?!(?:per|for|para|pour|für|voor|för|dla|для|pro|til)(?![^\W\d_])|(?:a|al|à|au|to|till|until|"
    r"bis|até|ate|hasta|fino|până|pana|tot|до|по)\s+\d)[^\W\d_\s]|"
    r"\s+(?:s|sec|secs|seconds?|min)\b)"
)
_BARE_PART = quick(
    r"(?<![\w.:])(\d{1,3})(?=\s+(?:de|di|d'|of|da|do)\s*(?:intro|outro|introducción|introdução|introduzione)\b)"
)


def _inherit_back(m: re.Match[str]) -> str:
    if m.group("a"):
        return f"{m.group('a')} {m.group('ua')}"
    return f"{m.group('side')}{m.group('b')} {m.group('ub')}"


# A word after a bare '1' that makes it an article, not an amount ('1 min, per a 1 festa major': 'una festa').
_ONE_OF_A_THING = quick(
    r"\s+(?!(?:more|más|mas|mais|mehr|de plus|in più|ещё|еще|at|al|à|am|in|on|en|a|s|sec\w*|min\w*)"
    r"(?![^\W\d_]))[^\W\d_]{3,}"
)


_WORD_NEXT = quick(r"\s*\.?\s*([^\W\d_]{3,})")


def _inherit(m: re.Match[str]) -> str:
    if m.group(3) == "1" and _ONE_OF_A_THING.match(m.string, m.end()):
        return m.group(0)  # ('per a una festa major' after '1 minut': a feast, not a minute)
    if (word := _WORD_NEXT.match(m.string, m.end())) is not None:
        from ace_step_mcp.router.calendar_data import MONTHS

        said = word.group(1).lower()
        if said in MONTHS or any(said[:k] in MONTHS for k in range(4, min(len(said), 12) + 1)):
            return m.group(0)  # ('10 saniyeyi kes, 5 Haziranda yayında': a day of June, not 5 seconds)
    return f"{m.group(1)}{m.group(3)} {m.group(2)}"


_UNIT_THEN_NUMBER = quick(
    r"(?<![\w:.])(min|s)\s+(?:на|на\s+где-то)\s+(\d{1,3})(?![\d:.,]|\s*(?:min|s|sec|bpm|голос\w*|бит\w*)(?![^\W\d_]))"
)


def inherit_units(text: str) -> str:
    """'10 s at the start and 10 at the end': the bare second number takes the unit of the first (and
    'vorne 5 und hinten 10 Sekunden': the bare first takes the second's)."""
    # ('минуты на три', 'секунд на двадцать': about that many, the unit said first)
    text = _UNIT_THEN_NUMBER.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    # '1 min e 30', '2 min and 30': the seconds of a length said bare after 'and' ending the phrase, not 30 minutes
    text = _MIN_AND_BARE_SEC.sub(lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", text)
    text = _INHERIT_BACK.sub(_inherit_back, text)
    if _BARE_PART.search(text) and re.search(r"\d\s?(?:s|secs?|seconds?)\b", text):
        text = _BARE_PART.sub(r"\1 s", text)  # '30 segundos al final y ponle 5 de intro': 5 s, as the other
    text = _INHERIT_OVER_WORDS.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(4)} {m.group(2)}", text)
    for _ in range(3):  # '5 s, 10 and 15': each pass gives the next bare number its unit
        new = _INHERIT.sub(_inherit, text)
        if new == text:
            break
        text = new
    return text


_DOTTED_RANGE = quick(
    r"(?<![\w.:,])(\d{1,2})[.,]([0-5]\d)\s*(?:-|~|to|until|till|through|bis|a|al|à|au|hasta|até|tot|fino a|до|по|do|"
    r"ila|hadi|đến|sampai|sampe|ampe|hingga|から|到|至|까지|तक)\s*(\d{1,2})[.,]([0-5]\d)(?![\d:]|[.,]\d|\s?(?:s\b|sec))"
)
_DOTTED_MIN = quick(r"(?<![\w.:,])(\d{1,2})[.,]([0-5]\d)\s?min\b")


@dataclass(frozen=True)
class Ambiguous:
    phrase: str
    readings: str
    fields: tuple[str, ...]


def dotted_times(text: str, length: float | None) -> tuple[str, Ambiguous | None]:
    """'1.10-1.30' is 1:10-1:30 where only that fits the track, 1.1-1.3 s where only that does; both: ask."""
    for m in _DOTTED_RANGE.finditer(text):
        a_s, b_s = float(f"{m.group(1)}.{m.group(2)}"), float(f"{m.group(3)}.{m.group(4)}")
        a_t, b_t = int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))
        fits_time = length is None or b_t <= length + 0.5
        fits_seconds = b_s - a_s >= 1.0 and (length is None or b_s <= length + 0.5)
        if fits_time and not fits_seconds:
            text = text.replace(m.group(0), f"{m.group(1)}:{m.group(2)}-{m.group(3)}:{m.group(4)}", 1)
        elif fits_time and fits_seconds:
            return text, Ambiguous(
                m.group(0), f"{a_t}-{b_t} s (as minutes.seconds) or {a_s:g}-{b_s:g} s", ("start_time", "end_time")
            )
    m2 = _DOTTED_MIN.search(text)
    if m2:
        minutes = float(f"{m2.group(1)}.{m2.group(2)}") * 60
        clock = int(m2.group(1)) * 60 + int(m2.group(2))
        return text, Ambiguous(m2.group(0), f"{clock} s (as {m2.group(1)}:{m2.group(2)}) or {minutes:g} s", ())
    return text, None


_MSS_PAIR = quick(
    r"(?<![\d:])(\d{1,3}:[0-5]\d)(?![\d:])((?:\s*[^\s\d:.,;!?]{1,12}){0,2}\s*|\s*[~〜～]\s*)(\d{1,3}:[0-5]\d)(?![\d:])"
    # (not the first of a range written next: '2:10あたり変なので2:00〜2:20', '0:48 부분 이상해 0:45~0:55', '۰:۴۰ …
    # از ۰:۳۵ تا ۰:۵۰')
    r"(?!\s*(?:[~〜～\-–—]|to|bis|à|a|al|hasta|até|tot|до|تا|إلى|الى|से|から|到|至|까지)\s*\d)"
)


# Minutes and seconds written with a prime or apostrophe (French, Italian, broadcast use): 1'10, 1′10″, 2'05''.
_PRIME_MSS = quick(r"(?<![\w'’′])(\d{1,2})['’′](\d{2})(?:\"|''|″|”)?(?![\d'’′])")


# Seconds alone with a double prime ('90'' de musique', '30″'); a single prime or apostrophe alone is too common in
# words to read ('90's).
_DOUBLE_PRIME_S = quick(  # (not a record's inches: '12'' vinyl', '7″ single')
    r"(?<![\w'’′:])(\d{1,3}) ?(?:''|″|’’|′′)(?![\w'’′])(?!\s*(?:vinyl|single|record|disc|disco|maxi|lp|ep|inch|remix|mix|edit))"
)


# Minutes and seconds as typed on a phone: glued ('1m5', '1m30s', '1min30'), or spaced with two digits of seconds
# and nothing after them ('2 min 30, sem voz'); not a count of something else ('1 นาที 5 เวอร์ชัน', five versions;
# '1 min 16-bit'),
# nor a decimal ('1 min 30,5').
_TYPED_MSS = quick(
    r"(?<![\w:.,])(\d{1,2})(?:m|mn|min)([0-5]?\d)(?:s|sec)?(?![\w:]|[.,]\d|-[^\W\d_])"
    r"|(?<![\w:.,])(\d{1,2})\s*(?:m|mn|mins?)\s+([0-5]\d)(?:\s*(?:s|secs?))?(?![\w:-]|[.,]\d|\s*[^\W\d_])",
    re.IGNORECASE,
)


def _typed_mss(m: re.Match[str]) -> str:
    minutes, seconds = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{minutes}:{int(seconds):02d}"


# A clock time said as two numbers, as speech is typed ('from one twenty to one forty', 'von eins zwanzig bis eins
# vierzig', 'da uno e dieci a uno e trenta', 'van één tien tot één vijfentwintig'), in a range's 'from … to …': the
# minutes from 0 to 59 (or the word 'one'), the seconds from 10 to 59, and no unit after either.
_ONE_WORD = r"(?:\d{1,2}|one|eins|ein|un|una|uno|um|uma|één|een|en|ett|et|jeden|jedna|один|одна)"
_AND_BETWEEN = r"(?:\s+(?:and|e|y|i|och|og|und|en|et|и|і|a|lewat|και))?"
_SPOKEN_CLOCK_RANGE = quick(
    r"(?<![^\W\d_])(?P<from>from|von|da|dal|de|desde|del|van|od|с|з|від|från|fra|dari|tra|από\s+το|από)\s+"
    rf"(?P<m1>{_ONE_WORD}){_AND_BETWEEN}\s+(?P<s1>[1-5]\d)\s+"
    r"(?P<to>to|till|until|bis|a|al|à|au|até|tot|do|до|по|sampai|hingga|μέχρι\s+το|μέχρι|til|fino\s+a)\s+"
    rf"(?P<m2>{_ONE_WORD}){_AND_BETWEEN}\s+(?P<s2>[1-5]\d)"
    r"(?!\s*(?:[.,:]\d|\d|s|sec\w*|seg\w*|sek\w*|min\w*|ms|bpm|kbps|lufs|hz|%)(?![^\W\d_]))",
    re.IGNORECASE,
)


# A tempo, a level or a share the range is of ('bump the tempo from one twenty to one forty', 'sube el volumen de un
# 10 a un 20 por ciento'): no clock time.
_NOT_A_CLOCK_BESIDE = quick(
    r"(?<![^\W\d_])(?:tempo|bpm|speed|velocidad|vitesse|geschwindigkeit|velocità|velocidade|темп|volume|volumen|"
    r"lautstärke|громкость|gain|level|pitch|key|tonart|por\s*ciento|per\s*cento|percent|pour\s*cent|prozent|"
    r"procent\w*|процент\w*|%)"
)


def spoken_clock_ranges(text: str) -> str:
    """A clock time said as two numbers in a range ('from one twenty to one forty' → 'from 1:20 to 1:40'); not of a
    tempo, a level or a share said in the clause."""
    return _SPOKEN_CLOCK_RANGE.sub(_spoken_clock, text)


def _spoken_clock(m: re.Match[str]) -> str:
    begin = max(m.string.rfind(c, 0, m.start()) for c in ",.;!?\n") + 1
    end = min((i for c in ",.;!?\n" if (i := m.string.find(c, m.end())) >= 0), default=len(m.string))
    if _NOT_A_CLOCK_BESIDE.search(m.string, begin, m.start()) or _NOT_A_CLOCK_BESIDE.search(
        m.string, m.end(), min(end, m.end() + 24)
    ):
        return m.group(0)

    def minutes(word: str) -> int | None:
        value = int(word) if word.isdigit() else 1
        return value if value <= 59 else None

    first, second = minutes(m.group("m1")), minutes(m.group("m2"))
    if first is None or second is None or (first, int(m.group("s1"))) >= (second, int(m.group("s2"))):
        return m.group(0)
    return f"{m.group('from')} {first}:{m.group('s1')} {m.group('to')} {second}:{m.group('s2')}"


def prime_times(text: str) -> str:
    """'de 1'10 à 1'25' → 'de 1:10 à 1:25', 'redo 1m5-1m20' → 'redo 1:05-1:20': the m'ss form and the typed one as
    m:ss, so they are read as a time, not two numbers."""
    text = _PRIME_MSS.sub(lambda m: f"{m.group(1)}:{m.group(2)}", text)
    text = _TYPED_MSS.sub(_typed_mss, text)
    return _DOUBLE_PRIME_S.sub(lambda m: f"{m.group(1)} s", text)


def mss_ranges(text: str) -> str:
    """Two m:ss times joined by at most two short words are a range in any language ('من 0:20 إلى 0:40',
    '0:20 থেকে 0:40', 'از 0:20 تا 0:40', '將0:20到0:40')."""
    return _MSS_PAIR.sub(lambda m: f"{m.group(1)}-{m.group(3)}" if m.group(2).strip() else m.group(0), text)


# Words that are a unit of time in one language and something else in another (English "time", the
# ordinal "second"/"segundo"/"secondo"), left out of the check for a length with no number.
_UNIT_HOMONYMS = frozenset({"time", "timer", "second", "seconde", "secondo", "segundo", "perc", "sata", "sati", "oras"})


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, list[str]]:
    from ace_step_mcp.router.vocab_data import UNITS

    out: dict[str, list[str]] = {}
    for table in (*UNITS.values(), _MORE_UNITS):
        for words in table.values():
            for word in words:
                if len(word) >= 4 and word not in _UNIT_HOMONYMS and not word.endswith("."):
                    out.setdefault(word[0], []).append(word)
    for bucket in out.values():
        bucket.sort(key=lambda w: -len(w))
    return out


def glued_units(text: str) -> list[str]:
    """Units of time inside a longer word of a spaced script ('द्विमिनिटात्मकं', two-minute-long): a length said
    in a compound the reading cannot split, so a default must not stand in for it."""
    index = _unit_index()
    found: list[str] = []
    for i in range(1, len(text)):
        if not (_is_letter(text[i - 1]) and _spaced_script(text[i]) and not text[i].isascii()):
            continue
        for word in index.get(text[i], ()):
            if text.startswith(word, i):
                found.append(word)
                break
    return found


_ANOTHER_ONE_AR = quick(r"(?:وحدة|واحدة|مرة|نسخة|أغنية|اغنية|مقطوعة|حاجة)\s*$")


def unread_units(text: str) -> list[str]:
    """Units of time with no number the router read ('kahden minuutin' when 'kahden' is unknown, 'a few
    seconds'): a length was said and not understood, so a default must not stand in for it."""
    index = _unit_index()
    found: list[str] = []
    i, n = 0, len(text)
    while i < n:
        bucket = index.get(text[i])
        if not bucket or (i > 0 and _is_letter(text[i - 1]) and _spaced_script(text[i])):
            i += 1
            continue
        for word in bucket:
            if not text.startswith(word, i):
                continue
            end = i + len(word)
            if _spaced_script(word[0]) and word[0].isalpha():
                while end < n and _is_letter(text[end]) and end - i - len(word) < 4:
                    end += 1
                if end < n and _is_letter(text[end]):
                    continue
            # (a number after the unit only where a language writes it there, Swahili 'dakika mbili'; not in the
            # Indic scripts, whose number comes first: 'இரண்டரை நிமிடம் ஒரு …' is two and a half minutes, then 'a')
            said = _number_before(text, i) is not None or (
                not "\u0900" <= word[0] <= "\u0dff" and _number_after(text, end) is not None
            )
            if not said and word in ("ثانية", "ثانيه") and _ANOTHER_ONE_AR.search(text, max(0, i - 10), i):
                said = True  # ('وحدة ثانية جديدة': another one, not a second)
            if not said and not re.search(r"(?:per|a|an|half a|beats per)\s*$", text[max(0, i - 12) : i]):
                found.append(text[i:end])
            i = end
            break
        else:
            i += 1
    return found


# -- a value said, then corrected ('fade out five no wait seven seconds', 'três minutos, quer dizer quatro') --------
# Spoken hesitations between a value and its correction.
# (each a whole word in the spaced scripts: 'eeeee' must not split as ee+eee or eee+ee in exponentially many ways)
_HESITATION = (
    r"(?:(?:(?:uh|um|uhm|erm|äh|ähm|öh|euh|eh|ehm|em|hmm|mm|yyy|ээ|эм|ну|ой|ай|oops|امم|اه|"
    r"يعني|उम्म|ıı|şey|ờ|izé|öö|ъъ|אה|εε|ee|eee)(?![^\W\d_])|えーと|えっと|あの|음|어|아|嗯|呃|那个)[\s,.…]*)*"
)
_UNITS = r"s|sec|secs|seconds?|min|mins|minutes?|lufs|kbps|k|bpm"
_VALUE = (
    r"(?<![\w.:])(?:\d+\s*min\s+(?:(?:and|e|y|et|und|en|и|i|og|och|ve|a)\s+)?)?\d+(?:[.:]\d+)?"
    rf"(?:\s*(?:{_UNITS})(?![^\W\d_]))?"
)
_BARE_NO = r"no|non|não|nao|nie|не|ne|nu|nej|ei|όχι|لا|نه|नहीं|nahi|nahin|không|tidak|bukan|לא|nem|不|아니요"
# Words that take back the value before them and give the one after ('five no wait seven', 'cinq, enfin sept',
# '三十秒じゃなくて四十秒', '삼십 초 말고 사십 초', 'خمس ثواني لا لا خليها ثمانية'): the second is meant. A bare 'no'
# ('tres minutos no cuatro', 'trzy minuty nie dwie') is also 'not' (the first meant): _NO_THEN_VALUE, asked.
_TAKEN_BACK = (
    r"no wait|wait|no sorry|sorry|i mean|make that|or rather|scratch that|no no|nope|"
    r"nee|nein warte|warte|lieber|besser|ich meine|ach nee|nein|ay no|ai no|"
    r"no espera|espera|no mejor|mejor|digo|perdón|perdon|o sea|"
    r"non plutôt|plutôt|pardon|attends|enfin|non non|je veux dire|"
    r"anzi|no aspetta|aspetta|cioè|scusa|no dai|volevo dire|"
    r"não espera|quer dizer|aliás|ou melhor|melhor|não não|"
    r"нет нет|нет|точнее|вернее|то есть|хотя нет|стоп|ні ні|ні|точніше|тобто|"
    r"a nie czekaj|nie czekaj|czekaj|to znaczy|znaczy|nie nie|ne počkej|počkej|ne ne|teda ne|"
    r"yok yok|yok|hayır|yani|yox|не не|тоест|ba nu|όχι περίμενε|περίμενε|όχι όχι|"
    r"لا لا|لا بل|بل|أقصد|اقصد|قصدي|لا(?=\s+(?:خليها|خلها))|نه نه|नहीं नहीं|मतलब|"
    r"いや違う|いや|違う|じゃなくて|やっぱり|아 아니다|아니다|아니|말고|不对|算了|哦不|不不|"
    # (the other languages' 'no, wait': 'ne čekaj', 'nu stai', 'ne palauk', 'eh nggak deh', 'nee wacht', 'nej vänta')
    # (never the verb alone: 'tunggu 3 detik baru vokal masuk', 'vänta 3 sekunder innan sången', 'čekaj me dvije
    # godine' wait for a time)
    r"wacht(?=\s*[,…])|ne čekaj|не чекај|не чакай|nu stai|ne palauk|eh nggak deh|eh nggak|nggak deh|eh bukan|bukan bukan|"
    r"eh tunggu|nee wacht|nej vänta|nej vent|nei vent|nei bíddu|ei kun|ei vaan|ei odota|nem várj|ne počkaj|"
    r"ні зачекай|yox dayan|hayır bekle|hapana subiri|ay hindi|non tann|à không|à nhầm|לא רגע|نه صبر کن|नहीं रुको|"
    r"ना रुको|না দাঁড়াও|ਨਹੀਂ ਰੁਕੋ|نہیں رکو|唔啱|"
    # ('5 मिनट… नहीं, 4 मिनट', 'three minutes... no, four'): a bare 'no' set off by a pause after it
    rf"(?:{_BARE_NO})(?=\s*[,…])"
)
_THEN = r"[\s,.…!-]*(?:(?:خليها|خلها|make it|let'?s say|say|make that|de|na|on|to|a|до|на|to be)\s+)?"
_A_PART = (
    r"intro|outro|chorus|verse|bridge|solo|fade|předehr\w*|dohr\w*|вступлени\w*|интро|аутро|припев\w*|estribillo|"
    r"coro|refrain|ritornello|ponte|puente|pont|brücke|イントロ|アウトロ|サビ|인트로|아웃트로|前奏|尾奏|副歌"
)
_COUNTED_AFTER = (
    r"\s*(?:takes?|versions?|versiones|versionen|versioni|versões|variant\w*|variation\w*|options?|bars?|beats?|takt\w*|"
    r"compas\w*|mesures?|battute|ölçü\w*|things?|times|razy|mal|fois|veces|volte|vezes|раз\w*|верси\w*|вариант\w*|"
    r"bother|more|strophe\w*|estrofa\w*|estrofe\w*|strof\w*|stanza\w*|couplets?|куплет\w*|zwrotk\w*|slok\w*|"
    r"refrains?|estribillos?|ritornell\w*|припев\w*)(?![^\W\d_])"
)
# A range's connector, left hanging before a value is taken back ('from 10 to uh, scratch that, 12 to 30').
_HANGING_TO = r"to|till|until|al|a|à|bis|tot|до|по|إلى|الى|لين|لحد"
_CORRECTED = quick(
    rf"({_VALUE})(\s+(?:{_HANGING_TO})(?=\s*(?:[,.…]|(?:uh|um|eh|äh|ähm|euh|ээ)\b)))?"
    rf"[\s,.…!-]*{_HESITATION}"
    rf"(?<![^\W\d_])(?:{_TAKEN_BACK})(?![^\W\d_]){_HESITATION}{_THEN}"
    rf"((?:(?!{_A_PART})[^\W\d_]+\s+){{0,2}}?)(\d+(?:[.:]\d+)?(?![\d:])|(?=min\b))(\s*(?:{_UNITS})(?![^\W\d_]))?"
    # (not a length of a part said beside it: '2 minuty, vlastně 20 sekund předehra', '3 minuty, a nie, jednak intro
    # 15 sekund' are an intro's)
    rf"(?!\s*(?:[^\W\d_]+\s+){{0,2}}(?:{_A_PART}))"
    # (and not a count of something else: '30 s, to znaczy 16 taktów', 'lieber 2 Varianten', 'mejor 3 versiones')
    rf"(?!{_COUNTED_AFTER})"
)
# Small words between a 'no' and the value ('no, de 4 minutos', 'non, les 10'), never a noun ('no vocals, 2 takes').
_SMALL_WORDS = (
    r"(?:(?:the|a|to|de|del|los|las|la|le|les|el|o|os|as|à|al|na|on|do|до|на|por|para|fino|bis|auf|zu|od|ze)\s+){0,2}"
)
# A value, then words that take it back, at the end of the text read so far: the number words after are a number.
TAKEN_BACK_BEFORE = quick(
    rf"{_VALUE}[\s,.…!-]*(?:{_HESITATION}(?<![^\W\d_])(?:{_TAKEN_BACK}|{_BARE_NO})(?![^\W\d_]){_HESITATION}|"
    rf"(?:uh|um|uhm|erm|äh|ähm|euh|eh|ehm|yyy|ээ|ıı|öö|ъъ)(?![^\W\d_])){_THEN}[\s,.…!-]*{_SMALL_WORDS}$"
)  # (or only a hesitation: '10 s eh lima belas', read as a number so that the two are asked about)
_NO_THEN_VALUE = quick(
    rf"{_VALUE}[\s,.…!-]*{_HESITATION}(?<![^\W\d_])(?:{_BARE_NO})(?![^\W\d_]|\.)[\s,…!-]*{_HESITATION}{_SMALL_WORDS}"
    rf"\d+(?:[.:]\d+)?"
)
_UNIT_OF = quick(rf"\s*({_UNITS})$")
# Words that only take a value back, never say anything else ('no wait', 'scratch that', 'ne čekaj'): not 'sorry',
# 'I mean', 'actually no', '算了', which also begin a thought of their own.
_WAIT = (
    r"no wait|scratch that|make that|nein warte|no espera|no aspetta|não espera|nie czekaj|ne počkej|όχι περίμενε|"
    r"нет подожди|ні зачекай|ne čekaj|nu stai|ne palauk|nee wacht|nej vänta|non attends|eh nggak deh|"
    r"wacht(?=\s*[,…])"
)  # (not 'wait' alone: 'add a 10 second intro and then wait 5 seconds before the vocals come in')
# ... a few words after the value, before the words that take it back ('add 20 seconds of intro before it starts hmm
# no wait 10 seconds is plenty'): no digit among them, the first value with its unit.
_CORRECTED_AFTER_WORDS = quick(
    rf"(?<![\w.:])(\d+(?:[.:]\d+)?)(\s*(?:{_UNITS})(?![^\W\d_]))"
    rf"((?:[\s,]+(?!(?:{_TAKEN_BACK})(?![^\W\d_]))[^\W\d_]+){{1,6}})"
    rf"[\s,.…!-]*{_HESITATION}(?<![^\W\d_])({_WAIT})(?![^\W\d_]){_HESITATION}{_THEN}"
    rf"(\d+(?:[.:]\d+)?)(?![\d:])(\s*(?:{_UNITS})(?![^\W\d_]))"
    rf"(?!\s*(?:[^\W\d_]+\s+){{0,2}}(?:{_A_PART}))(?!{_COUNTED_AFTER})"
)
TAKEN_BACK_AT = quick(rf"(?<![^\W\d_])(?:{_TAKEN_BACK})(?![^\W\d_])")
_WAIT_AT = quick(rf"(?:{_WAIT})")
# The verb 'wait' alone, right before a value with no pause between ('wait 2 seconds', 'warte 2 Sekunden', 'espera 2
# segundos'): the verb, waiting that long; with a pause ('3 minutes, wait, 2 minutes') it takes the first value back.
_WAIT_VERBS = frozenset({"wait", "warte", "espera", "attends", "aspetta", "czekaj", "počkej", "περίμενε"})
_VALUE_RIGHT_AFTER = quick(
    r"[ \t]+\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|segundos?|sekunden|secondes?|secondi|sekund\w*|δευτερόλεπτα)?[\s,]*"
    r"(?:then|before|until|till|and then|luego|y luego|antes|hasta|dann|bevor|bis|und dann|puis|avant|et puis|"
    r"poi|prima|e poi|potem|zanim|pak|než|πριν|και μετά)(?![^\W\d_])"
)  # (then what comes after the pause: 'wait 2 seconds, then bring the vocals in'; 'fade out 5 wait 7 seconds' corrects)
_HALF_WORDS = r"and a half|y medio|y media|e mezzo|e meio|e meia|et demi|et demie|und ein halb|en een half|och en halv"
_AND_A_HALF = quick(rf"\s+(?:{_HALF_WORDS})(?![^\W\d_])")
_AND_A_HALF_THEN_UNIT = quick(rf"\s+(?:{_HALF_WORDS})\s*(?:{_UNITS})(?![^\W\d_])")
_ONLY_NO = quick(rf"(?:{_BARE_NO})")
# A value taken back with 'no, wait' and no value read after it ('δύο λεπτά όχι περίμενε ενάμισι': a number word the
# reading has not turned into digits): which value is meant is asked, never the first one kept.
_WAIT_THEN_WORDS = quick(
    rf"{_VALUE}[\s,.…!-]*{_HESITATION}(?<![^\W\d_])(?:no wait|wait|nein warte|no espera|no aspetta|não espera|"
    r"nie czekaj|a nie czekaj|ne počkej|όχι περίμενε|περίμενε|нет подожди|ні зачекай)(?![^\W\d_])[\s,.…!-]*"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$"
)
_RANGE_GOES_ON = quick(rf"\s*(?:-|{_HANGING_TO})\s*\d")


def _unit_kind(unit: str) -> str:
    """'time', 'lufs', 'kbps' or 'bpm': what a value said with this unit sets."""
    low = unit.lower()
    return "time" if low[0] in "sm" else "kbps" if low[0] == "k" else low


def corrected_values(text: str) -> tuple[str, str | None]:
    """The text with each value taken back by the words after it removed, the correction kept ('fade out 5 no wait
    7 s' → 'fade out 7 s'); and the first 'N no M' left, where 'no' may take the value back or say which is not
    meant (asked by the accounting pass)."""

    def keep_the_second(m: re.Match[str]) -> str:
        unit = " " + m.group(5).strip() if m.group(5) else ""
        marker = TAKEN_BACK_AT.search(text, m.end(2) if m.group(2) else m.end(1), m.start(4) if m.group(4) else m.end())
        if marker is not None and marker.group(0) in _WAIT_VERBS and _VALUE_RIGHT_AFTER.match(text, marker.end()):
            return m.group(0)  # ('extend the start by 10 seconds, wait 2 seconds, then the vocals': a pause, the verb)
        first_unit = _UNIT_OF.search(m.group(1))
        if (first_unit is not None and unit) and _unit_kind(first_unit.group(1)) != _unit_kind(unit.strip()):
            return m.group(0)  # ('3 دقائق لا خليها بطيئة 90 bpm', '-14 lufs no wait 320 kbps': another setting)
        if m.group(2) and not _RANGE_GOES_ON.match(text, m.end()):
            # (a range's 'to' left hanging is taken back only where a whole range follows: 'from 10 to uh, scratch
            # that, 12 to 30'; in 'de 3 a, o sea, 4 minutos' the end is what is said again, asked)
            return m.group(0)
        second = m.group(4) or "1"  # ('40 s a nie czekaj minutę': a minute, 1 min)
        minutes = first_unit is not None and first_unit.group(1).startswith("min")
        if _AND_A_HALF_THEN_UNIT.match(text, m.end()):
            return f" {m.group(3)}{second} "  # ('3 minutes no wait 2 and a half minutes': the half and its unit after)
        if not unit and first_unit is not None and ":" not in second and not (minutes and float(second) > 10):
            # ('20 s no 30': the unit said once, with the first; not '2 minuti, anzi facciamo 45', 45 of what is asked)
            unit = " " + first_unit.group(1)
        return f" {m.group(3)}{second}{unit} "

    if any(c.isdigit() for c in text):
        text = _CORRECTED.sub(keep_the_second, text)
        text = _CORRECTED_AFTER_WORDS.sub(_keep_the_later, text)
        bare = _NO_THEN_VALUE.search(text) or _WAIT_THEN_WORDS.search(text)
        if bare is not None:
            return text, bare.group(0).strip()
    return text, _taken_back_unread(text)


def number_word_in(text: str, lo: int, hi: int, *, as_a_value: bool = False) -> bool:
    """Whether a number word of any language, two or more ('δέκα', 'dvije', 'empat puluh', 'cincisprezece'; not 'una',
    'one', which are also 'a'), stands in text[lo:hi]: a word, or two or three in a row, of the number table. With
    `as_a_value`, only one that ends the text or a clause, or stands before a unit or a word of 'enough' ('δέκα
    φτάνουν', 'empat puluh aja'); not one that counts a noun ('dvije godine', 'två år', 'iki kıta')."""
    words = list(re.finditer(r"[^\W\d_]+", text[lo:hi]))
    for i in range(len(words)):
        for k in (3, 2, 1):
            if i + k > len(words) or (number_value(" ".join(w.group(0) for w in words[i : i + k])) or 0) < 2:
                continue
            end = lo + words[i + k - 1].end()
            if not as_a_value or _A_VALUE_ENDS.match(text[end : end + 24]):
                return True
    return False


# What follows a number said as a value: the end, a stop, a unit, 'enough' or 'just' ('δέκα φτάνουν', 'empat puluh
# aja', 'двадцять вистачить', 'cincisprezece').
_A_VALUE_ENDS = quick(
    r"\s*(?:$|[,.;!?…]|(?:s|sec\w*|seg\w*|sek\w*|min\w*|ms|saniye\w*|δευτερόλεπτ\w*|λεπτ\w*|detik|menit|secund\w*|"
    r"секунд\w*|минут\w*|хвилин\w*|ثانية|ثواني|دقيقة|دقائق|ثانیه|دقیقه|שניות|דקות|सेकंड|मिनट|秒|分|초|분|giây|phút|"
    r"aja|saja|deh|φτάνουν|αρκούν|вистачить|хватит|достаточно|dosta|stačí|elég|yeter|nok|genug|basta|suffit|enough|"
    r"please|pls|lang|na lang|olsun|bude|bitte|por favor|to|a|al|à|bis|до|إلى|الى|تا|עד|μέχρι|do|ila|ke|đến|"
    r"hingga|sampai|tot|till|até)(?![^\W\d_]))"
)


def _keep_the_later(m: re.Match[str]) -> str:
    """'20 seconds of intro before it starts hmm no wait 10 seconds' → '10 seconds of intro before it starts': the
    value taken back a few words after it, replaced where it stood, by one said with a unit of the same kind."""
    unit, later_unit = m.group(2).strip(), m.group(6).strip()
    if _unit_kind(unit) != _unit_kind(later_unit):
        return m.group(0)  # ('-14 lufs for spotify no wait 320 kbps': another setting)
    if _AND_A_HALF.match(m.string, m.end()):
        return m.group(0)  # ('3 min bueno digo 2 y medio': the half is the later value's; asked as it was)
    return f"{m.group(5)} {later_unit}{m.group(3)} "


def _taken_back_unread(text: str) -> str | None:
    """Words that take a value back, then a number the reading has not turned into digits, with a number before them
    ('είκοσι δευτερόλεπτα στο τέλος όχι περίμενε δέκα', 'tri minute ne čekaj neka bude dvije', '30 s di akhir ya eh
    nggak deh empat puluh aja'): the phrase, for a question of which value is meant; never the first one kept."""
    for m in TAKEN_BACK_AT.finditer(text):
        if _ONLY_NO.fullmatch(m.group(0)):
            continue  # (a bare 'no' is also 'not': '3 मिनट का कर दो, आगे से नहीं, पीछे से बढ़ाना')
        # (a number in words within three words after, before any digit: in digits the correction was read above,
        # or is none: '2 min, sorry, 3 takes', 'první tři ne počkej 2 s a dej to do flac')
        words = list(re.finditer(r"\S+", text[m.end() : m.end() + 48]))[:3]
        hi = m.end() + (words[-1].end() if words else 0)
        digit = next((i for i, c in enumerate(text[m.end() : hi]) if c.isdigit()), None)
        # (after words that only take a value back, 'ne čekaj', 'nej vänta', any number word is the new value: 'dvije
        # su dovoljne', 'två räcker'; after words that also say other things, 'yani', 'нет', only one said as a value)
        strong = _WAIT_AT.fullmatch(m.group(0)) is not None
        if not number_word_in(text, m.end(), hi if digit is None else m.end() + digit, as_a_value=not strong):
            continue
        lo = max(0, m.start() - 64)
        if any(c.isdigit() for c in text[lo : m.start()]) or number_word_in(text, lo, m.start()):
            return text[max(lo, m.start() - 24) : hi].strip()
    return None


# 'Or' between two numbers, in the 50 languages ('trinaest il trideset sekundi', 'ishirini au thelathini', 'twenty or
# thirty seconds', '20 oder 30 Sekunden'). ('o' and 'ou' are also words of their own; between two numbers they are 'or'.)
_OR_BETWEEN = quick(
    r"[ \t]*(?<![^\W\d_])(?:or|oder|o|ou|ó|или|або|ili|il|lub|albo|nebo|alebo|of|eller|tai|vagy|sau|veya|yoksa|ή|أو|او|یا|או|"
    r"या|ya|atau|hoặc|hay|au|oswa|vai|arba|eða|aut|vel|অথবা|বা|அல்லது|లేదా|ਜਾਂ|वा|หรือ|yaxud|o kaya)\s+"
)
# Two neighbouring digits of CJK or Sino-Korean numbers, said as an estimate ('二三十秒' twenty or thirty seconds,
# '三四分钟', '이삼십 초'): one value or the other, never the second alone.
_NEIGHBOURS = quick(
    r"(?<![一二两三四五六七八九十])([一二两三四五六七八])([二三四五六七八九])(?=十?\s*(?:秒|分钟|分鐘|分(?![像似之])))"
    r"|(?<![일이삼사오육칠팔구십])([일이삼사오육칠팔])([이삼사오육칠팔구])(?=십?\s*(?:초|분))"
)
_NEIGHBOUR_VALUE = (
    {c: i for i, c in enumerate("一二三四五六七八九", 1)}
    | {"两": 2}
    | {c: i for i, c in enumerate("일이삼사오육칠팔구", 1)}
)
_TIME_UNIT_NEAR = quick(
    r"(?<![^\W\d_])(?:s|sec\w*|seg\w*|sek\w*|min\w*|saniye\w*|dakika\w*|δευτερόλεπτ\w*|λεπτ\w*|detik|menit|secund\w*|"
    r"секунд\w*|минут\w*|хвилин\w*|ثانية|ثواني|دقيقة|دقائق|ثانیه|دقیقه|שניות|דקות|सेकंड|मिनट|giây|phút|sekunde|"
    r"dakika)(?![^\W\d_])|秒|分|초|분"
)


def alternatives_said(text: str) -> str | None:
    """Two values said as one or the other ('trinaest il trideset sekundi', 'sekunde ishirini au thelathini', '二三十秒',
    '三四分钟'): the phrase, for a question of which is meant; never one of them taken alone."""
    for m in _NEIGHBOURS.finditer(text):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if _NEIGHBOUR_VALUE[b] == _NEIGHBOUR_VALUE[a] + 1:
            unit = re.match(r"[十십]?\s*(?:秒|分钟|分鐘|分|個|个|小节|小節|초|분)", text[m.end() :])
            return text[m.start() : m.end() + (unit.end() if unit else 0)].strip()
    for m in _OR_BETWEEN.finditer(text):
        lo = max(0, m.start() - 40)
        before = list(re.finditer(r"[^\W_]+", text[lo : m.start()]))
        after = re.match(r"(\d+(?:[.,]\d+)?|[^\W\d_]+(?:\s+[^\W\d_]+){0,2})", text[m.end() : m.end() + 40])
        gap = text[lo + before[-1].end() : m.start()] if before else ","
        if not before or after is None or gap.strip():
            continue  # (the 'or' right after the first value: '20 or 30', not '2 min, o 1º minuto')
        left_unit = len(before) >= 2 and _TIME_UNIT_NEAR.fullmatch(before[-1].group(0)) is not None
        if left_unit:
            before = before[:-1]  # (the unit after the first value: '20 s au thelathini', 'dos minutos o tres')
        unit_first = len(before) >= 2 and _TIME_UNIT_NEAR.fullmatch(before[-2].group(0)) is not None
        left = before[-1].group(0)
        # (a number word of three letters or more: 'to' is two in Danish and 'it' in Czech, 'prodluž to o 30 sekund')
        if not (left.isdigit() or (len(left) >= 3 and (number_value(left) or 0) >= 2) or _spoken_number(before)):
            continue
        right = after.group(1).split()
        k = next((k for k in (3, 2, 1) if k <= len(right) and (number_value(" ".join(right[:k])) or 0) >= 2), 0)
        if not right[0].replace(",", ".").replace(".", "", 1).isdigit() and not k:
            continue
        if left.isdigit() and right[0][0].isdigit():
            continue  # (in digits both, the accounting asks for the one left unused: '20 or 30 seconds')
        end = m.end() + (after.end() if right[0][0].isdigit() else len(" ".join(right[: max(k, 1)])))
        rest = text[end : end + 24]
        # The second value with a unit of time after it ('20 or 30 seconds'), or both said after the unit or with it
        # ('sekunde ishirini au thelathini', '20 s or 30.'); not a count or a name ('30 seconds of 8-bit', 'na 3
        # minuty o 2 kočkách', '2 minutes of 80s').
        said_unit = _TIME_UNIT_NEAR.match(rest.lstrip(" -")) is not None  # ('30 seconds', '30s', '30-second')
        if not said_unit and re.match(r"-?[^\W_]", rest):
            continue  # (glued to a word: '8-bit', '80s', '2e')
        ends = re.match(r"\s*(?:$|[,.;!?…])", rest) is not None
        spoken = not right[0][0].isdigit()  # ('20 s au thelathini': the second said in words after the first's unit)
        if said_unit or ((left_unit or unit_first) and ends) or unit_first or (left_unit and spoken):
            return text[lo + before[-1].start() : end].strip()
    return None


def _spoken_number(words: list[re.Match[str]]) -> bool:
    """Whether the last two or three words before a point are one number ('empat puluh', 'twenty five')."""
    return any((number_value(" ".join(w.group(0) for w in words[-k:])) or 0) >= 2 for k in (2, 3) if len(words) >= k)
