"""Red-team probe (redteam31) of the router rules changed in eb8e3eb..4dcf4f9 (b626c1a, adbee72, 4dcf4f9), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly
asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) _TO_END's new alternatives ('in poi', 'нататък', "'den sonrası", '부터 끝까지', 'sampai
habis', 'on' at a clause's end) and 'everything from T' ('tout à partir de', 'todo desde', 'alles ab', 'всё с'),
said of what stays ('garde tout à partir de 1:00, refais le début') or closed by a word its list lacks ('по', 'do',
'till', 'til', 'jusqu'à'); (2) _FRACTION / _fraction_window and the new _HALF words with half_m: a third or quarter
of a section in a genitive _SECTION_OF lacks ('des Refrains'), the part kept rather than redone ('keep the first
third'), 'quarter note', 'from the middle eight', Arabic 'من النص' (from the text); (3) _SIDE_AFTER_A_LENGTH
('5 secondi prima e 10 dopo') where 'before/after' is when a thing starts or ends ('que termine 10 segundos antes'),
and _BEFORE_THE_END ('los 20 segundos antes del final' is the last 20 s); (4) _INHERIT's 'mais/más/più/noch/more/
tapos' before a bare number that is no length ('and more 808'); (5) read._length_line_after (a last line of only
unit words is the length, also when sung: 'segundos y minutos') and _ANNOUNCE 'words:' ('Mood words:'); (6)
_kept_first and the new piece at the default length after a kept track, where the 'new beat' or 'new one' is for
the track ('The vocal's good, keep it. Now make a new beat'); (7) _a_length_of_the_song, _A_SONG_THAT_IS and
_A_SPEED_CHANGE in _a_setting_alone: a new piece described as 'the song' ('Quiero que la canción dure 3 minutos y
hable de mi abuela'), everyday verbs of speed ('una canción que acelera el corazón'); (8) _REWORK_OF_THE_TRACK's
'original'; (9) the 'nor' rework: a 'nor' said once now refuses both, also Hebrew 'ולא' (and not) and Egyptian
'ولا' (or), and _NOR_BEFORE's two words between ('nem túl gyors rock, nem metal'); (10) shaping._AFTER_A_LENGTH
where '后/後/후/baad' is 'after doing it' ('剪掉开头10秒后淡出3秒'), the new start words ('əvvəlki' the previous);
(11) _A_MINUTE's Slavic and Lithuanian forms before 'and a half' ('na minutu a půl', 'pusantros minutės ilgio');
(12) ranges' থেকে/देखि/ਤੋਂ/నుండి and closing words; (13) _A_PART's middle-part words for a new piece; (14) table
words: 'कोई आवाज़ नहीं' in a story, 'fele/fela', 'ud,', Czech 'zeslab' (weaken), 'my own version of', Tagalog 'sa',
the Nepali '-छ' rule against Sanskrit, Hindi 'ना/के' taken out.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam31.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

TE = "_TO_END: 'in poi', 'нататък', 'den sonra', 'on', everything from T"
FR = "_FRACTION / _HALF / half_m: thirds, quarters, halves"
SD = "_SIDE_AFTER_A_LENGTH / _BEFORE_THE_END"
IH = "read._INHERIT 'mais/más/più/noch/more/tapos'"
LL = "read._length_line_after / _ANNOUNCE 'words:'"
KP = "_kept_first: a new piece after a kept track, no length"
LS = "_a_length_of_the_song / _A_SONG_THAT_IS / _A_SPEED_CHANGE"
RW = "_REWORK_OF_THE_TRACK: takes of a styled piece"
NR = "'nor' rework: _PAIRED_NOR, _NOR_BEFORE"
SH = "shaping: _AFTER_A_LENGTH, new start words, _ALL_AFTER"
MN = "read._A_MINUTE Slavic and Lithuanian forms"
RG = "ranges: থেকে, देखि, ਤੋਂ, నుండి and closing words"
PT = "account._A_PART middle-part words"
TW = "table words, 'sa', Nepali '-छ', my own version of"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def new_sure(**kw: Any) -> dict[str, Any]:
    """A new piece, plainly: a question is a miss."""
    return {"tool": NEW, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def cut(**kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, **kw)


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def not_ext(**kw: Any) -> dict[str, Any]:
    """No extension (a question allowed): the amount is when something starts or ends, not an added side."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def not_inp(**kw: Any) -> dict[str, Any]:
    """No regeneration of a window (a question allowed)."""
    return {"tool_not": IN, "ask_ok": True, **kw}


