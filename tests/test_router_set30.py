"""Kinds fixed from blind set 30 (tests/router_cases_redteam30.py: a general mix typed fast on a phone or by voice;
first run on e07a65a: words 110/132, 137/168, 15 silent; fields 121/132, 155/168, 7) and from red-team probe 14
(scripts/router_probe_redteam14.py, against 1856784..e07a65a), each failing on the router before (main at
e07a65a)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _after(text: str, length: float) -> float | None:
    result = _plan(text, length)
    if not isinstance(result, Plan) or result.tool != "audio_outpaint":
        return None
    assert result.arguments["extend_before_duration"] == 0, (text, result)
    return float(result.arguments["extend_after_duration"])


def test_extend_to_a_whole_length_in_the_words_of_each_language_reaches_it():
    for text in (
        "verlängere ihn bis 3 Minuten",
        "3 dakikaya kadar uzat",
        "3 dakikaya uzat",
        "hosszabbítsd meg 3 percre",
        "pidennä se 3 minuuttiin",
        "kéo dài lên 3 phút",
        "habaan mo hanggang 3 minuto",
        "इसे 3 मिनट तक बढ़ा दो",
        "এটা 3 মিনিট পর্যন্ত লম্বা করো",
        "3 నిమిషాల వరకు పొడిగించు",
        "aumenta ela pra 3 minutos",
        "alarga a música para 3 minutos",  # 'para' had read as French 'par' + 'a' (by): 180 s more, silently
        "alarga-a para 3 minutos",
        "طوّلها لين تصير 3 دقايق",
    ):
        assert _after(text, 150.0) == 30, text
    # guards: amounts stay amounts
    for text in (
        "alarga 30 segundos",
        "şarkıyı 30 saniye uzat",
        "hosszabbítsd meg 30 másodperccel",
        "pidennä sitä 30 sekunnilla",
        "verlängere um 30 Sekunden",
        "add like 20 sec at the end so it doesnt stop so abruptly",  # 'like' holds no 'ke' (to)
    ):
        assert _after(text, 95.0) in (20, 30), text
    # a whole said for a part ('the intro to 30 s') is asked, never refused as 'adds nothing'
    assert isinstance(_plan("aumenta pra 30 segundos a intro", 150.0), Question)
