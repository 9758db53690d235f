"""Red-team probe (redteam55) of the router changes in 1e9b529 (3859365..1e9b529; 49eda71 after it refactors with no
behaviour change): read.py _MIN_AND_BARE_SEC taking a range's 'a'/'to'/'bis'/... after 'N min and M' only before a
number; account.py _CAPITAL_WORD_BEFORE (a capital X glued to a digit is a name's only after a capitalised word);
cues.py _NEGATION_GLUED and the rule that only a no-vocals cue is read glued after CJK, kana, Hangul or Thai;
__init__.py _NOT_AFTER_IT ('instrumentalじゃなくて', 'instrumental말고'); read.py _JOINS 'e' for Italian and
Portuguese; _sung_lines_after (a style line needs a comma) and a line-end marker opening lyrics only with another
marker after it; account.py _count's Arabic 'ب'/'و' glued to the count. Hunting SILENT WRONG plans and needless
questions on them and on new ground: a word after M that is no range ('2 min y 30 a ritmo de salsa'); a capital X
after a capitalised length word or in shouted caps ('Trap Beat 30 Sec X3', 'LOFI BEAT 30S X3'), a lowercase brand
before a capital model ('bmw X5'), '×3', fullwidth 'x３', Cyrillic 'х3'; words ending in a glued negation's letter
('告别instrumental', '离别'), negations the list lacks ('不是', 'ไม่ใช่', Cantonese '唔要'), edit cues glued after CJK
('最后10秒fade out'); a negation after the cue with a particle between ('instrumental이 아니라', '버전 말고',
'でなく') and ones that insist on it ('instrumentalじゃないとダメ', 'instrumental 말고 다른 건 필요 없어'); hundreds
in number words in 30-odd languages and as a tempo; markers alone, mid-line, in a brief, beside style words with
commas; Hebrew 'בשלוש גרסאות', Arabic copies inside the piece; the vocal language of CJK requests with Latin words;
'intro'/'outro' follow-ups glued to CJK; negations of 'instrumental' in Hindi, Arabic, Hebrew, Persian, Urdu,
Vietnamese, Indonesian, Swahili, Tagalog ('hindi' = not), Punjabi, German.

FIGURES. First run on 49eda71 (labels committed before it, 20c7845): 105 probes; OK 58, ASKED 20, SILENT WRONG 27
(3 new vs /tmp/rt55old/src = the router at 3859365, before 1e9b529; 24 pre-existing), ERROR 0. The same probes on
the old router: OK 65, ASKED 13, SILENT WRONG 27, ERROR 0. Against it 1e9b529 turns 3 silent -> OK, 3 OK -> silent
and 7 OK -> asked; no silent -> asked, no asked -> OK.

New silent (vs the old router), by cause:
- cues.py _NEGATION_GLUED ending in a negation's letter (2): '告别instrumental，钢琴，1分钟' (farewell) and
  '一首离别instrumental钢琴曲，1分钟' (parting) are sung, no question: the words '告别'/'离别' end in '别', taken for the
  negation 'don't', so the glued 'instrumental' is not read at all and nothing else says no vocals (the word stays in
  the tags: '告别instrumental'). Want [inst]. (The same trap waits in '特别', '区别', '虚无', Korean '편안', '불안'.)
- account.py _count's Arabic 'ب' stripped from any count before a versions word (1): 'أغنية عن بطل بثلاث نسخ من نفسه،
  دقيقة' (a song about a hero with three copies of himself) plans takes=3; the copies are inside the piece ('من نفسه'
  follows). Want one take. (The old router read no count there.)

Pre-existing silent (24):
- the vocal language of CJK requests with a Latin word (5): '一首关于summer的流行歌，1分钟', '写一首lofi风格的情歌，要有人唱，1
  分钟', '做一首R&B情歌，女声，1分钟', '夏のdrive songを作って、1分', '여름 드라이브용 pop 노래 1분' have no 'chinese'/
  'japanese'/'korean' in the tags ('帮我做一首indie folk歌曲…中文歌词' and Cantonese 'city pop，粵語' were right).
- a negation of the Latin 'instrumental' in other languages (8), all '[inst]': Hindi 'instrumental नहीं चाहिए, गाने
  वाला गाना', Egyptian Arabic 'مش instrumental، عايز غناء', Hebrew 'לא instrumental, עם שירה', Urdu 'instrumental
  نہیں، گانے کے ساتھ', Vietnamese 'không phải instrumental, có lời hát', Swahili 'sio instrumental, iwe na sauti ya
  kuimba', Tagalog 'hindi instrumental, may kanta' (and 'hindi' = 'not' becomes a 'hindi' tag), Punjabi
  'instrumental ਨਹੀਂ, ਗਾਇਕੀ ਨਾਲ'. Want sung.
- negations glued or after the cue that _NEGATION_GLUED/_NOT_AFTER_IT lack (3): Thai 'ไม่ใช่instrumental นะ
  ขอเพลงที่มีคนร้อง' ('ไม่ใช่' = is not), Japanese 'instrumentalはいらない、歌ありで1分', 'instrumentalでなく、歌ありで1分'
  are '[inst]' (and lack 'japanese'). Want sung.
- a capital X after a capitalised word that is a length (2): 'Trap Beat 30 Sec X3', shouted 'LOFI BEAT 30S X3' plan
  one take (_CAPITAL_WORD_BEFORE takes 'Sec' and the 'S' of '30S' for a name). Want 3 takes (or a question).
- fullwidth 'x３' after a CJK request (1): 'lofiビート 30秒 x３' plans one take ('x3' left in the tags).
- bare hundreds without 'one' (2): Icelandic 'lag sem er hundrað og tuttugu sekúndur' and Danish 'en sang på
  hundrede og tyve sekunder' are 20 s (the tables know 'eitt hundrað', 'et hundrede' only; the bare word is no number,
  the last part alone is the length). Want 120.
- counts glued to a prefix the Arabic rule misses (2): 'أغنية بست نسخ مختلفة، دقيقة' (six: 'بست' is 3 letters, the
  rule wants more than 3) and Hebrew 'שיר בשלוש גרסאות, דקה' ('ב' not stripped) plan one take. Want 6 and 3.
- a brief with two markers (1): 'Birthday song for my dad with a big [Chorus]\nhis name is Tom\nhe turns sixty on
  Friday\n[Bridge]\nmake it slow and emotional' sings every line, 'make it slow and emotional' too (the line-end
  marker with another after it now opens lyrics; a wish in the later section is not looked at).

Asked where the plan was plain (20; 7 new, OK before): the range words after 'N min and M' in their other senses:
'canción de 2 min y 30 a ritmo de salsa', 'una base di 2 min e 30 a tempo di samba', 'a dance track, 2 min and 30 to
open the show' ask what '2:30' is for (the 30 is no longer read as seconds when 'a'/'to' is followed by a word; the
length 150 s was plain); a lowercase brand or word before a capital model: 'ad for my new bmw X5, 30 seconds', 'chiptune
like mega man X3, 1 min' ask about 5 and 3 takes; _NOT_AFTER_IT on negations that insist: 'instrumental 말고 다른 건 필요
없어요, 1분' (nothing but instrumental), 'instrumentalじゃないとダメ、ピアノで1分' (it must be instrumental) drop the
instrumental and ask. Asked on both (13): '不是instrumental，要有人唱的情歌', Cantonese '唔要instrumental，要有人唱',
'instrumental이 아니라 보컬 있는 노래로', 'instrumental 버전 말고 보컬 버전으로', Persian 'instrumental نباشه، با
خواننده', Indonesian 'bukan instrumental, pakai vokal', German 'nicht instrumental, mit Gesang' (a conflict asked; no
negation read); '前5秒trim掉', '最後の10秒をfade outして'; Bengali 'একশো কুড়ি সেকেন্ডের', Arabic 'مئة وعشرون ثانية'
(not read), 'canzone di 3 minuti a cento e venti bpm' (read as '100:20'); 'rock song [Verse] I drive all night
[Chorus] take me home' (one-line lyrics).

Right now and wrong before (3 silent -> OK): 'Jingle for a car wash, 20 sec, X2' (2 takes; one before), 'una canzone
di cento e cinque secondi' (105 s; 5 before), 'أغنية بأربع نسخ، دقيقة واحدة' (4 takes; one before). Right on both:
the counts of verses after 'N min and M' in es/fr/pt/it ('2 min y 3 a 4 estrofas' is 120 s), 'música de 2 min e 30
para o casamento', '×3', '3x', Cyrillic 'х3', 'x3 por favor', 'x2 svp', 'Nord Lead 2X', 'Final Fantasy X2'; '要
instrumental', 'ขอแบบinstrumental', '最后10秒fade out一下', '마지막 10초 fade out 해줘'; hundreds in fr, de (one word),
sk, tr, ru, pl, nl, hu, el, he, fa, id, vi, hi, ca, sr, pt 'um minuto e trinta e cinco segundos', 'cent vingt BPM' not
a length; a lone line-end marker before lyrics ('pop song, 2 min [Verse]\nI walk alone tonight…' is sung),
'disco lights, funky nights' sung, 'chorus-heavy', 'verse-chorus', 'mucho estribillo' as styles; Persian 'با سه
نسخه', Urdu 'تین ورژن'; every 'intro'/'outro' follow-up glued to CJK, kana, Hangul, Thai ('给这首歌加个outro，15秒',
'introを10秒追加して', '在开头加个10秒的intro', 'เพิ่มintro 10 วินาที', 'outroを5秒でフェードアウトして').

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam55.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is)

L = 180.0

RA = "a range word after 'N min and M': 'a'/'to' before a count of verses is no seconds; a word after M keeps M:SS"
MX = "'x' with a digit: a capital X after a capitalised length word, shouting caps, ×, fullwidth, Cyrillic х; names"
CJ = "a Latin cue glued after CJK/Thai: negations not in the list, words ending in 别/无, edit cues glued (fade, trim)"
NA = "a negation after 'instrumental' (ko/ja) in its other forms, and 'じゃないと'/'말고 다른 건' that insist on it"
CO = "number words of hundreds in many languages (one word, spaced, joined by 'and'), and as a tempo, not a length"
MK = "section markers: a lone line-end marker before lyrics, a brief with two markers, mid-line markers, style words"
AR = "a count glued to a prefix (Arabic ب/و, Hebrew ב): takes, and copies inside the piece that are no takes"
VL = "Chinese, Japanese, Korean, Cantonese requests with a Latin word glued: the vocal language in the tags"
FU = "follow-up edits of an open track with 'intro'/'outro' glued to CJK, kana, Hangul, Thai: the side and amount"
NE = "a negation before or after the Latin 'instrumental' in other scripts and languages: sung, not [inst]"

ZH = {"tags_text": ["chinese"]}
JA = {"tags_text": ["japanese"]}
KO = {"tags_text": ["korean"]}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) range words after 'N min and M'
    (RA, None, "una canción de 2 min y 3 a 4 estrofas", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "une chanson de 2 min et 3 à 4 couplets", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "uma música de 2 min e 3 a 4 estrofes", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "canzone di 2 min e 3 a 4 strofe", new(duration=120, takes=None, ask_ok=True)),
    (RA, None, "canción de 2 min y 30 a ritmo de salsa", nws(150)),
    (RA, None, "una base di 2 min e 30 a tempo di samba", nws(150)),
    (RA, None, "a dance track, 2 min and 30 to open the show", nws(150)),
    (RA, None, "música de 2 min e 30 para o casamento", nws(150)),
    # --- (2) 'x' with a digit
    (MX, None, "Trap Beat 30 Sec X3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "LOFI BEAT 30S X3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "ad for my new bmw X5, 30 seconds", nws(30, takes=None)),
    (MX, None, "chiptune like mega man X3, 1 min", nws(60, takes=None)),
    (MX, None, "synth intro like the Nord Lead 2X, 20 sec", nws(20, takes=None)),
    (MX, None, "lofi beat about Final Fantasy X2, 1 min", nws(60, takes=None)),
    (MX, None, "lofi beat 30s ×3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "lofiビート 30秒 x３", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "jingle 20 sec 3x", new(duration=20, takes=3, ask_ok=True)),
    (MX, None, "Jingle for a car wash, 20 sec, X2", new(duration=20, takes=2, ask_ok=True)),
    (MX, None, "лоуфай бит 30 сек х3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "лоуфай бит 30 сек x3", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "canción de reguetón 30 seg x3 por favor", new(duration=30, takes=3, ask_ok=True)),
    (MX, None, "jingle pour une boulangerie 30 s x2 svp", new(duration=30, takes=2, ask_ok=True)),
    # --- (3) Latin cues glued after CJK / Thai
    (CJ, None, "告别instrumental，钢琴，1分钟", nws(60, inst=True)),
    (CJ, None, "一首离别instrumental钢琴曲，1分钟", nws(60, inst=True)),
    (CJ, None, "不是instrumental，要有人唱的情歌，1分钟", nws(60, inst=False, **ZH)),
    (CJ, None, "唔要instrumental，要有人唱，1分鐘", nws(60, inst=False)),
    (CJ, None, "ไม่ใช่instrumental นะ ขอเพลงที่มีคนร้อง 1 นาที", nw(60, inst=False)),
    (CJ, None, "ขอแบบinstrumental เปียโน 1 นาที", nws(60, inst=True)),
    (CJ, None, "要instrumental，不要人声，1分钟", nws(60, inst=True)),
    (CJ, None, "音乐不用太复杂，instrumental就行，1分钟", nws(60, inst=True)),
    (CJ, None, "instrumentalはいらない、歌ありで1分", nws(60, inst=False, **JA)),
    (CJ, L, "最后10秒fade out一下", fade(10)),
    (CJ, L, "前5秒trim掉", trim(start=5)),
    (CJ, L, "最後の10秒をfade outして", fade(10)),
    (CJ, L, "마지막 10초 fade out 해줘", fade(10)),
    # --- (4) negation after 'instrumental' (ko/ja), and what insists on it
    (NA, None, "instrumental이 아니라 보컬 있는 노래로 1분", nws(60, inst=False, **KO)),
    (NA, None, "instrumental 버전 말고 보컬 버전으로 1분", nws(60, inst=False, **KO)),
    (NA, None, "instrumentalでなく、歌ありで1分", nws(60, inst=False, **JA)),
    (NA, None, "instrumental 말고 다른 건 필요 없어요, 1분", nws(60, inst=True)),
    (NA, None, "instrumentalじゃないとダメ、ピアノで1分", nws(60, inst=True)),
    (NA, None, "instrumentalで、ボーカルなし、1分", nws(60, inst=True)),
    # --- (5) hundreds in number words
    (CO, None, "une chanson de cent vingt secondes", nws(120)),
    (CO, None, "ein Lied von hundertzwanzig Sekunden", nws(120)),
    (CO, None, "pieseň na sto dvadsať sekúnd", nws(120)),
    (CO, None, "yüz yirmi saniyelik bir şarkı", nws(120)),
    (CO, None, "একশো কুড়ি সেকেন্ডের একটা গান", nws(120)),
    (CO, None, "песня на сто двадцать секунд", nws(120)),
    (CO, None, "piosenka na sto dwadzieścia sekund", nws(120)),
    (CO, None, "een liedje van honderdtwintig seconden", nws(120)),
    (CO, None, "egy százhúsz másodperces dal", nws(120)),
    (CO, None, "ένα τραγούδι εκατόν είκοσι δευτερολέπτων", nws(120)),
    (CO, None, "أغنية مدتها مئة وعشرون ثانية", nws(120)),
    (CO, None, "שיר של מאה ועשרים שניות", nws(120)),
    (CO, None, "یک آهنگ صد و بیست ثانیه‌ای", nws(120)),
    (CO, None, "lagu seratus dua puluh detik", nws(120)),
    (CO, None, "một bài hát dài một trăm hai mươi giây", nws(120)),
    (CO, None, "एक सौ बीस सेकंड का गाना", nws(120)),
    (CO, None, "lag sem er hundrað og tuttugu sekúndur", nw(120)),
    (CO, None, "en sang på hundrede og tyve sekunder", nw(120)),
    (CO, None, "cançó de cent vint segons", nws(120)),
    (CO, None, "pesma od sto dvadeset sekundi", nws(120)),
    (CO, None, "uma música de um minuto e trinta e cinco segundos", nws(95)),
    (CO, None, "una canzone di cento e cinque secondi", nws(105)),
    (CO, None, "chanson de 3 minutes à cent vingt BPM", nws(180)),
    (CO, None, "canzone di 3 minuti a cento e venti bpm", nws(180)),
    # --- (6) section markers
    (
        MK,
        None,
        "pop song, 2 min [Verse]\nI walk alone tonight\nthe stars are cold and bright\nI'll find my way back home",
        sung("I walk alone tonight", "I'll find my way back home"),
    ),
    (
        MK,
        None,
        "Birthday song for my dad with a big [Chorus]\nhis name is Tom\nhe turns sixty on Friday\n[Bridge]\n"
        "make it slow and emotional",
        new(lyrics_lacks=["make it slow and emotional"], ask_ok=True),
    ),
    (MK, None, "rock song [Verse] I drive all night [Chorus] take me home", sung("I drive all night", "take me home")),
    (
        MK,
        None,
        "dance song [Chorus]\ndisco lights, funky nights\nwe dance until the dawn\n[Verse]\nthe city's calling my name",
        sung("we dance until the dawn", "the city's calling my name"),
    ),
    (
        MK,
        None,
        "ballad about the sea\n[Verse]\nwaves are calling me\n[Chorus]\nsail away",
        sung("waves are calling me", "sail away"),
    ),
    (MK, None, "a chorus-heavy pop song about summer, 2 min", nws(120, inst=False)),
    (MK, None, "verse-chorus rock song, 1 min, about my dog", nws(60, inst=False)),
    (MK, None, "canción pop con mucho estribillo, 1 minuto", nws(60, inst=False)),
    # --- (7) counts glued to a prefix
    (AR, None, "أغنية بأربع نسخ، دقيقة واحدة", nws(60, takes=4)),
    (AR, None, "أغنية عن بطل بثلاث نسخ من نفسه، دقيقة", nws(60, takes=None)),
    (AR, None, "أغنية بست نسخ مختلفة، دقيقة", nws(60, takes=6)),
    (AR, None, "שיר בשלוש גרסאות, דקה", nws(60, takes=3)),
    (AR, None, "آهنگ با سه نسخه، یک دقیقه", nws(60, takes=3)),
    (AR, None, "تین ورژن میں گانا، ایک منٹ", nws(60, takes=3)),
    # --- (8) the vocal language with Latin words glued
    (VL, None, "一首关于summer的流行歌，1分钟", nws(60, inst=False, **ZH)),
    (VL, None, "写一首lofi风格的情歌，要有人唱，1分钟", nws(60, inst=False, **ZH)),
    (VL, None, "做一首R&B情歌，女声，1分钟", nws(60, inst=False, **ZH)),
    (VL, None, "帮我做一首indie folk歌曲，1分钟，中文歌词", nws(60, inst=False, **ZH)),
    (VL, None, "夏のdrive songを作って、1分", nws(60, inst=False, **JA)),
    (VL, None, "여름 드라이브용 pop 노래 1분", nws(60, inst=False, **KO)),
    (VL, None, "幫我寫一首city pop，粵語，1分鐘", nws(60, inst=False, tags_text=["cantonese"])),
    # --- (9) follow-ups with 'intro'/'outro' glued
    (FU, L, "给这首歌加个outro，15秒", ext(0, 15, ask_ok=True)),
    (FU, L, "introを10秒追加して", ext(10, 0, ask_ok=True)),
    (FU, L, "intro 10초 추가해줘", ext(10, 0, ask_ok=True)),
    (FU, L, "在开头加个10秒的intro", ext(10, 0, ask_ok=True)),
    (FU, L, "加一段10秒的outro", ext(0, 10, ask_ok=True)),
    (FU, L, "把intro重新生成一下，前10秒", inp(0, 10)),
    (FU, L, "เพิ่มintro 10 วินาที", ext(10, 0, ask_ok=True)),
    (FU, L, "outroを5秒でフェードアウトして", fade(5)),
    # --- (10) negations of 'instrumental' in other scripts and languages
    (NE, None, "instrumental नहीं चाहिए, गाने वाला गाना, 1 मिनट", nws(60, inst=False)),
    (NE, None, "مش instrumental، عايز غناء، دقيقة", nws(60, inst=False)),
    (NE, None, "לא instrumental, עם שירה, דקה", nws(60, inst=False)),
    (NE, None, "instrumental نباشه، با خواننده، یک دقیقه", nws(60, inst=False)),
    (NE, None, "instrumental نہیں، گانے کے ساتھ، ایک منٹ", nws(60, inst=False)),
    (NE, None, "không phải instrumental, có lời hát, 1 phút", nws(60, inst=False)),
    (NE, None, "bukan instrumental, pakai vokal, 1 menit", nws(60, inst=False)),
    (NE, None, "sio instrumental, iwe na sauti ya kuimba, dakika 1", nws(60, inst=False)),
    (NE, None, "hindi instrumental, may kanta, 1 minuto", nws(60, inst=False, tags_text_not=["hindi"])),
    (NE, None, "instrumental ਨਹੀਂ, ਗਾਇਕੀ ਨਾਲ, 1 ਮਿੰਟ", nws(60, inst=False)),
    (NE, None, "nicht instrumental, mit Gesang, 1 Minute", nws(60, inst=False)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
