"""Red-team probe (redteam63) of the router changes of 1f6e161 and 952afbd, chiefly read._SPOKEN_CLOCK_RANGE (a clock
time said as two numbers in a range's 'from … to …': 'from one twenty to one forty' → 1:20-1:40), account._spelled_run
with _SETTING_BEFORE / _setting_before (a number said in words is asked about only after a format, a setting's word, a
minus, a unit of time or a 'no', within three words in its clause), account._LYRICS_SAID (lyrics said without a colon
asked for; descriptions not), __init__._FOR_A_USE's time words ('for now', 'for this one', 'para variar'), the genre
words added to STYLE_TERMS (swing, grime, highlife, trot, pagode, merengue, emo), Korean '인스트', Lithuanian 'ir' and
_WITH_AND_WITHOUT. Probes spread over the 50 languages: two numbers in a from/to that are no m:ss (a tempo or a
bitrate said in pairs, 'un 10 a un 20 por ciento', years, pounds, km/h, times of day, hours of a long mix), the clock
said in languages the pattern lacks, a bitrate said in words after a word for quality or bitrate the list lacks
('bit hızı', 'kalitesi', 'ποιότητα', 'jakość', 'качество', 'chất lượng'), a number word that is no setting within three
words after 'min' (the canonical minute, and the Scandinavian 'my'), 'âm', 'không', 'nie', 'не', 'لا'; lyrics described
in shapes the lookahead lacks ('texten är om', 'tekst jest po polsku', 'lyrics ay tungkol sa', '가사는 …', '歌詞は日本語で',
'歌词是关于'). Hunting SILENT WRONG plans first, then errors and needless questions.

FIGURES. First run on 952afbd (labels committed before it, 8080657): 100 probes; OK 24, ASKED 48, SILENT WRONG 28
(21 new vs /tmp/a6f8b727/src = the router at 6f8b727, before 1f6e161; 7 pre-existing), ERROR 0. The same probes on
6f8b727: OK 48, ASKED 45, SILENT WRONG 7, ERROR 0; on ab0faef: OK 56, ASKED 25, SILENT WRONG 19. Against 6f8b727,
952afbd turns 5 asked -> OK (the clock said as two numbers: 'from one twenty to one forty', 'von eins zwanzig bis eins
vierzig', 'da uno e dieci a uno e trenta', 'van één tien tot één vijfentwintig', 'de uno veinte a uno cuarenta'),
21 OK -> silent, 8 OK -> asked; 19 OK, 40 asked and 7 silent on both.

New silent wrong plans (21), by cause:
- read._SPOKEN_CLOCK_RANGE (1f6e161) (2): 'bump the tempo from one twenty to one forty' -> audio_inpaint 80-100 s, tags
  'bump tempo, …' (6f8b727 asked edit_or_extend): a tempo said in pairs ('one twenty' is 120 BPM) reads as m:ss; the
  pattern bars only a unit after the second number, not a tempo word before the range ('tempo', 'bpm', 'speed').
  'in this DJ mix, regenerate from one fifteen to one twenty' on a 5,400 s track -> audio_inpaint 75-80 s (asked
  before): _spoken_clock never looks at the track's length; past an hour 'one fifteen' is as likely 1:15:00 (h:mm).
- account._setting_before (952afbd) (12): a bitrate said in words after a word for quality or bitrate the list lacks,
  in a clause after 'mp3,' -> process_track mp3 with no bitrate, no question: 'bit hızı üç yüz yirmi', 'kalitesi üç
  yüz yirmi', 'ποιότητα τριακόσια είκοσι', 'jakość trzysta dwadzieścia', 'datový tok tři sta dvacet', 'calitatea trei
  sute douăzeci', 'באיכות שלוש מאות ועשרים', 'بیت ریت سیصد و بیست', 'kokybė trys šimtai dvidešimt', 'kualitas tiga ratus
  dua puluh', 'kalidad na tatlong daan at dalawampu', 'kvalitet trista dvadeset'. All were asked on 6f8b727 and silent
  on ab0faef: 952afbd puts ab0faef's drops back. _SETTING_BEFORE lacks these words (Turkish 'bit hızı', Greek
  'ποιότητα', Polish 'jakość', Czech 'tok', Romanian 'calitatea', Hebrew 'איכות' with its prefix, Persian 'ریت',
  Lithuanian 'kokybė', Indonesian 'kualitas', Tagalog 'kalidad', Serbian/Croatian 'kvalitet'), the fullmatch misses
  inflected forms ('kalitesi' of the listed 'kalite'), and the clause cut at the last comma drops the 'mp3' just
  before it ('mp3, quality …' is one setting said across a comma).
- STYLE_TERMS additions (952afbd) (7), a tag the request never asked for: 'my terrible golf swing' and 'a little girl
  on a swing' -> 'swing'; 'living the highlife in Dubai' -> 'highlife'; 'my horse and her morning trot' -> 'trot'
  (Korean trot); 'regenerate 1:00-1:20, there's some grime and hiss in the vocals' -> inpaint tags 'grime'; 'el
  merengue de limón de mi abuela' (the dessert) -> 'merengue'; Indonesian 'lagu pop yang emo banget' (slang: very
  emotional) -> 'emo'. _style_found matches the bare word (_bounded_term) with no sense check; ab0faef and 6f8b727
  gave none of these tags.

New needless questions (8, OK on 6f8b727), by cause:
- account._LYRICS_SAID's marks added in 952afbd (6), a description taken for the lyrics: 'texten är om hans nya jobb'
  (Swedish 'om', about, is not in the lookahead), 'yung lyrics ay tungkol sa pagmamahal niya' (Tagalog 'tungkol sa',
  about), '가사는 사랑에 관한 내용으로 해줘' ('가사는' is a topic marker, 'as for the lyrics': any description follows it),
  '歌詞は日本語でお願いします' (the glued '歌詞は' takes any four characters: here the lyrics' language), '歌词是关于她的花园的'
  ('关于', about, is not excluded after the glued marks), 'बोल हैं उनके प्यार के बारे में' (Hindi's 'about' comes last,
  'के बारे में'; the lookahead reads only the first word).
- Korean '인스트' in INSTRUMENTAL_WORDS (2): a substring of 인스트럭터 (instructor) and 인스트루먼트 (instrument):
  '요가 인스트럭터 수업용 노래 만들어줘, 여자 보컬로', '어쿠스틱 인스트루먼트 위주의 발라드, 남자 보컬' are asked as a
  conflict with '보컬'. (Checked after the run, not a probe: with no voice word it is a silent '[inst]': '요가 인스트럭터를
  위한 잔잔한 노래 만들어줘' and '피아노 인스트루먼트가 돋보이는 사랑 노래 만들어줘' -> lyrics '[inst]', 'no vocals'; sung on 6f8b727.)

Pre-existing silent (7, on both): bitrates in words _spelled_run passes over (3): Bengali 'বিটরেট তিনশো বিশ' ('তিনশো'
is in no table, 'বিশ' alone is under four letters), Swahili 'ubora mia tatu na ishirini' (the run reads 320, but
'mia' is a common word, Italian 'my', so the whole run is skipped), Vietnamese 'chất lượng ba trăm hai mươi' ('hai'
is a common word: the same); lyrics given in shapes _LYRICS_SAID lacks (4), put in the tags, nothing sung: Hebrew
'המילים הן …', Greek 'οι στίχοι είναι …', Finnish 'sanat ovat …', Romanian 'versurile sunt …'.

Asked on both, needless (second priority). 952afbd's narrowing left 12 of the 16 number-word probes asked that
ab0faef planned: the canonical minute: units_to_canonical writes '1 dakika', '1 मिनट', '1 minutę', '1 perccel',
'۱ دقیقه', '1 دقيقة', '1 λεπτό' as '1 min', and 'min' is in _SETTING_BEFORE, so guests or an age within three words
after an extension of a minute ask (tr, hi, pl, hu, fa, ar, el: 7); Vietnamese 'âm' of 'âm nhạc' (music), 'không' of
'được không' (ok?), Polish 'nie więcej niż', Bulgarian 'не повече от', Arabic 'لا تزيد عن' (not more than), Danish
'min' (my: 'til min mor på halvfems'). Bulgarian '1 минута за бабините осемдесет години' is asked on all three as
'4800 min'. Lyrics described, asked since 6f8b727 (7): 'should be heartfelt', 'la letra es de amor', 'il testo è per
mia nonna', 'tekst jest po polsku', Latin-script 'tekst je na srpskom', 'الكلمات لازم تكون باللهجة', 'sözleri şu an
aklımda yok'. The clock in forms the pattern lacks (6, asked on all three): Swedish, Polish, Greek, Indonesian (number
words no pass turns to digits there), Turkish 'bir yirmiden bir kırka kadar' (case endings, no from/to word), 'from
one twenty to two' ('20 to 2 ends before it starts').

Not silent, but the clock changed the question: 'sube el volumen de un 10 a un 20 por ciento' (also 'da un 10 a un
20 per cento', 'van een 10 tot een 20 procent'): 'un'/'een' (about) is in _ONE_WORD and '%' is barred only as a sign,
so 1:10-1:20 is read and the question became 'a mixing change, which an edit cannot make' instead of 6f8b727's 'how
loud, in LUFS?'. 'my shift is from one fifteen to one forty five, regenerate 0:30-0:50': the planner took 1:15-1:45
over the written window; only the accounting question ('I read 0:50 … does not use it') stopped it. Years ('from
nineteen forty to nineteen fifty') and weights ('… to one fifty five pounds') are asked as '19:50', '1:55'.
Cantonese '音質三百二' (320) is read as 302 (asked). OK for the right reason: the five 'for' probes (a rap beat
without vocals 'for now', 'for this one', 'para variar', 'pour une fois', 'zur Abwechslung' all '[inst]'); 'two
fifty six' ('2 50 6' keeps the pattern off).

Labels: none changed after the run. Debatable: Indonesian 'emo banget' (slang for emotional; a reader could keep the
tag) and the grime inpaint (the word names noise in the vocals).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. Two numbers in a from/to that are no minutes and seconds must not become a
window or a length. A setting said in words must be read or asked (ask_ok). A number word that is no setting (guests,
an age, years) is no question. Lyrics only described are no lyrics (a question is a miss); lyrics given at the end may
be sung or asked for (ask_ok).

Run: sh scripts/uv run python scripts/router_probe_redteam63.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, SUNG, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, free, inp, nw)

L = 180.0
MP3_320 = {"tool": FREE, "output_format": "mp3", "bitrate_kbps": 320, "ask_ok": True}

CR = "a clock time said as two numbers in a from/to, in languages and shapes: want the window (a question is a miss)"
CW = "two numbers in a from/to that are no m:ss (tempo, bitrate, percent, years, pounds, times of day, hours)"
SD = "a bitrate said in words after a word _SETTING_BEFORE lacks: want it read, or asked (never dropped)"
SQ = "a number word that is no setting within three words after 'min', 'âm', 'không', 'nie', 'не', 'لا': the plan"
LN = "lyrics described, not given, without a colon (_LYRICS_SAID): want the plan, no question"
LM = "lyrics given without a colon in shapes _LYRICS_SAID lacks: sung, or asked"
FU = "a rap beat without vocals and a time's 'for' (_FOR_A_USE exclusions): instrumental"
GW = "a new genre word of STYLE_TERMS said as another word (a golf swing, the high life, a trot): no such tag"
KO = "Korean '인스트' inside another loanword (instructor, instrument): no instrumental"
WW = "with X and without Y (not the same thing): one piece, its takes"
AN = "Lithuanian 'ir' joining two side nouns: both sides"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) the clock said as two numbers, read right
    (CR, L, "redo from one twenty to one forty, the drums are messy there", inp(80, 100)),
    (CR, L, "mach von eins zwanzig bis eins vierzig neu, da knackt es", inp(80, 100)),
    (CR, L, "rifai da uno e dieci a uno e trenta, la voce è stonata", inp(70, 90)),
    (CR, L, "doe het stuk van één tien tot één vijfentwintig opnieuw", inp(70, 85)),
    (CR, L, "rehaz de uno veinte a uno cuarenta, suena raro", inp(80, 100)),
    (CR, L, "gör om från ett tjugo till ett fyrtio, det låter fel där", inp(80, 100)),
    (CR, L, "przerób od jeden dwadzieścia do jeden czterdzieści", inp(80, 100)),
    (CR, L, "ξαναφτιάξε από το ένα και είκοσι μέχρι το ένα και σαράντα", inp(80, 100)),
    (CR, L, "ulang bagian dari satu dua puluh sampai satu empat puluh", inp(80, 100)),
    (CR, L, "bir yirmiden bir kırka kadar yeniden yap", inp(80, 100)),
    (CR, L, "redo from one twenty to two", inp(80, 120)),
    # --- (2) two numbers in a from/to that are no minutes and seconds
    (CW, L, "bump the tempo from one twenty to one forty", ASK),
    (
        CW,
        None,
        "make a techno track that ramps the tempo from one twenty to one forty",
        new(duration_not=20, ask_ok=True),
    ),
    (CW, L, "change the bitrate from one twenty eight to two fifty six", free(bitrate_kbps=256, ask_ok=True)),
    (CW, L, "sube el volumen de un 10 a un 20 por ciento", {"tool_not": IN, "ask_ok": True}),
    (CW, L, "alza il volume da un 10 a un 20 per cento", {"tool_not": IN, "ask_ok": True}),
    (CW, L, "zet het volume omhoog van een 10 tot een 20 procent", {"tool_not": IN, "ask_ok": True}),
    (
        CW,
        None,
        "a swing song about my grandparents' years together from nineteen forty to nineteen fifty",
        new(duration_not=10),
    ),
    (CW, L, "regenerate 1:00-1:30 in the style of the music from nineteen fifty to nineteen fifty five", inp(60, 90)),
    (CW, L, "my shift is from one fifteen to one forty five, regenerate 0:30-0:50 with more energy", inp(30, 50)),
    (CW, None, "make a 30 second jingle for our happy hour from four thirty to five fifty", nws(30)),
    (
        CW,
        None,
        "make calm background music for my yoga class, it runs from six fifteen to six forty five",
        new(duration_not=30, ask_ok=True),
    ),
    (CW, None, "la fiesta es de siete y diez a siete y cuarenta, hazme una cumbia alegre", new(duration_not=30)),
    (CW, None, "Musik für die Trauung von zwölf zwanzig bis zwölf vierzig", new(duration_not=20, ask_ok=True)),
    (CW, 5400.0, "in this DJ mix, regenerate from one fifteen to one twenty, the transition breaks there", ASK),
    (CW, 4000.0, "redo the blend from one ten to one twelve in this hour-long set", ASK),
    (CW, None, "a gym anthem about my bulk, I went from one forty to one fifty five pounds", new(duration_not=15)),
    (
        CW,
        L,
        "regenerate 0:10-0:30 and make it hype, I went from one forty to one fifty five pounds this year",
        inp(10, 30),
    ),
    (CW, None, "make a racing song, the engine screams from one twenty to one fifty km/h", new(duration_not=30)),
    # --- (3) a bitrate said in words after a word the list lacks
    (SD, L, "mp3'e çevir, bit hızı üç yüz yirmi olsun", MP3_320),
    (SD, L, "şarkıyı mp3 yap, kalitesi üç yüz yirmi olsun", MP3_320),
    (SD, L, "κάν' το mp3, ποιότητα τριακόσια είκοσι", MP3_320),
    (SD, L, "zrób z tego mp3, jakość trzysta dwadzieścia", MP3_320),
    (SD, L, "převeď to na mp3, datový tok tři sta dvacet", MP3_320),
    (SD, L, "fă-l mp3, calitatea trei sute douăzeci", MP3_320),
    (SD, L, "תמיר את זה ל-mp3, באיכות שלוש מאות ועשרים", MP3_320),
    (SD, L, "تبدیلش کن به mp3، بیت ریت سیصد و بیست", MP3_320),
    (SD, L, "এটা mp3 করে দাও, বিটরেট তিনশো বিশ", MP3_320),
    (SD, L, "इसे mp3 बना दो, बिटरेट तीन सौ बीस रखना", MP3_320),
    (SD, L, "paversk į mp3, kokybė trys šimtai dvidešimt", MP3_320),
    (SD, L, "ibadilishe iwe mp3, ubora mia tatu na ishirini", MP3_320),
    (SD, L, "ubah ke mp3, kualitas tiga ratus dua puluh", MP3_320),
    (SD, L, "gawin mong mp3, kalidad na tatlong daan at dalawampu", MP3_320),
    (SD, L, "prebaci u mp3, kvalitet trista dvadeset", MP3_320),
    (SD, L, "сделай mp3, качество триста двадцать", MP3_320),
    (SD, L, "chuyển sang mp3, chất lượng ba trăm hai mươi", MP3_320),
    (SD, L, "轉做mp3，音質三百二", MP3_320),
    # --- (4) a number word that is no setting after 'min', 'âm', 'không', 'nie', 'не', 'لا'
    (SQ, L, "şarkıyı 1 dakika uzat iki yüz kişilik düğünde çalacak", ext(0, 60)),
    (SQ, L, "kéo dài phần cuối thêm 1 phút cho sáu mươi khách nhảy", ext(0, 60)),
    (SQ, L, "làm fade out 5 giây cuối nhé, âm nhạc cho sáu mươi khách mời", fade(5)),
    (SQ, L, "thêm 20 giây ở cuối được không kỷ niệm bốn mươi năm ngày cưới", ext(0, 20)),
    (SQ, L, "आखिर में 1 मिनट बढ़ाओ दादी अस्सी साल की हो रही हैं", ext(0, 60)),
    (SQ, L, "przedłuż koniec o 1 minutę bo przyjdzie pięćdziesiąt osób", ext(0, 60)),
    (SQ, L, "przedłuż koniec o 20 sekund, na weselu będzie nie więcej niż pięćdziesiąt osób", ext(0, 20)),
    (SQ, L, "удължи края с 1 минута за бабините осемдесет години", ext(0, 60)),
    (SQ, L, "удължи края с 20 секунди, на партито ще има не повече от петдесет души", ext(0, 20)),
    (SQ, L, "hosszabbítsd meg a végét 1 perccel negyven vendég táncol majd", ext(0, 60)),
    (SQ, L, "آخرشو ۱ دقیقه بیشتر کن پنجاه تا مهمون داریم", ext(0, 60)),
    (SQ, L, "مدد النهاية 1 دقيقة عشان خمسين ضيف يرقصوا", ext(0, 60)),
    (SQ, L, "مدد النهاية 20 ثانية، الحفلة لا تزيد عن خمسين شخص", ext(0, 20)),
    (SQ, L, "μάκρυνε το τέλος κατά 1 λεπτό για τα πενήντα χρόνια του γάμου", ext(0, 60)),
    (SQ, L, "fade de sidste 5 sekunder ud, det er til min mor på halvfems", fade(5)),
    (SQ, L, "forleng slutten med 20 sekunder, det er til min åtti år gamle bestemor", ext(0, 20)),
    # --- (5) lyrics described, not given
    (LN, None, "write a song for my sister's wedding, the lyrics should be heartfelt and a little funny", new(**SUNG)),
    (LN, None, "a pop song for my mom, the lyrics are mostly about her garden and her cat", new(**SUNG)),
    (LN, None, "quiero una balada romántica, la letra es de amor y desamor", new(**SUNG)),
    (LN, None, "una canzone dolce, il testo è per mia nonna che compie gli anni", new(**SUNG)),
    (LN, None, "une chanson pour mon père, les paroles sont à propos de son vieux vélo", new(**SUNG)),
    (LN, None, "ein Lied für Oma, der Text ist für ihren Geburtstag am Sonntag", new(**SUNG)),
    (LN, None, "en låt till min bror, texten är om hans nya jobb i Göteborg", new(**SUNG)),
    (LN, None, "piosenka dla taty, tekst jest po polsku i ma być zabawny", new(**SUNG)),
    (LN, None, "pesma za mamu, tekst je na srpskom i treba da bude veseo", new(**SUNG)),
    (LN, None, "gawa ka ng kanta para sa nanay ko, yung lyrics ay tungkol sa pagmamahal niya", new(**SUNG)),
    (LN, None, "엄마를 위한 노래 만들어줘, 가사는 사랑에 관한 내용으로 해줘", new(**SUNG)),
    (LN, None, "母の日の歌を作って。歌詞は日本語でお願いします", new(**SUNG)),
    (LN, None, "给我妈妈写一首歌，歌词是关于她的花园的", new(**SUNG)),
    (LN, None, "اعمل أغنية عيد ميلاد لأختي، الكلمات لازم تكون باللهجة المصرية", new(**SUNG)),
    (LN, None, "माँ के लिए गाना बनाओ, बोल हैं उनके प्यार के बारे में", new(**SUNG)),
    (LN, None, "annem için bir şarkı yap, sözleri şu an aklımda yok, sen yaz", new(**SUNG)),
    # --- (6) lyrics given without a colon, in shapes the pattern lacks
    (LM, None, "שיר לאמא, המילים הן אני אוהב אותך אמא את הכי טובה", sung("אוהב אותך", ask_ok=True)),
    (LM, None, "τραγούδι για τη μαμά, οι στίχοι είναι σ' αγαπώ μαμά είσαι η καλύτερη", sung("αγαπώ", ask_ok=True)),
    (LM, None, "laulu äidille, sanat ovat rakastan sinua äiti olet paras", sung("rakastan sinua", ask_ok=True)),
    (
        LM,
        None,
        "o melodie pentru mama, versurile sunt te iubesc mamă ești cea mai bună",
        sung("te iubesc", ask_ok=True),
    ),
    # --- (7) a rap beat without vocals and a time's 'for'
    (FU, None, "a rap beat without vocals for now, I'll add my own rap later", new(inst=True)),
    (FU, None, "a boom bap rap beat without vocals for this one, I'll write my own bars later", new(inst=True)),
    (FU, None, "una base de rap sin voz para variar", new(inst=True)),
    (FU, None, "un beat de rap sans voix pour une fois", new(inst=True)),
    (FU, None, "einen Rap-Beat ohne Gesang zur Abwechslung", new(inst=True)),
    # --- (8) a genre word said as another word
    (GW, None, "a funny song about my terrible golf swing", new(tags_not=["swing"])),
    (GW, None, "a lullaby about a little girl on a swing in the garden", new(tags_not=["swing"])),
    (GW, None, "a flashy rap song about living the highlife in Dubai", new(tags_not=["highlife"])),
    (GW, None, "a country song about my horse and her morning trot", new(tags_not=["trot"])),
    (GW, L, "regenerate 1:00-1:20, there's some grime and hiss in the vocals there", inp(60, 80, tags_not=["grime"])),
    (GW, None, "uma música relaxante com clima de pagode japonês, com koto e flauta", new(tags_not=["pagode"])),
    (GW, None, "una canción divertida sobre el merengue de limón de mi abuela", new(tags_not=["merengue"])),
    (GW, None, "bikinin lagu pop yang emo banget buat mantan", new(tags_not=["emo"])),
    # --- (9) Korean '인스트' inside another loanword
    (KO, None, "요가 인스트럭터 수업용 노래 만들어줘, 여자 보컬로", new(inst=False)),
    (KO, None, "어쿠스틱 인스트루먼트 위주의 발라드, 남자 보컬", new(inst=False)),
    # --- (10) with X and without Y; Lithuanian 'ir'
    (WW, None, "zrób 3 wersje beatu z pianinem i bez perkusji", new(takes=3)),
    (AN, L, "pailgink pradžią ir pabaigą po 10 sekundžių", ext(10, 10)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
