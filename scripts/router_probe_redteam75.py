"""Red-team probe (redteam75) of 2c81346, aimed at the rules it added. In router/read.py: _CORRECTED_AFTER_WORDS with
_WAIT and _keep_the_later (a value with a unit, up to six words, a 'no wait' word, a new value with a unit of the same
kind put where the first stood); the longer _TAKEN_BACK ('tunggu', 'vänta', 'bekle', 'čekaj', 'odota', 'várj',
'teka', 'stai puțin', 'रुको', …); _taken_back_unread / number_word_in (a taken-back word, then a number word within
three words: asked). In router/__init__.py: _format_taken_back (two formats with a taken-back word between: the
second), _SPOKEN_FORMAT ('एमपी थ्री', 'वेव फाइल', 'वेव में', 'флак') and make_it_new ('make it 3 minutes' beside
'totally new song': the new song's length). In router/account.py: _price_in_a_question (any price word in a question
asks, bar a title, _OTHER_SENSES without _MORE_AFTER, or _NO_MATTER; with no question mark, a price word within 24
characters of a non-'what' _HOW_MUCH word), _a_theme, _HOW_IT_GOES, and _BUT_NOT_NOW's time-word tail, 48-character
tail and _a_style_after (a style or instrument word in the tail lets the order through).

FIGURES. First run on 2c81346 (labels committed before it, f0779cc): 90 probes; OK 20, ASKED 31, SILENT WRONG 39,
ERROR 0. Versus --old a5a426c8 (/tmp/a5a426c8, the router before 2c81346): OK 65, ASKED 3, SILENT WRONG 22, ERROR 0.
Of the 39 silent plans 21 are new (all right on a5a426c8) and 18 pre-existing; 30 probes right on a5a426c8 are asked
needlessly now, 1 is asked on both. Fixed by 2c81346: 'Does it cost extra to extend it by 30 seconds?', 'add 20
seconds of intro before it starts hmm no wait 10 seconds', 'totally new song, a country song, make it 3 minutes', 'how
long does it take to make a 3 minute song' (paid there, right now); '… almost asleep but not yet, soft piano' and
'これWAVで書き出して いや やっぱりFLACで' (asked there, made now). Held: 'The Price of Love?', 'but not now, tonight please',
'om hur mycket hyran kostar', the brief's 'make a 30 s intro, wait for the drop, then 10 s of silence', put-offs with
'give me 20 minutes', 'через 10 минут', '10 dakika sonra', 'in 20 Minuten' (asked).

Silent wrong plans (39; 21 new), by cause:
- read._CORRECTED_AFTER_WORDS / _WAIT (4 new): 'wait' before a second value of another thing (a pause, silence)
  replaces the first value: 'add a 10 second intro and then wait 5 seconds before the vocals come in' (5 s outpainted,
  paid, not 10), 'Ajoute une intro de 10 secondes, et attends 4 secondes avant que la voix arrive' (4 s), 'Füg ein 10
  Sekunden Intro hinzu und warte 3 Sekunden, bevor der Gesang einsetzt' (3 s), 'fade out over 8 seconds and wait 2
  seconds of silence at the end' (a 2 s fade).
- read._TAKEN_BACK's new words in the older _CORRECTED (keep_the_second; 3 new): 'tunggu', 'vänta', 'stai puțin' right
  after a value take it back: 'Tambah intro 10 detik, tunggu 3 detik baru vokal masuk' (3 s), 'Lägg till ett intro på
  10 sekunder, vänta 3 sekunder innan sången börjar' (3 s), 'Fă o melodie de 2 minute, stai puțin, trei lucruri: ritm
  rapid, chitară, voce feminină' ('trei lucruri', three things, read as 3 min: 180 s paid, not 120).
- __init__._format_taken_back (8 new, free but the wrong file): a taken-back word between two formats where the second
  is the one not wanted, explained: 'Can you export it as mp3? Sorry, the wav you sent was too big to open on my
  phone.', 'Pásamelo en mp3 mejor, el wav pesa demasiado', 'mp3で書き出してください。やっぱりwavは重すぎるので', 'Сохрани в
  mp3, нет смысла в wav', 'Als mp3 bitte, ich meine, die wav ist zu groß für WhatsApp', 'Exporte-le en mp3 stp,
  pardon, le wav est trop lourd pour mon mail', 'mp3 olarak ver, yani wav çok büyük geliyor' (all wav), and a question
  'Export as mp3, wait, would flac be better?' (flac). Pre-existing (1, a control): 'export it as wav, no wait, flac'
  is still wav: the 'no' of 'no wait' within 24 characters before 'flac' is read by _NOT_THIS_FORMAT as the second
  format refused ('export it as wav, wait, flac' gives flac).
- __init__._SPOKEN_FORMAT (1 new): 'इस गाने को 80s न्यू वेव में बदल दो' (restyle it as 80s new wave) is a free export to
  wav. (Not counted: '80s न्यू वेव में 2 मिनट का गाना बनाओ' is made with tags 'न्यू wav, 80s': the style lost.)
- account._a_style_after (1 new): a put-off whose tail holds a style word in another sense is paid: "make a 2 min song
  but not now, I'll pop back later" (120 s). Pre-existing (3), which the 48-character tail would now catch but
  _a_style_after lets through: "make me a 2 min lofi beat, but not yet, I'll send you the beat tomorrow", 'una canción
  de 2 minutos, pero ahora no, mañana te digo si rock o pop', 'make a 2 min song but not yet, still deciding between
  piano or guitar'.
- __init__.make_it_new (4 new, 180 s paid each and the track's extension lost): a new song named as later, refused or
  compared beside 'make it 3 minutes': "make it 3 minutes, then let's do a new song after", "I don't want a totally new
  song, just make it 3 minutes", "make it 3 minutes long, it shouldn't sound like a whole new song though", "Nice! make
  it 3 minutes. Tomorrow I'll ask for a brand new track". (Right: 'make it 3 minutes, and after that another song'.)
- pre-existing (14): price questions with no price word the tables hold: 'Do I have to pay for a 3 minute song?', 'Is
  a 3 minute song expensive?', 'Is it free to make a 3 min song?', 'Muss ich für einen 3-Minuten-Song bezahlen?', '¿Es
  gratis hacer una canción de 3 minutos?', '3分の曲は有料ですか？', and dictated 'price for a 3 minute song' (no mark, no
  how-much word); how-long questions _HOW_IT_GOES lacks: 'how long would a 3 minute song take to generate?', 'how much
  time does it take to make a 3 min track', '¿Cuánto se tarda en hacer una canción de 3 minutos?', 'Combien de temps
  pour générer un morceau de 3 minutes ?', 'Wie lange braucht ihr für einen 3-Minuten-Song?', '3分の曲ってどれくらいでで
  きますか？', '生成一首3分钟的歌要多久？' (180 s paid each).

Needless questions (31; 30 new, 1 pre-existing), by cause:
- account._price_in_a_question, a price word in another sense in an order asked as a question (12 new): 'cena' as
  dinner ('¿Puedes hacer una canción de 2 minutos para la cena de Navidad?', 'Puoi fare una canzone di 2 minuti per la
  cena di stasera?'), 'Hind' as a name ('Can you make a 2 min birthday song for my daughter Hind?', '… ends with Jai
  Hind?'), 'Preis' / 'pris' / 'prijs' / 'cena' as a prize ('… der heute den ersten Preis gewonnen hat?', '… som vann
  första pris i schack?', '… die de eerste prijs heeft gewonnen?', '… kde hlavní cena je auto?'), a surname ('… for my
  teacher Mrs. Price, she's retiring?'), a slogan ('… jingle for our Black Friday sale, crazy low prices?'), 'me cuesta
  decir' (it is hard for me to say), 'любовь стоит больше денег' (worth more: _MORE_AFTER makes 'стоит' a price).
- account._price_in_a_question with no question mark (3 new): a how-much word beside a price word in a theme or title,
  where the second loop checks no title and _a_theme wants 'about': '2 मिनट का गाना बनाओ, प्यार का कितना दाम चुकाया
  हमने', 'Gör en låt på 2 minuter: hur mycket hyran kostar i Stockholm, punk', '2분짜리 노래 만들어줘, 제목은 사랑의 가격은
  얼마'.
- read._taken_back_unread (8 new): a 'wait' word in lyrics or a filler before a number word that counts something else:
  'Сделай песню на 2 минуты о том, что нет двух одинаковых снежинок', '2 dakikalık bir şarkı yap, yani iki kıta ve bir
  nakarat', '… refren: čekaj me dvije godine', '… kertosäe: odota minua kaksi vuotta', '… a refrén: várj rám két
  évig', '… refrängen: vänta två år på mig', 'Gawa ka ng 2 minutong kanta, teka lang, tatlong bagay: …', '…
  kiitikio: subiri siku mbili tu'.
- account._BUT_NOT_NOW (3 new): themes ending in a put-off's words and a time word with no comma ('make a 2 min funny
  song for my roommate, his answer to everything is yes but not now maybe later', '… que siempre dice que sí pero
  ahora no mañana'), and the 48-character tail ('Make a 2 min birthday song for my dad — not today, his birthday is
  next week, but I want it ready').
- account._HOW_IT_GOES (3 new): a title or refrain ('Make a 2 min blues called How Long Will It Take', '… mit dem
  Refrain: Wie lange dauert die Ewigkeit'), and Hebrew 'על' (about), which _ABOUT_A_THEME lacks: 'תעשה שיר של 2 דקות על
  כמה זמן לוקח לשכוח אהבה'.
- __init__._SPOKEN_FORMAT (1 new): 'माइक्रोवेव में …' (in a microwave; the vowel sign before 'वेव' is no letter to the
  lookbehind) is read as wav, and the new jingle is asked which track to convert. Pre-existing (1): 'हमारे एमपी 3 बार
  चुनाव जीते हैं, …' (our MP won 3 times): asked on both, on 2c81346 as an mp3 export of which track.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more); 'ask_ok' where a question is as good as the
plan. Verdicts: OK, ASKED (a question where a plan was sure: a miss), SILENT WRONG, ERROR. A message that orders
nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam75.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, fmt_is, main, nws

L = 150.0

probe_kit.wrong = probe_kit.wrong_more

SONG = {"tool": "text_to_audio", "inst": False}  # a new song, sung
NOT_NEW = {"tool_not": NEW, "ask_ok": True}  # the open track, extended or asked about; never a new song
NOT_FREE = {"tool_not": FREE, "ask_ok": True}  # a change of the track's music, or a question; never an export

WC = "a 'wait' that is no correction: the value after 'wait'/'attends'/'warte'/'tunggu'/'vänta' is another thing's"
NW = "a number word after a taken-back word ('yani', 'нет', 'tunggu', 'čekaj', 'teka') that is no value: the order"
FT = "a second format after 'sorry'/'mejor'/'やっぱり'/'нет'/'ich meine' that is not taken back to: the first format"
SF = "a spoken format form in another sense ('न्यू वेव में' new wave, 'माइक्रोवेव में', 'एमपी 3 बार' an MP): no format"
PQ = "an order asked as a question, a price word in another sense ('cena' dinner, 'Hind', 'Preis' prize): the piece"
PD = "a dictated theme or title with a how-much word beside a price word, no question mark: the piece"
PP = "a real price question with no price word the tables hold ('pay', 'expensive', 'free', '有料'): ASK"
BS = "a real put-off whose tail holds a style or time word ('20 minutes', 'beat', 'pop', 'rock o pop'): ASK"
BT = "a theme that ends in a put-off's words and a time word ('yes but not now maybe later'): the piece"
HT = "a how-long-does-it-take question in words _HOW_IT_GOES lacks: ASK, nothing paid"
HA = "a title or lyric that says 'how long does it take' / 'wie lange dauert' / 'כמה זמן לוקח': the piece"
MN = "'make it 3 minutes' said of the open track beside a new song named for later or refused: not a new song"
CT = "controls: what 2c81346 fixed, which should stay right"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a 'wait' that is no correction
    (
        WC,
        L,
        "add a 10 second intro and then wait 5 seconds before the vocals come in",
        {"tool": OUT, "extend_before_duration": 10, "ask_ok": True},
    ),
    (WC, L, "fade out over 8 seconds and wait 2 seconds of silence at the end", {"fade_out_s": 8, "ask_ok": True}),
    (
        WC,
        L,
        "extend the end by 30 seconds, let it build and wait 10 seconds before the final chorus",
        {"tool": OUT, "extend_after_duration": 30, "ask_ok": True},
    ),
    (
        WC,
        L,
        "Ajoute une intro de 10 secondes, et attends 4 secondes avant que la voix arrive",
        {"tool": OUT, "extend_before_duration": 10, "ask_ok": True},
    ),
    (
        WC,
        L,
        "Füg ein 10 Sekunden Intro hinzu und warte 3 Sekunden, bevor der Gesang einsetzt",
        {"tool": OUT, "extend_before_duration": 10, "ask_ok": True},
    ),
    (
        WC,
        L,
        "Tambah intro 10 detik, tunggu 3 detik baru vokal masuk",
        {"tool": OUT, "extend_before_duration": 10, "ask_ok": True},
    ),
    (
        WC,
        L,
        "Lägg till ett intro på 10 sekunder, vänta 3 sekunder innan sången börjar",
        {"tool": OUT, "extend_before_duration": 10, "ask_ok": True},
    ),
    (
        WC,
        L,
        "make a 30 s intro, wait for the drop, then 10 s of silence",
        {"tool": OUT, "extend_before_duration": 30, "ask_ok": True},
    ),
    # --- (2) a number word after a taken-back word that is no value
    (NW, None, "Сделай песню на 2 минуты о том, что нет двух одинаковых снежинок", nws(120)),
    (NW, None, "2 dakikalık bir şarkı yap, yani iki kıta ve bir nakarat", nws(120)),
    (NW, None, "Bikin lagu 2 menit, liriknya: tunggu aku dua tahun lagi", nws(120)),
    (NW, None, "Napravi pjesmu od 2 minute, refren: čekaj me dvije godine", nws(120)),
    (NW, None, "Tee 2 minuutin kappale, kertosäe: odota minua kaksi vuotta", nws(120)),
    (NW, None, "Csinálj egy 2 perces dalt, a refrén: várj rám két évig", nws(120)),
    (NW, None, "Gör en låt på 2 minuter, refrängen: vänta två år på mig", nws(120)),
    (NW, None, "Зроби пісню на 2 хвилини, приспів: зачекай ще два роки", nws(120)),
    (NW, None, "Gawa ka ng 2 minutong kanta, teka lang, tatlong bagay: masaya, mabilis, may gitara", nws(120)),
    (NW, None, "Fă o melodie de 2 minute, stai puțin, trei lucruri: ritm rapid, chitară, voce feminină", nws(120)),
    (NW, None, "Tengeneza wimbo wa dakika 2, kiitikio: subiri siku mbili tu", nws(120)),
    # --- (3) a second format that is not taken back to
    (
        FT,
        L,
        "Can you export it as mp3? Sorry, the wav you sent was too big to open on my phone.",
        fmt_is("mp3", ask_ok=True),
    ),
    (FT, L, "Pásamelo en mp3 mejor, el wav pesa demasiado", fmt_is("mp3", ask_ok=True)),
    (FT, L, "mp3で書き出してください。やっぱりwavは重すぎるので", fmt_is("mp3", ask_ok=True)),
    (FT, L, "Сохрани в mp3, нет смысла в wav", fmt_is("mp3", ask_ok=True)),
    (FT, L, "Als mp3 bitte, ich meine, die wav ist zu groß für WhatsApp", fmt_is("mp3", ask_ok=True)),
    (FT, L, "Exporte-le en mp3 stp, pardon, le wav est trop lourd pour mon mail", fmt_is("mp3", ask_ok=True)),
    (FT, L, "mp3 olarak ver, yani wav çok büyük geliyor", fmt_is("mp3", ask_ok=True)),
    (FT, L, "Export as mp3, wait, would flac be better?", fmt_is("mp3", ask_ok=True)),
    # --- (4) spoken format forms in another sense
    (SF, L, "इस गाने को 80s न्यू वेव में बदल दो", NOT_FREE),
    (SF, None, "80s न्यू वेव में 2 मिनट का गाना बनाओ", nws(120, output_format=None)),
    (SF, None, "माइक्रोवेव में खाना गरम होने की आवाज़ वाला 30 सेकंड का जिंगल बनाओ", nws(30, output_format=None)),
    (SF, None, "हमारे एमपी 3 बार चुनाव जीते हैं, उन पर 2 मिनट का गाना बनाओ", nws(120, output_format=None)),
    # --- (5) orders asked as questions, a price word in another sense
    (PQ, None, "¿Puedes hacer una canción de 2 minutos para la cena de Navidad?", nws(120)),
    (PQ, None, "Puoi fare una canzone di 2 minuti per la cena di stasera?", nws(120)),
    (PQ, None, "Can you make a 2 min birthday song for my daughter Hind?", nws(120)),
    (PQ, None, "Can you make a 2 min patriotic song that ends with Jai Hind?", nws(120)),
    (
        PQ,
        None,
        "Kannst du einen 2-Minuten-Song für meinen Sohn machen, der heute den ersten Preis gewonnen hat?",
        nws(120),
    ),
    (PQ, None, "Kan du göra en låt på 2 minuter till min dotter som vann första pris i schack?", nws(120)),
    (PQ, None, "Kun je een liedje van 2 minuten maken voor mijn zoon, die de eerste prijs heeft gewonnen?", nws(120)),
    (PQ, None, "Můžeš mi udělat znělku na 2 minuty pro soutěž, kde hlavní cena je auto?", nws(120)),
    (PQ, None, "Can you make a 2 min song for my teacher Mrs. Price, she's retiring?", nws(120)),
    (PQ, None, "Can you make a 30 second jingle for our Black Friday sale, crazy low prices?", nws(30)),
    (
        PQ,
        None,
        "¿Me haces una canción de 2 minutos para decirle a mi novia lo que me cuesta decir en persona?",
        nws(120),
    ),
    (PQ, None, "Можешь сделать песню на 2 минуты о том, что любовь стоит больше денег?", nws(120)),
    # --- (6) dictated themes or titles: a how-much word beside a price word, no question mark
    (PD, None, "2 मिनट का गाना बनाओ, प्यार का कितना दाम चुकाया हमने", nws(120)),
    (PD, None, "Gör en låt på 2 minuter: hur mycket hyran kostar i Stockholm, punk", nws(120)),
    (PD, None, "2분짜리 노래 만들어줘, 제목은 사랑의 가격은 얼마", nws(120)),
    # --- (7) real price questions with no price word the tables hold
    (PP, None, "Do I have to pay for a 3 minute song?", ASK),
    (PP, None, "Is a 3 minute song expensive?", ASK),
    (PP, None, "Is it free to make a 3 min song?", ASK),
    (PP, None, "Muss ich für einen 3-Minuten-Song bezahlen?", ASK),
    (PP, None, "¿Es gratis hacer una canción de 3 minutos?", ASK),
    (PP, None, "3分の曲は有料ですか？", ASK),
    (PP, None, "price for a 3 minute song", ASK),
    # --- (8) real put-offs whose tail holds a style or time word
    (BS, None, "make a 2 min song but not now, I'm in a meeting, give me 20 minutes", ASK),
    (BS, None, "Сделай песню на 2 минуты, но не сейчас, через 10 минут", ASK),
    (BS, None, "2 dakikalık bir şarkı yap ama şimdi değil, 10 dakika sonra", ASK),
    (BS, None, "mach einen 2-Minuten-Song, aber nicht jetzt, in 20 Minuten", ASK),
    (BS, None, "make me a 2 min lofi beat, but not yet, I'll send you the beat tomorrow", ASK),
    (BS, None, "una canción de 2 minutos, pero ahora no, mañana te digo si rock o pop", ASK),
    (BS, None, "make a 2 min song but not now, I'll pop back later", ASK),
    (BS, None, "make a 2 min song but not yet, still deciding between piano or guitar", ASK),
    # --- (9) themes that end in a put-off's words and a time word
    (
        BT,
        None,
        "make a 2 min funny song for my roommate, his answer to everything is yes but not now maybe later",
        nws(120),
    ),
    (BT, None, "Haz una canción de 2 minutos para mi hermano, que siempre dice que sí pero ahora no mañana", nws(120)),
    (
        BT,
        None,
        "Make a 2 min birthday song for my dad — not today, his birthday is next week, but I want it ready",
        nws(120),
    ),
    # --- (10) how-long questions _HOW_IT_GOES lacks
    (HT, None, "how long would a 3 minute song take to generate?", ASK),
    (HT, None, "how much time does it take to make a 3 min track", ASK),
    (HT, None, "¿Cuánto se tarda en hacer una canción de 3 minutos?", ASK),
    (HT, None, "Combien de temps pour générer un morceau de 3 minutes ?", ASK),
    (HT, None, "Wie lange braucht ihr für einen 3-Minuten-Song?", ASK),
    (HT, None, "3分の曲ってどれくらいでできますか？", ASK),
    (HT, None, "生成一首3分钟的歌要多久？", ASK),
    # --- (11) titles and lyrics with a how-long phrase
    (HA, None, "Make a 2 min blues called How Long Will It Take", nws(120)),
    (HA, None, "Mach einen 2-Minuten-Song mit dem Refrain: Wie lange dauert die Ewigkeit", nws(120)),
    (HA, None, "תעשה שיר של 2 דקות על כמה זמן לוקח לשכוח אהבה", nws(120)),
    (HA, None, "2분짜리 발라드 만들어줘, 가사는 '잊는 데 얼마나 걸려'", nws(120)),
    # --- (12) 'make it 3 minutes' of the open track, a new song named for later or refused
    (MN, L, "make it 3 minutes, then let's do a new song after", NOT_NEW),
    (MN, L, "I don't want a totally new song, just make it 3 minutes", NOT_NEW),
    (MN, L, "make it 3 minutes long, it shouldn't sound like a whole new song though", NOT_NEW),
    (MN, L, "Nice! make it 3 minutes. Tomorrow I'll ask for a brand new track", NOT_NEW),
    (MN, L, "make it 3 minutes, and after that another song in the same style", NOT_NEW),
    # --- (13) controls
    (CT, L, "Does it cost extra to extend it by 30 seconds?", ASK),
    (CT, None, "can you make a song called The Price of Love?", SONG),
    (CT, None, "make a 2 minute song, but not now, tonight please", ASK),
    (CT, None, "Make a 2 min lullaby for my son, he's almost asleep but not yet, soft piano", nws(120)),
    (CT, L, "add 20 seconds of intro before it starts hmm no wait 10 seconds", ext(10, 0)),
    (CT, L, "export it as wav, no wait, flac", fmt_is("flac")),
    (CT, L, "これWAVで書き出して いや やっぱりFLACで", fmt_is("flac")),
    (CT, L, "totally new song, a country song, make it 3 minutes", nws(180)),
    (CT, None, "how long does it take to make a 3 minute song", ASK),
    (CT, None, "Gör en låt på 2 minuter om hur mycket hyran kostar i Stockholm", nws(120)),
]

if __name__ == "__main__":
    main(PROBES, __file__)
