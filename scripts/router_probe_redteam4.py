"""Red-team probe (redteam25d) of the rules added in 523cfe5..2402dbd: prints each request, the plan or question,
and a verdict against what a careful native reader is sure of.
Run: sh scripts/uv run python scripts/router_probe_redteam4.py [filter] [-q]   (-q: print only the bad verdicts)

Each case is (lang, request, track length or None, rule probed, expectation). The expectation is either "ASK"
(a question is right; "ASK|plan": either is fine) or a dict of what a careful reader is sure of: tool, argument
values (None: absent), takes, "vocal" (the language the plan must sing in; "" for none named in the tags).
Verdicts: ok; SILENT WRONG (a plan that contradicts the reading, or a plan where a question was due); MISS (a
question, or an InvalidInput error, where a clear plan was due). A rule marked "(pre-existing)" gives the same
answer at 523cfe5: listed for completeness, not caused by this round."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, plan
from ace_step_mcp.router.model import Request

T = "trk_0123456789ab"
SRC = "indie pop, electric guitar, 120 BPM"
ASK = "ASK"
NEW = "text_to_audio"
IN = "audio_inpaint"
OUT = "audio_outpaint"
FREE = "process_track"


def new(**kw: Any) -> dict[str, Any]:
    return {"tool": NEW, **kw}


def inp(a: float, b: float, **kw: Any) -> dict[str, Any]:
    return {"tool": IN, "start_time": a, "end_time": b, **kw}


def ext(before: float, after: float, **kw: Any) -> dict[str, Any]:
    return {"tool": OUT, "extend_before_duration": before, "extend_after_duration": after, **kw}


def free(**kw: Any) -> dict[str, Any]:
    return {"tool": FREE, **kw}


SW = "start_and_length (whatever the verb)"
SW2 = "start_and_length (two lengths: _START_BEFORE 'de/da' + _FOR_BEFORE 'por/per')"
AG = "AGAIN (new words) skips account's plain/edge checks"

CASES: list[tuple[str, str, float | None, str, Any]] = [
    # --- start_and_length applied whatever the verb: a point and a length that describe, not ask
    ("en", "from 1:00 for 20 seconds, then the chorus comes in", 180, SW, ASK),
    ("en", "export from 0:45 for 30 seconds as mp3", 180, SW, ASK),
    ("en", "make a ringtone: from 0:45 for 30 seconds", 180, SW, ASK),
    ("en", "the chorus starts at 0:40 and lasts 20 seconds, I love it", 180, SW + " (lasts)", ASK),
    ("en", "what happens from 1:00 for 20 seconds?", 180, SW, ASK),
    ("en", "the drop starts at 1:00 and lasts 16 seconds, send me the mp3", 180, SW + " (lasts)", ASK),
    ("en", "the song starts at 0:05 and lasts 20 s before the vocals", 180, SW + " (lasts)", ASK),
    ("en", "make a 30 second clip from 1:00", 180, SW, ASK),
    ("es", "el estribillo empieza en 0:40 y dura 20 segundos, me encanta", 180, SW + " (empieza en/dura)", ASK),
    ("es", "la voz entra a partir del 1:00 durante 15 segundos, ¿está bien así?", 180, SW, ASK),
    ("ar", "من الثانية 40 ولمدة 15 ثانية الصوت ممتاز", 180, SW + " (الثانية/لمدة)", ASK),
    ("ja", "45秒目から10秒間がお気に入り", 180, SW + " (秒目)", ASK),
    ("it", "dal secondo 20, per 15 secondi c'è il mio assolo preferito", 180, SW + " (secondo N)", ASK),
    ("de", "ab Sekunde 30 für 10 Sekunden ist das Saxophon zu hören", 180, SW + " (two lengths)", ASK),
    ("de", "der Refrain beginnt bei 0:40 und dauert 20 Sekunden, kannst du mir das als wav schicken", 180, SW, ASK),
    ("pt", "o refrão começa aos 0:40 e dura 20 segundos, exporta em mp3", 180, SW + " (começa aos/dura)", ASK),
    ("de", "ab 30 Sekunden für 10 Sekunden", 180, SW + " (two lengths, no verb)", ASK),
    ("ja", "1:00から30秒間を着信音にして", 180, SW + " (ringtone)", ASK),
    ("en", "from 1:00 for 15 seconds, add a sax solo", 180, SW, inp(60, 75)),
    ("fr", "à partir de la 40e seconde pendant 10 secondes, refais la batterie", 180, SW + " (ordinal)", inp(40, 50)),
    ("de", "von 20 Sekunden für 10 Sekunden neu", 180, SW + " (two lengths)", inp(20, 30)),
    ("en", "starting 1:00, redo the next 20 seconds", 180, "_NEXT_BEFORE", inp(60, 80)),
    ("en", "after 1:00, make the next 20 seconds jazzier", 180, "_NEXT_BEFORE", inp(60, 80)),
    ("en", "fade out from 2:00 for 10 seconds", 180, SW + " (fade)", ASK),
    ("en", "mute from 1:00 for 5 seconds", 180, SW + " (effect)", ASK),
    ("en", "play it from 1:00 for 20 seconds", 180, SW + " (playback)", ASK),
    ("en", "cut from 1:00 for 20 seconds", 180, SW + " (cut)", ASK),
    ("en", "keep only from 0:30 for 60 seconds", 180, SW + " (keep)", ASK),
    ("en", "starting at 0:30, lower the volume for 10 seconds", 180, SW + " (effect)", ASK),
    ("de", "ab 1:00 für 10 Sekunden leiser", 180, SW + " (effect)", ASK),
    ("fr", "à partir de 1:00 pendant 15 secondes, coupe le son", 180, SW + " (cut)", ASK),
    ("en", "the intro starts at 0:00 and lasts about 20 seconds, make it longer", 180, SW + " (lasts about)", ASK),
    ("en", "the chorus starts at 0:40 and lasts 20 seconds, loop it", 180, SW + " (loop)", ASK),
    ("en", "from 1:00 for 20 seconds it sounds perfect", 180, SW + " (praise)", ASK),
    ("en", "from 0:30 for 10 seconds there's silence, is that normal?", 180, SW, ASK),
    ("en", "starting at 1:00 for 30 seconds, how much would that cost?", 180, SW + " (price)", ASK),
    ("es", "desde el 1:00 durante 20 segundos baja el volumen", 180, SW + " (effect)", ASK),
    ("en", "loop from 0:30 for 8 seconds", 180, SW + " (loop)", ASK),
    ("it", "dal secondo 20, per 15 secondi, abbassa il volume", 180, SW + " (effect)", ASK),
    ("ja", "1分から15秒間をループして", 180, SW + " (loop)", ASK),
    ("fr", "à partir de la 40e seconde pendant 10 secondes, c'est parfait", 180, SW + " (praise)", ASK),
    ("en", "after the intro at 0:20, the next 15 seconds are my favorite part", 180, "_NEXT_BEFORE", ASK),
    # --- the two-length branch: a change of a length ('from 5 s to 10 s') read as a window
    ("es", "reemplaza el fade de 5 segundos por 10 segundos", 180, SW2, ASK),
    ("es", "cambia la intro de 10 segundos por 20 segundos", 180, SW2, ASK),
    ("pt", "troca o fade out de 5 segundos por 10 segundos", 180, SW2, ASK),
    ("it", "cambia il fade da 5 secondi per 10 secondi", 180, SW2, ASK),
    ("ru", "измени интро с 10 секунд на 20 секунд", 180, SW2 + " (с/на)", ASK),
    ("ru", "поменяй затухание с 5 секунд на 10 секунд", 180, SW2 + " (с/на)", ASK),
    ("uk", "зміни інтро з 10 секунд на 20 секунд", 180, SW2 + " (з/на)", ASK),
    ("es", "el fade de 3 segundos dura 5 segundos, hazlo más corto", 180, SW2 + " (dura)", ASK),
    ("de", "ab 30 Sekunden dauert das Intro 10 Sekunden", 180, SW2 + " (dauert)", ASK),
    # --- AGAIN: the new 'again' words in another sense (listen again, 'don't change it again', 'new')
    ("hi", "last 10 second phir se suno", 180, AG + " (phir se: listen again)", ASK),
    ("hi", "1:00-1:30 sounds great, dobara mat chhedo", 180, AG + " (dobara: don't touch again)", ASK),
    ("hi", "1:00-1:30 sounds great, mat chhedo phir se", 180, AG + " (phir se)", ASK),
    ("bn", "শেষের 10 সেকেন্ড দারুণ, আবার শুরুটাও ভালো", 180, AG + " (আবার: 'and also')", ASK),
    ("bn", "শেষের 10 সেকেন্ড আবার শোনাও", 180, AG + " (আবার: play again)", ASK),
    ("th", "10 วินาทีสุดท้ายเพราะมาก ชอบเพลงใหม่นี้", 180, AG + " (ใหม่: 'new song')", ASK),
    ("ko", "새로 산 스피커로 마지막 10초 들었는데 좋아", 180, AG + " (새로: 'newly bought')", ASK),
    ("ur", "آخری 10 سیکنڈ دوبارہ سنو", 180, AG + " (دوبارہ: listen again)", ASK),
    ("sr", "последњих 10 секунди поново пусти", 180, AG + " (поново: play again)", ASK),
    ("ta", "கடைசி 10 வினாடி மீண்டும் கேட்க வேண்டும்", 180, AG + " (மீண்டும்: hear again)", ASK),
    ("hi", "last ke 10 second dobara sunao", 180, AG + " (dobara: play again)", ASK),
    ("hi", "pehle 10 second phir se sunao", 180, AG + " (phir se: play again)", ASK),
    ("el", "ακουσα ξανα τα τελευταια 10 δευτερολεπτα, τελεια", 180, AG + " (ξανα)", ASK),
    ("ht", "the last 10 seconds, refe li ankò", 180, "AGAIN (refè: redo)", inp(10, 0)),
    ("hi", "1:00-1:30 bahut accha hai, phir se mat badlo", 180, "range, no verb → inpaint (pre-existing)", ASK),
    ("hi", "1:00 se 1:30 tak phir se bajao", 180, "range, no verb → inpaint (pre-existing)", ASK),
    ("el", "ξανα παιξε το 1:00-1:30", 180, "range, no verb → inpaint (pre-existing)", ASK),
    ("th", "0:30-0:45 ใหม่มาก ชอบ", 180, "range, no verb → inpaint (pre-existing)", ASK),
    ("ko", "0:30-0:45 부분 새로 들어간 기타 좋다", 180, "range, no verb → inpaint (pre-existing)", ASK),
    # --- _PLAYBACK's new (?<!si ): Spanish 'si' (yes / if) before a playback verb
    ("es", "si reproduce del 1:00 al 1:30 porfa", 180, "_PLAYBACK (?<!si )", ASK),
    ("es", "si escuchas el 1:00-1:30 notarás un ruido", 180, "_PLAYBACK (?<!si )", ASK),
    ("es", "si, escucha del 1:00 al 1:30", 180, "_PLAYBACK (control)", ASK),
    # --- shaping: one fade and one length split by a comma (the length is another clause's)
    ("en", "add 30 seconds at the end, then fade out", 180, "shapes (comma rule)", ASK + "|after"),
    ("hi", "30 second add karo end mein, phir fade out karo", 180, "shapes (comma rule)", ASK + "|after"),
    ("hi", "pehle 30 second add karo end mein, phir fade out karo", 180, "shapes (comma rule) + pehle", ASK),
    ("en", "make a 30 second ringtone, fade out", 180, "shapes (comma rule)", ASK),
    ("en", "loop it for 30 seconds, fade out", 180, "shapes (comma rule)", ASK),
    ("en", "cut it down to 90 seconds, fade out", 180, "shapes (comma rule)", ASK + "|plan"),
    ("en", "export the first 30 seconds, fade out", 180, "shapes (comma rule)", ASK),
    # --- _FIRST 'pehle' (= 'first, before doing X'): not the first N seconds
    ("hi", "pehle 30 second add karo", 180, "_FIRST pehle", ASK + "|plan"),
    ("hi", "pehle 20 second extend karo, phir mp3 mein convert karo", 180, "_FIRST pehle", ASK + "|plan"),
    ("hi", "pehle 10 second ka intro add karo", 180, "_FIRST pehle", ext(10, 0)),
    ("hi", "usse pehle 15 second ka intro daalo", 180, "_FIRST pehle", ext(15, 0)),
    ("hi", "pehle 10 second kaat do", 180, "_FIRST pehle", ASK + "|plan"),
    ("hi", "aakhri 10 second fade out karo", 180, "_LAST aakhri", free(fade_out_s=10)),
    ("bn", "শেষের 15 সেকেন্ড কেটে দাও", 180, "_LAST শেষের", free(trim_end_s=15)),
    ("bn", "গানের শুরুর দিকে 10 সেকেন্ড যোগ করো", 180, "_WHERE bn (শুরুর removed as a side)", ext(10, 0)),
    ("pt", "ultima 10 segundos corta", 180, "_LAST ultima", free(trim_end_s=10)),
    # --- colloquial add verbs (ponle, métele, échale, coloca, bota, põe)
    ("pt", "põe um fade out de 5 segundos", 180, "add verb põe", free(fade_out_s=5)),
    ("pt", "bota um fade in de 3 segundos", 180, "add verb bota", free(fade_in_s=3)),
    ("pt", "coloca um fade out de 4 segundos no final", 180, "add verb coloca", free(fade_out_s=4)),
    ("es", "ponle un fade out de 5 segundos", 180, "add verb ponle", free(fade_out_s=5)),
    ("es", "échale un fade in de 3 segundos", 180, "add verb échale", free(fade_in_s=3)),
    ("es", "métele un fundido de salida de 6 segundos", 180, "add verb métele", free(fade_out_s=6)),
    ("es", "bota los primeros 5 segundos", 180, "add verb bota (es 'throw away')", ASK + "|plan"),
    ("es", "bota los últimos 10 segundos, suenan mal", 180, "add verb bota (es 'throw away')", ASK + "|plan"),
    ("pt", "coloca um solo de sax no lugar de 1:00 a 1:30", 180, "add verb coloca (put, replace)", inp(60, 90)),
    ("pt", "põe 10 segundos de silêncio no final", 180, "add verb põe (silence)", ASK),
    ("pt", "coloca em mp3 320", 180, "add verb coloca", free(output_format="mp3", bitrate_kbps=320)),
    ("es", "ponle -14 LUFS", 180, "add verb ponle", free(loudness_lufs=-14)),
    ("pt", "bota pra tocar em loop", 180, "add verb bota", free(loop=True)),
    ("es", "ponle 20 segundos más al final", 180, "add verb ponle", ext(0, 20)),
    ("pt", "coloca 20 segundos no começo", 180, "add verb coloca", ext(20, 0)),
    ("pt", "bota 30 segundos a mais no final", 180, "add verb bota", ext(0, 30)),
    ("pt", "coloca um loop de 30 segundos", 180, "add verb coloca (loop)", ASK + "|plan"),
    # --- _IS_NOW: 'on', 'é', 'ma' … before an amount equal to the track's length
    ("en", "tack on 30 seconds at the end", 30, "_IS_NOW (on)", ext(0, 30)),
    ("en", "add on 30 seconds", 30, "_IS_NOW (on)", ext(0, 30)),
    ("pt", "o que eu quero é 30 segundos a mais no final", 30, "_IS_NOW (é)", ext(0, 30)),
    ("it", "aggiungi non 20 ma 30 secondi alla fine", 30, "_IS_NOW (ma)", ext(0, 30)),
    ("pl", "niech ma 30 sekund więcej na końcu", 30, "_IS_NOW (ma)", ext(0, 30)),
    ("pl", "dodaj na końcu, niech ma 30 sekund dłużej", 30, "_IS_NOW (ma)", ext(0, 30)),
    ("en", "add on 2 minutes at the end", 120, "_IS_NOW (on)", ext(0, 120)),
    ("en", "this is 2:30, make it exactly 3 min", 150, "_IS_NOW / _EXACTLY", ext(0, 30)),
    ("en", "it's 60 seconds right now, add 60 seconds at the end", 60, "_IS_NOW", ext(0, 60)),
    # --- _only_before_side: a total and a start word that is not where to add
    ("en", "make it 3 minutes total, the beginning is perfect", 150, "_only_before_side", ASK + "|after"),
    ("en", "make it 3 minutes long, don't touch the intro", 150, "_only_before_side", ASK + "|after"),
    ("en", "extend it to 3 minutes, with a fade in at the start", 150, "_only_before_side", ASK),
    ("en", "make it 3 minutes long, keep the same intro", 150, "_only_before_side", ASK + "|after"),
    ("en", "make it 3 minutes, the start stays the same", 150, "_only_before_side", ASK + "|after"),
    ("en", "bring it to 3 minutes total; start is good, just continue the song", 150, "_only_before_side", ext(0, 30)),
    ("en", "stretch it to 3:00 and put the extra at the start", 150, "_only_before_side", ext(30, 0)),
    ("fr", "trois minutes au total, rajoute au début", 150, "_only_before_side", ext(30, 0)),
    # --- _TOTAL_AFTER 'total/en total/insgesamt' after an amount said with an extend verb
    ("en", "extend the song 30 seconds total", 20, "_TOTAL_AFTER (total)", ASK),
    ("es", "alarga la canción 30 segundos en total", 20, "_TOTAL_AFTER (en total)", ASK),
    ("de", "verlängere den Song 30 Sekunden insgesamt", 20, "_TOTAL_AFTER (insgesamt)", ASK),
    ("en", "extend both ends, 20 seconds in total", 180, "_TOTAL_AFTER (in total)", ASK + "|plan"),
    ("en", "add 10 seconds at each end, 20 seconds total", 180, "_TOTAL_AFTER (total)", ext(10, 10)),
    ("en", "extend it, 3 minutes in total", 150, "_TOTAL_AFTER", ext(0, 30)),
    ("de", "verlängere, 3 Minuten insgesamt", 150, "_TOTAL_AFTER", ext(0, 30)),
    ("pt", "estica para 3 minutos no total", 150, "_TOTAL_AFTER 'no total' (pre-existing)", ext(0, 30)),
    ("es", "alarga a 3 minutos en total", 150, "_TOTAL_AFTER 'en total' (pre-existing)", ext(0, 30)),
    ("pt", "estica até 3 minutos no total", 150, "_TOTAL_AFTER", ext(0, 30)),
    # --- _EXACTLY
    ("en", "make it just 10 seconds longer", 150, "_EXACTLY (just)", ext(0, 10)),
    ("en", "make it exactly 3 minutes", 150, "_EXACTLY", ext(0, 30)),
    ("de", "auf genau 3 Minuten verlängern", 150, "_EXACTLY", ext(0, 30)),
    ("en", "make it exactly 30 seconds longer", 150, "_EXACTLY", ext(0, 30)),
    ("tr", "tam 3 dakika olsun", 150, "_EXACTLY (tam)", ext(0, 30)),
    # --- _DECADE_BEFORE_STYLE: '60s'/'90s' an amount before a word, with another length in the request
    ("en", "cut 60s from the start and fade in 2s", 240, "_DECADE_BEFORE_STYLE", free(trim_start_s=60, fade_in_s=2)),
    ("en", "add 60s before, and a 3s fade in", 240, "_DECADE_BEFORE_STYLE", ASK + "|plan"),
    ("en", "trim 60s off the end, then fade out 5s", 240, "_DECADE_BEFORE_STYLE", free(trim_end_s=60, fade_out_s=5)),
    ("en", "add 60s with the same groove at the end, then a 5 s fade out", 240, "_DECADE_BEFORE_STYLE", ASK + "|plan"),
    ("en", "extend 90s after the end, fade out 5 s", 240, "_DECADE_BEFORE_STYLE", ASK + "|plan"),
    ("en", "a 90s eurodance banger, 2 min", None, "_DECADE_BEFORE_STYLE", new(duration=120)),
    ("en", "lofi 90s beat, 20 s intro", None, "_DECADE_BEFORE_STYLE + part length as duration", ASK + "|nolen"),
    ("en", "a 90s track with a 10 s intro", None, "_DECADE_BEFORE_STYLE (control)", ASK + "|nolen"),
    (
        "en",
        "a 90s track with vocals and a 5 s fade in",
        None,
        "_DECADE_BEFORE_STYLE + fade length as duration",
        ASK + "|nolen",
    ),
    # --- _DOUBLE_PRIME_S: inches of a record read as seconds
    ("en", "a deep house track for a 12'' vinyl release", None, "_DOUBLE_PRIME_S", new(duration=None)),
    ("en", "a disco edit in the style of an old 12″ single", None, "_DOUBLE_PRIME_S", new(duration=None)),
    ("en", "a b-side for my 7'' single, 3 minutes", None, "_DOUBLE_PRIME_S", new(duration=180)),
    ("fr", "un morceau de 90'' pour une pub", None, "_DOUBLE_PRIME_S", new(duration=90)),
    ("fr", "une pub de 90'' avec voix", None, "_DOUBLE_PRIME_S", new(duration=90)),
    # --- _ROMAJI_SEC 'cho': Vietnamese 'cho' (for, give)
    ("vi", "kéo dài thêm 20 cho tôi", 180, "_ROMAJI_SEC (vi 'cho')", ASK),
    ("vi", "chuyển sang mp3 320 cho tôi", 180, "_ROMAJI_SEC (vi 'cho')", free(output_format="mp3", bitrate_kbps=320)),
    ("vi", "xuất file mp3 320 cho tôi nhé", 180, "_ROMAJI_SEC (vi 'cho')", free(output_format="mp3", bitrate_kbps=320)),
    ("vi", "làm 2 cho tôi nhé, nhạc lofi", None, "_ROMAJI_SEC (vi 'cho')", ASK + "|plan"),
    ("vi", "kéo dài thêm 20 giây cho tôi", 180, "_ROMAJI_SEC (control)", ext(0, 20)),
    ("vi", "xuất mp3 320kbps cho tôi", 180, "_ROMAJI_SEC (control)", free(output_format="mp3", bitrate_kbps=320)),
    ("ja", "utatte! 2fun no uta", None, "_ROMAJI_MIN", new(duration=120)),
    ("ko", "2bun 30cho norae", None, "_ROMAJI_MIN_SEC", new(duration=150)),
    ("ja", "40cho no jingle", None, "_ROMAJI_SEC", new(duration=40)),
    ("en", "3 fun songs for kids", None, "_ROMAJI_MIN (spaced 'fun')", ASK),
    # --- Hindi/Urdu in Latin letters: a count of songs or versions dropped beside a length now read
    ("hi", "do gaane banao, teen minute ke", None, "_MORE_NUMBERS teen (takes 'do gaane' dropped)", ASK),
    ("hi", "char minute ka gaana, do versions", None, "_MORE_NUMBERS char ('do versions' dropped)", ASK + "|takes2"),
    ("hi", "teen minute ka lofi gaana", None, "_MORE_NUMBERS", new(duration=180)),
    ("hi", "tees second ki jingle", None, "_MORE_NUMBERS", new(duration=30)),
    ("hi", "do minute ka gaana", None, "_ROMAN_HINDI_SMALL", new(duration=120)),
    ("hi", "dhai minute ka romantic gaana", None, "_MORE_NUMBERS", new(duration=150)),
    ("hi", "ek minute ka gaana", None, "_ROMAN_HINDI_SMALL", new(duration=60)),
    ("hi", "2 minute ka gaana, 500 rs ka budget", None, "_NOT_TIME_AFTER rs", new(duration=120)),
    ("hi", "2 minute 30 sekand ka gaana", None, "units sekand", new(duration=150)),
    ("ta", "1 nimisham 20 second jingle", None, "units nimisham", new(duration=80)),
    ("ta", "oru 2 nimisham paatu", None, "units nimisham", new(duration=120)),
    ("ta", "ek 30 vinadi jingle", None, "units vinadi", new(duration=30)),
    # --- _AND_PO: Russian 'и по минуте' (a minute each), not 'and a half'
    ("ru", "сделай 2 и по минуте каждый", None, "_AND_PO (по = each)", ASK + "|takes2"),
    ("sr", "napravi pesmu od 2 i po minuta", None, "_AND_PO", new(duration=150)),
    ("hr", "uradi 3 i po minute dugu pjesmu", None, "_AND_PO", new(duration=210)),
    ("pl", "dwa utwory i po minucie ciszy", None, "_AND_PO (pl)", ASK),
    # --- _COMPOUND_HALF
    ("de", "ein Lied, viereinhalb Minuten", None, "_COMPOUND_HALF", new(duration=270)),
    ("nl", "een nummer van drieënhalve minuut", None, "_COMPOUND_HALF", new(duration=210)),
    ("de", "ein Song, zweieinhalb Minuten, zweistimmig", None, "_COMPOUND_HALF", new(duration=150)),
    ("sr", "pesma od 2 minuta a pul", None, "_HALF_AFTER pul", new(duration=150)),
    ("la", "carmen duarum minutarum et dimidium", None, "_HALF_AFTER dimidium", new(duration=150)),
    # --- units
    ("el", "ena tragoudi 3 lepta", None, "units ('lepta' left in a comment)", new(duration=180)),
    ("el", "ena tragoudi 1 lepto", None, "units lepto", new(duration=60)),
    ("el", "ena laiko tragoudi, 2 lepta kai 30 deuterolepta", None, "units lepta", new(duration=150)),
    ("tr", "şarkı 3 dk olsun", None, "units dk", new(duration=180)),
    ("tr", "3 dk 20 sn lük bir parça", None, "units dk sn", new(duration=200)),
    ("tr", "2 sn sonra başlayan bir intro, toplam 3 dk", None, "units sn (a part's length)", new(duration=180)),
    ("tr", "30 sanie lik reklam müziği", None, "units sanie", new(duration=30)),
    ("id", "lagu dengan 2 minat, tempo cepat", None, "units minat (id 'interest')", ASK + "|plan"),
    ("pt", "um jingle de 30 segundinhos", None, "units segundinhos", new(duration=30)),
    ("pt", "uma vinheta de 2 minutinhos", None, "units minutinhos", new(duration=120)),
    ("th", "เพลง 30 วิ", None, "_THAI_SECONDS", new(duration=30)),
    ("th", "เพลงสั้น 20 วิ สำหรับวิดีโอ", None, "_THAI_SECONDS", new(duration=20)),
    ("th", "เพลงรัก 2 วิถีชีวิต", None, "_THAI_SECONDS (วิถี 'way of')", new(duration=None)),
    ("th", "เพลง 3 วิธีทำอาหาร ยาว 1 นาที", None, "_THAI_SECONDS (วิธี)", new(duration=60)),
    ("th", "เพลงเกี่ยวกับ 10 วิถีชีวิตคนไทย", None, "_THAI_SECONDS (วิถี 'way of')", new(duration=None)),
    ("th", "เพลงรัก 8 วิถี", None, "_THAI_SECONDS (วิถี 'way of')", new(duration=None)),
    # --- glued two-number words
    ("tr", "bir şarkı 1dk10sn", None, "_TWO_GLUED / _GLUED_MIN_SEC", new(duration=70)),
    ("tr", "song 1dk10sn", None, "_TWO_GLUED / _GLUED_MIN_SEC", new(duration=70)),
    ("tr", "lofi beat 2dk30sn", None, "_TWO_GLUED / _GLUED_MIN_SEC", new(duration=150)),
    ("tr", "lofi 3dk", None, "units dk (glued)", new(duration=180)),
    ("en", "convert to wav 24bit48khz", 180, "_TWO_GLUED (a format, not a length)", free(output_format="wav")),
    ("en", "a track for my ps4 game, 2min30s", None, "_TWO_GLUED", new(duration=150)),
    ("en", "a 1m30s jingle", None, "_TWO_GLUED", new(duration=90)),
    # --- ages, money, decades
    ("de", "a birthday song, sie wird 80, 2 Minuten", None, "_NOT_TIME_BEFORE (sie wird)", new(duration=120)),
    ("de", "ein Lied für Oma, sie wird 80", None, "_NOT_TIME_BEFORE (sie wird)", new(duration=None)),
    ("pl", "piosenka z lat 90, 2 minuty", None, "_NOT_TIME_BEFORE (lat)", new(duration=120)),
    ("es", "una canción de 3 minutos que cueste 20 pesos", None, "_NOT_TIME_AFTER pesos", new(duration=180)),
    ("ro", "a 30 s jingle for a shop, everything 10 lei", None, "_NOT_TIME_AFTER lei", new(duration=30)),
    ("it", "una canzone per lei, dura 2 minuti", None, "_NOT_TIME_AFTER lei (it 'her')", new(duration=120)),
    ("it", "canzone per lei 30 secondi", None, "_NOT_TIME_AFTER lei (it 'her')", new(duration=30)),
    ("pt", "jingle de 30 segundos, 20 reais", None, "_NOT_TIME_AFTER reais", new(duration=30)),
    ("zh", "喜欢的歌，3分钟，20块", None, "_NOT_TIME_AFTER 块", new(duration=180)),
    ("ar", "أغنية مدتها عشرين ثانية", None, "Arabic tens", new(duration=20)),
    ("ar", "أغنية لعيد ميلاد جدي، عمره ثمانين، دقيقتين", None, "Arabic tens (an age)", new(duration=120)),
    ("ar", "أغنية عن خمسين سنة من الحب، دقيقتين", None, "Arabic tens (years)", new(duration=120)),
    ("ar", "اغنية عن تلاتين سنة صداقة", None, "Arabic tens (years)", new(duration=None)),
    # --- _TWO_PIECES (new alternations)
    ("es", "una canción con una intro de piano y otra de guitarra al final", None, "_TWO_PIECES (y otra de)", new()),
    ("pt", "faz uma música de rock e outra de jazz", None, "_TWO_PIECES", ASK),
    ("tr", "bir rock şarkısı bir de rap şarkısı", None, "_TWO_PIECES", ASK),
    ("sr", "jedan rep i jednu baladu", None, "_TWO_PIECES", ASK),
    ("ru", "один рэп и одну балладу", None, "_TWO_PIECES", ASK),
    ("fr", "un rap, et une autre version plus lente", None, "_TWO_PIECES excludes 'autre version'", ASK + "|takes2"),
    ("es", "una canción y otra versión más lenta", None, "_TWO_PIECES excludes 'otra versión'", ASK + "|takes2"),
    ("en", "a song with one verse and another chorus", None, "_TWO_PIECES", new()),
    ("en", "a lofi beat with one piano and another synth layer", None, "_TWO_PIECES", new()),
    # --- names typed without accents (folded) and sung words in Latin letters
    ("en", "a song for the Danes in my team", None, "folded names (danés → danes)", new(vocal="")),
    ("en", "a birthday song for Heber", None, "folded names (héber → heber)", new(vocal="")),
    ("en", "a song named Kinai", None, "folded names (kínai → kinai)", new(vocal="")),
    ("en", "a song about the Torok family", None, "folded names (török → torok)", new(vocal="")),
    ("en", "a love song for Frances", None, "names (francés; pre-existing)", new(vocal="")),
    ("en", "an epic Roman legion battle song with choir", None, "names (roman; pre-existing)", new(vocal="")),
    ("fr", "une chanson inspirée d'un roman de Victor Hugo", None, "names (roman; pre-existing)", new(vocal="")),
    ("it", "una canzone romana da osteria", None, "names (romana; pre-existing)", new(vocal="")),
    ("en", "a song about my trip to Japan", None, "names (japan; pre-existing)", new(vocal="")),
    ("en", "a piano song, tieng viet", None, "folded names", new(vocal="vietnamese")),
    ("es", "cancion romantica en espanol", None, "folded names", new(vocal="spanish")),
    ("pt", "uma musica em portugues, 2 minutos", None, "folded names", new(vocal="portuguese", duration=120)),
    ("tr", "türkce bir sarki, 2 dk", None, "folded sung word (şarkı → sarki)", new(vocal="turkish", duration=120)),
    ("nl", "een Franse wals met accordeon, we gaan erop dansen", None, "_SUNG 'gaan' (nl 'to go')", ASK + "|novocal"),
    ("nl", "een Turkse bruiloftsmuziek, we gaan dansen", None, "_SUNG 'gaan' (nl 'to go')", ASK + "|novocal"),
    ("nl", "een Griekse sirtaki, we gaan dansen", None, "_SUNG 'gaan' (nl 'to go')", ASK + "|novocal"),
    ("nl", "een Spaanse flamenco voor de les, we gaan oefenen", None, "_SUNG 'gaan' (nl 'to go')", ASK + "|novocal"),
    ("nl", "een Arabische buikdansmuziek, de meiden gaan dansen", None, "_SUNG 'gaan' (nl 'to go')", ASK + "|novocal"),
    ("vi", "bai hat tieng viet ve mua thu", None, "sung 'bai hat' + 'hat' read as hu 6", new(vocal="vietnamese")),
    # --- inherit over words (a bare number after 'and' + a verb)
    ("en", "add 10 s intro and cut the outro to 5", 180, "_INHERIT_OVER_WORDS", ASK + "|plan"),
    ("en", "add 30 s at the end and fade out to 50.", 180, "_INHERIT_OVER_WORDS", ASK),
    ("en", "add 15 s at the end and set the end volume to 80.", 180, "_INHERIT_OVER_WORDS", ASK),
    ("en", "extend 20 s at the start and 10 more at the end", 180, "_INHERIT_OVER_WORDS", ext(20, 10)),
    ("es", "ponle 30 segundos al final y échale 2 más", 180, "_INHERIT_OVER_WORDS", ASK),
    ("en", "extend by 20 seconds, 320 kbps mp3", 180, "_INHERIT (seconds)", ASK + "|plan"),
    ("en", "fade out 5 seconds, 128 kbps", 180, "_INHERIT (seconds)", free(fade_out_s=5, bitrate_kbps=128)),
    # --- '1m' closing or opening a range
    ("en", "redo 45s to 1m", 180, "_RANGE_M_AFTER", inp(45, 60)),
    ("en", "redo 1m to 1:30", 180, "_RANGE_M_BEFORE", inp(60, 90)),
    ("es", "regenera de 30s a 1m", 180, "_RANGE_M_AFTER", inp(30, 60)),
    ("en", "regenerate 1:30 to 2m", 180, "_RANGE_M_AFTER", inp(90, 120)),
    ("en", "stretch it from 30s to 1m", 30, "_RANGE_M_AFTER (a total)", ext(0, 30)),
    ("en", "extend 30s to 1m", 180, "_RANGE_M_AFTER", ASK),
    # --- track id glued to CJK, bitrate before CJK / in Cyrillic and Arabic
    ("zh", "trk_0123456789ab从1分10秒到1分30秒重新生成", 180, "_TRACK_REF", inp(70, 90)),
    ("ja", "trk_0123456789abの1:00から1:30を作り直して", 180, "_TRACK_REF", inp(60, 90)),
    ("zh", "转成mp3 320k的", 180, "_BITRATE", free(output_format="mp3", bitrate_kbps=320)),
    ("ru", "сконвертируй в mp3 320 кбит", 180, "_BITRATE", free(output_format="mp3", bitrate_kbps=320)),
    ("ar", "حول إلى mp3 بمعدل 320 كيلوبت", 180, "_BITRATE", free(output_format="mp3", bitrate_kbps=320)),
    # --- a part's length read as the piece's (pre-existing; the _ONE_UNREAD_UNIT / decade rules unmask it)
    ("en", "a 2 second intro, 3 minute song", None, "part length (pre-existing)", new(duration=180)),
    (
        "en",
        "a lofi track with vocals and a 5 s fade in",
        None,
        "fade length as duration (pre-existing)",
        ASK + "|nolen",
    ),
    ("en", "make 1 song, 30 seconds long", None, "_ONE_UNREAD_UNIT", new(duration=30)),
    ("en", "1 jingle of 30 seconds", None, "_ONE_UNREAD_UNIT", new(duration=30)),
]


def fmt(r: Any) -> str:
    if isinstance(r, Plan):
        extra = f" takes={r.takes}" if r.takes else ""
        args = {k: v for k, v in r.arguments.items() if k not in ("lyrics", "audio", "track")}
        return f"PLAN {r.tool} {args}{extra}"
    if isinstance(r, Exception):
        return f"ERROR {type(r).__name__}: {str(r)[:150]}"
    return f"ASK[{r.kind}] {r.text[:150]}"


def sung(r: Plan) -> list[str]:
    tags = str(r.arguments.get("tags") or "").lower()
    return [w.split()[0] for w in tags.split(",") if w.strip().endswith(" vocal")]


def wrong(r: Plan, want: dict[str, Any]) -> list[str]:
    """What of the plan contradicts what a careful reader is sure of."""
    bad = []
    for key, value in want.items():
        if key == "tool":
            if not r.tool.startswith(value):
                bad.append(f"tool {r.tool} (want {value})")
        elif key == "takes":
            if (r.takes or None) != value:
                bad.append(f"takes {r.takes} (want {value})")
        elif key == "tags_has":
            tags = str(r.arguments.get("tags") or "").lower()
            bad += [f"tags lack {t!r} (tags: {tags!r})" for t in value if t not in tags]
        elif key == "tags_not":
            tags = [t.strip() for t in str(r.arguments.get("tags") or "").lower().split(",")]
            bad += [f"tag {t!r} rendered (asked without it; tags: {', '.join(tags)!r})" for t in value if t in tags]
        elif key == "vocal":
            got = sung(r)
            if got != ([value] if value else []):
                bad.append(f"sung in {got or 'the default'} (want {value or 'no language named'})")
        else:
            got = r.arguments.get(key)
            if isinstance(got, float) and isinstance(value, (int, float)) and abs(got - value) < 1e-6:
                continue
            if got != value:
                bad.append(f"{key}={got} (want {value})")
    if r.tool == IN and r.arguments.get("start_time_relative_to") == "end" and "start_time" in want:
        pass  # (relative windows: the dict's start/end give the last N s as (N, 0))
    return bad


def _relative_ok(r: Plan, want: dict[str, Any]) -> bool:
    a = r.arguments
    return (
        want.get("tool") == IN
        and a.get("start_time_relative_to") == "end"
        and a.get("start_time") == want.get("start_time")
        and a.get("end_time") == want.get("end_time")
    )


def verdict(r: Any, want: Any) -> str:
    if isinstance(want, str):
        if not isinstance(r, Plan):
            return "ok"
        tail = want.split("|", 1)[1] if "|" in want else ""
        if tail == "plan":
            return "ok"
        if tail == "after":  # a plan is fine only if it adds at the end
            ok = r.tool == OUT and not r.arguments.get("extend_before_duration")
            return (
                "ok"
                if ok
                else f"SILENT WRONG: {r.tool} before={r.arguments.get('extend_before_duration')} (want after, or ask)"
            )
        if tail == "takes2":
            return "ok" if r.takes == 2 else f"SILENT WRONG: takes={r.takes} (want 2, or ask)"
        if tail == "novocal":
            return "ok" if not sung(r) else f"SILENT WRONG: sung in {sung(r)} (nothing says it is sung; ask)"
        if tail == "nolen":
            d = r.arguments.get("duration")
            return "ok" if d is None or d >= 30 else f"SILENT WRONG: duration={d} (a fade's length, not the piece's)"
        return "SILENT WRONG (a question was due)"
    if not isinstance(r, Plan):
        return "MISS"
    if _relative_ok(r, want):
        return "ok"
    bad = wrong(r, want)
    return "ok" if not bad else "SILENT WRONG: " + "; ".join(bad)


def main(cases: list[tuple[str, str, float | None, str, Any]] | None = None) -> None:
    """Run the probes (this file's, or another pass's that shares these expectation keys)."""
    args = [a for a in sys.argv[1:] if a != "-q"]
    quiet = "-q" in sys.argv[1:]
    only = args[0] if args else None
    tally: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for lang, text, length, rule, want in CASES if cases is None else cases:
        if only and only not in text and only != lang and only not in rule:
            continue
        req = Request(
            request=text, audio=T if length else None, audio_length_s=length, source_tags=SRC if length else None
        )
        try:
            r: Any = plan(req)
        except InvalidInput as e:
            r = e
        v = verdict(r, want)
        kind = v.split(":")[0].split(" (")[0]
        tally[kind] += 1
        if kind != "ok":
            by_rule[f"{kind:12s} {rule}"] += 1
        if not quiet or kind != "ok":
            print(f"[{lang}] {text!r} len={length} rule={rule}\n    got: {fmt(r)}\n    verdict: {v}")
    print(f"\nprobes: {sum(tally.values())}; " + ", ".join(f"{k}: {n}" for k, n in sorted(tally.items())))
    for rule, n in sorted(by_rule.items()):
        print(f"  {n:2d}  {rule}")


if __name__ == "__main__":
    main()
