"""router/quick.py: the test of a match's first character put in front of a pattern changes no match.

`re` tries a pattern that opens with a look-behind, or with a case-insensitive list of words, at every position of
the text; `quick()` puts `(?=[...])` in front where every match must begin with one of a few characters. These
tests compare the gated pattern with the plain one on texts made to hit every edge of that reading."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ace_step_mcp.router.quick import _gated, _parse, _Quick, quick

_PATTERNS = [
    (r"(?<![^\W\d_])(?:minute|minuto|минута)(?![^\W\d_])", re.IGNORECASE),
    (r"(?<![^\W\d_])(?i:fade|fondu)\s*\d+", 0),  # a case-insensitive part decides the first character
    (r"(?i)(?:last|dernière)\s+\d+", 0),  # global flags written in the pattern
    (r"(?:from\s+)?\d+\s*(?:s|min)\b", re.IGNORECASE),  # an optional part first: its letters or the digit
    (r"x*(?:ab|ß)", re.IGNORECASE),  # a repeat that may be empty, then what follows
    (r"(?<!\w)  (?:ab | cd) \d  # a comment", re.VERBOSE),
    (r"(?:a|b)?c|d{1,2}[eE]", 0),
    (r"\d+(?:[.,]\d+)?\s?(?:s|min)", 0),
    (r"(?=[A-Z])\w+|q", 0),  # a look-ahead first: nothing consumed by it
    (r"(?<![^\W\d_])k\w{0,3}", re.IGNORECASE),  # 'K' (Kelvin sign) folds to 'k'
    (r"σας|ſun", re.IGNORECASE),
]
_ALPHABET = "abcdeEfmnxABKk\u212aßẞsSſσςΣ0123 .,-minuteMINUTEminutoминутаМИНУТАfadeFADElastLASTdernière#"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_gated_pattern_finds_what_the_pattern_finds(text: str) -> None:
    for pattern, flags in _PATTERNS:
        plain = re.compile(pattern, flags)
        gated = _gated(plain, _parse(plain))
        found = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in gated.finditer(text)] == found, (pattern, text)
        for pos in range(0, len(text) + 1, 3):
            a, b = plain.match(text, pos), gated.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (pattern, text, pos)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<![^\W\d_])(?:minute|minuto|минута)(?![^\W\d_])", re.IGNORECASE),
        (r"(?<![\w.:])(\d+)\s*(?:s|min)\b", 0),  # the look-behind keeps `re` from skipping to a digit
        (r"(?i)(?:last|dernière)\s+\d+", 0),
    ],
)
def test_a_pattern_that_begins_with_one_of_a_few_characters_is_gated(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    gated = _gated(compiled, _parse(compiled))
    assert gated.pattern.startswith("(?=")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\d*", 0),  # may match empty: no first character
        (r"(?<![^\W\d_])[^\W\d_]+\s+minute", 0),  # any letter first: the test would pass nearly everywhere
        (r".x", 0),
        (r"(?<!x)(?P<a>a)?(?P=a)b", 0),  # a back-reference is followed no further
        (r"\d+\s*\w", 0),  # `re` skips to a digit by itself
        (r"(?a:\w)x", 0),  # a category under other flags
    ],
)
def test_a_pattern_with_no_narrow_first_character_runs_as_it_is(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    assert _gated(plain, _parse(plain)) is plain


def test_quick_runs_the_gated_pattern_and_reports_the_plain_one() -> None:
    q = quick(r"(?<![^\W\d_])(?:minute|minuto)(?![^\W\d_])", re.IGNORECASE)
    assert isinstance(q, _Quick)
    assert q._run is not q._re and q._run.pattern.startswith("(?=")
    assert q.pattern == q._re.pattern  # what a caller reads of the pattern is its own
    text = "un Minuto, " * 30 + "minutes"
    assert [m.span() for m in q.finditer(text)] == [m.span() for m in q._re.finditer(text)]
    assert len(list(q.finditer(text))) == 30


def test_a_case_insensitive_part_gates_on_every_case_of_its_first_character() -> None:
    plain = re.compile(r"(?<![^\W\d_])(?i:fade|fondu)\s*\d+")  # the pattern itself is case-sensitive
    gated = _gated(plain, _parse(plain))
    assert gated is not plain
    for text in ("FADE 3", "Fondu 2", "fade 1"):
        assert gated.search(text) is not None, text
