"""Kinds fixed from blind sets 53 and 54 (tests/router_cases_redteam53.py: an outside evaluator's even mix, fifth
sample; tests/router_cases_redteam54.py: first and follow-up messages mixed; first runs on 4060a30: set 53 words
128/132, 144/168, 6 silent; fields 130/132, 163/168, 2; set 54 words 124/132, 155/168, 2 silent; fields 128/132,
164/168, 0), each failing on the router before (main at 6262fa6)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_these_words_then_a_colon_and_the_words_on_the_same_line_in_more_languages():
    for text, lyrics in (("इन बोलों पर एक रोमांटिक गाना बनाओ: तेरे बिना ये रातें सूनी सूनी लगती हैं",
                          "तेरे बिना ये रातें सूनी सूनी लगती हैं"),
                         ("با این شعر یه آهنگ پاپ بساز: دلم برای تو تنگ است، مثل باران برای خاک",
                          "دلم برای تو تنگ است، مثل باران برای خاک"),
                         ("Mwen bezwen yon chante an kreyòl ak pawòl sa yo: Ayiti cheri, mwen p ap janm bliye w",
                          "Ayiti cheri, mwen p ap janm bliye w")):  # fmt: skip
        result = _plan(text, None)  # the lyrics read as tags, silently
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == lyrics, (text, result)


def test_persian_counts_with_ta_and_a_romanian_edit_with_no_track():
    differing = _plan("سه تا آهنگ کاملاً متفاوت برام بساز", None)  # one piece, silently
    assert isinstance(differing, Question) and "takes" in differing.fields, differing
    takes = _plan('یه آهنگ پاپ فارسی با این متن: "دلم برات تنگ شده، بیا که شب طولانیه"، دو تا نسخه بساز', None)
    assert isinstance(takes, Plan) and takes.takes == 2, takes
    edit = _plan("editează refrenul", None)  # a new piece, silently
    assert isinstance(edit, Question) and edit.kind == "audio", edit


def test_bengali_no_song_in_it():
    result = _plan("বাঁশির একটা ইন্সট্রুমেন্টাল বানাও, কোনো গান থাকবে না, 2 মিনিট", None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result
