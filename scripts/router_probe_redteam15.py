"""Red-team probe (redteam15) of the router rules changed in e07a65a..d1899ad, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: the 'extend to N' words added to
_TOTAL_WORDS ('extend … bis', 'lên', 'tới', 'hanggang', 'para', 'pra', 'لين', 'لحد', 'لغاية'); the postpositions after a
length ('तक', 'تک', 'পর্যন্ত', 'వరకు', 'வரை', 'सम्म', 'ਤੱਕ', 'kadar'); account._TO_BY_CASE ('3 dakikaya', '3 percre',
'3 minuuttiin'); the word boundaries of _ADDED_BEFORE and the to-total words; a whole said for a named section now
asked; Arabic 'طولها / طوله' as extend cues; read._instructions_after narrowed (one word of asking and one of length or
music is a sung line); account._more_pieces ('one more …' later); _FIRST_THEN_SECOND and 'one …, and one …';
_ANOTHER_THING's 'и ещё / і ще' only at the opening; _TIED_TO_TRACK's new words ('this song', 'feel', 'vibe', 'mood',
'stimmung', 'toque', '感觉', 'الأغنية' …); _BARE_AFTER_EXTEND; Italian / Spanish singular 'ora' / 'hora' only after a
count of one.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py; as in
scripts/router_probe_redteam14.py this script adds 'lyrics_lacks', 'duration_not', 'tags_text' / 'tags_text_not' and
'loop').
Verdicts: OK, ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam15.py [filter] [-q] [--old SRC]

First run (d1899ad, --old e07a65a's src): 149 probes, 125 OK, 0 asked, 20 silent (16 made by the diff, 4
pre-existing), 4 errors made by the diff (Turkish / Hungarian / Finnish case endings of a window, 'ilk 30 saniyeye
davul ekle', read as a total and refused). No label changed after the run. ('ekle 30 saniyeye kadar bir outro' is
labelled as a total; the outro's own length is a reading too, and both builds are judged by that label.)
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, ext, inp, main, new

probe_kit.wrong = probe_kit.wrong_more

TT = "_TOTAL_WORDS: 'para', 'pra', 'lên', 'tới', 'hanggang', 'لين', 'لحد', 'لغاية', 'extend … bis' before a length"
TTR = "_TOTAL_WORDS: 'tới', 'hanggang', 'لحد', 'لين' between the two times of a window (from … to …)"
PP = "postposition after a length ('तक', 'تک', 'পর্যন্ত', 'వరకు', 'வரை', 'सम्म', 'ਤੱਕ', 'kadar')"
PPW = "postposition after a length that closes a window or says 'for', not a total"
CS = "account._TO_BY_CASE: '3 dakikaya', '3 percre', '3 minuuttiin' (and a case that is no 'to')"
BD = "word boundaries of _ADDED_BEFORE and the to-total words"
SEC = "a whole said for a named section (asked) and its controls"
AR = "Arabic 'طولها / طوله' (also 'its length') as an extend cue"
LY = "read._instructions_after: a last line of request with one word of asking and a length or a word of music"
LYC = "read._instructions_after control (a last line sung)"
MP = "account._more_pieces: 'one more thing / request' later that asks for a second piece"
MPC = "account._more_pieces control (one more instruction, or a next message's opening)"
FS = "_FIRST_THEN_SECOND / 'one … and one …': parts or voices inside one piece, or versions"
AT = "_ANOTHER_THING: 'и ещё / і ще' only at the opening"
TIE = "_TIED_TO_TRACK new words ('vibe', 'mood', 'feel', 'Stimmung', 'toque', '感觉', 'this song') beside a new piece"
TIC = "_TIED_TO_TRACK control (the track named as what gets the new thing)"
BA = "_BARE_AFTER_EXTEND: 'extend it N' beside the length now"
HR = "lang / read: Italian / Spanish singular 'ora' / 'hora' only after a count of one"
NOT_NEW = {"tool_not": NEW, "ask_ok": True}
NOT_OUT = {"tool_not": "audio_outpaint", "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- 'extend to N' words before the length
    (TT, 120, "alarga la canción para 3 minutos", ext(0, 60, ask_ok=True)),
    (TT, 120, "agrega 30 segundos más para que dure 2 minutos y medio", ext(0, 30, ask_ok=True)),
    (TT, 20, "alárgala para 30 segundos más de baile", ext(0, 30, ask_ok=True)),
    (TT, 120, "aumenta 30 segundos no final pra ficar melhor", ext(0, 30, ask_ok=True)),
    (TT, 120, "estende pra 3 minutos", ext(0, 60, ask_ok=True)),
    (TT, 120, "aumenta pra 2 minutos e meio", ext(0, 30, ask_ok=True)),
    (TT, 120, "coloca mais 20 segundos no início, para 2:20 no total", ext(20, 0, ask_ok=True)),
    (TT, 20, "coloca mais 30 segundos no final, para o vídeo", ext(0, 30, ask_ok=True)),
    (TT, 90, "dagdagan mo ng 30 segundo para maging 2 minuto", ext(0, 30, ask_ok=True)),
    (TT, 120, "habaan mo hanggang 3 minuto", ext(0, 60, ask_ok=True)),
    (TT, 120, "dagdagan ng 30 segundo hanggang sa dulo", ext(0, 30, ask_ok=True)),
    (TT, 120, "kéo dài lên 3 phút", ext(0, 60, ask_ok=True)),
    (TT, 15, "kéo dài đoạn cuối lên 20 giây nữa", ext(0, 20, ask_ok=True)),
    (TT, 120, "thêm 30 giây tới cuối bài", ext(0, 30, ask_ok=True)),
    (TT, 120, "kéo dài bài hát tới 2 phút 30 giây", ext(0, 30, ask_ok=True)),
    (TT, 120, "thêm 20 giây nữa lên phần đầu", ext(20, 0, ask_ok=True)),
    (TT, 120, "tăng tempo lên 130 BPM và kéo dài thêm 30 giây", {"extend_after_duration": 30, "ask_ok": True}),
    (TT, 120, "kéo dài thêm 1 phút, lên tới 3 phút", ext(0, 60, ask_ok=True)),
    (TT, 120, "مدها لين 3 دقايق", ext(0, 60, ask_ok=True)),
    (TT, 120, "زود 30 ثانية لحد ما توصل 2:30", ext(0, 30, ask_ok=True)),
    (TT, 120, "طولها لحد 3 دقايق", ext(0, 60, ask_ok=True)),
    (TT, 120, "مدد الأغنية لغاية 3 دقائق", ext(0, 60, ask_ok=True)),
    (TT, 120, "extend it bis 3 Minuten", ext(0, 60, ask_ok=True)),
    (TT, 120, "verlängere ihn um 30 Sekunden, bis 2:30", ext(0, 30, ask_ok=True)),
    (TT, 120, "perpanjang ke 3 menit", ext(0, 60, ask_ok=True)),
    # --- the same words between the two times of a window
    (TTR, 120, "từ 0:30 tới 1:00 thay trống khác", inp(30, 60, ask_ok=True)),
    (TTR, 120, "mula 0:30 hanggang 1:00 palitan ang drums", inp(30, 60, ask_ok=True)),
    (TTR, 120, "من 0:30 لحد 1:00 غير الطبول", inp(30, 60, ask_ok=True)),
    (TTR, 120, "من 0:30 لين 1:00 غير الدرامز", inp(30, 60, ask_ok=True)),
    (TTR, 120, "de 0:30 para 1:00 troca a bateria", inp(30, 60, ask_ok=True)),
    # --- postpositions after the length: the total
    (PP, 120, "गाने को 3 मिनट तक बढ़ाओ", ext(0, 60, ask_ok=True)),
    (PP, 120, "گانے کو 3 منٹ تک بڑھا دو", ext(0, 60, ask_ok=True)),
    (PP, 120, "গানটা 3 মিনিট পর্যন্ত বাড়াও", ext(0, 60, ask_ok=True)),
    (PP, 120, "పాటను 3 నిమిషాల వరకు పొడిగించు", ext(0, 60, ask_ok=True)),
    (PP, 120, "பாடலை 3 நிமிடங்கள் வரை நீட்டு", ext(0, 60, ask_ok=True)),
    (PP, 120, "गीतलाई 3 मिनेट सम्म लम्ब्याउ", ext(0, 60, ask_ok=True)),
    (PP, 120, "ਗੀਤ ਨੂੰ 3 ਮਿੰਟ ਤੱਕ ਵਧਾਓ", ext(0, 60, ask_ok=True)),
    (PP, 120, "3 dakikaya kadar uzat", ext(0, 60, ask_ok=True)),
    # --- postpositions that say 'for' / 'about' or close a window
    (PPW, 45, "şarkıyı 1 dakika kadar uzat", ext(0, 60, ask_ok=True)),
    (PPW, 20, "şarkıyı 30 saniye kadar daha uzat", ext(0, 30, ask_ok=True)),
    (PPW, 10, "sonuna 20 saniye kadar bir outro ekle", ext(0, 20, ask_ok=True)),
    (PPW, 20, "अंत में 30 सेकंड तक गिटार सोलो जोड़ो", ext(0, 30, ask_ok=True)),
    (PPW, 5, "शुरुआत में 10 सेकंड तक का इंट्रो जोड़ दो", ext(10, 0, ask_ok=True)),
    (PPW, 20, "கடைசியில் 30 வினாடிகள் வரை ஒரு outro சேர்", ext(0, 30, ask_ok=True)),
    (PPW, 20, "చివర్లో 30 సెకన్ల వరకు ఒక outro జోడించు", ext(0, 30, ask_ok=True)),
    (PPW, 20, "শেষে 30 সেকেন্ড পর্যন্ত একটা আউটরো যোগ করো", ext(0, 30, ask_ok=True)),
    (PPW, 120, "0:30 से 1:00 तक ड्रम बदलो", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 سے 1:00 تک ڈرم بدلو", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 থেকে 1:00 পর্যন্ত ড্রাম বদলাও", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 నుండి 1:00 వరకు డ్రమ్స్ మార్చు", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 முதல் 1:00 வரை டிரம்ஸை மாற்று", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 देखि 1:00 सम्म ड्रम बदल", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30 ਤੋਂ 1:00 ਤੱਕ ਡਰੱਮ ਬਦਲੋ", inp(30, 60, ask_ok=True)),
    (PPW, 120, "0:30'dan 1:00'a kadar davulu değiştir", inp(30, 60, ask_ok=True)),
    (PPW, 120, "पहले 30 सेकंड तक सिर्फ पियानो रखो, ड्रम हटाओ", NOT_OUT),
    # --- case endings
    (CS, 120, "3 dakikaya uzat", ext(0, 60, ask_ok=True)),
    (CS, 120, "mahnını 3 dəqiqəyə uzat", ext(0, 60, ask_ok=True)),
    (CS, 120, "hosszabbítsd meg 3 percre", ext(0, 60, ask_ok=True)),
    (CS, 120, "hosszabbítsd meg 30 másodperccel", ext(0, 30, ask_ok=True)),
    (CS, 120, "pidennä se 3 minuuttiin", ext(0, 60, ask_ok=True)),
    (CS, 120, "pidennä sitä 30 sekunnilla", ext(0, 30, ask_ok=True)),
    (CS, 120, "ilk 30 saniyeye davul ekle", NOT_OUT),
    (CS, 120, "son 30 saniyeye bir gitar solosu ekle", NOT_OUT),
    (CS, 120, "az utolsó 30 másodpercre tegyél egy gitárszólót", NOT_OUT),
    (CS, 120, "lisää rummut ensimmäiseen 30 sekuntiin", NOT_OUT),
    (CS, 20, "ekle 30 saniyeye kadar bir outro", ext(0, 10, ask_ok=True)),
    (CS, None, "kérek egy vidám dalt, kb. 2 percre", new(duration=120, ask_ok=True)),
    (CS, None, "tee minulle 2 minuuttiin mahtuva jingle", new(duration=120, ask_ok=True)),
    # --- boundaries
    (BD, 120, "make it like 20 sec longer", ext(0, 20, ask_ok=True)),
    (BD, 120, "add 30 seconds, make it 2:30", ext(0, 30, ask_ok=True)),
    (BD, 30, "I made a demo 30 seconds long, extend it to 1 minute", ext(0, 30, ask_ok=True)),
    (BD, 120, "extend the ending, add like 20 seconds", ext(0, 20, ask_ok=True)),
    (BD, 120, "onto the end add 15 seconds of ambience", ext(0, 15, ask_ok=True)),
    # --- a whole said for a named section
    (SEC, 120, "extend the intro to 20 seconds", ASK),
    (SEC, 120, "extend the outro to 90 seconds", ASK),
    (SEC, 120, "extend the song to 3 minutes, keep the intro", ext(0, 60, ask_ok=True)),
    (SEC, 120, "make the outro longer, the whole song should be 3 minutes", ext(0, 60, ask_ok=True)),
    (SEC, 120, "alarga el final para 2:30 en total", ext(0, 30, ask_ok=True)),
    # --- Arabic 'طولها' is also 'its length'
    (AR, 120, "الأغنية طولها دقيقتين، خليها 3 دقايق", ext(0, 60, ask_ok=True)),
    (AR, 120, "طولها 2 دقيقة بس، زود دقيقة في الآخر", ext(0, 60, ask_ok=True)),
    (AR, 120, "اعمل أغنية جديدة طولها 3 دقائق، جاز", new(duration=180, ask_ok=True)),
    (AR, None, "بدي أغنية طولها دقيقة ونص، بوب", new(duration=90, ask_ok=True)),
    (AR, 180, "الأغنية طولها 3 دقايق، غيّر المقدمة", NOT_OUT),
    (AR, 120, "طوله دقيقة زيادة", ext(0, 60, ask_ok=True)),
    # --- lyrics then a last line that asks
    (
        LY,
        None,
        "a folk song with these lyrics:\n\nRiver runs\nunder the silver moon\n\nPlease make it 2 minutes.",
        new(duration=120, lyrics_lacks=["make it 2 minutes"]),
    ),
    (
        LY,
        None,
        "una canción con esta letra:\n\nLa luna sale\ny el mar se calla\n\nPor favor que dure 2 minutos.",
        new(duration=120, lyrics_lacks=["dure 2 minutos"]),
    ),
    (
        LY,
        None,
        "ein Lied mit diesem Text:\n\nDer Regen fällt\nich warte hier\n\nBitte 90 Sekunden.",
        new(duration=90, lyrics_lacks=["90 Sekunden"]),
    ),
    (
        LY,
        None,
        "lyrics:\n\nHold on\nhold on tight\nthe night is ours\n\nPlease make it jazz.",
        new(lyrics_lacks=["make it jazz"], tags_text=["jazz"]),
    ),
    (
        LY,
        None,
        "uma música com esta letra:\n\nO sol nasceu\nna minha janela\n\nPor favor, em ritmo de samba.",
        new(lyrics_lacks=["ritmo de samba"], tags_text=["samba"]),
    ),
    (
        LY,
        None,
        "un brano con questo testo:\n\nLa notte è lunga\ne il vento canta\n\nPer favore, 1 minuto.",
        new(duration=60, lyrics_lacks=["1 minuto"]),
    ),
    (
        LY,
        None,
        "песня с таким текстом:\n\nСнег идёт\nгород спит\n\nПожалуйста, 2 минуты.",
        new(duration=120, lyrics_lacks=["2 минуты"]),
    ),
    (
        LY,
        None,
        "歌词如下：\n\n月亮升起\n风轻轻吹\n\n请做成2分钟。",
        new(duration=120, lyrics_lacks=["2分钟"]),
    ),
    (
        LY,
        None,
        "歌詞：\n\n夜の街\n君を待つ\n\n2分でお願いします。",
        new(duration=120, lyrics_lacks=["お願い"]),
    ),
    (
        LY,
        None,
        "song with these lyrics:\n\nWe ride at dawn\nthe road is long\n\nCould you make it 3 minutes?",
        new(duration=180, lyrics_lacks=["Could you"]),
    ),
    (
        LY,
        None,
        "here are my lyrics:\n\nCoffee in the morning\nsunlight on the floor\n\nPlease keep it acoustic.",
        new(lyrics_lacks=["keep it acoustic"], tags_text=["acoustic"]),
    ),
    (
        LYC,
        None,
        "a soul song with these lyrics:\n\nYou walked away\nI stayed\n\nGive me two minutes, baby, please",
        new(lyrics_has=["two minutes, baby"]),
    ),
    # --- one more … later
    (MP, None, "2 minutes of lofi. one more request: a 30 second jazz jingle", ASK),
    (MP, None, "a 1 min rock track, and one more thing: a 30 s version for the intro", ASK),
    (MP, None, "jazz, 1 min. one more request: 2 min of techno", ASK),
    (MP, None, "1 min of jazz; one more thing, a lullaby for my daughter", ASK),
    (MP, None, "джаз на 1 минуту, и ещё одну песню в стиле рок", ASK),
    (MP, None, "una pista de 1 minuto de lofi, y otra más de jazz", ASK),
    (MP, None, "a 2 minute lofi track. one more thing: can you also do a jazz one", ASK),
    (MPC, None, "a 1 minute jingle. one more thing: no drums", new(duration=60, takes=None)),
    (MPC, None, "30 s jingle, upbeat. one more thing: sing it in English", new(duration=30, takes=None)),
    (MPC, None, "2 min ambient, one more request - add rain sounds", new(duration=120, takes=None)),
    (MPC, None, "ok, one more: a sad piano piece, 1 minute", new(duration=60, takes=None)),
    (MPC, None, "one more thing: a lullaby, 1 minute, soft piano like a music box", new(duration=60, takes=None)),
    # --- parts or voices inside one piece, or versions
    (
        FS,
        None,
        "a 2 minute song in two parts: the first slow, the second fast",
        new(duration=120, takes=None, ask_ok=True),
    ),
    (FS, None, "2 versions: the first with vocals, the second instrumental", ASK),
    (FS, None, "dos versiones, la primera lenta y la segunda rápida", ASK),
    (
        FS,
        None,
        "a song with 2 verses, the first about summer and the second about winter",
        new(takes=None, ask_ok=True),
    ),
    (
        FS,
        None,
        "2 minutes of jazz, the first minute soft, the second louder",
        new(duration=120, takes=None, ask_ok=True),
    ),
    (
        FS,
        None,
        "a duet, one male voice and one female voice, 2 minutes",
        new(duration=120, takes=None, inst=False, ask_ok=True),
    ),
    (FS, None, "2 guitars, one acoustic and one electric, 1 minute", new(duration=60, takes=None, ask_ok=True)),
    (FS, None, "un dueto con dos voces, una masculina y una femenina", new(takes=None, inst=False, ask_ok=True)),
    (
        FS,
        None,
        "две гитары: одна акустическая и одна электрическая, 1 минута",
        new(duration=60, takes=None, ask_ok=True),
    ),
    (FS, None, "3 versions of a 30 s jingle, one in C and one in D and one in E", ASK),
    # --- 'и ещё' / 'і ще' mid-message
    (AT, None, "сделай 2 варианта, 1 минута, и ещё добавь барабаны", new(takes=2, duration=60, ask_ok=True)),
    (AT, None, "и ещё сделай 2 версии по 30 секунд", new(takes=2, duration=30, ask_ok=True)),
    (AT, None, "два варианта джаза по минуте, и ещё один рок", ASK),
    (AT, None, "і ще два варіанти, 1 хвилина, ембієнт", new(takes=2, duration=60, ask_ok=True)),
    (AT, None, "два варіанти: один з вокалом і ще один без", ASK),
    # --- a new piece whose words now tie it to the track
    (TIE, 120, "now something totally new: a 2 minute jazz trio with a relaxed vibe", new(duration=120, ask_ok=True)),
    (TIE, 120, "make a brand new song, 1 minute, chill mood", new(duration=60, ask_ok=True)),
    (TIE, 120, "ein ganz neuer Song, 2 Minuten, mit guter Stimmung", new(duration=120, ask_ok=True)),
    (TIE, 120, "una canción nueva de 1 minuto con un toque latino", new(duration=60, ask_ok=True)),
    (TIE, 120, "全新的歌，1分钟，要有夏天的感觉", new(duration=60, ask_ok=True)),
    (TIE, 120, "un morceau tout nouveau, 1 minute, ambiance chill", new(duration=60, ask_ok=True)),
    (TIE, 120, "a new track, 90 seconds, with a 90s feel", new(duration=90, ask_ok=True)),
    (TIC, 120, "give this song a completely new vibe", NOT_NEW),
    (TIC, 120, "dale a esta canción un toque nuevo, más latino", NOT_NEW),
    (TIC, 120, "这首歌要一个全新的感觉", NOT_NEW),
    # --- 'extend it N' beside the length now
    (BA, 120, "extend it 30 seconds", ext(0, 30)),
    (BA, 120, "extend it 3 minutes, it's 2 minutes now", ext(0, 180, ask_ok=True)),
    (BA, 120, "it's 2 minutes now, stretch the song 3 minutes", ext(0, 180, ask_ok=True)),
    (BA, 120, "it's 2:00 now, extend it to 3 minutes", ext(0, 60, ask_ok=True)),
    (BA, 120, "prolong this one 1 minute, it's 2 min now", ext(0, 60, ask_ok=True)),
    (BA, 120, "extend it 3 minutes total, it's 2 minutes now", ext(0, 60, ask_ok=True)),
    # --- 'ora' / 'hora'
    (HR, None, "fammene due ora, 1 minuto ciascuna, jazz", new(takes=2, duration=60, ask_ok=True)),
    (HR, 120, "allungala di 30 secondi ora", ext(0, 30, ask_ok=True)),
    (HR, 120, "ora allungala a 3 minuti", ext(0, 60, ask_ok=True)),
    (HR, 120, "allungala di 1 minuto ora", ext(0, 60, ask_ok=True)),
    (HR, 120, "dura 2 minuti ora, portala a 3", ext(0, 60, ask_ok=True)),
    (HR, None, "una canzone di 2 minuti per l'ora di cena", new(duration=120, ask_ok=True)),
    (HR, None, "un jingle de 30 segundos para la hora del almuerzo", new(duration=30, ask_ok=True)),
    (HR, None, "es la hora de bailar: una cumbia de 2 minutos", new(duration=120, ask_ok=True)),
    (HR, None, "uma música de 1 minuto pra hora do almoço", new(duration=60, ask_ok=True)),
    (HR, None, "un loop di 30 secondi da ripetere per 1 ora", new(duration=30, ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
