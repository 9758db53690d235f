"""Lengths in forms the tables read by structure: glued minutes and seconds, case-inflected units (stems),
numbers that are another word elsewhere read only before a unit, and compounds the tables lack left unread."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Request, plan


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("een liedje van 1m45, geen vocals", 105),
        ("need a 2m05 ambient pad, no vocals", 125),
        ("faz um jingle de 45 seg pra minha loja, rock", 45),
        ("búðu til 2 mínútna lag án söngs", 120),  # Icelandic genitive plural: the stem of 'mínúta'
        ("en poplåt på tre och en halv minut", 210),  # 'tre' is a number only where the structure says so
        ("una canzone pop di sei minuti", 360),
        ("una cumbia de minuto y medio", 90),  # a minute with no number before it, and a half
        ("písnička na minutu a půl, rock", 90),
        ("un brano jazz di un minuto e mezzo", 90),
        ("lagu dua setengah menit tanpa vokal", 150),  # a count and a half with no 'and' (it was half a minute)
        ("gumawa ng kanta na dalawa at kalahating minuto, walang boses", 150),  # Tagalog 'at' (it was 30 s)
        ("lagu setengah menit tanpa vokal", 30),
        ("۲ دقیقه و ۳۰ ثانیه آهنگ لوفای", 150),
        ("φτιάξε ένα κομμάτι δυόμισι λεπτών χωρίς φωνητικά", 150),  # Greek 'two and a half' in one word
    ],
)
def test_a_length_in_these_forms_is_read(text: str, duration: int) -> None:
    got = plan(Request(request=text))
    assert isinstance(got, Plan), got
    assert got.arguments["duration"] == duration


@pytest.mark.parametrize(
    "text",
    [
        "musica instrumentalis quadraginta quinque secundorum",  # a compound: only its last word is known
        "un beat lo-fi de 45 segundso",  # a typo in a language whose unit forms are all listed
    ],
)
def test_a_length_read_only_in_part_is_asked_about(text: str) -> None:
    got = plan(Request(request=text))
    assert not isinstance(got, Plan), got
    assert got.fields
