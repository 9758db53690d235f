"""Kinds fixed from red team 78 (the chat rules of 89263f8 and 34d25bf), blind set 202 (dictated by voice) and blind
set 203 (each language in its own script and numerals), on c15ffa2's router.

- A line of hashtags is style, never a line to sing, wherever it stands: it is taken out of the words before the
  lyrics are read and its words lead the plan's tags.
- 'vocals: none' is no vocals only as a line's own key ('Male vocals: no' sings).
- A list after a line that names the words to sing is those words, a digit in it or not; quoted lyrics under a reply
  that names them ('these are the lyrics', "that's my chorus") are sung; a colon, a blank line, then lines are lyrics.
- A length said against a piece not seen ('the same but 30 seconds more', '再长30秒') with no track: asked.
- A question that names no style, length, words, theme or language of a piece ('wie funktioniert das mit den
  Rechten …?', '이거 만든 노래 저작권은 누구한테 있어요?'), 'how does it work' in more languages, 'are … free?', 'free hai?',
  'ఉచితమా?': asked, nothing made.
- Two values said as one or the other in words ('trinaest il trideset sekundi', 'ishirini au thelathini', '二三十秒'):
  asked, never one kept.
- '이 분 삼십 초' is 2:30; Arabizi 'mn 8er kalam' and Greeklish 'xwris fwnitika' are no vocals; Haitian 'retire' trims.

The guards are marked: they passed on c15ffa2."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    ("text", "lyrics", "tag"),
    [
        ("#lofi #chill\nMake a 2 min song with these lyrics:\nrain on the window\ncoffee in my hand", "rain on the window\ncoffee in my hand", "lofi"),
        ("Make a 2 min song with these lyrics:\nrain on the window\ncoffee in my hand\n#lofi #chill", "rain on the window\ncoffee in my hand", "lofi"),
        ("#ballad #piano\nSong for my mom, 2 min. Lyrics:\nYou held my hand\nwhen I was small", "You held my hand\nwhen I was small", "ballad"),
    ],
)  # fmt: skip
def test_a_line_of_hashtags_is_style_and_never_sung(text, lyrics, tag):
    result = _plan(text)  # c15ffa2 sang the hashtags' words as a lyric line
    assert isinstance(result, Plan), result
    assert result.arguments["lyrics"] == lyrics, result
    assert tag in result.arguments["tags"].split(", "), result
    assert result.arguments["duration"] == 120, result


def test_a_paragraph_of_hashtags_after_quoted_lyrics_still_leaves_them_sung():
    text = "写一首中文情歌，歌词如下：\n\n> 月亮挂在窗前\n> 你的名字在心间\n\n#抒情 #慢歌"
    result = _plan(text)  # guard
    assert isinstance(result, Plan) and result.arguments["lyrics"] == "月亮挂在窗前\n你的名字在心间", result
    assert "慢歌" in result.arguments["tags"], result


def test_lines_after_a_colon_and_a_blank_line_are_the_lyrics():
    result = _plan("写一首中文情歌，歌词如下：\n\n月亮挂在窗前\n你的名字在心间")  # c15ffa2 asked
    assert isinstance(result, Plan) and result.arguments["lyrics"] == "月亮挂在窗前\n你的名字在心间", result


@pytest.mark.parametrize(
    "text",
    [
        "New song please\nGenre: pop\nLength: 2 min\nMale vocals: no\nFemale vocals: yes",
        "새 노래 만들어줘\n장르: 발라드\n길이: 2분\n남자 보컬: 없음\n여자 보컬: 있음",
    ],
)
def test_no_vocals_only_as_the_lines_own_key(text):
    result = _plan(text)  # c15ffa2 made these instrumental
    assert not (isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]"), result


def test_vocals_none_as_a_setting_line_is_still_instrumental():
    result = _plan("새 곡 부탁해\n장르: 시티팝\n길이: 2분\n보컬: 없음")  # guard (as a list, the key after '; ')
    result_ja = _plan("新しい曲おねがい\nジャンル：シティポップ\n長さ：2分\nボーカル：なし")  # guard
    for r in (result, result_ja):
        assert isinstance(r, Plan) and r.arguments.get("lyrics") == "[inst]" and r.arguments["duration"] == 120, r


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Make a 1 min kids song with these lyrics:\n- 1, 2, 3, 4, clap your hands some more\n- 5, 6, 7, 8, stomp your feet and don't be late", "1, 2, 3, 4, clap your hands"),
        ("Haz una canción con esta letra:\n- 7 días sin verte\n- 7 noches sin dormir\n- y un corazón que no sabe mentir", "7 días sin verte"),
        ("用下面的歌词做一首歌：\n1、24小时都在想你\n2、365天不会改变\n3、我爱你到永远", "24小时都在想你"),
    ],
)  # fmt: skip
def test_a_list_after_words_for_lyrics_is_sung_line_by_line(text, first):
    result = _plan(text)  # c15ffa2 sang one line of '; ' items, or refused a 24-hour length
    assert isinstance(result, Plan), result
    assert "; " not in result.arguments["lyrics"] and first in result.arguments["lyrics"].split("\n")[0], result


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("> Cut me loose, I've waited 24 hours\n> fading like a shadow on the wall\n\nsynthwave, 2 min, these are the lyrics", "Cut me loose, I've waited 24 hours"),
        ("> Corta la noche, son las 3 y no estás\n> apago la luz y sigo aquí\n\nbalada, 2 minutos, esa es la letra", "Corta la noche, son las 3 y no estás"),
    ],
)  # fmt: skip
def test_quoted_lines_under_a_reply_that_names_them_are_sung(text, line):
    result = _plan(text)  # c15ffa2 dropped them as an earlier message
    assert isinstance(result, Plan) and line in result.arguments["lyrics"], result
    assert "duration" in result.arguments, result


def test_quoted_lines_under_a_reply_that_calls_them_a_chorus_are_sung_or_asked():
    text = "> I'll loop this song 100 times tonight\n> and fade into the blue\n\nthat's my chorus, dreamy pop, 3 min"
    result = _plan(text)  # c15ffa2 dropped them and made 180 s of dream pop
    assert isinstance(result, Question) or "I'll loop this song" in result.arguments.get("lyrics", ""), result


@pytest.mark.parametrize(
    "text",
    [
        "Same thing again but 30 seconds more please",
        "Nochmal dasselbe, aber 30 Sekunden mehr bitte",
        "Pareil mais 30 secondes de plus stp",
        "跟刚才那首一样，再长30秒",
        "同样的风格，稍微短10秒",
        "Lo mismo pero 20 segundos menos por fa",
    ],
)
def test_a_length_against_a_piece_not_seen_is_asked(text):
    result = _plan(text)  # c15ffa2 made a new piece of that many seconds
    assert isinstance(result, Question) and "duration" in result.fields, result


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("Same thing but 2 min more upbeat", 120), ("Lo mismo pero de 2 minutos más o menos", 120)],
)
def test_more_of_a_mood_or_more_or_less_is_no_relative_length(text, seconds):
    result = _plan(text)  # guards
    assert isinstance(result, Plan) and result.arguments["duration"] == seconds, result


@pytest.mark.parametrize(
    "text",
    [
        "comment ça marche en fait vous générez la musique avec quoi",
        "ये ऐप कैसे काम करता है पैसे लगते हैं क्या",
        "این چطوری کار میکنه اصلا",
        "ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ",
        "jak to vlastně funguje? musím mít účet?",
        "wie funktioniert das eigentlich mit den rechten, darf ich die songs auf youtube hochladen?",
        "이거 만든 노래 저작권은 누구한테 있어요?",
        "ஒரு பாட்டுக்கு எவ்வளவு காசு ஆகும்?",
        "kak ini bayarnya per lagu atau langganan?",
        "quomodo hoc instrumentum operatur? licetne carmina vendere?",
        "Are 2 minute songs free?",
        "Are 30 second jingles free to generate?",
    ],
)
def test_a_question_about_the_tool_makes_nothing(text):
    result = _plan(text)  # c15ffa2 made a paid piece with the question as its style
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    ("text", "length"),
    [("kya flac export free hai? v3 ko bandcamp pe daalna hai", 150.0), ("flac ఎక్స్‌పోర్ట్ ఉచితమా?", 150.0)],
)
def test_free_asked_in_hindi_and_telugu_converts_nothing(text, length):
    assert isinstance(_plan(text, length), Question)  # c15ffa2 converted the track


@pytest.mark.parametrize(
    "text",
    [
        "can you make a song called The Price of Love?",
        "Kan du göra en låt om vad kärlek kostar?",
        "Kun je een Nederlandstalig levenslied maken over mijn opa? Twee versies graag",
        "Make a 2 minute anthem, chorus: are we finally free? are we finally free?",
    ],
)
def test_a_piece_asked_for_in_a_question_is_made(text):
    assert isinstance(_plan(text), Plan)  # guards


@pytest.mark.parametrize(
    "text",
    [
        "dodaj na kraj trinaest il trideset sekundi nisam siguran",
        "ongeza sekunde ishirini au thelathini hivi mwishoni",
        "嗯后面再加个二三十秒吧",
        "あのー二三十秒くらい伸ばしといて",
    ],
)
def test_one_value_or_another_in_words_is_asked(text):
    result = _plan(text, 150.0)  # c15ffa2 extended by one of them
    assert isinstance(result, Question) and "extend_after" in result.fields, result


@pytest.mark.parametrize(
    ("text", "after"),
    [("prodluž to o 30 sekund na konci", 30), ("pidennä se 3 minuuttiin yhteensä", 30), ("后面加二十秒", 20)],
)
def test_words_like_or_inside_other_words_are_no_alternative(text, after):
    result = _plan(text, 150.0)  # guards ('to o 30': 'it by 30' in Czech)
    assert isinstance(result, Plan) and result.arguments["extend_after_duration"] == after, result


def test_korean_minutes_and_seconds_in_words():
    result = _plan("음 잔잔한 어쿠스틱 노래 하나 만들어줘 이 분 삼십 초 정도 한국어로")  # c15ffa2 made 30 s
    assert isinstance(result, Plan) and result.arguments["duration"] == 150, result


@pytest.mark.parametrize(
    "text",
    [
        "3ayez track lofi hadi keda lel mozakra, mn 8er kalam 5ales, 2 min w nos law sama7t",
        "thelw ena rebetiko kommati, 2 lepta, xwris fwnitika",
    ],
)
def test_romanised_no_vocals(text):
    result = _plan(text)  # c15ffa2 sang them
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


def test_haitian_retire_trims():
    assert isinstance(_plan("retire 10 premye segonn yo"), Question)  # c15ffa2 made a new 10 s piece
    result = _plan("retire 10 premye segonn yo", 150.0)
    assert isinstance(result, Plan) and result.arguments.get("trim_start_s") == 10, result


def test_swedish_forty_as_swedes_spell_it():
    # num2words spells Swedish forty 'förtio'; the generator adds 'fyrtio' (scripts/gen_router_vocab.py)
    result = _plan("gör om från fyrtio till sextio sekunder", 200.0)  # c15ffa2 asked for the window
    assert isinstance(result, Plan) and (result.arguments["start_time"], result.arguments["end_time"]) == (40, 60)


# -- red team 79 (the rules above, on ea996e3) and set 204 ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "#instrumental #lofi\nMake a 2 min beat to study to",
        "#インスト #作業用\n2分のBGMを作ってください",
        "Background music for my vlog, 90 seconds\n#instrumental #nolyrics",
    ],
)
def test_a_hashtag_for_no_vocals_makes_it_instrumental(text):
    result = _plan(text)  # ea996e3 sang them
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


def test_a_hashtag_line_between_lyric_lines_is_sung():
    text = (
        "Make a 2 min satirical pop song with these lyrics:\nI post my breakfast every day\n"
        "#blessed #grateful #livingmybestlife\nnobody likes it anyway"
    )
    result = _plan(text)  # ea996e3 took the line out of the lyrics and into the tags
    assert isinstance(result, Plan) and "blessed" in result.arguments["lyrics"], result


@pytest.mark.parametrize(
    ("text", "length"),
    [("#fyp #viral\nMake a 30 s TikTok sound, upbeat", None), ("#MyBand #demo\nextend the end by 20 s", 150.0),
     ("#urgent #help\nthe part from 1:10 to 1:25 clicks, regenerate it", 150.0)],
)  # fmt: skip
def test_hashtags_about_the_post_are_no_style(text, length):
    result = _plan(text, length)  # ea996e3 put them in the tags
    assert isinstance(result, Plan), result
    tags = result.arguments["tags"].lower()
    assert not any(w in tags for w in ("fyp", "viral", "myband", "demo", "urgent", "help")), result


def test_a_genre_hashtag_the_style_list_lacks_is_kept_for_a_new_piece():
    text = "#schlager #party\nbrauch was für die Hochzeit von meinem Bruder 🥂\n2:30 lang, mit deutschem Gesang bitte"
    result = _plan(text)  # guard
    assert isinstance(result, Plan) and "schlager" in result.arguments["tags"], result


@pytest.mark.parametrize(
    "text",
    [
        "Give me 30 seconds of 8-bit chiptune for my game",
        "Make 2 minutes of 80s synthwave",
        "Fammi una base di 2 minuti, il 3 maggio ho il saggio di danza",
        "Quero uma música de 2 minutos, o 1º minuto calmo e o 2º agitado",
        "做一首2分钟的歌，用两三个乐器",
    ],
)
def test_words_for_or_that_mean_other_things_ask_nothing(text):
    result = _plan(text)  # ea996e3 asked which value was meant
    assert isinstance(result, Plan) and result.arguments["duration"] in (30, 120), result


@pytest.mark.parametrize(
    "text",
    ["Can you make a song for my wife?", "Puedes hacerme una canción para mi hermana?"],
)
def test_a_piece_asked_for_as_a_question_is_made(text):
    result = _plan(text)  # ea996e3 asked as if it were a question about the tool
    assert not (isinstance(result, Question) and "reads as a question" in result.text), result


@pytest.mark.parametrize(
    "text",
    ["Can I use the lofi tracks I make here on YouTube?", "これって一曲いくらかかりますか？無料枠ってあります？"],
)
def test_a_question_about_rights_or_payment_makes_nothing_even_with_a_style(text):
    assert isinstance(
        _plan(text), Question
    )  # c15ffa2 made a paid piece; ea996e3 asked the Japanese one, made the other


def test_how_something_works_as_a_songs_theme_is_made():
    result = _plan("una canción que explique cómo funciona la fotosíntesis, 2 min")  # ea996e3 asked
    assert isinstance(result, Plan) and result.arguments["duration"] == 120, result


def test_a_style_under_a_colon_and_a_blank_line_is_not_sung():
    result = _plan("Make a 2 min ballad. Sing it like this:\n\nsoft and breathy\nwith a lot of reverb")
    assert not (isinstance(result, Plan) and "soft and breathy" in result.arguments.get("lyrics", "")), result


def test_a_brief_in_a_list_under_a_word_for_text_is_joined():
    result = _plan("Вот текст задания:\n- 2 минуты\n- поп\n- про лето")  # ea996e3 sang the list
    assert not (isinstance(result, Plan) and "2 минуты" in result.arguments.get("lyrics", "")), result


@pytest.mark.parametrize(
    ("text", "length"),
    [("> Should I write the lyrics or will you send them?\nyou write the lyrics. country, 3 min", None),
     ("> ¿Alargo el final 20 segundos?\nno, el estribillo ya es bastante largo", 150.0)],
)  # fmt: skip
def test_a_quoted_question_is_no_lyrics_and_a_declined_offer_is_not_done(text, length):
    result = _plan(text, length)  # ea996e3 sang the question, or extended the track
    assert not (isinstance(result, Plan) and "?" in result.arguments.get("lyrics", "")), result
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


def test_long_30_seconds_in_chinese_is_the_length():
    result = _plan("做一首钢琴曲，长30秒")  # ea996e3 asked it as 30 s longer than a piece not seen
    assert isinstance(result, Plan) and result.arguments["duration"] == 30, result


@pytest.mark.parametrize(
    "text", ["Same thing but 30 more seconds", "Igual pero mais 30 segundos", "lo stesso ma 30 secondi in più"]
)
def test_more_length_forms_against_a_piece_not_seen(text):
    assert isinstance(_plan(text), Question)  # c15ffa2 made a 30 s piece


@pytest.mark.parametrize(
    "text", ["Gênero: lo-fi\nDuração: 2 min\nVoz: nenhuma", "Styl: lofi\nDługość: 2 minuty\nWokal: brak"]
)
def test_no_vocals_settings_in_more_languages(text):
    result = _plan(text)  # c15ffa2 sang them
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


@pytest.mark.parametrize(
    ("text", "window"),
    [("el client ha escoltat la versió 3 a les 12: del 1:00 al 1:12 hi ha un soroll estrany, refés només aquest tros", (60, 72)),
     ("clientul a ascultat versiunea 3: de la 0:40 la 0:55 regenerează", (40, 55))],
)  # fmt: skip
def test_a_versions_number_is_no_setting(text, window):
    result = _plan(text, 200.0)  # ea996e3 asked what the 3 was for
    assert isinstance(result, Plan) and (result.arguments["start_time"], result.arguments["end_time"]) == window


def test_swahili_without_singing():
    text = "habari, nahitaji muziki ya tangazo la duka la mikate, sekunde 20, bila uimbaji"
    result = _plan(text)  # ea996e3 sang it
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


@pytest.mark.parametrize(
    "text",
    [
        "Genre: lofi\nLength: 2 min\nVocals: nope",
        "风格：轻音乐\n时长：2分钟\n人声：不要",
        "장르: 로파이\n길이: 2분\n보컬: 없어요",
    ],
)
def test_no_vocals_said_as_people_say_no(text):
    result = _plan(text)  # c15ffa2 sang them
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", result


@pytest.mark.parametrize(
    "text",
    ["¿Puedo subir a Spotify las canciones de reguetón que haga aquí?", "Do you support male vocals in Korean?",
     "Is there a limit on how long a song can be, like 10 minutes?"],
)  # fmt: skip
def test_questions_of_the_service_beside_a_style_or_a_length_make_nothing(text):
    assert isinstance(_plan(text), Question)  # c15ffa2 made a paid piece
