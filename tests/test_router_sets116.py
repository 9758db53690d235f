"""Kinds fixed from blind sets 116 (an even mix, 44) to 119, first run on b01e90f in the commits that added them, and
from the misses of sets 4-115 read by kind. Each test fails on b01e90f, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None) -> Plan:
    result = _plan(text, length)
    assert isinstance(result, Plan), result
    return result


# -- A whole length to reach, said as 'to', 'so that it lasts', 'of length', 'I need exactly' ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pailgink iki 3 minučių",  # lt 'iki' (to)
        "Lengdu lagið upp í 3 mínútur",  # is '(upp) í'
        "Prelungește-o la 3 minute",  # ro 'la' after the verb
        "Продужи је да траје 3 минута",  # sr 'so that it lasts'
        "produzi je na kraju da bude 3 minute",  # hr 'so that it is'
        "κάν'το 3 λεπτά, πρόσθεσε στο τέλος",  # el 'make it'
        "Сделай трек длиной 3 минуты, добавь в конец",  # ru 'of length'
        "хочу, чтобы он длился 3 минуты, добавь в конец",  # ru 'so that it lasts'
        "нужно ровно три минуты под ролик, продли в конце",  # ru 'I need exactly'
        "Passt gut, aber fürs Video brauch ich genau 3 Minuten – häng hinten einfach was dran",
        "C'est top, mais il me faut 3 minutes pile pour la vidéo. Prolonge la fin.",
        "quero que fique com 3 minutos, acrescentando no final",  # pt 'that it stays at'
        "quero que a faixa tenha 3 minutos, estende no fim",
        "forlæng den så den er 3 min i alt, bare i slutningen",  # da 'so that it is'
        "maak 'm 3 minuut door aan het eind bij te plakken",  # nl 'make it'
        "3분 되게 늘려줘",  # ko 'so that it becomes'
        "यसलाई तीन मिनेटको बनाइदेऊ, अन्त्यमा थपेर",  # ne 'make it of three minutes'
        "Dört dakikaya tamamla, sonuna ekleyerek",  # tr 'complete it to'
        "ขยายเพลงให้ยาวรวม 3 นาที",  # th 'to a length of, in all'
        "kéo dài bài hát thành tổng cộng 3 phút",  # vi 'into, in all'
        "This is great but I need it to run three minutes for the slideshow. Add the extra at the end.",
    ],
)
def test_a_length_to_reach_is_the_whole_length(text):
    length = 240 if "Dört" in text else 180
    plan = _plan_or_fail(text, 150)
    assert plan.tool == "audio_outpaint"
    assert plan.arguments["extend_before_duration"] + plan.arguments["extend_after_duration"] == length - 150


@pytest.mark.parametrize(
    "text",
    [
        "add 30 seconds at the end",  # an amount
        "Pailgink 30 sekundžių pabaigoje",  # lt: an amount, no "iki"
        "ajoute 30 secondes pile à la fin",  # 'pile' after an amount added
    ],
)
def test_an_amount_added_stays_an_amount(text):  # (guard)
    plan = _plan_or_fail(text, 150)
    assert plan.arguments["extend_after_duration"] == 30


# -- Silent plans of sets 116 and 117 ------------------------------------------------------------------------------------
def test_extending_the_start_in_portuguese_adds_before():
    plan = _plan_or_fail("estende o começo em 12 segundos", 150)
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (12, 0)


@pytest.mark.parametrize("text", ["زيد عليها نص دقيقة في الآخر", "ضيف نص دقيقة في الآخر"])
def test_spoken_arabic_half_a_minute_is_thirty_seconds(text):
    assert _plan_or_fail(text, 150).arguments["extend_after_duration"] == 30


def test_a_minute_in_arabic_is_still_sixty_seconds():  # (guard)
    assert _plan_or_fail("زيد عليها دقيقة في الآخر", 150).arguments["extend_after_duration"] == 60


@pytest.mark.parametrize("text", ["оправи частта към края", "آخر والا حصہ ٹھیک کر دو"])
def test_fixing_a_part_with_no_track_asks_for_the_track(text):
    result = _plan(text, None)
    assert isinstance(result, Question) and result.kind == "audio", result


@pytest.mark.parametrize(
    "text",
    [
        "공포 영화 예고편 같은 분위기, 목소리 없이",
        "faz uma música que parece aquele finalzinho de tarde na praia, sem ninguém cantando",
        "зроби музику, яка нагадує вечір у бабусі на селі, без співу",
    ],
)
def test_without_a_voice_or_anyone_singing_is_instrumental(text):
    plan = _plan_or_fail(text, None)
    assert plan.arguments.get("lyrics") == "[inst]" and "finnish" not in plan.arguments["tags"]


def test_finalzinho_is_no_finnish():
    text = "faz uma música que parece aquele finalzinho de tarde na praia, com alguém cantando"
    assert "finnish" not in _plan_or_fail(text, None).arguments["tags"]


def test_finnish_named_is_still_sung_in_finnish():  # (guard)
    assert "finnish vocal" in _plan_or_fail("a song for the finale, sung in Finnish", None).arguments["tags"]
