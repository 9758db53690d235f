"""Issue 25, "the agent is a reader too": every labelled set with the fields a careful agent would fill, derived
from each label by one rule (tests/router_score.py `careful_fields`). A field must never turn a request into a
silent wrong plan, every question names the fields that settle it, and the sets are planned right at least at
the rate measured (scripts/router_eval_fields.py prints it per language).

Before this work (main at 3ba89b8): 2,101 of 2,146 (97.9 %) fully right with fields, 0 silent wrong, 17 of the
50 languages below 98 %."""

from __future__ import annotations

from typing import Any

import pytest

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_score import Score, careful_fields, contradictions, score_with_fields

# Measured: 2,142 of 2,146 (99.8 %), every language at 98 % or more (the bar with fields). The four
# misses are questions: a language named with no word saying it is sung ('rock en español', 'house
# française', 'पंजाबी भांगड़ा': sung in it, or the style?) and one compound Spanish request.
FLOOR = 0.995  # of all 2,146 requests, fully right with fields
LANG_FLOOR = 0.98  # in every language


def _sets() -> dict[str, list[tuple[Any, ...]]]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from router_eval_fields import sets

    return sets()


def _scored() -> Score:
    cases = [case for group in _sets().values() for case in group]
    assert len(cases) >= 2000
    return score_with_fields(cases)


def test_with_fields_no_silent_wrong_plan_every_question_named_and_the_measured_floor():
    # One test, one scoring of the 2,146 requests (a fixture would score them again in each xdist worker).
    scored = _scored()
    assert [(o.lang, o.request, o.got, o.detail) for o in scored.silent()] == []
    assert [(o.lang, o.request) for o in scored.outcomes() if o.question is not None and not o.question.fields] == []
    low = {lang: round(scored.rate(lang), 3) for lang in scored.by_lang if scored.rate(lang) < LANG_FLOOR}
    assert len(scored.by_lang) == 50
    assert scored.total() >= FLOOR
    assert low == {}


def test_a_field_that_disagrees_with_words_read_right_is_a_question():
    # Before: 340 of 2,776 such contradictions were planned anyway. Left (11): an extension side the words say
    # only by a noun the tables lack ('prolonge la fin', 'продли конец', '끝을 20초 늘려줘') or not at all
    # ('make it 30 s longer', 'hazla de 3 minutos en total': asked before a whole length was read), where the
    # agent's side is trusted.
    cases = [case for group in _sets().values() for case in group]
    tried, silent = contradictions(cases)
    assert tried >= 2500
    assert len(silent) <= 11, [(o.lang, o.request, o.detail[:120]) for o in silent]


def test_the_careful_agents_fields_come_from_the_label_by_one_rule():
    # A window in seconds from the start, both extensions, the length and "no vocals"; nothing for a question.
    assert careful_fields("redo the last 10 s", 60.0, "audio_inpaint", {"start_time": 50, "end_time": 60}) == {
        "start_time": 50.0,
        "end_time": 60.0,
    }
    extension = careful_fields("x", 60.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 9})
    assert extension == {"extend_before": 0.0, "extend_after": 9.0}
    assert careful_fields("lofi, 90 s, no vocals", None, "t2a", {"duration": 90, "lyrics": "[inst]"}) == {
        "duration": 90,
        "instrumental": True,
    }
    song = "a ballad\n[Verse]\nat 10:30 we meet\n[Chorus]\nstay"
    assert careful_fields(song, None, "text_to_audio_v15", {})["lyrics"] == "[Verse]\nat 10:30 we meet\n[Chorus]\nstay"
    assert careful_fields("fix the chorus", 120.0, "ask", {}) == {}


def _plan(text: str, length: float | None = None, **fields: Any) -> Plan | Question:
    audio = "trk_0123456789ab" if length is not None else None
    return plan(Request(text, audio=audio, audio_length_s=length, source_tags="x" if audio else None, **fields))


@pytest.mark.parametrize(
    "text",
    ["musica tranquilla, minuta tria circiter", "fè yon mizik kalm ak pyano, de minit", "τραγούδι τριών λεπτών, ροκ"],
)
def test_a_length_the_words_hold_unread_is_the_agents_field_and_a_question_without_it(text):
    assert isinstance(_plan(text), Question)
    planned = _plan(text, duration=180)
    assert isinstance(planned, Plan) and planned.arguments["duration"] == 180


def test_a_length_read_in_parts_is_the_field_only_when_the_parts_add_up_to_it():
    text = "maak een housetrack van drie en een halve minuut, alleen instrumentaal"
    planned = _plan(text, duration=210, instrumental=True)
    assert isinstance(planned, Plan) and planned.arguments["duration"] == 210
    assert isinstance(_plan(text, duration=200, instrumental=True), Question)


def test_a_read_length_that_disagrees_with_the_field_is_still_a_question():
    assert isinstance(_plan("lo-fi beat, dos minutos", duration=90), Question)
    assert isinstance(_plan("alonga 20 segundos no fim", 90.0, extend_after=30), Question)


