"""Red-team probe (redteam25c) of the rules added in ccfee35: prints each request, the plan or question, and a
verdict against what a careful reader is sure of. Run: sh scripts/uv run python scripts/router_probe_redteam3.py [filter]

Each case is (lang, request, track length or None, rule probed, expectation). The expectation is either "ASK"
(a question is right) or a dict of what a careful reader is sure of: tool, argument values (None: absent),
takes, and "vocal": the language the plan must sing in ("" for none named in the tags).
Verdicts: ok; OVER-BROAD (a question where a clear plan was due); SILENT WRONG (a plan that contradicts it)."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from ace_step_mcp.router import Plan, plan
from ace_step_mcp.router.model import Request

T = "trk_0123456789ab"
SRC = "lofi, piano, 80 BPM"
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


CASES: list[tuple[str, str, float | None, str, Any]] = [
    # --- _TWO_PIECES: one piece described with 'a … and a … beat'
    ("en", "a track with heavy bass and a trap beat", None, "_TWO_PIECES", new()),
    ("en", "a chill song with soft vocals and a slow beat", None, "_TWO_PIECES", new()),
    ("en", "a pop song with an upbeat tempo and a dance beat", None, "_TWO_PIECES", new()),
    ("en", "make a song with a jazzy piano and a soft drum beat", None, "_TWO_PIECES", new()),
    ("en", "a song with a catchy hook and a strong beat", None, "_TWO_PIECES", new()),
    ("en", "a song for my wedding and a happy beat", None, "_TWO_PIECES", new()),
    ("es", "una canción con guitarra y un beat de trap", None, "_TWO_PIECES", new()),
    ("fr", "une chanson avec une guitare et un beat lent", None, "_TWO_PIECES", new()),
    ("de", "ein Song mit Klavier und ein Beat im Hintergrund", None, "_TWO_PIECES", new()),
    ("ja", "少しずつ盛り上がるピアノ曲を2分で", None, "_TWO_PIECES (ずつ)", new(duration=120)),
    ("ja", "ローファイとトラップを混ぜたビート", None, "_TWO_PIECES (とトラップ)", new()),
    ("ja", "ジャズとトラップのビート", None, "_TWO_PIECES (とトラップ)", new()),
    ("en", "a lofi beat and a trap beat", None, "_TWO_PIECES", ASK),
    # --- _SEVERAL: 'some/several/a few' + a word + 'alternative…/variations' in a style
    ("en", "a song with some alternative rock vibes, 2 minutes", None, "_SEVERAL", new(duration=120)),
    ("en", "a rock song with some alternative metal influence, 3 minutes", None, "_SEVERAL", new(duration=180)),
    ("en", "an indie song with several alternative influences", None, "_SEVERAL", new()),
    ("en", "a jazz tune with some improvised variations", None, "_SEVERAL", new()),
    ("en", "a piano piece, theme with several variations", None, "_SEVERAL", new()),
    ("en", "a track with a few variations in the drums", None, "_SEVERAL", new()),
    ("en", "a song with a couple of alternative endings", None, "_SEVERAL", new()),
    ("es", "una canción indie con algunos toques alternativos", None, "_SEVERAL", new()),
    ("fr", "une chanson avec quelques variations de tempo", None, "_SEVERAL", new()),
    ("en", "regenerate 1:00-1:30 with some variation in the drums", 180, "_SEVERAL (edit)", inp(60, 90)),
    ("en", "extend it by 30 seconds with a few variations on the melody", 180, "_SEVERAL (edit)", ext(0, 30)),
    ("en", "redo 0:30-0:45, some variation would be nice", 180, "_SEVERAL (edit)", inp(30, 45)),
    ("en", "a few versions of a lofi beat", None, "_SEVERAL", ASK),
    # --- _PART_LENGTH / unused part lengths beside a clear total
    ("en", "a 90 second jingle with a 5 second fade out", None, "_PART_LENGTH", new(duration=90)),
    ("en", "a 2 minute song with a 10 second intro", None, "accounting (part length)", new(duration=120)),
    ("en", "a 3 minute rock song with a 20 second guitar solo", None, "accounting (part length)", new(duration=180)),
    (
        "es",
        "una canción de 2 minutos con una intro de 10 segundos",
        None,
        "accounting (part length)",
        new(duration=120),
    ),
    # --- _TITLED: 'about X N minutes', 'called X that lasts N', a quoted length
    ("en", "a song about a rainy day 2 minutes long", None, "_TITLED (about)", new(duration=120)),
    ("en", "a song about my dog 3 minutes long", None, "_TITLED (about)", new(duration=180)),
    ("en", "a song about the sea 90 seconds", None, "_TITLED (about)", new(duration=90)),
    ("en", "a jingle about our bakery 30 seconds", None, "_TITLED (about)", new(duration=30)),
    ("en", "a song about a road trip 2 min", None, "_TITLED (about)", new(duration=120)),
    ("en", "a song called Summer Nights that lasts 2 minutes", None, "_TITLED (called)", new(duration=120)),
    ("en", "a song titled Home about 3 minutes long", None, "_TITLED (called)", new(duration=180)),
    ("en", "a song called Two Hearts, 2 takes", None, "_TITLED (called)", new(takes=2)),
    ("en", 'a lofi beat "2 minutes"', None, "_TITLED (quote)", new(duration=120)),
    ("en", 'a 2 minute song called "Two Hearts"', None, "title numbers", new(duration=120)),
    ("en", 'a song called "Two Hearts", 2 minutes', None, "title numbers", new(duration=120)),
    ("en", "a song called 60 Seconds", None, "_TITLED", ASK + "|plan"),
    # --- _EXCEPT on an inpaint whose window is clear
    ("es", "rehaz del 1:00 al 1:30 con menos batería", 180, "_EXCEPT (menos)", inp(60, 90)),
    ("es", "regenera del 1:00 al 1:30 con menos guitarra", 180, "_EXCEPT (menos)", inp(60, 90)),
    ("pt", "refaz de 1:00 a 1:30 com menos guitarra", 180, "_EXCEPT (menos)", inp(60, 90)),
    ("fr", "refais 1:00-1:30, ne touche pas au reste", 180, "_EXCEPT (ne touche)", inp(60, 90)),
    ("en", "redo 1:00-1:30 with a different melody, other than that it's perfect", 180, "_EXCEPT", inp(60, 90)),
    ("en", "redo 1:00-1:30 with a different melody, don't touch the rest", 180, "_EXCEPT", inp(60, 90)),
    ("de", "mach 1:00-1:30 neu, lass den Rest in Ruhe", 180, "_EXCEPT (in ruhe)", inp(60, 90)),
    ("ru", "замени с 1:00 до 1:30, остальное не трогай", 180, "_EXCEPT (не трогай)", inp(60, 90)),
    ("ja", "1:00から1:30を作り直して、それ以外はそのまま", 180, "_EXCEPT (以外)", inp(60, 90)),
    ("en", "regenerate everything except 1:00-1:30", 180, "_EXCEPT", ASK),
    # --- _NOT_A_REQUEST: a request phrased as a question, or with praise of the rest
    ("en", "can you make 1:00-1:30 more energetic?", 180, "_NOT_A_REQUEST (?)", inp(60, 90)),
    ("en", "could you make the part from 1:00 to 1:30 jazzier?", 180, "_NOT_A_REQUEST (?)", inp(60, 90)),
    ("es", "puedes hacer el 1:00-1:30 más energético?", 180, "_NOT_A_REQUEST (?)", inp(60, 90)),
    ("de", "kannst du 1:00-1:30 energischer machen?", 180, "_NOT_A_REQUEST (?)", inp(60, 90)),
    ("fr", "tu peux rendre 1:00-1:30 plus énergique ?", 180, "_NOT_A_REQUEST (?)", inp(60, 90)),
    ("en", "I love the song but make 1:00-1:30 jazzier", 180, "_NOT_A_REQUEST (i love)", inp(60, 90)),
    ("en", "make 1:00-1:30 jazzier, I like the rest", 180, "_NOT_A_REQUEST (i like)", inp(60, 90)),
    ("en", "1:00-1:30 should be more energetic, the rest is great", 180, "_NOT_A_REQUEST (is great)", inp(60, 90)),
    (
        "en",
        "make 1:00 to 1:30 more dramatic, what is there now is boring",
        180,
        "_NOT_A_REQUEST (what is)",
        inp(60, 90),
    ),
    ("en", "what is at 1:00-1:30?", 180, "_NOT_A_REQUEST", ASK),
    # --- EFFECT words that are sounds or ordinary words
    ("en", "make 1:00-1:30 hit harder", 180, "EFFECT (harder)", inp(60, 90)),
    ("en", "replace 1:00-1:30 with a steel pan solo", 180, "EFFECT (pan)", inp(60, 90)),
    ("en", "extend by 20 seconds with a reverse cymbal swell", 180, "EFFECT (reverse)", ext(0, 20)),
    ("en", "make 1:00-1:30 more intense, boost the energy", 180, "EFFECT (boost)", inp(60, 90)),
    ("en", "make 1:00-1:30 louder", 180, "EFFECT", ASK),
    # --- _BARS: 'bar' and 'Takt' in a style or an idiom
    ("en", "regenerate 1:00-1:30 in a jazz bar style", 180, "_BARS (bar)", inp(60, 90)),
    ("en", "extend by 30 seconds, piano bar vibe", 180, "_BARS (bar)", ext(0, 30)),
    ("en", "redo 1:00-1:30 with a bar-room piano", 180, "_BARS (bar)", inp(60, 90)),
    ("de", "mach 1:00-1:30 neu, aber bleib im Takt", 180, "_BARS (Takt)", inp(60, 90)),
    ("de", "verlängere um 30 Sekunden, gleicher Takt", 180, "_BARS (Takt)", ext(0, 30)),
    ("en", "extend it 30 seconds and for good measure add a fade out", 180, "_BARS (measure)", ASK + "|plan"),
    ("en", "redo bars 9-16", 180, "_BARS", ASK),
    # --- _LONGER_FADE / _SECTION_EXTENDED beside a clear extension
    ("en", "extend by 20 seconds with a longer fade out", 180, "_LONGER_FADE", ASK + "|plan"),
    ("en", "extend it 30 s with a longer chorus-like outro", 180, "_SECTION_EXTENDED", ext(0, 30)),
    # --- names_in: one sung language, with 'piano'/'techno'/'singer'/'cousin'/'nova' before it
    ("en", "a piano song in Spanish", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="spanish")),
    ("en", "a sad piano song in Japanese", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="japanese")),
    ("en", "a romantic piano song in Korean", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="korean")),
    ("en", "a piano ballad in English", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="english")),
    ("en", "a techno track in German", None, "names_in (_EXCLUDING 'no' in techno)", new(vocal="german")),
    ("en", "a techno song with German vocals", None, "names_in (_EXCLUDING 'no' in techno)", new(vocal="german")),
    ("en", "a female singer singing in Spanish", None, "names_in (_EXCLUDING 'sin' in singer)", new(vocal="spanish")),
    ("en", "a soprano singing in Italian", None, "names_in (_EXCLUDING 'no' in soprano)", new(vocal="italian")),
    ("en", "a song for my cousin in Spanish", None, "names_in (_EXCLUDING 'sin' in cousin)", new(vocal="spanish")),
    ("en", "a Brazilian bossa nova in Portuguese", None, "names_in (_EXCLUDING 'no' in nova)", new(vocal="portuguese")),
    ("es", "una balada de piano en español", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="spanish")),
    ("pt", "uma canção de piano em português", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="portuguese")),
    ("fr", "un morceau de piano en français", None, "names_in (_EXCLUDING 'no' in piano)", new(vocal="french")),
    # --- names_in: a country or a subject beside the one sung language
    ("es", "una canción en español sobre mi viaje a Francia", None, "names_in (country)", new(vocal="spanish")),
    ("fr", "une chanson en français sur l'Espagne", None, "names_in (country)", new(vocal="french")),
    ("de", "ein Lied auf Deutsch über Italien", None, "names_in (country)", new(vocal="german")),
    ("en", "a song in English for my Chinese friend", None, "names_in (subject)", new(vocal="english")),
    ("en", "a song about learning English, sung in Spanish", None, "names_in (subject)", new(vocal="spanish")),
    # --- names_in: a national style plus 'in English' (asked, or sung in the style's language)
    ("en", "a French pop song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a French pop song, sung in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Spanish pop song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a German rock song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Greek-style song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Korean-style ballad in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Chinese-style song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "an Arabic-style melody sung in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Brazilian samba song in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Hindi film song style track in English", None, "names_in (style excluded)", new(vocal="english")),
    ("en", "a Japanese city pop song in English", None, "names_in", new(vocal="english")),
    ("en", "a French chanson in English", None, "names_in", new(vocal="english")),
    ("en", "a Russian folk song in English", None, "names_in", new(vocal="english")),
    ("en", "a Spanish flamenco song in English", None, "names_in", new(vocal="english")),
    ("fr", "un rap français en anglais", None, "names_in", new(vocal="english")),
    ("it", "una canzone pop italiana in inglese", None, "names_in", new(vocal="english")),
    ("ru", "японская поп-песня на русском", None, "names_in", new(vocal="russian")),
    ("en", "a song in English, no autotune", None, "tags (negated)", new(vocal="english", no_tag="autotune")),
    # --- _SUNG_SIGN
    ("en", "an instrumental track for a video about people who sung in choirs", None, "_SUNG_SIGN", new()),
    # --- 'except' in a new track's style: the excluded instrument put in the tags
    ("en", "a pop song, all instruments except drums", None, "tags (except)", new(no_tag="drums")),
    ("en", "a song with all instruments except guitar", None, "tags (except)", new(no_tag="guitar")),
    ("en", "a pop song, everything except drums, 2 minutes", None, "tags (except)", new(duration=120, no_tag="drums")),
    ("it", "rifai da 1:00 a 1:30, il resto non toccarlo", 180, "tags (junk)", inp(60, 90, no_tag="toccarlo")),
    # --- _NOT_TIME_BEFORE 'is'/'fait'/'the': a bare length dropped, the default length planned
    ("en", "a lofi beat, length is 90", None, "_NOT_TIME_BEFORE (is)", new(duration=90)),
    ("en", "a lofi beat, duration is 120", None, "_NOT_TIME_BEFORE (is)", new(duration=120)),
    ("en", "a lofi beat whose length is 90", None, "_NOT_TIME_BEFORE (is)", new(duration=90)),
    ("en", "a lofi beat. Target length is 90.", None, "_NOT_TIME_BEFORE (is)", new(duration=90)),
    ("fr", "un beat lofi, la durée fait 90", None, "_NOT_TIME_BEFORE (fait)", new(duration=90)),
    ("en", "a lofi beat, duration: 90", None, "control", new(duration=90)),
    # --- folded side words equal to other languages' words: 'debut' (fr début), 'basa' (tr başa)
    ("en", "extend my debut single by 20 seconds", 120, "fold (debut = début)", ext(0, 20)),
    ("en", "add 20 seconds to my debut track", 120, "fold (debut = début)", ext(0, 20)),
    ("en", "extend 20 s, it's the debut of my band", 120, "fold (debut = début)", ext(0, 20)),
    ("es", "extiende 20 segundos la canción, se basa en jazz", 120, "fold (basa = başa)", ext(0, 20)),
    ("it", "allunga di 20 secondi, si basa sul jazz", 120, "fold (basa = başa)", ext(0, 20)),
    # --- counts: 'つ', '곡' and '首' classifiers in ordinary words
    ("ja", "四つ打ちのハウスを作って", None, "_COUNT_WORDS (四つ打ち)", new(takes=None)),
    ("ja", "4つ打ちのテクノを2分で", None, "_COUNT_WORDS (四つ打ち)", new(duration=120, takes=None)),
    ("ja", "二つ目のサビで盛り上がる曲", None, "_COUNT_WORDS (二つ目)", new(takes=None)),
    ("ko", "동네 곡 하나 만들어줘", None, "_COUNT_WORDS (동네 곡)", new(takes=None)),
    # --- shaping: 'son…' (Turkish 'last') in 'song', 'son', 'sono'
    (
        "de",
        "schneide die ersten 10 Sekunden vom Song ab",
        180,
        "shaping _END son\\w*",
        {"tool": FREE, "trim_start_s": 10},
    ),
    ("fr", "coupe les 10 premières secondes du son", 180, "shaping _END son\\w*", {"tool": FREE, "trim_start_s": 10}),
    (
        "it",
        "taglia i primi 10 secondi, sono troppo lenti",
        180,
        "shaping _END son\\w*",
        {"tool": FREE, "trim_start_s": 10},
    ),
    ("en", "fade in the song over 5 seconds", 180, "shaping _END son\\w*", {"tool": FREE, "fade_in_s": 5}),
    ("en", "trim 5 seconds off the song", 180, "shaping _END son\\w* (free)", ASK),
    # --- colloquial add verbs in new-track requests (no track: a new piece)
    ("ko", "가사 붙여서 노래 만들어줘", None, "add verb 붙여 (tags)", new(no_tag="사 서")),
    ("ar", "أغنية عيد ميلاد لصديقي زيد", None, "add verb زيد", new()),
    ("pt", "uma música de 2 minutos, põe mais bateria", None, "add verb põe mais", new(duration=120)),
    ("hu", "írj egy dalt, tegyél bele zongorát", None, "add verb tegyél", new()),
    # --- _TO_END in other languages: 'N min al final' is an extension, not a window
    ("es", "añade 1 min al final", 120, "_TO_END", ext(0, 60)),
    ("it", "aggiungi 1 min alla fine", 120, "_TO_END", ext(0, 60)),
    ("fr", "ajoute 1 min a la fin", 120, "_TO_END", ext(0, 60)),
    ("pt", "adiciona 1 min ao final", 120, "_TO_END", ext(0, 60)),
    ("es", "rehaz desde 1:30 hasta el final", 180, "_TO_END", {"tool": IN, "start_time": 90}),
    # --- _A_MINUTE / _INVERTED
    ("ru", "сделай трек минуты на две в стиле лоуфай", None, "_INVERTED", new(duration=120)),
    ("ru", "продли трек на минуту", 120, "_A_MINUTE", ext(0, 60)),
    ("uk", "подовж трек на хвилину", 120, "_A_MINUTE", ext(0, 60)),
    ("he", "שיר של דקה וחצי", None, "_A_MINUTE", new(duration=90)),
    ("ar", "أغنية مدتها دقيقة ونصف", None, "_A_MINUTE", new(duration=90)),
]


def fmt(r: Plan | Any) -> str:
    if isinstance(r, Plan):
        extra = f" takes={r.takes}" if r.takes else ""
        args = {k: v for k, v in r.arguments.items() if k not in ("lyrics", "audio", "track")}
        return f"PLAN {r.tool} {args}{extra}"
    return f"ASK[{r.kind}] {r.text[:150]}"


def wrong(r: Plan, want: dict[str, Any]) -> list[str]:
    """What of the plan contradicts what a careful reader is sure of."""
    bad = []
    tags = str(r.arguments.get("tags") or "").lower()
    for key, value in want.items():
        if key == "tool":
            if not r.tool.startswith(value):
                bad.append(f"tool {r.tool} (want {value})")
        elif key == "takes":
            if (r.takes or None) != value:
                bad.append(f"takes {r.takes} (want {value})")
        elif key == "vocal":
            sung = [w.split()[0] for w in tags.split(",") if w.strip().endswith(" vocal")]
            if sung != [value]:
                bad.append(f"sung in {sung or 'the default'} (want {value})")
        elif key == "no_tag":
            if value.lower() in tags:
                bad.append(f"tags {tags!r} hold {value!r}")
        elif r.arguments.get(key) != value:
            bad.append(f"{key}={r.arguments.get(key)} (want {value})")
    return bad


def main() -> None:
    only = sys.argv[1] if len(sys.argv) > 1 else None
    tally: Counter[str] = Counter()
    over: Counter[str] = Counter()
    for lang, text, length, rule, want in CASES:
        if only and only not in text and only != lang and only not in rule:
            continue
        req = Request(
            request=text, audio=T if length else None, audio_length_s=length, source_tags=SRC if length else None
        )
        r = plan(req)
        if isinstance(want, str):  # ASK (or 'ASK|plan': either is fine)
            verdict = "ok" if not isinstance(r, Plan) or want.endswith("|plan") else "SILENT WRONG (a question was due)"
        elif isinstance(r, Plan):
            bad = wrong(r, want)
            verdict = "ok" if not bad else "SILENT WRONG: " + "; ".join(bad)
        else:
            verdict = "OVER-BROAD"
            over[rule.split(" (")[0]] += 1
        tally[verdict.split(":")[0]] += 1
        print(f"[{lang}] {text!r} len={length} rule={rule}\n    got: {fmt(r)}\n    verdict: {verdict}")
    print("\n" + ", ".join(f"{k}: {v}" for k, v in sorted(tally.items())))
    for rule, n in over.most_common():
        print(f"  over-broad {n:2d}  {rule}")


if __name__ == "__main__":
    main()
