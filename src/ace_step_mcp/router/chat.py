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
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[\w+-]{0,20}[ \t]*(?:\n|$)", re.MULTILINE)
# Words struck out ('~~mp3~~ **FLAC**'): taken back, so not read at all. Only set off as Markdown sets them, by a
# space, a line's edge or punctuation, and in no unspaced script: '帮我做首生日歌~~1分钟就好~~谢谢', '小兔子~~跳呀跳~~'
# draw a word out.
_STRUCK = re.compile(
    r"(?<![^\s(\[*_])~~(?=[^\s~])([^~\n\u3000-\u9fff\uac00-\ud7af\u0e00-\u0e7f]{1,60}?)~~(?=[\s.,;:!?)\]*_]|$)"
)
# Emphasis and inline code around words ('**turbo folk**', '__2 min__', '`wav`'): the words.
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,200}?)\1")
_CODE = re.compile(r"`([^`\n]{1,200})`")
# A list item's mark at a line's start ('- ', '* ', '• ', '・', '1. ', '2) ', '➕ ', '👉 ', '✅ ').
_ITEM = re.compile(
    r"^[ \t]*(?:(?:[-*•▪◦‣]|[0-9０-９]{1,2}[.)．）])[ \t]+|[0-9０-９]{1,2}[、．）][ \t]*|[・👉✅☑✔\u2460-\u2473]\ufe0f?[ \t]*)"
    r"(?=\S)(?!\d+(?:[.,]\d+)?\s*(?:lufs|lu|db)\b)",
    re.MULTILINE | re.IGNORECASE,
)  # ('- 2 min', '1、风格', '１．長さ'; not '-14 LUFS', '- 14 LUFS', '2.5 min')
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
    r"(?:[:：]|(?<![^\W\d_])(?:lyrics?|words|lines|poem|paroles|letra|letras|testo|parole|text|songtext|liedtext|"
    r"tekst\w*|текст\w*|слова|стих\w*|sözleri|lirik|كلمات|बोल|στίχ\w*)|歌词|歌詞|가사|詩|诗)\W*$",
    re.IGNORECASE,
)
# A word for the words to sing anywhere on a line ('Haz una canción con esta letra:', '用下面的歌词做一首歌：'); not a
# section's name ('Chorus:' over a list of settings) nor Russian 'текст' alone ('Вот текст задания:', a brief).
_LYRICS_WORD = re.compile(
    r"(?<![^\W\d_])(?:lyrics?|paroles|letra|letras|testo|songtext|liedtext|songtekst|sangtekst|låttext|текстом|"
    r"текст(?:а)? песни|слова|sözleri|lirik|كلمات|बोल|στίχ\w*)(?![^\W\d_])|歌词|歌詞|가사",
    re.IGNORECASE,
)
# A reply that says the quoted lines are the words to sing ('these are the lyrics', 'esa es la letra', "that's my
# chorus", 'das ist der Text'); not one that only names lyrics ('you write the lyrics', 'el estribillo ya es largo').
_THESE_ARE_THE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?:these|those|this|that|it)(?:['’]s| is| are)|here(?:['’]s| is| are)|use)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:lyrics|words|chorus|verse|hook|refrain)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:esa|esta|estas|esas|essa|esta|essas|estas)\s+(?:es|son|é|são)\s+(?:la|las|a|as|mi|mis|minha|minhas)\s+"
    r"(?:letra|letras|estribillo|coro|refrão)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:c['’]est|ce sont|voici|voilà)\s+(?:les|mes|le|mon)\s+(?:paroles|refrain|couplet)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:das|dies)\s+(?:ist|sind)\s+(?:der|mein|meine|die)\s+(?:text|songtext|refrain)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:questo|queste)\s+(?:è|sono)\s+(?:il|i|le|la)\s+(?:testo|parole|ritornello)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:это|вот)\s+(?:мой\s+|мои\s+)?(?:текст|слова|припев)(?![^\W\d_])"
    r"|(?:这是|這是|这就是|這就是)(?:我的)?(?:歌词|歌詞|副歌)|(?:これが|これは)(?:歌詞|サビ)|(?:이게|이건)\s*(?:가사|후렴)",
    re.IGNORECASE,
)
_ASKED = re.compile(r"[?？]\s*$")
# A thinking face after a bare range ('1:30 → 1:50 🤔'): unsure, as a question mark says.
_UNSURE_FACE = re.compile(r"(?:\U0001f914\s*)+")


