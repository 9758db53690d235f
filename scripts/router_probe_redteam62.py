"""Red-team probe (redteam62) of the router changes of 6f8b727, chiefly account._spelled_run (a run of number words,
or one number word from eleven up, whose value an edit's, an extension's or a processing plan does not use and that
no unit or 'no' follows, is asked about), account._LYRICS_SAID (lyrics said without a colon are asked for),
account._WITH_AND_WITHOUT (versions with a thing and without it), __init__._FOR_A_USE ('for once'), _ABOUT_BEFORE
narrowed to a list after a colon, cues._AND_WORDS / _ALSO_WORDS in _object_of, the new keep words of
_DONT_TOUCH_WORDS and _SIDE_FINE, the Arabic-script comma as a clause end, lang._RANGES' unit before the next word
and Korean '이 초'. Probes spread over the 50 languages: number words that are no setting (ages, dates, decades, band
names, ranks, idioms, words of another language: Portuguese 'doce', Turkish 'kırk yılda bir'), numbers in forms the
tables lack (one-word compounds, inflected forms), lyrics described rather than given ('la letra es muy emotiva',
'текст такой весёлый', 'كلمات بسيطة'), lyrics given in shapes the pattern lacks ('texten är', 'liriknya', 'बोल हैं',
'with the lyrics'), 'with X and without X' in languages and inflections the pattern lacks, a time's 'for' the list
lacks ('para variar', 'pour changer', 'dla odmiany', 'voor een keer'), 'also' and 'and' words in the gap, a keep word
said of something else within the 30 characters before a side noun. Hunting SILENT WRONG plans first, then errors
and needless questions.

FIGURES. First run on 6f8b727 (labels committed before it, 399b69b): 100 probes; OK 37, ASKED 38, SILENT WRONG 25
(0 new vs /tmp/aab0faef/src = the router at ab0faef, before the target; 25 pre-existing), ERROR 0. The same probes
on the old router: OK 62, ASKED 11, SILENT WRONG 27, ERROR 0. Against it 6f8b727 turns 2 silent -> OK ('a rap track
without singing for once, just bars': rapped, no longer '[inst]'; '끝에 페이드아웃 이 초 넣어줘': fade 2 s, no longer the
3 s default), 1 asked -> OK ('البداية حلوة، مدد النهاية 20 ثانية': the Arabic comma ends the clause) and 28 OK -> asked;
34 OK, 10 asked and 25 silent on both. No new silent wrong plan.

New needless questions (28), by cause:
- account._spelled_run (18): a number word that is an age, a date, a decade or an idiom, in a fade, trim or window
  plan, is asked about ("'X' is a number, but the plan does not use it"): dates 'vint-i-tres d'abril', 'είκοσι πέντε
  Μαρτίου', 'tujuh belas Agustus'; ages 'səksən yaşı', 'পঞ্চাশ বছরের', 'kończy dziewięćdziesiąt
  lat', 'koji puni devedeset', 'навършва осемдесет', 'fylder halvfems', 'împlinește optzeci de ani', 'יום הולדת
  שמונים', 'هشتاد سالگی', 'எண்பது வயது', 'miaka themanini', 'verður áttatíu'; decades 'thập niên tám mươi', 'अस्सी
  के दशक'; the Turkish idiom 'kırk yılda bir' (once in a blue moon). Only a unit or 'no' after the run
  (_AFTER_A_RUN) spares it: nothing knows a year or age word after it ('yaşı', 'lat', 'ani', 'ans', 'বছর', 'سالگی',
  'வயது', 'miaka'), a month after it, a decade word beside it ('thập niên', 'के दशक'; 'años ochenta' and 'anni
  ottanta' passed only because the normaliser made them the tag '80s'), or a birthday/age verb ('fylder', 'puni',
  'навършва', 'împlinește', 'verður'). All were plain plans on ab0faef. The same shapes in en, es, fr and ru pass
  only because lang.normalise turns those words to digits ('he turns 80', 'del 20 de junio', 'le 14 juillet', 'маме
  исполняется 50') before _spelled_run, which reads words only, sees the text (and no digit check asked about them).
- account._LYRICS_SAID (9): a description of the lyrics after the mark is taken for the lyrics: 'the lyrics should be
  funny and short', 'la letra es muy emotiva y dulce', 'il testo è molto romantico e dolce' (the lookahead spares only
  a few bare adjectives, not an intensifier before them: 'muy', 'molto', nor 'funny'); 'tekst jest o jej ogrodzie',
  'tekst je o našem prvom susretu', 'tekst je o njegovom životu' (the Latin-script 'o', about, of pl/hr/sr is not in
  the lookahead, only the Cyrillic 'о'); 'текст такой весёлый и лёгкий' ('такой' is 'like this' and also 'so');
  'كلمات بسيطة وإيقاع سريع' (a bare 'كلمات', words, is a mark with no verb at all, so any phrase about simple words
  asks); 'lời là tiếng Việt đơn giản' (the language of the lyrics: only 'about'-type words are spared, not 'tiếng').
- account._WITH_AND_WITHOUT (1): 'give me 3 takes of a lofi beat that opens with piano and ends without piano' (one
  piece whose piano drops out) is read as pieces that differ: the pattern takes 'with X … without X' within 12
  characters anywhere after a count, not only as a list of versions.

Pre-existing silent (25, on both), by cause:
- Lyrics given without a colon in shapes _LYRICS_SAID lacks (11), the words put in the tags, sung without them:
  'texten är …', 'teksten er …' (definite forms; the pattern has 'tekst' only), 'yung lyrics ay …', 'बोल हैं …',
  '가사는 …', 'متن آهنگ اینه که …', 'der Text soll sein …', 'with the lyrics I love you mom …', 'sözler şöyle …' (only
  'sözleri'), '歌词是 …', '歌詞係 …'. ('liriknya …' and 'con la letra …' were asked by older checks.)
- 'And' words cues._AND_WORDS lacks (5), the start extended where the side liked is the subject of another verb:
  Czech and Slovak 'a' ('líbí se mi začátek a prodluž ji', 'páči sa mi začiatok a predĺž ju'), Romanian 'si' without
  its comma ('imi place inceputul si prelungeste'), Lithuanian 'ir', Spanish 'así que' (so): short words kept in the
  gap, so the noun passes _object_of.
- 'Without singing' and a time's 'for' the exclusion lacks (3), '[inst]' for a rap: 'for this one', 'para variar',
  'pour changer' (_FOR_A_USE lists 'for once', 'for a change', 'pour une fois', 'por una vez' only).
- With X and without X, inflected (2): 'z wokalem i bez wokalu', 'se zpěvem a bez zpěvu' -> takes=2 of one '[inst]'
  piece: _WITH_AND_WITHOUT's backreference needs the same word form after both (other rules asked the Italian, Romanian,
  Greek, Russian, Turkish and German shapes).
- 'About' before a colon, then traits (2): 'music about the sea: calm, slow, without singing', 'deniz hakkında bir
  müzik: sakin, yavaş, şarkı söylemeden' -> sung: _ABOUT_BEFORE, now asked only with a colon, still takes any list
  after 'about …:' for the story's.
- One-word compounds the tables lack (2): 'bittinopeus kaksisataaviisikymmentäkuusi', 'a bitráta kétszázötvenhat' ->
  mp3 with no bitrate, no question (the Swedish, Norwegian and Danish compounds were asked by the 'bitrate' word;
  German read as 256).

Asked where the plan was sure, on both (10): the number pass reads 'Twenty One Pilots' as 20 and 'mais doce' (sweeter)
as 12 and asks what they are for; 'mein Opa wird achtzig', the Punjabi fade ('ਫੇਡ' read as a regenerate), Latin
'abscinde', Chinese '八十大寿' ('80' read); 'les paroles sont très poétiques et tendres' (an older lyrics check);
'perpanjang juga awalnya 10 detik' ('juga' in the gap: the start unread, asked); Icelandic 'ekki breyta' and Vietnamese
'đừng sửa' (their 'change'/'fix' verbs read as a regenerate). The new keep words said of the tempo or 'nothing else'
before a side noun ('sin tocar nada más, alarga el principio', 'senza toccare nulla', 'не меняй темп', 'لا تغير
الإيقاع', 'pa manyen ritm lan') all read the start right; the range and Korean probes all OK.

Labels: none changed after the run. Debatable: the 'with piano and ends without piano' probe (one piece; a reader could
ask); the SM probes allow a question of any kind (several were asked for the wrong reason, 'edit_or_extend').

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. A number word that is an age, a date, a decade, a name or an idiom is no
setting: the plan is sure and a question is a miss. A number said in words the tables lack must be read or asked
(ask_ok). Lyrics given at the end of the request may be sung or asked for (ask_ok); lyrics only described are no
lyrics (a question is a miss).

Run: sh scripts/uv run python scripts/router_probe_redteam62.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, trim, free, inp, nw)

L = 180.0

SN = "a number word that is no setting (an age, a date, a decade, a name, a rank, an idiom): want the plan"
SM = "a number said in words the tables lack (one-word compounds, inflected forms): want it read, or asked"
LN = "lyrics described, not given, without a colon (_LYRICS_SAID): want the plan, no question"
LM = "lyrics given without a colon in shapes _LYRICS_SAID lacks: sung, or asked"
WW = "versions with X and without X in shapes _WITH_AND_WITHOUT lacks: ASK (one piece with and without: the plan)"
FU = "'without singing' and a time's 'for' (_FOR_A_USE) in a rap request: rapped, not instrumental"
AB = "'about …:' then a list of traits with 'without singing' (_ABOUT_BEFORE): instrumental"
AN = "'and' / 'also' words in the gap (cues._AND_WORDS, _ALSO_WORDS): the noun's own clause, or also extended"
KP = "a new keep word said of something else within 30 characters before the side noun: that side extended"
AC = "the Arabic-script comma ends a clause: the other side extended"
KO = "Korean '이 초' (two seconds) and '이' (this)"
RG = "a range's unit and the next word (lang._RANGES): the window read"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) number words that are no setting, in edits and processing plans
    (SN, L, "fade out the last 5 seconds, it's for my grandpa, he turns eighty tomorrow", fade(5)),
    (SN, L, "regenerate 1:00-1:30 so it sounds more like Twenty One Pilots", inp(60, 90)),
    (SN, L, "exporta en mp3 a 320 kbps, es para la boda del veinte de junio", fmt_is("mp3", bitrate_kbps=320)),
    (SN, L, "rehaz de 1:00 a 1:30 con el estilo de los años ochenta", inp(60, 90)),
    (SN, L, "mets un fondu de 5 secondes à la fin, c'est pour le quatorze juillet", fade(5)),
    (SN, L, "rifai da 1:00 a 1:30 in stile anni ottanta", inp(60, 90)),
    (SN, L, "regenera de 1:00 a 1:30 com uma melodia mais doce", inp(60, 90)),
    (SN, L, "posa un fos de sortida de 5 segons, és per a la festa del vint-i-tres d'abril", fade(5)),
    (SN, L, "blende die letzten 5 Sekunden aus, mein Opa wird achtzig", fade(5)),
    (SN, L, "κάνε fade out στα τελευταία 5 δευτερόλεπτα, είναι για τη γιορτή της είκοσι πέντε Μαρτίου", fade(5)),
    (SN, L, "kasih fade out 5 detik di akhir, buat acara tujuh belas Agustus", fade(5)),
    (SN, L, "baştaki 3 saniyeyi kes, kırk yılda bir böyle güzel bir şarkı yaptım", trim(start=3)),
    (SN, L, "sonuna 5 saniyəlik fade out əlavə et, nənəmin səksən yaşı üçündür", fade(5)),
    (SN, L, "làm lại đoạn từ 1:00 đến 1:30 theo phong cách thập niên tám mươi", inp(60, 90)),
    (SN, L, "1:00 से 1:30 तक का हिस्सा अस्सी के दशक के स्टाइल में दोबारा बनाओ", inp(60, 90)),
    (SN, L, "শেষের 5 সেকেন্ডে ফেড আউট দাও, এটা মায়ের পঞ্চাশ বছরের জন্মদিনের জন্য", fade(5)),
    (SN, L, "сделай затухание последних 5 секунд, это на юбилей, маме исполняется пятьдесят", fade(5)),
    (SN, L, "wytnij pierwsze 3 sekundy, to na urodziny babci, kończy dziewięćdziesiąt lat", trim(start=3)),
    (SN, L, "izreži prve 3 sekunde, pjesma je za djeda koji puni devedeset", trim(start=3)),
    (SN, L, "изрежи първите 3 секунди, песента е за баба, навършва осемдесет", trim(start=3)),
    (SN, L, "fade de sidste 5 sekunder ud, det er til mormor der fylder halvfems", fade(5)),
    (SN, L, "taie primele 3 secunde, e pentru bunica, împlinește optzeci de ani", trim(start=3)),
    (SN, L, "תחתוך את 3 השניות הראשונות, זה ליום הולדת שמונים של סבא", trim(start=3)),
    (SN, L, "۳ ثانیه اول رو ببر، آهنگ برای تولد هشتاد سالگی پدربزرگمه", trim(start=3)),
    (SN, L, "கடைசி 5 வினாடி fade out பண்ணு, தாத்தாவுக்கு எண்பது வயது", fade(5)),
    (SN, L, "kata sekunde 3 za mwanzo, wimbo huu ni wa bibi anayetimiza miaka themanini", trim(start=3)),
    (SN, L, "klipptu fyrstu 3 sekúndurnar, lagið er fyrir afa sem verður áttatíu", trim(start=3)),
    (SN, L, "ਆਖਰੀ 5 ਸਕਿੰਟ ਫੇਡ ਆਊਟ ਕਰੋ, ਦਾਦਾ ਜੀ ਅੱਸੀ ਸਾਲ ਦੇ ਹੋ ਗਏ", fade(5)),
    (SN, L, "abscinde 3 secundas primas, carmen est avo octoginta annos nato", trim(start=3)),
    (SN, L, "最后5秒淡出，这是给爷爷八十大寿的", fade(5)),
    # --- (2) numbers in forms the tables lack
    (SM, L, "konvertera till mp3 med bitrate tvåhundrafemtiosex", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "exportiere als mp3 mit Bitrate zweihundertsechsundfünfzig", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "lav den om til mp3 med bitrate tohundredeseksoghalvtreds", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "gjør den om til mp3 med bitrate tohundreogfemtiseks", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "muunna mp3:ksi, bittinopeus kaksisataaviisikymmentäkuusi", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "legyen mp3, a bitráta kétszázötvenhat", fmt_is("mp3", bitrate_kbps=256, ask_ok=True)),
    (SM, L, "ses seviyesini eksi on dörde çek", free(loudness_lufs=-14, ask_ok=True)),
    (SM, L, "normalisoi äänenvoimakkuus miinus neljääntoista", free(loudness_lufs=-14, ask_ok=True)),
    (SM, L, "normalizáld a hangerőt mínusz tizennégyre", free(loudness_lufs=-14, ask_ok=True)),
    # --- (3) lyrics described, not given
    (LN, None, "a pop song about my dog, the lyrics should be funny and short, 2 min", nws(120, inst=False)),
    (LN, None, "una canción triste para mi abuela, la letra es muy emotiva y dulce, 2 minutos", nws(120, inst=False)),
    (LN, None, "une chanson douce pour ma fille, les paroles sont très poétiques et tendres", new(inst=False)),
    (LN, None, "una ballata per mia moglie, il testo è molto romantico e dolce, 2 minuti", nws(120, inst=False)),
    (LN, None, "piosenka na urodziny mamy, tekst jest o jej ogrodzie i kwiatach, 2 minuty", nws(120, inst=False)),
    (LN, None, "pjesma za moju suprugu, tekst je o našem prvom susretu, 2 minute", nws(120, inst=False)),
    (LN, None, "песня про моего кота, текст такой весёлый и лёгкий, 2 минуты", nws(120, inst=False)),
    (LN, None, "أغنية بوب عن الصيف، كلمات بسيطة وإيقاع سريع، دقيقتين", nws(120, inst=False)),
    (LN, None, "một bài hát vui cho con gái, lời là tiếng Việt đơn giản, 2 phút", nws(120, inst=False)),
    (LN, None, "pesma za tatu, tekst je o njegovom životu i poslu, 2 minuta", nws(120, inst=False)),
    # --- (4) lyrics given without a colon, in shapes the pattern lacks
    (LM, None, "en poplåt, texten är jag går ensam genom stan i regnet", sung("ensam genom stan", ask_ok=True)),
    (LM, None, "en sang til min mor, teksten er du er min sol hver eneste dag", sung("min sol", ask_ok=True)),
    (LM, None, "lagu pop santai, liriknya aku rindu kamu setiap malam", sung("rindu kamu", ask_ok=True)),
    (LM, None, "gawa ka ng kanta, yung lyrics ay mahal kita hanggang dulo", sung("mahal kita", ask_ok=True)),
    (LM, None, "एक रोमांटिक गाना बनाओ, बोल हैं तुम मेरी जान हो", sung("मेरी जान", ask_ok=True)),
    (LM, None, "신나는 노래 만들어줘 가사는 오늘 밤 우리 함께 춤을 춰", sung("함께 춤을", ask_ok=True)),
    (LM, None, "یه آهنگ شاد بساز، متن آهنگ اینه که دلم برات تنگ شده", sung("دلم برات", ask_ok=True)),
    (LM, None, "ein Lied für Papa, der Text soll sein du bist der Beste auf der Welt", sung("der Beste", ask_ok=True)),
    (LM, None, "a song for my mom with the lyrics I love you mom forever and ever", sung("forever", ask_ok=True)),
    (LM, None, "una canción con la letra te quiero mamá por siempre", sung("por siempre", ask_ok=True)),
    (LM, None, "bir şarkı yap, sözler şöyle seni seviyorum anne", sung("seviyorum", ask_ok=True)),
    (LM, None, "做一首情歌 歌词是 我想你每一天 每一夜", sung("我想你", ask_ok=True)),
    (LM, None, "整首廣東歌 歌詞係 我哋一齊行落去 唔好回頭", sung("我哋一齊", ask_ok=True)),
    # --- (5) with X and without X
    (WW, None, "fammi 2 versioni di una ballata, con voce e senza voce", ASK),
    (WW, None, "fă 2 versiuni ale piesei, cu voce și fără voce", ASK),
    (WW, None, "φτιάξε 2 εκδοχές του τραγουδιού, με φωνή και χωρίς φωνή", ASK),
    (WW, None, "zrób 2 wersje piosenki z wokalem i bez wokalu", ASK),
    (WW, None, "udělej 2 verze písničky se zpěvem a bez zpěvu", ASK),
    (WW, None, "сделай две версии песни с вокалом и без вокала", ASK),
    (WW, None, "bu şarkının iki versiyonunu yap, vokalli ve vokalsiz", ASK),
    (WW, None, "zwei Versionen des Songs, mit Gesang und ohne Gesang", ASK),
    (WW, None, "give me 3 takes of a lofi beat that opens with piano and ends without piano, 1 min", nws(60, takes=3)),
    # --- (6) a time's 'for' after 'without singing' in a rap request
    (FU, None, "a rap track without singing for this one, just bars, 1 min", nws(60, inst=False)),
    (FU, None, "una canción de rap sin cantar para variar, solo rimas, 1 minuto", nws(60, inst=False)),
    (FU, None, "un morceau de rap sans chanter pour changer, juste des rimes, 1 minute", nws(60, inst=False)),
    (FU, None, "een rapnummer zonder zingen voor een keer, alleen raps, 1 minuut", nws(60, inst=False)),
    (FU, None, "kawałek rapowy bez śpiewania dla odmiany, same zwrotki, 1 minuta", nws(60, inst=False)),
    (FU, None, "a rap track without singing for once, just bars, 1 min", nws(60, inst=False)),
    # --- (7) 'about' before a colon, then traits
    (AB, None, "music about the sea: calm, slow, without singing, 1 minute", nws(60, inst=True)),
    (AB, None, "deniz hakkında bir müzik: sakin, yavaş, şarkı söylemeden, 1 dakika", nws(60, inst=True)),
    # --- (8) 'and' and 'also' words between the side noun and the verb
    (AN, L, "líbí se mi začátek a prodluž ji o 20 sekund", ext(0, 20, ask_ok=True)),
    (AN, L, "imi place inceputul si prelungeste piesa cu 20 de secunde", ext(0, 20, ask_ok=True)),
    (AN, L, "man patinka pradžia ir pratęsk dainą 20 sekundžių", ext(0, 20, ask_ok=True)),
    (AN, L, "me gusta el principio así que alárgala 20 segundos", ext(0, 20, ask_ok=True)),
    (AN, L, "verlängere auch den Anfang um 10 Sekunden", ext(10, 0)),
    (AN, L, "pidennä myös alkua 10 sekuntia", ext(10, 0)),
    (AN, L, "perpanjang juga awalnya 10 detik", ext(10, 0)),
    (AN, L, "páči sa mi začiatok a predĺž ju o 20 sekúnd", ext(0, 20, ask_ok=True)),
    # --- (9) a keep word said of something else, close before the side noun
    (KP, L, "sin tocar nada más, alarga el principio 20 segundos", ext(20, 0)),
    (KP, L, "senza toccare nulla allunga l'inizio di 20 secondi", ext(20, 0)),
    (KP, L, "не меняй темп, продли начало на 20 секунд", ext(20, 0)),
    (KP, L, "لا تغير الإيقاع، مدد البداية 10 ثواني", ext(10, 0)),
    (KP, L, "ekki breyta taktinum, lengdu byrjunina um 20 sekúndur", ext(20, 0)),
    (KP, L, "đừng sửa gì khác, kéo dài phần đầu thêm 20 giây", ext(20, 0)),
    (KP, L, "pa manyen ritm lan, lonje kòmansman an 20 segonn", ext(20, 0)),
    # --- (10) the Arabic-script comma
    (AC, L, "ابتدای آهنگ خوبه، انتهای آهنگ رو 20 ثانیه طولانی‌تر کن", ext(0, 20)),
    (AC, L, "البداية حلوة، مدد النهاية 20 ثانية", ext(0, 20)),
    # --- (11) Korean '이 초'
    (KO, L, "끝에 페이드아웃 이 초 넣어줘", fade(2)),
    (KO, L, "이 초록빛 분위기로 1:00부터 1:30까지 다시 만들어줘", inp(60, 90)),
    # --- (12) a range's unit
    (RG, L, "refaz de 1:00 a 1:30 sem bateria", inp(60, 90)),
    (RG, L, "refais du 1:00 au 1:30 sans la batterie", inp(60, 90)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