def test_a_change_verb_with_a_format_and_nothing_else_is_the_free_conversion_by_words_or_field():
    text = "इसे mp3 में बदल दो"
    by_words = _plan(text, 120.0)  # (it was a question offering the conversion; nothing else was said)
    assert (
        isinstance(by_words, Plan) and by_words.tool == "process_track" and by_words.arguments["output_format"] == "mp3"
    )
    converted = _plan(text, 120.0, deliverables={"output_format": "mp3"})
    assert isinstance(converted, Plan) and converted.tool == "process_track"
    assert converted.arguments["output_format"] == "mp3"
    # A verb changing something the words name (an instrument) is no conversion: still the question.
    content = _plan("replace the guitar with piano, as mp3", 120.0, deliverables={"output_format": "mp3"})
    assert isinstance(content, Question) and "start_time" in content.fields
    # A window in the words is new music: the format is only how it is delivered.
    windowed = _plan("0:10 से 0:20 mp3 में बदल दो", 120.0, deliverables={"output_format": "mp3"})
    assert (
        isinstance(windowed, Plan) and windowed.tool == "audio_inpaint" and windowed.deliver["output_format"] == "mp3"
    )


def test_a_count_of_pieces_is_the_takes_field():
    assert isinstance(_plan("сгенери 3 варианта трека на минуту, техно", takes=3, duration=60), Plan)
    assert isinstance(_plan("сгенери 3 варианта трека на минуту, техно", takes=2, duration=60), Question)


def test_a_tempo_range_is_no_length():
    planned = _plan("song in C# minor, 140-150 bpm, 2 min, instrumental")
    assert isinstance(planned, Plan) and planned.arguments["duration"] == 120


def test_a_verb_stem_of_three_letters_or_fewer_never_starts_a_longer_word():
    from ace_step_mcp.router.cues import LANGUAGES, find_cues, table

    short = [e for lang in LANGUAGES for es in table(lang).values() for e in es if e.endswith("*") and e.isascii()]
    assert [e for e in short if len(e) <= 4] == []
    assert [c.kind for c in find_cues("etwa viereinhalb minuten, lust, fosc")] == []


def test_an_arabic_language_name_is_read_without_its_article():
    from ace_step_mcp.router.languages import vocal_language_in

    assert vocal_language_in("أغنية عربية عن البحر") == ("عربية", "ar")
    assert vocal_language_in("أغنية بالعربية") is not None


def test_words_read_right_and_a_field_that_disagrees_ask_naming_the_fields():
    swapped = _plan("add 10 seconds at the start and 20 seconds at the end", 60.0, extend_before=20, extend_after=10)
    assert isinstance(swapped, Question) and swapped.fields == ("extend_before", "extend_after")
    wrong_side = _plan("add a 15 second intro with rain sounds", 60.0, extend_before=0, extend_after=15)
    assert isinstance(wrong_side, Question) and "extend_before" in wrong_side.fields
    shifted = _plan("sostituisci da 0:20 a 0:35 con un assolo di chitarra", 120.0, start_time=15, end_time=35)
    assert isinstance(shifted, Question) and shifted.fields == ("start_time", "end_time")
    past = _plan("regenerate the last 20 seconds as a big finish", 100.0, start_time=80, end_time=105)
    assert isinstance(past, Question)
    assert isinstance(_plan("学习用的轻柔钢琴曲，两分钟", duration=150), Question)
    assert isinstance(_plan("italo disco, 2 minuti, 120 BPM", duration=150), Question)
    # ... and the same fields agreeing are a plan.
    agreed = _plan("add 10 seconds at the start and 20 seconds at the end", 60.0, extend_before=10, extend_after=20)
    assert isinstance(agreed, Plan) and agreed.arguments["extend_after_duration"] == 20
    # A side the words give no amount for is the field's: '10 at the end' is not read as a length.
    both = _plan("add 10 seconds at the beginning and 10 at the end", 120.0, extend_before=10, extend_after=10)
    assert isinstance(both, Plan) and both.arguments["extend_after_duration"] == 10


@pytest.mark.parametrize(
    ("text", "kbps"),
    [("export as 320 mp3 and normalize to -14 LUFS", 320), ("mp3 at 192 kbps", 192), ("a 128k mp3", 128)],
)
def test_a_bitrate_is_read_not_dropped_nor_taken_for_a_time(text, kbps):
    planned = _plan(text, 90.0)
    assert isinstance(planned, Plan) and planned.tool == "process_track"
    assert planned.arguments["bitrate_kbps"] == kbps and planned.arguments["output_format"] == "mp3"


def test_silence_asked_for_is_a_question_and_a_silence_ish_pad_is_music():
    assert isinstance(_plan("add 5 seconds of silence at the end", 90.0), Question)
    pad = _plan("replace 1m05s to 1m15s with silence-ish ambient pad", 120.0)
    assert isinstance(pad, Plan) and (pad.arguments["start_time"], pad.arguments["end_time"]) == (65, 75)


def test_a_window_from_the_end_allows_the_agents_rounding_of_a_fractional_length():
    def last_ten(start: float, end: float) -> Plan | Question:
        return _plan("regenerate the last 10 seconds, softer", 187.6, start_time=start, end_time=end)

    assert isinstance(last_ten(177, 187), Plan) and isinstance(last_ten(177.6, 187.6), Plan)
    assert isinstance(last_ten(170, 187.6), Question)
