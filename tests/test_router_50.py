"""The router in the 50 languages ACE-Step 1.5 sings in: the labelled set per language (what it measures),
each language's reviewed verb table, the generated units and number words, and the structure pass."""

from __future__ import annotations

import pytest

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Question, Request, plan
from ace_step_mcp.router.cues import KINDS, LANGUAGES, find_cues, table
from ace_step_mcp.router.languages import NAMES
from ace_step_mcp.router.read import ascii_digits, dotted_times, find_lyrics, units_to_canonical
from tests.router_cases_50 import C
from tests.router_score import careful_matches, score

ACE_STEP_LANGUAGES = set(NAMES)


def test_the_set_covers_every_language_with_at_least_eight_requests():
    per: dict[str, int] = {}
    for case in C:
        per[case[0]] = per.get(case[0], 0) + 1
    assert set(per) == ACE_STEP_LANGUAGES == set(LANGUAGES)
    assert min(per.values()) >= 8


@pytest.fixture(scope="module")
def scored():
    return score(C, careful_matches)


@pytest.mark.parametrize("lang", sorted(ACE_STEP_LANGUAGES))
def test_each_language_is_planned_right_with_no_silent_wrong_plan(scored, lang):
    misses = [(o.request, o.want, o.got, o.detail[:120]) for o in scored.by_lang[lang] if not o.right]
    # What it measures, per language: every request right, and never a plan where a question was due.
    assert scored.silent(lang) == [], misses
    assert scored.rate(lang) == 1.0, misses


def test_every_question_names_the_fields_that_settle_it(scored):
    asked = [o for v in scored.by_lang.values() for o in v if o.got.startswith("ask")]
    assert len(asked) >= 100
    assert [o.request for o in asked if o.detail.endswith("()")] == []


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_each_languages_verb_table_is_read_as_its_kind(lang):
    words = table(lang)
    assert set(words) >= set(KINDS) and all(words[k] for k in KINDS), lang
    for kind, entries in words.items():
        for entry in entries:
            word = entry.rstrip("*")
            found = find_cues(f"x {word} y".lower())
            assert any(c.kind == kind for c in found), (lang, kind, entry, found)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("dos minutos y treinta segundos", "2:30"),
        ("две минуты", "2 min"),
        ("dakika mbili", "2 min"),
        ("dua puluh detik", "20 s"),
        ("ยี่สิบวินาที", "20 s"),
        ("dvije minute", "2 min"),
        ("kaksi minuuttia", "2 min"),
        ("iki dakika", "2 min"),
        ("két perc", "2 min"),
        ("٩٠ ثانية", "90 s"),
        ("90 saat", "90 s"),  # Malay seconds, not Turkish hours: only that is a length
        ("دقيقتان", "2 min"),
    ],
)
def test_units_and_number_words_of_other_languages_become_the_routers_terms(text, seconds):
    assert seconds in " ".join(units_to_canonical(ascii_digits(text.lower())).split())


def test_a_short_unit_word_is_read_only_glued_to_digits():
    # 'से' (Hindi 'from', and CLDR's short 'seconds') and 'с' (Russian 'with') are words of their own here.
    assert "s" not in units_to_canonical("0:20 से 0:40 तक").split()
    assert units_to_canonical("замени с 0:20") == "замени с 0:20"


def test_digits_of_every_script_are_read():
    assert ascii_digits("٩٠ ۴۵ ९० ৯০ ๙๐ ９０") == "90 45 90 90 90 90"


def test_lyrics_are_found_by_structure_and_never_read_as_instructions():
    found = find_lyrics("a ballad\n[Куплет]\nВ 10:30 замени меня\n[Припев]\nдобавь 20 секунд")
    assert found is not None and found.how == "markers" and found.text.startswith("[Куплет]")
    shaped = find_lyrics("folk song\nat 10:30 we meet\nreplace the night\nextend the day")
    assert shaped is not None and shaped.how == "shape"
    result = plan(Request("a ballad\n[Verse]\nMeet me at 10:30\nadd 20 seconds of love"))
    assert isinstance(result, Plan) and "duration" not in result.arguments
    assert result.arguments["lyrics"].startswith("[Verse]")
    assert any("default" in d for d in result.defaults)


def test_a_dotted_time_is_a_time_where_only_that_fits_and_a_question_where_both_do():
    assert dotted_times("1.10-1.30", 180) == ("1:10-1:30", None)
    assert dotted_times("1.10-1.30", 60)[0] == "1.10-1.30"  # 1:30 is past the end: seconds
    _, ambiguous = dotted_times("2.30-5.45", 400)
    assert ambiguous is not None and ambiguous.fields == ("start_time", "end_time")


@pytest.mark.parametrize("text", ["1" * 3998 + " s", "9" * 4000, "a lofi beat, " + "7" * 30 + " seconds"])
def test_an_absurd_number_is_refused_in_one_sentence_naming_the_field(text):
    with pytest.raises(InvalidInput) as err:
        plan(Request(text))
    message = str(err.value)
    assert "`request`" in message and message.count(". ") == 0 and "digits" in message


def test_fields_the_words_contradict_are_a_question_naming_them():
    q = plan(Request("lo-fi beat, 2 minutes", duration=90))
    assert isinstance(q, Question) and q.fields == ("duration",)
    q2 = plan(Request("add a 30 s outro", audio="trk_0123456789ab", audio_length_s=60, extend_after=20, tags="x"))
    assert isinstance(q2, Question) and "extend_after" in q2.fields
    agree = plan(Request("add a 30 s outro", audio="trk_0123456789ab", audio_length_s=60, extend_after=30, tags="x"))
    assert isinstance(agree, Plan) and agree.arguments["extend_after_duration"] == 30
