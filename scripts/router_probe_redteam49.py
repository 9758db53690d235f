"""Red-team probe (redteam49) of the router rules changed in 051eba9 (takes of a regenerated window read from the
words: 'redo 1:05-1:20, give me 2 options') and 8218419 (a picture's aspect ratio is no time: '16:9', '4:3', '9:16'
blanked before reading), hunting SILENT WRONG plans (a plan made without a question whose tool or a certain argument
is wrong) and questions asked where the answer was plain (verdict ASKED), on new ground: a window's versions counted
plainly in many languages; a window's versions said apart in forms the window's 'contrast=False' reads past (a lone
'and' or 'or', 'with and without', 'one … and another', a list of two after a colon, a slash, '1 darker 1 brighter',
Swedish 'en … och en'); a count that is no count of takes beside a window ('I have 2 versions of this song', 'of the
3 options you gave me'); an extension's takes (still asked); the upright 9:16 kept as a time by _RANGE_BEFORE's
unbounded endings ('formato 9:16', 'vertical 9:16', 'for a 9:16 reel', 'рилс 9:16') or by a range mark after it
('9:16 - 30 seconds', '9:16 a 30 fps'); other shapes not blanked ('16:10', '16/9', '16 : 9', 'John 3:16'); real
times beside a ratio ('0:0', '9:16 bis 9:30' of a long track, a ratio beside a window).

FIGURES. First run on 8218419 (labels committed before it, af99f7a): 104 probes; OK 51, ASKED 25, SILENT WRONG 28
(28 new vs 051eba9^, 0 pre-existing), ERROR 0. The parent 051eba9^ (/tmp/s051p) on the same probes: OK 27, ASKED 77,
SILENT WRONG 0, ERROR 0. Against it the two commits turn 42 asked -> OK (28 windows' takes in 28 languages; 14
ratios beside a length or a window: 9:16 in ja ko zh ar hi tr pl cs ms, '21:9', '4:5', '16:9' and '4:3'), 18 OK ->
silent and 10 asked -> silent.

New silent (vs 051eba9^), by cause, all from 051eba9 (the window's takes); none from 8218419:
- Versions of a window said apart, read as takes (18; asked 'one plan makes one piece' on the parent). The window's
  contrast=False reads past a lone 'and' and 'with … and without', and the colon list and the one-…-one words miss
  many forms: 'redo 0:40-0:55, 2 versions, a rock one and a jazz one' (takes 2, tags 'rock, jazz'), 'zwei
  Versionen, mit und ohne Schlagzeug', 'dos versiones, con batería y sin batería', 'dwie wersje, szybszą i
  wolniejszą'; a list of two after a colon (_A_LIST_AFTER wants three items; _PAIR_AFTER_COLON wants an 'and' and
  skips items opening with 'с'): '2 versions: rock, jazz', 'twee versies: met piano, met gitaar', 'два варианта: с барабанами и
  без'; a slash, digits: '2 options - calmer / busier', '2 versions, 1 darker 1 brighter'; one and the other in
  words the one-…-one pattern lacks: "una più lenta e l'altra più veloce", 'en lugn och en snabb' (sv), 'en med
  klaver og en med guitar' (da), 'biri hızlı biri yavaş' (tr), 'एक धीमा और एक तेज़' (hi), 'satu pelan satu cepat' (id);
  CJK pairs: '两个版本，快的和慢的各一个', '明るいのと暗いの2パターン', '밝은 버전이랑 어두운 버전 2개'.
- A count of versions that already exist, read as takes of the window (10; asked on the parent): 'I have 2
  versions of this song, redo 0:40-0:55 in this one' (takes 2), 'of the 3 options you gave me yesterday … just
  regenerate 0:40-0:55' (takes 3), 'las 2 versiones anteriores sonaban mal', 'die letzten 2 Versionen waren zu
  voll', "j'ai déjà fait 3 versions, refais juste 0:40-0:55", 'из трёх вариантов этот лучший', "the singer's 2
  takes clash there", '之前那两个版本都不行', 'das 2 opções de ontem gostei da primeira', 'ho 2 versioni del mix'.

Pre-existing silent: none.

Asked where the plan was plain (25, all asked on the parent too):
- 8218419's upright 9:16 kept as a time (16): _RANGE_BEFORE has no word boundary, so a word that ends in 'to', 'al',
  'a', 'de' or 'с' before it reads as a range word: 'formato 9:16' (es, it), 'vertical 9:16' (en, fr, pt, ca, ro),
  'verticaal' (nl), 'vertikal' (sv, id), 'vertical na 9:16' (tl), 'wima 9:16' (sw), 'for a 9:16 reel', 'для рилс
  9:16'; and the range look-ahead after it: 'Vertical reel 9:16 - 30 seconds', 'Reel 9:16 a 30 fps, 20 segundos'.
  Each asked about the length said beside it (or '9:16'); none silent.
- Shapes and verses not blanked (3): '16:10' (two digits after the colon: read as a time), '16 : 9' spaced ('16',
  '9' asked), 'John 3:16' ('2 minutes' asked). ('16/9' planned right.)
- A 9:16 beside a track of 556 s or more (2): 'regenerate 1:00-1:15 for the 9:16 cut, 2 options', "it's for a 9:16
  reel: fade out the last 10 seconds" (600 s: '9:16' asked about, as the commit chose).
- 'redo from 0:0 to 0:12' (8218419 now blanks '0:0' as a ratio; asked which range is the intro, as on the parent).
- 'redo 0:40-0:55 with 2 guitars layered' ('2' asked).
- An extension's versions (2), as 051eba9 chose: 'extend it by 20 seconds at the end, give me 2 options', 'alarga
  el final 20 segundos, dame dos opciones'.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam49.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, Plan, ext, fade, inp, main, nw, nws

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, NEW, OUT, nw)

L = 180.0
LONG = 600.0

TW = "a window's versions counted plainly: takes of the window"
TD = "a window's versions said apart in forms contrast=False reads past: a question is due"
TN = "a count beside a window that is no count of takes: one take"
TE = "an extension's versions counted plainly: takes (the commit still asks)"
AR = "an aspect ratio beside a length, 9:16 after words _RANGE_BEFORE matches inside ('formato', 'vertical', 'a')"
AO = "a picture's shape or a verse the blanking misses ('16:10', '16/9', '16 : 9', 'John 3:16')"
AT = "a real time or range beside a ratio, or the ratio beside a window: the time kept, the ratio dropped"


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a window's versions counted plainly: takes of the regenerated window
    (TW, L, "the bit from 0:40 to 0:55 is messy, regenerate it and give me 3 options", inp(40, 55, takes=3)),
    (TW, L, "0:40 bis 0:55 bitte neu generieren, zwei Varianten", inp(40, 55, takes=2)),
    (TW, L, "refais le passage de 0:40 à 0:55, donne-moi trois versions", inp(40, 55, takes=3)),
    (TW, L, "refaz de 0:40 a 0:55, quero duas opções", inp(40, 55, takes=2)),
    (TW, L, "rigenera da 0:40 a 0:55, tre versioni", inp(40, 55, takes=3)),
    (TW, L, "maak 0:40 tot 0:55 opnieuw, geef me twee versies", inp(40, 55, takes=2)),
    (TW, L, "gör om 0:40–0:55, ge mig två versioner", inp(40, 55, takes=2)),
    (TW, L, "wygeneruj ponownie fragment 0:40-0:55, daj mi dwie wersje", inp(40, 55, takes=2)),
    (TW, L, "přegeneruj úsek 0:40–0:55, dej mi dvě verze", inp(40, 55, takes=2)),
    (TW, L, "перегенеруй 0:40–0:55, дай два варіанти", inp(40, 55, takes=2)),
    (TW, L, "0:40-0:55 arasını yeniden oluştur, iki versiyon ver", inp(40, 55, takes=2)),
    (TW, L, "أعد توليد المقطع من 0:40 إلى 0:55، وأعطني نسختين", inp(40, 55, takes=2)),
    (TW, L, "0:40 से 0:55 तक दोबारा बनाओ, दो वर्ज़न दो", inp(40, 55, takes=2)),
    (TW, L, "0:40から0:55を作り直して、3パターンください", inp(40, 55, takes=3)),
    (TW, L, "0:40~0:55 다시 만들어줘, 버전 2개", inp(40, 55, takes=2)),
    (TW, L, "làm lại đoạn 0:40 đến 0:55, cho mình 2 phiên bản", inp(40, 55, takes=2)),
    (TW, L, "ulangi bagian 0:40 sampai 0:55, kasih 2 versi", inp(40, 55, takes=2)),
    (TW, L, "ทำช่วง 0:40 ถึง 0:55 ใหม่ ขอ 2 เวอร์ชัน", inp(40, 55, takes=2)),
    (TW, L, "rehaz los últimos 20 segundos, dame 2 opciones", inp(160, 180, takes=2)),
    (TW, L, "ξαναφτιάξε τα τελευταία 20 δευτερόλεπτα, δώσε μου δύο εκδοχές", inp(160, 180, takes=2)),
    (TW, L, "۲۰ ثانیه آخر رو دوباره بساز، دو نسخه بده", inp(160, 180, takes=2)),
    (TW, L, "תייצר מחדש את 0:40 עד 0:55, תן לי שתי גרסאות", inp(40, 55, takes=2)),
    (TW, L, "refă porțiunea 0:40-0:55, dă-mi două variante", inp(40, 55, takes=2)),
    (TW, L, "generáld újra a 0:40–0:55 részt, két verziót kérek", inp(40, 55, takes=2)),
    (TW, L, "tee 0:40–0:55 uudestaan, kaksi versiota", inp(40, 55, takes=2)),
    (TW, L, "0:40至0:55重新整過，俾兩個版本我", inp(40, 55, takes=2)),
    (TW, L, "rudia sehemu ya 0:40 hadi 0:55, nipe matoleo mawili", inp(40, 55, takes=2)),
    (TW, L, "ulitin mo yung 0:40 hanggang 0:55, bigyan mo ako ng 2 version", inp(40, 55, takes=2)),
    (TW, L, "redo 0:40-0:55, couple of takes please", inp(40, 55, takes=2, ask_ok=True)),
    # --- (2) a window's versions said apart: a question is due
    (TD, L, "redo 0:40-0:55, 2 versions, a rock one and a jazz one", ASK),
    (TD, L, "regenerate 0:40-0:55 two ways: with drums and without", ASK),
    (TD, L, "redo 0:40-0:55, 2 versions: rock, jazz", ASK),
    (TD, L, "redo 0:40-0:55, 2 options - calmer / busier", ASK),
    (TD, L, "redo 0:40-0:55 in 2 versions, 1 darker 1 brighter", ASK),
    (TD, L, "rehaz de 0:40 a 0:55, dos versiones, una más oscura y otra más brillante", ASK),
    (TD, L, "rehaz 0:40-0:55 en dos versiones, con batería y sin batería", ASK),
    (TD, L, "0:40 bis 0:55 neu, zwei Versionen, mit und ohne Schlagzeug", ASK),
    (TD, L, "refais 0:40-0:55, deux versions : rock et jazz", ASK),
    (TD, L, "rifai 0:40-0:55 in due versioni, una più lenta e l'altra più veloce", ASK),
    (TD, L, "refaz 0:40-0:55, duas versões: uma acústica e outra elétrica", ASK),
    (TD, L, "переделай 0:40–0:55, два варианта: с барабанами и без", ASK),
    (TD, L, "zrób od nowa 0:40-0:55, dwie wersje, szybszą i wolniejszą", ASK),
    (TD, L, "1:05到1:20重做，两个版本，快的和慢的各一个", ASK),
    (TD, L, "0:40〜0:55を作り直して、明るいのと暗いの2パターン", ASK),
    (TD, L, "0:40~0:55 다시, 밝은 버전이랑 어두운 버전 2개", ASK),
    (TD, L, "0:40-0:55 arasını yeniden yap, iki versiyon: biri hızlı biri yavaş", ASK),
    (TD, L, "0:40 tot 0:55 opnieuw, twee versies: met piano, met gitaar", ASK),
    (TD, L, "gör om 0:40-0:55 i två versioner, en lugn och en snabb", ASK),
    (TD, L, "lav 0:40-0:55 om, to versioner, en med klaver og en med guitar", ASK),
    (TD, L, "0:40 से 0:55 दोबारा, दो वर्ज़न, एक धीमा और एक तेज़", ASK),
    (TD, L, "ulang 0:40-0:55, 2 versi, satu pelan satu cepat", ASK),
    (TD, L, "làm lại 0:40-0:55, 2 bản, một bản chậm một bản nhanh", ASK),
    # --- (3) a count beside a window that is no count of takes: one take of the window
    (TN, L, "I have 2 versions of this song, redo 0:40-0:55 in this one, the snare is off", inp(40, 55, takes=None)),
    (
        TN,
        L,
        "of the 3 options you gave me yesterday this is the best; just regenerate 0:40-0:55",
        inp(40, 55, takes=None),
    ),
    (TN, L, "las 2 versiones anteriores sonaban mal, rehaz 0:40-0:55 una vez más", inp(40, 55, takes=None)),
    (TN, L, "die letzten 2 Versionen waren zu voll, mach 0:40 bis 0:55 noch mal neu", inp(40, 55, takes=None)),
    (TN, L, "j'ai déjà fait 3 versions, refais juste 0:40-0:55", inp(40, 55, takes=None)),
    (TN, L, "из трёх вариантов этот лучший, переделай только 0:40–0:55", inp(40, 55, takes=None)),
    (TN, L, "redo 0:40-0:55 with 2 guitars layered", inp(40, 55, takes=None)),
    (TN, L, "regenerate 0:40-0:55, the singer's 2 takes clash there", inp(40, 55, takes=None)),
    (TN, L, "之前那两个版本都不行，把0:40到0:55重做一下", inp(40, 55, takes=None)),
    (TN, L, "das 2 opções de ontem gostei da primeira; refaz só 0:40-0:55", inp(40, 55, takes=None)),
    (TN, L, "ho 2 versioni del mix, in questa rifai 0:40-0:55", inp(40, 55, takes=None)),
    # --- (4) an extension's versions counted plainly
    (TE, L, "extend it by 20 seconds at the end, give me 2 options", ext(0, 20, takes=2)),
    (TE, L, "alarga el final 20 segundos, dame dos opciones", ext(0, 20, takes=2)),
    # --- (5) an aspect ratio beside a length: a new piece of that length
    (AR, None, "need a 30 second upbeat bed for a 9:16 reel", nws(30)),
    (AR, None, "vertical 9:16 promo, 15 seconds, no vocals, punchy", nws(15)),
    (AR, None, "video en formato 9:16 para Reels, 30 segundos, reguetón instrumental", nws(30)),
    (AR, None, "spot in formato 9:16, 20 secondi, musica allegra senza voce", nws(20)),
    (AR, None, "vídeo vertical 9:16 de 45 segundos, trilha animada sem vocal", nws(45)),
    (AR, None, "format vertical 9:16, 30 secondes, musique électro sans voix", nws(30)),
    (AR, None, "verticaal 9:16 filmpje van 20 seconden, vrolijke muziek zonder zang", nws(20)),
    (AR, None, "vertikal 9:16-video på 15 sekunder, glad musik utan sång", nws(15)),
    (AR, None, "video vertikal 9:16, durasi 30 detik, musik ceria tanpa vokal", nws(30)),
    (AR, None, "para sa vertical na 9:16 na video, 30 segundo, masayang tugtog walang kanta", nws(30)),
    (AR, None, "video ya wima 9:16, sekunde 30, muziki ya furaha bila sauti", nws(30)),
    (AR, None, "Vertical reel 9:16 - 30 seconds, upbeat, no vocals", nws(30)),
    (AR, None, "вертикальное видео 9:16 до 60 секунд, энергичный трек без вокала", nw(60)),
    (AR, None, "ролик для рилс 9:16, 20 секунд, лёгкий поп", nws(20)),
    (AR, None, "Reel 9:16 a 30 fps, 20 segundos, música alegre", nws(20)),
    (AR, None, "縦型動画（9:16）用、15秒のBGM、ボーカルなし", nws(15)),
    (AR, None, "세로 영상 9:16, 30초짜리 신나는 BGM", nws(30)),
    (AR, None, "竖屏9:16短视频，配乐30秒，轻快", nws(30)),
    (AR, None, "فيديو عمودي بنسبة 9:16، مدته 30 ثانية، موسيقى حماسية بدون غناء", nws(30)),
    (AR, None, "9:16 वर्टिकल वीडियो के लिए 30 सेकंड का बैकग्राउंड म्यूज़िक", nws(30)),
    (AR, None, "dikey 9:16 video, 30 saniye, vokalsiz enerjik müzik", nws(30)),
    (AR, None, "pionowy film 9:16, 30 sekund, muzyka bez wokalu", nws(30)),
    (AR, None, "video na výšku 9:16, 30 sekund, hudba bez zpěvu", nws(30)),
    (AR, None, "video menegak 9:16 untuk TikTok, 15 saat, muzik ceria", nws(15)),
    (AR, None, "vídeo vertical 9:16, 30 segons, música alegre sense veu", nws(30)),
    (AR, None, "video vertical 9:16, 30 de secunde, muzică veselă fără voce", nws(30)),
    (AR, None, "ultrawide 21:9 trailer, 1:10 long, epic orchestral", nws(70)),
    (AR, None, "4:5 instagram post, 12 seconds, chill house", nws(12)),
    # --- (6) shapes and verses the blanking misses
    (AO, None, "screen recording in 16:10, need 45 seconds of lo-fi, no vocals", nws(45)),
    (AO, None, "un clip en 16/9, 45 secondes, ambiance chill", nws(45)),
    (AO, None, "Imagefilm 16 : 9, Länge 1:30, ruhige Klaviermusik", nws(90)),
    (AO, None, "a worship song about John 3:16, 2 minutes", nws(120)),
    # --- (7) a real time or range beside a ratio: the time kept
    (AT, L, "redo from 0:0 to 0:12, the intro clicks", inp(0, 12)),
    (AT, LONG, "regenerate 1:00-1:15 for the 9:16 cut, 2 options", inp(60, 75, takes=2)),
    (AT, LONG, "it's for a 9:16 reel: fade out the last 10 seconds", fade(10)),
    (AT, LONG, "mach 9:16 bis 9:30 neu, da knackt es", inp(556, 570)),
    (AT, L, "16:9, refais de 1:05 à 1:20", inp(65, 80)),
    (AT, L, "клип 16:9, переделай последние 15 секунд, три варианта", inp(165, 180, takes=3)),
    (AT, None, "4:3 archival doc, cue of 2:05, melancholic strings", nws(125)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
