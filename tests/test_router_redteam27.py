"""Red-team pass 27 (scripts/router_probe_redteam27.py) of this stop's rules, cb699da..b1c35c7: the silent plans it
found made by the diff, each now a right plan or a question. Each test fails on 9e35084, the commit before the fixes."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args_or_none(result: Plan | Question) -> dict | None:
    return result.arguments if isinstance(result, Plan) else None


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("The video is 3 minutes, but the song only needs to cover the first half. Extend it.", 60.0),
        ("Film ma 3 minuty, muzyka ma grać tylko przez pierwsze 2. Wydłuż ją.", 90.0),
        ("The slideshow is 3 minutes but I'll loop the song twice, so extend it a little", 100.0),
        ("Ma vidéo fait 3 minutes, mais la musique ne doit commencer qu'à 1:00. Rallonge-la.", 120.0),
        ("The video is 2 minutes, and the music should keep going 30 seconds after the video ends. Extend it.", 90.0),
        ("Il video dura 2 minuti, il brano deve finire 10 secondi prima della fine. Allungalo.", 110.0),
        ("This clip is 2:30, add an intro", 148.0),
        ("Die Filmmusik hat 2 Minuten, mach sie ein bisschen länger", 118.0),
    ],
)
def test_a_videos_length_with_no_word_that_the_track_should_match_it_is_not_the_whole(text, length):
    result = _plan(text, length)
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2分の曲で、サビはやっぱり30秒くらい", 120),
        ("3分のポップス。イントロはやっぱ10秒で", 180),
        ("Uma música animada de 2 minutos. Pensando bem, intro de 20 segundos", 120),
        ("Ein Song, 2 Minuten. Nee, warte, Intro 10 Sekunden dazu", 120),
        ("Piosenka na 3 minuty, a nie, jednak intro 15 sekund", 180),
    ],
)
def test_a_word_that_takes_back_but_adds_a_part_strikes_no_length(text, seconds):
    args = _args_or_none(_plan(text, None))
    assert args is None or args.get("duration") == seconds, args


def test_wishes_after_a_question_naming_this_text_are_not_sung():
    result = _plan("Can you make a song from this text?\nslow and sad, with piano\nfemale voice", None)
    args = _args_or_none(result)
    assert args is None or "slow and sad" not in (args.get("lyrics") or ""), result


def test_korean_hoe_after_a_count_is_times_not_an_episode():
    result = _plan("잔잔한 피아노곡 2분짜리로 3회 생성해줘", None)
    assert not (isinstance(result, Plan) and (result.takes or 1) == 1), result


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Klipp bort de första 5 sekunderna och de sista 10 man hör bara brus där",
            {"trim_start_s": 5, "trim_end_s": 10},
        ),
        ("Potong 5 detik di awal dan 3 kami mau buang dari akhir juga", {"trim_start_s": 5, "trim_end_s": 3}),
        ("Taie primele 5 secunde și ultimele 3 din piesă", {"trim_start_s": 5, "trim_end_s": 3}),
        ("Zostrihaj prvé 3 sekundy a na konci stlm 5 sekúnd", {"trim_start_s": 3, "fade_out_s": 5}),
    ],
)
def test_each_cut_keeps_its_own_length_and_end(text, want):
    args = _args_or_none(_plan(text, 180.0))
    if args is not None:  # (a question is safe too; a plan must hold both)
        assert {k: args.get(k) for k in want} == want, args


@pytest.mark.parametrize(
    "text",
    [
        "En principio recórtale 10 segundos",
        "Begin met 5 seconden eraf knippen",
        "Converte para mp3 e por fim corta 5 segundos",
        "Vágj le 10 másodpercet a koncertre",
        "Przytnij 10 sekund dla krajowego radia",
        "Zkrať to o 10 sekund na koncert",
    ],
)
def test_words_that_only_look_like_an_end_pick_no_side(text):
    result = _plan(text, 180.0)
    assert isinstance(result, Question), result
