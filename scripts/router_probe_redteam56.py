"""Red-team probe (redteam56) of the router changes in e006f68 (839390d..e006f68): a table's Latin word whole beside
a letter of a script written without spaces (__init__.py _table_word with `glued`; side words, edit and extend cues,
section, cheap and polished words); a 'not' said of the word that makes a piece instrumental turned into a question
(account.py _NOT_BEFORE / _NOT_AFTER / not_instrumental_said); cues.py _NEGATION_GLUED no longer taking '告别',
'离别', '虚无', '편안' (a look-behind of letters before '别'/'无'/'안'); a capital X after a length as a multiplier and
full-width 'x３'; a hundred without its 'one' in the generator (da, no, sv, is, de, en, bn, hi, ne, ro, te, vi);
Hebrew and Arabic counts joined to a prefix; new no-vocals words (en, nl, is, ja, zh, yue, ar); read.py _a_minute
('ثلاث دقيقة', 'שלוש דקה'); zh '切掉', '砍掉' trim and '开始的', '一开始', '最开始' the start side; tr 'tekrar yap',
'baştan yap'. Hunting SILENT WRONG plans and needless questions on them.

FIGURES. First run on e006f68 (labels committed before it, b32d80d): 106 probes; OK 64, ASKED 27, SILENT WRONG 15
(14 new vs /tmp/rt56old/src = the router at 839390d, before e006f68; 1 pre-existing), ERROR 0. The same probes on
the old router: OK 87, ASKED 5, SILENT WRONG 14, ERROR 0. Against it e006f68 turns 12 silent -> OK, 14 OK -> silent,
24 OK -> asked, 1 silent -> asked and 3 asked -> OK; 1 silent and 2 asked on both.

New silent (vs the old router), by cause:
- the new no-vocals words read inside other phrases (9), all '[inst]' with 'no vocals' in the tags: Japanese
  'この動画、歌がないと寂しいので、明るいポップソングを1分で' (without a song it feels lonely: a pop song), '歌のない人生なんて
  考えられない、そんな気持ちのポップソング、1分' (a life without songs is unthinkable); English 'an emotional ballad, strong
  vocals, without voice cracks, 1 min' ('without voice' taken from 'without voice cracks', over 'strong vocals');
  Dutch 'een feestlied, want geen feest zonder gezang! 1 minuut' (no party without singing), 'een hiphop track, geen
  gezang maar rap, 1 minuut' (no singing but rap: a rapped voice); Icelandic 'rapplag, ekki söngur heldur rapp, 1
  mínúta' (not singing but rap); Chinese '写一首从来没人唱过的原创情歌，1分钟' (a love song nobody has sung before:
  '没人唱' inside '没人唱过'), Cantonese '寫一首冇人唱過嘅新歌，1分鐘' ('冇人唱' inside '冇人唱過'); Arabic 'أغنية عن فرقة
  بدون مغني تبحث عن صوت، غناء نسائي، دقيقة' (a song about a band without a singer looking for a voice, female singing:
  'غناء نسائي' did not outweigh it). Want sung. (The words are matched as bare substrings with nothing after them
  looked at: a past-tense '过/過', a 'と' (if), 'maar/heldur' (but ...), 'cracks' after; 'ekki' and 'geen' are 'not'.)
- read.py _a_minute keeping a number word before the singular minute for the number reader (2): Hebrew 'שיר ערש
  לילדה בת שלוש דקה אחת' (a lullaby for a three-year-old girl ('בת שלוש'), one minute) plans duration 181 (three
  minutes and the 'אחת' (one) read as a second), Arabic 'أغنية لابني عمره أربع دقيقة وحدة' (for my son, aged four, one
  minute) plans 240. The word before the noun is the age; the 'one' after it ('אחת', 'وحدة') says one minute. Want 60.
- cues.py _NEGATION_GLUED's new look-behind on '别' (1): '下一个别instrumental了，1分钟的情歌' (the next one, don't make it
  instrumental: a love song) is '[inst]'; '个' before '别' is taken for '个别' (individual), so the negation is dropped.
  Want sung (or a question). ('这次别instrumental了' with '次' is still right.)
- '开始的' as the start side (1): '延长20秒，接在最后，别动开始的部分' (extend 20 s, joined at the end, don't touch the start)
  plans extend_before 20; the start is named to be left alone and '接在最后' (at the end) is not read over it ('延长20
  秒，接在最后' alone extends after). Want extend_after 20.
- a Latin CHEAP word glued to CJK (1): '写一首rough一点的中文摇滚，1分钟' (a rougher Chinese rock song) plans text_to_audio
  (ACE Step base, 'rough' → cheapest) instead of 1.5 for Chinese vocals ('写一首重一点的中文摇滚' gets 1.5): a style word
  read as a budget. Want text_to_audio_v15.

Pre-existing silent (1): 'أغنية عن ولد وثلاث نسخ من كتابه المفضل، دقيقة' (a song about a boy and three copies of his
favourite book) plans takes=3 (the 'و' prefix stripped from the count before 'نسخ'; copies inside the piece). Want one
take.

Asked where the plan was plain (27; 24 new, OK before, 1 was silent):
- _NOT_BEFORE / _NOT_AFTER on a 'not' that keeps it instrumental (15 new): Portuguese 'no' (in the) 'quero um beat de
  trap com 808 pesado no instrumental, 1 minuto', 'capricha no instrumental, piano e violão, sem voz, 1 minuto' (with
  'sem voz' too); 'hindi' the language: 'Bollywood-style Hindi instrumental, sitar and tabla, 1 min'; 'not just/only':
  'not just instrumental but cinematic and epic, orchestra, 1 min', 'not only instrumental, also a bit jazzy, piano, 1
  min'; a 'no' said of something before it: 'no lyrics please, no just instrumental, piano, 1 min', 'vocals नहीं
  instrumental चाहिए, 1 मिनट', 'gaana nahi instrumental chahiye, 1 minute'; Portuguese 'ei' (hey): 'ei instrumental de
  piano pra relaxar, 1 minuto'; after-negations that insist: Bengali 'instrumental না হলে চলবে না' (won't do unless
  instrumental), Tamil 'instrumental இல்லை என்றால் வேண்டாம்', Turkish 'instrumental olmasın da ne olsun' (what else but
  instrumental), 'sadece instrumental değil, aynı zamanda sinematik olsun' (not only), Japanese 'インストでないと困ります'
  (it must be instrumental), 'インストが嫌いじゃないので、ピアノのインストを1分で' ('嫌' of '嫌いじゃない', I don't dislike).
- a Latin side word glued to CJK/kana/Hangul/Thai said of a likeness, with the side said otherwise (6 new): '结尾加10
  秒，风格跟intro一样', '最後に10秒足して、introっぽい雰囲気で', '끝에 10초 추가해줘, intro랑 비슷하게', 'เพิ่ม 10 วินาทีตอนท้าย
  ให้เหมือนintro' (add at the end, like the intro), '开头加10秒，要有ending那种感觉' (at the start, an ending's feel), '这首
  start over的结尾再加15秒' ('start over' a title) ask which side; before, the glued word was not read and the plan was
  right.
- the new no-vocals words beside a voice (2 new): 'a song about a mermaid without voice, sung by a female singer, 1
  min', '我好久没有唱歌了，帮我写一首可以唱的歌，1分钟' (I haven't sung for long: a song I can sing) ask sung or not.
- 'tekrar yap*' with no track (1 new): 'her gün tekrar yapacağım egzersizler için motivasyon şarkısı, 2 dakika' (a
  motivation song for the exercises I repeat every day) asks which track.
- 'a pop song about summer with no instrumental break, 1 min' asks (silent '[inst]' before: better, but plainly sung).
- asked on both (2): 'instrumental 말고는 안 돼요, 피아노로 1분' (only instrumental will do), 'en låt som är hundra procent
  svensk, två minuter lång' (asks the vocal language of 'svensk'; the length 120 s is read right).

Right now and wrong before (12 silent -> OK, 3 asked -> OK): 'without voice, just piano, 1 min', '歌のないピアノ曲、1分',
'没人唱的钢琴曲，1分钟', '特别instrumental的感觉，钢琴，1分钟' are [inst]; 'hindi instrumental na kanta, may boses, 1 minuto' is asked (a
question was allowed); 'en sang på to hundrede og tyve sekunder' and 'দুই শত বিশ সেকেন্ডের একটা গান' are 220 s (20
before); 'שיר פופ שלוש דקה', 'أغنية ثلاث دقيقة عن البحر' 180 s; 'שיר על אהבה בשתי גרסאות, דקה' 2 takes; 'Lofi Beat 1 Min
X2', 'ジングル30秒 Ｘ２' ask about 2 takes; '把最开始的5秒切掉', '把一开始的10秒砍掉' trim; 'en låt på hundratjugo sekunder' 120 s. Right on
both: the bare hundreds inside a larger number ('two hundred and twenty seconds', 'to hundre og tjue', 'hai trăm hai
mươi giây', 'दो सौ बीस', 'दुई सय बिस', 'రెండు వందల ఇరవై' are 220), 'sută la sută', 'trăm năm', 'শত বছরের', 'hundrede og
tyve BPM' not lengths; every glued Latin word in a request for a new piece ('给我的YouTube频道做个intro，10秒', 'edit用のBGM',
'edit용 음악', '关于change的歌', 'grow up', 'continue画面', 'stretch时', 'opening曲', '片尾end credits', 'Start라는 제목', 'ชื่อstart
again', 'demo版'); glued section words in follow-ups ('那里的drop不好', '前奏的solo重做', 'cut版', 'end部分', 'tail音',
'最初の10秒をやり直して、endっぽい感じで'); '从1:00开始的10秒重新生成', '副歌开始的时候…第45到55秒', '我一开始想要更长的，延长30秒' (asks the side: allowed),
'把最后十秒的人声切掉' and '把鼓切掉' (asked, no trim); Turkish 'son 10 saniyeyi tekrar yap', 'ilk 10 saniyeyi baştan yap', 'nakaratı
tekrar yapan bir pop şarkı'; 'nie za długi, instrumental', 'instrumental lang, hindi kailangan ng boses', 'una canción
no instrumental', 'pesma ne instrumental nego sa vokalom', 'jingle for a TV ad without voiceover, the slogan is sung',
'这次别instrumental了'.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. For text_to_audio, the vocal language is checked in the tags.

Run: sh scripts/uv run python scripts/router_probe_redteam56.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung)

L = 180.0

GN = "a Latin table word glued to CJK/kana/Hangul/Thai in a request for a new piece (no track): no edit, no side"
GF = "a Latin side/section word glued to CJK/kana/Hangul/Thai in a follow-up whose side is said otherwise"
ZS = "zh '开始的', '一开始', '最开始' (start side) and '切掉', '砍掉' (trim) in their other senses"
TR = "tr 'tekrar yap', 'baştan yap' (regenerate) in their own and other senses"
NB = "a 'not' before or after 'instrumental' where the piece is still instrumental: no question due"
NS = "a 'not' of 'instrumental' that means sung (a question or sung; never silently [inst])"
NV = "the new no-vocals words inside other phrases (the piece is sung), and plainly (instrumental)"
HU = "a hundred without its 'one' inside a larger number (two hundred and twenty), and as another word (percent)"
HA = "Hebrew/Arabic: a number word before the singular minute that belongs to something else; counts with a prefix"
NG = "cues.py _NEGATION_GLUED: a real negation '别' after a letter of the look-behind; the words now excluded"
MX = "a capital X after a length, full-width 'Ｘ２'"

ZH = {"tags_text": ["chinese"]}
JA = {"tags_text": ["japanese"]}
KO = {"tags_text": ["korean"]}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) Latin words glued, new pieces (no track open)
    (GN, None, "给我的YouTube频道做个intro，10秒", nws(10)),
    (GN, None, "YouTubeのintro用BGMを10秒で", nws(10)),
    (GN, None, "유튜브 intro용 음악 10초", nws(10)),
    (GN, None, "给我的视频做个outro，15秒", nws(15)),
    (GN, None, "抖音edit用的音乐，30秒，要燃", nws(30)),
    (GN, None, "edit用のBGM、30秒", nws(30)),
    (GN, None, "edit용 음악 30초 만들어줘", nws(30)),
    (GN, None, "一首关于change的歌，1分钟", nws(60, inst=False)),
    (GN, None, "写一首关于grow up的歌，1分钟", nws(60, inst=False)),
    (GN, None, "ゲームのcontinue画面のBGMを30秒で", nws(30)),
    (GN, None, "做stretch时听的轻音乐，2分钟", nws(120)),
    (GN, None, "アニメのopening曲みたいな曲、1分半", nws(90)),
    (GN, None, "做一首适合片尾end credits的背景音乐，2分钟", nws(120)),
    (GN, None, "Start라는 제목의 노래 만들어줘, 1분", nws(60, inst=False)),
    (GN, None, "แต่งเพลงชื่อstart again ยาว 1 นาที", nws(60, inst=False)),
    (GN, None, "写一首rough一点的中文摇滚，1分钟", nws(60, inst=False, tool="text_to_audio_v15", **ZH)),
    (GN, None, "做一首demo版的中文情歌，1分钟", nws(60, inst=False, **ZH)),
    # --- (2) Latin side words glued, follow-ups whose side is said otherwise
    (GF, L, "结尾加10秒，风格跟intro一样", ext(0, 10)),
    (GF, L, "最後に10秒足して、introっぽい雰囲気で", ext(0, 10)),
    (GF, L, "끝에 10초 추가해줘, intro랑 비슷하게", ext(0, 10)),
    (GF, L, "เพิ่ม 10 วินาทีตอนท้าย ให้เหมือนintro", ext(0, 10)),
    (GF, L, "最后10秒重做一下，要像start那样安静", inp(170, 180)),
    (GF, L, "开头加10秒，要有ending那种感觉", ext(10, 0)),
    (GF, L, "把第30到40秒重新生成，那里的drop不好", inp(30, 40)),
    (GF, L, "前奏的solo重做，前15秒", inp(0, 15)),
    (GF, L, "把这首歌的tail音拉长10秒", ext(0, 10, ask_ok=True)),
    (GF, L, "这个cut版再加10秒结尾", ext(0, 10)),
    (GF, L, "这首歌的end部分重做，最后15秒", inp(165, 180)),
    (GF, L, "这首start over的结尾再加15秒", ext(0, 15)),
    (GF, L, "最初の10秒をやり直して、endっぽい感じで", inp(0, 10)),
    # --- (3) zh start side and trims
    (ZS, L, "把最开始的5秒切掉", trim(start=5)),
    (ZS, L, "把一开始的10秒砍掉", trim(start=10)),
    (ZS, L, "把最后十秒的人声切掉", {"tool_not": FREE, "ask_ok": True}),
    (ZS, L, "把鼓切掉", {"tool_not": FREE, "ask_ok": True}),
    (ZS, L, "从1:00开始的10秒重新生成", inp(60, 70)),
    (ZS, L, "副歌开始的时候加点鼓，重做第45到55秒", inp(45, 55)),
    (ZS, L, "我一开始想要更长的，延长30秒", ext(0, 30, ask_ok=True)),
    (ZS, L, "开始的时候太安静了，前10秒重做", inp(0, 10)),
    (ZS, L, "延长20秒，接在最后，别动开始的部分", ext(0, 20)),
    # --- (4) Turkish regenerate words
    (TR, L, "son 10 saniyeyi tekrar yap", inp(170, 180)),
    (TR, None, "nakaratı tekrar yapan bir pop şarkı, 1 dakika", nws(60, inst=False)),
    (TR, None, "her gün tekrar yapacağım egzersizler için motivasyon şarkısı, 2 dakika", nws(120, inst=False)),
    (TR, L, "ilk 10 saniyeyi baştan yap", inp(0, 10)),
    # --- (5) a 'not' near 'instrumental' that still means instrumental
    (NB, None, "quero um beat de trap com 808 pesado no instrumental, 1 minuto", nws(60, inst=True)),
    (NB, None, "capricha no instrumental, piano e violão, sem voz, 1 minuto", nws(60, inst=True)),
    (NB, None, "Bollywood-style Hindi instrumental, sitar and tabla, 1 min", nws(60, inst=True)),
    (NB, None, "not just instrumental but cinematic and epic, orchestra, 1 min", nws(60, inst=True)),
    (NB, None, "not only instrumental, also a bit jazzy, piano, 1 min", nws(60, inst=True)),
    (NB, None, "no lyrics please, no just instrumental, piano, 1 min", nws(60, inst=True)),
    (NB, None, "vocals नहीं instrumental चाहिए, 1 मिनट", nws(60, inst=True)),
    (NB, None, "gaana nahi instrumental chahiye, 1 minute", nws(60, inst=True)),
    (NB, None, "گانا نہیں instrumental چاہیے، ایک منٹ", nws(60, inst=True)),
    (NB, None, "instrumental না হলে চলবে না, পিয়ানো, ১ মিনিট", nws(60, inst=True)),
    (NB, None, "instrumental olmasın da ne olsun, piyano, 1 dakika", nws(60, inst=True)),
    (NB, None, "sadece instrumental değil, aynı zamanda sinematik olsun, 1 dakika", nws(60, inst=True)),
    (NB, None, "インストでないと困ります、ピアノで1分", nws(60, inst=True)),
    (NB, None, "インストが嫌いじゃないので、ピアノのインストを1分で", nws(60, inst=True)),
    (NB, None, "instrumental 말고는 안 돼요, 피아노로 1분", nws(60, inst=True)),
    (NB, None, "instrumental இல்லை என்றால் வேண்டாம், 1 நிமிடம்", nws(60, inst=True)),
    (NB, None, "nie za długi, instrumental, 1 minuta", nws(60, inst=True)),
    (NB, None, "ei instrumental de piano pra relaxar, 1 minuto", nws(60, inst=True)),
    (NB, None, "instrumental lang, hindi kailangan ng boses, 1 minuto", nws(60, inst=True)),
    # --- (6) a 'not' of 'instrumental' that means sung
    (NS, None, "a pop song about summer with no instrumental break, 1 min", nws(60, inst=False)),
    (NS, None, "hindi instrumental na kanta, may boses, 1 minuto", nw(60, inst=False)),
    (NS, None, "una canción no instrumental, con voz, 1 minuto", nw(60, inst=False)),
    (NS, None, "pesma ne instrumental nego sa vokalom, 1 minut", nw(60, inst=False)),
    # --- (7) the new no-vocals words in other phrases, and plainly
    (NV, None, "この動画、歌がないと寂しいので、明るいポップソングを1分で", nws(60, inst=False)),
    (NV, None, "歌のない人生なんて考えられない、そんな気持ちのポップソング、1分", nws(60, inst=False)),
    (NV, None, "an emotional ballad, strong vocals, without voice cracks, 1 min", nws(60, inst=False)),
    (NV, None, "a song about a mermaid without voice, sung by a female singer, 1 min", nws(60, inst=False)),
    (NV, None, "een feestlied, want geen feest zonder gezang! 1 minuut", nws(60, inst=False)),
    (NV, None, "een hiphop track, geen gezang maar rap, 1 minuut", nws(60, inst=False)),
    (NV, None, "rapplag, ekki söngur heldur rapp, 1 mínúta", nws(60, inst=False)),
    (NV, None, "我好久没有唱歌了，帮我写一首可以唱的歌，1分钟", nws(60, inst=False)),
    (NV, None, "写一首从来没人唱过的原创情歌，1分钟", nws(60, inst=False)),
    (NV, None, "寫一首冇人唱過嘅新歌，1分鐘", nws(60, inst=False)),
    (NV, None, "أغنية عن فرقة بدون مغني تبحث عن صوت، غناء نسائي، دقيقة", nws(60, inst=False)),
    (NV, None, "jingle for a TV ad without voiceover, the slogan is sung, 30 sec", nws(30, inst=False)),
    (NV, None, "without voice, just piano, 1 min", nws(60, inst=True)),
    (NV, None, "歌のないピアノ曲、1分", nws(60, inst=True)),
    (NV, None, "没人唱的钢琴曲，1分钟", nws(60, inst=True)),
    # --- (8) bare hundreds inside larger numbers and in other words
    (HU, None, "a song of two hundred and twenty seconds", nw(220)),
    (HU, None, "en sang på to hundrede og tyve sekunder", nw(220)),
    (HU, None, "en sang på to hundre og tjue sekunder", nw(220)),
    (HU, None, "một bài hát dài hai trăm hai mươi giây", nw(220)),
    (HU, None, "दो सौ बीस सेकंड का गाना", nw(220)),
    (HU, None, "দুই শত বিশ সেকেন্ডের একটা গান", nw(220)),
    (HU, None, "दुई सय बिस सेकेन्डको गीत", nw(220)),
    (HU, None, "రెండు వందల ఇరవై సెకన్ల పాట", nw(220)),
    (HU, None, "un cântec sută la sută românesc, de două minute", nws(120)),
    (HU, None, "en låt som är hundra procent svensk, två minuter lång", nws(120)),
    (HU, None, "bài hát về tình yêu trăm năm, dài 1 phút", nws(60)),
    (HU, None, "শত বছরের পুরনো প্রেমের গান, ২ মিনিট", nws(120)),
    (HU, None, "3 minutter lang sang, hundrede og tyve BPM", nws(180)),
    (HU, None, "en låt på hundratjugo sekunder", nws(120)),
    # --- (9) Hebrew / Arabic minute and counts
    (HA, None, "שיר ערש לילדה בת שלוש דקה אחת", nws(60)),
    (HA, None, "أغنية لابني عمره أربع دقيقة وحدة", nws(60)),
    (HA, None, "שיר פופ שלוש דקה", nws(180)),
    (HA, None, "أغنية ثلاث دقيقة عن البحر", nws(180)),
    (HA, None, "שיר על אהבה בשתי גרסאות, דקה", new(duration=60, takes=2, ask_ok=True)),
    (HA, None, "أغنية عن ولد وثلاث نسخ من كتابه المفضل، دقيقة", nws(60, takes=None)),
    # --- (10) glued negations
    (NG, None, "下一个别instrumental了，1分钟的情歌", nw(60, inst=False)),
    (NG, None, "这次别instrumental了，要有人唱，1分钟", nw(60, inst=False)),
    (NG, None, "特别instrumental的感觉，钢琴，1分钟", nws(60, inst=True)),
    # --- (11) capital X and full width
    (MX, None, "Lofi Beat 1 Min X2", new(duration=60, takes=2, ask_ok=True)),
    (MX, None, "ジングル30秒 Ｘ２", new(duration=30, takes=2, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
