"""Red-team probe (redteam65) of the arithmetic and the settings of edits of an open track, at 34ea045, in 22
languages as users type them: extending to a total ('make it 5 minutes' on a 200 s track is 100 s after, 'double its
length', 'a minute longer', 'bring it up to 3:30', 'half a minute to each end', 'a 15 s intro and a 20 s outro');
trims and cuts ('cut the first 4 seconds', 'trim it down to 90 seconds' = the end cut by 110, 'keep only 0:30 to
1:30', 'shorten it by 20 seconds' with no end said: asked); windows given as a start plus a length, as 'the last/first
N seconds', as halves, thirds, quarters and percentages, in mm:ss, m'ss", 1m10s, 70 s and native digits (Arabic-Indic,
Persian, Devanagari, Bengali); export settings together (format + bitrate + loudness + fades, '14 LUFS' without a
minus, 'for Spotify', '320', 'CD quality', a seamless loop); amounts past the limits (a fade over 60 s, a bitrate over
320, a loudness out of -40..-5, a window past the end, a cut longer than the track, a total over 3,600 s), where a
clear error or a question is right and a clamped or silently changed plan is not. Hunting SILENT WRONG plans first,
then needless questions.

FIGURES. First run on 34ea045 (labels committed before it, 5ab66e6): 100 probes; OK 92, ASKED 6, SILENT WRONG 2
(both pre-existing: --old /tmp/a34ea045/src is the same router), ERROR 0 (the one InvalidInput, 'export as mp3 at 500
kbps', names the 32-320 limit and counts as OK under LIMIT). Of the 92 OK, 23 are questions where the label allowed
one (ask_ok, ASK or LIMIT) and 1 the error.

Silent wrong plans (2), by cause:
- lang.normalise with ranges.both_ends / ranges._NEAR (1): 'maak hem aan beide kanten een halve minuut langer' ->
  extend 0 s before, 30 s after (want 30 and 30). normalise turns the article 'een' of 'een halve minuut' into '1',
  and the text reaching __init__._extensions is '… beide kanten 1 0.5 min longer'; the stray '1' between the side
  words and the amount is no word _NEAR lets stand in the gap, so both_ends(text, amount) is None and the amount
  goes after the track ('no side named'). 'aan beide kanten 30 seconden langer' and 'add half a minute to each end'
  plan 30 + 30. It spends (an outpaint of 30 s where 60 s in two places was asked).
- __init__.deliverable_words / _LUFS (1): 'normalize to -50 LUFS' -> process_track loudness_lufs -50, no question:
  the loudness is read with no range check, where _bitrate raises InvalidInput past 32-320 (and 'normalize to -3
  LUFS' plans -3 the same way). Free (process_track), and the Deliverable schema (-40..-5) would refuse it when the
  tool is called, so no money is spent; but the plan is not the clear question or error LIMIT wants.

Needless questions (6), by cause:
- a total said with a verb the whole-length words lack (2): 'bring it up to 3:30' (edit_or_extend: 'bring it (up)
  to' is not in __init__._WHOLE_BEFORE, which has 'portala a', 'to reach'); 'deixa a música com 4 minutos'
  (_WHOLE_BEFORE has 'deixa(-a| ela| a| o) com', not 'deixa a música com').
- __init__._LAST reads the verb 'last' as 'the last N' (1): 'I need it to last 4 minutes' (and 'it needs to last 4
  minutes') -> the window 'the last 240 s' of a 200 s track, asked by account ('the request names the last 240 s').
- a cut to a length with no end said is asked by design (2): 'trim it down to 90 seconds', 'trim it to 3 minutes'
  (the _TRIM_TO branch of __init__._plan_words asks which end when neither _CUT_AT_START nor _CUT_AT_END is said;
  the brief's reader cuts the end). Debatable: a deliberate question, not a misreading.
- 'shorten' is not a cut verb of the trim reading (1): 'shorten it by 20 seconds from the end' -> edit_or_extend;
  cues.py has 'shorten*' as a trim cue, but __init__._CUT_VERB (trim|cut|chop|remove|delete|drop|lose), which the
  _TRIM reading uses, lacks it, so no trim_end_s is read ('cut 20 seconds from the end' plans trim_end_s 20).

OK, worth a note (questions that the labels allowed but that a plan could answer, or that ask the wrong thing):
'double its length' plans 200 s after, but 'hazla el doble de larga' asks edit_or_extend and 'зроби її вдвічі довшою'
asks how much (only the English 'double its length' / 'twice as long' of _extensions); 'recórtala a 90 segundos' and
'обрежь до полутора минут' ask edit_or_extend (no trim-to read); 'redo the middle third', 'redo 30% to 50% of the
track' ask the window (fractions and percents are not read, never misread); 'mp3 at 14 LUFS please' asks the LUFS
(no minus, no guess); 'CD quality please' asks edit_or_extend; 'fade it out over 90 seconds' asks edit_or_extend
rather than naming the 60 s limit, and 'un fundido de salida de 2 minutos' asks what '2 min' is for. The limits hold:
a window past the end, 'the last 30 s' of a 20 s track, 70 minutes, 15 more minutes on a 3,000 s track and a 4-minute
cut of a 200 s track are all asked with the reason; 'mp3でビットレート1000で' is asked. All 22 languages' plain
extensions to a total, first/last cuts, start + length windows (incl. Arabic-Indic, Persian, Devanagari and Bengali
digits, 1m10s, m'ss") and combined export settings planned right.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK, LIMIT
(a question or a clear InvalidInput: either is OK, a plan is SILENT WRONG) or a dict of what a careful reader is sure
of (scripts/probe_kit.py wrong_more, plus 'format_in': the output format is one of these). Verdicts: OK, ASKED (a
question where a plan was sure: a miss), SILENT WRONG, ERROR. Most probes are on a 200 s track (L); the thirds on a
180 s one. A total asked for is reached by extending the end (or the ends said); a cut to a length cuts the end; a
shortening with no end said is asked; a window is regenerated (audio_inpaint) where it is said; settings said together
are all delivered; a value past a limit is asked or refused, never clamped.

Run: sh scripts/uv run python scripts/router_probe_redteam65.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, SUNG, Plan, ext, fade, fmt_is, free, inp, main, new, nw, nws, sung, trim

_ = (Plan, IN, NEW, OUT, FREE, ASK, fmt_is, fade, sung, new, free, inp, nw, nws, SUNG, trim)

L = 200.0
T3 = 180.0
LIMIT = "ASK or a clear error"  # a question or an InvalidInput naming the limit; a plan is silent wrong


def _wrong(r: Plan, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    formats = want.pop("format_in", None)
    bad = probe_kit.wrong_more(r, want, length)
    if formats is not None and r.arguments.get("output_format") not in formats:
        bad.append(f"output_format={r.arguments.get('output_format')} (want one of {formats})")
    return bad


_base_verdict = probe_kit.verdict


def _verdict(r: Any, want: Any, length: float | None = None) -> str:
    if want == LIMIT:
        if isinstance(r, Exception) and type(r).__name__ == "InvalidInput":
            return "OK"
        want = ASK
    return _base_verdict(r, want, length)


probe_kit.wrong = _wrong
probe_kit.verdict = _verdict

XT = "extending to a total, by a multiple, by an amount to each end, or an intro + outro: the seconds added, right end"
TR = "a cut of the first/last N, a cut down to a length (the end), a span kept; a shortening with no end said: asked"
WN = "a window as start + length, first/last N, a half, third, quarter or percent, mm:ss, m'ss\", 1m10s, native digits"
EX = "export settings together: format + bitrate + loudness + fades + loop, '14 LUFS', 'for Spotify', 'CD quality'"
LM = "amounts past the limits (fade > 60 s, bitrate > 320, LUFS out of range, past the end, total > 3,600 s): no plan"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) extending to a total (200 s track)
    (XT, L, "make it 5 minutes long", ext(0, 100)),
    (XT, L, "double its length", ext(0, 200, ask_ok=True)),
    (XT, L, "make it a minute longer", ext(0, 60)),
    (XT, L, "bring it up to 3:30", ext(0, 10)),
    (XT, L, "I need it to last 4 minutes", ext(0, 40)),
    (XT, L, "add half a minute to each end", ext(30, 30)),
    (XT, L, "give it a 15 s intro and a 20 s outro", ext(15, 20)),
    (XT, L, "add a 5 minute intro", ext(300, 0, ask_ok=True)),
    (XT, L, "make it 3 minutes", trim(end=20, ask_ok=True)),
    (XT, L, "alárgala hasta los 5 minutos", ext(0, 100)),
    (XT, L, "hazla el doble de larga", ext(0, 200, ask_ok=True)),
    (XT, L, "rallonge-la d'une minute", ext(0, 60)),
    (XT, L, "mach das Stück 4 Minuten lang", ext(0, 40)),
    (XT, L, "deixa a música com 4 minutos", ext(0, 40)),
    (XT, L, "allungala fino a 4 minuti e mezzo", ext(0, 70)),
    (XT, L, "全体で5分になるように後ろを伸ばして", ext(0, 100)),
    (XT, L, "把这首歌延长到4分钟", ext(0, 40)),
    (XT, L, "3분 30초까지 늘려줘", ext(0, 10)),
    (XT, L, "удлини трек до 4 минут", ext(0, 40)),
    (XT, L, "przedłuż to do 5 minut", ext(0, 100)),
    (XT, L, "parçayı 4 dakikaya uzat", ext(0, 40)),
    (XT, L, "maak hem aan beide kanten een halve minuut langer", ext(30, 30)),
    (XT, L, "शुरू में 15 सेकंड का इंट्रो और आखिर में 20 सेकंड का आउट्रो जोड़ो", ext(15, 20)),
    (XT, L, "خليها ٤ دقائق", ext(0, 40, ask_ok=True)),
    (XT, L, "آهنگ رو برسون به ۵ دقیقه", ext(0, 100, ask_ok=True)),
    (XT, L, "kéo dài bài thêm 1 phút nữa", ext(0, 60)),
    (XT, L, "panjangkan lagunya jadi 4 menit", ext(0, 40)),
    (XT, L, "gör den en minut längre", ext(0, 60)),
    (XT, L, "зроби її вдвічі довшою", ext(0, 200, ask_ok=True)),
    (XT, L, "βάλε ένα intro 15 δευτερολέπτων και ένα outro 20 δευτερολέπτων", ext(15, 20)),
    # --- (2) trims and cuts (200 s track)
    (TR, L, "cut the first 4 seconds", trim(4)),
    (TR, L, "trim it down to 90 seconds", trim(end=110)),
    (TR, L, "remove the last 10 s", trim(end=10)),
    (TR, L, "keep only 0:30 to 1:30", trim(30, 110, ask_ok=True)),
    (TR, L, "shorten it by 20 seconds", ASK),
    (TR, L, "shorten it by 20 seconds from the end", trim(end=20)),
    (TR, L, "cut everything after 3:00", trim(end=20)),
    (TR, L, "trim it to 3 minutes", trim(end=20)),
    (TR, L, "quítale los primeros 4 segundos", trim(4)),
    (TR, L, "recórtala a 90 segundos", trim(end=110, ask_ok=True)),
    (TR, L, "coupe les 10 dernières secondes", trim(end=10)),
    (TR, L, "kürz es um 20 Sekunden", ASK),
    (TR, L, "tieni solo la parte da 0:30 a 1:30", trim(30, 110, ask_ok=True)),
    (TR, L, "最初の4秒をカットして", trim(4)),
    (TR, L, "把最后10秒剪掉", trim(end=10)),
    (TR, L, "앞에 4초 잘라줘", trim(4, ask_ok=True)),
    (TR, L, "обрежь до полутора минут", trim(end=110, ask_ok=True)),
    (TR, L, "wytnij ostatnie 10 sekund", trim(end=10)),
    (TR, L, "ilk 4 saniyeyi kes", trim(4)),
    (TR, L, "احذف أول ٤ ثواني", trim(4)),
    (TR, L, "आखिरी 10 सेकंड काट दो", trim(end=10)),
    (TR, L, "korta den med 20 sekunder", ASK),
    # --- (3) windows to regenerate
    (WN, L, "redo from 1:10, 15 seconds of it", inp(70, 85)),
    (WN, L, "regenerate the last 20 seconds", inp(180, 200)),
    (WN, L, "redo the first 10 seconds", inp(0, 10)),
    (WN, L, "regenerate the second half", inp(100, 200, ask_ok=True)),
    (WN, T3, "redo the middle third", inp(60, 120, ask_ok=True)),
    (WN, L, "regenerate the last quarter", inp(150, 200, ask_ok=True)),
    (WN, L, "redo 30% to 50% of the track", inp(60, 100, ask_ok=True)),
    (WN, L, "regenerate 1m10s to 1m25s", inp(70, 85)),
    (WN, L, "redo 70 s to 85 s, the vocal cracks", inp(70, 85)),
    (WN, L, "rehaz desde 1'10\" quince segundos", inp(70, 85, ask_ok=True)),
    (WN, L, "mach die Stelle ab 1:10 neu, 15 Sekunden lang", inp(70, 85)),
    (WN, L, "refais le passage de 1:10 à 1:25", inp(70, 85)),
    (WN, L, "1分10秒から15秒間を作り直して", inp(70, 85)),
    (WN, L, "重新生成1:10到1:25这段", inp(70, 85)),
    (WN, L, "أعد توليد الجزء من ١:١٠ إلى ١:٢٥", inp(70, 85)),
    (WN, L, "از ۱:۱۰ تا ۱:۲۵ رو دوباره بساز", inp(70, 85)),
    (WN, L, "१:१० से १:२५ तक फिर से बनाओ", inp(70, 85)),
    (WN, L, "১:১০ থেকে ১:২৫ পর্যন্ত আবার বানাও", inp(70, 85)),
    (WN, L, "переделай последние 20 секунд", inp(180, 200)),
    (WN, L, "rifai gli ultimi 20 secondi", inp(180, 200)),
    (WN, L, "1분 10초부터 15초 동안 다시 만들어줘", inp(70, 85)),
    (WN, L, "làm lại đoạn từ 1:10 đến 1:25", inp(70, 85)),
    # --- (4) export settings together
    (
        EX,
        L,
        "export as mp3 320, -14 LUFS, 3 s fade out",
        fmt_is("mp3", bitrate_kbps=320, loudness_lufs=-14, fade_out_s=3),
    ),
    (EX, L, "mp3 at 14 LUFS please", fmt_is("mp3", loudness_lufs=-14, ask_ok=True)),
    (EX, L, "master it for Spotify", free(loudness_lufs=-14, ask_ok=True)),
    (EX, L, "send me a 320 mp3", fmt_is("mp3", bitrate_kbps=320)),
    (EX, L, "CD quality please", {"tool": FREE, "format_in": ["wav", "flac"], "bitrate_kbps": None, "ask_ok": True}),
    (EX, L, "make a seamless loop of it", {"tool_not": NEW, "loop": True, "ask_ok": True}),
    (EX, L, "pásamela a mp3 a 192 con un fade out de 5 segundos", fmt_is("mp3", bitrate_kbps=192, fade_out_s=5)),
    (EX, L, "als FLAC, normalisiert auf -16 LUFS, 2 Sekunden Fade-in", fmt_is("flac", loudness_lufs=-16, fade_in_s=2)),
    (EX, L, "en ogg 160 kbps avec un fondu de fin de 4 secondes", fmt_is("ogg", bitrate_kbps=160, fade_out_s=4)),
    (EX, L, "mp3の320kbpsで、音量は-14LUFSにして", fmt_is("mp3", bitrate_kbps=320, loudness_lufs=-14)),
    (EX, L, "导出wav，响度-14，结尾淡出3秒", fmt_is("wav", loudness_lufs=-14, fade_out_s=3)),
    (EX, L, "exporta em mp3 320 e faz um loop perfeito", fmt_is("mp3", bitrate_kbps=320, loop=True)),
    (EX, L, "сделай mp3 320 и нормализуй до -14 LUFS", fmt_is("mp3", bitrate_kbps=320, loudness_lufs=-14)),
    (
        EX,
        L,
        "esporta in wav con dissolvenza in entrata di 2 secondi e in uscita di 6",
        fmt_is("wav", fade_in_s=2, fade_out_s=6),
    ),
    (EX, L, "mp3 olarak ver, 128 kbps, sonunda 3 saniyelik fade out", fmt_is("mp3", bitrate_kbps=128, fade_out_s=3)),
    (EX, L, "trim the first 2 s and export as flac at -14 LUFS", fmt_is("flac", trim_start_s=2, loudness_lufs=-14)),
    # --- (5) amounts past the limits
    (LM, L, "fade it out over 90 seconds", LIMIT),
    (LM, L, "export as mp3 at 500 kbps", LIMIT),
    (LM, L, "redo 2:50 to 3:40", LIMIT),
    (LM, 20.0, "regenerate the last 30 seconds", LIMIT),
    (LM, L, "make it 70 minutes long", LIMIT),
    (LM, L, "cut the first 4 minutes", LIMIT),
    (LM, L, "normalize to -50 LUFS", LIMIT),
    (LM, L, "un fundido de salida de 2 minutos", LIMIT),
    (LM, 3000.0, "extend it by another 15 minutes", LIMIT),
    (LM, L, "mp3でビットレート1000で書き出して", LIMIT),
]


if __name__ == "__main__":
    main(PROBES, __file__)
