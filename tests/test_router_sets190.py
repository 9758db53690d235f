"""Kinds fixed from blind sets 190 (hedged requests) and 192 (long tracks) and red team 67 (messages that order
nothing), on 34ea045 and aaec31e: a fade or a cut offered with no choice is asked; a message that only asks, asks the
price, weighs a plan for later, reports what was done, or says the plan's own verb is not to be done makes nothing; the
words that make a number approximate ('más o menos', 'una decina di', 'een seconde of twintig', 'viginti fere',
'5 s or so', '廿秒') and an hour or a quarter of one said as a word ('timslång', 'un quarto d'ora') are read; an ambient
drone keeps 'drone' in its tags. Each test fails on 34ea045, except the guards."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    [
        "fade out or just a hard cut, whatever sounds better",
        "フェードアウトかバッサリ切るか、どっちがいいかな?お任せします",
        "Fade out atau langsung cut, terserah mana yang lebih bagus",
        "Fade ut eller bare kutte brått, hva enn som høres best ut",
        "fade out o corte seco, lo que suene mejor",
        "페이드아웃이나 그냥 뚝 끊거나, 알아서 해줘",
    ],
)
def test_a_fade_or_a_cut_left_to_us_is_asked(text):
    result = _plan(text, 180)  # each was a 3 s fade, silently
    assert isinstance(result, Question) and "fade" in result.text and "cut" in result.text, result


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("fade out the last 5 s and cut the first 2", {"fade_out_s": 5.0, "trim_start_s": 2.0}),  # guards
        ("fade it out over 5 s", {"fade_out_s": 5.0}),
        ("make it loop", {"loop": True}),
    ],
)
def test_a_fade_said_plainly_is_still_planned(text, args):
    result = _plan(text, 180)
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert {k: result.arguments.get(k) for k in args} == args, result


@pytest.mark.parametrize(
    "text",
    [
        "can it do loops? just asking, I don't need anything right now",
        "Czy to narzędzie w ogóle umie robić płynne pętle? Tak tylko pytam, na razie nic nie potrzebuję",
        "¿se puede exportar en flac? es solo una pregunta",
        "can you extend it to 5 minutes? not now, for later",
        "si quisiera añadirle 15 segundos al final, ¿quedaría natural?",
        "maybe later add an outro, 20 seconds or so",
        "может, потом добавим секунд 20 в конце",
        "якщо я захочу продовжити трек на 30 секунд, стиль збережеться?",
        "wenn ich es auf 3 Minuten verlängern würde, würde man den Übergang hören?",
        "I already added a 10 second intro myself",
        "j'ai déjà exporté en mp3 à 320 kbps hier",
        "我昨天已经把结尾延长了20秒",
        "don't cut the first 5 seconds",
        "bitte nicht die letzten 10 Sekunden ausblenden",
        "no hace falta que lo alargues 30 segundos",
        "最初の5秒はカットしないで",
        "끝에 30초 추가할 필요 없어",
        "lascia perdere il taglio dei primi 3 secondi",
        "khoan đã, đừng cắt 5 giây đầu nữa",
    ],
)
def test_a_message_that_orders_nothing_makes_nothing(text):
    result = _plan(text, 150)  # each was planned: an extension, a cut, a fade or an export, silently
    assert isinstance(result, Question), result


@pytest.mark.parametrize("text", ["how much would a 3 minute song cost?", "3분짜리 곡 만들면 얼마 들어요?"])
def test_a_price_question_is_answered_by_a_dry_run_never_a_render(text):
    result = _plan(text)  # each was a paid new piece of 180 s, silently
    assert isinstance(result, Question) and "dry_run" in result.text, result


@pytest.mark.parametrize(
    ("text", "length", "tool", "args"),
    [
        ("can you make it 3 minutes?", 120.0, "audio_outpaint", {"extend_after_duration": 60.0}),  # guards
        ("could you export it as mp3?", 150.0, "process_track", {"output_format": "mp3"}),
        ("帮我把结尾延长20秒好吗？", 150.0, "audio_outpaint", {"extend_after_duration": 20.0}),
        ("don't touch the start, just fade out the last 5 seconds please", 150.0, "process_track", {"fade_out_s": 5.0}),
        (
            "не надо ничего резать, просто добавь 20 секунд в конце",
            150.0,
            "audio_outpaint",
            {"extend_after_duration": 20.0},
        ),
        ("no vocals on it, and add 10 s at the end", 150.0, "audio_outpaint", {"extend_after_duration": 10.0}),
        ("the guitar comes in later, extend the end by 20 s", 150.0, "audio_outpaint", {"extend_after_duration": 20.0}),
    ],
)
def test_a_polite_or_plain_order_is_still_planned(text, length, tool, args):
    result = _plan(text, length)
    assert isinstance(result, Plan) and result.tool == tool, result
    assert {k: result.arguments.get(k) for k in args} == args, result


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("fammi un jingle di pianoforte di una decina di secondi", 10),
        ("fais-moi un jingle piano d'une quinzaine de secondes", 15),
        ("una vintena de segons de piano, fes-me un jingle", 20),
        ("maak een pianojingle van een seconde of 20", 20),
        ("зроби джингл на піаніно секунд на п'ятнадцять", 15),
        ("整個鋼琴jingle,廿秒左右", 20),
        ("fac carmen breve, viginti fere secundis, piano", 20),
        ("a 2ish minute lofi beat", 120),
        ("gör en timslång sömnmusik med mjuka syntar, instrumental", 3600),
        ("fac mihi musicam ad somnum horae unius, sine voce", 3600),
        ("un quart d'heure de piano calme", 900),
    ],
)
def test_a_length_said_approximately_or_as_a_word_is_read(text, seconds):
    result = _plan(text)  # each was asked, or left at 60 s silently ('timslång', 'horae unius', '廿秒')
    assert isinstance(result, Plan) and result.arguments.get("duration") == seconds, result


def test_a_quarter_of_an_hour_keeps_the_takes_and_clean_tags():
    result = _plan("fammi tre versioni di una base lofi da un quarto d'ora per studiare")
    assert isinstance(result, Plan) and result.arguments.get("duration") == 900 and result.takes == 3, result
    assert "º" not in result.arguments["tags"], result  # was 'lofi, fammi base lofi º ora studiare', no length


def test_more_or_less_after_a_whole_length_is_no_amount_added():
    result = _plan("¿Se podría alargar hasta los 4 minutos más o menos? Por el final", 180)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 60.0, result  # was 240 s


def test_the_tracks_own_length_beside_the_whole_is_not_an_amount():
    result = _plan("extend the 40 minute set to 60 minutes", 2400)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == 1200.0, result


@pytest.mark.parametrize(
    "text",
    [
        "need a 10 minute ambient drone for my meditation class, no vocals, just slow pads",
        "mi serve un drone ambient di 10 minuti per la meditazione, niente voce",
    ],
)
def test_an_ambient_drone_keeps_drone_in_its_tags(text):
    result = _plan(text)
    assert isinstance(result, Plan) and "drone" in result.arguments["tags"], result


def test_a_drone_that_is_a_camera_is_no_style():
    result = _plan("music for my drone footage, 30 s, upbeat")  # guard
    assert isinstance(result, Plan) and "drone" not in result.arguments["tags"], result
