"""Chat formatting read as what it formats (issue 25).

People in Claude, ChatGPT or Cursor format what they type: **bold**, `code`, fenced blocks, ~~struck~~ words,
bulleted and numbered lists of wishes, hashtags, and earlier messages quoted with '>'. The router reads words, so
the marks are taken off first, each as a reader takes it: a struck word was taken back, a fence holds what it
fences, a list is one wish per item (never lines to sing), a hashtag is its word, and a quoted earlier message is
context for the reply below it, not an order of its own ('> extend it 30 s at the end' then 'nah, forget it').
Quoted lines after a colon or a word for lyrics are the words quoted ('avec ces paroles :' then '> Il pleut …').
Every pattern is bounded or a plain class, so a message of any length is read in linear time.
"""

from __future__ import annotations

import itertools
import re

# A code fence on its own line ('```', '```yaml', '~~~'): the fence goes, what it holds stays.
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[\w+-]{0,20}[ \t]*$", re.MULTILINE)
# Words struck out ('~~mp3~~ **FLAC**'): taken back, so not read at all.
_STRUCK = re.compile(r"~~(?=\S)([^~\n]{1,200}?)~~")
# Emphasis and inline code around words ('**turbo folk**', '__2 min__', '`wav`'): the words.
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,200}?)\1")
_CODE = re.compile(r"`([^`\n]{1,200})`")
# A list item's mark at a line's start ('- ', '* ', '• ', '・', '1. ', '2) ', '➕ ', '👉 ', '✅ ').
_ITEM = re.compile(
    r"^[ \t]*(?:(?:[-*•▪◦‣]|\d{1,2}[.)])[ \t]+|[・👉✅☑✔]\ufe0f?[ \t]*)(?=\S)", re.MULTILINE
)  # ('- 2 min'; not '-14 LUFS', '2.5 min')
# A plus before a length ('➕ 20 s au début', '+20 sec la final'): that much added.
_PLUS_A_LENGTH = re.compile(
    r"(?:(?<![\w+])\+|➕\ufe0f?)[ \t]?(\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?:s|sec|secs|seconds?|seg\w*|sek\w*|min\w*|秒|分|초|분)"
    r"(?![^\W\d_]))"
)
# A hashtag's mark before a word ('#indiefolk', '#作業用'); not 'C#', '#1', '&#'.
_HASHTAG = re.compile(r"(?<![\w#&])#(?=[^\W\d_])")
# A quoted line's mark ('> …', '>…').
_QUOTED = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
# Before a quoted block: words that name what is quoted as lyrics or content ('avec ces paroles :', '歌词如下：',
# 'lyrics', 'these words').
_OPENS_A_QUOTE = re.compile(
    r"[:：]\s*$|(?<![^\W\d_])(?:lyrics?|words|paroles|letra|letras|testo|text|songtext|liedtext|tekst\w*|"
    r"текст\w*|слова|sözleri|lirik|كلمات|बोल|στίχ\w*)(?![^\W\d_])|歌词|歌詞|가사",
    re.IGNORECASE,
)
# A thinking face after a bare range ('1:30 → 1:50 🤔'): unsure, as a question mark says.
_UNSURE_FACE = re.compile(r"(?:\U0001f914\s*)+")


def plain(text: str) -> str:
    """The request with its chat formatting read (see the module's docstring); text with none comes back as it was."""
    if not any(c in text for c in "`~*_#>+:：=•・▪◦‣➕👉✅☑✔\U0001f914-0123456789"):
        return text
    out = _tags_line(_settings(_FENCE.sub("", text)))
    out = _STRUCK.sub("", out)
    out = _STRONG.sub(r"\2", out)
    out = _CODE.sub(r"\1", out)
    out = _HASHTAG.sub("", out)
    out = _PLUS_A_LENGTH.sub(r"add \1", out)
    out = _quoted(out)
    out = _items(out)
    return _UNSURE_FACE.sub("? ", out)