# An editor's timecode, hours, minutes, seconds and no frames ('00:01:20:00'): the time. (With frames, '00:00:10:15',
# the frame rate decides the time: left as written, and asked.)
_TIMECODE = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)[:;]00(?![\d:])")
# ... said as where something starts on an editor's timeline ('the song starts at 00:00:10:00 on my timeline', 'la voce
# parte a 00:00:15:00'): the times said are the timeline's, not the track's, unless that start is zero.
_TIMELINE = re.compile(
    r"(?<![^\W\d_])(?:timeline|time-?line|línea de tiempo|linha do tempo|tijdlijn|zeitleiste|idővonal\w*|tidslinje\w*|"
    r"tidslinjen|oś czasu|osi czasu|časová osa|таймлайн\w*|таймлайні|تایم[\u200c ]?لاین\w*|टाइमलाइन|davinci|premiere|"
    r"capcut|resolve|final cut|vegas|audition|аудишн\w*|капкат\w*|премьер\w*|премʼєр\w*|cubase|ableton|logic)(?![^\W\d_])"
    r"|タイムライン|타임라인|时间线|時間軸|ไทม์ไลน์",
    re.IGNORECASE,
)


def timeline_offset(text: str) -> str | None:
    """A time other than zero on an editor's timeline, with two such times or more in the request ('in premiere the
    song starts at 00:00:10:00 … the glitch is at 00:00:52:00 to 00:01:04:00'), or one beside a length said of the
    track: the timecode, for a question of which clock the times are on; None where no timeline is spoken of."""
    codes = [m for m in _TIMECODE.finditer(text) if any(int(g) for g in m.groups())]
    if not codes or _TIMELINE.search(text) is None:
        return None
    return codes[0].group(0) if len(codes) >= 2 or _A_LENGTH.search(text) else None


_A_LENGTH = re.compile(r"\d\s*(?:s|sec\w*|seg\w*|sek\w*|秒|초|giây|วินาที|ثانی\w*|ثاني\w*|सेकंड|секунд\w*)(?![^\W\d_])")


def plain(text: str) -> str:
    """The request with its chat formatting read (see the module's docstring); text with none comes back as it was."""
    if not any(c in text for c in "`~*_#>+:：=•・▪◦‣➕👉✅☑✔\U0001f914-0123456789"):
        return text
    out = _tags_line(_settings(_FENCE.sub("", text)))
    out = _TIMECODE.sub(
        lambda m: (
            f"{int(m.group(1))}:{m.group(2)}:{m.group(3)}" if int(m.group(1)) else f"{int(m.group(2))}:{m.group(3)}"
        ),
        out,
    )
    out = _STRUCK.sub("", out)
    out = _STRONG.sub(r"\2", out)
    out = _CODE.sub(r"\1", out)
    out = _HASHTAG.sub("", out)
    out = _PLUS_A_LENGTH.sub(r"add \1", out)
    out = _quoted(out)
    out = _NO_VOCALS_SETTING.sub("no vocals", _items(out))
    return _UNSURE_FACE.sub("? ", out)


