"""Red-team probe (redteam27) of the router rules changed in cb699da..b1c35c7 (dcc010b, b1c35c7), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A wrong amount or side of an
extension, a fade or cut on the wrong end, a length dropped, a new piece of the wrong length, or wishes sung as
lyrics are the costliest.

The rules under attack: (1) fades and cuts said together (shaping.shapes): each length with the verb of its own
clause first, the clause marks and 'and' in more languages ('और', 'aur', 've', 'és', 'και', Arabic 'و' written on
the chained verbs 'وخلي', 'وحط', 'وقص', 'وكمان', 'وبعدين' ...), the end word nearest a length where two lengths share a
clause (_nearest_end), a fade or cut left unpaired with a number (or a number word) after it kept asked, and the new
start / end words ('começo', 'início', 'principio', 'inizio', 'anfang…', 'début', 'begin', 'začátk…', 'początk…',
'baştan', 'fim', 'ende', 'schluss', 'einde', 'konc…', 'końc…', 'kraj…', 'sondan', 'zadnj…') and cut / extend words
(hu 'vágj le', he 'תוריד', es 'recórt…', bn 'বাড়িয়ে', ta 'நீட்டு…'); (2) the length said of a video or clip
(_video_length: a video word and one length in one clause within 25 characters; new video words 'vid', 'ویڈیو',
'影片', '短片', 'คลิป' …) taken as the whole the open track should reach when extended, and beside another amount only
when the track, the amount and the video's length agree; (3) short lyrics read as a third language re-read as the
request's language; lines after a first line ending in '?' that names 'this text' taken as lyrics; short lines
after a first line with no label asked; (4) numbers in chatty messages that are not lengths: people counted (PEOPLE:
students, members, viewers, 'man', 'kami', 'moun', 'பேர்', …, which also stop a bare number inheriting a unit),
episodes ('第37期', '23회', '8화', 'الحلقة 40', 'एपिसोड 50', 'قسمت'), days with case endings ('10 iyunda': a month
name's prefix), money ('kr.', 'kuna', 'kn'), 'din', hours ('vers 21h', 'a les 11', 'около'), 'rt' / 'rw'; (5) a
length taken back ('on second thought', 'nee, warte, lieber', 'nein, lieber', 'pensando bem', 'pensándolo bien', 'a
nie, jednak', 'nahi nahi', 'やっぱり', 'やっぱ'; the window after it widened from 14 to 20 characters) and 'not 3'
struck after the length that stands.

After the fixes (153c032, and as of d336632): 167 probes, 146 OK, 5 asked, 0 errors, 16 silent, every one of them
pre-existing (cb699da the same), none made by the diff. tests/test_router_redteam27.py holds 25 of the 40, each
failing on 9e35084.

First run (b1c35c7, --old cb699da's src): 167 probes labelled and committed before it (6d5adcc): 107 OK, 5 ASKED
where a plan was sure, 0 ERROR, 55 SILENT WRONG: 40 made by the diff, 15 pre-existing. No label was changed after the
run.
  Made by the diff, most costly first (cb699da asked each of them, or planned right):
    A paid extension of the wrong amount, the video's length taken as the whole where the words say the music covers
    only part of it, or the video is several, or the 'clip' is the track itself (11): 'The video is 3 minutes, but the
    song only needs to cover the first half. Extend it.' (60) → outpaint +120 (want +30); 'Film ma 3 minuty, muzyka
    ma grać tylko przez pierwsze 2. Wydłuż ją.' (90) → +90 (want +30); 'वीडियो 3 मिनट का है, लेकिन गाना सिर्फ आधे
    वीडियो में चलेगा, इसे बढ़ा दो' (90) → +90 (want a question: half the video is the track's 90 s); 'Mi video dura 3
    minutos y la canción tiene que sonar solo durante los primeros 2. Alárgala.' (100) → +80 (want +20); 'The
    slideshow is 3 minutes but I'll loop the song twice, so extend it a little' (100) → +80 (want a question); 'Ma
    vidéo fait 3 minutes, mais la musique ne doit commencer qu'à 1:00. Rallonge-la.' (120) → +60 (want a question:
    1:00-3:00 is the track's 120 s); '两个视频各2分钟，把这首加长到能配完两个视频' (100) → +20 (want +140); 'The video is
    2 minutes, and the music should keep going 30 seconds after the video ends. Extend it.' (90) → +30 (want +60: the
    track, the 30 s and the video's 120 s agree by chance); 'Il video dura 2 minuti, il brano deve finire 10 secondi
    prima della fine. Allungalo.' (110) → +10 (want a question: it already ends 10 s before); 'This clip is 2:30, add
    an intro' (148) → +2 before, 'Die Filmmusik hat 2 Minuten, mach sie ein bisschen länger' (118) → +2 (want a
    question: the clip / the film music is the open track, its length rounded).
    A paid extension for a fade: '30秒延ばして。やっぱり最後5秒フェードアウトも' (120) → outpaint +5 (want a question:
    30 s more and a 5 s fade; 'やっぱり' struck the 30 s).
    A new piece of the wrong length, a correction word that adds a part struck the piece's length (5):
    '2分の曲で、サビはやっぱり30秒くらい' → 30 s (want 120); '3分のポップス。イントロはやっぱ10秒で' → 10 s (want 180);
    'Uma música animada de 2 minutos. Pensando bem, intro de 20 segundos' → 20 s (want 120); 'Ein Song, 2 Minuten.
    Nee, warte, Intro 10 Sekunden dazu' → 10 s (want 120); 'Piosenka na 3 minuty, a nie, jednak intro 15 sekund' →
    15 s (want 180).
    Wishes sung as lyrics, after a first line ending in '?' that names 'this text' and two short lines (7): 'Can you
    make a song from this text?\nslow and sad, with piano\nfemale voice', 'Kannst du zu diesem Text einen ruhigen Song
    machen?\nKlavier und Streicher\nkeine Drums bitte', 'Kan du göra en visa av den här texten?\nlugn och vemodig\nmed
    akustisk gitarr', 'Tu peux faire une chanson avec ce texte ?\nplutôt lent\navec du piano et une voix douce',
    '¿Puedes hacer una canción con esta letra?\nque sea alegre\ncon guitarra y trompetas', 'Puoi fare una canzone con
    questo testo?\nritmo lento\nvoce femminile e pianoforte', 'Можешь сделать песню с этим текстом?\nмедленно и
    грустно\nс гитарой' → the wishes as lyrics (want them unsung, or a question).
    Takes lost: '잔잔한 피아노곡 2분짜리로 3회 생성해줘' → one take (want 3: '3회' is now an episode number).
    Free, but a cut dropped or wrong: a bare length before a people word ('man' as 'one' / 'dude', 'kami' as 'we', 6):
    'Klipp bort de första 5 sekunderna och de sista 10 man hör bara brus där', 'Klipp bort de første 5 sekundene og de
    siste 10 man hører bare sus der', 'Schneid vorne 5 Sekunden weg und hinten 10 man hört da nur Rauschen', 'cut the
    first 5 seconds and the last 10 man' → trim_start 5 only (want trim_end 10 too); 'Potong 5 detik di awal dan 3
    kami mau buang dari akhir juga', 'Potong 5 saat di awal dan 3 kami nak buang di hujung juga' → trim_start 5 only
    (want trim_end 3 too); 'Taie primele 5 secunde și ultimele 3 din piesă' → trim_end 5 (want 3: Romanian 'din' is
    'of'); 'Aumenta pra 3 minutos. Pensando bem, corta 5 segundos do início também' (120) → trim_start 5 only (want
    a question: the extension dropped); 'Zostrihaj prvé 3 sekundy a na konci stlm 5 sekúnd' → fade_in 3, fade_out 5
    (want trim_start 3). The new end words in their other senses, a side guessed (6): 'En principio recórtale 10
    segundos' → trim_start 10, 'Begin met 5 seconden eraf knippen' → trim_start 5, 'Converte para mp3 e por fim
    corta 5 segundos' → trim_end 5, 'Vágj le 10 másodpercet a koncertre', 'Przytnij 10 sekund dla krajowego radia',
    'Zkrať to o 10 sekund na koncert' → trim_end 10 (want a question each: 'in principle', 'begin with', 'finally',
    'concert', 'national').
  Pre-existing silent (cb699da too): the run-on side / verb / length pairs whose next end word stands right after the
  first length (_nearest_end keeps cb699da's wrong plan): '开头剪掉3秒结尾淡出5秒', '開頭剪走3秒結尾淡出5秒', 'в начале
  обрежь 3 секунды в конце сделай затухание 5 секунд', 'na początku utnij 3 sekundy na końcu wyciszenie 5 sekund', 'no
  começo corta 3 segundos no fim faz fade out de 5 segundos', 'al principio recorta 3 segundos al final haz un fade
  out de 5 segundos' → trim_end 3 + fade_out 5 (want trim_start 3); 'trim 3 seconds then fade the end out over 5
  seconds' → trim_end 3 (want a question); 'Als MP3 exportieren und zum Schluss noch 3 Sekunden wegschneiden' →
  trim_end 3 (want a question); 'Trim the silence at the start, and fade out 5 seconds at the end' → fade_out 5 only
  (want a question); 'Cut 2 seconds from the start and the end' → trim_start 2 only; 'Das Video ist 3 Minuten lang,
  die Musik soll die Hälfte davon abdecken. Verlängere sie.' (100) → +80 (want a question); lyrics sung in the
  request's language, not their own: 'Hazme un jingle … «Vem pra cá, vem dançar comigo»' (Spanish, want Portuguese),
  'Fais-moi une chanson … « Vieni con me, la vita è bella »' (French, want Italian), 'Haz una canción … «Bon dia, la
  vida és bonica amb tu»' (Spanish, want Catalan); 'Make it 3 minutes. On second thought, just add a 15 second
  intro' (120) → +15 before and +45 after (want +15 before only).
  ASKED where a plan was sure: 'आखिर से 5 सेकंड और काट दो' ('और' as 'more' read as 'and'), 'اعمل fade out في الآخر
  وخلي مدته 5 ثواني' (the 'وخلي' split), 'The trailer is 3 minutes. Add a 20 second intro to the song.', 'Make me a
  lo-fi beat.\nchill\nrainy mood' (the new unlabelled-lines question), 'Son 10 saniyeyi kes, 5 Haziranda yayında'
  ('5 Haziranda' read as 5 s).
  Held: the Arabic 'و' splits, the 'और' / 've' / 'és' / 'και' pairs, the Korean / Japanese / Swedish / French fades and
  cuts; the video controls ('My vid is 3:05', 'ma vidéo fait 3 minutes pile', '视频有2分钟', '영상이 2분이라 … 30초만 더',
  '動画が2:40ある', 'คลิป', 'ویڈیو'), the 3 clips of 1 minute and the two videos of 1:30 (asked by the accounting
  pass for the bare count), the logo-sting / talking-intro / reel agreements (asked), 'runs 1 minute longer', the loop
  to fill a video (asked); the people / episode / date / money / hour controls; the 'vers 20', 'около 20', '5 din',
  'قسمت ۳۰ تا ۴۵', 'около 30-40', 'eerste 10 liep' bare numbers (asked or right); the '2 minutos y 30 alumnos', '2
  Minuten und 30 Kinder' counts (asked only because '2:30' was read and left unused, not planned as 150 s); the
  corrections that take the length back, 'not 45', 'no 2', 'vlastně', and
  'Extend it to 3 minutes. On second thought, also fade out the last 10 seconds' (asked).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam27.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

SH = "shaping.shapes: fades and cuts said together (own clause, new 'and' marks, nearest end, unpaired verbs, new end words)"
VD = "_video_length in _plan_outpaint: the video's length as the whole the track should reach"
LY = "lyrics: a third language re-read, a first line ending in '?' naming 'this text', short unlabelled lines"
NU = "numbers that are not lengths: people, episodes, dates with case endings, money, 'din', hours, 'около'"
CO = "a length taken back: 'on second thought', 'pensando bem', 'やっぱり', 'nee, warte' …; 'not 3'"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def sung_new(has: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "lyrics_has": [has], "ask_ok": True, **kw}


def wishes(lacks: str) -> dict[str, Any]:
    """Lines that are wishes for the music, never sung (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "lyrics_lacks": [lacks]}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def cut(**kw: Any) -> dict[str, Any]:
    """The free fades and cuts of the open track, a question allowed."""
    return free(ask_ok=True, **kw)


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) fades and cuts said together: side, verb, length, side, verb, length in one run-on clause (the end word
    # of the next pair stands right after the first length)
    (SH, L, "开头剪掉3秒结尾淡出5秒", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "開頭剪走3秒結尾淡出5秒", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "в начале обрежь 3 секунды в конце сделай затухание 5 секунд", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "na początku utnij 3 sekundy na końcu wyciszenie 5 sekund", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "no começo corta 3 segundos no fim faz fade out de 5 segundos", cut(trim_start_s=3, fade_out_s=5)),
    (
        SH,
        L,
        "al principio recorta 3 segundos al final haz un fade out de 5 segundos",
        cut(trim_start_s=3, fade_out_s=5),
    ),
    (SH, L, "Zostrihaj prvé 3 sekundy a na konci stlm 5 sekúnd", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "trim 3 seconds then fade the end out over 5 seconds", ASK),
    # ... the new 'and' words and Arabic 'و' on the chained verb
    (SH, L, "शुरू के 3 सेकंड काटो और आखिर में 5 सेकंड का fade out", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "आखिर से 5 सेकंड और काट दो", free(trim_end_s=5)),
    (SH, L, "Baştan 3 saniye kes ve sonda 5 saniye fade out yap", cut(trim_start_s=3, fade_out_s=5)),
    (
        SH,
        L,
        "Az elejéről vágj le 2 másodpercet és a végén legyen 4 másodperces fade out",
        cut(trim_start_s=2, fade_out_s=4),
    ),
    (
        SH,
        L,
        "κόψε 3 δευτερόλεπτα από την αρχή και κάνε fade out 5 δευτερόλεπτα στο τέλος",
        cut(trim_start_s=3, fade_out_s=5),
    ),
    (SH, L, "قص أول 3 ثواني وحط fade out 5 ثواني في الآخر", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "اعمل fade in 2 ثانية وبعدين fade out 4 ثواني", cut(fade_in_s=2, fade_out_s=4)),
    (SH, L, "اعمل fade out في الآخر وخلي مدته 5 ثواني", free(fade_out_s=5)),
    (SH, L, "شيل أول 3 ثواني وكمان آخر 2", cut(trim_start_s=3, trim_end_s=2)),
    (SH, L, "قص أول 3 ثواني وصدرها mp3", cut(trim_start_s=3)),
    (SH, L, "תוריד 2 שניות מההתחלה ותעשה fade out של 4 שניות", cut(trim_start_s=2, fade_out_s=4)),
    (SH, L, "recórtale los últimos 10 segundos y ponle un fade in de 2", cut(trim_end_s=10, fade_in_s=2)),
    (SH, L, "শুরুতে 2 সেকেন্ড কেটে দাও আর শেষে 5 সেকেন্ড fade out", cut(trim_start_s=2, fade_out_s=5)),
    (SH, L, "Cắt 3 giây đầu rồi fade out 5 giây cuối", cut(trim_start_s=3, fade_out_s=5)),
    # ... the new end words in their other senses ('in principle', 'begin with', 'finally', 'concert', 'national')
    (SH, L, "En principio recórtale 10 segundos", ASK),
    (SH, L, "Begin met 5 seconden eraf knippen", ASK),
    (SH, L, "Converte para mp3 e por fim corta 5 segundos", ASK),
    (SH, L, "Als MP3 exportieren und zum Schluss noch 3 Sekunden wegschneiden", ASK),
    (SH, L, "Vágj le 10 másodpercet a koncertre", ASK),
    (SH, L, "Przytnij 10 sekund dla krajowego radia", ASK),
    (SH, L, "Zkrať to o 10 sekund na koncert", ASK),
    (SH, L, "Kannst du anfangen und 5 Sekunden wegschneiden?", ASK),
    (SH, L, "Cut the last 5 seconds so the next track can begin right away", free(trim_end_s=5)),
    # ... a verb left without its length, one length for both ends
    (SH, L, "Trim the silence at the start, and fade out 5 seconds at the end", ASK),
    (SH, L, "Cut 2 seconds from the start and the end", free(trim_start_s=2, trim_end_s=2)),
    (SH, L, "Cut the first 3 seconds and fade out then export as 320 kbps mp3", free(trim_start_s=3)),
    # (controls)
    (SH, L, "앞에 2초 자르고 끝에 4초 페이드아웃", free(trim_start_s=2, fade_out_s=4)),
    (SH, L, "頭3秒カットして最後5秒フェードアウト", cut(trim_start_s=3, fade_out_s=5)),
    (SH, L, "fade in 2 s then fade out 4 s", free(fade_in_s=2, fade_out_s=4)),
    (SH, L, "Klipp bort 3 sekunder i början och tona ut 5 sekunder på slutet", free(trim_start_s=3, fade_out_s=5)),
    (SH, L, "Coupe 3 secondes au début et fais un fondu de sortie de 5 secondes", free(trim_start_s=3, fade_out_s=5)),
    # --- (2) the video's length: not the whole the music should reach
    (
        VD,
        60,
        "The video is 3 minutes, but the song only needs to cover the first half. Extend it.",
        ext(0, 30, ask_ok=True),
    ),
    (VD, 100, "Das Video ist 3 Minuten lang, die Musik soll die Hälfte davon abdecken. Verlängere sie.", ASK),
    (VD, 90, "वीडियो 3 मिनट का है, लेकिन गाना सिर्फ आधे वीडियो में चलेगा, इसे बढ़ा दो", ASK),
    (VD, 100, "The slideshow is 3 minutes but I'll loop the song twice, so extend it a little", ASK),
    (VD, 120, "Ma vidéo fait 3 minutes, mais la musique ne doit commencer qu'à 1:00. Rallonge-la.", ASK),
    (VD, 60, "O vídeo tem 3 minutos, mas a música entra aos 2 minutos. Estica ela.", ASK),
    (VD, 100, "動画は3分だけど、曲は最後の1分だけ流したい。伸ばして", ASK),
    (VD, 60, "Videonya 3 menit, tapi lagunya cuma buat 1 menit terakhir, panjangin", ASK),
    (
        VD,
        100,
        "Mi video dura 3 minutos y la canción tiene que sonar solo durante los primeros 2. Alárgala.",
        ext(0, 20, ask_ok=True),
    ),
    (VD, 90, "영상이 3분인데 노래는 앞에 2분만 나오면 돼. 늘려줘", ext(0, 30, ask_ok=True)),
    (VD, 60, "الفيديو 3 دقائق بس الأغنية لازم تغطي أول دقيقتين بس، طولها", ext(0, 60, ask_ok=True)),
    (VD, 60, "Видео 3 минуты, музыка нужна только на первую минуту и ещё 30 секунд. Удлини.", ext(0, 30, ask_ok=True)),
    (VD, 90, "Film ma 3 minuty, muzyka ma grać tylko przez pierwsze 2. Wydłuż ją.", ext(0, 30, ask_ok=True)),
    # ... several videos, each of a length
    (VD, 50, "I have 3 clips of 1 minute each, extend the track so it covers all of them", ext(0, 130, ask_ok=True)),
    (
        VD,
        60,
        "I have two videos of 1:30 each and the music runs under both back to back. Extend it.",
        ext(0, 120, ask_ok=True),
    ),
    (VD, 100, "两个视频各2分钟，把这首加长到能配完两个视频", ext(0, 140, ask_ok=True)),
    # ... the clip is the open track itself (its length rounded up)
    (VD, 148, "This clip is 2:30, add an intro", ASK),
    (VD, 118, "Die Filmmusik hat 2 Minuten, mach sie ein bisschen länger", ASK),
    # ... another amount beside the video's length that agrees only by chance
    (
        VD,
        90,
        "The clip is 2 minutes; the first 30 seconds of it are a talking intro with no music. Extend the song.",
        ASK,
    ),
    (
        VD,
        150,
        "The video is 3 minutes, and the last 30 seconds are a logo sting with no music. Extend the song at the end to fit.",
        ASK,
    ),
    (VD, 110, "Il video dura 2 minuti, il brano deve finire 10 secondi prima della fine. Allungalo.", ASK),
    (VD, 80, "My reel is 90 seconds, the song should end 10 seconds before the reel does, extend it", ASK),
    (
        VD,
        90,
        "The video is 2 minutes, and the music should keep going 30 seconds after the video ends. Extend it.",
        ext(0, 60, ask_ok=True),
    ),
    (VD, 45, "The video runs 1 minute longer than this track, extend it to match", ext(0, 60, ask_ok=True)),
    (VD, 120, "The video is 3 minutes, loop the track to fill it", {"tool": FREE, "ask_ok": True}),
    (VD, 120, "The trailer is 3 minutes. Add a 20 second intro to the song.", ext(20, 0)),
    # (controls)
    (VD, 150, "My vid is 3:05, extend the song at the end to match", ext(0, 35)),
    (VD, 150, "Ma vidéo fait 3 minutes pile, rallonge la musique à la fin", ext(0, 30)),
    (VD, 90, "视频有2分钟，帮我把这首加长到2分钟", ext(0, 30)),
    (VD, 90, "영상이 2분이라 뒤에 30초만 더 붙여줘", ext(0, 30)),
    (VD, 130, "動画が2:40あるから、後ろを伸ばして合わせて", ext(0, 30)),
    (VD, 100, "คลิปยาว 2 นาที ช่วยยืดเพลงให้พอดีคลิป", ext(0, 20, ask_ok=True)),
    (VD, 150, "ویڈیو 3 منٹ کی ہے، گانا اتنا لمبا کر دو", ext(0, 30, ask_ok=True)),
    (VD, None, "My vid is 3:05, make a chill lo-fi beat for it", nw(185)),
    # --- (3) lyrics: wishes after a first line asking about 'this text'
    (LY, None, "Can you make a song from this text?\nslow and sad, with piano\nfemale voice", wishes("piano")),
    (
        LY,
        None,
        "Kannst du zu diesem Text einen ruhigen Song machen?\nKlavier und Streicher\nkeine Drums bitte",
        wishes("Klavier"),
    ),
    (LY, None, "Kan du göra en visa av den här texten?\nlugn och vemodig\nmed akustisk gitarr", wishes("gitarr")),
    (
        LY,
        None,
        "Tu peux faire une chanson avec ce texte ?\nplutôt lent\navec du piano et une voix douce",
        wishes("piano"),
    ),
    (
        LY,
        None,
        "¿Puedes hacer una canción con esta letra?\nque sea alegre\ncon guitarra y trompetas",
        wishes("guitarra"),
    ),
    (
        LY,
        None,
        "Puoi fare una canzone con questo testo?\nritmo lento\nvoce femminile e pianoforte",
        wishes("pianoforte"),
    ),
    (LY, None, "Можешь сделать песню с этим текстом?\nмедленно и грустно\nс гитарой", wishes("гитарой")),
    # ... lyrics of another language than the request's
    (LY, None, "Hazme un jingle de 20 segundos con esta letra: «Vem pra cá, vem dançar comigo»", lang("portuguese")),
    (
        LY,
        None,
        "Fais-moi une chanson d'une minute avec ces paroles : « Vieni con me, la vita è bella »",
        lang("italian"),
    ),
    (LY, None, "Mach einen Jingle, 20 Sekunden, mit diesem Text: „Lekker fietsen door de stad“", lang("dutch")),
    (LY, None, "Faz um jingle de 20 segundos com essa letra: «Ven a bailar conmigo esta noche»", lang("spanish")),
    (LY, None, "Haz una canción de 1 minuto con esta letra: «Bon dia, la vida és bonica amb tu»", lang("catalan")),
    # (controls)
    (
        LY,
        None,
        "Can you make a song with these lyrics?\nI walk alone tonight\nunder the city lights",
        sung_new("I walk alone"),
    ),
    (
        LY,
        None,
        "Kan du göra en visa av den här texten?\nDet regnar på taket\noch jag väntar på dig",
        sung_new("Det regnar"),
    ),
    (
        LY,
        None,
        "Haz un jingle de 15 segundos con esta letra: «Esto es Café con Datos, pásate un rato»",
        lang("spanish"),
    ),
    (LY, None, "Make me a lo-fi beat.\nchill\nrainy mood", {"tool": NEW, "lyrics_lacks": ["rainy"]}),
    # --- (4) a bare length before a people word ('man' as 'one' / 'dude', 'kami' as 'we'): dropped unasked?
    (
        NU,
        L,
        "Klipp bort de första 5 sekunderna och de sista 10 man hör bara brus där",
        cut(trim_start_s=5, trim_end_s=10),
    ),
    (
        NU,
        L,
        "Klipp bort de første 5 sekundene og de siste 10 man hører bare sus der",
        cut(trim_start_s=5, trim_end_s=10),
    ),
    (NU, L, "Schneid vorne 5 Sekunden weg und hinten 10 man hört da nur Rauschen", cut(trim_start_s=5, trim_end_s=10)),
    (NU, L, "Knip de eerste 5 seconden eraf en de laatste 10 man", cut(trim_start_s=5, trim_end_s=10)),
    (NU, L, "cut the first 5 seconds and the last 10 man", cut(trim_start_s=5, trim_end_s=10)),
    (NU, L, "Potong 5 detik di awal dan 3 kami mau buang dari akhir juga", cut(trim_start_s=5, trim_end_s=3)),
    (NU, L, "Potong 5 saat di awal dan 3 kami nak buang di hujung juga", cut(trim_start_s=5, trim_end_s=3)),
    # ... a length, then a count of people read into it
    (NU, None, "Make it 3 minutes and 30 students will dance to it", nw(180)),
    (NU, None, "Que dure 2 minutos y 30 alumnos la van a bailar", nw(120)),
    (NU, None, "2 Minuten und 30 Kinder singen mit", nw(120)),
    # ... a bare length after or before the new words ('din', 'vers', 'около', 'قسمت', a month's prefix)
    (NU, L, "Taie primele 5 secunde și ultimele 3 din piesă", cut(trim_start_s=5, trim_end_s=3)),
    (NU, L, "Taie ultimele 10 din piesă", cut(trim_end_s=10)),
    (NU, 120, "Dagdagan mo ng 10 segundo sa dulo, tapos sa simula 5 din", ext(5, 10, ask_ok=True)),
    (NU, 120, "Ajoute 10 secondes au début et vers 20 à la fin", ext(10, 20, ask_ok=True)),
    (NU, 120, "Добавь 10 секунд в начало и около 20 в конец", ext(10, 20, ask_ok=True)),
    (NU, 120, "Удлини трек до 3 минут, вступление около 15", ext(15, 45, ask_ok=True)),
    (NU, L, "قسمت ۳۰ تا ۴۵ ثانیه رو دوباره بساز", inp(30, 45, ask_ok=True)),
    (NU, L, "Перегенерируй фрагмент около 30-40 секунды", inp(30, 40, ask_ok=True)),
    (NU, L, "In de eerste 10 liep de beat niet lekker, maak die opnieuw", inp(0, 10, ask_ok=True)),
    # ... 회 as times (renders), and a repeat count
    (NU, None, "잔잔한 피아노곡 2분짜리로 3회 생성해줘", {"tool": NEW, "duration": 120, "takes": 3, "ask_ok": True}),
    (NU, 30, "이 30초 루프를 3회 반복해서 이어 붙여줘", ASK),
    # (controls: people, episodes, days, money, hours)
    (NU, 120, "Add 10 seconds at the start and 20 at the end, it's for 30 members", ext(10, 20)),
    (NU, None, "Vi är 30 man på festen, gör en låt på 3 minuter", nw(180)),
    (NU, None, "We zijn met zo'n 30 man, maak een feestnummer van 2 minuten", nw(120)),
    (NU, None, "Пісня для 150 слухачів подкасту, 30 секунд", nw(30)),
    (NU, None, "Daina 300 žmonių renginiui, 3 minutės", nw(180)),
    (NU, None, "Fè yon chante 2 minit pou 150 moun", nw(120)),
    (NU, None, "300 பேர் வரும் விழாவுக்கு 2 நிமிட பாடல்", nw(120)),
    (NU, None, "60 మంది కోసం 1 నిమిషం పాట", nw(60)),
    (NU, None, "Bài hát 1 phút cho 6 đứa bạn thân", nw(60)),
    (NU, None, "أغنية دقيقتين لحفلة 100 شخص", nw(120)),
    (NU, None, "300 ਬੰਦੇ ਆਉਣਗੇ, 2 ਮਿੰਟ ਦਾ ਗੀਤ ਬਣਾਓ", nw(120)),
    (NU, None, "५० जना आउने पार्टीको लागि २ मिनेटको गीत", nw(120)),
    (NU, None, "২০ জন বন্ধুর জন্য ১ মিনিটের গান", nw(60)),
    (NU, None, "16 laulajaa, 3 minuutin kuorolaulu", nw(180)),
    (NU, None, "Песен за 30 деца, 2 минути", nw(120)),
    (NU, None, "Wimbo wa dakika 2 kwa wageni 100", nw(120)),
    (NU, None, "第37期播客的片头，15秒", nw(15)),
    (NU, None, "第24話のエンディング、1分30秒で", nw(90)),
    (NU, None, "23회 방송 오프닝 곡, 20초", nw(20)),
    (NU, None, "مقدمة الحلقة 40 من البودكاست، 15 ثانية", nw(15)),
    (NU, None, "एपिसोड 50 के लिए 30 सेकंड का इंट्रो", nw(30)),
    (NU, L, "第3期里用的那段，把最后10秒剪掉", free(trim_end_s=10)),
    (NU, L, "3화에 쓸 거라 끝 10초 잘라줘", free(trim_end_s=10)),
    (NU, 120, "Episode 23 needs this 30 seconds longer", ext(0, 30, ask_ok=True)),
    (NU, 120, "इसे 20 सेकंड और बढ़ाओ, 15 तारीख को चाहिए", ext(0, 20, ask_ok=True)),
    (NU, L, "Son 10 saniyeyi kes, 5 Haziranda yayında", free(trim_end_s=10)),
    (NU, None, "10 iyunda to'y bor, 3 daqiqalik qo'shiq qil", nw(180)),
    (NU, None, "Jingle til bageriet, 49 kr. for en kage, 15 sekunder", nw(15)),
    (NU, None, "Jingle za pekaru, kruh 5 kuna, 20 sekundi", nw(20)),
    (NU, None, "Lagu buat acara 17-an RT 05, durasi 2 menit", nw(120)),
    (NU, None, "Pour la soirée vers 21h, une chanson de 3 minutes", nw(180)),
    (NU, None, "Per a la festa d'aniversari a les 11, una cançó de 3 minuts", nw(180)),
    # --- (5) a correction word that adds a part, or another edit, rather than taking the length back
    (CO, None, "2分の曲で、サビはやっぱり30秒くらい", nw(120)),
    (CO, None, "3分のポップス。イントロはやっぱ10秒で", nw(180)),
    (CO, None, "Uma música animada de 2 minutos. Pensando bem, intro de 20 segundos", nw(120)),
    (CO, None, "Una canción de 3 minutos. Pensándolo bien, estribillo de 30 segundos", nw(180)),
    (CO, None, "Ein Song, 2 Minuten. Nee, warte, Intro 10 Sekunden dazu", nw(120)),
    (CO, None, "Piosenka na 3 minuty, a nie, jednak intro 15 sekund", nw(180)),
    (CO, 120, "Extend it to 3 minutes. On second thought, also fade out the last 10 seconds", ASK),
    (CO, 120, "Aumenta pra 3 minutos. Pensando bem, corta 5 segundos do início também", ASK),
    (CO, 120, "30秒延ばして。やっぱり最後5秒フェードアウトも", ASK),
    (CO, L, "最後の10秒を作り直して。やっぱり5秒のフェードアウトも", ASK),
    (CO, 120, "Make it 3 minutes. On second thought, just add a 15 second intro", ext(15, 0)),
    (CO, 120, "Mach ihn 3 Minuten lang. Nein, lieber vorne 20 Sekunden dran", ext(20, 0, ask_ok=True)),
    # (controls: the length taken back)
    (CO, None, "Make it 2 minutes... on second thought, 90 seconds", nw(90)),
    (CO, None, "2 Minuten … nee, warte, lieber 90 Sekunden", nw(90)),
    (CO, None, "45 segundos... pensando bem, faz com 30", nw(30)),
    (CO, None, "Faz com 45 segundos... pensando bem, faz com 30, não 45", nw(30)),
    (CO, None, "30秒で…あ、やっぱり20秒で", nw(20)),
    (CO, None, "2 minute ka gaana, nahi nahi, 3 minute", nw(180)),
    (CO, None, "Dale 2 minutos. Pensándolo bien, 90 segundos, no 2", nw(90)),
    (CO, None, "2 minuty, vlastně 20 sekund předehra", nw(120)),
    (CO, None, "3 minuti, anzi no, 30 secondi di intro", nw(180)),
    (CO, None, "Fă-o de 2 minute, nu de 3", nw(120)),
    (CO, 120, "On second thought, add 30 seconds at the end", ext(0, 30)),
    (CO, 120, "やっぱり最後に20秒足して", ext(0, 20)),
    (CO, None, "やっぱり2分の曲がいい。サビは30秒", nw(120)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
