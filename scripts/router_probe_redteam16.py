"""Red-team probe (redteam16) of the router rules changed in d1899ad..8110b4f, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: read._SUNG's new words for the
lyrics or for singing in many languages (a quoted text near them is taken as lyrics: here song titles, reference
songs, a quoted style, and 'without words'); cue words matched without their accents in sv / fi / no / da and spelled
out in de / da / no / is (Swedish 'ändra' folds to 'andra', 'the other / second'); the new half words ('jumatate',
'bucuk', 'yarim', 'halfa', 'masfel', romaji '1 pun han', and the particle 'no' after romaji 'fun'); Hungarian 'egy'
as an article; the bitrate after a word for bitrate / quality beside mp3; unit-first ranges with the new separators
('لحد', 'تا', 'sampe', 'ถึง', 'tới', 'hanggang', Thai 'วินาทีที่') also where the unit closes a length ('2 دقیقه 30 تا 40
ثانیه'); the postpositions 'तक' etc. with an extend verb (beside 'more'); the case endings after 'ilk / son / első /
utolsó' (and the words the rule does not list); a total that equals the track and the amounts said; a length in
digits beside 'please' after lyrics (a last line sung with 'more'); '一个…一个…'; the 'to' before a total beside
another amount ('estende pra 3 minutos, com uma intro de 20 segundos').

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py and its
wrong_more; this script adds 'duration_in' and 'after_in', a (low, high) range the duration / the seconds added after
must fall in).
Verdicts: OK, ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam16.py [filter] [-q] [--old SRC]

First run (8110b4f, --old d1899ad's src): 155 probes, 116 OK (42 of them a question where a plan was labelled with
ask_ok: the Swedish 'andra' probes, unit-first ranges ending in 'm:ss', lengths like '2 menit 30 sampe 40 detik',
'اغنية … دقيقتين و30 لحد 40 ثانية', …), 0 asked (every plan-labelled probe allowed a question), 33 silent (27 made
by the diff: 9 quoted titles read as lyrics, 13 last lines sung with a length in digits read as the request, 4
halves / romaji 'fun no', 1 bitrate on a wav; 6 pre-existing), 6 errors (1 made by the diff: '30 ثانیه 2 تا 3 تا'
read as a 3 s duration; 5 pre-existing case endings after 'sonundaki / baştaki / viimeisiin / alun / sonuncu').
One labelling mistake, fixed after the run: 'bitrate_kbps' was checked in the plan's arguments, but a new piece's
bitrate is in its delivery (the check now reads the delivery first); no expected value changed.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, OUT, ext, inp, lyr, main, new


def _wrong16(r: Any, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    bad = []
    for key, arg in (("duration_in", "duration"), ("after_in", "extend_after_duration")):
        rng = want.pop(key, None)
        if rng is not None:
            got = r.arguments.get(arg)
            if not isinstance(got, (int, float)) or not rng[0] - 1e-6 <= got <= rng[1] + 1e-6:
                bad.append(f"{arg}={got} (want {rng[0]:g}..{rng[1]:g})")
    if "bitrate_kbps" in want:  # (a new piece's bitrate is in the delivery, a changed track's in the arguments)
        rate = want.pop("bitrate_kbps")
        got = (getattr(r, "deliver", None) or {}).get("bitrate_kbps", r.arguments.get("bitrate_kbps"))
        if got != rate:
            bad.append(f"bitrate_kbps={got} (want {rate})")
    return bad + probe_kit.wrong_more(r, want, length)


probe_kit.wrong = _wrong16

SGT = "read._SUNG new words: a quoted song title near a word that also says 'song' / 'well' / 'write the lyrics'"
SGR = "read._SUNG new words: a quoted reference song or style beside 'without words / lyrics / singing'"
SGC = "read._SUNG control: quoted lyrics after the new word for lyrics or singing"
FC = "cues: words folded (sv / fi / no / da) or spelled out (de / da / no / is); Swedish 'andra' (ändra)"
HF = "read: new half words ('jumatate', 'bucuk', 'yarim', 'halfa', 'masfel', '1 pun han'), romaji 'fun no'"
HU = "read._NOT_COUNTS: Hungarian 'egy' before a count"
BR = "_BITRATE: a rate after the word for bitrate / quality beside mp3"
RG = "read._second_range: unit-first ranges with the new separators"
RGL = "read._second_range: a unit that closes a length, then 'N sep M unit' ('2 دقیقه 30 تا 40 ثانیه')"
PP = "postposition after a length with an extend verb ('तक', 'تک', 'வரை', 'వరకు', 'পর্যন্ত', 'सम्म', 'ਤੱਕ')"
CE = "account._PART_BEFORE_CASE: case endings after 'ilk / son / első / utolsó' and words it does not list"
TA = "_extensions: a total equal to the track and the amounts said; the 'to' before a total beside another amount"
LP = "read._instructions_after: a length in digits beside a word of asking in a last line (sung or asked)"
YG = "account._differing: '一个…一个…' (voices or instruments in one piece, or versions)"
NOT_OUT = {"tool_not": OUT, "ask_ok": True}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a quoted title beside a new 'sung' word (which here says 'song', 'well', or asks for lyrics to be written)
    (
        SGT,
        None,
        'làm một bài hát tên là "Mưa Đêm", nhạc ballad, 2 phút',
        new(duration=120, lyrics_lacks=["Mưa Đêm"], ask_ok=True),
    ),
    (
        SGT,
        None,
        'fă un cântec numit "Vara Noastră", pop, 2 minute',
        new(duration=120, lyrics_lacks=["Vara Noastră"], ask_ok=True),
    ),
    (SGT, None, 'tee laulu nimeltä "Kesäyö", 90 sekuntia', new(duration=90, lyrics_lacks=["Kesäyö"], ask_ok=True)),
    (SGT, None, 'بدي غنية اسمها "يا ليل"، دقيقتين، طربي', new(duration=120, lyrics_lacks=["يا ليل"], ask_ok=True)),
    (SGT, None, 'عايز غنوة عنوانها "الشتا" ستايل بوب', new(lyrics_lacks=["الشتا"], ask_ok=True)),
    (
        SGT,
        None,
        'Hát, legyen egy dal "Balatoni nyár" címmel, 2 perc',
        new(duration=120, lyrics_lacks=["Balatoni nyár"], ask_ok=True),
    ),
    (
        SGT,
        None,
        'Hát, valami "lo-fi hip hop" stílusú zene kéne, 1 perc',
        new(duration=60, lyrics_lacks=["lo-fi hip hop"], ask_ok=True),
    ),
    (
        SGT,
        None,
        'bir şarkı yap, adı "Yalnız Gece" olsun, sözlerini sen yaz',
        new(lyrics_lacks=["Yalnız Gece"], inst=False, ask_ok=True),
    ),
    (
        SGT,
        None,
        'napravi pesmu "Beogradska noć", neka peva ženski glas',
        new(lyrics_lacks=["Beogradska noć"], inst=False, ask_ok=True),
    ),
    (
        SGT,
        None,
        'ένα τραγούδι με τίτλο "Καλοκαίρι", να το τραγουδήσει γυναίκα',
        new(lyrics_lacks=["Καλοκαίρι"], inst=False, ask_ok=True),
    ),
    (
        SGT,
        None,
        'gör en låt som heter "Midsommar", en tjej ska sjunga',
        new(lyrics_lacks=["Midsommar"], inst=False, ask_ok=True),
    ),
    (SGT, None, 'एक गाना बनाओ जिसका नाम "सपने" हो, बोल तुम लिखो', new(lyrics_lacks=["सपने"], inst=False, ask_ok=True)),
    (SGT, None, 'একটা গান বানাও, নাম "বৃষ্টি", কথা তুমি লিখে দাও', new(lyrics_lacks=["বৃষ্টি"], inst=False, ask_ok=True)),
    (SGT, None, 'แต่งเพลงชื่อ "ฝนตก" เนื้อร้องแต่งให้หน่อย', new(lyrics_lacks=["ฝนตก"], inst=False, ask_ok=True)),
    (
        SGT,
        None,
        'tengeneza wimbo unaoitwa "Jua Kali", imba kwa Kiswahili',
        new(lyrics_lacks=["Jua Kali"], inst=False, ask_ok=True),
    ),
    (
        SGT,
        None,
        'gumawa ng kanta na "Tag-ulan" ang pamagat, kantahin ng babae',
        new(lyrics_lacks=["Tag-ulan"], inst=False, ask_ok=True),
    ),
    (
        SGT,
        None,
        'fes una cançó que es digui "Llum de tardor", amb lletra en català',
        new(lyrics_lacks=["Llum de tardor"], inst=False, ask_ok=True),
    ),
    (SGT, None, 'fè yon chante ki rele "Lakay", pawòl an kreyòl', new(lyrics_lacks=["Lakay"], inst=False, ask_ok=True)),
    (SGT, None, 'שיר בשם "ים של אהבה", מילים בעברית', new(lyrics_lacks=["ים של אהבה"], inst=False, ask_ok=True)),
    (SGT, None, 'یه آهنگ به اسم "باران" بساز، متن رو خودت بنویس', new(lyrics_lacks=["باران"], inst=False, ask_ok=True)),
    (SGT, None, 'ایک گانا بناؤ جس کا نام "بارش" ہو، بول تم لکھو', new(lyrics_lacks=["بارش"], inst=False, ask_ok=True)),
    (SGT, None, '"வான் மழை" என்ற தலைப்பில் ஒரு பாடல், வரிகள் நீயே எழுது', new(lyrics_lacks=["வான் மழை"], inst=False, ask_ok=True)),
    (SGT, None, '"వాన" అనే పాట చేయి, సాహిత్యం నువ్వే రాయి', new(lyrics_lacks=["వాన"], inst=False, ask_ok=True)),
    (
        SGT,
        None,
        'udělej písničku "Praha v noci", ať zpívá žena',
        new(lyrics_lacks=["Praha v noci"], inst=False, ask_ok=True),
    ),
    (SGT, None, 'sprav pesničku "Tatry", nech spieva muž', new(lyrics_lacks=["Tatry"], inst=False, ask_ok=True)),
    (SGT, None, 'sukurk dainą "Vasara", žodžiai lietuviškai', new(lyrics_lacks=["Vasara"], inst=False, ask_ok=True)),
    (SGT, None, 'зроби пісню "Весна", нехай співає жінка', new(lyrics_lacks=["Весна"], inst=False, ask_ok=True)),
    (SGT, None, 'направи песен "Море", пее мъж', new(lyrics_lacks=["Море"], inst=False, ask_ok=True)),
    (
        SGT,
        None,
        'lav en sang der hedder "Sommer", syng den på dansk',
        new(lyrics_lacks=["Sommer"], inst=False, ask_ok=True),
    ),
    (SGT, None, 'gerðu lag sem heitir "Vetur", texti á íslensku', new(lyrics_lacks=["Vetur"], inst=False, ask_ok=True)),
    # --- a quoted reference or style beside 'without words / lyrics / singing'
    (
        SGR,
        None,
        'nhạc không lời giống "River Flows in You", 2 phút',
        new(duration=120, inst=True, lyrics_lacks=["River Flows"], ask_ok=True),
    ),
    (
        SGR,
        None,
        '"Tum Hi Ho" जैसा गाना, बिना बोल के, 1 मिनट',
        new(duration=60, inst=True, lyrics_lacks=["Tum Hi Ho"], ask_ok=True),
    ),
    (
        SGR,
        None,
        'موسيقى زي "Despacito" بس بدون كلمات، دقيقة',
        new(duration=60, inst=True, lyrics_lacks=["Despacito"], ask_ok=True),
    ),
    (SGR, None, 'μουσική σαν το "Zorba", χωρίς στίχους', new(inst=True, lyrics_lacks=["Zorba"], ask_ok=True)),
    (
        SGR,
        None,
        'o piesă ca "Dragostea din tei", fără versuri',
        new(inst=True, lyrics_lacks=["Dragostea"], ask_ok=True),
    ),
    (SGR, None, 'מוזיקה כמו "Hallelujah" בלי מילים', new(inst=True, lyrics_lacks=["Hallelujah"], ask_ok=True)),
    (SGR, None, 'เพลงแบบ "Faded" ไม่มีเนื้อร้อง 1 นาที', new(duration=60, inst=True, lyrics_lacks=["Faded"], ask_ok=True)),
    (SGR, None, 'muziki kama "Malaika" bila maneno', new(inst=True, lyrics_lacks=["Malaika"], ask_ok=True)),
    (SGR, None, 'zene, mint a "Für Elise", szöveg nélkül', new(inst=True, lyrics_lacks=["Für Elise"], ask_ok=True)),
    (
        SGR,
        None,
        'musiikkia kuten "Finlandia", ilman sanoituksia',
        new(inst=True, lyrics_lacks=["Finlandia"], ask_ok=True),
    ),
    (
        SGR,
        None,
        '"Bir Derdim Var" gibi bir şarkı ama sözleri olmasın',
        new(inst=True, lyrics_lacks=["Bir Derdim Var"], ask_ok=True),
    ),
    (SGR, None, '"Tumi Robe Nirobe"-র মতো সুর, কথা ছাড়া', new(inst=True, lyrics_lacks=["Tumi Robe"], ask_ok=True)),
    # --- controls: quoted lyrics after the new words
    (SGC, None, 'اغنية بالكلمات دي "يا حبيبي تعال"', new(lyrics_has=["يا حبيبي تعال"], ask_ok=True)),
    (SGC, None, 'गाने के बोल हैं "दिल से दिल तक"', new(lyrics_has=["दिल से दिल तक"], ask_ok=True)),
    (SGC, None, 'hát câu "em ơi đừng đi" theo kiểu bolero', new(lyrics_has=["em ơi đừng đi"], ask_ok=True)),
    (SGC, None, 'με στίχους "θάλασσα μου γαλάζια"', new(lyrics_has=["θάλασσα μου γαλάζια"], ask_ok=True)),
    # --- folded / spelled-out cue words; Swedish 'andra'
    (FC, 120, "förläng låten med 30 sekunder, i samma stil som andra versen", ext(0, 30, ask_ok=True)),
    (FC, 120, "lägg till 20 sekunder i slutet, som på mina andra låtar", ext(0, 20, ask_ok=True)),
    (FC, 120, "andra versionen var bättre, förläng den med 30 sekunder", ext(0, 30, ask_ok=True)),
    (FC, 120, "forlang laten med 30 sekunder", ext(0, 30, ask_ok=True)),
    (FC, 120, "lagg till 20 sekunder i slutet", ext(0, 20, ask_ok=True)),
    (FC, None, "utan sang, 1 minut lofi", new(duration=60, inst=True, ask_ok=True)),
    (FC, 120, "lisaa 20 sekuntia loppuun", ext(0, 20, ask_ok=True)),
    (FC, 120, "pidenna kappaletta 30 sekunnilla", ext(0, 30, ask_ok=True)),
    (FC, 120, "forlaeng sangen med 30 sekunder", ext(0, 30, ask_ok=True)),
    (FC, 120, "tilfoj 20 sekunder i slutningen", ext(0, 20, ask_ok=True)),
    (FC, 120, "verlaengere den Song um 30 Sekunden", ext(0, 30, ask_ok=True)),
    (FC, 120, "haeng hinten noch 20 Sekunden dran", ext(0, 20, ask_ok=True)),
    (FC, 120, "baettu vid 20 sekundum i lokin", ext(0, 20, ask_ok=True)),
    (FC, 120, "förläng den till 3 minuter, som de andra", ext(0, 60, ask_ok=True)),
    # --- halves
    (HF, None, "o melodie de 2 minute jumatate pian jumatate chitara", new(duration=120, ask_ok=True)),
    (HF, None, "o melodie de 2 minute si jumatate, pop", new(duration=150, ask_ok=True)),
    (HF, None, "2 bucuk dakikalik bir rock sarkisi", new(duration=150, ask_ok=True)),
    (HF, None, "iki bucuk dakika lofi", new(duration=150, ask_ok=True)),
    (HF, None, "arabesk tarzi 3 dakika yarim icin bir sarki", new(duration=180, ask_ok=True)),
    (HF, None, "intro muzigi lazim 2 dakika yarim saatlik vlogum icin", new(duration=120, ask_ok=True)),
    (HF, None, "lag sem er 2 og halfa minutu, popp", new(duration=150, ask_ok=True)),
    (HF, None, "masfel perces vidam dal", new(duration=90, ask_ok=True)),
    (HF, None, "1 pun han gurai no kyoku, piano", new(duration=90, ask_ok=True)),
    (HF, None, "2fun han no BGM, chill", new(duration=150, ask_ok=True)),
    (HF, None, "give me 3 fun no-drum beats for my stream", new(duration_not=180, ask_ok=True)),
    (HF, None, "make 2 fun no-vocal jingles", new(duration_not=120, ask_ok=True)),
    # --- Hungarian 'egy'
    (HU, None, "egy masfel perces jingle kell", new(duration=90, ask_ok=True)),
    (HU, None, "kérek egy 3 perces dalt két verzióban", new(duration=180, takes=2, ask_ok=True)),
    (HU, None, "egy 30 másodperces és egy 1 perces verzió kell", ASK),
    # --- bitrate after the word for bitrate / quality
    (
        BR,
        None,
        "the last export at quality 128 sounded thin, give me a lofi track as mp3 at 320",
        new(bitrate_kbps=320, ask_ok=True),
    ),
    (BR, None, "비트레이트 128 말고 320으로 mp3 뽑아줘, 1분 재즈", new(bitrate_kbps=320, ask_ok=True)),
    (BR, None, "la calidad 128 suena mal, hazme un jingle en mp3 de 256", new(bitrate_kbps=256, ask_ok=True)),
    (BR, None, "a jingle, wav not mp3, best quality 192", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, None, "un jingle de 30 segundos en mp3, calidad 320", new(duration=30, bitrate_kbps=320, ask_ok=True)),
    (BR, None, "ジングル30秒、mp3でビットレートは192で", new(duration=30, bitrate_kbps=192, ask_ok=True)),
    (BR, None, "джингл 30 секунд, mp3, качество 320", new(duration=30, bitrate_kbps=320, ask_ok=True)),
    (BR, None, "یه جینگل 30 ثانیه ای، mp3 با کیفیت 320", new(duration=30, bitrate_kbps=320, ask_ok=True)),
    (BR, None, "30 saniyelik jingle, mp3 kalite 320", new(duration=30, bitrate_kbps=320, ask_ok=True)),
    (BR, None, "jingle 30 detik, mp3 kualitas 320", new(duration=30, bitrate_kbps=320, ask_ok=True)),
    # --- unit-first ranges
    (RG, 120, "ثانیه ۲۰ تا ۳۵ رو عوض کن، درامز بهتر", inp(20, 35, ask_ok=True)),
    (RG, 120, "من الثانية ٣٠ لحد ٤٥ غير الجيتار", inp(30, 45, ask_ok=True)),
    (RG, 120, "غير الدرامز من دقيقة 1 لحد 1:30", inp(60, 90, ask_ok=True)),
    (RG, 120, "detik 15 sampe 30 ganti drumnya", inp(15, 30, ask_ok=True)),
    (RG, 120, "ganti bagian menit 1 sampe 1:30, kurang enak", inp(60, 90, ask_ok=True)),
    (RG, 120, "เปลี่ยนกลองวินาทีที่ 20 ถึง 35", inp(20, 35, ask_ok=True)),
    (RG, 120, "thay trống từ giây thứ 20 tới 35", inp(20, 35, ask_ok=True)),
    (RG, 120, "palitan ang drums sa segundo 20 hanggang 35", inp(20, 35, ask_ok=True)),
    (RG, 180, "من الدقيقة 1 حتى الدقيقة 2 غير البيانو", inp(60, 120, ask_ok=True)),
    (RG, None, "یه آهنگ 30 ثانیه 2 تا 3 تا بساز، لوفای", new(duration=30, ask_ok=True)),
    # --- a unit that closes a length, then 'N sep M unit'
    (RGL, None, "یه آهنگ پاپ ۲ دقیقه ۳۰ تا ۴۰ ثانیه", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, None, "lagu pop 2 menit 30 sampe 40 detik", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, None, "bài pop dài 2 phút 30 tới 40 giây", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, None, "เพลงป๊อปยาว 2 นาที 30 ถึง 40 วินาที", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, None, "kanta na pop, 2 minuto 30 hanggang 40 segundo", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, None, "اغنية بوب مدتها دقيقتين و30 لحد 40 ثانية", new(duration_in=(150, 160), ask_ok=True)),
    (RGL, 120, "perpanjang jadi 2 menit 30 sampe 40 detik", {"tool": OUT, "after_in": (30, 40), "ask_ok": True}),
    # --- postpositions with an extend verb, beside 'more'
    (PP, 20, "इसे 30 सेकंड तक और बढ़ाओ", ext(0, 30, ask_ok=True)),
    (PP, 20, "اسے 30 سیکنڈ تک مزید بڑھاؤ", ext(0, 30, ask_ok=True)),
    (PP, 20, "பாடலை இன்னும் 30 வினாடிகள் வரை நீட்டு", ext(0, 30, ask_ok=True)),
    (PP, 20, "పాటను మరో 30 సెకన్ల వరకు పొడిగించు", ext(0, 30, ask_ok=True)),
    (PP, 20, "গানটা আরও 30 সেকেন্ড পর্যন্ত বাড়াও", ext(0, 30, ask_ok=True)),
    (PP, 20, "गीतलाई अझै 30 सेकेन्ड सम्म लम्ब्याउ", ext(0, 30, ask_ok=True)),
    (PP, 20, "ਗੀਤ ਨੂੰ ਹੋਰ 30 ਸਕਿੰਟ ਤੱਕ ਵਧਾਓ", ext(0, 30, ask_ok=True)),
    (PP, 120, "पहले 30 सेकंड तक वॉल्यूम धीरे धीरे बढ़ाओ", NOT_OUT),
    (PP, 15, "इंट्रो को 20 सेकंड तक बढ़ाओ", {"tool": OUT, "extend_after_duration": 0, "ask_ok": True}),
    (PP, 120, "इसे 3 मिनट तक लंबा करो", ext(0, 60, ask_ok=True)),
    (PP, 20, "गाने को 1 मिनट तक बढ़ाओ", ext(0, 40, ask_ok=True)),
    # --- case endings after 'the first / last' and words the rule does not list
    (CE, 120, "sonundaki 30 saniyeye bir gitar solosu ekle", NOT_OUT),
    (CE, 120, "baştaki 20 saniyeye piyano ekle", NOT_OUT),
    (CE, 120, "lisää kitara viimeisiin 30 sekuntiin", NOT_OUT),
    (CE, 120, "lisää rummut alun 30 sekuntiin", NOT_OUT),
    (CE, 120, "sonuncu 30 saniyəyə gitara əlavə et", NOT_OUT),
    (CE, 120, "a dal utolsó 30 másodpercére tegyél gitárt", NOT_OUT),
    (CE, 120, "pidennä ensin 3 minuuttiin", ext(0, 60, ask_ok=True)),
    (CE, 120, "ilk olarak 3 dakikaya uzat", ext(0, 60, ask_ok=True)),
    # --- a total that equals the track and the amounts said; 'to' before a total beside another amount
    (TA, 100, "the last 20 seconds are perfect, extend it to 2 minutes", ext(0, 20, ask_ok=True)),
    (TA, 100, "20 seconds at the start are too quiet, fix them, and extend to 2:00", ASK),
    (
        TA,
        100,
        "fade out the last 20 seconds and extend it to 2 minutes",
        {"tool": OUT, "extend_after_duration": 20, "ask_ok": True},
    ),
    (
        TA,
        90,
        "replace the last 30 seconds and make the whole thing 2 minutes",
        {"extend_after_duration": 30, "ask_ok": True},
    ),
    (TA, 120, "add 20 seconds at the start and 20 at the end, 2:40 total", ext(20, 20, ask_ok=True)),
    (TA, 120, "añade 20 segundos al final, que quede en 2:20 en total", ext(0, 20, ask_ok=True)),
    (TA, 120, "coloca 10 segundos no início e 10 no final, 2:20 no total", ext(10, 10, ask_ok=True)),
    (TA, 120, "estende pra 3 minutos, com uma intro de 20 segundos no começo", ext(20, 40, ask_ok=True)),
    (TA, 120, "kéo dài lên 3 phút, thêm 20 giây intro ở đầu", ext(20, 40, ask_ok=True)),
    (TA, 120, "habaan hanggang 3 minuto, may 20 segundong intro sa simula", ext(20, 40, ask_ok=True)),
    (TA, 120, "kéo dài lên 3 phút nữa", ext(0, 180, ask_ok=True)),
    # --- a length in digits beside a word of asking, last line after lyrics
    (
        LP,
        None,
        lyr("a pop song with these lyrics:", "Hold me close\nthe night is young", "Just 5 more minutes, please"),
        new(lyrics_has=["5 more minutes"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("una balada con esta letra:", "No te vayas\nquédate aquí", "Por favor, dame 5 minutos más"),
        new(lyrics_has=["5 minutos más"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("ein Schlager mit diesem Text:", "Der Wecker klingelt\nich bleib noch liegen", "Bitte, nur noch 5 Minuten"),
        new(lyrics_has=["5 Minuten"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("una canzone con questo testo:", "Resta qui\nnon andare via", "Per favore, ancora 5 minuti"),
        new(lyrics_has=["ancora 5 minuti"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("歌詞：", "朝が来ても\n君を離さない", "お願い あと5分だけ"),
        new(lyrics_has=["あと5分だけ"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("가사:", "아침이 와도\n너를 안고 싶어", "5분만 더 부탁해"),
        new(lyrics_has=["5분만 더"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("歌词如下：", "天快亮了\n你别走", "请你再给我3分钟"),
        new(lyrics_has=["再给我3分钟"], duration_not=180, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("piosenka z takim tekstem:", "Budzik dzwoni\nja nie wstaję", "Tak, jeszcze 5 minut"),
        new(lyrics_has=["jeszcze 5 minut"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("en sang med denne tekst:", "Du gik din vej\njeg blev her", "Tak for de 5 minutter"),
        new(lyrics_has=["5 minutter"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("en låt med den här texten:", "Du kom förbi\noch gick igen", "Tack för 3 minuter av dig"),
        new(lyrics_has=["3 minuter av dig"], duration_not=180, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("bu sözlerle bir şarkı:", "Gittin sen\nkaldım ben", "Teşekkürler o 5 dakika için"),
        new(lyrics_has=["5 dakika için"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("bài hát với lời:", "Em đi rồi\nanh vẫn chờ", "Cảm ơn 5 phút bên em"),
        new(lyrics_has=["5 phút bên em"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("song with these lyrics:", "You came around\nthen you were gone", "Thanks for the 3 minutes of heaven"),
        new(lyrics_has=["3 minutes of heaven"], duration_not=180, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("песня с таким текстом:", "Будильник звенит\nя не встаю", "Пожалуйста, ещё 5 минут"),
        new(lyrics_has=["ещё 5 минут"], duration_not=300, ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("song with these lyrics:", "Hold me close\nthe night is young", "Please make it 2 minutes"),
        new(duration=120, lyrics_lacks=["make it 2 minutes"], ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("歌词如下：", "天快亮了\n你别走", "请做成90秒"),
        new(duration=90, lyrics_lacks=["90秒"], ask_ok=True),
    ),
    (
        LP,
        None,
        lyr("가사:", "아침이 와도\n너를 안고 싶어", "1분으로 부탁해요"),
        new(duration=60, lyrics_lacks=["부탁"], ask_ok=True),
    ),
    # --- '一个…一个…'
    (YG, None, "一首歌，一个男声一个女声，2分钟", new(duration=120, takes=None, inst=False, ask_ok=True)),
    (YG, None, "做一首2分钟的曲子，一个吉他一个钢琴", new(duration=120, takes=None, ask_ok=True)),
    (YG, None, "来一首歌，像一首诗一样，1分钟", new(duration=60, takes=None, ask_ok=True)),
    (YG, None, "一首歌里一个人唱主歌一个人唱副歌，90秒", new(duration=90, takes=None, inst=False, ask_ok=True)),
    (YG, None, "기타 두 대, 하나는 어쿠스틱 하나는 일렉, 1분짜리 곡 하나", new(duration=60, takes=None, ask_ok=True)),
    (YG, None, "做三个版本 一个摇滚一个爵士一个电子", ASK),
]


if __name__ == "__main__":
    main(PROBES, __file__)