def _quoted(text: str) -> str:
    """Quoted lines. Opened by a line that ends in a colon or a word for lyrics ('avec ces paroles :', 'con queste
    parole'): the words quoted, their marks taken off, a blank line after them so that the reply is no line of theirs.
    A quoted order (a verb of the cue tables and a number: '> förläng den 30 sek i slutet', '> Want me to extend it by
    30 s?') under a reply with no order of its own ('näää strunta i det', 'nah, leave it', 'yes'): an earlier message
    the reply confirms or calls off, dropped, and the reply read alone (asked). Any other quote is read as written."""
    lines = text.split("\n")
    quoted = [i for i, ln in enumerate(lines) if _QUOTED.match(ln)]
    if not quoted:
        return text
    first, last = quoted[0], quoted[-1]
    opener = next((ln for ln in reversed(lines[:first]) if ln.strip()), "")
    reply = "\n".join(ln for ln in lines[last + 1 :] if not _QUOTED.match(ln)).strip()
    if _OPENS_A_QUOTE.search(opener[-40:]):
        body = [_QUOTED.sub("", ln) for ln in lines[first : last + 1]]
        head = lines[:first]
        at = max(i for i, ln in enumerate(head) if ln.strip())
        if not head[at].rstrip().endswith((":", "：")):
            head[at] = head[at].rstrip() + ":"  # ('con queste parole' opens them as a colon does)
        return "\n".join([*head, *body, *([""] if reply else []), *lines[last + 1 :]])
    if reply and not opener.strip() and _THESE_ARE_THE_WORDS.search(reply) and not _ASKED.search(lines[last]):
        # ('> Cut me loose, I've waited 24 hours\n> …\n\nsynthwave, 2 min, these are the lyrics'): the reply opens
        # the quoted words as the line before them would
        body = [_QUOTED.sub("", ln) for ln in lines[first : last + 1]]
        return "\n".join([reply.rstrip(" .!。！") + ":", *body])
    if reply:
        from ace_step_mcp.router.cues import find_cues

        said = _QUOTED.sub("", "\n".join(lines[first : last + 1])).lower()
        if (
            _A_DIGIT.search(said)
            and find_cues(said)
            and not find_cues(reply.lower())
            and not _THESE_ARE_THE_WORDS.search(reply)  # ('synthwave, 2 min, these are the lyrics', "that's my chorus")
        ):
            return "\n".join(ln for i, ln in enumerate(lines) if not _QUOTED.match(ln) or i < first).strip()
    return text


_A_DIGIT = re.compile(r"\d")


# A line of settings written as 'key: value' ('genre: chiptune', 'length: 45s', 'vocals: none', '风格：city pop'), the key
# one of the few words for a setting: an item of a list where two or more such lines follow each other; never a
# singer's or a section's name ('Him: …', 'Reff: …', '桥段：…').
_SETTING_LINE = re.compile(
    r"^[ \t]*(?:genre|style|styl|stil|estilo|género|genero|gênero|genere|жанр|стиль|tür|length|duration|länge|dauer|"
    r"longitud|duración|duracion|duração|durée|duree|durata|lengte|längd|lengde|długość|délka|длина|длительность|"
    r"тривалість|süre|tempo|bpm|mood|stimmung|ánimo|humeur|umore|настроение|vocals?|voice|gesang|stimme|voz|voix|"
    r"voce|вокал|голос|language|sprache|idioma|langue|lingua|язык|instruments?|instrumente|instrumentos|format|"
    r"formato|формат|key|tonart|tonalidad|loudness|lautheit|tags|"
    r"风格|風格|时长|時長|长度|長度|人声|人聲|语言|語言|节奏|節奏|乐器|樂器|格式|ジャンル|長さ|尺|ボーカル|歌声|言語|テンポ|楽器|"
    r"장르|길이|보컬|언어|템포|악기|분위기)[ \t]*[:：=][ \t]*(?=\S)",
    re.IGNORECASE,
)
_NO_VOCALS_SETTING = re.compile(
    r"(?:^|(?<=[;,；、]))[ \t]*(?:[-*•][ \t]*)?(?:vocals?|voice|gesang|stimme|voz|voix|voce|wokal|vokal|ének|laulu|sång|zang|"
    r"вокал|голос|人声|人聲|ボーカル|歌声|보컬)[ \t]*[:：=][ \t]*(?:none|no|off|keine?|nein|ninguna|ningún|sin|aucune|non|nessuna|"
    r"nessun|nenhuma|nenhum|brak|żaden|žádný|žádné|ingen|ei|nincs|yok|geen|tidak ada|không|нет|без|nope|nah|keiner|"
    r"keinen|なし|無し|いらない|要らない|无|無|没有|沒有|不要|不需要|없음|없어요|필요 ?없어요)(?=[ \t]*(?:$|[;,.!]))",
    re.IGNORECASE | re.MULTILINE,
)
# A line of hashtags only ('#作業用 #勉強用'): style words of the request, read with the line after it.
_TAGS_ONLY = re.compile(r"^[ \t]*(?:#[^\W\d_][\w-]{0,40}[ \t]*){1,12}$")


