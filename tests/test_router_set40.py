"""Kinds fixed from blind set 40 (tests/router_cases_redteam40.py: a plain everyday mix; first run on ac6117f:
words 118/132, 155/168, 5 silent; fields 125/132, 165/168, 3), each failing on the router before (main at
ac6117f)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_score import plan_of as _plan


def test_styles_and_an_arabic_dialect_to_sing_in():
    for text, tag in (("Música sertaneja com essa letra:\n[Refrão]\nVolta pra mim, meu bem", "sertanejo"),
                      ("Две версии одного и того же: бодрый синти-поп на минуту", "synth-pop"),
                      ("أغنية باللهجة المصرية عن الصحاب، بوب خفيف", "arabic vocal")):  # fmt: skip
        result = _plan(text, None)  # the style, or the language, left out
        assert isinstance(result, Plan) and tag in result.arguments["tags"], (text, result)


def test_the_end_of_a_song_not_given_asks_for_the_track():
    result = _plan("Aumenta o final da música", None)  # a new piece tagged 'final'
    assert isinstance(result, Question) and result.kind == "audio", result
    assert isinstance(_plan("make a jazz song and add a piano solo at the end", None), Plan)  # guard: a new piece


def test_lyrics_after_a_sentence_that_names_them():
    result = plan(Request(request="この歌詞で曲を作って。\n夕焼けの帰り道\nきみの影を追いかけた"))  # read as tags
    assert isinstance(result, Plan) and result.arguments.get("lyrics") == "夕焼けの帰り道\nきみの影を追いかけた", result


def test_red_team_24_lyrics_described_are_not_the_lines_after_them_and_bitrates_after_at():
    # (found by scripts/router_probe_redteam24.py against 080f8eb: the wishes after these first lines were sung)
    for text in ("Lyrics about my dog.\nHappy and fun\nThree minutes long", "歌詞は日本語で。\n明るい感じ\nギターとドラム",
                 "I'll send the lyrics later.\nFor now a mellow beat\nLo-fi with rain"):  # fmt: skip
        result = plan(Request(request=text))
        assert not (isinstance(result, Plan) and "\n" in (result.arguments.get("lyrics") or "")), (text, result)
    these = plan(Request(request="Mach einen Song mit diesem Text!\nDer Sommer ist vorbei\nund du bist weg"))
    assert isinstance(these, Plan) and these.arguments.get("lyrics") == "Der Sommer ist vorbei\nund du bist weg", these
    for text in ("Export as mp3 file at 256", "Make it an mp3 for Spotify at 320", "Make an mp3 for my brand at 256"):
        result = _plan(text, 180.0)  # asked, after the bitrate rule stopped at 'file', 'Spotify', 'brand'
        assert isinstance(result, Plan) and result.arguments.get("bitrate_kbps") in (256, 320), (text, result)
    jam = _plan("Lagu rock 70-an jam session, 3 menit", None)  # an error: 70 hours
    assert isinstance(jam, Plan) and jam.arguments.get("duration") == 180, jam
    loop = plan(Request(request="Mach eine Endlosschleife aus dem Track", audio="trk_0123456789ab",
                        audio_length_s=60.0, duration=120))  # fmt: skip
    assert not (isinstance(loop, Plan) and loop.tool.startswith("text_to_audio")), loop  # a paid new piece
    negated = _plan("Nada de música sertaneja, quero um rock de 2 minutos", None)
    assert isinstance(negated, Plan) and "no sertanejo" in negated.arguments["tags"], negated


def test_the_refused_format_is_not_delivered_where_another_is_marked():
    # (found reading the change: with two formats named and one refused, the first marked one, the refused, won)
    result = _plan("I don't want it as wav, send it as mp3", 120.0)
    assert isinstance(result, Plan) and result.arguments.get("output_format") == "mp3", result
