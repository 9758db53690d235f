"""Kinds fixed from blind sets 51 and 52 (tests/router_cases_redteam51.py: an outside evaluator's even mix, fourth
sample; tests/router_cases_redteam52.py: a mixed day of requests in a team workspace; first runs on 82184ae: set 51
words 125/132, 153/168, 6 silent; fields 130/132, 165/168, 1; set 52 words 111/132, 147/168, 7 silent; fields
122/132, 167/168, 3), each failing on the router before (main at 90e8b58)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_english_lyrics_with_a_dutch_word_are_english():
    result = _plan(
        "Can you write me a country song about my dog Biscuit? Lyrics: 'Biscuit waits by the door / tail thumping on "
        "the floor'",
        None,
    )  # sung in Dutch, silently
    assert isinstance(result, Plan) and "dutch" not in result.arguments["tags"], result


def test_the_style_before_an_announcing_colon_stays_an_instruction():
    for text, tag in (("Letra para una balada:\nNo me digas adiós\nsi todavía hay café\nen la mesa de los dos", "ballad"),
                      ("şu sözlerle bir pop şarkı yap:\nGece yarısı aradın\nsesin hâlâ aklımda\nunutmadım", "pop")):  # fmt: skip
        result = _plan(text, None)  # the style lost with the label line, silently
        assert isinstance(result, Plan) and tag in result.arguments["tags"], (text, result)


def test_instrumental_in_greek_and_hebrew_and_a_harpsichord_in_latin():
    for text in ("Θέλω ένα οργανικό κομμάτι με μπουζούκι, γύρω στα 2 λεπτά",
                 "תעשה לי קטע כלי בסגנון קלזמר עם קלרינט, דקה וחצי"):  # fmt: skip
        result = _plan(text, None)  # sung, silently
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", (text, result)
    latin = _plan("musica sine voce, clavicembalo solo, unum minutum", None)
    assert isinstance(latin, Plan) and "harpsichord" in latin.arguments["tags"], latin


def test_an_edit_of_seconds_with_no_track_asks_for_it():
    for text in ("Obriši prvih 5 sekundi", "mach mal die Sekunden 20 bis 35 neu"):
        result = _plan(text, None)  # a new 5 s or 35 s piece, silently
        assert isinstance(result, Question) and result.kind == "audio", (text, result)
    window = _plan("mach mal die Sekunden 20 bis 35 neu", 120.0)
    assert isinstance(window, Plan) and (window.arguments.get("start_time"), window.arguments.get("end_time")) == (
        20,
        35,
    )


def test_an_intro_and_a_whole_length_and_the_catalan_start():
    whole = _plan("頭に10秒のイントロを足して、全体で2分にしてください", 90.0)  # 30 s after, silently: 130 s in all
    assert isinstance(whole, Plan), whole
    assert (whole.arguments.get("extend_before_duration"), whole.arguments.get("extend_after_duration")) == (10, 20)
    start = _plan("allarga-la 30 segons pel principi", 120.0)  # 30 s after, silently
    assert isinstance(start, Plan) and start.arguments.get("extend_before_duration") == 30, start
    up_to = _plan("Allarga-la fins als 3 minuts pel final", 150.0)
    assert isinstance(up_to, Plan) and up_to.arguments.get("extend_after_duration") == 30, up_to


def test_these_words_named_in_bengali_sanskrit_tamil_and_telugu_label_the_lines_after_them():
    for text, lyrics in (("এই কথাগুলো দিয়ে একটা গান বানাও:\nআকাশ ভরা মেঘের দল\nমন ভেজা বৃষ্টি জল", "আকাশ ভরা মেঘের দল\nমন ভেজা বৃষ্টি জল"),
                         ("एतैः शब्दैः गीतं रचय:\nॐ नमः शिवाय\nशिवाय नमः ॐ", "ॐ नमः शिवाय\nशिवाय नमः ॐ")):  # fmt: skip
        result = _plan(text, None)  # asked: words to sing, or a description? (set 46, after the verse rule went)
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == lyrics, (text, result)
