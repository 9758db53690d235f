"""Red-team pass 28 (scripts/router_probe_redteam28.py) of 153c032..6d0ee69: the silent plans it found made by the
diff, each now a right plan or a question. Each test fails on 6d0ee69, but two kept as guards (right there too)."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    ["开头10秒别动，后面的全部重新生成", "開頭10秒不用改，後面重新生成", "开头10秒的吉他保留，其余重做",
     "最前面20秒保留，把后面的重新生成", "开头30秒以后的部分重做", "开头10秒很好，结尾重做一下", "开头5秒淡入，然后把副歌重做"],
)  # fmt: skip
def test_the_beginning_kept_or_said_beside_another_part_is_never_the_window(text):
    result = _plan(text, 180.0)
    assert not (isinstance(result, Plan) and result.arguments.get("start_time") == 0), result


def test_leave_the_start_alone_in_lithuanian_is_no_side():
    result = _plan("Pailgink dainą 20 sekundžių, bet pradžios neliesk", 120.0)
    assert not (isinstance(result, Plan) and result.arguments.get("extend_before_duration")), result


@pytest.mark.parametrize(
    "text",
    ["Make 2 versions of a 30 second jingle: piano and guitar", "3 versions of a 1 minute intro: piano, guitar and flute",
     "Zwei Versionen eines 30-Sekunden-Jingles: Klavier und Gitarre", "2 versions, one humming and one whistling",
     "θελω ενα τραγουδι 2 λεπτα για τις 2 εκδοχες της αληθειας"],
)  # fmt: skip
def test_versions_that_may_differ_are_no_takes(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and (result.takes or 1) > 1), result


@pytest.mark.parametrize(
    "text",
    ['a pop song with the energy of the chorus "Don\'t Stop Believin\'", 2 minutes',
     "une chanson avec un refrain « à la Stromae », 2 minutes", 'песня с припевом "как у Цоя, мрачный", 2 минуты',
     "une chanson sur la loi : elle doit expliquer le droit de vote aux enfants, 2 minutes"],
)  # fmt: skip
def test_a_description_after_a_chorus_word_or_a_label_is_never_sung(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") not in (None, "[inst]")), result


@pytest.mark.parametrize(
    "text",
    ["laulu, jossa on pianoinstrumentaali-intro ja sitten naisen laulua, 2 minuuttia",
     "Ei pianoinstrumentaalia, vaan laulettu balladi, 3 minuuttia"],
)  # fmt: skip
def test_a_finnish_instrument_compound_in_a_sung_song_is_no_instrumental(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


def test_a_rock_band_that_receives_the_jazz_is_no_rock_tag():
    result = _plan("Сделай спокойный лаунж-джаз, 2 минуты, подарок нашей рок группе", None)
    assert isinstance(result, Question) or "rock" not in result.arguments["tags"].split(", "), result
