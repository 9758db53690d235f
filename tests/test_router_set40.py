"""Kinds fixed from blind set 40 (tests/router_cases_redteam40.py: a plain everyday mix; first run on ac6117f:
words 118/132, 155/168, 5 silent; fields 125/132, 165/168, 3), each failing on the router before (main at
ac6117f)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_score import plan_of as _plan


def test_styles_and_an_arabic_dialect_to_sing_in():
    for text, tag in (("Música sertaneja com essa letra:\n[Refrão]\nVolta pra mim, meu bem", "sertanejo"),
                      ("Две версии одного и того же: бодрый синти-поп на минуту", "synth-pop"),
                      ("أغنية باللهجة المصرية عن الصحاب، بوب خفيف", "arabic vocal")):  # fmt: skip
        result = _plan(text, None)  # the style, or the language, left out
        assert isinstance(result, Plan) and tag in result.arguments["tags"], (text, result)


def test_the_end_of_a_song_not_given_asks_for_the_track():
    result = _plan("Aumenta o final da música", None)  # a new piece tagged 'final'
    assert isinstance(result, Question) and result.kind == "audio", result
    assert isinstance(_plan("make a jazz song and add a piano solo at the end", None), Plan)  # guard: a new piece


def test_lyrics_after_a_sentence_that_names_them():
    result = plan(Request(request="この歌詞で曲を作って。\n夕焼けの帰り道\nきみの影を追いかけた"))  # read as tags
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "夕焼けの帰り道\nきみの影を追いかけた", result
