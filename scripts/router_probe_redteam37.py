"""Red-team probe (redteam37) of the router rules changed in df37bd7..2ad7336 (4cf282a, cfed155, 2ad7336), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly
asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) 4cf282a: seconds added to 'the song' with no track open ask for the track
(__init__._THE_SONG with add_time); Malay/Indonesian 'sambung*' and polite Urdu 'لمبا کر دیں' as extend cues;
lang._RANGE_TO_A_NUMBER also reading a number word before 'or' (или, albo, o, of, eller, vagy, veya, po ...) and a
length ('двадесет или тридесет секунди'), and three-letter number words of other scripts ('три', 'dvě', 'beş',
'năm') read; (2) cfed155: a language said as the one a song is in is sung in it (languages.said_in: whole words
ending -çe/-ça/-ksi/-eks, Haitian 'an' in _IN_BEFORE, _SUNG_NOUN with \\w*lied\\w*, biisi, türkü, ghazal, 동요, 가요,
流行曲, स्तोत्र, and _IN_AFTER's wider prefix of any non-space, non-digit, non-stop characters); quoted words before a
danda (or 。、) are lyrics, and a dash after a lyrics noun is its colon (read.QUOTE, _LYRICS_NOUN_BEFORE);
TAKEN_BACK_BEFORE with 'make it' / 'say' words after the marker; (3) 2ad7336: _CORRECTED's _COUNTED_AFTER (bars,
beats, takty, versions, 'more', 'times' ... are no correction); set-aside + style + m:ss a new piece only with no
place word before the time and no add/redo cue; spoken_numbers stems from seven-letter forms only, never with a
decade's ending (_DECADE_ENDINGS), a range end only with a length at the other end; lang.COUNTED with bars / beats
/ takt / compases; _LOUDER_FOR broadened (channel, 'I need it', 'and Spotify', a format after), the loudness
question skipped for _LOUDNESS_KEPT refusals and only for mixing / section / part words, 'softer' no loudness;
_LEVEL_NOW narrowed (needs 'at', or currently / right now / measures / está en / liegt bei / сейчас) and the target
after a current level read; AGES_OR_HOURS as whole words (not before 짝, ्, or a Latin letter).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam37.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

TS = "_THE_SONG + add_time with no track"
EX = "extend cues: sambung*, لمبا کر دیں"
RN = "_RANGE_TO_A_NUMBER ('or' + a length) / 3-letter number words"
SI = "languages.said_in (-çe/-ksi/-eks, 'an', _SUNG_NOUN, _IN_AFTER)"
QD = "read.QUOTE before a danda / dash after a lyrics noun"
TB = "TAKEN_BACK_BEFORE 'make it' / _CORRECTED _COUNTED_AFTER"
NP = "set-aside + style + m:ss (no place, no add/redo cue)"
SN = "spoken_numbers stems / _DECADE_ENDINGS / range end"
CT = "lang.COUNTED bars / beats / compases"
LD = "_LOUDER_FOR / _LOUDNESS_KEPT / softer"
LV = "_LEVEL_NOW narrowed / the target after it"
AG = "AGES_OR_HOURS whole words"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def not_out(**kw: Any) -> dict[str, Any]:
    """Anything but a paid extension (a question allowed)."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def lufs(level: float, **kw: Any) -> dict[str, Any]:
    """The whole track delivered at that level, free."""
    return {"tool": FREE, "loudness_lufs": level, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def out_after(sec: float, **kw: Any) -> dict[str, Any]:
    """A paid extension of that many seconds after (a question allowed)."""
    return {"tool": OUT, "extend_after_duration": sec, "ask_ok": True, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece sung in that language (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def not_lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece not silently sung in that language (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text_not": [f"{name} vocal"], **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) seconds added to 'the song' with no track: guards (the track is asked for)
    (TS, None, "Add 30 seconds to the song", ASK),
    (TS, None, "زود الاغنية دقيقة كمان", ASK),
    (TS, None, "sambung lagu ni 20 saat", ASK),
    (TS, None, "گانے کو ۳۰ سیکنڈ لمبا کر دیں", ASK),
    (TS, None, "Añade 20 segundos más a la canción", ASK),
    (TS, None, "Füge dem Song noch 20 Sekunden hinzu", ASK),
    (TS, None, "Добавь к песне ещё 30 секунд", ASK),
    # ... attacks: a new song, said as 'the song' / 'my song', with a part added inside it (a question is a miss)
    (
        TS,
        None,
        "Make the song for my mom's 60th birthday: 2 minutes of acoustic pop, and add a 15 second guitar solo",
        nws(120),
    ),
    (TS, None, "Write my song for the talent show, 3 minutes of indie rock, add a 20 second drum solo", nws(180)),
    (
        TS,
        None,
        "Hazme la canción para la boda de mi hermana: 3 minutos de bachata, y añade un solo de violín de 20 segundos",
        nws(180),
    ),
    (
        TS,
        None,
        "Compose la chanson pour l'anniversaire de Léa, 2 minutes, et ajoute 10 secondes de piano seul",
        nws(120),
    ),
    (
        TS,
        None,
        "Scrivi la canzone per il matrimonio, 3 minuti, e aggiungi un assolo di violino di 20 secondi",
        nws(180),
    ),
    (TS, None, "Faz a música do casamento: 3 minutos de forró, e adiciona um solo de sanfona de 20 segundos", nws(180)),
    (TS, None, "Сочини песню для мамы на 2 минуты и добавь соло на скрипке секунд на 20", nws(120)),
    (TS, None, "Напиши пісню для тата на 2 хвилини і додай 15 секунд соло на гітарі", nws(120)),
    (
        TS,
        None,
        "Schreib das Lied für Omas 80. Geburtstag, 2 Minuten, und füg ein 20 Sekunden langes Akkordeon-Solo hinzu",
        nws(120),
    ),
    (TS, None, "I want the song to be 2 minutes, upbeat pop about summer, add a 10 second whistle solo", nws(120)),
    (TS, None, "Make the song 2 minutes long", nw(120)),
    (TS, None, "Buatkan lagu ini untuk ulang tahun ibu: 2 menit, pop, tambahkan 15 detik solo gitar", nw(120)),
    # --- (1b) 'sambung' and 'لمبا کر دیں' as extend cues: guards
    (EX, L, "Sambung lagu ni 20 saat lagi", ext(0, 20)),
    (EX, L, "Tolong sambungkan lagu ini 30 detik lagi di akhir", ext(0, 30)),
    (EX, L, "گانے کو ۲۰ سیکنڈ اور لمبا کر دیں", ext(0, 20, ask_ok=True)),
    # ... attacks: 'sambung' as 'go on to' / 'connect', 'لمبا' of a note or a line
    (EX, L, "Lagu ni dah ok, sambung buat yang baru: dangdut 2 minit", nw(120)),
    (EX, L, "Oke, sambung ke lagu berikutnya: pop balada 3 menit", nw(180)),
    (EX, L, "Sambungkan bagian 1:00 sampai 1:20 supaya transisinya halus", inp(60, 80, ask_ok=True)),
    (EX, L, "Sambungan di 1:10 kasar, perbaiki dari 1:05 sampai 1:15", inp(65, 75, ask_ok=True)),
    (EX, L, "Sambung dari 1:20 dengan gitar akustik", not_out()),
    (EX, L, "Sambung 2 versi lagi dengan gaya yang sama", not_out()),
    (EX, L, "Sambung intro ni dengan verse, buat peralihan yang lancar", not_out()),
    (EX, L, "گلوکار کی آخری لائن کو لمبا کر دیں", not_out()),
    (EX, L, "آخری سُر کو تھوڑا لمبا کر دیں", not_out()),
    # --- (1c) a number word before 'or' + a length; three-letter number words: guards (either is asked)
    (RN, L, "Добави в края двадесет или тридесет секунди", ASK),
    (RN, L, "Dodaj na końcu trzydzieści albo czterdzieści sekund", ASK),
    (RN, L, "Dodaj na końcu dwadzieścia albo 30 s, jak wolisz", {"tool": OUT, "ask_ok": True}),
    (RN, L, "Lägg till tjugo eller 30 s i slutet", {"tool": OUT, "ask_ok": True}),
    (RN, L, "Adj hozzá a végéhez húsz vagy 30 s-ot", {"tool": OUT, "ask_ok": True}),
    (RN, L, "Sonuna yirmi veya 30 saniye ekle", {"tool": OUT, "ask_ok": True}),
    (RN, L, "Verleng het einde met twintig of 30 s", {"tool": OUT, "ask_ok": True}),
    # ... attacks: 'po' (each), 'of' (of them): a count before a length, no range and no alternative
    (RN, None, "Нужны джинглы: три по 30 секунд", nw(30)),
    (RN, None, "Znělky do podcastu: dvě po 30 s, veselé", nw(30)),
    (RN, None, "Dżingle do podcastu: cztery po 30 s, wesołe", nw(30)),
    (RN, None, "Give me twelve of 30s stingers for my podcast", nw(30)),
    # --- (2) a language said as the one a song is in: guards
    (SI, None, "Tee heviä suomeksi, kaksi minuuttia", lang("finnish")),
    (SI, None, "Bana bağlama ile Türkçe bir türkü yap, iki dakika", lang("turkish")),
    (SI, None, "Fè yon mizik konpa pou mwen, an kreyòl, 3 minit", lang("haitian creole")),
    (SI, None, "Schreib ein deutsches Rocklied über meinen Hund, 2 Minuten", lang("german")),
    (SI, None, "Ek Urdu ghazal banao, 3 minute", lang("urdu")),
    (SI, None, "아이들을 위한 한국어 동요, 1분", lang("korean")),
    (SI, None, "一首廣東話流行曲，3分鐘", lang("cantonese")),
    (SI, None, "Türkçe rap, 2 dakika, sert", lang("turkish")),
    (SI, None, "Rusça sözlü bir pop şarkı, 3 dakika", lang("russian")),
    (SI, None, "Kinderlied über einen Elefanten, auf Deutsch, 1 Minute", lang("german")),
    (SI, None, "संस्कृतभाषायाम् एकं स्तोत्रगीतं रचय, 2 मिनट", lang("sanskrit")),
    (SI, None, "a spanish guitar piece, 2 minutes", not_lang("spanish")),
    (SI, None, "German techno, 2 minutes, hard and fast", not_lang("german")),
    # ... attacks: English 'an' before a language as a style (Haitian 'an' = 'in')
    (SI, None, "An Arabic trap beat, 2 minutes", not_lang("arabic")),
    (SI, None, "Make an Icelandic post-rock piece, 3 minutes", not_lang("icelandic")),
    (SI, None, "An Italian spaghetti western theme, 2 minutes, whistling and twangy guitar", not_lang("italian")),
    (SI, None, "An Indonesian gamelan piece for meditation, 2 minutes", not_lang("indonesian")),
    (SI, None, "An Azerbaijani tar solo, 1 minute", not_lang("azerbaijani")),
    # ... attacks: German 'an' (to) before a country that is a language's stem
    (SI, None, "Ein Stück als Liebeserklärung an Portugal, 2 Minuten, mit Akustikgitarre", not_lang("portuguese")),
    (SI, None, "Eine Hommage an Spanien, 2 Minuten, feurige Gitarren", not_lang("spanish")),
    # ... attacks: 'an' making a second language 'said', so two are asked (a question is a miss)
    (SI, None, "A 2 minute Spanish love song for an Italian girl", nws(120, tags_text=["spanish vocal"])),
    (SI, None, "A 2 minute Polish folk song about an Italian summer", nws(120, tags_text=["polish vocal"])),
    # ... attacks: \w*lied\w* inside a word that is no song ('Mitglieder', 'applied', 'Allied')
    (SI, None, "Ein Stück für unsere Mitglieder aus Italien, 2 Minuten, festlich", not_lang("italian")),
    (SI, None, "A 2 minute lo-fi beat, tape wobble applied to Japanese city pop chords", not_lang("japanese")),
    (SI, None, "A 2 minute brass march for the Allied Polish pilots", not_lang("polish")),
    # ... attacks: -eks / -çe / -ksi / -ça endings of words that are no 'in <language>'
    (SI, None, "Epic orchestral battle music about the ancient Greeks, 2 minutes", not_lang("greek")),
    (SI, None, "Türkçe başlıklı bir lo-fi parça, 2 dakika", not_lang("turkish")),
    (SI, None, "Tee rauhallinen pianokappale, nimi suomeksi, 2 minuuttia", not_lang("finnish")),
    (SI, None, "Um fado com saudade da França, 2 minutos", not_lang("french")),
    (SI, None, "Trilha de viagem pela França, 2 minutos, violão e acordeão", not_lang("french")),
    # ... attacks: _IN_AFTER's wider prefix ('-style main', '、... で') and new sung nouns (가요 'let's go', Turku)
    (SI, None, "Write a French-style main theme for my RPG, 2 minutes", not_lang("french")),
    (SI, None, "A Turkish-style beat, 2 minutes", not_lang("turkish")),
    (SI, None, "タイトルは韓国語、テンポ速めで2分のピアノ曲", not_lang("korean")),
    (SI, None, "피아노 곡 2분, 프랑스어 제목으로 가요", not_lang("french")),
    (SI, None, "A 30 second Finnish Turku summer festival jingle", not_lang("finnish")),
    (SI, None, "Una base in stile italiano ma moderna, 2 minuti", not_lang("italian")),
    (SI, None, "A song about the Greeks and the Romans, 2 minutes", not_lang("greek")),
    # --- (2b) quoted words before a danda are lyrics; a dash after a lyrics noun: guards
    (
        QD,
        None,
        "संस्कृतभाषायाम् एकं स्तोत्रगीतं रचय। शब्दाः — 'ॐ नमः शिवाय'। तानपुरया सह।",
        {"tool": NEW, "lyrics_has": ["ॐ नमः शिवाय"], "ask_ok": True},
    ),
    (QD, None, "गाओ: 'मेरा दिल तेरा'। 2 मिनट का पॉप गाना।", {"tool": NEW, "lyrics_has": ["मेरा दिल तेरा"], "ask_ok": True}),
    (
        QD,
        None,
        "Lyrics — 'we ride tonight, we never stop' — 2 minute rock song",
        {"tool": NEW, "lyrics_has": ["we ride tonight"], "ask_ok": True},
    ),
    # ... attacks: a quoted title before a danda or 。, a title after 'no lyrics -'
    (
        QD,
        None,
        "गाने का नाम होगा 'बारिश'। 2 मिनट का रोमांटिक गाना।",
        {"tool": NEW, "lyrics_not": ["बारिश"], "ask_ok": True},
    ),
    (
        QD,
        None,
        "गाने का शीर्षक — 'चाँदनी रात'। 2 मिनट, धीमा और रोमांटिक।",
        {"tool": NEW, "lyrics_not": ["चाँदनी रात"], "ask_ok": True},
    ),
    (QD, None, "गीतको नाम 'सपना'। २ मिनेटको लोकगीत।", {"tool": NEW, "lyrics_not": ["सपना"], "ask_ok": True}),
    (QD, None, "একটা ২ মিনিটের গান বানাও, নাম 'বৃষ্টি'।", {"tool": NEW, "lyrics_not": ["বৃষ্টি"], "ask_ok": True}),
    (QD, None, "歌名叫'晴天'。一首2分钟的流行歌", {"tool": NEW, "lyrics_not": ["晴天"], "ask_ok": True}),
    (QD, None, "タイトルは'夜明け'。2分のJ-POPの歌", {"tool": NEW, "lyrics_not": ["夜明け"], "ask_ok": True}),
    (
        QD,
        None,
        "A 2 minute ambient track, no lyrics - 'Drift' is the title",
        {"tool": NEW, "duration": 120, "lyrics_not": ["Drift"], "ask_ok": True},
    ),
    # --- (2c) a value taken back with 'make it' after the marker; (3a) a count is no correction
    (TB, L, "حط fade out خمس ثواني لا لا خليها ثمانية", {"tool": FREE, "fade_out_s": 8.0}),
    (TB, L, "Fade out five seconds, no no, make it eight", {"tool": FREE, "fade_out_s": 8.0}),
    (TB, L, "Fade out 5 seconds, um, make it seven", {"tool": FREE, "fade_out_s": 7.0, "ask_ok": True}),
    (TB, L, "Add 20 seconds at the end, uh, say thirty", ext(0, 30, ask_ok=True)),
    (TB, L, "Добавь в конце 20 секунд, нет, давай тридцать", ext(0, 30, ask_ok=True)),
    (
        TB,
        L,
        "Mets un fondu de sortie de 5 secondes, non, disons huit",
        {"tool": FREE, "fade_out_s": 8.0, "ask_ok": True},
    ),
    (TB, L, "Dodaj na końcu 20 sekund, a nie, 30", ext(0, 30, ask_ok=True)),
    (TB, L, "Przedłuż o 20 sekund, nie czekaj, o trzydzieści", ext(0, 30, ask_ok=True)),
    # ... attacks: a correction said in bars or beats (the first value kept silently), or '30 more seconds'
    (TB, L, "Extend it by 8 bars, no wait, 16 bars", ext(0, 32, ask_ok=True)),
    (TB, L, "Extend it by 20 seconds, no wait, 32 beats", ext(0, 16, ask_ok=True)),
    (TB, L, "Fade out over 4 beats, no wait, 8 beats", {"tool": FREE, "fade_out_s": 4.0, "ask_ok": True}),
    (TB, L, "Verlängere um 4 Takte, nee, 8 Takte", ext(0, 16, ask_ok=True)),
    (TB, L, "Alarga el final 8 compases, no, mejor 16 compases", ext(0, 32, ask_ok=True)),
    (TB, L, "Extend it by 20 seconds, sorry, I mean 30 more seconds", ext(0, 30, ask_ok=True)),
    (TB, L, "Extend by 30 seconds, no wait, make it three versions", out_after(30.0)),
    (TB, L, "Extend it by 30 seconds, wait, 2 more things: mp3 and a fade", out_after(30.0)),
    # --- (3b) set-aside + style + m:ss: guards
    (NP, L, "Forget that, put a jazz guitar at 1:20 instead", not_new()),
    (NP, L, "Forget that, redo 1:10 to 1:30 as jazz piano instead", inp(70, 90, ask_ok=True)),
    (NP, L, "forget this one, start fresh: a sad piano ballad, 2:30", nws(150)),
    # ... attacks: a new piece with an add cue inside it, or a length after 'around' / 'um' / 'di' / 'at around'
    (NP, L, "Forget this one, start fresh: a jazz trio with brushes, 2:30, and add a sax solo in the middle", nws(150)),
    (NP, L, "Scrap that one. Instead: a reggae tune, 2:30, add a dub echo on the snare", nws(150)),
    (NP, L, "Scrap that, I'd rather have a chill lo-fi beat, around 2:30 in length", nws(150)),
    (NP, L, "Vergiss es, lieber was mit Jazzpiano, so um 2:30 lang", nws(150)),
    (NP, L, "Lascia perdere, piuttosto un pezzo jazz di 2:30", nws(150)),
    (NP, L, "Olvídalo, mejor una cumbia con acordeón, de unos 2:30, y añade un coro al final", nws(150)),
    (NP, L, "Забудь, лучше сделай джазовую тему около 2:30", nws(150)),
    (NP, L, "This one's done. Instead, a bossa nova at around 2:30", nws(150)),
    (NP, L, "Esquece essa, prefiro um samba triste, 2:30", nws(150)),
    (NP, L, "Laisse tomber, plutôt une valse musette vers 2:30", nws(150)),
    # --- (3c) spoken numbers: guards
    (SN, L, "Переделай с двадцатой по тридцатую секунду", inp(20, 30)),
    (SN, L, "Добавь в конце тридцать секунд", ext(0, 30)),
    (SN, L, "Dodaj na końcu trzydzieści sekund", ext(0, 30)),
    (SN, L, "Přidej na konec třicet sekund", ext(0, 30)),
    (SN, L, "Додай у кінці тридцять секунд", ext(0, 30)),
    (SN, L, "Lisää loppuun kolmekymmentä sekuntia", ext(0, 30)),
    (SN, L, "Adj hozzá a végéhez harminc másodpercet", ext(0, 30, ask_ok=True)),
    (SN, L, "Dodaj na kraju trideset sekundi", ext(0, 30)),
    (SN, None, "Una pieza triste de 2 minutos para piano", nws(120)),
    (SN, None, "Трек на 2 минуты двадцатые годы, джаз", nws(120)),
    (SN, None, "Piosenka na 2 minuty w stylu lat sześćdziesiątych", nws(120)),
    # ... attacks: six-letter forms no longer stemmed ('dvaceti', 'třiceti'), a range end with no unit
    (SN, L, "Vygeneruj znovu úsek mezi dvaceti a třiceti sekundami", inp(20, 30)),
    (SN, L, "Stlum hudbu během posledních dvaceti sekund", {"tool": FREE, "fade_out_s": 20.0, "ask_ok": True}),
    (SN, L, "Przerób od dwudziestej do 1:30", inp(20, 90, ask_ok=True)),
    # ... attacks: a decade whose ending is not in _DECADE_ENDINGS, right after a length
    (SN, None, "Swingová písnička na 2 minuty dvacátá léta", nws(120)),
    (SN, None, "Pesma od 2 minuta dvadesete godine, džez", nws(120)),
    (SN, None, "Песен от 2 минути двайсетте години, суинг", nws(120)),
    # ... attacks: a three-letter number word of another script right after a length, counting something else
    (SN, None, "Трек на 2 минуты три гитары и бас", nws(120)),
    (SN, None, "Песня на 2 минуты два куплета и припев", nws(120)),
    (SN, None, "Písnička na 2 minuty tři sloky", nws(120)),
    (SN, None, "Песен от 2 минути пет куплета", nws(120)),
    (SN, None, "Bir şarkı, 2 dakika beş kişilik koro", nws(120)),
    (SN, None, "Nhạc 2 phút năm mới, vui tươi", nws(120)),
    (SN, None, "Пісня на 2 хвилини дві гітари", nws(120)),
    # --- (3d) COUNTED with bars / beats / compases
    (CT, None, "a 1 minute sixteen bar loop of boom bap", nws(60)),
    (CT, None, "Un loop de 1 minuto 8 compases de cumbia", nws(60)),
    (CT, None, "Make a 2 min 30 second track with 4 bars of intro", nws(150)),
    (CT, None, "Ein Loop, 1 Minute 8 Takte lang, Techno", nws(60)),
    # --- (3e) louder for a platform, refusals: guards
    (LD, L, "Make it louder for my YouTube channel", lufs(-14.0)),
    (LD, L, "I need it louder for YouTube", lufs(-14.0)),
    (LD, L, "Make it quieter for YouTube and Spotify", lufs(-14.0)),
    (LD, L, "Louder for YouTube please, and save it as flac", lufs(-14.0, output_format="flac")),
    (LD, L, "Convert it to mp3, no need to make it louder", fmt_is("mp3", loudness_lufs=None)),
    (LD, L, "Export as wav and leave the volume alone", fmt_is("wav", loudness_lufs=None)),
    (LD, L, "Convertilo in mp3, il volume va bene così", fmt_is("mp3", loudness_lufs=None)),
    (
        LD,
        L,
        "Give it a softer ending: 6 second fade out, as wav",
        {"tool": FREE, "fade_out_s": 6.0, "output_format": "wav"},
    ),
    (
        LD,
        L,
        "Make it louder for YouTube and export it as a 320 kbps mp3",
        lufs(-14.0, output_format="mp3", bitrate_kbps=320),
    ),
    # ... attacks: 'softer' as quieter, beside a format (the loudness silently dropped)
    (LD, L, "Make it softer and export as mp3", ASK),
    (LD, L, "A bit softer please, and make it a wav", ASK),
    # ... attacks: a refusal word that refuses nothing ('why not', "don't forget", 'don't make it quieter, louder')
    (LD, L, "Convert it to mp3 and why not make it louder too", ASK),
    (LD, L, "Don't make it quieter, make it louder! And export as mp3", ASK),
    (LD, L, "Export as wav but keep it louder than the demo", ASK),
    (LD, L, "Esportalo in mp3 e non dimenticare di farlo più forte", ASK),
    (LD, L, "Переведи в mp3 и не забудь сделать громче", ASK),
    (LD, L, "Конвертуй у mp3 і не забудь зробити голосніше", ASK),
    (LD, L, "Pásalo a mp3 y no olvides hacerlo más fuerte", ASK),
    (LD, L, "Converte pra mp3 e não esquece de deixar mais alto", ASK),
    (LD, L, "Als mp3 exportieren und nicht vergessen lauter zu machen", ASK),
    # ... attacks: _LOUDNESS_KEPT_AFTER words that keep nothing ('as it is too quiet', 'così si sente', 'is fine')
    (LD, L, "Make it louder as it is way too quiet and convert to mp3", ASK),
    (LD, L, "Fallo più forte così si sente, e in mp3", ASK),
    (LD, L, "Slightly louder is fine, and make it a wav", ASK),
    # ... attacks: a mixing word beside the loudness, and a background (no longer a part)
    (LD, L, "Make it louder and add a 5 second fade out, it's for a voice-over", ASK),
    (LD, L, "Make it quieter, like background music, and export as mp3", ASK),
    # --- (3f) the level it has now vs a target: guards
    (LV, L, "The target is -14 LUFS, convert to mp3", lufs(-14.0, output_format="mp3")),
    (LV, L, "It's at -20 LUFS now, bring it to -14 LUFS", lufs(-14.0)),
    (LV, L, "Сейчас -20 LUFS, сделай -14 LUFS и в mp3", lufs(-14.0, output_format="mp3")),
    # ... attacks: a current level said without 'at' (read as the target)
    (LV, L, "It's -8 LUFS, too loud for Spotify, export as mp3", lufs(-14.0, output_format="mp3", ask_ok=True)),
    (LV, L, "Right now it's -20 LUFS, too quiet; bring it up and export as wav", ASK),
    (LV, L, "Spotify says -20 LUFS, too quiet, make it louder", lufs(-14.0, ask_ok=True)),
    (LV, L, "It is -9 LUFS, way too loud for Spotify; export as mp3", lufs(-14.0, output_format="mp3", ask_ok=True)),
    (LV, L, "Es ist -9 LUFS, viel zu laut für Spotify, bitte als mp3", lufs(-14.0, output_format="mp3", ask_ok=True)),
    (
        LV,
        L,
        "Adesso è -9 LUFS, troppo forte per Spotify, esportalo in mp3",
        lufs(-14.0, output_format="mp3", ask_ok=True),
    ),
    (LV, L, "Now it's -20 LUFS, target -14 LUFS, export as wav", lufs(-14.0, output_format="wav")),
    (
        LV,
        L,
        "Mine is -9 LUFS, Spotify wants -14, fix it and export a wav",
        lufs(-14.0, output_format="wav", ask_ok=True),
    ),
    (LV, L, "It's -14 LUFS already, just convert to mp3", fmt_is("mp3", loudness_lufs=None, ask_ok=True)),
    (LV, L, "Der Track hat -9 LUFS, zu laut, mach ihn passend für Spotify", lufs(-14.0, ask_ok=True)),
    # ... attacks: the level after a current one that is not the target
    (LV, L, "It's at -20 LUFS, way below -14 LUFS, so bring it up to -11 LUFS", lufs(-11.0, ask_ok=True)),
    (
        LV,
        L,
        "It's at -9 LUFS, Spotify wants -14 LUFS but my label wants -16 LUFS, go with the label",
        lufs(-16.0, ask_ok=True),
    ),
    (
        LV,
        L,
        "It's at -9 LUFS and the reference is -11 LUFS, close enough, just convert to mp3",
        fmt_is("mp3", loudness_lufs=None),
    ),
    # --- (3g) ages and hours as whole words: guards
    (AG, None, "Una canción para niños de 4 a 6 años, 1 minuto", nws(60)),
    (AG, None, "Музыка для детей от 3 до 5 лет, 1 минута", nws(60)),
    (AG, L, "Redo 1:10 to 1:20 with yearning strings", inp(70, 80)),
    # ... attacks: a word of another script that starts like an age or an hour word
    (AG, L, "1:10부터 1:20까지 살사 느낌으로 다시 만들어줘", inp(70, 80)),
    (AG, L, "Переделай с 1:10 до 1:20 летним звуком с гитарой", inp(70, 80)),
    (AG, L, "Переделай с 1:10 до 1:20, часовой механизм вместо барабанов", inp(70, 80)),
    (AG, L, "1:10 से 1:20 तक सालगिरह वाला मूड दो", inp(70, 80, ask_ok=True)),
    (AG, L, "把1:10到1:20改成岁月感的弦乐", inp(70, 80)),
    (AG, L, "1:10から1:20まで歳時記っぽい和風に作り直して", inp(70, 80)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
