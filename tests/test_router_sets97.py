"""Blind sets 93, 97 and 98 (each committed with its first run before the fixes): the track kept and a new piece
said with no length, a fade in Czech, a length said of a song that already is, and the readings left alone."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    ["ok this one's good, keep it. now do a totally new one, upbeat funk with slap bass and horns",
     "این خوبه. حالا یه آهنگ جدید پاپ فارسی با این متن بساز: «دلم برات تنگ شده»"],
)  # fmt: skip
def test_the_track_kept_then_a_new_piece_with_no_length(text):
    result = _plan(text, 150.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    assert "audio" not in result.arguments, result


@pytest.mark.parametrize(
    "text", ["keep it, and add a new intro", "this one's good. now a new one like it but sadder", "keep it at 2:00"]
)
def test_kept_words_before_an_edit_or_a_tie_to_the_track_make_no_new_piece(text):
    result = _plan(text, 150.0)
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


def test_a_fade_said_in_czech_is_a_fade_not_a_cut():
    result = _plan("Ořízni prvních 5 sekund a na konci to nech 3 sekundy zeslabovat", 120.0)
    assert isinstance(result, Plan) and result.arguments.get("fade_out_s") == 3.0, result
    assert result.arguments.get("trim_start_s") == 5.0 and "trim_end_s" not in result.arguments, result


@pytest.mark.parametrize("text", ["Fes que la cançó duri 3 minuts", "Haz que la canción dure 3 minutos"])
def test_a_length_said_of_a_song_that_already_is_asks_for_it(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and "audio" in result.fields, result


@pytest.mark.parametrize(
    "text",
    ["I need a song for my wedding. The song should be 3 minutes.", "piosenka po polsku, 90 sekund",
     "la canción de cuna, 2 minutos"],
)  # fmt: skip
def test_a_length_of_a_new_song_is_still_made(text):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


def test_a_slovak_folk_song_of_about_a_minute():
    result = _plan("Sprav mi slovenskú ľudovú pesničku, asi minútu", None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == 60, result
    assert "folk" in [t.strip() for t in result.arguments["tags"].split(",")], result


def test_ones_own_version_of_a_named_song_is_a_cover():
    result = _plan("do my own version of Despacito, slower", None)
    assert isinstance(result, Question), result
