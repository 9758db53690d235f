"""Kinds fixed from blind sets 66 (tests/router_cases_redteam66.py: an even mix) and 67
(tests/router_cases_redteam67.py: people who make videos, podcasts and games), both first run on cb699da in the
commit that added them, and the same kinds in earlier sets. Each test fails on cb699da, except the guards, which
say what must stay asked."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _args(result: Plan | Question) -> dict:
    assert isinstance(result, Plan), result
    return result.arguments


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("chop off the first 3 seconds of silence and fade out the last 6", {"trim_start_s": 3.0, "fade_out_s": 6.0}),
        ("앞에 2초 자르고 끝에 4초 페이드아웃", {"trim_start_s": 2.0, "fade_out_s": 4.0}),
        ("शुरू के 3 सेकंड काट दो और 5 सेकंड का fade out लगा दो", {"trim_start_s": 3.0, "fade_out_s": 5.0}),
        ("قص أول ٣ ثواني وحط fade out آخر ٥ ثواني", {"trim_start_s": 3.0, "fade_out_s": 5.0}),
        ("תוריד 2 שניות מההתחלה ותעשה fade out של 4 שניות", {"trim_start_s": 2.0, "fade_out_s": 4.0}),
        ("odreži zadnje 4 sekunde i spremi kao wav", {"trim_end_s": 4.0, "output_format": "wav"}),
        ("зроби фейд ін 4 секунди і збережи у wav", {"fade_in_s": 4.0, "output_format": "wav"}),
        ("Mentsd el wav-ba, és az elejéről vágj le 2 másodpercet", {"trim_start_s": 2.0, "output_format": "wav"}),
        ("حط fade out آخر ٨ ثواني وخلي الصوت -14 LUFS", {"fade_out_s": 8.0, "loudness_lufs": -14.0}),
        ("recórtale los últimos 10 segundos", {"trim_end_s": 10.0}),
        ("converte pra wav e corta 2 segundos do começo", {"trim_start_s": 2.0, "output_format": "wav"}),
    ],
)
def test_each_fade_and_cut_with_its_own_length_and_end(text, want):
    args = _args(_plan(text, 60.0))
    assert {k: args.get(k) for k in want} == want
    assert not {"fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s"} - set(want) & set(args)


def test_a_fade_whose_length_is_a_number_word_with_no_unit_is_asked_not_dropped():
    # (guard: 'fire' is four; the fade out is never dropped, nor made at the default length)
    result = _plan("Legg på fade-in på ett sekund og fade-out på fire.", 180.0)
    assert isinstance(result, Question), result


def test_a_refused_fade_beside_a_fade_with_its_length_stays_refused():
    # (guard: the fade refused has no length of its own; it is not made at the default length)
    assert _args(_plan("フェードインはいらない、フェードアウトだけ3秒", 180.0)) == {
        "track": "trk_0123456789ab",
        "fade_out_s": 3.0,
    }


def test_an_unused_number_beside_a_deliverable_names_the_deliverable_fields():
    result = _plan("导出成MP3，码率256 还有 7", 60.0)
    assert isinstance(result, Question) and "request" not in result.fields, result
    assert {"fade_out_s", "trim_start_s", "bitrate_kbps"} <= set(result.fields)


@pytest.mark.parametrize(
    ("text", "length", "after"),
    [
        ("my vid is 3:05, can you make this track that long? add to the end", 150.0, 35.0),
        ("ma vidéo fait 3 minutes pile, rallonge la musique à la fin pour qu'elle colle", 145.0, 35.0),
        ("视频有2分钟，帮我把这首加长到2分钟，加在后面", 100.0, 20.0),
        ("動画が2:40あるから、後ろを伸ばして合わせて", 130.0, 30.0),
        ("वीडियो 2:30 का है, इसको उतना लंबा कर दो", 120.0, 30.0),
        ("الفيديو 3 دقائق، طوّل المقطع ليصير 3 دقائق", 150.0, 30.0),
        ("คลิปยาว 2 นาที ช่วยยืดท้ายเพลงให้ยาวเท่าคลิป", 90.0, 30.0),
        ("ویڈیو 2:40 کی ہے، آخر میں اتنا بڑھا دیں", 120.0, 40.0),
    ],
)
def test_the_length_said_of_the_video_is_the_whole_the_track_reaches(text, length, after):
    args = _args(_plan(text, length))
    assert (args.get("extend_before_duration"), args.get("extend_after_duration")) == (0.0, after)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        # (guards) two lengths of other things in the video; an amount that does not agree with the video's length
        ("The video has 3 minutes of intro footage and 3 minutes of credits; extend the song", 150.0),
        ("영상이 2분이라 뒤에 40초만 더 붙여줘", 90.0),
        # (red-team 27: with no word that says the track should match the video, its length may be anything else's)
        ("段片有2分鐘，幫我喺後面拉長佢", 100.0),
        ("영상이 2분이라 뒤에 30초만 더 붙여줘", 90.0),
        ("The video is 3 minutes, but the song only needs to cover the first half. Extend it.", 60.0),
        ("This clip is 2:30, add an intro", 148.0),
    ],
)
def test_a_video_length_that_does_not_settle_the_extension_is_asked(text, length):
    assert isinstance(_plan(text, length), Question)


def test_short_quoted_lyrics_in_a_spanish_request_are_sung_in_spanish():
    text = (
        'quiero un jingle pal podcast que cante "Esto es Café con Datos, pásate un rato", estilo pop, unos 20 segundos'
    )
    assert "spanish vocal" in _args(_plan(text, None))["tags"].split(", ")


def test_lines_after_a_question_naming_this_text_are_asked_not_put_in_the_tags():
    # (they were the tags; read as the lyrics, red-team 27 sang wishes: 'Can you make a song from this text?\nslow and
    # sad, with piano\nfemale voice')
    text = (
        "Kan du göra en visa av den här texten?\nDet regnar på taken i Gamla stan\noch jag väntar på dig vid fontänen"
    )
    result = _plan(text, None)
    assert isinstance(result, Question) and "lyrics" in result.fields, result


def test_short_lines_after_a_first_line_that_names_no_words_are_asked_not_put_in_the_tags():
    result = _plan("Gör en visa till min syster\nDet regnar på taken i Gamla stan\noch jag väntar vid fontänen", None)
    assert isinstance(result, Question) and "lyrics" in result.fields, result
