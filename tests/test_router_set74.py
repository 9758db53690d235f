"""Silent plans of blind set 74 (an even mix, 17; first run on e9d32a5 in the commit that added it, its last honest
measure), fixed after that run. Each test fails on 23264d3."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


def test_before_and_after_each_in_chinese_extends_both_ends():
    args = _args(_plan("前后各延长10秒", 120.0))
    assert (args["extend_before_duration"], args["extend_after_duration"]) == (10.0, 10.0)


def test_spanish_estilo_electronico_is_electronic():
    text = "Necesito 4 versiones de una intro de 15 segundos para mi canal de YouTube, estilo electrónico, sin voz"
    assert "electronic" in _args(_plan(text, None))["tags"].split(", ")


def test_serbian_lyrics_in_latin_letters_in_a_serbian_request_are_sung_in_serbian():
    text = 'Napravi mi turbo folk pesmu sa tekstom: "Kafana je moja sudbina, a ti si moja tuga"'
    assert "serbian vocal" in _args(_plan(text, None))["tags"].split(", ")
