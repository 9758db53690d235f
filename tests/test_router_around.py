"""`account.around` finds a sentence's or a clause's edges from the stops of the whole text, found once; its answers
must be those of the plain definition (every stop before, searched from 0; the first after), on any text."""

from __future__ import annotations

import random
import re

import pytest

from ace_step_mcp.router import account
from ace_step_mcp.router.read import SENTENCE_END


def _plain(stops: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    begin = max((m.end() for m in stops.finditer(text, 0, start)), default=0)
    after = stops.search(text, end)
    return begin, after.start() if after is not None else len(text)


_PIECES = ["10 s", ", ", ". ", "1.5", "!", "? ", "\n", "。", "，", " - ", "0:30.", "abc", " ", "x", "।", ";", ":"]


@pytest.mark.parametrize("stops", [SENTENCE_END, account._CLAUSE_STOP], ids=["sentence", "clause"])
def test_around_answers_as_the_plain_definition(stops):
    rng = random.Random(25)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        for _ in range(10):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert account.around(stops, text, start, end) == _plain(stops, text, start, end), (text, start, end)