def refused(*tags: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_not": list(tags), **kw}


def no_fade(**kw: Any) -> dict[str, Any]:
    return {"ask_ok": True, "fade_out_s": None, "fade_in_s": None, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) _TO_END: the rule's own forms (controls)
    (TE, L, "Dal secondo 95 in poi rifallo più energico", inp(95, 180)),
    (TE, L, "От 1:15 нататък го направи отново", inp(75, 180)),
    (TE, L, "1:20'den sonrasını yeniden yap", inp(80, 180)),
    (TE, L, "1분 20초부터 끝까지 다시 만들어줘", inp(80, 180)),
    (TE, L, "Buat ulang dari menit 2 sampai habis", inp(120, 180)),
    (TE, L, "Переделай всё начиная с 2:00", inp(120, 180)),
    (TE, L, "Genereer alles vanaf 1:45 opnieuw", inp(105, 180)),
    (TE, L, "Redo from 0:30 onwards", inp(30, 180)),
    (TE, L, "1分20秒から最後まで作り直して", inp(80, 180)),
    (TE, L, "1:00 से अंत तक फिर से बनाओ", inp(60, 180)),
    (TE, L, "1:00 থেকে শেষ পর্যন্ত আবার বানাও", inp(60, 180)),
    (TE, L, "Wszystko od 2:00 zrób od nowa, ale wolniej", inp(120, 180)),
    # ... everything from T said of what stays: the part before it is redone
    (TE, L, "Garde tout à partir de 1:00, refais le début", inp(0, 60, ask_ok=True)),
    (TE, L, "Deja todo desde 1:00 igual y rehaz la intro", inp(0, 60, ask_ok=True)),
    (TE, L, "Lass alles ab 1:00 so wie es ist und mach das Intro neu", inp(0, 60, ask_ok=True)),
    (TE, L, "Behoud alles vanaf 1:30 en maak het begin opnieuw", inp(0, 90, ask_ok=True)),
    (TE, L, "Mantén todo desde 0:45, solo cambia lo de antes", inp(0, 45, ask_ok=True)),
    (TE, L, "Everything from 1:00 is perfect, just redo the first minute", inp(0, 60, ask_ok=True)),
    (TE, L, "No toques nada de 1:30 en adelante; rehaz solo el principio", inp(0, 90, ask_ok=True)),
    (TE, L, "1:00'den sonrasını değil, öncesini yeniden yap", inp(0, 60, ask_ok=True)),
    (TE, L, "Dari menit 2 sampai habis jangan diubah, ulang bagian awal saja", inp(0, 120, ask_ok=True)),
    (TE, L, "Keep everything from 0:30 on and cut the intro", cut(trim_start_s=30)),
    # ... closed by a word the exclusion lacks: a range
    (TE, L, "Переделай всё с 1:00 по 1:30", inp(60, 90)),
    (TE, L, "Gör om allt från 1:00 till 1:30", inp(60, 90)),
    (TE, L, "Lag alt fra 1:00 til 1:30 på nytt", inp(60, 90)),
    (TE, L, "Refais tout à partir de 1:00 jusqu'à 1:30", inp(60, 90)),
    (TE, L, "Predělej vše od 1:00 do 1:30", inp(60, 90)),
    # ... 'on' at a clause's end after an amount: added seconds, never a window
    (TE, L, "Add 30 seconds on.", not_inp()),
    (TE, L, "Tack another 20 s on", not_inp()),
    (TE, L, "Stick 10 seconds on, please", not_inp()),
    (TE, L, "Put 1 min on.", not_inp()),
    (TE, L, "Fade from 2:30 on", cut(fade_out_s=30)),
    (TE, L, "Remove everything from 2:40", cut(trim_end_s=20)),
    (TE, L, "Todo lo que hay desde 2:00 bórralo", cut(trim_end_s=60)),
    (TE, 240.0, "3:00以降は要らない、カットして", cut(trim_end_s=60)),
    # --- (2) _FRACTION and the new halves
    (FR, L, "Redo the last third", inp(120, 180)),
    (FR, L, "Refais le deuxième tiers", inp(60, 120)),
    (FR, L, "Rifai l'ultimo quarto", inp(135, 180)),
    (FR, L, "Переделай последнюю треть", inp(120, 180)),
    (FR, L, "前三分之一重新生成", inp(0, 60)),
    (FR, L, "Son çeyreği yeniden yap", inp(135, 180)),
    (FR, L, "Udělej znovu první třetinu", inp(0, 60)),
    (FR, L, "Rifai il terzo quarto", inp(90, 135)),
    (FR, L, "Regenerate the final quarter, keep the rest", inp(135, 180)),
    (FR, L, "Rehaz el último cuarto de la canción", inp(135, 180)),
    (FR, L, "Fade out the last third", cut(fade_out_s=60)),
    (FR, L, "Cut the first quarter", cut(trim_start_s=45)),
    # ... the part kept, the rest redone
    (FR, L, "Keep the first third, redo the rest", inp(60, 180, ask_ok=True)),
    (FR, L, "Behalte das erste Drittel, den Rest neu machen", inp(60, 180, ask_ok=True)),
    (FR, L, "Keep the last quarter and redo everything before it", inp(0, 135, ask_ok=True)),
    (FR, L, "Keep the first half, redo the second", inp(90, 180, ask_ok=True)),
    # ... of a section (a genitive, a musical note, the middle eight): asked
    (FR, L, "Mach das letzte Drittel des Refrains neu", ASK),
    (FR, L, "Ab der Mitte des Refrains neu machen", ASK),
    (FR, L, "Rifai l'ultimo terzo del ritornello", ASK),
    (FR, L, "Regenera el último tercio del estribillo", ASK),
    (FR, L, "Переделай последнюю треть припева", ASK),
    (FR, L, "Od połowy refrenu zrób od nowa", ASK),
    (FR, L, "Refais à partir de la moitié du refrain", ASK),
    (FR, L, "Nakaratın yarısından sonrasını yeniden yap", ASK),
    (FR, L, "Redo from the middle of the bridge", ASK),
    (FR, L, "Redo it from the middle eight", ASK),
    (FR, L, "Redo the last quarter note", ASK),
    (FR, L, "Redo the last quarter of a minute", inp(165, 180, ask_ok=True)),
    # ... the half from the middle on (controls) and Arabic 'النص' as the text
    (FR, L, "Tee puolivälistä loppuun uusiksi", inp(90, 180)),
    (FR, L, "Od połowy do końca wygeneruj od nowa", inp(90, 180)),
    (FR, L, "Rehaz la mitad final", inp(90, 180)),
    (FR, L, "Yarısından sonrasını yeniden yap", inp(90, 180)),
    (FR, L, "Переделай с середины", inp(90, 180)),
    (FR, L, "Làm lại từ giữa bài", inp(90, 180)),
    (FR, L, "اعمل الأغنية من جديد من النص ده اللي كتبته", not_inp()),
    # --- (3) sides after amounts, and 'before the end'
    (SD, L, "Aggiungi 5 secondi prima e 10 dopo", ext(5, 10)),
    (SD, L, "Füg 5 Sekunden davor und 10 danach hinzu", ext(5, 10)),
    (SD, L, "Añade 5 segundos antes y 10 después", ext(5, 10)),
    (SD, L, "Acrescenta 5 segundos antes e 10 depois", ext(5, 10)),
    (SD, L, "Voeg 5 seconden ervoor en 10 erna toe", ext(5, 10)),
    (SD, L, "Ajoute 10 secondes avant, et 5 après", ext(10, 5)),
    # ... 'before/after' as when a thing starts or ends
    (SD, L, "Que termine 10 segundos antes.", not_ext()),
    (SD, L, "Haz que acabe 10 segundos antes, con un fade", not_ext()),
    (SD, L, "Il ritornello deve iniziare 10 secondi prima.", not_ext()),
    (SD, L, "Fais-la commencer 5 secondes après.", not_ext()),
    (SD, L, "Que la voz entre 2 segundos después y sube el volumen", not_ext()),
    (SD, L, "Der Gesang soll 3 Sekunden danach einsetzen.", not_ext()),
    # ... the seconds before the end: the track's last seconds
    (SD, L, "Rehaz los 20 segundos antes del final", inp(160, 180)),
    (SD, L, "Refais les 20 secondes avant la fin", inp(160, 180)),
    (SD, L, "Mach die 20 Sekunden vor dem Ende neu", inp(160, 180)),
    (SD, L, "Pon un fade out de 5 segundos antes del final", cut(fade_out_s=5)),
    (SD, L, "Añade 10 segundos antes del final", ASK),
    (SD, L, "Aggiungi 10 secondi prima della fine", ASK),
    # --- (4) _INHERIT's 'more' words
    (IH, L, "Adiciona 10 segundos no fim e mais 5 no começo", ext(5, 10)),
    (IH, L, "Añade 10 segundos al final y más 5 al principio", ext(5, 10)),
    (IH, L, "Allunga di 10 secondi alla fine e più 5 all'inizio", ext(5, 10)),
    (IH, None, "Make a 2 minute trap beat, and more 808 please", nw(120)),
    (IH, None, "Mach ein 2 Minuten Lied und noch 2 Strophen dazu", nw(120)),
    (IH, None, "Una canción de 3 minutos, y más 2 guitarras", nw(180)),
    (IH, None, "Faça uma música de 2 minutos e mais 3 refrões", nw(120)),
    (IH, None, "Gumawa ng 2 minuto na kanta tapos 3 na chorus", nw(120)),
    # --- (5) a length line after lyrics, 'words:'
    (
        LL,
        None,
        "Make a 2 minute pop song, lyrics:\nWe only have a minute left\nTick tock, tick tock\nSixty seconds",
        nw(120, lyrics_has=["Sixty seconds"]),
    ),
    (
        LL,
        None,
        "Hazme un bolero de 3 minutos con esta letra:\nEl reloj no perdona\nlas horas se van\nsegundos y minutos",
        nw(180, lyrics_has=["segundos y minutos"]),
    ),
    (
        LL,
        None,
        "Canzone di 2 minuti, testo:\nIl tempo vola via\nminuti e secondi",
        nw(120, lyrics_has=["minuti e secondi"]),
    ),
    (
        LL,
        None,
        "Make a 2 minute song with these lyrics:\nI count the hours\nI count the days\nminutes, seconds",
        nw(120, lyrics_has=["minutes, seconds"]),
    ),
    (LL, None, "Lyrics:\nHold me close tonight\nDon't let me go\n3 minutes", nw(180, lyrics_lacks=["3 minutes"])),
    (LL, None, "Letra:\nTe quiero\nTe extraño\nque dure 2 minutos", nw(120, lyrics_lacks=["dure"])),
    (
        LL,
        None,
        "Make a 2 minute instrumental. Some words to guide you:\ncalm, dreamy, rainy night",
        nw(120, inst=True),
    ),
    (LL, None, "Make a 2 minute lo-fi track. Mood words:\ndark, moody, cinematic", nw(120, lyrics_lacks=["moody"])),
    (
        LL,
        None,
        "Make a 2 minute ambient piece. Words that describe it:\nfloating, endless, blue",
        nw(120, lyrics_lacks=["floating"]),
    ),
    (LL, None, "Gregorian chant, 2 minutes, his verbis:\nAve Maria gratia plena", nw(120, lyrics_has=["gratia"])),
    # --- (6) _kept_first: the new piece after a kept track
    (KP, L, "ok this one's good, keep it. now do a totally new one, upbeat funk", new_sure()),
    (KP, L, "این خوبه. حالا یه آهنگ جدید پاپ شاد بساز", new_sure()),
    (KP, L, "Tamam bu kalsın. Şimdi yeni bir şarkı yap, hızlı bir rock", new_sure()),
    (KP, L, "The vocal's good, keep it. Now make a new beat, trap style", not_new()),
    (KP, L, "La voz está bien, me la quedo. Ahora hazme un beat nuevo de trap", not_new()),
    (KP, L, "Ça marche, garde-la. Mets un nouveau beat dessus, style funk", not_new()),
    (KP, L, "The verse is good, keep it. Now do a new one for the chorus, more upbeat funk", not_new()),
    (KP, L, "It's good, keep it. Now make a new song with the same melody, reggae", not_new()),
    (KP, L, "Perfect, keep it. Now a new one: the same song as a lullaby", not_new()),
    (KP, L, "Good, keep it. Now do a new one with my vocals over a house beat", not_new()),
    (KP, L, "Va bien, la tengo. Ahora haz una nueva versión en salsa", not_new()),
    # --- (7) a song's length, its speed: a new piece described as 'the song'
    (LS, None, "The song should be 3 minutes long and about my grandmother", new_sure(duration=180)),
    (LS, None, "Quiero que la canción dure 3 minutos y hable de mi abuela", new_sure(duration=180)),
    (LS, None, "Fais la chanson de mon mariage, 3 minutes", new_sure(duration=180)),
    (LS, None, "Make the song for my wedding, 3 minutes", new_sure(duration=180)),
    (LS, None, "Fes que la cançó duri 3 minuts", ASK),
    (LS, None, "Make the song 3 minutes long", ASK),
    (LS, None, "Una canción que acelera el corazón", new_sure()),
    (LS, None, "Ein Lied, das mein Herz beschleunigt", new_sure()),
    (LS, None, "Песня, которая замедлит время", new_sure()),
    (LS, None, "Kalbimi hızlandıran bir şarkı yap", new_sure()),
    (LS, None, "A song to slow down my racing thoughts", new_sure()),
    (LS, None, "Something to speed up my morning run", new_sure()),
    (LS, None, "Make me a song about the speed of light", new_sure()),
    (LS, None, "The song of my life, about the key to my heart", new_sure()),
    (LS, None, "Haz la canción de mi boda, con un tempo lento", new_sure()),
    (LS, None, "Make this song's tempo faster", ASK),
    (LS, None, "Transpose my song up a tone", ASK),
    # --- (8) _REWORK_OF_THE_TRACK
    (RW, L, "Hazme 2 versiones de una cumbia original", {"tool": NEW, "takes": 2}),
    (RW, L, "Make 2 takes of an original bossa nova", {"tool": NEW, "takes": 2}),
    (RW, L, "Make 2 takes of a reggae remix of it", not_new()),
    (RW, L, "Dame 3 versiones de una salsa usando la voz original", not_new()),
    (RW, L, "Make 2 versions of a jazz cover of it", not_new()),
    (RW, L, "Buat 2 versi dangdut dari lagu ini", not_new()),
    # --- (9) 'nor'
    (NR, None, "שיר רוק ולא מטאל, 2 דקות", nw(120, tags_not=["no rock"])),
    (NR, None, "שיר ג'אז ולא רוק, דקה וחצי", nw(90, tags_not=["no jazz"])),
    (NR, None, "اعمل أغنية بوب ولا روك، مش فارقة، مدتها دقيقتين", nw(120, tags_not=["no pop"])),
    (NR, None, "عايز أغنية جاز ولا بلوز مدتها دقيقتين", nw(120, tags_not=["no jazz"])),
    (NR, None, "Haluan 2 minuutin jazzia eikä rockia", nw(120, tags_not=["no jazz"])),
    (NR, None, "2 perces dal: nem túl gyors rock, nem metal", nw(120, tags_not=["no rock"])),
    (NR, None, "Una canción pop de 2 minutos, ni guitarra ni batería", nw(120, tags_not=["no pop"])),
    (NR, None, "2 minute song, no drums nor bass, just piano", nw(120, tags_not=["drums", "bass"])),
    # --- (10) shaping: 'after' right after a length, start words
    (SH, L, "剪掉开头10秒后淡出3秒", cut(trim_start_s=10, fade_out_s=3)),
    (SH, L, "先剪掉最后5秒后再淡出3秒", cut(trim_end_s=5, fade_out_s=3)),
    (SH, L, "去掉前10秒后加3秒淡入", cut(trim_start_s=10, fade_in_s=3)),
    (SH, L, "最初の10秒をカットした後、3秒フェードアウト", cut(trim_start_s=10, fade_out_s=3)),
    (SH, L, "앞 10초 자른 후 3초 페이드 아웃", cut(trim_start_s=10, fade_out_s=3)),
    (SH, L, "Pehle 10 second kaat do, baad mein 3 second fade out", cut(trim_start_s=10, fade_out_s=3)),
    (SH, 240.0, "3분 이후는 잘라줘", cut(trim_end_s=60)),
    (SH, L, "2 dakikadan sonrasını kes", cut(trim_end_s=60)),
    (SH, L, "2분 이후는 잘라줘", cut(trim_end_s=60)),
    (SH, L, "Baştaki 5 saniyeyi kes", cut(trim_start_s=5)),
    (SH, L, "Əvvəlki versiyadakı kimi, son 5 saniyəni kəs", cut(trim_end_s=5)),
    (SH, L, "Sonundan 10 saniyə əvvəl fade out başlasın", cut(fade_out_s=10)),
    (SH, L, "Koupe 5 premye segonn yo", cut(trim_start_s=5)),
    (SH, L, "Cut everything after the first 2 minutes", cut(trim_end_s=60)),
    (SH, L, "Corta todo después de los 2 minutos", cut(trim_end_s=60)),
    # --- (11) 'a minute' in Slavic and Lithuanian
    (MN, None, "Udělej písničku na minutu a půl", nw(90)),
    (MN, None, "Sprav pesničku na minútu a pol", nw(90)),
    (MN, None, "Sukurk dainą, pusantros minutės ilgio", nw(90)),
    (MN, None, "Sukurk pusės minutės ilgio dainą", nw(30)),
    (MN, None, "Zrób utwór na minutę", nw(60)),
    (MN, None, "Zrób piosenkę na minutę i trzydzieści sekund", nw(90)),
    (MN, None, "Napravi pjesmu na minutu i po", nw(90)),
    # --- (12) ranges
    (RG, L, "১:০০ থেকে ১:৩০ পর্যন্ত আবার বানাও", inp(60, 90)),
    (RG, L, "1:00 देखि 1:30 सम्म फेरि बनाउ", inp(60, 90)),
    (RG, L, "1:00 ਤੋਂ 1:30 ਤੱਕ ਦੁਬਾਰਾ ਬਣਾਓ", inp(60, 90)),
    (RG, L, "0:30 నుండి 1:00 వరకు మళ్ళీ చేయండి", inp(30, 60)),
    (RG, L, "1:20 থেকে 10 সেকেন্ড নতুন করে বানাও", inp(80, 90, ask_ok=True)),
    # --- (13) the middle part of a new piece
    (PT, None, "Make a 2 minute song with a quiet middle part", nw(120)),
    (PT, None, "Write a ballad, 2 minutes, where the middle section is just piano", nw(120)),
    (PT, None, "Haz una canción de 2 minutos con la parte central más tranquila", nw(120)),
    (PT, None, "Сделай песню на 2 минуты, средняя часть — только гитара", nw(120)),
    (PT, None, "2分钟的歌，中间部分安静一点", nw(120)),
    (PT, None, "Muokkaa sitä keskiosaa", ASK),
    # --- (14) table words and the rest
    (
        TW,
        None,
        "एक 2 मिनट का उदास गाना बनाओ, उस लड़की के बारे में जिसकी कोई आवाज़ नहीं सुनता",
        nw(120, inst=False),
    ),
    (TW, None, "Make a 2 minute afrobeat track in the style of Fela", nw(120, tags_not=["fiddle"])),
    (TW, None, "Lav en 2 minutters sang der starter stille og bryder ud, med trommer", nw(120, tags_not=["oud"])),
    (TW, None, "Csinálj egy 2 perces dalt, aminek a fele lassú", nw(120, tags_not=["fiddle"])),
    (TW, None, "Krautrock, 2 Minuten, mit Motorik-Beat", nw(120, tags_has=["krautrock"])),
    (TW, L, "Zeslab to celé o 3 dB", no_fade()),
    (TW, L, "V posledních 10 sekundách zeslab bicí", no_fade()),
    (TW, L, "na konci to nech 3 sekundy zeslabovat", cut(fade_out_s=3)),
    (TW, None, "Make my own version of a blues, 2 minutes", new_sure(duration=120)),
    (TW, None, "I want my own take of a lullaby for my son, 2 minutes", new_sure(duration=120)),
    (TW, None, "Make my own version of Wonderwall", ASK),
    (TW, L, "Lagyan ng fade out ang 10 sa dulo", cut(fade_out_s=10)),
    (
        TW,
        None,
        "Make a 2 minute chant, lyrics: 'गच्छ गच्छ सुरश्रेष्ठ स्थानं परमेश्वरम्'",
        nw(120, tags_text_not=["nepali vocal"]),
    ),
    (TW, None, "2 minute song, lyrics: 'ना जाओ सैयां, छुड़ा के बैयां'", lang("hindi")),
    (TW, None, "ทำท่อนฮุคใหม่หน่อย", ASK),
]


if __name__ == "__main__":
    main(PROBES, __file__)
