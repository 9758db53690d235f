"""Kinds fixed from blind set 33 (tests/router_cases_redteam33.py: half the rows hold something that could mislead a
reader of words; first run on 2f4191d: words 122/132, 141/168, 7 silent; fields 124/132, 151/168, 5), each failing
on the router before (main at 2f4191d)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_a_minus_said_as_a_word_before_lufs():
    result = _plan("תוציא לי את זה כ-mp3 ותנרמל למינוס 14 LUFS", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("loudness_lufs") == -14, result  # it had dropped it
    result = _plan("normalise to -9.5 lufs", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("loudness_lufs") == -9.5, result


def test_an_edit_or_an_addition_with_no_track_asks_for_the_track():
    for text in ("Iongeze sekunde 30 mwishoni", "عدّل المقطع الثاني"):  # they had made new pieces, silently
        result = _plan(text, None)
        assert isinstance(result, Question) and result.kind == "audio", (text, result)


def test_norwegian_two_and_a_half_minutes_stays_two_and_a_half():
    result = _plan("lag en sang på to og et halvt minutt", None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == 150, result


def test_slovak_by_half_a_minute_is_never_two_and_a_half_minutes():
    result = _plan("Predĺž to o pol minúty", 150.0)  # it had added 150 s, silently
    assert not (isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 150), result


def test_christmas_folk_and_pop_in_their_own_words():
    for text, tag in (
        ("Lav en hyggelig julesang til julefrokosten d. 13. december", "christmas"),
        ("பொங்கலுக்கு ஒரு கிராமிய பாட்டு, நாதஸ்வரம் தவில் வச்சு", "folk"),
        ("Зроби пісню на випускний 2025, веселий поп", "pop"),
    ):
        result = _plan(text, None)
        assert isinstance(result, Plan) and tag in result.arguments["tags"].split(", "), (text, result)


def test_probe_19_a_piece_made_from_the_track_and_words_that_are_no_label():
    for text in ("Mach aus dem Refrain einen kurzen Jingle von 15 Sekunden", "fai una versione della canzone di 30 secondi",
                 "je veux une chanson de 30 secondes à partir du refrain"):  # fmt: skip
        result = _plan(text, 180.0)
        assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), (text, result)
    for text in ("In a few words:\nchill\nwarm\nlo-fi beats", "关键词：\n夏天\n海边\n轻快"):
        result = _plan(text, None)
        assert not (isinstance(result, Plan) and result.arguments.get("lyrics") not in (None, "[inst]")), (text, result)
    result = _plan("normalize to −16 LUFS for Apple Music", 180.0)  # (a Unicode minus)
    assert isinstance(result, Plan) and result.arguments.get("loudness_lufs") == -16, result
    result = _plan("fes una cançó amb la lletra 'tu ets la meva vida, la nit amb tu, per sempre'", None)
    assert not (isinstance(result, Plan) and "spanish" in str(result.arguments.get("tags"))), result
