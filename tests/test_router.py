"""The router against the labelled set: every case is planned right (what it measures), so one regression fails."""

from __future__ import annotations

import pytest

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import PREVIOUS, Plan, Question, Request, find_times, lyrics_language, plan, steps_for
from tests.router_cases import CASES, HELD_OUT


def run_case(case: dict) -> tuple[str, Plan | Question | None]:
    fields = dict(case.get("fields", {}))
    # A track of ours carries the tags it was made with; the router keeps them for edits.
    source = "indie pop, electric guitar, 120 BPM" if (case.get("audio") or "trk_" in case["request"]) else None
    req = Request(
        request=case["request"],
        audio=case.get("audio"),
        audio_length_s=case.get("length"),
        source_tags=source,
        **fields,
    )
    try:
        result = plan(req)
    except InvalidInput:
        return "error", None
    if isinstance(result, Question):
        return f"ask:{result.kind}", result
    return result.tool, result


def arg_checks(case: dict, result: Plan | Question | None) -> list[bool]:
    checks: list[bool] = []
    args = result.arguments if isinstance(result, Plan) else {}
    for key, want in case.get("args", {}).items():
        got = args.get(key)
        checks.append(got == pytest.approx(want) if isinstance(want, int | float) else got == want)
    tags = str(args.get("tags", "")).lower()
    checks.extend(word.lower() in tags for word in case.get("tags_has", []))
    return checks


def test_the_labelled_set_is_large_and_varied():
    assert len(CASES) >= 80
    kinds = {c["endpoint"].split(":")[0] for c in CASES}
    assert kinds >= {"text_to_audio", "text_to_audio_v15", "audio_inpaint", "audio_outpaint", "ask", "error"}
    assert sum(1 for c in CASES if c.get("fields")) >= 8
    assert sum(1 for c in CASES if not c["request"].isascii()) >= 8


@pytest.mark.parametrize("name", ["labelled", "held out"])
def test_router_accuracy_meets_the_bar(summary, name):
    cases = CASES + HELD_OUT if name == "labelled" else HELD_OUT
    endpoint_hits = 0
    arg_hits = arg_total = 0
    misses = []
    for case in cases:
        got, result = run_case(case)
        if got == case["endpoint"]:
            endpoint_hits += 1
        else:
            misses.append(f"endpoint {got} != {case['endpoint']}: {case['request']!r}")
        checks = (
            arg_checks(case, result)
            if got == case["endpoint"]
            else [False] * (len(case.get("args", {})) + len(case.get("tags_has", [])))
        )
        arg_hits += sum(checks)
        arg_total += len(checks)
        if not all(checks):
            misses.append(f"args {result.arguments if isinstance(result, Plan) else result}: {case['request']!r}")
    endpoint_rate = endpoint_hits / len(cases)
    arg_rate = arg_hits / arg_total
    summary(
        f"router ({name}): endpoints {endpoint_hits}/{len(cases)} = {endpoint_rate:.1%}, "
        f"arguments {arg_hits}/{arg_total} = {arg_rate:.1%}"
    )
    for miss in misses:
        summary(f"  miss: {miss}")
    # What it measures: every case right. A new miss fails here, and is listed in the run's summary.
    assert misses == []
    assert endpoint_rate == 1.0 and arg_rate == 1.0


def test_every_plan_explains_itself_with_the_words_that_decided_it():
    result = plan(Request("replace 0:20–0:40 with a piano breakdown", audio="trk_0123456789ab", audio_length_s=90))
    assert isinstance(result, Plan)
    assert "'replace' + a track → inpaint" in result.why()
    assert "'0:20-0:40' → 20-40 s" in result.why()
    jp = plan(Request("pop song, lyrics: 夜空に光る星"))
    assert isinstance(jp, Plan) and "Japanese lyrics → ACE Step 1.5" in jp.why()


