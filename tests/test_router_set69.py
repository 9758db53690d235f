"""Kinds fixed from blind set 69 (tests/router_cases_redteam69.py: chatty messages, first run on dcc010b in the commit
that added it): numbers that count people, name an episode or a day, and a length taken back and said again. Each
test fails on dcc010b, except the guards, which say what must stay asked."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Boa tarde. Tenho uma turma de 30 alunos. Preciso de um samba de 1 minuto, instrumental.", 60),
        (
            "Hej! Jag håller i ett spinningpass på onsdag, 20 deltagare. Kan du göra en technolåt utan sång på 6 minuter?",
            360,
        ),
        ("Hei! Klassen min (22 elever) trenger en glad låt uten vokal, cirka to minutter.", 120),
        ("Moi! Meidän kuoro (16 laulajaa) tarvitsee alkusoiton pianolla, noin kaksi minuuttia.", 120),
        ("Salam! Bacımın toyu 10 iyunda olacaq. Mənə instrumental bir musiqi düzəldə bilərsən, 2 dəqiqəlik?", 120),
    ],
)
def test_people_counted_and_days_named_in_a_chatty_request_are_no_length(text, seconds):
    assert _args(_plan(text, None)).get("duration") == seconds


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("就这个了。导出成MP3，响度-14 LUFS。第37期节目要用。", "loudness_lufs", -14.0),
        (
            "完璧です。WAVで書き出して、最後に5秒のフェードアウトをつけてください。第24話のエンディングに使います。",
            "fade_out_s",
            5.0,
        ),
        ("마지막 7초는 잘라 주세요. 에피소드 8화에 들어갈 거예요.", "trim_end_s", 7.0),
        ("Tak! Kan du give mig den som WAV med 3 sekunders fade-in? De 49 kr. er det værd.", "fade_in_s", 3.0),
    ],
)
def test_an_episode_number_or_a_price_beside_a_deliverable_is_not_asked_about(text, key, value):
    assert _args(_plan(text, 120.0)).get(key) == value


def test_an_episode_named_before_its_number_beside_an_intro():
    args = _args(_plan("أضف 15 ثانية في البداية كمقدمة هادئة، الحلقة 40 من البودكاست تحتاجها.", 120.0))
    assert (args["extend_before_duration"], args["extend_after_duration"]) == (15.0, 0.0)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Blasmusik-Stück, ohne Gesang, 2 Minuten … nee, warte, lieber 90 Sekunden, sonst wird's zu lang.", 90),
        ("faz um forró instrumental novo, 45 segundos... pensando bem, faz com 30 segundos, que é só a vinheta.", 30),
        ("配信のオープニング用にロックなインストを新しく作ってほしいです。30秒で…あ、やっぱり20秒でお願いします！", 20),
    ],
)
def test_a_length_taken_back_gives_way_to_the_one_said_after(text, seconds):
    assert _args(_plan(text, None)).get("duration") == seconds


def test_a_value_said_as_not_meant_after_the_length_that_stands():
    text = "vreau o piesă pop de dans instrumentală, 3 minute... pensando bem, fă-o de 2 minute, nu de 3."
    assert _args(_plan(text, None)).get("duration") == 120


@pytest.mark.parametrize(
    "text",
    [
        # (guards) a word that also adds a part is no taking back: the second length is the part's
        "písnička na 2 minuty, vlastně 20 sekund předehra na kytaru a pak zpěv",
        "a 60 second jingle for my bakery, I mean 30 second spots get skipped anyway",
    ],
)
def test_a_second_length_after_actually_or_i_mean_is_not_taken_as_a_correction(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("duration") in (20, 30)), result
