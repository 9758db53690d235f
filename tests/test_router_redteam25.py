"""Red-team pass 25 (scripts/router_probe_redteam25.py) of this stop's rules, 41f8255..0580355: the silent plans it
found made by the diff, each now a right plan or a question. Each test fails on 0580355."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def _new_piece(result: Plan | Question) -> bool:
    return isinstance(result, Plan) and result.tool.startswith("text_to_audio")


def test_new_in_another_sense_beside_an_open_track_makes_no_new_piece():
    for text, length in (("Nada de canción nueva, esta déjala en 3 minutos", 120.0),
                         ("Feliz año nuevo, déjala en 2 minutos", 90.0), ("Frohes Neues! Mach ihn 2 Minuten lang", 90.0),
                         ("Lag en ny slutt, 20 sekunder", 180.0), ("Mach den Schluss neu, 20 Sekunden", 180.0),
                         ("Quiero el final nuevo, 20 segundos", 180.0), ("サビを新しく 20秒くらいで", 180.0),
                         ("후렴을 새로운 느낌으로 20초", 180.0), ("Das Gitarrensolo bitte neu, 15 Sekunden", 180.0),
                         ("Fais-moi, s'il te plaît, une fin de 15 secondes", 180.0),
                         ("Pon una polka de 15 segundos al principio", 180.0),
                         ("Mete un tango de 20 segundos en el medio", 180.0)):  # fmt: skip
        assert not _new_piece(_plan(text, length)), text


def test_words_to_sing_on_the_open_track_make_no_new_piece():
    for text in ("Add these lyrics to the track:\nwe ride tonight\nunder neon light",
                 "Sing these words over my beat:\nwe ride tonight\nunder neon light",
                 "Ponle esta letra al estribillo:\nte quiero ver\nbajo la luna",
                 "Вставь этот текст в припев:\nмы идём домой\nпод светом луны"):  # fmt: skip
        assert not _new_piece(_plan(text, 180.0)), text


def test_words_disliked_or_refused_are_no_lyrics():
    for text in ("No me gusta esta letra: cámbiala por algo más alegre", "I hate these lyrics: make them less cheesy"):
        assert not _new_piece(_plan(text, 180.0)), text  # the complaint sung in a new piece, silently
    refused = _plan("Avoid these words: love, baby, heart. Write a pop song about summer.", None)
    assert not (isinstance(refused, Plan) and "love, baby" in str(refused.arguments.get("lyrics"))), refused


def test_a_voice_asked_after_no_vocals_of_one_kind_is_asked():
    for text in ("Nada de voz aguda, quiero una voz grave, 2 minutos", "Takde vokal lelaki, nak vokal perempuan, 2 minit",
                 "唔使人聲太大聲，輕輕哋唱就得，3分鐘"):  # fmt: skip
        result = _plan(text, None)  # instrumental, silently
        assert isinstance(result, Question) and "instrumental" in result.fields, (text, result)
    for text in ("instrumental, no vocals, 2 minutes", "幫我整首兩分鐘嘅純音樂，唔要人聲",
                 "2 min lofi instrumental, like a singer-songwriter vibe"):  # fmt: skip
        result = _plan(text, None)  # guards: a voice refused twice, or a genre's name
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", (text, result)


def test_lengths_corrected_added_or_said_twice_are_not_misread():
    corrected = _plan("Un pezzo jazz di 2 minuti, anzi facciamo 45", None)  # 2700 s, silently
    assert not (isinstance(corrected, Plan) and corrected.arguments.get("duration", 0) > 600), corrected
    added = _plan("Add, if you can, 3 minutes at the end. It's 2 minutes now.", 120.0)  # 60 s, silently
    assert not (isinstance(added, Plan) and added.arguments.get("extend_after_duration") == 60), added
    video = _plan("The video has 3 minutes of intro footage and 3 minutes of credits; extend the song", 150.0)
    assert not (isinstance(video, Plan) and video.arguments.get("extend_before_duration") == 30), video
    outro = _plan("Продли трек, сделай 30 секунд аутро", 180.0)  # an error: 'make it 30 s adds nothing'
    assert isinstance(outro, Plan) and outro.arguments.get("extend_after_duration") == 30, outro
