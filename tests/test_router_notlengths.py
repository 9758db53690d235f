"""Numbers that are not lengths: a decade is a style, a time of day is a time of day. A plan reads the length
the request gives and is not turned into a question by them; a length is still never taken from them."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Request, plan


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("a song in the style of the 80s, synthwave, 3 min", 180),
        ("something that sounds like the 90s, eurodance, 2 min", 120),
        ("un tema estilo años 70, funk, 2 minutos", 120),
        ("Synthpop wie in den 80ern, 3 Minuten", 180),
        ("une chanson disco des années 80, 2 minutes", 120),
        ("una canción para las 5 de la tarde, acústica, 2 minutos", 120),
        ("a chill lofi beat for 7 am, 90 seconds", 90),
        ("une ballade pour un réveil à 7h, piano, 2 minutes", 120),
        ("lofi для учёбы в 7 утра, 1 минута", 60),
    ],
)
def test_a_decade_or_a_time_of_day_leaves_the_length_alone(text: str, duration: int) -> None:
    got = plan(Request(request=text))
    assert isinstance(got, Plan), got
    assert got.arguments["duration"] == duration


@pytest.mark.parametrize(
    "text",
    [
        "a synthwave song for the 80s party",  # no length: the default, never 80 s
        "lofi for 7 am",
    ],
)
def test_a_decade_or_a_time_of_day_is_never_the_length(text: str) -> None:
    got = plan(Request(request=text))
    assert not (isinstance(got, Plan) and got.arguments.get("duration") in (80, 7, 420)), got


def test_an_amount_after_um_is_still_read() -> None:
    # 'um 10 Sekunden verlängern' is 'by 10 seconds', never a time of day.
    got = plan(
        Request(
            request="verlängere den Song um 10 Sekunden am Ende",
            audio="trk_0123456789ab",
            audio_length_s=90.0,
            source_tags="pop",
        )
    )
    assert isinstance(got, Plan) and got.arguments["extend_after_duration"] == 10, got


def test_a_range_of_clock_hours_is_not_a_window() -> None:
    got = plan(
        Request(request="regenerate 5 to 7 pm", audio="trk_0123456789ab", audio_length_s=120.0, source_tags="pop")
    )
    assert not isinstance(got, Plan), got
