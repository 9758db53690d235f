"""Kinds fixed from red team 72 (the rules of a1a4e37 and e78b0af) and blind set 197 (messages that mention money,
time and plans), on e78b0af: a price asked in a question in any language makes nothing ('Ça coûte combien, 4 prises de
4 minutes ?', 'Hur mycket kostar det…?', 'Paljonko maksaa…?', 'ogg로 뽑으면 돈 더 들어요?'), while a price in a theme or
an aside does not stop a plain order; a put-off after a dash, with 'ok?' or a weekday, or in CJK makes nothing; a wish
for an intro with an article and a word of wanting extends ('quiero la intro de 10 segundos'), the track's intro told
of in more words does not ('dein Intro von 10 Sekunden ist super'); a closing request that echoes a lyric line but
names a voice is the request; 'don't want vocals too loud' is no instrumental; 'mp3 is trash' refuses mp3; 'synthpop'
is a style. Guards are marked: they passed on e78b0af."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Ça coûte combien, 4 prises de 4 minutes ? Je réfléchis encore", None),
        ("Hur mycket kostar det att göra 3 tagningar? Inte nu, kanske senare", None),
        ("Paljonko maksaa tehdä 4 versiota? Ei vielä, mietin vaan", None),
        ("Koľko stoja 4 verzie? Zatiaľ len zisťujem", None),
        ("Hvað kostar að lengja í 5 mínútur? Bara að spyrja", 150),
        ("ogg로 뽑으면 돈 더 들어요? 아직 안 해도 돼요", 150),
        ("چار ورژن بنانے کا کتنا خرچہ آئے گا؟ ابھی نہیں", None),
        ("how many credits is a 3 minute song?", None),
        ("3分钟的歌贵吗？", None),
    ],
)
def test_a_price_asked_in_any_language_makes_nothing(text, length):
    result = _plan(text, length)  # e78b0af made or extended it, paid and silent
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        "una canción de 2 minutos sobre cuánto cuesta vivir aquí",
        "料金は気にしないので、3分の曲を作って",
        "비용이 얼마든 상관없어요, 3분짜리 곡 만들어 주세요",
        "Bei 2:05 bis 2:20 klingt der Gesang schief, kannst du das neu machen?",  # guard ('Bei' is no price)
    ],
)
def test_a_price_in_a_theme_or_an_aside_or_a_word_like_one_does_not_stop_the_order(text):
    result = _plan(text, 150 if "Bei" in text else None)  # e78b0af asked what the first three cost
    assert isinstance(result, Plan), result


@pytest.mark.parametrize(
    "text",
    [
        "make a 2 minute song — not now, tomorrow",
        "a 2 minute song, but not now, ok?",
        "a 2 min song with lyrics about rain, but not now, tomorrow",
        "做一首2分钟的歌，但不是现在，明天再做",
        "2분짜리 노래 만들어줘, 근데 지금 말고 내일",
        "2 minute song, but not today, maybe Friday",  # guard
        "сделай песню на 2 минуты, но не сейчас, а завтра",  # guard (made by a first version of this fix)
    ],
)
def test_a_put_off_in_more_forms_makes_nothing(text):
    result = _plan(text)  # e78b0af made a paid 2-minute piece
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        "2 min birthday song for my son. Not yet sure of the genre.",
    ],
)
def test_a_note_that_starts_like_a_put_off_is_no_put_off(text):
    result = _plan(text)  # e78b0af asked whether to make it now ('Not yet' with any tail)
    assert isinstance(result, Plan) and result.arguments.get("duration") == 120, result


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("quiero la intro de 10 segundos al principio de la canción", 10),
        ("the start is boring, it needs a 10 second intro", 10),
        ("der Anfang ist langweilig, ein Intro von 10 Sekunden davor wäre perfekt", 10),
        # guards (set 72 and set 152; asked by a first version of this fix)
        ("Vorne fehlt mir ein kleines Intro, 6 Sekunden davor wären super", 6),
        ("Franchement top ! Il me faudrait juste une intro de 12 secondes avant, le reste c'est nickel", 12),
    ],
)
def test_an_intro_wished_for_beside_praise_or_an_article_extends(text, before):
    result = _plan(text, 150)  # e78b0af asked (the article or the praise word read as the track's own intro)
    assert isinstance(result, Plan) and result.tool == "audio_outpaint", result
    assert result.arguments["extend_before_duration"] == before


@pytest.mark.parametrize(
    "text",
    [
        "dein Intro von 10 Sekunden ist super",
        "ton intro de 10 secondes est top",
        "the 10 second intro sounds amazing",
        "los 10 segundos de intro suenan geniales",
        "I need a 20 second jingle for the intro of the show",  # guard
    ],
)
def test_the_tracks_intro_praised_or_a_jingle_for_a_show_extends_nothing(text):
    result = _plan(text, 150)  # e78b0af bought a 10 s intro
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


@pytest.mark.parametrize(
    ("text", "inside"),
    [("Mach das Intro nochmal neu, so von 0 bis 12 Sekunden", (0, 12)),  # guards (e78b0af fixed them)
     ("die ersten 12 Sekunden nochmal, das Intro ist Murks", (0, 12))],
)  # fmt: skip
def test_the_intro_made_again_with_its_times_is_that_range(text, inside):
    result = _plan(text, 150)
    assert isinstance(result, Plan) and result.tool == "audio_inpaint", result
    assert (result.arguments["start_time"], result.arguments["end_time"]) == inside


def test_a_closing_request_that_echoes_a_lyric_line_but_names_a_voice_is_the_request():
    text = ("Make a song with these lyrics:\n\nJust a small town girl\nJust a city boy\n\n"
            "Just a female voice, thanks!")  # fmt: skip
    result = _plan(text)  # e78b0af sang it and set no voice
    assert isinstance(result, Plan) and "female voice" not in result.arguments.get("lyrics", "x"), result


@pytest.mark.parametrize(
    "text",
    [
        "a 2 minute pop song, I don't want vocals too loud in the mix",
        "a 2 minute pop song, don't want vocals to start until 0:30",
        "a trap song with male vocals, don't use vocal autotune",
    ],
)
def test_dont_want_vocals_said_of_how_they_sound_is_sung(text):
    result = _plan(text)  # e78b0af made the first instrumental, silently; the other two are guards
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


def test_rather_not_have_vocals_on_this_one_is_instrumental():
    # guard (lost by a first version of this fix)
    result = _plan("chill beat for studying, would rather not have vocals on this one")
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


@pytest.mark.parametrize("text", ["I sent you the wav before; mp3 is trash", "El wav pesa mucho, el mp3 suena fatal"])
def test_a_format_run_down_in_more_words_is_not_delivered(text):
    result = _plan(text, 150)  # e78b0af delivered the mp3 for the first; the second is a guard
    assert not (isinstance(result, Plan) and result.deliver.get("output_format", result.arguments.get("output_format"))
                == "mp3"), result  # fmt: skip


def test_synthpop_is_a_style():
    result = _plan("4 takes of an upbeat synthpop jingle, 30 seconds each")  # set 197: e78b0af lost the style
    assert isinstance(result, Plan) and "synthpop" in result.arguments["tags"], result
