"""Kinds fixed from blind sets 36 and 37 (tests/router_cases_redteam36.py, a general mix with follow-ups and time
forms; tests/router_cases_redteam37.py, terse, plain and chatty requests; both first run on 945ef2e) and from the
fields runs of sets 15-35 (what a careful agent's fields still got asked). Each fails on the router of 945ef2e."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_last_seconds_the_agent_passed_as_a_fade_are_faded_not_regenerated():
    german = _plan("Bring den Track auf -16 LUFS und blende die letzten 6 Sekunden aus", 200.0,
                   deliverables={"loudness_lufs": -16, "fade_out_s": 6})  # fmt: skip
    assert isinstance(german, Plan) and german.tool == "process_track", german
    assert german.arguments.get("fade_out_s") == 6 and german.arguments.get("loudness_lufs") == -16, german
    chinese = _plan("结尾加个3秒淡出", 180.0, deliverables={"fade_out_s": 3})  # 'add a 3 s fade-out at the end'
    assert isinstance(chinese, Plan) and chinese.tool == "process_track", chinese
    cut = _plan("Exporta em flac e tira 2 segundos do começo.", 60.0,
                deliverables={"output_format": "flac", "trim_start_s": 2})  # fmt: skip
    assert isinstance(cut, Plan) and cut.arguments.get("trim_start_s") == 2, cut
    # guard: seconds added beside the fade are not the fade's ('add 3 seconds and a 3 second fade out')
    both = _plan("extend it by 3 seconds and add a 3 second fade out", 180.0, deliverables={"fade_out_s": 3})
    assert not (isinstance(both, Plan) and both.tool == "process_track"), both


def test_two_formats_named_with_none_marked_wanted_is_asked():
    for text in ("Moi taas! Studio pyysi tiedoston pakkaamattomana, koska mp3 ei kelpaa heille. Saisinko tämän "
                 "wav-muotoisena?", "Hai! Saya nak hantar lagu ni dalam grup WhatsApp keluarga, tapi fail wav terlalu "
                 "besar. Boleh tukar ke mp3?"):  # fmt: skip
        result = _plan(text, 120.0)  # the first format named was delivered, silently: the one complained of
        # (asked, or the one wanted: a format told in a story, 'fail wav terlalu besar', leaves the one
        # asked for after it)
        wanted = "wav" if "wav-muotoisena" in text else "mp3"
        assert (isinstance(result, Question) and "output_format" in result.fields) or (
            isinstance(result, Plan) and result.arguments.get("output_format") == wanted
        ), (text, result)
    marked = _plan("convert the wav to mp3", 120.0)  # guard: 'to mp3' marks the one wanted
    assert isinstance(marked, Plan) and marked.arguments.get("output_format") == "mp3", marked


def test_seconds_right_after_add_are_added_whatever_a_cut_word_elsewhere_says():
    text = ("Estoy montando un vídeo del viaje y la canción se me queda corta por delante. ¿Le puedes añadir 10 "
            "segundos al principio, algo tranquilo que vaya entrando poco a poco?")  # fmt: skip
    result = _plan(text, 120.0)  # 'corta' (short) read as a cut: trim_start_s 10, silently
    assert not (isinstance(result, Plan) and result.tool == "process_track"), result
    fade = _plan("add 2 s fade in and cut 3 s from the end", 120.0)  # guard: an added fade's seconds are the fade's
    assert isinstance(fade, Plan) and fade.arguments.get("fade_in_s") == 2 and fade.arguments.get("trim_end_s") == 3


def test_each_version_in_a_different_style_is_asked_in_other_languages():
    for text in (
        "اعمل لي ثلاث نسخ، كل وحدة بأسلوب مختلف تماماً، وأنا أختار.",
        "bana 3 versiyon yap, her biri farklı tarzda",
    ):
        result = _plan(text, None)  # three takes of one request, silently
        assert isinstance(result, Question) and "takes" in result.fields, (text, result)


def test_a_minute_and_twenty_or_a_quarter_is_read_in_seconds():
    for text, want in (("mi serve una tarantella strumentale di un minuto e venti per un video di cucina", 80),
                       ("a minute and a quarter of jazz", 75), ("un minuto y cuarto de jazz", 75),
                       ("Fes-me una rumba d'un minut i quart per a la festa major", 75)):  # fmt: skip
        result = _plan(text, None)  # 60 s ('a quarter' dropped), 1:04 ('quart' read as four), or asked
        assert isinstance(result, Plan) and result.arguments.get("duration") == want, (text, result)


def test_a_dance_genre_named_with_a_language_adjective_is_the_genre():
    result = _plan("Fes-me una rumba catalana d'un minut i mig", None)  # asked: sung in Catalan?
    assert isinstance(result, Plan) and result.arguments.get("duration") == 90, result
    assert isinstance(_plan("de la house française, 2 minutes, 124 BPM", None), Question)  # kept: asked


def test_fields_the_agent_filled_settle_what_the_words_hold_too():
    # the lyrics field is the words' quoted lyrics: the label before them is theirs, not more lyrics
    fr = _plan('une chanson pop en francais avec ces paroles : "on danse sous la pluie, on oublie tout" environ '
               "2min30", None, lyrics="on danse sous la pluie, on oublie tout", duration=150)  # fmt: skip
    assert isinstance(fr, Plan) and fr.arguments.get("lyrics") == "on danse sous la pluie, on oublie tout", fr
    # a language typed in Latin letters, and Serbian in Cyrillic, with the vocal language passed
    for text, lyrics, code in (("bhai 2 min ka ek sad song bana do lyrics: tum bin jiya jaaye kaise",
                                "tum bin jiya jaaye kaise", "hi"),
                               ("тужна песма са текстом „волим те до неба“", "волим те до неба", "sr")):  # fmt: skip
        result = _plan(text, None, lyrics=lyrics, vocal_language=code)
        assert isinstance(result, Plan), (text, result)
    english = _plan("a love song", None, lyrics="I love you so much baby, all of my life", vocal_language="hi")
    assert isinstance(english, Question) and "vocal_language" in english.fields, english  # guard: still asked
    # the last seconds passed as the window, said as Swahili 'the last 15 seconds'
    sw = _plan("tengeneza upya sekunde 15 za mwisho", 150.0, start_time=135.0, end_time=150.0)
    assert isinstance(sw, Plan) and sw.tool == "audio_inpaint", sw


def test_a_track_set_aside_for_a_new_piece_is_left_as_it_is():
    for text in ("Vergiss den Track, ich will was ganz Neues: ein Technostück mit harten Bässen, fünf Minuten lang.",
                 "Новую давай, эту не трогай: полторы минуты электро-свинга", "Ny låt, inte den här: lugn jazz, ca 2 min",
                 "这首不要了，换个新的：做一首五分钟的电子舞曲", "Laisse tomber ce morceau. Je voudrais plutôt un thème "
                 "orchestral pour un court-métrage, une minute.", "Something new, not an edit of this one: a 2-minute "
                 "piano ballad."):  # fmt: skip
        result = _plan(text, 120.0)  # asked: regenerate a range or extend?
        assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), (text, result)
        assert not any(w in result.arguments.get("tags", "") for w in ("vergiss", "трогай", "den här")), result
    tied = _plan("forget this one, make a new song like this one but slower, 2 min", 120.0)  # guard: tied to it
    assert not (isinstance(tied, Plan) and tied.tool.startswith("text_to_audio")), tied


def test_duration_passed_with_the_track_open_and_no_edit_said_is_a_new_piece():
    result = _plan(
        "ジャズピアノトリオで3分の曲、2パターンほしい", 120.0, duration=180, takes=2
    )  # asked: edit or extend?
    assert isinstance(result, Plan) and result.tool.startswith("text_to_audio"), result
    assert result.arguments.get("duration") == 180, result
    asked = _plan("jazz piano, calm", 120.0)  # the question names the field that settles it
    assert isinstance(asked, Question) and "duration" in asked.fields, asked


def test_red_team_21_seconds_of_a_fade_and_seconds_added_beside_a_cut():
    # (found by scripts/router_probe_redteam21.py against ca25875: the first two extended the track, the third
    # dropped the 5 s to add, silently)
    fade = _plan("Add 4 seconds of fade-out at the end", 180.0)
    assert isinstance(fade, Plan) and fade.tool == "process_track" and fade.arguments.get("fade_out_s") == 4, fade
    both = _plan("Cut the first 5 seconds and add 5 seconds at the end", 180.0)
    assert isinstance(both, Question), both
    negated = _plan("I don't want it as wav, mp3 is fine", 180.0)  # wav delivered, silently
    assert not (isinstance(negated, Plan) and negated.arguments.get("output_format") == "wav"), negated
    for text in (
        "做3个版本的30秒片头曲，风格各不相同",
        "Fă 3 versiuni de jingle de 30 de secunde, fiecare în alt stil",
    ):
        result = _plan(text, None)  # 3 takes of one request
        assert isinstance(result, Question) and "takes" in result.fields, (text, result)
    zh = _plan("最后10秒重做，然后在结尾再加10秒", 180.0)  # the 10 s to add dropped
    assert isinstance(zh, Question), zh
