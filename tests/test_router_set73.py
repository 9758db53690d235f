"""Kinds fixed from blind set 73 (an even mix, 16; first run on c0edec2 in the commit that added it). Each test fails
on f712e13, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("córtale 10 segundos al principio y 5 al final", {"trim_start_s": 10.0, "trim_end_s": 5.0}),
        ("trim 3 s at the start and 4 at the end", {"trim_start_s": 3.0, "trim_end_s": 4.0}),
        ("Ořízni 5 sekund ze začátku a uprav hlasitost na -14 LUFS", {"trim_start_s": 5.0, "loudness_lufs": -14.0}),
    ],
)
def test_one_cut_verb_for_both_ends_and_loudness_is_no_voice(text, want):
    args = _args(_plan(text, 180.0))
    assert {k: args.get(k) for k in want} == want


@pytest.mark.parametrize(
    "text",
    [
        # (guards) a cut of a part of the mix, a fade said in other words, a cut beside an extension
        "Fjern vokalen i de sidste 10 sekunder",
        "قص أول 3 ثواني وخلي آخر 4 ثواني تتلاشى تدريجياً",
        "cut 10 s at the start and add 5 s at the end",
        "cut the first 10 seconds and add 5 seconds at the end",
    ],
)
def test_what_is_not_one_cut_at_each_end_is_asked(text):
    assert isinstance(_plan(text, 180.0), Question)


def test_a_chorus_made_a_bit_brighter_with_no_track_asks_for_it():
    result = _plan("サビをもう少し明るくして", None)
    assert isinstance(result, Question) and result.kind == "audio", result


def test_quoted_words_after_these_words_in_norwegian_are_sung():
    text = 'Lag en rolig vise med gitar og disse ordene: "Over fjellet kommer sola, og jeg venter her på deg"'
    assert _args(_plan(text, None))["lyrics"] == "Over fjellet kommer sola, og jeg venter her på deg"
