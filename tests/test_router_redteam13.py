"""The thirteenth red-team set (tests/router_cases_redteam13.py): 300 requests in all 50 languages, written and
labelled blind after red-team pass 4, as people type in chat (context before the ask, praise and listening that are
no request, names of peoples and places). No silent wrong plan, words only or with the careful agent's fields;
every question names the fields that settle it; the rates measured after its fixes. Then one test per kind fixed,
each failing on the router before it (main at a697749 planned 4 of the set silently wrong words-only, 1 with
fields)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_cases_redteam13 import BIG12, R13
from tests.router_score import blind_set_holds
from tests.router_score import plan_of as _plan

# Measured after the fixes (words only: 12 first 121/132, others 162/168; with fields 125/132, 166/168).
# Before them: words 119/132 and 151/168 with 4 silent wrong; with fields 125/132 and 165/168 with 1.
FLOORS = {"words": (0.91, 0.96), "fields": (0.94, 0.98)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_no_silent_wrong_plan_on_the_thirteenth_set_and_its_measured_floor(how):
    blind_set_holds(R13, BIG12, how, FLOORS)


@pytest.mark.parametrize(
    ("text", "language"),
    [("英語で歌うシティポップ、BPM110、4分", "english"), ("suomeksi laulettu humppa, 2 min", "finnish"),
     ("Nederlandstalig levenslied, 3 minuten", "dutch")],
)  # fmt: skip
def test_the_language_to_sing_in(text, language):
    got = _plan(text)
    assert isinstance(got, Plan) and language in got.arguments["tags"].lower(), got


@pytest.mark.parametrize(
    "text", ["làm cho mình bản nhạc lofi ko lời, 2 phút", "பாட்டு இல்லாமல் ஒரு 2 நிமிட வீணை இசை உருவாக்கு"]
)
def test_no_vocals_in_everyday_forms(text):
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments.get("lyrics") == "[inst]", got


def test_no_singing_but_lyrics_asks():
    # Before: instrumental, the lyrics about the cat dropped.
    assert isinstance(_plan("ขอเพลงบรรเลงไม่มีเสียงร้อง แต่ใส่เนื้อร้องเกี่ยวกับแมวของฉันด้วยนะ"), Question)


@pytest.mark.parametrize(
    ("text", "args"),
    [("loppu on tylsä, tee viimeiset 20 sek uusiks", {"start_time": 20, "start_time_relative_to": "end"}),
     ("lag de siste 15 sekundene på nytt", {"start_time": 15, "start_time_relative_to": "end"}),
     ("bagian menit 1.00 sampe 1.20 kurang nendang, bikin ulang ya", {"start_time": 60, "end_time": 80}),
     ("เพิ่มท้ายเพลงอีก 30 วินาที", {"extend_before_duration": 0, "extend_after_duration": 30}),
     ("zawed 30 sanya fel a5er law sama7t", {"extend_before_duration": 0, "extend_after_duration": 30}),
     ("age mishe 45 sanie be akharesh ezafe kon", {"extend_before_duration": 0, "extend_after_duration": 45})],
)  # fmt: skip
def test_edits_in_more_words(text, args):
    got = _plan(text, 150)
    assert isinstance(got, Plan) and all(got.arguments[k] == v for k, v in args.items()), got


def test_listening_again_is_no_new_music():
    got = _plan("spill av de siste 15 sekundene på nytt", 150)
    assert isinstance(got, Question)
