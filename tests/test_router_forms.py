"""Forms of times, numbers and totals people type that the router read wrong or not at all (issue 25), each
case failing on main at 523cfe5: a track id glued to CJK text, '1m' closing a range, Hindi typed in Latin
letters, 'viereinhalb' and 'drieënhalve', a double prime for seconds, a bare second amount after 'N seconds and',
Arabic tens in '-ين', and 'exactly' before a total to reach."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_score import SOURCE_TAGS, TRACK


def _plan(text: str, length: float | None = None) -> Plan | Question:
    return plan(
        Request(
            request=text,
            audio=TRACK if length else None,
            audio_length_s=length,
            source_tags=SOURCE_TAGS if length else None,
        )
    )


def _args(got: Plan | Question) -> dict[str, object]:
    assert isinstance(got, Plan), got
    return {k: v for k, v in got.arguments.items() if k not in ("tags", "audio")}


@pytest.mark.parametrize(
    ("text", "window"),
    [("trk_0123456789ab从1分10秒到1分30秒重新生成", (70, 90)),
     ("music://tracks/trk_0123456789ab从1分10秒到1分30秒重新生成", (70, 90)),
     ("redo from 45s to 1m", (45, 60)), ("redo 45s-1m", (45, 60)), ("redo 1m - 1:20", (60, 80))],
)  # fmt: skip
def test_windows_after_a_glued_track_id_and_with_a_lone_m_for_minutes(text, window):
    got = _args(_plan(text, 150))
    assert (got["start_time"], got["end_time"]) == window


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("teen minute ka lofi track banao, no vocals", 180), ("do minute ka gaana", 120),
     ("tees second ka jingle", 30), ("dhai minute ka punjabi beat, no vocals", 150),
     ("das second ka intro", 10),
     ("Kannst du mir einen Techno-Track mit 128 BPM machen, etwa viereinhalb Minuten, ohne Vocals?", 270),
     ("etwa 4einhalb Minuten Techno", 270), ("maak een housetrack van drieënhalve minuut", 210),
     ("maak een housetrack van drie en een halve minuut, alleen instrumentaal", 210),
     ("90'' de musique électro sans voix", 90), ("45″ di jingle allegro", 45),
     ("اعمل لي موسيقى هادئة تلات دقايق بدون غناء", 180), ("أريد مقطوعة بيانو مدتها ثلاثين ثانية", 30)],
)  # fmt: skip
def test_lengths_in_everyday_forms(text, seconds):
    assert _args(_plan(text))["duration"] == seconds


@pytest.mark.parametrize("text", ["can you do minute long loops of jazz", "das Minuten lange Intro"])
def test_do_and_das_are_no_numbers_outside_a_hindi_phrase(text):
    # 'do' (2) and 'das' (10) are English and German words: read only before '… ka/ki/ke'.
    got = _plan(text)
    assert isinstance(got, Question) or got.arguments.get("duration") not in (120, 600)


@pytest.mark.parametrize(
    ("text", "length", "before", "after"),
    [("add 10 seconds at the beginning and 10 at the end, same vibe", 150, 10, 10),
     ("add 5 at the start and 10 seconds at the end", 150, 5, 10),
     ("مدد المقطع عشرين ثانية في النهاية، أسلوب جاز", 150, 0, 20),
     ("bring das Stück auf genau 3 Minuten, indem du hinten was anhängst", 150, 0, 30),
     ("make it exactly 3 minutes by adding at the end", 150, 0, 30),
     ("deixa ela com 3 minutos, aumentando no final", 120, 0, 60),
     ("extend it by exactly 3 minutes", 150, 0, 180)],
)  # fmt: skip
def test_extensions_by_an_amount_or_to_an_exact_total(text, length, before, after):
    got = _args(_plan(text, length))
    assert (got["extend_before_duration"], got["extend_after_duration"]) == (before, after)
