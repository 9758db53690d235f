"""Kinds fixed from blind sets 133 (what not to do), 134-137 and red team 39 (probes of 672e201..b68b26f), each set's
first run in the commit that added it. Each test fails on b68b26f, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _plan_or_fail(text: str, length: float | None, **fields: object) -> Plan:
    result = _plan(text, length, **fields)
    assert isinstance(result, Plan), result
    return result


def _question(text: str, length: float | None, **fields: object) -> Question:
    result = _plan(text, length, **fields)
    assert isinstance(result, Question), result
    return result


# -- No words to sing, said as a refusal in more languages ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "مقطوعة هادئة على العود، لا أريد كلمات، دقيقة",
        "피아노 곡, 보컬도 빼고, 1분",
        "musik santai pakai gitar, jangan pakai vokal, 1 menit",
        "משהו רגוע עם פסנתר ובלי שירה, דקה",
        "তবলা দিয়ে একটা সুর, কোনো কথা লাগবে না, এক মিনিট",
        "புல்லாங்குழல் இசை, பாடல் வரிகள் இல்லை, 1 நிமிடம்",
        "بانسری پر دھن، گانے کے بول نہیں چاہئیں، ایک منٹ",
    ],
)
def test_no_words_to_sing_refused(text):
    plan = _plan_or_fail(text, None)
    assert plan.tool.startswith("text_to_audio")
    assert plan.arguments.get("lyrics") == "[inst]", plan.arguments


# -- Seconds added with no track and nothing of a new piece: the track is asked for -------------------------------
@pytest.mark.parametrize("text", ["add 15 seconds", "füge 15 Sekunden hinzu", "เพิ่มอีก 15 วินาที", "ਇਸਨੂੰ ਹੋਰ ਲੰਬਾ ਕਰੋ"])
def test_seconds_added_with_no_track_ask_for_it(text):
    question = _question(text, None)
    assert question.fields == ("audio",)


@pytest.mark.parametrize("text", ["add a 15 second jingle", "a 15 second sting, add some brass"])
def test_a_new_piece_with_add_is_still_new(text):  # (guard)
    plan = _plan_or_fail(text, None)
    assert plan.tool.startswith("text_to_audio")


# -- A side said to be left as it is, in more languages and word orders --------------------------------------------
@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("thêm 15 giây ở cuối, phần đầu giữ nguyên", 0, 15.0),
        ("tambahin intro 15 detik di depan, ending-nya jangan diubah", 15.0, 0),
        ("iongeze sekunde 15 mwanzoni, mwisho usibadilishe", 15.0, 0),
        ("add 15 s at the end, keep the start as it is", 0, 15.0),
        ("add a 15 s intro, don't change the ending", 15.0, 0),
    ],
)
def test_a_side_kept_gets_nothing(text, before, after):
    plan = _plan_or_fail(text, 120)
    assert plan.tool == "audio_outpaint"
    assert (plan.arguments["extend_before_duration"], plan.arguments["extend_after_duration"]) == (before, after)


# -- A format refused and one the tool does not write asked for -----------------------------------------------------
@pytest.mark.parametrize(
    "text", ["no la quiero en mp3, pásamela a m4a", "not wav, aac please", "mp3-ə yox, m4a-ya çevir"]
)
def test_a_refused_format_and_an_unwritten_one_ask(text):
    question = _question(text, 120)
    assert question.fields == ("output_format",)


def test_converting_an_unwritten_format_to_a_written_one_plans():  # (guard)
    plan = _plan_or_fail("convert the m4a to flac", 120)
    assert plan.arguments["output_format"] == "flac"


# -- Red team 39: settings, briefs by their parts, a last line, titles, words to write ------------------------------
@pytest.mark.parametrize(
    "text", ["I need mp3 3 20-second versions of a jingle", "Make me an ogg 1 28-second loop for my game menu"]
)
def test_a_rate_pair_needs_to_end_its_clause(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("duration") in (320, 128)), result


@pytest.mark.parametrize(
    "text",
    [
        "Keep the loudness, but minus ten seconds at the end",
        "Сделай громкость минус 3 дБ и экспортируй в mp3",
        "Loudness: -9 now, too loud. Export mp3",
    ],
)
def test_a_minus_that_is_no_level(text):
    result = _plan(text, 180)
    assert not (isinstance(result, Plan) and result.arguments.get("loudness_lufs") in (-10.0, -3.0, -9.0)), result


def test_loudness_with_a_comma_after_it():
    plan = _plan_or_fail("Loudness -14, export as mp3", 180)
    assert plan.arguments["loudness_lufs"] == -14.0


@pytest.mark.parametrize(
    "text",
    [
        "Lo-fi beat, 2 minutes.\nIntro:\nrain sounds and soft keys\nOutro:\nthe beat fades into the rain",
        "Beat for my rap, 2 minutes\nHook:\nI'll record it myself, leave space",
        "Radio jingle for a bakery\n(30 seconds)\nupbeat, ukulele, whistling",
    ],
)
def test_a_brief_by_its_parts_is_no_lyrics(text):
    result = _plan(text, None)
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics")), result


@pytest.mark.parametrize(
    "text",
    [
        "[Verse]\nthe harbor lights are low\n[Chorus]\ncall my name\n\nsea shanty style please",
        "Refrain:\nWir tanzen bis um drei\nund keiner geht nach Haus\n\nals Schlager, 2 Minuten",
    ],
)
def test_a_last_line_that_asks_is_the_request(text):  # (guard: cut on b68b26f by any short last line)
    plan = _plan_or_fail(text, None)
    assert plan.arguments["lyrics"].rstrip().endswith(("call my name", "nach Haus")), plan.arguments


def test_a_last_line_unsure_is_asked():
    question = _question("[Verse]\nthe harbor lights are low\n[Chorus]\ncall my name\n\nneka bude klapa", None)
    assert "lyrics" in question.fields


@pytest.mark.parametrize(
    "text",
    ["A song titled 'Don't Stop', lyrics about summer nights", "Call it 'Summer's End'. Lyrics about August, folk"],
)
def test_a_quoted_title_is_not_sung(text):  # ('Call it …' a guard: 'Lyrics' was not read in capitals then)
    plan = _plan_or_fail(text, None)
    assert not plan.arguments.get("lyrics"), plan.arguments


@pytest.mark.parametrize(
    "text",
    [
        "lyrics about turning 30 tomorrow, pop punk",
        "a song from my text messages to my brother, folk",
        "Lyrics in my own language please, a reggae tune",
    ],
)
def test_lyrics_to_write_are_no_own_words_red_team(text):  # (the topic and 'my own language' are no own words)
    result = _plan(text, None)
    assert not (isinstance(result, Question) and result.fields == ("lyrics",)), result


def test_own_words_promised_and_a_melody_to_write_still_ask():
    question = _question("Tengo la letra, luego te la paso. Escribe tú la música, bolero", None)
    assert question.fields == ("lyrics",)
