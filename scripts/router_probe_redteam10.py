"""Red-team probe (redteam10) of the router rules added in 7016497..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: an extend verb with 'to'
right before the amount and 'in all' after it reaching that whole (_TO_BEFORE, _IN_ALL 'en tout', 'συνολικά');
_TOTAL_AFTER's new 'en tout', 'συνολικά' beside an add verb; _OTHER_THAN_LONGER's new cover and arrangement words
(and those it still lacks) in _total_said; a cover with no track (_COVER_OF); the 'march' date guard (_DAY_AFTER,
_DAY_BEFORE); the Malay/Indonesian check of short lyrics on Request.written; the Bulgarian and Latin neighbour words
and the Haitian early return (_neighbour_said); the trimmed Latin-letter counts (read._ROMAN_COUNT); '»…«' quotes and
'que diga' / 'that says' before a quote (read._QUOTED_ANNOUNCE); 'uta nashi no …' (_OF_SOMETHING_AFTER); new loop
words.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py). Verdicts: OK,
ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam10.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, ext, free, main, new

TO = "_TO_BEFORE: a 'to'-like word before the amount that is no 'to' ('dure'/'dura' = it lasts now, '-la' = it)"
TOC = "_TO_BEFORE / whole-length control ('extend it to N in all', in many languages)"
ADD = "_TOTAL_AFTER 'en tout' / 'συνολικά' / 'in total' beside an add verb: an amount, not a whole"
OT = "_total_said: another piece's word (arrangement, cover) not in _OTHER_THAN_LONGER beside a whole length"
OTC = "_OTHER_THAN_LONGER control"
CV = "_COVER_OF: a cover with no track (forms it lacks)"
CVC = "_COVER_OF control / false fire (a question is acceptable)"
MR = "'march' date guard (_DAY_AFTER / _DAY_BEFORE) and months said otherwise"
MI = "Malay/Indonesian check of short lyrics on Request.written"
NB = "neighbour words: Bulgarian/Russian, Latin, Haitian/French, Norwegian"
QT = "quotes: '»…«' / '»…»', 'que diga', 'that says' before a quote"
RC = "read._ROMAN_COUNT trimmed: Latin-letter counts before a unit no longer read"
RCC = "read._ROMAN_COUNT control"
LP = "new loop words ('užciklink', 'تتكرر بشكل متواصل')"
OF = "_OF_SOMETHING_AFTER: 'no words' said of the music followed by 'の…', '的…', 'no'"

SUNG_NOT = ["indonesian vocal", "malay vocal"]

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- 'to' before the amount that is no 'to'
    (TO, 175, "Verlängere den Song – er dauert 3 Minuten insgesamt und soll länger werden", ASK),
    (TO, 175, "rallonge-la, elle dure 3 minutes en tout pour l'instant", ASK),
    (TO, 175, "allungala, adesso dura 3 minuti in totale", ASK),
    (TO, 175, "alárgala un poco, ahora dura 3 minutos en total", ASK),
    (TO, 180, "prolonge-la un peu, elle dure 3 minutes en tout", ASK),
    (TO, 60, "prolonga-a 3 minutos no total", ASK),
    (TO, 60, "rallonge-la 2 minutes en tout", ASK),
    (TO, 60, "allonge-la 3 minutes au total", ASK),
    (TO, 180, "prolonge l'intro pour qu'elle dure 30 secondes en tout", ASK),
    (TO, 180, "alarga la intro a 30 segundos en total", ASK),
    (TO, 180, "allunga il finale così che dura 20 secondi in totale", ASK),
    (TO, 180, "alarga el solo de guitarra a 4 minutos en total", ASK),
    (TO, 150, "удлини трек на 4 минуты всего", ext(0, 240, ask_ok=True)),
    (TO, 120, "prolonga a música por 3 minutos no total", ext(0, 180, ask_ok=True)),
    (TO, 120, "allunga la canzone di 3 minuti in totale", ext(0, 180, ask_ok=True)),
    # ... controls, many languages
    (TOC, 180, "prelungește piesa la 4 minute în total", ext(0, 60)),
    (TOC, 180, "תאריך את השיר ל-4 דקות בסך הכול", ext(0, 60)),
    (TOC, 180, "rallonge-la pour qu'elle dure 4 minutes en tout", ext(0, 60)),
    (TOC, 180, "alarga la canción a 4 minutos en total", ext(0, 60)),
    (TOC, 180, "allunga il brano a 4 minuti in totale", ext(0, 60)),
    (TOC, 180, "verlängere ihn auf 4 Minuten insgesamt", ext(0, 60)),
    (TOC, 180, "extend it by 30 s in total", ext(0, 30)),
    (TOC, 180, "prolonga a música até 4 minutos no total", ext(0, 60)),
    (TOC, 180, "prodluž skladbu na 4 minuty celkem", ext(0, 60)),
    (TOC, 180, "forlæng nummeret til 4 minutter i alt", ext(0, 60)),
    (TOC, 180, "mahnını ümumilikdə 4 dəqiqəyə qədər uzat", ext(0, 60)),
    (TOC, 180, "آهنگ را در مجموع ۴ دقیقه کن", ext(0, 60)),
    (TOC, 180, "lengdu lagið í 4 mínútur samtals", ext(0, 60)),
    (TOC, 180, "pailgink dainą iki 4 minučių iš viso", ext(0, 60)),
    (TOC, 180, "गीतलाई जम्मा ४ मिनेटको बनाउ", ext(0, 60)),
    (TOC, 180, "ਗੀਤ ਨੂੰ ਕੁੱਲ 4 ਮਿੰਟ ਦਾ ਕਰ ਦਿਓ", ext(0, 60)),
    (TOC, 180, "predĺž skladbu na 4 minúty celkovo", ext(0, 60)),
    (TOC, 180, "продужи песму на 4 минута укупно", ext(0, 60)),
    (TOC, 180, "подовж пісню до 4 хвилин загалом", ext(0, 60)),
    (TOC, 180, "گانے کو کل 4 منٹ کا کر دو", ext(0, 60)),
    (TOC, 180, "將首歌拉長到總共4分鐘", ext(0, 60)),
    (TOC, 180, "fè chante a dire 4 minit an total", ext(0, 60)),
    (TOC, 180, "총 4분으로 늘려줘", ext(0, 60)),
    (TOC, 180, "全体で4分になるように伸ばして", ext(0, 60)),
    (TOC, 180, "produži pjesmu na ukupno 4 minute", ext(0, 60)),
    (TOC, 180, "ยืดเพลงให้ยาวทั้งหมด 4 นาที", ext(0, 60)),
    # --- an add verb with 'in total': the amount added
    (ADD, 180, "ajoute 4 minutes en tout à la fin", ext(0, 240)),
    (ADD, 180, "πρόσθεσε 4 λεπτά συνολικά στο τέλος", ext(0, 240)),
    (ADD, 180, "añade 4 minutos en total al final", ext(0, 240)),
    (ADD, 180, "füge am Ende insgesamt 4 Minuten hinzu", ext(0, 240)),
    (ADD, 180, "aggiungi 4 minuti in totale alla fine", ext(0, 240)),
    (ADD, 180, "adaugă 4 minute în total la final", ext(0, 240)),
    (ADD, 180, "add a total of 4 minutes to the end", ext(0, 240)),
    (ADD, 180, "ajoute 30 secondes en tout à la fin", ext(0, 30)),
    (ADD, 180, "πρόσθεσε 30 δευτερόλεπτα συνολικά στο τέλος", ext(0, 30)),
    (ADD, 180, "voeg aan het eind in totaal 4 minuten toe", ext(0, 240)),
    (ADD, 180, "dodaj na końcu łącznie 4 minuty", ext(0, 240)),
    (ADD, 180, "lägg till 4 minuter totalt i slutet", ext(0, 240)),
    (ADD, 180, "أضف 4 دقائق بالمجموع في النهاية", ext(0, 240)),
    (ADD, 180, "הוסף 4 דקות בסך הכול בסוף", ext(0, 240)),
    (ADD, 180, "thêm 4 phút tổng cộng vào cuối bài", ext(0, 240)),
    # --- another piece's word beside a whole length
    (OT, 180, "κάνε μια διασκευή του τραγουδιού, συνολικά 4 λεπτά", ASK),
    (OT, 180, "fais-en un réarrangement, 4 minutes en tout", ASK),
    (OT, 180, "сделай аранжировку, всего 4 минуты", ASK),
    (OT, 180, "maak er een nieuwe bewerking van, in totaal 4 minuten", ASK),
    (OT, 180, "tee siitä uusi sovitus, yhteensä 4 minuuttia", ASK),
    (OT, 180, "csinálj belőle feldolgozást, összesen 4 perc", ASK),
    (OT, 180, "bikin aransemen ulang, total 4 menit", ASK),
    (OT, 180, "gör en ny tolkning av låten, totalt 4 minuter", ASK),
    (OT, 180, "תעשה עיבוד חדש לשיר, בסך הכול 4 דקות", ASK),
    (OT, 180, "làm bản phối lại, tổng cộng 4 phút", ASK),
    (OT, 180, "fes-ne una versió nova, 4 minuts en total", ASK),
    (OT, 180, "इसका नया वर्ज़न बनाओ, कुल 4 मिनट", ASK),
    (OTC, 180, "fais-en une version piano, 4 minutes en tout", ASK),
    (OTC, 180, "κάνε ένα remix, συνολικά 4 λεπτά", ASK),
    (OTC, 180, "이걸 편곡해서 총 4분으로", ASK),
    # --- a cover with no track
    (CV, None, "make a Wonderwall cover, acoustic guitar", ASK),
    (CV, None, "zrób cover piosenki Dawida Podsiadło, akustycznie", ASK),
    (CV, None, "Tarkan'ın Şımarık şarkısının cover'ını yap", ASK),
    (CV, None, "Tum Hi Ho ka cover banao, unplugged", ASK),
    (CV, None, "तुम ही हो का कवर बनाओ", ASK),
    (CV, None, "cover lagu Tulus yang Hati-Hati di Jalan, akustik", ASK),
    (CV, None, "cover bài Hãy Trao Cho Anh theo phong cách lofi", ASK),
    (CV, None, "gör en cover på Dancing Queen", ASK),
    (CV, None, "lav en coverversion af Barbie Girl", ASK),
    (CV, None, "اعمل كفر لأغنية أنت عمري بستايل جاز", ASK),
    (CVC, None, "сделай кавер на «Группу крови»", ASK),
    (CVC, None, "a cover of Wonderwall, acoustic", ASK),
    (CVC, None, "米津玄師のLemonをカバーして", ASK),
    (CVC, None, "아이유 좋은 날 커버해줘", ASK),
    (CVC, None, "翻唱一首周杰伦的晴天", ASK),
    (CVC, None, "fais une reprise de La Vie en rose au piano", ASK),
    (CVC, None, "a song about the cover of my grandmother's old photo album, folk", new(ask_ok=True)),
    (CVC, None, "una canción de cumpleaños, versión de 2 minutos, alegre", new(duration=120, ask_ok=True)),
    (CVC, None, "песня для кавер-группы на свадьбу, 3 минуты, поп-рок", new(duration=180, ask_ok=True)),
    # --- march and the months
    (MR, None, "a military march 2 minutes long, brass band", new(duration=120, tags_has=["march"])),
    (MR, None, "a wedding march 3 min for organ", new(duration=180, tags_has=["march"])),
    (MR, None, "a brass piece in march tempo, 2 minutes", new(duration=120, tags_has=["march"])),
    (MR, None, "a slow march 90 bpm for bagpipes", new(tags_has=["march"])),
    (MR, None, "a funeral march in C minor, slow, piano", new(tags_has=["march"])),
    (MR, None, "a happy birthday song for my son, born March the 3rd, pop", new(tags_not=["march"], ask_ok=True)),
    (MR, None, "a pop song about our trip last March, upbeat", new(tags_not=["march"], ask_ok=True)),
    (MR, None, "an indie song about the Ides of March, moody", new(tags_not=["march"], ask_ok=True)),
    (MR, None, "a hype hip-hop track for March Madness, 2 minutes", new(duration=120, tags_not=["march"], ask_ok=True)),
    (MR, None, "a folk song about spring, every March the birds come back", new(tags_not=["march"], ask_ok=True)),
    (MR, None, "my daughter turns 16 on March 3rd, make her a pop song", new(tags_not=["march"], ask_ok=True)),
    (
        MR,
        None,
        "una canción con mucha marcha para bailar, 3 minutos",
        new(duration=180, tags_not=["march"], ask_ok=True),
    ),
    # --- Malay / Indonesian
    (
        MI,
        None,
        "buatkan lagu pop yang sedih untuk aku, lirik: 'baby I miss you so much sayang'",
        new(tags_not=SUNG_NOT, ask_ok=True),
    ),
    (
        MI,
        None,
        "buat lagu balada 3 minit untuk awak, lirik: 'kau tak di sini, hatiku tak tenang'",
        new(duration=180, tags_not=["indonesian vocal"], ask_ok=True),
    ),
    (
        MI,
        None,
        "bikinin lagu dangdut 3 menit, liriknya: 'kamu selalu di hatiku'",
        new(duration=180, tags_not=["malay vocal"], ask_ok=True),
    ),
    (
        MI,
        None,
        "gawa ka ng kanta para sa mahal ko, lyrics: 'sayang, ikaw lang ang mahal ko'",
        new(tags_not=SUNG_NOT, ask_ok=True),
    ),
    (
        MI,
        None,
        "tengeneza wimbo wa mapenzi, maneno: 'nakupenda sana mpenzi wangu'",
        new(tags_not=SUNG_NOT, ask_ok=True),
    ),
    (
        MI,
        None,
        "buatkan lagu bahasa Inggris untuk ulang tahun kamu, lirik: 'happy birthday to you my dear sayang'",
        new(tags_not=SUNG_NOT, ask_ok=True),
    ),
    (
        MI,
        None,
        "bikin lagu Jawa, lirik: 'aku tresno karo kowe, ora iso lali'",
        new(tags_not=["malay vocal"], ask_ok=True),
    ),
    # --- neighbours
    (NB, None, "Сочини трек в стиле поп, текст: «ты моя звезда»", new(tags_not=["bulgarian vocal"], ask_ok=True)),
    (
        NB,
        None,
        "Напиши песню на выпускной бал, текст: «прощай, школа, здравствуй, жизнь»",
        new(tags_not=["bulgarian vocal"], ask_ok=True),
    ),
    (NB, None, "Хочу поп-трек про бал, текст: «мы танцуем до утра»", new(tags_not=["bulgarian vocal"], ask_ok=True)),
    (NB, None, "Направи песен за мама, текст: „мамо, обичам те“", new(tags_not=["russian vocal"], ask_ok=True)),
    (
        NB,
        None,
        "Искам песен, 2 минути, текст: «ти си моето слънце»",
        new(duration=120, tags_not=["russian vocal"], ask_ok=True),
    ),
    (NB, None, "a flamenco song for Carmen, lyrics: 'olé, olé, Carmen'", new(tags_not=["latin vocal"], ask_ok=True)),
    (NB, None, "fac carmen gregorianum, verba: 'Ave Maria, gratia plena'", new(tags_not=["greek vocal"], ask_ok=True)),
    (
        NB,
        None,
        "fè yon chanson d'amour pou mwen, paroles: «je t'aime pour toujours»",
        new(tags_not=["haitian creole vocal"], ask_ok=True),
    ),
    (NB, None, "fais-moi une chanson konpa, paroles: «mwen renmen ou»", new(tags_not=["french vocal"], ask_ok=True)),
    (NB, None, "lag en sang, teksten: 'vi ses i sommer'", new(tags_not=["danish vocal", "swedish vocal"], ask_ok=True)),
    # --- quotes
    (
        QT,
        None,
        "une chanson pop avec les paroles « je t'aime » et le titre « Toujours »",
        new(lyrics_has=["je t'aime"], ask_ok=True),
    ),
    (QT, None, "en sang med teksten »sneen falder blødt på taget«", new(lyrics_has=["sneen falder blødt på taget"])),
    (QT, None, "en låt med texten »du är min sol»", new(lyrics_has=["du är min sol"], ask_ok=True)),
    (QT, None, "laulu, sanoin »olet minun aurinkoni»", new(lyrics_has=["olet minun aurinkoni"], ask_ok=True)),
    (
        QT,
        None,
        "una canción instrumental para un video que dice 'feliz cumpleaños' en pantalla",
        new(inst=True, ask_ok=True),
    ),
    (
        QT,
        None,
        "an instrumental track for my shop's ad, like the sign that says 'open all night'",
        new(inst=True, ask_ok=True),
    ),
    (QT, None, "una canción que diga «te quiero, mamá», balada", new(lyrics_has=["te quiero, mamá"])),
    (
        QT,
        None,
        "ein Lied, das »Guten Morgen, Sonnenschein« heißt, Schlager",
        new(lyrics_not=["Guten Morgen, Sonnenschein"], ask_ok=True),
    ),
    (
        QT,
        None,
        "une comptine pour ma fille qui dit « pourquoi ? » à tout",
        new(lyrics_not=["pourquoi ?"], ask_ok=True),
    ),
    # ... a quote said by someone in the song's story, after 'that says' / 'que dice' / 'die sagt' / 'che dice'
    (QT, None, "a kids song about a parrot that says 'hello' all day", new(lyrics_not=["hello"], ask_ok=True)),
    (
        QT,
        None,
        "a 2 minute rap about a sign that says 'no parking'",
        new(duration=120, lyrics_not=["no parking"], ask_ok=True),
    ),
    (QT, None, "una canción infantil sobre un loro que dice «hola»", new(lyrics_not=["hola"], ask_ok=True)),
    (QT, None, "ein Kinderlied über meine Katze, die sagt „Miau“", new(lyrics_not=["Miau"], ask_ok=True)),
    (QT, None, "una canzoncina su un pappagallo che dice «ciao»", new(lyrics_not=["ciao"], ask_ok=True)),
    (QT, None, "uma música infantil sobre um papagaio que diz «oi»", new(lyrics_not=["oi"], ask_ok=True)),
    # --- Latin-letter counts
    (RC, None, "char minute ka romantic gaana banao", new(duration=240)),
    (RC, None, "panch minute ka workout mix bana do", new(duration=300)),
    (RC, None, "ekta tin minute er gaan banao, rabindrasangeet style", new(duration=180)),
    (RC, None, "san fen zhong de gangqin qu, anjing yidian", new(duration=180)),
    (RC, None, "wu fen zhong de yinyue, gei wo zuo yi shou", new(duration=300)),
    (RC, None, "do minute wala sad song bana do", new(duration=120)),
    (RC, None, "yi fen zhong de duan ge, kuaile", new(duration=60)),
    (RCC, None, "teen minute ka party song bana do", new(duration=180)),
    (RCC, None, "do minute ka lofi beat", new(duration=120)),
    (RCC, None, "liang fen zhong de ge, kuaile", new(duration=120)),
    (RCC, None, "fè yon ti chante senk minit pou pitit mwen", new(duration=300)),
    # --- loop words
    (LP, 180, "užciklink šią dainą", free(loop=True, ask_ok=True)),
    (LP, None, "أغنية حزينة عن الأيام التي تتكرر بشكل متواصل، 3 دقائق", new(duration=180, ask_ok=True)),
    (LP, 180, "أضف 20 ثانية في النهاية، الأغنية عن تكرار مستمر للحياة", ext(0, 20)),
    # --- 'no words' followed by 'の…', '的…', 'no'
    (OF, None, "歌詞なしのピアノ曲を作って", new(inst=True)),
    (OF, None, "无歌词的轻音乐，三分钟", new(inst=True, duration=180)),
    (OF, None, "uta nashi no piano kyoku, 2 fun gurai", new(inst=True, duration=120)),
    (OF, None, "música sem letra no estilo lofi, 2 minutos", new(inst=True, duration=120)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
