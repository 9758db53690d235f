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


def test_make_it_n_said_in_more_languages_reaches_n():
    for text, length, after in (
        ("Lo spot è da 30, questo dura 20. Portalo a 30 secondi aggiungendo in coda.", 20.0, 10),
        ("Quero que ela tenha 4 minutos, pode estender no final.", 180.0, 60),
        ("2분짜리로 늘려 주세요.", 80.0, 40),
        ("Maak er twee minuten van, plak er achteraan wat bij.", 90.0, 30),
        ("maak er 2 minuten van door aan het eind wat toe te voegen", 100.0, 20),  # (redteam6 had asked it)
        ("ขยายให้ยาว 3 นาที", 150.0, 30),
        ("Forleng den til to minutter.", 100.0, 20),
    ):
        result = _plan(text, length)
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == after, (text, result)
    # guard: Norwegian 'legg til' (add) before the amount is no 'to'
    result = _plan("legg til 30 sekunder på slutten", 100.0)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 30, result


def test_trims_and_fades_in_more_words():
    for text, delivery in (
        ("Обрежь последние 10 секунд и добавь затухание на 2 секунды.", {"trim_end_s": 10, "fade_out_s": 2}),
        ("आखिरी 5 सेकंड काट दो और 2 सेकंड का fade out डाल दो।", {"trim_end_s": 5, "fade_out_s": 2}),
        ("صدّرها بصيغة wav مع تلاشٍ في النهاية مدته 4 ثوانٍ.", {"output_format": "wav", "fade_out_s": 4}),
        ("תחתוך 10 שניות מהסוף ותוסיף פייד אאוט של 3 שניות.", {"trim_end_s": 10, "fade_out_s": 3}),
        ("Posa-hi un fos de sortida de 4 segons.", {"fade_out_s": 4}),
        ("ตัด 5 วินาทีแรกออก แล้วส่งเป็นไฟล์ wav", {"trim_start_s": 5, "output_format": "wav"}),
        ("Skær de sidste 20 sekunder af.", {"trim_end_s": 20}),
        ("Одсеци прве 3 секунде.", {"trim_start_s": 3}),
    ):
        result = _plan(text, 150.0)
        assert isinstance(result, Plan) and result.tool == "process_track", (text, result)
        assert all(result.arguments.get(k) == v for k, v in delivery.items()), (text, result.arguments)
    # guards (red-team probe 17): a fade taken away, a fade inside a part, bars, a turned-down part of the mix
    for text in ("sin fade al final, que termine seco", "enlève le fondu à la fin, je veux une fin sèche",
                 "fondu au début du deuxième couplet", "fade out over the last 8 bars",
                 "let the fade start 10 s before the end", "quítale los primeros 10 segundos a la voz",
                 "ztlum trochu basu v refrénu, je to moc hučivý"):  # fmt: skip
        result = _plan(text, 180.0)
        assert isinstance(result, Question), (text, result)


def test_more_words_for_a_new_piece_a_range_and_a_redo():
    result = _plan("Déjalo, este no me convence. Hazme uno nuevo: una cumbia instrumental de 45 segundos.", 150.0)
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    for text, window in (
        ("תייצר מחדש את השניות 15 עד 25.", (15, 25)),
        ("처음 8초가 너무 밋밋해요. 그 부분만 새로 해 주세요.", (0, 8)),
    ):
        result = _plan(text, 150.0)
        assert isinstance(result, Plan) and result.tool == "audio_inpaint", (text, result)
        assert (result.arguments["start_time"], result.arguments["end_time"]) == window, (text, result)
    assert isinstance(
        _new("Mi fai una canzoncina con queste parole: «Uno, due, tre, la farfalla vola»? Grazie mille!"), Plan
    )
    # guard: a new version of this track is no new piece
    assert not isinstance(_plan("hazme una nueva versión con más bajo", 150.0), Plan) or not _plan(
        "hazme una nueva versión con más bajo", 150.0
    ).tool.startswith("text_to_audio")
