"""Kinds fixed from red team 71 (the rules of a1a4e37) and sets 195-196, on a1a4e37: the English word 'intro' with a
length extends nothing where the track's own intro is told of ('das Intro von 10 Sekunden klingt leer', 'ese intro …
suena vacío'); a plain wish for an intro with 'like', 'por favor' or a partitive 'de' still extends; a format refused
only right before it ('never mp3') or run down right after it ('mp3 is too lossy') is asked, not a clause that
merely holds such a word ('Mai bine în mp3', 'mp3 nada más'); a piece put off at the end in more words ('…, but not
right now, tomorrow', 'Not now though.') makes nothing, but a hook or lyrics that end so are sung; more forms of a price
('what would that set me back', 'kaça olur') are questions, 'how long' is not ('얼마나 되는지'); a closing paragraph
after lyrics whose two opening words are not a lyric line's, or a voice asked in a clause of its own, is the request;
an address beside thanks or a length ('Mama, danke!', 'Baby, just about 5 minutes') is sung; '加个3秒淡出' in words
alone is a fade; 'rather not have any vocals' is instrumental. Guards are marked: they passed on a1a4e37."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    [
        "das Intro von 10 Sekunden klingt leer",
        "ese intro de 10 segundos suena vacío",
        "son intro de 10 secondes sonne creux",
        "nossa introdução de 10 segundos ficou ótima",
        "イントロの10秒が退屈",
    ],
)
def test_the_tracks_own_intro_told_of_in_more_words_extends_nothing(text):
    result = _plan(text, 150)  # a1a4e37 bought a 10 s intro, silently
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("10 segundos de intro, por favor", 10, 0),  # guard (asked by a first version: 'de' read as an article)
        ("can u give it a proper intro, like 15 secs, and an outro of 20", 15, 20),  # guard (set 164)
        ("my intro needs 10 more seconds", 10, 0),  # guard (asked by a first version of this fix)
        ("das Intro braucht 10 Sekunden mehr", 10, 0),  # guard
    ],
)
def test_an_intro_wished_for_extends_before(text, before, after):
    result = _plan(text, 150)  # guards, all four
    assert isinstance(result, Plan) and result.tool == "audio_outpaint", result
    assert (result.arguments["extend_before_duration"], result.arguments["extend_after_duration"]) == (before, after)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("Ți-am trimis wav-ul, dar e prea mare. Mai bine în mp3", "mp3"),
        ("te mandé el wav pero pesa mucho, mp3 nada más", "mp3"),
    ],
)
def test_a_word_of_refusal_elsewhere_in_the_clause_does_not_refuse_the_format(text, fmt):
    result = _plan(text, 150)  # a1a4e37 asked which format
    assert isinstance(result, Plan) and result.deliver.get("output_format", result.arguments.get("output_format")) \
        == fmt, result  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "make me a 2 minute song, but not right now, tomorrow",
        "a 2 minute lofi beat, but not now, maybe later",
        "un beat de 2 minutos, pero ahora no, mañana",
        "fais une chanson de 2 minutes, mais pas tout de suite",
        "сделай песню на 2 минуты, но не сейчас, а завтра",
        "2 minute song. Not now though.",
        "a 3 minute song, what would that set me back?",
        "3 dakikalık şarkı kaça olur?",
        "3分の曲、料金はどれくらい？",
    ],
)
def test_a_piece_put_off_or_priced_in_more_words_makes_nothing(text):
    result = _plan(text)  # a1a4e37 made a paid piece
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        "write a song whose hook is: I'll leave you, but not now",
        "ein Lied mit dem Refrain: ich gehe, aber nicht jetzt",
        "우리가 함께한 시간이 얼마나 되는지 노래하는 3분짜리 발라드 만들어 줘",
    ],
)
def test_a_hook_that_ends_not_now_or_a_theme_of_how_long_is_made(text):
    result = _plan(text)  # a1a4e37 asked whether to make it now, or what it costs
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


@pytest.mark.parametrize(
    ("text", "not_sung"),
    [
        ("Make a song with these lyrics:\n\nMake me believe again\nMake me feel alive\n\nMake it a female voice, "
         "thanks!", "female voice"),
        ("用这段歌词做一首民谣：\n\n你唱过的那首歌\n一直在我心里\n\n请用女声，节奏慢一点，谢谢", "女声"),
        ("Haz una canción con esta letra:\n\nTe esperé en la esquina\nYa casi voy llegando\n\nRumba, unos 2 minutos",
         "Rumba"),
    ],
)  # fmt: skip
def test_a_closing_request_that_looks_like_a_lyric_is_still_the_request(text, not_sung):
    result = _plan(text)  # a1a4e37 sang it
    assert isinstance(result, Plan) and not_sung not in result.arguments.get("lyrics", "x"), result


@pytest.mark.parametrize(
    ("text", "sung"),
    [
        ("Ein Lied zum Muttertag mit diesem Text:\n\nFür jeden Morgen\nFür jedes Licht\n\nMama, danke!", "Mama"),
        ("Balada con esta letra:\n\nPor la vida que me diste\nPor tu risa y tu canción\n\nAmor mío, gracias!", "Amor"),
        ("Make a song with these lyrics, acoustic pop:\n\nthrough the rain and through the years\nyou were there to dry "
         "my tears\n\nbaby, just about 5 minutes", "baby"),
    ],
)  # fmt: skip
def test_an_address_beside_thanks_or_a_length_is_sung(text, sung):
    result = _plan(text)  # a1a4e37 dropped it (and made the lower-case one a 300 s piece)
    assert isinstance(result, Plan) and sung in result.arguments.get("lyrics", ""), result


@pytest.mark.parametrize(("text", "key"), [("结尾加个3秒淡出", "fade_out_s"), ("开头加个3秒淡入", "fade_in_s")])
def test_add_a_fade_of_n_seconds_in_words_is_that_fade(text, key):
    result = _plan(text, 150)  # a1a4e37 asked whether the seconds were a fade or new music
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert result.deliver.get(key, result.arguments.get(key)) == 3


@pytest.mark.parametrize("text", ["首尾各加个3秒淡入淡出", "结尾加10秒然后淡出"])
def test_a_fade_at_each_end_or_a_length_added_before_a_fade_is_not_one_fade(text):
    result = _plan(text, 150)  # the second was a silent 10 s fade on a1a4e37; the first is a guard
    assert not (isinstance(result, Plan) and result.tool == "process_track"), result


def test_rather_not_have_any_vocals_is_instrumental():
    result = _plan("podcast intro, 15 seconds, upbeat funk with slap bass. I'd rather not have any vocals on it")
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result  # a1a4e37 asked the track
