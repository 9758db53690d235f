"""Red-team probe (redteam40) of the router rules changed in 526da1d..e4f93e1 (7679bb5, e4f93e1), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) router/cannot.py, what no tool here does said beside what one does (a key or tempo
change, vocals or drums taken out or kept alone, karaoke / stems, reverb / EQ / mastering, a mix with another
recording, a format none writes): missed when said in other words, languages, slang, typos or upper case (ASK), and
read where nothing of it is asked (titles, stories, negations, trims said with a verb of removing, a style 'mix of
X with Y', a slower fade, words that only sound like it); (2) account's window that must lie inside the track,
tried just inside, at the edge, relative to the end and with the agent's start_time / end_time passed; (3) '3분의
1', '3分の1', '三分之一' as thirds (and '3분의 삼바', '3分の三味線' that are three minutes), सवा / पौने / সোয়া / পৌনে /
سوا / پونے as a quarter more or less (and 'सवा सौ' 125, Urdu 'کے سوا' besides), Danish 'to et halvt'; (4) cues
'l'inizio', 'den Anfang', 'das Ende' in stories, negations and beside the other side; (5) the first or last N
seconds with no track open, no longer a new piece's length (a piece for the first 45 seconds of a video, a 30 s
piece for the last 30 seconds of one); (6) quick.py's first-character gate 7679bb5, which must change no plan
(İ, ſ, the Kelvin sign, Greek capitals, Turkish capitals, full-width letters, very long texts).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. The few probes in FIELDS are run with the agent's fields passed too
(start_time, end_time, output_format), keyed by their text, as redteam22 passes `duration`.

Run: sh scripts/uv run python scripts/router_probe_redteam40.py [filter] [-q] [--old SRC]

First run on e4f93e1 (labels committed before it, f167ff0): 158 probes; OK 66, ASKED 50, SILENT WRONG 42 (3 new
vs 526da1d, 39 pre-existing), ERROR 0. Against 526da1d: 18 silent -> OK, 1 silent -> asked, 1 asked -> OK, 39 OK ->
asked (37 cannot.py on clean requests: titles unquoted or in ‘’ „“ 『』, stories, negations after the word, trims
said with 'remove' / 'delete' / 'hapus' / 'bỏ' / '去掉' beside a part of the mix, 'a mix of X with Y', 'zusammen',
'eco', 'playback', 'Amr', 'tonalidad' / 'Tonart' kept, a slower fade; 2 a piece for the first N seconds of a video),
3 OK -> silent: 'اس کے سوا دو منٹ' (besides this, two minutes) read as 2¼ min; 'non toccare l'inizio', 'aber nicht
den Anfang' extend the start. Pre-existing silent: 34 no-tool requests said in other words (bpm, 1.25x, sped-up,
a minor third, 432 Hz, mute / nuke / instrumental version, delay, bass boost, MIDI, m4a beside wav, ...), a window
300-320 s of a 200 s track passed as fields, 'export as m4a' with output_format wav passed, Turkish capitals
(HIZLANDIR, SİL) and a zero-width space in 'reverb'.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, SRC, Plan, Request, T, ext, fmt_is, inp, main, nw, nws, plan, trim

probe_kit.wrong = probe_kit.wrong_more

# the agent's fields, for the probes that pass them (the words are the key)
FIELDS: dict[str, dict[str, Any]] = {}


def _run40(text: str, length: float | None) -> Any:
    f = FIELDS.get(text, {})
    req = Request(
        request=text,
        audio=T if length else None,
        audio_length_s=length,
        source_tags=SRC if length else None,
        start_time=f.get("start_time"),
        end_time=f.get("end_time"),
        deliverables=f.get("deliverables"),
    )
    try:
        return plan(req)
    except Exception as e:  # (an error is a verdict too)
        return e


probe_kit.run = _run40
_ = Plan

L = 180.0
L2 = 200.0

CN = "cannot: missed (other words, languages, slang, typos)"
CP = "cannot: read where nothing of it is asked"
AC = "account: a window inside the track"
FR = "thirds 3분의 1 / 3分の1, quarters सवा/पौने, Danish to et halvt"
CU = "cues l'inizio / den Anfang / das Ende"
PA = "first/last N s with no track: not a new piece's length"
QG = "quick gate 7679bb5 (no plan changed)"


def within(a: float, b: float, **kw: Any) -> dict[str, Any]:
    """That window redone, or a question."""
    return {"tool": IN, "start_time": a, "end_time": b, "ask_ok": True, **kw}


_LONG_CLEAN = (
    "Some background: this track is for my sister's wedding video, she walks in during the second verse and the "
    "guests clap along with the chorus, which is why the guitar part matters so much to her. "
) * 22
_LONG_VOCALS = _LONG_CLEAN + "Export it as mp3 and take the vocals out please."
_LONG_REVERB = "Put way more reverb on it. " + _LONG_CLEAN + "Then export it as mp3."
_LONG_OK = _LONG_CLEAN + "Just export it as mp3, nothing else."


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1a) what no tool does, said so the reader misses it: a question is due
    (CN, L, "Make it 140 bpm and export as mp3", ASK),
    (CN, L, "Play it at 1.25x speed and export wav", ASK),
    (CN, L, "Give me a sped-up version as mp3", ASK),
    (CN, L, "Redo 1:00-1:20, and speed up the song too", ASK),
    (CN, L, "Extend the end by 20 seconds and pick up the pace of the whole song", ASK),
    (CN, L, "Pásalo a mp3 y ponlo más rapidito", ASK),
    (CN, L, "导出mp3，速度快一些", ASK),
    (CN, L, "テンポアップしてmp3で書き出して", ASK),
    (CN, L, "속도 좀 올려서 mp3로 줘", ASK),
    (CN, L, "थोड़ा तेज़ कर दो और mp3 में दो", ASK),
    (CN, L, "Make it a minor third higher and export mp3", ASK),
    (CN, L, "Put it in D minor instead of E minor, then export flac", ASK),
    (CN, L, "Retune it to 432 Hz and export as wav", ASK),
    (CN, L, "Pásalo a mp3 y ponlo un tono más agudo", ASK),
    (CN, L, "Stimm es einen Ganzton runter und exportiere als wav", ASK),
    (CN, L, "Понизь на тон и сохрани в mp3", ASK),
    (CN, L, "키 좀 낮춰서 mp3로 줘", ASK),
    (CN, L, "把调降低一点，导出mp3", ASK),
    (CN, L, "Mute the vocals and export mp3", ASK),
    (CN, L, "Give me an instrumental version of this as mp3", ASK),
    (CN, L, "Nuke the vox, then mp3", ASK),
    (CN, L, "remoev the vocals and export mp3", ASK),
    (CN, L, "Export an a capella version as wav", ASK),
    (CN, L, "Turn the vocals down a bit and export mp3", ASK),
    (CN, L, "Pásalo a mp3 y bórrale la voz", ASK),
    (CN, L, "Exporte en mp3 et coupe la voix", ASK),
    (CN, L, "vocals hata do aur mp3 bana do", ASK),
    (CN, L, "반주만 남기고 mp3로 뽑아줘", ASK),
    (CN, L, "人声消音后导出mp3", ASK),
    (CN, L, "Make it so I can sing over it myself, then export as mp3", ASK),
    (CN, L, "Export mp3 and add a bit of delay on the vocals", ASK),
    (CN, L, "Boost the bass a bit and export as mp3", ASK),
    (CN, L, "Make it sound like it's played in a big cathedral, then export wav", ASK),
    (CN, L, "Layer my guitar take on top of it and export wav", ASK),
    (CN, L, "Trim the first 2 s and export as .m4r for my iPhone ringtone", ASK),
    (CN, L, "Fade out 5 s and give me a MIDI file", ASK),
    (CN, L, "Export as wav and also an m4a copy for my phone", ASK),
    # --- (1b) what no tool does, said plainly: guards
    (CN, L, "Export mp3 and quítale la voz", ASK),
    (CN, L, "Extend the song by 20 seconds and speed it up", ASK),
    (CN, L, "Extend the end by 20 s and make the whole thing faster", ASK),
    (CN, None, "Make a lo-fi beat and mix it with my vocals", ASK),
    # --- (1c) nothing of it asked: a plan is sure
    (CP, L, "Convert Faster Than Light to mp3", fmt_is("mp3")),
    (CP, L, "Export 'Don't Slow Down' as flac", fmt_is("flac")),
    (CP, L, "Export ‘Faster’ as wav", fmt_is("wav")),
    (CP, L, "Exportiere „Schneller“ als wav", fmt_is("wav")),
    (CP, L, "『リバーブ』をmp3に変換して", fmt_is("mp3")),
    (CP, L, "Trim the first 2 seconds of Karaoke Queen", trim(2)),
    (CP, L, "Make the fade out slower, 8 seconds", {"tool": FREE, "fade_out_s": 8}),
    (CP, L, "Fade out more slowly over the last 10 seconds", {"tool": FREE, "fade_out_s": 10}),
    (CP, L, "Export as mp3 — and faster this time, the last export took ages", fmt_is("mp3")),
    (CP, L, "Add 20 seconds at the end that gradually get slower, like a ritardando", ext(0, 20)),
    (CP, L, "Add 15 seconds of slower piano at the start", ext(15, 0)),
    (CP, L, "Extend the end by 20 s — it shouldn't get slower", ext(0, 20)),
    (CP, L, "Export as mp3 and please don't make it faster or slower", fmt_is("mp3")),
    (CP, L, "Verlängere um 20 Sekunden am Ende, der neue Teil etwas schneller", ext(0, 20)),
    (CP, L, "Redo 1:00-1:20, everything slower there", inp(60, 80)),
    (CP, L, "redo 1:00-1:20 with a calmer feel", inp(60, 80)),
    (CP, L, "Redo 1:00-1:20 a bit slower", inp(60, 80)),
    (CP, L, "I already made it faster myself, now export it as mp3", fmt_is("mp3")),
    (CP, L, "Ya lo aceleré yo en Audacity, ahora solo pásalo a mp3", fmt_is("mp3")),
    (CP, L, "I already removed the vocals myself, just convert it to mp3", fmt_is("mp3")),
    (CP, L, "Remove the first 2 s, the vocals start late", trim(2)),
    (CP, L, "Delete the last 5 seconds, the bass rumble there is ugly", trim(end=5)),
    (CP, L, "Cắt bỏ 5 giây đầu, giữ nguyên lời", trim(5)),
    (CP, L, "Hapus 5 detik pertama, vokalnya udah bagus", trim(5)),
    (CP, L, "去掉开头2秒，人声很好", trim(2)),
    (CP, L, "Extend the end by 20 seconds and separate the verses with a short drum fill", ext(0, 20)),
    (CP, L, "Regenerate 0:30-0:45 so the voice doesn't split on the high note", inp(30, 45)),
    (CP, L, "The reverb on the vocals is perfect; just extend the end by 15 seconds", ext(0, 15)),
    (CP, L, "The echo at 1:10 is intentional, redo 0:20-0:30 only", inp(20, 30)),
    (CP, L, "Keep the EQ as it is and export flac", fmt_is("flac")),
    (CP, L, "Export as wav, reverb is not needed", fmt_is("wav")),
    (CP, L, "Export as wav; I don't want any echo or reverb", fmt_is("wav")),
    (CP, L, "I'll do the mastering myself, just give me a wav", fmt_is("wav")),
    (CP, L, "Extend the jingle by 10 seconds at the end, it's for an eco campaign", ext(0, 10)),
    (CP, L, "Extend the end by 20 seconds, it's for playback at a wedding", ext(0, 20)),
    (CP, L, "Fade out the last 5 seconds, it's for Amr's birthday", {"tool": FREE, "fade_out_s": 5}),
    (CP, L, "Alarga 20 segundos al final manteniendo la tonalidad", ext(0, 20)),
    (CP, L, "Verlängere das Ende um 20 Sekunden, in derselben Tonart", ext(0, 20)),
    (CP, L, "Redo 0:40-0:55, the pitch goes up weirdly there", inp(40, 55)),
    (CP, L, "Extend the end by 30 seconds, mixing piano with soft strings", ext(0, 30)),
    (CP, L, "Regenera del 1:00 al 1:20 con una mezcla de guitarra y piano", inp(60, 80)),
    (CP, L, "Verlängere das Ende um 20 Sekunden, damit wir zusammen tanzen können", ext(0, 20)),
    (CP, None, "Make a lo-fi beat mixing jazz with my favourite funk grooves, 2 minutes", nws(120)),
    (CP, None, "Eine Mischung aus Jazz und meinem Lieblingsgenre Funk, 2 Minuten", nws(120)),
    (CP, None, "A slow 2 minute ballad about the sea", nws(120)),
    # --- (2) a window read from the words inside the track
    (AC, L2, "regenerate from 3:10 to the end", inp(190, 200)),
    (AC, L2, "regenerate from 3:20 to the end", ASK),
    (AC, L2, "regenerate from 3:19 to the end", within(199, 200)),
    (AC, L2, "redo 3:00-3:20", inp(180, 200)),
    (AC, L2, "redo 3:00-3:21", ASK),
    (AC, L2, "redo from 0:30 to 4:00", ASK),
    (AC, L2, "redo the first 201 seconds", ASK),
    (AC, L2, "redo from 1:50 to 10 seconds before the end", within(110, 190)),
    (AC, L2, "3:45 से आखिर तक दोबारा बनाओ", ASK),
    (AC, 230.0, "regenerate from 3:45 to the end", inp(225, 230)),
    (AC, 70.0, "redo 1:00-1:20", ASK),
    (AC, 70.0, "redo 1:00-1:10", inp(60, 70)),
    (AC, L2, "redo this bit", ASK),
    (AC, L2, "regenerate from 3:45 to the end, as the fields say", within(190, 200)),
    (AC, L2, "redo from here to 3:45", ASK),
    (AC, L, "Trim the first 2 s and export as m4a", ASK),
    # --- (3) thirds, quarters and halves said other ways
    (FR, L, "앞부분 3분의 1을 다시 만들어줘", inp(0, 60)),
    (FR, L, "마지막 4분의 1 다시 생성해줘", inp(135, 180)),
    (FR, L, "끝 3분의 1만 새로 만들어줘", inp(120, 180)),
    (FR, L, "중간 3분의 1 다시 만들어줘", within(60, 120)),
    (FR, L, "처음 3분의 2를 다시 만들어줘", within(0, 120)),
    (FR, 300.0, "마지막 3분 다시 만들어줘", within(120, 300)),
    (FR, L, "最初の4分の1をやり直して", inp(0, 45)),
    (FR, L, "最後の四分の一を作り直して", inp(135, 180)),
    (FR, L, "ラスト3分の1を作り直して", within(120, 180)),
    (FR, L, "前三分之一换成钢琴", within(0, 60)),
    (FR, None, "3분의 삼바 곡 만들어줘", nw(180)),
    (FR, None, "3分の三味線曲を作って", nw(180)),
    (FR, None, "पौने दो मिनट का गाना बनाओ", nws(105)),
    (FR, None, "सवा एक मिनट का गाना बनाओ", nws(75)),
    (FR, None, "सवा सौ सेकंड का गाना बनाओ", nw(125)),
    (FR, None, "पौने दो सौ सेकंड का गाना बनाओ", nw(175)),
    (FR, None, "সোয়া এক মিনিটের একটা গান", nws(75)),
    (FR, None, "পৌনে তিন মিনিটের একটা গান", nws(165)),
    (FR, None, "پونے تین منٹ کا گانا بناؤ", nws(165)),
    (FR, None, "اس کے سوا دو منٹ کا ایک اور گانا بناؤ", nw(120)),
    (FR, None, "सवा दो बजे की पार्टी के लिए 1 मिनट का गाना", nw(60)),
    (FR, L, "गाने को आखिर में सवा मिनट बढ़ाओ", ext(0, 75, ask_ok=True)),
    (FR, None, "Lav en sang på to og et halvt minut", nws(150)),
    # --- (4) the side said with an article
    (CU, L, "Allunga la fine di 20 secondi", ext(0, 20, ask_ok=True)),
    (CU, L, "Allunga di 20 secondi, ma non toccare l'inizio", ext(0, 20, ask_ok=True)),
    (CU, L, "Non allungare l'inizio, allunga la fine di 10 secondi", ext(0, 10, ask_ok=True)),
    (CU, L, "L'inizio è lento, la fine è perfetta: aggiungi 15 secondi prima", ext(15, 0, ask_ok=True)),
    (CU, L, "Das Ende ist zu abrupt. Verlängere den Anfang um 10 Sekunden", ext(10, 0, ask_ok=True)),
    (CU, L, "Den Anfang finde ich super, verlängere nur das Ende um 20 Sekunden", ext(0, 20, ask_ok=True)),
    (CU, L, "Verlängere den Anfang nicht, sondern das Ende um 20 Sekunden", ext(0, 20, ask_ok=True)),
    (CU, L, "Verlängere um 15 Sekunden, aber nicht den Anfang", ext(0, 15, ask_ok=True)),
    (CU, L, "Mach das Ende neu, die letzten 15 Sekunden", within(165, 180)),
    (CU, None, "Ein Lied über das Ende der Welt, 3 Minuten", nws(180)),
    (CU, None, "Una canzone di 2 minuti su l'inizio dell'estate", nws(120)),
    # --- (5) the first or last seconds with no track open
    (PA, None, "Background music for the first 45 seconds of my podcast", nws(45)),
    (PA, None, "Music for the last 30 seconds of my video — 30 seconds, upbeat", nws(30)),
    (PA, None, "Música para los primeros 20 segundos de mi vídeo, alegre", nws(20)),
    (PA, None, "A 2 minute song whose last 20 seconds are a slow piano outro", nws(120)),
    (PA, None, "A 30 second jingle where the first 10 seconds are a drum roll", nws(30)),
    (
        PA,
        None,
        "A song whose first 30 seconds are just piano, then the drums come in",
        {"tool": NEW, "duration_not": 30, "ask_ok": True},
    ),
    (PA, None, "Make the last half minute of the song more epic", ASK),
    (PA, None, "the final twenty seconds need more bass", ASK),
    (PA, None, "Redo the 20 seconds at the end", ASK),
    (PA, None, "最後の20秒をやり直して", ASK),
    (PA, None, "마지막 20초 다시 만들어줘", ASK),
    # --- (6) the first-character gate: odd letters, case folding, long texts
    (QG, L, "Extend the end by 20 ſeconds", ext(0, 20, ask_ok=True)),
    (QG, L, "EXTEND İT BY 20 SECONDS AT THE END", ext(0, 20, ask_ok=True)),
    (QG, L, "Export as mp3 and make a \u212aaraoke version", ASK),
    (QG, L, "ΒΓΆΛΕ ΤΑ ΦΩΝΗΤΙΚΆ ΚΑΙ ΚΆΝ' ΤΟ MP3", ASK),
    (QG, L, "Şarkıyı biraz HIZLANDIR ve mp3 olarak ver", ASK),
    (QG, L, "VOKALİ SİL ve mp3 yap", ASK),
    (QG, L, "ＥＸＰＯＲＴ ＡＳ ＭＰ３", fmt_is("mp3", ask_ok=True)),
    (QG, L, "Export as mp3 and add rev\u200berb", ASK),
    (QG, L, _LONG_VOCALS, ASK),
    (QG, L, _LONG_REVERB, ASK),
    (QG, L, _LONG_OK, fmt_is("mp3")),
]

FIELDS.update(
    {
        "redo this bit": {"start_time": 300.0, "end_time": 320.0},
        "regenerate from 3:45 to the end, as the fields say": {"start_time": 190.0, "end_time": 200.0},
        "redo from here to 3:45": {"start_time": 150.0},
        "Trim the first 2 s and export as m4a": {"deliverables": {"output_format": "wav"}},
    }
)


if __name__ == "__main__":
    main(PROBES, __file__)
