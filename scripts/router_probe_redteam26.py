"""Red-team probe (redteam26) of the router rules changed in 0049943..5643d31 (a97e328, 5643d31), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A new piece made where the
open track's edit or extension was meant, a wrong side or amount of a trim or extension, a language sung that no one
asked for, or an instrumental where a song was asked are the costliest.

The rules under attack: a new piece beside an open track when the track is set aside ('this one's fine', 'passt so',
'tá bom', 'ez jó', 'bu tamam', 'yang ini udah oke', '这首先放着', 'これはこれでいい') or another piece is asked for
(_ANOTHER_PIECE: 'one more thing', 'another thing', 'noch was', 'ещё одно', 'jeszcze coś', 'még egy', 'încă un', 'en
till', 'satu lagi', 'isa pa', '另外再', 'एक और', '새로 하나') with a length or lyrics; whole lengths (_WHOLE_BEFORE 'il me
faut', 'has to be', 'خلها'; _TOTAL_AFTER 'pile', 'exactly', 'genau', 'dokładnie', 'exactamente'); _TRIM_TO (a
track cut to a length, the side from a start / end cue); Sino-Korean numbers before 초 / 분 ('구분이', '삼분의 일',
'십분'); a language named beside a song word or after 'an' (languages._SUNG_NOUN, _IN_BEFORE: 'island song', 'a song
for Finn', 'lyrics about Greek mythology', 'dal sapore francese', 'an Italian ice cream shop'); lyrics after 'the
lyrics are "…"' / 'Text ist "…"'; _CASE_RANGE and the 'la' separator ('30 sekunnista 45 sekuntiin', '2 saniyeden 5
saniyeye', 'de la 2 la 5'); read.bars_to_seconds (a tempo said that is not the track's, a bar form or intro beside a
length); read.starts_then_ends (another part's start and end said beside the part to redo); _MORE_AT_A_SIDE ('an
extra 5 seconds of silence at the end', 'noch 10 Sekunden … am Ende', 'más que antes'); a refused instrument dropped
from the positive tags; the new no-vocals words (hu 'hangszeres', hi / ar / bn 'instrumental', ko 'MR'), sides (it
'in testa', 'in fondo', fa 'اولش', ru 'вступления').

After the fixes (8e9ac81): 178 probes, 167 OK, 3 asked, 1 error (the same on 0049943), 7 silent. One is made by the diff
and its label is open to dispute ('別で30秒バージョンも欲しい', a separate 30-second version, read as a new piece); six
were there on 0049943: 'Otra cosa: la quiero de 3 minutos' and 'Something else: could it run 3 minutes?' (a new 180 s
piece), 'Ein Lied als Liebeserklärung an Italien' (sung in Italian: German 'an' is also Haitian 'in', so it is not a
topic word), the quoted 'about a girl …' description sung, 'Le solo commence à 1:30 et dure 20 s. Refais tout ce qui
vient après.' (90-110 s regenerated), and the Hindi 'इंस्ट्रुमेंटल ब्रेक' (an instrumental break) read as no vocals.

First run (5643d31, --old 0049943's src): 178 probes labelled and committed before it (9f70387): 84 OK, 5 ASKED
where a plan was sure, 1 ERROR, 88 SILENT WRONG: 69 made by the diff, 19 pre-existing. No label was changed after
the run. (0049943 on the same probes: 136 OK, 17 ASKED, 1 ERROR, 24 silent; the diff fixed 5 of those: 'Cut it down
to 30 seconds but keep what's at the start', 'Cut the ending down to 10 seconds', '삼십 초짜리 광고 음악', the
practise-sax backing track without sax, '트로트 MR 만들어줘'.)
  Made by the diff, most costly first (0049943 asked each of them, or planned right, unless said):
    The opposite of what was asked: 'Der Song ist am Ende noch 10 Sekunden zu lang' (180) → outpaint +10 (want
    trim_end 10: _MORE_AT_A_SIDE reads 'noch 10 Sekunden … am Ende' as more).
    The whole track regenerated: '앞부분 삼분의 일만 다시 만들어줘' (180) → inpaint 0-180 (want 0-60: '삼분의' read as
    3 minutes). The body regenerated for the intro: 'The vocals start at 0:12 and end at 2:40. Regenerate the intro.'
    (180) → inpaint 12-160 (want 0-12; starts_then_ends takes the described part for the one to redo).
    A new piece where the open track's length, part or words were meant (_ANOTHER_PIECE / _SET_ASIDE with a length
    or lyrics; 46 probes): its whole length after 'one more thing' (120 → new 180 s, want outpaint +60): 'One more
    thing: I need it to be 3 minutes', "Un'altra cosa: deve durare 3 minuti", 'Noch was: er soll 3 Minuten dauern',
    'Ещё одно: он должен длиться 3 минуты', 'Jeszcze coś: ma trwać 3 minuty', 'Nog een ding: hij moet 3 minuten
    duren', 'Ještě jednu věc: musí to mít 3 minuty', 'Még egy dolog: legyen 3 perces', 'Încă un lucru: să aibă 3
    minute', 'Satu lagi: durasinya harus 3 menit', 'Isa pa, dapat 3 minuto siya', '另外再把它弄成3分钟', 'حاجة تانية:
    لازم تكون 3 دقايق'; the track set aside then its own length (120 → new 150 / 180 s, want outpaint): 'Passt so,
    aber für das Video brauche ich 2 Minuten 30', 'Ficou bom, mas o vídeo tem 2 minutos e meio', 'Tá ótimo! Só
    precisa ter 3 minutos pro comercial', 'Ez jó, csak legyen 3 perc', 'Bu iyi oldu, sadece 3 dakika olsun', 'Celui-ci
    est bien, mais il me le faut en 2 minutes 30', 'Esta queda bien, pero la necesito de 3 minutos', 'Ta zostaje, ale
    musi mieć 3 minuty', 'Tá bom, então quero ela com 3 minutos' ('tá bom' is 'OK'), 'これはこれでいいけど、動画用に3分
    ほしい'; and 30 s more (180 → new 30 s, want outpaint +30): 'Ez jó így, de kellene még 30 másodperc', 'Bu tamam,
    ama 30 saniye daha lazım', 'Yang ini udah oke, tapi butuh 30 detik lagi', 'Ok na yan, pero kulang pa ng 30
    segundo'; one more minute (180 → new 60 s, want outpaint +60): 'Noch eine Minute, bitte', 'Ещё одну минуту,
    пожалуйста', 'Ještě jednu minutu k tomu', 'Még egy percet hozzá', 'Încă un minut, te rog'; another part of the
    track (180 → new 20 / 10 / 30 s; SECTION_WORDS are English only): 'Bau noch einen Refrain ein, 20 Sekunden', 'Mets
    un autre refrain, 20 secondes', 'Metti un altro ritornello, 20 secondi', 'Bir tane daha nakarat koy, 20 saniye',
    'एक और कोरस डालो, 20 सेकंड का', '후렴을 새로 하나 만들어줘, 20초', 'Haz otra vez el final, 10 segundos', '別で30秒
    バージョンも欲しい'; words for the track sung as a new piece (180): 'One more thing, the lyrics should go: "hold
    on, …"', 'This one's fine, but the lyrics should be: "we rise, …"', 'Ficou bom, mas no refrão a letra tem que ser:
    "…"', 'Passt so, aber im Refrain soll der Text sein: „…“', 'これはこれでいいけど、サビの歌詞を「また会おうね」にして',
    'Ten zostaje, ale w refrenie tekst ma być: „…“'.
    Another part's range regenerated: 'The chorus starts at 0:45 and ends at 1:05; redo the verse right before it' →
    inpaint 45-65 (want a question); 'Der Refrain beginnt bei 0:50 und endet bei 1:10. Die Strophe davor bitte neu
    machen' → 50-70 (want a question); 'El estribillo empieza en 0:40 y termina en 1:00; cambia lo que viene después' →
    40-60 (want 60-180). Bars at a tempo that is a change: 'Regenerate bars 9-16 and make them faster, around 140 bpm'
    → inpaint 13.71-27.43 (want 16-32 at the track's 120, or a question).
    Wrong amount or side of an extension: 'Tack on 45 seconds exactly at the end' (30) → +15 (want +45: 'exactly'
    after the amount read as a whole); 'خلها 30 ثانية زيادة' (20) → +10 (want +30: 'خلها' a whole before '30 more');
    'La quiero con 30 segundos más que antes', "Je la voudrais avec 20 secondes de plus qu'avant" (180) → added
    before (want after, or a question: 'antes' / 'avant' is 'than before'); 'Добавь 10 секунд после вступления' →
    outpaint 10 s before (want a question: after the intro is inside the track).
    Instrumental where a song was asked (the new no-vocals words inside a phrase): 'Írj egy vidám dalt énekkel és
    hangszeres kísérettel, 2 perc', 'أغنية حب فيها مقطع انسترومنتال في النص، 3 دقائق', 'একটা প্রেমের গান বানাও, মাঝে
    একটা ইন্সট্রুমেন্টাল অংশ রাখো, ৩ মিনিট' → [inst]. A language sung that was a shop's: 'A catchy jingle for an
    Italian ice cream shop called Gelato Bello, 20 seconds' → Italian ('an' added to _IN_BEFORE). A length from a
    word: '악기 구분이 확실한 재즈 트리오 곡 만들어줘' → 540 s ('구분이'). A quoted opinion sung: 'Text ist „egal“,
    Hauptsache tanzbar, 2 Minuten' → lyrics 'egal'. The wanted instrument dropped beside its refused solo: 'A jazz
    ballad led by piano, but no piano solo, …', 'Piano intro, then no piano for the rest, …' → no 'piano' tag.
    Free but asked for no side: 'Kürz es auf 30 Sekunden, danach als mp3 exportieren', 'Raccourcis-la à 30 secondes,
    et après exporte-la en mp3' → trim_end 150 ('danach' / 'après' are 'afterwards'; a label open to dispute: the
    end is the usual default); 'Speed it up to 140 bpm and cut the last 8 bars' → trim_end 13.71 (want 16 or a
    question).
  Pre-existing silent (0049943 too): a language named as a topic, a person or a place sung in (13): 'A chill
  tropical island song …' (Icelandic), '… birthday song for Finn …' (Finnish), '… for Hind …' (Hindi), 'Lyrics
  about Greek mythology …', '… song about Russian winters …', 'Ein lustiges Lied über spanische Tapas …', 'Una
  ballata dal sapore francese …', 'Een vrolijk lied over Italiaanse pizza …', 'Una canción sobre Italia …', 'Песня
  про французские булки …', 'A charity song for Haiti …' (Haitian Creole), 'Ein Lied als Liebeserklärung an Italien
  …', 'Piosenka o włoskiej pizzy …'; 'Otra cosa: la quiero de 3 minutos', 'Something else: could it run 3 minutes?'
  (120 → new 180 s, _DIFFERENT_PIECE); 'Korta den till 30 sekunder men behåll slutet' → trim_end 150 (want
  trim_start); 'Le solo commence à 1:30 et dure 20 s. Refais tout ce qui vient après.' → inpaint 90-110 (want
  110-180); 'Make an upbeat pop song, 2 minutes. The lyrics are “about a girl who leaves her small town”' → the
  description sung; 'एक रोमांटिक गाना बनाओ, बीच में इंस्ट्रुमेंटल ब्रेक हो, 3 मिनट' → [inst].
  ASKED where a plan was sure, made by the diff (0049943 planned them right): "In testa ho già un'idea: aggiungi 15
  secondi alla fine", "In fondo va bene così; aggiungi 20 secondi all'inizio", 'اولش خوب بود، ولی ۱۰ ثانیه به آخرش
  اضافه کن' (the new side words 'in testa', 'in fondo', 'اولش' in their other senses: 'in mind', 'after all', 'at
  first'). Also asked on 0049943: 'Häng 45 Sekunden genau ans Ende' (30), 'Redo bars 17-24, the track is 96 bpm'
  ('the track is 96 bpm' is no tempo word bars_to_seconds reads). ERROR on both: 'Pidennä fade-iniä 2 sekunnista 5
  sekuntiin' (InvalidInput: 'make it 5 s adds nothing').
  Held (most only by a question of the accounting pass: "I read '8 s' … the plan does not use it", or its silence
  check, not by the new rules): the _TRIM_TO 'up to' probes ('Trim the silence at the start, up to 3 seconds', 'Cut
  everything at the beginning up to 0:12', 'Coupe le début jusqu'à 8 secondes', 'Обрежь в начале всё до 10
  секунды') and the keep-a-side probes but 'behåll slutet'; the 'pile' / 'exactamente' / 'dokładnie' / 'il me faut
  … de plus' amounts (planned right) but 'exactly'; the case-ending and 'de la … la' ranges of a length or a fade
  (asked, or right); the bar form and bar intro beside a length (asked); '두 분이', '십분 살린' (asked); 'an extra 5
  seconds of silence at the end', 'noch 10 Sekunden Stille', 'ещё 10 секунд тишины' (asked by the silence check,
  not by _MORE_AT_A_SIDE); the MR controls; the Cantonese-with-Mandarin-said control.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam26.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
NOTNEW = {"tool_not": NEW, "ask_ok": True}  # an edit of the open track (a question allowed); never a new piece

AP = "_ANOTHER_PIECE: 'one more thing', 'noch was', 'ещё один', '새로 하나' … with a length or lyrics, a track open"
SA = "_SET_ASIDE widened: 'it's perfect as it is', 'passt so', 'tá bom', 'ez jó', 'bu tamam' … with a length or lyrics"
WH = "_WHOLE_BEFORE / _TOTAL_AFTER: 'il me faut', 'has to be', 'خلها', 'pile', 'genau', 'exactamente', 'にして'"
TT = "_TRIM_TO: a track cut to a length, its side from a start / end cue"
KO = "Sino-Korean numbers before 초 / 분 (_KO_SINO, _KO_AFTER_UNIT)"
SN = "languages._SUNG_NOUN / _IN_BEFORE 'an': a language named beside a song word"
LB = "lyrics after 'the lyrics are \"…\"', 'Text ist \"…\"', 'bol:'"
CR = "_CASE_RANGE and the 'la' separator: ranges by case endings"
BR = "read.bars_to_seconds: bars with a tempo"
SE = "read.starts_then_ends: a part's start and end as a range where a verb regenerates"
MS = "_MORE_AT_A_SIDE: an amount 'more' at an end with no verb"
RF = "a refused instrument dropped from the positive tags"
TB = "table words: no vocals (hu, hi, ar, bn, ko MR), sides (it, fa, ru), regenerate (ca), fade inn / ut"
LG = "the sung language: Cantonese by the request's letters"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def sung_new(has: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "lyrics_has": [has], "ask_ok": True, **kw}


def not_sung(lacks: str, **kw: Any) -> dict[str, Any]:
    return {"ask_ok": True, "lyrics_lacks": [lacks], **kw}


def not_lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece not sung in the language only named as a topic, a person or a place (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text_not": [f"{name} vocal" if name != "haitian" else name], **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


SUNG = {"tool": NEW, "inst": False, "ask_ok": True}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- another piece asked for ... or 'one more thing' about the open track: its whole length (not a new piece)
    (AP, 120, "One more thing: I need it to be 3 minutes", ext(0, 60, ask_ok=True)),
    (AP, 120, "Another thing: the track should last 3 minutes", ext(0, 60, ask_ok=True)),
    (AP, 120, "Un'altra cosa: deve durare 3 minuti", ext(0, 60, ask_ok=True)),
    (AP, 120, "Noch was: er soll 3 Minuten dauern", ext(0, 60, ask_ok=True)),
    (AP, 120, "Ещё одно: он должен длиться 3 минуты", ext(0, 60, ask_ok=True)),
    (AP, 120, "Jeszcze coś: ma trwać 3 minuty", ext(0, 60, ask_ok=True)),
    (AP, 120, "Nog een ding: hij moet 3 minuten duren", ext(0, 60, ask_ok=True)),
    (AP, 120, "Ještě jednu věc: musí to mít 3 minuty", ext(0, 60, ask_ok=True)),
    (AP, 120, "Még egy dolog: legyen 3 perces", ext(0, 60, ask_ok=True)),
    (AP, 120, "Încă un lucru: să aibă 3 minute", ext(0, 60, ask_ok=True)),
    (AP, 120, "Satu lagi: durasinya harus 3 menit", ext(0, 60, ask_ok=True)),
    (AP, 120, "Isa pa, dapat 3 minuto siya", ext(0, 60, ask_ok=True)),
    (AP, 120, "另外再把它弄成3分钟", ext(0, 60, ask_ok=True)),
    (AP, 120, "एक और बात, ये 3 मिनट लंबा होना चाहिए", ext(0, 60, ask_ok=True)),
    (AP, 120, "حاجة تانية: لازم تكون 3 دقايق", ext(0, 60, ask_ok=True)),
    (AP, 120, "Otra cosa: la quiero de 3 minutos", ext(0, 60, ask_ok=True)),
    (AP, 120, "Something else: could it run 3 minutes?", ext(0, 60, ask_ok=True)),
    # ... another part of the open track (a chorus, an ending), not another piece
    (AP, L, "Bau noch einen Refrain ein, 20 Sekunden", NOTNEW),
    (AP, L, "Вставь ещё один припев, 20 секунд", NOTNEW),
    (AP, L, "Wstaw jeszcze jeden refren, 20 sekund", NOTNEW),
    (AP, L, "Mets un autre refrain, 20 secondes", NOTNEW),
    (AP, L, "Metti un altro ritornello, 20 secondi", NOTNEW),
    (AP, L, "Tegyél bele még egy refrént, 20 másodperc", NOTNEW),
    (AP, L, "Bir tane daha nakarat koy, 20 saniye", NOTNEW),
    (AP, L, "एक और कोरस डालो, 20 सेकंड का", NOTNEW),
    (AP, L, "후렴을 새로 하나 만들어줘, 20초", NOTNEW),
    (AP, L, "另外再写一段副歌，20秒", NOTNEW),
    (AP, L, "Haz otra vez el final, 10 segundos", NOTNEW),
    (AP, L, "別で30秒バージョンも欲しい", NOTNEW),
    # ... one more minute of the open track
    (AP, L, "Noch eine Minute, bitte", ext(0, 60, ask_ok=True)),
    (AP, L, "Ещё одну минуту, пожалуйста", ext(0, 60, ask_ok=True)),
    (AP, L, "Ještě jednu minutu k tomu", ext(0, 60, ask_ok=True)),
    (AP, L, "Még egy percet hozzá", ext(0, 60, ask_ok=True)),
    (AP, L, "Încă un minut, te rog", ext(0, 60, ask_ok=True)),
    (AP, L, "एक और मिनट चाहिए इसमें", ext(0, 60, ask_ok=True)),
    # ... lyrics for the open track after 'one more thing'
    (AP, L, 'One more thing, the lyrics should go: "hold on, hold on, we\'re almost home"', NOTNEW),
    # (controls: another piece indeed)
    (AP, L, "ok this one is fine. separate thing: a boss fight track, 45 s", nw(45)),
    (AP, L, "Passt so. Mach mir noch was: ein Jingle für den Podcast, 10 Sekunden", nw(10)),
    (AP, L, "这首先放着。另外给我做个轻松的钢琴曲，一分钟", nw(60)),
    (AP, L, "이건 됐고 새로 하나 더, 잔잔한 피아노곡 4분 30초", nw(270)),
    # --- the track set aside ... then its own length, or words for it (not a new piece)
    (SA, 150, "It's perfect as it is. I just need it at 3 minutes for the video", ext(0, 30, ask_ok=True)),
    (SA, 120, "Passt so, aber für das Video brauche ich 2 Minuten 30", ext(0, 30, ask_ok=True)),
    (SA, 120, "Ficou bom, mas o vídeo tem 2 minutos e meio", ext(0, 30, ask_ok=True)),
    (SA, 120, "Tá ótimo! Só precisa ter 3 minutos pro comercial", ext(0, 60, ask_ok=True)),
    (SA, 120, "Questa va bene, ma per il video mi serve di 3 minuti", ext(0, 60, ask_ok=True)),
    (SA, 120, "Ez jó, csak legyen 3 perc", ext(0, 60, ask_ok=True)),
    (SA, 120, "Bu iyi oldu, sadece 3 dakika olsun", ext(0, 60, ask_ok=True)),
    (SA, L, "Ez jó így, de kellene még 30 másodperc", ext(0, 30, ask_ok=True)),
    (SA, L, "Bu tamam, ama 30 saniye daha lazım", ext(0, 30, ask_ok=True)),
    (SA, L, "Yang ini udah oke, tapi butuh 30 detik lagi", ext(0, 30, ask_ok=True)),
    (SA, L, "Ok na yan, pero kulang pa ng 30 segundo", ext(0, 30, ask_ok=True)),
    (SA, 120, "Celui-ci est bien, mais il me le faut en 2 minutes 30", ext(0, 30, ask_ok=True)),
    (SA, 120, "Esta queda bien, pero la necesito de 3 minutos", ext(0, 60, ask_ok=True)),
    (SA, 120, "Ta zostaje, ale musi mieć 3 minuty", ext(0, 60, ask_ok=True)),
    (SA, 120, "Tá bom, então quero ela com 3 minutos", ext(0, 60, ask_ok=True)),
    (SA, 120, "呢首ok，不過要長啲，3分鐘", ext(0, 60, ask_ok=True)),
    (SA, 120, "これはこれでいいけど、動画用に3分ほしい", ext(0, 60, ask_ok=True)),
    (SA, L, "It's good as it is for now. Can you also do a 30 second version for Instagram?", NOTNEW),
    (SA, L, 'This one\'s fine, but the lyrics should be: "we rise, we fall, we rise again"', NOTNEW),
    (SA, L, 'Ficou bom, mas no refrão a letra tem que ser: "eu vou voltar pra casa"', NOTNEW),
    (SA, L, "Passt so, aber im Refrain soll der Text sein: „Wir sehen uns wieder“", NOTNEW),
    (SA, L, "これはこれでいいけど、サビの歌詞を「また会おうね」にして", NOTNEW),
    (SA, L, "Ten zostaje, ale w refrenie tekst ma być: „zostań ze mną”", NOTNEW),
    # (controls: a new piece indeed)
    (SA, L, "Ficou bom! Agora faz uma nova, um samba de 2 minutos", nw(120)),
    (SA, L, "这首先放着，给我做一首新的，古筝纯音乐，两分钟", nw(120)),
    # --- whole lengths: 'exactly' / 'pile' / 'genau' after an amount that is added; 'il me faut … de plus'
    (WH, 20, "Il me faut 30 secondes de plus à la fin", ext(0, 30)),
    (WH, 30, "Rajoute 45 secondes pile à la fin", ext(0, 45)),
    (WH, 30, "Häng 45 Sekunden genau ans Ende", ext(0, 45)),
    (WH, 30, "Añade 45 segundos exactamente al final", ext(0, 45)),
    (WH, 30, "Dodaj 45 sekund dokładnie na końcu", ext(0, 45)),
    (WH, 30, "Tack on 45 seconds exactly at the end", ext(0, 45)),
    (WH, 20, "خلها 30 ثانية زيادة", ext(0, 30, ask_ok=True)),
    (WH, 20, "Κάν' το 30 δευτερόλεπτα πιο μεγάλο", ext(0, 30, ask_ok=True)),
    (WH, L, "Il me faut une version de 30 secondes pour la pub", NOTNEW),
    # (controls: wholes)
    (WH, 90, "It has to be exactly 2 minutes", ext(0, 30)),
    (WH, 60, "Il me faut 1:30 pile", ext(0, 30)),
    (WH, L, "4分にしてほしい", ext(0, 60)),
    (WH, 120, "曲を3分にして", ext(0, 60, ask_ok=True)),
    (WH, 60, "1분 30초로 맞춰줘", ext(0, 30)),
    # --- a track cut to a length: 'to' that is 'up to' a place, and a side that is the one kept
    (TT, L, "Trim the silence at the start, up to 3 seconds", free(trim_start_s=3, ask_ok=True)),
    (TT, L, "Cut everything at the beginning up to 0:12", free(trim_start_s=12, ask_ok=True)),
    (TT, L, "Coupe le début jusqu'à 8 secondes", free(trim_start_s=8, ask_ok=True)),
    (TT, L, "Knip aan het begin alles weg tot 8 seconden", free(trim_start_s=8, ask_ok=True)),
    (TT, L, "Обрежь в начале всё до 10 секунды", free(trim_start_s=10, ask_ok=True)),
    (TT, L, "Cut it down to 30 seconds but keep what's at the start", free(trim_end_s=150, ask_ok=True)),
    (TT, L, "Korta den till 30 sekunder men behåll slutet", free(trim_start_s=150, ask_ok=True)),
    (TT, L, "Kort hem in tot 30 seconden maar laat het einde staan", free(trim_start_s=150, ask_ok=True)),
    (TT, L, "Kürz ihn auf 30 Sekunden, aber vorne soll nichts fehlen", free(trim_end_s=150, ask_ok=True)),
    (TT, L, "Обрежь до 30 секунд, но вступление оставь", free(trim_end_s=150, ask_ok=True)),
    (TT, L, "Potong jadi 30 detik, tapi bagian di awal jangan dibuang", free(trim_end_s=150, ask_ok=True)),
    (TT, L, "Κόψ' το σε 30 δευτερόλεπτα, αλλά κράτα την αρχή", free(trim_end_s=150, ask_ok=True)),
    (TT, L, "Kürz es auf 30 Sekunden, danach als mp3 exportieren", ASK),
    (TT, L, "Raccourcis-la à 30 secondes, et après exporte-la en mp3", ASK),
    (TT, L, "Shorten it to 45 seconds; the fade at the end should stay", {"ask_ok": True, "trim_end_s": None}),
    (TT, L, "Cut the ending down to 10 seconds", ASK),
    # (controls)
    (TT, L, "Kürz das auf 45 Sekunden, einfach hinten abschneiden", free(trim_end_s=135)),
    # --- Sino-Korean numbers: words that hold a digit syllable before 분 / 초
    (KO, None, "악기 구분이 확실한 재즈 트리오 곡 만들어줘", {"tool": NEW, "duration_not": 540, "ask_ok": True}),
    (KO, None, "보컬이랑 반주 구분이 잘 되는 발라드, 2분짜리로 만들어줘", nw(120)),
    (KO, L, "앞부분 삼분의 일만 다시 만들어줘", inp(0, 60, ask_ok=True)),
    (KO, L, "곡 길이를 삼분의 이로 줄여줘", ASK),
    (KO, None, "기타를 십분 살린 록 발라드 만들어줘, 3분", nw(180)),
    (KO, None, "두 분이 부르는 듀엣 발라드 만들어줘, 3분", nw(180)),
    # (controls)
    (KO, None, "삼십 초짜리 광고 음악 만들어줘", nw(30)),
    (KO, L, "끝에 이십 초 더 늘려줘", ext(0, 20)),
    # --- a language named beside a song word, or after 'an': a topic, a person, a place (not what is sung)
    (SN, None, "A chill tropical island song with ukulele, 2 minutes", not_lang("icelandic")),
    (SN, None, "Write a birthday song for Finn, he loves dinosaurs, 1 minute", not_lang("finnish")),
    (SN, None, "A cheerful birthday song for Hind, 1 minute", not_lang("hindi")),
    (SN, None, "Lyrics about Greek mythology, epic rock, 3 minutes", not_lang("greek")),
    (SN, None, "A sad folk song about Russian winters, 2 minutes", not_lang("russian")),
    (SN, None, "A catchy jingle for an Italian ice cream shop called Gelato Bello, 20 seconds", not_lang("italian")),
    (SN, None, "Ein lustiges Lied über spanische Tapas, 1 Minute", not_lang("spanish")),
    (SN, None, "Una ballata dal sapore francese, 3 minuti", not_lang("french")),
    (SN, None, "Een vrolijk lied over Italiaanse pizza, 1 minuut", not_lang("italian")),
    (SN, None, "Una canción sobre Italia y el verano, 2 minutos", not_lang("italian")),
    (SN, None, "Песня про французские булки, весёлая, 2 минуты", not_lang("french")),
    (SN, None, "A charity song for Haiti, hopeful, 3 minutes", not_lang("haitian")),
    (SN, None, "Ein Lied als Liebeserklärung an Italien, 2 Minuten", not_lang("italian")),
    (SN, None, "Piosenka o włoskiej pizzy, wesoła, 1 minuta", not_lang("italian")),
    # (controls: the language sung)
    (SN, None, "A Persian song about spring, 2 minutes", lang("persian")),
    (SN, None, "magyar nyelvű rockdal a szabadságról, 3 perc", lang("hungarian")),
    # --- lyrics announced by 'are' / 'ist' before a quote that describes them
    (
        LB,
        None,
        "Make an upbeat pop song, 2 minutes. The lyrics are “about a girl who leaves her small town”",
        not_sung("about a girl"),
    ),
    (LB, None, "Text ist „egal“, Hauptsache tanzbar, 2 Minuten", not_sung("egal")),
    # (controls)
    (LB, None, "Make a jingle. The lyrics are “Fresh bread every morning at Rosa's”", sung_new("Fresh bread")),
    # --- ranges by case endings: 'from N to M' said of a length or a fade, not a place in the track
    (CR, 30, "Pidennä kappale 30 sekunnista 45 sekuntiin", ext(0, 15, ask_ok=True)),
    (CR, 30, "Şarkıyı 30 saniyeden 45 saniyeye uzat", ext(0, 15, ask_ok=True)),
    (CR, 30, "Prelungește piesa de la 30 la 45 de secunde", ext(0, 15, ask_ok=True)),
    (CR, L, "Fade-in'i 2 saniyeden 5 saniyeye çıkar", free(fade_in_s=5, ask_ok=True)),
    (CR, L, "Pidennä fade-iniä 2 sekunnista 5 sekuntiin", free(fade_in_s=5, ask_ok=True)),
    (CR, L, "Mărește fade-in-ul de la 2 la 5 secunde", free(fade_in_s=5, ask_ok=True)),
    # (controls)
    (CR, L, "12. saniyeden 20. saniyeye kadar olan kısmı yeniden yap", inp(12, 20)),
    (CR, L, "Csináld újra a 45. és 52. másodperc közötti részt", inp(45, 52)),
    (CR, L, "Regenerează de la secunda 30 la 36", inp(30, 36, ask_ok=True)),
    # --- bars with a tempo: a tempo that is a change, a bar form or a part beside the piece's length
    (BR, L, "Regenerate bars 9-16 and make them faster, around 140 bpm", inp(16, 32, ask_ok=True)),
    (BR, L, "Speed it up to 140 bpm and cut the last 8 bars", free(trim_end_s=16, ask_ok=True)),
    (BR, None, "A 12-bar shuffle at 100 bpm, 2 minutes long", nw(120)),
    (BR, None, "A 3-minute house track at 124 bpm with a 16-bar intro", nw(180)),
    (BR, None, "Make an 8-bar intro at 90 bpm for a 2-minute song", nw(120)),
    (BR, L, "The drop is 16 bars at 128 bpm; regenerate the drop", ASK),
    (BR, L, "Add 8 bars at the end, it's in 6/8 at 120 bpm", ASK),
    # (controls)
    (BR, L, "Redo bars 17-24, the track is 96 bpm", inp(40, 60)),
    (BR, L, "Rajoute 8 mesures à la fin, on est à 160 BPM en 4/4", ext(0, 12)),
    # --- a part's start and end said beside another part to regenerate
    (SE, L, "The vocals start at 0:12 and end at 2:40. Regenerate the intro.", inp(0, 12, ask_ok=True)),
    (SE, L, "The chorus starts at 0:45 and ends at 1:05; redo the verse right before it", ASK),
    (SE, L, "Le solo commence à 1:30 et dure 20 s. Refais tout ce qui vient après.", inp(110, 180, ask_ok=True)),
    (SE, L, "Der Refrain beginnt bei 0:50 und endet bei 1:10. Die Strophe davor bitte neu machen", ASK),
    (SE, L, "El estribillo empieza en 0:40 y termina en 1:00; cambia lo que viene después", inp(60, 180, ask_ok=True)),
    # (controls)
    (SE, L, "The sax solo starts at 2:02 and goes till 2:30, redo just that bit", inp(122, 150)),
    (SE, L, "O refrão começa em 0:52 e termina em 1:14, refaz ele", inp(52, 74)),
    (SE, L, "The solo starts at 1:00 and lasts 20 s, I love it", ASK),
    # --- 'more' at an end with no verb: what is there still (to cut), not what to add
    (MS, L, "There's an extra 5 seconds of silence at the end, get rid of it", free(trim_end_s=5, ask_ok=True)),
    (MS, L, "Am Ende sind noch 10 Sekunden Stille, die müssen weg", free(trim_end_s=10, ask_ok=True)),
    (MS, L, "Der Song ist am Ende noch 10 Sekunden zu lang", free(trim_end_s=10, ask_ok=True)),
    (MS, L, "В конце ещё 10 секунд тишины, убери их", free(trim_end_s=10, ask_ok=True)),
    (MS, L, "Na końcu jest jeszcze 10 sekund ciszy, wytnij to", free(trim_end_s=10, ask_ok=True)),
    (MS, L, "Sonunda 10 saniye daha sessizlik var, sil onu", free(trim_end_s=10, ask_ok=True)),
    (
        MS,
        L,
        "No need for 30 more seconds at the end, it's long enough. Just normalize it.",
        {"tool": FREE, "ask_ok": True},
    ),
    # ... 'before' that is 'than before', and a place inside the track
    (MS, L, "La quiero con 30 segundos más que antes", ext(0, 30, ask_ok=True)),
    (MS, L, "Je la voudrais avec 20 secondes de plus qu'avant", ext(0, 20, ask_ok=True)),
    (MS, L, "Después del estribillo, 10 segundos más de guitarra", ASK),
    (MS, L, "Après le refrain, 10 secondes de plus de guitare", ASK),
    # (controls)
    (MS, L, "30s more at the end", ext(0, 30)),
    (MS, L, "another 20 seconds at the start please", ext(20, 0)),
    # --- a refused instrument beside the same instrument wanted
    (
        RF,
        None,
        "A jazz ballad led by piano, but no piano solo, just a sax solo, 2 minutes",
        nw(120, tags_has=["piano"]),
    ),
    (RF, None, "Piano intro, then no piano for the rest, strings only, 2 minutes", nw(120, tags_has=["piano"])),
    (RF, None, "Balada con piano, pero sin solo de piano, 2 minutos", nw(120, tags_has=["piano"])),
    (
        RF,
        None,
        "Jazz backing track to practise saxophone over, without saxophone, 2 minutes",
        nw(120, tags_not=["saxophone", "sax"]),
    ),
    # --- table words
    (TB, None, "노래방 MR 말고 보컬 있는 버전으로 만들어줘, 3분", SUNG),
    (TB, None, "Írj egy vidám dalt énekkel és hangszeres kísérettel, 2 perc", SUNG),
    (TB, None, "एक रोमांटिक गाना बनाओ, बीच में इंस्ट्रुमेंटल ब्रेक हो, 3 मिनट", SUNG),
    (TB, None, "أغنية حب فيها مقطع انسترومنتال في النص، 3 دقائق", SUNG),
    (TB, None, "একটা প্রেমের গান বানাও, মাঝে একটা ইন্সট্রুমেন্টাল অংশ রাখো, ৩ মিনিট", SUNG),
    (TB, L, "In testa ho già un'idea: aggiungi 15 secondi alla fine", ext(0, 15)),
    (TB, L, "In fondo va bene così; aggiungi 20 secondi all'inizio", ext(20, 0)),
    (TB, L, "اولش خوب بود، ولی ۱۰ ثانیه به آخرش اضافه کن", ext(0, 10)),
    (TB, L, "Добавь 10 секунд после вступления", ASK),
    # (controls)
    (TB, None, "트로트 MR 만들어줘, 3분", {"tool": NEW, "inst": True, "ask_ok": True}),
    (TB, L, "Torna a fer els últims 10 segons", inp(170, 180, ask_ok=True)),
    # --- Cantonese by the request's letters, where Mandarin is said
    (
        LG,
        L,
        "呢首得喇。另外整首歌，用國語唱，歌詞係「我們的青春」",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["cantonese"]},
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
