"""The eighth red-team set (tests/router_cases_redteam8.py): 287 requests in all 50 languages, written and
labelled blind as chat users type (no accents, slang, long-winded context with ages, dates and head counts,
follow-ups, 'a few options'). No silent wrong plan, words only or with the careful agent's fields; every
question names the fields that settle it; the rates measured after this round's fixes. Then the fixes a second
red-team pass over the whole router asked for (scripts/router_probe_redteam2.py): each test fails before its fix."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Question, Request, plan
from tests.router_cases_redteam8 import BIG12, R8
from tests.router_score import blind_set_holds

TRACK = "trk_0123456789ab"

# Measured after the fixes (words only: 12 first 110/126, others 137/161; with fields 117/126, 155/161).
# Before them (main at 3c14019): words 105/126 and 125/161 with 3 silent wrong; fields 111/126, 144/161 with 2.
FLOORS = {"words": (0.87, 0.85), "fields": (0.92, 0.96)}


@pytest.mark.parametrize("how", ["words", "fields"])
def test_no_silent_wrong_plan_on_the_eighth_set_and_its_measured_floor(how):
    blind_set_holds(R8, BIG12, how, FLOORS)


def _plan(text: str, length: float | None = None, tags: str | None = "lofi, piano, 80 BPM") -> Plan | Question:
    return plan(Request(request=text, audio=TRACK if length else None, audio_length_s=length,
                        source_tags=tags if length else None))  # fmt: skip


@pytest.mark.parametrize(
    "text", ["don't touch 1:00-1:30, regenerate the rest", "rehaz todo menos 0:30-1:00", "alles außer 1:00-1:30 neu machen",
             "refais tout sauf 1:00-1:30", "переделай всё кроме 1:00-1:30", "1:00〜1:30以外を作り直して", "除了1:00-1:30以外都重新生成",
             "1:00-1:30 빼고 다시 만들어줘"],
)  # fmt: skip
def test_a_range_to_keep_is_never_the_range_regenerated(text):
    got = _plan(text, 180.0)
    assert isinstance(got, Question), got


@pytest.mark.parametrize(
    "text", ["what is the sound at 1:00-1:30?", "how much would it cost to regenerate 1:00-1:30?", "1:00-1:30 sounds great",
             "don't regenerate 1:00-1:30", "I already regenerated 1:00-1:30, now convert to mp3"],
)  # fmt: skip
def test_a_range_named_without_asking_for_new_music_is_not_regenerated(text):
    assert isinstance(_plan(text, 180.0), Question)


@pytest.mark.parametrize(
    "text", ["redo bars 9-16", "Takte 9 bis 16 neu generieren", "refais les mesures 9 à 16", "add an intro of 8 bars"]
)
def test_bars_are_no_seconds(text):
    assert isinstance(_plan(text, 180.0), Question)


@pytest.mark.parametrize(
    ("text", "tags"),
    [("boost the bass from 1:00 to 1:30", "lofi, piano"), ("pan 1:00-1:30 to the left", "lofi, piano"),
     ("sube el volumen del 1:00 al 1:30", "lofi, piano"), ("mute 1:00 to 1:30", None), ("make 1:00 to 1:30 louder", None),
     ("把1:00到1:30的音量调大", "lofi, piano")],
)  # fmt: skip
def test_mixing_a_range_is_never_a_paid_regeneration_with_or_without_the_tracks_tags(text, tags):
    assert isinstance(_plan(text, 180.0, tags), Question)


@pytest.mark.parametrize(
    "text", ["extend the chorus by 10 seconds", "verlängere den Refrain um 10 Sekunden", "удлини припев на 10 секунд",
             "把副歌延长10秒", "サビを10秒伸ばして", "a longer fade out, 8 seconds", "un fondu plus long, 8 secondes"],
)  # fmt: skip
def test_lengthening_a_section_or_a_fade_is_no_extension_at_an_end(text):
    assert isinstance(_plan(text, 180.0), Question)


def test_the_last_minutes_of_a_shorter_track_are_asked():
    assert isinstance(_plan("regenerate the last 5 minutes", 180.0), Question)


@pytest.mark.parametrize(
    "text", ["a couple of versions of a lofi beat", "a few options for a lofi beat", "un par de versiones de un bolero",
             "ein paar Versionen eines Jingles", "несколько вариантов джингла", "una intro de 15 segundos para mi canal de gaming, dame unas cuantas opciones",
             "a lofi beat and a trap beat", "un jingle y una canción de cuna", "лоуфай бит и трэп бит", "하나는 발라드 하나는 힙합으로 두곡"],
)  # fmt: skip
def test_several_pieces_without_a_count_or_different_pieces_are_asked(text):
    got = _plan(text)
    assert isinstance(got, Question), got


@pytest.mark.parametrize(
    "text", ["a song called 60 Seconds", "a song titled '3 minutes'", "a song like 'Five minutes alone' by Pantera",
             "a song about the 5 minutes before midnight", "a song with a 30 second intro", "a song with a 10 second guitar solo",
             "a pop song, words: [Verse] three minutes of you [Chorus] two versions of me", "a pop song about 'Two Versions of Me'"],
)  # fmt: skip
def test_a_number_in_a_title_a_subject_a_part_or_inline_lyrics_is_no_length_or_count(text):
    got = _plan(text)
    # (lyrics with their markers on one line are read since set 151: then a plan may sing them, its length and
    # takes never read from their words)
    sung = isinstance(got, Plan) and "[Verse]" in got.arguments.get("lyrics", "")
    assert isinstance(got, Question) or (sung and got.arguments.get("duration") != 180 and not got.takes), got


@pytest.mark.parametrize(
    "text", ["a song with no Spanish, English only", "a song not in English", "una canción española en inglés",
             "一首不要英文的歌", "a song sung in Japanese, instrumental intro", "instrumental except for the chorus"],
)  # fmt: skip
def test_a_vocal_language_negated_or_two_of_them_or_vocals_beside_instrumental_are_asked(text):
    assert isinstance(_plan(text), Question)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("my daughter turns 7 on saturday and her name is Mia, could you make a happy birthday song for her? about a minute is fine", 60),
     ("uma musica de ninar pro meu bebe de 6 meses, so violao, 2 min", 120),
     ("tu peux me faire un morceau jazz manouche d'1 min 30 pour mon resto, on a 40 couverts le samedi soir mdr", 90),
     ("ابغى اغنية عيد ميلاد لاختي عمرها 12 سنة، دقيقة وحدة", 60), ("תעשה לי שיר יום הולדת של דקה לאחותי שהיא בת 16", 60),
     ("зроби пісню на день народження сина, йому 8, на хвилину", 60), ("ابغى مقطوعة دقيقة ونص بدون طبول", 90),
     ("نصف دقيقة موسيقى بدون غناء", 30)],
)  # fmt: skip
def test_ages_head_counts_and_a_minute_said_with_the_noun_alone(text, seconds):
    # Before: each asked what the age or head count was for, or read no length from 'דקה' / 'на хвилину'.
    got = _plan(text)
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds, got


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [("prodluz to o 15 sekund na konci", "extend_after_duration", 15), ("vagd le az utolso 5 masodpercet", "trim_end_s", 5),
     ("enleve les 4 dernieres secondes", "trim_end_s", 4), ("zamien na mp3 320", "bitrate_kbps", 320)],
)  # fmt: skip
def test_words_typed_without_their_accents_are_read(text, key, value):
    got = _plan(text, 120.0)
    assert isinstance(got, Plan) and got.arguments[key] == value, got
