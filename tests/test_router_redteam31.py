"""Red-team pass 31 (scripts/router_probe_redteam31.py) of eb8e3eb..4dcf4f9: the kinds of silent plans and needless
questions it found made by those commits, each now a question or a right plan; and the readings kept."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _tags(result: Plan) -> list[str]:
    return [t.strip() for t in result.arguments.get("tags", "").split(",")]


@pytest.mark.parametrize(
    "text",
    ["Garde tout à partir de 1:00, refais le début", "Deja todo desde 1:00 igual y rehaz la intro",
     "Behoud alles vanaf 1:30 en maak het begin opnieuw", "Keep the first third, redo the rest",
     "Keep the last quarter and redo everything before it", "Mach das letzte Drittel des Refrains neu",
     "Ab der Mitte des Refrains neu machen", "Redo the last quarter note", "Put 1 min on.",
     "Keep everything from 0:30 on and cut the intro"],
)  # fmt: skip
def test_a_kept_part_a_sections_part_or_another_meaning_is_no_window_to_render(text):
    result = _plan(text, 180.0)
    assert not (isinstance(result, Plan) and result.tool in ("audio_inpaint", "audio_outpaint")), result


@pytest.mark.parametrize(
    ("text", "sung"),
    [("Una canción, letra:\nLa la la\nsegundos y minutos", "segundos y minutos"),
     ("lyrics:\nWe met at noon\nminuti e secondi", "minuti e secondi")],
)  # fmt: skip
def test_a_last_line_of_unit_words_and_no_number_stays_sung(text, sung):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("lyrics", "").endswith(sung), result


@pytest.mark.parametrize(
    "text", ["Mood words:\ndark, moody, cinematic", "Words that describe it:\nfloating, endless, blue"]
)
def test_words_that_describe_the_piece_are_not_lyrics(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") not in (None, "[inst]")), result


@pytest.mark.parametrize(
    "text",
    ["The vocal's good, keep it. Now make a new beat, trap style",
     "Ça marche, garde-la. Mets un nouveau beat dessus, style funk"],
)  # fmt: skip
def test_a_new_beat_for_a_kept_vocal_is_no_separate_piece(text):
    result = _plan(text, 150.0)
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [("שיר רוק ולא מטאל", {"rock"}, {"no metal"}), ("بوب ولا روك، مش فارقة", {"pop", "rock"}, set()),
     ("nem túl gyors rock, nem metal", {"rock"}, {"no metal"})],
)  # fmt: skip
def test_and_not_or_and_a_lone_not_refuse_only_their_own(text, kept, refused):
    result = _plan(text, None)
    assert isinstance(result, Plan), result
    tags = set(_tags(result))
    assert kept <= tags and refused <= tags, result


@pytest.mark.parametrize(("text", "seconds"), [("Sukurk polką, pusantros minutės ilgio", 90)])
def test_a_number_before_the_lithuanian_minute_is_its_count(text, seconds):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == seconds, result


@pytest.mark.parametrize(
    ("text", "absent"),
    [("a song in the style of Fela, 2 minutes", "fiddle"), ("a slow song, aminek a fele lassú", "fiddle"),
     ("en sang der bryder ud, med trommer", "oud")],
)  # fmt: skip
def test_table_words_of_one_language_do_not_fire_in_another(text, absent):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and absent in _tags(result)), result


@pytest.mark.parametrize(
    "text",
    ["The song should be 3 minutes long and about my grandmother",
     "Quiero que la canción dure 3 minutos y hable de mi abuela", "Fais la chanson de mon mariage, 3 minutes",
     "Una canción que acelera el corazón", "Песня, которая замедлит время", "Make my own version of a blues, 2 minutes"],
)  # fmt: skip
def test_a_new_piece_described_with_those_words_is_still_made(text):
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


def test_an_original_cumbia_is_a_piece_of_its_own_with_a_track_open():
    result = _plan("Hazme 2 versiones de una cumbia original", 180.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio") and result.takes == 2, result


def test_cutting_the_intro_never_adds_one():
    result = _plan("cut the intro", 180.0)
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


@pytest.mark.parametrize(("length", "window"), [(None, None), (120.0, (0, 10.0))])
def test_the_first_seconds_again_in_punjabi(length, window):
    """Set 102's one silent plan: with no track, a 10 s new piece styled by the request's own words."""
    result = _plan("ਸ਼ੁਰੂ ਦੇ 10 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾ ਦਿਓ", length)
    if window is None:
        assert isinstance(result, Question) and "audio" in result.fields, result
    else:
        assert isinstance(result, Plan) and (result.arguments["start_time"], result.arguments["end_time"]) == window


def test_everything_after_a_point_that_stays_is_no_cut_of_it():
    """Red team 30's probe, made silent by b626c1a's articles after 'después de': a cut of 160 s of a 180 s track."""
    result = _plan("Quita la intro: todo lo que va después de 20 segundos se queda", 180.0)
    assert not (isinstance(result, Plan) and result.arguments.get("trim_end_s")), result
