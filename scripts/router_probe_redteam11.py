"""Red-team probe (redteam11) of the router rules added in b7c94ec..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: English lyrics detection for
short lyrics in an English request and the lingua-agreement rule (short Latin-letter lyrics sung in the request's
language, _plan_t2a); 'поп'/'рок' as a Cyrillic list item (style_words ',рок', _listed); 'minute N and M seconds'
as one time (ranges._MINUTE_AND_SECONDS) and 'minute' before its number; English 'to'/'on'/'fire' before an English
unit (read._ENGLISH_WORDS_THAT_COUNT); a quote after 'that says' (read.quote_someone_says, _QUOTED_ANNOUNCE);
_TO_BEFORE's lasting verbs only after 'so that'; the 'march' month/style guard; _OTHER_THAN_LONGER's new words;
_ADD_CUE with total words; pinyin counts before 'fen zhong'; _COVER_OF broadened; Swedish »…»; the
Serbian/Croatian/Slovak/Czech neighbour group; Sanskrit visarga evidence.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py). Verdicts: OK,
ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam11.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, ext, inp, main, new

EN = "English lyrics detection (short lyrics, English request): lyrics of another language"
ENC = "English lyrics detection control"
LG = "lingua agreement: short lyrics of another language than the request's, read as the request's"
LGC = "lingua agreement control"
NB = "neighbour group Serbian/Croatian/Slovak/Czech: lyrics of one, request in another"
SA = "Sanskrit visarga evidence: Hindi/Nepali lyrics with a visarga"
SAC = "Sanskrit visarga control"
LS = "style_words ',поп'/',рок' listed: priest / fate / negated"
LSC = "style_words listed control"
MS = "ranges._MINUTE_AND_SECONDS: 'minute N and M' that is two minutes"
MSC = "ranges._MINUTE_AND_SECONDS / 'minute N' control"
TOF = "read._ENGLISH_WORDS_THAT_COUNT: Danish/Norwegian 'to'/'fire' before 'min'"
QS = "quote_someone_says: a quote after someone's 'says' (with an adverb, or after a piece noun that is no piece)"
QSC = "quote_someone_says / _QUOTED_ANNOUNCE control"
TB = "_TO_BEFORE: lasting verbs it lacks ('duri', 'durar', 'dureze', 'trvala celkem')"
TBC = "_TO_BEFORE control"
MR = "'march' month/style guard (_DAY_BEFORE 'of'/'from'/'this', _MARCH_MUSIC_AFTER)"
MRC = "'march' guard control"
OT = "_OTHER_THAN_LONGER new words ('nova', 'nou', 'ny', 'nytt', 'uusi', 'nieuw') beside an extension to a whole"
OTC = "_OTHER_THAN_LONGER control"
AC = "_ADD_CUE: 'add' with a total to reach ('add … to reach a total of N')"
ACC = "_ADD_CUE control ('add a total of N')"
PY = "read._ROMAN_COUNT pinyin before 'fen zhong'"
CV = "_COVER_OF broadened"
SQ = "Swedish/Finnish »…» quotes"

EV = ["english vocal"]

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- English lyrics detection: lyrics of another language in an English request
    (EN, None, "a Dutch carnival song, lyrics: 'we gaan naar huis, hij is er niet'", new(tags_not=EV, ask_ok=True)),
    (EN, None, "a Gregorian chant with the words 'in te domine speravi'", new(tags_not=EV, ask_ok=True)),
    (
        EN,
        None,
        "a Bollywood style song for my sister's wedding with the lyrics 'mein to hoon na'",
        new(tags_not=EV, ask_ok=True),
    ),
    (EN, None, "a pop song in Indonesian, lyrics: 'aku dan kamu, selamanya'", new(tags_not=EV, ask_ok=True)),
    (EN, None, "a German schlager for my dad, lyrics: 'so bin ich, in der Nacht'", new(tags_not=EV, ask_ok=True)),
    (
        EN,
        None,
        "a Tagalog love song for my wife, the lyrics are 'ikaw at ako, sa puso ko'",
        new(tags_not=EV, ask_ok=True),
    ),
    (
        EN,
        None,
        "a Swedish midsummer song for the kids, lyrics 'in i dansen, hela natten'",
        new(tags_not=EV, ask_ok=True),
    ),
    (
        EN,
        None,
        "can you make a Norwegian folk tune with the words 'hun er min, hun er her'",
        new(tags_not=EV, ask_ok=True),
    ),
    (
        EN,
        None,
        "make an Italian serenade for my girlfriend, lyrics 'io ti amo, amore mio'",
        new(tags_not=EV, ask_ok=True),
    ),
    (EN, None, "a Danish christmas song with the lyrics 'i en stjerne, du er min'", new(tags_not=EV, ask_ok=True)),
    # controls
    (ENC, None, "a lullaby for Lily with the lyrics 'Lily, Lily, go to sleep'", new(tags_has=EV, ask_ok=True)),
    (ENC, None, 'a pop song with the lyrics "sixteen candles, turn it up loud"', new(tags_has=EV)),
    (
        ENC,
        None,
        "an upbeat track for my gym with the lyrics 'up and at it, all day long'",
        new(tags_has=EV, ask_ok=True),
    ),
    # --- lingua agreement: lyrics of one language, request in another
    (
        LG,
        None,
        "hazme una canción para la boda de mi prima en Girona, con la letra 't'estimo molt'",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        LG,
        None,
        "faz uma música com a letra 'te quiero mucho, mi amor'",
        new(tags_not=["portuguese vocal"], ask_ok=True),
    ),
    (
        LG,
        None,
        "fammi un canto gregoriano con il testo 'agnus dei qui tollis'",
        new(tags_not=["italian vocal"], ask_ok=True),
    ),
    (
        LG,
        None,
        "hazme una canción lenta con la letra 'ave maria gratia plena'",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        LG,
        None,
        "fă o melodie de dragoste cu versurile 'ti amo, bella mia'",
        new(tags_not=["romanian vocal"], ask_ok=True),
    ),
    (LG, None, "tee rauhallinen laulu sanoin 'ma armastan sind'", new(tags_not=["finnish vocal"], ask_ok=True)),
    (LG, None, "mach ein ruhiges Lied mit dem Text 'ik hou van jou'", new(tags_not=["german vocal"], ask_ok=True)),
    (LG, None, "gör en lugn låt med texten 'jeg elsker deg'", new(tags_not=["swedish vocal"], ask_ok=True)),
    (LG, None, "bir şarkı yap, sözleri 'mən səni sevirəm'", new(tags_not=["turkish vocal"], ask_ok=True)),
    (LG, None, "bir mahnı yaz, sözləri 'seni çok seviyorum'", new(tags_not=["azerbaijani vocal"], ask_ok=True)),
    (
        LG,
        None,
        "fè yon ti chante dous ak pawòl 'je t'aime mon cœur'",
        new(tags_not=["haitian creole vocal"], ask_ok=True),
    ),
    (LG, None, "fais une chanson douce avec les paroles 'mwen renmen ou'", new(tags_not=["french vocal"], ask_ok=True)),
    (LG, None, "fes una cançó amb la lletra 'te quiero mucho'", new(tags_not=["catalan vocal"], ask_ok=True)),
    (LG, None, "hazme una canción en italiano, letra: 'ti amo'", new(tags_not=["spanish vocal"], ask_ok=True)),
    (LG, None, "faz uma música em italiano com a letra 'ciao bella'", new(tags_not=["portuguese vocal"], ask_ok=True)),
    (LG, None, "zrób spokojną piosenkę ze słowami 'miluji tě, lásko'", new(tags_not=["polish vocal"], ask_ok=True)),
    (LG, None, "maak een liedje met de tekst 'ich liebe dich'", new(tags_not=["dutch vocal"], ask_ok=True)),
    # controls
    (LGC, None, "laulu, sanoin »olet minun aurinkoni»", new(tags_has=["finnish vocal"])),
    (LGC, None, "tee kaunis laulu äidille sanoin 'rakastan sinua äiti'", new(tags_has=["finnish vocal"], ask_ok=True)),
    (LGC, None, "hazme una canción con la letra 'te quiero mucho'", new(tags_has=["spanish vocal"], ask_ok=True)),
    (LGC, None, "fais une chanson avec les paroles 'je t'aime'", new(tags_has=["french vocal"], ask_ok=True)),
    # --- the Serbian/Croatian/Slovak/Czech group
    (NB, None, "udělej písničku se slovy 'ľúbim ťa, moja milá'", new(tags_not=["czech vocal"], ask_ok=True)),
    (NB, None, "napravi pjesmu s riječima 'miluji tě, má lásko'", new(tags_not=["croatian vocal"], ask_ok=True)),
    (NB, None, "napravi pesmu sa rečima 'ľúbim ťa veľmi'", new(tags_not=["serbian vocal"], ask_ok=True)),
    (NB, None, "sprav pesničku s textom 'miluji tě, lásko'", new(tags_not=["slovak vocal"], ask_ok=True)),
    (NB, None, "napiš píseň se slovy 'volim te, dušo moja'", new(tags_not=["czech vocal"], ask_ok=True)),
    (NB, None, "sprav pesničku s textom 'ľúbim ťa'", new(tags_has=["slovak vocal"], ask_ok=True)),
    (NB, None, "napravi pesmu sa rečima 'sveti Nikola, čuvaj naš dom'", new(tags_has=["serbian vocal"], ask_ok=True)),
    (NB, None, "napravi pjesmu s riječima 'volim te, dušo moja'", new(tags_has=["croatian vocal"], ask_ok=True)),
    # --- Sanskrit visarga
    (SA, None, "एक भजन बनाओ, बोल: 'प्रातः उठो, प्रभु को याद करो'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SA, None, "एक गाना बनाओ, बोल: 'पुनः मिलेंगे हम'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SA, None, "एउटा गीत बनाउ, शब्द: 'पुनः भेटौंला है साथी'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SA, None, "एक गीत बनाओ, बोल: 'अतः मैं तुमसे प्यार करता हूँ'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SAC, None, "एक स्तोत्र बनाओ, बोल: 'रामः राजमणिः सदा विजयते'", new(tags_has=["sanskrit vocal"], ask_ok=True)),
    # --- 'поп' / 'рок' listed
    (LS, None, "Направи песен за селото: църква, поп, камбани", new(tags_not=["pop"], ask_ok=True)),
    (LS, None, "песня про деревню: церковь, поп, колокола, 2 минуты", new(tags_not=["pop"], ask_ok=True)),
    (LS, None, "баллада о судьбе: любовь, рок, смерть", new(tags_not=["rock"], ask_ok=True)),
    (LS, None, "песен за съдбата: любов, рок, смърт", new(tags_not=["rock"], ask_ok=True)),
    (LS, None, "пісня про долю: кохання, рок, розлука", new(tags_not=["rock"], ask_ok=True)),
    (LS, None, "Напиши песню в любом стиле кроме джаза, поп, рок", new(tags_not=["pop", "rock"], ask_ok=True)),
    (LS, None, "пісня без гітари, тільки не рок, поп", new(tags_not=["pop"], ask_ok=True)),
    (LSC, None, "песня, рок, 3 минуты", new(tags_has=["rock"], duration=180)),
    (LSC, None, "Направи песен, поп, 3 минути", new(tags_has=["pop"], duration=180)),
    (LSC, None, "пісня про літо; стиль: поп", new(tags_has=["pop"], ask_ok=True)),
    # --- 'minute N and M' that is two minutes
    (MS, 240, "redo minute 2 and 3", ASK),
    (MS, 240, "minute 1 and 2 need a new drum fill", ASK),
    (MS, 300, "regenerate minute 3 and 4 of the song", ASK),
    (MS, 240, "cambia el minuto 1 y 2", ASK),
    (MS, 240, "refaz o minuto 2 e 3", ASK),
    (MS, 240, "refais la minute 1 et 2, la batterie est nulle", ASK),
    (MS, 240, "Minute 2 und 3 bitte neu machen", ASK),
    (MS, 240, "rifai il minuto 1 e 2 con più energia", ASK),
    (MS, 200, "regenerate the last minute 2 times", inp(140, 200, takes=2, ask_ok=True)),
    # controls
    (MSC, 200, "regenerate from minute 1 and 10 seconds to minute 2", inp(70, 120)),
    (MSC, 240, "rifai dal minuto 2 al minuto 2 e 20", inp(120, 140)),
    (MSC, 240, "redo from minute 2 and 30 seconds to the end", inp(150, 240)),
    (MSC, 240, "regenerate from minute 1 to minute 2", inp(60, 120)),
    (MSC, 240, "regenerate from 1 to 2 minutes", inp(60, 120)),
    (MSC, 240, "rehaz desde el minuto 1 y 30 segundos hasta el minuto 2", inp(90, 120)),
    # --- Danish/Norwegian 'to'/'fire' before 'min'
    (TOF, None, "lag en rolig sang på fire min", new(duration=240)),
    (TOF, None, "lav en sang på to min. om min kat", new(duration=120)),
    (TOF, 100, "forleng sangen med to min", ext(0, 120)),
    (TOF, 100, "forlæng nummeret med fire min.", ext(0, 240)),
    (TOF, None, "lag en låt på fire minutter", new(duration=240)),
    # --- a quote after someone's 'says'
    (QS, None, "a pirate song about Captain Hook that says 'ahoy matey'", ASK),
    (QS, None, "a song about my dad who always says 'work hard, play hard'", ASK),
    (QS, None, "ein Lied über meinen Opa, der immer sagt „Kopf hoch“", ASK),
    (QS, None, "une chanson sur ma mère qui dit toujours « mange ta soupe »", ASK),
    (QS, None, "una canzone sulla nonna che dice sempre «mangia»", ASK),
    (QS, None, "uma música sobre meu avô que sempre diz 'calma, calma'", ASK),
    (QS, None, "una canción sobre mi perro que siempre dice «guau»", ASK),
    (QS, None, "a kids song about a cow that keeps saying 'moo'", ASK),
    # controls
    (QSC, None, "a song about a parrot that says 'hello'", ASK),
    (QSC, None, "a song with a hook that says 'never give up'", new(lyrics_has=["never give up"], ask_ok=True)),
    (QSC, None, "a jingle that says 'Buy Joe's pizza'", new(lyrics_has=["Buy Joe's pizza"], ask_ok=True)),
    (QSC, None, "una canción que dice «te quiero»", new(lyrics_has=["te quiero"], ask_ok=True)),
    (QSC, None, "une chanson qui dit « je t'aime »", new(lyrics_has=["je t'aime"], ask_ok=True)),
    # --- _TO_BEFORE: lasting verbs it lacks
    (TB, 180, "allungala in modo che duri 4 minuti in tutto", ext(0, 60, ask_ok=True)),
    (TB, 180, "estica a música pra ela durar 4 minutos no total", ext(0, 60, ask_ok=True)),
    (TB, 180, "prelungește piesa ca să dureze 4 minute în total", ext(0, 60, ask_ok=True)),
    (TB, 180, "prodluž to, aby trvala celkem 4 minuty", ext(0, 60, ask_ok=True)),
    (TB, 180, "allarga-la perquè duri 4 minuts en total", ext(0, 60, ask_ok=True)),
    (TB, 180, "verlängere es, damit es insgesamt 4 Minuten dauert", ext(0, 60, ask_ok=True)),
    (TBC, 180, "rallonge-la pour qu'elle dure 4 minutes en tout", ext(0, 60)),
    (TBC, 180, "alárgala para que dure 4 minutos en total", ext(0, 60)),
    (TBC, 180, "förläng den till 4 minuter totalt", ext(0, 60)),
    (TBC, 180, "pratęsk dainą iki 4 minučių iš viso", ext(0, 60)),
    # --- 'march'
    (MR, None, "a military piece in the style of march, 2 minutes", new(tags_has=["march"], duration=120, ask_ok=True)),
    (MR, None, "a piece that goes from march to waltz", new(tags_has=["march"], ask_ok=True)),
    (MR, None, "some kind of march music for the school band, brass", new(tags_has=["march"], ask_ok=True)),
    (MR, None, "make this march for the parade, snare drums and brass", new(tags_has=["march"], ask_ok=True)),
    (MRC, None, "a military march 2 minutes long", new(tags_has=["march"], duration=120)),
    (MRC, None, "a slow march 90 bpm with snare drums", new(tags_has=["march"], ask_ok=True)),
    (MRC, None, "a birthday song for my son, born last March, 2 minutes", new(tags_not=["march"], duration=120)),
    (MRC, None, "a song about the Ides of March, dark and orchestral", new(tags_not=["march"], ask_ok=True)),
    (MRC, None, "a brass band song for our wedding on 14 March", new(tags_not=["march"], ask_ok=True)),
    # --- _OTHER_THAN_LONGER new words beside an extension to a whole
    (OT, 180, "estende a faixa para 4 minutos no total, no estilo bossa nova", ext(0, 60, ask_ok=True)),
    (OT, 180, "prelungește piesa din nou la 4 minute în total", ext(0, 60, ask_ok=True)),
    (OT, 180, "förläng låten på nytt till 4 minuter totalt", ext(0, 60, ask_ok=True)),
    (OT, 180, "verleng het nummer naar 4 minuten in totaal met een nieuw einde", ext(0, 60, ask_ok=True)),
    (OT, 180, "jatka biisiä 4 minuuttiin yhteensä, uusi loppu", ext(0, 60, ask_ok=True)),
    (OT, 180, "forleng låten til 4 minutter totalt med ny slutt", ext(0, 60, ask_ok=True)),
    (OT, 180, "allarga la cançó fins a 4 minuts en total amb un final nou", ext(0, 60, ask_ok=True)),
    (OT, 180, "गाने को कुल 4 मिनट तक बढ़ाओ, नया अंत जोड़ो", ext(0, 60, ask_ok=True)),
    (OTC, 180, "extend this cover by 30 seconds", ext(0, 30)),
    # --- _ADD_CUE with a total to reach
    (AC, 180, "add some bars at the end to reach a total of 4 minutes", ext(0, 60, ask_ok=True)),
    (AC, 180, "add an ending so that the total is 4 minutes", ext(0, 60, ask_ok=True)),
    (AC, 180, "füge am Ende etwas hinzu, damit es insgesamt 4 Minuten sind", ext(0, 60, ask_ok=True)),
    (AC, 180, "dodaj końcówkę, żeby łącznie było 4 minuty", ext(0, 60, ask_ok=True)),
    (AC, 180, "ajoute une fin pour arriver à 4 minutes au total", ext(0, 60, ask_ok=True)),
    (AC, 180, "añade un final hasta llegar a 4 minutos en total", ext(0, 60, ask_ok=True)),
    (ACC, 180, "add a total of 4 minutes to the end", ext(0, 240)),
    (ACC, 180, "füge am Ende insgesamt 4 Minuten hinzu", ext(0, 240)),
    # --- pinyin
    (PY, None, "zuo yi shou ge, yi fen zhong ban", new(duration=90, ask_ok=True)),
    (PY, None, "bang wo zuo yi shou liang fen ban zhong de ge", new(duration=150, ask_ok=True)),
    (PY, None, "zuo yi shou shang gan de ge, san fen zhong", new(duration=180)),
    (PY, None, "wu fen zhong zuo you de qing yin yue", new(duration=300, ask_ok=True)),
    (PY, None, "yi shou yi fen zhong de er ge", new(duration=60)),
    # --- covers
    (CV, None, "a Wonderwall cover in reggae style", ASK),
    (CV, None, "cover på Dancing Queen, akustisk", ASK),
    (CV, None, "rifammi 'Volare' in chiave rock", ASK),
    (CV, None, "do my own version of Despacito, slower", ASK),
    # --- Swedish/Finnish »…»
    (
        SQ,
        None,
        "gör en låt med texten »du är min sol»",
        new(lyrics_has=["du är min sol"], tags_has=["swedish vocal"], ask_ok=True),
    ),
    (
        SQ,
        None,
        "gör en låt som heter »Midsommar» med texten »vi dansar hela natten»",
        new(lyrics_has=["vi dansar hela natten"], ask_ok=True),
    ),
    (SQ, None, "lav en sang med teksten »jeg savner dig«", new(lyrics_has=["jeg savner dig"], ask_ok=True)),
    (SQ, None, "ein Lied mit dem Text »Ich vermisse dich«", new(lyrics_has=["Ich vermisse dich"], ask_ok=True)),
    # --- second batch (labelled before running it)
    (LS, None, "стихи о древнем мире: судьба, рок, фатум", new(tags_not=["rock"], ask_ok=True)),
    (SA, None, "एक गाना बनाओ, बोल: 'अंततः तुम आ ही गए'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SA, None, "एक गाना बनाओ, बोल: 'प्रायः मैं सोचता हूँ'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (SA, None, "एक उदास गीत लिखो, बोल: 'दुःखी मन मेरे'", new(tags_not=["sanskrit vocal"], ask_ok=True)),
    (PY, None, "zuo yi shou ge, san fen zhong ban", new(duration=210, ask_ok=True)),
    (PY, None, "liang fen zhong ban de ge", new(duration=150, ask_ok=True)),
    (MR, None, "a sort of march for my toy soldiers, snare and fife", new(tags_has=["march"], ask_ok=True)),
    (MR, 120, "extend this march by 30 s", ext(0, 30)),
    (MS, 240, "the drums at minute 1 and 2 are off, redo them", ASK),
    (LG, None, "csinálj egy dalt 'rakastan sinua' szöveggel", new(tags_not=["hungarian vocal"], ask_ok=True)),
    (LG, None, "gerðu lag með textanum 'jeg elsker dig'", new(tags_not=["icelandic vocal"], ask_ok=True)),
    (LG, None, "tunga wimbo wenye maneno 'I love you'", new(tags_not=["swahili vocal"], ask_ok=True)),
    (LG, None, "buat lagu dengan lirik 'mahal kita'", new(tags_not=["malay vocal"], ask_ok=True)),
    (LG, None, "gawa ka ng kanta na may lyrics na 'aku cinta kamu'", new(tags_not=["tagalog vocal"], ask_ok=True)),
    (LG, None, "bir şarkı yap, sözleri 'my love'", new(tags_not=["turkish vocal"], ask_ok=True)),
    (EN, None, "a choir piece with the words 'dona nobis pacem'", new(tags_not=EV, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
