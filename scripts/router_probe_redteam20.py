"""Red-team probe (redteam20) of the router rules changed in ede38a1..03ae834, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong (for process_track a wrong fade, trim, loop, loudness or
format too; for a new piece, lyrics that are not the lyrics, a wrong vocal language, wrong tags for a named style, or
takes that should not be). The rules under attack: _FROM_THE_TRACK beside _A_NEW_THING, _WORDS_TO_SING ('words' /
'text' right before a colon) with _SING_VERB and _labels_words, the Unicode minus in _LUFS, Hebrew 'של' after a trim,
the Catalan / Galician / Romanian / Latin lingua verdicts kept, _NOT_A_COUNT_BEFORE_HALF in the half reader, the new
style words (Christmas in da / sv / no / de, Tamil folk, Ukrainian 'веселий поп'), Punjabi 'ਕੱਟ ਦਿਓ', _WHOLE_BEFORE's
'portala a' / 'deixa ela com' / 'déjala en', _TOTAL_AFTER's Hindi 'ka kar', Korean '앞' as a first word for trims.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam20.py [filter] [-q] [--old SRC]

First run (03ae834, --old ede38a1's src): 115 probes labelled and committed before it (3a31f13). 115 probes, 107 OK,
0 asked, 8 silent, 1 of them made by the diff: 'рок-пісня, тільки не веселий поп' tags 'pop' (the new 'веселий поп'
form, negated). The 7 already there: 'a 20 second jingle for the intro of the show' beside a track extended the track
by 20 s at the start; 'cantautor', 'cantante', 'chanteuse' and '说唱' in the line before a colon count as a verb to
sing, so the wishes under them were sung (and 'Estilo cantautor' sung in Portuguese); 'Key words:' names the words to
sing (sung, in Romanian); a Galician lyric sung in Spanish. Two labels changed after the run, plain labelling
mistakes: the negated Christmas probes ('inte julmusik', 'kein Weihnachtslied') checked 'christmas' as a substring of
the tags, so the correct 'no christmas' tag failed; they now check the tag 'christmas' itself (tags_not).
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, OUT, ext, free, main, new

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
S = 120.0
FT = "_FROM_THE_TRACK beside _A_NEW_THING: a piece of its own with 'from', 'of the', 'aus', 'a partir', 'versi'"
WT = "_WORDS_TO_SING / _SING_VERB / _labels_words: the line before a colon naming the words to sing, or not"
LU = "_LUFS: a Unicode minus (and an en dash) before LUFS"
HE = "Hebrew 'של' after 'מהסוף' / 'מההתחלה' in a trim"
LV = "lingua's Catalan / Galician / Romanian / Latin verdicts kept"
HF = "_NOT_A_COUNT_BEFORE_HALF: 'un', 'o', 'to', 'on' before a half"
ST = "style words: Christmas in da / sv / no / de, Tamil folk, Ukrainian pop"
PA = "Punjabi 'ਕੱਟ ਦਿਓ'"
WB = "_WHOLE_BEFORE: 'portala a', 'deixa ela com', 'déjala en'"
HI = "_TOTAL_AFTER: Hindi 'ka kar' / 'ka bana'"
KO = "Korean '앞' as a first word for trims"

NOT_NEW = {"tool_not": "text_to_audio", "ask_ok": True}
NOT_OUT = {"tool_not": OUT, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a piece of its own beside a track, with words _FROM_THE_TRACK takes for 'made from the track'
    (FT, L, "I need a 20 second jingle for the intro of the show", new(duration=20, ask_ok=True)),
    (FT, L, "Mach mir einen Jingle von 15 Sekunden aus Glockenspiel und Bass", new(duration=15, ask_ok=True)),
    (FT, L, "Ich brauche einen Song von 2 Minuten, aus der Sicht eines Hundes", new(duration=120, ask_ok=True)),
    (
        FT,
        L,
        "Necesito una canción de 30 segundos para el anuncio, a partir de una idea: un café por la mañana",
        new(duration=30, ask_ok=True),
    ),
    (FT, L, "Make a 30 second loop from the chorus", NOT_NEW),
    (FT, L, "Write a 2 minute song about the end of the summer", new(duration=120, ask_ok=True)),
    (FT, L, "Fais une chanson de 2 minutes à partir de zéro, style jazz", new(duration=120, ask_ok=True)),
    (FT, L, "Maak een liedje van 1 minuut over de zee", new(duration=60, ask_ok=True)),
    (FT, L, "Ik wil een versie van 30 seconden", NOT_NEW),
    (FT, L, "Componi una canzone di 3 minuti a partire da un giro di do", new(duration=180, ask_ok=True)),
    (FT, L, "Make me a beat of 30 seconds from the track", NOT_NEW),
    (FT, L, "Add a 10 second jingle at the end of the song", NOT_NEW),
    (FT, L, "I want a 20 second piece from the bridge", NOT_NEW),
    (FT, L, "Quero uma música de 2 minutos do zero, estilo samba", new(duration=120, ask_ok=True)),
    (FT, L, "Gör en låt på 2 minuter om sommaren", new(duration=120, ask_ok=True)),
    (FT, L, "Schreib ein Lied von 3 Minuten aus Liebe zu meiner Frau", new(duration=180, ask_ok=True)),
    (FT, L, "A 30 second song of the sea, please", new(duration=30, ask_ok=True)),
    (FT, L, "Fammi una canzone di 2 minuti sui versi di Leopardi", new(duration=120, ask_ok=True)),
    (FT, L, "Fais une version de 20 secondes du refrain", NOT_NEW),
    (FT, L, "Haz una canción de 1 minuto a partir del estribillo", NOT_NEW),
    # --- the line before a colon names the words to sing (lyrics follow), or does not (wishes follow)
    (
        WT,
        None,
        "Hier ist der Text für das Lied:\nDie Sonne scheint auf unser Haus\nwir tanzen bis die Nacht beginnt",
        new(lyrics_has=["Die Sonne scheint"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Ein Lied mit diesen Worten:\nIch vermisse dich\njeden Tag und jede Nacht",
        new(lyrics_has=["Ich vermisse dich"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Şarkı sözü:\nSeni çok özledim\ngeceler boyu ağladım",
        new(lyrics_has=["Seni çok özledim"], ask_ok=True),
    ),
    (WT, None, "这是我写的词：\n春风吹过山岗\n你在远方等我", new(lyrics_has=["春风吹过山岗"], ask_ok=True)),
    (WT, None, "用这段词写首歌：\n月亮照着小河\n我在河边想你", new(lyrics_has=["月亮照着小河"], ask_ok=True)),
    (
        WT,
        None,
        "この詞で曲を作って：\n夜空に星が光る\n君の声が聞こえる",
        new(lyrics_has=["夜空に星が光る"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Use my own words below:\nthe kettle hums at dawn\nand you are still asleep",
        new(lyrics_has=["the kettle hums"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Song text below:\nI left my heart in Lisbon\nby the river in the rain",
        new(lyrics_has=["I left my heart"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Here are the lines I wrote:\nI left my heart in Lisbon\nby the river in the rain",
        new(lyrics_has=["I left my heart"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Lines to be sung:\nHold me close tonight\nnever let me go",
        new(lyrics_has=["Hold me close"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Folgendes soll gesungen werden:\nWir sind die Kinder der Stadt\nwir laufen durch die Nacht",
        new(lyrics_has=["Wir sind die Kinder"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Пусть она поёт вот это:\nЯ иду по улице одна\nи весна в моих глазах",
        new(lyrics_has=["Я иду по улице"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Estilo cantautor, requisitos:\nmelancólico\nguitarra acústica\nlento",
        new(lyrics_lacks=["guitarra acústica"], ask_ok=True),
    ),
    (
        WT,
        None,
        "Una canzone per una cantante donna, requisiti:\nritmo lento\npianoforte e archi",
        new(lyrics_lacks=["pianoforte e archi"], ask_ok=True),
    ),
    (WT, None, "一首说唱，风格：\n硬核\n快节奏\n重低音", new(lyrics_lacks=["重低音"], ask_ok=True)),
    (
        WT,
        None,
        "Un morceau pour une chanteuse, ambiance :\ncalme\npiano et cordes",
        new(lyrics_lacks=["piano et cordes"], ask_ok=True),
    ),
    (WT, None, "Instrumental, no singing. Mood:\ncalm\nsoft piano\nrain", new(inst=True, ask_ok=True)),
    (WT, None, "Key words:\nsunset\nocean\nnostalgia", new(lyrics_lacks=["sunset\nocean"], ask_ok=True)),
    (
        WT,
        None,
        "Stichworte:\nSonnenuntergang\nMeer\nSehnsucht",
        new(lyrics_lacks=["Sonnenuntergang\nMeer"], ask_ok=True),
    ),
    (WT, None, "My song words:\nHold on\nwe're almost home", new(lyrics_has=["we're almost home"], ask_ok=True)),
    (
        WT,
        None,
        "Sing this:\nHappy birthday dear Anna\nmay all your dreams come true",
        new(lyrics_has=["Happy birthday dear Anna"], ask_ok=True),
    ),
    (WT, None, "Canta esto:\nLa luna sale por el mar\ny tú no estás", new(lyrics_has=["La luna sale"], ask_ok=True)),
    (
        WT,
        None,
        "Tekst piosenki:\nIdę przez miasto sam\nnikt nie czeka na mnie",
        new(lyrics_has=["Idę przez miasto"], ask_ok=True),
    ),
    (WT, None, "No text, just a mood:\nwarm\nsunset\nslow", new(inst=True, ask_ok=True)),
    (
        WT,
        None,
        "Hier die Wünsche in anderen Worten:\nruhig\nmit Klavier\nohne Schlagzeug",
        new(lyrics_lacks=["mit Klavier"], ask_ok=True),
    ),
    (
        WT,
        None,
        "A folk song with the text:\nOver the hills the morning comes\nand I walk home",
        new(lyrics_has=["Over the hills"], ask_ok=True),
    ),
    # --- the minus before LUFS
    (LU, L, "normalize to −14 LUFS", free(loudness_lufs=-14, ask_ok=True)),
    (LU, L, "normalise to –14 LUFS", free(loudness_lufs=-14, ask_ok=True)),
    (LU, L, "−23 LUFS for broadcast please", free(loudness_lufs=-23, ask_ok=True)),
    (LU, L, "нормализуй до −16 LUFS", free(loudness_lufs=-16, ask_ok=True)),
    (
        LU,
        L,
        "normalize to −14 LUFS and fade out the last 5 seconds",
        free(loudness_lufs=-14, fade_out_s=5, ask_ok=True),
    ),
    (LU, L, "master it at −9.5 LUFS", free(loudness_lufs=-9.5, ask_ok=True)),
    (LU, L, "target −14 LUFS, true peak −1 dB", free(loudness_lufs=-14, ask_ok=True)),
    (LU, L, "normalisiere auf −14 LUFS und exportiere als mp3", free(loudness_lufs=-14, ask_ok=True)),
    (LU, L, "ラウドネスを−14 LUFSにして", free(loudness_lufs=-14, ask_ok=True)),
    # --- Hebrew 'של' (of) after a trim from the end / start
    (HE, L, "תחתוך 5 שניות מהסוף של השיר", free(trim_end_s=5, ask_ok=True)),
    (HE, L, "תחתוך 5 שניות מההתחלה של השיר", free(trim_start_s=5, ask_ok=True)),
    (HE, L, "תחתוך 3 שניות מהסוף של התופים", {"trim_end_s": None, "ask_ok": True}),
    (HE, L, "תוריד 4 שניות מההתחלה של הקטע", free(trim_start_s=4, ask_ok=True)),
    (HE, L, "תחתוך 5 שניות מהסוף שלו", free(trim_end_s=5, ask_ok=True)),
    # --- the vocal language of a lyric lingua may call Catalan, Galician, Romanian or Latin
    (
        LV,
        None,
        "Una cançó amb aquesta lletra:\nLa lluna brilla sobre el mar\ni jo t'espero a la platja",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Unha canción con esta letra:\nA lúa brilla enriba do mar\ne eu agárdote na praia",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Fă o melodie cu versurile:\nNoaptea e lungă fără tine\ninima mea te așteaptă",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Canción con esta letra:\nte quiero más que ayer\nno me dejes sola",
        new(tags_not=["catalan vocal", "portuguese vocal", "italian vocal", "galician vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Música com esta letra:\neu te amo tanto\nnão vá embora",
        new(tags_not=["spanish vocal", "galician vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Canzone con il testo:\nTu sei la mia vita\nper sempre con te",
        new(tags_not=["spanish vocal", "latin vocal", "romanian vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Letra:\nLa vida es bella con amor\nmi corazón es tuyo",
        new(tags_not=["italian vocal", "latin vocal", "romanian vocal", "catalan vocal"], ask_ok=True),
    ),
    (
        LV,
        None,
        "Canción con la letra:\nla noche es larga sin ti\nte espero en la playa",
        new(tags_not=["italian vocal", "catalan vocal", "galician vocal", "portuguese vocal"], ask_ok=True),
    ),
    # --- a half after 'un', 'o', 'to', 'on' (a count, or not)
    (HF, L, "alárgala un minuto y medio", ext(0, 90, ask_ok=True)),
    (HF, L, "allungala di un minuto e mezzo", ext(0, 90, ask_ok=True)),
    (HF, L, "prelungește-o cu un minut și jumătate", ext(0, 90, ask_ok=True)),
    (HF, L, "allarga-la un minut i mig", ext(0, 90, ask_ok=True)),
    (HF, L, "prodluž to o minutu a půl", ext(0, 90, ask_ok=True)),
    (HF, L, "agrega un minuto y medio al final", ext(0, 90, ask_ok=True)),
    (HF, L, "pikenda seda poolteist minutit", ext(0, 90, ask_ok=True)),
    (HF, L, "förläng den med en och en halv minut", ext(0, 90, ask_ok=True)),
    (HF, L, "rallonge-la d'une minute et demie", ext(0, 90, ask_ok=True)),
    (HF, L, "forleng den med halvannet minutt", ext(0, 90, ask_ok=True)),
    (HF, L, "prodlouži to o dvě a půl minuty", ext(0, 150, ask_ok=True)),
    (HF, L, "añade un minuto y medio al principio", ext(90, 0, ask_ok=True)),
    # --- style words
    (ST, None, "en dansk julesang med klokker", new(tags_text=["christmas"], ask_ok=True)),
    (ST, None, "en svensk julsång, lugn och varm", new(tags_text=["christmas"], ask_ok=True)),
    (ST, None, "en norsk julesang for barn", new(tags_text=["christmas"], ask_ok=True)),
    (ST, None, "ein ruhiges Weihnachtslied mit Glocken", new(tags_text=["christmas"], ask_ok=True)),
    (ST, None, "Weihnachtsmusik für das Büro, fröhlich", new(tags_text=["christmas"], ask_ok=True)),
    (ST, None, "ஒரு கிராமிய பாடல், மகிழ்ச்சியாக", new(tags_text=["folk"], ask_ok=True)),
    (ST, None, "веселий поп про літо", new(tags_text=["pop"], ask_ok=True)),
    (ST, None, "легкий поп для ранку, жіночий вокал", new(tags_text=["pop"], ask_ok=True)),
    (ST, None, "julemusik i jazzstil", new(tags_text=["christmas", "jazz"], ask_ok=True)),
    (ST, None, "inte julmusik, bara lugn pianomusik", new(tags_not=["christmas"], ask_ok=True)),
    (ST, None, "рок-пісня, тільки не веселий поп", new(tags_text_not=["pop"], ask_ok=True)),
    (ST, None, "kein Weihnachtslied, sondern ein Sommerhit", new(tags_not=["christmas"], ask_ok=True)),
    # --- Punjabi 'ਕੱਟ ਦਿਓ'
    (PA, L, "ਆਖਰੀ 10 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", free(trim_end_s=10, ask_ok=True)),
    (PA, L, "ਪਹਿਲੇ 5 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", free(trim_start_s=5, ask_ok=True)),
    (PA, None, "ਆਖਰੀ 10 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", ASK),
    (PA, L, "ਗੀਤ ਨੂੰ 2 ਮਿੰਟ ਤੇ ਕੱਟ ਦਿਓ", NOT_OUT),
    # --- the whole length to reach
    (WB, L, "Portala a 4 minuti", ext(0, 60, ask_ok=True)),
    (WB, L, "Portalo a 3 minuti e mezzo", ext(0, 30, ask_ok=True)),
    (WB, L, "Deixa ela com 4 minutos", ext(0, 60, ask_ok=True)),
    (WB, L, "Déjala en 4 minutos", ext(0, 60, ask_ok=True)),
    (WB, L, "Déjala en 2 minutos", NOT_OUT),
    (WB, L, "Deixa ela com 5 segundos de fade no final", free(fade_out_s=5, ask_ok=True)),
    (WB, L, "Portala a 30 secondi", NOT_OUT),
    (WB, S, "déjalo en 3 minutos, alargando el final", ext(0, 60, ask_ok=True)),
    # --- Hindi 'ka kar' / 'ka bana'
    (HI, L, "isko 4 minute ka kar do", ext(0, 60, ask_ok=True)),
    (HI, L, "isse 5 minute ka bana do", ext(0, 120, ask_ok=True)),
    (HI, S, "gaana 3 minute ka kar do", ext(0, 60, ask_ok=True)),
    (HI, L, "fade 5 second ka kar do", NOT_OUT),
    # --- Korean '앞'
    (KO, L, "앞 5초 잘라줘", free(trim_start_s=5, ask_ok=True)),
    (KO, L, "앞에 10초 추가해줘", ext(10, 0, ask_ok=True)),
    (KO, L, "앞 5초를 페이드 인 해줘", free(fade_in_s=5, trim_start_s=None, ask_ok=True)),
    (KO, L, "뒤 10초 잘라줘", free(trim_end_s=10, ask_ok=True)),
    (KO, L, "앞부분 3초 잘라줘", free(trim_start_s=3, ask_ok=True)),
    (KO, L, "드럼 앞 2초만 잘라줘", {"trim_start_s": None, "ask_ok": True}),
    (KO, L, "앞으로 30초 더 늘려줘", {"trim_start_s": None, "ask_ok": True}),
]


if __name__ == "__main__":
    main(PROBES, __file__)
