"""Kinds fixed from red team 70 (the rules of c9896f9) and blind sets 194-195, on 7526d8e: an intro said in another
language with a length extends the track only where it is wished for, not where the track's own intro is praised,
measured or ends at a time ('l'introduzione di 10 secondi mi piace molto', 'die Einleitung geht bis 0:15', '前奏有10秒'),
nor where a use or a song of its own is said ('ポッドキャスト用に10秒のイントロを作って', '做一首前奏10秒的歌'); two
formats with 'never', 'nothing of', 'won't do' or a run-down after the wanted one are asked, never given the refused one;
a new piece put off at the message's end ('…, but not now') and more forms of a price asked make nothing; a last
paragraph of pasted lyrics that echoes their lines, addresses someone beside a length ('Baby, just about 5 minutes') or
sings a voice with a word around it ('请你记住这女声') is sung; 'mp3 320 stp' is 320 kbps; Lithuanian 'įžangą' is the
start. The guards are marked: they passed on 7526d8e and keep what these rules must not take."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


@pytest.mark.parametrize(
    "text",
    [
        "l'introduzione di 10 secondi mi piace molto",
        "мне нравится вступление на 10 секунд",
        "イントロの10秒が好き",
        "인트로 10초가 너무 좋아요",
        "la introducción de 10 segundos está perfecta",
        "前奏有10秒",
        "a introdução tem 10 segundos",
        "l'introduzione finisce a 0:12",
        "die Einleitung geht bis 0:15",
        "вступление заканчивается на 0:15",
    ],
)
def test_the_tracks_own_intro_told_of_extends_nothing(text):
    result = _plan(text, 150)  # 7526d8e added the seconds (or the end time) before the track, paid and silent
    assert isinstance(result, Question), result


@pytest.mark.parametrize(
    "text",
    [
        "eine Einleitung von 15 Sekunden für meinen Podcast",
        "вступление на 10 секунд для моего подкаста",
        "ポッドキャスト用に10秒のイントロを作って",
        "팟캐스트용 10초 인트로 만들어 줘",
        "给我的播客做一个10秒的前奏",
        "مقدمة 10 ثواني لقناتي على يوتيوب",
        "イントロ10秒の曲を作って",
        "做一首前奏10秒的歌",
    ],
)
def test_an_intro_for_a_use_or_in_a_song_of_its_own_is_not_added_to_the_open_track(text):
    result = _plan(text, 150)  # 7526d8e extended the open track before by the intro's seconds
    assert not (isinstance(result, Plan) and result.tool == "audio_outpaint"), result


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("un'introduzione di 10 secondi", 10),  # guard (sets 190-191)
        ("aggiungi un'introduzione di 10 secondi", 10),  # guard
        ("イントロが短すぎるので、あと10秒ほしいです", 10),  # guard (set 191; asked by a first version of this fix)
        ("pridėk 8 sekundžių įžangą", 8),  # set 195: asked where the seconds go on 7526d8e
    ],
)
def test_an_intro_wished_for_still_extends_before(text, before):
    result = _plan(text, 150)
    assert isinstance(result, Plan) and result.tool == "audio_outpaint", result
    assert result.arguments["extend_before_duration"] == before and not result.arguments["extend_after_duration"]


@pytest.mark.parametrize(
    "text",
    [
        "it must be sent as wav, never mp3",
        "please have it sent in flac, mp3 is too lossy",
        "kirim wav, bukan mp3",
        "gửi cho mình bản wav, không phải mp3",
        "il file va mandato in wav, niente mp3",
        "tem que ser enviado em wav, nada de mp3",
        "il doit être envoyé en wav, jamais en mp3",
        "нужно, чтобы ты отправил в wav, никакого mp3",
        "wavで送ったほうがいいです。mp3は音質が落ちるので",
        "wav로 보냈으면 좋겠어요, mp3는 음질이 별로라서",
    ],
)
def test_a_format_refused_or_run_down_last_is_never_delivered(text):
    result = _plan(text, 150)  # 7526d8e delivered mp3, silently
    assert not (isinstance(result, Plan) and result.deliver.get("output_format", result.arguments.get("output_format"))
                == "mp3"), result  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "a 2 minute lofi beat about rain, but not now, later",
        "fais une chanson de 2 minutes sur la mer, mais pas maintenant",
        "сделай песню на 2 минуты про море, но не сейчас",
        "una canción de 2 minutos sobre el mar, pero todavía no",
        "3分の曲だといくらになる？",
        "3분 곡 만들면 비용이 얼마나 돼요?",
        "كم التكلفة لأغنية مدتها 3 دقائق؟",
        "بكم تعمل أغنية مدتها 3 دقائق؟",
        "三分钟的歌怎么收费？",
        "3 मिनट का गाना बनाने में कितना लगेगा?",
    ],
)
def test_a_piece_put_off_or_priced_makes_nothing(text):
    result = _plan(text)  # 7526d8e made a paid 2- or 3-minute piece
    assert isinstance(result, Question), result


def test_a_piece_made_now_with_a_longer_one_for_later_is_made():
    # guard: 'later' said of another piece, not this one
    result = _plan("make a 30 s jingle now, I'll keep the long version for later")
    assert isinstance(result, Plan) and result.arguments.get("duration") == 30, result


@pytest.mark.parametrize(
    ("text", "sung"),
    [
        ("Ein Popsong mit diesem Text:\n\nFür jeden Morgen\nFür jedes Licht\n\nFür jeden Tag, danke!", "danke"),
        ("Una ballata con questo testo:\n\nPer ogni alba\nPer ogni sera\n\nPer ogni giorno, grazie!", "grazie"),
        ("Make a song with these lyrics, acoustic pop:\n\nThrough the rain and through the years\nYou were there to "
         "dry my tears\n\nBaby, just about 5 minutes", "Baby"),
        ("Balada con esta letra:\n\nEspérame en la esquina\nYa casi voy llegando\n\nMi amor, unos 5 minutos", "amor"),
        ("用这段歌词做一首民谣：\n\n你唱过的那首歌\n一直在我心里\n\n请你记住这女声", "记住"),
        ("用这段歌词做一首情歌：\n\n再给我一分钟\n让我再看你一眼\n大约一分钟", "大约"),
    ],
)  # fmt: skip
def test_a_last_line_that_echoes_or_addresses_is_sung(text, sung):
    result = _plan(text)  # 7526d8e dropped it as the request again (and made 'about 5 minutes' a 300 s piece)
    assert isinstance(result, Plan) and sung in result.arguments.get("lyrics", ""), result


@pytest.mark.parametrize(
    ("text", "not_sung"),
    [
        ("Fes una cançó amb aquesta lletra:\n[Estrofa]\nLes Rambles dormen sota la lluna\n[Tornada]\ni jo et busco a "
         "cada cantonada\n\nrumba, uns 2 minuts", "rumba"),
        ("この歌詞で曲を作って：\n\n[Aメロ]\n夕焼けの坂道 ひとりで歩く\n[サビ]\nさよなら 夏の終わり\n\n女性ボーカルでお願いします",
         "ボーカル"),
        ("Bu sözlerle şarkı yap:\n\n[Nakarat]\nBoğaz'da ay ışığı\nsensiz geçmiyor gece\n\nkadın vokal lütfen, teşekkürler",
         "vokal"),
        ("Chanson française, paroles :\n[Couplet]\nIl pleut sur les toits de Lyon\n[Refrain]\nReviens avant l'hiver\n\n"
         "voix féminine stp", "voix"),
    ],
)  # fmt: skip
def test_a_closing_request_after_lyrics_is_still_not_sung(text, not_sung):
    result = _plan(text)  # guards (the first three were sung by a first version of this fix)
    assert isinstance(result, Plan) and not_sung not in result.arguments.get("lyrics", "x"), result


@pytest.mark.parametrize(("text", "kbps"), [("en mp3 320 stp, et coupe les 3 premières secondes", 320),
                                            ("mp3 192 svp", 192)])  # fmt: skip
def test_a_bitrate_before_please_is_read(text, kbps):
    result = _plan(text, 200)  # set 194: 7526d8e read 'stp' as seconds and dropped the 320, silently
    assert isinstance(result, Plan) and result.deliver.get("bitrate_kbps", result.arguments.get("bitrate_kbps")) == kbps
