"""Kinds fixed from blind sets 107 (an even mix, 39) and 108 (new pieces by use and occasion), first run on c865115 in
the commits that added them. Each test fails on e95daa0, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan
from tests.router_score import window_of


def _plan_or_fail(text: str, length: float | None) -> Plan:
    result = _plan(text, length)
    assert isinstance(result, Plan), result
    return result


# -- Lyrics, then the request again after a blank line -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lyrics"),
    [
        ("Testo:\nSotto il cielo di Roma\nti aspetto ancora\n\nfanne una ballata col pianoforte",
         "Sotto il cielo di Roma\nti aspetto ancora"),
        ("Letra:\nSaudade que não passa\nno fim da tarde\n\nfaz com violão, por favor", "Saudade que não passa\nno fim da tarde"),
        ("가사 있어:\n비 오는 거리에서\n너를 생각해\n\n한국어 발라드로 불러줘", "비 오는 거리에서\n너를 생각해"),
    ],
)  # fmt: skip
def test_a_last_paragraph_that_makes_the_words_into_a_style_is_no_lyrics(text, lyrics):
    assert _plan_or_fail(text, None).arguments.get("lyrics") == lyrics


def test_a_last_line_sung_stays_sung():  # (guard)
    text = "Lyrics:\nMake it rock, make it roll\nall night long\n\nMake it rock, make it roll"
    assert _plan_or_fail(text, None).arguments["lyrics"].endswith("make it roll")


def test_english_lyrics_under_section_markers_are_sung_in_english():
    text = "write a song with these lyrics:\n[Verse]\nStreetlights humming on an empty road\n[Chorus]\nTake me home, take me home"
    assert "english vocal" in _plan_or_fail(text, None).arguments["tags"]


@pytest.mark.parametrize(
    "text",
    [
        "Compone mihi carmen Latine cantandum, duo minuta, cum organo",
        "carmen natalicium Latine cantandum pro filio meo",
    ],
)
def test_latine_in_a_latin_request_is_sung_in_latin(text):
    assert "latin vocal" in _plan_or_fail(text, None).arguments["tags"]


# -- Loops, no vocals, redo and extend in more words -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["خليها تتكرر بلا توقف للعبة، وصدّرها wav", "пусни я на повторение и я запиши като wav, за чакалнята е",
     "padaryk, kad grotų ratu"],
)  # fmt: skip
def test_on_repeat_is_a_loop(text):
    assert _plan_or_fail(text, 150.0).arguments.get("loop") is True


@pytest.mark.parametrize(
    "text",
    [
        "공부할 때 틀어놓을 음악 ㄱㄱ 가사없는걸로",
        "bikinin musik buat opening podcast aku dong, 15 detik aja, ga usah ada vokal",
    ],
)
def test_no_lyrics_or_no_need_for_vocals_is_instrumental(text):
    assert _plan_or_fail(text, None).arguments.get("lyrics") == "[inst]"


def test_danish_redo_them_regenerates():
    result = _plan("de sidste 5 sekunder passer ikke til klippet, lav dem om", 150.0)
    assert window_of(result, 150.0) == (145.0, 150.0), result


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("can u extned this by like thirty seconds at the end", 0.0, 30.0),
        ("زيدها ٣٠ ثانية في البداية عشان دخول العريس", 30.0, 0.0),
    ],
)
def test_extended_in_a_typo_and_in_gulf_arabic(text, before, after):
    args = _plan_or_fail(text, 150.0).arguments
    assert (args["extend_before_duration"], args["extend_after_duration"]) == (before, after)


def test_extended_to_a_whole_shorter_than_the_track_is_asked_not_planned():
    result = _plan("rallonge-la à 2 minutes pour la vidéo", 150.0)
    assert isinstance(result, Question), result
    assert "150 s" in result.text and "'2 minutes'" in result.text
    assert result.fields == ("extend_before", "extend_after")


# -- A new piece beside the open track, and numbers of a story --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "neuer Song bitte, hat nix mit dem hier zu tun: Deutschrock mit E-Gitarre, auf Deutsch gesungen",
        "laisse celui-là de côté, j'en veux un autre : du rock instrumental de 45 secondes",
        "这首不要动，另外做一首新的：摇滚，三分钟",
    ],
)
def test_a_new_piece_beside_the_track_said_otherwise(text):
    assert _plan_or_fail(text, 150.0).tool.startswith("text_to_audio")


@pytest.mark.parametrize(
    "text",
    ["bursdagssang på norsk til sønnen min som blir 10", "nuestra hija cumple 6, una canción de cumpleaños en español"],
)  # fmt: skip
def test_an_age_after_becomes_is_no_length(text):
    assert "duration" not in _plan_or_fail(text, None).arguments


def test_a_dutch_the_is_no_hungarian_seven():
    result = _plan("voor onze dochter, een liedje in het Nederlands gezongen", None)
    assert not (isinstance(result, Question) and "'het'" in result.text), result
