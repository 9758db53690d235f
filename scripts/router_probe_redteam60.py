"""Red-team probe (redteam60) of the router changes in 813fc36..f5dacdf (3be2889 and f5dacdf): the side nouns
(cues._SIDE_NOUNS, _with_side_nouns: 'the beginning' / 'the end' read as a side in a clause with an extend or add word
and no side yet; _not_a_side; _spared / side_kept with _KEEP_BEFORE and _SIDE_FINE); 'one of the ends'
(__init__._ONE_END_UNSAID); an intro or outro put before 'the song' with no track open (__init__._INTRO_AT_A_TRACK);
'without singing' (_without_singing: the item reading, _PIECE_BEFORE's three-word gap, _VOICED_OTHERWISE,
_SOMEONE_BEFORE, _FOR_A_USE); milliseconds beside the cue tables' fade and cut words (account._milliseconds,
_EFFECT_TIME); a 'fix' verb with a format (account._FIX_WORD, _FORMAT_NAMED). Red teams 58 and 59 probed mostly the
Romance, Germanic and Slavic shapes; this one probes CJK, Indic, Arabic-script, Turkic, Finno-Ugric, Baltic, Greek,
Hebrew, Swahili, Tagalog, Indonesian/Malay, Vietnamese and Thai, and compound requests (two sides, a window and an
extension, an extension and a format), side nouns in a regenerate clause or in quoted lyrics, and no-track intros.
Hunting SILENT WRONG plans first, then errors and needless questions.

FIGURES. First run on f5dacdf (labels committed before it, 6cba807): 89 probes; OK 43, ASKED 17, SILENT WRONG 29
(16 new vs /tmp/a813fc36/src = the router at 813fc36, before the target; 13 pre-existing), ERROR 0. The same probes on
the old router: OK 64, ASKED 11, SILENT WRONG 14, ERROR 0. Against it f5dacdf turns 1 silent -> OK, 2 asked -> OK, 16
OK -> silent and 8 OK -> asked; 40 OK, 9 asked and 13 silent on both.

New silent (vs the old router), by cause:
- _SIDE_NOUNS read where the noun is no side of the track (8), all extended at the START, no question (want the end,
  or a question): a noun that is the object of another verb: Japanese '頭を使わずに聴けるようにもう30秒伸ばして' (extend
  30 s more so it can be listened to without using one's head: '頭を' is 'one's head') -> before 30; Korean '새로운
  시작을 노래하는 곡이니까 30초만 늘려줘' (it's a song that sings of a new beginning, just extend it 30 s) -> before 30;
  another thing's opening, said without a 'de'/'of' that _NOT_A_SIDE_AFTER knows: Hebrew 'תאריך את השיר ב-30 שניות
  לקראת הפתיחה של החנות' (lengthen the song 30 s for the store's opening: 'של' = of) -> before 30; Indonesian
  'perpanjang lagu pembukaan acara 30 detik' (extend the event's opening song 30 s: a noun modifying 'lagu') -> before
  30; Turkish genitive 'videonun girişi için şarkıyı 20 saniye uzat' (extend the song 20 s for the video's intro) ->
  before 20; Vietnamese 'kéo dài bài hát thêm 30 giây cho phần mở đầu video' (30 s more for the video's opening) ->
  before 30; a time, in languages _NOT_A_SIDE_AFTER has no time nouns for: Thai 'ช่วยยืดเพลงอีก 30
  วินาทีภายในช่วงต้นเดือนหน้า' (extend the song 30 s more by early next month: 'ช่วงต้น' + 'เดือนหน้า') -> before 30;
  Persian 'ابتدای هفته بعد آهنگ رو 30 ثانیه طولانی‌تر کن' (early next week make the song 30 s longer: 'ابتدای' is the
  construct 'the beginning of', listed as a bare side noun) -> before 30.
- The start said to stay in words the keep lists lack, no comma before the extension (4), all before 20, want after
  20: Tamil 'தொடக்கத்தை மாற்றாமல் பாடலை 20 வினாடி நீட்டவும்' (without changing the start, extend the song 20 s);
  Bengali 'শুরুটা ঠিক আছে গানটা 20 সেকেন্ড বাড়াও' (the start is fine, extend the song 20 s); Persian 'ابتدای آهنگ خوبه
  فقط 20 ثانیه طولانی‌ترش کن' (the song's start is good, just make it 20 s longer); Tagalog 'huwag galawin ang simula
  pahabain mo ng 20 segundo' (don't touch the start, lengthen it 20 s). The nouns are new in these languages; their
  'without changing' / 'is fine' / 'don't touch' are in neither _KEEP_BEFORE nor _SIDE_FINE.
- 'Without singing' as a comma item after a list of what someone does, in languages _SOMEONE_BEFORE has no pronoun for
  (3), and a spoken piece _VOICED_OTHERWISE does not know (1), all '[inst]' with 'no vocals' in the tags (want
  lyrics): Indonesian 'lagu tentang kakekku: dia bekerja, dia menari, tanpa nyanyi, 1 menit' (a song about my grandpa:
  he works, he dances, without singing; 'dia'), Hebrew 'שיר על סבא שלי: הוא עובד, הוא רוקד, בלי לשיר, דקה' (the same;
  'הוא'), Turkish 'dedem hakkında bir şarkı: çalışır, dans eder, şarkı söylemeden, 1 dakika' (the same, pro-drop: no
  pronoun to find); Indonesian 'puisi yang dibacakan, tanpa nyanyi, 1 menit' (a recited poem, without singing: label
  forbids only a silent '[inst]').

Pre-existing silent (13, on both): the start said to stay or no side, read as the start on both: '一开头我就说了要长一点
再延长30秒吧' (I said from the very start it should be longer, extend 30 s more) before 30; 'शुरुआत से ही अच्छा है बस 20
सेकंड बढ़ा दो' (it's good from the start, just extend 20 s) before 20; '前奏保持不变把歌延长20秒' (keep the intro
unchanged, extend the song 20 s) before 20 ('保持' is a _KEEP_BEFORE word but stands after the side, and '保持不变' is
not in _SIDE_FINE); Cantonese '開頭唔好郁幫我拉長30秒' (don't touch the start, lengthen 30 s) before 30; Swahili 'mwanzo
usiuguse ongeza wimbo sekunde 20' (don't touch the start, add 20 s to the song) before 20. 'One of the ends' in
languages _ONE_END_UNSAID lacks, extended at the end with no question: 'どちらか片方の端を10秒伸ばして', 'uçlardan birini
10 saniye uzat' (extend one of the ends 10 s). 'Without singing' of rap in other scripts, '[inst]' (want rapped
lyrics): 'मेरे शहर पर एक रैप, बिना गाने, सिर्फ़ बोल, 1 मिनट', 'راب عن مدينتي، بدون غناء، كلام بس، دقيقة' (a rap about my
city, without singing, just words: _VOICED_OTHERWISE has no 'रैप' / 'راب'). Plainly instrumental requests sung, the
'without singing' words in the tags, now because _VOICED_OTHERWISE cancels the item reading: 'a chill beat, without
singing, so I can rap over it, 1 min' and 'una base de reggaetón, sin cantar, para rapear encima, 1 minuto' (a use
after a comma: _FOR_A_USE is read only right after the words), 'a calm piano piece, without singing, 16 bars intro, 1
min' ('bars' of music read as rap bars; with '16 bar intro' it is '[inst]'), 'a nursery rhyme melody on music box,
without singing, 1 min' ('rhyme').

Asked where the plan was plain (17; 8 new): new: _INTRO_AT_A_TRACK on new pieces: 'make a 10 second intro that plays
before the music video on my channel' asks which track ('before the music' inside 'music video'), 'сделай песню про
осень на 2 минуты, вступление перед песней не нужно' (make a 2 min song about autumn, no intro before the song needed)
asks which track (the negation not read; without the last clause it is a new 120 s song); 'alarga uno de los dos
extremos 10 segundos, cualquiera' (either one) asks which end ('cualquiera' not in _EITHER_WILL_DO); '1분짜리 트랩 비트,
킥 디케이 200ms, 마지막 마디에서 하이햇 잘라줘' (a 1 min trap beat, kick decay 200 ms, cut the hats on the last bar) asks
what '0.2 s' is ('디케이' not in _EFFECT_TIME); _FORMAT_NAMED lacks Arabic 'الصيغة' and Hebrew 'פורמט': 'صلح الصيغة
وخليها mp3' and 'תקן את הפורמט ל-mp3' (fix the format, make it mp3) ask convert or regenerate; 'ההתחלה טובה כמו שהיא
תאריך את השיר ב-20 שניות' (the start is good as it is, lengthen the song 20 s) and 'ช่วงต้นไม่ต้องแก้ ยืดเพลงอีก 20
วินาที' (no need to change the start, extend 20 s more) ask where the start's music goes (the account reads the new
noun as a start the planner does not use). On both: two sides in a comma list, the first clause without the verb
('앞부분 10초, 뒷부분 20초 늘려줘', 'başlangıcı 10 saniye, sonunu 20 saniye uzat', 'sonunu 15 saniye uzat, başını da 5
saniye') and Arabic 'طول البداية 10 ثواني والنهاية 20 ثانية' (no comma: 'والنهاية' has the 'و' (and) prefix glued) ask
what 10 s and 20 s are; 'pradžią palik ramybėje pratęsk dainą 20 sekundžių' and 'phần đầu giữ như cũ kéo dài bài hát
thêm 20 giây' (leave the start alone, extend 20 s) ask where; trims in ms the CJK way: '最初の300msをカットして、ノイズがある'
and '把开头200毫秒剪掉，有爆音' ask edit or extend ('毫秒' is not read as ms); 'dosya biçimini düzelt, mp3 yap' (fix the
file format, make it mp3) asks convert or regenerate.

Right now and wrong before (3): 'サビを直してwavで書き出して' (fix the chorus and export as wav) was the conversion alone,
now a question (_FIX_WORD); 'την αρχή άφησέ την όπως είναι μάκρυνε το τραγούδι 20 δευτερόλεπτα' (after 20) and
'앞부분 200ms 잘라줘, 클릭 소리가 나' (trim_start 0.2) were asked. Right on both include the regenerate + side noun
probes (asked: '冒頭を作り直して20秒伸ばして', '重做开头再延长20秒', '앞부분 다시 만들고 20초 늘려줘', 'शुरुआत दोबारा बनाओ
और 20 सेकंड बढ़ाओ', 'girişi yeniden yap ve 20 saniye uzat'), the window + extension probes (asked), the extension +
format probes (outpaint, the right side), the no-track intros in ja/zh/ko/hi/ar (asked which track), and the quoted
lyric probes ('「始まりを告げる鐘」って歌詞を入れて20秒伸ばして' after 20).

Labels: none changed after the run. Debatable ones: 'puisi yang dibacakan, tanpa nyanyi' (a recited poem; the label
only forbids a silent '[inst]'); 'pahabain mo yung kanta ng 30 segundo simula sa dulo' (from the end: a question is
counted a miss); the extension + format probes count a question as a miss (one outpaint with a delivery).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. Where an extension names no side, the end is the careful reading and a
question is no miss (ask_ok): the probe is there to catch the start read from a word that is not the track's side.
Where the start is said to stay, the end is sure and a question is a miss.

Run: sh scripts/uv run python scripts/router_probe_redteam60.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim, free, inp)

L = 180.0

SN = "a side noun that is no side of the track (idiom, a time, an event's or a video's opening, a title, a lyric)"
SK = "a side said to stay in words the keep lists lack, no comma between it and the extension: want the end"
SR = "a side noun in a clause with a regenerate verb and an extend or add word"
TW = "compound: two sides in a comma list, a window and an extension, an extension and a format"
IA = "an intro or outro before 'the song' with no track (_INTRO_AT_A_TRACK) vs a new piece's intro or end"
ON = "'one of the ends' in languages _ONE_END_UNSAID lacks; said which after a full stop; 'any' not read"
WS = "'without singing': voiced otherwise in other scripts, someone's list without a Latin pronoun, 'bars', 'rap over'"
MS = "milliseconds beside a cut or fade word: an effect in words _EFFECT_TIME lacks, a trim's ms, CJK 'millisecond'"
FX = "a 'fix' verb with a format named in words _FORMAT_NAMED lacks, or named after the verb"
CT = "controls: shapes f5dacdf means to read"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) side nouns that are not the side of the track (want the end; a question is no miss)
    (SN, L, "頭を使わずに聴けるようにもう30秒伸ばして", ext(0, 30, ask_ok=True)),
    (SN, L, "새로운 시작을 노래하는 곡이니까 30초만 늘려줘", ext(0, 30, ask_ok=True)),
    (SN, L, "一开头我就说了要长一点 再延长30秒吧", ext(0, 30, ask_ok=True)),
    (SN, L, "由開頭聽到而家都好正 幫我拉長首歌30秒", ext(0, 30, ask_ok=True)),
    (SN, L, "من البداية كنت أبيها أطول طولها 30 ثانية", ext(0, 30, ask_ok=True)),
    (SN, L, "תאריך את השיר ב-30 שניות לקראת הפתיחה של החנות", ext(0, 30, ask_ok=True)),
    (SN, L, "Mwanzoni nilidhani inatosha lakini irefushe sekunde 30", ext(0, 30, ask_ok=True)),
    (SN, L, "awal bulan depan tolong perpanjang lagunya 30 detik", ext(0, 30, ask_ok=True)),
    (SN, L, "perpanjang lagu pembukaan acara 30 detik", ext(0, 30, ask_ok=True)),
    (SN, L, "ช่วยยืดเพลงอีก 30 วินาทีภายในช่วงต้นเดือนหน้า", ext(0, 30, ask_ok=True)),
    (SN, L, "videonun girişi için şarkıyı 20 saniye uzat", ext(0, 20, ask_ok=True)),
    (SN, L, "kéo dài bài hát thêm 30 giây cho phần mở đầu video", ext(0, 30, ask_ok=True)),
    (SN, L, "शुरुआत से ही अच्छा है बस 20 सेकंड बढ़ा दो", ext(0, 20, ask_ok=True)),
    (SN, L, "کام شروع کرنے سے پہلے گانے کو 20 سیکنڈ بڑھا دو", ext(0, 20, ask_ok=True)),
    (SN, L, "ابتدای هفته بعد آهنگ رو 30 ثانیه طولانی‌تر کن", ext(0, 30, ask_ok=True)),
    (SN, L, "pahabain mo yung kanta ng 30 segundo simula sa dulo", ext(0, 30)),
    (SN, L, "「始まりを告げる鐘」って歌詞を入れて20秒伸ばして", ext(0, 20, ask_ok=True)),
    (SN, L, "'ये तो बस शुरुआत है' वाली लाइन के साथ गाना 20 सेकंड बढ़ाओ", ext(0, 20, ask_ok=True)),
    # --- (2) the start said to stay in words the keep lists lack, no comma (the end is sure)
    (SK, L, "前奏保持不变把歌延长20秒", ext(0, 20)),
    (SK, L, "開頭唔好郁幫我拉長30秒", ext(0, 30)),
    (SK, L, "தொடக்கத்தை மாற்றாமல் பாடலை 20 வினாடி நீட்டவும்", ext(0, 20)),
    (SK, L, "শুরুটা ঠিক আছে গানটা 20 সেকেন্ড বাড়াও", ext(0, 20)),
    (SK, L, "pradžią palik ramybėje pratęsk dainą 20 sekundžių", ext(0, 20)),
    (SK, L, "ابتدای آهنگ خوبه فقط 20 ثانیه طولانی‌ترش کن", ext(0, 20)),
    (SK, L, "البداية خليها زي ما هي وطول الأغنية 20 ثانية", ext(0, 20)),
    (SK, L, "την αρχή άφησέ την όπως είναι μάκρυνε το τραγούδι 20 δευτερόλεπτα", ext(0, 20)),
    (SK, L, "ההתחלה טובה כמו שהיא תאריך את השיר ב-20 שניות", ext(0, 20)),
    (SK, L, "mwanzo usiuguse ongeza wimbo sekunde 20", ext(0, 20)),
    (SK, L, "phần đầu giữ như cũ kéo dài bài hát thêm 20 giây", ext(0, 20)),
    (SK, L, "ช่วงต้นไม่ต้องแก้ ยืดเพลงอีก 20 วินาที", ext(0, 20)),
    (SK, L, "bagian awal jangan diubah perpanjang lagunya 20 detik", ext(0, 20)),
    (SK, L, "huwag galawin ang simula pahabain mo ng 20 segundo", ext(0, 20)),
    # --- (3) a side noun in a clause with a regenerate verb
    (SR, L, "冒頭を作り直して20秒伸ばして", ASK),
    (SR, L, "重做开头再延长20秒", ASK),
    (SR, L, "앞부분 다시 만들고 20초 늘려줘", ASK),
    (SR, L, "शुरुआत दोबारा बनाओ और 20 सेकंड बढ़ाओ", ASK),
    (SR, L, "girişi yeniden yap ve 20 saniye uzat", ASK),
    (SR, L, "アウトロを作り直してドラムを足して", {"tool_not": OUT, "ask_ok": True}),
    (SR, L, "अंत को फिर से बनाओ और ड्रम जोड़ो", {"tool_not": OUT, "ask_ok": True}),
    # --- (4) compound requests
    (TW, 30.0, "冒頭を10秒、最後を20秒伸ばして", ext(10, 20)),
    (TW, L, "앞부분 10초, 뒷부분 20초 늘려줘", ext(10, 20)),
    (TW, L, "başlangıcı 10 saniye, sonunu 20 saniye uzat", ext(10, 20)),
    (TW, L, "sonunu 15 saniye uzat, başını da 5 saniye", ext(5, 15)),
    (TW, L, "طول البداية 10 ثواني والنهاية 20 ثانية", ext(10, 20)),
    (TW, L, "hosszabbítsd meg az elejét 10 másodperccel, a végét 20 másodperccel", ext(10, 20)),
    (TW, 95.0, "0:30から0:45を作り直して、最後を20秒伸ばして", ASK),
    (TW, 95.0, "重做0:30到0:45那段，然后结尾延长20秒", ASK),
    (TW, 240.0, "最後を20秒伸ばしてmp3で書き出して", ext(0, 20)),
    (TW, 240.0, "طول النهاية 20 ثانية وصدرها mp3", ext(0, 20)),
    # --- (5) an intro before 'the song' with no track, and a new piece's intro or end
    (IA, None, "曲の前に10秒のイントロを付けて", ASK),
    (IA, None, "给这首歌前面加一段10秒的前奏", ASK),
    (IA, None, "노래 앞에 10초짜리 인트로 붙여줘", ASK),
    (IA, None, "गाने से पहले 10 सेकंड का इंट्रो जोड़ दो", ASK),
    (IA, None, "أضف مقدمة 10 ثواني قبل الأغنية", ASK),
    (IA, None, "make a 10 second intro that plays before the music video on my channel", nws(10)),
    (IA, None, "сделай песню про осень на 2 минуты, вступление перед песней не нужно", nws(120)),
    (IA, None, "一首2分钟的流行歌，前奏要有钢琴，结尾要有弦乐", nws(120)),
    (IA, None, "एक 2 मिनट का गाना बनाओ जिसका अंत धीमा हो", nws(120)),
    (IA, 95.0, "この曲の前に10秒のイントロを付けて", ext(10, 0)),
    # --- (6) one of the ends
    (ON, L, "两端中的一端延长10秒", ASK),
    (ON, L, "どちらか片方の端を10秒伸ばして", ASK),
    (ON, L, "uçlardan birini 10 saniye uzat", ASK),
    (ON, L, "extend one of the ends by 10 s. The beginning, I mean.", ext(10, 0)),
    (ON, L, "alarga uno de los dos extremos 10 segundos, cualquiera", {"tool": OUT}),
    # --- (7) 'without singing'
    (WS, None, "मेरे शहर पर एक रैप, बिना गाने, सिर्फ़ बोल, 1 मिनट", nw(60, inst=False)),
    (WS, None, "راب عن مدينتي، بدون غناء، كلام بس، دقيقة", nw(60, inst=False)),
    (WS, None, "lagu tentang kakekku: dia bekerja, dia menari, tanpa nyanyi, 1 menit", nw(60, inst=False)),
    (WS, None, "dedem hakkında bir şarkı: çalışır, dans eder, şarkı söylemeden, 1 dakika", nw(60, inst=False)),
    (WS, None, "שיר על סבא שלי: הוא עובד, הוא רוקד, בלי לשיר, דקה", nw(60, inst=False)),
    (WS, None, "puisi yang dibacakan, tanpa nyanyi, 1 menit", {"tool": NEW, "inst": False, "ask_ok": True}),
    (WS, None, "a chill beat, without singing, so I can rap over it, 1 min", nws(60, inst=True)),
    (WS, None, "a calm piano piece, without singing, 16 bars intro, 1 min", nws(60, inst=True)),
    (WS, None, "a nursery rhyme melody on music box, without singing, 1 min", nws(60, inst=True)),
    (WS, None, "una base de reggaetón, sin cantar, para rapear encima, 1 minuto", nws(60, inst=True)),
    # --- (8) milliseconds
    (MS, L, "残響を500msに短くして", ASK),
    (MS, L, "잔향을 300ms로 줄여줘", ASK),
    (MS, L, "最初の300msをカットして、ノイズがある", trim(start=0.3)),
    (MS, L, "앞부분 200ms 잘라줘, 클릭 소리가 나", trim(start=0.2)),
    (MS, L, "把开头200毫秒剪掉，有爆音", trim(start=0.2)),
    (MS, None, "1분짜리 트랩 비트, 킥 디케이 200ms, 마지막 마디에서 하이햇 잘라줘", nws(60)),
    (MS, None, "做一首2分钟的氛围音乐，回声300ms，结尾淡出", nws(120)),
    # --- (9) 'fix' with a format
    (FX, L, "صلح الصيغة وخليها mp3", fmt_is("mp3")),
    (FX, L, "dosya biçimini düzelt, mp3 yap", fmt_is("mp3")),
    (FX, L, "תקן את הפורמט ל-mp3", fmt_is("mp3")),
    (FX, L, "修一下，格式不对，要mp3", fmt_is("mp3")),
    (FX, L, "サビを直してwavで書き出して", {"tool_not": FREE, "ask_ok": True}),
    # --- (10) controls
    (CT, L, "冒頭を15秒伸ばして", ext(15, 0)),
    (CT, L, "शुरुआत को 10 सेकंड बढ़ाओ", ext(10, 0)),
    (CT, L, "フォーマットを直してmp3にして", fmt_is("mp3")),
]


if __name__ == "__main__":
    main(PROBES, __file__)
