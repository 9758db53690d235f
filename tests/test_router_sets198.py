"""Kinds fixed from red team 73 (the rules of 5f25cfb), on fd9a209: a price word in a question asks the price only
beside a word that asks how much ('combien', 'hur mycket', 'koľko', 'qual o preço') or a form that asks by itself
('neçəyə', '贵吗'), not in a title, a theme or another sense held in a plain order ('can you make a song called "The
Price of Love"?', 'Можешь сделать песню про дом, который стоит у моря?'); 'about' up to three words before it is a
theme ('über die Kosten'), 'what about' is not; a put-off at the end may be followed by any few words after a comma
('…, but not now, tonight please', '…, pero ahora no, el lunes'), not by words right after it ('Not yet sure of the
genre'). The guards are marked: they passed on 5f25cfb."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    [
        'can you make a song called "The Price of Love"?',
        "could you make a 2 min track about rising costs?",
        "kannst du einen Song über die Kosten machen?",
        "Можешь сделать песню про дом, который стоит у моря?",
        "Bisa bikinin lagu 2 menit yang judulnya Harga Diri?",
        "whatever it costs, could you make a 5 minute orchestral piece?",
    ],
)
def test_a_price_word_in_a_plain_order_asked_as_a_question_makes_the_piece(text):
    result = _plan(text)  # 5f25cfb asked what it costs
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result


@pytest.mark.parametrize(
    "text",
    [
        "Ça coûte combien, 4 prises de 4 minutes ? Je réfléchis encore",  # guard (set 197)
        "Hur mycket kostar det att göra 3 tagningar? Inte nu, kanske senare",  # guard
        "Qual o preço de uma música de 3 minutos?",
        "what about cost for a 3 minute song?",
    ],
)
def test_a_price_asked_with_how_much_makes_nothing(text):
    result = _plan(text)  # the last two: 5f25cfb read 'o' and 'what about' as a theme and made the piece
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        "make a 2 minute song, but not now, tonight please",
        "una canción de 2 minutos, pero ahora no, el lunes",
        "ein Song von 2 Minuten, aber nicht jetzt, erst am Montag",
        "2 minute song. Not now though.",  # guard
    ],
)
def test_a_put_off_followed_by_any_few_words_makes_nothing(text):
    result = _plan(text)  # 5f25cfb made a paid 2-minute piece (its tail took only words of time)
    assert isinstance(result, Question), result


def test_words_right_after_not_yet_are_no_put_off():
    result = _plan("2 min birthday song for my son. Not yet sure of the genre.")  # guard
    assert isinstance(result, Plan) and result.arguments.get("duration") == 120, result
