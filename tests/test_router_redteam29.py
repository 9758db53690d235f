"""Red-team pass 29 (scripts/router_probe_redteam29.py) of 3e4b042..f5ac1f8: kinds of the silent plans it found made
by the diff, each now a right plan or a question; and the readings those rules were made for, kept."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Add 10 seconds at the end. Sorry, I meant 20 seconds.", 20.0),
     ("最後に10秒足して。いや、20秒で。", 20.0),
     ("Add 20 seconds at the end, it has to run 12 minutes in the background at the shop", None)],
)  # fmt: skip
def test_a_correction_or_a_length_said_apart_is_never_dropped_from_an_edit(text, amount):
    result = _plan(text, 120.0)
    if isinstance(result, Plan):
        assert amount is not None and result.arguments.get("extend_after_duration") == amount, result


def test_an_events_length_of_hours_beside_the_amount_is_not_the_edits():
    result = _plan("Coloca mais 25 segundos no final. O evento tem 2 horas, mas só preciso disso.", 80.0)
    assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 25.0, result


def test_the_other_end_said_in_its_own_sentence_is_cut_too():
    result = _plan("Cut the first 10 seconds. The last 5 seconds as well.", 180.0)
    assert isinstance(result, Plan) and result.arguments.get("trim_end_s") == 5.0, result


@pytest.mark.parametrize(
    "text",
    ["Fais-moi un jingle de 30 secondes pour ma boulangerie. J'aimerais 3 propositions.",
     "Buatkan jingle 30 detik untuk toko roti. Saya mau 3 pilihan.",
     "Сделай джингл на 30 секунд для пекарни. Нужно 3 наброска."],
)  # fmt: skip
def test_a_small_count_after_the_request_is_never_a_story_count(text):
    result = _plan(text, None)
    assert isinstance(result, Question) or result.takes == 3, result


def test_a_fades_length_in_other_words_is_asked_not_the_default():
    result = _plan("Add a fade out at the end. 8 feels about right.", 180.0)
    assert isinstance(result, Question), result
    # (milliseconds are read since set 177: the fade is its length, never the default)
    result = _plan("Fade out the end over 1500 ms", 180.0)
    assert isinstance(result, Plan) and result.arguments.get("fade_out_s") == 1.5, result


def test_a_story_count_before_the_request_is_no_number_the_plan_left():
    text = "Mi abuela cumple 90 años y el salón tiene 35 mesas. Hazme una cumbia alegre de 2 minutos."
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.arguments.get("duration") == 120, result


@pytest.mark.parametrize(
    "text",
    ["Maak 2 versies van een ringtone van 30 seconden uit dit nummer", "Buat 2 versi lagu ini, masing-masing 1 menit"],
)
def test_versions_made_from_the_open_track_are_no_new_piece(text):
    result = _plan(text, 180.0)
    assert not (isinstance(result, Plan) and result.tool.startswith("text_to_audio")), result


@pytest.mark.parametrize(
    "text",
    ["Make a 2 minute ballad, the lyrics are below\nslow tempo, soft piano\nfemale voice please\n[Chorus]\nHold me "
     "close tonight\nnever let me go",
     "Hazme una balada de 2 minutos con esta letra\nvoz femenina, muy suave\n[Chorus]\nNo me dejes ir\nquédate aquí"],
)  # fmt: skip
def test_wishes_before_the_first_marker_are_never_sung(text):
    result = _plan(text, None)
    assert isinstance(result, Question) or str(result.arguments.get("lyrics", "")).startswith("[Chorus]"), result


def test_an_unmarked_first_verse_after_a_lyrics_line_is_sung():
    result = _plan("make a ballad, the lyrics are\nyour name I call\nin the silent sky\n[Chorus]\nI miss you", None)
    assert isinstance(result, Plan) and str(result.arguments["lyrics"]).startswith("your name I call"), result


@pytest.mark.parametrize(
    ("text", "sung"),
    [("Tengeneza wimbo wa dakika 2 kwa harusi, maneno: 'Nakupenda Ayşe, moyo wangu ni wako milele'", "swahili"),
     ("2 minute pop song, lyrics: 'Dancing with you in Gdańsk under the northern lights'", "english"),
     ("J-pop song, 2 minutes, lyrics: 'Kimi no koto ga suki da yo, zutto issho ni ite'", "japanese"),
     ('Disco polo, tekst: [Zwrotka]\nTańczę z tobą całą noc\n[Refren]\nBo ty jesteś moja moc', "polish")],
)  # fmt: skip
def test_one_name_with_a_mark_never_decides_the_sung_language(text, sung):
    result = _plan(text, None)
    assert isinstance(result, Plan) and f"{sung} vocal" in result.arguments["tags"], result


def test_a_new_chorus_asked_for_with_an_article_is_no_edit_of_a_missing_track():
    result = _plan("Escribe un estribillo pegadizo sobre el verano", None)
    assert isinstance(result, Plan), result


def test_a_field_written_with_a_unit_word_keeps_the_unit():
    result = _plan("Música relajante para dormir. Duración: 1 hora.", None)
    assert not (isinstance(result, Plan) and result.arguments.get("duration") == 1), result