def test_a_piece_longer_than_one_call_is_planned_as_the_calls_it_needs():
    five = plan(Request("make a 5 minute house track"))
    assert isinstance(five, Plan) and five.arguments["duration"] == 300
    steps = steps_for(five, None, 30)
    assert [(s.tool, s.arguments.get("duration"), s.arguments.get("extend_after_duration")) for s in steps] == [
        ("text_to_audio", 240, None),
        ("audio_outpaint", None, 60),
    ]
    assert steps[1].arguments["audio"] == PREVIOUS and steps[1].arguments["tags"] == five.arguments["tags"]
    # Growing a 30 s track to 6 minutes: 330 s in even steps of at most 240 s less the 30 s of context.
    grow = plan(Request("make it 6 minutes", audio="trk_0123456789ab", audio_length_s=30, tags="lo-fi"))
    assert isinstance(grow, Plan) and grow.arguments["extend_after_duration"] == 330
    parts = steps_for(grow, 30, 30)
    assert [p.arguments["extend_after_duration"] for p in parts] == [165, 165]
    assert [p.arguments["audio"] for p in parts] == ["trk_0123456789ab", PREVIOUS]
    # A short track whose result still fits one render goes in one call.
    assert (
        len(
            steps_for(plan(Request("make it 3 minutes", audio="trk_0123456789ab", audio_length_s=20, tags="x")), 20, 30)
        )
        == 1
    )
    with pytest.raises(InvalidInput, match=r"at most 3600 s"):
        plan(Request("make a 90 minute house track"))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90 seconds", 90),
        ("2 min", 120),
        ("1:30", 90),
        ("a minute and a half", 90),
        ("half a minute", 30),
        ("ninety seconds", 90),
        ("1 min 30 s", 90),
        ("45s", 45),
        ("2 minutos", 120),
        ("90秒", 90),
        ("a minute", 60),
        ("808s and 30 seconds", 30),
        ("80s synthpop, 40 seconds", 40),
        ("the 90s vibe, 50 s", 50),
    ],
)
def test_durations_are_read_in_many_spellings(text, seconds):
    assert [s.seconds for s in find_times(text)] == [seconds]


@pytest.mark.parametrize(
    ("lyrics", "language"),
    [
        ("夜空に光る星", "Japanese"),
        ("我爱你", "Chinese"),
        ("사랑해", "Korean"),
        ("Я люблю тебя", "Russian"),
        ("حبيبي", "Arabic"),
        ("दिल से", "Hindi"),
        ("Bajo la luna quiero bailar, mi corazón", "Spanish"),
        ("Je t'aime mon amour dans la nuit", "French"),
        ("[Verse]\nWe rise, we never fade", None),
        ("[inst]", None),
    ],
)
def test_lyrics_language_is_detected_from_script_and_words(lyrics, language):
    assert lyrics_language(lyrics) == language


@pytest.mark.parametrize(
    ("text", "audio", "tool", "deliver"),
    [
        ("make it an mp3", True, "process_track", None),
        ("normalise it to -14 LUFS", True, "process_track", None),
        ("add a 3 s fade out", True, "process_track", None),
        ("make a 30 s lo-fi loop, 90 BPM", False, "text_to_audio", {"loop": True}),
        ("a song called Loop de Loop", False, "text_to_audio", {}),
        ("a lofi beat with a looping piano riff", False, "text_to_audio", {}),
        ("more loudness in the drums", True, None, None),  # a question, never a silent normalisation
    ],
)
def test_deliverable_words_go_to_process_track_only_when_no_new_music_is_asked(text, audio, tool, deliver):
    result = plan(Request(text, audio="trk_0123456789ab" if audio else None, audio_length_s=60, tags="x"))
    assert getattr(result, "tool", None) == tool
    if deliver is not None:
        assert result.deliver == deliver


def test_requests_in_twelve_languages_are_planned_right(summary):
    from tests.router_cases_world import W
    from tests.router_score import careful_matches, score

    s = score(list(W), careful_matches)
    misses = [f"{o.lang}: {o.request!r} → {o.got} {o.detail[:120]}" for o in s.outcomes() if not o.right]
    silent_wrong = [o.request for o in s.silent()]
    summary(
        f"router (12 languages, {len(W)} requests): {s.total():.1%} fully right, {len(silent_wrong)} silent wrong plans"
    )
    for lang in sorted(s.by_lang):
        items = s.by_lang[lang]
        summary(f"  {lang}: {sum(o.right for o in items)}/{len(items)} = {s.rate(lang):.0%}")
    for miss in misses:
        summary(f"  miss: {miss}")
    assert len(W) >= 250 and len(s.by_lang) >= 12
    assert s.total() >= 0.95, misses
    assert all(s.rate(lang) >= 0.9 for lang, v in s.by_lang.items() if len(v) >= 10), misses
    assert silent_wrong == [], silent_wrong


@pytest.mark.parametrize(
    "text",
    [
        "с 0:20 до 0:40 замени",
        "0:20부터 0:40까지 바꿔줘",
        "从0:20到0:40换成吉他",
        "0:20から0:40を差し替えて",
        "0:20 से 0:40 तक बदलो",
        "reemplaza de 0:20 a 0:40",
        "ersetze von 0:20 bis 0:40",
        "vervang van 0:20 tot 0:40",
    ],
)
def test_range_words_of_each_language_become_a_dash(text):
    from ace_step_mcp.router.lang import normalise

    assert "0:20-0:40" in normalise(text.lower()).replace(" ", "")