def _settings(text: str) -> str:
    """Two or more 'key: value' lines in a row: a list of settings, each line an item ('- key: value'); 'vocals: none'
    is 'no vocals'."""
    lines = text.split("\n")
    keyed = [_SETTING_LINE.match(ln) is not None for ln in lines]
    if not any(a and b for a, b in itertools.pairwise(keyed)):
        return text
    return "\n".join(
        f"- {ln.strip()}" if k and ((i and keyed[i - 1]) or (i + 1 < len(keyed) and keyed[i + 1])) else ln
        for i, (ln, k) in enumerate(zip(lines, keyed, strict=True))
    )


def _tags_line(text: str) -> str:
    """Lines of hashtags only ('#kpop #ballad') at the edges of a request (its first lines, its last, or right under
    its first line): taken out, so that the lyrics' reading never takes one in as a line to sing; `hashtag_words`
    gives their words to the plan. One between lines of lyrics ('[Chorus]\n#nofilter #nomakeup\n…') or right under a
    colon ('chant our hashtag:\n#SummerWithMilka') is words, kept. A request of hashtags alone is their words."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    out = _edge_tag_lines(lines)
    if not out:
        return text
    rest = "\n".join(ln for i, ln in enumerate(lines) if i not in out).strip("\n")
    return rest if rest.strip() else ", ".join(hashtag_words(text, alone=True))


def _edge_tag_lines(lines: list[str]) -> set[int]:
    """The indices of the lines of hashtags only that stand at the edges of the request (see `_tags_line`)."""
    tags = [bool(_TAGS_ONLY.match(ln)) for ln in lines]
    if not any(tags):
        return set()
    said = [i for i, ln in enumerate(lines) if ln.strip() and not tags[i]]
    first, last = (said[0], said[-1]) if said else (len(lines), -1)
    second = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
    out = set()
    for i, is_tags in enumerate(tags):
        if not is_tags:
            continue
        above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        if above.rstrip().endswith((":", "：")):
            continue  # ('the singers just chant our hashtag:\n#SummerWithMilka': the words)
        if i < first or i > last or i == second:
            out.add(i)
    return out


def hashtag_words(text: str, *, alone: bool = False) -> list[str]:
    """The words of the lines of hashtags only that `plain` takes out of a request with other words in it ('#作業用
    #勉強用' → ['作業用', '勉強用']); with `alone`, of any request."""
    if "#" not in text:
        return []
    lines = text.split("\n")
    if alone:
        return [w.lstrip("#") for ln in lines if _TAGS_ONLY.match(ln) for w in ln.split()]
    if not any(ln.strip() and not _TAGS_ONLY.match(ln) for ln in lines):
        return []
    return [w.lstrip("#") for i in sorted(_edge_tag_lines(lines)) for w in lines[i].split()]


# A hashtag that says the piece has no vocals ('#instrumental', '#インスト', '#nolyrics').
NO_VOCALS_TAG = re.compile(
    r"instrumental\w*|instrumentaal|instrumentál\w*|инструментал\w*|enstrümantal|inst|インスト|nolyrics|novocals?|"
    r"novox|纯音乐|純音樂|연주곡",
    re.IGNORECASE,
)


def _items(text: str) -> str:
    """A list of two items or more, a number among them: one wish per item, on one line, after the line that opens
    the list where it ends in a colon ('Pour YouTube :\\n1) mp3\\n2) -14 LUFS' → 'Pour YouTube : mp3; -14 LUFS'), so
    that no wish list is read as lines to sing."""
    lines = text.split("\n")
    marks = [_ITEM.match(ln) for ln in lines]
    items = [ln[m.end() :] for ln, m in zip(lines, marks, strict=True) if m is not None]
    if len(items) < 2 or not any(_A_DIGIT.search(item) for item in items):
        return text  # (lines written as a list with no setting in them: '- I wake up late again', '- Ты меня любишь?')
    first = next(i for i, m in enumerate(marks) if m is not None)
    if first and _LYRICS_WORD.search(lines[first - 1]):
        return text  # (the words to sing, written as a list: 'with these lyrics:\n- 1, 2, 3, 4, clap your hands')
    out: list[str] = []
    in_list = False
    for ln, m in zip(lines, marks, strict=True):
        if m is None:
            out.append(ln)
            in_list = False
            continue
        item = ln[m.end() :].strip()
        if in_list or (out and out[-1].rstrip().endswith((":", "："))):
            joiner = "; " if in_list else " "
            out[-1] = out[-1].rstrip() + joiner + item
        else:
            out.append(item)
        in_list = True
    return "\n".join(out)
