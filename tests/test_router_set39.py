"""Kinds fixed from blind set 39 (tests/router_cases_redteam39.py: a general mix with numbers that are not lengths;
first run on 3104dfd: words 120/132, 145/168, 2 silent; fields 127/132, 161/168, 0), each failing on the router
before (main at 3104dfd)."""

from __future__ import annotations

from ace_step_mcp.router import Plan
from tests.router_score import plan_of as _plan


def test_hungarian_fade_and_sanskrit_without_singing():
    fade = _plan("És most tegyél rá egy 4 másodperces felúsztatást az elejére", 120.0)  # 4 s added before, silently
    assert isinstance(fade, Plan) and fade.tool == "process_track" and fade.arguments.get("fade_in_s") == 4, fade
    veena = _plan("गानरहितं वीणासङ्गीतं रचय, द्वे मिनिटे यावत्", None)  # sung
    assert isinstance(veena, Plan) and veena.arguments.get("lyrics") == "[inst]", veena


def test_a_standard_bitrate_said_with_at_after_the_format():
    for text in ("and also give me an mp3 of it at 320", "Κάν' το mp3 στα 320"):
        result = _plan(text, 120.0)  # asked: what is 320 for?
        assert isinstance(result, Plan) and result.arguments.get("bitrate_kbps") == 320, (text, result)


def test_numbers_that_are_an_age_a_party_an_episode_or_guests():
    for text, want in (("hazme una cumbia bien alegre para los 15 de mi sobrina, que dure unos 2 minutos", 120),
                       ("Mach mir nen harten Techno-Track für die Ü30-Party am Samstag, 3 Minuten", 180),
                       ("Udělej mi polku na svatbu, bude tam 120 hostů, tak ať je to veselý, tak 2 minuty", 120),
                       ("Θέλω ένα ορχηστρικό χωρίς φωνή για το 5ο επεισόδιο του podcast μου, 20 δευτερόλεπτα", 20),
                       ("Bikinin lagu dangdut buat acara 17-an di kampung, durasi 2 menit", 120),
                       ("Un fundal instrumental cu pian, fără voce, pentru episodul 8, 40 de secunde", 40),
                       ("Nitengenezee wimbo wa bongo flava kwa sherehe ya harusi, wageni 200, dakika 3", 180)):  # fmt: skip
        result = _plan(text, None)  # asked: what is 15 / 30 / 120 / 5 / 17 / 8 / 200 for?
        assert isinstance(result, Plan) and result.arguments.get("duration") == want, (text, result)


def test_one_more_minute_with_the_unit_alone_and_first_seconds_in_nepali_and_urdu():
    for text in ("Přidej na konec ještě minutu", "добавь ещё минуту в конце"):
        result = _plan(text, 120.0)  # asked: regenerate or extend?
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == 60, (text, result)
    for text, end in (("पहिलो १० सेकेन्ड फेरि बनाइदिनु", 10), ("شروع کے 15 سیکنڈ دوبارہ بناؤ", 15)):
        result = _plan(text, 120.0)  # asked: which range?
        assert isinstance(result, Plan) and result.tool == "audio_inpaint", (text, result)
        assert result.arguments.get("start_time") == 0 and result.arguments.get("end_time") == end, (text, result)


def test_red_team_23_a_cut_point_after_mp3_is_no_bitrate_and_more():
    # (found by scripts/router_probe_redteam23.py against 6053588: the cut point became the bitrate, silently)
    for text in ("Convert to mp3 and cut at 160", "Pásalo a mp3 y córtalo en 160", "Save it as mp3 and trim it at 128"):
        result = _plan(text, 180.0)
        assert not (isinstance(result, Plan) and result.arguments.get("bitrate_kbps")), (text, result)
    about = _plan("Bikin jingle 30-an detik buat iklan", None)  # an error: '`duration` is 1'
    assert isinstance(about, Plan) and about.arguments.get("duration") == 30, about
    chorus = _plan("Lag en helt ny versjon av refrenget", 180.0)  # a new piece, silently
    assert not (isinstance(chorus, Plan) and chorus.tool.startswith("text_to_audio")), chorus


def test_hungarian_and_finnish_whole_lengths():
    for text, length, after in (("Hosszabbítsd meg 2 percesre", 100.0, 20),
                                ("Pidennä sitä niin että siitä tulee kolme minuuttia", 165.0, 15)):  # fmt: skip
        result = _plan(text, length)  # asked: how much to add, or the whole?
        assert isinstance(result, Plan) and result.arguments.get("extend_after_duration") == after, (text, result)
