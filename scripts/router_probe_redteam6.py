"""Red-team probe (redteam25f) of the router rules added in 73ac5c3..40ca15e: negations after an instrument word
(style_words.excluded_after, now also on the router's English terms), verbs of not wanting before it, a negation
shared past an unknown word (_negated_across), harmonica forms, 'longer' comparatives and _MORE romanised verbs
(cues.py), lyrics announced before a colon (read._ANNOUNCE) and 'no lyrics:', numbers that are no length
(anniversaries, episodes, hours), the lyrics-language tie-break, the 'english vocal' tag, the Devanagari word split
and '伴奏' / '노래는 없' as instrumental words. Prints each request, the plan or question, and a verdict against what
a careful native reader is sure of (labelled before any run).
Run: sh scripts/uv run python scripts/router_probe_redteam6.py [filter] [-q]   (-q: print only the bad verdicts)

A rule marked "(pre-existing)" gives the same answer at 73ac5c3. Same conventions and runner as
router_probe_redteam4.py / router_probe_redteam5.py ("tags_has", "tags_not", "vocal", argument values)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from router_probe_redteam4 import ASK, ext, inp, main, new

NA = "excluded_after (negation after the word)"
NAE = "excluded_after on an English term"
NB = "_NEGATED / _WITHOUT_BEFORE_PAIRS (not wanting, before)"
NX = "_negated_across (negation past an unknown word)"
NS = "_negation_shared"
HM = "harmonica forms"
LG = "'longer' comparative as an extend cue"
MR = "_MORE romanised verbs and sides"
AN = "_ANNOUNCE (lyrics announced before a colon)"
NOB = "NO_BEFORE ('no lyrics:')"
NT = "_NOT_TIME_AFTER/_BEFORE (a number that is no length)"
CK = "_CLOCK_BEFORE (an hour of the day)"
TB = "lyrics language tie-break by the request"
EV = "'english vocal' tag"
DV = "Devanagari word split (lyrics language)"
BZ = "instrumental words ('伴奏', '노래는 없')"

# tags that must not appear: the instrument asked for, said as excluded
NOG = ["no guitar"]
NOD = ["no drums"]
NOP = ["no piano"]
G = ["guitar"]
D = ["drums"]

CASES: list[tuple[str, str, float | None, str, Any]] = [
    # --- negation after the word: the words after an instrument that do not take it out
    (
        "de",
        "Popsong mit Piano und Drums, Drums bitte nicht zu laut",
        None,
        NAE + " ('bitte nicht' zu laut)",
        new(tags_not=NOD),
    ),
    (
        "de",
        "ruhiger Song mit Gitarre, Gitarre bitte nicht verzerrt",
        None,
        NA + " ('bitte nicht' verzerrt)",
        new(tags_not=NOG),
    ),
    (
        "de",
        "Rocksong, Schlagzeug will ich nicht missen, 2 Minuten",
        None,
        NA + " ('will ich nicht' missen)",
        new(tags_not=NOD, duration=120),
    ),
    ("id", "lagu pop santai, piano gak usah terlalu cepat", None, NAE + " ('gak usah' terlalu)", new(tags_not=NOP)),
    (
        "id",
        "lagu rock, gitar gak usah terlalu keras, 2 menit",
        None,
        NA + " ('gak usah' terlalu)",
        new(tags_not=NOG, duration=120),
    ),
    ("id", "lagu balada, piano tidak perlu terlalu keras", None, NAE + " ('tidak perlu' terlalu)", new(tags_not=NOP)),
    (
        "hi",
        "sirf guitar nahi, drums bhi chahiye, rock gaana 2 minute",
        None,
        NAE + " ('not only guitar')",
        new(tags_not=NOG),
    ),
    (
        "hi",
        "lofi beat, piano nahi to guitar chalega",
        None,
        NAE + " ('if not piano, guitar will do')",
        new(tags_not=NOP),
    ),
    ("hi", "गाना, गिटार नहीं तो पियानो चलेगा", None, NA + " (नहीं: 'if not') (pre-existing)", new(tags_not=NOG)),
    ("bn", "শুধু গিটার নয়, ড্রামও চাই, রক গান", None, NA + " (নয়: 'not only')", new(tags_not=NOG)),
    ("ur", "صرف گٹار نہیں، ڈرم بھی چاہیے، راک گانا", None, NA + " (نہیں: 'not only')", new(tags_not=NOG)),
    (
        "tr",
        "rock şarkı, gitar yok olmaz, 2 dakika",
        None,
        NA + " ('yok olmaz': no guitar won't do)",
        new(tags_not=NOG, duration=120),
    ),
    (
        "ko",
        "록 노래, 기타는 빼지 마, 2분",
        None,
        NA + " ('는 빼' 지 마: don't remove)",
        new(tags_not=NOG, duration=120),
    ),
    ("ko", "잔잔한 발라드, 피아노는 빼지 말고 드럼은 빼줘", None, NA + " ('는 빼지 말고')", new(tags_not=NOP + D)),
    (
        "ja",
        "ドラムは要らないって言ったけど、やっぱり入れて。ロック、2分",
        None,
        NA + " (要らない, then 'put them in after all')",
        new(tags_not=NOD, duration=120),
    ),
    (
        "ru",
        "рок, барабаны не надо делать тише, 2 минуты",
        None,
        NA + " ('не надо' делать тише)",
        new(tags_not=NOD, duration=120),
    ),
    ("ru", "баллада, гитару не надо убирать, пусть звучит", None, NA + " ('не надо' убирать)", new(tags_not=NOG)),
    (
        "hr",
        "rock pjesma, bubnjeve ne treba utišavati, 2 minute",
        None,
        NA + " ('ne treba' utišavati)",
        new(tags_not=NOD, duration=120),
    ),
    ("cs", "rocková píseň, bicí nechci moc hlasité", None, NA + " ('nechci' moc hlasité)", new(tags_not=NOD)),
    (
        "th",
        "เพลงร็อค กลองไม่ต้องดังมาก 2 นาที",
        None,
        NA + " (ไม่ต้องดังมาก: need not be loud)",
        new(tags_not=NOD, duration=120),
    ),
    ("th", "เพลงร็อค กีตาร์ไม่เอาเสียงแตก", None, NA + " (ไม่เอาเสียงแตก: no distortion)", new(tags_not=NOG)),
    ("pt", "uma canção calma com piano pois", None, NAE + " ('pois' at the end: European 'indeed')", new(tags_not=NOP)),
    ("pt", "piano e guitarra, pois é o que ela gosta", None, NAE + " (control: 'pois é')", new(tags_not=NOP)),
    ("en", "rock, drums not wanted too heavy, guitar up front", None, NAE + " ('not wanted too heavy')", ASK + "|plan"),
    # ... and where the negation after the word is right (controls)
    ("tr", "gitar olmasın, piyano olsun, pop şarkı", None, NA + " (control)", new(tags_not=G)),
    ("de", "Schlagzeug will ich keins, nur Klavier, Ballade", None, NA + " (control)", new(tags_not=D)),
    ("hr", "pop, bubnjeve ne želim, samo gitara", None, NA + " (control)", new(tags_not=D)),
    ("id", "ballad, gitar ga usah, piano aja", None, NA + " (control)", new(tags_not=G)),
    ("th", "เพลงป๊อป กลองไม่เอา", None, NA + " (control)", new(tags_not=D)),
    ("th", "เพลงป๊อป ไม่เอากลอง", None, NA + " (control, before) (pre-existing)", new(tags_not=D)),
    ("ko", "팝송, 드럼이랑 기타 없이요", None, NA + " (control)", new(tags_not=D + G)),
    ("hi", "pop song, synth nahi chahiye", None, NAE + " (control)", new(tags_not=["synth"])),
    ("hi", "pop gaana, drums mat dalo", None, NAE + " (control)", new(tags_not=D)),
    ("mr", "पॉप गाणं, ड्रम नको", None, NA + " (control)", new(tags_not=D)),
    ("ur", "پاپ گانا، ڈرم مت ڈالو", None, NA + " (control)", new(tags_not=D)),
    ("tr", "pop şarkı, davul koyma", None, NA + " (control)", new(tags_not=D)),
    ("en", "chill song with guitar, drums not needed", None, NAE + " (control)", new(tags_not=D)),
    ("fi", "poppis, kitara pois!", None, NA + " (control) (pre-existing)", new(tags_not=G)),
    ("de", "Klavierballade, Gitarre weg", None, NA + " ('weg' control) (pre-existing)", new(tags_not=G)),
    ("nl", "pop, gitaar weg", None, NA + " ('weg' control) (pre-existing)", new(tags_not=G)),
    ("nl", "rock, gitaar weg en drums erbij", None, NA + " ('weg' control) (pre-existing)", new(tags_not=G + NOD)),
    # --- verbs of not wanting before the word: the object is not the instrument, or only one quality of it
    (
        "en",
        "I don't need drums to be loud, chill pop song with drums and piano",
        None,
        NB + " (don't need ... to be loud)",
        new(tags_not=NOD),
    ),
    (
        "en",
        "sad song, I don't want a guitar solo, just chords on guitar",
        None,
        NB + " (a solo, not the guitar)",
        new(tags_not=NOG),
    ),
    ("en", "I don't use piano much, but make a piano ballad", None, NB + " (the speaker's habit)", new(tags_not=NOP)),
    (
        "pt",
        "não quero bateria muito alta, só um pop suave com bateria e violão",
        None,
        NB + " (não quero ... muito alta)",
        new(tags_not=NOD),
    ),
    (
        "it",
        "ballata, non voglio chitarra troppo distorta, solo un po' crunch",
        None,
        NB + " (non voglio ... troppo distorta)",
        new(tags_not=NOG),
    ),
    (
        "es",
        "no quiero guitarra eléctrica sino acústica, balada 2 minutos",
        None,
        NB + " (control: sino)",
        new(tags_not=["electric guitar"], duration=120),
    ),
    ("en", "pop song, don't add drums until the chorus", None, NB + " (until the chorus)", new(tags_not=NOD)),
    ("en", "I don't want any drums, lofi piano", None, NB + " (control)", new(tags_not=D)),
    ("id", "tak usah gitar, lagu piano saja", None, NB + " (control)", new(tags_not=G)),
    ("es", "no quiero batería, solo piano", None, NB + " (control)", new(tags_not=D)),
    ("pt", "não quero guitarra, só piano", None, NB + " (control)", new(tags_not=G)),
    ("ru", "не хочу гитару, только пианино", None, NB + " (control)", new(tags_not=G)),
    # --- a negation shared past an unknown word: the unknown word is an idiom, not a second instrument
    (
        "fa",
        "بدون شک گیتار بهترین سازه، یه آهنگ راک با گیتار بساز",
        None,
        NX + " (بدون شک: without doubt)",
        new(tags_not=NOG),
    ),
    ("fa", "آهنگ پاپ بدون وقفه گیتار بزنه", None, NX + " (بدون وقفه: nonstop)", new(tags_not=NOG)),
    (
        "he",
        "שיר רוק, בלי ספק גיטרה חשמלית",
        None,
        NX + " (בלי ספק: without doubt)",
        new(tags_not=["no electric guitar"]),
    ),
    ("es", "canción sin prisa y guitarra suave", None, NX + " (sin prisa: unhurried)", new(tags_not=NOG)),
    ("pt", "rock sem pressa e guitarra", None, NX + " (sem pressa: unhurried)", new(tags_not=NOG)),
    (
        "id",
        "lagu pop tanpa henti dan gitar akustik",
        None,
        NX + " (tanpa henti: nonstop)",
        new(tags_not=["no acoustic guitar"]),
    ),
    ("pt", "um rock com solo no refrão e guitarra pesada", None, NX + " (pt 'no' = in the)", new(tags_not=NOG)),
    ("pt", "rock suave, no final a guitarra faz um solo", None, NX + " (pt 'no final a')", new(tags_not=NOG)),
    (
        "vi",
        "nhạc không lời và piano nhẹ nhàng",
        None,
        NX + " (không lời = instrumental) (pre-existing)",
        new(tags_not=NOP),
    ),
    ("fa", "یک آهنگ بی کلام پیانو، آرام", None, NX + " (بی کلام = instrumental)", new(tags_not=NOP)),
    ("fa", "آهنگ بی کلام گیتار برای مطالعه", None, NX + " (بی کلام = instrumental)", new(tags_not=NOG)),
    ("fa", "آهنگ پاپ بدون درام و گیتار", None, NX + " (control)", new(tags_not=G + D)),
    (
        "pl",
        "muzyka bez wokalu, a gitara na pierwszym planie",
        None,
        NS + " (pl 'a' = whereas) (pre-existing)",
        new(tags_not=NOG),
    ),
    ("fr", "une berceuse sans paroles en piano solo", None, NS + " (fr 'en' = on) (pre-existing)", new(tags_not=NOP)),
    (
        "ru",
        "музыка без слов, и гитара ведёт мелодию",
        None,
        NS + " (и: the guitar leads) (pre-existing)",
        new(tags_not=NOG),
    ),
    # --- harmonica: 'harmonika' is the accordion in Danish, Czech, Serbian, Croatian, Hungarian
    (
        "cs",
        "veselá polka, harmonika a klarinet, 2 minuty",
        None,
        HM + " (cs harmonika = accordion)",
        new(tags_has=["accordion"], tags_not=["harmonica"]),
    ),
    (
        "sr",
        "narodna pesma, harmonika i violina",
        None,
        HM + " (sr harmonika = accordion)",
        new(tags_has=["accordion"], tags_not=["harmonica"]),
    ),
    (
        "da",
        "glad polka med harmonika, 2 minutter",
        None,
        HM + " (da harmonika = accordion)",
        new(tags_has=["accordion"], tags_not=["harmonica"]),
    ),
    (
        "hu",
        "vidám polka harmonikaszóval",
        None,
        HM + " (hu harmonika = accordion)",
        new(tags_has=["accordion"], tags_not=["harmonica"]),
    ),
    (
        "id",
        "lagu dangdut dengan harmonika",
        None,
        HM + " (id harmonika = harmonica) (accordion pre-existing)",
        new(tags_has=["harmonica"], tags_not=["accordion"]),
    ),
    ("ru", "песня с губной гармошкой, блюз", None, HM, new(tags_has=["harmonica"], tags_not=["accordion"])),
    ("de", "Mundharmonika Blues, 2 Minuten", None, HM, new(tags_has=["harmonica"], duration=120)),
    ("it", "blues con armonica a bocca", None, HM, new(tags_has=["harmonica"])),
    ("nl", "blues met mondharmonica", None, HM, new(tags_has=["harmonica"])),
    ("sv", "blues, munspel och gitarr", None, HM, new(tags_has=["harmonica", "guitar"])),
    # --- 'longer' comparatives: a size or a loudness, or the side of the intro
    ("fa", "صدای 20 ثانیه آخر رو بلندتر کن", 150, LG + " (بلندتر: louder)", ASK),
    (
        "el",
        "δώσε μεγαλύτερη ένταση στα τελευταία 20 δευτερόλεπτα",
        150,
        LG + " (μεγαλύτερη ένταση: more intensity)",
        ASK,
    ),
    ("el", "κάνε το ρεφρέν στο 1:00-1:30 πιο μεγάλο και επικό", 150, LG + " (πιο μεγάλο: bigger)", ASK + "|plan"),
    ("tr", "1:00-1:30 arasında vokal notaları daha uzun tutulsun", 150, LG + " (hold the notes longer)", inp(60, 90)),
    ("pl", "zrób dłuższą pauzę w 1:00-1:10", 150, LG + " (a longer pause inside)", inp(60, 70)),
    ("id", "buat intronya 10 detik lebih panjang", 150, LG + " (the intro longer)", ext(10, 0)),
    ("tr", "intro 10 saniye daha uzun olsun", 150, LG + " (the intro longer)", ext(10, 0)),
    ("es", "la intro 10 segundos más larga", 150, LG + " (the intro longer)", ext(10, 0)),
    ("tr", "son kısmı 20 saniye daha uzun yap", 150, LG, ext(0, 20)),
    ("is", "gerðu lagið 30 sekúndum lengra", 150, LG, ext(0, 30)),
    ("cs", "udělej to o 20 sekund delší", 150, LG, ext(0, 20)),
    ("sk", "sprav to o 20 sekúnd dlhšie", 150, LG, ext(0, 20)),
    ("ro", "fă-o cu 20 de secunde mai lungă", 150, LG, ext(0, 20)),
    ("vi", "làm dài hơn 20 giây", 150, LG, ext(0, 20)),
    ("el", "κάνε το τραγούδι πιο μεγάλο κατά 20 δευτερόλεπτα", 150, LG, ext(0, 20)),
    ("en", "make the intro 10 seconds longer", 150, LG + " (control)", ext(10, 0)),
    ("el", "πιο μεγάλο τραγούδι, ροκ, 3 λεπτά", None, LG + " (no track: a new, longer song)", new(duration=180)),
    ("tr", "daha uzun bir şarkı, rock, 3 dakika", None, LG + " (no track: a new, longer song)", new(duration=180)),
    ("id", "lagu yang lebih panjang, pop, 3 menit", None, LG + " (no track: a new, longer song)", new(duration=180)),
    # --- _MORE: romanised verbs that are also 'again' / 'repeat' / 'first of all'
    ("is", "spilaðu síðustu 10 sekúndurnar aftur", 150, MR + " ('aftur': play again)", ASK),
    ("is", "ég heyrði ekki, spilaðu síðustu 10 sekúndurnar aftur", 150, MR + " ('aftur': play again)", ASK),
    ("sw", "rudia kucheza sekunde 20 za mwisho", 150, MR + " ('rudia kucheza': replay)", ASK),
    ("ar", "آخر 10 ثواني ما سمعتهم منيح، عيدها", 150, MR + " ('didn't hear them well, repeat it')", ASK),
    ("ja", "hajime ni, owari ni 20byou tashite", 150, MR + " ('hajime ni': first of all)", ext(0, 20)),
    ("is", "búðu til lag aftur eins og í gær, rólegt píanó, 2 mínútur", None, MR + " (new piece)", new(duration=120)),
    ("sw", "tunga wimbo wa taarab, rudia kiitikio mara mbili, dakika 3", None, MR + " (new piece)", new(duration=180)),
    ("is", "gerðu síðustu 10 sekúndurnar aftur", 150, MR + " (control)", inp(10, 0)),
    ("ar", "zid 30 sanye 3al a5er", 150, MR + " (control)", ext(0, 30)),
    ("ar", "زيد 20 ثانية في الأول", 150, MR + " (control)", ext(20, 0)),
    ("de", "die ersten 3 sekunden abschneiden", 150, MR + " (control)", {"tool": "process_track", "trim_start_s": 3}),
    ("sv", "fadea ut de sista 5 sekunderna", 150, MR + " (control)", {"tool": "process_track", "fade_out_s": 5}),
    ("ar", "zid 20 sanye, el awel kan 7elo", 150, MR + " ('el awel kan 7elo': the start was nice)", ASK + "|after"),
    (
        "ja",
        "30byou no jingle tsukutte, intro mo tashite",
        None,
        MR + " (romaji 'no' read as a negation) (pre-existing)",
        new(duration=30, tags_not=["no jingle"]),
    ),
    (
        "ja",
        "owari ni 10byou no fade out",
        150,
        MR + " (romaji 'no') (pre-existing)",
        {"tool": "process_track", "fade_out_s": 10},
    ),
    (
        "zh",
        "zai zuo yi shou ge, 2 fenzhong, yaogun",
        None,
        MR + " (control: 'zai zuo' a new song; fenzhong)",
        new(duration=120),
    ),
    ("en", "cut the last 40 seconds", 30, "trims take the whole track (control)", ASK),
    (
        "en",
        "cut the first 10 seconds",
        150,
        "trims take the whole track (control)",
        {"tool": "process_track", "trim_start_s": 10},
    ),
    # --- lyrics announced before a colon: a description of the lyrics, a style, an idiom
    (
        "de",
        "Songtext bitte auf Deutsch: Thema Freundschaft und Sommer, Pop, 2 Minuten",
        None,
        AN,
        new(lyrics=None, duration=120),
    ),
    ("ru", "Текст песни на русском языке: о дружбе и лете, поп, 2 минуты", None, AN, new(lyrics=None, duration=120)),
    ("tr", "şarkı sözleri şu konuda olsun: aşk ve ayrılık, pop, 2 dakika", None, AN, new(lyrics=None, duration=120)),
    (
        "tr",
        "Türk sanat müziği tarzı: hüzünlü ud ve kanun, 3 dakika",
        None,
        AN + " ('sanat' = art)",
        new(lyrics=None, duration=180),
    ),
    (
        "tl",
        "Gumawa ng kanta gamit ang gitara: masaya at mabilis, 2 minuto",
        None,
        AN + " ('gamit' = using)",
        new(lyrics=None, duration=120),
    ),
    (
        "id",
        "lagu santai, titik beratnya pada: piano, biola, dan suara lembut",
        None,
        AN + " ('titik berat' = emphasis)",
        new(lyrics=None),
    ),
    (
        "en",
        "song text in English: a birthday song for Anna, fun pop, 1 minute",
        None,
        AN,
        new(lyrics=None, duration=60),
    ),
    ("de", "Text auf Englisch: ein Geburtstagslied für Anna, Pop, 1 Minute", None, AN, new(lyrics=None, duration=60)),
    ("es", "letra sobre el mar: olas y sal, 2 minutos, pop", None, AN + " (the theme, then fields)", new(duration=120)),
    (
        "id",
        "pake lirik ini: aku cinta kamu selamanya sayang, pop 2 menit",
        None,
        AN + " (fields after the lyrics)",
        new(duration=120),
    ),
    (
        "en",
        "Write the lyrics in Spanish: a love song about the sea, 2 minutes, acoustic guitar",
        None,
        AN,
        new(duration=120),
    ),
    (
        "en",
        "Lyrics should be about: friendship, summer and the beach. Pop, 2 minutes",
        None,
        AN,
        new(lyrics=None, duration=120),
    ),
    (
        "en",
        "Lyrical ballad feel: soft piano and strings, 3 minutes",
        None,
        AN + " ('lyrical')",
        new(lyrics=None, duration=180),
    ),
    ("en", "Lyrics in Korean please: about first love, k-pop, 2 min", None, AN, new(lyrics=None, duration=120)),
    (
        "ru",
        "Если коротко, в двух словах: грустный рок про осень, 2 минуты",
        None,
        AN + " ('в двух словах' = in short)",
        new(lyrics=None, duration=120),
    ),
    (
        "en",
        "lyrics about our dog Max, mood: happy and silly, 1 minute",
        None,
        AN + " (control: a field)",
        new(lyrics=None, duration=60),
    ),
    (
        "en",
        "a pop song with these lyrics please: I miss you every night, come back to me",
        None,
        AN + " (control)",
        new(lyrics="I miss you every night, come back to me"),
    ),
    (
        "es",
        'con esta letra: "Luna de plata, brilla por mí"',
        None,
        AN + " (control: unquoted)",
        new(lyrics="Luna de plata, brilla por mí"),
    ),
    (
        "en",
        "no lyrics: just piano and strings, 2 minutes",
        None,
        NOB + " (control)",
        new(duration=120, tags_has=["piano"]),
    ),
    (
        "es",
        "sin letra: solo guitarra y percusión, 2 minutos",
        None,
        NOB + " (control)",
        new(duration=120, tags_has=["guitar"]),
    ),
    ("es", "Ni lyrics ni voz: solo piano, 2 minutos", None, NOB + " ('ni')", new(duration=120, tags_has=["piano"])),
    (
        "en",
        "instrumental intro, then lyrics: hello darkness my old friend, I've come to talk with you again",
        None,
        "sung lyrics + no-vocals ask",
        ASK + "|plan",
    ),
    # --- the language the lyrics are sung in
    (
        "pt",
        "crie uma música pop com esta letra: ti amo tanto, amore mio",
        None,
        TB + " (Italian lyrics)",
        new(vocal="italian"),
    ),
    (
        "ru",
        "сделай песню со словами: я тебе кохаю, моя мила",
        None,
        TB + " (Ukrainian lyrics) (73ac5c3 read no lyrics)",
        new(vocal="ukrainian"),
    ),
    (
        "es",
        "Haz una canción con esta letra: bona nit, estel de la mar",
        None,
        TB + " (Catalan lyrics) (pre-existing)",
        new(vocal="catalan"),
    ),
    (
        "pt",
        "faz uma música com essa letra: te quiero mucho mi amor, no me dejes",
        None,
        TB + " (control: Spanish lyrics)",
        new(vocal="spanish"),
    ),
    ("it", "song, lyrics: a me piace il mare, a te?", None, EV + " (Italian lyrics)", new(tags_not=["english vocal"])),
    (
        "hi",
        "romantic hinglish song, lyrics: tu hi meri jaan, I love you, dil mera tera",
        None,
        EV + " (Hinglish read Malay) (pre-existing)",
        new(tags_not=["malay vocal"]),
    ),
    ("en", "pop song, lyrics: i am a bird in the sky", None, EV + " (control)", new(vocal="english")),
    (
        "de",
        "Mach einen Popsong aus diesen Lyrics: I love you baby, stay with me tonight",
        None,
        EV + " (control)",
        new(vocal="english"),
    ),
    (
        "en",
        "dance track, lyrics: hey hey hey, la la la, oh oh oh",
        None,
        EV + " (control: vocables)",
        new(tags_not=["english vocal"]),
    ),
    (
        "ko",
        "pop in Korean, lyrics: I love you, saranghae, in my heart",
        None,
        EV + " (control: named language)",
        new(vocal="korean"),
    ),
    (
        "en",
        "Write lyrics in the style of: Taylor Swift, about heartbreak, pop",
        None,
        "a style named after 'lyrics' (pre-existing)",
        new(tags_not=["thai vocal"]),
    ),
    (
        "mr",
        "marathi gaana, lyrics: तू माझी आई, तुझ्यावर माझं प्रेम आहे",
        None,
        DV + " (Marathi lyrics) (pre-existing: read Nepali at 73ac5c3)",
        new(vocal="marathi"),
    ),
    ("hi", "गाना बनाओ, बोल: तुम ही हो मेरी ज़िंदगी", None, DV + " (Hindi lyrics)", new(vocal="hindi")),
    ("ne", "नेपाली गीत, बोल: म तिमीलाई माया गर्छु", None, DV + " (control)", new(vocal="nepali")),
    # --- instrumental words
    (
        "ko",
        "잔잔한 피아노 발라드, 이런 노래는 없을까? 2분",
        None,
        BZ + " ('isn't there a song like this?')",
        new(lyrics=None, tags_not=["no vocals"], duration=120),
    ),
    ("zh", "钢琴伴奏的抒情歌,女声,2分钟", None, BZ + " (control: a sung ballad)", new(lyrics=None, duration=120)),
    (
        "zh",
        "来一个伴奏很轻的情歌,男声",
        None,
        BZ + " ('个伴奏': light accompaniment, a male voice)",
        new(lyrics=None, tags_not=["no vocals"]),
    ),
    # --- numbers that are no length: the real length must still be read
    ("ru", "песня к 30-летию свадьбы длиной 3 минуты", None, NT, new(duration=180)),
    ("ko", "5주년 기념 노래, 1분 30초", None, NT, new(duration=90)),
    ("de", "Folge 37 Intro, 15 Sekunden", None, NT, new(duration=15)),
    ("el", "ένα τραγούδι για τα 30 χρόνια γάμου, 2 λεπτά", None, NT, new(duration=120)),
    ("vi", "bài hát kỷ niệm 10 năm ngày cưới, 2 phút", None, NT, new(duration=120)),
    ("pl", "piosenka na 35-lecie firmy, 90 sekund", None, NT, new(duration=90)),
    ("uk", "пісня до 20-річчя школи, 2 хвилини", None, NT, new(duration=120)),
    ("en", "pop song, 2 minutes, I have 5000 followers", None, NT, new(duration=120)),
    ("es", "una canción de 2 minutos, parte 2 más triste", None, NT, new(duration=120)),
    ("es", "canción de 3 minutos para el capítulo 5", None, NT + " (capítulo) (pre-existing)", new(duration=180)),
    ("zh", "一首1点5分钟的钢琴曲", None, NT + " ('1点5' = 1.5) (pre-existing)", new(duration=90)),
    ("id", "jingle pukul 8 malam, 30 detik", None, CK, new(duration=30)),
    ("id", "jingle 30 detik, siaran pukul 8 pagi", None, CK, new(duration=30)),
    ("ms", "jingle 30 saat untuk majlis jam 8 malam", None, CK + " (ms 'saat' = second)", new(duration=30)),
    ("ms", "lagu 1 minit 30 saat", None, CK + " (ms 'saat' = second)", new(duration=90)),
    ("en", "make a blues jam 5 minutes long", None, CK + " (en 'jam' before a number)", new(duration=300)),
    ("no", "sleep music kl. 22, 10 minutes", None, CK, new(duration=600)),
    ("ja", "3分の曲、19時に流す", None, CK, new(duration=180)),
    ("ko", "3분짜리 노래, 오후 2시에 틀 거야", None, CK, new(duration=180)),
    ("zh", "一首两分钟的歌,晚上8点播放", None, CK, new(duration=120)),
    ("tr", "pop, 2 dakika, saat 9'da çalacak", None, CK, new(duration=120)),
    ("ru", "Показ о 19:00, нужна музыка на 2 минуты", None, CK + " (о 19:00) (pre-existing)", new(duration=120)),
    ("vi", "bài hát 2 phút, phát lúc 8 giờ tối", None, CK + " (lúc 8 giờ) (pre-existing)", new(duration=120)),
    (
        "da",
        "sang til min fars 70 års fødselsdag, 2 minutter",
        None,
        NT + " ('fars' no Persian)",
        new(duration=120, vocal=""),
    ),
]


if __name__ == "__main__":
    main(CASES)
