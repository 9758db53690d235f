"""Red team 34 (scripts/router_probe_redteam34.py) attacked b1be2ec..dbc191b; its 145 probes were labelled before any
run. These are the repairs of what it found new in that diff: 3 silent plans and 23 needless questions. Each test fails
on dbc191b (the commit attacked), except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize("text", ["Přidej k tomu smyčce v refrénu", "Ať tam hrají smyčce víc nahlas"])
def test_czech_strings_are_no_loop(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and result.arguments.get("loop")), result


def test_a_format_players_name_is_no_format():
    result = _plan("Tee siitä lyhyempi, soitan sen mp3-soittimella.", 180)
    assert not (isinstance(result, Plan) and result.arguments.get("output_format") == "mp3"), result


@pytest.mark.parametrize(
    "text",
    [
        "The shop is not open on Sundays. Make calm jazz for the window display, 2 minutes",
        "Cerré mi tienda ayer después de 20 años. Hazme música triste de piano, 2 minutos",
        "Der Laden ist geschlossen. Mach mir ruhigen Lo-Fi, 2 Minuten",
        "Eu fechei a loja ontem. Faz um jazz triste de 2 minutos",
    ],
)
def test_closed_said_of_something_else_beside_a_new_piece_makes_it(text):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


def test_a_change_of_a_track_said_closed_still_asks_for_it():  # (guard)
    result = _plan("Vakarykštę dainą netyčia uždariau. Ar gali ją pailginti 30 sekundžių?", None)
    assert isinstance(result, Question) and result.kind == "audio", result


def test_in_a_loop_in_czech_still_loops():  # (guard)
    plan = _plan("Potřebuju to jako ogg do hry a ve smyčce.", 100)
    assert isinstance(plan, Plan) and plan.arguments.get("loop") is True
