"""Kinds fixed from blind set 31 (tests/router_cases_redteam31.py: people who use music at work, in their trade's
words; first run on 4a4eb0e: words 113/132, 144/168, 9 silent; fields 119/132, 157/168, 4), each failing on the
router before (main at 4a4eb0e)."""

from __future__ import annotations

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _new(text: str) -> Plan:
    result = _plan(text, None)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), (text, result)
    return result


def test_a_fade_said_in_uscita_is_a_fade_out():
    result = _plan("Taglia gli ultimi 20 secondi e metti una dissolvenza in uscita di 3.", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("fade_out_s") == 3, result  # it had faded in, silently
    assert "fade_in_s" not in result.arguments


def test_marimba_and_xylophone_in_their_own_words_are_in_the_tags():
    assert "marimba" in _new("앱 온보딩 화면에 깔 짧은 징글이요, 10초, 밝은 마림바 느낌으로요.").arguments["tags"]
    tags = _new("Jeg er ved at lave en lille app og mangler en kort jingle, 10 sekunder, xylofon, uden vokal.")
    assert "xylophone" in tags.arguments["tags"]


def test_turkish_saat_is_hours_and_never_six_seconds():
    text = "Kafemde bütün gün çalacak müzik lazım, 6 saat kadar. Sürekli aynı şeyi duymak istemiyoruz."
    try:
        result = _plan(text, None)
    except InvalidInput:
        return  # six hours is over a track's hour: refused in one sentence
    assert not (isinstance(result, Plan) and result.arguments.get("duration") == 6), result


def test_no_vocals_loops_and_lengths_in_more_words():
    assert _new("幫我整段片頭音樂，15秒，要輕快啲，唔好有人聲。").arguments["lyrics"] == "[inst]"
    assert _new("ਵਿਆਹ ਲਈ 2 ਮਿੰਟ ਦੀ ਢੋਲ ਵਾਲੀ ਭੰਗੜਾ ਧੁਨ ਬਣਾਓ, ਬਿਨਾਂ ਬੋਲਾਂ ਤੋਂ।").arguments["lyrics"] == "[inst]"
    result = _plan("Направи го да се повтаря безшевно и го експортирай в wav.", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("loop") is True, result
    result = _plan("Продужи на три минута.", 150.0)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 30, result  # it had added 180


def test_a_part_of_a_track_changed_with_no_track_asks_for_the_track():
    for text in ("can you make the chorus a bit happier?", "Kan du gøre omkvædet lidt gladere?"):
        result = _plan(text, None)
        assert isinstance(result, Question) and result.kind == "audio", (text, result)
    assert _new("a pop song where the chorus is happier than the verse, 2 min").arguments["duration"] == 120
