"""Blind set 24 (tests/router_cases_redteam24.py: an even general mix, written as different people write, labelled
blind; first run on 7016497: words 124/132, 153/168, 8 silent; fields 131/132, 163/168, 2): no silent wrong plan,
words only or with the careful agent's fields, the rates measured after its fixes, and a test for each of the last
two kinds fixed from it, each failing on the router before (main at b7c94ec)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan
from tests.router_cases_redteam24 import BIG12, R24
from tests.router_score import blind_set_holds
from tests.router_score import plan_of as _plan

# After its fixes: words 128/132, 160/168; fields 132/132, 164/168; none silent.
FLOORS = {"words": (0.96, 0.94), "fields": (0.99, 0.97)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_set24_no_silent_wrong_plan_and_its_measured_floor(how):
    blind_set_holds(R24, BIG12, how, FLOORS)


def _tags(text: str) -> list[str]:
    result = _plan(text, None)
    assert isinstance(result, Plan), result
    return [t.strip() for t in str(result.arguments.get("tags") or "").split(",")]


def test_short_english_lyrics_asked_for_in_english_are_sung_in_english():
    # 'with the words ...' of English's common words, but only one word only English writes: no vocal language
    tags = _tags(
        "my grandson turns 16, can you make him a happy rock song with the words 'sixteen candles, turn it up loud'"
    )
    assert "english vocal" in tags, tags
    # guards: the same lyrics asked for in Spanish say nothing of English; Spanish lyrics asked for in English
    # are not English
    assert "english vocal" not in _tags("hazme una canción de rock con la letra 'turn it up loud tonight'")
    assert "english vocal" not in _tags("can you make me a rock song with the lyrics 'vamos a la playa, oh oh'")


def test_pop_and_rock_standing_alone_in_a_cyrillic_list_are_the_style():
    # Bulgarian, Russian and Ukrainian 'поп' is also a priest and 'рок' fate: as a list item they are the style
    assert "pop" in _tags("Песен за абитуриентския бал, поп, 3 минути, текст: „Завинаги заедно“")
    assert "rock" in _tags("трек: рок, 120 bpm, 2 минуты")
    assert "rock" in _tags("пісня, рок, 3 хвилини")
    # guards: the priest and fate in a sentence stay words
    assert "pop" not in _tags("песня про то, как поп пел в церкви, 2 минуты")
    assert "rock" not in _tags("Злой рок, грустная песня на 2 минуты")


def _window(text: str, length: float = 200.0) -> tuple[float, float] | None:
    result = _plan(text, length)
    if not isinstance(result, Plan) or result.tool != "audio_inpaint":
        return None
    return result.arguments["start_time"], result.arguments["end_time"]


def test_a_minute_said_before_its_number_and_the_seconds_into_it():
    # set 24 asked for 'dal minuto 2 al minuto 2 e 20'; English 'minute 1 ... to minute 2' read 'to' as Danish two
    assert _window("sostituisci dal minuto 2 al minuto 2 e 20 con un assolo di chitarra") == (120, 140)
    assert _window("rehaz del minuto 1 y 10 al minuto 1 y 40") == (70, 100)
    assert _window("redo from minute 1 to minute 2") == (60, 120)
    assert _window("redo the part from minute 1 and 10 seconds to minute 1 and 40 seconds") == (70, 100)
    # guards: 'between minute 1 and 30' is two points (past this track's end: asked), and Danish 'to' still counts
    assert _window("regenerate between minute 1 and 30") is None
    result = _plan("lav en sang på to minutter", None)
    assert isinstance(result, Plan) and result.arguments["duration"] == 120, result
