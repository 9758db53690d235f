"""Red team 33 (scripts/router_probe_redteam33.py) attacked b01e90f..e11fb58; its probes were labelled before any
run. These are the repairs of the silent plans and needless questions it found new in that diff, and of four silent
plans it found already there (a format refused beside one wanted, one line after 'the lyrics are:'). Each test fails
on e11fb58 (the commit attacked), except the guard."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None) -> Plan:
    result = _plan(text, length)
    assert isinstance(result, Plan), result
    return result


# -- Words of a total said of a part added, or of an amount: never the total ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Добавь в конец проигрыш длиной 30 секунд",
        "Додай на початок вступ тривалістю 30 секунд",
        "Мне нужно ровно 30 секунд добавить в конец",
        "Нужно точно 30 секунд добавить в конец, не меньше",
        "Il me faut exactement 30 secondes en plus à la fin",
        "Estica o final pra que fique com 30 segundos a mais",
        "Produži kraj da bude 30 sekundi duži",
        "Dodaj na kraj deo da traje 30 sekundi",
        "Πρόσθεσε στο τέλος ένα κομμάτι να κρατάει 30 δευτερόλεπτα",
        "Voeg een intro toe en maak 'm 30 seconden",
    ],
)
def test_words_of_a_total_beside_a_part_added_never_add_the_difference(text):
    result = _plan(text, 20)
    added = None
    if isinstance(result, Plan):
        added = result.arguments["extend_before_duration"] + result.arguments["extend_after_duration"]
    assert added in (None, 30), result


# -- A loop only where one is asked ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Make it less repetitive, it just goes round and round",
        "Make it sound like the loop from my other song",
        "Don't make it play over and over, once is enough",
        "La melodía da vueltas y vueltas sin ir a ningún lado, hazla más interesante",
        "Ég hlusta á það aftur og aftur, það er svo gott",
        "نمی‌خوام مدام تکرار بشه",
        "이 노래 무한 반복으로 듣고 있어요",
        "ไม่ต้องวนเล่นนะ",
        "القصة تعيد نفسها، خلي الأغنية أحزن",
        "Nu vreau să se repete la nesfârșit",
        "Vreau ca refrenul să se repete încă o dată la final",
    ],
)
def test_a_loop_word_said_of_something_else_or_refused_loops_nothing(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and result.arguments.get("loop")), result


# -- Lyrics after a copula: lines are sung, a remark is asked about ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The lyrics are: up to you, surprise me",
        "Der Liedtext ist: mir egal, schreib du was, 2 Minuten Pop",
        "Il testo è: ancora da scrivere, fai tu",
        "La letra es: lo de menos, hazla tú",
        "2 minute pop song. The lyrics are: sunshine on my window, you and me tonight",
    ],
)
def test_one_line_after_a_copula_is_asked_never_sung_or_dropped(text):
    result = _plan(text, None)
    assert isinstance(result, Question), result


def test_lines_after_a_copula_are_sung():  # (guard)
    plan = _plan_or_fail("2 minute pop song. The lyrics are: sunshine on my window / you and me tonight", None)
    assert plan.arguments["lyrics"] == "sunshine on my window / you and me tonight"


# -- No voice, said of something else -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Пісня про дитинство без співу птахів",
        "목소리 없이 말하는 너에 대한 노래",
        "Uma música sobre uma festa sem ninguém cantando parabéns",
    ],
)
def test_no_voice_said_of_something_in_the_story_is_sung(text):
    assert _plan_or_fail(text, None).arguments.get("lyrics") != "[inst]"


# -- Twice as long said of a part, beside a fade ---------------------------------------------------------------------------
def test_twice_as_long_said_of_the_chorus_is_no_extension():
    text = "Der Refrain ist doppelt so lang wie die Strophe, passt so. Blende das Ende über 5 Sekunden aus."
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


# -- Everyday words of changing a track, said in a new piece's description -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Maak een lied over een liefde die langzaam wegsterft, 2 minuten",
        "Песня про город, который затихал к ночи, 2 минуты",
        "だんだん小さくなる恋の歌を2分で作って",
        "Pjesma o gradu koji se polako utišava noću, 2 minute",
        "Lagu tentang rambut yang dipotong pendek, 2 menit",
        "میرا موڈ ٹھیک کر دو، دو منٹ کا خوشگوار گانا بناؤ",
        "Оправи ми настроението с една весела песен от 2 минути",
        "Əhvalımı düzəldə biləcək 2 dəqiqəlik şən mahnı yaz",
    ],
)
def test_a_new_piece_described_with_words_of_changing_is_made(text):
    plan = _plan_or_fail(text, None)
    assert plan.tool.startswith("text_to_audio") and plan.arguments.get("duration") == 120


# -- Two amounts, each in its own sentence, both added ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("I need 20 seconds more at the end for the credits to roll. Also add 5 seconds at the start.", 5, 20),
        (
            "Please give the ending 30 seconds more so the dancers can bow. Then add 10 seconds before it starts.",
            10,
            30,
        ),
    ],
)
def test_an_amount_in_a_sentence_that_asks_for_more_is_added(text, before, after):
    plan = _plan_or_fail(text, 180)
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (before, after)


@pytest.mark.parametrize(
    "text", ["O começo está ótimo; estica o final 20 segundos", "O começo é lindo, coloca mais 20 segundos no final"]
)
def test_the_beginning_praised_is_no_side(text):
    plan = _plan_or_fail(text, 180)
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (0, 20)


# -- Formats -----------------------------------------------------------------------------------------------------------------
def test_a_written_format_asked_for_beside_one_refused_converts():
    assert _plan_or_fail("Export mp3 please, m4a files don't play in my car", 180).arguments["output_format"] == "mp3"


@pytest.mark.parametrize(
    "text",
    ["Export it as m4a, not as mp3", "Als m4a exportieren, nicht als mp3", "Convert it to m4a rather than to mp3"],
)
def test_a_format_not_written_asked_for_beside_one_refused_is_asked(text):
    result = _plan(text, 180)
    assert isinstance(result, Question) and "m4a" in result.text, result


def test_becoming_n_said_of_the_ending_part_is_no_total():
    result = _plan("끝부분을 30초 되게 자연스럽게 늘려줘", 20)
    assert not (isinstance(result, Plan) and result.arguments["extend_after_duration"] == 10), result


def test_becoming_n_then_extending_backwards_is_the_total():  # (guard)
    plan = _plan_or_fail("3분 30초 되게 뒤로 늘려줘", 180)
    assert plan.arguments["extend_after_duration"] == 30