def _quoted(text: str) -> str:
    """Quoted lines under a reply. Opened by a colon or a word for lyrics: the words quoted. Otherwise an earlier
    message: where the reply carries values of its own ('> regenerate 0:30 → 0:45' then 'ok that worked, now add 10s
    to the end'), or the quote is an order the reply may confirm or call off ('> förläng den 30 sek i slutet' then
    'näää strunta i det'), it is dropped and the reply is read alone; a quote that orders nothing ('> the last 12 s
    sound off' then 'yes, redo them') is what the reply speaks of, read with it."""
    lines = text.split("\n")
    quoted = [i for i, ln in enumerate(lines) if _QUOTED.match(ln)]
    if not quoted:
        return text
    first, last = quoted[0], quoted[-1]
    before = "\n".join(lines[:first])
    reply = "\n".join(ln for ln in lines[last + 1 :] if not _QUOTED.match(ln)).strip()
    if reply and not _OPENS_A_QUOTE.search(before):
        from ace_step_mcp.router.cues import find_cues

        said = _QUOTED.sub("", "\n".join(lines[first : last + 1])).lower()
        if _A_DIGIT.search(reply) or find_cues(said):
            return "\n".join(ln for i, ln in enumerate(lines) if not _QUOTED.match(ln) or i < first).strip()
    return _QUOTED.sub("", text)


_A_DIGIT = re.compile(r"\d")


# A line of settings written as 'key: value' ('genre: chiptune', 'length: 45s', 'vocals: none', '风格：city pop'): an item
# of a list where two or more such lines follow each other; never a sung section's name ('Chorus: …', '[Verse]').
_SETTING_LINE = re.compile(r"^[ \t]*[^\W\d_][^\W\d_ \t-]{0,15}(?:[ \t-][^\W\d_]{1,15})?[ \t]*[:：=][ \t]*(?=\S)")
# A line of hashtags only ('#作業用 #勉強用'): style words of the request, read with the line after it.
_TAGS_ONLY = re.compile(r"^[ \t]*(?:#[^\W\d_][\w-]{0,40}[ \t]*){1,12}$")


def _settings(text: str) -> str:
    """Two or more 'key: value' lines in a row: a list of settings, each line an item ('- key: value')."""
    from ace_step_mcp.router.read import sung_section_name

    lines = text.split("\n")
    keyed = [
        m is not None and not sung_section_name(ln[: m.end()].strip(" \t:：="))
        for ln, m in ((ln, _SETTING_LINE.match(ln)) for ln in lines)
    ]
    if not any(a and b for a, b in itertools.pairwise(keyed)):
        return text
    return "\n".join(
        f"- {ln.strip()}" if k and ((i and keyed[i - 1]) or (i + 1 < len(keyed) and keyed[i + 1])) else ln
        for i, (ln, k) in enumerate(zip(lines, keyed, strict=True))
    )


def _tags_line(text: str) -> str:
    """A line of hashtags only, read as style words in front of the line after it ('#作業用 #勉強用\nこれとは別に …')."""
    lines = text.split("\n")
    if not any(_TAGS_ONLY.match(ln) for ln in lines):
        return text
    out: list[str] = []
    carry = ""
    for ln in lines:
        if _TAGS_ONLY.match(ln):
            carry += ", ".join(w.lstrip("#") for w in ln.split()) + ", "
            continue
        if carry and ln.strip():
            ln, carry = carry + ln.strip(), ""
        out.append(ln)
    if carry:
        out.append(carry.rstrip(", "))
    return "\n".join(out)


def _items(text: str) -> str:
    """A list of two items or more: one wish per item, put on one line after the line that opens the list ('Pour
    YouTube :\\n1) mp3\\n2) -14 LUFS' → 'Pour YouTube : mp3; -14 LUFS'), so that no list is read as lines to sing."""
    lines = text.split("\n")
    marks = [_ITEM.match(ln) for ln in lines]
    if sum(1 for m in marks if m is not None) < 2:
        return text
    out: list[str] = []
    in_list = False
    for ln, m in zip(lines, marks, strict=True):
        if m is None:
            out.append(ln)
            in_list = False
            continue
        item = ln[m.end() :].strip()
        if in_list or (out and out[-1].strip()):
            joiner = "; " if in_list else " "
            out[-1] = out[-1].rstrip() + joiner + item
        else:
            out.append(item)
        in_list = True
    return "\n".join(out)
