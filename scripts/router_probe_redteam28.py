"""Red-team probe (redteam28) of the router rules changed in 153c032..6d0ee69 (8dcfac9, 6d0ee69), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A window redone on the wrong
side of a kept part, a new piece of the wrong length, two pieces that differ rendered as takes of one, wishes or a
quoted style sung as lyrics, a bitrate the person only asked about are the costliest.

The rules under attack: (1) Chinese and Japanese 'N分MM' read as m:ss (read.MIN_THEN_SECONDS): 'N分' then a count
of people, a decade, an age group, bars ('2分 30人', '3分 50年代', '3分 20代', '3分 16小节') and '2分10到20秒';
(2) '开头N秒' redone as the first N seconds where the side table wrote '开头' / '開頭' / '最前面' as 'start' (router
_FIRST_WRITTEN): the first N seconds kept and the rest redone, a range after '开头', a fade at the start and another
part redone; (3) numbers that are no length: 'ep', 'eps', 'puntata', 'capitolo', 'capítulo', 'פרק', 'somos',
'éramos', 'seremos' before a number, 'ppl', 'kişilik' after it; (4) 'regen it / them / the / this / that' as a
regenerate verb, where 'regen' is a game's health or mana regeneration and the request is a new piece; (5) takes of
one request: 'and' before an instrument, a voice, a whistle or a half (account._instrument_next, _VOICE_OR_WHISTLE,
_A_HALF_NEXT) where the items after the count's colon are the pieces that differ ('piano and guitar',
'instrumental and vocals', '1 minute and half a minute', 'humming and whistling'), Japanese 'とは', Greek 'εκδοχες'
and Thai 'เวอร์ชั่น' as version words (a count inside the song's topic); (6) lyrics labels typed fast ('loi' as
Vietnamese 'lỗi' (an error) and French 'la loi' (the law)), Turkish vs Azerbaijani lyrics chosen by the request's
words where the request names the other language; (7) quoted words right after the chorus's name as lyrics
(read._LYRICS_NOUN_BEFORE) where the quote is a style, a reference or a wish ('Refrain "zum Mitgrölen"', 'ritornello
"alla Vasco Rossi"', 'nakaratı "Bir Derdim Var"daki gibi'); (8) short units ("שנ'" as a year, 'phut', 'giay', 'deq',
'דק'), Sanskrit minute compounds ('प्रत्येकनिमेषे' every minute, 'अनेकनिमेष' many minutes); (9) style words negated
('не рок трек', 'sans ukulélé', 'no pop-punk', 'не народна песен, без гайда'), a dedication to a rock band, Finnish
instrumental compounds inside a sung song; (10) Lithuanian 'pradžią' / 'pabaigą' / 'galą' as sides ('pradžios
neliesk': leave the start alone); (11) '码率' / '碼率' as bitrate (a question between two rates, the old rate before
the new); (12) read._inherit: an article '1' after a length ('1 from the end', '1 extra') and a bare number before a
month-like word (Finnish 'kesä…').

After the fixes (c0edec2, and as of d336632): 145 probes, 129 OK, 2 asked, 0 errors, 14 silent, every one of them
pre-existing (153c032 the same), none made by the diff. tests/test_router_redteam28.py holds 20 of the 43 (18
failing on 6d0ee69, 2 guards).

First run (6d0ee69, --old 153c032's src): 145 probes in 41 languages, labelled and committed before it (96ae3ea): 87
OK, 1 ASKED where a plan was sure, 0 ERROR, 57 SILENT WRONG: 43 made by the diff (153c032 asked or planned each of
them right), 14 pre-existing. No label was changed after the run.
  Made by the diff, most costly first:
    A paid inpaint of the part the person keeps ('开头N秒' taken as the window wherever it stands; 7): '开头10秒别动，
    后面的全部重新生成', '開頭10秒不用改，後面重新生成', '开头10秒的吉他保留，其余重做' (180) → inpaint 0-10 (want 10-180);
    '最前面20秒保留，把后面的重新生成' (180) → 0-20 (want 20-180); '开头30秒以后的部分重做' (180) → 0-30 (want 30-180);
    '开头10秒很好，结尾重做一下' (180) → 0-10 (want a question: the ending is to be redone, its seconds unsaid); '开头5秒
    淡入，然后把副歌重做' (180) → 0-5 (want a question: a fade-in and the chorus redone).
    A paid extension on the wrong side: 'Pailgink dainą 20 sekundžių, bet pradžios neliesk' (120) → +20 before (want
    +20 after: 'leave the start alone').
    Pieces that differ rendered as takes of one request, each take mixing them (the items after the count's colon
    joined by 'and' before an instrument, a voice, a whistle; 15), want a question each: 'Make 2 versions of a 30
    second jingle: piano and guitar', '3 versions of a 1 minute intro: piano, guitar and flute', '3 versions of a 30
    second intro: rock, jazz and piano', '2 versions of a 1 minute piece: a calm piano one and guitar with drums', '2
    versions, 1 minute each: solo piano and violin with orchestra', 'Zwei Versionen, je 20 Sekunden: Klavier und
    Gitarre', 'दो वर्ज़न बनाओ, 30 सेकंड के: तबला और सितार', 'نسختين من جينجل 30 ثانية: بيانو و جيتار', '2 versi jingle 30
    detik: piano dan gitar', '2 versiuni de jingle de 30 de secunde: pian și chitară', 'دو نسخه از یک جینگل ۳۰ ثانیه‌ای:
    پیانو و گیتار', '2 versjoner av en jingle på 30 sekunder: piano og gitar' → takes=2 or 3 with every instrument in
    each; '2 takes of a short lullaby: humming and whistling', 'Dos versiones de una nana: tarareo y silbidos' → takes=2;
    '30秒のジングルを2パターン、明るいのと、それとは逆に暗いのを' → takes=2 tagged 'happy, dark' ('とは' skipped). And a
    count inside the song's topic: 'θελω ενα τραγουδι 2 λεπτα για τις 2 εκδοχες της αληθειας' → takes=2 (want one
    song about two versions of the truth).
    A style, a reference or a wish sung as lyrics (the quote right after the chorus's name; 14, and French 'la loi :'
    read as a lyrics label, 1): 'Make a 2 minute stadium anthem with the energy of the chorus "Don't Stop
    Believin'"', 'Une chanson pop de 2 minutes, refrain « à la Stromae, un peu mélancolique »', 'Hazme un reguetón de 2
    minutos, estribillo "pegadizo y fácil de cantar"', 'Faz uma música de 2 minutos com refrão "estilo sertanejo
    universitário"', 'Fammi un pezzo rock di 3 minuti con un ritornello "alla Vasco Rossi"', 'Сделай рок-песню на 3
    минуты, припев "как у Цоя, мрачный"', 'Зроби поп-пісню на 3 хвилини, приспів "як у Океану Ельзи"', 'Rockdal 3
    percben, a refrén "mint a Tankcsapdánál"', 'Písnička na 2 minuty, refrén "ve stylu Olympicu"' (sung, and tagged
    'latin vocal'), 'Piosenka disco polo na 3 minuty, refren "żeby wpadał w ucho"' (tagged 'czech vocal'), 'Maak een
    feestnummer van 2 minuten, refrein "om mee te brullen"', 'Gör en schlager på 3 minuter, omkväde "i stil med
    ABBA"', 'Tee 3 minuutin rock-biisi, kertosäe "tarttuva ja helppo laulaa"', '3 dakikalık pop şarkı, nakarat "akılda
    kalıcı olsun"' → the quote as the lyrics; 'Chanson éducative de 2 minutes sur la loi : elle doit expliquer le
    droit de vote aux enfants' → 'elle doit expliquer le droit de vote aux enfants' sung.
    A sung song rendered instrumental (the Finnish compounds inside it, 3): 'Tee 3 minuutin laulu, jossa on
    pianoinstrumentaali-intro ja sitten naisen laulua', 'Tee 3 minuutin rock-kappale laululla, keskellä
    kitarainstrumentaaliosuus', 'Ei pianoinstrumentaalia, vaan laulettu balladi, 2 minuuttia' → lyrics '[inst]'.
    A style not asked for: 'Сделай спокойный лаунж-джаз на 2 минуты, это подарок нашей рок группе на юбилей' → tag
    'rock' (the rock band is who gets the jazz).
  Pre-existing silent (153c032 too): 'N分 MM' with a space, where MM counts people, a decade, an age group or bars (6):
  '做一首2分 30人合唱的校歌' → 150 s (want 120), '要一段3分 30多人一起唱的合唱' → 210 (want 180), '来一首3分 50年代风格的
  摇滚' → 230, '做一首3分 16小节前奏的摇滚' → 196, '3分 20代向けの爽やかなポップを作って' → 200, '3分 15人編成のビッグバンド
  風の曲' → 195 (want 180 each); takes of pieces that differ where 'and' is a word the contrast list lacks or the
  instrument list already held (6): '2 bersyon ng 30 segundong jingle: piano at gitara', '2 verzije džingla od 30
  sekundi: klavir i gitara', "2 versions d'un jingle de 30 segons: piano i guitarra", '2 verzie znelky na 30 sekúnd:
  klavír a gitara', 'เพลง 1 นาที 2 เวอร์ชั่น ช้ากับเร็ว' → takes=2, 'Dos versiones del jingle: un minuto y medio
  minuto' → takes=2 of 90 s (want a question each); 'Lav en sang på 2 minutter, omkvæd "som en fodboldsang"' → the
  quote sung; 'Cut 10 seconds from the start and 1 from the end' → trim_start 10 only (the '1' taken as an article:
  want trim_end 1 too).
  ASKED where a plan was sure: 'the ep 2 mix needs 20 more seconds at the end' (edit or extend asked).
  Held: the '开头N秒重做' / '開頭15秒重新生成' windows, '开头10秒到20秒之间' (10-20), '开头加10秒'; '2分10到20秒',
  '1分10到1分30', '2分05から最後まで'; the game 'regen that / the' requests (asked, not redone), 'regen them' / 'regen
  the intro'; 'co loi:' / 'bao loi:' (Vietnamese 'error', asked); Azerbaijani lyrics in a Turkish request
  ('Azerice'); the '码率' questions and the old rate before the new (asked); "25 שנ' נישואין" (asked), the Sanskrit
  'प्रत्येकनिमेषे' / 'अनेकनिमेष' (asked); the negated 'не рок трек', 'sans ukulélé', 'no pop-punk', 'не народна песен,
  без гайда'; the Lithuanian 'pradžią palik', 'pabaiga', 'galą'; 'ep', 'puntata', 'capítulo', 'פרק', 'somos',
  'ppl', 'kişilik' beside a length; the takes controls ('violão e voz', 'Tuba und Klarinette', 'これとは別に',
  'เวอร์ชั่น', 'εκδοχες'), and 'one with piano and one with guitar', 'rock and jazz' (asked); the chorus's own
  quoted words (sung).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam28.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

MS = "read.MIN_THEN_SECONDS: Chinese / Japanese 'N分MM' read as m:ss"
FW = "_FIRST_WRITTEN: '开头N秒' (written 'start N s') redone as the first N seconds"
NT = "numbers that are no length: 'ep', 'puntata', 'capitolo', 'פרק', 'somos', 'ppl', 'kişilik'"
RG = "'regen it / them / the / this / that' as a regenerate verb"
TK = "takes of one request: 'and' before an instrument, a voice, a whistle, a half; 'とは'; 'εκδοχες', 'เวอร์ชั่น'"
LY = "lyrics labels typed fast ('loi'), Turkish vs Azerbaijani lyrics by the request's words"
CH = "read._LYRICS_NOUN_BEFORE: quoted words right after the chorus's name as lyrics"
UN = "short units (\"שנ'\", 'phut', 'giay', 'deq', 'דק'), Sanskrit minute compounds"
ST = "style words: 'рок трек / групп', 'ukulélé', 'pop-punk', Bulgarian folk / bagpipes, Finnish instrumental compounds"
SD = "Lithuanian 'pradžią' / 'pabaigą' / 'galą' as sides"
BR = "'码率' / '碼率' as bitrate"
IH = "read._inherit: an article '1' after a length, a bare number before a month-like word"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def sung_new(has: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "lyrics_has": [has], "ask_ok": True, **kw}


def wishes(lacks: str) -> dict[str, Any]:
    """Quoted words that are a style, a reference or a wish for the music, never sung (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "lyrics_lacks": [lacks]}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def cut(**kw: Any) -> dict[str, Any]:
    """The free fades and cuts of the open track, a question allowed."""
    return free(ask_ok=True, **kw)


