"""Kinds fixed from blind sets 48 and 49 (tests/router_cases_redteam48.py: an outside evaluator's plain, even mix,
second sample; tests/router_cases_redteam49.py: a conversation's second and third message; first runs on 0580355:
set 48 words 121/132, 153/168, 7 silent; fields 125/132, 158/168, 6; set 49 words 113/132, 136/168, 4 silent;
fields 124/132, 152/168, 2), each failing on the router before (main at 4df8057)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_several_songs_that_differ_with_no_count_are_asked():
    for text in ("给我写几首风格完全不一样的歌", "Napravi mi nekoliko potpuno različitih pjesama za album"):
        result = _plan(text, None)  # one piece, silently
        assert isinstance(result, Question) and "takes" in result.fields, (text, result)
        assert "but not how many" in result.text, result


def test_takes_said_as_swedish_tagningar_and_korean_quoted_lyrics_before_a_particle():
    takes = _plan("Gör två tagningar av en 8 minuter lång ambient-ljudbild för meditation, utan sång.", None)
    assert isinstance(takes, Plan) and takes.takes == 2 and takes.arguments.get("duration") == 480, takes
    korean = _plan(
        "한국어 발라드 하나 만들어 주세요. 가사는 '너의 이름을 부르면 아직도 가슴이 뛰어'로 해 주시고 버전 2개로요",
        None,
    )
    assert isinstance(korean, Plan) and korean.arguments.get("lyrics") == "너의 이름을 부르면 아직도 가슴이 뛰어", (
        korean
    )
    assert korean.takes == 2, korean


def test_an_intro_for_a_use_of_its_own_beside_an_open_track_is_a_new_piece():
    result = _plan(
        "Quiero dos versiones de una intro de 15 segundos para mi podcast de fútbol, algo con guitarra eléctrica", 120.0
    )  # 15 s added before the open track, silently
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    assert result.arguments.get("duration") == 15, result
    added = _plan("add a 15 second intro for my podcast", 120.0)  # guard: 'add' says the track's own intro
    assert isinstance(added, Plan) and added.arguments.get("extend_before_duration") == 15, added


def test_styles_instruments_no_vocals_and_a_hungarian_format_suffix():
    for text, tag in (("Sprav mi folkovú pesničku s husľami, 2 minúty", "violin"),
                      ("Направи ми рок парче за 3 минути за тренировките във фитнеса", "rock"),
                      ("Пісня українською, 2 хвилини, поп-рок, текст: «Ми повернемось додому навесні»", "rock"),
                      ("Нова песен, моля: поп на български, минута и половина, с текст „Лято, море и ти до мен“.", "pop")):  # fmt: skip
        result = _plan(text, None)
        assert isinstance(result, Plan) and tag in result.arguments["tags"], (text, result)
    for text in ("मेरे योगा क्लास के लिए 10 मिनट का शांत बांसुरी संगीत बना दो, बिना वोकल्स",
                 "ਢੋਲ ਤੋਂ ਬਿਨਾਂ ਇੱਕ ਸ਼ਾਂਤ ਧੁਨ ਬਣਾਓ, ਸਿਰਫ਼ ਬੰਸਰੀ, ਕੋਈ ਗਾਇਕੀ ਨਹੀਂ"):  # fmt: skip
        result = _plan(text, None)  # sung, silently
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", (text, result)
    wav = _plan("Tegyél rá 5 másodperces fade outot, és add oda wavban.", 120.0)  # the format dropped, silently
    assert isinstance(wav, Plan) and wav.arguments.get("output_format") == "wav", wav