def takes(n: int, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "takes": n, "ask_ok": True, **kw}


def no_style(*tags: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "tags_not": list(tags), "ask_ok": True, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'N分MM' read as m:ss where the number after '分' counts something else
    (MS, None, "做一首2分 30人合唱的校歌", nw(120)),
    (MS, None, "要一段3分 30多人一起唱的合唱", nw(180)),
    (MS, None, "来一首3分 50年代风格的摇滚", nw(180)),
    (MS, None, "做一首3分 16小节前奏的摇滚", nw(180)),
    (MS, None, "3分 20代向けの爽やかなポップを作って", nw(180)),
    (MS, None, "3分 15人編成のビッグバンド風の曲", nw(180)),
    # ... the seconds of a range said once for both ends
    (MS, L, "把2分10到20秒这段重新生成", inp(130, 140, ask_ok=True)),
    # (controls)
    (MS, L, "2分10到2分25那里鼓乱了，重做", inp(130, 145)),
    (MS, L, "1分10到1分30那段重做一下", inp(70, 90)),
    (MS, None, "做一首2分30的纯音乐", nw(150)),
    (MS, 200, "2分05から最後まで作り直して", inp(125, 200, ask_ok=True)),
    (MS, None, "1分50くらいのジングル", nw(110)),
    # --- (2) '开头N秒' as the window to redo, where the first N seconds are kept, or another part is redone
    (FW, L, "开头10秒别动，后面的全部重新生成", inp(10, 180, ask_ok=True)),
    (FW, L, "開頭10秒不用改，後面重新生成", inp(10, 180, ask_ok=True)),
    (FW, L, "最前面20秒保留，把后面的重新生成", inp(20, 180, ask_ok=True)),
    (FW, L, "开头10秒的吉他保留，其余重做", inp(10, 180, ask_ok=True)),
    (FW, L, "开头30秒以后的部分重做", inp(30, 180, ask_ok=True)),
    (FW, L, "开头10秒很好，结尾重做一下", ASK),
    (FW, L, "开头5秒淡入，然后把副歌重做", ASK),
    (FW, L, "开头10秒到20秒之间那段重新生成", inp(10, 20, ask_ok=True)),
    # (controls)
    (FW, L, "开头10秒重做一下，进得太突然", inp(0, 10)),
    (FW, L, "開頭15秒重新生成", inp(0, 15)),
    (FW, L, "开头加10秒", ext(10, 0)),
    # --- (3) numbers that are no length (controls: the length beside them stands)
    (NT, None, "sigla per la puntata 14 del podcast, 20 secondi", nw(20)),
    (NT, None, "somos 14 en la fiesta, haz una canción de 2 minutos", nw(120)),
    (NT, None, "intro for ep 3 of my podcast, 15 sec", nw(15)),
    (NT, L, "the ep 2 mix needs 20 more seconds at the end", ext(0, 20)),
    (NT, None, "פתיח לפרק 12 של הפודקאסט, 20 שניות", nw(20)),
    (NT, None, "Música para o capítulo 3 da novela, 1 minuto", nw(60)),
    (NT, None, "birthday song for 14 ppl, 1 min", nw(60)),
    (NT, None, "8 kişilik grup için 2 dakikalık şarkı", nw(120)),
    # ... a bare amount near them
    (NT, 120, "somos 3 en la banda; alárgalo 30 al final", ext(0, 30, ask_ok=True)),
    (NT, L, "eps 5 needs this trimmed: cut 10 from the end", cut(trim_end_s=10)),
    # --- (4) 'regen' the game's regeneration, in a request for a new piece
    (
        RG,
        L,
        "Make a soothing 20 second jingle for the health regen that kicks in at the campfire",
        {"tool": NEW, "duration": 20, "ask_ok": True},
    ),
    (
        RG,
        L,
        "Love it. Next: a 15 second sting for when the shield regen that we talked about triggers",
        {"tool": NEW, "duration": 15, "ask_ok": True},
    ),
    (RG, None, "8-bit loop for the mana regen the player gets near shrines, 30 seconds", nw(30)),
    (RG, L, "regen this but make it 2 minutes", {"tool": NEW, "duration": 120, "ask_ok": True}),
    # (controls)
    (RG, L, "the last 15 sec r kinda messy can u regen them?", inp(165, 180)),
    (RG, L, "regen the intro, the first 8 seconds", inp(0, 8)),
    (RG, L, "Mach ein neues Lied über den Regen, 2 Minuten", nw(120)),
    # --- (5) a count of versions, then after a colon the pieces that differ, joined by 'and' before an instrument,
    # a voice, a whistle or a half
    (TK, None, "Make 2 versions of a 30 second jingle: piano and guitar", ASK),
    (TK, None, "3 versions of a 1 minute intro: piano, guitar and flute", ASK),
    (TK, None, "3 versions of a 30 second intro: rock, jazz and piano", ASK),
    (TK, None, "2 versions of a 1 minute piece: a calm piano one and guitar with drums", ASK),
    (TK, None, "2 versions, 1 minute each: solo piano and violin with orchestra", ASK),
    (TK, None, "Zwei Versionen, je 20 Sekunden: Klavier und Gitarre", ASK),
    (TK, None, "दो वर्ज़न बनाओ, 30 सेकंड के: तबला और सितार", ASK),
    (TK, None, "30초 징글 버전 2개: 피아노와 기타", ASK),
    (TK, None, "نسختين من جينجل 30 ثانية: بيانو و جيتار", ASK),
    (TK, None, "2 versi jingle 30 detik: piano dan gitar", ASK),
    (TK, None, "2 bersyon ng 30 segundong jingle: piano at gitara", ASK),
    (TK, None, "matoleo mawili ya jingle ya sekunde 30: piano na gitaa", ASK),
    (TK, None, "2 versiuni de jingle de 30 de secunde: pian și chitară", ASK),
    (TK, None, "2 verzije džingla od 30 sekundi: klavir i gitara", ASK),
    (TK, None, "2 versions d'un jingle de 30 segons: piano i guitarra", ASK),
    (TK, None, "دو نسخه از یک جینگل ۳۰ ثانیه‌ای: پیانو و گیتار", ASK),
    (TK, None, "2 verzie znelky na 30 sekúnd: klavír a gitara", ASK),
    (TK, None, "2 versjoner av en jingle på 30 sekunder: piano og gitar", ASK),
    (TK, None, "৩০ সেকেন্ডের জিঙ্গেল, ২টা ভার্সন: পিয়ানো আর গিটার", ASK),
    (TK, None, "2 versions of a 1 minute pop song: male voice and female voice", ASK),
    (TK, None, "2 versions of a 1 minute chill track: instrumental and vocals", ASK),
    (TK, None, "Duas versões de 1 minuto: instrumental e voz", ASK),
    (TK, None, "Deux versions d'un jingle de 20 secondes : instrumentale et voix", ASK),
    (TK, None, "Zwei Versionen, 1 Minute: instrumental und Stimme", ASK),
    (TK, None, "2 takes of a short lullaby: humming and whistling", ASK),
    (TK, None, "Dos versiones de una nana: tarareo y silbidos", ASK),
    (TK, None, "2 versions of a chill track: 1 minute and half a minute", ASK),
    (TK, None, "Dos versiones del jingle: un minuto y medio minuto", ASK),
    # ... Japanese 'とは', Thai 'เวอร์ชั่น', Greek 'εκδοχες'
    (TK, None, "30秒のジングルを2パターン、明るいのと、それとは逆に暗いのを", ASK),
    (TK, None, "เพลง 1 นาที 2 เวอร์ชั่น ช้ากับเร็ว", ASK),
    (TK, None, "θελω ενα τραγουδι 2 λεπτα για τις 2 εκδοχες της αληθειας", nw(120, takes=None)),
    # (controls)
    (TK, None, "me dá 2 versões de uma bossa nova de 1 min e meio, só violão e voz", takes(2, duration=90)),
    (TK, None, "Blasmusik, Tuba und Klarinette, 1 Minute, zwei Versionen", takes(2, duration=60)),
    (TK, None, "これとは別に、ボサノバを30秒で2パターン", takes(2, duration=30)),
    (TK, None, "ขอเพลงเปียโน 30 วินาที 2 เวอร์ชั่น", takes(2, duration=30)),
    (TK, None, "δωσε μου 3 εκδοχες ενος τζινγκλ 20 δευτερολεπτων", takes(3, duration=20)),
    (TK, None, "Make 2 versions of a 30 second jingle: one with piano and one with guitar", ASK),
    (TK, None, "2 versions of a 30 second jingle: rock and jazz", ASK),
    # --- (6) lyrics labels typed fast in their other senses; Turkish vs Azerbaijani lyrics
    (LY, L, "co loi: 10 giay cuoi bi re, lam lai giup minh", inp(170, 180, ask_ok=True)),
    (
        LY,
        L,
        "bao loi: nhac bi ngat o 1 phut 20, sua lai doan 1 phut 15 den 1 phut 25",
        inp(75, 85, ask_ok=True),
    ),
    (
        LY,
        None,
        "Chanson éducative de 2 minutes sur la loi : elle doit expliquer le droit de vote aux enfants",
        wishes("droit de vote"),
    ),
    (
        LY,
        None,
        'Düğün için Azerice bir şarkı yap, 2 dakika, sözler: "men seni sevirem, gel yanima gulum"',
        lang("azerbaijani"),
    ),
    (LY, None, 'toy ucun turkce mahni duzelt, sozler: "seni cok seviyorum, hadi gel bana"', lang("turkish")),
    # (controls)
    (LY, None, 'fe yon konpa 2 minit, paroli: "cheri mwen renmen ou, vin danse ak mwen"', lang("haitian creole")),
    (LY, None, 'ขอเพลงป๊อป 1 นาที เนื้อ: "วันนี้ฟ้าสวย ใจฉันก็สดใส"', lang("thai")),
    # --- (7) quoted words after the chorus's name: a style, a reference or a wish
    (
        CH,
        None,
        'Make a 3 minute rock song. Verse: "quiet, just guitar". Chorus: "big, with gang vocals"',
        wishes("gang"),
    ),
    (
        CH,
        None,
        "Make a 2 minute stadium anthem with the energy of the chorus \"Don't Stop Believin'\"",
        wishes("Believin"),
    ),
    (CH, None, 'Mach einen Partysong, 3 Minuten, Refrain "zum Mitgrölen für alle"', wishes("Mitgrölen")),
    (CH, None, "Une chanson pop de 2 minutes, refrain « à la Stromae, un peu mélancolique »", wishes("Stromae")),
    (CH, None, 'Hazme un reguetón de 2 minutos, estribillo "pegadizo y fácil de cantar"', wishes("pegadizo")),
    (CH, None, 'Faz uma música de 2 minutos com refrão "estilo sertanejo universitário"', wishes("sertanejo")),
    (CH, None, 'Fammi un pezzo rock di 3 minuti con un ritornello "alla Vasco Rossi"', wishes("Vasco")),
    (CH, None, 'Сделай рок-песню на 3 минуты, припев "как у Цоя, мрачный"', wishes("Цоя")),
    (CH, None, 'Зроби поп-пісню на 3 хвилини, приспів "як у Океану Ельзи"', wishes("Ельзи")),
    (CH, None, 'Rockdal 3 percben, a refrén "mint a Tankcsapdánál"', wishes("Tankcsapd")),
    (CH, None, 'Písnička na 2 minuty, refrén "ve stylu Olympicu"', wishes("Olympic")),
    (CH, None, 'Piosenka disco polo na 3 minuty, refren "żeby wpadał w ucho"', wishes("wpadał")),
    (CH, None, 'Maak een feestnummer van 2 minuten, refrein "om mee te brullen"', wishes("brullen")),
    (CH, None, 'Gör en schlager på 3 minuter, omkväde "i stil med ABBA"', wishes("ABBA")),
    (CH, None, 'Lav en sang på 2 minutter, omkvæd "som en fodboldsang"', wishes("fodbold")),
    (CH, None, 'Tee 3 minuutin rock-biisi, kertosäe "tarttuva ja helppo laulaa"', wishes("tarttuva")),
    (CH, None, 'Nakaratı "Bir Derdim Var"daki gibi coşkulu olsun, 3 dakikalık rock şarkı yap', wishes("Derdim")),
    (CH, None, '3 dakikalık pop şarkı, nakarat "akılda kalıcı olsun"', wishes("akılda")),
    # (controls: the chorus's own words)
    (
        CH,
        None,
        "Une chanson folk d'1 minute avec le refrain « Reste encore un peu, la nuit est douce »",
        sung_new("Reste"),
    ),
    (CH, None, 'Canción de 2 minutos con el estribillo "Baila conmigo hasta que salga el sol"', sung_new("Baila")),
    (CH, None, 'A 2 minute pop song with the chorus "we were young and the night was ours"', sung_new("we were young")),
    # --- (8) short units and Sanskrit compounds
    (UN, None, "שיר לחגיגת 25 שנ' נישואין, בערך 2 דק'", nw(120)),
    (UN, None, "प्रत्येकनिमेषे घण्टानादः भवतु, त्रिनिमेषपरिमितं सङ्गीतं रचय", nw(180)),
    (UN, None, "अनेकनिमेषपरिमितं दीर्घं ध्यानसङ्गीतं रचय", {"tool": NEW, "duration_not": 60, "ask_ok": True}),
    # (controls)
    (UN, None, "תעשה ג'ינגל של 1 דק' ו-30 שנ'", nw(90)),
    (UN, None, "bai hat 1 phut 30 giay ve bien", nw(90)),
    (UN, None, "lam nhac quang cao shop giay 30 giay", nw(30)),
    (UN, None, "toy ucun 3 deq mahni", nw(180)),
    (UN, None, "वीणावादनं रचय, निमेषत्रयपरिमितम्", nw(180)),
    # --- (9) style words negated, or of someone else than the music
    (ST, None, "Сделай не рок трек, а что-то спокойное, эмбиент, 2 минуты", no_style("rock")),
    (ST, None, "Сделай спокойный лаунж-джаз на 2 минуты, это подарок нашей рок группе на юбилей", no_style("rock")),
    (ST, None, "Fais une chanson hawaïenne d'une minute, mais sans ukulélé, plutôt guitare", no_style("ukulele")),
    (ST, None, "a 2 minute indie song, no pop-punk vibes, more dream pop", no_style("pop-punk")),
    (ST, None, "Направи поп песен, не народна песен, без гайда, 2 минути", no_style("folk", "bagpipes")),
    (
        ST,
        None,
        "Tee 3 minuutin laulu, jossa on pianoinstrumentaali-intro ja sitten naisen laulua",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
    (
        ST,
        None,
        "Tee 3 minuutin rock-kappale laululla, keskellä kitarainstrumentaaliosuus",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
    (
        ST,
        None,
        "Ei pianoinstrumentaalia, vaan laulettu balladi, 2 minuuttia",
        {"tool": NEW, "inst": False, "ask_ok": True},
    ),
    # (controls)
    (ST, None, "сделай рок композицию на 3 минуты", nw(180, tags_has=["rock"])),
    (ST, None, "Une petite mélodie au ukulélé, 30 secondes", nw(30, tags_has=["ukulele"])),
    (ST, None, "a dark post-punk track, 3 minutes", nw(180, tags_has=["post-punk"])),
    (ST, None, "Народна песен с гайда, 2 минути, без пеене", nw(120, tags_has=["bagpipes"])),
    (ST, None, "Tee kanteleinstrumentaalista musiikkia 2 minuuttia", nw(120, inst=True)),
    # --- (10) Lithuanian sides
    (SD, 120, "Pailgink dainą 20 sekundžių, bet pradžios neliesk", ext(0, 20, ask_ok=True)),
    (SD, L, "Perdaryk paskutines 10 sekundžių, o pradžią palik", inp(170, 180, ask_ok=True)),
    (SD, 120, "Pailgink iki 3 minučių, pabaigą padaryk ilgesnę", ext(0, 60, ask_ok=True)),
    # (controls)
    (SD, 120, "Pailgink 10 sekundžių, kad pabaiga nebūtų tokia staigi", ext(0, 10, ask_ok=True)),
    (SD, L, "Nukirpk 5 sekundes nuo pabaigos", free(trim_end_s=5)),
    (SD, 120, "Pailgink pradžią 8 sekundėmis", ext(8, 0)),
    (SD, 120, "Pridėk 15 sekundžių į galą", ext(0, 15, ask_ok=True)),
    # --- (11) '码率' / '碼率' before a rate the person only asks about, or the old rate
    (BR, L, "导出mp3，码率128还是320好？", ASK),
    (BR, L, "碼率320定係256好啲？導出mp3", ASK),
    (BR, L, "原来码率128，帮我导出成320的mp3", free(bitrate_kbps=320, ask_ok=True)),
    # (controls)
    (BR, L, "导出成MP3，码率320", free(bitrate_kbps=320)),
    (BR, L, "码率不用改，把最后10秒剪掉", free(trim_end_s=10)),
    # --- (12) the bare amount after 'and': an article '1', a month-like word after it
    (IH, L, "Cut 10 seconds from the start and 1 from the end", cut(trim_start_s=10, trim_end_s=1)),
    (IH, 120, "Add 5 seconds before it and 1 extra after it", ext(5, 1, ask_ok=True)),
    (IH, 120, "Lisää 10 sekuntia alkuun ja 5 kesäbiisin loppuun", ext(10, 5, ask_ok=True)),
    # (controls)
    (IH, 120, "Add 10 seconds at the start and 5 more at the end", ext(10, 5)),
    (IH, L, "Corta 10 segundos al principio y 1 más al final", cut(trim_start_s=10, trim_end_s=1)),
    (IH, L, "Son 10 saniyeyi kes, 5 Haziranda yayında", free(trim_end_s=10)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
